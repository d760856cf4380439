"""Les deux widgets du Lab 06, chacun appuyé sur une fonction ordinaire (l'alternative en code)."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML

from ..texte import format_nombre
from ..widgets import assembler_widget
from .generateur import VARIANTES
from .methode import Audit, auditer


def _pluriel(n: int, mot: str, pluriel: str | None = None) -> str:
    return f"{format_nombre(n, 0)} {mot if n <= 1 else (pluriel or mot + 's')}"


def tableau_textes(tableau: pd.DataFrame) -> HTML:
    """Un tableau de textes en HTML, sans index : chaque texte est échappé (affiché tel quel,
    jamais exécuté comme du code de la page) et ses retours à la ligne deviennent des sauts de
    ligne, au lieu des « \\n » que pandas écrirait."""
    entetes = "".join(f"<th>{html.escape(str(c))}</th>" for c in tableau.columns)
    lignes = "".join(
        "<tr>" + "".join(f"<td style='text-align:left'>{html.escape(str(v)).replace(chr(10), '<br>')}</td>"
                         for v in ligne) + "</tr>"
        for ligne in tableau.itertuples(index=False))
    return HTML(f"<table><thead><tr>{entetes}</tr></thead><tbody>{lignes}</tbody></table>")


def tableau_etayage(synthese, audit: Audit, seuil: float) -> pd.DataFrame:
    """Les affirmations dont l'étayage a été mesuré, leur verdict à ce ``seuil``, et le
    verdict du corrigé (défaut planté ou non) à côté."""
    grille = audit.grille[audit.grille["etayage"].notna()]
    corrige = dict(zip(synthese.affirmations["texte"], synthese.affirmations["defaut"]))
    return pd.DataFrame({
        "n°": grille["numero"].to_numpy(),
        "affirmation": grille["affirmation"].to_numpy(),
        "étayage": [format_nombre(e, 2) for e in grille["etayage"]],
        "verdict à ce seuil": ["non étayée" if e < seuil else "étayée" for e in grille["etayage"]],
        "corrigé": [corrige.get(a, "") or "sans défaut" for a in grille["affirmation"]],
    })


def curseur_etayage(synthese, audit: Audit, valeur: float = 0.6):
    """Un curseur : le seuil d'étayage ; dessous, les affirmations qui basculent, avec le
    verdict du corrigé à côté. Sans widget : ``tableau_etayage(synthese, audit, seuil=0.5)``."""
    curseur = widgets.FloatSlider(value=valeur, min=0.0, max=1.0, step=0.05, description="Seuil",
                                  continuous_update=False, readout=False)
    sortie = widgets.Output()

    def actualiser(*_):
        table = tableau_etayage(synthese, audit, curseur.value)
        alertes = table["verdict à ce seuil"] == "non étayée"
        justes = alertes & (table["corrigé"] != "sans défaut")
        fausses = int((alertes & ~justes).sum())
        manquees = int((~alertes & (table["corrigé"] != "sans défaut")).sum())
        resume = (f"<p>Au seuil de <b>{format_nombre(curseur.value, 2)}</b> : "
                  f"{_pluriel(int(alertes.sum()), 'affirmation non étayée', 'affirmations non étayées')}, dont "
                  f"{_pluriel(int(justes.sum()), 'défaut planté', 'défauts plantés')} et "
                  f"<b>{_pluriel(fausses, 'fausse alerte', 'fausses alertes')}</b> (des idées justes, reformulées) ; "
                  f"{_pluriel(manquees, 'défaut planté laissé passer', 'défauts plantés laissés passer')}.</p>")
        sortie.outputs = ()
        sortie.append_display_data(HTML(resume + table.to_html(index=False, escape=True)))

    return assembler_widget([widgets.HTML("<b>Seuil d'étayage</b>"), curseur], [curseur], sortie, actualiser)


def explorer_variantes(syntheses: dict, consultation, audits: dict | None = None):
    """Un menu : la variante ; dessous, sa grille d'audit et ses omissions. ``syntheses`` :
    {variante: SyntheseGeneree}. Sans widget : ``auditer(syntheses["prestataire"], consultation)``."""
    audits = audits or {v: auditer(s, consultation) for v, s in syntheses.items()}
    menu = widgets.Dropdown(options=[(VARIANTES.get(v, v), v) for v in syntheses], description="Variante",
                            layout=widgets.Layout(width="480px"))
    sortie = widgets.Output()

    def actualiser(*_):
        audit = audits[menu.value]
        sortie.outputs = ()
        sortie.append_display_data(HTML(audit.tableau_html()))

    return assembler_widget([widgets.HTML("<b>Variante de la synthèse</b>"), menu], [menu], sortie, actualiser)
