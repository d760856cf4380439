"""Tests de civiclabs.biais (outils du Lab 02) : mesures, contrefactuels, corrections, widgets.

Les écarts plantés dans data/demandes.csv (publiés dans data/README.md et repris dans
``ECARTS_FICHE``) doivent être retrouvés par la méthode même du lab, à 1 point près.
"""

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

from civiclabs import biais, charger_demandes, limiter_calculs_paralleles
from civiclabs.corpus.mesures import ecarts_urgence

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
    ("harcèlement", "modèle du prestataire"): {"femme": 63.2, "homme": 63.6, "non renseigné": 78.6},
    ("autres sujets", "étiquette historique"): {"femme": 30.1, "homme": 34.1, "non renseigné": 36.0},
    ("autres sujets", "modèle du prestataire"): {"femme": 45.8, "homme": 40.1, "non renseigné": 44.1},
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
    # (sur les fichiers livrés : de 18,6 à 6,5 points), sans en créer au détriment des femmes
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
    """De bonnes fiches, écrites de plusieurs façons, passent ; une fiche qui écarte le contrôle
    humain, le rend facultatif, recommande le modèle tel quel ou sans conditions, ou place un
    chiffre à côté d'un groupe auquel il ne correspond pas est refusée (les mauvaises réponses
    sont épinglées dans civiclabs.exercices.lab02.CAS)."""
    from civiclabs.exercices import lab02
    from civiclabs.verification import ReponseIncorrecte

    _, decisions, _ = options
    bonne = {
        "donnees": "Les demandes reçues en 2024 et 2025, avec la décision des agent·es et l'urgence établie par l'audit.",
        "groupes": "Les quartiers prioritaires face aux autres, les messages informels ou fautifs, les femmes qui "
                   "signalent du harcèlement.",
        "indicateurs": "Le taux de faux négatifs : la part des vraies urgences classées non urgentes, groupe par groupe.",
        "constats": "L'écart des quartiers prioritaires passe de 30,6 à 22,6 points ; à sujet égal, 80 % des urgences "
                    "des femmes étaient manquées contre 38 % pour les hommes.",
        "decision": "Je recommande de ne pas l'utiliser pour trier automatiquement ; il peut seulement suggérer.",
        "controle_humain": "Aucune demande ne doit être classée non urgente sans relecture par une agente ; le comité "
                           "revoit les écarts tous les trois mois.",
    }
    variantes = [
        {},
        {"decision": "Déployer un modèle corrigé, et pas le modèle du prestataire tel quel, après avis de la DPO."},
        {"decision": "Déployer le modèle seulement comme suggestion, avec une relecture humaine de chaque demande."},
        {"controle_humain": "Le modèle ne décide jamais sans contrôle humain : un agent valide chaque classement."},
        {"constats": "Le modèle manque 22,6\u00a0points de plus en quartier prioritaire et 18,6\u202fpoints pour les "
                     "femmes qui signalent un harcèlement."},
        # d'autres bonnes fiches, courtes ou longues, écrites de plusieurs façons
        {"constats": "À sujet égal, le modèle manque 63,2 % des vraies urgences signalées par des femmes, contre 63,6 % "
                     "pour les hommes : l'écart à sujet égal disparaît, parce que les hommes sont moins bien servis."},
        {"constats": "Pour les femmes, 63 % des vraies urgences sont manquées par le modèle ; pour les hommes, 64 %."},
        {"constats": "Le modèle en manque 63 % et 64 % pour les hommes, qui sont moins bien servis qu'avant (38 %) ; "
                     "les femmes font 68 % des vraies urgences du sujet harcèlement."},
        {"constats": "Dans les quartiers prioritaires, le modèle manque 60 % des vraies urgences contre 38 % ailleurs, "
                     "soit 22,6 points d'écart."},
        {"constats": "L'historique ne signalait que 44 % des vraies urgences des quartiers prioritaires contre 75 % "
                     "ailleurs."},
        {"constats": "Les seuils par groupe ramènent l'écart des quartiers à 3,9 points mais signalent 22 % des "
                     "demandes, et l'exactitude baisse à 83,9 %."},
        {"constats": "Le modèle réduit l'écart de 47 à 19 points pour les femmes qui signalent un harcèlement, mais plus "
                     "de la moitié de leurs urgences restent manquées (63 %)."},
        {"constats": "L'écart d'écriture reste de 18,6 points avec le modèle, et encore de 17,3 points sans la colonne "
                     "quartier."},
        {"constats": "Près de 63 % des vraies urgences des femmes qui signalent un harcèlement sont manquées par le "
                     "modèle, et 64 % pour les hommes sur le même sujet."},
        {"decision": "Déployer seulement après réapprentissage sur des étiquettes auditées, comme simple suggestion "
                     "relue par un·e agent·e, avec un nouvel audit dans six mois, même si l'écart d'écriture dépasse "
                     "la règle."},
        {"decision": "Je déconseille de déployer le modèle du prestataire : il faut d'abord le corriger."},
        {"decision": "Ne déployer qu'une version corrigée, après avis de la DPO et du référent égalité."},
        {"decision": "Le modèle peut être utilisé comme aide à la décision, à condition que les écarts soient remesurés "
                     "chaque trimestre."},
        {"decision": "Pas de tri automatique de l'urgence par le modèle.", "controle_humain": "Les agent·es gardent la main sur chaque demande."},
        {"controle_humain": "Une agente du centre de contact relit chaque jour les signalements de harcèlement classés "
                            "non urgents, et l'association partenaire un échantillon chaque mois."},
        {"controle_humain": "Les agent·es valident chaque décision du modèle ; le référent égalité présente les écarts "
                            "par groupe au comité tous les six mois."},
        {"controle_humain": "La cheffe de service vérifie chaque semaine un échantillon de demandes classées non "
                            "urgentes, au plus tard le vendredi."},
        {"donnees": "12 000 demandes de la plateforme de Méridanne, 2024-2025, relues par une équipe indépendante."},
        {"indicateurs": "Les urgences manquées : parmi les vraies urgences de chaque groupe, la proportion classée non "
                        "urgente."},
        {"groupes": "Femmes et hommes à sujet égal ; quartiers prioritaires contre les autres."},
        # refusées à tort lors du deuxième essai d'une apprenante : un écart en points compare les
        # deux groupes de la phrase, il n'est pas rattaché au groupe de comparaison (« ailleurs »)
        {"constats": "Le modèle manque 60 % des vraies urgences des quartiers prioritaires contre 38 % ailleurs "
                     "(22,6 points de plus)."},
        {"constats": "Le modèle manque 60 % des vraies urgences des quartiers prioritaires contre 38 % ailleurs : "
                     "c'est 22,6 points de plus qu'ailleurs."},
        {"constats": "Le modèle manque 63 % des vraies urgences des femmes qui signalent un harcèlement, contre 45 % "
                     "pour toutes les autres demandes (18,6 points)."},
        {"constats": "Le modèle manque 60 % des vraies urgences des quartiers prioritaires contre 38 % ailleurs, soit "
                     "22,6 points de plus."},
        {"constats": "Le modèle manque 60 % des vraies urgences des quartiers prioritaires contre 38 % dans les autres "
                     "quartiers (22,6 points de plus)."},
        {"constats": "Le modèle manque 60 % des vraies urgences des quartiers prioritaires contre 38 % pour le reste "
                     "(22,6 points de plus) ; l'historique en manquait 56 % contre 25 % ailleurs."},
        {"constats": "Les agent·es manquaient 80 % des vraies urgences des femmes, contre 38 % pour les hommes ; le "
                     "modèle en manque 63,2 % contre 63,6 %."},
        {"controle_humain": "Un agent relit chaque demande classée non urgente ; en cas de doute, il appelle "
                            "l'habitant·e."},
        {"controle_humain": "Le centre de contact relit chaque jour les demandes classées non urgentes."},
        {"controle_humain": "Chaque signalement classé non urgent est relu le jour même par une conseillère."},
        {"constats": "Le modèle signale 10 % des demandes des quartiers prioritaires contre 20 % ailleurs ; il manque "
                     "57 % des vraies urgences écrites de façon informelle contre 38 % pour les autres."},
        {"decision": "Déployer le modèle réappris sur les étiquettes auditées, comme suggestion relue par les "
                     "agent·es, avec un audit chaque trimestre, bien qu'il ne respecte pas la règle du comité pour "
                     "l'écriture : c'est l'option qui s'en approche le plus."},
        {"decision": "Ne pas déployer l'option sans quartier ; déployer le modèle réappris sur les étiquettes "
                     "auditées, qui n'est pas conforme à la règle pour l'écriture mais s'en approche le plus, avec un "
                     "audit chaque trimestre."},
        {"decision": "Déployer l'option sans quartier comme simple suggestion, bien qu'elle ne respecte pas la règle "
                     "pour l'écriture, le temps de réapprendre sur des étiquettes auditées ; nouvel audit dans trois "
                     "mois."},
    ]
    for variante in variantes:
        assert "complète" in lab02.verifier_ex7_1({**bonne, **variante}, demandes, decisions, 5), variante
    refusees = {
        "écarte tout contrôle humain": {"decision": "Déployer le modèle dès demain.",
                                        "controle_humain": "Pas besoin de contrôle : le modèle est fiable."},
        "texte de remplissage": dict.fromkeys(bonne, "bla bla bla bla bla bla 1 2"),
        "« en l'état »": {"decision": "Déployer le modèle en l'état, avec une relecture des cas sensibles."},
        # ce que l'essai d'une apprenante débutante a fait passer (tous épinglés aussi dans lab02.CAS)
        "facultatif": {"decision": "Déployer le modèle du prestataire dès le mois prochain pour gagner du temps, il "
                                   "fait mieux que l'historique pour les femmes.",
                       "controle_humain": "Les agent·es regardent si elles ont le temps, le modèle est assez fiable."},
        "sans dire quelle correction": {"decision": "OK pour déployer le modèle du prestataire, rien à signaler de "
                                                    "grave."},
        "« tel qu'il est »": {"decision": "Je recommande de déployer le modèle tel qu'il est livré par le prestataire."},
        "« trie seul »": {"decision": "Déployer le modèle tout de suite, il trie seul les demandes urgentes."},
        "« décide seul »": {"controle_humain": "Personne, le modèle décide seul de l'urgence des demandes."},
        "remis à plus tard": {"controle_humain": "À voir plus tard avec la direction et la DPO."},
        "rattaché au groupe « femmes »": {"constats": "Le modèle manque 90 % des vraies urgences des femmes, contre "
                                                      "10 % pour les hommes."},
        "inversés": {"constats": "Le modèle manque 40 % des vraies urgences des femmes, contre 46 % pour les hommes."},
        "« 90 % »": {"constats": "Le modèle manque 90 % des urgences des femmes ; réécrits au masculin, 8 % de leurs "
                                 "signalements deviennent urgents."},
        "ne nomme pas de mesure": {"indicateurs": "On a regardé les urgences manquées par le modèle."},
        "deux des groupes audités": {"groupes": "On a regardé les urgences manquées par le modèle."},
        "ne dit pas quelles demandes": {"donnees": "On a regardé les urgences manquées par le modèle."},
        "remplissage": {"decision": "RAS"},
        # le deuxième essai (épinglés aussi dans lab02.CAS)
        "ne nomme aucun humain": {"controle_humain": "Le modèle vérifie lui-même ses décisions chaque semaine."},
        "« Un second algorithme »": {"controle_humain": "Un second algorithme contrôle automatiquement les décisions "
                                                        "du premier tous les soirs."},
        "« au prestataire »": {"controle_humain": "On fait confiance au prestataire pour vérifier que le modèle "
                                                  "fonctionne bien chaque mois."},
        "« si nécessaire »": {"controle_humain": "Un contrôle humain sera mis en place si nécessaire."},
        "« quand elles ont un doute »": {"controle_humain": "Les agent·es relisent une demande quand elles ont un "
                                                            "doute sur son urgence."},
        "à décider plus tard": {"decision": "Nous proposons un déploiement progressif du modèle, à voir avec le "
                                            "prestataire selon les premiers retours."},
        "sans dire quelle correction ou quelle option": {
            "decision": "On fait confiance au prestataire, il connaît bien son modèle et ses données, on peut "
                        "l'utiliser."},
        "« sans autre changement »": {"decision": "Lancer un essai pilote du modèle dans tous les quartiers dès lundi, "
                                                  "sans autre changement."},
        "sans dire quelle": {"decision": "Mettre en service l'outil du prestataire pour trier automatiquement toutes "
                                         "les demandes dès lundi."},
        "ne respecte pas la règle du comité": {"decision": "Déployer les seuils par groupe, avec une relecture par les "
                                                           "agent·es et un audit chaque trimestre."},
        "ne viennent pas d'une même comparaison": {"constats": "Le modèle manque 63 % des vraies urgences des femmes "
                                                               "contre 40 % pour les hommes."},
        "décisions historiques": {"constats": "Le modèle manque 56 % des vraies urgences des quartiers prioritaires "
                                              "contre 25 % ailleurs."},
    }
    for message, variante in refusees.items():
        with pytest.raises(ReponseIncorrecte, match=message):
            lab02.verifier_ex7_1({**bonne, **variante}, demandes, decisions, 5)
    assert lab02.chiffres_avec_unite("Sur 12 000 demandes, de 46 à 17 points, puis 59 %.") == [(46, 0), (17, 0), (59, 0)]


def test_fiche_audit_en_tableau():
    fiche = {cle: f"texte de {cle}" for cle in biais.RUBRIQUES_FICHE}
    tableau = biais.afficher_fiche_audit(fiche)
    assert list(tableau.data.index) == list(biais.RUBRIQUES_FICHE.values())
    assert tableau.data.loc["Décision", "Contenu"] == "texte de decision"


def test_format_points():
    assert biais.format_points(1.23) == "1,2 point"
    assert biais.format_points(17.6) == "17,6 points"


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
