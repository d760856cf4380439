"""Fabrique data/grand_debat_exemple.csv : 240 contributions inventées par le projet, au format
des données ouvertes du Grand Débat national (fichier LA_TRANSITION_ECOLOGIQUE.csv de 2019).

Usage : python outils/fabrication/grand_debat.py data/grand_debat_exemple.csv

Les phrases ci-dessous ont été écrites pour le cours ; aucune ne vient des vraies données.
Le matériau :

- ``REPONSES`` (question 118, « que faudrait-il faire ») : quinze thèmes (transports, mobilité
  rurale, logement, chauffage, agriculture, alimentation, fiscalité, déchets, consommation,
  énergie, eau, biodiversité, tourisme, numérique, démocratie) de seize à dix-huit idées
  chacun, écrites comme des gabarits à choix « [a|b] » (un choix toutes les trois ou quatre
  mots, imbriqués ou vides ; marqueurs {ville} {km} {euros} {annees} {annee} {e} {nombre}
  {minutes}) ; une par thème est une longue réponse argumentée ;
- ``COURTES`` : des réponses de trois à dix mots (« Taxer le kérosène. ») ;
- ``VECU`` (question 120) et ``GESTES`` (question 122) : ce que vivent et font les gens ;
- ``APARTES`` : des incises de la vie de chacun·e (métier, commune, situation) ;
- ``MOTS`` : un petit lexique de synonymes propre à ce corpus (le lexique commun de
  civiclabs.corpus.redaction, écrit pour la ville de Méridanne, n'est pas utilisé).

Les choix sont écrits en entier (« [de drainer|d'assécher] ») : aucune élision ni contraction
n'est laissée aux jonctions. Une réponse ouverte combine une à cinq idées (parfois d'un autre
thème que le premier), séparées, liées ou numérotées ; une sur huit est courte. Chaque auteur·e
a son style (``tirer_styles``) et, pour une partie, un registre (fautes légères ou nombreuses,
familier), appliqués à toutes ses réponses. Environ 6 % des contributions (douze avec la graine
2019) reprennent le même texte (``COPIE``), comme les copiés-collés des vraies données ; qui
copie-colle remplit rarement les autres questions. C'est le seul groupe de textes presque
identiques.

Les métadonnées (identifiants, dates, auteur·es, codes postaux, réponses fermées) sont tirées
d'un générateur à part, pour ne pas changer quand on retouche le matériau."""
import base64
import csv
import random
import re
import sys
import uuid
from datetime import datetime, timedelta


def qid(n):
    return "Q" + base64.b64encode(f"Question:{n}".encode()).decode().rstrip("=")

Q = [
    (117, "Quel est aujourd'hui pour vous le problème concret le plus important dans le domaine de l'environnement ?"),
    (118, "Que faudrait-il faire selon vous pour apporter des réponses à ce problème ?"),
    (119, "Diriez-vous que votre vie quotidienne est aujourd'hui touchée par le changement climatique ?"),
    (120, "Si oui, de quelle manière votre vie quotidienne est-elle touchée par le changement climatique ?"),
    (121, "À titre personnel, pensez-vous pouvoir contribuer à protéger l'environnement ?"),
    (122, "Si oui, que faites-vous aujourd'hui pour protéger l'environnement et/ou que pourriez-vous faire ?"),
]
PROBLEMES = ["La pollution de l'air", "Les dérèglements climatiques (crue, sécheresse)",
             "La biodiversité et la disparition de certaines espèces", "L'érosion du littoral", "Autre"]

