"""Vérifications des exercices du Lab 06 — Auditer une synthèse écrite par une IA.

Cinq exercices font écrire une fonction que la vérification rejoue sur une synthèse
fraîche (une autre graine du générateur) : ``non_etayees`` (2.1), ``part_juste`` (3.2, dont
une synthèse au chiffre faux proche du vrai), ``citation_retrouvee`` (4.1, dont une citation
à 97 sur 100 exactement), ``themes_absents`` (5.1, dont une synthèse où l'audit du cours ne
dit pas la même chose) et ``rappel_et_fausses`` (6.1) ; les tests cachés en emploient encore
une autre. Ces deux synthèses-là sont cherchées par le calcul parmi les graines qui suivent
``GRAINE_FRAICHE``, pas choisies sur les données du jour : une consultation régénérée les
fournit encore. La requête de l'exercice 7.1 doit nommer chaque exigence, avec ses mots (pas
la requête du cours recopiée), sans consigne qui la contredise ; un texte de remplissage est
refusé.
"""

from __future__ import annotations

import inspect
import math
import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from .. import charger_consultation
from ..audit import (
    REQUETES,
    auditer,
    decouper_affirmations,
    generer_synthese,
    mesurer,
    nombres,
    preparer,
    sujets,
)
from ..audit.methode import mots_qui_nomment
from ..audit.redaction import NOMS_COURTS, accorder
from ..audit.verite import SANS_CAMPAGNE, normaliser
from ..texte import format_nombre, format_pourcentage
from ..verification import ReponseIncorrecte, verifier_fonction, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 2
VARIANTE = "courte"
PARAMETRES = {"GRAINE": GRAINE}
GRAINE_FRAICHE = 1006  # la synthèse fraîche des vérifications visibles (les tests cachés en prennent une autre)

_MATERIAU: list = []


