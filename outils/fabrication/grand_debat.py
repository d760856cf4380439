"""Fabrique data/grand_debat_exemple.csv : 240 contributions inventées par le projet, au format
des données ouvertes du Grand Débat national (fichier LA_TRANSITION_ECOLOGIQUE.csv de 2019).

Usage : python outils/fabrication/grand_debat.py data/grand_debat_exemple.csv
Les phrases ci-dessous ont été écrites pour le cours ; aucune ne vient des vraies données."""
import base64
import csv
import random
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
# Idées écrites comme des gabarits à éléments indépendants (« [a|b] », voir civiclabs.corpus.redaction) :
# une même idée se dit de nombreuses façons, comme dans les vraies contributions.
_RURAL = "[dans les zones rurales|à la campagne|dans nos villages|hors des grandes villes|dans les petites communes]"
REPONSES = {
 "transport": [
   "[Développer|Renforcer|Remettre] les transports en commun " + _RURAL + "[, où la voiture reste obligatoire|, on n'a pas le choix de la voiture|].",
   "[Remettre en service|Rouvrir|Sauver] les petites lignes de train[ fermées depuis des années| qu'on a laissé mourir|][, comme celle de {ville}|].",
   "[Des cars express|Des navettes|Des bus réguliers] entre [les bourgs|les villages] et [la ville|{ville}], avec des horaires [qui collent au travail|du matin et du soir|adaptés].",
   "[Aider vraiment|Encourager|Organiser] le covoiturage[ avec des aires près des échangeurs| avec une appli publique| entre collègues|].",
   "[Faire payer|Taxer] le kérosène des avions [comme on fait payer l'essence aux automobilistes|avant de taxer les petits|, c'est une question de justice].",
   "Des pistes cyclables [sûres|séparées|éclairées] entre les villages, pas seulement [en centre-ville|dans les métropoles|à Paris].",
   "[Je fais|On fait] [{km} km|plus de {km} km] par jour pour travailler[ et il n'y a aucun bus| : pas d'autre solution que la voiture|].",
 ],
 "logement": [
   "Aider les propriétaires modestes à isoler [leur maison|leur logement] [sans avancer l'argent|avec des aides versées tout de suite|simplement].",
   "[Un guichet unique|Un seul interlocuteur|Une seule adresse] pour la rénovation énergétique[, les démarches sont trop compliquées|, on se perd dans les dossiers|].",
   "[Interdire|Encadrer] la location des passoires thermiques, mais en [accompagnant|aidant] les bailleurs.",
   "Remplacer les chaudières au fioul avec une aide qui [couvre vraiment le coût|ne laisse pas un reste à charge énorme].",
   "[J'ai fait isoler|On a fait isoler|J'ai voulu isoler] [ma maison|les combles|mon appartement] : [{euros} euros de reste à charge|trois artisans, trois devis différents|des mois de paperasse].",
 ],
 "agriculture": [
   "Accompagner les agriculteurs pour [réduire les pesticides|changer de pratiques], sans les laisser seuls face aux coûts.",
   "[Favoriser|Imposer] les circuits courts et les produits locaux [dans les cantines|à l'hôpital|dans la restauration collective].",
   "[Protéger|Replanter] les haies et les zones humides au lieu de les arracher.",
   "[Arrêter|Freiner] l'artificialisation des terres agricoles autour des villes[, on bétonne tout|, les zones commerciales mangent les champs|].",
 ],
 "fiscalite": [
   "La taxe carbone doit être juste : [que les plus gros pollueurs paient en premier|d'abord les industriels|pas toujours les mêmes].",
   "[Rendre l'argent de la taxe carbone|Redistribuer la taxe carbone] aux ménages modestes, sinon c'est une punition.",
   "Supprimer les niches fiscales qui [encouragent|financent] les énergies fossiles.",
   "Je refuse toute nouvelle taxe tant que [les grandes entreprises|les multinationales|les plus riches] ne paient pas leur part.",
 ],
 "dechets": [
   "Interdire les emballages plastiques inutiles [dans la grande distribution|dans les supermarchés|sur les fruits et légumes].",
   "[Généraliser|Remettre] la consigne du verre comme autrefois.",
   "Allonger la garantie des appareils pour lutter contre l'obsolescence programmée[, mon lave-linge a lâché au bout de {annees} ans|].",
   "[Mettre|Installer] des composteurs collectifs dans chaque quartier[ et dans les écoles|].",
 ],
 "energie": [
   "Développer le solaire sur les toits [des bâtiments publics|des parkings|des hangars agricoles].",
   "Sortir progressivement du nucléaire en investissant dans les renouvelables.",
   "Garder le nucléaire le temps de développer les autres énergies[, c'est la seule énergie pilotable décarbonée|].",
   "Les éoliennes [défigurent nos paysages|sont imposées sans concertation], il faut écouter les riverains.",
 ],
}
VECU = ["Les étés sont de plus en plus chauds, [mes parents âgés souffrent de la canicule|on ne dort plus en juillet|les enfants sont épuisés].",
  "Les sécheresses répétées [abîment mon jardin|tuent mes arbres fruitiers] et les restrictions d'eau reviennent [chaque année|tous les étés].",
  "Ma commune a été inondée [deux fois en cinq ans|en {annee}|l'an dernier].", "Mes récoltes sont touchées par [le gel tardif et la grêle|la sécheresse].",
  "[Mon fils|Ma fille] a de l'asthme, les pics de pollution [l'empêchent de sortir|l'envoient aux urgences].", "Les moustiques tigres sont arrivés chez nous[ depuis {annee}|].",
  "[La rivière|Le ruisseau|Le puits] est à sec [chaque été|depuis {annee}].", "Notre maison [se fissure|a des fissures] à cause du retrait des argiles."]
