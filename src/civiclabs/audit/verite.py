"""La vérité de la consultation, calculée sur les données : ce qu'une synthèse honnête
pourrait affirmer, en contributions et en voix (auteur·es distinct·es).

Tout vient des colonnes documentées de la consultation (``data/README.md``) : thème et
position de référence, campagne, accord court, canal, quartier, auteur. Rien n'est tapé à
la main : les thèmes, les canaux, la campagne et la pétition sont lus dans la table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..texte import sans_accents

COLONNES_VERITE = ["identifiant", "auteur", "texte", "canal", "quartier", "theme_reference", "position",
                   "campagne", "accord_court"]
PART_MINORITAIRE = 0.02  # un thème sous 2 % des contributions est « minoritaire »
SANS_CAMPAGNE = "aucune"


def normaliser(texte: str) -> str:
    """Minuscules, sans accents, apostrophes et ponctuation remplacées par des espaces."""
    simple = sans_accents(str(texte).lower().replace("œ", "oe").replace("æ", "ae"))
    return re.sub(r"[^0-9a-z]+", " ", simple).strip()


@dataclass
class Verite:
    """Les comptes de la consultation (voir ``verite_consultation``)."""

    table: pd.DataFrame
    contributions: int
    voix: int
    themes: pd.DataFrame  # index : thème ; contributions, voix, parts, voix par position
    minoritaires: list[str]
    campagne: dict  # la campagne coordonnée : nom, thème, position, contributions, voix
    petition: dict
    canaux: pd.Series
    quartiers: pd.Series
    accords: int
    extra: dict = field(default_factory=dict)

    def part_voix(self, theme: str, position: str) -> float:
        return float(self.themes.loc[theme, f"voix_{position}"] / max(self.themes.loc[theme, "voix"], 1))

    def part_voix_hors_campagne(self, theme: str, position: str) -> float:
        """La part des personnes du thème qui ont pris cette position, sans les comptes de la
        campagne coordonnée : ce qu'il reste d'une majorité quand on ôte les copies."""
        return float(self.themes.loc[theme, f"voix_{position}_hors_campagne"]
                     / max(self.themes.loc[theme, "voix_hors_campagne"], 1))

    def part_contributions(self, theme: str, position: str) -> float:
        return float(self.themes.loc[theme, f"contributions_{position}"] / max(self.themes.loc[theme, "contributions"], 1))


def _verifier(table: pd.DataFrame) -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"La consultation doit être un tableau pandas ; reçu : {type(table).__name__}.")
    manquantes = [c for c in COLONNES_VERITE if c not in table.columns]
    if manquantes:
        raise KeyError("Il manque à la consultation la ou les colonnes : " + ", ".join(f"« {c} »" for c in manquantes)
                       + " (chargez-la avec charger_consultation()).")
    doubles = table["identifiant"].astype(str).duplicated()
    if doubles.any():
        raise ValueError(f"{int(doubles.sum())} identifiants en double dans la consultation "
                         f"(par exemple « {table.loc[doubles, 'identifiant'].iloc[0]} ») : chaque contribution "
                         "doit avoir un identifiant unique.")


def _groupe(table: pd.DataFrame, masque) -> dict:
    sous = table[masque]
    if not len(sous):
        return {"nom": "", "theme": "", "position": "", "contributions": 0, "voix": 0}
    return {"nom": str(sous["campagne"].iloc[0]), "theme": str(sous["theme_reference"].mode().iloc[0]),
            "position": str(sous["position"].mode().iloc[0]), "contributions": int(len(sous)),
            "voix": int(sous["auteur"].nunique())}


def verite_consultation(table: pd.DataFrame) -> Verite:
    """Calcule, sur la table des contributions, ce que la synthèse doit refléter.

    Par thème : contributions et voix (auteur·es distinct·es), leur part, et, pour chaque
    position (pour, contre, nuancé), le nombre de contributions et de voix. Une personne qui
    a écrit dix fois compte pour une voix ; un compte d'une campagne coordonnée aussi (on
    ne sait pas combien de personnes tiennent ces comptes : c'est un plafond)."""
    _verifier(table)
    table = table.reset_index(drop=True)
    theme = table["theme_reference"].astype(str)
    position = table["position"].astype(str)
    auteur = table["auteur"].astype(str)
    campagne = table["campagne"].astype(str).str.lower()
    dans_la_campagne = campagne.str.contains("campagne") & (campagne != SANS_CAMPAGNE)
    lignes = []
    for nom, groupe in table.groupby(theme, sort=False):
        ligne = {"theme": nom, "contributions": len(groupe), "voix": groupe["auteur"].nunique()}
        hors = ~dans_la_campagne[groupe.index]
        ligne["voix_hors_campagne"] = int(auteur[groupe.index][hors].nunique())
        for p in ("pour", "contre", "nuancé"):
            masque = position[groupe.index] == p
            ligne[f"contributions_{p}"] = int(masque.sum())
            ligne[f"voix_{p}"] = int(auteur[groupe.index][masque].nunique())
            ligne[f"voix_{p}_hors_campagne"] = int(auteur[groupe.index][masque & hors].nunique())
        lignes.append(ligne)
    themes = pd.DataFrame(lignes).set_index("theme").sort_values("contributions", ascending=False)
    themes["part_contributions"] = themes["contributions"] / len(table)
    themes["part_voix"] = themes["voix"] / auteur.nunique()
    minoritaires = list(themes.index[themes["part_contributions"] < PART_MINORITAIRE])
    return Verite(
        table=table, contributions=len(table), voix=int(auteur.nunique()), themes=themes,
        minoritaires=minoritaires,
        campagne=_groupe(table, dans_la_campagne),
        petition=_groupe(table, campagne.str.contains("tition")),
        canaux=table["canal"].astype(str).value_counts(),
        quartiers=table["quartier"].astype(str).value_counts(),
        accords=int(table["accord_court"].astype(bool).sum()),
    )


