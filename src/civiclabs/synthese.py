"""Synthétiser une concertation (Lab 03) : qui a parlé, copies et campagnes, thèmes,
signaux faibles, positions, tableau de synthèse traçable et rapport pour les élu·es.

Chaque étape est une fonction ordinaire, testée à part (``tests/test_synthese.py``) ;
``synthetiser_consultation`` les enchaîne, pour 6 000 comme pour 1 000 000 de
contributions (``bench/bench_synthese.py``).

Méthodes (toutes de scikit-learn, pandas, numpy, scipy) :

- copies exactes : textes identiques après normalisation (minuscules, sans accents ni
  ponctuation), regroupés par hachage (``pandas.factorize``) ;
- campagnes : TF-IDF des mots (mots vides français retirés) ; une contribution d'au moins
  ``mots_min`` mots est signalée si au moins ``voisins_min`` autres contributions lui
  ressemblent à ``seuil`` près (similarité cosinus). Jusqu'à ``taille_reference``
  contributions, on compare chaque contribution à toutes les autres (calcul exact) ; au-delà,
  à un échantillon de ``taille_reference`` contributions tirées au hasard : le critère
  devient « au moins voisins_min / taille_reference des contributions lui ressemblent »,
  et le coût croît comme le nombre de contributions (et non comme son carré) ;
- thèmes : NMF (factorisation en matrices non négatives) sur le TF-IDF des voix
  (une par groupe de copies), apprise sur au plus ``taille_apprentissage`` contributions ;
- signaux faibles : petits thèmes, et sujets de vigilance décidés à l'avance par l'équipe
  (une règle humaine, car la machine ne les isole pas seule).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from . import _A_LA_DEMANDE
from .graphiques import PALETTE, diagramme_barres, graduations_a_la_francaise
from .texte import format_nombre, format_pourcentage, mots_vides, sans_accents
from .widgets import _pluriel, assembler_widget, remplir_sortie

# Les noms publics sont listés une seule fois, dans civiclabs/__init__.py (chargement au premier usage).
__all__ = ['Themes', *_A_LA_DEMANDE["synthese"]]

# Réglages du détecteur de campagnes, choisis sur la consultation du cours (et vérifiés
# sur trois autres tirages du générateur) : rappel ≥ 0,94 et précision ≥ 0,96.
SEUIL_CAMPAGNE = 0.54
VOISINS_MIN = 20
MOTS_MIN = 15
TAILLE_REFERENCE = 6000
TAILLE_APPRENTISSAGE = 6_000
TAILLE_VOCABULAIRE = 50_000
TAILLE_TRANCHE = 100_000
NMF_TOL = 1e-3  # tolérance d'arrêt de la NMF : les mêmes thèmes qu'à 1e-4 ici, en moins d'itérations

# Sujets que l'équipe d'une concertation décide à l'avance de ne jamais perdre : des débuts
# de mots (sans accents, en minuscules), cherchés au début d'un mot de la contribution.
SUJETS_DE_VIGILANCE = {
    "Accessibilité des personnes handicapées": [
        "handicap", "malvoyant", "aveugle", "sourd", "mobilité réduite", "PMR", "podotactile",
        "autis", "transport adapté", "ascenseur", "canne blanche", "annonces sonores", "rampe",
        "accessib", "plancher bas",
    ],
    "Sécurité des femmes la nuit": [
        "harcèle", "harcel", "voyageuses", "suivie", "femme", "marches exploratoires",
        "médiation", "agress",
    ],
}

_PAS_UNE_LETTRE = re.compile(r"[^0-9a-z+]+")


# --- vérification des entrées -----------------------------------------------------------


def _verifier_table(table, colonnes, nom: str = "table") -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(
            f"« {nom} » doit être un tableau pandas (DataFrame), par exemple celui de "
            f"charger_consultation() ; reçu : {type(table).__name__}."
        )
    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        raise KeyError(
            f"Il manque à « {nom} » la ou les colonnes : {', '.join(manquantes)}. "
            f"Colonnes présentes : {', '.join(map(str, table.columns))}."
        )


def _textes(textes, nom: str = "textes") -> pd.Series:
    if isinstance(textes, pd.DataFrame):
        raise TypeError(
            f"« {nom} » doit être une colonne de textes (par exemple consultation[\"texte\"]), "
            "pas un tableau entier."
        )
    if isinstance(textes, str):
        raise TypeError(f"« {nom} » doit être une colonne de textes, pas un seul texte.")
    if not isinstance(textes, pd.Series):
        try:
            textes = pd.Series(list(textes))
        except TypeError:
            raise TypeError(
                f"« {nom} » doit être une colonne de textes ; reçu : {type(textes).__name__}."
            ) from None
    return textes.fillna("").astype(str)


def normaliser(texte: str) -> str:
    """« D'accord !! » → « d accord » : minuscules, sans accents ni ponctuation."""
    return _PAS_UNE_LETTRE.sub(" ", str(texte).translate(_table_de_normalisation())).strip()


@lru_cache(maxsize=1)
def _table_de_normalisation() -> dict[int, str]:
    """Table de str.translate : chaque caractère latin vers sa minuscule sans accent
    (« É » → « e », « œ » → « oe »), la ponctuation vers une espace."""
    table = {}
    for code in range(0x250):
        caractere = chr(code)
        simple = sans_accents(caractere.lower()).replace("œ", "oe").replace("æ", "ae")
        if simple != caractere:
            table[code] = simple if _PAS_UNE_LETTRE.fullmatch(simple) is None else " "
    for caractere in "’‘«»“”…–—":
        table[ord(caractere)] = " "
    return table


_PAS_UNE_LETTRE_NI_UN_ACCENT = re.compile("[^0-9a-z+\u0300-\u036f]+")
_CACHE_NORMALISES: dict = {}
TAILLE_CACHE = 20_000  # au-delà, pas de cache : la mémoire compte plus que le temps


def _empreinte(textes: pd.Series) -> tuple:
    """Empreinte du contenu d'une colonne de textes (pour les petits caches du module)."""
    valeurs = pd.util.hash_pandas_object(textes, index=False).to_numpy()
    return (len(valeurs), int(valeurs.sum(dtype=np.uint64)), int((valeurs[::7] * np.uint64(31)).sum(dtype=np.uint64)))


def _normaliser_tout(textes: pd.Series) -> pd.Series:
    """``normaliser`` appliqué à une colonne, par des passes vectorisées de pandas (même
    résultat que ``normaliser`` texte par texte, bien plus rapide) : minuscules, « œ » → « oe »,
    décomposition des lettres accentuées, toute autre chose qu'une lettre ou un chiffre
    → espace, puis les accents détachés retirés. Les colonnes déjà normalisées sont gardées
    en mémoire (les mêmes 6 000 textes passent par plusieurs étapes du lab)."""
    if not len(textes):
        return textes.astype(str)
    cle = _empreinte(textes) if len(textes) <= TAILLE_CACHE else None
    if cle is not None and cle in _CACHE_NORMALISES:
        resultat = _CACHE_NORMALISES[cle].copy()
        resultat.index = textes.index
        return resultat
    t = textes.str.lower().str.replace("œ", "oe", regex=False).str.replace("æ", "ae", regex=False)
    t = t.str.normalize("NFKD").str.replace(_PAS_UNE_LETTRE_NI_UN_ACCENT, " ", regex=True)
    t = t.str.encode("ascii", "ignore").str.decode("ascii").str.strip().astype(textes.dtype)
    if cle is None:
        return t
    if len(_CACHE_NORMALISES) >= 4:
        _CACHE_NORMALISES.pop(next(iter(_CACHE_NORMALISES)))
    _CACHE_NORMALISES[cle] = t
    return t.copy()


def _nb_mots(textes: pd.Series) -> np.ndarray:
    """Nombre de mots (suites de caractères sans espace) de chaque texte."""
    return np.fromiter((len(t.split()) for t in textes.tolist()), dtype=np.int64, count=len(textes))


# --- 2. copies et campagnes ------------------------------------------------------------


def detecter_doublons(textes) -> pd.Series:
    """Numéro du groupe de copies exactes de chaque texte (mêmes mots après normalisation :
    majuscules, accents et ponctuation ignorés). Deux textes qui ont le même numéro sont
    des copies l'un de l'autre ; un texte unique a un numéro qu'il est seul à porter."""
    textes = _textes(textes)
    codes, _ = pd.factorize(_normaliser_tout(textes))
    return pd.Series(codes, index=textes.index, name="groupe_copies")


