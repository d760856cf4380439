"""Chaque message des vérifications d'exercices est épinglé par une mauvaise réponse.

Sans noyau : pour chaque cas de ``civiclabs.exercices.labNN.CAS``, la réponse erronée est
exécutée dans les variables du notebook (``contexte()``), puis la vérification de
l'exercice doit lever ``ReponseIncorrecte`` avec le fragment de message attendu. Les
réponses de la solution, elles, doivent passer. Enfin chaque ``raise ReponseIncorrecte``
d'un module d'exercices doit être atteint par au moins un cas.
"""

from __future__ import annotations

import ast
import functools
import re
import traceback
from pathlib import Path

import pytest

from civiclabs.exercices import appeler, executer_reponse, modules_des_labs
from civiclabs.exercices.cas import executer_code
from civiclabs.exercices.contre_epreuve import VARIABLE, TypeRefuse, contre_verifier, verifications_consignees
from civiclabs.verification import ReponseIncorrecte
from conftest import LABS, RACINE
from harnais import controles

MODULES = modules_des_labs()
CAS = [(numero, i) for numero, module in MODULES.items() for i in range(len(module.CAS))]


def _lab(numero: str) -> str:
    return next(lab for lab in LABS if lab.startswith(numero))


@functools.cache
def _contexte(numero: str) -> dict:
    return MODULES[numero].contexte()


@functools.cache
def _resultat(numero: str, indice: int):
    """(message levé ou None, (fichier, ligne) du raise dans le paquet)."""
    module = MODULES[numero]
    cas = module.CAS[indice]
    variables = executer_reponse(cas, _contexte(numero))
    try:
        appeler(getattr(module, f"verifier_{cas.exercice}"), variables)
    except ReponseIncorrecte as erreur:
        cadres = [c for c in traceback.extract_tb(erreur.__traceback__) if "civiclabs" in c.filename]
        return str(erreur), (Path(cadres[-1].filename).name, cadres[-1].lineno)
    return None, None


def test_chaque_lab_a_son_module_d_exercices():
    assert sorted(MODULES) == sorted(lab[:2] for lab in LABS)


@pytest.mark.parametrize(("numero", "indice"), CAS, ids=[f"lab{n}-{MODULES[n].CAS[i].exercice}-{i}" for n, i in CAS])
def test_mauvaise_reponse_donne_son_message(numero, indice):
    cas = MODULES[numero].CAS[indice]
    message, _ = _resultat(numero, indice)
    assert message is not None, f"{cas.erreur} : la vérification l'accepte"
    assert cas.message in message, f"{cas.erreur} : message obtenu {message!r}"


@pytest.mark.parametrize("numero", sorted(MODULES), ids=[f"lab{n}" for n in sorted(MODULES)])
def test_les_reponses_de_la_solution_passent(numero, capsys):
    module = MODULES[numero]
    solution = controles.lire(RACINE / "solutions" / _lab(numero) / f"{_lab(numero)}.ipynb")
    reponses = controles.reponses_de_la_solution(solution)
    variables = dict(_contexte(numero))
    verifiees = 0
    for cellule in solution.cells:
        identifiant = controles.nbgrader(cellule).get("grade_id", "")
        if identifiant in reponses and cellule.cell_type == "code":
            exec(reponses[identifiant], variables)  # noqa: S102
            verification = getattr(module, f"verifier_{identifiant}")
            assert isinstance(appeler(verification, variables), str), identifiant
            verifiees += 1
    assert verifiees == len([n for n in dir(module) if n.startswith("verifier_ex")])


@pytest.mark.parametrize("numero", sorted(MODULES), ids=[f"lab{n}" for n in sorted(MODULES)])
def test_chaque_exercice_a_au_moins_un_cas_et_une_copie_typique_coherente(numero):
    module = MODULES[numero]
    exercices = {n.removeprefix("verifier_") for n in dir(module) if n.startswith("verifier_ex")}
    assert exercices == {c.exercice for c in module.CAS}
    typiques = [c.exercice for c in module.CAS if c.typique]
    assert len(typiques) == len(set(typiques)), "une seule réponse typique par exercice"
    assert typiques and set(module.REFLEXIONS_FAIBLES)


def _lignes_des_raise(module) -> set[tuple[str, int]]:
    arbre = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return {
        (Path(module.__file__).name, noeud.lineno)
        for noeud in ast.walk(arbre)
        if isinstance(noeud, ast.Raise) and isinstance(noeud.exc, ast.Call)
        and getattr(noeud.exc.func, "id", "") == "ReponseIncorrecte"
    }


@pytest.mark.parametrize("numero", sorted(MODULES), ids=[f"lab{n}" for n in sorted(MODULES)])
def test_chaque_message_est_epingle(numero):
    module = MODULES[numero]
    atteints = {_resultat(numero, i)[1] for i in range(len(module.CAS))}
    jamais = sorted(_lignes_des_raise(module) - atteints)
    assert not jamais, f"messages jamais produits par un cas (fichier, ligne) : {jamais}"


