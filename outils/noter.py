"""Corrige les copies d'un lab : notes automatiques, retours individuels, export CSV, bilan.

Les copies se rangent dans ``grading/submitted/<identifiant>/<lab>/<lab>.ipynb``.
``make grade LAB=00_prise_en_main`` (ou ``python outils/noter.py 00_prise_en_main``) :

1. cherche la copie de chaque personne, même mal nommée ou mal rangée, et la met de côté si
   elle est inutilisable (fichier vide, JSON cassé, notebook d'un autre lab, fichier énorme) ;
2. prépare une copie de travail dans ``grading/preparees/`` (l'original n'est jamais modifié) :
   sorties effacées, cellules de test supprimées remises en place ;
3. ``nbgrader autograde``, une personne à la fois, dans un noyau borné (outils/isolement.py :
   mémoire, temps de calcul, sans réseau) ; une copie inchangée depuis la dernière correction
   n'est pas réexécutée, et les notes saisies à la main sont gardées ;
4. ``nbgrader generate_feedback`` : un retour HTML en français par personne ;
5. exporte ``grading/notes_<lab>.csv`` (format nbgrader) et ``grading/notes_<lab>_detail.csv``
   (points par question, questions à corriger à la main, problèmes), écrit
   ``grading/bilan_<lab>.md`` et affiche le tableau de bilan.

La commande peut être relancée autant de fois que nécessaire : après la correction des
questions de réflexion dans le formgrader, elle refait retours et exports sans rien perdre.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from controles import environnement_outils, nbgrader as meta_nbgrader  # noqa: E402
from isolement import (  # noqa: E402
    DELAI_DEPASSE, NOM_DU_NOYAU, NON_EXECUTEE, NOYAU_ARRETE, Limites, installer_noyau,
)
from labs import lister_labs, source_vers_notebook  # noqa: E402

RACINE = Path(__file__).resolve().parent.parent
TAILLE_MAX_MO = 100  # au-delà, une copie n'est pas ouverte (sorties énormes, mauvais fichier)
TAILLE_SIGNALEE_MO = 5  # au-delà, la copie est corrigée mais signalée (sorties effacées)
DELAI_CELLULE_S = 120
DELAI_COPIE_S = 20 * 60  # filet de sécurité : au-delà, la correction d'une copie est arrêtée


@dataclass
class Copie:
    """La copie d'une personne, telle qu'on l'a trouvée dans grading/submitted/."""

    personne: str
    chemin: Path | None = None
    refus: str | None = None  # raison pour laquelle elle n'est pas corrigée
    problemes: list[str] = field(default_factory=list)  # signalés, mais la copie est corrigée
    notebook: nbformat.NotebookNode | None = None


@dataclass
class Bilan:
    """Ce qu'a donné une correction."""

    lab: str
    corrigees: list[str] = field(default_factory=list)
    non_corrigees: dict[str, str] = field(default_factory=dict)
    problemes: dict[str, list[str]] = field(default_factory=dict)
    executees: list[str] = field(default_factory=list)
    inchangees: list[str] = field(default_factory=list)
    notes: dict[str, dict] = field(default_factory=dict)
    protections: dict = field(default_factory=dict)
    fichiers_hors_dossier: list[str] = field(default_factory=list)
    csv_total: Path | None = None
    csv_detail: Path | None = None
    bilan_md: Path | None = None
    retours: dict[str, Path] = field(default_factory=dict)
    duree_s: float = 0.0


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


# --- trouver et examiner les copies ------------------------------------------------------


def _empreinte_textes(nb: nbformat.NotebookNode) -> set[str]:
    """Les textes qui signent un lab : ses cellules Markdown et ses cellules verrouillées."""
    return {
        cellule.source.strip()
        for cellule in nb.cells
        if cellule.source.strip()
        and (cellule.cell_type == "markdown" or meta_nbgrader(cellule).get("locked"))
        and not meta_nbgrader(cellule).get("solution")
    }


