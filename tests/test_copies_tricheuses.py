"""Des copies qui trompent les tests depuis le noyau n'y gagnent rien : la contre-épreuve.

Une classe du Lab 00 (toutes les tricheries communes à tous les labs), corrigée par la vraie chaîne (make grade), avec les copies tricheuses de la classe fictive (outils/correction/classe_fictive.py) : un crochet
d'IPython qui remplace chaque cellule de test par « pass » (le noyau donne tous les points),
l'affichage des erreurs supprimé (aucune cellule de test n'échoue en apparence),
les outils de vérification du module du lab neutralisés avec des réponses fausses, un entier
« égal à tout ». (La tricherie propre au Lab 01, un F1 remplacé, est corrigée dans le cours du
Lab 01 de tests/test_correction.py.) Refaite hors du noyau, la vérification retire les
points volés, le dit dans le bilan et dans le retour. (Qu'une copie juste garde tous ses points
sous la contre-épreuve, dans chaque lab : tests/test_correction.py.)
"""

import nbformat
import pytest

from conftest import RACINE
from harnais import controles
from outils.correction import classe_fictive, noter

LAB00 = "00_prise_en_main"


def corriger(lab, dossier, profils):
    cours = controles.cours_pret(RACINE, dossier, [lab])
    fabrique = classe_fictive.Fabrique(lab, cours)
    rendus = cours / "grading" / "submitted"
    for profil in profils:
        classe_fictive.deposer(fabrique, profil, profil, rendus)
    return cours, noter.noter(lab, cours)


@pytest.fixture(scope="module")
def lab00(tmp_path_factory):
    """Toutes les tricheries qui valent pour n'importe quel lab, sur le Lab 00 (rapide)."""
    profils = [p for p, _ in classe_fictive.HOSTILES if p.startswith("triche_")]
    return corriger(LAB00, tmp_path_factory.mktemp("tricheuses00"), profils)


def reussis_dans_le_noyau(cours, lab, personne) -> list[str]:
    """Les cellules de test sans erreur dans la copie corrigée (ce que le noyau a accordé)."""
    nb = nbformat.read(cours / "grading" / "autograded" / personne / lab / f"{lab}.ipynb", as_version=4)
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
            and not any(s.get("output_type") == "error" for s in c.outputs)]


def test_sauter_les_tests_ne_rapporte_rien(lab00):
    cours, bilan = lab00
    lab = LAB00
    # Dans le noyau, toutes les cellules de test « passent » : c'est la contre-épreuve qui juge.
    assert len(reussis_dans_le_noyau(cours, lab, "triche_transformateur")) >= 6
    assert bilan.notes["triche_transformateur"]["automatique"] == 0
    problemes = bilan.problemes["triche_transformateur"]
    assert sum("Contre-épreuve : la cellule de test n'a rien consigné" in p for p in problemes) >= 6
    assert any("crochet d'IPython" in p for p in problemes)
    retour = (cours / "grading" / "feedback" / "triche_transformateur" / lab / f"{lab}.html").read_text(encoding="utf-8")
    assert "Contre-épreuve" in retour


def test_masquer_les_erreurs_ne_rapporte_rien(lab00):
    # Les erreurs restent enregistrées (nbgrader les lit dans la réponse du noyau) ; si elles ne
    # l'étaient pas, la contre-épreuve retirerait les points : dans les deux cas, 0.
    _, bilan = lab00
    assert bilan.notes["triche_erreurs_masquees"]["automatique"] == 0
    assert any("get_ipython" in p for p in bilan.problemes["triche_erreurs_masquees"])


def test_neutraliser_les_verifications_ne_rapporte_rien(lab00):
    _, bilan = lab00
    assert bilan.notes["triche_verifications"]["automatique"] == 0
    assert any("module de vérification importé" in p for p in bilan.problemes["triche_verifications"])


def test_un_entier_egal_a_tout_ne_rapporte_rien(lab00):
    _, bilan = lab00
    note = bilan.notes["triche_entier"]
    premier = min(note["questions"])
    assert note["questions"][premier] == 0
    assert 0 < note["automatique"] < note["maximum_automatique"]  # le reste de la copie est juste


def test_relancer_garde_les_verdicts_et_ne_reexecute_rien(lab00):
    cours, premier = lab00
    bilan = noter.noter(LAB00, cours)
    assert not bilan.executees
    assert {p: n["automatique"] for p, n in bilan.notes.items()} == {p: n["automatique"] for p, n in premier.notes.items()}
