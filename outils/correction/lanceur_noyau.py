"""Le lanceur du noyau « civiclabs-correction » : ce que le kernelspec exécute pour chaque copie.

Ce fichier n'est jamais exécuté depuis le dépôt : ``make grade`` le copie dans l'environnement de
correction figé (``outils/correction/bac_a_sable.py``, hors du dépôt), et le kernelspec pointe
vers cette copie. Il n'utilise que la bibliothèque standard et se lance avec ``python -I -S``
(ni variables ``PYTHON*``, ni fichiers ``.pth``, ni dossier courant dans ``sys.path``).

Deux temps :

1. **dehors** (processus lancé par nbgrader) : entre dans les cgroups de la copie (mémoire et
   nombre de processus pour la copie entière), puis remplace son programme par ``bwrap`` (bac à
   sable) ; sans bubblewrap, applique ce qu'il peut (limites par processus, réseau coupé par
   ``unshare`` si possible, variables d'environnement triées) ;
2. **dedans** (``--interieur``, dans le bac à sable) : quitte les droits d'administration
   (compte ``nobody`` quand la correction tourne en root), pose les limites par processus,
   prépare le dossier de travail de la copie (dans un tmpfs de taille bornée), puis lance
   ``python -m ipykernel_launcher`` — ou, avec ``--executer``, l'exécutant qui rejoue les
   fonctions de la copie pour la contre-épreuve (``outils/correction/contre_epreuve.py``).

Ce qui a été réellement appliqué est écrit dans ``<dossier de la copie>/appliquees.json``,
que ``execution.py`` relit pour le bilan.
"""

import json
import os
import resource
import shutil
import sys

MO = 1024 * 1024
DOSSIER_TRAVAIL = "/tmp/copie"
MAISON = "/tmp/civiclabs-correction-maison"
CONNEXION = "/connexion.json"


# --- dehors ------------------------------------------------------------------------------


def _lire(chemin, defaut=None):
    try:
        with open(chemin, encoding="utf-8") as fichier:
            return json.load(fichier)
    except (OSError, ValueError):
        return defaut


def _ecrire(chemin, donnees):
    provisoire = chemin + ".provisoire"
    with open(provisoire, "w", encoding="utf-8") as fichier:
        json.dump(donnees, fichier)
    os.replace(provisoire, chemin)


def _entrer_dans_les_cgroups(copie):
    """Met ce processus (donc tous ses descendants) dans les cgroups de la copie ;
    renvoie {contrôleur: dossier} de ceux où il est entré."""
    entres = {}
    for controleur, dossier in copie.get("cgroupes", {}).items():
        try:
            with open(os.path.join(dossier, "cgroup.procs"), "w") as fichier:
                fichier.write(str(os.getpid()))
            entres[controleur] = dossier
        except OSError:
            pass
    return entres


def _chown_arbre(chemin, uid, gid):
    for racine, dossiers, fichiers in os.walk(chemin):
        for nom in [*dossiers, *fichiers]:
            os.lchown(os.path.join(racine, nom), uid, gid)
    os.lchown(chemin, uid, gid)


def _ancetres(chemins):
    dossiers = set()
    for chemin in chemins:
        parent = os.path.dirname(chemin)
        while parent not in ("/", ""):
            dossiers.add(parent)
            parent = os.path.dirname(parent)
    return sorted(dossiers, key=lambda d: (d.count("/"), d))


