"""Vérifications des exercices du Lab 04 — Protéger les données personnelles."""

from __future__ import annotations

import hashlib
import hmac
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
    tailles_des_classes,
)
from ..donnees_personnelles.kanonymat import HIERARCHIES, QUASI_IDENTIFIANTS
from ..texte import format_nombre, format_pourcentage, sans_accents
from ..verification import ReponseIncorrecte, verifier_fonction, verifier_proche, verifier_type
from .cas import Cas
from .contre_epreuve import consigner

GRAINE = 2026
PARAMETRES = {"GRAINE": GRAINE}

# Exercice 1.2 : des extraits de messages à classer. Le corrigé n'est pas dans le module : seulement
# une empreinte de chaque bonne réponse (sha256 de « ex1_2|phrase|nature »), pour que `import lab04`
# ne donne pas la réponse.
PHRASES_A_CLASSER = (
    "Je m'appelle Nadia Ferrandou.",
    "La dame du 3e au-dessus de la boulangerie jette ses mégots.",
    "Mon fils est diabétique, la cantine ne le sait pas.",
    "Je suis contre ce projet, comme tout mon parti.",
    "Mon voisin du 12 rue des Saules fait du bruit.",
    "Le lampadaire de la place du Kiosque est en panne.",
    "Rappelez-moi au 06 39 98 35 11.",
)
_EMPREINTES_NATURE = {
    "Je m'appelle Nadia Ferrandou.": "f5559b56a43965e5",
    "La dame du 3e au-dessus de la boulangerie jette ses mégots.": "89d00ac228ea2382",
    "Mon fils est diabétique, la cantine ne le sait pas.": "3aa8ae56acf2784d",
    "Je suis contre ce projet, comme tout mon parti.": "f0f03c6d75c08c63",
    "Mon voisin du 12 rue des Saules fait du bruit.": "5f85e7c779ac4000",
    "Le lampadaire de la place du Kiosque est en panne.": "f42a8322a46292da",
    "Rappelez-moi au 06 39 98 35 11.": "9945e2b731a84a09",
}
NATURES = ("directe", "indirecte", "sensible", "aucune")
_RAISONS = {
    "directe": "donnerait le nom de la personne, son numéro ou son courriel : de quoi la nommer ou la joindre "
               "sans rien chercher d'autre",
    "indirecte": "ne donnerait ni nom ni moyen de la joindre, mais la désignerait par une adresse, un étage ou une "
                 "description : il faut chercher qui c'est, et un voisin la reconnaîtrait",
    "sensible": "révélerait sa santé, une opinion politique, une religion… (RGPD, article 9)",
    "aucune": "ne dirait rien d'une personne (un équipement, un lieu public)",
}

# Exercice 6.1 : les situations, et l'empreinte de l'article attendu (sha256 de « ex6_1|situation|article »)
SITUATIONS = (
    "envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole",
    "ne garder dans l'export que les colonnes utiles à l'analyse",
    "une consultation qui recueille des opinions politiques et des informations de santé",
    "traiter à grande échelle des données sensibles avec un outil nouveau : analyser les risques avant",
    "prévoir la pseudonymisation dès la conception de la plateforme",
    "dire sur quelle base légale (mission d'intérêt public…) la métropole traite les contributions",
    "dire aux habitant·es, quand ils et elles écrivent, qui recevra leurs contributions et quels sont leurs droits",
)
_EMPREINTES_ARTICLES = {
    "envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole": "2dd73a0d10118adc",
    "ne garder dans l'export que les colonnes utiles à l'analyse": "83dae9b8155c15fc",
    "une consultation qui recueille des opinions politiques et des informations de santé": "8bb40b2631484d0f",
    "traiter à grande échelle des données sensibles avec un outil nouveau : analyser les risques avant": "7a6e81bb6791043d",
    "prévoir la pseudonymisation dès la conception de la plateforme": "ab07f1a1da8fc245",
    "dire sur quelle base légale (mission d'intérêt public…) la métropole traite les contributions": "36fd65df0574f2d5",
    "dire aux habitant·es, quand ils et elles écrivent, qui recevra leurs contributions et quels sont leurs droits":
        "890315c5eac0a3d2",
}
ARTICLES = ("4", "5", "6", "9", "13", "25", "28", "35")


def _empreinte(*morceaux: str) -> str:
    return hashlib.sha256("|".join(morceaux).encode("utf-8")).hexdigest()[:16]


def _phrase_normale(phrase) -> str:
    """Une clé comparée sans se soucier de l'apostrophe (’ ou '), des espaces ni de la casse du bord."""
    texte = unicodedata.normalize("NFC", str(phrase)).replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(texte.split())


def _code_de(fonction):
    """Le code compilé d'une fonction ; pour une fonction rejouée à part (contre-épreuve), celui de
    son texte source, pour que les mêmes vérifications (trous, raccourcis) s'y appliquent."""
    code = getattr(fonction, "__code__", None)
    source = getattr(fonction, "source", None)
    if code is None and isinstance(source, str):
        try:
            code = compile(source, "<réponse>", "exec")
        except SyntaxError:
            code = None
    return code


def _noms_utilises(fonction) -> set[str]:
    """Les noms globaux qu'une fonction (et ses compréhensions) utilise : pour repérer un raccourci."""
    noms: set[str] = set()
    a_voir = [_code_de(fonction)]
    while a_voir:
        code = a_voir.pop()
        if code is None:
            continue
        noms.update(code.co_names)
        a_voir.extend(c for c in code.co_consts if hasattr(c, "co_names"))
    return noms


def _textes_utilises(fonction) -> list[str]:
    """Les textes écrits dans le code d'une fonction (ses motifs, par exemple)."""
    textes, a_voir = [], [_code_de(fonction)]
    while a_voir:
        code = a_voir.pop()
        if code is None:
            continue
        textes.extend(c for c in code.co_consts if isinstance(c, str))
        a_voir.extend(c for c in code.co_consts if hasattr(c, "co_names"))
    return textes


def _textes_de_controle(graine: int, types) -> pd.DataFrame:
    """Des textes frais avec les formes variées du type, des textes qui en contiennent deux, et
    des leurres sans donnée (longs numéros, horaires, un code collé à des lettres)."""
    frais = generer_textes_varies(60, graine=graine, types=types)
    doubles = []
    for i in range(0, 20, 2):  # deux textes mis bout à bout : deux données dans le même texte
        premier, second = frais.iloc[i], frais.iloc[i + 1]
        decalage = len(premier["texte"]) + 1
        doubles.append({
            "identifiant": f"DOUBLE-{i}", "texte": premier["texte"] + " " + second["texte"],
            "donnees_personnelles": list(premier["donnees_personnelles"]) + [
                {**r, "debut": r["debut"] + decalage, "fin": r["fin"] + decalage} for r in second["donnees_personnelles"]],
        })
    leurres = pd.DataFrame({"identifiant": [f"LEURRE-{i}" for i in range(6)], "texte": [
        "Dossier n° 2024063998351199, ouvert le 12/03 à 18 h 30.",
        "Le bus 12 passe à 7 h 45 et à 8 h 15, quai B.",
        "Nous étions 120 à la réunion, salle 3, bâtiment AB.",
        "Code de la porte : 4512 B, digicode en panne depuis 3 semaines.",
        "Colis FRAB123CDX2 en attente au relais depuis lundi.",
        "Je fais 30 km par jour, du 125 au 131 de la rue, en bus de 8 h à 9 h.",
    ], "donnees_personnelles": [[], [], [], [], [], []]})
    return pd.concat([frais, pd.DataFrame(doubles), leurres], ignore_index=True)


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
            f"{nom} ne renvoie rien (None) pour « {texte[:60]}… » : terminez la fonction par « return » suivi "
            "de la liste des paires (début, fin), par exemple return [(m.start(), m.end()) for m in …]."
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


_RACCOURCIS = ("detecter_par_regles", "detecter", "analyser", "detecter_par_spacy", "evaluer", "fusionner",
               "Pseudonymiseur", "pseudonymiser", "tailles_des_classes")

# Ce que chaque exercice demande d'écrire soi-même, dit dans le refus d'un raccourci
_A_ECRIRE = {
    "trouver_telephones": "re.finditer et votre propre motif de téléphone, comme le modèle de la cellule",
    "trouver_plaques": "re.finditer et votre propre motif de plaque, comme le modèle de la cellule",
    "rappel": "vos deux compteurs a_trouver et trouvees, comme le code à trous",
    "combiner": "la liste autres, puis la condition de recouvrement, comme l'indice",
    "pseudonyme": "hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256).hexdigest(), comme le modèle",
    "part_isolee": "tableau.groupby([…]).size(), comme le modèle",
}


