"""Le territoire fictif : la métropole de Méridanne.

Tout est inventé : noms de quartiers, de rues, de lieux et de personnes.
Toute ressemblance avec un lieu ou une personne réels serait fortuite.
"""

METROPOLE = "Méridanne Métropole"
VILLE = "Méridanne"

# Quartier -> (prioritaire, rues inventées, part de la population)
_QUARTIERS = {
    "Centre-Ville": (False, ["rue des Drapiers", "place de la Halle-aux-Grains", "rue du Vieux-Change",
                             "cours Valmorin", "rue des Trois-Clefs", "passage des Cordiers"], 0.085),
    "Saint-Clair": (False, ["avenue des Tilleroux", "rue Saint-Clair", "rue des Chanoinesses",
                            "impasse du Puits-Doré", "rue de la Verrerie", "place des Récollets"], 0.075),
    "Les Tilleuls": (True, ["rue des Tilleuls", "allée des Merisiers", "avenue du Plateau",
                            "rue Jean-Baptiste Orvelin", "square des Passereaux", "rue des Acacias-Hauts"], 0.080),
    "La Roseraie": (False, ["allée des Églantines", "rue de la Roseraie", "rue des Jardiniers",
                            "chemin des Espaliers", "place du Kiosque", "rue Amélie-Sorbier"], 0.065),
    "Port-Vieux": (False, ["quai des Gabariers", "rue de la Capitainerie", "quai du Sel",
                           "rue des Calfats", "place de l'Écluse", "rue des Haleurs"], 0.070),
    "Bellerive": (False, ["boulevard de Bellerive", "rue des Saules", "avenue des Mariniers",
                          "rue du Bac", "promenade des Berges", "rue Félicien-Morand"], 0.075),
    "Les Hauts-de-Sorgue": (True, ["avenue de la Sorgue", "rue des Genêts", "allée des Chardonnerets",
                                   "rue Paul-Émile Vidrac", "place du Belvédère", "rue des Coteaux"], 0.090),
    "Champ-Fleuri": (False, ["rue des Coquelicots", "avenue du Champ-Fleuri", "rue des Bleuets",
                             "impasse des Lavandières", "rue de la Prairie", "allée des Tournesols"], 0.060),
    "Le Moulin-Neuf": (False, ["rue du Moulin-Neuf", "chemin de la Meunière", "rue des Vannes",
                               "avenue de la Roue", "rue du Bief", "place des Minotiers"], 0.055),
    "Val-d'Ambre": (True, ["avenue du Val-d'Ambre", "rue des Ambres", "allée des Sorbiers",
                           "rue Lucien-Farrel", "place de la Fontaine-Sèche", "rue des Ormeaux-Bas"], 0.085),
    "La Croix-Verte": (False, ["rue de la Croix-Verte", "avenue des Pèlerins", "rue des Houblons",
                               "place du Marché-Couvert", "rue des Tanneurs", "rue Élise-Garnery"], 0.060),
    "Les Grès": (False, ["rue des Grès", "chemin des Carriers", "rue de la Sablière",
                         "avenue des Tailleurs-de-Pierre", "rue du Four-à-Chaux", "allée des Ardoisiers"], 0.050),
    "Montjoli": (False, ["avenue de Montjoli", "rue des Vignes-Hautes", "rue du Panorama",
                         "chemin des Pressoirs", "rue des Terrasses", "place de l'Observatoire"], 0.055),
    "La Pépinière": (True, ["rue de la Pépinière", "allée des Jeunes-Plants", "rue des Greffeurs",
                            "avenue des Semis", "rue Marcel-Duvergier", "place des Arrosoirs"], 0.065),
}

