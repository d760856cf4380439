"""Les commandes du paquet (civiclabs-synthese, civiclabs-pseudonymiser) parlent français.

``argparse`` écrit en anglais ce qu'il ajoute lui-même : « usage: », « show this help message
and exit », « positional arguments », « the following arguments are required »… et Python
n'a pas de traduction française de ces textes. ``ParseurFr`` les écrit en français ; ce que
la commande déclare (description, aide de chaque option) ne change pas.
"""

from __future__ import annotations

import argparse
import re
import sys

PREFIXE_UTILISATION = "utilisation : "

# Les messages d'erreur d'argparse (Python 3.11), traduits ; un message absent de la liste
# reste tel quel plutôt que d'être perdu.
_MESSAGES = [
    (r"the following arguments are required: (.*)", r"il manque : \1"),
    (r"unrecognized arguments: (.*)", r"arguments inconnus : \1"),
    (r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)", r"argument \1 : \2 n'est pas possible (choisissez parmi \3)"),
    (r"argument (.*?): expected one argument", r"argument \1 : il faut lui donner une valeur"),
    (r"argument (.*?): expected at least one argument", r"argument \1 : il faut lui donner au moins une valeur"),
    (r"argument (.*?): expected at most one argument", r"argument \1 : une seule valeur au plus"),
    (r"argument (.*?): ignored explicit argument (.*)", r"argument \1 : la valeur \2 n'est pas attendue"),
    (r"argument (.*?): not allowed with argument (.*)", r"argument \1 : impossible avec l'argument \2"),
    (r"one of the arguments (.*) is required", r"il faut l'un des arguments \1"),
    (r"ambiguous option: (.*) could match (.*)", r"option ambiguë : \1 peut désigner \2"),
]


_TYPES = {"int": "un nombre entier", "float": "un nombre", "Path": "un chemin de fichier", "str": "un texte"}


def _valeur_invalide(trouve: re.Match) -> str:
    argument, genre, valeur = trouve.groups()
    valeur = valeur[1:-1] if len(valeur) >= 2 and valeur[0] == valeur[-1] == "'" else valeur
    return f"argument {argument} : « {valeur} » ne convient pas ({_TYPES.get(genre, genre)} attendu)"


def traduire(message: str) -> str:
    """Le message d'erreur d'argparse en français (tel quel s'il n'est pas connu)."""
    trouve = re.fullmatch(r"argument (.*?): invalid (\w+) value: (.*)", message, flags=re.DOTALL)
    if trouve:
        return _valeur_invalide(trouve)
    for motif, traduction in _MESSAGES:
        if re.fullmatch(motif, message, flags=re.DOTALL):
            return re.sub(motif, traduction, message, flags=re.DOTALL)
    return message


class ParseurFr(argparse.ArgumentParser):
    """Un ``ArgumentParser`` dont l'aide, l'utilisation et les erreurs sont en français."""

    def __init__(self, *args, **kwargs):
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        # argparse ajoute « : » au titre de chaque partie ; l'espace insécable le précède, à la française
        self._positionals.title = "arguments\u00a0"
        self._optionals.title = "options\u00a0"
        self.add_argument("-h", "--aide", "--help", action="help", default=argparse.SUPPRESS,
                          help="affiche cette aide, puis s'arrête")

    def format_usage(self) -> str:
        formateur = self._get_formatter()
        formateur.add_usage(self.usage, self._actions, self._mutually_exclusive_groups, prefix=PREFIXE_UTILISATION)
        return formateur.format_help()

    def format_help(self) -> str:
        formateur = self._get_formatter()
        formateur.add_usage(self.usage, self._actions, self._mutually_exclusive_groups, prefix=PREFIXE_UTILISATION)
        formateur.add_text(self.description)
        for groupe in self._action_groups:
            formateur.start_section(groupe.title)
            formateur.add_text(groupe.description)
            formateur.add_arguments(groupe._group_actions)
            formateur.end_section()
        formateur.add_text(self.epilog)
        return formateur.format_help()

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {traduire(message)}\n")