def _refuser_raccourci(fonction, nom: str) -> None:
    """Refuse une fonction qui appelle l'outil du cours au lieu de faire le travail demandé."""
    utilises = sorted(_noms_utilises(fonction) & set(_RACCOURCIS))
    if utilises:
        raise ReponseIncorrecte(
            f"{nom} appelle {utilises[0]}, l'outil du cours : il donnerait le bon résultat sans que vous "
            f"ayez écrit la méthode. L'exercice demande de l'écrire vous-même : {_A_ECRIRE[nom]}."
        )


def _verifier_ma_fonction(fonction, nom: str, signature: str) -> None:
    """Une fonction de réponse : toujours une fonction, sans trou « ___ » laissé, sans l'outil du cours."""
    verifier_fonction(fonction, nom, signature)
    dans_le_code = "___" in _noms_utilises(fonction)
    if dans_le_code or any("___" in t for t in _textes_utilises(fonction)):
        raise ReponseIncorrecte(
            f"{nom} contient encore un trou « ___ » : remplacez chaque ___ par ce qui manque (l'indice le dit), "
            "exécutez la cellule de réponse, puis cette cellule. " + (
                "Dans Jupyter, un ___ laissé tel quel ne donne pas d'erreur claire : il vaut l'avant-avant-dernier "
                "résultat affiché, souvent un texte vide, d'où des erreurs comme « '<' not supported between "
                "instances of 'int' and 'str' »." if dans_le_code else
                "Dans un motif, ___ est cherché tel quel (trois traits bas), et le texte n'en contient pas : "
                "la fonction ne trouverait rien.")
        )
    _refuser_raccourci(fonction, nom)


def _verifier_repereur(fonction, nom: str, type_: str, graines, formes: str) -> str:
    """Rejoue une fonction de repérage sur des textes frais : aucune fausse alerte sur les leurres,
    chaque passage couvert en entier (à un caractère près), rappel ≥ 0,95, tous les passages d'un texte."""
    _verifier_ma_fonction(fonction, nom, "texte")
    if any("\x08" in t for t in _textes_utilises(fonction)):
        raise ReponseIncorrecte(
            f"Le motif de {nom} contient « \\b » écrit sans r devant les guillemets : Python le lit comme un "
            "caractère invisible (retour arrière), que le texte ne contient jamais. Écrivez le motif r\"…\" "
            "(r comme « brut »), par exemple r\"\\b[A-Z]{2}\"."
        )
    rappels = []
    for graine in graines:
        controle = _textes_de_controle(graine, (type_,))
        reperages = [_en_positions(_appeler(fonction, nom, t), nom, t) for t in controle["texte"]]
        references = list(controle["donnees_personnelles"])
        textes = list(controle["texte"])
        fausses = [(t, [t[r["debut"]:r["fin"]] for r in rep]) for t, rep, ref in zip(textes, reperages, references)
                   if not ref and rep]
        minuscules = [(t, ps) for t, ps in fausses if type_ == "plaque" and any(c.islower() for x in ps for c in x)]
        if minuscules:
            texte, passages = minuscules[0]
            raise ReponseIncorrecte(
                f"{nom} trouve {passages} dans « {texte} », qui ne contient aucune plaque : votre motif accepte les "
                "minuscules (flags=re.I, re.IGNORECASE ou (?i) ?). Une plaque s'écrit en majuscules : retirez cette "
                "option, [A-Z] ne prendra que des majuscules."
            )
        if fausses:
            texte, passages = fausses[0]
            raise ReponseIncorrecte(
                f"{nom} trouve {passages} dans « {texte} », qui ne contient aucune donnée : "
                "votre motif est trop large. Exigez le bon nombre de chiffres ou de lettres, et des "
                "bornes (\\b, ou (?<!\\d) et (?!\\d)) pour ne pas prendre un morceau d'un nombre ou d'un mot plus long."
            )
        for texte, reps, refs in zip(textes, reperages, references):
            for ref in refs:
                touches = [r for r in reps if r["debut"] < ref["fin"] and ref["debut"] < r["fin"]]
                if not touches:
                    continue
                debut, fin = min(r["debut"] for r in touches), max(r["fin"] for r in touches)
                attendu = texte[ref["debut"]:ref["fin"]]
                if debut > ref["debut"] + 1 or fin < ref["fin"] - 1:
                    raise ReponseIncorrecte(
                        f"{nom} ne couvre que « {texte[max(debut, ref['debut']):min(fin, ref['fin'])]} » de "
                        f"« {attendu} » : masqué ainsi, le reste du passage resterait lisible. Renvoyez la paire "
                        "(m.start(), m.end()) du passage entier trouvé par votre motif."
                    )
                if debut < ref["debut"] - 1 or fin > ref["fin"] + 1:
                    raise ReponseIncorrecte(
                        f"{nom} déborde : elle renvoie « {texte[max(0, debut):fin]} » pour « {attendu} ». Masquer "
                        "les mots voisins abîme le texte et fausse la précision : renvoyez exactement "
                        "(m.start(), m.end()), sans rien ajouter ni retirer."
                    )
        evaluation = evaluer(reperages, references)
        ensemble = evaluation.loc["ensemble"]
        manquees = [(t, ref, i) for t, rep, refs in zip(textes, reperages, references) for i, ref in enumerate(refs)
                    if not any(r["debut"] < ref["fin"] and ref["debut"] < r["fin"] for r in rep)]
        if ensemble["rappel"] < 0.95:
            suivants = [(t, ref) for t, ref, i in manquees if i > 0]
            if len(suivants) == len(manquees):
                texte, ref = suivants[0]
                raise ReponseIncorrecte(
                    f"{nom} trouve le premier passage d'un texte, pas les suivants : dans « {texte} », "
                    f"« {texte[ref['debut']:ref['fin']]} » manque. Renvoyez une paire pour chaque m de "
                    "re.finditer (ni re.search, ni [:1], qui n'en gardent qu'un)."
                )
            if all(t[ref["debut"]] == "+" for t, ref, _ in manquees):
                borne = any("\\b" in t and "+" in t for t in _textes_utilises(fonction))
                raise ReponseIncorrecte(
                    f"{nom} manque les numéros écrits avec +33, par exemple dans « {manquees[0][0]} ». " + (
                        "Un \\b placé devant « + » ne marche pas (« + » n'est pas une lettre : il n'y a pas de "
                        "limite de mot) ; au début du motif, utilisez plutôt (?<!\\d), « pas de chiffre juste avant »."
                        if borne else
                        "Commencez le motif par (?:\\+33 ?|0) : « +33 » (suivi ou non d'une espace) ou « 0 »."))
            raise ReponseIncorrecte(
                f"Sur {format_nombre(int(ensemble['a_trouver']))} passages dans des textes frais, {nom} n'en trouve "
                f"que {format_pourcentage(ensemble['rappel'])}. Par exemple, « "
                f"{manquees[0][0][manquees[0][1]['debut']:manquees[0][1]['fin']]} » n'est pas trouvé dans "
                f"« {manquees[0][0]} ». Pensez aux formes du terrain : {formes}."
            )
        rappels.append(ensemble["rappel"])
    return (f"{nom} retrouve {format_pourcentage(min(rappels))} des passages, en entier, sur des textes qu'elle "
            "n'avait jamais vus (dont des textes à deux passages), sans fausse alerte sur les leurres.")


