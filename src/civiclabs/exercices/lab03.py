"""Vérifications des exercices du Lab 03 — Synthétiser une concertation.

Là où un bon nombre peut venir d'une mauvaise méthode (ou être recopié), la personne écrit
une fonction que la vérification refait tourner sur d'autres données : ``part_hors_top5``
(4.1) sur d'autres découpages en thèmes, ``part_ponderee`` (5.1) sur une autre question et
d'autres poids, ``precision_rappel`` (7.1) sur une détection moins bonne ; sa règle de
vigilance (4.2) est rejouée sur une autre consultation, générée avec une autre graine. Les
noms de thèmes (3.2) et les mots de vigilance (4.2) doivent venir des contributions : ni
« Thème un », ni « Sujet A », ni « xxx ».
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

import numpy as np
import pandas as pd

from .. import (
    SUJETS_DE_VIGILANCE,
    charger_consultation,
    charger_population,
    comptabilite,
    detecter_doublons,
    evaluer_campagnes,
    extraire_themes,
    filtrer_contributions,
    grouper_campagnes,
    mots_vides,
    ponderer,
    reperer_minorites,
    sans_accents,
    synthetiser,
)
from ..synthese import Themes
from ..texte import accorder, format_nombre, format_pourcentage
from ..verification import (
    ReponseIncorrecte,
    outils_du_cours_appeles,
    verifier_colonnes,
    verifier_egal,
    verifier_fonction,
    verifier_proche,
    verifier_type,
)
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 2030
NB_THEMES = 12
# Les paramètres du notebook dont dépendent les vérifications (comparés par la contre-épreuve).
PARAMETRES = {"GRAINE": GRAINE, "NB_THEMES": NB_THEMES}
# Les deux textes de l'exercice 2.2 : les deux premières contributions de la campagne reformulée
# par machine (colonne « campagne » des données synthétiques), comme dans le notebook.
CAMPAGNE_DE_LA_PAIRE = "campagne automatisée anti-ZFE"


def paire_de_campagne(consultation):
    """Les textes des deux premières contributions de la campagne reformulée par machine."""
    return consultation[consultation["campagne"] == CAMPAGNE_DE_LA_PAIRE].set_index("identifiant")["texte"].head(2)
SUJETS = ["Accessibilité des personnes handicapées", "Sécurité des femmes la nuit"]
# Une autre consultation, générée comme celle du cours mais avec une autre graine : la règle
# de vigilance de l'exercice 4.2 y est rejouée (les tests cachés en emploient une troisième).
GRAINE_AUTRE_CONSULTATION = 2031


def _tfidf():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer


def _cosinus():
    from sklearn.metrics.pairwise import cosine_similarity

    return cosine_similarity


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin, calculées comme le notebook
    les calcule (les thèmes, campagnes et poids du cours)."""
    consultation = charger_consultation()
    population = charger_population()
    doublons = detecter_doublons(consultation["texte"])
    campagnes = grouper_campagnes(consultation["texte"])
    textes_distincts = (~doublons.duplicated() & ~campagnes["signalee"]
                        & (consultation["texte"].str.split().str.len() >= 5)).to_numpy()
    themes_cours = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE,
                                   apprendre_sur=textes_distincts)
    noms_themes = {k: "Contributions sur " + " et ".join(themes_cours.formes.get(m, m) for m in mots[:2])
                   for k, mots in themes_cours.mots_cles.items()}
    minorites = reperer_minorites(consultation, themes_cours)
    synthese_cours = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes)
    return {
        "consultation": consultation,
        "population": population,
        "poids": ponderer(consultation, population, ("tranche_age", "genre")),
        "poids_qp": ponderer(consultation, population, ("tranche_age", "genre", "quartier_prioritaire")),
        "doublons": doublons,
        "paire": paire_de_campagne(consultation),
        "campagnes": campagnes,
        "textes_distincts": textes_distincts,
        "themes_cours": themes_cours,
        # Ce que les exercices 3.2 et 4.2 ont pu donner, pour les cas de l'exercice 6.1 :
        # des noms tirés des mots-clés, et la règle de vigilance du cours.
        "noms_themes": noms_themes,
        "minorites": minorites,
        # La comptabilité de la synthèse du cours (exercice 6.2).
        "compte": comptabilite(synthese_cours, consultation),
        "NB_THEMES": NB_THEMES,
        "comptabilite": comptabilite,
        "GRAINE": GRAINE,
        "extraire_themes": extraire_themes,
        "filtrer_contributions": filtrer_contributions,
        "mots_vides": mots_vides,
        "reperer_minorites": reperer_minorites,
        "synthetiser": synthetiser,
        "np": np,
        # Importés dans la cellule au-dessus de l'exercice 2.2 (la réponse peut être remplacée en entier).
        "TfidfVectorizer": _tfidf(),
        "cosine_similarity": _cosinus(),
        "pd": pd,
    }


# --- outils des vérifications -----------------------------------------------------------


def _normaliser(texte) -> str:
    """« Thème n° 3 ! » → « theme n 3 » : minuscules, sans accents ni ponctuation."""
    simple = sans_accents(str(texte).lower().replace("œ", "oe").replace("æ", "ae"))
    return re.sub(r"[^0-9a-z+]+", " ", simple).strip()


def _textes_normalises(textes: pd.Series) -> pd.Series:
    """``_normaliser`` appliqué à toute une colonne, bordé d'espaces (pour chercher un début de mot)."""
    return " " + textes.fillna("").astype(str).map(_normaliser) + " "


@lru_cache(maxsize=1)
def _mots_vides() -> frozenset[str]:
    return frozenset(_normaliser(m) for m in mots_vides())


@lru_cache(maxsize=2)
def _autre_consultation(graine: int) -> pd.DataFrame:
    from ..corpus import generer_consultation

    return generer_consultation(n=6000, graine=graine)



# --- 1. Qui a parlé ? ------------------------------------------------------------------


@consigner("part_age_contributions")
def verifier_ex1_1(part_age_contributions, consultation) -> str:
    verifier_type(part_age_contributions, pd.Series, "part_age_contributions",
                  indice="value_counts(normalize=True) renvoie une colonne pandas.")
    if "non renseigné" in set(map(str, part_age_contributions[part_age_contributions > 0].index)):
        raise ReponseIncorrecte(
            "« non renseigné » figure encore parmi les tranches : filtrez d'abord les lignes "
            "avec consultation[\"tranche_age\"] != \"non renseigné\"."
        )
    renseignees = consultation.loc[consultation["tranche_age"].astype(str) != "non renseigné"]
    attendu = renseignees["tranche_age"].astype(str).value_counts(normalize=True)
    ecart = max(abs(float(part_age_contributions.get(k, 0)) - attendu[k]) for k in attendu.index)
    par_personne = renseignees.drop_duplicates("auteur")["tranche_age"].astype(str).value_counts(normalize=True)
    if ecart > 1e-9 and max(abs(float(part_age_contributions.get(k, 0)) - par_personne[k])
                            for k in par_personne.index) < 1e-9:
        raise ReponseIncorrecte(
            "Vous avez compté une fois chaque personne (drop_duplicates(\"auteur\")) : la question porte "
            "sur les contributions. Gardez toutes les lignes renseignées, sans retirer les doublons d'auteur·es."
        )
    if 1e-9 < ecart < 0.006:
        raise ReponseIncorrecte(
            "Vos parts sont presque justes, mais arrondies : elles ont été recopiées depuis un affichage au lieu "
            "d'être calculées. Rangez dans part_age_contributions le résultat du calcul, "
            "value_counts(normalize=True), sans le taper à la main."
        )
    if abs(float(part_age_contributions.sum()) - 1) > 1e-6:
        raise ReponseIncorrecte(
            f"Les parts font {format_nombre(float(part_age_contributions.sum()), 2)} au total, pas 1 : "
            "divisez par le total, c'est-à-dire écrivez value_counts(normalize=True) (et non value_counts())."
        )
    if ecart > 1e-9:
        raise ReponseIncorrecte(
            f"Les parts ne correspondent pas à celles des contributions renseignées (écart jusqu'à "
            f"{format_pourcentage(ecart, 1)}) : filtrez consultation sur tranche_age, puis "
            "value_counts(normalize=True) sur la colonne \"tranche_age\"."
        )
    return (f"Les 75 ans et plus font {format_pourcentage(part_age_contributions['75 et plus'])} des "
            "contributions au profil renseigné.")


@consigner("part_qp_par_canal")
def verifier_ex1_2(part_qp_par_canal, consultation) -> str:
    verifier_type(part_qp_par_canal, pd.Series, "part_qp_par_canal",
                  indice="groupby(\"canal\")[\"quartier_prioritaire\"].mean() renvoie une colonne pandas.")
    if set(map(str, part_qp_par_canal.index)) != set(consultation["canal"].astype(str).unique()):
        raise ReponseIncorrecte(
            f"Les groupes trouvés sont {list(part_qp_par_canal.index)[:5]} : on attend les quatre canaux. "
            "Avez-vous groupé par \"canal\" ?"
        )
    attendu = consultation.groupby("canal", observed=True)["quartier_prioritaire"].mean()
    if all(abs(float(part_qp_par_canal[c]) - 100 * attendu[c]) < 1e-6 for c in attendu.index):
        raise ReponseIncorrecte(
            "Vos parts sont multipliées par 100 (des pourcentages) : le cours attend des parts entre 0 et 1 ; "
            "retirez le « * 100 », l'affichage en % se fait au moment d'écrire (format_pourcentage)."
        )
    if part_qp_par_canal.max() > 1:
        raise ReponseIncorrecte(
            "Une part dépasse 1 : vous avez sans doute compté (.sum()) au lieu de faire la moyenne "
            "(.mean()), qui donne la part de vrais."
        )
    if not all(abs(float(part_qp_par_canal[c]) - attendu[c]) < 1e-9 for c in attendu.index):
        raise ReponseIncorrecte(
            "Les parts ne correspondent pas : la colonne à résumer est \"quartier_prioritaire\", "
            "avec .mean()."
        )
    return (
        f"Quartiers prioritaires : {format_pourcentage(part_qp_par_canal.min())} des contributions du canal "
        f"« {part_qp_par_canal.idxmin()} », {format_pourcentage(part_qp_par_canal.max())} pour "
        f"« {part_qp_par_canal.idxmax()} » (33 % de la population adulte)."
    )


# --- 2. Copies et campagnes ------------------------------------------------------------


@consigner("nb_avec_copie")
def verifier_ex2_1(nb_avec_copie, doublons) -> str:
    verifier_type(nb_avec_copie, int, "nb_avec_copie", indice="compter des vrais avec .sum() donne un nombre entier.")
    if nb_avec_copie == int(doublons.duplicated().sum()):
        raise ReponseIncorrecte(
            "Vous avez compté les copies sans l'original de chaque groupe : ajoutez keep=False "
            "dans duplicated(…)."
        )
    verifier_egal(nb_avec_copie, int(doublons.duplicated(keep=False).sum()), "nb_avec_copie",
                  indice="doublons.duplicated(keep=False).sum().")
    return f"{format_nombre(nb_avec_copie)} contributions ont au moins une copie exacte."


def _similarite(textes_appris, deux_textes, mots_a_retirer) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")
        x = TfidfVectorizer(stop_words=mots_a_retirer).fit(textes_appris).transform(deux_textes)
    return float(cosine_similarity(x[0], x[1])[0, 0])