# Idées écrites comme des gabarits (« [a|b] », voir civiclabs.corpus.redaction) : une même idée
# se dit de nombreuses façons, comme dans les vraies contributions. Une option qui commence par
# une virgule ou un deux-points porte son espace : « le kérosène[, c'est juste| avant tout] ».
REPONSES = {
 "transports": [
   "[Remettre en service|Rouvrir|Sauver|Moderniser] [les petites lignes de train|les lignes ferroviaires secondaires|nos petites lignes SNCF|les lignes TER de campagne][ fermées depuis des années| qu'on a laissé mourir| abandonnées faute d'entretien|][, comme celle qui passait par {ville}|, celle de {ville} par exemple|].",
   "[Faire payer|Taxer enfin|Taxer] le kérosène [des avions|du transport aérien|des compagnies aériennes][ comme on taxe le gazole des automobilistes| avant de taxer ceux qui vont travailler|, c'est une question de justice| au même niveau que notre essence].",
   "Les [vols intérieurs|trajets courts en avion|lignes aériennes entre grandes villes] [n'ont plus de sens|sont à supprimer|devraient disparaître] quand [le train met moins de trois heures|il existe une alternative en train|on peut faire le trajet en TGV].",
   "[Baisser|Plafonner|Revoir] le prix des billets de train[, un aller-retour pour {ville} coûte plus cher que le plein| : à quatre, le train coûte plus cher que la voiture| pour les familles et les étudiants|].",
   "[Le fret|Le transport de marchandises|Le transport des marchandises] doit [repasser|revenir|retourner] sur [le rail|les rails|le train][ au lieu des camions sur l'autoroute| plutôt que sur nos routes nationales| : des milliers de camions traversent nos villages|].",
   "[Interdire|Limiter|Taxer] les camions [en transit|étrangers qui traversent la France|qui ne font que passer][ sans payer un centime| sans rien laisser|][, comme en Suisse|, comme le font nos voisins|].",
   "On nous demande de [laisser la voiture|moins rouler|changer de voiture|prendre les transports], mais [à la campagne|chez nous|en zone rurale|dans nos villages] il n'y a [rien d'autre|aucune alternative|pas de bus|pas le moindre transport]. [Le dernier car|Le seul car|Le car scolaire|L'unique bus] passe à [7 h|7 h 10|6 h 50|6 h 45] et [c'est tout|il n'y a plus rien ensuite|il n'y a rien pour le retour|le suivant est à 18 h]. Avant de [taxer|pénaliser|culpabiliser|montrer du doigt] ceux qui roulent, [il faut|qu'on commence par|l'État doit] [proposer|mettre en place|financer] [autre chose|des solutions|de vraies alternatives].",
   "[Développer|Encourager|Financer] le télétravail[ pour éviter| afin d'éviter|, ça éviterait] [les trajets inutiles|des milliers de kilomètres|les allers-retours quotidiens][ vers la ville| jusqu'à {ville}|].",
   "[Limiter|Réduire|Baisser] la vitesse [à 110|à 120] sur [l'autoroute|les autoroutes][, ça ne coûte rien| : c'est simple et ça économise du carburant| plutôt que de taxer le carburant|].",
   "[Revenir aux|Remettre les|Rendre les] 90 km/h sur [les départementales|les routes de campagne|nos routes][, les 80 km/h ne servent à rien pour le climat|, ce n'est pas ça qui sauvera la planète|, on perd du temps pour rien|].",
   "[Aider|Accompagner] [les ménages modestes|les familles|les travailleurs] à [changer de voiture|passer à une voiture propre|acheter un véhicule moins polluant][ : la prime à la conversion ne suffit pas| sans les obliger à s'endetter|, même une occasion récente reste hors de prix|].",
   "Les voitures électriques [ne sont pas la solution|ne règlent rien|sont hors de prix] [pour nous|à la campagne|pour les petits salaires][ : autonomie, bornes, prix des batteries.| : pas de borne à moins de {km} km.|, et les batteries, on en fait quoi ?|.]",
   "[Multiplier les|Prévoir des|Financer des] bornes de recharge [dans les bourgs|sur les parkings des supermarchés|près des mairies|dans chaque chef-lieu de canton][, sinon personne n'achètera d'électrique|, aujourd'hui il faut faire {km} km pour en trouver une|].",
   "[Taxer|Faire contribuer] [les porte-conteneurs|les navires de croisière|les cargos][ qui brûlent du fioul lourd| et les paquebots|][ avant de s'en prendre au diesel des pauvres| plutôt que les automobilistes|].",
   "Des pistes cyclables [sûres|séparées de la route|éclairées] [entre les villages|jusqu'au collège|vers la gare][, pas seulement|, et pas uniquement] [en centre-ville|dans les métropoles|à Paris].",
   "[Encourager|Aider] l'achat de vélos électriques[ avec une vraie prime| avec une aide de l'État| par une aide plus forte|][, chez nous ça monte|, les côtes sont rudes ici|, avec nos côtes c'est indispensable|].",
   "Je [fais|roule] [{km} km|plus de {km} km|près de {km} km] par jour pour [aller travailler|aller au boulot|me rendre à l'usine][ et il n'y a aucun bus| : pas d'autre choix que [la voiture|la bagnole]|, le train ne passe plus|].",
   "[Arrêter|Cesser] de construire [des autoroutes|de nouvelles routes|des rocades] et [mettre l'argent dans|investir dans|tout miser sur] [le rail|les trains du quotidien|les transports collectifs].",
 ],
 "mobilité rurale": [
   "[Développer|Renforcer|Remettre] les [bus|cars|navettes] [dans les zones rurales|à la campagne|dans nos villages|hors des grandes villes|dans les petites communes][, où la voiture reste obligatoire|, on n'a pas le choix de la voiture|, aujourd'hui c'est le désert|].",
   "[Des cars express|Des navettes|Des bus réguliers|Des minibus] entre [les bourgs|les villages|les hameaux] et [la ville|{ville}|la gare la plus proche], avec des horaires [qui collent au travail|du matin et du soir|adaptés aux salariés|qui tiennent compte des usines].",
   "[Aider vraiment|Encourager|Organiser] le covoiturage[ avec des aires près des échangeurs| avec une appli publique et gratuite| entre collègues de la même zone| par la communauté de communes|][, aujourd'hui on se débrouille entre nous|, les parkings improvisés débordent|].",
   "[Un transport à la demande|Un service de transport à la demande|Un minibus à la demande] [pour les personnes âgées|pour ceux qui n'ont pas le permis|pour les anciens], [qu'on puisse réserver|à réserver] [la veille|par téléphone|à la mairie][ pour aller au marché| pour le médecin| pour les courses|].",
   "[Garder|Maintenir|Rouvrir] [les commerces|les services publics|les cabinets médicaux|la poste] [dans les bourgs|au village|près des gens] : [si les services ferment, on roule encore plus|moins il y a de services, plus on fait de kilomètres|chaque fermeture, c'est des kilomètres en plus].",
   "Le permis [et la voiture|et une voiture] [coûtent|reviennent à] [une fortune|des milliers d'euros|très cher] [pour un jeune|pour nos jeunes|quand on a dix-huit ans], [mais sans permis|or sans voiture|et sans ça] [pas de travail|on ne trouve pas d'emploi|pas d'apprentissage] [ici|dans le coin|chez nous].",
   "[Financer|Développer] [les garages solidaires|la location de voitures à prix social|les scooters prêtés aux jeunes][ pour ceux qui ont un emploi loin| pour aller en formation|][, ça existe déjà dans certains départements|].",
   "[Coordonner|Caler|Synchroniser] les horaires [des cars|des bus|des TER] [avec les trains|entre eux|avec les horaires d'usine][ : aujourd'hui on attend {minutes} minutes en gare|, rater la correspondance c'est perdre la journée|].",
   "[Créer|Aménager|Ouvrir] [des parkings relais|des parkings gratuits] [près des gares|à l'entrée des villes|aux arrêts de car][ pour finir le trajet en train| pour ceux qui viennent de loin|].",
   "[Autoriser les cars scolaires à prendre aussi les adultes|Ouvrir les cars de ramassage scolaire aux adultes|Laisser monter les habitants dans le car scolaire|Ouvrir le car du collège à tout le monde][ qui vont au bourg| en dehors des heures de classe| le jour du marché|][, il y a de la place|, ça ne coûterait presque rien|, les places sont là|, il roule à moitié vide].",
   "[Rouvrir|Ne pas fermer|Maintenir] [les guichets|les gares|les haltes ferroviaires] [dans les petites villes|à la campagne][ : acheter un billet sur internet, ce n'est pas donné à tout le monde| avec une vraie personne au guichet|].",
   "[Une aide|Une indemnité|Un chèque] [carburant|kilométrique|transport] pour [ceux qui n'ont pas le choix|les salariés qui roulent beaucoup|les travailleurs ruraux][, en attendant les alternatives|, tant qu'il n'y a pas de bus|].",
   "Dans [mon village|notre commune|mon hameau], [la moitié des habitants ont|beaucoup d'habitants ont|la plupart des gens ont] plus de [70|75|80] ans[ et il n'y a aucun transport.| : comment vont-ils chez le médecin ?| sans le moindre bus.]",
   "[Entretenir|Réparer|Refaire] [les routes départementales|nos petites routes|les chemins communaux][ avant de nous parler de vélo| : avec les nids-de-poule, même à vélo c'est risqué|][, elles sont dans un état lamentable|].",
   "[Une carte|Un abonnement|Un pass] [unique|régional] pour [le car et le train|tous les transports de la région|bus, car et TER][, à un prix raisonnable|, comme en Suisse ou en Autriche|, à {nombre} euros par mois|].",
   "J'habite [dans un hameau|dans un petit village|en pleine campagne|au fond d'une vallée] à {km} km [de la première ville|du premier supermarché|de la gare|du médecin le plus proche]. [Sans voiture|Sans permis|Sans nos deux voitures|Sans véhicule], [je ne peux rien faire|impossible de travailler|je suis coincé{e}|c'est la prison] : [médecin, travail, courses|le travail, le médecin, les courses|l'école, le boulot, la pharmacie|la poste, le pain, le docteur], tout est [loin|à des kilomètres|à une demi-heure]. [Le bus|Le car|Le dernier bus] [passe deux fois par jour|ne passe qu'en période scolaire|a été supprimé en {annee}|ne passe plus depuis {annee}], alors [quand on me parle de transition écologique, j'ai envie de rire|les beaux discours sur la sobriété, non merci|je me sens oublié{e} par ceux qui parlent d'écologie|qu'on ne vienne pas me faire la leçon].",
   "[Ramener|Faire revenir|Remettre] [du travail|des emplois|des entreprises] [près des gens|dans les campagnes|dans les petites villes][ plutôt que de tout concentrer dans les métropoles| : c'est ça, réduire les kilomètres|].",
 ],
 "logement": [
   "Aider [les propriétaires modestes|les petits propriétaires|les retraités] à isoler [leur maison|leur logement|leurs vieilles maisons] [sans avancer l'argent|avec des aides versées tout de suite|sans dossier interminable|simplement].",
   "[Un guichet unique|Un seul interlocuteur|Une seule adresse|Un conseiller unique] pour la rénovation énergétique[, les démarches sont trop compliquées|, on se perd dans les dossiers|, entre l'Anah, les CEE et les crédits d'impôt on n'y comprend rien|].",
   "[Interdire|Encadrer|Mettre fin à] la location des passoires thermiques, mais en [accompagnant|aidant|soutenant] les [bailleurs|petits propriétaires][ qui n'ont pas les moyens|, tous ne sont pas riches|].",
   "[Lutter contre|Sanctionner|Combattre] [les arnaques à l'isolation à 1 euro|les entreprises d'isolation malhonnêtes|les démarcheurs qui appellent tous les jours][, ma voisine s'est fait avoir|, c'est devenu du harcèlement|, les gens n'ont plus confiance|].",
   "[Former|Labelliser|Contrôler] [les artisans|les entreprises du bâtiment][ pour que les travaux soient bien faits| : on a payé une isolation mal posée|, le label RGE ne garantit rien].",
   "[J'ai fait isoler|On a fait isoler|J'ai voulu isoler|Nous avons isolé] [ma maison|les combles|mon appartement|notre vieille ferme] : [{euros} euros de reste à charge|trois artisans, trois devis différents|des mois de paperasse|un an d'attente pour un artisan].",
   "[Rénover|Réhabiliter|Remettre sur le marché] [les logements vides|les maisons abandonnées] [des centres-bourgs|du centre-ville|des villages] [au lieu de construire|plutôt que de bâtir|avant d'ouvrir] [des lotissements|de nouveaux quartiers] [dans les champs|en périphérie|sur des terres agricoles].",
   "[Rendre obligatoire|Imposer|Exiger] [un diagnostic|un audit énergétique] [à chaque vente|avant chaque vente ou location][, avec un prix fixé|, et que ce soit sérieux|, pas un papier bâclé en dix minutes|].",
   "[Les aides|Les primes|Les crédits d'impôt] [changent tout le temps|changent chaque année|sont modifiés sans arrêt][, impossible de prévoir des travaux| : on commence un dossier et les règles changent|, les artisans eux-mêmes sont perdus|].",
   "[Aider|Accompagner] [les copropriétés|les syndics] [à voter les travaux|pour isoler les façades|à rénover les immeubles des années 70][, aujourd'hui un seul copropriétaire peut tout bloquer|].",
   "[Construire|Bâtir] [en bois|avec des matériaux locaux|en paille et en terre][, comme on le faisait avant|, nos forêts et nos scieries le permettent|].",
   "[Isoler en priorité|Commencer par isoler|Rénover d'abord] [les écoles|les bâtiments publics|les HLM|les mairies et les gymnases][, certains sont de vraies passoires|, on chauffe les oiseaux|, l'État doit montrer l'exemple|].",
   "[Je suis locataire|Nous sommes locataires] [et le propriétaire|mais le bailleur] [refuse d'isoler|ne veut rien entendre|ne fait pas les travaux] : [plus de 2 000 euros de chauffage par an|c'est nous qui payons les factures|on chauffe la rue].",
   "[Limiter|Freiner|Taxer davantage] [les résidences secondaires|les logements de tourisme] [vides dix mois par an|qui restent vides l'hiver|vides la plus grande partie de l'année][ alors que les jeunes du pays ne trouvent pas à se loger|, les villages meurent l'hiver|].",
   "Avec [les nouvelles normes|la RT 2012|les règles actuelles], [construire|rénover une vieille maison|isoler une maison en pierre] [coûte une fortune|devient impossible|est un casse-tête][, et on abîme les murs anciens|, les murs en pierre doivent respirer|].",
   "[La priorité|Le plus urgent|Le vrai chantier|L'essentiel], c'est [l'isolation des logements|la rénovation des maisons|les passoires thermiques|de rénover les maisons anciennes] : [une maison mal isolée|un logement mal isolé|une passoire thermique], c'est [des factures énormes|de l'argent jeté par les fenêtres|du fioul brûlé pour rien|de l'énergie perdue][ et des gens qui ont froid| pour des familles qui ont déjà du mal| et des murs humides|]. [Les aides existent|Il y a des aides|On nous parle d'aides], mais [il faut avancer les frais|il faut avancer l'argent|il faut faire l'avance des travaux|il faut payer avant d'être aidé], [ce que les ménages modestes ne peuvent pas faire|et les petits budgets ne le peuvent pas|et tout le monde n'a pas cette somme|et les artisans demandent un acompte], [alors il faut|donc il faut|il faudrait donc] [un prêt à taux zéro vraiment simple|que l'État paie directement l'artisan|un tiers payeur|une avance sur les aides][, sans dossier de trente pages|, sans conditions impossibles|, avec un seul interlocuteur|].",
   "[Aider|Encourager] [les jeunes|les jeunes couples|les familles] à [racheter|reprendre] [des maisons anciennes|des maisons de bourg] [plutôt qu'à construire neuf|au lieu de faire construire en lotissement][, avec une aide pour les travaux|].",
 ],
 "chauffage": [
   "Remplacer les chaudières au fioul [avec une aide qui couvre vraiment le coût|sans laisser un reste à charge énorme|par des pompes à chaleur ou des poêles à granulés][, une pompe à chaleur coûte {euros} euros|, on ne peut pas tout payer seuls|].",
   "Le prix du fioul [a augmenté|a flambé|a doublé] [cet hiver|en deux ans|depuis {annee}] : [on chauffe moins|on ne chauffe plus que la cuisine|on a froid chez nous|certains voisins ne chauffent plus du tout].",
   "[Encourager|Aider] le chauffage au bois [avec des poêles modernes|avec des poêles performants|en remplaçant les vieilles cheminées ouvertes][, le bois est local et renouvelable|, nos forêts sont à côté|, on a du bois partout ici|].",
   "[Ne pas taxer|Ne pas interdire|Ne pas décourager] le chauffage au bois[ sous prétexte de particules fines| comme on l'entend dire|], [c'est le chauffage des campagnes|ici tout le monde a un poêle|on a la forêt à côté|c'est local et pas cher].",
   "[Créer|Développer|Financer] des réseaux de chaleur [au bois|alimentés par les déchets de scierie|à la plaquette forestière] [dans les bourgs|pour l'école et la mairie|pour les HLM][, notre commune l'a fait et ça marche|, c'est local et ça crée des emplois|].",
   "[Contrôler|Surveiller|Réglementer] [les démarcheurs en pompes à chaleur|les installateurs de pompes à chaleur][, beaucoup posent du matériel mal dimensionné|, on a vu des arnaques à {euros} euros|, certains ont vendu des appareils inutiles à des retraités|].",
   "[Le chèque énergie|Le chèque énergie de {nombre}0 euros|L'aide au chauffage] [ne suffit pas|est ridicule|ne paie même pas une livraison de fioul][ face aux factures d'hiver| quand un plein de cuve dépasse 1 000 euros|].",
   "[Chauffer moins|Baisser le chauffage|Chauffer à 19 degrés|Arrêter de surchauffer] [dans les bureaux et les administrations, on y a trop chaud l'hiver|dans les magasins, dont les portes restent ouvertes en plein hiver|dans les bâtiments publics, on y crève de chaud|dans les grandes surfaces, on y est en tee-shirt en janvier][, c'est du gaspillage|, ça ne coûte rien|, ce serait un bon exemple|].",
   "[Interdire|Taxer] [les terrasses chauffées|les chauffages de terrasse|les braseros en extérieur][, c'est absurde|, chauffer la rue en hiver c'est insensé|, on demande des efforts aux gens et on chauffe dehors|].",
   "[Organiser|Offrir|Proposer] [des thermographies|des visites gratuites|un diagnostic gratuit] [des maisons|des logements][ pour montrer où part la chaleur| avant l'hiver|][, beaucoup de gens ignorent par où la chaleur s'en va|].",
   "[Bloquer|Geler|Plafonner] [le prix du gaz|les tarifs du gaz et de l'électricité|le prix de l'énergie] pour [les ménages|les retraités|les familles modestes][ pendant l'hiver|, au moins pour les premiers kilowattheures|].",
   "[Chez moi|À la maison|Dans ma maison], [on chauffe|nous chauffons|je chauffe] [au bois|au fioul|à l'électrique|au gaz en citerne] et [la facture|le budget chauffage] [représente|atteint] [{euros} euros par an|un mois de retraite|deux mois de salaire].",
   "Il faut [aider|accompagner] ceux qui [ont encore|gardent] [des convecteurs électriques|des radiateurs grille-pain|de vieux radiateurs] [à changer d'équipement|à passer à autre chose|à s'équiper autrement][, ce sont souvent les plus pauvres|, ce sont souvent des locataires|].",
   "[Développer|Encourager|Soutenir] la géothermie [et les pompes à chaleur|pour les maisons neuves|dans les lotissements][, c'est une énergie sous nos pieds|, on n'en parle jamais|].",
   "[Une bonne partie|Beaucoup|La moitié] des [personnes âgées|retraités|anciens] [de mon village|autour de moi|de ma commune] [vivent dans une seule pièce|ne chauffent qu'une pièce|restent en manteau chez eux] l'hiver[ pour économiser| faute de moyens| : c'est ça, la précarité énergétique|].",
   "[Récupérer|Utiliser] la chaleur [des usines|des data centers|des incinérateurs|des laiteries] [pour chauffer|afin de chauffer] [les maisons|les piscines|les serres][ autour|, au lieu de la perdre|].",
   "[On nous dit|On nous répète|On entend partout|Le gouvernement nous dit] de [baisser le chauffage|mettre un pull|chauffer moins|chauffer à 19 degrés], [soit|bien sûr|pourquoi pas|d'accord]. Mais [dans une maison|chez nous, dans une maison|dans ma maison|dans une ferme] [des années 50|en pierre|mal isolée|aux fenêtres simple vitrage], [à 17 degrés|même à 19 degrés|avec le chauffage au minimum|dès qu'on baisse] [on a froid|il fait humide|les murs moisissent|on vit en manteau]. [Le problème|La vraie question|Le fond du problème], ce n'est pas [le thermostat|le pull|notre comportement|notre bonne volonté], c'est [l'isolation|le bâti|la qualité des logements|l'état des maisons], et [ça|cela] demande [des moyens|de l'argent|des aides|des milliers d'euros] que [nous n'avons pas|beaucoup n'ont pas|les ménages modestes n'ont pas|les retraités n'ont pas].",
 ],
 "agriculture": [
   "Accompagner les agriculteurs pour [réduire les pesticides|changer de pratiques|passer en bio][, sans les laisser seuls face aux coûts|, pas les montrer du doigt| avec un revenu garanti pendant la transition|].",
   "[Rémunérer|Payer] [correctement|au juste prix|décemment] [les agriculteurs|les paysans|les éleveurs][ : un éleveur qui gagne 500 euros par mois ne peut pas investir dans l'écologie|, sinon aucune transition n'est possible|, ils nourrissent le pays|].",
   "[Protéger|Préserver|Entretenir] les haies[ et les zones humides| et les mares| et les talus][ au lieu de les arracher| : les haies retiennent l'eau et abritent les oiseaux|, on en a arraché des kilomètres dans les années 70|].",
   "[Arrêter|Freiner|Stopper] l'artificialisation des terres agricoles[ autour des villes| autour des bourgs|][, on bétonne tout|, les zones commerciales mangent les champs|, chaque année des fermes entières disparaissent sous le béton|].",
   "[Interdire|Arrêter] [le glyphosate|les néonicotinoïdes|les pesticides les plus dangereux] [mais pas sans solution|en aidant les agriculteurs à s'en passer|dès que possible][ : nos voisins agriculteurs ne sont pas des empoisonneurs|, et interdire aussi les produits importés qui en contiennent|].",
   "[Refuser|Revoir|Stopper] [les traités de libre-échange|les accords comme le CETA|le Mercosur] : [on importe|on fait venir|on laisse entrer] [ce qu'on interdit à nos paysans|des produits qui ne respectent pas nos normes|du soja qui détruit l'Amazonie|du bœuf nourri aux antibiotiques].",
   "[Aider|Soutenir] [l'installation des jeunes agriculteurs|les jeunes qui veulent s'installer|les reprises de fermes][, la moitié des agriculteurs partent à la retraite dans dix ans| : le foncier est hors de prix|, sinon les terres partent à l'agrandissement|].",
   "[Limiter|Encadrer|Freiner] [les fermes-usines|l'élevage intensif|les élevages de milliers de bêtes][ et la course à l'agrandissement| et les porcheries géantes|][, qui ruinent les petits élevages|, ce n'est pas ça l'agriculture française|].",
   "[Réduire|Limiter] l'irrigation [du maïs|des cultures gourmandes en eau] [en plein été|en période de sécheresse][ quand on nous interdit d'arroser nos jardins| : il faut changer de cultures|].",
   "[Soutenir|Aider] [l'élevage à l'herbe|l'élevage en plein air|les petits élevages extensifs][, les prairies stockent du carbone|, nos vaches entretiennent les paysages|, ce n'est pas l'éleveur du coin qui détruit la planète].",
   "Attention aux [méthaniseurs géants|grands méthaniseurs|usines de méthanisation] : [ils tournent au maïs|on cultive pour les nourrir|ils sentent mauvais et attirent les camions][, ce n'est plus de l'agriculture|, il faut les limiter aux déchets de ferme|].",
   "[Simplifier|Alléger|Réduire] [la paperasse des agriculteurs|les dossiers PAC|les contrôles qui tombent sur les fermes][ : mon voisin éleveur passe ses soirées sur les déclarations|, ça décourage les jeunes de s'installer|, laissez-les travailler|].",
   "[Orienter|Revoir|Réformer] les aides de la PAC [vers les petites fermes|vers le bio et l'herbe|vers ceux qui protègent l'eau][ plutôt que vers les plus gros| au lieu de les donner à l'hectare|].",
   "[Interdire|Limiter] l'épandage [près des maisons|près des écoles|à moins de {nombre}0 mètres des habitations][, l'odeur et les produits arrivent jusque dans les jardins|, nos enfants respirent ça|].",
   "[Les paysans|Les agriculteurs] sont [les premiers à subir le climat|en première ligne face aux sécheresses|les premières victimes du climat][ : qu'on arrête de les prendre pour des pollueurs|, il faut les aider plutôt que les accuser|].",
   "[Je suis éleveur|Je suis céréalière|Nous sommes agriculteurs|Nous sommes éleveurs|Je suis maraîcher][ depuis trois générations| sur {nombre}0 hectares| dans le bocage| en montagne] : [on veut bien|nous voulons bien|on est prêts à] [changer nos pratiques|réduire les traitements|passer au bio|replanter des haies], mais [on vend notre production|tout ce qu'on produit part|on nous achète tout] [en dessous du prix de revient|au prix mondial|moins cher qu'il y a vingt ans|au prix fixé par les industriels]. [La transition|Changer de système|Convertir une ferme] [demande|exige] [des années|de l'argent|de gros investissements|du temps et de l'argent][ et personne ne nous garantit le revenu| et les aides arrivent avec deux ans de retard| et les banques ne suivent pas|]. [Qu'on nous paie|Payez-nous|Rémunérez-nous] [correctement|au juste prix|décemment] et [on fera le reste|nous ferons notre part|vous verrez|on s'adaptera].",
   "[Aider|Accompagner] [les agriculteurs|les éleveurs] [face aux sécheresses|à s'adapter au climat] [avec des retenues d'eau|avec des variétés plus résistantes|avec une assurance récolte qui marche][, cette année on a acheté du foin en août|].",
 ],
 "alimentation": [
   "[Favoriser|Imposer|Développer] les circuits courts et les produits locaux [dans les cantines|à l'hôpital|dans la restauration collective|dans les maisons de retraite][, avec des cuisiniers sur place|, nos agriculteurs sont à côté|, au lieu des plats industriels|].",
   "[Remettre|Garder] [une vraie cuisine|des cuisiniers] [dans chaque cantine|dans les écoles|au collège][ plutôt que des barquettes réchauffées| : on fait venir des plats de {km} km|].",
   "[Un repas végétarien|Un menu sans viande|Une option végétarienne] [par semaine|tous les jours] [à la cantine|dans les cantines scolaires][, ça ne tue personne|, si c'est bien cuisiné|, mais avec de bons produits|].",
   "[Lutter contre|Réduire|Arrêter] le gaspillage alimentaire [dans les supermarchés|à la cantine|dans la restauration][ : on jette des tonnes de nourriture| : les invendus doivent aller aux associations|, les poubelles des magasins sont pleines|].",
   "[Baisser la TVA|Réduire la TVA|Alléger les taxes] sur [les produits bio|les fruits et légumes|les produits locaux][ pour que tout le monde puisse en acheter| : manger sain ne doit pas être un luxe|, aujourd'hui c'est réservé aux riches|].",
   "[Étiqueter clairement|Indiquer clairement|Afficher] [l'origine|le pays d'origine|la provenance] de [la viande|tous les produits|ce qu'on mange][, même dans les plats préparés|, même au restaurant|, on ne sait jamais d'où ça vient|].",
   "[Taxer|Interdire la publicité pour|Limiter] [les produits ultra-transformés|la malbouffe|les sodas][, c'est mauvais pour la santé et pour la planète|, les enfants sont matraqués de pubs|].",
   "[Moins de viande|Manger moins de viande] mais [de la viande de qualité|mieux|de chez nous][, achetée à l'éleveur du coin| plutôt que la viande industrielle| : pas de la viande importée|].",
   "[Des jardins partagés|Des jardins familiaux|Des potagers collectifs] [dans chaque commune|au pied des immeubles|près des écoles][ pour réapprendre à cultiver| : beaucoup de gens n'ont pas de terrain|].",
   "[Apprendre|Réapprendre] [aux enfants|à l'école|aux jeunes] à [cuisiner|faire un potager|reconnaître les saisons][ : certains ne savent pas d'où viennent les légumes|, c'est la base|].",
   "[Aider|Soutenir] [les marchés|les épiceries de village|les magasins de producteurs|les AMAP][ qui disparaissent| face aux grandes surfaces| avec des loyers modérés|][, c'est là qu'on achète local|].",
   "[Le bio est trop cher|Les produits bio sont trop chers|Manger bio coûte trop cher] [pour une famille|pour nous|avec un SMIC][ : on fait comment avec [100|120|150] euros de courses par semaine ?| et les supermarchés se font des marges énormes dessus.|, et pourtant on aimerait bien.|.]",
   "[Arrêter|Interdire|Limiter] [l'importation|la vente] [de fruits hors saison|de fraises en hiver|de haricots du Kenya][, ça n'a aucun sens|, c'est du kérosène dans nos assiettes|].",
   "[Les grandes surfaces|Les supermarchés|La grande distribution] [étranglent les producteurs|écrasent les prix payés aux paysans|font la loi aux producteurs][ et se font des marges sur notre dos| et s'enrichissent au passage|][ : la loi alimentation n'a rien changé|].",
   "[Manger|Consommer] [de saison|local et de saison|ce qui pousse ici][, c'est le geste le plus simple|, ça devrait être la norme| : pas de tomates en janvier|].",
   "[Les cantines|Les collèges|Les lycées] [doivent|devraient] [acheter au moins la moitié|servir au moins 50 %] [de produits locaux|de produits bio ou locaux][, les agriculteurs du canton ne demandent que ça|].",
   "[Dans notre village|Chez nous|Dans ma commune|Au bourg], [l'épicerie|la boucherie|la dernière boulangerie|la supérette] [a fermé|a fermé il y a {annees} ans|a baissé le rideau|a disparu][ et pour faire les courses|, du coup pour le moindre achat| et pour acheter quoi que ce soit] il faut [aller au supermarché|prendre la voiture|faire {km} km|descendre en ville]. [On parle de circuits courts|On nous vante le local|Tout le monde parle du manger local|On nous parle de consommer local], mais [les producteurs|les maraîchers|les éleveurs|les fermes du coin] [vendent|écoulent] [tout en ville|au marché de la sous-préfecture|à des grossistes|aux touristes l'été]. [Il faudrait|Ce qu'il faut, c'est] [un point de vente collectif|une halle de producteurs|un marché le samedi matin|un petit magasin paysan] [dans chaque bourg|au village|à la mairie|sur la place][, avec l'aide de la commune|, avec un loyer symbolique|, tenu par les producteurs|].",
 ],
 "fiscalité": [
   "La taxe carbone [doit être juste|doit être équitable|ne passera que si elle est juste|n'est acceptable que si elle est juste] : [que les plus gros pollueurs paient en premier|d'abord les industriels|pas toujours les mêmes|que les avions et les bateaux paient aussi|que les plus riches paient leur part|pas seulement les automobilistes].",
   "[Rendre l'argent de la taxe carbone|Redistribuer la taxe carbone|Reverser la taxe carbone] aux ménages [modestes|qui n'ont pas le choix|des campagnes][, sinon c'est une punition|, sinon personne ne l'acceptera|].",
   "Supprimer les niches fiscales qui [encouragent|financent|favorisent] [les énergies fossiles|le kérosène et le gazole|les pollueurs][, c'est de l'argent public qui pollue|].",
   "Je refuse toute nouvelle taxe tant que [les grandes entreprises|les multinationales|les plus riches|les géants du numérique] ne [paient|paieront] pas leur part[, c'est toujours les mêmes qui paient|, on est à bout|].",
   "[L'argent des taxes|La taxe sur les carburants|Ce qu'on paie à la pompe] [ne va pas|ne sert même pas] à l'écologie[, il part dans le budget général.| : où va l'argent ?|, on veut savoir où va cet argent.|.]",
   "[Rétablir|Remettre] l'ISF[ et flécher l'argent vers la transition| pour financer la rénovation des logements|][, les riches polluent plus que les autres|].",
   "[Taxer|Mettre à contribution] [les dividendes|les transactions financières|les profits des pétroliers] [pour financer|et mettre l'argent dans] [la transition|les transports|l'isolation des logements].",
   "[Une fiscalité qui tienne compte|Des taxes qui tiennent compte|Un impôt qui tienne compte] [du lieu de vie|de la distance au travail|de l'absence de transports][ : on ne peut pas taxer pareil un Parisien et un rural| : un rural n'a pas le choix|].",
   "[Pas de nouvelles taxes|Arrêtez les taxes|Assez de taxes|Stop aux taxes|Plus une taxe de plus][, on est déjà les plus taxés d'Europe|, l'écologie punitive ça suffit| : encourager plutôt que punir|, on n'en peut plus|, les classes moyennes paient tout][.| !]",
   "[La TVA|Une TVA] [réduite|à 5,5 %] sur [la réparation|les réparations|les produits réparables][ et les produits d'occasion| et les vélos|][ pour encourager à faire durer|].",
   "[Un bonus-malus|Un système de bonus-malus] [sur les produits|sur l'électroménager|sur tout ce qui se vend] [selon l'impact carbone|selon la durée de vie|selon la réparabilité][, comme pour les voitures|].",
   "[Exonérer|Ne pas taxer] [le gazole des|le carburant des] [agriculteurs|artisans|infirmières libérales|aides à domicile][ qui n'ont pas d'autre choix|, ce sont des outils de travail|].",
   "Que [les collectivités|les communes|les régions] [touchent|gardent] une part [de la taxe carbone|des taxes écologiques] [pour financer|et financent] [des projets locaux|les transports locaux|la rénovation des écoles][ : on verrait où va l'argent|].",
   "[Taxer|Faire payer] [les importations|les produits importés] [selon leur empreinte carbone|à la frontière selon le CO2 émis][, sinon on délocalise la pollution|, pour ne pas pénaliser nos industries|].",
   "[Je suis retraité{e}|Je suis artisan|Je suis aide-soignante|Je travaille en CDD] et chaque [hausse|centime de hausse] [sur le carburant|à la pompe|du fioul] [se sent tout de suite|pèse sur mon budget|se voit à la fin du mois][, pendant que d'autres prennent l'avion chaque semaine|].",
   "[La transition écologique|L'écologie|Protéger la planète], [je suis pour|j'y crois|personne n'est contre|tout le monde est d'accord], mais [pas comme ça|pas à n'importe quel prix|pas sur le dos des mêmes|pas en nous prenant pour des vaches à lait]. [La hausse des carburants a été décidée|La taxe carbone a été décidée|Tout a été décidé|La hausse du gazole a été décidée] [sans rien proposer en échange|sans penser à ceux qui roulent pour travailler|d'en haut, sans nous|depuis Paris, sans nous demander], [et pendant ce temps|alors que dans le même temps|et à côté de ça|alors que] [le kérosène n'est pas taxé|les gros pollueurs sont exonérés|les bateaux de croisière brûlent du fioul lourd|les plus riches prennent l'avion]. [Les gens|Les Français|Les ménages|Les contribuables] [accepteront|sont prêts à accepter|feront] [des efforts|des changements] [s'ils sont justes|si tout le monde participe|quand ils verront où va l'argent|si c'est équitable].",
   "[Supprimer|Réduire] [les avantages|les exonérations] [des jets privés|de l'aviation d'affaires|des yachts][, c'est une provocation|, c'est indécent quand on nous demande des efforts|].",
 ],
 "déchets": [
   "Interdire les emballages plastiques inutiles [dans la grande distribution|dans les supermarchés|sur les fruits et légumes|autour des jouets][, tout est suremballé|, trois couches pour un paquet de biscuits|].",
   "[Généraliser|Remettre|Rétablir] la consigne [du verre|des bouteilles][ comme autrefois| comme en Allemagne| comme quand j'étais petit{e}|][, les bouteilles étaient lavées et reprises|].",
   "Allonger la garantie [des appareils|de l'électroménager|des produits] [pour lutter contre|contre|afin de combattre] l'obsolescence programmée[, mon lave-linge a lâché au bout de {annees} ans|, ma box a lâché juste après la garantie|, les imprimantes sont faites pour casser|, mon frigo n'a pas tenu {annees} ans|].",
   "[Mettre|Donner|Prévoir] des composteurs [collectifs|partagés] [dans chaque quartier|dans les lotissements|près des écoles][ et dans les cantines| et au cimetière|][, la moitié de nos poubelles, c'est de l'organique|].",
   "[Ramasser|Collecter] [les déchets verts|les biodéchets|les épluchures] [à part|séparément][ ou donner des composteurs| comme dans certaines communes|][, au lieu de les brûler au fond du jardin|].",
   "[Verbaliser|Punir sévèrement|Poursuivre] [les dépôts sauvages|ceux qui jettent leurs ordures|ceux qui vident leurs gravats] [dans les bois|le long des chemins|dans les fossés][, on ramasse des pneus et des frigos|, chaque week-end c'est pareil|].",
   "[Ouvrir la déchetterie plus souvent|Ouvrir la déchetterie le samedi après-midi|Rapprocher les déchetteries des villages|Multiplier les déchetteries][, aujourd'hui c'est {km} km aller-retour|, les horaires sont impossibles pour ceux qui travaillent|, sinon les dépôts sauvages continuent|].",
   "[Harmoniser|Simplifier|Unifier] [les consignes de tri|les règles du tri|les couleurs des poubelles][ dans toute la France| d'une commune à l'autre|][, on ne sait plus quoi mettre où|, en vacances on trie n'importe comment|].",
   "[Faire payer|Taxer] [les fabricants|les industriels|les marques] pour [les emballages|ce qui est mis sur le marché|le recyclage][, pas le consommateur|, ce n'est pas au contribuable de payer|].",
   "[Interdire|Limiter] [les prospectus|la pub papier|les catalogues] [dans les boîtes aux lettres|non demandés][, j'en jette un kilo par semaine|, le Stop Pub devrait être la règle|].",
   "[Depuis la redevance incitative|Depuis qu'on paie les ordures au poids|Avec la redevance à la levée], [on a réduit nos poubelles de moitié|on trie beaucoup mieux|notre bac ne sort plus qu'une fois par mois][, ça marche|, ça devrait être partout|].",
   "[La redevance incitative|La facturation au poids] [a fait exploser|a multiplié] les dépôts sauvages [chez nous|dans nos bois|autour du village][ : il faut des contrôles avant de généraliser|, certains brûlent ou jettent dans les fossés|].",
   "[Créer|Ouvrir] [des ressourceries|des recycleries|des repair cafés] [dans chaque canton|à la déchetterie|dans les bourgs][ pour donner une seconde vie aux objets| : tout ce qu'on jette pourrait resservir|].",
   "[Interdire|Taxer] [les bouteilles en plastique|l'eau en bouteille|les gobelets jetables][, l'eau du robinet est bonne| : une gourde, ce n'est pas compliqué|].",
   "[On trie|On nous fait trier|Les gens trient], mais [on apprend que|on entend dire que|on découvre que] [nos plastiques finissent|le plastique finit] [en Asie|à l'incinérateur|à la décharge][ : à quoi bon ?| : il faut plus de transparence.|.]",
   "[Réduire|Limiter] les [déchets|emballages] [des fast-foods|de la restauration rapide|des livraisons][, les bords de route sont couverts de gobelets|, les sacs de fast-food finissent dans nos champs|].",
   "[Apprendre le tri aux enfants|Expliquer le tri dès l'école|Sensibiliser les enfants au tri|Enseigner le tri dans les écoles][, ce sont eux qui éduquent les parents|, les enfants montrent l'exemple à la maison|].",
   "[Le vrai problème|La question|Le fond du problème], ce n'est pas [le tri|de trier|le citoyen], c'est [ce qu'on produit|la quantité de déchets|le suremballage|ce qu'on nous vend]. [Je trie tout|On trie tout à la maison|Nous trions tout|On trie tout, comme demandé][ depuis des années|, verre, carton, plastique,|][ mais| et malgré ça| et pourtant] [la poubelle est pleine|le sac jaune déborde|on sort deux sacs par semaine|le bac est plein en trois jours] : [au supermarché|en magasin|dans les rayons], [tout est emballé|on ne trouve presque rien en vrac|même les concombres sont sous plastique|chaque produit a trois emballages]. [Alors|Donc|Bref], [c'est aux industriels de réduire les emballages|il faut agir à la source, chez les fabricants|la loi doit imposer moins d'emballages|qu'on oblige les marques à emballer moins][, et vite|, sans attendre|].",
 ],
 "consommation": [
   "[Rendre obligatoire|Imposer|Afficher] un indice de réparabilité [sur tous les appareils|sur l'électroménager|sur les téléphones][, avec les pièces disponibles dix ans|, et des pièces détachées à prix raisonnable|].",
   "[Soutenir|Aider|Ne pas laisser mourir] [les petits réparateurs|les cordonniers|les réparateurs d'électroménager|les couturières de retouche][, il n'y en a presque plus|, réparer coûte plus cher que racheter|].",
   "[Interdire|Limiter|Encadrer] [la publicité|les pubs|le matraquage publicitaire] [qui pousse à consommer|pour les SUV|à la télévision][, on nous pousse à acheter sans arrêt|].",
   "[Arrêter|Interdire] [le Black Friday|les soldes permanentes|les promotions à outrance][, c'est l'inverse de l'écologie|, on achète des choses dont on n'a pas besoin|].",
   "[Favoriser|Développer|Encourager] [l'occasion|le réemploi|la location d'outils|le prêt entre voisins][ : une perceuse sert douze minutes dans sa vie|, tout le monde n'a pas besoin de sa tondeuse|].",
   "[Relocaliser|Faire revenir|Rapatrier] [la production|nos usines|le textile et l'industrie] [en France|chez nous][, tout vient de Chine| : moins de transport, plus d'emplois|, on a tout délocalisé|].",
   "[Taxer|Interdire|Limiter] [la fast fashion|les vêtements jetables|les vêtements à 3 euros][ qui viennent de l'autre bout du monde|, ces vêtements ne durent pas une saison|].",
   "Obliger [les fabricants|les marques|les constructeurs] à [vendre les pièces détachées|fournir les pièces|concevoir des produits démontables][ pendant dix ans| à prix raisonnable|].",
   "[Montrer|Afficher|Indiquer] [l'empreinte carbone|le bilan carbone] [sur les produits|sur chaque étiquette|en magasin][, comme le prix| pour qu'on puisse choisir|].",
   "[Consommer moins|Acheter moins|Moins consommer], [c'est la vraie écologie|voilà la seule vraie solution|c'est le cœur du problème][, mais l'économie est basée sur le contraire|, et personne n'ose le dire|].",
   "[La sobriété|Consommer moins] [ne doit pas|ne peut pas] [concerner que|viser que|peser que sur] [les petits|les pauvres|ceux qui ont déjà peu][ : les riches consomment dix fois plus|].",
   "[Interdire|Arrêter] [les écrans publicitaires|les panneaux lumineux|les enseignes allumées] [toute la nuit|après 23 h|après la fermeture][, c'est un gaspillage énorme|, ça dérange aussi les oiseaux|].",
   "[Fabriquer des produits|Concevoir des appareils|Vendre des appareils] [plus solides|durables|réparables] : [ma grand-mère a gardé|mes parents ont gardé|chez mes parents on a gardé] [le même frigo|la même machine à laver] [trente ans|vingt-cinq ans].",
   "[Encourager|Aider] [les commerces en vrac|les épiceries vrac|la vente en vrac][ dans les petites villes| et les contenants réutilisables|][, aujourd'hui c'est réservé aux grandes villes|].",
   "[Soutenir|Protéger] [les petits commerces|le commerce de proximité] [face à Amazon|face aux géants du web|contre les zones commerciales][, les livraisons à domicile multiplient les camionnettes|, nos centres-villes meurent|].",
   "[On nous incite|On nous pousse|Tout nous pousse] à [acheter|consommer|renouveler] [sans arrêt|toujours plus|tous les ans] : [téléphones, vêtements, voitures|portables, fringues, meubles|téléphones, ordinateurs, vêtements]. [Mon téléphone|Mon ordinateur|Mon portable] [n'a que {annees} ans|a {annees} ans] et [il n'est plus mis à jour|les applications ne marchent plus|on me dit de le changer]. [Ce n'est pas|C'est pas] [aux gens|au consommateur] [de résister seul|de tout faire] : [il faut|l'État doit] [encadrer la pub|obliger les fabricants à faire durer|interdire l'obsolescence][, sinon on parle dans le vide|, sinon rien ne changera|].",
 ],
 "énergie": [
   "Développer le solaire sur les toits [des bâtiments publics|des parkings|des hangars agricoles|des supermarchés][ plutôt que sur des terres agricoles| plutôt que de raser des forêts|][, il y a de la place partout|].",
   "Sortir [progressivement|petit à petit|à terme] du nucléaire en investissant [dans les renouvelables|dans le solaire et l'éolien|massivement dans les économies d'énergie][, et en formant les salariés du secteur|].",
   "[Garder|Conserver|Ne pas fermer] le nucléaire [le temps de développer|en attendant|tant qu'on n'a pas] les autres énergies[, c'est la seule énergie pilotable décarbonée|, sinon on rouvrira des centrales à charbon|, regardez l'Allemagne|, fermer Fessenheim est une erreur|].",
   "Les éoliennes [défigurent nos paysages|sont imposées sans concertation|sont plantées partout chez nous][, il faut écouter les riverains|, et les promoteurs repartent avec l'argent|, nos campagnes ne sont pas des zones industrielles|].",
   "[Permettre|Faciliter|Aider] [l'autoconsommation|la production d'électricité chez soi|les panneaux sur les maisons][ sans démarches interminables| et le partage entre voisins|][, Enedis met des mois à raccorder|].",
   "[Des coopératives|Des projets citoyens|Des sociétés locales] [d'énergie|de production d'énergie] [où les habitants sont actionnaires|qui appartiennent aux habitants|avec la commune au capital][, pour que les bénéfices restent chez nous|, comme ça les éoliennes seraient mieux acceptées|].",
   "[Relancer|Rénover|Valoriser] [les petits barrages|les moulins|les vieux moulins à eau][ au lieu de les détruire| sur nos rivières|][, on a des moulins partout qui pourraient produire|].",
   "[Éteindre|Couper|Réduire] l'éclairage public [après minuit|entre 23 h et 5 h|au cœur de la nuit][, notre commune le fait et personne ne s'en plaint|, ça économise et on revoit les étoiles|].",
   "[Investir|Mettre le paquet] dans [la recherche|le stockage de l'électricité|l'hydrogène|les batteries][ plutôt que dans de grands discours| : sans stockage, pas de renouvelable|].",
   "[Arrêter|Refuser] [les fermes solaires|les parcs photovoltaïques] [sur les terres agricoles|dans les champs|à la place des forêts][, on a assez de toits|, la terre doit nourrir|].",
   "[Baisser|Réduire] [notre consommation d'énergie|la consommation|nos besoins en énergie] [avant de chercher à produire plus|d'abord][, la meilleure énergie est celle qu'on ne consomme pas|].",
   "[Nationaliser|Ne pas privatiser|Ne pas vendre] [EDF|les barrages|la production d'électricité][, l'énergie n'est pas une marchandise|, on a vu ce que ça donne avec les autoroutes|].",
   "[Arrêter la pose des compteurs Linky|Suspendre le déploiement de Linky|Rendre facultative l'installation des compteurs Linky|Laisser chacun refuser le compteur Linky][, ces compteurs n'apportent rien aux usagers|, on nous impose ces compteurs sans notre accord|, personne ne nous a demandé notre avis|, nos factures n'ont pas baissé|].",
   "[Aider|Former|Accompagner] [les communes|les petites communes|les élus ruraux] [à monter des projets|pour monter des projets] [d'énergie renouvelable|de chaufferie bois|de panneaux solaires][, les mairies n'ont pas d'ingénieurs|, seules les petites mairies n'y arrivent pas|].",
   "[Le bois|La biomasse|Le biogaz] [peut|pourrait] [fournir|produire] [une bonne partie|beaucoup] de notre énergie [à condition de|si on prend soin de] [gérer les forêts durablement|ne pas raser les forêts|rester local].",
   "[Je ne suis pas contre les éoliennes|Je n'ai rien contre l'éolien|Je suis pour les énergies renouvelables|Je ne suis pas anti-éolien], mais [chez nous|autour de mon village|sur notre plateau|dans notre vallée] [on en compte déjà {nombre}|il y en a déjà {nombre}|{nombre} mâts sont prévus][ dans un rayon de {km} km| à moins de {km} km|][ et on en annonce encore|]. [Les décisions se prennent|Tout se décide|Les projets arrivent|Tout se joue] [sans nous|à la préfecture|entre promoteurs et propriétaires|dans notre dos], [les retombées partent ailleurs|la commune touche des miettes|l'argent part ailleurs] et [nous, on garde|il nous reste|nous gardons] [le bruit|les flashs rouges toute la nuit|la vue gâchée|les nuisances]. Il faut [répartir|mieux répartir] [les projets|l'effort|les installations] [entre les régions|sur tout le territoire|entre les départements][, et demander l'avis des habitants|, et écouter les riverains|].",
   "[Miser sur|Développer|Encourager] [le biogaz|la méthanisation] [à partir des déchets|avec les effluents d'élevage|avec nos déchets verts][, tant qu'on ne cultive pas du maïs pour ça|].",
 ],
 "eau": [
   "[Réparer|Rénover|Changer] les canalisations [qui fuient|d'eau potable][ : on perd un litre sur cinq avant le robinet| : le réseau fuit de partout| : certaines communes perdent un tiers de leur eau][ pendant qu'on nous demande d'économiser|].",
   "[Récupérer|Stocker|Garder] l'eau de pluie [dans les maisons neuves|avec des cuves|pour les toilettes et le jardin][, avec une aide pour les cuves|, ça devrait être obligatoire|].",
   "[Protéger|Préserver|Mieux protéger] [les nappes phréatiques|les captages d'eau potable|nos sources] [des pesticides|des nitrates|de la pollution agricole][, chez nous l'eau du robinet est parfois déconseillée aux femmes enceintes|, on a dû fermer un captage en {annee}|].",
   "[Interdire|Limiter|Encadrer] [les piscines privées|le remplissage des piscines|l'arrosage des golfs] [en période de sécheresse|l'été|pendant les restrictions][ alors que les éleveurs manquent d'eau| : deux poids, deux mesures|].",
   "[Les méga-bassines|Les grandes retenues d'eau|Les bassines] [servent quelques gros irrigants|privatisent l'eau de tous|ne sont pas la solution][ : l'eau est un bien commun|, on pompe la nappe en hiver pour arroser du maïs l'été|].",
   "[Garder|Remettre] [l'eau|la gestion de l'eau] en régie publique[, pas aux mains des multinationales|, le prix de l'eau a doublé avec le privé|, l'eau n'est pas une marchandise|].",
   "[Instaurer|Mettre en place] un tarif progressif de l'eau : [les premiers mètres cubes presque gratuits|l'eau vitale pas chère|les premiers litres à bas prix], [les piscines et les gros consommateurs plus chers|le gaspillage plus cher|le superflu au prix fort].",
   "[Restaurer|Recréer|Protéger] les zones humides et [les mares|les tourbières|les prairies inondables][, ce sont des éponges naturelles|, elles évitent les crues et gardent l'eau l'été|].",
   "[Arrêter|Cesser] [de drainer|d'assécher|de bétonner] [les fonds de vallée|les prairies humides|les bords de rivière][, ensuite on s'étonne des inondations|, l'eau file directement à la mer|].",
   "[Poser|Proposer|Distribuer] [des réducteurs de débit|des kits d'économie d'eau|des mousseurs] [gratuitement|dans les logements sociaux|à tous les foyers][, ça ne coûte presque rien|, c'est simple et efficace|].",
   "[Autoriser|Encourager|Faciliter] [la réutilisation des eaux usées|l'eau recyclée] [pour l'arrosage|pour l'irrigation|pour laver les rues][, on utilise de l'eau potable pour tout|, c'est du bon sens|].",
   "[Faire respecter|Contrôler|Appliquer vraiment] les [restrictions d'eau|arrêtés sécheresse] [pour tout le monde|aussi pour les gros irrigants|aussi dans les golfs][, pas seulement pour les particuliers|].",
   "[Nettoyer|Surveiller|Dépolluer] [nos rivières|les cours d'eau|les ruisseaux] [où se déversent|qui reçoivent] [les rejets des stations d'épuration|des rejets industriels|les égouts][ quand il pleut fort|, on ne peut plus s'y baigner|].",
   "[Mettre aux normes|Contrôler|Aider à refaire] [les fosses septiques|les assainissements individuels][ sans ruiner les gens| : {euros} euros pour refaire une fosse, c'est énorme|, avec des aides|].",
   "[Replanter|Reboiser|Végétaliser] [les bords de rivière|les berges|les têtes de bassin][ pour garder l'eau fraîche| pour freiner les crues| : les arbres font de l'ombre aux poissons|].",
   "[L'eau du robinet|L'eau de notre commune|Notre eau] [a un goût de chlore|est chargée en nitrates|est souvent coupée l'été][, on finit par acheter des bouteilles|, ce n'est pas normal en France|].",
   "[L'eau|La question de l'eau|Le manque d'eau] [va devenir|devient|sera bientôt] [le problème numéro un|notre premier souci|le sujet principal|la grande affaire] [chez nous|dans notre département|en été|dans la vallée]. [Depuis {annees} ans|Depuis quelques étés|Tous les étés|Chaque année], [les sources baissent|les puits sont à sec|la rivière est à sec dès juillet|les nappes ne se rechargent plus] et [les arrêtés de restriction|les interdictions d'arrosage|les restrictions] [tombent dès juin|durent jusqu'en octobre|reviennent chaque été]. [Pourtant|Et pourtant|Malgré ça|Malgré tout], [on continue|certains continuent|on laisse certains continuer] [à irriguer en plein soleil|à remplir des piscines|à construire des lotissements sans savoir d'où viendra l'eau|à arroser les golfs] : [il faut un vrai partage de l'eau|il faut partager l'eau équitablement|il est temps de planifier l'usage de l'eau|l'eau doit être partagée], [avec les agriculteurs, les habitants et les industriels autour de la table|avant qu'on se batte pour elle|et pas au profit de quelques-uns|en pensant d'abord à l'eau potable].",
 ],
 "biodiversité": [
   "[Protéger|Sauver] les abeilles[ et les insectes| et les pollinisateurs|][ : avant, le pare-brise était couvert d'insectes, aujourd'hui plus rien| en interdisant les néonicotinoïdes|, sans elles plus de fruits|].",
   "[Arrêter|Interdire|Limiter] [le broyage des haies|l'élagage des haies|le fauchage des bords de route] [au printemps|en pleine nidification|pendant la période des nids][, c'est un massacre pour les oiseaux|, on broie les nids|].",
   "[Faucher|Tondre] [moins|plus tard|deux fois par an seulement] [les bords de route|les talus|les espaces verts][, laisser les fleurs sauvages| pour laisser les fleurs aux insectes|, la commune y gagnerait aussi|].",
   "[Planter|Replanter] [des arbres|des haies|des vergers] [dans chaque commune|le long des routes|dans les cours d'école][, un arbre par enfant né| : c'est simple et ça rafraîchit|].",
   "[Arrêter|Stopper] [les coupes rases|les coupes à blanc] [dans les forêts|dans le Morvan|dans nos forêts][ et les plantations de résineux en rang d'oignon| : on remplace la forêt par des champs de douglas|].",
   "[Le loup|Le retour du loup] [ruine|décourage|met à bout] [les éleveurs de moutons|les bergers|les éleveurs du massif][ : {nombre} brebis tuées chez un voisin cette année|, on ne peut pas protéger la nature en sacrifiant le pastoralisme|].",
   "[Créer|Agrandir|Multiplier] [les réserves naturelles|les zones protégées|les corridors écologiques][ et leur donner des moyens| avec de vrais gardes|][, sur le papier tout est protégé|].",
   "[Réduire|Limiter] la pollution lumineuse[ qui perturbe les animaux| qui tue les insectes|][, notre village éteint à 23 h et on revoit les chauves-souris|].",
   "[Interdire|Arrêter] [la chasse le dimanche|la chasse pendant les vacances|les battues le week-end][, on n'ose plus se promener|, les promeneurs ont peur|].",
   "[Les chasseurs|Les pêcheurs|Les chasseurs et les pêcheurs] sont [les premiers écologistes|des gestionnaires de la nature|les premiers à protéger les milieux][, ils entretiennent les haies et les mares|, qu'on arrête de les caricaturer|, ils connaissent le terrain|, on les écoute trop peu|].",
   "[Faire aimer|Faire découvrir] la nature [aux enfants|à l'école|dès la maternelle][ avec des sorties en forêt| avec des classes dehors|][, beaucoup ne savent plus reconnaître un chêne|].",
   "[Lutter contre|Agir contre] [les espèces invasives|le frelon asiatique|la renouée du Japon][, personne ne s'en occupe|, les apiculteurs sont seuls face au frelon|].",
   "[Laisser|Rendre] [de la place|des espaces] à la nature [dans les villes|dans les bourgs|dans les jardins][ : moins de gazon tondu à ras| : des friches, des prairies fleuries|].",
   "[Restaurer|Rétablir|Améliorer] la continuité [des rivières|des cours d'eau|écologique des rivières] [pour les poissons|pour les saumons et les anguilles|pour la truite][, mais en discutant avec les propriétaires de moulins|, sans casser tous les seuils|, au cas par cas|].",
   "[Sauver|Protéger] [les oiseaux des champs|les alouettes et les perdrix|les hirondelles][ : il n'y en a presque plus chez nous| : on n'en voit plus|][, quand j'étais petit{e} il y en avait partout|].",
   "[Interdire|Limiter] [les pesticides|les produits chimiques] [dans les jardins|chez les particuliers|dans les cimetières][, et faire respecter l'interdiction|, les jardineries en vendent encore|].",
   "[Stopper|Arrêter|Freiner] [la bétonisation|l'étalement urbain|le grignotage des prairies par les lotissements] qui [détruit|fait disparaître] [les bocages|les prairies|les habitats des animaux].",
   "[Quand j'étais enfant|Il y a trente ans|Dans ma jeunesse|Quand j'avais vingt ans], [les prés étaient pleins de papillons|on voyait des hérissons partout|les haies étaient pleines d'oiseaux|on entendait les grenouilles le soir], et [aujourd'hui|maintenant|à présent] [on n'en voit presque plus|il n'y a plus rien|c'est le silence|tout ça a disparu]. [Les haies ont été arrachées|On a remembré|On a tout arasé|On a tout drainé], [les fossés traités|les prairies labourées|les mares comblées|les talus rasés], et [on s'étonne que la nature disparaisse|on fait semblant de découvrir la disparition des espèces|on s'étonne de ne plus rien voir|on découvre le problème maintenant]. [Il faut|On doit|Il faudrait] [replanter|recréer des haies|laisser des bandes fleuries|rendre de la place à la nature][, payer les agriculteurs pour le faire| et aider ceux qui entretiennent le paysage|], et [arrêter de tout nettoyer|accepter un peu de désordre|laisser pousser|laisser la nature tranquille].",
 ],
 "tourisme": [
   "[Limiter|Encadrer|Réguler] [les locations de type Airbnb|les meublés de tourisme|les locations saisonnières] [dans les villages|sur la côte|en montagne][, les jeunes ne trouvent plus à se loger à l'année|, le village est mort l'hiver|].",
   "[Développer|Promouvoir|Encourager] le tourisme [vert|à vélo|à pied|de proximité][ plutôt que les vols low cost| : nos campagnes ont tout pour plaire|, avec des véloroutes entre les villages|].",
   "[Taxer|Limiter] [les paquebots de croisière|les bateaux de croisière|les croisières][ qui polluent nos ports| à quai moteurs allumés|][, un paquebot pollue comme des milliers de voitures|].",
   "[Arrêter|Limiter|Revoir] [les canons à neige|la neige artificielle|les nouvelles stations de ski][ : il n'y a plus de neige en dessous de 1 500 mètres| : on pompe l'eau des rivières pour faire de la neige|][, il faut préparer l'après-ski|].",
   "[Aider|Accompagner] [les stations de moyenne montagne|les villages de montagne] [à se reconvertir|à vivre toute l'année][ au lieu de tout miser sur le ski|].",
   "[Mettre|Remettre] des trains [de nuit|vers la mer|vers la montagne][ pour partir en vacances sans voiture| et des vélos acceptés à bord|][, aujourd'hui c'est voiture ou rien|].",
   "[Une taxe de séjour|Une contribution des visiteurs|Une écotaxe touristique] [qui finance vraiment la protection des sites|qui sert vraiment à entretenir les sentiers|qui paie le ramassage des déchets l'été][, pas le budget général|].",
   "[Limiter|Réguler|Encadrer] [la fréquentation|le nombre de visiteurs] [des sites naturels|des calanques|des plages|des cols de montagne][ l'été| en haute saison|][, c'est une autoroute de voitures|, les sentiers sont piétinés|].",
   "[Développer|Valoriser] [les gîtes à la ferme|l'agritourisme|les fermes-auberges][, ça fait vivre les campagnes|, c'est un complément de revenu pour les agriculteurs|].",
   "[Partir moins loin|Voyager moins loin|Prendre moins l'avion pour les vacances][, la France est assez belle|, nos régions sont magnifiques|], [encore faut-il que le train soit abordable|mais il faut que le train coûte moins cher que l'avion|mais le train est hors de prix].",
   "[Les camping-cars|Les vans aménagés] [se garent partout|envahissent nos villages|vident leurs eaux n'importe où] l'été[, il faut des aires équipées|, il faut des règles|].",
   "[Rénover|Entretenir|Développer] [les sentiers de randonnée|les voies vertes|les anciennes voies ferrées en pistes cyclables][, c'est bon pour le tourisme et pour nous|].",
   "[Mieux répartir|Étaler|Décaler] [les vacances scolaires|les départs|la saison touristique][ pour éviter les bouchons et la foule| : tout le monde part le même samedi|].",
   "[Interdire|Limiter] [les résidences de luxe|les grands projets touristiques|les golfs] [dans les zones naturelles|sur le littoral|en zone sèche][, surtout avec la sécheresse|].",
   "[Protéger|Sauver] le littoral [de l'érosion|contre l'érosion|face à la mer qui monte][ : certaines maisons vont tomber| et arrêter de construire en bord de mer| : il faut reculer, pas bétonner|].",
   "[Le tourisme|Le tourisme de masse] [fait vivre|nourrit] [notre région|nos villages|notre vallée], mais [il abîme tout|il faut le maîtriser|pas à n'importe quel prix][ : déchets, bouchons, eau|].",
 ],
 "numérique": [
   "[Apporter|Déployer] [la fibre|internet|un vrai débit] [dans les campagnes|partout|dans nos villages][ pour permettre le télétravail| : chez moi, même une visio ne passe pas|, sinon pas de télétravail possible|].",
   "[Réduire|Limiter] [la consommation|l'empreinte] [du numérique|des data centers|des vidéos en streaming][, personne ne sait que ça pollue|, on nous parle du plastique mais jamais des serveurs|].",
   "[Allonger|Augmenter] la durée de vie [des téléphones|des ordinateurs|des smartphones][ : les mises à jour rendent les appareils inutilisables| en imposant des mises à jour pendant dix ans|].",
   "[Recycler|Récupérer|Collecter] [les vieux téléphones|les appareils électroniques|les métaux des portables][, on en a tous trois dans un tiroir|, les métaux rares viennent de mines horribles|].",
   "[La 5G|Le déploiement de la 5G] [n'est pas une priorité|est inutile à la campagne|va faire exploser la consommation][, on n'a même pas la 4G chez nous|, qu'on couvre déjà les zones blanches|].",
   "[Couvrir|Supprimer] les zones blanches[ du téléphone portable| de la téléphonie mobile|][, on doit monter au grenier pour téléphoner|, en cas d'urgence c'est dangereux|].",
   "[Garder|Maintenir] [des guichets|un accueil physique|une vraie personne] [pour les démarches|dans les services publics][ : tout faire sur internet, c'est impossible pour ma mère|, tout le monde n'a pas d'ordinateur|, le tout numérique exclut les anciens|].",
   "[Le tout numérique|La dématérialisation] [n'est pas forcément écologique|pollue aussi|a un coût caché][ : serveurs, câbles, appareils| : il faut le dire aux gens|].",
   "[Éteindre|Couper] [les box|les box internet|les décodeurs] [quand on ne s'en sert pas|en partant le matin|avant de se coucher][, ça consomme en permanence|, les opérateurs devraient le faire automatiquement|].",
   "[Favoriser|Aider|Soutenir] [le reconditionné|les ordinateurs reconditionnés|les téléphones reconditionnés][ pour les écoles et les administrations| plutôt que du neuf|][, ça crée des emplois locaux|].",
   "[Former|Aider|Accompagner] [les personnes âgées|les anciens|ceux qui sont perdus] au numérique[ avec des ateliers en mairie| avec des conseillers itinérants|][, sinon beaucoup renoncent à leurs droits|].",
   "[Des tiers-lieux|Des espaces de coworking|Des bureaux partagés] [dans les bourgs|dans les gares désaffectées|dans les anciennes écoles][ pour travailler près de chez soi| : moins de trajets, plus de vie au village|].",
   "[Sensibiliser à|Parler de] la pollution des [mails|vidéos|réseaux sociaux] [dans les écoles|au travail|à la télévision][, personne ne sait qu'un mail a un coût carbone|].",
   "[Interdire|Limiter|Encadrer] [le minage de bitcoins|les cryptomonnaies|les grands data centers][ qui consomment autant qu'une ville|][, c'est de l'énergie gaspillée|].",
   "[Utiliser le numérique|Se servir du numérique|Mettre le numérique au service de l'écologie] [pour organiser le covoiturage|pour partager les outils entre voisins|pour mieux gérer l'eau et l'énergie][, une application communale suffirait|].",
   "[Arrêter|Limiter] [les écrans publicitaires|les écrans vidéo] [dans les gares|dans la rue|dans les abribus][, des écrans allumés jour et nuit, c'est absurde|].",
 ],
 "démocratie": [
   "[Enseigner|Apprendre] l'écologie [à l'école|dès le primaire|au collège][, les enfants sont les meilleurs ambassadeurs|, c'est là que tout commence|].",
   "[Montrer l'exemple|Donner l'exemple] [en haut|au sommet de l'État|chez les élus][ : les ministres en avion privé, ça ne passe pas| avant de demander aux gens|][, les voitures de fonction aussi|].",
   "[Écouter|Consulter|Associer] [les habitants|les citoyens|les gens du terrain] [avant de décider|pour chaque grand projet|dans les décisions locales][, pas seulement une fois tous les cinq ans.| : ce débat, c'est bien, mais qu'en restera-t-il ?|.]",
   "[Des conventions|Une assemblée|Un panel] de citoyens [tirés au sort|choisis au hasard] [pour proposer des mesures|sur le climat|pour décider des priorités][, avec de vrais pouvoirs|].",
   "[Arrêter de culpabiliser les gens|Arrêter de montrer du doigt les ruraux|Cesser de faire la morale aux automobilistes][ : on fait ce qu'on peut| : les vrais pollueurs sont ailleurs|, l'écologie doit être positive|].",
   "[Une information claire|Des informations claires|Plus d'information] sur [ce qui pollue vraiment|les gestes qui comptent|l'impact de nos choix][, on entend tout et son contraire|, les gens sont perdus|].",
   "[Les grandes entreprises|Les industriels|Les multinationales] [doivent|devraient] [rendre des comptes|publier leurs émissions|payer pour leurs pollutions][, c'est là que se joue l'essentiel| : quelques entreprises émettent plus que tout un pays|].",
   "[Faire appliquer|Respecter] [l'accord de Paris|les engagements climatiques|les lois qui existent déjà][ avant de prendre de nouveaux engagements| : on signe mais on ne fait rien|].",
   "[Penser à long terme|Penser aux générations futures|Penser à nos petits-enfants|Réfléchir à long terme][ et pas seulement à la prochaine élection| : on va laisser une planète abîmée à nos enfants|].",
   "[Que l'Europe|Que l'Union européenne|Que la France avec l'Europe] [impose|mette en place] [une taxe carbone aux frontières|les mêmes règles partout|une politique commune][, la France seule ne pèse pas assez|, sinon on se tire une balle dans le pied|].",
   "[Les médias|La télévision|Les journaux] [parlent trop peu|ne parlent pas assez] [du climat|de l'écologie][, ou alors seulement en cas de catastrophe|].",
   "[L'écologie|La transition] [doit|devrait] [être sociale|être juste|rassembler][ ou elle ne sera pas|, sinon elle échouera| : les gilets jaunes l'ont montré][ : on ne peut pas demander les mêmes efforts à tous|].",
   "[Donner plus de moyens|Faire confiance] [aux communes et à leurs maires|aux maires|aux élus locaux][ pour agir localement|, ce sont eux qui connaissent le terrain|].",
   "[Associer|Écouter] [les associations|les scientifiques|les jeunes] [qui alertent depuis des années|qui manifestent pour le climat][, on ne les écoute pas assez|].",
   "[La transition|L'écologie] [ne se fera pas|ne marchera pas] [contre les gens|sans les classes populaires|avec des taxes][, il faut embarquer tout le monde|].",
   "Je ne crois plus [aux consultations|aux grands débats|aux promesses|à ce genre d'exercice][, on a déjà été consultés|, on verra bien ce qu'il en sort|, j'espère me tromper|, tout est déjà décidé|][.| !]",
 ],
}

