"""Vérification de ce que reçoivent les fonctions du Lab 03, avec des messages en français."""

from __future__ import annotations

import pandas as pd


def _verifier_table(table, colonnes, nom: str = "table") -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(
            f"« {nom} » doit être un tableau pandas (DataFrame), par exemple celui de "
            f"charger_consultation() ; reçu : {type(table).__name__}."
        )
    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        raise KeyError(
            f"Il manque à « {nom} » la ou les colonnes : {', '.join(manquantes)}. "
            f"Colonnes présentes : {', '.join(map(str, table.columns))}."
        )


def _textes(textes, nom: str = "textes") -> pd.Series:
    if isinstance(textes, pd.DataFrame):
        raise TypeError(
            f"« {nom} » doit être une colonne de textes (par exemple consultation[\"texte\"]), "
            "pas un tableau entier."
        )
    if isinstance(textes, str):
        raise TypeError(f"« {nom} » doit être une colonne de textes, pas un seul texte.")
    if not isinstance(textes, pd.Series):
        try:
            textes = pd.Series(list(textes))
        except TypeError:
            raise TypeError(
                f"« {nom} » doit être une colonne de textes ; reçu : {type(textes).__name__}."
            ) from None
    return textes.fillna("").astype(str)
