"""Étape 3 de la correction : exécuter les copies avec ``nbgrader autograde``, chacune dans son
bac à sable (outils/correction/bac_a_sable.py), plusieurs à la fois (une par cœur), refaire hors
du noyau la vérification des exercices consignés (outils/correction/contre_epreuve.py), vérifier
après chaque copie que rien de ce dont dépend la correction n'a changé (outils/correction/integrite.py),
et tenir le registre de la correction (ce qui a été exécuté, avec quelle empreinte, quels problèmes)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

import nbformat

from outils.commun import environnement_outils
from outils.commun import nbgrader as meta_nbgrader
from outils.correction.bac_a_sable import Copie
from outils.correction.contre_epreuve import (
    ContreEpreuve,
    Executant,
    appliquer,
    commande_executant,
    dossier_des_reponses,
    relever,
)
from outils.correction.integrite import Empreintes, IntegriteCompromise, message_d_arret
from outils.correction.isolement import (
    DELAI_DEPASSE,
    NOM_DU_NOYAU,
    NON_EXECUTEE,
    NOYAU_ARRETE,
    installer_noyau,
    problemes_de_la_copie,
)

DELAI_CELLULE_S = 120
DELAI_COPIE_S = 20 * 60  # filet de sécurité : au-delà, la correction d'une copie est arrêtée
ESSAIS_REGISTRE = 3  # « database is locked » : le registre de notes (SQLite) est partagé
SEUIL_COPIE_LONGUE_S = 45  # au-delà (et au-delà de deux fois la durée médiane), une copie cède sa place


class _Suivi:
    """Les processus nbgrader en cours, pour tout arrêter si la correction doit s'arrêter."""

    def __init__(self):
        self.processus: dict[str, subprocess.Popen] = {}
        self.verrou = threading.Lock()
        self.arret = threading.Event()

    def tout_arreter(self) -> None:
        self.arret.set()
        with self.verrou:
            for processus in self.processus.values():
                try:
                    os.killpg(processus.pid, signal.SIGKILL)
                except OSError:
                    pass


# ``python -m nbgrader``, sans une importation inutile : jsonschema (par nbformat) importe
# rfc3987_syntax s'il est installé, qui compile une grammaire à chaque démarrage (1,5 s de
# processeur par copie) pour valider des IRI, ce que nbgrader ne fait jamais.
LANCER_NBGRADER = (
    "import sys; sys.modules.setdefault('rfc3987_syntax', None); "
    "from nbgrader.apps.nbgraderapp import main; sys.exit(main())"
)


def _nbgrader(racine: Path, *arguments: str, env: dict | None = None, delai: float | None = None,
              suivi: _Suivi | None = None, cle: str = ""):
    commande = [sys.executable, "-c", LANCER_NBGRADER, *arguments]
    # Sorties dans des fichiers, pas des tubes : un noyau qui survivrait à nbgrader (hors bac à
    # sable) garderait le tube ouvert, et l'attente ne finirait qu'au délai de la copie.
    with tempfile.TemporaryFile() as fichier_sortie, tempfile.TemporaryFile() as fichier_erreurs:
        processus = subprocess.Popen(
            commande, cwd=racine, env=env or environnement_outils(), stdout=fichier_sortie,
            stderr=fichier_erreurs, start_new_session=True,
        )
        if suivi is not None:
            with suivi.verrou:
                suivi.processus[cle] = processus
            if suivi.arret.is_set():
                os.killpg(processus.pid, signal.SIGKILL)
        try:
            code = processus.wait(timeout=delai)
        except subprocess.TimeoutExpired:
            os.killpg(processus.pid, signal.SIGKILL)  # nbgrader et le noyau qu'il a lancé
            processus.wait()
            code = None
        finally:
            if suivi is not None:
                with suivi.verrou:
                    suivi.processus.pop(cle, None)
        try:  # ce qui resterait du groupe de processus de nbgrader
            os.killpg(processus.pid, signal.SIGKILL)
        except OSError:
            pass
        sortie, erreurs = (_relire(fichier) for fichier in (fichier_sortie, fichier_erreurs))
    return subprocess.CompletedProcess(commande, code, sortie, erreurs)


