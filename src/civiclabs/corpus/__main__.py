"""``python -m civiclabs.corpus [dossier]`` : régénère data/demandes.csv, data/consultation.csv, data/population.csv."""

import sys
import time

from . import ecrire_fichiers
from .fichiers import DOSSIER_DONNEES

if __name__ == "__main__":
    debut = time.perf_counter()
    dossier = sys.argv[1] if len(sys.argv) > 1 else DOSSIER_DONNEES
    tailles = ecrire_fichiers(dossier)
    for nom, lignes in tailles.items():
        print(f"{dossier}/{nom} : {lignes} lignes")
    print(f"Terminé en {time.perf_counter() - debut:.1f} s.")