def signatures_des_labs(racine: Path) -> dict[str, set[str]]:
    """Pour chaque lab publié dans labs/, l'ensemble des textes qui permettent de le reconnaître."""
    signatures = {}
    for lab in lister_labs(racine):
        version = racine / "labs" / lab / f"{lab}.ipynb"
        if version.is_file():
            signatures[lab] = _empreinte_textes(nbformat.read(version, as_version=4))
    return signatures


def reconnaitre_lab(nb: nbformat.NotebookNode, signatures: dict[str, set[str]]) -> str | None:
    """Le lab dont ce notebook est une copie (celui dont il partage le plus de textes), ou None."""
    textes = _empreinte_textes(nb)
    communs = {lab: len(textes & signature) for lab, signature in signatures.items()}
    if not communs:
        return None
    meilleur = max(communs, key=communs.get)
    return meilleur if communs[meilleur] >= 3 else None


def _lire(chemin: Path) -> tuple[nbformat.NotebookNode | None, str | None]:
    """Le notebook, ou la raison (en français) pour laquelle il est illisible."""
    taille = chemin.stat().st_size
    if taille == 0:
        return None, "le fichier est vide (0 octet) : l'enregistrement ou l'envoi a échoué"
    if taille > TAILLE_MAX_MO * 1024 * 1024:
        return None, (
            f"le fichier pèse {taille / 1024 / 1024:.0f} Mo (plus de {TAILLE_MAX_MO} Mo) : "
            "demandez une copie dont les sorties sont effacées (menu Édition → Effacer les sorties)"
        )
    try:
        nb = nbformat.read(chemin, as_version=4)
        nbformat.validate(nb)
    except Exception as erreur:  # JSON cassé, fichier tronqué, autre format
        nom = type(erreur).__name__
        if nom in ("NotJSONError", "JSONDecodeError", "UnicodeDecodeError"):
            quoi = "son contenu n'est pas du JSON valide (fichier tronqué ou abîmé pendant l'envoi)"
        elif nom == "ValidationError":
            quoi = "sa structure n'est pas celle d'un notebook Jupyter"
        else:
            quoi = "il n'a pas pu être ouvert"
        return None, f"le fichier n'est pas un notebook lisible : {quoi} (détail technique : {nom})"
    return nb, None


def chercher_copie(dossier: Path, lab: str, signatures: dict[str, set[str]]) -> Copie | None:
    """La copie de ``lab`` rendue par une personne (dossier ``grading/submitted/<personne>``).

    Le bon emplacement est ``<personne>/<lab>/<lab>.ipynb``. Sinon, un notebook de ce lab rangé
    ailleurs dans le dossier de la personne, ou mal nommé, est retenu et signalé. Renvoie None
    quand la personne n'a rien rendu pour ce lab.
    """
    copie = Copie(dossier.name)
    attendu = dossier / lab / f"{lab}.ipynb"
    candidats = [attendu] if attendu.is_file() else []
    candidats += sorted(
        (
            chemin for chemin in dossier.rglob("*.ipynb")
            if chemin != attendu and ".ipynb_checkpoints" not in chemin.parts and chemin.is_file()
        ),
        key=lambda chemin: (chemin.parent.name != lab, -chemin.stat().st_mtime),
    )
    autres = []
    for chemin in candidats:
        nb, raison = _lire(chemin)
        dans_le_dossier_du_lab = chemin.parent == dossier / lab
        if raison:
            if chemin == attendu or dans_le_dossier_du_lab:
                copie.chemin, copie.refus = chemin, raison
                return copie
            continue
        reconnu = reconnaitre_lab(nb, signatures)
        if reconnu == lab:
            copie.chemin, copie.notebook = chemin, nb
            if chemin != attendu:
                copie.problemes.append(
                    f"copie mal nommée ou mal rangée : {chemin.relative_to(dossier.parent)} "
                    f"(attendu : {attendu.relative_to(dossier.parent)}) ; corrigée quand même"
                )
            return copie
        if chemin == attendu or dans_le_dossier_du_lab:
            autres.append((chemin, reconnu))
    if autres:
        chemin, reconnu = autres[0]
        quoi = f"une copie du lab {reconnu}" if reconnu else "un notebook qui n'est pas celui de ce lab"
        copie.chemin = chemin
        copie.refus = f"{chemin.name} est {quoi}, pas du lab {lab} : demandez le bon fichier"
        return copie
    return None


