"""Données personnelles fictives insérées dans une partie des textes, avec leurs positions.

Types : nom, telephone, courriel, adresse, plaque. Les numéros de téléphone
sont pris dans les tranches réservées par l'Arcep aux œuvres de fiction
(01 99 00, 06 39 98) ; les domaines de courriel sont inventés.
Chaque position est un dictionnaire {"type", "debut", "fin"} (fin exclue)
sur le texte final : texte[debut:fin] est la donnée.
"""

from __future__ import annotations

import json

import numpy as np

from . import territoire as T

# (phrase avant, type, phrase après) : la donnée s'insère entre les deux.
PHRASES = [
    ("Vous pouvez me joindre au ", "telephone", "."),
    ("Mon numéro : ", "telephone", "."),
    ("Rappelez-moi au ", "telephone", " svp."),
    ("Tél : ", "telephone", ""),
    ("Mon adresse mail : ", "courriel", "."),
    ("Répondez-moi à ", "courriel", " merci."),
    ("Contact : ", "courriel", ""),
    ("J'habite au ", "adresse", "."),
    ("Mon adresse : ", "adresse", "."),
    ("Le problème est juste devant le ", "adresse", "."),
    ("La voiture est immatriculée ", "plaque", "."),
    ("Plaque du véhicule : ", "plaque", "."),
    ("C'est toujours la même voiture, ", "plaque", ", qui se gare là."),
    ("Je m'appelle ", "nom", "."),
    ("Signé : ", "nom", ""),
    ("", "nom", ", locataire au 3e étage."),
    ("Mon voisin ", "nom", " peut en témoigner."),
    ("De la part de ", "nom", "."),
]

# Les phrases où la personne donne son propre nom : deux dans un texte donnent le même nom.
_SON_NOM = {"Je m'appelle ", "Signé : ", "De la part de "}

_LETTRES = list("ABCDEFGHJKLMNPRSTVWXYZ")


def _valeur(type_: str, rng: np.random.Generator, quartier: str, femme: bool) -> str:
    if type_ == "telephone":
        prefixe = ["06 39 98", "01 99 00"][int(rng.integers(2))]
        return f"{prefixe} {rng.integers(10, 100)} {rng.integers(10, 100)}"
    prenoms = T.PRENOMS_FEMMES if femme else T.PRENOMS_HOMMES
    prenom = prenoms[int(rng.integers(len(prenoms)))]
    nom = T.NOMS[int(rng.integers(len(T.NOMS)))]
    if type_ == "nom":
        return f"{prenom} {nom}" if rng.random() < 0.7 else f"{['M.', 'Mme'][int(femme)]} {nom}"
    if type_ == "courriel":
        domaine = T.DOMAINES_COURRIEL[int(rng.integers(len(T.DOMAINES_COURRIEL)))]
        pr = prenom.lower().replace("ï", "i").replace("é", "e").replace("è", "e").replace("ç", "c")
        no = nom.lower().replace("é", "e").replace("è", "e").replace("ï", "i")
        forme = int(rng.integers(3))
        local = [f"{pr}.{no}", f"{pr[0]}{no}{rng.integers(1, 99)}", f"{no}.{pr}"][forme]
        return f"{local}@{domaine}"
    if type_ == "adresse":
        rues = T.RUES[quartier]
        return f"{rng.integers(1, 180)} {rues[int(rng.integers(len(rues)))]}"
    # plaque
    l = _LETTRES
    return (f"{l[rng.integers(len(l))]}{l[rng.integers(len(l))]}-{rng.integers(100, 1000)}-"
            f"{l[rng.integers(len(l))]}{l[rng.integers(len(l))]}")


def inserer(textes: list[str], masque: np.ndarray, quartiers: np.ndarray, genres: np.ndarray,
            rng: np.random.Generator) -> tuple[list[str], list[str]]:
    """Insère 1 ou 2 données personnelles dans les textes où masque est vrai.

    Renvoie les textes modifiés et, pour chaque ligne, la liste JSON des positions
    (« [] » si aucune donnée).
    """
    sortie = list(textes)
    positions = ["[]"] * len(textes)
    for i in np.flatnonzero(masque):
        texte = sortie[i]
        femme = genres[i] == "femme" or (genres[i] != "homme" and rng.random() < 0.5)
        spans = []
        son_nom = None
        deja = set()
        nb = 1 if rng.random() < 0.7 else 2
        for _ in range(nb):
            k, n = int(rng.integers(len(PHRASES))), len(PHRASES)
            # pas deux fois la même phrase (« Je m'appelle X. Je m'appelle X. ») : la suivante du même type
            k = next(j % n for j in range(k, k + n) if PHRASES[j % n][1] == PHRASES[k][1] and PHRASES[j % n][0] not in deja)
            avant, type_, apres = PHRASES[k]
            deja.add(avant)
            valeur = _valeur(type_, rng, quartiers[i], femme)
            if avant in _SON_NOM:  # pas « De la part de Fatoumata Lhermitte… Signé : Khadija Kerbellec »
                son_nom = valeur = son_nom or valeur
            phrase = avant + valeur + apres
            if rng.random() < 0.6 or not texte:
                # à la fin du texte
                prefixe = texte + (" " if texte else "")
                debut = len(prefixe) + len(avant)
                texte = prefixe + phrase
                spans.append({"type": type_, "debut": debut, "fin": debut + len(valeur)})
            else:
                # au début du message (après la formule d'appel s'il y en a une) :
                # décaler les positions déjà posées qui suivent
                coupure = texte.find("\n") + 1
                decalage = len(phrase) + 1
                for s in spans:
                    if s["debut"] >= coupure:
                        s["debut"] += decalage
                        s["fin"] += decalage
                debut = coupure + len(avant)
                texte = texte[:coupure] + phrase + " " + texte[coupure:]
                spans.append({"type": type_, "debut": debut, "fin": debut + len(valeur)})
        spans.sort(key=lambda s: s["debut"])
        sortie[i] = texte
        positions[i] = json.dumps(spans, ensure_ascii=False)
    return sortie, positions
