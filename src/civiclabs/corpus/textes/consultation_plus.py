"""Consultation sur le Plan de mobilité 2030 : phrases supplémentaires par thème et récits personnels.

Mêmes conventions que ``consultation_themes`` ; {ligne}, {heure}, {duree},
{quartier} et {la_rue} sont remplis à la génération.
"""

PLUS = {
    "Transports en commun": {
        "pour": [
            "Je laisse ma voiture au garage depuis que la {ligne} passe toutes les huit minutes.",
            "Le réseau de nuit du week-end doit être pérennisé, il a changé nos soirées.",
            "Il faudrait un plan lisible du réseau, avec les correspondances bien indiquées.",
            "Les bus de la {ligne} devraient passer plus tôt le matin, dès 5 h, pour les salariés de l'hôpital.",
            "Un tram jusqu'à l'aéroport, ce serait enfin une métropole moderne.",
            "Des bus plus petits mais plus fréquents dans les rues étroites du centre.",
            "Je suis content{e} de voir que la ligne circulaire est enfin prévue.",
            "Il faut des places pour les poussettes et les fauteuils dans chaque rame.",
        ],
        "contre": [
            "La {ligne} a été supprimée le dimanche matin, comment je fais pour aller travailler ?",
            "J'attends régulièrement vingt minutes à l'arrêt alors que l'horaire annonce un bus toutes les dix minutes.",
            "Le plan promet des miracles alors que les conducteurs de bus manquent déjà.",
            "Les bus sont sales et la climatisation ne marche jamais en été.",
            "Aucune ligne ne traverse la rocade, il faut passer par le centre pour aller à deux kilomètres.",
            "Le tram s'arrête à chaque feu rouge, la priorité aux carrefours est une illusion.",
            "Les annonces de perturbation arrivent toujours après la perturbation.",
            "On a supprimé le bus scolaire et les enfants prennent la {ligne} bondée.",
        ],
    },
    "Vélo et aménagements cyclables": {
        "pour": [
            "Depuis la piste de {la_rue}, mes enfants vont au collège à vélo tout seuls.",
            "Il faut un vrai plan de lutte contre le vol de vélos, avec des consignes fermées.",
            "Des pistes larges où l'on peut doubler un vélo-cargo sans danger, voilà ce qu'il faut.",
            "Le vélo en libre-service devrait aussi exister dans les quartiers périphériques.",
            "Je rêve d'une piste cyclable continue entre Port-Vieux et le campus.",
            "Le jalonnement vélo avec les temps de parcours est une très bonne initiative.",
            "Les feux devraient passer au vert pour les vélos quelques secondes avant les voitures.",
            "Je fais douze kilomètres à vélo chaque jour et le plan va dans le bon sens.",
        ],
        "contre": [
            "La nouvelle piste de {la_rue} a réduit la chaussée et les bus restent coincés.",
            "Il n'y a aucun parking vélo sécurisé près de la gare, mon vélo a été volé deux fois.",
            "Les pistes sont peintes au sol mais jamais protégées des voitures.",
            "Les racines et les trous rendent la voie verte impraticable pour les enfants.",
            "On nous impose le vélo alors qu'une partie de la ville est en pente forte.",
            "Les bandes cyclables à contresens sont une source d'accidents.",
            "Les pistes ne sont jamais déneigées ni débarrassées des feuilles.",
        ],
    },
    "Marche et espaces piétons": {
        "pour": [
            "Je fais tout à pied et j'aimerais des trottoirs sans obstacles sur {la_rue}.",
            "Les rues piétonnes du dimanche matin sont un vrai bonheur, il faut les étendre.",
            "Des raccourcis piétons entre les résidences feraient gagner dix minutes.",
            "Il faut plus d'arbres sur les trajets à pied, l'été c'est une fournaise.",
            "Un éclairage doux des cheminements piétons rassurerait tout le monde.",
            "La marche devrait avoir son propre budget dans le plan.",
        ],
        "contre": [
            "Sur {la_rue}, le trottoir fait à peine un mètre et il est plein de poteaux.",
            "Les voitures garées sur les trottoirs obligent les piétons à marcher sur la chaussée.",
            "Traverser le boulevard avec mes courses prend trois feux, c'est épuisant.",
            "Les vélos roulent sur les trottoirs et les piétons ont peur.",
            "Les passages piétons ont été déplacés et on doit faire un détour.",
            "Le plan oublie les personnes âgées qui se déplacent à pied.",
        ],
    },
    "Voiture et stationnement": {
        "pour": [
            "Je garde ma voiture mais je l'utilise moins depuis qu'il y a un parking relais au terminus.",
            "Une voiture partagée par immeuble serait une bonne solution pour ceux qui roulent peu.",
            "Des places de stationnement pour les soignants à domicile seraient très utiles.",
            "Un tarif résident abordable près de chez soi, c'est juste.",
            "Je suis pour la réduction des voitures dans le centre, à condition de penser aux livraisons et aux artisans.",
        ],
        "contre": [
            "Sur {la_rue}, on tourne vingt minutes tous les soirs pour se garer.",
            "Je fais les marchés et je ne peux pas transporter mon matériel en tram.",
            "Les infirmières libérales ne trouvent plus où se garer pour soigner les patients.",
            "Les horodateurs ont été supprimés et il faut une application, ma mère ne sait pas s'en servir.",
            "Le prix du parking relais a augmenté, ce n'est plus incitatif du tout.",
            "On culpabilise les automobilistes sans leur proposer d'alternative réaliste.",
            "Le stationnement payant a été étendu jusqu'{a_quartier} sans aucune concertation.",
        ],
    },
    "Zone à faibles émissions et qualité de l'air": {
        "pour": [
            "J'habite le long de {la_rue} et les fenêtres sont noires de pollution.",
            "Le médecin de mon fils nous a conseillé de déménager à cause de l'air, c'est grave.",
            "Il faut publier chaque jour les mesures de pollution par quartier.",
            "Les bus et les camions de la Métropole devraient être les premiers à passer à l'électrique.",
            "Je suis favorable à la ZFE avec un accompagnement des artisans.",
            "Moins de voitures, c'est aussi moins de bruit, on l'oublie trop souvent.",
        ],
        "contre": [
            "Avec ma vieille voiture diesel, je ne pourrai plus aller voir ma mère à l'hôpital.",
            "La ZFE va couper la métropole en deux entre ceux qui peuvent payer et les autres.",
            "Les contrôles par caméra de la ZFE, c'est de la surveillance.",
            "Le calendrier de la ZFE est beaucoup trop rapide.",
            "Les dérogations sont trop compliquées à demander.",
            "La pollution vient surtout de la rocade et du port, pas de nos petites voitures.",
        ],
    },
    "Tarifs et abonnements": {
        "pour": [
            "Un abonnement famille ferait vraiment la différence pour nous.",
            "La gratuité pour les plus de soixante-cinq ans aux heures creuses serait appréciée.",
            "Le paiement au trajet avec plafond mensuel est une bonne idée.",
            "Je prendrais le tram tous les jours si l'abonnement coûtait moins de trente euros.",
            "Les étudiants boursiers devraient voyager gratuitement.",
        ],
        "contre": [
            "Je paie soixante euros par mois pour un bus qui ne passe pas.",
            "Prendre le tram à quatre coûte plus cher qu'un parking en centre-ville.",
            "Les amendes pour un ticket mal validé sont disproportionnées.",
            "La tarification solidaire demande trop de justificatifs.",
            "Le ticket papier va disparaître, c'est une exclusion pour ceux qui n'ont pas de smartphone.",
        ],
    },
    "Sécurité routière et vitesse": {
        "pour": [
            "Sur {la_rue}, un plateau surélevé suffirait à calmer les voitures.",
            "Il faut des zones de rencontre près des écoles et des commerces.",
            "Les carrefours à feux devraient avoir un temps de traversée adapté aux enfants.",
            "Je soutiens la mise en place de contrôles contre les rodéos urbains.",
            "Les îlots refuges au milieu des grandes avenues rendent la traversée moins dangereuse.",
        ],
        "contre": [
            "Sur {la_rue}, les voitures roulent à 70 devant l'école et rien ne change.",
            "Les chicanes mal placées obligent les bus à monter sur le trottoir.",
            "Le plan ne prévoit rien pour le carrefour où mon voisin a été renversé.",
            "Les panneaux 30 sont partout, plus personne ne les regarde.",
            "Les motos bruyantes ne sont jamais contrôlées.",
        ],
    },
    "Desserte des quartiers périphériques": {
        "pour": [
            "Un bus direct {de_quartier} vers la gare, ce serait une révolution pour nous.",
            "Le transport à la demande devrait fonctionner aussi le dimanche.",
            "Il faut relier {quartier} à la zone commerciale sans passer par le centre.",
            "Les horaires du soir doivent tenir compte des gens qui finissent à 22 h.",
        ],
        "contre": [
            "{A_quartier}, le dernier bus passe à 20 h 30, après on est coupés du monde.",
            "Depuis {quartier}, il faut une heure et quart pour aller au centre hospitalier.",
            "Les jeunes {de_quartier} ne peuvent pas aller en formation faute de bus le matin.",
            "On nous promet le tram depuis vingt ans {a_quartier}.",
        ],
    },
    "Calendrier des travaux et concertation": {
        "pour": [
            "Un panneau d'information à chaque chantier, avec la date de fin, serait un minimum.",
            "J'apprécie que les ateliers aient eu lieu dans les quartiers et pas seulement à l'hôtel de Métropole.",
            "Une carte des chantiers mise à jour chaque semaine serait bien utile.",
        ],
        "contre": [
            "Les travaux de {la_rue} durent depuis {duree} et personne ne sait quand ils finiront.",
            "On nous consulte sur le plan mais jamais sur les travaux qui nous gênent au quotidien.",
            "La plateforme en ligne est compliquée, j'ai mis une heure à déposer mon avis.",
        ],
    },
}

