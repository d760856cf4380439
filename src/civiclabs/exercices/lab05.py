"""Vérifications des exercices du Lab 05 — Tirer au sort un panel représentatif.

Là où un bon résultat peut venir d'une mauvaise méthode, la personne écrit une fonction que la
vérification rejoue sur d'autres données : ``parts`` (1.1) sur d'autres colonnes et un autre
vivier, ``tirage_simple`` (2.1) sur d'autres viviers et 400 graines (taille, doublons, reproductibilité,
égalité des chances par deux tests du khi-deux, par personne et par groupe, variété des panels),
``moyenne_quotas_respectes`` (2.2) sur d'autres panels et quotas, ``bornes`` (3.1) contre
``quotas_depuis_parts`` sur des parts et tailles tirées au hasard à chaque appel, ``gini`` (4.2) sur
d'autres chances, ``chance_moyenne`` (4.1) sur d'autres viviers et tailles, ``candidats_meme_profil``
(5.1) sur un autre vivier ; les tests cachés en emploient d'autres encore. Là où l'exercice demande
d'écrire un calcul que le cours fournit déjà (2.2, 4.2), la fonction qui appelle l'outil du cours
est refusée (lu dans son texte).
"""

from __future__ import annotations

import ast
import inspect
import math
import re
import textwrap
import warnings

import numpy as np
import pandas as pd

from ..corpus import generer_volontaires
from ..donnees import charger_population, charger_volontaires
from ..texte import format_nombre, format_pourcentage
from ..tirage import (
    CRITERES,
    coefficient_gini,
    ecarts_aux_quotas,
    parts_meridanne,
    quotas_depuis_parts,
    quotas_respectes_par_panel,
    sous_vivier,
)
from ..verification import (
    ReponseIncorrecte,
    _apercu,
    est_erreur_de_points_de_suspension,
    message_points_de_suspension,
    outils_du_cours_appeles,
    verifier_fonction,
    verifier_type,
)
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
    """Appelle la fonction de la personne ; un talon pas encore remplacé, les ``...`` du modèle ou
    un ``and`` entre deux colonnes donnent un message clair au lieu de l'erreur brute (en anglais)."""
    try:
        resultat = fonction(*arguments)
    except NotImplementedError:
        raise ReponseIncorrecte(f"La fonction {nom} n'est pas encore écrite : remplacez la ligne "
                                "« raise NotImplementedError() » par votre calcul, en retrait sous « def ».") from None
    except ReponseIncorrecte:
        raise
    except Exception as erreur:
        # « garder & (...) » lève une AssertionError vide dans pandas, « list(...) » une TypeError
        if est_erreur_de_points_de_suspension(erreur) or _a_des_points_de_suspension(fonction):
            raise ReponseIncorrecte(message_points_de_suspension(f"La fonction {nom}")) from None
        texte = str(erreur)
        if isinstance(erreur, ValueError) and "truth value of a" in texte and "is ambiguous" in texte:
            raise ReponseIncorrecte(ET_OU_SUR_DES_COLONNES.format(nom=nom)) from None
        raise
    if resultat is Ellipsis:
        raise ReponseIncorrecte(message_points_de_suspension(f"La fonction {nom}"))
    return resultat


def _source(fonction) -> str | None:
    """Le texte de la fonction : ``inspect.getsource`` dans le noyau, ``.source`` pendant la contre-épreuve."""
    source = getattr(fonction, "source", None)
    if isinstance(source, str):
        return source
    try:
        return inspect.getsource(fonction)
    except (OSError, TypeError):
        return None


def _arbre(fonction):
    source = _source(fonction)
    if source is None:
        return None
    try:
        return ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return None


def _a_des_points_de_suspension(fonction) -> bool:
    arbre = _arbre(fonction)
    return arbre is not None and any(isinstance(n, ast.Constant) and n.value is Ellipsis for n in ast.walk(arbre))


ET_OU_SUR_DES_COLONNES = (
    "{nom} s'arrête sur l'erreur « The truth value of a Series is ambiguous » : and, or et not ne savent "
    "pas combiner des colonnes de vrai/faux (ils attendent un seul vrai ou faux). Pour des colonnes, écrivez "
    "& (et), | (ou), ~ (non), avec des parenthèses autour de chaque comparaison : "
    "garder = garder & (vivier[critere] == personne[critere]).")


def _outils_du_cours_utilises(fonction, outils: tuple[str, ...]) -> list[str]:
    """Les outils du cours (``outils``, des fonctions de civiclabs.tirage) que la fonction appelle ou
    importe, sous leur nom ou sous un autre nom qui désigne le même objet."""
    from .. import tirage

    return outils_du_cours_appeles(fonction, {nom: getattr(tirage, nom) for nom in outils})


def _refuser_l_outil_du_cours(fonction, nom: str, outils: tuple[str, ...], a_ecrire: str) -> None:
    utilises = _outils_du_cours_utilises(fonction, outils)
    if utilises:
        raise ReponseIncorrecte(
            f"{nom} appelle {', '.join(utilises)}, l'outil du cours qui fait déjà ce calcul : l'exercice vous "
            f"demande de l'écrire vous-même ({a_ecrire}). Gardez l'outil du cours pour vérifier votre résultat, "
            "dans une autre cellule.")


def _autre_vivier() -> pd.DataFrame:
    return generer_volontaires(lettres=3000, graine=GRAINE_AUTRE_VIVIER)


# --- 1.1 ------------------------------------------------------------------------------------

def _verifier_parts(resultat, tableau: pd.DataFrame, colonne: str, nom: str) -> None:
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
    essai = _essayer(parts, "parts", volontaires.head(20).copy(), "genre")
    if essai is None:
        raise ReponseIncorrecte("parts(tableau, colonne) renvoie None : écrivez return devant le calcul, dans la "
                                "fonction.")
    if parts_age_vivier is None:
        raise ReponseIncorrecte("La variable parts_age_vivier vaut encore None, alors que votre fonction parts "
                                "renvoie bien un résultat : gardez, sous la fonction, la ligne "
                                "parts_age_vivier = parts(volontaires, \"tranche_age\"), puis exécutez la cellule.")
    if isinstance(parts_age_vivier, dict):
        raise ReponseIncorrecte("parts_age_vivier est un dictionnaire écrit à la main : on attend le résultat de "
                                "votre fonction, parts_age_vivier = parts(volontaires, \"tranche_age\").")
    _verifier_recopie(parts_age_vivier, volontaires["tranche_age"].value_counts(normalize=True))
    _verifier_parts(parts_age_vivier, volontaires, "tranche_age", "parts_age_vivier")
    autre = _autre_vivier()
    for colonne in ("diplome", "genre"):
        _verifier_parts(parts(autre.copy(), colonne), autre, colonne, f"parts(autre_vivier, \"{colonne}\")")
    return (f"{format_pourcentage(parts_age_vivier.get('60-74', 0), 1)} des volontaires ont de 60 à 74 ans ; "
            "comparez à la population ci-dessous.")


