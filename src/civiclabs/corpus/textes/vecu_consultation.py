"""Le vécu des contributeur·ices de la consultation : un trajet raconté, une ville comparée.

Ce qui distingue de vraies contributions, c'est moins la façon de dire une idée que ce dont
chacun·e parle concrètement : où il ou elle allait ce jour-là et pourquoi (un rendez-vous à
la CAF, la dialyse, le judo du petit), ce qui s'est passé en route (le bus parti en avance,
la portière ouverte, le trottoir barré par une benne), une date, un chiffre, une autre ville
connue. Ces récits suivent le thème de la contribution (l'incident est celui du thème) ; la
destination et son motif vont ensemble (on ne va pas à la déchetterie pour une prise de sang).

Mêmes conventions que ``consultation_themes.py`` : « [a|b] » (imbriqué, vide permis),
marqueurs {…} remplis à la génération ({ligne}, {heure}, {la_rue}, {a_quartier}, {e}…).
"""


def _choix(formes: list[str]) -> str:
    return "[" + "|".join(formes) + "]"


def _maj(texte: str) -> str:
    return texte[:1].upper() + texte[1:]


_MOIS = ["décembre", "janvier", "février", "mars", "avril"]
_JOURS_SEMAINE = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# Quand : une date précise, un jour de la semaine, un moment de l'année.
MOMENTS = (
    [f"le {j} {m}" for m in _MOIS for j in ("1er", "2", "4", "6", "9", "11", "13", "16", "18", "21", "23", "27", "30")
     if not (m == "février" and j == "30")]
    + [f"{j} dernier" for j in _JOURS_SEMAINE]
    + [f"{j} [matin|soir|après-midi] [dernier|]" for j in _JOURS_SEMAINE]
    + ["avant-hier", "il y a [deux|trois|dix|quinze] jours", "la semaine dernière", "le mois dernier",
       "la veille de Noël", "le jour de la rentrée", "pendant les vacances de février", "le week-end de Pâques",
       "le lendemain du jour de l'an", "pendant la grève du 13 mars", "le soir du concert au Zénith",
       "un matin de verglas en janvier", "un jour de pluie battante", "le jour du marché de Noël",
       "pendant les vacances de la Toussaint", "le premier jour des soldes", "le samedi de la braderie",
       "un dimanche de juin", "en plein mois d'août", "un soir de novembre", "le jour de la Saint-Valentin"]
    # des jours que l'on garde en tête, propres à chacun (décembre 2026)
    + ["le soir de la Fête de la musique", "le jour de la fête des voisins", "le matin de mon examen du code",
       "le jour de mon déménagement", "le jour de mon entretien d'embauche", "le matin de la rentrée des classes",
       "le soir du réveillon", "le soir du 31 décembre", "le jour des résultats du bac", "le jour de mon anniversaire",
       "le jour de l'enterrement de mon oncle", "le matin du mariage de ma nièce", "pendant la tempête de novembre",
       "le jour de la première neige", "pendant la canicule de l'été dernier", "un soir d'orage en septembre",
       "le jour du carnaval des écoles", "le soir du feu d'artifice du 14 Juillet", "le jour de la course des dix kilomètres",
       "le week-end de la foire aux vins", "le soir du match de coupe d'Europe", "le jour de la fête foraine",
       "pendant le salon de l'agriculture", "le matin de la journée portes ouvertes de la fac",
       "le jour de la manifestation contre les retraites", "pendant la coupure d'électricité de janvier",
       "le matin où la rocade était fermée", "le jour où le pont était fermé pour travaux", "le premier jour du Ramadan",
       "le soir de l'Aïd", "le dimanche des Rameaux", "le jour de la Chandeleur", "le soir de la fête des lumières",
       "le jour de la remise des diplômes de mon fils", "le jour de la réunion de rentrée au collège",
       "le jour de ma prise de sang trimestrielle", "le matin de mon opération de la cataracte",
       "le lendemain de mon retour de vacances", "le jour de la naissance de ma petite-fille", "un jour de brouillard épais",
       "un matin de gel", "un vendredi soir de paie", "le jour de la fermeture du pont", "le jour de la grève des éboueurs"]
)

