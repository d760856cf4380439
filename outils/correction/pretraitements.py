"""Prétraitement nbgrader des retours : les notes, et ce qui attend encore la correction à la main."""

from __future__ import annotations

from nbgrader.preprocessors import GetGrades, NbGraderPreprocessor

# Les seules sorties gardées après l'exécution d'une copie : du texte brut (échappé à
# l'affichage) et des images matricielles (inertes). Le reste (HTML, Markdown, JavaScript, SVG,
# LaTeX, widgets) pourrait s'exécuter dans le formgrader ou dans le retour.
TYPES_GARDES = ("text/plain", "image/png", "image/jpeg")


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


class SortiesInertes(NbGraderPreprocessor):
    """Après l'exécution d'une copie : chaque sortie ne garde que du texte brut et des images
    matricielles. Un ``display(HTML("<script>…"))`` de l'apprenant·e, un tableau pandas en
    HTML, un widget deviennent leur version texte : le formgrader et le retour n'exécutent rien."""

    def preprocess_cell(self, cell, resources, index):
        cell.pop("attachments", None)  # images jointes à une cellule Markdown (SVG compris)
        if cell.cell_type != "code":
            return cell, resources
        for sortie in cell.get("outputs", []):
            if sortie.get("output_type") in ("display_data", "execute_result"):
                donnees = sortie.get("data", {})
                retirees = [t for t in donnees if t not in TYPES_GARDES]
                for type_mime in retirees:
                    del donnees[type_mime]
                if retirees and "text/plain" not in donnees:
                    donnees["text/plain"] = f"[sortie {', '.join(retirees)} retirée pour la correction]"
                sortie.pop("metadata", None)
                sortie["metadata"] = {}
        return cell, resources