def _verifier_recopie(parts_age_vivier, attendu: pd.Series) -> None:
    """Des parts justes à l'affichage près (six décimales) : recopiées, pas calculées."""
    if not isinstance(parts_age_vivier, pd.Series) or set(map(str, parts_age_vivier.index)) != set(map(str, attendu.index)):
        return
    obtenu = parts_age_vivier.rename(index=str).reindex(attendu.index.map(str)).to_numpy(dtype=float)
    ecart = float(np.abs(obtenu - attendu.to_numpy(dtype=float)).max())
    if 0 < ecart < 1e-3:
        raise ReponseIncorrecte("parts_age_vivier a les bonnes parts à l'arrondi près : elles ont été recopiées depuis "
                                "l'affichage, pas calculées. Écrivez parts_age_vivier = parts(volontaires, \"tranche_age\") : "
                                "si les données changent, le calcul suit, une recopie non.")


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
    if isinstance(panel, pd.Series):
        raise ReponseIncorrecte(
            f"Sur l'autre vivier de la vérification (40 volontaires, un panel de 8, graine 3), tirage_simple renvoie "
            f"une colonne pandas (Series) de {len(panel)} valeurs, pas une liste : entourez le résultat de list(…), "
            "list(vivier[\"identifiant\"].sample(taille, random_state=graine)).")
    verifier_type(panel, list, "tirage_simple(…)", indice="entourez le résultat de list(…).")
    colonnes = [c for c in panel if isinstance(c, str) and c in autre.columns]
    if colonnes and len(colonnes) == len(panel):
        raise ReponseIncorrecte(
            f"tirage_simple renvoie {', '.join(colonnes[:4])}… : les noms des colonnes du tableau, pas des identifiants. "
            "list(…) d'un tableau entier donne ses colonnes. Prenez la colonne « identifiant » avant de tirer : "
            "list(vivier[\"identifiant\"].sample(taille, random_state=graine)).")
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
    return _verifier_meme_chance(tirage_simple, autre.head(30).reset_index(drop=True))


# Combien de graines pour juger l'égalité des chances : 400 panels de 6 parmi 30, chaque
# volontaire attendu·e 80 fois. Deux tests du khi-deux : par personne, puis par groupe (chaque
# colonne ci-dessous, seuil partagé entre elles) ; un tirage juste échoue à chacun avec une
# probabilité < 1/10 000. Le test par groupe voit un biais modéré porté par une colonne : des
# femmes 1,3 fois plus chanceuses (cas épinglé) donnent une probabilité d'environ 2 sur cent millions.
GRAINES_EGALITE, TAILLE_EGALITE, SEUIL_EGALITE = 400, 6, 1e-4
COLONNES_EGALITE = ("genre", "tranche_age", "quartier_prioritaire", "diplome", "logement", "question_zfe", "quartier")


def _verifier_meme_chance(tirage_simple, petit: pd.DataFrame) -> str:
    """Rejoue la fonction sur GRAINES_EGALITE graines : chaque volontaire doit sortir à peu près
    aussi souvent (test du khi-deux) et les panels doivent varier d'une graine à l'autre."""
    from scipy.stats import chi2

    compte = pd.Series(0, index=petit["identifiant"])
    panels = set()
    for g in range(1, GRAINES_EGALITE + 1):
        tire = list(tirage_simple(petit.copy(), TAILLE_EGALITE, g))
        if len(tire) != TAILLE_EGALITE or len(set(tire)) != TAILLE_EGALITE or not set(tire) <= set(compte.index):
            raise ReponseIncorrecte(f"Avec la graine {g}, tirage_simple(vivier de {len(petit)}, {TAILLE_EGALITE}, {g}) "
                                    f"renvoie {_accord(len(tire), 'identifiant', 'identifiants')} "
                                    f"({_accord(len(set(tire)), 'différent', 'différents')}) au lieu de "
                                    f"{TAILLE_EGALITE} : tirez-vous des lignes qui se suivent (iloc) ? Tirez au hasard "
                                    "dans tout le vivier, avec sample(taille, random_state=graine).")
        compte[tire] += 1
        panels.add(tuple(sorted(tire)))
    if len(panels) < 0.9 * GRAINES_EGALITE:
        raise ReponseIncorrecte(
            f"Sur {GRAINES_EGALITE} graines, tirage_simple ne donne que {len(panels)} panels différents : la graine "
            "doit choisir parmi tous les panels possibles. Passez la graine telle quelle (random_state=graine), "
            "sans la transformer (graine % 2…).")
    attendu = GRAINES_EGALITE * TAILLE_EGALITE / len(petit)
    jamais = int((compte == 0).sum())
    statistique = float(((compte - attendu) ** 2 / attendu).sum())
    p_valeur = float(chi2.sf(statistique, len(petit) - 1))
    if jamais or p_valeur < SEUIL_EGALITE:
        raise ReponseIncorrecte(
            f"Sur {GRAINES_EGALITE} graines, chaque personne d'un vivier de {len(petit)} devrait être tirée environ "
            f"{format_nombre(attendu, 0)} fois ; votre fonction tire certaines personnes "
            f"{int(compte.max())} fois et d'autres {int(compte.min())} fois"
            + (f" ({jamais} jamais)" if jamais else "") + " : les chances ne sont pas égales (test du khi-deux : "
            + ("moins d'une chance sur un million" if p_valeur < 1e-6 else f"probabilité {format_nombre(p_valeur, 6)}")
            + " qu'un tirage juste fasse un tel écart). Ne filtrez pas le vivier, "
            "ne donnez pas de poids (weights) : sample(taille, random_state=graine) sur tout le vivier.")
    _verifier_groupes(compte, petit, attendu)
    return (f"Rejouée sur {GRAINES_EGALITE} graines dans un vivier de {len(petit)}, votre fonction a tiré chaque "
            f"volontaire entre {int(compte.min())} et {int(compte.max())} fois (attendu : {format_nombre(attendu, 0)}), "
            f"en {len(panels)} panels différents. Ni les personnes ni les groupes (genre, âge, quartier, diplôme, "
            "logement, opinion) ne s'écartent plus que le hasard seul ne le ferait : le test repère par exemple des "
            "femmes 1,3 fois plus chanceuses ; un biais plus faible pourrait lui échapper. L'égalité des chances "
            "vient de la méthode (sample sans poids, sur tout le vivier), que le test ne fait que contrôler ; "
            "et la graine rend le tirage rejouable.")