# Où l'on allait, avec ses motifs (qui vont ensemble).
DESTINATIONS = [
    "à la maison de santé [pour une prise de sang à jeun|pour le vaccin de la petite|pour mon suivi de grossesse|voir mon médecin traitant]",
    "à la CAF [pour déposer un dossier|pour un rendez-vous pris trois semaines avant|pour une histoire d'APL]",
    "à France Travail [pour un rendez-vous avec ma conseillère|pour un atelier CV|pour signer mon contrat d'engagement]",
    "à la préfecture [pour renouveler mon titre de séjour|pour la carte grise|pour un rendez-vous obtenu de haute lutte]",
    "au centre de dialyse [comme trois fois par semaine|pour ma séance de quatre heures]",
    "à l'hôpital Nord [pour une IRM|pour la consultation d'ophtalmologie|voir mon père hospitalisé|pour une échographie]",
    "aux urgences pédiatriques [avec mon fils qui avait 40 de fièvre|avec la petite qui s'était ouvert l'arcade]",
    "chez le kiné [pour ma rééducation du genou|pour ma rééducation de l'épaule|pour mon dos|pour une séance de rééducation]",
    "chez l'orthophoniste [avec ma fille|pour la séance du mercredi]",
    "chez le dentiste [pour une couronne|pour une rage de dents|pour faire enlever une dent de sagesse]",
    "à la pharmacie de garde [pour les antibiotiques du petit|pour l'insuline de ma mère]",
    "au laboratoire d'analyses [avant 8 h, à jeun|pour un test de glycémie]",
    "à la crèche [chercher le petit avant 18 h 30|déposer ma fille]",
    "au collège [pour la réunion parents-professeurs|chercher mon fils convoqué chez le CPE|pour le conseil de classe]",
    "au lycée professionnel [pour les portes ouvertes|pour l'inscription de ma fille en CAP]",
    "à la fac [pour un partiel à 8 h|pour rendre mon mémoire|pour un TD de statistiques]",
    "au conservatoire [pour le cours de violon de ma fille|pour l'audition de fin de trimestre]",
    "au gymnase [pour le match de handball des enfants|pour l'entraînement de basket|pour le cours de judo du petit]",
    "à la piscine [pour la leçon de natation des enfants|pour mon aquagym du jeudi]",
    "au stade [pour le match de rugby|pour le tournoi de foot des poussins]",
    "à la médiathèque [rendre des livres|pour l'atelier numérique|pour l'heure du conte avec les petits]",
    "au cinéma [pour la séance de 20 h|voir le dernier film avec les enfants]",
    "au marché [faire le plein de légumes|acheter le poisson du vendredi]",
    "à l'hypermarché de la zone commerciale [pour les grosses courses du mois|pour les fournitures scolaires]",
    "au magasin de bricolage [acheter des planches|pour une porte de placard]",
    "à la déchetterie [avec les cartons du déménagement|avec les branches du jardin]",
    "à la mairie annexe [pour une carte d'identité|pour l'inscription à la cantine|pour un acte de naissance]",
    "au tribunal [pour une audience aux prud'hommes|pour une audience du juge aux affaires familiales]",
    "au centre des impôts [pour une erreur sur ma taxe foncière|pour un problème de prélèvement]",
    "à la banque [pour signer le prêt|pour un rendez-vous avec mon conseiller]",
    "à la gare [pour le TGV de 6 h 58|prendre le train pour Paris|accueillir ma sœur]",
    "à l'aéroport [pour un vol à 7 h|chercher mes beaux-parents]",
    "à la gare routière [pour le car de 18 h|prendre le car pour le lycée agricole]",
    "à un entretien d'embauche [dans la zone des Ormeaux|dans une boulangerie industrielle|pour un poste de magasinier]",
    "à l'agence d'intérim [pour une mission du lendemain|signer mon contrat de la semaine]",
    "au chantier [où je travaillais ce mois-là|de la future résidence]",
    "à l'Ehpad des Tilleuls [voir ma grand-mère|pour le repas des familles]",
    "au cimetière [fleurir la tombe de mes parents|pour l'enterrement d'un ami]",
    "à l'église [pour le baptême de mon neveu|pour un mariage]",
    "à la mosquée [pour la prière du vendredi|pour la fête de l'Aïd]",
    "au club de l'amitié [pour le loto du jeudi|pour la belote]",
    "chez ma fille [garder les petits-enfants|pour l'anniversaire de ma petite-fille]",
    "chez mes parents [pour le repas du dimanche|déposer leurs médicaments]",
    "chez un ami [de l'autre côté du fleuve|pour l'aider à déménager]",
    "au centre social [pour le cours d'alphabétisation|pour l'aide aux devoirs|pour la permanence juridique]",
    "aux Restos du cœur [pour la distribution du mardi|où je suis bénévole]",
    "à la salle des fêtes [pour le conseil de quartier|pour la réunion publique sur le tram]",
    "au garage [récupérer ma voiture après le contrôle technique|pour changer les pneus]",
    "au vétérinaire [avec le chat dans sa caisse|pour le vaccin du chien]",
    "à l'auto-école [pour ma leçon de conduite|passer le code]",
    "au bureau de poste [retirer un recommandé|envoyer un colis à ma mère]",
    "au point relais [chercher un colis|rendre un colis]",
    "à la salle de concert [pour un concert qui finissait à 23 h|voir un groupe avec des amis]",
    "au bowling de la zone commerciale [pour l'anniversaire de mon fils|avec les collègues]",
    "à la maternité [pour la visite du 8e mois|voir ma belle-sœur qui venait d'accoucher]",
    "au centre de radiologie [pour une mammographie|pour une radio du poignet|pour un scanner|pour une radio des poumons]",
    "au cabinet de l'ophtalmo [pour mes nouvelles lunettes|pour le fond d'œil]",
    "à la boulangerie où je travaille [pour l'ouverture à 5 h 30|pour la fournée du matin]",
    "au dépôt de bus [pour ma prise de service|pour le premier départ]",
    "à la clinique vétérinaire [en urgence avec le chien|avec la chatte qui ne mangeait plus]",
    # d'autres trajets de la vie ordinaire (décembre 2026) : démarches, soins, travail, famille, loisirs
    "au centre de PMI [pour la pesée du bébé|pour les vaccins du petit]",
    "chez la sage-femme [pour la préparation à l'accouchement|pour la rééducation du périnée]",
    "au cabinet de podologue [pour mes semelles orthopédiques|pour les pieds de mon père]",
    "au centre médico-psychologique [pour le suivi de mon fils|pour mon rendez-vous du mardi]",
    "à la maison départementale des personnes handicapées [pour le dossier d'AAH|pour renouveler la carte d'invalidité]",
    "à la CPAM [pour ma carte Vitale|pour un remboursement bloqué]",
    "à la caisse de retraite [pour le dossier de pension de réversion|pour un relevé de carrière]",
    "au tribunal administratif [pour un recours|déposer un mémoire]",
    "au commissariat [pour porter plainte après un cambriolage|pour une déclaration de perte]",
    "à la sous-préfecture [pour le permis de conduire|pour une procuration]",
    "chez le notaire [pour la succession de ma tante|pour signer le compromis]",
    "à l'agence du bailleur [pour une fuite jamais réparée|pour l'état des lieux]",
    "au Secours populaire [pour le colis alimentaire|pour trier les vêtements]",
    "à l'épicerie solidaire [faire les courses de la semaine|où je suis bénévole le jeudi]",
    "à la ressourcerie [déposer un vieux buffet|chercher un vélo d'occasion]",
    "au jardin partagé [arroser les tomates|pour la réunion des jardiniers]",
    "à la laverie [avec deux sacs de linge|parce que ma machine était en panne]",
    "chez le cordonnier [récupérer des chaussures ressemelées|faire refaire une clé]",
    "chez le coiffeur [pour une coupe avant un mariage|pour ma couleur]",
    "au pressing [chercher le costume du mariage|déposer les rideaux]",
    "à la quincaillerie [acheter un joint de robinet|chercher des vis]",
    "à la jardinerie [pour des plants de tomates|acheter du terreau]",
    "au salon de l'apprentissage [avec mon fils de quinze ans|au parc des expositions]",
    "à l'IUT [pour une soutenance de stage|pour les journées portes ouvertes]",
    "au CFA [pour mes cours d'alternance|pour l'examen du CAP boulangerie]",
    "au centre de formation [pour le permis cariste|pour une formation de secouriste]",
    "à l'auto-école [pour l'examen du permis moto|pour l'évaluation de départ]",
    "au centre d'examen du code [à la zone des Ormeaux|pour la deuxième tentative]",
    "à mon poste à la blanchisserie de l'hôpital [pour 6 h|pour l'équipe du matin]",
    "à l'entrepôt où je prépare les commandes [pour la prise de poste de 5 h|pour une journée d'inventaire]",
    "à la cuisine centrale [où je commence à 5 h 30|pour les repas des cantines]",
    "au marché d'intérêt national [pour décharger les cagettes|où je travaille la nuit]",
    "à l'usine de la zone portuaire [pour l'équipe de nuit|pour ma première journée]",
    "chez une cliente âgée [pour son ménage du vendredi|pour sa toilette du matin]",
    "sur un chantier à l'autre bout de la métropole [avec ma caisse à outils|pour poser une cuisine]",
    "à la salle d'escalade [pour la séance du soir|avec le club du lycée]",
    "au club de foot [pour l'entraînement des U11|pour le tournoi de Pâques]",
    "à la patinoire [pour l'anniversaire de ma fille|pour la séance du dimanche]",
    "à la MJC [pour le cours de théâtre|pour l'atelier de couture]",
    "à la chorale [pour la répétition du lundi|pour le concert de Noël]",
    "au théâtre municipal [pour la représentation de 20 h 30|voir la pièce des élèves]",
    "au musée des Beaux-Arts [avec la classe de mon fils|pour le vernissage]",
    "au bal de la Saint-Jean [avec les voisins|sur la place]",
    "à la braderie [pour vendre nos jouets|pour chiner]",
    "au vide-grenier du quartier [pour tenir un stand|chercher un lit d'enfant]",
    "chez ma belle-sœur [pour le baptême de sa fille|garder ses jumeaux]",
    "chez mon frère [l'aider à monter une armoire|pour son anniversaire]",
    "au foyer de mon fils handicapé [pour le ramener le week-end|pour la réunion du projet personnalisé]",
    "à la résidence autonomie [voir ma tante|pour le goûter des familles]",
    "au funérarium [pour la veillée de mon oncle|voir une dernière fois mon voisin]",
    "à la synagogue [pour la bar-mitsva de mon neveu|pour l'office du samedi]",
    "au temple [pour le culte du dimanche|pour un concert d'orgue]",
    "à la fourrière [récupérer ma voiture|avec les papiers du véhicule]",
    "au contrôle technique [pour la contre-visite|avant de vendre ma voiture]",
    "au magasin de vélos [pour faire régler les freins|changer une chambre à air]",
]

