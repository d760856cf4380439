"""Population adulte (18 ans et plus) de la métropole par quartier, genre et tranche d'âge."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import territoire as T
from .verification import verifier_graine

GRAINE_DEFAUT = 2025
POPULATION_ADULTE = 418_000
TRANCHES = ["18-29", "30-44", "45-59", "60-74", "75 et plus"]
GENRES = ["femme", "homme"]

PROFIL_AGE = {
    "prioritaire": [0.25, 0.27, 0.23, 0.16, 0.09],
    "ordinaire": [0.18, 0.25, 0.26, 0.19, 0.12],
    "Centre-Ville": [0.32, 0.27, 0.18, 0.14, 0.09],
    "Montjoli": [0.12, 0.21, 0.27, 0.24, 0.16],
    "La Roseraie": [0.13, 0.24, 0.27, 0.22, 0.14],
}
PART_FEMMES = [0.50, 0.51, 0.51, 0.53, 0.60]


def generer_population(graine: int = GRAINE_DEFAUT) -> pd.DataFrame:
    """Génère la population adulte de Méridanne par quartier, genre et tranche d'âge.

    Paramètres
    ----------
    graine : int
        Graine des petites variations aléatoires entre quartiers.

    Renvoie
    -------
    pandas.DataFrame
        Colonnes quartier, quartier_prioritaire, genre, tranche_age, population
        (une ligne par combinaison). Avec la graine par défaut, c'est exactement
        le fichier ``data/population.csv``.
    """
    verifier_graine(graine)
    rng = np.random.default_rng(graine)
    parts = np.array([T.PART_POPULATION[q] for q in T.QUARTIERS])
    parts = parts / parts.sum()
    lignes = []
    for q, part in zip(T.QUARTIERS, parts):
        prio = q in T.QUARTIERS_PRIORITAIRES
        profil = np.array(PROFIL_AGE.get(q, PROFIL_AGE["prioritaire" if prio else "ordinaire"]))
        profil = profil * rng.uniform(0.94, 1.06, len(profil))
        profil = profil / profil.sum()
        total = POPULATION_ADULTE * part
        for age, p_age, p_f in zip(TRANCHES, profil, PART_FEMMES):
            p_f = min(max(p_f + rng.normal(0, 0.01), 0.45), 0.65)
            for genre, p_g in zip(GENRES, (p_f, 1 - p_f)):
                lignes.append((q, prio, genre, age, int(round(total * p_age * p_g / 10) * 10)))
    return pd.DataFrame(lignes, columns=["quartier", "quartier_prioritaire", "genre", "tranche_age", "population"])
