"""Vérifications des exercices du Lab 04 — Protéger les données personnelles."""

from __future__ import annotations

import json
import re
import unicodedata

import pandas as pd

from ..donnees import charger_demandes
from ..donnees_personnelles import (
    atteindre_k,
    evaluer,
    extrait_structure,
    generaliser,
    generer_textes_varies,
    k_anonymat,
    positions,
)
from ..donnees_personnelles.kanonymat import HIERARCHIES, QUASI_IDENTIFIANTS
from ..texte import format_nombre, format_pourcentage
from ..verification import ReponseIncorrecte, verifier_fonction, verifier_proche, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 2026
PARAMETRES = {"GRAINE": GRAINE}

# Exercice 1.2 : des extraits de messages à classer
PHRASES_A_CLASSER = {
    "Je m'appelle Nadia Ferrandou.": "directe",
    "La dame du 3e au-dessus de la boulangerie jette ses mégots.": "indirecte",
    "Mon fils est diabétique, la cantine ne le sait pas.": "sensible",
    "Je suis contre ce projet, comme tout mon parti.": "sensible",
    "Mon voisin du 12 rue des Saules fait du bruit.": "indirecte",
    "Le lampadaire de la place du Kiosque est en panne.": "aucune",
    "Rappelez-moi au 06 39 98 35 11.": "directe",
}
NATURES = ("directe", "indirecte", "sensible", "aucune")
_RAISONS = {
    "directe": "elle nomme ou joint la personne sans rien chercher d'autre (nom, numéro)",
    "indirecte": "elle ne nomme personne, mais désigne une seule personne qu'un voisin reconnaîtrait",
    "sensible": "elle révèle une santé, une opinion politique, une religion… (RGPD, article 9)",
    "aucune": "elle ne dit rien d'une personne (un équipement, un lieu public)",
}

# Exercice 6.1 : les situations et les articles du RGPD
SITUATIONS = {
    "envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole": "28",
    "ne garder dans l'export que les colonnes utiles à l'analyse": "5",
    "une consultation qui recueille des opinions politiques et des informations de santé": "9",
    "traiter à grande échelle des données sensibles avec un outil nouveau : analyser les risques avant": "35",
    "prévoir la pseudonymisation dès la conception de la plateforme": "25",
    "dire sur quelle base légale (mission d'intérêt public…) la métropole traite les contributions": "6",
}
ARTICLES = ("4", "5", "6", "9", "25", "28", "35")


def _textes_de_controle(graine: int, types) -> pd.DataFrame:
    """Des textes frais avec les formes variées du type, plus des leurres sans donnée."""
    frais = generer_textes_varies(60, graine=graine, types=types)
    leurres = pd.DataFrame({"identifiant": [f"LEURRE-{i}" for i in range(4)], "texte": [
        "Dossier n° 2024063998351199, ouvert le 12/03 à 18 h 30.",
        "Le bus 12 passe à 7 h 45 et à 8 h 15, quai B.",
        "Nous étions 120 à la réunion, salle 3, bâtiment AB.",
        "Code de la porte : 4512 B, digicode en panne depuis 3 semaines.",
    ], "donnees_personnelles": [[], [], [], []]})
    return pd.concat([frais, leurres], ignore_index=True)


def _appeler(fonction, nom: str, *arguments):
    """Appelle la fonction de la personne ; une erreur de sa part devient un message qui enseigne."""
    try:
        return fonction(*arguments)
    except NotImplementedError:
        raise ReponseIncorrecte(
            f"{nom} n'est pas encore écrite : remplacez la ligne « raise NotImplementedError() » par votre "
            "code, exécutez la cellule, puis cette cellule de test."
        ) from None
    except Exception as erreur:  # noqa: BLE001 — l'erreur de la personne, expliquée plutôt que levée telle quelle
        raise ReponseIncorrecte(
            f"{nom} s'arrête sur une erreur quand on l'appelle : {type(erreur).__name__} : {str(erreur)[:200]}. "
            "Essayez-la vous-même sur l'exemple de la cellule de réponse, et lisez la dernière ligne du message."
        ) from None