# Réponses très courtes (trois à dix mots), comme on en trouve beaucoup dans les vraies données.
COURTES = [
  "Taxer le kérosène[.| !| !!|]", "[Moins de|Stop au|Halte au] plastique[.| !|]",
  "[Des transports en commun|Des bus|Des cars|Des navettes] [à la campagne|dans les villages|pour les ruraux|partout][.| !]",
  "Isoler[ les logements| les maisons| les passoires| les écoles][.| !| en priorité.| d'abord.]",
  "Rien[.|, on est assez taxés.|, laissez-nous tranquilles.]",
  "[Je ne sais pas.|Aucune idée.|Pas d'idée précise.|Je ne sais pas trop.]",
  "[Arrêter de bétonner|Arrêter de tout bétonner|Stop au béton][.| !]",
  "Consommer [moins|local][.|, c'est tout.| et mieux.]", "[Éduquer|Sensibiliser] les enfants[.| dès l'école.]",
  "Planter des arbres[.| partout.| !]", "Sauver les abeilles[.| !]",
  "Le train[, le train, le train.|, toujours le train.|, encore et toujours.|.]",
  "[Faire payer|Taxer] les [pollueurs|gros pollueurs|industriels][.| !| d'abord.]",
  "Moins de [pesticides|chimie|produits chimiques] [dans les champs|dans nos assiettes|partout].",
  "[Écouter les agriculteurs|Faire confiance aux agriculteurs][.| !]",
  "[Rouler moins vite|Ralentir|Limiter la vitesse] sur [l'autoroute|les routes][.| !]",
  "[Protéger l'eau|Économiser l'eau][.|, c'est vital.]", "[Relocaliser|Produire en France][.| !]",
  "Justice fiscale[ d'abord|][.| !]",
  "[Plus de bio|Du bio|Du local] [à la cantine|dans les cantines|à l'école][.| !]",
  "La fibre [partout|pour tous][.| !]", "[Rétablir l'ISF|L'ISF][.| !]",
  "[Réparer|Réparer, pas jeter|Tout réparer][.| !]", "[Taxer|Interdire] les jets privés.",
  "[Éteindre|Couper] [les vitrines|les enseignes|les pubs lumineuses] [la nuit|après la fermeture|après 22 h].",
  "[Non aux|Stop aux] éoliennes[.| !| !!]",
  "[Plus de nucléaire|Garder le nucléaire|Du nucléaire][, pas moins|, pas d'éoliennes|][.| !]",
  "Sortir du nucléaire[.| !]", "Des pistes cyclables[ partout|][.| !]", "[Garder|Sauver] nos petites lignes[.| !]",
  "[Interdire le glyphosate|Stop au glyphosate][.| !]", "[Pas d'avis.|Rien à ajouter.|Sans opinion.|RAS]",
  "[L'isolation|Isoler les maisons|La rénovation][.| avant tout.| d'abord.]",
  "Manger [local|de saison|local et de saison|local, de saison|bio et local][.| !]",
  "[La consigne du verre|Remettre la consigne][.| !]",
  "[Moins d'avions|Moins de camions|Moins de voitures], [plus de trains|plus de trains de nuit|plus de fret ferroviaire][.| !]",
  "[Arrêter le Black Friday|Moins de pub][.| !]", "Transports gratuits[.| !| pour tous.]",
  "[Écologie oui, taxes non|L'écologie oui, le racket non|Oui à l'écologie, non aux taxes|L'écologie sans les taxes][.| !]",
  "Voir plus bas.",
  "[Interdire|Bannir|Taxer] [le plastique à usage unique|les emballages plastiques|le plastique jetable][.| !]",
  "[Plus de haies|Plus d'arbres|Plus de nature][, moins de béton|, moins de bitume|][.| !]",
  "[Garder nos gares|Sauver les gares|Rouvrir les gares|Des gares ouvertes][.| !]", "Moins consommer.",
  "Du bon sens[.| !]",
]

