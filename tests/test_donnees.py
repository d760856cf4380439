"""Les chargeurs trouvent data/ depuis chaque endroit où un notebook s'exécute,
et disent clairement, en français, ce qui manque."""

import shutil

import pandas as pd
import pytest

import civiclabs.donnees as donnees
from civiclabs import DonneesIntrouvables, DonneesInvalides, charger_echantillon, chemin_donnees
from conftest import RACINE

DATA = RACINE / "data"


@pytest.fixture
def sans_repli(monkeypatch, tmp_path):
    """Désactive le repli sur le dépôt où le paquet est installé (cas d'un paquet non éditable)."""
    monkeypatch.setattr(donnees, "_dossier_du_paquet", lambda: tmp_path / "nulle-part" / "data")


@pytest.mark.parametrize(
    "sous_dossier",
    [".", "labs/00_prise_en_main", "grading/autograded/camille/00_prise_en_main", "solutions"],
)
def test_trouve_data_depuis_le_depot(monkeypatch, sans_repli, sous_dossier):
    dossier = RACINE / sous_dossier
    dossier.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(dossier)
    assert chemin_donnees() == DATA
    assert len(charger_echantillon()) >= 60


def test_trouve_data_dans_une_session_binder(monkeypatch, sans_repli, tmp_path):
    # Binder clone le dépôt dans le dossier personnel et ouvre labs/ ; le paquet y est installé.
    maison = tmp_path / "jovyan"
    shutil.copytree(DATA, maison / "data")
    (maison / "labs" / "00_prise_en_main").mkdir(parents=True)
    monkeypatch.chdir(maison / "labs" / "00_prise_en_main")
    assert chemin_donnees() == maison / "data"
    assert len(charger_echantillon()) >= 60


def test_copie_isolee_d_un_notebook_repli_sur_le_paquet(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert chemin_donnees() == DATA


def test_variable_d_environnement(monkeypatch, tmp_path):
    shutil.copytree(DATA, tmp_path / "mes_donnees")
    monkeypatch.setenv("CIVICLABS_DONNEES", str(tmp_path / "mes_donnees"))
    assert chemin_donnees() == tmp_path / "mes_donnees"
    monkeypatch.setenv("CIVICLABS_DONNEES", str(tmp_path / "absent"))
    with pytest.raises(DonneesIntrouvables, match="CIVICLABS_DONNEES vaut"):
        chemin_donnees()


def test_introuvable_dit_ou_il_a_cherche(monkeypatch, sans_repli, tmp_path):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DonneesIntrouvables) as erreur:
        chemin_donnees()
    message = str(erreur.value)
    assert "Impossible de trouver le dossier data/" in message
    assert str(tmp_path) in message and "CIVICLABS_DONNEES" in message


@pytest.fixture
def copie_data(monkeypatch, tmp_path):
    copie = tmp_path / "data"
    shutil.copytree(DATA, copie)
    monkeypatch.setenv("CIVICLABS_DONNEES", str(copie))
    return copie


def test_fichier_absent_nomme(copie_data):
    (copie_data / "echantillon_contributions.csv").unlink()
    with pytest.raises(DonneesIntrouvables, match="« echantillon_contributions.csv » est absent"):
        charger_echantillon()


def test_colonne_manquante_nommee(copie_data):
    fichier = copie_data / "echantillon_contributions.csv"
    pd.read_csv(fichier).drop(columns=["quartier"]).to_csv(fichier, index=False)
    with pytest.raises(DonneesInvalides, match="Colonne\\(s\\) manquante\\(s\\).*« quartier »"):
        charger_echantillon()


def test_valeur_de_mauvais_type_nommee(copie_data):
    fichier = copie_data / "echantillon_contributions.csv"
    table = pd.read_csv(fichier)
    table.loc[3, "date"] = "pas une date"
    table.to_csv(fichier, index=False)
    with pytest.raises(DonneesInvalides, match="colonne « date »"):
        charger_echantillon()


def test_fichier_illisible(copie_data):
    (copie_data / "echantillon_contributions.csv").write_bytes("identifiant;date\n\xe9t\xe9".encode("latin-1"))
    with pytest.raises(DonneesInvalides, match="CSV UTF-8"):
        charger_echantillon()


def test_types_de_l_echantillon():
    table = charger_echantillon()
    assert str(table["date"].dtype).startswith("datetime64")
    assert table["identifiant"].is_unique
    assert str(table["canal"].dtype) == "category"
    assert set(table["canal"]) == {"formulaire web", "application mobile", "courrier", "appel téléphonique"}
    assert table["quartier"].nunique() >= 12 and table["service"].nunique() >= 8


def test_ce_que_le_texte_du_lab00_dit_de_l_echantillon():
    """Le texte du Lab 00 nomme des contributions et des chiffres de l'échantillon : ils doivent
    rester vrais si les données sont refaites."""
    echantillon = charger_echantillon()
    texte = (RACINE / "solutions" / "00_prise_en_main" / "00_prise_en_main.py").read_text(encoding="utf-8")
    courriers = int((echantillon["canal"] == "courrier").sum())
    part = round(100 * courriers / len(echantillon))
    assert f"{courriers} contributions sur {len(echantillon)} ({part} %)" in texte
    # Les urgences discrètes montrées par le tirage de la graine de départ (section 2).
    tirage = set(echantillon.sample(5, random_state=2025)["identifiant"])
    assert "la graine de départ (2025)" in texte and "GRAINE = 2025" in texte
    textes = echantillon.set_index("identifiant")["texte"]
    for identifiant, indice in (("E-071", "plus d'eau"), ("E-039", "suivre"), ("E-036", "tombées")):
        assert identifiant in tirage and identifiant in texte
        assert indice in textes[identifiant]


def test_dossier_des_sorties_hors_du_depot(monkeypatch, tmp_path):
    monkeypatch.delenv("CIVICLABS_SORTIES", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "maison"))
    dossier = donnees.dossier_des_sorties("rapport")
    assert dossier == (tmp_path / "maison" / "civiclabs-sorties" / "rapport").resolve() and dossier.is_dir()
    monkeypatch.setenv("CIVICLABS_SORTIES", str(tmp_path / "ailleurs"))
    assert donnees.dossier_des_sorties() == (tmp_path / "ailleurs").resolve()
    assert RACINE not in donnees.dossier_des_sorties().parents
    with pytest.raises(TypeError, match="nom doit être un texte"):
        donnees.dossier_des_sorties(3)
