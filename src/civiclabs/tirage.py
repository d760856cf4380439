"""Tirer au sort un panel représentatif (Lab 05), avec le paquet ``sortition-algorithms``.

Ce module prépare les fichiers que le paquet attend (critères et quotas, personnes), lance
ses algorithmes (``legacy``, la méthode gloutonne historique ; ``maximin`` avec le solveur
libre HiGHS ; ``nash``), calcule la chance de chaque personne d'être tirée, la plus petite
chance et le coefficient de Gini des chances, remplace une personne qui se désiste sans
casser les quotas, et fait un tirage vérifiable (graine fixée d'avance depuis une valeur
publique, empreintes des données et du code, journal, re-tirage identique).

Les messages que le paquet imprime à chaque tirage (une ligne par essai pour ``legacy``)
sont gardés dans ``Tirage.messages`` au lieu d'être affichés. Rien n'appelle le réseau :
seules les fonctions de calcul du paquet sont utilisées (jamais ses fonctions Google Sheets).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import platform
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import _A_LA_DEMANDE

# Les noms publics sont listés une seule fois, dans civiclabs/__init__.py (chargement au premier usage).
__all__ = list(_A_LA_DEMANDE["tirage"])

CRITERES = ["genre", "tranche_age", "quartier_prioritaire", "diplome"]
# Les noms des critères tels qu'une personne les lit (tableaux des widgets)
LIBELLES = {"genre": "genre", "tranche_age": "tranche d'âge", "quartier_prioritaire": "quartier prioritaire",
            "diplome": "diplôme"}
COLONNE_ID = "identifiant"
COLONNES_QUOTAS = ["critere", "valeur", "min", "max"]
METHODES = ("legacy", "maximin", "nash")


class ErreurTirage(ValueError):
    """Un tirage impossible ou des données qui ne conviennent pas (message en français)."""


# --- Préparer les données ------------------------------------------------------------------

def parts_population(population: pd.DataFrame, critere: str) -> pd.Series:
    """Part de chaque valeur de ``critere`` dans la population (colonne ``population``)."""
    _exiger_colonnes(population, [critere, "population"], "population")
    parts = population.groupby(critere, observed=True)["population"].sum()
    parts.index = parts.index.map(_texte)
    return parts / parts.sum()


def quotas_depuis_parts(parts: dict[str, pd.Series], taille: int, marge: int = 0) -> pd.DataFrame:
    """Quotas d'un panel de ``taille`` places : pour chaque critère et chaque valeur, le nombre
    de places attendu (part × taille) arrondi en dessous et au-dessus, élargi de ``marge``.

    ``parts`` : {critère: Series des parts (somme 1)}. Renvoie un tableau critere, valeur, min, max.
    """
    _verifier_taille(taille)
    if not isinstance(marge, int | np.integer) or marge < 0:
        raise ErreurTirage(f"La marge doit être un nombre entier positif ou nul de places (reçu : {marge!r}).")
    lignes = []
    for critere, serie in parts.items():
        total = float(serie.sum())
        if not 0.99 <= total <= 1.01:
            raise ErreurTirage(f"Les parts du critère « {critere} » font {total:.3f} au total au lieu de 1.")
        for valeur, part in serie.items():
            attendu = part * taille
            lignes.append({"critere": critere, "valeur": _texte(valeur),
                           "min": max(int(np.floor(attendu + 1e-9)) - marge, 0),
                           "max": min(int(np.ceil(attendu - 1e-9)) + marge, taille)})
    return pd.DataFrame(lignes, columns=COLONNES_QUOTAS)


def parts_meridanne(population: pd.DataFrame) -> dict[str, pd.Series]:
    """Les parts de la population de Méridanne pour les quatre critères du panel : genre, tranche
    d'âge, quartier prioritaire (depuis ``population.csv``) et diplôme (modèle du générateur)."""
    from .corpus import repartition_diplomes

    parts = {c: parts_population(population, c) for c in CRITERES[:3]}
    parts["diplome"] = repartition_diplomes(population)
    return parts


def sous_vivier(volontaires: pd.DataFrame, taille: int, graine: int) -> pd.DataFrame:
    """``taille`` volontaires tiré·es au hasard (graine fixée) : un vivier assez petit pour que
    maximin et nash se calculent en quelques secondes."""
    _exiger_colonnes(volontaires, [COLONNE_ID], "volontaires")
    if not isinstance(taille, int | np.integer) or not 1 <= taille <= len(volontaires):
        raise ErreurTirage(f"La taille du sous-vivier doit être entre 1 et {len(volontaires)} (reçu : {taille!r}).")
    return volontaires.sample(int(taille), random_state=int(graine)).sort_values(COLONNE_ID).reset_index(drop=True)


