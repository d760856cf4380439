"""Toute la chaîne, de la table des contributions au tableau de synthèse, pour 500 comme
pour 1 000 000 de contributions (``bench/bench_synthese.py``) : textes traités par
tranches, un seul TF-IDF pour les campagnes et les thèmes."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from scipy import sparse

from ..texte import format_nombre
from .copies import MOTS_MIN, SEUIL_CAMPAGNE, TAILLE_REFERENCE, VOISINS_MIN, _grouper
from .entrees import _verifier_table
from .representativite import ponderer
from .tableau import synthetiser
from .textes import _accords_courts, _lisibles, _nb_mots, _normaliser_tout, _vectoriseur, nettoyer_html
from .themes import TAILLE_APPRENTISSAGE, _themes
from .vigilance import _scores_vigilance, reperer_minorites

TAILLE_VOCABULAIRE = 50_000
TAILLE_TRANCHE = 100_000
TEXTES_PAR_THEME = 3  # il faut au moins 3 textes lisibles par thème demandé
VOISINS_MIN_PETITE = 5  # la règle des campagnes la plus stricte qu'on garde sur une petite concertation
SANS_AUTEUR = ("Pas de colonne « auteur » : les voix ne peuvent pas être comptées, chaque texte compte pour "
               "une ; une campagne ne se distingue plus d'une pétition.")


class AvertissementSynthese(UserWarning):
    """Un avertissement de la chaîne de synthèse (en français)."""


def voisins_min_pour(n: int) -> int:
    """La règle des campagnes, à l'échelle de la concertation : ``VOISINS_MIN`` voisines pour
    ``TAILLE_REFERENCE`` contributions (la consultation du cours), proportionnellement moins
    en dessous, jamais moins de ``VOISINS_MIN_PETITE`` (5 textes presque identiques sur 500
    sont déjà une campagne ; 2 ne le sont pas). Au-delà de ``TAILLE_REFERENCE``, chaque
    contribution est comparée à un échantillon de cette taille : la règle reste la même."""
    return int(min(VOISINS_MIN, max(VOISINS_MIN_PETITE, round(VOISINS_MIN * n / TAILLE_REFERENCE))))


def _verifier_contributions(table: pd.DataFrame, nb_themes: int, textes_lisibles: int) -> None:
    doubles = table["identifiant"].astype(str)
    doubles = doubles[doubles.duplicated(keep=False)]
    if len(doubles):
        exemples = ", ".join(f"« {i} »" for i in doubles.unique()[:3])
        raise ValueError(
            f"{format_nombre(len(doubles))} contributions partagent leur identifiant avec une autre "
            f"(par exemple {exemples}) : chaque contribution doit avoir un identifiant unique. Si le fichier "
            "réunit plusieurs exports, chargez-le avec charger_contributions(…), qui préfixe les identifiants "
            "par leur source, ou retirez les lignes en double."
        )
    if not isinstance(nb_themes, (int, np.integer)) or isinstance(nb_themes, bool) or nb_themes < 2:
        raise ValueError(f"nb_themes doit être un nombre entier d'au moins 2 (reçu : {nb_themes!r}).")
    if textes_lisibles < TEXTES_PAR_THEME * nb_themes:
        raise ValueError(
            f"{format_nombre(textes_lisibles)} textes lisibles ne suffisent pas pour chercher {nb_themes} thèmes : "
            f"il en faut au moins {TEXTES_PAR_THEME * nb_themes}. Demandez moins de thèmes "
            f"(nb_themes={max(2, textes_lisibles // TEXTES_PAR_THEME)} au plus), ou lisez ces textes un par un : "
            "à cette taille, une lecture humaine vaut mieux qu'une machine."
        )


def synthetiser_consultation(table: pd.DataFrame, nb_themes: int = 12, graine: int = 0,
                             population: pd.DataFrame | None = None,
                             voisins_min: int | None = None, vigilance: dict | None = None,
                             noms: dict | None = None, parents=None, progression=None,
                             petits_themes: bool = True, garder=None, sujets_cherches: dict | None = None) -> dict:
    """Toute la chaîne, de la table des contributions au tableau de synthèse : textes
    nettoyés (HTML), textes vides ou illisibles et accords courts mis à part, copies
    exactes, campagnes, thèmes (appris sur une voix par copie, hors accords courts),
    sujets de vigilance, synthèse (où chaque contribution est rangée une fois, voir
    ``synthetiser``), et poids de redressement si ``population`` est donnée.

    ``vigilance`` : les sujets de vigilance **écrits par l'équipe** ({"sujet": ["mot", …]},
    mots entiers, « * » pour un début de mot) ; aucun par défaut. ``noms`` : les noms donnés
    par l'équipe aux thèmes (numéro → nom). ``garder`` : les numéros des thèmes que l'équipe
    garde même si la règle des phrases types les écarte (voir ``synthetiser``). ``sujets_cherches`` :
    les sujets attendus par l'équipe, avec leurs mots ; le rapport dit où leurs contributions
    sont rangées (voir ``synthetiser``). ``voisins_min`` : la règle des campagnes ; par
    défaut, proportionnelle à la taille (``voisins_min_pour``). ``parents`` : pour chaque
    contribution, l'identifiant de celle à laquelle elle répond (par défaut la colonne
    ``parent`` si elle existe). ``progression`` : une fonction appelée avec le nom de chaque
    étape (barre de progression). ``petits_themes`` : chercher les petits thèmes noyés par
    les grands (voir ``themes.PART_RESIDU``) ; le retirer montre ce qu'il apporte.

    Renvoie un dictionnaire : doublons, campagnes, themes, minorites, synthese, poids,
    accords, lisibles, reglages (ce qui a été fait, pour le rapport), avertissements."""
    _verifier_table(table, ["identifiant", "texte"])
    etape = progression or (lambda nom: None)
    avertissements = []
    if "auteur" not in table:
        avertissements.append(SANS_AUTEUR)
        warnings.warn(SANS_AUTEUR, AvertissementSynthese, stacklevel=2)
    if vigilance is not None and not isinstance(vigilance, dict):
        raise TypeError("« vigilance » doit être un dictionnaire : {\"nom du sujet\": [\"mot\", …]}.")
    vigilance = dict(vigilance or {})
    etape("Lecture des textes")
    textes = nettoyer_html(table["texte"])
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
    lisibles = np.empty(n, dtype=bool)
    accords = np.empty(n, dtype=bool)
    scores = {sujet: np.zeros(n, dtype=np.int16) for sujet in vigilance}
    blocs = []
    for debut in range(0, n, TAILLE_TRANCHE):
        tranche = textes.iloc[debut : debut + TAILLE_TRANCHE]
        fin = debut + len(tranche)
        normalises = _normaliser_tout(tranche)
        lisibles[debut:fin] = _lisibles(normalises)
        if debut == 0:
            _verifier_contributions(table, nb_themes, int(lisibles.sum()) if n <= TAILLE_TRANCHE else n)
        accords[debut:fin] = _accords_courts(normalises)
        empreintes[debut:fin] = pd.util.hash_pandas_object(normalises, index=False).to_numpy()
        for sujet, score in _scores_vigilance(normalises, vigilance, mots_entiers=True).items():
            scores[sujet][debut:fin] = score
        nb_mots[debut:fin] = _nb_mots(tranche)
        if petite and not lisibles.any():
            raise ValueError("Aucun texte lisible : la colonne « texte » est vide ou ne contient que des émojis.")
        blocs.append(vectoriseur.fit_transform(normalises) if petite else vectoriseur.transform(normalises))
        del normalises
    x = sparse.vstack(blocs, format="csr")
    del blocs
    etape("Copies et campagnes")
    doublons = pd.Series(pd.factorize(empreintes)[0], index=table.index, name="groupe_copies")
    if voisins_min is None:
        voisins_min = voisins_min_pour(n)
    longs = np.flatnonzero((nb_mots >= MOTS_MIN) & lisibles)
    campagnes = _grouper(x[longs], longs, table.index, SEUIL_CAMPAGNE, voisins_min, TAILLE_REFERENCE, graine)
    etape("Thèmes")
    candidates = ((~doublons.duplicated().to_numpy()) & ~campagnes["signalee"].to_numpy() & (nb_mots >= 5)
                  & lisibles & ~accords & (np.diff(x.indptr) > 0))
    voix = np.flatnonzero(candidates)
    if len(voix) < TEXTES_PAR_THEME * nb_themes:  # de très courts textes : on apprend sur tout ce qui se lit
        voix = np.flatnonzero(lisibles & ~accords & (np.diff(x.indptr) > 0))
    if len(voix) < TEXTES_PAR_THEME * nb_themes:
        _verifier_contributions(table, nb_themes, len(voix))
    if len(voix) > TAILLE_APPRENTISSAGE:
        voix = np.sort(np.random.default_rng(graine).choice(voix, TAILLE_APPRENTISSAGE, replace=False))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Maximum number of iterations")
        themes = _themes(x, x[voix], vectoriseur, nb_themes, graine, table.index, originaux=textes.iloc[voix],
                         petits_themes=petits_themes)
    del x
    etape("Sujets de vigilance et synthèse")
    sans_textes = table.drop(columns=["texte"]).assign(texte=textes)
    minorites = reperer_minorites(sans_textes, None, vigilance=vigilance, scores=scores)
    if parents is None and "parent" in table:
        parents = table["parent"]
    synthese = synthetiser(sans_textes, themes, campagnes, minorites, noms=noms, accords=accords,
                           lisibles=lisibles, vigilance=vigilance, parents=parents, garder=garder,
                           sujets_cherches=sujets_cherches)
    poids = None
    if population is not None and {"tranche_age", "genre"} <= set(table.columns):
        poids = ponderer(table, population)
    reglages = {
        "noms_donnes": bool(noms), "vigilance": list(vigilance), "auteurs": "auteur" in table,
        "positions": "position" in table, "pondere": poids is not None, "voisins_min": int(voisins_min),
        "nb_themes": int(nb_themes), "reponses_liees": parents is not None,
    }
    return {"doublons": doublons, "campagnes": campagnes, "themes": themes,
            "minorites": minorites, "synthese": synthese, "poids": poids, "accords": pd.Series(accords, index=table.index),
            "lisibles": pd.Series(lisibles, index=table.index), "reglages": reglages,
            "avertissements": avertissements}
