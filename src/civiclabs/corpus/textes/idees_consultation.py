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
            "[Les correspondances|Les changements] entre [le tram et les bus|la {ligne} et le tram|les lignes] [sont très mal faites|ne marchent pas|sont un cauchemar][ : [on rate|je rate] le bus de deux minutes|, surtout le soir|].",
            "[Je doute|Je ne crois pas|J'ai du mal à croire] que [le tram|le prolongement|la nouvelle ligne] soit [prêt|prête|fini] en 2030, [on nous l'avait promis|c'était déjà annoncé] [pour 2020|il y a dix ans|à la dernière élection].",
        ],
    },
    "Vélo et aménagements cyclables": {
        "pour": [
            "[Des pistes|Des voies cyclables|Des aménagements] [séparées des voitures|protégées|vraiment sécurisées] [sur le boulevard|{a_quartier}|entre les quartiers|jusqu'au centre], [c'est la seule façon|c'est ce qui fera venir|voilà comment on fera venir] [les familles|les enfants|les gens prudents] au vélo.",
            "[Je vais|Je vais tous les jours|Nous allons] [au travail|à l'école|en cours] à vélo [depuis {duree}|depuis peu|], et [les nouveaux axes|la piste {de_la_rue}|le réseau express] [changent tout|me rassurent|sont un vrai progrès].",
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
            "[Un tarif résident|Le stationnement résidentiel|Une vignette résident] [abordable|à prix réduit|moins cher] [près de chez soi|{a_quartier}|dans notre rue], [c'est juste|c'est la moindre des choses|ça soulagerait les familles].",
            "[Des places de covoiturage|L'autopartage|Des voitures partagées] [dans chaque quartier|près de la rocade|en bas des immeubles] [seraient utiles|changeraient la donne|c'est l'avenir][ pour ceux qui roulent peu|].",
        ],
        "contre": [
            "[On supprime|Vous supprimez|Le plan supprime] [des places de stationnement|des places|le parking] [{a_quartier}|dans {la_rue}|devant les commerces] [sans rien proposer|sans solution|sans concertation][, où va-t-on se garer ?| : je tourne vingt minutes le soir|].",
            "[Sans voiture|Sans ma voiture], [impossible|pas moyen] [d'aller au travail|de faire les courses|d'emmener les enfants|d'aller voir ma mère] [à {heure}|le dimanche|depuis {quartier}][, il n'y a pas de bus|, soyons sérieux|].",
            "Le [prix|tarif] du [stationnement|parking relais|parking] [a doublé|a encore augmenté|a pris 30 %] [l'an dernier|cette année|depuis {duree}][, ce n'est plus incitatif|, c'est du racket|, pour les mêmes services].",
        ],
    },
    "Zone à faibles émissions et qualité de l'air": {
        "pour": [
            "[La ZFE|L'extension de la ZFE|La zone à faibles émissions] [va dans le bon sens|est nécessaire|protège la santé] : [mes enfants|ma fille|mon fils|nous] [avons de l'asthme|toussons tout l'hiver|respirons mal] {a_quartier}.",
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
        ],
    },
    "Sécurité des femmes la nuit": {
        "pour": [
            "[L'arrêt à la demande|La descente entre deux arrêts|Un arrêt sur demande] [le soir|après 22 h|la nuit] [pour les femmes seules|pour rentrer plus près|], [c'est essentiel|je le demande|ça rassure].",
        ],
        "contre": [
            "[En tant que femme|Quand je rentre seule|Le soir], [je n'ose plus|j'ai peur de] [prendre le tram|attendre à l'arrêt|marcher depuis la station] [après 22 h|après {heure}|la nuit][, rien n'est prévu dans le plan|].",
        ],
    },
}