def preparer_fichiers(vivier: pd.DataFrame, quotas: pd.DataFrame, dossier) -> tuple[Path, Path]:
    """Écrit les deux fichiers CSV qu'attend ``sortition-algorithms`` (outil en ligne de commande
    ou application web) : ``criteres.csv`` (feature, value, min, max) et ``personnes.csv``
    (l'identifiant et une colonne par critère, rien d'autre : ni nom, ni contact, ni opinion).
    """
    criteres = _verifier_quotas(quotas)
    personnes = _personnes(vivier, criteres)
    dossier = Path(dossier)
    dossier.mkdir(parents=True, exist_ok=True)
    f_criteres, f_personnes = dossier / "criteres.csv", dossier / "personnes.csv"
    quotas.rename(columns={"critere": "feature", "valeur": "value"}).to_csv(f_criteres, index=False, lineterminator="\n")
    personnes.to_csv(f_personnes, index=False, lineterminator="\n")
    return f_criteres, f_personnes


# --- Tirer ----------------------------------------------------------------------------------

@dataclass
class Tirage:
    """Le résultat d'un tirage : le panel, la chance de chaque personne, ce que le paquet a dit."""

    methode: str
    graine: int
    taille: int
    panel: list[str]
    chances: pd.Series
    comites: list[frozenset] = field(default_factory=list, repr=False)
    poids: list[float] = field(default_factory=list, repr=False)
    duree: float = 0.0
    messages: str = field(default="", repr=False)
    # PYTHONHASHSEED du processus qui a calculé (voir HACHAGE_FIXE) et empreinte du code qu'il a exécuté
    hachage: str = ""
    code: str = field(default="", repr=False)

    @property
    def plus_petite_chance(self) -> float:
        return float(self.chances.min())

    @property
    def gini(self) -> float:
        return coefficient_gini(self.chances)


def tirer(vivier: pd.DataFrame, quotas: pd.DataFrame, taille: int, methode: str = "maximin",
          graine: int = 1) -> Tirage:
    """Tire un panel de ``taille`` personnes dans ``vivier`` en respectant ``quotas``.

    ``methode`` : ``"maximin"`` (le défaut du paquet : rend la plus petite chance la plus grande
    possible, solveur libre HiGHS), ``"nash"`` (maximise le produit des chances) ou ``"legacy"``
    (la méthode gloutonne historique ; ses chances s'estiment par ``chances_legacy``).
    ``graine`` : entier non nul ; la même graine redonne le même panel.

    Pour maximin et nash, ``chances`` donne la chance de chaque personne dans **la** loterie entre
    panels que l'algorithme a calculée. Seule la plus petite chance est fixée par la méthode
    (maximin la rend aussi grande que possible) : plusieurs loteries l'atteignent, et les autres
    chances dépendent de celle que le solveur trouve. Le calcul se fait donc dans un processus au
    hachage fixé (``HACHAGE_FIXE``) : la même graine redonne la même loterie, donc les mêmes
    chances, dans toute session Python. Pour legacy, ``chances`` vaut 1 pour les personnes
    tirées et 0 pour les autres (un seul tirage) : utilisez ``chances_legacy``.
    """
    if methode not in METHODES:
        raise ErreurTirage(f"Méthode inconnue « {methode} » : choisissez parmi {', '.join(METHODES)}. "
                           "(LEXIMIN exige le solveur commercial Gurobi ; sans lui, le paquet se rabat sur maximin.)")
    _verifier_graine(graine)
    _verifier_taille(taille)
    criteres = _verifier_quotas(quotas, taille)
    personnes = _personnes(vivier, criteres)
    if methode != "legacy":
        return _au_hachage_fixe(_tirer_ici, personnes, quotas, criteres, taille, methode, graine)
    return _tirer_ici(personnes, quotas, criteres, taille, methode, graine)


def _tirer_ici(personnes, quotas, criteres, taille, methode, graine) -> Tirage:
    """Le tirage, dans ce processus-ci (``tirer`` a déjà vérifié les données)."""
    import os

    features, people = _objets_du_paquet(personnes, quotas, criteres, taille)
    from sortition_algorithms.committee_generation import (
        find_distribution_maximin,
        find_distribution_nash,
        find_random_sample_legacy,
    )
    from sortition_algorithms.core import lottery_rounding, standardize_distribution
    from sortition_algorithms.utils import set_random_provider

    debut = time.perf_counter()
    with _silence() as sortie:
        set_random_provider(graine)
        try:
            if methode == "legacy":
                comites, _ = find_random_sample_legacy(people, features, taille, [], max_attempts=100)
                poids = [1.0]
            else:
                fonction = find_distribution_maximin if methode == "maximin" else find_distribution_nash
                comites, poids, _ = fonction(features, people, taille, [])
                comites, poids = standardize_distribution(comites, poids)
                panel = lottery_rounding(comites, poids, 1)[0]
        except Exception as erreur:  # les erreurs du paquet sont en anglais : on les traduit
            raise _traduire(erreur) from erreur
    duree = time.perf_counter() - debut
    if methode == "legacy":
        panel = comites[0]
    chances = pd.Series(0.0, index=pd.Index(list(personnes[COLONNE_ID]), name=COLONNE_ID), name="chance")
    for comite, p in zip(comites, poids):
        chances[list(comite)] += p
    return Tirage(methode, graine, taille, sorted(panel), chances, list(comites), list(poids), duree,
                  sortie.getvalue(), os.environ.get("PYTHONHASHSEED", "aléatoire"), empreinte_code())


