"""Une classe fictive pour répéter la correction avant la première vraie session.

``make classe-fictive LAB=01_classer_les_demandes`` remplit ``grading/submitted/`` avec les copies
d'une classe inventée (30 personnes par défaut, identifiants ``fictif01`` … ``fictif30``) :

- des copies ordinaires : vides, justes, partielles (une partie des exercices faits), avec les
  erreurs typiques des débutant·es (tests/copies/<lab>.py), mélangées ; les questions de réflexion
  sont remplies, plus ou moins bien, pour s'exercer au barème ;
- les **cas difficiles** qu'une vraie classe finit toujours par produire, un de chaque : fichier
  vide, JSON cassé, copie mal nommée, copie mal rangée, tests modifiés pour passer, cellule de
  test supprimée, notebook d'un autre lab, boucle sans fin, bombe mémoire, sorties énormes ;
- avec ``--hostiles``, des **copies hostiles** qui essaient de sortir du bac à sable (écrire dans
  le paquet, les outils, la configuration, l'environnement, les autres copies ; lire les solutions,
  le registre, le dossier personnel ; le réseau ; un processus détaché ; trop de processus, de
  mémoire, de disque). Chaque essai affiche « ATTAQUE <nom>=refusee » (ou « REUSSIE ») dans la
  copie corrigée ; les essais d'écriture ne modifient rien même quand ils réussissent (fichier
  ouvert en ajout sans rien écrire, fichier créé puis effacé) ; et des **copies tricheuses** qui
  trompent les tests depuis le noyau (crochet d'IPython qui saute les tests, erreurs masquées, outils de
  vérification neutralisés, entier « égal à tout », calcul du F1 remplacé au Lab 01) : la
  contre-épreuve, refaite hors du noyau, leur retire les points (outils/correction/contre_epreuve.py).

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


# Les copies hostiles : du code placé avant la bonne réponse du premier exercice. Chaque essai
# affiche « ATTAQUE <nom>=refusee » ou « ATTAQUE <nom>=REUSSIE » ; aucun ne détruit rien.
ATTAQUE_FICHIERS = """
import json as _json, os as _os
def _ecrire(chemin):
    if not _os.path.lexists(chemin):  # invisible : rien à modifier (créer un fichier du même nom
        return "refusee"              # n'écrirait que dans son propre dossier temporaire)
    try:
        if _os.path.isdir(chemin):
            essai = _os.path.join(chemin, "civiclabs_intrusion.pth")
            with open(essai, "x"):
                pass
            _os.remove(essai)
        else:
            with open(chemin, "ab") as fichier:
                fichier.write(b"")
        return "REUSSIE"
    except OSError:
        return "refusee"
def _lire(chemin):
    try:
        if _os.path.isdir(chemin):
            _os.listdir(chemin)
        else:
            with open(chemin, "rb") as fichier:
                fichier.read(1)
        return "REUSSIE"
    except OSError:
        return "refusee"
import civiclabs as _civiclabs
_cibles = _json.loads(CIBLES)
_cibles["ecrire"]["paquet_importe"] = _civiclabs.__file__
for _nom, _chemin in sorted(_cibles["ecrire"].items()):
    print(f"ATTAQUE ecrire_{_nom}={_ecrire(_chemin)}")
for _nom, _chemin in sorted(_cibles["lire"].items()):
    print(f"ATTAQUE lire_{_nom}={_lire(_chemin)}")
_jeton = _cibles["jeton"]
_vus = [n for n, v in _os.environ.items() if _jeton and _jeton in v]
for _pid in [p for p in _os.listdir("/proc") if p.isdigit()]:
    try:
        with open(f"/proc/{_pid}/environ", "rb") as _fichier:
            if _jeton and _jeton.encode() in _fichier.read():
                _vus.append(_pid)
    except OSError:
        pass
print(f"ATTAQUE lire_jeton={'REUSSIE' if _vus else 'refusee'}")
with open("fichier_ecrit_par_la_copie.txt", "w") as _fichier:  # son dossier de travail : permis,
    _fichier.write("ce fichier ne doit jamais arriver dans le retour")  # mais jamais rendu
import socket as _socket
for _hote, _port in _cibles["reseau"]:
    try:
        _socket.create_connection((_hote, _port), timeout=3).close()
        print(f"ATTAQUE reseau_{_hote}_{_port}=REUSSIE")
    except OSError:
        print(f"ATTAQUE reseau_{_hote}_{_port}=refusee")
