"""L'intégrité de la correction : ce dont dépend la note ne change pas pendant qu'on corrige.

Le bac à sable empêche une copie d'écrire hors de son dossier de travail ; on le vérifie quand
même. Avant la première copie, ``Empreintes.relever`` calcule l'empreinte SHA-256 de tout ce
dont la correction dépend : le paquet ``civiclabs``, les outils, la configuration nbgrader et
les modèles, ``solutions/``, ``labs/``, les données, les ``*.pth`` et les entrées
``civiclabs``/``outils`` de l'environnement Python, l'environnement de correction figé et le
kernelspec, chaque copie rendue et chaque copie préparée, le registre de la correction. Après
chaque copie, tout est relevé de nouveau : le moindre changement arrête la correction avec un
message qui nomme la copie et le fichier.

Un fichier dont ni la taille, ni les dates (``mtime`` et ``ctime``), ni l'inode n'ont changé
n'est pas relu : son empreinte précédente est reprise. ``ctime`` est mise à jour par le système
à chaque écriture et ne peut pas être reculée par un programme ordinaire ; le relevé final,
après la dernière copie, relit quand même tout.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

TAILLE_BLOC = 1024 * 1024


class IntegriteCompromise(RuntimeError):
    """Un fichier dont dépend la correction a changé pendant la correction."""


def _sha256(chemin: Path) -> str:
    calcul = hashlib.sha256()
    with open(chemin, "rb") as fichier:
        while bloc := fichier.read(TAILLE_BLOC):
            calcul.update(bloc)
    return calcul.hexdigest()


def _sites() -> list[Path]:
    sites = []
    for prefixe in {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}:
        sites += sorted(prefixe.glob("lib/python3*/site-packages"))
    return sites


class Empreintes:
    """Ce qui est surveillé pendant la correction d'un lab, et ses empreintes."""

    def __init__(self, racine: Path, lab: str, autres: list[Path] = (), autres_fichiers: list[Path] = ()):
        import civiclabs
        import outils
        from civiclabs.donnees import chemin_donnees

        self.racine = racine
        self.lab = lab
        grading = racine / "grading"
        self.arbres = [
            Path(civiclabs.__file__).resolve().parent,
            Path(outils.__file__).resolve().parent,
            grading / "modeles",
            racine / "solutions",
            racine / "labs",
            grading / "submitted",
            grading / "preparees",
            chemin_donnees(racine),
            *autres,
        ]
        self.fichiers = [racine / "nbgrader_config.py", grading / "nbgrader_config.py",
                         grading / f"etat_correction_{lab}.json", *autres_fichiers]
        self._cache: dict[str, tuple[tuple, str]] = {}
        self.releves = 0
        self.duree_s = 0.0

    def _surveilles(self):
        for arbre in self.arbres:
            if arbre.is_dir():
                for racine, dossiers, fichiers in os.walk(arbre):
                    dossiers.sort()
                    for nom in sorted(fichiers):
                        yield Path(racine) / nom
                    for nom in dossiers:  # un lien vers un dossier compte comme un fichier
                        if os.path.islink(os.path.join(racine, nom)):
                            yield Path(racine) / nom
        yield from self.fichiers
        for site in _sites():
            for chemin in sorted(site.iterdir()):
                nom = chemin.name
                if (chemin.suffix == ".pth" or nom.startswith(("__editable__", "civiclabs", "outils"))
                        or nom in ("sitecustomize.py", "usercustomize.py")):
                    if chemin.is_dir():
                        yield from sorted(p for p in chemin.rglob("*") if p.is_file())
                    else:
                        yield chemin

    def relever(self, complet: bool = False) -> dict[str, str]:
        """{chemin: empreinte} de tout ce qui est surveillé (``complet`` : tout est relu)."""
        debut = time.perf_counter()
        empreintes = {}
        for chemin in self._surveilles():
            cle = str(chemin)
            try:
                etat = os.lstat(chemin)
            except FileNotFoundError:
                continue
            signature = (etat.st_dev, etat.st_ino, etat.st_size, etat.st_mtime_ns, etat.st_ctime_ns, etat.st_mode)
            connu = self._cache.get(cle)
            if not complet and connu and connu[0] == signature:
                empreintes[cle] = connu[1]
                continue
            if os.path.islink(chemin):
                valeur = "lien:" + os.readlink(chemin)
            elif chemin.is_file():
                try:
                    valeur = _sha256(chemin)
                except OSError as erreur:
                    valeur = f"illisible:{erreur.errno}"
            else:
                valeur = f"spécial:{etat.st_mode}"
            self._cache[cle] = (signature, valeur)
            empreintes[cle] = valeur
        self.releves += 1
        self.duree_s += time.perf_counter() - debut
        return empreintes

    def empreinte(self, chemin: Path) -> str:
        """L'empreinte d'un fichier que la correction vient d'écrire elle-même (le registre)."""
        etat = os.lstat(chemin)
        valeur = _sha256(chemin)
        signature = (etat.st_dev, etat.st_ino, etat.st_size, etat.st_mtime_ns, etat.st_ctime_ns, etat.st_mode)
        self._cache[str(chemin)] = (signature, valeur)
        return valeur

    def nom(self, chemin: str) -> str:
        try:
            return str(Path(chemin).relative_to(self.racine))
        except ValueError:
            return chemin

    def differences(self, avant: dict[str, str], apres: dict[str, str]) -> list[str]:
        """Les changements, en français : « src/…/verification.py (modifié) »."""
        changements = []
        for chemin in sorted(set(avant) | set(apres)):
            if chemin not in apres:
                changements.append(f"{self.nom(chemin)} (supprimé)")
            elif chemin not in avant:
                changements.append(f"{self.nom(chemin)} (ajouté)")
            elif avant[chemin] != apres[chemin]:
                changements.append(f"{self.nom(chemin)} (modifié)")
        return changements


def message_d_arret(copie: str, en_meme_temps: list[str], changements: list[str]) -> str:
    """Le message qui arrête la correction : la copie, les fichiers, que faire."""
    autres = ""
    if en_meme_temps:
        autres = " (exécutée en même temps que " + ", ".join(f"« {p} »" for p in sorted(en_meme_temps)) + ")"
    liste = "\n  - ".join(changements[:20])
    if len(changements) > 20:
        liste += f"\n  - … et {len(changements) - 20} autre(s)"
    return (
        f"Correction arrêtée après la copie « {copie} »{autres} : un fichier dont dépend la "
        f"correction a changé pendant qu'elle s'exécutait :\n  - {liste}\n"
        "La correction s'arrête là (les copies en cours sont interrompues) ; les copies déjà corrigées "
        "et le registre sont gardés. "
        "Vérifiez ces fichiers (git status, git diff) et remettez-les en état, puis mettez cette "
        "copie de côté et relancez make grade."
    )
