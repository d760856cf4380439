"""Outils du Lab 02 : auditer un modèle d'urgence, groupe par groupe.

Ce que le notebook importe :

- ``GROUPES_AUDIT``, ``ajouter_groupes`` : les trois groupes de l'audit (quartier prioritaire,
  écriture informelle ou fautive, femmes qui signalent un harcèlement ou une insécurité) ;
- ``scores_hors_echantillon``, ``decider`` : le modèle d'urgence, jugé sans tricher
  (validation croisée), réglé pour signaler un volume donné de demandes ;
- ``taux_manquees``, ``ecarts_par_groupe``, ``ECARTS_FICHE`` : les mesures (avec fairlearn) ;
- ``tracer_taux_manquees``, ``tracer_options`` : les graphiques ;
- ``modele_texte``, ``est_urgente``, ``contrefactuel``, ``CHANGEMENTS`` : les tests contrefactuels ;
- ``poids_reequilibrage``, ``ScoreDejaCalcule``, ``seuils_par_groupe``, ``bilan_option``,
  ``comparer_corrections`` : les corrections ;
- ``format_points`` : « 1,2 point », « 17,6 points » ;
- ``afficher_fiche_audit``, ``RUBRIQUES_FICHE`` : la fiche d'audit ;
- widgets : ``explorer_ecarts``, ``curseur_options``.

Chaque widget s'appuie sur une fonction ordinaire, testée à part ; à sa création, il
calcule et affiche une première fois (il fonctionne donc aussi sous papermill).
"""

from __future__ import annotations

import re

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from fairlearn.metrics import MetricFrame, false_negative_rate, selection_rate
from scipy import sparse
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

from . import _A_LA_DEMANDE
from .corpus import bruit
from .corpus import territoire as T
from .graphiques import PALETTE, graduations_a_la_francaise
from .texte import format_nombre, format_pourcentage, sans_accents
from .widgets import assembler_widget, remplir_sortie

# Les noms publics sont listés une seule fois, dans civiclabs/__init__.py (chargement au premier usage).
__all__ = list(_A_LA_DEMANDE["biais"])

REGISTRES_INFORMELS = ["familier", "télégraphique", "français non natif"]

# colonne ajoutée -> (groupe audité, groupe de comparaison). Les noms disent qui est dedans : le
# groupe de comparaison du signalement contient aussi les demandes du même sujet faites par des
# hommes ou sans genre renseigné (le Lab 02 compare femmes et hommes à sujet égal, section 5).
SUJET_HARCELEMENT = "harcèlement et insécurité"
GROUPES_AUDIT = {
    "groupe_quartier": ("quartier prioritaire", "autre quartier"),
    "groupe_ecriture": ("informelle ou fautive", "autre écriture"),
    "groupe_signalement": ("femme signalant harcèlement ou insécurité", "toute autre demande (y compris ce sujet)"),
}

# Écarts publiés dans data/README.md (points de pourcentage de vraies urgences manquées,
# groupe audité moins groupe de comparaison), mesurés sur les 12 000 demandes.
ECARTS_FICHE = pd.DataFrame(
    {
        "étiquette historique": [30.6, 33.0, 47.0],
        "modèle du prestataire": [22.6, 19.0, 16.4],
        "modèle sans quartier": [6.6, 20.6, 16.9],
    },
    index=list(GROUPES_AUDIT),
)


def _verifier_colonnes(table: pd.DataFrame, colonnes, nom: str = "le tableau") -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"On attend un tableau pandas (DataFrame) ; reçu : {type(table).__name__}.")
    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        raise KeyError(
            f"Il manque la ou les colonnes {', '.join(manquantes)} dans {nom}. "
            "Repartez du tableau donné par charger_demandes()."
        )


