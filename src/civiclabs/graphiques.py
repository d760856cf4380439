"""Graphiques lisibles par toutes et tous.

Palette d'Okabe et Ito, distinguable par les personnes daltoniennes ; titres,
axes nommés et une phrase de lecture sous chaque figure.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter

from .texte import format_nombre, format_pourcentage

__all__ = ["PALETTE", "appliquer_style", "diagramme_barres", "lecture"]

# Okabe & Ito (2008), « Color Universal Design ».
PALETTE = [
    "#0072B2",  # bleu
    "#E69F00",  # orange
    "#009E73",  # vert bleuté
    "#CC79A7",  # rose violacé
    "#56B4E9",  # bleu ciel
    "#D55E00",  # vermillon
    "#F0E442",  # jaune
    "#000000",  # noir
]


def appliquer_style() -> None:
    """Règle matplotlib pour tout le notebook : palette, tailles, grille discrète."""
    plt.rcParams.update(
        {
            "axes.prop_cycle": plt.cycler(color=PALETTE),
            "figure.figsize": (8, 4.5),
            "figure.dpi": 100,
            "axes.titlesize": 13,
            "axes.titleweight": "bold",
            "axes.labelsize": 11,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
        }
    )


def diagramme_barres(
    comptes: pd.Series,
    titre: str,
    axe_categories: str,
    axe_valeurs: str,
    horizontal: bool = True,
    couleur: str = PALETTE[0],
    ax=None,
    decimales: int = 1,
    garder_zeros: bool = False,
):
    """Trace un diagramme en barres d'une série (index = catégories, valeurs = effectifs).

    ``axe_categories`` nomme l'axe des catégories (vertical si ``horizontal``),
    ``axe_valeurs`` celui des effectifs ; ``decimales`` : chiffres après la virgule des étiquettes ;
    ``garder_zeros=True`` les écrit tous (« 0,90 » à côté de « 0,63 », pour comparer des scores).
    Les graduations de l'axe des valeurs sont écrites à la française (« 1 000 », « 0,5 »).

    Renvoie l'objet ``Axes`` de matplotlib, pour ajouter des éléments si besoin.
    """
    if not isinstance(comptes, pd.Series):
        raise TypeError(
            "diagramme_barres attend une colonne pandas (Series), par exemple le résultat "
            f"de tableau['service'].value_counts() ; reçu : {type(comptes).__name__}."
        )
    if ax is None:
        _, ax = plt.subplots()
    if horizontal:
        comptes.iloc[::-1].plot.barh(ax=ax, color=couleur)
        ax.set_xlabel(axe_valeurs)
        ax.set_ylabel(axe_categories)
        for position, valeur in enumerate(comptes.iloc[::-1]):
            ax.annotate(
                f" {format_nombre(valeur, decimales, garder_zeros=garder_zeros)}", (valeur, position),
                va="center", fontsize=9,
            )
    else:
        comptes.plot.bar(ax=ax, color=couleur)
        ax.set_xlabel(axe_categories)
        ax.set_ylabel(axe_valeurs)
        ax.tick_params(axis="x", labelrotation=30)
    # les graduations de l'axe des valeurs écrites comme les étiquettes : « 1 000 », « 0,5 »
    graduations_a_la_francaise(ax, "x" if horizontal else "y")
    ax.set_title(titre)
    return ax


def graduations_a_la_francaise(ax, axe: str = "x", decimales: int = 3, pourcentage: bool = False):
    """Écrit les graduations d'un axe (``"x"`` ou ``"y"``) à la française : « 0,2 » plutôt que
    « 0.2 » (au plus ``decimales`` chiffres après la virgule), ou « 20 % » si ``pourcentage``
    (pour des parts entre 0 et 1). Renvoie ``ax``."""
    def ecrire(valeur, _position):
        valeur = 0.0 if abs(valeur) < 1e-12 else valeur  # jamais « -0 »
        return format_pourcentage(valeur) if pourcentage else format_nombre(valeur, decimales)

    (ax.xaxis if axe == "x" else ax.yaxis).set_major_formatter(FuncFormatter(ecrire))
    return ax


def lecture(phrase: str) -> None:
    """Affiche la phrase de lecture d'un graphique (ce qu'il montre, en une ligne)."""
    print(f"📖 Lecture : {phrase}")
