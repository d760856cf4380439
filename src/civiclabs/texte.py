"""Outils de texte pour le français."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = [
    "mots_vides", "sans_accents", "decouper_mots", "compter_mots", "format_nombre",
    "format_pourcentage",
]

_MOT = re.compile(r"[\w'’-]+", re.UNICODE)


def mots_vides() -> list[str]:
    """Liste des mots vides français (« le », « de », « et »…) fournie par spaCy.

    La liste intégrée à scikit-learn est anglaise : pour du français, passez celle-ci
    à ``TfidfVectorizer(stop_words=mots_vides())``.
    """
    return sorted(_mots_vides_de_spacy())


@lru_cache(maxsize=1)
def _mots_vides_de_spacy() -> frozenset[str]:
    # On charge le seul fichier spacy/lang/fr/stop_words.py : importer tout spaCy coûte
    # environ 3 s, un tiers du budget d'un lab. La liste reste celle de spaCy (testé).
    paquet = importlib.util.find_spec("spacy")
    fichier = Path(paquet.origin).parent / "lang" / "fr" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("_civiclabs_mots_vides_fr", fichier)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def sans_accents(texte: str) -> str:
    """« Élève à Noël » → « Eleve a Noel »."""
    decompose = unicodedata.normalize("NFKD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c))


def decouper_mots(texte: str) -> list[str]:
    """Découpe un texte en mots (les apostrophes et traits d'union restent dans le mot)."""
    if not isinstance(texte, str):
        raise TypeError(f"decouper_mots attend un texte (str), pas {type(texte).__name__}.")
    return _MOT.findall(texte)


def compter_mots(texte: str) -> int:
    """Nombre de mots d'un texte."""
    return len(decouper_mots(texte))


ESPACE_FINE = "\u202f"  # espace fine insécable, avant « % » en typographie française


def format_nombre(nombre: float, decimales: int = 1, garder_zeros: bool = False) -> str:
    """Écrit un nombre à la française : virgule décimale, espace entre les milliers.

    ``format_nombre(1234.5)`` → « 1 234,5 » ; ``format_nombre(28.0)`` → « 28 ».
    Avec ``garder_zeros=True``, toutes les décimales restent, pour comparer des scores
    côte à côte : ``format_nombre(0.9, 2, garder_zeros=True)`` → « 0,90 ».
    """
    texte = f"{nombre:,.{decimales}f}".replace(",", ESPACE_FINE).replace(".", ",")
    if "," in texte and not garder_zeros:
        texte = texte.rstrip("0").rstrip(",")
    return texte


def format_pourcentage(part: float, decimales: int = 0) -> str:
    """Écrit une part (entre 0 et 1) en pourcentage à la française : 0.153 → « 15 % »."""
    return f"{format_nombre(100 * part, decimales)}{ESPACE_FINE}%"
