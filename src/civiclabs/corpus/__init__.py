"""Corpus synthétiques de Méridanne Métropole : demandes, consultation, population.

Fonctions publiques (paramètres ``n`` et ``graine``) :

- ``generer_demandes(n=12000, graine=2025)`` : demandes des habitant·es (labs 01 et 02) ;
- ``generer_consultation(n=6000, graine=2030)`` : contributions au Plan de mobilité 2030 (lab 03) ;
- ``generer_population(graine=2025)`` : population adulte par quartier, genre et tranche d'âge ;
- ``generer_volontaires(lettres=10000, graine=2050)`` : les volontaires qui ont répondu à
  l'invitation au panel citoyen (lab 05), et ``repartition_diplomes()``.

Avec les valeurs par défaut, elles produisent exactement les fichiers de ``data/``
(``python -m civiclabs.corpus`` les régénère). Tout est fictif.
"""

from .consultation import THEMES, THEMES_MINORITAIRES, generer_consultation
from .demandes import SERVICES, generer_demandes
from .population import generer_population
from .territoire import METROPOLE, QUARTIERS, QUARTIERS_PRIORITAIRES
from .volontaires import generer_volontaires, repartition_diplomes

__all__ = [
    "generer_demandes", "generer_consultation", "generer_population", "generer_volontaires",
    "repartition_diplomes",
    "QUARTIERS", "QUARTIERS_PRIORITAIRES", "SERVICES", "THEMES", "THEMES_MINORITAIRES", "METROPOLE",
    "ecrire_fichiers",
]


def ecrire_fichiers(dossier=None) -> dict:
    """Régénère les CSV par défaut dans `dossier` (par défaut : data/ du dépôt)."""
    from .fichiers import ecrire
    return ecrire(dossier)