def _en_positions(resultat, nom: str, texte: str) -> list[dict]:
    """Les positions renvoyées par une fonction de repérage, vérifiées, en dictionnaires."""
    if resultat is None:
        raise ReponseIncorrecte(
            f"{nom} ne renvoie rien (None) pour « {texte[:60]}… » : terminez la fonction par "
            "« return positions » (une liste de paires (début, fin))."
        )
    if not isinstance(resultat, (list, tuple)):
        raise ReponseIncorrecte(
            f"{nom} renvoie {type(resultat).__name__} ; on attend une liste de paires (début, fin), "
            "par exemple [(16, 30)] : une paire par passage trouvé, [] si rien."
        )
    sortie = []
    for element in resultat:
        if isinstance(element, str):
            raise ReponseIncorrecte(
                f"{nom} renvoie des textes ({element!r}) au lieu de positions : pour chaque passage "
                "trouvé par re.finditer, gardez (m.start(), m.end()), pas m.group()."
            )
        if not (isinstance(element, (list, tuple)) and len(element) == 2 and all(isinstance(x, int) for x in element)):
            raise ReponseIncorrecte(
                f"{nom} renvoie {element!r} dans sa liste : chaque élément doit être une paire de "
                "nombres entiers (début, fin), comme (m.start(), m.end())."
            )
        sortie.append({"type": "?", "debut": int(element[0]), "fin": int(element[1])})
    return sortie