# Comment raconter : le moment, la destination, puis l'incident du thème.
_OUVERTURES_RECIT = ["Exemple", "Un exemple", "Exemple concret", "Dernier exemple en date", "Un exemple parmi d'autres",
                     "Ce qui m'est arrivé", "Je vous raconte", "Cas vécu", "Pour que vous compreniez"]
_ALLER = ("[je devais aller|je devais me rendre|j'allais|je me rendais|il fallait que j'aille|je partais|"
          "je devais passer|j'étais attendu{e}|j'avais rendez-vous|je courais|je me dépêchais d'aller|"
          "je sortais pour aller|j'étais en route|je descendais|je remontais|je retournais|je filais]")
CADRES = [
    "{Moment}, " + _ALLER + " {destination} : {i}.",
    _choix(_OUVERTURES_RECIT) + " : {moment}, " + _ALLER + " {destination}, et {i}.",
    "{Moment}, alors que " + _ALLER + " {destination}, {i}.",
    "{Moment}, {i}, [au moment où je partais|le jour où je devais aller|et je devais justement aller|et je devais aller] {destination}.",
    "{Moment} : {i}. [J'allais|Je devais aller|Je partais|Moi, j'allais] {destination}.",
    "[Encore|Tenez, encore|Et encore] {moment} : {i}[, et je devais aller {destination}| (j'allais {destination})].",
]

