"""Vérifications des exercices du Lab 00 — Prise en main."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..donnees import charger_demandes, charger_echantillon
from ..texte import accorder, compter_mots, format_nombre, format_pourcentage
from ..verification import (
    ReponseIncorrecte,
    verifier_colonnes,
    verifier_egal,
    verifier_fonction,
    verifier_nombre_lignes,
    verifier_type,
)
from .cas import Cas
from .contre_epreuve import consigner
from .fonctions_isolees import ExecutantIndisponible

CANAUX = {"formulaire web", "application mobile", "courrier", "appel téléphonique"}


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin."""
    contributions = charger_echantillon()
    contributions["nb_mots"] = contributions["texte"].map(compter_mots)
    return {"contributions": contributions, "demandes": charger_demandes(), "pd": pd}


@consigner("agents_necessaires")
def verifier_ex0_1(agents_necessaires) -> str:
    if isinstance(agents_necessaires, str):
        raise ReponseIncorrecte(
            f"agents_necessaires est un texte, « {agents_necessaires} », parce qu'il est entre "
            "guillemets : Python ne calcule pas dans un texte. Retirez les guillemets et écrivez "
            "le calcul lui-même, avec //."
        )
    verifier_type(
        agents_necessaires, int, "agents_necessaires",
        indice="avec / on obtient un nombre décimal (3.0) ; utilisez // pour un nombre entier.",
    )
    verifier_egal(
        agents_necessaires, 3, "agents_necessaires",
        indice="45 demandes, 15 par personne : combien de personnes ?",
    )
    return "Trois agent·es suffisent, si personne n'est absent·e…"


@consigner("par_canal")
def verifier_ex0_2(par_canal, contributions) -> str:
    if isinstance(par_canal, dict):
        indice = ("on attend la colonne de comptes que calcule contributions[\"canal\"].value_counts(), "
                  "telle quelle : ni dictionnaire écrit à la main, ni dict(…) autour.")
    elif isinstance(par_canal, (int, np.integer)) and not isinstance(par_canal, bool):
        indice = "value_counts() renvoie une colonne de comptes ; n'ajoutez pas len() autour."
    else:
        indice = ("value_counts() renvoie une colonne de comptes : gardez-la telle quelle, "
                  "contributions[\"canal\"].value_counts(), sans la transformer.")
    verifier_type(par_canal, pd.Series, "par_canal", indice=indice)
    if len(par_canal) == len(contributions) and set(par_canal.values) <= CANAUX:
        raise ReponseIncorrecte(
            "par_canal est la colonne canal elle-même (une valeur par contribution), pas ses comptes : "
            "ajoutez .value_counts() à la fin, contributions[\"canal\"].value_counts()."
        )
    if set(par_canal.index) < CANAUX:
        raise ReponseIncorrecte(
            f"par_canal ne compte que {len(par_canal)} canaux sur 4 : il manque "
            f"{sorted(CANAUX - set(par_canal.index))}. Avez-vous gardé seulement les premiers (.head) ?"
        )
    if set(par_canal.index) != CANAUX:
        raise ReponseIncorrecte(
            f"par_canal compte les valeurs {list(par_canal.index)[:5]}… : ce ne sont pas les canaux. "
            "Avez-vous choisi la bonne colonne, contributions[\"canal\"] ?"
        )
    if abs(float(par_canal.sum()) - 1) < 1e-9:
        raise ReponseIncorrecte(
            "par_canal contient des parts (leur total vaut 1), pas des nombres de contributions : "
            "retirez normalize=True, on attend les comptes."
        )
    if par_canal.sum() != len(contributions):
        raise ReponseIncorrecte(
            f"Les comptes de par_canal totalisent {par_canal.sum()} au lieu de {len(contributions)} : "
            "avez-vous compté sur un tableau filtré ?"
        )
    if list(par_canal.values) != sorted(par_canal.values, reverse=True):
        raise ReponseIncorrecte(
            "Les canaux de par_canal ne vont pas du plus fréquent au moins fréquent : "
            "value_counts() les range ainsi, ne triez pas autrement."
        )
    if par_canal.index.name != "canal":
        raise ReponseIncorrecte(
            "par_canal a les bons nombres, mais ils n'ont pas été calculés à partir de la colonne "
            "canal : ont-ils été recopiés à la main ? Un nombre recopié est faux dès que les données "
            "changent (une contribution de plus demain). Écrivez le calcul : "
            "contributions[\"canal\"].value_counts()."
        )
    return f"Le canal le plus utilisé est « {par_canal.index[0]} »."


