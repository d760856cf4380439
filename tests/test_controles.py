"""Chaque contrôle de la suite échoue bien sur un cas cassé exprès.

On part d'un lab minimal correct (tests/fixtures/99_exemple), on vérifie qu'il passe tous les
contrôles, puis on le casse d'une seule façon à la fois et on vérifie que le contrôle concerné
le signale. Un contrôle qui ne peut pas échouer ne protège rien."""

import shutil

import nbformat
import pytest

from conftest import RACINE
from harnais import controles
from outils.correction import noter
from outils.fabrication import labs as outil_labs

LAB = "99_exemple"
SOURCE = (RACINE / "tests" / "fixtures" / LAB / f"{LAB}.py").read_text(encoding="utf-8")


def cours_minimal(dossier, source=SOURCE):
    """Un cours temporaire ne contenant que le lab d'exemple, généré comme les vrais."""
    (dossier / "solutions" / LAB).mkdir(parents=True)
    (dossier / "solutions" / LAB / f"{LAB}.py").write_text(source, encoding="utf-8")
    for fichier in controles.FICHIERS_DU_COURS:
        (dossier / fichier).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(RACINE / fichier, dossier / fichier)
    outil_labs.regenerer([LAB], racine=dossier)
    return dossier / "solutions" / LAB / f"{LAB}.ipynb", dossier / "labs" / LAB / f"{LAB}.ipynb"


@pytest.fixture(scope="module")
def exemple(tmp_path_factory):
    return cours_minimal(tmp_path_factory.mktemp("exemple"))


def test_le_lab_d_exemple_correct_passe_tous_les_controles(exemple):
    source, apprenant = exemple
    assert controles.tests_en_echec(controles.executer_jusqua_la_fin(source, source.parent)) == []
    assert controles.fuites(controles.lire(source), apprenant) == []
    assert controles.sorties_presentes(apprenant) == []


def test_detecte_une_solution_qui_echoue_a_son_propre_test(tmp_path):
    source, _ = cours_minimal(tmp_path, SOURCE.replace("v * FACTEUR", "v + FACTEUR"))
    echecs = controles.tests_en_echec(controles.executer_jusqua_la_fin(source, source.parent))
    assert echecs and "2, 4 et 6" in echecs[0]


def test_detecte_une_solution_ou_un_test_cache_qui_fuit(exemple, tmp_path):
    source, apprenant = exemple
    nb = controles.lire(apprenant)
    nb.cells[-1].source += "\ndoubles = [v * FACTEUR for v in valeurs]"
    fuite = tmp_path / "fuite.ipynb"
    nbformat.write(nb, fuite)
    assert controles.fuites(controles.lire(source), fuite) == [
        "ligne secrète présente : 'doubles = [v * FACTEUR for v in valeurs]'"
    ]
    nb = controles.lire(apprenant)
    nb.cells[-1].source += '\n### BEGIN HIDDEN TESTS\nassert doubles == [2, 4, 6], "Les valeurs doublées sont 2, 4 et 6."'
    nbformat.write(nb, fuite)
    problemes = controles.fuites(controles.lire(source), fuite)
    assert "marqueur « BEGIN HIDDEN TESTS » présent" in problemes
    assert any("assert doubles == [2, 4, 6]" in p for p in problemes)


def test_detecte_des_sorties_commises(exemple, tmp_path):
    _, apprenant = exemple
    executee = controles.executer_jusqua_la_fin(apprenant, apprenant.parent)
    chemin = tmp_path / "avec_sorties.ipynb"
    nbformat.write(executee, chemin)
    assert controles.sorties_presentes(chemin)


def test_detecte_labs_different_d_une_regeneration(exemple, tmp_path):
    source, apprenant = exemple
    reference = source.parents[2]
    copie = tmp_path / "copie"
    shutil.copytree(reference, copie)
    assert controles.differences(reference, copie) == []
    modifie = copie / "labs" / LAB / f"{LAB}.ipynb"
    modifie.write_text(modifie.read_text(encoding="utf-8").replace("Exemple minimal", "Exemple"), encoding="utf-8")
    (copie / "labs" / LAB / "99_exemple.py").write_text("fuite = True\n", encoding="utf-8")
    assert controles.differences(reference, copie) == [
        f"labs/{LAB}/99_exemple.py : présent seulement dans la régénération",
        f"labs/{LAB}/{LAB}.ipynb : contenu différent",
    ]


def test_detecte_indice_ou_bareme_manquant():
    sans_indice = SOURCE.replace("# <details><summary>Indice</summary>Multipliez.</details>\n", "")
    sans_bareme = SOURCE.replace("**Barème** : ", "")
    assert controles.structure_du_lab(_notebook(SOURCE))["indices_manquants"] == []
    assert controles.structure_du_lab(_notebook(sans_indice))["indices_manquants"] == ["ex99_1_tests"]
    assert controles.structure_du_lab(_notebook(sans_bareme))["baremes_manquants"] == ["reflexion_1"]


def _notebook(texte):
    import jupytext

    return jupytext.reads(texte, fmt="py:percent")


def test_correction_detecte_un_test_qui_donne_des_points_a_une_copie_vide(tmp_path):
    # Cas cassé : le test visible ne vérifie rien, et le retour montrerait les tests cachés.
    casse = SOURCE.replace('verifier_type(doubles, list, "doubles")\n', "")
    casse = casse.replace('assert doubles == [2, 4, 6], "Les valeurs doublées sont 2, 4 et 6."', "assert True")
    cours = tmp_path / "cours"
    _, apprenant = cours_minimal(cours, casse)
    config = cours / "grading" / "nbgrader_config.py"
    config.write_text(config.read_text(encoding="utf-8").replace("NotesEtAttentes, ClearHiddenTests,", "NotesEtAttentes,"), encoding="utf-8")
    dossier = cours / "grading" / "submitted" / "vide" / LAB
    dossier.mkdir(parents=True)
    shutil.copy(apprenant, dossier / f"{LAB}.ipynb")
    bilan = noter.noter(LAB, cours)
    assert bilan.notes["vide"]["automatique"] > 0  # « copie vide → 0 point » échouerait
    html = bilan.retours["vide"].read_text(encoding="utf-8")
    assert "BEGIN HIDDEN TESTS" in html  # « pas de test caché dans le retour » échouerait


def test_detecte_une_solution_qui_plante_sous_papermill(tmp_path):
    from papermill.exceptions import PapermillExecutionError

    source, _ = cours_minimal(tmp_path / "cours", SOURCE.replace("valeurs = [1, 2, 3]", "valeurs = [1, 2, 3] + None"))
    with pytest.raises(PapermillExecutionError, match="TypeError"):
        controles.executer_papermill(source, tmp_path / "sortie.ipynb", cwd=tmp_path)


def test_detecte_une_copie_ou_la_solution_donne_moins_que_le_maximum(exemple, tmp_path):
    # ce que vérifie test_solution_s_execute_avec_papermill : chaque cellule notée au maximum
    from nbgrader import utils as nbgrader_utils

    source, _ = exemple
    copie = tmp_path / "copie.ipynb"  # la solution, tests cachés compris, avec une réponse fausse
    nbformat.write(controles.remplir(source, {"ex99_1": "doubles = [2, 4, 7]"}), copie)
    sortie = controles.executer_jusqua_la_fin(copie, tmp_path)
    notes = [nbgrader_utils.determine_grade(c) for c in sortie.cells
             if nbgrader_utils.is_grade(c) and c.cell_type == "code"]
    assert notes == [(0, 1)]