# Récits personnels : ils ancrent une contribution dans la vie de son autrice ou de son auteur.
RECITS = [
    "J'habite {quartier} depuis {duree} et je travaille à l'autre bout de la métropole.",
    "Tous les matins je prends la {ligne} à {heure}.",
    "Je fais le trajet entre {quartier} et le centre-ville plusieurs fois par semaine.",
    "Je garde des enfants à domicile et je me déplace avec trois enfants en bas âge.",
    "Je travaille en équipe, je commence parfois à {heure}.",
    "Mon fils est en fauteuil et chaque sortie est une expédition.",
    "J'ai soixante-dix ans et je n'ai plus le permis.",
    "Nous avons vendu notre deuxième voiture l'an dernier.",
    "Je suis livreur à vélo et je connais la ville par cœur.",
    "Je vis avec le SMIC et chaque euro compte.",
    "[Je suis arrivé{e}|J'ai emménagé|Nous sommes arrivés] à Méridanne [il y a peu|récemment|l'an dernier] et je découvre [le réseau|les bus|la ville].",
    "Mon trajet domicile-travail dure quarante minutes en bus contre quinze en voiture.",
    "J'accompagne ma mère à ses rendez-vous médicaux chaque semaine.",
    "[Je suis commerçant{e}|J'ai un commerce|Je tiens une boutique] [dans {la_rue}|{a_quartier}|près du marché].",
    "Je prends [le vélo|mon vélo] quand il fait beau et la {ligne} [quand il pleut|sinon|l'hiver].",
    "Mes enfants vont au lycée de l'autre côté du fleuve.",
    "Je rentre souvent du travail vers {heure}.",
    "J'ai un abonnement depuis {duree}.",
    "Je vis dans {la_rue}, {a_quartier}.",
    "Je suis aide à domicile et je fais huit visites par jour.",
    "Je suis étudiant{e} et je n'ai pas les moyens d'avoir une voiture.",
    "Je suis chauffeur de bus sur la {ligne}, je vois les problèmes de l'intérieur.",
]

