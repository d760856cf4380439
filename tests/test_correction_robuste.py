"""« make grade » face à tout ce qu'une classe peut rendre.

Une classe fictive du Lab 00 (outils/correction/classe_fictive.py : copies ordinaires et un exemplaire de
chaque cas difficile), plus trois copies écrites ici (sorties énormes produites pendant la
correction, tentative d'accès au réseau et aux fichiers, copie modifiée entre deux corrections),
corrigées par la vraie chaîne (outils/correction/noter.py → nbgrader autograde dans le noyau borné).
Chaque cas est vérifié dans le bilan, et toutes les autres copies sont corrigées quand même.
"""

import csv
import hashlib

import nbformat
import pytest

from conftest import RACINE
from harnais import controles
from harnais.navigateur import ServeurFormgrader
from outils.correction import classe_fictive, isolement, noter

LAB = "00_prise_en_main"
AUTRE_LAB = "01_classer_les_demandes"
LIMITES = isolement.Limites(memoire_mo=1200, fichier_mo=50)
DELAI = 10  # secondes par cellule : la boucle sans fin est interrompue vite

# Une copie juste dont la première réponse essaie de sortir de son bac à sable.
SONDE = """
import os, socket
try:
    socket.create_connection(("127.0.0.1", PORT), timeout=3).close()
    print("SONDE reseau=ouvert")
except OSError:
    print("SONDE reseau=coupe")
print("SONDE home=" + os.path.expanduser("~"))
try:
    with open("gros_fichier.bin", "wb") as f:
        f.write(b"0" * 60_000_000)
    print("SONDE fichier=ecrit")
except OSError:
    print("SONDE fichier=refuse")
finally:
    if os.path.exists("gros_fichier.bin"):
        os.remove("gros_fichier.bin")
"""
# 100 000 lignes (3,5 Mo) : bien au-delà de ce que nbgrader garde, et assez court pour tenir dans
# le délai de 10 s par cellule même sur une machine chargée (300 000 le dépassaient alors).
BAVARD = "for i in range(100_000):\n    print('une ligne affichée en boucle', i)\n"


