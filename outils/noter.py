"""Corrige les copies d'un lab : notes automatiques, retours individuels, export CSV.

Les copies se rangent dans ``grading/submitted/<identifiant_apprenant·e>/<lab>/<lab>.ipynb``.
``make grade LAB=00_prise_en_main`` (ou ``python outils/noter.py 00_prise_en_main``) :

1. vérifie chaque copie : une copie illisible (fichier tronqué, JSON cassé, autre notebook)
   est signalée et mise de côté, les autres sont corrigées quand même ;
2. met à jour le registre de notes (grading/gradebook.db) à partir de solutions/<lab>/ ;
3. ``nbgrader autograde`` : exécute chaque copie et calcule les points automatiques ;
4. ``nbgrader generate_feedback`` : un retour HTML par personne dans grading/feedback/ ;
5. exporte ``grading/notes_<lab>.csv`` (totaux, format nbgrader) et
   ``grading/notes_<lab>_detail.csv`` (points par question, et questions à corriger à la main).

Les questions de réflexion se corrigent ensuite à la main dans le formgrader
(voir grading/README.md), puis on relance l'export.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from controles import environnement_outils  # noqa: E402
from labs import source_vers_notebook  # noqa: E402

RACINE = Path(__file__).resolve().parent.parent


@dataclass
class Bilan:
    """Ce qu'a donné une correction."""

    lab: str
    corrigees: list[str] = field(default_factory=list)
    illisibles: dict[str, str] = field(default_factory=dict)
    notes: dict[str, dict] = field(default_factory=dict)
    csv_total: Path | None = None
    csv_detail: Path | None = None
    retours: dict[str, Path] = field(default_factory=dict)


def _nbgrader(racine: Path, *arguments: str) -> subprocess.CompletedProcess:
    commande = [sys.executable, "-m", "nbgrader", *arguments]
    return subprocess.run(
        commande, cwd=racine, env=environnement_outils(), capture_output=True, text=True
    )


def _echec(etape: str, resultat: subprocess.CompletedProcess) -> RuntimeError:
    return RuntimeError(f"{etape} a échoué :\n{resultat.stdout[-3000:]}\n{resultat.stderr[-3000:]}")


def examiner_copie(chemin: Path, attendu: nbformat.NotebookNode) -> str | None:
    """Renvoie None si la copie est corrigeable, sinon la raison, en français."""
    if not chemin.is_file():
        return f"le fichier {chemin.name} est absent du dossier rendu"
    try:
        copie = nbformat.read(chemin, as_version=4)
        nbformat.validate(copie)
    except Exception as erreur:  # JSON cassé, fichier tronqué, format inconnu
        return f"le fichier n'est pas un notebook lisible ({type(erreur).__name__} : {str(erreur)[:120]})"
    ids_attendus = {
        c.metadata["nbgrader"]["grade_id"] for c in attendu.cells if c.metadata.get("nbgrader", {}).get("grade")
    }
    ids_copie = {
        c.metadata.get("nbgrader", {}).get("grade_id") for c in copie.cells
    }
    if ids_attendus and not ids_attendus & ids_copie:
        return "aucune question de ce lab dans le notebook : est-ce le bon fichier ?"
    return None


def _exporter_detail(racine: Path, lab: str, chemin: Path) -> dict[str, dict]:
    from nbgrader.api import Gradebook

    notes: dict[str, dict] = {}
    with Gradebook(f"sqlite:///{racine / 'grading' / 'gradebook.db'}") as registre:
        devoir = registre.find_assignment(lab)
        questions = [
            (cellule.name, cellule.max_score)
            for carnet in devoir.notebooks
            for cellule in carnet.grade_cells
        ]
        lignes = []
        for soumission in registre.assignment_submissions(lab):
            personne = soumission.student.id
            par_question = {}
            a_corriger = []
            for carnet in soumission.notebooks:
                for note in carnet.grades:
                    par_question[note.name] = note.score
                    if note.needs_manual_grade:
                        a_corriger.append(note.name)
            automatique = sum(
                note.auto_score or 0
                for carnet in soumission.notebooks
                for note in carnet.grades
                if note.auto_score is not None
            )
            notes[personne] = {
                "automatique": automatique,
                "total": soumission.score,
                "maximum": soumission.max_score,
                "a_corriger_a_la_main": sorted(a_corriger),
                "questions": par_question,
            }
            lignes.append(
                [personne, f"{automatique:g}", f"{soumission.score:g}", f"{soumission.max_score:g}",
                 " ".join(sorted(a_corriger))]
                + [
                    "" if nom in a_corriger else f"{par_question.get(nom) or 0:g}"
                    for nom, _ in questions
                ]
            )
    with chemin.open("w", newline="", encoding="utf-8") as fichier:
        ecriture = csv.writer(fichier)
        ecriture.writerow(
            ["apprenant", "points_automatiques", "total", "maximum", "a_corriger_a_la_main"]
            + [f"{nom} (/{maximum:g})" for nom, maximum in questions]
        )
        ecriture.writerows(sorted(lignes))
    return notes


