"""Une copie typique avec des erreurs, pour le Lab 03 (test de correction).

Erreurs fréquentes attendues chez les débutant·es : « non renseigné » gardé parmi les
tranches d'âge, copies comptées sans l'original (keep=False oublié), voix comptées comme des
copies, mots vides oubliés, règle de vigilance aux mots trop généraux (« nuit », « soir »),
pondération oubliée, précision et rappel inversés, thèmes nommés « Thème n° … ».
Quatre réponses justes (1.2, 3.1, 4.1, 6.1).
"""

REPONSES_ERRONEES = {
    "ex1_1": 'part_age_contributions = consultation["tranche_age"].value_counts(normalize=True)',
    "ex1_2": 'part_qp_par_canal = consultation.groupby("canal")["quartier_prioritaire"].mean()',  # juste
    "ex2_1": "nb_avec_copie = int(doublons.duplicated().sum())",  # keep=False oublié
    "ex2_2": (
        "from sklearn.feature_extraction.text import TfidfVectorizer\n"
        "from sklearn.metrics.pairwise import cosine_similarity\n"
        'vectoriseur = TfidfVectorizer().fit(consultation["texte"])\n'
        "x_paire = vectoriseur.transform(paire)\n"
        "similarite_paire = float(cosine_similarity(x_paire[0], x_paire[1])[0, 0])"
    ),  # mots vides oubliés
    "ex2_3": (
        'membres = consultation[campagnes["signalee"]].assign(groupe=campagnes["groupe"])\n'
        'copies_par_groupe = membres.groupby("groupe").size()\n'
        'voix_par_groupe = membres.groupby("groupe").size()'
    ),  # des copies, pas des voix
    "ex3_1": (
        'themes = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, '
        "apprendre_sur=textes_distincts)"
    ),  # juste
    "ex3_2": (
        "noms_themes = {k: f\"Thème n° {k} : {' et '.join(m[:2])}\" "
        "for k, m in themes_cours.mots_cles.items()}"
    ),  # des numéros de thème, pas des noms
    "ex4_1": (
        "themes_des_textes = themes_cours.etiquettes[textes_distincts]\n"
        "top5 = themes_des_textes.value_counts().index[:5]\n"
        "part_hors_top5 = float((~themes_des_textes.isin(top5)).mean())"
    ),  # juste
    "ex4_2": (
        "ma_vigilance = {\n"
        '    "Accessibilité des personnes handicapées": ["handicap", "fauteuil", "ascenseur", "accessib", "aide"],\n'
        '    "Sécurité des femmes la nuit": ["nuit", "soir", "peur", "femme", "éclair"],\n'
        "}\n"
        "minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)"
    ),  # mots trop généraux
    "ex5_1": (
        'zfe_brut = consultation["question_zfe"].value_counts(normalize=True)\n'
        'zfe_pondere = consultation["question_zfe"].value_counts(normalize=True)'
    ),  # pondération oubliée
    "ex6_1": "synthese = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes)",  # juste
    "ex7_1": (
        "def precision_rappel(signalees, vraies):\n"
        "    precision = float(signalees[vraies].mean())\n"
        "    rappel = float(vraies[signalees].mean())\n"
        "    return precision, rappel\n"
        "\n"
        "\n"
        "signalees = campagnes[\"signalee\"]\n"
        "vraies = consultation[\"campagne\"] != \"aucune\"\n"
        "precision_campagnes, rappel_campagnes = precision_rappel(signalees, vraies)"
    ),  # inversés
    "reflexion_1": "La machine peut se tromper.",
    "reflexion_2": "Merci pour votre participation.",
    "reflexion_3": "Il faut faire attention aux minorités.",
}