def _relire(fichier, plafond: int = 1_000_000) -> str:
    """La fin (au plus ``plafond`` octets) d'une sortie écrite dans un fichier temporaire."""
    fichier.seek(0, os.SEEK_END)
    fichier.seek(max(0, fichier.tell() - plafond))
    return fichier.read().decode("utf-8", errors="replace")


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
        textes = " ".join(
            str(sortie.get("evalue", "")) + " " + str(sortie.get("text", ""))
            for sortie in cellule.get("outputs", [])
        )
        if "No space left on device" in textes:
            problemes.append(f"{nom} : espace disque de la copie épuisé (limite {limites.get('disque_mo', '?')} Mo "
                             "pour toute la copie)")
        if "File too large" in textes:
            problemes.append(f"{nom} : fichier trop gros refusé (limite {limites.get('fichier_mo', '?')} Mo par fichier)")
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


def autograder(racine: Path, lab: str, personne: str, preparees: Path, copie: Copie, env: dict,
               delai_cellule: int, delai_copie: int, suivi: _Suivi | None = None) -> tuple[Path | None, str | None]:
    """Exécute et note une copie préparée, dans le bac à sable ``copie`` ; renvoie
    (copie notée, None) ou (None, raison du refus)."""
    resultat = _nbgrader(
        racine, "autograde", lab, f"--student={personne}", "--create", "--force",
        "--log-level=WARN",
        f"--CourseDirectory.submitted_directory={preparees}",
        f"--Execute.timeout={delai_cellule}",
        f"--Execute.kernel_name={NOM_DU_NOYAU}",
        "--KernelManager.transport=ipc",
        f"--KernelManager.ip={copie.ip}",
        env={**env, **copie.env()}, delai=delai_copie, suivi=suivi, cle=personne,
    )
    corrigee = racine / "grading" / "autograded" / personne / lab / f"{lab}.ipynb"
    if resultat.returncode is None:
        if suivi is not None and suivi.arret.is_set():
            return None, "correction interrompue (la correction de la classe a été arrêtée)"
        return None, f"correction arrêtée au bout de {delai_copie // 60} min : la copie ne se termine pas"
    if resultat.returncode != 0 or not corrigee.is_file():
        if "database is locked" in resultat.stderr:
            return None, REGISTRE_OCCUPE
        derniere = [ligne for ligne in resultat.stderr.splitlines() if "ERROR" in ligne or "Error" in ligne]
        return None, "nbgrader n'a pas pu corriger cette copie" + (
            f" ({derniere[-1].strip()[:200]})" if derniere else ""
        )
    return corrigee, None


REGISTRE_OCCUPE = "le registre de notes (grading/gradebook.db) est resté occupé par une autre copie"