VECU = [
  "[Les étés sont de plus en plus chauds|Les étés deviennent étouffants|Chaque été est plus chaud que le précédent|L'été devient pénible], [mes parents âgés souffrent de la canicule|on ne dort plus en juillet|les enfants sont épuisés|on vit volets fermés|ma mère ne sort plus de chez elle][, même à la campagne|, même la nuit il fait chaud|].",
  "[Les sécheresses répétées|Les sécheresses à répétition|Les étés sans pluie|Les mois sans une goutte] [abîment mon jardin|tuent mes arbres fruitiers|grillent le potager|assèchent les prés] et [les restrictions d'eau|les interdictions d'arrosage|les arrêtés sécheresse] reviennent [chaque année|tous les étés|dès le mois de juin].",
  "[Ma commune a été inondée|Mon village a été inondé|Notre maison a été inondée|Notre sous-sol a été inondé|La cave a été inondée] [deux fois en cinq ans|en {annee}|l'an dernier|à nouveau cet automne|trois fois depuis {annee}][, l'assurance a tout juste payé|, on vit avec la peur à chaque orage|, on a tout perdu au rez-de-chaussée|, on surveille la rivière dès qu'il pleut|].",
  "Mes [récoltes|vignes|cerises|pommes|noix] [ont été détruites par la grêle|ont souffert de la sécheresse|ont été abîmées par un gel tardif|ont gelé en avril|ont brûlé au soleil] [deux années de suite|cette année|en {annee}|encore l'an dernier][, sans assurance|, on a perdu la moitié de la récolte|].",
  "[Mon fils|Ma fille|Mon petit-fils|Ma petite-fille] [a de l'asthme|est asthmatique|fait des crises d'asthme], [les pics de pollution|les épisodes de pollution|les pollens et la pollution] l'[empêchent de sortir|envoient aux urgences|obligent à rester à l'intérieur][ plusieurs fois par an| l'été|].",
  "Les moustiques tigres [sont arrivés|se sont installés|ont débarqué] [chez nous|dans le village|dans notre rue][ en {annee}| il y a {annees} ans| cet été|][, impossible de rester dehors le soir|, on se fait dévorer|, les enfants sont couverts de piqûres|].",
  "[La rivière|Le ruisseau|La source|Le lavoir|L'étang] [est à sec|n'a plus d'eau|se vide] [chaque été|tous les étés depuis {annee}|dès le mois de juillet|de plus en plus tôt][, les poissons meurent|, du jamais vu|, les anciens n'avaient jamais vu ça|].",
  "[Notre maison|Ma maison|La maison de mes parents] [se fissure|a des fissures|s'est fissurée|bouge] à cause [du retrait des argiles|de la sécheresse|des terrains qui se rétractent][, l'assurance ne reconnaît pas la catastrophe naturelle|, les réparations coûtent {euros} euros|, notre commune n'a pas été classée en catastrophe naturelle|].",
  "[On chauffe moins l'hiver|Les hivers sont plus doux|Il ne gèle presque plus], mais [on étouffe l'été, même la nuit|on étouffe l'été|la climatisation devient indispensable|les maisons sont des fours en été, surtout sous les toits|les maisons sont des fours en été|les parasites ne meurent plus|les moustiques restent jusqu'en novembre].",
  "[Je suis apiculteur|Je suis apicultrice|On a quelques ruches|J'ai {nombre} ruches] et [la récolte de miel a chuté|la production de miel s'est effondrée|les colonies meurent en hiver|les abeilles ne trouvent plus de fleurs en été][ depuis quelques années| cette année| depuis {annee}|].",
  "[En tant qu'éleveur|Comme éleveuse|À la ferme|Dans notre ferme], [on manque d'herbe|on achète du foin|on doit nourrir les bêtes|les prairies sont grillées] [dès juillet|en plein été|à partir d'août|dès la fin juin][, ça coûte une fortune|, du jamais vu|, on a dû vendre des bêtes|].",
  "Je [travaille|bosse|suis] [dehors|sur les chantiers|sur les toits|dans les champs|dans les vignes] et [les canicules|les fortes chaleurs|les journées à 35 degrés] [deviennent dangereuses|sont de plus en plus dures|nous épuisent][, on commence à 5 h du matin|, on arrête à midi|, un collègue a fait un malaise|].",
  "[Les orages|Les coups de vent|Les épisodes de grêle] [sont plus violents qu'avant|sont plus fréquents|font plus de dégâts qu'avant|nous font peur][, on a perdu des arbres centenaires|, le toit a été arraché en {annee}|, l'électricité est coupée plusieurs jours|, les routes sont coupées|].",
  "[Il ne neige plus|Il n'y a plus de neige|On ne voit plus la neige|La neige ne tient plus] [l'hiver|chez nous|en station|sur le plateau][, la station de ski ferme des semaines|, les enfants ne savent pas ce que c'est|, les saisonniers n'ont plus de travail|].",
  "[Les pollens arrivent plus tôt|Les allergies durent plus longtemps|Les allergies sont plus fortes|Le rhume des foins dure tout l'été][ depuis {annee}| chaque année|][, je suis sous traitement [de mars à septembre|six mois par an|tout le printemps]|, toute la famille éternue|, mon fils rate l'école|].",
  "[Le prix des fruits et légumes|Le prix du foin|Le prix de l'eau|Le prix du fourrage] [augmente|grimpe|s'envole] [après chaque sécheresse|avec les mauvaises récoltes|d'année en année][, et ce sont toujours les mêmes qui trinquent|].",
  "[Mes arbres|Les chênes|Les épicéas|Les hêtres|Les sapins] [meurent|dépérissent|sèchent sur pied] [dans la forêt|dans nos bois|autour de chez moi|dans le massif][, les scolytes ravagent tout|, on n'avait jamais vu ça|, des parcelles entières sont rousses|].",
  "[Nos puits|Les puits|Les sources du hameau] [sont à sec|sont presque vides|baissent] [l'été|à partir de juillet|dès le printemps] et [on doit|il faut] [acheter de l'eau|faire venir une citerne|économiser chaque litre|rationner l'eau des bêtes].",
  "[La mer|L'océan] [gagne du terrain|grignote la côte|avance chaque hiver|mange la dune] [près de chez moi|sur notre plage|devant notre immeuble|au bout de la rue][, on a perdu {nombre} mètres de dune|, le chemin côtier a disparu|, des maisons vont devoir être démolies|].",
  "[Les vendanges|Les moissons|Les foins|Les cueillettes] [commencent|se font|arrivent] [de plus en plus tôt|trois semaines plus tôt qu'avant|en plein mois d'août|un mois plus tôt qu'avant][, on ne reconnaît plus les saisons|, le calendrier est chamboulé|].",
  "[Pas vraiment|Pas directement|Pas encore|Un peu], [mais je vois|mais on voit|même si on voit|mais on sent] [les changements|les saisons se dérégler|la nature changer|le temps changer] [autour de moi|dans le jardin|d'année en année|au fil des saisons].",
  "[Je ne supporte plus|Ma mère ne supporte plus|Nous ne supportons plus|Mon père ne supporte plus] la chaleur [dans notre appartement|sous les toits|dans la maison de retraite|dans notre mobil-home][, plus de 30 degrés dans la chambre|, on ne peut pas se payer la clim|, on dort dans la cave|].",
  "[La route du village|La départementale|La route de la vallée] est [coupée|inondée|impraticable] [à chaque gros orage|plusieurs fois par an|dès qu'il pleut fort][, on fait un détour de {km} km|, les secours ne peuvent plus passer|, le car scolaire ne passe plus|].",
  "Mon [potager|jardin|verger] [ne donne plus rien|a grillé|souffre|n'a rien donné] [l'été|en juillet-août|cette année][ malgré l'arrosage| avec les restrictions| alors que je paie l'eau|].",
  "[On a eu|Nous avons eu|Il y a eu] [un feu de forêt|des feux de broussailles|un incendie|un départ de feu] [à {km} km de chez nous|tout près du village|l'été dernier|en plein mois d'août][, on a eu très peur|, les pompiers ont mis des heures|, on n'avait jamais vu ça ici|].",
  "[Dans mon entreprise|À l'usine|Sur le chantier|À l'atelier], on [a dû arrêter|a été mis en chômage partiel|a changé les horaires] [pendant la canicule|plusieurs jours l'été dernier|en juillet][, il faisait 40 degrés à l'intérieur|, la chaleur était insupportable|].",
  "[Oui|Évidemment|Forcément|Bien sûr][, comme partout|, comme les autres|, comme ici|][.| !]",
  "[Voir ma réponse plus haut|Voir plus haut|Comme dit plus haut|Voir au-dessus|Cf. plus haut][.| : [sécheresses|canicules|orages] et [restrictions d'eau|chaleur|inondations].| : [la voiture obligatoire|le car supprimé] et [le fioul qui augmente|l'essence hors de prix].| : l'eau, encore l'eau.]",
  "[Les prix de l'assurance|Les cotisations d'assurance|Les primes d'assurance] [augmentent|explosent|grimpent] à cause des [catastrophes|sinistres|inondations|tempêtes][, et certaines maisons ne sont plus assurables|, on paie pour les autres|].",
  "[Les hirondelles|Les papillons|Les grenouilles|Les lucioles|Les hérissons] [ont disparu de mon jardin|se font rares au village|ne reviennent plus chez nous|ont quitté le hameau|ne viennent plus au jardin][ depuis {annees} ans| depuis {annee}|].",
  "[Mes enfants|Mes petits-enfants|Les jeunes de la famille] [s'inquiètent|ont peur|angoissent] pour [leur avenir|la planète|leurs futurs enfants][, ça me touche beaucoup|, ils en font des cauchemars|, et ils ont raison|].",
  "[Moins qu'en ville|Moins que les citadins|Un peu|Pas trop], [mais|même si] [la météo est de plus en plus imprévisible|les saisons sont décalées|on a eu des orages terribles en {annee}|on sent bien que quelque chose change|les hivers ne sont plus les mêmes].",
  "[Les étés à répétition|Les canicules successives|Les canicules à répétition] [épuisent|fatiguent|affaiblissent] [les personnes âgées|les plus fragiles|tout le monde|les bêtes : on a perdu {nombre} brebis en {annee}|les bêtes, il faut les rentrer à midi|les bêtes].",
  "[La pêche|La rivière|La Loire|La Dordogne] [n'est plus ce qu'elle était|a changé|est méconnaissable][ : l'eau est trop chaude pour les truites| : plus de poissons l'été| : des algues partout|].",
  "[Non|Pas vraiment|Pas pour l'instant], [mais je m'inquiète pour|mais je pense à|je m'inquiète surtout pour] [mes enfants|nos petits-enfants|ceux qui vivent sur les côtes|nos agriculteurs].",
  "[Mon travail|Mon activité|Notre commerce] [dépend|vit] [de la neige|du tourisme d'hiver|de la météo] et [les saisons sont de plus en plus courtes|on ne peut plus rien prévoir|le chiffre d'affaires baisse][, on s'inquiète pour la suite|].",
  "[Les tiques|Les chenilles processionnaires|Les frelons asiatiques] [sont partout|envahissent les jardins|remontent vers le nord][, mon chien a été piqué|, on ne peut plus laisser les enfants jouer dans l'herbe|].",
  "[Les récoltes|Les moissons|Les fenaisons] [baissent|sont mauvaises|sont en baisse] [depuis trois ans|à cause de la sécheresse|avec les chaleurs][, on puise dans les réserves|, on s'endette|].",
  "[On a dû|Il a fallu] [installer un climatiseur|acheter des ventilateurs|poser des volets] [pour supporter l'été|pour les enfants|dans la chambre du bébé][, ça coûte en électricité|].",
  "[Le prix de l'électricité|Le prix du gaz|Le prix du carburant] [augmente|flambe|grimpe] [et les fins de mois sont dures|et on se serre la ceinture|et on renonce à des sorties].",
  "[Mes vaches|Mes brebis|Mes chèvres] [souffrent de la chaleur|produisent moins|manquent d'eau] [en été|dès juin|pendant les canicules][, on a dû installer des abreuvoirs|, on les rentre l'après-midi|].",
]

