"""Les fonctions écrites par une personne, rejouées dans un processus à part pour la contre-épreuve.

Quand la réponse à un exercice est une fonction (``def part_du_canal(tableau, canal): …``), la
contre-épreuve (``contre_epreuve.py``) ne reçoit que son **texte source**. Elle ne l'exécute
jamais elle-même : chaque appel que fait la vérification passe par une ``FonctionIsolee``, qui
envoie les arguments, en données simples, à un processus « exécutant » (``python -m
civiclabs.exercices.fonctions_isolees``, lancé par la correction dans le bac à sable de la
copie) et relit le résultat, en données simples lui aussi. Le code de la personne ne voit donc
ni la vérification, ni le cours, ni les autres copies ; et ce qu'il renvoie ne peut être
qu'une valeur simple, jamais un objet truqué.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import json
import sys
import textwrap

DELAI_APPEL_S = 60


class ErreurDeLaFonction(Exception):
    """La fonction de la personne a levé une erreur d'un type que l'on ne sait pas recréer."""


class ExecutantIndisponible(RuntimeError):
    """Le processus exécutant ne répond plus (délai dépassé, mémoire, arrêt)."""


def signature_du_source(nom: str, source: str) -> inspect.Signature:
    """La signature de la fonction ``nom`` lue dans son texte, sans l'exécuter."""
    for noeud in ast.walk(ast.parse(textwrap.dedent(source))):
        if isinstance(noeud, (ast.FunctionDef, ast.AsyncFunctionDef)) and noeud.name == nom:
            arguments = noeud.args
            parametres = [inspect.Parameter(a.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD)
                          for a in [*arguments.posonlyargs, *arguments.args]]
            if arguments.vararg:
                parametres.append(inspect.Parameter(arguments.vararg.arg, inspect.Parameter.VAR_POSITIONAL))
            return inspect.Signature(parametres)
    raise ValueError(f"pas de « def {nom}(…) » dans le texte de la fonction")


class FonctionIsolee:
    """Se comporte comme la fonction de la personne, mais l'exécute dans ``executant``."""

    def __init__(self, nom: str, source: str, executant):
        self.__name__ = nom
        self.source = source
        self.__signature__ = signature_du_source(nom, source)
        self._executant = executant

    def __call__(self, *args, **kwargs):
        from .contre_epreuve import depuis_donnees, en_donnees

        demande = {"nom": self.__name__, "source": self.source,
                   "args": en_donnees(list(args)), "kwargs": en_donnees(kwargs)}
        reponse = self._executant(demande)
        if "erreur" in reponse:
            nom, message = reponse["erreur"]
            genre = getattr(builtins, str(nom), None)
            if isinstance(genre, type) and issubclass(genre, Exception) and genre.__module__ == "builtins":
                raise genre(message)
            raise ErreurDeLaFonction(f"{nom} : {message}")
        return depuis_donnees(reponse["resultat"])


def _espace_de_noms() -> dict:
    """Ce qu'une fonction de réponse peut utiliser sans l'importer : ce que le notebook importe."""
    import math
    import re

    import numpy as np
    import pandas as pd

    import civiclabs

    espace = {"__name__": "__reponse__", "math": math, "re": re, "np": np, "pd": pd}
    espace.update({nom: getattr(civiclabs, nom) for nom in civiclabs.__all__})
    # Lab 06 : rapidfuzz et les outils d'audit, comme le notebook les importe.
    from rapidfuzz import fuzz, process

    from civiclabs import audit

    espace.update({"fuzz": fuzz, "process": process})
    espace.update({nom: getattr(audit, nom) for nom in audit.__all__})
    return espace


def executer(demande: dict) -> dict:
    """Un appel : définit la fonction à partir de son texte, l'appelle, renvoie son résultat."""
    from .contre_epreuve import TypeRefuse, depuis_donnees, en_donnees

    espace = _espace_de_noms()
    try:
        exec(compile(textwrap.dedent(demande["source"]), "<réponse>", "exec"), espace)  # noqa: S102
        fonction = espace[demande["nom"]]
        resultat = fonction(*depuis_donnees(demande["args"]), **depuis_donnees(demande["kwargs"]))
        return {"resultat": en_donnees(resultat)}
    except TypeRefuse as refus:
        return {"erreur": ["TypeRefuse", f"la fonction renvoie {refus}"]}
    except BaseException as erreur:  # noqa: BLE001 — tout revient à la vérification, rien ne s'arrête
        return {"erreur": [type(erreur).__name__, str(erreur)[:500]]}


def main() -> None:
    """Boucle de l'exécutant : une demande JSON par ligne sur l'entrée, une réponse par ligne."""
    sortie = sys.stdout
    sys.stdout = sys.stderr  # ce que la fonction imprime ne se mêle pas aux réponses
    for ligne in sys.stdin:
        try:
            reponse = executer(json.loads(ligne))
        except ValueError:
            reponse = {"erreur": ["ValueError", "demande illisible"]}
        sortie.write(json.dumps(reponse, ensure_ascii=False) + "\n")
        sortie.flush()


if __name__ == "__main__":
    main()
