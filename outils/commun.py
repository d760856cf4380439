"""Ce que les outils partagent : lire un notebook, ses métadonnées nbgrader, les réponses
de la solution, l'environnement des commandes Jupyter."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

RACINE = Path(__file__).resolve().parent.parent


def environnement_outils() -> dict:
    """Variables d'environnement pour lancer les outils de l'environnement virtuel courant."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("MPLBACKEND", None)
    return env


def lire(chemin: Path) -> nbformat.NotebookNode:
    return nbformat.read(chemin, as_version=4)


def nbgrader(cellule) -> dict:
    """Les métadonnées nbgrader d'une cellule ({} si elle n'en a pas ou si elles sont invalides)."""
    meta = cellule.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def reponses_de_la_solution(source: nbformat.NotebookNode) -> dict[str, str]:
    """Le contenu des cellules de réponse de la solution, marqueurs retirés : ce qu'écrirait
    une personne qui a tout juste."""
    reponses = {}
    for cellule in source.cells:
        meta = nbgrader(cellule)
        if meta.get("solution"):
            lignes = [
                ligne for ligne in cellule.source.splitlines()
                if not re.match(r"\s*#+\s*(BEGIN|END) SOLUTION", ligne)
            ]
            reponses[meta["grade_id"]] = "\n".join(lignes)
    return reponses


def remplir(version_apprenant: Path, reponses: dict[str, str]) -> nbformat.NotebookNode:
    """Une copie : la version apprenant·e où les cellules de réponse nommées sont remplacées."""
    nb = lire(version_apprenant)
    inconnues = set(reponses) - {nbgrader(c).get("grade_id") for c in nb.cells}
    if inconnues:
        raise KeyError(f"grade_id inconnus dans ce lab : {sorted(inconnues)}")
    for cellule in nb.cells:
        identifiant = nbgrader(cellule).get("grade_id")
        if identifiant in reponses:
            cellule.source = reponses[identifiant]
    return nb


def prefixe_apt() -> list[str] | None:
    """Le préfixe pour lancer apt sans mot de passe (``[]`` en root, ``["sudo", "-n"]``), ou None."""
    if not shutil.which("apt-get"):
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None
