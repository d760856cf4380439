"""k-anonymat des colonnes structurées, et généralisation pour l'atteindre.

Les **quasi-identifiants** (quartier, tranche d'âge, genre, date) ne nomment personne, mais
leur combinaison peut désigner une seule personne. Une table est **k-anonyme** si chaque
combinaison de quasi-identifiants y est partagée par au moins k lignes. On l'atteint ici
par **généralisation** (le jour devient le mois, l'âge une grande tranche…), sans supprimer
aucune ligne : rien n'est perdu, tout devient moins précis.
"""

from __future__ import annotations

import pandas as pd

from ..corpus import territoire
from .tableaux import exiger_colonnes

QUASI_IDENTIFIANTS = ("quartier", "tranche_age", "genre", "date")

_GRANDES_TRANCHES = {"18-29": "18-44", "30-44": "18-44", "45-59": "45-74", "60-74": "45-74", "75 et plus": "75 et plus"}
_TRES_GRANDES_TRANCHES = {"18-44": "18-44", "45-74": "45 et plus", "75 et plus": "45 et plus"}


def _date(valeurs: pd.Series, niveau: int) -> pd.Series:
    dates = pd.to_datetime(valeurs, errors="coerce")
    if niveau == 0:
        return dates.dt.strftime("%Y-%m-%d")
    if niveau == 1:
        return dates.dt.strftime("%Y-%m")
    if niveau == 2:
        return dates.dt.year.astype("Int64").astype(str) + "-T" + dates.dt.quarter.astype("Int64").astype(str)
    if niveau == 3:
        return dates.dt.year.astype("Int64").astype(str)
    return pd.Series("*", index=valeurs.index)


def _age(valeurs: pd.Series, niveau: int) -> pd.Series:
    valeurs = valeurs.astype(str)
    if niveau == 0:
        return valeurs
    if niveau == 1:
        return valeurs.map(lambda v: _GRANDES_TRANCHES.get(v, v))
    if niveau == 2:
        return valeurs.map(lambda v: _TRES_GRANDES_TRANCHES.get(_GRANDES_TRANCHES.get(v, v), v))
    return pd.Series("*", index=valeurs.index)


def _quartier(valeurs: pd.Series, niveau: int) -> pd.Series:
    valeurs = valeurs.astype(str)
    if niveau == 0:
        return valeurs
    if niveau == 1:
        prioritaires = set(territoire.QUARTIERS_PRIORITAIRES)
        return valeurs.map(lambda q: "quartier prioritaire" if q in prioritaires else
                           ("autre quartier" if q in territoire.QUARTIERS else q))
    return pd.Series("*", index=valeurs.index)


def _genre(valeurs: pd.Series, niveau: int) -> pd.Series:
    return valeurs.astype(str) if niveau == 0 else pd.Series("*", index=valeurs.index)


# colonne -> (fonction, niveaux décrits en français ; le dernier remplace tout par « * »)
HIERARCHIES = {
    "date": (_date, ["jour", "mois", "trimestre", "année", "supprimée (*)"]),
    "tranche_age": (_age, ["18-29 / 30-44 / 45-59 / 60-74 / 75 et plus", "18-44 / 45-74 / 75 et plus", "18-44 / 45 et plus", "supprimée (*)"]),
    "quartier": (_quartier, ["quartier", "prioritaire ou non", "supprimé (*)"]),
    "genre": (_genre, ["genre", "supprimé (*)"]),
}


def tailles_des_classes(table: pd.DataFrame, quasi_identifiants=QUASI_IDENTIFIANTS) -> pd.Series:
    """Pour chaque combinaison de quasi-identifiants, le nombre de lignes qui la partagent."""
    colonnes = exiger_colonnes(table, quasi_identifiants)
    return table.astype({c: str for c in colonnes}).groupby(colonnes, dropna=False).size()


def k_anonymat(table: pd.DataFrame, quasi_identifiants=QUASI_IDENTIFIANTS) -> int:
    """Le k du tableau : la taille de la plus petite classe (1 = une personne isolée)."""
    tailles = tailles_des_classes(table, quasi_identifiants)
    return int(tailles.min()) if len(tailles) else 0


