"""``python -m civiclabs.corpus [dossier]`` : régénère data/demandes.csv, data/consultation.csv,
data/population.csv, data/volontaires.csv. Sans ``dossier`` (les données du cours), réécrit aussi
les tables de versions bruitées du paquet qui ne correspondent plus aux fragments
(corpus/versions/*.json.gz) ; avec un ``dossier``, ne touche pas au paquet."""

import sys
import time

from ..texte import format_nombre
from . import ecrire_fichiers
from .fichiers import DOSSIER_DONNEES, mettre_a_jour_versions

if __name__ == "__main__":
    debut = time.perf_counter()
    dossier = sys.argv[1] if len(sys.argv) > 1 else DOSSIER_DONNEES
    tailles = ecrire_fichiers(dossier)
    if len(sys.argv) == 1:
        for chemin in mettre_a_jour_versions():
            print(f"Table des versions bruitées recalculée : {chemin}")
    for nom, lignes in tailles.items():
        print(f"{dossier}/{nom} : {format_nombre(lignes, 0)} lignes")
    print(f"Terminé en {format_nombre(time.perf_counter() - debut, 1, garder_zeros=True)} s.")
