"""Banc d'essai du cours : temps et mémoire de chaque lab, temps de correction par copie.

``make bench`` :

- exécute chaque notebook de solution dans un processus neuf (papermill), trois fois ;
  relève le temps total (démarrage du noyau compris) et le pic de mémoire du noyau ;
  garde la médiane des trois ;
- corrige cinq copies justes de chaque lab comme ``make grade`` (outils/correction/noter.py : une copie à
  la fois dans le noyau borné, retours et exports compris) dans un cours temporaire, et divise
  le temps par cinq ;
- lance les autres bancs ``bench/bench_*.py`` (chacun imprime un tableau Markdown) ;
- écrit le tout dans bench/results.md, avec le nombre de cœurs de la machine.

Budget par lab : 20 s et 1 Go sur 2 cœurs (Binder donne 2 Go ; la correction d'une classe
exécute chaque notebook une fois par personne).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from outils import commun
from outils.correction import noter
from outils.fabrication import labs as outil_labs

RACINE = Path(__file__).resolve().parent.parent

BUDGET_SECONDES = 20
BUDGET_MO = 1024
REPETITIONS = 3
COPIES = 5

# Exécuté dans un processus neuf : le pic de mémoire des enfants (RUSAGE_CHILDREN) est alors
# celui du noyau Jupyter lancé par papermill, et ne mélange pas les mesures.
_MESURE = """
import json, resource, sys, time, papermill
debut = time.perf_counter()
papermill.execute_notebook(sys.argv[1], sys.argv[2], cwd=sys.argv[3], kernel_name="python3",
                           progress_bar=False, execution_timeout=300)
duree = time.perf_counter() - debut
print(json.dumps({"secondes": duree,
                  "mo": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def mesurer_notebook(lab: str, repetitions: int = REPETITIONS) -> dict:
    source = RACINE / "solutions" / lab / f"{lab}.ipynb"
    mesures = []
    with tempfile.TemporaryDirectory() as dossier:
        for _ in range(repetitions):
            sortie = subprocess.run(
                [sys.executable, "-c", _MESURE, str(source), str(Path(dossier) / "sortie.ipynb"),
                 str(source.parent)],
                env=commun.environnement_outils(), capture_output=True, text=True, check=True,
            )
            mesures.append(json.loads(sortie.stdout.strip().splitlines()[-1]))
    return {
        "secondes": statistics.median(m["secondes"] for m in mesures),
        "mo": statistics.median(m["mo"] for m in mesures),
    }


def mesurer_correction(lab: str, copies: int = COPIES) -> float:
    """Secondes de « make grade » par copie, sur COPIES copies justes."""
    import nbformat

    with tempfile.TemporaryDirectory() as dossier:
        cours = outil_labs.copier_cours(RACINE, Path(dossier) / "cours")
        outil_labs.regenerer([lab], racine=cours)
        apprenant = cours / "labs" / lab / f"{lab}.ipynb"
        reponses = commun.reponses_de_la_solution(commun.lire(cours / "solutions" / lab / f"{lab}.ipynb"))
        for numero in range(copies):
            cible = cours / "grading" / "submitted" / f"personne{numero}" / lab
            cible.mkdir(parents=True)
            nbformat.write(commun.remplir(apprenant, reponses), cible / f"{lab}.ipynb")
        debut = time.perf_counter()
        bilan = noter.noter(lab, cours)
        if len(bilan.executees) != copies:
            raise RuntimeError(f"{lab} : {copies - len(bilan.executees)} copie(s) juste(s) non corrigée(s) : {bilan.non_corrigees}")
        return (time.perf_counter() - debut) / copies


def bancs_supplementaires() -> list[str]:
    sections = []
    for script in sorted((RACINE / "bench").glob("bench_*.py")):
        print(f"… {script.name}", flush=True)
        sortie = subprocess.run(
            [sys.executable, str(script)], env=commun.environnement_outils(),
            capture_output=True, text=True,
        )
        if sortie.returncode != 0:
            sections.append(f"### {script.name}\n\nÉchec :\n\n```\n{sortie.stderr[-2000:]}\n```\n")
        else:
            sections.append(sortie.stdout.strip() + "\n")
    return sections


def main(argv: list[str] | None = None) -> int:
    import argparse

    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--rapide", action="store_true",
                         help="le premier lab seulement, une mesure, une copie, sans les bancs "
                              "supplémentaires (pour vérifier que le banc fonctionne)")
    parseur.add_argument("--sortie", type=Path, default=RACINE / "bench" / "results.md")
    args = parseur.parse_args(argv)
    repetitions, copies = (1, 1) if args.rapide else (REPETITIONS, COPIES)
    lignes = []
    depassements = []
    labs = outil_labs.lister_labs(RACINE)
    for lab in labs[:1] if args.rapide else labs:
        print(f"… {lab}", flush=True)
        mesure = mesurer_notebook(lab, repetitions)
        correction = mesurer_correction(lab, copies)
        ok = mesure["secondes"] <= BUDGET_SECONDES and mesure["mo"] <= BUDGET_MO
        if not ok:
            depassements.append(lab)
        lignes.append(
            f"| {lab} | {mesure['secondes']:.1f} | {mesure['mo']:.0f} | {correction:.1f} | "
            f"{'✅' if ok else '❌ hors budget'} |"
        )
    texte = [
        "# Banc d'essai (make bench)",
        "",
        f"Mesuré le {datetime.now(UTC):%Y-%m-%d %H:%M} UTC sur {os.cpu_count()} cœur(s), "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}.",
        "",
        f"Chaque notebook de solution est exécuté {repetitions} fois dans un processus neuf "
        "(papermill, démarrage du noyau compris) ; on garde la médiane. Mémoire : pic du noyau. "
        f"Correction : `make grade` sur {copies} copie(s) juste(s), temps par copie "
        "(préparation, noyau borné, retours et exports répartis).",
        "",
        f"Budget par lab : {BUDGET_SECONDES} s et {BUDGET_MO} Mo.",
        "",
        "| lab | temps (s) | mémoire (Mo) | correction par copie (s) | budget |",
        "|---|---|---|---|---|",
        *lignes,
        "",
        *([] if args.rapide else bancs_supplementaires()),
    ]
    resultat = args.sortie
    resultat.write_text("\n".join(texte).rstrip() + "\n", encoding="utf-8")
    print(resultat.read_text(encoding="utf-8"))
    return 1 if depassements else 0


if __name__ == "__main__":
    sys.exit(main())
