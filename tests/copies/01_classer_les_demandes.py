"""Une copie typique avec des erreurs, pour le Lab 01 (test de correction).

Erreurs fréquentes attendues chez les débutant·es : moyenne au lieu de médiane, règles
reprises telles quelles, découpage sans stratify, routeur entraîné sur les demandes
d'évaluation (une fuite : le F1 monte, le test doit la refuser), précision prise pour le
rappel, seuil le plus haut au lieu du plus bas, classes rares non rééquilibrées.
Cinq réponses justes (2.2, 3.2, 4.2, 5.1, 7.2).
"""

REPONSES_ERRONEES = {
    "ex1_1": 'mediane_par_canal = demandes.groupby("canal")["nb_mots"].mean()',  # moyenne
    "ex2_1": "mes_regles = REGLES_EXEMPLE",  # 38 % seulement
    "ex2_2": (
        'routage_regles = router_demandes(demandes["texte"], mes_regles)\n'
        'exactitude_regles = (routage_regles == demandes["service"]).mean()'
    ),  # juste
    "ex3_1": (
        "from sklearn.model_selection import train_test_split\n"
        "textes_train, textes_test, services_train, services_test = train_test_split(\n"
        '    demandes["texte"], demandes["service"], test_size=PART_TEST, random_state=GRAINE)'
    ),  # sans stratify
    "ex3_2": (
        "part_quasi_jumelles = (similarites >= SEUIL_JUMELLES).mean()\n"
        'nb_doublons_exacts = evaluation["texte"].isin(apprentissage["texte"]).sum()'
    ),  # juste
    "ex4_1": (
        "from sklearn.feature_extraction.text import TfidfVectorizer\n"
        "from sklearn.linear_model import LogisticRegression\n"
        "from sklearn.pipeline import Pipeline\n"
        'routeur = Pipeline([("tfidf", TfidfVectorizer(stop_words=mots_vides())),\n'
        '                    ("modele", LogisticRegression(max_iter=1000))])\n'
        'routeur.fit(evaluation["texte"], evaluation["service"])'
    ),  # fuite : appris sur les demandes d'évaluation
    "ex4_2": (
        "from sklearn.metrics import accuracy_score, f1_score\n"
        'exactitude = accuracy_score(resultats["service"], resultats["prediction"])\n'
        'f1_macro = f1_score(resultats["service"], resultats["prediction"], average="macro")'
    ),  # juste
    "ex4_3": (
        'envoyees = resultats[resultats["prediction"] == "Hors compétence / autre"]\n'
        'rappel_hors_competence = (envoyees["service"] == "Hors compétence / autre").mean()'
    ),  # la précision
    "ex5_1": (
        'proba_sans = probabilites(modele, message_sans)["Propreté et déchets"]\n'
        'proba_avec = probabilites(modele, message_avec)["Propreté et déchets"]'
    ),  # juste
    "ex6_1": (
        'respectent = courbe[courbe["taux_erreur"] <= REGLE_ERREUR]\n'
        'seuil_choisi = respectent["seuil"].max()\n'
        'part_lue_par_les_agents = 1 - respectent["part_automatique"].min()'
    ),  # le plus haut seuil
    "ex7_1": (
        "from sklearn.feature_extraction.text import TfidfVectorizer\n"
        "from sklearn.linear_model import LogisticRegression\n"
        "from sklearn.pipeline import Pipeline\n"
        'modele_urgence = Pipeline([("tfidf", TfidfVectorizer(stop_words=mots_vides())),\n'
        '                           ("modele", LogisticRegression(max_iter=1000))])\n'
        'modele_urgence.fit(historique["texte"], historique["urgence_historique"])'
    ),  # sans class_weight
    "ex7_2": (
        'vraiment_urgentes = audit[audit["urgence_reference"] == "urgente"]\n'
        'prioritaires = vraiment_urgentes[vraiment_urgentes["quartier_prioritaire"]]\n'
        'autres = vraiment_urgentes[~vraiment_urgentes["quartier_prioritaire"]]\n'
        'reconnue_prioritaires = (prioritaires["urgence_historique"] == "urgente").mean()\n'
        'reconnue_autres = (autres["urgence_historique"] == "urgente").mean()'
    ),  # juste
    "reflexion_1": "L'outil peut se tromper, il faut vérifier.",
    "reflexion_2": "On doit dire aux gens qu'on utilise l'IA.",
}