def _argv_bwrap(config, copie_dossier, connexion, cwd, commande):
    """La ligne de commande de bubblewrap pour une copie."""
    argv = [config["bwrap"]]
    # D'abord les systèmes de fichiers propres au bac à sable, /tmp compris : ce qui est monté
    # ensuite (l'environnement Python, même s'il vit sous /tmp) reste visible par-dessus.
    argv += ["--proc", "/proc", "--dev", "/dev"]
    argv += ["--perms", "1777", "--size", str(64 * MO), "--tmpfs", "/dev/shm"]
    argv += ["--perms", "1777", "--size", str(config["limites"]["disque_mo"] * MO), "--tmpfs", "/tmp"]
    for dossier in config["dossiers"]:
        argv += ["--perms", "0755", "--dir", dossier]
    for source, cible in config["lecture_seule"]:
        argv += ["--ro-bind", source, cible]
    for cible, lien in config["liens"]:
        argv += ["--symlink", cible, lien]
    for masque in config["masques"]:
        argv += ["--ro-bind", config["vide"], masque]
    argv += ["--ro-bind", config["passwd"], "/etc/passwd", "--ro-bind", config["group"], "/etc/group"]
    # Ce que nbgrader partage avec le noyau : le fichier de connexion (en lecture seule ; le
    # lanceur intérieur le recopie) et le dossier des sockets ipc, propre à cette copie.
    if connexion:
        argv += ["--ro-bind", connexion, CONNEXION]
    partages = [os.path.join(copie_dossier, "s")]
    partages = [chemin for chemin in partages if os.path.isdir(chemin)]
    for dossier in _ancetres(partages):
        if dossier != "/tmp":
            argv += ["--perms", "0755", "--dir", dossier]
    for chemin in partages:
        argv += ["--bind", chemin, chemin]
    # Les fichiers rendus (la copie elle-même), en lecture seule : le lanceur intérieur les
    # recopie dans le dossier de travail.
    if cwd and os.path.isdir(cwd):
        argv += ["--ro-bind", cwd, "/entree"]
    argv += [
        "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
        "--hostname", "correction", "--die-with-parent", "--new-session", "--clearenv",
    ]
    for nom, valeur in config["env"].items():
        argv += ["--setenv", nom, valeur]
    if os.geteuid() == 0:
        # En root : bwrap garde sinon toutes les capacités ; le lanceur intérieur a juste de quoi
        # devenir « nobody », puis n'a plus rien.
        argv += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
                 "--cap-add", "CAP_SETPCAP"]
    else:
        argv += ["--unshare-user"]
        if config.get("sans_userns_imbrique"):
            argv.append("--disable-userns")
    argv += ["--remount-ro", "/", "--chdir", "/tmp", "--"]
    argv += [config["python"], "-I", "-S", config["lanceur"], "--interieur",
             json.dumps(config["limites"]), connexion or "", *commande]
    return argv


def _environnement_hors_bac(config, maison):
    """Sans bubblewrap : les mêmes variables (liste fermée), avec les chemins de la machine."""
    env = dict(config["env"])
    temporaire = os.path.join(maison, "tmp")
    os.makedirs(temporaire, exist_ok=True)
    env.update(HOME=maison, TMPDIR=temporaire, MPLCONFIGDIR=os.path.join(maison, ".matplotlib"),
               CIVICLABS_DONNEES=config["donnees_hote"])
    return env