LIGNES = ["ligne 3", "ligne 7", "ligne 12", "ligne 14", "ligne 21", "ligne 33", "ligne A du tram",
          "ligne B du tram", "ligne C du tram", "navette 5", "ligne express E1", "ligne 9",
          # un réseau d'une métropole compte des dizaines de lignes
          "ligne 2", "ligne 4", "ligne 6", "ligne 8", "ligne 11", "ligne 15", "ligne 16", "ligne 18", "ligne 19",
          "ligne 23", "ligne 25", "ligne 27", "ligne 31", "ligne 36", "ligne 40", "ligne 52", "ligne 64",
          "ligne express E2", "ligne express E3", "navette 1", "navette 8", "ligne de nuit N1", "ligne de nuit N3",
          "ligne Chrono C4", "ligne Chrono C7", "ligne D du tram", "ligne scolaire S12", "ligne du dimanche 101"]

# Contributions courtes supplémentaires (style post-it d'atelier ou message rapide).
COURTS = {
    "Transports en commun": ["Bus toutes les 10 min svp.", "{ligne} : plus de passages.", "Tram le dimanche matin.", "Des abris aux arrêts.", "Bus de nuit !"],
    "Vélo et aménagements cyclables": ["Pistes protégées partout.", "Garage vélo gare.", "Stop aux vols de vélos.", "Vélo-cargo partagé."],
    "Marche et espaces piétons": ["Trottoirs libres !", "Bancs pour se reposer.", "Plus d'ombre sur les trottoirs."],
    "Voiture et stationnement": ["Places résidents !", "Parking relais plus grand.", "Stationnement gratuit 30 min."],
    "Zone à faibles émissions et qualité de l'air": ["ZFE = exclusion.", "Air pur pour nos enfants.", "Aides pour changer de voiture."],
    "Tarifs et abonnements": ["Ticket moins cher.", "Gratuité pour les jeunes.", "Abonnement famille."],
    "Sécurité routière et vitesse": ["Ralentisseurs devant l'école.", "Contrôles de vitesse.", "Sécuriser le carrefour."],
    "Desserte des quartiers périphériques": ["Bus pour {quartier} !", "{quartier} oublié.", "Dernier bus trop tôt."],
    "Calendrier des travaux et concertation": ["Infos travaux svp.", "Fin des chantiers quand ?"],
    "Livraisons et logistique urbaine": ["Camions le matin seulement.", "Livreurs sur les trottoirs."],
    "Accessibilité des personnes handicapées": ["Arrêts accessibles.", "Ascenseurs en panne."],
    "Sécurité des femmes la nuit": ["Arrêt à la demande le soir.", "Éclairer les arrêts."],
}

