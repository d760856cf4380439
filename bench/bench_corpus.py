"""Banc d'essai du générateur de corpus : temps et mémoire maximale pour 1 000 000 de lignes.

Usage :
    python bench/bench_corpus.py              # 1 000 000 de lignes par corpus
    python bench/bench_corpus.py --n 50000    # autre taille
    python bench/bench_corpus.py --rapide     # 20 000 lignes (vérification rapide)

Chaque corpus est généré dans un processus séparé (mémoire mesurée proprement,
par le maximum de mémoire résidente du processus). Budget de la demande :
moins de 3 minutes et moins de 2 Go par corpus à 1 000 000 de lignes.
Le script imprime un tableau Markdown et sort avec le code 1 si un budget est dépassé.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

BUDGET_SECONDES = 180
BUDGET_MO = 2048

PROGRAMME = """
import sys, time
from civiclabs.corpus import {fonction}
debut = time.perf_counter()
tableau = {fonction}(n={n}, graine=1)
duree = time.perf_counter() - debut
assert len(tableau) == {n}
print(duree)
"""


def mesurer(fonction: str, n: int) -> tuple[float, float]:
    """(secondes de génération, mémoire résidente maximale en Mo) dans un processus neuf."""
    processus = subprocess.Popen([sys.executable, "-c", PROGRAMME.format(fonction=fonction, n=n)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, statut, usage = os.wait4(processus.pid, 0)
    sortie = processus.stdout.read()
    erreurs = processus.stderr.read()
    processus.returncode = os.waitstatus_to_exitcode(statut)
    if processus.returncode != 0:
        raise RuntimeError(f"{fonction}(n={n}) a échoué :\n{erreurs[-2000:]}")
    return float(sortie.strip().splitlines()[-1]), usage.ru_maxrss / 1024  # ru_maxrss en Ko sous Linux


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--rapide", action="store_true", help="20 000 lignes seulement")
    args = parser.parse_args(argv)
    n = 20_000 if args.rapide else args.n

    lignes = [f"Générateur de corpus, {n:_} lignes par corpus ({os.cpu_count()} cœur(s)).".replace("_", " "), "",
              "| corpus | lignes | temps (s) | mémoire max (Mo) | budget (< 180 s, < 2048 Mo) |",
              "|---|---|---|---|---|"]
    ok = True
    for nom, fonction in (("demandes", "generer_demandes"), ("consultation", "generer_consultation")):
        debut = time.perf_counter()
        secondes, memoire = mesurer(fonction, n)
        total = time.perf_counter() - debut
        respecte = total < BUDGET_SECONDES and memoire < BUDGET_MO
        ok &= respecte
        lignes.append(f"| {nom} | {n} | {total:.1f} | {memoire:.0f} | {'oui' if respecte else 'NON'} |")
    lignes.append("")
    lignes.append("Temps mesuré processus compris (import de pandas et du paquet inclus).")
    print("\n".join(lignes))
    return 0 if ok or n != 1_000_000 else 1


if __name__ == "__main__":
    sys.exit(main())
