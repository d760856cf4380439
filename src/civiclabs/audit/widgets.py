"""Les deux widgets du Lab 06, chacun appuyé sur une fonction ordinaire (l'alternative en code)."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML

from ..widgets import assembler_widget
from .methode import ALERTES, Audit, auditer


def tableau_etayage(synthese, audit: Audit, seuil: float) -> pd.DataFrame:
    """Les affirmations dont l'étayage a été mesuré, leur verdict à ce ``seuil``, et le
    verdict du corrigé (défaut planté ou non) à côté."""
    grille = audit.grille[audit.grille["etayage"].notna()]
    corrige = dict(zip(synthese.affirmations["texte"], synthese.affirmations["defaut"]))
    return pd.DataFrame({
        "n°": grille["numero"].to_numpy(),
        "affirmation": grille["affirmation"].str.slice(0, 110).to_numpy(),
        "étayage": grille["etayage"].round(2).to_numpy(),
        "verdict à ce seuil": ["non étayée" if e < seuil else "étayée" for e in grille["etayage"]],
        "corrigé": [corrige.get(a, "") or "sans défaut" for a in grille["affirmation"]],
    })


def curseur_etayage(synthese, audit: Audit, valeur: float = 0.6):
    """Un curseur : le seuil d'étayage ; dessous, les affirmations qui basculent, avec le
    verdict du corrigé à côté. Sans widget : ``tableau_etayage(synthese, audit, seuil=0.5)``."""
    curseur = widgets.FloatSlider(value=valeur, min=0.0, max=1.0, step=0.05, description="Seuil",
                                  continuous_update=False, readout_format=".2f")
    sortie = widgets.Output()

    def actualiser(*_):
        table = tableau_etayage(synthese, audit, curseur.value)
        alertes = table["verdict à ce seuil"] == "non étayée"
        justes = alertes & (table["corrigé"] != "sans défaut")
        resume = (f"<p>Au seuil de {curseur.value:.2f}".replace(".", ",")
                  + f" : {int(alertes.sum())} affirmation(s) non étayée(s), dont {int(justes.sum())} "
                  f"défaut(s) planté(s) et {int((alertes & ~justes).sum())} fausse(s) alerte(s).</p>")
        sortie.outputs = ()
        sortie.append_display_data(HTML(resume + table.to_html(index=False, escape=True)))

    return assembler_widget([widgets.HTML("<b>Seuil d'étayage</b>"), curseur], [curseur], sortie, actualiser)


def explorer_variantes(syntheses: dict, consultation, audits: dict | None = None):
    """Un menu : la variante ; dessous, sa grille d'audit et ses omissions. ``syntheses`` :
    {variante: SyntheseGeneree}. Sans widget : ``auditer(syntheses["prestataire"], consultation)``."""
    audits = audits or {v: auditer(s, consultation) for v, s in syntheses.items()}
    menu = widgets.Dropdown(options=list(syntheses), description="Variante")
    sortie = widgets.Output()

    def actualiser(*_):
        audit = audits[menu.value]
        n = len(audit.grille)
        alertes = int(audit.grille["verdict"].isin(ALERTES).sum())
        tete = (f"<p><b>{alertes}</b> alerte(s) sur {n} affirmations ; <b>{len(audit.omissions)}</b> "
                "omission(s).</p>")
        sortie.outputs = ()
        sortie.append_display_data(HTML(tete + audit.tableau_html()))

    return assembler_widget([widgets.HTML("<b>Variante de la synthèse</b>"), menu], [menu], sortie, actualiser)