# Rues supplémentaires (inventées) : une métropole compte bien plus que six rues par quartier.
_RUES_PLUS = {
    "Centre-Ville": ["rue des Orfèvres", "rue Basse-des-Carmes", "place Saint-Aubin", "rue du Pilori", "rue des Fourreurs",
                     "impasse des Enlumineurs", "rue Guillemette-Vasseur", "rue de la Monnaie", "quai des Tanneurs-Vieux"],
    "Saint-Clair": ["rue des Béguines", "allée du Cloître", "rue Anselme-Parrot", "rue des Vitraux", "square des Moniales",
                    "rue de l'Horloge", "avenue du Séminaire", "rue des Cierges", "passage des Chantres"],
    "Les Tilleuls": ["rue des Pinsons", "allée des Mésanges", "rue Honorine-Lacaze", "avenue des Peupliers", "rue des Sureaux",
                     "place des Fauvettes", "rue des Noisetiers", "allée des Bouvreuils", "rue Kléber-Amoros"],
    "La Roseraie": ["rue des Pivoines", "allée des Glycines", "rue des Hortensias", "chemin des Boutures", "rue Séraphin-Cotte",
                    "impasse des Capucines", "rue des Pergolas", "allée des Jasmins", "rue du Potager"],
    "Port-Vieux": ["rue des Cordages", "quai des Voiliers", "rue de l'Ancre", "impasse des Mouettes", "rue des Morutiers",
                   "place du Phare", "rue des Écoreurs", "rue Armande-Le-Goff", "chemin du Halage"],
    "Bellerive": ["rue des Nénuphars", "allée des Roseaux", "rue des Libellules", "quai des Lavandières", "rue du Passeur",
                  "avenue des Aulnes", "rue Corentin-Baudry", "impasse du Gué", "rue des Pêcheurs"],
    "Les Hauts-de-Sorgue": ["rue des Bruyères", "allée des Alouettes", "avenue des Crêtes", "rue Zoé-Marchetti", "rue des Ajoncs",
                            "place du Relais", "rue des Mélèzes", "allée des Grives", "rue du Plateau-Nord"],
    "Champ-Fleuri": ["rue des Marguerites", "allée des Pâquerettes", "rue des Moissons", "rue Gaston-Pellerin", "chemin des Glaneuses",
                     "rue des Épis", "impasse des Semailles", "rue des Myosotis", "place de la Fenaison"],
    "Le Moulin-Neuf": ["rue des Meuniers", "allée des Farines", "rue de la Turbine", "rue du Déversoir", "chemin des Écluses",
                       "rue Victorine-Aubert", "impasse du Barrage", "rue des Roues-Hautes", "rue des Blutoirs"],
    "Val-d'Ambre": ["rue des Résiniers", "allée des Cèdres", "avenue des Érables", "rue Firmin-Deschaux", "rue des Charmes",
                    "place des Tisserands", "rue des Mûriers", "allée des Frênes", "rue du Ravin"],
    "La Croix-Verte": ["rue des Chapeliers", "rue des Brasseurs", "rue des Cordonniers", "avenue Jeanne-Ferrier", "rue du Houblon-Vieux",
                       "impasse des Tonneliers", "rue des Pèlerines", "place des Chaudronniers", "rue de la Brasserie"],
    "Les Grès": ["rue des Tailleurs", "rue des Meulières", "allée des Schistes", "rue du Granit", "chemin des Mineurs",
                 "rue Ambroise-Ducrest", "impasse des Silex", "rue des Marbriers", "rue des Carrières-Basses"],
    "Montjoli": ["rue des Vendanges", "chemin des Ceps", "rue des Tonnelles", "allée du Belvédère", "rue Léonie-Brassac",
                 "rue des Sarments", "impasse des Vignerons", "rue des Coteaux-Fleuris", "place du Pressoir"],
    "La Pépinière": ["rue des Boutures", "allée des Tuteurs", "rue des Serres", "rue des Arrosages", "avenue des Pousses",
                     "rue Clotilde-Ravier", "impasse des Bourgeons", "rue des Sécateurs", "place des Greffons"],
}
for _q, _rues in _RUES_PLUS.items():
    _QUARTIERS[_q][1].extend(r for r in _rues if r not in _QUARTIERS[_q][1])

QUARTIERS = list(_QUARTIERS)
QUARTIERS_PRIORITAIRES = [q for q, (prio, _, _) in _QUARTIERS.items() if prio]
RUES = {q: rues for q, (_, rues, _) in _QUARTIERS.items()}
PART_POPULATION = {q: part for q, (_, _, part) in _QUARTIERS.items()}

