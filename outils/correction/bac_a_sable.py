"""Le bac à sable de chaque copie : bubblewrap, un environnement de correction figé, des cgroups.

``make grade`` exécute le code des apprenant·es. Chaque copie s'exécute dans un noyau Jupyter
lancé par ``lanceur_noyau.py`` (copié hors du dépôt), qui :

- entre dans les **cgroups de la copie** (mémoire et nombre de processus pour la copie entière,
  tous ses processus compris), créés ici avant la copie et vidés puis supprimés après ;
- s'enferme dans **bubblewrap** : système (``/usr``) et environnement Python en lecture seule,
  le paquet ``civiclabs`` tiré d'une installation non éditable (une copie figée, hors du dépôt,
  refaite quand ``src/`` change), les données en lecture seule ; ni le dépôt, ni ``grading/``,
  ni les autres copies, ni le dossier personnel ne sont visibles ; seul un tmpfs de taille bornée
  (``/tmp``, où se trouvent son dossier de travail et son dossier personnel) est inscriptible ;
  ``/proc`` ne montre que ses processus ; pas de réseau ; variables d'environnement en liste
  fermée ; sous le compte ``nobody`` quand la correction tourne en root.

Sans bubblewrap ou sans cgroups modifiables, la correction tourne quand même, avec ce qui reste
possible (limites par processus, ``unshare --net``) ; le bilan dit exactement ce qui a été
appliqué, copie par copie. ``python -m outils.correction.bac_a_sable`` installe bubblewrap
(apt, en root ou avec sudo sans mot de passe) ou dit la commande à lancer.
"""

from __future__ import annotations

import compileall
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from outils.commun import prefixe_apt

MO = 1024 * 1024
UID_BAC_A_SABLE = 65534  # nobody, quand la correction tourne en root
MAISON = "/tmp/civiclabs-correction-maison"
DONNEES = "/donnees"
LANCEUR = Path(__file__).with_name("lanceur_noyau.py")
COMMANDE_APT = "sudo apt-get install bubblewrap"
ETC = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "nsswitch.conf", "alternatives",
       "fonts", "mime.types", "hosts", "os-release", "timezone")
MARGE_MEMOIRE_MO = 256  # cache des fichiers lus, noyau du système : compté par le cgroup


# --- bubblewrap --------------------------------------------------------------------------


def trouver_bwrap() -> str | None:
    for candidat in (os.environ.get("CIVICLABS_BWRAP"), "/usr/bin/bwrap", shutil.which("bwrap")):
        if candidat and os.path.isfile(candidat) and os.access(candidat, os.X_OK):
            return candidat
    return None


