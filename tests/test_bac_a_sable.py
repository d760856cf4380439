"""Le bac à sable de chaque copie face à des copies hostiles (issue 14, points 1, 2 et 7).

Une classe du Lab 00 : deux copies ordinaires (juste ; avec les erreurs typiques) et les quatre
copies hostiles de la répétition (outils/correction/classe_fictive.py, ``HOSTILES``), corrigées par la
vraie chaîne (``noter``), deux copies à la fois. Chaque attaque doit échouer ou être bornée et
signalée ; les copies ordinaires gardent exactement leur note, question par question (la note
attendue se lit dans le lab : tous les points d'un exercice juste, aucun pour une erreur typique, dont
l'échec est épinglé par tests/test_exercices.py) ; aucun octet ne change hors du dossier de travail des copies (empreintes) ;
aucun processus ne survit à sa copie ; aucun dossier temporaire ne reste.

Puis l'intégrité (point 2), en mode dégradé exprès (ni bubblewrap ni cgroups) : une copie qui
modifie la copie préparée d'une autre personne arrête la correction, avec un message qui nomme
la copie et le fichier.
"""

import hashlib
import os
import re
from pathlib import Path

import nbformat
import pytest

from conftest import RACINE
from harnais import controles
from outils.correction import bac_a_sable, classe_fictive, isolement, noter
from outils.correction.integrite import Empreintes, IntegriteCompromise

LAB = "00_prise_en_main"
MAXIMUM = 11
LIMITES = isolement.Limites(memoire_mo=1200, fichier_mo=100, disque_mo=200, processus=128)
DELAI = 30
JETON = "jeton-de-la-formatrice-7f3a91"
ORDINAIRES = {"juste": "juste", "erreurs": "avec_erreurs"}


def _cours(dossier):
    return controles.cours_pret(RACINE, dossier, [LAB])


def _rendre(cours, personne, nb):
    dossier = cours / "grading" / "submitted" / personne / LAB
    dossier.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dossier / f"{LAB}.ipynb")


def _sorties(cours, personne) -> str:
    corrigee = controles.lire(cours / "grading" / "autograded" / personne / LAB / f"{LAB}.ipynb")
    return "".join(
        sortie.get("text", "") for cellule in corrigee.cells if cellule.cell_type == "code"
        for sortie in cellule.outputs
    )


def _attaques(cours, personne) -> dict[str, str]:
    return dict(re.findall(r"^ATTAQUE (\S+)=(\S+)", _sorties(cours, personne), flags=re.MULTILINE))


def _hors_des_copies(cours: Path) -> dict[str, str]:
    """Empreintes de tout ce qu'une copie pourrait vouloir toucher, hors des sorties de la
    correction elle-même : le cours, le paquet, les outils, l'environnement, le dossier personnel."""
    sorties = {"autograded", "feedback", "preparees", "gradebook.db", ".nbgrader.log"}
    empreintes = {}
    arbres = [cours, *Empreintes(cours, LAB).arbres[:2]]
    for arbre in arbres:
        for chemin in sorted(arbre.rglob("*")):
            relatif = chemin.relative_to(arbre).parts
            if arbre == cours and (set(relatif) & sorties or chemin.name.startswith(("etat_correction_", "notes_", "bilan_"))):
                continue
            if chemin.is_file():
                empreintes[str(chemin)] = hashlib.sha256(chemin.read_bytes()).hexdigest()
    for site in Path(os.sys.prefix).glob("lib/python3*/site-packages"):
        empreintes[str(site)] = "\n".join(sorted(p.name for p in site.iterdir()))
        for pth in site.glob("*.pth"):
            empreintes[str(pth)] = hashlib.sha256(pth.read_bytes()).hexdigest()
    maison = Path.home()
    for nom in (".ssh", ".bash_history", ".gitconfig", ".netrc", ".profile", ".bashrc"):
        if (maison / nom).is_file():
            empreintes[str(maison / nom)] = hashlib.sha256((maison / nom).read_bytes()).hexdigest()
    return empreintes


def _processus_du_demon() -> list[str]:
    trouves = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                ligne = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if classe_fictive.MARQUE_DEMON in ligne:
                trouves.append(f"{pid} : {ligne}")
    return trouves


