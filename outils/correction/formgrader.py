"""Le formgrader de nbgrader, sur un serveur à lui : ``make formgrader``.

La page de correction à la main affiche ce que les apprenant·es ont écrit. Ce serveur :

- ne sert que le formgrader et l'API de Jupyter (pas d'interface JupyterLab) ;
- **terminaux désactivés** : une page piégée ne pourrait pas ouvrir de terminal ;
- une **politique de sécurité du contenu** (en-tête ``Content-Security-Policy``) : aucun script,
  cadre, objet ni image venant d'ailleurs que du serveur lui-même ;
- écoute sur 127.0.0.1 seulement, avec un jeton.

Ce que les copies contiennent est de toute façon rendu inerte avant la correction
(outils/correction/nettoyage.py et le prétraitement SortiesInertes) : ce serveur est une
seconde barrière. Usage : ``python -m outils.correction.formgrader [--port 8890]``.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from outils.commun import RACINE, environnement_outils

POLITIQUE = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",  # les pages du formgrader en ont besoin
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
])


def commande(port: int, jeton: str, racine: Path = RACINE) -> list[str]:
    """La commande qui lance le serveur du formgrader."""
    reglages = {"headers": {"Content-Security-Policy": POLITIQUE}}
    options = [
        "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={jeton}", "--ServerApp.terminals_enabled=False",
        f"--ServerApp.tornado_settings={json.dumps(reglages)}", f"--ServerApp.root_dir={racine}",
    ]
    if os.geteuid() == 0:
        options.append("--allow-root")
    return [sys.executable, "-m", "jupyter", "server", *options]


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--port", type=int, default=8890)
    args = parseur.parse_args(argv)
    jeton = secrets.token_urlsafe(16)
    print(f"Formgrader : ouvrez http://127.0.0.1:{args.port}/formgrader?token={jeton}  (Ctrl-C pour arrêter)")
    return subprocess.call(commande(args.port, jeton), cwd=RACINE, env=environnement_outils())


if __name__ == "__main__":
    sys.exit(main())
