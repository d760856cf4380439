"""Banc d'essai de la chaîne de synthèse du Lab 03 : temps et mémoire maximale.

Usage :
    python bench/bench_synthese.py              # 100 000 et 1 000 000 de contributions
    python bench/bench_synthese.py --n 50000    # une autre taille
    python bench/bench_synthese.py --rapide     # 20 000 contributions (vérification rapide)

Pour chaque taille, la consultation est d'abord générée (générateur du projet) dans un
processus à part et écrite dans un CSV temporaire : sa génération n'est pas chronométrée.
Un processus neuf relit ensuite ce CSV et exécute ``synthetiser_consultation`` (copies,
campagnes, thèmes, signaux faibles, synthèse, poids) : on mesure le temps de la chaîne et
la mémoire résidente maximale de tout ce processus (lecture du CSV comprise).
Budgets de la demande (2 cœurs) : 100 000 en 30 s au plus, 1 000 000 en 4 min au plus,
moins de 2 Go. Le script imprime un tableau Markdown et sort avec le code 1 si un budget
est dépassé.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BUDGETS = {100_000: 30, 1_000_000: 240}
BUDGET_MO = 2048

GENERER = """
import sys
from civiclabs.corpus import generer_consultation
generer_consultation(n={n}, graine=1).to_csv(sys.argv[1], index=False)
"""

MESURER = """
import json, sys, time
import pandas as pd
from civiclabs import charger_population, limiter_calculs_paralleles
from civiclabs.synthese import (SUJETS_DE_VIGILANCE, comptabilite, evaluer_campagnes, evaluer_minorites,
                                synthetiser_consultation)
limiter_calculs_paralleles()
colonnes = ["identifiant", "auteur", "texte", "genre", "tranche_age", "position", "campagne",
            "theme_reference"]
table = pd.read_csv(sys.argv[1], usecols=colonnes, dtype=str, keep_default_na=False)
debut = time.perf_counter()
resultat = synthetiser_consultation(table, population=charger_population(), vigilance=SUJETS_DE_VIGILANCE)
duree = time.perf_counter() - debut
campagnes = evaluer_campagnes(resultat["campagnes"]["signalee"], table["campagne"] != "aucune")
minorites = evaluer_minorites(resultat["synthese"], table)
synthese = resultat["synthese"]
compte = comptabilite(synthese, table)  # lève une erreur si une contribution est perdue ou comptée deux fois
reference = pd.Series(table["theme_reference"].to_numpy(), index=table["identifiant"].to_numpy())
livraisons = max(((reference.reindex(ligne["identifiants"]) == "Livraisons et logistique urbaine").mean()
                  for _, ligne in synthese[synthese["rubrique"] == "thème"].iterrows()), default=0.0)
print(json.dumps({"secondes": duree, "precision": campagnes["precision"],
                  "rappel": campagnes["rappel"], "minorites": minorites["rappel"],
                  "lignes": len(synthese), "identite": int(compte["contributions"].iloc[-1]) == len(table),
                  "ecartes": int((synthese["rubrique"] == "écarté").sum()), "livraisons": float(livraisons)}))
"""


def _mesurer(programme: str, *arguments: str) -> tuple[str, float]:
    processus = subprocess.Popen([sys.executable, "-c", programme, *arguments],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, statut, usage = os.wait4(processus.pid, 0)
    sortie = processus.stdout.read()
    erreurs = processus.stderr.read()
    if os.waitstatus_to_exitcode(statut) != 0:
        raise RuntimeError(f"Échec :\n{erreurs[-2000:]}")
    return sortie, usage.ru_maxrss / 1024  # ru_maxrss en Ko sous Linux


def mesurer(n: int) -> dict:
    with tempfile.TemporaryDirectory() as dossier:
        csv = str(Path(dossier) / "consultation.csv")
        _mesurer(GENERER.format(n=n), csv)
        sortie, memoire = _mesurer(MESURER, csv)
    resultat = json.loads(sortie.strip().splitlines()[-1])
    resultat["mo"] = memoire
    return resultat


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--rapide", action="store_true", help="20 000 contributions seulement")
    args = parser.parse_args(argv)
    tailles = [20_000] if args.rapide else args.n

    lignes = [f"Chaîne de synthèse du Lab 03 (`synthetiser_consultation`), {os.cpu_count()} cœur(s).", "",
              "| contributions | temps (s) | mémoire max (Mo) | campagnes : précision / rappel "
              "| thèmes minoritaires retrouvés | comptabilité exacte | écartés | ligne des livraisons (pureté) "
              "| budget |",
              "|---|---|---|---|---|---|---|---|---|"]
    ok = True
    for n in tailles:
        m = mesurer(n)
        budget = BUDGETS.get(n)
        respecte = m["mo"] < BUDGET_MO and (budget is None or m["secondes"] <= budget) and m["identite"]
        ok &= respecte
        etiquette = f"{'oui' if respecte else 'NON'} (< {budget} s, < {BUDGET_MO} Mo)" if budget else (
            f"{'oui' if respecte else 'NON'} (< {BUDGET_MO} Mo)")
        lignes.append(
            f"| {n} | {m['secondes']:.1f} | {m['mo']:.0f} | {m['precision']:.3f} / {m['rappel']:.3f} "
            f"| {m['minorites']:.0%} | {'oui' if m['identite'] else 'NON'} | {m['ecartes']} "
            f"| {m['livraisons']:.0%} | {etiquette} |"
        )
    lignes.append("")
    lignes.append("Temps : la chaîne seule (génération et lecture du CSV exclues) ; mémoire : "
                  "maximum du processus qui lit le CSV et exécute la chaîne.")
    print("\n".join(lignes))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