def _cgroups_restants() -> list[str]:
    restants = []
    for racine in (Path("/sys/fs/cgroup/memory"), Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup")):
        if racine.is_dir():
            restants += [str(p) for p in racine.rglob(f"civiclabs-{os.getpid()}-*")]
    return restants


@pytest.fixture(scope="module")
def reference():
    """Les notes attendues des copies ordinaires, question par question, lues dans le lab."""
    source = controles.lire(RACINE / "solutions" / LAB / f"{LAB}.ipynb")
    points = dict(controles.structure_du_lab(source)["exercices"])
    erronees = classe_fictive.reponses_erronees(LAB)
    return {
        "juste": points,
        "erreurs": {test: 0 if test.removesuffix("_tests") in erronees else p for test, p in points.items()},
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, serveur_local):
    """Les mêmes copies ordinaires, plus les quatre copies hostiles."""
    assert bac_a_sable.trouver_bwrap(), f"bubblewrap manque : {bac_a_sable.COMMANDE_APT} (make test l'installe)"
    cours = _cours(tmp_path_factory.mktemp("hostile"))
    fabrique = classe_fictive.Fabrique(LAB, cours)
    for personne, profil in ORDINAIRES.items():
        _rendre(cours, personne, getattr(fabrique, profil)())
    cibles = classe_fictive.cibles_des_attaques(cours, LAB, autre="juste", port=serveur_local, jeton=JETON)
    for attaque in ("fichiers", "processus", "memoire", "disque"):
        _rendre(cours, f"hostile_{attaque}", fabrique.hostile(attaque, cibles))
    temporaire = tmp_path_factory.mktemp("tmp_de_la_correction")
    avant = _hors_des_copies(cours)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CIVICLABS_JETON_TEST", JETON)  # dans l'environnement de nbgrader : le noyau ne doit pas le voir
        patch.setenv("TMPDIR", str(temporaire))
        patch.setattr("tempfile.tempdir", str(temporaire))
        patch.setenv("CIVICLABS_COPIES_EN_PARALLELE", "2")
        bilan = noter.noter(LAB, cours, limites=LIMITES, delai_cellule=DELAI)
    apres = _hors_des_copies(cours)
    return {"cours": cours, "bilan": bilan, "avant": avant, "apres": apres, "temporaire": temporaire,
            "demon": _processus_du_demon(), "cgroups": _cgroups_restants()}


def _problemes(hostile, personne):
    return " ; ".join(hostile["bilan"].problemes.get(personne, []))


def test_protections_constatees_et_annoncees(hostile):
    protections = hostile["bilan"].protections
    assert protections["bac_a_sable"], protections.get("raison_sans_bac")
    assert protections["cgroupes"] == ["memory", "pids"]
    assert protections["reseau_coupe"] and protections["proc_isole"] and protections["sans_capacites"]
    assert protections["visibles"] == [] and protections["inscriptibles"] == []
    texte = noter.tableau(hostile["bilan"])
    for phrase in ("bac à sable bubblewrap", "lecture seule", "invisibles", "1\u202f200 Mo par processus",
                   "pour la copie entière (cgroup)", "128 processus au plus", "réseau coupé", "Intégrité"):
        assert phrase in texte, phrase


def test_ecritures_hors_du_dossier_de_travail_refusees(hostile):
    attaques = _attaques(hostile["cours"], "hostile_fichiers")
    ecritures = {nom: r for nom, r in attaques.items() if nom.startswith("ecrire_")}
    assert len(ecritures) >= 12 and set(ecritures.values()) == {"refusee"}, ecritures


def test_lectures_des_solutions_du_registre_des_autres_et_des_jetons_refusees(hostile):
    attaques = _attaques(hostile["cours"], "hostile_fichiers")
    lectures = {nom: r for nom, r in attaques.items() if nom.startswith("lire_")}
    assert {"lire_solutions", "lire_carnet_de_notes", "lire_copie_rendue_autre", "lire_jeton"} <= set(lectures)
    assert set(lectures.values()) == {"refusee"}, lectures


def test_reseau_local_injoignable(hostile, serveur_local):
    attaques = _attaques(hostile["cours"], "hostile_fichiers")
    assert attaques[f"reseau_127.0.0.1_{serveur_local}"] == "refusee"


def test_demon_arrete_et_bombe_de_processus_bornee(hostile):
    attaques = _attaques(hostile["cours"], "hostile_processus")
    assert attaques["demon"] == "lance" and attaques["processus"] == "refusee"
    nombre = int(re.search(r"processus=refusee après (\d+)", _sorties(hostile["cours"], "hostile_processus"))[1])
    assert 0 < nombre < LIMITES.processus
    assert f"limite de {LIMITES.processus} processus atteinte" in _problemes(hostile, "hostile_processus")
    assert hostile["demon"] == [], "un processus détaché a survécu à sa copie"
    assert hostile["cgroups"] == [], "des cgroups de copies n'ont pas été supprimés"
    for personne in hostile["bilan"].problemes:
        assert "encore vivant" not in _problemes(hostile, personne)


def test_memoire_bornee_pour_la_copie_entiere(hostile):
    attaques = _attaques(hostile["cours"], "hostile_memoire")
    assert attaques["memoire"] == "refusee", _sorties(hostile["cours"], "hostile_memoire")[:500]
    assert "mémoire de la copie entière dépassée" in _problemes(hostile, "hostile_memoire")


def test_disque_borne_pour_la_copie_entiere(hostile):
    sorties = _sorties(hostile["cours"], "hostile_disque")
    assert _attaques(hostile["cours"], "hostile_disque")["disque"] == "refusee"
    assert int(re.search(r"disque=refusee après (\d+) Mo", sorties)[1]) <= LIMITES.disque_mo
    assert "espace disque de la copie épuisé (limite 200 Mo" in _problemes(hostile, "hostile_disque")


def test_chaque_copie_garde_sa_note(hostile, reference):
    notes = hostile["bilan"].notes
    automatiques = {test: p for test, p in notes["juste"]["questions"].items() if test in reference["juste"]}
    assert automatiques == reference["juste"] and sum(automatiques.values()) == MAXIMUM
    automatiques = {test: p for test, p in notes["erreurs"]["questions"].items() if test in reference["erreurs"]}
    assert automatiques == reference["erreurs"] and 0 < sum(automatiques.values()) < MAXIMUM
    for attaque in ("fichiers", "processus", "memoire", "disque"):  # l'attaque, puis la bonne réponse
        assert notes[f"hostile_{attaque}"]["automatique"] == MAXIMUM, attaque


def test_aucun_octet_ne_change_hors_des_dossiers_de_travail(hostile):
    avant, apres = hostile["avant"], hostile["apres"]
    changes = sorted(c for c in set(avant) | set(apres) if avant.get(c) != apres.get(c))
    assert changes == []
    assert list(hostile["temporaire"].iterdir()) == [], "des dossiers temporaires sont restés"
    # ce qu'une copie écrit dans son dossier de travail disparaît avec lui : ni copie notée, ni retour
    grading = hostile["cours"] / "grading"
    assert not list(grading.rglob("fichier_ecrit_par_la_copie.txt"))
    assert {p.name for p in (grading / "autograded" / "hostile_fichiers" / LAB).iterdir()} <= {f"{LAB}.ipynb", "timestamp.txt"}


def test_sans_bubblewrap_ni_cgroups_le_bilan_dit_ce_qui_manque(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVICLABS_SANS_BAC_A_SABLE", "1")
    monkeypatch.setenv("CIVICLABS_SANS_CGROUPES", "1")
    protections = isolement.installer_noyau(tmp_path, LIMITES, RACINE)
    assert not protections["bac_a_sable"] and protections["cgroupes"] == []
    resume = protections["resume"]
    assert "bac à sable NON appliqué" in resume and "CIVICLABS_SANS_BAC_A_SABLE" in resume
    assert "par processus seulement" in resume and "nombre de processus NON borné" in resume
    assert "processus détachés NON arrêtés" in resume
    assert "bac à sable bubblewrap" not in resume and "(cgroup)" not in resume


def test_integrite_une_copie_qui_modifie_une_autre_arrete_la_correction(tmp_path, monkeypatch):
    """Sans bac à sable (exprès), une copie modifie la copie préparée d'une autre personne."""
    monkeypatch.setenv("CIVICLABS_SANS_BAC_A_SABLE", "1")
    monkeypatch.setenv("CIVICLABS_SANS_CGROUPES", "1")
    monkeypatch.setenv("CIVICLABS_COPIES_EN_PARALLELE", "1")
    cours = _cours(tmp_path / "cours")
    fabrique = classe_fictive.Fabrique(LAB, cours)
    _rendre(cours, "a_juste", fabrique.juste())
    cible = cours / "grading" / "preparees" / "a_juste" / LAB / f"{LAB}.ipynb"
    intrus = f"with open({str(cible)!r}, 'a') as f:\n    f.write(' ')\n" + fabrique.justes[fabrique.code[0]]
    _rendre(cours, "b_intrus", controles.remplir(fabrique.version, {**fabrique.justes, fabrique.code[0]: intrus}))
    with pytest.raises(IntegriteCompromise) as erreur:
        noter.noter(LAB, cours, limites=LIMITES, delai_cellule=DELAI)
    message = str(erreur.value)
    assert "« b_intrus »" in message
    assert f"grading/preparees/a_juste/{LAB}/{LAB}.ipynb (modifié)" in message
    assert "Correction arrêtée" in message
    etat = (cours / "grading" / f"etat_correction_{LAB}.json").read_text(encoding="utf-8")
    assert "a_juste" in etat and "b_intrus" not in etat  # le registre garde ce qui a été corrigé avant
