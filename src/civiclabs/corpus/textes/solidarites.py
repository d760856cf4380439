"""Service « Solidarités et action sociale » : phrases écrites à la main."""

SERVICE = "Solidarités et action sociale"

SUJETS = {
    "aides et accompagnement": {
        "corps": [
            "Je voudrais un rendez-vous avec une assistante sociale.",
            "Je n'arrive plus à payer mes factures d'énergie, existe-t-il une aide ?",
            "Mon dossier d'aide d'urgence est bloqué depuis {duree}.",
            "Comment faire une demande de domiciliation ?",
            "Je suis seul{e} avec deux enfants et je n'ai plus de ressources ce mois-ci.",
            "Je souhaite connaître les horaires de l'épicerie solidaire.",
            "J'ai perdu mon emploi et je ne sais pas vers qui me tourner.",
            "Le centre social ne répond plus au téléphone.",
            "Quelles aides existent pour les étudiants en difficulté ?",
            "Je voudrais faire du bénévolat pour la distribution alimentaire.",
            "La permanence sociale du quartier a fermé, où faut-il aller maintenant ?",
            "Mon aide au logement a été suspendue sans explication.",
        ],
        "danger": [
            "Je n'ai plus rien à manger pour mes enfants depuis deux jours.",
            "Une famille avec un bébé dort dehors devant la gare depuis hier.",
            "Mon électricité va être coupée demain et ma fille est sous appareil respiratoire.",
            "Je n'ai plus de logement ce soir, je suis à la rue avec mes enfants.",
        ],
        "court": [
            "RDV assistante sociale.",
            "Aide alimentaire ?",
            "Dossier aide bloqué.",
            "Besoin d'aide financière.",
        ],
    },
    "personnes âgées et isolement": {
        "corps": [
            "Ma voisine âgée vit seule et je ne l'ai pas vue depuis plusieurs jours.",
            "Comment inscrire ma mère au portage des repas à domicile ?",
            "Je cherche une aide à domicile pour mon père qui perd son autonomie.",
            "Le club des anciens du quartier a fermé et les personnes âgées sont isolées.",
            "Existe-t-il un service de transport pour aller aux rendez-vous médicaux ?",
            "Je voudrais inscrire mon oncle sur le registre canicule.",
            "Les personnes âgées de la résidence ne savent pas utiliser les démarches en ligne.",
            "Ma grand-mère a besoin de la téléassistance, à qui faut-il s'adresser ?",
            "Un monsieur âgé de notre immeuble semble très désorienté.",
            "Les visites de convivialité ont été supprimées l'an dernier.",
        ],
        "danger": [
            "Ma voisine de quatre-vingt-dix ans ne répond plus et ses volets sont fermés depuis trois jours.",
            "Un homme âgé est tombé chez lui et n'arrive plus à se relever, il n'a personne.",
            "Pendant la canicule, une dame âgée de l'immeuble est restée sans eau ni ventilation.",
        ],
        "court": [
            "Portage repas ?",
            "Voisine âgée isolée.",
            "Registre canicule.",
        ],
    },
}