@lru_cache(maxsize=1)
def _mots_vides_sans_accents() -> tuple[str, ...]:
    # Les mots vides de spaCy, passés par le même découpage que les textes (sans accents,
    # « qu'il » → « qu », « il ») : scikit-learn n'a alors rien à signaler.
    mots = set()
    for mot in mots_vides():
        mots.update(re.findall(r"(?u)\b\w\w+\b", sans_accents(mot.lower())))
    return tuple(sorted(mots))


def _analyser(texte: str, vides: frozenset) -> list[str]:
    """Les mots d'un texte **déjà normalisé** (lettres et chiffres sans accents, « + »,
    espaces) : les mêmes que le motif par défaut de scikit-learn (2 caractères au moins,
    « + » séparant les mots), mots vides retirés, mais par un simple découpage (plus rapide)."""
    return [m for m in texte.replace("+", " ").split() if len(m) > 1 and m not in vides]


def _vectoriseur(max_df: float = 1.0, min_df=2) -> TfidfVectorizer:
    """TF-IDF des mots, à appliquer à des textes déjà normalisés (``_normaliser_tout`` :
    minuscules, sans accents), ce qui est bien plus rapide que de laisser scikit-learn
    retirer les accents et découper les textes un par un."""
    return TfidfVectorizer(
        analyzer=partial(_analyser, vides=frozenset(_mots_vides_sans_accents())), sublinear_tf=True,
        min_df=min_df, max_df=max_df, dtype=np.float32,
    )


def _similarites_au_dessus(x, reference, seuil: float, bloc: int = 4000):
    """Pour chaque ligne de ``x`` : nombre de lignes de ``reference`` à similarité ≥ seuil,
    et les paires correspondantes (i, j), calculées par blocs pour borner la mémoire."""
    comptes = np.zeros(x.shape[0], dtype=np.int64)
    lignes, colonnes = [], []
    ref_t = reference.T.tocsc()
    for debut in range(0, x.shape[0], bloc):
        produit = (x[debut : debut + bloc] @ ref_t).tocsr()
        produit.data[produit.data < seuil] = 0
        produit.eliminate_zeros()
        comptes[debut : debut + bloc] = np.diff(produit.indptr)
        coo = produit.tocoo()
        lignes.append(coo.row.astype(np.int64) + debut)
        colonnes.append(coo.col.astype(np.int64))
    return comptes, np.concatenate(lignes), np.concatenate(colonnes)


def grouper_campagnes(
    textes,
    seuil: float = SEUIL_CAMPAGNE,
    voisins_min: int = VOISINS_MIN,
    mots_min: int = MOTS_MIN,
    taille_reference: int = TAILLE_REFERENCE,
    graine: int = 0,
) -> pd.DataFrame:
    """Repère les contributions qui appartiennent à une campagne coordonnée.

    Une contribution d'au moins ``mots_min`` mots est **signalée** quand au moins
    ``voisins_min`` autres contributions lui ressemblent à ``seuil`` près (similarité cosinus
    du TF-IDF des mots, mots vides retirés). Les contributions signalées qui se ressemblent
    forment un **groupe** (composantes connexes du graphe des ressemblances) ; un groupe de
    moins de ``voisins_min + 1`` contributions n'est pas une campagne, et ses membres ne
    restent pas signalés.

    Au-delà de ``taille_reference`` contributions, chacune est comparée à un échantillon de
    ``taille_reference`` contributions tirées au hasard (voir la fiche du module).

    Renvoie un tableau aligné sur ``textes`` : ``voisins`` (nombre de contributions
    semblables, dans l'échantillon de référence), ``signalee`` (vrai/faux), ``groupe``
    (numéro de campagne, -1 si la contribution n'est pas signalée).
    """
    textes = _textes(textes)
    if not 0 < seuil <= 1:
        raise ValueError(f"Le seuil de similarité doit être compris entre 0 et 1 (reçu : {seuil}).")
    if voisins_min < 1:
        raise ValueError(f"voisins_min doit valoir au moins 1 (reçu : {voisins_min}).")
    longs = np.flatnonzero(_nb_mots(textes) >= mots_min)
    if len(longs) <= voisins_min:
        return pd.DataFrame({"voisins": 0, "signalee": False, "groupe": -1}, index=textes.index)
    x = _vectoriseur().fit_transform(_normaliser_tout(textes.iloc[longs]))
    return _grouper(x, longs, textes.index, seuil, voisins_min, taille_reference, graine)


def _grouper(x, longs, index, seuil, voisins_min, taille_reference, graine) -> pd.DataFrame:
    """Cœur de grouper_campagnes, sur la matrice TF-IDF ``x`` des textes ``longs``."""
    resultat = pd.DataFrame({"voisins": 0, "signalee": False, "groupe": -1}, index=index)
    if len(longs) <= voisins_min:
        return resultat
    if len(longs) <= taille_reference:
        echantillon = np.arange(len(longs))
    else:
        echantillon = np.sort(
            np.random.default_rng(graine).choice(len(longs), taille_reference, replace=False)
        )
    if len(echantillon) < len(longs):
        # Présélection : une contribution qui n'a aucune voisine dans un premier échantillon
        # six fois plus petit n'a presque aucune chance d'en avoir voisins_min dans le grand.
        petit = echantillon[::6]  # l'échantillon est tiré au hasard : une ligne sur six aussi
        candidates = np.flatnonzero(_similarites_au_dessus(x, x[petit], seuil)[0] > 0)
    else:
        candidates = np.arange(len(longs))
    comptes_c, i, j = _similarites_au_dessus(x[candidates], x[echantillon], seuil)
    comptes = np.zeros(len(longs), dtype=np.int64)
    comptes[candidates] = comptes_c
    i = candidates[i]
    j = echantillon[j]
    soi = i == j
    comptes -= np.bincount(i[soi], minlength=len(longs))  # une contribution n'est pas sa propre voisine
    signalees = comptes >= voisins_min
    garde = ~soi & signalees[i] & signalees[j]
    graphe = sparse.coo_matrix(
        (np.ones(int(garde.sum()), dtype=np.int8), (i[garde], j[garde])), shape=(len(longs),) * 2
    )
    _, composantes = connected_components(graphe, directed=False)
    # Une campagne est un groupe d'au moins voisins_min + 1 contributions semblables : une
    # contribution signalée mais isolée (ses voisines ne le sont pas) n'en fait pas partie.
    if signalees.any():
        tailles = np.bincount(composantes[signalees], minlength=composantes.max() + 1)
        # Avec un échantillon, les arêtes ne relient qu'aux contributions de l'échantillon :
        # on exige seulement que le groupe ne soit pas réduit à une contribution.
        taille_min = voisins_min + 1 if len(echantillon) == len(longs) else 2
        signalees &= tailles[composantes] >= taille_min
    groupes = np.full(len(longs), -1)
    if signalees.any():
        _, renumerotees = np.unique(composantes[signalees], return_inverse=True)
        groupes[signalees] = renumerotees
    resultat.iloc[longs, 0] = comptes
    resultat.iloc[longs, 1] = signalees
    resultat.iloc[longs, 2] = groupes
    resultat["signalee"] = resultat["signalee"].astype(bool)
    return resultat


def evaluer_campagnes(signalees, membres) -> dict[str, float]:
    """Précision et rappel d'une détection de campagnes par rapport à la vérité de référence.

    ``signalees`` et ``membres`` : vrai/faux pour chaque contribution. Précision : part des
    contributions signalées qui appartiennent vraiment à une campagne ; rappel : part des
    contributions de campagne qui ont été signalées."""
    s = np.asarray(signalees, dtype=bool)
    m = np.asarray(membres, dtype=bool)
    if s.shape != m.shape:
        raise ValueError(
            f"Les deux colonnes n'ont pas la même longueur ({len(s)} et {len(m)} contributions)."
        )
    vrais = int((s & m).sum())
    return {
        "precision": vrais / max(int(s.sum()), 1),
        "rappel": vrais / max(int(m.sum()), 1),
        "signalees": int(s.sum()),
    }


