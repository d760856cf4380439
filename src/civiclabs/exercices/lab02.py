"""Vérifications des exercices du Lab 02 — Détecter les biais d'un modèle d'urgence.

Quatre exercices refont le travail de la personne sur des données neuves, pour qu'un nombre
recopié, une colonne toute faite ou une méthode qui tombe juste par hasard ne passent pas :
l'exercice 2.1 (la fonction ``est_informelle``, essayée sur des demandes d'une autre année qui
n'ont que leurs colonnes d'origine), l'exercice 2.2 (la fonction ``manquees_par_groupe``,
essayée sur d'autres demandes et d'autres groupes), l'exercice 5.2 (la fonction
``manquees_par_genre``, essayée sur d'autres demandes, un autre sujet et une autre décision)
et l'exercice 6.2 (l'objet ``optimiseur`` ajusté, inspecté puis appliqué à des demandes qu'il
n'a jamais vues).

La fiche d'audit (exercice 7.1) est vérifiée par des exigences positives, annoncées dans la
consigne, sans la noter à la place de l'équipe pédagogique :

- ``option`` : exactement un nom du tableau ``options`` calculé dans le lab, ou « ne pas
  déployer », « reporter » ; le modèle du prestataire et les seuils par quartier (loi
  n° 2014-173) sont refusés ; une option hors de la règle du comité doit être dite telle, et son
  suivi daté ;
- ``decision`` : nomme cette option ; refusée si elle met en service le modèle du prestataire
  (déployer, adopter, valider, tester, piloter, « simple suggestion », « en attendant »…) sans le
  refuser explicitement (un refus ne couvre que son morceau de phrase : « ne pas déployer…, mais
  l'utiliser comme suggestion » est refusé), ou propose un seuil selon le sexe (loi n° 2008-496) ou le quartier ;
- ``controle_humain`` : qui (un rôle de la métropole, ni le prestataire ni un outil), quoi
  (toutes les demandes classées non urgentes, ou un échantillon tiré au hasard d'une taille
  donnée, pas ce que le modèle choisit), quand (avant que la décision s'applique, ou à une
  fréquence fixée), sans condition (« si », « lorsque », « pourra », « recommandé »… ; « voir si »
  est une question, pas une condition), sans négation (« ne relit pas », « aucun·e agent·e ne
  relit ») ni relecture de pure forme (« d'un clic », après le traitement automatique ; art. 22
  du RGPD) ;
- ``constats`` : chaque chiffre est un résultat du lab pour le groupe qu'il accompagne et pour la
  décision que sa proposition nomme (l'historique, le modèle, une option ; une parenthèse peut en
  nommer une autre), et sa phrase nomme une décision ; deux chiffres face à face viennent d'une même comparaison.

La cellule de réponse range la fiche dans ``ma_fiche`` ; ``fiche_audit = ma_fiche`` vient après
la ligne ``raise NotImplementedError()`` du talon : tant qu'elle est là, ``fiche_audit`` reste
``None`` et le test le dit. L'exercice 6.3 (la fonction ``options_qui_respectent``) est rejoué
sur un autre tableau d'options, avec deux autres règles.
"""

from __future__ import annotations

import json
import re
from functools import cache

import numpy as np
import pandas as pd
from fairlearn.metrics import MetricFrame, false_negative_rate, selection_rate
from fairlearn.postprocessing import ThresholdOptimizer

from ..biais import (
    GROUPES_AUDIT,
    RUBRIQUES_FICHE,
    SUJET_HARCELEMENT,
    ScoreDejaCalcule,
    afficher_fiche_audit,
    ajouter_groupes,
    bilan_option,
    comparer_corrections,
    contrefactuel,
    decider,
    ecarts_par_groupe,
    est_urgente,
    format_points,
    modele_texte,
    poids_reequilibrage,
    scores_hors_echantillon,
    taux_manquees,
)
from ..corpus import generer_demandes
from ..donnees import charger_demandes
from ..texte import format_nombre, format_pourcentage
from ..verification import ReponseIncorrecte, verifier_fonction, verifier_proche, verifier_texte_redige, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 0  # les paramètres du notebook (cellule « parameters »)
REGLE_ECART = 5
# Les paramètres du notebook dont dépendent les vérifications (comparés par la contre-épreuve).
PARAMETRES = {"GRAINE": GRAINE, "REGLE_ECART": REGLE_ECART}

QUARTIERS = {"quartier prioritaire", "autre quartier"}
ECRITURES = {"informelle ou fautive", "autre écriture"}
REGISTRES = ["familier", "télégraphique", "français non natif"]
GENRES = {"femme", "homme", "non renseigné"}
SUJET = SUJET_HARCELEMENT  # le sujet comparé à l'exercice 5.2 (variable SUJET du notebook)


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin, calculées comme il les calcule
    (une dizaine de secondes : trois modèles en validation croisée)."""
    demandes = ajouter_groupes(charger_demandes())
    vrai = demandes["urgence_reference"] == "urgente"
    historique_urgente = demandes["urgence_historique"] == "urgente"
    part_urgente = float(historique_urgente.mean())
    scores_prestataire = scores_hors_echantillon(demandes, colonnes=("texte", "quartier"), etiquette="urgence_historique")
    scores_options, decisions = comparer_corrections(
        demandes, part_urgente, graine=GRAINE, scores_prestataire=scores_prestataire)
    modele_t = modele_texte(demandes)
    seuil_t = float(np.quantile(modele_t.predict_proba(demandes["texte"].tolist())[:, 1], 1 - part_urgente))
    options = pd.DataFrame({nom: bilan_option(demandes, decision) for nom, decision in decisions.items()}).T
    decision_modele = pd.Series(decisions["modèle du prestataire"], index=demandes.index)
    return {
        "pd": pd, "np": np, "MetricFrame": MetricFrame, "selection_rate": selection_rate,
        "false_negative_rate": false_negative_rate, "ScoreDejaCalcule": ScoreDejaCalcule,
        "afficher_fiche_audit": afficher_fiche_audit, "contrefactuel": contrefactuel, "decider": decider,
        "ecarts_par_groupe": ecarts_par_groupe, "est_urgente": est_urgente,
        "poids_reequilibrage": poids_reequilibrage, "scores_hors_echantillon": scores_hors_echantillon,
        "taux_manquees": taux_manquees,
        "GRAINE": GRAINE, "REGLE_ECART": REGLE_ECART, "PART_URGENTE": part_urgente,
        "demandes": demandes, "vrai": vrai, "historique_urgente": historique_urgente,
        "scores_prestataire": scores_prestataire, "scores_options": scores_options, "decisions": decisions,
        "ecarts_historique": ecarts_par_groupe(demandes, historique_urgente),
        "modele_t": modele_t, "seuil_t": seuil_t, "options": options,
        "SUJET": SUJET, "decision_modele": decision_modele,
        "format_nombre": format_nombre, "format_points": format_points, "format_pourcentage": format_pourcentage,
    }


# --- Données neuves, pour refaire le travail de la personne ---------------------------------

@cache
def _demandes_neuves(n: int, graine: int) -> pd.DataFrame:
    """``n`` demandes d'une autre année (même générateur que le corpus du cours, autre graine),
    avec les groupes de l'audit, numérotées après celles du notebook : une fonction qui
    filtre avec ``vrai`` ou ``demandes`` au lieu du tableau reçu ne peut pas tomber juste."""
    table = ajouter_groupes(generer_demandes(n=n, graine=graine))
    table.index = pd.RangeIndex(100_000, 100_000 + n)
    return table


@cache
def _scores_neufs(n: int, graine: int) -> pd.Series:
    """Les scores d'un modèle du prestataire (texte et quartier, appris sur l'historique) pour
    ces demandes neuves."""
    return scores_hors_echantillon(_demandes_neuves(n, graine))


def _manquees(tableau: pd.DataFrame, colonne: str, agregat: str = "mean", toutes: bool = False) -> pd.Series:
    """Parmi les vraies urgences de ``tableau`` (ou toutes ses demandes), la part classée
    « non urgente » par l'historique, par valeur de ``colonne`` (ou la somme, le maximum…)."""
    lignes = tableau if toutes else tableau[tableau["urgence_reference"] == "urgente"]
    return (lignes["urgence_historique"] == "non urgente").groupby(lignes[colonne]).agg(agregat)


def _memes_parts(obtenu, attendu: pd.Series) -> bool:
    """Mêmes groupes, et pour chacun le même nombre (à 1e-9 près), dans n'importe quel ordre."""
    try:
        if set(obtenu.index) != set(attendu.index):
            return False
        return all(abs(float(obtenu[g]) - float(attendu[g])) < 1e-9 for g in attendu.index)
    except (AttributeError, TypeError, ValueError, KeyError):
        return False


def _parts_lisibles(serie: pd.Series, comptes: bool = False) -> str:
    """« quartier prioritaire » : 55,4 %, « autre quartier » : 24,6 % (ou des nombres de demandes)."""
    morceaux = []
    for groupe, valeur in list(serie.items())[:4]:
        try:
            nombre = format_nombre(float(valeur), 0) if comptes else format_pourcentage(float(valeur), 1)
            morceaux.append(f"« {groupe} » : {nombre}")
        except (TypeError, ValueError):
            morceaux.append(f"« {groupe} » : {valeur!r}")
    return ", ".join(morceaux) + (", …" if len(serie) > 4 else "")


# --- Exercices -----------------------------------------------------------------------------

@consigner("part_urgente_historique", "part_urgente_reference")
def verifier_ex1_1(part_urgente_historique, part_urgente_reference, demandes) -> str:
    comptes_nuls = [v for v in (part_urgente_historique, part_urgente_reference)
                    if isinstance(v, (int, np.integer)) and not isinstance(v, bool) and v == 0]
    if comptes_nuls:
        raise ReponseIncorrecte(
            "Deux erreurs à la fois : .sum() compte les demandes au lieu d'en faire la part (utilisez .mean()), "
            "et ce compte vaut 0 : aucune demande ne correspond à la valeur comparée. Vérifiez son écriture exacte, "
            "en minuscules : \"urgente\" (et non \"Urgente\")."
        )
    verifier_type(part_urgente_historique, float, "part_urgente_historique", indice="une part, avec .mean().")
    verifier_type(part_urgente_reference, float, "part_urgente_reference", indice="une part, avec .mean().")
    if part_urgente_historique > 1 or part_urgente_reference > 1:
        raise ReponseIncorrecte(
            "Une part est comprise entre 0 et 1 : gardez le résultat de .mean() tel quel (sans multiplier par 100), "
            "et n'utilisez pas .sum(), qui compte au lieu de faire la part."
        )
    if part_urgente_historique == 0 or part_urgente_reference == 0:
        raise ReponseIncorrecte(
            "Une part vaut 0 : aucune demande ne correspond à la valeur comparée. Vérifiez son écriture exacte, "
            "en minuscules : \"urgente\" (et non \"Urgente\")."
        )
    if abs(part_urgente_historique - (demandes["urgence_historique"] == "non urgente").mean()) < 1e-12:
        raise ReponseIncorrecte("Vous avez compté les demandes « non urgente » : comparez avec \"urgente\".")
    # la valeur exacte : un nombre arrondi recopié de l'affichage est refusé (et nommé)
    verifier_proche(part_urgente_historique, (demandes["urgence_historique"] == "urgente").mean(),
                    "part_urgente_historique", tolerance=1e-9,
                    indice="comparez la colonne urgence_historique à \"urgente\", puis .mean().")
    verifier_proche(part_urgente_reference, (demandes["urgence_reference"] == "urgente").mean(),
                    "part_urgente_reference", tolerance=1e-9, indice="même calcul sur la colonne urgence_reference.")
    return (
        f"Les agent·es signalaient {format_pourcentage(part_urgente_historique)} d'urgences ; l'audit en trouve "
        f"{format_pourcentage(part_urgente_reference)}. Il manque donc des urgences dans l'historique : lesquelles ?"
    )


def _essayer_est_informelle(est_informelle) -> None:
    """Rejoue la fonction sur des demandes d'une autre année, réduites à leurs colonnes
    registre et orthographe : le groupe doit être construit à partir d'elles (pas recopié de
    la colonne toute faite, ni refait par ajouter_groupes)."""
    nouvelles = _demandes_neuves(3000, 2602)[["identifiant", "texte", "registre", "orthographe"]]
    lieu = (f"Sur {format_nombre(len(nouvelles), 0)} demandes d'une autre année (nouvelles, réduites à leur "
            "identifiant, leur texte, leur registre et leur orthographe)")
    try:
        obtenu = est_informelle(nouvelles.copy())
    except KeyError as erreur:
        if "quartier_prioritaire" in str(erreur):
            raise ReponseIncorrecte(
                f"{lieu}, est_informelle(nouvelles) s'arrête : votre fonction appelle ajouter_groupes, qui a besoin "
                "d'autres colonnes (quartier, genre, sujet) et fabrique le groupe tout fait à votre place. Un·e "
                "auditeur·trice doit savoir le définir soi-même, à partir du registre et de l'orthographe : "
                "tableau[\"registre\"].isin([…]) | (tableau[\"orthographe\"] == \"nombreuses fautes\")."
            ) from None
        if str(erreur).strip("'\"") in GROUPES_AUDIT:
            raise ReponseIncorrecte(
                f"{lieu}, est_informelle(nouvelles) s'arrête : la colonne {erreur} n'y existe pas. Votre fonction "
                "recopie le groupe tout fait d'ajouter_groupes au lieu de le construire. Un·e auditeur·trice doit "
                "savoir le définir à partir des colonnes d'origine : tableau[\"registre\"].isin([…]) | "
                "(tableau[\"orthographe\"] == \"nombreuses fautes\")."
            ) from None
        erreur_de_la_fonction = erreur
    except Exception as erreur:  # toute erreur de la fonction de la personne est expliquée
        erreur_de_la_fonction = erreur
    else:
        erreur_de_la_fonction = None
    if erreur_de_la_fonction is not None:
        raise ReponseIncorrecte(
            f"{lieu}, est_informelle(nouvelles) s'arrête sur une erreur ({type(erreur_de_la_fonction).__name__}). "
            "À l'intérieur de la fonction, n'utilisez que tableau (ses colonnes registre et orthographe), jamais "
            "demandes ni informelle, qui ne valent que pour les 12 000 demandes du notebook."
        )
    verifier_type(obtenu, pd.Series, "est_informelle(nouvelles)",
                  indice="la fonction renvoie (return) une colonne de vrai/faux, une valeur par demande du tableau.")
    attendu = nouvelles["registre"].isin(REGISTRES) | (nouvelles["orthographe"] == "nombreuses fautes")
    if len(obtenu) != len(nouvelles):
        raise ReponseIncorrecte(
            f"{lieu}, est_informelle(nouvelles) renvoie {format_nombre(len(obtenu), 0)} valeurs au lieu de "
            f"{format_nombre(len(nouvelles), 0)} : votre fonction calcule sur demandes au lieu du tableau reçu. "
            "À l'intérieur, écrivez tableau[\"registre\"] et tableau[\"orthographe\"]."
        )
    if not np.array_equal(obtenu.astype(bool).to_numpy(), attendu.to_numpy()):
        raise ReponseIncorrecte(
            f"{lieu}, est_informelle(nouvelles) marque {format_pourcentage(obtenu.astype(bool).mean())} des demandes "
            f"comme informelles ou fautives ; on en attend {format_pourcentage(attendu.mean())}. Votre fonction "
            "reconnaît les demandes du notebook (par leur identifiant, leur position…) au lieu d'appliquer la "
            "règle : le registre (isin) OU les nombreuses fautes, lus dans le tableau reçu."
        )


@consigner("est_informelle", "informelle")
def verifier_ex2_1(est_informelle, informelle, demandes) -> str:
    verifier_fonction(est_informelle, "est_informelle", "tableau")
    verifier_type(informelle, pd.Series, "informelle", indice="une colonne de vrai/faux, une valeur par demande.")
    if len(informelle) != len(demandes):
        raise ReponseIncorrecte(
            f"informelle a {format_nombre(len(informelle), 0)} valeurs : il en faut une par demande "
            f"({format_nombre(len(demandes), 0)}). Appliquez la règle au tableau entier, sans filtrer ses lignes."
        )
    registre = demandes["registre"].isin(REGISTRES)
    fautes = demandes["orthographe"] == "nombreuses fautes"
    reponse = informelle.astype(bool)
    if reponse.equals(registre & fautes):
        raise ReponseIncorrecte("Vous avez écrit « et » (&) : il faut « ou » (|), l'une OU l'autre condition suffit.")
    if reponse.equals(registre) or reponse.equals(fautes):
        raise ReponseIncorrecte("Il manque une des deux conditions : le registre (isin) OU les nombreuses fautes.")
    if not reponse.equals(registre | fautes):
        raise ReponseIncorrecte(
            f"informelle vaut vrai pour {format_pourcentage(reponse.mean())} des demandes ; on en attend "
            f"{format_pourcentage((registre | fautes).mean())}. Vérifiez l'écriture exacte des trois registres "
            "(accents compris)."
        )
    _essayer_est_informelle(est_informelle)
    return (f"{format_pourcentage(informelle.mean())} des demandes sont écrites de façon informelle ou fautive ; "
            "votre fonction donne aussi le bon groupe sur des demandes d'une autre année.")


def _rejouer(fonction, arguments: tuple, lieu: str, appel: str, conseil: str):
    """Appelle la fonction de la personne sur d'autres données ; toute erreur qu'elle lève est
    expliquée (où, quel appel, quoi n'utiliser qu'à l'intérieur)."""
    try:
        return fonction(*arguments)
    except Exception as erreur:  # toute erreur de la fonction de la personne est expliquée
        raise ReponseIncorrecte(
            f"{lieu}, {appel} s'arrête sur une erreur ({type(erreur).__name__}). {conseil}"
        ) from None


def _essayer_manquees(manquees_par_groupe, tableau: pd.DataFrame, colonne: str, manquees_historique) -> None:
    """Refait le calcul de la personne sur d'autres demandes et d'autres groupes."""
    appel = f"manquees_par_groupe(nouvelles, \"{colonne}\")"
    lieu = f"Sur {format_nombre(len(tableau), 0)} demandes d'une autre année (nouvelles)"
    obtenu = _rejouer(
        manquees_par_groupe, (tableau.copy(), colonne), lieu, appel,
        "La fonction doit marcher sur n'importe quel tableau de demandes : à l'intérieur, n'utilisez que "
        "tableau et colonne (les vraies urgences : urgentes = tableau[tableau[\"urgence_reference\"] == "
        "\"urgente\"], calculées dans la fonction), jamais vrai ni demandes, qui ne valent que pour les "
        "12 000 demandes du notebook.",
    )
    verifier_type(obtenu, pd.Series, appel, indice="la fonction renvoie (return) une colonne, un nombre par groupe.")
    attendu = _manquees(tableau, colonne)
    if _memes_parts(obtenu, manquees_historique):
        raise ReponseIncorrecte(
            f"{lieu}, {appel} renvoie exactement manquees_historique ({_parts_lisibles(obtenu)}) : votre "
            "fonction donne le même résultat quels que soient le tableau et la colonne reçus. Le plus souvent, c'est "
            "qu'elle calcule sur demandes (ou vrai) au lieu de tableau : filtrez les vraies urgences de tableau, "
            "puis groupez par tableau[colonne] (ou urgentes[colonne])."
        )
    if set(obtenu.index) != set(attendu.index):
        raise ReponseIncorrecte(
            f"{lieu}, {appel} donne les groupes {[str(g) for g in list(obtenu.index)[:4]]}, mais la colonne "
            f"« {colonne} » contient {sorted(map(str, attendu.index))[:4]} : groupez par la colonne reçue, "
            "urgentes[colonne] (le nom de la colonne est dans colonne, sans guillemets), et n'écrivez aucun "
            "nom de groupe à la main."
        )
    if not _memes_parts(obtenu, attendu):
        raise ReponseIncorrecte(
            f"{lieu}, {appel} donne {_parts_lisibles(obtenu)} ; on attend {_parts_lisibles(attendu)}. "
            "Votre fonction calcule sur les demandes du notebook au lieu du tableau reçu : à l'intérieur, "
            "partez de tableau (urgentes = tableau[tableau[\"urgence_reference\"] == \"urgente\"], dans la "
            "fonction), jamais de demandes ni de vrai."
        )


@consigner("manquees_par_groupe", "manquees_historique")
def verifier_ex2_2(manquees_par_groupe, manquees_historique, demandes) -> str:
    verifier_fonction(manquees_par_groupe, "manquees_par_groupe", "tableau, colonne")
    try:
        essai = manquees_par_groupe(demandes.copy(), "groupe_quartier")
    except Exception:  # l'erreur elle-même est expliquée plus bas, sur d'autres demandes
        essai = ...
    if essai is None:
        raise ReponseIncorrecte(
            "Votre fonction manquees_par_groupe ne renvoie rien (None) : écrivez return devant le calcul, sur "
            "une ligne en retrait de quatre espaces sous « def manquees_par_groupe(tableau, colonne): »."
        )
    verifier_type(
        manquees_historique, pd.Series, "manquees_historique",
        indice="la fonction renvoie (return) …groupby(urgentes[colonne]).mean(), une colonne, un nombre par groupe.",
    )
    if manquees_historique.index.nlevels > 1:
        raise ReponseIncorrecte(
            "Votre résultat a deux niveaux d'index (par exemple après value_counts) : on attend un seul nombre par "
            "groupe de quartier, la part de « non urgente » : (… == \"non urgente\").groupby(…).mean()."
        )
    if set(manquees_historique.index) != QUARTIERS:
        raise ReponseIncorrecte(
            f"Les groupes trouvés sont {[str(g) for g in list(manquees_historique.index)[:4]]} : ce ne sont pas les "
            "valeurs de la colonne groupe_quartier. Groupez par la colonne reçue, urgentes[colonne], sans écrire "
            "de nom de groupe à la main."
        )
    attendu = _manquees(demandes, "groupe_quartier")
    if _memes_parts(manquees_historique, _manquees(demandes, "groupe_quartier", toutes=True)):
        raise ReponseIncorrecte(
            "Vous êtes parti·e de toutes les demandes : partez des vraies urgences seulement, "
            "tableau[tableau[\"urgence_reference\"] == \"urgente\"]."
        )
    if _memes_parts(manquees_historique, 1 - attendu):
        raise ReponseIncorrecte(
            "Vous avez calculé la part reconnue (« urgente ») : on veut la part manquée, \"non urgente\"."
        )
    if any(_memes_parts(manquees_historique, _manquees(demandes, "groupe_quartier", agregat))
           for agregat in ("sum", "count")):
        raise ReponseIncorrecte(
            "manquees_historique donne des nombres de demandes "
            f"({_parts_lisibles(manquees_historique, comptes=True)}) : .sum() et .count() comptent. On veut une part "
            "entre 0 et 1 : .mean()."
        )
    if _memes_parts(manquees_historique, _manquees(demandes, "groupe_quartier", "max")):
        raise ReponseIncorrecte(
            "Les « parts » valent 1 pour chaque groupe : .max() (ou .any()) dit seulement qu'au moins une vraie "
            "urgence a été manquée dans le groupe. On veut la part des vraies urgences manquées : .mean()."
        )
    if not _memes_parts(manquees_historique, attendu):
        raise ReponseIncorrecte(
            "Les parts ne correspondent pas : comparez urgence_historique à \"non urgente\", puis .mean() par groupe, "
            "le tout calculé dans la fonction à partir du tableau reçu."
        )
    # La fonction doit calculer, pas recopier : on l'essaie sur d'autres demandes et d'autres groupes.
    nouvelles = _demandes_neuves(3000, 2602)
    for colonne in ("groupe_ecriture", "canal"):
        _essayer_manquees(manquees_par_groupe, nouvelles, colonne, manquees_historique)
    return (
        f"L'historique a manqué {format_pourcentage(manquees_historique['quartier prioritaire'])} des vraies urgences "
        f"des quartiers prioritaires, {format_pourcentage(manquees_historique['autre quartier'])} ailleurs : un écart de "
        f"{format_points(100 * (manquees_historique['quartier prioritaire'] - manquees_historique['autre quartier']))}."
    )


def verifier_ex2_3(cadre_historique, indicateurs, demandes) -> str:
    verifier_type(cadre_historique, MetricFrame, "cadre_historique",
                  indice="MetricFrame(metrics=…, y_true=…, y_pred=…, sensitive_features=…)")
    if getattr(cadre_historique, "calcule_par_taux_manquees", False):
        raise ReponseIncorrecte(
            "cadre_historique vient de taux_manquees(…), la fonction toute faite du cours : elle construit le "
            "MetricFrame à votre place. L'exercice est de le construire vous-même, pour savoir le faire sur "
            "d'autres données : MetricFrame(metrics=indicateurs, y_true=vrai, y_pred=historique_urgente, "
            "sensitive_features=demandes[\"groupe_ecriture\"])."
        )
    par_groupe = cadre_historique.by_group
    groupes = set(map(str, par_groupe.index))
    if groupes != ECRITURES:
        raise ReponseIncorrecte(
            f"Les groupes sont {sorted(groupes)[:4]} : sensitive_features=demandes[\"groupe_ecriture\"]."
        )
    if not isinstance(par_groupe, pd.DataFrame) or list(par_groupe.columns) != list(indicateurs):
        raise ReponseIncorrecte(
            "Les indicateurs ne sont pas ceux du dictionnaire indicateurs : metrics=indicateurs."
        )
    manquees = par_groupe["vraies urgences manquées"]
    attendu = _manquees(demandes, "groupe_ecriture")
    if abs(manquees["informelle ou fautive"] - attendu["informelle ou fautive"]) > 1e-9:
        if abs(manquees["informelle ou fautive"] - (1 - attendu["informelle ou fautive"])) < 1e-9:
            raise ReponseIncorrecte(
                "Le taux est inversé : y_true=vrai et y_pred=historique_urgente (des vrai/faux « urgente »)."
            )
        raise ReponseIncorrecte(
            "Les taux ne correspondent pas : y_true est la vérité (vrai), y_pred la décision (historique_urgente)."
        )
    return (
        f"L'historique a manqué {format_pourcentage(manquees['informelle ou fautive'])} des vraies urgences écrites "
        f"de façon informelle ou fautive, contre {format_pourcentage(manquees['autre écriture'])} pour les autres."
    )


def _ecart_quartiers(tableau: pd.DataFrame) -> float:
    manquees = taux_manquees(tableau["urgence_reference"], tableau["urgence_historique"],
                             tableau["groupe_quartier"]).by_group["vraies urgences manquées"]
    return float(100 * (manquees["quartier prioritaire"] - manquees["autre quartier"]))


@consigner("ecart_echantillon")
def verifier_ex3_1(ecart_echantillon, demandes) -> str:
    verifier_type(ecart_echantillon, float, "ecart_echantillon",
                  indice="un nombre de points : 100 * (part manquée en quartier prioritaire − part manquée ailleurs).")
    attendu = _ecart_quartiers(demandes[demandes["echantillon_audit"]])
    if abs(ecart_echantillon - attendu / 100) < 0.001:
        raise ReponseIncorrecte(
            f"ecart_echantillon vaut {format_nombre(ecart_echantillon, 3)} : c'est une différence de deux parts. "
            "Multipliez par 100 pour l'avoir en points (de 0,25 à 25, par exemple) : 100 * (… − …)."
        )
    if abs(ecart_echantillon + attendu) < 1e-9:
        raise ReponseIncorrecte("Le signe est inversé : quartier prioritaire MOINS autre quartier.")
    if abs(ecart_echantillon - _ecart_quartiers(demandes)) < 1e-9:
        raise ReponseIncorrecte("Vous avez mesuré sur toutes les demandes : utilisez le tableau audit (l'échantillon).")
    # la valeur exacte, comme à l'exercice 1.1 : un nombre arrondi recopié de l'affichage est refusé (et nommé)
    verifier_proche(
        ecart_echantillon, attendu, "ecart_echantillon", tolerance=1e-9,
        indice="calculez-le dans la cellule, sans le retaper : taux_manquees(audit[\"urgence_reference\"], "
        "audit[\"urgence_historique\"], audit[\"groupe_quartier\"]), puis 100 * (… − …).",
    )
    return f"Sur l'échantillon, l'écart est de {format_points(ecart_echantillon)}."


