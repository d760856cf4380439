"""Vérifications des exercices du Lab 05 — Tirer au sort un panel représentatif.

Là où un bon résultat peut venir d'une mauvaise méthode, la personne écrit une fonction que la
vérification rejoue sur d'autres données : ``parts`` (1.1) sur d'autres colonnes et un autre
vivier, ``tirage_simple`` (2.1) sur d'autres viviers et graines (taille, doublons, reproductibilité,
égalité des chances), ``bornes`` (3.1) sur d'autres parts, ``gini`` (4.1) sur d'autres chances,
``candidats_meme_profil`` (5.1) sur un autre vivier ; les tests cachés en emploient d'autres encore.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..corpus import generer_volontaires
from ..donnees import charger_population, charger_volontaires
from ..texte import format_pourcentage
from ..tirage import (
    CRITERES,
    coefficient_gini,
    ecarts_aux_quotas,
    parts_meridanne,
    quotas_depuis_parts,
    quotas_respectes_par_panel,
    sous_vivier,
)
from ..verification import ReponseIncorrecte, verifier_fonction, verifier_proche, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 2050
TAILLE_VIVIER = 100
TAILLE_PANEL = 10
# Les paramètres du notebook dont dépendent les vérifications (comparés par la contre-épreuve).
PARAMETRES = {"GRAINE": GRAINE, "TAILLE_VIVIER": TAILLE_VIVIER, "TAILLE_PANEL": TAILLE_PANEL}
# Un autre vivier, généré comme celui du cours avec une autre graine : les fonctions y sont rejouées
# (les tests cachés en emploient d'autres encore).
GRAINE_AUTRE_VIVIER = 2051
CONTACTS = {"prenom", "nom", "telephone", "courriel"}


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin, calculées comme le notebook."""
    volontaires = charger_volontaires()
    population = charger_population()
    vivier = sous_vivier(volontaires, TAILLE_VIVIER, GRAINE)
    parts_pop = parts_meridanne(population)
    quotas = quotas_depuis_parts(parts_pop, TAILLE_PANEL)
    panels_simples = _panels_simples(vivier)
    return {"volontaires": volontaires, "population": population, "vivier": vivier, "parts_pop": parts_pop,
            "quotas": quotas, "panels_simples": panels_simples, "CRITERES": CRITERES,
            "TAILLE_PANEL": TAILLE_PANEL, "TAILLE_VIVIER": TAILLE_VIVIER, "GRAINE": GRAINE,
            "ecarts_aux_quotas": ecarts_aux_quotas, "math": math, "np": np, "pd": pd}


def _panels_simples(vivier: pd.DataFrame) -> list[list[str]]:
    return [list(vivier["identifiant"].sample(TAILLE_PANEL, random_state=g)) for g in range(1, 201)]


def _essayer(fonction, nom: str, *arguments):
    """Appelle la fonction de la personne ; un talon pas encore remplacé donne un message clair."""
    try:
        return fonction(*arguments)
    except NotImplementedError:
        raise ReponseIncorrecte(f"La fonction {nom} n'est pas encore écrite : remplacez la ligne "
                                "« raise NotImplementedError() » par votre calcul, en retrait sous « def ».") from None


def _autre_vivier() -> pd.DataFrame:
    return generer_volontaires(lettres=3000, graine=GRAINE_AUTRE_VIVIER)


# --- 1.1 ------------------------------------------------------------------------------------