@consigner("similarite_paire")
def verifier_ex2_2(similarite_paire, paire, consultation) -> str:
    if getattr(similarite_paire, "shape", None) == (2, 2):
        raise ReponseIncorrecte(
            "similarite_paire est le tableau 2 × 2 de cosine_similarity(x_paire), qui compare chaque texte à chacun : "
            "ses cases [0, 0] et [1, 1] valent 1 (un texte comparé à lui-même). La similarité des deux textes est "
            "la case [0, 1] : float(cosine_similarity(x_paire)[0, 1]).")
    verifier_type(similarite_paire, float, "similarite_paire",
                  indice="cosine_similarity(x_paire[0], x_paire[1]) renvoie un tableau d'une seule case : "
                         "prenez sa case [0, 0], puis float(…).")
    if abs(similarite_paire - 1) < 1e-9:
        raise ReponseIncorrecte(
            "Une similarité de 1 : vous avez comparé un texte à lui-même (la case [0, 0] ou [1, 1] du tableau "
            "de cosine_similarity(x_paire)). Comparez les deux textes : la case [0, 1].")
    if not 0 <= similarite_paire <= 1.000001:
        raise ReponseIncorrecte(f"Une similarité cosinus de textes est entre 0 et 1 ; vous avez {similarite_paire}.")
    attendu = _similarite(consultation["texte"], paire, mots_vides())
    if 1e-6 < abs(similarite_paire - attendu) < 0.006:
        raise ReponseIncorrecte(
            f"Votre similarité vaut {format_nombre(similarite_paire, 3)} : presque juste, mais arrondie. Rangez dans "
            "similarite_paire le résultat du calcul, float(cosine_similarity(…)[0, 0]), sans l'arrondir ni le taper.")
    if abs(similarite_paire - attendu) > 1e-6:
        if abs(similarite_paire - _similarite(consultation["texte"], paire, None)) < 1e-6:
            raise ReponseIncorrecte(
                "Les mots vides (« le », « de »…) sont restés : ils rapprochent tous les textes. "
                "Écrivez TfidfVectorizer(stop_words=mots_vides())."
            )
        raise ReponseIncorrecte(
            f"Votre similarité vaut {format_nombre(similarite_paire, 3)}. Avez-vous appris le vectoriseur "
            "sur toutes les contributions (.fit(consultation[\"texte\"])) puis transformé les deux "
            "textes de paire ?"
        )
    return (
        f"Similarité {format_nombre(similarite_paire, 2)} : des mots différents, mais les mêmes idées, "
        "dans un autre ordre ; deux contributions prises au hasard se ressemblent bien moins. C'est "
        + ("sous le" if similarite_paire < 0.54 else "au-dessus du")
        + " seuil de 0,54 employé plus bas : ce seuil s'applique à un TF-IDF un peu différent "
        "(accents retirés, fréquences amorties), et une paire seule ne signale rien ; c'est le "
        "nombre de textes semblables (au moins 20) qui signale une campagne."
    )


@consigner("copies_par_groupe", "voix_par_groupe")
def verifier_ex2_3(copies_par_groupe, voix_par_groupe, consultation, campagnes) -> str:
    verifier_type(copies_par_groupe, pd.Series, "copies_par_groupe", indice="groupby(\"groupe\").size().")
    verifier_type(voix_par_groupe, pd.Series, "voix_par_groupe", indice="groupby(\"groupe\")[\"auteur\"].nunique().")
    signalees = campagnes[campagnes["signalee"]]
    if set(copies_par_groupe.index) != set(signalees["groupe"]) or set(voix_par_groupe.index) != set(signalees["groupe"]):
        raise ReponseIncorrecte(
            "Les groupes ne sont pas ceux des contributions signalées : filtrez d'abord avec "
            "campagnes[\"signalee\"], puis groupez par le numéro de groupe."
        )
    if (voix_par_groupe == copies_par_groupe).all():
        raise ReponseIncorrecte(
            "Voix et copies sont identiques dans chaque groupe : pour les voix, comptez les auteur·es "
            "distinct·es avec [\"auteur\"].nunique(), pas les lignes."
        )
    attendu = signalees.groupby("groupe").size()
    if not (copies_par_groupe.sort_index().to_numpy() == attendu.sort_index().to_numpy()).all():
        raise ReponseIncorrecte("Le nombre de contributions par groupe ne correspond pas : utilisez .size().")
    membres = consultation.loc[signalees.index]
    voix_attendues = membres["auteur"].groupby(signalees["groupe"]).nunique()
    voix_obtenues = voix_par_groupe.reindex(voix_attendues.index)
    if not (voix_obtenues.to_numpy() == voix_attendues.to_numpy()).all():
        autres = [c for c in ("quartier", "canal", "genre", "tranche_age", "texte")
                  if (membres[c].groupby(signalees["groupe"]).nunique().to_numpy() == voix_obtenues.to_numpy()).all()]
        raise ReponseIncorrecte(
            (f"Vous avez compté les valeurs distinctes de « {autres[0]} » : " if autres else
             "Le nombre de voix par groupe ne correspond pas : ")
            + "une voix est une personne, c'est-à-dire un·e auteur·e distinct·e : "
            "membres.groupby(\"groupe\")[\"auteur\"].nunique()."
        )
    groupe = copies_par_groupe.idxmax()
    from ..synthese.copies import libelles_des_groupes

    libelle = libelles_des_groupes(consultation, campagnes)[int(groupe)]
    return (f"Le plus grand groupe compte {copies_par_groupe[groupe]} contributions mais seulement "
            f"{voix_par_groupe[groupe]} voix. C'est le groupe {groupe} de la colonne « groupe » (un numéro "
            f"technique, compté à partir de 0) : le widget et la synthèse, qui numérotent chaque sorte de groupe "
            f"à partir de 1, l'appellent « {libelle} ».")


# --- 3. Les thèmes ---------------------------------------------------------------------


@consigner("themes")
def verifier_ex3_1(themes, consultation, textes_distincts, NB_THEMES, GRAINE) -> str:  # noqa: N803
    verifier_type(themes, Themes, "themes", indice="themes = extraire_themes(consultation[\"texte\"], …).")
    if len(themes.etiquettes) != len(consultation):
        raise ReponseIncorrecte(
            f"{format_nombre(len(themes.etiquettes))} contributions ont un thème, il en faut "
            f"{format_nombre(len(consultation))} : donnez toutes les contributions, et limitez "
            "l'apprentissage avec apprendre_sur=textes_distincts."
        )
    if len(themes.mots_cles) != NB_THEMES:
        raise ReponseIncorrecte(f"{len(themes.mots_cles)} thèmes : on en attend NB_THEMES = {NB_THEMES}.")
    # Les thèmes attendus, calculés par le cours (gardés en mémoire : le calcul n'est pas refait).
    attendus = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE,
                               apprendre_sur=textes_distincts)
    if not (themes.etiquettes.to_numpy() == attendus.etiquettes.to_numpy()).all():
        sans = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE)
        if (themes.etiquettes.to_numpy() == sans.etiquettes.to_numpy()).all():
            raise ReponseIncorrecte(
                "Les thèmes ont été appris sur toutes les contributions, copies et campagnes comprises : "
                "ajoutez apprendre_sur=textes_distincts, sinon un texte copié 300 fois devient un thème."
            )
        raise ReponseIncorrecte(
            "Vos thèmes ne sont pas ceux du réglage demandé : vérifiez nb_themes=NB_THEMES, graine=GRAINE "
            "(sans graine, un autre départ au hasard donne d'autres thèmes) et apprendre_sur=textes_distincts."
        )
    return (f"{NB_THEMES} thèmes, appris sur les textes distincts et attribués aux "
            f"{format_nombre(len(consultation))} contributions.")


# Des étiquettes, pas des noms : « Thème 3 », « Thème un », « Sujet A », « Groupe n° IV »…
_MOTS_D_ETIQUETTE = {
    "theme", "themes", "sujet", "sujets", "groupe", "groupes", "categorie", "categories", "cluster", "nom",
    "clusters", "topic", "topics", "classe", "classes", "rubrique", "rubriques", "partie", "parties",
}
_NUMEROS_EN_LETTRES = {
    "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "premier", "premiere", "second", "seconde",
    "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme",
    "dixieme", "onzieme", "douzieme", "dernier", "derniere", "bis", "ter", "alpha", "beta", "gamma", "delta",
}
# Mots qui ne disent pas de quoi parle un thème, en plus des mots vides (« le », « qui »…).
_MOTS_SANS_SUJET = _MOTS_D_ETIQUETTE | _NUMEROS_EN_LETTRES | {
    "numero", "num", "nom", "noms", "divers", "diverse", "diverses", "inconnu", "inconnue", "etiquette",
    "label", "truc", "trucs", "machin", "chose", "choses", "test", "exemple", "item", "items",
}


# Des mots bouche-trous : « bla vélo », « truc tram », « xxx bus » ne nomment rien.
_BOUCHE_TROUS = {
    "bla", "blabla", "blablabla", "toto", "tata", "titi", "tutu", "foo", "foobar", "truc", "trucs", "machin",
    "machins", "bidule", "bidules", "todo", "tbd",
}


def _est_un_bouche_trou(mot: str) -> bool:
    """« bla », « truc », « xxx », « aaa » (une lettre répétée)."""
    return mot in _BOUCHE_TROUS or (len(mot) >= 2 and mot.isalpha() and len(set(mot)) == 1)


def _est_un_numero(jeton: str, dernier: bool) -> bool:
    """« 3 », « un », « IV », « A » (une lettre seule, capitale ou en fin de nom)."""
    simple = jeton.lower()
    return (jeton.isdigit() or simple in _NUMEROS_EN_LETTRES or re.fullmatch(r"[ivx]{1,4}", simple) is not None
            or (len(jeton) == 1 and jeton.isalpha() and (jeton.isupper() or dernier)))


def _est_une_etiquette(nom: str) -> bool:
    jetons = re.findall(r"[\w'’]+", sans_accents(nom).replace("°", " "))
    for i, jeton in enumerate(jetons):
        if jeton.lower() in _MOTS_D_ETIQUETTE:
            suite = [j for j in jetons[i + 1:] if j.lower() not in {"n", "no", "num", "numero"}]
            if suite and _est_un_numero(suite[0], dernier=len(suite) == 1):
                return True
    return False


def _mots_porteurs(nom: str) -> list[str]:
    """Les mots d'un nom qui disent de quoi il parle : ni mots vides, ni « thème », ni numéros."""
    return [m for m in _normaliser(nom).split()
            if len(m) >= 2 and m.isalpha() and m not in _mots_vides() and m not in _MOTS_SANS_SUJET
            and re.fullmatch(r"[ivx]{1,4}", m) is None]


def _racine(mot: str) -> str:
    """Un début de mot qui trouve aussi le pluriel et le féminin : « pistes » → « piste »."""
    return (mot.rstrip("sx") if len(mot) > 4 else mot)[:7]


def _couverture(textes_normalises: pd.Series, mot: str) -> np.ndarray:
    """Vrai pour chaque texte qui contient un mot commençant comme ``mot``."""
    return textes_normalises.str.contains(" " + _racine(mot), regex=False).to_numpy()