def curseur_similarite(table: pd.DataFrame, seuil: float = SEUIL_CAMPAGNE,
                       voisins_min: int = VOISINS_MIN, campagnes: pd.DataFrame | None = None):
    """Widget : un curseur règle le seuil de similarité ; on voit combien de contributions
    seraient fusionnées en campagnes, les groupes formés, et un exemple de ce qui est fusionné.
    ``campagnes`` (facultatif) : le résultat de ``grouper_campagnes`` au seuil de départ, s'il
    est déjà calculé."""
    _verifier_table(table, ["identifiant", "texte"])
    deja_calcules = {round(seuil, 2): campagnes} if campagnes is not None else {}
    curseur = widgets.FloatSlider(
        value=seuil, min=0.30, max=0.90, step=0.02, description="Seuil",
        continuous_update=False, readout_format=".2f",
    )
    sortie = widgets.Output()

    def actualiser(*_):
        cle = round(curseur.value, 2)
        if cle not in deja_calcules:
            deja_calcules[cle] = grouper_campagnes(table["texte"], seuil=curseur.value, voisins_min=voisins_min)
        groupes = deja_calcules[cle]
        signalees = groupes[groupes["signalee"]]
        tailles = signalees["groupe"].value_counts()
        lignes = [
            f"Seuil {format_nombre(curseur.value, 2)} : {_pluriel(len(signalees), 'contribution')} "
            f"fusionnée{'s' if len(signalees) > 1 else ''} en {_pluriel(len(tailles), 'groupe')}."
        ]
        for numero, taille in tailles.head(4).items():
            membres = table.loc[signalees.index[signalees["groupe"] == numero]]
            lignes.append(f"\nGroupe {numero} ({_pluriel(int(taille), 'contribution')}) :")
            for _, ligne in membres.head(2).iterrows():
                lignes.append(f"  — [{ligne['identifiant']}] {abreger(ligne['texte'], 160)}")
        if len(tailles) > 4:
            lignes.append(f"\n… et {_pluriel(len(tailles) - 4, 'autre groupe')}.")
        remplir_sortie(sortie, texte="\n".join(lignes))

    return assembler_widget([curseur], [curseur], sortie, actualiser)


# --- 3. thèmes --------------------------------------------------------------------------


@dataclass
class Themes:
    """Résultat de ``extraire_themes`` : un thème (0, 1, 2…) par contribution, la force de ce
    lien, les mots-clés de chaque thème et un nom provisoire fait de ses trois premiers mots."""

    etiquettes: pd.Series
    force: pd.Series
    mots_cles: dict[int, list[str]]
    modele: NMF = field(repr=False)
    vectoriseur: TfidfVectorizer = field(repr=False)
    formes: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def noms(self) -> dict[int, str]:
        """Noms provisoires : les trois premiers mots-clés, écrits sous leur forme la plus
        fréquente dans les textes (« vélo » plutôt que « velo »)."""
        return {k: " · ".join(self.formes.get(m, m) for m in mots[:3]) for k, mots in self.mots_cles.items()}

    def tableau(self) -> pd.DataFrame:
        """Un thème par ligne : nom provisoire, nombre de contributions, mots-clés."""
        effectifs = self.etiquettes.value_counts()
        return pd.DataFrame({
            "theme": list(self.mots_cles),
            "nom": [self.noms[k] for k in self.mots_cles],
            "contributions": [int(effectifs.get(k, 0)) for k in self.mots_cles],
            "mots_cles": [", ".join(m[:8]) for m in self.mots_cles.values()],
        }).sort_values("contributions", ascending=False).reset_index(drop=True)


def extraire_themes(textes, nb_themes: int = 12, graine: int = 0,
                    taille_apprentissage: int = TAILLE_APPRENTISSAGE,
                    apprendre_sur=None) -> Themes:
    """Thèmes d'un ensemble de textes : TF-IDF (mots vides français retirés) puis NMF.

    ``apprendre_sur`` (facultatif) : vrai/faux par texte, les textes sur lesquels apprendre
    les thèmes (par exemple une seule copie par campagne) ; tous les textes reçoivent
    ensuite un thème. Au-delà de ``taille_apprentissage`` textes, les thèmes sont appris sur
    un tirage au hasard de cette taille (même résultat en moyenne, bien plus rapide)."""
    textes = _textes(textes)
    if not isinstance(nb_themes, (int, np.integer)) or isinstance(nb_themes, bool) or nb_themes < 2:
        raise ValueError(f"nb_themes doit être un nombre entier d'au moins 2 (reçu : {nb_themes!r}).")
    if len(textes) < 3 * nb_themes:
        raise ValueError(
            f"{len(textes)} textes ne suffisent pas pour {nb_themes} thèmes : "
            f"il en faut au moins {3 * nb_themes}."
        )
    masque = np.ones(len(textes), dtype=bool) if apprendre_sur is None else np.asarray(apprendre_sur, dtype=bool)
    if masque.shape != (len(textes),):
        raise ValueError("apprendre_sur doit donner vrai/faux pour chaque texte (même longueur que textes).")
    cle = (_empreinte(textes), int(nb_themes), int(graine), int(taille_apprentissage),
           hashlib.sha1(np.packbits(masque).tobytes()).hexdigest(), tuple(textes.index[:3]), len(textes))
    if cle in _CACHE_THEMES:
        # Les mêmes textes, le même réglage : les mêmes thèmes, sans refaire le calcul
        # (le lab calcule les thèmes du cours après ceux de l'exercice 3.1).
        return _CACHE_THEMES[cle]
    positions = np.flatnonzero(masque)
    if len(positions) > taille_apprentissage:
        positions = np.sort(np.random.default_rng(graine).choice(positions, taille_apprentissage, replace=False))
    vectoriseur = _vectoriseur(max_df=0.5)
    normalises = _normaliser_tout(textes)
    x_app = vectoriseur.fit_transform(normalises.iloc[positions])
    themes = _themes(vectoriseur.transform(normalises), x_app, vectoriseur, int(nb_themes), graine, textes.index,
                     originaux=textes.iloc[positions])
    if len(_CACHE_THEMES) >= 8:
        _CACHE_THEMES.pop(next(iter(_CACHE_THEMES)))
    _CACHE_THEMES[cle] = themes
    return themes


_CACHE_THEMES: dict = {}


_MOT_ACCENTUE = re.compile(r"[^\W\d_]{2,}")


def _formes_accentuees(originaux, mots) -> dict[str, str]:
    """Pour chaque mot-clé normalisé (« velo »), sa forme la plus fréquente dans les textes
    d'origine (« vélo »), pour que les noms provisoires restent du français lisible."""
    if originaux is None or not len(mots):
        return {}
    from collections import Counter

    cherches = set(mots)
    comptes: dict[str, dict[str, int]] = {}
    for mot, nombre in Counter(_MOT_ACCENTUE.findall(" ".join(pd.Series(originaux).astype(str)).lower())).items():
        cle = normaliser(mot)
        if cle in cherches:
            comptes.setdefault(cle, {})[mot] = nombre
    return {cle: max(sorted(formes), key=formes.get) for cle, formes in comptes.items()}


def _themes(x, x_app, vectoriseur, nb_themes, graine, index, originaux=None) -> Themes:
    """Cœur d'extraire_themes : NMF apprise sur ``x_app``, thèmes affectés aux lignes de ``x``."""
    modele = NMF(n_components=nb_themes, random_state=graine, init="nndsvda", max_iter=400, tol=NMF_TOL)
    modele.fit(x_app)
    # Affectation : le thème dont les mots pèsent le plus dans le texte (projection sur les
    # thèmes appris, normalisés) ; linéaire en temps, donc utilisable sur un million de textes.
    h = (modele.components_ / np.linalg.norm(modele.components_, axis=1, keepdims=True)).astype(np.float32)
    poids = np.asarray(x @ h.T)
    mots = np.asarray(vectoriseur.get_feature_names_out())
    mots_cles = {k: list(mots[np.argsort(-modele.components_[k])[:10]]) for k in range(nb_themes)}
    formes = _formes_accentuees(originaux, {m for liste in mots_cles.values() for m in liste})
    return Themes(
        etiquettes=pd.Series(poids.argmax(axis=1), index=index, name="theme"),
        force=pd.Series(poids.max(axis=1), index=index, name="force"),
        mots_cles=mots_cles, modele=modele, vectoriseur=vectoriseur, formes=formes,
    )


def stabilite_themes(textes, valeurs=(4, 8, 12, 16, 20), graines=(0, 1), taille: int = 2000,
                     graine: int = 0) -> pd.DataFrame:
    """Pour chaque nombre de thèmes, leur **stabilité** : les thèmes obtenus avec deux
    départs au hasard différents regroupent-ils les mêmes contributions ? (indice de Rand
    ajusté moyen entre les partitions, de 0 = rien en commun à 1 = identiques). Calculé sur
    ``taille`` textes tirés au hasard."""
    textes = _textes(textes)
    if len(graines) < 2:
        raise ValueError("Il faut au moins deux graines pour comparer des thèmes entre eux.")
    if len(textes) > taille:
        textes = textes.sample(taille, random_state=graine)
    x = _vectoriseur(max_df=0.5).fit_transform(_normaliser_tout(textes))
    lignes = []
    for k in valeurs:
        partitions = []
        for g in graines:
            nmf = NMF(n_components=int(k), random_state=g, init="random", max_iter=200, tol=1e-3)
            partitions.append(nmf.fit_transform(x).argmax(axis=1))
        accords = [adjusted_rand_score(partitions[a], partitions[b])
                   for a in range(len(partitions)) for b in range(a + 1, len(partitions))]
        lignes.append({"nb_themes": int(k), "stabilite": float(np.mean(accords))})
    return pd.DataFrame(lignes)


