"""Étape 5 de la correction : un retour HTML en français par personne (``nbgrader
generate_feedback`` avec le modèle grading/modeles/retour), refait seulement quand ses notes ou
commentaires ont changé."""

from __future__ import annotations

import hashlib
from pathlib import Path

from outils.correction.execution import _nbgrader


def _signatures_des_notes(racine: Path, lab: str) -> dict[str, str]:
    """Pour chaque personne, une empreinte de ses notes et commentaires (pour savoir si son
    retour doit être refait)."""
    from nbgrader.api import Gradebook

    signatures = {}
    with Gradebook(f"sqlite:///{racine / 'grading' / 'gradebook.db'}") as registre:
        for soumission in registre.assignment_submissions(lab):
            elements = [soumission.late_submission_penalty]
            for carnet in soumission.notebooks:
                elements += [(n.name, n.auto_score, n.manual_score, n.extra_credit) for n in carnet.grades]
                elements += [(c.name, c.manual_comment) for c in carnet.comments]
            signatures[soumission.student.id] = hashlib.sha256(repr(elements).encode()).hexdigest()
    return signatures


def options_du_retour_en_francais(racine: Path) -> list[str]:
    """Options de ``nbgrader generate_feedback`` pour le modèle de retour en français."""
    import nbgrader

    modeles_nbgrader = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    return [
        "--HTMLExporter.template_name=retour",
        "--HTMLExporter.sanitize_html=True",
        f"--HTMLExporter.extra_template_basedirs={racine / 'grading' / 'modeles'}",
        f"--HTMLExporter.extra_template_basedirs={modeles_nbgrader}",
    ]


def chemin_du_retour(racine: Path, lab: str, personne: str) -> Path:
    return racine / "grading" / "feedback" / personne / lab / f"{lab}.html"


def _generer(racine: Path, lab: str, personnes: list[str], toutes: list[str], problemes: dict) -> None:
    """``nbgrader generate_feedback`` pour ces personnes ; s'il échoue, personne par personne,
    pour que la copie fautive soit signalée et que les autres aient leur retour."""
    def lancer(pour):
        exclues = ",".join(sorted(set(toutes) - set(pour)))
        return _nbgrader(
            racine, "generate_feedback", lab, "--force", "--log-level=WARN",
            f"--CourseDirectory.student_id_exclude={exclues}",
            *options_du_retour_en_francais(racine),
        )

    if lancer(personnes).returncode == 0:
        return
    for personne in personnes:
        resultat = lancer([personne])
        if resultat.returncode != 0:
            derniere = [ligne for ligne in resultat.stderr.splitlines() if "Error" in ligne or "ERROR" in ligne]
            problemes.setdefault(personne, []).append(
                "retour NON produit" + (f" ({derniere[-1].strip()[:200]})" if derniere else "")
                + " : la note est gardée, le retour manque"
            )
            ancien = chemin_du_retour(racine, lab, personne)
            if ancien.is_file():
                ancien.unlink()  # un retour périmé ne doit pas être envoyé


def generer_retours(racine: Path, lab: str, corrigees: list[str], executees: list[str], toutes: list[str],
                    etat: dict, problemes: dict | None = None) -> dict[str, Path]:
    """Refait les retours qui doivent l'être ; renvoie le retour de chaque copie corrigée. Une
    copie dont le retour échoue est signalée dans ``problemes`` ; elle n'arrête pas la classe."""
    problemes = {} if problemes is None else problemes
    signatures = _signatures_des_notes(racine, lab) if corrigees else {}
    a_refaire = [
        personne for personne in corrigees
        if personne in executees or not chemin_du_retour(racine, lab, personne).is_file()
        or etat.get(personne, {}).get("retour") != signatures.get(personne)
    ]
    if a_refaire:
        _generer(racine, lab, a_refaire, toutes, problemes)
    retours = {}
    for personne in corrigees:
        chemin = chemin_du_retour(racine, lab, personne)
        if chemin.is_file():
            retours[personne] = chemin
            if personne in etat:
                etat[personne]["retour"] = signatures.get(personne)
    return retours