GESTES = ["[Je trie mes déchets|On trie nos déchets|Je trie tout|On trie le verre et le plastique][ et je composte| depuis des années|].",
  "[Je prends|J'ai repris] le vélo pour [les petits trajets|aller au travail|le pain et l'école].",
  "J'achète [local et de saison|au marché|en vrac|chez les producteurs].", "J'ai isolé [mes combles|ma maison] [l'an dernier|en {annee}].",
  "[Je limite|On a réduit] la viande[ et je cuisine davantage| à deux fois par semaine|].", "Je [répare|fais réparer] au lieu de jeter.",
  "Je ne peux pas faire plus : j'habite à {km} km de mon travail sans aucun bus.",
  "Je baisse le chauffage et je mets un pull.", "[On a|J'ai] un potager et des poules.", "Je prends le train dès que je peux."]
VILLES = ["Limoges", "Guéret", "Aurillac", "Rodez", "Alençon", "Nevers", "Cahors", "Vesoul", "Mende", "Tulle", "Périgueux", "Lons-le-Saunier"]
APARTES = [" (j'ai trois enfants)", ", depuis le Covid", ", avec une petite retraite", ", en intérim",
           ", moi qui n'ai pas le permis", " (j'habite ici depuis {annee})", ", et je ne suis pas du genre à me plaindre",
           ", je parle d'expérience", " (je suis agricultrice)", " (je suis agriculteur)",
           " (mon mari est artisan)", ", comme tout le monde ici", ", franchement", ", à mon avis", ", c'est du bon sens",
           ", sans exagérer", ", tout simplement", " (je vis seul{e} avec deux enfants)", ", on n'est pas des pollueurs",
           ", il faut le dire", " (retraité{e} de l'enseignement)", ", dans mon village de {nombre}00 habitants"]
COPIE = ("Nous demandons un grand plan ferroviaire pour les territoires ruraux : réouverture des petites "
         "lignes, trains réguliers le matin et le soir, et tarifs accessibles à toutes et tous.")


def _rediger(gabarit, r, variantes, premiere=False):
    """Une réalisation de l'idée : choix développés, parfois un aparté, une amorce d'opinion."""
    from civiclabs.corpus import redaction as R
    texte = variantes.developper(R.varier(gabarit), r)
    if r.random() < 0.35:
        texte = R.ajouter_detail(texte, variantes.developper(r.choice(APARTES), r))
    if premiere and r.random() < 0.3 and R.en_minuscule_possible(texte):
        texte = R.relier(r.choice(R.AMORCES["avis"]), texte)
    return texte.format(ville=r.choice(VILLES), km=r.randint(12, 70), euros=r.randint(800, 9000),
                        annees=r.randint(2, 6), annee=r.randint(2003, 2018), e=r.choice(["", "e"]),
                        nombre=r.randint(2, 40), minutes=r.randint(5, 90))


def ecrire(chemin, n=240, graine=2019):
    import numpy as np

    from civiclabs.corpus import bruit
    from civiclabs.corpus import redaction as R

    r = random.Random(graine)
    variantes = R.Variantes()
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
            theme = r.choice(list(REPONSES))
            if r.random() < 0.06:  # quelques copies d'un même texte, comme dans les vraies données
                ouverte = COPIE + (" Merci." if r.random() < 0.5 else "")
                theme = "transport"
            else:
                ouverte = " ".join(_rediger(g, r, variantes, premiere=(k == 0))
                                   for k, g in enumerate(r.sample(REPONSES[theme], k=r.randint(1, 3))))
                ouverte = R.styliser(ouverte, {k: float(v[i]) for k, v in styles.items()}, r)
                ouverte = bruit.fautes_selon_longueur([ouverte], np.array([r.choice([0.0, 0.0, 0.01, 0.03])]), rng)[0]
            touche = r.random() < 0.55
            contribue = r.random() < 0.8
            ligne = [cid, f"2-{i + 1}", r.choice(["Transition écologique", "Environnement", "Mes propositions",
                                                  "Écologie et pouvoir d'achat", "Ma contribution", ""]),
                     date.strftime("%Y-%m-%d %H:%M:%S"), date.strftime("%Y-%m-%d %H:%M:%S"),
                     (date + timedelta(minutes=r.randint(0, 600))).strftime("%Y-%m-%d %H:%M:%S"),
                     "false", "", aid, r.choice(["Citoyen / Citoyenne"] * 9 + ["Organisation à but lucratif"]),
                     r.choice(["", "75011", "69003", "13005", "31200", "44000", "59000", "29200", "63000", "87100", "08000"]),
                     r.choice(PROBLEMES) if r.random() < 0.9 else "",
                     ouverte,
                     "Oui" if touche else r.choice(["Non", ""]),
                     _rediger(r.choice(VECU), r, variantes) if touche and r.random() < 0.8 else "",
                     "Oui" if contribue else r.choice(["Non", ""]),
                     " ".join(_rediger(g, r, variantes) for g in r.sample(GESTES, k=r.randint(1, 2))) if contribue else ""]
            w.writerow(ligne)

if __name__ == "__main__":
    ecrire(sys.argv[1])
