"""Données ouvertes du Grand Débat national (2019) : l'échantillon fabriqué par le projet,
ou le fichier réel téléchargé une fois puis gardé en cache."""

from __future__ import annotations

import hashlib
import os
import urllib.request
from pathlib import Path

import pandas as pd

# Colonnes communes aux fichiers du Grand Débat national (data.gouv.fr, 2019) ; viennent
# ensuite une colonne par question, nommée « identifiant de la question - texte ».
COLONNES_GRAND_DEBAT = (
    "id", "reference", "title", "createdAt", "publishedAt", "updatedAt", "trashed",
    "trashedStatus", "authorId", "authorType", "authorZipCode",
)
# Adresse publiée en 2019 pour le thème « La transition écologique » (voir data/README.md) ;
# les fichiers sont aussi sur data.gouv.fr (« Données ouvertes du Grand Débat National »).
URL_GRAND_DEBAT = ("http://opendata.auth-6f31f706db6f4a24b55f42a6a79c5086.storage.sbg.cloud.ovh.net/"
                   "2019-03-21/LA_TRANSITION_ECOLOGIQUE.csv")
FICHIER_EXEMPLE = "grand_debat_exemple.csv"


def _dossier_cache() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("CIVICLABS_CACHE") or user_cache_dir("civiclabs"))


def _sha256(chemin: Path) -> str:
    empreinte = hashlib.sha256()
    with chemin.open("rb") as fichier:
        for morceau in iter(lambda: fichier.read(1 << 20), b""):
            empreinte.update(morceau)
    return empreinte.hexdigest()


def charger_grand_debat(telecharger: bool = False, url: str = URL_GRAND_DEBAT,
                        sha256: str | None = None, dossier_cache=None, lignes_max: int | None = None,
                        ouvrir=None) -> pd.DataFrame:
    """Contributions du Grand Débat national (2019), au format des données ouvertes.

    Par défaut (``telecharger=False``), rien n'est téléchargé : on lit le petit échantillon
    **fabriqué par le projet** dans le même format (``data/grand_debat_exemple.csv``, textes
    inventés). Avec ``telecharger=True``, le fichier ``url`` est téléchargé une seule fois,
    gardé dans le dossier de cache (``dossier_cache``, par défaut celui de l'utilisateur·ice),
    vérifié (colonnes attendues, empreinte ``sha256`` si elle est donnée), puis relu depuis le
    cache les fois suivantes. Les données réelles sont sous Licence Ouverte / Etalab 2.0.

    Renvoie un tableau à une ligne par contribution, avec les colonnes d'origine et trois
    colonnes ajoutées : ``identifiant`` (= ``reference``, ou ``id`` si elle manque ; voir
    ``identifiants``), ``auteur`` (= ``authorId``, pour compter les voix) et ``texte`` (les
    réponses ouvertes mises bout à bout)."""
    if not isinstance(telecharger, bool):
        raise TypeError("telecharger doit valoir True ou False.")
    if not telecharger:
        from ..donnees import chemin_donnees

        chemin = chemin_donnees() / FICHIER_EXEMPLE
        if not chemin.is_file():
            raise FileNotFoundError(
                f"L'échantillon {FICHIER_EXEMPLE} est absent de {chemin.parent} : récupérez-le "
                "depuis le dépôt du cours (git checkout -- data/)."
            )
    else:
        if not isinstance(url, str) or not url:
            raise ValueError("Indiquez l'adresse du fichier à télécharger (url=…).")
        dossier = Path(dossier_cache) if dossier_cache is not None else _dossier_cache()
        dossier.mkdir(parents=True, exist_ok=True)
        chemin = dossier / (hashlib.sha256(url.encode()).hexdigest()[:16] + "_" + Path(url).name)
        if not chemin.is_file():
            temporaire = chemin.with_suffix(".partiel")
            ouvrir = ouvrir or urllib.request.urlopen
            try:
                with ouvrir(url) as reponse, temporaire.open("wb") as fichier:
                    for morceau in iter(lambda: reponse.read(1 << 20), b""):
                        fichier.write(morceau)
            except OSError as erreur:
                temporaire.unlink(missing_ok=True)
                raise ConnectionError(
                    f"Le téléchargement de {url} a échoué ({erreur}). Vérifiez la connexion, "
                    "ou travaillez sur l'échantillon : charger_grand_debat()."
                ) from None
            temporaire.replace(chemin)
        if sha256 is not None and _sha256(chemin) != sha256.lower():
            chemin.unlink()
            raise ValueError(
                f"Le fichier téléchargé depuis {url} n'a pas l'empreinte attendue : il est "
                "incomplet ou a changé. Il a été supprimé du cache ; relancez le téléchargement."
            )
    try:
        table = pd.read_csv(chemin, dtype=str, keep_default_na=False, nrows=lignes_max)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as erreur:
        raise ValueError(f"Le fichier {chemin} n'est pas un CSV lisible ({erreur}).") from None
    manquantes = [c for c in COLONNES_GRAND_DEBAT if c not in table.columns]
    if manquantes:
        raise ValueError(
            f"Le fichier {chemin.name} n'a pas le format du Grand Débat : il manque les colonnes "
            f"{', '.join(manquantes)}."
        )
    if not [c for c in table.columns if c not in COLONNES_GRAND_DEBAT]:
        raise ValueError(f"Le fichier {chemin.name} ne contient aucune colonne de question.")
    texte = reponses_ouvertes(table)  # avant d'ajouter des colonnes, qui ne sont pas des questions
    table["identifiant"] = identifiants(table)
    table["auteur"] = table["authorId"]
    table["texte"] = texte
    return table


# Colonnes que charger_grand_debat ajoute : jamais prises pour des réponses.
COLONNES_AJOUTEES = ("identifiant", "auteur", "texte")


def identifiants(table: pd.DataFrame) -> pd.Series:
    """L'identifiant lisible de chaque contribution : la colonne ``reference`` (« 2-14 » : thème 2,
    contribution 14) quand elle est remplie et unique, sinon ``id`` (une longue chaîne codée en
    base 64, peu commode à citer dans un rapport)."""
    reference = table["reference"].fillna("").astype(str).str.strip()
    if (reference != "").all() and reference.is_unique:
        return reference
    return table["id"].astype(str)


def reponses_ouvertes(table: pd.DataFrame) -> pd.Series:
    """Les réponses aux questions ouvertes de chaque contribution, mises bout à bout (toutes les
    questions si aucune ne semble ouverte ; des textes vides s'il n'y a aucune question)."""
    questions = [c for c in table.columns if c not in COLONNES_GRAND_DEBAT and c not in COLONNES_AJOUTEES]
    if not questions:
        return pd.Series("", index=table.index)
    # Questions ouvertes : des réponses presque toutes différentes ; les questions fermées
    # (« Oui », « Non », un choix dans une liste) reprennent toujours les mêmes valeurs.
    ouvertes = [q for q in questions
                if table[q].loc[table[q] != ""].nunique() > 0.3 * max((table[q] != "").sum(), 1)]
    return table[ouvertes or questions].apply(lambda ligne: " ".join(v for v in ligne if v), axis=1)