def chances_legacy(vivier: pd.DataFrame, quotas: pd.DataFrame, taille: int, tirages: int = 500,
                   graine: int = 1) -> Tirage:
    """Estime la chance de chaque personne avec la méthode ``legacy`` en la relançant ``tirages`` fois.

    La méthode traite de la même façon deux personnes qui ont le même profil (les mêmes valeurs
    pour tous les critères) : on estime donc la chance d'un profil (panels où il apparaît,
    divisé par tirages × effectif du profil), bien plus précise que la fréquence d'une seule
    personne. ``duree`` est le temps total des tirages ; ``panel`` est celui du premier.
    """
    if not isinstance(tirages, int | np.integer) or tirages < 50:
        raise ErreurTirage(f"Il faut au moins 50 tirages pour estimer des chances (reçu : {tirages!r}).")
    _verifier_graine(graine)
    criteres = _verifier_quotas(quotas, taille)
    personnes = _personnes(vivier, criteres)
    features, people = _objets_du_paquet(personnes, quotas, criteres, taille)
    from sortition_algorithms.committee_generation import find_random_sample_legacy
    from sortition_algorithms.utils import set_random_provider

    compte = pd.Series(0, index=pd.Index(list(personnes[COLONNE_ID]), name=COLONNE_ID))
    premier: list[str] = []
    debut = time.perf_counter()
    with _silence() as sortie:
        set_random_provider(graine)
        for i in range(int(tirages)):
            try:
                comites, _ = find_random_sample_legacy(people, features, taille, [], max_attempts=100)
            except Exception as erreur:
                raise _traduire(erreur) from erreur
            compte[list(comites[0])] += 1
            if i == 0:
                premier = sorted(comites[0])
    duree = time.perf_counter() - debut
    profil = personnes.set_index(COLONNE_ID)[criteres].agg(" | ".join, axis=1)
    par_profil = compte.groupby(profil).sum() / (tirages * profil.value_counts())
    chances = profil.map(par_profil).rename("chance").astype(float)
    return Tirage("legacy", graine, taille, premier, chances, duree=duree, messages=sortie.getvalue())


def ecarts_aux_quotas(panel: pd.DataFrame, quotas: pd.DataFrame) -> pd.DataFrame:
    """Pour chaque critère et valeur : combien de places le panel donne, le min, le max, et si c'est respecté."""
    criteres = _verifier_quotas(quotas)
    _exiger_colonnes(panel, criteres, "panel")
    comptes = {c: Counter(_en_texte(panel[c])) for c in criteres}
    lignes = [{"critere": c, "valeur": v, "places": comptes[c].get(str(v), 0), "min": int(mi), "max": int(ma),
               "respecte": int(mi) <= comptes[c].get(str(v), 0) <= int(ma)}
              for c, v, mi, ma in zip(quotas["critere"], quotas["valeur"], quotas["min"], quotas["max"])]
    return pd.DataFrame(lignes)


def quotas_respectes_par_panel(vivier: pd.DataFrame, panels: list, quotas: pd.DataFrame) -> np.ndarray:
    """Pour chaque panel (une liste d'identifiants), le nombre de quotas qu'il respecte (calcul d'un bloc)."""
    criteres = _verifier_quotas(quotas)
    personnes = _personnes(vivier, criteres)
    position = {p: i for i, p in enumerate(personnes[COLONNE_ID])}
    appartenance = np.zeros((len(panels), len(position)))
    for k, panel in enumerate(panels):
        inconnus = [p for p in panel if p not in position]
        if inconnus:
            raise ErreurTirage(f"Le panel n° {k + 1} contient un identifiant absent du vivier : « {inconnus[0]} ».")
        appartenance[k, [position[p] for p in panel]] = 1
    indicatrices = np.column_stack([(personnes[c] == str(v)).to_numpy(dtype=float)
                                    for c, v in zip(quotas["critere"], quotas["valeur"])])
    places = appartenance @ indicatrices
    return ((places >= quotas["min"].to_numpy()) & (places <= quotas["max"].to_numpy())).sum(axis=1)


def coefficient_gini(chances) -> float:
    """Coefficient de Gini des chances : 0 si tout le monde a la même chance, proche de 1 si
    quelques personnes ont toute la chance. Formule : moyenne des écarts absolus entre toutes
    les paires, divisée par deux fois la moyenne."""
    x = np.sort(np.asarray(chances, dtype=float))
    if x.size == 0 or x.sum() <= 0:
        raise ErreurTirage("Impossible de calculer un Gini : aucune chance positive.")
    n = x.size
    return float((2 * np.arange(1, n + 1) - n - 1) @ x / (n * x.sum()))


