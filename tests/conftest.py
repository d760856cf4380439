"""Réglages communs de la suite de tests."""

import os
import sys
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE / "outils"))

# nbgrader appelle alembic, et les noyaux Jupyter sont ceux de l'environnement courant.
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
os.environ.pop("MPLBACKEND", None)
os.environ.pop("CIVICLABS_DONNEES", None)

import labs as outil_labs  # noqa: E402

LABS = outil_labs.lister_labs(RACINE)


@pytest.fixture(scope="session")
def racine() -> Path:
    return RACINE
