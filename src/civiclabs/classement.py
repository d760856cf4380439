"""Outils du Lab 01 : orienter les demandes vers un service, mesurer, garder un humain.

Ce que le notebook importe :

- ``limiter_calculs_paralleles`` : un seul fil de calcul pour l'algèbre linéaire
  (sur une petite machine à 2 cœurs, c'est plus rapide pour ces petits calculs) ;
- ``REGLES_EXEMPLE``, ``router_par_mots_cles``, ``router_demandes`` : le routeur à mots-clés ;
- ``decouper_demandes``, ``entrainer_routeur``, ``similarite_plus_proche`` ;
- ``mots_appris_ailleurs`` (pour les cellules de test : repérer un modèle entraîné sur les
  demandes qui servent à le juger ; importé depuis ``civiclabs.classement``) ;
- ``rappel_par_service``, ``tracer_matrice_confusion`` ;
- ``mots_influents``, ``tracer_mots_influents``, ``probabilites`` ;
- ``tableau_de_confiance``, ``courbe_seuil``, ``tracer_courbe_seuil`` ;
- widgets : ``curseur_seuil``, ``curseur_mots_influents``.

Chaque widget s'appuie sur une fonction ordinaire, testée à part ; à sa création, il
calcule et affiche une première fois (il fonctionne donc aussi sous papermill).
"""

from __future__ import annotations

import re
from functools import lru_cache

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .graphiques import PALETTE, graduations_a_la_francaise
from .texte import format_nombre, format_pourcentage, mots_vides, sans_accents
from .widgets import _pluriel, assembler_widget, remplir_sortie

__all__ = [
    "REGLES_EXEMPLE",
    "SERVICE_PAR_DEFAUT",
    "courbe_seuil",
    "curseur_mots_influents",
    "curseur_seuil",
    "decouper_demandes",
    "entrainer_routeur",
    "limiter_calculs_paralleles",
    "mots_influents",
    "probabilites",
    "rappel_par_service",
    "router_demandes",
    "router_par_mots_cles",
    "similarite_plus_proche",
    "tableau_de_confiance",
    "tracer_courbe_seuil",
    "tracer_matrice_confusion",
    "tracer_mots_influents",
]

SERVICE_PAR_DEFAUT = "Hors compétence / autre"

# Quelques mots-clés par service, écrits comme le ferait un·e agent·e pressé·e.
REGLES_EXEMPLE = {
    "Propreté et déchets": ["poubelle", "déchets", "ordures", "encombrants", "propreté"],
    "Voirie et déplacements": ["trottoir", "chaussée", "nid de poule", "travaux", "route"],
    "Tranquillité publique": ["bruit", "tapage", "agression", "insécurité", "harcèlement"],
    "Espaces verts": ["arbre", "parc", "jardin", "pelouse", "haie"],
    "Stationnement": ["stationnement", "parking", "garé", "fourrière", "horodateur"],
    "Eau et assainissement": ["eau", "fuite", "égout", "inondation", "canalisation"],
    "Éclairage public": ["lampadaire", "éclairage", "réverbère", "lumière", "ampoule"],
    "Logement et habitat": ["logement", "loyer", "insalubre", "chauffage", "humidité"],
    "Solidarités et action sociale": ["aide", "social", "isolement", "repas", "précarité"],
}


