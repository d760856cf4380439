"""Widgets pour explorer sans écrire de code.

Chaque widget s'appuie sur une fonction ordinaire (testée à part) : le widget ne fait
que lui passer les valeurs choisies et afficher le résultat.
"""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from .graphiques import diagramme_barres
from .texte import accorder, format_nombre, format_pourcentage, sans_accents

__all__ = [
    "TOUS", "filtrer_contributions", "explorer_contributions", "comparer_repartitions",
    "phrase_de_tete", "remplir_sortie", "assembler_widget",
]

TOUS = "(tous)"


def _valeurs(table: pd.DataFrame, colonne: str) -> list[str]:
    valeurs = map(str, table[colonne].dropna().unique())
    return [TOUS, *sorted(valeurs, key=lambda v: sans_accents(v).lower())]


def remplir_sortie(sortie: widgets.Output, figure=None, texte: str = "") -> None:
    """Remplace le contenu d'un widget ``Output`` par une figure et/ou un texte.

    On écrit directement dans le widget au lieu de capturer les sorties avec
    ``with sortie:`` : la capture peut bloquer l'exécution sans navigateur (papermill,
    nbgrader ; voir jupyter/nbclient#312). La figure est fermée après affichage.
    """
    sortie.outputs = ()
    if figure is not None:
        sortie.append_display_data(figure)
        plt.close(figure)
    if texte:
        sortie.append_stdout(texte.rstrip("\n") + "\n")


# Ce qu'affiche Jupyter à la place d'un widget quand il ne sait pas les dessiner (ipywidgets absent
# de l'interface, aperçu d'un notebook, retour de correction) : au lieu de « VBox(children=…) ».
TEXTE_SANS_WIDGETS = (
    "[Ici devrait s'afficher un widget (menus, curseur…) : cette interface ne sait pas l'afficher "
    "(un aperçu du notebook, un éditeur sans prise en charge des widgets, ou un Jupyter sans le paquet "
    "ipywidgets). Rien n'est cassé : continuez le lab, et là où le texte propose la même chose en "
    "code, utilisez le code.]"
)


def assembler_widget(lignes, controles, sortie: widgets.Output, actualiser) -> widgets.VBox:
    """Relie chaque contrôle à ``actualiser``, remplit la sortie une première fois (pour
    qu'elle existe aussi sans navigateur), puis affiche ``lignes`` au-dessus de ``sortie``.

    Le texte de secours (``text/plain``) est ``TEXTE_SANS_WIDGETS`` : c'est lui qu'une
    interface sans widgets montre."""
    for controle in controles:
        controle.observe(actualiser, names="value")
    actualiser()
    boite = widgets.VBox([*lignes, sortie])
    affichage = boite._repr_mimebundle_()
    affichage["text/plain"] = TEXTE_SANS_WIDGETS
    display(affichage, raw=True)
    return boite


def _pluriel(nombre: int, mot: str) -> str:
    return accorder(nombre, mot)


_LIBELLES = {"tranche_age": "Tranche d'âge", "quartier_prioritaire": "Quartier prioritaire",
             "theme_reference": "Thème de référence", "accord_court": "Accord court",
             "donnees_personnelles": "Données personnelles"}


def _libelle(colonne: str) -> str:
    return _LIBELLES.get(colonne, colonne.replace("_", " ").capitalize())


