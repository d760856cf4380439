"""Thèmes : NMF (factorisation en matrices non négatives) sur le TF-IDF des voix (une par
groupe de copies), apprise sur au plus ``taille_apprentissage`` contributions ; stabilité
selon le nombre de thèmes, citations représentatives, curseur du nombre de thèmes."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

from ..graphiques import PALETTE, graduations_a_la_francaise
from ..texte import format_nombre, format_pourcentage
from ..widgets import assembler_widget, remplir_sortie
from .entrees import _textes, _verifier_table
from .textes import _empreinte, _normaliser_tout, _vectoriseur, normaliser

TAILLE_APPRENTISSAGE = 6_000


NMF_TOL = 1e-3  # tolérance d'arrêt de la NMF : les mêmes thèmes qu'à 1e-4 ici, en moins d'itérations


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
    seconde: pd.Series | None = field(default=None, repr=False)
    force_seconde: pd.Series | None = field(default=None, repr=False)
    petits_ajoutes: int = 0

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
    cherches = set(mots)
    comptes: dict[str, dict[str, int]] = {}
    for mot, nombre in Counter(_MOT_ACCENTUE.findall(" ".join(pd.Series(originaux).astype(str)).lower())).items():
        cle = normaliser(mot)
        if cle in cherches:
            comptes.setdefault(cle, {})[mot] = nombre
    return {cle: max(sorted(formes), key=formes.get) for cle, formes in comptes.items()}


# Recherche des petits thèmes : les textes que les thèmes appris expliquent mal (force sous
# PART_RESIDU × la médiane) ou rangés dans un thème « phrase type » forment un résidu ; une
# seconde NMF de THEMES_RESIDU thèmes y cherche des sujets que la première a noyés (un sujet
# de 2 % des contributions, comme les livraisons du cours). Un thème du résidu est gardé s'il
# est distinct de tous les thèmes déjà trouvés (similarité cosinus < SIMILARITE_MAX_RESIDU).
PART_RESIDU = 0.6
THEMES_RESIDU = 4
SIMILARITE_MAX_RESIDU = 0.5
TAILLE_MIN_RESIDU = 30


def _themes(x, x_app, vectoriseur, nb_themes, graine, index, originaux=None,
            petits_themes: bool = False) -> Themes:
    """Cœur d'extraire_themes : NMF apprise sur ``x_app``, thèmes affectés aux lignes de ``x``.

    ``petits_themes`` : chercher aussi les petits thèmes noyés par les grands (voir
    ``PART_RESIDU``) ; il peut alors y avoir quelques thèmes de plus que ``nb_themes``."""
    modele = NMF(n_components=nb_themes, random_state=graine, init="nndsvda", max_iter=400, tol=NMF_TOL)
    modele.fit(x_app)
    composantes = modele.components_
    ajoutes = 0
    if petits_themes:
        h = composantes / np.maximum(np.linalg.norm(composantes, axis=1, keepdims=True), 1e-12)
        etiquettes, force, seconde, force_seconde = _premier_et_second(np.asarray(x_app @ h.T))
        artefacts = _artefacts(etiquettes, force, seconde, force_seconde, nb_themes)
        residu = (force < PART_RESIDU * np.median(force)) | np.isin(etiquettes, list(artefacts))
        if residu.sum() >= max(TAILLE_MIN_RESIDU, 3 * THEMES_RESIDU):
            second = NMF(n_components=THEMES_RESIDU, random_state=graine, init="nndsvda", max_iter=400,
                         tol=NMF_TOL).fit(x_app[residu])
            r = second.components_ / np.maximum(np.linalg.norm(second.components_, axis=1, keepdims=True), 1e-12)
            gardes = [j for j in range(THEMES_RESIDU) if (h @ r[j]).max() < SIMILARITE_MAX_RESIDU
                      and (np.asarray(x_app[residu] @ r.T).argmax(axis=1) == j).sum() >= TAILLE_MIN_RESIDU // 3]
            if gardes:
                # Même échelle que les thèmes de la première NMF, pour les mots-clés.
                echelle = np.linalg.norm(composantes, axis=1).mean()
                composantes = np.vstack([composantes, r[gardes] * echelle])
                ajoutes = len(gardes)
    nb_themes += ajoutes
    # Affectation : le thème dont les mots pèsent le plus dans le texte (projection sur les
    # thèmes appris, normalisés) ; linéaire en temps, donc utilisable sur un million de textes.
    h = (composantes / np.maximum(np.linalg.norm(composantes, axis=1, keepdims=True), 1e-12)).astype(np.float32)
    poids = np.asarray(x @ h.T)
    mots = np.asarray(vectoriseur.get_feature_names_out())
    mots_cles = {k: list(mots[np.argsort(-composantes[k])[:10]]) for k in range(nb_themes)}
    formes = _formes_accentuees(originaux, {m for liste in mots_cles.values() for m in liste})
    etiquettes, force, seconde, force_seconde = _premier_et_second(poids)
    del poids
    return Themes(
        etiquettes=pd.Series(etiquettes, index=index, name="theme"),
        force=pd.Series(force, index=index, name="force"),
        mots_cles=mots_cles, modele=modele, vectoriseur=vectoriseur, formes=formes,
        seconde=pd.Series(seconde.astype(np.int16), index=index, name="seconde"),
        force_seconde=pd.Series(force_seconde.astype(np.float32), index=index, name="force_seconde"),
        petits_ajoutes=ajoutes,
    )


def _premier_et_second(poids: np.ndarray):
    """Pour chaque ligne : le thème le plus lourd et sa force, puis le thème qui vient en
    second (là où iraient les contributions d'un thème écarté) et sa force. Modifie ``poids``."""
    lignes = np.arange(len(poids))
    etiquettes = poids.argmax(axis=1)
    force = poids[lignes, etiquettes].copy()
    if poids.shape[1] < 2:
        return etiquettes, force, etiquettes, np.zeros_like(force)
    poids[lignes, etiquettes] = -np.inf
    seconde = poids.argmax(axis=1)
    return etiquettes, force, seconde, poids[lignes, seconde]


# Un thème « phrase type » : la plupart de ses contributions (PART_EXPLIQUEE_AILLEURS) sont
# presque aussi bien expliquées par un autre thème (RAPPORT_SECONDE de la force), et ces
# autres thèmes sont dispersés (aucun ne reçoit plus de PART_MAX_DESTINATION d'entre elles) :
# ce qui les réunit est une formule répétée (« J'ai lu attentivement le dossier… »), pas un
# sujet. Réglages choisis sur la consultation du cours, vérifiés sur d'autres tirages.
PART_EXPLIQUEE_AILLEURS = 0.55
RAPPORT_SECONDE = 0.6
PART_MAX_DESTINATION = 0.4


def themes_artefacts(themes: Themes, garder=None) -> dict[int, str]:
    """Les thèmes « phrase type » (voir ``PART_EXPLIQUEE_AILLEURS``), avec la raison, en
    français. ``garder`` (vrai/faux par contribution, facultatif) : les contributions à
    examiner (par exemple hors campagnes et accords courts)."""
    if themes.seconde is None:
        return {}
    garder = np.ones(len(themes.etiquettes), dtype=bool) if garder is None else np.asarray(garder, dtype=bool)
    return _artefacts(themes.etiquettes.to_numpy()[garder], themes.force.to_numpy()[garder],
                      themes.seconde.to_numpy()[garder], themes.force_seconde.to_numpy()[garder],
                      len(themes.mots_cles))


def _artefacts(etiquettes, force, seconde, force_seconde, nb_themes) -> dict[int, str]:
    ailleurs = (force_seconde >= RAPPORT_SECONDE * force) & (force > 0)
    artefacts = {}
    for k in range(nb_themes):
        membres = etiquettes == k
        if membres.sum() < 10:
            continue
        part = ailleurs[membres].mean()
        if part < PART_EXPLIQUEE_AILLEURS:
            continue
        destinations = np.bincount(seconde[membres & ailleurs], minlength=nb_themes)
        if destinations.max() <= PART_MAX_DESTINATION * destinations.sum():
            artefacts[int(k)] = (
                f"phrase type : {format_pourcentage(part, 0)} de ses contributions parlent surtout d'un autre sujet"
            )
    return artefacts


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
            nmf = NMF(n_components=int(k), random_state=g, init="random", max_iter=400, tol=1e-3)
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
                              exclure=None, *, etiquettes=None, force=None) -> pd.DataFrame:
    """Pour chaque thème, les ``n`` contributions qui l'illustrent le mieux (les plus liées
    au thème, de longueur proche de la médiane du thème), d'auteur·es différent·es, hors ``exclure`` (vrai/faux, par exemple les
    contributions de campagne). Colonnes : theme, identifiant, auteur, texte, force."""
    _verifier_table(table, ["identifiant", "texte"])
    if not isinstance(themes, Themes):
        raise TypeError("« themes » doit être le résultat de extraire_themes(…).")
    etiquettes = themes.etiquettes.to_numpy() if etiquettes is None else np.asarray(etiquettes)
    force = (themes.force.to_numpy() if force is None else np.asarray(force)).astype(float)
    if exclure is not None:
        force = np.where(np.asarray(exclure, dtype=bool), -np.inf, force)
    # Des citations représentatives en longueur aussi : d'abord les textes dont la longueur
    # est entre la moitié et le double de la longueur médiane du thème (les plus liés au thème
    # sont souvent les plus courts) ; les autres ne viennent qu'à défaut.
    from .textes import _nb_mots

    force_brute = force.copy()
    mots = _nb_mots(table["texte"].fillna("").astype(str))
    gardes = np.isfinite(force)
    if gardes.any():
        medianes = pd.Series(mots[gardes]).groupby(etiquettes[gardes]).median()
        mediane = medianes.reindex(etiquettes).to_numpy()
        hors_longueur = gardes & ((mots < 0.5 * mediane) | (mots > 2 * mediane))
        force = np.where(hors_longueur, force - 2.0, force)
    # Les meilleures candidates de chaque thème d'abord (peu de lignes), puis les textes.
    ordre = np.lexsort((-force, etiquettes))
    rang = np.arange(len(ordre)) - np.searchsorted(etiquettes[ordre], etiquettes[ordre])
    candidates = np.sort(ordre[(rang < 20 * n) & np.isfinite(force[ordre])])
    auteurs = table["auteur"] if "auteur" in table else table["identifiant"]
    vue = pd.DataFrame({
        "theme": etiquettes[candidates], "force": force_brute[candidates], "rang": force[candidates],
        "identifiant": table["identifiant"].astype(str).to_numpy()[candidates],
        "auteur": auteurs.astype(str).to_numpy()[candidates],
        "texte": table["texte"].astype(str).to_numpy()[candidates],
    })
    vue = vue.sort_values(["theme", "rang"], ascending=[True, False], kind="stable")
    vue = vue.drop_duplicates(["theme", "auteur"]).drop_duplicates(["theme", "texte"])
    return vue.groupby("theme", sort=True).head(n).reset_index(drop=True)[
        ["theme", "identifiant", "auteur", "texte", "force"]]


