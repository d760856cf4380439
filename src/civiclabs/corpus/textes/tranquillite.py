"""Service « Tranquillité publique » : phrases écrites à la main.

Le sujet « harcèlement et insécurité » porte l'effet planté sur les femmes :
plusieurs phrases accordent au féminin grâce au marqueur {e}.
"""

SERVICE = "Tranquillité publique"

SUJETS = {
    "harcèlement et insécurité": {
        "corps": [
            "Je me fais régulièrement interpeller par un groupe d'hommes {lieu}.",
            "En rentrant du travail, j'ai été suivi{e} jusqu'à ma porte par un homme.",
            "Le passage sous le pont est mal éclairé et je ne m'y sens pas en sécurité.",
            "Des individus stationnent tous les soirs dans le hall de l'immeuble et font des remarques aux personnes qui passent.",
            "Je n'ose plus prendre le bus de 22 h à cause des remarques et des insultes.",
            "Un homme se masturbe régulièrement près de l'arrêt de tram, plusieurs voisines l'ont vu.",
            "On m'a insulté{e} et on m'a craché dessus en sortant du métro.",
            "Je suis obligé{e} de faire un grand détour pour éviter {la_rue} le soir.",
            "Ma fille de quinze ans se fait harceler à la sortie du collège.",
            "Un voisin me menace et m'attend dans la cage d'escalier.",
            "Des jeunes lancent des pierres sur les passants depuis le toit du garage.",
            "Je rentre seul{e} tard le soir et je ne me sens plus en sécurité dans le quartier.",
            "Un homme m'a attrapé{e} par le bras et ne voulait pas me lâcher.",
            "Il y a du trafic de drogue au pied de l'immeuble et les guetteurs nous intimident.",
            "Je me suis fait voler mon téléphone avec violence {lieu}.",
            "On m'a touché{e} dans le tram bondé et personne n'a réagi.",
            "Je me sens épié{e} chaque fois que je traverse le parking.",
            "Des hommes commentent à voix haute le physique des femmes qui passent devant le café.",
            "J'ai changé mes horaires pour ne plus croiser ce groupe.",
            "Mon amie a été agressée verbalement devant chez nous la semaine dernière.",
        ],
        "danger": [
            "Un homme m'a suivi{e} jusque dans mon hall hier soir et a essayé d'entrer avec moi, j'ai très peur qu'il revienne.",
            "J'ai été agressé{e} physiquement {lieu} et l'agresseur traîne encore tous les soirs au même endroit.",
            "Un individu armé d'un couteau menace les passants près de la station de tram.",
            "Des hommes m'ont encerclé{e} et bousculé{e} en sortant du bus, j'ai réussi à fuir mais je tremble encore.",
            "Mon voisin m'a menacé{e} de mort et frappe à ma porte la nuit.",
            "Une jeune femme a été tirée par les cheveux devant chez moi, les agresseurs reviennent chaque nuit.",
            "On a tenté de me forcer à monter dans une voiture {lieu}.",
        ],
        "court": [
            "Harcèlement arrêt de bus.",
            "Suivi{e} le soir {rue}.",
            "Insultes tous les soirs.",
            "Agression {lieu}.",
            "Peur de rentrer le soir.",
        ],
    },
    "bruit et nuisances": {
        "corps": [
            "Le bar en bas de chez moi met la musique très fort jusqu'à 2 h du matin.",
            "Des voitures se réunissent sur le parking et font crisser leurs pneus toute la nuit.",
            "Mes voisins font la fête tous les week-ends jusqu'au petit matin.",
            "Un chien aboie sans arrêt dans le jardin d'à côté quand ses maîtres sont absents.",
            "Les rodéos de motos recommencent chaque soir sur l'avenue.",
            "Le système de ventilation du restaurant fait un bruit continu jour et nuit.",
            "Des jeunes jouent au ballon contre notre façade jusqu'à minuit.",
            "Une alarme de magasin sonne dans le vide depuis ce matin.",
            "Les livraisons du supermarché commencent à 4 h avec des bips de recul.",
            "Des feux d'artifice et des pétards explosent tous les soirs.",
            "La terrasse du café déborde sur le trottoir et le bruit monte jusqu'au cinquième étage.",
            "Un groupe écoute de la musique sur une enceinte dans le square jusqu'à tard.",
        ],
        "danger": [
            "Des motos font des rodéos sur le trottoir devant l'école à l'heure de la sortie, un enfant a été frôlé.",
            "Des mortiers d'artifice sont tirés sur les façades, un balcon a pris feu.",
            "Une bagarre éclate presque chaque nuit devant le bar, hier il y avait du sang sur le trottoir.",
        ],
        "court": [
            "Bruit bar 2 h du matin.",
            "Rodéos motos.",
            "Tapage nocturne.",
            "Alarme qui sonne.",
            "Musique forte square.",
        ],
    },
    "occupation et squat": {
        "corps": [
            "Un logement vide de la résidence est squatté depuis {duree}.",
            "Des personnes dorment dans le local à vélos de l'immeuble.",
            "Le hall est occupé tous les soirs et les habitants n'osent plus rentrer.",
            "Une voiture ventouse sans plaque est garée depuis des semaines et des gens dorment dedans.",
            "La cave de l'immeuble est ouverte et utilisée comme lieu de trafic.",
            "Un campement s'est installé sous le pont depuis le début du mois.",
            "Des personnes forcent régulièrement la porte du parking souterrain.",
            "Le local commercial abandonné est occupé la nuit et il y a beaucoup de passage.",
            "Des caddies sont entassés dans le hall et bloquent l'accès.",
            "La porte de l'immeuble ne ferme plus et n'importe qui entre.",
        ],
        "danger": [
            "Un feu a été allumé dans le local squatté, la fumée remonte dans la cage d'escalier.",
            "Des branchements électriques sauvages pendent dans le local occupé et il y a des étincelles.",
            "La porte coupe-feu de la cave a été forcée et des bouteilles de gaz y sont stockées.",
        ],
        "court": [
            "Squat local vélos.",
            "Hall occupé le soir.",
            "Voiture ventouse.",
            "Porte immeuble forcée.",
        ],
    },
}
