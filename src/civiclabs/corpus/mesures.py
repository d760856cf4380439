"""Mesures de réalisme et de difficulté des corpus (utilisées par les tests et la fiche de données).

Chaque fonction recalcule sa mesure à partir des données : rien n'est figé ici.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, normalized_mutual_info_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.neighbors import NearestNeighbors
from sklearn.pipeline import make_pipeline

from ..texte import mots_vides

GRAINE = 0
_MOT = re.compile(r"\w+")


def _plis(graine=GRAINE):
    return StratifiedKFold(n_splits=5, shuffle=True, random_state=graine)


def _modele():
    # TF-IDF et régression logistique avec leurs réglages par défaut ;
    # seul max_iter est relevé pour que l'optimisation converge.
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))


def predictions_croisees(textes, cibles) -> np.ndarray:
    """Prédictions hors échantillon (validation croisée stratifiée à 5 plis)."""
    return cross_val_predict(_modele(), list(textes), np.asarray(cibles), cv=_plis())


def f1_macro_croise(textes, cibles) -> float:
    return f1_score(np.asarray(cibles), predictions_croisees(textes, cibles), average="macro")


def regle_mots_cles(textes, cibles, nb_mots: int = 10) -> float:
    """F1 macro d'une règle « 10 mots-clés par classe », choisis sur chaque pli d'apprentissage.

    Les mots-clés d'une classe sont les mots (4 lettres ou plus, hors mots vides)
    dont la fréquence documentaire dans la classe dépasse le plus celle des autres
    classes. Une demande va à la classe dont elle contient le plus de mots-clés ;
    à égalité ou sans aucun mot-clé, à la classe la plus fréquente parmi les ex aequo.
    """
    textes = list(textes)
    cibles = np.asarray(cibles, dtype=object)
    vides = set(mots_vides())
    ensembles = [set(m for m in _MOT.findall(t.lower()) if len(m) >= 4 and m not in vides) for t in textes]
    predites = np.empty(len(textes), dtype=object)
    for app, test in _plis().split(textes, cibles):
        classes, effectifs = np.unique(cibles[app], return_counts=True)
        ordre = np.argsort(-effectifs)
        classes = classes[ordre]
        df_classe = {c: Counter() for c in classes}
        for i in app:
            df_classe[cibles[i]].update(ensembles[i])
        total = Counter()
        for c in classes:
            total.update(df_classe[c])
        n_classe = {c: int((cibles[app] == c).sum()) for c in classes}
        mots = {}
        for c in classes:
            n_autres = len(app) - n_classe[c]
            score = {m: k / n_classe[c] - (total[m] - k) / max(n_autres, 1) for m, k in df_classe[c].items()}
            mots[c] = set(sorted(score, key=lambda m: (-score[m], m))[:nb_mots])
        for i in test:
            touches = [len(ensembles[i] & mots[c]) for c in classes]
            predites[i] = classes[int(np.argmax(touches))]
    return f1_score(cibles, predites, average="macro")


def ecarts_urgence(tableau: pd.DataFrame, colonne: str = "urgence_historique") -> dict[str, dict]:
    """Écarts, parmi les demandes réellement urgentes, de la part classée « urgente » par `colonne`.

    Groupes (contre leur groupe de référence) : quartiers prioritaires (contre les autres
    quartiers), registre informel ou fautif (contre les autres registres), femmes signalant
    un harcèlement ou une insécurité (contre toutes les autres demandes urgentes) et, en
    complément, ces mêmes femmes contre les hommes qui signalent le même sujet.
    Pour chaque groupe : part dans le groupe, part dans le groupe de référence, écart en points.
    """
    ref = tableau[tableau["urgence_reference"] == "urgente"]
    urgente = ref[colonne].astype(str) == "urgente"
    informel = (ref["registre"].isin(["familier", "télégraphique", "français non natif"])
                | (ref["orthographe"] == "nombreuses fautes"))
    prio = ref["quartier_prioritaire"].astype(bool)
    harc = ref["sujet"] == "harcèlement et insécurité"
    femmes_harc = harc & (ref["genre"] == "femme")
    groupes = {
        "quartier prioritaire": (prio, ~prio),
        "registre informel ou fautif": (informel, ~informel),
        "femmes signalant harcèlement ou insécurité": (femmes_harc, ~femmes_harc),
        # complément : même sujet, hommes (petit effectif)
        "femmes contre hommes, même sujet": (femmes_harc, harc & (ref["genre"] == "homme")),
    }
    sortie = {}
    for nom, (groupe, reference) in groupes.items():
        a = float(urgente[groupe].mean())
        b = float(urgente[reference].mean())
        sortie[nom] = {"groupe": a, "reference": b, "ecart_points": 100 * (b - a),
                       "effectif_groupe": int(groupe.sum()), "effectif_reference": int(reference.sum())}
    return sortie


def nmi_themes(textes, themes, nb_themes: int | None = None, graine: int = GRAINE) -> float:
    """NMI entre les thèmes de référence et une NMF (autant de composantes que de thèmes) sur TF-IDF."""
    themes = np.asarray(themes)
    k = nb_themes or len(np.unique(themes))
    tfidf = TfidfVectorizer(stop_words=mots_vides(), min_df=2, max_df=0.5)
    x = tfidf.fit_transform(list(textes))
    w = NMF(n_components=k, random_state=graine, init="nndsvda", max_iter=400).fit_transform(x)
    return normalized_mutual_info_score(themes, w.argmax(axis=1))


# Réglages du détecteur de campagnes : au moins 20 voisines à cosinus ≥ 0,55,
# parmi les contributions d'au moins 15 mots (en deçà, un texte est trop court pour juger).
DETECTION_CAMPAGNES = {"seuil": 0.55, "voisins_min": 20, "mots_min": 15}


def detection_campagnes(textes, membres, seuil: float = 0.55, voisins_min: int = 20,
                        mots_min: int = 15) -> dict[str, float]:
    """Détection des contributions coordonnées par voisins cosinus sur n-grammes de caractères.

    Une contribution d'au moins `mots_min` mots est signalée si elle a au moins
    `voisins_min` voisines (autres contributions) de similarité cosinus ≥ `seuil`
    sur des n-grammes de 3 à 5 caractères (TF-IDF). Renvoie le rappel sur les
    membres de campagnes et la part de faux positifs parmi les signalées.
    """
    textes = pd.Series(list(textes))
    membres = np.asarray(membres, dtype=bool)
    assez_longs = (textes.str.split().str.len() >= mots_min).to_numpy()
    x = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
                        ).fit_transform(textes[assez_longs])
    nn = NearestNeighbors(n_neighbors=voisins_min + 1, metric="cosine").fit(x)
    distances, _ = nn.kneighbors(x)
    signale_longs = (1 - distances[:, voisins_min]) >= seuil  # la 1re voisine est le texte lui-même
    signale = np.zeros(len(textes), dtype=bool)
    signale[assez_longs] = signale_longs
    vp = int((signale & membres).sum())
    return {
        "rappel": vp / max(int(membres.sum()), 1),
        "faux_positifs": int((signale & ~membres).sum()) / max(int(signale.sum()), 1),
        "signalees": int(signale.sum()),
    }


def longueurs(textes) -> dict[str, float]:
    mots = pd.Series(list(textes)).str.split().str.len()
    return {"mediane": float(mots.median()), "part_moins_de_10": float((mots < 10).mean()),
            "part_plus_de_120": float((mots > 120).mean())}


def vocabulaire(*series) -> int:
    formes = set()
    for s in series:
        for t in s:
            formes.update(_MOT.findall(t.lower()))
    return len(formes)


def part_doublons(textes) -> float:
    """Part des textes qui sont la copie exacte d'un autre texte du même ensemble."""
    s = pd.Series(list(textes))
    return float(s.duplicated(keep=False).mean())


