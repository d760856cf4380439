"""La rédaction « à la manière d'un assistant » du générateur de synthèses (Lab 06).

Un assistant conversationnel ne recopie pas les contributions : il les **résume** avec ses
mots, donne aux thèmes des noms courts (« la ZFE », « les tarifs », « les piétons »), écrit
sans les fautes de frappe des habitant·es. Seules les citations entre guillemets reprennent
le texte exact. Ce module contient ce que le générateur emploie pour écrire ainsi :

- ``IDEES`` : pour chaque thème de la consultation de Méridanne, des idées résumées,
  chacune avec sa **signature** (les mots, sans accents, qu'une contribution doit tous
  contenir pour que l'idée soit vraiment exprimée) : le générateur n'emploie une idée que si
  au moins une contribution du thème la porte, et garde l'identifiant de cette contribution ;
- ``NOMS_COURTS`` : les noms qu'un assistant donne aux thèmes ;
- ``CONTRAIRES`` : des mots et leur contraire plausible, pour altérer une citation en
  changeant son sens (« indispensable » → « inutile ») plutôt qu'avec des mots au hasard.

Ces textes sont écrits par le cours (voir ``data/README.md``) : ce ne sont pas des sorties
d'un modèle de langue.
"""

from __future__ import annotations

import re

from ..texte import format_nombre

