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



# --- Réalisme : ressemblance avec de vraies contributions (GUIDE.md §7) -----------------------
#
# Mesures faites, avec le même code, sur de vrais commentaires d'une consultation publique
# française (plateforme Decidim, 2019) : voir data/README.md. Chaque mesure porte sur un tirage
# de TAILLE_TIRAGE textes « ordinaires » (campagnes, pétitions et accords courts exclus) ; la
# fonction `realisme` fait la moyenne sur NB_TIRAGES tirages.

TAILLE_TIRAGE = 693
NB_TIRAGES = 5
REELS = {  # vrais commentaires (Decidim, 2019), mesurés avec ces fonctions
    "phrases partagées": 0.017, "8-grammes répétés": 0.045, "formes pour 10 000 mots": 2770,
    "similarité au plus proche voisin": 0.21, "points de suspension": 0.20,
    "mot en capitales": 0.12, "saut de ligne": 0.42,
}
_COUPE_PHRASES = re.compile(r"[.!?;…\n]+")
_PONCTUATION = re.compile(r"[^\w\s]|_")
_SUSPENSION = re.compile(r"…|\.\.\.")
_CAPITALES = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{4,}\b")


def _normaliser(texte: str) -> str:
    """Minuscules, sans accents, ponctuation remplacée par une espace, espaces réduites."""
    from ..texte import sans_accents

    return " ".join(_PONCTUATION.sub(" ", sans_accents(texte.lower())).split())


def phrases_normalisees(texte: str, mots_min: int = 5) -> set[str]:
    """Les phrases d'au moins `mots_min` mots d'un texte (coupées sur . ! ? ; … et les sauts
    de ligne), en minuscules, sans accents ni ponctuation."""
    sortie = set()
    for morceau in _COUPE_PHRASES.split(texte):
        phrase = _normaliser(morceau)
        if phrase.count(" ") + 1 >= mots_min:
            sortie.add(phrase)
    return sortie


def part_phrases_partagees(textes, auteurs=None, mots_min: int = 5) -> float:
    """Part des textes qui contiennent une phrase de `mots_min` mots ou plus présente, mot pour
    mot, dans un texte d'un·e autre auteur·e du même ensemble (sans auteurs : chaque texte est
    d'un·e auteur·e différent·e)."""
    textes = list(textes)
    auteurs = list(range(len(textes))) if auteurs is None else list(auteurs)
    qui = {}
    phrases = []
    for t, a in zip(textes, auteurs):
        ps = phrases_normalisees(t, mots_min)
        phrases.append(ps)
        for p in ps:
            qui.setdefault(p, set()).add(a)
    partage = [any(len(qui[p] - {a}) > 0 for p in ps) for ps, a in zip(phrases, auteurs)]
    return float(np.mean(partage)) if partage else 0.0


def part_ngrammes_repetes(textes, n: int = 8) -> float:
    """Parmi toutes les suites de `n` mots (occurrences) des textes, part de celles dont la suite
    apparaît plus d'une fois dans l'ensemble (minuscules, sans accents ni ponctuation)."""
    compte = Counter()
    for t in textes:
        mots = _normaliser(t).split()
        compte.update(tuple(mots[i:i + n]) for i in range(len(mots) - n + 1))
    total = sum(compte.values())
    return sum(k for k in compte.values() if k > 1) / total if total else 0.0


def formes_pour_10000_mots(textes, nb_mots: int = 10_000) -> int:
    """Formes de mots distinctes dans les `nb_mots` premiers mots des textes, dans l'ordre donné
    (minuscules ; à mélanger avant)."""
    formes = set()
    vus = 0
    for t in textes:
        mots = _MOT.findall(t.lower())
        pris = mots[:nb_mots - vus]
        formes.update(pris)
        vus += len(pris)
        if vus >= nb_mots:
            break
    return len(formes)


def similarite_plus_proche_voisin(textes) -> float:
    """Médiane, sur les textes, de la similarité cosinus TF-IDF (réglages par défaut) avec le
    texte le plus proche de l'ensemble (lui-même exclu)."""
    x = TfidfVectorizer().fit_transform(list(textes))
    sim = (x @ x.T).toarray()
    np.fill_diagonal(sim, -1.0)
    return float(np.median(sim.max(axis=1)))


def parts_de_surface(textes) -> dict[str, float]:
    """Parts des textes avec « … » ou « ... », avec un mot de 4 lettres ou plus en capitales,
    avec un saut de ligne."""
    s = pd.Series(list(textes), dtype=object)
    return {
        "points de suspension": float(s.str.contains(_SUSPENSION).mean()),
        "mot en capitales": float(s.str.contains(_CAPITALES).mean()),
        "saut de ligne": float(s.str.contains("\n", regex=False).mean()),
    }


def textes_ordinaires(tableau: pd.DataFrame) -> pd.DataFrame:
    """Les contributions ordinaires : sans campagnes, pétitions ni accords courts."""
    garde = np.ones(len(tableau), dtype=bool)
    if "campagne" in tableau:
        garde &= (tableau["campagne"] == "aucune").to_numpy()
    if "accord_court" in tableau:
        garde &= ~tableau["accord_court"].astype(bool).to_numpy()
    return tableau[garde]


def realisme(tableau: pd.DataFrame, taille: int = TAILLE_TIRAGE, nb_tirages: int = NB_TIRAGES,
             graine: int = GRAINE) -> dict[str, float]:
    """Les sept mesures du tableau de réalisme, moyennées sur `nb_tirages` tirages de `taille`
    textes ordinaires (auteur·es : colonne `auteur` si elle existe, sinon un texte = un·e auteur·e)."""
    ordinaires = textes_ordinaires(tableau)
    rng = np.random.default_rng(graine)
    mesures = []
    for _ in range(nb_tirages):
        tirage = ordinaires.iloc[rng.choice(len(ordinaires), size=min(taille, len(ordinaires)), replace=False)]
        textes = tirage["texte"].astype(str).tolist()
        auteurs = tirage["auteur"].tolist() if "auteur" in tirage else None
        m = {
            "phrases partagées": part_phrases_partagees(textes, auteurs),
            "8-grammes répétés": part_ngrammes_repetes(textes),
            "formes pour 10 000 mots": formes_pour_10000_mots(textes),
            "similarité au plus proche voisin": similarite_plus_proche_voisin(textes),
        }
        m.update(parts_de_surface(textes))
        mesures.append(m)
    return {k: float(np.mean([m[k] for m in mesures])) for k in mesures[0]}

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