def _lignes_du_tableau(reponse, contributions, nom: str) -> None:
    """Chaque ligne de ``reponse`` est une ligne de ``contributions``, une seule fois, inchangée
    (même identifiant, mêmes valeurs dans chaque colonne commune, texte compris)."""
    connues = contributions.set_index("identifiant")
    identifiants = list(reponse["identifiant"])
    etrangers = [i for i in identifiants if i not in connues.index]
    doubles = sorted({i for i in identifiants if identifiants.count(i) > 1})
    if etrangers or doubles:
        raise ReponseIncorrecte(
            f"{nom} contient des lignes qui ne sont pas celles de contributions "
            f"(identifiants {'inconnus' if etrangers else 'en double'} : {', '.join(map(str, (etrangers or doubles)[:3]))}) : "
            "gardez les lignes du tableau par un filtre ou un tri, sans les écrire ni les copier à la main."
        )
    for colonne in reponse.columns:
        if colonne == "identifiant" or colonne not in connues.columns:
            continue
        obtenu = reponse[colonne].astype(object).reset_index(drop=True)
        attendu = connues.loc[identifiants, colonne].astype(object).reset_index(drop=True)
        differentes = ~((obtenu == attendu) | (obtenu.isna() & attendu.isna()))
        if differentes.any():
            premier = identifiants[int(differentes.to_numpy().nonzero()[0][0])]
            raise ReponseIncorrecte(
                f"Dans {nom}, la colonne {colonne} de {premier} n'est plus celle du tableau "
                "contributions : gardez les lignes telles qu'elles sont, sans changer leurs valeurs "
                "(ni .assign, ni texte remplacé)."
            )


@consigner("courriers")
def verifier_ex0_3(courriers, contributions) -> str:
    verifier_colonnes(
        courriers, ["identifiant", "canal", "texte"], "courriers",
        indice="gardez des lignes entières : contributions[condition], pas seulement la condition.",
    )
    if len(courriers) == 0:
        raise ReponseIncorrecte(
            "courriers est vide. La valeur s'écrit exactement \"courrier\", en minuscules : "
            "majuscules et orthographe comptent."
        )
    if set(courriers["canal"]) != {"courrier"}:
        raise ReponseIncorrecte(
            f"courriers contient aussi les canaux {sorted(set(courriers['canal']) - {'courrier'})} : "
            "la condition doit porter sur la colonne canal."
        )
    _lignes_du_tableau(courriers, contributions, "courriers")
    attendus = contributions.loc[contributions["canal"] == "courrier", "identifiant"]
    manquants = sorted(set(attendus) - set(courriers["identifiant"]))
    if manquants:
        raise ReponseIncorrecte(
            f"courriers a {accorder(len(courriers), 'ligne')}, mais {len(attendus)} contributions sont "
            f"arrivées par courrier : il en manque {len(manquants)} (par exemple {manquants[0]}). "
            "Filtrez tout le tableau contributions sur le canal, sans .head(), .iloc ni identifiants "
            "choisis à la main : contributions[contributions[\"canal\"] == \"courrier\"]."
        )
    return (f"{accorder(len(courriers), 'courrier')}, soit "
            f"{format_pourcentage(len(courriers) / len(contributions))} des contributions.")


