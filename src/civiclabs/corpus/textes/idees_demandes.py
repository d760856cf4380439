"""Idées des demandes, écrites comme des gabarits à éléments indépendants (par sujet).

Même principe que ``idees_consultation.py`` : l'objet, le constat, le moment, le lieu et la
conséquence ont chacun plusieurs formulations. Ces idées décrivent un problème ordinaire
(sans danger) : les phrases de danger restent dans les modules de service, où elles portent
l'urgence de référence.
"""

_DEPUIS = "[depuis {duree}|depuis des semaines|depuis le début du mois|depuis {jour} dernier|depuis un bon moment]"
_ENCORE = "[encore|toujours|de nouveau|une fois de plus]"

IDEES = {
    "dépôt sauvage": [
        "[Un matelas|Un vieux canapé|Un frigo|Un sommier|Un lave-linge|Un vieux fauteuil|Un tas de gravats] [a été déposé|traîne|a été abandonné|est posé] [{lieu}|au coin {de_la_rue}|le long du trottoir|contre le mur de l'immeuble] " + _DEPUIS + ".",
        "[Quelqu'un vide|Quelqu'un a vidé|Une camionnette dépose|Des gens déposent] [des encombrants|un appartement entier|des déchets de chantier] [{lieu}|dans {la_rue}|derrière les containers][ la nuit| le week-end| en pleine journée|][, et personne ne ramasse|, ça s'accumule|].",
        "[Le coin|L'angle|Le bout] {de_la_rue} [est devenu|se transforme en|ressemble à] [une décharge|un dépotoir|une déchetterie à ciel ouvert][, avec les odeurs qui vont avec| : meubles, sacs, gravats|].",
        "[Les encombrants|Les dépôts] [ne sont pas ramassés|restent sur place|reviennent chaque semaine] [{a_quartier}|dans notre rue|{lieu}][, alors que le jour de collecte est passé|, ça attire les rats|].",
    ],
    "collecte des ordures": [
        "[Le camion poubelle|La collecte|Le ramassage] [a sauté|n'a pas eu lieu] [{jour}|cette semaine|depuis {duree}|deux fois de suite] [dans {la_rue}|{a_quartier}|chez nous][, les bacs débordent|, les sacs s'entassent sur le trottoir|].",
        "[Notre bac|Le bac jaune|Le conteneur à verre|Le bac à ordures] [est cassé|a disparu|a le couvercle arraché|n'a jamais été livré][, comment fait-on ?|, merci d'en livrer un nouveau|].",
        "[Les éboueurs|Les agents de collecte] [passent à {heure}|passent de plus en plus tôt|passent très tard], [et on n'a pas le temps de sortir les poubelles|ça réveille tout le monde|c'est imprévisible].",
        "[Le tri|Le ramassage des biodéchets] [n'est pas organisé|n'existe pas|est inexistant] [dans notre résidence|{a_quartier}|dans {la_rue}][, on voudrait bien trier|, on jette tout ensemble faute de mieux|].",
    ],
    "nuisibles": [
        "[Des rats|Des souris|Des cafards|Des punaises de lit] [se promènent|ont envahi|prolifèrent] [{lieu}|dans la cour|dans les caves|autour des poubelles] " + _DEPUIS + "[, même en plein jour|, les enfants ont peur|].",
        "[Un nid de guêpes s'est installé|Un nid de frelons s'est installé|Des pigeons nichent|Des pigeons se sont installés] [sous le toit|dans l'arbre {de_la_rue}|au-dessus de l'entrée|sur le balcon du voisin][, il faudrait une intervention|, on ne peut plus ouvrir les fenêtres|].",
        "[Les pigeons|Les goélands|Les corneilles] [salissent tout|éventrent les sacs|font un bruit terrible] [{lieu}|dans la rue|sur la place][, une voisine les nourrit tous les jours|, c'est infernal|].",
    ],
    "saleté de l'espace public": [
        "[Les trottoirs {de_la_rue} sont couverts|Les trottoirs {de_la_rue} sont jonchés|La place est couverte|Le parvis est couvert|Le passage {lieu} est jonché] de [mégots|papiers gras|crottes de chien|bouteilles cassées|canettes] " + _DEPUIS + ".",
        "[Les corbeilles|Les poubelles de rue|Les poubelles publiques] [débordent|ne sont plus vidées|ont été retirées] [{lieu}|dans {la_rue}|le long du parc][, les déchets s'envolent partout|, tout finit par terre|].",
        "[Des tags|Des graffitis|Des affiches sauvages] [recouvrent|ont envahi|abîment] [le mur de l'école|la façade {de_la_rue}|l'abribus|le transformateur] [{lieu}|depuis {duree}|][, ce serait bien de nettoyer|].",
        "[La rue n'a pas été balayée|Le trottoir n'a pas été nettoyé|Le caniveau n'a pas été nettoyé|La rue n'a pas été lavée] [depuis des semaines|depuis {duree}|depuis l'automne], [les feuilles pourrissent|ça glisse|ça sent mauvais].",
    ],
    "harcèlement et insécurité": [
        "[Des hommes|Des jeunes|Plusieurs individus] [traînent|se regroupent|stationnent] [{lieu}|en bas {de_la_rue}|devant l'entrée] [tous les soirs|à partir de {heure}|le week-end] et [font des remarques aux femmes|interpellent les passantes|sifflent les filles][, je change de trottoir|, on n'ose plus passer|].",
        "[Je me fais|Ma fille se fait|On se fait] [suivre|aborder|insulter] [en rentrant|à la sortie du tram|près de la gare] [vers {heure}|le soir|en pleine journée][, ça devient insupportable|, j'ai peur|].",
        "[Le passage|La ruelle|Le parking] [{de_la_rue}|{lieu}] [fait peur|inquiète tout le monde|est à éviter] [la nuit|dès qu'il fait noir|le soir][, on évite d'y passer|, il faudrait plus de passages de la police|].",
    ],
    "chaussée et trottoirs": [
        "[Un nid-de-poule|Un trou|Une fissure|Un affaissement] [s'agrandit|ne fait que grandir|s'aggrave] [au milieu {de_la_rue}|{lieu}|devant le numéro pair|au carrefour] " + _DEPUIS + "[, les voitures font des écarts|, il se remplit d'eau quand il pleut|].",
        "Le trottoir {de_la_rue} est [défoncé|soulevé par les racines|plein de trous|trop étroit][, on trébuche| : impossible de passer avec une poussette|, ma mère a failli tomber|].",
        "[Les pavés|Les dalles|Les bordures] [se déchaussent|bougent|se décollent] [{lieu}|sur la place|dans {la_rue}][ depuis les travaux| depuis l'hiver|].",
        "La tranchée [des travaux de la fibre|du chantier du gaz|des réseaux] a été [mal rebouchée|rebouchée à la va-vite|laissée ouverte] [{lieu}|dans {la_rue}][, ça s'enfonce|, il y a une marche|].",
    ],
    "pistes cyclables et transports": [
        "[La piste cyclable|La bande vélo|La voie verte] [{de_la_rue}|le long du canal|{lieu}] [s'arrête d'un coup|est encombrée de voitures|est pleine de trous|n'est pas entretenue][, on doit rouler sur la chaussée|].",
        "[L'abribus|L'arrêt de bus|L'abri] [{lieu}|{de_la_rue}] [n'a plus de vitre|est cassé|n'a pas de banc|n'a plus d'horaires affichés] " + _DEPUIS + ".",
        "[Il manque|On n'a pas|Il faudrait] [des arceaux vélo|un abri vélo|des places pour les vélos] [{lieu}|devant la gare|près de l'école][, on attache nos vélos aux grilles|].",
    ],
    "travaux et chantiers": [
        "[Le chantier|Le chantier de l'immeuble|Le chantier d'en face] [{de_la_rue}|{lieu}] [commence|démarre|fait du bruit] [à 7 h|dès 6 h 30|avant 7 h] [même le samedi|tous les jours|][, est-ce autorisé ?|, c'est normal ?|].",
        "[Les barrières|Les palissades|Les engins] du chantier [bloquent|encombrent|occupent] [le trottoir|la moitié de la rue|l'arrêt de bus] [{de_la_rue}|{lieu}] " + _DEPUIS + "[ sans aucun panneau|, sans passage pour les piétons|].",
        "Les travaux [{de_la_rue}|du quartier] [devaient finir|devaient être finis] [en mars|à l'été|avant l'hiver] et [rien ne bouge|il n'y a plus personne|ça traîne].",
    ],
    "signalisation et circulation": [
        "[Les voitures|Les scooters|Les camionnettes] [roulent beaucoup trop vite|ne respectent pas le stop|prennent le sens interdit] [dans {la_rue}|{lieu}|devant l'école][ à toute heure| le matin| le soir|][, il faudrait un ralentisseur|, un radar serait utile|].",
        "[Le feu|Le panneau stop|Le marquage du passage piéton] [{lieu}|au carrefour {de_la_rue}] [est en panne|a disparu|est effacé|est caché par les branches] " + _DEPUIS + ".",
        "[Les camions|Les poids lourds|Les bus de tourisme] [passent par|coupent par|empruntent] [notre petite rue|{la_rue}] [pour éviter le boulevard|à cause du GPS|toute la journée][, ça fait trembler les maisons|].",
    ],
    "égouts et inondations": [
        "[La bouche d'égout est bouchée|L'avaloir est bouché|Le regard est bouché] [{lieu}|devant chez moi|au bout {de_la_rue}] [par les feuilles|par la terre|depuis {duree}][, à chaque pluie la rue est inondée|, l'eau stagne|].",
        "[Une odeur d'égout remonte|Des odeurs d'égout remontent|Ça sent les égouts] [dans {la_rue}|{lieu}|dans la cour] [quand il fait chaud|le soir|depuis {duree}][, c'est insupportable|].",
        "[À chaque orage|Dès qu'il pleut fort|À la moindre averse], [la rue|le carrefour|la cave] [se transforme en piscine|est sous l'eau|prend l'eau][ {a_quartier}| {lieu}|].",
    ],
    "fuites et réseau": [
        "[Une fuite d'eau|De l'eau|Un filet d'eau] [coule|sort|suinte] [du trottoir|de la chaussée|d'une bouche à clé] [{lieu}|{de_la_rue}] " + _DEPUIS + "[, ça gaspille|, personne n'est venu|].",
        "[L'eau du robinet|L'eau] [est marron|a un goût de chlore|sent bizarre|coule sans pression] [depuis {duree}|le matin|depuis les travaux][ {a_quartier}|, chez nous et chez les voisins|].",
        "[Notre facture d'eau|La facture|La dernière facture] [a doublé|est anormalement élevée|est incompréhensible][ alors qu'on n'a rien changé|, j'aimerais une explication|].",
    ],
    "bruit et nuisances": [
        "[Le bar|La terrasse|Le voisin du dessus|Le restaurant] [{de_la_rue}|d'en face|en bas] [met la musique|fait du bruit|laisse ses clients crier] [jusqu'à {heure}|tous les soirs|le week-end jusqu'à 2 h][, impossible de dormir|, on a des enfants|].",
        "[Des motos|Des scooters|Des voitures] [font des allers-retours|font vrombir leur moteur|tournent en rond] [{lieu}|dans {la_rue}] [vers {heure}|tous les soirs|la nuit][, ça résonne dans tout l'immeuble|].",
        "[La climatisation|Le groupe frigorifique|La ventilation] [du supermarché|du restaurant|de l'immeuble voisin] [tourne|ronronne|vrombit] [jour et nuit|toute la nuit|sans arrêt][, on l'entend fenêtres fermées|].",
    ],
    "panne d'éclairage": [
        "[Le lampadaire est éteint|Les lampadaires sont éteints|L'éclairage ne s'allume plus|Le lampadaire clignote] [{lieu}|{de_la_rue}|dans le passage] " + _DEPUIS + "[, la rue est dans le noir|, on ne voit rien en rentrant|].",
        "[Toute la rue|Tout le square|Le parking] reste dans le noir [depuis {duree}|le soir|depuis la tempête][ {a_quartier}|, à partir de {heure}|].",
    ],
    "éclairage et cadre de vie": [
        "[Le lampadaire|Le projecteur|L'éclairage du stade] [reste allumé|éclaire|brille] [en plein jour|toute la nuit dans ma chambre|même le dimanche matin][, quel gaspillage|, c'est absurde|].",
        "[L'éclairage|L'éclairage public] [{de_la_rue}|{lieu}] est [trop faible|trop fort|mal orienté|jaune et triste][, on aimerait un éclairage plus doux|, les arbres le cachent|].",
    ],
    "stationnement gênant": [
        "[Des voitures se garent|Des voitures restent garées|Une camionnette stationne|Des camionnettes de livraison stationnent] [sur le trottoir|devant mon garage|sur le passage piéton|en double file] [{de_la_rue}|{lieu}] [tous les jours|le matin|en permanence][, impossible de sortir|, les poussettes passent sur la route|].",
        "[Une voiture est garée|Une épave est abandonnée|Un camping-car stationne] [{lieu}|dans {la_rue}] " + _DEPUIS + "[ sans bouger|, pneus crevés|].",
    ],
    "manque de places": [
        "[Il n'y a plus de places|On ne trouve jamais de place|Impossible de se garer] [{a_quartier}|dans {la_rue}|le soir après {heure}][, je tourne vingt minutes|, depuis les nouveaux immeubles|].",
    ],
    "stationnement payant et fourrière": [
        "[L'horodateur|Le parcmètre|La borne de paiement] [{lieu}|{de_la_rue}] [est en panne|ne prend pas la carte|avale les pièces] " + _DEPUIS + "[, et on prend quand même des amendes|].",
        "[Ma voiture a été enlevée|Mon véhicule a été enlevé|Ma voiture a été emmenée] à la fourrière [{lieu}|dans {la_rue}] alors [qu'aucun panneau n'était visible|que la place était autorisée|que j'étais en règle][, je conteste|].",
    ],
    "arbres": [
        "[Les branches|Les branches du platane|Les branches du tilleul] [{de_la_rue}|{lieu}] [touchent|frottent contre|cachent] [les fenêtres|les fils électriques|le panneau|le lampadaire][, il faudrait élaguer|].",
        "[Les racines|Les racines de l'arbre] [soulèvent|ont cassé|déforment] [le trottoir|le muret|l'enrobé] [{lieu}|{de_la_rue}][, ça fait une marche|].",
    ],
    "tonte et entretien": [
        "[Les herbes|Les mauvaises herbes|Les ronces] [sont hautes|envahissent|dépassent] [{lieu}|le long {de_la_rue}|le terre-plein] [depuis des semaines|depuis {duree}][, ça fait friche|, on ne voit plus la sortie|].",
        "[Le massif|Le rond-point|Le parterre] [{de_la_rue}|{lieu}] [n'est plus entretenu|est à l'abandon|est plein de déchets][, c'était si joli avant|].",
    ],
    "parcs et aires de jeux": [
        "[Le toboggan|Le tourniquet|Le jeu à ressort|Le portique] de l'aire de jeux [{lieu}|{de_quartier}] [est cassé|est abîmé|a été retiré] [depuis {duree}|et rien ne le remplace][, les enfants n'ont plus rien|].",
        "[Le parc|Le square|Le jardin public] [{de_quartier}|{lieu}] [ferme trop tôt|n'a pas de toilettes|manque de bancs|n'a pas d'ombre][, surtout l'été|, pour les familles c'est dur|].",
    ],
}