# Lieux génériques (sans adresse précise : pas des données personnelles).
LIEUX = [
    "devant l'école élémentaire", "près de l'arrêt de bus", "au pied de mon immeuble",
    "à côté de la boulangerie", "derrière le gymnase", "à l'entrée du parc",
    "devant la pharmacie", "sur le parking du supermarché", "près de la médiathèque",
    "au niveau du passage piéton", "à la sortie du collège", "devant la maison de quartier",
    "à côté des containers", "près du rond-point", "le long du terrain de foot",
    "devant l'église", "sous le pont", "à l'angle de la boulangerie et du tabac",
    "près de l'aire de jeux", "devant la crèche", "à hauteur de l'arrêt de tram",
    "au bout de l'impasse", "devant le centre social", "près du marché",
    "en face du bureau de tabac", "à côté de la laverie", "devant le kebab", "près de l'arrêt du 12",
    "au coin de la supérette", "derrière la salle des fêtes", "devant le garage Renault", "près du lavoir",
    "le long du canal", "au niveau du feu rouge", "devant la poste", "à côté du distributeur de billets",
    "près du cimetière", "devant le cabinet médical", "à la sortie du parking souterrain", "près du stade",
    "devant la piscine municipale", "en face de la caserne des pompiers", "à côté du temple",
    "entre le pressing et la boulangerie", "devant l'auto-école", "près de la station de vélos",
    "devant le lycée professionnel", "au rond-point de la zone commerciale",
    "devant l'école des Tilleroux", "à la sortie du collège Amélie-Sorbier", "près de la salle Félicien-Morand",
    "devant le gymnase Lucien-Farrel", "à côté du marché du Bief", "derrière la piscine des Carriers",
    "devant la clinique du Panorama", "près du lycée Élise-Garnery", "à l'entrée de la zone d'activités de la Sablière",
    "devant la gare de Méridanne-Saint-Clair", "sur le pont des Haleurs", "au bout de la passerelle du Sel",
    "près du jardin partagé des Espaliers", "devant la médiathèque Marcel-Duvergier", "près du skatepark",
    "devant l'Ehpad des Saules", "derrière le centre commercial Val-Sorgue", "à l'arrêt Fontaine-Sèche",
    "à la station Capitainerie", "devant la halle aux Grains", "près de la fontaine Saint-Clair",
    "devant la maison de santé", "à côté du boulodrome", "près des jardins ouvriers", "sous le viaduc de la rocade",
    "devant le conservatoire", "près du parc des Berges", "devant le supermarché", "près de la déchèterie",
    "au carrefour des Pèlerins", "devant la résidence des Acacias", "près du foyer de jeunes travailleurs",
]

DUREES = [
    "quatre jours", "une dizaine de jours", "un mois et demi", "six semaines", "l'automne dernier",
    "les vacances de février", "Noël", "le printemps", "presque un an", "des semaines", "vendredi dernier",
    "trois jours", "une semaine", "deux semaines", "plus d'un mois", "dix jours",
    "au moins quinze jours", "trois semaines", "deux mois", "plusieurs mois", "hier soir",
    "ce week-end", "lundi dernier", "le début du mois", "cet été", "la rentrée",
]

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

HEURES = ["6 h 45", "10 h", "11 h 30", "13 h", "15 h", "16 h 30", "19 h", "19 h 30", "3 h du matin", "7 h 30", "8 h", "9 h 15", "12 h", "14 h 30", "17 h", "18 h 45", "20 h", "21 h 30",
          "22 h", "23 h", "minuit", "1 h du matin", "2 h du matin", "6 h du matin"]

