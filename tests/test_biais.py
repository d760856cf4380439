"""Tests de civiclabs.biais (outils du Lab 02) : mesures, contrefactuels, corrections, widgets.

Les écarts plantés dans data/demandes.csv (publiés dans data/README.md et repris dans
``ECARTS_FICHE``) doivent être retrouvés par la méthode même du lab, à 1 point près.
"""

import matplotlib

matplotlib.use("Agg")

import re

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

from civiclabs import biais, charger_demandes, limiter_calculs_paralleles
from civiclabs.corpus.mesures import ecarts_urgence
from conftest import RACINE

TOLERANCE_POINTS = 1.0


@pytest.fixture(scope="module")
def demandes():
    limiter_calculs_paralleles()
    return biais.ajouter_groupes(charger_demandes())


@pytest.fixture(scope="module")
def part(demandes):
    return float((demandes["urgence_historique"] == "urgente").mean())


@pytest.fixture(scope="module")
def options(demandes, part):
    scores, decisions = biais.comparer_corrections(demandes, part)
    tableau = pd.DataFrame({nom: biais.bilan_option(demandes, d) for nom, d in decisions.items()}).T
    return scores, decisions, tableau


def test_groupes_de_l_audit(demandes):
    urgentes = demandes[demandes["urgence_reference"] == "urgente"]
    comptes = {col: int((urgentes[col] == oui).sum()) for col, (oui, _) in biais.GROUPES_AUDIT.items()}
    assert comptes == {"groupe_quartier": 890, "groupe_ecriture": 984, "groupe_signalement": 220}
    for colonne, (oui, non) in biais.GROUPES_AUDIT.items():
        assert set(demandes[colonne]) == {oui, non}
    # les noms disent qui est dedans : le groupe de comparaison contient les hommes (et les
    # personnes sans genre renseigné) qui signalent le même sujet
    oui, non = biais.GROUPES_AUDIT["groupe_signalement"]
    assert "harcèlement ou insécurité" in oui and "y compris ce sujet" in non
    meme_sujet = demandes[demandes["sujet"] == biais.SUJET_HARCELEMENT]
    assert set(meme_sujet.loc[meme_sujet["genre"] != "femme", "groupe_signalement"]) == {non}


# Vraies urgences manquées, à sujet égal, par genre : les valeurs publiées dans data/README.md
# (section « À sujet égal, par genre »), en %, pour l'étiquette historique et le modèle du prestataire.
A_SUJET_EGAL_FICHE = {
    ("harcèlement", "étiquette historique"): {"femme": 79.5, "homme": 37.7, "non renseigné": 35.7},
    ("harcèlement", "modèle du prestataire"): {"femme": 60.0, "homme": 61.0, "non renseigné": 71.4},
    ("autres sujets", "étiquette historique"): {"femme": 30.1, "homme": 34.1, "non renseigné": 36.0},
    ("autres sujets", "modèle du prestataire"): {"femme": 46.1, "homme": 38.2, "non renseigné": 42.7},
}


def test_a_sujet_egal_par_genre_egal_a_la_fiche(demandes, options):
    _, decisions, _ = options
    vrai = demandes["urgence_reference"] == "urgente"
    harcelement = demandes["sujet"] == biais.SUJET_HARCELEMENT
    sujets = {"harcèlement": harcelement, "autres sujets": ~harcelement}
    decisions = {"étiquette historique": demandes["urgence_historique"] == "urgente",
                 "modèle du prestataire": pd.Series(decisions["modèle du prestataire"], index=demandes.index)}
    for (sujet, nom), attendu in A_SUJET_EGAL_FICHE.items():
        lignes = vrai & sujets[sujet]
        mesure = 100 * (~decisions[nom][lignes]).groupby(demandes.loc[lignes, "genre"]).mean()
        assert mesure.round(1).to_dict() == attendu, (sujet, nom, mesure.round(1).to_dict())


