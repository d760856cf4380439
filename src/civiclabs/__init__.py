"""civiclabs : la boîte à outils des labs « L'IA et les contributions citoyennes ».

Ce que les notebooks importent :

- données : ``charger_echantillon``, ``charger_demandes``, ``charger_consultation``,
  ``charger_population``, ``chemin_donnees``, ``dossier_des_sorties`` (où un lab enregistre ce
  qu'il produit) ;
- vérification des exercices : ``verifier_*``, ``bravo``, ``ReponseIncorrecte`` ;
- graphiques : ``PALETTE``, ``appliquer_style``, ``diagramme_barres``, ``lecture`` ;
- audit des biais (Lab 02) : ``ajouter_groupes``, ``scores_hors_echantillon``, ``decider``,
  ``taux_manquees``, ``ecarts_par_groupe``, ``contrefactuel``, ``poids_reequilibrage``,
  ``ScoreDejaCalcule``, ``afficher_fiche_audit``, widgets ``explorer_ecarts`` et ``curseur_options`` ;
- tirage au sort (Lab 05) : ``charger_volontaires``, ``tirer``, ``chances_legacy``,
  ``quotas_depuis_parts``, ``remplacer``, ``tirage_verifiable``, ``rejouer``… (module ``tirage``) ;
- widgets : ``explorer_contributions``, ``comparer_repartitions``, ``filtrer_contributions`` ;
- texte : ``mots_vides``, ``sans_accents``, ``decouper_mots``, ``compter_mots``,
  ``format_nombre``, ``format_pourcentage``.
"""

from .classement import (
    REGLES_EXEMPLE,
    courbe_seuil,
    curseur_mots_influents,
    curseur_seuil,
    decouper_demandes,
    entrainer_routeur,
    limiter_calculs_paralleles,
    mots_influents,
    probabilites,
    rappel_par_service,
    router_demandes,
    router_par_mots_cles,
    similarite_plus_proche,
    tableau_de_confiance,
    tracer_courbe_seuil,
    tracer_matrice_confusion,
    tracer_mots_influents,
)
from .donnees import (
    DonneesIntrouvables,
    DonneesInvalides,
    charger_consultation,
    charger_demandes,
    charger_echantillon,
    charger_population,
    charger_volontaires,
    chemin_donnees,
    dossier_des_sorties,
)
from .graphiques import PALETTE, appliquer_style, diagramme_barres, graduations_a_la_francaise, lecture
from .texte import (
    compter_mots,
    decouper_mots,
    format_nombre,
    format_pourcentage,
    mots_vides,
    sans_accents,
)
from .verification import (
    ReponseIncorrecte,
    bravo,
    verifier_colonnes,
    verifier_egal,
    verifier_nombre_lignes,
    verifier_proche,
    verifier_texte_redige,
    verifier_type,
)
from .widgets import comparer_repartitions, explorer_contributions, filtrer_contributions

# Les outils des Labs 02 et 03 s'appuient sur fairlearn, scipy et une grande partie de
# scikit-learn, longs à importer : ils ne sont chargés qu'au premier usage
# (``from civiclabs import ajouter_groupes`` charge alors civiclabs.biais), pour que les
# autres labs démarrent vite (mécanisme standard de Python : __getattr__ d'un module, PEP 562).
_A_LA_DEMANDE = {
    "biais": (
        "CHANGEMENTS",
        "ECARTS_FICHE",
        "GROUPES_AUDIT",
        "RUBRIQUES_FICHE",
        "ScoreDejaCalcule",
        "afficher_fiche_audit",
        "ajouter_groupes",
        "bilan_option",
        "comparer_corrections",
        "contrefactuel",
        "curseur_options",
        "decider",
        "ecarts_par_groupe",
        "est_urgente",
        "explorer_ecarts",
        "format_points",
        "modele_texte",
        "poids_reequilibrage",
        "scores_hors_echantillon",
        "seuils_par_groupe",
        "taux_manquees",
        "tracer_options",
        "tracer_taux_manquees",
    ),
    "synthese": (
        "SUJETS_DE_VIGILANCE",
        "abreger",
        "charger_grand_debat",
        "citations_representatives",
        "charger_contributions",
        "comparer_a_la_population",
        "comptabilite",
        "curseur_nombre_themes",
        "curseur_similarite",
        "detecter_doublons",
        "evaluer_campagnes",
        "evaluer_minorites",
        "exporter_comptabilite_csv",
        "exporter_synthese_csv",
        "extraire_themes",
        "grouper_campagnes",
        "lancer_passage_a_l_echelle",
        "masquer_donnees_personnelles",
        "nature_des_campagnes",
        "ponderer",
        "rapport_html",
        "rapport_markdown",
        "reperer_minorites",
        "stabilite_themes",
        "synthetiser",
        "synthetiser_consultation",
        "tracer_positions",
        "tracer_representativite",
        "tracer_stabilite",
    ),
    "tirage": (
        "CRITERES",
        "ErreurTirage",
        "Tirage",
        "candidats_remplacement",
        "chances_legacy",
        "coefficient_gini",
        "composition_attendue",
        "curseur_graine",
        "curseur_quotas",
        "ecarts_aux_quotas",
        "empreinte",
        "empreinte_code",
        "graine_depuis_valeur_publique",
        "journal_json",
        "lancer_en_arriere_plan",
        "panel_depuis_loterie",
        "parts_meridanne",
        "parts_population",
        "preparer_fichiers",
        "sous_vivier",
        "quotas_depuis_parts",
        "quotas_respectes_par_panel",
        "remplacer",
        "rejouer",
        "tirage_verifiable",
        "tirer",
    ),
}
_MODULE_DE = {nom: module for module, noms in _A_LA_DEMANDE.items() for nom in noms}


def __getattr__(nom: str):
    if nom not in _MODULE_DE:
        raise AttributeError(f"le paquet civiclabs n'a pas d'élément « {nom} »")
    from importlib import import_module

    valeur = getattr(import_module(f".{_MODULE_DE[nom]}", __name__), nom)
    globals()[nom] = valeur
    return valeur


def __dir__():
    return sorted(__all__)

__version__ = "0.1.0"

__all__ = [
    "DonneesIntrouvables",
    "DonneesInvalides",
    "PALETTE",
    "REGLES_EXEMPLE",
    "ReponseIncorrecte",
    "appliquer_style",
    "bravo",
    "charger_consultation",
    "charger_demandes",
    "charger_echantillon",
    "charger_population",
    "charger_volontaires",
    "chemin_donnees",
    "dossier_des_sorties",
    "comparer_repartitions",
    "compter_mots",
    "courbe_seuil",
    "curseur_mots_influents",
    "curseur_seuil",
    "decouper_demandes",
    "decouper_mots",
    "diagramme_barres",
    "entrainer_routeur",
    "explorer_contributions",
    "filtrer_contributions",
    "format_nombre",
    "format_pourcentage",
    "graduations_a_la_francaise",
    "lecture",
    "limiter_calculs_paralleles",
    "mots_influents",
    "mots_vides",
    "probabilites",
    "rappel_par_service",
    "router_demandes",
    "router_par_mots_cles",
    "sans_accents",
    "similarite_plus_proche",
    "tableau_de_confiance",
    "tracer_courbe_seuil",
    "tracer_matrice_confusion",
    "tracer_mots_influents",
    "verifier_colonnes",
    "verifier_egal",
    "verifier_nombre_lignes",
    "verifier_proche",
    "verifier_texte_redige",
    "verifier_type",
] + [nom for noms in _A_LA_DEMANDE.values() for nom in noms]