def limiter_calculs_paralleles() -> None:
    """Limite l'algèbre linéaire (BLAS) à un seul fil de calcul.

    Sur une machine à 2 cœurs partagés, la régression logistique de ce lab est
    2 à 7 fois plus rapide ainsi : ses calculs sont trop petits pour gagner à être
    répartis. Sans effet sur les résultats.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


_PAS_UNE_LETTRE = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def _normaliser(texte: str) -> str:
    """« Le Lampadaire, éteint ! » → « le lampadaire eteint » (avec des espaces autour)."""
    return " " + _PAS_UNE_LETTRE.sub(" ", sans_accents(str(texte).lower())).strip() + " "


def _motif(mot: str) -> str:
    return _normaliser(mot).rstrip()


def _preparer_regles(regles) -> list[tuple[str, list[str]]]:
    if not isinstance(regles, dict):
        raise TypeError(
            "Les règles doivent être un dictionnaire {service: [mots-clés]}, "
            f"pas {type(regles).__name__}."
        )
    preparees = []
    for service, mots in regles.items():
        if isinstance(mots, str):
            mots = [mots]
        motifs = [_motif(str(mot)) for mot in mots]
        preparees.append((service, [m for m in motifs if m.strip()]))
    return preparees


def _router(cible: str, preparees, defaut: str) -> str:
    meilleur, meilleur_score = defaut, 0
    for service, motifs in preparees:
        score = sum(1 for motif in motifs if motif in cible)
        if score > meilleur_score:
            meilleur, meilleur_score = service, score
    return meilleur


def router_par_mots_cles(texte: str, regles: dict, defaut: str = SERVICE_PAR_DEFAUT) -> str:
    """Service choisi par des règles de mots-clés : celui dont le plus de mots-clés
    apparaissent dans le texte (majuscules, accents et ponctuation ignorés ; un mot-clé
    compte aussi au début d'un mot plus long : « poubelle » trouve « poubelles »).

    ``regles`` associe un service à une liste de mots-clés (un mot-clé peut contenir
    plusieurs mots : « nid de poule »). En cas d'égalité, le premier service de
    ``regles`` l'emporte ; si aucun mot-clé n'apparaît, on renvoie ``defaut``.
    """
    return _router(_normaliser(str(texte)), _preparer_regles(regles), defaut)


def router_demandes(textes, regles: dict, defaut: str = SERVICE_PAR_DEFAUT) -> pd.Series:
    """Applique ``router_par_mots_cles`` à chaque texte ; renvoie une colonne pandas
    (même index que ``textes`` si c'en est une)."""
    preparees = _preparer_regles(regles)
    services = [_router(_normaliser(str(t)), preparees, defaut) for t in textes]
    return pd.Series(services, index=getattr(textes, "index", None), name="service_regles")


def decouper_demandes(demandes: pd.DataFrame, part_test: float = 0.25, graine: int = 2025):
    """Découpe les demandes en (apprentissage, évaluation), en gardant les proportions
    de chaque service (découpage « stratifié »). Même graine, même découpage."""
    from sklearn.model_selection import train_test_split

    return train_test_split(
        demandes, test_size=part_test, random_state=graine, stratify=demandes["service"]
    )


def _textes(textes) -> list[str]:
    return [str(t) for t in textes]


# Les noms des étapes du modèle du cours : ils le distinguent d'un Pipeline construit dans un
# exercice (« tfidf », « modele »), qui n'a pas le droit d'être ce modèle tout fait.
ETAPES_DU_COURS = ("tfidf_du_cours", "modele_du_cours")


def entrainer_routeur(textes, etiquettes):
    """Le modèle du cours : TF-IDF (mots vides français retirés) puis régression logistique,
    dans un Pipeline scikit-learn, entraîné sur ``textes`` et ``etiquettes``. Ses étapes
    s'appellent ``ETAPES_DU_COURS``."""
    import warnings

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    modele = Pipeline(
        [
            (ETAPES_DU_COURS[0], TfidfVectorizer(stop_words=mots_vides())),
            (ETAPES_DU_COURS[1], LogisticRegression(max_iter=1000)),
        ]
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")
        modele.fit(_textes(textes), [str(e) for e in etiquettes])
    return modele


def mots_appris_ailleurs(modele, textes) -> list[str]:
    """Mots du vocabulaire appris par ``modele`` (un Pipeline dont la première étape est un
    vectoriseur de scikit-learn déjà entraîné) qu'aucun des ``textes`` ne contient.

    Une liste non vide trahit un modèle entraîné sur d'autres demandes que ``textes`` : une
    fuite, si ces autres demandes servent ensuite à le juger. Les mots sont découpés comme
    le fait le modèle lui-même ; les mots les plus courants (et les vrais mots plutôt que
    les nombres) viennent en premier, pour servir d'exemples dans un message.
    """
    vectoriseur = modele.steps[0][1] if hasattr(modele, "steps") else modele
    vocabulaire = getattr(vectoriseur, "vocabulary_", None)
    if vocabulaire is None:
        return []
    decouper = vectoriseur.build_analyzer()
    vus: set[str] = set()
    for texte in textes:
        vus.update(decouper(str(texte)))
    rarete = getattr(vectoriseur, "idf_", None)

    def ordre(mot):
        return (not (mot.isalpha() and len(mot) > 3),
                float(rarete[vocabulaire[mot]]) if rarete is not None else 0.0, mot)

    return sorted(set(vocabulaire) - vus, key=ordre)


def similarite_plus_proche(textes_reference, textes) -> np.ndarray:
    """Pour chaque texte de ``textes``, la similarité (cosinus de TF-IDF, de 0 à 1) avec
    le texte le plus ressemblant de ``textes_reference``. 1 = mêmes mots, mêmes poids.
    Les mots vides, les mots vus une seule fois et (à partir de 200 textes de référence)
    ceux présents dans plus d'un texte sur dix sont ignorés : ils ne distinguent pas un
    texte d'un autre."""
    import warnings

    from sklearn.feature_extraction.text import TfidfVectorizer

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")
        reference_textes = _textes(textes_reference)
        vectoriseur = TfidfVectorizer(
            stop_words=mots_vides(), min_df=2, max_df=0.1 if len(reference_textes) >= 200 else 1.0,
        ).fit(reference_textes)
    reference = vectoriseur.transform(reference_textes)
    cibles = vectoriseur.transform(_textes(textes))
    resultat = np.zeros(cibles.shape[0])
    for debut in range(0, cibles.shape[0], 1000):  # par paquets : mémoire bornée
        bloc = cibles[debut : debut + 1000] @ reference.T
        resultat[debut : debut + 1000] = bloc.max(axis=1).toarray().ravel()
    return np.clip(resultat, 0.0, 1.0)


def rappel_par_service(vrais, predits) -> pd.Series:
    """Rappel de chaque service : la part de ses demandes que l'outil lui envoie bien.
    Du plus faible au plus fort."""
    vrais = pd.Series(_textes(vrais))
    predits = pd.Series(_textes(predits), index=vrais.index)
    rappels = (vrais == predits).groupby(vrais).mean()
    rappels.index.name = "service"
    return rappels.sort_values().rename("rappel")


def tracer_matrice_confusion(vrais, predits, titre: str = "Matrice de confusion", ax=None):
    """Matrice de confusion en parts de chaque ligne : ligne = vrai service,
    colonne = service choisi par l'outil. Renvoie l'objet ``Axes``."""
    vrais, predits = _textes(vrais), _textes(predits)
    services = sorted(set(vrais) | set(predits), key=lambda s: sans_accents(s))
    table = pd.crosstab(
        pd.Categorical(vrais, categories=services), pd.Categorical(predits, categories=services),
        normalize="index", dropna=False,
    ).fillna(0.0)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 7.5))
    image = ax.imshow(100 * table.values, cmap="Blues", vmin=0, vmax=100)
    ax.set_xticks(range(len(services)), services, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(services)), services, fontsize=8)
    ax.grid(False)
    for i in range(len(services)):
        for j in range(len(services)):
            valeur = table.values[i, j]
            if valeur >= 0.005:
                ax.text(j, i, format_nombre(100 * valeur, 0), ha="center", va="center", fontsize=8,
                        color="white" if valeur > 0.5 else "black")
    ax.set_xlabel("Service choisi par l'outil")
    ax.set_ylabel("Vrai service (étiquette)")
    ax.set_title(titre, pad=14)
    plt.colorbar(image, ax=ax, label="% des demandes de la ligne", shrink=0.8)
    return ax


