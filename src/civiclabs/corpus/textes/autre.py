"""Classe « Hors compétence / autre » : demandes qui ne relèvent pas de la Métropole."""

SERVICE = "Hors compétence / autre"

SUJETS = {
    "hors compétence": {
        "corps": [
            "Je voudrais renouveler ma carte d'identité, où dois-je prendre rendez-vous ?",
            "Mon colis n'a jamais été livré, pouvez-vous m'aider ?",
            "Je souhaite contester ma taxe foncière.",
            "Mon opérateur internet ne répond plus, la fibre est coupée chez moi.",
            "Je cherche une place en crèche pour mon fils.",
            "Pouvez-vous m'indiquer les horaires de la préfecture ?",
            "Mon voisin ne me rend pas l'argent que je lui ai prêté.",
            "Je voudrais me marier à la mairie, quelles sont les démarches ?",
            "Le médecin de mon quartier part à la retraite, comment en trouver un autre ?",
            "Ma banque a bloqué mon compte sans explication.",
            "Je souhaite m'inscrire sur les listes électorales.",
            "Le train de 7 h 12 est supprimé un jour sur deux.",
            "Comment faire pour inscrire mon enfant à la cantine ?",
            "J'ai perdu mon portefeuille dans le tram, quelqu'un l'a-t-il rapporté ?",
            "Mon propriétaire privé refuse de me rendre ma caution.",
            "Qui contacter pour une erreur sur ma facture d'électricité ?",
            "Je voudrais organiser une fête des voisins, faut-il une autorisation ?",
            "Le bureau de poste du quartier ferme l'après-midi.",
        ],
        "danger": [],
        "court": [
            "Carte d'identité ?",
            "Colis perdu.",
            "Taxe foncière.",
            "Question préfecture.",
        ],
    },
    "remerciements et suggestions": {
        "corps": [
            "Je voulais simplement remercier les équipes pour la rénovation de la place.",
            "Bravo pour la nouvelle médiathèque, c'est une réussite.",
            "Serait-il possible d'organiser un marché de producteurs le dimanche ?",
            "Une suggestion : un panneau d'information numérique à l'entrée du quartier.",
            "Merci aux agents qui sont intervenus si vite la semaine dernière.",
            "Pourquoi le site de la Métropole est-il si difficile à utiliser ?",
            "Je propose d'installer des boîtes à livres dans les squares.",
            "Félicitations pour l'organisation de la fête de quartier.",
            "Il faudrait une application qui permette de suivre ses demandes.",
            "Je voudrais proposer un projet au budget participatif.",
        ],
        "danger": [],
        "court": [
            "Merci aux équipes !",
            "Suggestion pour le quartier.",
            "Bravo pour les travaux.",
        ],
    },
}
