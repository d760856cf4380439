"""Les outils du cours, un dossier par métier :

- ``outils.fabrication`` : construire les labs (``labs``), les liens de lancement
  (``lancement``), le fichier d'exemple du Grand Débat (``grand_debat``) ;
- ``outils.correction`` : noter une classe (``noter`` et ses étapes), le noyau borné
  (``isolement``), la classe fictive de répétition (``classe_fictive``) ;
- ``outils.deploiement`` : fichiers de mise en service (réglages de JupyterLab, SSP Cloud).

Le harnais de test est dans ``tests/harnais``. Chaque outil se lance avec
``python -m outils.<métier>.<outil>`` (les cibles du Makefile le font).
"""