def tracer_stabilite(stabilite: pd.DataFrame, choix: int | None = None, ax=None):
    """Courbe de stabilité des thèmes selon leur nombre."""
    _verifier_table(stabilite, ["nb_themes", "stabilite"], "stabilite")
    if ax is None:
        _, ax = plt.subplots()
    ax.plot(stabilite["nb_themes"], stabilite["stabilite"], marker="o", color=PALETTE[0])
    if choix is not None:
        ax.axvline(choix, color=PALETTE[5], linestyle="--", label=f"choix : {choix} thèmes")
        ax.legend()
    ax.set_ylim(0, 1)
    graduations_a_la_francaise(ax, "y", decimales=1)
    ax.set_title("Les thèmes sont-ils stables d'un calcul à l'autre ?")
    ax.set_xlabel("Nombre de thèmes demandés")
    ax.set_ylabel("Stabilité (indice de Rand ajusté)")
    return ax


def citations_representatives(table: pd.DataFrame, themes: Themes, n: int = 3,
                              exclure=None) -> pd.DataFrame:
    """Pour chaque thème, les ``n`` contributions qui l'illustrent le mieux (les plus liées
    au thème), d'auteur·es différent·es, hors ``exclure`` (vrai/faux, par exemple les
    contributions de campagne). Colonnes : theme, identifiant, auteur, texte, force."""
    _verifier_table(table, ["identifiant", "texte"])
    if not isinstance(themes, Themes):
        raise TypeError("« themes » doit être le résultat de extraire_themes(…).")
    etiquettes = themes.etiquettes.to_numpy()
    force = themes.force.to_numpy().astype(float)
    if exclure is not None:
        force = np.where(np.asarray(exclure, dtype=bool), -np.inf, force)
    # Les meilleures candidates de chaque thème d'abord (peu de lignes), puis les textes.
    ordre = np.lexsort((-force, etiquettes))
    rang = np.arange(len(ordre)) - np.searchsorted(etiquettes[ordre], etiquettes[ordre])
    candidates = np.sort(ordre[(rang < 20 * n) & np.isfinite(force[ordre])])
    auteurs = table["auteur"] if "auteur" in table else table["identifiant"]
    vue = pd.DataFrame({
        "theme": etiquettes[candidates], "force": force[candidates],
        "identifiant": table["identifiant"].astype(str).to_numpy()[candidates],
        "auteur": auteurs.astype(str).to_numpy()[candidates],
        "texte": table["texte"].astype(str).to_numpy()[candidates],
    })
    vue = vue.sort_values(["theme", "force"], ascending=[True, False], kind="stable")
    vue = vue.drop_duplicates(["theme", "auteur"]).drop_duplicates(["theme", "texte"])
    return vue.groupby("theme", sort=True).head(n).reset_index(drop=True)[
        ["theme", "identifiant", "auteur", "texte", "force"]]


# --- 4. signaux faibles -----------------------------------------------------------------


def _motif_vigilance(debuts) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(d) for d in debuts) + r")")


def _scores_vigilance(normalises: pd.Series, vigilance: dict) -> dict[str, np.ndarray]:
    """Pour chaque sujet : nombre de ses mots différents dans chaque texte (0 si aucun)."""
    listes = {}
    for sujet, debuts in vigilance.items():
        if isinstance(debuts, str) or not all(isinstance(d, str) for d in debuts):
            raise TypeError(f"Les mots du sujet « {sujet} » doivent être une liste de textes.")
        listes[sujet] = [d for d in dict.fromkeys(normaliser(d) for d in debuts) if d]
    scores = {sujet: np.zeros(len(normalises), dtype=np.int16) for sujet in listes}
    tous = [d for debuts in listes.values() for d in debuts]
    if not tous:
        return scores
    # Une seule recherche pour tous les sujets, puis le détail sur les seuls textes trouvés.
    positions = np.flatnonzero(normalises.str.contains(_motif_vigilance(tous)).to_numpy(dtype=bool))
    candidats = normalises.iloc[positions]
    for sujet, debuts in listes.items():
        if debuts and len(positions):
            trouves = candidats.str.findall(_motif_vigilance(debuts))
            scores[sujet][positions] = trouves.map(lambda liste: len(set(liste))).to_numpy()
    return scores


def reperer_minorites(table: pd.DataFrame, themes: Themes | None = None,
                      vigilance: dict | None = None, part_max: float = 0.03,
                      contributions_min: int = 3, scores: dict | None = None) -> pd.DataFrame:
    """La règle qui garde les voix minoritaires dans la synthèse.

    1. **Petits thèmes** : tout thème trouvé par la machine qui rassemble moins de
       ``part_max`` des contributions (mais au moins ``contributions_min``) est gardé et
       marqué « petit thème », au lieu de disparaître d'un « top 5 ».
    2. **Sujets de vigilance** : pour chaque sujet décidé à l'avance par l'équipe
       (``vigilance``, par défaut ``SUJETS_DE_VIGILANCE``), les contributions qui emploient
       l'un de ses mots, dès qu'il y en a ``contributions_min``.

    Renvoie un tableau : signal, origine, contributions, identifiants (liste)."""
    _verifier_table(table, ["identifiant", "texte"])
    vigilance = SUJETS_DE_VIGILANCE if vigilance is None else vigilance
    if not isinstance(vigilance, dict):
        raise TypeError("« vigilance » doit être un dictionnaire : {\"nom du sujet\": [\"mot\", …]}.")
    lignes = []
    if themes is not None:
        effectifs = themes.etiquettes.value_counts()
        for k, nombre in effectifs.items():
            if contributions_min <= nombre < part_max * len(table):
                ids = table["identifiant"].astype(str)[themes.etiquettes == k]
                lignes.append({"signal": f"Petit thème : {themes.noms[int(k)]}", "origine": "petit thème",
                               "contributions": int(nombre), "identifiants": list(ids)})
    if scores is None:
        scores = _scores_vigilance(_normaliser_tout(table["texte"].fillna("").astype(str)), vigilance)
    identifiants = table["identifiant"].astype(str).to_numpy()
    for sujet, score in scores.items():
        touches = score > 0
        if int(touches.sum()) < contributions_min:
            continue
        # Les contributions qui emploient le plus de mots différents du sujet d'abord.
        ordre = np.argsort(-score[touches], kind="stable")
        lignes.append({"signal": sujet, "origine": "sujet de vigilance",
                       "contributions": int(touches.sum()), "identifiants": list(identifiants[touches][ordre])})
    return pd.DataFrame(lignes, columns=["signal", "origine", "contributions", "identifiants"])


# --- 1. qui a parlé ----------------------------------------------------------------------

NON_RENSEIGNE = "non renseigné"


def comparer_a_la_population(table: pd.DataFrame, population: pd.DataFrame,
                             variable: str) -> pd.DataFrame:
    """Part de chaque groupe (``variable`` : tranche_age, genre, quartier…) parmi les
    contributions au profil renseigné et dans la population adulte du territoire."""
    _verifier_table(table, [variable])
    _verifier_table(population, [variable, "population"], "population")
    renseignees = table[variable].astype(str)
    renseignees = renseignees[renseignees != NON_RENSEIGNE]
    parts = pd.DataFrame({
        "contributions": renseignees.value_counts(normalize=True),
        "population": population.groupby(population[variable].astype(str))["population"].sum()
        / population["population"].sum(),
    }).fillna(0.0)
    parts["ecart"] = parts["contributions"] - parts["population"]
    return parts.sort_index()


def ponderer(table: pd.DataFrame, population: pd.DataFrame,
             variables=("tranche_age", "genre")) -> pd.Series:
    """Poids de redressement de chaque contribution (post-stratification).

    Pour chaque croisement des ``variables`` (par exemple tranche d'âge × genre), poids =
    part du groupe dans la population ÷ part du groupe parmi les contributions au profil
    renseigné : un groupe qui a deux fois moins parlé qu'il ne pèse compte double. Les
    contributions au profil non renseigné gardent le poids 1. Renvoie une colonne de poids."""
    variables = [variables] if isinstance(variables, str) else list(variables)
    _verifier_table(table, variables)
    _verifier_table(population, [*variables, "population"], "population")
    cles = pd.DataFrame({v: table[v].astype(str).to_numpy() for v in variables})
    renseigne = ~(cles == NON_RENSEIGNE).any(axis=1).to_numpy()
    pop = pd.DataFrame({v: population[v].astype(str).to_numpy() for v in variables})
    pop["part_population"] = population["population"].to_numpy() / population["population"].sum()
    pop = pop.groupby(variables, as_index=False)["part_population"].sum()
    echantillon = cles[renseigne].value_counts(normalize=True).rename("part_contributions").reset_index()
    rapports = pop.merge(echantillon, on=variables)
    rapports["poids"] = rapports["part_population"] / rapports["part_contributions"]
    poids = cles.merge(rapports[[*variables, "poids"]], on=variables, how="left")["poids"].to_numpy()
    poids = np.where(renseigne & ~np.isnan(poids), poids, 1.0)
    return pd.Series(poids, index=table.index, name="poids")


