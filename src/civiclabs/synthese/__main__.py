"""``python -m civiclabs.synthese FICHIER --sortie DOSSIER`` : voir civiclabs.synthese.commande."""

import sys

from .commande import main

sys.exit(main())