def test_chiffres_du_lab_02_dans_le_texte_de_la_fiche(demandes, options):
    """Les chiffres que data/README.md écrit en toutes lettres sur le Lab 02 (écarts femmes − hommes
    à sujet égal, part signalée, exactitude à vérité égale) sont ceux que le notebook calcule."""
    from civiclabs.texte import format_nombre

    _, decisions, tableau = options
    texte = (RACINE / "data" / "README.md").read_text(encoding="utf-8")

    def nombre(x):
        return format_nombre(x, 1).replace("-", "−")

    def pourcent(x):
        return f"{format_nombre(100 * x, 1)} %"

    vrai = demandes["urgence_reference"] == "urgente"
    lignes = vrai & (demandes["sujet"] == biais.SUJET_HARCELEMENT)
    ecarts = {}
    for nom, decision in (("historique", demandes["urgence_historique"] == "urgente"),
                          ("modèle", pd.Series(decisions["modèle du prestataire"], index=demandes.index))):
        parts = 100 * (~decision[lignes]).groupby(demandes.loc[lignes, "genre"]).mean()
        ecarts[nom] = parts["femme"] - parts["homme"]
    assert f"(à sujet égal, {nombre(ecarts['historique'])} points\nentre femmes et hommes" in texte
    assert f"| {nombre(ecarts['historique'])} (20 % contre 62 %) |" in texte
    assert f"{nombre(ecarts['modèle'])} point ; 9 rééchantillonnages" in texte
    part = tableau.loc["modèle du prestataire", "part signalée urgente"]
    assert f"({pourcent(part)} des demandes pour {pourcent(vrai.mean())} d'urgences réelles)" in texte
    echantillon, seuils = (tableau.loc[o, "exactitude"] for o in ("étiquettes auditées (échantillon)", "seuils par groupe"))
    sens = "moins" if echantillon < seuils else "plus"
    assert f"il est {sens} exact que les seuils par groupe ({pourcent(echantillon)} contre {pourcent(seuils)})" in texte


def test_ecarts_de_l_etiquette_historique_egaux_a_la_fiche(demandes):
    mesures = biais.ecarts_par_groupe(demandes, demandes["urgence_historique"])["écart (points)"]
    assert np.allclose(mesures, biais.ECARTS_FICHE["étiquette historique"], atol=0.05)
    # et à la mesure indépendante du générateur
    reference = ecarts_urgence(demandes)
    assert abs(mesures["groupe_quartier"] - reference["quartier prioritaire"]["ecart_points"]) < 1e-9


@pytest.mark.parametrize("colonnes, nom", [(("texte", "quartier"), "modèle du prestataire"),
                                            (("texte",), "modèle sans quartier")])
def test_le_lab_retrouve_les_ecarts_du_modele(demandes, part, colonnes, nom):
    decision = biais.decider(biais.scores_hors_echantillon(demandes, colonnes=colonnes), part)
    mesures = biais.ecarts_par_groupe(demandes, decision)["écart (points)"]
    ecarts = (mesures - biais.ECARTS_FICHE[nom]).abs()
    assert (ecarts <= TOLERANCE_POINTS).all(), f"{nom} : {mesures.round(1).to_dict()}"


def test_la_validation_croisee_equivaut_au_pipeline_scikit_learn(demandes):
    """Le découpage du calcul (mots comptés une fois, TF-IDF appris par pli) donne les mêmes
    scores qu'un Pipeline TfidfVectorizer + régression logistique ajusté pli par pli."""
    petit = demandes.sample(2000, random_state=1)
    nos_scores = biais.scores_hors_echantillon(petit, colonnes=("texte",))
    cible = (petit["urgence_historique"] == "urgente").to_numpy()
    modele = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    attendus = cross_val_predict(modele, petit["texte"], cible, method="predict_proba",
                                 cv=StratifiedKFold(5, shuffle=True, random_state=0))[:, 1]
    assert np.allclose(nos_scores.to_numpy(), attendus, atol=1e-4)