# --- les phrases de la consultation ------------------------------------------------------

_COLLEES = re.compile(r"[a-zà-ÿ,] (?:Il|Je|J'|Merci|On|C'est|Nous|Ça|Bref|Voilà|Cordialement|Bonjour|Les|La|Le|"
                      r"Un|Une|Des|Mais|Et|Pour|Sur|Moins|Plus|Trop|Quand|Si|Ce|Cette|Mon|Ma|Mes)\b")
# une phrase finit par . ! ? … suivis d'un blanc, ou à un retour à la ligne (« Bonjour,⏎ »,
# une liste, une ligne sans point final : les habitant·es ne ponctuent pas toujours)
_FIN_DE_PHRASE = re.compile(r"(?<=[.!?…])\s+|\s*\n\s*")
_PREMIERE_PERSONNE = re.compile(r"\b(?:je|j|me|m|mon|ma|mes|moi|nous|notre|nos|on)\b")


def phrases_de_la_consultation(table: pd.DataFrame) -> pd.DataFrame:
    """Les phrases des contributions ordinaires (ni campagne, ni pétition, ni accord court,
    sans donnée personnelle), une ligne par phrase : identifiant, rang (ordre d'arrivée),
    thème, position, canal, la phrase, sa forme normalisée, son nombre de mots, et
    ``unique`` : vrai si la phrase (normalisée) ne se trouve que dans cette contribution."""
    table = table.reset_index(drop=True)
    ordinaire = (table["campagne"].astype(str) == SANS_CAMPAGNE) & ~table["accord_court"].astype(bool)
    if "donnees_personnelles" in table:
        ordinaire &= table["donnees_personnelles"].astype(str).isin(["[]", ""])
    lignes = []
    for rang in np.flatnonzero(ordinaire.to_numpy()):
        for phrase in _FIN_DE_PHRASE.split(str(table.at[rang, "texte"])):
            phrase = phrase.strip()
            if phrase:
                lignes.append((rang, phrase))
    phrases = pd.DataFrame(lignes, columns=["rang", "phrase"])
    phrases["normalisee"] = phrases["phrase"].map(normaliser)
    phrases["mots"] = phrases["normalisee"].str.split().str.len()
    # une phrase « unique » : aucune autre contribution ne la contient (même comme morceau)
    comptes = phrases.drop_duplicates(["rang", "normalisee"])["normalisee"].value_counts()
    phrases["unique"] = phrases["normalisee"].map(comptes).eq(1)
    for colonne in ("identifiant", "theme_reference", "position", "canal", "quartier"):
        phrases[colonne] = table[colonne].astype(str).to_numpy()[phrases["rang"].to_numpy()]
    phrases["premiere_personne"] = phrases["normalisee"].str.contains(_PREMIERE_PERSONNE)
    phrases["part_du_rang"] = phrases["rang"] / max(len(table) - 1, 1)
    # une phrase « propre » : commence par une majuscule, finit par un point, et ne colle pas
    # deux phrases sans ponctuation (« … en panne Il faut … »)
    phrases["propre"] = (phrases["phrase"].str.match(r"[A-ZÀ-Ý]") & phrases["phrase"].str.contains(r"[.!?]$")
                         & ~phrases["phrase"].str.contains(_COLLEES))
    # citable : ni chiffre, ni guillemets (une phrase qui cite une autre contribution, « Je
    # rejoins celle qui dit « … » », ne dit pas les mots de la personne)
    phrases["citable"] = (phrases["unique"] & phrases["propre"] & phrases["mots"].between(8, 24)
                          & ~phrases["phrase"].str.contains(r"[\d«»\"]"))
    return phrases
