"""Lancement en un clic depuis le README : badges Binder par lab, liens SSP Cloud (Onyxia) et
leur script d'initialisation, tous tirés de la table des labs d'outils/fabrication/lancement.py."""

import os
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from conftest import LABS, RACINE
from outils.fabrication import lancement

README = (RACINE / "README.md").read_text(encoding="utf-8")
SCRIPT = RACINE / lancement.SCRIPT_ONYXIA


def test_le_readme_est_a_jour_avec_la_table_des_labs():
    assert lancement.mettre_a_jour(README) == README, "lancez : python -m outils.fabrication.lancement"


def test_la_table_couvre_exactement_les_labs_du_depot():
    assert [lab.dossier for lab in lancement.LABS if lab.dossier] == LABS
    numeros = [lab.numero for lab in lancement.LABS]
    assert numeros == sorted(set(numeros))
    for lab in lancement.LABS:
        if lab.dossier:
            assert lab.dossier.startswith(lab.numero + "_")


@pytest.mark.parametrize("lab", LABS)
def test_chaque_lab_a_son_badge_binder_et_son_lien_ssp_cloud(lab):
    liens = lancement.liens_de_lancement(README)
    notebook = f"labs/{lab}/{lab}.ipynb"
    assert f"https://mybinder.org/v2/gh/civiclabs/civiclabs/main?urlpath=lab/tree/{notebook}" in liens
    onyxia = [u for u in liens if u.startswith(lancement.ONYXIA) and urllib.parse.quote(f"«{lab}»", safe="") in u]
    assert len(onyxia) == 1, onyxia
    assert f"]({notebook})" in README, "le nom du lab renvoie à son notebook"


def test_chaque_lien_de_lancement_mene_a_un_notebook_qui_existe():
    liens = lancement.liens_de_lancement(README)
    assert len(liens) == 1 + 2 * len(LABS)  # le badge du haut, puis deux liens par lab
    assert lancement.problemes_liens(README) == []


def test_le_lien_ssp_cloud_est_bien_forme():
    lab = next(lab for lab in lancement.LABS if lab.dossier)
    adresse = urllib.parse.urlsplit(lancement.lien_onyxia(lab))
    assert (adresse.scheme, adresse.netloc, adresse.path) == (
        "https", "datalab.sspcloud.fr", "/launcher/ide/jupyter-python")
    parametres = dict(urllib.parse.parse_qsl(adresse.query))
    assert parametres["autoLaunch"] == "true"
    assert parametres["init.personalInit"] == (
        "«https://raw.githubusercontent.com/civiclabs/civiclabs/main/outils/deploiement/onyxia/init.sh»")
    assert parametres["init.personalInitArgs"] == f"«{lab.dossier}»"


def test_un_lien_casse_est_signale():
    casse = README.replace("lab/tree/labs/00_prise_en_main/00_prise_en_main.ipynb",
                           "lab/tree/labs/00_prise_en_main/00_prise_en_mian.ipynb")
    casse = casse.replace("%C2%AB01_classer_les_demandes%C2%BB", "%C2%AB01_classer_les_demande%C2%BB")
    casse = casse.replace("outils%2Fdeploiement%2Fonyxia%2Finit.sh", "outils%2Fdeploiement%2Fonyxia%2Finit.bash", 1)
    casse = casse.replace("gh/civiclabs/civiclabs/main?urlpath=lab/tree/labs)",
                          "gh/autre/depot/main?urlpath=lab/tree/labs)")
    problemes = lancement.problemes_liens(casse)
    assert len(problemes) == 4, problemes
    assert any("00_prise_en_mian.ipynb n'existe pas" in p for p in problemes)
    assert any("'01_classer_les_demande' n'existe pas" in p for p in problemes)
    assert any("script d'initialisation introuvable" in p for p in problemes)
    assert any("ne vise pas civiclabs/civiclabs@main" in p for p in problemes)


# --- le script d'initialisation du SSP Cloud ---------------------------------------------------


def test_le_script_onyxia_est_du_bash_valide():
    resultat = subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True, text=True)
    assert resultat.returncode == 0, resultat.stderr
    assert SCRIPT.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash")
    assert os.access(SCRIPT, os.X_OK)


