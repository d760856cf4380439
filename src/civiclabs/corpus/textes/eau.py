"""Service « Eau et assainissement » : phrases écrites à la main."""

SERVICE = "Eau et assainissement"

SUJETS = {
    "fuites et réseau": {
        "corps": [
            "De l'eau coule en permanence du trottoir devant chez moi.",
            "Une fuite d'eau sur la chaussée forme une petite rivière dans {la_rue}.",
            "La pression de l'eau est très faible depuis {duree}.",
            "L'eau du robinet a un goût de chlore très prononcé.",
            "L'eau sort marron du robinet le matin.",
            "Nous avons eu une coupure d'eau sans prévenir toute la matinée.",
            "Le compteur d'eau est dans un regard inondé.",
            "La bouche d'incendie fuit depuis plusieurs jours.",
            "Ma facture d'eau a triplé alors que notre consommation n'a pas changé.",
            "Je n'arrive pas à créer mon compte pour la facture d'eau.",
            "La fontaine à boire de la place est en panne.",
            "Des travaux sur le réseau d'eau ont été annoncés mais personne n'est venu.",
        ],
        "danger": [
            "Une canalisation a éclaté, l'eau jaillit sur la chaussée et commence à geler.",
            "La fuite a creusé un trou sous le trottoir qui s'affaisse.",
            "Nous n'avons plus d'eau du tout depuis hier et il y a un nourrisson à la maison.",
            "L'eau du robinet sent l'essence, mes enfants ont eu mal au ventre.",
        ],
        "court": [
            "Fuite d'eau rue.",
            "Plus d'eau.",
            "Eau marron.",
            "Facture d'eau incompréhensible.",
            "Pression faible.",
        ],
    },
    "égouts et inondations": {
        "corps": [
            "L'avaloir de la rue est bouché et l'eau ne s'écoule plus.",
            "Une odeur d'égout remonte des grilles tout l'été.",
            "À chaque orage, la rue se transforme en piscine.",
            "Le caniveau est bouché par les feuilles et la terre.",
            "Notre cave est inondée à chaque forte pluie.",
            "Les eaux usées remontent dans la douche du rez-de-chaussée.",
            "Le fossé le long du chemin n'a pas été curé depuis des années.",
            "La station de relevage fait un bruit de pompe toute la nuit.",
            "Une grille d'évacuation est cassée.",
            "Le raccordement au tout-à-l'égout de notre maison pose problème.",
            "Le bassin de rétention déborde et sent mauvais.",
        ],
        "danger": [
            "Les égouts débordent dans la rue et les eaux usées entrent dans les maisons.",
            "La cave est inondée jusqu'au tableau électrique.",
            "Une plaque d'égout a été soulevée par la pression de l'eau et le trou n'est plus signalé.",
            "Les eaux usées coulent dans la cour de l'école maternelle.",
        ],
        "court": [
            "Égout bouché.",
            "Odeur d'égout.",
            "Cave inondée.",
            "Avaloir bouché.",
            "Rue inondée à chaque pluie.",
        ],
    },
}