def _verifier_parts(resultat, tableau: pd.DataFrame, colonne: str, nom: str) -> None:
    if resultat is None:
        raise ReponseIncorrecte(f"{nom} renvoie None : écrivez return devant le calcul, dans la fonction.")
    verifier_type(resultat, pd.Series, nom, indice="value_counts(normalize=True) renvoie une série pandas.")
    attendu = tableau[colonne].value_counts(normalize=True)
    total = float(resultat.sum())
    if abs(total - len(tableau)) < 1e-9 or (abs(total - 1) > 1e-6 and float(resultat.max()) > 1.5 and abs(total - 100) > 1e-6):
        raise ReponseIncorrecte(
            f"{nom} donne des comptes (leur total vaut {total:g}), pas des parts : ajoutez normalize=True "
            "à value_counts()."
        )
    if abs(total - 100) < 1e-6:
        raise ReponseIncorrecte(f"{nom} donne des pourcentages (total 100) : on attend des parts entre 0 et 1, "
                                "ne multipliez pas par 100.")
    if set(map(str, resultat.index)) != set(map(str, attendu.index)):
        raise ReponseIncorrecte(
            f"{nom} donne les groupes {sorted(map(str, resultat.index))[:5]}, au lieu de "
            f"{sorted(map(str, attendu.index))[:5]} : la fonction doit compter la colonne qu'elle reçoit "
            "(tableau[colonne]), pas une colonne écrite en dur."
        )
    obtenu = resultat.rename(index=str).reindex(attendu.index.map(str))
    if not np.allclose(obtenu.to_numpy(dtype=float), attendu.to_numpy(dtype=float)):
        raise ReponseIncorrecte(
            f"{nom} ne donne pas les bonnes parts : calculez-les sur le tableau reçu par la fonction "
            "(tableau), pas sur volontaires ni sur une partie du tableau."
        )


@consigner("parts", "parts_age_vivier")
def verifier_ex1_1(parts, parts_age_vivier, volontaires) -> str:
    verifier_fonction(parts, "parts", "tableau, colonne")
    _essayer(parts, "parts", volontaires.head(20).copy(), "genre")
    _verifier_parts(parts_age_vivier, volontaires, "tranche_age", "parts_age_vivier")
    autre = _autre_vivier()
    for colonne in ("diplome", "genre"):
        _verifier_parts(parts(autre.copy(), colonne), autre, colonne, f"parts(autre_vivier, \"{colonne}\")")
    return (f"{format_pourcentage(parts_age_vivier.get('60-74', 0), 1)} des volontaires ont de 60 à 74 ans ; "
            "comparez à la population ci-dessous.")


# --- 2.1 ------------------------------------------------------------------------------------

@consigner("tirage_simple")
def verifier_ex2_1(tirage_simple, vivier) -> str:
    verifier_fonction(tirage_simple, "tirage_simple", "vivier, taille, graine")
    autre = _autre_vivier().head(40)
    panel = _essayer(tirage_simple, "tirage_simple", autre.copy(), 8, 3)
    if panel is None:
        raise ReponseIncorrecte("tirage_simple renvoie None : écrivez return devant le tirage.")
    if isinstance(panel, pd.DataFrame):
        raise ReponseIncorrecte("tirage_simple renvoie un tableau entier : on attend la liste des identifiants, "
                                "list(vivier[\"identifiant\"].sample(taille, random_state=graine)).")
    verifier_type(panel, list, "tirage_simple(…)", indice="entourez le résultat de list(…).")
    if len(panel) != 8:
        raise ReponseIncorrecte(f"tirage_simple(autre_vivier, 8, 3) renvoie {len(panel)} identifiants au lieu de 8 : "
                                "utilisez le paramètre taille, pas un nombre écrit en dur.")
    if not set(panel) <= set(autre["identifiant"]):
        raise ReponseIncorrecte("tirage_simple renvoie des identifiants absents du vivier reçu : tirez dans le "
                                "tableau passé en paramètre (vivier), pas dans volontaires.")
    essais = [list(tirage_simple(autre.copy(), 8, g)) for g in range(4, 12)]
    if any(len(set(p)) != len(p) for p in [panel, *essais]):
        raise ReponseIncorrecte("tirage_simple tire deux fois la même personne : tirez sans remise "
                                "(n'écrivez pas replace=True).")
    if tirage_simple(autre.copy(), 8, 3) != panel:
        raise ReponseIncorrecte("Avec la même graine, tirage_simple donne deux panels différents : passez la "
                                "graine à sample (random_state=graine) pour que le tirage soit reproductible.")
    if len({tuple(p) for p in essais}) == 1:
        raise ReponseIncorrecte("tirage_simple donne le même panel quelle que soit la graine (les premières "
                                "lignes ?) : ce n'est pas un tirage au hasard. Utilisez sample(…, random_state=graine).")
    return "Un tirage simple : chaque volontaire a la même chance, et la graine le rend rejouable."


