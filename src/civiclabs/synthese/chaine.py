"""Toute la chaîne, de la table des contributions au tableau de synthèse, pour 6 000 comme
pour 1 000 000 de contributions (``bench/bench_synthese.py``) : textes traités par
tranches, un seul TF-IDF pour les campagnes et les thèmes."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from .copies import MOTS_MIN, SEUIL_CAMPAGNE, TAILLE_REFERENCE, VOISINS_MIN, _grouper
from .entrees import _verifier_table
from .representativite import ponderer
from .tableau import synthetiser
from .textes import _nb_mots, _normaliser_tout, _vectoriseur
from .themes import TAILLE_APPRENTISSAGE, _themes
from .vigilance import SUJETS_DE_VIGILANCE, _scores_vigilance, reperer_minorites

TAILLE_VOCABULAIRE = 50_000
TAILLE_TRANCHE = 100_000


def synthetiser_consultation(table: pd.DataFrame, nb_themes: int = 12, graine: int = 0,
                             population: pd.DataFrame | None = None,
                             voisins_min: int = VOISINS_MIN) -> dict:
    """Toute la chaîne, de la table des contributions au tableau de synthèse : copies
    exactes, campagnes, thèmes (appris sur une voix par copie, hors accords très courts),
    signaux faibles, synthèse, et poids de redressement si ``population`` est donnée.
    Renvoie un dictionnaire : doublons, campagnes, themes, minorites, synthese, poids."""
    _verifier_table(table, ["identifiant", "texte"])
    textes = table["texte"].fillna("").astype(str)
    n = len(textes)
    # Un seul TF-IDF des mots sert aux campagnes et aux thèmes. Son vocabulaire est appris
    # sur au plus TAILLE_VOCABULAIRE textes ; textes, copies et sujets de vigilance sont
    # ensuite traités par tranches, pour borner la mémoire à grande échelle.
    vectoriseur = _vectoriseur(max_df=0.5)
    petite = n <= TAILLE_TRANCHE
    if not petite:
        vectoriseur.fit(_normaliser_tout(textes.sample(TAILLE_VOCABULAIRE, random_state=graine)))
    empreintes = np.empty(n, dtype=np.uint64)
    nb_mots = np.empty(n, dtype=np.int64)
    scores = {sujet: np.zeros(n, dtype=np.int16) for sujet in SUJETS_DE_VIGILANCE}
    blocs = []
    for debut in range(0, n, TAILLE_TRANCHE):
        tranche = textes.iloc[debut : debut + TAILLE_TRANCHE]
        normalises = _normaliser_tout(tranche)
        empreintes[debut : debut + len(tranche)] = pd.util.hash_pandas_object(normalises, index=False).to_numpy()
        for sujet, score in _scores_vigilance(normalises, SUJETS_DE_VIGILANCE).items():
            scores[sujet][debut : debut + len(tranche)] = score
        nb_mots[debut : debut + len(tranche)] = _nb_mots(tranche)
        blocs.append(vectoriseur.fit_transform(normalises) if petite else vectoriseur.transform(normalises))
        del normalises
    x = sparse.vstack(blocs, format="csr")
    del blocs
    doublons = pd.Series(pd.factorize(empreintes)[0], index=table.index, name="groupe_copies")
    longs = np.flatnonzero(nb_mots >= MOTS_MIN)
    campagnes = _grouper(x[longs], longs, table.index, SEUIL_CAMPAGNE, voisins_min, TAILLE_REFERENCE, graine)
    voix = np.flatnonzero((~doublons.duplicated().to_numpy()) & ~campagnes["signalee"].to_numpy() & (nb_mots >= 5))
    if len(voix) > TAILLE_APPRENTISSAGE:
        voix = np.sort(np.random.default_rng(graine).choice(voix, TAILLE_APPRENTISSAGE, replace=False))
    themes = _themes(x, x[voix], vectoriseur, nb_themes, graine, table.index, originaux=textes.iloc[voix])
    minorites = reperer_minorites(table, themes, scores=scores)
    synthese = synthetiser(table, themes, campagnes, minorites)
    poids = None
    if population is not None and {"tranche_age", "genre"} <= set(table.columns):
        poids = ponderer(table, population)
    return {"doublons": doublons, "campagnes": campagnes, "themes": themes,
            "minorites": minorites, "synthese": synthese, "poids": poids}