def _verifier_groupes(compte: pd.Series, petit: pd.DataFrame, attendu: float) -> None:
    """Khi-deux par groupe : pour chaque colonne, les tirages des personnes de chaque valeur, additionnés,
    comparés à ce qu'un tirage juste donne (attendu × effectif). Les tirages d'un même panel étant sans
    remise, le test est prudent (il se trompe moins souvent que son seuil sur un tirage juste)."""
    from scipy.stats import chi2

    par_personne = petit.set_index("identifiant")
    for colonne in COLONNES_EGALITE:
        valeurs = par_personne[colonne].map(lambda v: ("oui" if v else "non") if isinstance(v, bool | np.bool_) else str(v))
        observe = compte.groupby(valeurs).sum()
        if len(observe) < 2:
            continue
        espere = attendu * valeurs.value_counts().reindex(observe.index)
        p_valeur = float(chi2.sf(float(((observe - espere) ** 2 / espere).sum()), len(observe) - 1))
        if p_valeur < SEUIL_EGALITE / len(COLONNES_EGALITE):
            ecart = ((observe - espere) / espere).abs().idxmax()
            raise ReponseIncorrecte(
                f"Sur {GRAINES_EGALITE} graines, les volontaires « {ecart} » ({LIBELLES_EGALITE[colonne]}) ont été "
                f"tiré·es {format_nombre(int(observe[ecart]), 0)} fois au total, au lieu d'environ "
                f"{format_nombre(float(espere[ecart]), 0)} : les chances ne sont pas égales entre groupes (test du "
                "khi-deux : "
                + ("moins d'une chance sur un million" if p_valeur < 1e-6 else f"probabilité {format_nombre(p_valeur, 6)}")
                + " qu'un tirage juste fasse un tel écart). Un poids (weights), même léger, favorise un groupe : "
                "tirez sans poids, sample(taille, random_state=graine), sur tout le vivier.")


LIBELLES_EGALITE = {"genre": "genre", "tranche_age": "tranche d'âge", "quartier_prioritaire": "quartier prioritaire",
                    "diplome": "diplôme", "logement": "logement", "question_zfe": "réponse sur la ZFE",
                    "quartier": "quartier"}


# --- 2.2 ------------------------------------------------------------------------------------

@consigner("moyenne_quotas_respectes", "quotas_respectes")
def verifier_ex2_2(moyenne_quotas_respectes, quotas_respectes, vivier, panels_simples, quotas) -> str:
    verifier_fonction(moyenne_quotas_respectes, "moyenne_quotas_respectes", "vivier, panels, quotas")
    _refuser_l_outil_du_cours(moyenne_quotas_respectes, "moyenne_quotas_respectes", ("quotas_respectes_par_panel",),
                              "une boucle sur les panels, avec ecarts_aux_quotas")
    par_panel = quotas_respectes_par_panel(vivier, panels_simples, quotas)
    valeur = _essayer(moyenne_quotas_respectes, "moyenne_quotas_respectes", vivier.copy(), list(panels_simples),
                      quotas.copy())
    _juger_moyenne(valeur, par_panel, len(quotas), "moyenne_quotas_respectes(vivier, panels_simples, quotas)")
    verifier_type(quotas_respectes, (int, float, np.integer, np.floating), "quotas_respectes",
                  indice="quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas).")
    if abs(float(quotas_respectes) - float(valeur)) > 1e-9:
        raise ReponseIncorrecte(f"quotas_respectes vaut {format_nombre(float(quotas_respectes), 3)} alors que votre "
                                f"fonction donne {format_nombre(float(valeur), 3)} : écrivez quotas_respectes = "
                                "moyenne_quotas_respectes(vivier, panels_simples, quotas) (pas un nombre recopié).")
    # Rejouée sur un autre vivier, d'autres panels (de 8) et d'autres quotas.
    autre = _autre_vivier().head(80).reset_index(drop=True)
    autres_quotas = quotas_depuis_parts(parts_meridanne(charger_population()), 8)
    autres_panels = [list(autre["identifiant"].sample(8, random_state=g)) for g in range(1, 41)]
    ailleurs = _essayer(moyenne_quotas_respectes, "moyenne_quotas_respectes", autre.copy(), autres_panels,
                        autres_quotas.copy())
    _juger_moyenne(ailleurs, quotas_respectes_par_panel(autre, autres_panels, autres_quotas), len(autres_quotas),
                   "moyenne_quotas_respectes(autre vivier, 40 autres panels de 8, autres quotas)")
    attendu = float(par_panel.mean())
    tous = int((par_panel == len(quotas)).sum())
    return (f"Un panel simple de {len(panels_simples[0])} respecte en moyenne {format_nombre(attendu, 1)} quotas sur "
            f"{len(quotas)} ; "
            + (f"aucun panel sur {len(par_panel)} ne les respecte tous." if tous == 0 else
               f"{_accord(tous, 'panel', 'panels')} sur {len(par_panel)} {'les respecte' if tous == 1 else 'les respectent'} tous."))


def _accord(nombre: int, singulier: str, pluriel: str) -> str:
    return f"{nombre} {singulier if nombre <= 1 else pluriel}"


