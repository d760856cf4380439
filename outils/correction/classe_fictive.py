"""Une classe fictive pour répéter la correction avant la première vraie session.

``make classe-fictive LAB=01_classer_les_demandes`` remplit ``grading/submitted/`` avec les copies
d'une classe inventée (30 personnes par défaut, identifiants ``fictif01`` … ``fictif30``) :

- des copies ordinaires : vides, justes, partielles (une partie des exercices faits), avec les
  erreurs typiques des débutant·es (tests/copies/<lab>.py), mélangées ; les questions de réflexion
  sont remplies, plus ou moins bien, pour s'exercer au barème ;
- les **cas difficiles** qu'une vraie classe finit toujours par produire, un de chaque : fichier
  vide, JSON cassé, copie mal nommée, copie mal rangée, tests modifiés pour passer, cellule de
  test supprimée, notebook d'un autre lab, boucle sans fin, bombe mémoire, sorties énormes.

Puis ``make grade LAB=…`` les corrige, et le bilan montre ce que chaque cas devient.
Les copies fictives ne remplacent jamais une vraie copie : la commande n'écrit que dans des
dossiers ``grading/submitted/fictifNN`` (et y remplace la copie fictive précédente de ce lab).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

import nbformat

from civiclabs.exercices import module_du_lab
from outils.commun import RACINE, lire, remplir, reponses_de_la_solution
from outils.commun import nbgrader as meta_nbgrader
from outils.fabrication.labs import lister_labs

PREFIXE = "fictif"

# Le code qui, placé dans la première cellule de réponse, produit chaque cas d'exécution difficile.
BOUCLE_SANS_FIN = "while True:\n    pass"
BOMBE_MEMOIRE = "reserve = []\nwhile True:\n    reserve.append(bytearray(50_000_000))"
REFLEXION_COURTE = "Je ne sais pas trop, il faudrait vérifier."
# Dans les sources, une question de réflexion contient son barème puis cette marque et un exemple.
MARQUE_EXEMPLE = "*Exemple de réponse complète* :"


def reponses_erronees(lab: str) -> dict[str, str]:
    """La copie typique avec des erreurs d'un lab : pour chaque exercice, la réponse erronée
    marquée « typique » dans la table des cas de civiclabs.exercices, et une réponse faible à
    chaque question de réflexion. Les exercices sans cas typique gardent la bonne réponse."""
    module = module_du_lab(lab)
    reponses = {cas.exercice: cas.reponse for cas in module.CAS if cas.typique}
    reponses.update(module.REFLEXIONS_FAIBLES)
    return reponses


def _identifiants(version: nbformat.NotebookNode) -> tuple[list[str], list[str], list[str]]:
    """(cellules de réponse en code, questions de réflexion, cellules de test) d'un lab."""
    code, reflexions, tests = [], [], []
    for cellule in version.cells:
        meta = meta_nbgrader(cellule)
        if meta.get("solution"):
            (code if cellule.cell_type == "code" else reflexions).append(meta["grade_id"])
        elif meta.get("grade") and cellule.cell_type == "code":
            tests.append(meta["grade_id"])
    return code, reflexions, tests