def _faux_outils(dossier: Path) -> Path:
    """git, python et jupyter remplacés par des doublures qui notent leurs appels : le script
    tourne sans réseau ni installation. « git clone » copie les fichiers du dépôt utiles."""
    bin_ = dossier / "bin"
    bin_.mkdir(parents=True)
    doublures = {
        "git": f"""echo "git $*" >> "$JOURNAL"
destination="${{@: -1}}"
mkdir -p "$destination/.git" "$destination/outils/deploiement"
cp -r "{RACINE}/labs" "{RACINE}/postBuild" "{RACINE}/pyproject.toml" "$destination/"
cp "{RACINE}/outils/deploiement/jupyterlab_overrides.json" "$destination/outils/deploiement/"
""",
        "python": """echo "python $* (dans $PWD)" >> "$JOURNAL"
if [ "$1" = "-c" ]; then
    case "$2" in *version_info*) echo "${FAUX_VERSION:-3.11}" ;; *) echo "$FAUX_PREFIXE" ;; esac
fi
""",
        "jupyter": 'echo "jupyter $*" >> "$JOURNAL"\n',
    }
    for nom, corps in doublures.items():
        (bin_ / nom).write_text("#!/usr/bin/env bash\n" + corps, encoding="utf-8")
        (bin_ / nom).chmod(0o755)
    return bin_


def _lancer_le_script(tmp_path: Path, *arguments: str, version: str = "3.11") -> tuple[subprocess.CompletedProcess, Path]:
    journal = tmp_path / "journal.txt"
    bin_ = tmp_path / "bin" if (tmp_path / "bin").exists() else _faux_outils(tmp_path)
    env = {
        **os.environ,
        "PATH": f"{bin_}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path / "accueil"), "CIVICLABS_ACCUEIL": str(tmp_path / "accueil"),
        "JOURNAL": str(journal), "FAUX_PREFIXE": str(tmp_path / "prefixe"), "FAUX_VERSION": version,
    }
    resultat = subprocess.run(["bash", str(SCRIPT), *arguments], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
    return resultat, journal


def test_le_script_onyxia_installe_le_cours_et_ouvre_le_lab(tmp_path):
    lab = "01_classer_les_demandes"
    resultat, journal = _lancer_le_script(tmp_path, lab)
    assert resultat.returncode == 0, resultat.stderr
    cours = tmp_path / "accueil" / "work" / "civiclabs"
    appels = journal.read_text(encoding="utf-8")
    assert f"git clone --quiet --depth 1 --branch main https://github.com/civiclabs/civiclabs.git {cours}" in appels
    assert f"python -m pip install --quiet --no-cache-dir -e . (dans {cours})" in appels
    assert "@jupyter/nbgrader:formgrader" in appels and "@jupyter/nbgrader:create-assignment" in appels
    assert "jupyter server extension disable --sys-prefix nbgrader.server_extensions.formgrader" in appels
    assert (tmp_path / "prefixe" / "share" / "jupyter" / "lab" / "settings" / "overrides.json").is_file()
    configuration = (tmp_path / "accueil" / ".jupyter" / "jupyter_server_config.py").read_text(encoding="utf-8")
    chemin = f"civiclabs/labs/{lab}/{lab}.ipynb"
    assert f"c.LabApp.default_url = '/lab/tree/{chemin}'" in configuration
    assert (tmp_path / "accueil" / "work" / chemin).is_file()

    # Service relancé : la copie du cours (et le travail fait) est gardée.
    resultat, journal = _lancer_le_script(tmp_path, lab)
    assert resultat.returncode == 0, resultat.stderr
    assert journal.read_text(encoding="utf-8").count("git clone") == 1


@pytest.mark.parametrize("argument", ["../../etc", "09_lab_inexistant"])
def test_le_script_onyxia_refuse_un_lab_inconnu(tmp_path, argument):
    resultat, _ = _lancer_le_script(tmp_path, argument)
    assert resultat.returncode == 2
    assert "civiclabs :" in resultat.stderr and argument in resultat.stderr


def test_le_script_onyxia_explique_quand_python_n_est_pas_3_11(tmp_path):
    resultat, journal = _lancer_le_script(tmp_path, "00_prise_en_main", version="3.12")
    assert resultat.returncode == 2
    assert "Python 3.12, le cours demande Python 3.11" in resultat.stderr and "py3.11" in resultat.stderr
    assert "pip install" not in journal.read_text(encoding="utf-8")