@consigner("val_ambre_tranquillite")
def verifier_ex0_4(val_ambre_tranquillite, contributions) -> str:
    verifier_colonnes(
        val_ambre_tranquillite, ["identifiant", "quartier", "service", "texte"], "val_ambre_tranquillite",
        indice="gardez des lignes entières du tableau contributions, toutes leurs colonnes.",
    )
    if len(val_ambre_tranquillite) == 0:
        raise ReponseIncorrecte(
            "Le tableau est vide : vérifiez l'orthographe exacte de \"Val-d'Ambre\" et de "
            "\"Tranquillité publique\" (accents, majuscules, tiret)."
        )
    autres_quartiers = sorted(set(val_ambre_tranquillite["quartier"]) - {"Val-d'Ambre"})
    autres_services = sorted(set(val_ambre_tranquillite["service"]) - {"Tranquillité publique"})
    if autres_quartiers or autres_services:
        raise ReponseIncorrecte(
            "Le tableau contient encore d'autres "
            + ("quartiers " + str(autres_quartiers) if autres_quartiers else "")
            + (" et " if autres_quartiers and autres_services else "")
            + ("services " + str(autres_services) if autres_services else "")
            + " : il faut les deux conditions à la fois, reliées par &."
        )
    _lignes_du_tableau(val_ambre_tranquillite, contributions, "val_ambre_tranquillite")
    attendues = contributions[
        (contributions["quartier"] == "Val-d'Ambre") & (contributions["service"] == "Tranquillité publique")
    ]
    if len(val_ambre_tranquillite) < len(attendues):
        raise ReponseIncorrecte(
            f"Le tableau a {len(val_ambre_tranquillite)} ligne(s), mais {len(attendues)} contributions "
            "remplissent les deux conditions : il en manque. Filtrez tout le tableau contributions sur "
            "le quartier et le service, sans choisir les lignes à la main."
        )
    return f"{accorder(len(val_ambre_tranquillite), 'contribution')} à lire pour l'élue."


def _colonne_du_tri(selection, contributions) -> str | None:
    """La colonne de contributions selon laquelle ``selection`` a été triée (les mêmes lignes, dans
    le même ordre, que le début du tableau trié selon elle, dans un sens ou dans l'autre), ou None."""
    identifiants = list(selection["identifiant"])
    for colonne in contributions.columns:
        if colonne in ("nb_mots", "identifiant"):
            continue
        for croissant in (False, True):
            tri = contributions.sort_values(colonne, ascending=croissant)
            if list(tri["identifiant"].head(len(identifiants))) == identifiants:
                return colonne
    return None


@consigner("plus_longues")
def verifier_ex0_5(plus_longues, contributions) -> str:
    verifier_colonnes(
        plus_longues, ["identifiant", "nb_mots", "texte"], "plus_longues",
        indice="triez le tableau contributions (qui a la colonne nb_mots), pas une seule colonne.",
    )
    verifier_nombre_lignes(plus_longues, 5, "plus_longues", indice="gardez 5 lignes avec .head(5).")
    longueurs = list(plus_longues["nb_mots"])
    if longueurs != sorted(longueurs, reverse=True) and longueurs == sorted(longueurs):
        raise ReponseIncorrecte(
            f"Les longueurs vont dans l'ordre {longueurs} : il faut aller de la plus longue à la plus "
            "courte. Avez-vous mis ascending=False ?"
        )
    if longueurs != sorted(longueurs, reverse=True):
        colonne = _colonne_du_tri(plus_longues, contributions)
        raise ReponseIncorrecte(
            f"Les longueurs vont dans l'ordre {longueurs} : ni de la plus longue à la plus courte, ni "
            "l'inverse. Le tableau n'a pas été trié selon le nombre de mots"
            + (f", mais selon la colonne {colonne}" if colonne else "")
            + ". Triez selon la colonne \"nb_mots\" : "
            "contributions.sort_values(\"nb_mots\", ascending=False).head(5)."
        )
    if longueurs[0] != contributions["nb_mots"].max():
        raise ReponseIncorrecte(
            f"La plus longue de votre sélection fait {longueurs[0]} mots, mais il existe une "
            f"contribution de {contributions['nb_mots'].max()} mots : triez-vous bien tout le tableau ?"
        )
    attendues = sorted(contributions["nb_mots"], reverse=True)[:5]
    if longueurs != attendues:
        raise ReponseIncorrecte(
            f"Vos 5 contributions font {longueurs} mots, mais les 5 plus longues en font {attendues} : "
            "il en manque. Triez tout le tableau contributions (pas une partie, pas des lignes choisies), "
            "puis gardez les 5 premières."
        )
    _lignes_du_tableau(plus_longues, contributions, "plus_longues")
    return f"La plus longue fait {longueurs[0]} mots. Par quel canal est-elle arrivée ?"


