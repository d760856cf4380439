"""Les labs dans un vrai navigateur, tels que les apprenant·es les voient.

Un seul JupyterLab pour tout le module, lancé depuis la racine du dépôt sur un port libre de
127.0.0.1 (avec jeton, réglages et sauvegarde automatique isolés dans un dossier temporaire),
arrêté à la fin par son propre pid ; Chromium (paquet Debian) piloté par Playwright.

Pour chaque lab :
- la version apprenant·e est ouverte par son adresse, exécutée cellule par cellule jusqu'au
  bout (« Exécuter toutes les cellules » s'arrête à la première erreur, voir
  tests/harnais/navigateur.py) ; les seules erreurs affichées doivent être les ``NotImplementedError``
  des talons (et l'échec ``ReponseIncorrecte`` du test visible qui suit, qui dit quoi faire), et
  aucun test visible ne passe sans réponse (c'est le seul contrôle d'une version apprenant·e
  exécutée : la faire tourner aussi hors du navigateur ne verrait rien de plus) ;
  chaque widget doit s'afficher, et réagir quand on le manipule (curseur au clavier, menu) ;
- la solution du premier lab est exécutée par le menu « Exécution → Exécuter toutes les cellules » :
  aucune erreur, et chaque test visible affiche « ✅ Bravo » dans la page. Pour les autres labs, ce
  que la solution ajouterait est déjà vu ailleurs : son exécution et ses tests par papermill
  (test_notebooks), chaque widget affiché et manipulé dans la version apprenant·e ci-dessus, le
  message « Bravo » rendu par le même code (``bravo``) dans chaque lab ;
- une capture par lab est enregistrée dans tests/sorties/navigateur/ (ignoré par git).

Les mêmes contrôles sont montrés en échec sur un notebook cassé exprès, et la vue Binder des
apprenant·es (postBuild appliqué dans un environnement neuf) est vérifiée dans le navigateur.
Chromium absent : les tests échouent avec la commande d'installation (jamais ignorés).
"""

import hashlib
import json
import time
from pathlib import Path

import nbformat
import pytest

from conftest import LABS, RACINE
from harnais import controles, navigateur

SORTIES = navigateur.SORTIES
DUREES: dict[str, float] = {}


@pytest.fixture(scope="module")
def chromium():
    probleme = navigateur.probleme_chromium()
    if probleme:
        pytest.fail(probleme, pytrace=False)


def _empreinte(chemin: Path) -> str:
    return hashlib.sha256(chemin.read_bytes()).hexdigest()


def _fichiers_des_notebooks() -> dict[str, str]:
    """Empreinte de chaque fichier de labs/ et solutions/ (points de contrôle compris)."""
    fichiers = [*(RACINE / "labs").rglob("*"), *(RACINE / "solutions").rglob("*")]
    return {str(f.relative_to(RACINE)): _empreinte(f) for f in fichiers if f.is_file()}


@pytest.fixture(scope="module")
def serveur(tmp_path_factory, chromium):
    SORTIES.mkdir(parents=True, exist_ok=True)
    avant = _fichiers_des_notebooks()
    serveur = navigateur.ServeurJupyter(tmp_path_factory.mktemp("jupyterlab"))
    with serveur:
        yield serveur
    (SORTIES / "durees.json").write_text(json.dumps(DUREES, indent=2, ensure_ascii=False), encoding="utf-8")
    assert serveur.processus.poll() is not None, "le serveur JupyterLab devait être arrêté"
    assert _fichiers_des_notebooks() == avant, "ouvrir et exécuter les labs ne doit rien écrire dans le dépôt"


@pytest.fixture(scope="module")
def chrome(tmp_path_factory, chromium):
    with navigateur.Navigateur(tmp_path_factory.mktemp("profil")) as chrome:
        yield chrome


@pytest.fixture
def page(chrome, serveur):
    page = chrome.nouvelle_page()
    yield page
    page.close()
    serveur.fermer_les_noyaux(attendre=False)