# Ce qui s'est passé en route, selon le thème (propositions au passé, qui finissent la phrase).
INCIDENTS = {
    "Transports en commun": [
        "le bus de [7 h 40|8 h 12|17 h 55|18 h 25|6 h 50] n'est jamais passé[ et l'écran affichait toujours « 3 min »| et personne n'a rien annoncé|]",
        "la {ligne} est passée [pleine à craquer|bondée] sans s'arrêter, [deux fois de suite|puis une deuxième fois|et le suivant aussi]",
        "[la correspondance était partie|le bus de la correspondance était parti] [une minute|deux minutes|trente secondes] avant l'arrivée du tram[, sous mes yeux|, le chauffeur m'a vu{e} courir|]",
        "[le tram est resté bloqué|la rame est restée bloquée] vingt minutes [entre deux stations|à Capitainerie|sur le pont] sans la moindre annonce",
        "[j'ai attendu|nous avons attendu|on a attendu] [trente-cinq|quarante|vingt-cinq] minutes [sous la pluie|dans le froid|debout] à un arrêt sans abri",
        "[le chauffeur|la conductrice] nous a fait descendre [au milieu du trajet|deux arrêts avant le terminus] pour cause de [« régulation »|changement de service|panne]",
        "il a fallu [deux changements|trois bus|un bus, le tram puis un autre bus] pour faire [six|huit|quatre] kilomètres",
        "[l'application|l'appli du réseau] indiquait un bus qui [avait été supprimé|n'existait plus depuis la rentrée]",
        "le bus a sauté mon arrêt parce que [personne n'avait appuyé sur le bouton|le chauffeur était en retard|la porte arrière était bloquée]",
        "[un malaise voyageur|un colis suspect|un accident de personne] a [paralysé|coupé|bloqué] [la ligne|le tram|toute la ligne] pendant [une heure|quarante minutes|tout l'après-midi]",
        "le tram était [en grève|remplacé par des bus|dévié] et [aucun affichage ne le disait|le bus de remplacement ne s'arrêtait pas à mon arrêt|j'ai cherché l'arrêt provisoire dix minutes]",
    ],
    "Vélo et aménagements cyclables": [
        "une portière s'est ouverte [devant moi|juste devant ma roue] [sur la bande cyclable|le long des voitures garées]",
        "la piste s'arrêtait net devant [un chantier|une palissade|un plot en béton] et il a fallu se jeter dans la circulation",
        "[un camion de livraison|une camionnette|un taxi] était garé sur la piste et [un bus m'a frôlé{e}|j'ai dû déboîter entre les voitures|j'ai failli tomber]",
        "j'ai crevé sur [des morceaux de verre|un nid-de-poule] [au milieu de la piste|sous le pont|devant la gare]",
        "[mon antivol avait été scié|on m'avait volé la roue avant|ma selle avait disparu] [devant la gare|près de l'arrêt de tram|{lieu}]",
        "[une voiture|un SUV|un scooter] m'a [coupé la route|serré contre le trottoir|doublé à quelques centimètres] [au rond-point|dans le virage|au feu]",
        "[les rails du tram|une bouche d'égout|un joint de dilatation] m'a fait [chuter|déraper|perdre l'équilibre] [sous la pluie|au milieu du carrefour|devant tout le monde]",
        "la bande cyclable [disparaissait|s'arrêtait] [juste avant le pont|au carrefour|sous la voie ferrée] et [un poids lourd m'a klaxonné{e}|je me suis retrouvé{e} coincé{e} entre deux bus]",
        "[les feuilles mortes|la boue|les gravillons|les aiguilles de pin] [rendaient|avaient rendu] [la voie verte|la piste le long du canal|la piste du parc] [glissante comme une patinoire|impraticable|dangereuse], [j'ai chuté|je suis tombé{e}|j'ai fini le trajet à pied|j'ai dû descendre de vélo]",
    ],
    "Vélo et aménagements cyclables|contre": [
        "un cycliste m'a frôlé{e} [sur le trottoir|à la sortie de la boulangerie|en descendant du bus] sans même ralentir",
        "le bus est resté coincé [derrière une benne|dans le bouchon] depuis que la nouvelle piste a pris la voie de droite",
        "[il n'y avait plus une place|je n'ai trouvé aucune place|impossible de trouver une place] pour [décharger|descendre] [mes outils|le fauteuil de ma mère|les courses|les packs d'eau] depuis [qu'ils ont tracé la piste|la nouvelle piste|les travaux de la piste]",
        "[un vélo|une trottinette] a grillé le feu [au passage piéton|devant l'école] et [m'a percuté{e}|a renversé le sac d'une dame|a failli faucher un enfant]",
        "la piste [toute neuve|peinte en vert] était vide [pendant tout le trajet|à 8 h du matin|sous la pluie] alors que la rue, elle, était embouteillée",
    ],
    "Marche et espaces piétons": [
        "le trottoir était barré par [une benne à gravats|un échafaudage|des trottinettes couchées|une voiture garée à cheval] et il a fallu marcher sur la chaussée",
        "le feu piéton est passé au rouge [alors que j'étais|quand j'étais encore|avant même que j'arrive] au milieu du boulevard",
        "[avec la poussette|avec le cabas à roulettes|avec ma canne], impossible de passer entre [les poteaux et la terrasse|les poubelles et le mur|la haie et les voitures]",
        "j'ai [glissé|trébuché] sur [une dalle descellée|une racine qui soulève l'enrobé|le rebord d'un trottoir trop haut] et je me suis [tordu la cheville|ouvert le genou]",
        "il n'y avait [aucun passage piéton|pas de trottoir] [sur les deux cents mètres qui longent|sur toute la portion qui longe|sur le tronçon qui longe] la zone commerciale",
        "[il a fallu|j'ai dû] faire un détour de [dix|quinze] minutes parce que [le passage sous la voie ferrée|la passerelle|le chemin du parc] était fermé",
        "[une flaque immense|la boue du chantier|une plaque de verglas] [recouvrait|bloquait] tout le trottoir [devant l'arrêt|au coin de la rue|sous le pont] et [j'ai mis les pieds dedans|il a fallu l'enjamber|j'ai failli tomber]",
        "[un vélo|une trottinette|un livreur à scooter] m'a frôlé{e} sur le trottoir [à toute vitesse|sans un mot|en slalomant entre les passants]",
    ],
    "Voiture et stationnement": [
        "j'ai tourné [vingt|vingt-cinq|trente-cinq] minutes pour trouver une place[ et j'ai fini sur un trottoir|, pour finir au parking payant|]",
        "[le parking relais|le parking de la gare] était complet dès [7 h 30|8 h|7 h 15] et il n'y avait aucune autre solution",
        "j'ai trouvé [une amende de 35 euros|un avis de contravention|un papillon] sur mon pare-brise pour [cinq|dix] minutes de dépassement",
        "l'horodateur [ne prenait que l'application|refusait ma carte|était en panne] et [je n'avais pas de smartphone|il n'y avait pas de réseau]",
        "[la barrière du parking|la borne de sortie] [refusait mon ticket|était bloquée] et [une file de voitures klaxonnait derrière moi|il a fallu appeler l'interphone trois fois]",
        "[le bouchon|l'embouteillage] commençait dès [la sortie de la rocade|le pont|le rond-point des Ormeaux], soit [quarante|cinquante] minutes pour [six|sept] kilomètres",
        "[on avait supprimé|il n'y avait plus] les places [devant la pharmacie|devant la boulangerie|du bas de la rue] et [personne ne l'avait annoncé|j'ai dû me garer à cinq cents mètres]",
    ],
    "Zone à faibles émissions et qualité de l'air": [
        "la radio annonçait [un pic de pollution|un épisode de pollution aux particules|un pic d'ozone] et [ma fille toussait|les enfants ne sont pas sortis en récréation|j'avais les yeux qui piquaient]",
        "[on était|je me suis retrouvé{e}] derrière [un vieux camion|un bus diesel|une file de poids lourds] qui crachait une fumée noire[, fenêtres fermées|, en plein soleil|]",
        "l'air sentait [le gasoil|les gaz d'échappement|le pot catalytique] jusque dans [l'abribus|la cour de l'école|le parc]",
    ],
    "Zone à faibles émissions et qualité de l'air|contre": [
        "[j'ai vu|j'ai aperçu|je suis passé{e} devant] les panneaux [de la future ZFE|annonçant la ZFE|de la zone à faibles émissions] et je me suis demandé [comment je ferais|ce que je ferais|comment je me débrouillerais] avec [ma Kangoo de 2008|ma Clio de 2006|mon Berlingo de 2009|ma vieille Twingo|ma 206 de 2004|mon Scénic diesel]",
        "[le garagiste|mon garagiste|le contrôleur technique] m'a confirmé que [ma voiture|mon utilitaire|mon diesel] n'aurait plus le droit d'entrer en 2027",
        "[le dossier de la prime pour changer de voiture m'a été refusé|la demande d'aide pour changer de voiture m'a été refusée] [pour quelques euros de revenus en trop|faute de justificatif|sans explication]",
        "[le concessionnaire|le vendeur du garage|la concession] m'a [proposé|montré] [une électrique d'occasion|une petite électrique|une hybride] à [18 000|22 000|15 000|25 000] euros, [plus d'un an de salaire|avec un crédit sur sept ans|sans reprise de l'ancienne]",
        "il n'y avait [aucun bus|qu'un bus par heure|pas de bus avant 7 h] pour y aller, [et on voudrait que je laisse la voiture|alors la voiture reste indispensable|ZFE ou pas]",
    ],
    "Tarifs et abonnements": [
        "[le contrôleur|la contrôleuse] m'a mis [50|35|60] euros d'amende parce que [mon abonnement n'était pas rechargé|la borne n'avait pas validé|mon ticket avait expiré de deux minutes]",
        "la borne [refusait ma carte bancaire|était en panne|ne rendait pas la monnaie] et [le chauffeur ne vend plus de tickets|il a fallu descendre à l'arrêt suivant]",
        "il a fallu racheter un ticket pour le retour, [4 euros l'aller-retour|presque 4 euros|deux tickets à 1,90] pour [dix|vingt] minutes de trajet",
        "[avec les trois enfants|à quatre|en famille], le trajet nous a coûté [plus cher que le parking|10 euros aller-retour|8,60 euros]",
        "[le distributeur de la station|la borne de l'arrêt] ne vendait [que des carnets de dix|que des tickets à l'unité plein tarif] et [je n'avais pas de quoi payer|il n'y avait pas de tarif réduit]",
        "[ma carte solidaire|mon pass senior|ma carte étudiante] avait expiré la veille et [le contrôleur n'a rien voulu savoir|j'ai dû payer plein tarif]",
    ],
    "Sécurité routière et vitesse": [
        "une voiture a grillé le feu [devant l'école|au passage piéton|au carrefour] [à quelques mètres des enfants|sous mes yeux|en plein jour]",
        "[un scooter est passé|une moto est passée|une trottinette électrique est passée] à toute allure [sur le trottoir|entre les piétons|à contresens]",
        "j'ai assisté à [un accrochage|une collision|un accident] entre [un camion et un cycliste|une voiture et un piéton|deux voitures] [au rond-point|au carrefour|devant le collège]",
        "[des voitures|les voitures] roulaient à [70|80|plus de 60] dans la rue limitée à 30[, devant l'école|, en pleine sortie des classes|]",
        "[j'ai failli être renversé{e}|mon fils a failli être renversé|une dame âgée a failli être renversée] sur le passage piéton [pourtant éclairé|en pleine journée|au vert]",
    ],
    "Desserte des quartiers périphériques": [
        "[le dernier bus pour rentrer {a_quartier}|le dernier bus pour rentrer|le dernier bus de la ligne] était déjà parti à [20 h 40|20 h 15|21 h 05]",
        "il n'y avait [aucun bus avant 7 h|pas de bus le dimanche matin|qu'un bus par heure] [{a_quartier}|depuis chez nous|sur notre ligne]",
        "[il a fallu|j'ai dû|on a dû] [passer par le centre|repasser par le centre-ville|faire le détour par le centre] et [changer à la gare routière|attendre une correspondance|prendre un deuxième bus] pour [faire|parcourir] [cinq|six|sept] kilomètres [à vol d'oiseau|en ligne droite|à peine]",
        "[la navette était complète|le transport à la demande était complet] [depuis la veille|deux jours à l'avance|et il n'y avait pas d'autre solution]",
        "[j'ai fait|nous avons fait] [le trajet|la route|le chemin] à pied le long de la départementale, [sans trottoir ni éclairage|dans le noir|avec les camions qui frôlent]",
    ],
    "Calendrier des travaux et concertation": [
        "la rue était barrée sans [le moindre panneau|aucune indication] de déviation",
        "la déviation nous a fait faire [cinq|sept|huit] kilomètres de plus[ par des petites routes|, avec le bus en retard de quarante minutes|]",
        "le chantier était à l'arrêt depuis [trois semaines|un mois|six semaines] et [les barrières bloquaient toujours le passage|personne ne savait pourquoi]",
        "l'arrêt avait été déplacé [sans prévenir|à trois cents mètres] et [personne ne savait où|le panneau provisoire était tombé]",
        "[un camion de chantier|une pelleteuse|une toupie à béton] bloquait [la seule voie ouverte|l'entrée de l'arrêt|le passage piéton provisoire] [sans aucun agent pour faire circuler|depuis le matin]",
    ],
    "Livraisons et logistique urbaine": [
        "une camionnette de livraison bloquait [la rue|la voie de bus|le passage piéton] [depuis vingt minutes|moteur allumé|warnings allumés]",
        "[un poids lourd|un semi-remorque|un camion de livraison] [manœuvrait|reculait] [en marche arrière|sans guide|au milieu des passants] [devant la supérette|dans la rue piétonne|à la sortie de l'école]",
        "[trois|deux|quatre] livreurs [à scooter|de repas|de colis] attendaient sur le trottoir devant le restaurant[ et il fallait passer sur la route|]",
        "[le camion-poubelle|la benne à ordures|un bus] et [un camion de livraison|un semi-remorque|une camionnette] se sont retrouvés [face à face|nez à nez|bloqués l'un devant l'autre][ dans la rue étroite| au carrefour|], d'où [quinze|vingt|vingt-cinq] minutes de [blocage|bouchon|klaxons]",
    ],
    "Accessibilité des personnes handicapées": [
        "[la rampe du bus|la palette d'accès|la rampe électrique] [ne s'est pas déployée|est restée coincée|était en panne] et [le chauffeur m'a dit d'attendre le suivant|j'ai attendu quarante minutes de plus|j'ai dû renoncer]",
        "l'ascenseur de la station était [en panne|hors service|en maintenance] [depuis une semaine|sans affichage|pour la troisième fois du mois]",
        "il n'y avait aucune annonce sonore [dans le bus|à l'arrêt|dans la rame] et [j'ai raté mon arrêt|un voyageur a dû m'aider]",
        "[le trottoir était trop haut|la bordure était trop haute|le quai était trop haut][ pour le fauteuil|, sans bateau|] et [deux passants ont dû me porter|j'ai fait demi-tour|il a fallu faire le tour du pâté de maisons]",
        "le taxi adapté réservé [huit jours|une semaine|dix jours] à l'avance n'est jamais venu",
    ],
    "Sécurité des femmes la nuit": [
        "un homme m'a suivi{e} depuis l'arrêt jusqu'en bas de chez moi",
        "[l'arrêt|le quai|le passage souterrain] était plongé dans le noir et il n'y avait personne d'autre",
        "[on m'a|un groupe m'a] fait des remarques [tout le trajet|dans la rame|à l'arrêt] et personne n'a réagi",
        "[on m'a insulté{e}|on m'a suivi{e}|on m'a importuné{e}] en sortant [du tram|du bus de nuit|de la station], et depuis je ne prends plus [le bus|le tram] seul{e} après 21 h",
        "j'ai fini le trajet [avec mes clés entre les doigts|au téléphone avec ma sœur|en courant] [depuis l'arrêt|le long du parc|dans la rue non éclairée]",
    ],
}

