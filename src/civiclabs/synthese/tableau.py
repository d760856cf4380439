"""Le tableau de synthèse traçable : une ligne par thème, par signal faible et par campagne,
chacune citant les contributions sur lesquelles elle repose ; positions par thème."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..graphiques import PALETTE, graduations_a_la_francaise
from .copies import nature_des_campagnes
from .entrees import _verifier_table
from .themes import Themes, citations_representatives


def tracer_positions(comptes: pd.DataFrame, titre: str = "Positions par thème", ax=None):
    """Barres empilées horizontales : une ligne par thème, une couleur par position
    (colonnes du tableau : pour, contre, nuancé…), en parts de chaque ligne."""
    if not isinstance(comptes, pd.DataFrame):
        raise TypeError(f"tracer_positions attend un tableau pandas ; reçu : {type(comptes).__name__}.")
    parts = comptes.div(comptes.sum(axis=1), axis=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.4 * len(parts) + 1.5))
    couleurs = {"pour": PALETTE[2], "contre": PALETTE[5], "nuancé": PALETTE[4]}
    parts.iloc[::-1].plot.barh(stacked=True, ax=ax,
                               color=[couleurs.get(c, PALETTE[7]) for c in parts.columns])
    ax.set_xlim(0, 1)
    graduations_a_la_francaise(ax, "x", pourcentage=True)
    ax.set_title(titre)
    ax.set_xlabel("Part des contributions du thème")
    ax.set_ylabel("Thème")
    ax.legend(title="Position", bbox_to_anchor=(1.0, 1.0), loc="upper left")
    return ax


def synthetiser(table: pd.DataFrame, themes: Themes, campagnes: pd.DataFrame | None = None,
                minorites: pd.DataFrame | None = None, noms: dict | None = None,
                nb_citations: int = 3, part_petit_theme: float = 0.03) -> pd.DataFrame:
    """Le tableau de synthèse : une ligne par thème, par signal faible et par campagne.

    Chaque ligne dit combien de **contributions** et combien de **voix** (auteur·es
    distinct·es, une campagne comptant pour ses auteur·es et non pour ses copies) elle
    représente, et **cite** les identifiants des contributions sur lesquelles elle repose
    (colonne ``citations`` : des contributions représentatives ; ``identifiants`` : toutes).
    ``noms`` (facultatif) : le nom donné par l'équipe à chaque thème (numéro → nom)."""
    _verifier_table(table, ["identifiant", "texte"])
    if not isinstance(themes, Themes):
        raise TypeError("« themes » doit être le résultat de extraire_themes(…).")
    auteurs = table["auteur"].astype(str) if "auteur" in table else table["identifiant"].astype(str)
    ids = table["identifiant"].astype(str)
    en_campagne = (np.zeros(len(table), dtype=bool) if campagnes is None
                   else campagnes["signalee"].to_numpy(dtype=bool))
    position = table["position"].astype(str) if "position" in table else None
    citations = citations_representatives(table, themes, n=nb_citations, exclure=en_campagne)
    noms = {**themes.noms, **(noms or {})}
    lignes = []

    def ligne(rubrique, intitule, masque, cites):
        masque = np.asarray(masque, dtype=bool)
        entree = {
            "rubrique": rubrique, "intitule": intitule,
            "contributions": int(masque.sum()), "voix": int(auteurs[masque].nunique()),
        }
        if position is not None:
            parts = position[masque].value_counts(normalize=True)
            for p in ("pour", "contre", "nuancé"):
                entree[p] = float(parts.get(p, 0.0))
        entree["citations"] = list(cites)
        entree["identifiants"] = list(ids[masque])
        lignes.append(entree)

    petits = themes.etiquettes.value_counts()
    for k in petits.index:
        masque = (themes.etiquettes == k).to_numpy() & ~en_campagne
        if masque.sum() == 0:
            continue
        cites = citations.loc[citations["theme"] == k, "identifiant"]
        ligne("thème", noms[int(k)], masque, cites)
        # Un petit thème garde sa ligne (sous le nom donné par l'équipe) : on le marque,
        # au lieu de le répéter plus bas sous le nom provisoire de la machine.
        lignes[-1]["petit_theme"] = bool(petits[k] < part_petit_theme * len(table))
    if minorites is not None:
        position_id = pd.Series(np.arange(len(table)), index=ids.to_numpy())
        for _, m in minorites.iterrows():
            if m.get("origine") == "petit thème":
                continue  # déjà une ligne de thème, marquée petit_theme
            masque = np.zeros(len(table), dtype=bool)
            masque[position_id.reindex(m["identifiants"]).dropna().astype(int).to_numpy()] = True
            masque &= ~en_campagne
            if masque.sum() == 0:
                continue
            # Citer, dans l'ordre du repérage (le plus caractéristique d'abord), des
            # contributions d'auteur·es différent·es, parmi celles que la règle a trouvées.
            rangs = position_id.reindex(m["identifiants"]).dropna().astype(int).to_numpy()
            rangs = rangs[masque[rangs]]
            vue = pd.DataFrame({"identifiant": ids.to_numpy()[rangs], "auteur": auteurs.to_numpy()[rangs]})
            vue = vue.drop_duplicates("auteur")
            ligne("signal faible", m["signal"], masque, vue["identifiant"].head(nb_citations))
            lignes[-1]["petit_theme"] = False
    if campagnes is not None:
        natures = nature_des_campagnes(table, campagnes)
        for g in sorted(campagnes.loc[campagnes["signalee"], "groupe"].unique()):
            masque = (campagnes["groupe"] == g).to_numpy()
            nature = natures[masque].iloc[0]
            cites = table.loc[masque, "identifiant"].astype(str).head(nb_citations)
            prefixe = "Pétition" if nature == "pétition" else "Campagne coordonnée"
            ligne("campagne", f"{prefixe} n° {g + 1} : {noms[int(themes.etiquettes[masque].mode()[0])]}",
                  masque, cites)
            lignes[-1]["petit_theme"] = False
            lignes[-1]["nature"] = nature
    synthese = pd.DataFrame(lignes)
    if "nature" not in synthese:
        synthese["nature"] = None
    synthese["nature"] = synthese["nature"].where(synthese["rubrique"] == "campagne", None)
    return synthese