def panel_depuis_loterie(tirage: Tirage, graine: int) -> list[str]:
    """Tire un panel dans la loterie déjà calculée par maximin ou nash (``tirage.comites`` et
    ``tirage.poids``), avec ``graine`` : la même graine redonne le même panel."""
    if not tirage.comites or tirage.methode == "legacy":
        raise ErreurTirage("Ce tirage n'a pas de loterie entre panels : utilisez un tirage maximin ou nash.")
    _verifier_graine(graine)
    from sortition_algorithms.core import lottery_rounding
    from sortition_algorithms.utils import set_random_provider

    with _silence():
        set_random_provider(graine)
        return sorted(lottery_rounding(tirage.comites, tirage.poids, 1)[0])


def composition_attendue(vivier: pd.DataFrame, chances: pd.Series, colonne: str) -> pd.Series:
    """Part attendue de chaque valeur de ``colonne`` dans le panel : somme des chances des
    personnes qui ont cette valeur, divisée par la taille du panel (somme de toutes les chances)."""
    _exiger_colonnes(vivier, [COLONNE_ID, colonne], "vivier")
    valeurs = vivier.set_index(COLONNE_ID)[colonne].map(_texte)
    return chances.groupby(valeurs.reindex(chances.index)).sum() / chances.sum()


def _calculer(methode: str, vivier, quotas, taille, graine, tirages) -> Tirage:
    if methode == "legacy":
        return chances_legacy(vivier, quotas, taille, tirages=tirages, graine=graine)
    return tirer(vivier, quotas, taille, methode, graine)


class _CalculsEnArrierePlan:
    """Des tirages lancés dans un second processus (l'autre cœur) ; ``resultat(methode)`` attend le sien."""

    def __init__(self, methodes, arguments: tuple):
        from .processus import second_processus

        self.arguments, self._futurs, self._executeur = arguments, {}, None
        try:
            with _environnement_hachage_fixe():  # mêmes chances qu'au premier plan (voir tirer)
                self._executeur = second_processus()
                self._futurs = {m: self._executeur.submit(_calculer, m, *arguments) for m in methodes}
            self._executeur.shutdown(wait=False)
        except (OSError, RuntimeError):  # pas de second processus possible ici : calcul au premier plan
            self._executeur, self._futurs = None, {}

    def resultat(self, methode: str) -> Tirage:
        futur = self._futurs.pop(methode, None)
        if futur is not None:
            return futur.result(timeout=600)
        return _calculer(methode, *self.arguments)


def lancer_en_arriere_plan(vivier: pd.DataFrame, quotas: pd.DataFrame, taille: int, methodes=("nash",),
                           graine: int = 1, tirages: int = 400) -> _CalculsEnArrierePlan:
    """Lance, dans un second processus, les tirages ``methodes`` (``"nash"``, ``"maximin"``, ou
    ``"legacy"`` pour ``chances_legacy`` avec ``tirages`` tirages) : sur une machine à deux cœurs,
    le notebook continue pendant ce temps. ``.resultat(methode)`` récupère chacun."""
    _verifier_quotas(quotas, taille)
    _verifier_graine(graine)
    inconnues = [m for m in methodes if m not in METHODES]
    if inconnues:
        raise ErreurTirage(f"Méthode inconnue « {inconnues[0]} » : choisissez parmi {', '.join(METHODES)}.")
    return _CalculsEnArrierePlan(tuple(methodes), (vivier, quotas, taille, graine, tirages))


# --- Widgets --------------------------------------------------------------------------------

def curseur_quotas(vivier: pd.DataFrame, parts: dict, taille: int, initial: Tirage | None = None):
    """Widget : la marge des quotas (places de plus ou de moins autour de la part de la
    population) et la taille du panel ; on voit la plus petite chance (maximin), le Gini et
    l'écart le plus grand entre la composition attendue du panel et la population."""
    import ipywidgets as widgets

    from .texte import format_nombre, format_pourcentage
    from .widgets import assembler_widget, remplir_sortie

    deja: dict = {}
    if initial is not None:
        deja[(0, initial.taille)] = initial
    marge = widgets.IntSlider(value=0, min=0, max=2, step=1, description="Marge", continuous_update=False)
    curseur_taille = widgets.IntSlider(value=taille, min=max(4, taille - 4), max=taille + 4, step=1,
                                       description="Panel", continuous_update=False)
    sortie = widgets.Output()

    def actualiser(*_):
        cle = (marge.value, curseur_taille.value)
        if cle not in deja:
            quotas = quotas_depuis_parts(parts, curseur_taille.value, marge=marge.value)
            try:
                deja[cle] = tirer(vivier, quotas, curseur_taille.value, "maximin", graine=1)
            except ErreurTirage as erreur:
                remplir_sortie(sortie, texte=str(erreur))
                return
        t = deja[cle]
        ecart = max(float((composition_attendue(vivier, t.chances, c) - parts[c].reindex(
            composition_attendue(vivier, t.chances, c).index).fillna(0)).abs().max()) for c in parts)
        remplir_sortie(sortie, texte=(
            f"Panel de {t.taille}, quotas à ± {marge.value} {'place' if marge.value <= 1 else 'places'} "
            "autour de la population :\n"
            f"  plus petite chance (maximin) : {format_pourcentage(t.plus_petite_chance, 1)}"
            f" (chance moyenne : {format_pourcentage(t.taille / len(vivier), 1)})\n"
            f"  Gini des chances : {format_nombre(t.gini, 2)}\n"
            f"  plus grand écart entre le panel attendu et la population : "
            f"{format_nombre(100 * ecart, 1)} {'point' if 100 * ecart < 2 else 'points'}"))

    return assembler_widget([marge, curseur_taille], [marge, curseur_taille], sortie, actualiser)