def _materiau():
    if not _MATERIAU:
        _MATERIAU.append(preparer(charger_consultation()))
    return _MATERIAU[0]


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin, calculées comme le notebook."""
    materiau = _materiau()
    consultation = materiau.verite.table
    synthese = generer_synthese(materiau, VARIANTE, GRAINE)
    audit = auditer(synthese, materiau)
    return {
        "consultation": consultation,
        "materiau": materiau,
        "synthese": synthese,
        "audit": audit,
        "mesure": mesurer(synthese, audit),
        "theme_campagne": materiau.verite.campagne["theme"],
        "decouper_affirmations": decouper_affirmations,
        "sujets": sujets,
        "format_nombre": format_nombre,
        "format_pourcentage": format_pourcentage,
        "accorder": accorder,
        "fuzz": fuzz,
        "process": process,
        "mesurer": mesurer,
        "normaliser": normaliser,
        "GRAINE": GRAINE,
        "np": np,
        "pd": pd,
    }


_DEJA: dict = {}


def _generee(materiau, variante: str, graine: int):
    """Une synthèse fraîche (gardée en mémoire : le générateur est déterministe)."""
    cle = (id(materiau), variante, graine)
    if cle not in _DEJA:
        _DEJA[cle] = generer_synthese(materiau, variante, graine)
    return _DEJA[cle]


def _auditee(materiau, variante: str, graine: int, seuil: float = 0.6):
    cle = (id(materiau), variante, graine, seuil)
    if cle not in _DEJA:
        _DEJA[cle] = auditer(_generee(materiau, variante, graine), materiau, seuil_etayage=seuil)
    return _DEJA[cle]


def _synthese_fraiche(materiau, graine: int = GRAINE_FRAICHE, variante: str = "prestataire"):
    return _generee(materiau, variante, graine), _auditee(materiau, variante, graine)


def _essayer(fonction, nom: str, *arguments) -> None:
    """Appelle une fois la fonction de la personne : le talon (NotImplementedError) dit que
    l'exercice n'a pas encore de réponse."""
    try:
        fonction(*arguments)
    except NotImplementedError:
        raise ReponseIncorrecte(
            f"{nom} n'a pas encore de réponse : remplacez « # VOTRE CODE ICI » et « raise NotImplementedError() » "
            "par votre calcul, en retrait sous la ligne « def … », puis exécutez la cellule de réponse et celle-ci."
        ) from None


# --- 1.1 ---------------------------------------------------------------------------------


@consigner("nb_affirmations")
def verifier_ex1_1(nb_affirmations, synthese) -> str:
    verifier_type(nb_affirmations, int, "nb_affirmations")
    attendu = len(decouper_affirmations(synthese.texte))
    if nb_affirmations == attendu:
        return f"{attendu} affirmations à vérifier une par une : c'est la grille que nous allons remplir."
    if nb_affirmations == synthese.texte.count("\n\n") or nb_affirmations == len(synthese.texte.split("\n\n")):
        raise ReponseIncorrecte(
            f"{nb_affirmations}, c'est le nombre de paragraphes : un paragraphe contient plusieurs affirmations. "
            "Comptez les lignes de decouper_affirmations(synthese.texte)."
        )
    if nb_affirmations != attendu:
        raise ReponseIncorrecte(
            f"{nb_affirmations} n'est pas le nombre d'affirmations de la synthèse. Ne comptez ni à la main ni les "
            "points du texte (une citation peut en contenir plusieurs) : le tableau affirmations, obtenu avec "
            "decouper_affirmations(synthese.texte), a une ligne par affirmation, et len(…) compte ses lignes."
        )
    return f"{attendu} affirmations à vérifier une par une : c'est la grille que nous allons remplir."


# --- 2.1 ---------------------------------------------------------------------------------


def _attendues(grille: pd.DataFrame, seuil: float) -> list[int]:
    return [int(n) for n, e in zip(grille["numero"], grille["etayage"]) if not math.isnan(e) and e < seuil]


_CONTENEURS = {tuple: "un tuple", set: "un ensemble (set)", frozenset: "un ensemble (frozenset)",
               pd.Series: "une colonne pandas (Series)", pd.Index: "un index pandas",
               np.ndarray: "un tableau numpy (ndarray)"}


def _est_entier(n) -> bool:
    return isinstance(n, (int, np.integer)) and not isinstance(n, (bool, np.bool_))


def _apercu_liste(valeurs: list) -> str:
    return repr(valeurs[:4])[:-1] + (", …]" if len(valeurs) > 4 else "]")


def _verifier_non_etayees(non_etayees, grille, seuil, ou: str) -> None:
    obtenu = non_etayees(grille.copy(), seuil)
    if isinstance(obtenu, pd.DataFrame):
        raise ReponseIncorrecte(
            f"non_etayees renvoie un tableau : renvoyez la liste des numéros, list(…[\"numero\"]) ({ou})."
        )
    if isinstance(obtenu, (tuple, set, frozenset, pd.Series, pd.Index, np.ndarray)):
        raise ReponseIncorrecte(
            f"non_etayees renvoie {_CONTENEURS.get(type(obtenu), 'un ' + type(obtenu).__name__)} ({ou}) : le test "
            "attend une liste (list) de numéros. Mettez le résultat dans list(…) : "
            "return list(grille.loc[…, \"numero\"])."
        )
    premier_texte = next((n for n in obtenu if isinstance(n, str)), None) if isinstance(obtenu, list) else None
    if premier_texte is not None and premier_texte.strip().lstrip("-").isdigit():
        raise ReponseIncorrecte(
            f"non_etayees renvoie des textes ({_apercu_liste(obtenu)}) ({ou}) : un numéro est un nombre entier, "
            f"pas un texte (« {premier_texte} » entre guillemets). Renvoyez les valeurs de la colonne « numero » "
            "telles quelles, sans str(…) ni format."
        )
    if not isinstance(obtenu, list) or not all(_est_entier(n) for n in obtenu):
        apercu = repr(obtenu) if not isinstance(obtenu, list) else _apercu_liste(obtenu)
        raise ReponseIncorrecte(f"non_etayees doit renvoyer une liste de numéros (colonne « numero ») ; reçu : "
                                f"{apercu[:120]} ({ou}).")
    obtenu = [int(n) for n in obtenu]
    attendu = _attendues(grille, seuil)
    au_seuil = [int(n) for n, e in zip(grille["numero"], grille["etayage"]) if e == seuil]
    if au_seuil and sorted(obtenu) == sorted(attendu + au_seuil):
        raise ReponseIncorrecte(
            f"L'affirmation n° {au_seuil[0]} a un étayage de {format_nombre(seuil, 2)}, et le seuil vaut exactement "
            f"autant ({ou}). Elle atteint le seuil : elle est étayée, et votre fonction la compte parmi les non "
            "étayées. Gardez les scores strictement inférieurs au seuil : < seuil, pas <=."
        )
    sans_score = [int(n) for n, e in zip(grille["numero"], grille["etayage"]) if math.isnan(e)]
    if set(sans_score) & set(obtenu):
        raise ReponseIncorrecte(
            "Votre liste contient des affirmations sans score d'étayage (NaN : un chiffre, une citation, une "
            "position, vérifiés autrement). Gardez seulement les scores mesurés : grille[\"etayage\"] < seuil "
            f"est faux pour NaN, alors que ~(grille[\"etayage\"] >= seuil) est vrai ({ou})."
        )
    if sorted(obtenu) != sorted(attendu):
        raise ReponseIncorrecte(
            f"Au seuil de {format_nombre(seuil, 2)}, les affirmations non étayées sont {sorted(attendu)} ; "
            f"votre fonction donne {sorted(obtenu)} ({ou}). Filtrez la grille reçue sur "
            "grille[\"etayage\"] < seuil (le seuil reçu, pas un nombre recopié)."
        )


@consigner("non_etayees")
def verifier_ex2_1(non_etayees, audit, materiau) -> str:
    verifier_fonction(non_etayees, "non_etayees", "grille, seuil")
    _essayer(non_etayees, "non_etayees", audit.grille.copy(), 0.6)
    _verifier_non_etayees(non_etayees, audit.grille, 0.6, "sur la grille du cours, seuil 0,6")
    _verifier_non_etayees(non_etayees, audit.grille, 0.0, "sur la grille du cours, seuil 0")
    _verifier_non_etayees(non_etayees, audit.grille, 1.01, "sur la grille du cours, seuil 1,01 : au-dessus de tout "
                          "score possible, toutes les idées sont sous le seuil")
    _, fraiche = _synthese_fraiche(materiau)
    _verifier_non_etayees(non_etayees, fraiche.grille, 0.6, "sur une autre synthèse")
    scores = fraiche.grille["etayage"].dropna()
    _verifier_non_etayees(non_etayees, fraiche.grille, float(scores.iloc[len(scores) // 2]), "sur une autre synthèse")
    return ("Votre fonction retrouve les affirmations que rien n'étaye, sur cette synthèse comme sur une autre. "
            "« Étayée » veut dire « ces mots se trouvent dans une contribution », pas « c'est vrai ».")


# --- 3.1 ---------------------------------------------------------------------------------


@consigner("part_contre_contributions", "part_contre_voix")
def verifier_ex3_1(part_contre_contributions, part_contre_voix, consultation, theme_campagne) -> str:
    for valeur, nom in ((part_contre_contributions, "part_contre_contributions"), (part_contre_voix, "part_contre_voix")):
        if isinstance(valeur, (int, float, np.integer, np.floating)) and not isinstance(valeur, (bool, np.bool_)) \
                and math.isfinite(valeur) and valeur > 1:
            raise ReponseIncorrecte(
                f"{nom} vaut {format_nombre(valeur, 1)} : on attend une part entre 0 et 1, pas un pourcentage "
                "(65 % s'écrit 0.65). Divisez le nombre de lignes ou de personnes « contre » par le total, sans "
                "multiplier par 100."
            )
        verifier_type(valeur, float, nom)
    theme = consultation[consultation["theme_reference"] == theme_campagne]
    contre = theme[theme["position"] == "contre"]
    attendu_c = len(contre) / len(theme)
    attendu_v = contre["auteur"].nunique() / theme["auteur"].nunique()
    if part_contre_contributions == 0 or part_contre_voix == 0:
        positions = " », « ".join(sorted(theme["position"].astype(str).unique()))
        raise ReponseIncorrecte(
            "Une de vos parts vaut 0 : votre sélection « contre » est vide. Les positions s'écrivent exactement "
            f"« {positions} », en minuscules : « Contre » avec une majuscule (ou un espace en trop) ne correspond "
            "à aucune ligne. Recopiez le libellé tel quel : theme[theme[\"position\"] == \"contre\"] ; pour voir "
            "les libellés, theme[\"position\"].unique()."
        )
    for valeur, attendu, nom in ((part_contre_contributions, attendu_c, "part_contre_contributions"),
                                 (part_contre_voix, attendu_v, "part_contre_voix")):
        if 1e-9 < abs(valeur - attendu) < 0.006:
            raise ReponseIncorrecte(
                f"{nom} vaut {valeur!r} : c'est le bon ordre de grandeur, mais arrondi (la vraie valeur est "
                f"{attendu!r}). Recalculez-la avec pandas plutôt que de recopier un nombre affiché : le calcul "
                "refait sur d'autres données donnera la bonne valeur, un nombre recopié non."
            )
    if abs(part_contre_contributions - attendu_c) > 1e-9:
        raise ReponseIncorrecte(
            f"La part des contributions « contre » sur « {theme_campagne} » est "
            f"{format_pourcentage(attendu_c, 1)}, pas {format_pourcentage(part_contre_contributions, 1)} : comptez "
            "les lignes du thème dont la position est « contre », divisées par les lignes du thème."
        )
    if abs(part_contre_voix - contre["auteur"].nunique() / consultation["auteur"].nunique()) < 1e-9:
        raise ReponseIncorrecte(
            "Vous avez divisé par toutes les personnes de la consultation : divisez par les personnes qui se "
            "sont exprimées sur ce thème (theme[\"auteur\"].nunique())."
        )
    if abs(part_contre_voix - attendu_c) < 1e-9 or abs(part_contre_voix - attendu_v) > 1e-9:
        raise ReponseIncorrecte(
            f"En voix, la part « contre » est {format_pourcentage(attendu_v, 1)}, pas "
            f"{format_pourcentage(part_contre_voix, 1)} : comptez des personnes distinctes (.nunique() sur "
            "« auteur »), pas des lignes."
        )
    # sans les comptes de la campagne coordonnée (comme ``Verite.part_voix_hors_campagne``)
    campagne = theme["campagne"].astype(str).str.lower()
    hors = theme[~(campagne.str.contains("campagne") & (campagne != SANS_CAMPAGNE))]
    sans_campagne = hors.loc[hors["position"] == "contre", "auteur"].nunique() / max(hors["auteur"].nunique(), 1)
    comptes = theme["auteur"].nunique() - hors["auteur"].nunique()
    # une décimale quand l'arrondi cacherait de quel côté de la moitié on est (50,1 % n'est pas 50 %)
    d = 1 if 50 in (round(100 * attendu_v), round(100 * sans_campagne)) else 0
    return (f"{format_pourcentage(attendu_c)} des contributions, mais {format_pourcentage(attendu_v, d)} des "
            f"personnes, et {format_pourcentage(sans_campagne, d)} sans les {format_nombre(comptes, 0)} comptes de la "
            "campagne : la « nette majorité » venait des copies d'une campagne.")


# --- 3.2 ---------------------------------------------------------------------------------


def _parts_annoncees(synthese, materiau) -> list[tuple[str, float]]:
    """Les (thème, part annoncée en %) des phrases « … % des contributions » sur un seul thème."""
    paires = []
    for phrase in decouper_affirmations(synthese.texte)["texte"]:
        themes = [s[1] for s in sujets(phrase, materiau) if s[0] == "thème"]
        chiffres = [v for v, p, _ in nombres(phrase) if p]
        if len(themes) == 1 and len(chiffres) == 1 and "des contributions" in phrase and "majorit" not in phrase:
            paires.append((themes[0], chiffres[0]))
    return paires


def _ecarts_annonces(synthese, materiau) -> list[float]:
    """Les écarts (en points) entre chaque part annoncée par la synthèse et la vraie part."""
    parts = 100 * materiau.verite.table["theme_reference"].astype(str).value_counts(normalize=True)
    return [abs(float(parts.get(theme, 0.0)) - part) for theme, part in _parts_annoncees(synthese, materiau)]


def _synthese_au_chiffre_proche(materiau, graines: int = 40):
    """La première synthèse fraîche (« courte ») qui annonce une part fausse mais proche du vrai
    (plus de 2 points d'écart, 4,5 au plus : le « chiffre faux proche » du générateur, 2 à 4
    points) : une tolérance trop large s'y trompe sur une vraie synthèse, pas seulement sur
    un cas d'essai."""
    for graine in range(GRAINE_FRAICHE + 1, GRAINE_FRAICHE + 1 + graines):
        synthese = _generee(materiau, "courte", graine)
        if any(2 < e <= 4.5 for e in _ecarts_annonces(synthese, materiau)):
            return synthese
    return _generee(materiau, "courte", GRAINE_FRAICHE + 1)


def _vrai(x) -> bool:
    return isinstance(x, (bool, np.bool_)) and bool(x)


def _cas_de_bord(consultation, theme_campagne) -> list[tuple[str, float, str]]:
    """Des annonces fabriquées autour de la vraie part d'un thème : (thème, annonce, sorte).
    À un point exactement, à moins d'un point avec une décimale (justes) ; à 1,5, 2,5, 3,5,
    4,5 et 9 points (fausses : les chiffres faux proches d'une vraie synthèse)."""
    parts = 100 * consultation["theme_reference"].astype(str).value_counts(normalize=True)
    # un thème dont « vraie part + 1 » est à un point exactement, en virgule flottante
    exacts = [t for t, v in parts.items() if t != theme_campagne and abs((v + 1) - v) == 1.0 and v > 5]
    theme = exacts[0] if exacts else next(t for t in parts.index if t != theme_campagne)
    vraie = float(parts[theme])
    cas = [(theme, vraie - 0.6, "décimale"), (theme, vraie + 0.9, "décimale"), (theme, vraie + 1, "bord")]
    cas += [(theme, vraie + e, "proche") for e in (1.5, -2.5, 3.5, -4.5, 9.0)]
    return cas