def bwrap_utilisable(bwrap: str) -> str | None:
    """None si bubblewrap sait créer ici un bac à sable ; sinon la raison, en français."""
    essai = [bwrap, "--ro-bind", "/", "/", "--unshare-pid", "--unshare-net", "--unshare-ipc",
             "--proc", "/proc", "--die-with-parent", "--new-session"]
    if os.geteuid() != 0:
        essai.append("--unshare-user")
    try:
        resultat = subprocess.run([*essai, "true"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as erreur:
        return f"bubblewrap ne démarre pas ({erreur})"
    if resultat.returncode != 0:
        message = (resultat.stderr.strip().splitlines() or ["sans message"])[-1]
        apparmor = Path("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")
        if "uid map" in message and apparmor.is_file() and apparmor.read_text().strip() == "1":
            return (f"bubblewrap refusé par AppArmor ({message[:120]}) : voir grading/README.md, "
                    "« Isoler la correction », pour l'autoriser")
        return (f"bubblewrap ne peut pas créer de bac à sable ici ({message[:160]}) : espaces de noms "
                "interdits (conteneur, noyau qui les refuse aux comptes ordinaires)")
    return None




def obtenir_bwrap(bavard: bool = True) -> str | None:
    """bubblewrap, installé par apt si c'est possible sans demander de mot de passe."""
    deja = trouver_bwrap()
    if deja:
        return deja
    prefixe = prefixe_apt()
    if prefixe is None:
        return None
    if bavard:
        print("bubblewrap (le bac à sable des copies) manque : installation du paquet Debian…", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for commande in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "bubblewrap"]):
        if subprocess.run([*prefixe, *commande], env=env, capture_output=True).returncode != 0:
            break
    return trouver_bwrap()


# --- l'environnement de correction figé -------------------------------------------------


def dossier_du_paquet() -> Path:
    import civiclabs

    return Path(civiclabs.__file__).resolve().parent


def _fichiers(dossier: Path):
    for chemin in sorted(dossier.rglob("*")):
        if chemin.is_file() and "__pycache__" not in chemin.parts and chemin.suffix != ".pyc":
            yield chemin


def _empreinte_environnement(paquet: Path, pyproject: Path | None) -> str:
    calcul = hashlib.sha256(sys.version.encode())
    for chemin in _fichiers(paquet):
        calcul.update(str(chemin.relative_to(paquet)).encode() + b"\0" + chemin.read_bytes())
    if pyproject and pyproject.is_file():
        calcul.update(pyproject.read_bytes())
    calcul.update(LANCEUR.read_bytes())
    return calcul.hexdigest()


def dossier_des_caches() -> Path:
    if os.environ.get("CIVICLABS_CACHE"):
        return Path(os.environ["CIVICLABS_CACHE"]) / "correction"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "civiclabs" / "correction"


def preparer_environnement() -> Path:
    """L'environnement de correction : ``civiclabs`` installé sans lien vers le dépôt (copie figée
    compilée, avec ses métadonnées), le lanceur du noyau, hors du dépôt. Refait seulement quand
    le paquet, ``pyproject.toml`` ou le lanceur changent ; renvoie son dossier."""
    paquet = dossier_du_paquet()
    pyproject = paquet.parent.parent / "pyproject.toml"
    empreinte = _empreinte_environnement(paquet, pyproject)
    caches = dossier_des_caches()
    dossier = caches / empreinte[:24]
    if (dossier / "pret").is_file():
        return dossier
    caches.mkdir(parents=True, exist_ok=True)
    chantier = caches / f".construction-{os.getpid()}-{time.monotonic_ns()}"
    site = chantier / "site"
    shutil.copytree(paquet, site / "civiclabs", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    version = "0"
    if pyproject.is_file():
        version = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("version", "0")
    meta = site / f"civiclabs-{version}.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: civiclabs\nVersion: {version}\n", encoding="utf-8")
    (meta / "INSTALLER").write_text("civiclabs-correction\n", encoding="utf-8")
    (meta / "top_level.txt").write_text("civiclabs\n", encoding="utf-8")
    compileall.compile_dir(site, quiet=1, ddir=str(dossier / "site"), workers=1)
    shutil.copy(LANCEUR, chantier / "lanceur.py")
    _cache_matplotlib(chantier / "matplotlib")
    (chantier / "vide").write_bytes(b"")
    for racine, _dossiers, fichiers in os.walk(chantier):
        os.chmod(racine, 0o755)
        for nom in fichiers:
            os.chmod(os.path.join(racine, nom), 0o644)
    (chantier / "pret").write_text(empreinte + "\n", encoding="utf-8")
    try:
        os.rename(chantier, dossier)
    except OSError:  # une autre correction l'a construit en même temps
        shutil.rmtree(chantier, ignore_errors=True)
    _elaguer(caches, garder=dossier)
    return dossier


def _cache_matplotlib(dossier: Path) -> None:
    """La liste des polices de matplotlib, construite une fois ici (sans les polices du dossier
    personnel) : sinon chaque copie la reconstruit, 1 à 2 s de plus par copie."""
    import tempfile

    dossier.mkdir()
    with tempfile.TemporaryDirectory() as maison:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": maison, "MPLCONFIGDIR": str(dossier)}
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env,
                       capture_output=True, timeout=300)