def _cellules_par_identifiant(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {
        meta_nbgrader(c)["grade_id"]: c for c in nb.cells if meta_nbgrader(c).get("grade_id")
    }


def preparer(copie: Copie, version_apprenant: nbformat.NotebookNode, cible: Path) -> None:
    """Écrit la copie de travail : sorties effacées, cellules verrouillées supprimées remises.

    Les cellules de test *modifiées* sont restaurées par nbgrader lui-même (sommes de contrôle) ;
    les cellules *supprimées*, nbgrader ne les remet pas : on les réinsère ici, à leur place.
    """
    nb = copie.notebook
    presentes = _cellules_par_identifiant(nb)
    modifiees, supprimees, reponses_supprimees = [], [], []
    precedente = None
    for cellule in version_apprenant.cells:
        meta = meta_nbgrader(cellule)
        identifiant = meta.get("grade_id")
        if not identifiant:
            continue
        if identifiant in presentes:
            if meta.get("locked") and presentes[identifiant].source.strip() != cellule.source.strip():
                modifiees.append(identifiant)
        else:
            (reponses_supprimees if meta.get("solution") else supprimees).append(identifiant)
            position = nb.cells.index(presentes[precedente]) + 1 if precedente else 0
            remise = nbformat.from_dict(json.loads(json.dumps(cellule)))
            remise.pop("id", None)
            nb.cells.insert(position, remise)
            presentes[identifiant] = remise
        precedente = identifiant
    if modifiees:
        copie.problemes.append(
            f"cellule(s) de test modifiée(s) par l'apprenant·e, restaurée(s) pour la correction : "
            f"{', '.join(modifiees)}"
        )
    if supprimees:
        copie.problemes.append(
            f"cellule(s) verrouillée(s) supprimée(s) par l'apprenant·e, remise(s) en place : "
            f"{', '.join(supprimees)}"
        )
    if reponses_supprimees:
        copie.problemes.append(
            f"cellule(s) de réponse supprimée(s) (comptées sans réponse) : {', '.join(reponses_supprimees)}"
        )
    taille_mo = copie.chemin.stat().st_size / 1024 / 1024
    if taille_mo > TAILLE_SIGNALEE_MO:
        copie.problemes.append(f"copie volumineuse ({taille_mo:.0f} Mo) : ses sorties ont été effacées avant la correction")
    for cellule in nb.cells:
        if cellule.cell_type == "code":
            cellule.outputs, cellule.execution_count = [], None
    cible.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, cible)
    horodatage = copie.chemin.parent / "timestamp.txt"
    if horodatage.is_file():
        shutil.copy(horodatage, cible.parent / "timestamp.txt")


