"""Étape 3 bis de la correction : la contre-épreuve des exercices notés, hors du noyau de la copie.

Le code d'une copie s'exécute dans le même noyau que ses cellules de test ; il pourrait y
tromper un test (une fonction du cours remplacée, un entier « égal à tout », un crochet de
l'interpréteur qui saute les tests). Pour chaque exercice dont la vérification porte
``@consigner`` (``civiclabs/exercices/contre_epreuve.py``), la cellule de test a écrit les
réponses de la personne en données simples dans le dossier de la copie. Après l'exécution :

1. ``relever`` lit ces réponses (fichiers ordinaires, taille bornée) ;
2. ``ContreEpreuve.verdicts`` rappelle la même vérification **dans le processus de la
   correction**, où aucun code de copie n'a tourné, avec le contexte du cours calculé ici ;
   une fonction écrite par la personne est rejouée par un ``Executant`` lancé dans le bac à
   sable de la copie, qui ne reçoit et ne renvoie que des données simples ;
3. ``appliquer`` écrit le verdict dans le registre de notes : un exercice noté juste par le
   noyau mais faux à la contre-épreuve, ou dont la réponse n'a pas été consignée (cellule de
   test contournée), ou transmise sous un type refusé (sous-classe…), reçoit 0 point, avec un
   commentaire qui dit pourquoi (le formgrader et le retour l'affichent ; la formatrice ou le
   formateur peut rétablir la note). Une contre-épreuve impossible (fonction qui utilise une
   variable du notebook…) ne retire rien : elle est signalée « à vérifier à la main ».
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

from civiclabs.exercices import module_du_lab
from civiclabs.exercices.contre_epreuve import (
    ParametresChanges,
    TypeRefuse,
    contre_verifier,
    verifications_consignees,
)
from civiclabs.exercices.fonctions_isolees import DELAI_APPEL_S, ErreurDeLaFonction, ExecutantIndisponible
from civiclabs.texte import format_nombre
from civiclabs.verification import ReponseIncorrecte
from outils.correction.nettoyage import markdown_inerte

PREFIXE = "Contre-épreuve"
OCTETS_PAR_REPONSE = 20 * 1024 * 1024
OCTETS_EN_TOUT = 60 * 1024 * 1024
ESSAIS_REGISTRE = 5

JUSTE, FAUSSE, ABSENTE, REFUSEE, IMPOSSIBLE = "juste", "fausse", "absente", "refusée", "impossible"


def dossier_des_reponses(dossier_copie: Path) -> Path:
    """Où la cellule de test d'une copie consigne ses réponses (partagé avec le bac à sable)."""
    return dossier_copie / "s" / "reponses"


def relever(dossier: Path) -> dict[str, str]:
    """{exercice: texte JSON} des réponses consignées ; ce qui n'est pas un fichier ordinaire
    de taille raisonnable est ignoré (la contre-épreuve le dira « absent »)."""
    consignes, total = {}, 0
    if not dossier.is_dir() or dossier.is_symlink():
        return consignes
    for chemin in sorted(dossier.iterdir()):
        if chemin.is_symlink() or not chemin.is_file() or chemin.suffix != ".json":
            continue
        taille = chemin.stat().st_size
        total += taille
        if taille > OCTETS_PAR_REPONSE or total > OCTETS_EN_TOUT:
            continue
        try:
            consignes[chemin.stem] = chemin.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return consignes


class Executant:
    """Le processus qui rejoue les fonctions d'une copie, dans son bac à sable ; démarré au
    premier appel, une demande JSON par ligne."""

    def __init__(self, commande: list[str], env: dict, cwd: Path):
        self.commande, self.env, self.cwd = commande, env, cwd
        self.processus: subprocess.Popen | None = None
        self.lignes: queue.Queue = queue.Queue()

    def _demarrer(self) -> None:
        self.processus = subprocess.Popen(
            self.commande, env=self.env, cwd=self.cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )

        def lire(flux, lignes):
            for ligne in iter(lambda: flux.readline(OCTETS_PAR_REPONSE + 1), b""):
                lignes.put(ligne)
            lignes.put(None)

        threading.Thread(target=lire, args=(self.processus.stdout, self.lignes), daemon=True).start()

    def __call__(self, demande: dict) -> dict:
        if self.processus is None:
            self._demarrer()
        try:
            self.processus.stdin.write((json.dumps(demande, ensure_ascii=False) + "\n").encode("utf-8"))
            self.processus.stdin.flush()
            ligne = self.lignes.get(timeout=DELAI_APPEL_S)
        except (OSError, queue.Empty) as erreur:
            self.fermer()
            raise ExecutantIndisponible("la fonction ne répond pas (délai dépassé ou processus arrêté)") from erreur
        if ligne is None or len(ligne) > OCTETS_PAR_REPONSE:
            self.fermer()
            raise ExecutantIndisponible("la fonction s'est arrêtée ou a renvoyé une réponse démesurée")
        try:
            reponse = json.loads(ligne)
        except ValueError as erreur:
            raise ExecutantIndisponible("réponse illisible de la fonction") from erreur
        if type(reponse) is not dict or not ({"resultat"} <= set(reponse) or "erreur" in reponse):
            raise ExecutantIndisponible("réponse mal formée de la fonction")
        return reponse

    def fermer(self) -> None:
        if self.processus is not None:
            try:
                os.killpg(self.processus.pid, signal.SIGKILL)
            except OSError:
                pass
            self.processus.wait()


