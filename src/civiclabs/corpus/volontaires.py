"""Le vivier du tirage au sort (Lab 05) : les personnes qui ont répondu à l'invitation.

Méridanne Métropole envoie 10 000 lettres à des adresses tirées au hasard : chaque lettre
arrive chez une personne adulte tirée dans ``population.csv`` (quartier, genre, tranche
d'âge), à qui l'on attribue un diplôme et un statut de logement plausibles pour son âge et
son quartier. Chacune répond (se porte volontaire) avec une probabilité qui dépend de son
profil, comme dans les viviers réels : on répond plus souvent quand on est plus âgé·e, plus
diplômé·e, propriétaire, et moins souvent dans un quartier prioritaire. Chaque volontaire
donne aussi sa réponse à une question de la concertation (l'extension de la zone à faibles
émissions), qui dépend elle aussi du profil : le biais du vivier déplace donc les opinions.

Les coordonnées (prénom, nom, téléphone, courriel) sont fictives : téléphones dans les
tranches réservées par l'Arcep à la fiction, domaines de courriel inventés.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import territoire as T
from .population import GENRES, TRANCHES, generer_population
from .verification import verifier_graine

GRAINE_DEFAUT = 2050
LETTRES_DEFAUT = 10_000

DIPLOMES = ["aucun diplôme ou brevet", "CAP, BEP ou baccalauréat", "diplôme du supérieur"]
LOGEMENTS = ["propriétaire", "locataire"]
REPONSES = ["oui", "non", "sans avis"]
QUESTION = "Êtes-vous favorable à l'extension de la zone à faibles émissions en 2027 ?"

# Part de chaque diplôme par tranche d'âge (quartiers ordinaires) ; les quartiers
# prioritaires comptent moins de diplômé·es du supérieur.
_DIPLOME_AGE = {
    "18-29": [0.12, 0.43, 0.45],
    "30-44": [0.14, 0.42, 0.44],
    "45-59": [0.22, 0.46, 0.32],
    "60-74": [0.32, 0.44, 0.24],
    "75 et plus": [0.52, 0.34, 0.14],
}
_DIPLOME_PRIORITAIRE = np.array([1.8, 1.0, 0.45])
# Part de propriétaires par tranche d'âge (quartiers ordinaires / prioritaires).
_PROPRIETAIRES = {"18-29": (0.18, 0.06), "30-44": (0.50, 0.18), "45-59": (0.66, 0.27),
                  "60-74": (0.74, 0.33), "75 et plus": (0.76, 0.35)}

# Réponse à l'invitation : logit = base + effets (écarts de l'ordre de ceux des viviers publiés).
_REPONSE_BASE = -2.2
_REPONSE_AGE = {"18-29": -0.55, "30-44": -0.15, "45-59": 0.15, "60-74": 0.55, "75 et plus": 0.25}
_REPONSE_DIPLOME = {DIPLOMES[0]: -0.65, DIPLOMES[1]: 0.0, DIPLOMES[2]: 0.60}
_REPONSE_PROPRIETAIRE = 0.45
_REPONSE_PRIORITAIRE = -0.55
_REPONSE_FEMME = -0.10

# Réponse à la question : part de « oui » selon l'âge, corrigée par les autres traits.
_OUI_AGE = {"18-29": 0.62, "30-44": 0.52, "45-59": 0.42, "60-74": 0.33, "75 et plus": 0.27}
_OUI_DIPLOME = {DIPLOMES[0]: -0.08, DIPLOMES[1]: 0.0, DIPLOMES[2]: 0.10}
_OUI_PROPRIETAIRE = -0.07
_OUI_PRIORITAIRE = -0.06
_SANS_AVIS = 0.12


def repartition_diplomes(population: pd.DataFrame | None = None) -> pd.Series:
    """Part de chaque diplôme dans la population adulte de Méridanne, selon le modèle du
    générateur appliqué à ``population.csv`` (le rôle que joue le recensement pour un vrai
    territoire). Sert à fixer les quotas de diplôme du panel."""
    population = generer_population() if population is None else population
    total = pd.Series(0.0, index=DIPLOMES)
    for ligne in population.itertuples(index=False):
        parts = np.array(_DIPLOME_AGE[ligne.tranche_age]) * (_DIPLOME_PRIORITAIRE if ligne.quartier_prioritaire else 1.0)
        total += ligne.population * parts / parts.sum()
    return (total / total.sum()).rename("part")


def _destinataires(population: pd.DataFrame, lettres: int, rng: np.random.Generator) -> pd.DataFrame:
    """Les personnes qui reçoivent une lettre : tirées au hasard dans la population adulte."""
    poids = population["population"].to_numpy(dtype=float)
    cellules = rng.choice(len(population), size=lettres, p=poids / poids.sum())
    return population.iloc[cellules][["quartier", "quartier_prioritaire", "genre", "tranche_age"]].reset_index(drop=True)


def _profils(personnes: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    n = len(personnes)
    prio = personnes["quartier_prioritaire"].to_numpy(dtype=bool)
    age = personnes["tranche_age"].to_numpy()
    diplome = np.empty(n, dtype=object)
    proprietaire = np.zeros(n, dtype=bool)
    u_d, u_p = rng.random(n), rng.random(n)
    for i in range(n):
        parts = np.array(_DIPLOME_AGE[age[i]]) * (_DIPLOME_PRIORITAIRE if prio[i] else 1.0)
        cumul = np.cumsum(parts / parts.sum())
        diplome[i] = DIPLOMES[int(np.searchsorted(cumul, u_d[i], side="right"))]
        proprietaire[i] = u_p[i] < _PROPRIETAIRES[age[i]][int(prio[i])]
    personnes = personnes.copy()
    personnes["diplome"] = diplome
    personnes["logement"] = np.where(proprietaire, LOGEMENTS[0], LOGEMENTS[1])
    return personnes


def _repond(personnes: pd.DataFrame, rng: np.random.Generator) -> np.ndarray:
    logit = (_REPONSE_BASE
             + personnes["tranche_age"].map(_REPONSE_AGE).to_numpy(dtype=float)
             + personnes["diplome"].map(_REPONSE_DIPLOME).to_numpy(dtype=float)
             + _REPONSE_PROPRIETAIRE * (personnes["logement"] == LOGEMENTS[0]).to_numpy()
             + _REPONSE_PRIORITAIRE * personnes["quartier_prioritaire"].to_numpy(dtype=bool)
             + _REPONSE_FEMME * (personnes["genre"] == "femme").to_numpy())
    return rng.random(len(personnes)) < 1 / (1 + np.exp(-logit))


def probabilite_oui(personnes: pd.DataFrame) -> np.ndarray:
    """Probabilité de répondre « oui » à la question, selon le profil (hors « sans avis »)."""
    p = (personnes["tranche_age"].map(_OUI_AGE).to_numpy(dtype=float)
         + personnes["diplome"].map(_OUI_DIPLOME).to_numpy(dtype=float)
         + _OUI_PROPRIETAIRE * (personnes["logement"] == LOGEMENTS[0]).to_numpy()
         + _OUI_PRIORITAIRE * personnes["quartier_prioritaire"].to_numpy(dtype=bool))
    return np.clip(p, 0.05, 0.95)


def _reponses(personnes: pd.DataFrame, rng: np.random.Generator) -> np.ndarray:
    p_oui = probabilite_oui(personnes) * (1 - _SANS_AVIS)
    u = rng.random(len(personnes))
    return np.where(u < _SANS_AVIS, REPONSES[2], np.where(u < _SANS_AVIS + p_oui, REPONSES[0], REPONSES[1]))


def _coordonnees(personnes: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    n = len(personnes)
    femmes = (personnes["genre"] == "femme").to_numpy()
    prenoms = np.where(femmes, np.array(T.PRENOMS_FEMMES, dtype=object)[rng.integers(len(T.PRENOMS_FEMMES), size=n)],
                       np.array(T.PRENOMS_HOMMES, dtype=object)[rng.integers(len(T.PRENOMS_HOMMES), size=n)])
    noms = np.array(T.NOMS, dtype=object)[rng.integers(len(T.NOMS), size=n)]
    numeros = rng.choice(10_000, size=n, replace=False)
    telephones = [f"06 39 98 {k // 100:02d} {k % 100:02d}" for k in numeros]
    domaines = np.array(T.DOMAINES_COURRIEL, dtype=object)[rng.integers(len(T.DOMAINES_COURRIEL), size=n)]
    courriels = [f"{_ascii(p)}.{_ascii(m)}{i % 97}@{d}" for i, (p, m, d) in enumerate(zip(prenoms, noms, domaines))]
    return pd.DataFrame({"prenom": prenoms, "nom": noms, "telephone": telephones, "courriel": courriels})


def _ascii(mot: str) -> str:
    from ..texte import sans_accents

    return sans_accents(mot).lower().replace(" ", "-").replace("'", "")


def generer_volontaires(lettres: int = LETTRES_DEFAUT, graine: int = GRAINE_DEFAUT) -> pd.DataFrame:
    """Génère le vivier : les personnes qui ont répondu « volontaire » à l'une des `lettres`.

    Paramètres
    ----------
    lettres : int
        Nombre de lettres d'invitation envoyées (entre 1 000 et 100 000).
    graine : int
        Graine du générateur : même graine, même vivier.

    Renvoie
    -------
    pandas.DataFrame
        Une ligne par volontaire : identifiant, prenom, nom, telephone, courriel, quartier,
        quartier_prioritaire, genre, tranche_age, diplome, logement, question_zfe. Avec les
        valeurs par défaut, c'est exactement le fichier ``data/volontaires.csv``.
    """
    verifier_graine(graine)
    if isinstance(lettres, bool) or not isinstance(lettres, int | np.integer):
        raise TypeError(f"lettres doit être un nombre entier (par exemple 10000), pas {type(lettres).__name__}.")
    if not 1_000 <= lettres <= 100_000:
        raise ValueError(f"lettres doit être compris entre 1 000 et 100 000 (reçu : {lettres}).")
    rng = np.random.default_rng(graine)
    personnes = _profils(_destinataires(generer_population(), lettres, rng), rng)
    volontaires = personnes[_repond(personnes, rng)].reset_index(drop=True)
    volontaires["question_zfe"] = _reponses(volontaires, rng)
    coordonnees = _coordonnees(volontaires, rng)
    ordre = rng.permutation(len(volontaires))  # l'ordre d'arrivée des réponses, pas celui des profils
    volontaires = pd.concat([coordonnees, volontaires], axis=1).iloc[ordre].reset_index(drop=True)
    volontaires.insert(0, "identifiant", [f"V{i:04d}" for i in range(1, len(volontaires) + 1)])
    return volontaires[["identifiant", "prenom", "nom", "telephone", "courriel", "quartier", "quartier_prioritaire",
                        "genre", "tranche_age", "diplome", "logement", "question_zfe"]]


def destinataires_et_reponses(lettres: int = LETTRES_DEFAUT, graine: int = GRAINE_DEFAUT) -> pd.DataFrame:
    """Toutes les personnes invitées, avec leur réponse (colonne ``volontaire``) : pour les tests.

    Refait exactement les mêmes tirages que ``generer_volontaires`` jusqu'à la réponse.
    """
    rng = np.random.default_rng(graine)
    personnes = _profils(_destinataires(generer_population(), lettres, rng), rng)
    personnes["volontaire"] = _repond(personnes, rng)
    return personnes


__all__ = ["generer_volontaires", "repartition_diplomes", "DIPLOMES", "LOGEMENTS", "REPONSES", "QUESTION", "GENRES", "TRANCHES"]
