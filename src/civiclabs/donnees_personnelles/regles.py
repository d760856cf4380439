"""Repérer des données personnelles par des règles (expressions régulières).

Un repérage est un dictionnaire ``{"type", "debut", "fin"}`` (fin exclue), comme les
positions plantées dans les corpus du cours (``civiclabs.corpus.donnees_personnelles``).
Types : ``nom``, ``telephone``, ``courriel``, ``adresse``, ``plaque``.
"""

from __future__ import annotations

import re

from ..corpus import territoire
from . import lexique

TYPES = ("nom", "telephone", "courriel", "adresse", "plaque")
NOMS_DES_TYPES = {
    "nom": "noms de personnes",
    "telephone": "téléphones",
    "courriel": "courriels",
    "adresse": "adresses postales",
    "plaque": "plaques d'immatriculation",
}

COURRIEL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# Téléphones français : 06 39 98 35 11, 06.39.98.35.11, 06-39-98-35-11, 0639983511,
# +33 6 39 98 35 11, +33 (0)6 39 98 35 11, 0033 6 39 98 35 11.
TELEPHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)"
)

# Plaques : système SIV (AB-123-CD, AB 123 CD, AB123CD ; ni I, ni O, ni U) et ancien
# système FNI (1234 AB 56, 123 ABC 2A), mais pas une heure écrite en capitales (« 19 H 30 ET 23 H »).
_L = "[A-HJ-NP-TV-Z]"
PLAQUE = re.compile(
    rf"\b(?:{_L}{{2}}[\s-]?\d{{3}}[\s-]?{_L}{{2}}|(?i:[a-z]{{2}}-\d{{3}}-[a-z]{{2}})"
    r"|\d{1,4}[\s-]?[A-Z]{2,3}[\s-]?(?:\d{2}|2[AB])(?!\s?[hH]\b))\b"
)

TYPES_DE_VOIE = (
    "rue", "avenue", "av.", "bd", "boulevard", "allée", "impasse", "place", "quai", "chemin",
    "cours", "passage", "square", "promenade", "route", "chaussée", "sentier", "esplanade",
    "résidence", "cité", "lotissement", "rond-point", "voie", "mail", "parvis",
)
# Les rues du territoire de Méridanne, de la plus longue à la plus courte (la plus longue gagne).
RUES_DU_TERRITOIRE = sorted({rue for rues in territoire.RUES.values() for rue in rues}, key=len, reverse=True)

_MAJ = r"[A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ]"
_MOT_NOM = rf"{_MAJ}[\w'’]*(?:-[\w'’]+)*"
_PARTICULE = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’]|aux|à\s+la)"
_VOIE = "|".join(re.escape(v) for v in sorted(TYPES_DE_VOIE, key=len, reverse=True))
_NOM_DE_VOIE_GENERIQUE = (
    rf"(?i:{_VOIE})\s+(?:{_PARTICULE}\s*)?{_MOT_NOM}(?:\s+(?:{_PARTICULE}\s*)?{_MOT_NOM}){{0,3}}"
)
_RUES = "|".join(re.escape(r) for r in RUES_DU_TERRITOIRE)
ADRESSE = re.compile(
    rf"\b\d{{1,4}}(?:\s?(?:bis|ter|quater|[ab])\b)?,?\s+(?:(?i:{_RUES})|{_NOM_DE_VOIE_GENERIQUE})"
    r"(?:,?\s+\d{5}\s+" + _MOT_NOM + r")?"
)

