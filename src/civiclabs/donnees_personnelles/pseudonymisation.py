"""Pseudonymiser : remplacer chaque donnée repérée par sa catégorie, et chaque personne par un
pseudonyme **cohérent** (la même personne reçoit le même pseudonyme dans tous les textes).

Le pseudonyme d'une personne vient d'un **hachage à clé** (HMAC-SHA256) de son nom
normalisé : sans la clé, on ne peut ni retrouver le nom, ni vérifier une supposition (« est-ce
Nadia Ferrandou ? ») en hachant soi-même. La clé se garde **à part** des données (pas dans le
même dossier, pas dans le même envoi). Des données pseudonymisées restent des données
personnelles (RGPD, considérant 26) : qui a la clé, ou assez d'indices, peut ré-identifier.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

CATEGORIES = {
    "nom": "PERSONNE",
    "telephone": "TÉLÉPHONE",
    "courriel": "COURRIEL",
    "adresse": "ADRESSE",
    "plaque": "PLAQUE",
    "iban": "IBAN",
}
LONGUEUR_PSEUDONYME = 6  # caractères hexadécimaux gardés de l'empreinte : 16⁶ numéros possibles
_CIVILITES = {"madame": "mme", "monsieur": "m", "mademoiselle": "mlle", "m.": "m", "mr": "m"}


def normaliser_nom(nom: str) -> str:
    """« NADIA  Ferrandou » -> « nadia ferrandou » : casse, accents, espaces et tirets mis à plat,
    civilités écrites d'une seule façon (« Madame » = « Mme »)."""
    texte = unicodedata.normalize("NFKD", str(nom))
    texte = "".join(c for c in texte if not unicodedata.combining(c)).lower()
    texte = re.sub(r"[\s\-‐’'_]+", " ", texte).strip(" .,;:")
    mots = [_CIVILITES.get(m, m.rstrip(".")) for m in texte.split()]
    return " ".join(mots)


class Pseudonymiseur:
    """Donne des pseudonymes cohérents avec une clé secrète.

    ``cle`` : texte ou octets ; sans clé, une clé au hasard est tirée (les pseudonymes ne
    seront alors cohérents que dans cette session). ``identifier`` : les types qui reçoivent
    un numéro (« [PERSONNE_4f2a9c] ») ; les autres ne gardent que leur catégorie
    (« [TÉLÉPHONE] »).
    """

    def __init__(self, cle: str | bytes | None = None, identifier=("nom",)):
        self.cle_tiree_au_hasard = cle is None
        if cle is None:
            cle = secrets.token_bytes(32)
        if isinstance(cle, str):
            if not cle.strip():
                raise ValueError("La clé de pseudonymisation est vide : choisissez une clé secrète (au moins 16 caractères).")
            cle = cle.encode("utf-8")
        self._cle = bytes(cle)
        self.identifier = tuple(identifier)
        self._numeros: dict[str, str] = {}  # numéro -> nom normalisé (pour éviter deux personnes sous un même numéro)
        self._decales: set[str] = set()
        self.collisions = 0  # personnes qui ont dû prendre les caractères suivants de leur empreinte

    def numero(self, valeur: str) -> str:
        """Le numéro d'une valeur : les 6 premiers caractères hexadécimaux de
        HMAC-SHA256(clé, valeur normalisée), soit 16⁶ ≈ 16,8 millions de numéros possibles.

        Deux personnes peuvent tomber sur les mêmes 6 caractères (une **collision** : voir
        ``risque_de_collision``). Dans une même table, la seconde reçoit alors les 6 caractères
        suivants de l'empreinte, et ``collisions`` le compte : deux personnes ne sont jamais
        fondues sous un même pseudonyme. Ce second numéro dépend de l'ordre de lecture : il peut
        différer d'un fichier à l'autre (le rapport de ``pseudonymiser`` le signale)."""
        normale = normaliser_nom(valeur)
        empreinte = hmac.new(self._cle, normale.encode("utf-8"), hashlib.sha256).hexdigest()
        for depart in range(0, len(empreinte) - LONGUEUR_PSEUDONYME + 1, LONGUEUR_PSEUDONYME):
            numero = empreinte[depart:depart + LONGUEUR_PSEUDONYME]
            deja = self._numeros.setdefault(numero, normale)
            if deja == normale:
                return numero
            if depart == 0 and normale not in self._decales:
                self._decales.add(normale)
                self.collisions += 1
        raise RuntimeError("Trop de collisions de pseudonymes : utilisez une autre clé.")

    def pseudonyme(self, type_: str, valeur: str) -> str:
        categorie = CATEGORIES.get(type_, type_.upper())
        if type_ in self.identifier:
            return f"[{categorie}_{self.numero(valeur)}]"
        return f"[{categorie}]"

    def remplacer(self, texte: str, reperages: list[dict]) -> str:
        """Le texte où chaque passage repéré est remplacé par son pseudonyme."""
        texte = str(texte)
        for r in sorted(reperages, key=lambda r: r["debut"], reverse=True):
            texte = texte[: r["debut"]] + self.pseudonyme(r["type"], texte[r["debut"]:r["fin"]]) + texte[r["fin"]:]
        return texte


def risque_de_collision(personnes: int, longueur: int = LONGUEUR_PSEUDONYME) -> float:
    """La probabilité qu'au moins deux des ``personnes`` reçoivent les mêmes ``longueur``
    premiers caractères hexadécimaux (le « paradoxe des anniversaires », calcul exact)."""
    possibles = 16 ** longueur
    toutes_differentes = 1.0
    for i in range(int(personnes)):
        toutes_differentes *= (possibles - i) / possibles
    return 1.0 - toutes_differentes


def creer_cle(chemin, octets: int = 32) -> str:
    """Écrit dans ``chemin`` une clé secrète tirée au hasard (``octets`` octets, en hexadécimal)
    et renvoie le chemin écrit. Refuse d'écraser un fichier existant : perdre la clé, c'est
    perdre la cohérence des pseudonymes avec les envois précédents."""
    from pathlib import Path

    chemin = Path(chemin)
    if chemin.exists():
        raise FileExistsError(f"Le fichier {chemin} existe déjà : la clé n'est pas remplacée (choisissez un autre nom).")
    chemin.parent.mkdir(parents=True, exist_ok=True)
    chemin.write_text(secrets.token_hex(octets) + "\n", encoding="utf-8")
    try:
        chemin.chmod(0o600)  # lisible par vous seul·e (sans effet sous Windows)
    except OSError:
        pass
    return str(chemin)


def masquer(texte: str, reperages: list[dict], marque: str = "█") -> str:
    """Le texte où chaque passage repéré est noirci (même longueur) : pour voir ce qui est masqué."""
    texte = str(texte)
    for r in reperages:
        texte = texte[: r["debut"]] + marque * (r["fin"] - r["debut"]) + texte[r["fin"]:]
    return texte