def curseur_graine(vivier: pd.DataFrame, tirage: Tirage, colonnes: list[str] | None = None):
    """Widget : une graine → le panel tiré dans la loterie de ``tirage`` (même graine, même panel)."""
    import ipywidgets as widgets

    from .widgets import assembler_widget, remplir_sortie

    colonnes = colonnes or CRITERES
    graine = widgets.IntSlider(value=tirage.graine if tirage.graine < 1000 else 1, min=1, max=999, step=1,
                               description="Graine", continuous_update=False)
    sortie = widgets.Output()

    def actualiser(*_):
        panel = panel_depuis_loterie(tirage, graine.value)
        tableau = vivier.set_index(COLONNE_ID).loc[panel, colonnes].map(_texte).rename(columns=LIBELLES)
        remplir_sortie(sortie, texte=f"Graine {graine.value} : panel {', '.join(panel)}\n\n{tableau.to_string()}")

    return assembler_widget([graine], [graine], sortie, actualiser)


def tirage_sans_graine(vivier: pd.DataFrame, quotas: pd.DataFrame, taille: int) -> list[str]:
    """Ce que fait le paquet avec son réglage par défaut ``random_number_seed = 0`` : il tire avec
    le module ``secrets`` (méthode legacy ici, la plus rapide). Deux appels donnent en général deux
    panels différents, et personne ne peut rejouer le tirage."""
    criteres = _verifier_quotas(quotas, taille)
    features, people = _objets_du_paquet(_personnes(vivier, criteres), quotas, criteres, taille)
    from sortition_algorithms.committee_generation import find_random_sample_legacy
    from sortition_algorithms.utils import set_random_provider

    with _silence():
        set_random_provider(0)
        comites, _ = find_random_sample_legacy(people, features, taille, [], max_attempts=100)
    return sorted(comites[0])


# --- Désistements ---------------------------------------------------------------------------

def candidats_remplacement(vivier: pd.DataFrame, panel: list[str], parti: str, quotas: pd.DataFrame) -> dict:
    """Les volontaires non tiré·es qui peuvent remplacer ``parti`` : ``"meme_profil"`` (les mêmes
    valeurs pour chaque critère : chaque quota reste identique) et ``"autres"`` (un autre profil,
    mais le panel complété respecte encore chaque quota). Deux listes d'identifiants."""
    criteres = _verifier_quotas(quotas)
    personnes = _personnes(vivier, criteres).set_index(COLONNE_ID)
    panel = list(panel)
    if parti not in panel:
        raise ErreurTirage(f"« {parti} » ne fait pas partie du panel : rien à remplacer.")
    inconnus = [p for p in panel if p not in personnes.index]
    if inconnus:
        raise ErreurTirage(f"{len(inconnus)} {'membre du panel absent' if len(inconnus) == 1 else 'membres du panel absents'} "
                           f"du vivier, par exemple « {inconnus[0]} ».")
    restants = [p for p in panel if p != parti]
    candidats = personnes.drop(index=panel)
    meme = (candidats[criteres] == personnes.loc[parti, criteres]).all(axis=1)
    autres = [c for c in candidats.index[~meme]
              if ecarts_aux_quotas(personnes.loc[[*restants, c]], quotas)["respecte"].all()]
    return {"meme_profil": sorted(candidats.index[meme]), "autres": sorted(autres)}


def remplacer(vivier: pd.DataFrame, panel: list[str], parti: str, quotas: pd.DataFrame, graine: int = 1) -> str:
    """Tire au sort un·e remplaçant·e pour ``parti`` parmi les volontaires non tiré·es, de sorte
    que le panel complété respecte encore chaque quota. On cherche d'abord parmi les personnes
    du même profil (elles gardent chaque quota à l'identique) ; s'il n'y en a pas, parmi toutes
    celles qui gardent chaque quota entre son min et son max. Renvoie l'identifiant tiré.
    """
    _verifier_graine(graine)
    candidats = candidats_remplacement(vivier, panel, parti, quotas)
    possibles = candidats["meme_profil"] or candidats["autres"]
    if not possibles:
        raise ErreurTirage("Aucun·e volontaire restant·e ne permet de respecter tous les quotas : "
                           "il faut élargir une borne (et le dire publiquement) ou rappeler le vivier.")
    return random.Random(graine).choice(possibles)