# Noms précédés d'une civilité : M. Ferrandou, Mme Nadia Ferrandou, Monsieur Karim Poulard.
# « Madame, Monsieur », « Madame la Directrice » : la civilité n'est pas suivie d'un nom.
_CIVILITE = r"(?:M\.|Mme|Mlle|Mr|Dr|Me|Madame|Monsieur|Mademoiselle|Docteur|Maître)"
_MOTS_APRES_CIVILITE = (
    "Madame", "Monsieur", "Mesdames", "Messieurs", "Mademoiselle", "Le", "La", "Les", "Bonjour",
    "Merci", "Je", "Nous", "Vous", "Il", "Elle", "On", "Et", "Ou",
)
NOM_AVEC_CIVILITE = re.compile(
    rf"\b{_CIVILITE}\s+(?!(?:{'|'.join(_MOTS_APRES_CIVILITE)})\b)"
    rf"(?:{_MOT_NOM}\s+)?(?:de\s+)?{_MOT_NOM}"
)
# Noms introduits par une formule courante : « je m'appelle … », « signé : … »,
# « de la part de … », « mon voisin … ». Prénom et nom en majuscule initiale.
_FORMULES = (
    r"[Jj]e\s+m['’]appelle", r"[Jj]e\s+suis", r"[Ss]igné\s*:?", r"[Dd]e\s+la\s+part\s+de",
    r"[Mm]on\s+voisin", r"[Mm]a\s+voisine", r"[Cc]ordialement,?", r"[Mm]on\s+nom\s+est",
)
NOM_APRES_FORMULE = re.compile(
    rf"(?:{'|'.join(_FORMULES)})\s+(?P<nom>{_MOT_NOM}\s+{_MOT_NOM}(?:\s+{_MOT_NOM})?)"
)

_MOTIFS = {
    "courriel": COURRIEL,
    "telephone": TELEPHONE,
    "plaque": PLAQUE,
    "adresse": ADRESSE,
}


def _trouver(motif: re.Pattern, texte: str, type_: str, groupe: int | str = 0) -> list[dict]:
    return [{"type": type_, "debut": m.start(groupe), "fin": m.end(groupe)} for m in motif.finditer(texte)]


def _formule_d_appel(texte: str, trouve: re.Match) -> bool:
    """« Madame, Monsieur », même mal écrit (« Madame Monsiur », « Maame Monsieur  Petit
    signalement ») : une civilité en toutes lettres suivie ou précédée d'une autre ouvre le
    message, le mot à majuscule qui suit commence la première phrase. Une abréviation n'en est
    pas une (« Bonjour monsieur, Mme Ponsardin, locataire… » : Mme Ponsardin est une personne)."""
    mots = trouve.group().split()
    if len(mots) > 1 and lexique.est_une_civilite(mots[1], dictionnaire=False, abregee=False):
        return True
    avant = re.search(r"(\S+)[\s,]*$", texte[:trouve.start()])
    return (lexique.est_une_civilite(mots[0], fautes=False, abregee=False) and avant is not None
            and lexique.est_une_civilite(avant.group(1), dictionnaire=False, abregee=False))


def fusionner(reperages: list[dict]) -> list[dict]:
    """Trie les repérages et fond ceux qui se chevauchent (le plus long garde son type)."""
    sortie: list[dict] = []
    for r in sorted(reperages, key=lambda r: (r["debut"], -(r["fin"] - r["debut"]))):
        if sortie and r["debut"] < sortie[-1]["fin"]:
            dernier = sortie[-1]
            if r["fin"] - r["debut"] > dernier["fin"] - dernier["debut"]:
                dernier["type"] = r["type"]
            dernier["fin"] = max(dernier["fin"], r["fin"])
            continue
        sortie.append(dict(r))
    return sortie


def detecter_par_regles(texte: str, types=TYPES) -> list[dict]:
    """Les données personnelles repérées par les règles du cours dans ``texte``.

    ``types`` : les types cherchés (par défaut tous). Les noms ne sont trouvés par règle que
    précédés d'une civilité (« Mme Ferrandou ») ou d'une formule (« je m'appelle … ») :
    un nom seul, en minuscules ou en capitales, échappe aux règles.
    """
    texte = "" if texte is None else str(texte)
    inconnus = sorted(set(types) - set(TYPES))
    if inconnus:
        raise ValueError(f"Type(s) inconnu(s) : {inconnus}. Types possibles : {list(TYPES)}.")
    trouves: list[dict] = []
    for type_, motif in _MOTIFS.items():
        if type_ in types and (type_ != "courriel" or "@" in texte):  # sans arobase, pas de courriel
            trouves += _trouver(motif, texte, type_)
    if "nom" in types:
        trouves += [{"type": "nom", "debut": m.start(), "fin": m.end()}
                    for m in NOM_AVEC_CIVILITE.finditer(texte) if not _formule_d_appel(texte, m)]
        trouves += _trouver(NOM_APRES_FORMULE, texte, "nom", "nom")
    # une plaque FNI (« 12 AB 34 ») au milieu d'une adresse ou d'un téléphone n'en est pas une
    return fusionner(trouves)