# --- 2.2 ------------------------------------------------------------------------------------

def _quotas_respectes(vivier: pd.DataFrame, quotas: pd.DataFrame) -> np.ndarray:
    return quotas_respectes_par_panel(vivier, _panels_simples(vivier), quotas)


@consigner("quotas_respectes")
def verifier_ex2_2(quotas_respectes, vivier, quotas) -> str:
    par_panel = _quotas_respectes(vivier, quotas)
    attendu = float(par_panel.mean())
    verifier_type(quotas_respectes, (int, float), "quotas_respectes",
                  indice="la moyenne d'une liste de nombres : sum(respectes) / len(respectes).")
    valeur = float(quotas_respectes)
    if abs(valeur - float(par_panel.sum())) < 1e-9:
        raise ReponseIncorrecte(f"quotas_respectes vaut {valeur:g} : c'est le total sur les {len(par_panel)} panels. "
                                "Divisez par le nombre de panels pour avoir la moyenne par panel.")
    if abs(valeur - attendu / len(quotas)) < 1e-9:
        raise ReponseIncorrecte("quotas_respectes est une part des quotas (entre 0 et 1) : on attend un nombre moyen "
                                f"de quotas respectés (sur {len(quotas)}). Comptez avec .sum(), pas .mean().")
    if valeur <= 1:
        raise ReponseIncorrecte(f"quotas_respectes vaut {valeur:g} : avez-vous écrit .all() (vrai si tous les "
                                "quotas sont respectés) ? On compte les quotas respectés de chaque panel : "
                                "ecarts_aux_quotas(membres, quotas)[\"respecte\"].sum().")
    verifier_proche(quotas_respectes, attendu, "quotas_respectes",
                    indice="pour chaque panel : ecarts_aux_quotas(membres, quotas)[\"respecte\"].sum() ; puis la moyenne.")
    tous = int((par_panel == len(quotas)).sum())
    return (f"Un panel simple respecte en moyenne {attendu:.1f} quotas sur {len(quotas)} ; {tous} panel(s) sur "
            f"{len(par_panel)} les respecte(nt) tous.").replace(".", ",", 1)


# --- 3.1 ------------------------------------------------------------------------------------

@consigner("bornes")
def verifier_ex3_1(bornes) -> str:
    verifier_fonction(bornes, "bornes", "part, taille")
    for part, taille in ((0.525, 10), (0.1147, 10), (0.5, 10), (0.3333, 30), (0.07, 150)):
        attendu = (math.floor(part * taille + 1e-9), math.ceil(part * taille - 1e-9))
        obtenu = _essayer(bornes, "bornes", part, taille)
        if obtenu is None:
            raise ReponseIncorrecte("bornes renvoie None : écrivez return (minimum, maximum).")
        if not isinstance(obtenu, tuple | list) or len(obtenu) != 2:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu!r} : on attend deux nombres entre "
                                    "parenthèses, (minimum, maximum).")
        obtenu = tuple(obtenu)
        if any(isinstance(b, float) and not float(b).is_integer() for b in obtenu):
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} : des nombres à virgule. Arrondissez "
                                    "avec math.floor (en dessous) et math.ceil (au-dessus).")
        if obtenu == (attendu[1], attendu[0]) and attendu[0] != attendu[1]:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} : le minimum et le maximum sont "
                                    "inversés.")
        if obtenu[0] == obtenu[1] == round(part * taille) and attendu[0] != attendu[1]:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} : round arrondit au plus proche. "
                                    "Le minimum s'arrondit en dessous (math.floor), le maximum au-dessus (math.ceil).")
        if obtenu != attendu:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} au lieu de {attendu} : le nombre "
                                    "attendu est part × taille, arrondi en dessous puis au-dessus.")
    return "Vos bornes sont celles que quotas_depuis_parts écrit pour chaque critère."