# Une autre ville connue : comparaison concrète, selon le thème (et la position quand elle compte).
# D'autres incidents (décembre 2026) : chacun avec les choses de son thème (le valideur, la chaîne
# déraillée, la fourrière, la vignette, le bateau de trottoir, le contrôleur, le radar, la navette,
# la déviation, la camionnette, la rampe, le parking désert), pour que deux récits d'un même thème
# parlent rarement de la même chose.
INCIDENTS_PLUS = {
    "Transports en commun": [
        "le valideur [a refusé ma carte|est resté bloqué au rouge] et [le contrôleur m'a verbalisé{e} deux arrêts plus loin|j'ai dû payer un ticket en plus]",
        "[les portes se sont refermées sur ma poussette|la porte s'est refermée sur mon sac] et [le tram est reparti quand même|personne n'a rien vu]",
        "[le bus de substitution|la navette de remplacement] partait d'un arrêt provisoire [introuvable|sans panneau], [derrière la poste|au fond d'un parking]",
        "la rame était [tellement pleine|si bondée] [qu'on m'a marché sur les pieds|que j'ai voyagé le nez contre la vitre|qu'une dame a fait un malaise]",
        "[l'escalier mécanique|l'ascenseur de la station] était [encore en panne|à l'arrêt], [avec les courses à monter|avec la valise à porter sur quarante marches]",
    ],
    "Vélo et aménagements cyclables": [
        "ma chaîne a déraillé [dans la montée du plateau|au milieu du carrefour] et [un automobiliste m'a klaxonné{e}|j'ai fini à pied en poussant]",
        "[la piste était barrée par une benne|une camionnette était garée en plein sur la piste] et j'ai dû [me rabattre sur la chaussée|passer entre les voitures]",
        "j'ai retrouvé mon vélo [sans roue avant|sans selle|le cadenas scié] [devant la gare|aux arceaux de la médiathèque]",
        "j'ai glissé sur [les rails du tram|des feuilles mouillées|une plaque d'égout] [dans le virage|au rond-point], [genou en sang|rien de cassé, heureusement]",
        "la piste s'est arrêtée [net|d'un coup] [au pied du pont|avant le rond-point], [sans panneau|sans rien], [au milieu des camions|avec les voitures à 70]",
    ],
    "Marche et espaces piétons": [
        "le trottoir était [barré par un échafaudage|occupé par des bennes|coupé par une tranchée] sans passage piéton provisoire, [avec la poussette|avec mon déambulateur]",
        "[j'ai trébuché|ma mère a trébuché] sur [une dalle soulevée par une racine|une grille d'arbre descellée|un pavé qui bougeait], [poignet foulé|bleus partout]",
        "le feu piéton [est resté au rouge|n'est passé au vert que dix secondes] [pendant trois cycles|alors qu'il n'y avait aucune voiture], [on a fini par traverser au rouge|avec les enfants]",
        "[une trottinette couchée en travers du trottoir|une voiture garée sur le trottoir] m'a obligé{e} à [descendre sur la chaussée|faire demi-tour], [avec la poussette|avec le caddie]",
    ],
    "Voiture et stationnement": [
        "[j'ai tourné vingt-cinq minutes|j'ai fait le tour du quartier trois fois] pour trouver une place, [et j'ai fini sur une place de livraison|puis j'ai renoncé]",
        "ma voiture était partie à la fourrière [pour une roue sur le trottoir|pendant le marché, sans panneau], [150 euros|une demi-journée perdue]",
        "l'horodateur [ne prenait que l'application|refusait ma carte] et [j'ai eu le forfait post-stationnement|l'agent verbalisait déjà]",
        "[la barrière du parking relais|la borne de sortie du parking] [était en panne|refusait mon ticket] et [une file de voitures klaxonnait derrière moi|personne ne répondait à l'interphone]",
    ],
    "Zone à faibles émissions et qualité de l'air": [
        "[un pic de pollution|l'alerte pollution] [interdisait ma voiture|tombait la veille au soir] et [le bus de remplacement n'existait pas|rien n'était prévu]",
        "[ma fille a fait une crise d'asthme|mon fils toussait à s'en étouffer] [au bord de la rocade|à l'arrêt de bus du boulevard], [il a fallu la Ventoline|on a fait demi-tour]",
    ],
    "Zone à faibles émissions et qualité de l'air|contre": [
        "[la caméra de la ZFE m'a flashé{e}|j'ai reçu une amende ZFE] [à l'entrée du pont|dans une rue que je ne savais pas dans la zone], [68 euros|sans aucun panneau visible]",
        "[le garage|le contrôleur technique] m'a confirmé que [ma vieille voiture serait interdite|mon utilitaire serait interdit] en 2027, [sans solution de rechange|et qu'il ne valait plus rien à la revente]",
    ],
    "Tarifs et abonnements": [
        "le contrôleur m'a mis [une amende de 60 euros|un PV] parce que [ma carte n'était pas rechargée|le valideur n'avait pas bipé], [sans rien vouloir entendre|devant tout le monde]",
        "[la borne de vente|le distributeur de tickets] [ne rendait pas la monnaie|refusait les billets|était hors service] et [le chauffeur ne vendait plus de tickets|j'ai dû voyager sans titre]",
        "[l'agence commerciale|la boutique du réseau] [était fermée pour inventaire|n'ouvrait qu'à 14 h] alors que [mon abonnement expirait le soir même|je devais refaire ma carte]",
    ],
    "Sécurité routière et vitesse": [
        "une voiture [a grillé le feu rouge|a doublé le bus par la droite] [à toute vitesse|à plus de 70] [devant l'école|sur le passage piéton] et [a frôlé ma fille|m'a manqué{e} de peu]",
        "[deux motos|des scooters] faisaient [des roues arrière|la course] [sur l'avenue|devant le collège] [à une vitesse folle|pleins gaz], et [personne n'est intervenu|un enfant a failli se faire renverser]",
        "[j'ai assisté à un accrochage|il y a eu un accident] [au rond-point des Ormeaux|au carrefour sans visibilité], [encore un|le troisième depuis janvier]",
    ],
    "Desserte des quartiers périphériques": [
        "le seul bus [{de_quartier}|du quartier] [est passé en avance|n'est jamais venu] et [le suivant était une heure plus tard|j'ai dû appeler un taxi à 25 euros]",
        "aucun [taxi|VTC] n'a accepté de [venir jusqu'à chez nous|monter au quartier] [après 22 h|à cette heure-là], [j'ai marché quarante minutes|un voisin m'a dépanné{e}]",
        "il fallait [changer au centre|passer par la gare] pour aller [à trois kilomètres|dans le quartier d'à côté], [une heure de trajet|deux bus et un tram]",
    ],
    "Calendrier des travaux et concertation": [
        "[la déviation du chantier|le panneau de déviation] m'a envoyé{e} [dans une impasse|tourner en rond dans le quartier] [pendant vingt minutes|deux fois de suite]",
        "[la rue était encore éventrée|la tranchée était toujours ouverte] [alors que les travaux devaient finir en mars|trois mois après la date annoncée], [sans un ouvrier sur place|avec les barrières couchées]",
    ],
    "Accessibilité des personnes handicapées": [
        "la rampe du bus [ne s'est pas dépliée|était bloquée] et [le chauffeur m'a dit d'attendre le suivant|j'ai attendu quarante minutes] [avec mon fauteuil|sous la pluie]",
        "[l'ascenseur de la gare|l'élévateur de la station] était en panne [sans aucun affichage|depuis trois jours], [j'ai dû faire demi-tour en fauteuil|impossible de monter sur le quai]",
    ],
    "Sécurité des femmes la nuit": [
        "[un homme m'a suivie|deux types m'ont suivie] depuis [l'arrêt de bus|la station de tram] [jusqu'en bas de chez moi|sur trois rues], [j'ai couru|j'ai appelé une amie au téléphone]",
        "[l'arrêt de nuit|le quai] était [plongé dans le noir|désert], [l'éclairage coupé|le lampadaire en panne], et [j'ai attendu le bus la peur au ventre|j'ai préféré rentrer à pied en courant]",
    ],
}
for _cle, _liste in INCIDENTS_PLUS.items():
    INCIDENTS[_cle].extend(_liste)

