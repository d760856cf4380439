"""Vérifications des exercices du Lab 01 — Classer les demandes des habitant·es.

Les exercices 3.2, 5.1 et 6.1 font écrire une petite fonction : la vérification la relance
sur d'autres similarités (dont des paires exactement au seuil), d'autres messages, un autre
modèle, d'autres courbes et d'autres règles que ceux du cours (les tests cachés du notebook,
sur des demandes fraîchement générées). Un nombre recopié, > à la place de >=, `.max()` à la
place de la ligne du service, un autre modèle que celui reçu, ou le seuil lu sur le graphique
n'y passent plus. Les exercices 4.1 et 7.1 refusent le modèle tout fait du cours
(``entrainer_routeur``) : ils demandent de construire le Pipeline.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..classement import (
    ETAPES_DU_COURS,
    REGLES_EXEMPLE,
    _motif,
    _normaliser,
    courbe_seuil,
    decouper_demandes,
    entrainer_routeur,
    limiter_calculs_paralleles,
    mots_appris_ailleurs,
    probabilites,
    rappel_par_service,
    router_demandes,
    similarite_plus_proche,
    tableau_de_confiance,
)
from ..donnees import charger_demandes
from ..texte import compter_mots, de_cite, format_nombre, format_pourcentage, mots_vides
from ..verification import ReponseIncorrecte, verifier_egal, verifier_fonction, verifier_proche, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

HORS_COMPETENCE = "Hors compétence / autre"

# Les paramètres du notebook (cellule « parameters »), tels que le cours les fixe.
GRAINE, PART_TEST, REGLE_ERREUR, SEUIL_JUMELLES = 2025, 0.25, 0.05, 0.8
# Ceux dont dépendent les vérifications : la contre-épreuve les compare à ceux du notebook.
PARAMETRES = {"GRAINE": GRAINE, "PART_TEST": PART_TEST, "REGLE_ERREUR": REGLE_ERREUR,
              "SEUIL_JUMELLES": SEUIL_JUMELLES}

# Les règles de l'indice de l'exercice 2.1 (celles du collègue, la voirie enrichie) : ce que
# l'exercice 2.2 mesure quand on joue ses mauvaises réponses seules.
REGLES_INDICE = {
    **REGLES_EXEMPLE,
    "Voirie et déplacements": ["trottoir", "trotoir", "chaussée", "travaux", "chantier", "bus", "feu", "panneau"],
}

MESSAGE_SANS = "Des poubelles débordent devant l'immeuble depuis lundi."
MESSAGE_AVEC = "Je suis une femme. Des poubelles débordent devant l'immeuble depuis lundi."
# Un message où « Propreté et déchets » n'est pas en tête : .max() s'y trahit.
MESSAGE_LAMPADAIRE = "Le lampadaire au coin de ma rue ne s'allume plus depuis trois soirs."


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin, construites comme lui."""
    limiter_calculs_paralleles()
    demandes = charger_demandes()
    demandes["nb_mots"] = demandes["texte"].map(compter_mots)
    bon_service = router_demandes(demandes["texte"], REGLES_EXEMPLE) == demandes["service"]
    apprentissage, evaluation = decouper_demandes(demandes, part_test=PART_TEST, graine=GRAINE)
    similarites = similarite_plus_proche(apprentissage["texte"], evaluation["texte"])
    modele = entrainer_routeur(apprentissage["texte"], apprentissage["service"])
    resultats = evaluation[["identifiant", "texte", "service", "orthographe", "erreur_etiquette"]].copy()
    resultats["service"] = resultats["service"].astype(str)
    resultats["prediction"] = modele.predict(evaluation["texte"])
    resultats["correct"] = resultats["prediction"] == resultats["service"]
    confiance = tableau_de_confiance(modele, evaluation["texte"], evaluation["service"])
    return {
        "pd": pd, "np": np,
        "GRAINE": GRAINE, "PART_TEST": PART_TEST, "REGLE_ERREUR": REGLE_ERREUR, "SEUIL_JUMELLES": SEUIL_JUMELLES,
        "REGLES_EXEMPLE": REGLES_EXEMPLE, "router_demandes": router_demandes, "mots_vides": mots_vides,
        "probabilites": probabilites, "decouper_demandes": decouper_demandes,
        "demandes": demandes, "bon_service": bon_service, "mes_regles": dict(REGLES_INDICE),
        "apprentissage": apprentissage, "evaluation": evaluation, "similarites": similarites,
        "modele": modele, "resultats": resultats,
        "message_sans": MESSAGE_SANS, "message_avec": MESSAGE_AVEC,
        "confiance": confiance, "courbe": courbe_seuil(confiance),
        "historique": demandes[~demandes["echantillon_audit"]],
        "audit": demandes[demandes["echantillon_audit"]],
    }


# --- 1. Regarder les demandes -------------------------------------------------------------

@consigner("mediane_par_canal")
def verifier_ex1_1(mediane_par_canal, demandes) -> str:
    verifier_type(
        mediane_par_canal, pd.Series, "mediane_par_canal",
        indice="groupby(…)[\"nb_mots\"].median() renvoie une colonne pandas, une valeur par canal.",
    )
    if set(mediane_par_canal.index) != set(demandes["canal"].unique()):
        raise ReponseIncorrecte(
            f"Les groupes trouvés sont {list(mediane_par_canal.index)[:5]} : on attend les quatre canaux. "
            "Avez-vous groupé par \"canal\" ?"
        )
    attendu = demandes.groupby("canal")["nb_mots"].median()
    if not all(abs(mediane_par_canal[c] - attendu[c]) < 1e-9 for c in attendu.index):
        raise ReponseIncorrecte(
            "Les valeurs ne sont pas les médianes du nombre de mots : avez-vous choisi la colonne "
            "\"nb_mots\" et la fonction .median() (et non .mean(), la moyenne) ?"
        )
    return (
        f"Les messages par « {mediane_par_canal.idxmin()} » sont les plus courts "
        f"(médiane {format_nombre(mediane_par_canal.min())} mots)."
    )


# --- 2. Un routeur à mots-clés ------------------------------------------------------------

def _exactitude_sur_un_tirage(regles, demandes) -> float:
    tirage = demandes.sample(4000, random_state=1)  # un tirage suffit pour juger, et va plus vite
    return float((router_demandes(tirage["texte"], regles) == tirage["service"]).mean())


def _mots_absents(regles, textes) -> list[str]:
    """Les mots-clés qu'aucun des textes ne contient (lus comme le routeur les lit : début de
    mot, sans majuscules ni accents) : des mots provisoires (« xxx », « mot1 ») ou inventés."""
    tout = "".join(_normaliser(str(t)) for t in textes)
    absents = []
    for mots in regles.values():
        for mot in mots:
            motif = _motif(mot)
            if (not motif.strip() or motif not in tout) and mot not in absents:
                absents.append(mot)
    return absents


@consigner("mes_regles")
def verifier_ex2_1(mes_regles, demandes) -> str:
    verifier_type(mes_regles, dict, "mes_regles", indice="un dictionnaire s'écrit entre accolades { }.")
    services_connus = set(demandes["service"].unique())
    inconnus = [s for s in mes_regles if s not in services_connus]
    if inconnus:
        raise ReponseIncorrecte(
            f"Ces clés ne sont pas des services : {inconnus}. Recopiez les noms exactement "
            f"(majuscules, accents) : {sorted(services_connus)}."
        )
    for service, mots in mes_regles.items():
        if not isinstance(mots, (list, tuple)) or not all(isinstance(m, str) for m in mots):
            raise ReponseIncorrecte(
                f"La valeur {de_cite(service)} doit être une liste de textes, par exemple "
                f"[\"mot1\", \"mot2\"] ; c'est : {mots!r}."
            )
    if mes_regles == REGLES_EXEMPLE:
        raise ReponseIncorrecte(
            "mes_regles est le dictionnaire de votre collègue (REGLES_EXEMPLE), tel quel : il oriente bien "
            f"{format_pourcentage(_exactitude_sur_un_tirage(mes_regles, demandes))} des demandes, et "
            "l'exercice demande de faire mieux (45 % au moins). Partez-en, mais enrichissez-le : des mots "
            "lus dans les demandes, des débuts de mots (« inond »), des fautes courantes (« trotoir »)."
        )
    absents = _mots_absents(mes_regles, demandes["texte"])
    if absents:
        raise ReponseIncorrecte(
            f"Ces mots-clés n'apparaissent dans aucune des {format_nombre(len(demandes))} demandes : "
            f"« {' », « '.join(absents[:8])} »{' …' if len(absents) > 8 else ''}. Un mot provisoire, inventé "
            "ou que personne n'écrit ne trouvera jamais rien (les règles de votre collègue en contiennent "
            "déjà). Retirez-les, ou remplacez-les par des mots que les habitant·es écrivent vraiment : "
            "cherchez-les dans les demandes, avec le widget."
        )
    couverts = [s for s, mots in mes_regles.items() if s != HORS_COMPETENCE and len(mots) > 0]
    if len(couverts) < 8:
        raise ReponseIncorrecte(
            f"Vos règles couvrent {len(couverts)} services : il en faut au moins 8. Les services "
            "oubliés ne recevront jamais aucune demande."
        )
    exactitude_mes_regles = _exactitude_sur_un_tirage(mes_regles, demandes)
    if exactitude_mes_regles < 0.45:
        raise ReponseIncorrecte(
            f"Vos règles orientent bien {format_pourcentage(exactitude_mes_regles)} des demandes "
            "(sur 4 000 tirées au hasard) : "
            "visez au moins 45 %. Ajoutez des mots fréquents de chaque service (relisez des demandes "
            "avec le widget), des débuts de mots (« inond »), des fautes courantes ; retirez les mots "
            "trop généraux qui attirent tout vers un service."
        )
    return f"Vos règles orientent bien environ {format_pourcentage(exactitude_mes_regles)} des demandes."


@consigner("routage_regles", "exactitude_regles", "mes_regles")
def verifier_ex2_2(routage_regles, exactitude_regles, mes_regles, demandes, bon_service) -> str:
    verifier_type(routage_regles, pd.Series, "routage_regles",
                  indice="router_demandes(…) renvoie une colonne pandas.")
    if len(routage_regles) != len(demandes):
        raise ReponseIncorrecte(
            f"routage_regles a {len(routage_regles)} lignes, demandes en a {len(demandes)} : "
            "appliquez vos règles à toute la colonne demandes[\"texte\"]."
        )
    tirage_visible = demandes.sample(1000, random_state=3)  # un tirage suffit, et va plus vite
    votre_routage = routage_regles.reindex(tirage_visible.index)
    if not (votre_routage == router_demandes(tirage_visible["texte"], mes_regles)).all():
        if (votre_routage == router_demandes(tirage_visible["texte"], REGLES_EXEMPLE)).all():
            raise ReponseIncorrecte(
                "routage_regles vient des règles d'exemple de votre collègue (REGLES_EXEMPLE), pas des "
                "vôtres : l'exercice mesure vos règles de l'exercice 2.1. Écrivez "
                "router_demandes(demandes[\"texte\"], mes_regles)."
            )
        raise ReponseIncorrecte(
            "routage_regles ne correspond pas à vos règles appliquées aux demandes : écrivez "
            "router_demandes(demandes[\"texte\"], mes_regles), sur toute la colonne, sans trier ni filtrer."
        )
    verifier_type(exactitude_regles, float, "exactitude_regles",
                  indice="la moyenne d'une colonne de vrais et faux (.mean()) donne un nombre décimal.")
    if exactitude_regles > 1:
        raise ReponseIncorrecte(
            "exactitude_regles dépasse 1 : on attend une part, pas un pourcentage ni un nombre de demandes."
        )
    verifier_proche(
        exactitude_regles, (routage_regles == demandes["service"]).mean(), "exactitude_regles",
        indice="comparez routage_regles à demandes[\"service\"] avec ==, puis prenez .mean().",
    )
    return (
        f"{format_pourcentage(exactitude_regles)} de demandes bien orientées, contre "
        f"{format_pourcentage(bon_service.mean())} pour les règles d'exemple."
    )