@pytest.mark.parametrize("lab", LABS)
def test_version_apprenant_dans_le_navigateur(lab, page, serveur):
    chemin = f"labs/{lab}/{lab}.ipynb"
    avant = _empreinte(RACINE / chemin)
    bilan = navigateur.controler_version_apprenant(page, serveur, chemin, SORTIES / f"{lab}.png")
    DUREES[f"{lab} (apprenant·e)"] = round(bilan["duree"], 1)
    (SORTIES / f"{lab}.txt").write_text("\n".join(bilan["observations"] + bilan["problemes"]) + "\n", encoding="utf-8")
    assert bilan["problemes"] == []
    assert bilan["observations"], "au moins un widget doit réagir"
    assert _empreinte(RACINE / chemin) == avant, "le notebook du dépôt ne doit pas être modifié"


@pytest.mark.parametrize("lab", LABS[:1])
def test_solution_dans_le_navigateur(lab, page, serveur):
    chemin = f"solutions/{lab}/{lab}.ipynb"
    avant = _empreinte(RACINE / chemin)
    bilan = navigateur.controler_solution(page, serveur, chemin, SORTIES / f"{lab}_solution.png")
    DUREES[f"{lab} (solution)"] = round(bilan["duree"], 1)
    assert bilan["problemes"] == []
    nb = nbformat.read(RACINE / chemin, as_version=4)
    tests_visibles = [
        c for c in nb.cells
        if c.cell_type == "code" and controles.nbgrader(c).get("grade") and not controles.nbgrader(c).get("solution")
    ]
    assert bilan["succes"] >= len(tests_visibles) > 0
    assert _empreinte(RACINE / chemin) == avant, "le notebook du dépôt ne doit pas être modifié"


# --- les contrôles voient un lab cassé --------------------------------------------------------

_CASSE = [
    ("markdown", "# Un lab cassé exprès\n\nPour vérifier que le test du navigateur voit les défauts.", {}),
    ("code", "import ipywidgets as widgets\nfrom IPython.display import display\n\n"
             "curseur = widgets.IntSlider(value=5, min=0, max=10, description=\"Seuil\")\n"
             "sortie = widgets.Output()\nsortie.append_stdout(\"Seuil : 5\\n\")\n\n\n"
             "def actualiser(changement):\n    raise RuntimeError(\"ce widget est cassé exprès\")\n\n\n"
             "curseur.observe(actualiser, names=\"value\")\ndisplay(widgets.VBox([curseur, sortie]))", {}),
    ("code", "# un widget dont le modèle n'existe pas : il ne peut pas s'afficher\n"
             "from IPython.display import display\n\n"
             "display({\"application/vnd.jupyter.widget-view+json\": {\"model_id\": \"0\" * 32, "
             "\"version_major\": 2, \"version_minor\": 0}, \"text/plain\": \"Widget introuvable\"}, raw=True)", {}),
    ("code", "# une erreur inattendue dans une cellule de démonstration\npart = 12 / 0", {}),
    ("code", "reponse = None\n# VOTRE CODE ICI\nraise NotImplementedError()",
     {"nbgrader": {"grade": False, "solution": True, "locked": False, "grade_id": "ex1_1", "schema_version": 3}}),
    ("code", "# un test visible qui passe sans réponse\nassert reponse is None",
     {"nbgrader": {"grade": True, "solution": False, "locked": True, "points": 1, "grade_id": "ex1_1_tests",
                   "schema_version": 3}}),
]


def _notebook_casse(chemin: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    for genre, source, meta in _CASSE:
        cellule = nbformat.v4.new_markdown_cell(source) if genre == "markdown" else nbformat.v4.new_code_cell(source)
        cellule.metadata.update(meta)
        nb.cells.append(cellule)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, chemin)


def test_un_widget_casse_et_une_erreur_inattendue_font_echouer_le_controle(page, serveur):
    chemin = SORTIES / "cas_casse" / "lab_casse.ipynb"
    _notebook_casse(chemin)
    bilan = navigateur.controler_version_apprenant(
        page, serveur, str(chemin.relative_to(RACINE)), SORTIES / "cas_casse.png", delai_widget=5
    )
    problemes = bilan["problemes"]
    (SORTIES / "cas_casse.txt").write_text("\n".join(problemes) + "\n", encoding="utf-8")
    assert any("cellule 3" in p and "ZeroDivisionError" in p for p in problemes), problemes
    assert any("cellule 1" in p and "ne réagit pas" in p for p in problemes), problemes
    assert any("cellule 2" in p and "widget non affiché" in p for p in problemes), problemes
    assert any("cellule 5 (ex1_1_tests)" in p and "réussi sans aucune réponse" in p for p in problemes), problemes
    assert not any("(ex1_1)" in p for p in problemes), "le talon NotImplementedError est attendu"
    assert len(problemes) == 4, problemes


