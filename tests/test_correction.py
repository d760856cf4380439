"""Aller-retour de correction dans un cours temporaire, pour chaque lab après le premier : une
copie juste, une copie avec les erreurs typiques et une copie corrompue, corrigées par nbgrader comme
le fait « make grade ». Le Lab 00 a le sien dans tests/test_correction_robuste.py : sa classe fictive
compte une copie vide (0 point), une juste, une avec erreurs, un JSON cassé, le CSV, une note
manuelle saisie puis « make grade » relancé ; le refaire ici doublerait une correction.
(Une version apprenant·e exécutée ne passe aucun test visible : test_navigateur, pour chaque lab.)
Un lab qui a sa propre tricherie (classe_fictive.TRICHES_DU_LAB) la reçoit dans le même cours : une
copie tricheuse de plus, sans un second cours à préparer ; les tricheries communes à tous les labs
sont dans tests/test_copies_tricheuses.py."""

import csv
import html as html_module
import re

import nbformat
import pytest

from civiclabs.texte import format_nombre
from conftest import LABS, RACINE
from harnais import controles
from outils.correction import classe_fictive, noter
from outils.correction.classe_fictive import TRICHES_DU_LAB, reponses_erronees


def rendre(cours, personne, lab, nb=None, brut=None):
    dossier = cours / "grading" / "submitted" / personne / lab
    dossier.mkdir(parents=True, exist_ok=True)
    if brut is not None:
        (dossier / f"{lab}.ipynb").write_text(brut, encoding="utf-8")
    else:
        nbformat.write(nb, dossier / f"{lab}.ipynb")


@pytest.fixture(scope="module", params=LABS[1:])
def correction(request, tmp_path_factory):
    lab = request.param
    cours = controles.cours_pret(RACINE, tmp_path_factory.mktemp(f"cours_{lab}"), [lab])
    apprenant = cours / "labs" / lab / f"{lab}.ipynb"
    source = controles.lire(cours / "solutions" / lab / f"{lab}.ipynb")
    rendre(cours, "juste", lab, controles.remplir(apprenant, controles.reponses_de_la_solution(source)))
    reponses = {**controles.reponses_de_la_solution(source), **reponses_erronees(lab)}  # les autres justes
    rendre(cours, "erreurs", lab, controles.remplir(apprenant, reponses))
    rendre(cours, "corrompue", lab, brut='{"cells": [{"cell_type": "code", "sou')
    fabrique = classe_fictive.Fabrique(lab, cours)
    for profil, _ in TRICHES_DU_LAB.get(lab, []):
        classe_fictive.deposer(fabrique, profil, profil, cours / "grading" / "submitted")
    bilan = noter.noter(lab, cours)
    maximum_auto = controles.structure_du_lab(source)["points"]
    return lab, cours, source, bilan, maximum_auto


def _copies(correction):
    return sorted(["erreurs", "juste", *(profil for profil, _ in TRICHES_DU_LAB.get(correction[0], []))])


def test_copie_juste_tous_les_points_automatiques(correction):
    _, _, _, bilan, maximum = correction
    assert maximum > 0 and bilan.notes["juste"]["automatique"] == maximum


def test_copie_avec_erreurs_strictement_entre_les_deux(correction):
    _, _, _, bilan, maximum = correction
    assert 0 < bilan.notes["erreurs"]["automatique"] < maximum


def test_reflexions_restent_a_corriger_a_la_main(correction):
    _, _, source, bilan, _ = correction
    reflexions = {i for i, _ in controles.structure_du_lab(source)["reflexions"]}
    assert reflexions <= set(bilan.notes["juste"]["a_corriger_a_la_main"])


def test_copie_corrompue_signalee_et_les_autres_corrigees(correction):
    _, _, _, bilan, _ = correction
    assert "corrompue" in bilan.non_corrigees and "notebook lisible" in bilan.non_corrigees["corrompue"]
    assert sorted(bilan.corrigees) == _copies(correction)


def _texte_visible(html):
    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


def test_retours_html_produits_sans_le_code_des_tests_caches(correction):
    lab, _, source, bilan, _ = correction
    assert sorted(bilan.retours) == _copies(correction)
    secretes = controles.lignes_secretes(source)
    for personne, retour in bilan.retours.items():
        texte = _texte_visible(retour.read_text(encoding="utf-8"))
        assert lab in texte and "Note :" in texte and "Score:" not in texte  # libellés français
        assert "BEGIN HIDDEN TESTS" not in texte
        if personne == "juste":  # un assert caché qui échoue s'affiche dans la trace : voulu
            lignes = {ligne.strip() for ligne in texte.splitlines()}
            fuites = {s for s in secretes if s.startswith(("assert", "attendu", "toutes", "reference"))}
            assert not (fuites & lignes), sorted(fuites & lignes)[:3]


def test_export_csv_contient_ces_notes(correction):
    _, _, _, bilan, maximum = correction
    with bilan.csv_total.open(encoding="utf-8") as fichier:
        lignes = {ligne["student_id"]: ligne for ligne in csv.DictReader(fichier)}
    assert sorted(lignes) == _copies(correction)
    assert float(lignes["juste"]["score"]) == maximum
    assert 0 < float(lignes["erreurs"]["score"]) < maximum
    with bilan.csv_detail.open(encoding="utf-8-sig") as fichier:  # pour un tableur français
        detail = {ligne["apprenant"]: ligne for ligne in csv.DictReader(fichier, delimiter=";")}
    assert float(detail["juste"]["points_automatiques"].replace(",", ".")) == maximum
    assert detail["juste"]["statut"] == "à corriger à la main"
    assert detail["corrompue"]["statut"] == "non corrigée"


