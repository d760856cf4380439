"""Banc d'essai de la correction d'une classe : 30 copies du Lab 01 par « make grade ».

La classe est celle de la répétition (outils/correction/classe_fictive.py) : copies justes, partielles,
avec erreurs, vides, mélangées, et les dix cas difficiles (fichier vide, JSON cassé, mal nommée,
mal rangée, tests modifiés, test supprimé, autre lab, boucle sans fin, bombe mémoire, sorties
énormes), corrigées avec les réglages par défaut de ``make grade`` (120 s par cellule, 2 Go par
processus, chaque copie dans son bac à sable, une copie par cœur à la fois). Mesure le temps
total, le temps par copie, le coût des vérifications d'intégrité, puis le temps d'une relance
sans changement. Objectif : 30 copies en 7 minutes au plus sur 2 cœurs.

Usage : ``python bench/bench_correction.py [--effectif 30] [--lab 01_classer_les_demandes]
[--paralleles N]`` (imprime un tableau Markdown, repris par ``make bench`` dans bench/results.md).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from outils.correction import classe_fictive, execution, noter
from outils.fabrication import labs as outil_labs

RACINE = Path(__file__).resolve().parent.parent

OBJECTIF_MINUTES = 7


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--effectif", type=int, default=30)
    parseur.add_argument("--lab", default="01_classer_les_demandes")
    parseur.add_argument("--bilan", type=Path, help="écrire aussi le bilan affiché par make grade dans ce fichier")
    parseur.add_argument("--paralleles", type=int, help="copies à la fois (défaut : une par cœur)")
    args = parseur.parse_args(argv)
    if args.paralleles:
        os.environ["CIVICLABS_COPIES_EN_PARALLELE"] = str(args.paralleles)
    paralleles = execution.copies_en_parallele()
    charge_avant = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as dossier:
        cours = outil_labs.copier_cours(RACINE, Path(dossier) / "cours")
        autre = next(lab for lab in outil_labs.lister_labs(RACINE) if lab != args.lab)
        outil_labs.regenerer([args.lab, autre], racine=cours)
        classe_fictive.fabriquer_classe(args.lab, cours, effectif=args.effectif)
        debut = time.perf_counter()
        bilan = noter.noter(args.lab, cours)
        duree = time.perf_counter() - debut
        if args.bilan:
            args.bilan.write_text(noter.tableau(bilan) + "\n", encoding="utf-8")
        debut = time.perf_counter()
        relance = noter.noter(args.lab, cours)
        duree_relance = time.perf_counter() - debut
    charge_apres = os.getloadavg()[0]
    pic_mo = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    integrite = bilan.protections.get("integrite", {})
    ok = duree <= OBJECTIF_MINUTES * 60
    print(f"### Correction d'une classe ({args.effectif} copies du {args.lab}, make grade)\n")
    print("| mesure | valeur |")
    print("|---|---|")
    print(f"| copies déposées | {args.effectif} (dont {len(classe_fictive.DIFFICILES)} cas difficiles) |")
    print(f"| copies exécutées et notées | {len(bilan.executees)} |")
    print(f"| copies mises de côté, signalées | {len(bilan.non_corrigees)} |")
    virgule = lambda x: f"{x:.1f}".replace(".", ",")  # noqa: E731
    print(f"| temps total | {virgule(duree / 60)} min ({duree:.0f} s) {'✅' if ok else '❌'} objectif {OBJECTIF_MINUTES} min |")
    print(f"| copies exécutées à la fois | {paralleles} ({os.cpu_count()} cœurs) |")
    print(f"| bac à sable | {'bubblewrap + cgroups' if bilan.protections.get('bac_a_sable') and bilan.protections.get('cgroupes') else 'NON (voir le bilan)'} |")
    print(f"| temps par copie exécutée (temps total / copies) | {virgule(duree / max(1, len(bilan.executees)))} s |")
    if integrite:
        print(f"| intégrité : fichiers surveillés, relevé complet, relevé après chaque copie | "
              f"{integrite['fichiers']}, {integrite['releve_complet_s'] * 1000:.0f} ms, "
              f"{integrite['par_copie_s'] * 1000:.0f} ms |")
    print(f"| charge de la machine (moyenne sur 1 min, avant → après) | {virgule(charge_avant)} → {virgule(charge_apres)} |")
    print(f"| relance sans changement (rien n'est réexécuté) | {duree_relance:.0f} s, "
          f"{len(relance.executees)} copie(s) réexécutée(s) |")
    print(f"| pic de mémoire d'un processus enfant (noyau borné à 2 Go) | {pic_mo:.0f} Mo |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
