"""Service « Logement et habitat » : phrases écrites à la main."""

SERVICE = "Logement et habitat"

SUJETS = {
    "logement social": {
        "corps": [
            "J'ai déposé une demande de logement social il y a quatre ans et je n'ai aucune nouvelle.",
            "Nous vivons à cinq dans un deux-pièces et nous demandons un logement plus grand.",
            "Je voudrais savoir où en est mon dossier de demande de logement.",
            "Mon numéro unique de demandeur va expirer, comment le renouveler ?",
            "Le bailleur ne répond plus à nos courriers.",
            "L'ascenseur de notre tour est en panne depuis {duree} et j'habite au neuvième étage.",
            "Je souhaite un échange de logement pour me rapprocher de mon travail.",
            "Notre loyer a augmenté mais rien n'a été fait dans l'immeuble.",
            "Nous avons reçu un refus de la commission d'attribution sans explication.",
            "Je suis en situation de handicap et mon logement n'est pas adapté.",
            "Les charges locatives sont devenues impossibles à payer.",
            "Comment faire reconnaître ma demande comme prioritaire ?",
        ],
        "danger": [
            "Nous allons être expulsés la semaine prochaine avec nos trois enfants et nous n'avons aucune solution.",
            "L'ascenseur est en panne et ma mère en fauteuil roulant est bloquée au huitième étage sans pouvoir sortir.",
            "Le plafond de la salle de bains s'est effondré en partie, il reste des morceaux qui pendent.",
        ],
        "court": [
            "Demande logement social.",
            "Dossier logement en attente.",
            "Ascenseur en panne.",
            "Logement trop petit.",
        ],
    },
    "insalubrité": {
        "corps": [
            "Notre appartement est envahi par l'humidité et la moisissure.",
            "Les murs de la chambre des enfants sont noirs de moisissure.",
            "Le propriétaire refuse de faire les travaux de chauffage.",
            "Les fenêtres ne ferment plus et le froid entre dans tout le logement.",
            "Le logement voisin est dans un état d'insalubrité inquiétant.",
            "Il y a des infiltrations d'eau par le toit à chaque pluie.",
            "Nous n'avons plus de chauffage depuis le début de l'hiver.",
            "Le propriétaire loue une cave comme si c'était un logement.",
            "Je pense que mon logement contient du plomb dans les peintures.",
            "Les parties communes de l'immeuble sont dans un état déplorable.",
            "La ventilation ne fonctionne pas et il y a de la condensation partout.",
            "Comment obtenir une visite d'un inspecteur de salubrité ?",
        ],
        "danger": [
            "Le balcon de l'immeuble se fissure et des morceaux de béton tombent sur le trottoir.",
            "Le tableau électrique de l'appartement fait des étincelles et le propriétaire ne veut rien faire.",
            "Ça sent le gaz dans la cage d'escalier depuis ce matin.",
            "La chaudière dégage une odeur et mon détecteur de monoxyde de carbone sonne.",
            "Un mur porteur de l'immeuble présente une grosse fissure qui s'élargit de jour en jour.",
        ],
        "court": [
            "Moisissures logement.",
            "Pas de chauffage.",
            "Infiltrations toit.",
            "Logement insalubre.",
        ],
    },
    "rénovation et aides": {
        "corps": [
            "Je souhaite savoir si je peux bénéficier d'une aide pour isoler ma maison.",
            "Quelles sont les démarches pour une aide à la rénovation énergétique ?",
            "Le permis de construire de mon voisin me semble ne pas respecter les règles.",
            "Je voudrais installer des panneaux solaires, faut-il une autorisation ?",
            "Comment obtenir un rendez-vous avec un conseiller habitat ?",
            "Notre copropriété souhaite lancer des travaux de ravalement.",
            "Je voudrais adapter ma salle de bains car je ne peux plus enjamber la baignoire.",
            "Existe-t-il une aide pour remplacer ma vieille chaudière au fioul ?",
            "J'ai fait une demande de subvention il y a six mois sans réponse.",
            "Un voisin construit une extension sans autorisation affichée.",
        ],
        "danger": [],
        "court": [
            "Aide rénovation ?",
            "Isolation maison.",
            "Permis de construire voisin.",
        ],
    },
}