_LIBELLES = {"tranche_age": "tranche d'âge", "quartier_prioritaire": "quartier prioritaire"}


def tracer_representativite(parts: pd.DataFrame, variable: str, ax=None):
    """Barres côte à côte : part de chaque groupe parmi les contributions et dans la population."""
    _verifier_table(parts, ["contributions", "population"], "parts")
    if ax is None:
        _, ax = plt.subplots()
    parts[["contributions", "population"]].rename(
        columns={"contributions": "parmi les contributions", "population": "dans la population adulte"}
    ).plot.bar(ax=ax, color=[PALETTE[0], PALETTE[1]], rot=0)
    libelle = _LIBELLES.get(variable, variable.replace("_", " "))
    ax.set_title(f"Qui a parlé ? Contributions et population, par {libelle}")
    ax.set_xlabel(libelle[:1].upper() + libelle[1:])
    ax.set_ylabel("Part")
    graduations_a_la_francaise(ax, "y", pourcentage=True)
    return ax


# --- 5. positions ------------------------------------------------------------------------


def tracer_positions(comptes: pd.DataFrame, titre: str = "Positions par thème", ax=None):
    """Barres empilées horizontales : une ligne par thème, une couleur par position
    (colonnes du tableau : pour, contre, nuancé…), en parts de chaque ligne."""
    if not isinstance(comptes, pd.DataFrame):
        raise TypeError(f"tracer_positions attend un tableau pandas ; reçu : {type(comptes).__name__}.")
    parts = comptes.div(comptes.sum(axis=1), axis=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.4 * len(parts) + 1.5))
    couleurs = {"pour": PALETTE[2], "contre": PALETTE[5], "nuancé": PALETTE[4]}
    parts.iloc[::-1].plot.barh(stacked=True, ax=ax,
                               color=[couleurs.get(c, PALETTE[7]) for c in parts.columns])
    ax.set_xlim(0, 1)
    graduations_a_la_francaise(ax, "x", pourcentage=True)
    ax.set_title(titre)
    ax.set_xlabel("Part des contributions du thème")
    ax.set_ylabel("Thème")
    ax.legend(title="Position", bbox_to_anchor=(1.0, 1.0), loc="upper left")
    return ax


# --- 6. synthèse traçable ------------------------------------------------------------------


def synthetiser(table: pd.DataFrame, themes: Themes, campagnes: pd.DataFrame | None = None,
                minorites: pd.DataFrame | None = None, noms: dict | None = None,
                nb_citations: int = 3, part_petit_theme: float = 0.03) -> pd.DataFrame:
    """Le tableau de synthèse : une ligne par thème, par signal faible et par campagne.

    Chaque ligne dit combien de **contributions** et combien de **voix** (auteur·es
    distinct·es, une campagne comptant pour ses auteur·es et non pour ses copies) elle
    représente, et **cite** les identifiants des contributions sur lesquelles elle repose
    (colonne ``citations`` : des contributions représentatives ; ``identifiants`` : toutes).
    ``noms`` (facultatif) : le nom donné par l'équipe à chaque thème (numéro → nom)."""
    _verifier_table(table, ["identifiant", "texte"])
    if not isinstance(themes, Themes):
        raise TypeError("« themes » doit être le résultat de extraire_themes(…).")
    auteurs = table["auteur"].astype(str) if "auteur" in table else table["identifiant"].astype(str)
    ids = table["identifiant"].astype(str)
    en_campagne = (np.zeros(len(table), dtype=bool) if campagnes is None
                   else campagnes["signalee"].to_numpy(dtype=bool))
    position = table["position"].astype(str) if "position" in table else None
    citations = citations_representatives(table, themes, n=nb_citations, exclure=en_campagne)
    noms = {**themes.noms, **(noms or {})}
    lignes = []

    def ligne(rubrique, intitule, masque, cites):
        masque = np.asarray(masque, dtype=bool)
        entree = {
            "rubrique": rubrique, "intitule": intitule,
            "contributions": int(masque.sum()), "voix": int(auteurs[masque].nunique()),
        }
        if position is not None:
            parts = position[masque].value_counts(normalize=True)
            for p in ("pour", "contre", "nuancé"):
                entree[p] = float(parts.get(p, 0.0))
        entree["citations"] = list(cites)
        entree["identifiants"] = list(ids[masque])
        lignes.append(entree)

    petits = themes.etiquettes.value_counts()
    for k in petits.index:
        masque = (themes.etiquettes == k).to_numpy() & ~en_campagne
        if masque.sum() == 0:
            continue
        cites = citations.loc[citations["theme"] == k, "identifiant"]
        ligne("thème", noms[int(k)], masque, cites)
        # Un petit thème garde sa ligne (sous le nom donné par l'équipe) : on le marque,
        # au lieu de le répéter plus bas sous le nom provisoire de la machine.
        lignes[-1]["petit_theme"] = bool(petits[k] < part_petit_theme * len(table))
    if minorites is not None:
        position_id = pd.Series(np.arange(len(table)), index=ids.to_numpy())
        for _, m in minorites.iterrows():
            if m.get("origine") == "petit thème":
                continue  # déjà une ligne de thème, marquée petit_theme
            masque = np.zeros(len(table), dtype=bool)
            masque[position_id.reindex(m["identifiants"]).dropna().astype(int).to_numpy()] = True
            masque &= ~en_campagne
            if masque.sum() == 0:
                continue
            # Citer, dans l'ordre du repérage (le plus caractéristique d'abord), des
            # contributions d'auteur·es différent·es, parmi celles que la règle a trouvées.
            rangs = position_id.reindex(m["identifiants"]).dropna().astype(int).to_numpy()
            rangs = rangs[masque[rangs]]
            vue = pd.DataFrame({"identifiant": ids.to_numpy()[rangs], "auteur": auteurs.to_numpy()[rangs]})
            vue = vue.drop_duplicates("auteur")
            ligne("signal faible", m["signal"], masque, vue["identifiant"].head(nb_citations))
            lignes[-1]["petit_theme"] = False
    if campagnes is not None:
        natures = nature_des_campagnes(table, campagnes)
        for g in sorted(campagnes.loc[campagnes["signalee"], "groupe"].unique()):
            masque = (campagnes["groupe"] == g).to_numpy()
            nature = natures[masque].iloc[0]
            cites = table.loc[masque, "identifiant"].astype(str).head(nb_citations)
            prefixe = "Pétition" if nature == "pétition" else "Campagne coordonnée"
            ligne("campagne", f"{prefixe} n° {g + 1} : {noms[int(themes.etiquettes[masque].mode()[0])]}",
                  masque, cites)
            lignes[-1]["petit_theme"] = False
            lignes[-1]["nature"] = nature
    synthese = pd.DataFrame(lignes)
    if "nature" not in synthese:
        synthese["nature"] = None
    synthese["nature"] = synthese["nature"].where(synthese["rubrique"] == "campagne", None)
    return synthese


def nature_des_campagnes(table: pd.DataFrame, campagnes: pd.DataFrame,
                         part_auteurs_min: float = 0.5) -> pd.Series:
    """Pour chaque contribution : « aucune », « pétition » ou « campagne coordonnée ».

    Un groupe signalé par ``grouper_campagnes`` est une **pétition** quand il réunit
    presque autant de personnes que de textes (au moins ``part_auteurs_min`` auteur·e
    distinct·e par contribution : de vraies personnes qui signent le même texte, à compter
    une fois chacune) ; sinon c'est une **campagne coordonnée** (peu de comptes, beaucoup de
    textes), dont les copies ne sont pas des voix de plus."""
    _verifier_table(table, ["identifiant"])
    _verifier_table(campagnes, ["signalee", "groupe"], "campagnes")
    auteurs = table["auteur"].astype(str) if "auteur" in table else table["identifiant"].astype(str)
    nature = pd.Series("aucune", index=table.index, name="nature", dtype=object)
    signalees = campagnes["signalee"].to_numpy(dtype=bool)
    if signalees.any():
        groupes = campagnes["groupe"][signalees]
        ratio = auteurs[signalees].groupby(groupes.to_numpy()).nunique() / groupes.value_counts()
        est_petition = groupes.map(ratio >= part_auteurs_min).to_numpy(dtype=bool)
        nature[signalees] = np.where(est_petition, "pétition", "campagne coordonnée")
    return nature