def ajouter_groupes(demandes: pd.DataFrame) -> pd.DataFrame:
    """Copie du tableau avec trois colonnes de groupes pour l'audit.

    - ``groupe_quartier`` : « quartier prioritaire » ou « autre quartier » ;
    - ``groupe_ecriture`` : « informelle ou fautive » (registre familier, télégraphique,
      français non natif, ou nombreuses fautes) ou « autre écriture » ;
    - ``groupe_signalement`` : « femme signalant harcèlement ou insécurité » (genre femme et
      sujet « harcèlement et insécurité ») ou « toute autre demande (y compris ce sujet) » : les
      signalements du même sujet faits par des hommes ou sans genre renseigné sont dans ce
      groupe de comparaison.
    """
    _verifier_colonnes(demandes, ["quartier_prioritaire", "registre", "orthographe", "genre", "sujet"])
    table = demandes.copy()
    prioritaire = table["quartier_prioritaire"].astype(bool)
    informelle = table["registre"].isin(REGISTRES_INFORMELS) | (table["orthographe"] == "nombreuses fautes")
    signalement = (table["genre"] == "femme") & (table["sujet"] == SUJET_HARCELEMENT)
    for colonne, masque in zip(GROUPES_AUDIT, (prioritaire, informelle, signalement)):
        oui, non = GROUPES_AUDIT[colonne]
        table[colonne] = np.where(masque, oui, non)
    return table


def _en_booleens(valeurs, nom: str) -> np.ndarray:
    """« urgente » / « non urgente », True / False ou 1 / 0 -> tableau de booléens."""
    serie = pd.Series(valeurs)
    if serie.dtype == bool:
        return serie.to_numpy()
    if pd.api.types.is_numeric_dtype(serie):
        if not serie.isin([0, 1]).all():
            if serie.between(0, 1).all():
                raise ValueError(
                    f"{nom} : on attend des décisions (vrai/faux, ou 0 et 1), et ce sont des scores entre 0 et 1. "
                    "Transformez-les d'abord en décisions : decider(scores, part=PART_URGENTE).")
            raise ValueError(f"{nom} : on attend des 0 et des 1 (ou des booléens).")
        return serie.astype(bool).to_numpy()
    textes = serie.astype(str)
    inconnues = sorted(set(textes) - {"urgente", "non urgente"})
    if inconnues:
        raise ValueError(
            f"{nom} : valeurs inattendues {inconnues[:3]} ; on attend « urgente » / « non urgente » "
            "ou des booléens (True pour urgente)."
        )
    return (textes == "urgente").to_numpy()


def _variables_par_pli(comptes, quartiers, apprentissage, evaluation):
    """TF-IDF appris sur les seules demandes d'apprentissage (vocabulaire et poids des mots),
    comme un ``TfidfVectorizer`` ajusté sur ce pli ; indicatrices de quartier en plus."""
    vocabulaire = np.flatnonzero(comptes[apprentissage].getnnz(axis=0))
    tfidf = TfidfTransformer().fit(comptes[apprentissage][:, vocabulaire])
    blocs = [tfidf.transform(comptes[lignes][:, vocabulaire]) for lignes in (apprentissage, evaluation)]
    if quartiers is not None:
        blocs = [sparse.hstack([bloc, quartiers[lignes]]).tocsr() for bloc, lignes in zip(blocs, (apprentissage, evaluation))]
    return blocs