def _verifier_repereur(fonction, nom: str, type_: str, graines, formes: str) -> str:
    """Rejoue une fonction de repérage sur des textes frais ; exige rappel ≥ 0,95 et aucune fausse alerte."""
    verifier_fonction(fonction, nom, "texte")
    rappels = []
    for graine in graines:
        controle = _textes_de_controle(graine, (type_,))
        reperages = [_en_positions(_appeler(fonction, nom, t), nom, t) for t in controle["texte"]]
        evaluation = evaluer(reperages, controle["donnees_personnelles"])
        ensemble = evaluation.loc["ensemble"]
        fausses = [(t, [t[r["debut"]:r["fin"]] for r in rep]) for t, rep, ref in
                   zip(controle["texte"], reperages, controle["donnees_personnelles"]) if not ref and rep]
        if fausses:
            texte, passages = fausses[0]
            raise ReponseIncorrecte(
                f"{nom} trouve {passages} dans « {texte} », qui ne contient aucune donnée : "
                "votre motif est trop large. Exigez le bon nombre de chiffres ou de lettres, et des "
                "bornes (\\b, ou (?<!\\d) et (?!\\d)) pour ne pas couper un nombre plus long."
            )
        manquees = [t for t, rep, ref in zip(controle["texte"], reperages, controle["donnees_personnelles"])
                    if ref and not any(r["debut"] < ref[0]["fin"] and ref[0]["debut"] < r["fin"] for r in rep)]
        if ensemble["rappel"] < 0.95:
            raise ReponseIncorrecte(
                f"Sur {format_nombre(int(ensemble['a_trouver']))} textes frais, {nom} n'en trouve que "
                f"{format_pourcentage(ensemble['rappel'])}. Par exemple, rien n'est trouvé dans "
                f"« {manquees[0]} ». Pensez aux formes du terrain : {formes}."
            )
        rappels.append(ensemble["rappel"])
    return (f"{nom} retrouve {format_pourcentage(min(rappels))} des passages sur des textes qu'elle n'avait "
            "jamais vus, sans fausse alerte sur les leurres.")


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin."""
    demandes = charger_demandes()
    return {
        "demandes": demandes,
        "extrait": extrait_structure(demandes),
        "PHRASES_A_CLASSER": dict(PHRASES_A_CLASSER),
        "SITUATIONS": dict(SITUATIONS),
        "GRAINE": GRAINE,
        "pd": pd,
        "re": re,
        "json": json,
        "k_anonymat": k_anonymat,
        "generaliser": generaliser,
    }


@consigner("part_textes_avec_donnees")
def verifier_ex1_1(part_textes_avec_donnees, demandes) -> str:
    nombres = demandes["donnees_personnelles"].map(lambda v: len(positions(v)))
    attendu = float((nombres > 0).mean())
    verifier_type(part_textes_avec_donnees, (int, float), "part_textes_avec_donnees",
                  indice="divisez le nombre de textes concernés par le nombre de textes : un nombre entre 0 et 1.")
    if abs(part_textes_avec_donnees - nombres.sum() / len(demandes)) < 1e-9:
        raise ReponseIncorrecte(
            "part_textes_avec_donnees compte les données (un texte peut en contenir deux), pas les textes : "
            "comptez les textes dont la liste n'est pas vide (au moins une donnée)."
        )
    if abs(part_textes_avec_donnees - (demandes["donnees_personnelles"] != "[]").sum()) < 1e-9:
        raise ReponseIncorrecte(
            "part_textes_avec_donnees est un nombre de textes : divisez-le par le nombre de demandes, len(demandes)."
        )
    verifier_proche(part_textes_avec_donnees, attendu, "part_textes_avec_donnees")
    return (f"{format_pourcentage(attendu, 1)} des demandes contiennent au moins une donnée plantée : "
            f"environ {format_nombre(round(attendu * 1000))} sur 1 000.")


def _sans_accents(texte: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", str(texte).strip().lower()) if not unicodedata.combining(c))


@consigner("nature")
def verifier_ex1_2(nature, PHRASES_A_CLASSER) -> str:
    verifier_type(nature, dict, "nature", indice="un dictionnaire : {phrase: \"directe\", …}.")
    manquantes = [p for p in PHRASES_A_CLASSER if p not in nature]
    if manquantes:
        raise ReponseIncorrecte(
            f"Il manque {len(manquantes)} phrase(s) dans nature, par exemple « {manquantes[0]} » : gardez "
            "chaque phrase du modèle comme clé, recopiée à l'identique."
        )
    inconnues = sorted({str(v) for v in nature.values() if _sans_accents(v) not in NATURES})
    if inconnues:
        raise ReponseIncorrecte(
            f"nature contient {inconnues} : chaque valeur doit être l'un des mots {list(NATURES)}."
        )
    fausses = [p for p, attendu in PHRASES_A_CLASSER.items() if _sans_accents(nature[p]) != attendu]
    if fausses:
        p = fausses[0]
        donne = _sans_accents(nature[p])
        raise ReponseIncorrecte(
            f"{len(fausses)} phrase(s) mal classée(s). Par exemple « {p} » : vous avez dit « {donne} », "
            f"or une donnée « {donne} » serait une donnée dont {_RAISONS[donne]}. Relisez la phrase : "
            "qui pourrait la reconnaître, et que révèle-t-elle ?"
        )
    return ("Tout est juste. Retenez surtout l'indirect : sans aucun nom, « la dame du 3e » désigne une personne, "
            "et aucun outil automatique ne le repère.")


@consigner("trouver_telephones")
def verifier_ex2_1(trouver_telephones) -> str:
    return _verifier_repereur(
        trouver_telephones, "trouver_telephones", "telephone", (11, 12),
        "06 39 98 35 11, 06.39.98.35.11, 06-39-98-35-11, 0639983511, +33 6 39 98 35 11 et +33639983511",
    )


@consigner("trouver_plaques")
def verifier_ex2_2(trouver_plaques) -> str:
    return _verifier_repereur(
        trouver_plaques, "trouver_plaques", "plaque", (21, 22),
        "AB-123-CD, AB 123 CD et AB123CD (deux lettres, trois chiffres, deux lettres)",
    )


def _jeu_de_spans(graine: int) -> tuple[list, list]:
    """Des repérages et références tirés au hasard (recouvrements partiels, types mêlés)."""
    import numpy as np

    rng = np.random.default_rng(graine)
    types = ["nom", "telephone", "adresse"]
    references, reperages = [], []
    for _ in range(40):
        refs, reps = [], []
        for j in range(int(rng.integers(0, 3))):
            debut = 30 * j + int(rng.integers(0, 5))
            ref = {"type": types[int(rng.integers(3))], "debut": debut, "fin": debut + int(rng.integers(5, 15))}
            refs.append(ref)
            tirage = rng.random()
            if tirage < 0.4:
                reps.append(dict(ref))
            elif tirage < 0.7:  # partiel, parfois d'un autre type
                reps.append({"type": types[int(rng.integers(3))], "debut": ref["debut"] + 2, "fin": ref["fin"] + 3})
        if rng.random() < 0.3:
            reps.append({"type": "nom", "debut": 200, "fin": 205})
        references.append(refs)
        reperages.append(reps)
    return reperages, references


@consigner("rappel")
def verifier_ex2_3(rappel) -> str:
    verifier_fonction(rappel, "rappel", "reperages, references, type_")
    for graine in (31, 32):
        reperages, references = _jeu_de_spans(graine)
        for type_ in ("nom", "telephone", "adresse"):
            attendu = evaluer(reperages, references).loc[type_, "rappel"]
            valeur = _appeler(rappel, "rappel", reperages, references, type_)
            if valeur is None:
                raise ReponseIncorrecte("rappel ne renvoie rien (None) : terminez par « return trouvees / a_trouver ».")
            verifier_type(valeur, (int, float), "rappel(…)")
            strict = _rappel_strict(reperages, references, type_)
            if abs(valeur - strict) < 1e-9 and abs(strict - attendu) > 1e-9:
                raise ReponseIncorrecte(
                    f"Pour le type « {type_} », votre rappel vaut {format_nombre(valeur, 3)} : vous ne comptez une "
                    "donnée trouvée que si un repérage a exactement les mêmes début et fin. Ici, un recouvrement "
                    "partiel compte : r[\"debut\"] < ref[\"fin\"] and ref[\"debut\"] < r[\"fin\"]."
                )
            meme_type = _rappel_strict(reperages, references, type_, meme_type=True)
            if abs(valeur - meme_type) < 1e-9 and abs(meme_type - attendu) > 1e-9:
                raise ReponseIncorrecte(
                    f"Pour « {type_} », vous exigez que le repérage annonce le même type : une donnée masquée "
                    "sous un autre type est pourtant masquée. Ne regardez le type que des références."
                )
            if abs(valeur - attendu) > 1e-9:
                raise ReponseIncorrecte(
                    f"Pour le type « {type_} », votre rappel vaut {format_nombre(valeur, 3)}, on attend "
                    f"{format_nombre(attendu, 3)} : comptez, parmi les références de ce type seulement (a_trouver), "
                    "celles que recouvre au moins un repérage du même texte (trouvees), puis divisez."
                )
    return "Votre rappel donne les mêmes valeurs que l'outil du cours sur des repérages qu'il n'avait jamais vus."


def _rappel_strict(reperages, references, type_, meme_type: bool = False) -> float:
    a_trouver = trouvees = 0
    for reps, refs in zip(reperages, references):
        for ref in refs:
            if ref["type"] != type_:
                continue
            a_trouver += 1
            if meme_type:
                trouvees += any(r["type"] == type_ and r["debut"] < ref["fin"] and ref["debut"] < r["fin"] for r in reps)
            else:
                trouvees += any(r["debut"] == ref["debut"] and r["fin"] == ref["fin"] for r in reps)
    return trouvees / a_trouver if a_trouver else float("nan")


def _recouvre(a, b) -> bool:
    return a["debut"] < b["fin"] and b["debut"] < a["fin"]


@consigner("combiner")
def verifier_ex3_1(combiner) -> str:
    verifier_fonction(combiner, "combiner", "regles, personnes")
    essais = [
        ([{"type": "adresse", "debut": 10, "fin": 40}], [{"type": "nom", "debut": 18, "fin": 40}]),
        ([{"type": "telephone", "debut": 50, "fin": 64}], [{"type": "nom", "debut": 0, "fin": 15}]),
        ([{"type": "nom", "debut": 0, "fin": 19}], [{"type": "nom", "debut": 4, "fin": 19}]),
        ([], [{"type": "nom", "debut": 5, "fin": 9}, {"type": "nom", "debut": 30, "fin": 42}]),
        ([{"type": "courriel", "debut": 5, "fin": 30}, {"type": "nom", "debut": 40, "fin": 52}],
         [{"type": "nom", "debut": 5, "fin": 12}, {"type": "nom", "debut": 60, "fin": 70}]),
    ]
    for regles, personnes in essais:
        resultat = _appeler(combiner, "combiner", [dict(r) for r in regles], [dict(p) for p in personnes])
        if resultat is None:
            raise ReponseIncorrecte("combiner ne renvoie rien (None) : terminez par « return … ».")
        verifier_type(resultat, list, "combiner(…)")
        for r in regles:
            if not any(x["debut"] <= r["debut"] and r["fin"] <= x["fin"] for x in resultat):
                raise ReponseIncorrecte(
                    f"combiner a perdu un repérage des règles ({r['type']}, {r['debut']}–{r['fin']}) : les règles "
                    "sont sûres (rappel et précision mesurés), gardez-les toutes."
                )
        autres = [r for r in regles if r["type"] != "nom"]
        for p in personnes:
            if any(_recouvre(p, a) for a in autres) and any(x.get("type") == "nom" and _recouvre(x, p) for x in resultat):
                raise ReponseIncorrecte(
                    f"combiner garde une « personne » de spaCy ({p['debut']}–{p['fin']}) posée sur un(e) "
                    f"{autres[0]['type']} trouvé(e) par les règles : c'est le piège « 12 rue Jean-Baptiste Orvelin ». "
                    "Ne gardez une personne que si elle ne chevauche aucun repérage des règles autre qu'un nom."
                )
            if not any(_recouvre(p, a) for a in autres) and not any(_recouvre(p, x) for x in resultat):
                raise ReponseIncorrecte(
                    f"combiner a perdu une personne trouvée par spaCy ({p['debut']}–{p['fin']}) qui ne chevauche "
                    "aucune adresse, aucun courriel, aucun téléphone : c'est tout l'intérêt du modèle, gardez-la."
                )
    return "Votre combinaison garde toutes les règles et les personnes utiles de spaCy, sans masquer une rue au nom de personne."


def _attendu_pseudo(nom: str) -> str:
    return " ".join(_sans_accents(nom).replace("-", " ").split())


@consigner("pseudonyme")
def verifier_ex4_1(pseudonyme) -> str:
    verifier_fonction(pseudonyme, "pseudonyme", "nom, cle")
    cle = "clé de la vérification, gardée à part"
    premier = _appeler(pseudonyme, "pseudonyme", "Nadia Ferrandou", cle)
    verifier_type(premier, str, "pseudonyme(\"Nadia Ferrandou\", cle)")
    if not (premier.startswith("[PERSONNE_") and premier.endswith("]")):
        raise ReponseIncorrecte(
            f"pseudonyme(\"Nadia Ferrandou\", cle) donne {premier!r} : on attend la catégorie gardée, "
            "sous la forme « [PERSONNE_…] », pour que le texte reste lisible."
        )
    if "nadia" in premier.lower() or "ferrandou" in premier.lower():
        raise ReponseIncorrecte(f"Le pseudonyme {premier!r} contient encore le nom : il doit venir du hachage seulement.")
    variantes = ["NADIA FERRANDOU", "  nadia   ferrandou ", "Nadia Ferrandou"]
    autres = [pseudonyme(v, cle) for v in variantes]
    if len(set(autres) | {premier}) > 1:
        raise ReponseIncorrecte(
            f"« NADIA FERRANDOU » et « Nadia Ferrandou » reçoivent des pseudonymes différents ({autres[0]} et "
            f"{premier}) : la même personne doit avoir le même pseudonyme partout. Normalisez le nom avant de "
            "le hacher : minuscules (.lower()), espaces en trop retirés (\" \".join(nom.split()))."
        )
    if pseudonyme("Karim Poulard", cle) == premier:
        raise ReponseIncorrecte(
            "Deux personnes différentes reçoivent le même pseudonyme : le numéro doit venir du hachage du nom "
            "(hmac.new(…).hexdigest()), pas être fixe."
        )
    if pseudonyme("Nadia Ferrandou", "une tout autre clé") == premier:
        raise ReponseIncorrecte(
            "Le pseudonyme ne change pas avec la clé : sans clé, n'importe qui peut hacher « Nadia Ferrandou » et "
            "retrouver son pseudonyme. Utilisez hmac.new(cle.encode(), nom.encode(), hashlib.sha256)."
        )
    noms = [f"{p} {n}" for p in ("Karim", "Sophie", "Théo", "Inès", "Serge", "Aïcha")
            for n in ("Poulard", "Vaucanel", "Kerbellec", "Quintard")]
    if len({pseudonyme(n, cle) for n in noms}) < len(noms):
        raise ReponseIncorrecte(
            f"Sur {len(noms)} personnes différentes, au moins deux ont reçu le même pseudonyme : gardez au moins "
            "6 caractères de l'empreinte (hexdigest()[:6])."
        )
    return f"« Nadia Ferrandou » devient {premier}, partout et quelle que soit l'écriture ; sans la clé, impossible de remonter au nom."


@consigner("part_isolee")
def verifier_ex5_1(part_isolee, extrait) -> str:
    tailles = extrait.astype(str).groupby(list(QUASI_IDENTIFIANTS)).size()
    attendu = float((tailles == 1).sum() / len(extrait))
    verifier_type(part_isolee, (int, float), "part_isolee")
    if abs(part_isolee - (tailles == 1).sum()) < 1e-9:
        raise ReponseIncorrecte(
            "part_isolee est un nombre de lignes : divisez-le par le nombre de lignes de l'extrait, len(extrait)."
        )
    if abs(part_isolee - (tailles == 1).sum() / len(tailles)) < 1e-9:
        raise ReponseIncorrecte(
            "Vous avez divisé par le nombre de combinaisons (de groupes) : on veut la part des **lignes** de "
            "l'extrait, divisez par len(extrait)."
        )
    verifier_proche(part_isolee, attendu, "part_isolee",
                    indice="groupez par les quatre quasi-identifiants (quartier, tranche_age, genre, date), "
                           "comptez avec .size(), gardez les groupes de taille 1.")
    return (f"{format_pourcentage(attendu)} des demandes sont seules de leur combinaison : qui sait qu'une "
            "voisine a écrit ce jour-là retrouve sa demande.")


@consigner("niveaux")
def verifier_ex5_2(niveaux, extrait) -> str:
    verifier_type(niveaux, dict, "niveaux", indice="un dictionnaire {colonne: niveau}, par exemple {\"date\": 1}.")
    inconnues = [c for c in niveaux if c not in HIERARCHIES]
    if inconnues:
        raise ReponseIncorrecte(
            f"niveaux nomme {inconnues} : les colonnes possibles sont {list(HIERARCHIES)}."
        )
    if niveaux.get("quartier", 0) != 0:
        raise ReponseIncorrecte(
            "Le service a besoin des chiffres par quartier : laissez « quartier » au niveau 0 et généralisez "
            "les autres colonnes."
        )
    try:
        generalise = generaliser(extrait, niveaux)
    except ValueError as erreur:
        raise ReponseIncorrecte(str(erreur)) from None
    k = k_anonymat(generalise)
    if k < 5:
        tailles = generalise.astype(str).groupby(list(QUASI_IDENTIFIANTS)).size()
        raise ReponseIncorrecte(
            f"Avec ces niveaux, k = {k} : {format_nombre(int((tailles < 5).sum()))} combinaison(s) comptent moins de "
            "5 lignes. Montez d'un niveau la date (jour → mois → trimestre…) ou la tranche d'âge, puis recalculez."
        )
    if all(niveaux.get(c, 0) == len(HIERARCHIES[c][1]) - 1 for c in ("date", "tranche_age", "genre")):
        raise ReponseIncorrecte(
            "Vous avez tout supprimé sauf le quartier : k est atteint, mais l'extrait ne dit plus rien. "
            "Gardez au moins une autre colonne utile (la date au mois, par exemple)."
        )
    _, glouton = atteindre_k(extrait, 5, garder=("quartier",))
    return (f"k = {k} sans retirer une seule ligne. L'outil du cours, qui généralise pas à pas, choisit "
            f"{glouton} : il y a plusieurs bonnes réponses, c'est un choix à justifier.")


@consigner("articles")
def verifier_ex6_1(articles, SITUATIONS) -> str:
    verifier_type(articles, dict, "articles", indice="un dictionnaire {situation: \"28\", …}.")
    manquantes = [s for s in SITUATIONS if s not in articles]
    if manquantes:
        raise ReponseIncorrecte(f"Il manque la situation « {manquantes[0]} » : gardez chaque situation comme clé.")
    normalises = {s: str(v).lower().replace("article", "").replace("art.", "").strip() for s, v in articles.items()}
    hors = sorted({v for v in normalises.values() if v not in ARTICLES})
    if hors:
        raise ReponseIncorrecte(f"{hors} : choisissez parmi les articles {list(ARTICLES)} (le numéro seul, en texte).")
    fausses = [s for s, a in SITUATIONS.items() if normalises[s] != a]
    if fausses:
        s = fausses[0]
        raise ReponseIncorrecte(
            f"{len(fausses)} situation(s) mal rattachée(s), par exemple « {s} » (vous avez mis l'article "
            f"{normalises[s]}). Relisez le tableau de la partie 6 : quel article parle de cette situation ?"
        )
    return "Les six situations sont bien rattachées. Le sous-traitant (article 28) est la question de tout envoi à un service d'IA."


def _json(valeur) -> str:
    return json.dumps(valeur, ensure_ascii=False)


_TEL = "def trouver_telephones(texte):\n    return [(m.start(), m.end()) for m in re.finditer({}, texte)]"
_PLAQUE = "def trouver_plaques(texte):\n    return [(m.start(), m.end()) for m in re.finditer({}, texte)]"
_RAPPEL = "def rappel(reperages, references, type_):\n{}"
_COMBINER = "def combiner(regles, personnes):\n{}"
_PSEUDO = "def pseudonyme(nom, cle):\n    import hashlib\n    import hmac\n{}"

CAS = (
    Cas("ex1_1", "part_textes_avec_donnees = (demandes[\"donnees_personnelles\"] != \"[]\").sum()",
        "divisez-le par le nombre de demandes", "un nombre de textes au lieu d'une part"),
    Cas("ex1_1", "import json\npart_textes_avec_donnees = demandes[\"donnees_personnelles\"].map(lambda v: len(json.loads(v))).sum() / len(demandes)",
        "compte les données", "les données comptées au lieu des textes", typique=True),
    Cas("ex1_1", "part_textes_avec_donnees = 100 * (demandes[\"donnees_personnelles\"] != \"[]\").mean()",
        "pourcentage", "un pourcentage"),
    Cas("ex1_2", "nature = {p: \"directe\" for p in list(PHRASES_A_CLASSER)[:3]}", "Il manque", "des phrases oubliées"),
    Cas("ex1_2", "nature = {p: \"personnelle\" for p in PHRASES_A_CLASSER}", "doit être l'un des mots", "un mot hors de la liste"),
    Cas("ex1_2", "nature = {p: \"directe\" for p in PHRASES_A_CLASSER}", "mal classée", "tout en directe"),
    Cas("ex2_1", _TEL.format('r"0\\d \\d\\d \\d\\d \\d\\d \\d\\d"'), "Pensez aux formes du terrain",
        "seulement la forme avec espaces", typique=True),
    Cas("ex2_1", _TEL.format('r"\\d{10}|\\d\\d(?:[ .-]\\d\\d){4}|\\+33 ?\\d(?:[ .-]?\\d\\d){4}|\\d{6,}"'),
        "trop large", "un motif qui prend tout long nombre"),
    Cas("ex2_1", "def trouver_telephones(texte):\n    return [m.group() for m in re.finditer(r\"0\\d( ?\\d\\d){4}\", texte)]",
        "des textes", "m.group() au lieu des positions"),
    Cas("ex2_1", "def trouver_telephones(texte):\n    positions = [(m.start(), m.end()) for m in re.finditer(r\"0\\d\", texte)]",
        "ne renvoie rien", "return oublié"),
    Cas("ex2_1", "def trouver_telephones(texte):\n    return len(re.findall(r\"0\\d\", texte))", "on attend une liste de paires",
        "un compte au lieu d'une liste"),
    Cas("ex2_1", "def trouver_telephones(texte):\n    return [[m.start(), m.end(), 'tel'] for m in re.finditer(r\"0\\d\", texte)]",
        "chaque élément doit être une paire", "un triplet au lieu d'une paire"),
    Cas("ex2_1", "trouver_telephones = None", "n'est plus une fonction", "la fonction effacée"),
    Cas("ex2_1", "def trouver_telephones(texte):\n    raise NotImplementedError()", "n'est pas encore écrite",
        "la fonction pas encore écrite"),
    Cas("ex2_1", "def trouver_telephones(texte):\n    return [(m.start(), m.end()) for m in re.finditer(r\"0\\d\", texte.lower)]",
        "s'arrête sur une erreur", "une méthode sans parenthèses (texte.lower)"),
    Cas("ex2_2", _PLAQUE.format('r"[A-Z]{2}-\\d{3}-[A-Z]{2}"'), "Pensez aux formes du terrain",
        "seulement la forme avec tirets", typique=True),
    Cas("ex2_2", _PLAQUE.format('r"[A-Z]{2}[ -]?\\d{3}[ -]?[A-Z]{2}|\\d+ ?[A-Z]+"'), "trop large",
        "un motif qui prend « 4512 B »"),
    Cas("ex2_3", _RAPPEL.format(
        "    refs = [ref for refs in references for ref in refs if ref[\"type\"] == type_]\n"
        "    trouvees = sum(any(r[\"debut\"] == ref[\"debut\"] and r[\"fin\"] == ref[\"fin\"] for r in reps)\n"
        "                   for reps, refs_t in zip(reperages, references) for ref in refs_t if ref[\"type\"] == type_)\n"
        "    return trouvees / len(refs)"), "exactement les mêmes début et fin", "correspondance exacte exigée"),
    Cas("ex2_3", _RAPPEL.format(
        "    refs = [ref for refs in references for ref in refs if ref[\"type\"] == type_]\n"
        "    trouvees = sum(any(r[\"type\"] == type_ and r[\"debut\"] < ref[\"fin\"] and ref[\"debut\"] < r[\"fin\"] for r in reps)\n"
        "                   for reps, refs_t in zip(reperages, references) for ref in refs_t if ref[\"type\"] == type_)\n"
        "    return trouvees / len(refs)"), "le même type", "le type du repérage exigé"),
    Cas("ex2_3", _RAPPEL.format(
        "    trouvees = sum(any(r[\"debut\"] < ref[\"fin\"] and ref[\"debut\"] < r[\"fin\"] for r in reps)\n"
        "                   for reps, refs_t in zip(reperages, references) for ref in refs_t)\n"
        "    return trouvees / sum(len(r) for r in references)"), "parmi les références de ce type", "le type ignoré"),
    Cas("ex2_3", _RAPPEL.format("    trouvees = 0"), "ne renvoie rien", "return oublié"),
    Cas("ex2_3", _RAPPEL.format("    raise NotImplementedError()"), "n'est pas encore écrite", "pas encore écrite"),
    Cas("ex3_1", _COMBINER.format("    return regles"), "a perdu une personne", "spaCy oublié"),
    Cas("ex3_1", _COMBINER.format("    return regles + personnes"), "posée sur un(e)", "les personnes gardées sur une adresse"),
    Cas("ex3_1", _COMBINER.format("    return personnes"), "a perdu un repérage des règles", "les règles oubliées"),
    Cas("ex3_1", _COMBINER.format("    regles + personnes"), "ne renvoie rien", "return oublié"),
    Cas("ex3_1", _COMBINER.format("    return [p for p in personnes if p[\"type\"] != r[\"type\"]]"), "s'arrête sur une erreur",
        "une variable jamais définie"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hmac.new(cle.encode(), nom.encode(), hashlib.sha256).hexdigest()[:6] + \"]\""),
        "reçoivent des pseudonymes différents", "nom non normalisé"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hashlib.sha256(\" \".join(nom.lower().split()).encode()).hexdigest()[:6] + \"]\""),
        "ne change pas avec la clé", "hachage sans clé"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_1]\""), "le même pseudonyme", "pseudonyme fixe"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hmac.new(cle, nom, hashlib.sha256).hexdigest()[:6] + \"]\""),
        "s'arrête sur une erreur", "textes non encodés (.encode() oublié)"),
    Cas("ex4_1", _PSEUDO.format("    return \"[\" + nom + \"]\""), "[PERSONNE_", "le nom entre crochets"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + \" \".join(nom.lower().split()) + \"]\""), "contient encore le nom",
        "le nom dans le pseudonyme"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hmac.new(cle.encode(), \" \".join(nom.lower().split()).encode(), hashlib.sha256).hexdigest()[:1] + \"]\""),
        "au moins 6 caractères", "empreinte trop courte"),
    Cas("ex5_1", "part_isolee = int((extrait.groupby([\"quartier\", \"tranche_age\", \"genre\", \"date\"]).size() == 1).sum())",
        "divisez-le par le nombre de lignes", "un nombre de lignes"),
    Cas("ex5_1", "tailles = extrait.groupby([\"quartier\", \"tranche_age\", \"genre\", \"date\"]).size()\npart_isolee = float((tailles == 1).mean())",
        "nombre de combinaisons", "divisé par le nombre de groupes", typique=True),
    Cas("ex5_1", "part_isolee = float((extrait.groupby([\"quartier\", \"genre\"]).size() == 1).sum() / len(extrait))",
        "part_isolee", "deux quasi-identifiants seulement"),
    Cas("ex5_2", "niveaux = {\"date\": 1}", "k = ", "date au mois seulement", typique=True),
    Cas("ex5_2", "niveaux = {\"quartier\": 1, \"date\": 3}", "laissez « quartier » au niveau 0", "quartier généralisé"),
    Cas("ex5_2", "niveaux = {\"age\": 1}", "les colonnes possibles", "mauvais nom de colonne"),
    Cas("ex5_2", "niveaux = {\"date\": 9}", "impossible", "niveau inexistant"),
    Cas("ex5_2", "niveaux = {\"date\": 4, \"tranche_age\": 3, \"genre\": 1}", "tout supprimé", "tout supprimé"),
    Cas("ex6_1", "articles = {s: \"28\" for s in list(SITUATIONS)[:2]}", "Il manque la situation", "des situations oubliées"),
    Cas("ex6_1", "articles = {s: \"13\" for s in SITUATIONS}", "choisissez parmi les articles", "un article hors liste"),
    Cas("ex6_1", "articles = {s: \"28\" for s in SITUATIONS}", "mal rattachée", "tout à l'article 28"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "On peut envoyer les contributions à une IA si on enlève les noms.",
    "reflexion_2": "Il faut dire aux gens que leurs données sont protégées.",
    "reflexion_3": "On refuse si la demande n'est pas justifiée.",
}
