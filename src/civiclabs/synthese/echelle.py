"""Passage à l'échelle : la chaîne sur un grand nombre de contributions générées, calculée
dans un second processus pendant que le notebook continue."""

from __future__ import annotations

import numpy as np

from .chaine import synthetiser_consultation
from .vigilance import SUJETS_DE_VIGILANCE


def _generer_et_synthetiser(n: int, graine: int, population) -> tuple:
    """Génère ``n`` contributions et les synthétise (pour ``lancer_passage_a_l_echelle``)."""
    import time

    from threadpoolctl import threadpool_limits

    from ..corpus import generer_consultation

    with threadpool_limits(1, user_api="blas"):
        grande = generer_consultation(n=n, graine=graine)
        debut = time.perf_counter()
        resultat = synthetiser_consultation(grande, population=population, graine=graine,
                                            vigilance=SUJETS_DE_VIGILANCE)
        return grande, resultat, time.perf_counter() - debut


class PassageALEchelle:
    """Un calcul de ``synthetiser_consultation`` sur ``n`` contributions générées, lancé dans
    un second processus (l'autre cœur de la machine) pendant que le notebook continue.
    ``resultat()`` attend la fin et renvoie (contributions, résultat de la chaîne, durée de
    la chaîne en secondes). Si ``n`` ou ``graine`` ont changé depuis le lancement, ou si la
    machine ne permet pas de lancer un second processus, le calcul est fait ici, au premier
    plan. Une erreur pendant le calcul est signalée telle quelle."""

    def __init__(self, n: int, graine: int, population=None, arriere_plan: bool = True):
        self.n, self.graine, self.population = int(n), int(graine), population
        self._futur = self._executeur = None
        if arriere_plan:
            from ..processus import second_processus

            try:
                self._executeur = second_processus()
            except (OSError, RuntimeError):  # pas de second processus possible ici
                self._executeur = None
            if self._executeur is not None:
                self._futur = self._executeur.submit(_generer_et_synthetiser, self.n, self.graine, population)
                self._executeur.shutdown(wait=False)  # le second processus s'arrêtera dès le calcul fini

    def resultat(self, n: int | None = None, graine: int | None = None) -> tuple:
        memes = (n is None or int(n) == self.n) and (graine is None or int(graine) == self.graine)
        if self._futur is not None:
            try:
                if memes:
                    return self._futur.result(timeout=600)
            finally:
                self._executeur.shutdown(wait=True, cancel_futures=True)  # libère le second processus
                self._futur = None
        return _generer_et_synthetiser(self.n if n is None else int(n),
                                       self.graine if graine is None else int(graine), self.population)


def lancer_passage_a_l_echelle(n: int, graine: int = 0, population=None,
                               arriere_plan: bool = True) -> PassageALEchelle:
    """Lance, dans un second processus, la génération de ``n`` contributions et leur synthèse
    (``synthetiser_consultation``) ; le résultat se récupère plus tard avec ``.resultat()``.
    Sur une machine à deux cœurs, le notebook continue pendant ce temps sur l'autre cœur."""
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 100:
        raise ValueError(f"n doit être un nombre entier d'au moins 100 (reçu : {n!r}).")
    return PassageALEchelle(n, graine, population, arriere_plan)