def _etapes(modele):
    if not hasattr(modele, "steps"):
        raise TypeError("On attend un Pipeline scikit-learn (TF-IDF puis régression logistique).")
    return modele.steps[0][1], modele.steps[-1][1]


def mots_influents(modele, service: str, n: int = 10) -> pd.Series:
    """Les ``n`` mots qui poussent le plus le modèle vers ``service`` (poids de la
    régression logistique), du plus fort au moins fort."""
    vectoriseur, classifieur = _etapes(modele)
    classes = [str(c) for c in classifieur.classes_]
    if service not in classes:
        raise KeyError(f"Service inconnu : « {service} ». Services : {', '.join(classes)}.")
    vocabulaire = vectoriseur.get_feature_names_out()
    coefficients = classifieur.coef_
    if coefficients.shape[0] == 1:  # deux classes : un seul vecteur de poids
        poids = coefficients[0] if classes.index(service) == 1 else -coefficients[0]
    else:
        poids = coefficients[classes.index(service)]
    ordre = np.argsort(poids)[::-1][:n]
    return pd.Series(poids[ordre], index=vocabulaire[ordre], name="poids")


def tracer_mots_influents(modele, service: str, n: int = 10, ax=None):
    """Diagramme en barres des mots les plus influents pour un service."""
    serie = mots_influents(modele, service, n)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.35 * n + 1.5))
    serie.iloc[::-1].plot.barh(ax=ax, color=PALETTE[2])
    ax.set_title(f"Les {n} mots qui poussent vers « {service} »")
    ax.set_xlabel("Poids dans le modèle (plus c'est long, plus le mot pousse)")
    ax.set_ylabel("Mot")
    graduations_a_la_francaise(ax, "x")
    return ax