class Fabrique:
    """Fabrique les copies d'un lab : ordinaires et difficiles."""

    def __init__(self, lab: str, racine: Path = RACINE, graine: int = 0):
        self.lab, self.racine = lab, racine
        self.version = racine / "labs" / lab / f"{lab}.ipynb"
        if not self.version.is_file():
            raise FileNotFoundError(f"{self.version.relative_to(racine)} manque : lancez d'abord make labs.")
        source = lire(racine / "solutions" / lab / f"{lab}.ipynb")
        self.justes = reponses_de_la_solution(source)
        for identifiant, texte in self.justes.items():  # réflexions : l'exemple, pas le barème
            if MARQUE_EXEMPLE in texte:
                self.justes[identifiant] = texte.split(MARQUE_EXEMPLE, 1)[1].strip()
        self.erronees = reponses_erronees(lab)
        self.code, self.reflexions, self.tests = _identifiants(lire(self.version))
        self.hasard = random.Random(graine)

    # copies ordinaires ---------------------------------------------------------------------
    def vide(self) -> nbformat.NotebookNode:
        return lire(self.version)

    def juste(self) -> nbformat.NotebookNode:
        return remplir(self.version, self.justes)

    def partielle(self, part: float = 0.5) -> nbformat.NotebookNode:
        """Les premiers exercices faits (justes), la suite laissée vide : une personne en retard."""
        faits = self.code[: max(1, round(len(self.code) * part))]
        reponses = {i: self.justes[i] for i in faits}
        reponses.update({i: REFLEXION_COURTE for i in self.reflexions[:1]})
        return remplir(self.version, reponses)

    def avec_erreurs(self) -> nbformat.NotebookNode:
        return remplir(self.version, {**self.justes, **self.erronees} if self.erronees else self.justes)

    def melangee(self) -> nbformat.NotebookNode:
        """Chaque exercice au hasard : juste, erreur typique ou pas fait."""
        reponses = {}
        for identifiant in self.code:
            tirage = self.hasard.random()
            if tirage < 0.5:
                reponses[identifiant] = self.justes[identifiant]
            elif tirage < 0.8 and identifiant in self.erronees:
                reponses[identifiant] = self.erronees[identifiant]
        for identifiant in self.reflexions:
            reponses[identifiant] = self.hasard.choice(
                [self.justes[identifiant], REFLEXION_COURTE, self.erronees.get(identifiant, REFLEXION_COURTE)]
            )
        return remplir(self.version, reponses)

    # cas difficiles ------------------------------------------------------------------------
    def _avec_premiere_reponse(self, code: str) -> nbformat.NotebookNode:
        return remplir(self.version, {**self.justes, self.code[0]: code})

    def boucle_sans_fin(self) -> nbformat.NotebookNode:
        return self._avec_premiere_reponse(BOUCLE_SANS_FIN)

    def bombe_memoire(self) -> nbformat.NotebookNode:
        return self._avec_premiere_reponse(BOMBE_MEMOIRE)

    def tests_modifies(self) -> nbformat.NotebookNode:
        """Réponses vides, et des tests réécrits pour passer : nbgrader remet les vrais."""
        nb = self.vide()
        for cellule in nb.cells:
            if meta_nbgrader(cellule).get("grade_id") in self.tests:
                cellule.source = 'print("Tout est juste !")'
        for cellule in nb.cells:
            if meta_nbgrader(cellule).get("grade_id") in self.code:
                cellule.source = "pass"
        return nb

    def test_supprime(self) -> nbformat.NotebookNode:
        """Une copie juste dont la cellule de test du premier exercice a été supprimée."""
        nb = self.juste()
        nb.cells = [c for c in nb.cells if meta_nbgrader(c).get("grade_id") != self.tests[0]]
        return nb

    def sorties_enormes(self, mo: int = 20) -> nbformat.NotebookNode:
        """Une copie juste, enregistrée avec une sortie de ``mo`` Mo (un affichage en boucle)."""
        nb = self.juste()
        cellule = next(c for c in nb.cells if meta_nbgrader(c).get("grade_id") == self.code[0])
        ligne = "affichage répété dans une boucle oubliée\n"
        cellule.outputs = [nbformat.v4.new_output("stream", name="stdout", text=ligne * (mo * 1024 * 1024 // len(ligne)))]
        return nb

    def autre_lab(self) -> nbformat.NotebookNode | None:
        autres = [l for l in lister_labs(self.racine) if l != self.lab and (self.racine / "labs" / l / f"{l}.ipynb").is_file()]
        return lire(self.racine / "labs" / autres[0] / f"{autres[0]}.ipynb") if autres else None


def _ecrire(dossier: Path, nom: str, nb: nbformat.NotebookNode | None = None, brut: bytes | None = None) -> Path:
    dossier.mkdir(parents=True, exist_ok=True)
    chemin = dossier / nom
    if brut is not None:
        chemin.write_bytes(brut)
    else:
        nbformat.write(nb, chemin)
    return chemin


# (profil, description) : la distribution d'une classe de 30 ; les cas difficiles en dernier.
ORDINAIRES = [
    ("juste", "copie juste"),
    ("partielle", "la moitié des exercices faits"),
    ("avec_erreurs", "erreurs typiques de débutant·e"),
    ("melangee", "exercices justes, faux ou pas faits, au hasard"),
    ("vide", "copie rendue sans rien faire"),
]
DIFFICILES = [
    ("fichier_vide", "fichier de 0 octet (envoi raté)"),
    ("json_casse", "fichier tronqué : JSON cassé"),
    ("mal_nommee", "copie juste nommée « Copie de … (1).ipynb »"),
    ("mal_rangee", "copie juste posée à la racine du dossier de la personne"),
    ("tests_modifies", "cellules de test réécrites pour afficher « Tout est juste ! »"),
    ("test_supprime", "copie juste, cellule de test du premier exercice supprimée"),
    ("autre_lab", "le notebook d'un autre lab rendu à la place"),
    ("boucle_sans_fin", "boucle sans fin dans le premier exercice"),
    ("bombe_memoire", "bombe mémoire dans le premier exercice"),
    ("sorties_enormes", "copie juste enregistrée avec 20 Mo de sorties"),
]


def deposer(fabrique: Fabrique, profil: str, personne: str, rendus: Path) -> Path | None:
    """Dépose la copie ``profil`` de ``personne`` dans ``rendus`` comme le ferait une vraie personne."""
    lab = fabrique.lab
    dossier = rendus / personne / lab
    nom = f"{lab}.ipynb"
    if profil == "fichier_vide":
        return _ecrire(dossier, nom, brut=b"")
    if profil == "json_casse":
        texte = nbformat.writes(fabrique.juste())
        return _ecrire(dossier, nom, brut=texte[: len(texte) // 3].encode("utf-8"))
    if profil == "mal_nommee":
        return _ecrire(dossier, f"Copie de {lab} (1).ipynb", fabrique.juste())
    if profil == "mal_rangee":
        return _ecrire(rendus / personne, nom, fabrique.juste())
    if profil == "autre_lab":
        nb = fabrique.autre_lab()
        return _ecrire(dossier, nom, nb) if nb is not None else None
    if profil == "partielle":
        return _ecrire(dossier, nom, fabrique.partielle(fabrique.hasard.choice([0.3, 0.5, 0.7])))
    return _ecrire(dossier, nom, getattr(fabrique, profil)())


def fabriquer_classe(lab: str, racine: Path = RACINE, effectif: int = 30, graine: int = 0,
                     difficiles: bool = True) -> dict[str, str]:
    """Remplit grading/submitted/ avec une classe fictive ; renvoie {identifiant: description}."""
    fabrique = Fabrique(lab, racine, graine)
    rendus = racine / "grading" / "submitted"
    profils = [p for p in DIFFICILES if p[0] != "autre_lab" or fabrique.autre_lab() is not None] if difficiles else []
    profils = profils[: effectif]
    ordinaires = [ORDINAIRES[i % len(ORDINAIRES)] for i in range(effectif - len(profils))]
    classe = {}
    for numero, (profil, description) in enumerate(ordinaires + profils, start=1):
        personne = f"{PREFIXE}{numero:02d}"
        ancien = rendus / personne / lab
        if ancien.exists():
            shutil.rmtree(ancien)
        for fichier in (rendus / personne).glob("*.ipynb") if (rendus / personne).is_dir() else []:
            fichier.unlink()
        deposer(fabrique, profil, personne, rendus)
        classe[personne] = description
    return classe


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("lab", help="nom du lab, par exemple 01_classer_les_demandes")
    parseur.add_argument("--effectif", type=int, default=30)
    parseur.add_argument("--graine", type=int, default=0)
    parseur.add_argument("--sans-cas-difficiles", action="store_true")
    parseur.add_argument("--racine", type=Path, default=RACINE)
    args = parseur.parse_args(argv)
    if args.lab not in lister_labs(args.racine):
        print(f"Erreur : lab inconnu « {args.lab} ». Labs : {', '.join(lister_labs(args.racine))}", file=sys.stderr)
        return 2
    classe = fabriquer_classe(args.lab, args.racine, args.effectif, args.graine, not args.sans_cas_difficiles)
    print(f"Classe fictive de {len(classe)} personnes déposée dans grading/submitted/ pour {args.lab} :")
    for personne, description in classe.items():
        print(f"  {personne} : {description}")
    print(f"Corrigez-la avec : make grade LAB={args.lab}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