# --- 4.1 ------------------------------------------------------------------------------------

@consigner("gini")
def verifier_ex4_1(gini) -> str:
    verifier_fonction(gini, "gini", "chances")
    egales = _essayer(gini, "gini", [0.1] * 8)
    if egales is None:
        raise ReponseIncorrecte("gini renvoie None : écrivez return devant le calcul.")
    verifier_type(egales, (int, float), "gini([0.1] * 8)")
    essais = ([0.1] * 8, [0, 0, 0, 1], [0.02, 0.05, 0.1, 0.1, 0.2, 0.3, 0.23])
    for chances in essais:
        obtenu, attendu = float(gini(pd.Series(chances))), coefficient_gini(chances)
        if abs(obtenu - attendu) < 1e-9:
            continue
        if attendu and abs(obtenu - 2 * attendu) < 1e-9:
            raise ReponseIncorrecte(f"gini({chances}) vaut {obtenu:.3f}, le double de la bonne valeur : divisez par "
                                    "deux fois la moyenne, 2 * x.mean().")
        x = np.asarray(chances, dtype=float)
        if attendu and abs(obtenu - float(x.std() / x.mean())) < 1e-9:
            raise ReponseIncorrecte("gini calcule l'écart type divisé par la moyenne (coefficient de variation) : "
                                    "le Gini prend la moyenne des écarts |x_i − x_j| entre toutes les paires.")
        raise ReponseIncorrecte(f"gini({chances}) vaut {obtenu:.4f} au lieu de {attendu:.4f} : la moyenne des "
                                "écarts entre toutes les paires, divisée par deux fois la moyenne des chances.")
    return "Votre Gini est celui du tableau de la section 4 : 0 pour des chances égales."


# --- 4.2 ------------------------------------------------------------------------------------

@consigner("chance_moyenne")
def verifier_ex4_2(chance_moyenne, vivier, TAILLE_PANEL) -> str:  # noqa: N803 (nom du notebook)
    attendu = TAILLE_PANEL / len(vivier)
    verifier_type(chance_moyenne, (int, float), "chance_moyenne",
                  indice="divisez le nombre de places par le nombre de volontaires.")
    if abs(float(chance_moyenne) - TAILLE_PANEL / 1166) < 1e-3 or abs(float(chance_moyenne) - TAILLE_PANEL / 10_000) < 1e-9:
        raise ReponseIncorrecte("chance_moyenne a été calculée sur tous les volontaires ou sur les lettres : le "
                                "tirage se fait dans le vivier du lab, len(vivier).")
    verifier_proche(chance_moyenne, attendu, "chance_moyenne")
    return f"Chacun·e a en moyenne {format_pourcentage(attendu)} de chance ; la question est : qui est sous la moyenne ?"


# --- 5.1 ------------------------------------------------------------------------------------

def _attendus_meme_profil(vivier: pd.DataFrame, panel: list[str], parti: str) -> set[str]:
    ligne = vivier[vivier["identifiant"] == parti].iloc[0]
    garder = ~vivier["identifiant"].isin(panel) & (vivier[CRITERES] == ligne[CRITERES]).all(axis=1)
    return set(vivier.loc[garder, "identifiant"])


