"""Synthétiser une concertation (Lab 03) : qui a parlé, copies et campagnes, thèmes,
signaux faibles, positions, tableau de synthèse traçable et rapport pour les élu·es.

Chaque étape est une fonction ordinaire, testée à part (``tests/test_synthese.py``) ;
``synthetiser_consultation`` les enchaîne, pour 6 000 comme pour 1 000 000 de
contributions (``bench/bench_synthese.py``). Toutes les méthodes viennent de scikit-learn,
pandas, numpy et scipy. Un module par étape :

- ``representativite`` : qui a parlé, comparé à la population ; poids de redressement ;
- ``copies`` : copies exactes, campagnes coordonnées et pétitions ;
- ``themes`` : thèmes (NMF sur le TF-IDF des voix), leur stabilité, leurs citations ;
- ``vigilance`` : voix minoritaires (petits thèmes, sujets de vigilance décidés à l'avance) ;
- ``tableau`` : le tableau de synthèse traçable, les positions par thème ;
- ``citations`` et ``rapport`` : citer sans données personnelles ; le rapport pour les élu·es ;
- ``chaine`` et ``echelle`` : toute la chaîne, et son passage à l'échelle en arrière-plan ;
- ``grand_debat`` : les données ouvertes du Grand Débat national ;
- ``tableau`` (suite) : la comptabilité, où chaque contribution reçue est rangée une fois ;
- ``entrees`` : les exports réels des plateformes (Decidim, Cap Collectif, Grand Débat,
  Pol.is) lus par ``charger_contributions`` ; vérification de ce que reçoivent les fonctions ;
- ``textes`` (interne) : HTML, textes vides, accords courts, normalisation et TF-IDF ;
- ``commande`` : la commande ``civiclabs-synthese`` (et ``python -m civiclabs.synthese``).

Tous les noms s'importent d'ici, comme avant : ``from civiclabs.synthese import Themes``.
"""

# « nom as nom » : ré-exportés tels quels (from civiclabs.synthese import …).
from .. import _A_LA_DEMANDE
from .chaine import (
    TAILLE_TRANCHE as TAILLE_TRANCHE,
)
from .chaine import (
    TAILLE_VOCABULAIRE as TAILLE_VOCABULAIRE,
)
from .chaine import (
    AvertissementSynthese as AvertissementSynthese,
)
from .chaine import (
    synthetiser_consultation as synthetiser_consultation,
)
from .chaine import (
    voisins_min_pour as voisins_min_pour,
)
from .citations import (
    DONNEE_MASQUEE as DONNEE_MASQUEE,
)
from .citations import (
    abreger as abreger,
)
from .citations import (
    masquer_donnees_personnelles as masquer_donnees_personnelles,
)
from .copies import (
    MOTS_MIN as MOTS_MIN,
)
from .copies import (
    SEUIL_CAMPAGNE as SEUIL_CAMPAGNE,
)
from .copies import (
    TAILLE_REFERENCE as TAILLE_REFERENCE,
)
from .copies import (
    VOISINS_MIN as VOISINS_MIN,
)
from .copies import (
    curseur_similarite as curseur_similarite,
)
from .copies import (
    detecter_doublons as detecter_doublons,
)
from .copies import (
    evaluer_campagnes as evaluer_campagnes,
)
from .copies import (
    grouper_campagnes as grouper_campagnes,
)
from .copies import (
    nature_des_campagnes as nature_des_campagnes,
)
from .echelle import (
    PassageALEchelle as PassageALEchelle,
)
from .echelle import (
    lancer_passage_a_l_echelle as lancer_passage_a_l_echelle,
)
from .entrees import (
    charger_contributions as charger_contributions,
)
from .grand_debat import (
    COLONNES_GRAND_DEBAT as COLONNES_GRAND_DEBAT,
)
from .grand_debat import (
    FICHIER_EXEMPLE as FICHIER_EXEMPLE,
)
from .grand_debat import (
    URL_GRAND_DEBAT as URL_GRAND_DEBAT,
)
from .grand_debat import (
    charger_grand_debat as charger_grand_debat,
)
from .rapport import (
    exporter_comptabilite_csv as exporter_comptabilite_csv,
)
from .rapport import (
    exporter_synthese_csv as exporter_synthese_csv,
)
from .rapport import (
    rapport_html as rapport_html,
)
from .rapport import (
    rapport_markdown as rapport_markdown,
)
from .representativite import (
    NON_RENSEIGNE as NON_RENSEIGNE,
)
from .representativite import (
    comparer_a_la_population as comparer_a_la_population,
)
from .representativite import (
    ponderer as ponderer,
)
from .representativite import (
    tracer_representativite as tracer_representativite,
)
from .tableau import (
    comptabilite as comptabilite,
)
from .tableau import (
    synthetiser as synthetiser,
)
from .tableau import (
    tracer_positions as tracer_positions,
)
from .textes import (
    TAILLE_CACHE as TAILLE_CACHE,
)
from .textes import (
    normaliser as normaliser,
)
from .themes import (
    NMF_TOL as NMF_TOL,
)
from .themes import (
    TAILLE_APPRENTISSAGE as TAILLE_APPRENTISSAGE,
)
from .themes import (
    Themes as Themes,
)
from .themes import (
    citations_representatives as citations_representatives,
)
from .themes import (
    curseur_nombre_themes as curseur_nombre_themes,
)
from .themes import (
    extraire_themes as extraire_themes,
)
from .themes import (
    stabilite_themes as stabilite_themes,
)
from .themes import (
    themes_artefacts as themes_artefacts,
)
from .themes import (
    tracer_stabilite as tracer_stabilite,
)
from .vigilance import (
    SUJETS_DE_VIGILANCE as SUJETS_DE_VIGILANCE,
)
from .vigilance import (
    evaluer_minorites as evaluer_minorites,
)
from .vigilance import (
    reperer_minorites as reperer_minorites,
)

# Les noms publics sont listés une seule fois, dans civiclabs/__init__.py (chargement au premier usage).
__all__ = ['Themes', *_A_LA_DEMANDE["synthese"]]