def test_taux_manquees_est_le_taux_de_faux_negatifs(demandes):
    cadre = biais.taux_manquees(demandes["urgence_reference"], demandes["urgence_historique"], demandes["groupe_quartier"])
    urgentes = demandes[demandes["urgence_reference"] == "urgente"]
    attendu = (urgentes["urgence_historique"] == "non urgente").groupby(urgentes["groupe_quartier"]).mean()
    assert np.allclose(cadre.by_group["vraies urgences manquées"].sort_index(), attendu.sort_index())
    part = (demandes["urgence_historique"] == "urgente").groupby(demandes["groupe_quartier"]).mean()
    assert np.allclose(cadre.by_group["part signalée urgente"].sort_index(), part.sort_index())


def test_decider_signale_la_part_demandee():
    scores = pd.Series(np.linspace(0, 1, 1000))
    assert biais.decider(scores, 0.2).mean() == pytest.approx(0.2, abs=0.002)
    with pytest.raises(ValueError, match="proportion entre 0 et 1"):
        biais.decider(scores, 16)


def test_erreurs_en_francais(demandes):
    with pytest.raises(KeyError, match="quartier_prioritaire"):
        biais.ajouter_groupes(demandes.drop(columns=["quartier_prioritaire"]))
    with pytest.raises(ValueError, match="colonnes"):
        biais.scores_hors_echantillon(demandes, colonnes=("quartier",))
    with pytest.raises(ValueError, match="valeurs inattendues"):
        biais.ecarts_par_groupe(demandes, demandes["service"])
    with pytest.raises(ValueError, match="une valeur par demande"):
        biais.ecarts_par_groupe(demandes, demandes["urgence_historique"].head(10))
    with pytest.raises(ValueError, match="Changement inconnu"):
        biais.contrefactuel(["texte"], "âge")
    with pytest.raises(KeyError, match="controle_humain"):
        biais.afficher_fiche_audit({cle: "x" for cle in list(biais.RUBRIQUES_FICHE)[:-1]})
    with pytest.raises(TypeError, match="dictionnaire"):
        biais.afficher_fiche_audit(["donnees"])


def test_contrefactuel_genre():
    texte = "Appel de Mme Nadia, très inquiète : je rentre seule, on m'a suivie. Ma voisine aussi."
    change = biais.contrefactuel([texte], "genre").iloc[0]
    assert change == "Appel de M. Jean-Marc, très inquiet : je rentre seul, on m'a suivi. Ma voisine aussi."
    # seuls les mots qui disent le genre changent : la situation décrite (une grossesse) reste
    grossesse = "Je suis enceinte et je me sens particulièrement vulnérable. On m'a suivie hier."
    assert biais.contrefactuel([grossesse], "genre").iloc[0] == (
        "Je suis enceinte et je me sens particulièrement vulnérable. On m'a suivi hier.")


def test_contrefactuel_quartier(demandes):
    texte = "Secteur Les Tilleuls, au pied de la barre Orvelin, rue des Tilleuls. Bruit la nuit."
    change = biais.contrefactuel([texte], "quartier").iloc[0]
    assert "Tilleuls" not in change and "Orvelin" not in change
    assert "Saint-Clair" in change and change.endswith("Bruit la nuit.")
    autre = "Rue des Drapiers, Centre-Ville : un lampadaire éteint."
    assert biais.contrefactuel([autre], "quartier").iloc[0] == autre
    # la plupart des demandes des quartiers prioritaires sont touchées
    textes = demandes.loc[demandes["quartier_prioritaire"], "texte"]
    assert (biais.contrefactuel(textes, "quartier") != textes).mean() > 0.5


def test_contrefactuel_fautes_reproductible():
    textes = ["Le lampadaire de la rue est éteint depuis trois jours, c'est dangereux."] * 5
    a, b = biais.contrefactuel(textes, "fautes", graine=3), biais.contrefactuel(textes, "fautes", graine=3)
    assert a.equals(b) and (a != textes[0]).any()