@consigner("candidats_meme_profil")
def verifier_ex5_1(candidats_meme_profil, vivier) -> str:
    verifier_fonction(candidats_meme_profil, "candidats_meme_profil", "vivier, panel, parti")
    autre = _autre_vivier()
    panel = list(autre["identifiant"].iloc[::30])
    for parti in panel[:4]:
        resultat = _essayer(candidats_meme_profil, "candidats_meme_profil", autre.copy(), panel, parti)
        if resultat is None:
            raise ReponseIncorrecte("candidats_meme_profil renvoie None : écrivez return vivier[garder].")
        verifier_type(resultat, pd.DataFrame, "candidats_meme_profil(…)",
                      indice="renvoyez les lignes du vivier : vivier[garder].")
        if "identifiant" not in resultat.columns:
            raise ReponseIncorrecte("Le tableau renvoyé n'a plus de colonne identifiant : gardez toutes les colonnes.")
        obtenu, attendu = set(resultat["identifiant"]), _attendus_meme_profil(autre, panel, parti)
        if obtenu & set(panel):
            raise ReponseIncorrecte("candidats_meme_profil renvoie des personnes déjà dans le panel (la personne "
                                    "partie elle-même ?) : écartez-les avec ~vivier[\"identifiant\"].isin(panel).")
        if attendu < obtenu:
            raise ReponseIncorrecte("candidats_meme_profil renvoie des personnes d'un autre profil : la condition "
                                    "doit porter sur les quatre critères de CRITERES, combinés avec &.")
        if obtenu != attendu:
            raise ReponseIncorrecte("candidats_meme_profil oublie des candidat·es de même profil : avez-vous filtré "
                                    "sur une colonne de trop (quartier, logement…) ? Seuls les critères des quotas comptent.")
    return "Un·e remplaçant·e de même profil garde chaque quota exactement."


# --- 7.1 ------------------------------------------------------------------------------------

@consigner("colonnes_necessaires")
def verifier_ex7_1(colonnes_necessaires, volontaires) -> str:
    verifier_type(colonnes_necessaires, list, "colonnes_necessaires",
                  indice="une liste de noms entre crochets : [\"identifiant\", …].")
    inconnues = [c for c in colonnes_necessaires if c not in volontaires.columns]
    if inconnues:
        raise ReponseIncorrecte(f"Ces noms ne sont pas des colonnes de volontaires : {inconnues}. Recopiez-les depuis "
                                "la liste affichée.")
    contacts = sorted(CONTACTS & set(colonnes_necessaires))
    if contacts:
        raise ReponseIncorrecte(f"Vous transmettez des coordonnées ({', '.join(contacts)}) : l'outil de tirage n'en "
                                "a pas besoin ; elles restent dans le fichier du service.")
    if "question_zfe" in colonnes_necessaires:
        raise ReponseIncorrecte("question_zfe est une opinion politique (donnée sensible, article 9 du RGPD) : "
                                "elle ne sert pas au tirage, ne la transmettez pas.")
    if "identifiant" not in colonnes_necessaires:
        raise ReponseIncorrecte("Sans identifiant, impossible de savoir qui a été tiré·e : ajoutez \"identifiant\".")
    manquants = [c for c in CRITERES if c not in colonnes_necessaires]
    if manquants:
        raise ReponseIncorrecte(f"Il manque des critères des quotas : {manquants}. L'outil en a besoin pour les "
                                "respecter.")
    de_trop = sorted(set(colonnes_necessaires) - {"identifiant", *CRITERES})
    if de_trop:
        raise ReponseIncorrecte(f"{de_trop} ne servent pas aux quotas : ne transmettez que ce qui est nécessaire "
                                "(minimisation des données).")
    return "Minimisation des données : l'identifiant et les critères, rien d'autre."


# --- Cas : une mauvaise réponse par message --------------------------------------------------

_PARTS = "def parts(tableau, colonne):\n    return {}\n\nparts_age_vivier = parts(volontaires, \"tranche_age\")"
_TIRAGE = "def tirage_simple(vivier, taille, graine):\n    return {}"
_RESPECTES = ("respectes = []\nfor panel in panels_simples:\n    membres = vivier[vivier[\"identifiant\"].isin(panel)]\n"
              "    respectes.append(ecarts_aux_quotas(membres, quotas)[\"respecte\"].{})\n")
_BORNES = "def bornes(part, taille):\n    places = part * taille\n    return {}"
_GINI = "def gini(chances):\n    x = np.asarray(chances, dtype=float)\n    ecarts = np.abs(x[:, None] - x[None, :])\n    return {}"
_PROFIL = ("def candidats_meme_profil(vivier, panel, parti):\n    personne = vivier[vivier[\"identifiant\"] == parti].iloc[0]\n"
           "    garder = {}\n    for critere in {}:\n        garder = garder & (vivier[critere] == personne[critere])\n"
           "    return vivier[garder]")

