"""Service « Stationnement » : phrases écrites à la main."""

SERVICE = "Stationnement"

SUJETS = {
    "stationnement gênant": {
        "corps": [
            "Des voitures se garent tous les jours sur le trottoir devant chez moi.",
            "Un véhicule est stationné devant mon garage depuis ce matin, je ne peux pas sortir.",
            "Les places réservées aux personnes handicapées sont occupées par des voitures sans carte.",
            "Les livreurs se garent en double file et bloquent la rue entière.",
            "Une voiture ventouse est garée au même endroit depuis plus d'un mois.",
            "Les parents se garent sur le passage piéton à la sortie de l'école.",
            "Un camping-car occupe trois places de stationnement depuis l'été.",
            "Les voitures stationnées de part et d'autre empêchent les pompiers de passer.",
            "Des véhicules épaves avec les pneus à plat sont garés sur le parking.",
            "Un camion de déménagement bloque la sortie du parking de la résidence.",
            "Les motos se garent dans le hall de l'immeuble.",
            "La place de livraison est occupée en permanence par la même voiture.",
        ],
        "danger": [
            "Une voiture garée en plein virage masque complètement la visibilité, deux collisions ont eu lieu cette semaine.",
            "Des véhicules bloquent l'accès pompiers de la résidence alors qu'une personne âgée doit être évacuée régulièrement.",
            "Une voiture est garée sur le passage piéton devant l'école et les enfants traversent entre les véhicules sans visibilité.",
        ],
        "court": [
            "Voiture sur trottoir.",
            "Garage bloqué.",
            "Double file permanente.",
            "Voiture ventouse parking.",
            "Place handicapé occupée.",
        ],
    },
    "stationnement payant et fourrière": {
        "corps": [
            "L'horodateur {de_la_rue} ne prend plus la carte bancaire.",
            "J'ai reçu un forfait post-stationnement alors que j'avais payé sur l'application.",
            "Ma voiture a été mise en fourrière sans qu'aucun panneau n'indique l'interdiction.",
            "Comment obtenir un abonnement résident pour mon quartier ?",
            "Le tarif du stationnement a doublé sans information préalable.",
            "L'application de paiement ne reconnaît pas ma plaque.",
            "Je conteste un avis de paiement reçu pour un jour où j'étais en vacances.",
            "Le parking relais est toujours plein dès 8 h.",
            "Les zones bleues ne sont plus matérialisées au sol.",
            "La carte de stationnement pour les aides à domicile n'est pas reconnue.",
            "Le parking souterrain ferme trop tôt le soir.",
            "Il n'y a plus aucune place gratuite près du centre de santé.",
            "Je souhaite savoir comment récupérer mon véhicule à la fourrière.",
        ],
        "danger": [
            "La barrière du parking souterrain est retombée sur une voiture et a failli blesser le conducteur.",
            "Le parking souterrain n'a plus d'éclairage et une personne a chuté dans l'escalier.",
        ],
        "court": [
            "Horodateur en panne.",
            "Contestation FPS.",
            "Abonnement résident ?",
            "Fourrière abusive.",
        ],
    },
    "manque de places": {
        "corps": [
            "Il n'y a plus aucune place pour se garer le soir dans le quartier.",
            "Depuis l'arrivée du tram, nous avons perdu une trentaine de places.",
            "Il faudrait créer un parking pour les habitants.",
            "Les places de livraison sont trop nombreuses et inutilisées le soir.",
            "Les visiteurs de la clinique prennent toutes les places de la rue.",
            "Pourquoi ne pas ouvrir le parking de l'école aux riverains le week-end ?",
            "Les aides-soignantes qui viennent chez ma mère tournent vingt minutes pour se garer.",
            "Il manque des places pour les deux-roues.",
            "Les places réservées aux véhicules électriques sont toujours vides.",
            "Les voitures du garage automobile occupent tous les emplacements de la rue.",
        ],
        "danger": [],
        "court": [
            "Plus de places le soir.",
            "Parking résidents svp.",
            "Manque places deux-roues.",
        ],
    },
}
