"""Fabrique les petits exports d'exemple de data/exemples_exports/ : des contributions
**inventées** (aucune donnée réelle), rangées dans la disposition réelle des exports de
Decidim (commentaires, propositions), de Cap Collectif (contributions d'une étape de dépôt)
et de Pol.is (comments.csv). Sources des dispositions : data/README.md.

    .venv/bin/python -m tests.harnais.exemples_exports   # réécrit les fichiers (octet pour octet)
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

DOSSIER = Path(__file__).resolve().parents[2] / "data" / "exemples_exports"

SUJETS = {
    "bus": ["Il faut un bus toutes les dix minutes sur la ligne 4 le matin.",
            "Le dernier bus part trop tôt le soir, après 21 h on est coincés.",
            "Les abribus de l'avenue Foch n'ont ni banc ni éclairage.",
            "La ligne 4 est toujours en retard aux heures de pointe.",
            "Un bus de nuit le week-end éviterait bien des trajets en voiture."],
    "vélo": ["Une piste cyclable protégée sur le boulevard du Canal, c'est urgent.",
             "Les arceaux à vélo manquent devant la gare et les écoles.",
             "Les pistes cyclables s'arrêtent net aux carrefours, c'est dangereux.",
             "Il faudrait des garages à vélos fermés dans les résidences.",
             "Je vais au travail à vélo mais la piste est coupée par les travaux."],
    "stationnement": ["On supprime des places de stationnement sans proposer de parking relais.",
                      "Le parking relais du terminus est plein dès 8 h.",
                      "Les commerçants perdent des clients faute de places pour se garer.",
                      "Le stationnement payant devrait être gratuit le samedi midi.",
                      "Il faut des places réservées aux soignants à domicile."],
    "trottoirs": ["Les trottoirs de la rue des Lilas sont encombrés de poubelles.",
                  "Les feux piétons sont trop courts pour traverser avec une poussette.",
                  "Les trottinettes garées en travers des trottoirs bloquent le passage.",
                  "Il manque un passage piéton devant l'école Jules-Ferry.",
                  "Avec un fauteuil roulant, les trottoirs sans bateau sont infranchissables."],
    "livraisons": ["Les camions de livraison bloquent la rue du Marché tous les matins.",
                   "Des aires de livraison respectées éviteraient le stationnement en double file.",
                   "Les livreurs en scooter roulent sur les trottoirs.",
                   "Un point relais de colis par quartier réduirait les camionnettes.",
                   "Les livraisons de nuit au supermarché réveillent tout l'immeuble."],
    "bruit": ["Le bruit de la rocade empêche de dormir fenêtres ouvertes.",
              "Des murs antibruit le long de la voie rapide, c'est possible ?",
              "Les motos trafiquées font un vacarme insupportable le soir.",
              "Limiter à 30 km/h réduirait le bruit dans les rues résidentielles.",
              "Le revêtement de la route neuve est très bruyant."],
}
OUVERTURES = ["", "", "", "Merci pour cette consultation. ", "Habitante du quartier depuis vingt ans. ",
              "Je suis assez d'accord avec le projet. ", "Je ne suis pas convaincu. "]
ACCORDS = ["+1", "D'accord.", "Idem.", "Tout à fait d'accord avec vous.", "Je plussoie."]
# Des textes piégés, comme on en trouve dans un vrai export.
PIEGES = ["<script>alert('piège')</script>Plus de bus le dimanche svp",
          "<img src=x onerror=alert(1)> Les trottoirs sont trop étroits",
          "😀😀😀", "   ", "<p>Des bancs&nbsp;!<br>Et de l'ombre &amp; des arbres.</p>"]


def _textes(graine: int, n: int) -> list[str]:
    tirage = random.Random(graine)
    sujets = list(SUJETS)
    textes = []
    for _ in range(n):
        sujet = tirage.choice(sujets)
        phrases = tirage.sample(SUJETS[sujet], tirage.randint(1, 3))
        textes.append(tirage.choice(OUVERTURES) + " ".join(phrases))
    return textes


def _csv(lignes: list[list], separateur: str) -> str:
    tampon = io.StringIO()
    csv.writer(tampon, delimiter=separateur, lineterminator="\n").writerows(lignes)
    return tampon.getvalue()


def decidim_commentaires() -> str:
    """Export « Commentaires » d'une composante Decidim (séparateur « ; », clés aplaties par « / »)."""
    entete = ["id", "created_at", "body", "locale", "author/id", "author/name", "alignment", "depth",
              "user_group/id", "user_group/name/fr", "commentable_id", "commentable_type", "root_commentable_url"]
    tirage = random.Random(11)
    lignes = [entete]
    racines = []
    textes = _textes(1, 48)
    for i, texte in enumerate(textes + PIEGES, start=101):
        auteur = 500 + tirage.randint(0, 39)
        proposition = 7 + tirage.randint(0, 5)
        lignes.append([i, f"2026-03-{1 + i % 27:02d} 10:{i % 60:02d}:00 +0100", texte, "fr", auteur,
                       f"Participant·e {auteur}", tirage.choice([0, 0, 1, -1]), 0, "", "", proposition,
                       "Decidim::Proposals::Proposal",
                       f"https://participer.exemple.invalid/processes/mobilite/f/3/proposals/{proposition}"])
        racines.append(i)
    for j, i in enumerate(range(200, 216)):  # des réponses : accords courts et vrais avis
        parent = racines[(j * 3) % len(racines)]
        texte = ACCORDS[j % len(ACCORDS)] if j % 2 == 0 else _textes(100 + j, 1)[0]
        auteur = 500 + tirage.randint(0, 39)
        lignes.append([i, f"2026-03-28 11:{j:02d}:00 +0100", texte, "fr", auteur, f"Participant·e {auteur}",
                       0, 1, "", "", parent, "Decidim::Comments::Comment",
                       "https://participer.exemple.invalid/processes/mobilite/f/3/proposals/7"])
    return _csv(lignes, ";")