def filtrer_contributions(
    table: pd.DataFrame,
    mot: str = "",
    **criteres: str,
) -> pd.DataFrame:
    """Garde les lignes qui respectent chaque critère ``colonne=valeur`` et contiennent ``mot``.

    La recherche du mot ignore les majuscules et les accents. ``TOUS`` ou une valeur vide
    désactive un critère. Exemple : ``filtrer_contributions(t, mot="bruit", quartier="Les Tanneurs")``.
    """
    masque = pd.Series(True, index=table.index)
    for colonne, valeur in criteres.items():
        if colonne not in table.columns:
            raise KeyError(
                f"La colonne « {colonne} » n'existe pas. Colonnes : {', '.join(table.columns)}."
            )
        if valeur and valeur != TOUS:
            valeurs = table[colonne].astype(str)
            if not (valeurs == str(valeur)).any():
                connues = sorted(map(str, table[colonne].dropna().unique()), key=lambda v: sans_accents(v).lower())
                raise ValueError(
                    f"La colonne « {colonne} » ne contient pas la valeur « {valeur} ». Valeurs possibles : "
                    + ", ".join(f"« {v} »" for v in connues[:30]) + ("…" if len(connues) > 30 else "") + "."
                )
            masque &= valeurs == str(valeur)
    if mot and mot.strip():
        cible = sans_accents(mot.strip().lower())
        textes = table["texte"].astype(str).str.lower().map(sans_accents)
        masque &= textes.str.contains(cible, regex=False)
    return table[masque]


def explorer_contributions(
    table: pd.DataFrame, colonnes=("service", "quartier", "canal"), unite: str = "contribution"
):
    """Affiche des menus (un par colonne) et un champ de recherche, puis les lignes choisies.

    ``unite`` nomme ce que l'on compte (« contribution », « demande »…), au singulier.
    """
    menus = {
        colonne: widgets.Dropdown(options=_valeurs(table, colonne), description=_libelle(colonne))
        for colonne in colonnes
    }
    recherche = widgets.Text(value="", description="Mot", placeholder="ex. : trottoir")
    sortie = widgets.Output()

    def actualiser(*_):
        choix = {colonne: menu.value for colonne, menu in menus.items()}
        resultat = filtrer_contributions(table, mot=recherche.value, **choix)
        lignes = [f"{_pluriel(len(resultat), unite)} sur {format_nombre(len(table))}."]
        for _, ligne in resultat.head(8).iterrows():
            contexte = " · ".join(str(ligne[c]) for c in colonnes if c in ligne.index)
            lignes.append(f"— [{ligne['identifiant']}] ({contexte}) {ligne['texte']}")
        if len(resultat) > 8:
            lignes.append(f"… et {_pluriel(len(resultat) - 8, 'autre')}.")
        remplir_sortie(sortie, texte="\n".join(lignes))

    return assembler_widget(
        [widgets.HBox(list(menus.values())), recherche], [*menus.values(), recherche], sortie,
        actualiser,
    )


def phrase_de_tete(comptes: pd.Series) -> str:
    """Phrase de lecture d'une répartition : qui arrive en tête, en signalant les égalités."""
    total = comptes.sum()
    maximum = comptes.max()
    tete = [str(v) for v in comptes.index[comptes == maximum]]
    part = format_pourcentage(maximum / total)
    if len(tete) == 1:
        return f"« {tete[0]} » arrive en tête avec {maximum} contributions ({part} du total)."
    noms = ", ".join(f"« {v} »" for v in tete[:4])
    if len(tete) > 4:
        noms += f" et {_pluriel(len(tete) - 4, 'autre')}"
    return (
        f"{len(tete)} valeurs sont à égalité en tête avec {maximum} contributions chacune "
        f"({part} du total chacune) : {noms}."
    )


def comparer_repartitions(table: pd.DataFrame, colonnes=("service", "quartier", "canal")):
    """Un menu choisit une colonne ; un diagramme en barres montre la répartition des contributions."""
    menu = widgets.Dropdown(
        options=[(_libelle(c), c) for c in colonnes], description="Répartir par"
    )
    sortie = widgets.Output()

    def actualiser(*_):
        comptes = table[menu.value].value_counts()
        figure, ax = plt.subplots()
        diagramme_barres(
            comptes,
            titre=f"Contributions par {_libelle(menu.value).lower()}",
            axe_categories=_libelle(menu.value),
            axe_valeurs="Nombre de contributions",
            ax=ax,
        )
        remplir_sortie(sortie, figure, f"📖 Lecture : {phrase_de_tete(comptes)}")

    return assembler_widget([menu], [menu], sortie, actualiser)
