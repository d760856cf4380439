"""Idées de la consultation, écrites comme des gabarits à éléments indépendants.

Une idée = un constat ou une proposition, dont chaque élément (le sujet, le verbe, le
moment, le lieu, la conséquence, la demande) a plusieurs formulations indépendantes :
une même idée se dit ainsi de centaines de façons, avec un détail concret tiré du
territoire (ligne, quartier, rue, heure, durée). Syntaxe : « [a|b|c] » (imbriqué, vide
permis), marqueurs {…} comme dans ``consultation_themes.py``.
"""

_QUAND = "[le soir|après {heure}|le dimanche|aux heures de pointe|le matin|en semaine|pendant les vacances|le samedi]"
_MOI = "[je|on|nous]"
_BUS = "[le bus|la {ligne}|le bus de ma ligne|la ligne qui passe {a_quartier}|le {ligne}]"

IDEES = {
    "Transports en commun": {
        "pour": [
            "[Il faudrait|Il faut|Ce qu'il faut, c'est|Je demande|J'aimerais] [plus de bus|des bus plus fréquents|davantage de passages|un bus toutes les dix minutes] " + _QUAND + "[, sinon personne ne lâchera sa voiture|, c'est la base|, tout simplement|].",
            "Le [prolongement|l'extension|l'arrivée] du tram [{a_quartier}|jusqu'aux Hauts-de-Sorgue|vers la gare|vers le campus], [c'est|ce serait|voilà] [une vraie bonne nouvelle|ce qu'on attend depuis {duree}|enfin du concret|la meilleure mesure du plan].",
            "[Des abris|Des bancs|Des écrans avec l'heure réelle|Des plans lisibles] [à chaque arrêt|aux arrêts {de_quartier}|sur la {ligne}], [ce n'est pas du luxe|ça changerait l'attente|ça ne coûte pas grand-chose].",
            "[Je prends|Nous prenons|Je prends tous les jours] la {ligne} [pour aller travailler|pour les courses|avec les enfants] et [je suis content{e}|c'est une bonne chose|je me réjouis] qu'on [investisse enfin|mette enfin le paquet|pense enfin] [dans le réseau|dans les bus|aux usagers].",
            "[Les couloirs de bus|La priorité aux feux|Les voies réservées] [font gagner|feraient gagner] [un temps fou|dix minutes par trajet|beaucoup de temps][, il en faut partout| sur la {ligne}|, c'est prouvé|].",
            "[Un bus de nuit|Un service de nuit|Une navette la nuit] [le week-end|le vendredi et le samedi|après minuit], [pour les jeunes|pour ceux qui travaillent tard|pour rentrer sans voiture][, je dis oui| : excellente idée|, enfin|].",
        ],
        "contre": [
            _BUS + " [est|arrive] [encore|toujours|systématiquement|une fois sur deux] en retard" + "[ le matin| le soir| à {heure}|][, et [personne ne fait rien|rien ne change|on ne nous prévient jamais]|, j'ai raté mon train [deux fois|encore] cette semaine|].",
            "[Le tram|Le bus|La {ligne}] " + _QUAND + ", [on est serrés comme des sardines|impossible de monter|c'est bondé|on attend le suivant]" + "[, et rien dans le plan pour ça|, alors doubler les rames ce serait bien|].",
            "Le dernier bus [part|passe] à [21 h|20 h 30|21 h 30] [{a_quartier}|chez nous|sur la {ligne}], [beaucoup trop tôt|c'est ridicule|après on est coincés][ pour qui travaille tard| quand on sort du travail|].",
            "[On|Le plan] [met|prévoit] [beaucoup d'argent|des millions|tout le budget] pour le tram [mais rien|et presque rien|et des miettes] pour les bus [des quartiers|de banlieue|{de_quartier}].",
            "[Les correspondances|Les changements] entre [le tram et les bus|la {ligne} et le tram|les lignes] [ne marchent pas|sont un cauchemar|posent problème][ : [on rate|je rate] le bus de deux minutes|, surtout le soir|].",
            "[Je doute|Je ne crois pas|J'ai du mal à croire] que [le tram soit prêt|le prolongement soit fini|la nouvelle ligne soit prête|la ligne soit en service] [en 2030|à temps|pour 2030], [on nous l'avait promis|c'était déjà annoncé|on nous l'a déjà vendu|c'était déjà au programme] [pour 2020|il y a dix ans|à la dernière élection|au mandat précédent].",
        ],
    },
    "Vélo et aménagements cyclables": {
        "pour": [
            "[Des pistes|Des voies cyclables|Des bandes cyclables] [séparées des voitures|protégées|vraiment sécurisées] [sur le boulevard|{a_quartier}|entre les quartiers|jusqu'au centre], [c'est la seule manière de faire venir|c'est la seule façon de faire venir|c'est ce qui fera venir|voilà comment on fera venir] [les familles|les enfants|les gens prudents] au vélo.",
            "[Je vais|Je vais tous les jours|Nous allons] [au travail|à l'école|en cours] à vélo [depuis {duree}|depuis peu|], et [les nouveaux axes changent tout|la piste {de_la_rue} me rassure|le réseau express est un vrai progrès].",
            "[Il faut|Il faudrait|Je demande] [des arceaux|des garages à vélos fermés|des abris vélos sécurisés] [près des gares|devant les écoles|{a_quartier}|aux arrêts de tram][, on se fait voler nos vélos| : mon vélo a été volé [le mois dernier|l'hiver dernier|deux fois]|, c'est urgent|].",
            "[L'aide à l'achat|La prime] [pour les vélos électriques|pour les vélos-cargos|pour un vélo] [devrait être élargie|doit être maintenue|est une très bonne chose][, surtout pour les familles| pour ceux qui habitent loin|].",
            "[Un atelier de réparation|Des cours de vélo|Une vélo-école] [dans chaque quartier|{a_quartier}|pour les enfants et les adultes], [ce serait génial|ça aiderait beaucoup|pourquoi pas].",
        ],
        "contre": [
            "La piste [{de_la_rue}|du boulevard|du pont] [s'arrête d'un coup|est coupée par les voitures garées|est pleine de trous|n'est pas éclairée][, c'est [dangereux|n'importe quoi|du bricolage]|, et on se retrouve au milieu des voitures|].",
            "[Les voitures|Les livreurs|Les camionnettes] [se garent|stationnent|s'arrêtent] [sur la piste cyclable|sur la bande vélo|n'importe où] [{a_quartier}|{lieu}|tous les jours][, et personne ne verbalise|, on doit slalomer|].",
            "[On a supprimé|Vous supprimez|Le plan supprime] [des places|une voie|des arbres] [pour des pistes vides|pour des vélos qu'on ne voit jamais|pour trois cyclistes par jour][, ça suffit| {a_quartier}|].",
            "[Les vélos|Les trottinettes|Les vélos électriques] [roulent vite|passent au rouge|roulent sur les trottoirs] [et personne ne contrôle|sans respecter personne|, j'ai failli être renversé{e} [hier|la semaine dernière|deux fois]].",
        ],
    },
    "Voiture et stationnement": {
        "pour": [
            "[Un parking relais|Des parkings relais|Un grand parking] [au terminus|près de la rocade|{a_quartier}] [avec le tram juste à côté|gratuit avec l'abonnement|bien surveillé], [c'est ce qui me ferait laisser la voiture|je dis oui|voilà une bonne idée].",
            "[Un tarif résident|Le stationnement résidentiel|Une vignette résident] [abordable|à prix réduit] [près de chez soi|{a_quartier}|dans notre rue], [c'est juste|c'est la moindre des choses|ça soulagerait les familles].",
            "[Des places de covoiturage|Des voitures partagées] [dans chaque quartier|près de la rocade|en bas des immeubles] [seraient utiles|changeraient la donne][ pour ceux qui roulent peu|].",
        ],
        "contre": [
            "[On supprime|Vous supprimez|Le plan supprime] [des places de stationnement|des places|le parking] [{a_quartier}|dans {la_rue}|devant les commerces] [sans rien proposer|sans solution|sans concertation][, où va-t-on se garer ?| : je tourne vingt minutes le soir|].",
            "[Sans voiture|Sans ma voiture], [impossible|pas moyen] [d'aller au travail|de faire les courses|d'emmener les enfants|d'aller voir ma mère] [à {heure}|le dimanche|depuis {quartier}][, il n'y a pas de bus|, soyons sérieux|].",
            "Le [prix|tarif] du [stationnement|parking relais|parking] [a doublé|a encore augmenté|a pris 30 %] [l'an dernier|cette année|depuis {duree}][, ce n'est plus incitatif|, c'est du racket|, pour les mêmes services].",
        ],
    },
    "Zone à faibles émissions et qualité de l'air": {
        "pour": [
            "[La ZFE|L'extension de la ZFE|La zone à faibles émissions] [va dans le bon sens|est nécessaire|protège la santé] : [mes enfants ont de l'asthme|ma fille tousse tout l'hiver|mon fils a de l'asthme|nous respirons mal] {a_quartier}.",
            "[Moins de voitures polluantes|Moins de vieux diesels|Moins de pollution], [c'est moins de maladies|c'est un air plus sain|c'est la santé de nos enfants][, il faut tenir bon|, l'extension est une bonne chose|].",
            "[Je soutiens|Je suis pour|Oui à] la ZFE, [à condition|mais seulement|pourvu] qu'il y ait [des aides|des bus|des solutions] pour [ceux qui n'ont pas les moyens|les familles modestes|les artisans].",
        ],
        "contre": [
            "[La ZFE|Cette ZFE|L'extension de la ZFE] [va interdire|interdit|va exclure] [ma voiture|ma vieille voiture|mon utilitaire] [alors que je roule peu|qui roule très bien|et je n'ai pas les moyens d'en changer][, c'est injuste|, c'est de l'écologie punitive|].",
            "[On nous interdit|On m'interdit] de rouler [alors que|pendant que|mais] [les camions de livraison|les bateaux du port|les avions] [continuent de polluer|polluent dix fois plus][, cherchez l'erreur|].",
            "[Comment|Avec quel argent] [je vais|on va] [changer de voiture|acheter une électrique|aller travailler] [avec le SMIC|avec ma retraite|avec trois enfants] ? [La ZFE, c'est pour les riches|Personne ne répond à ça|].",
        ],
    },
    "Marche et espaces piétons": {
        "pour": [
            "[Des trottoirs larges|Des trottoirs dégagés|Des rues piétonnes] [{a_quartier}|dans le centre|autour des écoles], [c'est ce qui rend la ville agréable|on en veut plus|ça change la vie].",
            "[Des bancs|De l'ombre|Des arbres] [le long des trottoirs|sur le chemin du marché|{a_quartier}] [pour les personnes âgées|pour souffler un peu|pour l'été], [c'est simple et utile|ça ne coûte presque rien|merci d'y penser].",
        ],
        "contre": [
            "[Marcher|Se promener|Aller à pied] [le long {de_la_rue}|sur le boulevard|{a_quartier}] [est désagréable et bruyant|est une épreuve|c'est slalomer entre les obstacles][, entre les voitures et les poubelles|, surtout avec une poussette|].",
            "[Traverser|Passer] [le boulevard|le carrefour|la rue] [avec mes courses|avec la poussette|avec ma canne] [prend trois feux|c'est une expédition|est dangereux][, c'est épuisant|, le feu piéton est trop court|].",
            "Les trottoirs [sont encombrés|sont envahis|débordent] [de poubelles|de trottinettes|de voitures garées|de terrasses] [{a_quartier}|dans {la_rue}|partout], [on marche sur la route|impossible de passer en fauteuil|personne ne fait rien].",
        ],
    },
    "Tarifs et abonnements": {
        "pour": [
            "[La gratuité|Le tarif réduit|L'abonnement à moitié prix] pour [les moins de 18 ans|les étudiants|les seniors|les demandeurs d'emploi] [est une très bonne mesure|change la vie des familles|c'est juste][, merci|, bravo|].",
            "[Un abonnement famille|Un ticket journée pas cher|Un pass week-end] [ferait venir|attirerait|ramènerait] [les familles|les jeunes|du monde] [dans les transports|dans le tram|en ville].",
        ],
        "contre": [
            "Le ticket à [1,90|2|2,10] euros, [pour une famille|deux fois par jour|pour un aller-retour], [c'est trop cher|ça finit par peser|c'est pas possible][, on prend la voiture|].",
            "[Les seniors|Les étudiants|Les familles nombreuses] [ont perdu|vont perdre] [leur réduction|leur tarif|leur abonnement aidé][, c'est injuste| et personne ne l'a dit|, bravo la solidarité].",
        ],
    },
    "Sécurité routière et vitesse": {
        "pour": [
            "[Des contrôles de vitesse|Des radars|Des ralentisseurs] [plus fréquents|enfin] [sur la rocade|devant les écoles|{a_quartier}|dans {la_rue}] [sauveraient des vies|seraient bienvenus|c'est indispensable].",
            "[Le 30 km/h|La zone 30|La limitation à 30] [devant les écoles|dans les quartiers|{a_quartier}], [je suis pour|c'est du bon sens|ça rassure les parents].",
        ],
        "contre": [
            "[Les voitures|Les motos|Les scooters] [roulent beaucoup trop vite|font des rodéos|ne s'arrêtent pas] [dans {la_rue}|{a_quartier}|devant l'école] [le soir|la nuit|tous les jours][, un jour il y aura un drame|, et la police ne vient jamais|].",
            "[Le 30 km/h partout|La limitation à 30 partout|Les ralentisseurs partout] [c'est absurde|ne sert à rien|c'est trop] [sur les grands axes|sur le boulevard|sur la rocade][, on perd du temps pour rien|].",
        ],
    },
    "Desserte des quartiers périphériques": {
        "pour": [
            "[Un bus direct|Une navette|Une ligne express] [{de_quartier}|depuis chez nous] [vers la gare|vers la zone d'emploi|vers l'hôpital|vers le centre], [ce serait une révolution|on l'attend depuis {duree}|ça changerait tout].",
        ],
        "contre": [
            "[{A_quartier}|Chez nous|Dans notre quartier], [le dernier bus passe à 20 h 30|il n'y a qu'un bus par heure|le bus ne passe plus le dimanche][, après on est coupés du monde|, on est oubliés|].",
            "[Le plan|Ce plan|Ce projet] [concentre tout sur le centre|oublie la périphérie|ne dit rien {de_quartier}][, encore une fois| : on paie les mêmes impôts|].",
        ],
    },
    "Calendrier des travaux et concertation": {
        "pour": [
            "[Un panneau d'information|Une carte des chantiers|Une date de fin affichée] [à chaque chantier|mise à jour chaque semaine|sur le site], [c'est le minimum|ce serait bien utile|merci d'y penser].",
        ],
        "contre": [
            "Les travaux [{de_la_rue}|du tram|du boulevard] [durent depuis {duree}|n'en finissent pas|sont à l'arrêt depuis {duree}] et [personne ne sait quand ils finiront|on n'a aucune information|les commerces ferment].",
        ],
    },
    "Livraisons et logistique urbaine": {
        "pour": [
            "[Des points relais|Des casiers à colis|Des consignes] [dans chaque quartier|{a_quartier}|près des arrêts] [éviteraient|limiteraient] [les camionnettes devant chaque porte|les livraisons en double file|les allers-retours des livreurs].",
        ],
        "contre": [
            "[Les camions de livraison|Les camionnettes|Les livreurs] [bloquent|encombrent] [{la_rue}|la rue|le trottoir] [chaque matin|toute la journée|à {heure}][, en double file|, moteur allumé|].",
        ],
    },
    "Accessibilité des personnes handicapées": {
        "pour": [
            "[Des annonces sonores|Des bus à plancher bas|Des arrêts surélevés] [dans tous les bus|sur toutes les lignes|{a_quartier}], [c'est l'autonomie pour nous|merci de les généraliser|il faut aller plus vite].",
        ],
        "contre": [
            "[La rampe du bus|L'ascenseur de la station|Le quai] [ne marche pas|est en panne|n'est pas adapté] [une fois sur trois|depuis {duree}|{a_quartier}], [et je reste sur le trottoir|on me dit d'attendre le suivant|en fauteuil c'est impossible].",
            "[Avec ma canne blanche|Avec mon chien guide|Quand on est malvoyant{e}], [je me heurte|on se cogne] [aux panneaux de chantier|aux trottinettes couchées|aux poteaux] [posés au milieu du trottoir|sur les bandes podotactiles|devant l'arrêt][, et personne ne les enlève|, plusieurs fois par semaine|].",
            "[Les bornes de vente|Les valideurs|Les interphones des stations] [sont trop hauts|sont inaccessibles|ne sont pas à hauteur] pour [une personne en fauteuil|quelqu'un de petite taille|mon fils en fauteuil][, c'est la base de l'accessibilité|, la loi de 2005 le prévoyait déjà|].",
            "[Le transport à la demande pour les personnes handicapées|Le service de transport adapté|Le minibus PMR] [se réserve huit jours à l'avance|refuse les trajets du soir|n'accepte pas les courses imprévues][, impossible de vivre normalement|, on ne choisit pas quand on a un rendez-vous|].",
            "[Mon fils autiste|Ma fille sourde|Mon frère, qui a un handicap mental,] [panique dans les rames bondées|ne comprend pas les annonces|se perd aux correspondances] et [rien n'est prévu pour lui|personne n'est formé|le plan n'en dit pas un mot].",
        ],
    },
    "Sécurité des femmes la nuit": {
        "pour": [
            "[L'arrêt à la demande|La descente entre deux arrêts|Un arrêt sur demande] [le soir|après 22 h|la nuit] [pour les femmes seules|pour rentrer plus près|], [c'est essentiel|je le demande|ça rassure].",
            "[Un numéro d'alerte|Un bouton d'alerte dans les rames|Une appli pour signaler le harcèlement] [relié au poste de sécurité|avec une réponse immédiate|connu de toutes les voyageuses], [je suis pour|ce serait une vraie protection|il faut le généraliser].",
            "[Former les conducteurs et les conductrices|La formation des agents] [au harcèlement|à réagir face au harcèlement|à l'accueil des victimes], [c'est indispensable|c'est simple et ça change tout|je le soutiens à cent pour cent].",
        ],
        "contre": [
            "[En tant que femme|Quand je rentre seule|Le soir], [je n'ose plus|j'ai peur de] [prendre le tram|attendre à l'arrêt|marcher depuis la station] [après 22 h|après {heure}|la nuit][, rien n'est prévu dans le plan|].",
            "[On m'a suivie|Un homme m'a suivie|J'ai été suivie] [depuis la station|depuis l'arrêt|dans le bus de nuit] [jusqu'à chez moi|jusqu'à mon immeuble|sur deux rues][, et le plan ne propose rien| : depuis, je prends un taxi que je ne peux pas me payer|].",
            "[Le harcèlement|Les remarques, les sifflets et le harcèlement] [dans les rames|aux arrêts de nuit|dans le bus du soir], [toutes les femmes que je connais l'ont vécu|ma fille de seize ans le subit déjà|c'est notre quotidien][, et le dossier n'en parle pas|, personne ne réagit|].",
            "[Des agents de médiation|Des agentes et agents de médiation|Une présence humaine] [dans les stations|dans le tram|aux arrêts de nuit] [le soir|après 21 h|le week-end] [rassureraient les voyageuses|changeraient tout pour nous|plutôt que des caméras de plus].",
            "[Une marche exploratoire de femmes|Les marches exploratoires|Une marche exploratoire avec les habitantes] [autour de la gare|entre l'arrêt et les résidences|{a_quartier}] [a montré|montrerait] [les passages sombres|les coins où on ne se sent pas en sécurité|ce qu'il faut éclairer en priorité][, faites-en une dans chaque quartier|].",
        ],
    },
}

