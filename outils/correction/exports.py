"""Étape 4 de la correction : les notes, lues dans le registre de nbgrader, exportées en CSV
(``notes_<lab>.csv`` au format nbgrader, ``notes_<lab>_detail.csv`` pour un tableur français)."""

from __future__ import annotations

import csv
from pathlib import Path

from civiclabs.texte import format_nombre
from outils.correction.bilan import Bilan
from outils.correction.execution import _echec, _nbgrader


def _notes(racine: Path, lab: str) -> tuple[list[tuple[str, float]], dict[str, dict]]:
    """Les questions du lab (nom, maximum) et, pour chaque personne, ses points et ce qui reste."""
    from nbgrader.api import Gradebook

    notes: dict[str, dict] = {}
    with Gradebook(f"sqlite:///{racine / 'grading' / 'gradebook.db'}") as registre:
        devoir = registre.find_assignment(lab)
        cellules = [cellule for carnet in devoir.notebooks for cellule in carnet.grade_cells]
        questions = [(cellule.name, cellule.max_score) for cellule in cellules]
        manuelles = {cellule.name: cellule.max_score for cellule in cellules if cellule.cell_type != "code"}
        for soumission in registre.assignment_submissions(lab):
            par_question, a_corriger, a_revoir, vides, notees = {}, [], [], [], 0
            automatique = manuel = 0.0
            for carnet in soumission.notebooks:
                for note in carnet.grades:
                    par_question[note.name] = note.score
                    if note.name not in manuelles:  # une contre-épreuve peut y avoir mis 0 (note.score)
                        automatique += note.score or 0
                    if note.name in manuelles and note.manual_score is not None:
                        manuel += note.manual_score
                        notees += 1
                    if note.needs_manual_grade:
                        (a_revoir if note.manual_score is not None else a_corriger).append(note.name)
                    elif note.name in manuelles and note.manual_score is None:
                        vides.append(note.name)  # réponse laissée vide : 0 sans correction
            notes[soumission.student.id] = {
                "automatique": automatique,
                "maximum_automatique": sum(m for _, m in questions) - sum(manuelles.values()),
                "manuel": manuel,
                "maximum_manuel": sum(manuelles.values()),
                "questions_notees_a_la_main": notees,
                "total": soumission.score,
                "maximum": soumission.max_score,
                "a_corriger_a_la_main": sorted(a_corriger),
                "points_a_corriger": sum(m for nom, m in questions if nom in a_corriger),
                "a_revoir": sorted(a_revoir),
                "reponses_vides": sorted(vides),
                "questions": par_question,
            }
    return questions, notes


def _statut(personne: str, bilan: Bilan) -> str:
    note = bilan.notes.get(personne)
    if note is None:
        return "non corrigée"
    if note["a_corriger_a_la_main"] or note["a_revoir"]:
        return "à corriger à la main"
    return "complète"


def _exporter_detail(chemin: Path, questions, bilan: Bilan) -> None:
    """Le détail des notes, pour un tableur français : « ; », virgule décimale, UTF-8 avec BOM."""
    def nombre(x):
        return format_nombre(x, 2)

    with chemin.open("w", newline="", encoding="utf-8-sig") as fichier:
        tableur = csv.writer(fichier, delimiter=";", quoting=csv.QUOTE_ALL)

        def ecrire(ligne):
            tableur.writerow([neutraliser(c) for c in ligne])
        ecrire(
            ["apprenant", "statut", "points_automatiques", "points_a_la_main", "total", "maximum",
             "a_corriger_a_la_main", "problemes"]
            + [f"{nom} (/{nombre(maximum)})" for nom, maximum in questions]
        )
        for personne in sorted(set(bilan.notes) | set(bilan.non_corrigees)):
            problemes = list(bilan.problemes.get(personne, []))
            if personne in bilan.non_corrigees:
                problemes.insert(0, f"non corrigée : {bilan.non_corrigees[personne]}")
            note = bilan.notes.get(personne)
            if note is None:
                ecrire([personne, _statut(personne, bilan), "", "", "", "", "", " | ".join(problemes)])
                continue
            if personne in bilan.non_corrigees:
                problemes[0] += " ; les notes de la copie précédente sont gardées"
            ecrire(
                [personne, _statut(personne, bilan), nombre(note["automatique"]), nombre(note["manuel"]),
                 nombre(note["total"]), nombre(note["maximum"]),
                 " ".join(note["a_corriger_a_la_main"] + [f"{n} (à revoir)" for n in note["a_revoir"]]),
                 " | ".join(problemes)]
                + ["" if nom in note["a_corriger_a_la_main"] else nombre(note["questions"].get(nom) or 0)
                   for nom, _ in questions]
            )


def neutraliser(cellule) -> str:
    """Une cellule de CSV qu'un tableur ne prendra pas pour une formule : un texte qui commence
    par « = », « + », « - », « @ », une tabulation ou un retour chariot est précédé d'une
    apostrophe (recommandation OWASP contre l'injection de formules)."""
    texte = str(cellule)
    return "'" + texte if texte[:1] in ("=", "+", "-", "@", "\t", "\r") else texte


def neutraliser_le_csv(chemin: Path) -> None:
    """Réécrit un CSV (celui de nbgrader export) : cellules neutralisées, toutes entre guillemets."""
    with chemin.open(encoding="utf-8", newline="") as fichier:
        lignes = list(csv.reader(fichier))
    with chemin.open("w", encoding="utf-8", newline="") as fichier:
        csv.writer(fichier, quoting=csv.QUOTE_ALL).writerows([[neutraliser(c) for c in ligne] for ligne in lignes])


def exporter(racine: Path, lab: str, bilan: Bilan) -> None:
    """Les deux CSV, et les notes de chaque personne dans ``bilan.notes``."""
    bilan.csv_total = racine / "grading" / f"notes_{lab}.csv"
    resultat = _nbgrader(racine, "export", f"--to={bilan.csv_total}", f"--assignment={lab}", "--log-level=WARN")
    if resultat.returncode != 0:
        raise _echec("L'export CSV (nbgrader export)", resultat)
    neutraliser_le_csv(bilan.csv_total)
    questions, bilan.notes = _notes(racine, lab)
    bilan.csv_detail = racine / "grading" / f"notes_{lab}_detail.csv"
    _exporter_detail(bilan.csv_detail, questions, bilan)
