"""Outils de texte pour le français."""

from __future__ import annotations

import decimal
import importlib.util
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = [
    "mots_vides", "sans_accents", "decouper_mots", "compter_mots", "format_nombre",
    "format_pourcentage", "accorder", "de_cite",
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
    """« Élève à Noël » → « Eleve a Noel » : accents retirés, casse gardée.

    Décomposition NFKD : les caractères de compatibilité sont aussi dépliés (« ﬁ » → « fi »,
    « ² » → « 2 », « … » → « ... »). C'est la seule version du paquet : le générateur de
    corpus s'en sert aussi (sur des mots, où elle donne le même résultat que NFD)."""
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


ESPACE_FINE = "\u202f"  # espace fine insécable : entre les milliers, et avant « % »
LOCALE = "fr_FR"


# Les nombres sont écrits par Babel (données CLDR de la locale fr_FR) : virgule décimale,
# espace fine insécable entre les milliers. Un seul écart avec le CLDR, voulu : CLDR met une
# espace insécable ordinaire (U+00A0) avant « % » ; le cours met l'espace fine (U+202F),
# comme entre les milliers. D'où nos propres motifs, au lieu de ceux de la locale.
@lru_cache(maxsize=64)
def _motif(decimales: int, garder_zeros: bool, pourcentage: bool):
    """Motif de nombre CLDR pour Babel : « #,##0.## » (au plus 2 décimales), « #,##0.00 »
    (toujours 2), suivi de « U+202F % » pour un pourcentage."""
    from babel.numbers import parse_pattern

    if decimales < 0:
        raise ValueError(f"Le nombre de décimales ne peut pas être négatif (reçu : {decimales}).")
    motif = "#,##0" + ("." + ("0" if garder_zeros else "#") * decimales if decimales else "")
    return parse_pattern(motif + (ESPACE_FINE + "%" if pourcentage else ""))


def _ecrire(valeur, decimales: int, garder_zeros: bool, pourcentage: bool = False) -> str:
    if not isinstance(valeur, decimal.Decimal):
        valeur = float(valeur)
        if not math.isfinite(valeur):
            return str(valeur) + (ESPACE_FINE + "%" if pourcentage else "")  # « inf », « nan »
        valeur = decimal.Decimal(valeur)  # la valeur exacte du flottant, arrondie une seule fois
    # Arrondi au plus proche, à égalité vers le chiffre pair (comme le format « f » de
    # Python) ; précision assez grande pour ne jamais arrondir deux fois.
    with decimal.localcontext(prec=800, rounding=decimal.ROUND_HALF_EVEN):
        if pourcentage:
            # Babel multiplie par 100 les motifs en « % » ; la multiplication a déjà été faite
            # (en flottant, comme avant Babel : mêmes arrondis), on la défait exactement.
            valeur = valeur.scaleb(-2)
        return _motif(int(decimales), bool(garder_zeros), pourcentage).apply(valeur, LOCALE)


def format_nombre(nombre: float, decimales: int = 1, garder_zeros: bool = False) -> str:
    """Écrit un nombre à la française : virgule décimale, espace fine entre les milliers.

    ``format_nombre(1234.5)`` → « 1 234,5 » ; ``format_nombre(28.0)`` → « 28 ».
    Avec ``garder_zeros=True``, toutes les décimales restent, pour comparer des scores
    côte à côte : ``format_nombre(0.9, 2, garder_zeros=True)`` → « 0,90 ».
    """
    return _ecrire(nombre, decimales, garder_zeros)


def format_pourcentage(part: float, decimales: int = 0) -> str:
    """Écrit une part (entre 0 et 1) en pourcentage à la française : 0.153 → « 15 % »."""
    return _ecrire(100 * part, decimales, garder_zeros=False, pourcentage=True)


def accorder(nombre: float, singulier: str, pluriel: str | None = None) -> str:
    """Le nombre écrit à la française suivi du mot accordé : singulier en dessous de 2
    (règle française : « 0 courrier », « 1 courrier », « 1,5 mot »), pluriel à partir de 2.

    ``accorder(12, "courrier")`` → « 12 courriers » ; ``accorder(1, "ligne")`` → « 1 ligne ».
    ``pluriel`` pour un pluriel irrégulier (« travail », « travaux »)."""
    forme = singulier if abs(nombre) < 2 else (pluriel or singulier + "s")
    return f"{format_nombre(nombre)} {forme}"


def de_cite(nom: str) -> str:
    """« de » suivi d'un nom cité entre guillemets, élidé devant une voyelle :
    ``de_cite("Éclairage public")`` → « d'« Éclairage public » » ;
    ``de_cite("Propreté et déchets")`` → « de « Propreté et déchets » ». Pas d'élision devant
    un « h » (« de « Hors compétence / autre » » : h aspiré)."""
    initiale = sans_accents(str(nom).lstrip()[:1]).lower()
    elision = bool(initiale) and initiale in "aeiouy"
    return ("d'" if elision else "de ") + f"« {nom} »"
