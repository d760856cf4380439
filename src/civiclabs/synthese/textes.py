"""Les textes tels que la machine les lit : normalisation (minuscules, sans accents ni
ponctuation) et TF-IDF des mots, mots vides français retirés. Sert aux copies, aux
campagnes, aux thèmes et aux sujets de vigilance."""

from __future__ import annotations

import re
from functools import lru_cache, partial

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from ..texte import mots_vides, sans_accents

_PAS_UNE_LETTRE = re.compile(r"[^0-9a-z+]+")


def normaliser(texte: str) -> str:
    """« D'accord !! » → « d accord » : minuscules, sans accents ni ponctuation."""
    return _PAS_UNE_LETTRE.sub(" ", str(texte).translate(_table_de_normalisation())).strip()


@lru_cache(maxsize=1)
def _table_de_normalisation() -> dict[int, str]:
    """Table de str.translate : chaque caractère latin vers sa minuscule sans accent
    (« É » → « e », « œ » → « oe »), la ponctuation vers une espace."""
    table = {}
    for code in range(0x250):
        caractere = chr(code)
        simple = sans_accents(caractere.lower()).replace("œ", "oe").replace("æ", "ae")
        if simple != caractere:
            table[code] = simple if _PAS_UNE_LETTRE.fullmatch(simple) is None else " "
    for caractere in "’‘«»“”…–—":
        table[ord(caractere)] = " "
    return table


_PAS_UNE_LETTRE_NI_UN_ACCENT = re.compile("[^0-9a-z+\u0300-\u036f]+")
_CACHE_NORMALISES: dict = {}
TAILLE_CACHE = 20_000  # au-delà, pas de cache : la mémoire compte plus que le temps


def _empreinte(textes: pd.Series) -> tuple:
    """Empreinte du contenu d'une colonne de textes (pour les petits caches du module)."""
    valeurs = pd.util.hash_pandas_object(textes, index=False).to_numpy()
    return (len(valeurs), int(valeurs.sum(dtype=np.uint64)), int((valeurs[::7] * np.uint64(31)).sum(dtype=np.uint64)))


def _normaliser_tout(textes: pd.Series) -> pd.Series:
    """``normaliser`` appliqué à une colonne, par des passes vectorisées de pandas (même
    résultat que ``normaliser`` texte par texte, bien plus rapide) : minuscules, « œ » → « oe »,
    décomposition des lettres accentuées, toute autre chose qu'une lettre ou un chiffre
    → espace, puis les accents détachés retirés. Les colonnes déjà normalisées sont gardées
    en mémoire (les mêmes 6 000 textes passent par plusieurs étapes du lab)."""
    if not len(textes):
        return textes.astype(str)
    cle = _empreinte(textes) if len(textes) <= TAILLE_CACHE else None
    if cle is not None and cle in _CACHE_NORMALISES:
        resultat = _CACHE_NORMALISES[cle].copy()
        resultat.index = textes.index
        return resultat
    t = textes.str.lower().str.replace("œ", "oe", regex=False).str.replace("æ", "ae", regex=False)
    t = t.str.normalize("NFKD").str.replace(_PAS_UNE_LETTRE_NI_UN_ACCENT, " ", regex=True)
    t = t.str.encode("ascii", "ignore").str.decode("ascii").str.strip().astype(textes.dtype)
    if cle is None:
        return t
    if len(_CACHE_NORMALISES) >= 4:
        _CACHE_NORMALISES.pop(next(iter(_CACHE_NORMALISES)))
    _CACHE_NORMALISES[cle] = t
    return t.copy()


def _nb_mots(textes: pd.Series) -> np.ndarray:
    """Nombre de mots (suites de caractères sans espace) de chaque texte."""
    return np.fromiter((len(t.split()) for t in textes.tolist()), dtype=np.int64, count=len(textes))


@lru_cache(maxsize=1)
def _mots_vides_sans_accents() -> tuple[str, ...]:
    # Les mots vides de spaCy, passés par le même découpage que les textes (sans accents,
    # « qu'il » → « qu », « il ») : scikit-learn n'a alors rien à signaler.
    mots = set()
    for mot in mots_vides():
        mots.update(re.findall(r"(?u)\b\w\w+\b", sans_accents(mot.lower())))
    return tuple(sorted(mots))


def _analyser(texte: str, vides: frozenset) -> list[str]:
    """Les mots d'un texte **déjà normalisé** (lettres et chiffres sans accents, « + »,
    espaces) : les mêmes que le motif par défaut de scikit-learn (2 caractères au moins,
    « + » séparant les mots), mots vides retirés, mais par un simple découpage (plus rapide)."""
    return [m for m in texte.replace("+", " ").split() if len(m) > 1 and m not in vides]