def _lecture_stabilite(stabilite: pd.DataFrame, choix: int) -> str:
    """La lecture du curseur des thèmes, tirée des chiffres de la courbe (et non d'une règle
    générale : la stabilité ne baisse pas toujours quand on demande plus de thèmes)."""
    valeurs = stabilite.set_index("nb_themes")["stabilite"].astype(float)
    haut, bas = valeurs.idxmax(), valeurs.idxmin()
    phrase = (f"la stabilité va de {format_nombre(valeurs[bas], 2)} ({bas} thèmes) à "
              f"{format_nombre(valeurs[haut], 2)} ({haut} thèmes) ; ")
    if choix in valeurs.index:
        phrase += f"à {choix} thèmes, elle vaut {format_nombre(valeurs[choix], 2)}. "
    else:
        phrase += f"elle n'a pas été mesurée pour {choix} thèmes. "
    return phrase + ("Plus de thèmes donne des thèmes plus fins ; la stabilité ne dit pas s'ils se "
                     "nomment : lisez les mots-clés, les petits thèmes restent-ils lisibles ?")


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
        lignes.append("📖 Lecture : " + _lecture_stabilite(stabilite, curseur.value))
        remplir_sortie(sortie, figure, "\n".join(lignes))

    return assembler_widget([curseur], [curseur], sortie, actualiser)