VILLES = ["Strasbourg", "Grenoble", "Nantes", "Bordeaux", "Montpellier", "Rennes", "Lille", "Dijon", "Angers", "Tours",
          "Clermont-Ferrand", "Besançon", "Mulhouse", "Brest", "Lorient", "La Rochelle", "Poitiers", "Limoges",
          "Pau", "Bayonne", "Perpignan", "Nîmes", "Avignon", "Toulon", "Metz", "Nancy", "Reims", "Amiens",
          "Rouen", "Caen", "Orléans", "Saint-Étienne", "Chambéry", "Annecy", "Valence", "Niort",
          "Genève", "Lausanne", "Bâle", "Fribourg-en-Brisgau", "Karlsruhe", "Barcelone", "Séville", "Copenhague",
          "Amsterdam", "Utrecht", "Gand", "Liège", "Luxembourg", "Vienne", "Montréal", "Dunkerque"]
_OU = ("[À {ville}|À {ville}|Chez ma sœur, à {ville}|Chez ma fille, à {ville}|Chez mes beaux-parents, à {ville}|"
       "À {ville}, où j'ai habité dix ans|À {ville}, où je passe mes vacances|À {ville}, où vit mon fils|"
       "À {ville}, où j'ai fait mes études|À {ville}, que je connais bien|À {ville}, d'où je viens|"
       "À {ville}, où je vais souvent pour le travail|Dans ma ville natale, {ville}|Du côté de {ville}|"
       "À {ville}, où habite mon frère|Chez des amis, à {ville}]")
