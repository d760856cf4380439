"""Régénère les notebooks du cours à partir de leurs sources jupytext.

Pour chaque lab ``NN_nom`` :

1. ``solutions/NN_nom/NN_nom.py`` (source, format percent de jupytext, que l'on édite)
   → ``solutions/NN_nom/NN_nom.ipynb`` (source nbgrader, sans sorties ni identifiants) ;
2. ``nbgrader generate_assignment NN_nom --force``
   → ``labs/NN_nom/NN_nom.ipynb`` (version apprenant·es, talons en français) ;
3. chaque notebook est normalisé (sans sorties, sans identifiants de cellule,
   métadonnées réduites) pour que la régénération donne toujours les mêmes octets.

Usage : ``python -m outils.fabrication.labs [NN_nom ...] [--racine DOSSIER]`` (``make labs``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jupytext
import nbformat

from outils.commun import RACINE, environnement_outils

METADONNEES_GARDEES = ("kernelspec", "jupytext")


def lister_labs(racine: Path = RACINE) -> list[str]:
    """Noms des labs : les dossiers de solutions/ qui contiennent leur source NN_nom.py."""
    return sorted(
        d.name for d in (racine / "solutions").iterdir() if d.is_dir() and (d / f"{d.name}.py").is_file()
    )


def normaliser(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Retire sorties, compteurs d'exécution et identifiants ; réduit les métadonnées."""
    nb.nbformat, nb.nbformat_minor = 4, 4
    nb.metadata = nbformat.from_dict(
        {cle: nb.metadata[cle] for cle in METADONNEES_GARDEES if cle in nb.metadata}
    )
    if "jupytext" in nb.metadata:
        nb.metadata["jupytext"] = {"formats": "ipynb,py:percent"}
    for cellule in nb.cells:
        cellule.pop("id", None)
        if cellule.cell_type == "code":
            cellule.outputs = []
            cellule.execution_count = None
        for cle in ("execution", "collapsed", "scrolled", "jupyter", "ExecuteTime"):
            cellule.metadata.pop(cle, None)
    return nb


def ecrire(nb: nbformat.NotebookNode, chemin: Path) -> None:
    texte = nbformat.writes(normaliser(nb), version=4)
    if not texte.endswith("\n"):
        texte += "\n"
    chemin.write_text(texte, encoding="utf-8")


def source_vers_notebook(lab: str, racine: Path = RACINE) -> Path:
    """solutions/NN/NN.py → solutions/NN/NN.ipynb."""
    source = racine / "solutions" / lab / f"{lab}.py"
    cible = source.with_suffix(".ipynb")
    nb = jupytext.read(source, fmt="py:percent")
    ecrire(nb, cible)
    # le notebook apparié doit être plus récent que sa source
    horodatage = source.stat().st_mtime + 1
    os.utime(cible, (horodatage, horodatage))
    return cible


def generer_version_apprenant(lab: str, racine: Path = RACINE) -> Path:
    """nbgrader generate_assignment, puis normalisation de labs/NN/NN.ipynb."""
    commande = [
        sys.executable, "-m", "nbgrader", "generate_assignment", lab, "--force", "--log-level=WARN",
    ]
    resultat = subprocess.run(
        commande, cwd=racine, env=environnement_outils(), capture_output=True, text=True
    )
    if resultat.returncode != 0:
        raise RuntimeError(
            f"nbgrader generate_assignment {lab} a échoué :\n{resultat.stdout}\n{resultat.stderr}"
        )
    cible = racine / "labs" / lab / f"{lab}.ipynb"
    ecrire(nbformat.read(cible, as_version=4), cible)
    return cible


def ecrire_baremes(lab: str, racine: Path = RACINE) -> Path:
    """grading/baremes/NN.md : chaque question de réflexion et son barème, pour la correction
    à la main (le formgrader montre la réponse, pas le barème)."""
    nb = nbformat.read(racine / "solutions" / lab / f"{lab}.ipynb", as_version=4)
    parties = [
        f"# Barèmes — {lab}",
        "",
        f"Généré par `make labs` depuis `solutions/{lab}/{lab}.py` : ne pas modifier à la main.",
        "",
    ]
    for numero, cellule in enumerate(nb.cells):
        meta = cellule.metadata.get("nbgrader", {})
        if not (meta.get("grade") and meta.get("solution") and cellule.cell_type == "markdown"):
            continue
        question = nb.cells[numero - 1].source if numero else ""
        bareme = re.sub(r"^#+ *(BEGIN|END) SOLUTION *$", "", cellule.source, flags=re.M).strip()
        parties += [
            f"## `{meta['grade_id']}` — {meta.get('points', 0)} point(s)",
            "",
            "### La question",
            "",
            re.sub(r"^(#+) ", r"\1## ", question.strip(), flags=re.M),
            "",
            "### Le barème",
            "",
            bareme,
            "",
        ]
    cible = racine / "grading" / "baremes" / f"{lab}.md"
    cible.parent.mkdir(parents=True, exist_ok=True)
    cible.write_text("\n".join(parties).rstrip() + "\n", encoding="utf-8")
    return cible


def regenerer(labs: list[str] | None = None, racine: Path = RACINE) -> list[Path]:
    """Régénère les labs demandés (tous par défaut) ; renvoie les notebooks apprenant·es écrits."""
    labs = labs or lister_labs(racine)
    ecrits = []
    for lab in labs:
        source_vers_notebook(lab, racine)
        ecrits.append(generer_version_apprenant(lab, racine))
        ecrire_baremes(lab, racine)
    return ecrits


FICHIERS_DU_COURS = (
    "nbgrader_config.py",
    "grading/nbgrader_config.py",
    "grading/modeles/retour/index.html.j2",
    "grading/modeles/retour/conf.json",
)


def copier_cours(racine: Path, cible: Path) -> Path:
    """Copie les sources du cours (solutions/*/*.py et fichiers joints, configuration nbgrader),
    sans aucun notebook : tout ce qui est généré doit être régénéré dans la copie."""
    cible.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        racine / "solutions", cible / "solutions",
        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.ipynb"),
    )
    for fichier in FICHIERS_DU_COURS:
        (cible / fichier).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(racine / fichier, cible / fichier)
    return cible


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("labs", nargs="*", help="labs à régénérer (tous par défaut)")
    parseur.add_argument("--racine", type=Path, default=RACINE, help="racine du cours")
    args = parseur.parse_args(argv)
    for chemin in regenerer(args.labs or None, args.racine.resolve()):
        print(f"✔ {chemin.relative_to(args.racine.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
