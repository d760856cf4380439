"""Contrôles d'un lab, partagés par la suite de tests (tests/) et utilisables à la main.

Chaque fonction renvoie la liste des problèmes trouvés (vide si tout va bien), pour que
les tests puissent l'appliquer aux vrais labs *et* à des cas cassés exprès.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat

from outils.commun import environnement_outils, lire, nbgrader, remplir, reponses_de_la_solution  # noqa: F401
from outils.fabrication.labs import FICHIERS_DU_COURS, copier_cours  # noqa: F401

RACINE = Path(__file__).resolve().parents[2]
DELAI_CELLULE = 300  # secondes : au-delà, une cellule est considérée comme bloquée
MARQUEURS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
# Appels qui affichent un widget : fabriques de civiclabs.widgets ou ipywidgets directement.
_APPELS_WIDGETS = (
    r"\b(?:explorer_\w+|comparer_repartitions|curseur_\w+|interact|interactive"
    r"|widgets\.(?:IntSlider|FloatSlider|Dropdown|SelectionSlider|ToggleButtons|Checkbox))\("
)
_BLOC = re.compile(
    r"### BEGIN (SOLUTION|HIDDEN TESTS)\n(.*?)### END \1", re.DOTALL
)


def cours_pret(racine: Path, cible: Path, labs: list[str]) -> Path:
    """Un cours temporaire prêt à corriger ``labs`` : les sources (``copier_cours``), plus le
    notebook de solution, la version apprenant·e et le barème **tels qu'ils sont commis**.
    test_notebooks.py::test_labs_identiques_a_une_regeneration montre qu'ils sont identiques à une
    régénération : les tests de correction n'ont pas à relancer nbgrader pour les refaire (le registre
    de notes est créé par « make grade » lui-même, comme chez une formatrice)."""
    cours = copier_cours(racine, cible)
    for lab in labs:
        shutil.copy(racine / "solutions" / lab / f"{lab}.ipynb", cours / "solutions" / lab / f"{lab}.ipynb")
        shutil.copytree(racine / "labs" / lab, cours / "labs" / lab,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        bareme = racine / "grading" / "baremes" / f"{lab}.md"
        (cours / "grading" / "baremes").mkdir(parents=True, exist_ok=True)
        shutil.copy(bareme, cours / "grading" / "baremes" / bareme.name)
    return cours





# --- exécution ---------------------------------------------------------------------------


def executer_papermill(source: Path, sortie: Path, cwd: Path, parametres: dict | None = None):
    """Exécute un notebook avec papermill (s'arrête à la première erreur)."""
    import papermill

    return papermill.execute_notebook(
        str(source), str(sortie), cwd=str(cwd), parameters=parametres or {},
        kernel_name="python3", progress_bar=False, log_output=False,
        execution_timeout=DELAI_CELLULE, start_timeout=120,
    )


def executer_jusqua_la_fin(chemin: Path, cwd: Path) -> nbformat.NotebookNode:
    """Exécute toutes les cellules même en cas d'erreur (pour les versions apprenant·es)."""
    from nbclient import NotebookClient

    nb = lire(chemin)
    NotebookClient(
        nb, timeout=DELAI_CELLULE, startup_timeout=120, kernel_name="python3", allow_errors=True,
        resources={"metadata": {"path": str(cwd)}},
    ).execute()
    return nb


def _tests_notes(nb: nbformat.NotebookNode):
    return [
        c for c in nb.cells
        if c.cell_type == "code" and nbgrader(c).get("grade") and not nbgrader(c).get("solution")
    ]


def _en_erreur(cellule) -> bool:
    return any(s.get("output_type") == "error" for s in cellule.get("outputs", []))


def tests_en_echec(nb: nbformat.NotebookNode) -> list[str]:
    """Les cellules de test notées d'un notebook exécuté qui ont échoué (sortie d'erreur), avec
    la fin du message : ce que nbgrader compterait 0 point."""
    return [
        f"{nbgrader(c)['grade_id']} : " + next(
            f"{s['ename']}: {s['evalue'][-300:]}" for s in c.outputs if s.get("output_type") == "error"
        )
        for c in _tests_notes(nb) if _en_erreur(c)
    ]


# --- contenu des notebooks ---------------------------------------------------------------


def sorties_presentes(chemin: Path) -> list[str]:
    """Cellules qui gardent des sorties, des compteurs d'exécution ou des identifiants."""
    nb = json.loads(chemin.read_text(encoding="utf-8"))
    problemes = []
    for numero, cellule in enumerate(nb["cells"]):
        if cellule.get("outputs"):
            problemes.append(f"{chemin.name} : la cellule {numero} a des sorties")
        if cellule.get("execution_count") is not None:
            problemes.append(f"{chemin.name} : la cellule {numero} a un compteur d'exécution")
        if "id" in cellule:
            problemes.append(f"{chemin.name} : la cellule {numero} a un identifiant")
    return problemes


def lignes_secretes(source: nbformat.NotebookNode) -> set[str]:
    """Lignes de solution et de tests cachés d'un notebook source, assez longues pour être
    caractéristiques, et absentes des parties visibles du même notebook."""
    secretes, visibles = set(), set()
    for cellule in source.cells:
        texte = cellule.source
        for bloc in _BLOC.finditer(texte):
            for ligne in bloc.group(2).splitlines():
                secretes.add(ligne.strip())
        reste = _BLOC.sub("", texte)
        visibles.update(ligne.strip() for ligne in reste.splitlines())
    return {s for s in secretes - visibles if len(s) >= 12 and not s.startswith("#")} | {
        s for s in secretes - visibles if s.startswith("#") and len(s) >= 40
    }


def fuites(source: nbformat.NotebookNode, version_apprenant: Path) -> list[str]:
    """Marqueurs nbgrader, lignes de solution ou de tests cachés présents chez les apprenant·es."""
    texte = version_apprenant.read_text(encoding="utf-8")
    nb = lire(version_apprenant)
    contenu = "\n".join(c.source for c in nb.cells)
    problemes = [f"marqueur « {m} » présent" for m in MARQUEURS if m in texte]
    lignes = {ligne.strip() for ligne in contenu.splitlines()}
    problemes += [f"ligne secrète présente : {s[:80]!r}" for s in sorted(lignes_secretes(source) & lignes)]
    return problemes


def structure_du_lab(source: nbformat.NotebookNode) -> dict:
    """Inventaire d'un lab : exercices notés, points, réflexions, indices, widgets, graphiques."""
    exercices, reflexions, identifiants = [], [], []
    indices_manquants, baremes_manquants, tests_sans_message = [], [], []
    cellules = source.cells
    for numero, cellule in enumerate(cellules):
        meta = nbgrader(cellule)
        if meta.get("grade_id"):
            identifiants.append(meta["grade_id"])
        if meta.get("grade") and meta.get("solution") and cellule.cell_type == "markdown":
            reflexions.append((meta["grade_id"], meta.get("points", 0)))
            if "Barème" not in cellule.source:
                baremes_manquants.append(meta["grade_id"])
        elif meta.get("grade") and cellule.cell_type == "code":
            exercices.append((meta["grade_id"], meta.get("points", 0)))
            precedentes = cellules[max(0, numero - 3) : numero]
            if not any("<summary>Indice</summary>" in c.source for c in precedentes):
                indices_manquants.append(meta["grade_id"])
            visible = _BLOC.sub("", cellule.source)
            if "bravo(" not in visible:
                tests_sans_message.append(meta["grade_id"])
    code = "\n".join(c.source for c in cellules if c.cell_type == "code")
    return {
        "exercices": exercices,
        "points": sum(p for _, p in exercices),
        "reflexions": reflexions,
        "identifiants": identifiants,
        "indices_manquants": indices_manquants,
        "baremes_manquants": baremes_manquants,
        "tests_sans_message": tests_sans_message,
        "widgets": len(re.findall(_APPELS_WIDGETS, code)),
        "graphiques": code.count("plt.show()"),
        "parametres": any("parameters" in c.metadata.get("tags", []) for c in cellules),
    }


# --- copies simulées pour les tests de correction ----------------------------------------




# --- régénération -------------------------------------------------------------------------



def _fichiers_generes(racine: Path) -> dict[str, bytes]:
    fichiers = {}
    generes = [
        *(racine / "solutions").glob("*/*.ipynb"),
        *(racine / "labs").rglob("*"),
        *(racine / "grading" / "baremes").glob("*.md"),
    ]
    for chemin in generes:
        if chemin.is_file() and ".ipynb_checkpoints" not in chemin.parts:
            fichiers[str(chemin.relative_to(racine))] = chemin.read_bytes()
    return fichiers


def differences(reference: Path, regeneree: Path) -> list[str]:
    """Fichiers générés (solutions/*/*.ipynb, labs/, grading/baremes/) qui diffèrent entre deux copies du cours."""
    a, b = _fichiers_generes(reference), _fichiers_generes(regeneree)
    problemes = [f"{nom} : absent de la régénération" for nom in sorted(set(a) - set(b))]
    problemes += [f"{nom} : présent seulement dans la régénération" for nom in sorted(set(b) - set(a))]
    problemes += [f"{nom} : contenu différent" for nom in sorted(set(a) & set(b)) if a[nom] != b[nom]]
    return problemes
