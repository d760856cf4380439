"""Contrôles de chaque lab : exécution, tests nbgrader, versions apprenant·es, fuites,
régénération, structure pédagogique. Les fonctions de contrôle viennent de
tests/harnais/controles.py et sont montrées en échec sur des cas cassés dans test_controles.py.
La solution du premier lab est exécutée par papermill (fixture ``executions`` de conftest.py) ; celles
des autres labs le sont par nbgrader, copie juste corrigée dans test_correction.py. Chaque version
apprenant·e est exécutée jusqu'au bout dans JupyterLab (test_navigateur.py : seules les erreurs des
talons, aucun test visible réussi sans réponse, chaque widget affiché et manipulé)."""

import pytest
from nbgrader import utils as nbgrader_utils

from conftest import LABS, RACINE
from harnais import controles
from outils.fabrication import labs as outil_labs


def _source(lab):
    return RACINE / "solutions" / lab / f"{lab}.ipynb"


def _apprenant(lab):
    return RACINE / "labs" / lab / f"{lab}.ipynb"


def test_il_y_a_des_labs():
    assert "00_prise_en_main" in LABS


# Papermill exécute la solution du premier lab, depuis une copie isolée du dépôt (la cellule
# « parameters » reçoit ses paramètres comme dans « make bench », qui le fait pour chaque lab).
# Pour les labs suivants, la même exécution serait refaite une deuxième fois : test_correction.py
# fait corriger par nbgrader, dans le bac à sable, une copie qui porte toutes les réponses de la
# solution (les mêmes cellules, tests cachés rétablis) et exige tous les points de chaque question.
@pytest.mark.parametrize("lab", LABS[:1])
def test_solution_s_execute_avec_papermill_et_passe_tous_ses_tests(lab, executions):
    # Exécutée une fois par session (conftest.Executions), depuis une copie isolée du dépôt.
    sortie = executions.solution(lab)
    assert controles.tests_en_echec(sortie) == []
    notes = [
        nbgrader_utils.determine_grade(c)
        for c in sortie.cells
        if nbgrader_utils.is_grade(c) and c.cell_type == "code"
    ]
    assert notes and all(score == maximum for score, maximum in notes), notes


@pytest.mark.parametrize("lab", LABS)
def test_aucune_solution_ni_test_cache_dans_labs(lab):
    assert controles.fuites(controles.lire(_source(lab)), _apprenant(lab)) == []


def test_aucun_fichier_source_ni_marqueur_dans_labs():
    fichiers = [f for f in (RACINE / "labs").rglob("*") if f.is_file()]
    assert not [f for f in fichiers if f.suffix == ".py"]
    for fichier in fichiers:
        if fichier.suffix in {".ipynb", ".md", ".txt", ".csv", ".json"}:
            texte = fichier.read_text(encoding="utf-8")
            assert not [m for m in controles.MARQUEURS if m in texte], fichier


@pytest.mark.parametrize("lab", LABS)
def test_aucune_sortie_ni_identifiant_commis(lab):
    assert controles.sorties_presentes(_source(lab)) == []
    assert controles.sorties_presentes(_apprenant(lab)) == []


def test_labs_identiques_a_une_regeneration(tmp_path):
    cours = controles.copier_cours(RACINE, tmp_path / "cours")
    outil_labs.regenerer(racine=cours)
    assert controles.differences(RACINE, cours) == []


@pytest.mark.parametrize("lab", LABS)
def test_source_et_notebook_apparies(lab):
    dossier = RACINE / "solutions" / lab
    assert (dossier / f"{lab}.py").is_file() and (dossier / f"{lab}.ipynb").is_file()
    assert (RACINE / "labs" / lab).is_dir()