def _verifier_la_part(part, tableau, canal: str, nom: str) -> None:
    """Les erreurs fréquentes d'une part de courriers, sur un tableau donné."""
    verifier_type(
        part, float, nom,
        indice="divisez deux nombres de lignes avec / : le résultat est un nombre décimal.",
    )
    if part == 0:
        raise ReponseIncorrecte(
            f"{nom} vaut 0 : aucune ligne trouvée. Le filtre doit comparer la colonne "
            "tableau[\"canal\"] (avec guillemets : le nom de la colonne) à canal (sans guillemets : "
            "la valeur reçue par la fonction). Vérifiez aussi que vous divisez avec /, pas //."
        )
    if part == 1:
        raise ReponseIncorrecte(
            f"{nom} vaut 1 : toutes les lignes ont été comptées. Le tableau a-t-il bien été filtré ? "
            "len(tableau[\"canal\"] == canal) compte toutes les lignes (vraies ou fausses) ; "
            "écrivez len(tableau[tableau[\"canal\"] == canal])."
        )
    attendu = int((tableau["canal"] == canal).sum())
    if attendu and abs(part - len(tableau) / attendu) < 1e-9:
        raise ReponseIncorrecte(
            f"{nom} vaut {format_nombre(part, 2)} : vous avez divisé dans le mauvais sens (toutes "
            "les lignes divisées par celles du canal). Une part, c'est le morceau divisé par le "
            "tout : len(lignes du canal) / len(tableau)."
        )
    if 1 <= part <= 100:
        raise ReponseIncorrecte(
            f"{nom} vaut {format_nombre(part, 2)} : c'est un pourcentage. On attend une part entre "
            "0 et 1 : ne multipliez pas par 100."
        )
    if not 0 < part < 1:
        raise ReponseIncorrecte(
            f"{nom} vaut {format_nombre(part, 2)} : une part est comprise entre 0 et 1. "
            "Avez-vous oublié de diviser par le nombre total de lignes, len(tableau) ?"
        )
    exacte = attendu / len(tableau)
    for decimales in range(1, 7):
        if part != exacte and abs(part - round(exacte, decimales)) < 1e-12:
            raise ReponseIncorrecte(
                f"{nom} vaut {format_nombre(part, decimales)} : c'est la bonne part, mais arrondie à "
                f"{accorder(decimales, 'décimale')}. Avez-vous arrondi (avec round(…)) ou recopié un nombre "
                "affiché ? Gardez la valeur exacte calculée par Python : l'affichage s'occupera de l'arrondi."
            )
    if round(part * len(tableau)) != attendu:
        raise ReponseIncorrecte(
            f"{nom} correspond à environ {round(part * len(tableau))} lignes sur {len(tableau)}, "
            f"mais {attendu} sont arrivées par « {canal} ». Le numérateur doit compter les lignes "
            "du tableau reçu par la fonction (pas celles de demandes ni de contributions), le "
            "dénominateur toutes ses lignes."
        )


