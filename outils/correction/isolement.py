"""Exécuter les copies des apprenant·es avec des limites : le noyau « civiclabs-correction ».

La correction automatique exécute le code des apprenant·es sur la machine de la formatrice
ou du formateur. ``make grade`` le fait dans un noyau Jupyter dédié, lancé par ce fichier :

- **mémoire** bornée (``RLIMIT_DATA``, 2 Go par défaut) : une « bombe mémoire » lève
  ``MemoryError`` dans la copie au lieu de saturer la machine ;
- **temps de calcul** borné (``RLIMIT_CPU``, 10 minutes de processeur par copie), en plus du
  délai par cellule de nbgrader (une boucle infinie est interrompue) ;
- **fichiers écrits** bornés (``RLIMIT_FSIZE``, 200 Mo par fichier) ;
- **sans réseau** quand la machine le permet : le noyau est lancé dans un espace de noms réseau
  vide (``unshare --net``, avec ``--map-root-user`` si l'on n'est pas root) ; il ne parle
  à nbgrader que par des sockets Unix (transport ``ipc``) ;
- **dossier personnel** remplacé par un dossier vide et temporaire (``HOME``), pour que les
  chemins en ``~`` ne mènent pas aux fichiers de la formatrice ou du formateur.

Ce n'est pas un bac à sable complet : le code garde les droits de lecture du compte qui lance
la correction. Pour une isolation réelle, lancez ``make grade`` sous un compte sans privilèges
ou dans un conteneur (voir grading/README.md, « Isoler la correction »).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from nbformat import NotebookNode

NOM_DU_NOYAU = "civiclabs-correction"
MEMOIRE_MO = 2048
PROCESSEUR_S = 600
FICHIER_MO = 200


@dataclass
class Limites:
    """Les limites appliquées au noyau qui exécute chaque copie."""

    memoire_mo: int = MEMOIRE_MO
    processeur_s: int = PROCESSEUR_S
    fichier_mo: int = FICHIER_MO
    sans_reseau: bool = True


def commande_sans_reseau() -> list[str] | None:
    """La commande qui coupe le réseau, si cette machine sait le faire ; sinon None."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    commande = [unshare, "--net"] if os.geteuid() == 0 else [unshare, "--net", "--map-root-user"]
    try:
        essai = subprocess.run([*commande, "true"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return commande if essai.returncode == 0 else None


def machine_sans_reseau() -> bool:
    """Vrai si la machine n'a que l'interface locale (par exemple un conteneur ``--network none``)."""
    interfaces = Path("/sys/class/net")
    return interfaces.is_dir() and {i.name for i in interfaces.iterdir()} <= {"lo"}


def installer_noyau(dossier: Path, limites: Limites) -> dict:
    """Écrit la définition du noyau borné dans ``dossier``/kernels/ (à mettre dans JUPYTER_PATH).

    Renvoie un résumé des protections effectivement appliquées, pour le bilan de correction.
    """
    prefixe = commande_sans_reseau() if limites.sans_reseau else None
    noyau = dossier / "kernels" / NOM_DU_NOYAU
    noyau.mkdir(parents=True, exist_ok=True)
    argv = [*(prefixe or []), sys.executable, str(Path(__file__).resolve()), "-f", "{connection_file}"]
    definition = {
        "argv": argv,
        "display_name": "Python 3 (correction bornée)",
        "language": "python",
        "env": {
            "CIVICLABS_MEMOIRE_MO": str(limites.memoire_mo),
            "CIVICLABS_PROCESSEUR_S": str(limites.processeur_s),
            "CIVICLABS_FICHIER_MO": str(limites.fichier_mo),
        },
        "metadata": {"debugger": False},
    }
    (noyau / "kernel.json").write_text(json.dumps(definition, indent=1), encoding="utf-8")
    # On vérifie, dans les mêmes conditions que le noyau, les limites que le système accepte.
    essai = subprocess.run(
        [*argv[:-2], "--verifier"], env={**os.environ, **definition["env"]},
        capture_output=True, text=True, timeout=60,
    )
    if essai.returncode != 0:
        raise RuntimeError(f"Le noyau de correction borné ne démarre pas :\n{essai.stderr[-2000:]}")
    appliquees = json.loads(essai.stdout.strip().splitlines()[-1])
    if prefixe is not None:
        reseau = "réseau coupé (espace de noms réseau vide)"
    elif machine_sans_reseau():
        reseau = "réseau coupé (la machine ou le conteneur n'a aucune interface réseau)"
    else:
        reseau = "réseau NON coupé (unshare --net impossible ici : voir grading/README.md, « Isoler la correction »)"
    return {
        **appliquees,
        "reseau_coupe": not reseau.startswith("réseau NON"),
        "reseau": reseau,
    }


NOYAU_ARRETE = "NoyauArrete"
NON_EXECUTEE = "CelluleNonExecutee"
DELAI_DEPASSE = "CellTimeoutError"  # le nom que nbgrader donne à un délai dépassé
DELAIS_AVANT_ABANDON = 3


def _erreur(nom: str, message: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=nom, evalue=message, traceback=[f"{nom} : {message}"])


def execution_bornee():
    """La classe d'exécution de nbgrader, qui survit à un noyau arrêté et aux boucles sans fin.

    nbgrader abandonne toute la copie quand le noyau meurt (mémoire dépassée, temps de calcul
    dépassé) : aucun point, même pour les exercices réussis avant. Ici, la cellule fautive reçoit
    un message d'erreur en français, les cellules suivantes sont marquées « non exécutées »
    (leurs tests valent 0), et les points gagnés avant sont gardés. Il en va de même après une
    ``MemoryError`` rattrapée par Python (la mémoire prise reste en général occupée). Après
    ``DELAIS_AVANT_ABANDON`` cellules interrompues pour dépassement du délai, les suivantes ne
    sont plus exécutées : une copie ne peut pas bloquer la correction pendant des heures.
    """
    from nbclient.exceptions import DeadKernelError
    from nbgrader.preprocessors import Execute

    class ExecutionBornee(Execute):
        def preprocess(self, nb, resources=None, km=None):
            self._abandon = None
            self._delais = 0
            return super().preprocess(nb, resources, km)

        def _code_de_sortie(self):
            processus = getattr(getattr(self.km, "provisioner", None), "process", None)
            return processus.poll() if processus is not None else None

        def preprocess_cell(self, cell, resources, index):
            if self._abandon is not None:
                if cell.cell_type == "code":
                    cell.outputs = [_erreur(NON_EXECUTEE, self._abandon)]
                return cell, resources
            try:
                cell, resources = super().preprocess_cell(cell, resources, index)
            except DeadKernelError:
                code = self._code_de_sortie()
                if code == -signal.SIGXCPU:
                    cause = "le temps de calcul autorisé pour une copie est dépassé"
                else:
                    cause = (
                        "le noyau Python s'est arrêté pendant cette cellule, le plus souvent parce "
                        "que la mémoire autorisée est dépassée"
                    )
                cell.outputs.append(_erreur(NOYAU_ARRETE, f"{cause} (code de sortie {code})"))
                self._abandon = "non exécutée : le noyau s'est arrêté dans une cellule précédente."
                return cell, resources
            noms = {sortie.get("ename") or "" for sortie in cell.get("outputs", [])}
            if cell.cell_type == "code" and DELAI_DEPASSE in noms:
                cell.outputs.append(_erreur(
                    "DelaiDepasse",
                    f"cette cellule a dépassé le délai de {self.timeout} s et a été interrompue "
                    "(boucle sans fin ou calcul trop long).",
                ))
                self._delais += 1
                if self._delais >= DELAIS_AVANT_ABANDON:
                    self._abandon = (
                        f"non exécutée : {self._delais} cellules ont dépassé le délai, "
                        "la suite de la copie n'est pas exécutée."
                    )
            if any("MemoryError" in nom for nom in noms):
                # La mémoire prise reste souvent occupée : la suite échouerait de façon confuse.
                self._abandon = "non exécutée : la mémoire autorisée a été dépassée dans une cellule précédente."
            return cell, resources

    return ExecutionBornee


def _borner() -> dict:
    """Applique les limites lues dans l'environnement au processus courant (le futur noyau).

    Renvoie les limites réellement appliquées : un système peut en refuser une (macOS refuse
    par exemple certaines limites de mémoire) ; le noyau démarre quand même, et le bilan le dit.
    """
    mo = 1024 * 1024
    demandees = {
        "memoire_mo": (resource.RLIMIT_DATA, int(os.environ.get("CIVICLABS_MEMOIRE_MO", MEMOIRE_MO)), mo, 0),
        "processeur_s": (resource.RLIMIT_CPU, int(os.environ.get("CIVICLABS_PROCESSEUR_S", PROCESSEUR_S)), 1, 5),
        "fichier_mo": (resource.RLIMIT_FSIZE, int(os.environ.get("CIVICLABS_FICHIER_MO", FICHIER_MO)), mo, 0),
    }
    appliquees = {}
    for nom, (limite, valeur, unite, marge) in demandees.items():
        try:
            resource.setrlimit(limite, (valeur * unite, valeur * unite + marge))
            appliquees[nom] = valeur
        except (ValueError, OSError):
            appliquees[nom] = None
    # Un dossier personnel vide : ~ ne mène pas aux fichiers de la personne qui corrige.
    os.environ["HOME"] = tempfile.mkdtemp(prefix="civiclabs-correction-")
    return appliquees


if __name__ == "__main__":
    appliquees = _borner()
    if sys.argv[1:] == ["--verifier"]:
        print(json.dumps(appliquees))
        sys.exit(0)
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *sys.argv[1:]])
