"""Réalisme et difficulté des corpus livrés (section 4 de la demande), mesurés sur data/.

Chaque test recalcule sa mesure (civiclabs.corpus.mesures) : rien n'est figé.
Les valeurs mesurées sont reportées dans data/README.md.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from civiclabs.corpus import mesures as M
from civiclabs.corpus.textes import fragments_ecrits_a_la_main

DONNEES = Path(__file__).resolve().parents[1] / "data"
REGISTRES = {"soutenu", "neutre", "familier", "en colère", "télégraphique", "personne âgée très polie",
             "français non natif"}


@pytest.fixture(scope="module")
def demandes():
    return pd.read_csv(DONNEES / "demandes.csv", keep_default_na=False)


@pytest.fixture(scope="module")
def consultation():
    return pd.read_csv(DONNEES / "consultation.csv", keep_default_na=False)


@pytest.fixture(autouse=True)
def _sans_avertissements_de_convergence():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


# --- Matériau écrit à la main, registres, bruit ---------------------------------------------

def test_au_moins_1500_fragments_ecrits_a_la_main():
    fragments = fragments_ecrits_a_la_main()
    assert len(fragments) >= 1500, len(fragments)
    # typographie du matériau propre : pas d'espace double, pas d'espace avant une virgule ou un point
    for f in fragments:
        assert "  " not in f and " ," not in f and not f.endswith(" ."), f


def test_registres_et_orthographe(demandes, consultation):
    assert REGISTRES | {"retranscription d'agent·e"} <= set(demandes["registre"])
    parts = demandes["orthographe"].value_counts(normalize=True)
    assert 0.40 <= parts["correcte"] <= 0.75, parts
    assert 0.05 <= parts["nombreuses fautes"] <= 0.25, parts


def test_le_bruit_est_visible_a_un_taux_realiste(demandes):
    from civiclabs.corpus import territoire as T

    propres = list(fragments_ecrits_a_la_main()) + T.LIEUX + T.LIEUX_PRIORITAIRES + T.DUREES + T.JOURS \
        + T.HEURES + T.QUARTIERS + [r for rues in T.RUES.values() for r in rues] \
        + T.PRENOMS_FEMMES + T.PRENOMS_HOMMES + T.NOMS + T.DOMAINES_COURRIEL \
        + ["une habitante un habitant veuve veuf Mme Madame Monsieur une dame un monsieur riveraine riverain"
           " usagère usager appelante appelant Elle Il mère père parent"] \
        + [T.a_quartier(q) + " " + T.de_quartier(q) for q in T.QUARTIERS]
    vocabulaire_propre = set()
    for f in propres:
        vocabulaire_propre.update(M._MOT.findall(f.lower()))
    mots = demandes["texte"].str.lower().str.findall(r"[^\W\d_]{4,}")
    hors = mots.map(lambda ms: any(m not in vocabulaire_propre for m in ms))
    # une part réaliste des messages contient au moins une forme absente du matériau propre
    # (faute de frappe, accent manquant, abréviation), mais pas tous
    assert 0.25 <= hors.mean() <= 0.75, hors.mean()
    majuscules = demandes["texte"].map(lambda t: t.isupper())
    assert 0.002 <= majuscules.mean() <= 0.03


# --- Longueurs, vocabulaire, doublons ------------------------------------------------------

@pytest.mark.parametrize("nom", ["demandes", "consultation"])
def test_longueurs(nom, request):
    table = request.getfixturevalue(nom)
    mesure = M.longueurs(table["texte"])
    assert 25 <= mesure["mediane"] <= 50, mesure
    assert mesure["part_moins_de_10"] >= 0.10, mesure
    assert mesure["part_plus_de_120"] >= 0.05, mesure


def test_pas_de_doublons_exacts(demandes, consultation):
    ordinaires = consultation[(consultation["campagne"] == "aucune") & ~consultation["accord_court"]]
    textes = pd.concat([demandes["texte"], ordinaires["texte"]])
    assert M.part_doublons(textes) <= 0.02
    assert M.part_doublons(demandes["texte"]) <= 0.02
    assert M.part_doublons(ordinaires["texte"]) <= 0.02


# --- Ressemblance avec de vrais commentaires (GUIDE.md §7, tableau de la demande) -----------
# Mesuré comme le tableau de la demande : textes ordinaires (campagnes, pétitions et accords
# courts exclus), 693 tirés au hasard, moyenne de 5 tirages (M.realisme). Vrais commentaires :
# M.REELS. Toutes les cibles sont atteintes depuis décembre 2026 (data/README.md, « Ressemblance
# avec de vraies contributions »).

@pytest.fixture(scope="module")
def realisme(demandes, consultation):
    return {"demandes": M.realisme(demandes), "consultation": M.realisme(consultation)}


CIBLES = [
    # corpus, mesure, sens, seuil
    ("consultation", "phrases partagées", "<=", 0.08),
    ("consultation", "8-grammes répétés", "<=", 0.10),
    ("consultation", "formes pour 10 000 mots", ">=", 2300),
    ("consultation", "similarité au plus proche voisin", "<=", 0.32),
    ("demandes", "phrases partagées", "<=", 0.20),
    ("demandes", "8-grammes répétés", "<=", 0.15),
    ("demandes", "formes pour 10 000 mots", ">=", 2000),
    ("demandes", "similarité au plus proche voisin", "<=", 0.32),
]


@pytest.mark.parametrize("corpus, mesure, sens, seuil",
                         [pytest.param(c, m, s, v, id=f"{c}-{m}") for c, m, s, v in CIBLES])
def test_ressemblance_avec_de_vrais_commentaires(realisme, corpus, mesure, sens, seuil):
    valeur = realisme[corpus][mesure]
    assert (valeur <= seuil) if sens == "<=" else (valeur >= seuil), (corpus, mesure, valeur)


@pytest.mark.parametrize("mesure", ["points de suspension", "mot en capitales", "saut de ligne"])
def test_surface_a_un_facteur_deux_des_vrais_commentaires(realisme, mesure):
    valeur = realisme["consultation"][mesure]
    assert M.REELS[mesure] / 2 <= valeur <= M.REELS[mesure] * 2, (mesure, valeur)


def test_mesures_de_realisme_sur_des_cas_connus():
    # deux auteurs qui partagent une phrase de 5 mots ; un même auteur ne compte pas
    textes = ["Le bus passe trop tard le soir. Merci.", "Bonjour. Le bus passe trop tard le soir !",
              "Rien à voir ici, vraiment rien.", "Autre chose : rien à voir ici, vraiment rien."]
    assert M.part_phrases_partagees(textes, ["a", "b", "c", "c"]) == 0.5
    assert M.part_ngrammes_repetes(["un deux trois quatre cinq six sept huit", "un deux trois quatre cinq six sept huit neuf"]) == 2 / 3
    assert M.formes_pour_10000_mots(["a b a", "c"], nb_mots=3) == 2
    assert M.parts_de_surface(["Bon...", "TRES bien", "a\nb", "ok…"]) == {
        "points de suspension": 0.5, "mot en capitales": 0.25, "saut de ligne": 0.25}


# --- Difficulté ----------------------------------------------------------------------------

def test_routage_difficulte_et_regle_de_mots_cles(demandes):
    # cible de la demande : entre 0,70 et 0,82 (vrais commentaires, 4 catégories : environ 0,60),
    # et la règle de 10 mots-clés au moins 0,15 en dessous
    f1 = M.f1_macro_croise(demandes["texte"], demandes["service"])
    assert 0.70 <= f1 <= 0.82, f1
    regle = M.regle_mots_cles(demandes["texte"], demandes["service"])
    assert regle <= f1 - 0.15, (regle, f1)


def test_urgence_de_reference_plus_difficile(demandes):
    f1 = M.f1_macro_croise(demandes["texte"], demandes["urgence_reference"])
    assert 0.65 <= f1 <= 0.85, f1


def test_ecarts_plantes_dans_l_etiquette_historique(demandes):
    ecarts = M.ecarts_urgence(demandes, "urgence_historique")
    for groupe, mesure in ecarts.items():
        assert mesure["ecart_points"] >= 15, (groupe, mesure)


def test_un_modele_entraine_sur_l_historique_reproduit_les_ecarts(demandes):
    table = demandes.copy()
    table["prediction"] = M.predictions_modele_historique(table)
    ecarts = M.ecarts_urgence(table, "prediction")
    for groupe in ("quartier prioritaire", "registre informel ou fautif",
                   "femmes signalant harcèlement ou insécurité"):
        # L'issue demande que le modèle reproduise des écarts d'au moins 15 points ; mesuré sur
        # les fichiers livrés : 22,6 / 18,6 / 18,6 (voir data/README.md).
        assert ecarts[groupe]["ecart_points"] >= 15, (groupe, ecarts[groupe])
    # « femmes contre hommes, même sujet » n'est pas exigé pour le modèle : il apprend surtout
    # le sujet, et l'écart, mesuré sur moins de cent hommes, varie beaucoup d'une graine à
    # l'autre (voir data/README.md). Il est exigé pour l'étiquette historique.


def test_themes_retrouves_par_nmf(consultation):
    nmi = M.nmi_themes(consultation["texte"], consultation["theme_reference"])
    # cible de la demande : entre 0,40 et 0,60 (vrais commentaires : 0,25 à 0,41)
    assert 0.40 <= nmi <= 0.60, nmi


def test_campagnes_detectees_par_voisins_cosinus(consultation):
    membres = consultation["campagne"] != "aucune"
    mesure = M.detection_campagnes(consultation["texte"], membres, **M.DETECTION_CAMPAGNES)
    assert mesure["rappel"] >= 0.90, mesure
    assert mesure["faux_positifs"] <= 0.05, mesure