def decidim_propositions() -> str:
    """Export « Propositions » d'une composante Decidim (ProposalSerializer ; sans colonne d'auteur·e)."""
    entete = ["id", "category/id", "category/name/fr", "scope/id", "scope/name/fr", "participatory_space/id",
              "participatory_space/url", "component/id", "title", "body", "state", "reference", "answer/fr",
              "supports", "endorsements/total_count", "endorsements/user_endorsements", "comments", "attachments",
              "followers", "published_at", "url", "meeting_urls", "related_proposals", "is_amend",
              "original_proposal/title", "original_proposal/url"]
    tirage = random.Random(12)
    lignes = [entete]
    categories = {"bus": "Transports en commun", "vélo": "Vélo", "stationnement": "Stationnement",
                  "trottoirs": "Marche", "livraisons": "Logistique", "bruit": "Cadre de vie"}
    for i in range(1, 45):
        sujet = list(SUJETS)[i % len(SUJETS)]
        phrases = tirage.sample(SUJETS[sujet], 2)
        titre = phrases[0].split(",")[0].rstrip(".")
        corps = "<p>" + "</p><p>".join(phrases) + "</p>"
        lignes.append([i, list(SUJETS).index(sujet) + 1, categories[sujet], "", "", 2,
                       "https://participer.exemple.invalid/processes/mobilite", 3, titre, corps,
                       tirage.choice(["", "evaluating", "accepted"]), f"MERI-PROP-2026-03-{i}", "",
                       tirage.randint(0, 40), tirage.randint(0, 5), "", tirage.randint(0, 6), 0,
                       tirage.randint(1, 9), f"2026-03-{1 + i % 27:02d} 09:00:00 +0100",
                       f"https://participer.exemple.invalid/processes/mobilite/f/3/proposals/{i}", "", "",
                       "false", "", ""])
    return _csv(lignes, ";")


CAP_COLLECTIF = [
    "export_contribution_type", "export_proposal_id", "export_proposal_published_at", "export_proposal_reference",
    "export_proposal_title", "export_proposal_summary", "export_proposal_description", "export_proposal_author_id",
    "export_proposal_category_name", "export_proposal_theme_title", "export_proposal_formatted_address",
    "export_proposal_address_lat", "export_proposal_address_lng", "export_proposal_district_name",
    "export_proposal_estimation", "export_proposal_illustration", "export_proposal_link",
    "export_proposal_status_name", "export_proposal_created_at", "export_proposal_updated_at",
    "export_proposal_publication_status", "export_proposal_undraft_at", "export_proposal_trashed_at",
    "export_proposal_trashed_reason", "export_proposal_author_username", "export_proposal_author_is_email_confirmed",
    "export_proposal_author_email", "export_proposal_author_user_type_id", "export_proposal_author_user_type_name",
    "export_proposal_official_response", "export_proposal_votes_published_at", "export_proposal_votes_published",
    "export_proposal_votes_accounted", "export_proposal_votes_anonymous", "export_proposal_votes_author_id",
    "export_proposal_votes_author_username", "export_proposal_comments_id", "export_proposal_comments_body",
    "export_proposal_comments_created_at", "export_proposal_comments_published_at",
    "export_proposal_comments_updated_at", "export_proposal_comments_author_id",
    "export_proposal_comments_author_username", "export_proposal_comments_author_email",
    "export_proposal_comments_pinned", "export_proposal_comments_publication_status",
]