def _vectoriseur(max_df: float = 1.0, min_df=2) -> TfidfVectorizer:
    """TF-IDF des mots, à appliquer à des textes déjà normalisés (``_normaliser_tout`` :
    minuscules, sans accents), ce qui est bien plus rapide que de laisser scikit-learn
    retirer les accents et découper les textes un par un."""
    return TfidfVectorizer(
        analyzer=partial(_analyser, vides=frozenset(_mots_vides_sans_accents())), sublinear_tf=True,
        min_df=min_df, max_df=max_df, dtype=np.float32,
    )


# --- Textes vides, HTML, accords courts --------------------------------------------------

_BALISE = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6])\s*/?\s*>", re.IGNORECASE)
_TOUTE_BALISE = re.compile(r"<[^<>]{0,2000}>")
_SCRIPT = re.compile(r"<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)


def nettoyer_html(textes: pd.Series) -> pd.Series:
    """Textes venus d'une plateforme en HTML (« <p>Plus de bus&nbsp;!</p> ») rendus en texte
    simple : scripts et styles retirés, fins de paragraphe et ``<br>`` changés en retours à la
    ligne, autres balises retirées, entités décodées (« &amp; » → « & »). Une colonne sans
    « < » ni « & » est rendue telle quelle (rien à faire)."""
    import html

    textes = textes.fillna("").astype(str)
    a_nettoyer = textes.str.contains("[<&]", regex=True).to_numpy(dtype=bool)
    if not a_nettoyer.any():
        return textes
    propres = textes.copy()
    sales = textes[a_nettoyer].str.replace(_SCRIPT, " ", regex=True)
    sales = sales.str.replace(_BALISE, "\n", regex=True).str.replace(_TOUTE_BALISE, " ", regex=True)
    propres[a_nettoyer] = sales.map(html.unescape).str.replace("\xa0", " ", regex=False).str.strip()
    return propres


_UNE_LETTRE = re.compile("[0-9a-z]")


def _lisibles(normalises: pd.Series) -> np.ndarray:
    """Vrai pour un texte qui contient au moins une lettre ou un chiffre (après normalisation) :
    un texte vide, fait d'espaces, d'émojis ou de ponctuation n'est pas lisible."""
    if not len(normalises):
        return np.zeros(0, dtype=bool)
    return normalises.str.contains(_UNE_LETTRE).to_numpy(dtype=bool)


# Les mots d'un accord court (« +1 », « Idem. », « Tout à fait d'accord avec vous ») : un
# texte court fait de ces mots et de mots vides n'ajoute pas d'idée, il en approuve une.
MOTS_D_ACCORD = frozenset(normaliser(m) for m in (
    "accord", "d'accord", "daccord", "ok", "okay", "oui", "idem", "pareil", "pareillement", "plussoie",
    "plussoyer", "valide", "approuve", "soutiens", "soutien", "appuie", "plébiscite", "salue", "partage", "rejoins", "exactement",
    "entièrement", "complètement", "totalement", "absolument", "parfaitement", "bravo", "dit", "vs", "avc", "jsuis",
    "bien", "avis", "même", "chose", "contribution", "commentaire", "proposition", "précédente",
    "précède", "ci-dessus", "dessus", "tout", "fait", "voilà", "top", "super", "génial", "excellent",
    "100", "cent", "pour", "également", "aussi", "moi", "vous", "cette", "cet", "ce", "avec",
))
_PLUS_UN = re.compile(r"\+\d*")
MOTS_MAX_ACCORD = 8


def _accords_courts(normalises: pd.Series) -> np.ndarray:
    """Vrai pour un **accord court** : au plus ``MOTS_MAX_ACCORD`` mots, dont au moins un mot
    d'accord (``MOTS_D_ACCORD``, ou « +1 »), et tous les autres mots d'accord ou vides, sauf
    au plus un mot inconnu (une faute de frappe : « Enièrement d'accord »)."""
    resultat = np.zeros(len(normalises), dtype=bool)
    courts = np.flatnonzero(normalises.str.count(" ").to_numpy() < MOTS_MAX_ACCORD)
    vides = frozenset(_mots_vides_sans_accents())
    for position, texte in zip(courts, normalises.iloc[courts].tolist()):
        mots = texte.split()
        if not mots:
            continue
        accord = sum(m in MOTS_D_ACCORD or _PLUS_UN.fullmatch(m) is not None for m in mots)
        inconnus = sum(not (m in MOTS_D_ACCORD or m in vides or _PLUS_UN.fullmatch(m)) and len(m) > 1 for m in mots)
        fort = any(m not in {"pour", "tout", "fait", "bien", "ce", "cet", "cette", "avec", "moi", "vous", "aussi",
                             "avis", "chose", "contribution", "commentaire", "proposition"} and
                   (m in MOTS_D_ACCORD or _PLUS_UN.fullmatch(m)) for m in mots)
        resultat[position] = accord >= 1 and fort and inconnus <= (1 if len(mots) >= 3 else 0)
    return resultat