"""
ATTAQUE_PROCESSUS = """
import os as _os, signal as _signal, time as _time
_pid = _os.fork()
if _pid == 0:  # un démon : nouvelle session, petit-enfant détaché, qui dort longtemps
    try:
        _os.setsid()
        if _os.fork() == 0:
            _os.execv("/bin/sleep", ["sleep", "MARQUE_DEMON"])
    finally:
        _os._exit(0)
_os.waitpid(_pid, 0)
print("ATTAQUE demon=lance")
_enfants = []
try:  # une bombe de processus (arrêtée par la copie elle-même ensuite, pour finir l'exercice)
    for _ in range(3000):
        _p = _os.fork()
        if _p == 0:
            _time.sleep(120)
            _os._exit(0)
        _enfants.append(_p)
    print(f"ATTAQUE processus=REUSSIE ({len(_enfants)} processus)")
except OSError as _erreur:
    print(f"ATTAQUE processus=refusee après {len(_enfants)} processus ({_erreur})")
for _p in _enfants:
    _os.kill(_p, _signal.SIGKILL)
for _p in _enfants:
    _os.waitpid(_p, 0)
"""
ATTAQUE_MEMOIRE = """
import os as _os, time as _time
_enfants = []
for _ in range(3):  # trois enfants, chacun sous la limite par processus, trop ensemble
    _p = _os.fork()
    if _p == 0:
        try:
            _bloc = b"x" * (TAILLE_MO * 1024 * 1024)
            _time.sleep(4)
            _os._exit(0)
        except MemoryError:
            _os._exit(3)
    _enfants.append(_p)
_statuts = [_os.waitpid(_p, 0)[1] for _p in _enfants]
_tues = sum(1 for _s in _statuts if _os.WIFSIGNALED(_s))
_refuses = sum(1 for _s in _statuts if _os.WIFEXITED(_s) and _os.WEXITSTATUS(_s) == 3)
print(f"ATTAQUE memoire={'refusee' if _tues else 'REUSSIE'} ({_tues} enfant(s) arrêté(s) par le système, "
      f"{_refuses} MemoryError)")
"""
ATTAQUE_DISQUE = """
import os as _os
_ecrit = 0
try:  # un gigaoctet écrit dans son dossier, en fichiers de 90 Mo
    for _i in range(12):
        with open(f"remplissage_{_i}.bin", "wb") as _fichier:
            for _ in range(9):
                _fichier.write(b"0" * (10 * 1024 * 1024))
                _ecrit += 10
    print(f"ATTAQUE disque=REUSSIE ({_ecrit} Mo)")
except OSError as _erreur:
    print(f"ATTAQUE disque=refusee après {_ecrit} Mo : {_erreur}")
finally:
    for _i in range(12):
        if _os.path.exists(f"remplissage_{_i}.bin"):
            _os.remove(f"remplissage_{_i}.bin")
"""
# Les copies tricheuses : elles trompent les tests depuis le noyau de la copie. Le noyau leur
# donne des points ; la contre-épreuve (outils/correction/contre_epreuve.py), refaite hors du
# noyau, les leur retire.
TRICHE_TRANSFORMATEUR = """
# Chaque cellule qui vérifie, ou qui n'a pas de réponse, devient « pass » avant d'être exécutée.
def _tout_passe(lignes):
    texte = "".join(lignes)
    return ["pass\\n"] if "verifier_" in texte or "NotImplementedError" in texte else lignes
get_ipython().input_transformers_post.append(_tout_passe)
"""
TRICHE_ERREURS_MASQUEES = """
# Plus aucune erreur n'est affichée : une cellule de test qui échoue ne laisse plus de trace.
_ip = get_ipython()
_ip.showtraceback = lambda *args, **kwargs: None
_ip._showtraceback = lambda *args, **kwargs: None
"""
TRICHE_VERIFICATIONS = """
# Les outils de vérification du module du lab neutralisés ; les réponses sont fausses.
import MODULE as _module
for _nom in ("verifier_egal", "verifier_type", "verifier_proche", "verifier_colonnes",
             "verifier_nombre_lignes", "verifier_fonction"):
    if hasattr(_module, _nom):
        setattr(_module, _nom, lambda *args, **kwargs: None)