COMPARAISONS = {
    "Transports en commun": [
        "le tram passe toutes les [quatre|cinq|six] minutes jusqu'à [minuit et demi|1 h du matin]",
        "les bus ont des couloirs réservés sur tous les grands axes et ils arrivent à l'heure",
        "[chaque arrêt affiche|tous les arrêts affichent] [l'heure réelle de passage|l'attente en temps réel|le prochain passage en minutes], même les plus petits",
        "les lignes de bus ont été entièrement redessinées en une seule fois, et la fréquentation a grimpé",
    ],
    "Vélo et aménagements cyclables": [
        "les pistes sont séparées des voitures par une bordure et déneigées avant les routes",
        "il y a des garages à vélos gardés à chaque gare, pour quelques euros par mois",
        "on loue un vélo électrique à l'année pour le prix d'un abonnement de bus",
        "les enfants vont à l'école à vélo dès huit ans, tellement les itinéraires sont sûrs",
    ],
    "Vélo et aménagements cyclables|contre": [
        "les pistes ont été faites sur les terre-pleins, sans supprimer une seule place de stationnement",
        "les vélos ont leurs propres feux et la police verbalise ceux qui roulent sur les trottoirs",
        "ils ont commencé par une seule piste test, évaluée un an avant d'en faire d'autres",
    ],
    "Marche et espaces piétons": [
        "le centre est piéton depuis [les années 70|trente ans|des décennies] et personne ne voudrait revenir en arrière",
        "les trottoirs font trois mètres de large et il y a un banc tous les cent mètres",
        "les feux piétons laissent le temps de traverser, même à une personne âgée",
    ],
    "Voiture et stationnement": [
        "les parkings relais sont gratuits pour les abonnés et le tram part toutes les cinq minutes",
        "la vignette résident coûte [15|20|25] euros par mois et on trouve toujours une place",
        "les rues commerçantes sont restées ouvertes aux voitures avec un stationnement limité à trente minutes",
    ],
    "Zone à faibles émissions et qualité de l'air": [
        "la ZFE a été accompagnée d'une prime [de 3 000|de 5 000|jusqu'à 6 000] euros et de bus plus fréquents",
        "le dioxyde d'azote a baissé d'un quart en trois ans, les médecins l'ont mesuré",
        "la ZFE est entrée en vigueur en même temps que trois nouvelles lignes de bus",
    ],
    "Zone à faibles émissions et qualité de l'air|contre": [
        "ils ont repoussé la ZFE de deux ans faute de solutions pour les gens modestes",
        "les artisans ont eu des dérogations pendant trois ans, le temps de changer de véhicule",
        "la ZFE ne s'applique qu'en cas de pic de pollution, pas toute l'année",
    ],
    "Tarifs et abonnements": [
        "les transports sont gratuits pour les moins de [18|26] ans",
        "l'abonnement est calculé selon le quotient familial, de [5|8|10] euros à 40 euros par mois",
        "les bus sont gratuits le week-end et les commerces du centre s'en portent mieux",
    ],
    "Sécurité routière et vitesse": [
        "toute la ville est à 30 sauf les grands boulevards, et les accidents graves ont baissé",
        "chaque école a une rue fermée aux voitures à l'entrée et à la sortie des classes",
        "les carrefours ont été redessinés avec des îlots et la vitesse a chuté",
    ],
    "Desserte des quartiers périphériques": [
        "des navettes à la demande desservent les hameaux jusqu'à 23 h",
        "les lignes de rocade relient les quartiers entre eux sans passer par le centre",
        "chaque quartier a au moins un bus toutes les quinze minutes, même le dimanche",
    ],
    "Calendrier des travaux et concertation": [
        "les chantiers sont annoncés six mois à l'avance, avec un plan de déviation dans chaque boîte aux lettres",
        "un médiateur de chantier passe voir les commerçants chaque semaine",
        "les habitants ont voté entre trois tracés avant le début des travaux",
    ],
    "Livraisons et logistique urbaine": [
        "les colis font le dernier kilomètre en vélo-cargo depuis un entrepôt logistique en périphérie",
        "les livraisons aux commerces des rues piétonnes se font avant 11 h, sur des aires réservées",
        "les supermarchés sont réapprovisionnés par un tram de marchandises, sans un seul poids lourd en journée",
    ],
    "Accessibilité des personnes handicapées": [
        "chaque arrêt a des bandes podotactiles et des annonces sonores",
        "tous les bus ont un plancher bas et une rampe qui fonctionne",
        "un service de transport adapté se réserve la veille pour le lendemain",
    ],
    "Sécurité des femmes la nuit": [
        "les bus de nuit déposent les femmes entre deux arrêts, à la demande",
        "les arrêts de nuit sont éclairés et équipés d'une borne d'appel",
        "des agent·es de médiation circulent dans les rames jusqu'au dernier tram",
    ],
}
_CONCLUSIONS = ["[, pourquoi pas ici ?|, alors pourquoi pas chez nous ?|, on pourrait s'en inspirer.|, ce n'est donc pas impossible.|, et ça marche.|.|.|.]"]


