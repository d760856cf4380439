"""civiclabs : la boîte à outils des labs « L'IA et les contributions citoyennes ».

Ce que les notebooks importent :

- données : ``charger_echantillon``, ``charger_demandes``, ``charger_consultation``,
  ``charger_population``, ``chemin_donnees`` ;
- vérification des exercices : ``verifier_*``, ``bravo``, ``ReponseIncorrecte`` ;
- graphiques : ``PALETTE``, ``appliquer_style``, ``diagramme_barres``, ``lecture`` ;
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
    chemin_donnees,
)
from .graphiques import PALETTE, appliquer_style, diagramme_barres, lecture
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
    "chemin_donnees",
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
]