# Petits compléments qui varient la fin des contributions courtes.
SUFFIXES_COURTS = ["", "", "", "Merci.", "Svp.", "!", "Urgent.", "Merci d'avance.", "{A_quartier}.", "({quartier})",
                   "Vite.", "Enfin !", "C'est tout.", "Voilà.", "Pensez-y.", "Bravo.", "Signé : {un_habitant}."]

PLUS["Accessibilité des personnes handicapées"] = {
    "pour": [
        "Je suis malvoyante et les annonces sonores du tram m'ont rendu mon autonomie, merci de les généraliser aux bus.",
        "Il faudrait que l'application indique en temps réel les ascenseurs en panne.",
        "Des chauffeurs formés à l'accueil des personnes handicapées, c'est aussi important que les rampes.",
        "Les nouveaux bus à plancher bas sont un progrès, il faut remplacer les anciens plus vite.",
        "Je propose un référent accessibilité dans chaque mairie de quartier.",
    ],
    "contre": [
        "La rampe du bus ne se déploie pas une fois sur trois et le chauffeur me dit d'attendre le suivant.",
        "Avec ma canne blanche, je me heurte aux panneaux de chantier posés au milieu du trottoir.",
        "Mon fils autiste panique dans les rames bondées et rien n'est prévu pour lui.",
        "Les bornes de vente de tickets sont trop hautes pour une personne en fauteuil.",
        "Le plan parle d'accessibilité en 2030, nous attendons depuis la loi de 2005.",
    ],
}
PLUS["Sécurité des femmes la nuit"] = {
    "pour": [
        "Des abris vitrés et éclairés aux arrêts de nuit rassureraient beaucoup de femmes.",
        "Je soutiens la formation des conducteurs et conductrices au harcèlement dans les transports.",
        "Un trajet de nuit à la demande jusqu'à sa porte serait une mesure simple et efficace.",
        "Des caméras, oui, mais surtout de la présence humaine dans les stations le soir.",
    ],
    "contre": [
        "Je rentre de mon travail à minuit et je marche vingt minutes dans le noir depuis le dernier arrêt.",
        "On m'a suivie depuis la station jusqu'à chez moi, et le plan ne propose rien.",
        "Les femmes ne prennent plus le vélo le soir parce que les pistes passent par des zones désertes.",
        "Les agents de sécurité du tram ne sont jamais là après 21 h.",
    ],
}
PLUS["Livraisons et logistique urbaine"] = {
    "pour": [
        "Des points relais de colis dans chaque quartier éviteraient les camionnettes devant chaque porte.",
        "Livrer les marchandises par barge sur le fleuve, comme autrefois, serait une belle idée.",
        "Il faut des aires de livraison réservées le matin et ouvertes au stationnement l'après-midi.",
    ],
    "contre": [
        "Les poids lourds de livraison traversent les quartiers résidentiels pour approvisionner les supermarchés.",
        "Les livreurs de repas attendent sur le trottoir et bloquent le passage.",
        "Le bruit des livraisons nocturnes empêche de dormir dans notre rue.",
    ],
}