@consigner("noms_themes")
def verifier_ex3_2(noms_themes, themes_cours, consultation, NB_THEMES, campagnes=None) -> str:  # noqa: N803
    verifier_type(noms_themes, dict, "noms_themes", indice="un dictionnaire s'écrit entre accolades { }.")
    cles_texte = [k for k in noms_themes if isinstance(k, str)]
    if cles_texte:
        raise ReponseIncorrecte(
            f"Les clés {cles_texte[:3]} sont des textes : les clés sont les numéros des thèmes, de 0 à "
            f"{NB_THEMES - 1}, écrits sans guillemets ({{0: \"Tram et lignes de bus\", …}})."
        )
    manquants = sorted(set(themes_cours.mots_cles) - set(noms_themes))
    if manquants:
        raise ReponseIncorrecte(f"Ces thèmes n'ont pas de nom : {manquants}. Nommez-les tous, de 0 à {NB_THEMES - 1}.")
    courts = [k for k, v in noms_themes.items() if not isinstance(v, str) or len(v.split()) < 2]
    if courts:
        raise ReponseIncorrecte(f"Les noms des thèmes {courts} ont moins de deux mots : un·e élu·e doit pouvoir les comprendre.")
    if len({_normaliser(v) for v in noms_themes.values()}) < len(noms_themes):
        raise ReponseIncorrecte("Deux thèmes portent le même nom : distinguez-les (relisez leurs citations).")
    etiquettes = [k for k, v in noms_themes.items() if _est_une_etiquette(v)]
    if etiquettes:
        raise ReponseIncorrecte(
            f"Les noms des thèmes {etiquettes[:4]} sont des étiquettes (« {noms_themes[etiquettes[0]]} ») : "
            "« Thème 3 », « Thème un » ou « Sujet A » n'apprennent rien à un·e élu·e. Dites de quoi parlent "
            "les contributions (« Tarifs et gratuité »)."
        )
    bouche_trous = [(k, m) for k, v in noms_themes.items() for m in _normaliser(v).split() if _est_un_bouche_trou(m)]
    if bouche_trous:
        k, mot = bouche_trous[0]
        raise ReponseIncorrecte(
            f"Le nom du thème {k} (« {noms_themes[k]} ») contient « {mot} », un mot bouche-trou"
            + (f" (comme {len({t for t, _ in bouche_trous}) - 1} autre{'s' if len({t for t, _ in bouche_trous}) > 2 else ''}"
               " nom)" if len({t for t, _ in bouche_trous}) > 1 else "")
            + " : ajouté à un mot-clé, il fait passer le nom pour un nom sans rien en dire. Lisez les citations "
            "du thème et écrivez de quoi elles parlent (« Tarifs et gratuité »)."
        )
    vides = [k for k, v in noms_themes.items() if not _mots_porteurs(v)]
    if vides:
        raise ReponseIncorrecte(
            f"Le nom du thème {vides[0]} (« {noms_themes[vides[0]]} ») n'a que de petits mots (« le », « qui », "
            "« thème »…) : il ne dit pas de quoi parle le thème. Reprenez un mot de ses mots-clés ou de ses "
            "citations (« Métropole, Région, État »)."
        )
    machine = {k: {_normaliser(themes_cours.noms[k]), _normaliser(" ".join(themes_cours.mots_cles[k][:3])),
                   _normaliser(" ".join(themes_cours.mots_cles[k][:2]))} for k in themes_cours.mots_cles}
    tous_machine = {n for noms_k in machine.values() for n in noms_k}
    def _que_des_mots_cles(k, nom) -> bool:
        # « Les ligne tram temps » : les trois premiers mots-clés, et rien d'autre que des mots-clés.
        porteurs = set(_mots_porteurs(nom))
        cles = [_normaliser(m) for m in themes_cours.mots_cles.get(k, [])]
        return bool(porteurs) and set(cles[:3]) <= porteurs <= set(cles)

    recopies = [k for k, v in noms_themes.items() if _normaliser(v) in tous_machine or _que_des_mots_cles(k, v)]
    if recopies:
        raise ReponseIncorrecte(
            f"Les noms des thèmes {recopies[:4]} recopient les mots-clés de la machine : nommez le sujet "
            "avec vos mots, après avoir lu les citations (« tram · bus · ligne » → « Tram et lignes de bus »)."
        )
    # Chaque nom emploie au moins un mot des contributions ; et la plupart reprennent un mot
    # fréquent dans leur propre thème (sinon : des noms inventés, ou décalés d'un numéro).
    textes = _textes_normalises(consultation["texte"])
    themes_de = themes_cours.etiquettes.to_numpy()
    absents, hors_sujet = [], []
    for k, nom in noms_themes.items():
        couvertures = [_couverture(textes, mot) for mot in _mots_porteurs(nom)]
        if not any(c.any() for c in couvertures):
            absents.append(k)
            continue
        dans_le_theme = themes_de == k
        if not any(c[dans_le_theme].mean() >= 0.05 and c[dans_le_theme].mean() >= 1.5 * c.mean()
                   for c in couvertures if dans_le_theme.any()):
            hors_sujet.append(k)
    if absents:
        raise ReponseIncorrecte(
            f"Aucun mot du nom du thème {absents[0]} (« {noms_themes[absents[0]]} ») n'apparaît dans les "
            "contributions : ce n'est pas un nom tiré de ce que les habitant·es ont écrit. Reprenez un mot de "
            "ses mots-clés ou de ses citations."
        )
    if len(hors_sujet) > len(noms_themes) // 4:
        raise ReponseIncorrecte(
            f"Les noms des thèmes {hors_sujet[:6]} ne reprennent aucun mot fréquent dans leurs contributions "
            f"(par exemple « {noms_themes[hors_sujet[0]]} » pour le thème {hors_sujet[0]}, dont les mots-clés "
            f"sont « {themes_cours.noms[hors_sujet[0]]} ») : avez-vous décalé les numéros ? Le nom du thème k "
            "se lit dans les mots-clés et les citations du thème k."
        )
    message = "Chaque thème a un nom lisible."
    if hors_sujet:
        message += (" Relisez tout de même " + " et ".join(f"le nom du thème {k} (« {noms_themes[k]} »)" for k in hors_sujet)
                    + (" : leurs mots sont rares dans les contributions de ces thèmes ; sont-ce les bons numéros ?"
                       if len(hors_sujet) > 1 else
                       " : ses mots sont rares dans les contributions de ce thème ; est-ce le bon numéro ?"))
    from ..synthese import themes_artefacts
    from ..synthese.tableau import _nomme_phrase_type, entre_guillemets
    from ..synthese.textes import _accords_courts, _lisibles, _normaliser_tout

    # Les contributions que la synthèse examine (section 6) : ni accords courts, ni textes illisibles,
    # ni campagnes ; la règle des phrases types y est la même.
    normalises = _normaliser_tout(consultation["texte"].fillna("").astype(str))
    examinees = _lisibles(normalises) & ~_accords_courts(normalises)
    if campagnes is not None:
        examinees &= ~campagnes["signalee"].to_numpy(dtype=bool)
    artefacts = [k for k in themes_artefacts(themes_cours, examinees) if not _nomme_phrase_type(noms_themes.get(k, ""))]
    if artefacts:
        message += (" À savoir : la synthèse (section 6) écartera comme « phrase type » "
                    + " et ".join(f"le thème {k} ({entre_guillemets(noms_themes[k])})" for k in artefacts)
                    + (" : la plupart de leurs contributions parlent" if len(artefacts) > 1 else
                       " : la plupart de ses contributions parlent")
                    + " surtout d'un autre sujet. Si, après lecture des citations, c'est un vrai sujet, gardez-le : "
                    "synthetiser(…, garder=[numéro]).")
    return message


# --- 4. Voix minoritaires --------------------------------------------------------------


def _verifier_la_part_hors_top5(part, attendu: float, nom: str) -> None:
    verifier_proche(part, attendu, nom,
                    indice="les cinq thèmes les plus fréquents (value_counts().index[:5]), puis la part des "
                           "textes hors de ces thèmes.")


@consigner("part_hors_top5", "part_oubliee")
def verifier_ex4_1(part_hors_top5, part_oubliee, themes_cours, textes_distincts, consultation) -> str:
    verifier_fonction(part_hors_top5, "part_hors_top5", "themes_des_textes")
    verifier_type(part_oubliee, float, "part_oubliee", indice="une part, avec .mean(), puis float(…).")
    t = themes_cours.etiquettes[textes_distincts]
    top = t.value_counts().index[:5]
    attendu = float((~t.isin(top)).mean())
    if abs(part_oubliee - (1 - attendu)) < 1e-9:
        raise ReponseIncorrecte(
            "C'est la part des textes distincts qui sont dans le top 5 : on attend celle qui en est exclue "
            "(~ devant isin)."
        )
    toutes = themes_cours.etiquettes
    if abs(part_oubliee - (~toutes.isin(toutes.value_counts().index[:5])).mean()) < 1e-9:
        raise ReponseIncorrecte(
            "Vous avez compté toutes les contributions : ne gardez que les textes distincts "
            "(part_hors_top5(themes_cours.etiquettes[textes_distincts]))."
        )
    if abs(part_oubliee - attendu) > 1e-9 and abs(part_oubliee - (~t.isin(range(5))).mean()) < 1e-9:
        raise ReponseIncorrecte(
            "Vous avez gardé les thèmes numérotés 0 à 4 : ce ne sont pas les cinq plus fréquents. "
            "themes_des_textes.value_counts() range les thèmes du plus fréquent au moins fréquent : "
            "prenez les cinq premiers de son index (.index[:5])."
        )
    _verifier_la_part_hors_top5(part_oubliee, attendu, "part_oubliee")
    # La fonction doit calculer, pas recopier un nombre : on l'essaie sur d'autres thèmes.
    for serie, nom in (
        (themes_cours.etiquettes, "part_hors_top5(themes_cours.etiquettes)"),
        (consultation["theme_reference"].astype(str)[textes_distincts],
         "part_hors_top5 sur les thèmes de référence des textes distincts"),
    ):
        vrai = float((~serie.isin(serie.value_counts().index[:5])).mean())
        part = part_hors_top5(serie.copy())
        if isinstance(part, (float, np.floating)) and abs(part - part_oubliee) < 1e-12 and abs(vrai - attendu) > 1e-6:
            raise ReponseIncorrecte(
                f"{nom} donne {format_nombre(float(part), 4)}, exactement comme pour les textes distincts du "
                "cours : votre fonction renvoie toujours le même nombre. Elle doit calculer à partir de ce "
                "qu'elle reçoit : travaillez sur themes_des_textes (pas sur themes_cours), sans nombre recopié."
            )
        _verifier_la_part_hors_top5(part, vrai, nom)
    return f"Un « top 5 » passerait sous silence {format_pourcentage(part_oubliee)} des textes distincts."


def _ligne_de(minorites: pd.DataFrame, sujet: str) -> list[str] | None:
    ligne = minorites[minorites["signal"] == sujet]
    return None if ligne.empty else list(ligne["identifiants"].iloc[0])


def _trouvees(table: pd.DataFrame, mots) -> list[list[str]]:
    """Pour chaque mot, les identifiants des contributions que ce seul mot trouve : une seule
    recherche pour tous les mots (un sujet de vigilance par mot), au lieu d'une par mot."""
    resultat = reperer_minorites(table, None, vigilance={str(i): [m] for i, m in enumerate(mots)}, contributions_min=1)
    return [_ligne_de(resultat, str(i)) or [] for i in range(len(mots))]


def _references(table: pd.DataFrame) -> pd.Series:
    return pd.Series(table["theme_reference"].astype(str).to_numpy(), index=table["identifiant"].astype(str).to_numpy())


def _mots_qui_commencent_par(debut: str, consultation) -> list[str]:
    """Les mots plus longs des contributions qui commencent par ``debut`` (« seule » →
    « seulement »), les plus fréquents d'abord."""
    textes = consultation["texte"].fillna("").astype(str).map(_normaliser) if "texte" in consultation else []
    trouves = pd.Series([m for t in textes for m in re.findall(rf"\b{re.escape(debut)}[a-z]+", t)], dtype=object)
    return list(trouves.value_counts().index[:2]) if len(trouves) else []