def dehors(argv):
    config = _lire(os.environ["CIVICLABS_BAC_A_SABLE"])
    copie_dossier = os.environ.get("CIVICLABS_COPIE") or config["sonde"]
    copie = _lire(os.path.join(copie_dossier, "copie.json"), {})
    verifier = argv[:1] == ["--verifier"]
    executer = argv[:1] == ["--executer"]  # l'exécutant de la contre-épreuve, pas un noyau
    connexion = None if verifier or executer else argv[argv.index("-f") + 1]
    appliquees = {"cgroupes": _entrer_dans_les_cgroups(copie), "mode": config["mode"]}
    config["limites"]["cgroupe_processus"] = "pids" in appliquees["cgroupes"]
    commande = ["--verifier"] if verifier else ["--executer"] if executer else ["-f", connexion]
    # Où la cellule de test consigne les réponses pour la contre-épreuve (seul dossier partagé
    # en écriture avec la correction, avec les sockets du noyau).
    reponses = os.path.join(copie_dossier, "s", "reponses")
    if not verifier and not executer:
        os.makedirs(reponses, exist_ok=True)
        config["env"]["CIVICLABS_CONTRE_EPREUVE"] = reponses
    cwd = os.getcwd()
    if config["mode"] == "bwrap":
        uid = config.get("uid")
        if uid is not None:  # le noyau tournera sous ce compte : il doit pouvoir ouvrir ses sockets
            _chown_arbre(os.path.join(copie_dossier, "s"), uid, uid)
        _ecrire(os.path.join(copie_dossier, "appliquees.json"), appliquees)
        argv_bwrap = _argv_bwrap(config, copie_dossier, connexion, cwd, commande)
        os.execv(argv_bwrap[0], argv_bwrap)
    # Sans bubblewrap : limites par processus, dossier personnel vide, environnement trié,
    # réseau coupé si unshare le permet.
    maison = os.path.join(copie_dossier, "maison")
    os.makedirs(maison, exist_ok=True)
    appliquees["limites"] = _poser_les_limites(config["limites"], nproc=False)
    _ecrire(os.path.join(copie_dossier, "appliquees.json"), appliquees)
    env = _environnement_hors_bac(config, maison)
    _cache_matplotlib(config["limites"].get("matplotlib"), env["MPLCONFIGDIR"])
    if verifier:
        env["CIVICLABS_SONDE_HORS_BAC"] = "1"
        commande = ["-I", "-S", config["lanceur"], "--sonde", json.dumps({
            **appliquees["limites"], "invisibles": config["limites"].get("invisibles", []),
            "lecture_seule": config["limites"].get("lecture_seule", []),
        })]
    elif executer:
        commande = ["-m", "civiclabs.exercices.fonctions_isolees"]
    else:
        commande = ["-m", "ipykernel_launcher", "-f", connexion]
    prefixe = config.get("prefixe_reseau") or []
    programme = [*prefixe, config["python"], *commande]
    os.execve(programme[0], programme, env)


# --- dedans ------------------------------------------------------------------------------


def _poser_les_limites(limites, nproc):
    demandees = {
        "memoire_mo": (resource.RLIMIT_DATA, limites["memoire_mo"] * MO, 0),
        "processeur_s": (resource.RLIMIT_CPU, limites["processeur_s"], 5),
        "fichier_mo": (resource.RLIMIT_FSIZE, limites["fichier_mo"] * MO, 0),
        "coeur": (resource.RLIMIT_CORE, 0, 0),
    }
    if nproc:
        demandees["processus"] = (resource.RLIMIT_NPROC, limites["processus"], 0)
    appliquees = {}
    for nom, (limite, valeur, marge) in demandees.items():
        try:
            resource.setrlimit(limite, (valeur, valeur + marge))
            appliquees[nom] = limites.get(nom, valeur)
        except (ValueError, OSError):
            appliquees[nom] = None
    return appliquees


def _devenir_nobody(uid):
    """En root dans le bac à sable : vider l'ensemble limite des capacités, puis devenir ``uid``."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capacite in range(64):
        libc.prctl(24, capacite, 0, 0, 0)  # PR_CAPBSET_DROP
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def _cache_matplotlib(source, cible):
    """La liste des polices préparée avec l'environnement de correction (sinon reconstruite)."""
    if not cible:
        return
    os.makedirs(cible, exist_ok=True)
    if source and os.path.isdir(source):
        for nom in os.listdir(source):
            if nom.endswith(".json"):
                shutil.copyfile(os.path.join(source, nom), os.path.join(cible, nom))


def _recopier_les_fichiers_rendus(entree, cible, plafond):
    """Les fichiers rendus avec la copie (fichiers ordinaires, pas de liens), dans le dossier de
    travail ; au-delà de ``plafond`` octets, le reste n'est pas recopié."""
    total = 0
    if not os.path.isdir(entree):
        return
    for nom in sorted(os.listdir(entree)):
        source = os.path.join(entree, nom)
        if os.path.islink(source) or not os.path.isfile(source):
            continue
        total += os.path.getsize(source)
        if total > plafond:
            break
        shutil.copyfile(source, os.path.join(cible, nom))