def _juger_moyenne(valeur, par_panel: np.ndarray, nombre_quotas: int, appel: str) -> None:
    if valeur is None:
        raise ReponseIncorrecte("moyenne_quotas_respectes renvoie None : écrivez return devant la moyenne.")
    verifier_type(valeur, (int, float, np.integer, np.floating), appel,
                  indice="la moyenne d'une liste de nombres : sum(respectes) / len(respectes).")
    valeur = float(valeur)
    attendu = float(par_panel.mean())
    if abs(valeur - attendu) < 1e-9:
        return
    if abs(valeur - float(par_panel.sum())) < 1e-9:
        raise ReponseIncorrecte(f"{appel} vaut {format_nombre(valeur, 1)} : c'est le total sur les {len(par_panel)} "
                                "panels. Divisez par le nombre de panels pour avoir la moyenne par panel.")
    if abs(valeur - attendu / nombre_quotas) < 1e-9:
        raise ReponseIncorrecte(f"{appel} est une part des quotas (entre 0 et 1) : on attend un nombre moyen de quotas "
                                f"respectés (sur {nombre_quotas}). Comptez avec .sum(), pas .mean().")
    if valeur <= 1:
        raise ReponseIncorrecte(f"{appel} vaut {format_nombre(valeur, 2)} : avez-vous écrit .all() (vrai si tous les "
                                "quotas sont respectés) ? On compte les quotas respectés de chaque panel : "
                                "ecarts_aux_quotas(membres, quotas)[\"respecte\"].sum().")
    if valeur in {float(par_panel[0]), float(par_panel[-1])} and len(set(par_panel.tolist())) > 1:
        raise ReponseIncorrecte(f"{appel} vaut {format_nombre(valeur, 1)} : c'est le nombre de quotas d'un seul panel "
                                "(le premier ou le dernier). Rangez le nombre de chaque panel dans la liste respectes "
                                "(respectes.append(…) dans la boucle), puis faites la moyenne de la liste.")
    raise ReponseIncorrecte(f"{appel} vaut {format_nombre(valeur, 3)} au lieu de {format_nombre(attendu, 3)} : "
                            "pour chaque panel, ecarts_aux_quotas(membres, quotas)[\"respecte\"].sum() ; puis la "
                            "moyenne de ces nombres sur tous les panels reçus.")


# --- 3.1 ------------------------------------------------------------------------------------

def _essais_bornes() -> list[tuple[float, int]]:
    """Les parts et tailles sur lesquelles la vérification essaie ``bornes``, tirées au hasard à chaque
    appel (un tableau de réponses recopiées d'un premier essai ne sert donc à rien) : une part quelconque,
    un compte qui tombe juste, un compte juste que le binaire fausse (0,07 × 100), puis des parts quelconques."""
    import secrets

    rng = np.random.default_rng(secrets.randbits(64))

    def quelconque() -> tuple[float, int]:
        while True:
            part, taille = round(float(rng.uniform(0.02, 0.98)), 4), int(rng.integers(6, 200))
            reste = round(part * taille, 9) % 1
            if 0.05 < reste < 0.95 and abs(reste - 0.5) > 0.05:
                return part, taille

    def juste() -> tuple[float, int]:
        while True:
            taille = int(rng.integers(4, 40)) * 2
            places = int(rng.integers(1, taille))
            part = places / taille
            if part * taille == places:
                return part, taille

    def fausse_par_le_binaire() -> tuple[float, int]:
        while True:
            centiemes, taille = int(rng.integers(1, 100)), 100 * int(rng.integers(1, 4))
            part = centiemes / 100
            if part * taille != round(part * taille, 9) == int(round(part * taille, 9)):
                return part, taille

    return [quelconque(), juste(), fausse_par_le_binaire(), quelconque(), quelconque(), quelconque()]


@consigner("bornes")
def verifier_ex3_1(bornes) -> str:
    verifier_fonction(bornes, "bornes", "part, taille")
    essais = _essais_bornes()
    for part, taille in essais:
        # ce qu'écrit quotas_depuis_parts pour un groupe de cette part
        q = quotas_depuis_parts({"groupe": pd.Series({"a": part, "b": 1 - part})}, taille)
        attendu = (int(q["min"].iloc[0]), int(q["max"].iloc[0]))
        try:
            obtenu = _essayer(bornes, "bornes", part, taille)
        except KeyError:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) s'arrête sur une erreur KeyError : la fonction "
                                    "cherche-t-elle sa réponse dans une table écrite d'avance ? Les parts et tailles "
                                    "essayées changent à chaque vérification : calculez places = round(part * taille, 9), "
                                    "puis arrondissez.") from None
        if obtenu is None:
            raise ReponseIncorrecte("bornes renvoie None : écrivez return (minimum, maximum).")
        if not isinstance(obtenu, tuple | list) or len(obtenu) != 2:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {_apercu(obtenu)} : on attend deux nombres entre "
                                    "parenthèses, (minimum, maximum).")
        obtenu = tuple(obtenu)
        if any(isinstance(b, float | np.floating) and not float(b).is_integer() for b in obtenu):
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie des nombres à virgule. Arrondissez "
                                    "avec math.floor (en dessous) et math.ceil (au-dessus).")
        if any(isinstance(b, float | np.floating) for b in obtenu):
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {tuple(float(b) for b in obtenu)} : des nombres "
                                    "à virgule (3.0), alors qu'un nombre de places est un entier. math.floor et "
                                    "math.ceil renvoient des entiers (np.floor, non) ; sinon, entourez de int(…).")
        if obtenu == (attendu[1], attendu[0]) and attendu[0] != attendu[1]:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} : le minimum et le maximum sont "
                                    "inversés.")
        if obtenu[0] == obtenu[1] == round(part * taille) and attendu[0] != attendu[1]:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} : round arrondit au plus proche. "
                                    "Le minimum s'arrondit en dessous (math.floor), le maximum au-dessus (math.ceil).")
        brut = (math.floor(part * taille), math.ceil(part * taille))
        if attendu[0] == attendu[1] and obtenu == brut != attendu:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} au lieu de {attendu} : pour Python, "
                                    f"{part} * {taille} vaut {part * taille!r}, pas tout à fait {attendu[0]} (les nombres "
                                    "à virgule sont stockés en binaire). Arrondissez d'abord : places = round(part * taille, 9).")
        if obtenu != attendu:
            raise ReponseIncorrecte(f"bornes({part}, {taille}) renvoie {obtenu} au lieu de {attendu} : le nombre "
                                    "attendu est part × taille, arrondi en dessous puis au-dessus. (Les parts et "
                                    "tailles essayées changent à chaque vérification : la fonction doit calculer, "
                                    "pas retrouver des réponses notées d'avance.)")
    return (f"Vos bornes sont celles que quotas_depuis_parts écrit, essayées sur {len(essais)} parts et tailles tirées "
            "au hasard à chaque vérification (dont un compte qui tombe juste et un que le binaire fausse).")