def _verifier_les_mots(sujet: str, mots, consultation) -> None:
    """Des débuts de mots, tirés des contributions : ni « xxx », ni « les », ni un mot absent."""
    for mot in mots:
        simple = _normaliser(mot) if isinstance(mot, str) else ""
        lettres = re.sub(r"[^a-z]", "", simple)
        if len(lettres) < 3 or len(set(lettres)) == 1:
            raise ReponseIncorrecte(
                f"« {mot} » (sujet « {sujet} ») n'est pas un début de mot : il faut au moins trois lettres "
                "(et pas trois fois la même), prises dans des contributions qui parlent du sujet (« harcel », "
                "« malvoyant »). Un mot bouche-trou ne trouve rien et ne fait que compléter la liste."
            )
        if simple in _mots_vides():
            plus_longs = _mots_qui_commencent_par(simple, consultation)
            raise ReponseIncorrecte(
                f"« {mot} » (sujet « {sujet} ») est un mot vide (un mot de liaison ou très courant, comme « les », "
                "« dans », « sur ») : il ne dit rien du sujet"
                + (f" ; et comme début de mot, il trouve aussi « {plus_longs[0]} »"
                   + (f", « {plus_longs[1]} »" if len(plus_longs) > 1 else "")
                   + ", qui n'ont rien à voir avec le sujet" if plus_longs else "")
                + ". Choisissez des mots propres au sujet."
            )
    absents = [m for m, ids in zip(mots, _trouvees(consultation, mots)) if not ids]
    if absents:
        raise ReponseIncorrecte(
            f"« {absents[0]} » (sujet « {sujet} ») n'apparaît dans aucune contribution : votre règle ne doit "
            "compter que des mots que les habitant·es emploient. Vérifiez-le avec "
            f"filtrer_contributions(consultation, mot=\"{absents[0]}\"), puis remplacez-le par un mot lu dans "
            "des contributions sur le sujet."
        )
    distincts = {_normaliser(m) for m in mots}
    propres = sorted(m for m in distincts if not any(m != autre and m.startswith(autre) for autre in distincts))
    if len(propres) < 4:
        raise ReponseIncorrecte(
            f"Le sujet « {sujet} » n'a que {accorder(len(propres), 'début de mot différent', 'débuts de mots différents')} "
            f"({', '.join(propres)}) : "
            "un mot répété, ou qui commence par un autre mot de la liste (« harcelement » après « harcel »), "
            "ne trouve rien de plus. Il en faut au moins 4 différents."
        )


def _verifier_la_regle(sujet: str, mots, identifiants: list[str] | None, table, nom_table: str) -> None:
    """Précision et rappel de la règle d'un sujet sur une consultation."""
    if identifiants is None:
        raise ReponseIncorrecte(
            f"Sur {nom_table}, votre règle ne trouve presque rien pour « {sujet} » (moins de 3 contributions) : "
            "vos mots y sont trop rares. Choisissez des mots qui reviennent dans beaucoup de contributions sur "
            "le sujet ; essayez-les avec filtrer_contributions(consultation, mot=…)."
        )
    references = _references(table)
    precision = float((references.reindex(identifiants) == sujet).mean())
    rappel = len(set(identifiants) & set(references.index[references == sujet])) / int((references == sujet).sum())
    if precision < 0.5:
        bilan = []
        for mot, ids in zip(mots, _trouvees(table, mots)):
            bilan.append((len(ids), float((references.reindex(ids) == sujet).mean()) if ids else 0.0, mot))
        fautifs = [f"« {mot} » ({format_nombre(n)} contributions, dont {format_pourcentage(p)} sur ce sujet principal)"
                   for n, p, mot in sorted(bilan, key=lambda t: t[1]) if p < 0.5 and n > 0][:3]
        raise ReponseIncorrecte(
            f"Sur {nom_table}, votre règle trouve {format_nombre(len(identifiants))} contributions pour « {sujet} », "
            f"mais seulement {format_pourcentage(precision)} ont ce sujet pour sujet principal (la colonne "
            "theme_reference du jeu de données, qui sert à corriger) : un·e élu·e lirait surtout des contributions "
            "sur autre chose, qui citent ces mots en passant. Mots trop généraux : "
            f"{', '.join(fautifs) or 'voir la liste'}. Un début de mot trouve "
            "tous les mots qui commencent ainsi (« seule » trouve « seulement ») : retirez ces mots ou allongez-les."
        )
    if rappel < 0.5:
        raise ReponseIncorrecte(
            f"Sur {nom_table}, votre règle ne retrouve que {format_pourcentage(rappel)} des contributions sur "
            f"« {sujet} » : ajoutez des mots propres au sujet (relisez des contributions avec filtrer_contributions)."
        )


@consigner("ma_vigilance", "minorites")
def verifier_ex4_2(ma_vigilance, minorites, consultation) -> str:
    verifier_type(ma_vigilance, dict, "ma_vigilance", indice="un dictionnaire : {\"sujet\": [\"mot\", …], …}.")
    absents = [s for s in SUJETS if s not in ma_vigilance]
    if absents:
        raise ReponseIncorrecte(f"Sujets absents ou mal orthographiés : {absents}. Recopiez les noms exactement.")
    for sujet in SUJETS:
        if not isinstance(ma_vigilance[sujet], (list, tuple)) or len(ma_vigilance[sujet]) < 4:
            raise ReponseIncorrecte(f"Le sujet « {sujet} » doit avoir une liste d'au moins 4 débuts de mots.")
    if all({_normaliser(m) for m in ma_vigilance[s]} == {_normaliser(m) for m in SUJETS_DE_VIGILANCE[s]}
           for s in SUJETS):
        raise ReponseIncorrecte(
            "C'est la liste du cours (SUJETS_DE_VIGILANCE) : l'exercice vous demande la vôtre. Lisez des "
            "contributions sur chaque sujet, gardez les mots qui reviennent et qui ne parlent que de lui."
        )
    for sujet in SUJETS:
        _verifier_les_mots(sujet, ma_vigilance[sujet], consultation)
    verifier_colonnes(minorites, ["signal", "contributions", "identifiants"], "minorites",
                      indice="minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance).")
    regle = reperer_minorites(consultation, None, vigilance={s: ma_vigilance[s] for s in SUJETS})
    for sujet in SUJETS:
        if _ligne_de(minorites, sujet) != _ligne_de(regle, sujet):
            raise ReponseIncorrecte(
                f"La ligne « {sujet} » de minorites ne vient pas de votre règle : écrivez "
                "minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)."
            )
    # La même règle, rejouée sur une autre consultation : des mots propres au sujet y marchent aussi.
    autre = _autre_consultation(GRAINE_AUTRE_CONSULTATION)
    regle_autre = reperer_minorites(autre, None, vigilance={s: ma_vigilance[s] for s in SUJETS})
    for table, resultat, nom_table in (
        (consultation, regle, "la consultation du cours"),
        (autre, regle_autre, "une autre consultation (6 000 contributions générées avec une autre graine)"),
    ):
        for sujet in SUJETS:
            _verifier_la_regle(sujet, ma_vigilance[sujet], _ligne_de(resultat, sujet), table, nom_table)
    return ("Votre règle garde les deux sujets de vigilance, ici et sur une autre consultation. "
            "La synthèse devra les citer.")


# --- 5. Pondération --------------------------------------------------------------------


@consigner("part_ponderee", "zfe_brut", "zfe_pondere")
def verifier_ex5_1(part_ponderee, zfe_brut, zfe_pondere, consultation, poids, poids_qp) -> str:
    verifier_fonction(part_ponderee, "part_ponderee", "reponses, poids")
    verifier_type(zfe_brut, pd.Series, "zfe_brut", indice="value_counts(normalize=True).")
    verifier_type(zfe_pondere, pd.Series, "zfe_pondere", indice="return poids.groupby(reponses).sum() / poids.sum().")
    for nom, serie in (("zfe_brut", zfe_brut), ("zfe_pondere", zfe_pondere)):
        if abs(float(serie.sum()) - 1) > 1e-6:
            raise ReponseIncorrecte(
                f"Les parts de « {nom} » font {format_nombre(float(serie.sum()), 2 if abs(float(serie.sum()) - 1) >= 0.005 else 6)} "
                "au total, pas 1 : divisez "
                "par le total (pour zfe_brut : value_counts(normalize=True) ; dans part_ponderee : … / poids.sum())."
            )
        if "oui" not in set(map(str, serie.index)):
            raise ReponseIncorrecte(f"« {nom} » doit avoir une part par réponse : oui, non, sans avis.")
    reponses = consultation["question_zfe"].astype(str)
    brut_attendu = reponses.value_counts(normalize=True)
    pondere_attendu = poids.groupby(reponses).sum() / poids.sum()
    if any(abs(float(zfe_brut.get(k, -1)) - brut_attendu[k]) > 1e-9 for k in brut_attendu.index):
        raise ReponseIncorrecte("zfe_brut ne correspond pas : consultation[\"question_zfe\"].value_counts(normalize=True).")
    if all(abs(float(zfe_pondere.get(k, -1)) - brut_attendu[k]) < 1e-9 for k in ("oui", "non")):
        raise ReponseIncorrecte(
            "zfe_pondere est égal à zfe_brut : la pondération n'a pas été appliquée. Dans part_ponderee, "
            "sommez les poids de chaque réponse : poids.groupby(reponses).sum()."
        )
    if any(abs(float(zfe_pondere.get(k, -1)) - pondere_attendu[k]) > 1e-9 for k in pondere_attendu.index):
        moyennes = poids.groupby(reponses).mean()
        if all(abs(float(zfe_pondere.get(k, -1)) - moyennes[k] / moyennes.sum()) < 1e-6 for k in moyennes.index):
            raise ReponseIncorrecte(
                "Vous avez fait la moyenne des poids de chaque réponse, puis ramené le total à 1 : une moyenne "
                "ne dit pas combien de personnes ont répondu. Sommez les poids (.sum()) et divisez par poids.sum()."
            )
        raise ReponseIncorrecte(
            f"zfe_pondere[\"oui\"] vaut {format_pourcentage(float(zfe_pondere.get('oui', 0)), 1)}, on attend "
            f"{format_pourcentage(pondere_attendu['oui'], 1)} : dans part_ponderee, "
            "return poids.groupby(reponses).sum() / poids.sum()."
        )
    # La fonction doit calculer, pas recopier : on l'essaie sur une autre question et d'autres poids,
    # dont des poids qui ne totalisent pas le nombre de réponses (diviser par len(poids) se voit alors).
    poids_moitie = pd.Series(np.linspace(0.2, 1.0, len(poids)), index=poids.index)  # total : 0,6 par réponse
    for autres_reponses, autres_poids, nom in (
        (consultation["question_transports"].astype(str), poids,
         "part_ponderee(consultation[\"question_transports\"].astype(str), poids)"),
        (reponses, poids_qp, "part_ponderee(reponses_zfe, poids_qp)"),
        (reponses, poids_moitie, "part_ponderee(reponses_zfe, d'autres poids)"),
    ):
        resultat = part_ponderee(autres_reponses.copy(), autres_poids.copy())
        verifier_type(resultat, pd.Series, nom, indice="la fonction renvoie une colonne : une part par réponse.")
        attendu = autres_poids.groupby(autres_reponses).sum() / autres_poids.sum()
        if (set(resultat.index) == set(zfe_pondere.index)
                and all(abs(float(resultat[k]) - float(zfe_pondere[k])) < 1e-12 for k in zfe_pondere.index)):
            raise ReponseIncorrecte(
                f"{nom} donne exactement zfe_pondere : votre fonction renvoie toujours le même résultat. "
                "Elle doit calculer à partir de ce qu'elle reçoit : reponses (pas consultation[\"question_zfe\"]) "
                "et poids, sans nombre recopié."
            )
        if abs(float(resultat.sum()) - 1) > 1e-9 and abs(float(resultat.sum()) - autres_poids.sum() / len(autres_poids)) < 1e-9:
            raise ReponseIncorrecte(
                f"Les parts de {nom} totalisent {format_nombre(float(resultat.sum()), 2)}, pas 1 : votre fonction divise "
                "par le nombre de réponses, len(poids). Divisez par le total des poids, poids.sum() : c'est lui "
                "qui représente toute la population."
            )
        for k in attendu.index:
            verifier_proche(float(resultat.get(k, np.nan)), float(attendu[k]), f"{nom}[\"{k}\"]",
                            indice="poids.groupby(reponses).sum() / poids.sum().")
    return (f"« oui » : {format_pourcentage(zfe_brut['oui'])} des contributions, "
            f"{format_pourcentage(zfe_pondere['oui'])} après pondération ; votre fonction vaut pour "
            "n'importe quelle question et n'importe quels poids.")


