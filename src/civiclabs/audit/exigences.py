"""Une requête comme spécification : ce qu'on exige d'une synthèse, vérifié avec la grille."""

from __future__ import annotations

import re

import pandas as pd

from .methode import IDENTIFIANT, Audit
from .verite import normaliser

EXIGENCES = {
    "(1) cite des identifiants": "chaque idée attribuée aux participant·es renvoie à des contributions",
    "(2) compte des voix, pas des copies": "aucune « majorité » tirée d'une campagne ; les personnes sont comptées",
    "(3) dit ce qui a été mis à part": "campagnes, pétitions, accords courts : signalés et comptés à part",
    "(4) garde tous les thèmes": "aucun thème omis, les plus rares compris",
    "(5) cite mot pour mot": "aucune citation introuvable (altérée ou inventée)",
    "(6) aucun chiffre hors des données": "aucun chiffre faux ni invérifiable",
}


def verifier_exigences(texte, audit: Audit) -> pd.DataFrame:
    """Pour chaque exigence de la requête détaillée (les six, dans l'ordre), tenue ou non, et
    pourquoi. L'exigence (1) porte sur les idées attribuées aux participant·es ; une idée
    qui ne cite aucun identifiant la rompt."""
    texte = getattr(texte, "texte", texte)
    norm = normaliser(texte)
    grille, omissions = audit.grille, audit.omissions
    idees = grille[grille["verdict"].isin(["étayée", "non étayée"]) & grille["etayage"].notna()]
    avec_id = idees["affirmation"].str.contains(IDENTIFIANT) if len(idees) else pd.Series([], dtype=bool)
    majorites = grille["verdict"].eq("trompe sur les personnes")
    mis_a_part = bool(re.search(r"\b(?:a part|mis de cote|ecart)", norm)) and "campagne" in norm
    themes_omis = omissions[omissions["type"].str.startswith("thème")]
    citations = grille["verdict"].eq("citation introuvable")
    chiffres = grille["verdict"].isin(["chiffre faux", "chiffre invérifiable"])
    lignes = [
        ("(1) cite des identifiants", bool(len(idees)) and bool(avec_id.all()),
         f"{int(avec_id.sum())} idée{'s' if len(idees) > 1 else ''} sur {len(idees)} citent un identifiant"),
        ("(2) compte des voix, pas des copies", not majorites.any() and bool(re.search(r"\b(?:personnes|voix)\b", norm)),
         f"{int(majorites.sum())} « majorité » tirée de copies"),
        ("(3) dit ce qui a été mis à part", mis_a_part,
         "la synthèse dit ce qui a été compté à part" if mis_a_part else "rien n'est dit de ce qui a été mis à part"),
        ("(4) garde tous les thèmes", themes_omis.empty,
         "tous présents" if themes_omis.empty else "omis : " + ", ".join(themes_omis["cible"])),
        ("(5) cite mot pour mot", not citations.any(), f"{int(citations.sum())} citation introuvable"
         + ("s" if citations.sum() > 1 else "")),
        ("(6) aucun chiffre hors des données", not chiffres.any(), f"{int(chiffres.sum())} chiffre"
         + ("s" if chiffres.sum() > 1 else "") + " faux ou invérifiable" + ("s" if chiffres.sum() > 1 else "")),
    ]
    return pd.DataFrame(lignes, columns=["exigence", "tenue", "constat"]).assign(
        attendu=lambda t: t["exigence"].map(EXIGENCES))