GESTES = [
  "[Je trie|On trie|Je trie scrupuleusement|On trie soigneusement] [mes déchets|nos déchets|tout|le verre, le papier et le plastique|les emballages][ et je composte| et on composte les épluchures| depuis des années| comme tout le monde|][, même en vacances|, les enfants aussi|, c'est devenu naturel|].",
  "[Je prends|J'ai repris|J'utilise|Je ressors] [le vélo|mon vieux vélo|le vélo électrique|la bicyclette] pour [les petits trajets|aller au travail|le pain et l'école|aller au bourg|les courses du samedi][ quand il fait beau| même l'hiver| dès que possible|].",
  "J'achète [local et de saison|au marché|en vrac|chez les producteurs|à la ferme|à l'AMAP du village] [autant que possible|quand je peux|même si c'est plus cher|depuis {annees} ans|le plus souvent][, surtout les légumes|, la viande et les œufs|].",
  "[J'ai isolé|On a isolé|J'ai fait isoler|Nous avons fait isoler] [les combles|la maison|le grenier|les murs par l'extérieur|la toiture] [l'an dernier|en {annee}|il y a {annees} ans|cet automne][ avec l'aide de l'Anah| avec un ami artisan|, ça change tout|, on le sent sur la facture|].",
  "[Je limite|On a réduit|J'ai diminué] la viande[ et je cuisine davantage de légumes| à deux fois par semaine|, on en mange moins mais meilleure|, on l'achète chez le boucher du coin|][ depuis {annees} ans| cette année|].",
  "Je [répare|fais réparer|bricole|rafistole] [au lieu de jeter|plutôt que de racheter|tout ce que je peux|ce qui casse] [: vélo, grille-pain, vêtements|quand c'est possible|chez le réparateur du bourg|avec des tutos sur internet|avec mon voisin retraité].",
  "Je ne peux pas faire [plus|grand-chose de plus|davantage] : [j'habite à {km} km de mon travail sans aucun bus|je suis obligé{e} de prendre la voiture tous les jours|mes moyens ne me le permettent pas|je travaille en horaires décalés, sans transport|je fais déjà le maximum avec ce que j'ai|je fais {km} km par jour pour le travail].",
  "[Je baisse le chauffage et je mets un pull|On chauffe à 18 degrés|On ne chauffe que les pièces où on vit|On coupe le chauffage dans les chambres|On ferme les volets le soir pour garder la chaleur][ l'hiver| dès l'automne|][, les enfants râlent|, on s'habitue|, la facture a baissé|].",
  "[On a|J'ai|Nous avons] [un potager|un grand potager|un jardin|un petit coin de potager] [et des poules|et un composteur|bio|et quelques arbres fruitiers][, ça réduit la poubelle|, on produit une partie de nos légumes|, on mange ce qu'on récolte|, les voisins en profitent|].",
  "[Je prends|J'essaie de prendre|On prend] le train [dès que possible|pour les longs trajets|quand il existe encore|pour aller voir la famille|pour aller à {ville}][, même si c'est plus cher|, même avec les retards|, avec les vélos|][ et je laisse la voiture à la gare|].",
  "[Je récupère|On récupère|Je stocke] l'eau de pluie [pour le jardin|dans des cuves|pour arroser|dans des bidons|pour les toilettes][ et on n'arrose qu'en soirée|, on a trois cuves|, ça suffit pour le potager|, mille litres au moins|].",
  "[Je fais|On fait|Je pratique] [du covoiturage|le covoiturage] [avec des collègues|pour aller au travail|avec les voisins|avec la famille|avec l'appli du département][ trois jours par semaine| quand les horaires le permettent| pour aller à {ville}|][, on partage l'essence|].",
  "[J'ai remplacé ma chaudière au fioul|Nous avons remplacé notre vieille chaudière|On a remplacé le fioul|J'ai changé mon vieux chauffage] par [un poêle à granulés|une pompe à chaleur|une chaudière bois|un insert|une chaudière à plaquettes][ et la facture a baissé|, ça a coûté cher mais ça vaut le coup|, avec une aide de la région|].",
  "[J'ai installé|J'ai posé|J'ai fait poser|On a mis] des panneaux solaires [sur le toit|sur la grange|sur le hangar|sur l'abri de jardin|sur l'ancienne étable][ en {annee}| il y a {annees} ans|][, on revend le surplus|, on consomme ce qu'on produit|].",
  "[Je n'achète plus d'eau en bouteille|Je n'achète presque plus de produits emballés|J'ai arrêté l'eau en bouteille|Je bois l'eau du robinet|J'évite tout ce qui est suremballé][, on a des gourdes|, le robinet suffit|, les enfants aussi|][ depuis {annees} ans|].",
  "[J'éteins|On éteint|Je coupe|J'éteins toujours] [les appareils en veille|la box en partant|les lumières derrière moi|les multiprises|la télé au lieu de la laisser en veille][ systématiquement| tous les soirs| en quittant la pièce|][, ça devient un réflexe|].",
  "J'achète [mes vêtements|nos meubles|les jouets des enfants|presque tout|les outils|l'électroménager] [d'occasion|en seconde main|au vide-grenier|sur Le Bon Coin|chez Emmaüs][, ça revient moins cher|, c'est aussi bien que du neuf|].",
  "[Je groupe mes courses|Je fais les courses une fois par semaine|On fait les courses à plusieurs|Je regroupe mes déplacements|Je fais mes courses en sortant du travail] pour [moins rouler|éviter les allers-retours|économiser l'essence|faire moins de kilomètres][, le supermarché est à {km} km|, le bourg est à {km} km|].",
  "[J'ai laissé|On a laissé|Je laisse] [un coin du jardin|une partie du terrain|le fond du pré|les bords du champ|une bande d'herbe] [en friche|sauvage|en prairie fleurie|sans tondre] pour [les insectes|les hérissons|les oiseaux|les papillons|les abeilles].",
  "[J'ai planté|Nous avons planté|On a replanté] [une haie|des arbres fruitiers|{nombre} arbres|une haie de noisetiers|des chênes] [sur notre terrain|autour de la maison|au bord du champ|le long du chemin][ cet hiver| l'an dernier|][, avec l'aide de la fédération de chasse|, avec les enfants|].",
  "[Je ne prends plus l'avion|On ne prend plus l'avion|J'ai renoncé à l'avion|On a arrêté l'avion][ depuis {annees} ans| pour les vacances|][, on part en France|, on va en Bretagne en train|, on reste dans la région|, on découvre le coin à vélo].",
  "[J'utilise des produits ménagers maison|On utilise du vinaigre blanc et du savon noir|Je fabrique ma lessive moi-même|On n'achète que des produits écologiques|Je fais mes produits d'entretien][ pour le ménage| depuis {annees} ans| comme ma grand-mère|][, c'est moins cher et moins toxique|].",
  "[Je conduis|Je roule] [plus doucement|moins vite|à 110 sur l'autoroute|en souplesse|sans à-coups] [pour consommer moins|et ça économise du carburant|pour moins polluer][, on gagne quelques litres par mois|, le moteur me dit merci|].",
  "[J'ai pris un fournisseur d'électricité verte|J'ai changé de banque pour une banque éthique|On a pris une petite voiture plus sobre|J'ai placé mon épargne dans les renouvelables|On a pris des parts dans une coopérative d'énergie][ en {annee}| il y a {annees} ans|][, c'est un petit geste|, c'est déjà ça|, ça ne coûte pas plus cher|].",
  "[Je suis bénévole dans une association de protection de la nature|Je fais partie d'une AMAP|Je suis élu{e} municipal{e} et je pousse des projets verts|Je participe au nettoyage de la rivière chaque printemps|Je donne un coup de main au jardin partagé|J'anime un repair café une fois par mois][ depuis {annee}| depuis {annees} ans|][, avec les voisins|, le samedi matin|].",
  "[Je cuisine|On cuisine|Je cuisine surtout] [des produits bruts|maison|avec les légumes du jardin|les restes] [au lieu d'acheter|plutôt que d'acheter] [des plats préparés|du tout fait|des barquettes|des surgelés][, c'est meilleur|].",
  "[Je télétravaille|Je fais du télétravail|Je travaille de chez moi] [deux jours par semaine|quand je peux|le vendredi|une semaine sur deux|le lundi et le vendredi][, soit {km} km de moins à chaque fois|, ça évite la route|, mon employeur a fini par accepter|].",
  "[Je prends des douches courtes|J'ai mis un mousseur sur les robinets|On a des toilettes sèches au jardin|On a installé une chasse d'eau économe|Je coupe l'eau pendant que je me savonne] [et on surveille le compteur d'eau|et on ne laisse plus couler l'eau|et la facture a baissé|depuis la sécheresse de {annee}|depuis {annees} ans].",
  "[Franchement|Honnêtement|Sincèrement|À vrai dire], [pas grand-chose|rien de spécial|je ne sais pas quoi faire de plus|pas beaucoup plus qu'avant][, je fais déjà attention|, on vit déjà simplement|, on n'a jamais gaspillé|, on n'a pas de quoi gaspiller|].",
  "[J'ai vendu|On a vendu|On a revendu] [la deuxième voiture|la voiture|la vieille camionnette|le deuxième véhicule] et [on s'organise|je me débrouille|on partage] [avec le vélo|avec le train|entre voisins|avec la famille|avec le car].",
  "[Je fais|On fait] attention à tout : [lumières, eau, chauffage|chauffage, eau, électricité|l'eau, le courant, les restes|le chauffage, la voiture, les courses], [on a toujours fait comme ça|c'est de l'économie autant que de l'écologie|nos parents nous ont appris|on ne jette rien|c'est une question de budget].",
  "[Je n'ai pas de voiture|Je n'ai jamais eu le permis|On vit sans voiture|Je n'ai plus de voiture][ depuis {annee}| depuis {annees} ans|][, je fais tout à pied|, je me déplace en car et à vélo|, mais j'habite en ville|, ma fille m'emmène au marché|, les voisins me descendent au bourg].",
  "[Je ramasse|On ramasse|Je ramasse toujours] [les déchets|les bouteilles et les canettes|les papiers et les plastiques|ce que les gens jettent] [en promenant le chien|le long de la route|dans les fossés|au bord de la rivière|en allant courir][, c'est devenu un réflexe|, avec un sac dans la poche|].",
  "[J'ai arrêté|On a arrêté|Je n'utilise plus] [les pesticides|le désherbant|les engrais chimiques|l'antilimace] [dans le jardin|au jardin|au potager|sur la terrasse][, on arrache à la main|, on paille|, on fait avec les mauvaises herbes|, les oiseaux reviennent|].",
  "[Je garde mon téléphone|Je garde mes appareils|On garde nos appareils|Je garde mon ordinateur|On garde la même voiture] [jusqu'au bout|le plus longtemps possible|au moins {annees} ans|jusqu'à la panne définitive|tant que ça marche][, pas besoin du dernier modèle|].",
  "Je donne [ce dont je ne me sers plus|les vêtements trop petits|les objets en bon état|les jouets des enfants|les meubles en trop] [à Emmaüs|à la ressourcerie|aux voisins|au Secours populaire|à la paroisse][ au lieu de jeter|, rien ne part à la benne|].",
  "[J'ai des ruches|J'ai installé des nichoirs|J'ai fait une mare|J'ai mis un hôtel à insectes|J'ai creusé une petite mare] [dans le jardin|au fond du terrain|près du potager|derrière la grange][ pour la biodiversité|, les enfants adorent|, ça attire plein d'animaux|].",
  "[Nous faisons|On fait] [nos confitures|nos conserves|nos compotes|nos jus|nos bocaux] [avec les fruits du verger|avec ce que donne le jardin|avec les fruits du voisin|avec les légumes de saison][, rien ne se perd|, tout l'hiver|, comme avant|].",
  "[Nous avons|On a|J'ai] [acheté|pris] [une voiture électrique|une voiture hybride|un vélo électrique|un vélo cargo|une petite voiture d'occasion qui consomme peu] [l'an dernier|récemment|avec la prime|en {annee}][, pour les trajets courts|, pour remplacer la deuxième voiture|].",
  "[Je ne fais|On ne fait] rien de [particulier|spécial|plus que les autres][, on n'a pas les moyens|, ce n'est pas à nous de porter l'effort|, je laisse ça aux jeunes|, on verra plus tard|, on a déjà assez de soucis|, avec {nombre}0 euros par semaine pour manger|].",
  "[Je prends|J'essaie de prendre|Je prends parfois] le car [pour aller en ville|le jour du marché|quand il passe|pour aller à {ville}][, mais il ne passe que deux fois par semaine|, quand les horaires le permettent|, il est souvent presque vide|].",
  "[Je n'arrose plus|J'arrose moins|Je n'arrose plus la pelouse|J'arrose au goutte-à-goutte|J'arrose seulement le soir][ depuis {annee}| depuis {annees} ans|][, seulement le potager|, le gazon jaunit et tant pis|, et je paille tout|, avec l'eau de la cuve|].",
  "[J'ai fait|Nous avons fait] [un bilan énergétique|un audit|un diagnostic|une thermographie] [de la maison|de notre logement|de la ferme] et [on a commencé|on suit|on a fait|on étale] les travaux [petit à petit|un par un|au fil des années|selon nos moyens].",
  "[Je couds|Je raccommode|Je retouche|Je reprise|Je transforme] [mes vêtements|les vêtements des enfants|les habits de toute la famille|les vieux draps][ au lieu d'en racheter|, comme ma grand-mère|, ça me détend|].",
  "[J'essaie de|Je voudrais|J'aimerais] [convaincre|sensibiliser|motiver] [mes voisins|mes collègues|ma famille|les parents de l'école|mon club de foot][, sans faire la morale|, pas facile|, petit à petit|].",
  "[Je fais mes courses|J'achète|Je fais le marché] [en vrac avec mes bocaux|avec mon panier|avec mes sacs en tissu|avec mes boîtes][, les commerçants ont pris l'habitude|, sans emballage|, même au supermarché|].",
  "[Voir ma réponse|Voir plus haut|Déjà dit plus haut|Cf. ci-dessus|Idem|Voir question précédente][.|]",
  "[Je lave à 30 degrés|Je fais sécher le linge dehors|Je n'ai pas de sèche-linge|Je lave à froid|J'étends le linge au grenier] [et je lance les machines en heures creuses|et je remplis bien la machine|et j'ai pris une machine économe|depuis toujours|depuis {annees} ans].",
  "[Je vote|Je voterai|J'essaie de voter] pour [ceux qui|les candidats qui|les élus qui|les listes qui] [défendent vraiment l'écologie|ont un vrai programme sur le climat|pensent aux générations futures|ne promettent pas n'importe quoi][ aux municipales| aux européennes|].",
  "[On mutualise|On partage|On se prête] [les outils|la tondeuse|le broyeur de végétaux|la remorque|le motoculteur] [entre voisins|avec la famille|dans le hameau|avec les amis|avec la commune][, pas besoin d'en avoir chacun un|].",
  "[Je recycle|Je récupère|Je réutilise] [les palettes|le bois|les matériaux|les vieilles planches|les tuiles] pour [bricoler|faire mes meubles|chauffer l'atelier|construire des cabanes|réparer l'abri][, rien ne se perd|].",
  "[Sur la ferme|À la ferme|Dans notre exploitation|Dans notre ferme], [on a replanté des haies|on a réduit les traitements de moitié|on est passés en bio en {annee}|on fait du semis direct|on a mis des panneaux sur le hangar|on a arrêté le labour][, sans aide particulière|, et on continue|, les voisins regardent|].",
  "[Je n'utilise plus|J'évite|Je laisse] [la voiture|ma voiture|la bagnole] [pour les trajets de moins de 2 km|pour aller au bourg|le week-end|pour aller chercher le pain|pour aller à l'école][, je marche|, je prends le vélo|].",
  "Pas grand-chose, [je suis âgé{e}|je suis malade|je vis en maison de retraite|je suis en fauteuil|j'ai [82|85|88|91] ans][, mais je fais attention à ne rien gaspiller|, mais j'éteins les lumières|, mais je trie ce que je peux|, je laisse ça à mes enfants|].",
  "[Je fais|On fait] [le tri|attention|des efforts], mais [je n'ai pas le choix pour la voiture|on ne peut pas se passer de la voiture|la voiture reste obligatoire][ : {km} km par jour pour travailler|, aucun bus ici|, comme tout le monde ici|].",
  "[J'achète|Je prends|On commande] [le pain|la viande|les œufs|le fromage|le lait] [directement à la ferme|chez le producteur d'à côté|au marché du samedi|au distributeur de la ferme][, c'est meilleur et moins emballé|, avec mes boîtes|].",
  "[Je mets|On met] [un couvercle sur les casseroles|les restes au congélateur|le frigo au bon réglage|le chauffe-eau en heures creuses|un pull avant d'allumer le chauffage][, ce sont des petites choses|, ma mère faisait déjà ça|, ça ne coûte rien|, c'est la base|].",
  "[Je fais mes|On fait nos] [trajets|déplacements] [à pied|à vélo|en car] [quand c'est possible|dès qu'il fait beau|pour tout ce qui est proche][, la voiture reste au garage|].",
  "[Je loue|J'emprunte|Je partage] [ce dont je me sers rarement|les outils dont j'ai rarement besoin|la perceuse et l'échelle] [à la bibliothèque d'outils|chez le voisin|à la mairie][ au lieu d'acheter|].",
  "[J'ai appris|On a appris|J'apprends] à [faire du compost|tailler les arbres fruitiers|produire des semences|cuisiner les restes] [avec une association|sur internet|avec un voisin retraité][, et je transmets aux enfants|].",
  "[J'ai pris l'habitude|J'essaie|J'ai décidé] [de réfléchir avant d'acheter|de me demander si j'en ai vraiment besoin|d'attendre une semaine avant un achat|de ne pas acheter sur un coup de tête][, ça évite bien des achats inutiles|, le porte-monnaie dit merci|, ça marche|].",
  "[Je limite|Je réduis|J'ai réduit] [les écrans|le streaming|les vidéos] [à la maison|le soir|pour les enfants][, on joue aux cartes à la place|, ça fait du bien à tout le monde|].",
  "[Au travail|Dans mon entreprise|À l'école où je travaille], [j'ai lancé|on a mis en place|on a organisé] [le tri du papier|un composteur|le covoiturage entre collègues|la chasse au gaspillage][, ça a pris du temps|, la direction a suivi|].",
  "[J'ai remplacé|On a changé|J'ai changé] [toutes les ampoules|les ampoules|les vieilles ampoules] [par des LED|par des ampoules basse consommation][ il y a {annees} ans| dans toute la maison|][, ça se voit sur la facture|].",
  "[Je pars|On part] en vacances [en train|à vélo|en covoiturage|pas loin de chez nous][ depuis {annees} ans| cette année|][, les enfants adorent|, c'est moins cher aussi|].",
  "[J'ai réglé|On a réglé] [le chauffe-eau à 55 degrés|le frigo à 5 degrés|le thermostat à 19 degrés|la chaudière avec le chauffagiste][ sur les conseils d'un voisin| après avoir lu un article|][, ça ne change rien au confort|].",
  "[Je laisse|On laisse] [les feuilles mortes|les tontes|les branches coupées] [au pied des haies|au jardin|en paillage][ au lieu de les amener à la déchetterie| plutôt que de les brûler|].",
  "[J'ai installé|On a posé|J'ai fabriqué] [un récupérateur d'eau|un composteur|un poulailler|un séchoir à linge] [avec des palettes|avec l'aide de la commune|l'an dernier][, ça marche très bien|].",
  "[Je fais mon pain|Je fais mes yaourts|Je fais mes gâteaux|Je fais ma pâte à tartiner] [moi-même|à la maison|une fois par semaine][, plus d'emballages|, c'est meilleur|, comme autrefois|].",
  "[J'apprends|J'ai appris] à [mes enfants|mes petits-enfants|mes élèves] à [trier|jardiner|ne pas gaspiller|reconnaître les oiseaux][, ça passe par eux|, ils me reprennent maintenant|].",
  "[Je prends une douche plutôt qu'un bain|On ne prend plus de bains|On a supprimé la baignoire][ depuis des années| depuis {annees} ans| pour économiser l'eau|][, même les enfants|, c'est une habitude|].",
  "[Je me chauffe|On se chauffe] [au bois que je coupe moi-même|au bois de la commune|avec le bois de nos haies|avec le bois d'une forêt voisine|au bois acheté au voisin][, c'est local|, rien ne vient de loin|].",
  "[Nous avons déménagé|On a déménagé|J'ai déménagé] [plus près du travail|au bourg|près de la gare] pour [ne plus faire la route|prendre moins la voiture|gagner du temps][, c'était un gros changement|].",
  "[Je refuse|J'évite|Je limite] [les prospectus|la pub dans la boîte aux lettres|les sacs plastiques|les gobelets jetables|les emballages inutiles][, c'est facile|, ça réduit la poubelle|, j'ai mis un autocollant|].",
  "[Je mange|On mange] [moins de produits transformés|plus de légumineuses|des légumes de saison|moins de sucreries][ depuis {annees} ans| et on se sent mieux|][, c'est aussi bon pour la santé|].",
  "[J'ai planté|On a semé|J'ai semé] [des fleurs pour les abeilles|une prairie fleurie|des plantes mellifères] [au bord du potager|devant la maison|sur le talus][, les abeilles sont revenues|].",
  "[Je passe|On passe] [les week-ends|les vacances|les dimanches] [près de chez nous|à la maison|dans la région][ au lieu de partir loin| plutôt que de faire des kilomètres|][, on redécouvre le coin|].",
  "[Je signe|J'ai signé] [des pétitions|l'Affaire du siècle|les pétitions pour le climat] et [je vais aux marches pour le climat|j'en parle autour de moi|j'écris aux élus|je relaie sur Facebook][ quand je peux| depuis {annee}|].",
  "[J'achète|Je choisis] [des produits|des appareils|de l'électroménager] [réparables|de bonne qualité|qui durent|garantis longtemps][, même si c'est plus cher|, pour ne pas racheter|].",
  "[Je fais|On fait] du [compost|lombricompost|paillage] [depuis {annees} ans|avec les voisins|même en appartement][, la poubelle a fondu|, le jardin adore|].",
  "[Je n'achète|On n'achète] [presque plus rien de neuf|plus de vêtements neufs|que le nécessaire][ depuis {annees} ans| cette année|][, on répare, on échange, on emprunte|, on a découvert qu'on n'avait besoin de rien|, et on ne s'en porte pas plus mal|].",
  "[J'ai arrêté|On a arrêté] [les capsules de café|les lingettes|l'essuie-tout|les sacs congélation|le film alimentaire][ et on a trouvé mieux|, on s'en passe très bien| depuis {annees} ans|].",
  "[Je travaille au village|Je travaille à côté|J'ai trouvé un travail près de chez moi|Je suis à cinq minutes de mon travail] et [j'y vais à pied|j'y vais à vélo|je n'ai plus besoin de la voiture][, quelle chance|, c'est un luxe ici|, ça a tout changé|].",
]