@pytest.mark.parametrize("numero", sorted(MODULES), ids=[f"lab{n}" for n in sorted(MODULES)])
def test_refaite_hors_du_noyau_la_verification_dit_la_meme_chose(numero, executant, tmp_path, monkeypatch):
    """La contre-épreuve de ``make grade`` (réponses consignées en données simples, vérification
    refaite hors du noyau, fonctions rejouées par l'exécutant) : les réponses de la solution y
    passent, et la première erreur épinglée de chaque exercice consigné y donne le même message
    que dans le noyau (sauf si elle change une variable du cours : refusée aussi, mais jugée avec
    la valeur du cours)."""
    module = MODULES[numero]
    verifications = verifications_consignees(module)
    contexte = _contexte(numero)
    monkeypatch.setenv(VARIABLE, str(tmp_path))

    def consigner_puis_refaire(verification, variables):
        dans_le_noyau = None
        try:
            appeler(verification, variables)
        except ReponseIncorrecte as erreur:
            dans_le_noyau = str(erreur)
        texte = (tmp_path / f"{verification.exercice}.json").read_text(encoding="utf-8")
        try:
            return dans_le_noyau, contre_verifier(verification, texte, contexte, executant), None
        except ReponseIncorrecte as erreur:
            return dans_le_noyau, None, str(erreur)

    solution = controles.lire(RACINE / "solutions" / _lab(numero) / f"{_lab(numero)}.ipynb")
    reponses = controles.reponses_de_la_solution(solution)
    variables = dict(contexte)
    for cellule in solution.cells:
        identifiant = controles.nbgrader(cellule).get("grade_id", "")
        if identifiant in reponses and cellule.cell_type == "code":
            executer_code(reponses[identifiant], variables, f"<solution {numero} {identifiant}>")
            if identifiant in verifications:
                dans_le_noyau, bravo, refus = consigner_puis_refaire(verifications[identifiant], variables)
                assert dans_le_noyau is None and refus is None and bravo, (identifiant, refus)
    deja = set()
    for cas in module.CAS:
        if cas.exercice not in verifications or cas.exercice in deja or cas.plante:
            continue
        verification = verifications[cas.exercice]
        variables = executer_reponse(cas, contexte)
        if any(nom not in variables for nom in verification.reponses_consignees):
            continue
        deja.add(cas.exercice)
        try:
            dans_le_noyau, bravo, refus = consigner_puis_refaire(verification, variables)
        except TypeRefuse:
            continue  # une réponse non transmissible : 0 point à la contre-épreuve
        assert bravo is None, f"{numero} {cas.exercice} : la contre-épreuve accepte « {cas.erreur} »"
        change_le_cours = any(re.search(rf"(?m)^{re.escape(nom)}\s*=", cas.reponse)
                              for nom in contexte if nom not in verification.reponses_consignees)
        if not change_le_cours:
            assert refus == dans_le_noyau, cas.erreur
    assert len(deja) >= len(verifications) // 2, sorted(deja)


def test_lab05_les_verifications_suivent_taille_panel():
    """Essai du Lab 05 : avec TAILLE_PANEL = 30 (« vous pouvez les modifier »), la bonne boucle de 2.2 était
    refusée. Les vérifications de 2.2 et 4.1 jugent avec les panels et la taille du notebook."""
    from civiclabs.exercices import lab05
    from civiclabs.tirage import ecarts_aux_quotas, quotas_depuis_parts

    variables = dict(_contexte("05"))
    vivier = variables["vivier"]
    quotas = quotas_depuis_parts(variables["parts_pop"], 30)
    panels = [list(vivier["identifiant"].sample(30, random_state=g)) for g in range(1, 41)]

    def moyenne_quotas_respectes(vivier, panels, quotas):
        respectes = [ecarts_aux_quotas(vivier[vivier["identifiant"].isin(p)], quotas)["respecte"].sum() for p in panels]
        return sum(respectes) / len(respectes)

    valeur = moyenne_quotas_respectes(vivier, panels, quotas)
    assert "panel simple de 30" in lab05.verifier_ex2_2(moyenne_quotas_respectes, valeur, vivier, panels, quotas)
    assert "30\u202f%" in lab05.verifier_ex4_1(lambda vivier, taille: taille / len(vivier), vivier, 30)


def test_lab03_messages_de_reussite_de_3_2_et_6_1():
    """Essais de Mehdi et de Karim : 3.2 prévient des thèmes que la règle des phrases types écartera
    (et de garder=[…]) ; 6.1 compte séparément les lignes et les écartés."""
    solution = controles.lire(RACINE / "solutions" / _lab("03") / f"{_lab('03')}.ipynb")
    reponses = controles.reponses_de_la_solution(solution)
    variables = dict(_contexte("03"))
    exec(reponses["ex3_2"], variables)  # noqa: S102
    message = appeler(MODULES["03"].verifier_ex3_2, variables)
    assert "À savoir : la synthèse (section 6) écartera comme « phrase type » le thème " in message
    assert message.endswith("gardez-le : synthetiser(…, garder=[numéro]).")
    for identifiant in ("ex4_2", "ex6_1"):
        exec(reponses[identifiant], variables)  # noqa: S102
    message = appeler(MODULES["03"].verifier_ex6_1, variables)
    synthese = variables["synthese"]
    lignes, ecartes = int(synthese["au_total"].sum()), int((synthese["rubrique"] == "écarté").sum())
    assert message == (f"{lignes} lignes où chaque contribution est rangée une fois, chacune appuyée sur des "
                       "contributions citées, et "
                       + (f"{ecartes} écartés chacun avec sa raison." if ecartes > 1 else f"{ecartes} écarté avec sa raison."))
