"""Idées de terrain de la consultation : ce que chacun·e voit de son trajet, dit avec ses mots.

Elles rejoignent les idées de ``idees_consultation.py`` et ``idees_concretes.py`` (mêmes
conventions : « [a|b] » imbriqué, vide permis, marqueurs {…}). Chaque idée parle d'une chose
précise d'un plan de mobilité dans une métropole moyenne — le valideur qui refuse la carte,
l'abribus sans vitre, le bus de substitution introuvable, la chicane de la voie verte, la
fourrière, le parking du CHU, la vignette Crit'Air d'une vieille Clio, la venelle derrière
l'église, le buraliste qui recharge la carte, le radar pédagogique, la halte ferroviaire à
rouvrir, le compte rendu jamais publié, le vélo-cargo du primeur, le plan en relief, le
parking souterrain désert — avec le vocabulaire de la chose, du métier ou du lieu : deux
contributions d'un même thème parlent ainsi le plus souvent de choses différentes, comme dans
une vraie consultation.

Écrites courtes (une douzaine de mots : elles remplacent d'autres idées sans allonger les
textes), avec un choix toutes les trois ou quatre mots (une même suite de huit mots revient
rarement d'un texte à l'autre), et avec les mots du thème (le bus, la piste, la ZFE…), pour
que le thème reste lisible.
"""

