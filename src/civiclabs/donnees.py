"""Trouver et charger les jeux de données du cours.

Les notebooks peuvent être ouverts depuis la racine du dépôt, depuis ``labs/NN_…/``,
depuis ``grading/autograded/<apprenant·e>/NN_…/`` (correction nbgrader), dans une
session Binder ou depuis une copie isolée d'un notebook. Dans tous ces cas,
``chemin_donnees()`` retrouve le dossier ``data/`` du cours, dans cet ordre :

1. la variable d'environnement ``CIVICLABS_DONNEES``, si elle est définie ;
2. un dossier ``data/`` contenant ``README.md`` (la fiche des données), dans le
   dossier courant ou l'un de ses parents ;
3. le dossier ``data/`` du dépôt où le paquet ``civiclabs`` est installé
   (installation « éditable », comme le font ``make lab`` et Binder).

Chaque chargeur vérifie le fichier : présence, colonnes attendues, types.
En cas de problème, l'erreur dit en français ce qui manque et comment réparer.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

__all__ = [
    "DonneesIntrouvables",
    "DonneesInvalides",
    "chemin_donnees",
    "dossier_des_sorties",
    "charger_echantillon",
    "charger_demandes",
    "charger_consultation",
    "charger_population",
    "charger_volontaires",
]

VARIABLE_ENVIRONNEMENT = "CIVICLABS_DONNEES"
VARIABLE_SORTIES = "CIVICLABS_SORTIES"
FICHE = "README.md"

# Colonnes de l'échantillon écrit à la main pour le Lab 00.
COLONNES_ECHANTILLON = {
    "identifiant": "string",
    "date": "datetime",
    "canal": "category",
    "quartier": "category",
    "service": "category",
    "texte": "string",
}


class DonneesIntrouvables(FileNotFoundError):
    """Le dossier de données ou l'un de ses fichiers est introuvable."""


class DonneesInvalides(ValueError):
    """Un fichier de données existe mais ne contient pas ce qui est attendu."""


def _dossier_du_paquet() -> Path:
    # src/civiclabs/donnees.py -> racine du dépôt
    return Path(__file__).resolve().parents[2] / "data"


def _est_dossier_donnees(dossier: Path) -> bool:
    return dossier.is_dir() and (dossier / FICHE).is_file()


def dossier_des_sorties(nom: str = "") -> Path:
    """Le dossier où un lab enregistre ce qu'il produit (rapport, fichiers d'une commande), créé
    au besoin : ``civiclabs-sorties`` dans le dossier personnel (sur Binder, à la racine de
    l'explorateur de fichiers), ou celui que donne la variable d'environnement
    ``CIVICLABS_SORTIES``. Jamais dans ``labs/`` : exécuter un lab ne modifie pas les fichiers du
    cours, et les fichiers produits ne partent pas avec une copie rendue. ``nom`` : un
    sous-dossier."""
    if not isinstance(nom, str):
        raise TypeError(f"nom doit être un texte (le nom d'un sous-dossier), pas {type(nom).__name__}.")
    valeur = os.environ.get(VARIABLE_SORTIES)
    dossier = Path(valeur).expanduser() if valeur else Path.home() / "civiclabs-sorties"
    dossier = dossier / nom if nom else dossier
    dossier.mkdir(parents=True, exist_ok=True)
    return dossier.resolve()


def chemin_donnees(depart: str | os.PathLike | None = None) -> Path:
    """Renvoie le chemin du dossier ``data/`` du cours.

    ``depart`` : dossier d'où commencer la recherche (par défaut, le dossier courant).
    Lève ``DonneesIntrouvables`` en listant les endroits examinés.
    """
    examines: list[str] = []

    valeur = os.environ.get(VARIABLE_ENVIRONNEMENT)
    if valeur:
        dossier = Path(valeur).expanduser()
        if dossier.is_dir():
            return dossier.resolve()
        raise DonneesIntrouvables(
            f"La variable d'environnement {VARIABLE_ENVIRONNEMENT} vaut « {valeur} », "
            "mais ce dossier n'existe pas. Corrigez-la ou supprimez-la "
            "pour laisser civiclabs chercher le dossier data/ du cours."
        )
    examines.append(f"la variable d'environnement {VARIABLE_ENVIRONNEMENT} (non définie)")

    ici = Path(depart if depart is not None else Path.cwd()).resolve()
    for dossier in (ici, *ici.parents):
        candidat = dossier / "data"
        if _est_dossier_donnees(candidat):
            return candidat
    examines.append(f"un dossier data/ contenant {FICHE} dans {ici} et ses dossiers parents")

    candidat = _dossier_du_paquet()
    if _est_dossier_donnees(candidat):
        return candidat
    examines.append(f"le dossier du dépôt où civiclabs est installé ({candidat})")

    liste = "\n  - ".join(examines)
    raise DonneesIntrouvables(
        "Impossible de trouver le dossier data/ du cours. J'ai cherché :\n  - "
        f"{liste}\n"
        "Pour réparer : ouvrez le notebook depuis le dépôt civiclabs (make lab), "
        f"ou indiquez le dossier avec la variable d'environnement {VARIABLE_ENVIRONNEMENT}."
    )


