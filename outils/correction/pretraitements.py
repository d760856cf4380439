"""Prétraitement nbgrader des retours : les notes, et ce qui attend encore la correction à la main."""

from __future__ import annotations

from nbgrader.preprocessors import GetGrades


class NotesEtAttentes(GetGrades):
    """Comme ``GetGrades`` (les notes du registre dans le retour), et en plus : une question
    corrigée à la main qui ne l'est pas encore est marquée ``en_attente`` (le retour affiche
    « en attente de correction », pas « 0 / 3 »), et ``resources["nbgrader"]["points_en_attente"]``
    dit combien de points le total ne compte pas encore."""

    def preprocess(self, nb, resources):
        self._points_en_attente = 0.0
        nb, resources = super().preprocess(nb, resources)
        resources["nbgrader"]["points_en_attente"] = self._points_en_attente
        return nb, resources

    def _get_score(self, cell, resources) -> None:
        super()._get_score(cell, resources)
        note = self.gradebook.find_grade(
            cell.metadata["nbgrader"]["grade_id"], self.notebook_id, self.assignment_id, self.student_id
        )
        en_attente = bool(note.needs_manual_grade) and note.manual_score is None
        cell.metadata.nbgrader["en_attente"] = en_attente
        if en_attente:
            self._points_en_attente += note.max_score or 0