@pytest.mark.parametrize("lab", LABS)
def test_structure_pedagogique(lab):
    structure = controles.structure_du_lab(controles.lire(_source(lab)))
    identifiants = structure["identifiants"]
    assert len(identifiants) == len(set(identifiants)), "grade_id en double"
    assert all(
        i.startswith(("ex", "reflexion_")) for i in identifiants
    ), identifiants
    assert structure["indices_manquants"] == [], "chaque exercice a un indice"
    assert structure["tests_sans_message"] == [], "chaque test confirme par bravo()"
    assert structure["baremes_manquants"] == [], "chaque réflexion a son barème"
    assert structure["parametres"], "une cellule taguée parameters pour papermill"
    assert structure["widgets"] >= 2 and structure["graphiques"] >= 2
    assert structure["reflexions"]
    nombre = len(structure["exercices"])
    if lab.startswith("00"):
        assert 4 <= nombre <= 6, "le Lab 00 a 4 à 6 exercices notés"
    else:
        assert nombre >= 8 and structure["points"] >= 15, "au moins 8 exercices et 15 points"


@pytest.mark.parametrize("lab", LABS)
def test_textes_pour_les_apprenant_es_en_francais(lab):
    nb = controles.lire(_apprenant(lab))
    texte = "\n".join(c.source for c in nb.cells)
    assert "YOUR CODE HERE" not in texte and "YOUR ANSWER HERE" not in texte
    assert "VOTRE CODE ICI" in texte
    assert nb.cells[0].source.startswith(f"# Lab {lab[:2]} — ")
    for rubrique in ("Ce que vous saurez faire", "Prérequis", "Durée estimée", "Récapitulatif",
                     "Pour aller plus loin"):
        assert rubrique in texte, rubrique


# Une séance qui reprend après une pause : noyau neuf, les cellules de la section 0, puis la cellule
# « Reprendre ici » seule (sans aucune réponse de la personne) ; ensuite, les cellules de
# démonstration qui la suivent jusqu'au premier exercice s'exécutent, et les variables du cours que demande le premier test
# d'exercice qui la suit existent (celles des cellules de réponse exceptées).
@pytest.mark.parametrize("lab", [lab for lab in LABS if lab.startswith("02_")])
def test_chaque_cellule_reprendre_ici_s_execute_seule_apres_la_section_0(lab, tmp_path):
    import ast

    import nbformat

    nb = controles.lire(_apprenant(lab))
    debut_section_1 = next(i for i, c in enumerate(nb.cells)
                           if c.cell_type == "markdown" and c.source.lstrip().startswith("## 1."))
    section_0 = [c for c in nb.cells[:debut_section_1] if c.cell_type == "code"]
    reprises = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.source.startswith("# Reprendre ici")]
    assert len(reprises) == 2, "deux cellules « Reprendre ici » (deuxième et troisième séances)"
    reponses = {n.id for c in nb.cells if controles.nbgrader(c).get("solution") and c.cell_type == "code"
                for n in ast.walk(ast.parse(c.source)) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    for i in reprises:
        suite = [c for c in nb.cells[i + 1:] if c.cell_type == "code"]
        premier_exercice = next(j for j, c in enumerate(suite) if controles.nbgrader(c))
        demonstration = suite[:premier_exercice]  # les cellules de démonstration avant le premier exercice
        test = next(c for c in suite if controles.nbgrader(c).get("grade") and not controles.nbgrader(c).get("solution"))
        arbre = ast.parse(test.source)
        importes = {a.asname or a.name for n in ast.walk(arbre) if isinstance(n, (ast.Import, ast.ImportFrom))
                    for a in n.names}
        requis = sorted({n.id for n in ast.walk(arbre) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
                        - reponses - importes - {"message"} - set(dir(__builtins__)))
        controle = nbformat.v4.new_code_cell(f"print('manquent :', sorted(set({requis!r}) - set(globals())))")
        essai = nbformat.v4.new_notebook(cells=[*section_0, nb.cells[i], *demonstration, controle], metadata=nb.metadata)
        chemin = tmp_path / f"reprise_{i}.ipynb"
        nbformat.write(essai, chemin)
        sortie = controles.executer_jusqua_la_fin(chemin, cwd=tmp_path)
        erreurs = [(c.source[:60], s.get("ename"), s.get("evalue", "")[:200]) for c in sortie.cells
                   for s in c.get("outputs", []) if s.get("output_type") == "error"]
        assert not erreurs, erreurs
        assert "manquent : []" in "".join(s.get("text", "") for s in sortie.cells[-1].outputs), requis
