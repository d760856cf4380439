"""Le tirage au sort du Lab 05 : vivier synthétique, quotas, méthodes, désistements, tirage vérifiable.

Les seuils de l'issue sont mesurés sur le vivier committé, avec les réglages du lab (sous-vivier
de 100 volontaires, panel de 10) : le panel maximin respecte chaque quota, sa plus petite chance
est au moins 5 fois celle de legacy, et un tirage rejoué depuis la graine publiée donne le même panel.
"""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from civiclabs import charger_population, charger_volontaires
from civiclabs import tirage as T
from civiclabs.corpus import generer_volontaires
from civiclabs.corpus.fichiers import vers_csv
from civiclabs.corpus.volontaires import destinataires_et_reponses

DONNEES = Path(__file__).resolve().parents[1] / "data"
# Les réglages de la cellule de paramètres du lab 05.
TAILLE_VIVIER, TAILLE_PANEL, GRAINE = 100, 10, 2050
VALEUR_PUBLIQUE = "Loto du samedi 9 janvier 2027 : 7 13 21 34 45, numéro chance 4"


@pytest.fixture(scope="module")
def vivier():
    return T.sous_vivier(charger_volontaires(), TAILLE_VIVIER, GRAINE)


@pytest.fixture(scope="module")
def quotas():
    return T.quotas_depuis_parts(T.parts_meridanne(charger_population()), TAILLE_PANEL)


@pytest.fixture(scope="module")
def sans_reseau():
    """Toute tentative de connexion pendant un tirage fait échouer le test."""
    original = socket.socket.connect

    def interdit(*args, **kwargs):
        raise AssertionError("le tirage a tenté une connexion réseau")

    socket.socket.connect = interdit
    yield
    socket.socket.connect = original


@pytest.fixture(scope="module")
def verifiable(vivier, quotas, sans_reseau):
    return T.tirage_verifiable(vivier, quotas, TAILLE_PANEL, VALEUR_PUBLIQUE)


# --- Le vivier ------------------------------------------------------------------------------

def test_le_fichier_livre_est_la_regeneration_par_defaut():
    assert (DONNEES / "volontaires.csv").read_text(encoding="utf-8") == vers_csv(generer_volontaires())


def test_le_vivier_est_deforme_comme_les_viviers_reels():
    invites = destinataires_et_reponses()
    vol = invites[invites["volontaire"]]
    assert 1_000 <= len(vol) <= 2_000
    assert len(vol) == len(charger_volontaires())
    agees = ["60-74", "75 et plus"]
    assert vol["tranche_age"].isin(agees).mean() > invites["tranche_age"].isin(agees).mean() + 0.05
    assert (vol["diplome"] == "diplôme du supérieur").mean() > (invites["diplome"] == "diplôme du supérieur").mean() + 0.1
    assert (vol["logement"] == "propriétaire").mean() > (invites["logement"] == "propriétaire").mean() + 0.1
    assert vol["quartier_prioritaire"].mean() < invites["quartier_prioritaire"].mean() - 0.1


def test_meme_graine_meme_vivier_et_erreurs_en_francais():
    pd.testing.assert_frame_equal(generer_volontaires(lettres=2000, graine=3), generer_volontaires(lettres=2000, graine=3))
    with pytest.raises(ValueError, match="compris entre"):
        generer_volontaires(lettres=10)
    with pytest.raises(TypeError, match="nombre entier"):
        generer_volontaires(lettres=2000.5)


def test_coordonnees_fictives_et_identifiants_uniques():
    vol = charger_volontaires()
    assert vol["identifiant"].is_unique
    assert vol["telephone"].str.startswith("06 39 98 ").all()  # tranche Arcep réservée à la fiction
    assert vol["telephone"].is_unique


# --- Quotas et seuils de l'issue ------------------------------------------------------------

def test_quotas_depuis_parts_encadrent_la_part_attendue(quotas):
    assert set(quotas["critere"]) == set(T.CRITERES)
    for critere, q in quotas.groupby("critere"):
        assert q["min"].sum() <= TAILLE_PANEL <= q["max"].sum(), critere
    assert ((quotas["max"] - quotas["min"]) <= 1).all()


def test_maximin_respecte_les_quotas_et_quintuple_la_plus_petite_chance(vivier, quotas, verifiable):
    tirage, _ = verifiable
    panel = vivier.set_index("identifiant").loc[tirage.panel].reset_index()
    assert len(panel) == TAILLE_PANEL
    assert T.ecarts_aux_quotas(panel, quotas)["respecte"].all()
    # chaque panel de la loterie respecte les quotas, pas seulement celui qui a été tiré
    for comite in tirage.comites:
        assert T.ecarts_aux_quotas(vivier.set_index("identifiant").loc[sorted(comite)].reset_index(), quotas)["respecte"].all()
    assert tirage.chances.sum() == pytest.approx(TAILLE_PANEL)
    legacy = T.chances_legacy(vivier, quotas, TAILLE_PANEL, tirages=400, graine=GRAINE)
    assert tirage.plus_petite_chance >= 5 * legacy.plus_petite_chance, (tirage.plus_petite_chance, legacy.plus_petite_chance)
    assert tirage.gini < legacy.gini
    assert legacy.messages.count("Trial number") >= 400  # au moins une ligne par tirage, gardée, pas imprimée


