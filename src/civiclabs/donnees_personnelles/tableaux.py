"""Le contrôle des tableaux reçus par les outils de protection des données : un message en
français qui nomme les colonnes absentes et celles qui sont là (un export de plateforme a
souvent d'autres noms de colonnes)."""

from __future__ import annotations

import pandas as pd


def exiger_colonnes(table, colonnes) -> list[str]:
    """Vérifie que ``table`` est un tableau pandas qui a ``colonnes`` (un nom ou une liste) ;
    renvoie la liste des colonnes."""
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"On attend un tableau pandas (DataFrame), pas {type(table).__name__}.")
    colonnes = [colonnes] if isinstance(colonnes, str) else list(colonnes)
    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        raise KeyError(f"Colonne(s) absente(s) du tableau : {manquantes}. Colonnes présentes : {list(table.columns)}.")
    return colonnes
