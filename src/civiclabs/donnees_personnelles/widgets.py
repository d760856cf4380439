"""Les deux widgets du Lab 04, et ce qu'ils affichent, utilisable sans widget.

- ``explorer_detecteurs`` : quels détecteurs sont allumés, avec quel seuil pour Presidio →
  les mêmes textes masqués en direct, et le rappel et la précision que ce choix coûte ;
- ``curseur_k_anonymat`` : un k choisi → ce que la généralisation fait de chaque colonne.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML, display

from ..texte import format_nombre, format_pourcentage
from ..widgets import remplir_sortie
from .kanonymat import QUASI_IDENTIFIANTS, atteindre_k, decrire_niveaux, k_anonymat
from .mesure import evaluer
from .pseudonymisation import masquer
from .regles import NOMS_DES_TYPES, fusionner

DETECTEURS = ("règles", "spaCy", "Presidio")


def reperages_choisis(analyse, detecteurs=DETECTEURS, seuil: float = 0.0) -> list[list[dict]]:
    """Les repérages des détecteurs choisis, réunis texte par texte (ce que montre le widget)."""
    inconnus = sorted(set(detecteurs) - set(DETECTEURS))
    if inconnus:
        raise ValueError(f"Détecteur(s) inconnu(s) : {inconnus} ; choisissez parmi {list(DETECTEURS)}.")
    listes = []
    if "règles" in detecteurs:
        listes.append(analyse.regles())
    if "spaCy" in detecteurs:
        listes.append(analyse.spacy())
    if "Presidio" in detecteurs:
        listes.append(analyse.presidio(seuil=seuil))
    return [fusionner([r for liste in par_methode for r in liste]) for par_methode in zip(*listes)] if listes \
        else [[] for _ in analyse.textes]


def bilan_detecteurs(analyse, references, detecteurs=DETECTEURS, seuil: float = 0.0, nb_textes: int = 6) -> str:
    """Le bilan du widget, en texte : rappel, précision, et les premiers textes masqués."""
    reperages = reperages_choisis(analyse, detecteurs, seuil)
    evaluation = evaluer(reperages, references)
    ensemble = evaluation.loc["ensemble"]
    lignes = [
        f"Détecteurs : {', '.join(detecteurs) or 'aucun'} ; seuil de Presidio : {format_nombre(seuil, 2)}"
        + ("" if "Presidio" in detecteurs else " (sans effet tant que Presidio n'est pas coché)"),
        f"Rappel : {format_pourcentage(ensemble['rappel'] if pd.notna(ensemble['rappel']) else 0)} des données plantées masquées "
        f"({format_nombre(int(ensemble['trouvees']))} sur {format_nombre(int(ensemble['a_trouver']))}) ; "
        + (f"précision : {format_pourcentage(ensemble['precision'])} des passages masqués étaient des données "
           f"({format_nombre(int(ensemble['reperes'] - ensemble['justes']))} fausse(s) alerte(s))."
           if ensemble["reperes"] else "rien n'est masqué."),
        "Par type, rappel : " + " ; ".join(
            f"{NOMS_DES_TYPES[t]} {format_pourcentage(evaluation.loc[t, 'rappel'])}"
            for t in ("nom", "telephone", "courriel", "adresse", "plaque") if evaluation.loc[t, "a_trouver"]),
        "",
    ]
    montres = [i for i, r in enumerate(references) if r][:nb_textes]
    for i in montres:
        lignes.append("• " + masquer(analyse.textes[i], reperages[i])[:300])
    return "\n".join(lignes)


def explorer_detecteurs(analyse, references, seuil: float = 0.0, nb_textes: int = 6):
    """Widget : cases des détecteurs et curseur du seuil de Presidio → textes masqués, rappel, précision."""
    cases = [widgets.Checkbox(value=(nom == "règles"), description=nom, indent=False) for nom in DETECTEURS]
    curseur = widgets.FloatSlider(value=seuil, min=0.0, max=1.0, step=0.05, description="Seuil Presidio",
                                  continuous_update=False, readout_format=".2f",
                                  style={"description_width": "initial"})
    sortie = widgets.Output()

    def actualiser(*_):
        choisis = [c.description for c in cases if c.value]
        remplir_sortie(sortie, texte=bilan_detecteurs(analyse, references, choisis, curseur.value, nb_textes))

    for controle in [*cases, curseur]:
        controle.observe(actualiser, names="value")
    actualiser()
    boite = widgets.VBox([widgets.HBox([*cases, curseur]), sortie])
    display(boite)
    return boite


def bilan_k(table: pd.DataFrame, k: int, quasi_identifiants=QUASI_IDENTIFIANTS, garder=("quartier",),
            nb_lignes: int = 5) -> tuple[str, pd.DataFrame]:
    """Ce que donne ``atteindre_k`` pour ce k (sans toucher aux colonnes ``garder``) : les
    niveaux, le k obtenu, quelques lignes."""
    generalise, niveaux = atteindre_k(table, k, quasi_identifiants, garder=garder)
    colonnes = list(quasi_identifiants)
    distinctes_avant = table[colonnes].astype(str).drop_duplicates().shape[0]
    distinctes_apres = generalise[colonnes].astype(str).drop_duplicates().shape[0]
    texte = (
        f"k demandé : {k} ; k obtenu : {k_anonymat(generalise, colonnes)} (avant : {k_anonymat(table, colonnes)}). "
        f"Combinaisons distinctes : {format_nombre(distinctes_avant)} → {format_nombre(distinctes_apres)} ; "
        f"aucune ligne retirée ({format_nombre(len(generalise))}).\n"
        + "\n".join(f"  - {c} : {d}" for c, d in decrire_niveaux(niveaux).items())
    )
    return texte, generalise.head(nb_lignes)


def curseur_k_anonymat(table: pd.DataFrame, k: int = 5, quasi_identifiants=QUASI_IDENTIFIANTS, garder=("quartier",)):
    """Widget : un curseur k → ce que la généralisation fait de chaque colonne, et quelques lignes."""
    curseur = widgets.IntSlider(value=k, min=1, max=50, step=1, description="k", continuous_update=False)
    sortie = widgets.Output()

    def actualiser(*_):
        texte, apercu = bilan_k(table, curseur.value, quasi_identifiants, garder)
        remplir_sortie(sortie, texte=texte)
        sortie.append_display_data(HTML(apercu.to_html(index=False, escape=True)))

    curseur.observe(actualiser, names="value")
    actualiser()
    boite = widgets.VBox([curseur, sortie])
    display(boite)
    return boite


def afficher_masques(textes, reperages, nb: int = 5) -> None:
    """Affiche quelques textes masqués (le texte des gens est échappé)."""
    for texte, trouves in list(zip(textes, reperages))[:nb]:
        display(HTML(f"<p>• {html.escape(masquer(texte, trouves))}</p>"))