# --- 4.2 ------------------------------------------------------------------------------------

@consigner("gini")
def verifier_ex4_2(gini) -> str:
    verifier_fonction(gini, "gini", "chances")
    _refuser_l_outil_du_cours(gini, "gini", ("coefficient_gini",),
                              "la moyenne des écarts entre toutes les paires, divisée par deux fois la moyenne")
    try:
        egales = _essayer(gini, "gini", [0.1] * 8)
    except (TypeError, AttributeError) as erreur:
        raise ReponseIncorrecte(
            f"gini([0.1] * 8) s'arrête sur une erreur {type(erreur).__name__} ({str(erreur)[:80]}) : la vérification "
            "donne à votre fonction une liste Python, et une liste n'a ni x[:, None] ni x.mean(). Commencez la "
            "fonction par x = np.asarray(chances, dtype=float), puis calculez sur x (une liste comme une série "
            "pandas deviennent alors un tableau numpy).") from None
    if egales is None:
        raise ReponseIncorrecte("gini renvoie None : écrivez return devant le calcul.")
    verifier_type(egales, (int, float), "gini([0.1] * 8)")
    essais = ([0.1] * 8, [0, 0, 0, 1], [0.02, 0.05, 0.1, 0.1, 0.2, 0.3, 0.23])
    for chances in essais:
        obtenu, attendu = float(_essayer(gini, "gini", pd.Series(chances))), coefficient_gini(chances)
        if abs(obtenu - attendu) < 1e-9:
            continue
        x = np.asarray(chances, dtype=float)
        ecarts_moyens = float(np.abs(x[:, None] - x[None, :]).mean())
        if attendu and abs(obtenu - 2 * attendu) < 1e-9:
            raise ReponseIncorrecte(f"gini({chances}) vaut {format_nombre(obtenu, 3)}, le double de la bonne valeur : "
                                    "divisez par deux fois la moyenne, 2 * x.mean().")
        if attendu and abs(obtenu - ecarts_moyens / 2 * float(x.mean())) < 1e-9:
            raise ReponseIncorrecte("gini divise par 2 puis multiplie par la moyenne : Python calcule / et * de gauche "
                                    "à droite. Mettez le dénominateur entre parenthèses : ecarts.mean() / (2 * x.mean()).")
        if attendu and abs(obtenu - float(x.std() / x.mean())) < 1e-9:
            raise ReponseIncorrecte("gini calcule l'écart type divisé par la moyenne (coefficient de variation) : "
                                    "le Gini prend la moyenne des écarts |x_i − x_j| entre toutes les paires.")
        raise ReponseIncorrecte(f"gini({chances}) vaut {format_nombre(obtenu, 4)} au lieu de "
                                f"{format_nombre(attendu, 4)} : la moyenne des "
                                "écarts entre toutes les paires, divisée par deux fois la moyenne des chances.")
    return "Votre Gini est celui du tableau de la section 4 : 0 pour des chances égales."


# --- 4.1 ------------------------------------------------------------------------------------

@consigner("chance_moyenne")
def verifier_ex4_1(chance_moyenne, vivier, TAILLE_PANEL) -> str:  # noqa: N803 (nom du notebook)
    verifier_fonction(chance_moyenne, "chance_moyenne", "vivier, taille")
    autre = _autre_vivier()
    petit, grand = (_essayer(chance_moyenne, "chance_moyenne", autre.head(n).copy(), 8) for n in (40, 250))
    if petit is not None and grand is not None and petit == grand:
        raise ReponseIncorrecte(f"chance_moyenne donne {_apercu(petit)} pour un vivier de 40 comme pour un vivier de 250 : elle "
                                "ne dépend pas du vivier reçu. Utilisez les paramètres de la fonction, len(vivier) et "
                                "taille (pas le vivier du notebook, ni tous les volontaires, ni un nombre recopié).")
    for tableau, taille in ((autre.head(40), 8), (autre.head(250), 30), (vivier, TAILLE_PANEL)):
        attendu = taille / len(tableau)
        obtenu = _essayer(chance_moyenne, "chance_moyenne", tableau.copy(), taille)
        appel = f"chance_moyenne(vivier de {len(tableau)}, {taille})"
        verifier_type(obtenu, (int, float, np.integer, np.floating), appel,
                      indice="divisez le nombre de places par le nombre de volontaires.")
        obtenu = float(obtenu)
        if abs(obtenu - attendu) < 1e-9:
            continue
        if abs(obtenu - len(tableau) / taille) < 1e-9:
            raise ReponseIncorrecte(f"{appel} vaut {format_nombre(obtenu, 2)} : la division est à l'envers (volontaires "
                                    "par place). La chance, c'est le nombre de places divisé par le nombre de volontaires.")
        if abs(obtenu - 100 * attendu) < 1e-9:
            raise ReponseIncorrecte(f"{appel} vaut {format_nombre(obtenu, 2)}, cent fois trop : on attend une part entre "
                                    "0 et 1, pas un pourcentage. Ne multipliez pas par 100.")
        if taille != TAILLE_PANEL and abs(obtenu - TAILLE_PANEL / len(tableau)) < 1e-9:
            raise ReponseIncorrecte(f"{appel} vaut {_apercu(obtenu)} au lieu de {_apercu(attendu)} : c'est "
                                    f"{TAILLE_PANEL} places divisées par {len(tableau)}. La fonction lit TAILLE_PANEL, "
                                    "le réglage du notebook, au lieu de son paramètre taille : écrivez "
                                    "taille / len(vivier), avec les deux noms reçus par la fonction.")
        raise ReponseIncorrecte(f"{appel} vaut {_apercu(obtenu)} au lieu de {_apercu(attendu)} : "
                                "le nombre de places divisé par le nombre de lignes du vivier reçu.")
    return (f"Chacun·e a en moyenne {format_pourcentage(TAILLE_PANEL / len(vivier))} de chance dans le vivier du lab ; "
            "la question de la suite : qui est sous la moyenne ?")


# --- 5.1 ------------------------------------------------------------------------------------