# --- 3. Apprendre sur une partie, juger sur l'autre ----------------------------------------

@consigner("textes_train", "textes_test", "services_train", "services_test")
def verifier_ex3_1(textes_train, textes_test, services_train, services_test, demandes, PART_TEST, GRAINE) -> str:
    for nom, valeur in [("textes_train", textes_train), ("textes_test", textes_test),
                        ("services_train", services_train), ("services_test", services_test)]:
        verifier_type(valeur, pd.Series, nom,
                      indice="découpez des colonnes pandas : demandes[\"texte\"] et demandes[\"service\"].")
    if textes_train.astype(str).str.len().mean() < 20 or services_train.nunique() != demandes["service"].nunique():
        raise ReponseIncorrecte(
            "Les morceaux sont dans le désordre : train_test_split(textes, services, …) renvoie "
            "textes_train, textes_test, services_train, services_test, dans cet ordre."
        )
    if len(textes_test) != round(PART_TEST * len(demandes)):
        raise ReponseIncorrecte(
            f"textes_test a {format_nombre(len(textes_test))} demandes ; avec test_size=PART_TEST il en faut "
            f"{format_nombre(round(PART_TEST * len(demandes)))}."
        )
    if set(textes_train.index) & set(textes_test.index):
        raise ReponseIncorrecte("Des demandes sont à la fois dans l'apprentissage et l'évaluation.")
    if not textes_test.index.equals(services_test.index):
        raise ReponseIncorrecte(
            "Les textes et les services d'évaluation ne correspondent pas aux mêmes demandes : "
            "découpez-les ensemble, dans le même appel à train_test_split."
        )
    if set(textes_test.index) != set(decouper_demandes(demandes, PART_TEST, GRAINE)[1].index):
        raise ReponseIncorrecte(
            "Le découpage n'est pas celui du cours : avez-vous mis random_state=GRAINE et "
            "stratify=demandes[\"service\"] ?"
        )
    return (
        f"{format_nombre(len(textes_train))} demandes pour apprendre, {format_nombre(len(textes_test))} "
        "pour juger."
    )


