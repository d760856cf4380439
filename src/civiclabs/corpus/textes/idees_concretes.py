"""Idées concrètes de la consultation : ce que les gens proposent ou reprochent, avec les objets,
les lieux, les chiffres et les métiers de leur quotidien.

Elles rejoignent les idées de ``idees_consultation.py`` (mêmes conventions : « [a|b] » imbriqué,
vide permis, marqueurs {…}). Écrites pour que deux contributions sur un même thème parlent
souvent de choses différentes (les horaires du premier tram, les consignes à vélos, le bateau
du trottoir, la borne de recharge, le contrôle technique, la carte solidaire, l'îlot du
carrefour, la navette du marché, les palissades de chantier, le point relais, la boucle
magnétique, le bus à la demande), comme dans une vraie consultation.
"""

IDEES = {
    "Transports en commun": {
        "pour": [
            "[Avancer|Mettre] le premier tram à [4 h 45|5 h|5 h 15] [aiderait|soulagerait] [les équipes de ménage|les soignants du matin|les boulangers|les agents de la propreté] qui [embauchent|commencent] avant l'aube.",
            "[Des rames plus longues|Des rames doublées|Des bus articulés] sur la {ligne} [aux heures d'affluence|à la sortie des lycées|le samedi après-midi], [voilà une dépense utile|ce serait déjà énorme|ça désengorgerait tout].",
            "[Garder|Conserver] [des conducteurs|des agents] [à bord|dans les bus] plutôt que des automates[, c'est aussi rassurer les voyageurs|, les anciens y tiennent|][, surtout le soir|, surtout en hiver|].",
            "[Un bus qui attend la correspondance du TER|Des correspondances garanties avec le train|Un billet unique train-tram-bus] [ferait gagner|nous ferait gagner] [une demi-heure|vingt minutes|un temps précieux] [matin et soir|chaque jour|à chaque trajet].",
            "[Des prises USB|Le wifi|Des valideurs sans contact|Des écrans d'information] dans les [nouvelles rames|nouveaux bus], [c'est un petit plus|pourquoi pas|c'est bien], mais la [ponctualité|régularité] d'abord.",
        ],
        "contre": [
            "[La refonte du réseau|Le nouveau plan des lignes|La fusion des lignes] [a allongé|va allonger] mon [trajet|temps de parcours] de [douze|quinze|vingt] minutes[ et supprimé mon arrêt| avec un changement en plus|].",
            "[Les vitres|Les sièges|Les barres] [sont sales|collent|sont dans un état lamentable], [les poubelles débordent|ça sent le tabac froid|le chauffage est en panne] : [l'entretien des bus|la propreté des rames] [n'est pas au niveau|laisse à désirer].",
            "[Les écrans des arrêts|Les panneaux d'information|Les afficheurs] [affichent|indiquent] [des horaires fantaisistes|« information indisponible »|des temps d'attente faux] [depuis des semaines|la moitié du temps].",
            "[Les grèves à répétition|Les absences de conducteurs|Les suppressions de service] [ont rendu|rendent] [le réseau|la {ligne}] [imprévisible|aléatoire|peu fiable] : [on ne peut plus compter dessus|j'ai perdu un emploi à cause de ça|mon patron ne me croit plus].",
            "[Les chauffeurs|Certains chauffeurs] [démarrent avant que les anciens soient assis|freinent sèchement|ne s'arrêtent pas quand on fait signe], [ma voisine est tombée dans l'allée|on se cogne partout|il faut s'accrocher].",
        ],
    },
    "Vélo et aménagements cyclables": {
        "pour": [
            "[Des consignes à vélos|Des boxes fermés|Un local vélos] [au pied des immeubles du bailleur|dans les résidences HLM|dans les copropriétés anciennes] : [beaucoup|la plupart|bien des familles] n'ont [ni garage ni cave|pas de place|aucun local] pour [ranger|garer|mettre à l'abri] un vélo.",
            "[Le marquage|Le balisage|La signalétique] des itinéraires cyclables [avec les distances en minutes|vers les lycées et la fac|jusqu'aux zones d'activités] [aiderait les débutants|rassurerait ceux qui hésitent|serait utile].",
            "[Des pompes en libre-service|Des stations de gonflage|Des bornes de réparation] [le long des pistes|aux abords des gares|près des collèges], [c'est pas cher|ça coûte trois fois rien|ça rend service] et ça [dépanne|sauve une journée].",
            "[Le cédez-le-passage cycliste au feu rouge|Le tourne-à-droite au feu rouge pour les vélos|Le panneau qui autorise les vélos à tourner au rouge|Le « cédez-le-passage » cycliste aux feux] [fonctionne très bien|devrait être généralisé|évite les démarrages au milieu des voitures].",
            "[Une prime pour les vélos pliants|Une aide aux vélos adaptés|Une location longue durée de tricycles] [pour les personnes âgées|pour ceux qui prennent le train|pour les enfants handicapés] [élargirait le public|serait bienvenue].",
        ],
        "contre": [
            "[Les poteaux|Les potelets|Les plots] [plantés|installés] au milieu [des pistes|des bandes cyclables] [sont dangereux la nuit|ont déjà fait tomber plusieurs cyclistes|ne se voient pas sous la pluie].",
            "[Les pistes bidirectionnelles|Les doubles sens cyclables] [sur les trottoirs|côté arrêts de bus] [créent des conflits|font peur aux piétons|sont trop étroites] [avec les gens qui descendent du bus|avec les poussettes|aux sorties d'immeubles].",
            "[Les bornes à vélos en libre-service|Les vélos en libre-service] [sont vides le matin|sont toujours en panne|n'ont jamais de batterie] [{a_quartier}|dans les quartiers|aux gares], [on ne peut pas compter dessus|c'est un gadget].",
            "[Les artisans|Les plombiers|Les commerçants] ne peuvent pas [livrer|transporter leurs outils|charger une machine à laver] [à vélo|en vélo-cargo] : [le plan les oublie|il faut aussi penser à eux|qu'on arrête de les culpabiliser].",
        ],
    },
    "Voiture et stationnement": {
        "pour": [
            "[Des bornes de recharge|Des prises de recharge] [dans les parkings des résidences|en voirie|près des immeubles sans garage] : [sans elles|sinon], [on ne peut pas passer à l'électrique|l'électrique reste réservé aux pavillons].",
            "[Un parking souterrain|Un parking silo|Un parking mutualisé] [à l'entrée du centre|près du marché couvert|derrière la gare], [avec des tarifs à l'heure raisonnables|ouvert la nuit], [libérerait les trottoirs|soulagerait les rues].",
            "[Les zones bleues|Le disque de stationnement|La première demi-heure gratuite] [devant les commerces|dans les rues commerçantes], [ça fait tourner les places|c'est bon pour les petits commerces|c'est malin].",
            "[L'autopartage|Les voitures en libre-service|Une voiture partagée par immeuble] [m'éviterait|éviterait à beaucoup de familles] [d'acheter une deuxième voiture|de garder une voiture qui dort|de payer une assurance pour rien].",
        ],
        "contre": [
            "[Les places PMR|Les places de livraison|Les places réservées] [sont occupées en permanence|sont squattées] [par des voitures ventouses|par des utilitaires|par des gens valides] et [personne ne verbalise|la fourrière ne vient jamais].",
            "[Les horodateurs|Les parcmètres] [ne prennent plus les pièces|ne marchent qu'avec une application|ne rendent pas la monnaie] : [les personnes âgées sont perdues|on paie des frais en plus|tout le monde n'a pas de smartphone].",
            "[Le forfait post-stationnement|L'amende de stationnement|Le FPS] à [35|50|60] euros [pour dix minutes de retard|pour un ticket dépassé|à deux pas de chez soi], [c'est du racket|c'est démesuré|ça dégoûte].",
            "[Supprimer|Réduire] [le parking du marché|les places devant l'école|le stationnement du boulevard], c'est [condamner les commerces|tuer le marché|renvoyer les clients vers les grandes surfaces] : [les clients viennent de loin|tout le monde n'habite pas à côté].",
        ],
    },
    "Zone à faibles émissions et qualité de l'air": {
        "pour": [
            "[Des capteurs de qualité de l'air|Des mesures du dioxyde d'azote|Des relevés de particules fines] [devant les écoles|le long de la rocade|dans chaque quartier], [publiés en ligne|affichés à la mairie], [convaincraient les sceptiques|montreraient l'enjeu].",
            "[Le médecin|Le pneumologue|Le pédiatre] [de mes enfants|de ma fille|de mon fils] [nous a conseillé de|nous a dit de] [ne plus courir au bord du boulevard|fermer les fenêtres côté rue|éviter la rocade] : [voilà où on en est|la ZFE est une nécessité].",
            "[La ZFE|La zone à faibles émissions] [doit s'accompagner|ira avec] [d'une prime à la conversion|d'un leasing social|d'un microcrédit] [pour les foyers modestes|pour les travailleurs qui roulent beaucoup|sans avance de frais], [et c'est prévu, tant mieux|alors j'y suis favorable].",
            "[Les chaudières au fioul|Les feux de cheminée|Les poids lourds en transit] [polluent aussi|comptent aussi], il faut [agir sur tout|les traiter en même temps], pas seulement sur les voitures, [mais la ZFE reste un bon début|et la ZFE en fait partie].",
        ],
        "contre": [
            "[Les vignettes Crit'Air|Les pastilles Crit'Air|Les étiquettes Crit'Air] [ne mesurent pas|ne disent rien de|ne reflètent pas] [la pollution réelle|ce qu'on roule vraiment] : [une voiture de 2010 bien entretenue|une petite citadine de 2010|ma vieille essence bien réglée] [pollue moins|rejette moins|pollue sûrement moins] [qu'un SUV neuf|qu'un gros 4x4 électrique].",
            "[Pour un artisan|Pour une aide à domicile|Pour qui fait les marchés], [l'utilitaire|la camionnette|la voiture] [diesel de 2011|Crit'Air 3|de 2009] [est l'outil de travail|fait vivre la famille] : [qui va payer le neuf ?|la ZFE, c'est le chômage|on leur retire leur gagne-pain].",
            "[Les contrôles par caméras|La lecture automatique des plaques|Les amendes automatiques] [de la ZFE|en ZFE] [me font penser à|c'est] [du flicage|de la surveillance de masse|une machine à cash], [pas à de l'écologie|rien à voir avec la santé].",
            "[Les dérogations|Les exceptions|Les laissez-passer] [sont incompréhensibles|changent tous les six mois|sont introuvables sur le site] : [personne ne sait|j'ignore toujours] si [ma voiture|mon camping-car|ma moto] pourra [rentrer|circuler] en 2027.",
        ],
    },
    "Marche et espaces piétons": {
        "pour": [
            "[Des bateaux|Des abaissements de trottoir|Des trottoirs abaissés] [à chaque passage piéton|à tous les passages piétons|à chaque traversée] [pour les poussettes et les fauteuils|pour les valises et les caddies|pour les déambulateurs], [c'est le minimum|ça ne coûte pas grand-chose|merci].",
            "[Des fontaines à eau|Des toilettes publiques|Des bancs à l'ombre] [le long des parcours à pied|sur le chemin du marché|près des arrêts], [c'est ce qui permet aux anciens de sortir|pour que tout le monde puisse marcher|indispensable l'été].",
            "[Un plan des temps de marche|Des panneaux avec les minutes à pied|Une carte des raccourcis piétons] [entre les quartiers|vers la gare|dans le centre] montrerait que [tout est à un quart d'heure|beaucoup de trajets se font à pied|la voiture n'est pas toujours utile].",
            "[Élargir|Agrandir|Dégager] les trottoirs [de la rue commerçante|autour du marché|devant les écoles] en [supprimant|reculant] quelques [terrasses|places|panneaux publicitaires], [je signe tout de suite|voilà une bonne mesure].",
        ],
        "contre": [
            "[Les terrasses des bars|Les étals des commerçants|Les panneaux des agences immobilières] [débordent sur|occupent|mangent] [tout le trottoir|la moitié du trottoir] [et on passe sur la route|et personne ne contrôle|même en fauteuil c'est impossible].",
            "[Les pavés du centre historique|Les dalles du parvis|Les grilles d'arbres] [bougent|glissent|font trébucher] [dès qu'il pleut|tout le temps|la nuit], [ma mère s'est cassé le poignet|je me suis tordu la cheville|les talons se coincent].",
            "[Les cycles des feux|Les feux piétons|Les temps de traversée] [du grand carrefour|du boulevard|de la place] [font attendre|obligent à attendre] [deux minutes|une éternité] pour [quinze secondes de vert|dix secondes de vert|un vert minuscule], [alors les gens traversent au rouge|c'est fait pour les voitures].",
            "[Les trottinettes en libre-service|Les trottinettes électriques] [sont abandonnées|traînent couchées|sont garées] [en travers des trottoirs|devant les portes|sur les bandes podotactiles] : [il faut des emplacements obligatoires|une vraie réglementation|des amendes].",
        ],
    },
    "Tarifs et abonnements": {
        "pour": [
            "[La tarification solidaire|Le tarif selon le quotient familial|L'abonnement selon les revenus] [est plus juste|est la meilleure idée du plan|aide vraiment] : [les allocataires du RSA|les familles monoparentales|les petites retraites] [en ont besoin|comptent chaque euro].",
            "[Le paiement par carte bancaire|La validation avec le téléphone|Le ticket par SMS] [directement dans le bus|à bord|sans passer par une borne], [c'est pratique pour les touristes|ça simplifie la vie|enfin].",
            "[Un abonnement annuel payable en dix fois|Un pass mensuel prélevé|Un plafond mensuel de dépenses] [éviterait de sortir|éviterait d'avancer] [380|400|450] euros d'un coup en septembre.",
            "[La gratuité le samedi|Un ticket à 1 euro le week-end|La gratuité les jours de pic de pollution] [ferait revenir du monde dans le centre|désengorgerait les parkings|aiderait les commerces], [essayons au moins|pourquoi ne pas tester].",
        ],
        "contre": [
            "[La gratuité totale|La gratuité pour tous] [n'est pas gratuite|se paie avec nos impôts|vide les caisses] : [mieux vaut baisser le prix et améliorer le service|on finira par supprimer des lignes|c'est la taxe foncière qui paiera].",
            "[L'agence commerciale|La boutique du réseau|Le guichet] [n'ouvre que|est ouverte seulement] [le matin|trois jours par semaine|aux heures de bureau] : [impossible d'y aller quand on travaille|les files d'attente sont interminables|on perd une demi-journée].",
            "[Les amendes|Les procès-verbaux] [des contrôleurs|dans le tram] [tombent toujours sur les mêmes|visent surtout les jeunes des quartiers|sont trop lourdes] : [60|50|90] euros, [c'est le budget courses de la semaine|c'est énorme pour un oubli].",
            "[Le ticket papier|Le carnet de dix|Le ticket vendu par le chauffeur] [va disparaître|a été supprimé|coûte plus cher] : [les personnes âgées sans smartphone|les touristes|ceux qui n'ont pas de carte bancaire] [sont pénalisés|n'y comprennent plus rien].",
        ],
    },
    "Sécurité routière et vitesse": {
        "pour": [
            "[Des îlots au milieu du carrefour|Des avancées de trottoir|Des refuges pour piétons] [raccourcissent la traversée|obligent à ralentir|protègent les enfants] [{a_quartier}|devant le collège|près de l'Ehpad], [c'est prouvé|ça marche|faisons-le].",
            "[Un agent|Une patrouille scolaire|Des parents volontaires] [à la sortie de l'école|au passage piéton du collège|au carrefour du boulevard] [le matin et à 16 h 30|aux heures d'entrée et de sortie|à 8 h 20 et à 16 h 30|matin et soir], [ça apaise tout le monde|ça suffit souvent].",
            "[La rue aux écoles|La fermeture de la rue de l'école|La rue piétonne devant l'école] [aux heures d'entrée et de sortie|le matin et le soir|au moment des entrées|à 8 h 30 et à 16 h 30] [a fait ses preuves|marche très bien|rassure les parents] [à l'école Jean-Jaurès|à l'école des Grès|ailleurs dans la métropole].",
            "[Des feux qui passent au rouge|Des feux récompense qui passent au rouge|Des feux intelligents qui passent au rouge] [quand on arrive trop vite|dès qu'on dépasse la limite|si on roule trop vite|au-delà de 30|dès qu'on dépasse les 50] [calment les conducteurs|sont efficaces|évitent les radars], [il en faut sur le boulevard|à généraliser].",
        ],
        "contre": [
            "[Les coussins berlinois|Les dos-d'âne|Les plateaux] [abîment les suspensions|secouent les ambulances|font sauter les bus] et [ne ralentissent pas les motos|les conducteurs les contournent|les grosses voitures passent quand même].",
            "[La limitation à 30|Le 30 km/h généralisé] [augmente la pollution|allonge les trajets des bus|ne sert à rien la nuit] : [on passe en deuxième|on roule sous-régime|les bus perdent du temps] [pour rien|sans gain de sécurité].",
            "[Les radars tronçons|Les radars fixes|Les contrôles] [sur la rocade|à l'entrée de la ville|sur le pont] [servent surtout à remplir les caisses|sont mal placés|ne sont pas là où il y a des accidents].",
            "[Les panneaux|Les marquages au sol|Les priorités à droite] [changent sans arrêt|sont illisibles|sont effacés] [{a_quartier}|au rond-point|dans le centre], [même les habitants s'y perdent|c'est comme ça qu'on a des accidents].",
        ],
    },
    "Desserte des quartiers périphériques": {
        "pour": [
            "[Un bus à la demande|Un transport à la demande|Une navette réservable] [le soir après 21 h|le dimanche|dans les hameaux], [réservable la veille|avec une simple application|par téléphone], [c'est la bonne formule|voilà ce qu'il nous faut].",
            "[Une ligne de rocade|Une ligne transversale|Une ligne de ceinture] [entre les quartiers Nord et Sud|qui relie {quartier} aux zones d'activités|qui évite le centre] [ferait gagner|nous ferait gagner] [une heure par jour|trois quarts d'heure|un temps fou].",
            "[Prolonger|Allonger] [la {ligne}|la ligne jusqu'au centre commercial|le tram] [jusqu'à la zone des Ormeaux|jusqu'au lycée agricole|jusqu'à l'hôpital Nord] [ouvrirait des emplois|désenclaverait le quartier|changerait la vie de milliers de gens].",
            "[Un parking relais|Un abri vélos sécurisé|Une aire de covoiturage] [au terminus|au bout de la ligne|à l'entrée du quartier] [avec un bus toutes les dix minutes|avec une connexion garantie], [voilà une vraie solution|et on laisse la voiture].",
        ],
        "contre": [
            "[Chez nous|{A_quartier}|Dans notre quartier], [le bus ne passe plus après 20 h 30|il n'y a qu'un bus par heure|le dimanche, rien], [alors qu'on nous demande de lâcher la voiture|et on parle de ZFE|et le plan n'y change rien].",
            "[Les jeunes|Les apprentis|Les intérimaires] {de_quartier} [refusent des missions|ratent des entretiens|perdent des stages] [faute de bus|parce qu'aucun bus ne va à la zone d'activités|faute de transport à 5 h du matin].",
            "[La carte du plan|Le tracé du tram|La carte des lignes express] s'arrête [au périphérique|à la rocade|aux portes de nos quartiers] : [les quartiers éloignés|nous] [sont encore une fois oubliés|restons de côté].",
            "[Le temps de trajet|Le trajet] [entre {quartier} et l'hôpital|pour aller à la préfecture|jusqu'à la gare] [dépasse une heure et quart|prend plus d'une heure|demande deux changements], [quand c'est vingt minutes en voiture|pour douze kilomètres].",
        ],
    },
    "Calendrier des travaux et concertation": {
        "pour": [
            "[Un médiateur de chantier|Un interlocuteur unique|Un numéro dédié] [pour les riverains|pour les commerçants|par quartier], [joignable|qui réponde] [pendant les travaux|le soir et le samedi], [ce serait un vrai progrès|merci de le prévoir].",
            "[Phaser les travaux|Faire les chantiers par tronçons|Concentrer les travaux] [l'été|pendant les vacances scolaires|la nuit quand c'est possible] [éviterait de bloquer|pour ne pas bloquer] [toute la ville|les écoles|les commerces] [en même temps|pendant des mois].",
            "[Un calendrier des chantiers|Une carte des travaux|Un site avec les déviations] [mis à jour chaque semaine|actualisé en temps réel|affiché aux arrêts] [éviterait bien des galères|rendrait service|serait bienvenu].",
            "[Indemniser|Aider|Soutenir] [les commerçants|les restaurateurs|les artisans] [pendant les travaux du tram|pendant les chantiers] [est indispensable|doit être prévu dès maintenant|est prévu, tant mieux] : [certains ont fermé lors du premier tram|ils perdent des clients].",
        ],
        "contre": [
            "[Les réunions publiques|Les ateliers|Les réunions de concertation] [ont lieu à 18 h|sont en semaine à 17 h|se tiennent en journée] : [ceux qui travaillent|les parents seuls|les salariés en horaires décalés] [ne peuvent pas venir|sont exclus d'office].",
            "[Le questionnaire en ligne|Le formulaire de la plateforme|Le site de la consultation] [est illisible sur téléphone|demande de créer un compte|bugue sans arrêt] : [ma mère n'a pas pu répondre|combien ont abandonné ?|pas étonnant qu'on soit si peu].",
            "[On nous consulte|On nous demande notre avis] [alors que tout est décidé|après avoir voté le budget|quand les plans sont déjà faits] : [c'est de l'affichage|j'ai l'impression de servir d'alibi|à quoi bon ?].",
            "[Le chantier du boulevard devait durer|Les travaux de la place devaient durer|La tranchée du réseau de chaleur devait rester ouverte] [six mois|un an|trois mois] [et ça fait deux ans|et on attend toujours la fin|et ils ont déjà un an de retard].",
        ],
    },
    "Livraisons et logistique urbaine": {
        "pour": [
            "[Un espace logistique urbain|Un entrepôt partagé|Un hôtel logistique] [en bordure de rocade|près du port|à la zone des Ormeaux] avec des [vélos-cargos|petits utilitaires électriques|triporteurs] pour [livrer le dernier kilomètre|les tournées de colis], [c'est l'avenir|voilà une bonne piste].",
            "[Des casiers|Des consignes|Des points relais] [dans les gares|dans les stations de tram|chez les commerçants] [éviteraient les allers-retours|réduiraient les camionnettes|simplifieraient la vie] [des livreurs|de tout le monde].",
            "[Livrer la nuit avec des camions silencieux|Des livraisons de nuit en électrique|Des créneaux de livraison tôt le matin] [désengorgeraient|soulageraient] [les rues commerçantes|les abords des magasins] [en journée|aux heures de pointe].",
        ],
        "contre": [
            "[Les camions frigorifiques|Les camions des supermarchés|Les semi-remorques] [livrent|manœuvrent] [à 5 h du matin|en pleine nuit|à l'heure de l'école] [moteur et groupe froid allumés|en marche arrière], [impossible de dormir|on en a marre].",
            "[Les livreurs de repas|Les coursiers|Les livreurs à scooter] [roulent sur les trottoirs|grillent les feux|se garent n'importe où] parce qu'ils [sont payés à la course|n'ont pas le choix|sont pressés par les plateformes] : [c'est le système qu'il faut revoir|le plan n'en parle pas].",
            "[Les aires de livraison|Les places de livraison] [sont toujours occupées|servent de parking|ont disparu] [{a_quartier}|dans la rue commerçante|devant le marché], alors [les camions se mettent en double file|les livreurs bloquent la rue].",
        ],
    },
    "Accessibilité des personnes handicapées": {
        "pour": [
            "[Des bandes podotactiles|Des bandes de guidage|Des repères tactiles] [sur les quais|jusqu'aux portes du tram|aux passages piétons] et [des annonces sonores|des balises sonores|des feux sonores] [partout|à chaque arrêt], [c'est vital pour les malvoyants|c'est l'autonomie].",
            "[Une boucle magnétique|Un affichage visuel des arrêts|Des annonces écrites] [dans les bus|aux guichets|dans les rames] [aiderait les personnes malentendantes|pour les sourds et malentendants], [on les oublie toujours|merci d'y penser].",
            "[Associer|Consulter|Écouter] [les associations de personnes handicapées|les usagers en fauteuil|les personnes aveugles] [dès la conception|avant les travaux|à chaque étape] éviterait [des erreurs coûteuses|les aménagements inutilisables|de refaire les travaux].",
        ],
        "contre": [
            "[Le service de transport adapté|Le transport PMR|La navette adaptée] se réserve [huit jours|dix jours|une semaine] à l'avance : [impossible d'aller à un enterrement|pas de vie spontanée|on ne choisit pas quand on est malade].",
            "[Les quais du tram|Les arrêts de bus|Les nouvelles stations] [ont une lacune|laissent un trou|ont une marche] entre le quai et [la rame|le bus] [où se coincent les roues du fauteuil|où ma canne se prend|trop grande pour un déambulateur].",
            "[Les ascenseurs|Les escalators|Les élévateurs] [de la gare|de la station souterraine|du parking relais] [sont en panne un jour sur deux|ne sont jamais réparés avant des semaines|ne sont pas signalés en panne] : [je reste bloqué{e} en bas|je fais demi-tour].",
        ],
    },
    "Sécurité des femmes la nuit": {
        "pour": [
            "[Des marches exploratoires|Des diagnostics en marchant|Des balades nocturnes] [avec des habitantes|avec les femmes du quartier|avec les agentes du réseau] [pour repérer les endroits qui font peur|avant de concevoir les arrêts], [c'est la bonne méthode|bravo de les prévoir].",
            "[Un numéro d'alerte|Une alerte par SMS|Un bouton d'appel] [dans les bus et les trams|aux arrêts de nuit|sur l'application] [relié au poste de sécurité|avec une réponse immédiate] [rassurerait beaucoup|serait utile], [et il est prévu, tant mieux|j'approuve].",
            "[Des agentes et des agents|Du personnel] [dans les stations|sur les quais|dans les rames] [après 21 h|le soir|les nuits du week-end], [plus que des caméras|en plus des caméras], [c'est ce qui fait vraiment la différence|c'est essentiel].",
        ],
        "contre": [
            "[Le passage souterrain|Le parking relais|Le chemin entre l'arrêt et la résidence] [n'est pas éclairé|est désert le soir|est un coupe-gorge] : [ma fille fait un détour de dix minutes|je n'y passe plus après 20 h|on s'y fait suivre].",
            "[Les caméras|Les vidéoprotections] [ne servent à rien|n'empêchent rien|ne remplacent pas une présence] [quand personne ne les regarde|si personne ne vient|sur le moment] : [j'ai été importuné{e} devant une caméra|personne n'est venu|la plainte n'a rien donné].",
            "[Les arrêts de nuit|Les arrêts du bus de nuit] [sont placés|se trouvent] [devant des terrains vagues|le long de parkings vides|loin des habitations], [il faut les déplacer|c'est mal pensé|aucune femme ne s'y sent en sécurité].",
        ],
    },
}
