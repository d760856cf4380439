"""Vérifications des exercices du Lab 06 — Auditer une synthèse écrite par une IA.

Trois exercices font écrire une fonction que la vérification rejoue sur une synthèse
fraîche (une autre graine du générateur) : ``non_etayees`` (2.1), ``part_juste`` (3.2) et
``citation_retrouvee`` (4.1) ; les tests cachés en emploient encore une autre. La requête
de l'exercice 7.1 doit nommer chaque exigence ; un texte de remplissage est refusé.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from .. import charger_consultation
from ..audit import (
    auditer,
    decouper_affirmations,
    generer_synthese,
    mesurer,
    nombres,
    preparer,
    sujets,
)
from ..audit.verite import normaliser
from ..texte import format_nombre, format_pourcentage
from ..verification import ReponseIncorrecte, verifier_fonction, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 6
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


# --- 1.1 ---------------------------------------------------------------------------------


@consigner("nb_affirmations")
def verifier_ex1_1(nb_affirmations, synthese) -> str:
    verifier_type(nb_affirmations, (int, np.integer), "nb_affirmations")
    attendu = len(decouper_affirmations(synthese.texte))
    if nb_affirmations == synthese.texte.count("."):
        raise ReponseIncorrecte(
            f"{nb_affirmations}, c'est le nombre de points du texte : les points à l'intérieur des citations « … » "
            "et des nombres ne séparent pas des affirmations. Comptez les lignes de decouper_affirmations(synthese.texte)."
        )
    if nb_affirmations == synthese.texte.count("\n\n") or nb_affirmations == len(synthese.texte.split("\n\n")):
        raise ReponseIncorrecte(
            f"{nb_affirmations}, c'est le nombre de paragraphes : un paragraphe contient plusieurs affirmations. "
            "Comptez les lignes de decouper_affirmations(synthese.texte)."
        )
    if nb_affirmations != attendu:
        raise ReponseIncorrecte(
            f"La synthèse compte {attendu} affirmations, pas {nb_affirmations} : "
            "nb_affirmations = len(decouper_affirmations(synthese.texte))."
        )
    return f"{attendu} affirmations à vérifier une par une : c'est la grille que nous allons remplir."


# --- 2.1 ---------------------------------------------------------------------------------


def _attendues(grille: pd.DataFrame, seuil: float) -> list[int]:
    return [int(n) for n, e in zip(grille["numero"], grille["etayage"]) if not math.isnan(e) and e < seuil]


def _verifier_non_etayees(non_etayees, grille, seuil, ou: str) -> None:
    obtenu = non_etayees(grille.copy(), seuil)
    if isinstance(obtenu, pd.DataFrame):
        raise ReponseIncorrecte(
            f"non_etayees renvoie un tableau : renvoyez la liste des numéros, list(…[\"numero\"]) ({ou})."
        )
    try:
        obtenu = [int(n) for n in obtenu]
    except TypeError:
        raise ReponseIncorrecte(f"non_etayees doit renvoyer une liste de numéros ; reçu : {obtenu!r} ({ou}).") from None
    attendu = _attendues(grille, seuil)
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
    _verifier_non_etayees(non_etayees, audit.grille, 0.6, "sur la grille du cours, seuil 0,6")
    _verifier_non_etayees(non_etayees, audit.grille, 0.0, "sur la grille du cours, seuil 0")
    _verifier_non_etayees(non_etayees, audit.grille, 1.01, "sur la grille du cours, seuil 1,01")
    _, fraiche = _synthese_fraiche(materiau)
    _verifier_non_etayees(non_etayees, fraiche.grille, 0.6, "sur une autre synthèse")
    return ("Votre fonction retrouve les affirmations que rien n'étaye, sur cette synthèse comme sur une autre. "
            "« Étayée » veut dire « ces mots se trouvent dans une contribution », pas « c'est vrai ».")


# --- 3.1 ---------------------------------------------------------------------------------


@consigner("part_contre_contributions", "part_contre_voix")
def verifier_ex3_1(part_contre_contributions, part_contre_voix, consultation, theme_campagne) -> str:
    for valeur, nom in ((part_contre_contributions, "part_contre_contributions"), (part_contre_voix, "part_contre_voix")):
        verifier_type(valeur, (float, np.floating), nom)
        if valeur > 1:
            raise ReponseIncorrecte(f"{nom} vaut {format_nombre(valeur, 1)} : c'est un pourcentage ; "
                                    "donnez une part entre 0 et 1 (sans multiplier par 100).")
    theme = consultation[consultation["theme_reference"] == theme_campagne]
    contre = theme[theme["position"] == "contre"]
    attendu_c = len(contre) / len(theme)
    attendu_v = contre["auteur"].nunique() / theme["auteur"].nunique()
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
    return (f"{format_pourcentage(attendu_c)} des contributions, mais {format_pourcentage(attendu_v)} des personnes : "
            "la « nette majorité » venait des copies d'une campagne.")


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


def _verifier_part_juste(part_juste, synthese, consultation, materiau, ou: str) -> int:
    paires = _parts_annoncees(synthese, materiau)
    for theme, part in paires:
        vrai = 100 * float((consultation["theme_reference"] == theme).mean())
        attendu = abs(vrai - part) <= 1
        obtenu = part_juste(theme, part, consultation.copy())
        if not isinstance(obtenu, (bool, np.bool_)):
            raise ReponseIncorrecte(f"part_juste doit renvoyer True ou False ; reçu : {obtenu!r}.")
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
    n = _verifier_part_juste(part_juste, synthese, consultation, materiau, "sur la synthèse du cours")
    fraiche = _generee(materiau, "courte", GRAINE_FRAICHE + 1)
    n += _verifier_part_juste(part_juste, fraiche, consultation, materiau, "sur une autre synthèse")
    return f"{n} chiffres recalculés sur deux synthèses : votre fonction sépare les justes des faux."


# --- 4.1 ---------------------------------------------------------------------------------


def _citations_du_corrige(synthese) -> list[tuple[str, bool]]:
    from ..audit.methode import _citations

    resultat = []
    for a in synthese.affirmations.itertuples():
        for c in _citations(a.texte):
            resultat.append((c, a.defaut not in ("citation altérée", "citation inventée")))
    return resultat


def _verifier_citations(citation_retrouvee, synthese, textes, ou: str) -> None:
    for citation, reelle in _citations_du_corrige(synthese):
        obtenu = citation_retrouvee(citation, textes)
        if not isinstance(obtenu, (bool, np.bool_)):
            raise ReponseIncorrecte(f"citation_retrouvee doit renvoyer True ou False ; reçu : {obtenu!r}.")
        if bool(obtenu) != reelle:
            if reelle:
                raise ReponseIncorrecte(
                    f"« {citation[:80]} » a bien été écrite par quelqu'un, votre fonction ne la retrouve pas ({ou}) : les textes reçus sont normalisés ; "
                    "comparez-leur normaliser(citation), avec fuzz.partial_ratio."
                )
            raise ReponseIncorrecte(
                f"« {citation[:80]} » n'a été écrite par personne (citation altérée ou inventée), votre fonction "
                f"la retrouve ({ou}) : le seuil est trop bas ; gardez 97 sur 100."
            )


@consigner("citation_retrouvee")
def verifier_ex4_1(citation_retrouvee, synthese, materiau) -> str:
    verifier_fonction(citation_retrouvee, "citation_retrouvee", "citation, textes")
    textes = list(materiau.textes_normalises)
    _verifier_citations(citation_retrouvee, synthese, textes, "synthèse du cours")
    fraiche = _generee(materiau, "courte", GRAINE_FRAICHE + 2)
    _verifier_citations(citation_retrouvee, fraiche, textes, "sur une autre synthèse")
    return "Vous retrouvez les vraies citations et refusez les altérées et les inventées, sur deux synthèses."


# --- 5.1 ---------------------------------------------------------------------------------

_REMPLISSAGE = re.compile(r"^(?:th[eè]me|sujet)\s*(?:[a-z]|\d+|un|deux|trois)$|^x+$|bla", re.I)


@consigner("themes_omis")
def verifier_ex5_1(themes_omis, synthese, consultation) -> str:
    verifier_type(themes_omis, (list, tuple, set), "themes_omis")
    for t in themes_omis:
        if not isinstance(t, str) or _REMPLISSAGE.search(str(t).strip()):
            raise ReponseIncorrecte(f"« {t} » n'est pas un thème de la consultation : recopiez les noms tels "
                                    "qu'ils sont dans consultation[\"theme_reference\"].")
    themes = list(consultation["theme_reference"].astype(str).unique())
    inconnus = [t for t in themes_omis if t not in themes]
    if inconnus:
        raise ReponseIncorrecte(f"« {inconnus[0]} » n'est pas un thème de la consultation : partez de "
                                "consultation[\"theme_reference\"].unique().")
    attendus = {t for t in themes if t not in synthese.texte}
    if set(themes_omis) == set(themes) - attendus:
        raise ReponseIncorrecte("Ce sont les thèmes que la synthèse nomme : gardez ceux qui n'apparaissent pas "
                                "dans synthese.texte (not in).")
    manquants = sorted(attendus - set(themes_omis))
    if manquants:
        raise ReponseIncorrecte(f"{len(manquants)} thème(s) omis manquent à votre liste, dont « {manquants[0]} » : "
                                "parcourez tous les thèmes de la consultation.")
    if set(themes_omis) != attendus:
        raise ReponseIncorrecte("Votre liste contient des thèmes que la synthèse nomme pourtant.")
    return (f"{len(attendus)} thèmes sont absents de la synthèse, dont les plus rares : ce que dit la littérature sur "
            "les résumés automatiques (« ce qui est rare disparaît d'abord »).")


# --- 6.1 ---------------------------------------------------------------------------------


def _mesures_a_rejouer(mesure, materiau):
    yield mesure, "sur la synthèse du cours"
    synthese = _generee(materiau, "detaillee", GRAINE_FRAICHE)
    for seuil in (1.01, 0.2):
        yield (mesurer(synthese, _auditee(materiau, "detaillee", GRAINE_FRAICHE, seuil)),
               f"sur une autre synthèse auditée au seuil {format_nombre(seuil, 2)}")


@consigner("rappel_et_fausses")
def verifier_ex6_1(rappel_et_fausses, mesure, materiau) -> str:
    verifier_fonction(rappel_et_fausses, "rappel_et_fausses", "mesure")
    for m, ou in _mesures_a_rejouer(mesure, materiau):
        obtenu = rappel_et_fausses(m)
        if not isinstance(obtenu, tuple) or len(obtenu) != 2:
            raise ReponseIncorrecte(f"rappel_et_fausses doit renvoyer deux nombres : return rappel, fausses_pour_10 "
                                    f"(reçu : {obtenu!r}).")
        rappel, fausses_pour_10 = (float(x) for x in obtenu)
        attendu = float(m["defauts"]["trouve"].mean())
        nb_fausses = len(m["fausses_alertes"])
        fausses = 10 * nb_fausses / m["affirmations"]
        if rappel > 1:
            raise ReponseIncorrecte("Le rappel est un pourcentage : donnez une part entre 0 et 1.")
        if abs(rappel - attendu) > 1e-9:
            raise ReponseIncorrecte(
                f"L'audit a trouvé {int(m['defauts']['trouve'].sum())} défauts sur {len(m['defauts'])} plantés "
                f"({ou}) : rappel = {format_nombre(attendu, 3)}, pas {format_nombre(rappel, 3)} "
                "(mesure[\"defauts\"][\"trouve\"].mean())."
            )
        if nb_fausses and abs(fausses_pour_10 - nb_fausses) < 1e-9:
            raise ReponseIncorrecte(f"{nb_fausses} est le nombre de fausses alertes ({ou}) : rapportez-le à 10 "
                                    "affirmations (10 × fausses alertes / mesure[\"affirmations\"]).")
        if abs(fausses_pour_10 - fausses) > 1e-9:
            raise ReponseIncorrecte(f"{ou.capitalize()}, il y a {format_nombre(fausses, 2)} fausse(s) alerte(s) pour "
                                    f"10 affirmations, pas {format_nombre(fausses_pour_10, 2)} : 10 × "
                                    "len(mesure[\"fausses_alertes\"]) / mesure[\"affirmations\"].")
    return ("Votre fonction mesure l'audit sur n'importe quelle synthèse : trop haut, le seuil crée de fausses "
            "alertes ; trop bas, il laisse passer des inventions.")


# --- 7.1 ---------------------------------------------------------------------------------

EXIGENCES_REQUETE = {
    "citer les identifiants des contributions": r"identifiant|numero|reference",
    "compter les personnes (voix), pas les copies": r"personne|voix|auteur|copie",
    "dire ce qui a été mis à part": r"a part|ecart|mis de cote|exclu|laisse de cote",
    "garder les thèmes minoritaires": r"minoritaire|rare|tous les themes|petits? themes?",
    "citer mot pour mot": r"mot pour mot|textuel|verbatim|sans (?:les )?reformuler|exactement",
}


@consigner("ma_requete")
def verifier_ex7_1(ma_requete) -> str:
    verifier_type(ma_requete, str, "ma_requete")
    norm = normaliser(ma_requete)
    if len(norm.split()) < 30 or re.search(r"\bbla\b|lorem|xxx", norm):
        raise ReponseIncorrecte("Votre requête est trop courte ou contient du texte de remplissage : écrivez au "
                                "moins 30 mots, une exigence par phrase.")
    manquantes = [e for e, motif in EXIGENCES_REQUETE.items() if not re.search(motif, norm)]
    if manquantes:
        raise ReponseIncorrecte(f"Il manque à votre requête l'exigence : {manquantes[0]}. Une requête est une "
                                "spécification : chaque exigence sera vérifiée avec la grille.")
    return "Chaque exigence de votre requête est vérifiable avec la grille : c'est une spécification."


# --- les mauvaises réponses typiques -------------------------------------------------------

_NON_ETAYEES = "def non_etayees(grille, seuil):\n    {}\n"
_PART = "def part_juste(theme, part_annoncee, consultation):\n    {}\n"
_CITATION = "from rapidfuzz import fuzz\n\ndef citation_retrouvee(citation, textes):\n    {}\n"
_REQUETE = ("ma_requete = (\"Rédige une synthèse pour le conseil. Cite les identifiants des contributions. "
            "Compte les personnes et non les copies. Dis ce qui a été mis à part et combien. Garde les thèmes "
            "minoritaires. Cite les contributions mot pour mot, sans reformuler. N'ajoute aucun chiffre qui ne "
            "vienne pas des données, et signale les campagnes.\")")
_RAPPEL = "def rappel_et_fausses(mesure):\n    return {}, {}\n"
_PARTS = ('theme = consultation[consultation["theme_reference"] == theme_campagne]\n'
          'contre = theme[theme["position"] == "contre"]\n')

CAS = (
    Cas("ex1_1", "nb_affirmations = synthese.texte.count('.')", "nombre de points", "les points comptés", typique=True),
    Cas("ex1_1", "nb_affirmations = len(synthese.texte.split('\\n\\n'))", "nombre de paragraphes",
        "les paragraphes comptés"),
    Cas("ex1_1", "nb_affirmations = 12", "pas 12", "un nombre au jugé"),
    Cas("ex1_1", "nb_affirmations = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex2_1", _NON_ETAYEES.format('return list(grille.loc[~(grille["etayage"] >= seuil), "numero"])'),
        "sans score d'étayage", "les NaN gardés", typique=True),
    Cas("ex2_1", _NON_ETAYEES.format('return grille[grille["etayage"] < seuil]'), "renvoie un tableau",
        "le tableau au lieu des numéros"),
    Cas("ex2_1", _NON_ETAYEES.format('return list(grille.loc[grille["etayage"] < 0.6, "numero"])'),
        "le seuil reçu", "le seuil recopié"),
    Cas("ex2_1", _NON_ETAYEES.format("return None"), "liste de numéros", "None renvoyé"),
    Cas("ex2_1", "non_etayees = [3, 7]", "n'est plus une fonction", "une liste au lieu d'une fonction"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = len(contre) / len(theme)\n"
        "part_contre_voix = len(contre) / len(theme)", "personnes distinctes", "des lignes au lieu de personnes",
        typique=True),
    Cas("ex3_1", _PARTS + "part_contre_contributions = len(contre) / len(theme)\n"
        "part_contre_voix = contre[\"auteur\"].nunique() / consultation[\"auteur\"].nunique()",
        "toutes les personnes de la consultation", "mauvais dénominateur"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = len(contre) / len(consultation)\n"
        "part_contre_voix = contre[\"auteur\"].nunique() / theme[\"auteur\"].nunique()",
        "divisées par les lignes du thème", "divisé par toute la consultation"),
    Cas("ex3_1", _PARTS + "part_contre_contributions = 100 * len(contre) / len(theme)\n"
        "part_contre_voix = 100 * contre[\"auteur\"].nunique() / theme[\"auteur\"].nunique()",
        "c'est un pourcentage", "pourcentage au lieu d'une part"),
    Cas("ex3_2", _PART.format('part = (consultation["theme_reference"] == theme).mean()\n'
                              '    return bool(abs(part - part_annoncee) <= 1)'),
        "en pourcentage", "part comparée à un pourcentage"),
    Cas("ex3_2", _PART.format("return True"), "votre fonction dit True", "toujours vrai"),
    Cas("ex3_2", _PART.format('part = 100 * (consultation["theme_reference"] == theme).mean()\n'
                              '    return abs(part - part_annoncee)'), "True ou False", "l'écart au lieu du verdict"),
    Cas("ex3_2", "part_juste = 7", "n'est plus une fonction", "un nombre au lieu d'une fonction"),
    Cas("ex3_2", _PART.format('part = 100 * (consultation["theme_reference"] == theme).mean()\n'
                              '    return bool(abs(part - part_annoncee) <= 20)'),
        "votre fonction dit True", "tolérance trop large"),
    Cas("ex4_1", _CITATION.format("return any(citation in t for t in textes)"), "comparez-leur normaliser(citation)",
        "comparaison exacte"),
    Cas("ex4_1", _CITATION.format("return any(fuzz.partial_ratio(normaliser(citation), t) >= 60 for t in textes)"),
        "le seuil est trop bas", "seuil trop bas"),
    Cas("ex4_1", _CITATION.format("return 'oui'"), "True ou False", "un texte renvoyé"),
    Cas("ex4_1", _CITATION.format("return False"), "ne la retrouve pas", "toujours faux"),
    Cas("ex4_1", "citation_retrouvee = True", "n'est plus une fonction", "un booléen au lieu d'une fonction"),
    Cas("ex5_1", "themes_omis = ['Thème un', 'Thème deux']", "n'est pas un thème", "des noms inventés", typique=True),
    Cas("ex5_1", "themes_omis = ['Vélo']", "n'est pas un thème de la consultation", "un nom approximatif"),
    Cas("ex5_1", "themes_omis = [t for t in consultation['theme_reference'].unique() if t in synthese.texte]",
        "que la synthèse nomme", "le test à l'envers"),
    Cas("ex5_1", "themes_omis = [t for t in consultation['theme_reference'].unique() if t not in synthese.texte][:1]",
        "manquent à votre liste", "liste incomplète"),
    Cas("ex5_1", "themes_omis = [t for t in consultation['theme_reference'].unique() if t not in synthese.texte]"
        " + [consultation['theme_reference'].value_counts().index[0]]", "nomme pourtant", "un thème en trop"),
    Cas("ex5_1", "themes_omis = 'Sécurité des femmes la nuit'", "liste", "un texte au lieu d'une liste"),
    Cas("ex6_1", _RAPPEL.format("100 * mesure['defauts']['trouve'].mean()", "0.0"), "un pourcentage",
        "pourcentage"),
    Cas("ex6_1", _RAPPEL.format("1.0", "0.0"), "pas 0", "des nombres recopiés"),
    Cas("ex6_1", _RAPPEL.format("0.5", "10 * len(mesure['fausses_alertes']) / mesure['affirmations']"),
        "défauts sur", "un rappel au jugé"),
    Cas("ex6_1", _RAPPEL.format("mesure['defauts']['trouve'].mean()", "len(mesure['fausses_alertes'])"),
        "rapportez-le à 10", "le nombre au lieu du taux"),
    Cas("ex6_1", _RAPPEL.format("mesure['defauts']['trouve'].mean()", "len(mesure['fausses_alertes']) / "
                                "mesure['affirmations']"), "pour 10 affirmations", "par affirmation au lieu de 10"),
    Cas("ex6_1", "def rappel_et_fausses(mesure):\n    return mesure['defauts']['trouve'].mean()\n", "deux nombres",
        "un seul nombre renvoyé"),
    Cas("ex6_1", "rappel_et_fausses = (1.0, 0.0)", "n'est plus une fonction", "des nombres au lieu d'une fonction"),
    Cas("ex7_1", "ma_requete = 'Fais une synthèse bla bla'", "trop courte", "remplissage"),
    Cas("ex7_1", _REQUETE.replace("Garde les thèmes minoritaires. ", ""), "garder les thèmes minoritaires",
        "exigence oubliée"),
    Cas("ex7_1", _REQUETE.replace("Cite les identifiants des contributions. ", ""), "citer les identifiants",
        "exigence oubliée"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "Il faut demander au prestataire que ce soit fiable.",
    "reflexion_2": "Oui on peut publier si c'est relu.",
    "reflexion_3": "C'est l'IA qui est responsable.",
}