def abreger(texte: str, longueur: int = 240) -> str:
    """Coupe un texte trop long **entre deux mots** et ajoute « … » (jamais au milieu d'un mot)."""
    texte = " ".join(str(texte).split())
    if len(texte) <= longueur:
        return texte
    coupe = texte[: longueur + 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{coupe or texte[:longueur]} …"


_COURRIEL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TELEPHONE = re.compile(r"(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}")
DONNEE_MASQUEE = "[donnée personnelle masquée]"


def masquer_donnees_personnelles(texte: str, reperes=None) -> str:
    """Masque les données personnelles d'une citation : les passages repérés (``reperes`` :
    la colonne ``donnees_personnelles`` du jeu de données, une liste JSON de {debut, fin}),
    puis, par sécurité, toute adresse électronique et tout numéro de téléphone français."""
    import json

    texte = str(texte)
    if isinstance(reperes, str) and reperes.strip().startswith("["):
        try:
            passages = json.loads(reperes)
        except ValueError:
            passages = []
        for p in sorted(passages, key=lambda p: -int(p.get("debut", 0))):
            if 0 <= int(p["debut"]) < int(p["fin"]) <= len(texte):
                texte = texte[: int(p["debut"])] + DONNEE_MASQUEE + texte[int(p["fin"]):]
    texte = _COURRIEL.sub(DONNEE_MASQUEE, texte)
    return _TELEPHONE.sub(DONNEE_MASQUEE, texte)


def evaluer_minorites(synthese: pd.DataFrame, table: pd.DataFrame,
                      themes_minoritaires=tuple(SUJETS_DE_VIGILANCE), part_min: float = 0.5) -> dict:
    """Pour chaque thème minoritaire de référence : une ligne de la synthèse le porte-t-elle ?
    (au moins ``part_min`` des contributions citées par la ligne relèvent de ce thème).
    Renvoie {thème: identifiant de la ligne trouvée ou None} et le rappel."""
    _verifier_table(synthese, ["intitule", "citations"], "synthese")
    _verifier_table(table, ["identifiant", "theme_reference"])
    reference = pd.Series(table["theme_reference"].astype(str).to_numpy(),
                          index=table["identifiant"].astype(str).to_numpy())
    trouves = {}
    for theme in themes_minoritaires:
        trouves[theme] = None
        for _, l in synthese.iterrows():
            cites = reference.reindex(list(l["citations"])).dropna()
            if len(cites) and (cites == theme).mean() >= part_min:
                trouves[theme] = l["intitule"]
                break
    rappel = sum(v is not None for v in trouves.values()) / max(len(trouves), 1)
    return {"lignes": trouves, "rappel": rappel}


def _pourcent(x: float) -> str:
    return format_pourcentage(x).replace("\u202f", " ")


def rapport_markdown(synthese: pd.DataFrame, table: pd.DataFrame,
                     titre: str = "Synthèse de la concertation", nb_lignes_citees: int = 3,
                     population: pd.DataFrame | None = None, poids=None,
                     question: str = "question_zfe",
                     intitule_question: str = "Êtes-vous favorable à l'extension de la zone à faibles "
                                               "émissions en 2027 ?") -> str:
    """Un rapport lisible par des élu·es : résumé, méthode en mots simples, qui a parlé par
    rapport à la population (si ``population`` est donnée), question fermée brute, par
    personne et pondérée (si ``poids`` est donné), une partie par ligne de la synthèse avec
    des citations (données personnelles masquées, coupées entre deux mots), limites, et une
    annexe qui liste **tous** les identifiants de chaque ligne."""
    _verifier_table(synthese, ["rubrique", "intitule", "contributions", "voix", "citations"], "synthese")
    _verifier_table(table, ["identifiant", "texte"])
    ids = table["identifiant"].astype(str).to_numpy()
    textes = pd.Series(table["texte"].astype(str).to_numpy(), index=ids)
    reperes = (pd.Series(table["donnees_personnelles"].astype(str).to_numpy(), index=ids)
               if "donnees_personnelles" in table else None)
    auteurs = table["auteur"].astype(str) if "auteur" in table else table["identifiant"].astype(str)
    themes = synthese[synthese["rubrique"] == "thème"].sort_values("voix", ascending=False)
    signaux = synthese[synthese["rubrique"] == "signal faible"]
    campagnes = synthese[synthese["rubrique"] == "campagne"]
    nature = campagnes["nature"] if "nature" in campagnes else pd.Series(None, index=campagnes.index)
    petitions = campagnes[nature == "pétition"]
    coordonnees = campagnes[nature != "pétition"]
    lignes = [f"# {titre}", ""]
    # Résumé
    lignes += ["## En bref", "",
               f"- {format_nombre(len(table))} contributions reçues, de {format_nombre(auteurs.nunique())} "
               "personnes (auteur·es distinct·es). Une **voix** est une personne, comptée une fois.",
               "- Les sujets qui réunissent le plus de voix : "
               + " ; ".join(f"{t['intitule']} ({format_nombre(t['voix'])} voix)" for _, t in themes.head(3).iterrows())
               + "."]
    if len(signaux):
        lignes.append("- Sujets de vigilance, gardés quelle que soit leur taille : "
                      + " ; ".join(f"{t['intitule']} ({format_nombre(t['voix'])} voix)" for _, t in signaux.iterrows())
                      + ".")
    if len(petitions):
        lignes.append(f"- {_pluriel(len(petitions), 'pétition')} : {format_nombre(int(petitions['voix'].sum()))} signataires, "
                      "comptées une fois chacune, pour une même proposition.")
    if len(coordonnees):
        lignes.append(f"- {format_nombre(len(coordonnees))} campagne{'s' if len(coordonnees) > 1 else ''} coordonnée{'s' if len(coordonnees) > 1 else ''} : {format_nombre(int(coordonnees['contributions'].sum()))} "
                      f"textes déposés par {format_nombre(int(coordonnees['voix'].sum()))} comptes ; comptées par "
                      "compte, pas par texte.")
    lignes.append("")
    lignes += ["## La méthode, en mots simples", "",
               "Toutes les contributions ont été gardées. Les textes identiques ou presque identiques, "
               "déposés en nombre, ont été repérés puis comptés par personne. Un outil automatique a "
               "proposé des regroupements par thème ; l'équipe les a relus et nommés. Des sujets de "
               "vigilance, décidés à l'avance, ont toujours leur place, même s'ils concernent peu de "
               "personnes. La **position** (pour, contre, nuancé) est celle de la contribution sur la "
               "mesure dont elle parle ; elle a été codée par l'équipe d'analyse.", ""]
    if population is not None and {"tranche_age", "quartier_prioritaire"} <= set(table.columns):
        age = comparer_a_la_population(table, population, "tranche_age")
        lignes += ["## Qui a parlé ?", ""]
        for groupe in age.index:
            libelle = groupe.replace(" et plus", " ans et plus") if "plus" in groupe else f"{groupe} ans"
            lignes.append(f"- {libelle} : {_pourcent(age.loc[groupe, 'contributions'])} des contributions "
                          f"au profil renseigné, {_pourcent(age.loc[groupe, 'population'])} de la population adulte.")
        if "quartier_prioritaire" in population:
            part_pop = (population.loc[population["quartier_prioritaire"].astype(bool), "population"].sum()
                        / population["population"].sum())
            lignes.append(f"- Quartiers prioritaires : {_pourcent(table['quartier_prioritaire'].astype(bool).mean())} "
                          f"des contributions, {_pourcent(part_pop)} de la population adulte.")
        lignes += ["", "Celles et ceux qui n'ont pas participé ne sont pas représenté·es ; le redressement "
                   "ci-dessous corrige l'âge et le genre, pas l'absence.", ""]
    if question in table:
        reponses = table[question].astype(str)
        par_personne = reponses[~auteurs.duplicated(keep="last").to_numpy()]
        lignes += ["## Question fermée", "", f"« {intitule_question} »", ""]
        for r in ("oui", "non", "sans avis"):
            detail = (f"- {r} : {_pourcent((reponses == r).mean())} des contributions, "
                      f"{_pourcent((par_personne == r).mean())} des personnes (une réponse par personne)")
            if poids is not None:
                w = pd.Series(np.asarray(poids, dtype=float), index=table.index)
                detail += f", {_pourcent(w[(reponses == r).to_numpy()].sum() / w.sum())} après redressement âge × genre"
            lignes.append(detail + ".")
        lignes += ["", "Ce n'est pas un vote : seules les personnes qui ont participé ont répondu.", ""]
    rubriques = [(themes, "## Les thèmes"), (signaux, "## Signaux faibles et voix minoritaires"),
                 (petitions, "## Pétitions (une voix par signataire)"),
                 (coordonnees, "## Campagnes coordonnées (comptées par compte, pas par texte)")]
    numero = 0
    annexe = ["## Annexe : les identifiants de chaque ligne", "",
              "Chaque ligne ci-dessus renvoie à toutes les contributions sur lesquelles elle repose :", ""]
    for part, entete in rubriques:
        if part.empty:
            continue
        lignes += [entete, ""]
        for _, l in part.iterrows():
            numero += 1
            detail = f"{format_nombre(l['contributions'])} contributions, {format_nombre(l['voix'])} voix"
            if {"pour", "contre", "nuancé"} <= set(l.index) and not pd.isna(l.get("pour")):
                detail += (f" ; positions sur la mesure évoquée : pour {_pourcent(l['pour'])}, contre "
                           f"{_pourcent(l['contre'])}, nuancé {_pourcent(l['nuancé'])}")
            if l.get("petit_theme") is True:
                detail += " ; petit thème, gardé par la règle"
            lignes.append(f"### {l['intitule']}")
            lignes.append(f"{detail}. Identifiants : annexe, ligne {numero}.")
            lignes.append("")
            for identifiant in list(l["citations"])[:nb_lignes_citees]:
                brut = textes.get(identifiant, "")
                if reperes is not None:
                    brut = masquer_donnees_personnelles(brut, reperes.get(identifiant))
                else:
                    brut = masquer_donnees_personnelles(brut)
                lignes.append(f"> « {abreger(brut, 240)} » [{identifiant}]")
                lignes.append(">")
            if lignes[-1] == ">":
                lignes.pop()
            lignes.append("")
            tous = list(l["identifiants"]) if "identifiants" in l else list(l["citations"])
            annexe.append(f"{numero}. **{l['intitule']}** ({format_nombre(len(tous))}) : {', '.join(tous)}")
    lignes += ["## Limites", "",
               "- Thèmes et regroupements sont proposés par une machine puis relus par l'équipe ; "
               "certains petits thèmes ne sont que des phrases types répétées et ne disent rien de neuf.",
               "- Les personnes qui ont contribué ne représentent pas toute la population ; le "
               "redressement corrige l'âge et le genre, pas les quartiers ni les absent·es.",
               "- Les sujets de vigilance ne trouvent que les mots prévus ; un sujet imprévu peut manquer.",
               "- Aucune décision ne découle de ces chiffres sans lecture humaine.", "",
               "**Données personnelles** : les citations peuvent contenir des noms, des adresses ou des "
               f"numéros ; ceux que l'outil a repérés sont remplacés par « {DONNEE_MASQUEE} », mais "
               "relisez chaque citation avant de publier ce rapport.", ""]
    return "\n".join(lignes + annexe + [""])


def rapport_html(markdown: str) -> str:
    """Convertit le rapport Markdown en page HTML autonome (bibliothèque mistune)."""
    import mistune

    if not isinstance(markdown, str):
        raise TypeError("rapport_html attend le texte Markdown renvoyé par rapport_markdown(…).")
    corps = mistune.html(markdown)
    titre = html.escape(markdown.splitlines()[0].lstrip("# ")) if markdown else "Rapport"
    return (f'<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>{titre}</title>'
            "<style>body{font-family:sans-serif;max-width:50em;margin:auto;line-height:1.5}"
            "blockquote{border-left:4px solid #0072B2;margin-left:0;padding-left:1em;color:#333}</style>"
            f"</head>\n<body>\n{corps}</body>\n</html>\n")


# --- 8. tout enchaîner ---------------------------------------------------------------------


def synthetiser_consultation(table: pd.DataFrame, nb_themes: int = 12, graine: int = 0,
                             population: pd.DataFrame | None = None,
                             voisins_min: int = VOISINS_MIN) -> dict:
    """Toute la chaîne, de la table des contributions au tableau de synthèse : copies
    exactes, campagnes, thèmes (appris sur une voix par copie, hors accords très courts),
    signaux faibles, synthèse, et poids de redressement si ``population`` est donnée.
    Renvoie un dictionnaire : doublons, campagnes, themes, minorites, synthese, poids."""
    _verifier_table(table, ["identifiant", "texte"])
    textes = table["texte"].fillna("").astype(str)
    n = len(textes)
    # Un seul TF-IDF des mots sert aux campagnes et aux thèmes. Son vocabulaire est appris
    # sur au plus TAILLE_VOCABULAIRE textes ; textes, copies et sujets de vigilance sont
    # ensuite traités par tranches, pour borner la mémoire à grande échelle.
    vectoriseur = _vectoriseur(max_df=0.5)
    petite = n <= TAILLE_TRANCHE
    if not petite:
        vectoriseur.fit(_normaliser_tout(textes.sample(TAILLE_VOCABULAIRE, random_state=graine)))
    empreintes = np.empty(n, dtype=np.uint64)
    nb_mots = np.empty(n, dtype=np.int64)
    scores = {sujet: np.zeros(n, dtype=np.int16) for sujet in SUJETS_DE_VIGILANCE}
    blocs = []
    for debut in range(0, n, TAILLE_TRANCHE):
        tranche = textes.iloc[debut : debut + TAILLE_TRANCHE]
        normalises = _normaliser_tout(tranche)
        empreintes[debut : debut + len(tranche)] = pd.util.hash_pandas_object(normalises, index=False).to_numpy()
        for sujet, score in _scores_vigilance(normalises, SUJETS_DE_VIGILANCE).items():
            scores[sujet][debut : debut + len(tranche)] = score
        nb_mots[debut : debut + len(tranche)] = _nb_mots(tranche)
        blocs.append(vectoriseur.fit_transform(normalises) if petite else vectoriseur.transform(normalises))
        del normalises
    x = sparse.vstack(blocs, format="csr")
    del blocs
    doublons = pd.Series(pd.factorize(empreintes)[0], index=table.index, name="groupe_copies")
    longs = np.flatnonzero(nb_mots >= MOTS_MIN)
    campagnes = _grouper(x[longs], longs, table.index, SEUIL_CAMPAGNE, voisins_min, TAILLE_REFERENCE, graine)
    voix = np.flatnonzero((~doublons.duplicated().to_numpy()) & ~campagnes["signalee"].to_numpy() & (nb_mots >= 5))
    if len(voix) > TAILLE_APPRENTISSAGE:
        voix = np.sort(np.random.default_rng(graine).choice(voix, TAILLE_APPRENTISSAGE, replace=False))
    themes = _themes(x, x[voix], vectoriseur, nb_themes, graine, table.index, originaux=textes.iloc[voix])
    minorites = reperer_minorites(table, themes, scores=scores)
    synthese = synthetiser(table, themes, campagnes, minorites)
    poids = None
    if population is not None and {"tranche_age", "genre"} <= set(table.columns):
        poids = ponderer(table, population)
    return {"doublons": doublons, "campagnes": campagnes, "themes": themes,
            "minorites": minorites, "synthese": synthese, "poids": poids}


def _generer_et_synthetiser(n: int, graine: int, population) -> tuple:
    """Génère ``n`` contributions et les synthétise (pour ``lancer_passage_a_l_echelle``)."""
    import time

    from threadpoolctl import threadpool_limits

    from .corpus import generer_consultation

    with threadpool_limits(1, user_api="blas"):
        grande = generer_consultation(n=n, graine=graine)
        debut = time.perf_counter()
        resultat = synthetiser_consultation(grande, population=population, graine=graine)
        return grande, resultat, time.perf_counter() - debut


class PassageALEchelle:
    """Un calcul de ``synthetiser_consultation`` sur ``n`` contributions générées, lancé dans
    un second processus (l'autre cœur de la machine) pendant que le notebook continue.
    ``resultat()`` attend la fin et renvoie (contributions, résultat de la chaîne, durée de
    la chaîne en secondes). Si ``n`` ou ``graine`` ont changé depuis le lancement, ou si la
    machine ne permet pas de lancer un second processus, le calcul est fait ici, au premier
    plan. Une erreur pendant le calcul est signalée telle quelle."""

    def __init__(self, n: int, graine: int, population=None, arriere_plan: bool = True):
        self.n, self.graine, self.population = int(n), int(graine), population
        self._futur = self._executeur = None
        if arriere_plan:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            try:
                self._executeur = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, RuntimeError):  # pas de second processus possible ici
                self._executeur = None
            if self._executeur is not None:
                self._futur = self._executeur.submit(_generer_et_synthetiser, self.n, self.graine, population)
                self._executeur.shutdown(wait=False)  # le second processus s'arrêtera dès le calcul fini

    def resultat(self, n: int | None = None, graine: int | None = None) -> tuple:
        memes = (n is None or int(n) == self.n) and (graine is None or int(graine) == self.graine)
        if self._futur is not None:
            try:
                if memes:
                    return self._futur.result(timeout=600)
            finally:
                self._executeur.shutdown(wait=True, cancel_futures=True)  # libère le second processus
                self._futur = None
        return _generer_et_synthetiser(self.n if n is None else int(n),
                                       self.graine if graine is None else int(graine), self.population)