def _attendus_meme_profil(vivier: pd.DataFrame, panel: list[str], parti: str) -> set[str]:
    ligne = vivier[vivier["identifiant"] == parti].iloc[0]
    garder = ~vivier["identifiant"].isin(panel) & (vivier[CRITERES] == ligne[CRITERES]).all(axis=1)
    return set(vivier.loc[garder, "identifiant"])


PARENTHESES = ("Des parenthèses manquent : Python calcule & avant ==, donc garder & vivier[critere] == "
               "personne[critere] compare (garder & vivier[critere]) à la valeur. Écrivez "
               "garder = garder & (vivier[critere] == personne[critere]).")
_ET_SANS_PARENTHESES = re.compile(r"&\s*[A-Za-z_]\w*\s*\[[^\]]*\]\s*==")


def _parentheses_oubliees(fonction) -> bool:
    """Le texte de la fonction contient-il « & tableau[…] == » (une comparaison sans parenthèses) ?"""
    source = _source(fonction)
    return source is not None and bool(_ET_SANS_PARENTHESES.search(source))


@consigner("candidats_meme_profil")
def verifier_ex5_1(candidats_meme_profil, vivier) -> str:
    verifier_fonction(candidats_meme_profil, "candidats_meme_profil", "vivier, panel, parti")
    autre = _autre_vivier()
    panel = list(autre["identifiant"].iloc[::30])
    for parti in panel[:4]:
        plantage = None
        with warnings.catch_warnings(record=True):  # les avertissements de pandas (en anglais) restent ici
            warnings.simplefilter("always")
            try:
                resultat = _essayer(candidats_meme_profil, "candidats_meme_profil", autre.copy(), panel, parti)
            except TypeError as erreur:  # & entre un booléen et une colonne de catégories
                plantage, resultat = erreur, None
            except (IndexError, KeyError) as erreur:
                raise ReponseIncorrecte(
                    f"Sur un autre vivier, candidats_meme_profil s'arrête sur une erreur ({type(erreur).__name__}) : "
                    "la personne parti n'y est pas trouvée. La fonction lit-elle le vivier du notebook au lieu du "
                    "tableau reçu en paramètre ? Gardez la ligne def candidats_meme_profil(vivier, panel, parti) et "
                    "n'utilisez que ces trois noms dedans.") from None
        faux = plantage is not None or (isinstance(resultat, pd.DataFrame) and "identifiant" in resultat.columns
                                        and set(resultat["identifiant"]) != _attendus_meme_profil(autre, panel, parti))
        if faux and _parentheses_oubliees(candidats_meme_profil):
            raise ReponseIncorrecte(PARENTHESES)
        if plantage is not None:
            raise plantage
        if resultat is None:
            raise ReponseIncorrecte("candidats_meme_profil renvoie None : écrivez return vivier[garder].")
        if isinstance(resultat, pd.Series) and resultat.name == "identifiant":
            raise ReponseIncorrecte("candidats_meme_profil renvoie la seule colonne identifiant : on attend le tableau "
                                    "des volontaires (toutes ses colonnes, pour contacter la ou le remplaçant·e et "
                                    "vérifier son profil) : return vivier[garder].")
        verifier_type(resultat, pd.DataFrame, "candidats_meme_profil(…)",
                      indice="renvoyez les lignes du vivier : vivier[garder].")
        if "identifiant" not in resultat.columns:
            raise ReponseIncorrecte("Le tableau renvoyé n'a plus de colonne identifiant : gardez toutes les colonnes.")
        perdues = [c for c in autre.columns if c not in resultat.columns]
        if perdues:
            gardees = ", ".join(map(str, resultat.columns[:4])) + ("…" if resultat.shape[1] > 4 else "")
            manque = ", ".join(perdues[:5]) + (" (et d'autres)" if len(perdues) > 5 else "")
            raise ReponseIncorrecte(
                f"Le tableau renvoyé n'a que {'la colonne' if resultat.shape[1] == 1 else 'les colonnes'} {gardees} : "
                f"il manque {manque}. On attend le tableau des volontaires lui-même (toutes ses "
                "colonnes : coordonnées pour les contacter, critères pour vérifier le profil) : return vivier[garder].")
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
    doublons = sorted({c for c in colonnes_necessaires if colonnes_necessaires.count(c) > 1}, key=str)
    if doublons:
        raise ReponseIncorrecte(f"{', '.join(map(str, doublons))} apparaît deux fois dans colonnes_necessaires : "
                                "chaque colonne une seule fois (le fichier transmis aurait deux colonnes du même nom).")
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
        raise ReponseIncorrecte(f"{'La colonne ' + de_trop[0] + ' ne sert' if len(de_trop) == 1 else 'Les colonnes ' + ', '.join(de_trop) + ' ne servent'} "
                                "pas aux quotas : ne transmettez que ce qui est nécessaire (minimisation des données).")
    return "Minimisation des données : l'identifiant et les critères, rien d'autre."


# --- Cas : une mauvaise réponse par message --------------------------------------------------

_PARTS = "def parts(tableau, colonne):\n    return {}\n\nparts_age_vivier = parts(volontaires, \"tranche_age\")"
_TIRAGE = "def tirage_simple(vivier, taille, graine):\n    return {}"
_RESPECTES = ("def moyenne_quotas_respectes(vivier, panels, quotas):\n    respectes = []\n    for panel in panels:\n"
              "        membres = vivier[vivier[\"identifiant\"].isin(panel)]\n"
              "        respectes.append(ecarts_aux_quotas(membres, quotas)[\"respecte\"].{})\n    return {}\n\n"
              "quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas)")
_BORNES = "def bornes(part, taille):\n    places = part * taille\n    return {}"
_GINI = "def gini(chances):\n    x = np.asarray(chances, dtype=float)\n    ecarts = np.abs(x[:, None] - x[None, :])\n    return {}"
_CHANCE = "def chance_moyenne(vivier, taille):\n    return {}"
_PROFIL = ("def candidats_meme_profil(vivier, panel, parti):\n    personne = vivier[vivier[\"identifiant\"] == parti].iloc[0]\n"
           "    garder = {}\n    for critere in {}:\n        garder = garder & (vivier[critere] == personne[critere])\n"
           "    return vivier[garder]")