# --- Tirage vérifiable ----------------------------------------------------------------------

def graine_depuis_valeur_publique(valeur: str) -> int:
    """La graine tirée d'une valeur publique future (les numéros d'un tirage de loterie, le
    cours de clôture d'un indice…) : l'empreinte SHA-256 du texte, réduite à un entier non nul.
    Annoncez le texte exact attendu avant qu'il soit connu ; n'importe qui refait le calcul."""
    if not isinstance(valeur, str) or not valeur.strip():
        raise ErreurTirage("La valeur publique doit être un texte non vide (par exemple les numéros d'un tirage).")
    entier = int(hashlib.sha256(valeur.strip().encode("utf-8")).hexdigest(), 16) % (2**31 - 1)
    return entier or 1


def empreinte(tableau: pd.DataFrame) -> str:
    """Empreinte SHA-256 d'un tableau (son texte CSV) : publiée, elle prouve qu'on n'a pas changé le fichier."""
    return hashlib.sha256(tableau.to_csv(index=False, lineterminator="\n").encode("utf-8")).hexdigest()


def empreinte_code() -> str:
    """Empreinte du code qui tire : ce module **tel qu'il a été chargé** dans ce processus (son
    texte est lu à l'import : un fichier modifié ensuite sur le disque ne change pas l'empreinte
    du code qui tourne), la version de ``sortition-algorithms`` et le texte de ses fichiers Python
    (une copie modifiée du paquet change l'empreinte même à version égale)."""
    return _EMPREINTE_CODE


def _empreinte_du_code_charge() -> str:
    from importlib.metadata import version
    from importlib.util import find_spec

    empreinte_sha = hashlib.sha256(_TEXTE_DU_MODULE)
    empreinte_sha.update(f"sortition-algorithms=={version('sortition-algorithms')}".encode())
    dossier = Path(find_spec("sortition_algorithms").origin).parent
    for fichier in sorted(dossier.rglob("*.py")):
        empreinte_sha.update(fichier.relative_to(dossier).as_posix().encode() + b"\0" + fichier.read_bytes())
    return empreinte_sha.hexdigest()


def tirage_verifiable(vivier: pd.DataFrame, quotas: pd.DataFrame, taille: int, valeur_publique: str,
                      methode: str = "maximin") -> tuple[Tirage, dict]:
    """Tire le panel avec la graine issue de ``valeur_publique`` et renvoie le tirage et son
    journal, à publier : valeur publique, graine, méthode, taille, empreintes du vivier (colonnes
    du tirage seulement), des quotas et du code, versions du paquet et de Python, hachage fixé,
    panel. Le calcul se fait dans un processus au hachage fixé (voir ``HACHAGE_FIXE``)."""
    from importlib.metadata import version

    graine = graine_depuis_valeur_publique(valeur_publique)
    criteres = _verifier_quotas(quotas, taille)
    if methode == "legacy":
        tirage = _au_hachage_fixe(_tirer_ici, _personnes(vivier, criteres), quotas, criteres, taille, methode, graine)
    else:
        tirage = tirer(vivier, quotas, taille, methode=methode, graine=graine)
    if tirage.hachage != HACHAGE_FIXE:
        raise ErreurTirage("Le tirage n'a pas pu se faire dans un processus au hachage fixé (PYTHONHASHSEED) : "
                           "il ne serait pas rejouable ailleurs. Lancez-le sur une machine qui permet un second processus.")
    journal = {
        "valeur_publique": valeur_publique.strip(), "graine": graine, "methode": methode, "taille": taille,
        "empreinte_vivier": empreinte(_personnes(vivier, criteres)), "empreinte_quotas": empreinte(quotas),
        "empreinte_code": tirage.code, "sortition_algorithms": version("sortition-algorithms"),
        "python": platform.python_version(), "PYTHONHASHSEED": tirage.hachage, "panel": tirage.panel,
    }
    return tirage, journal


# Le paquet range les panels et les personnes dans des ensembles (set, frozenset) : leur ordre
# dépend du hachage des chaînes, tiré au hasard à chaque lancement de Python. Avec la même graine,
# deux processus peuvent donc calculer deux loteries différentes (mesuré : 50 panels contre 49,
# deux panels tirés sans personne en commun). Le tirage vérifiable se fait donc dans un processus
# dont le hachage est fixé (PYTHONHASHSEED), noté dans le journal.
HACHAGE_FIXE = "0"


