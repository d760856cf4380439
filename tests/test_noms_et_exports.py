"""Noms de copies et exports de notes : un identifiant dangereux est refusé avec sa raison,
une cellule de CSV ne devient jamais une formule de tableur, un dossier lié n'est pas corrigé."""

import csv

import pytest

from outils.correction.copies import collecter, probleme_d_identifiant
from outils.correction.exports import neutraliser, neutraliser_le_csv


@pytest.mark.parametrize("nom", ["apprenant07", "marie.dupont", "a-b_c", "X" * 63])
def test_identifiants_acceptes(nom):
    assert probleme_d_identifiant(nom, set()) is None


@pytest.mark.parametrize(("nom", "fragment"), [
    ("=1+1", "identifiant refusé"),
    ("@SUM(A1)", "identifiant refusé"),
    ("a,b", "identifiant refusé"),
    ("*", "identifiant refusé"),
    ("..", "identifiant refusé"),
    ("X" * 80, "identifiant refusé"),
    ("élève", "identifiant refusé"),
    ("e\u0301leve", "accents décomposés"),
    ("ana\u200bis", "invisibles"),
    ("ana\u202eis", "invisibles"),
])
def test_identifiants_refuses(nom, fragment):
    assert fragment in probleme_d_identifiant(nom, set())


def test_deux_identifiants_qui_ne_different_que_par_les_majuscules():
    assert "majuscules" in probleme_d_identifiant("Marie", {"marie"})


@pytest.mark.parametrize(("cellule", "attendu"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-1", "'-1"), ("@A", "'@A"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("apprenant07", "apprenant07"), (9.5, "9.5"),
])
def test_neutraliser(cellule, attendu):
    assert neutraliser(cellule) == attendu


def test_le_csv_de_nbgrader_est_cite_et_neutralise(tmp_path):
    chemin = tmp_path / "notes.csv"
    chemin.write_text("student_id,score\n=1+1,3\n\"a,b\",2\n", encoding="utf-8")
    neutraliser_le_csv(chemin)
    with chemin.open(encoding="utf-8", newline="") as fichier:
        assert list(csv.reader(fichier)) == [["student_id", "score"], ["'=1+1", "3"], ["a,b", "2"]]
    assert chemin.read_text(encoding="utf-8").startswith('"student_id","score"')


def test_dossiers_refuses_avec_leur_raison(tmp_path):
    rendus = tmp_path / "grading" / "submitted"
    (rendus / "=1+1").mkdir(parents=True)
    (rendus / "bonne").mkdir()
    (tmp_path / "solutions").mkdir()
    (rendus / "lien").symlink_to(tmp_path / "solutions")
    (tmp_path / "labs").mkdir()
    copies = collecter(tmp_path, "00_prise_en_main", [])
    assert "identifiant refusé" in copies["=1+1"].refus
    assert "lien" in copies["lien"].refus
    assert "bonne" not in copies  # rien rendu pour ce lab : pas de copie