def noter(lab: str, racine: Path = RACINE, retours_seulement: bool = False) -> Bilan:
    """Corrige toutes les copies de ``lab`` rendues dans grading/submitted/.

    ``retours_seulement`` : après la correction à la main dans le formgrader, refait seulement
    les retours et les exports, sans réexécuter les copies.
    """
    racine = racine.resolve()
    bilan = Bilan(lab)
    source = racine / "solutions" / lab / f"{lab}.ipynb"
    if not source.with_suffix(".py").is_file():
        raise FileNotFoundError(
            f"Lab inconnu : {source.with_suffix('.py').relative_to(racine)} n'existe pas. "
            "Le nom s'écrit comme le dossier, par exemple 00_prise_en_main."
        )
    if not source.is_file():
        source_vers_notebook(lab, racine)
    attendu = nbformat.read(source, as_version=4)
    rendus = racine / "grading" / "submitted"
    personnes = sorted(d.name for d in rendus.iterdir() if (d / lab).is_dir()) if rendus.is_dir() else []
    if not personnes:
        raise FileNotFoundError(
            f"Aucune copie pour {lab} : rangez-les dans grading/submitted/<identifiant>/{lab}/{lab}.ipynb."
        )
    for personne in personnes:
        raison = examiner_copie(rendus / personne / lab / f"{lab}.ipynb", attendu)
        if raison:
            bilan.illisibles[personne] = raison
        else:
            bilan.corrigees.append(personne)

    exclues = ",".join(bilan.illisibles)
    if not retours_seulement:
        # Le registre de notes doit connaître le lab : generate_assignment le met à jour.
        # Sa version apprenant·e est écrite à part pour ne pas toucher labs/.
        with tempfile.TemporaryDirectory() as provisoire:
            resultat = _nbgrader(
                racine, "generate_assignment", lab, "--force", "--log-level=WARN",
                f"--CourseDirectory.release_directory={provisoire}",
            )
        if resultat.returncode != 0:
            raise _echec("La mise à jour du registre de notes", resultat)
    if bilan.corrigees and not retours_seulement:
        resultat = _nbgrader(
            racine, "autograde", lab, "--create", "--force", "--log-level=WARN",
            f"--CourseDirectory.student_id_exclude={exclues}",
        )
        if resultat.returncode != 0:
            raise _echec("La correction automatique (nbgrader autograde)", resultat)
    if bilan.corrigees:
        resultat = _nbgrader(
            racine, "generate_feedback", lab, "--force", "--log-level=WARN",
            f"--CourseDirectory.student_id_exclude={exclues}",
        )
        if resultat.returncode != 0:
            raise _echec("La génération des retours (nbgrader generate_feedback)", resultat)
        for personne in bilan.corrigees:
            retour = racine / "grading" / "feedback" / personne / lab / f"{lab}.html"
            if retour.is_file():
                bilan.retours[personne] = retour

    bilan.csv_total = racine / "grading" / f"notes_{lab}.csv"
    resultat = _nbgrader(
        racine, "export", f"--to={bilan.csv_total}", f"--assignment={lab}", "--log-level=WARN"
    )
    if resultat.returncode != 0:
        raise _echec("L'export CSV (nbgrader export)", resultat)
    bilan.csv_detail = racine / "grading" / f"notes_{lab}_detail.csv"
    bilan.notes = _exporter_detail(racine, lab, bilan.csv_detail)
    return bilan


def afficher(bilan: Bilan, racine: Path = RACINE) -> None:
    print(f"Correction de {bilan.lab} : {len(bilan.corrigees)} copie(s) corrigée(s).")
    for personne in bilan.corrigees:
        note = bilan.notes.get(personne, {})
        manuel = note.get("a_corriger_a_la_main") or []
        reste = f" ; à corriger à la main : {', '.join(manuel)}" if manuel else ""
        print(
            f"  - {personne} : {note.get('automatique', 0):g} point(s) automatique(s), "
            f"total actuel {note.get('total', 0):g}/{note.get('maximum', 0):g}{reste}"
        )
    for personne, raison in bilan.illisibles.items():
        print(f"  ⚠ {personne} : copie NON corrigée, {raison}. Demandez-lui de la rendre à nouveau.")
    print(f"Notes : {bilan.csv_total.relative_to(racine)} et {bilan.csv_detail.relative_to(racine)}")
    print(f"Retours individuels : grading/feedback/<identifiant>/{bilan.lab}/{bilan.lab}.html")


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("lab", help="nom du lab, par exemple 00_prise_en_main")
    parseur.add_argument("--racine", type=Path, default=RACINE)
    parseur.add_argument(
        "--retours-seulement", action="store_true",
        help="après la correction à la main : refaire retours et exports sans réexécuter les copies",
    )
    args = parseur.parse_args(argv)
    try:
        bilan = noter(args.lab, args.racine, args.retours_seulement)
    except (FileNotFoundError, RuntimeError) as erreur:
        print(f"Erreur : {erreur}", file=sys.stderr)
        return 2
    afficher(bilan, args.racine.resolve())
    return 1 if bilan.illisibles else 0


if __name__ == "__main__":
    sys.exit(main())