def _elaguer(caches: Path, garder: Path, nombre: int = 3) -> None:
    """Garde les derniers environnements (une autre correction peut encore s'en servir)."""
    anciens = sorted(
        (d for d in caches.iterdir() if d.is_dir() and d != garder and not d.name.startswith(".")),
        key=lambda d: d.stat().st_mtime, reverse=True,
    )
    for dossier in anciens[nombre:]:
        if time.time() - dossier.stat().st_mtime > 3600:
            shutil.rmtree(dossier, ignore_errors=True)


# --- cgroups -----------------------------------------------------------------------------


def _points_de_montage() -> dict[str, tuple[Path, str]]:
    """{contrôleur ou "v2": (point de montage, racine du montage)} des hiérarchies cgroup."""
    montages: dict[str, tuple[Path, str]] = {}
    try:
        lignes = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return montages
    for ligne in lignes:
        avant, _, apres = ligne.partition(" - ")
        champs, fin = avant.split(), apres.split()
        if len(champs) < 5 or len(fin) < 3:
            continue
        if fin[0] == "cgroup":
            for option in fin[2].split(","):
                if option in ("memory", "pids"):
                    montages.setdefault(option, (Path(champs[4]), champs[3]))
        elif fin[0] == "cgroup2":
            montages.setdefault("v2", (Path(champs[4]), champs[3]))
    return montages


def _chemins_propres() -> dict[str, str]:
    chemins = {}
    try:
        lignes = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return chemins
    for ligne in lignes:
        _, controleurs, chemin = ligne.split(":", 2)
        for controleur in controleurs.split(",") if controleurs else ["v2"]:
            chemins[controleur] = chemin
    return chemins


def _sous(montage: Path, racine_montage: str, chemin: str) -> Path:
    relatif = os.path.relpath(chemin, racine_montage) if chemin.startswith(racine_montage) else chemin
    relatif = "" if relatif == "." else relatif.lstrip("/")
    return montage / relatif


def _ecrire(chemin: Path, valeur: str) -> None:
    with open(chemin, "w") as fichier:
        fichier.write(valeur)


