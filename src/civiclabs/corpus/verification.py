"""Vérification des arguments des fonctions publiques de génération."""

from __future__ import annotations

import numbers

N_MIN = 1_000
N_MAX = 1_000_000


def verifier_arguments(n, graine) -> None:
    """Lève TypeError ou ValueError, avec un message en français, si n ou graine ne conviennent pas."""
    if isinstance(n, bool) or not isinstance(n, numbers.Integral):
        raise TypeError(f"n doit être un nombre entier (par exemple 5000), pas {type(n).__name__} : {n!r}.")
    if not N_MIN <= n <= N_MAX:
        raise ValueError(f"n doit être compris entre {N_MIN:_} et {N_MAX:_} (reçu : {n:_}).".replace("_", " "))
    verifier_graine(graine)


def verifier_graine(graine) -> None:
    if isinstance(graine, bool) or not isinstance(graine, numbers.Integral):
        raise TypeError(f"graine doit être un nombre entier (par exemple 42), pas {type(graine).__name__} : {graine!r}.")
    if graine < 0:
        raise ValueError(f"graine doit être un entier positif ou nul (reçu : {graine}).")
