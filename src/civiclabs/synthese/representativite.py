"""Qui a parlé : comparaison des contributions à la population du territoire, et poids
de redressement (post-stratification)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..graphiques import PALETTE, graduations_a_la_francaise
from .entrees import _verifier_table

NON_RENSEIGNE = "non renseigné"


def comparer_a_la_population(table: pd.DataFrame, population: pd.DataFrame,
                             variable: str) -> pd.DataFrame:
    """Part de chaque groupe (``variable`` : tranche_age, genre, quartier…) parmi les
    contributions au profil renseigné et dans la population adulte du territoire."""
    _verifier_table(table, [variable])
    _verifier_table(population, [variable, "population"], "population")
    renseignees = table[variable].astype(str)
    renseignees = renseignees[renseignees != NON_RENSEIGNE]
    parts = pd.DataFrame({
        "contributions": renseignees.value_counts(normalize=True),
        "population": population.groupby(population[variable].astype(str))["population"].sum()
        / population["population"].sum(),
    }).fillna(0.0)
    parts["ecart"] = parts["contributions"] - parts["population"]
    return parts.sort_index()


def ponderer(table: pd.DataFrame, population: pd.DataFrame,
             variables=("tranche_age", "genre")) -> pd.Series:
    """Poids de redressement de chaque contribution (post-stratification).

    Pour chaque croisement des ``variables`` (par exemple tranche d'âge × genre), poids =
    part du groupe dans la population ÷ part du groupe parmi les contributions au profil
    renseigné : un groupe qui a deux fois moins parlé qu'il ne pèse compte double. Les
    contributions au profil non renseigné gardent le poids 1. Renvoie une colonne de poids."""
    variables = [variables] if isinstance(variables, str) else list(variables)
    _verifier_table(table, variables)
    _verifier_table(population, [*variables, "population"], "population")
    cles = pd.DataFrame({v: table[v].astype(str).to_numpy() for v in variables})
    renseigne = ~(cles == NON_RENSEIGNE).any(axis=1).to_numpy()
    pop = pd.DataFrame({v: population[v].astype(str).to_numpy() for v in variables})
    pop["part_population"] = population["population"].to_numpy() / population["population"].sum()
    pop = pop.groupby(variables, as_index=False)["part_population"].sum()
    echantillon = cles[renseigne].value_counts(normalize=True).rename("part_contributions").reset_index()
    rapports = pop.merge(echantillon, on=variables)
    rapports["poids"] = rapports["part_population"] / rapports["part_contributions"]
    poids = cles.merge(rapports[[*variables, "poids"]], on=variables, how="left")["poids"].to_numpy()
    poids = np.where(renseigne & ~np.isnan(poids), poids, 1.0)
    return pd.Series(poids, index=table.index, name="poids")


_LIBELLES = {"tranche_age": "tranche d'âge", "quartier_prioritaire": "quartier prioritaire"}


def tracer_representativite(parts: pd.DataFrame, variable: str, ax=None):
    """Barres côte à côte : part de chaque groupe parmi les contributions et dans la population."""
    _verifier_table(parts, ["contributions", "population"], "parts")
    if ax is None:
        _, ax = plt.subplots()
    parts[["contributions", "population"]].rename(
        columns={"contributions": "parmi les contributions", "population": "dans la population adulte"}
    ).plot.bar(ax=ax, color=[PALETTE[0], PALETTE[1]], rot=0)
    libelle = _LIBELLES.get(variable, variable.replace("_", " "))
    ax.set_title(f"Qui a parlé ? Contributions et population, par {libelle}")
    ax.set_xlabel(libelle[:1].upper() + libelle[1:])
    ax.set_ylabel("Part")
    graduations_a_la_francaise(ax, "y", pourcentage=True)
    return ax