# --- après l'exécution ----------------------------------------------------------------------


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
                    if note.name not in manuelles:
                        automatique += note.auto_score or 0
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
    nombre = lambda x: f"{x:g}".replace(".", ",")  # noqa: E731
    with chemin.open("w", newline="", encoding="utf-8-sig") as fichier:
        ecriture = csv.writer(fichier, delimiter=";")
        ecriture.writerow(
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
                ecriture.writerow([personne, _statut(personne, bilan), "", "", "", "", "", " | ".join(problemes)])
                continue
            if personne in bilan.non_corrigees:
                problemes[0] += " ; les notes de la copie précédente sont gardées"
            ecriture.writerow(
                [personne, _statut(personne, bilan), nombre(note["automatique"]), nombre(note["manuel"]),
                 nombre(note["total"]), nombre(note["maximum"]),
                 " ".join(note["a_corriger_a_la_main"] + [f"{n} (à revoir)" for n in note["a_revoir"]]),
                 " | ".join(problemes)]
                + ["" if nom in note["a_corriger_a_la_main"] else nombre(note["questions"].get(nom) or 0)
                   for nom, _ in questions]
            )


def options_du_retour_en_francais(racine: Path) -> list[str]:
    """Options de ``nbgrader generate_feedback`` pour le modèle de retour en français."""
    import nbgrader

    modeles_nbgrader = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    return [
        "--HTMLExporter.template_name=retour",
        f"--HTMLExporter.extra_template_basedirs={racine / 'grading' / 'modeles'}",
        f"--HTMLExporter.extra_template_basedirs={modeles_nbgrader}",
    ]


# --- la correction -------------------------------------------------------------------------


def noter(
    lab: str,
    racine: Path = RACINE,
    retours_seulement: bool = False,
    tout_recorriger: bool = False,
    limites: Limites | None = None,
    delai_cellule: int = DELAI_CELLULE_S,
    delai_copie: int = DELAI_COPIE_S,
    bavard: bool = False,
) -> Bilan:
    """Corrige toutes les copies de ``lab`` rendues dans grading/submitted/.

    ``retours_seulement`` : ne réexécute aucune copie, refait retours et exports (après la
    correction à la main). ``tout_recorriger`` : réexécute aussi les copies inchangées.
    ``bavard`` : affiche l'avancement copie par copie (la commande ``make grade`` le fait).
    """
    debut = time.perf_counter()
    racine = racine.resolve()
    limites = limites or Limites()
    bilan = Bilan(lab)
    source = racine / "solutions" / lab / f"{lab}.ipynb"
    if not source.with_suffix(".py").is_file():
        raise FileNotFoundError(
            f"Lab inconnu : {source.with_suffix('.py').relative_to(racine)} n'existe pas. "
            "Le nom s'écrit comme le dossier, par exemple 00_prise_en_main."
        )
    if not source.is_file():
        source_vers_notebook(lab, racine)
    rendus = racine / "grading" / "submitted"
    if not rendus.is_dir() or not any(d.is_dir() for d in rendus.iterdir()):
        raise FileNotFoundError(
            f"Aucune copie pour {lab} : rangez-les dans grading/submitted/<identifiant>/{lab}/{lab}.ipynb."
        )
    version_apprenant = racine / "labs" / lab / f"{lab}.ipynb"
    if not version_apprenant.is_file():
        raise FileNotFoundError(f"{version_apprenant.relative_to(racine)} manque : lancez d'abord make labs.")
    signatures = signatures_des_labs(racine)
    copies: dict[str, Copie] = {}
    if rendus.is_dir():
        for element in sorted(rendus.iterdir()):
            if element.is_file():
                bilan.fichiers_hors_dossier.append(element.name)
            elif element.is_dir() and not element.name.startswith("."):
                copie = chercher_copie(element, lab, signatures)
                if copie is not None:
                    copies[element.name] = copie
    if not copies:
        raise FileNotFoundError(
            f"Aucune copie pour {lab} : rangez-les dans grading/submitted/<identifiant>/{lab}/{lab}.ipynb."
        )

    preparees = racine / "grading" / "preparees"
    etat_chemin = racine / "grading" / f"etat_correction_{lab}.json"
    etat = _lire_etat(etat_chemin)
    reference = source.read_bytes() + json.dumps(
        [limites.memoire_mo, limites.processeur_s, limites.sans_reseau, delai_cellule]
    ).encode()
    a_executer = []
    for personne, copie in copies.items():
        if copie.refus:
            bilan.non_corrigees[personne] = copie.refus
            continue
        preparer(copie, nbformat.read(version_apprenant, as_version=4), preparees / personne / lab / f"{lab}.ipynb")
        empreinte = _empreinte(copie.chemin, reference)
        deja = etat.get(personne, {})
        corrigee = racine / "grading" / "autograded" / personne / lab / f"{lab}.ipynb"
        if retours_seulement or (
            not tout_recorriger and deja.get("empreinte") == empreinte and corrigee.is_file()
        ):
            if corrigee.is_file():
                bilan.inchangees.append(personne)
                bilan.problemes[personne] = deja.get("problemes", copie.problemes)
            else:
                bilan.non_corrigees[personne] = "pas encore corrigée : relancez make grade sans --retours-seulement"
            continue
        a_executer.append((personne, copie, empreinte))

    # Le registre de notes doit connaître le lab : generate_assignment le met à jour.
    # Sa version apprenant·e est écrite à part pour ne pas toucher labs/.
    if a_executer:
        with tempfile.TemporaryDirectory() as provisoire:
            resultat = _nbgrader(
                racine, "generate_assignment", lab, "--force", "--log-level=WARN",
                f"--CourseDirectory.release_directory={provisoire}",
            )
        if resultat.returncode != 0:
            raise _echec("La mise à jour du registre de notes", resultat)

    with tempfile.TemporaryDirectory(prefix="civiclabs-noyau-") as provisoire:
        bilan.protections = installer_noyau(Path(provisoire), limites)
        env = environnement_outils()
        env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [provisoire, env.get("JUPYTER_PATH")]))
        if bavard:
            print(
                f"{len(a_executer)} copie(s) à exécuter, {len(bilan.inchangees)} inchangée(s) (non réexécutées), "
                f"{len(bilan.non_corrigees)} mise(s) de côté. Chaque copie prend le temps d'exécution du lab "
                "(de quelques secondes à une demi-minute).", flush=True,
            )
        for numero, (personne, copie, empreinte) in enumerate(a_executer, start=1):
            if bavard:
                print(f"  [{numero}/{len(a_executer)}] {personne} …", end=" ", flush=True)
            debut_copie = time.perf_counter()
            resultat = _nbgrader(
                racine, "autograde", lab, f"--student={personne}", "--create", "--force",
                "--log-level=WARN",
                f"--CourseDirectory.submitted_directory={preparees}",
                f"--Execute.timeout={delai_cellule}",
                f"--Execute.kernel_name={NOM_DU_NOYAU}",
                "--KernelManager.transport=ipc",
                f"--KernelManager.ip={Path(provisoire) / personne}",
                env=env, delai=delai_copie,
            )
            corrigee = racine / "grading" / "autograded" / personne / lab / f"{lab}.ipynb"
            if resultat.returncode is None:
                bilan.non_corrigees[personne] = (
                    f"correction arrêtée au bout de {delai_copie // 60} min : la copie ne se termine pas"
                )
            elif resultat.returncode != 0 or not corrigee.is_file():
                derniere = [l for l in resultat.stderr.splitlines() if "ERROR" in l or "Error" in l]
                bilan.non_corrigees[personne] = (
                    "nbgrader n'a pas pu corriger cette copie"
                    + (f" ({derniere[-1].strip()[:200]})" if derniere else "")
                )
            else:
                bilan.executees.append(personne)
                problemes = copie.problemes + problemes_d_execution(
                    nbformat.read(corrigee, as_version=4), bilan.protections
                )
                bilan.problemes[personne] = problemes
                etat[personne] = {"empreinte": empreinte, "problemes": problemes,
                                  "corrigee_le": time.strftime("%Y-%m-%d %H:%M")}
            if bavard:
                etat_copie = "NON corrigée" if personne in bilan.non_corrigees else "corrigée"
                print(f"{etat_copie} en {time.perf_counter() - debut_copie:.0f} s", flush=True)
    bilan.corrigees = sorted(bilan.executees + bilan.inchangees)

    # Un retour n'est refait que si les notes ou commentaires de la personne ont changé.
    signatures = _signatures_des_notes(racine, lab) if bilan.corrigees else {}
    chemin_retour = lambda personne: racine / "grading" / "feedback" / personne / lab / f"{lab}.html"  # noqa: E731
    a_refaire = [
        personne for personne in bilan.corrigees
        if personne in bilan.executees or not chemin_retour(personne).is_file()
        or etat.get(personne, {}).get("retour") != signatures.get(personne)
    ]
    if a_refaire:
        exclues = ",".join(sorted(set(copies) - set(a_refaire)))
        resultat = _nbgrader(
            racine, "generate_feedback", lab, "--force", "--log-level=WARN",
            f"--CourseDirectory.student_id_exclude={exclues}",
            *options_du_retour_en_francais(racine),
        )
        if resultat.returncode != 0:
            raise _echec("La génération des retours (nbgrader generate_feedback)", resultat)
    for personne in bilan.corrigees:
        if chemin_retour(personne).is_file():
            bilan.retours[personne] = chemin_retour(personne)
            if personne in etat:
                etat[personne]["retour"] = signatures.get(personne)
    etat_chemin.write_text(json.dumps(etat, ensure_ascii=False, indent=1), encoding="utf-8")

    bilan.csv_total = racine / "grading" / f"notes_{lab}.csv"
    resultat = _nbgrader(
        racine, "export", f"--to={bilan.csv_total}", f"--assignment={lab}", "--log-level=WARN"
    )
    if resultat.returncode != 0:
        raise _echec("L'export CSV (nbgrader export)", resultat)
    questions, bilan.notes = _notes(racine, lab)
    bilan.csv_detail = racine / "grading" / f"notes_{lab}_detail.csv"
    _exporter_detail(bilan.csv_detail, questions, bilan)
    bilan.duree_s = time.perf_counter() - debut
    bilan.bilan_md = racine / "grading" / f"bilan_{lab}.md"
    bilan.bilan_md.write_text(tableau(bilan, markdown=True), encoding="utf-8")
    return bilan