def scores_hors_echantillon(
    demandes: pd.DataFrame,
    colonnes=("texte", "quartier"),
    etiquette: str = "urgence_historique",
    poids=None,
    graine: int = 0,
    apprendre_sur=None,
) -> pd.Series:
    """Score d'urgence (probabilité entre 0 et 1) de chaque demande, calculé sans tricher.

    Modèle : TF-IDF du texte (et, si ``colonnes`` contient ``"quartier"``, le quartier du
    formulaire en indicatrices), puis régression logistique, appris sur la colonne ``etiquette``.
    Validation croisée à 5 plis : les demandes sont coupées en 5 parts ; le modèle (vocabulaire
    compris) apprend sur 4 parts et note la 5e, cinq fois ; chaque demande est donc notée par
    un modèle qui ne l'a jamais vue. ``poids`` (facultatif) : un poids par demande pour
    l'apprentissage.

    ``apprendre_sur`` (facultatif) : des vrai/faux, un par demande. Le modèle n'apprend alors
    que sur ces demandes (par exemple l'échantillon d'audit, seul à avoir une étiquette
    vérifiée) : elles sont notées en validation croisée entre elles, et toutes les autres par
    un modèle appris sur elles toutes.
    """
    colonnes = [colonnes] if isinstance(colonnes, str) else list(colonnes)
    if "texte" not in colonnes or set(colonnes) - {"texte", "quartier"}:
        raise ValueError('colonnes : on attend ("texte",) ou ("texte", "quartier").')
    _verifier_colonnes(demandes, ["texte", "quartier", etiquette])
    cible = _en_booleens(demandes[etiquette], f"la colonne {etiquette}")
    if poids is not None:
        poids = np.asarray(poids, dtype=float)
        if poids.shape != (len(demandes),):
            raise ValueError(f"poids : on attend un poids par demande ({len(demandes)}), reçu {poids.shape}.")
    # Compter les mots ne dépend pas des étiquettes : on le fait une fois, puis chaque pli
    # garde le vocabulaire et les poids TF-IDF de ses seules demandes d'apprentissage.
    comptes = CountVectorizer().fit_transform(demandes["texte"].astype(str)).tocsr()
    quartiers = None
    if "quartier" in colonnes:
        quartiers = OneHotEncoder(handle_unknown="ignore").fit_transform(demandes[["quartier"]].astype(str)).tocsr()
    scores = np.empty(len(demandes))

    def noter(apprentissage, evaluation):
        x_app, x_eval = _variables_par_pli(comptes, quartiers, apprentissage, evaluation)
        modele = LogisticRegression(max_iter=1000)
        modele.fit(x_app, cible[apprentissage], sample_weight=None if poids is None else poids[apprentissage])
        scores[evaluation] = modele.predict_proba(x_eval)[:, 1]

    plis = StratifiedKFold(5, shuffle=True, random_state=graine)
    if apprendre_sur is None:
        for apprentissage, evaluation in plis.split(comptes, cible):
            noter(apprentissage, evaluation)
    else:
        apprendre = np.asarray(apprendre_sur, dtype=bool)
        if apprendre.shape != (len(demandes),):
            raise ValueError(f"apprendre_sur : on attend un vrai/faux par demande ({len(demandes)}), reçu {apprendre.shape}.")
        lignes, autres = np.flatnonzero(apprendre), np.flatnonzero(~apprendre)
        for apprentissage, evaluation in plis.split(lignes, cible[lignes]):
            noter(lignes[apprentissage], lignes[evaluation])
        if len(autres):
            noter(lignes, autres)
    return pd.Series(scores, index=demandes.index, name="score")


def decider(scores, part: float) -> pd.Series:
    """Signale comme urgentes les demandes les mieux notées, ``part`` du total (entre 0 et 1).

    C'est la règle du prestataire : le modèle signale autant d'urgences que les agent·es
    en signalaient (même charge de travail). Renvoie des booléens (True = urgente).
    """
    if not 0 < part < 1:
        raise ValueError(f"part : on attend une proportion entre 0 et 1 (par exemple 0.16) ; reçu {part}.")
    scores = pd.Series(scores, dtype=float)
    seuil = np.quantile(scores.to_numpy(), 1 - part)
    return (scores >= seuil).rename("urgente")


