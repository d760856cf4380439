"""Voix minoritaires : petits thèmes, et sujets de vigilance décidés à l'avance par l'équipe
(une règle humaine, car la machine ne les isole pas seule) ; vérification que la synthèse
les porte."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .entrees import _verifier_table
from .textes import _normaliser_tout, normaliser
from .themes import Themes

# Sujets que l'équipe de **la concertation du cours** (Méridanne) a décidés à l'avance de ne
# jamais perdre. Ce n'est pas une liste par défaut pour une autre concertation : l'équipe
# de chaque concertation écrit la sienne. Un mot finissant par « * » est un début de mot
# (« harcel* » : harcèlement, harceler…) ; les autres sont des mots entiers, au singulier ou
# au pluriel, au masculin ou au féminin (« sourd » : sourd, sourds, sourde, sourdes).
SUJETS_DE_VIGILANCE = {
    "Accessibilité des personnes handicapées": [
        "handicap*", "malvoyant", "aveugle", "sourd", "mobilité réduite", "PMR", "podotactile*",
        "autis*", "transport adapté", "canne blanche", "annonces sonores", "accessibilité", "plancher bas",
    ],
    "Sécurité des femmes la nuit": [
        "harcèle*", "harcel*", "voyageuses", "suivie", "femme", "marches exploratoires",
        "médiation", "agress*",
    ],
}
_FINS = r"(?:s|x|e|es)?"


def _motif_mots_entiers(mots) -> re.Pattern:
    """Un mot (« sourd ») ou une expression entière, avec ses pluriels et féminins ; un mot
    finissant par « * » (« harcel* ») est un début de mot."""
    morceaux = []
    for brut in mots:
        prefixe = str(brut).rstrip().endswith("*")
        mot = normaliser(brut)
        if mot:
            morceaux.append(re.escape(mot) + ("" if prefixe else _FINS + r"\b"))
    return re.compile(r"\b(?:" + "|".join(morceaux) + ")")


def _motif_vigilance(debuts) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(d) for d in debuts) + r")")


def _scores_vigilance(normalises: pd.Series, vigilance: dict, mots_entiers: bool = False) -> dict[str, np.ndarray]:
    """Pour chaque sujet : nombre de ses mots différents dans chaque texte (0 si aucun).
    ``mots_entiers`` : mots entiers (« * » pour un début de mot) plutôt que débuts de mots."""
    listes = {}
    for sujet, debuts in vigilance.items():
        if isinstance(debuts, str) or not all(isinstance(d, str) for d in debuts):
            raise TypeError(f"Les mots du sujet « {sujet} » doivent être une liste de textes.")
        if mots_entiers:
            listes[sujet] = [d for d in dict.fromkeys(normaliser(d) + ("*" if d.rstrip().endswith("*") else "")
                                                      for d in debuts) if d.strip("*")]
        else:
            listes[sujet] = [d for d in dict.fromkeys(normaliser(d) for d in debuts) if d]
    motif = _motif_mots_entiers if mots_entiers else _motif_vigilance
    scores = {sujet: np.zeros(len(normalises), dtype=np.int16) for sujet in listes}
    tous = [d for debuts in listes.values() for d in debuts]
    if not tous:
        return scores
    # Une seule recherche pour tous les sujets, puis le détail sur les seuls textes trouvés.
    positions = np.flatnonzero(normalises.str.contains(motif(tous)).to_numpy(dtype=bool))
    candidats = normalises.iloc[positions]
    for sujet, debuts in listes.items():
        if debuts and len(positions):
            trouves = candidats.str.findall(motif(debuts))
            scores[sujet][positions] = trouves.map(lambda liste: len(set(liste))).to_numpy()
    return scores


def reperer_minorites(table: pd.DataFrame, themes: Themes | None = None,
                      vigilance: dict | None = None, part_max: float = 0.03,
                      contributions_min: int = 3, scores: dict | None = None,
                      mots_entiers: bool = False) -> pd.DataFrame:
    """La règle qui garde les voix minoritaires dans la synthèse.

    1. **Petits thèmes** : tout thème trouvé par la machine qui rassemble moins de
       ``part_max`` des contributions (mais au moins ``contributions_min``) est gardé et
       marqué « petit thème », au lieu de disparaître d'un « top 5 ».
    2. **Sujets de vigilance** : pour chaque sujet décidé à l'avance par l'équipe
       (``vigilance``, par défaut ``SUJETS_DE_VIGILANCE``), les contributions qui emploient
       l'un de ses mots, dès qu'il y en a ``contributions_min``. Par défaut, un mot de la
       liste est un début de mot (« handicap » trouve « handicapé ») ; avec
       ``mots_entiers=True``, un mot entier, au pluriel ou au féminin près (« aveugle » ne
       trouve plus « aveuglément »), et « * » marque un début de mot (« handicap* »).

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
        scores = _scores_vigilance(_normaliser_tout(table["texte"].fillna("").astype(str)), vigilance, mots_entiers)
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


def evaluer_minorites(synthese: pd.DataFrame, table: pd.DataFrame,
                      themes_minoritaires=tuple(SUJETS_DE_VIGILANCE), part_min: float = 0.5) -> dict:
    """Pour chaque thème minoritaire de référence : une ligne de la synthèse le porte-t-elle ?
    (au moins ``part_min`` des contributions citées par la ligne relèvent de ce thème).
    Renvoie ``lignes`` ({thème: intitulé de la ligne trouvée ou None}), ``rappel`` (la part
    des thèmes qui ont une ligne), et, parce qu'une ligne trouvée peut ne réunir qu'une partie
    du thème, ``contributions`` ({thème: (contributions du thème dans sa ligne, contributions
    du thème)}) et ``rappel_contributions`` (la part des contributions de ces thèmes qui sont
    dans leur ligne ; colonne ``identifiants`` de la synthèse, à défaut ``citations``).
    Avec une colonne ``rubrique``, seules les lignes de thème et de vigilance peuvent porter un
    thème : la ligne « à relire », les accords courts ou une campagne qui citeraient surtout ses
    contributions ne lui donnent pas une ligne à lui."""
    _verifier_table(synthese, ["intitule", "citations"], "synthese")
    _verifier_table(table, ["identifiant", "theme_reference"])
    reference = pd.Series(table["theme_reference"].astype(str).to_numpy(),
                          index=table["identifiant"].astype(str).to_numpy())
    trouves = {}
    contributions = {}
    for theme in themes_minoritaires:
        trouves[theme] = None
        total = int((reference == theme).sum())
        contributions[theme] = (0, total)
        for _, entree in synthese.iterrows():
            if entree.get("rubrique", "thème") not in ("thème", "signal faible"):
                continue
            cites = reference.reindex(list(entree["citations"])).dropna()
            if len(cites) and (cites == theme).mean() >= part_min:
                trouves[theme] = entree["intitule"]
                membres = list(entree["identifiants"]) if "identifiants" in entree.index else list(entree["citations"])
                contributions[theme] = (int((reference.reindex(membres) == theme).sum()), total)
                break
    rappel = sum(v is not None for v in trouves.values()) / max(len(trouves), 1)
    retrouvees = sum(n for n, _ in contributions.values())
    attendues = sum(t for _, t in contributions.values())
    return {"lignes": trouves, "rappel": rappel, "contributions": contributions,
            "rappel_contributions": retrouvees / max(attendues, 1)}
