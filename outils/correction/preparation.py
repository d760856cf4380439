"""Étape 2 de la correction : la copie de travail de chaque personne, dans grading/preparees/
(l'original n'est jamais modifié)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat

from outils.commun import nbgrader as meta_nbgrader
from outils.correction.copies import Copie
from outils.correction.nettoyage import nettoyer

TAILLE_SIGNALEE_MO = 5  # au-delà, la copie est corrigée mais signalée (sorties effacées)


def _cellules_par_identifiant(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {
        meta_nbgrader(c)["grade_id"]: c for c in nb.cells if meta_nbgrader(c).get("grade_id")
    }


def preparer(copie: Copie, version_apprenant: nbformat.NotebookNode, cible: Path) -> None:
    """Écrit la copie de travail : contenu écrit par l'apprenant·e rendu inerte et bien formé
    (outils/correction/nettoyage.py), sorties effacées, cellules verrouillées supprimées remises.

    Les cellules de test *modifiées* sont restaurées par nbgrader lui-même (sommes de contrôle) ;
    les cellules *supprimées*, nbgrader ne les remet pas : on les réinsère ici, à leur place.
    """
    nb = copie.notebook
    copie.problemes += nettoyer(nb, version_apprenant)
    presentes = _cellules_par_identifiant(nb)
    modifiees, supprimees, reponses_supprimees = [], [], []
    precedente = None
    for cellule in version_apprenant.cells:
        meta = meta_nbgrader(cellule)
        identifiant = meta.get("grade_id")
        if not identifiant:
            continue
        if identifiant in presentes:
            if meta.get("locked") and presentes[identifiant].source.strip() != cellule.source.strip():
                modifiees.append(identifiant)
        else:
            (reponses_supprimees if meta.get("solution") else supprimees).append(identifiant)
            position = nb.cells.index(presentes[precedente]) + 1 if precedente else 0
            remise = nbformat.from_dict(json.loads(json.dumps(cellule)))
            remise.pop("id", None)
            nb.cells.insert(position, remise)
            presentes[identifiant] = remise
        precedente = identifiant
    if modifiees:
        copie.problemes.append(
            f"cellule(s) de test modifiée(s) par l'apprenant·e, restaurée(s) pour la correction : "
            f"{', '.join(modifiees)}"
        )
    if supprimees:
        copie.problemes.append(
            f"cellule(s) verrouillée(s) supprimée(s) par l'apprenant·e, remise(s) en place : "
            f"{', '.join(supprimees)}"
        )
    if reponses_supprimees:
        copie.problemes.append(
            f"cellule(s) de réponse supprimée(s) (comptées sans réponse) : {', '.join(reponses_supprimees)}"
        )
    taille_mo = copie.chemin.stat().st_size / 1024 / 1024
    if taille_mo > TAILLE_SIGNALEE_MO:
        copie.problemes.append(f"copie volumineuse ({taille_mo:.0f} Mo) : ses sorties ont été effacées avant la correction")
    for cellule in nb.cells:
        if cellule.cell_type == "code":
            cellule.outputs, cellule.execution_count = [], None
    cible.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, cible)
    horodatage = copie.chemin.parent / "timestamp.txt"
    if horodatage.is_file():
        shutil.copy(horodatage, cible.parent / "timestamp.txt")
