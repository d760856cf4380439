"""Une copie typique avec des erreurs, pour le Lab 00 (test de correction).

Erreurs fréquentes observées chez les débutant·es : division décimale, colonne au lieu
de comptes, une seule condition au lieu de deux, tri croissant. Deux réponses justes.
"""

REPONSES_ERRONEES = {
    "ex0_1": "agents_necessaires = 45 / 15",  # décimal : 3.0
    "ex0_2": 'par_canal = contributions["canal"]',  # la colonne, pas les comptes
    "ex0_3": 'courriers = contributions[contributions["canal"] == "courrier"]',  # juste
    "ex0_4": 'val_ambre_tranquillite = contributions[contributions["quartier"] == "Val-d\'Ambre"]',
    "ex0_5": 'plus_longues = contributions.sort_values("nb_mots").head(5)',  # ordre croissant
    "ex0_6": 'part_courrier = len(demandes[demandes["canal"] == "courrier"]) / len(demandes)',  # juste
    "reflexion_1": "Le tri par mot-clé peut se tromper.",
}