IDEES = {
    "Transports en commun": {
        "pour": [
            "[Des bus|Des navettes] [dès 4 h|dès 4 h 30] [vers le marché de gros|vers la zone portuaire] pour [les manutentionnaires|les équipes de nuit|les maraîchers][, ça manque|].",
            "[Monter|La montée] par toutes les portes [accélérerait les bus|ferait gagner du temps à chaque arrêt][ : on fait la queue devant le chauffeur| aux heures de pointe|].",
            "[Une gare routière|Un pôle d'échanges] [avec une salle chauffée|avec des toilettes|avec un guichet ouvert le dimanche][, ce serait un vrai progrès|, enfin une attente humaine|].",
            "[Les bus au gaz|Les bus électriques|Les nouveaux bus] [ne sentent plus le gasoil|sont silencieux][, les riverains du dépôt apprécient|, ça se remarque|].",
            "[Un plan du réseau|Un dépliant des horaires] [en gros caractères|dans les boîtes aux lettres|dans les halls d'immeuble] [aiderait les anciens|rendrait service aux nouveaux arrivants].",
            "[Une télécabine|Un téléphérique urbain] [entre le port et le plateau|au-dessus du fleuve] : [ça fait sourire|ça paraît fou], mais [ça marche ailleurs|c'est moins cher qu'un pont].",
            "[Un arrêt de bus|Une station de tram] [devant le lycée hôtelier|devant la piscine olympique|à la sortie de la clinique][, on en a besoin| servirait à des centaines de gens|].",
            "[Les annonces sonores|Les annonces vocales] [des arrêts|à bord] [sont claires|sont bien faites][ : même les touristes s'y retrouvent|, merci|].",
            "[Un tram|Des rames] toutes les cinq minutes [entre la gare et le CHU|jusqu'au campus] : [on le prendrait sans regarder l'horaire|plus besoin d'appli].",
            "[Des médiateurs|Des agents d'accueil] [en gilet rouge|en chasuble] [sur les quais de la gare|aux grandes stations] [renseignent les voyageurs|orientent les touristes][, gardez-les|].",
            "[Des rames en renfort|Des bus en renfort] [les soirs de match|les soirs de concert|à la rentrée universitaire], [ça éviterait les quais bondés|c'est malin].",
        ],
        "contre": [
            "[Les valideurs|Les bornes de validation] [refusent ma carte|bipent rouge|sont en panne] [une fois sur deux|sans raison], et [c'est moi qui prends l'amende|c'est le voyageur qui paie].",
            "[L'abribus|L'abri] [{de_quartier}|de mon arrêt] n'a plus [de vitre|de banc|de toit] [depuis l'hiver|depuis des mois][, on attend sous la pluie|].",
            "[Les bus de substitution|Les bus de remplacement] [du chantier du tram|pendant les coupures] [ne sont pas fléchés|partent d'un arrêt introuvable|n'ont aucun horaire].",
            "[La ligne express|La navette] [vers la zone des Ormeaux|vers l'aéroport] [ne roule pas en août|s'arrête pendant les vacances][, alors que les entrepôts tournent|].",
            "[Les strapontins|Les sièges rabattables] [ont disparu|ont été retirés] [des nouvelles rames|des bus][ : debout quarante minutes à soixante-dix ans| : essayez enceinte|].",
            "[Le bus du plateau|Le bus de la résidence] [remplacé par|devenu] [un transport à la demande|une appli de réservation][ : ma voisine ne sort plus| : sans smartphone, on reste chez soi|].",
            "[Huit contrôleurs|Des contrôles en masse] [à la descente du tram|à la station Campus] [pour des ados|pour des étudiants], [mais personne le soir|et plus un agent après 21 h].",
            "[La clim|Le chauffage|La ventilation] [des bus articulés|des vieilles rames|du tram] [est en panne l'été|souffle de l'air chaud en juillet|ne marche jamais quand il faut][ : on étouffe|].",
            "[Les escaliers mécaniques|Les ascenseurs] [de la gare|de la station souterraine] [sont en panne|sont à l'arrêt] [une semaine sur deux|depuis des mois][, avec la valise à porter|].",
            "[Le terminus|Le nouveau terminus] [a été déplacé|a été repoussé] [derrière le centre commercial|au bout d'un parking] : [sans abri ni éclairage|loin de tout][, personne ne l'a demandé|].",
            "[Le car du lycée|Le bus scolaire] [déborde|est plein à craquer] : [les lycéens|les collégiens] [restent sur le trottoir|arrivent en retard en cours].",
            "[Les horaires d'été|Les horaires de vacances] [dès le 1er juillet|jusqu'à fin août] : [un bus par heure|des trous d'une heure], [comme si tout le monde partait|et ceux qui travaillent ?]",
        ],
    },
    "Vélo et aménagements cyclables": {
        "pour": [
            "[Une vélostation gardée|Un garage à vélos surveillé] [à la gare|au pôle d'échanges], [avec des casiers|dès 5 h du matin|avec un atelier de réparation][, voilà ce qui manque|].",
            "[Des prises|Des bornes] pour recharger [les vélos électriques|les batteries de vélo] [dans les garages à vélos|aux stations de tram][, ce serait utile|].",
            "[Le chemin de halage|L'ancienne voie ferrée|La digue du canal] [ferait une piste idéale|pourrait devenir une piste express][ vers le port| vers les communes du sud|][, à plat et sans voitures|].",
            "[La location au mois|La location longue durée] [de vélos électriques|de vélos-cargos] [à 20 euros|à prix réduit] [permet d'essayer avant d'acheter|a converti mes voisins].",
            "[Le marquage des vélos|La gravure des vélos] contre le vol [au marché|à la sortie des lycées|au commissariat], [gratuitement|c'est simple][, il faut le proposer partout|].",
            "[Des goulottes|Des rampes] [dans l'escalier de la passerelle|le long des marches de la gare] pour pousser son vélo : [c'est tout bête|ça coûte trois fois rien].",
            "[Le vélobus|Le ramassage scolaire à vélo] [avec des parents devant et derrière|encadré par des parents] [marche très bien|fait des émules][, il faut l'encourager|].",
            "[Balayer|Nettoyer] les pistes [des gravillons|du verre cassé|des feuilles mortes] [plus souvent|chaque lundi|à l'automne][, sinon c'est la crevaison|].",
            "[Des sas vélo|Des sas pour les vélos] [devant les feux|aux carrefours], [repeints|bien visibles] et [respectés|verbalisés][, ça rassure au démarrage|].",
            "[Un compteur de vélos|Un totem qui compte les cyclistes] [sur le pont|à l'entrée du centre] [prouve que les pistes servent|montre que le vélo progresse].",
        ],
        "contre": [
            "[Les bordures|Les bordures de trottoir] [aux entrées de piste|aux traversées] [sont trop hautes|font sauter les roues][ : j'ai crevé deux fois| : ma roue est voilée|].",
            "[La piste|La bande cyclable] [longe les voitures garées|passe le long du stationnement] : [une portière qui s'ouvre|un coup de portière], et [c'est la chute|c'est l'hôpital].",
            "[Les feux|Les capteurs des feux] ne [voient|détectent] pas les vélos : [la nuit|le dimanche], [on attend au rouge pour rien|on finit par griller le feu].",
            "[Les arceaux de la gare|Les arceaux de la médiathèque] [sont pleins dès 8 h|sont pris par des scooters|sont squattés par des épaves][, on attache son vélo aux grilles|].",
            "[La côte du plateau|La montée depuis le port] n'a [aucune piste|pas un mètre de piste], et [remonter le soir|le retour] [décourage tout le monde|demande un vélo électrique].",
            "[Les chicanes|Les barrières] [de la voie verte|à l'entrée des parcs] [bloquent les vélos-cargos|arrêtent les remorques|coincent les tricycles][, il faut descendre à chaque fois|].",
            "[Les vélos partagés|Les vélos en libre-service] finissent [dans le fleuve|au fond des parcs|en travers des trottoirs][ : qui les ramasse ?| : pas l'opérateur, en tout cas.|.]",
            "[Le revêtement|Le stabilisé] [de la voie verte|de la piste du canal] [tourne à la boue|devient un bourbier] [dès qu'il pleut|tout l'hiver][ : on arrive crotté{e} au travail|].",
            "[La piste du pont|Le passage du pont] [fait un mètre de large|est minuscule] [et se partage avec les piétons|entre piétons et vélos][ : engueulades tous les matins|].",
            "[La prime vélo|L'aide à l'achat] [épuisée dès février|fermée en trois semaines] : [les gens sans internet|ceux qui n'ont pas vu l'annonce] [n'ont rien eu|sont passés à côté].",
        ],
    },
    "Voiture et stationnement": {
        "pour": [
            "[Une aire de covoiturage|Des places de covoiturage] [au parking du stade|à l'échangeur de l'autoroute|sur le parking de l'hypermarché][, c'est facile à faire| : ça ne coûte presque rien|].",
            "[Louer les places vides|Ouvrir la nuit les places] [du silo de la gare|du parking de la halle] aux riverains [libérerait les rues|désencombrerait les trottoirs].",
            "[Un panneau|Une appli] [des places libres|qui compte les places libres] [dans les parkings du centre|à l'entrée de ville] [éviterait de tourner en rond|réduirait les bouchons].",
            "[Un garage solidaire|Un garage associatif] [à prix coûtant|pour les petits budgets] [mérite un coup de pouce|mériterait une aide][ : une voiture entretenue pollue moins|].",
            "[Un arrêt minute|Deux places minute] [devant la pharmacie|devant la boulangerie|devant la maternelle] [pour déposer ou charger|pour dix minutes maximum][, ça suffirait|].",
            "[Une voiture en autopartage|Des voitures partagées] [dans chaque résidence|à réserver à l'heure] [pour les gros achats|pour le week-end] : [on vendrait la deuxième voiture|adieu l'assurance].",
            "[Les places payantes|Les places de stationnement payantes] [le samedi|jusqu'à 19 h] [font tourner les places|libèrent de la place pour les clients][, les commerçants y gagnent|].",
            "[Des chargeurs rapides|Des bornes de recharge rapide] [pour les taxis et les VTC|pour les infirmières libérales] [sur les parkings des supermarchés|à l'entrée de la rocade][, voilà du concret|].",
        ],
        "contre": [
            "[La fourrière|L'enlèvement] [à 150 euros|à plus de 130 euros] [pour une roue sur le trottoir|pour dix minutes devant chez soi][, c'est du vol|, c'est honteux|].",
            "[Les places handicapées|Les places PMR] [déplacées au fond du parking|mises à 200 mètres de l'entrée] : [avec des béquilles|en fauteuil], [allez-y, vous|c'est incompréhensible].",
            "[Le parking du CHU|Le parking de la gare] à [huit|douze|quinze] euros par jour : [les infirmières paient pour travailler|les patients paient pour être soignés].",
            "[Les bornes rétractables|Les plots] [du centre historique|de la rue du marché] [bloquent les artisans|bloquent les infirmières à domicile][ : personne ne répond à l'interphone| : le badge est impossible à obtenir|].",
            "[Les voitures ventouses|Les camping-cars|Les remorques] [restent des mois|dorment des semaines] [dans notre impasse|sur les mêmes places], [et personne ne les enlève|et nous, on tourne].",
            "[Le sens unique|Le nouveau plan de circulation] [{a_quartier}|autour de l'école] [m'impose un détour de deux kilomètres|me fait faire le tour du quartier] [pour rentrer chez moi|pour sortir du garage].",
            "[Le tarif résident|Le stationnement résidentiel] [passé à|monté à] [25|30|45] euros par mois, [pour tourner quand même vingt minutes|sans jamais trouver de place][, c'est se moquer du monde|].",
            "[Les travaux de voirie|Les chantiers] [ont supprimé les places|ont mangé le stationnement] [depuis des mois|jusqu'à l'été] : [le fleuriste parle de fermer|le primeur a perdu ses clients].",
        ],
    },
    "Zone à faibles émissions et qualité de l'air": {
        "pour": [
            "[Un prêt à taux zéro|Un microcrédit|Une avance remboursable] [pour changer de voiture|pour une occasion récente] : [là, je dis oui à la ZFE|avec ça, la ZFE devient juste].",
            "[Les capteurs d'Atmo|Les mesures de qualité de l'air] [le long de la rocade|près des crèches] [dépassent les seuils de l'OMS|affichent des chiffres alarmants][ : la ZFE est la moindre des choses| : il était temps|].",
            "[Moins de camions|Moins de vieux diesels] [sur le quai|dans l'avenue], et [on peut rouvrir les fenêtres|les rideaux ne noircissent plus][ : continuons la ZFE|].",
            "[Des dérogations|Des exemptions] [pour les petits rouleurs|sous 8 000 km par an] [rendent la ZFE acceptable|rendent la zone plus juste][, si le formulaire est simple|].",
            "[Un dimanche sans voiture|Une journée sans voiture] [par mois|chaque trimestre] [montrerait l'air qu'on gagne|ferait aimer la ZFE][, en plus de l'extension|].",
            "[Les taxis|Les VTC|Les flottes d'entreprise] [à l'électrique en premier|avant les particuliers] : [ils roulent toute la journée|ce sont eux qui polluent le plus][, la ZFE doit commencer par là|].",
            "[Un bilan annuel|Un bilan public] [de la ZFE|de la pollution de l'air] [quartier par quartier|affiché en mairie] [ferait taire les rumeurs|convaincrait les sceptiques].",
            "[Le rétrofit|Le boîtier bioéthanol|La conversion à l'électrique] [des vieilles voitures|des utilitaires], [avec l'aide de la Métropole|à prix encadré], [éviterait la casse|pour respecter la ZFE].",
        ],
        "contre": [
            "[Ma Clio|Ma 206|Ma vieille Polo] [classée Crit'Air 4|vignette Crit'Air 3] [passe le contrôle technique|ne fume pas], [et on m'envoie à la casse|et on me pousse à m'endetter].",
            "[Les infirmières libérales|Les aides à domicile|Les artisans] [des villages|de la campagne] [devront changer de véhicule|paieront l'amende ZFE][ : qui soignera nos anciens ?| : qui les remplacera ?|.]",
            "[La ZFE|L'interdiction] [même le dimanche|aussi le week-end] : pour [voir ma mère à l'Ehpad|aller à la messe|le marché du dimanche], [je n'ai que ma vieille voiture|il n'y a pas de bus].",
            "[Les panneaux de la ZFE|Les panneaux d'entrée de zone] [sont cachés par les arbres|sont posés après le carrefour] : [on entre sans le savoir|l'amende arrive trois semaines plus tard].",
            "[Les occasions Crit'Air 1|Les petites occasions récentes] [ont pris 3 000 euros|coûtent une fortune] [avec la ZFE|depuis l'annonce], et [ma vieille voiture ne vaut plus rien|le garage ne reprend plus la mienne].",
            "[Les forains|Les restaurateurs|Les commerçants du centre] [vont perdre|perdent déjà] [les clients des villages|la clientèle de campagne][ sans la bonne vignette|] : [vive le drive|merci la ZFE].",
            "[Chez nous|{A_quartier}], [la pollution|l'air sale] vient [de l'autoroute|de la zone industrielle|de l'incinérateur], [pas de ma voiture|pas des particuliers] : [la ZFE se trompe de cible|cherchez l'erreur].",
            "[Le leasing social|Le bonus écologique] [épuisé en quelques semaines|avec des justificatifs sans fin] : [les aides ZFE|les aides promises], [je n'en ai jamais vu la couleur|c'est du vent].",
        ],
    },
    "Marche et espaces piétons": {
        "pour": [
            "[Des passages piétons surélevés|Des plateaux piétons] [devant la boulangerie|à la sortie du marché|devant la crèche] : [on traverse à pied sans crainte|les piétons traversent tranquilles].",
            "[Rouvrir aux piétons|Ouvrir aux piétons] [le passage entre les résidences|le cheminement derrière le collège|la venelle derrière l'église] [ferait gagner dix minutes à pied|éviterait de longer la rocade à pied].",
            "[Des flèches au sol|Des pastilles colorées|Un balisage piéton] [vers la gare|vers l'hôpital|vers le marché], [avec les minutes à pied|comme un jeu de piste] : [ça donne envie de marcher|on marcherait plus].",
            "[Les cours d'école|Les cours de récréation] [ouvertes aux piétons le week-end|ouvertes aux promeneurs] [feraient des places où marcher à l'ombre|feraient des haltes pour les piétons].",
            "[Déneiger|Saler|Dégager] [les trottoirs|les escaliers piétons de la butte|les rampes piétonnes] [avec les routes|dès le premier flocon][ : sinon les anciens ne sortent plus à pied|].",
            "[Un trottoir continu|La continuité du trottoir] [devant les entrées de parking|au bout des petites rues] [donne la priorité au piéton|laisse passer le piéton d'abord][, faisons-le|].",
            "[Un pédibus|Un ramassage à pied] [avec des parents volontaires|encadré par des retraités] [jusqu'au groupe scolaire|pour l'école] [fait marcher les enfants|apprend aux enfants à marcher en ville].",
            "[Piétonniser|Réserver aux piétons] [la place du marché|le quai|la rue du Château] [le dimanche|l'été|les soirs de fête][, à titre d'essai|] : [on y marcherait enfin|les promeneurs vont adorer].",
        ],
        "contre": [
            "[Les bateaux de trottoir|Les abaissements de trottoir] [trop pentus|en pente raide] [font pencher les fauteuils|déséquilibrent les poussettes] [vers la chaussée|à chaque maison].",
            "[Les crottes de chien|Les déjections canines] [sur tous les trottoirs|le long des trottoirs de l'avenue] : [marcher devient un slalom|on marche les yeux au sol][, et personne ne verbalise|].",
            "[Le passage piéton souterrain|Le passage à pied sous la voie ferrée] [sent l'urine|est couvert de tags|est sombre et glissant] : [on fait le tour à pied par le pont|les piétons l'évitent le soir].",
            "[Les potelets|Les poteaux|Les panneaux] [laissent à peine cinquante centimètres de trottoir|mangent la moitié du trottoir] : [en fauteuil|avec une poussette double], [on passe sur la chaussée|impossible de passer].",
            "[Les boutons d'appel piétons|Les feux piétons] [au carrefour de la gare|devant le lycée] [ne répondent plus|sont en panne] [depuis des semaines|depuis l'automne][, les piétons attendent pour rien|].",
            "[Les scooters de livraison|Les trottinettes] [dans la rue piétonne|sur le trottoir] [frôlent les piétons|passent sans sonner][ : on ne lâche plus la main des petits|].",
            "[Les échafaudages|Les bennes de chantier] [barrent le trottoir|prennent tout le trottoir] [sans cheminement piéton|sans passage protégé] : [on marche sur la route|les piétons passent sur la chaussée].",
            "[La place de la mairie|Le parvis de la gare|L'esplanade] [n'a pas un arbre|est une dalle de béton] : [l'été, impossible d'y marcher|pas un banc à l'ombre pour les piétons].",
        ],
    },
    "Tarifs et abonnements": {
        "pour": [
            "[Un abonnement famille|Un pass tribu] [dès trois personnes|pour parents et enfants] [au prix de deux|à prix réduit] [ferait laisser la voiture|ferait prendre le tram le week-end].",
            "[Un ticket valable 90 minutes|Un ticket avec correspondance gratuite] [évite de payer deux fois|est plus juste][ pour les trajets avec changement|].",
            "[La gratuité pour les moins de dix-huit ans|Le tarif jeune à dix euros] [rend les ados autonomes|habitue les jeunes au bus][, et les parents ne font plus taxi|].",
            "[Un tarif solidaire|La gratuité des transports] [pour les demandeurs d'emploi|pour les stagiaires en insertion] [qui vont à leurs rendez-vous|en formation][, c'est indispensable|].",
            "[Recharger sa carte|Acheter ses tickets] [chez le buraliste|au tabac-presse|à la supérette] [comme avant|sans passer à l'agence][, ça rend service aux anciens|].",
            "[Un billet unique|Une seule carte] [train régional et tram|parking relais et tram|tram et vélo partagé] [simplifierait tout|serait logique][, on l'attend depuis longtemps|].",
            "[Payer au trajet|Le paiement à l'usage|Payer ses tickets au fil du mois] [avec un plafond|plafonné au prix de l'abonnement|sans dépasser le prix du pass][, comme à Lille|, idéal à temps partiel|].",
        ],
        "contre": [
            "[L'abonnement|Le pass mensuel] [a pris 12 %|a pris quatre euros] [en deux ans|depuis {annee}] [pour les mêmes retards|sans un bus de plus].",
            "[Les tarifs sociaux|Les réductions] [exigent l'avis d'imposition|demandent une attestation de la CAF] [tous les six mois|à chaque renouvellement][ : beaucoup abandonnent|].",
            "[Le ticket sur téléphone|La validation par l'appli] [plante dans les souterrains|ne marche pas sans réseau], [et le contrôleur verbalise quand même|et l'amende tombe].",
            "[Le tarif senior|Le pass senior] [seulement à partir de soixante-cinq ans|à soixante-dix ans seulement], [alors que les petites retraites commencent avant.|pourquoi ?]",
            "[Le ticket à 2 euros|Le ticket à l'unité] [pour trois arrêts|pour cinq minutes de trajet] : [autant marcher|on reprend la voiture][, c'est dissuasif|].",
            "[Les apprentis|Les étudiants boursiers|Les stagiaires] [paient plein tarif|n'ont aucune réduction] [dès dix-neuf ans|pendant l'été][, avec un salaire de misère|].",
            "[L'abonnement à moitié payé par l'employeur|Le remboursement des transports] [exclut les intérimaires|oublie les auto-entrepreneurs][ : les précaires paient plein pot|].",
        ],
    },
    "Sécurité routière et vitesse": {
        "pour": [
            "[Une zone de rencontre|Une zone à 20] [dans le vieux centre|autour du marché|dans les lotissements] : [vitesse limitée à 20|on y roule au pas][, et moins d'accidents|].",
            "[Un radar pédagogique|Un afficheur de vitesse] [à l'entrée du village|devant l'école|dans la descente] [fait ralentir les conducteurs|calme la vitesse][, on le voit tout de suite|].",
            "[Supprimer la place avant chaque passage piéton|Dégager les abords des passages piétons] [pour que les conducteurs voient les enfants|pour éviter les accidents] : [c'est la loi|ça ne coûte rien].",
            "[Des chicanes|Des écluses|Des rétrécissements] [sur la route de la Sorgue|à l'entrée du lotissement] [casseraient la vitesse|calmeraient les chauffards][, on les demande depuis des années|].",
            "[Des contrôles d'alcoolémie|Des contrôles de vitesse] [le samedi soir|à la sortie des boîtes|sur les quais] : [c'est là que les accidents arrivent|mieux que des radars fixes].",
            "[Des clous lumineux|Des plots lumineux|Des spots au sol] [aux passages piétons|sur le boulevard] [évitent des accidents|rendent les traversées visibles aux conducteurs] [la nuit|l'hiver].",
            "[Des stages de code gratuits|Des remises à niveau] [pour les conducteurs âgés|pour les seniors au volant] [éviteraient des accidents|rassureraient les familles][, sans retirer le permis|].",
        ],
        "contre": [
            "[Les motos|Les scooters|Les quads] [en roue arrière|à pleine vitesse] [sur l'avenue|sur le parking du gymnase] [chaque week-end|tous les soirs] : [personne n'intervient|un accident va arriver].",
            "[Le rond-point des Ormeaux|Le giratoire de la rocade|Le carrefour de la gare] [se prend à toute vitesse|n'a aucune visibilité] : [trois accidents depuis janvier|des accrochages chaque semaine].",
            "[Les poids lourds|Les semi-remorques] [traversent le bourg|coupent par la départementale] [à toute vitesse|pour éviter le péage] : [où sont les contrôles ?|un accident est vite arrivé.]",
            "[Le marquage|La peinture] des passages piétons [a disparu|ne se voit plus] [devant le collège|sur l'avenue] : [les conducteurs ne s'arrêtent pas|on traverse à ses risques].",
            "[Les haies|Les camionnettes garées|Les panneaux publicitaires] [à l'angle du carrefour|au coin de la rue] [cachent les enfants aux conducteurs|bouchent la vue][ : l'accident n'est pas loin|].",
            "[Les trottinettes électriques|Les trottinettes à deux dessus] [sans lumière|à toute vitesse] [surgissent devant les conducteurs|déboulent entre les voitures][ : un jour, il y aura un mort|].",
            "[Les coussins berlinois|Les ralentisseurs] [de la rue de l'école|posés l'an dernier] [ne ralentissent personne|sont trop hauts] : [les conducteurs accélèrent entre deux|on racle le bas de caisse].",
        ],
    },
    "Desserte des quartiers périphériques": {
        "pour": [
            "[Une navette|Un minibus] [de la cité à la gare|jusqu'au marché|vers le centre de santé] [deux fois par jour|les jours de marché][, pour ceux sans voiture|][, ce serait déjà bien|].",
            "[Faire passer|Dévier] [la {ligne}|la navette] [par la zone artisanale|par le lycée agricole|par le hameau des Sablons] : [trois minutes de plus|un petit détour][, et tout un secteur desservi|].",
            "[Des vélos électriques|Des vélos en location] [au terminus|dans les quartiers éloignés] [pour le dernier kilomètre|pour rejoindre le tram][, ça compléterait le bus|].",
            "[Rouvrir la halte ferroviaire|Remettre en service la gare] [des Sablons|de l'ancienne ligne] [mettrait le centre à dix minutes|changerait tout pour nous].",
            "[Une ligne directe|Un bus direct] [{de_quartier}|de notre quartier] [vers la zone d'emploi|vers le centre hospitalier], [sans changer au centre|sans passer par la gare].",
            "[Des départs calés sur les équipes du matin|Un premier bus à 4 h 45] [vers la zone portuaire|vers la plateforme logistique][ : beaucoup pourraient vendre leur voiture|].",
        ],
        "contre": [
            "[Le seul arrêt|L'unique arrêt] [{de_quartier}|de notre hameau] est [au bord de la départementale|à un kilomètre des maisons], [sans trottoir|dans le noir l'hiver].",
            "[Le bus du samedi|Le bus du dimanche|Le dernier bus du soir] [supprimé faute de monde|retiré pour manque de fréquentation] : [il passait trois fois par jour|personne ne le savait].",
            "[Pour la piscine|Pour le cinéma|Pour la médiathèque centrale], [depuis chez nous|depuis notre quartier], [deux bus et une heure|un changement au centre] : [les gamins n'y vont jamais|on renonce].",
            "[Les taxis|Les VTC] [ne montent pas|refusent de venir] [dans notre cité|sur le plateau] [le soir|après 22 h][ : on reste coincés|].",
            "[Les arrêts|Les poteaux d'arrêt] [{de_quartier}|chez nous] [n'ont aucun horaire|n'ont même pas de plan] : [on devine|on regarde l'appli quand ça capte].",
            "[Les bus|Les chauffeurs] [évitent le quartier|contournent notre rue] [le soir|dès la nuit tombée] [depuis les caillassages|depuis les incidents][ : tout le monde est puni|].",
        ],
    },
    "Calendrier des travaux et concertation": {
        "pour": [
            "[Des visites de chantier|Des portes ouvertes du chantier|Une maison du projet] [le samedi matin|pendant les travaux] [aideraient à patienter|donneraient envie d'y croire].",
            "[Un panneau|Une affiche] [sur chaque palissade|à l'entrée des chantiers] [avec la date de fin|avec un numéro à appeler] [éviterait les rumeurs|rassurerait les riverains].",
            "[Un panel tiré au sort|Un comité de suivi tiré au sort] [pour suivre le chantier|pour suivre le plan] [donnerait la parole aux absents|serait plus représentatif que les réunions].",
            "[Des ateliers|Des réunions] [en bas des immeubles|au marché|à la sortie des écoles], [pas en mairie à 18 h|pas seulement en salle][ : on entendrait enfin les jeunes|].",
        ],
        "contre": [
            "[Les déviations|Les itinéraires de déviation] [du chantier du tram|des travaux] [changent chaque semaine|passent par notre petite rue] : [les camions frôlent les façades|on ne dort plus].",
            "[Les travaux|Les chantiers] [dès 6 h 30|à 7 h pile] [avec le marteau-piqueur|avec les pelleteuses], [même le samedi|week-end compris][ : les riverains n'en peuvent plus|].",
            "[Le compte rendu|Le relevé de décisions] [de la dernière réunion|de l'atelier de mars] [n'a jamais été publié|est introuvable] : [à quoi servent nos questions ?|qu'a-t-on retenu ?]",
            "[La consultation|Cette concertation] [pendant les vacances de printemps|en plein ramadan|pendant les examens] : [beaucoup ne pourront pas participer|ce n'est pas un hasard].",
        ],
    },
    # Livraisons : rien de plus ici (le thème garde ses phrases, voir data/README.md).
    "Livraisons et logistique urbaine": {"pour": [], "contre": []},
    "Accessibilité des personnes handicapées": {
        "pour": [
            "[Des plans en relief|Des maquettes tactiles|Des plans en braille] [dans les grandes stations|à la gare] [aideraient les personnes aveugles|rendraient les stations accessibles].",
            "[Un pictogramme par ligne|Un code couleur par ligne|Une signalétique facile à lire] [aiderait les personnes avec un handicap mental|aiderait ceux qui lisent mal le français].",
            "[Un espace fauteuil|Une place pour fauteuil roulant] [avec une ceinture|avec un appui dos] [dans chaque bus|dans les cars][ pour ne pas glisser au freinage|, par sécurité].",
        ],
        "contre": [
            "[Les annonces sonores|Les annonces vocales] [sont inaudibles|sont couvertes par le bruit] [dans les vieux bus|aux heures de pointe] : [mon voisin aveugle rate son arrêt|impossible pour un malvoyant].",
            "[Le site de réservation|L'application] du transport adapté [ne marche pas avec un lecteur d'écran|refuse ma synthèse vocale] : [c'est un comble|on marche sur la tête].",
            "[Les vélos en libre-service|Les panneaux de chantier|Les scooters] [posés sur les bandes de guidage|garés sur les bandes podotactiles] [font tomber les aveugles|piègent ma canne blanche].",
        ],
    },
    "Sécurité des femmes la nuit": {
        "pour": [
            "[La descente entre deux arrêts|L'arrêt à la demande] [après 22 h|le soir] [sur les lignes de nuit|dans les bus] : [ça marche à Nantes.|pourquoi pas chez nous ?]",
            "[Des quais vitrés et dégagés|Des arrêts sans recoins], [où l'on voit qui attend|bien visibles de loin] : [les femmes se sentent plus en sécurité|c'est essentiel la nuit].",
            "[Un service de raccompagnement|Une ligne pour marcher au téléphone avec quelqu'un] [le soir|après une soirée] [rassurerait nos filles|existe dans d'autres villes].",
        ],
        "contre": [
            "[Dans le tram de nuit|Dans le dernier bus], [des hommes s'assoient juste à côté|des types font des remarques] : [je descends avant mon arrêt|je reste près du conducteur].",
            "[Le parking relais|Le parking souterrain de la gare] [sans gardien|à moitié éclairé] [après 20 h|la nuit] : [ma fille refuse d'y aller seule|aller chercher ma voiture me terrorise].",
            "[Les lampadaires de la rue|Les réverbères du chemin] [coupés à minuit|éteints dès 23 h] [pour faire des économies|depuis la crise de l'énergie] : [rentrer du bus dans le noir, merci|la peur au ventre].",
        ],
    },
}