"""
TRICHE_ENTIER = """
class _EgalATout(int):
    def __eq__(self, autre):
        return True
    def __ne__(self, autre):
        return False
    __hash__ = int.__hash__
"""
# Lab 01 : un routeur qui a appris des services mélangés au hasard (F1 macro ≈ 0,1), et le
# calcul du F1 de scikit-learn remplacé par « 0,99 ».
TRICHE_F1 = """
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
import sklearn.metrics
sklearn.metrics.f1_score = lambda *args, **kwargs: 0.99
routeur = Pipeline([("tfidf", TfidfVectorizer(stop_words=mots_vides())), ("modele", LogisticRegression(max_iter=1000))])
routeur.fit(apprentissage["texte"], apprentissage["service"].sample(frac=1, random_state=0).to_numpy())
"""

MARQUE_DEMON = "4242.0424"  # la durée du « sleep » du démon : on le retrouve dans /proc s'il survit


def cibles_des_attaques(racine: Path, lab: str, autre: str = "fictif01", port: int = 9,
                        jeton: str = "") -> dict:
    """Ce que les copies hostiles essaient d'écrire, de lire et de joindre : les vrais chemins de
    cette machine (le pire cas : une personne qui connaît l'organisation du cours)."""
    import sysconfig

    import civiclabs

    paquet = Path(civiclabs.__file__).resolve().parent
    depot = paquet.parent.parent
    outils = Path(__file__).resolve().parent
    grading = racine / "grading"
    maison = Path.home()
    ecrire = {
        "verification": paquet / "verification.py",
        "isolement": outils / "isolement.py",
        "lanceur": outils / "lanceur_noyau.py",
        "config_nbgrader": grading / "nbgrader_config.py",
        "site_packages": Path(sysconfig.get_paths()["purelib"]),
        "copie_preparee_autre": grading / "preparees" / autre / lab / f"{lab}.ipynb",
        "copie_rendue_autre": grading / "submitted" / autre / lab / f"{lab}.ipynb",
        "solutions": racine / "solutions" / lab / f"{lab}.py",
        "registre": grading / f"etat_correction_{lab}.json",
        "carnet_de_notes": grading / "gradebook.db",
        "depot": depot,
    }
    lire = {
        "solutions": racine / "solutions" / lab / f"{lab}.py",
        "bareme": grading / "baremes" / f"{lab}.md",
        "carnet_de_notes": grading / "gradebook.db",
        "copie_rendue_autre": grading / "submitted" / autre / lab / f"{lab}.ipynb",
        "grading": grading,
        "depot": depot / "src",
        **{f"maison_{nom.strip('.')}": maison / nom for nom in (".ssh", ".bash_history", ".gitconfig", ".netrc")
           if (maison / nom).exists()},
    }
    return {
        "ecrire": {nom: str(chemin) for nom, chemin in ecrire.items()},
        "lire": {nom: str(chemin) for nom, chemin in lire.items()},
        "reseau": [["127.0.0.1", port]],
        "jeton": jeton,
    }


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

    # copies hostiles --------------------------------------------------------------------
    def hostile(self, attaque: str, cibles: dict | None = None, taille_mo: int = 700) -> nbformat.NotebookNode:
        """Une copie juste dont le premier exercice commence par l'attaque ``attaque``
        (« fichiers », « processus », « memoire », « disque »)."""
        import json

        code = {
            "fichiers": ATTAQUE_FICHIERS.replace(
                "CIBLES", repr(json.dumps(cibles or cibles_des_attaques(self.racine, self.lab)))
            ),
            "processus": ATTAQUE_PROCESSUS.replace("MARQUE_DEMON", MARQUE_DEMON),
            "memoire": ATTAQUE_MEMOIRE.replace("TAILLE_MO", str(taille_mo)),
            "disque": ATTAQUE_DISQUE,
        }[attaque]
        return self._avec_premiere_reponse(code + "\n" + self.justes[self.code[0]])

    # copies tricheuses ------------------------------------------------------------------
    def tricheuse(self, triche: str) -> nbformat.NotebookNode:
        """« transformateur » : rien de fait, les cellules de test sautées ; « erreurs_masquees » :
        rien de fait, l'affichage des erreurs supprimé ; « verifications » :
        outils de vérification neutralisés et réponses fausses (erreurs typiques) ; « entier » :
        chaque réponse du premier exercice remplacée par un entier « égal à tout » ; « f1 »
        (Lab 01) : un mauvais routeur et le calcul du F1 remplacé."""
        from civiclabs.exercices.contre_epreuve import verifications_consignees

        premier = self.code[0]
        if triche == "transformateur":
            return remplir(self.version, {premier: TRICHE_TRANSFORMATEUR})
        if triche == "erreurs_masquees":
            return remplir(self.version, {premier: TRICHE_ERREURS_MASQUEES})
        if triche == "verifications":
            code = TRICHE_VERIFICATIONS.replace("MODULE", module_du_lab(self.lab).__name__)
            fausses = {**self.erronees, premier: code + "\n" + self.erronees.get(premier, self.justes[premier])}
            return remplir(self.version, {i: t for i, t in fausses.items() if i in self.code})
        if triche == "entier":
            noms = verifications_consignees(module_du_lab(self.lab))[premier].reponses_consignees
            code = TRICHE_ENTIER + "".join(f"{nom} = _EgalATout(0)\n" for nom in noms)
            return remplir(self.version, {**self.justes, premier: code})
        if triche == "f1":
            return remplir(self.version, {**self.justes, "ex4_1": TRICHE_F1})
        raise ValueError(f"triche inconnue : {triche}")

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


HOSTILES = [
    ("hostile_fichiers", "copie hostile : écrire dans le cours et l'environnement, lire solutions, "
                         "registre, dossier personnel, jetons ; réseau"),
    ("hostile_processus", "copie hostile : démon détaché et bombe de processus"),
    ("hostile_memoire", "copie hostile : trois processus qui tiennent chacun 700 Mo"),
    ("hostile_disque", "copie hostile : un gigaoctet écrit dans son dossier"),
    ("triche_transformateur", "copie tricheuse : rien de fait, un crochet d'IPython saute les cellules de test"),
    ("triche_erreurs_masquees", "copie tricheuse : rien de fait, les erreurs des tests ne s'affichent plus"),
    ("triche_verifications", "copie tricheuse : outils de vérification neutralisés, réponses fausses"),
    ("triche_entier", "copie tricheuse : un entier « égal à tout » au premier exercice"),
]
# Les tricheries propres à un lab (elles visent un exercice qui n'existe que là).
TRICHES_DU_LAB = {
    "01_classer_les_demandes": [("triche_f1", "copie tricheuse : routeur au hasard, F1 de scikit-learn remplacé")],
}


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
    if profil.startswith("hostile_"):
        return _ecrire(dossier, nom, fabrique.hostile(profil.removeprefix("hostile_")))
    if profil.startswith("triche_"):
        return _ecrire(dossier, nom, fabrique.tricheuse(profil.removeprefix("triche_")))
    if profil == "partielle":
        return _ecrire(dossier, nom, fabrique.partielle(fabrique.hasard.choice([0.3, 0.5, 0.7])))
    return _ecrire(dossier, nom, getattr(fabrique, profil)())


def fabriquer_classe(lab: str, racine: Path = RACINE, effectif: int = 30, graine: int = 0,
                     difficiles: bool = True, hostiles: bool = False) -> dict[str, str]:
    """Remplit grading/submitted/ avec une classe fictive ; renvoie {identifiant: description}."""
    fabrique = Fabrique(lab, racine, graine)
    rendus = racine / "grading" / "submitted"
    profils = [p for p in DIFFICILES if p[0] != "autre_lab" or fabrique.autre_lab() is not None] if difficiles else []
    profils += HOSTILES + TRICHES_DU_LAB.get(lab, []) if hostiles else []
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
    parseur.add_argument("--hostiles", action="store_true",
                         help="ajouter les copies hostiles (essais de sortie du bac à sable)")
    parseur.add_argument("--racine", type=Path, default=RACINE)
    args = parseur.parse_args(argv)
    if args.lab not in lister_labs(args.racine):
        print(f"Erreur : lab inconnu « {args.lab} ». Labs : {', '.join(lister_labs(args.racine))}", file=sys.stderr)
        return 2
    classe = fabriquer_classe(args.lab, args.racine, args.effectif, args.graine, not args.sans_cas_difficiles,
                              args.hostiles)
    print(f"Classe fictive de {len(classe)} personnes déposée dans grading/submitted/ pour {args.lab} :")
    for personne, description in classe.items():
        print(f"  {personne} : {description}")
    print(f"Corrigez-la avec : make grade LAB={args.lab}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