def test_reponderation_rend_l_etiquette_independante_du_groupe(demandes):
    poids = biais.poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])
    urgente = (demandes["urgence_historique"] == "urgente").to_numpy()
    masques = [(demandes["groupe_quartier"] == g).to_numpy() for g in ("quartier prioritaire", "autre quartier")]
    parts = [np.average(urgente[masque], weights=poids[masque]) for masque in masques]
    assert parts[0] == pytest.approx(parts[1], abs=1e-9)
    assert poids.mean() == pytest.approx(1, abs=1e-9)


def test_chaque_correction_reduit_l_ecart_qu_elle_vise(options):
    _, _, tableau = options
    prestataire = tableau.loc["modèle du prestataire"]
    quartier = "écart quartier prioritaire"
    assert prestataire[quartier] > 15
    for nom in ("sans quartier", "repondéré", "seuils par groupe"):
        assert abs(tableau.loc[nom, quartier]) < prestataire[quartier] - 5, nom
    # l'écart d'écriture survit à ces trois corrections ; seules les étiquettes auditées le réduisent
    for nom in ("sans quartier", "repondéré", "seuils par groupe"):
        assert tableau.loc[nom, "écart informelle ou fautive"] > 10, nom
    auditees = tableau.loc["étiquettes auditées"]
    # les étiquettes auditées effacent l'écart des quartiers et réduisent fortement celui de l'écriture
    # (sur les fichiers livrés : de 19,0 à 6,6 points), sans en créer au détriment des femmes
    assert abs(auditees[quartier]) <= 5
    assert auditees["écart informelle ou fautive"] <= prestataire["écart informelle ou fautive"] - 10
    assert auditees["écart informelle ou fautive"] < min(tableau.loc[n, "écart informelle ou fautive"]
                                                         for n in ("sans quartier", "repondéré", "seuils par groupe"))
    assert auditees["écart femme signalant harcèlement ou insécurité"] <= 5
    assert auditees["exactitude"] > prestataire["exactitude"]
    # à vérité égale (l'échantillon d'audit seul), l'apprentissage sur les étiquettes auditées
    # réduit aussi l'écart des quartiers, mais perd l'essentiel de son avantage d'exactitude
    echantillon = tableau.loc["étiquettes auditées (échantillon)"]
    assert echantillon[quartier] < prestataire[quartier] - 5
    assert echantillon["exactitude"] < auditees["exactitude"] - 0.05
    assert echantillon["part signalée urgente"] == pytest.approx(prestataire["part signalée urgente"], abs=0.002)
    # les seuils par groupe signalent plus de demandes (plus de charge) et sont moins exacts
    assert tableau.loc["seuils par groupe", "part signalée urgente"] > 0.2
    assert tableau.loc["seuils par groupe", "exactitude"] < prestataire["exactitude"]


def test_apprendre_sur_n_utilise_que_les_etiquettes_des_lignes_choisies(demandes):
    petit = demandes.sample(3000, random_state=2).copy()
    audit = petit["echantillon_audit"].to_numpy()
    scores = biais.scores_hors_echantillon(petit, etiquette="urgence_reference", apprendre_sur=audit)
    # changer les étiquettes hors de l'échantillon ne change rien aux scores
    brouille = petit.copy()
    melange = brouille.loc[~audit, "urgence_reference"].sample(frac=1, random_state=3).to_numpy()
    brouille.loc[~audit, "urgence_reference"] = melange
    autres = biais.scores_hors_echantillon(brouille, etiquette="urgence_reference", apprendre_sur=audit)
    assert np.allclose(scores.to_numpy(), autres.to_numpy())
    with pytest.raises(ValueError, match="apprendre_sur"):
        biais.scores_hors_echantillon(petit, apprendre_sur=audit[:10])