def test_make_grade_sans_copie_explique_quoi_faire(tmp_path, capsys):
    cours = controles.copier_cours(RACINE, tmp_path / "cours")
    assert noter.main([LABS[0], "--racine", str(cours)]) == 2
    assert "Aucune copie" in capsys.readouterr().err
    assert noter.main(["99_inexistant", "--racine", str(cours)]) == 2
    assert "Lab inconnu" in capsys.readouterr().err


def test_retour_avant_la_correction_a_la_main_dit_ce_qui_attend(correction):
    """Une réflexion pas encore notée : « en attente de correction », pas « 0 / 3 » ; le total
    dit les points qu'il ne compte pas encore."""
    lab, _, source, bilan, maximum = correction
    reflexions = controles.structure_du_lab(source)["reflexions"]
    texte = _texte_visible(bilan.retours["juste"].read_text(encoding="utf-8"))
    attente = sum(points for _, points in reflexions)
    assert texte.count("n attente de correction") >= 2 * len(reflexions)  # sommaire et cellule
    assert f"provisoire : {format_nombre(attente, 2)} points de questions écrites en attente" in texte
    assert f"Note : {format_nombre(maximum, 2)} / {format_nombre(maximum + attente, 2)}" in texte
    assert "Note : 0 / 3" not in texte


@pytest.mark.parametrize("correction", ["06_auditer_une_synthese"], indirect=True)
def test_note_manuelle_prise_en_compte_dans_les_retours_et_le_csv(correction):
    """Le formgrader enregistre une note manuelle ; relancer « make grade » la prend en compte sans
    rien réexécuter. C'est la chaîne de correction qui est testée, la même pour tous les labs : un
    lab suffit (le plus rapide à relancer)."""
    lab, cours, source, _, maximum = correction
    from nbgrader.api import Gradebook

    reflexions = controles.structure_du_lab(source)["reflexions"]
    with Gradebook(f"sqlite:///{cours / 'grading' / 'gradebook.db'}") as registre:
        for identifiant, points in reflexions:
            note = registre.find_grade(identifiant, lab, lab, "juste")
            note.manual_score = points
            note.needs_manual_grade = False  # ce que fait le formgrader
        registre.db.commit()
    bilan = noter.noter(lab, cours)  # relancer « make grade » : rien n'est réexécuté, rien n'est perdu
    assert bilan.executees == [] and sorted(bilan.inchangees) == _copies(correction)
    total = maximum + sum(points for _, points in reflexions)
    assert bilan.notes["juste"]["total"] == total and not bilan.notes["juste"]["a_corriger_a_la_main"]
    with bilan.csv_total.open(encoding="utf-8") as fichier:
        lignes = {ligne["student_id"]: ligne for ligne in csv.DictReader(fichier)}
    assert float(lignes["juste"]["score"]) == total
    texte = _texte_visible(bilan.retours["juste"].read_text(encoding="utf-8"))
    assert "en attente de correction" not in texte.lower()
    assert f"Note : {format_nombre(total, 2)} / {format_nombre(total, 2)})" in texte


def test_retour_en_francais_avec_les_messages_des_tests_visibles(correction):
    lab, cours, _, bilan, _ = correction
    corrigee = controles.lire(cours / "grading" / "autograded" / "erreurs" / lab / f"{lab}.ipynb")
    messages = [
        sortie.evalue for cellule in corrigee.cells if cellule.cell_type == "code"
        for sortie in cellule.outputs
        if sortie.output_type == "error" and sortie.ename == "ReponseIncorrecte"
    ]
    assert messages, "la copie avec erreurs devrait échouer à au moins un test visible"
    texte = _texte_visible(bilan.retours["erreurs"].read_text(encoding="utf-8"))
    assert all(message.splitlines()[0] in texte for message in messages)
    assert "Réponse de l'apprenant·e" in texte and "Student" not in texte


def _reussis_dans_le_noyau(cours, lab, personne) -> list[str]:
    """Les cellules de test sans erreur dans la copie corrigée (ce que le noyau a accordé)."""
    nb = controles.lire(cours / "grading" / "autograded" / personne / lab / f"{lab}.ipynb")
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
            and not any(s.get("output_type") == "error" for s in c.outputs)]


@pytest.mark.parametrize("correction", ["01_classer_les_demandes"], indirect=True)
def test_un_f1_remplace_ne_sauve_pas_un_mauvais_routeur(correction):
    """La tricherie propre au Lab 01 : un routeur appris sur des services mélangés, dont le F1 est
    « calculé » par un f1_score remplacé. Le noyau est trompé ; la contre-épreuve, refaite hors du
    noyau, retire les points et le dit."""
    lab, cours, _, bilan, _ = correction
    assert "ex4_1_tests" in _reussis_dans_le_noyau(cours, lab, "triche_f1")  # le noyau est trompé
    note = bilan.notes["triche_f1"]
    assert note["questions"]["ex4_1_tests"] == 0
    # Ses fonctions (exercices 5.1 et 6.1, justes) ont été rejouées par l'exécutant, dans le bac à sable.
    assert not [p for p in bilan.problemes["triche_f1"] if "contre-épreuve impossible" in p]
    assert note["questions"]["ex5_1_tests"] > 0 and note["questions"]["ex6_1_tests"] > 0
    (probleme,) = [p for p in bilan.problemes["triche_f1"] if p.startswith("ex4_1 : Contre-épreuve")]
    assert "F1 macro de votre routeur vaut 0," in probleme and "0 point au lieu de 3" in probleme
