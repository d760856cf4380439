"""Ce que partagent les modules d'exercices : le cas d'une mauvaise réponse, et la façon
d'appeler une vérification avec les variables d'un notebook."""

from __future__ import annotations

import importlib
import inspect
import linecache
import pkgutil
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Cas:
    """Une mauvaise réponse typique à un exercice, et ce que la vérification doit en dire.

    ``reponse`` est le code de la cellule de réponse, tel qu'une personne l'écrirait ;
    ``message`` un fragment du message attendu de ``ReponseIncorrecte`` ; ``erreur`` dit
    l'erreur commise, en français. ``plante`` : la cellule de réponse elle-même s'arrête
    sur une erreur Python (la vérification diagnostique alors ce qui reste). ``typique`` :
    cette réponse fait partie de la copie « typique avec des erreurs » des tests de
    correction et de la classe fictive (une au plus par exercice).
    """

    exercice: str
    reponse: str
    message: str
    erreur: str
    plante: bool = False
    typique: bool = False


def appeler(verification, variables: dict):
    """Appelle ``verification`` en lui passant, pour chacun de ses paramètres, la variable
    du même nom (comme la cellule de test du notebook le fait)."""
    parametres = inspect.signature(verification).parameters
    manquants = [
        nom for nom, p in parametres.items()
        if nom not in variables and p.default is inspect.Parameter.empty
    ]
    if manquants:
        raise KeyError(f"variables absentes du contexte : {manquants}")
    return verification(**{nom: variables[nom] for nom in parametres if nom in variables})


def executer_code(code: str, variables: dict, nom: str) -> None:
    """Exécute le code d'une cellule dans ``variables``, comme le noyau : son texte est gardé
    (linecache), si bien qu'une fonction définie là a un texte source (inspect.getsource)."""
    linecache.cache[nom] = (len(code), None, code.splitlines(keepends=True), nom)
    exec(compile(code, nom, "exec"), variables)  # noqa: S102


def executer_reponse(cas: Cas, contexte: dict) -> dict:
    """Exécute la réponse d'un cas dans une copie des variables du contexte ; renvoie les
    variables obtenues. Une réponse qui plante n'est admise que si le cas le dit."""
    variables = dict(contexte)
    try:
        executer_code(cas.reponse, variables, f"<réponse {cas.exercice} {hash(cas.reponse)}>")
    except Exception:
        if not cas.plante:
            raise
    return variables


def modules_des_labs() -> dict[str, ModuleType]:
    """{"00": module lab00, "01": …} : les modules d'exercices présents dans le paquet."""
    from civiclabs import exercices

    modules = {}
    for info in pkgutil.iter_modules(exercices.__path__):
        if info.name.startswith("lab") and info.name[3:].isdigit():
            modules[info.name[3:]] = importlib.import_module(f"civiclabs.exercices.{info.name}")
    return dict(sorted(modules.items()))


def module_du_lab(lab: str) -> ModuleType:
    """Le module d'exercices d'un lab, d'après son nom (« 01_classer_les_demandes »)."""
    return importlib.import_module(f"civiclabs.exercices.lab{lab[:2]}")
