"""Étape 3 de la correction : exécuter chaque copie avec ``nbgrader autograde`` dans le noyau
borné (outils/correction/isolement.py), et tenir le registre de la correction (ce qui a été
exécuté, avec quelle empreinte, quels problèmes)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat

from outils.commun import environnement_outils
from outils.commun import nbgrader as meta_nbgrader
from outils.correction.isolement import DELAI_DEPASSE, NOM_DU_NOYAU, NON_EXECUTEE, NOYAU_ARRETE

DELAI_CELLULE_S = 120
DELAI_COPIE_S = 20 * 60  # filet de sécurité : au-delà, la correction d'une copie est arrêtée


def _nbgrader(racine: Path, *arguments: str, env: dict | None = None, delai: float | None = None):
    commande = [sys.executable, "-m", "nbgrader", *arguments]
    processus = subprocess.Popen(
        commande, cwd=racine, env=env or environnement_outils(), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        sortie, erreurs = processus.communicate(timeout=delai)
    except subprocess.TimeoutExpired:
        os.killpg(processus.pid, signal.SIGKILL)  # nbgrader et le noyau qu'il a lancé
        sortie, erreurs = processus.communicate()
        return subprocess.CompletedProcess(commande, None, sortie, erreurs)
    return subprocess.CompletedProcess(commande, processus.returncode, sortie, erreurs)


def _echec(etape: str, resultat: subprocess.CompletedProcess) -> RuntimeError:
    return RuntimeError(f"{etape} a échoué :\n{resultat.stdout[-3000:]}\n{resultat.stderr[-3000:]}")


def problemes_d_execution(nb: nbformat.NotebookNode, limites: dict) -> list[str]:
    """Ce qui s'est mal passé pendant l'exécution d'une copie, en français, cellule par cellule."""
    problemes, non_executees = [], 0
    for numero, cellule in enumerate(nb.cells, start=1):
        if cellule.cell_type != "code":
            continue
        nom = meta_nbgrader(cellule).get("grade_id") or f"cellule n° {numero}"
        noms = {sortie.get("ename") for sortie in cellule.get("outputs", []) if sortie.get("output_type") == "error"}
        if DELAI_DEPASSE in noms:
            problemes.append(f"{nom} interrompue : délai dépassé (boucle sans fin ou calcul trop long)")
        if any("MemoryError" in nom_erreur for nom_erreur in noms if nom_erreur):  # aussi _ArrayMemoryError
            problemes.append(f"{nom} : mémoire dépassée (limite {limites.get('memoire_mo', '?')} Mo)")
        if NOYAU_ARRETE in noms:
            texte = next(s.get("evalue", "") for s in cellule.outputs if s.get("ename") == NOYAU_ARRETE)
            problemes.append(f"{nom} : {texte}")
        if NON_EXECUTEE in noms:
            non_executees += 1
    if non_executees:
        problemes.append(f"{non_executees} cellule(s) suivante(s) non exécutée(s), leurs tests comptent 0")
    return problemes


def _empreinte(chemin: Path, *autres: bytes) -> str:
    calcul = hashlib.sha256(chemin.read_bytes())
    for morceau in autres:
        calcul.update(morceau)
    return calcul.hexdigest()


def _lire_etat(chemin: Path) -> dict:
    if chemin.is_file():
        try:
            return json.loads(chemin.read_text(encoding="utf-8"))
        except ValueError:
            return {}
    return {}


def autograder(racine: Path, lab: str, personne: str, preparees: Path, noyaux: Path, env: dict,
               delai_cellule: int, delai_copie: int) -> tuple[Path | None, str | None]:
    """Exécute et note une copie préparée ; renvoie (copie notée, None) ou (None, raison du refus)."""
    resultat = _nbgrader(
        racine, "autograde", lab, f"--student={personne}", "--create", "--force",
        "--log-level=WARN",
        f"--CourseDirectory.submitted_directory={preparees}",
        f"--Execute.timeout={delai_cellule}",
        f"--Execute.kernel_name={NOM_DU_NOYAU}",
        "--KernelManager.transport=ipc",
        f"--KernelManager.ip={noyaux / personne}",
        env=env, delai=delai_copie,
    )
    corrigee = racine / "grading" / "autograded" / personne / lab / f"{lab}.ipynb"
    if resultat.returncode is None:
        return None, f"correction arrêtée au bout de {delai_copie // 60} min : la copie ne se termine pas"
    if resultat.returncode != 0 or not corrigee.is_file():
        derniere = [ligne for ligne in resultat.stderr.splitlines() if "ERROR" in ligne or "Error" in ligne]
        return None, "nbgrader n'a pas pu corriger cette copie" + (
            f" ({derniere[-1].strip()[:200]})" if derniere else ""
        )
    return corrigee, None


def mettre_a_jour_le_registre(racine: Path, lab: str) -> None:
    """Le registre de notes doit connaître le lab : generate_assignment le met à jour. Sa version
    apprenant·e est écrite à part pour ne pas toucher labs/."""
    import tempfile

    with tempfile.TemporaryDirectory() as provisoire:
        resultat = _nbgrader(
            racine, "generate_assignment", lab, "--force", "--log-level=WARN",
            f"--CourseDirectory.release_directory={provisoire}",
        )
    if resultat.returncode != 0:
        raise _echec("La mise à jour du registre de notes", resultat)


def ecrire_etat(chemin: Path, etat: dict) -> None:
    chemin.write_text(json.dumps(etat, ensure_ascii=False, indent=1), encoding="utf-8")


def horodatage() -> str:
    return time.strftime("%Y-%m-%d %H:%M")

