"""Contributions coordonnées de la consultation.

1. Une campagne rédigée par machine contre l'extension de la zone à faibles
   émissions : des paraphrases produites en combinant, clause par clause, des
   formulations équivalentes (chaque clause ci-dessous est une liste de variantes).
2. Une pétition copiée-collée en faveur d'une piste cyclable sur le boulevard de
   Bellerive, reprise avec de légères retouches.
"""

CAMPAGNE_ZFE = [
    [  # entrée en matière
        "En tant qu'habitant de la métropole,",
        "Comme de nombreux citoyens de Méridanne,",
        "En tant que citoyen attaché à la liberté de circuler,",
        "Résidant dans la métropole depuis de nombreuses années,",
        "Comme beaucoup de mes voisins,",
        "En tant qu'usager quotidien de la route,",
    ],
    [  # position
        "je m'oppose fermement à l'extension de la zone à faibles émissions prévue par ce plan.",
        "je suis totalement opposé à l'élargissement de la zone à faibles émissions.",
        "je refuse catégoriquement l'extension de la ZFE inscrite dans le plan de mobilité.",
        "je désapprouve résolument l'extension de la zone à faibles émissions.",
        "je m'oppose sans réserve à l'élargissement de la ZFE prévu pour 2027.",
        "je rejette fermement le projet d'extension de la zone à faibles émissions.",
    ],
    [  # argument social
        "Cette mesure pénalise avant tout les ménages modestes qui ne peuvent pas changer de véhicule.",
        "Ce sont les familles aux revenus modestes qui paieront le prix de cette décision.",
        "Cette décision frappe d'abord les foyers modestes, incapables d'acheter un véhicule récent.",
        "Les ménages les plus modestes seront les premières victimes de cette mesure.",
        "Une telle mesure pénalise injustement les foyers qui n'ont pas les moyens de remplacer leur voiture.",
    ],
    [  # argument économique
        "Les artisans et les commerçants du centre-ville perdront une partie importante de leur clientèle.",
        "Les commerçants et les artisans du centre risquent de voir leur activité s'effondrer.",
        "L'activité des artisans et des petits commerces du centre sera durement touchée.",
        "Les petits commerces et les artisans du centre-ville en subiront lourdement les conséquences.",
        "Les commerçants du centre-ville et les artisans verront leur chiffre d'affaires chuter.",
    ],
    [  # argument technique
        "Par ailleurs, les vignettes Crit'Air ne mesurent pas la pollution réellement émise par les véhicules.",
        "De plus, le classement Crit'Air ne reflète en rien les émissions réelles des véhicules.",
        "En outre, les vignettes Crit'Air ne tiennent aucun compte de la pollution effectivement émise.",
        "Par ailleurs, le système Crit'Air ne correspond pas aux émissions réelles de chaque voiture.",
        "De surcroît, les vignettes Crit'Air ignorent la pollution réellement produite par les véhicules.",
    ],
    [  # demande
        "Je demande le retrait pur et simple de cette mesure du plan de mobilité.",
        "Je vous demande de renoncer purement et simplement à cette extension.",
        "Je demande que cette mesure soit purement et simplement retirée du plan.",
        "J'exige le retrait pur et simple de l'extension de la ZFE.",
        "Je réclame l'abandon pur et simple de cette extension.",
    ],
    [  # fin
        "Merci de prendre en compte l'avis des habitants.",
        "Je vous remercie de tenir compte de l'avis de la population.",
        "Merci d'écouter enfin la voix des habitants.",
        "Je compte sur vous pour respecter l'avis des citoyens.",
        "Merci de prendre en considération l'opinion des habitants.",
        "",
    ],
]

PETITION_VELO = (
    "Nous, habitantes et habitants de Bellerive et des quartiers voisins, demandons la création "
    "d'une piste cyclable continue et protégée sur le boulevard de Bellerive, entre le pont des "
    "Mariniers et la gare. Chaque jour, des centaines d'enfants, de parents et de salariés y "
    "circulent à vélo au milieu des voitures et des bus. Deux cyclistes y ont été gravement "
    "blessés l'an dernier. Le plan de mobilité doit inscrire cet aménagement comme prioritaire, "
    "avec un calendrier précis et un financement garanti dès 2026. Nous ne voulons plus attendre "
    "un nouvel accident."
)

# Retouches légères apportées par les signataires qui recopient la pétition.
PETITION_AJOUTS_DEBUT = [
    "", "", "", "Bonjour,", "Je signe et je soutiens :", "Je relaie la pétition de l'association :",
    "Copié depuis le groupe du quartier :", "Madame, Monsieur,", "Je m'associe à ce texte :",
]
PETITION_AJOUTS_FIN = [
    "", "", "", "Merci.", "Signé, {un_habitant} de Bellerive.", "Je passe par là tous les jours avec mes enfants.",
    "Merci de nous entendre !", "Cordialement.", "Il y a urgence.", "Soutien total à cette demande.",
]