# --- la vue Binder des apprenant·es -------------------------------------------------------------


def _etat_de_l_environnement_partage() -> dict[str, str]:
    """Empreintes de la configuration Jupyter de .venv, que le test Binder ne doit pas toucher."""
    import sys

    prefixe = Path(sys.prefix)
    fichiers = [*(prefixe / "etc" / "jupyter").rglob("*"),
                *(prefixe / "share" / "jupyter" / "lab" / "settings").rglob("*")]
    return {str(f): _empreinte(f) for f in fichiers if f.is_file()}


@pytest.fixture(scope="module")
def serveur_binder(tmp_path_factory, chromium):
    dossier = tmp_path_factory.mktemp("binder")
    avant = _etat_de_l_environnement_partage()
    dossier_bin = navigateur.preparer_environnement_binder(dossier / "environnement")
    resultat = navigateur.appliquer_postbuild(dossier_bin, dossier / "postbuild")
    assert resultat.returncode == 0, f"postBuild a échoué :\n{resultat.stdout[-2000:]}\n{resultat.stderr[-2000:]}"
    assert _etat_de_l_environnement_partage() == avant, "postBuild ne doit pas modifier .venv"
    with navigateur.ServeurJupyter(dossier / "serveur", dossier_bin=dossier_bin) as serveur_binder:
        yield serveur_binder


def test_vue_binder_des_apprenant_es_sans_outils_de_correction_avec_validate(chrome, serveur_binder, serveur):
    # « Validate » enregistre le notebook avant de le vérifier : on travaille sur une copie.
    copie = SORTIES / "binder" / "00_prise_en_main.ipynb"
    copie.parent.mkdir(parents=True, exist_ok=True)
    copie.write_bytes((RACINE / "labs" / "00_prise_en_main" / "00_prise_en_main.ipynb").read_bytes())
    chemin = str(copie.relative_to(RACINE))
    cellules = len(nbformat.read(copie, as_version=4).cells)

    # Ce que voit une formatrice (serveur du test, extensions de nbgrader actives) : le contrôle sait les voir.
    page = chrome.nouvelle_page()
    navigateur.ouvrir_notebook(page, serveur, chemin, cellules)
    formatrice = navigateur.vue_des_outils_de_correction(page, serveur)
    page.close()
    serveur.fermer_les_noyaux()
    assert "Formgrader" in formatrice["entrees_nbgrader"]
    assert any("Create Assignment" in o for o in formatrice["onglets_lateraux"])
    assert formatrice["formgrader_http"] == 200

    # Ce que voit une apprenante sur Binder : ni formgrader ni création de devoirs ; Validate.
    page = chrome.nouvelle_page()
    debut = time.monotonic()
    navigateur.ouvrir_notebook(page, serveur_binder, chemin, cellules)
    apprenante = navigateur.vue_des_outils_de_correction(page, serveur_binder)
    assert "Fichier" in apprenante["menus"] and "Exécution" in apprenante["menus"], "JupyterLab en français"
    assert "Nbgrader" not in apprenante["menus"], apprenante["menus"]
    assert not any("Create Assignment" in o for o in apprenante["onglets_lateraux"]), apprenante["onglets_lateraux"]
    assert apprenante["formgrader_http"] == 404
    assert apprenante["validate"] == 1

    # Validate fonctionne : un notebook sans réponses est signalé.
    page.locator(".jp-NotebookPanel-toolbar").get_by_text("Validate", exact=True).click()
    dialogue = page.locator(".jp-Dialog")
    dialogue.wait_for(timeout=navigateur.DELAI_CELLULE * 1000)
    page.get_by_text("Validation Results").wait_for(timeout=navigateur.DELAI_CELLULE * 1000)
    texte = dialogue.inner_text()
    navigateur.capture(page, SORTIES / "binder_vue_apprenant.png")
    DUREES["vue Binder (ouverture + Validate)"] = round(time.monotonic() - debut, 1)
    page.close()
    serveur_binder.fermer_les_noyaux()
    assert "failed" in texte and "agents_necessaires" in texte, texte[:500]
