"""Réglages communs de la suite de tests.

Les tests sont rangés par niveau (marqueurs déclarés dans pyproject.toml) :
``notebooks`` (exécutent les notebooks), ``correction`` (corrigent des copies avec nbgrader),
``navigateur`` (JupyterLab dans Chromium) ; tout le reste est rapide. ``make test-rapide``
ne lance que les tests rapides ; ``make test`` lance tout.

Chaque notebook de solution est exécuté **une seule fois** par
session (fixture ``executions``) ; tous les tests qui en lisent le résultat le partagent.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from harnais import controles
from outils.fabrication import labs as outil_labs

RACINE = Path(__file__).resolve().parent.parent

# nbgrader appelle alembic, et les noyaux Jupyter sont ceux de l'environnement courant.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
os.environ.pop("MPLBACKEND", None)
os.environ.pop("CIVICLABS_DONNEES", None)
# Ce que les labs enregistrent (rapport du Lab 03, fichiers de civiclabs-synthese) va, pendant les
# tests, dans un dossier temporaire plutôt que dans le dossier personnel (civiclabs.dossier_des_sorties).
os.environ["CIVICLABS_SORTIES"] = tempfile.mkdtemp(prefix="civiclabs-sorties-")

LABS = outil_labs.lister_labs(RACINE)

NIVEAUX = {
    "test_notebooks.py": "notebooks",
    "test_controles.py": "notebooks",
    "test_bench.py": "notebooks",
    "test_correction.py": "correction",
    "test_correction_robuste.py": "correction",
    "test_bac_a_sable.py": "correction",
    "test_copies_hostiles.py": "correction",
    "test_copies_tricheuses.py": "correction",
    "test_navigateur.py": "navigateur",
}


# Les fichiers les plus longs d'abord : pytest-xdist (make test) les confie aux cœurs dès le départ,
# et les fichiers courts remplissent la fin, au lieu qu'un long fichier commence en dernier.
LES_PLUS_LONGS = (
    "test_navigateur.py", "test_correction.py", "test_correction_robuste.py", "test_corpus_realisme.py",
    "test_bac_a_sable.py", "test_corpus.py", "test_copies_tricheuses.py", "test_synthese.py",
    "test_notebooks.py", "test_bench.py", "test_copies_hostiles.py", "test_controles.py",
    "test_contre_epreuve.py", "test_exercices.py",
)


def pytest_collection_modifyitems(items):
    """Chaque test reçoit le marqueur de niveau de son fichier ; les fichiers longs passent en tête."""
    for item in items:
        niveau = NIVEAUX.get(Path(str(item.fspath)).name)
        if niveau:
            item.add_marker(getattr(pytest.mark, niveau))
    rang = {nom: i for i, nom in enumerate(LES_PLUS_LONGS)}
    items.sort(key=lambda item: rang.get(Path(str(item.fspath)).name, len(rang)))


class Executions:
    """Les notebooks du cours exécutés une fois, à la demande, puis gardés pour la session."""

    def __init__(self, dossier: Path):
        self.dossier = dossier
        self._solutions: dict[str, object] = {}

    def solution(self, lab: str):
        """La solution exécutée par papermill depuis une copie isolée, loin du dépôt (les
        données doivent se trouver quand même)."""
        if lab not in self._solutions:
            dossier = self.dossier / f"solution_{lab}"
            dossier.mkdir()
            copie = dossier / f"{lab}.ipynb"
            shutil.copy(RACINE / "solutions" / lab / f"{lab}.ipynb", copie)
            self._solutions[lab] = controles.executer_papermill(copie, dossier / "sortie.ipynb", cwd=dossier)
        return self._solutions[lab]



@pytest.fixture(scope="session")
def executions(tmp_path_factory) -> Executions:
    return Executions(tmp_path_factory.mktemp("executions"))


@pytest.fixture(scope="session")
def racine() -> Path:
    return RACINE


@pytest.fixture(scope="module")
def serveur_local():
    """Un serveur TCP sur la machine (port renvoyé) : aucune copie corrigée ne doit pouvoir s'y connecter."""
    serveur = socket.socket()
    serveur.bind(("127.0.0.1", 0))
    serveur.listen()
    arret = threading.Event()

    def accepter():
        serveur.settimeout(0.5)
        while not arret.is_set():
            try:
                serveur.accept()[0].close()
            except OSError:
                pass

    fil = threading.Thread(target=accepter, daemon=True)
    fil.start()
    yield serveur.getsockname()[1]
    arret.set()
    fil.join()
    serveur.close()


@pytest.fixture(scope="module")
def executant(tmp_path_factory):
    """L'exécutant des fonctions de la contre-épreuve (la classe de la correction), ici sans bac à
    sable : ``make grade`` le lance dans celui de la copie."""
    import sys

    from outils.correction.contre_epreuve import Executant

    processus = Executant([sys.executable, "-m", "civiclabs.exercices.fonctions_isolees"], dict(os.environ),
                          tmp_path_factory.mktemp("executant"))
    yield processus
    processus.fermer()
