"""Modèle de bruit : fautes de frappe, accents manquants, abréviations, registre.

Le bruit est appliqué une fois pour toutes à chaque fragment écrit à la main :
on précalcule plusieurs *versions* de chaque fragment (propre, quelques fautes,
nombreuses fautes, familier, français non natif). La génération choisit ensuite,
pour chaque ligne et chaque fragment, une version au hasard, ce qui reste
vectorisé et rapide même pour un million de lignes.

Les marqueurs entre accolades ({rue}, {e}…) ne sont jamais modifiés.
"""

from __future__ import annotations

import re

import numpy as np

from ..texte import sans_accents

# Indices des versions précalculées.
PROPRE = 0
LEGERES = (1, 2, 3, 4, 5)
LOURDES = (6, 7, 8, 9, 10)
FAMILIER_PROPRE = 11
FAMILIER_FAUTES = 12
NON_NATIF_LEGER = 13
NON_NATIF_LOURD = 14
NB_VERSIONS = 15

_JETON = re.compile(r"(\{[A-Za-z_0-9]+\}|\w+|[^\w\s]|\s+)")

ABREVIATIONS = [
    (r"\bs'il vous plaît\b", "svp"),
    (r"\bs'il te plaît\b", "stp"),
    (r"\brendez-vous\b", "rdv"),
    (r"\bbeaucoup\b", "bcp"),
    (r"\bquelque chose\b", "qqch"),
    (r"\baujourd'hui\b", "auj"),
    (r"\bparce que\b", "pcq"),
    (r"\bpourquoi\b", "pq"),
    (r"\btoujours\b", "tjrs"),
    (r"\bquelqu'un\b", "qqn"),
    (r"\bproblème\b", "pb"),
    (r"\bproblèmes\b", "pbs"),
    (r"\btéléphone\b", "tél"),
    (r"\bvous\b", "vs"),
    (r"\bavec\b", "avc"),
    (r"\bdans\b", "ds"),
    (r"\bmerci\b", "mci"),
    (r"\bBonjour\b", "Bjr"),
    (r"\bmaintenant\b", "mtn"),
    (r"\bweek-end\b", "we"),
    (r"\bnuméro\b", "n°"),
    (r"\bpersonnes\b", "pers"),
    (r"\bpersonne\b", "pers"),
    (r"\bquand même\b", "qd même"),
    (r"\bquand\b", "qd"),
    (r"\bmême\b", "mm"),
    (r"\bJe suis\b", "Jsuis"),
    (r"\bje suis\b", "jsuis"),
    (r"\bdepuis\b", "dps"),
    (r"\bc'est-à-dire\b", "càd"),
    (r"\bpas\b", "pa"),
]

HOMOPHONES = [
    (r"\bà\b", "a"),
    (r"\ba\b", "à"),
    (r"\bet\b", "est"),
    (r"\best\b", "et"),
    (r"\bces\b", "ses"),
    (r"\bc'est\b", "sé"),
    (r"\bça\b", "sa"),
    (r"\bon\b", "ont"),
    (r"\bont\b", "on"),
    (r"\bpeut\b", "peu"),
    (r"\bleur\b", "leurs"),
    (r"\bquel\b", "quelle"),
    (r"(\w{3,})é\b", r"\1er"),
    (r"(\w{3,})er\b", r"\1é"),
    (r"(\w{3,})ez\b", r"\1er"),
    (r"(\w{3,})ait\b", r"\1ai"),
    (r"(\w{3,})ais\b", r"\1ait"),
]

FAMILIER = [
    (r"\bIl y a\b", "Y a"),
    (r"\bil y a\b", "y a"),
    (r"\bne (\w+) (pas|plus|jamais|rien)\b", r"\1 \2"),
    (r"\bn'(\w+) (pas|plus|jamais|rien)\b", r"\1 \2"),
    (r"\bcela\b", "ça"),
    (r"\bCela\b", "Ça"),
    (r"\bJe ne sais pas\b", "J'sais pas"),
    (r"\bje ne sais pas\b", "j'sais pas"),
    (r"\bvraiment\b", "grave"),
    (r"\bbeaucoup de\b", "plein de"),
    (r"\bvoiture\b", "caisse"),
    (r"\bvoitures\b", "caisses"),
    (r"\bpolice\b", "flics"),
    (r"\benfants\b", "gamins"),
    (r"\btrès\b", "trop"),
    (r"\bnous\b", "on"),
    (r"\bpersonnes\b", "gens"),
    (r"\bargent\b", "thunes"),
    (r"\bquelqu'un\b", "quelqu'un"),
]