# Apartés glissés avant la ponctuation finale d'une phrase : métiers, communes, situations.
APARTES = [" (j'ai [trois|deux|quatre] enfants)", ", avec une petite retraite", ", en intérim", ", moi qui n'ai pas le permis",
           " (j'habite ici depuis {annee})", ", et je ne suis pas du genre à me plaindre", ", je parle d'expérience",
           " (je suis [agricultrice|agriculteur|éleveur|maraîchère|céréalier])", " (mon [mari|compagnon|frère] est artisan)",
           ", comme [tout le monde ici|beaucoup ici|tous mes voisins]", ", franchement", ", à mon avis", ", c'est du bon sens",
           ", sans exagérer", ", tout simplement", " (je vis seul{e} avec [deux enfants|mes enfants|ma mère])",
           ", on n'est pas des pollueurs", ", il faut le dire", " (retraité{e} de [l'enseignement|La Poste|la SNCF|l'hôpital])",
           ", dans [mon village|ma commune|notre bourg] de {nombre}00 habitants",
           " (je suis [aide-soignante|infirmière libérale|aide à domicile], je fais {km} km par jour)",
           " (je suis [boulanger|boulangère], je me lève à [3 h|4 h|2 h et demie])", " (je suis [maçon|couvreur|plombier-chauffagiste|menuisier])",
           " (je suis [chauffeur routier|ambulancier|facteur])", " ([éleveuse de brebis|éleveur laitier|viticulteur|apiculteur])",
           " (ancien [bûcheron|mineur|cheminot])", ", [je le vois|on le voit|je le constate] [tous les jours|chaque semaine] [sur la route|au travail|autour de moi]",
           ", et je sais de quoi je parle", ", comme on dit chez nous", ", [mes voisins|mes collègues|mes enfants] pensent pareil",
           ", on en parlait encore [au café|au marché|à la sortie de l'école]", ", on en a discuté [au conseil municipal|en réunion publique|entre voisins]",
           " (commune de {nombre}00 habitants)", ", pour ce que ça vaut", ", sans vouloir faire la leçon", ", en toute honnêteté",
           ", je l'ai [écrit|dit] au maire", ", on en a parlé à la réunion du grand débat [à la salle des fêtes|à la mairie|au foyer rural]",
           ", avec [moins de mille euros|un SMIC|une pension de réversion] pour vivre", " (je suis [secrétaire de mairie|conseillère municipale|adjoint au maire])",
           ", et ça ne date pas d'hier", " (toute la famille pense pareil)", " ([mère|père] de famille, {annees} enfants)",
           ", à {km} km de {ville}", " (près de {ville})", ", c'est mon avis de [rural|rurale|campagnard]", ", voilà",
           ", j'ai [soixante|soixante-dix|quarante|cinquante] ans et je n'ai jamais vu ça", " (je suis [forestier|garde-pêche|technicien de rivière])",
           ", comme mon [père|grand-père] avant moi", ", sans être [écolo|un écolo de salon|militant]",
           " (je vote depuis {annee} et je n'ai jamais manifesté)"]