# Deuxième série : les mêmes thèmes, d'autres idées (reprises des phrases écrites d'un bloc,
# découpées en éléments).
_PLUS = {
    "Transports en commun": {
        "pour": [
            "[Une ligne express|Un bus direct|Une navette rapide] entre [la gare|le centre] et [la zone d'activités|l'hôpital|le campus|{quartier}] [serait très utile|rendrait service à beaucoup de monde|manque vraiment][, surtout le matin|, je la prendrais tous les jours|].",
            "[Des horaires en temps réel|L'heure de passage affichée|Un écran d'information] [à chaque arrêt|à l'arrêt {de_quartier}|sur toutes les lignes][, comme sur la ligne A|, comme dans les autres villes|] : [ce n'est pas compliqué|ça évite d'attendre pour rien|on en rêve].",
            "[Le tram-train|Un train cadencé|Une vraie desserte ferroviaire] vers [les communes de la deuxième couronne|les villages autour|la vallée] [est indispensable|soulagerait la rocade|ferait venir les gens sans voiture].",
            "[Je suis favorable|Je dis oui|Bravo] à [la priorité donnée aux bus|la priorité aux bus] [aux carrefours|aux feux|sur le boulevard][, ils perdent un temps fou dans les bouchons|, enfin|].",
            "[Depuis que|Maintenant que] la {ligne} passe [toutes les huit minutes|plus souvent|aussi le dimanche], [je laisse ma voiture au garage|je ne prends plus la voiture|on a vendu notre deuxième voiture][, comme quoi ça marche|].",
        ],
        "contre": [
            "[La suppression|La fermeture|Le déplacement] de l'arrêt [Fontaine-Sèche|Capitainerie|du marché|près de chez moi] [est une erreur|est incompréhensible|pénalise les habitants|oblige les anciens à marcher dix minutes de plus].",
            "[Les bus électriques|Les nouveaux bus|Les bus hybrides] [achetés|livrés] [l'an dernier|récemment] [tombent régulièrement en panne|restent au dépôt|sont déjà HS une semaine sur deux][, bravo l'investissement|].",
            "[On voit plus de contrôleurs que de bus|Les contrôleurs sont plus présents que les bus|Il y a plus de contrôles que de passages] [{a_quartier}|dans mon quartier|sur la {ligne}][, cherchez l'erreur|].",
            "[Le réseau|Tout le réseau|Le plan] [est pensé pour le centre-ville|tourne autour du centre|ne sert que l'hypercentre], [pas pour ceux qui vivent en périphérie|et tant pis pour les quartiers|et nous, on fait comment ?].",
            "[Les travaux du tram ont duré trois ans, et|Après trois ans de travaux,] [la ligne n'est pas plus rapide que l'ancien bus|on ne gagne pas une minute sur l'ancien bus|on met le même temps qu'avant|rien n'a changé pour nous][, tout ça pour ça|].",
            "[Le plan ne dit rien|Pas un mot|Rien] sur [la fiabilité|la ponctualité|les bus supprimés sans prévenir], [c'est pourtant le premier problème des usagers|alors que c'est ce qui nous pourrit la vie|c'est là qu'il faut commencer].",
        ],
    },
    "Vélo et aménagements cyclables": {
        "pour": [
            "[Le réseau express vélo|Les grandes pistes entre quartiers|Le réseau cyclable] [est la meilleure mesure du plan|va changer la ville|est une vraie avancée][, à condition de le finir|, il faut aller vite|].",
            "[Ouvrir les rues aux vélos dans les deux sens|Le double sens cyclable|Les contresens cyclables] [partout où c'est possible|dans les petites rues|{a_quartier}], [ça raccourcit les trajets|c'est simple et pas cher|c'est ce qui marche ailleurs].",
            "[Les écoles|Les collèges] devraient [apprendre le vélo en ville|faire passer un permis vélo|organiser des rangs à vélo] [à tous les enfants|dès le CM1|chaque année][, comme aux Pays-Bas|].",
            "[Des itinéraires balisés|Des panneaux avec les temps de parcours|Un jalonnement] pour [rejoindre les zones d'emploi|aller à la gare|traverser la ville] à vélo [seraient très utiles|aideraient les débutants|manquent].",
            "[Les vélos-cargos partagés|Des vélos-cargos en location|Des vélos pour les enfants] [aideraient beaucoup les parents|pour les courses et l'école|, pourquoi pas à l'essai {a_quartier}].",
        ],
        "contre": [
            "[Aucune piste|Rien] ne permet de traverser [la rocade|le fleuve|la voie ferrée] [en sécurité|sans risquer sa vie|à vélo][, on fait des détours énormes|, c'est le chaînon manquant|].",
            "[Les vols de vélos sont si fréquents|Le vol de vélos est tellement courant] que [je n'ose plus laisser le mien en ville|j'ai arrêté le vélo|je monte mon vélo à l'appartement][, il faut des garages fermés|].",
            "[La piste {de_la_rue}|La piste du boulevard de Bellerive|La bande cyclable du centre] est [mal conçue|absurde|dangereuse] : [on doit slalomer entre les poteaux|elle passe derrière les voitures garées|elle s'arrête au carrefour].",
            "[Pour les femmes|Le soir|Pour les jeunes], [le vélo|la piste le long du canal] [passe par des zones désertes|fait peur|manque d'éclairage][, alors on laisse tomber|, il faut éclairer|].",
        ],
    },
    "Voiture et stationnement": {
        "pour": [
            "[Réduire la place de la voiture|Moins de voitures en ville], [oui|d'accord|pourquoi pas], mais [avec de vraies alternatives|pas avant d'avoir des bus qui passent|en pensant à ceux qui n'ont pas le choix].",
            "[Des bornes de recharge|Des bornes électriques|Des prises de recharge] [dans chaque parking public|dans les quartiers|près des immeubles], [c'est indispensable|il en manque cruellement|sinon personne ne passera à l'électrique].",
            "[Faire payer|Verbaliser|Enlever] les voitures ventouses [{a_quartier}|dans {la_rue}|qui ne bougent pas depuis des mois], [je suis pour|enfin|ça libérerait des places].",
            "[Transformer des places de stationnement|Remplacer quelques places] en [terrasses|arbres|arceaux vélo|bancs], [c'est une belle idée|je soutiens|pourquoi pas, mais pas partout].",
        ],
        "contre": [
            "[Je suis artisan|Je suis dans la plomberie|Je suis en soins infirmiers à domicile|Je travaille chez les clients|Je fais des dépannages à domicile] et je ne [peux plus|trouve plus à|sais plus où] me garer [pour travailler|près des chantiers|{a_quartier}|devant chez les clients][, je prends des amendes tous les mois|, c'est intenable|].",
            "[Les personnes âgées|Les personnes malades|Les personnes handicapées] [ont besoin de leur voiture|dépendent de leur voiture|ne peuvent pas se passer de voiture][, pensez à elles|, elles ne prendront pas le vélo|].",
            "[Les parkings relais|Les parkings du terminus|Les P+R] sont pleins dès [7 h 30|7 h|8 h][, ça ne sert à rien|, il faut les agrandir|, après on fait comment ?].",
            "[Ce plan|Ce projet|La Métropole] [mène une guerre contre|s'acharne sur|fait la chasse aux] [les automobilistes|ceux qui roulent][, comme d'habitude|, c'est idéologique|].",
            "[Les familles avec trois enfants ne peuvent|Les familles nombreuses ne peuvent|Avec trois enfants, on ne peut] pas tout faire en tram[, soyons réalistes|, il faut le dire|].",
        ],
    },
    "Zone à faibles émissions et qualité de l'air": {
        "pour": [
            "[Des capteurs de qualité de l'air|Des capteurs de pollution] [près des écoles|sur le boulevard de Bellerive|{a_quartier}], [affichés en temps réel|publiés chaque jour|], [pour que tout le monde sache ce qu'on respire|ce serait éclairant].",
            "[La pollution|L'air] [sur le boulevard|près de la rocade|{a_quartier}] [dépasse régulièrement les seuils|est irrespirable l'été|est un vrai problème de santé], il faut agir[, la ZFE en fait partie|].",
            "[Un calendrier clair|Des dérogations pour les petits rouleurs|Des aides simples], [et la ZFE passera mieux|c'est la condition pour que la ZFE soit acceptée|sinon ça ne marchera pas].",
        ],
        "contre": [
            "[La ZFE|Cette mesure] [exclut|chasse] [les habitants des quartiers populaires|les gens modestes|ceux qui habitent loin] du centre-ville[, c'est une ville pour les riches|, sans le dire|].",
            "[La vignette Crit'Air|Le classement Crit'Air] ne [reflète|mesure] pas la pollution réelle[ des véhicules|][ : ma vieille voiture pollue moins qu'un gros SUV neuf|, tout le monde le sait|].",
            "[Les aides|Les primes à la conversion|Les aides de la Métropole] [sont insuffisantes|sont trop compliquées à obtenir|ne couvrent pas le quart du prix][, j'ai abandonné le dossier|].",
            "[La ZFE va pénaliser|La ZFE pénalise] [les artisans|les petites entreprises|les livreurs indépendants][, qui n'ont pas les moyens de changer de camion|].",
        ],
    },
    "Marche et espaces piétons": {
        "pour": [
            "[Piétonniser|Rendre piéton|Fermer aux voitures] [le centre historique|la place du Marché-Couvert|la rue commerçante {a_quartier}] [rendrait la ville beaucoup plus agréable|, oui|, c'est ce qui manque].",
            "[Des rues aux écoles|Fermer les rues des écoles|Couper la circulation devant l'école] [à l'entrée et à la sortie des classes|le matin et à 16 h 30], [c'est indispensable|tout le monde y gagne|les enfants respirent].",
            "[Des chemins piétons|Des passages|Des sentiers] entre [les lotissements|les résidences|les immeubles] [éviteraient de longs détours|raccourciraient les trajets|permettraient d'aller à l'école à pied].",
        ],
        "contre": [
            "[La piétonnisation|Piétonniser le centre] va [tuer|achever|vider] les commerces[ du centre-ville|][, demandez aux commerçants|].",
            "[Les feux piétons|Les feux] sont trop courts pour traverser [le boulevard|l'avenue|le carrefour {de_quartier}][, surtout avec une canne|, on reste coincé au milieu|].",
            "[Le plan parle beaucoup de vélo|Tout est pour le vélo] et [presque pas des piétons|rien pour les piétons|on oublie ceux qui marchent].",
            "[Les pavés du centre|Les trottoirs en pente|Les passages cloutés en métal] sont [glissants|dangereux] dès qu'il pleut[, ma voisine est tombée l'hiver dernier|].",
        ],
    },
    "Tarifs et abonnements": {
        "pour": [
            "[Un tarif solidaire|Un tarif selon les revenus|Un prix selon le quotient familial] [est plus juste qu'une gratuité pour tous|me paraît la bonne solution|c'est ce qu'il faut].",
            "[Un abonnement unique|Une seule carte] pour [le tram, le bus et le vélo|le bus et le parking relais|tout le réseau] [serait l'idéal|simplifierait la vie|c'est le bon sens].",
            "[Payer avec sa carte bancaire|Valider avec son téléphone|Le ticket sur le téléphone|Le paiement sans contact] [directement dans le bus|à la montée|dans le tram], [c'est un vrai progrès|ça simplifie tout|enfin][, merci|, bravo|].",
        ],
        "contre": [
            "[Le prix de l'abonnement|L'abonnement mensuel|Le ticket] a encore augmenté[, c'est trop cher| alors que le service se dégrade|, sans explication].",
            "[L'application de billettique|L'appli pour les tickets] [plante régulièrement|ne marche pas sur mon téléphone|demande un compte pour tout][, résultat je paie une amende|].",
            "[Les distributeurs de tickets|Les bornes] sont [souvent en panne|hors service] [aux arrêts|à la station {de_quartier}|le dimanche][, et on ne peut pas payer dans le bus|].",
            "[La gratuité coûtera|Les transports gratuits coûteraient|Tout gratuit, ça coûtera] [cher|une fortune] aux contribuables[ sans améliorer le service| pour un service identique|][, mieux vaut plus de bus|].",
        ],
    },
    "Sécurité routière et vitesse": {
        "pour": [
            "[Des radars pédagogiques|Des plateaux surélevés|Des chicanes] [devant toutes les écoles|aux carrefours|{a_quartier}] [ralentissent vraiment les voitures|c'est efficace|je suis pour].",
            "[Les passages piétons|Les passages cloutés] doivent être [mieux éclairés|surélevés|plus visibles][ la nuit| près des arrêts|].",
        ],
        "contre": [
            "[Le carrefour|Le rond-point|Le croisement] [{de_quartier}|près de chez moi|{lieu}] est [un danger permanent|très accidentogène|mal conçu][, il y a eu deux accidents cette année|, personne ne respecte la priorité|].",
            "[Les automobilistes|Les voitures] [ne s'arrêtent jamais|ne laissent jamais passer] aux passages piétons [{a_quartier}|dans {la_rue}|devant l'école][, même avec des enfants|].",
        ],
    },
    "Desserte des quartiers périphériques": {
        "pour": [
            "[Enfin un plan qui pense|Je suis content{e} qu'on pense enfin] aux quartiers périphériques[ comme le nôtre|, {a_quartier}|].",
            "[Une ligne de rocade|Un bus de quartier à quartier|Une ligne circulaire] [éviterait de passer par le centre|relierait enfin les quartiers entre eux][, pour aller {a_quartier} sans changer deux fois|].",
        ],
        "contre": [
            "[Les jeunes|Les lycéens|Les apprentis] {de_quartier} ne peuvent pas aller [en formation|au lycée|au travail] faute de bus [le matin|avant 7 h|le samedi].",
            "[On nous promet le tram|On attend le tram|Le tram est promis] depuis [vingt ans|des années|toujours] {a_quartier}[, on n'y croit plus|].",
        ],
    },
}

for _theme, _sens in _PLUS.items():
    for _cle, _idees in _sens.items():
        IDEES.setdefault(_theme, {}).setdefault(_cle, []).extend(_idees)