def taux_manquees(vrai, decision, groupes) -> MetricFrame:
    """``MetricFrame`` de fairlearn : par groupe, la part signalée urgente et la part des
    demandes réellement urgentes que la décision a manquées (taux de faux négatifs)."""
    cadre = MetricFrame(
        metrics={"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate},
        y_true=_en_booleens(vrai, "vrai"),
        y_pred=_en_booleens(decision, "decision"),
        sensitive_features=_groupes_nommes(groupes),
    )
    # marqué : l'exercice 2.3 du Lab 02 demande de construire le MetricFrame soi-même
    cadre.calcule_par_taux_manquees = True
    return cadre


def _groupes_nommes(groupes) -> pd.Series:
    """Les groupes en textes, avec un nom de colonne lisible dans les tableaux de fairlearn."""
    if isinstance(groupes, pd.Series):
        return groupes.astype(str).reset_index(drop=True)
    return pd.Series(np.asarray(groupes).astype(str), name="groupe")


def ecarts_par_groupe(demandes: pd.DataFrame, decision) -> pd.DataFrame:
    """Pour chacun des trois groupes de l'audit : vraies urgences manquées dans le groupe et
    dans le groupe de comparaison, écart en points (groupe moins comparaison) et effectifs
    de vraies urgences. ``demandes`` doit venir de ``ajouter_groupes``."""
    _verifier_colonnes(demandes, ["urgence_reference", *GROUPES_AUDIT], "le tableau (passez-le par ajouter_groupes)")
    decision = _en_booleens(decision, "decision")
    if len(decision) != len(demandes):
        raise ValueError(f"decision : une valeur par demande attendue ({len(demandes)}), reçu {len(decision)}.")
    vrai = _en_booleens(demandes["urgence_reference"], "urgence_reference")
    lignes = {}
    for colonne, (oui, non) in GROUPES_AUDIT.items():
        # même calcul que taux_manquees (fairlearn), en plus rapide : parmi les vraies
        # urgences, la part non signalée, groupe par groupe
        groupes = demandes[colonne].to_numpy()[vrai]
        par_groupe = pd.Series(~decision[vrai]).groupby(groupes).mean()
        effectifs = pd.Series(groupes).value_counts()
        lignes[colonne] = {
            "groupe audité": oui,
            "manquées dans le groupe": par_groupe[oui],
            "manquées ailleurs": par_groupe[non],
            "écart (points)": 100 * (par_groupe[oui] - par_groupe[non]),
            "vraies urgences du groupe": int(effectifs[oui]),
        }
    return pd.DataFrame(lignes).T.astype({"manquées dans le groupe": float, "manquées ailleurs": float,
                                          "écart (points)": float, "vraies urgences du groupe": int})


def tracer_taux_manquees(cadre: MetricFrame, titre: str, axe_groupes: str, ax=None):
    """Deux barres par groupe : part signalée urgente et vraies urgences manquées."""
    if not isinstance(cadre, MetricFrame):
        raise TypeError("On attend un MetricFrame de fairlearn (voir taux_manquees).")
    if ax is None:
        _, ax = plt.subplots()
    cadre.by_group[["part signalée urgente", "vraies urgences manquées"]].plot.bar(
        ax=ax, color=[PALETTE[0], PALETTE[5]], rot=0)
    ax.set_ylim(0, 1)
    graduations_a_la_francaise(ax, "y", pourcentage=True)
    ax.set_title(titre)
    ax.set_xlabel(axe_groupes)
    ax.set_ylabel("Part (en %)")
    ax.legend(["demandes signalées urgentes (sur toutes les demandes du groupe)",
               "vraies urgences manquées (sur les vraies urgences du groupe)"], loc="upper left", fontsize=9)
    return ax


# --- Contrefactuels -------------------------------------------------------------------

def modele_texte(demandes: pd.DataFrame, etiquette: str = "urgence_historique") -> Pipeline:
    """Le modèle d'urgence sur le texte seul (TF-IDF + régression logistique), appris sur
    toutes les demandes ; il prend une liste de textes."""
    _verifier_colonnes(demandes, ["texte", etiquette])
    modele = Pipeline([("tfidf", TfidfVectorizer()), ("modele", LogisticRegression(max_iter=1000))])
    return modele.fit(demandes["texte"].astype(str).tolist(), _en_booleens(demandes[etiquette], etiquette))


def est_urgente(modele, textes, seuil: float) -> np.ndarray:
    """True pour chaque texte dont le score d'urgence atteint ``seuil``."""
    textes = pd.Series(textes).astype(str).tolist()
    return modele.predict_proba(textes)[:, 1] >= seuil


_FEMININ_MASCULIN = {
    "Mme": "M.", "Madame": "Monsieur", "madame": "monsieur",
    "une femme": "un homme", "Une femme": "Un homme", "femme âgée": "homme âgé",
    "seule": "seul", "inquiète": "inquiet", "inquiete": "inquiet", "suivie": "suivi",
    "rappelée": "rappelé", "rappelee": "rappelé", "habitante": "habitant", "obligée": "obligé",
    "obligee": "obligé", "informée": "informé", "attrapée": "attrapé", "épiée": "épié",
    "epiee": "épié", "étudiante": "étudiant", "insultée": "insulté", "insultee": "insulté",
    "veuve": "veuf", "touchée": "touché", "contrainte": "contraint", "infirmière": "infirmier",
    "excédée": "excédé", "excedee": "excédé", "bousculée": "bousculé", "retraitée": "retraité",
    "retraitee": "retraité", "encerclée": "encerclé", "menacée": "menacé", "agressée": "agressé",
    "agressee": "agressé",
}
# Le changement ne touche que les mots qui disent le genre : une grossesse mentionnée (« Je suis
# enceinte et je me sens… ») reste dans le texte. La retirer changerait aussi la situation décrite.
_FEMININ_MASCULIN.update(dict(zip(T.PRENOMS_FEMMES, T.PRENOMS_HOMMES)))

# Chaque quartier prioritaire est remplacé par un autre quartier, rue pour rue.
_ECHANGE_QUARTIERS = {
    "Les Tilleuls": "Saint-Clair", "Les Hauts-de-Sorgue": "Bellerive",
    "Val-d'Ambre": "Champ-Fleuri", "La Pépinière": "La Croix-Verte",
}


def _remplacements_quartiers() -> dict[str, str]:
    table = {}
    for source, cible in _ECHANGE_QUARTIERS.items():
        for rue_source, rue_cible in zip(T.RUES[source], T.RUES[cible]):
            for forme in (T.avec_de, T.avec_article):
                a, b = forme(rue_source), forme(rue_cible)
                table[a] = b
                table[a[0].upper() + a[1:]] = b[0].upper() + b[1:]
            table[rue_source] = rue_cible
        table[source] = cible
    table.update(dict(zip(T.LIEUX_PRIORITAIRES, T.LIEUX)))
    table.update({sans_accents(a): sans_accents(b) for a, b in list(table.items())})
    return table


def _remplaceur(table: dict[str, str]):
    cles = sorted(table, key=len, reverse=True)
    motif = re.compile(r"(?<!\w)(" + "|".join(re.escape(c) for c in cles) + r")(?!\w)")
    return lambda texte: motif.sub(lambda m: table[m.group(1)], texte)


_VERS_MASCULIN = _remplaceur(_FEMININ_MASCULIN)
_VERS_AUTRE_QUARTIER = _remplaceur(_remplacements_quartiers())

CHANGEMENTS = {
    "genre": "formes féminines et prénoms féminins remplacés par leurs équivalents masculins ; le reste du "
             "texte, sujet et situation compris (une grossesse mentionnée, par exemple), ne change pas",
    "quartier": "rues et lieux d'un quartier prioritaire remplacés par ceux d'un autre quartier",
    "fautes": "nombreuses fautes ajoutées (accents, homophones, fautes de frappe)",
}


def contrefactuel(textes, changement: str, graine: int = 0) -> pd.Series:
    """Les mêmes textes, avec un seul changement (voir ``CHANGEMENTS``) :

    - ``"genre"`` : « Mme » devient « M. », « inquiète » devient « inquiet », « Nadia »
      devient « Jean-Marc »… ;
    - ``"quartier"`` : « rue des Tilleuls (Les Tilleuls) » devient « rue Saint-Clair (Saint-Clair) »… ;
    - ``"fautes"`` : le texte est réécrit avec de nombreuses fautes.

    Un texte que le changement ne touche pas reste identique.
    """
    if changement not in CHANGEMENTS:
        raise ValueError(f"Changement inconnu : « {changement} ». Choix : {', '.join(CHANGEMENTS)}.")
    serie = pd.Series(textes).astype(str)
    if changement == "genre":
        return serie.map(_VERS_MASCULIN)
    if changement == "quartier":
        return serie.map(_VERS_AUTRE_QUARTIER)
    rng = np.random.default_rng(graine)
    return serie.map(lambda texte: bruit.lourdes(texte, rng))


# --- Corrections ----------------------------------------------------------------------

def poids_reequilibrage(groupes, etiquettes) -> np.ndarray:
    """Poids de « repondération » (Kamiran et Calders, 2012) : chaque demande reçoit
    P(groupe) × P(étiquette) / P(groupe et étiquette). Dans les données ainsi pondérées,
    l'étiquette ne dépend plus du groupe."""
    groupes = pd.Series(groupes).astype(str).to_numpy()
    etiquettes = pd.Series(etiquettes).astype(str).to_numpy()
    if len(groupes) != len(etiquettes):
        raise ValueError("groupes et etiquettes doivent avoir la même longueur.")
    poids = np.empty(len(groupes))
    for g in np.unique(groupes):
        for e in np.unique(etiquettes):
            masque = (groupes == g) & (etiquettes == e)
            if masque.any():
                poids[masque] = (groupes == g).mean() * (etiquettes == e).mean() / masque.mean()
    return poids


class ScoreDejaCalcule(BaseEstimator):
    """Un « modèle » qui renvoie un score déjà calculé (colonne ``score`` du tableau).

    Sert à donner à ``ThresholdOptimizer`` de fairlearn les scores hors échantillon :
    ``ThresholdOptimizer(estimator=ScoreDejaCalcule().fit(X), prefit=True, predict_method="predict", …)``.
    """

    def fit(self, X, y=None):
        _verifier_colonnes(X, ["score"])
        self.est_pret_ = True
        return self

    def predict(self, X):
        _verifier_colonnes(X, ["score"])
        return X["score"].to_numpy(dtype=float)


def bilan_option(demandes: pd.DataFrame, decision) -> dict:
    """Exactitude (par rapport à l'urgence de référence), part signalée urgente, et écart
    (points) de vraies urgences manquées pour chacun des trois groupes de l'audit."""
    vrai = _en_booleens(demandes["urgence_reference"], "urgence_reference")
    ecarts = ecarts_par_groupe(demandes, decision)["écart (points)"]
    decision = _en_booleens(decision, "decision")
    return {"exactitude": float((decision == vrai).mean()), "part signalée urgente": float(decision.mean()),
            **{f"écart {GROUPES_AUDIT[c][0]}": float(ecarts[c]) for c in GROUPES_AUDIT}}


def seuils_par_groupe(demandes: pd.DataFrame, scores, groupes: str = "groupe_quartier", graine: int = 0) -> np.ndarray:
    """Décisions de ``ThresholdOptimizer`` (fairlearn) : un seuil par groupe, choisi sur
    l'échantillon d'audit pour égaliser les vraies urgences manquées, appliqué à toutes les demandes."""
    from fairlearn.postprocessing import ThresholdOptimizer

    _verifier_colonnes(demandes, ["echantillon_audit", "urgence_reference", groupes])
    X = pd.DataFrame({"score": np.asarray(scores, dtype=float)}, index=demandes.index)
    audit = demandes["echantillon_audit"].astype(bool).to_numpy()
    optimiseur = ThresholdOptimizer(estimator=ScoreDejaCalcule().fit(X), constraints="false_negative_rate_parity",
                                    objective="balanced_accuracy_score", prefit=True, predict_method="predict")
    optimiseur.fit(X[audit], _en_booleens(demandes["urgence_reference"], "urgence_reference")[audit],
                   sensitive_features=demandes.loc[audit, groupes].astype(str))
    return optimiseur.predict(X, sensitive_features=demandes[groupes].astype(str), random_state=graine).astype(bool)


def comparer_corrections(demandes: pd.DataFrame, part: float, graine: int = 0,
                         scores_prestataire=None) -> tuple[dict, dict]:
    """Calcule toutes les options de la section 6 du Lab 02, chacune à sa façon :

    renvoie ``(scores, decisions)`` : les scores hors échantillon des options à score (modèle du
    prestataire, sans quartier, repondéré, étiquettes auditées, étiquettes auditées de
    l'échantillon seul) et les décisions de toutes les options (plus l'étiquette historique et les
    seuils par groupe de quartier), chaque option à ``part`` de demandes signalées (sauf les seuils
    par groupe, qui choisissent leur volume). ``scores_prestataire`` : les scores du modèle du
    prestataire s'ils sont déjà calculés.

    Les options ne voient pas toutes la même quantité de vérité : « étiquettes auditées » apprend
    l'urgence de référence de toutes les demandes ; « seuils par groupe » et « étiquettes
    auditées (échantillon) » ne la voient que sur l'échantillon d'audit : ces deux-là se comparent
    à données égales."""
    _verifier_colonnes(demandes, ["groupe_quartier", "urgence_historique", "urgence_reference", "echantillon_audit"],
                       "le tableau (passez-le par ajouter_groupes)")
    if scores_prestataire is None:
        scores_prestataire = scores_hors_echantillon(demandes, graine=graine)
    prestataire = pd.Series(np.asarray(scores_prestataire, dtype=float), index=demandes.index, name="score")
    scores = {
        "modèle du prestataire": prestataire,
        "sans quartier": scores_hors_echantillon(demandes, colonnes=("texte",), graine=graine),
        "repondéré": scores_hors_echantillon(
            demandes, poids=poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"]),
            graine=graine),
        "étiquettes auditées": scores_hors_echantillon(demandes, etiquette="urgence_reference", graine=graine),
        "étiquettes auditées (échantillon)": scores_hors_echantillon(
            demandes, etiquette="urgence_reference", graine=graine,
            apprendre_sur=demandes["echantillon_audit"].astype(bool)),
    }
    for nom, valeurs in scores.items():
        # Marque d'origine : elle suit les copies (.copy(), opérations de pandas) et permet à un
        # exercice de reconnaître des scores du cours recopiés au lieu d'être recalculés.
        valeurs.attrs["calcul_du_cours"] = nom
    decisions = {"étiquette historique (agent·es)": _en_booleens(demandes["urgence_historique"], "urgence_historique")}
    decisions.update({nom: decider(valeurs, part).to_numpy() for nom, valeurs in scores.items()})
    decisions["seuils par groupe"] = seuils_par_groupe(demandes, prestataire, graine=graine)
    return scores, decisions


def format_points(valeur: float) -> str:
    """« 1,2 point », « 17,6 points », « −4,0 points » : toujours une décimale, pour que des écarts
    cités côte à côte se lisent de la même façon (pluriel à partir de 2, vrai signe moins)."""
    arrondi = round(abs(float(valeur)), 1)
    signe = "−" if valeur < 0 and arrondi > 0 else ""
    return f"{signe}{format_nombre(abs(valeur), 1, garder_zeros=True)} point{'s' if arrondi >= 2 else ''}"


def tracer_options(options: pd.DataFrame, ax=None, regle: float | None = None):
    """Écarts de vraies urgences manquées (en points) par option, un groupe par couleur.
    ``regle`` : la règle du comité (écart maximal accepté, en points), tracée en pointillés."""
    colonnes = [c for c in options.columns if c.startswith("écart ")]
    if not colonnes:
        raise KeyError("On attend les colonnes « écart … » produites par bilan_option.")
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 5))
    options[colonnes].rename(columns=lambda c: c.removeprefix("écart ")).plot.barh(
        ax=ax, color=[PALETTE[0], PALETTE[1], PALETTE[5]])
    ax.axvline(0, color="black", linewidth=0.8)
    if regle is not None:
        ax.axvline(regle, color=PALETTE[7], linestyle="--", linewidth=1.5,
                   label=f"règle du comité : au plus {format_nombre(regle, 1)} points")
    ax.invert_yaxis()
    ax.set_title("Écart de vraies urgences manquées, par option")
    ax.set_xlabel("Écart en points (groupe audité moins les autres ; 0 = égalité)")
    ax.set_ylabel("Option")
    ax.legend(title="Groupe audité", loc="upper center", bbox_to_anchor=(0.5, -0.15), ncols=4 if regle is not None else 3,
              fontsize=9)
    ax.figure.tight_layout()
    return ax