@consigner("decision_prestataire", "ecarts_prestataire")
def verifier_ex3_2(decision_prestataire, ecarts_prestataire, scores_prestataire, PART_URGENTE, demandes) -> str:
    verifier_type(decision_prestataire, pd.Series, "decision_prestataire",
                  indice="decider(scores_prestataire, part=PART_URGENTE)")
    verifier_type(ecarts_prestataire, pd.DataFrame, "ecarts_prestataire",
                  indice="ecarts_par_groupe(demandes, decision_prestataire)")
    part = decision_prestataire.astype(bool).mean()
    if abs(part - PART_URGENTE) > 0.005:
        raise ReponseIncorrecte(
            f"Le modèle signale {format_pourcentage(part)} des demandes : le prestataire en signale autant que "
            f"l'historique, {format_pourcentage(PART_URGENTE)}. Utilisez part=PART_URGENTE."
        )
    if "écart (points)" not in ecarts_prestataire.columns or len(ecarts_prestataire) != 3:
        raise ReponseIncorrecte(
            "ecarts_prestataire doit être le tableau renvoyé par ecarts_par_groupe(demandes, decision_prestataire)."
        )
    decision_attendue = decider(scores_prestataire, part=PART_URGENTE)
    signalees = decision_prestataire.astype(bool).to_numpy()
    if not np.array_equal(signalees, decision_attendue.to_numpy()) and 0 < signalees.sum() < len(signalees):
        notes = np.asarray(scores_prestataire, dtype=float)
        if notes[signalees].min() >= notes[~signalees].max():
            raise ReponseIncorrecte(
                f"Vos décisions viennent bien des scores du modèle, mais le modèle en signale "
                f"{format_nombre(int(signalees.sum()), 0)} au lieu de {format_nombre(int(decision_attendue.sum()), 0)} : "
                "la part a été arrondie (ou recopiée de l'affichage). Donnez la valeur exacte, part=PART_URGENTE, "
                "sans la retaper."
            )
    if not np.array_equal(signalees, decision_attendue.to_numpy()):
        raise ReponseIncorrecte(
            "decision_prestataire ne vient pas des scores du modèle : decider(scores_prestataire, part=PART_URGENTE). "
            "(L'étiquette historique, par exemple, signale la même part mais ce n'est pas le modèle.)"
        )
    if not np.allclose(ecarts_prestataire["écart (points)"].to_numpy(dtype=float),
                       ecarts_par_groupe(demandes, decision_attendue)["écart (points)"].to_numpy(dtype=float)):
        raise ReponseIncorrecte(
            "ecarts_prestataire ne correspond pas à decision_prestataire : "
            "ecarts_par_groupe(demandes, decision_prestataire)."
        )
    return (
        "Le modèle manque plus souvent les vraies urgences des trois groupes audités : "
        + " ; ".join(f"{ligne['groupe audité']}, {format_points(ligne['écart (points)'])} de plus"
                     for _, ligne in ecarts_prestataire.iterrows())
        + "."
    )


@consigner("scores_sans_quartier", "ecarts_sans_quartier")
def verifier_ex4_1(scores_sans_quartier, ecarts_sans_quartier, scores_prestataire, scores_options,
                   PART_URGENTE, demandes) -> str:
    verifier_type(scores_sans_quartier, pd.Series, "scores_sans_quartier",
                  indice="scores_hors_echantillon(demandes, colonnes=(\"texte\",))")
    verifier_type(ecarts_sans_quartier, pd.DataFrame, "ecarts_sans_quartier",
                  indice="ecarts_par_groupe(demandes, decider(…))")
    if len(scores_sans_quartier) != len(demandes):
        raise ReponseIncorrecte("Il faut un score par demande : passez tout le tableau demandes.")
    if np.allclose(scores_sans_quartier.to_numpy(), scores_prestataire.to_numpy()):
        raise ReponseIncorrecte("Ces scores sont ceux du modèle du prestataire : retirez \"quartier\" des colonnes.")
    if not np.allclose(scores_sans_quartier.to_numpy(), scores_options["sans quartier"].to_numpy()):
        raise ReponseIncorrecte(
            "Ces scores ne sont pas ceux du modèle texte seul appris sur l'historique : gardez "
            "etiquette=\"urgence_historique\" (le modèle du prestataire apprend l'historique) et colonnes=(\"texte\",)."
        )
    attendus = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))
    obtenus = ecarts_sans_quartier["écart (points)"].to_numpy(dtype=float)
    if not np.allclose(obtenus, attendus["écart (points)"].to_numpy(dtype=float)):
        # des écarts bien calculés, mais avec d'autres scores que scores_sans_quartier ?
        autres = {"scores_prestataire": scores_prestataire,
                  **{f"scores_options[\"{nom}\"]": scores for nom, scores in scores_options.items()
                     if nom != "sans quartier"}}
        for nom, scores in autres.items():
            ecarts = ecarts_par_groupe(demandes, decider(scores, part=PART_URGENTE))
            if len(ecarts) == len(obtenus) and np.allclose(obtenus, ecarts["écart (points)"].to_numpy(dtype=float)):
                raise ReponseIncorrecte(
                    f"Le tableau d'écarts a été calculé avec {nom}, pas avec scores_sans_quartier : décidez avec "
                    "les scores du modèle sans la colonne quartier, decider(scores_sans_quartier, part=PART_URGENTE)."
                )
        raise ReponseIncorrecte(
            "Le tableau d'écarts ne correspond pas à ces scores : décidez avec part=PART_URGENTE, comme le prestataire."
        )
    if _recopie_du_cours(scores_sans_quartier, scores_options, "sans quartier"):
        raise ReponseIncorrecte(
            "Vous avez recopié scores_options[\"sans quartier\"], les scores que le cours a calculés de son côté pour "
            "comparer les options (section 6) : l'exercice est de les calculer vous-même, pour savoir refaire ce "
            "test sur un autre modèle. scores_hors_echantillon(demandes, colonnes=(\"texte\",), "
            "etiquette=\"urgence_historique\"), puis les décisions et les écarts comme à l'exercice 3.2."
        )
    ecarts_prestataire = ecarts_par_groupe(demandes, decider(scores_prestataire, part=PART_URGENTE))
    return (
        "Sans la colonne, l'écart entre quartiers passe de "
        f"{format_points(ecarts_prestataire.loc['groupe_quartier', 'écart (points)'])} "
        f"à {format_points(ecarts_sans_quartier.loc['groupe_quartier', 'écart (points)'])}, mais ne disparaît pas ; "
        f"l'écart d'écriture reste à {format_points(ecarts_sans_quartier.loc['groupe_ecriture', 'écart (points)'])}."
    )


def _recopie_du_cours(valeur, scores_options: dict, nom: str) -> bool:
    """Les scores donnés sont-ils ceux que le cours a calculés (``comparer_corrections``), même
    recopiés avec .copy() ou passés par une opération de pandas (la marque d'origine les suit) ?"""
    return valeur is scores_options.get(nom) or getattr(valeur, "attrs", {}).get("calcul_du_cours") == nom


@consigner("touches", "taux_bascule_quartier", "originaux", "modifies")
def verifier_ex5_1(touches, taux_bascule_quartier, originaux, modifies, modele_t, seuil_t) -> str:
    verifier_type(touches, pd.Series, "touches", indice="modifies != originaux")
    verifier_type(taux_bascule_quartier, float, "taux_bascule_quartier", indice="une part, avec .mean().")
    if touches.all():
        raise ReponseIncorrecte("touches est vrai partout : comparez modifies et originaux avec !=.")
    if len(touches) == len(originaux) and np.array_equal(np.asarray(touches, dtype=bool),
                                                        (np.asarray(modifies) == np.asarray(originaux))):
        raise ReponseIncorrecte(
            "touches est vrai pour les textes que le changement n'a PAS modifiés (==) : on veut ceux qu'il a "
            "modifiés, touches = modifies != originaux (le signe != veut dire « différent de »)."
        )
    garde = modifies != originaux
    avant = est_urgente(modele_t, originaux[garde], seuil_t)
    apres = est_urgente(modele_t, modifies[garde], seuil_t)
    attendu = float((avant != apres).mean())
    sur_tous = float((est_urgente(modele_t, originaux, seuil_t) != est_urgente(modele_t, modifies, seuil_t)).mean())
    if abs(taux_bascule_quartier - sur_tous) < 1e-12 and abs(sur_tous - attendu) > 1e-9:
        raise ReponseIncorrecte(
            "Vous avez compté sur tous les textes : ne gardez que les textes touchés, originaux[touches] et "
            "modifies[touches]."
        )
    un_sens = [float((~avant & apres).mean()), float((avant & ~apres).mean())]
    if any(abs(taux_bascule_quartier - x) < 1e-9 for x in un_sens) and min(un_sens) > 0:
        raise ReponseIncorrecte(
            "Vous n'avez compté qu'un sens de bascule : avant != apres compte les deux (devient urgente ET cesse "
            "de l'être)."
        )
    if abs(taux_bascule_quartier - (1 - attendu)) < 1e-9:
        raise ReponseIncorrecte("Vous avez compté les décisions qui NE changent pas : utilisez != entre avant et après.")
    # la valeur exacte, comme aux autres exercices : un nombre arrondi recopié de l'affichage est refusé (et nommé)
    verifier_proche(
        taux_bascule_quartier, attendu, "taux_bascule_quartier", tolerance=1e-9,
        indice="avez-vous utilisé le même modèle modele_t et le même seuil seuil_t avant et après, sur "
        "originaux[touches] et modifies[touches] ?",
    )
    return (f"Déplacer la demande dans un autre quartier change la décision pour "
            f"{format_pourcentage(taux_bascule_quartier)} des textes touchés.")


def _a_sujet_egal(tableau: pd.DataFrame, decision, sujet: str | None, urgentes_seulement: bool = True) -> pd.Series:
    """Parmi les vraies urgences du sujet (ou toutes les demandes du sujet, ou tous les sujets),
    la part que ``decision`` n'a pas signalée, pour chaque genre déclaré."""
    lignes = pd.Series(True, index=tableau.index)
    if sujet is not None:
        lignes &= tableau["sujet"] == sujet
    if urgentes_seulement:
        lignes &= tableau["urgence_reference"] == "urgente"
    signalee = pd.Series(np.asarray(decision, dtype=bool), index=tableau.index)
    return (~signalee[lignes]).groupby(tableau.loc[lignes, "genre"]).mean()


def _autre_sujet(tableau: pd.DataFrame) -> str:
    """Le sujet le plus fréquent parmi les vraies urgences, en dehors du sujet de l'exercice."""
    urgentes = tableau[(tableau["urgence_reference"] == "urgente") & (tableau["sujet"] != SUJET)]
    return str(urgentes["sujet"].value_counts().index[0])


def _essayer_manquees_par_genre(manquees_par_genre, essai: pd.Series) -> None:
    """Refait le calcul de la personne sur d'autres demandes, un autre sujet et une autre décision."""
    nouvelles = _demandes_neuves(3000, 2602)
    sujet = _autre_sujet(nouvelles)
    decision = pd.Series(np.random.default_rng(52).random(len(nouvelles)) < 0.3, index=nouvelles.index)
    appel = f"manquees_par_genre(nouvelles, une_autre_decision, \"{sujet}\")"
    lieu = f"Sur {format_nombre(len(nouvelles), 0)} demandes d'une autre année (nouvelles)"
    obtenu = _rejouer(
        manquees_par_genre, (nouvelles.copy(), decision.copy(), sujet), lieu, appel,
        "La fonction doit marcher sur n'importe quel tableau de demandes, avec n'importe quelle décision et "
        "n'importe quel sujet : à l'intérieur, n'utilisez que tableau, decision et sujet, jamais demandes, vrai, "
        "historique_urgente ni SUJET, qui ne valent que pour les demandes du notebook.",
    )
    if _memes_parts(obtenu, essai):
        raise ReponseIncorrecte(
            f"{lieu}, {appel} renvoie exactement le résultat obtenu sur les demandes du notebook "
            f"({_parts_lisibles(essai)}) : votre fonction donne les mêmes nombres quels que soient le tableau, la "
            "décision et le sujet reçus. Le plus souvent, c'est qu'elle calcule sur demandes ou SUJET au lieu de "
            "tableau et sujet : prenez tout dans ce qu'elle reçoit."
        )
    if _memes_parts(obtenu, _a_sujet_egal(nouvelles, decision, SUJET)):
        raise ReponseIncorrecte(
            f"{lieu}, {appel} calcule sur le sujet « {SUJET} » au lieu du sujet reçu : comparez "
            "tableau[\"sujet\"] à sujet (le paramètre, sans guillemets), pas à un sujet écrit à la main."
        )
    if _memes_parts(obtenu, _a_sujet_egal(nouvelles, nouvelles["urgence_historique"] == "urgente", sujet)):
        raise ReponseIncorrecte(
            f"{lieu}, {appel} donne les urgences manquées par l'étiquette historique, pas par la décision "
            "reçue : votre fonction lit la colonne urgence_historique au lieu du paramètre decision. C'est "
            "decision qui dit ce qui a été signalé : (~decision[urgentes]) — ainsi la même fonction juge "
            "l'historique, le modèle ou toute autre décision."
        )
    attendu = _a_sujet_egal(nouvelles, decision, sujet)
    if not _memes_parts(obtenu, attendu):
        trouve = _parts_lisibles(obtenu) if len(obtenu) else "aucun groupe"
        raise ReponseIncorrecte(
            f"{lieu}, {appel} donne {trouve} ; on attend {_parts_lisibles(attendu)}. Votre "
            "fonction mélange les demandes du notebook et le tableau reçu (par exemple "
            ".groupby(demandes[\"genre\"])) : à l'intérieur, prenez tout dans tableau, "
            ".groupby(tableau.loc[urgentes, \"genre\"])."
        )


@consigner("manquees_par_genre", "a_sujet_egal")
def verifier_ex5_2(manquees_par_genre, a_sujet_egal, demandes, historique_urgente, decision_modele, SUJET) -> str:
    verifier_fonction(manquees_par_genre, "manquees_par_genre", "tableau, decision, sujet")
    appel = "manquees_par_genre(demandes, historique_urgente, SUJET)"
    try:
        essai = manquees_par_genre(demandes.copy(), historique_urgente.copy(), SUJET)
    except NotImplementedError:
        raise ReponseIncorrecte(
            "L'exercice n'a pas encore de réponse : dans la fonction manquees_par_genre, remplacez les lignes "
            "« # VOTRE CODE ICI » et « raise NotImplementedError() » par votre calcul (deux lignes, en retrait de "
            "quatre espaces), exécutez la cellule de réponse, puis ce test."
        ) from None
    except Exception as erreur:  # toute erreur de la fonction de la personne est expliquée
        texte = " ".join(str(erreur).split())
        if len(texte) > 90:
            texte = texte[:90].rsplit(" ", 1)[0] + " […]"
        raise ReponseIncorrecte(
            f"{appel} s'arrête sur une erreur ({type(erreur).__name__} : {texte}). Vérifiez le nom "
            "exact des colonnes (\"urgence_reference\", \"sujet\", \"genre\", en minuscules), les parenthèses "
            "autour de chaque condition reliée par &, et que le filtre vient du tableau reçu."
        ) from None
    if essai is None:
        raise ReponseIncorrecte(
            "Votre fonction manquees_par_genre ne renvoie rien (None) : écrivez return devant le calcul, sur une "
            "ligne en retrait de quatre espaces sous « def manquees_par_genre(tableau, decision, sujet): »."
        )
    verifier_type(essai, pd.Series, appel,
                  indice="la fonction renvoie (return) …groupby(tableau.loc[urgentes, \"genre\"]).mean(), un nombre par genre.")
    if essai.index.nlevels > 1:
        raise ReponseIncorrecte(
            f"{appel} a deux niveaux d'index (par exemple après value_counts) : on attend un seul nombre par genre, "
            "la part des vraies urgences non signalées : (~decision[urgentes]).groupby(…).mean()."
        )
    genres = set(map(str, essai.index))
    if not genres:
        raise ReponseIncorrecte(
            f"{appel} ne donne aucun groupe : aucune demande ne passe votre filtre. Le plus souvent, c'est le sujet "
            "écrit entre guillemets (tableau[\"sujet\"] == \"sujet\" compare au mot « sujet ») : comparez au "
            "paramètre, sans guillemets, tableau[\"sujet\"] == sujet."
        )
    if genres == GENRES - {"non renseigné"}:
        raise ReponseIncorrecte(
            f"{appel} ne donne que « femme » et « homme » : les personnes dont le genre est « non renseigné » ont "
            "disparu. Ne les filtrez pas : un audit qui écarte une catégorie la rend invisible (et le modèle peut "
            "les traiter autrement). Groupez par tableau.loc[urgentes, \"genre\"], toutes valeurs comprises."
        )
    if genres != GENRES:
        raise ReponseIncorrecte(
            f"{appel} donne les groupes {sorted(genres)[:4]} : on compare ici les genres déclarés (femme, homme, "
            "non renseigné) à sujet égal. Groupez par la colonne genre : .groupby(tableau.loc[urgentes, \"genre\"])."
        )
    attendu = _a_sujet_egal(demandes, historique_urgente, SUJET)
    if _memes_parts(essai, 1 - attendu):
        raise ReponseIncorrecte(
            f"{appel} donne la part des vraies urgences signalées (reconnues) : on veut la part manquée, celles que "
            "la décision n'a PAS signalées : ~decision[urgentes] (le signe ~ veut dire « non »)."
        )
    if _memes_parts(essai, _a_sujet_egal(demandes, historique_urgente, None)):
        raise ReponseIncorrecte(
            f"{appel} compte les vraies urgences de tous les sujets : ajoutez la condition sur le sujet, "
            "(tableau[\"urgence_reference\"] == \"urgente\") & (tableau[\"sujet\"] == sujet). Comparer à sujet "
            "égal, c'est tout l'intérêt de l'exercice."
        )
    if _memes_parts(essai, _a_sujet_egal(demandes, historique_urgente, SUJET, urgentes_seulement=False)):
        raise ReponseIncorrecte(
            f"{appel} part de toutes les demandes du sujet, urgentes ou non : gardez seulement les vraies "
            "urgences, (tableau[\"urgence_reference\"] == \"urgente\") & (tableau[\"sujet\"] == sujet)."
        )
    if not _memes_parts(essai, attendu):
        comptes = bool((essai.abs() > 1).any()) if pd.api.types.is_numeric_dtype(essai) else False
        raise ReponseIncorrecte(
            f"{appel} donne {_parts_lisibles(essai, comptes=comptes)}"
            + (" (des nombres de demandes : .sum() et .count() comptent)" if comptes else "")
            + f" ; on attend les parts {_parts_lisibles(attendu)}. Parmi les vraies urgences du sujet, faites la "
            "moyenne (.mean()) de ~decision, genre par genre, dans la fonction, à partir de ce qu'elle reçoit."
        )
    _essayer_manquees_par_genre(manquees_par_genre, essai)
    verifier_type(a_sujet_egal, pd.DataFrame, "a_sujet_egal",
                  indice="gardez les dernières lignes de la cellule : a_sujet_egal = pd.DataFrame({…}).")
    modele = _a_sujet_egal(demandes, decision_modele, SUJET)
    colonnes = {"étiquette historique": attendu, "modèle du prestataire": modele}
    if not all(c in a_sujet_egal.columns and _memes_parts(a_sujet_egal[c], v) for c, v in colonnes.items()):
        raise ReponseIncorrecte(
            "a_sujet_egal ne correspond pas à votre fonction appliquée à l'étiquette historique puis au modèle : "
            "gardez les dernières lignes de la cellule telles quelles (historique_urgente pour la première "
            "colonne, decision_modele pour la seconde)."
        )
    return (
        f"À sujet égal (« {SUJET} »), l'historique manquait {format_pourcentage(attendu['femme'])} des vraies "
        f"urgences signalées par des femmes, {format_pourcentage(attendu['homme'])} pour les hommes et "
        f"{format_pourcentage(attendu['non renseigné'])} sans genre renseigné ; le modèle du prestataire : "
        f"{format_pourcentage(modele['femme'])}, {format_pourcentage(modele['homme'])} et "
        f"{format_pourcentage(modele['non renseigné'])}."
    )


@consigner("poids", "scores_reponderes")
def verifier_ex6_1(poids, scores_reponderes, scores_prestataire, scores_options, PART_URGENTE, demandes) -> str:
    verifier_type(poids, np.ndarray, "poids",
                  indice="poids_reequilibrage(demandes[\"groupe_quartier\"], demandes[\"urgence_historique\"])")
    verifier_type(scores_reponderes, pd.Series, "scores_reponderes",
                  indice="scores_hors_echantillon(demandes, poids=poids)")
    if np.allclose(poids, poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_reference"])):
        raise ReponseIncorrecte("Les poids se calculent sur l'étiquette que le modèle apprend : urgence_historique.")
    if not np.allclose(poids, poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])):
        raise ReponseIncorrecte(
            "Ces poids ne sont pas ceux de poids_reequilibrage(demandes[\"groupe_quartier\"], "
            "demandes[\"urgence_historique\"])."
        )
    if _recopie_du_cours(scores_reponderes, scores_options, "repondéré"):
        raise ReponseIncorrecte(
            "Vous avez recopié scores_options[\"repondéré\"], les scores que le cours a calculés de son côté pour "
            "comparer les options : l'exercice est de repondérer vous-même, "
            "scores_hors_echantillon(demandes, poids=poids)."
        )
    if np.allclose(scores_reponderes.to_numpy(), scores_prestataire.to_numpy()):
        raise ReponseIncorrecte("Les scores n'ont pas changé : passez poids=poids à scores_hors_echantillon.")
    if not np.allclose(scores_reponderes.to_numpy(), scores_options["repondéré"].to_numpy()):
        raise ReponseIncorrecte(
            "Ces scores ne sont pas ceux du modèle du prestataire repondéré : gardez les colonnes par défaut (texte "
            "ET quartier), l'étiquette historique, et passez poids=poids."
        )
    ecarts = ecarts_par_groupe(demandes, decider(scores_reponderes, PART_URGENTE))
    return (
        f"Repondéré, l'écart entre quartiers tombe à {format_points(ecarts.loc['groupe_quartier', 'écart (points)'])} ; "
        f"l'écart d'écriture, lui, reste à {format_points(ecarts.loc['groupe_ecriture', 'écart (points)'])}."
    )


def _optimiseur_de_reference(scores, demandes: pd.DataFrame, etiquette: str = "urgence_reference",
                             dans_audit: bool = True) -> ThresholdOptimizer:
    """L'optimiseur attendu à l'exercice 6.2 (ou une variante fautive, pour nommer l'erreur)."""
    X = pd.DataFrame({"score": np.asarray(scores, dtype=float)}, index=demandes.index)
    lignes = demandes["echantillon_audit"].astype(bool) if dans_audit else pd.Series(True, index=demandes.index)
    optimiseur = ThresholdOptimizer(
        estimator=ScoreDejaCalcule().fit(X), constraints="false_negative_rate_parity",
        objective="balanced_accuracy_score", prefit=True, predict_method="predict",
    )
    return optimiseur.fit(X[lignes], demandes.loc[lignes, etiquette] == "urgente",
                          sensitive_features=demandes.loc[lignes, "groupe_quartier"])


def _decisions_sur(optimiseur, tableau: pd.DataFrame, scores: pd.Series) -> np.ndarray:
    """Les décisions de l'optimiseur sur un tableau de demandes notées, pour deux tirages au sort."""
    X = pd.DataFrame({"score": np.asarray(scores, dtype=float)}, index=tableau.index)
    return np.concatenate([
        np.asarray(optimiseur.predict(X, sensitive_features=tableau["groupe_quartier"], random_state=tirage))
        for tirage in (0, 1)
    ]).astype(bool)


def verifier_ex6_2(optimiseur, decision_seuils, scores_prestataire, demandes, GRAINE, decisions=None) -> str:
    if optimiseur is None:
        raise ReponseIncorrecte(
            "« optimiseur » vaut encore None : créez-le (optimiseur = ThresholdOptimizer(…)) puis ajustez-le "
            "(optimiseur.fit(…)) dans la cellule de réponse. Le test inspecte l'optimiseur lui-même et l'essaie sur "
            "d'autres demandes : des décisions toutes faites (celles calculées par le cours, par exemple) ne "
            "suffisent pas."
        )
    verifier_type(
        optimiseur, ThresholdOptimizer, "optimiseur",
        indice="optimiseur = ThresholdOptimizer(…), puis optimiseur.fit(…) : le test inspecte l'optimiseur "
        "lui-même, pas seulement ses décisions.",
    )
    if optimiseur.constraints is Ellipsis:
        raise ReponseIncorrecte(
            "La contrainte de l'optimiseur vaut encore … : remplacez-la par \"false_negative_rate_parity\" (entre "
            "guillemets), puis réexécutez toute la cellule de réponse."
        )
    if optimiseur.constraints != "false_negative_rate_parity":
        raise ReponseIncorrecte(
            f"La contrainte de l'optimiseur est « {optimiseur.constraints} »"
            + (" (la même part signalée dans chaque groupe : c'est la contrainte par défaut, quand on n'écrit pas "
               "constraints=…)" if optimiseur.constraints == "demographic_parity" else "")
            + ". Le comité veut autant de vraies urgences manquées dans chaque groupe : "
            "constraints=\"false_negative_rate_parity\"."
        )
    if optimiseur.objective != "balanced_accuracy_score":
        raise ReponseIncorrecte(
            f"L'objectif de l'optimiseur est « {optimiseur.objective} » : recopiez "
            "objective=\"balanced_accuracy_score\", comme dans le modèle de la consigne."
        )
    if not hasattr(optimiseur, "interpolated_thresholder_"):
        raise ReponseIncorrecte(
            "optimiseur n'est pas encore ajusté : il n'a choisi aucun seuil. Appelez optimiseur.fit(X[dans_audit], "
            "vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, \"groupe_quartier\"]), puis décidez avec "
            "optimiseur.predict(…) : le test lit les seuils de l'optimiseur ajusté, pas seulement ses décisions."
        )
    groupes = set(map(str, optimiseur.interpolated_thresholder_.interpolation_dict))
    if groupes != QUARTIERS:
        ecriture = " : ce sont des groupes d'écriture, pas de quartier" if groupes == ECRITURES else ""
        raise ReponseIncorrecte(
            f"L'optimiseur a choisi un seuil pour chacun des groupes {sorted(groupes)[:5]}{ecriture}. On veut un "
            "seuil par groupe de quartier : à l'ajustement, sensitive_features=demandes.loc[dans_audit, "
            "\"groupe_quartier\"] (et demandes[\"groupe_quartier\"] à la prédiction)."
        )
    # L'optimiseur ajusté est appliqué à des demandes qu'il n'a jamais vues, comme le ferait le service.
    nouvelles, scores_neufs = _demandes_neuves(2000, 1306), _scores_neufs(2000, 1306)
    obtenues = _decisions_sur(optimiseur, nouvelles, scores_neufs)
    lieu = f"Sur {format_nombre(len(nouvelles), 0)} demandes d'une autre année, votre optimiseur"
    if np.array_equal(obtenues, _decisions_sur(_optimiseur_de_reference(scores_prestataire, demandes, dans_audit=False),
                                               nouvelles, scores_neufs)):
        raise ReponseIncorrecte(
            f"{lieu} décide comme un optimiseur ajusté sur toutes les demandes. En pratique, on ne connaît la vérité "
            "que sur l'échantillon d'audit : ajustez-le sur X[dans_audit], vrai[dans_audit] et "
            "demandes.loc[dans_audit, \"groupe_quartier\"]."
        )
    if np.array_equal(obtenues, _decisions_sur(_optimiseur_de_reference(scores_prestataire, demandes,
                                                                         etiquette="urgence_historique"),
                                               nouvelles, scores_neufs)):
        raise ReponseIncorrecte(
            f"{lieu} a appris ses seuils sur l'étiquette historique : il égaliserait les urgences que les agent·es "
            "ont manquées… selon leurs propres décisions. Donnez-lui la vérité de l'audit : vrai[dans_audit]."
        )
    if not np.array_equal(obtenues, _decisions_sur(_optimiseur_de_reference(scores_prestataire, demandes),
                                                   nouvelles, scores_neufs)):
        raise ReponseIncorrecte(
            f"{lieu} ne décide pas comme celui attendu : ses seuils ne viennent pas des scores du prestataire sur "
            "l'échantillon d'audit. Vérifiez X = pd.DataFrame({\"score\": scores_prestataire}) et "
            "optimiseur.fit(X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "
            "\"groupe_quartier\"])."
        )
    if decision_seuils is None:
        raise ReponseIncorrecte("decision_seuils vaut None : terminez par decision_seuils = optimiseur.predict(…).")
    if decisions is not None and decision_seuils is decisions.get("seuils par groupe"):
        raise ReponseIncorrecte(
            "Vous avez recopié decisions[\"seuils par groupe\"], les décisions que le cours a calculées de son côté "
            "pour comparer les options : decision_seuils doit venir de votre optimiseur, "
            "optimiseur.predict(X, sensitive_features=demandes[\"groupe_quartier\"], random_state=GRAINE)."
        )
    if len(decision_seuils) != len(demandes):
        raise ReponseIncorrecte(
            f"decision_seuils a {len(decision_seuils)} valeurs : appliquez optimiseur.predict à X entier (toutes les "
            "demandes), pas seulement à l'échantillon d'audit."
        )
    decision = np.asarray(decision_seuils).astype(bool)
    if not decision.any():
        raise ReponseIncorrecte(
            "decision_seuils ne signale aucune demande : à la prédiction, sensitive_features doit donner les "
            "groupes de l'ajustement, demandes[\"groupe_quartier\"] ; pour un groupe qu'il ne connaît pas, "
            "l'optimiseur n'a pas de seuil."
        )
    ecart = ecarts_par_groupe(demandes, decision).loc["groupe_quartier", "écart (points)"]
    if abs(ecart) > 12:
        raise ReponseIncorrecte(
            f"L'écart entre quartiers reste de {format_points(ecart)} : decision_seuils doit venir de votre "
            "optimiseur, optimiseur.predict(X, sensitive_features=demandes[\"groupe_quartier\"], random_state=GRAINE)."
        )
    X = pd.DataFrame({"score": scores_prestataire})
    attendues = optimiseur.predict(X, sensitive_features=demandes["groupe_quartier"], random_state=GRAINE)
    if not np.array_equal(decision, np.asarray(attendues).astype(bool)):
        raise ReponseIncorrecte(
            "Vos décisions ne sont pas celles de votre optimiseur sur toutes les demandes : "
            "optimiseur.predict(X, sensitive_features=demandes[\"groupe_quartier\"], random_state=GRAINE). "
            "Sans random_state=GRAINE, le tirage au sort près des seuils change à chaque exécution."
        )
    return (
        f"Avec des seuils par quartier, l'écart entre quartiers est de {format_points(ecart)} ; le modèle signale "
        f"maintenant {format_pourcentage(decision.mean())} des demandes."
    )