def _au_hachage_fixe(fonction, *arguments):
    """Exécute ``fonction(*arguments)`` dans un processus dont PYTHONHASHSEED vaut ``HACHAGE_FIXE``
    (ce processus-ci s'il l'est déjà, sinon un processus de calcul lancé une fois puis gardé).
    Si la machine n'en permet pas, le calcul se fait ici, et ``Tirage.hachage`` le dit."""
    import os

    if os.environ.get("PYTHONHASHSEED") == HACHAGE_FIXE:
        return fonction(*arguments)
    executeur = _executeur_hachage_fixe()
    if executeur is None:
        return fonction(*arguments)
    return executeur.submit(fonction, *arguments).result(timeout=900)


_PROCESSUS: dict = {}


def _executeur_hachage_fixe():
    from concurrent.futures.process import BrokenProcessPool

    executeur = _PROCESSUS.get("executeur")
    if executeur is not None:
        try:
            executeur.submit(int, 0).result(timeout=120)  # le processus de calcul répond-il encore ?
            return executeur
        except (BrokenProcessPool, RuntimeError, OSError):
            _PROCESSUS.pop("executeur", None)
    executeur = _nouvel_executeur()
    if executeur is not None:
        _PROCESSUS["executeur"] = executeur
    return executeur


@contextlib.contextmanager
def _environnement_hachage_fixe():
    """Les processus lancés dans ce bloc démarrent avec PYTHONHASHSEED = HACHAGE_FIXE."""
    import os

    ancien = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = HACHAGE_FIXE
    try:
        yield
    finally:
        if ancien is None:
            del os.environ["PYTHONHASHSEED"]
        else:
            os.environ["PYTHONHASHSEED"] = ancien


def _nouvel_executeur():
    from .processus import second_processus

    try:
        with _environnement_hachage_fixe():
            executeur = second_processus()
            executeur.submit(int, 0).result(timeout=120)  # le processus démarre ici, avec ce hachage
        return executeur
    except (OSError, RuntimeError):
        return None


def rejouer(journal: dict, vivier: pd.DataFrame, quotas: pd.DataFrame) -> list[str]:
    """Refait le tirage décrit par ``journal`` et renvoie le panel obtenu, après avoir vérifié
    que le vivier, les quotas et le code sont bien ceux du journal (sinon une erreur dit lequel)."""
    manquantes = [c for c in ("valeur_publique", "methode", "taille", "empreinte_vivier", "empreinte_quotas",
                              "empreinte_code") if c not in journal]
    if manquantes:
        raise ErreurTirage(f"Le journal ne contient pas : {', '.join(manquantes)}.")
    criteres = _verifier_quotas(quotas, journal["taille"])
    if empreinte(_personnes(vivier, criteres)) != journal["empreinte_vivier"]:
        raise ErreurTirage("Le vivier n'est pas celui du journal (empreinte différente) : le tirage ne peut pas être rejoué.")
    if empreinte(quotas) != journal["empreinte_quotas"]:
        raise ErreurTirage("Les quotas ne sont pas ceux du journal (empreinte différente).")
    code = _au_hachage_fixe(empreinte_code)
    if code != journal["empreinte_code"]:
        raise ErreurTirage("Le code n'est pas celui du journal (empreinte différente) : installez la même version "
                           "de civiclabs et de sortition-algorithms.")
    return tirage_verifiable(vivier, quotas, journal["taille"], journal["valeur_publique"], journal["methode"])[0].panel


def journal_json(journal: dict) -> str:
    """Le journal en JSON lisible, prêt à publier."""
    return json.dumps(journal, ensure_ascii=False, indent=2)


# --- Outils internes ------------------------------------------------------------------------

def _en_texte(colonne: pd.Series) -> np.ndarray:
    if colonne.dtype == bool:
        return np.where(colonne.to_numpy(), "oui", "non")
    return colonne.astype(str).to_numpy()


def _texte(valeur) -> str:
    if isinstance(valeur, bool | np.bool_):
        return "oui" if valeur else "non"
    return str(valeur)


def _exiger_colonnes(tableau, colonnes, nom) -> None:
    if not isinstance(tableau, pd.DataFrame):
        raise ErreurTirage(f"« {nom} » doit être un tableau pandas (DataFrame), pas {type(tableau).__name__}.")
    manquantes = [c for c in colonnes if c not in tableau.columns]
    if manquantes:
        raise ErreurTirage(f"Colonne(s) manquante(s) dans « {nom} » : {', '.join(manquantes)}.")


def _verifier_taille(taille) -> None:
    if isinstance(taille, bool) or not isinstance(taille, int | np.integer) or taille < 1:
        raise ErreurTirage(f"La taille du panel doit être un nombre entier positif (reçu : {taille!r}).")