def _tolerance_trop_large(theme: str, vraie: float, annonce: float, ou: str) -> str:
    ecart = abs(vraie - annonce)
    return (f"« {theme} » : {format_nombre(vraie, 1)} % en vrai, {format_nombre(annonce, 1)} % annoncés ({ou}), soit "
            f"{format_nombre(ecart, 1)} point{'s' if ecart >= 2 else ''} d'écart ; votre fonction dit True. Votre "
            "tolérance est trop large : les chiffres faux d'une synthèse sont souvent proches du vrai (2 à 4 points). "
            "Un point au plus : abs(vraie - part_annoncee) <= 1.")


def _verifier_part_juste(part_juste, synthese, consultation, materiau, ou: str) -> int:
    paires = _parts_annoncees(synthese, materiau)
    for theme, part in paires:
        vrai = 100 * float((consultation["theme_reference"] == theme).mean())
        attendu = abs(vrai - part) <= 1
        obtenu = part_juste(theme, part, consultation.copy())
        if not isinstance(obtenu, (bool, np.bool_)):
            raise ReponseIncorrecte(f"part_juste doit renvoyer True ou False ; reçu : {obtenu!r}.")
        if bool(obtenu) and not attendu and not _vrai(part_juste(theme, vrai + 9, consultation.copy())):
            # elle refuse un chiffre éloigné, mais accepte celui-ci : une tolérance, trop large
            raise ReponseIncorrecte(_tolerance_trop_large(theme, vrai, part, ou))
        if bool(obtenu) != attendu:
            raise ReponseIncorrecte(
                f"« {theme} » : la synthèse annonce {format_nombre(part, 1)} %, les données donnent "
                f"{format_nombre(vrai, 1)} % ; votre fonction dit {bool(obtenu)} ({ou}). Calculez la part du thème "
                "en pourcentage (100 × la part des lignes du thème) et acceptez un écart d'un point au plus."
            )
    return len(paires)


@consigner("part_juste")
def verifier_ex3_2(part_juste, synthese, consultation, materiau) -> str:
    verifier_fonction(part_juste, "part_juste", "theme, part_annoncee, consultation")
    _essayer(part_juste, "part_juste", materiau.verite.campagne["theme"], 15.0, consultation.copy())
    parts = 100 * consultation["theme_reference"].astype(str).value_counts(normalize=True)
    theme_campagne = materiau.verite.campagne["theme"]
    autre = next(t for t, v in parts.items() if t != theme_campagne and abs(v - parts[theme_campagne]) > 3)
    if _vrai(part_juste(autre, float(parts[theme_campagne]), consultation.copy())) and not _vrai(part_juste(
            autre, float(parts[autre]), consultation.copy())):
        raise ReponseIncorrecte(
            f"Votre fonction juge la part de « {autre} » avec les chiffres de « {theme_campagne} » : elle ne se "
            "sert pas du paramètre theme (theme_campagne, par exemple, est une variable du cours). Comparez "
            "consultation[\"theme_reference\"] au thème reçu : == theme."
        )
    n = _verifier_part_juste(part_juste, synthese, consultation, materiau, "sur la synthèse du cours")
    fraiche = _synthese_au_chiffre_proche(materiau)
    n += _verifier_part_juste(part_juste, fraiche, consultation, materiau, "sur une autre synthèse")
    for theme, annonce, sorte in _cas_de_bord(consultation, theme_campagne):
        vraie = float(parts[theme])
        attendu = abs(vraie - annonce) <= 1
        obtenu = part_juste(theme, annonce, consultation.copy())
        if not isinstance(obtenu, (bool, np.bool_)) or bool(obtenu) == attendu:
            continue
        if sorte == "bord":
            raise ReponseIncorrecte(
                f"« {theme} » : {format_nombre(vraie, 2)} % en vrai, {format_nombre(annonce, 2)} % annoncés, un point "
                "d'écart exactement : « un point au plus » inclut un point (<= 1, pas < 1). Votre fonction dit False."
            )
        if sorte == "décimale":
            raise ReponseIncorrecte(
                f"« {theme} » : {format_nombre(vraie, 2)} % en vrai, {format_nombre(annonce, 2)} % annoncés, moins d'un "
                "point d'écart ; votre fonction dit False. Une annonce n'est pas toujours un entier : n'arrondissez "
                "rien, comparez l'écart abs(vraie - part_annoncee) <= 1."
            )
        raise ReponseIncorrecte(_tolerance_trop_large(theme, vraie, annonce, "un cas d'essai"))
    return (f"{n} chiffres recalculés sur deux synthèses, et les cas limites (un point d'écart exactement, une "
            "décimale, 1,5 à 9 points) : votre fonction sépare les justes des faux.")


# --- 4.1 ---------------------------------------------------------------------------------


def _citations_du_corrige(synthese) -> list[tuple[str, bool]]:
    from ..audit.methode import _citations

    resultat = []
    for a in synthese.affirmations.itertuples():
        for c in _citations(a.texte):
            resultat.append((c, a.defaut not in ("citation altérée", "citation inventée")))
    return resultat


_CITATIONS_DE_BORD: dict = {}


def _citations_de_bord(materiau) -> list[tuple[str, bool, str, float]]:
    """Des citations fabriquées sur les phrases de la consultation, avec le verdict attendu au
    seuil de 97 (``partial_ratio``) : (citation, retrouvée ?, sorte, score). Une faute de
    frappe de plus (97 à 99,5 : retrouvée) ; un mot changé pour son contraire (90 à 97 : non
    retrouvée) ; les deux moitiés d'une phrase inversées (mêmes mots, autre phrase : non
    retrouvée, même si token_set_ratio y voit 100)."""
    from ..audit.redaction import CONTRAIRES

    cle = id(materiau)
    if cle in _CITATIONS_DE_BORD:
        return _CITATIONS_DE_BORD[cle]
    textes = list(materiau.textes_normalises)
    phrases = materiau.phrases.loc[materiau.phrases["citable"] & (materiau.phrases["mots"] >= 14), "phrase"].tolist()

    def score(c):
        return float(process.extractOne(normaliser(c), textes, scorer=fuzz.partial_ratio)[1])

    voulus = {"inversee": (0, 90.0), "contraire_90": (90.0, 95.0), "contraire_95": (95.0, 97.0), "faute": (97.0, 99.5)}
    trouves: dict[str, tuple] = {}
    for phrase in phrases:
        if len(trouves) == len(voulus):
            break
        mots = phrase.rstrip(".!?").split(" ")
        candidats = []
        longs = [i for i, m in enumerate(mots) if len(m) >= 9 and m.isalpha()]
        if longs:
            m = mots[longs[0]]
            candidats.append(("faute", " ".join(mots[: longs[0]] + [m[:4] + m[5:]] + mots[longs[0] + 1:]) + "."))
        for i, m in enumerate(mots):
            if m.lower() in CONTRAIRES:
                candidat = " ".join(mots[:i] + [CONTRAIRES[m.lower()]] + mots[i + 1:]) + "."
                candidats += [("contraire_90", candidat), ("contraire_95", candidat)]
        milieu = len(mots) // 2
        candidats.append(("inversee", " ".join(mots[milieu:] + mots[:milieu]) + "."))
        for sorte, c in candidats:
            if sorte in trouves:
                continue
            x = score(c)
            bas, haut = voulus[sorte]
            if bas <= x < haut and (sorte != "inversee" or fuzz.token_set_ratio(normaliser(c), normaliser(phrase)) == 100):
                trouves[sorte] = (c, sorte == "faute", sorte, x)
    exacte = materiau.phrases.loc[materiau.phrases["citable"], "phrase"].iloc[1]
    cas = [(exacte, True, "exacte", 100.0)] + [trouves[s] for s in voulus if s in trouves]
    au_seuil = _citation_au_seuil(phrases, score)
    if au_seuil is not None:
        cas.append((au_seuil, True, "au_seuil", 97.0))
    _CITATIONS_DE_BORD[cle] = cas
    return _CITATIONS_DE_BORD[cle]