# Villes moyennes et sous-préfectures : ni article (« de Le … ») ni voyelle initiale (« de A… »).
VILLES = ["Limoges", "Guéret", "Rodez", "Nevers", "Cahors", "Vesoul", "Mende", "Tulle", "Périgueux",
          "Lons-le-Saunier", "Figeac", "Saint-Flour", "Millau", "Bourganeuf", "Langres", "Chaumont", "Montbard",
          "Decazeville", "Lodève", "Mayenne", "Loudéac", "Pontivy", "Thiers", "Saint-Affrique", "Bar-le-Duc",
          "Neufchâteau", "Remiremont", "Pithiviers", "Romorantin", "Vierzon", "Montluçon", "Moulins", "Digne",
          "Sisteron", "Forcalquier", "Gap", "Privas", "Nyons", "Mauléon", "Condom", "Marmande", "Sarlat",
          "Bergerac", "Ruffec", "Confolens", "Parthenay", "Bressuire", "Châteaubriant", "Vitré", "Fougères",
          "Guingamp", "Carhaix", "Dinan", "Lannion", "Coutances", "Vire", "Lisieux", "Bernay", "Dieppe", "Hirson",
          "Vervins", "Sedan", "Rethel", "Vitry-le-François", "Saint-Dizier", "Joigny", "Clamecy", "Decize",
          "Château-Chinon", "Saint-Claude", "Pontarlier", "Morteau", "Lure", "Gray", "Louhans", "Tournus",
          "Charolles", "Roanne", "Montbrison", "Brioude", "Mauriac", "Saint-Girons", "Foix", "Pamiers"]