NON_NATIF = [
    (r"\bne (\w+) (pas|plus|jamais|rien)\b", r"\1 \2"),
    (r"\bn'(\w+) (pas|plus|jamais|rien)\b", r"\1 \2"),
    (r"\bj'ai\b", "je ai"),
    (r"\bJ'ai\b", "Je ai"),
    (r"\bla\b", "le"),
    (r"\ble\b", "la"),
    (r"\bdu\b", "de le"),
    (r"\bdes\b", "les"),
    (r"\bsuis\b", "est"),
    (r"\bil y a\b", "il a"),
    (r"\bIl y a\b", "Il a"),
    (r"\bcommence\b", "commencer"),
    (r"\bfait\b", "faire"),
    (r"\bpeux\b", "pouvoir"),
    (r"\bveux\b", "vouloir"),
    (r"\bsont\b", "est"),
    (r"\bmes\b", "mon"),
    (r"\bleurs\b", "leur"),
    (r"\bque\b", "quoi"),
]

_VOISINS = {
    "a": "zqs", "z": "aes", "e": "zrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
    "i": "uok", "o": "ipl", "p": "olm", "q": "asw", "s": "qdz", "d": "sfe", "f": "dgr",
    "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "kmo", "m": "lp", "w": "xqs",
    "x": "wcs", "c": "xvd", "v": "cbf", "b": "vng", "n": "bmh",
}


def _faute_de_frappe(mot: str, rng: np.random.Generator) -> str:
    if len(mot) < 4:
        return mot
    i = int(rng.integers(1, len(mot) - 1))
    geste = rng.random()
    if geste < 0.3:  # lettre oubliée
        return mot[:i] + mot[i + 1:]
    if geste < 0.55:  # lettres inversées
        return mot[:i] + mot[i + 1] + mot[i] + mot[i + 2:]
    if geste < 0.75:  # lettre doublée
        return mot[:i] + mot[i] + mot[i:]
    voisins = _VOISINS.get(mot[i].lower())
    if not voisins:
        return mot[:i] + mot[i + 1:]
    return mot[:i] + voisins[int(rng.integers(len(voisins)))] + mot[i + 1:]


_MARQUEUR = re.compile(r"(\{[A-Za-z_0-9]+\})")


def _remplacements(texte: str, regles, proba: float, rng: np.random.Generator) -> str:
    for motif, remplacement in regles:
        if rng.random() < proba:
            morceaux = _MARQUEUR.split(texte)
            morceaux[::2] = [re.sub(motif, remplacement, m) for m in morceaux[::2]]
            texte = "".join(morceaux)
    return texte


def _mots(texte: str, p_accent: float, p_frappe: float, rng: np.random.Generator) -> str:
    morceaux = []
    for jeton in _JETON.findall(texte):
        if jeton.startswith("{") or not jeton[0].isalnum():
            morceaux.append(jeton)
            continue
        if rng.random() < p_accent:
            jeton = sans_accents(jeton)
        if rng.random() < p_frappe:
            jeton = _faute_de_frappe(jeton, rng)
        morceaux.append(jeton)
    return "".join(morceaux)


def _ponctuation(texte: str, p_point: float, p_minuscule: float, rng: np.random.Generator) -> str:
    if texte and rng.random() < p_point and texte[-1] in ".!":
        texte = texte[:-1]
    if texte and rng.random() < p_minuscule and not texte.startswith("{"):
        texte = texte[0].lower() + texte[1:]
    return texte


def legeres(texte: str, rng: np.random.Generator, frappe: float = 1.0) -> str:
    """Quelques fautes : accents parfois omis, rares fautes de frappe, abréviations courantes
    (`frappe` : multiplie le taux de fautes de frappe)."""
    texte = _remplacements(texte, ABREVIATIONS, 0.25, rng)
    texte = _mots(texte, 0.10, 0.03 * frappe, rng)
    return _ponctuation(texte, 0.25, 0.2, rng)