# --- Fiche d'audit --------------------------------------------------------------------

RUBRIQUES_FICHE = {
    "donnees": "Données",
    "groupes": "Groupes comparés",
    "indicateurs": "Indicateurs",
    "constats": "Constats chiffrés",
    "option": "Option retenue",
    "decision": "Décision",
    "controle_humain": "Ce qu'un humain doit vérifier",
}


def afficher_fiche_audit(fiche: dict):
    """Met la fiche d'audit (un dictionnaire) en tableau, rubrique par rubrique, sans couper
    les textes. Renvoie un tableau mis en forme (``Styler`` de pandas ; ``.data`` : le tableau).

    Clés attendues : ``donnees``, ``groupes``, ``indicateurs``, ``constats``, ``option`` (le nom
    d'une option de la section 6, ou « ne pas déployer », « reporter »), ``decision``,
    ``controle_humain`` ; chaque valeur est un texte.
    """
    if not isinstance(fiche, dict):
        raise TypeError(f"La fiche d'audit est un dictionnaire {{\"rubrique\": \"texte\"}} ; reçu : {type(fiche).__name__}.")
    manquantes = [cle for cle in RUBRIQUES_FICHE if cle not in fiche]
    if manquantes:
        raise KeyError(f"Rubriques manquantes dans la fiche : {', '.join(manquantes)}.")
    lignes = [(titre, str(fiche[cle]) if fiche[cle] is not None else "") for cle, titre in RUBRIQUES_FICHE.items()]
    tableau = pd.DataFrame(lignes, columns=["Rubrique", "Contenu"]).set_index("Rubrique")
    return tableau.style.set_properties(**{"text-align": "left", "white-space": "pre-wrap"}).set_caption("Fiche d'audit")