def _citation_au_seuil(phrases: list[str], score) -> str | None:
    """Une citation qui ressemble à 97 sur 100 exactement à une contribution : trois lettres
    changées dans une phrase de 100 caractères (normalisée). « Au moins 97 » l'accepte, « plus
    de 97 » non."""
    for phrase in phrases:
        for k in (3, 6):
            lettres = [i for i, c in enumerate(phrase) if c.isalpha() and c.lower() not in "yz"]
            if len(normaliser(phrase)) != round(100 * k / 3) or len(lettres) < 10 * k:
                continue
            modifiee = list(phrase)
            for j in range(k):
                modifiee[lettres[(j + 1) * len(lettres) // (k + 1)]] = "z"
            candidate = "".join(modifiee)
            if score(candidate) == 97.0:
                return candidate
    return None


_POSITION = " (attention : process.extractOne renvoie (texte, score, position) ; le score est meilleure[1])"


def _source(fonction) -> str:
    """Le texte d'une fonction de réponse (dans le noyau, ou relu par la contre-épreuve) ; vide
    s'il est introuvable."""
    texte = getattr(fonction, "source", None)
    if isinstance(texte, str):
        return texte
    try:
        return inspect.getsource(fonction)
    except (OSError, TypeError):
        return ""


def _verifier_citations(citation_retrouvee, cas, textes, ou: str) -> None:
    for citation, reelle, sorte, score in cas:
        obtenu = citation_retrouvee(citation, textes)
        if not isinstance(obtenu, (bool, np.bool_)):
            raise ReponseIncorrecte(f"citation_retrouvee doit renvoyer True ou False ; reçu : {obtenu!r}.")
        if bool(obtenu) == reelle:
            continue
        texte_de_la_fonction = _source(citation_retrouvee)
        if sorte == "faute" and texte_de_la_fonction and "ratio" not in texte_de_la_fonction:
            raise ReponseIncorrecte(
                f"« {citation[:80]}… » ne diffère d'une contribution que d'une lettre (une faute de frappe), votre "
                f"fonction ne la retrouve pas ({ou}). Elle cherche la citation telle quelle (citation in texte) : "
                "elle ne mesure aucune ressemblance, si bien qu'une seule lettre suffit à la manquer. Mesurez-la : "
                "process.extractOne(normaliser(citation), textes, scorer=fuzz.partial_ratio), puis acceptez un score "
                "d'au moins 97 (>= 97)."
            )
        if sorte == "au_seuil":
            raise ReponseIncorrecte(
                f"« {citation[:80]}… » ressemble à 97 sur 100 exactement à une contribution ({ou}) : « au moins 97 » "
                "l'accepte, votre fonction la refuse. Comparez avec >= 97, pas > 97."
            )
        if sorte == "faute":
            raise ReponseIncorrecte(
                f"« {citation[:80]}… » ressemble à {format_nombre(score, 1)} sur 100 à une contribution (une lettre "
                f"de différence), votre fonction ne la retrouve pas ({ou}) : le seuil est 97, pas plus : « au moins "
                "97 », c'est >= 97." + _POSITION
            )
        if reelle:
            raise ReponseIncorrecte(
                f"« {citation[:80]} » a bien été écrite par quelqu'un, votre fonction ne la retrouve pas ({ou}) : les "
                "textes reçus sont normalisés ; comparez-leur normaliser(citation), avec fuzz.partial_ratio." + _POSITION
            )
        if sorte == "inversee":
            raise ReponseIncorrecte(
                f"« {citation[:80]}… » reprend les mots d'une contribution dans un autre ordre : personne n'a écrit "
                f"cette phrase, votre fonction la retrouve ({ou}). Avec fuzz.partial_ratio, elle n'obtient que "
                f"{format_nombre(score, 0)} sur 100. Si vous employez token_set_ratio ou token_sort_ratio (ils "
                "ignorent l'ordre des mots), revenez à partial_ratio ; sinon, le seuil est trop bas : gardez 97."
            )
        pourquoi = (f"un mot y est changé pour son contraire (ressemblance {format_nombre(score, 1)} sur 100)"
                    if sorte.startswith("contraire") else "citation altérée ou inventée")
        raise ReponseIncorrecte(
            f"« {citation[:80]} » n'a été écrite par personne ({pourquoi}), votre fonction la retrouve ({ou}) : le "
            "seuil est trop bas ; gardez 97." + _POSITION
        )


@consigner("citation_retrouvee")
def verifier_ex4_1(citation_retrouvee, synthese, materiau) -> str:
    verifier_fonction(citation_retrouvee, "citation_retrouvee", "citation, textes")
    textes = list(materiau.textes_normalises)
    _essayer(citation_retrouvee, "citation_retrouvee", "Une phrase d'essai.", textes[:10])
    # la même citation exacte, sa contribution en tête puis en queue de liste : le verdict ne
    # doit pas dépendre de la place du texte
    exacte = materiau.phrases.loc[materiau.phrases["citable"]].iloc[0]
    source = textes[int(exacte["rang"])]
    autres = [t for t in textes[:400] if t != source][:300]
    en_tete, en_queue = citation_retrouvee(exacte["phrase"], [source, *autres]), citation_retrouvee(
        exacte["phrase"], [*autres, source])
    if isinstance(en_tete, (bool, np.bool_)) and isinstance(en_queue, (bool, np.bool_)) and bool(en_tete) != bool(en_queue):
        raise ReponseIncorrecte(
            "Votre verdict change selon la place de la contribution dans la liste : vous comparez la position "
            "(meilleure[2]) au seuil. process.extractOne renvoie (texte, score, position) : le score est meilleure[1]."
        )
    _verifier_citations(citation_retrouvee, _citations_de_bord(materiau), textes, "sur des citations d'essai")
    _verifier_citations(citation_retrouvee, [(c, r, "", 0.0) for c, r in _citations_du_corrige(synthese)], textes,
                        "synthèse du cours")
    fraiche = _generee(materiau, "courte", GRAINE_FRAICHE + 2)
    _verifier_citations(citation_retrouvee, [(c, r, "", 0.0) for c, r in _citations_du_corrige(fraiche)], textes,
                        "sur une autre synthèse")
    return ("Vous retrouvez les vraies citations, même avec une faute de frappe, et refusez les altérées, les "
            "inventées et les phrases aux mots remis dans un autre ordre.")


# --- 5.1 ---------------------------------------------------------------------------------

def _themes_absents(texte, materiau) -> list[str]:
    nommes = {nom for phrase in decouper_affirmations(texte)["texte"] for sorte, nom in sujets(phrase, materiau)
              if sorte == "thème"}
    return [t for t in materiau.verite.themes.index if t not in nommes]


def _omis_par_l_audit(synthese, materiau) -> list[str]:
    """Les thèmes que l'audit du cours (``auditer``) dit omis : il tient aussi pour couvert un
    thème dont les preuves d'une idée parlent, même si aucune affirmation ne le nomme."""
    omissions = _auditee(materiau, synthese.variante, synthese.graine).omissions \
        if hasattr(synthese, "variante") else auditer(synthese, materiau).omissions
    return list(omissions.loc[omissions["type"].str.startswith("thème"), "cible"])


def _synthese_ou_l_audit_differe(materiau, graines: int = 60):
    """La première synthèse fraîche (« courte ») dont l'audit du cours ne dit pas omis les
    mêmes thèmes que ceux qu'aucune affirmation ne nomme (l'audit tient aussi pour couvert un
    thème dont parlent les preuves d'une idée) : une réponse qui recopie l'audit s'y voit."""
    for graine in range(GRAINE_FRAICHE + 5, GRAINE_FRAICHE + 5 + graines):
        synthese = _generee(materiau, "courte", graine)
        if set(_themes_absents(synthese.texte, materiau)) != set(_omis_par_l_audit(synthese, materiau)):
            return synthese
    return _generee(materiau, "courte", GRAINE_FRAICHE + 22)


def _noms_employes(synthese, materiau, themes: list[str], n: int = 2) -> list[str]:
    """Comment la synthèse nomme des thèmes sans leur nom exact : le nom court qu'elle emploie
    (« la marche »), sinon le mot qui les fait reconnaître à ``sujets``."""
    bas = synthese.texte.lower()
    courts = {t: next((c for c in NOMS_COURTS.get(t, []) if c.lower() in bas), None) for t in themes}
    noms = [c for c in courts.values() if c]
    for t in (t for t in themes if not courts[t]):
        if len(noms) >= n:
            break
        phrase = next((p for p in decouper_affirmations(synthese.texte)["texte"] if ("thème", t) in sujets(p, materiau)),
                      None)
        mots = mots_qui_nomment(phrase, t, materiau) if phrase else []
        if mots:
            noms.append(mots[0])
    return list(dict.fromkeys(noms))[:n]


def _verifier_absents(themes_absents, synthese, materiau, ou: str, liste_du_cours=None) -> list[str]:
    obtenu = themes_absents(synthese.texte, materiau)
    if not isinstance(obtenu, (list, tuple, set)) or not all(isinstance(t, str) for t in obtenu):
        raise ReponseIncorrecte(f"themes_absents doit renvoyer une liste de noms de thèmes ; reçu : {obtenu!r} ({ou}).")
    themes = list(materiau.verite.themes.index)
    inconnus = [t for t in obtenu if t not in themes]
    if inconnus:
        raise ReponseIncorrecte(f"« {inconnus[0]} » n'est pas un thème de la consultation ({ou}) : partez de "
                                "materiau.verite.themes.index.")
    attendus = _themes_absents(synthese.texte, materiau)
    if re.search(r"\bauditer\b|\.omissions\b", _source(themes_absents)) or (
            set(obtenu) != set(attendus) and set(obtenu) == set(_omis_par_l_audit(synthese, materiau))):
        raise ReponseIncorrecte(
            "Votre fonction reprend l'audit du cours (auditer(…).omissions) : l'exercice est de refaire ce repérage "
            "vous-même, l'outil du cours ne sert pas de réponse. Et l'audit répond à une autre question : il tient aussi pour couvert un thème dont parlent les preuves d'une "
            "idée, même si aucune affirmation ne le nomme. Parcourez les affirmations "
            "(decouper_affirmations(texte)[\"texte\"]) et gardez les thèmes que sujets(phrase, materiau) y reconnaît."
        )
    nommes_texte_entier = {nom for sorte, nom in sujets(synthese.texte, materiau) if sorte == "thème"}
    if set(obtenu) != set(attendus) and set(obtenu) == set(themes) - nommes_texte_entier:
        raise ReponseIncorrecte(
            f"Vous appelez sujets sur la synthèse entière ({ou}) : sur un long texte, elle ne reconnaît qu'un thème "
            f"ou deux (les plus marqués), si bien que {len(obtenu)} thèmes vous semblent absents. Appelez-la sur "
            "chaque affirmation : for phrase in decouper_affirmations(texte)[\"texte\"]: … sujets(phrase, materiau)."
        )
    if liste_du_cours is not None and set(obtenu) == set(liste_du_cours) and set(attendus) != set(liste_du_cours):
        raise ReponseIncorrecte(
            f"Votre fonction renvoie la même liste que pour la synthèse du cours ({ou}), alors que cette synthèse-ci "
            "omet d'autres thèmes : la liste doit dépendre du texte reçu. Une liste recopiée ne vaut que pour une "
            "synthèse ; calculez-la à partir de texte."
        )
    exacts = [t for t in themes if t not in synthese.texte]
    if set(obtenu) == set(exacts) and set(exacts) != set(attendus):
        noms = _noms_employes(synthese, materiau, [t for t in exacts if t not in attendus])
        raise ReponseIncorrecte(
            f"Vous cherchez le nom exact de chaque thème dans le texte ({ou}) : {len(exacts)} thèmes « absents », "
            "alors que la synthèse en nomme plusieurs avec ses mots"
            + (f" ({', '.join(f'« {nom} »' for nom in noms)}…)" if noms else "")
            + ". Un assistant ne recopie pas les noms : reconnaissez les thèmes de chaque affirmation avec "
            "sujets(phrase, materiau)."
        )
    if attendus and set(obtenu) == set(themes) - set(attendus):
        raise ReponseIncorrecte(f"Ce sont les thèmes que la synthèse nomme ({ou}) : gardez ceux qu'aucune affirmation "
                                "ne nomme (not in).")
    manquants = [t for t in attendus if t not in obtenu]
    if manquants:
        raise ReponseIncorrecte(f"{len(manquants)} thème{'s' if len(manquants) > 1 else ''} absent"
                                f"{'s' if len(manquants) > 1 else ''} manque{'nt' if len(manquants) > 1 else ''} à "
                                f"votre liste, dont « {manquants[0]} » ({ou}) : parcourez tous les thèmes.")
    if set(obtenu) != set(attendus):
        en_trop = sorted(set(obtenu) - set(attendus))
        phrase = next(p for p in decouper_affirmations(synthese.texte)["texte"]
                      if ("thème", en_trop[0]) in sujets(p, materiau))
        raise ReponseIncorrecte(f"« {en_trop[0]} » est nommé par une affirmation de la synthèse ({ou}) : "
                                f"« {phrase[:90]}{'…' if len(phrase) > 90 else ''} » ; votre fonction le dit absent. "
                                "Pour chaque affirmation, gardez les thèmes que sujets(phrase, materiau) y reconnaît.")
    return attendus


# Pas de contre-épreuve (pas de @consigner) : la fonction reçoit la consultation préparée
# (``Materiau`` : index BM25, table des mots-clés), que l'on ne sait pas transmettre en données
# simples ; ses tests cachés la rejouent dans le noyau sur une synthèse fraîche.
def verifier_ex5_1(themes_absents, synthese, materiau) -> str:
    verifier_fonction(themes_absents, "themes_absents", "texte, materiau")
    _essayer(themes_absents, "themes_absents", synthese.texte, materiau)
    absents = _verifier_absents(themes_absents, synthese, materiau, "sur la synthèse du cours")
    # la troisième, cherchée par le calcul : l'audit du cours y tient pour couvert un thème
    # qu'aucune affirmation ne nomme
    for autre in (_generee(materiau, "detaillee", GRAINE_FRAICHE + 4), _generee(materiau, "courte", GRAINE_FRAICHE + 3),
                  _synthese_ou_l_audit_differe(materiau)):
        _verifier_absents(themes_absents, autre, materiau, "sur une autre synthèse", liste_du_cours=absents)
    voix = int(materiau.verite.themes.loc[absents, "voix"].sum()) if absents else 0
    return (f"{len(absents)} thème{'s' if len(absents) > 1 else ''} absent{'s' if len(absents) > 1 else ''} de la "
            f"synthèse du cours, {format_nombre(voix, 0)} personnes : votre fonction les retrouve sur n'importe "
            "quelle synthèse, même quand les thèmes sont nommés autrement.")


# --- 6.1 ---------------------------------------------------------------------------------


def _mesures_a_rejouer(mesure, materiau):
    yield mesure, "sur la synthèse du cours"
    synthese = _generee(materiau, "detaillee", GRAINE_FRAICHE)
    for seuil in (1.01, 0.2):
        yield (mesurer(synthese, _auditee(materiau, "detaillee", GRAINE_FRAICHE, seuil)),
               f"sur une autre synthèse auditée au seuil {format_nombre(seuil, 2)}"
               + (", au-dessus de tout score possible, où chaque idée devient une alerte" if seuil > 1 else ""))


def _recopie(obtenu: float, attendu: float, sur_le_cours: float | None) -> str:
    """Une phrase de plus quand c'est le nombre de la synthèse du cours rendu tel quel sur une
    autre, ou quand le nombre est presque le bon (un affichage recopié ou arrondi)."""
    if sur_le_cours is not None and abs(obtenu - sur_le_cours) < 1e-9:
        debut = " C'est le nombre de la synthèse du cours : votre fonction renvoie-t-elle un nombre recopié ?"
    elif abs(obtenu - attendu) < 0.005:
        debut = " C'est presque le bon nombre : recopié ou arrondi d'un affichage ?"
    else:
        return ""
    return debut + (" Un nombre recopié ne vaut que pour la synthèse où vous l'avez lu ; calculez-le à partir de "
                    "la mesure reçue.")


def _decimales_qui_distinguent(a: float, b: float, au_moins: int = 3) -> int:
    """Assez de décimales pour que deux nombres différents ne s'écrivent pas pareil."""
    for d in range(au_moins, 13):
        if format_nombre(a, d) != format_nombre(b, d):
            return d
    return 12


@consigner("rappel_et_fausses")
def verifier_ex6_1(rappel_et_fausses, mesure, materiau) -> str:
    verifier_fonction(rappel_et_fausses, "rappel_et_fausses", "mesure")
    _essayer(rappel_et_fausses, "rappel_et_fausses", mesure)
    sur_le_cours = (None, None)
    for m, ou in _mesures_a_rejouer(mesure, materiau):
        obtenu = rappel_et_fausses(m)
        if not isinstance(obtenu, tuple) or len(obtenu) != 2:
            raise ReponseIncorrecte(f"rappel_et_fausses doit renvoyer deux nombres : return rappel, fausses_pour_10 "
                                    f"(reçu : {obtenu!r}).")
        rappel, fausses_pour_10 = (float(x) for x in obtenu)
        attendu = float(m["defauts"]["trouve"].mean())
        nb_fausses = len(m["fausses_alertes"])
        fausses = 10 * nb_fausses / m["affirmations"]
        trouves = int(m["defauts"]["trouve"].sum())
        if rappel > 1 and trouves > 1 and abs(rappel - trouves) < 1e-9:
            raise ReponseIncorrecte(
                f"{trouves}, c'est le nombre de défauts trouvés ({ou}) : le rappel est la part des défauts plantés "
                f"que l'audit a trouvés, {trouves} sur {len(m['defauts'])} : .mean() plutôt que .sum()."
            )
        if rappel > 1:
            raise ReponseIncorrecte(f"Votre rappel vaut {format_nombre(rappel, 1)} : c'est un pourcentage ; donnez une "
                                    "part entre 0 et 1 (sans multiplier par 100).")
        if abs(rappel - attendu) > 1e-9:
            d = _decimales_qui_distinguent(rappel, attendu)
            raise ReponseIncorrecte(
                f"L'audit a trouvé {int(m['defauts']['trouve'].sum())} défauts sur {len(m['defauts'])} plantés "
                f"({ou}) : rappel = {format_nombre(attendu, d)}, et votre fonction renvoie {format_nombre(rappel, d)}."
                + _recopie(rappel, attendu, sur_le_cours[0])
                + " Le rappel : mesure[\"defauts\"][\"trouve\"].mean()."
            )
        if nb_fausses and abs(fausses_pour_10 - nb_fausses) < 1e-9:
            raise ReponseIncorrecte(f"{nb_fausses} est le nombre de fausses alertes ({ou}) ; on demande un taux : "
                                    f"combien pour 10 affirmations, soit 10 × {nb_fausses} / {m['affirmations']} "
                                    "(10 × len(mesure[\"fausses_alertes\"]) / mesure[\"affirmations\"]).")
        if abs(fausses_pour_10 - fausses) > 1e-9:
            d = _decimales_qui_distinguent(fausses_pour_10, fausses, 2)
            raise ReponseIncorrecte(
                f"{ou.capitalize()}, il y a {accorder(fausses, 'fausse alerte', 'fausses alertes', d)} pour 10 "
                f"affirmations, et votre fonction renvoie {format_nombre(fausses_pour_10, d)}."
                + _recopie(fausses_pour_10, fausses, sur_le_cours[1])
                + " Le taux : 10 × len(mesure[\"fausses_alertes\"]) / mesure[\"affirmations\"]."
            )
        if sur_le_cours == (None, None):
            sur_le_cours = (rappel, fausses_pour_10)
    return ("Votre fonction mesure l'audit sur n'importe quelle synthèse : trop haut, le seuil crée de fausses "
            "alertes ; trop bas, il laisse passer des inventions.")


# --- 7.1 ---------------------------------------------------------------------------------

# Chaque exigence : ce qu'une proposition doit demander (textes normalisés : minuscules, sans
# accents ni apostrophes). Une proposition qui le nie (« ne cite pas… », « supprime… »,
# « reformule… ») demande le contraire.
EXIGENCES_REQUETE = {
    "citer les identifiants des contributions": r"\b(?:identifiant|numero|reference|\bid\b)",
    "compter les personnes (voix), pas les copies":
        r"\b(?:personnes?|voix|auteur|auteure|auteurs|habitants? distincts?|distincts?|individus?)\b",
    "dire ce qui a été mis à part": r"\b(?:a part|ecarte|mis de cote|exclu|laisse de cote|retire)",
    "garder les thèmes minoritaires": r"\b(?:minoritaire|rares?|peu de (?:gens|personnes|monde|contributions)|tous les "
                                      r"(?:themes|sujets)|aucun (?:theme|sujet)|petits? (?:themes?|sujets?))",
    "citer mot pour mot": r"\b(?:mot pour mot|textuel|verbatim|exacte?s?|telles? quelles?|sans (?:rien )?(?:changer|"
                          r"modifier|reformuler|retoucher)|entre guillemets|(?:ne|n) (?:les )?reformul\w* (?:pas|jamais))",
}
_NEGATION = re.compile(r"\b(?:ne|n)\b(?:\s+\w+){0,3}?\s+(?:pas|jamais|plus|surtout|rien|aucun|aucune|ni)\b"
                       r"|^(?:supprime|supprimez|retire|retirez|ignore|ignorez|omets|omettez|enleve|enlevez|ecarte|"
                       r"ecartez|laisse tomber|oublie|oubliez)\b|\breformul\w*")
# Des doubles négations qui demandent bien quelque chose : « n'oublie aucun sujet »,
# « sans rien changer », « pas les copies ».
_POSITIVES = re.compile(r"\b(?:n|ne) (?:oublie|oubliez|omets|omettez|ecarte|ecartez|neglige|negligez|laisse|laissez|"
                        r"ajoute|ajoutez|invente|inventez)(?: \w+)? (?:aucun|aucune|pas|rien|personne|jamais)\b"
                        r"|\b(?:n|ne) (?:les |la |le )?(?:reformule|reformulez|modifie|modifiez|change|changez)"
                        r" (?:pas|jamais|rien)\b|\bsans (?:les |rien |jamais )?(?:reformuler|changer|modifier|retoucher)\w*")
_VERBE = re.compile(r"\b(?:cite|citez|citer|compte|comptez|compter|denombre|denombrez|dis|dites|dire|indique|indiquez|"
                    r"garde|gardez|garder|conserve|conservez|reprends|reprenez|signale|signalez|mentionne|mentionnez|"
                    r"donne|donnez|precise|precisez|inclus|incluez|traite|traitez|separe|separez|distingue|distinguez|"
                    r"ecris|ecrivez|redige|redigez|liste|listez|detaille|detaillez|fais|faites|veille|veillez|"
                    r"respecte|respectez|reproduis|reproduisez|oublie|oubliez|omets|omettez|ajoute|ajoutez|"
                    r"supprime|supprimez|ignore|ignorez|retire|retirez|reformule|reformulez|explique|expliquez|"
                    r"rends|rendez|couvre|couvrez|presente|presentez|rapporte|rapportez|renvoie|renvoyez|exige|"
                    r"je veux|il faut|doit|doivent|dois|devez)\b")


def _propositions(texte: str) -> list[str]:
    """Les propositions d'une requête : coupées aux points, points-virgules, deux-points,
    virgules et retours à la ligne, puis normalisées."""
    return [normaliser(p) for p in re.split(r"[.;:!?,\n]+", texte) if normaliser(p)]


# Des consignes qui contredisent une exigence, même quand la requête pose aussi l'exigence :
# (motif sur la proposition normalisée, ce que la consigne contredit). Un assistant qui reçoit
# deux consignes contraires en suit une, sans dire laquelle.
_DOUBLE_NEGATION_AVANT = re.compile(r"\b(?:aucune?|jamais|pas|rien|ne|n|personne|nulle?)\b")
_CONSIGNES_CONTRAIRES = (
    (re.compile(r"\bsans (?:aucune? |les |la |le |de |d |des )?(?:identifiants?|numeros?|references?)\b"),
     "elle contredit l'exigence « citer les identifiants des contributions » : sans identifiant, aucune affirmation "
     "ne se vérifie"),
    (re.compile(r"\bsans (?:aucune? |les |la |le |de |d |des )?(?:citations?|guillemets)\b|\bni citations?\b"),
     "elle contredit l'exigence « citer mot pour mot » : sans citation, on ne peut plus vérifier ce que les "
     "habitant·es ont écrit"),
    (re.compile(r"\b(?:invente|inventez|inventer|imagine|imaginez|extrapole|extrapolez|brode|brodez)\b"),
     "elle demande d'inventer : un chiffre ou une citation inventés ne viennent d'aucune contribution (la grille "
     "les signale « chiffre faux », « citation introuvable ») ; c'est ce que vos exigences veulent empêcher"),
    (re.compile(r"^(?!.*\bchaque\b).*\b(?:resume|resumez|resumer|synthetise|synthetisez|redige|redigez|ecris|"
                r"ecrivez|tiens|tenez|limite|limitez)\b.*?\ben (?:une|deux|trois|quatre|cinq|[1-9]) (?:lignes?|phrases?)\b"),
     "en si peu de lignes, une synthèse ne peut ni garder tous les thèmes, minoritaires compris, ni citer des "
     "identifiants : cette longueur contredit vos exigences"),
)


def _consignes_contraires(ma_requete: str) -> list[tuple[str, str]]:
    """Les propositions (telles qu'écrites) qui contredisent une exigence, et pourquoi. Une
    proposition à la forme négative (« n'invente rien », « aucune affirmation sans
    identifiant ») ne compte pas."""
    trouvees = []
    for originale in re.split(r"[.;:!?\n]+", ma_requete):
        proposition = normaliser(originale)
        if not proposition:
            continue
        for motif, pourquoi in _CONSIGNES_CONTRAIRES:
            trouve = motif.search(proposition)
            if trouve is None:
                continue
            avant = proposition[: trouve.start()]
            if _DOUBLE_NEGATION_AVANT.search(avant) or _POSITIVES.search(proposition) or (
                    not trouve.group(0).startswith(("sans", "ni")) and _NEGATION.search(proposition)) or \
                    re.search(r"\bsans (?:rien )?(?:invent|imagin|extrapol|brod)", proposition):
                continue
            trouvees.append((originale.strip(), pourquoi))
            break
    return trouvees


def _part_recopiee(texte: str, modele: str, n: int = 5) -> float:
    """La part des suites de ``n`` mots de ``modele`` que ``texte`` reprend telles quelles."""
    def suites(t):
        m = normaliser(t).split()
        return {tuple(m[i:i + n]) for i in range(len(m) - n + 1)}

    du_modele = suites(modele)
    return len(suites(texte) & du_modele) / len(du_modele) if du_modele else 0.0


def _lire_requete(ma_requete: str) -> dict[str, str]:
    """Pour chaque exigence : « demandée », « niée » (la requête demande le contraire) ou « absente »."""
    etats = {}
    for exigence, motif in EXIGENCES_REQUETE.items():
        etat = "absente"
        for proposition in _propositions(ma_requete):
            if not re.search(motif, proposition) or not _VERBE.search(proposition):
                continue
            sans_double_negation = _POSITIVES.sub(" ", proposition)
            if _NEGATION.search(sans_double_negation):
                etat = "niée" if etat == "absente" else etat
            else:
                etat = "demandée"
        etats[exigence] = etat
    return etats


@consigner("ma_requete")
def verifier_ex7_1(ma_requete) -> str:
    verifier_type(ma_requete, str, "ma_requete")
    norm = normaliser(ma_requete)
    mots = norm.split()
    if len(mots) < 30 or re.search(r"\bbla\b|lorem|xxx", norm):
        raise ReponseIncorrecte("Votre requête est trop courte ou contient du texte de remplissage : écrivez au "
                                "moins 30 mots, une exigence par phrase.")
    if _part_recopiee(ma_requete, REQUETES["detaillee"]) >= 0.6:
        raise ReponseIncorrecte(
            "Votre requête reprend la requête détaillée du cours (REQUETES[\"detaillee\"]) : l'exercice est d'écrire "
            "la vôtre, celle que vous enverriez pour votre consultation. Partez des cinq exigences et dites-les avec "
            "vos mots, une par phrase."
        )
    phrases = [p for p in re.split(r"[.;!?\n]+", ma_requete) if len(normaliser(p).split()) >= 3]
    if len(set(mots)) < 0.5 * len(mots) or len(phrases) < 3:
        raise ReponseIncorrecte(
            "Votre requête aligne des mots-clés sans phrases : un assistant (ou un prestataire) ne lit pas une liste "
            "de mots répétés comme une exigence. Écrivez une exigence par phrase, avec un verbe qui dit quoi faire "
            "(« Cite les identifiants… », « Compte les personnes… »)."
        )
    etats = _lire_requete(ma_requete)
    niees = [e for e, etat in etats.items() if etat == "niée"]
    if niees:
        raise ReponseIncorrecte(
            f"Votre requête demande le contraire de l'exigence « {niees[0]} » (une négation, « supprime », "
            "« reformule »…). Une requête est une spécification : chaque phrase dit ce qu'il faut faire."
        )
    contraires = _consignes_contraires(ma_requete)
    if contraires:
        phrase, pourquoi = contraires[0]
        raise ReponseIncorrecte(
            f"Une consigne de votre requête contredit vos exigences : « {phrase} » ; {pourquoi}. Un assistant qui "
            "reçoit deux consignes contraires en suit une, sans vous dire laquelle. Retirez cette consigne : une "
            "spécification ne se contredit pas."
        )
    manquantes = [e for e, etat in etats.items() if etat == "absente"]
    if manquantes:
        raise ReponseIncorrecte(f"Il manque à votre requête l'exigence : {manquantes[0]}. Une requête est une "
                                "spécification : chaque exigence sera vérifiée avec la grille.")
    return "Chaque exigence de votre requête est vérifiable avec la grille : c'est une spécification."


# --- les mauvaises réponses typiques -------------------------------------------------------

_NON_ETAYEES = "def non_etayees(grille, seuil):\n    {}\n"
_PART = "def part_juste(theme, part_annoncee, consultation):\n    {}\n"
# La part bien calculée, puis un verdict à compléter : les variantes de tolérance de l'exercice 3.2.
_PART_CALCULEE = _PART.format('part = 100 * (consultation["theme_reference"] == theme).mean()\n    return {}')
_CITATION = "from rapidfuzz import fuzz\n\ndef citation_retrouvee(citation, textes):\n    {}\n"
_REQUETE = ("ma_requete = (\"Rédige une synthèse pour le conseil. Cite les identifiants des contributions. "
            "Compte les personnes et non les copies. Dis ce qui a été mis à part et combien. Garde les thèmes "
            "minoritaires. Cite les contributions mot pour mot, sans reformuler. N'ajoute aucun chiffre qui ne "
            "vienne pas des données, et signale les campagnes.\")")
_ABSENTS = "def themes_absents(texte, materiau):\n    {}\n"
_NOMMES = ("nommes = set()\n    for phrase in decouper_affirmations(texte)['texte']:\n"
           "        nommes |= {nom for sorte, nom in sujets(phrase, materiau) if sorte == 'thème'}\n")
_RAPPEL = "def rappel_et_fausses(mesure):\n    return {}, {}\n"
_PARTS = ('theme = consultation[consultation["theme_reference"] == theme_campagne]\n'
          'contre = theme[theme["position"] == "contre"]\n')
# Les nombres que la personne a lus pour la synthèse du cours, calculés ici sur ses objets (et non
# tapés d'après les données du jour) : la mesure du cours, et ce qu'en montre l'affichage.
_LUS_SUR_LE_COURS = ('rappel_du_cours = float(mesure["defauts"]["trouve"].mean())\n'
                     'fausses_du_cours = 10 * len(mesure["fausses_alertes"]) / mesure["affirmations"]\n\n')

CAS = (
    Cas("ex1_1", "nb_affirmations = len(synthese.texte.split('\\n\\n'))", "nombre de paragraphes",
        "les paragraphes comptés", typique=True),
    Cas("ex1_1", "nb_affirmations = 20", "n'est pas le nombre d'affirmations", "un nombre au jugé"),
    Cas("ex1_1", "nb_affirmations = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex2_1", _NON_ETAYEES.format('return list(grille.loc[~(grille["etayage"] >= seuil), "numero"])'),
        "sans score d'étayage", "les NaN gardés", typique=True),
    Cas("ex2_1", _NON_ETAYEES.format('return grille[grille["etayage"] < seuil]'), "renvoie un tableau",
        "le tableau au lieu des numéros"),
    Cas("ex2_1", _NON_ETAYEES.format('return list(grille.loc[grille["etayage"] < 0.6, "numero"])'),
        "le seuil reçu", "le seuil recopié"),
    Cas("ex2_1", _NON_ETAYEES.format("return None"), "liste de numéros", "None renvoyé"),
    Cas("ex2_1", _NON_ETAYEES.format("# VOTRE CODE ICI\n    raise NotImplementedError()"), "pas encore de réponse",
        "le talon laissé tel quel"),
    Cas("ex2_1", _NON_ETAYEES.format('return list(grille.loc[grille["etayage"] <= seuil, "numero"])'),
        "strictement inférieurs", "<= au lieu de <"),
    Cas("ex2_1", _NON_ETAYEES.format("return list(grille.columns)"), "colonne « numero »",
        "les noms de colonnes renvoyés"),
    Cas("ex2_1", "non_etayees = [3, 7]", "n'est plus une fonction", "une liste au lieu d'une fonction"),
    Cas("ex2_1", _NON_ETAYEES.format('return [str(n) for n in grille.loc[grille["etayage"] < seuil, "numero"]]'),
        "pas un texte", "des numéros écrits en textes"),
    Cas("ex2_1", _NON_ETAYEES.format('return tuple(grille.loc[grille["etayage"] < seuil, "numero"])'),
        "renvoie un tuple", "un tuple au lieu d'une liste"),
    Cas("ex2_1", _NON_ETAYEES.format('return grille.loc[grille["etayage"] < seuil, "numero"]'),
        "une colonne pandas", "la colonne au lieu d'une liste"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = len(contre) / len(theme)\n"
        "part_contre_voix = len(contre) / len(theme)", "personnes distinctes", "des lignes au lieu de personnes",
        typique=True),
    Cas("ex3_1", _PARTS + "part_contre_contributions = len(contre) / len(theme)\n"
        "part_contre_voix = contre[\"auteur\"].nunique() / consultation[\"auteur\"].nunique()",
        "toutes les personnes de la consultation", "mauvais dénominateur"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = len(contre) / len(consultation)\n"
        "part_contre_voix = contre[\"auteur\"].nunique() / theme[\"auteur\"].nunique()",
        "divisées par les lignes du thème", "divisé par toute la consultation"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = round(len(contre) / len(theme), 3)\n"
        "part_contre_voix = contre[\"auteur\"].nunique() / theme[\"auteur\"].nunique()", "Recalculez-la",
        "une part recopiée arrondie"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = 100 * len(contre) / len(theme)\n"
        "part_contre_voix = 100 * contre[\"auteur\"].nunique() / theme[\"auteur\"].nunique()",
        "pas un pourcentage", "pourcentage au lieu d'une part"),
    Cas("ex3_1", "part_contre_contributions = 65\npart_contre_voix = 48", "pas un pourcentage",
        "des pourcentages entiers recopiés"),
    Cas("ex3_1", 'theme = consultation[consultation["theme_reference"] == theme_campagne]\n'
        'contre = theme[theme["position"] == "Contre"]\n'
        "part_contre_contributions = len(contre) / len(theme)\n"
        'part_contre_voix = contre["auteur"].nunique() / theme["auteur"].nunique()', "avec une majuscule",
        "le libellé « Contre » avec une majuscule"),
    Cas("ex3_2", _PART.format('part = (consultation["theme_reference"] == theme).mean()\n'
                              '    return bool(abs(part - part_annoncee) <= 1)'),
        "en pourcentage", "part comparée à un pourcentage"),
    Cas("ex3_2", _PART.format("return True"), "votre fonction dit True", "toujours vrai"),
    Cas("ex3_2", _PART_CALCULEE.format('abs(part - part_annoncee)'), "True ou False", "l'écart au lieu du verdict"),
    Cas("ex3_2", "part_juste = 7", "n'est plus une fonction", "un nombre au lieu d'une fonction"),
    Cas("ex3_2", _PART_CALCULEE.format('bool(abs(part - part_annoncee) <= 20)'),
        "votre fonction dit True", "tolérance très large"),
    Cas("ex3_2", _PART_CALCULEE.format('bool(abs(part - part_annoncee) <= 3)'),
        "tolérance est trop large", "tolérance de 3 points"),
    # sur une vraie synthèse (celle du cours ou l'autre, qui a toujours un chiffre faux proche), pas
    # sur un cas d'essai
    Cas("ex3_2", _PART_CALCULEE.format('bool(abs(part - part_annoncee) <= 5)'),
        "annoncés (sur", "tolérance de 5 points"),
    Cas("ex3_2", _PART_CALCULEE.format('bool(abs(part - part_annoncee) <= 2)'),
        "un cas d'essai), soit 1,5 point", "tolérance de 2 points"),
    Cas("ex3_2", _PART_CALCULEE.format('bool(abs(part - part_annoncee) < 1)'),
        "pas < 1", "strictement moins d'un point"),
    Cas("ex3_2", _PART_CALCULEE.format('bool(round(part) == part_annoncee)'),
        "n'arrondissez", "l'arrondi comparé à l'annonce"),
    Cas("ex3_2", _PART.format('part = 100 * (consultation["theme_reference"] == theme_campagne).mean()\n'
                              '    return bool(abs(part - part_annoncee) <= 1)'),
        "paramètre theme", "la variable du cours au lieu du paramètre"),
    Cas("ex4_1", _CITATION.format("return any(citation in t for t in textes)"), "comparez-leur normaliser(citation)",
        "comparaison exacte"),
    Cas("ex4_1", _CITATION.format("return any(fuzz.partial_ratio(normaliser(citation), t) >= 60 for t in textes)"),
        "le seuil est trop bas", "seuil trop bas"),
    Cas("ex4_1", _CITATION.format("return 'oui'"), "True ou False", "un texte renvoyé"),
    Cas("ex4_1", _CITATION.format("return False"), "ne la retrouve pas", "toujours faux"),
    Cas("ex4_1", _CITATION.format("return process.extractOne(normaliser(citation), textes, "
                                  "scorer=fuzz.partial_ratio)[1] >= 90"), "changé pour son contraire",
        "seuil 90"),
    # au-dessus de toute faute de frappe d'essai (97 à 99,5 sur 100), quelles que soient les données
    Cas("ex4_1", _CITATION.format("return process.extractOne(normaliser(citation), textes, "
                                  "scorer=fuzz.partial_ratio)[1] >= 100"), "pas plus",
        "seuil trop strict (100 au lieu de 97)"),
    Cas("ex4_1", _CITATION.format("return process.extractOne(normaliser(citation), textes, "
                                  "scorer=fuzz.token_set_ratio)[1] >= 97"), "token_set_ratio", "le mauvais scorer"),
    Cas("ex4_1", _CITATION.format("return process.extractOne(normaliser(citation), textes, "
                                  "scorer=fuzz.partial_ratio)[2] >= 97"), "la place de la contribution",
        "la position au lieu du score"),
    Cas("ex4_1", "citation_retrouvee = True", "n'est plus une fonction", "un booléen au lieu d'une fonction"),
    Cas("ex4_1", _CITATION.format("return process.extractOne(normaliser(citation), textes, "
                                  "scorer=fuzz.partial_ratio)[1] > 97"), "pas > 97", "> 97 au lieu de >= 97"),
    Cas("ex4_1", _CITATION.format("return any(normaliser(citation) in t for t in textes)"), "telle quelle",
        "la citation normalisée cherchée telle quelle, sans seuil"),
    Cas("ex5_1", _ABSENTS.format("return ['Thème un', 'Thème deux']"), "n'est pas un thème", "des noms inventés"),
    Cas("ex5_1", _ABSENTS.format("return [t for t in materiau.verite.themes.index if t not in texte]"),
        "nom exact de chaque thème", "les noms exacts cherchés dans le texte", typique=True),
    Cas("ex5_1", _ABSENTS.format(_NOMMES + "    return [t for t in materiau.verite.themes.index if t in nommes]"),
        "que la synthèse nomme", "le test à l'envers"),
    Cas("ex5_1", _ABSENTS.format(_NOMMES + "    return [t for t in materiau.verite.themes.index if t not in nommes][:1]"),
        "à votre liste", "liste incomplète"),
    # la liste affichée pour la synthèse du cours (calculée ici, comme la personne l'a lue), puis
    # rendue telle quelle pour tout texte
    Cas("ex5_1", "nommes = set()\nfor phrase in decouper_affirmations(synthese.texte)['texte']:\n"
        "    nommes |= {nom for sorte, nom in sujets(phrase, materiau) if sorte == 'thème'}\n"
        "liste_du_cours = [t for t in materiau.verite.themes.index if t not in nommes]\n\n"
        + _ABSENTS.format("return list(liste_du_cours)"),
        "doit dépendre du texte reçu", "la liste du cours recopiée"),
    Cas("ex5_1", _ABSENTS.format("return 'Sécurité des femmes la nuit'"), "liste de noms", "un texte au lieu d'une liste"),
    Cas("ex5_1", "themes_absents = ['Sécurité des femmes la nuit']", "n'est plus une fonction",
        "une liste au lieu d'une fonction"),
    Cas("ex5_1", _ABSENTS.format("nommes = {nom for sorte, nom in sujets(texte, materiau) if sorte == 'thème'}\n"
                                 "    return [t for t in materiau.verite.themes.index if t not in nommes]"),
        "synthèse entière", "sujets appelée sur le texte entier"),
    Cas("ex5_1", "from civiclabs.audit import auditer\n\n" + _ABSENTS.format(
        "omissions = auditer(texte, materiau).omissions\n"
        "    return list(omissions.loc[omissions['type'].str.startswith('thème'), 'cible'])"),
        "reprend l'audit du cours", "l'audit du cours réemployé"),
    Cas("ex5_1", _ABSENTS.format(_NOMMES.replace("['texte']", "['texte'][:12]")
                                 + "    return [t for t in materiau.verite.themes.index if t not in nommes]"),
        "est nommé par une affirmation", "seules les premières affirmations parcourues"),
    Cas("ex6_1", _RAPPEL.format("100 * mesure['defauts']['trouve'].mean()", "0.0"), "un pourcentage",
        "pourcentage"),
    # 0,5 fausse alerte pour 10 : jamais un nombre entier de fausses alertes ; le rappel (1) peut être le
    # bon sur la synthèse du cours, le message vient alors d'une autre synthèse
    Cas("ex6_1", _RAPPEL.format("1.0", "0.5"), "votre fonction renvoie", "des nombres au jugé"),
    # l'affichage de l'essai (« rappel … %, … fausses alertes pour 10 affirmations ») : deux décimales
    Cas("ex6_1", _LUS_SUR_LE_COURS + _RAPPEL.format("round(rappel_du_cours, 2)", "round(fausses_du_cours, 2)"),
        "recopié ou arrondi", "des nombres recopiés de l'affichage"),
    Cas("ex6_1", _LUS_SUR_LE_COURS + _RAPPEL.format("rappel_du_cours", "fausses_du_cours"),
        "le nombre de la synthèse du cours", "les nombres exacts de la synthèse du cours recopiés"),
    Cas("ex6_1", _RAPPEL.format("mesure['defauts']['trouve'].sum()", "0.0"), "plutôt que .sum()",
        "un compte au lieu d'une part"),
    Cas("ex6_1", _RAPPEL.format("0.5", "10 * len(mesure['fausses_alertes']) / mesure['affirmations']"),
        "défauts sur", "un rappel au jugé"),
    Cas("ex6_1", _RAPPEL.format("mesure['defauts']['trouve'].mean()", "len(mesure['fausses_alertes'])"),
        "on demande un taux", "le nombre au lieu du taux"),
    Cas("ex6_1", _RAPPEL.format("mesure['defauts']['trouve'].mean()", "len(mesure['fausses_alertes']) / "
                                "mesure['affirmations']"), "pour 10 affirmations", "par affirmation au lieu de 10"),
    Cas("ex6_1", "def rappel_et_fausses(mesure):\n    return mesure['defauts']['trouve'].mean()\n", "deux nombres",
        "un seul nombre renvoyé"),
    Cas("ex6_1", "rappel_et_fausses = (1.0, 0.0)", "n'est plus une fonction", "des nombres au lieu d'une fonction"),
    Cas("ex7_1", "ma_requete = 'Fais une synthèse bla bla'", "trop courte", "remplissage"),
    Cas("ex7_1", "ma_requete = " + repr("identifiants personnes voix copies mis à part minoritaires mot pour mot " * 4),
        "mots-clés sans phrases", "bourrage de mots-clés"),
    Cas("ex7_1", "ma_requete = " + repr(
        "Ne cite surtout pas les identifiants des contributions. Ne compte pas les personnes ni les voix, compte "
        "les copies. Ne dis pas ce qui a été mis à part. Supprime les thèmes minoritaires. Ne cite jamais mot pour "
        "mot, reformule tout librement pour que ce soit joli."), "demande le contraire", "une requête à l'envers"),
    Cas("ex7_1", _REQUETE.replace("Garde les thèmes minoritaires. ", ""), "garder les thèmes minoritaires",
        "exigence oubliée"),
    Cas("ex7_1", _REQUETE.replace("Cite les identifiants des contributions. ", ""), "citer les identifiants",
        "exigence oubliée"),
    Cas("ex7_1", "from civiclabs.audit import REQUETES\nma_requete = REQUETES['detaillee']", "requête détaillée du cours",
        "la requête du cours recopiée"),
    Cas("ex7_1", _REQUETE[:-2] + " Invente aussi quelques chiffres pour illustrer.\")", "contredit vos exigences",
        "une consigne d'invention ajoutée aux exigences"),
    Cas("ex7_1", _REQUETE[:-2] + " Puis résume en trois lignes sans aucun identifiant ni citation.\")",
        "contredit vos exigences", "une consigne contradictoire ajoutée aux exigences"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "Il faut demander au prestataire que ce soit fiable.",
    "reflexion_2": "Oui on peut publier si c'est relu.",
    "reflexion_3": "C'est l'IA qui est responsable.",
}