def generaliser(table: pd.DataFrame, niveaux: dict) -> pd.DataFrame:
    """Une copie de ``table`` où chaque colonne de ``niveaux`` est généralisée au niveau dit
    (0 = inchangée ; voir ``HIERARCHIES`` pour les niveaux de chaque colonne)."""
    exiger_colonnes(table, list(niveaux))
    sortie = table.copy()
    for colonne, niveau in niveaux.items():
        if colonne not in HIERARCHIES:
            raise KeyError(f"Pas de généralisation prévue pour la colonne « {colonne} » : colonnes possibles {list(HIERARCHIES)}.")
        fonction, noms = HIERARCHIES[colonne]
        if not isinstance(niveau, int) or not 0 <= niveau < len(noms):
            raise ValueError(f"Niveau {niveau!r} impossible pour « {colonne} » : de 0 à {len(noms) - 1} ({noms}).")
        sortie[colonne] = fonction(table[colonne], niveau)
    return sortie


def atteindre_k(table: pd.DataFrame, k: int, quasi_identifiants=QUASI_IDENTIFIANTS,
                garder=()) -> tuple[pd.DataFrame, dict]:
    """Généralise pas à pas jusqu'à ce que le tableau soit k-anonyme, sans supprimer de ligne.

    À chaque pas, on monte d'un niveau la colonne qui laisse le moins de lignes dans des groupes
    de moins de k (à égalité : celle qui garde le plus de combinaisons distinctes). ``garder`` :
    les colonnes à ne pas toucher (le quartier, si le service a besoin de chiffres par quartier).
    Renvoie le tableau généralisé et les niveaux choisis ; si k reste hors d'atteinte, tout ce
    qui peut l'être est généralisé : vérifiez le k obtenu.
    """
    colonnes = exiger_colonnes(table, quasi_identifiants)
    if not isinstance(k, int) or k < 1:
        raise ValueError(f"k doit être un nombre entier d'au moins 1 (reçu : {k!r}).")
    if k > len(table):
        raise ValueError(f"k = {k} est plus grand que le nombre de lignes ({len(table)}) : impossible.")
    # chaque colonne à chaque niveau, calculée une seule fois
    versions = {c: [HIERARCHIES[c][0](table[c], n).astype(str).to_numpy() for n in range(len(HIERARCHIES[c][1]))]
                for c in colonnes}

    def tailles(essai: dict) -> pd.Series:
        cadre = pd.DataFrame({c: versions[c][n] for c, n in essai.items()})
        return cadre.groupby(colonnes, sort=False).size()

    niveaux = dict.fromkeys(colonnes, 0)
    while int(tailles(niveaux).min()) < k:
        essais = []
        for colonne in colonnes:
            if colonne not in garder and niveaux[colonne] + 1 < len(HIERARCHIES[colonne][1]):
                essai = {**niveaux, colonne: niveaux[colonne] + 1}
                t = tailles(essai)
                essais.append((int(t[t < k].sum()), -len(t), essai))
        if not essais:
            break
        niveaux = min(essais, key=lambda e: (e[0], e[1]))[2]
    return generaliser(table, niveaux), niveaux


def decrire_niveaux(niveaux: dict) -> dict:
    """{colonne: ce que devient la colonne} en français."""
    return {c: HIERARCHIES[c][1][n] for c, n in niveaux.items()}


def extrait_structure(demandes: pd.DataFrame) -> pd.DataFrame:
    """L'extrait structuré des demandes qu'un service voudrait partager : identifiant, date (le jour),
    quartier, genre, tranche d'âge, service (le service est l'attribut « sensible » de l'exercice)."""
    colonnes = exiger_colonnes(demandes, ["identifiant", "date", "quartier", "genre", "tranche_age", "service"])
    extrait = demandes[colonnes].copy()
    extrait["date"] = pd.to_datetime(extrait["date"], errors="coerce").dt.strftime("%Y-%m-%d")  # le jour, sans l'heure
    for c in ("quartier", "genre", "tranche_age", "service"):
        extrait[c] = extrait[c].astype(str)
    return extrait