@consigner("part_du_canal", "part_courrier")
def verifier_ex0_6(part_du_canal, part_courrier, demandes) -> str:
    verifier_fonction(part_du_canal, "part_du_canal", "tableau, canal")
    if part_courrier is None:
        try:
            essai = part_du_canal(demandes.copy(), "courrier")
        except Exception:  # exercice pas encore fait (talon) ou fonction en erreur : message général
            essai = ...
        if essai is None:
            raise ReponseIncorrecte(
                "Votre fonction part_du_canal ne renvoie rien (None) : écrivez return devant le calcul, "
                "sur une ligne en retrait de quatre espaces sous « def part_du_canal(tableau, canal): »."
            )
    if abs(part_courrier - 12 / 79) < 1e-9 if isinstance(part_courrier, float) else False:
        raise ReponseIncorrecte(
            "C'est la part de l'échantillon (12 sur 79) : calculez-la sur le tableau demandes."
        )
    # La fonction doit calculer, pas recopier un nombre : on l'essaie sur d'autres tableaux.
    # Un troisième tableau, d'une autre taille et mélangé : une fonction qui reconnaîtrait les
    # deux premiers (par leur nombre de lignes, par exemple) au lieu de calculer n'y passe pas.
    echantillon = charger_echantillon()
    tiers = demandes.sample(n=len(demandes) // 3, random_state=0)
    essais = (
        (echantillon, "courrier", "part_du_canal(contributions, \"courrier\")"),
        (demandes, "application mobile", "part_du_canal(demandes, \"application mobile\")"),
        (tiers, "appel téléphonique",
         f"part_du_canal(un tiers des demandes tiré au hasard ({format_nombre(len(tiers))} lignes), "
         "\"appel téléphonique\")"),
    )
    # Une fonction qui renvoie toujours le même nombre (recopié, ou calculé une fois pour toutes sur
    # demandes) : dit d'abord, sinon un nombre recopié passerait pour un arrondi de la bonne part.
    # Seulement pour une part plausible : 0, 1, un entier ou un pourcentage ont leur propre message.
    if isinstance(part_courrier, float) and 0 < part_courrier < 1:
        for tableau, canal, nom in essais:
            try:
                part = part_du_canal(tableau.copy(), canal)
            except ExecutantIndisponible:
                raise
            except Exception:  # l'erreur est dite plus bas, tableau par tableau
                continue
            if isinstance(part, float) and abs(part - part_courrier) < 1e-12:
                raise ReponseIncorrecte(
                    f"{nom} donne {format_nombre(part, 4)}, exactement comme pour les courriers de "
                    "demandes : votre fonction renvoie toujours le même nombre. Elle doit calculer à "
                    "partir de ce qu'elle reçoit : filtrez tableau (pas demandes) sur canal (pas "
                    "\"courrier\"), puis divisez par len(tableau)."
                )
    _verifier_la_part(part_courrier, demandes, "courrier", "part_courrier")
    for tableau, canal, nom in essais:
        try:
            part = part_du_canal(tableau.copy(), canal)
        except ExecutantIndisponible:
            raise
        except Exception as erreur:
            raise ReponseIncorrecte(
                f"{nom} s'arrête sur une erreur ({type(erreur).__name__}: {erreur}) : votre fonction ne "
                "marche que sur certains tableaux. Elle doit calculer à partir de ce qu'elle reçoit, pour "
                "n'importe quel tableau et n'importe quel canal, sans valeurs notées d'avance."
            ) from None
        _verifier_la_part(part, tableau, canal, nom)
    return (
        f"{format_pourcentage(part_courrier, 1)} des demandes arrivent par courrier, contre 15 % dans "
        "l'échantillon : un petit échantillon ne dit pas toujours les vraies proportions."
    )


_FONCTION = "def part_du_canal(tableau, canal):\n    return {}\n\npart_courrier = part_du_canal(demandes, \"courrier\")"

CAS = (
    Cas("ex0_1", "agents_necessaires = 45 / 15", "nombre décimal", "/ au lieu de //", typique=True),
    Cas("ex0_1", "agents_necessaires = 15 // 45", "ce n'est pas la valeur attendue", "division à l'envers"),
    Cas("ex0_1", "agents_necessaires = None", "vaut encore None", "réponse pas écrite"),
    Cas("ex0_1", 'agents_necessaires = "3"', "Retirez les guillemets", "le nombre écrit entre guillemets"),
    Cas("ex0_2", 'par_canal = len(contributions["canal"].value_counts())', "nombre entier",
        "len() autour de value_counts()"),
    Cas("ex0_2", 'par_canal = {"formulaire web": 33, "application mobile": 21, "appel téléphonique": 13, '
        '"courrier": 12}', "ni dictionnaire écrit à la main, ni dict(…) autour",
        "un dictionnaire écrit à la main (essai de Josiane : la piste parlait de len())"),
    Cas("ex0_2", 'par_canal = contributions["canal"].value_counts().tolist()',
        "gardez-la telle quelle", "une liste au lieu de la colonne"),
    Cas("ex0_2", 'par_canal = contributions["quartier"].value_counts()', "ce ne sont pas les canaux",
        "mauvaise colonne"),
    Cas("ex0_2", 'par_canal = contributions["canal"]', "pas ses comptes",
        "la colonne au lieu des comptes", typique=True),
    Cas("ex0_2", 'par_canal = contributions[contributions["quartier"] == "Les Tilleuls"]["canal"].value_counts()',
        "totalisent", "compté sur un tableau filtré"),
    Cas("ex0_2", 'par_canal = contributions["canal"].value_counts().sort_index()',
        "du plus fréquent au moins fréquent", "canaux triés par nom"),
    Cas("ex0_2", 'par_canal = pd.Series({"formulaire web": 33, "application mobile": 21, '
        '"appel téléphonique": 13, "courrier": 12})', "recopiés à la main", "des nombres recopiés"),
    Cas("ex0_2", 'par_canal = contributions["canal"].value_counts().head(3)', "il manque",
        "seulement les premiers canaux"),
    Cas("ex0_2", 'par_canal = contributions["canal"].value_counts(normalize=True)', "des parts",
        "parts au lieu de comptes"),
    Cas("ex0_3", 'courriers = contributions["canal"] == "courrier"', "tableau pandas",
        "la condition au lieu du tableau filtré"),
    Cas("ex0_3", 'courriers = contributions[contributions["canal"] == "Courrier"]', "courriers est vide",
        "majuscule"),
    Cas("ex0_3", 'courriers = contributions[contributions["canal"] != "courrier"]',
        "contient aussi les canaux", "condition inversée"),
    Cas("ex0_3", 'courriers = contributions[["canal"]]', "Il manque à « courriers »", "une colonne seule"),
    Cas("ex0_3", 'courriers = contributions[contributions["canal"] == "courrier"].head(3)',
        "il en manque 9", "seulement les premiers courriers (.head)"),
    Cas("ex0_3", 'courriers = contributions[contributions["canal"] == "courrier"].iloc[:1]',
        "courriers a 1 ligne,", "un seul courrier (.iloc)"),
    Cas("ex0_3", 'courriers = contributions[contributions["identifiant"].isin(["E-003"])]',
        "il en manque", "un courrier choisi à la main par son identifiant"),
    Cas("ex0_3", 'courriers = pd.concat([contributions[contributions["canal"] == "courrier"]] * 2)',
        "identifiants en double", "les courriers comptés deux fois"),
    Cas("ex0_3", 'courriers = contributions[contributions["canal"] == "courrier"].assign(identifiant="E-999")',
        "identifiants inconnus", "des lignes qui ne sont pas celles du tableau"),
    Cas("ex0_4", "val_ambre_tranquillite = contributions[contributions[\"quartier\"] == \"Val-d'Ambre\"]",
        "d'autres services", "une seule condition", typique=True),
    Cas("ex0_4", "val_ambre_tranquillite = contributions[contributions[\"service\"] == \"Tranquillité publique\"]",
        "d'autres quartiers", "l'autre condition seule"),
    Cas("ex0_4", "val_ambre_tranquillite = contributions[(contributions[\"quartier\"] == \"Val d'Ambre\")"
        " & (contributions[\"service\"] == \"Tranquillité publique\")]", "Le tableau est vide", "tiret oublié"),
    Cas("ex0_4", 'val_ambre_tranquillite = contributions[contributions["identifiant"] == "E-056"]',
        "il en manque", "une seule ligne choisie à la main"),
    Cas("ex0_5", 'plus_longues = contributions.head(40).sort_values("nb_mots", ascending=False).head(5)',
        "il en manque", "tri d'une partie du tableau qui contient la plus longue"),
    Cas("ex0_5", 'plus_longues = contributions.sort_values("nb_mots").head(5)', "ascending=False",
        "ordre croissant", typique=True),
    Cas("ex0_5", 'plus_longues = contributions.sort_values("texte", ascending=False).head(5)',
        "ni de la plus longue à la plus courte, ni l'inverse. Le tableau n'a pas été trié selon le nombre de "
        "mots, mais selon la colonne texte",
        "tri sur la colonne texte (essai de Josiane : le message demandait ascending=False, déjà là)"),
    Cas("ex0_5", 'plus_longues = contributions.sort_values("nb_mots", ascending=False).head(3)',
        "« plus_longues » a 3 lignes", "3 lignes au lieu de 5"),
    Cas("ex0_5", 'plus_longues = contributions.sort_values("nb_mots", ascending=False)["nb_mots"].head(5)',
        "tableau pandas", "une seule colonne triée"),
    Cas("ex0_5", 'plus_longues = contributions[contributions["canal"] == "formulaire web"].sort_values("nb_mots", ascending=False).head(5)',
        "triez-vous bien tout le tableau", "tri d'une partie du tableau"),
    Cas("ex0_5", 'plus_longues = contributions.sort_values("nb_mots", ascending=False).head(5).assign(texte="x")',
        "la colonne texte de", "les bonnes lignes, textes remplacés"),
    Cas("ex0_5", 'plus_longues = contributions.sort_values("nb_mots", ascending=False)[["identifiant", "nb_mots"]].head(5)',
        "Il manque à « plus_longues » la ou les colonnes : texte", "identifiants et longueurs sans les textes"),
    Cas("ex0_6", "part_du_canal = None\npart_courrier = 0.09", "n'est plus une fonction",
        "la fonction remplacée par un nombre"),
    Cas("ex0_6", _FONCTION.format("len(tableau[tableau[\"canal\"] == canal]) // len(tableau)"),
        "nombre décimal", "// au lieu de /"),
    Cas("ex0_6", _FONCTION.format("100 * len(tableau[tableau[\"canal\"] == canal]) / len(tableau)"),
        "c'est un pourcentage", "pourcentage au lieu d'une part"),
    Cas("ex0_6", _FONCTION.format("len(tableau) / len(tableau[tableau[\"canal\"] == canal])"),
        "divisé dans le mauvais sens", "division à l'envers"),
    Cas("ex0_6", "def part_du_canal(tableau, canal):\n    len(tableau[tableau[\"canal\"] == canal]) / len(tableau)\n\n"
        "part_courrier = part_du_canal(demandes, \"courrier\")", "ne renvoie rien", "return oublié"),
    Cas("ex0_6", _FONCTION.format("len(tableau[\"canal\"] == canal) / len(tableau)"), "toutes les lignes ont été comptées",
        "la condition comptée au lieu du tableau filtré"),
    Cas("ex0_6", _FONCTION.format("len(tableau[tableau[\"canal\"] == \"canal\"]) / len(tableau)"), "sans guillemets",
        "guillemets autour du paramètre"),
    Cas("ex0_6", _FONCTION.format("float(len(tableau[tableau[\"canal\"] == canal]))"),
        "oublié de diviser", "le nombre de lignes au lieu de la part"),
    Cas("ex0_6", _FONCTION.format("len(tableau[tableau[\"canal\"] == \"Courrier\"]) / len(tableau)"),
        "aucune ligne trouvée", "majuscule dans la valeur filtrée"),
    Cas("ex0_6", _FONCTION.format("len(tableau[tableau[\"canal\"] == canal]) / len(demandes)"),
        "Le numérateur doit compter", "dénominateur pris ailleurs que dans le tableau reçu"),
    Cas("ex0_6", _FONCTION.format("len(contributions[contributions[\"canal\"] == canal]) / len(contributions)"),
        "part de l'échantillon", "calculé sur l'échantillon"),
    Cas("ex0_6", _FONCTION.format("len(demandes[demandes[\"canal\"] == \"courrier\"]) / len(demandes)"),
        "renvoie toujours le même nombre", "la fonction ignore ce qu'elle reçoit"),
    Cas("ex0_6", _FONCTION.format("0.0935"), "renvoie toujours le même nombre", "un nombre recopié"),
    Cas("ex0_6", _FONCTION.format("0.0923"), "part_du_canal(contributions, \"courrier\") donne 0,0923, exactement "
        "comme pour les courriers de demandes : votre fonction renvoie toujours le même nombre",
        "la bonne part arrondie, recopiée dans la fonction (essai de Josiane : le message parlait d'un round absent)"),
    Cas("ex0_6", "def part_du_canal(tableau, canal):\n    return len(tableau[tableau[\"canal\"] == canal]) / len(tableau)"
        "\n\npart_courrier = 0.0923",
        "arrondie à 4 décimales. Avez-vous arrondi (avec round(…)) ou recopié un nombre affiché ?",
        "une fonction juste, mais la part arrondie recopiée à la main"),
    Cas("ex0_6", _FONCTION.format("(demandes[\"canal\"] == \"courrier\").mean()"),
        "renvoie toujours le même nombre", "le bon nombre, recopié par un calcul fixe"),
    Cas("ex0_6", _FONCTION.format("round(len(tableau[tableau[\"canal\"] == canal]) / len(tableau), 2)"),
        "arrondie à 2 décimales", "la part arrondie avec round"),
    Cas("ex0_6", "connues = {len(t): {c: (t[\"canal\"] == c).mean() for c in t[\"canal\"].unique()}\n"
        "          for t in (contributions, demandes)}\n\n"
        "def part_du_canal(tableau, canal):\n    return connues[len(tableau)][canal]\n\n"
        "part_courrier = part_du_canal(demandes, \"courrier\")",
        "s'arrête sur une erreur (KeyError", "des parts notées d'avance, retrouvées par la taille du tableau"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "Le tri automatique peut se tromper parfois, il faudrait vérifier.",
}
