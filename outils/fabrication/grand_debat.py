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
REPONSES = {
 "transport": ["Développer les transports en commun dans les zones rurales, où la voiture reste obligatoire.",
   "Remettre en service les petites lignes de train fermées depuis des années.",
   "Des cars express entre les bourgs et la ville, avec des horaires qui collent au travail.",
   "Aider vraiment au covoiturage avec des aires de stationnement près des échangeurs.",
   "Faire payer le kérosène des avions comme on fait payer l'essence aux automobilistes.",
   "Des pistes cyclables sûres entre les villages, pas seulement en centre-ville."],
 "logement": ["Aider les propriétaires modestes à isoler leur maison sans avancer l'argent.",
   "Un guichet unique pour la rénovation énergétique, les démarches sont trop compliquées.",
   "Interdire la location des passoires thermiques, mais en accompagnant les bailleurs.",
   "Remplacer les chaudières au fioul avec une aide qui couvre vraiment le coût."],
 "agriculture": ["Accompagner les agriculteurs pour réduire les pesticides, sans les laisser seuls face aux coûts.",
   "Favoriser les circuits courts et les produits locaux dans les cantines.",
   "Protéger les haies et les zones humides au lieu de les arracher.",
   "Arrêter l'artificialisation des terres agricoles autour des villes."],
 "fiscalite": ["La taxe carbone doit être juste : que les plus gros pollueurs paient en premier.",
   "Rendre l'argent de la taxe carbone aux ménages modestes, sinon c'est une punition.",
   "Supprimer les niches fiscales qui encouragent les énergies fossiles.",
   "Je refuse toute nouvelle taxe tant que les grandes entreprises ne paient pas leur part."],
 "dechets": ["Interdire les emballages plastiques inutiles dans la grande distribution.",
   "Généraliser la consigne du verre comme autrefois.",
   "Allonger la garantie des appareils pour lutter contre l'obsolescence programmée.",
   "Mettre des composteurs collectifs dans chaque quartier."],
 "energie": ["Développer le solaire sur les toits des bâtiments publics et des parkings.",
   "Sortir progressivement du nucléaire en investissant dans les renouvelables.",
   "Garder le nucléaire le temps de développer les autres énergies, c'est la seule énergie pilotable décarbonée.",
   "Les éoliennes défigurent nos paysages, il faut écouter les riverains."],
}
VECU = ["Les étés sont de plus en plus chauds, mes parents âgés souffrent de la canicule.",
  "Les sécheresses répétées abîment mon jardin et les restrictions d'eau reviennent chaque année.",
  "Ma commune a été inondée deux fois en cinq ans.", "Mes récoltes sont touchées par le gel tardif et la grêle.",
  "Mon fils a de l'asthme, les pics de pollution l'empêchent de sortir.", "Les moustiques tigres sont arrivés chez nous."]
GESTES = ["Je trie mes déchets et je composte.", "Je prends le vélo pour les petits trajets.",
  "J'achète local et de saison.", "J'ai isolé mes combles l'an dernier.",
  "Je limite la viande et je cuisine davantage.", "Je répare au lieu de jeter.",
  "Je ne peux pas faire plus : j'habite à 30 km de mon travail sans aucun bus.",
  "Je baisse le chauffage et je mets un pull."]
COPIE = ("Nous demandons un grand plan ferroviaire pour les territoires ruraux : réouverture des petites "
         "lignes, trains réguliers le matin et le soir, et tarifs accessibles à toutes et tous.")

def ecrire(chemin, n=240, graine=2019):
    r = random.Random(graine)
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
                ouverte = " ".join(r.sample(REPONSES[theme], k=r.randint(1, 3)))
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
                     r.choice(VECU) if touche and r.random() < 0.8 else "",
                     "Oui" if contribue else r.choice(["Non", ""]),
                     " ".join(r.sample(GESTES, k=r.randint(1, 2))) if contribue else ""]
            w.writerow(ligne)

if __name__ == "__main__":
    ecrire(sys.argv[1])