@dataclass
class Cgroupes:
    """Les cgroups d'une copie : {contrôleur: dossier} ; ``version`` 1 ou 2."""

    dossiers: dict[str, Path] = field(default_factory=dict)
    version: int = 1

    @classmethod
    def creer(cls, nom: str, memoire_mo: int, processus: int) -> Cgroupes:
        """Crée les cgroups de la copie sous ceux du processus courant ; ceux qui ne peuvent pas
        l'être (pas de droits, système sans cgroups) manquent simplement."""
        montages, propres = _points_de_montage(), _chemins_propres()
        cgroupes = cls()
        if os.environ.get("CIVICLABS_SANS_CGROUPES"):  # pour essayer le mode dégradé (tests)
            return cgroupes
        if "memory" in montages and "pids" in montages:
            for controleur in ("memory", "pids"):
                montage, racine = montages[controleur]
                dossier = _sous(montage, racine, propres.get(controleur, "/")) / nom
                try:
                    dossier.mkdir()
                except OSError:
                    continue
                try:
                    if controleur == "memory":
                        _ecrire(dossier / "memory.limit_in_bytes", str(memoire_mo * MO))
                        if (dossier / "memory.memsw.limit_in_bytes").exists():
                            try:
                                _ecrire(dossier / "memory.memsw.limit_in_bytes", str(memoire_mo * MO))
                            except OSError:
                                pass
                    else:
                        _ecrire(dossier / "pids.max", str(processus))
                    cgroupes.dossiers[controleur] = dossier
                except OSError:
                    _supprimer(dossier)
            return cgroupes
        if "v2" in montages:
            montage, racine = montages["v2"]
            for parent in (_sous(montage, racine, propres.get("v2", "/")), montage):
                dossier = parent / nom
                try:
                    dossier.mkdir()
                except OSError:
                    continue
                try:
                    if not {"memory", "pids"} <= set((dossier / "cgroup.controllers").read_text().split()):
                        _ecrire(parent / "cgroup.subtree_control", "+memory +pids")
                    _ecrire(dossier / "memory.max", str(memoire_mo * MO))
                    if (dossier / "memory.swap.max").exists():
                        _ecrire(dossier / "memory.swap.max", "0")
                    _ecrire(dossier / "pids.max", str(processus))
                    return cls({"memory": dossier, "pids": dossier}, version=2)
                except OSError:
                    _supprimer(dossier)
        return cgroupes

    def processus(self) -> set[int]:
        pids: set[int] = set()
        for dossier in set(self.dossiers.values()):
            try:
                pids |= {int(p) for p in (dossier / "cgroup.procs").read_text().split()}
            except OSError:
                pass
        return pids

    def compteurs(self) -> dict:
        """Ce que les limites de la copie ont arrêté : processus tués faute de mémoire, créations
        de processus refusées, pic de mémoire."""
        resultat = {"oom_kill": 0, "processus_refuses": 0, "memoire_max_mo": None}
        memoire, pids = self.dossiers.get("memory"), self.dossiers.get("pids")

        def champ(fichier: Path, nom: str) -> int:
            try:
                for ligne in fichier.read_text().splitlines():
                    cle, _, valeur = ligne.partition(" ")
                    if cle == nom:
                        return int(valeur)
            except (OSError, ValueError):
                pass
            return 0

        if memoire is not None:
            resultat["oom_kill"] = champ(memoire / ("memory.oom_control" if self.version == 1 else "memory.events"), "oom_kill")
            pic = memoire / ("memory.max_usage_in_bytes" if self.version == 1 else "memory.peak")
            try:
                resultat["memoire_max_mo"] = int(pic.read_text()) // MO
            except (OSError, ValueError):
                pass
        if pids is not None:
            resultat["processus_refuses"] = champ(pids / "pids.events", "max")
        return resultat

    def arreter_tout(self, attente_s: float = 2.0) -> int:
        """Attend que les processus de la copie s'arrêtent d'eux-mêmes (``attente_s``), puis tue
        ceux qui restent ; renvoie le nombre de ces survivants."""
        fin = time.monotonic() + attente_s
        while self.processus() and time.monotonic() < fin:
            time.sleep(0.05)
        survivants = self.processus()
        for _ in range(100):
            restants = self.processus()
            if not restants:
                break
            for pid in restants:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.05)
        return len(survivants)

    def supprimer(self) -> None:
        for dossier in set(self.dossiers.values()):
            _supprimer(dossier)


def _supprimer(dossier: Path) -> None:
    for _ in range(40):
        try:
            dossier.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            time.sleep(0.05)


# --- le noyau et sa configuration --------------------------------------------------------


