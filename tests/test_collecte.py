"""`nbgrader zip_collect` face à des archives piégées : l'extracteur du cours
(outils/correction/collecte.py, déclaré dans grading/nbgrader_config.py).

Les premiers tests (rapides) vérifient les règles une à une. Les suivants (niveau « correction ») lancent la
vraie commande `nbgrader zip_collect` sur un cours temporaire où l'on a déposé, à côté de bonnes copies,
une bombe de décompression, une archive dont l'en-tête ment sur la taille, une archive dans l'archive, des
chemins qui sortent du dossier (« .. », absolu, lettre de lecteur), un lien symbolique, un tube, un
élément en double, une archive .tar.gz et un faux zip. Ils exigent que les bonnes copies arrivent dans
grading/submitted/, que chaque élément piégé soit refusé avec sa raison en français, que rien ne soit écrit
hors du dossier d'extraction et que la mémoire reste bornée (la bombe est refusée avant d'être extraite).
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import threading
import warnings
import zipfile
from pathlib import Path

import pytest

from conftest import RACINE
from harnais import controles
from outils.correction import collecte

LAB = "00_prise_en_main"
MO = 1024 * 1024


# --- les règles, une à une (rapide) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "nom, raison",
    [
        ("../evade.ipynb", "remonte"),
        ("copies/../../evade.ipynb", "remonte"),
        ("..\\..\\evade.ipynb", "remonte"),
        ("/tmp/x.ipynb", "chemin absolu"),
        ("\\\\serveur\\partage\\x.ipynb", "chemin absolu"),
        ("C:\\Users\\x.ipynb", "lettre de lecteur"),
        ("c:x.ipynb", "lettre de lecteur"),
        ("copie\x1b[2J.ipynb", "caractère de contrôle"),
        ("copie\x00.ipynb", "caractère de contrôle"),
        ("copie\u202egnp.ipynb", "invisible"),
        ("./", "nom vide"),
    ],
)
def test_un_chemin_qui_pourrait_sortir_est_refuse(nom, raison):
    with pytest.raises(collecte.Refus, match=raison):
        collecte.chemin_relatif_sur(nom)


@pytest.mark.parametrize(
    "nom, parties",
    [
        ("apprenant07_00_prise_en_main.ipynb", ["apprenant07_00_prise_en_main.ipynb"]),
        ("groupe b/./apprenant07.ipynb", ["groupe b", "apprenant07.ipynb"]),
        ("groupe_b\\apprenant07.ipynb", ["groupe_b", "apprenant07.ipynb"]),
        ("groupe_b//copie..finale.ipynb", ["groupe_b", "copie..finale.ipynb"]),
    ],
)
def test_un_chemin_ordinaire_est_garde(nom, parties):
    assert collecte.chemin_relatif_sur(nom) == parties


def test_liens_tubes_et_elements_chiffres_refuses():
    for mode, raison in ((stat.S_IFLNK | 0o777, "lien symbolique"), (stat.S_IFIFO | 0o644, "ni un fichier"),
                         (stat.S_IFCHR | 0o644, "ni un fichier")):
        info = zipfile.ZipInfo("x.ipynb")
        info.external_attr = mode << 16
        with pytest.raises(collecte.Refus, match=raison):
            collecte.verifier_type(info)
    chiffre = zipfile.ZipInfo("x.ipynb")
    chiffre.flag_bits |= 0x1
    with pytest.raises(collecte.Refus, match="chiffré"):
        collecte.verifier_type(chiffre)
    ordinaire = zipfile.ZipInfo("x.ipynb")
    ordinaire.external_attr = (stat.S_IFREG | 0o644) << 16
    collecte.verifier_type(ordinaire)


def test_le_compteur_arrete_un_flux_sans_fin_sans_tout_lire():
    """Un contenu qui ne finit jamais (en-tête qui ment, flux piégé) est arrêté à la limite, bloc par bloc."""

    class SansFin:
        lus = 0

        def read(self, n):
            self.lus += n
            return b"{" + b" " * (n - 1)

    source, limite = SansFin(), 5 * MO
    with pytest.raises(collecte.Refus, match="trop long"):
        collecte.copier_borne(source, io.BytesIO(), limite, "trop long")
    assert source.lus <= limite + collecte.BLOC


def test_une_archive_deguisee_en_notebook_est_reconnue():
    tampon = io.BytesIO()
    with zipfile.ZipFile(tampon, "w") as zf:
        zf.writestr("x.ipynb", "{}")
    for debut in (tampon.getvalue(), b"\x1f\x8b\x08\x00", b"Rar!\x1a\x07\x00", b"7z\xbc\xaf\x27\x1c"):
        with pytest.raises(collecte.Refus, match="archive déguisée"):
            collecte.examiner_debut(debut)
    collecte.examiner_debut(b'{\n "cells": []}')


def test_meme_limite_par_notebook_que_make_grade():
    from outils.correction.copies import TAILLE_MAX_MO

    assert collecte.TAILLE_MAX_NOTEBOOK_MO == TAILLE_MAX_MO


def test_la_configuration_du_cours_declare_l_extracteur(monkeypatch):
    from nbgrader.apps import ZipCollectApp

    monkeypatch.chdir(RACINE)
    app = ZipCollectApp()
    app.initialize([LAB])
    assert app.extractor_plugin is collecte.ExtracteurSur


# --- la vraie commande, sur des archives piégées (niveau « correction ») ---------------------------


def _ajouter(zf: zipfile.ZipFile, nom: str, contenu: bytes, mode: int = stat.S_IFREG | 0o644) -> None:
    info = zipfile.ZipInfo(nom, date_time=(2026, 11, 5, 10, 0, 0))
    info.create_system, info.external_attr, info.compress_type = 3, mode << 16, zipfile.ZIP_DEFLATED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # « Duplicate name » : voulu
        zf.writestr(info, contenu)


def _zeros(zf: zipfile.ZipFile, nom: str, taille_mo: int) -> None:
    """Un élément de ``taille_mo`` Mo de zéros, écrit par blocs (l'archive pèse ~ 1/200 de ça)."""
    with zf.open(nom, "w") as element:
        bloc = bytes(MO)
        for _ in range(taille_mo):
            element.write(bloc)


def _mentir_sur_la_taille(archive: Path, taille_annoncee: int) -> None:
    """Réécrit la taille décompressée annoncée par l'en-tête local et le répertoire central."""
    with zipfile.ZipFile(archive) as zf:
        (info,), central = zf.infolist(), zf.start_dir
    octets = bytearray(archive.read_bytes())
    assert octets[info.header_offset:info.header_offset + 4] == b"PK\x03\x04"
    assert octets[central:central + 4] == b"PK\x01\x02"
    octets[info.header_offset + 22:info.header_offset + 26] = taille_annoncee.to_bytes(4, "little")
    octets[central + 24:central + 28] = taille_annoncee.to_bytes(4, "little")
    archive.write_bytes(bytes(octets))


def _releve(dossier: Path, sauf: tuple[Path, ...]) -> dict[str, str]:
    """Chaque fichier et lien sous ``dossier`` (hors ``sauf``), avec l'empreinte de son contenu."""
    releve = {}
    for chemin in sorted(dossier.rglob("*")):
        if any(chemin == s or s in chemin.parents for s in sauf):
            continue
        if chemin.is_symlink():
            releve[str(chemin)] = "lien → " + os.readlink(chemin)
        elif chemin.is_file():
            releve[str(chemin)] = hashlib.sha256(chemin.read_bytes()).hexdigest()
        else:
            releve[str(chemin)] = "dossier"
    return releve


# Un petit Python neuf lance la commande et écrit la mémoire maximale de son enfant : mesurée
# directement depuis le processus de test, elle compterait la mémoire de ce processus (copiée au
# fork, avant l'exec), plusieurs centaines de Mo sous pytest-xdist.
_MESURER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
    "sys.exit(code)\n"
)


