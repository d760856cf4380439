"""Trouver ou obtenir le navigateur des tests dans un vrai navigateur (Chromium).

``make test`` lance ce fichier avant pytest (``python tests/harnais/chromium.py``) :

1. un Chromium déjà là : ``$CIVICLABS_CHROMIUM``, ``/usr/bin/chromium``, ``chromium`` ou
   ``chromium-browser`` dans le PATH, ou le Chromium que Playwright a déjà téléchargé ;
2. sinon, sur Debian ou Ubuntu, en root ou avec sudo sans mot de passe : le paquet
   ``chromium`` par apt ;
3. sinon, le Chromium de Playwright (``python -m playwright install chromium``), sur une
   machine qui a accès à Internet ;
4. sinon, un message en français qui nomme la commande à lancer, et un code de sortie 1 :
   jamais un test sauté en silence.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from outils.commun import prefixe_apt as _peut_utiliser_apt

PAQUETS_APT = ["chromium", "fonts-dejavu-core"]


def _executable(chemin) -> Path | None:
    if chemin and Path(chemin).is_file() and os.access(chemin, os.X_OK):
        return Path(chemin)
    return None


def chromium_de_playwright() -> Path | None:
    """Le Chromium téléchargé par Playwright, s'il l'a été."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            return _executable(p.chromium.executable_path)
    except Exception:  # Playwright absent ou navigateur jamais téléchargé
        return None


def trouver_chromium() -> Path | None:
    """Le chemin d'un Chromium utilisable, ou None."""
    for candidat in (
        os.environ.get("CIVICLABS_CHROMIUM"), "/usr/bin/chromium",
        shutil.which("chromium"), shutil.which("chromium-browser"),
    ):
        if _executable(candidat):
            return Path(candidat)
    return chromium_de_playwright()




def _lancer(commande: list[str], env: dict | None = None) -> bool:
    print("   $ " + " ".join(commande), flush=True)
    resultat = subprocess.run(commande, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if resultat.returncode != 0:
        print("   échec : " + (resultat.stderr.strip().splitlines() or ["(sans message)"])[-1], flush=True)
    return resultat.returncode == 0


def obtenir_chromium() -> Path | None:
    deja = trouver_chromium()
    if deja:
        return deja
    prefixe = _peut_utiliser_apt()
    if prefixe is not None:
        print("Chromium manque aux tests dans un navigateur : installation du paquet Debian (apt)…", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if _lancer([*prefixe, "apt-get", "update", "-qq"], env) and _lancer(
            [*prefixe, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *PAQUETS_APT], env
        ):
            trouve = trouver_chromium()
            if trouve:
                return trouve
    print("Chromium manque : téléchargement du Chromium de Playwright…", flush=True)
    if _lancer([sys.executable, "-m", "playwright", "install", "chromium"]):
        return chromium_de_playwright()
    return None


def commande_a_lancer() -> str:
    if shutil.which("apt-get"):
        return "sudo apt-get install chromium fonts-dejavu-core"
    return f"{sys.executable} -m playwright install chromium"


def main() -> int:
    chemin = obtenir_chromium()
    if chemin:
        print(f"Navigateur des tests : {chemin}")
        return 0
    print(
        "\nLes tests dans un vrai navigateur ont besoin de Chromium, et make test n'a pu ni l'installer "
        "(apt demande les droits d'administration) ni le télécharger (pas d'accès à Internet ?).\n"
        f"Lancez une fois cette commande, puis relancez make test :\n\n    {commande_a_lancer()}\n",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