class ContreEpreuve:
    """La contre-épreuve d'un lab : ses vérifications consignées et le contexte du cours,
    calculé une fois pour toute la classe."""

    def __init__(self, lab: str):
        # Les avertissements de scikit-learn (mots vides…) concernent le notebook, pas la
        # correction : ils n'encombrent pas le terminal de la formatrice ou du formateur.
        warnings.filterwarnings("ignore", module=r"sklearn\..*")
        try:
            self.module = module_du_lab(lab)
        except ModuleNotFoundError:  # un lab sans module de vérifications : rien à refaire
            self.module = None
        self.verifications = verifications_consignees(self.module) if self.module else {}
        self._contexte: dict | None = None
        self._verrou = threading.Lock()

    def contexte(self) -> dict:
        with self._verrou:
            if self._contexte is None:
                self._contexte = self.module.contexte()
            return self._contexte

    def verdicts(self, consignes: dict[str, str], executant=None) -> dict[str, tuple[str, str]]:
        """{exercice: (verdict, détail en français)} pour chaque exercice à contre-épreuve."""
        sortie = {}
        for exercice, verification in self.verifications.items():
            if exercice not in consignes:
                sortie[exercice] = (ABSENTE, "la cellule de test n'a rien consigné (cellule contournée ou "
                                             "copie arrêtée avant)")
                continue
            try:
                contre_verifier(verification, consignes[exercice], self.contexte(), executant)
                sortie[exercice] = (JUSTE, "")
            except ReponseIncorrecte as erreur:
                sortie[exercice] = (FAUSSE, f"refaite hors du noyau de la copie, la vérification dit : {erreur}")
            except TypeRefuse as refus:
                sortie[exercice] = (REFUSEE, f"réponse refusée ({refus}) : seules des données simples sont "
                                             "transmises, jamais un objet construit dans la copie")
            except ExecutantIndisponible as erreur:
                sortie[exercice] = (IMPOSSIBLE, str(erreur))
            except ParametresChanges as changes:
                sortie[exercice] = (IMPOSSIBLE, f"paramètres du notebook changés : {changes}")
            except Exception as erreur:  # noqa: BLE001 — une contre-épreuve impossible ne retire rien
                genre = "la fonction" if isinstance(erreur, ErreurDeLaFonction) else type(erreur).__name__
                sortie[exercice] = (IMPOSSIBLE, f"{genre} : {str(erreur)[:200]}")
        return sortie


def commande_executant(lanceur: str) -> list[str]:
    return [sys.executable, "-I", "-S", lanceur, "--executer"]


def commentaire_du_verdict(detail: str, points: float) -> str:
    """Le commentaire d'un exercice retiré. Le détail peut citer la réponse de la personne (le
    message de la vérification la montre) : il est rendu inerte, comme tout ce qu'elle écrit,
    car le formgrader et le retour affichent les commentaires en Markdown."""
    return (f"{PREFIXE} : {markdown_inerte(detail)} — 0 point au lieu de {format_nombre(points, 1)} "
            "(la formatrice ou le formateur peut rétablir la note).")


def appliquer(racine: Path, lab: str, personne: str, verdicts: dict[str, tuple[str, str]]) -> list[str]:
    """Écrit les verdicts dans le registre de notes ; renvoie les problèmes à signaler."""
    from nbgrader.api import Gradebook, MissingEntry
    from sqlalchemy.exc import OperationalError

    for essai in range(ESSAIS_REGISTRE):
        problemes = []
        try:
            with Gradebook(f"sqlite:///{racine / 'grading' / 'gradebook.db'}") as registre:
                for exercice, (verdict, detail) in sorted(verdicts.items()):
                    try:
                        note = registre.find_grade(f"{exercice}_tests", lab, lab, personne)
                        commentaire = registre.find_comment(exercice, lab, lab, personne)
                    except MissingEntry:
                        continue
                    points = note.auto_score or 0
                    deja = (commentaire.manual_comment or "").startswith(PREFIXE)
                    if verdict in (FAUSSE, ABSENTE, REFUSEE) and points > 0 and note.manual_score is not None \
                            and not deja:
                        problemes.append(f"{exercice} : {PREFIXE.lower()} {verdict} ({detail}) ; la note saisie "
                                         "à la main est gardée")
                    elif verdict in (FAUSSE, ABSENTE, REFUSEE) and points > 0:
                        texte = commentaire_du_verdict(detail, points)
                        note.manual_score = 0.0
                        commentaire.manual_comment = texte
                        problemes.append(f"{exercice} : {texte}")
                    elif deja and verdict not in (FAUSSE, ABSENTE, REFUSEE):
                        note.manual_score = None  # une contre-épreuve précédente ne tient plus
                        commentaire.manual_comment = None
                    if verdict == IMPOSSIBLE and points > 0:
                        problemes.append(f"à vérifier à la main : {exercice}, contre-épreuve impossible ({detail})")
                registre.db.commit()
            return problemes
        except OperationalError:
            time.sleep(1 + essai)
    return [f"contre-épreuve non enregistrée : le registre de notes est resté occupé ({len(verdicts)} exercices)"]