IDEES: dict[str, list[tuple[str, str]]] = {
    "Transports en commun": [
        ("tram train deuxieme couronne", "le tram-train vers les communes de la seconde couronne leur paraît indispensable"),
        ("frequence bus soir dimanche", "il faudrait davantage de passages de bus en soirée et le week-end"),
        ("couloirs bus reserves", "les voies réservées aux bus font gagner du temps et devraient être étendues"),
        ("trams bondes heures pointe", "les rames sont saturées aux heures de pointe"),
        ("correspondances tram bus mal", "les correspondances entre tram et bus sont mal coordonnées"),
        ("bus electriques panne", "les nouveaux bus électriques tombent souvent en panne"),
        ("horaires temps reel", "l'affichage des horaires en temps réel devrait équiper chaque arrêt"),
    ],
    "Vélo et aménagements cyclables": [
        ("pistes cyclables separees circulation", "seules des pistes séparées du trafic convaincront les familles de pédaler"),
        ("stationnements velo securises", "il manque des stationnements sécurisés pour les vélos près des gares et des écoles"),
        ("pistes cyclables arretent brusquement carrefours", "les pistes s'interrompent aux carrefours, ce qui expose les cyclistes"),
        ("vols velos frequents", "la fréquence des vols dissuade de garer son vélo en ville"),
        ("entretenir pistes existantes", "l'entretien des pistes existantes devrait passer avant de nouveaux aménagements"),
        ("trottinettes electriques envahissent pistes", "les trottinettes électriques occupent les pistes cyclables"),
    ],
    "Marche et espaces piétons": [
        ("elargir trottoirs poussette", "les trottoirs devraient être élargis, ne serait-ce que pour passer avec une poussette"),
        ("trottoirs encombres", "les trottoirs sont encombrés par les poubelles, les voitures et les trottinettes"),
        ("feux pietons trop courts", "les feux piétons ne laissent pas le temps de traverser le boulevard"),
        ("bancs personnes agees", "des bancs plus fréquents aideraient les personnes âgées à marcher"),
        ("pietonnisation tuer commerces", "la piétonnisation menacerait les commerces du centre"),
        ("cheminements pietons coupes chantiers", "les chantiers coupent les cheminements piétons sans itinéraire de remplacement"),
    ],
    "Voiture et stationnement": [
        ("parking relais gratuit entree", "des parkings relais gratuits aux entrées de la métropole seraient bienvenus"),
        ("supprime places stationnement", "des places de stationnement disparaissent sans solution de remplacement"),
        ("prix stationnement centre exorbitant", "se garer dans le centre coûte désormais bien trop cher"),
        ("autopartage chaque quartier", "l'autopartage devrait être proposé dans chaque quartier"),
        ("artisan garer clients", "les artisan·es peinent à se garer près de chez leurs clients"),
        ("commercants perdent clients places", "les commerçant·es perdraient des clients faute de places"),
    ],
    "Zone à faibles émissions et qualité de l'air": [
        ("accompagner menages modestes aides", "les ménages modestes doivent être aidés à remplacer leur véhicule"),
        ("zfe exclut quartiers populaires", "la ZFE tiendrait les habitant·es des quartiers populaires à l'écart du centre"),
        ("aides changer vehicule insuffisantes", "les aides au changement de véhicule sont trop faibles et trop complexes"),
        ("camions livraison continuent polluer", "les camions de livraison continuent de polluer quand les particulier·es doivent renoncer à leur voiture"),
        ("calendrier clair derogations petits rouleurs", "la ZFE devrait prévoir un calendrier lisible et des dérogations pour celles et ceux qui roulent peu"),
        ("maladies respiratoires", "moins de véhicules polluants, ce serait moins de maladies respiratoires"),
    ],
    "Tarifs et abonnements": [
        ("gratuite moins dix huit ans", "la gratuité des transports pour les mineur·es est saluée"),
        ("tarif solidaire revenus", "une tarification solidaire selon les revenus serait plus juste que la gratuité pour tous"),
        ("abonnement unique tram bus velo", "un abonnement unique couvrant tram, bus, vélo et parking relais simplifierait tout"),
        ("abonnement mensuel augmente", "la hausse de l'abonnement mensuel rend les transports trop chers"),
        ("distributeurs tickets panne", "les distributeurs de tickets sont fréquemment hors service"),
        ("seniors perdu reduction", "la suppression de la réduction pour les seniors est injuste"),
    ],
    "Sécurité routière et vitesse": [
        ("radars pedagogiques ecoles", "il faudrait des radars pédagogiques devant les écoles"),
        ("voitures roulent toujours aussi vite", "les automobilistes ne ralentissent pas malgré la signalisation"),
        ("rodeos urbains", "les rodéos urbains restent impunis"),
        ("croix verte accidentogene", "le carrefour de la Croix-Verte reste dangereux depuis des années"),
        ("plateaux sureleves carrefours", "les plateaux surélevés aux carrefours font efficacement ralentir"),
    ],
    "Desserte des quartiers périphériques": [
        ("transport demande soir", "un transport à la demande en soirée desservirait les quartiers éloignés"),
        ("relier quartiers entre eux", "les quartiers devraient être reliés entre eux, et pas seulement au centre"),
        ("deux bus heure travailler", "rejoindre un emploi à dix kilomètres peut demander deux bus et une heure de trajet"),
        ("tilleuls trente minutes", "aux Tilleuls, le bus ne passe que toutes les demi-heures"),
        ("concentre tout centre peripherie", "le plan mise tout sur le centre au détriment de la périphérie"),
        ("navette hopital pepiniere", "une navette entre la Pépinière et l'hôpital rendrait service"),
    ],
    "Livraisons et logistique urbaine": [
        ("dernier kilometre velo cargo", "le dernier kilomètre des livraisons pourrait se faire en vélo-cargo"),
        ("camions livraison bloquent rue", "les camions de livraison encombrent la chaussée chaque matin"),
        ("double file", "les camionnettes de colis stationnent en double file"),
        ("horaires livraison encadres", "les horaires de livraison devraient être encadrés dans le centre"),
        ("centres distribution urbains", "des centres de distribution en entrée de ville limiteraient le passage des camions"),
    ],
    "Calendrier des travaux et concertation": [
        ("consultation formalite", "la consultation ne serait qu'une formalité, les décisions étant déjà prises"),
        ("reunions publiques horaires", "les réunions publiques se tiennent à des heures où l'on travaille"),
        ("calendrier travaux publie quartier", "le calendrier des chantiers devrait être publié quartier par quartier"),
        ("trop travaux meme temps", "trop de chantiers simultanés paralysent la ville"),
        ("comite habitants", "un comité d'habitant·es devrait suivre la mise en œuvre du plan"),
        ("dossier concertation illisible", "le dossier de concertation est trop technique pour le grand public"),
    ],
    "Accessibilité des personnes handicapées": [
        ("quais bus accessibles", "les personnes en fauteuil attendent des quais de bus accessibles partout"),
        ("ascenseur station gare panne", "l'ascenseur de la station Gare tombe trop souvent en panne"),
        ("bandes podotactiles", "il faudrait des bandes podotactiles à chaque passage piéton"),
        ("transport adapte reserve veille", "le transport adapté devrait pouvoir se réserver la veille"),
        ("annonces sonores visuelles", "les annonces sonores et visuelles dans les bus aident les personnes aveugles ou sourdes"),
    ],
    "Sécurité des femmes la nuit": [
        ("eclairer arrets bus chemins", "les arrêts et les chemins qui mènent aux stations devraient être mieux éclairés"),
        ("agents mediation tram soir", "la présence d'agents de médiation à bord des trams en soirée rassurerait les voyageuses"),
        ("numero alerte discret", "un numéro d'alerte discret dans les transports serait utile"),
        ("passage souterrain gare", "le passage souterrain de la gare fait peur la nuit"),
        ("arret demande entre deux arrets", "l'arrêt à la demande le soir compte beaucoup pour les femmes qui rentrent seules"),
    ],
}