def _lancer_en_mesurant(commande: list[str], cwd: Path, journal: Path, delai: float = 120):
    """Lance ``commande`` et renvoie (code de retour, sortie, mémoire résidente maximale en Mo)."""
    memoire = journal.with_suffix(".memoire")
    with open(journal, "wb") as sortie:
        processus = subprocess.Popen([sys.executable, "-c", _MESURER, str(memoire), *commande], cwd=cwd,
                                     env=controles.environnement_outils(), stdout=sortie, stderr=subprocess.STDOUT)
    minuteur = threading.Timer(delai, processus.kill)
    minuteur.start()
    try:
        processus.wait()
    finally:
        minuteur.cancel()
    return processus.returncode, journal.read_text(encoding="utf-8", errors="replace"), int(memoire.read_text()) / 1024


# Chaque élément piégé porte un nom que la collecte rangerait (<identifiant>_<lab>.ipynb) : s'il était
# extrait, il arriverait dans grading/submitted/. Pour chacun : un fragment de son nom, le fragment du refus.
REFUS_ATTENDUS = {
    "../apprenant20": "remonte",
    "apprenant21": "remonte",
    "apprenant22": "chemin absolu",
    "apprenant23": "lettre de lecteur",
    "apprenant24": "lien symbolique",
    "apprenant25_": "archive dans l'archive",
    "apprenant26": "archive déguisée",
    "apprenant27": "ni un fichier ni un dossier",
    "apprenant08": "élément en double",
    "apprenant28": "au-delà de la limite de 100 Mo par notebook",
    "« bombe.zip » annonce 450 Mo": "au-delà de la limite de 200 Mo par archive",
    "apprenant31": "en-tête falsifié",
    "envoi.tar.gz": "seules les archives .zip",
    "lien_apprenant32": "lien symbolique",
    "abime.zip": "n'est pas une archive .zip lisible",
    "« nombreux.zip » annonce 2001 éléments": "au-delà de la limite de 2000",
}