_MOYENNE = "sum(respectes) / len(respectes)"

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
    Cas("ex1_1", _PARTS.format("tableau[colonne].value_counts(normalize=True)")
        + "\nparts_age_vivier = parts_age_vivier.round(6)", "recopiées depuis l'affichage",
        "parts recopiées de l'affichage (six décimales)"),
    Cas("ex1_1", _PARTS.format("tableau[colonne].value_counts(normalize=True)")
        + "\nparts_age_vivier = dict(parts_age_vivier)", "dictionnaire écrit à la main", "un dictionnaire recopié"),
    Cas("ex1_1", _PARTS.format("tableau[colonne].value_counts(normalize=True)") + "\nparts_age_vivier = None",
        "La variable parts_age_vivier vaut encore None", "la ligne parts_age_vivier = parts(…) effacée"),
    Cas("ex1_1", _PARTS.format("..."), "points de suspension du modèle", "les ... du modèle laissés"),
    Cas("ex2_1", "def tirage_simple(vivier, taille, graine):\n    raise NotImplementedError()", "pas encore écrite",
        "talon pas remplacé"),
    Cas("ex4_2", "def gini(chances):\n    raise NotImplementedError()", "pas encore écrite", "talon pas remplacé"),
    Cas("ex1_1", "parts_age_vivier = None\ndef parts(tableau, colonne):\n    raise NotImplementedError()\n\n"
        "parts_age_vivier = parts(volontaires, \"tranche_age\")", "pas encore écrite", "talon pas remplacé",
        plante=True),
    Cas("ex2_1", _TIRAGE.format("vivier[\"identifiant\"].sample(taille, random_state=graine)"),
        "autre vivier de la vérification", "une série au lieu d'une liste"),
    Cas("ex2_1", _TIRAGE.format("vivier.sample(taille, random_state=graine)"), "tableau entier",
        "le tableau au lieu des identifiants"),
    Cas("ex2_1", _TIRAGE.format("list(vivier.sample(taille, random_state=graine))"),
        "Prenez la colonne « identifiant »", "list(…) du tableau entier : les noms des colonnes"),
    Cas("ex2_1", _TIRAGE.format("list(...)"), "points de suspension du modèle", "les ... du modèle laissés"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].sample(taille, random_state=graine, "
                                "weights=np.where(vivier[\"genre\"] == \"femme\", 1.3, 1.0)))"),
        "les chances ne sont pas égales entre groupes", "les femmes 1,3 fois plus chanceuses"),
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
    Cas("ex2_1", _TIRAGE.format("list(vivier[vivier[\"genre\"] == \"femme\"][\"identifiant\"].sample(taille, "
                                "random_state=graine))"), "les chances ne sont pas égales", "uniquement des femmes"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].sample(taille, random_state=graine, "
                                "weights=1 + 5 * vivier[\"quartier_prioritaire\"].astype(float)))"),
        "les chances ne sont pas égales", "tirage pondéré"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].iloc[graine:graine + taille])"),
        "des lignes qui se suivent", "lignes consécutives"),
    Cas("ex2_1", _TIRAGE.format("list(vivier[\"identifiant\"].sample(taille, random_state=graine % 2))"),
        "panels différents", "deux panels possibles (graine % 2)"),
    Cas("ex2_2", _RESPECTES.format("sum()", "sum(respectes)"), "le total", "total au lieu de la moyenne", typique=True),
    Cas("ex2_2", _RESPECTES.format("mean()", _MOYENNE), "une part des quotas", "mean au lieu de sum"),
    Cas("ex2_2", _RESPECTES.format("all()", _MOYENNE), ".all()", "all au lieu de sum"),
    Cas("ex2_2", _RESPECTES.format("sum()", "max(respectes)"), "au lieu de", "le maximum au lieu de la moyenne"),
    Cas("ex2_2", _RESPECTES.format("sum()", "respectes[-1]"), "d'un seul panel", "le dernier panel seulement"),
    Cas("ex2_2", _RESPECTES.format("sum()", _MOYENNE).replace(
        "quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas)", "quotas_respectes = 5.2"),
        "pas un nombre recopié", "un nombre recopié"),
    Cas("ex2_2", _RESPECTES.format("sum()", _MOYENNE).replace("return " + _MOYENNE, "sum(respectes) / len(respectes)"),
        "renvoie None", "return oublié"),
    Cas("ex2_2", "moyenne_quotas_respectes = None\nquotas_respectes = None", "n'est plus une fonction",
        "réponse pas écrite"),
    Cas("ex2_2", "def moyenne_quotas_respectes(vivier, panels, quotas):\n"
        "    from civiclabs.tirage import quotas_respectes_par_panel\n"
        "    return quotas_respectes_par_panel(vivier, panels, quotas).mean()\n\n"
        "quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas)", "l'outil du cours",
        "l'outil du cours en une ligne"),
    Cas("ex2_2", "def moyenne_quotas_respectes(vivier, panels, quotas):\n    return 'beaucoup'\n\n"
        "quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas)", "moyenne_quotas_respectes(",
        "un texte au lieu d'un nombre"),
    Cas("ex2_2", _RESPECTES.format("sum()", _MOYENNE) + "\nquotas_respectes = None", "vaut encore None",
        "quotas_respectes effacé"),
    Cas("ex3_1", "bornes = (5, 6)", "n'est plus une fonction", "un couple au lieu d'une fonction"),
    Cas("ex3_1", _BORNES.format("(round(places), round(places))"), "round arrondit au plus proche", "round"),
    Cas("ex3_1", _BORNES.format("(math.ceil(places), math.floor(places))"), "inversés", "bornes inversées"),
    Cas("ex3_1", _BORNES.format("(places - 0.5, places + 0.5)"), "nombres à virgule", "pas d'arrondi"),
    Cas("ex3_1", _BORNES.format("(float(math.floor(places)), float(math.ceil(places)))"), "un nombre de places est un entier",
        "des entiers écrits en nombres à virgule (3.0)"),
    Cas("ex3_1", _BORNES.format("places"), "deux nombres entre parenthèses", "un seul nombre"),
    Cas("ex3_1", _BORNES.format("(math.floor(places), math.floor(places) + 1)"), "au lieu de",
        "maximum = minimum + 1 même quand le compte tombe juste"),
    Cas("ex3_1", _BORNES.format("(math.floor(places), math.ceil(places))"), "round(part * taille, 9)",
        "0.1 × 30 = 3.0000000000000004 : arrondi au-dessus à 4", typique=True),
    Cas("ex3_1", "def bornes(part, taille):\n    (math.floor(part * taille), math.ceil(part * taille))", "renvoie None",
        "return oublié"),
    Cas("ex3_1", "REPONSES = {(0.525, 10): (5, 6), (0.1147, 10): (1, 2), (0.5, 10): (5, 5), (0.07, 100): (7, 7),\n"
        "            (0.3333, 30): (9, 10), (0.07, 150): (10, 11)}\n\n"
        "def bornes(part, taille):\n    print(part, taille)\n    return REPONSES[(part, taille)]",
        "table écrite d'avance", "les essais affichés par print, puis une table de réponses"),
    Cas("ex4_2", _GINI.format("float(ecarts.mean() / x.mean())"), "le double", "oubli du 2", typique=True),
    Cas("ex4_2", _GINI.format("float(ecarts.mean() / 2 * x.mean())"), "entre parenthèses", "parenthèses oubliées"),
    Cas("ex4_2", _GINI.format("float(x.std() / x.mean())"), "coefficient de variation", "écart type / moyenne"),
    Cas("ex4_2", _GINI.format("float(ecarts.max() / (2 * x.mean()))"), "toutes les paires", "le plus grand écart"),
    Cas("ex4_2", "def gini(chances):\n    x = np.asarray(chances, dtype=float)\n    x.std()", "renvoie None",
        "return oublié"),
    Cas("ex4_2", _GINI.format("[float(ecarts.mean() / (2 * x.mean()))]"), "gini([0.1] * 8)",
        "une liste au lieu d'un nombre"),
    Cas("ex4_2", "gini = 0.2", "n'est plus une fonction", "un nombre recopié"),
    Cas("ex4_2", "def gini(chances):\n    x = np.asarray(chances, dtype=float)\n"
        "    ecarts = np.abs(x[:, None] - x[None, :])\n    return ...", "points de suspension du modèle",
        "les ... du modèle laissés"),
    Cas("ex4_2", "def gini(chances):\n    from civiclabs.tirage import coefficient_gini\n"
        "    return coefficient_gini(chances)", "l'outil du cours", "l'outil du cours enveloppé"),
    Cas("ex4_2", "from civiclabs import coefficient_gini\n\nmesure_du_cours = coefficient_gini\n\n\n"
        "def gini(chances):\n    return mesure_du_cours(chances)", "l'outil du cours",
        "l'outil du cours sous un autre nom"),
    Cas("ex4_2", "def gini(chances):\n    ecarts = np.abs(chances[:, None] - chances[None, :])\n"
        "    return float(ecarts.mean() / (2 * chances.mean()))", "np.asarray", "une liste sans np.asarray"),
    Cas("ex4_1", _CHANCE.format("0.1"), "ne dépend pas du vivier reçu", "le nombre du lab recopié", typique=True),
    Cas("ex4_1", _CHANCE.format("taille / len(volontaires)"), "ne dépend pas du vivier reçu", "le mauvais vivier"),
    Cas("ex4_1", "chance_moyenne = 0.1", "n'est plus une fonction", "un nombre au lieu d'une fonction"),
    Cas("ex4_1", _CHANCE.format("100 * taille / len(vivier)"), "cent fois trop", "pourcentage"),
    Cas("ex4_1", _CHANCE.format("len(vivier) / taille"), "à l'envers", "division inversée"),
    Cas("ex4_1", _CHANCE.format("taille / (len(vivier) + 1)"), "au lieu de", "une autre formule"),
    Cas("ex4_1", _CHANCE.format("None"), "vaut encore None", "return None"),
    Cas("ex4_1", _CHANCE.format("TAILLE_PANEL / len(vivier)"), "au lieu de son paramètre taille",
        "le réglage TAILLE_PANEL au lieu du paramètre"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "[\"genre\", \"tranche_age\"]"),
        "d'un autre profil", "deux critères seulement", typique=True),
    Cas("ex5_1", _PROFIL.format("vivier[\"identifiant\"] == vivier[\"identifiant\"]", "CRITERES"),
        "déjà dans le panel", "panel pas écarté"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "CRITERES + [\"logement\"]"),
        "une colonne de trop", "un critère de trop"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "CRITERES").replace(
        "garder & (vivier[critere] == personne[critere])", "garder & vivier[critere] == personne[critere]"),
        "Des parenthèses manquent", "parenthèses oubliées autour de =="),
    Cas("ex5_1", _PROFIL.format("~tableau[\"identifiant\"].isin(panel)", "CRITERES").replace(
        "(vivier, panel, parti)", "(tableau, panel, parti)").replace("return vivier[garder]", "return tableau[garder]"),
        "le vivier du notebook", "le vivier global au lieu du paramètre"),
    Cas("ex5_1", "def candidats_meme_profil(vivier, panel, parti):\n    return vivier[\"identifiant\"]",
        "la seule colonne identifiant", "une colonne au lieu du tableau"),
    Cas("ex5_1", "def candidats_meme_profil(vivier, panel, parti):\n    return len(vivier)",
        "tableau pandas", "un nombre au lieu du tableau"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "CRITERES").replace(
        "return vivier[garder]", "return vivier[garder][[\"identifiant\"]]"), "il manque",
        "la colonne identifiant seule, en tableau"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "CRITERES").replace(
        "garder & (vivier[critere] == personne[critere])", "garder and (vivier[critere] == personne[critere])"),
        "The truth value of a Series is ambiguous", "and au lieu de &"),
    Cas("ex5_1", _PROFIL.format("~vivier[\"identifiant\"].isin(panel)", "CRITERES").replace(
        "garder & (vivier[critere] == personne[critere])", "garder & (...)"),
        "points de suspension du modèle", "les ... du modèle laissés"),
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
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", *CRITERES, \"quartier\"]", "La colonne quartier ne sert pas",
        "une colonne de trop"),
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", \"identifiant\"] + CRITERES", "apparaît deux fois",
        "une colonne en double"),
    Cas("ex7_1", "colonnes_necessaires = [\"identifiant\", \"age\", \"sexe\"]", "ne sont pas des colonnes",
        "noms inventés"),
    Cas("ex7_1", "colonnes_necessaires = \"identifiant, genre\"", "liste", "un texte au lieu d'une liste"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "Vous n'avez pas été tiré·e au sort, c'est le hasard. Merci.",
    "reflexion_2": "Les quotas c'est mieux parce que c'est plus représentatif.",
    "reflexion_3": "La mairie choisit les critères.",
}