def _sonde(appliquees):
    """Ce que voit le code d'une copie : imprimé en JSON pour le bilan (``--verifier``)."""
    import socket

    sonde = dict(appliquees)
    sonde["uid"] = os.getuid()
    sonde["interfaces"] = sorted(nom for _, nom in socket.if_nameindex())
    sonde["processus_visibles"] = sorted(int(n) for n in os.listdir("/proc") if n.isdigit()) if os.path.isdir("/proc") else None
    sonde["maison"] = os.environ.get("HOME")
    sonde["variables"] = sorted(os.environ)
    try:
        with open("/proc/self/status", encoding="ascii") as fichier:
            capacites = [ligne.split()[1] for ligne in fichier if ligne.startswith("CapEff")]
        sonde["capacites"] = capacites[0] if capacites else None
    except OSError:
        sonde["capacites"] = None
    sonde["dossier_de_travail"] = os.getcwd()
    # Ce qui ne doit pas être visible (le dépôt, le dossier personnel de la machine…) et ce qui ne
    # doit pas être modifiable (système, environnement, données) : essayé, pas supposé.
    sonde["visibles"] = [chemin for chemin in appliquees.get("invisibles", []) if os.path.lexists(chemin)]
    inscriptibles = []
    for dossier in appliquees.get("lecture_seule", []):
        essai = os.path.join(dossier, ".civiclabs-essai-ecriture")
        try:
            with open(essai, "w"):
                pass
            os.remove(essai)
            inscriptibles.append(dossier)
        except OSError:
            pass
    sonde["inscriptibles"] = inscriptibles
    print(json.dumps(sonde))


def dedans(argv):
    limites, connexion, commande = json.loads(argv[0]), argv[1], argv[2:]
    contenu = None
    if connexion and os.path.isfile(CONNEXION):  # lu avant de quitter root : il appartient à nbgrader
        with open(CONNEXION, "rb") as fichier:
            contenu = fichier.read()
    if os.getuid() == 0 and limites.get("uid") is not None:
        _devenir_nobody(limites["uid"])
    appliquees = _poser_les_limites(limites, nproc=not limites.get("cgroupe_processus"))
    appliquees.update(invisibles=limites.get("invisibles", []), lecture_seule=limites.get("lecture_seule", []))
    os.makedirs(DOSSIER_TRAVAIL, exist_ok=True)
    os.makedirs(MAISON, exist_ok=True)
    _cache_matplotlib(limites.get("matplotlib"), os.environ.get("MPLCONFIGDIR"))
    _recopier_les_fichiers_rendus("/entree", DOSSIER_TRAVAIL, limites["fichier_mo"] * MO)
    os.chdir(DOSSIER_TRAVAIL)
    if commande[:1] == ["--verifier"]:
        _sonde(appliquees)
        return
    python = sys.executable
    if commande[:1] == ["--executer"]:
        os.execv(python, [python, "-m", "civiclabs.exercices.fonctions_isolees"])
    if contenu is not None:
        connexion = os.path.join(MAISON, "noyau.json")
        with open(connexion, "wb") as fichier:
            fichier.write(contenu)
    os.execv(python, [python, "-m", "ipykernel_launcher", "-f", connexion])


if __name__ == "__main__":
    if sys.argv[1:2] == ["--interieur"]:
        dedans(sys.argv[2:])
    elif sys.argv[1:2] == ["--sonde"]:  # sans bubblewrap, la sonde tourne là où tournerait le noyau
        limites = json.loads(sys.argv[2])
        _sonde({"limites": limites, "hors_bac_a_sable": True, "invisibles": limites.get("invisibles", []),
                "lecture_seule": limites.get("lecture_seule", [])})
    else:
        dehors(sys.argv[1:])