COPIE = ("Nous demandons un grand plan ferroviaire pour les territoires ruraux : réouverture des petites "
         "lignes, trains réguliers le matin et le soir, et tarifs accessibles à toutes et tous.")

# Amorces et liaisons qui vont devant n'importe quelle phrase (proposition à l'infinitif ou non).
AMORCES = ["À mon avis,", "Pour moi,", "Selon moi,", "Personnellement,", "Franchement,", "Honnêtement,",
           "De mon point de vue,", "Clairement,", "Soyons clairs :", "Disons-le :", "Concrètement,", "Pour être honnête,",
           "Je le dis comme je le pense :", "Avant tout,", "D'abord,", "En premier lieu,", "Pour commencer,",
           "Le plus important :", "Ma proposition :", "Mon avis :", "Une idée :", "Priorité :", "Urgent :"]
LIAISONS = ["Aussi,", "Par ailleurs,", "D'ailleurs,", "Autre chose :", "Mais surtout,", "Au passage,", "Autre point :",
            "Ensuite,", "Enfin,", "De plus,", "Et surtout,", "Deuxième chose :", "Pour finir,", "Dernier point :",
            "Sans oublier :", "Et puis", "Également,"]
_FINALES = ("Enfin,", "Pour finir,", "Dernier point :")
# Synonymes propres à ce corpus (format de civiclabs.corpus.redaction.LEXIQUE) : chaque tournure
# devient un choix entre formes équivalentes, de même genre, même nombre et même initiale
# (voyelle ou consonne, pour les élisions). Le lexique commun, écrit pour la ville de Méridanne,
# n'est pas utilisé.
MOTS = [
    (r"très", ["très", "vraiment", "franchement", "super", "tellement"]),
    (r"beaucoup de", ["beaucoup de", "plein de", "pas mal de", "bon nombre de"]),
    (r"il faut(?! absolument| vraiment)", ["il faut", "il faut vraiment", "il faut absolument", "il faudrait"]),
    (r"les agriculteurs", ["les agriculteurs", "les paysans", "les exploitants"]),
    (r"aujourd'hui", ["aujourd'hui", "actuellement", "à l'heure actuelle"]),
    (r"vraiment", ["vraiment", "réellement", "franchement"]),
    (r"énorme", ["énorme", "immense", "gigantesque"]),
    (r"les gens", ["les gens", "les Français", "les citoyens"]),
    (r"la planète", ["la planète", "la Terre", "notre planète"]),
    (r"les pesticides", ["les pesticides", "les produits phytosanitaires", "les traitements chimiques"]),
    (r"absurde", ["absurde", "ridicule", "aberrant"]),
    (r"le gazole", ["le gazole", "le diesel", "le gasoil"]),
    (r"petites lignes", ["petites lignes", "lignes secondaires", "petites lignes"]),
    (r"la commune", ["la commune", "la mairie"]),
    (r"mon village", ["mon village", "mon bourg", "mon patelin"]),
    (r"(?<!de )chez nous", ["chez nous", "chez nous", "par chez nous", "dans le coin", "ici"]),
    (r"tous les jours", ["tous les jours", "chaque jour", "tous les jours que Dieu fait"]),
    (r"chaque année", ["chaque année", "tous les ans", "d'année en année"]),
    (r"des aides", ["des aides", "des subventions"]),
    (r"les aides", ["les aides", "les subventions"]),
    (r"le prix", ["le prix", "le coût", "le tarif"]),
    (r"supermarchés", ["supermarchés", "grandes surfaces", "hypermarchés"]),
    (r"les plus riches", ["les plus riches", "les plus aisés", "les ultra-riches"]),
    (r"coûte une fortune", ["coûte une fortune", "coûte un bras", "coûte les yeux de la tête", "revient très cher"]),
    (r"on ne peut pas", ["on ne peut pas", "impossible de"]),
    (r"les enfants", ["les enfants", "les enfants", "les gamins", "les gosses"]),
    (r"nos enfants", ["nos enfants", "nos gamins", "nos gosses"]),
    (r"nos campagnes", ["nos campagnes", "nos territoires ruraux", "nos villages"]),
    (r"à la campagne", ["à la campagne", "en zone rurale", "en milieu rural"]),
    (r"les anciens", ["les anciens", "les personnes âgées", "les vieux"]),
    (r"plutôt que de(?= )", ["plutôt que de", "au lieu de"]),
    (r"au lieu de(?= )", ["au lieu de", "plutôt que de"]),
    (r"il n'y a pas", ["il n'y a pas", "il n'existe pas"]),
    (r"il n'y a aucun", ["il n'y a aucun", "il n'existe aucun"]),
    (r"les plus pauvres", ["les plus pauvres", "les plus modestes", "les plus fragiles"]),
    (r"les ménages modestes", ["les ménages modestes", "les familles modestes", "les foyers modestes"]),
    (r"en plein été", ["en plein été", "en pleine chaleur", "au cœur de l'été"]),
    (r"(?<!coûte )trop cher", ["trop cher", "hors de prix", "bien trop cher"]),
    (r"les multinationales", ["les multinationales", "les grands groupes"]),
    (r"sans arrêt", ["sans arrêt", "sans cesse", "en permanence"]),
    (r"tout le temps", ["tout le temps", "sans cesse", "en permanence"]),
    (r"(?<!de )partout", ["partout", "un peu partout", "dans tous les coins"]),
    (r"les villages", ["les villages", "nos villages", "les communes rurales"]),
    (r"(?<!de )(?<!à )l'État", ["l'État", "l'État", "le gouvernement"]),
    (r"c'est ridicule", ["c'est ridicule", "c'est absurde", "c'est aberrant"]),
    (r"les paysans", ["les paysans", "les agriculteurs"]),
]


def _regles():
    from civiclabs.corpus import redaction as R

    return R.compiler_lexique(MOTS)


def _relier(avant, phrase):
    """« Par ailleurs, » + « Développer… » → « Par ailleurs, développer… » (sigles et noms gardés)."""
    if len(phrase) > 1 and phrase[1].isupper():
        return avant + " " + phrase
    return avant + " " + phrase[:1].lower() + phrase[1:]


def _rediger(gabarit, r, variantes, e, amorce=None, regles=None, aparte=True):
    """Une réalisation de l'idée : choix développés, parfois un aparté, une amorce."""
    from civiclabs.corpus import redaction as R

    texte = variantes.developper(R.varier(gabarit, regles=regles, communes=[]), r)
    if aparte and r.random() < 0.15:
        texte = R.ajouter_detail(texte, variantes.developper(r.choice(APARTES), r))
    if amorce:
        texte = _relier(amorce, texte)
    return texte.format(ville=r.choice(VILLES), km=r.randint(12, 70), euros=r.randint(800, 9000),
                        annees=r.randint(2, 6), annee=r.randint(2003, 2018), e=e,
                        nombre=r.randint(2, 40), minutes=r.randint(5, 90))


def _nombre_d_idees(r):
    return r.choices([1, 2, 3, 4, 5], weights=[30, 34, 20, 11, 5])[0]


def _repondre(theme, r, variantes, e, regles):
    """La réponse ouverte (question 118) : courte, ou une à cinq idées (parfois d'un autre thème)."""
    if r.random() < 0.12:
        return _rediger(r.choice(COURTES), r, variantes, e, regles=regles, aparte=False)
    k = _nombre_d_idees(r)
    idees = r.sample(REPONSES[theme], k=min(k, len(REPONSES[theme])))
    for j in range(1, len(idees)):
        if r.random() < 0.25:  # une idée d'un autre thème
            autre = r.choice([t for t in REPONSES if t != theme])
            idees[j] = r.choice(REPONSES[autre])
    numerotee = len(idees) >= 3 and r.random() < 0.2
    phrases, joignables = [], []
    for j, g in enumerate(idees):
        amorce = None
        if not numerotee and j == 0 and r.random() < 0.25:
            amorce = r.choice(AMORCES)
        elif not numerotee and j > 0 and r.random() < 0.3:
            # « Deuxième chose » en deuxième, « Enfin » et « Pour finir » en dernier
            amorce = r.choice([m for m in LIAISONS if (m != "Deuxième chose :" or j == 1)
                               and (m not in _FINALES or j == len(idees) - 1)])
        phrases.append(_rediger(g, r, variantes, e, amorce=amorce, regles=regles))
        joignables.append(amorce is None)
    if numerotee:
        forme = r.choice(["{n}) ", "{n}. ", "- ", "{n}/ "])
        return "\n".join(forme.format(n=j + 1) + p for j, p in enumerate(phrases))
    return _enchainer(phrases, r, joignables, propositions=True)


_DERNIERE_PHRASE = re.compile(r"(?<=[.!?…:])\s+")


def _infinitif(phrase):
    """Vrai si la phrase commence par un verbe à l'infinitif (« Développer… », « Sortir… »)."""
    premier = phrase.split(" ", 1)[0].lower()
    return premier.endswith(("er", "ir", "re")) and premier not in ("notre", "votre", "entre", "autre", "contre")


def _enchainer(phrases, r, joignables=None, propositions=False):
    """Met des phrases bout à bout : séparées (point, saut de ligne) ou liées en une seule
    (« …, et on trie tout. »), comme on écrit d'un trait. Deux propositions à l'infinitif se
    lient par une virgule ; une proposition ne se lie pas à un constat."""
    texte = phrases[0]
    for j, p in enumerate(phrases[1:], 1):
        lien = r.choices([" ", ", et ", " et ", ", ", "\n"], weights=[50, 18, 8, 14, 10])[0]
        if propositions and lien in (", et ", " et "):
            lien = ", "
        lie = lien not in (" ", "\n")
        if propositions and lie and not (_infinitif(_DERNIERE_PHRASE.split(texte)[-1]) and _infinitif(p)):
            lie = False
        if (lie and texte.endswith(".") and not texte.endswith("..") and len(p) > 1 and p[0].isupper()
                and not p[1].isupper() and (joignables is None or joignables[j])):
            texte = texte[:-1] + lien + p[0].lower() + p[1:]
        elif lien == "\n":
            texte += "\n" + p
        else:
            texte += (" " if texte[-1:] in ".!?…" else ". ") + p
    return texte


_FAMILIER = [(re.compile(r"\bil y a\b"), "y a"), (re.compile(r"\bIl y a\b"), "Y a"),
             (re.compile(r"\bne (\w+) (pas|plus|jamais|rien)\b"), r"\1 \2"),
             (re.compile(r"\bn'(\w+) (pas|plus|jamais|rien)\b"), r"\1 \2"),
             (re.compile(r"\bcela\b"), "ça"), (re.compile(r"\bvraiment\b"), "grave")]


def _registre(texte, registre, r, rng):
    """Le registre d'écriture d'une personne : propre, fautes légères ou nombreuses, familier."""
    from civiclabs.corpus import bruit

    if registre == "légères":
        return bruit.legeres(texte, rng)
    if registre == "lourdes":
        return bruit.lourdes(texte, rng)
    if registre == "familier":
        for motif, remplacement in _FAMILIER:
            if r.random() < 0.8:
                texte = motif.sub(remplacement, texte)
    return texte


def ecrire(chemin, n=240, graine=2019):
    import numpy as np

    from civiclabs.corpus import bruit
    from civiclabs.corpus import redaction as R

    r = random.Random(graine)  # métadonnées
    rt = random.Random(f"{graine}-textes")  # textes
    variantes = R.Variantes()
    regles = _regles()
    rng = np.random.default_rng(graine)
    styles = R.tirer_styles(rng, n)
    debut = datetime(2019, 1, 22, 8, 0, 0)
    colonnes = ["id", "reference", "title", "createdAt", "publishedAt", "updatedAt", "trashed",
                "trashedStatus", "authorId", "authorType", "authorZipCode"] + [f"{qid(n_)} - {t}" for n_, t in Q]
    with open(chemin, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(colonnes)
        for i in range(n):
            date = debut + timedelta(minutes=r.randint(0, 60 * 24 * 60))
            cid = base64.b64encode(f"Proposal:{uuid.UUID(int=r.getrandbits(128))}".encode()).decode()
            aid = base64.b64encode(f"User:{uuid.UUID(int=r.getrandbits(128))}".encode()).decode()
            copie = r.random() < 0.06  # quelques copies d'un même texte, comme dans les vraies données
            touche = r.random() < 0.55
            contribue = r.random() < 0.8
            titre = r.choice(["Transition écologique", "Environnement", "Mes propositions",
                              "Écologie et pouvoir d'achat", "Ma contribution", ""])
            maj = date + timedelta(minutes=r.randint(0, 600))
            type_auteur = r.choice(["Citoyen / Citoyenne"] * 9 + ["Organisation à but lucratif"])
            code_postal = r.choice(["", "75011", "69003", "13005", "31200", "44000", "59000", "29200", "63000",
                                    "87100", "08000"])
            probleme = r.choice(PROBLEMES) if r.random() < 0.9 else ""
            repond_vecu = r.random() < 0.8
            ferme_119 = "Oui" if touche else r.choice(["Non", ""])
            ferme_121 = "Oui" if contribue else r.choice(["Non", ""])

            style = {k: float(v[i]) for k, v in styles.items()}
            e = rt.choice(["", "e"])
            registre = rt.choices(["propre", "légères", "lourdes", "familier"], weights=[66, 18, 7, 9])[0]
            frappe = rt.choice([0.0, 0.0, 0.0, 0.01, 0.02, 0.04])

            def ecrit(texte, registre=registre, style=style, frappe=frappe):
                texte = R.styliser(_registre(texte, registre, rt, rng), style, rt)
                return bruit.fautes_selon_longueur([texte], np.array([frappe]), rng)[0].strip()

            theme = rt.choice(list(REPONSES))
            if copie:
                ouverte = COPIE + (" Merci." if rt.random() < 0.5 else "")
            else:
                ouverte = ecrit(_repondre(theme, rt, variantes, e, regles))
            # Qui copie-colle un texte type remplit rarement les autres questions ouvertes.
            autres = not copie or rt.random() < 0.3
            vecu = ""
            if touche and repond_vecu and autres:
                vecu = _enchainer([_rediger(g, rt, variantes, e, regles=regles)
                                   for g in rt.sample(VECU, k=rt.choices([1, 2], weights=[80, 20])[0])], rt)
                vecu = ecrit(vecu)
            gestes = ""
            if contribue and autres:
                gestes = _enchainer([_rediger(g, rt, variantes, e, regles=regles)
                                     for g in rt.sample(GESTES, k=rt.choices([1, 2, 3], weights=[55, 35, 10])[0])], rt)
                gestes = ecrit(gestes)
            ligne = [cid, f"2-{i + 1}", titre,
                     date.strftime("%Y-%m-%d %H:%M:%S"), date.strftime("%Y-%m-%d %H:%M:%S"),
                     maj.strftime("%Y-%m-%d %H:%M:%S"),
                     "false", "", aid, type_auteur, code_postal, probleme,
                     ouverte, ferme_119, vecu, ferme_121, gestes]
            w.writerow(ligne)

if __name__ == "__main__":
    ecrire(sys.argv[1])
