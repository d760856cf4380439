"""Corrige les copies d'un lab : notes automatiques, retours individuels, export CSV, bilan.

Les copies se rangent dans ``grading/submitted/<identifiant>/<lab>/<lab>.ipynb``.
``make grade LAB=00_prise_en_main`` (ou ``python -m outils.correction.noter 00_prise_en_main``),
en étapes, chacune dans son module de ``outils/correction`` :

1. (``copies``) cherche la copie de chaque personne, même mal nommée ou mal rangée, et la met de côté si
   elle est inutilisable (fichier vide, JSON cassé, notebook d'un autre lab, fichier énorme) ;
2. (``preparation``) prépare une copie de travail dans ``grading/preparees/`` (l'original n'est jamais modifié) :
   sorties effacées, cellules de test supprimées remises en place ;
3. (``execution``) ``nbgrader autograde``, une personne à la fois, dans un noyau borné (``isolement`` :
   mémoire, temps de calcul, sans réseau), puis la contre-épreuve (``contre_epreuve``) : la
   vérification des exercices refaite hors du noyau de la copie ; une copie inchangée depuis la
   dernière correction n'est pas réexécutée, et les notes saisies à la main sont gardées ;
4. (``exports``) exporte ``grading/notes_<lab>.csv`` (format nbgrader) et ``grading/notes_<lab>_detail.csv``
   (points par question, questions à corriger à la main, problèmes), écrit
   ``grading/bilan_<lab>.md`` (``bilan``) ; le registre de la correction et les notes sont
   écrits avant les retours, pour qu'un échec des retours ne perde rien ;
5. (``retours``) ``nbgrader generate_feedback`` : un retour HTML en français par personne.

La commande peut être relancée autant de fois que nécessaire : après la correction des
questions de réflexion dans le formgrader, elle refait retours et exports sans rien perdre.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import nbformat

from outils.commun import RACINE
from outils.correction.bilan import Bilan, afficher, tableau
from outils.correction.copies import collecter
from outils.correction.execution import (
    DELAI_CELLULE_S,
    DELAI_COPIE_S,
    _empreinte,
    _lire_etat,
    ecrire_etat,
    executer_les_copies,
    mettre_a_jour_le_registre,
)
from outils.correction.exports import exporter
from outils.correction.isolement import Limites
from outils.correction.preparation import preparer
from outils.correction.retours import generer_retours
from outils.fabrication.labs import source_vers_notebook

AUCUNE_COPIE = "Aucune copie pour {lab} : rangez-les dans grading/submitted/<identifiant>/{lab}/{lab}.ipynb."


def _verifier_le_lab(racine: Path, lab: str) -> tuple[Path, Path]:
    """(source nbgrader, version apprenant·e) du lab, ou une erreur en français."""
    source = racine / "solutions" / lab / f"{lab}.ipynb"
    if not source.with_suffix(".py").is_file():
        raise FileNotFoundError(
            f"Lab inconnu : {source.with_suffix('.py').relative_to(racine)} n'existe pas. "
            "Le nom s'écrit comme le dossier, par exemple 00_prise_en_main."
        )
    if not source.is_file():
        source_vers_notebook(lab, racine)
    rendus = racine / "grading" / "submitted"
    if not rendus.is_dir() or not any(d.is_dir() for d in rendus.iterdir()):
        raise FileNotFoundError(AUCUNE_COPIE.format(lab=lab))
    version_apprenant = racine / "labs" / lab / f"{lab}.ipynb"
    if not version_apprenant.is_file():
        raise FileNotFoundError(f"{version_apprenant.relative_to(racine)} manque : lancez d'abord make labs.")
    return source, version_apprenant


def noter(
    lab: str,
    racine: Path = RACINE,
    retours_seulement: bool = False,
    tout_recorriger: bool = False,
    limites: Limites | None = None,
    delai_cellule: int = DELAI_CELLULE_S,
    delai_copie: int = DELAI_COPIE_S,
    bavard: bool = False,
) -> Bilan:
    """Corrige toutes les copies de ``lab`` rendues dans grading/submitted/.

    ``retours_seulement`` : ne réexécute aucune copie, refait retours et exports (après la
    correction à la main). ``tout_recorriger`` : réexécute aussi les copies inchangées.
    ``bavard`` : affiche l'avancement copie par copie (la commande ``make grade`` le fait).
    """
    debut = time.perf_counter()
    racine = racine.resolve()
    limites = limites or Limites()
    bilan = Bilan(lab)
    source, version_apprenant = _verifier_le_lab(racine, lab)

    # 1. collecter
    copies = collecter(racine, lab, bilan.fichiers_hors_dossier)
    if not copies:
        raise FileNotFoundError(AUCUNE_COPIE.format(lab=lab))

    # 2. préparer ; une copie inchangée depuis la dernière correction n'est pas réexécutée
    preparees = racine / "grading" / "preparees"
    etat_chemin = racine / "grading" / f"etat_correction_{lab}.json"
    etat = _lire_etat(etat_chemin)
    reference = source.read_bytes() + json.dumps(
        [limites.memoire_mo, limites.processeur_s, limites.sans_reseau, delai_cellule]
    ).encode()
    a_executer = []
    for personne, copie in copies.items():
        if copie.refus:
            bilan.non_corrigees[personne] = copie.refus
            continue
        try:
            preparer(copie, nbformat.read(version_apprenant, as_version=4), preparees / personne / lab / f"{lab}.ipynb")
        except Exception as erreur:  # une copie malformée ne doit pas arrêter la classe
            bilan.non_corrigees[personne] = (
                f"la copie n'a pas pu être préparée pour la correction ({type(erreur).__name__}) : "
                "demandez-la à nouveau, enregistrée depuis JupyterLab"
            )
            continue
        empreinte = _empreinte(copie.chemin, reference)
        deja = etat.get(personne, {})
        corrigee = racine / "grading" / "autograded" / personne / lab / f"{lab}.ipynb"
        if retours_seulement or (
            not tout_recorriger and deja.get("empreinte") == empreinte and corrigee.is_file()
        ):
            if corrigee.is_file():
                bilan.inchangees.append(personne)
                bilan.problemes[personne] = deja.get("problemes", copie.problemes)
            else:
                bilan.non_corrigees[personne] = "pas encore corrigée : relancez make grade sans --retours-seulement"
            continue
        a_executer.append((personne, copie, empreinte))

    # 3. exécuter, une copie par cœur à la fois, chacune dans son bac à sable ; après chacune,
    #    l'intégrité de ce dont dépend la correction est vérifiée et le registre est écrit
    if a_executer:
        mettre_a_jour_le_registre(racine, lab)
    executer_les_copies(
        racine, lab, a_executer, preparees, limites, bilan, etat, etat_chemin,
        delai_cellule=delai_cellule, delai_copie=delai_copie, bavard=bavard,
    )
    bilan.corrigees = sorted(bilan.executees + bilan.inchangees)
    ecrire_etat(etat_chemin, etat)

    # 4. exporter les notes (avant les retours : un échec des retours ne perd pas les notes)
    exporter(racine, lab, bilan)

    # 5. les retours, refaits seulement quand les notes ou commentaires d'une personne ont changé
    bilan.retours = generer_retours(
        racine, lab, bilan.corrigees, bilan.executees, sorted(copies), etat, bilan.problemes
    )
    ecrire_etat(etat_chemin, etat)

    bilan.duree_s = time.perf_counter() - debut
    bilan.bilan_md = racine / "grading" / f"bilan_{lab}.md"
    bilan.bilan_md.write_text(tableau(bilan, markdown=True), encoding="utf-8")
    return bilan


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("lab", help="nom du lab, par exemple 00_prise_en_main")
    parseur.add_argument("--racine", type=Path, default=RACINE)
    parseur.add_argument(
        "--retours-seulement", action="store_true",
        help="ne réexécuter aucune copie : refaire retours et exports (après la correction à la main)",
    )
    parseur.add_argument(
        "--tout-recorriger", action="store_true", help="réexécuter aussi les copies inchangées"
    )
    parseur.add_argument("--memoire", type=int, default=Limites.memoire_mo, help="Mo par copie (défaut 2048)")
    parseur.add_argument("--delai", type=int, default=DELAI_CELLULE_S, help="secondes par cellule (défaut 120)")
    args = parseur.parse_args(argv)
    try:
        bilan = noter(
            args.lab, args.racine, args.retours_seulement, args.tout_recorriger,
            Limites(memoire_mo=args.memoire), delai_cellule=args.delai, bavard=True,
        )
    except (FileNotFoundError, RuntimeError) as erreur:
        print(f"Erreur : {erreur}", file=sys.stderr)
        return 2
    afficher(bilan, args.racine.resolve())
    return 1 if bilan.non_corrigees else 0


if __name__ == "__main__":
    sys.exit(main())