# --- 6. La synthèse --------------------------------------------------------------------


@consigner("synthese", "minorites", "noms_themes")
def verifier_ex6_1(synthese, consultation, campagnes, minorites, noms_themes) -> str:
    verifier_colonnes(synthese, ["rubrique", "intitule", "contributions", "voix", "citations"], "synthese",
                      indice="synthese = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes).")
    existants = set(consultation["identifiant"].astype(str))
    sans_citation = synthese.loc[synthese["citations"].map(len) == 0, "intitule"].tolist()
    if sans_citation:
        raise ReponseIncorrecte(f"Ces lignes ne citent aucune contribution : {sans_citation}.")
    inconnus = {i for c in synthese["citations"] for i in c} - existants
    if inconnus:
        raise ReponseIncorrecte(f"Des identifiants cités n'existent pas : {sorted(inconnus)[:3]}.")
    for sujet in SUJETS:
        if sujet not in set(synthese["intitule"]):
            raise ReponseIncorrecte(
                f"« {sujet} » n'a pas de ligne dans la synthèse : passez minorites (exercice 4.2) à synthetiser."
            )
    if "campagne" not in set(synthese["rubrique"]):
        raise ReponseIncorrecte("Les campagnes n'apparaissent pas : passez campagnes à synthetiser.")
    vos_noms = set(noms_themes.values()) if isinstance(noms_themes, dict) else set()
    intitules_themes = set(synthese.loc[synthese["rubrique"] == "thème", "intitule"])
    if not vos_noms or not intitules_themes <= vos_noms:
        raise ReponseIncorrecte(
            "Les thèmes de la synthèse ne portent pas vos noms (exercice 3.2) : passez noms=noms_themes à "
            "synthetiser, sinon les élu·es liront les mots-clés bruts de la machine."
        )
    vos_signaux = minorites[minorites["origine"] == "sujet de vigilance"].set_index("signal")["contributions"]
    lignes_signaux = synthese[synthese["rubrique"] == "signal faible"].set_index("intitule")["identifiants"].map(len)
    en_campagne = set(consultation.loc[campagnes["signalee"], "identifiant"].astype(str))
    # chaque contribution n'est rangée qu'une fois : celle qui parle des deux sujets va à la première ligne
    ids_lignes = synthese[synthese["rubrique"] == "signal faible"].set_index("intitule")["identifiants"]
    deja = set()
    for sujet in vos_signaux.index:
        ids_regle = set(minorites.loc[minorites["signal"] == sujet, "identifiants"].iloc[0]) - en_campagne - deja
        if sujet in ids_lignes.index:
            deja |= set(ids_lignes[sujet])
        if int(lignes_signaux.get(sujet, -1)) != len(ids_regle):
            raise ReponseIncorrecte(
                f"La ligne « {sujet} » ne repose pas sur votre règle (exercice 4.2) : passez minorites, pas une "
                "autre règle, à synthetiser."
            )
    comptees = synthese["au_total"].astype(bool) if "au_total" in synthese else pd.Series(True, index=synthese.index)
    ecartees = int((synthese["rubrique"] == "écarté").sum())
    return (f"{accorder(int(comptees.sum()), 'ligne')} où chaque contribution est rangée une fois, chacune appuyée sur "
            "des contributions citées" + (f", et {accorder(ecartees, 'écarté')} " + ("avec sa raison" if ecartees < 2
                                          else "chacun avec sa raison") if ecartees else "")
            + ".")


# Ce que l'exercice 6.2 demande de situer : une sorte de contribution → la place (colonne
# « place » de la comptabilité) où la synthèse la range ; None si cette consultation n'en a pas.
PLACES = {
    "« +1 » et « D'accord »": "accords courts",
    "les textes de la campagne anti-ZFE": "campagnes coordonnées",
    "les signatures de la pétition de Bellerive": "pétitions",
    "une contribution sur l'accessibilité (fauteuil, rampe…)": "sujets de vigilance",
    "un texte vide ou fait d'émojis": "textes vides ou illisibles",
    "un texte qu'aucun thème n'explique bien": "à relire",
}
# Ce que dit la vérification quand une sorte est mal placée (sinon, un message général).
def _mal_placee(sorte: str, place, compte: pd.DataFrame) -> str | None:
    nombres = compte.set_index(compte["place"].astype(str))

    def n(place_, colonne="contributions"):
        return format_nombre(int(nombres[colonne].get(place_, 0)))

    messages = {
        ("« +1 » et « D'accord »", "thèmes"): (
            "Les accords courts ne sont dans aucun thème : un « +1 » n'apporte pas d'idée que la machine puisse "
            f"ranger. Ils sont comptés à part, dans la place « accords courts » ({n('accords courts')} "
            "contributions) : les oublier, c'est les perdre du total."),
        ("les textes de la campagne anti-ZFE", "thèmes"): (
            "Les textes de la campagne ne sont pas dans le thème de la ZFE : ils ont leur propre place, où ils "
            f"comptent une voix par compte ({n('campagnes coordonnées')} textes, {n('campagnes coordonnées', 'voix')} "
            "voix : place « campagnes coordonnées »)."),
        ("les textes de la campagne anti-ZFE", "pétitions"): (
            f"La campagne anti-ZFE n'est pas une pétition : {n('campagnes coordonnées', 'voix')} comptes y ont déposé "
            f"{n('campagnes coordonnées')} textes (place « campagnes coordonnées ») ; une pétition réunit presque "
            "autant de personnes que de textes."),
        ("une contribution sur l'accessibilité (fauteuil, rampe…)", "thèmes"): (
            "Une contribution qui emploie les mots d'un sujet de vigilance va à la ligne de ce sujet avant les "
            "thèmes de la machine (place « sujets de vigilance ») : c'est ce qui garde les voix rares."),
    }
    return messages.get((sorte, place))


def _places(compte: pd.DataFrame) -> list[str]:
    return [p for p in compte["place"].astype(str) if p != "Total"]


def _une_autre_comptabilite() -> pd.DataFrame:
    """Une petite comptabilité qui ne tombe pas juste (la ligne « Total » dit 60, les places font
    50) : une fonction qui additionne les places y trouve 50 ; une qui recopie le total ou un
    nombre, non."""
    return pd.DataFrame({
        "place": ["thèmes", "accords courts", "textes vides ou illisibles", "à relire", "Total"],
        "intitule": ["3 lignes", "1 ligne", "1 ligne", "1 ligne", "contributions reçues"],
        "contributions": [38, 7, 2, 3, 60],
        "voix": [30, 7, 2, 3, 41],
    })


@consigner("contributions_rangees", "voix_campagne", "ou_sont")
def verifier_ex6_2(contributions_rangees, voix_campagne, ou_sont, compte, consultation) -> str:
    verifier_fonction(contributions_rangees, "contributions_rangees", "compte")
    verifier_colonnes(compte, ["place", "contributions", "voix"], "compte",
                      indice="compte = comptabilite(synthese_cours, consultation), la cellule au-dessus de l'exercice.")
    places = compte[compte["place"].astype(str) != "Total"]
    total = int(compte.loc[compte["place"].astype(str) == "Total", "contributions"].iloc[0])
    attendu = int(places["contributions"].sum())
    try:
        rangees = contributions_rangees(compte.copy())
    except NotImplementedError:
        raise ReponseIncorrecte(
            "contributions_rangees n'est pas encore écrite : remplacez la ligne « raise NotImplementedError() » "
            "par votre calcul, en retrait sous « def »."
        ) from None
    verifier_type(rangees, int, "contributions_rangees(compte)",
                  indice="une somme de contributions : int(….sum()).")
    rangees = int(rangees)
    if rangees == attendu + total:
        raise ReponseIncorrecte(
            f"contributions_rangees(compte) vaut {format_nombre(rangees)} : vous avez additionné aussi la ligne "
            "« Total », qui compte une seconde fois chaque contribution. Gardez les places seulement : "
            "compte[\"place\"] != \"Total\"."
        )
    if rangees in (int(places["voix"].sum()), int(compte["voix"].sum())):
        raise ReponseIncorrecte(
            f"contributions_rangees(compte) vaut {format_nombre(rangees)} : vous avez additionné les voix. Une "
            "voix est une personne, comptée une fois dans chaque place où elle a écrit : les voix ne "
            "s'additionnent pas. La comptabilité tombe juste en contributions (colonne « contributions »)."
        )
    if rangees < attendu:
        manque = attendu - rangees
        oubliees = [p for p, n in zip(places["place"], places["contributions"]) if int(n) == manque]
        raise ReponseIncorrecte(
            f"contributions_rangees(compte) vaut {format_nombre(rangees)}, il manque {format_nombre(manque)} "
            "contributions"
            + (f" : exactement celles de la place « {oubliees[0]} »" if oubliees else "")
            + ". Chaque contribution reçue est rangée à une place, y compris les accords courts et les textes "
            "« à relire » : additionnez toutes les places (toutes les lignes sauf « Total »)."
        )
    verifier_egal(rangees, attendu, "contributions_rangees(compte)",
                  indice="la somme de la colonne « contributions », sans la ligne « Total ».")
    # La fonction doit additionner ce qu'elle reçoit : on l'essaie sur une comptabilité qui ne tombe pas juste.
    autre = _une_autre_comptabilite()
    resultat = contributions_rangees(autre.copy())
    somme_autre = int(autre["contributions"].iloc[:-1].sum())
    if resultat is not None and not isinstance(resultat, bool) and isinstance(resultat, (int, np.integer)):
        if int(resultat) == rangees:
            raise ReponseIncorrecte(
                f"Sur une autre comptabilité (50 contributions rangées), votre fonction renvoie encore "
                f"{format_nombre(rangees)} : elle renvoie toujours le même nombre. Elle doit additionner les "
                "places du tableau qu'elle reçoit (compte), sans nombre recopié."
            )
        if int(resultat) == int(autre["contributions"].iloc[-1]):
            raise ReponseIncorrecte(
                "Sur une comptabilité fausse (les places font 50, la ligne « Total » dit 60), votre fonction "
                "renvoie 60 : elle lit le total au lieu d'additionner les places, et ne verrait jamais une "
                "contribution perdue. Additionnez les places (toutes les lignes sauf « Total »)."
            )
    verifier_egal(resultat, somme_autre, "contributions_rangees sur une autre comptabilité",
                  indice="la somme de la colonne « contributions » du tableau reçu, sans la ligne « Total ».")
    # Les voix de la campagne coordonnée.
    verifier_type(voix_campagne, int, "voix_campagne",
                  indice="compte.loc[compte[\"place\"] == \"campagnes coordonnées\", \"voix\"].iloc[0].")
    ligne = compte[compte["place"].astype(str) == "campagnes coordonnées"]
    if len(ligne):
        voix, textes = int(ligne["voix"].iloc[0]), int(ligne["contributions"].iloc[0])
        if int(voix_campagne) == textes and textes != voix:
            raise ReponseIncorrecte(
                f"voix_campagne vaut {format_nombre(textes)} : c'est le nombre de textes de la campagne. Ses "
                f"copies ne sont pas des voix : elles viennent de {format_nombre(voix)} comptes (colonne « voix »)."
            )
        verifier_egal(int(voix_campagne), voix, "voix_campagne",
                      indice="la colonne « voix » de la ligne « campagnes coordonnées ».")
    # Où va chaque sorte de contribution.
    verifier_type(ou_sont, dict, "ou_sont", indice="un dictionnaire {sorte: place}, comme le modèle.")
    if set(ou_sont) != set(PLACES):
        manquantes = [f"« {k} »" for k in PLACES if k not in ou_sont]
        raise ReponseIncorrecte(
            "ou_sont doit garder les six sortes du modèle, écrites à l'identique"
            + (f" ; il manque {', '.join(manquantes)}" if manquantes else "") + "."
        )
    connues = _places(compte)
    for sorte, place in ou_sont.items():
        if place is not None and place not in connues:
            raise ReponseIncorrecte(
                f"Pour {sorte}, « {place} » n'est pas une place de cette comptabilité. Places : "
                + ", ".join(f"« {p} »" for p in connues) + " ; None si la comptabilité n'a pas la place voulue."
            )
    for sorte, place_juste in PLACES.items():
        juste = place_juste if place_juste in connues else None
        donnee = ou_sont[sorte]
        if donnee == juste:
            continue
        if juste is None:
            raise ReponseIncorrecte(
                f"Pour {sorte} : cette comptabilité n'a pas de place « {place_juste} », car aucune contribution "
                "de cette consultation n'en relève (une place vide n'a pas de ligne). Écrivez None."
            )
        raise ReponseIncorrecte(_mal_placee(sorte, donnee, compte) or (
            f"Pour {sorte}, la place n'est pas « {donnee} ». La synthèse range chaque contribution à la première "
            "place qui la concerne, dans cet ordre : texte vide ou illisible, campagne ou pétition, sujet de "
            "vigilance, accord court, thème, sinon « à relire »."))
    return (f"{format_nombre(rangees)} contributions rangées pour {format_nombre(len(consultation))} reçues : la "
            "comptabilité tombe juste, et vous savez où est chacune.")