def _options_fraiches(options: pd.DataFrame) -> tuple[pd.DataFrame, None]:
    """Un autre tableau d'options, pour rejouer la fonction de l'exercice 6.3 : d'autres noms,
    les mêmes colonnes, des écarts mélangés d'une option à l'autre, et une autre règle."""
    generateur = np.random.default_rng(63)
    frais = options.copy()
    colonnes = [c for c in options.columns if c.startswith("écart")]
    for colonne in colonnes:
        frais[colonne] = generateur.permutation(frais[colonne].to_numpy()) + generateur.uniform(-3, 3, len(frais))
    # la première variante est la plus juste, avec un écart très négatif (en faveur du groupe) :
    # un filtre sur la valeur absolue la refuserait
    frais.iloc[0, [frais.columns.get_loc(c) for c in colonnes]] = [-12.0] + [0.0] * (len(colonnes) - 1)
    frais.index = [f"variante {i + 1} de l'essai" for i in range(len(frais))]
    return frais, None


def _conformes(tableau: pd.DataFrame, regle: float) -> list:
    colonnes = [c for c in tableau.columns if c.startswith("écart")]
    return list(tableau[(tableau[colonnes] <= regle).all(axis=1)].index)


@consigner("options_qui_respectent", "options_conformes")
def verifier_ex6_3(options_qui_respectent, options_conformes, options, REGLE_ECART) -> str:
    verifier_fonction(options_qui_respectent, "options_qui_respectent", "tableau, regle")
    verifier_type(options_conformes, list, "options_conformes",
                  indice="la fonction renvoie une liste de noms : return list(lignes_gardees.index).")
    inconnues = [o for o in options_conformes if o not in options.index]
    if inconnues:
        raise ReponseIncorrecte(f"{inconnues} ne sont pas des options du tableau : {', '.join(options.index)}.")
    colonnes_ecarts = [c for c in options.columns if c.startswith("écart")]
    conformes = _conformes(options, REGLE_ECART)
    en_trop = [o for o in options_conformes if o not in conformes]
    if en_trop:
        option = en_trop[0]
        pire = options.loc[option, colonnes_ecarts].idxmax()
        raise ReponseIncorrecte(
            f"« {option} » ne respecte pas la règle : {pire} vaut {format_points(options.loc[option, pire])} "
            f"(au plus {REGLE_ECART}). Une option doit respecter la règle pour les trois groupes : .all(axis=1)."
        )
    # Une option oubliée est trouvée en rejouant la fonction : sur le tableau du notebook, aucune
    # option ne respecte la règle (data/README.md), un oubli ne s'y voit pas.
    # La fonction doit filtrer, pas recopier : on la rejoue sur un autre tableau, avec une autre règle.
    frais, _ = _options_fraiches(options)
    # deux règles qui gardent, l'une une seule option, l'autre toutes sauf une
    pires = np.sort(frais[colonnes_ecarts].max(axis=1).to_numpy())
    regles = (round(float(pires[:2].mean()), 1), round(float(pires[-2:].mean()), 1))
    # et un tableau où toutes les options sont bien en dessous de toute règle : une fonction qui
    # garde la règle du notebook y donne la bonne liste, une liste tapée à la main, non
    bas = frais.copy()
    bas[colonnes_ecarts] = bas[colonnes_ecarts] - float(bas[colonnes_ecarts].max().max()) - 1.0
    essais = [_essayer_options_qui_respectent(options_qui_respectent, tableau, regle)
              for tableau, regle in ((frais, regles[0]), (frais, regles[1]), (bas, regles[1]))]
    _diagnostiquer_options_qui_respectent(essais, options_conformes)
    if not options_conformes:
        constat = ("Aucune option ne respecte la règle : chacune laisse au moins un groupe avec beaucoup plus "
                   "d'urgences manquées")
    elif len(options_conformes) == len(options):
        constat = "Toutes les options respectent la règle"
    else:
        constat = ("Options conformes : " + ", ".join(f"« {o} »" for o in options_conformes)
                   + ". Les autres laissent au moins un groupe avec beaucoup plus d'urgences manquées")
    return constat + " ; votre filtre donne aussi la bonne liste sur un autre tableau."


def _essayer_options_qui_respectent(options_qui_respectent, frais: pd.DataFrame, regle: float) -> dict:
    appel = f"options_qui_respectent(autre_tableau, {regle})"
    lieu = f"Sur un autre tableau de {format_nombre(len(frais), 0)} options (d'autres noms, d'autres écarts)"
    obtenu = _rejouer(
        options_qui_respectent, (frais.copy(), regle), lieu, appel,
        "À l'intérieur de la fonction, n'utilisez que tableau et regle, jamais options, colonnes_ecarts ni "
        "REGLE_ECART, qui ne valent que pour le tableau du notebook.",
    )
    noms = sorted(map(str, obtenu)) if isinstance(obtenu, (list, pd.Index)) else None
    return {"regle": regle, "appel": appel, "lieu": lieu, "obtenu": obtenu, "noms": noms,
            "attendu": _conformes(frais, regle), "tableau": frais}


def _diagnostiquer_options_qui_respectent(essais: list, options_conformes: list) -> None:
    if all(e["noms"] == sorted(options_conformes) for e in essais) \
            and any(sorted(e["attendu"]) != sorted(options_conformes) for e in essais):
        e = next(e for e in essais if sorted(e["attendu"]) != sorted(options_conformes))
        raise ReponseIncorrecte(
            f"{e['lieu']}, {e['appel']} renvoie encore {options_conformes} : votre fonction donne la même liste quel "
            "que soit le tableau reçu. Une liste tapée à la main (ou lue sur le graphique) ne se vérifie pas et ne "
            "suivra pas les données : faites-la calculer par un filtre, tableau[(tableau[colonnes] <= regle).all(axis=1)]."
        )
    for e in essais:
        colonnes = [c for c in e["tableau"].columns if c.startswith("écart")]
        en_valeur_absolue = list(e["tableau"][(e["tableau"][colonnes].abs() <= e["regle"]).all(axis=1)].index)
        favorables = sorted(set(e["attendu"]) - set(en_valeur_absolue))
        if favorables and e["noms"] == sorted(en_valeur_absolue):
            raise ReponseIncorrecte(
                f"{e['lieu']}, {e['appel']} oublie {favorables} : il manque une option qui respecte la règle. Un écart "
                "négatif (en faveur du groupe) est accepté : comparez l'écart lui-même à regle, pas sa valeur absolue."
            )
    for e in essais:
        if not isinstance(e["obtenu"], list) or e["noms"] != sorted(e["attendu"]):
            raise ReponseIncorrecte(
                f"{e['lieu']}, {e['appel']} donne {e['obtenu']!r:.120} ; on attend {e['attendu']}. Votre fonction lit "
                "le tableau ou la règle du notebook au lieu de ceux qu'elle reçoit : à l'intérieur, prenez les "
                "colonnes « écart … » de tableau et comparez-les à regle."
            )


# --- La fiche d'audit : vérifiée sur le fond (l'équipe pédagogique lit et note le contenu) ---
#
# La vérification ne note pas la fiche : elle refuse seulement ce qui est clairement un texte de
# remplissage, dangereux (déployer sans condition ou une option non conforme, contrôle humain
# absent, facultatif, confié à personne ou à une machine) ou faux (un chiffre qui ne correspond à
# aucun résultat du lab pour le groupe auquel il est rattaché, deux chiffres face à face pris dans
# deux comparaisons différentes). Dans le doute, elle accepte : l'équipe pédagogique lit la fiche.

_MOTS_DE_REMPLISSAGE = {"bla", "blabla", "lorem", "ipsum", "xxx", "xx", "toto", "tata", "titi", "azerty",
                        "qwerty", "todo", "tbd", "truc", "machin", "ras"}
_A_COMPLETER = re.compile(r"à compléter|a completer|à remplir|à rédiger|votre (réponse|texte) ici", re.IGNORECASE)
_NOMBRE = r"[-−–]?\s?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?"
_UNITE = r"\s*(?:%|pour\s?cent\b|points?\b|pts?\b)"
_CHIFFRE_AVEC_UNITE = re.compile(rf"(?<![\w.,])({_NOMBRE})(?={_UNITE}|\s*(?:%|points?)?\s*(?:à|et|contre|puis|ou|,|/)\s*"
                                 rf"{_NOMBRE}{_UNITE})", re.IGNORECASE)
_CHIFFRE = re.compile(rf"(?<![\w.,]){_NOMBRE}")
_UNITE_JUSTE_APRES = re.compile(r"\s*(%|pour\s?cent\b|points?\b|pts?\b)", re.IGNORECASE)
_UNITE_PLUS_LOIN = re.compile(rf"\s*(?:%|points?)?\s*(?:à|et|contre|puis|ou|,|/)\s*{_NOMBRE}\s*(%|pour\s?cent\b|points?\b|pts?\b)",
                              re.IGNORECASE)

# Les données : sur quoi repose l'audit (combien de demandes ou quelle période, et ce qui sert de vérité)
_VERITE = re.compile(r"référence|audit|relue?s?\b|relecture|indépendant|vérité|vérifiée?s?", re.IGNORECASE)
_QUANTITE = re.compile(r"\d|période|année|\bans?\b|\bmois\b|semaines?", re.IGNORECASE)
# Un indicateur nommé : une part, un taux, un écart, une exactitude… et de quoi
_INDICATEUR_NOMME = re.compile(r"\bpart\b|\btaux\b|proportion|pourcentage|%|écart|exactitude|faux[ -]n[ée]gatif|"
                               r"combien|nombre|rappel|fréquence", re.IGNORECASE)
_FAMILLES_DE_GROUPES = {
    "quartier": r"quartier|prioritaire|résidence",
    "écriture": r"\bécri|informel|fautiv|\bfautes?\b|registre|orthograph",
    "genre": r"femme|homme|genre|sexe|harcèlement",
}
# Un refus du contrôle humain, dit en toutes lettres (« aucun contrôle humain », « sans relecture »)
_SANS_CONTROLE = re.compile(
    r"\baucun\w*\s+(?:contrôle|vérification|relecture|intervention|supervision|validation|humain|agent|personne)"
    r"|\b(?:pas|plus)\s+(?:de|d')\s*(?:contrôle|vérification|relecture|intervention|supervision|validation)"
    r"|\bsans\s+(?:aucun\w*\s+)?(?:contrôle|vérification|relecture|intervention|supervision|validation|humain|agent)"
    r"|(?:contrôle|vérification|relecture)s?\s+(?:humaine?s?\s+)?(?:inutile|superflu|n'est pas|ne sont pas)"
    r"|(?:inutile|pas besoin|nul besoin)\s+(?:de|d')\s*(?:contrôl|vérifi|reli|relecture|humain)"
    r"|\brien à (?:vérifier|contrôler|relire)|\b(?:entièrement|totalement|100\s?%)\s+automati",
    re.IGNORECASE)
# « jamais sans relecture », « aucune décision sans contrôle » : la négation porte sur l'absence de contrôle
_DOUBLE_NEGATION = re.compile(r"\b(?:jamais|aucune?\s+\w+|pas|rien|ne|n')\b[^.;:]{0,60}\bsans\b", re.IGNORECASE)
# Un contrôle nié : « ne relit pas (jamais, plus) », « aucun·e agent·e du centre ne relit », « ne sont jamais relues »
_VERBE_DE_CONTROLE = (r"(?:reli\w*|lit|lisent|lira|liront|vérifi\w*|contrôl\w*|regard\w*|examin\w*|valid\w*|"
                      r"revoi\w*|reverr\w*|consult\w*|ouvr\w*|écout\w*)")
_CONTROLE_NIE = re.compile(
    r"\b(?:ne|n')\s*(?:l[ae]s?\s+|l')?" + _VERBE_DE_CONTROLE + r"\s+(?:pas|jamais|plus|rien|aucune?|personne)\b"
    r"|\b(?:ne|n')\s*(?:sont|est|seront|sera)\s+(?:pas|jamais|plus)\s+(?:\w+\s+)?"
    r"(?:relue?s?|lue?s?|vérifiée?s?|contrôlée?s?|examinée?s?|regardée?s?|revue?s?|validée?s?)\b"
    r"|\baucun[\w·]*\s+(?:[\w·'’-]+\s+){0,6}?(?:ne|n')\s*(?:l[ae]s?\s+|l')?" + _VERBE_DE_CONTROLE,
    re.IGNORECASE)
# Le modèle seul juge : « le modèle décide seul », « il trie seul », « en toute autonomie »
_MODELE_SEUL = re.compile(r"\b(?:décid|tri|class|tranch|choisi|fonctionn|tourn|travaill|gèr|ger)\w*\s+(?:tout\s+)?seul\b"
                          r"|\ben (?:toute )?autonomie\b", re.IGNORECASE)
# Personne n'en est chargé : « Personne, … », « personne ne relit »
_PERSONNE = re.compile(r"(?:^|[.;:!?,(]\s*)personne\s*(?:[,.;:!?)]|$|ne\b|n')|\bpersonne\s+(?:ne|n')\b", re.IGNORECASE)


def _remplissage(texte: str) -> str | None:
    """Ce qui fait d'un texte un remplissage (« bla bla », « à compléter », « RAS »…), ou None."""
    if _A_COMPLETER.search(texte):
        return "un texte « à compléter »"
    mots = re.findall(r"[a-zà-öø-ÿœæ]+", texte.lower())
    if any(m in _MOTS_DE_REMPLISSAGE for m in mots):
        return f"« {next(m for m in mots if m in _MOTS_DE_REMPLISSAGE)} »"
    if len(mots) >= 4 and len(set(mots)) <= len(mots) / 2:
        return "les mêmes mots répétés"
    return None


def _jusqu_au_bout_du_mot(texte: str, trouve: re.Match) -> str:
    return (trouve.group(0) + re.match(r"\w*", texte[trouve.end():]).group(0)).strip(" ,.;:")


def _refus_du_controle(texte: str) -> str | None:
    """Le passage d'un texte qui écarte tout contrôle humain ou laisse le modèle seul juge, ou None."""
    for trouve in _SANS_CONTROLE.finditer(texte):
        debut = texte[max(0, trouve.start() - 80): trouve.end()]
        if trouve.group(0).lower().startswith("sans") and _DOUBLE_NEGATION.search(debut):
            continue
        return _jusqu_au_bout_du_mot(texte, trouve)
    for trouve in _MODELE_SEUL.finditer(texte):
        avant = texte[max(0, trouve.start() - 25): trouve.start()]
        if not re.search(r"\b(?:ne|n'|jamais|pas|plus)\b|n'", avant, re.IGNORECASE):
            return _jusqu_au_bout_du_mot(texte, trouve)
    trouve = _CONTROLE_NIE.search(texte)
    if trouve:
        return _jusqu_au_bout_du_mot(texte, trouve)
    return None


def _personne(texte: str) -> str | None:
    """« Personne, … », « personne ne relit » : le contrôle n'est confié à personne."""
    trouve = _PERSONNE.search(texte)
    return trouve and "personne"


def _en_nombre(texte: str) -> tuple[float, int]:
    """« −7,8 » -> (−7.8, 1 décimale) ; « 12 000 » -> (12000.0, 0)."""
    propre = re.sub(r"[\s\u00a0\u202f]", "", texte).replace("−", "-").replace("–", "-").replace(",", ".")
    decimales = len(propre.split(".")[1]) if "." in propre else 0
    return float(propre), decimales


def chiffres_avec_unite(texte: str) -> list[tuple[float, int]]:
    """Les nombres d'un texte suivis d'une unité (%, points), ou d'une autre valeur qui en a une
    (« de 46 à 17 points ») : (valeur, décimales écrites)."""
    return [_en_nombre(m.group(1)) for m in _CHIFFRE_AVEC_UNITE.finditer(texte)]


def _chiffres_situes(texte: str) -> list[dict]:
    """Chaque nombre suivi d'une unité (ou d'un autre nombre qui en a une), avec sa place dans le
    texte : {valeur, decimales, unite ("%" ou "points"), debut, fin, ecrit}."""
    trouves = []
    for m in _CHIFFRE.finditer(texte):
        suite = texte[m.end():]
        unite = _UNITE_JUSTE_APRES.match(suite) or _UNITE_PLUS_LOIN.match(suite)
        if not unite:
            continue
        valeur, decimales = _en_nombre(m.group(0))
        fin = m.end() + (unite.end() if unite.re is _UNITE_JUSTE_APRES else 0)
        trouves.append({"valeur": valeur, "decimales": decimales, "debut": m.start(), "fin": fin,
                        "unite": "%" if re.match(r"%|pour", unite.group(1), re.IGNORECASE) else "points",
                        "ecrit": texte[m.start(): fin].strip()})
    return trouves


# Les groupes qu'un constat peut nommer, et comment les reconnaître
_GROUPES_NOMMES = {
    "femmes": r"\bfemmes?\b|harcèlement|insécurité",
    "hommes": r"\bhommes?\b",
    "genre non renseigné": r"non[ -]renseign\w*|sans genre",
    "quartiers": r"quartiers?\b|\bQPV\b",
    "écriture": r"informel\w*|fautiv\w*|\bfautes\b|écriture|registre|orthograph\w*",
    "autres demandes": r"\bailleurs\b|autres? demandes|autres sujets|autres quartiers|\bles autres\b|\bdes autres\b|"
                       r"\b(?:le|du|au) reste\b|reste des|hors (?:des )?quartiers|hors QPV",
}
# Un constat sur un test contrefactuel ou sur le modèle qui devine le quartier : chiffres non vérifiés ici
_HORS_TABLEAUX = re.compile(r"contrefactu|bascul|masculin|féminin|réécri|devien\w* urgent|cess\w* d'être|devin|"
                            r"déplac\w*|chang\w* de décision|décision\w* chang\w*|textes? (?:touchés|modifiés)|"
                            r"ajout\w* des fautes|fautes ajoutées|changer? (?:le|de) (?:genre|quartier)|"
                            r"tirages?|rééchantillon", re.IGNORECASE)
_INDICATEUR_GLOBAL = re.compile(r"exactitude|précision|signal\w*\s+(?:\w+\s+)?(?:\d|des demandes)|charge|"
                                r"des demandes\b|réellement urgent|sont urgent", re.IGNORECASE)
_SEPARATEURS = re.compile(r"(?<!\d)[.;!?:](?!\d)|\n|,(?!\d)|\bcontre\b|\bet\b|\bmais\b|\balors que\b|\btandis que\b|"
                          r"\bquand\b|\bface à\b|\bpuis\b", re.IGNORECASE)
_PHRASES = re.compile(r"(?<!\d)[.!?](?!\d)|\n")
_PROPOSITIONS = re.compile(r"(?<!\d)[.;!?](?!\d)|\n")

# Où retrouver les chiffres de chaque groupe (sans les donner)
_A_SUJET_EGAL = "le tableau a_sujet_egal (exercice 5.2) et dans les lectures sous le graphique qui le suit"
_OU_TROUVER = {
    ("femmes", "%"): _A_SUJET_EGAL,
    ("hommes", "%"): _A_SUJET_EGAL,
    ("genre non renseigné", "%"): _A_SUJET_EGAL,
    ("quartiers", "%"): "manquees_historique (exercice 2.2) et dans les colonnes « manquées dans le groupe » et "
                        "« manquées ailleurs » de ecarts_prestataire (exercice 3.2)",
    ("écriture", "%"): "la lecture sous le graphique de l'exercice 2.3 et dans les colonnes « manquées dans le "
                       "groupe » et « manquées ailleurs » de ecarts_prestataire (exercice 3.2)",
    ("autres demandes", "%"): "la colonne « manquées ailleurs » de ecarts_prestataire (exercice 3.2) et dans les "
                              "lectures de la section 5 (autres sujets)",
}
_OU_TROUVER_POINTS = ("la colonne « écart (points) » de ecarts_prestataire (exercice 3.2), dans le tableau options "
                      "(section 6) et, pour les femmes et les hommes à sujet égal, dans les lectures de la section 5")
_OU_TROUVER_TOUT = ("vos sorties : ecarts_prestataire (exercice 3.2), a_sujet_egal (exercice 5.2), le tableau "
                    "options (section 6)")


def _cent(valeurs) -> set[float]:
    return {100 * float(v) for v in np.ravel(np.asarray(valeurs, dtype=float)) if np.isfinite(v)}