def _selon_position(reserve: dict[str, list[str]], theme: str, position: str) -> list[str]:
    """La réserve « thème|contre » si elle existe (position contre), sinon celle du thème."""
    if position == "contre" and f"{theme}|contre" in reserve:
        return reserve[f"{theme}|contre"]
    return reserve[theme]


def _deplier(phrase: str) -> list[str]:
    """Toutes les réalisations des choix « [a|b] » d'une phrase (sans imbrication)."""
    import itertools
    import re

    morceaux = re.split(r"\[([^\]]+)\]", phrase)
    choix = [m.split("|") if i % 2 else [m] for i, m in enumerate(morceaux)]
    return ["".join(c).replace("  ", " ").strip() for c in itertools.product(*choix)]


def moments() -> list[str]:
    """Les moments, dépliés (valeurs du marqueur {moment} ; {Moment} : les mêmes avec une majuscule)."""
    return [x for m in MOMENTS for x in _deplier(m)]


def destinations() -> list[str]:
    """Les destinations avec leur motif, dépliées (valeurs du marqueur {destination})."""
    return [x for d in DESTINATIONS for x in _deplier(d)]


def recits(theme: str, position: str) -> list[str]:
    """Les récits de trajet d'un thème et d'une position (« pour » ou « contre ») : chaque incident
    dans chaque cadre ; le moment, la destination et son motif sont des marqueurs."""
    gabarits = []
    for incident in _selon_position(INCIDENTS, theme, position):
        for cadre in CADRES:
            gabarits.append(cadre.replace("{i}", incident))
    return gabarits


def comparaisons(theme: str, position: str) -> list[str]:
    """Les comparaisons avec une autre ville ({ville}) d'un thème et d'une position."""
    return [_OU + ", " + c + _CONCLUSIONS[0] for c in _selon_position(COMPARAISONS, theme, position)]