CAS = (
    Cas("ex1_1", "parts = None\nparts_age_vivier = None", "n'est plus une fonction", "la fonction effacée"),
    Cas("ex1_1", _PARTS.format("tableau[colonne].value_counts()"), "des comptes", "comptes au lieu de parts",
        typique=True),
    Cas("ex1_1", _PARTS.format("100 * tableau[colonne].value_counts(normalize=True)"), "des pourcentages",
        "pourcentages"),
    Cas("ex1_1", _PARTS.format("tableau[\"tranche_age\"].value_counts(normalize=True)"), "pas une colonne écrite en dur",
        "colonne écrite en dur"),
    Cas("ex1_1", _PARTS.format("volontaires[colonne].value_counts(normalize=True)"), "ne donne pas les bonnes parts",
        "calcul sur volontaires au lieu du tableau reçu"),
    Cas("ex1_1", "def parts(tableau, colonne):\n    tableau[colonne].value_counts(normalize=True)\n\n"
        "parts_age_vivier = parts(volontaires, \"tranche_age\")", "renvoie None", "return oublié"),
    Cas("ex1_1", _PARTS.format("len(tableau[colonne].value_counts(normalize=True))"), "série pandas",
        "un nombre au lieu d'une série"),
    Cas("ex2_1", "def tirage_simple(vivier, taille, graine):\n    raise NotImplementedError()", "pas encore écrite",
        "talon pas remplacé"),
    Cas("ex4_1", "def gini(chances):\n    raise NotImplementedError()", "pas encore écrite", "talon pas remplacé"),
    Cas("ex1_1", "parts_age_vivier = None\ndef parts(tableau, colonne):\n    raise NotImplementedError()\n\n"
        "parts_age_vivier = parts(volontaires, \"tranche_age\")", "pas encore écrite", "talon pas remplacé",
        plante=True),
    Cas("ex2_1", _TIRAGE.format("vivier[\"identifiant\"].sample(taille, random_state=graine)"), "liste",
        "une série au lieu d'une liste"),
    Cas("ex2_1", _TIRAGE.format("vivier.sample(taille, random_state=graine)"), "tableau entier",
        "le tableau au lieu des identifiants"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].sample(10, random_state=graine))"), "au lieu de 8",
        "taille écrite en dur"),
    Cas("ex2_1", _TIRAGE.format("list(volontaires[\"identifiant\"].sample(taille, random_state=graine))"),
        "absents du vivier", "tirage dans volontaires"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].sample(taille, replace=True, random_state=graine))"),
        "deux fois la même personne", "tirage avec remise"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].sample(taille))"), "reproductible",
        "graine oubliée", typique=True),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].head(taille))"), "quelle que soit la graine",
        "les premières lignes"),
    Cas("ex2_1", "def tirage_simple(vivier, taille, graine):\n    list(vivier[\"identifiant\"].sample(taille, random_state=graine))",
        "renvoie None", "return oublié"),
    Cas("ex2_2", _RESPECTES.format("sum()") + "quotas_respectes = sum(respectes)", "le total",
        "total au lieu de la moyenne", typique=True),
    Cas("ex2_2", _RESPECTES.format("mean()") + "quotas_respectes = sum(respectes) / len(respectes)", "une part des quotas",
        "mean au lieu de sum"),
    Cas("ex2_2", _RESPECTES.format("all()") + "quotas_respectes = sum(respectes) / len(respectes)", ".all()",
        "all au lieu de sum"),
    Cas("ex2_2", _RESPECTES.format("sum()") + "quotas_respectes = max(respectes)", "ce n'est pas la valeur attendue",
        "le maximum au lieu de la moyenne"),
    Cas("ex2_2", "quotas_respectes = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex3_1", "bornes = (5, 6)", "n'est plus une fonction", "un couple au lieu d'une fonction"),
    Cas("ex3_1", _BORNES.format("(round(places), round(places))"), "round arrondit au plus proche", "round"),
    Cas("ex3_1", _BORNES.format("(math.ceil(places), math.floor(places))"), "inversés", "bornes inversées"),
    Cas("ex3_1", _BORNES.format("(places - 0.5, places + 0.5)"), "nombres à virgule", "pas d'arrondi"),
    Cas("ex3_1", _BORNES.format("places"), "deux nombres entre parenthèses", "un seul nombre"),
    Cas("ex3_1", _BORNES.format("(math.floor(places), math.floor(places) + 1)"), "au lieu de",
        "maximum = minimum + 1 même quand le compte tombe juste"),
    Cas("ex3_1", "def bornes(part, taille):\n    (math.floor(part * taille), math.ceil(part * taille))", "renvoie None",
        "return oublié"),
    Cas("ex4_1", _GINI.format("float(ecarts.mean() / x.mean())"), "le double", "oubli du 2", typique=True),
    Cas("ex4_1", _GINI.format("float(x.std() / x.mean())"), "coefficient de variation", "écart type / moyenne"),
    Cas("ex4_1", _GINI.format("float(ecarts.max() / (2 * x.mean()))"), "toutes les paires", "le plus grand écart"),
    Cas("ex4_1", "def gini(chances):\n    x = np.asarray(chances, dtype=float)\n    x.std()", "renvoie None",
        "return oublié"),
    Cas("ex4_1", _GINI.format("[float(ecarts.mean() / (2 * x.mean()))]"), "gini([0.1] * 8)",
        "une liste au lieu d'un nombre"),
    Cas("ex4_1", "gini = 0.2", "n'est plus une fonction", "un nombre recopié"),
    Cas("ex4_2", "chance_moyenne = TAILLE_PANEL / len(volontaires)", "tous les volontaires", "le mauvais vivier"),
    Cas("ex4_2", "chance_moyenne = 100 * TAILLE_PANEL / len(vivier)", "pourcentage", "pourcentage"),
    Cas("ex4_2", "chance_moyenne = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "[\"genre\", \"tranche_age\"]"),
        "d'un autre profil", "deux critères seulement", typique=True),
    Cas("ex5_1", _PROFIL.format("vivier[\"identifiant\"] == vivier[\"identifiant\"]", "CRITERES"),
        "déjà dans le panel", "panel pas écarté"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "CRITERES + [\"logement\"]"),
        "une colonne de trop", "un critère de trop"),
    Cas("ex5_1", "def candidats_meme_profil(vivier, panel, parti):\n    return vivier[\"identifiant\"]",
        "tableau pandas", "une colonne au lieu du tableau"),
    Cas("ex5_1", "def candidats_meme_profil(vivier, panel, parti):\n    return vivier[[\"genre\"]]",
        "plus de colonne identifiant", "colonnes perdues"),
    Cas("ex5_1", "def candidats_meme_profil(vivier, panel, parti):\n    vivier[~vivier[\"identifiant\"].isin(panel)]",
        "renvoie None", "return oublié"),
    Cas("ex5_1", "candidats_meme_profil = None", "n'est plus une fonction", "fonction effacée"),
    Cas("ex7_1", "colonnes_necessaires = list(volontaires.columns)", "coordonnées", "tout transmettre"),
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", *CRITERES, \"question_zfe\"]", "article 9",
        "l'opinion transmise"),
    Cas("ex7_1", "colonnes_necessaires = list(CRITERES)", "Sans identifiant", "identifiant oublié"),
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", \"genre\", \"tranche_age\"]", "Il manque des critères",
        "critères oubliés"),
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", *CRITERES, \"quartier\"]", "minimisation",
        "une colonne de trop"),
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", \"age\", \"sexe\"]", "ne sont pas des colonnes",
        "noms inventés"),
    Cas("ex7_1", "colonnes_necessaires = \"identifiant, genre\"", "liste", "un texte au lieu d'une liste"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "Vous n'avez pas été tiré·e au sort, c'est le hasard. Merci.",
    "reflexion_2": "Les quotas c'est mieux parce que c'est plus représentatif.",
    "reflexion_3": "La mairie choisit les critères.",
}