def _chiffres_par_groupe(demandes: pd.DataFrame, decisions: dict, regle_ecart: float) -> dict:
    """Les résultats de ce lab, en points de pourcentage, rangés par (groupe nommé, unité) ;
    ("tous", unité) : tous les résultats ; ("global", "%") : ceux qui ne concernent pas un groupe
    (exactitude, part signalée, part d'urgences réelles)."""
    vrai = (demandes["urgence_reference"] == "urgente").to_numpy()
    historique = (demandes["urgence_historique"] == "urgente").to_numpy()
    harcelement = (demandes["sujet"] == SUJET).to_numpy()
    genre = demandes["genre"].to_numpy()
    chiffres: dict[tuple[str, str], set[float]] = {}
    # les mêmes résultats, rangés aussi par source (l'historique, le modèle du prestataire, une
    # option de la section 6) : un chiffre attribué à une source doit être l'un des siens
    par_source: dict[tuple[str, str, str], set[float]] = {}
    # les résultats des femmes, des hommes et du genre non renseigné, rangés aussi par sujet
    # (harcèlement ou autres sujets) : un chiffre des autres sujets n'est pas celui du harcèlement
    par_sujet_genre: dict[tuple[str, str, str], set[float]] = {}
    source = "*"
    # Les résultats d'une même comparaison (une décision, un indicateur) : (décision, indicateur,
    # {groupe: valeurs en %}). Deux chiffres mis face à face (« X % … contre Y % … ») doivent venir
    # du même.
    contextes: list[tuple[str, str, dict[str, set[float]]]] = []

    def ajouter(groupe, unite, valeurs):
        chiffres.setdefault((groupe, unite), set()).update(valeurs)
        par_source.setdefault((source, groupe, unite), set()).update(valeurs)

    def comparer(nom, indicateur, parts):
        contextes.append((nom, indicateur, {g: _cent(v) for g, v in parts.items()}))

    def ajouter_sujet(sujet, groupe, valeurs):
        ajouter(groupe, "%", valeurs)
        par_sujet_genre.setdefault((source, sujet, groupe), set()).update(valeurs)

    colonnes = {"groupe_quartier": "quartiers", "groupe_ecriture": "écriture", "groupe_signalement": "femmes"}
    toutes = {"historique": historique, **{nom: np.asarray(d, dtype=bool) for nom, d in decisions.items()}}
    for nom, decision in toutes.items():
        source = "historique" if nom in _HISTORIQUES else nom
        principale = nom in ("historique", "modèle du prestataire", "sans quartier")
        ecarts = ecarts_par_groupe(demandes, decision)
        for colonne, groupe in colonnes.items():
            dans, ailleurs = ecarts.loc[colonne, "manquées dans le groupe"], ecarts.loc[colonne, "manquées ailleurs"]
            ajouter(groupe, "%", _cent([dans, ailleurs] + ([1 - dans, 1 - ailleurs] if principale else [])))
            ajouter("autres demandes", "%", _cent([ailleurs] + ([1 - ailleurs] if principale else [])))
            ajouter(groupe, "points", {float(ecarts.loc[colonne, "écart (points)"])})
            comparer(nom, "manquées", {groupe: [dans], "autres demandes": [ailleurs]})
            if groupe == "femmes":  # les femmes qui signalent un harcèlement : un résultat du sujet
                ajouter_sujet("harcèlement", "femmes", _cent([dans] + ([1 - dans] if principale else [])))
            if principale:  # la part signalée de chaque côté (graphiques des sections 2 et 3)
                comparer(nom, "traitées", {groupe: [1 - dans], "autres demandes": [1 - ailleurs]})
                dedans = (demandes[colonne] == GROUPES_AUDIT[colonne][0]).to_numpy()
                ajouter(groupe, "%", _cent([decision[dedans].mean(), decision[~dedans].mean()]))
                ajouter("autres demandes", "%", _cent([decision[~dedans].mean()]))
                comparer(nom, "signalées", {groupe: [decision[dedans].mean()],
                                            "autres demandes": [decision[~dedans].mean()]})
                ajouter(groupe, "points", {100 * (decision[dedans].mean() - decision[~dedans].mean())})
        ajouter("global", "%", _cent([(decision == vrai).mean(), decision.mean(), (~decision[vrai]).mean()]))
        if nom in ("historique", "modèle du prestataire"):
            par_sujet = {}
            for sujet, masque in (("harcèlement", harcelement), ("autres sujets", ~harcelement)):
                lignes = vrai & masque
                parts = pd.Series(~decision[lignes]).groupby(genre[lignes]).mean()
                par_sujet[sujet] = parts
                groupes = {"femme": "femmes", "homme": "hommes", "non renseigné": "genre non renseigné"}
                for g, valeur in parts.items():
                    ajouter_sujet(sujet, groupes[g], _cent([valeur, 1 - valeur]))
                    if sujet == "autres sujets":
                        ajouter("autres demandes", "%", _cent([valeur, 1 - valeur]))
                for g in ("homme", "non renseigné"):
                    ecart = {100 * (parts["femme"] - parts[g])}
                    for groupe in ("femmes", groupes[g]):
                        ajouter(groupe, "points", ecart)
            # à sujet égal (chaque genre, un sujet), et le même sujet face aux autres sujets
            for parts in par_sujet.values():
                for indicateur, f in (("manquées", lambda v: v), ("traitées", lambda v: 1 - v)):
                    comparer(nom, indicateur, {groupes[g]: [f(v)] for g, v in parts.items()})
            for indicateur, f in (("manquées", lambda v: v), ("traitées", lambda v: 1 - v)):
                comparer(nom, indicateur, {**{groupes[g]: [f(v)] for g, v in par_sujet["harcèlement"].items()},
                                           "autres demandes": [f(v) for v in par_sujet["autres sujets"]]})
            # le croisement genre × quartier (section 5), sur les vraies urgences du sujet
            lignes = vrai & harcelement
            quartier = demandes["groupe_quartier"].to_numpy()
            croisement = pd.Series(~decision[lignes]).groupby([genre[lignes], quartier[lignes]]).mean()
            for (g, q), valeur in croisement.items():
                ajouter_sujet("harcèlement", groupes[g], _cent([valeur, 1 - valeur]))
                ajouter("quartiers" if q == "quartier prioritaire" else "autres demandes", "%",
                        _cent([valeur, 1 - valeur]))
            for g in groupes:
                if (g, "quartier prioritaire") in croisement.index and (g, "autre quartier") in croisement.index:
                    dans, ailleurs = croisement[(g, "quartier prioritaire")], croisement[(g, "autre quartier")]
                    for indicateur, f in (("manquées", lambda v: v), ("traitées", lambda v: 1 - v)):
                        comparer(nom, indicateur, {"quartiers": [f(dans)], "autres demandes": [f(ailleurs)]})
                    # l'écart entre quartiers, parmi les femmes (ou les hommes) : admis seulement dans une
                    # phrase qui nomme à la fois le genre et le quartier
                    ajouter("croisement", "points", {100 * (dans - ailleurs)})
            for q in ("quartier prioritaire", "autre quartier"):
                parts_q = {groupes[g]: [v] for (g, qq), v in croisement.items() if qq == q}
                comparer(nom, "manquées", parts_q)
            # la part des femmes parmi les vraies urgences du sujet que cette décision manque
            manquees_sujet = lignes & ~decision
            ajouter_sujet("harcèlement", "femmes", _cent([(genre[manquees_sujet] == "femme").mean()]))
    source = "*"  # ce qui ne dépend d'aucune décision (les urgences réelles), ou l'échantillon d'audit
    # la part d'urgences réelles de chaque groupe, et celle des femmes parmi les urgences du sujet
    for colonne, groupe in colonnes.items():
        dedans = (demandes[colonne] == GROUPES_AUDIT[colonne][0]).to_numpy()
        ajouter(groupe, "%", _cent([vrai[dedans].mean(), vrai[~dedans].mean()]))
        ajouter("autres demandes", "%", _cent([vrai[~dedans].mean()]))
        comparer("référence", "urgentes", {groupe: [vrai[dedans].mean()], "autres demandes": [vrai[~dedans].mean()]})
        ajouter(groupe, "points", {100 * (vrai[dedans].mean() - vrai[~dedans].mean())})
    ajouter_sujet("harcèlement", "femmes", _cent([(genre[vrai & harcelement] == "femme").mean()]))
    ajouter("global", "%", _cent([vrai.mean(), historique.mean(), 1 - historique.mean() / vrai.mean()]))
    # l'écart entre quartiers sur l'échantillon d'audit (exercice 3.1), mesuré sur l'historique
    source = "historique"
    ajouter("quartiers", "points", {_ecart_quartiers(demandes[demandes["echantillon_audit"]])})
    ajouter("global", "points", {float(regle_ecart)})
    for unite in ("%", "points"):
        chiffres[("tous", unite)] = set().union(*(v for (_, u), v in chiffres.items() if u == unite))
    resultats = {cle: sorted(abs(v) for v in valeurs) for cle, valeurs in chiffres.items()}
    resultats["contextes"] = contextes
    resultats["sources"] = {cle: sorted(abs(v) for v in valeurs) for cle, valeurs in par_source.items()}
    resultats["sujets"] = {cle: sorted(abs(v) for v in valeurs) for cle, valeurs in par_sujet_genre.items()}
    return resultats


def _correspond(chiffre: dict, valeurs: list[float], texte: str) -> bool:
    """Le chiffre écrit correspond-il à l'un des résultats, à l'arrondi près ? « plus de 50 % »
    accepte tout résultat au-dessus, « près de 60 % » un arrondi plus large."""
    ecrit, decimales = abs(chiffre["valeur"]), chiffre["decimales"]
    if ecrit == 0 and chiffre.get("unite") == "points":
        return True  # « 0 point d'écart » : une absence d'écart (un 0 % ou un 100 % doit être un résultat du lab)
    avant = texte[max(0, chiffre["debut"] - 20): chiffre["debut"]].lower()
    tolerance = 10.0 ** -decimales + 0.05 * 10.0 ** -decimales + 1e-9  # « 17 points » pour 17,6 ; « 59,1 % » à 0,1 près
    if re.search(r"(?:plus de|au moins|dépasse\w*|supérieur\w* à)\s*$", avant):
        return any(v >= ecrit - tolerance for v in valeurs)
    if re.search(r"(?:moins de|au plus|inférieur\w* à|jusqu'à)\s*$", avant):
        return any(v <= ecrit + tolerance for v in valeurs)
    if re.search(r"(?:environ|près de|presque|quasi\w*|autour de|~|≈|de l'ordre de)\s*$", avant):
        tolerance = max(tolerance, 2.5)
        return any(abs(ecrit - v) <= tolerance for v in valeurs)
    # arrondi (17,6 -> 18) ou tronqué (17,6 -> 17), pas plus loin : 7 n'est pas 8,0
    pas = 10.0 ** -decimales
    return any(ecrit - pas / 2 - 1e-9 <= v < ecrit + pas + 1e-9 for v in valeurs)


# Les noms d'options qui contiennent un mot de groupe (« sans la colonne quartier ») ne nomment pas un groupe
_NOMS_D_OPTIONS = re.compile(r"sans (?:la )?(?:colonne )?(?:« )?quartier|seuils? par (?:groupe|quartier)", re.IGNORECASE)


def _groupes_dans(morceau: str) -> set[str]:
    morceau = _NOMS_D_OPTIONS.sub(" ", morceau)
    return {g for g, motif in _GROUPES_NOMMES.items() if re.search(motif, morceau, re.IGNORECASE)}


_HISTORIQUES = {"historique", "étiquette historique (agent·es)"}
# Deux chiffres mis face à face : « X % … contre Y % … »
_FACE_A_FACE = re.compile(r"\bcontre\b|\bface à\b|\balors que\b|\btandis que\b|\bcompar\w*|\bpar rapport\b|\bvs\b",
                          re.IGNORECASE)

# À qui un constat attribue ses chiffres : une option de la section 6, l'historique, le modèle du prestataire
_SOURCE_HISTORIQUE = re.compile(r"historique|\bagent|auparavant|autrefois|\bpassé\b|\bancien", re.IGNORECASE)
_SOURCE_MODELE = re.compile(r"modèle|prestataire|algorithme|\boutil\b", re.IGNORECASE)


_AUTRES_SUJETS = re.compile(r"autres? sujets?|autres? thèmes?|hors (?:du )?(?:harcèlement|sujet)|tous les autres",
                            re.IGNORECASE)
_LE_SUJET = re.compile(r"harcèlement|insécurité|ce sujet|même sujet|sujet égal", re.IGNORECASE)


def _sujet_dans(texte: str) -> str | None:
    """Le sujet qu'un morceau de constat nomme : « autres sujets », « harcèlement », ou None."""
    if _AUTRES_SUJETS.search(texte):
        return "autres sujets"
    if _LE_SUJET.search(texte):
        return "harcèlement"
    return None


def _sources_dans(texte: str) -> set[str]:
    """Les décisions qu'un morceau de constat nomme : options de la section 6, « historique »,
    « modèle du prestataire » (le modèle nommé sans autre précision)."""
    sources = set()
    for nom, motif in _OPTIONS_NOMMEES.items():
        if re.search(motif, texte, re.IGNORECASE):
            sources.add(nom)
            texte = re.sub(motif, " ", texte, flags=re.IGNORECASE)
    if _SOURCE_HISTORIQUE.search(texte):
        sources.add("historique")
    if _SOURCE_MODELE.search(texte) and not (sources - {"historique"}):
        sources.add("modèle du prestataire")
    return sources


def _hors_parentheses(texte: str) -> str:
    return re.sub(r"\([^()]*\)", " ", texte)


def _portee(constats: str, chiffre: dict, debut: int, fin: int) -> str:
    """Le texte qui dit à qui attribuer ce chiffre : sa parenthèse si elle nomme une décision
    (« (historique : 78 % contre 27 %) »), sinon sa proposition, parenthèses retirées."""
    proposition = constats[debut:fin]
    for m in re.finditer(r"\([^()]*\)", proposition):
        if debut + m.start() <= chiffre["debut"] < debut + m.end() and _sources_dans(m.group(0)):
            return m.group(0)
    return _hors_parentheses(proposition)


def _meme_comparaison(premier: dict, second: dict, contextes: list, texte: str) -> list:
    """Les comparaisons du lab (décision, indicateur, valeurs par groupe) où le premier chiffre
    est celui d'un de ses groupes et le second celui d'un autre de ses groupes."""
    trouves = []
    for nom, indicateur, valeurs in contextes:
        for g1 in premier["groupes"] & valeurs.keys():
            for g2 in second["groupes"] & valeurs.keys():
                if g1 != g2 and _correspond(premier, sorted(abs(v) for v in valeurs[g1]), texte) \
                        and _correspond(second, sorted(abs(v) for v in valeurs[g2]), texte):
                    trouves.append((nom, indicateur, g1, g2))
    return trouves


def _chiffre_faux(constats: str, chiffres: dict) -> dict | None:
    """Le premier chiffre des constats qui ne correspond à aucun résultat du lab pour le groupe
    auquel il est rattaché (ou à aucun résultat du tout s'il n'est rattaché à aucun groupe), ou
    deux chiffres mis face à face qui ne viennent pas d'une même comparaison du lab : un
    dictionnaire {raison, chiffre, groupe, autre_groupe, premier, decision}, ou None si tous
    correspondent. Raisons : « aucun » (rattaché à aucun groupe), « groupe », « inversés »,
    « paire » (pas la même comparaison), « source » (le chiffre n'est pas celui de la décision
    que sa proposition nomme : l'historique, le modèle, une option), « decision » (sa phrase ne
    nomme aucune décision)."""
    contextes = chiffres.get("contextes", [])
    precedent = None  # le chiffre précédent, s'il est en % et rattaché directement à un groupe
    for chiffre in _chiffres_situes(constats):
        phrase_debut = max([0] + [m.end() for m in _PHRASES.finditer(constats, 0, chiffre["debut"])])
        phrase_fin = next((m.start() for m in _PHRASES.finditer(constats, chiffre["fin"])), len(constats))
        phrase = constats[phrase_debut:phrase_fin]
        proposition_debut = max([0] + [m.end() for m in _PROPOSITIONS.finditer(constats, 0, chiffre["debut"])])
        proposition_fin = next((m.start() for m in _PROPOSITIONS.finditer(constats, chiffre["fin"])), len(constats))
        proposition = constats[proposition_debut:proposition_fin]
        premier, precedent = precedent, None
        if _HORS_TABLEAUX.search(proposition):
            continue  # contrefactuels, rééchantillonnage : non vérifiés ici
        morceau_debut = max([phrase_debut] + [m.end() for m in _SEPARATEURS.finditer(constats, phrase_debut, chiffre["debut"])])
        morceau_fin = next((m.start() for m in _SEPARATEURS.finditer(constats, chiffre["fin"], phrase_fin)), phrase_fin)
        morceau = constats[morceau_debut:morceau_fin]
        unite = chiffre["unite"]
        groupes = _groupes_dans(morceau)
        global_ = bool(_INDICATEUR_GLOBAL.search(morceau))
        direct = bool(groupes) and not global_ and unite == "%"
        if unite == "points":
            # un écart en points compare les deux groupes de la phrase (« 55 % … des quartiers
            # prioritaires contre 37 % ailleurs (17,6 points) ») : c'est l'écart de la paire,
            # rangé avec le groupe audité, pas avec le groupe de comparaison
            groupes -= {"autres demandes"}
            if not groupes and not global_:
                groupes = _groupes_dans(phrase) - {"autres demandes"}
        elif not groupes and not global_:
            # aucun groupe dans sa proposition : l'un de ceux de la phrase (« 59 % et 45 % pour les hommes »)
            groupes = _groupes_dans(phrase)
        if unite == "points" and "quartiers" in groupes and groupes & {"femmes", "hommes"}:
            groupes = groupes | {"croisement"}  # l'écart entre quartiers parmi les femmes (ou les hommes)
        if not groupes:  # rattaché à aucun groupe : n'importe quel résultat du lab
            if not _correspond(chiffre, chiffres[("tous", unite)], constats):
                return {"raison": "aucun", "chiffre": chiffre}
            continue
        admis = set().union(*(chiffres.get((g, unite), []) for g in groupes))
        if global_:
            admis |= set(chiffres.get(("global", unite), []))
        if unite == "points":
            admis |= set(chiffres.get(("global", "points"), []))
        if not _correspond(chiffre, sorted(admis), constats):
            # les deux groupes sont-ils inversés ? Seulement un groupe de la même proposition,
            # dont ce chiffre est le résultat dans une comparaison qui contient aussi ce groupe-ci
            autres = set()
            # (un écart en points de l'autre groupe, pour la décision que la phrase nomme)
            nommees = _sources_dans(_hors_parentheses(phrase))
            for g in _groupes_dans(proposition) - groupes:
                if unite == "points":
                    valeurs_g = (sorted({v for s_ in nommees | {"*"} for v in chiffres.get("sources", {}).get((s_, g, unite), [])})
                                 if nommees and chiffres.get("sources") else chiffres.get((g, unite), []))
                    if g != "autres demandes" and _correspond(chiffre, valeurs_g, constats):
                        autres.add(g)
                elif any(g in valeurs and groupes & valeurs.keys()
                         and _correspond(chiffre, sorted(abs(v) for v in valeurs[g]), constats)
                         for _, _, valeurs in contextes):
                    autres.add(g)
            raison = "inversés" if autres else "groupe"
            return {"raison": raison, "chiffre": chiffre, "groupe": " ou ".join(sorted(groupes)),
                    "autre_groupe": min(autres) if autres else None}
        # le chiffre doit aussi être celui de la décision que sa proposition nomme (l'historique,
        # le modèle, une option) : un chiffre de l'historique présenté comme celui du modèle est faux
        portee = _portee(constats, chiffre, proposition_debut, proposition_fin)
        sources = _sources_dans(portee)
        if not sources and not _sources_dans(phrase):
            # la consigne demande de quelle décision vient chaque chiffre (l'historique, le modèle, une option)
            return {"raison": "decision", "chiffre": chiffre, "groupe": " ou ".join(sorted(groupes))}
        if sources and chiffres.get("sources"):
            par_source = chiffres["sources"]
            admis_source = set()
            for s in sources:  # (les parts d'urgences réelles ne sont celles d'aucune décision)
                for g in groupes:
                    admis_source |= set(par_source.get((s, g, unite), []))
            if global_:
                admis_source |= set(chiffres.get(("global", unite), []))
            if unite == "points":
                admis_source |= set(chiffres.get(("global", "points"), []))
            if not _sources_dans(morceau):
                # « les femmes font 68 % des vraies urgences du sujet, et 66 % de celles que le modèle
                # y manque » : le premier morceau ne nomme aucune décision (une part des urgences réelles)
                for g in groupes:
                    admis_source |= set(par_source.get(("*", g, unite), []))
            if not _correspond(chiffre, sorted(admis_source), constats):
                autres = sorted({s for (s, g, u), valeurs in par_source.items()
                                 if u == unite and g in groupes and s not in sources and s != "*"
                                 and _correspond(chiffre, valeurs, constats)})
                return {"raison": "source", "chiffre": chiffre, "sources": sorted(sources), "autres": autres,
                        "groupe": " ou ".join(sorted(groupes))}
        # un chiffre des femmes, des hommes ou du genre non renseigné doit être celui du sujet que sa
        # phrase nomme : les chiffres des autres sujets ne sont pas ceux du harcèlement, et l'inverse
        sujet = _sujet_dans(morceau) or _sujet_dans(phrase)
        genres = groupes & {"femmes", "hommes", "genre non renseigné"}
        if sujet and genres and unite == "%" and chiffres.get("sujets"):
            par_sujet = chiffres["sujets"]
            noms = (sources or _sources_dans(phrase) or {"historique", "modèle du prestataire"}) | {"*"}
            autre_sujet = "autres sujets" if sujet == "harcèlement" else "harcèlement"

            def du_sujet(nom_sujet, noms=noms, genres=genres, par_sujet=par_sujet):
                return sorted({v for s_ in noms for g in genres for v in par_sujet.get((s_, nom_sujet, g), [])})

            autres_groupes = set().union(*(chiffres.get((g, unite), []) for g in groupes - genres))
            if not _correspond(chiffre, du_sujet(sujet), constats) \
                    and not _correspond(chiffre, sorted(autres_groupes), constats) \
                    and _correspond(chiffre, du_sujet(autre_sujet), constats):
                return {"raison": "sujet", "chiffre": chiffre, "groupe": " ou ".join(sorted(genres)),
                        "sujet": sujet, "autre_sujet": autre_sujet}
        if not direct:
            continue
        chiffre = {**chiffre, "groupes": groupes}
        precedent = chiffre
        if not (premier and premier["debut"] >= proposition_debut
                and _FACE_A_FACE.search(constats[premier["fin"]:chiffre["debut"]])
                and premier["groupes"] != groupes):
            continue
        # deux chiffres face à face : ils doivent venir de la même comparaison (même décision,
        # même indicateur), chacun à sa place
        communs = _meme_comparaison(premier, chiffre, contextes, constats)
        if not communs:
            inverses = _meme_comparaison({**premier, "groupes": groupes}, {**chiffre, "groupes": premier["groupes"]},
                                         contextes, constats)
            if inverses:
                return {"raison": "inversés", "chiffre": chiffre, "groupe": inverses[0][3],
                        "autre_groupe": inverses[0][2]}
            return {"raison": "paire", "chiffre": chiffre, "premier": premier,
                    "groupe": " ou ".join(sorted(groupes)), "premier_groupe": " ou ".join(sorted(premier["groupes"]))}
        # (la décision à laquelle chaque chiffre est attribué est vérifiée plus haut, chiffre par chiffre)
    return None


# --- La décision : une option du tableau de la section 6, dite et assumée ----------------------

# Les décisions qui ne mettent en service aucun modèle
NE_PAS_DEPLOYER, REPORTER = "ne pas déployer", "reporter"
_HISTORIQUE_OPTION = "étiquette historique (agent·es)"
_PRESTATAIRE = "modèle du prestataire"
_SEUILS = "seuils par groupe"  # réglés par groupe de quartier (section 6)

# Les options de la section 6, telles qu'une fiche les nomme (la plus précise d'abord)
_OPTIONS_NOMMEES = {
    "étiquettes auditées (échantillon)": r"échantillon d'audit|étiquettes auditées \(échantillon\)",
    "étiquettes auditées": r"étiquettes? (?:auditées|de référence|relues)",
    "sans quartier": r"sans (?:la )?(?:colonne )?(?:« )?quartier|retir\w* (?:la colonne )?(?:« )?quartier",
    "seuils par groupe": r"seuils? (?:par|différents? (?:par|selon)|adaptés? (?:à|au|aux|selon)) (?:groupe|quartier)|"
                         r"thresholdoptimizer",
    "repondéré": r"repond[ée]r\w*|rééquilibr\w*|reweigh\w*",
}
# La fiche dit elle-même que l'option ne respecte pas la règle du comité
_HORS_REGLE_ASSUME = re.compile(r"non[ -]conforme|pas conforme|ne (?:la |les )?respecte(?:nt)? pas|dépasse\w*|au-delà de la règle|"
                                r"hors (?:de la )?règle|dérog\w*|malgré la règle|enfrei\w*", re.IGNORECASE)
# Mettre un modèle en service, de toutes les façons (un essai, un pilote, une suggestion, c'est déjà un usage)
_EN_SERVICE = re.compile(
    r"d[ée]ploy\w*|d[ée]ploi\w*|\butilis\w*|\badopt\w*|\bvalid\w*|\btest\w*|\bpilot\w*|\bexpériment\w*|\bessai\w*|"
    r"suggestion|\bsugg[eé]r\w*|en attendant|mise en (?:service|production|œuvre|oeuvre|route)|"
    r"mettre en (?:service|production|œuvre|oeuvre|route)|\blanc\w*|\bgénéralis\w*|\bappliqu\w*|\bintégr\w*|"
    r"\bactiv\w*|\bconserv\w*|\bgard\w*|s'appuyer|recours|\bexploit\w*|\bbranch\w*|\binstall\w*|\bs'en servir|"
    r"\bservir\b|\bemploy\w*|\bretenir\b|\bretenu\w*|\bchoisi\w*|\bfeu vert|\bok pour",
    re.IGNORECASE)
_MODELE_DU_PRESTATAIRE = re.compile(
    r"modèle du prestataire|outil du prestataire|(?:son|leur) (?:modèle|outil)|modèle (?:livré|actuel|proposé|fourni)|"
    r"\bprestataire\b|\ble modèle\b|\bce modèle\b|\bl'outil\b|\bcet outil\b|\bl'algorithme\b|\bl'IA\b|\bce dernier",
    re.IGNORECASE)
_VERBE_DE_SERVICE = (r"(?:d[ée]ploy|d[ée]ploi|utilis|adopt|mettre en service|mise en service|mis en service|valid|test|"
                     r"pilot|expériment|essai|lanc|généralis|appliqu|recour|servir|s'en servir|le modèle|l'outil|"
                     r"ce modèle|cet outil|son modèle|le tri|tri automatique|l'algorithme)")
# Là où une phrase tourne : un refus avant ne couvre pas ce qui suit (« mais », « puis », « sauf »,
# « autre chose que », « …, qu'on utilisera »)
_TOURNANTS = re.compile(r",?\s*\b(?:mais|puis|ensuite|sauf|excepté|à part)\b|\bautre chose que\b|\bd'autre que\b|"
                        r",\s*(?=qu'on\b|que l'on\b|qui\b|lequel\b|dont\b)", re.IGNORECASE)
_REPRISE = re.compile(r"\s*(?:qu'on|que l'on|qui|lequel|dont)\b", re.IGNORECASE)
# Un refus explicite de la mise en service (« ne pas déployer », « pas de tri automatique »,
# « renoncer à l'outil », « le modèle ne doit pas être utilisé »)
_REFUS = re.compile(
    r"(?:\bne\s+pas|\bn'est\s+pas\s+à|\bpas\s+(?:de|d')|\baucun\w*|\bjamais|\brenonc\w*\s+(?:à|au|aux)|\brefus\w*(?:\s+de)?|"
    r"\brejet\w*|\bécart\w*|\babandonn\w*|\bsuspend\w*|\breport\w*|\bdéconseill\w*(?:\s+de)?|\bplutôt\s+que(?:\s+de)?|"
    r"\bau\s+lieu\s+d[e']|\bsans|\bs'oppos\w*\s+à|\binterdi\w*|\bexclu\w*|\bni)\s*(?:\w+\s+){0,3}?" + _VERBE_DE_SERVICE
    + r"|\b(?:ne|n')\s*(?:\w+\s+){0,2}?pas\s+(?:\w+\s+){0,2}?(?:être\s+)?" + _VERBE_DE_SERVICE,
    re.IGNORECASE)
_REPORT = re.compile(r"report\w*|ajourn\w*|différ\w*|suspend\w*|\bsursis|remettre (?:la|cette) décision|"
                     r"pas (?:de décision|encore)|décider (?:plus tard|ensuite|après)", re.IGNORECASE)
_CONDITION_DU_REPORT = re.compile(r"jusqu'(?:à|au|aux)|tant que|\bavant\b|\baprès\b|le temps d[e']|d'ici|une fois (?:que|qu')|"
                                  r"\bdans \w+ (?:mois|semaines)", re.IGNORECASE)
# Un seuil selon le sexe ou selon le lieu (non nié : « pas de seuil selon le sexe » est juste)
_SEUIL = re.compile(r"\bseuils?\b", re.IGNORECASE)
_PAR_SEXE = re.compile(r"\bfemmes?\b|\bhommes?\b|\bsexe\b|\bgenre\b|fémin\w*|masculin\w*|signée?s? par des", re.IGNORECASE)
_PAR_LIEU = re.compile(r"quartier|prioritaire|\bQPV\b|résidence|\blieu\b|\bzone|secteur|arrondissement|commune",
                       re.IGNORECASE)
_SEUIL_NIE = re.compile(r"(?:\bpas\s+(?:de|d')|\baucun\w*|\bsans|\bni|\bjamais|\binterdi\w*|\bexclu\w*|\brefus\w*|"
                        r"\brenonc\w*|\bplutôt\s+que|\bau\s+lieu\s+d[e'])\s*(?:\w+\s+){0,3}?seuils?", re.IGNORECASE)
# « l'avis d'un·e juriste sur les seuils par quartier » : la question est posée, pas tranchée
_QUESTION_JURIDIQUE = re.compile(r"juriste|avis juridique|2014-173|2008-496|examiner|étudier|analyse juridique",
                                 re.IGNORECASE)
_EN_ANGLAIS = re.compile(r"\b(?:the|do not|don't|should|model|vendor|deploy|with|without|review)\b", re.IGNORECASE)
# Le suivi : quand on remesure les écarts après une mise en service
_SUIVI = re.compile(
    r"chaque (?:mois|trimestre|semestre|année|an|semaine)|tous les (?:\w+ )?(?:mois|ans|trimestres|semestres|semaines)|"
    r"trimestriel|semestriel|annuel|mensuel|hebdomadaire|dans (?:\w+ )?(?:mois|ans|an|semaines)|au bout d|"
    r"après (?:\w+ )?(?:mois|semaines)|au plus tard|d'ici|régulièrement|périodiquement|en continu|"
    r"remesur|re-?mesur|réaudit|ré-?audit|nouvel audit|audit (?:annuel|régulier)|suivi|surveill|tableau de bord",
    re.IGNORECASE)


# « le déployer », « l'utiliser » : un pronom qui reprend le modèle nommé plus tôt
_PRONOM_DE_SERVICE = re.compile(r"\b(?:le|l')\s*(?:d[ée]ploy|utilis|adopt|mettre en service|lanc|appliqu|install|"
                                r"activ|généralis|expériment|valid|branch|exploit|employ)\w*", re.IGNORECASE)