# Les noms qu'un assistant donne aux thèmes ; un thème absent garde son nom entre guillemets.
NOMS_COURTS: dict[str, list[str]] = {
    "Transports en commun": ["les transports en commun", "les transports collectifs", "le réseau de bus et de tram"],
    "Vélo et aménagements cyclables": ["le vélo", "les pistes cyclables", "les aménagements cyclables"],
    "Marche et espaces piétons": ["la marche", "les piétons", "les espaces piétons"],
    "Voiture et stationnement": ["la voiture", "le stationnement"],
    "Zone à faibles émissions et qualité de l'air": ["la ZFE", "la zone à faibles émissions", "la qualité de l'air"],
    "Tarifs et abonnements": ["les tarifs", "les abonnements", "la tarification"],
    "Desserte des quartiers périphériques": ["la desserte des quartiers périphériques", "les quartiers périphériques"],
    "Sécurité routière et vitesse": ["la sécurité routière", "la vitesse"],
    "Calendrier des travaux et concertation": ["le calendrier des travaux", "la concertation"],
    "Livraisons et logistique urbaine": ["les livraisons", "la logistique urbaine"],
    "Accessibilité des personnes handicapées": ["l'accessibilité", "les personnes handicapées"],
    "Sécurité des femmes la nuit": ["la sécurité des femmes la nuit", "la sécurité des femmes le soir"],
}

# Un mot et un contraire plausible : une citation altérée change de sens, pas d'allure.
CONTRAIRES: dict[str, str] = {
    "indispensable": "inutile", "utile": "inutile", "nécessaire": "inutile", "essentielle": "secondaire",
    "excellente": "mauvaise", "bonne": "mauvaise", "meilleure": "pire", "magnifique": "ratée",
    "moins": "plus", "trop": "assez", "toujours": "rarement", "jamais": "toujours",
    "mal": "bien", "bien": "mal", "agréable": "pénible", "juste": "injuste", "injuste": "juste",
    "dangereux": "sûr", "enfin": "encore", "davantage": "moins", "augmenter": "réduire", "gratuit": "payant",
    "insuffisantes": "suffisantes", "cher": "abordable", "oublié": "favorisé", "bondés": "vides",
    "retard": "avance", "tôt": "tard", "courts": "longs", "élargir": "rétrécir", "soutiens": "refuse",
    "favorable": "opposé", "ravi": "déçu", "ravie": "déçue", "sécurité": "danger", "rassureraient": "inquiéteraient",
    "accessibles": "inaccessibles", "inaccessibles": "accessibles", "rapide": "lente", "fréquents": "rares",
    "abordable": "ruineux", "simplifie": "complique", "idéal": "inutile",
}


# --- petites règles d'écriture ----------------------------------------------------------------

# Les mots en « h » aspiré les plus courants : pas d'élision devant eux (« que la hausse »,
# « que haut » ; mais « qu'habiter »).
_H_ASPIRE = ("hausse", "haut", "hors", "hasard", "halte", "hall", "honte", "héros", "hâte", "hurl", "hiérarch")


def que(phrase: str) -> str:
    """« que » suivi de la phrase (sa majuscule initiale et sa ponctuation finale ôtées), élidé
    devant une voyelle ou un h muet : ``que("Il en ressort…")`` → « qu'il en ressort… »,
    ``que("Des participant·es…")`` → « que des participant·es… »."""
    debut = phrase.strip()
    debut = (debut[:1].lower() + debut[1:]).rstrip(" .!?…")
    mot = debut.split(" ", 1)[0].lower()
    voyelle = re.match(r"[aeiouyéèêëàâîïôûùh]", mot[:1]) and not mot.startswith(_H_ASPIRE)
    return ("qu'" if voyelle else "que ") + debut


def accorder(nombre: float, singulier: str, pluriel: str | None = None, decimales: int = 0) -> str:
    """Le nombre écrit à la française, suivi du nom accordé : au singulier au-dessous de 2
    (« 0,94 fausse alerte », « 1,5 fausse alerte », « 0 exigence »), au pluriel à partir de 2
    (« 2 fausses alertes »). ``pluriel`` : par défaut, le singulier suivi d'un « s »."""
    au_singulier = abs(round(float(nombre), decimales)) < 2  # « 1,996 » écrit « 2 » : pluriel
    return f"{format_nombre(nombre, decimales)} {singulier if au_singulier else (pluriel or singulier + 's')}"