def copies_en_parallele() -> int:
    """Combien de copies à la fois : une par cœur disponible (``CIVICLABS_COPIES_EN_PARALLELE``
    pour en décider autrement)."""
    if os.environ.get("CIVICLABS_COPIES_EN_PARALLELE", "").isdigit():
        return max(1, int(os.environ["CIVICLABS_COPIES_EN_PARALLELE"]))
    coeurs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # Sous pytest-xdist, plusieurs processus de test corrigent en même temps : ils se partagent les cœurs.
    partage = os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")
    return max(1, coeurs // (int(partage) if partage.isdigit() and int(partage) > 0 else 1))


def _contre_epreuve(contre: ContreEpreuve, copie: Copie, dossier: Path, env: dict) -> dict:
    """Les verdicts de la contre-épreuve d'une copie, tant que son bac à sable existe encore
    (l'exécutant des fonctions y est lancé)."""
    config = json.loads((dossier / "bac_a_sable.json").read_text(encoding="utf-8"))
    vide = copie.dossier / "executant"  # son dossier de départ : vide (rien de la copie à y recopier)
    vide.mkdir(exist_ok=True)
    executant = Executant(
        commande_executant(config["lanceur"]),
        {**env, "CIVICLABS_BAC_A_SABLE": str(dossier / "bac_a_sable.json"), **copie.env()},
        vide,
    )
    try:
        return contre.verdicts(relever(dossier_des_reponses(copie.dossier)), executant)
    finally:
        executant.fermer()


def _corriger_une(racine, lab, personne, preparees, dossier, numero, limites, env, delai_cellule,
                  delai_copie, suivi, contre: ContreEpreuve) -> dict:
    """Une copie, de bout en bout : bac à sable, nbgrader, contre-épreuve, puis tout arrêté et
    nettoyé."""
    debut = time.perf_counter()
    constate: dict = {}
    verdicts: dict = {}
    try:
        for essai in range(ESSAIS_REGISTRE):
            copie = Copie(dossier, numero * 10 + essai, limites)
            with copie:
                corrigee, refus = autograder(
                    racine, lab, personne, preparees, copie, env, delai_cellule, delai_copie, suivi
                )
                if corrigee is not None:
                    verdicts = _contre_epreuve(contre, copie, dossier, env)
            constate = {**copie.bilan, "essais": essai + 1}
            if refus != REGISTRE_OCCUPE or suivi.arret.is_set():
                break
            time.sleep(1 + essai)
    except Exception as erreur:  # une copie ne doit jamais arrêter la classe
        corrigee, refus = None, f"la correction de cette copie a échoué ({type(erreur).__name__} : {erreur})"[:300]
    return {"personne": personne, "corrigee": corrigee, "refus": refus, "constate": constate,
            "verdicts": verdicts, "duree_s": time.perf_counter() - debut}


def executer_les_copies(racine: Path, lab: str, a_executer: list, preparees: Path, limites, bilan,
                        etat: dict, etat_chemin: Path, delai_cellule: int = DELAI_CELLULE_S,
                        delai_copie: int = DELAI_COPIE_S, bavard: bool = False,
                        paralleles: int | None = None) -> None:
    """Exécute les copies ``a_executer`` ([(personne, copie, empreinte)]), ``paralleles`` à la
    fois (une par cœur par défaut), chacune dans son bac à sable. Remplit ``bilan`` et le
    registre ``etat`` (écrit après chaque copie). Lève ``IntegriteCompromise`` si un fichier dont
    dépend la correction change."""
    paralleles = max(1, min(paralleles or copies_en_parallele(), len(a_executer) or 1))
    with tempfile.TemporaryDirectory(prefix="civiclabs-correction-") as provisoire:
        dossier = Path(provisoire)
        bilan.protections = installer_noyau(dossier, limites, racine, paralleles)
        if not a_executer:
            return
        env = environnement_outils()
        env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [provisoire, env.get("JUPYTER_PATH")]))
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # aucun fichier .pyc écrit pendant la correction
        config = json.loads((dossier / "bac_a_sable.json").read_text(encoding="utf-8"))
        empreintes = Empreintes(
            racine, lab, autres=[dossier / "kernels", Path(config["environnement"])],
            autres_fichiers=[dossier / "bac_a_sable.json", dossier / "passwd", dossier / "group"],
        )
        reference = empreintes.relever(complet=True)
        cout_complet, couts = empreintes.duree_s, []
        if bavard:
            print(
                f"{len(a_executer)} copie(s) à exécuter, {paralleles} à la fois, {len(bilan.inchangees)} "
                f"inchangée(s) (non réexécutées), {len(bilan.non_corrigees)} mise(s) de côté. Chaque copie "
                "prend le temps d'exécution du lab (de quelques secondes à une demi-minute).", flush=True,
            )
        suivi = _Suivi()
        contre = ContreEpreuve(lab)
        copies = {personne: (copie, empreinte) for personne, copie, empreinte in a_executer}
        en_cours: dict = {}
        a_lancer = list(enumerate(a_executer, start=1))
        with ThreadPoolExecutor(max_workers=2 * paralleles) as pool:

            debuts: dict = {}
            longues: set = set()
            durees: list[float] = []

            def lancer():
                # Une copie qui dure bien plus que les autres (le plus souvent une boucle sans fin
                # qui attend son délai) ne compte plus : une autre démarre à côté (au plus une de
                # plus par cœur), pour que la fin de la classe n'attende pas sur un seul cœur.
                seuil = max(SEUIL_COPIE_LONGUE_S, 2 * sorted(durees)[len(durees) // 2] if len(durees) >= 3 else 0)
                for futur in en_cours:
                    if time.monotonic() - debuts[futur] > seuil:
                        longues.add(futur)
                actives = len(en_cours) - min(len(longues & set(en_cours)), paralleles)
                while a_lancer and actives < paralleles:
                    numero, (personne, _, _) = a_lancer.pop(0)
                    futur = pool.submit(_corriger_une, racine, lab, personne, preparees, dossier, numero,
                                        limites, env, delai_cellule, delai_copie, suivi, contre)
                    en_cours[futur] = personne
                    debuts[futur] = time.monotonic()
                    actives += 1

            lancer()
            faites, derniere, reprises = 0, a_executer[0][0], 0
            while en_cours:
                terminees, _ = wait(list(en_cours), timeout=5, return_when=FIRST_COMPLETED)
                for futur in terminees:
                    personne = en_cours.pop(futur)
                    resultat = futur.result()
                    durees.append(resultat["duree_s"])
                    reprises += max(0, resultat["constate"].get("essais", 1) - 1)
                    faites, derniere = faites + 1, personne
                    # 1. rien n'a changé depuis le relevé précédent (registre compris) ?
                    debut = time.perf_counter()
                    apres = empreintes.relever()
                    couts.append(time.perf_counter() - debut)
                    changements = empreintes.differences(reference, apres)
                    if changements:
                        suivi.tout_arreter()
                        a_lancer.clear()
                        pendantes = list(en_cours.values())
                        for autre in list(en_cours):
                            autre.result()
                        raise IntegriteCompromise(message_d_arret(personne, pendantes, changements))
                    # 2. la note et le registre, écrit après chaque copie ; son empreinte devient la référence
                    copie, empreinte = copies[personne]
                    _enregistrer(resultat, copie, empreinte, bilan, etat, limites, racine, lab)
                    ecrire_etat(etat_chemin, etat)
                    reference = {**apres, str(etat_chemin): empreintes.empreinte(etat_chemin)}
                    if bavard:
                        etat_copie = "NON corrigée" if personne in bilan.non_corrigees else "corrigée"
                        print(f"  [{faites}/{len(a_executer)}] {personne} : {etat_copie} en "
                              f"{resultat['duree_s']:.0f} s", flush=True)
                lancer()
        final = empreintes.relever(complet=True)
        changements = empreintes.differences(reference, final)
        if changements:
            raise IntegriteCompromise(message_d_arret(derniere, [], changements))
        bilan.protections["integrite"] = {
            "fichiers": len(final), "releve_complet_s": cout_complet,
            "par_copie_s": sum(couts) / max(1, len(couts)),
        }
        bilan.protections["reprises_registre_occupe"] = reprises
        bilan.protections["resume"] += (
            f" Intégrité : {len(final)} fichiers (paquet, outils, configuration, solutions, labs, données, "
            "environnement, copies rendues et préparées, registre) comparés par empreinte après chaque "
            "copie : aucun n'a changé."
        )


def _enregistrer(resultat: dict, copie, empreinte: str, bilan, etat: dict, limites, racine: Path, lab: str) -> None:
    """Ce qu'a donné une copie, dans le bilan, le registre de notes (contre-épreuve) et le
    registre de la correction."""
    personne = resultat["personne"]
    constates = problemes_de_la_copie(bilan.protections, resultat["constate"], limites)
    if resultat["refus"]:
        bilan.non_corrigees[personne] = resultat["refus"]
        if constates:
            bilan.problemes[personne] = constates
        return
    try:
        corrigee = nbformat.read(resultat["corrigee"], as_version=4)
    except Exception as erreur:  # une copie notée illisible ne doit pas arrêter la classe
        bilan.non_corrigees[personne] = f"la copie corrigée ne se relit pas ({type(erreur).__name__})"
        return
    bilan.executees.append(personne)
    problemes = copie.problemes + problemes_d_execution(corrigee, bilan.protections) + constates
    problemes += appliquer(racine, lab, personne, resultat["verdicts"])
    bilan.problemes[personne] = problemes
    etat[personne] = {"empreinte": empreinte, "problemes": problemes, "corrigee_le": horodatage()}


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

