"""Exécuter les copies des apprenant·es avec des limites : le noyau « civiclabs-correction ».

La correction automatique exécute le code des apprenant·es sur la machine de la formatrice
ou du formateur. ``make grade`` le fait dans un noyau Jupyter dédié, lancé dans le **bac à
sable** de chaque copie (``bac_a_sable.py`` et ``lanceur_noyau.py``) :

- **bubblewrap** : système et environnement de correction en lecture seule, ni le dépôt, ni
  ``grading/``, ni les autres copies, ni le dossier personnel visibles ; seul un tmpfs de taille
  bornée inscriptible (dossier de travail, dossier personnel vide, ``/tmp``) ; ``/proc`` à elle ;
  sans réseau ; compte ``nobody`` quand la correction tourne en root ; variables triées ;
- **cgroups** (quand ils sont modifiables) : mémoire et nombre de processus pour la copie
  entière ; à la fin de la copie, tout ce qui reste est arrêté ;
- **limites par processus** : mémoire (``RLIMIT_DATA``, 2 Go par défaut : une « bombe mémoire »
  lève ``MemoryError``), temps de calcul (``RLIMIT_CPU``, 10 minutes), taille d'un fichier
  (``RLIMIT_FSIZE``, 200 Mo), en plus du délai par cellule de nbgrader.

Sans bubblewrap, les limites par processus, le dossier personnel vide et la coupure du réseau
(``unshare --net``) restent appliqués quand le système le permet, et le bilan dit ce qui manque
(voir grading/README.md, « Isoler la correction »).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from nbformat import NotebookNode

NOM_DU_NOYAU = "civiclabs-correction"
MEMOIRE_MO = 2048
PROCESSEUR_S = 600
FICHIER_MO = 200
DISQUE_MO = 512
PROCESSUS = 256


@dataclass
class Limites:
    """Les limites appliquées au noyau qui exécute chaque copie."""

    memoire_mo: int = MEMOIRE_MO  # par processus (et, avec disque_mo, pour la copie entière)
    processeur_s: int = PROCESSEUR_S  # temps de calcul par processus
    fichier_mo: int = FICHIER_MO  # taille d'un fichier écrit
    sans_reseau: bool = True
    disque_mo: int = DISQUE_MO  # tout ce que la copie peut écrire (tmpfs de son bac à sable)
    processus: int = PROCESSUS  # processus et fils d'exécution de la copie entière


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


def _nombre(valeur: int) -> str:
    from civiclabs.texte import format_nombre

    return format_nombre(valeur)


def installer_noyau(dossier: Path, limites: Limites, racine: Path | None = None, paralleles: int = 1) -> dict:
    """Écrit la définition du noyau borné dans ``dossier``/kernels/ (à mettre dans JUPYTER_PATH),
    et la configuration de son bac à sable ; lance une sonde dans les mêmes conditions qu'une copie.

    Renvoie les protections effectivement constatées par la sonde, pour le bilan de correction
    (``resume`` : la phrase du bilan ; aucune protection n'y figure sans avoir été constatée).
    """
    from civiclabs.donnees import chemin_donnees
    from outils.correction import bac_a_sable

    donnees = chemin_donnees(racine) if racine is not None else chemin_donnees()
    fils = max(1, (os.cpu_count() or 1) // max(1, paralleles))
    config = bac_a_sable.configurer(dossier, limites, donnees, fils, racine)
    noyau = dossier / "kernels" / NOM_DU_NOYAU
    noyau.mkdir(parents=True, exist_ok=True)
    definition = {
        "argv": [sys.executable, "-I", "-S", config["lanceur"], "-f", "{connection_file}"],
        "display_name": "Python 3 (correction en bac à sable)",
        "language": "python",
        "interrupt_mode": "message",  # le noyau est dans un autre groupe de processus (bwrap)
        "env": {"CIVICLABS_BAC_A_SABLE": str(dossier / "bac_a_sable.json")},
        "metadata": {"debugger": False},
    }
    (noyau / "kernel.json").write_text(json.dumps(definition, indent=1), encoding="utf-8")
    try:
        vu = bac_a_sable.sonder(dossier, config, limites)
    except RuntimeError as erreur:
        if config["mode"] != "bwrap":
            raise
        # bubblewrap est là mais ne démarre pas ce bac à sable : la correction se fait quand même,
        # sans lui, et le bilan dit pourquoi.
        derniere = (str(erreur).strip().splitlines() or ["?"])[-1][:160]
        config = bac_a_sable.passer_sans_bac(dossier, config, f"le bac à sable ne démarre pas ici : {derniere}")
        vu = bac_a_sable.sonder(dossier, config, limites)
    return protections_constatees(config, vu, limites)


def protections_constatees(config: dict, vu: dict, limites: Limites) -> dict:
    """Ce que la sonde a constaté, en clés (pour les tests et les copies) et en une phrase."""
    from outils.correction.bac_a_sable import memoire_de_la_copie_mo

    appliquees = vu.get("limites", vu)
    bac = config["mode"] == "bwrap" and not vu.get("hors_bac_a_sable")
    if bac:
        reseau_coupe = set(vu.get("interfaces", [])) <= {"lo"}
        reseau = "réseau coupé (espace de noms réseau vide)" if reseau_coupe else "réseau NON coupé"
    elif config.get("prefixe_reseau"):
        reseau_coupe, reseau = True, "réseau coupé (espace de noms réseau vide)"
    elif machine_sans_reseau():
        reseau_coupe, reseau = True, "réseau coupé (la machine ou le conteneur n'a aucune interface réseau)"
    else:
        reseau_coupe = False
        reseau = "réseau NON coupé (unshare --net impossible ici : voir grading/README.md, « Isoler la correction »)"
    cgroupes = set(vu.get("cgroupes", []))
    protections = {
        "memoire_mo": appliquees.get("memoire_mo"),
        "processeur_s": appliquees.get("processeur_s"),
        "fichier_mo": appliquees.get("fichier_mo"),
        "reseau_coupe": reseau_coupe,
        "reseau": reseau,
        "bac_a_sable": bac,
        "raison_sans_bac": None if bac else config.get("raison_sans_bac"),
        "cgroupes": sorted(cgroupes),
        "memoire_copie_mo": memoire_de_la_copie_mo(limites) if "memory" in cgroupes else None,
        "processus": limites.processus if "pids" in cgroupes else appliquees.get("processus"),
        "disque_mo": limites.disque_mo if bac else None,
        "nobody": bac and vu.get("uid") == config.get("uid") and config.get("uid") is not None,
        "sans_capacites": vu.get("capacites") == "0000000000000000",
        "proc_isole": bac and len(vu.get("processus_visibles") or [0] * 99) <= 3,
        "maison": vu.get("maison"),
        "visibles": vu.get("visibles", []),
        "inscriptibles": vu.get("inscriptibles", []),
    }
    protections["resume"] = resume(protections)
    return protections


def resume(p: dict) -> str:
    """La phrase du bilan : seulement ce que la sonde a constaté ; ce qui manque est dit."""
    morceaux = []
    if p["bac_a_sable"]:
        compte = "compte nobody sans capacités" if p["nobody"] and p["sans_capacites"] else (
            "sans capacités" if p["sans_capacites"] else "capacités NON retirées")
        lecture = ("système et environnement de correction en lecture seule" if not p["inscriptibles"]
                   else "INSCRIPTIBLES : " + ", ".join(p["inscriptibles"]))
        vue = ("dépôt, grading/, autres copies et dossier personnel invisibles" if not p["visibles"]
               else "VISIBLES : " + ", ".join(p["visibles"]))
        morceaux.append(
            f"bac à sable bubblewrap ({lecture} ; {vue} ; "
            f"seul son dossier de travail inscriptible, {_nombre(p['disque_mo'])} Mo au plus avec /tmp ; "
            + ("/proc limité à ses processus ; " if p["proc_isole"] else "/proc NON isolé ; ")
            + f"{compte} ; variables d'environnement triées)"
        )
    else:
        raison = p["raison_sans_bac"] or "raison inconnue"
        remede = ("installez-le : sudo apt-get install bubblewrap" if "pas installé" in raison
                  else "voir grading/README.md, « Isoler la correction »")
        morceaux.append(
            f"bac à sable NON appliqué ({raison} ; {remede}) : la copie peut LIRE les fichiers du "
            "compte qui corrige, dossier personnel vide et variables d'environnement triées seulement"
        )
    if p["memoire_copie_mo"]:
        morceaux.append(f"mémoire {_nombre(p['memoire_mo'])} Mo par processus et {_nombre(p['memoire_copie_mo'])} Mo "
                        "pour la copie entière (cgroup)")
    elif p["memoire_mo"]:
        morceaux.append(f"mémoire {_nombre(p['memoire_mo'])} Mo par processus seulement (pas de cgroup : "
                        "plusieurs processus d'une copie peuvent dépasser ensemble)")
    else:
        morceaux.append("mémoire : pas de limite (refusée par le système)")
    if "pids" in p["cgroupes"]:
        morceaux.append(f"{p['processus']} processus au plus pour la copie (cgroup)")
    elif p["processus"]:
        morceaux.append(f"{p['processus']} processus au plus par compte (pas de cgroup)")
    else:
        morceaux.append("nombre de processus NON borné")
    morceaux.append(f"calcul {p['processeur_s'] // 60} min par processus" if p["processeur_s"]
                    else "calcul : pas de limite (refusée par le système)")
    morceaux.append(f"fichiers écrits {p['fichier_mo']} Mo chacun" if p["fichier_mo"]
                    else "fichiers écrits : pas de limite (refusée par le système)")
    morceaux.append(p["reseau"])
    if p["bac_a_sable"] or p["cgroupes"]:
        morceaux.append("tout processus de la copie arrêté à sa fin")
    else:
        morceaux.append("processus détachés NON arrêtés à la fin de la copie (ni bac à sable ni cgroup)")
    return "Protections de chaque copie (constatées par une sonde, sauf mention dans « problèmes ») : " + " ; ".join(morceaux) + "."


def problemes_de_la_copie(protections: dict, constate: dict, limites: Limites) -> list[str]:
    """Ce qui, pour une copie, diffère des protections annoncées, et ce que ses limites ont arrêté."""
    from outils.correction.bac_a_sable import memoire_de_la_copie_mo

    problemes = []
    if constate.get("lance"):
        if protections.get("bac_a_sable") and constate.get("mode") != "bwrap":
            problemes.append("bac à sable NON appliqué à cette copie")
        manquants = set(protections.get("cgroupes", [])) - set(constate.get("cgroupes", []))
        if manquants:
            problemes.append(
                "cgroup de la copie non créé ("
                + ", ".join("mémoire" if m == "memory" else "processus" for m in sorted(manquants))
                + ") : limites par processus seulement pour cette copie"
            )
    if constate.get("oom_kill"):
        problemes.append(
            f"mémoire de la copie entière dépassée (limite {_nombre(memoire_de_la_copie_mo(limites))} Mo) : "
            f"{constate['oom_kill']} processus arrêté(s) par le système"
        )
    if constate.get("processus_refuses"):
        problemes.append(
            f"limite de {limites.processus} processus atteinte : {constate['processus_refuses']} "
            "création(s) de processus refusée(s)"
        )
    if constate.get("survivants"):
        problemes.append(
            f"{constate['survivants']} processus encore vivant(s) à la fin de la copie, arrêté(s)"
        )
    return problemes


NOYAU_ARRETE = "NoyauArrete"
NON_EXECUTEE = "CelluleNonExecutee"
DELAI_DEPASSE = "CellTimeoutError"  # le nom que nbgrader donne à un délai dépassé
DELAIS_AVANT_ABANDON = 3


def _erreur(nom: str, message: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=nom, evalue=message, traceback=[f"{nom} : {message}"])


def _memoire_de_la_copie_depassee() -> bool:
    """Vrai si le cgroup de la copie en cours (nbgrader le connaît par ``CIVICLABS_COPIE``) a dû
    arrêter un processus faute de mémoire."""
    dossier = os.environ.get("CIVICLABS_COPIE")
    if not dossier:
        return False
    try:
        cgroupes = json.loads((Path(dossier) / "copie.json").read_text(encoding="utf-8"))["cgroupes"]
        memoire = Path(cgroupes["memory"])
        for nom in ("memory.oom_control", "memory.events"):
            if (memoire / nom).is_file():
                for ligne in (memoire / nom).read_text().splitlines():
                    if ligne.startswith("oom_kill ") and int(ligne.split()[1]) > 0:
                        return True
    except (OSError, ValueError, KeyError):
        pass
    return False


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
                if code in (-signal.SIGXCPU, 128 + signal.SIGXCPU):  # bwrap rend 128 + signal
                    cause = "le temps de calcul autorisé pour une copie est dépassé"
                elif _memoire_de_la_copie_depassee():
                    cause = (
                        "le noyau Python a été arrêté par le système : la mémoire autorisée pour la "
                        "copie entière est dépassée"
                    )
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