def test_fiche_audit_verifiee_sur_le_fond(demandes, options):
    """La fiche est vérifiée par des exigences positives : une option du tableau (ou « ne pas
    déployer », « reporter »), un contrôle humain qui dit qui, quoi, quand, sans condition, des
    chiffres du lab attribués au bon groupe et à la bonne décision. De bonnes fiches, écrites
    comme des personnes les écriraient, passent ; les textes du troisième essai passent ou sont
    refusés avec le bon message (tous les refus sont aussi épinglés dans lab02.CAS)."""
    from civiclabs.exercices import lab02
    from civiclabs.verification import ReponseIncorrecte

    _, decisions, tableau = options
    # Sur ces demandes, aucune option ne respecte la règle du comité (le lab et data/README.md le disent)
    colonnes = [c for c in tableau.columns if c.startswith("écart")]
    assert not (tableau[colonnes] <= 5).all(axis=1).any(), tableau[colonnes]
    proche = "étiquettes auditées"

    def verifier(fiche):
        return lab02.verifier_ex7_1(fiche, demandes, decisions, tableau, 5)

    # Trois bonnes fiches complètes, écrites différemment
    bonnes = [
        {
            "donnees": "Les 12 000 demandes reçues en 2024 et 2025, avec la décision des agent·es et l'urgence établie "
                       "par l'audit indépendant.",
            "groupes": "Les quartiers prioritaires face aux autres, les messages informels ou fautifs, les femmes qui "
                       "signalent du harcèlement (et, à sujet égal, les hommes).",
            "indicateurs": "Le taux de faux négatifs : la part des vraies urgences classées non urgentes, groupe par "
                           "groupe, et l'écart en points.",
            "constats": "Le modèle du prestataire manque 22,6 points de vraies urgences en plus dans les quartiers "
                        "prioritaires ; à sujet égal, il manque 60 % des vraies urgences des femmes contre 61 % pour "
                        "les hommes (historique : 80 % contre 38 %).",
            "option": "ne pas déployer",
            "decision": "Ne pas déployer le modèle du prestataire : il dépasse la règle du comité pour les trois "
                        "groupes, et surtout pour les femmes qui signalent un harcèlement.",
            "controle_humain": "Les agent·es continuent de classer chaque demande ; chaque mois, la référente égalité "
                               "relit un échantillon de 150 demandes classées non urgentes, tirées au hasard.",
        },
        {
            "donnees": "12 000 demandes de la plateforme de Méridanne sur deux ans, relues une par une par une équipe "
                       "indépendante pour établir leur urgence réelle.",
            "groupes": "Femmes et hommes à sujet égal ; quartiers prioritaires contre les autres quartiers ; écriture "
                       "informelle ou fautive.",
            "indicateurs": "Les urgences manquées : parmi les vraies urgences de chaque groupe, la proportion classée "
                           "non urgente.",
            "constats": "L'historique manquait 30,6 points de vraies urgences en plus dans les quartiers prioritaires, "
                        "le modèle du prestataire 22,6 points ; réappris sur les étiquettes auditées, le modèle ramène "
                        "l'écart des quartiers à −1,2 point.",
            "option": proche,
            "decision": f"Retenir l'option « {proche} », la plus proche de la règle du comité bien qu'elle ne la "
                        "respecte pas pour l'écriture informelle ou fautive, comme aide au tri "
                        "relue par les agent·es ; nouvel audit des écarts par groupe chaque trimestre.",
            "controle_humain": "Chaque demande classée non urgente est relue par un·e agent·e du centre de contact "
                               "avant toute réponse à l'habitant·e, et l'agent·e peut la reclasser en urgence.",
        },
        {
            "donnees": "Toutes les demandes de 2024-2025 (12 000), avec l'étiquette historique et l'urgence de "
                       "référence de l'audit.",
            "groupes": "Quartiers prioritaires, écriture informelle ou fautive, femmes signalant un harcèlement ou "
                       "une insécurité.",
            "indicateurs": "Part des vraies urgences manquées par groupe et écart en points avec le reste des demandes.",
            "constats": "Les agent·es manquaient 80 % des vraies urgences des femmes, contre 38 % pour les hommes ; "
                        "le modèle en manque 60,0 % contre 61,0 %. Déplacés hors d'un quartier prioritaire, 3 % des "
                        "textes changent de décision.",
            "option": "reporter",
            "decision": "Reporter la décision jusqu'à l'avis d'un·e juriste et de la DPO, et jusqu'à une relecture "
                        "des critères d'urgence avec les associations.",
            "controle_humain": "Un agent relit chaque demande classée non urgente avant la réponse ; en cas de doute, "
                               "il appelle l'habitant·e.",
        },
    ]
    for fiche in bonnes:
        assert "complète" in verifier(fiche), fiche
    bonne = bonnes[0]
    variantes = [
        # refusées à tort lors du troisième essai : l'historique entre parenthèses, « 5 % » pour 5,3 %
        {"constats": "À sujet égal (harcèlement et insécurité), le modèle manque 60 % des vraies urgences signalées "
                     "par des femmes, contre 61 % pour les hommes (historique : 80 % contre 38 %)."},
        {"constats": "Le modèle manque 22,6 points de plus dans les quartiers prioritaires ; déplacés hors d'un "
                     "quartier prioritaire, 3 % des textes changent de décision."},
        # d'autres constats, écrits de plusieurs façons
        {"constats": "L'écart des quartiers prioritaires passe de 30,6 points pour l'historique à 22,6 points pour le "
                     "modèle ; à sujet égal, les agent·es manquaient 80 % des urgences des femmes contre 38 % pour "
                     "les hommes."},
        {"constats": "Le modèle manque 22,6\u00a0points de plus en quartier prioritaire et 16,4\u202fpoints pour les "
                     "femmes qui signalent un harcèlement."},
        {"constats": "Pour les femmes, 60 % des vraies urgences sont manquées par le modèle ; pour les hommes, 61 %."},
        {"constats": "Dans les quartiers prioritaires, le modèle manque 59 % des vraies urgences contre 37 % ailleurs, "
                     "soit 22,6 points d'écart."},
        {"constats": "L'historique ne signalait que 44 % des vraies urgences des quartiers prioritaires contre 75 % "
                     "ailleurs."},
        {"constats": "Les seuils par groupe ramènent l'écart des quartiers à 6,7 points mais signalent 31 % des "
                     "demandes, et l'exactitude baisse à 78,3 %."},
        {"constats": "Le modèle réduit l'écart de l'historique de 47 à 16 points pour les femmes qui signalent un "
                     "harcèlement, mais plus de la moitié de leurs urgences restent manquées (60 %)."},
        {"constats": "Près de 60 % des vraies urgences des femmes qui signalent un harcèlement sont manquées par le "
                     "modèle, et 61 % pour les hommes sur le même sujet."},
        {"constats": "Le modèle manque 59 % des vraies urgences des quartiers prioritaires contre 37 % ailleurs "
                     "(22,6 points de plus) ; l'historique en manquait 56 % contre 25 % ailleurs."},
        # d'autres décisions
        {"decision": "Je déconseille de déployer le modèle du prestataire : il faut d'abord le corriger."},
        {"decision": "Pas de tri automatique de l'urgence par le modèle du prestataire : il dépasse la règle."},
        {"decision": "Le modèle du prestataire ne doit pas être utilisé : ses écarts dépassent la règle du comité."},
        {"option": "« sans quartier »",
         "decision": "Déployer l'option sans quartier comme simple suggestion, bien qu'elle ne respecte pas la règle "
                     "pour l'écriture, le temps de réapprendre sur des étiquettes auditées ; nouvel audit dans trois "
                     "mois."},
        {"option": "reporter",
         "decision": "Reporter la décision jusqu'à un nouvel audit et l'avis d'un·e juriste sur les seuils par "
                     "quartier."},
        # d'autres contrôles humains
        {"controle_humain": "Une agente du centre de contact relit chaque jour les signalements de harcèlement classés "
                            "non urgents, et l'association partenaire un échantillon chaque mois."},
        {"controle_humain": "La cheffe de service relit chaque semaine un échantillon de 200 demandes classées non "
                            "urgentes tirées au sort."},
        {"controle_humain": "Chaque signalement classé non urgent est relu le jour même par une conseillère."},
        {"controle_humain": "Si une demande est classée non urgente, un·e agent·e la relit avant toute réponse."},
        # refusés à tort lors du quatrième essai : « voir si » (une question, pas une condition), « une fois par an »
        {"controle_humain": "Un agent regarde les résultats du modèle pour voir si c'est bon, pour chaque demande "
                            "classée non urgente, avant toute réponse à l'habitant·e."},
        {"controle_humain": "Une fois par an, la référente égalité relit un échantillon de 300 demandes classées non "
                            "urgentes, tirées au hasard."},
        # une négation qui porte sur l'absence de contrôle, et des refus suivis d'autre chose que le modèle
        {"controle_humain": "Un agent relit toutes les demandes classées non urgentes avant la réponse ; aucune "
                            "réponse n'est envoyée sans relecture."},
        {"decision": "Ne pas déployer le modèle du prestataire, qui manque trop de vraies urgences dans les trois "
                     "groupes."},
        {"decision": "Ne pas déployer le modèle du prestataire, mais réapprendre un modèle sur des étiquettes relues "
                     "avant un nouvel audit."},
        # refusés à tort lors du cinquième essai : le croisement genre × quartier, la part des femmes parmi
        # les urgences manquées, les agent·es qui continuent de classer sans outil, l'association qui relit
        {"constats": "Le modèle du prestataire manque 76 % des vraies urgences de harcèlement signalées par des "
                     "femmes des quartiers prioritaires, contre 49 % pour les femmes des autres quartiers "
                     "(historique : 83 % contre 77 %)."},
        {"constats": "Les femmes font 68 % des vraies urgences de harcèlement et 66 % de celles que le modèle du "
                     "prestataire y manque."},
        {"controle_humain": "Les agent·es continuent de décider eux-mêmes de l'urgence de chaque demande, sans outil "
                            "automatique."},
        {"controle_humain": "Le référent égalité et l'association d'aide aux femmes relisent chaque mois un "
                            "échantillon de 100 demandes classées non urgentes, tirées au hasard."},
        # et ce que les nouvelles exigences ne doivent pas refuser
        {"decision": "Ne pas déployer le modèle du prestataire : un modèle qui décide seul manque 22,6 points de plus "
                     "dans les quartiers prioritaires."},
        {"decision": "Garder le classement par les agent·es, sans le modèle dans les quartiers prioritaires ni "
                     "ailleurs : il dépasse la règle."},
        {"donnees": "Les 12 000 demandes de 2024-2025, dont 890 demandes urgentes des quartiers prioritaires, avec "
                    "l'urgence de référence de l'audit."},
    ]
    for variante in variantes:
        assert "complète" in verifier({**bonne, **variante}), variante
    refusees = {
        # ce que le troisième essai a fait passer (épinglés aussi dans lab02.CAS)
        "retient le modèle du prestataire": {"option": "modèle du prestataire"},
        "met en service le modèle du prestataire": {
            "decision": "Lancer une phase pilote du modèle du prestataire pendant six mois, sous surveillance, puis "
                        "décider."},
        "loi n° 2008-496": {"option": proche, "decision": "Déployer le modèle du prestataire avec un seuil plus "
                                                            "bas pour les demandes signées par des femmes."},
        "loi n° 2014-173": {"option": "seuils par groupe"},
        "dépend d'une condition": {"controle_humain": "Le référent égalité pourra, s'il le juge utile, consulter "
                                                      "chaque trimestre un échantillon de demandes classées non "
                                                      "urgentes."},
        "« L'équipe du prestataire »": {"controle_humain": "L'équipe du prestataire relit chaque semaine les demandes "
                                                           "classées non urgentes."},
        "de pure forme": {"controle_humain": "Chaque agent·e valide en un clic la proposition du modèle, sans avoir à "
                                             "relire la demande."},
        # ce que le quatrième essai a fait passer (épinglés aussi dans lab02.CAS)
        "écarte tout contrôle humain (« Aucun·e agent·e": {
            "controle_humain": "Aucun·e agent·e du centre de contact ne relit les demandes classées non urgentes."},
        "« utiliser le modèle du prestataire comme simple suggestion dès lundi »": {
            "decision": "Ne pas déployer comme décision automatique, mais utiliser le modèle du prestataire comme "
                        "simple suggestion dès lundi."},
        "de pure forme (« d'un clic": {"controle_humain": "Un agent valide d'un clic chaque demande classée non "
                                                           "urgente avant la réponse."},
        "ne dit pas de quelle décision il vient": {
            "constats": "Dans les quartiers prioritaires, 56 % des vraies urgences sont manquées contre 25 % "
                        "ailleurs."},
        "attribué à « modèle du prestataire »": {
            "constats": "Le modèle du prestataire manque 30,6 points de vraies urgences en plus dans les quartiers "
                        "prioritaires et 33,0 points en plus pour l'écriture informelle ou fautive."},
        "ne vaut 25 points": {"constats": "Le modèle manque 25 points de vraies urgences en plus pour les femmes "
                                          "signalant un harcèlement et 22,6 points dans les quartiers prioritaires."},
        "semble écrite en anglais": {"decision": "Do not deploy the vendor model, it fails the committee rule."},
        "texte de remplissage": {**dict.fromkeys(bonne, "bla bla bla bla bla bla 1 2"), "option": "reporter"},
        "vaut encore None": None,
    }
    for message, variante in refusees.items():
        with pytest.raises(ReponseIncorrecte, match=re.escape(message)):
            verifier(None if variante is None else {**bonne, **variante})
    assert lab02.chiffres_avec_unite("Sur 12 000 demandes, de 46 à 17 points, puis 59 %.") == [(46, 0), (17, 0), (59, 0)]