@pytest.fixture(scope="module")
def collecte_piegee(tmp_path_factory):
    base = tmp_path_factory.mktemp("collecte")
    cours = controles.copier_cours(RACINE, base / "cours")
    (cours / "labs" / LAB).mkdir(parents=True)
    shutil.copy(RACINE / "labs" / LAB / f"{LAB}.ipynb", cours / "labs" / LAB / f"{LAB}.ipynb")
    copie = (RACINE / "labs" / LAB / f"{LAB}.ipynb").read_bytes()
    secret = base / "secret" / "solution.ipynb"  # ce qu'un lien symbolique viserait
    secret.parent.mkdir()
    secret.write_text('{"secret": "la solution"}', encoding="utf-8")
    hors = base / "hors"  # où viserait le chemin absolu
    hors.mkdir()
    depot = cours / "grading" / "downloaded" / LAB / "archive"
    depot.mkdir(parents=True)

    (depot / f"apprenant07_{LAB}.ipynb").write_bytes(copie)
    (depot / f"lien_apprenant32_{LAB}.ipynb").symlink_to(secret)
    with zipfile.ZipFile(depot / "envoi.zip", "w") as zf:
        _ajouter(zf, f"apprenant08_{LAB}.ipynb", copie)
        _ajouter(zf, f"../apprenant20_{LAB}.ipynb", copie)
        _ajouter(zf, f"../../../../../apprenant21_{LAB}.ipynb", copie)
        _ajouter(zf, str(hors / f"apprenant22_{LAB}.ipynb"), copie)
        _ajouter(zf, f"C:\\apprenant23_{LAB}.ipynb", copie)
        _ajouter(zf, f"apprenant24_{LAB}.ipynb", str(secret).encode(), stat.S_IFLNK | 0o777)
        interieur = io.BytesIO()
        with zipfile.ZipFile(interieur, "w") as imbrique:
            imbrique.writestr(f"apprenant25_{LAB}.ipynb", copie)
        _ajouter(zf, f"apprenant25_{LAB}.zip", interieur.getvalue())
        _ajouter(zf, f"apprenant26_{LAB}.ipynb", interieur.getvalue())
        _ajouter(zf, f"apprenant27_{LAB}.ipynb", b"", stat.S_IFIFO | 0o644)
        _ajouter(zf, f"apprenant08_{LAB}.ipynb", b'{"un": "doublon"}')
        _ajouter(zf, f"__MACOSX/._apprenant08_{LAB}.ipynb", b"\x00\x05\x16\x07")
        _ajouter(zf, "lisez-moi.txt", b"Mes copies")
    with zipfile.ZipFile(depot / "lourd.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        _zeros(zf, f"apprenant28_{LAB}.ipynb", 150)
        _ajouter(zf, f"apprenant09_{LAB}.ipynb", copie)
    with zipfile.ZipFile(depot / "bombe.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        _zeros(zf, f"apprenant29_{LAB}.ipynb", 300)
        _zeros(zf, f"apprenant30_{LAB}.ipynb", 150)
    with zipfile.ZipFile(depot / "mensonge.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        _zeros(zf, f"apprenant31_{LAB}.ipynb", 300)
    _mentir_sur_la_taille(depot / "mensonge.zip", 1000)
    with tarfile.open(depot / "envoi.tar.gz", "w:gz") as tar:
        info = tarfile.TarInfo(f"apprenant33_{LAB}.ipynb")
        info.size = len(copie)
        tar.addfile(info, io.BytesIO(copie))
    (depot / "abime.zip").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    with zipfile.ZipFile(depot / "nombreux.zip", "w") as zf:
        zf.writestr(f"apprenant34_{LAB}.ipynb", copie)
        for i in range(2000):
            zf.writestr(f"{i}", b"")

    extraction = cours / "grading" / "downloaded" / LAB / "extracted"
    rendus = cours / "grading" / "submitted"
    avant = _releve(base, sauf=(extraction, rendus))
    code, sortie, memoire_mo = _lancer_en_mesurant(
        [sys.executable, "-m", "nbgrader", "zip_collect", LAB], cours, tmp_path_factory.mktemp("journal") / "zip_collect.txt",
    )
    apres = _releve(base, sauf=(extraction, rendus))
    return {"cours": cours, "copie": copie, "code": code, "sortie": sortie, "memoire_mo": memoire_mo,
            "avant": avant, "apres": apres, "extraction": extraction, "rendus": rendus, "secret": secret}


@pytest.mark.correction
def test_les_bonnes_copies_sont_rangees(collecte_piegee):
    c = collecte_piegee
    assert c["code"] == 0, c["sortie"][-3000:]
    assert "Using file extractor: ExtracteurSur" in c["sortie"]
    personnes = sorted(p.name for p in c["rendus"].iterdir())
    assert personnes == ["apprenant07", "apprenant08", "apprenant09"], c["sortie"][-3000:]
    for personne in personnes:
        assert (c["rendus"] / personne / LAB / f"{LAB}.ipynb").read_bytes() == c["copie"]  # pas le doublon


@pytest.mark.correction
def test_chaque_element_piege_est_refuse_en_francais(collecte_piegee):
    refus = [ligne for ligne in collecte_piegee["sortie"].splitlines() if "REFUSÉ : " in ligne]
    for nom, raison in REFUS_ATTENDUS.items():
        assert any(nom in ligne and raison in ligne for ligne in refus), (nom, raison, refus)
    assert len(refus) == len(REFUS_ATTENDUS), refus
    assert "3 notebook(s) extrait(s) ou copié(s)" in collecte_piegee["sortie"]
    assert f"{len(REFUS_ATTENDUS)} refus" in collecte_piegee["sortie"]
    assert "Ignoré : « lisez-moi.txt » n'est pas un notebook" in collecte_piegee["sortie"]


@pytest.mark.correction
def test_rien_n_est_ecrit_hors_du_dossier_d_extraction(collecte_piegee):
    c = collecte_piegee
    assert c["apres"] == c["avant"]
    extraits = sorted(p for p in c["extraction"].rglob("*"))
    assert not [p for p in extraits if p.is_symlink()]
    fichiers = sorted(str(p.relative_to(c["extraction"])) for p in extraits if p.is_file())
    assert fichiers == [f"apprenant07_{LAB}.ipynb", f"envoi/apprenant08_{LAB}.ipynb", f"lourd/apprenant09_{LAB}.ipynb"]
    assert not any(c["secret"].read_bytes() == p.read_bytes() for p in c["rendus"].rglob("*.ipynb"))


@pytest.mark.correction
def test_la_bombe_est_refusee_avant_d_etre_decompressee(collecte_piegee):
    c = collecte_piegee
    assert not (c["extraction"] / "bombe").exists()  # rien n'en est extrait, même pas le dossier
    # Python, nbgrader et ses dépendances occupent ~120 Mo ; décompresser la bombe en mémoire en
    # demanderait au moins 300.
    assert c["memoire_mo"] < 250, f"mémoire maximale de zip_collect : {c['memoire_mo']:.0f} Mo"