# --- 7. Vérifier le travail ------------------------------------------------------------


def _detection_moins_bonne(signalees: pd.Series, vraies: pd.Series, graine: int = 7,
                          fausses_alertes: int = 60, oublis: int = 40) -> pd.Series:
    """Une détection moins bonne que ``signalees`` : des fausses alertes et des oublis tirés au hasard."""
    tirage = np.random.default_rng(graine)
    moins_bonne = signalees.copy()
    vraies = np.asarray(vraies, dtype=bool)
    moins_bonne.iloc[tirage.choice(np.flatnonzero(~vraies), fausses_alertes, replace=False)] = True
    moins_bonne.iloc[tirage.choice(np.flatnonzero(vraies), oublis, replace=False)] = False
    return moins_bonne


@consigner("precision_rappel", "precision_campagnes", "rappel_campagnes")
@consigner("precision_rappel", "precision_campagnes", "rappel_campagnes")
def verifier_ex7_1(precision_rappel, precision_campagnes, rappel_campagnes, consultation, campagnes) -> str:
    verifier_fonction(precision_rappel, "precision_rappel", "signalees, vraies")
    if outils_du_cours_appeles(precision_rappel, {"evaluer_campagnes": evaluer_campagnes}):
        raise ReponseIncorrecte(
            "precision_rappel appelle evaluer_campagnes, l'outil du cours : l'exercice est d'écrire le calcul "
            "vous-même, pour savoir le refaire sur n'importe quelle détection (deux parts : parmi les signalées, "
            "la part de vraies ; parmi les vraies, la part signalée).")
    verifier_type(precision_campagnes, float, "precision_campagnes", indice="une part, avec .mean(), puis float(…).")
    verifier_type(rappel_campagnes, float, "rappel_campagnes", indice="une part, avec .mean(), puis float(…).")
    vraies = consultation["campagne"] != "aucune"
    # Une détection moins bonne, fabriquée par le cours : 60 fausses alertes et 40 oublis.
    moins_bonne = _detection_moins_bonne(campagnes["signalee"], vraies)
    for nom_essai, essai in (("la détection du cours", campagnes["signalee"]), ("une détection moins bonne", moins_bonne)):
        mesure = evaluer_campagnes(essai, vraies)
        p, r = precision_rappel(essai, vraies)
        if abs(p - mesure["rappel"]) < 1e-9 and abs(r - mesure["precision"]) < 1e-9 and abs(p - r) > 1e-9:
            raise ReponseIncorrecte("Précision et rappel sont inversés : la précision part des signalées, le rappel des vraies.")
        vp = float((np.asarray(essai, dtype=bool) & np.asarray(vraies, dtype=bool)).sum())
        if abs(p - vp / len(essai)) < 1e-9 or abs(r - vp / len(essai)) < 1e-9:
            raise ReponseIncorrecte(
                "Vous divisez par le nombre de toutes les contributions (len(…)) : la précision se calcule parmi "
                "les signalées seulement (vraies[signalees].mean()), le rappel parmi les vraies seulement "
                "(signalees[vraies].mean()).")
        verifier_proche(p, mesure["precision"], f"la précision sur {nom_essai}",
                        indice="parmi les contributions signalées (vraies[signalees]), la part de vraies ; "
                               "une formule qui ne regarde que signalees donne toujours 1.")
        verifier_proche(r, mesure["rappel"], f"le rappel sur {nom_essai}",
                        indice="parmi les vraies contributions de campagne (signalees[vraies]), la part signalée.")
    mesure = evaluer_campagnes(campagnes["signalee"], vraies)
    verifier_proche(precision_campagnes, mesure["precision"], "precision_campagnes",
                    indice="precision_campagnes, rappel_campagnes = precision_rappel(signalees, vraies).")
    vp = int((campagnes["signalee"] & vraies).sum())
    fp = int((campagnes["signalee"] & ~vraies).sum())
    fn = int((~campagnes["signalee"] & vraies).sum())
    return (
        f"Précision {format_pourcentage(precision_campagnes, 1)}, rappel {format_pourcentage(rappel_campagnes, 1)} : "
        f"{accorder(vp, 'contribution')} de campagne signalée{'s' if vp >= 2 else ''}, "
        f"{accorder(fp, 'fausse alerte', 'fausses alertes')}, {accorder(fn, 'oubliée')}. Votre fonction donne aussi les bons chiffres sur une détection moins bonne."
    )


# --- les mauvaises réponses typiques ---------------------------------------------------

_RENSEIGNEES = 'renseignees = consultation[consultation["tranche_age"] != "non renseigné"]\n'
_PAIRE = (
    "from sklearn.feature_extraction.text import TfidfVectorizer\n"
    "from sklearn.metrics.pairwise import cosine_similarity\n\n"
    "vectoriseur = TfidfVectorizer({reglage}).fit({appris_sur})\n"
    "x_paire = vectoriseur.transform(paire)\n"
    "similarite_paire = {resultat}"
)
_MEMBRES = 'membres = consultation[campagnes["signalee"]].assign(groupe=campagnes["groupe"])\n'
# Des noms tirés des mots-clés (« Contributions sur tram et bus ») : ils passent les contrôles de
# forme ; chaque cas en gâte un ou les décale.
_NOMS_DES_MOTS_CLES = ('noms_themes = {k: "Contributions sur " + " et ".join(m[:2]) '
                       "for k, m in themes_cours.mots_cles.items()}\n")
_TOP5 = (
    "def part_hors_top5(themes_des_textes):\n"
    "    {corps}\n\n\n"
    "part_oubliee = part_hors_top5({themes})"
)
_LE_TOP5 = "top5 = themes_des_textes.value_counts().index[:5]\n    "


def _paire_apprise(resultat: str) -> str:
    """La cellule 2.2 avec le vectoriseur bien réglé et appris sur toutes les contributions :
    seule la dernière ligne (``resultat``) change d'un cas à l'autre."""
    return _PAIRE.format(reglage="stop_words=mots_vides()", appris_sur='consultation["texte"]', resultat=resultat)


def _top5(corps: str, themes: str = "themes_cours.etiquettes[textes_distincts]") -> str:
    return _TOP5.replace("{corps}", corps).replace("{themes}", themes)


_ACCES = '["annonces sonores", "plancher bas", "autiste", "canne blanche", "handicap mental", "bandes de guidage", "heurte", "malentendant", "escalator", "braille", "sourd", "podotactile", "aveugle", "malvoyant"]'
_SECURITE = '["harcel", "médiation", "exploratoire", "suivie", "arrêt à la demande", "arrêt sur demande", "descente entre"]'


def _vigilance(acces: str = _ACCES, securite: str = _SECURITE,
               minorites: str = "reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)") -> str:
    return (
        "ma_vigilance = {\n"
        f'    "Accessibilité des personnes handicapées": {acces},\n'
        f'    "Sécurité des femmes la nuit": {securite},\n'
        "}\n"
        f"minorites = {minorites}"
    )


def _ponderee(corps: str, zfe_brut: str = "reponses_zfe.value_counts(normalize=True)") -> str:
    return (
        "def part_ponderee(reponses, poids):\n"
        f"    {corps}\n\n\n"
        'reponses_zfe = consultation["question_zfe"].astype(str)\n'
        f"zfe_brut = {zfe_brut}\n"
        "zfe_pondere = part_ponderee(reponses_zfe, poids)"
    )


_JUSTE_PONDEREE = "return poids.groupby(reponses).sum() / poids.sum()"
_SYNTHESE = "synthese = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes)"


_JUSTE_RANGEES = 'return int(compte.loc[compte["place"] != "Total", "contributions"].sum())'
_VOIX_CAMPAGNE = 'int(compte.loc[compte["place"] == "campagnes coordonnées", "voix"].iloc[0])'
_OU_SONT = {
    "« +1 » et « D'accord »": "accords courts",
    "les textes de la campagne anti-ZFE": "campagnes coordonnées",
    "les signatures de la pétition de Bellerive": "pétitions",
    "une contribution sur l'accessibilité (fauteuil, rampe…)": "sujets de vigilance",
    "un texte vide ou fait d'émojis": None,
    "un texte qu'aucun thème n'explique bien": "à relire",
}


def _comptabilite(corps: str = _JUSTE_RANGEES, voix: str = _VOIX_CAMPAGNE, **places) -> str:
    """La réponse à l'exercice 6.2, avec une partie gâtée : le corps de la fonction, les voix de
    la campagne, ou des places (``places`` : {sorte: place} à changer, « retirer » pour l'ôter)."""
    ou_sont = dict(_OU_SONT)
    for sorte, place in places.items():
        cle = next(k for k in ou_sont if k.startswith(sorte))
        if place == "retirer":
            del ou_sont[cle]
        else:
            ou_sont[cle] = place
    lignes = ",\n".join(f"    {k!r}: {v!r}" for k, v in ou_sont.items())
    return (
        "def contributions_rangees(compte):\n"
        f"    {corps}\n\n\n"
        "rangees = contributions_rangees(compte)\n"
        f"voix_campagne = {voix}\n"
        f"ou_sont = {{\n{lignes},\n}}"
    )


def _precision_rappel(corps: str, appel: str = "precision_rappel(signalees, vraies)") -> str:
    return (
        "def precision_rappel(signalees, vraies):\n"
        f"    {corps}\n\n\n"
        'signalees = campagnes["signalee"]\n'
        'vraies = consultation["campagne"] != "aucune"\n'
        f"precision_campagnes, rappel_campagnes = {appel}"
    )


_JUSTE_PR = ("precision = float(vraies[signalees].mean())\n"
             "    rappel = float(signalees[vraies].mean())\n"
             "    return precision, rappel")