def lourdes(texte: str, rng: np.random.Generator, frappe: float = 1.0) -> str:
    """Nombreuses fautes : accents souvent absents, homophones, fautes de frappe, abréviations
    (`frappe` : multiplie le taux de fautes de frappe)."""
    texte = _remplacements(texte, ABREVIATIONS, 0.6, rng)
    texte = _remplacements(texte, HOMOPHONES, 0.35, rng)
    texte = _remplacements(texte, FAMILIER[:4], 0.5, rng)
    texte = _mots(texte, 0.6, 0.09 * frappe, rng)
    texte = texte.replace(" ,", ",").replace(" ;", "")
    if rng.random() < 0.4:
        morceaux = _MARQUEUR.split(texte)
        morceaux[::2] = [re.sub(r"\s*[,;:]\s*", " ", m) for m in morceaux[::2]]
        texte = "".join(morceaux)
    return _ponctuation(texte, 0.6, 0.6, rng)


def familier(texte: str, rng: np.random.Generator, fautes: bool, frappe: float = 1.0) -> str:
    """Registre familier : « y a », négation sans « ne », vocabulaire relâché."""
    texte = _remplacements(texte, FAMILIER, 0.8, rng)
    if fautes:
        return legeres(texte, rng, frappe)
    return texte


def non_natif(texte: str, rng: np.random.Generator, lourd: bool, frappe: float = 1.0) -> str:
    """Français non natif : articles et conjugaisons approximatifs, négation simplifiée."""
    texte = _remplacements(texte, NON_NATIF, 0.45, rng)
    return lourdes(texte, rng, frappe) if lourd else legeres(texte, rng, frappe)


def versions(texte: str, rng: np.random.Generator, frappe: float = 1.0) -> list[str]:
    """Les NB_VERSIONS versions d'un fragment, dans l'ordre des indices ci-dessus (`frappe` :
    multiplie le taux de fautes de frappe ; accents, homophones et abréviations ne changent pas)."""
    if not texte:
        return [""] * NB_VERSIONS
    sortie = [texte]
    sortie += [legeres(texte, rng, frappe) for _ in LEGERES]
    sortie += [lourdes(texte, rng, frappe) for _ in LOURDES]
    sortie.append(familier(texte, rng, fautes=False))
    sortie.append(familier(texte, rng, fautes=True, frappe=frappe))
    sortie.append(non_natif(texte, rng, lourd=False, frappe=frappe))
    sortie.append(non_natif(texte, rng, lourd=True, frappe=frappe))
    return sortie


def faute_par_ligne(textes: list[str], masque: np.ndarray, rng: np.random.Generator) -> list[str]:
    """Ajoute une faute de frappe dans un mot (5 lettres ou plus) de chaque texte où masque est vrai."""
    sortie = list(textes)
    for i in np.flatnonzero(masque):
        mots = sortie[i].split(" ")
        candidats = [j for j, m in enumerate(mots) if len(m) >= 5 and m.isalpha()]
        if candidats:
            j = candidats[int(rng.integers(len(candidats)))]
            mots[j] = _faute_de_frappe(mots[j], rng)
            sortie[i] = " ".join(mots)
    return sortie


def fautes_selon_longueur(textes: list[str], taux: np.ndarray, rng: np.random.Generator) -> list[str]:
    """Fautes de frappe en nombre proportionnel à la longueur : environ taux[i] faute par mot
    (mots de 5 lettres ou plus), tirées au hasard dans le texte i."""
    sortie = list(textes)
    nb_mots = np.fromiter((t.count(" ") + 1 for t in sortie), dtype=np.int64, count=len(sortie))
    nb = rng.poisson(np.asarray(taux, dtype=float) * nb_mots)
    for i in np.flatnonzero(nb):
        mots = sortie[i].split(" ")
        candidats = [j for j, m in enumerate(mots) if len(m) >= 5 and m.isalpha()]
        if not candidats:
            continue
        for j in rng.choice(candidats, size=min(int(nb[i]), len(candidats)), replace=False):
            mots[j] = _faute_de_frappe(mots[j], rng)
        sortie[i] = " ".join(mots)
    return sortie