# Qui parle : une personne a une seule situation, tirée une fois (avec sa tranche d'âge) ;
# ses récits et sa présentation en découlent (pas de « Je suis commerçant… Je suis étudiant… »).
# Chaque entrée : (tranches d'âge possibles, phrases de la personne).
PERSONAS = [
    (("30-44", "45-59"), ["J'habite {quartier} depuis {duree} et je travaille à l'autre bout de la métropole.",
                          "Je travaille {travail}, [loin de chez moi|à l'autre bout de la métropole|à une heure de bus].",
                          "Mon trajet domicile-travail dure [quarante minutes|presque une heure|trois quarts d'heure] en bus contre [quinze|vingt] en voiture.",
                          "Tous les matins je prends la {ligne} [à {heure}|vers {heure}|avant {heure}]."]),
    (("30-44", "45-59"), ["Je [garde des enfants à domicile|fais garde d'enfants à domicile|suis dans la garde d'enfants] et je me déplace avec [trois|deux|quatre] enfants en bas âge.",
                          "Avec une poussette double, [le bus aux heures de pointe|le tram bondé|les trottoirs encombrés], c'est [un calvaire|mission impossible|compliqué]."]),
    (("18-29", "30-44", "45-59"), ["Je travaille en [équipe|horaires décalés|trois-huit], je commence parfois à {heure}.",
                                   "Je travaille {travail}[, en horaires décalés|, souvent tôt le matin|, parfois jusqu'à {heure}].",
                                   "Je rentre souvent du travail vers {heure}, quand il n'y a plus [de bus|grand-chose|que la navette]."]),
    (("30-44", "45-59", "60-74"), ["Mon fils est en fauteuil et chaque sortie est une expédition.",
                                   "[Avec le fauteuil|Avec mon fils], [les trottoirs|les arrêts|les bus] sont [rarement|pas toujours|presque jamais] accessibles."]),
    (("60-74", "75 et plus"), ["J'ai [soixante-dix|soixante-quinze|quatre-vingts|soixante-huit] ans et je n'ai plus le permis.",
                               "Je suis retraité{e} et je me déplace surtout à pied et en bus.",
                               "À mon âge, [les marches du tram|attendre debout à l'arrêt|traverser le boulevard] [devient difficile|me fatigue|me fait peur]."]),
    (("30-44", "45-59"), ["Nous avons vendu notre deuxième voiture l'an dernier.",
                          "Je suis {parent} de [deux|trois|quatre] enfants[ et nous vivons {a_quartier}|].",
                          "Les enfants vont à l'école [à pied|à vélo|en bus] et moi au travail en [tram|vélo|covoiturage]."]),
    (("18-29", "30-44"), ["Je suis livreur à vélo et je connais la ville par cœur.",
                          "Je fais [soixante|quatre-vingts|cent] kilomètres à vélo par jour pour le travail."]),
    (("18-29", "30-44", "45-59", "60-74"), ["[Je vis avec le SMIC|Je suis au SMIC|Avec un petit salaire|Je touche le minimum] et [chaque euro compte|je compte tout|le moindre euro compte].",
                                            "Le ticket à [1,90|2] euros, [pour une famille|deux fois par jour|tous les jours], ça finit par peser."]),
    (("18-29", "30-44", "45-59"), ["[Je suis arrivé{e}|J'ai emménagé|Nous sommes arrivés] à Méridanne [il y a peu|récemment|l'an dernier] et je découvre [le réseau|les bus|la ville].",
                                   "Avant j'habitais [à Lyon|en région parisienne|à la campagne|à Nantes], [le réseau était plus simple|on avait des bus toutes les cinq minutes|je prenais la voiture partout]."]),
    (("45-59", "60-74"), ["J'accompagne ma mère à ses rendez-vous médicaux [chaque semaine|deux fois par mois|régulièrement].",
                          "Ma mère a [quatre-vingt-sept|quatre-vingt-douze|quatre-vingt-neuf] ans et ne peut plus prendre le bus seule."]),
    (("30-44", "45-59", "60-74"), ["[Je suis commerçant{e}|J'ai un commerce|Je tiens une boutique] [dans {la_rue}|{a_quartier}|près du marché].",
                                   "[Mes clients|Mes habitués|Les gens qui viennent au magasin] [viennent souvent en voiture|habitent le quartier|sont surtout des personnes âgées]."]),
    (("18-29", "30-44", "45-59"), ["Je prends [le vélo|mon vélo] quand il fait beau et la {ligne} [quand il pleut|sinon|l'hiver]."]),
    (("30-44", "45-59"), ["Mes enfants vont au lycée de l'autre côté du fleuve.",
                          "[Ma fille|Mon fils|Mon aîné{e}] met [une heure|quarante-cinq minutes|plus d'une heure] pour aller au lycée."]),
    (("18-29", "30-44", "45-59", "60-74"), ["J'ai un abonnement depuis {duree}.", "Je suis abonné{e} au réseau depuis [des années|{duree}|toujours]."]),
    (("30-44", "45-59", "60-74"), ["Je [suis|travaille comme] aide à domicile et je fais [huit|six|dix] visites par jour[ dans toute la métropole|].",
                                   "Entre deux visites, [je n'ai pas le temps d'attendre un bus|je cours d'un quartier à l'autre|je perds un temps fou]."]),
    (("18-29",), ["Je suis étudiant{e} et je n'ai pas les moyens d'avoir une voiture.",
                  "[Pour aller à la fac|Pour aller en cours|Pour mon stage], je dépends complètement [du tram|des bus|de mon vélo]."]),
    (("30-44", "45-59"), ["Je suis chauffeur de bus sur la {ligne}, je vois les problèmes de l'intérieur.",
                          "[Mes collègues et moi|Au dépôt, on] [sommes d'accord|le dit depuis longtemps] : [les horaires sont intenables|il manque des conducteurs|les couloirs de bus sont squattés]."]),
    (("30-44", "45-59"), ["Je [suis soignant{e} de nuit|travaille de nuit à l'hôpital|travaille aux urgences, souvent de nuit|fais des nuits à l'hôpital].", "Je finis [à 6 h|à 7 h|vers 21 h 30] et [il n'y a rien|le premier bus passe trop tard|je rentre à pied]."]),
    (("30-44", "45-59", "60-74"), ["J'écris au nom [de l'association de quartier|de notre association|de l'amicale des locataires|du comité de quartier].", "Notre association [compte une centaine d'adhérents|a organisé deux réunions|a fait une marche exploratoire]."]),
    (("30-44", "45-59"), ["Je suis [parent d'élève|{parent} de deux écoliers|délégué{e} des parents].", "[Devant l'école|À la sortie de l'école|Sur le chemin de l'école], [ça roule trop vite|c'est la cohue|les voitures se garent n'importe où]."]),
    (("18-29", "30-44", "45-59", "60-74", "75 et plus"), ["Je vis dans {la_rue}, {a_quartier}.", "J'habite {a_quartier} depuis {duree}."]),
    (("18-29", "30-44", "45-59", "60-74"), ["Je travaille {travail}[ et j'habite {a_quartier}|, à deux pas de chez moi|].",
                                            "[Pour aller au travail|Le matin|Pour mon travail], je [prends la {ligne}|pars à vélo|prends la voiture, faute de mieux]."]),
    (("18-29", "30-44", "45-59", "60-74", "75 et plus"), []),  # personne qui ne dit rien d'elle
]