def _verifier_graine(graine) -> None:
    if isinstance(graine, bool) or not isinstance(graine, int | np.integer):
        raise ErreurTirage(f"La graine doit être un nombre entier (reçu : {graine!r}).")
    if graine == 0:
        raise ErreurTirage("La graine 0 dit au paquet de tirer avec le module « secrets » : le tirage ne "
                           "pourrait pas être rejoué. Choisissez un entier non nul, fixé d'avance.")


def _verifier_quotas(quotas, taille=None) -> list[str]:
    _exiger_colonnes(quotas, COLONNES_QUOTAS, "quotas")
    if (quotas["min"] > quotas["max"]).any():
        ligne = quotas[quotas["min"] > quotas["max"]].iloc[0]
        raise ErreurTirage(f"Quota impossible pour {ligne['critere']} = {ligne['valeur']} : "
                           f"min {ligne['min']} plus grand que max {ligne['max']}.")
    criteres = list(dict.fromkeys(quotas["critere"]))
    if taille is not None:
        for critere in criteres:
            q = quotas[quotas["critere"] == critere]
            if q["min"].sum() > taille or q["max"].sum() < taille:
                raise ErreurTirage(f"Les quotas du critère « {critere} » ne permettent pas un panel de {taille} "
                                   f"personnes (somme des min : {q['min'].sum()}, somme des max : {q['max'].sum()}).")
    return criteres


def _personnes(vivier, criteres) -> pd.DataFrame:
    """Le fichier des personnes : identifiant et critères, en texte, sans aucune autre colonne."""
    _exiger_colonnes(vivier, [COLONNE_ID, *criteres], "vivier")
    personnes = vivier[[COLONNE_ID, *criteres]].copy()
    for c in personnes.columns:
        personnes[c] = personnes[c].map(_texte)
    doublons = personnes[COLONNE_ID][personnes[COLONNE_ID].duplicated()]
    if len(doublons):
        raise ErreurTirage(f"Identifiant en double dans le vivier : « {doublons.iloc[0]} » "
                           f"({len(doublons)} doublon(s)). Chaque volontaire doit avoir un identifiant unique.")
    return personnes.reset_index(drop=True)


def _objets_du_paquet(personnes, quotas, criteres, taille):
    import sortition_algorithms as sa

    corps = [{"feature": r.critere, "value": str(r.valeur), "min": str(int(r.min)), "max": str(int(r.max))}
             for r in quotas.itertuples(index=False)]
    reglages = sa.Settings(id_column=COLONNE_ID, columns_to_keep=[], random_number_seed=1)
    with _silence():
        try:
            features, _, _ = sa.read_in_features(["feature", "value", "min", "max"], corps, taille)
            people, _ = sa.read_in_people([COLONNE_ID, *criteres], personnes.to_dict("records"), features, reglages)
        except Exception as erreur:
            raise _traduire(erreur) from erreur
    return features, people


def _traduire(erreur: Exception) -> ErreurTirage:
    nom = type(erreur).__name__
    if "Infeasible" in nom:
        return ErreurTirage("Aucun panel ne respecte tous ces quotas à la fois avec ce vivier : élargissez "
                            f"une borne ou changez la taille du panel. (Message du paquet : {erreur})")
    return ErreurTirage(f"Le paquet sortition-algorithms a refusé le tirage ({nom}) : {erreur}")


@contextlib.contextmanager
def _silence():
    """Garde pour soi ce que le paquet imprime (une ligne par essai de legacy, journaux du solveur)."""
    tampon = io.StringIO()
    gestionnaire = logging.StreamHandler(tampon)
    journaux = [logging.getLogger(n) for n in ("sortition_algorithms", "sortition_algorithms_user")]
    anciens = [(j.handlers[:], j.propagate) for j in journaux]
    for j in journaux:
        j.handlers = [gestionnaire]
        j.propagate = False
    # Le solveur HiGHS écrit directement sur les descripteurs 1 et 2 (sous Jupyter, ipykernel
    # les renvoie dans la cellule) : on les détourne aussi vers un fichier temporaire.
    import os
    import sys
    import tempfile

    sys.stdout.flush()
    sys.stderr.flush()
    copies = [os.dup(1), os.dup(2)]
    with tempfile.TemporaryFile(mode="w+b") as brut:
        os.dup2(brut.fileno(), 1)
        os.dup2(brut.fileno(), 2)
        try:
            with contextlib.redirect_stdout(tampon), contextlib.redirect_stderr(tampon):
                yield tampon
        finally:
            os.dup2(copies[0], 1)
            os.dup2(copies[1], 2)
            for c in copies:
                os.close(c)
            brut.seek(0)
            tampon.write(brut.read().decode("utf-8", errors="replace"))
            for j, (handlers, propagate) in zip(journaux, anciens):
                j.handlers = handlers
                j.propagate = propagate


# Le texte de ce module, lu une fois à l'import : l'empreinte du code décrit le code qui tourne.
_TEXTE_DU_MODULE = Path(__file__).read_bytes()
_EMPREINTE_CODE = _empreinte_du_code_charge()