def lancer_passage_a_l_echelle(n: int, graine: int = 0, population=None,
                               arriere_plan: bool = True) -> PassageALEchelle:
    """Lance, dans un second processus, la génération de ``n`` contributions et leur synthèse
    (``synthetiser_consultation``) ; le résultat se récupère plus tard avec ``.resultat()``.
    Sur une machine à deux cœurs, le notebook continue pendant ce temps sur l'autre cœur."""
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 100:
        raise ValueError(f"n doit être un nombre entier d'au moins 100 (reçu : {n!r}).")
    return PassageALEchelle(n, graine, population, arriere_plan)


def curseur_nombre_themes(textes, stabilite: pd.DataFrame, valeur: int = 12, graine: int = 0,
                          apprendre_sur=None, themes: Themes | None = None):
    """Widget : un curseur choisit le nombre de thèmes ; on voit la courbe de stabilité
    et les mots-clés des thèmes obtenus (``extraire_themes`` avec ``apprendre_sur``).
    ``themes`` (facultatif) : les thèmes déjà calculés pour la valeur de départ."""
    textes = _textes(textes)
    _verifier_table(stabilite, ["nb_themes", "stabilite"], "stabilite")
    curseur = widgets.IntSlider(value=valeur, min=4, max=20, step=2, description="Thèmes",
                                continuous_update=False)
    sortie = widgets.Output()
    deja_calcules = {valeur: themes} if themes is not None else {}

    def actualiser(*_):
        if curseur.value not in deja_calcules:
            deja_calcules[curseur.value] = extraire_themes(
                textes, nb_themes=curseur.value, graine=graine, apprendre_sur=apprendre_sur)
        resultat = deja_calcules[curseur.value]
        figure, ax = plt.subplots()
        tracer_stabilite(stabilite, choix=curseur.value, ax=ax)
        lignes = [f"{curseur.value} thèmes ; du plus grand au plus petit :"]
        for _, t in resultat.tableau().iterrows():
            lignes.append(f"  {format_nombre(t['contributions']):>6} contributions — {t['mots_cles']}")
        lignes.append("📖 Lecture : plus on demande de thèmes, plus ils sont fins, mais moins ils "
                      "sont stables d'un calcul à l'autre ; les petits thèmes restent-ils lisibles ?")
        remplir_sortie(sortie, figure, "\n".join(lignes))

    return assembler_widget([curseur], [curseur], sortie, actualiser)