def _essais_jumelles(similarites, seuil_du_cours: float) -> list[tuple[np.ndarray, float, str]]:
    """(similarités, seuil, description) sur lesquelles on relance part_au_moins : des paires
    dont la similarité vaut **exactement** le seuil, où > et >= ne donnent pas la même part."""
    construites = np.array([0.2, 0.5, seuil_du_cours, seuil_du_cours, 0.95])
    reelles = np.asarray(similarites, dtype=float)
    # une vraie paire (demande d'évaluation, sa plus proche voisine) prise comme seuil : celle
    # du milieu, loin du seuil du cours (une fonction qui l'ignore ne tombe pas juste par hasard)
    exacte = float(np.sort(reelles)[len(reelles) // 2])
    return [
        (construites, seuil_du_cours,
         f"les similarités [{' ; '.join(format_nombre(x, 2) for x in construites)}] et le seuil "
         f"{format_nombre(seuil_du_cours, 2)} (deux paires exactement au seuil)"),
        (reelles, exacte,
         f"les similarités du cours et le seuil {format_nombre(exacte, 4)}, la similarité exacte d'une "
         "demande d'évaluation avec sa plus proche voisine"),
    ]


@consigner("part_au_moins", "part_quasi_jumelles", "nb_doublons_exacts")
def verifier_ex3_2(part_au_moins, part_quasi_jumelles, nb_doublons_exacts, similarites, SEUIL_JUMELLES,
                   apprentissage, evaluation) -> str:
    if part_quasi_jumelles is None and _renvoie_none(part_au_moins, similarites, SEUIL_JUMELLES):
        raise ReponseIncorrecte(_message_sans_return("part_au_moins(similarites, SEUIL_JUMELLES)"))
    verifier_type(part_quasi_jumelles, float, "part_quasi_jumelles",
                  indice="la moyenne (.mean()) de vrais et faux est un nombre décimal.")
    verifier_fonction(part_au_moins, "part_au_moins", "similarites, seuil")
    # La fonction doit compter les similarités égales au seuil : on la relance sur des paires
    # exactement au seuil (les similarités du cours n'en ont aucune à 0,8 : > y passerait).
    seuil_du_cours = SEUIL_JUMELLES
    for valeurs, seuil, description in _essais_jumelles(similarites, seuil_du_cours):
        nom = f"part_au_moins sur {description}"
        obtenu = part_au_moins(valeurs.copy(), seuil)
        verifier_type(obtenu, float, nom, indice="la fonction doit renvoyer une part : terminez par .mean().")
        attendu = float((valeurs >= seuil).mean())
        if abs(float(obtenu) - float((valeurs > seuil).mean())) < 1e-12 and abs(float(obtenu) - attendu) > 1e-12:
            raise ReponseIncorrecte(
                f"Sur {description}, part_au_moins donne {format_nombre(obtenu, 4)} au lieu de "
                f"{format_nombre(attendu, 4)} : les similarités égales au seuil ne sont pas comptées. Utilisez "
                ">= (supérieur ou égal), pas > : une similarité égale au seuil compte."
            )
        if abs(seuil - seuil_du_cours) > 1e-12 and abs(float(obtenu) - float((valeurs >= seuil_du_cours).mean())) < 1e-12:
            raise ReponseIncorrecte(
                f"Sur {description}, part_au_moins donne {format_nombre(obtenu, 4)}, la part au-dessus de "
                f"SEUIL_JUMELLES ({format_nombre(seuil_du_cours, 2)}), au lieu de {format_nombre(attendu, 4)} : votre "
                "fonction ne tient pas compte du seuil qu'elle reçoit. Écrivez (similarites >= seuil).mean(), "
                "avec seuil (ce que la fonction reçoit), pas SEUIL_JUMELLES."
            )
        verifier_proche(obtenu, attendu, nom,
                        indice="dans la fonction, utilisez similarites et seuil (ce qu'elle reçoit) : "
                               "(similarites >= seuil).mean().")
    verifier_proche(
        part_quasi_jumelles, (similarites >= SEUIL_JUMELLES).mean(), "part_quasi_jumelles",
        indice="part_quasi_jumelles = part_au_moins(similarites, SEUIL_JUMELLES).",
    )
    verifier_type(nb_doublons_exacts, int, "nb_doublons_exacts",
                  indice="compter des vrais avec .sum() donne un nombre entier.")
    verifier_egal(
        nb_doublons_exacts, int(evaluation["texte"].isin(apprentissage["texte"]).sum()), "nb_doublons_exacts",
        indice="cherchez les textes d'évaluation dans ceux d'apprentissage (dans ce sens-là), puis .sum().",
    )
    copies = ("aucune copie exacte" if nb_doublons_exacts == 0 else
              f"{format_nombre(nb_doublons_exacts)} copie{'s' if nb_doublons_exacts >= 2 else ''} "
              f"exacte{'s' if nb_doublons_exacts >= 2 else ''}")
    return (
        f"{format_pourcentage(part_quasi_jumelles, 1)} des demandes d'évaluation ont une quasi-jumelle, "
        f"dont {copies}. Votre fonction compte aussi les paires exactement au seuil. Nous verrons plus bas "
        "si le modèle réussit mieux ces demandes."
    )


# --- 4. Un modèle qui apprend -------------------------------------------------------------

def _refuser_modele_du_cours(modele, nom: str, fit: str, reglages: str) -> None:
    """Refuse le modèle tout fait du cours (entrainer_routeur) là où l'exercice demande de
    construire le Pipeline : le cours nomme ses étapes à part, ce qui le reconnaît même hors
    du noyau (la contre-épreuve garde les noms des étapes)."""
    if [etape for etape, _ in modele.steps] == list(ETAPES_DU_COURS):
        raise ReponseIncorrecte(
            f"{nom} est le modèle tout fait du cours : ses étapes s'appellent « {ETAPES_DU_COURS[0]} » et "
            f"« {ETAPES_DU_COURS[1]} », comme celles que construit entrainer_routeur, l'outil du cours. "
            "L'exercice demande de construire le Pipeline vous-même, étape par étape : "
            f"{nom} = Pipeline([(\"tfidf\", TfidfVectorizer(stop_words=mots_vides())), "
            f"(\"modele\", {reglages})]), puis {fit}."
        )


def _refuser_etape_sans_parentheses(pipeline, nom: str, classifieur: str) -> None:
    """Une étape écrite sans ses parenthèses (``("tfidf", TfidfVectorizer)``) est la classe
    elle-même, pas un outil prêt à apprendre : la ligne .fit s'est arrêtée sur l'erreur
    « Expected an estimator instance ». ``classifieur`` : la régression attendue, avec ses réglages."""
    attendues = {"TfidfVectorizer": "TfidfVectorizer(stop_words=mots_vides())", "LogisticRegression": classifieur}
    for position, (_, etape) in zip(("première", "dernière"), (pipeline.steps[0], pipeline.steps[-1])):
        if isinstance(etape, type):
            classe = etape.__name__
            raise ReponseIncorrecte(
                f"La {position} étape de {nom} est {classe} écrit sans parenthèses : {classe}(…). Sans "
                "parenthèses, ce n'est que le nom de l'outil, pas un outil prêt à apprendre, et la ligne .fit "
                "s'est arrêtée sur l'erreur « Expected an estimator instance … got estimator class instead ». "
                f"Écrivez {attendues.get(classe, classe + '()')}, réexécutez la cellule de réponse, puis ce test."
            )


@consigner("routeur")
def verifier_ex4_1(routeur, apprentissage, evaluation, demandes) -> str:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.pipeline import Pipeline

    verifier_type(routeur, Pipeline, "routeur", indice="routeur = Pipeline([(\"tfidf\", …), (\"modele\", …)]).")
    _refuser_modele_du_cours(routeur, "routeur", "routeur.fit(apprentissage[\"texte\"], apprentissage[\"service\"])",
                             "LogisticRegression(max_iter=1000)")
    _refuser_etape_sans_parentheses(routeur, "routeur", "LogisticRegression(max_iter=1000)")
    tfidf, classifieur = routeur.steps[0][1], routeur.steps[-1][1]  # par position : le nom des étapes est libre
    if not isinstance(tfidf, TfidfVectorizer) or not isinstance(classifieur, LogisticRegression):
        raise ReponseIncorrecte("La première étape doit être un TfidfVectorizer, la dernière une LogisticRegression.")
    if not hasattr(tfidf, "vocabulary_") or not hasattr(classifieur, "classes_"):
        if isinstance(tfidf.stop_words, str) and tfidf.stop_words != "english":
            raise ReponseIncorrecte(
                f"Le routeur n'a pas appris : stop_words=\"{tfidf.stop_words}\" n'existe pas dans scikit-learn (sa "
                "seule liste intégrée est anglaise), et la ligne .fit s'est arrêtée sur l'erreur "
                "InvalidParameterError. Écrivez TfidfVectorizer(stop_words=mots_vides()), la liste française du "
                "cours, réexécutez la cellule de réponse, puis ce test."
            )
        if {"texte", "service"} <= set(getattr(tfidf, "vocabulary_", {})) and len(tfidf.vocabulary_) < 60:
            raise ReponseIncorrecte(
                "Le routeur n'a pas appris : le TF-IDF a lu les noms des colonnes (« texte », « service »…), pas "
                "les demandes. Vous avez donné un tableau entier à .fit, et la ligne s'est arrêtée sur l'erreur "
                "« Found input variables with inconsistent numbers of samples ». Donnez-lui deux colonnes : "
                "routeur.fit(apprentissage[\"texte\"], apprentissage[\"service\"])."
            )
        raise ReponseIncorrecte(
            "Le routeur n'a pas encore appris. Soit la ligne routeur.fit(…) manque ; soit elle s'est "
            "arrêtée sur une erreur (cadre rouge sous la cellule de réponse) : lisez la dernière ligne de "
            "cette erreur (le tableau de la section 0 traduit les plus fréquentes), corrigez, réexécutez la "
            "cellule de réponse, puis ce test. L'appel attendu : routeur.fit(apprentissage[\"texte\"], "
            "apprentissage[\"service\"]), les textes d'abord, les services ensuite."
        )
    classes_apprises = [str(c) for c in classifieur.classes_]
    if not set(classes_apprises) <= set(demandes["service"].astype(str)):
        if len(classes_apprises) > 50:
            raise ReponseIncorrecte(
                f"Le routeur a appris {format_nombre(len(classes_apprises))} « réponses » différentes, qui sont "
                f"des textes de demandes (par exemple « {classes_apprises[0][:60]}… »), et son vocabulaire est "
                "fait des mots des noms de services : les deux arguments de .fit sont inversés. Les textes "
                "d'abord (ce que le modèle lit), les services ensuite (ce qu'il doit deviner) : "
                "routeur.fit(apprentissage[\"texte\"], apprentissage[\"service\"])."
            )
        raise ReponseIncorrecte(
            f"Le routeur prédit {classes_apprises[:4]} : ce ne sont pas des services. Le deuxième argument "
            "de .fit est ce que le modèle doit deviner : apprentissage[\"service\"]."
        )
    if "les" in tfidf.vocabulary_:
        raise ReponseIncorrecte(
            "Le vocabulaire du modèle contient « les » : les mots vides français n'ont pas été retirés"
            + (" (stop_words=\"english\" ne retire que les mots vides anglais)" if tfidf.stop_words == "english" else "")
            + ". Écrivez TfidfVectorizer(stop_words=mots_vides())."
        )
    predictions = routeur.predict(evaluation["texte"])
    mots_en_trop = mots_appris_ailleurs(routeur, apprentissage["texte"])  # appris hors de l'apprentissage ?
    if mots_en_trop:
        raise ReponseIncorrecte(
            f"Votre routeur connaît {format_nombre(len(mots_en_trop))} mots qu'aucune demande d'apprentissage "
            f"ne contient (par exemple « {' », « '.join(mots_en_trop[:3])} ») : il a donc appris sur des "
            "demandes d'évaluation. C'est comme donner le corrigé avant l'examen : son score sur ces demandes "
            "serait flatteur et ne dirait plus rien de ce qu'il vaut sur des demandes nouvelles. Entraînez-le "
            "uniquement sur apprentissage[\"texte\"] et apprentissage[\"service\"]."
        )
    f1_routeur = f1_score(evaluation["service"], predictions, average="macro")
    # Le routeur du cours (réglages demandés) atteint environ 0,80 sur ces demandes ; un réglage qui
    # appauvrit le modèle tombe bien plus bas (0,20 avec C=0.05).
    if f1_routeur < 0.75:
        raise ReponseIncorrecte(
            f"Sur les demandes d'évaluation, le F1 macro de votre routeur vaut {format_nombre(f1_routeur, 2, garder_zeros=True)} : "
            "on attend au moins 0,75 (avec les réglages demandés, le routeur du cours atteint environ 0,80). Avez-vous entraîné sur apprentissage[\"texte\"] et "
            "apprentissage[\"service\"], avec les réglages demandés ?"
        )
    return f"Votre routeur atteint un F1 macro de {format_nombre(f1_routeur, 2, garder_zeros=True)} sur les demandes d'évaluation."


@consigner("exactitude", "f1_macro")
def verifier_ex4_2(exactitude, f1_macro, resultats) -> str:
    from sklearn.metrics import accuracy_score, f1_score

    verifier_type(exactitude, float, "exactitude", indice="accuracy_score(vrais, predits) renvoie un nombre décimal.")
    verifier_type(f1_macro, float, "f1_macro", indice="f1_score(…, average=\"macro\") renvoie un nombre décimal.")
    bonne_exactitude = accuracy_score(resultats["service"], resultats["prediction"])
    bon_f1 = f1_score(resultats["service"], resultats["prediction"], average="macro")
    if abs(f1_macro - f1_score(resultats["service"], resultats["prediction"], average="weighted")) < 1e-12:
        raise ReponseIncorrecte("Vous avez calculé le F1 « pondéré » (weighted) : il faut average=\"macro\".")
    if abs(f1_macro - bonne_exactitude) < 1e-12:
        raise ReponseIncorrecte("f1_macro vaut l'exactitude : avez-vous utilisé f1_score avec average=\"macro\" ?")
    verifier_proche(exactitude, bonne_exactitude, "exactitude",
                    indice="accuracy_score(resultats[\"service\"], resultats[\"prediction\"]).")
    verifier_proche(f1_macro, bon_f1, "f1_macro",
                    indice="f1_score(resultats[\"service\"], resultats[\"prediction\"], average=\"macro\").")
    return (
        f"Exactitude {format_pourcentage(exactitude, 1)}, F1 macro {format_nombre(f1_macro, 2, garder_zeros=True)} : "
        "le F1 macro est plus bas, signe que certains services sont moins bien servis que d'autres."
    )


@consigner("rappel_hors_competence")
def verifier_ex4_3(rappel_hors_competence, resultats) -> str:
    if isinstance(rappel_hors_competence, float) and math.isnan(rappel_hors_competence):
        raise ReponseIncorrecte(
            "rappel_hors_competence vaut nan (« pas un nombre ») : votre sélection est vide. Vérifiez "
            "l'orthographe exacte, accents compris, de la valeur filtrée : \"Hors compétence / autre\" "
            "(avec « é », et une espace de chaque côté de la barre oblique)."
        )
    verifier_type(rappel_hors_competence, float, "rappel_hors_competence",
                  indice="la moyenne (.mean()) d'une colonne de vrais et faux est un nombre décimal.")
    hc = HORS_COMPETENCE
    if rappel_hors_competence == 0:
        raise ReponseIncorrecte(
            "rappel_hors_competence vaut 0 : aucune prédiction ne correspond au service cherché. Le modèle "
            "en reconnaît pourtant une partie : vérifiez l'orthographe exacte de la valeur, dans les deux "
            "comparaisons (le filtre sur service et la comparaison avec prediction) : \"Hors compétence / "
            "autre\", avec « é » et une espace de chaque côté de la barre oblique. Le plus sûr : la recopier."
        )
    precision = (resultats.loc[resultats["prediction"] == hc, "service"] == hc).mean()
    if abs(rappel_hors_competence - precision) < 1e-12:
        raise ReponseIncorrecte(
            "Vous avez calculé la précision (parmi les demandes que le modèle envoie en « Hors "
            "compétence », la part qui l'est vraiment). Le rappel part des vraies demandes hors "
            "compétence : filtrez sur resultats[\"service\"]."
        )
    if abs(rappel_hors_competence - resultats["correct"].mean()) < 1e-12:
        raise ReponseIncorrecte("C'est l'exactitude de toutes les demandes : filtrez d'abord les demandes hors compétence.")
    verifier_proche(
        rappel_hors_competence, rappel_par_service(resultats["service"], resultats["prediction"])[hc],
        "rappel_hors_competence",
        indice="filtrez les lignes dont le service vaut \"Hors compétence / autre\", puis prenez la part "
        "de prédictions égales à ce service.",
    )
    return (
        f"Seulement {format_pourcentage(rappel_hors_competence)} des demandes hors compétence sont "
        f"reconnues, pour {format_pourcentage(resultats['correct'].mean())} d'exactitude globale."
    )


# --- 5. et 6. Deux fonctions à écrire -----------------------------------------------------

def _renvoie_none(fonction, *arguments) -> bool:
    """Vrai si la fonction s'exécute sans erreur mais ne renvoie rien (« return » oublié).
    Le talon (NotImplementedError) ou une autre erreur : faux, le message sur la variable le dit."""
    if not callable(fonction):
        return False
    try:
        return fonction(*arguments) is None
    except Exception:
        return False


def _message_sans_return(appel: str) -> str:
    return (
        f"{appel} renvoie None : la fonction fait peut-être le calcul, mais ne renvoie rien. Écrivez "
        "return devant le résultat, sur la dernière ligne de la fonction (en retrait, comme les autres "
        "lignes sous « def »)."
    )


# --- 5. Les mots du modèle ----------------------------------------------------------------

def _essais_proba(modele, evaluation) -> list[tuple[str, str]]:
    """(texte, service) sur lesquels on relance proba_du_service : un message où le service
    demandé n'est pas en tête, le même avec le service en tête, et deux demandes d'évaluation."""
    essais = [(MESSAGE_LAMPADAIRE, "Propreté et déchets"), (MESSAGE_LAMPADAIRE, "Éclairage public")]
    for position in (7, 70):
        essais.append((str(evaluation["texte"].iloc[position]), str(evaluation["service"].iloc[position])))
    return essais


TAILLE_AUTRE_MODELE = 800


def _autre_modele(evaluation):
    """Un autre modèle que celui du cours : les mêmes réglages, appris sur les 800 dernières
    demandes d'évaluation (ses probabilités diffèrent de celles du cours)."""
    petit = evaluation.iloc[-TAILLE_AUTRE_MODELE:]
    return entrainer_routeur(petit["texte"], petit["service"])


@consigner("proba_du_service", "proba_sans", "proba_avec")
def verifier_ex5_1(proba_du_service, proba_sans, proba_avec, modele, message_sans, message_avec, evaluation) -> str:
    if proba_sans is None and _renvoie_none(proba_du_service, modele, message_sans, "Propreté et déchets"):
        raise ReponseIncorrecte(_message_sans_return("proba_du_service(modele, message_sans, \"Propreté et déchets\")"))
    verifier_type(proba_sans, float, "proba_sans",
                  indice="prenez une seule valeur : probabilites(modele, texte)[service], dans la fonction.")
    verifier_type(proba_avec, float, "proba_avec",
                  indice="prenez une seule valeur : probabilites(modele, texte)[service], dans la fonction.")
    verifier_fonction(proba_du_service, "proba_du_service", "modele, texte, service")
    # La fonction doit lire la ligne du service demandé : on l'essaie sur d'autres messages.
    resultats = []
    for texte, service in _essais_proba(modele, evaluation):
        toutes = probabilites(modele, texte)
        nom = f"proba_du_service(modele, « {texte[:50]}{'…' if len(texte) > 50 else ''} », \"{service}\")"
        obtenu = proba_du_service(modele, texte, service)
        verifier_type(obtenu, float, nom, indice="la fonction doit renvoyer un seul nombre : ajoutez [service].")
        if abs(obtenu - toutes.iloc[0]) < 1e-12 and toutes.index[0] != service:
            raise ReponseIncorrecte(
                f"{nom} donne {format_nombre(obtenu, 4)} : c'est la plus forte probabilité, celle "
                f"{de_cite(toutes.index[0])}, pas celle {de_cite(service)} ({format_nombre(toutes[service], 4)}). "
                ".max() et .iloc[0] prennent le service en tête, quel qu'il soit ; pour un service donné, "
                "prenez sa ligne : probabilites(modele, texte)[service]."
            )
        resultats.append((nom, obtenu, toutes[service]))
    (nom_1, obtenu_1, attendu_1), (nom_2, obtenu_2, attendu_2) = resultats[:2]
    if abs(obtenu_1 - obtenu_2) < 1e-12 and abs(attendu_1 - attendu_2) > 1e-6:
        raise ReponseIncorrecte(
            f"{nom_1} et {nom_2} donnent le même nombre, {format_nombre(obtenu_1, 4)} : votre fonction ne tient "
            "pas compte de ce qu'elle reçoit (un nombre recopié, ou un service écrit en toutes lettres). "
            "Elle doit calculer à partir de modele, texte et service : probabilites(modele, texte)[service]."
        )
    for nom, obtenu, attendu in resultats:
        verifier_proche(obtenu, attendu, nom,
                        indice="dans la fonction, utilisez texte et service (ce qu'elle reçoit), jamais "
                               "message_sans ni \"Propreté et déchets\" : probabilites(modele, texte)[service].")
    # La fonction doit se servir du modèle qu'elle reçoit, pas d'un autre du notebook (routeur,
    # appris comme le modèle du cours, donne les mêmes nombres) : on la relance avec un autre modèle.
    autre_modele = _autre_modele(evaluation)
    for texte, service in _essais_proba(modele, evaluation)[1:3]:
        nom = f"proba_du_service(autre_modele, « {texte[:50]}{'…' if len(texte) > 50 else ''} », \"{service}\")"
        obtenu = proba_du_service(autre_modele, texte, service)
        verifier_type(obtenu, float, nom, indice="la fonction doit renvoyer un seul nombre : ajoutez [service].")
        attendu = float(probabilites(autre_modele, texte)[service])
        du_cours = float(probabilites(modele, texte)[service])
        if abs(obtenu - attendu) > 1e-9 and abs(obtenu - du_cours) < 1e-9:
            raise ReponseIncorrecte(
                f"Avec un autre modèle (appris sur {format_nombre(TAILLE_AUTRE_MODELE)} demandes seulement), "
                f"{nom} donne {format_nombre(obtenu, 4)}, la probabilité du modèle du cours, au lieu de "
                f"{format_nombre(attendu, 4)}, celle du modèle reçu : votre fonction ne se sert pas de modele "
                "(peut-être de routeur, votre modèle de l'exercice 4.1, qui donne les mêmes nombres que celui du "
                "cours). Utilisez ce qu'elle reçoit : probabilites(modele, texte)[service]."
            )
        verifier_proche(obtenu, attendu, nom,
                        indice="dans la fonction, utilisez modele, texte et service (ce qu'elle reçoit) : "
                               "probabilites(modele, texte)[service].")
    sans = probabilites(modele, message_sans)
    avec = probabilites(modele, message_avec)
    if abs(proba_sans - avec["Propreté et déchets"]) < 1e-12:
        raise ReponseIncorrecte("proba_sans et proba_avec semblent inversées : message_sans pour proba_sans.")
    verifier_proche(proba_sans, sans["Propreté et déchets"], "proba_sans",
                    indice="proba_du_service(modele, message_sans, \"Propreté et déchets\").")
    verifier_proche(proba_avec, avec["Propreté et déchets"], "proba_avec",
                    indice="proba_du_service(modele, message_avec, \"Propreté et déchets\").")
    return (
        f"Une phrase sans rapport avec la propreté (« Je suis une femme. ») fait passer la probabilité de "
        f"{format_pourcentage(proba_sans)} à {format_pourcentage(proba_avec)}. Votre fonction donne aussi "
        "la bonne probabilité pour un service qui n'est pas en tête."
    )


# --- 6. Le seuil de confiance -------------------------------------------------------------

def _plus_petit_seuil(courbe, regle, strict: bool = False):
    """La bonne réponse : le plus petit seuil dont le taux d'erreur ne dépasse pas la règle."""
    respectent = courbe[courbe["taux_erreur"] < regle] if strict else courbe[courbe["taux_erreur"] <= regle]
    return float(respectent["seuil"].min()) if len(respectent) else float("nan")


def _meme(a, b) -> bool:
    return not (math.isnan(a) or math.isnan(b)) and abs(a - b) < 1e-9


def _essais_seuil(courbe, confiance, regle_du_service: float):
    """(courbe, règle, description) sur lesquelles on relance choisir_seuil : d'autres demandes,
    d'autres règles (où le taux d'erreur remonte après avoir baissé), une courbe rangée à
    l'envers, une règle égale au taux d'erreur d'un seuil."""
    autre_regle = 0.05 if abs(regle_du_service - 0.05) > 1e-9 else 0.04
    troisieme_regle = 0.046 if abs(regle_du_service - 0.046) > 1e-9 else 0.045
    essais = [
        (courbe_seuil(confiance.iloc[1::2]), regle_du_service,
         "la courbe d'une moitié des demandes d'évaluation (une sur deux)"),
        (courbe, autre_regle, f"la courbe du cours, avec une règle de {format_pourcentage(autre_regle)}"),
        (courbe_seuil(confiance.iloc[::2]), troisieme_regle,
         f"la courbe de l'autre moitié, avec une règle de {format_pourcentage(troisieme_regle, 1)}"),
        (courbe.iloc[::-1], regle_du_service, "la courbe du cours rangée du seuil le plus haut au plus bas"),
        (courbe, 0.09, f"la courbe du cours, avec une règle large de {format_pourcentage(0.09)}"),
    ]
    seuil = _plus_petit_seuil(courbe, regle_du_service)
    if not math.isnan(seuil):
        # la même courbe, où ce seuil-là dépasserait la règle : le bon seuil y est un autre
        modifiee = courbe.copy()
        modifiee.loc[modifiee["seuil"] == seuil, "taux_erreur"] = regle_du_service + 0.01
        essais.insert(1, (modifiee, regle_du_service,
                          f"la courbe du cours modifiée pour que le seuil {format_nombre(seuil, 2)} dépasse la règle"))
        exacte = float(courbe.loc[courbe["seuil"] == seuil, "taux_erreur"].iloc[0])
        essais.append((courbe, exacte, f"la courbe du cours, avec une règle égale au taux d'erreur du seuil "
                                       f"{format_nombre(seuil, 2)} ({format_pourcentage(exacte, 2)})"))
    # seulement des essais où au moins un seuil respecte la règle (sinon il n'y a rien à trouver)
    return [e for e in essais if not math.isnan(_plus_petit_seuil(e[0], e[1]))]


@consigner("choisir_seuil", "seuil_choisi", "part_lue_par_les_agents")
def verifier_ex6_1(choisir_seuil, seuil_choisi, part_lue_par_les_agents, courbe, confiance, REGLE_ERREUR) -> str:
    if seuil_choisi is None and _renvoie_none(choisir_seuil, courbe.copy(), REGLE_ERREUR):
        raise ReponseIncorrecte(_message_sans_return("choisir_seuil(courbe, REGLE_ERREUR)"))
    if isinstance(seuil_choisi, pd.Series):
        raise ReponseIncorrecte(
            "seuil_choisi est une colonne "
            + (f"de {format_nombre(len(seuil_choisi))} valeurs" if len(seuil_choisi) != 1 else "d'une seule valeur")
            + ", pas un seul seuil : "
            + ("ajoutez .iloc[0] pour en prendre la valeur."
               if len(seuil_choisi) == 1 else
               "gardez le plus petit des seuils qui respectent la règle, avec .min() : "
               "courbe[courbe[\"taux_erreur\"] <= regle][\"seuil\"].min().")
        )
    if isinstance(part_lue_par_les_agents, pd.Series):
        raise ReponseIncorrecte(
            "part_lue_par_les_agents est une colonne "
            + (f"de {format_nombre(len(part_lue_par_les_agents))} valeurs" if len(part_lue_par_les_agents) != 1
               else "d'une seule valeur")
            + ", pas un seul nombre : "
            + ("ajoutez .iloc[0] pour en prendre la valeur : 1 - courbe[courbe[\"seuil\"] == seuil_choisi]"
               "[\"part_automatique\"].iloc[0]."
               if len(part_lue_par_les_agents) == 1 else
               "gardez seulement la ligne de seuil_choisi (courbe[courbe[\"seuil\"] == seuil_choisi]), puis "
               "prenez sa part_automatique avec .iloc[0], et calculez 1 - cette part.")
        )
    verifier_type(seuil_choisi, float, "seuil_choisi", indice="un seuil est un nombre décimal entre 0,30 et 0,99.")
    if isinstance(part_lue_par_les_agents, int) and not isinstance(part_lue_par_les_agents, bool) \
            and 1 < part_lue_par_les_agents <= 100:
        raise ReponseIncorrecte(
            f"part_lue_par_les_agents vaut {part_lue_par_les_agents} : c'est un pourcentage lu sur le widget "
            f"({part_lue_par_les_agents} %). On attend une part entre 0 et 1 (0,25 pour 25 %), calculée : "
            "1 - la part_automatique de la ligne du seuil choisi."
        )
    verifier_type(part_lue_par_les_agents, float, "part_lue_par_les_agents",
                  indice="une part est un nombre décimal entre 0 et 1.")
    auto = confiance["confiance"] >= seuil_choisi
    if not auto.any():
        depasse = courbe.loc[courbe["taux_erreur"] > REGLE_ERREUR, "seuil"]
        if len(depasse) and abs(seuil_choisi - (depasse.max() + 0.01)) < 1e-9:
            raise ReponseIncorrecte(
                f"Avec le seuil {format_nombre(seuil_choisi, 2)}, aucune demande ne part seule : c'est le seuil qui suit "
                f"le dernier seuil dont le taux d'erreur dépasse la règle ({format_nombre(depasse.max(), 2)}). Le taux "
                "d'erreur ne baisse pas régulièrement quand le seuil monte (il remonte tout en haut, où très peu de "
                "demandes partent seules) : gardez toutes les lignes qui respectent la règle, puis le plus petit de "
                "leurs seuils (.min())."
            )
        raise ReponseIncorrecte(
            f"Avec le seuil {format_nombre(seuil_choisi, 2)}, aucune demande ne part seule : choisissez un seuil de la courbe."
        )
    erreur = 1 - confiance.loc[auto, "correct"].mean()
    if erreur > REGLE_ERREUR:
        raise ReponseIncorrecte(
            f"Avec le seuil {format_nombre(seuil_choisi, 2)}, {format_pourcentage(erreur, 1)} des demandes "
            f"orientées seules sont mal orientées : la règle exige au plus {format_pourcentage(REGLE_ERREUR)}. "
            "Avez-vous filtré avec taux_erreur <= regle ?"
        )
    plus_bas = courbe[(courbe["taux_erreur"] <= REGLE_ERREUR) & (courbe["seuil"] < seuil_choisi - 1e-9)]
    if len(plus_bas):
        raise ReponseIncorrecte(
            f"Le seuil {format_nombre(plus_bas['seuil'].iloc[0], 2)}, plus bas, respecte aussi la règle : "
            "il fait lire moins de demandes aux agent·es. Prenez le plus petit seuil qui respecte la règle (.min())."
        )
    part_lue = 1 - auto.mean()
    if part_lue_par_les_agents > 1:
        raise ReponseIncorrecte(
            f"part_lue_par_les_agents vaut {format_nombre(part_lue_par_les_agents, 4)} : on attend une part entre 0 et 1 "
            "(0,25 pour 25 %), pas un pourcentage."
        )
    if abs(part_lue_par_les_agents - (1 - part_lue)) < 0.006 and abs(part_lue - 0.5) > 0.006:
        raise ReponseIncorrecte(
            "part_lue_par_les_agents est la part qui part seule : les agent·es lisent le reste, 1 - part_automatique."
        )
    if abs(part_lue_par_les_agents - part_lue) > 0.006:  # arrondi au pour cent accepté
        raise ReponseIncorrecte(
            f"Avec ce seuil, les agent·es lisent {format_pourcentage(part_lue, 1)} des demandes, pas "
            f"{format_pourcentage(part_lue_par_les_agents, 1)}. Prenez la part_automatique de la ligne de "
            "seuil_choisi, et calculez 1 - cette part."
        )
    # La fonction doit chercher le seuil, pas le recopier : on l'essaie sur d'autres courbes et règles.
    verifier_fonction(choisir_seuil, "choisir_seuil", "courbe, regle")
    essais = _essais_seuil(courbe, confiance, REGLE_ERREUR)
    # une fonction qui renvoie toujours le même nombre (le seuil recopié) : dit avant tout le reste
    obtenus = []
    for courbe_essai, regle, _ in essais:
        try:
            obtenus.append(float(choisir_seuil(courbe_essai.copy(), regle)))
        except Exception:  # l'erreur sera dite par les essais ci-dessous
            obtenus = []
            break
    if obtenus and all(_meme(o, seuil_choisi) for o in obtenus):
        for (courbe_essai, regle, description), obtenu in zip(essais, obtenus):
            attendu = _plus_petit_seuil(courbe_essai, regle)
            if not _meme(obtenu, attendu):
                raise ReponseIncorrecte(
                    f"Sur {description}, choisir_seuil donne {format_nombre(obtenu, 2)}, exactement comme sur la "
                    f"courbe du cours, alors que le bon seuil y est {format_nombre(attendu, 2)} : votre fonction "
                    "renvoie toujours le même nombre. Elle doit chercher dans la courbe qu'elle reçoit : "
                    "courbe[courbe[\"taux_erreur\"] <= regle][\"seuil\"].min()."
                )
    for courbe_essai, regle, description in essais:
        attendu = _plus_petit_seuil(courbe_essai, regle)
        obtenu = choisir_seuil(courbe_essai.copy(), regle)
        nom = f"choisir_seuil sur {description}"
        verifier_type(obtenu, float, nom, indice="la fonction doit renvoyer un seul seuil : terminez par .min().")
        obtenu = float(obtenu)
        if _meme(obtenu, attendu):
            continue
        if abs(regle - REGLE_ERREUR) > 1e-12 and _meme(obtenu, _plus_petit_seuil(courbe_essai, REGLE_ERREUR)):
            raise ReponseIncorrecte(
                f"Sur {description}, choisir_seuil donne {format_nombre(obtenu, 2)}, le seuil qui convient pour la "
                f"règle du service ({format_pourcentage(REGLE_ERREUR)}) ; avec cette règle, c'est "
                f"{format_nombre(attendu, 2)}. Votre fonction ne tient pas compte de regle : écrivez "
                "taux_erreur <= regle (ce que la fonction reçoit), pas REGLE_ERREUR."
            )
        if _meme(obtenu, _plus_petit_seuil(courbe_essai, regle, strict=True)):
            raise ReponseIncorrecte(
                f"Sur {description}, choisir_seuil donne {format_nombre(obtenu, 2)} au lieu de "
                f"{format_nombre(attendu, 2)} : un taux d'erreur égal à la règle la respecte. Utilisez <= "
                "(inférieur ou égal), pas <."
            )
        respectent = courbe_essai[courbe_essai["taux_erreur"] <= regle]
        if len(respectent) and _meme(obtenu, float(respectent["seuil"].iloc[0])):
            raise ReponseIncorrecte(
                f"Sur {description}, choisir_seuil donne {format_nombre(obtenu, 2)} au lieu de "
                f"{format_nombre(attendu, 2)} : vous prenez le premier seuil de la liste, pas le plus petit. "
                "Une courbe n'est pas toujours rangée dans l'ordre des seuils : prenez .min()."
            )
        respecte = not math.isnan(obtenu) and bool((respectent["seuil"] - obtenu).abs().lt(1e-9).any())
        raise ReponseIncorrecte(
            f"Sur {description}, choisir_seuil donne {format_nombre(obtenu, 2)}, mais le plus petit seuil dont le "
            f"taux d'erreur ne dépasse pas {format_pourcentage(regle, 1)} est {format_nombre(attendu, 2)}. "
            + ("Un seuil plus bas respecte aussi la règle sur cette courbe (et le taux d'erreur ne baisse pas "
               "toujours régulièrement quand le seuil monte) : gardez toutes les lignes qui respectent la règle, "
               "puis le plus petit de leurs seuils (.min())."
               if respecte else
               "Le seuil renvoyé ne respecte pas la règle sur cette courbe : filtrez les lignes dont le "
               "taux_erreur est <= regle, puis prenez le plus petit de leurs seuils (.min()).")
        )
    return (
        f"Seuil {format_nombre(seuil_choisi, 2)} : les agent·es lisent encore "
        f"{format_pourcentage(part_lue_par_les_agents)} des demandes. Votre fonction trouve aussi le bon "
        "seuil sur d'autres courbes et d'autres règles."
    )


# --- 7. L'urgence -------------------------------------------------------------------------

@consigner("modele_urgence")
def verifier_ex7_1(modele_urgence, historique, audit, demandes) -> str:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import recall_score
    from sklearn.pipeline import Pipeline

    verifier_type(modele_urgence, Pipeline, "modele_urgence", indice="construisez un Pipeline comme à l'exercice 4.1.")
    _refuser_modele_du_cours(
        modele_urgence, "modele_urgence",
        "modele_urgence.fit(historique[\"texte\"], historique[\"urgence_historique\"])",
        "LogisticRegression(max_iter=1000, class_weight=\"balanced\")")
    _refuser_etape_sans_parentheses(modele_urgence, "modele_urgence",
                                    "LogisticRegression(max_iter=1000, class_weight=\"balanced\")")
    vectoriseur, classifieur = modele_urgence.steps[0][1], modele_urgence.steps[-1][1]  # par position
    if not isinstance(vectoriseur, TfidfVectorizer):
        raise ReponseIncorrecte("La première étape doit être un TfidfVectorizer, comme à l'exercice 4.1.")
    if not hasattr(vectoriseur, "vocabulary_") or not hasattr(classifieur, "classes_"):
        if isinstance(vectoriseur.stop_words, str) and vectoriseur.stop_words != "english":
            raise ReponseIncorrecte(
                f"Le modèle n'a pas appris : stop_words=\"{vectoriseur.stop_words}\" n'existe pas dans "
                "scikit-learn, et la ligne .fit s'est arrêtée sur l'erreur InvalidParameterError. Écrivez "
                "TfidfVectorizer(stop_words=mots_vides()), réexécutez la cellule de réponse, puis ce test."
            )
        raise ReponseIncorrecte(
            "Le modèle n'a pas encore appris. Soit la ligne modele_urgence.fit(…) manque ; soit elle "
            "s'est arrêtée sur une erreur (cadre rouge sous la cellule de réponse) : lisez la dernière ligne de "
            "cette erreur (voir le tableau de la section 0), corrigez, réexécutez la cellule de réponse, puis ce "
            "test. L'appel attendu : modele_urgence.fit(historique[\"texte\"], historique[\"urgence_historique\"])."
        )
    classes = list(classifieur.classes_)
    if set(map(str, classes)) == {"urgente", "non urgente"}:
        def est_urgente(predictions):
            return np.asarray(predictions).astype(str) == "urgente"
    elif set(map(str, classes)) in ({"False", "True"}, {"0", "1"}):  # cible vrai/faux, acceptée
        def est_urgente(predictions):
            return np.asarray(predictions) == classes[1]
        if (est_urgente(modele_urgence.predict(audit["texte"])) == (audit["urgence_historique"] == "urgente")).mean() < 0.5:
            raise ReponseIncorrecte(
                "Votre modèle a appris une cible vrai/faux où « vrai » veut dire « non urgente » : il répond "
                "à l'envers. Écrivez historique[\"urgence_historique\"] (ou, si vous tenez au vrai/faux, "
                "historique[\"urgence_historique\"] == \"urgente\")."
            )
    elif set(map(str, classes)) <= set(demandes["service"].astype(str)):
        raise ReponseIncorrecte(
            f"Le modèle prédit des services ({', '.join(map(str, classes[:3]))}…) : entraînez-le sur la "
            "colonne urgence_historique, pas sur le service."
        )
    else:
        raise ReponseIncorrecte(
            f"Le modèle prédit {[str(c)[:40] for c in classes[:4]]} : on attend « urgente » ou « non urgente ». "
            "Les textes d'abord, l'urgence ensuite : modele_urgence.fit(historique[\"texte\"], "
            "historique[\"urgence_historique\"])."
        )
    if "les" in vectoriseur.vocabulary_:
        raise ReponseIncorrecte(
            "Le vocabulaire du modèle contient « les » : les mots vides français n'ont pas été retirés. "
            "Comme à l'exercice 4.1, écrivez TfidfVectorizer(stop_words=mots_vides())."
        )
    mots_audit = mots_appris_ailleurs(modele_urgence, historique["texte"])  # appris hors de l'historique ?
    if mots_audit:
        raise ReponseIncorrecte(
            f"Votre modèle connaît {format_nombre(len(mots_audit))} mots que seules les demandes de "
            f"l'échantillon d'audit contiennent (par exemple « {' », « '.join(mots_audit[:3])} ») : il a "
            "appris sur des demandes auditées (peut-être sur tout le tableau demandes). Or c'est sur ces "
            "800 demandes qu'on va le juger : les lui montrer pendant l'apprentissage, c'est donner le "
            "corrigé avant l'examen, et la mesure devient flatteuse. Entraînez-le sur historique[\"texte\"] "
            "et historique[\"urgence_historique\"] (historique = les demandes hors audit)."
        )
    # Appris sur urgence_reference ? Là où l'audit et les agent·es divergent, un modèle appris sur
    # l'historique suit la décision historique environ une fois sur deux ; appris sur la référence,
    # moins d'une fois sur trois.
    desaccords = historique[historique["urgence_historique"].astype(str) != historique["urgence_reference"].astype(str)]
    suit_historique = (est_urgente(modele_urgence.predict(desaccords["texte"]))
                       == (desaccords["urgence_historique"] == "urgente").to_numpy()).mean()
    if suit_historique < 0.38:
        raise ReponseIncorrecte(
            "Votre modèle semble appris sur urgence_reference, l'urgence établie par l'audit : sur les "
            f"{format_nombre(len(desaccords))} demandes de l'historique où l'audit contredit la décision des "
            f"agent·es, il ne suit cette décision que dans {format_pourcentage(suit_historique)} des cas (appris "
            "sur urgence_historique, il la suivrait environ une fois sur deux). Or, dans la situation du lab, "
            "la référence n'est connue que pour les 800 demandes auditées : personne n'a relu les autres (la "
            "colonne n'est remplie partout que parce que les données sont fabriquées). Et c'est un modèle appris "
            "sur les décisions passées, le seul qu'on puisse construire, qu'il s'agit de juger. Entraînez-le sur "
            "historique[\"texte\"] et historique[\"urgence_historique\"]."
        )
    pred_urgence = est_urgente(modele_urgence.predict(audit["texte"]))
    rappel = recall_score((audit["urgence_historique"] == "urgente").to_numpy(), pred_urgence)
    if rappel < 0.5:
        raise ReponseIncorrecte(
            f"Le modèle ne retrouve que {format_pourcentage(rappel)} des demandes que l'historique juge "
            "urgentes. Avez-vous ajouté class_weight=\"balanced\" ?"
        )
    return f"Le modèle retrouve {format_pourcentage(rappel)} des demandes que l'historique jugeait urgentes."


@consigner("reconnue_prioritaires", "reconnue_autres")
def verifier_ex7_2(reconnue_prioritaires, reconnue_autres, audit) -> str:
    for nom, valeur in [("reconnue_prioritaires", reconnue_prioritaires), ("reconnue_autres", reconnue_autres)]:
        if isinstance(valeur, float) and math.isnan(valeur):
            raise ReponseIncorrecte(
                f"{nom} vaut nan (« pas un nombre ») : votre sélection est vide. La colonne "
                "quartier_prioritaire contient True ou False (sans guillemets) : "
                "vraiment_urgentes[vraiment_urgentes[\"quartier_prioritaire\"]] garde les quartiers "
                "prioritaires, avec ~ devant la condition pour les autres."
            )
        if isinstance(valeur, float) and valeur == 0:
            raise ReponseIncorrecte(
                f"{nom} vaut 0 : aucune demande ne correspond. Vérifiez l'orthographe exacte de la "
                "valeur cherchée : \"urgente\" (avec un e final), dans la colonne urgence_historique."
            )
    verifier_type(reconnue_prioritaires, float, "reconnue_prioritaires", indice="une part, avec .mean().")
    verifier_type(reconnue_autres, float, "reconnue_autres", indice="une part, avec .mean().")
    urgentes = audit[audit["urgence_reference"] == "urgente"]
    qp = urgentes["quartier_prioritaire"]
    attendu_qp = (urgentes.loc[qp, "urgence_historique"] == "urgente").mean()
    attendu_autres = (urgentes.loc[~qp, "urgence_historique"] == "urgente").mean()
    if abs(reconnue_prioritaires - attendu_autres) < 1e-12 and abs(reconnue_autres - attendu_qp) < 1e-12:
        raise ReponseIncorrecte("Les deux parts sont inversées : quartier_prioritaire vrai pour reconnue_prioritaires.")
    if abs(reconnue_prioritaires - (audit.loc[audit["quartier_prioritaire"], "urgence_historique"] == "urgente").mean()) < 1e-12:
        raise ReponseIncorrecte(
            "Vous êtes parti·e de toutes les demandes auditées : partez de vraiment_urgentes (les "
            "demandes réellement urgentes), puis filtrez par quartier."
        )
    verifier_proche(reconnue_prioritaires, attendu_qp, "reconnue_prioritaires",
                    indice="filtrez vraiment_urgentes sur quartier_prioritaire, puis la part d'urgence_historique == \"urgente\".")
    verifier_proche(reconnue_autres, attendu_autres, "reconnue_autres",
                    indice="même calcul avec ~ devant la condition sur quartier_prioritaire.")
    return (
        f"À l'époque, {format_pourcentage(reconnue_prioritaires)} des vraies urgences des quartiers "
        f"prioritaires ont été reconnues, contre {format_pourcentage(reconnue_autres)} ailleurs."
    )


# --- Les mauvaises réponses typiques, et ce que chacune doit produire ----------------------

def _routeur(vectoriseur="TfidfVectorizer(stop_words=mots_vides())", classifieur="LogisticRegression(max_iter=1000)",
             fit='routeur.fit(apprentissage["texte"], apprentissage["service"])', nom="routeur") -> str:
    return (
        "from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer\n"
        "from sklearn.linear_model import LogisticRegression\n"
        "from sklearn.pipeline import Pipeline\n\n"
        f"{nom} = Pipeline([\n"
        f"    (\"tfidf\", {vectoriseur}),\n"
        f"    (\"modele\", {classifieur}),\n"
        "])\n"
        f"{fit}"
    )


def _urgence(fit='modele_urgence.fit(historique["texte"], historique["urgence_historique"])',
             vectoriseur="TfidfVectorizer(stop_words=mots_vides())",
             classifieur='LogisticRegression(max_iter=1000, class_weight="balanced")') -> str:
    return _routeur(vectoriseur, classifieur, fit, nom="modele_urgence")


_EQUILIBRE = 'LogisticRegression(max_iter=1000, class_weight="balanced")'
_PART_LUE = '1 - courbe.loc[courbe["seuil"] == seuil_choisi, "part_automatique"].iloc[0]'
_JUSTE_SEUIL = 'courbe[courbe["taux_erreur"] <= regle]["seuil"].min()'
# le seuil du cours et la part lue, tels qu'on les lit à l'écran puis qu'on les tape (deux et trois décimales)
_SEUIL_LU = 'round(float(courbe[courbe["taux_erreur"] <= REGLE_ERREUR]["seuil"].min()), 2)'
_PART_TAPEE = f'round(float({_PART_LUE}), 3)'


def _seuil(corps: str = _JUSTE_SEUIL, part_lue: str = _PART_LUE) -> str:
    corps = corps if "\n" in corps else f"return {corps}"
    return (
        "def choisir_seuil(courbe, regle):\n"
        + "".join(f"    {ligne}\n" for ligne in corps.splitlines())
        + "\n\nseuil_choisi = part_lue_par_les_agents = None\n"
        "seuil_choisi = choisir_seuil(courbe, REGLE_ERREUR)\n"
        f"part_lue_par_les_agents = {part_lue}"
    )


def _proba(corps: str = "probabilites(modele, texte)[service]", appels: str = "") -> str:
    appels = appels or (
        'proba_sans = proba_du_service(modele, message_sans, "Propreté et déchets")\n'
        'proba_avec = proba_du_service(modele, message_avec, "Propreté et déchets")'
    )
    return (
        "def proba_du_service(modele, texte, service):\n"
        f"    return {corps}\n\n\n"
        "proba_sans = proba_avec = None\n"
        f"{appels}"
    )


_DOUBLONS = 'nb_doublons_exacts = evaluation["texte"].isin(apprentissage["texte"]).sum()'


def _jumelles(corps: str = "(similarites >= seuil).mean()", doublons: str = _DOUBLONS) -> str:
    return (
        "def part_au_moins(similarites, seuil):\n"
        f"    return {corps}\n\n\n"
        "part_quasi_jumelles = None\n"
        "part_quasi_jumelles = part_au_moins(similarites, SEUIL_JUMELLES)\n"
        f"{doublons}"
    )


_SPLIT = ('from sklearn.model_selection import train_test_split\n\n'
          'textes_train, textes_test, services_train, services_test = train_test_split(\n'
          '    demandes["texte"], demandes["service"], {}')
_SPLIT_JUSTE = 'test_size=PART_TEST, random_state=GRAINE, stratify=demandes["service"])'
_URGENTES = 'vraiment_urgentes = audit[audit["urgence_reference"] == "urgente"]\n'
_PRIORITAIRES = 'prioritaires = vraiment_urgentes[vraiment_urgentes["quartier_prioritaire"]]\n'
_AUTRES = 'autres = vraiment_urgentes[~vraiment_urgentes["quartier_prioritaire"]]\n'
_PARTS = ('reconnue_prioritaires = (prioritaires["urgence_historique"] == "urgente").mean()\n'
          'reconnue_autres = (autres["urgence_historique"] == "urgente").mean()')
_UN_MOT = (
    'mes_regles = {"Propreté et déchets": ["poubelle"], "Voirie et déplacements": ["trottoir"],\n'
    '              "Tranquillité publique": ["bruit"], "Espaces verts": ["arbre"], "Stationnement": ["garé"],\n'
    '              "Eau et assainissement": ["fuite"], "Éclairage public": ["lampadaire"],\n'
    '              "Logement et habitat": ["logement"], "Solidarités et action sociale": ["aide"]}'
)

CAS = (
    # 1.1 — la médiane par canal
    Cas("ex1_1", 'mediane_par_canal = demandes.groupby("canal")["nb_mots"].mean()',
        "ne sont pas les médianes", "la moyenne au lieu de la médiane", typique=True),
    Cas("ex1_1", 'mediane_par_canal = demandes.groupby("quartier")["nb_mots"].median()',
        "Les groupes trouvés", "groupé par quartier"),
    Cas("ex1_1", 'mediane_par_canal = demandes["nb_mots"].median()', "devrait être une colonne pandas",
        "une seule médiane pour tout le tableau"),
    Cas("ex1_1", "mediane_par_canal = None", "vaut encore None", "réponse pas écrite"),
    # 2.1 — vos propres règles
    Cas("ex2_1", "mes_regles = REGLES_EXEMPLE", "le dictionnaire de votre collègue (REGLES_EXEMPLE), tel quel",
        "l'exemple du cours recopié", typique=True),
    Cas("ex2_1", 'mes_regles = {"Éclairage public": ["lampadaire", "éclairage"], "Stationnement": ["parking"],\n'
        '              "Propreté et déchets": ["poubelle", "mot1"], "Voirie et déplacements": ["mot1", "mot2"],\n'
        '              "Tranquillité publique": ["xxx"], "Espaces verts": ["xxx"], "Eau et assainissement": ["…"],\n'
        '              "Logement et habitat": ["à compléter"], "Solidarités et action sociale": ["www"]}',
        "n'apparaissent dans aucune des", "des mots provisoires pour couvrir 8 services"),
    Cas("ex2_1", 'mes_regles = dict(REGLES_EXEMPLE)\nmes_regles["Voirie et déplacements"] = ["trottoir", "trotoir", '
        '"chaussée", "travaux", "chantier", "bus", "feu", "panneau"]',
        "« insécurité », « isolement », « précarité »", "les mots du collègue que personne n'écrit, gardés"),
    Cas("ex2_1", 'mes_regles = {"Eclairage public": ["lampadaire"], "Proprete et dechets": ["poubelle"]}',
        "ne sont pas des services", "noms de services sans accents"),
    Cas("ex2_1", 'mes_regles = {"Stationnement": "parking", "Éclairage public": ["lampadaire"]}',
        "doit être une liste de textes", "un mot seul au lieu d'une liste"),
    Cas("ex2_1", 'mes_regles = {"Propreté et déchets": ["poubelle", "déchet"], "Voirie et déplacements": ["trottoir"],\n'
        '              "Stationnement": ["parking"], "Éclairage public": ["lampadaire"], "Espaces verts": ["arbre"]}',
        "il en faut au moins 8", "cinq services seulement"),
    Cas("ex2_1", _UN_MOT, "visez au moins 45 %", "un mot par service"),
    Cas("ex2_1", 'mes_regles = ["poubelle", "trottoir", "lampadaire"]', "devrait être un dictionnaire",
        "une liste de mots sans services"),
    # 2.2 — mesurer vos règles
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["texte"], REGLES_EXEMPLE)\n'
        'exactitude_regles = (routage_regles == demandes["service"]).mean()',
        "vient des règles d'exemple", "les règles du collègue mesurées à la place des siennes"),
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["service"], mes_regles)\n'
        'exactitude_regles = (routage_regles == demandes["service"]).mean()',
        "ne correspond pas à vos règles appliquées", "règles appliquées à la colonne service"),
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["texte"], mes_regles).tolist()\n'
        'exactitude_regles = 0.5', "devrait être une colonne pandas", "une liste au lieu d'une colonne"),
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["texte"].head(100), mes_regles)\n'
        'exactitude_regles = 0.5', "routage_regles a 100 lignes", "une partie des demandes seulement"),
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["texte"], mes_regles)\n'
        'exactitude_regles = (routage_regles == demandes["service"]).sum()',
        "devrait être un nombre décimal", "un nombre de demandes au lieu d'une part"),
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["texte"], mes_regles)\n'
        'exactitude_regles = 100 * (routage_regles == demandes["service"]).mean()',
        "dépasse 1", "un pourcentage au lieu d'une part"),
    Cas("ex2_2", 'routage_regles = router_demandes(demandes["texte"], mes_regles)\n'
        "exactitude_regles = bon_service.mean()",
        "ce n'est pas la valeur attendue", "l'exactitude des règles d'exemple recopiée"),
    # 3.1 — découper
    Cas("ex3_1", _SPLIT.format("test_size=PART_TEST, random_state=GRAINE)"), "n'est pas celui du cours",
        "sans stratify", typique=True),
    Cas("ex3_1", _SPLIT.format(_SPLIT_JUSTE).replace(
        "textes_train, textes_test, services_train, services_test",
        "textes_train, services_train, textes_test, services_test"),
        "dans le désordre", "les quatre morceaux dans le mauvais ordre"),
    Cas("ex3_1", _SPLIT.format('test_size=0.2, random_state=GRAINE, stratify=demandes["service"])'),
        "avec test_size=PART_TEST il en faut", "une autre part d'évaluation"),
    Cas("ex3_1", _SPLIT.format(_SPLIT_JUSTE) + '\ntextes_train, services_train = demandes["texte"], demandes["service"]',
        "à la fois dans l'apprentissage et l'évaluation", "apprendre sur toutes les demandes"),
    Cas("ex3_1", 'from sklearn.model_selection import train_test_split\n\n'
        'textes_train, textes_test = train_test_split(demandes["texte"], test_size=PART_TEST)\n'
        'services_train, services_test = train_test_split(demandes["service"], test_size=PART_TEST)',
        "ne correspondent pas aux mêmes demandes", "textes et services découpés séparément"),
    Cas("ex3_1", 'from sklearn.model_selection import train_test_split\n\n'
        'textes_train, textes_test, services_train, services_test = train_test_split(\n'
        '    demandes, demandes["service"], ' + _SPLIT_JUSTE,
        "devrait être une colonne pandas", "le tableau entier au lieu de la colonne texte"),
    # 3.2 — les jumelles, par une fonction
    Cas("ex3_2", _jumelles("(similarites >= seuil).sum()"), "devrait être un nombre décimal",
        "un nombre au lieu d'une part"),
    Cas("ex3_2", _jumelles("(similarites > seuil).mean()"), "pas > : une similarité égale au seuil compte",
        "> au lieu de >="),
    Cas("ex3_2", _jumelles("(similarites >= 0.5).mean()"), "ce n'est pas la valeur attendue",
        "un autre seuil que celui reçu"),
    Cas("ex3_2", _jumelles("(similarites >= SEUIL_JUMELLES).mean()"), "ne tient pas compte du seuil qu'elle reçoit",
        "SEUIL_JUMELLES au lieu de seuil dans la fonction"),
    Cas("ex3_2", _jumelles("0.0123"), "ce n'est pas la valeur attendue", "un nombre recopié"),
    Cas("ex3_2", "def part_au_moins(similarites, seuil):\n    (similarites >= seuil).mean()\n\n\n"
        "part_quasi_jumelles = None\npart_quasi_jumelles = part_au_moins(similarites, SEUIL_JUMELLES)\n"
        + _DOUBLONS, "renvoie None : la fonction fait peut-être le calcul", "return oublié"),
    Cas("ex3_2", "part_au_moins = None\npart_quasi_jumelles = (similarites >= SEUIL_JUMELLES).mean()\n" + _DOUBLONS,
        "n'est plus une fonction", "la fonction abandonnée"),
    Cas("ex3_2", _jumelles(doublons='nb_doublons_exacts = evaluation["texte"].isin(apprentissage["texte"])'),
        "devrait être un nombre entier", ".sum() oublié"),
    # (« cherché dans l'autre sens », apprentissage.isin(evaluation) : sur ces demandes aucun texte copié
    # n'est répété dans un même lot, les deux sens donnent le même nombre ; ce n'est plus une erreur ici)
    # 4.1 — le routeur
    Cas("ex4_1", _routeur(fit='routeur.fit(evaluation["texte"], evaluation["service"])'),
        "il a donc appris sur des demandes d'évaluation", "fuite : appris sur l'évaluation", typique=True),
    Cas("ex4_1", "routeur = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex4_1", 'from civiclabs import entrainer_routeur\n\n'
        'routeur = entrainer_routeur(apprentissage["texte"], apprentissage["service"])',
        "le modèle tout fait du cours", "l'outil du cours entrainer_routeur au lieu du Pipeline"),
    Cas("ex4_1", _routeur(vectoriseur="CountVectorizer(stop_words=mots_vides())", fit=""),
        "La première étape doit être un TfidfVectorizer", "CountVectorizer au lieu de TF-IDF"),
    Cas("ex4_1", _routeur(classifieur="LogisticRegression"),
        "La dernière étape de routeur est LogisticRegression écrit sans parenthèses : LogisticRegression(…)",
        "la régression écrite sans parenthèses", plante=True),
    Cas("ex4_1", _routeur(vectoriseur='TfidfVectorizer(stop_words="french")'),
        "n'existe pas dans scikit-learn", "stop_words=\"french\"", plante=True),
    Cas("ex4_1", _routeur(fit='routeur.fit(apprentissage, apprentissage["service"])'),
        "a lu les noms des colonnes", "le tableau entier donné à .fit", plante=True),
    Cas("ex4_1", _routeur(fit=""), "n'a pas encore appris", "la ligne .fit oubliée"),
    Cas("ex4_1", _routeur(fit='petit = apprentissage.head(300)  # (un extrait, pour que le cas aille vite)\n'
                              'routeur.fit(petit["service"], petit["texte"])'),
        "les deux arguments de .fit sont inversés", "textes et services inversés"),
    Cas("ex4_1", _routeur(fit='routeur.fit(apprentissage["texte"], apprentissage["canal"])'),
        "ce ne sont pas des services", "appris sur le canal"),
    Cas("ex4_1", _routeur(vectoriseur="TfidfVectorizer()"), "contient « les »", "mots vides gardés"),
    Cas("ex4_1", _routeur(classifieur="LogisticRegression(max_iter=1000, C=0.05)"),
        "on attend au moins 0,75", "un réglage qui appauvrit le modèle"),
    # 4.2 — exactitude et F1 macro
    Cas("ex4_2", "from sklearn.metrics import accuracy_score, f1_score\n\n"
        'exactitude = accuracy_score(resultats["service"], resultats["prediction"])\n'
        'f1_macro = f1_score(resultats["service"], resultats["prediction"], average="weighted")',
        "F1 « pondéré »", "average=\"weighted\""),
    Cas("ex4_2", "from sklearn.metrics import accuracy_score, f1_score\n\n"
        'exactitude = accuracy_score(resultats["service"], resultats["prediction"])\n'
        'f1_macro = f1_score(resultats["service"], resultats["prediction"], average="micro")',
        "f1_macro vaut l'exactitude", "average=\"micro\""),
    Cas("ex4_2", "from sklearn.metrics import accuracy_score, f1_score\n\n"
        'exactitude = f1_score(resultats["service"], resultats["prediction"], average="macro")\n'
        'f1_macro = f1_score(resultats["service"], resultats["prediction"], average="macro")',
        "ce n'est pas la valeur attendue", "le F1 pris pour l'exactitude"),
    Cas("ex4_2", "exactitude = None\nf1_macro = None", "vaut encore None", "réponse pas écrite"),
    # 4.3 — le rappel d'un petit service
    Cas("ex4_3", 'envoyees = resultats[resultats["prediction"] == "Hors compétence / autre"]\n'
        'rappel_hors_competence = (envoyees["service"] == "Hors compétence / autre").mean()',
        "Vous avez calculé la précision", "la précision au lieu du rappel", typique=True),
    Cas("ex4_3", 'hors = resultats[resultats["service"] == "Hors competence / autre"]\n'
        'rappel_hors_competence = (hors["prediction"] == "Hors competence / autre").mean()',
        "vaut nan", "accent oublié : sélection vide"),
    Cas("ex4_3", 'hors = resultats[resultats["service"] == "Hors compétence / autre"]\n'
        'rappel_hors_competence = (hors["prediction"] == "Hors compétence/autre").mean()',
        "vaut 0 : aucune prédiction", "espaces oubliées dans la seconde comparaison"),
    Cas("ex4_3", 'rappel_hors_competence = resultats["correct"].mean()', "C'est l'exactitude de toutes les demandes",
        "l'exactitude de toutes les demandes"),
    Cas("ex4_3", 'hors = resultats[resultats["service"] == "Éclairage public"]\n'
        'rappel_hors_competence = (hors["prediction"] == "Éclairage public").mean()',
        "ce n'est pas la valeur attendue", "un autre service"),
    Cas("ex4_3", 'hors = resultats[resultats["service"] == "Hors compétence / autre"]\n'
        'rappel_hors_competence = (hors["prediction"] == "Hors compétence / autre").sum()',
        "devrait être un nombre décimal", "un nombre de demandes au lieu d'une part"),
    # 5.1 — la probabilité d'un service, par une fonction
    Cas("ex5_1", _proba("probabilites(modele, texte).max()"), "c'est la plus forte probabilité",
        ".max() au lieu de la ligne du service"),
    Cas("ex5_1", _proba("probabilites(modele, texte).iloc[0]"), "c'est la plus forte probabilité",
        ".iloc[0] : le service en tête, quel qu'il soit"),
    Cas("ex5_1", _proba("0.7325"), "donnent le même nombre", "un nombre recopié"),
    Cas("ex5_1", _proba('probabilites(modele, texte)["Propreté et déchets"]'), "donnent le même nombre",
        "le service écrit en toutes lettres dans la fonction"),
    Cas("ex5_1", "routeur = modele  # (le routeur de l'exercice 4.1 : mêmes réglages, mêmes demandes, mêmes nombres)\n"
        + _proba("probabilites(routeur, texte)[service]"),
        "votre fonction ne se sert pas de modele", "routeur du notebook au lieu du modèle reçu"),
    Cas("ex5_1", _proba("probabilites(modele, message_sans)[service]"), "ce n'est pas la valeur attendue",
        "message_sans au lieu de texte dans la fonction"),
    Cas("ex5_1", 'proba_du_service = None\nproba_sans = probabilites(modele, message_sans)["Propreté et déchets"]\n'
        'proba_avec = probabilites(modele, message_avec)["Propreté et déchets"]',
        "n'est plus une fonction", "la fonction abandonnée"),
    Cas("ex5_1", _proba(appels='proba_sans = proba_du_service(modele, message_avec, "Propreté et déchets")\n'
                               'proba_avec = proba_du_service(modele, message_sans, "Propreté et déchets")'),
        "semblent inversées", "les deux messages inversés"),
    Cas("ex5_1", "def proba_du_service(modele, texte, service):\n    raise NotImplementedError()\n\n\n"
        "proba_sans = proba_avec = None\n"
        'proba_sans = proba_du_service(modele, message_sans, "Propreté et déchets")',
        "vaut encore None", "exercice pas commencé (le talon)", plante=True),
    Cas("ex5_1", "def proba_du_service(modele, texte, service):\n    probabilites(modele, texte)[service]\n\n\n"
        "proba_sans = proba_avec = None\n"
        'proba_sans = proba_du_service(modele, message_sans, "Propreté et déchets")\n'
        'proba_avec = proba_du_service(modele, message_avec, "Propreté et déchets")',
        "renvoie None : la fonction fait peut-être le calcul", "return oublié"),
    Cas("ex5_1", _proba(appels='proba_sans = round(proba_du_service(modele, message_sans, "Propreté et déchets"), 2)\n'
                               'proba_avec = proba_du_service(modele, message_avec, "Propreté et déchets")'),
        "arrondie", "un arrondi"),
    Cas("ex5_1", _proba("probabilites(modele, texte)"), "devrait être un nombre décimal",
        "toute la colonne des probabilités"),
    # 6.1 — le seuil, par une fonction
    Cas("ex6_1", _seuil(part_lue="75"), "c'est un pourcentage lu sur le widget",
        "le pourcentage du widget recopié en nombre entier"),
    Cas("ex6_1", _seuil('respectent = courbe[courbe["taux_erreur"] <= regle]\nreturn respectent["seuil"].max()'),
        "plus bas, respecte aussi la règle", "le plus haut seuil au lieu du plus bas", typique=True),
    Cas("ex6_1", f"seuil_lu = {_SEUIL_LU}\n" + _seuil("seuil_lu"), "renvoie toujours le même nombre",
        "le seuil lu sur le graphique, recopié"),
    Cas("ex6_1", _seuil('courbe[courbe["taux_erreur"] <= REGLE_ERREUR]["seuil"].min()'),
        "ne tient pas compte de regle", "REGLE_ERREUR au lieu de regle dans la fonction"),
    Cas("ex6_1", _seuil('courbe[courbe["taux_erreur"] > regle]["seuil"].max() + 0.01', part_lue="0.752"),
        "ne baisse pas régulièrement", "le seuil après le dernier qui dépasse la règle"),
    Cas("ex6_1", _seuil('courbe[courbe["taux_erreur"] <= regle]["seuil"].iloc[0]'),
        "le premier seuil de la liste, pas le plus petit", ".iloc[0] au lieu de .min()"),
    Cas("ex6_1", _seuil('courbe[courbe["taux_erreur"] < regle]["seuil"].min()'),
        "pas <", "< au lieu de <="),
    Cas("ex6_1", _seuil('courbe[courbe["taux_erreur"] >= regle]["seuil"].min()'),
        "la règle exige au plus", "condition inversée"),
    Cas("ex6_1", _seuil("1.2", part_lue="0.5"), "aucune demande ne part seule", "un seuil hors de la courbe"),
    Cas("ex6_1", _seuil('courbe[(courbe["taux_erreur"] <= regle) & (courbe["seuil"] >= 0.5)]["seuil"].min()'),
        "Un seuil plus bas respecte aussi la règle sur cette courbe", "seuils sous 0,50 écartés"),
    Cas("ex6_1", f"choisir_seuil = None\nseuil_choisi = {_SEUIL_LU}\npart_lue_par_les_agents = {_PART_TAPEE}",
        "n'est plus une fonction", "la fonction remplacée par des nombres"),
    Cas("ex6_1", _seuil('courbe[courbe["taux_erreur"] <= regle]["seuil"]', part_lue="0.752"),
        "seuil_choisi est une colonne de", ".min() oublié"),
    Cas("ex6_1", _seuil(part_lue='1 - courbe[courbe["seuil"] == seuil_choisi]["part_automatique"]'),
        "part_lue_par_les_agents est une colonne d'une seule valeur", ".iloc[0] oublié"),
    Cas("ex6_1", "def choisir_seuil(courbe, regle):\n    raise NotImplementedError()\n\n\n"
        "seuil_choisi = part_lue_par_les_agents = None\nseuil_choisi = choisir_seuil(courbe, REGLE_ERREUR)",
        "vaut encore None", "exercice pas commencé (le talon)", plante=True),
    Cas("ex6_1", _seuil('respectent = courbe[courbe["taux_erreur"] <= regle]\nseuil = respectent["seuil"].min()'),
        "renvoie None : la fonction fait peut-être le calcul", "return oublié", plante=True),
    Cas("ex6_1", _seuil(part_lue=f"100 * ({_PART_LUE})"), "pas un pourcentage", "un pourcentage au lieu d'une part"),
    Cas("ex6_1", _seuil(part_lue='courbe.loc[courbe["seuil"] == seuil_choisi, "part_automatique"].iloc[0]'),
        "est la part qui part seule", "la part automatique au lieu de la part lue"),
    Cas("ex6_1", _seuil(part_lue='1 - courbe[courbe["taux_erreur"] <= REGLE_ERREUR]["part_automatique"].min()'),
        "Avec ce seuil, les agent·es lisent", "la part d'une autre ligne que celle du seuil"),
    Cas("ex6_1", _seuil('str(courbe[courbe["taux_erreur"] <= regle]["seuil"].min())', part_lue="0.752"),
        "devrait être un nombre décimal", "un texte au lieu d'un nombre"),
    # 7.1 — le modèle d'urgence
    Cas("ex7_1", _urgence(classifieur="LogisticRegression(max_iter=1000)"), "Avez-vous ajouté class_weight",
        "sans class_weight=\"balanced\"", typique=True),
    Cas("ex7_1", "modele_urgence = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex7_1", 'from civiclabs import entrainer_routeur\n\n'
        'modele_urgence = entrainer_routeur(historique["texte"], historique["urgence_historique"])',
        "le modèle tout fait du cours", "l'outil du cours entrainer_routeur au lieu du Pipeline"),
    Cas("ex7_1", _urgence(vectoriseur="CountVectorizer(stop_words=mots_vides())", fit=""),
        "comme à l'exercice 4.1", "CountVectorizer au lieu de TF-IDF"),
    Cas("ex7_1", _urgence(vectoriseur="TfidfVectorizer"),
        "La première étape de modele_urgence est TfidfVectorizer écrit sans parenthèses : TfidfVectorizer(…)",
        "TfidfVectorizer écrit sans parenthèses", plante=True),
    Cas("ex7_1", _urgence(vectoriseur='TfidfVectorizer(stop_words="french")'),
        "n'existe pas dans scikit-learn", "stop_words=\"french\"", plante=True),
    Cas("ex7_1", _urgence(fit=""), "n'a pas encore appris", "la ligne .fit oubliée"),
    Cas("ex7_1", _urgence(fit='modele_urgence.fit(historique["texte"], historique["urgence_historique"] == "non urgente")'),
        "il répond à l'envers", "une cible vrai/faux à l'envers"),
    Cas("ex7_1", _urgence(fit='modele_urgence.fit(historique["texte"], historique["service"])'),
        "Le modèle prédit des services", "appris sur le service"),
    Cas("ex7_1", _urgence(fit='modele_urgence.fit(historique["texte"], historique["canal"])'),
        "on attend « urgente » ou « non urgente »", "appris sur une autre colonne"),
    Cas("ex7_1", _urgence(vectoriseur="TfidfVectorizer()"), "contient « les »", "mots vides gardés"),
    Cas("ex7_1", _urgence(fit='modele_urgence.fit(demandes["texte"], demandes["urgence_historique"])'),
        "il a appris sur des demandes auditées", "appris sur tout le tableau, audit compris"),
    Cas("ex7_1", _urgence(fit='modele_urgence.fit(historique["texte"], historique["urgence_reference"])'),
        "semble appris sur urgence_reference", "appris sur la référence de l'audit"),
    # 7.2 — ce que l'étiquette enregistre
    Cas("ex7_2", _URGENTES + 'prioritaires = vraiment_urgentes[vraiment_urgentes["quartier_prioritaire"] == "True"]\n'
        'autres = vraiment_urgentes[vraiment_urgentes["quartier_prioritaire"] == "False"]\n' + _PARTS,
        "vaut nan", "True écrit entre guillemets : sélection vide"),
    Cas("ex7_2", _URGENTES + _PRIORITAIRES + _AUTRES + _PARTS.replace('"urgente"', '"urgent"'),
        "vaut 0 : aucune demande ne correspond", "« urgent » sans e"),
    Cas("ex7_2", _URGENTES + _PRIORITAIRES + _AUTRES
        + 'reconnue_prioritaires = (autres["urgence_historique"] == "urgente").mean()\n'
        'reconnue_autres = (prioritaires["urgence_historique"] == "urgente").mean()',
        "Les deux parts sont inversées", "les deux groupes inversés"),
    Cas("ex7_2", _URGENTES + 'prioritaires = audit[audit["quartier_prioritaire"]]\n'
        'autres = audit[~audit["quartier_prioritaire"]]\n' + _PARTS,
        "partez de vraiment_urgentes", "parti de toutes les demandes auditées"),
    Cas("ex7_2", _URGENTES + _PRIORITAIRES + _AUTRES + _PARTS.replace("urgence_historique", "urgence_reference"),
        "ce n'est pas la valeur attendue", "la référence de l'audit au lieu de l'étiquette historique"),
    Cas("ex7_2", _URGENTES + "reconnue_prioritaires = None\nreconnue_autres = None", "vaut encore None",
        "réponse pas écrite"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "L'outil peut se tromper, il faut vérifier.",
    "reflexion_2": "On doit dire aux gens qu'on utilise l'IA.",
}