# --- Widgets --------------------------------------------------------------------------

def _lecture_ecarts(cadre: MetricFrame, nom_decision: str) -> str:
    manquees = cadre.by_group["vraies urgences manquées"].dropna()
    if manquees.empty:
        return "aucune vraie urgence dans ces groupes."
    pire, meilleur = manquees.idxmax(), manquees.idxmin()
    return (f"avec « {nom_decision} », le groupe « {pire} » voit {format_pourcentage(manquees[pire])} "
            f"de ses vraies urgences manquées, le groupe « {meilleur} » {format_pourcentage(manquees[meilleur])} "
            f"(écart : {format_points(100 * (manquees[pire] - manquees[meilleur]))}).")


def explorer_ecarts(demandes: pd.DataFrame, decisions: dict, colonnes=("groupe_quartier", "groupe_ecriture",
                    "groupe_signalement", "genre", "tranche_age", "canal")):
    """Widget : choisir une décision (étiquette historique, modèle…) et une façon de former
    les groupes ; on voit, groupe par groupe, la part signalée urgente et les vraies
    urgences manquées. ``decisions`` : {nom: booléens ou « urgente »/« non urgente »}."""
    _verifier_colonnes(demandes, ["urgence_reference", *colonnes])
    vrai = _en_booleens(demandes["urgence_reference"], "urgence_reference")
    decisions = {nom: _en_booleens(valeurs, nom) for nom, valeurs in decisions.items()}
    menu_decision = widgets.Dropdown(options=list(decisions), description="Décision")
    menu_groupes = widgets.Dropdown(options=list(colonnes), description="Groupes")
    sortie = widgets.Output()

    def actualiser(*_):
        cadre = taux_manquees(vrai, decisions[menu_decision.value], demandes[menu_groupes.value])
        figure, ax = plt.subplots()
        tracer_taux_manquees(cadre, f"{menu_decision.value} : qui est signalé, qui est manqué",
                             menu_groupes.value.replace("_", " "), ax=ax)
        ax.tick_params(axis="x", labelrotation=15)
        remplir_sortie(sortie, figure, f"📖 Lecture : {_lecture_ecarts(cadre, menu_decision.value)}")

    return assembler_widget([widgets.HBox([menu_decision, menu_groupes])], [menu_decision, menu_groupes],
                            sortie, actualiser)


