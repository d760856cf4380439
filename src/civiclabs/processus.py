"""Un second processus de calcul (l'autre cœur de la machine), pour les calculs lancés en
arrière-plan par les notebooks."""

from __future__ import annotations

import signal


def _ignorer_interruption() -> None:
    # Le bouton « interrompre » de JupyterLab (et l'arrêt du noyau par papermill ou nbgrader)
    # envoie SIGINT à tout le groupe de processus : le second processus l'ignore, au lieu de
    # mourir en affichant une trace d'erreur ; il s'arrête quand le noyau se ferme.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def second_processus():
    """Un ``ProcessPoolExecutor`` à un processus, démarré par « spawn », qui ignore les
    interruptions. Lève OSError ou RuntimeError si la machine ne permet pas d'en lancer un : à
    l'appelant de calculer alors au premier plan."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignorer_interruption)