def predictions_modele_historique(tableau: pd.DataFrame) -> np.ndarray:
    """Ce que « dirait » un modèle entraîné sur l'urgence historique, hors échantillon.

    Modèle : TF-IDF du texte + quartier déclaré (indicatrices), régression logistique ;
    validation croisée stratifiée à 5 plis ; sont déclarées urgentes les demandes les
    mieux notées, autant qu'il y en a dans l'étiquette historique (même volume de travail
    que les agent·es). Renvoie un tableau de « urgente » / « non urgente ».
    """
    from sklearn.compose import ColumnTransformer
    from sklearn.preprocessing import OneHotEncoder

    cible = (tableau["urgence_historique"].astype(str) == "urgente").to_numpy()
    entrees = pd.DataFrame({"texte": tableau["texte"].astype(str), "quartier": tableau["quartier"].astype(str)})
    modele = make_pipeline(
        ColumnTransformer([("texte", TfidfVectorizer(), "texte"),
                           ("quartier", OneHotEncoder(handle_unknown="ignore"), ["quartier"])]),
        LogisticRegression(max_iter=1000))
    probas = cross_val_predict(modele, entrees, cible, cv=_plis(), method="predict_proba")[:, 1]
    seuil = np.quantile(probas, 1 - cible.mean())
    return np.where(probas >= seuil, "urgente", "non urgente")


def rapport(dossier=None) -> dict:
    """Toutes les mesures de la fiche de données, recalculées sur les fichiers de `dossier` (data/ par défaut)."""
    import warnings
    from pathlib import Path

    from .fichiers import DOSSIER_DONNEES
    from .textes import fragments_ecrits_a_la_main

    dossier = Path(dossier) if dossier else DOSSIER_DONNEES
    d = pd.read_csv(dossier / "demandes.csv", keep_default_na=False)
    c = pd.read_csv(dossier / "consultation.csv", keep_default_na=False)
    ordinaires = (c["campagne"] == "aucune") & ~c["accord_court"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = {
            "fragments écrits à la main": len(fragments_ecrits_a_la_main()),
            "longueurs demandes": longueurs(d["texte"]),
            "longueurs consultation": longueurs(c["texte"]),
            "formes de mots distinctes": vocabulaire(d["texte"], c["texte"]),
            "doublons exacts (hors campagnes et accords)":
                part_doublons(pd.concat([d["texte"], c.loc[ordinaires, "texte"]])),
            "F1 macro routage": f1_macro_croise(d["texte"], d["service"]),
            "F1 macro règle de mots-clés": regle_mots_cles(d["texte"], d["service"]),
            "F1 macro urgence de référence": f1_macro_croise(d["texte"], d["urgence_reference"]),
            "NMI thèmes (NMF)": nmi_themes(c["texte"], c["theme_reference"]),
            "détection des campagnes": detection_campagnes(c["texte"], c["campagne"] != "aucune"),
            "écarts plantés (historique)": ecarts_urgence(d),
        }
        d["prediction"] = predictions_modele_historique(d)
        r["écarts reproduits (modèle)"] = ecarts_urgence(d, "prediction")
    return r


if __name__ == "__main__":
    import json

    print(json.dumps(rapport(), ensure_ascii=False, indent=1, default=float))