# Un refus limité à une partie des demandes (« ne pas déployer le modèle dans les quartiers
# prioritaires ») : le modèle serait en service partout ailleurs
_SEULEMENT_POUR = re.compile(
    r"^\w*\s+(?:(?:le|l'|ce|cet|son)\s*(?:modèle|outil|algorithme)(?:\s+du\s+prestataire)?\s+)?"
    r"(?:seulement\s+|uniquement\s+)?(?:dans|pour|sur|en|aux?)\s+(?:les\s+|des\s+|l'|le\s+|la\s+)?"
    r"(?:quartiers?|QPV|femmes|hommes|signalements|secteurs?|zones?|arrondissements?|communes?|"
    r"demandes\s+(?:écrites|informelles|fautives|de harcèlement|des quartiers|des femmes|signées))",
    re.IGNORECASE)
# « ni ailleurs », « dans aucun quartier » : le refus vaut pour toutes les demandes
_PARTOUT = re.compile(r"\bni\b|partout|nulle part|tous les quartiers|toutes les demandes|aucun quartier", re.IGNORECASE)
_FUTUR_SEUL = re.compile(r"\b\w+(?:era|eront|ira|iront|ra|ront)\s+(?:tout\s+)?seul", re.IGNORECASE)
_PARTOUT_AILLEURS = re.compile(r"partout ailleurs|\bailleurs\b|dans les autres (?:quartiers|secteurs)|"
                               r"pour (?:les )?autres (?:demandes|quartiers)|\bsauf\b", re.IGNORECASE)


def _refus_partiel(decision: str) -> str | None:
    """La proposition qui ne refuse le modèle du prestataire que pour une partie des demandes
    (un lieu, un groupe), ou qui le laisse décider seul ailleurs, ou None."""
    for proposition in _propositions(decision):
        for refus in _REFUS.finditer(proposition):
            suite = proposition[refus.end():]
            if _SEULEMENT_POUR.match(suite) and not _PARTOUT.search(suite):
                return proposition.strip(" ,")
    for proposition in _propositions(decision):
        # « partout ailleurs il décidera seul » (pas « un modèle qui décide seul manque… », un constat)
        if not (_PARTOUT_AILLEURS.search(proposition) or _FUTUR_SEUL.search(proposition)):
            continue
        for trouve in _MODELE_SEUL.finditer(proposition):
            avant = proposition[max(0, trouve.start() - 40): trouve.start()]
            if not re.search(r"\b(?:ne|n'|jamais|pas|plus|sans)\b|n'", avant, re.IGNORECASE):
                return proposition.strip(" ,")
    return None


def _propositions(texte: str) -> list[str]:
    return [p for p in re.split(r"(?<!\d)[.;:!?](?!\d)|\n", texte) if p.strip()]


def _nom_d_option(option: str, noms: list[str]) -> str | None:
    """Le nom exact d'une option, écrit avec ou sans guillemets ni majuscule, ou None."""
    propre = re.sub(r"^[\s«\"'“]+|[\s»\"'”.]+$", "", str(option)).lower()
    return next((nom for nom in noms if nom.lower() == propre), None)


def _met_en_service_le_prestataire(decision: str) -> str | None:
    """La proposition de la décision qui met en service le modèle du prestataire (le déployer,
    l'utiliser, le tester, en faire une suggestion, « en attendant »…), sans le refuser, ou None."""
    for proposition in _propositions(decision):
        # « Ne pas déployer …, mais utiliser le modèle du prestataire comme suggestion » : un refus
        # ne couvre que son morceau de phrase ; « …, qu'on utilisera » reprend le modèle du morceau d'avant
        morceaux = [m for m in _TOURNANTS.split(proposition) if m and m.strip()] \
            if _REFUS.search(proposition) else [proposition]
        for precedent, morceau in zip([""] + morceaux, morceaux):
            if not _EN_SERVICE.search(morceau) or _REFUS.search(morceau):
                continue
            reprise = _REPRISE.match(morceau) and _MODELE_DU_PRESTATAIRE.search(precedent)
            # « Ne pas déployer le modèle du prestataire ? Non : le déployer tel quel » : le pronom
            # reprend le modèle nommé plus tôt dans la décision
            pronom = _PRONOM_DE_SERVICE.search(morceau) and _MODELE_DU_PRESTATAIRE.search(decision)
            if not (_MODELE_DU_PRESTATAIRE.search(morceau) or reprise or pronom):
                continue
            texte = precedent.strip(" ,") + ", " + morceau.strip(" ,") if reprise else morceau
            autres = [nom for nom, motif in _OPTIONS_NOMMEES.items() if re.search(motif, texte, re.IGNORECASE)]
            if autres and not re.search(r"modèle du prestataire|outil du prestataire", texte, re.IGNORECASE):
                continue  # « le modèle réappris sur les étiquettes auditées » : une autre option
            return (proposition if len(morceaux) == 1 else texte).strip(" ,")
    return None


def _seuil_selon(decision: str, critere: re.Pattern) -> str | None:
    """La proposition qui recommande un seuil selon ce critère (sexe, lieu), sans le refuser."""
    for proposition in _propositions(decision):
        if _SEUIL.search(proposition) and critere.search(proposition) and not _SEUIL_NIE.search(proposition) \
                and not _QUESTION_JURIDIQUE.search(proposition):
            return proposition.strip()
    return None


def _verifier_decision(option, decision: str, controle: str, options: pd.DataFrame, regle: float) -> None:
    """Lève ReponseIncorrecte si la décision ne nomme pas une option du tableau (ou « ne pas
    déployer », « reporter »), met en service le modèle du prestataire, propose un seuil selon
    le sexe ou le lieu, ou une option hors de la règle du comité sans le dire."""
    noms = list(options.index)
    colonnes = [c for c in options.columns if c.startswith("écart")]
    conformes = [o for o in noms if o not in (_HISTORIQUE_OPTION, _PRESTATAIRE)
                 and (options.loc[o, colonnes] <= regle).all()]
    liste_conformes = ", ".join(f"« {o} »" for o in conformes) if conformes else "aucune"
    choix = [o for o in noms if o != _HISTORIQUE_OPTION] + [NE_PAS_DEPLOYER, REPORTER]
    retenue = _nom_d_option(option, choix + [_HISTORIQUE_OPTION])
    if retenue is None:
        raise ReponseIncorrecte(
            f"fiche_audit[\"option\"] vaut « {option} » : écrivez exactement l'un de ces noms, entre guillemets "
            f"(copiez-le depuis le tableau options de la section 6) : {', '.join(f'« {o} »' for o in choix)}. "
            f"Options conformes à la règle du comité (exercice 6.3) : {liste_conformes}."
        )

    def depassements(nom):
        trop = options.loc[nom, colonnes][options.loc[nom, colonnes] > regle]
        return ", ".join(f"{c.removeprefix('écart ')} : {format_points(v)}" for c, v in trop.items())

    if retenue == _HISTORIQUE_OPTION:
        raise ReponseIncorrecte(
            "L'« étiquette historique (agent·es) » n'est pas une option à mettre en service : c'est le classement "
            "actuel, fait par les agent·es, qui sert de point de comparaison. Si vous recommandez de garder ce "
            "fonctionnement sans outil, écrivez option « ne pas déployer »."
        )
    if retenue == _PRESTATAIRE:
        raise ReponseIncorrecte(
            f"Votre fiche retient le modèle du prestataire, qui dépasse la règle du comité (au plus {regle} points "
            f"d'écart pour chaque groupe audité) : {depassements(_PRESTATAIRE)}. Un essai, un pilote, une « simple "
            "suggestion » ou un usage « en attendant » le mettent aussi en service : de vraies personnes attendraient "
            "pendant ce temps (et les agent·es suivent en pratique ce qu'un outil propose). "
            + (f"Retenez une option conforme ({liste_conformes}), ou « ne pas déployer », ou « reporter »." if conformes
               else "Aucune option ne respecte la règle : retenez « ne pas déployer » ou « reporter », ou une option "
                    "en écrivant qu'elle ne respecte pas la règle, pour quel groupe, et pourquoi.")
        )
    if retenue == _SEUILS:
        raise ReponseIncorrecte(
            "L'option « seuils par groupe » applique un seuil différent selon le groupe de quartier : deux demandes "
            "identiques sont traitées différemment selon le lieu, un critère de discrimination interdit depuis la "
            "loi n° 2014-173 du 21 février 2014 (lieu de résidence), sauf justification que seul·e un·e juriste peut "
            "apprécier (section 6). Une fiche ne peut pas la recommander d'avance : retenez une autre option, ou "
            "« reporter » le temps d'un avis juridique."
        )
    if _EN_ANGLAIS.search(decision) and not re.search(r"[àâéèêëîôùûç]", decision):
        raise ReponseIncorrecte(
            "fiche_audit[\"decision\"] semble écrite en anglais : la fiche est lue par une direction et des "
            "associations françaises, écrivez-la en français."
        )
    sexe = _seuil_selon(decision, _PAR_SEXE)
    if sexe:
        raise ReponseIncorrecte(
            f"Votre décision propose un seuil selon le sexe ou le genre (« {sexe} »). Traiter une demande "
            "différemment en raison du sexe de la personne est une discrimination directe (loi n° 2008-496 du "
            "27 mai 2008, art. 1ᵉʳ et 2), même pour corriger un écart. Pour les femmes qui signalent un harcèlement, "
            "la piste est ailleurs : des étiquettes relues, un contrôle humain, des critères d'urgence revus avec "
            "les associations."
        )
    lieu = _seuil_selon(decision, _PAR_LIEU)
    if lieu:
        raise ReponseIncorrecte(
            f"Votre décision propose un seuil selon le quartier (« {lieu} »). Deux demandes identiques seraient "
            "traitées différemment selon le lieu : le lieu de résidence est un critère de discrimination interdit "
            "depuis la loi n° 2014-173 du 21 février 2014, sauf justification qu'un·e juriste doit apprécier "
            "(section 6). Retenez une autre option, ou « reporter » le temps d'un avis juridique."
        )
    prestataire = _met_en_service_le_prestataire(decision)
    if prestataire:
        raise ReponseIncorrecte(
            f"Votre décision met en service le modèle du prestataire (« {prestataire} »), qui dépasse la règle du "
            f"comité : {depassements(_PRESTATAIRE)}. L'adopter, le valider, le tester, le piloter, en faire une "
            "« simple suggestion » ou s'en servir « en attendant », c'est déjà l'utiliser sur de vraies demandes. "
            "Si c'est pour dire non, écrivez-le sans détour (« Ne pas déployer le modèle du prestataire… ») ; sinon, "
            + (f"recommandez une option conforme ({liste_conformes})." if conformes
             else "aucune option ne respecte la règle : « reporter », ou une option dont vous écrivez qu'elle ne la "
                  "respecte pas, pour quel groupe, et pourquoi.")
        )
    partiel = _refus_partiel(decision)
    if partiel:
        raise ReponseIncorrecte(
            f"Votre décision ne refuse le modèle du prestataire que pour une partie des demandes, ou le laisse "
            f"décider seul ailleurs (« {partiel} ») : partout ailleurs, il serait en service, alors qu'il dépasse la "
            f"règle du comité ({depassements(_PRESTATAIRE)}), et sans personne pour relire : {_ART_22}. Traiter "
            "différemment les demandes selon le quartier pose en plus la question du lieu de résidence (loi "
            "n° 2014-173). Un refus vaut pour toutes les demandes : « Ne pas déployer le modèle du prestataire : … »."
        )
    if retenue == NE_PAS_DEPLOYER:
        if not _REFUS.search(decision):
            raise ReponseIncorrecte(
                "Votre option est « ne pas déployer », mais fiche_audit[\"decision\"] ne le dit pas. Écrivez-le en "
                "toutes lettres (« Ne pas déployer le modèle du prestataire : … »), et pourquoi, avec ce que la "
                "métropole fait à la place."
            )
        if not _A_LA_PLACE.search(decision):  # ce qui est fait à la place en dit aussi la raison
            _verifier_raison(decision, "« ne pas déployer »")
        return
    if retenue == REPORTER:
        if not (_REPORT.search(decision) and _CONDITION_DU_REPORT.search(decision)):
            raise ReponseIncorrecte(
                "Votre option est « reporter » : dites dans fiche_audit[\"decision\"] que la décision est reportée, "
                "et jusqu'à quoi (« Reporter la décision jusqu'à l'avis d'un·e juriste et un nouvel audit… »)."
            )
        return
    if not re.search(_OPTIONS_NOMMEES.get(retenue, re.escape(retenue)) + "|" + re.escape(retenue), decision,
                     re.IGNORECASE):
        raise ReponseIncorrecte(
            f"Votre option est « {retenue} » : nommez-la aussi dans fiche_audit[\"decision\"], et dites pourquoi "
            "vous la retenez et à quelles conditions."
        )
    if retenue not in conformes and not _HORS_REGLE_ASSUME.search(decision):
        raise ReponseIncorrecte(
            f"L'option « {retenue} » ne respecte pas la règle du comité (au plus {regle} points d'écart pour chaque "
            f"groupe audité) : {depassements(retenue)}. Options conformes (exercice 6.3) : {liste_conformes}. "
            + ("Retenez une option conforme ; ou, " if conformes else "Retenez « ne pas déployer » ou « reporter » ; ou, ")
            + "si vous proposez quand même celle-ci, écrivez dans la décision qu'elle ne respecte pas la règle, pour "
            "quel groupe, et pourquoi vous la proposez malgré tout."
        )
    if not _SUIVI.search(decision + " " + controle):
        raise ReponseIncorrecte(
            f"Votre fiche met en service l'option « {retenue} » sans dire quand ses écarts seront remesurés. Un "
            "modèle corrigé peut dériver : écrivez quand l'audit est refait (par exemple les écarts par groupe, "
            "chaque trimestre)."
        )
    if retenue not in conformes and not any(re.search(motif, _NOMS_D_OPTIONS.sub(" ", decision), re.IGNORECASE)
                                            for motif in _FAMILLES_DE_GROUPES.values()):
        raise ReponseIncorrecte(
            f"Votre décision retient « {retenue} » en disant qu'elle ne respecte pas la règle, mais pas pour quel "
            f"groupe : {depassements(retenue)}. Nommez le groupe laissé au-delà de la règle, et pourquoi vous "
            "proposez malgré tout cette option."
        )
    # « qui ne respecte pas la règle pour … » dit la non-conformité, pas la raison de retenir l'option
    sans_aveu = re.sub(r"(?:,?\s*(?:qui|elle|bien qu'elle|même si elle|alors qu'elle)\s+)?(?:"
                       + _HORS_REGLE_ASSUME.pattern + r")[^,;.:]*", " ", decision, flags=re.IGNORECASE)
    _verifier_raison(sans_aveu, f"l'option « {retenue} »")


# Une raison : « car », « parce que », « : il dépasse… », « , qui manque… » suivi d'au moins quatre mots
_RAISON = re.compile(r"\bcar\b|parce qu|puisqu|en raison d|étant donné|du fait d|faute d|\bvu (?:que|les?|la|l')|"
                     r"\bpour (?:que|éviter|ne pas|protéger|réduire|corriger)|\bafin d|[:—–(]|"
                     r",\s*(?:qui|il|elle|ce qui|elles|ils)\b|\bqui\s+(?:manque|dépasse|ne respecte|laisse|oublie|"
                     r"pénalise|défavorise|réduit|corrige)|\bbien qu|\bmalgré\b|"
                     r",\s*(?:la|le|l')\s*(?:plus|moins|seule?|meilleure?|mieux)\b|\ble temps de\b", re.IGNORECASE)


# Ce qui est fait à la place du modèle refusé (« …, mais réapprendre un modèle sur des étiquettes relues »)
_A_LA_PLACE = re.compile(r"\bmais\s+(?:\w+\s+){0,2}?(?:réapprend\w*|relire|faire relire|revoir|corriger|continuer|"
                         r"garder|conserver|demander|former|étudier|construire|auditer)|\bà la place\b|\bplutôt\b|"
                         r"\bau profit d|\bremplac\w*", re.IGNORECASE)


def _verifier_raison(decision: str, quoi: str) -> None:
    """Lève ReponseIncorrecte si la décision ne dit pas pourquoi (une raison d'au moins quatre mots)."""
    for trouve in _RAISON.finditer(decision):
        suite = re.split(r"[.;]", decision[trouve.end():])[0]
        if len(re.findall(r"[^\W\d_]{2,}", suite)) >= 4:
            return
    raise ReponseIncorrecte(
        f"Votre décision retient {quoi} sans dire pourquoi : la directrice doit pouvoir la défendre devant le "
        "comité et les associations. Ajoutez la raison, tirée de vos mesures, avec le groupe concerné : "
        "« … : il dépasse la règle du comité pour … » (les … remplacés par ce que vous avez mesuré)."
    )


# --- Le contrôle humain : qui, quoi, quand, sans condition ----------------------------------

# Qui : une personne ou un rôle de la collectivité
_ROLE = re.compile(
    r"\bagent|référent|\bDPO\b|délégu\w* à la protection|direct(?:eur|rice|ion)|\bchef|responsable|encadr\w*|"
    r"conseill(?:er|ère)|instruct(?:eur|rice)|gestionnaire|chargée?s?\b|coordinat\w*|travailleu\w*|assistant\w*|"
    r"\bservice\b|\béquipe\b|centre de contact|\baccueil|\bcellule\b|\bpôle\b|juriste|médiat\w*|\bélu|secrétaire|"
    r"opérat(?:eur|rice)|superviseu\w*|personnel|collègue|binôme|\bcomité|commission|relect(?:eur|rice)|"
    r"\bcadre|technicien\w*|inspect(?:eur|rice)|\bmaire\b|\bmétropole\b|\bassociation",
    re.IGNORECASE)
_EXTERIEUR = re.compile(r"prestataire|éditeur|fournisseur|vendeur|\bsociété\b|entreprise|sous-traitant|externe",
                        re.IGNORECASE)
_MACHINE = re.compile(r"modèle|algorithme|logiciel|\boutil|système|programme|machine|intelligence artificielle|"
                      r"\bIA\b|chatbot|robot|script|automate", re.IGNORECASE)
_RELIT_PASSIF = re.compile(
    r"\b(?:relue?s?|lue?s?|vérifiée?s?|contrôlée?s?|examinée?s?|validée?s?|revue?s?|traitée?s?|confirmée?s?|"
    r"fait|faite|assurée?|effectuée?|réalisée?|menée?)\s+(?:\w+\s+){0,4}?par\s+([^,;.:]+)", re.IGNORECASE)
_RELIT_ACTIF = re.compile(
    r"\b(?:relit|relisent|relira|reliront|lit|lisent|lira|liront|vérifie|vérifient|vérifiera|vérifieront|"
    r"(?<!le )(?<!un )(?<!du )(?<!au )(?<!ce )(?<!de )contrôle|contrôlent|contrôlera|contrôleront|examine|examinent|examinera|valide|valident|validera|signe|"
    r"signent|regarde|regardent|consulte|consultent|consultera|revoit|revoient|reverra|confirme|confirment|"
    r"tranche|tranchent|reprend|reprennent|écoute|écoutent|ouvre|ouvrent|appelle|appellent|décide|décident|"
    r"recalcule|recalculent|analyse|analysent|surveille|surveillent|doit relire|doivent relire|doit lire|"
    r"doivent lire|doit vérifier|doivent vérifier|relisons|lisons|vérifions)\b",
    re.IGNORECASE)
# Une relecture de pure forme : l'humain ne peut rien changer (art. 22 du RGPD)
_PURE_FORME = re.compile(
    r"(?:en|d')\s?un (?:seul )?clic|(?:après|une fois)\s+(?:qu'(?:elles?|ils?|elle|il)\s+(?:ont|a|aient|ait)\s+été|"
    r"avoir été)\s+(?:\w+\s+){0,2}?automatiquement|après (?:leur |son |sa |le )?traitement automatique|sans (?:avoir à |la |les |le )?(?:relire|lire|ouvrir|regarder|examiner)|"
    r"appliquée?s? automatiquement|automatiquement appliquée?s?|dans tous les cas|"
    r"valid\w* (?:automatiquement|par défaut|en bloc|en masse|d'office)|\bd'office\b|tamponn\w*|coch\w*|"
    r"sans pouvoir (?:la |le |les )?(?:modifier|changer|corriger)|ne (?:peut|peuvent|pourra) pas (?:la |le |les )?"
    r"(?:modifier|changer|corriger)",
    re.IGNORECASE)
# Une condition : le contrôle n'a lieu que si…, ou peut avoir lieu (donc peut ne pas avoir lieu)
_CONDITIONNEL = re.compile(
    r"\bsi\b|\bs'(?:il|ils)\b|\blorsqu\w*|\bquand\b|\bpourr\w+|\bpeu(?:t|vent)\b|\bpuiss\w+|possibilité|"
    r"\brecommandé\w*|\bconseillée?s?\b|souhaitable|sans obligation|non obligatoire|facultati\w*|optionnel\w*|"
    r"idéalement|autant que possible|dans la mesure du possible|de temps en temps|éventuellement|\ben cas d[e']|"
    r"\bselon (?:la|les|leur|leurs|sa|son) (?:charge|disponibilit\w*|temps|besoin\w*)|\bà voir\b|\bplus tard\b|"
    r"\bà terme\b|à définir|à préciser|le cas échéant|\bau besoin\b|\bparfois\b|de préférence|seulement (?:quand|si|en)|"
    r"uniquement (?:quand|si|en cas)",
    re.IGNORECASE)
# … sauf « si (quand) une demande est classée non urgente » (ce qu'on relit), « peut changer la décision »
_OBJET_DU_CONTROLE = re.compile(r"^\W*(?:\w+\W+){0,8}?(?:class\w*|jugée?s?|notée?s?|mise?s?|marquée?s?|laissée?s?)\s+"
                                r"(?:«\s*)?non[ -]urgent|^\W*(?:\w+\W+){0,4}?(?:le modèle|l'outil)\s+(?:la|les|le|l')\s*"
                                r"class", re.IGNORECASE)
_POUVOIR_DE_CHANGER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:changer|modifier|corriger|reclasser|rectifier|annuler|"
                                 r"revenir|infirmer|requalifier|passer|remonter|rétablir|contacter|appeler|rappeler|"
                                 r"saisir|joindre)\b", re.IGNORECASE)
_ESCALADE = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:avis|demande|saisit|saisissent|appelle|appellent|rappelle|contacte|"
                       r"transmet|remonte|alerte|consulte|sollicite)\b", re.IGNORECASE)
# « pour voir si c'est bon », « vérifie si l'urgence est juste » : une question indirecte, pas une condition
_QUESTION_INDIRECTE = re.compile(r"\b(?:voir|savoir|vérifi\w*|contrôl\w*|jug\w*|évalu\w*|demand\w*|"
                                 r"examin\w*|détermin\w*|décid\w*|dire|indiqu\w*|not\w*|établi\w*|check\w*)\s+$",
                                 re.IGNORECASE)
# Quoi : toutes les demandes (classées non urgentes), ou un échantillon tiré au hasard de taille donnée
_TOUTES = re.compile(
    r"(?:\bchaque|\bchacune des|\btoute?s?\s+(?:les|ces)|\btous\s+(?:les|ces)|l'ensemble des|100\s?%\s+des|sans exception)"
    r"\s+(?:\w+\s+){0,3}?(?:demandes?|signalements?|décisions?|classements?|dossiers?|cas|messages?|propositions?)\b"
    r"|\bles\s+(?:demandes|signalements|dossiers|messages|décisions)\s+(?:\w+\s+){0,2}?(?:classé\w*|jugé\w*|noté\w*|"
    r"mis\w*|laissé\w*|marqué\w*)\s+(?:«\s*)?non[ -]urgent"
    r"|\b(?:si|quand|lorsqu\w*|dès qu\w*)\s+(?:une|la)\s+(?:demande|décision|signalement)\s+(?:\w+\s+){0,2}?"
    r"(?:classée?|jugée?|notée?)\s+(?:«\s*)?non[ -]urgent",
    re.IGNORECASE)
_ECHANTILLON = re.compile(r"échantillon", re.IGNORECASE)
_AU_HASARD = re.compile(r"hasard|aléatoire\w*|au sort", re.IGNORECASE)
_TAILLE = re.compile(r"\d+|\b(?:dix|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)\b|une? (?:demande )?sur",
                     re.IGNORECASE)
_CHOISI_PAR_LE_MODELE = re.compile(
    r"que (?:le modèle|l'outil|l'algorithme|l'IA)\s+(?:lui |leur )?(?:choisit|sélectionne|désigne|retient|montre|"
    r"présente|transmet|juge|indique|soumet|signale comme)|(?:choisi|sélectionné|désigné|retenu|montré|présenté)"
    r"e?s?\s+par (?:le modèle|l'outil|l'algorithme|l'IA)|(?:où|dont) (?:le modèle|l'outil) (?:hésite|doute|"
    r"n'est pas sûr)|scores? (?:proches?|incertains?|douteux)", re.IGNORECASE)
_STATISTIQUES = re.compile(r"statistique|indicateur|\bécarts?\b|chiffres|moyenne|taux|tableau de bord|conformité|"
                           r"respecte le RGPD|fonctionne", re.IGNORECASE)
# Quand : avant que la décision s'applique, ou à une fréquence fixée
_QUAND = re.compile(
    r"\bavant\s+(?:que|qu'|toute?s?|la|le|les|chaque|l'|d'|de|sa|son|leur)\s*(?:\w+\s+){0,3}?(?:réponse|répondre|"
    r"décision|s'applique|appliqu\w*|applicat\w*|envoi|envoy\w*|clôtur\w*|ferm\w*|class\w* définiti\w*|archiv\w*|"
    r"traitement|notifi\w*|informer|communiqu\w*|transmission|suite|retour|parte|partent)"
    r"|\b(?:chaque|tous les|toutes les)\s+(?:\w+\s+)?(?:jours?|semaines?|mois|trimestres?|semestres?|ans|années?|"
    r"matins?|soirs?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|heures?|quinze jours)\b"
    r"|quotidien\w*|hebdomadaire\w*|mensuel\w*|trimestriel\w*|semestriel\w*|le jour même|dans la journée|"
    r"dans l'heure|dans (?:les|un délai de) \w+ (?:heures|jours)|sous \d+\s?(?:h\b|heures|jours)|au plus tard|"
    r"en temps réel|immédiatement|dès (?:sa|la|leur|son) (?:réception|classement|arrivée)|"
    r"\b(?:une|deux|trois|quatre|\d+) fois par (?:jour|semaine|mois|trimestre|semestre|an|année)\b",
    re.IGNORECASE)
_ART_22 = ("l'article 22 du RGPD donne à chacun·e le droit de ne pas faire l'objet d'une décision fondée "
           "exclusivement sur un traitement automatisé qui l'affecte de manière significative : il faut une "
           "personne qui examine vraiment la demande et peut changer la décision")
_CONTROLE_ATTENDU = ("qui (un·e agent·e, une équipe du service, le référent égalité…), quoi (toutes les demandes "
                     "classées non urgentes, ou un échantillon d'une taille donnée tiré au hasard), quand (avant que "
                     "la décision s'applique, ou à une fréquence fixée), sans condition")


def _condition(controle: str) -> str | None:
    """La condition qui rend le contrôle facultatif (« si… », « lorsque… », « pourra », « recommandé »…),
    sauf celles qui disent quelles demandes on relit ou ce que la personne peut changer."""
    for trouve in _CONDITIONNEL.finditer(controle):
        suite = controle[trouve.end(): trouve.end() + 80]
        mot = trouve.group(0).lower()
        if mot in ("si", "s'il", "s'ils", "quand") or mot.startswith("lorsqu"):
            if _OBJET_DU_CONTROLE.search(suite):
                continue
        if mot in ("si", "s'il", "s'ils") and _QUESTION_INDIRECTE.search(controle[:trouve.start()]):
            continue
        if re.match(r"pourr|peu|puiss", mot) and _POUVOIR_DE_CHANGER.search(suite):
            continue
        if mot.startswith("en cas d") and re.match(r"\W*doute", suite) and _ESCALADE.search(suite[6:]):
            continue
        extrait = re.match(r"(?:\W*[\w·'’-]+){0,4}", suite).group(0) if len(mot) <= 7 else ""
        return (trouve.group(0) + extrait).strip(" ,.;:")
    return None