def test_un_tirage_rejoue_depuis_la_graine_publiee_donne_le_meme_panel(vivier, quotas, verifiable, sans_reseau):
    tirage, journal = verifiable
    assert journal["graine"] == T.graine_depuis_valeur_publique(VALEUR_PUBLIQUE) != 0
    assert T.rejouer(journal, vivier, quotas) == tirage.panel == journal["panel"]


def test_rejouer_refuse_un_vivier_modifie(vivier, quotas, verifiable):
    _, journal = verifiable
    modifie = vivier.copy()
    modifie.loc[0, "tranche_age"] = "18-29" if modifie.loc[0, "tranche_age"] != "18-29" else "30-44"
    with pytest.raises(T.ErreurTirage, match="vivier n'est pas celui du journal"):
        T.rejouer(journal, modifie, quotas)


def test_legacy_rejoue_avec_la_meme_graine_et_change_avec_une_autre(vivier, quotas):
    a = T.tirer(vivier, quotas, TAILLE_PANEL, "legacy", graine=11).panel
    assert a == T.tirer(vivier, quotas, TAILLE_PANEL, "legacy", graine=11).panel
    autres = {tuple(T.tirer(vivier, quotas, TAILLE_PANEL, "legacy", graine=g).panel) for g in range(12, 17)}
    assert len(autres | {tuple(a)}) > 1


def test_le_remplacant_garde_chaque_quota(vivier, quotas):
    panel = T.tirer(vivier, quotas, TAILLE_PANEL, "legacy", graine=5).panel
    for parti in panel[:4]:
        nouveau = T.remplacer(vivier, panel, parti, quotas, graine=1)
        assert nouveau not in panel
        complet = [p for p in panel if p != parti] + [nouveau]
        assert T.ecarts_aux_quotas(vivier.set_index("identifiant").loc[complet].reset_index(), quotas)["respecte"].all()


def test_gini():
    assert T.coefficient_gini([0.1] * 10) == pytest.approx(0.0)
    assert T.coefficient_gini([0, 0, 0, 1]) == pytest.approx(0.75)


# --- Erreurs claires, en français -----------------------------------------------------------

def test_erreurs_en_francais(vivier, quotas):
    with pytest.raises(T.ErreurTirage, match="secrets"):
        T.tirer(vivier, quotas, TAILLE_PANEL, graine=0)
    with pytest.raises(T.ErreurTirage, match="Colonne\\(s\\) manquante\\(s\\) dans « vivier » : diplome"):
        T.tirer(vivier.drop(columns="diplome"), quotas, TAILLE_PANEL)
    double = pd.concat([vivier, vivier.iloc[[0]]])
    with pytest.raises(T.ErreurTirage, match="Identifiant en double"):
        T.tirer(double, quotas, TAILLE_PANEL)
    with pytest.raises(T.ErreurTirage, match="LEXIMIN"):
        T.tirer(vivier, quotas, TAILLE_PANEL, methode="leximin")
    impossible = quotas.copy()
    # dix places pour des diplômé·es du supérieur habitant un quartier prioritaire : le vivier n'en a pas dix
    impossible.loc[impossible["valeur"].isin(["oui", "diplôme du supérieur"]), ["min", "max"]] = TAILLE_PANEL
    impossible.loc[impossible["valeur"].isin(["non", "aucun diplôme ou brevet", "CAP, BEP ou baccalauréat"]),
                   ["min", "max"]] = 0
    with pytest.raises(T.ErreurTirage, match="Aucun panel ne respecte"):
        T.tirer(vivier, impossible, TAILLE_PANEL)
    with pytest.raises(T.ErreurTirage, match="ne permettent pas un panel de 30"):
        T.tirer(vivier, quotas, 30)
    with pytest.raises(T.ErreurTirage, match="ne fait pas partie du panel"):
        T.remplacer(vivier, ["V0001"], "V9999", quotas)


def test_les_fichiers_du_paquet_ne_gardent_que_les_criteres(vivier, quotas, tmp_path):
    f_criteres, f_personnes = T.preparer_fichiers(vivier, quotas, tmp_path)
    assert pd.read_csv(f_criteres).columns.tolist() == ["feature", "value", "min", "max"]
    assert pd.read_csv(f_personnes).columns.tolist() == ["identifiant", *T.CRITERES]


def test_le_solveur_n_imprime_rien(vivier, quotas, capfd):
    T.tirer(vivier, quotas, TAILLE_PANEL, "legacy", graine=3)
    sortie = capfd.readouterr()
    assert sortie.out == "" and sortie.err == ""


def test_graine_publique():
    assert T.graine_depuis_valeur_publique(" abc ") == T.graine_depuis_valeur_publique("abc")
    assert isinstance(T.graine_depuis_valeur_publique("abc"), int)
    assert np.int64(T.graine_depuis_valeur_publique("abc")) > 0


