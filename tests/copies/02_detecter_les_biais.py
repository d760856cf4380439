"""Une copie typique avec des erreurs, pour le Lab 02 (test de correction).

Erreurs fréquentes attendues : « et » au lieu de « ou », calcul sur toutes les demandes au lieu
des vraies urgences, part au lieu de points, colonne quartier oubliée dans le retrait, poids
calculés sur la mauvaise étiquette, seuils par groupe ajustés sur le mauvais groupe, constats
sans chiffres. Cinq réponses justes (1.1, 2.3, 3.2, 5.1, 6.3).
"""

REPONSES_ERRONEES = {
    "ex1_1": (
        'part_urgente_historique = (demandes["urgence_historique"] == "urgente").mean()\n'
        'part_urgente_reference = (demandes["urgence_reference"] == "urgente").mean()'
    ),  # juste
    "ex2_1": (
        'informelle = demandes["registre"].isin(["familier", "télégraphique", "français non natif"]) & (\n'
        '    demandes["orthographe"] == "nombreuses fautes")'
    ),  # « et » au lieu de « ou »
    "ex2_2": (
        "urgentes = demandes[vrai]\n"
        'manquees_historique = (demandes["urgence_historique"] == "non urgente").groupby(demandes["groupe_quartier"]).mean()'
    ),  # toutes les demandes
    "ex2_3": (
        'indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}\n'
        "cadre_historique = MetricFrame(metrics=indicateurs, y_true=vrai, y_pred=historique_urgente,\n"
        '                               sensitive_features=demandes["groupe_ecriture"])'
    ),  # juste
    "ex3_1": (
        'audit = demandes[demandes["echantillon_audit"]]\n'
        'cadre = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_quartier"])\n'
        'manquees = cadre.by_group["vraies urgences manquées"]\n'
        'ecart_echantillon = manquees["quartier prioritaire"] - manquees["autre quartier"]'
    ),  # une part, pas des points
    "ex3_2": (
        "decision_prestataire = decider(scores_prestataire, part=PART_URGENTE)\n"
        "ecarts_prestataire = ecarts_par_groupe(demandes, decision_prestataire)"
    ),  # juste
    "ex4_1": (
        "scores_sans_quartier = scores_hors_echantillon(demandes)\n"
        "ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))"
    ),  # le quartier n'a pas été retiré
    "ex5_1": (
        'originaux = demandes.loc[demandes["groupe_quartier"] == "quartier prioritaire", "texte"].sample(2000, random_state=GRAINE)\n'
        'modifies = contrefactuel(originaux, "quartier")\n'
        "touches = modifies != originaux\n"
        "taux_bascule_quartier = (est_urgente(modele_t, originaux[touches], seuil_t)\n"
        "                         != est_urgente(modele_t, modifies[touches], seuil_t)).mean()"
    ),  # juste
    "ex6_1": (
        'poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_reference"])\n'
        "scores_reponderes = scores_hors_echantillon(demandes, poids=poids)"
    ),  # mauvaise étiquette
    "ex6_2": (
        "from fairlearn.postprocessing import ThresholdOptimizer\n"
        'X = pd.DataFrame({"score": scores_prestataire})\n'
        'dans_audit = demandes["echantillon_audit"]\n'
        "optimiseur = ThresholdOptimizer(estimator=ScoreDejaCalcule().fit(X), constraints=\"false_negative_rate_parity\",\n"
        '                                objective="balanced_accuracy_score", prefit=True, predict_method="predict")\n'
        'optimiseur.fit(X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "groupe_ecriture"])\n'
        'decision_seuils = optimiseur.predict(X, sensitive_features=demandes["groupe_ecriture"], random_state=GRAINE)'
    ),  # seuils par écriture, pas par quartier
    "ex6_3": (
        'colonnes_ecarts = [c for c in options.columns if c.startswith("écart")]\n'
        "respectent = options[(options[colonnes_ecarts] <= REGLE_ECART).all(axis=1)]\n"
        "options_conformes = list(respectent.index)"
    ),  # juste
    "ex7_1": (
        "fiche_audit = {\n"
        '    "donnees": "Les demandes des habitant·es sur deux ans avec leur urgence.",\n'
        '    "groupes": "Les quartiers prioritaires et les autres quartiers de la métropole.",\n'
        '    "indicateurs": "La part des vraies urgences manquées dans chaque groupe.",\n'
        '    "constats": "Le modèle manque beaucoup plus de vraies urgences dans les quartiers prioritaires.",\n'
        '    "decision": "Ne pas déployer le modèle sans correction préalable.",\n'
        '    "controle_humain": "Un agent relit toutes les demandes classées non urgentes.",\n'
        "}\n"
        "afficher_fiche_audit(fiche_audit)"
    ),  # constats sans chiffres
}