def _qui_relit(controle: str) -> str | None:
    """Qui relit, d'après la phrase (le complément « par … » d'un passif, ou ce qui précède le
    verbe), ou None."""
    qui = None
    passif = _RELIT_PASSIF.search(controle)
    actif = _RELIT_ACTIF.search(controle)
    if passif and (not actif or passif.start() < actif.start()):
        qui = passif.group(1)
    elif actif:
        debut = max([0] + [m.end() for m in re.finditer(r"[.;:]", controle[:actif.start()])])
        qui = controle[debut:actif.start()]
    return qui


# Sans modèle : les agent·es continuent de classer chaque demande eux-mêmes
_SANS_OUTIL = re.compile(r"(?:continu\w*|gard\w*|conserv\w*|décid\w*|class\w*|tri\w*|jug\w*|qualifi\w*|évalu\w*)"
                         r"[^.;]{0,60}?(?:eux-mêmes|elles-mêmes|eux·elles-mêmes|à la main|comme aujourd'hui|comme avant|"
                         r"sans (?:aucun )?(?:outil|modèle|algorithme|tri automatique))", re.IGNORECASE)
# La taille d'un échantillon, et combien de fois par an il est tiré
_TAILLE_ECHANTILLON = re.compile(r"(\d[\d \u00a0\u202f]*)\s*(?:demandes?|signalements?|dossiers?|décisions?)\b",
                                 re.IGNORECASE)
_PAR_AN = ((r"chaque jour|tous les jours|quotidien\w*|par jour", 250), (r"quinze jours", 26),
           (r"chaque semaine|toutes les semaines|hebdomadaire\w*|par semaine", 52),
           (r"chaque mois|tous les mois|mensuel\w*|par mois", 12), (r"trimestr\w*", 4), (r"semestr\w*", 2),
           (r"chaque année|chaque an\b|tous les ans|annuel\w*|par an\b|par année", 1))


def _releces_par_an(controle: str) -> tuple[int, int] | None:
    """(taille de l'échantillon, demandes relues par an) d'après le texte, ou None s'il ne le dit pas
    en chiffres."""
    taille = _TAILLE_ECHANTILLON.search(controle)
    if not taille:
        return None
    n = int(re.sub(r"\D", "", taille.group(1)))
    fois = next((f for motif, f in _PAR_AN if re.search(motif, controle, re.IGNORECASE)), 1)
    return n, n * fois


def _minimum_par_an(regle: float) -> int:
    """Combien de demandes relire par an pour connaître une part à ± ``regle`` points près
    (9 fois sur 10 : 1,645 écart-type ; la part la plus incertaine, 50 %)."""
    return int(np.ceil((1.645 * 0.5 / (regle / 100)) ** 2))


def _verifier_controle(controle: str, option: str = "", regle: float = REGLE_ECART) -> None:
    """Lève ReponseIncorrecte si le contrôle humain n'est pas réel : il doit dire qui (une
    personne ou un rôle de la collectivité, ou une association partenaire), quoi, quand, et avoir
    lieu à coup sûr."""
    forme = _PURE_FORME.search(controle)
    if forme:
        raise ReponseIncorrecte(
            f"Le contrôle humain de votre fiche est de pure forme (« {_jusqu_au_bout_du_mot(controle, forme)} ») : "
            f"la personne ne peut rien changer à ce que le modèle a décidé. Or {_ART_22}. Écrivez {_CONTROLE_ATTENDU}."
        )
    if _personne(controle):
        raise ReponseIncorrecte(
            "fiche_audit[\"controle_humain\"] ne confie ce contrôle à personne (« personne »). Ce contrôle est le "
            f"travail de quelqu'un : écrivez {_CONTROLE_ATTENDU}."
        )
    condition = _condition(controle)
    if condition:
        raise ReponseIncorrecte(
            f"Le contrôle humain de votre fiche dépend d'une condition (« {condition} ») : il peut donc ne pas avoir "
            "lieu, et ne protège personne le jour où le modèle se trompe. « Si », « lorsque », « pourra », "
            "« peut », « recommandé », « en cas de réclamation » rendent le contrôle facultatif. Écrivez un contrôle "
            f"obligatoire : {_CONTROLE_ATTENDU}."
        )
    qui = _qui_relit(controle)
    if qui is None and (_EXTERIEUR.search(controle) or _MACHINE.search(controle)):
        qui = controle.split(",")[0].split(";")[0]
    if qui is None:
        raise ReponseIncorrecte(
            "fiche_audit[\"controle_humain\"] ne dit pas qui relit : écrivez une phrase avec un verbe (« Un·e "
            "agent·e du service relit … »), qui dit " + _CONTROLE_ATTENDU + "."
        )
    if _EXTERIEUR.search(qui):
        raise ReponseIncorrecte(
            f"Dans votre fiche, le contrôle est confié à « {qui.strip()} » : le prestataire (ou son équipe) contrôle "
            "son propre produit, ce n'est pas un contrôle par la métropole. La personne qui relit doit pouvoir "
            "changer la décision au nom du service public : nommez un·e agent·e, une équipe du service, le "
            f"référent égalité… ({_CONTROLE_ATTENDU})."
        )
    if not _ROLE.search(qui):
        machine = _MACHINE.search(qui)
        raise ReponseIncorrecte(
            "fiche_audit[\"controle_humain\"] ne confie pas la relecture à une personne (de la métropole, ou d'une "
            "association partenaire)"
            + (f" : elle y est confiée à « {qui.strip()} »" if machine else f" (« {qui.strip()} »)")
            + ". Un modèle qui se vérifie lui-même, un autre outil d'IA ou un algorithme ne sont pas un contrôle "
            f"humain : {_ART_22}. Nommez le rôle (un·e agent·e, l'équipe du service, le référent égalité, la "
            "cheffe de service…)."
        )
    if _CHOISI_PAR_LE_MODELE.search(controle):
        trouve = _CHOISI_PAR_LE_MODELE.search(controle)
        raise ReponseIncorrecte(
            f"Dans votre fiche, on relit les demandes que l'outil désigne (« {trouve.group(0)} ») : les urgences que "
            "le modèle manque sans hésiter ne seraient jamais vues. Relisez toutes les demandes classées non "
            "urgentes, ou un échantillon d'une taille donnée tiré au hasard."
        )
    toutes = _TOUTES.search(controle)
    if not toutes:
        if _ECHANTILLON.search(controle):
            if not _AU_HASARD.search(controle):
                raise ReponseIncorrecte(
                    "Votre contrôle relit un échantillon : dites qu'il est tiré au hasard (au sort), sinon on relit "
                    "ce qu'on choisit, et les erreurs qu'on ne soupçonne pas restent invisibles."
                )
            if not _TAILLE.search(controle):
                raise ReponseIncorrecte(
                    "Votre contrôle relit un échantillon tiré au hasard : dites de quelle taille (par exemple "
                    "« 100 demandes classées non urgentes chaque mois ») ; la section 3 a montré qu'un trop petit "
                    "échantillon ne mesure rien."
                )
            volume = _releces_par_an(controle)
            minimum = _minimum_par_an(regle)
            if volume and volume[1] < minimum:
                marge = 100 * 1.645 * 0.5 / np.sqrt(volume[1])
                raise ReponseIncorrecte(
                    f"Votre contrôle relit {format_nombre(volume[1], 0)} demande{'s' if volume[1] > 1 else ''} par an : "
                    f"sur si peu, la part des vraies urgences manquées n'est connue qu'à ± {format_nombre(min(marge, 50), 0)} "
                    f"points près (9 fois sur 10), bien plus que la règle du comité ({format_nombre(regle, 0)} points). Pour "
                    f"la connaître à ± {format_nombre(regle, 0)} points près, il faut en relire au moins "
                    f"{format_nombre(minimum, 0)} par an (par exemple {format_nombre(int(np.ceil(minimum / 12)), 0)} par mois) ; "
                    "la section 3 a montré qu'un petit échantillon ne mesure pas un écart."
                )
        else:
            raise ReponseIncorrecte(
                "fiche_audit[\"controle_humain\"] ne dit pas quelles demandes sont relues"
                + (" : regarder des statistiques ou vérifier le modèle une fois ne remplace pas la relecture des "
                   "demandes elles-mêmes" if _STATISTIQUES.search(controle) else "")
                + ". Écrivez « toutes les demandes classées non urgentes » (ou chaque décision), ou « un échantillon "
                "de … demandes tiré au hasard »."
            )
    sans_modele = _nom_d_option(option, [NE_PAS_DEPLOYER, REPORTER]) is not None
    if not _QUAND.search(controle) and not (sans_modele and _SANS_OUTIL.search(controle)):
        raise ReponseIncorrecte(
            "fiche_audit[\"controle_humain\"] ne dit pas quand : avant que la décision s'applique (« avant toute "
            "réponse à l'habitant·e ») ou à une fréquence fixée (« chaque semaine »)."
        )


@consigner("fiche_audit")
def verifier_ex7_1(fiche_audit, demandes, decisions, options, REGLE_ECART) -> str:
    if fiche_audit is None:
        raise ReponseIncorrecte(
            "fiche_audit vaut encore None : la cellule de réponse s'est arrêtée avant sa dernière ligne. Avez-vous "
            "supprimé la ligne « raise NotImplementedError() » ? Supprimez-la (gardez la dernière ligne, "
            "fiche_audit = ma_fiche), réexécutez la cellule de réponse (la fiche doit s'afficher en tableau), puis "
            "ce test."
        )
    verifier_type(fiche_audit, dict, "fiche_audit",
                  indice="gardez le dictionnaire {\"rubrique\": \"texte\"} et remplacez les \"…\".")
    manque = [cle for cle in RUBRIQUES_FICHE if cle not in fiche_audit]
    if manque:
        raise ReponseIncorrecte(
            f"Il manque les rubriques {', '.join(manque)} : ne supprimez pas de clé du dictionnaire."
        )
    textes = [cle for cle in RUBRIQUES_FICHE if cle != "option"]
    for cle in RUBRIQUES_FICHE:
        verifier_type(fiche_audit[cle], str, f"fiche_audit[\"{cle}\"]", indice="une ou deux phrases entre guillemets.")
    for cle in textes:
        raison = _remplissage(fiche_audit[cle])
        if raison:
            raise ReponseIncorrecte(
                f"fiche_audit[\"{cle}\"] ressemble à du texte de remplissage ({raison}). Une fiche d'audit est lue "
                "par une direction qui va décider : écrivez une vraie phrase, qui parle de ce lab "
                f"(rubrique « {RUBRIQUES_FICHE[cle]} »)."
            )
    decision, controle = fiche_audit["decision"], fiche_audit["controle_humain"]
    prestataire = ecarts_par_groupe(demandes, decisions[_PRESTATAIRE])
    au_dela = int((prestataire["écart (points)"] > REGLE_ECART).sum())
    mesure = (f"le modèle du prestataire manque davantage de vraies urgences dans les groupes audités, au-delà de la "
              f"règle du comité ({REGLE_ECART} points au plus) pour {format_nombre(au_dela, 0)} groupe"
              f"{'s' if au_dela > 1 else ''} sur {format_nombre(len(prestataire), 0)} (exercice 3.2)")
    refus = _refus_du_controle(controle)
    if refus:
        raise ReponseIncorrecte(
            f"Votre fiche écarte tout contrôle humain (« {refus} »). Or ce lab vient de mesurer que {mesure} : sans "
            f"personne pour relire, ces personnes attendraient. Et {_ART_22}. Écrivez {_CONTROLE_ATTENDU}."
        )
    for cle in textes:
        verifier_texte_redige(fiche_audit[cle], f"fiche_audit[\"{cle}\"]", minimum_mots=6,
                              indice="une ou deux phrases complètes à la place de \"…\".")
    _verifier_decision(fiche_audit["option"], decision, controle, options, REGLE_ECART)
    _verifier_controle(controle, fiche_audit["option"], REGLE_ECART)
    donnees = fiche_audit["donnees"]
    if not (_VERITE.search(donnees) and (_QUANTITE.search(donnees))):
        raise ReponseIncorrecte(
            "fiche_audit[\"donnees\"] ne dit pas sur quoi repose l'audit. Une directrice doit savoir combien de "
            f"demandes (ici {format_nombre(len(demandes), 0)}) ou de quelle période, et ce qui sert de vérité : "
            "l'urgence de référence établie par la relecture indépendante, comparée à celle décidée par les agent·es."
        )
    annees = pd.to_datetime(demandes["date"]).dt.year
    for trouve in re.finditer(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,])", donnees):
        if not annees.min() <= int(trouve.group(1)) <= annees.max():
            raise ReponseIncorrecte(
                f"fiche_audit[\"donnees\"] parle de {trouve.group(1)} : les demandes de ce lab ont été reçues de "
                f"{annees.min()} à {annees.max()}. Reprenez la période (ou le nombre de demandes) des données du lab."
            )
    # un nombre de demandes plus grand que celui du lab est inventé (« 890 demandes urgentes » peut être juste)
    for trouve in _TAILLE_ECHANTILLON.finditer(donnees):
        if int(re.sub(r"\D", "", trouve.group(1))) > len(demandes):
            raise ReponseIncorrecte(
                f"fiche_audit[\"donnees\"] parle de « {trouve.group(0).strip()} » : l'audit porte sur "
                f"{format_nombre(len(demandes), 0)} demandes, dont {format_nombre(int(demandes['echantillon_audit'].sum()), 0)} "
                "dans l'échantillon d'audit. Une directrice doit pouvoir retrouver ce nombre."
            )
    if re.search(r"vérité|référence", donnees, re.IGNORECASE) and _EXTERIEUR.search(donnees) \
            and not re.search(r"indépendant|relecture|relue", donnees, re.IGNORECASE):
        raise ReponseIncorrecte(
            "fiche_audit[\"donnees\"] prend pour vérité ce que dit le prestataire : un audit qui croit le produit "
            "qu'il audite ne peut rien trouver. La vérité de ce lab est l'urgence de référence, établie par une "
            "relecture indépendante de toutes les demandes (urgence_reference), comparée à l'urgence décidée par "
            "les agent·es."
        )
    indicateurs = fiche_audit["indicateurs"]
    if re.search(r"exactitude|précision|taux de réussite|performance|score global", indicateurs, re.IGNORECASE) \
            and not re.search(r"manqu|oubli|faux[ -]n[ée]gatif|rappel|groupe|écart|signalée?s?|sélection",
                              indicateurs, re.IGNORECASE):
        raise ReponseIncorrecte(
            "fiche_audit[\"indicateurs\"] ne retient que l'exactitude globale : c'est justement l'indicateur qui "
            "cache ce que ce lab a mesuré (un modèle peut être exact sur l'ensemble et manquer bien plus souvent les "
            "vraies urgences d'un groupe). Nommez la part des vraies urgences manquées dans chaque groupe, et "
            "l'écart en points entre les groupes."
        )
    if not _INDICATEUR_NOMME.search(fiche_audit["indicateurs"]):
        raise ReponseIncorrecte(
            "fiche_audit[\"indicateurs\"] ne nomme pas de mesure : dites laquelle, par exemple « la part (ou le "
            "taux) des vraies urgences manquées, dans chaque groupe », et l'écart en points entre les groupes."
        )
    familles = [f for f, motif in _FAMILLES_DE_GROUPES.items() if re.search(motif, fiche_audit["groupes"], re.IGNORECASE)]
    if len(familles) >= 2 and not re.search(r"compar|contre|\bface\b|par rapport|\bautres?\b|\bhommes?\b|ailleurs|"
                                            r"\breste\b|\bvs\b|sujet égal|\bchacun|écart",
                                            fiche_audit["groupes"] + " " + fiche_audit["indicateurs"], re.IGNORECASE):
        raise ReponseIncorrecte(
            "fiche_audit[\"groupes\"] (ni les indicateurs) ne dit à quoi on compare ces groupes : un écart se mesure entre "
            "deux groupes. Écrivez-le (« les quartiers prioritaires, comparés aux autres quartiers ; les femmes "
            "qui signalent un harcèlement, comparées aux hommes sur le même sujet »)."
        )
    if len(familles) < 2:
        raise ReponseIncorrecte(
            "fiche_audit[\"groupes\"] doit nommer au moins deux des groupes audités dans ce lab, avec ce à quoi on "
            "les compare : quartiers prioritaires, écriture informelle ou fautive, femmes et hommes qui signalent un "
            "harcèlement ou une insécurité (à sujet égal)."
        )
    constats = fiche_audit["constats"]
    situes = _chiffres_situes(constats)
    if len(situes) < 2:
        places = [(c["debut"], c["fin"]) for c in situes]
        nus = [m.group(0).strip() for m in _CHIFFRE.finditer(constats)
               if not any(debut <= m.start() < fin for debut, fin in places)]
        raise ReponseIncorrecte(
            "Les constats doivent citer au moins deux chiffres de ce lab, chacun avec son unité (% ou points) et le "
            "groupe qu'il concerne"
            + (f" ; vous avez écrit {', '.join(f'« {n} »' for n in nus[:4])} sans unité" if nus else
               f" ; vous n'en citez qu'un, « {situes[0]['ecrit']} » : ajoutez-en un second, par exemple le chiffre du "
               "groupe auquel vous le comparez" if situes else "")
            + ". Sur le modèle : « à sujet égal, le modèle manque … % des vraies urgences signalées par des femmes, "
            "contre … % pour les hommes » (les … remplacés par les chiffres de vos sorties)."
        )
    chiffres = _chiffres_par_groupe(demandes, decisions, REGLE_ECART)
    faux = _chiffre_faux(constats, chiffres)
    if faux:
        chiffre, groupe, raison = faux["chiffre"], faux.get("groupe"), faux["raison"]
        if raison == "aucun":
            raise ReponseIncorrecte(
                f"Dans les constats, « {chiffre['ecrit']} » ne correspond à aucun résultat de ce lab (parts de "
                "vraies urgences manquées, écarts en points, part signalée, exactitude), même arrondi. Reprenez "
                f"les chiffres de {_OU_TROUVER_TOUT}, sans les inventer ni trop les arrondir."
            )
        if raison == "inversés":
            raise ReponseIncorrecte(
                f"Dans les constats, « {chiffre['ecrit']} » est placé à côté du groupe « {groupe} », mais il "
                f"correspond à un résultat du groupe « {faux['autre_groupe']} », nommé dans la même phrase : les deux "
                "groupes sont-ils inversés ? Relisez la phrase en la comparant à vos sorties (a_sujet_egal, "
                "exercice 5.2 ; ecarts_prestataire, exercice 3.2)."
            )
        if raison == "paire":
            premier = faux["premier"]
            raise ReponseIncorrecte(
                f"Dans les constats, « {premier['ecrit']} » (groupe « {faux['premier_groupe']} ») et "
                f"« {chiffre['ecrit']} » (groupe « {groupe} ») sont mis face à face, mais ils ne viennent pas d'une "
                "même comparaison de ce lab : pour une même décision (l'historique ou le modèle) et un même "
                "indicateur (la part des vraies urgences manquées, par exemple), aucun résultat ne donne ces deux "
                "chiffres à ces deux groupes, même arrondis. Reprenez les deux chiffres sur la même ligne ou la même "
                "colonne de vos sorties (a_sujet_egal, exercice 5.2 ; ecarts_prestataire, exercice 3.2)."
            )
        if raison == "decision":
            noms = ["l'historique (les agent·es)", "le modèle du prestataire"] + [
                f"l'option « {o} »" for o in options.index if o not in (_HISTORIQUE_OPTION, _PRESTATAIRE)]
            raise ReponseIncorrecte(
                f"Dans les constats, « {chiffre['ecrit']} » ne dit pas de quelle décision il "
                "vient : la consigne demande de nommer, dans la phrase de chaque chiffre, la décision qui le donne, "
                f"parmi {', '.join(noms[:-1])} et {noms[-1]}. Par exemple « les agent·es manquaient … % », "
                "« le modèle du prestataire manque … % » (les … remplacés par vos chiffres)."
            )
        if raison == "source":
            nomme = " ou ".join(f"« {s} »" for s in faux["sources"])
            autres = faux["autres"]
            raise ReponseIncorrecte(
                f"Dans les constats, « {chiffre['ecrit']} » (groupe « {groupe} ») est attribué à {nomme}, mais "
                f"aucun résultat de {nomme} pour ce groupe ne vaut {chiffre['ecrit']}, même arrondi"
                + ((" : c'est un résultat des décisions historiques des agent·es (l'étiquette historique), pas du "
                    "modèle. Dites « l'historique » ou « les agent·es », ou reprenez le chiffre du modèle"
                    if autres == ["historique"] else
                    f" : c'est un résultat de {', '.join(f'« {a} »' for a in autres)}. Nommez la bonne décision, ou "
                    "reprenez le chiffre de celle que vous nommez") if autres else
                   ", ni aucun résultat d'une autre décision du lab pour ce groupe. Reprenez-le")
                + f" dans {_OU_TROUVER_TOUT}. Entre parenthèses, vous pouvez citer une autre décision : "
                "« (historique : … % contre … %) »."
            )
        if raison == "sujet":
            vers_autres = faux["autre_sujet"] == "autres sujets"
            nomme = "harcèlement et insécurité" if faux["sujet"] == "harcèlement" else "autres sujets"
            vient = "des autres sujets" if vers_autres else "des signalements de harcèlement ou d'insécurité"
            ou_sujet = ("le graphique de droite (« Tous les autres sujets ») de la section 5 et la dernière lecture "
                        "qui le suit (« sur les autres sujets, le modèle manque … »)" if vers_autres
                        else "le tableau a_sujet_egal (exercice 5.2) et le croisement genre × quartier")
            raise ReponseIncorrecte(
                f"Dans les constats, « {chiffre['ecrit']} » (groupe « {groupe} ») est présenté comme un résultat du "
                f"sujet « {nomme} », mais c'est un résultat {vient} : on le trouve dans {ou_sujet}. Comparer femmes "
                "et hommes « à sujet égal », c'est prendre les deux chiffres dans le même sujet : reprenez ceux du "
                f"sujet que votre phrase nomme ({_A_SUJET_EGAL})."
            )
        autre = "points" if chiffre["unite"] == "%" else "%"
        admis_autre = set().union(*(chiffres.get((g, autre), []) for g in groupe.split(" ou ")))
        if chiffre["decimales"] > 0 and _correspond(chiffre, sorted(admis_autre), constats):
            raise ReponseIncorrecte(
                f"Dans les constats, « {chiffre['ecrit']} » (rattaché au groupe « {groupe} ») ressemble à un résultat "
                f"en {autre}, pas en {chiffre['unite']} : une part de vraies urgences manquées s'écrit en %, "
                "l'écart entre deux groupes (la différence de deux parts) en points (section 2)."
            )
        ou = _OU_TROUVER.get((groupe, chiffre["unite"]), _OU_TROUVER_POINTS if chiffre["unite"] == "points"
                             else _OU_TROUVER_TOUT)
        raise ReponseIncorrecte(
            f"Dans les constats, « {chiffre['ecrit']} » est rattaché au groupe « {groupe} », mais aucun résultat de "
            f"ce lab pour ce groupe ne vaut {chiffre['ecrit']}, même arrondi. Vérifiez que chaque chiffre est placé "
            f"à côté du bon groupe (les femmes et les hommes ne sont pas inversés ?) et reprenez-le dans {ou}."
        )
    if not any(re.search(motif, constats, re.IGNORECASE) for motif in _FAMILLES_DE_GROUPES.values()):
        raise ReponseIncorrecte(
            "Les constats citent des chiffres sans dire pour qui : nommez le groupe concerné (quartiers "
            "prioritaires, écriture informelle ou fautive, femmes ou hommes qui signalent un harcèlement…)."
        )
    return ("La fiche est complète : chaque rubrique parle de cet audit, et ses constats citent des chiffres du "
            "lab, chacun à côté de son groupe. L'équipe pédagogique lira et notera son contenu ; relisez-la comme le "
            "ferait la directrice.")




# --- Mauvaises réponses épinglées ----------------------------------------------------------

_REGISTRES = '["familier", "télégraphique", "français non natif"]'


def _fonction_22(corps: str) -> str:
    """La cellule de réponse de l'exercice 2.2, avec ce corps de fonction."""
    return ("def manquees_par_groupe(tableau, colonne):\n" + corps
            + "\n\n\nmanquees_historique = manquees_par_groupe(demandes, \"groupe_quartier\")")


def _fonction_21(corps: str, avant: str = "") -> str:
    """La cellule de réponse de l'exercice 2.1, avec ce corps de fonction."""
    return (avant + "def est_informelle(tableau):\n" + corps
            + "\n\n\ninformelle = est_informelle(demandes)")


_LA_REGLE = f'tableau["registre"].isin({_REGISTRES}) | (tableau["orthographe"] == "nombreuses fautes")'


def _fonction_52(corps: str, colonnes: str = "historique_urgente, decision_modele") -> str:
    """La cellule de réponse de l'exercice 5.2, avec ce corps de fonction."""
    premiere, seconde = colonnes.split(", ")
    return ("a_sujet_egal = None\n\n\ndef manquees_par_genre(tableau, decision, sujet):\n" + corps
            + "\n\n\na_sujet_egal = pd.DataFrame({\n"
            f'    "étiquette historique": manquees_par_genre(demandes, {premiere}, SUJET),\n'
            f'    "modèle du prestataire": manquees_par_genre(demandes, {seconde}, SUJET),\n'
            "})")


_U52 = '    urgentes = (tableau["urgence_reference"] == "urgente") & (tableau["sujet"] == sujet)\n'
_R52 = '    return (~decision[urgentes]).groupby(tableau.loc[urgentes, "genre"]).mean()'

_URGENTES = '    urgentes = tableau[tableau["urgence_reference"] == "urgente"]\n'
_PARTS = '    return (urgentes["urgence_historique"] == "{}").groupby(urgentes[colonne]).{}()'

_CELLULE_62 = (
    "from fairlearn.postprocessing import ThresholdOptimizer\n\n"
    'X = pd.DataFrame({"score": scores_prestataire})\n'
    'dans_audit = demandes["echantillon_audit"]\n'
    "optimiseur = None\n"
    "decision_seuils = None\n"
)
_AUDIT_QUARTIER = 'X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "groupe_quartier"]'
_PREDICTION = 'optimiseur.predict(X, sensitive_features=demandes["groupe_quartier"], random_state=GRAINE)'


def _cellule_62(contrainte: str = '"false_negative_rate_parity"', objectif: str = '"balanced_accuracy_score"',
                ajustement: str | None = _AUDIT_QUARTIER, decision: str | None = _PREDICTION) -> str:
    """La cellule de réponse de l'exercice 6.2 : l'optimiseur, son ajustement, les décisions."""
    code = _CELLULE_62 + (
        "optimiseur = ThresholdOptimizer(\n"
        "    estimator=ScoreDejaCalcule().fit(X),\n"
        + (f"    constraints={contrainte},\n" if contrainte else "")
        + f"    objective={objectif},\n"
        "    prefit=True,\n"
        '    predict_method="predict",\n'
        ")\n"
    )
    if ajustement:
        code += f"optimiseur.fit({ajustement})\n"
    if decision:
        code += f"decision_seuils = {decision}\n"
    return code


_CELLULE_51 = (
    'originaux = demandes.loc[demandes["groupe_quartier"] == "quartier prioritaire", "texte"]'
    ".sample(2000, random_state=GRAINE)\n"
    'modifies = contrefactuel(originaux, "quartier")\n'
    "touches = modifies != originaux\n"
)
_AVANT_APRES = (
    "avant = est_urgente(modele_t, originaux[touches], seuil_t)\n"
    "apres = est_urgente(modele_t, modifies[touches], seuil_t)\n"
)
_CELLULE_63 = 'colonnes_ecarts = [c for c in options.columns if c.startswith("écart")]\noptions_conformes = None\n'


