"""Écriture des fichiers CSV de référence (même format, octet pour octet, à chaque fois)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .schema import FORMAT_DATE

DOSSIER_DONNEES = Path(__file__).resolve().parents[3] / "data"


def vers_csv(tableau: pd.DataFrame) -> str:
    """Le texte CSV d'un tableau, au format des fichiers de data/."""
    return tableau.to_csv(index=False, date_format=FORMAT_DATE, lineterminator="\n")


def ecrire(dossier=None) -> dict:
    from .consultation import generer_consultation
    from .demandes import generer_demandes
    from .population import generer_population
    from .volontaires import generer_volontaires

    dossier = Path(dossier) if dossier else DOSSIER_DONNEES
    dossier.mkdir(parents=True, exist_ok=True)
    tailles = {}
    for nom, fabrique in (("demandes.csv", generer_demandes), ("consultation.csv", generer_consultation),
                          ("population.csv", generer_population), ("volontaires.csv", generer_volontaires)):
        tableau = fabrique()
        (dossier / nom).write_text(vers_csv(tableau), encoding="utf-8")
        tailles[nom] = len(tableau)
    return tailles


def mettre_a_jour_versions() -> list[Path]:
    """Réécrit les tables de versions bruitées livrées avec le paquet qui ne correspondent plus aux
    fragments (après une modification des textes du générateur) ; rend les fichiers réécrits."""
    from .consultation import _table as table_consultation
    from .demandes import _table as table_demandes

    tables = {"consultation": table_consultation(), "demandes": table_demandes()[0]}
    return [table.ecrire_versions(nom) for nom, table in tables.items() if not table.livree]