def _lire_csv(nom: str, colonnes: dict[str, str], depart=None) -> pd.DataFrame:
    """Lit ``data/<nom>``, vérifie les colonnes et applique les types annoncés."""
    dossier = chemin_donnees(depart)
    fichier = dossier / nom
    if not fichier.is_file():
        raise DonneesIntrouvables(
            f"Le fichier « {nom} » est absent du dossier de données {dossier}. "
            "Récupérez-le depuis le dépôt du cours (git checkout -- data/) "
            "ou régénérez-le avec « make data »."
        )
    try:
        table = pd.read_csv(fichier, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as erreur:
        raise DonneesInvalides(
            f"Le fichier « {nom} » ne se lit pas comme un CSV UTF-8 ({erreur}). "
            "A-t-il été ouvert et réenregistré dans un tableur ? "
            "Récupérez la version d'origine (git checkout -- data/)."
        ) from erreur

    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        noms = ", ".join(f"« {c} »" for c in manquantes)
        raise DonneesInvalides(
            f"Colonne(s) manquante(s) dans « {nom} » : {noms}. "
            f"Colonnes attendues : {', '.join(colonnes)}. "
            "Le fichier a peut-être été modifié : récupérez la version d'origine."
        )
    return _typer(table[list(colonnes)], colonnes, nom)


def _typer(table: pd.DataFrame, colonnes: dict[str, str], nom: str) -> pd.DataFrame:
    table = table.copy()
    for colonne, genre in colonnes.items():
        valeurs = table[colonne]
        try:
            if genre == "string":
                table[colonne] = valeurs.astype("string")
            elif genre == "category":  # une case vide est une valeur absente, pas une catégorie
                table[colonne] = valeurs.replace("", None).astype("category")
            elif genre == "int":
                table[colonne] = pd.to_numeric(valeurs, errors="raise").astype("int64")
            elif genre == "float":
                table[colonne] = pd.to_numeric(valeurs.replace("", None), errors="raise").astype(
                    "float64"
                )
            elif genre == "bool":
                correspondance = {"True": True, "False": False, "oui": True, "non": False}
                inconnues = sorted(set(valeurs) - set(correspondance))
                if inconnues:
                    raise ValueError(f"valeurs inattendues {inconnues[:3]}")
                table[colonne] = valeurs.map(correspondance).astype(bool)
            elif genre == "datetime":
                table[colonne] = pd.to_datetime(valeurs, errors="raise")
            else:
                raise ValueError(f"type inconnu « {genre} »")
        except (ValueError, TypeError) as erreur:
            raise DonneesInvalides(
                f"La colonne « {colonne} » de « {nom} » ne contient pas des valeurs "
                f"de type {genre} ({erreur}). Récupérez la version d'origine du fichier."
            ) from erreur
    return table


def charger_echantillon(depart=None) -> pd.DataFrame:
    """Charge ``echantillon_contributions.csv`` : 79 contributions écrites à la main (Lab 00).

    Colonnes : identifiant, date, canal, quartier, service, texte.
    """
    return _lire_csv("echantillon_contributions.csv", COLONNES_ECHANTILLON, depart)


def _schema(nom: str) -> dict[str, str]:
    from .corpus import schema

    return schema.COLONNES[nom]


def charger_demandes(depart=None) -> pd.DataFrame:
    """Charge ``demandes.csv`` : les demandes adressées à la métropole (Labs 01 et 02)."""
    return _lire_csv("demandes.csv", _schema("demandes.csv"), depart)


def charger_consultation(depart=None) -> pd.DataFrame:
    """Charge ``consultation.csv`` : les contributions à la concertation publique (Lab 03)."""
    return _lire_csv("consultation.csv", _schema("consultation.csv"), depart)


def charger_population(depart=None) -> pd.DataFrame:
    """Charge ``population.csv`` : la population du territoire par quartier, genre et âge."""
    return _lire_csv("population.csv", _schema("population.csv"), depart)


def charger_volontaires(depart=None) -> pd.DataFrame:
    """Charge ``volontaires.csv`` : les volontaires qui ont répondu à l'invitation au panel (Lab 05)."""
    return _lire_csv("volontaires.csv", _schema("volontaires.csv"), depart)