def contexte() -> dict:
    """Les variables du notebook dont les exercices ont besoin."""
    demandes = charger_demandes()
    return {
        "demandes": demandes,
        "extrait": extrait_structure(demandes),
        "PHRASES_A_CLASSER": PHRASES_A_CLASSER,
        "SITUATIONS": SITUATIONS,
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
    if abs(part_textes_avec_donnees - (1 - attendu)) < 1e-9:
        raise ReponseIncorrecte(
            f"part_textes_avec_donnees vaut {format_nombre(part_textes_avec_donnees, 4)} : c'est la part des demandes "
            "sans donnée (le complément). Gardez les demandes dont la colonne est différente de \"[]\" (!=), "
            "pas égale (==)."
        )
    verifier_proche(part_textes_avec_donnees, attendu, "part_textes_avec_donnees",
                    indice="calculez sur le tableau demandes seulement (pas la consultation) : "
                           "(demandes[\"donnees_personnelles\"] != \"[]\").mean().")
    return (f"{format_pourcentage(attendu, 1)} des demandes contiennent au moins une donnée plantée : "
            f"environ {format_nombre(round(attendu * 1000))} sur 1 000.")


def _sans_accents(texte: str) -> str:
    return sans_accents(str(texte).strip().lower())


def _squelette_rempli(reponse: dict, cles, manque, vide) -> dict:
    """Le dictionnaire d'un squelette (une clé par phrase donnée, des None à remplacer), lu clé par
    clé malgré les espaces ou apostrophes changés ; ``manque`` et ``vide`` écrivent le message."""
    donnees = {_phrase_normale(k): v for k, v in reponse.items()}
    manquantes = [k for k in cles if _phrase_normale(k) not in donnees]
    if manquantes:
        raise ReponseIncorrecte(manque(manquantes))
    vides = [k for k in cles if donnees[_phrase_normale(k)] is None]
    if vides:
        raise ReponseIncorrecte(vide(vides))
    return donnees


@consigner("nature")
def verifier_ex1_2(nature, PHRASES_A_CLASSER) -> str:
    verifier_type(nature, dict, "nature", indice="un dictionnaire : {phrase: \"directe\", …}.")
    donnees = _squelette_rempli(
        nature, PHRASES_A_CLASSER,
        manque=lambda manquantes: (
            f"Il manque {len(manquantes)} phrase(s) dans nature, par exemple « {manquantes[0]} » : aucune clé du "
            "dictionnaire ne lui ressemble (une lettre changée ou oubliée suffit). Partez du squelette de la "
            "cellule, qui contient déjà chaque phrase, et ne changez que les None."),
        vide=lambda vides: (
            f"{len(vides)} phrase(s) ont encore la valeur None, par exemple « {vides[0]} » : remplacez chaque None "
            "par l'un des mots \"directe\", \"indirecte\", \"sensible\" ou \"aucune\", entre guillemets."),
    )
    inconnues = sorted({str(v) for v in donnees.values() if _sans_accents(v) not in NATURES})
    if inconnues:
        raise ReponseIncorrecte(
            f"nature contient {inconnues} : chaque valeur doit être l'un des mots {list(NATURES)}."
        )
    fausses = [p for p in PHRASES_A_CLASSER
               if _empreinte("ex1_2", p, _sans_accents(donnees[_phrase_normale(p)])) != _EMPREINTES_NATURE[p]]
    if fausses:
        details = []
        for p in fausses:
            donne = _sans_accents(donnees[_phrase_normale(p)])
            details.append(f"- « {p} » : vous avez dit « {donne} » ; une phrase « {donne} » {_RAISONS[donne]}.")
        raise ReponseIncorrecte(
            f"{len(fausses)} phrase(s) mal classée(s) sur {len(PHRASES_A_CLASSER)} :\n" + "\n".join(details)
            + "\nRelisez chacune : qui pourrait reconnaître la personne, avec quoi (un nom, un numéro, une adresse, "
            "une description), et que révèle-t-elle ?"
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
    """Des repérages et références tirés au hasard : recouvrements partiels, types mêlés, une
    référence coupée en deux repérages (un nom trouvé en deux morceaux), un repérage qui touche
    une référence sans la recouvrir (il finit juste où elle commence)."""
    import numpy as np

    rng = np.random.default_rng(graine)
    types = ["nom", "telephone", "adresse"]
    references, reperages = [], []
    for _ in range(40):
        refs, reps = [], []
        for j in range(int(rng.integers(0, 3))):
            debut = 30 * j + 5 + int(rng.integers(0, 5))
            ref = {"type": types[int(rng.integers(3))], "debut": debut, "fin": debut + int(rng.integers(5, 15))}
            refs.append(ref)
            tirage = rng.random()
            if tirage < 0.35:
                reps.append(dict(ref))
            elif tirage < 0.6:  # partiel, parfois d'un autre type
                reps.append({"type": types[int(rng.integers(3))], "debut": ref["debut"] + 2, "fin": ref["fin"] + 3})
            elif tirage < 0.75:  # trouvée en deux morceaux : une seule donnée trouvée, pas deux
                milieu = (ref["debut"] + ref["fin"]) // 2
                reps += [{"type": ref["type"], "debut": ref["debut"], "fin": milieu},
                         {"type": ref["type"], "debut": milieu, "fin": ref["fin"]}]
            elif tirage < 0.87:  # accolée : finit où la donnée commence, ne la recouvre pas
                reps.append({"type": ref["type"], "debut": ref["debut"] - 4, "fin": ref["debut"]})
        if rng.random() < 0.3:
            reps.append({"type": "nom", "debut": 200, "fin": 205})
        references.append(refs)
        reperages.append(reps)
    return reperages, references


def _rappel_variante(reperages, references, type_, variante: str) -> float:
    """Le rappel calculé avec une erreur fréquente, pour la reconnaître."""
    a_trouver = trouvees = 0
    for reps, refs in zip(reperages, references):
        for ref in refs:
            if ref["type"] != type_:
                continue
            a_trouver += 1
            if variante == "exact":
                trouvees += any(r["debut"] == ref["debut"] and r["fin"] == ref["fin"] for r in reps)
            elif variante == "meme_type":
                trouvees += any(r["type"] == type_ and r["debut"] < ref["fin"] and ref["debut"] < r["fin"] for r in reps)
            elif variante == "repérages":  # chaque repérage qui touche compte : une donnée peut compter deux fois
                trouvees += sum(r["debut"] < ref["fin"] and ref["debut"] < r["fin"] for r in reps)
            elif variante == "large":  # <= au lieu de < : un repérage accolé compterait
                trouvees += any(r["debut"] <= ref["fin"] and ref["debut"] <= r["fin"] for r in reps)
    return trouvees / a_trouver if a_trouver else float("nan")


_ERREURS_RAPPEL = {
    "exact": "vous ne comptez une donnée trouvée que si un repérage a exactement les mêmes début et fin. Ici, un "
             "recouvrement partiel compte : r[\"debut\"] < ref[\"fin\"] and ref[\"debut\"] < r[\"fin\"].",
    "meme_type": "vous exigez que le repérage annonce le même type : une donnée masquée sous un autre type est "
                 "pourtant masquée. Ne regardez le type que des références.",
    "repérages": "vous comptez les repérages qui touchent une donnée, pas les données : un nom trouvé en deux "
                 "morceaux compterait deux fois, et le rappel pourrait dépasser 1. Ajoutez 1 à trouvees au plus "
                 "une fois par référence, avec any(…).",
    "large": "vous comptez aussi un repérage qui finit juste où la donnée commence (<= au lieu de <) : il ne "
             "masque aucun de ses caractères. Gardez des inégalités strictes : r[\"debut\"] < ref[\"fin\"] "
             "and ref[\"debut\"] < r[\"fin\"].",
}


@consigner("rappel")
def verifier_ex2_3(rappel) -> str:
    _verifier_ma_fonction(rappel, "rappel", "reperages, references, type_")
    for graine in (31, 32):
        reperages, references = _jeu_de_spans(graine)
        for type_ in ("nom", "telephone", "adresse"):
            attendu = evaluer(reperages, references).loc[type_, "rappel"]
            valeur = _appeler(rappel, "rappel", reperages, references, type_)
            if valeur is None:
                raise ReponseIncorrecte(
                    "rappel ne renvoie rien (None) : terminez par la ligne « return trouvees / a_trouver »."
                )
            verifier_type(valeur, (int, float), "rappel(…)")
            if abs(valeur - 100 * attendu) < 1e-6:
                raise ReponseIncorrecte(
                    f"Pour « {type_} », votre rappel vaut {format_nombre(valeur, 1)} : c'est un pourcentage. Ne "
                    "multipliez pas par 100 : la fonction renvoie une part, entre 0 et 1."
                )
            for variante, explication in _ERREURS_RAPPEL.items():
                autre = _rappel_variante(reperages, references, type_, variante)
                if abs(valeur - autre) < 1e-9 and abs(autre - attendu) > 1e-9:
                    raise ReponseIncorrecte(
                        f"Pour le type « {type_} », votre rappel vaut {format_nombre(valeur, 3)} au lieu de "
                        f"{format_nombre(attendu, 3)} : {explication}"
                    )
            if abs(valeur - attendu) > 1e-9:
                raise ReponseIncorrecte(
                    f"Pour le type « {type_} », votre rappel vaut {format_nombre(valeur, 3)}, on attend "
                    f"{format_nombre(attendu, 3)} : comptez, parmi les références de ce type seulement (a_trouver), "
                    "celles que recouvre au moins un repérage du même texte (trouvees), puis divisez."
                )
    return "Votre rappel donne les mêmes valeurs que l'outil du cours sur des repérages qu'il n'avait jamais vus."


def _recouvre(a, b) -> bool:
    return a["debut"] < b["fin"] and b["debut"] < a["fin"]


_ARTICLES_TYPES = {"nom": ("le nom", "repéré"), "adresse": ("l'adresse", "repérée"),
                   "telephone": ("le téléphone", "repéré"), "courriel": ("le courriel", "repéré"),
                   "plaque": ("la plaque", "repérée"), "iban": ("l'IBAN", "repéré")}

# Les essais de l'exercice 3.1 : un texte, les repérages des règles (type, passage), les personnes de spaCy
_ESSAIS_COMBINER = (
    ("Le trou est devant le 12 rue Jean-Baptiste Orvelin, merci.",
     [("adresse", "12 rue Jean-Baptiste Orvelin")], ["Jean-Baptiste Orvelin"]),
    ("Karim Poulard a appelé, rappelez-le au 06 39 98 35 11.",
     [("telephone", "06 39 98 35 11")], ["Karim Poulard"]),
    ("Mme Ferrandou a signalé la fuite.", [("nom", "Mme Ferrandou")], ["Ferrandou"]),
    ("Sophie et Théo Quintard ont écrit.", [], ["Sophie", "Théo Quintard"]),
    ("Écrire à nadia.ferrandou@exemple.fr ou à Mme Vaucanel, voisine de Karim.",
     [("courriel", "nadia.ferrandou@exemple.fr"), ("nom", "Mme Vaucanel")], ["nadia", "Karim"]),
    # les règles trouvent « Mme Ferrandou », spaCy tout le passage
    ("Nadia, Mme Ferrandou, a appelé.", [("nom", "Mme Ferrandou")], ["Nadia, Mme Ferrandou"]),
    # une « personne » qui déborde d'une adresse : elle la chevauche sans y être incluse
    ("Devant le 5 rue Louise Michel Sophie attendait le bus.", [("adresse", "5 rue Louise Michel")],
     ["Louise Michel Sophie"]),
    # un texte tapé sans espace : la personne finit juste où l'adresse commence, sans la chevaucher
    ("Courrier pour Théo Quintard12 rue des Saules.", [("adresse", "12 rue des Saules")], ["Théo Quintard"]),
)


def _passages(texte: str, paires) -> list[dict]:
    sortie = []
    for type_, passage in paires:
        debut = texte.index(passage)
        sortie.append({"type": type_, "debut": debut, "fin": debut + len(passage)})
    return sortie


def _cle_passage(x) -> tuple | None:
    if not isinstance(x, dict):
        return None
    return (x.get("type"), x.get("debut"), x.get("fin"))


@consigner("combiner")
def verifier_ex3_1(combiner) -> str:
    _verifier_ma_fonction(combiner, "combiner", "regles, personnes")
    for texte, paires, noms in _ESSAIS_COMBINER:
        regles = _passages(texte, paires)
        personnes = _passages(texte, [("nom", n) for n in noms])
        resultat = _appeler(combiner, "combiner", [dict(r) for r in regles], [dict(p) for p in personnes])
        if resultat is None:
            raise ReponseIncorrecte("combiner ne renvoie rien (None) : terminez par « return regles + gardees ».")
        verifier_type(resultat, list, "combiner(…)")
        recus = {_cle_passage(x) for x in regles + personnes}
        changes = [x for x in resultat if _cle_passage(x) not in recus]
        if changes:
            x = changes[0]
            montre = (f"« {texte[x['debut']:x['fin']]} » avec le type {x.get('type')!r}"
                      if isinstance(x, dict) and all(isinstance(x.get(c), int) for c in ("debut", "fin")) else repr(x))
            raise ReponseIncorrecte(
                f"Dans « {texte} », combiner renvoie {montre}, qui n'est ni un repérage des règles ni une personne de "
                "spaCy tels que reçus. Renvoyez les passages tels quels (regles + gardees) : n'en changez ni le type "
                "(une personne reste « nom »), ni les positions. Changer l'étiquette d'une personne la ferait "
                "échapper aux vérifications, pas au piège."
            )
        cles = {_cle_passage(x) for x in resultat}
        for r in regles:
            if _cle_passage(r) not in cles:
                article, accord = _ARTICLES_TYPES.get(r["type"], (f"le passage « {r['type']} »", "repéré"))
                raise ReponseIncorrecte(
                    f"combiner a perdu un repérage des règles : {article} « {texte[r['debut']:r['fin']]} », {accord} "
                    f"dans « {texte} ». Les règles sont sûres (rappel et précision mesurés) : gardez-les toutes, "
                    "return regles + gardees."
                )
        autres = [r for r in regles if r["type"] != "nom"]
        for p in personnes:
            nom_p = texte[p["debut"]:p["fin"]]
            sous = [a for a in autres if _recouvre(p, a)]
            if sous and _cle_passage(p) in cles:
                a = sous[0]
                article, accord = _ARTICLES_TYPES.get(a["type"], (f"le passage « {a['type']} »", "repéré"))
                raise ReponseIncorrecte(
                    f"Dans « {texte} », combiner garde la « personne » « {nom_p} » trouvée par spaCy, qui chevauche "
                    f"{article} « {texte[a['debut']:a['fin']]} » {accord} par les règles : c'est le piège « 12 rue "
                    "Jean-Baptiste Orvelin ». Il suffit qu'elles se recouvrent en partie (pas besoin que l'une soit "
                    "incluse dans l'autre) : p[\"debut\"] < a[\"fin\"] and a[\"debut\"] < p[\"fin\"]."
                )
            if not sous:
                couverts = "".join("\0" if any(x["debut"] <= i < x["fin"] for x in resultat) else texte[i]
                                   for i in range(p["debut"], p["fin"]))  # \0 : un caractère masqué
                lisibles = [m.strip(" ,") for m in couverts.split("\0") if m.strip(" ,")]
                if not lisibles:
                    continue
                touchees = [a for a in autres if a["fin"] == p["debut"] or p["fin"] == a["debut"]]
                if touchees:
                    a = touchees[0]
                    article, _ = _ARTICLES_TYPES.get(a["type"], (f"le passage « {a['type']} »", "repéré"))
                    raise ReponseIncorrecte(
                        f"Dans « {texte} » (tapé sans espace), combiner retire la personne « {nom_p} », qui touche "
                        f"{article} « {texte[a['debut']:a['fin']]} » sans la chevaucher : la personne finit juste où "
                        "l'adresse commence, aucun caractère n'est commun. Vous avez sans doute écrit <= au lieu de < "
                        "(la même erreur qu'en 2.3) : gardez des inégalités strictes, p[\"debut\"] < a[\"fin\"] "
                        "and a[\"debut\"] < p[\"fin\"]."
                    )
                dit = " et ".join(f"« {m} »" for m in lisibles)
                raise ReponseIncorrecte(
                    f"Dans « {texte} », spaCy trouve la personne « {nom_p} », mais après combiner, {dit} resterai"
                    f"{'en' if len(lisibles) > 1 else 't'} lisible{'s' if len(lisibles) > 1 else ''} : combiner a perdu "
                    "la personne, alors qu'elle ne chevauche aucune adresse, aucun courriel, aucun téléphone. Ne "
                    "retirez que les personnes qui chevauchent un repérage des règles autre qu'un nom : une personne "
                    "posée sur un nom des règles peut en couvrir davantage (« Nadia » devant « Mme Ferrandou »)."
                )
    return "Votre combinaison garde toutes les règles et les personnes utiles de spaCy, sans masquer une rue au nom de personne."


# La clé de la vérification : fixe (le message doit être le même dans le noyau et à la contre-épreuve),
# jamais affichée. Les pseudonymes attendus sont calculés comme l'outil du cours (Pseudonymiseur).
_CLE_DE_VERIFICATION = "vérification 4.1 : " + hashlib.sha256(b"civiclabs lab04 ex4_1").hexdigest()[:20]
_FORME_PSEUDONYME = re.compile(r"\[PERSONNE_([0-9a-f]{6})\]")


def _hmac6(cle: str, texte: str, algorithme=hashlib.sha256) -> str:
    return hmac.new(cle.encode(), texte.encode(), algorithme).hexdigest()[:6]


def _normal(nom: str) -> str:
    return " ".join(nom.lower().split())


def _reversible(texte: str, mots=("nadia", "ferrandou")) -> bool:
    """Vrai si l'on retrouve un des mots sans la clé : en clair, en base64, en hexadécimal, en rot13,
    ou les lettres décalées d'un même nombre de rangs."""
    import base64
    import binascii
    import codecs

    candidats = [texte, codecs.decode(texte, "rot13")]
    interieur = re.sub(r"^\[?PERSONNE_|\]$", "", texte)
    for morceau in {texte, interieur}:
        for decodeur in (lambda m: base64.b64decode(m + "=" * (-len(m) % 4)), base64.b32decode, bytes.fromhex):
            try:
                candidats.append(decodeur(morceau).decode("utf-8", "ignore"))
            except (binascii.Error, ValueError):
                pass
        for decalage in range(1, 40):
            candidats.append("".join(chr(max(0, ord(c) - decalage)) for c in morceau))
            candidats.append("".join(chr(ord(c) + decalage) for c in morceau))
    return any(m in c.lower() for c in candidats for m in mots)


def _montrer(valeur: str, cle: str) -> str:
    """Une réponse de la personne, montrée sans jamais laisser voir la clé de la vérification."""
    return repr(valeur.replace(cle, "(clé)")[:40] + ("…" if len(valeur) > 40 else ""))


@consigner("pseudonyme")
def verifier_ex4_1(pseudonyme) -> str:
    _verifier_ma_fonction(pseudonyme, "pseudonyme", "nom, cle")
    if "hash" in _noms_utilises(pseudonyme):
        raise ReponseIncorrecte(
            "pseudonyme utilise hash(), la fonction de Python : son résultat change à chaque session (à chaque "
            "redémarrage du noyau), si bien que la même personne recevrait demain un autre pseudonyme, et ne "
            "dépend pas d'une vraie clé secrète. Utilisez hmac.new(cle.encode(), nom_normalise.encode(), "
            "hashlib.sha256).hexdigest()."
        )
    cle = _CLE_DE_VERIFICATION
    premier = _appeler(pseudonyme, "pseudonyme", "Nadia Ferrandou", cle)
    verifier_type(premier, str, "pseudonyme(\"Nadia Ferrandou\", cle)")
    if _reversible(premier):
        raise ReponseIncorrecte(
            f"pseudonyme(\"Nadia Ferrandou\", cle) donne {_montrer(premier, cle)} : on y retrouve le nom sans la clé "
            "(en clair, ou en décodant : base64, hexadécimal, lettres décalées). Un encodage se décode ; un "
            "hachage à clé (HMAC) ne se décode pas. Le pseudonyme doit venir de "
            "hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256).hexdigest()."
        )
    if not (premier.startswith("[PERSONNE_") and premier.endswith("]")):
        raise ReponseIncorrecte(
            f"pseudonyme(\"Nadia Ferrandou\", cle) donne {_montrer(premier, cle)} : on attend la catégorie gardée, "
            "sous la forme « [PERSONNE_…] », pour que le texte reste lisible."
        )
    if not _FORME_PSEUDONYME.fullmatch(premier):
        interieur = premier[len("[PERSONNE_"):-1]
        if re.fullmatch(r"[0-9a-fA-F]{6}", interieur):
            raise ReponseIncorrecte(
                f"pseudonyme(\"Nadia Ferrandou\", cle) donne {_montrer(premier, cle)} : les lettres de l'empreinte "
                "doivent être en minuscules (a à f), telles que les donne .hexdigest(). Retirez le .upper() (ou "
                "toute mise en majuscules) : l'outil du cours écrit ses pseudonymes en minuscules."
            )
        raise ReponseIncorrecte(
            f"pseudonyme(\"Nadia Ferrandou\", cle) donne {_montrer(premier, cle)} : après « PERSONNE_ », on attend "
            f"exactement 6 caractères hexadécimaux (chiffres et lettres a à f), les 6 premiers de .hexdigest(), "
            f"écrits [:6] ; vous en avez {len(interieur)}. Avec moins, deux personnes tombent souvent sur le même "
            "pseudonyme ; avec autre chose qu'une empreinte, le nom peut se retrouver."
        )
    if pseudonyme("Karim Poulard", cle) == premier:
        raise ReponseIncorrecte(
            "Deux personnes différentes reçoivent le même pseudonyme : le numéro doit venir du hachage du nom "
            "(hmac.new(…).hexdigest()), pas être fixe."
        )
    if pseudonyme("Nadia Ferrandou", "une tout autre clé") == premier:
        raise ReponseIncorrecte(
            "Le pseudonyme ne change pas avec la clé : sans clé, n'importe qui peut hacher « Nadia Ferrandou » et "
            "retrouver son pseudonyme. Utilisez hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256)."
        )
    attendu = f"[PERSONNE_{_hmac6(cle, 'nadia ferrandou')}]"
    if premier != attendu:
        erreurs = {
            _hmac6(cle, "Nadia Ferrandou"): "vous hachez le nom tel quel : normalisez-le d'abord (minuscules, espaces "
                                            "en trop retirées), sinon « NADIA FERRANDOU » aurait un autre pseudonyme.",
            hmac.new(b"nadia ferrandou", cle.encode(), hashlib.sha256).hexdigest()[:6]:
                "la clé et le nom sont inversés dans hmac.new : la clé d'abord, puis le nom normalisé, "
                "hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256).",
            hashlib.sha256((cle + "nadia ferrandou").encode()).hexdigest()[:6]: "un hachage simple de la clé collée au "
                "nom n'est pas un HMAC, la construction éprouvée qu'utilise l'outil du cours : utilisez hmac.new.",
            hashlib.sha256(("nadia ferrandou" + cle).encode()).hexdigest()[:6]: "un hachage simple du nom collé à la "
                "clé n'est pas un HMAC, la construction éprouvée qu'utilise l'outil du cours : utilisez hmac.new.",
            _hmac6(cle, "nadia ferrandou", hashlib.md5): "MD5 est une fonction de hachage ancienne et cassée : "
                                                         "prenez hashlib.sha256.",
            _hmac6(cle, "nadia ferrandou", hashlib.sha1): "SHA-1 est une fonction de hachage ancienne : prenez hashlib.sha256.",
            hmac.new(cle.encode(), b"nadia ferrandou", hashlib.sha256).hexdigest()[-6:]:
                "vous gardez les 6 derniers caractères de l'empreinte : gardez les 6 premiers, [:6], comme l'outil du "
                "cours, pour que vos pseudonymes soient les siens.",
        }
        raise ReponseIncorrecte(
            f"pseudonyme(\"Nadia Ferrandou\", cle) donne {premier}, l'outil du cours donnerait {attendu} avec la "
            "même clé : " + erreurs.get(premier[10:16], "le pseudonyme doit être [PERSONNE_ suivi des 6 premiers "
                                        "caractères de hmac.new(cle.encode(), nom_normalise.encode(), "
                                        "hashlib.sha256).hexdigest(), puis ].")
        )
    variantes = {"NADIA FERRANDOU": "en capitales", "  nadia   ferrandou ": "avec des espaces en trop au début, au "
                 "milieu et à la fin", "Nadia\tFerrandou": "avec une tabulation au lieu de l'espace"}
    for variante, description in variantes.items():
        if pseudonyme(variante, cle) != premier:
            raise ReponseIncorrecte(
                f"« Nadia Ferrandou » écrit {description} reçoit {pseudonyme(variante, cle)} au lieu de {premier} : "
                "la même personne doit avoir le même pseudonyme partout. Normalisez le nom avant de le hacher : "
                "minuscules (.lower()) et espaces en trop retirées (\" \".join(nom.split()))."
            )
    noms = [f"{p} {n}" for p in ("Karim", "Sophie", "Theo", "Ines", "Serge", "Aicha")
            for n in ("Poulard", "Vaucanel", "Kerbellec", "Quintard")]
    for autre_cle in (cle, cle[::-1]):
        for nom in noms:
            if pseudonyme(nom, autre_cle) != f"[PERSONNE_{_hmac6(autre_cle, _normal(nom))}]":
                raise ReponseIncorrecte(
                    f"Pour « {nom} », votre pseudonyme diffère de celui de l'outil du cours avec la même clé : "
                    "votre fonction ne calcule pas toujours HMAC-SHA256(clé, nom normalisé). Ne traitez pas un nom "
                    "à part : le même calcul pour tous."
                )
    return (f"« Nadia Ferrandou » devient {premier}, quelle que soit l'écriture, aujourd'hui comme dans une autre "
            "session : c'est exactement le pseudonyme de l'outil du cours avec la même clé. Sans la clé, on ne peut "
            "ni remonter au nom, ni vérifier une supposition en hachant soi-même un nom.")


def _part_isolee(tableau: pd.DataFrame) -> float:
    tailles = tailles_des_classes(tableau)
    return float((tailles == 1).sum() / len(tableau))


def _tableaux_5_1(extrait: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    return [
        ("l'extrait", extrait),
        ("l'extrait avec la date au mois", generaliser(extrait, {"date": 1})),
        ("un tirage de 2 000 lignes de l'extrait", extrait.sample(2000, random_state=GRAINE).reset_index(drop=True)),
    ]


@consigner("part_isolee")
def verifier_ex5_1(part_isolee, extrait) -> str:
    _verifier_ma_fonction(part_isolee, "part_isolee", "tableau")
    valeurs = []
    for description, tableau in _tableaux_5_1(extrait):
        attendu = _part_isolee(tableau)
        valeur = _appeler(part_isolee, "part_isolee", tableau.copy())
        if valeur is None:
            raise ReponseIncorrecte("part_isolee ne renvoie rien (None) : terminez par « return … / len(tableau) ».")
        verifier_type(valeur, (int, float), f"part_isolee(tableau) sur {description}")
        tailles = tailles_des_classes(tableau)
        if abs(valeur - (tailles == 1).sum()) < 1e-9 and len(tableau) > 1:
            raise ReponseIncorrecte(
                "part_isolee renvoie un nombre de lignes : divisez-le par le nombre de lignes du tableau, len(tableau)."
            )
        if abs(valeur - (tailles == 1).sum() / len(tailles)) < 1e-9 and abs(attendu - (tailles == 1).sum() / len(tailles)) > 1e-9:
            raise ReponseIncorrecte(
                "Vous avez divisé par le nombre de combinaisons (de groupes) : on veut la part des lignes du "
                "tableau, divisez par len(tableau)."
            )
        valeurs.append(valeur)
        if abs(valeur - attendu) > 1e-9:
            if len(set(valeurs)) == 1 and len(valeurs) > 1:
                raise ReponseIncorrecte(
                    f"part_isolee renvoie {format_nombre(valeur, 4)} pour l'extrait comme pour {description} : la "
                    "fonction doit calculer à partir du tableau qu'elle reçoit (le paramètre tableau), pas renvoyer "
                    "un nombre recopié ni utiliser la variable extrait."
                )
            raise ReponseIncorrecte(
                f"Sur {description}, part_isolee donne {format_nombre(valeur, 4)}, on attend "
                f"{format_nombre(attendu, 4)} : groupez par les quatre quasi-identifiants (quartier, tranche_age, "
                "genre, date), comptez avec .size(), gardez les groupes de taille 1, divisez par len(tableau)."
            )
    return (f"{format_pourcentage(valeurs[0])} des demandes sont seules de leur combinaison ; avec la date au mois, "
            f"encore {format_pourcentage(valeurs[1])} : qui sait qu'une voisine a écrit ce mois-là, et connaît son quartier, "
            "sa tranche d'âge et son genre, retrouve souvent sa demande.")


def _colonne_a_monter(extrait: pd.DataFrame, niveaux: dict) -> str | None:
    """La colonne (hors quartier) qui, montée d'un niveau, laisse le moins de lignes dans des groupes de moins de 5."""
    essais = []
    for colonne in ("date", "tranche_age", "genre"):
        niveau = niveaux.get(colonne, 0)
        if niveau + 1 < len(HIERARCHIES[colonne][1]):
            tailles = tailles_des_classes(generaliser(extrait, {**niveaux, colonne: niveau + 1}))
            essais.append((int(tailles[tailles < 5].sum()), colonne))
    return min(essais)[1] if essais else None


_NOMS_COLONNES = {"date": "la date", "tranche_age": "la tranche d'âge", "genre": "le genre"}


@consigner("niveaux")
def verifier_ex5_2(niveaux, extrait) -> str:
    verifier_type(niveaux, dict, "niveaux", indice="un dictionnaire {colonne: niveau}, par exemple {\"date\": 1}.")
    inconnues = [c for c in niveaux if c not in HIERARCHIES]
    if inconnues:
        raise ReponseIncorrecte(
            f"niveaux nomme {inconnues} : les colonnes possibles sont {list(HIERARCHIES)}."
        )
    textes = {c: v for c, v in niveaux.items() if isinstance(v, str)}
    if textes:
        colonne, valeur = next(iter(textes.items()))
        libelles = [n.lower() for n in HIERARCHIES[colonne][1]]
        exemple = (valeur.strip() if valeur.strip().isdigit() else
                   str(libelles.index(valeur.strip().lower())) if valeur.strip().lower() in libelles else "1")
        noms = ", ".join(f"{i} = {n}" for i, n in enumerate(HIERARCHIES[colonne][1]))
        raise ReponseIncorrecte(
            f"Le niveau de « {colonne} » est écrit entre guillemets ({valeur!r}) : c'est un texte. Un niveau est un "
            f"nombre ({noms}), écrit sans guillemets, par exemple {{\"{colonne}\": {exemple}}}."
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
        tailles = tailles_des_classes(generalise)
        petite = tailles.sort_values(kind="stable").index[0]
        description = ", ".join(f"{c} « {v} »" for c, v in zip(QUASI_IDENTIFIANTS, petite))
        colonne = _colonne_a_monter(extrait, niveaux)
        piste = (f"Montez d'un niveau {_NOMS_COLONNES[colonne]} : c'est la colonne qui, montée d'un niveau, laisse le "
                 "moins de demandes dans des groupes trop petits" if colonne else
                 "Toutes les colonnes permises sont au plus haut niveau : k = 5 est hors d'atteinte sans toucher au quartier")
        raise ReponseIncorrecte(
            f"Avec ces niveaux, k = {k} : {format_nombre(int((tailles < 5).sum()))} combinaison(s) comptent moins de "
            f"5 lignes, par exemple {description} ({format_nombre(int(tailles.min()))} ligne(s)). {piste}, puis "
            "recalculez k."
        )
    if all(niveaux.get(c, 0) == len(HIERARCHIES[c][1]) - 1 for c in ("date", "tranche_age", "genre")):
        raise ReponseIncorrecte(
            "Vous avez tout supprimé sauf le quartier : k est atteint, mais l'extrait ne dit plus rien. "
            "Gardez au moins une autre colonne utile (la date au mois, par exemple)."
        )
    _, glouton = atteindre_k(extrait, 5, garder=("quartier",))
    return (f"k = {k} sans retirer une seule ligne. L'outil du cours, qui généralise pas à pas, choisit "
            f"{glouton} : il y a plusieurs bonnes réponses, c'est un choix à justifier.")


def _article(valeur) -> str:
    """« Article 5 », « art. 5 (1) c) », « 5(1)(c) » -> « 5 » : le numéro de l'article seul."""
    texte = str(valeur).lower().replace("article", "").replace("art.", "").strip()
    trouve = re.match(r"\d+", texte)
    return trouve.group() if trouve else texte


@consigner("articles")
def verifier_ex6_1(articles, SITUATIONS) -> str:
    verifier_type(articles, dict, "articles", indice="un dictionnaire {situation: \"28\", …}.")
    donnees = _squelette_rempli(
        articles, SITUATIONS,
        manque=lambda manquantes: (
            f"Il manque la situation « {manquantes[0]} » : aucune clé du dictionnaire ne lui ressemble. Partez du "
            "squelette de la cellule, qui contient déjà chaque situation, et ne changez que les None."),
        vide=lambda vides: (
            f"{len(vides)} situation(s) ont encore la valeur None, par exemple « {vides[0]} » : remplacez chaque "
            "None par un numéro d'article entre guillemets, par exemple \"28\"."),
    )
    normalises = {s: _article(donnees[_phrase_normale(s)]) for s in SITUATIONS}
    hors = sorted({v for v in normalises.values() if v not in ARTICLES})
    if hors:
        raise ReponseIncorrecte(f"{hors} : choisissez parmi les articles {list(ARTICLES)} (le numéro de l'article).")
    fausses = [s for s in SITUATIONS if _empreinte("ex6_1", s, normalises[s]) != _EMPREINTES_ARTICLES[s]]
    if fausses:
        s = fausses[0]
        raise ReponseIncorrecte(
            f"{len(fausses)} situation(s) mal rattachée(s), par exemple « {s} » (vous avez mis l'article "
            f"{normalises[s]}). Relisez le tableau de la partie 6 : quel article parle de cette situation ?"
        )
    return (f"Les {len(SITUATIONS)} situations sont bien rattachées. Le sous-traitant (article 28) est la question de "
            "tout envoi à un service d'IA, et l'information des personnes (article 13) dit qui recevra leurs textes.")


def _json(valeur) -> str:
    return json.dumps(valeur, ensure_ascii=False)


_TEL = "def trouver_telephones(texte):\n    return [(m.start(), m.end()) for m in re.finditer({}, texte)]"
_TEL_BON = 'r"(?<![\\d+])(?:\\+33[ .-]?|0)[1-9](?:[ .-]?\\d{2}){4}(?!\\d)"'


def _tel_autre(paire: str, fin: str) -> str:
    return "def trouver_telephones(texte):\n    return [" + paire + " for m in re.finditer(" + _TEL_BON + ", texte)]" + fin



_PLAQUE = "def trouver_plaques(texte):\n    return [(m.start(), m.end()) for m in re.finditer({}, texte)]"
_RAPPEL = "def rappel(reperages, references, type_):\n{}"
_RAPPEL_TROUS = (
    "def rappel(reperages, references, type_):\n"
    "    a_trouver = 0\n    trouvees = 0\n"
    "    for reps, refs in zip(reperages, references):\n"
    "        for ref in refs:\n"
    "            if ref[\"type\"] != type_:\n                continue\n"
    "            a_trouver = a_trouver + 1\n"
    "{}"
    "    return {}\n"
)
_COMBINER = "def combiner(regles, personnes):\n{}"
_PSEUDO = "def pseudonyme(nom, cle):\n    import hashlib\n    import hmac\n{}"
_HMAC = "hmac.new(cle.encode(), {}.encode(), hashlib.sha256).hexdigest()"
_NORMAL = "\" \".join(nom.lower().split())"
_PART = "def part_isolee(tableau):\n{}"
_SQUELETTE_NATURE = "nature = {{p: {} for p in PHRASES_A_CLASSER}}"

CAS = (
    Cas("ex1_1", "part_textes_avec_donnees = (demandes[\"donnees_personnelles\"] != \"[]\").sum()",
        "divisez-le par le nombre de demandes", "un nombre de textes au lieu d'une part"),
    Cas("ex1_1", "import json\npart_textes_avec_donnees = demandes[\"donnees_personnelles\"].map(lambda v: len(json.loads(v))).sum() / len(demandes)",
        "compte les données", "les données comptées au lieu des textes", typique=True),
    Cas("ex1_1", "part_textes_avec_donnees = 100 * (demandes[\"donnees_personnelles\"] != \"[]\").mean()",
        "pourcentage", "un pourcentage"),
    Cas("ex1_1", "part_textes_avec_donnees = float((demandes[\"donnees_personnelles\"] == \"[]\").mean())",
        "le complément", "la part des demandes sans donnée"),
    Cas("ex1_1", "part_textes_avec_donnees = 0.06",
        "sur le tableau demandes seulement", "une valeur approchée (ou l'autre corpus)"),
    Cas("ex1_2", "nature = {p: \"directe\" for p in list(PHRASES_A_CLASSER)[:3]}", "Il manque", "des phrases oubliées"),
    Cas("ex1_2", _SQUELETTE_NATURE.format("None"), "encore la valeur None", "le squelette pas rempli"),
    Cas("ex1_2", "nature = {p: \"personnelle\" for p in PHRASES_A_CLASSER}", "doit être l'un des mots", "un mot hors de la liste"),
    Cas("ex1_2", "nature = {p: \"directe\" for p in PHRASES_A_CLASSER}", "mal classée", "tout en directe"),
    Cas("ex2_1", _TEL.format('r"0\\d \\d\\d \\d\\d \\d\\d \\d\\d"'), "Pensez aux formes du terrain",
        "seulement la forme avec espaces", typique=True),
    Cas("ex2_1", _TEL.format('r"\\d{10}|\\d\\d(?:[ .-]\\d\\d){4}|\\+33 ?\\d(?:[ .-]?\\d\\d){4}|\\d{6,}"'),
        "trop large", "un motif qui prend tout long nombre"),
    Cas("ex2_1", _TEL.format('r"\\b(?:\\+33[ .-]?|0)[1-9](?:[ .-]?\\d{2}){4}(?!\\d)"'), "Un \\b placé",
        "\\b devant +33"),
    Cas("ex2_1", _TEL.format('r"(?<!\\d)0[1-9](?:[ .-]?\\d{2}){4}(?!\\d)"'), "Commencez le motif par",
        "les numéros en +33 oubliés"),
    Cas("ex2_1", _tel_autre("(m.start(), m.start() + 1)", ""), "ne couvre que",
        "seul le premier caractère repéré"),
    Cas("ex2_1", _tel_autre("(max(0, m.start() - 40), m.end())", ""), "déborde",
        "40 caractères de trop avant le numéro"),
    Cas("ex2_1", _tel_autre("(m.start(), m.end())", "[:1]"), "pas les suivants",
        "seulement le premier numéro du texte"),
    Cas("ex2_1", "from civiclabs.donnees_personnelles import detecter_par_regles\n"
                 "def trouver_telephones(texte):\n    return [(r[\"debut\"], r[\"fin\"]) for r in detecter_par_regles(texte) "
                 "if r[\"type\"] == \"telephone\"]", "l'outil du cours", "le raccourci par detecter_par_regles"),
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
    Cas("ex2_2", _PLAQUE.format('r"[A-Z]{2}[ -]?\\d{3}[ -]?[A-Z]{2}"'), "FRAB123CDX2",
        "sans \\b : un morceau d'un code plus long"),
    Cas("ex2_2", _PLAQUE.format('"\\b[A-Z]{2}[ -]?[0-9]{3}[ -]?[A-Z]{2}\\b"'), "sans r devant les guillemets",
        "\\b écrit sans r\"…\""),
    Cas("ex2_2", "def trouver_plaques(texte):\n    return [(m.start(), m.end()) for m in "
                 "re.finditer(r\"\\b[A-Z]{2}[ -]?\\d{3}[ -]?[A-Z]{2}\\b\", texte, flags=re.I)]",
        "accepte les minuscules", "flags=re.I : des minuscules prises pour une plaque"),
    Cas("ex2_2", _PLAQUE.format('r"\\b[A-Z]{2}___\\d{3}___[A-Z]{2}\\b"'), "contient encore un trou « ___ »",
        "les trous du motif laissés"),
    Cas("ex2_2", "from civiclabs.donnees_personnelles import detecter\n"
                 "def trouver_plaques(texte):\n    return [(r[\"debut\"], r[\"fin\"]) for r in detecter([texte])[0] "
                 "if r[\"type\"] == \"plaque\"]", "votre propre motif de plaque", "le raccourci par detecter"),
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
    Cas("ex2_3", _RAPPEL_TROUS.format(
        "            for r in reps:\n"
        "                if r[\"debut\"] < ref[\"fin\"] and ref[\"debut\"] < r[\"fin\"]:\n"
        "                    trouvees = trouvees + 1\n", "trouvees / a_trouver"),
        "pas les données", "les repérages comptés au lieu des références"),
    Cas("ex2_3", _RAPPEL_TROUS.format(
        "            if any(r[\"debut\"] <= ref[\"fin\"] and ref[\"debut\"] <= r[\"fin\"] for r in reps):\n"
        "                trouvees = trouvees + 1\n", "trouvees / a_trouver"),
        "<= au lieu de <", "inégalités larges"),
    Cas("ex2_3", _RAPPEL_TROUS.format(
        "            if any(r[\"debut\"] < ref[\"fin\"] and ref[\"debut\"] < r[\"fin\"] for r in reps):\n"
        "                trouvees = trouvees + 1\n", "100 * trouvees / a_trouver"),
        "Ne multipliez pas par 100", "un pourcentage"),
    Cas("ex2_3", "from civiclabs.donnees_personnelles import evaluer\n" + _RAPPEL.format(
        "    return float(evaluer(reperages, references).loc[type_, \"rappel\"])"), "l'outil du cours",
        "le raccourci par evaluer"),
    Cas("ex2_3", _RAPPEL.format("    trouvees = 0"), "ne renvoie rien", "return oublié"),
    Cas("ex2_3", _RAPPEL_TROUS.format(
        "            if any(r[\"debut\"] < ___ and ___ < r[\"fin\"] for r in reps):\n"
        "                trouvees = trouvees + 1\n", "trouvees / a_trouver"),
        "contient encore un trou « ___ »", "des trous ___ laissés"),
    Cas("ex2_3", _RAPPEL.format("    raise NotImplementedError()"), "n'est pas encore écrite", "pas encore écrite"),
    Cas("ex3_1", _COMBINER.format("    return regles"), "combiner a perdu la personne", "spaCy oublié"),
    Cas("ex3_1", _COMBINER.format("    return regles + personnes"), "qui chevauche l'adresse « 12 rue Jean-Baptiste",
        "les personnes gardées sur une adresse"),
    Cas("ex3_1", _COMBINER.format(
        "    gardees = [p for p in personnes if not any(p[\"debut\"] < a[\"fin\"] and a[\"debut\"] < p[\"fin\"] for a in regles)]\n"
        "    return regles + gardees"), "« Nadia » resterait lisible", "les personnes retirées sous un nom des règles aussi"),
    Cas("ex3_1", _COMBINER.format(
        "    autres = [r for r in regles if r[\"type\"] != \"nom\"]\n"
        "    gardees = [p for p in personnes if not any(a[\"debut\"] <= p[\"debut\"] and p[\"fin\"] <= a[\"fin\"] for a in autres)]\n"
        "    return regles + gardees"), "en partie", "inclusion au lieu de chevauchement"),
    Cas("ex3_1", _COMBINER.format("    return personnes"), "a perdu un repérage des règles : l'adresse « 12 rue",
        "les règles oubliées"),
    Cas("ex3_1", _COMBINER.format(
        "    autres = [r for r in regles if r[\"type\"] != \"nom\"]\n"
        "    gardees = [p for p in personnes if not any(p[\"debut\"] <= a[\"fin\"] and a[\"debut\"] <= p[\"fin\"] for a in autres)]\n"
        "    return regles + gardees"), "<= au lieu de <", "inégalités larges : une personne accolée retirée"),
    Cas("ex3_1", _COMBINER.format(
        "    return regles + [{**p, \"type\": \"personne\"} for p in personnes]"), "n'en changez ni le type",
        "les personnes de spaCy rebaptisées « personne »"),
    Cas("ex3_1", "from civiclabs.donnees_personnelles import fusionner\n" + _COMBINER.format(
        "    return fusionner(regles + personnes)"), "fusionner, l'outil du cours : il donnerait",
        "le raccourci par fusionner"),
    Cas("ex3_1", _COMBINER.format("    regles + personnes"), "ne renvoie rien", "return oublié"),
    Cas("ex3_1", _COMBINER.format("    return [p for p in personnes if p[\"type\"] != r[\"type\"]]"), "s'arrête sur une erreur",
        "une variable jamais définie"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _HMAC.format("nom") + "[:6] + \"]\""),
        "vous hachez le nom tel quel", "nom non normalisé"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _HMAC.format("nom.lower().strip()") + "[:6] + \"]\""),
        "avec des espaces en trop", "espaces du milieu non retirées"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hashlib.sha256(" + _NORMAL + ".encode()).hexdigest()[:6] + \"]\""),
        "ne change pas avec la clé", "hachage sans clé"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_000000]\""), "le même pseudonyme", "pseudonyme fixe"),
    Cas("ex4_1", _PSEUDO.format("    return " + _HMAC.format(_NORMAL) + "[:6]"), "la catégorie gardée",
        "l'empreinte seule, sans « [PERSONNE_…] »"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hmac.new(cle, nom, hashlib.sha256).hexdigest()[:6] + \"]\""),
        "s'arrête sur une erreur", "textes non encodés (.encode() oublié)"),
    Cas("ex4_1", _PSEUDO.format("    return \"[\" + nom + \"]\""), "on y retrouve le nom", "le nom entre crochets"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _NORMAL + " + \"]\""), "on y retrouve le nom",
        "le nom dans le pseudonyme"),
    Cas("ex4_1", _PSEUDO.format("    import base64\n    return \"[PERSONNE_\" + base64.b64encode((nom + \"|\" + cle).encode()).decode() + \"]\""),
        "Un encodage se décode", "base64 (réversible)"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + \"\".join(chr(ord(c) + 1) for c in nom) + str(len(cle)) + \"]\""),
        "lettres décalées", "décalage de lettres (réversible)"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + str(abs(hash((nom.lower(), cle))))[:6] + \"]\""),
        "change à chaque session", "hash() de Python"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _HMAC.format(_NORMAL) + "[:1] + \"]\""),
        "exactement 6 caractères", "empreinte trop courte"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hmac.new(cle.encode(), " + _NORMAL + ".encode(), hashlib.md5).hexdigest()[:6] + \"]\""),
        "MD5", "MD5 au lieu de SHA-256"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hashlib.sha256((cle + " + _NORMAL + ").encode()).hexdigest()[:6] + \"]\""),
        "n'est pas un HMAC", "sha256(clé + nom) sans HMAC"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + hmac.new(" + _NORMAL + ".encode(), cle.encode(), hashlib.sha256).hexdigest()[:6] + \"]\""),
        "inversés", "clé et nom inversés"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _HMAC.format(_NORMAL) + "[-6:] + \"]\""),
        "les 6 derniers", "les 6 derniers caractères"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _HMAC.format("nom.lower().replace(' ', '')") + "[:6] + \"]\""),
        "le pseudonyme doit être [PERSONNE_ suivi", "une autre normalisation (espaces supprimées)"),
    Cas("ex4_1", _PSEUDO.format("    if nom.startswith(\"Nadia\") or nom.startswith(\"NADIA\") or \"nadia\" in nom:\n"
                                "        return \"[PERSONNE_\" + " + _HMAC.format(_NORMAL) + "[:6] + \"]\"\n"
                                "    return \"[PERSONNE_\" + " + _HMAC.format("nom") + "[:6] + \"]\""),
        "Ne traitez pas un nom à part", "seul l'exemple du cours est juste"),
    Cas("ex4_1", _PSEUDO.format("    return \"[PERSONNE_\" + " + _HMAC.format(_NORMAL) + "[:6].upper() + \"]\""),
        "en minuscules (a à f)", "l'empreinte mise en majuscules"),
    Cas("ex4_1", "from civiclabs.donnees_personnelles import Pseudonymiseur\n"
                 + _PSEUDO.format("    return Pseudonymiseur(cle).pseudonyme(\"nom\", nom)"),
        "Pseudonymiseur, l'outil du cours", "le raccourci par l'outil du cours (Pseudonymiseur)"),
    Cas("ex5_1", _PART.format("    return int((tableau.groupby([\"quartier\", \"tranche_age\", \"genre\", \"date\"]).size() == 1).sum())"),
        "divisez-le par le nombre de lignes", "un nombre de lignes"),
    Cas("ex5_1", _PART.format("    tailles = tableau.groupby([\"quartier\", \"tranche_age\", \"genre\", \"date\"]).size()\n"
                              "    return float((tailles == 1).mean())"),
        "nombre de combinaisons", "divisé par le nombre de groupes", typique=True),
    Cas("ex5_1", _PART.format("    return 10733 / 12000"), "pas renvoyer un nombre recopié", "un nombre lu sur le graphique"),
    Cas("ex5_1", _PART.format("    return float((tableau.groupby([\"quartier\", \"genre\"]).size() == 1).sum() / len(tableau))"),
        "les quatre quasi-identifiants", "deux quasi-identifiants seulement"),
    Cas("ex5_1", "from civiclabs.donnees_personnelles import tailles_des_classes\n"
                 + _PART.format("    return float((tailles_des_classes(tableau) == 1).sum() / len(tableau))"),
        "tableau.groupby([…]).size()", "le raccourci par tailles_des_classes"),
    Cas("ex5_1", _PART.format("    (tableau.groupby([\"quartier\", \"genre\"]).size() == 1).sum()"), "ne renvoie rien", "return oublié"),
    Cas("ex5_2", "niveaux = {\"date\": 1}", "k = ", "date au mois seulement", typique=True),
    Cas("ex5_2", "niveaux = {\"date\": 4, \"tranche_age\": 0, \"genre\": 0}", "Montez d'un niveau le genre",
        "la date au maximum, le genre « non renseigné » bloque"),
    Cas("ex5_2", "niveaux = {\"date\": \"3\", \"genre\": 1}", "sans guillemets", "un niveau écrit en texte"),
    Cas("ex5_2", "niveaux = {\"date\": \"année\", \"genre\": 1}", "par exemple {\"date\": 3}",
        "le nom du niveau au lieu de son numéro"),
    Cas("ex5_2", "niveaux = {\"quartier\": 1, \"date\": 3}", "laissez « quartier » au niveau 0", "quartier généralisé"),
    Cas("ex5_2", "niveaux = {\"age\": 1}", "les colonnes possibles", "mauvais nom de colonne"),
    Cas("ex5_2", "niveaux = {\"date\": 9}", "impossible", "niveau inexistant"),
    Cas("ex5_2", "niveaux = {\"date\": 4, \"tranche_age\": 3, \"genre\": 1}", "tout supprimé", "tout supprimé"),
    Cas("ex6_1", "articles = {s: \"28\" for s in list(SITUATIONS)[:2]}", "Il manque la situation", "des situations oubliées"),
    Cas("ex6_1", "articles = {s: None for s in SITUATIONS}", "encore la valeur None", "le squelette pas rempli"),
    Cas("ex6_1", "articles = {s: \"14\" for s in SITUATIONS}", "choisissez parmi les articles", "un article hors liste"),
    Cas("ex6_1", "articles = {s: \"28\" for s in SITUATIONS}", "mal rattachée", "tout à l'article 28"),
)

REFLEXIONS_FAIBLES = {
    "reflexion_1": "On peut envoyer les contributions à une IA si on enlève les noms.",
    "reflexion_2": "Il faut dire aux gens que leurs données sont protégées.",
    "reflexion_3": "On refuse si la demande n'est pas justifiée.",
}