def probabilites(modele, texte: str) -> pd.Series:
    """Probabilité de chaque service pour un texte, de la plus forte à la plus faible."""
    proba = modele.predict_proba([str(texte)])[0]
    return pd.Series(proba, index=[str(c) for c in modele.classes_]).sort_values(ascending=False)


def tableau_de_confiance(modele, textes, vrais) -> pd.DataFrame:
    """Une ligne par demande : ``service`` (étiquette), ``prediction``, ``confiance``
    (probabilité du service choisi) et ``correct`` (la prédiction égale l'étiquette)."""
    proba = modele.predict_proba(_textes(textes))
    classes = np.array([str(c) for c in modele.classes_])
    prediction = classes[proba.argmax(axis=1)]
    table = pd.DataFrame(
        {
            "service": _textes(vrais),
            "prediction": prediction,
            "confiance": proba.max(axis=1),
        },
        index=getattr(textes, "index", None),
    )
    table["correct"] = table["service"] == table["prediction"]
    return table


SEUILS = np.round(np.arange(0.30, 1.0, 0.01), 2)


def courbe_seuil(tableau: pd.DataFrame, seuils=SEUILS) -> pd.DataFrame:
    """Pour chaque seuil de confiance : la part des demandes orientées automatiquement
    (confiance ≥ seuil), leur nombre, et le taux d'erreur parmi elles (NaN si aucune)."""
    lignes = []
    confiance = tableau["confiance"].to_numpy()
    correct = tableau["correct"].to_numpy(dtype=bool)
    for seuil in seuils:
        auto = confiance >= seuil
        nombre = int(auto.sum())
        erreur = float((~correct[auto]).mean()) if nombre else float("nan")
        lignes.append((float(seuil), nombre / len(tableau), nombre, erreur))
    return pd.DataFrame(lignes, columns=["seuil", "part_automatique", "nb_automatique", "taux_erreur"])


def tracer_courbe_seuil(courbe: pd.DataFrame, seuil: float | None = None,
                        regle: float | None = None, ax=None):
    """Part orientée automatiquement (axe de gauche, de 0 à 100 %) et taux d'erreur parmi
    elle (axe de droite, zoomé : de 0 à 10 % le plus souvent), selon le seuil.

    ``regle`` trace la limite d'erreurs acceptée (sur l'axe de droite) ; ``seuil`` marque
    le seuil choisi et les deux valeurs qu'il donne. Renvoie l'``Axes`` de gauche ; celui
    des erreurs est ``ax.axe_erreurs``.
    """
    if ax is None:
        _, ax = plt.subplots()
    erreurs = ax.twinx()
    erreurs.grid(False)
    erreurs.spines["right"].set_visible(True)
    ligne_part, = ax.plot(courbe["seuil"], courbe["part_automatique"], color=PALETTE[0],
                          linewidth=2, label="part orientée automatiquement (échelle de gauche)")
    ligne_erreur, = erreurs.plot(courbe["seuil"], courbe["taux_erreur"], color=PALETTE[5],
                                 linewidth=2, linestyle="-.",
                                 label="taux d'erreur parmi elles (échelle de droite)")
    lignes = [ligne_part, ligne_erreur]
    plus_haut = np.nanmax(courbe["taux_erreur"].to_numpy(dtype=float), initial=0.0)
    if regle is not None:
        plus_haut = max(plus_haut, regle)
        lignes.append(erreurs.axhline(
            regle, color=PALETTE[5], linestyle=":", linewidth=1.5,
            label=f"règle : {format_pourcentage(regle)} d'erreurs au plus (échelle de droite)"))
    if seuil is not None:
        lignes.append(ax.axvline(seuil, color=PALETTE[7], linestyle="--", linewidth=1.2,
                                 label=f"seuil choisi : {format_nombre(seuil, 2, garder_zeros=True)}"))
        proche = courbe.iloc[(courbe["seuil"] - seuil).abs().argmin()]
        ax.plot([proche["seuil"]], [proche["part_automatique"]], "o", color=PALETTE[0])
        if not np.isnan(proche["taux_erreur"]):
            erreurs.plot([proche["seuil"]], [proche["taux_erreur"]], "s", color=PALETTE[5])
    ax.set_ylim(0, 1)
    erreurs.set_ylim(0, max(0.10, 0.02 * np.ceil(1.1 * plus_haut / 0.02)))
    graduations_a_la_francaise(ax, "y", pourcentage=True)
    graduations_a_la_francaise(erreurs, "y", pourcentage=True)
    graduations_a_la_francaise(ax, "x")
    ax.set_xlabel("Seuil de confiance (au-dessous : un·e agent·e lit la demande)")
    ax.set_ylabel("Part des demandes orientées automatiquement", color=PALETTE[0])
    erreurs.set_ylabel("Taux d'erreur parmi elles", color=PALETTE[5])
    ax.set_title("Orienter automatiquement, ou faire lire ?")
    ax.legend(lignes, [ligne.get_label() for ligne in lignes], loc="lower left", fontsize=8)
    ax.axe_erreurs = erreurs
    return ax