# --- 10. données ouvertes du Grand Débat national ---------------------------------------

# Colonnes communes aux fichiers du Grand Débat national (data.gouv.fr, 2019) ; viennent
# ensuite une colonne par question, nommée « identifiant de la question - texte ».
COLONNES_GRAND_DEBAT = (
    "id", "reference", "title", "createdAt", "publishedAt", "updatedAt", "trashed",
    "trashedStatus", "authorId", "authorType", "authorZipCode",
)
# Adresse publiée en 2019 pour le thème « La transition écologique » (voir data/README.md) ;
# les fichiers sont aussi sur data.gouv.fr (« Données ouvertes du Grand Débat National »).
URL_GRAND_DEBAT = ("http://opendata.auth-6f31f706db6f4a24b55f42a6a79c5086.storage.sbg.cloud.ovh.net/"
                   "2019-03-21/LA_TRANSITION_ECOLOGIQUE.csv")
FICHIER_EXEMPLE = "grand_debat_exemple.csv"


def _dossier_cache() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("CIVICLABS_CACHE") or user_cache_dir("civiclabs"))


def _sha256(chemin: Path) -> str:
    empreinte = hashlib.sha256()
    with chemin.open("rb") as fichier:
        for morceau in iter(lambda: fichier.read(1 << 20), b""):
            empreinte.update(morceau)
    return empreinte.hexdigest()


def charger_grand_debat(telecharger: bool = False, url: str = URL_GRAND_DEBAT,
                        sha256: str | None = None, dossier_cache=None, lignes_max: int | None = None,
                        ouvrir=None) -> pd.DataFrame:
    """Contributions du Grand Débat national (2019), au format des données ouvertes.

    Par défaut (``telecharger=False``), rien n'est téléchargé : on lit le petit échantillon
    **fabriqué par le projet** dans le même format (``data/grand_debat_exemple.csv``, textes
    inventés). Avec ``telecharger=True``, le fichier ``url`` est téléchargé une seule fois,
    gardé dans le dossier de cache (``dossier_cache``, par défaut celui de l'utilisateur·ice),
    vérifié (colonnes attendues, empreinte ``sha256`` si elle est donnée), puis relu depuis le
    cache les fois suivantes. Les données réelles sont sous Licence Ouverte / Etalab 2.0.

    Renvoie un tableau à une ligne par contribution, avec les colonnes d'origine et deux
    colonnes ajoutées : ``identifiant`` (= ``id``) et ``texte`` (les réponses ouvertes mises
    bout à bout)."""
    if not isinstance(telecharger, bool):
        raise TypeError("telecharger doit valoir True ou False.")
    if not telecharger:
        from .donnees import chemin_donnees

        chemin = chemin_donnees() / FICHIER_EXEMPLE
        if not chemin.is_file():
            raise FileNotFoundError(
                f"L'échantillon {FICHIER_EXEMPLE} est absent de {chemin.parent} : récupérez-le "
                "depuis le dépôt du cours (git checkout -- data/)."
            )
    else:
        if not isinstance(url, str) or not url:
            raise ValueError("Indiquez l'adresse du fichier à télécharger (url=…).")
        dossier = Path(dossier_cache) if dossier_cache is not None else _dossier_cache()
        dossier.mkdir(parents=True, exist_ok=True)
        chemin = dossier / (hashlib.sha256(url.encode()).hexdigest()[:16] + "_" + Path(url).name)
        if not chemin.is_file():
            temporaire = chemin.with_suffix(".partiel")
            ouvrir = ouvrir or urllib.request.urlopen
            try:
                with ouvrir(url) as reponse, temporaire.open("wb") as fichier:
                    for morceau in iter(lambda: reponse.read(1 << 20), b""):
                        fichier.write(morceau)
            except OSError as erreur:
                temporaire.unlink(missing_ok=True)
                raise ConnectionError(
                    f"Le téléchargement de {url} a échoué ({erreur}). Vérifiez la connexion, "
                    "ou travaillez sur l'échantillon : charger_grand_debat()."
                ) from None
            temporaire.replace(chemin)
        if sha256 is not None and _sha256(chemin) != sha256.lower():
            chemin.unlink()
            raise ValueError(
                f"Le fichier téléchargé depuis {url} n'a pas l'empreinte attendue : il est "
                "incomplet ou a changé. Il a été supprimé du cache ; relancez le téléchargement."
            )
    try:
        table = pd.read_csv(chemin, dtype=str, keep_default_na=False, nrows=lignes_max)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as erreur:
        raise ValueError(f"Le fichier {chemin} n'est pas un CSV lisible ({erreur}).") from None
    manquantes = [c for c in COLONNES_GRAND_DEBAT if c not in table.columns]
    if manquantes:
        raise ValueError(
            f"Le fichier {chemin.name} n'a pas le format du Grand Débat : il manque les colonnes "
            f"{', '.join(manquantes)}."
        )
    questions = [c for c in table.columns if c not in COLONNES_GRAND_DEBAT]
    if not questions:
        raise ValueError(f"Le fichier {chemin.name} ne contient aucune colonne de question.")
    # Questions ouvertes : des réponses presque toutes différentes ; les questions fermées
    # (« Oui », « Non », un choix dans une liste) reprennent toujours les mêmes valeurs.
    ouvertes = [q for q in questions
                if table[q].loc[table[q] != ""].nunique() > 0.3 * max((table[q] != "").sum(), 1)]
    table["identifiant"] = table["id"]
    table["texte"] = table[ouvertes or questions].apply(
        lambda ligne: " ".join(v for v in ligne if v), axis=1)
    return table