# Personnes fictives (prénoms courants, noms de famille inventés ou rares).
PRENOMS_FEMMES = [
    "Nadia", "Martine", "Sophie", "Fatoumata", "Claire", "Yasmina", "Monique", "Chloé",
    "Isabelle", "Aïcha", "Léa", "Françoise", "Samira", "Camille", "Josiane", "Inès",
    "Élodie", "Mireille", "Khadija", "Sandrine", "Océane", "Lucienne", "Manon", "Rachida",
]
PRENOMS_HOMMES = [
    "Jean-Marc", "Karim", "Thierry", "Mamadou", "Bernard", "Youssef", "Julien", "Gérard",
    "Lucas", "Patrick", "Mehdi", "Christian", "Antoine", "Moussa", "Didier", "Hugo",
    "Rachid", "Laurent", "Kevin", "Marcel", "Théo", "Abdel", "Serge", "Nicolas",
]
NOMS = [
    "Ferrandou", "Poulard", "Kerbellec", "Mazurier", "Ould-Brahim", "Tessandier", "Vaucanel",
    "Diallonké", "Rouvrais", "Belkacemi", "Lhermitte-Sorin", "Castagnède", "Nguyen-Valès",
    "Pradelain", "Morvandiau", "Benhamida", "Quintard", "Leborgnat", "Sissokhé", "Delavaud",
    "Arnoulet", "Tchakaroff", "Guérineau", "Fontvieille", "Ramdanet", "Courtillon",
    "Ménardeau", "Bouchaïb", "Vialette", "Karamoko", "Ponsardin", "Hériaud",
]
DOMAINES_COURRIEL = ["exemple.fr", "courriel-exemple.fr", "messagerie.example", "mail-fictif.fr"]

_ARTICLES = {"rue": "la", "avenue": "l'", "allée": "l'", "impasse": "l'", "place": "la",
             "promenade": "la", "chemin": "le", "boulevard": "le", "quai": "le", "cours": "le",
             "passage": "le", "square": "le"}


def avec_article(rue: str) -> str:
    """« rue des Drapiers » -> « la rue des Drapiers », « chemin … » -> « le chemin … »."""
    article = _ARTICLES[rue.split()[0]]
    return article + rue if article.endswith("'") else f"{article} {rue}"


def avec_de(rue: str) -> str:
    """« rue des Drapiers » -> « de la rue des Drapiers », « chemin … » -> « du chemin … »."""
    forme = avec_article(rue)
    if forme.startswith("le "):
        return "du " + forme[3:]
    return "de " + forme

# Lieux typiques des grands ensembles des quartiers prioritaires.
LIEUX_PRIORITAIRES = [
    "au pied de la tour C", "devant le centre commercial du quartier", "dans la galerie marchande",
    "près du city-stade", "dans la coursive du bâtiment B", "devant le local du bailleur",
    "sur la dalle", "près de la passerelle", "au pied de la barre Orvelin", "devant l'entrée 12 de la résidence",
    "sur le parking de la tour A", "près de l'antenne jeunesse",
]


def a_quartier(q: str) -> str:
    """« Le Moulin-Neuf » -> « au Moulin-Neuf », « Les Grès » -> « aux Grès », « Bellerive » -> « à Bellerive »."""
    if q == "Centre-Ville":
        return "au centre-ville"
    if q.startswith("Le "):
        return "au " + q[3:]
    if q.startswith("Les "):
        return "aux " + q[4:]
    return "à " + q


def de_quartier(q: str) -> str:
    """« Le Moulin-Neuf » -> « du Moulin-Neuf », « Les Grès » -> « des Grès », « Bellerive » -> « de Bellerive »."""
    if q == "Centre-Ville":
        return "du centre-ville"
    if q.startswith("Le "):
        return "du " + q[3:]
    if q.startswith("Les "):
        return "des " + q[4:]
    return "d'" + q if q[0] in "AEIOUÉÈ" else "de " + q


def formes_quartiers(quartiers):
    """Les marqueurs de quartier d'un tableau de quartiers (a_quartier, A_quartier, de_quartier)."""
    import numpy as np

    a = {q: a_quartier(q) for q in QUARTIERS}
    d = {q: de_quartier(q) for q in QUARTIERS}
    fa = np.array([a[q] for q in quartiers], dtype=object)
    return {"a_quartier": fa, "A_quartier": np.array([x[:1].upper() + x[1:] for x in fa], dtype=object),
            "de_quartier": np.array([d[q] for q in quartiers], dtype=object)}


def nombres(rng, n: int) -> dict:
    """Marqueurs numériques d'un tableau de n lignes : {minutes}, {annee}, {euros}, {nombre}
    (les vrais messages citent des durées, des années, des prix, des comptes)."""
    import numpy as np

    def tirer(debut, fin):
        valeurs = np.array([str(v) for v in range(debut, fin)], dtype=object)
        return valeurs[rng.integers(0, len(valeurs), n)]

    return {"minutes": tirer(3, 96), "annee": tirer(1958, 2025), "euros": tirer(2, 400), "nombre": tirer(2, 61)}