def _resume_seuil(tableau: pd.DataFrame, seuil: float) -> str:
    auto = tableau["confiance"] >= seuil
    nombre = int(auto.sum())
    total = len(tableau)
    if nombre == 0:
        return (f"Seuil {format_nombre(seuil, 2, garder_zeros=True)} : aucune demande orientée automatiquement ; "
                "les agent·es lisent tout.")
    erreurs = int((~tableau.loc[auto, "correct"]).sum())
    return (
        f"Seuil {format_nombre(seuil, 2, garder_zeros=True)} : {_pluriel(nombre, 'demande')} sur {format_nombre(total)} "
        f"({format_pourcentage(nombre / total)}) partent seules, dont {format_nombre(erreurs)} "
        f"mal orientée{'s' if erreurs > 1 else ''} ({format_pourcentage(erreurs / nombre, 1)}). "
        f"Les agent·es lisent les {format_nombre(total - nombre)} autres "
        f"({format_pourcentage((total - nombre) / total)})."
    )


def curseur_seuil(tableau: pd.DataFrame, regle: float = 0.03, seuil: float = 0.5):
    """Widget : un curseur règle le seuil de confiance ; on voit la part orientée
    automatiquement, le taux d'erreur parmi elle et la courbe complète."""
    courbe = courbe_seuil(tableau)
    curseur = widgets.FloatSlider(
        value=seuil, min=0.30, max=0.99, step=0.01, description="Seuil",
        continuous_update=False, readout_format=".2f",
    )
    sortie = widgets.Output()

    def actualiser(*_):
        figure, ax = plt.subplots()
        tracer_courbe_seuil(courbe, seuil=curseur.value, regle=regle, ax=ax)
        remplir_sortie(sortie, figure, f"📖 Lecture : {_resume_seuil(tableau, curseur.value)}")

    return assembler_widget([curseur], [curseur], sortie, actualiser)


def curseur_mots_influents(modele, service: str | None = None, n: int = 10):
    """Widget : un menu choisit le service, un curseur le nombre de mots ; le graphique
    montre les mots qui poussent le modèle vers ce service."""
    _, classifieur = _etapes(modele)
    services = sorted((str(c) for c in classifieur.classes_), key=sans_accents)
    menu = widgets.Dropdown(options=services, value=service or services[0], description="Service")
    curseur = widgets.IntSlider(value=n, min=5, max=25, step=1, description="Mots",
                                continuous_update=False)
    sortie = widgets.Output()

    def actualiser(*_):
        figure, ax = plt.subplots(figsize=(7, 0.35 * curseur.value + 1.5))
        tracer_mots_influents(modele, menu.value, curseur.value, ax=ax)
        mots = list(mots_influents(modele, menu.value, 3).index)
        remplir_sortie(
            sortie, figure,
            f"📖 Lecture : pour « {menu.value} », les mots qui pèsent le plus sont "
            f"« {mots[0]} », « {mots[1]} » et « {mots[2]} ». Y en a-t-il qui ne "
            "devraient pas compter ?",
        )

    return assembler_widget([widgets.HBox([menu, curseur])], [menu, curseur], sortie, actualiser)
