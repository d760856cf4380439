"""Le rapport pour les élu·es, en Markdown puis en page HTML autonome."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from ..texte import format_nombre, format_pourcentage
from ..widgets import _pluriel
from .citations import DONNEE_MASQUEE, abreger, masquer_donnees_personnelles
from .entrees import _verifier_table
from .representativite import comparer_a_la_population


def _pourcent(x: float) -> str:
    """« 58 % » avec une espace ordinaire avant « % », comme depuis la première version du
    rapport ; le nombre lui-même est écrit par format_pourcentage."""
    return format_pourcentage(x).replace("\u202f", " ")


def rapport_markdown(synthese: pd.DataFrame, table: pd.DataFrame,
                     titre: str = "Synthèse de la concertation", nb_lignes_citees: int = 3,
                     population: pd.DataFrame | None = None, poids=None,
                     question: str = "question_zfe",
                     intitule_question: str = "Êtes-vous favorable à l'extension de la zone à faibles "
                                               "émissions en 2027 ?") -> str:
    """Un rapport lisible par des élu·es : résumé, méthode en mots simples, qui a parlé par
    rapport à la population (si ``population`` est donnée), question fermée brute, par
    personne et pondérée (si ``poids`` est donné), une partie par ligne de la synthèse avec
    des citations (données personnelles masquées, coupées entre deux mots), limites, et une
    annexe qui liste **tous** les identifiants de chaque ligne."""
    _verifier_table(synthese, ["rubrique", "intitule", "contributions", "voix", "citations"], "synthese")
    _verifier_table(table, ["identifiant", "texte"])
    ids = table["identifiant"].astype(str).to_numpy()
    textes = pd.Series(table["texte"].astype(str).to_numpy(), index=ids)
    reperes = (pd.Series(table["donnees_personnelles"].astype(str).to_numpy(), index=ids)
               if "donnees_personnelles" in table else None)
    auteurs = table["auteur"].astype(str) if "auteur" in table else table["identifiant"].astype(str)
    themes = synthese[synthese["rubrique"] == "thème"].sort_values("voix", ascending=False)
    signaux = synthese[synthese["rubrique"] == "signal faible"]
    campagnes = synthese[synthese["rubrique"] == "campagne"]
    nature = campagnes["nature"] if "nature" in campagnes else pd.Series(None, index=campagnes.index)
    petitions = campagnes[nature == "pétition"]
    coordonnees = campagnes[nature != "pétition"]
    lignes = [f"# {titre}", ""]
    # Résumé
    lignes += ["## En bref", "",
               f"- {format_nombre(len(table))} contributions reçues, de {format_nombre(auteurs.nunique())} "
               "personnes (auteur·es distinct·es). Une **voix** est une personne, comptée une fois.",
               "- Les sujets qui réunissent le plus de voix : "
               + " ; ".join(f"{t['intitule']} ({format_nombre(t['voix'])} voix)" for _, t in themes.head(3).iterrows())
               + "."]
    if len(signaux):
        lignes.append("- Sujets de vigilance, gardés quelle que soit leur taille : "
                      + " ; ".join(f"{t['intitule']} ({format_nombre(t['voix'])} voix)" for _, t in signaux.iterrows())
                      + ".")
    if len(petitions):
        lignes.append(f"- {_pluriel(len(petitions), 'pétition')} : {format_nombre(int(petitions['voix'].sum()))} signataires, "
                      "comptés une fois chacun, pour une même proposition.")
    if len(coordonnees):
        lignes.append(f"- {format_nombre(len(coordonnees))} campagne{'s' if len(coordonnees) > 1 else ''} coordonnée{'s' if len(coordonnees) > 1 else ''} : {format_nombre(int(coordonnees['contributions'].sum()))} "
                      f"textes déposés par {format_nombre(int(coordonnees['voix'].sum()))} comptes ; comptés par "
                      "compte, pas par texte.")
    lignes.append("")
    lignes += ["## La méthode, en mots simples", "",
               "Toutes les contributions ont été gardées. Les textes identiques ou presque identiques, "
               "déposés en nombre, ont été repérés puis comptés par personne. Un outil automatique a "
               "proposé des regroupements par thème ; l'équipe les a relus et nommés. Des sujets de "
               "vigilance, décidés à l'avance, ont toujours leur place, même s'ils concernent peu de "
               "personnes. La **position** (pour, contre, nuancé) est celle de la contribution sur la "
               "mesure dont elle parle ; elle a été codée par l'équipe d'analyse.", ""]
    if population is not None and {"tranche_age", "quartier_prioritaire"} <= set(table.columns):
        age = comparer_a_la_population(table, population, "tranche_age")
        lignes += ["## Qui a parlé ?", ""]
        for groupe in age.index:
            libelle = groupe.replace(" et plus", " ans et plus") if "plus" in groupe else f"{groupe} ans"
            lignes.append(f"- {libelle} : {_pourcent(age.loc[groupe, 'contributions'])} des contributions "
                          f"au profil renseigné, {_pourcent(age.loc[groupe, 'population'])} de la population adulte.")
        if "quartier_prioritaire" in population:
            part_pop = (population.loc[population["quartier_prioritaire"].astype(bool), "population"].sum()
                        / population["population"].sum())
            lignes.append(f"- Quartiers prioritaires : {_pourcent(table['quartier_prioritaire'].astype(bool).mean())} "
                          f"des contributions, {_pourcent(part_pop)} de la population adulte.")
        lignes += ["", "Celles et ceux qui n'ont pas participé ne sont pas représenté·es ; le redressement "
                   "ci-dessous corrige l'âge et le genre, pas l'absence.", ""]
    if question in table:
        reponses = table[question].astype(str)
        par_personne = reponses[~auteurs.duplicated(keep="last").to_numpy()]
        lignes += ["## Question fermée", "", f"« {intitule_question} »", ""]
        for r in ("oui", "non", "sans avis"):
            detail = (f"- {r} : {_pourcent((reponses == r).mean())} des contributions, "
                      f"{_pourcent((par_personne == r).mean())} des personnes (une réponse par personne)")
            if poids is not None:
                w = pd.Series(np.asarray(poids, dtype=float), index=table.index)
                detail += f", {_pourcent(w[(reponses == r).to_numpy()].sum() / w.sum())} après redressement âge × genre"
            lignes.append(detail + ".")
        lignes += ["", "Ce n'est pas un vote : seules les personnes qui ont participé ont répondu.", ""]
    rubriques = [(themes, "## Les thèmes"), (signaux, "## Signaux faibles et voix minoritaires"),
                 (petitions, "## Pétitions (une voix par signataire)"),
                 (coordonnees, "## Campagnes coordonnées (comptées par compte, pas par texte)")]
    numero = 0
    annexe = ["## Annexe : les identifiants de chaque ligne", "",
              "Chaque ligne ci-dessus renvoie à toutes les contributions sur lesquelles elle repose :", ""]
    for part, entete in rubriques:
        if part.empty:
            continue
        lignes += [entete, ""]
        for _, entree in part.iterrows():
            numero += 1
            detail = f"{format_nombre(entree['contributions'])} contributions, {format_nombre(entree['voix'])} voix"
            if {"pour", "contre", "nuancé"} <= set(entree.index) and not pd.isna(entree.get("pour")):
                detail += (f" ; positions sur la mesure évoquée : pour {_pourcent(entree['pour'])}, contre "
                           f"{_pourcent(entree['contre'])}, nuancé {_pourcent(entree['nuancé'])}")
            if entree.get("petit_theme") is True:
                detail += " ; petit thème, gardé par la règle"
            lignes.append(f"### {entree['intitule']}")
            lignes.append(f"{detail}. Identifiants : annexe, ligne {numero}.")
            lignes.append("")
            for identifiant in list(entree["citations"])[:nb_lignes_citees]:
                brut = textes.get(identifiant, "")
                if reperes is not None:
                    brut = masquer_donnees_personnelles(brut, reperes.get(identifiant))
                else:
                    brut = masquer_donnees_personnelles(brut)
                lignes.append(f"> « {abreger(brut, 240)} » [{identifiant}]")
                lignes.append(">")
            if lignes[-1] == ">":
                lignes.pop()
            lignes.append("")
            tous = list(entree["identifiants"]) if "identifiants" in entree else list(entree["citations"])
            annexe.append(f"{numero}. **{entree['intitule']}** ({format_nombre(len(tous))}) : {', '.join(tous)}")
    lignes += ["## Limites", "",
               "- Thèmes et regroupements sont proposés par une machine puis relus par l'équipe ; "
               "certains petits thèmes ne sont que des phrases types répétées et ne disent rien de neuf.",
               "- Les personnes qui ont contribué ne représentent pas toute la population ; le "
               "redressement corrige l'âge et le genre, pas les quartiers ni les absent·es.",
               "- Les sujets de vigilance ne trouvent que les mots prévus ; un sujet imprévu peut manquer.",
               "- Aucune décision ne découle de ces chiffres sans lecture humaine.", "",
               "**Données personnelles** : les citations peuvent contenir des noms, des adresses ou des "
               f"numéros ; ceux que l'outil a repérés sont remplacés par « {DONNEE_MASQUEE} », mais "
               "relisez chaque citation avant de publier ce rapport.", ""]
    return "\n".join(lignes + annexe + [""])


def rapport_html(markdown: str) -> str:
    """Convertit le rapport Markdown en page HTML autonome (bibliothèque mistune)."""
    import mistune

    if not isinstance(markdown, str):
        raise TypeError("rapport_html attend le texte Markdown renvoyé par rapport_markdown(…).")
    corps = mistune.html(markdown)
    titre = html.escape(markdown.splitlines()[0].lstrip("# ")) if markdown else "Rapport"
    return (f'<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>{titre}</title>'
            "<style>body{font-family:sans-serif;max-width:50em;margin:auto;line-height:1.5}"
            "blockquote{border-left:4px solid #0072B2;margin-left:0;padding-left:1em;color:#333}</style>"
            f"</head>\n<body>\n{corps}</body>\n</html>\n")
