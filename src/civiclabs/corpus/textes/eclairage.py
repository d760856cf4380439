"""Service « Éclairage public » : phrases écrites à la main."""

SERVICE = "Éclairage public"

SUJETS = {
    "panne d'éclairage": {
        "corps": [
            "Le lampadaire devant chez moi ne s'allume plus depuis {duree}.",
            "Toute la rue est plongée dans le noir le soir.",
            "Un réverbère clignote toute la nuit.",
            "L'éclairage du passage piéton est en panne.",
            "La moitié des lampadaires de l'allée sont éteints.",
            "Le parc n'est plus éclairé du tout après 20 h.",
            "L'éclairage s'éteint à minuit alors que le dernier bus passe à 0 h 40.",
            "Un lampadaire reste allumé en plein jour.",
            "L'ampoule du candélabre de la place a grillé.",
            "Depuis le passage aux LED, l'éclairage est beaucoup trop faible.",
            "Le chemin entre la gare et le lotissement n'a aucun éclairage.",
            "Les spots du monument sont éteints depuis la fin des travaux.",
            "L'horloge de l'éclairage est déréglée, ça s'allume à 16 h.",
            "Le lampadaire a été percuté par une voiture et ne fonctionne plus.",
        ],
        "danger": [
            "Un lampadaire a été renversé et des fils électriques dénudés sortent du socle.",
            "La trappe du poteau d'éclairage est ouverte et on voit les câbles sous tension, des enfants jouent autour.",
            "Un candélabre penche au-dessus de la chaussée et menace de tomber.",
            "Le passage piéton devant l'école est dans le noir complet et une femme a été renversée hier.",
        ],
        "court": [
            "Lampadaire HS.",
            "Rue dans le noir.",
            "Réverbère qui clignote.",
            "Éclairage en panne {rue}.",
            "Lampadaire allumé le jour.",
        ],
    },
    "éclairage et cadre de vie": {
        "corps": [
            "Le nouveau lampadaire éclaire directement dans ma chambre.",
            "Pourrait-on éteindre l'éclairage du stade quand il n'y a pas de match ?",
            "L'éclairage des illuminations de Noël n'a pas été retiré.",
            "Les guirlandes lumineuses pendent toujours en mars.",
            "Il faudrait un éclairage à détection de présence sur le chemin piéton.",
            "La luminosité est trop blanche et agressive.",
            "L'extinction de l'éclairage la nuit inquiète les habitants.",
            "Un éclairage supplémentaire serait utile près de l'abri à vélos.",
            "L'éclairage de l'église est allumé toute la nuit, c'est du gaspillage.",
            "Les lampadaires sont cachés par les feuilles des arbres.",
        ],
        "danger": [
            "Une guirlande électrique arrachée traîne sur le trottoir et elle est encore branchée.",
        ],
        "court": [
            "Éclairage trop fort.",
            "Guirlandes à retirer.",
            "Éclairage chemin piéton ?",
        ],
    },
}