def cap_collectif() -> str:
    """Export des contributions d'une étape de dépôt Cap Collectif : une ligne par proposition,
    par commentaire et par vote (``export_contribution_type``)."""
    tirage = random.Random(13)
    lignes = [CAP_COLLECTIF]
    vide = dict.fromkeys(CAP_COLLECTIF, "")
    textes = _textes(3, 40)
    for i, texte in enumerate(textes, start=1):
        auteur = f"user{tirage.randint(1, 30)}"
        proposition = {**vide, "export_contribution_type": "export_contribution_type_proposal",
                       "export_proposal_id": f"proposal{i}", "export_proposal_published_at": f"2026-04-{1 + i % 28:02d} 08:00:00",
                       "export_proposal_reference": f'"1-{i}"', "export_proposal_title": texte.split(".")[0][:80],
                       "export_proposal_description": f"<p>{texte}</p>", "export_proposal_author_id": auteur,
                       "export_proposal_author_username": f"pseudo-{auteur}",
                       "export_proposal_publication_status": "export_proposal_publication_status_published"}
        lignes.append([proposition[c] for c in CAP_COLLECTIF])
        if i % 4 == 0:
            commentaire = {**proposition, "export_contribution_type": "export_contribution_type_proposal_comment",
                           "export_proposal_comments_id": f"proposalComment{i}",
                           "export_proposal_comments_body": ACCORDS[i % len(ACCORDS)] if i % 8 == 0 else _textes(200 + i, 1)[0],
                           "export_proposal_comments_created_at": "2026-04-20 12:00:00",
                           "export_proposal_comments_author_id": f"user{tirage.randint(1, 30)}",
                           "export_proposal_comments_publication_status": "Publié"}
            lignes.append([commentaire[c] for c in CAP_COLLECTIF])
        if i % 5 == 0:
            vote = {**proposition, "export_contribution_type": "export_contribution_type_proposal_vote",
                    "export_proposal_votes_author_id": f"user{tirage.randint(1, 30)}",
                    "export_proposal_votes_published": "Oui"}
            lignes.append([vote[c] for c in CAP_COLLECTIF])
    return _csv(lignes, ",")


def polis() -> str:
    """``comments.csv`` d'une conversation Pol.is (un avis par ligne, votes comptés)."""
    tirage = random.Random(14)
    lignes = [["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated", "comment-body"]]
    phrases = [p for liste in SUJETS.values() for p in liste]
    for i, phrase in enumerate(phrases + ["Plus de bus le dimanche !", "Plus de bus le dimanche !"]):
        horodatage = 1_775_000_000_000 + 3_600_000 * i
        lignes.append([horodatage, f"Mon Apr 06 2026 {i % 24:02d}:00:00 GMT+0200 (heure d’été d’Europe centrale)", i,
                       tirage.randint(0, 20), tirage.randint(0, 40), tirage.randint(0, 15),
                       tirage.choice([1, 1, 1, 0, -1]), phrase])
    return _csv(lignes, ",")


FICHIERS = {"decidim_commentaires.csv": decidim_commentaires, "decidim_propositions.csv": decidim_propositions,
            "capcollectif_contributions.csv": cap_collectif, "polis_comments.csv": polis}


def fabriquer(dossier: Path = DOSSIER) -> list[Path]:
    dossier.mkdir(parents=True, exist_ok=True)
    ecrits = []
    for nom, fabrique in FICHIERS.items():
        chemin = dossier / nom
        chemin.write_text(fabrique(), encoding="utf-8")
        ecrits.append(chemin)
    return ecrits


if __name__ == "__main__":
    for chemin in fabriquer():
        print(chemin)