def _fonction_63(corps: str) -> str:
    """La cellule de réponse de l'exercice 6.3, avec ce corps de fonction."""
    return (_CELLULE_63 + "\n\ndef options_qui_respectent(tableau, regle):\n" + corps
            + "\n\n\noptions_conformes = options_qui_respectent(options, REGLE_ECART)")

_FICHE = {
    "donnees": "Les demandes des habitant·es sur deux ans, avec l'urgence des agent·es et celle de l'audit.",
    "groupes": "Quartiers prioritaires, écriture informelle ou fautive, femmes comparées aux hommes sur le même sujet.",
    "indicateurs": "La part des vraies urgences manquées dans chaque groupe, et la part signalée urgente.",
    "constats": "Le modèle manque beaucoup plus de vraies urgences dans les quartiers prioritaires.",
    "option": "ne pas déployer",
    "decision": "Ne pas déployer le modèle du prestataire : il manque trop de vraies urgences dans les trois groupes.",
    "controle_humain": "Un agent relit toutes les demandes classées non urgentes avant la réponse à l'habitant.",
}
_CONSTATS = "Le modèle manque 17,6 points de vraies urgences en plus dans les quartiers prioritaires et 16,8 pour les femmes."
_BLA = "bla bla bla bla bla bla 1 2"


class _Calcule(str):
    """Un texte de la fiche écrit avec les chiffres que la personne lit dans ses sorties : une
    f-chaîne calculée dans la cellule (les chiffres suivent les données, au lieu d'être tapés)."""


# Les chiffres que la personne lit dans ses sorties (sections 3 et 5) : parts de vraies urgences
# manquées par le modèle du prestataire, par groupe, et à sujet égal (harcèlement) par genre,
# pour le modèle et pour l'historique.
_LUS = (
    '_e = ecarts_par_groupe(demandes, decisions["modèle du prestataire"])\n'
    '_q, _ailleurs = (round(100 * _e.loc["groupe_quartier", c]) for c in ("manquées dans le groupe", "manquées ailleurs"))\n'
    '_h = ((demandes["urgence_reference"] == "urgente") & (demandes["sujet"] == SUJET)).to_numpy()\n'
    '_g = demandes["genre"].to_numpy()[_h]\n'
    '_m = pd.Series(~np.asarray(decisions["modèle du prestataire"], dtype=bool)[_h]).groupby(_g).mean()\n'
    '_hist = pd.Series(demandes["urgence_historique"].to_numpy()[_h] != "urgente").groupby(_g).mean()\n'
    '_f, _hm, _hm_hist = round(100 * _m["femme"]), round(100 * _m["homme"]), round(100 * _hist["homme"])\n'
)


def _fiche(sans_effacer: bool = False, **changements) -> str:
    """La cellule de réponse de l'exercice 7.1 : la fiche dans ma_fiche, puis fiche_audit = ma_fiche
    (``sans_effacer`` : la ligne « raise NotImplementedError() » du talon laissée en place ; un
    texte `_Calcule` est écrit avec les chiffres lus, `_LUS`)."""
    fiche = {**_FICHE, **changements}
    for cle in [c for c, v in changements.items() if v is None]:
        del fiche[cle]
    lignes = "".join(f"    {json.dumps(cle)}: {texte if isinstance(texte, _Calcule) else json.dumps(texte, ensure_ascii=False)},\n"
                     for cle, texte in fiche.items())
    lus = _LUS if any(isinstance(t, _Calcule) for t in fiche.values()) else ""
    return (lus + "fiche_audit = None\nma_fiche = {\n" + lignes + "}\n"
            + ("# VOTRE CODE ICI\nraise NotImplementedError()\n" if sans_effacer else "")
            + "fiche_audit = ma_fiche\nafficher_fiche_audit(fiche_audit)")


# Ce que le troisième essai a fait passer pour une décision : chacune met en service le modèle du prestataire
_MISES_EN_SERVICE = (
    ("Valider le modèle et demander au prestataire de corriger les écarts au fil de l'eau, après le déploiement.",
     "valider le modèle, corriger après"),
    ("Ne pas bloquer le projet : l'outil du prestataire peut être utilisé en attendant une version corrigée.",
     "« ne pas bloquer » puis l'utiliser en attendant"),
    ("Lancer une phase pilote du modèle du prestataire pendant six mois, sous surveillance, puis décider.",
     "une phase pilote"),
    ("Tester le modèle du prestataire dans un quartier pilote avant de l'étendre aux autres.", "un quartier pilote"),
    ("Déployer le modèle du prestataire sous réserve de quelques ajustements techniques à convenir avec lui.",
     "« sous réserve d'ajustements »"),
    ("Le modèle du prestataire sera utilisé comme simple suggestion : en pratique les agent·es suivront son "
     "classement pour aller plus vite.", "une « simple suggestion » suivie en pratique"),
    ("Utiliser le modèle du prestataire comme simple suggestion pour les agent·es, dès maintenant.",
     "une « simple suggestion » dès maintenant"),
    ("Retirer la colonne quartier du modèle du prestataire puis le déployer : le biais lié au lieu de résidence est "
     "ainsi réglé.", "retirer le quartier puis déployer"),
    ("OK pour déployer le modèle du prestataire, rien à signaler de grave.", "« OK pour déployer »"),
    ("Je recommande de déployer le modèle tel qu'il est livré par le prestataire.", "déployer tel qu'il est livré"),
    ("Mettre en service l'outil du prestataire pour trier automatiquement toutes les demandes dès lundi.",
     "« mettre en service »"),
    ("On fait confiance au prestataire, il connaît bien son modèle et ses données, on peut l'utiliser.",
     "« on peut l'utiliser »"),
    # quatrième essai : un refus en tête de phrase, puis le modèle mis en service quand même
    ("Ne pas déployer comme décision automatique, mais utiliser le modèle du prestataire comme simple suggestion "
     "dès lundi.", "« ne pas déployer », mais une suggestion dès lundi"),
    ("Ne pas déployer partout, mais tester l'outil du prestataire dans deux quartiers pendant six mois.",
     "« ne pas déployer », mais un essai dans deux quartiers"),
    ("Ne pas déployer autre chose que le modèle actuel du prestataire, qu'on utilisera dès lundi.",
     "« ne pas déployer autre chose que » le modèle du prestataire"),
)
# Des contrôles humains qui n'en sont pas (troisième essai compris) : (texte, message, erreur)
_CONTROLES = (
    ("Un·e agent·e peut relire les demandes classées non urgentes s'il ou elle le souhaite.",
     "dépend d'une condition (« peut relire", "« peut relire… s'il le souhaite »"),
    ("Les agent·es relisent les décisions du modèle lorsque la charge de travail le permet.",
     "dépend d'une condition (« lorsque", "« lorsque la charge le permet »"),
    ("Il est recommandé, sans obligation, qu'un·e agent·e relise chaque semaine les demandes classées non urgentes.",
     "dépend d'une condition (« recommandé", "« recommandé, sans obligation »"),
    ("Le référent égalité pourra, s'il le juge utile, consulter chaque trimestre un échantillon de demandes classées "
     "non urgentes.", "dépend d'une condition (« pourra", "« pourra, s'il le juge utile »"),
    ("Les demandes sont relues par un·e agent·e seulement quand l'habitant·e dépose une réclamation.",
     "dépend d'une condition (« seulement quand", "seulement en cas de réclamation"),
    ("Les agent·es regardent si elles ont le temps, le modèle est assez fiable.", "dépend d'une condition (« si",
     "« si elles ont le temps »"),
    ("Un contrôle humain sera mis en place si nécessaire.", "dépend d'une condition (« si nécessaire",
     "« si nécessaire »"),
    ("Les agent·es relisent une demande quand elles ont un doute sur son urgence.",
     "dépend d'une condition (« quand elles ont un doute", "seulement en cas de doute"),
    ("À voir plus tard avec la direction et la DPO, qui trancheront.", "dépend d'une condition (« À voir",
     "remis à plus tard"),
    ("Le prestataire relit chaque mois un échantillon des demandes classées non urgentes et nous transmet un rapport.",
     "le contrôle est confié à « Le prestataire »", "le prestataire relit"),
    ("L'équipe du prestataire relit chaque semaine les demandes classées non urgentes.",
     "le contrôle est confié à « L'équipe du prestataire »", "l'équipe du prestataire relit"),
    ("On fait confiance au prestataire pour vérifier que le modèle fonctionne bien chaque mois.",
     "le contrôle est confié à « On fait confiance au prestataire", "on fait confiance au prestataire"),
    ("Un outil d'IA générative relit chaque semaine les demandes classées non urgentes et alerte un·e agent·e.",
     "elle y est confiée à « Un outil d'IA générative »", "un outil d'IA relit"),
    ("Le modèle vérifie lui-même ses décisions chaque semaine, sans intervention.",
     "écarte tout contrôle humain", "le modèle se contrôle lui-même, sans intervention"),
    ("Le modèle vérifie lui-même chacune de ses décisions chaque semaine.",
     "elle y est confiée à « Le modèle »", "le modèle se contrôle lui-même"),
    ("Un second algorithme contrôle automatiquement les décisions du premier tous les soirs.",
     "elle y est confiée à « Un second algorithme »", "un algorithme contrôle l'autre"),
    ("Un·e agent·e relit chaque jour les demandes que le modèle choisit de lui montrer.",
     "les demandes que l'outil désigne", "relire ce que le modèle choisit"),
    ("Chaque agent·e valide en un clic la proposition du modèle, sans avoir à relire la demande, pour gagner du temps.",
     "de pure forme (« en un clic", "valider en un clic"),
    ("Un·e agent·e valide d'un clic chaque demande classée non urgente avant la réponse à l'habitant·e.",
     "de pure forme (« d'un clic", "valider « d'un clic » (quatrième essai)"),
    ("Un·e agent·e relit chaque jour toutes les demandes classées non urgentes, après qu'elles ont été traitées "
     "automatiquement.", "de pure forme (« après qu'elles ont été traitées automatiquement",
     "relire après le traitement automatique (quatrième essai)"),
    ("Aucun·e agent·e du centre de contact ne relit les demandes classées non urgentes.",
     "écarte tout contrôle humain (« Aucun·e agent·e du centre de contact ne relit", "« aucun·e agent·e ne relit »"),
    ("Les agent·es ne relisent jamais les demandes classées non urgentes : le modèle suffit.",
     "écarte tout contrôle humain (« ne relisent jamais", "« ne relisent jamais »"),
    ("Un·e agent·e ne relit pas les demandes classées non urgentes avant la réponse.",
     "écarte tout contrôle humain (« ne relit pas", "« ne relit pas »"),
    ("Les demandes classées non urgentes ne sont plus relues par les agent·es.",
     "écarte tout contrôle humain (« ne sont plus relues", "« ne sont plus relues »"),
    ("Un·e agent·e signe chaque décision du modèle, qui est appliquée automatiquement dans tous les cas.",
     "de pure forme (« appliquée automatiquement", "signer une décision appliquée automatiquement"),
    ("La DPO vérifie une fois, avant la mise en service, que le modèle respecte le RGPD.",
     "ne remplace pas la relecture des demandes", "la DPO vérifie le modèle une fois"),
    ("Une fois par an, le service qualité regarde les statistiques globales du modèle.",
     "ne remplace pas la relecture des demandes", "des statistiques globales une fois par an"),
    ("La cheffe de service relit chaque semaine un échantillon de demandes classées non urgentes.",
     "dites qu'il est tiré au hasard", "un échantillon qui n'est pas tiré au hasard"),
    ("La cheffe de service relit chaque semaine un échantillon, tiré au hasard, des demandes classées non urgentes.",
     "dites de quelle taille", "un échantillon sans taille"),
    ("Les agent·es du centre de contact relisent toutes les demandes classées non urgentes.",
     "ne dit pas quand", "un contrôle sans moment"),
    ("Le modèle sera recalculé chaque trimestre sur les nouvelles données par l'équipe.",
     "ne dit pas quelles demandes sont relues", "aucune demande relue"),
    ("Une relecture sérieuse et rigoureuse sera organisée pour tout le monde.",
     "ne dit pas qui relit", "un contrôle sans personne ni verbe"),
)


