"""``python -m civiclabs.donnees_personnelles FICHIER --sortie FICHIER``."""

import sys

from .commande import main

sys.exit(main())
