"""Une réponse reste la réponse : aucune cellule n'en réemploie le nom.

Si une cellule placée après un exercice donne une autre valeur à une variable de réponse
(dans un essai du Lab 06, ``nb_affirmations`` écrasé plus bas par un total de 102), relancer
le test de l'exercice échoue, et une correction qui lirait les variables finales
jugerait la réponse fausse. Pour chaque exercice, les variables que sa cellule de test passe
à la vérification et que sa cellule de réponse définit ne sont définies par aucune autre
cellule du notebook de solution (au niveau du module : affectation, boucle, ``def``, import).
"""

from __future__ import annotations

import ast

import pytest

from conftest import LABS, RACINE
from harnais import controles


def _arbre(cellule) -> ast.Module:
    lignes = [ligne for ligne in cellule.source.splitlines() if not ligne.lstrip().startswith(("%", "!"))]
    return ast.parse("\n".join(lignes))


def _noms_definis(arbre: ast.Module) -> set[str]:
    noms: set[str] = set()
    for noeud in arbre.body:
        cibles = []
        if isinstance(noeud, ast.Assign):
            cibles = noeud.targets
        elif isinstance(noeud, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor)):
            cibles = [noeud.target]
        elif isinstance(noeud, (ast.With, ast.AsyncWith)):
            cibles = [i.optional_vars for i in noeud.items if i.optional_vars is not None]
        elif isinstance(noeud, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            noms.add(noeud.name)
        elif isinstance(noeud, (ast.Import, ast.ImportFrom)):
            noms.update((a.asname or a.name).split(".")[0] for a in noeud.names)
        for cible in cibles:
            noms.update(n.id for n in ast.walk(cible) if isinstance(n, ast.Name))
    return noms


def _noms_verifies(arbre: ast.Module) -> set[str]:
    """Les noms passés à un appel ``….verifier_exN_M(…)`` de la cellule de test."""
    return {
        argument.id
        for noeud in ast.walk(arbre)
        if isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Attribute)
        and noeud.func.attr.startswith("verifier_ex")
        for argument in [*noeud.args, *(k.value for k in noeud.keywords)]
        if isinstance(argument, ast.Name)
    }


@pytest.mark.parametrize("lab", LABS)
def test_aucune_cellule_ne_reemploie_le_nom_d_une_reponse(lab):
    solution = controles.lire(RACINE / "solutions" / lab / f"{lab}.ipynb")
    cellules = [(i, c, controles.nbgrader(c).get("grade_id", "")) for i, c in enumerate(solution.cells)
                if c.cell_type == "code"]
    reponses = {identifiant: (i, _noms_definis(_arbre(c))) for i, c, identifiant in cellules
                if identifiant and controles.nbgrader(c).get("solution") and not controles.nbgrader(c).get("grade")}
    conflits = []
    for _, cellule, identifiant in cellules:
        if not identifiant.endswith("_tests") or identifiant.removesuffix("_tests") not in reponses:
            continue
        rang, definis = reponses[identifiant.removesuffix("_tests")]
        for nom in sorted(_noms_verifies(_arbre(cellule)) & definis):
            conflits += [f"« {nom} » (réponse de {identifiant.removesuffix('_tests')}) redéfini dans la cellule {j}"
                         for j, autre, _ in cellules if j != rang and nom in _noms_definis(_arbre(autre))]
    assert not conflits, conflits
