"""Une requête comme spécification : ce qu'on exige d'une synthèse, vérifié avec la grille."""

from __future__ import annotations

import re

import pandas as pd

from .methode import IDENTIFIANT, Audit
from .verite import normaliser

EXIGENCES = {
    "cite des identifiants": "chaque affirmation sur ce que les gens ont écrit renvoie à des contributions",
    "compte des voix, pas des copies": "aucune « majorité » tirée d'une campagne ; les personnes sont comptées",
    "dit ce qui a été mis à part": "campagnes, pétitions, accords courts : signalés et comptés à part",
    "garde les thèmes minoritaires": "aucun thème minoritaire omis",
    "n'invente rien": "aucune affirmation non étayée, aucun chiffre faux, aucune citation introuvable",
}


def verifier_exigences(texte, audit: Audit) -> pd.DataFrame:
    """Pour chaque exigence de la requête « spécification », tenue ou non, et pourquoi."""
    texte = getattr(texte, "texte", texte)
    norm = normaliser(texte)
    grille, omissions = audit.grille, audit.omissions
    idees = grille[grille["verdict"].isin(["étayée", "non étayée"]) & grille["etayage"].notna()]
    avec_id = idees["affirmation"].str.contains(IDENTIFIANT) if len(idees) else pd.Series([], dtype=bool)
    majorites = grille["explication"].str.contains("majorité en copies", regex=False)
    mis_a_part = bool(re.search(r"\b(?:a part|mis de cote|ecart)", norm)) and "campagne" in norm
    minoritaires = omissions[omissions["type"] == "thème minoritaire omis"]
    alertes = audit.alertes()
    lignes = [
        ("cite des identifiants", bool(len(idees)) and bool(avec_id.all()),
         f"{int(avec_id.sum())} idée(s) sur {len(idees)} citent un identifiant"),
        ("compte des voix, pas des copies", not majorites.any() and bool(re.search(r"\b(?:personnes|voix)\b", norm)),
         f"{int(majorites.sum())} « majorité » tirée(s) de copies"),
        ("dit ce qui a été mis à part", mis_a_part,
         "la synthèse dit ce qui a été compté à part" if mis_a_part else "rien n'est dit de ce qui a été mis à part"),
        ("garde les thèmes minoritaires", minoritaires.empty,
         "tous présents" if minoritaires.empty else "omis : " + ", ".join(minoritaires["cible"])),
        ("n'invente rien", alertes.empty, f"{len(alertes)} alerte(s) dans la grille"),
    ]
    return pd.DataFrame(lignes, columns=["exigence", "tenue", "constat"]).assign(
        attendu=lambda t: t["exigence"].map(EXIGENCES))