def test_fiche_audit_en_tableau():
    fiche = {cle: f"texte de {cle}" for cle in biais.RUBRIQUES_FICHE}
    tableau = biais.afficher_fiche_audit(fiche)
    assert list(tableau.data.index) == list(biais.RUBRIQUES_FICHE.values())
    assert tableau.data.loc["Décision", "Contenu"] == "texte de decision"


def test_la_consigne_du_lab_compte_les_rubriques_de_la_fiche():
    """« Elle tient en … rubriques » (section 7 du Lab 02) : autant que RUBRIQUES_FICHE."""
    from pathlib import Path

    lab = Path(__file__).parents[1] / "solutions" / "02_detecter_les_biais" / "02_detecter_les_biais.py"
    en_lettres = {5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf"}[len(biais.RUBRIQUES_FICHE)]
    assert f"Elle tient en {en_lettres} rubriques." in lab.read_text(encoding="utf-8")


def test_format_points():
    assert biais.format_points(1.23) == "1,2 point"
    assert biais.format_points(17.6) == "17,6 points"
    # toujours une décimale : « −4,0 points » à côté de « 17,1 points » (essai du Lab 01)
    assert biais.format_points(-4.02) == "−4,0 points"
    assert biais.format_points(1.96) == "2,0 points" and biais.format_points(-0.04) == "0,0 point"


def test_widgets_s_affichent_sans_navigateur(demandes, options):
    scores, _, _ = options
    boite = biais.explorer_ecarts(demandes, {"historique": demandes["urgence_historique"]})
    sortie = boite.children[-1]
    assert sortie.outputs, "le widget affiche un premier résultat dès sa création"
    menu_groupes = boite.children[0].children[1]
    menu_groupes.value = "canal"
    assert "Lecture" in sortie.outputs[-1]["text"]
    boite = biais.curseur_options(demandes, scores, part=0.16)
    curseur = boite.children[0].children[1]
    curseur.value = 0.3
    texte = boite.children[-1].outputs[-1]["text"]
    assert "exactitude" in texte and "points" in texte


def test_des_scores_au_lieu_de_decisions_sont_nommes(demandes):
    """Ex. 4.1, troisième essai : des scores passés à ecarts_par_groupe au lieu de décisions ;
    le message dit d'utiliser decider(…)."""
    scores = pd.Series(np.linspace(0.01, 0.99, len(demandes)), index=demandes.index)
    with pytest.raises(ValueError, match=r"ce sont des scores entre 0 et 1.*decider\(scores, part=PART_URGENTE\)"):
        biais.ecarts_par_groupe(demandes, scores)