def test_un_calcul_lance_en_arriere_plan_donne_le_meme_resultat(vivier, quotas):
    calculs = T.lancer_en_arriere_plan(vivier, quotas, TAILLE_PANEL, ["legacy"], graine=3, tirages=50)
    ici = T.chances_legacy(vivier, quotas, TAILLE_PANEL, tirages=50, graine=3)
    la_bas = calculs.resultat("legacy")
    pd.testing.assert_series_equal(la_bas.chances, ici.chances)
    with pytest.raises(T.ErreurTirage, match="Méthode inconnue"):
        T.lancer_en_arriere_plan(vivier, quotas, TAILLE_PANEL, ["leximin"])


# Un vivier plus petit pour le rejeu dans d'autres sessions (trois fois moins de calcul pour maximin) :
# il a la même propriété que celui du lab, mesurée en décembre 2026 : sans hachage fixé, trois sessions
# (PYTHONHASHSEED 1, 2, 3) y calculaient trois loteries maximin différentes (28 panels).
PETIT_VIVIER, PETIT_PANEL = 40, 6


def test_le_tirage_se_rejoue_a_l_identique_dans_une_autre_session_python(sans_reseau):
    """Le paquet range panels et personnes dans des ensembles, dont l'ordre change d'une session Python
    à l'autre (hachage aléatoire) : sans précaution, la même graine donnait une autre loterie ailleurs.
    Ici, sur un vivier de 40 et un panel de 6, deux **autres** sessions (autres PYTHONHASHSEED, lancées en même temps), qui ne reçoivent que le
    journal publié, refont le tirage vérifiable depuis sa valeur publique : même journal (donc mêmes
    empreintes du vivier, des quotas et du code, même graine, même panel, ce que ``rejouer`` compare) ;
    et la même loterie, donc **toutes** les chances identiques (pas seulement la plus petite)."""
    import json
    import os
    import subprocess
    import sys

    vivier = T.sous_vivier(charger_volontaires(), PETIT_VIVIER, GRAINE)
    quotas = T.quotas_depuis_parts(T.parts_meridanne(charger_population()), PETIT_PANEL)
    tirage, journal = T.tirage_verifiable(vivier, quotas, PETIT_PANEL, VALEUR_PUBLIQUE)
    assert journal["PYTHONHASHSEED"] == tirage.hachage == T.HACHAGE_FIXE
    script = (
        "import json, sys\n"
        "from civiclabs import charger_population, charger_volontaires\n"
        "from civiclabs import tirage as T\n"
        "if __name__ == '__main__':\n"
        "    journal = json.loads(sys.stdin.read())\n"
        f"    v = T.sous_vivier(charger_volontaires(), {PETIT_VIVIER}, {GRAINE})\n"
        f"    q = T.quotas_depuis_parts(T.parts_meridanne(charger_population()), {PETIT_PANEL})\n"
        "    t, j = T.tirage_verifiable(v, q, journal['taille'], journal['valeur_publique'], journal['methode'])\n"
        "    print(json.dumps({'journal': j, 'chances': t.chances.to_dict()}))\n"
    )
    sessions = {hachage: subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, text=True,
                                          env=os.environ | {"PYTHONHASHSEED": hachage})
                for hachage in ("12345", "random")}
    for hachage, session in sessions.items():
        sortie, erreurs = session.communicate(T.journal_json(journal), timeout=600)
        assert session.returncode == 0, (hachage, erreurs[-2000:])
        ailleurs = json.loads(sortie.strip().splitlines()[-1])
        assert ailleurs["journal"] == journal and ailleurs["journal"]["panel"] == tirage.panel, hachage
        pd.testing.assert_series_equal(pd.Series(ailleurs["chances"], name="chance").rename_axis("identifiant"),
                                       tirage.chances, check_exact=True)


def test_l_empreinte_du_code_suit_le_code_charge_et_le_paquet(monkeypatch):
    """L'empreinte décrit le texte de tirage.py lu à l'import et les fichiers de sortition-algorithms."""
    assert T.empreinte_code() == T._empreinte_du_code_charge()
    monkeypatch.setattr(T, "_TEXTE_DU_MODULE", T._TEXTE_DU_MODULE + b"\n# une ligne de plus\n")
    assert T._empreinte_du_code_charge() != T.empreinte_code()
    monkeypatch.undo()
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "version", lambda nom: "0.0.0")
    assert T._empreinte_du_code_charge() != T.empreinte_code()


def test_le_second_processus_ignore_l_interruption():
    """Le bouton « interrompre » de JupyterLab, et l'arrêt du noyau par papermill ou nbgrader,
    envoient SIGINT à tout le groupe de processus : le second processus de calcul n'en meurt pas
    (il affichait une trace d'erreur) et répond encore."""
    import os
    import signal

    from civiclabs.processus import second_processus

    executeur = second_processus()
    assert executeur is not None
    try:
        pid = executeur.submit(os.getpid).result(timeout=60)
        os.kill(pid, signal.SIGINT)
        assert executeur.submit(os.getpid).result(timeout=60) == pid
    finally:
        executeur.shutdown(wait=True)
