"""`make lab` ne sert pas le formgrader.

Le JupyterLab de `make lab` a des terminaux et pas de politique de sécurité du contenu : la page de
correction à la main (qui affiche ce que les apprenant·es ont écrit) a son serveur à part, durci,
`make formgrader` (outils/correction/formgrader.py). Ce test lance la cible `make lab` elle-même
(sans refaire l'installation), sur un port libre et avec un jeton, puis vérifie que /formgrader
n'existe pas, que l'interface masque l'entrée « Formgrader » et que Validate reste servi.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import RACINE

DELAI_DEMARRAGE = 90


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _statut(url: str, methode: str = "GET") -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=methode), timeout=20) as reponse:
            return reponse.status
    except urllib.error.HTTPError as erreur:
        return erreur.code


@pytest.mark.skipif(shutil.which("make") is None or not (RACINE / ".venv" / "bin" / "jupyter").exists(),
                    reason="make lab demande make et l'environnement .venv (make installer)")
def test_make_lab_ne_sert_pas_le_formgrader(tmp_path):
    port, jeton = _port_libre(), secrets.token_hex(16)
    options = (f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} --ServerApp.port_retries=0 "
               f"--IdentityProvider.token={jeton}")
    # « -o » : la cible lab telle quelle, sans réinstaller l'environnement s'il paraît périmé.
    commande = ["make", "--no-print-directory", "-o", ".venv/.installation-faite", "lab", f"JUPYTER_ARGS={options}"]
    env = {cle: valeur for cle, valeur in os.environ.items() if not cle.startswith("JUPYTER")}
    env["HOME"] = str(tmp_path)  # ni réglages ni espaces de travail de la machine
    journal = tmp_path / "make_lab.log"
    adresse = f"http://127.0.0.1:{port}"
    with open(journal, "wb") as sortie:
        processus = subprocess.Popen(commande, cwd=RACINE, env=env, stdout=sortie, stderr=subprocess.STDOUT,
                                     start_new_session=True)
    try:
        debut = time.monotonic()
        while _statut_ou_zero(f"{adresse}/api/status?token={jeton}") != 200:
            assert processus.poll() is None, journal.read_text(encoding="utf-8", errors="replace")[-3000:]
            assert time.monotonic() - debut < DELAI_DEMARRAGE, "make lab ne répond pas"
            time.sleep(0.3)

        for chemin in ("/formgrader", "/formgrader/api/status", "/formgrader/manage_assignments", "/formgraders"):
            assert _statut(f"{adresse}{chemin}?token={jeton}") == 404, chemin
        # Validate (le bouton des apprenant·es) reste servi : il n'accepte que POST.
        assert _statut(f"{adresse}/assignments/validate?token={jeton}") == 405

        with urllib.request.urlopen(f"{adresse}/lab?token={jeton}", timeout=30) as page:
            html = page.read().decode("utf-8")
        reglages = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                        html, re.S).group(1))
        masquees = set(reglages["disabledExtensions"])
        assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list"} <= masquees, masquees
        assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list"} <= set(reglages["lockedExtensions"])
        assert not masquees & {"@jupyter/nbgrader:validate-assignment", "@jupyter/nbgrader:assignment-list",
                               "@jupyter/nbgrader:menu"}, masquees
    finally:
        _arreter(processus)
    assert "formgrader | extension was successfully" not in journal.read_text(encoding="utf-8", errors="replace")


def _arreter(processus: subprocess.Popen) -> None:
    """Arrête make et le serveur qu'il a lancé (le groupe de processus créé pour ce test)."""
    for signal_, delai in ((signal.SIGTERM, 20), (signal.SIGKILL, None)):
        try:
            os.killpg(processus.pid, signal_)
        except ProcessLookupError:
            pass
        try:
            processus.wait(timeout=delai)
            return
        except subprocess.TimeoutExpired:
            continue


def _statut_ou_zero(url: str) -> int:
    try:
        return _statut(url)
    except OSError:
        return 0
