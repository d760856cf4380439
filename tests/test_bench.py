"""Le banc d'essai s'exécute (version rapide) et produit son tableau ; les budgets eux-mêmes
se mesurent avec « make bench », jamais dans un test chronométré."""

import subprocess
import sys

from conftest import LABS, RACINE


def test_le_banc_d_essai_produit_son_tableau(tmp_path):
    sortie = tmp_path / "results.md"
    resultat = subprocess.run(
        [sys.executable, str(RACINE / "bench" / "bench.py"), "--rapide", "--sortie", str(sortie)],
        capture_output=True, text=True,
    )
    assert sortie.is_file(), resultat.stderr[-2000:]
    texte = sortie.read_text(encoding="utf-8")
    assert "cœur(s)" in texte
    # --rapide : le premier lab seulement (les mêmes mesures s'appliquent à chaque lab).
    ligne = next(l for l in texte.splitlines() if l.startswith(f"| {LABS[0]} |"))
    temps, memoire, correction = (float(x) for x in ligne.split("|")[2:5])
    assert temps > 0 and memoire > 50 and correction > 0
