"""Citer une contribution sans risque : coupée entre deux mots, données personnelles masquées."""

from __future__ import annotations

import json
import re


def abreger(texte: str, longueur: int = 240) -> str:
    """Coupe un texte trop long **entre deux mots** et ajoute « … » (jamais au milieu d'un mot)."""
    texte = " ".join(str(texte).split())
    if len(texte) <= longueur:
        return texte
    coupe = texte[: longueur + 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{coupe or texte[:longueur]} …"


_COURRIEL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TELEPHONE = re.compile(r"(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}")
DONNEE_MASQUEE = "[donnée personnelle masquée]"


def masquer_donnees_personnelles(texte: str, reperes=None) -> str:
    """Masque les données personnelles d'une citation : les passages repérés (``reperes`` :
    la colonne ``donnees_personnelles`` du jeu de données, une liste JSON de {debut, fin}),
    puis, par sécurité, toute adresse électronique et tout numéro de téléphone français."""
    texte = str(texte)
    if isinstance(reperes, str) and reperes.strip().startswith("["):
        try:
            passages = json.loads(reperes)
        except ValueError:
            passages = []
        for p in sorted(passages, key=lambda p: -int(p.get("debut", 0))):
            if 0 <= int(p["debut"]) < int(p["fin"]) <= len(texte):
                texte = texte[: int(p["debut"])] + DONNEE_MASQUEE + texte[int(p["fin"]):]
    texte = _COURRIEL.sub(DONNEE_MASQUEE, texte)
    return _TELEPHONE.sub(DONNEE_MASQUEE, texte)