# Réponses à une contribution antérieure (fil de discussion) : {citation} est un extrait.
REPONSES = [
    "Je [rejoins|suis d'accord avec] la contribution qui dit « {citation} ».",
    "« {citation} » : [pas d'accord du tout|tout à fait|exactement|je ne crois pas], [et voici pourquoi|pour ma part|à mon avis].",
    "Quand je lis « {citation} », je [me dis qu'on ne vit pas dans la même ville|suis plutôt d'accord|reste perplexe].",
    "[Réponse|En réponse] à la personne qui écrit « {citation} » :",
    "Je réagis à [un commentaire|une contribution|un avis] plus haut (« {citation} »).",
    "[Comme d'autres l'ont dit|Comme quelqu'un l'a écrit avant moi], « {citation} »… [et c'est vrai|mais pas seulement|je confirme].",
    "[Je ne partage pas|Je ne suis pas d'accord avec|Je conteste] l'avis [de la contribution précédente|du commentaire précédent|exprimé plus haut|d'au-dessus].",
    "[Je complète|J'ajoute quelque chose à|Un mot sur] ce qui [a été dit|s'est dit|est écrit] [plus haut|avant|dans les commentaires|ici].",
]

# Arguments qui débordent le thème : comparaisons avec d'autres villes, renvois au dossier,
# chiffres, questions aux élu·es. Ils portent le vocabulaire varié des vraies contributions.
_VILLES = "[Strasbourg|Grenoble|Nantes|Bordeaux|Montpellier|Lyon|Rennes|Lille|Dijon|Angers|Tours|Clermont-Ferrand]"
ARGUMENTS = [
    "À " + _VILLES + ", [ils ont|on a] [fait|réussi|mis en place] [la même chose|bien plus ambitieux|des pistes continues|un tram en cinq ans] [sans tout ce bruit|depuis longtemps|et ça marche|pour moins cher].",
    "[Allez voir|Regardez|Inspirez-vous de] ce qui se fait [à " + _VILLES + "|aux Pays-Bas|à Copenhague|en Allemagne|à Barcelone][, ce n'est pas sorcier|, on n'invente rien|].",
    "[Page 34|Page 12|Page 57|Dans l'annexe 3|Dans la synthèse|Dans le résumé] du [dossier|document|projet], [on lit|il est écrit|on nous promet] [que tout sera fini en 2030|des chiffres que je trouve optimistes|l'inverse de ce qui a été dit en réunion|un objectif de 15 % de vélo].",
    "[Combien|Combien de millions|Quel budget|Quel coût] [pour tout ça|va coûter ce projet|pour le seul tram|au total|par habitant] ? [Personne ne le dit|Le dossier reste flou|On aimerait le savoir|Et qui paiera ?|Mystère.]",
    "[Les élus|Les décideurs|Les techniciens de la Métropole] [devraient|feraient bien de|gagneraient à] [prendre le bus une semaine|venir voir sur place un lundi matin|laisser leur voiture de fonction|écouter les chauffeurs].",
    "[En 2015|En 2019|Lors du dernier mandat|Il y a dix ans], [on nous avait déjà promis|il y avait déjà eu|on avait voté] [un plan vélo|une concertation|le même projet][, et on attend toujours|, sans suite|, et rien n'a bougé].",
    "[Les chiffres de l'Insee|Les comptages|Les études] [montrent|disent|prouvent] que [la moitié des trajets|un trajet sur trois|beaucoup de déplacements] [fait moins de trois kilomètres|se fait en voiture|concerne des enfants][, il faut partir de là|].",
    "[On parle beaucoup de|Tout le monde parle de|Le plan mise tout sur] [l'électrique|la technologie|les applis], mais [le premier problème|la vraie question|le vrai sujet] c'est [le prix|la fréquence|la sécurité|l'entretien].",
    "[J'ai fait le calcul|Petit calcul|Faisons le calcul] : [deux tickets par jour|l'abonnement plus le parking|l'essence et le parking], ça fait [{euros} euros|environ {euros} euros|plus de {euros} euros] par mois.",
    "[J'attends|On attend|Il faut attendre] [{minutes} minutes|parfois {minutes} minutes|jusqu'à {minutes} minutes] [à l'arrêt|pour une correspondance|le dimanche][, c'est trop|, sans abri|].",
    "[Depuis {annee}|Depuis que j'habite ici ({annee})|Depuis mon arrivée en {annee}], [rien n'a changé|ça n'a fait qu'empirer|j'ai vu la différence][ sur ma ligne| dans le quartier|].",
    "[Sur ma ligne|Sur mon trajet|Dans ma rue], [j'ai compté|on compte|il y a] [{nombre} arrêts|{nombre} feux|{nombre} voitures garées sur le trottoir][ pour trois kilomètres| un matin ordinaire|].",
    "[Les PMR|Les usagers en fauteuil|Les handicapés moteurs] [sont|restent] [les grands oubliés|oubliés|mentionnés en une ligne] [de ce plan|du dossier|des travaux].",
    "[Un BHNS|Un bus à haut niveau de service|Une ligne de bus en site propre] [coûterait|reviendrait] [dix fois moins cher|bien moins cher] qu'un tram[ et irait aussi vite|, pourquoi ne pas y penser ?|].",
    "[Le TER|Le train régional|L'étoile ferroviaire] [est|reste] [le grand absent|oublié|sous-utilisé] [du plan|de la réflexion][, alors que les gares sont là|].",
    "[Avec le télétravail|Depuis le Covid|Avec les horaires décalés], [les besoins ont changé|on ne se déplace plus comme avant|les heures de pointe ne sont plus les mêmes][, le plan ne le prend pas en compte|].",
    "[Mes voisins|Mes collègues|Les parents de l'école] [pensent la même chose|sont du même avis|le disent aussi][, même ceux qui ne participeront pas|, sans forcément l'écrire ici|].",
    "[Honnêtement|Sincèrement|Pour être franc], [j'ai du mal à y croire|je n'y crois qu'à moitié|j'attends de voir], [vu les retards du tram|après le fiasco du parking|quand on voit l'état des trottoirs].",
    "[Et les communes voisines ? Elles sont oubliées|Et la deuxième couronne ? Elle n'apparaît nulle part|Et ceux qui viennent de l'extérieur ? Ils vont continuer à venir en voiture][, faute de mieux|].",
]