def curseur_options(demandes: pd.DataFrame, scores: dict, part: float = 0.16):
    """Widget : choisir une option (un score par option) et la part des demandes signalées
    urgentes ; on voit l'exactitude et les vraies urgences manquées de chaque groupe audité."""
    menu = widgets.Dropdown(options=list(scores), description="Option")
    curseur = widgets.FloatSlider(value=part, min=0.08, max=0.40, step=0.01, description="Part urgente",
                                  continuous_update=False, readout_format=".0%")
    sortie = widgets.Output()

    def actualiser(*_):
        decision = decider(scores[menu.value], curseur.value)
        ecarts = ecarts_par_groupe(demandes, decision)
        bilan = bilan_option(demandes, decision)
        figure, ax = plt.subplots()
        valeurs = ecarts.set_index("groupe audité")[["manquées dans le groupe", "manquées ailleurs"]]
        valeurs.plot.bar(ax=ax, color=[PALETTE[5], PALETTE[0]], rot=0)
        ax.set_ylim(0, 1)
        graduations_a_la_francaise(ax, "y", pourcentage=True)
        ax.set_title(f"{menu.value} : vraies urgences manquées ({format_pourcentage(curseur.value)} signalées)")
        ax.set_xlabel("Groupe audité")
        ax.set_ylabel("Vraies urgences manquées (en %)")
        ax.legend(["dans le groupe", "ailleurs"], loc="upper right")
        texte = (f"📖 Lecture : exactitude {format_pourcentage(bilan['exactitude'])} ; écarts : "
                 + " ; ".join(f"{ligne['groupe audité']} {format_points(ligne['écart (points)'])}"
                              for _, ligne in ecarts.iterrows())
                 + ". Signaler plus de demandes réduit les manques partout, mais ne comble pas forcément les écarts.")
        remplir_sortie(sortie, figure, texte)

    return assembler_widget([widgets.HBox([menu, curseur])], [menu, curseur], sortie, actualiser)