CAS = (
    # 1.1
    Cas("ex1_1", 'part_age_contributions = consultation["tranche_age"].value_counts(normalize=True)',
        "« non renseigné » figure encore", "« non renseigné » gardé parmi les tranches", typique=True),
    Cas("ex1_1", _RENSEIGNEES + 'part_age_contributions = renseignees["tranche_age"].cat.remove_unused_categories().value_counts()',
        "au total, pas 1", "des nombres au lieu de parts"),
    Cas("ex1_1", _RENSEIGNEES + 'part_age_contributions = renseignees.drop_duplicates("auteur")["tranche_age"]'
        ".cat.remove_unused_categories().value_counts(normalize=True)",
        "compté une fois chaque personne", "des personnes au lieu de contributions"),
    Cas("ex1_1", _RENSEIGNEES + 'part_age_contributions = renseignees["canal"].value_counts(normalize=True)',
        "ne correspondent pas à celles des contributions renseignées", "mauvaise colonne"),
    Cas("ex1_1", 'part_age_contributions = consultation["tranche_age"].nunique()', "une colonne pandas",
        "un nombre au lieu des parts"),
    Cas("ex1_1", "part_age_contributions = pd.Series({\"30-44\": 0.28, \"45-59\": 0.27, \"60-74\": 0.24, "
        "\"18-29\": 0.12, \"75 et plus\": 0.1})", "presque justes, mais arrondies", "des parts recopiées, arrondies"),
    Cas("ex1_1", _RENSEIGNEES + 'part_age_contributions = renseignees["tranche_age"].cat.remove_unused_categories()'
        '.value_counts(normalize=True).round(4)', "presque justes, mais arrondies", "des parts arrondies à 4 décimales"),
    # 1.2
    Cas("ex1_2", 'part_qp_par_canal = consultation.groupby("canal", observed=True)["quartier_prioritaire"].sum()',
        "Une part dépasse 1", ".sum() au lieu de .mean()"),
    Cas("ex1_2", 'part_qp_par_canal = 100 * consultation.groupby("canal", observed=True)["quartier_prioritaire"].mean()',
        "multipliées par 100", "des pourcentages"),
    Cas("ex1_2", 'part_qp_par_canal = consultation.groupby("quartier", observed=True)["quartier_prioritaire"].mean()',
        "on attend les quatre canaux", "groupé par quartier"),
    Cas("ex1_2", 'part_qp_par_canal = consultation.groupby("canal", observed=True)["quartier_prioritaire"].max()',
        "Les parts ne correspondent pas", ".max() au lieu de .mean()"),
    Cas("ex1_2", "part_qp_par_canal = None", "vaut encore None", "réponse pas écrite"),
    # 2.1
    Cas("ex2_1", "nb_avec_copie = int(doublons.duplicated().sum())", "ajoutez keep=False",
        "copies comptées sans l'original", typique=True),
    Cas("ex2_1", "nb_avec_copie = 500", "ce n'est pas la valeur attendue", "un nombre recopié au jugé"),
    Cas("ex2_1", "nb_avec_copie = doublons.duplicated(keep=False)", "nombre entier", "la colonne au lieu du compte"),
    # 2.2
    Cas("ex2_2", _PAIRE.format(reglage="", appris_sur='consultation["texte"]',
                               resultat="float(cosine_similarity(x_paire[0], x_paire[1])[0, 0])"),
        "Les mots vides", "mots vides oubliés", typique=True),
    Cas("ex2_2", _PAIRE.format(reglage="stop_words=mots_vides()", appris_sur="paire",
                               resultat="float(cosine_similarity(x_paire[0], x_paire[1])[0, 0])"),
        "Avez-vous appris le vectoriseur", "vectoriseur appris sur les deux textes seulement"),
    Cas("ex2_2", _paire_apprise("cosine_similarity(x_paire)"),
        "le tableau 2 × 2 de cosine_similarity(x_paire)", "le tableau entier au lieu de la case [0, 1]"),
    Cas("ex2_2", _paire_apprise("float(cosine_similarity(x_paire)[0, 0])"),
        "comparé un texte à lui-même", "la case [0, 0] du tableau 2 × 2 (un texte avec lui-même)"),
    Cas("ex2_2", _paire_apprise("round(float(cosine_similarity(x_paire[0], x_paire[1])[0, 0]), 2)"),
        "presque juste, mais arrondie", "la similarité arrondie"),
    Cas("ex2_2", _paire_apprise("cosine_similarity(x_paire[0], x_paire[1])"),
        "renvoie un tableau d'une seule case", "le tableau d'une case au lieu du nombre"),
    Cas("ex2_2", _paire_apprise("100 * float(cosine_similarity(x_paire[0], x_paire[1])[0, 0])"),
        "entre 0 et 1", "un pourcentage"),
    # 2.3
    Cas("ex2_3", _MEMBRES + 'copies_par_groupe = membres.groupby("groupe").size()\n'
        'voix_par_groupe = membres.groupby("groupe").size()',
        "Voix et copies sont identiques", "des copies comptées comme des voix", typique=True),
    Cas("ex2_3", 'membres = consultation.assign(groupe=campagnes["groupe"])\n'
        'copies_par_groupe = membres.groupby("groupe").size()\n'
        'voix_par_groupe = membres.groupby("groupe")["auteur"].nunique()',
        "ne sont pas ceux des contributions signalées", "contributions signalées non filtrées"),
    Cas("ex2_3", _MEMBRES + 'copies_par_groupe = membres.groupby("groupe")["auteur"].nunique()\n'
        'voix_par_groupe = membres.groupby("groupe").size()',
        "Le nombre de contributions par groupe ne correspond pas", "copies et voix échangées"),
    Cas("ex2_3", _MEMBRES + 'copies_par_groupe = membres.groupby("groupe").size()\n'
        'voix_par_groupe = membres.groupby("groupe")["quartier"].nunique()',
        "valeurs distinctes de « quartier »", "quartiers comptés au lieu des auteur·es"),
    Cas("ex2_3", _MEMBRES + 'copies_par_groupe = membres.groupby("groupe").size()\n'
        'voix_par_groupe = membres.groupby("groupe")["auteur"].nunique() // 2',
        "Le nombre de voix par groupe ne correspond pas", "un autre compte des voix"),
    # 3.1
    Cas("ex3_1", 'themes = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE)',
        "appris sur toutes les contributions", "apprendre_sur oublié"),
    Cas("ex3_1", 'themes = extraire_themes(consultation.loc[textes_distincts, "texte"], nb_themes=NB_THEMES, graine=GRAINE)',
        "contributions ont un thème, il en faut", "seulement les textes distincts"),
    Cas("ex3_1", 'themes = extraire_themes(consultation["texte"], nb_themes=8, graine=GRAINE, apprendre_sur=textes_distincts)',
        "on en attend NB_THEMES", "un autre nombre de thèmes"),
    Cas("ex3_1", 'themes = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, apprendre_sur=textes_distincts)',
        "ne sont pas ceux du réglage demandé", "graine oubliée"),
    Cas("ex3_1", 'themes = themes_cours.tableau()', "un objet de type Themes", "le tableau au lieu des thèmes"),
    # 3.2
    Cas("ex3_2", "noms_themes = {k: f\"Thème n° {k} : {' et '.join(m[:2])}\" for k, m in themes_cours.mots_cles.items()}",
        "sont des étiquettes", "des numéros de thème, pas des noms", typique=True),
    Cas("ex3_2", 'noms_themes = {k: "Thème " + n for k, n in enumerate(["un", "deux", "trois", "quatre", "cinq", '
        '"six", "sept", "huit", "neuf", "dix", "onze", "douze"])}',
        "sont des étiquettes (« Thème un »)", "« Thème un », « Thème deux »…"),
    Cas("ex3_2", "noms_themes = {k: \"Les \" + \" \".join(m[:3]) for k, m in themes_cours.mots_cles.items()}",
        "recopient les mots-clés de la machine", "« Les » suivi des trois mots-clés de la machine"),
    Cas("ex3_2", 'noms_themes = {k: f"Sujet {chr(65 + k)}" for k in range(NB_THEMES)}', "sont des étiquettes",
        "« Sujet A », « Sujet B »…"),
    Cas("ex3_2", 'noms_themes = {str(k): "Contributions sur " + " et ".join(m[:2]) for k, m in themes_cours.mots_cles.items()}',
        "sont des textes", "des clés entre guillemets"),
    Cas("ex3_2", 'noms_themes = {0: "Tram et lignes de bus", 1: "…"}', "n'ont pas de nom",
        "le modèle de la consigne recopié"),
    Cas("ex3_2", "noms_themes = {k: m[0] for k, m in themes_cours.mots_cles.items()}", "moins de deux mots",
        "un mot-clé par thème"),
    Cas("ex3_2", 'noms_themes = {k: "Transports du quotidien" for k in range(NB_THEMES)}', "le même nom",
        "le même nom partout"),
    Cas("ex3_2", "noms_themes = dict(themes_cours.noms)", "recopient les mots-clés", "les noms de la machine"),
    Cas("ex3_2", 'noms_themes = {k: "bla " + m[0] for k, m in themes_cours.mots_cles.items()}',
        "un mot bouche-trou", "« bla » devant un mot-clé (essai de Julien)"),
    Cas("ex3_2", _NOMS_DES_MOTS_CLES + 'noms_themes[11] = "Qui fait quoi"', "n'a que de petits mots",
        "un nom fait de mots vides"),
    Cas("ex3_2", _NOMS_DES_MOTS_CLES + 'noms_themes[3] = "Lorem ipsum"', "n'apparaît dans les contributions",
        "un nom bouche-trou"),
    Cas("ex3_2", _NOMS_DES_MOTS_CLES + 'noms_themes[5] = "Azerty qsdfgh"', "n'apparaît dans les contributions",
        "un nom fait de non-mots"),
    Cas("ex3_2", 'noms_themes = {k: "Contributions sur " + " et ".join(themes_cours.mots_cles[(k + 1) % NB_THEMES][:2]) '
        "for k in range(NB_THEMES)}", "avez-vous décalé les numéros", "noms décalés d'un numéro"),
    # 4.1
    Cas("ex4_1", "part_hors_top5 = 0.39\npart_oubliee = 0.39", "n'est plus une fonction",
        "la fonction remplacée par un nombre"),
    Cas("ex4_1", _top5("return None"), "vaut encore None", "la fonction ne renvoie rien"),
    Cas("ex4_1", _top5(_LE_TOP5 + "return float(themes_des_textes.isin(top5).mean())"), "qui sont dans le top 5",
        "~ oublié"),
    Cas("ex4_1", _top5(_LE_TOP5 + "return float((~themes_des_textes.isin(top5)).mean())", "themes_cours.etiquettes"),
        "compté toutes les contributions", "la fonction appliquée à toutes les contributions"),
    Cas("ex4_1", _top5("return float((~themes_des_textes.isin(range(5))).mean())"), "numérotés 0 à 4",
        "les thèmes 0 à 4 au lieu des cinq plus fréquents"),
    Cas("ex4_1", _top5("t = themes_cours.etiquettes[textes_distincts]\n"
                       "    return round(float((~t.isin(t.value_counts().index[:5])).mean()), 2)"),
        "arrondie", "un nombre recopié (arrondi) depuis l'affichage"),
    Cas("ex4_1", _top5("t = themes_cours.etiquettes[textes_distincts]\n"
                       "    return float((~t.isin(t.value_counts().index[:5])).mean())"),
        "renvoie toujours le même nombre", "l'exemple du cours dans la fonction, qui ignore ce qu'elle reçoit"),
    Cas("ex4_1", _top5(_LE_TOP5 + "return 100 * float((~themes_des_textes.isin(top5)).mean())"),
        "c'est un pourcentage", "un pourcentage au lieu d'une part"),
    Cas("ex4_1", _top5("return float(1 - themes_des_textes.value_counts(normalize=True).max())"),
        "ce n'est pas la valeur attendue", ".max() : hors du seul thème le plus fréquent"),
    Cas("ex4_1", _top5("top5 = themes_cours.etiquettes[textes_distincts].value_counts().index[:5]\n"
                       "    return float((~themes_des_textes.isin(top5)).mean())"),
        "part_hors_top5(themes_cours.etiquettes)", "le top 5 du cours, pas celui de la colonne reçue"),
    Cas("ex4_1", _top5(_LE_TOP5 + "return ~themes_des_textes.isin(top5)"), "nombre décimal",
        "la colonne de vrais/faux au lieu de sa moyenne"),
    # 4.2
    Cas("ex4_2", _vigilance(
        acces='["handicap", "fauteuil", "ascenseur", "accessib", "aide"]',
        securite='["nuit", "soir", "peur", "femme", "éclair"]'),
        "Mots trop généraux", "mots trop généraux", typique=True),
    Cas("ex4_2", _vigilance(securite='["harcel", "femme", "xxx", "www"]'), "n'est pas un début de mot",
        "des mots bouche-trou pour compléter la liste"),
    Cas("ex4_2", "from civiclabs import SUJETS_DE_VIGILANCE\n\nma_vigilance = dict(SUJETS_DE_VIGILANCE)\n"
        "minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)",
        "C'est la liste du cours", "la liste du cours recopiée"),
    Cas("ex4_2", _vigilance(acces='["handicap", "malvoyant", "…"]', securite='["harcel", "femme", "…"]'),
        "au moins 4 débuts de mots", "le modèle de l'indice recopié"),
    Cas("ex4_2", _vigilance(securite='["harcel", "femme", "descente", "noctambule"]'),
        "n'apparaît dans aucune contribution", "un mot que personne n'a écrit"),
    Cas("ex4_2", _vigilance(securite='["harcel", "femme", "descente", "les"]'), "est un mot vide",
        "un mot vide"),
    Cas("ex4_2", _vigilance(securite='["harcel", "femme", "descente", "seule"]'),
        "comme début de mot, il trouve aussi « seulement »", "« seule », qui trouve aussi « seulement »"),
    Cas("ex4_2", _vigilance(securite='["femme", "femmes", "harcel", "harcèle"]'), "débuts de mots différents",
        "le même début de mot répété"),
    Cas("ex4_2", 'ma_vigilance = {"Accessibilité": ["handicap", "malvoyant", "aveugle", "accessib"],\n'
        '                "Sécurité la nuit": ["harcel", "femme", "descente", "suivie"]}\n'
        "minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)",
        "Sujets absents ou mal orthographiés", "noms de sujets raccourcis"),
    Cas("ex4_2", _vigilance(minorites="reperer_minorites(consultation, themes_cours)"),
        "ne vient pas de votre règle", "minorites calculé avec la règle du cours"),
    Cas("ex4_2", _vigilance(minorites="ma_vigilance"), "tableau pandas", "la règle au lieu du tableau"),
    Cas("ex4_2", _vigilance(acces='["canne blanche", "autiste", "braille", "sourd"]'), "ne retrouve que",
        "des mots trop rares"),
    Cas("ex4_2", _vigilance(acces='["espce", "blquée", "pourraait", "transpott"]'), "presque rien",
        "des mots recopiés de deux contributions, fautes comprises"),
    # 5.1
    Cas("ex5_1", _ponderee("return reponses.value_counts(normalize=True)"),
        "la pondération n'a pas été appliquée", "pondération oubliée", typique=True),
    Cas("ex5_1", _ponderee("moyennes = poids.groupby(reponses).mean()\n    return moyennes / moyennes.sum()"),
        "moyenne des poids", "la moyenne des poids au lieu de leur somme"),
    Cas("ex5_1", _ponderee("return poids.groupby(reponses).sum() / len(poids)"), "divise par le nombre de réponses",
        "divisé par le nombre de réponses au lieu du total des poids"),
    Cas("ex5_1", _ponderee("return poids.groupby(reponses).sum()"), "Les parts de « zfe_pondere »",
        "somme des poids non divisée"),
    Cas("ex5_1", _ponderee(_JUSTE_PONDEREE, zfe_brut="reponses_zfe.value_counts()"), "Les parts de « zfe_brut »",
        "normalize=True oublié"),
    Cas("ex5_1", _ponderee(_JUSTE_PONDEREE, zfe_brut='consultation["question_transports"].value_counts(normalize=True)'),
        "zfe_brut ne correspond pas", "l'autre question"),
    Cas("ex5_1", _ponderee('return poids.groupby(consultation["canal"]).sum() / poids.sum()'),
        "une part par réponse", "groupé par canal"),
    Cas("ex5_1", _ponderee("return poids_qp.groupby(reponses).sum() / poids_qp.sum()"), "on attend",
        "d'autres poids que ceux reçus"),
    Cas("ex5_1", _ponderee('return poids.groupby(consultation["question_zfe"].astype(str)).sum() / poids.sum()'),
        "renvoie toujours le même résultat", "l'indice recopié : la fonction ignore reponses"),
    Cas("ex5_1", _ponderee('return pd.Series({"oui": 0.41, "non": 0.37, "sans avis": 0.22})'), "on attend",
        "des nombres recopiés"),
    Cas("ex5_1", "part_ponderee = None\nreponses_zfe = consultation[\"question_zfe\"].astype(str)\n"
        "zfe_brut = reponses_zfe.value_counts(normalize=True)\n"
        "zfe_pondere = poids.groupby(reponses_zfe).sum() / poids.sum()",
        "n'est plus une fonction", "le calcul sans la fonction"),
    Cas("ex5_1", _ponderee("return (poids.groupby(reponses).sum() / poids.sum()).to_dict()"), "colonne pandas",
        "un dictionnaire au lieu d'une colonne"),
    # 6.1
    Cas("ex6_1", "synthese = synthetiser(consultation, themes_cours, campagnes, noms=noms_themes)",
        "n'a pas de ligne dans la synthèse", "minorites oublié"),
    Cas("ex6_1", "synthese = synthetiser(consultation, themes_cours, None, minorites, noms=noms_themes)",
        "Les campagnes n'apparaissent pas", "campagnes oublié"),
    Cas("ex6_1", "synthese = synthetiser(consultation, themes_cours, campagnes, minorites)",
        "ne portent pas vos noms", "noms oublié"),
    Cas("ex6_1", _vigilance() + "\nsynthese = synthetiser(consultation, themes_cours, campagnes, "
        "reperer_minorites(consultation, themes_cours), noms=noms_themes)",
        "ne repose pas sur votre règle", "la règle du cours au lieu de la sienne"),
    Cas("ex6_1", _SYNTHESE + '\nsynthese.at[0, "citations"] = []', "ne citent aucune contribution",
        "citations effacées à la main"),
    Cas("ex6_1", _SYNTHESE + '\nsynthese["citations"] = synthese["citations"].map(lambda c: [i.replace("CON-", "C-") for i in c])',
        "n'existent pas", "identifiants récrits à la main"),
    Cas("ex6_1", "synthese = minorites", "Il manque à « synthese »", "le tableau des minorités au lieu de la synthèse"),
    # 6.2
    Cas("ex6_2", "def contributions_rangees(compte):\n    raise NotImplementedError()\n\n\nvoix_campagne = None\n"
        "ou_sont = None\nrangees = contributions_rangees(compte)\n", "pas encore écrite", "talon pas remplacé",
        plante=True),
    Cas("ex6_2", _comptabilite('return int(compte["contributions"].sum())'), "la ligne « Total »",
        "la ligne Total additionnée avec les places", typique=True),
    Cas("ex6_2", _comptabilite('return int(compte.loc[compte["place"] != "Total", "voix"].sum())'),
        "vous avez additionné les voix", "les voix additionnées au lieu des contributions"),
    Cas("ex6_2", _comptabilite('return int(compte.loc[compte["place"].isin(["thèmes", "sujets de vigilance", '
                               '"pétitions", "campagnes coordonnées", "à relire"]), "contributions"].sum())'),
        "exactement celles de la place « accords courts »", "les accords courts oubliés dans la somme"),
    Cas("ex6_2", _comptabilite("return 6000"), "renvoie toujours le même nombre", "un nombre recopié"),
    Cas("ex6_2", _comptabilite('return int(compte["contributions"].iloc[-1])'), "lit le total au lieu d'additionner",
        "la ligne Total recopiée au lieu de la somme des places"),
    Cas("ex6_2", _comptabilite(_JUSTE_RANGEES, voix='int(compte.loc[compte["place"] == "campagnes coordonnées", '
                               '"contributions"].iloc[0])'),
        "Ses copies ne sont pas des voix", "les copies de la campagne comptées comme des voix"),
    Cas("ex6_2", _comptabilite(_JUSTE_RANGEES, voix="37.5"), "nombre entier", "des voix qui ne sont pas un entier"),
    Cas("ex6_2", _comptabilite(**{"« +1 »": "thèmes"}), "Les accords courts ne sont dans aucun thème",
        "les accords courts rangés dans les thèmes"),
    Cas("ex6_2", _comptabilite(**{"les textes de la campagne": "pétitions"}), "n'est pas une pétition",
        "la campagne prise pour une pétition"),
    Cas("ex6_2", _comptabilite(**{"un texte vide": "à relire"}), "Écrivez None",
        "une place donnée pour des textes que la consultation n'a pas"),
    Cas("ex6_2", _comptabilite(**{"un texte qu'aucun": "thème"}), "n'est pas une place de cette comptabilité",
        "un nom de place mal écrit"),
    Cas("ex6_2", _comptabilite(**{"un texte qu'aucun": "accords courts"}), "La synthèse range chaque contribution",
        "une autre place que la bonne"),
    Cas("ex6_2", _comptabilite(**{"une contribution sur": "retirer"}), "garder les six sortes",
        "une sorte retirée du modèle"),
    # 7.1
    Cas("ex7_1", _precision_rappel("precision = float(signalees[vraies].mean())\n"
                                   "    rappel = float(vraies[signalees].mean())\n"
                                   "    return precision, rappel"),
        "inversés", "précision et rappel inversés", typique=True),
    Cas("ex7_1", _precision_rappel("precision = float(signalees[signalees].mean())\n"
                                   "    rappel = float(signalees[vraies].mean())\n"
                                   "    return precision, rappel"),
        "une formule qui ne regarde que signalees", "une précision qui ne regarde que les signalées"),
    Cas("ex7_1", _precision_rappel("s, v = campagnes[\"signalee\"], consultation[\"campagne\"] != \"aucune\"\n"
                                   "    return round(float(v[s].mean()), 2), round(float(s[v].mean()), 2)"),
        "arrondie", "des nombres recopiés (arrondis) depuis l'affichage"),
    Cas("ex7_1", _precision_rappel("precision = float((signalees & vraies).sum() / len(signalees))\n"
                                   "    rappel = float(signalees[vraies].mean())\n"
                                   "    return precision, rappel"),
        "Vous divisez par le nombre de toutes les contributions", "précision divisée par toutes les contributions"),
    Cas("ex7_1", "from civiclabs import evaluer_campagnes\n\n" + _precision_rappel(
        "mesure = evaluer_campagnes(signalees, vraies)\n    return mesure[\"precision\"], mesure[\"rappel\"]"),
        "appelle evaluer_campagnes, l'outil du cours", "l'outil du cours appelé dans la fonction"),
    Cas("ex7_1", "from civiclabs import evaluer_campagnes as mesurer\n\n" + _precision_rappel(
        "mesure = mesurer(signalees, vraies)\n    return mesure[\"precision\"], mesure[\"rappel\"]"),
        "appelle evaluer_campagnes, l'outil du cours", "l'outil du cours sous un autre nom"),
    Cas("ex7_1", _precision_rappel(_JUSTE_PR, appel="precision_rappel(vraies, signalees)"), "precision_campagnes",
        "arguments donnés dans le désordre"),
    Cas("ex7_1", "precision_rappel = None\nprecision_campagnes, rappel_campagnes = 1.0, 0.96", "n'est plus une fonction",
        "la fonction remplacée par des nombres"),
    Cas("ex7_1", _precision_rappel("precision = None\n    rappel = None\n    return precision, rappel"),
        "vaut encore None", "fonction pas complétée"),
    Cas("ex7_1", _precision_rappel("precision = 100 * float(vraies[signalees].mean())\n"
                                   "    rappel = 100 * float(signalees[vraies].mean())\n"
                                   "    return precision, rappel"),
        "c'est un pourcentage", "des pourcentages"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "La machine peut se tromper.",
    "reflexion_2": "Merci pour votre participation.",
    "reflexion_3": "Il faut faire attention aux minorités.",
}
