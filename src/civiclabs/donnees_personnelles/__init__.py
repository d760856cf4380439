"""Protéger les données personnelles des contributions (Lab 04).

- repérer : ``detecter_par_regles`` (expressions régulières), ``detecter_par_spacy``,
  ``analyser`` (spaCy une fois, puis Presidio en français et hors ligne), ``detecter`` (la
  meilleure combinaison du cours) ; ``lexique`` : les mots qui disent qu'un passage à majuscule
  n'est pas une personne (formules, noms communs de lieux, dictionnaire livré avec spaCy) ;
- mesurer : ``evaluer`` (rappel et précision par type, passage par passage),
  ``echantillon_a_proteger`` ;
- pseudonymiser : ``Pseudonymiseur`` (hachage à clé, pseudonymes cohérents), ``pseudonymiser``
  (une table, avec un rapport) et la commande ``civiclabs-pseudonymiser`` ;
- k-anonymat : ``k_anonymat``, ``tailles_des_classes``, ``generaliser``, ``atteindre_k``.

Les modèles (spaCy, Presidio) ne se chargent qu'au premier usage.
"""

from .jeux import generer_textes_varies, textes_difficiles
from .kanonymat import (
    HIERARCHIES,
    QUASI_IDENTIFIANTS,
    atteindre_k,
    decrire_niveaux,
    extrait_structure,
    generaliser,
    k_anonymat,
    tailles_des_classes,
)
from .mesure import echantillon_a_proteger, evaluer, positions, tableau_lisible
from .outil import Resultat, pseudonymiser
from .pseudonymisation import (
    CATEGORIES,
    LONGUEUR_PSEUDONYME,
    Pseudonymiseur,
    creer_cle,
    masquer,
    normaliser_nom,
    risque_de_collision,
)
from .regles import NOMS_DES_TYPES, RUES_DU_TERRITOIRE, TYPES, detecter_par_regles, fusionner


def __getattr__(nom: str):
    if nom in ("analyser", "detecter", "detecter_par_spacy", "moteur_presidio", "charger_spacy", "Analyse"):
        from . import modeles

        return getattr(modeles, nom)
    raise AttributeError(f"civiclabs.donnees_personnelles n'a pas d'élément « {nom} »")


__all__ = [
    "CATEGORIES", "HIERARCHIES", "NOMS_DES_TYPES", "QUASI_IDENTIFIANTS", "RUES_DU_TERRITOIRE", "TYPES",
    "Analyse", "Pseudonymiseur", "Resultat", "analyser", "atteindre_k", "charger_spacy", "decrire_niveaux",
    "detecter", "detecter_par_regles", "detecter_par_spacy", "echantillon_a_proteger", "evaluer",
    "extrait_structure", "fusionner", "generaliser", "k_anonymat", "masquer", "moteur_presidio",
    "normaliser_nom", "positions", "pseudonymiser", "tableau_lisible", "tailles_des_classes",
    "generer_textes_varies", "textes_difficiles", "LONGUEUR_PSEUDONYME", "creer_cle", "risque_de_collision",
]