# --- le bilan --------------------------------------------------------------------------------


def _nombre(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def lignes_du_bilan(bilan: Bilan) -> list[list[str]]:
    """Une ligne par personne : identifiant, points automatiques, points à la main, total,
    ce qui reste à corriger à la main, problèmes."""
    lignes = []
    for personne in sorted(set(bilan.notes) | set(bilan.non_corrigees)):
        note = bilan.notes.get(personne)
        problemes = list(bilan.problemes.get(personne, []))
        if personne in bilan.non_corrigees:
            problemes.insert(0, f"NON CORRIGÉE : {bilan.non_corrigees[personne]}"
                             + (" (notes de la copie précédente gardées)" if note else ""))
        if note is None:
            lignes.append([personne, "—", "—", "—", "—", " ; ".join(problemes)])
            continue
        reste = []
        if note["a_corriger_a_la_main"]:
            n = len(note["a_corriger_a_la_main"])
            reste.append(f"{n} question{'s' if n > 1 else ''} ({_nombre(note['points_a_corriger'])} pts)")
        if note["a_revoir"]:
            reste.append(f"à revoir (réponse changée) : {', '.join(note['a_revoir'])}")
        manuel = _nombre(note["manuel"]) if note["questions_notees_a_la_main"] else "—"
        a_la_main = f"{manuel} / {_nombre(note['maximum_manuel'])}"
        if note["reponses_vides"]:
            n = len(note["reponses_vides"])
            a_la_main += f" ({n} vide{'s' if n > 1 else ''})"
        lignes.append([
            personne,
            f"{_nombre(note['automatique'])} / {_nombre(note['maximum_automatique'])}",
            a_la_main,
            f"{_nombre(note['total'])} / {_nombre(note['maximum'])}",
            " ; ".join(reste) or "rien",
            " ; ".join(problemes) or "—",
        ])
    return lignes


ENTETES = ["apprenant·e", "automatique", "à la main", "total", "reste à corriger", "problèmes"]


def tableau(bilan: Bilan, markdown: bool = False) -> str:
    """Le bilan de la correction, en texte (terminal) ou en Markdown (grading/bilan_<lab>.md)."""
    lignes = lignes_du_bilan(bilan)
    protections = bilan.protections
    entete = [
        f"Correction de {bilan.lab} en {bilan.duree_s:.0f} s : {len(bilan.corrigees)} copie(s) corrigée(s), "
        f"dont {len(bilan.executees)} exécutée(s) cette fois"
        + (f" ({', '.join(bilan.executees)})" if 0 < len(bilan.executees) <= 5 else "")
        + f" et {len(bilan.inchangees)} inchangée(s) depuis la dernière correction ; "
        f"{len(bilan.non_corrigees)} copie(s) NON corrigée(s).",
    ]
    if protections:
        def limite(nom, cle, unite, diviseur=1):
            valeur = protections.get(cle)
            return f"{nom} {valeur // diviseur} {unite}" if valeur else f"{nom} : pas de limite (refusée par le système)"

        entete.append(
            f"Limites de chaque copie : {limite('mémoire', 'memoire_mo', 'Mo')}, "
            f"{limite('calcul', 'processeur_s', 'min', 60)}, {limite('fichiers écrits', 'fichier_mo', 'Mo')}, "
            f"dossier personnel vide ; {protections['reseau']}."
        )
    for nom in bilan.fichiers_hors_dossier:
        entete.append(f"Fichier ignoré, hors d'un dossier de personne : grading/submitted/{nom}")
    if markdown:
        texte = [f"# Bilan de correction — {bilan.lab}", "", *entete, ""]
        texte.append("| " + " | ".join(ENTETES) + " |")
        texte.append("|" + "---|" * len(ENTETES))
        texte += ["| " + " | ".join(c.replace("|", "/") for c in ligne) + " |" for ligne in lignes]
        return "\n".join(texte) + "\n"
    fixes = len(ENTETES) - 1
    largeurs = [max(len(ligne[i]) for ligne in [ENTETES, *lignes]) for i in range(fixes)]
    texte = [*entete, ""]
    for ligne in [ENTETES, ["-" * l for l in largeurs] + ["-" * 9], *lignes]:
        texte.append("  ".join(c.ljust(l) for c, l in zip(ligne[:fixes], largeurs)) + "  " + ligne[fixes])
    return "\n".join(texte)


def afficher(bilan: Bilan, racine: Path = RACINE) -> None:
    print(tableau(bilan))
    print()
    print(f"Notes : {bilan.csv_total.relative_to(racine)} et {bilan.csv_detail.relative_to(racine)}")
    print(f"Bilan : {bilan.bilan_md.relative_to(racine)}")
    print(f"Retours individuels : grading/feedback/<identifiant>/{bilan.lab}/{bilan.lab}.html")
    if any(note["a_corriger_a_la_main"] or note["a_revoir"] for note in bilan.notes.values()):
        print("Questions de réflexion : corrigez-les dans le formgrader (make lab, menu Nbgrader), "
              f"puis relancez make grade LAB={bilan.lab}.")
    if bilan.non_corrigees:
        print(f"⚠ {len(bilan.non_corrigees)} copie(s) NON corrigée(s) (voir « problèmes ») : la commande "
              "se termine en erreur pour le signaler, et make l'affiche (« Error 1 ») ; "
              "toutes les autres copies sont corrigées.")


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("lab", help="nom du lab, par exemple 00_prise_en_main")
    parseur.add_argument("--racine", type=Path, default=RACINE)
    parseur.add_argument(
        "--retours-seulement", action="store_true",
        help="ne réexécuter aucune copie : refaire retours et exports (après la correction à la main)",
    )
    parseur.add_argument(
        "--tout-recorriger", action="store_true", help="réexécuter aussi les copies inchangées"
    )
    parseur.add_argument("--memoire", type=int, default=Limites.memoire_mo, help="Mo par copie (défaut 2048)")
    parseur.add_argument("--delai", type=int, default=DELAI_CELLULE_S, help="secondes par cellule (défaut 120)")
    args = parseur.parse_args(argv)
    try:
        bilan = noter(
            args.lab, args.racine, args.retours_seulement, args.tout_recorriger,
            Limites(memoire_mo=args.memoire), delai_cellule=args.delai, bavard=True,
        )
    except (FileNotFoundError, RuntimeError) as erreur:
        print(f"Erreur : {erreur}", file=sys.stderr)
        return 2
    afficher(bilan, args.racine.resolve())
    return 1 if bilan.non_corrigees else 0


if __name__ == "__main__":
    sys.exit(main())