def _empreintes(dossier):
    return {
        str(p.relative_to(dossier)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dossier.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def classe(tmp_path_factory, serveur_local):
    cours = controles.cours_pret(RACINE, tmp_path_factory.mktemp("classe"), [LAB, AUTRE_LAB])
    descriptions = classe_fictive.fabriquer_classe(LAB, cours, effectif=15)
    fabrique = classe_fictive.Fabrique(LAB, cours)
    rendus = cours / "grading" / "submitted"
    premiere = fabrique.code[0]
    sonde = SONDE.replace("PORT", str(serveur_local)) + fabrique.justes[premiere]
    for personne, reponse in (("sonde", sonde), ("bavard", BAVARD + fabrique.justes[premiere])):
        dossier = rendus / personne / LAB
        dossier.mkdir(parents=True)
        nbformat.write(controles.remplir(fabrique.version, {**fabrique.justes, premiere: reponse}), dossier / f"{LAB}.ipynb")
    (rendus / "copie_de_quelqu_un.ipynb").write_bytes((rendus / "fictif01" / LAB / f"{LAB}.ipynb").read_bytes())
    avant = _empreintes(rendus)
    bilan = noter.noter(LAB, cours, limites=LIMITES, delai_cellule=DELAI)
    par_profil = {description: personne for personne, description in descriptions.items()}
    return cours, bilan, par_profil, avant


def _personne(classe, debut):
    _, _, par_profil, _ = classe
    return next(personne for description, personne in par_profil.items() if description.startswith(debut))


def _problemes(classe, personne):
    _, bilan, _, _ = classe
    return " ".join(bilan.problemes.get(personne, []))


MAXIMUM = 11


def test_copies_ordinaires_corrigees(classe):
    _, bilan, _, _ = classe
    assert bilan.notes[_personne(classe, "copie juste")]["automatique"] == MAXIMUM
    assert bilan.notes[_personne(classe, "copie rendue sans rien")]["automatique"] == 0
    assert 0 < bilan.notes[_personne(classe, "erreurs typiques")]["automatique"] < MAXIMUM
    assert 0 < bilan.notes[_personne(classe, "la moitié")]["automatique"] < MAXIMUM


def test_fichier_vide_signale_et_non_corrige(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "fichier de 0 octet")
    assert "vide (0 octet)" in bilan.non_corrigees[personne] and personne not in bilan.notes


def test_json_casse_signale_en_francais(classe):
    _, bilan, _, _ = classe
    raison = bilan.non_corrigees[_personne(classe, "fichier tronqué")]
    assert "pas du JSON valide" in raison and "does not appear" not in raison


def test_copie_mal_nommee_corrigee_et_signalee(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "copie juste nommée")
    assert bilan.notes[personne]["automatique"] == MAXIMUM
    assert "mal nommée ou mal rangée" in _problemes(classe, personne) and "Copie de" in _problemes(classe, personne)


def test_copie_mal_rangee_corrigee_et_signalee(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "copie juste posée à la racine")
    assert bilan.notes[personne]["automatique"] == MAXIMUM
    assert f"{personne}/{LAB}.ipynb" in _problemes(classe, personne)


def test_tests_modifies_restaures_par_somme_de_controle(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "cellules de test réécrites")
    assert bilan.notes[personne]["automatique"] == 0  # les vrais tests ont été remis
    assert "modifiée(s)" in _problemes(classe, personne) and "ex0_1_tests" in _problemes(classe, personne)


def test_test_supprime_remis_en_place_et_note(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "copie juste, cellule de test")
    note = bilan.notes[personne]
    assert note["automatique"] == MAXIMUM and note["questions"]["ex0_1_tests"] == 1
    assert "supprimée(s)" in _problemes(classe, personne)


def test_notebook_d_un_autre_lab_signale(classe):
    _, bilan, _, _ = classe
    raison = bilan.non_corrigees[_personne(classe, "le notebook d'un autre lab")]
    assert AUTRE_LAB in raison and "demandez le bon fichier" in raison


def test_boucle_sans_fin_interrompue_et_signalee(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "boucle sans fin")
    assert "délai dépassé" in _problemes(classe, personne)
    assert bilan.notes[personne]["automatique"] == MAXIMUM - 1  # seul le premier exercice (1 pt) est perdu


def test_bombe_memoire_bornee_et_signalee(classe):
    _, bilan, _, _ = classe
    personne = _personne(classe, "bombe mémoire")
    assert personne in bilan.notes and "mémoire dépassée (limite 1200 Mo)" in _problemes(classe, personne)
    assert "non exécutée(s)" in _problemes(classe, personne)  # la suite est arrêtée, sans messages confus
    assert bilan.notes[personne]["automatique"] == 0  # la bombe est dans le premier exercice


def test_sorties_enormes_effacees_et_signalees(classe):
    cours, bilan, _, _ = classe
    personne = _personne(classe, "copie juste enregistrée avec 20 Mo")
    assert bilan.notes[personne]["automatique"] == MAXIMUM
    assert "volumineuse" in _problemes(classe, personne)
    assert bilan.retours[personne].stat().st_size < 2_000_000


def test_sorties_produites_pendant_la_correction_tronquees(classe):
    cours, bilan, _, _ = classe
    assert bilan.notes["bavard"]["automatique"] == MAXIMUM
    corrigee = cours / "grading" / "autograded" / "bavard" / LAB / f"{LAB}.ipynb"
    assert corrigee.stat().st_size < 2_000_000  # 100 000 lignes affichées (3,5 Mo), tronquées par nbgrader
    assert bilan.retours["bavard"].stat().st_size < 2_000_000


def test_fichier_hors_dossier_signale(classe):
    _, bilan, _, _ = classe
    assert bilan.fichiers_hors_dossier == ["copie_de_quelqu_un.ipynb"]
    assert "copie_de_quelqu_un.ipynb" in noter.tableau(bilan)


def test_isolement_reseau_fichiers_et_dossier_personnel(classe):
    cours, bilan, _, _ = classe
    corrigee = controles.lire(cours / "grading" / "autograded" / "sonde" / LAB / f"{LAB}.ipynb")
    texte = "".join(
        sortie.get("text", "") for cellule in corrigee.cells if cellule.cell_type == "code"
        for sortie in cellule.outputs
    )
    sonde = dict(ligne.split(" ", 1)[1].split("=", 1) for ligne in texte.splitlines() if ligne.startswith("SONDE "))
    assert sonde["fichier"] == "refuse"  # 60 Mo d'un coup, au-delà de la limite de 50 Mo
    assert sonde["home"].startswith(("/tmp", "/var")) and "civiclabs-correction-" in sonde["home"]
    if isolement.commande_sans_reseau() is not None:
        assert bilan.protections["reseau_coupe"] and sonde["reseau"] == "coupe"
        assert "réseau coupé" in noter.tableau(bilan)
    else:  # la machine ne sait pas couper le réseau : le bilan doit le dire
        assert not bilan.protections["reseau_coupe"] and "réseau NON coupé" in noter.tableau(bilan)
    assert bilan.notes["sonde"]["automatique"] == MAXIMUM


def test_bilan_affiche_chaque_personne_et_ecrit_les_fichiers(classe):
    cours, bilan, par_profil, _ = classe
    texte = noter.tableau(bilan)
    for personne in [*par_profil.values(), "sonde", "bavard"]:
        assert personne in texte
    assert texte.count("NON CORRIGÉE") == 3
    assert bilan.bilan_md.read_text(encoding="utf-8").startswith(f"# Bilan de correction — {LAB}")
    with bilan.csv_detail.open(encoding="utf-8-sig") as fichier:
        lignes = {ligne["apprenant"]: ligne for ligne in csv.DictReader(fichier, delimiter=";")}
    assert set(lignes) == set(par_profil.values()) | {"sonde", "bavard"}  # même les copies refusées
    assert lignes[_personne(classe, "fichier de 0 octet")]["problemes"].startswith("non corrigée")
    vide = _personne(classe, "copie rendue sans rien")
    assert lignes[vide]["statut"] == "complète"  # réflexion vide : rien à corriger à la main
    with bilan.csv_total.open(encoding="utf-8") as fichier:
        totaux = {ligne["student_id"]: float(ligne["score"]) for ligne in csv.DictReader(fichier)}
    assert totaux[vide] == 0 and totaux[_personne(classe, "copie juste")] == MAXIMUM


def test_make_grade_signale_les_copies_non_corrigees_par_son_code_de_sortie(classe, capsys):
    cours, _, _, _ = classe
    code = noter.main([LAB, "--racine", str(cours), "--memoire", "1200", "--delai", str(DELAI)])
    assert code == 1 and "NON CORRIGÉE" in capsys.readouterr().out


def test_relancer_ne_perd_rien_et_ne_reexecute_que_ce_qui_a_change(classe):
    cours, bilan, _, avant = classe
    from nbgrader.api import Gradebook

    juste = _personne(classe, "copie juste")
    rendus = cours / "grading" / "submitted"
    assert _empreintes(rendus) == avant  # les copies rendues ne sont jamais modifiées
    with Gradebook(f"sqlite:///{cours / 'grading' / 'gradebook.db'}") as registre:
        note = registre.find_grade("reflexion_1", LAB, LAB, juste)
        note.manual_score, note.needs_manual_grade = 2, False  # ce que fait le formgrader
        registre.db.commit()
    # une personne rend une nouvelle version : seule sa copie est réexécutée
    vide = _personne(classe, "copie rendue sans rien")
    fabrique = classe_fictive.Fabrique(LAB, cours)
    nbformat.write(fabrique.juste(), rendus / vide / LAB / f"{LAB}.ipynb")
    dates = {personne: retour.stat().st_mtime_ns for personne, retour in bilan.retours.items()}
    deuxieme = noter.noter(LAB, cours, limites=LIMITES, delai_cellule=DELAI)
    assert deuxieme.executees == [vide]
    refaits = {p for p, retour in deuxieme.retours.items() if retour.stat().st_mtime_ns != dates.get(p)}
    assert refaits == {vide, juste}  # retours refaits : nouvelle copie, note manuelle saisie
    assert set(deuxieme.inchangees) == set(bilan.corrigees) - {vide}
    assert deuxieme.notes[vide]["automatique"] == MAXIMUM
    assert deuxieme.notes[juste]["total"] == MAXIMUM + 2 and not deuxieme.notes[juste]["a_corriger_a_la_main"]
    for personne in set(bilan.corrigees) - {vide}:
        assert deuxieme.notes[personne]["automatique"] == bilan.notes[personne]["automatique"]
        assert deuxieme.problemes[personne] == bilan.problemes[personne]  # gardés d'une fois sur l'autre
    assert deuxieme.non_corrigees == bilan.non_corrigees


def test_zip_collect_range_les_copies_recues_par_courriel(tmp_path):
    """Copies reçues en pièces jointes ou exportées d'une plateforme : `nbgrader zip_collect`."""
    import subprocess
    import sys
    import zipfile

    cours = controles.copier_cours(RACINE, tmp_path / "cours")
    recues = cours / "grading" / "downloaded" / LAB / "archive"
    recues.mkdir(parents=True)
    copie = (RACINE / "labs" / LAB / f"{LAB}.ipynb").read_bytes()
    (recues / f"apprenant07_{LAB}.ipynb").write_bytes(copie)
    with zipfile.ZipFile(recues / "envoi_groupe_b.zip", "w") as archive:
        archive.writestr(f"apprenant_08_{LAB}.ipynb", copie)
    resultat = subprocess.run(
        [sys.executable, "-m", "nbgrader", "zip_collect", LAB], cwd=cours,
        env=controles.environnement_outils(), capture_output=True, text=True,
    )
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    for personne in ("apprenant07", "apprenant_08"):
        rangee = cours / "grading" / "submitted" / personne / LAB / f"{LAB}.ipynb"
        assert rangee.read_bytes() == copie


def test_le_formgrader_affiche_une_copie_a_corriger(classe):
    """La page de correction à la main (guide, section 4 : make formgrader) s'ouvre sur une copie corrigée."""
    import urllib.request

    from nbgrader.api import Gradebook

    cours, _, _, _ = classe
    juste = _personne(classe, "copie juste")
    with Gradebook(f"sqlite:///{cours / 'grading' / 'gradebook.db'}") as registre:
        identifiant = registre.find_submission_notebook(LAB, LAB, juste).id
    with ServeurFormgrader(cours) as serveur:
        with urllib.request.urlopen(serveur.url(f"/formgrader/submissions/{identifiant}/"), timeout=60) as page:
            html = page.read().decode("utf-8")
        assert page.status == 200 and "reflexion_1" in html