def _options(bwrap: str) -> set[str]:
    """Les options que connaît ce bubblewrap (elles varient selon sa version)."""
    try:
        aide = subprocess.run([bwrap, "--help"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return set()
    return {mot for ligne in (aide.stdout + aide.stderr).splitlines() for mot in ligne.split() if mot.startswith("--")}


def passer_sans_bac(dossier: Path, config: dict, raison: str) -> dict:
    """Réécrit la configuration sans bubblewrap (quand le bac à sable ne démarre pas ici)."""
    from outils.correction.isolement import commande_sans_reseau

    config.update(mode="simple", raison_sans_bac=raison, prefixe_reseau=commande_sans_reseau())
    config["limites"]["lecture_seule"] = [
        config["donnees_hote"] if chemin == DONNEES else chemin for chemin in config["limites"]["lecture_seule"]
    ]
    (dossier / "bac_a_sable.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    return config


def _ancetres(chemins) -> list[str]:
    dossiers: set[str] = set()
    for chemin in chemins:
        for parent in Path(chemin).parents:
            if str(parent) != "/":
                dossiers.add(str(parent))
    return sorted(dossiers, key=lambda d: (d.count("/"), d))


def _masques(prefixe: Path) -> list[str]:
    """Dans l'environnement Python : ce qui mène au dépôt (installation éditable), masqué."""
    masques = []
    for site in prefixe.glob("lib/python3*/site-packages"):
        for chemin in site.iterdir():
            if chemin.name.startswith("__editable__") or chemin.suffix == ".egg-link":
                masques.append(str(chemin))
        for chemin in (site / "__pycache__").glob("__editable__*") if (site / "__pycache__").is_dir() else []:
            masques.append(str(chemin))
        for chemin in site.glob("civiclabs-*.dist-info/direct_url.json"):
            masques.append(str(chemin))
    return masques


def _systeme() -> tuple[list[list[str]], list[list[str]]]:
    """(montages en lecture seule, liens) pour le système : /usr, /bin, /lib… et une partie d'/etc."""
    lecture, liens = [["/usr", "/usr"]], []
    for nom in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        chemin = Path("/") / nom
        if chemin.is_symlink():
            liens.append([os.readlink(chemin), str(chemin)])
        elif chemin.is_dir():
            lecture.append([str(chemin), str(chemin)])
    for nom in ETC:
        chemin = Path("/etc") / nom
        if chemin.exists():
            lecture.append([str(chemin), str(chemin)])
    return lecture, liens


def configurer(dossier: Path, limites, donnees: Path, fils: int, racine: Path | None = None) -> dict:
    """Écrit la configuration du lanceur (``dossier/bac_a_sable.json``) et renvoie son contenu."""
    from outils.correction.isolement import commande_sans_reseau

    bwrap = trouver_bwrap()
    raison = bwrap_utilisable(bwrap) if bwrap else "bubblewrap n'est pas installé"
    options = _options(bwrap) if bwrap and raison is None else set()
    manquantes = sorted({"--size", "--perms", "--remount-ro", "--unshare-cgroup-try"} - options)
    if bwrap and raison is None and manquantes:
        raison = f"bubblewrap trop ancien (il faut la version 0.8 ou plus ; options absentes : {', '.join(manquantes)})"
    if os.environ.get("CIVICLABS_SANS_BAC_A_SABLE"):  # pour essayer le mode dégradé (tests)
        raison = "désactivé par la variable CIVICLABS_SANS_BAC_A_SABLE"
    environnement = preparer_environnement()
    prefixe, base = Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()
    lecture, liens = _systeme()
    for chemin in {base, prefixe, environnement}:
        if not str(chemin).startswith("/usr/"):
            lecture.append([str(chemin), str(chemin)])
    lecture.append([str(donnees), DONNEES])
    uid = UID_BAC_A_SABLE if os.geteuid() == 0 else None
    for fichier, ligne in (("passwd", f"correction:x:{uid if uid is not None else os.getuid()}:"
                                      f"{uid if uid is not None else os.getgid()}:correction:{MAISON}:/usr/sbin/nologin\n"),
                           ("group", f"correction:x:{uid if uid is not None else os.getgid()}:\n")):
        (dossier / fichier).write_text(ligne, encoding="utf-8")
    lang = os.environ.get("LANG", "")
    env = {
        "PATH": f"{Path(os.path.abspath(sys.executable)).parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": MAISON, "TMPDIR": "/tmp", "USER": "correction", "LOGNAME": "correction",
        "LANG": lang if "utf" in lang.lower() else "C.UTF-8",
        "PYTHONPATH": str(environnement / "site"), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONNOUSERSITE": "1",
        "MPLCONFIGDIR": f"{MAISON}/.matplotlib", "CIVICLABS_DONNEES": DONNEES,
        "JUPYTER_PLATFORM_DIRS": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        **{nom: str(fils) for nom in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                      "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")},
    }
    if os.environ.get("TZ"):
        env["TZ"] = os.environ["TZ"]
    config = {
        "mode": "bwrap" if raison is None else "simple",
        "raison_sans_bac": raison,
        "bwrap": bwrap,
        "python": os.path.abspath(sys.executable),  # sans « .. » : le chemin doit exister dans le bac à sable
        "lanceur": str(environnement / "lanceur.py"),
        "site": str(environnement / "site"),
        "environnement": str(environnement),
        "vide": str(environnement / "vide"),
        "donnees_hote": str(donnees),
        "lecture_seule": lecture,
        "liens": liens,
        "masques": _masques(prefixe),
        "dossiers": _ancetres([cible for _, cible in lecture] + [lien for _, lien in liens]),
        "passwd": str(dossier / "passwd"),
        "group": str(dossier / "group"),
        "env": env,
        "uid": uid,
        "sans_userns_imbrique": "--disable-userns" in options,
        "prefixe_reseau": (commande_sans_reseau() if limites.sans_reseau else None) if raison else None,
        "limites": {
            "memoire_mo": limites.memoire_mo, "processeur_s": limites.processeur_s,
            "fichier_mo": limites.fichier_mo, "disque_mo": limites.disque_mo,
            "processus": limites.processus, "uid": uid, "matplotlib": str(environnement / "matplotlib"),
            # ce que la sonde essaie de voir et d'écrire, pour que le bilan ne promette rien
            "invisibles": _a_cacher(racine, donnees),
            "lecture_seule": [str(c) for c in (
                *Path(sys.prefix).resolve().glob("lib/python3*/site-packages"), environnement / "site",
                Path(sys.executable).resolve().parent, DONNEES if raison is None else donnees,
            )],
        },
        "sonde": str(dossier / "sonde"),
    }
    (dossier / "bac_a_sable.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    os.chmod(dossier, 0o755)
    return config


def _a_cacher(racine: Path | None, donnees: Path) -> list[str]:
    """Des chemins qui existent ici et qu'aucune copie ne doit voir : la sonde les cherche."""
    depot = dossier_du_paquet().parent.parent
    maison = Path.home()
    candidats = [dossier_du_paquet(), depot / "outils", depot / ".git", depot / "pyproject.toml",
                 donnees / "README.md", maison / ".ssh", maison / ".bash_history", maison / ".gitconfig",
                 Path("/etc/shadow"), Path("/etc/ssh")]
    if racine is not None:
        candidats += [racine / "grading", racine / "solutions", racine / "labs", racine / "nbgrader_config.py"]
    return sorted({str(c) for c in candidats if c.exists()})


def memoire_de_la_copie_mo(limites) -> int:
    """La limite de mémoire de la copie entière : ses processus, et ses fichiers (le tmpfs est
    en mémoire), avec une marge pour le cache du système."""
    return limites.memoire_mo + limites.disque_mo + 64 + MARGE_MEMOIRE_MO


class Copie:
    """Le dossier et les cgroups d'une copie, le temps de sa correction.

    ``env()`` : les variables à ajouter à l'environnement de ``nbgrader autograde`` ; ``ip`` :
    l'adresse ipc du noyau. À la sortie : tous les processus de la copie arrêtés, cgroups et
    dossier supprimés ; ``bilan`` dit ce qui a été appliqué et ce que les limites ont arrêté.
    """

    def __init__(self, dossier_run: Path, numero: int, limites):
        self.dossier = dossier_run / str(numero)
        self.limites = limites
        self.nom = f"civiclabs-{os.getpid()}-{numero}-{time.monotonic_ns() % 10**9}"
        self.cgroupes = Cgroupes()
        self.bilan: dict = {}

    def __enter__(self) -> Copie:
        for sous in ("r", "s", "t"):
            (self.dossier / sous).mkdir(parents=True, exist_ok=True)
        os.chmod(self.dossier, 0o711)
        self.cgroupes = Cgroupes.creer(self.nom, memoire_de_la_copie_mo(self.limites), self.limites.processus)
        (self.dossier / "copie.json").write_text(
            json.dumps({"cgroupes": {c: str(d) for c, d in self.cgroupes.dossiers.items()}}), encoding="utf-8"
        )
        return self

    @property
    def ip(self) -> str:
        return str(self.dossier / "s" / "k")

    def env(self) -> dict:
        # Le fichier de connexion et tout fichier temporaire de nbgrader restent dans le dossier
        # de la copie, supprimé à la fin : rien ne traîne dans le dossier temporaire du système.
        return {"CIVICLABS_COPIE": str(self.dossier), "JUPYTER_RUNTIME_DIR": str(self.dossier / "r"),
                "TMPDIR": str(self.dossier / "t")}

    def __exit__(self, *exc) -> None:
        survivants = self.cgroupes.arreter_tout()
        appliquees = {}
        try:
            appliquees = json.loads((self.dossier / "appliquees.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
        self.bilan = {
            **self.cgroupes.compteurs(),
            "survivants": survivants,
            "lance": bool(appliquees),
            "mode": appliquees.get("mode"),
            "cgroupes": sorted(appliquees.get("cgroupes", {})),
        }
        self.cgroupes.supprimer()
        shutil.rmtree(self.dossier, ignore_errors=True)


def sonder(dossier: Path, config: dict, limites) -> dict:
    """Lance la sonde dans les mêmes conditions qu'un noyau : ce qu'elle voit est ce que verra
    le code d'une copie."""
    sonde = Path(config["sonde"])
    entree = dossier / "entree-sonde"
    entree.mkdir(exist_ok=True)
    copie = Copie(dossier, 0, limites)
    copie.dossier = sonde
    env = {**os.environ, "CIVICLABS_BAC_A_SABLE": str(dossier / "bac_a_sable.json")}
    with copie:
        env.update(copie.env())
        resultat = subprocess.run(
            [sys.executable, "-I", "-S", config["lanceur"], "--verifier"], cwd=entree, env=env,
            capture_output=True, text=True, timeout=120,
        )
    shutil.rmtree(entree, ignore_errors=True)
    if resultat.returncode != 0 or not resultat.stdout.strip():
        raise RuntimeError(
            "Le bac à sable de la correction ne démarre pas (sonde) :\n" + resultat.stderr[-2000:]
        )
    vu = json.loads(resultat.stdout.strip().splitlines()[-1])
    vu["cgroupes"] = copie.bilan["cgroupes"]
    vu["survivants"] = copie.bilan["survivants"]
    return vu


def main(argv: list[str] | None = None) -> int:
    """Obtenir bubblewrap (``make test`` et ``make grade`` le lancent avant de corriger)."""
    argv = sys.argv[1:] if argv is None else argv
    exiger = "--exiger" in argv
    bwrap = obtenir_bwrap()
    raison = bwrap_utilisable(bwrap) if bwrap else None
    if bwrap and raison is None:
        print(f"Bac à sable des copies : {bwrap}")
        return 0
    message = raison or (
        "bubblewrap (bwrap), le bac à sable qui isole chaque copie pendant la correction, n'est pas "
        "installé, et make n'a pas pu l'installer (apt demande les droits d'administration)."
    )
    suite = (f"Lancez une fois cette commande, puis relancez :\n\n    {COMMANDE_APT}\n" if not bwrap else
             "Voir grading/README.md, « Isoler la correction » (conteneur).\n")
    if exiger:
        print(f"\n{message}\n{suite}", file=sys.stderr)
        return 1
    print(f"⚠ {message}\nLa correction se fera SANS bac à sable : le bilan le dira pour chaque copie.\n{suite}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