CAS = (
    # 1.1 — deux parts
    Cas("ex1_1", 'part_urgente_historique = 100 * (demandes["urgence_historique"] == "urgente").mean()\n'
        'part_urgente_reference = 100 * (demandes["urgence_reference"] == "urgente").mean()',
        "Une part est comprise entre 0 et 1", "pourcentage au lieu d'une part"),
    Cas("ex1_1", 'part_urgente_historique = (demandes["urgence_historique"] == "urgente").sum()\n'
        'part_urgente_reference = (demandes["urgence_reference"] == "urgente").sum()',
        "nombre entier", ".sum() compte au lieu de faire la part"),
    Cas("ex1_1", 'part_urgente_historique = (demandes["urgence_historique"] == "Urgente").sum()\n'
        'part_urgente_reference = (demandes["urgence_reference"] == "Urgente").sum()',
        "Deux erreurs à la fois", "majuscule et .sum() ensemble (troisième essai)"),
    Cas("ex1_1", 'part_urgente_historique = (demandes["urgence_historique"] == "Urgente").mean()\n'
        'part_urgente_reference = (demandes["urgence_reference"] == "Urgente").mean()',
        "Une part vaut 0", "majuscule à « urgente »"),
    Cas("ex1_1", 'part_urgente_historique = (demandes["urgence_historique"] == "non urgente").mean()\n'
        'part_urgente_reference = (demandes["urgence_reference"] == "urgente").mean()',
        "compté les demandes « non urgente »", "la mauvaise valeur comparée"),
    Cas("ex1_1", 'part_urgente_historique = (demandes["urgence_reference"] == "urgente").mean()\n'
        'part_urgente_reference = (demandes["urgence_historique"] == "urgente").mean()',
        "ce n'est pas la valeur attendue", "les deux colonnes échangées"),
    Cas("ex1_1", "part_urgente_historique = None\npart_urgente_reference = None", "vaut encore None",
        "réponse pas écrite"),
    Cas("ex1_1", 'part_urgente_historique = round((demandes["urgence_historique"] == "urgente").mean(), 4)\n'
        'part_urgente_reference = round((demandes["urgence_reference"] == "urgente").mean(), 4)',
        "arrondie à 4 décimales", "un arrondi à 4 décimales recopié (troisième essai : 0,1597)"),
    Cas("ex1_1", "part_urgente_historique = 0.16\npart_urgente_reference = 0.19", "arrondie à 2 décimales",
        "les nombres arrondis de l'affichage recopiés"),
    # 2.1 — la fonction est_informelle, essayée sur des demandes sans les groupes tout faits
    Cas("ex2_1", _fonction_21(f'    return tableau["registre"].isin({_REGISTRES}) & (\n'
                              '        tableau["orthographe"] == "nombreuses fautes")'),
        "Vous avez écrit « et » (&)", "« et » au lieu de « ou »", typique=True),
    Cas("ex2_1", _fonction_21(f'    return tableau["registre"].isin({_REGISTRES})'),
        "Il manque une des deux conditions", "une seule condition"),
    Cas("ex2_1", _fonction_21('    return tableau["registre"].isin(["familier", "telegraphique", "francais non natif"]) | (\n'
                              '        tableau["orthographe"] == "nombreuses fautes")'),
        "Vérifiez l'écriture exacte des trois registres", "accents oubliés dans les registres"),
    Cas("ex2_1", _fonction_21(f'    return tableau.loc[tableau["orthographe"] == "nombreuses fautes", "registre"].isin({_REGISTRES})'),
        "il en faut une par demande", "colonne calculée sur un tableau filtré"),
    Cas("ex2_1", _fonction_21(f"    return tableau[{_LA_REGLE}]"),
        "« informelle » devrait être une colonne pandas", "les lignes au lieu de la colonne de vrai/faux"),
    Cas("ex2_1", _fonction_21('    return tableau["groupe_ecriture"] == "informelle ou fautive"'),
        "recopie le groupe tout fait", "la colonne toute faite groupe_ecriture recopiée"),
    Cas("ex2_1", _fonction_21('    return ajouter_groupes(tableau)["groupe_ecriture"] == "informelle ou fautive"',
                              avant="from civiclabs import ajouter_groupes\n\n"),
        "votre fonction appelle ajouter_groupes", "le groupe tout fait refait par ajouter_groupes (troisième essai)"),
    Cas("ex2_1", _fonction_21(f'    return demandes["registre"].isin({_REGISTRES}) | (demandes["orthographe"] == "nombreuses fautes")'),
        "calcule sur demandes au lieu du tableau reçu", "la fonction lit demandes au lieu du tableau reçu"),
    Cas("ex2_1", _fonction_21(f'    return pd.Series(demandes["registre"].isin({_REGISTRES}).to_numpy()\n'
                              '                     | (tableau["orthographe"] == "nombreuses fautes").to_numpy(), index=tableau.index)'),
        "s'arrête sur une erreur", "demandes et tableau mélangés"),
    Cas("ex2_1", _fonction_21('    return tableau["identifiant"].isin(_IDS)',
                              avant='_IDS = set(demandes.loc[demandes["groupe_ecriture"] == "informelle ou fautive", '
                              '"identifiant"])\n\n\n'),
        "reconnaît les demandes du notebook", "les identifiants des demandes informelles recopiés"),
    Cas("ex2_1", f"est_informelle = None\ninformelle = {_LA_REGLE.replace('tableau', 'demandes')}",
        "n'est plus une fonction", "le calcul sans la fonction"),
    # 2.2 — la fonction manquees_par_groupe, essayée sur des demandes neuves
    Cas("ex2_2", _fonction_22('    return (tableau["urgence_historique"] == "non urgente").groupby(tableau[colonne]).mean()'),
        "Vous êtes parti·e de toutes les demandes", "calcul sur toutes les demandes, pas les vraies urgences",
        typique=True),
    Cas("ex2_2", "manquees_par_groupe = None\nurgentes = demandes[vrai]\n"
        'manquees_historique = (urgentes["urgence_historique"] == "non urgente").groupby(urgentes["groupe_quartier"]).mean()',
        "n'est plus une fonction", "l'ancien calcul recopié, sans la fonction"),
    Cas("ex2_2", _fonction_22(_URGENTES + '    (urgentes["urgence_historique"] == "non urgente").groupby(urgentes[colonne]).mean()'),
        "ne renvoie rien", "return oublié"),
    Cas("ex2_2", _fonction_22(_URGENTES + '    return urgentes.groupby(colonne)["urgence_historique"].value_counts(normalize=True)'),
        "deux niveaux d'index", "value_counts au lieu de la part de « non urgente »"),
    Cas("ex2_2", _fonction_22(_URGENTES + "    parts = " + _PARTS.format("non urgente", "mean").removeprefix("    return ")
                              + '\n    return pd.Series(parts.values, index=["Groupe A", "Groupe B"])'),
        "ce ne sont pas les valeurs de la colonne groupe_quartier", "des noms de groupes inventés"),
    Cas("ex2_2", _fonction_22(_URGENTES + _PARTS.format("urgente", "mean")),
        "Vous avez calculé la part reconnue", "la part reconnue au lieu de la part manquée"),
    Cas("ex2_2", _fonction_22(_URGENTES + _PARTS.format("non urgente", "sum")),
        ".sum() et .count() comptent", ".sum() au lieu de .mean()"),
    Cas("ex2_2", _fonction_22(_URGENTES + _PARTS.format("non urgente", "max")),
        ".max() (ou .any())", ".max() au lieu de .mean()"),
    Cas("ex2_2", _fonction_22('    return pd.Series({"quartier prioritaire": 0.55, "autre quartier": 0.25})'),
        "Les parts ne correspondent pas", "des nombres arrondis recopiés"),
    Cas("ex2_2", _fonction_22('    return pd.Series({"quartier prioritaire": 0.5584269662921348, '
                              '"autre quartier": 0.25280898876404495})'),
        "donne le même résultat quels que soient", "les bons nombres recopiés avec toutes leurs décimales"),
    Cas("ex2_2", _fonction_22(_URGENTES + '    return (urgentes["urgence_historique"] == "non urgente")'
                              '.groupby(urgentes["groupe_quartier"]).mean()'),
        "groupez par la colonne reçue", "la colonne groupe_quartier écrite à la main dans la fonction"),
    Cas("ex2_2", _fonction_22("    urgentes = demandes[vrai]\n" + _PARTS.format("non urgente", "mean")),
        "calcule sur les demandes du notebook", "la fonction part de demandes au lieu du tableau reçu"),
    Cas("ex2_2", _fonction_22("    urgentes = tableau[vrai]\n" + _PARTS.format("non urgente", "mean")),
        "s'arrête sur une erreur", "le filtre vrai, qui ne vaut que pour demandes"),
    # 2.3 — MetricFrame
    Cas("ex2_3", 'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        "cadre_historique = MetricFrame(metrics=indicateurs, y_true=vrai, y_pred=historique_urgente,\n"
        '                               sensitive_features=demandes["groupe_quartier"])',
        "Les groupes sont", "les groupes de quartier au lieu de l'écriture"),
    Cas("ex2_3", 'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        "cadre_historique = MetricFrame(metrics=false_negative_rate, y_true=vrai, y_pred=historique_urgente,\n"
        '                               sensitive_features=demandes["groupe_ecriture"])',
        "metrics=indicateurs", "un seul indicateur au lieu du dictionnaire"),
    Cas("ex2_3", 'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        'cadre_historique = MetricFrame(metrics=indicateurs, y_true=vrai, y_pred=demandes["urgence_historique"] == "non urgente",\n'
        '                               sensitive_features=demandes["groupe_ecriture"])',
        "Le taux est inversé", "décision « non urgente » au lieu de « urgente »"),
    Cas("ex2_3", 'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        "cadre_historique = MetricFrame(metrics=indicateurs, y_true=historique_urgente, y_pred=vrai,\n"
        '                               sensitive_features=demandes["groupe_ecriture"])',
        "y_true est la vérité", "vérité et décision échangées"),
    Cas("ex2_3", 'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        'cadre_historique = taux_manquees(vrai, historique_urgente, demandes["groupe_ecriture"]).by_group',
        "devrait être un objet de type MetricFrame", "le tableau by_group au lieu du MetricFrame"),
    Cas("ex2_3", 'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        'cadre_historique = taux_manquees(vrai, historique_urgente, demandes["groupe_ecriture"])',
        "vient de taux_manquees(…), la fonction toute faite du cours", "la fonction du cours au lieu du MetricFrame "
        "(cinquième essai)"),
    # 3.1 — l'écart sur l'échantillon
    Cas("ex3_1", 'audit = demandes[demandes["echantillon_audit"]]\n'
        'cadre = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_quartier"])\n'
        'manquees = cadre.by_group["vraies urgences manquées"]\n'
        'ecart_echantillon = manquees["quartier prioritaire"] - manquees["autre quartier"]',
        "Multipliez par 100", "une part, pas des points", typique=True),
    Cas("ex3_1", 'audit = demandes[demandes["echantillon_audit"]]\n'
        'manquees = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_quartier"])'
        '.by_group["vraies urgences manquées"]\n'
        'ecart_echantillon = 100 * (manquees["autre quartier"] - manquees["quartier prioritaire"])',
        "Le signe est inversé", "soustraction à l'envers"),
    Cas("ex3_1", 'audit = demandes[demandes["echantillon_audit"]]\n'
        'manquees = taux_manquees(demandes["urgence_reference"], demandes["urgence_historique"], demandes["groupe_quartier"])'
        '.by_group["vraies urgences manquées"]\n'
        'ecart_echantillon = 100 * (manquees["quartier prioritaire"] - manquees["autre quartier"])',
        "Vous avez mesuré sur toutes les demandes", "toutes les demandes au lieu de l'échantillon"),
    Cas("ex3_1", 'audit = demandes[demandes["echantillon_audit"]]\n'
        'ecart_echantillon = 30.0',
        "arrondie à l'unité", "un nombre arrondi recopié"),
    Cas("ex3_1", 'audit = demandes[demandes["echantillon_audit"]]\n'
        'manquees = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_quartier"])'
        '.by_group["vraies urgences manquées"]\n'
        '# l\'affichage, recopié à la main (30,6 au troisième essai)\n'
        'ecart_echantillon = round(100 * (manquees["quartier prioritaire"] - manquees["autre quartier"]), 1)',
        "arrondie à 1 décimale", "le nombre affiché recopié à une décimale (troisième essai)"),
    Cas("ex3_1", 'audit = demandes[demandes["echantillon_audit"]]\n'
        'manquees = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_ecriture"])'
        '.by_group["vraies urgences manquées"]\n'
        'ecart_echantillon = 100 * (manquees["informelle ou fautive"] - manquees["autre écriture"])',
        "ce n'est pas la valeur attendue", "les groupes d'écriture au lieu des quartiers"),
    # 3.2 — le modèle du prestataire
    Cas("ex3_2", "decision_prestataire = decider(scores_prestataire, part=0.25)\n"
        "ecarts_prestataire = ecarts_par_groupe(demandes, decision_prestataire)",
        "Utilisez part=PART_URGENTE", "une autre part signalée"),
    Cas("ex3_2", "decision_prestataire = decider(scores_prestataire, part=PART_URGENTE)\n"
        'ecarts_prestataire = taux_manquees(vrai, decision_prestataire, demandes["groupe_quartier"]).by_group',
        "doit être le tableau renvoyé par ecarts_par_groupe", "le tableau de l'exercice 2.3 au lieu des écarts"),
    Cas("ex3_2", "decision_prestataire = decider(scores_prestataire, part=0.16)\n"
        "ecarts_prestataire = ecarts_par_groupe(demandes, decision_prestataire)",
        "la part a été arrondie", "la part arrondie à 0,16 au lieu de PART_URGENTE"),
    Cas("ex3_2", "decision_prestataire = historique_urgente\n"
        "ecarts_prestataire = ecarts_par_groupe(demandes, decision_prestataire)",
        "ne vient pas des scores du modèle", "l'étiquette historique au lieu du modèle"),
    Cas("ex3_2", "decision_prestataire = decider(scores_prestataire, part=PART_URGENTE)\n"
        "ecarts_prestataire = ecarts_par_groupe(demandes, historique_urgente)",
        "ne correspond pas à decision_prestataire", "les écarts d'une autre décision"),
    # 4.1 — sans la colonne quartier
    Cas("ex4_1", "scores_sans_quartier = scores_hors_echantillon(demandes)\n"
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))",
        "retirez \"quartier\" des colonnes", "le quartier n'a pas été retiré", typique=True),
    Cas("ex4_1", 'scores_sans_quartier = scores_hors_echantillon(demandes[demandes["echantillon_audit"]], colonnes=("texte",))\n'
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_options[\"sans quartier\"], part=PART_URGENTE))",
        "Il faut un score par demande", "scores calculés sur l'échantillon seulement"),
    Cas("ex4_1", 'scores_sans_quartier = scores_hors_echantillon(demandes, colonnes=("texte",), etiquette="urgence_reference")\n'
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))",
        "gardez etiquette=\"urgence_historique\"", "appris sur l'étiquette de l'audit"),
    Cas("ex4_1", 'scores_sans_quartier = scores_options["sans quartier"]\n'
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=0.5))",
        "décidez avec part=PART_URGENTE", "une autre part pour décider"),
    Cas("ex4_1", 'scores_sans_quartier = scores_options["sans quartier"]\n'
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_prestataire, part=PART_URGENTE))",
        "a été calculé avec scores_prestataire", "décider avec les scores du prestataire (quatrième essai)"),
    Cas("ex4_1", 'scores_sans_quartier = scores_options["sans quartier"]\n'
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))",
        "Vous avez recopié scores_options[\"sans quartier\"]", "les scores du cours recopiés (cinquième essai)"),
    Cas("ex4_1", 'scores_sans_quartier = scores_options["sans quartier"].copy() * 1.0\n'
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))",
        "Vous avez recopié scores_options[\"sans quartier\"]", "les scores du cours recopiés avec .copy()"),
    # 5.1 — contrefactuel de quartier
    Cas("ex5_1", _CELLULE_51.replace("modifies != originaux", "modifies == originaux") + _AVANT_APRES
        + "taux_bascule_quartier = (avant != apres).mean()",
        "n'a PAS modifiés (==)", "touches inversé (troisième essai)"),
    Cas("ex5_1", _CELLULE_51.replace("modifies != originaux", 'modifies != ""') + _AVANT_APRES
        + "taux_bascule_quartier = (avant != apres).mean()",
        "touches est vrai partout", "comparé au texte vide au lieu des originaux"),
    Cas("ex5_1", _CELLULE_51 + "taux_bascule_quartier = (est_urgente(modele_t, originaux, seuil_t)\n"
        "                         != est_urgente(modele_t, modifies, seuil_t)).mean()",
        "Vous avez compté sur tous les textes", "textes non touchés comptés"),
    Cas("ex5_1", _CELLULE_51 + _AVANT_APRES + "taux_bascule_quartier = (~avant & apres).mean()",
        "qu'un sens de bascule", "un seul sens de bascule"),
    Cas("ex5_1", _CELLULE_51 + _AVANT_APRES + "taux_bascule_quartier = (avant == apres).mean()",
        "NE changent pas", "== au lieu de !="),
    Cas("ex5_1", _CELLULE_51 + "avant = est_urgente(modele_t, originaux[touches], 0.5)\n"
        "apres = est_urgente(modele_t, modifies[touches], 0.5)\n"
        "taux_bascule_quartier = (avant != apres).mean()",
        "le même seuil seuil_t", "un autre seuil que seuil_t"),
    Cas("ex5_1", _CELLULE_51 + _AVANT_APRES + "taux_bascule_quartier = round(float((avant != apres).mean()), 3)",
        "c'est la valeur attendue arrondie",
        "le taux arrondi recopié de l'affichage (cinquième essai)"),
    # 5.2 — à sujet égal : la fonction manquees_par_genre, essayée sur des demandes neuves
    Cas("ex5_2", _fonction_52("    # VOTRE CODE ICI\n    raise NotImplementedError()"), "pas encore de réponse",
        "exercice pas commencé", plante=True),
    Cas("ex5_2", _fonction_52(_U52.replace("== sujet)", '== "sujet")') + _R52), "aucune demande ne passe votre filtre",
        "le sujet écrit entre guillemets (troisième essai)"),
    Cas("ex5_2", _fonction_52(_U52 + _R52.replace('"genre"', '"Genre"')), "Vérifiez le nom exact des colonnes",
        "une colonne mal écrite", plante=True),
    Cas("ex5_2", _fonction_52(_U52 + _R52.removeprefix("    return ").join(["    ", ""])), "ne renvoie rien",
        "return oublié", plante=True),
    Cas("ex5_2", _fonction_52(_U52 + '    return decision[urgentes].groupby(tableau.loc[urgentes, "genre"])'
                              ".value_counts(normalize=True)"),
        "deux niveaux d'index", "value_counts au lieu de la part manquée"),
    Cas("ex5_2", _fonction_52('    urgentes = ((tableau["urgence_reference"] == "urgente") & (tableau["sujet"] == sujet)\n'
                              '                & tableau["genre"].isin(["femme", "homme"]))\n' + _R52),
        "« non renseigné » ont disparu", "le genre non renseigné écarté"),
    Cas("ex5_2", _fonction_52(_U52 + _R52.replace('"genre"', '"groupe_signalement"')),
        "on compare ici les genres déclarés", "groupé par groupe_signalement au lieu du genre"),
    Cas("ex5_2", _fonction_52(_U52 + _R52.replace("(~decision[urgentes])", "decision[urgentes]")),
        "la part des vraies urgences signalées", "la part signalée au lieu de la part manquée"),
    Cas("ex5_2", _fonction_52('    urgentes = tableau["urgence_reference"] == "urgente"\n' + _R52),
        "compte les vraies urgences de tous les sujets", "le sujet oublié", typique=True),
    Cas("ex5_2", _fonction_52('    urgentes = tableau["sujet"] == sujet\n' + _R52),
        "part de toutes les demandes du sujet", "toutes les demandes du sujet au lieu des vraies urgences"),
    Cas("ex5_2", _fonction_52(_U52 + _R52.replace(".mean()", ".sum()")),
        "faites la moyenne (.mean())", ".sum() au lieu de .mean()"),
    Cas("ex5_2", _fonction_52('    return pd.Series({"femme": 0.7954545454545454, "homme": 0.37662337662337664,\n'
                              '                      "non renseigné": 0.35714285714285715})'),
        "donne les mêmes nombres quels que soient", "les bons nombres recopiés avec toutes leurs décimales"),
    Cas("ex5_2", _fonction_52(_U52.replace("== sujet", '== "harcèlement et insécurité"') + _R52),
        "au lieu du sujet reçu", "le sujet écrit à la main dans la fonction"),
    Cas("ex5_2", _fonction_52(_U52 + '    return (tableau.loc[urgentes, "urgence_historique"] == "non urgente")'
                              '.groupby(tableau.loc[urgentes, "genre"]).mean()'),
        "lit la colonne urgence_historique", "la colonne historique au lieu du paramètre decision"),
    Cas("ex5_2", _fonction_52(_U52 + _R52.replace('tableau.loc[urgentes, "genre"]', 'demandes.loc[urgentes, "genre"]')),
        "La fonction doit marcher sur n'importe quel tableau", "les genres lus dans demandes"),
    Cas("ex5_2", _fonction_52(_U52 + _R52.replace('tableau.loc[urgentes, "genre"]', 'demandes["genre"]')),
        "mélange les demandes du notebook et le tableau reçu", "groupé par demandes[\"genre\"]"),
    Cas("ex5_2", _fonction_52(_U52 + _R52, colonnes="historique_urgente, historique_urgente"),
        "gardez les dernières lignes de la cellule", "l'historique dans les deux colonnes"),
    # 6.1 — repondérer
    Cas("ex6_1", 'poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_reference"])\n'
        "scores_reponderes = scores_hors_echantillon(demandes, poids=poids)",
        "l'étiquette que le modèle apprend", "poids calculés sur la mauvaise étiquette", typique=True),
    Cas("ex6_1", 'poids = poids_reequilibrage(demandes["groupe_ecriture"], demandes["urgence_historique"])\n'
        "scores_reponderes = scores_options[\"repondéré\"]",
        "Ces poids ne sont pas ceux de poids_reequilibrage", "poids calculés pour les groupes d'écriture"),
    Cas("ex6_1", 'poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])\n'
        "scores_reponderes = scores_prestataire",
        "Les scores n'ont pas changé", "poids calculés mais pas utilisés"),
    Cas("ex6_1", 'poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])\n'
        'scores_reponderes = scores_hors_echantillon(demandes, colonnes=("texte",), poids=poids)',
        "gardez les colonnes par défaut", "modèle texte seul repondéré"),
    Cas("ex6_1", 'poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])\n'
        'scores_reponderes = scores_options["repondéré"]',
        "Vous avez recopié scores_options[\"repondéré\"]", "les scores du cours recopiés (cinquième essai)"),
    Cas("ex6_1", 'poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])\n'
        'scores_reponderes = scores_options["repondéré"].copy()',
        "Vous avez recopié scores_options[\"repondéré\"]", "les scores du cours recopiés avec .copy()"),
    # 6.2 — l'optimiseur ajusté, inspecté puis appliqué à des demandes neuves
    Cas("ex6_2", _cellule_62(
        ajustement='X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "groupe_ecriture"]',
        decision='optimiseur.predict(X, sensitive_features=demandes["groupe_ecriture"], random_state=GRAINE)'),
        "ce sont des groupes d'écriture", "seuils par écriture, pas par quartier", typique=True),
    Cas("ex6_2", _CELLULE_62 + 'decision_seuils = decisions["seuils par groupe"]',
        "« optimiseur » vaut encore None", "les décisions toutes faites du cours recopiées"),
    Cas("ex6_2", _CELLULE_62 + "from civiclabs import seuils_par_groupe\n\n"
        "decision_seuils = seuils_par_groupe(demandes, scores_prestataire, graine=GRAINE)",
        "« optimiseur » vaut encore None", "la fonction du cours au lieu de l'optimiseur"),
    Cas("ex6_2", _CELLULE_62 + "from civiclabs import seuils_par_groupe\n\n"
        "optimiseur = seuils_par_groupe(demandes, scores_prestataire, graine=GRAINE)\n"
        "decision_seuils = optimiseur",
        "devrait être un objet de type ThresholdOptimizer", "des décisions rangées dans optimiseur"),
    Cas("ex6_2", _cellule_62(ajustement=None, decision='decisions["seuils par groupe"]'),
        "n'est pas encore ajusté", "optimiseur créé mais pas ajusté, décisions du cours recopiées"),
    Cas("ex6_2", _cellule_62(contrainte="..."), "vaut encore …", "la contrainte pas remplie", plante=True),
    Cas("ex6_2", _cellule_62(contrainte=""), "demographic_parity", "contrainte oubliée (celle par défaut)"),
    Cas("ex6_2", _cellule_62(objectif='"accuracy_score"'), "L'objectif de l'optimiseur",
        "un autre objectif"),
    Cas("ex6_2", _cellule_62(
        ajustement='X, vrai, sensitive_features=demandes["groupe_quartier"]'),
        "ajusté sur toutes les demandes", "ajusté sur toutes les demandes au lieu de l'échantillon d'audit"),
    Cas("ex6_2", _cellule_62(
        ajustement='X[dans_audit], historique_urgente[dans_audit], '
        'sensitive_features=demandes.loc[dans_audit, "groupe_quartier"]'),
        "sur l'étiquette historique", "ajusté sur l'étiquette historique"),
    Cas("ex6_2", _cellule_62(
        ajustement='X[~dans_audit], vrai[~dans_audit], sensitive_features=demandes.loc[~dans_audit, "groupe_quartier"]'),
        "ne décide pas comme celui attendu", "ajusté hors de l'échantillon d'audit"),
    Cas("ex6_2", _cellule_62(
        ajustement='X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "quartier"]',
        decision='optimiseur.predict(X, sensitive_features=demandes["quartier"], random_state=GRAINE)'),
        "un seuil par groupe de quartier", "un seuil par quartier nommé au lieu des deux groupes"),
    Cas("ex6_2", _cellule_62(decision=None), "decision_seuils vaut None", "décisions pas calculées"),
    Cas("ex6_2", _cellule_62(decision='decisions["seuils par groupe"]'), "Vous avez recopié decisions[\"seuils par groupe\"]",
        "optimiseur ajusté, décisions du cours recopiées (cinquième essai)"),
    Cas("ex6_2", _cellule_62(decision='optimiseur.predict(X[dans_audit], sensitive_features='
                             'demandes.loc[dans_audit, "groupe_quartier"], random_state=GRAINE)'),
        "pas seulement à l'échantillon d'audit", "décisions pour l'échantillon seulement"),
    Cas("ex6_2", _cellule_62(decision='optimiseur.predict(X, sensitive_features=demandes["groupe_ecriture"], '
                             "random_state=GRAINE)"),
        "ne signale aucune demande", "groupes d'écriture à la prédiction"),
    Cas("ex6_2", _cellule_62(decision="decider(scores_prestataire, part=PART_URGENTE)"),
        "doit venir de votre optimiseur", "les décisions du prestataire au lieu de l'optimiseur"),
    Cas("ex6_2", _cellule_62(decision='optimiseur.predict(X, sensitive_features=demandes["groupe_quartier"])'),
        "random_state=GRAINE", "tirage au sort sans graine"),
    # 6.3 — la règle du comité
    Cas("ex6_3", _fonction_63('    return ["Option A"]'),
        "ne sont pas des options du tableau", "un nom d'option inventé"),
    Cas("ex6_3", _fonction_63('    ecarts = tableau[[c for c in tableau.columns if c.startswith("écart")]]\n'
                              "    return list(tableau[(ecarts <= regle).any(axis=1)].index)"),
        "pour les trois groupes : .all(axis=1)", ".any au lieu de .all"),
    Cas("ex6_3", _fonction_63('    ecarts = tableau[[c for c in tableau.columns if c.startswith("écart")]]\n'
                              "    return list(tableau[(ecarts.abs() <= regle).all(axis=1)].index)"),
        "écart négatif (en faveur du groupe) est accepté", "écarts négatifs refusés"),
    Cas("ex6_3", _fonction_63('    ecarts = tableau[[c for c in tableau.columns if c.startswith("écart")]]\n'
                              "    return tableau[(ecarts <= regle).all(axis=1)].index"),
        "devrait être une liste", "l'index au lieu d'une liste"),
    Cas("ex6_3", _fonction_63('    return []'),
        "Une liste tapée à la main", "la liste tapée à la main (troisième essai)", typique=True),
    Cas("ex6_3", _fonction_63("    return list(options[(options[colonnes_ecarts] <= REGLE_ECART).all(axis=1)].index)"),
        "donne la même liste quel que soit le tableau reçu", "le filtre sur options et REGLE_ECART"),
    Cas("ex6_3", _fonction_63("    return list(tableau[(tableau[colonnes_ecarts] <= REGLE_ECART).all(axis=1)].index)"),
        "Votre fonction lit le tableau ou la règle du notebook", "la règle du notebook au lieu de regle"),
    Cas("ex6_3", _fonction_63('    return [o for o in ["étiquettes auditées"] if (tableau.loc[o, colonnes_ecarts] <= regle).all()]'),
        "s'arrête sur une erreur (KeyError)", "les noms du notebook écrits dans la fonction"),
    Cas("ex6_3", _CELLULE_63 + "options_qui_respectent = None\noptions_conformes = []",
        "n'est plus une fonction", "la fonction effacée"),
    # 7.1 — la fiche d'audit, vérifiée sur le fond : des exigences positives (une option du
    # tableau, un contrôle humain qui dit qui, quoi, quand, sans condition ; des chiffres du lab
    # attribués à la bonne décision)
    Cas("ex7_1", _fiche(), "au moins deux chiffres de ce lab", "constats sans chiffres", typique=True),
    Cas("ex7_1", _fiche(**dict.fromkeys(_FICHE, "…")), "est trop court", "la fiche pas remplie"),
    Cas("ex7_1", _fiche(**dict.fromkeys(_FICHE, _BLA)), "texte de remplissage", "« bla bla » partout"),
    Cas("ex7_1", _fiche(constats=_CONSTATS, sans_effacer=True), "vaut encore None : la cellule de réponse s'est arrêtée",
        "la ligne raise NotImplementedError() laissée après la fiche", plante=True),
    Cas("ex7_1", _fiche(decision="Déployer le modèle du prestataire tel quel dès demain",
                        controle_humain="Aucun contrôle humain nécessaire"),
        "écarte tout contrôle humain", "déployer sans contrôle humain"),
    Cas("ex7_1", _fiche(controle_humain="Personne, le modèle décide seul de l'urgence des demandes."),
        "écarte tout contrôle humain (« décide seul »)", "le modèle décide seul"),
    Cas("ex7_1", _fiche(controle_humain="Personne n'est prévu pour relire les demandes classées non urgentes."),
        "ne confie ce contrôle à personne", "le contrôle confié à personne"),
    Cas("ex7_1", _fiche(donnees="Des données de demandes d'habitant·es, avec des colonnes et des lignes, comme dans "
                                "tout audit."),
        "ne dit pas sur quoi repose l'audit", "des données qui ne disent ni combien ni quelle vérité (troisième essai)"),
    Cas("ex7_1", _fiche(indicateurs="Nous avons utilisé la bibliothèque fairlearn et son MetricFrame."),
        "ne nomme pas de mesure", "un outil au lieu d'un indicateur"),
    Cas("ex7_1", _fiche(groupes="Les quartiers prioritaires et les autres quartiers de la métropole."),
        "au moins deux des groupes audités", "un seul groupe"),
    # la décision : une option du tableau de la section 6 (calculé dans le lab)
    Cas("ex7_1", _fiche(option="Option A"), "écrivez exactement l'un de ces noms", "une option inventée"),
    Cas("ex7_1", _fiche(option="étiquette historique (agent·es)"), "n'est pas une option à mettre en service",
        "l'étiquette historique prise pour une option"),
    Cas("ex7_1", _fiche(option="modèle du prestataire",
                        decision="Nous recommandons d'adopter le modèle du prestataire : il réduit les écarts de "
                                 "l'historique pour les trois groupes audités."),
        "Votre fiche retient le modèle du prestataire, qui dépasse la règle du comité",
        "retenir le modèle du prestataire (troisième essai)"),
    Cas("ex7_1", _fiche(option="seuils par groupe",
                        decision="Déployer l'option « seuils par groupe » avec des seuils par quartier : elle ne "
                                 "respecte pas la règle du comité pour l'écriture et les femmes, mais c'est la moins "
                                 "chère."),
        "loi n° 2014-173", "des seuils par quartier, non-conformité dite mais lieu de résidence oublié (troisième essai)"),
    Cas("ex7_1", _fiche(option="étiquettes auditées",
                        decision="Déployer le modèle du prestataire avec un seuil plus bas pour les demandes signées "
                                 "par des femmes, pour corriger l'écart."),
        "loi n° 2008-496", "un seuil selon le sexe (troisième essai)"),
    Cas("ex7_1", _fiche(option="étiquettes auditées",
                        decision="Déployer le modèle du prestataire avec un seuil d'urgence plus bas pour les "
                                 "quartiers prioritaires, afin de compenser leur retard."),
        "propose un seuil selon le quartier", "un seuil selon le quartier (troisième essai)"),
    *(Cas("ex7_1", _fiche(decision=texte), "Votre décision met en service le modèle du prestataire", erreur)
      for texte, erreur in _MISES_EN_SERVICE),
    Cas("ex7_1", _fiche(decision="Do not deploy the vendor model: it fails the committee rule for all three groups."),
        "semble écrite en anglais", "une décision en anglais (troisième essai)"),
    Cas("ex7_1", _fiche(decision="La directrice lira cette fiche avec attention lors du comité."),
        "Votre option est « ne pas déployer », mais", "une décision qui ne dit pas ce qui est proposé"),
    Cas("ex7_1", _fiche(option="reporter", decision="La directrice lira cette fiche avec attention lors du comité."),
        "Votre option est « reporter »", "« reporter » sans dire jusqu'à quoi"),
    Cas("ex7_1", _fiche(option="étiquettes auditées", decision="Nous proposons la meilleure option, avec un audit "
                                                                "chaque trimestre."),
        "nommez-la aussi dans", "l'option pas nommée dans la décision"),
    Cas("ex7_1", _fiche(option="sans quartier",
                        decision="Retirer la colonne quartier puis déployer ce modèle corrigé, avec un audit chaque "
                                 "trimestre : le biais lié au lieu de résidence est ainsi réglé."),
        "L'option « sans quartier » ne respecte pas la règle du comité", "une option non conforme, sans le dire"),
    Cas("ex7_1", _fiche(option="étiquettes auditées",
                        decision="Déployer le modèle réappris sur les étiquettes auditées, bien qu'il ne respecte pas la "
                                 "règle pour l'écriture informelle ou fautive : c'est l'option la plus proche."),
        "sans dire quand ses écarts seront remesurés", "une option déployée sans suivi"),
    # le contrôle humain : qui, quoi, quand, sans condition
    *(Cas("ex7_1", _fiche(controle_humain=texte), message, erreur) for texte, message, erreur in _CONTROLES),
    # les constats : des chiffres du lab, au bon groupe, à la bonne décision
    Cas("ex7_1", _fiche(constats="Le modèle manque 18 et 17 de vraies urgences en plus dans les quartiers prioritaires."),
        "sans unité", "des nombres sans unité"),
    Cas("ex7_1", _fiche(constats="Le modèle manque 99 % des urgences des quartiers prioritaires et 98 % pour les femmes."),
        "aucun résultat de ce lab pour ce groupe", "des chiffres inventés"),
    Cas("ex7_1", _fiche(constats="Le modèle manque 90 % des vraies urgences des femmes, contre 10 % pour les hommes."),
        "est rattaché au groupe « femmes »", "des chiffres inventés, attachés aux femmes et aux hommes"),
    Cas("ex7_1", _fiche(constats=_Calcule('f"Le modèle manque {_hm} % des vraies urgences des femmes, contre {_f} % '
                                          'pour les hommes."')),
        "les deux groupes sont-ils inversés", "femmes et hommes inversés"),
    Cas("ex7_1", _fiche(constats="L'écart entre quartiers prioritaires et autres quartiers est de 22,6 % pour le modèle, "
                                 "et de 30,6 % pour l'historique."),
        "ressemble à un résultat en points", "un écart écrit en %"),
    Cas("ex7_1", _fiche(constats="Le modèle signale 88 % des demandes urgentes et en manque 93 %."),
        "ne correspond à aucun résultat de ce lab", "un chiffre inventé, sans groupe"),
    Cas("ex7_1", _fiche(constats="Le modèle du prestataire signale 16 % des demandes, alors que 19 % sont urgentes."),
        "sans dire pour qui", "des chiffres sans groupe"),
    Cas("ex7_1", _fiche(constats=_Calcule('f"Le modèle manque {_f} % des vraies urgences des femmes contre {_hm_hist} % '
                                          'pour les hommes."')),
        "ne viennent pas d'une même comparaison", "deux chiffres face à face pris dans deux comparaisons"),
    Cas("ex7_1", _fiche(constats=_Calcule('f"Le modèle manque {_ailleurs} % des vraies urgences des quartiers prioritaires '
                                          'contre {_q} % pour les autres quartiers."')),
        "les deux groupes sont-ils inversés", "quartiers prioritaires et ailleurs inversés"),
    Cas("ex7_1", _fiche(constats="Le modèle manque 56 % des vraies urgences des quartiers prioritaires contre 25 % "
                                 "ailleurs."),
        "c'est un résultat des décisions historiques des agent·es", "les chiffres de l'historique donnés au modèle"),
    Cas("ex7_1", _fiche(constats="Le modèle du prestataire manque 30,6 points de vraies urgences en plus dans les "
                                 "quartiers prioritaires et 33,0 points en plus pour l'écriture informelle ou fautive."),
        "est attribué à « modèle du prestataire »", "les écarts de l'historique donnés au modèle (troisième essai)"),
    Cas("ex7_1", _fiche(constats="Les agent·es manquaient 55 % des vraies urgences des quartiers prioritaires contre "
                                 "37 % ailleurs."),
        "c'est un résultat de « modèle du prestataire »", "les chiffres du modèle donnés à l'historique"),
    Cas("ex7_1", _fiche(constats="Le modèle manque 25 points de vraies urgences en plus pour les femmes signalant un "
                                 "harcèlement et 22,6 points dans les quartiers prioritaires."),
        "ne vaut 25 points", "un écart inventé, « 25 points » (troisième essai)"),
    Cas("ex7_1", _fiche(constats="Dans les quartiers prioritaires, 56 % des vraies urgences sont manquées contre 25 % "
                                 "ailleurs."),
        "ne dit pas de quelle décision il vient", "des chiffres sans la décision qui les donne (quatrième essai)"),
    # cinquième essai (Nadia) : des déploiements déguisés, des chiffres d'un autre sujet, une fiche sans raison
    Cas("ex7_1", _fiche(decision="Ne pas déployer le modèle du prestataire dans les quartiers prioritaires ; partout "
                                 "ailleurs il décidera seul dès demain."),
        "ne refuse le modèle du prestataire que pour une partie des demandes", "un refus limité aux quartiers "
        "prioritaires, le modèle seul ailleurs (cinquième essai)"),
    Cas("ex7_1", _fiche(decision="Ne pas déployer le modèle du prestataire ? Non : le déployer tel quel dès demain."),
        "Votre décision met en service le modèle du prestataire (« le déployer", "« ne pas déployer ? Non : le "
        "déployer » (cinquième essai)"),
    Cas("ex7_1", _fiche(decision="Ne pas déployer le modèle du prestataire."),
        "retient « ne pas déployer » sans dire pourquoi", "un refus sans raison (cinquième essai)"),
    Cas("ex7_1", _fiche(option="repondéré", decision="Retenir l'option repondéré, qui ne respecte pas la règle, tant "
                                                      "pis ; remesure des écarts dans un an."),
        "mais pas pour quel groupe", "une option hors de la règle, sans groupe (cinquième essai)"),
    Cas("ex7_1", _fiche(option="repondéré", decision="Retenir l'option repondéré, qui ne respecte pas la règle pour "
                                                      "l'écriture informelle ou fautive, parce que bof ; remesure des "
                                                      "écarts dans un an."),
        "retient l'option « repondéré » sans dire pourquoi", "une option hors de la règle, « parce que bof » "
        "(cinquième essai)"),
    Cas("ex7_1", _fiche(constats="Le modèle du prestataire manque 46 % des vraies urgences de harcèlement signalées par "
                                 "des femmes, contre 40 % pour les hommes."),
        "mais c'est un résultat des autres sujets", "les chiffres des autres sujets donnés au harcèlement "
        "(cinquième essai)"),
    Cas("ex7_1", _fiche(constats="Le modèle du prestataire manque 22,6 points de vraies urgences en plus dans les "
                                 "quartiers prioritaires, ce qui est grave."),
        "vous n'en citez qu'un, « 22,6 points »", "un seul chiffre (cinquième essai)"),
    Cas("ex7_1", _fiche(constats="Le modèle du prestataire manque 22,6 points de vraies urgences en plus dans les "
                                 "quartiers prioritaires et 0 % pour le genre non renseigné."),
        "ne vaut 0 %", "un 0 % inventé (cinquième essai)"),
    Cas("ex7_1", _fiche(controle_humain="Un agent relit un échantillon de 1 demande tirée au hasard, une fois par an."),
        "Votre contrôle relit 1 demande par an", "un échantillon d'une demande par an (cinquième essai)"),
    Cas("ex7_1", _fiche(donnees="800 000 demandes de 1990 à 1995 ; la vérité est ce que dit le prestataire."),
        "parle de 1990", "une période inventée (cinquième essai)"),
    Cas("ex7_1", _fiche(donnees="800 000 demandes de la métropole ; la vérité est ce que dit le prestataire."),
        "parle de « 800 000 demandes »", "un nombre de demandes inventé (cinquième essai)"),
    Cas("ex7_1", _fiche(donnees="Les 12 000 demandes ; la vérité de référence est ce que dit le prestataire."),
        "prend pour vérité ce que dit le prestataire", "le prestataire pris pour vérité (cinquième essai)"),
    Cas("ex7_1", _fiche(indicateurs="L'exactitude globale du modèle sur toutes les demandes de la métropole."),
        "ne retient que l'exactitude globale", "l'exactitude globale pour seul indicateur (cinquième essai)"),
    Cas("ex7_1", _fiche(groupes="Les quartiers prioritaires et les femmes qui signalent un harcèlement, voilà."),
        "ne dit à quoi on compare ces groupes", "des groupes sans comparaison (cinquième essai)"),
    Cas("ex7_1", _fiche(controle_humain=None), "Il manque les rubriques controle_humain", "une rubrique supprimée",
        plante=True),
    Cas("ex7_1", 'fiche_audit = "Le modèle manque 18 points de vraies urgences en plus dans les quartiers prioritaires."',
        "devrait être un dictionnaire", "un texte au lieu du dictionnaire"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "Ces trois affaires montrent que les algorithmes peuvent être biaisés. Il faut faire attention "
                   "avec le modèle d'urgence de Méridanne.",
    "reflexion_2": "Il faut le service informatique, la direction et le prestataire pour bien décider.",
    "reflexion_3": "Je recommande les seuils par groupe, car c'est plus simple. On dira aux habitant·es que "
                   "c'est corrigé.",
}
