"""Auditer une synthèse écrite par une IA (Lab 06), localement, sans modèle de langue.

- ``generateur`` : des synthèses « à la manière d'une IA » écrites par le cours à partir de la
  vérité de la consultation, avec leurs défauts plantés et le corrigé (``generer_synthese``) ;
- ``verite`` : ce que la consultation permet d'affirmer, en contributions et en voix ;
- ``methode`` : la méthode d'audit (affirmations, preuves BM25, chiffres recalculés,
  citations retrouvées avec rapidfuzz, positions, couverture), la grille, et la mesure de
  l'audit contre le corrigé (``mesurer``, ``evaluer_audit``) ;
- ``exigences`` : une requête comme spécification, vérifiée avec la même grille ;
- ``graphiques`` : les figures du lab.
"""

from .exigences import EXIGENCES, verifier_exigences
from .generateur import REQUETES, TYPES_DEFAUTS, VARIANTES, SyntheseGeneree, generer_synthese, preparer
from .methode import (
    ALERTES,
    LEGENDE,
    SEUIL_CITATION,
    SEUIL_ETAYAGE,
    VERDICTS,
    Audit,
    auditer,
    decouper_affirmations,
    evaluer_audit,
    index_preuves,
    mesurer,
    mots_qui_nomment,
    nombres,
    retrouver_citation,
    sujets,
    verifier_chiffres,
    verifier_position,
)
from .redaction import accorder, que
from .verite import Verite, normaliser, verite_consultation

__all__ = [
    "ALERTES", "EXIGENCES", "LEGENDE", "REQUETES", "SEUIL_CITATION", "SEUIL_ETAYAGE", "TYPES_DEFAUTS", "VARIANTES", "VERDICTS",
    "Audit", "SyntheseGeneree", "Verite", "accorder", "auditer", "decouper_affirmations", "evaluer_audit",
    "generer_synthese", "index_preuves", "mesurer", "mots_qui_nomment", "nombres", "normaliser", "preparer", "que",
    "retrouver_citation", "sujets", "verifier_chiffres", "verifier_exigences", "verifier_position", "verite_consultation",
]
