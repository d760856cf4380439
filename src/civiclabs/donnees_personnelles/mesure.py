"""Mesurer un repérage de données personnelles contre les positions plantées, passage par passage.

Règle de comptage (la même pour toutes les méthodes du cours) :

- une donnée plantée est **trouvée** si au moins un passage repéré la recouvre, même en
  partie et quel que soit le type annoncé (masquer « Nadia » de « Nadia Ferrandou » protège
  déjà un peu) ; la part **entièrement couverte** est donnée à côté ;
- un passage repéré est **juste** s'il recouvre au moins une donnée plantée ; sinon c'est une
  **fausse alerte** (« Monsieur », « Foch », « rue Jean-Baptiste Orvelin » sans numéro).

Le rappel est compté par type de donnée plantée, la précision par type annoncé.
"""

from __future__ import annotations

import json

import pandas as pd

from ..texte import format_pourcentage
from .regles import NOMS_DES_TYPES, TYPES
from .tableaux import exiger_colonnes


def positions(valeur) -> list[dict]:
    """Les positions plantées d'une ligne (liste JSON de la colonne ``donnees_personnelles``)."""
    if isinstance(valeur, list):
        return valeur
    if valeur is None or (isinstance(valeur, float) and pd.isna(valeur)) or not str(valeur).strip():
        return []
    return json.loads(valeur)


def _recouvre(a: dict, b: dict) -> bool:
    return a["debut"] < b["fin"] and b["debut"] < a["fin"]


def _couverte(reference: dict, reperages: list[dict]) -> bool:
    """Chaque caractère non blanc de la référence est dans un repérage."""
    return all(
        any(r["debut"] <= i < r["fin"] for r in reperages)
        for i in range(reference["debut"], reference["fin"])
    )


def evaluer(reperages: list[list[dict]], references: list) -> pd.DataFrame:
    """Rappel et précision par type, passage par passage.

    ``reperages`` : pour chaque texte, la liste des passages repérés ; ``references`` : pour
    chaque texte, les positions plantées (liste ou JSON). Renvoie un tableau indexé par type
    (plus une ligne « ensemble ») : ``a_trouver``, ``trouvees``, ``entierement``, ``rappel``,
    ``reperes``, ``justes``, ``precision``.
    """
    reperages = list(reperages)
    references = [positions(r) for r in references]
    if len(reperages) != len(references):
        raise ValueError(
            f"{len(reperages)} listes de repérages pour {len(references)} textes : il en faut une par texte."
        )
    lignes = {t: dict.fromkeys(("a_trouver", "trouvees", "entierement", "reperes", "justes"), 0) for t in TYPES}
    for trouves, plantees in zip(reperages, references):
        for ref in plantees:
            ligne = lignes[ref["type"]]
            ligne["a_trouver"] += 1
            touches = [r for r in trouves if _recouvre(r, ref)]
            if touches:
                ligne["trouvees"] += 1
                ligne["entierement"] += _couverte(ref, touches)
        for r in trouves:
            ligne = lignes.setdefault(r["type"], dict.fromkeys(lignes["nom"], 0))
            ligne["reperes"] += 1
            ligne["justes"] += any(_recouvre(r, ref) for ref in plantees)
    tableau = pd.DataFrame.from_dict(lignes, orient="index")
    tableau.loc["ensemble"] = tableau.sum()
    tableau["rappel"] = tableau["trouvees"] / tableau["a_trouver"].where(tableau["a_trouver"] > 0)
    tableau["precision"] = tableau["justes"] / tableau["reperes"].where(tableau["reperes"] > 0)
    tableau.index.name = "type"
    return tableau[["a_trouver", "trouvees", "entierement", "rappel", "reperes", "justes", "precision"]]


def tableau_lisible(evaluation: pd.DataFrame) -> pd.DataFrame:
    """Le tableau d'``evaluer`` avec des noms de lignes et de colonnes en français courant, le rappel
    et la précision écrits en pourcentages à la française (« 87,8 % » ; « — » : rien à mesurer)."""
    sortie = evaluation.rename(index={**NOMS_DES_TYPES, "ensemble": "ensemble"}).rename(columns={
        "a_trouver": "plantées", "trouvees": "trouvées", "entierement": "entièrement masquées",
        "rappel": "rappel", "reperes": "passages repérés", "justes": "justes", "precision": "précision",
    })
    for colonne in ("rappel", "précision"):
        sortie[colonne] = sortie[colonne].map(lambda v: "—" if pd.isna(v) else format_pourcentage(v, 1))
    return sortie


def echantillon_a_proteger(tables, taille: int = 400, graine: int = 0) -> pd.DataFrame:
    """Un échantillon pour mesurer : moitié de textes avec des données plantées, moitié sans.

    ``tables`` : un ou plusieurs tableaux du cours (colonnes ``texte`` et ``donnees_personnelles``).
    Moitié-moitié, pour avoir assez de données de chaque type avec peu de textes ; dans les
    corpus, environ 6 % des textes en ont : sur tout un corpus, la précision serait plus basse
    (plus de textes sans donnée, donc plus d'occasions de fausses alertes).
    """
    if isinstance(tables, pd.DataFrame):
        tables = [tables]
    for t in tables:
        exiger_colonnes(t, ["identifiant", "texte", "donnees_personnelles"])
    tout = pd.concat([t[["identifiant", "texte", "donnees_personnelles"]] for t in tables], ignore_index=True)
    avec = tout["donnees_personnelles"].map(lambda v: len(positions(v)) > 0)
    moitie = taille // 2
    echantillon = pd.concat([
        tout[avec].sample(min(moitie, int(avec.sum())), random_state=graine),
        tout[~avec].sample(min(taille - moitie, int((~avec).sum())), random_state=graine),
    ]).sample(frac=1, random_state=graine)
    return echantillon.reset_index(drop=True)
