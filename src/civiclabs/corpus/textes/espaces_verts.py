"""Service « Espaces verts » : phrases écrites à la main."""

SERVICE = "Espaces verts"

SUJETS = {
    "arbres": {
        "corps": [
            "Les branches du platane touchent les fenêtres du deuxième étage.",
            "L'arbre devant chez nous n'a pas été élagué depuis des années.",
            "Les racines soulèvent les dalles de la cour de l'école.",
            "Un arbre a été abattu et la souche n'a jamais été retirée.",
            "Les feuilles du marronnier bouchent les gouttières de tout l'immeuble.",
            "Les arbres fraîchement plantés n'ont pas été arrosés de l'été et sont morts.",
            "Pourquoi avoir coupé les trois grands tilleuls de la place ?",
            "Un arbre semble malade, son écorce tombe par plaques.",
            "La haie déborde sur le trottoir et oblige à marcher sur la route.",
            "Les pins laissent tomber de la résine sur toutes les voitures.",
            "Les chenilles processionnaires sont revenues dans les pins du parc.",
            "Il faudrait replanter des arbres dans la rue, elle est devenue un four en été.",
        ],
        "danger": [
            "Une grosse branche est cassée et pend au-dessus du trottoir, elle peut tomber à tout moment.",
            "Après la tempête, un arbre penche dangereusement vers l'école.",
            "Un arbre est tombé en travers de la route et bloque la circulation.",
            "Les chenilles processionnaires sont dans les arbres de la cour de la crèche, des enfants ont des plaques.",
            "Une branche morte est tombée sur une voiture et il en reste d'autres prêtes à tomber.",
        ],
        "court": [
            "Élagage svp.",
            "Branche cassée.",
            "Arbre mort {rue}.",
            "Haie qui déborde.",
            "Souche à enlever.",
        ],
    },
    "parcs et aires de jeux": {
        "corps": [
            "Le toboggan de l'aire de jeux est cassé depuis {duree}.",
            "Les bancs du square ont été retirés et il n'y a plus où s'asseoir.",
            "La pelouse du parc est transformée en terrain boueux.",
            "Le portail du jardin public reste fermé alors qu'il devrait être ouvert.",
            "Il n'y a aucune ombre sur l'aire de jeux, les enfants ne peuvent pas y aller l'été.",
            "La fontaine du parc ne fonctionne plus.",
            "Le sol souple de l'aire de jeux est arraché par endroits.",
            "Les horaires d'ouverture du parc ne sont affichés nulle part.",
            "Il faudrait des toilettes publiques dans le grand parc.",
            "Le terrain de pétanque est envahi par les mauvaises herbes.",
            "Les jeux pour les petits sont trop vieux, il faudrait les renouveler.",
            "Les gardiens ferment le parc plus tôt que l'heure affichée.",
        ],
        "danger": [
            "La balançoire a une chaîne à moitié arrachée et les enfants continuent à l'utiliser.",
            "Une vis dépasse de la structure de jeux et un enfant s'est ouvert la main.",
            "Le grillage autour du bassin est ouvert et des petits jouent au bord de l'eau.",
            "Le sol sous le toboggan est arraché, il reste du béton nu sous la zone de chute.",
        ],
        "court": [
            "Toboggan cassé.",
            "Aire de jeux abîmée.",
            "Banc retiré square.",
            "Fontaine en panne.",
        ],
    },
    "tonte et entretien": {
        "corps": [
            "L'herbe n'a pas été tondue depuis des mois sur le terre-plein central.",
            "Les massifs de fleurs devant la mairie annexe sont laissés à l'abandon.",
            "Les mauvaises herbes envahissent les trottoirs {de_la_rue}.",
            "Le talus le long de la voie ferrée est une friche pleine de ronces.",
            "Le jardin partagé n'a plus d'accès à l'eau depuis le printemps.",
            "Les agents passent le souffleur à 7 h du matin le dimanche.",
            "On aimerait pouvoir créer un jardin partagé sur la parcelle vide.",
            "Les bacs à fleurs de la rue sont vides depuis l'an dernier.",
            "La tonte a été faite en pleine floraison, c'est dommage pour les abeilles.",
            "Les herbes hautes cachent le panneau à l'entrée du lotissement.",
            "Pourrait-on installer des bacs de permaculture au pied des immeubles ?",
        ],
        "danger": [
            "Les herbes hautes au carrefour cachent complètement la visibilité et les voitures ne voient plus les piétons.",
            "Les ronces et les herbes sèches au bord du lotissement ont déjà pris feu une fois cet été.",
        ],
        "court": [
            "Tonte à faire.",
            "Herbes hautes carrefour.",
            "Massifs abandonnés.",
            "Ronces sur trottoir.",
        ],
    },
}
