"""Rédaction variée : une idée, beaucoup de formulations ; un·e auteur·e, un style.

Trois mécanismes, appliqués à chaque texte au moment de la génération (et non une fois
pour toutes, sinon un même fragment reviendrait mot pour mot d'un texte à l'autre) :

1. **Variantes imbriquées** : une phrase écrite à la main peut contenir des choix
   « [a|b|c] », éventuellement imbriqués (« [très|[vraiment|franchement]] ») et vides
   (« [déjà |] »). `Variantes.developper` en tire une réalisation.
2. **Lexique de synonymes** (`LEXIQUE`) : à la construction de la table des fragments,
   chaque mot ou tournure du lexique devient un choix entre des formes équivalentes
   (même genre, même nombre, même construction), de sorte qu'une idée se dit de
   nombreuses façons sans qu'on écrive chaque variante à la main.
3. **Amorces, liaisons et détails locaux** (`AMORCES`, `LIAISONS`, `DETAILS`) : une phrase
   peut être introduite (« Je voulais vous signaler que… »), reliée à la précédente
   (« En plus, … ») ou complétée d'un détail concret (un lieu, un jour, une heure, une
   durée) tiré du territoire.

Puis le **style** de la personne (`tirer_styles`, `styliser`) : habitudes de ponctuation,
points de suspension, mots en capitales pour insister, sauts de ligne et paragraphes,
listes à tirets, émojis sur certains canaux. Il est tiré une fois par auteur·e et appliqué
à tous ses textes.

Tout est déterministe : le hasard vient d'un ``random.Random`` graîné par l'appelant.
"""

from __future__ import annotations

import random
import re

import numpy as np

# --- 1. Variantes imbriquées ----------------------------------------------------------------


_SIGNES_DE_CHOIX = re.compile(r"([\[\]|])")


class Variantes:
    """Développe les choix « [a|b] » (imbriqués) d'un texte ; les gabarits compilés sont gardés."""

    def __init__(self) -> None:
        self._cache: dict[str, object] = {}

    @staticmethod
    def _compiler(texte: str):
        # Arbre : liste de morceaux ; un morceau est une chaîne ou un tuple d'alternatives
        # (chaque alternative étant elle-même une liste de morceaux).
        pile = [[[]]]  # pile de listes d'alternatives ; la dernière alternative reçoit le texte
        tampon = []
        for c in _SIGNES_DE_CHOIX.split(texte):  # les signes « [ | ] » et les morceaux de texte entre eux
            if not c:
                continue
            if c == "[":
                if tampon:
                    pile[-1][-1].append("".join(tampon))
                    tampon = []
                pile.append([[]])
            elif c == "|" and len(pile) > 1:
                if tampon:
                    pile[-1][-1].append("".join(tampon))
                    tampon = []
                pile[-1].append([])
            elif c == "]" and len(pile) > 1:
                if tampon:
                    pile[-1][-1].append("".join(tampon))
                    tampon = []
                alternatives = pile.pop()
                pile[-1][-1].append(tuple(alternatives))
            else:
                tampon.append(c)
        if tampon:
            pile[-1][-1].append("".join(tampon))
        while len(pile) > 1:  # crochet non fermé : on le garde tel quel
            alternatives = pile.pop()
            pile[-1][-1].append("[" + "|".join("".join(a for a in alt if isinstance(a, str)) for alt in alternatives))
        return pile[0][0]

    def _tirer(self, arbre, r: random.Random, sortie: list) -> None:
        for morceau in arbre:
            if isinstance(morceau, str):
                sortie.append(morceau)
            else:
                self._tirer(morceau[int(r.random() * len(morceau))], r, sortie)

    def developper(self, texte: str, r: random.Random) -> str:
        if "[" not in texte:
            return texte
        arbre = self._cache.get(texte)
        if arbre is None:
            arbre = self._cache[texte] = self._compiler(texte)
        sortie: list[str] = []
        self._tirer(arbre, r, sortie)
        # « à » + « le projet » → « au projet »… aux jonctions des choix (voir joindre_morceaux)
        return joindre_morceaux(sortie).replace("  ", " ")


# --- Jonctions des choix ----------------------------------------------------------------------
# Un morceau écrit qui finit par « à », « de », « que », « le »… et l'option tirée qui le suit
# se contractent ou s'élident comme en français : « favorable à » + « le projet » → « favorable au
# projet », « la vie de » + « les gens » → « la vie des gens », « conseillé de » + « éviter » →
# « conseillé d'éviter ». Seules les jonctions sont corrigées : une faute écrite exprès dans un
# morceau (le français non natif, « de le parc ») reste. « de » + « le finir » (pronom devant un
# verbe) ne se contracte pas.
# (« a » sans accent, écrit par une version bruitée, après « favorable », « hostile », « opposé »,
# « opposé{e} » avant que le marqueur soit rempli, « écrit »)
_FIN_PREPOSITION = re.compile(r"(?:^|(?<=[\s(«]))([àÀ]|[dD]e|(?<=ble )a|(?<=ile )a|(?<=\w[ée] )a|(?<=\{e\} )a|(?<=crit )a) $")
_FIN_ELIDABLE = re.compile(r"(?:^|(?<=[\s(«]))([dD]e|[qQ]ue|[jJ]e|[nN]e|[lL][ea]|[mt]e) $")
_DEBUT_ARTICLE = re.compile(r"(les?) (\w+)")
_VOYELLE_INITIALE = re.compile(r"[aeiouyéèêàâîïôûhAEIOUYÉÈÊÀÂÎÔH]")
_CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
# Noms en -er, -ir, -re, -oir qui suivent un article à une jonction (sinon : un verbe à l'infinitif)
_NOMS_EN_ER_IR_RE = frozenset(
    "quartier quartiers centre centres soir soirs trottoir trottoirs dernier derniers premier premiers maire "
    "métier chantier chantiers sentier sentiers boucher boulanger pompier pompiers loisir loisirs plaisir "
    "cinéma théâtre ministre mètre kilomètre registre calendrier calendriers dossier dossiers escalier "
    "escaliers palier foyer foyers loyer loyers collecteur couloir couloirs miroir réservoir arrosoir "
    "comptoir dortoir parloir mouchoir devoir devoirs pouvoir avenir souvenir désir sourire rire livre "
    "membre nombre ordre titre cadre genre centre-ville compteur compteurs conducteur conducteurs "
    "chauffeur chauffeurs directeur lecteur secteur secteurs moteur moteurs".split())


def _contracter(avant: str, morceau: str) -> tuple[str, str]:
    if not avant.endswith(" "):  # une jonction sans espace (au milieu d'un mot) ne change rien
        return avant, morceau
    # seule la fin du texte compte : chercher dans ses 12 derniers caractères (et non dans tout le
    # texte à chaque jonction) rend l'assemblage linéaire
    debut_queue = max(len(avant) - 12, 0)
    queue = avant[debut_queue:]
    fin = _FIN_PREPOSITION.search(queue)  # « ^ » n'y est le début du texte que s'il est court
    debut = _DEBUT_ARTICLE.match(morceau)
    if fin and debut:
        prep, article, mot = fin.group(1), debut.group(1), debut.group(2)
        verbe = mot.endswith(("er", "ir", "re", "oir")) and mot.lower() not in _NOMS_EN_ER_IR_RE
        if not verbe:
            forme = _CONTRACTIONS[("à" if prep.lower() == "a" else prep.lower(), article)]
            if prep[0].isupper():
                forme = forme.capitalize()
            return avant[:debut_queue + fin.start(1)], forme + morceau[len(article):]
    fin = _FIN_ELIDABLE.search(queue)
    if fin and _VOYELLE_INITIALE.match(morceau) and not morceau.startswith(_SANS_ELISION):
        mot = fin.group(1)
        return avant[:debut_queue + fin.start(1)], mot[:-1] + "'" + morceau
    return avant, morceau


_ARTICLE_SEUL = frozenset({"le ", "les ", "Le ", "Les "})


def joindre_morceaux(morceaux: list[str]) -> str:
    """Joint les morceaux d'un choix développé en contractant ou élidant aux jonctions. Un article
    tiré seul (« à » + « le » + « dossier », le nom venant d'un choix imbriqué) attend son nom."""
    texte, article = "", ""
    for morceau in morceaux:
        if morceau in _ARTICLE_SEUL and not article:
            article = morceau
            continue
        morceau, article = article + morceau, ""
        if texte and morceau:
            texte, morceau = _contracter(texte, morceau)
        texte += morceau
    return texte + article


# --- 2. Lexique de synonymes ----------------------------------------------------------------
# Chaque entrée : motif (expression régulière, en minuscules) -> formes équivalentes.
# Les formes gardent le genre, le nombre et la construction de l'original.

LEXIQUE: list[tuple[str, list[str]]] = [
    (r"très", ["très", "vraiment", "super", "hyper", "tellement", "franchement", "particulièrement", "assez"]),
    (r"beaucoup trop", ["beaucoup trop", "bien trop", "vraiment trop", "largement trop"]),
    (r"beaucoup de", ["beaucoup de", "plein de", "énormément de", "pas mal de", "un tas de", "bon nombre de"]),
    (r"souvent", ["souvent", "régulièrement", "fréquemment", "tout le temps", "très souvent", "la plupart du temps"]),
    (r"régulièrement", ["régulièrement", "souvent", "fréquemment", "sans arrêt", "à longueur de semaine"]),
    (r"rapidement", ["rapidement", "vite", "au plus vite", "dans les meilleurs délais", "sans tarder", "rapidement"]),
    (r"complètement", ["complètement", "totalement", "entièrement", "carrément", "complètement"]),
    (r"vraiment", ["vraiment", "réellement", "franchement", "sincèrement", "vraiment"]),
    (r"tout le temps", ["tout le temps", "en permanence", "sans arrêt", "constamment", "H24", "à longueur de journée"]),
    (r"en permanence", ["en permanence", "tout le temps", "constamment", "sans arrêt", "jour et nuit"]),
    (r"sans arrêt", ["sans arrêt", "sans cesse", "en continu", "non-stop"]),
    (r"tous les jours", ["tous les jours", "chaque jour", "quotidiennement", "tous les jours que Dieu fait", "jour après jour"]),
    (r"chaque jour", ["chaque jour", "tous les jours", "quotidiennement"]),
    (r"tous les soirs", ["tous les soirs", "chaque soir", "soir après soir", "tous les soirs ou presque"]),
    (r"chaque soir", ["chaque soir", "tous les soirs", "soir après soir"]),
    (r"tous les matins", ["tous les matins", "chaque matin", "le matin", "chaque matin ou presque"]),
    (r"chaque matin", ["chaque matin", "tous les matins"]),
    (r"chaque semaine", ["chaque semaine", "toutes les semaines", "semaine après semaine"]),
    (r"le week-end", ["le week-end", "les week-ends", "le samedi et le dimanche", "en fin de semaine"]),
    (r"(?<!toute )(?<!de )(?<!cette )(?<!à )la nuit", ["la nuit", "pendant la nuit", "la nuit", "en pleine nuit"]),
    (r"(?<!tout )(?<!à )le soir", ["le soir", "en soirée", "le soir venu", "dès qu'il fait nuit"]),
    (r"depuis des mois", ["depuis des mois", "depuis plusieurs mois", "depuis trop longtemps", "depuis des lustres", "depuis des mois et des mois"]),
    (r"depuis longtemps", ["depuis longtemps", "depuis belle lurette", "depuis un bon moment", "depuis des années"]),
    (r"hier soir", ["hier soir", "hier dans la soirée", "hier en fin de journée"]),
    (r"ce matin", ["ce matin", "ce matin même", "tôt ce matin", "ce matin encore"]),
    (r"la semaine dernière", ["la semaine dernière", "la semaine passée", "il y a quelques jours", "il y a une semaine à peu près"]),
    (r"aujourd'hui", ["aujourd'hui", "à l'heure actuelle", "actuellement", "aujourd'hui"]),
    (r"actuellement", ["actuellement", "en ce moment", "à l'heure actuelle", "aujourd'hui"]),
    (r"maintenant", ["maintenant", "désormais", "à présent", "aujourd'hui"]),
    (r"en ce moment", ["en ce moment", "ces temps-ci", "ces derniers temps", "depuis quelque temps"]),
    (r"il faudrait", ["il faudrait", "il faudrait vraiment", "il faudrait peut-être", "il faudrait enfin", "il serait bon d'avoir"]),
    # (« il est urgent d'avoir » écrivait « il est urgent d'avoir réparer » devant un infinitif)
    (r"il faut(?! absolument| vraiment)", ["il faut", "il faudrait", "il faut vraiment", "il faut absolument", "il faudrait vraiment"]),
    (r"je voudrais", ["je voudrais", "j'aimerais", "je souhaiterais", "je voulais"]),
    (r"je souhaite", ["je souhaite", "je voudrais", "j'aimerais", "je souhaiterais"]),
    (r"pourriez-vous", ["pourriez-vous", "pouvez-vous", "serait-il possible de", "est-ce que vous pourriez"]),
    (r"pouvez-vous", ["pouvez-vous", "pourriez-vous", "est-ce que vous pouvez", "serait-il possible de"]),
    (r"merci de", ["merci de", "merci de bien vouloir", "je vous remercie de", "merci d'avance de"]),
    (r"je vous signale", ["je vous signale", "je tiens à vous signaler", "je voulais vous signaler"]),
    (r"je pense que", ["je pense que", "je trouve que", "il me semble que", "je crois que", "j'ai l'impression que"]),
    (r"je trouve que", ["je trouve que", "je pense que", "il me semble que", "j'estime que"]),
    (r"je ne comprends pas", ["je ne comprends pas", "je ne vois pas", "j'ai du mal à comprendre", "je ne m'explique pas"]),
    (r"parce que", ["parce que", "car", "vu que", "puisque", "étant donné que"]),
    (r"car", ["car", "parce que", "vu que", "puisque"]),
    (r"donc", ["donc", "du coup", "par conséquent", "donc"]),
    (r"en plus", ["en plus", "de plus", "en outre", "qui plus est", "par-dessus le marché"]),
    (r"par ailleurs", ["par ailleurs", "d'autre part", "en outre", "autre point"]),
    (r"pourtant", ["pourtant", "et pourtant", "malgré tout", "cependant"]),
    (r"rien n'est fait", ["rien n'est fait", "rien ne bouge", "rien ne se passe", "personne ne fait rien", "rien n'avance"]),
    (r"personne ne fait rien", ["personne ne fait rien", "rien ne bouge", "rien n'est fait", "personne ne réagit"]),
    (r"aucune réponse", ["aucune réponse", "pas de réponse", "pas la moindre réponse", "zéro réponse", "aucun retour"]),
    (r"problème", ["problème", "souci", "problème", "dysfonctionnement"]),
    (r"problèmes", ["problèmes", "soucis", "problèmes", "dysfonctionnements"]),
    (r"voitures", ["voitures", "autos", "bagnoles", "voitures"]),
    (r"voiture", ["voiture", "auto", "bagnole", "voiture"]),
    (r"déchets", ["déchets", "détritus", "déchets", "détritus"]),
    (r"enfants", ["enfants", "gamins", "petits", "gosses", "enfants", "mômes"]),
    (r"les voisins", ["les voisins", "mes voisins", "les riverains", "les autres habitants", "les gens de l'immeuble"]),
    (r"les habitants", ["les habitants", "les riverains", "les résidents", "les gens"]),
    (r"les gens", ["les gens", "les habitants", "les riverains", "les habitants"]),
    (r"dangereux", ["dangereux", "risqué", "très dangereux", "dangereux", "franchement dangereux"]),
    (r"dangereuse", ["dangereuse", "risquée", "très dangereuse", "dangereuse"]),
    (r"cassé", ["cassé", "abîmé", "endommagé", "HS", "cassé", "détérioré"]),
    (r"cassée", ["cassée", "abîmée", "endommagée", "HS", "cassée"]),
    (r"en panne", ["en panne", "HS", "hors service", "hors d'usage", "en panne"]),
    (r"ne fonctionne plus", ["ne fonctionne plus", "ne marche plus", "est HS", "ne fonctionne toujours pas", "a lâché"]),
    (r"ne fonctionne pas", ["ne fonctionne pas", "ne marche pas", "ne fonctionne pas du tout"]),
    (r"insupportable", ["insupportable", "invivable", "intenable", "insupportable", "intenable"]),
    (r"inadmissible", ["inadmissible", "inacceptable", "intolérable", "inacceptable"]),
    (r"catastrophique", ["catastrophique", "lamentable", "déplorable", "pitoyable"]),
    (r"sale", ["sale", "crade", "immonde", "sale"]),
    (r"bruit", ["bruit", "boucan", "vacarme", "bruit", "tapage"]),
    (r"absolument", ["absolument", "impérativement", "vraiment", "à tout prix"]),
    (r"impossible", ["impossible", "quasi impossible", "très difficile", "impossible"]),
    (r"difficile", ["difficile", "compliqué", "pénible", "difficile", "galère"]),
    (r"un peu", ["un peu", "légèrement", "un petit peu", "un peu"]),
    (r"énorme", ["énorme", "immense", "gigantesque", "considérable"]),
    (r"plusieurs fois", ["plusieurs fois", "à plusieurs reprises", "maintes fois", "je ne sais combien de fois", "pas mal de fois"]),
    (r"réparer", ["réparer", "remettre en état", "arranger", "refaire", "réparer"]),
    (r"nettoyer", ["nettoyer", "laver", "nettoyer correctement", "venir nettoyer"]),
    (r"intervenir", ["intervenir", "passer", "venir voir", "faire quelque chose", "agir"]),
    (r"(?<!vous )signaler", ["signaler", "indiquer", "faire remonter", "signaler"]),
    (r"quelqu'un", ["quelqu'un", "une personne", "quelqu'un"]),
    (r"un accident", ["un accident", "un drame", "un grave accident", "un accident"]),
    (r"le tram", ["le tram", "le tramway", "le tram"]),
    (r"du tram", ["du tram", "du tramway", "du tram"]),
    (r"à vélo", ["à vélo", "en vélo", "à bicyclette", "à vélo"]),
    (r"piste cyclable", ["piste cyclable", "voie cyclable", "piste vélo", "piste cyclable"]),
    (r"pistes cyclables", ["pistes cyclables", "voies cyclables", "pistes vélo", "pistes cyclables"]),
    (r"places de stationnement", ["places de stationnement", "places de parking", "places", "places de stationnement"]),
    (r"transports en commun", ["transports en commun", "transports publics", "TC", "transports en commun"]),
    (r"automobilistes", ["automobilistes", "conducteurs", "gens en voiture", "automobilistes"]),
    (r"piétons", ["piétons", "passants", "piétons", "gens à pied"]),
    (r"centre-ville", ["centre-ville", "centre", "centre-ville"]),
    (r"la mairie(?! annexe| de quartier)", ["la mairie", "la ville", "la mairie", "la collectivité"]),
    (r"bonne idée", ["bonne idée", "excellente idée", "très bonne idée", "idée intéressante"]),
    (r"mauvaise idée", ["mauvaise idée", "fausse bonne idée", "très mauvaise idée", "idée absurde"]),
    (r"je soutiens", ["je soutiens", "j'approuve", "j'appuie", "je soutiens pleinement"]),
    (r"je suis contre", ["je suis contre", "je suis vraiment contre", "je suis franchement contre", "je reste contre"]),
    (r"je suis pour", ["je suis pour", "je suis plutôt pour", "je suis à fond pour", "je suis pour"]),
    (r"d'accord", ["d'accord", "d'accord", "en accord"]),
    (r"pollution", ["pollution", "pollution de l'air", "pollution", "pollution atmosphérique"]),
    (r"plein de", ["plein de", "beaucoup de", "des tas de", "plein de"]),
    (r"en retard", ["en retard", "à la bourre", "en retard", "pas à l'heure"]),
    (r"mon quartier(?! ?$)", ["mon quartier", "notre quartier", "le quartier", "mon coin"]),
    (r"dans le quartier(?! ?$)", ["dans le quartier", "dans le coin", "chez nous", "dans notre secteur"]),
    (r"du quartier(?! ?$)", ["du quartier", "du coin", "du secteur", "du quartier"]),
    (r"personnes âgées", ["personnes âgées", "personnes âgées", "personnes âgées", "personnes âgées du quartier"]),
    (r"personne âgée", ["personne âgée", "personne âgée", "dame âgée", "personne d'un certain âge"]),
    (r"les poubelles", ["les poubelles", "les ordures", "les poubelles", "les ordures"]),
    (r"poubelle", ["poubelle", "poubelle", "corbeille", "poubelle publique"]),
    (r"encombrants", ["encombrants", "encombrants", "monstres", "gros objets"]),
    (r"lampadaire", ["lampadaire", "réverbère", "lampadaire", "candélabre"]),
    (r"lampadaires", ["lampadaires", "réverbères", "lampadaires", "candélabres"]),
    (r"trottoir", ["trottoir", "trottoir", "bord de la chaussée"]),
    (r"chaussée", ["chaussée", "route", "chaussée", "voie"]),
    (r"on ne peut plus", ["on ne peut plus", "on ne peut même plus", "impossible de", "plus moyen de"]),
    (r"encore une fois", ["encore une fois", "une fois de plus", "à nouveau", "encore une fois"]),
    (r"en bas de chez moi", ["en bas de chez moi", "au pied de chez moi", "devant chez moi", "sous mes fenêtres"]),
    (r"devant chez moi", ["devant chez moi", "juste devant chez moi", "devant ma porte", "en bas de chez moi"]),
    (r"je n'en peux plus", ["je n'en peux plus", "j'en ai assez", "j'en ai marre", "je suis à bout"]),
    (r"c'est n'importe quoi", ["c'est n'importe quoi", "c'est du grand n'importe quoi", "c'est absurde", "ça n'a aucun sens"]),
    (r"ça fait", ["ça fait", "cela fait", "ça fait bien"]),
    (r"les bus", ["les bus", "les autobus", "les bus"]),
    (r"le bus", ["le bus", "le bus", "l'autobus"]),
    (r"fréquence", ["fréquence", "cadence", "fréquence", "fréquence de passage"]),
    (r"arrêts", ["arrêts", "arrêts", "arrêts de bus"]),
    (r"vélos", ["vélos", "vélos", "bicyclettes", "deux-roues"]),
    (r"cyclistes", ["cyclistes", "cyclistes", "gens à vélo", "usagers du vélo"]),
    (r"sécurité", ["sécurité", "sécurité", "sûreté"]),
    (r"mesure", ["mesure", "mesure", "décision", "disposition"]),
    (r"projet", ["projet", "projet", "plan", "dossier"]),
    (r"la métropole", ["la Métropole", "la métropole", "Méridanne Métropole", "l'agglomération"]),
    (r"gratuit", ["gratuit", "gratuit", "sans frais", "offert"]),
    (r"quartiers périphériques", ["quartiers périphériques", "quartiers excentrés", "quartiers de la périphérie", "quartiers éloignés"]),
    (r"zone à faibles émissions", ["zone à faibles émissions", "ZFE", "zone à faibles émissions", "zone basse émission"]),
    (r"stationnement", ["stationnement", "stationnement", "parking"]),
    (r"embouteillages", ["embouteillages", "bouchons", "embouteillages", "ralentissements"]),
    (r"trajet", ["trajet", "trajet", "parcours", "déplacement"]),
    (r"trajets", ["trajets", "trajets", "parcours", "déplacements"]),
    (r"indispensable", ["indispensable", "nécessaire"]),
    (r"essentiel", ["essentiel", "indispensable", "primordial", "capital"]),
    (r"idée", ["idée", "idée", "piste", "proposition"]),
    (r"initiative", ["initiative", "initiative", "démarche", "mesure"]),
    (r"immeuble", ["immeuble", "immeuble", "bâtiment", "bloc"]),
    (r"chantier", ["chantier", "chantier", "chantier en cours"]),
        (r"partout", ["partout", "un peu partout", "partout", "dans tous les coins"]),
    (r"milieu", ["milieu", "milieu", "beau milieu", "plein milieu"]),
    (r"devraient", ["devraient", "devraient", "pourraient", "gagneraient à"]),
    (r"devrait", ["devrait", "devrait", "pourrait", "gagnerait à"]),
    (r"mieux", ["mieux", "mieux", "davantage", "bien mieux"]),
    (r"carrefours", ["carrefours", "croisements", "carrefours"]),
    (r"carrefour", ["carrefour", "croisement", "carrefour", "rond-point"]),
    (r"rodéos", ["rodéos", "rodéos urbains", "rodéos", "courses de motos"]),
    (r"rapide", ["rapide", "rapide", "efficace", "direct"]),
    (r"solution", ["solution", "solution", "réponse", "piste"]),
    (r"pensez", ["pensez", "pensez", "songez"]),
    (r"tarif", ["tarif", "prix", "tarif", "coût"]),
    (r"propose", ["propose", "suggère", "propose", "demande"]),
    (r"obtenir", ["obtenir", "avoir", "décrocher", "obtenir"]),
    (r"information", ["information", "info", "information", "communication"]),
    (r"utile", ["utile", "pratique", "indispensable", "utile"]),
    (r"injuste", ["injuste", "injuste", "inéquitable"]),
    (r"consultation", ["consultation", "concertation", "consultation"]),
        (r"jeunes", ["jeunes", "jeunes", "ados", "adolescents"]),
    (r"endroit", ["endroit", "coin", "lieu", "endroit"]),
    (r"installer", ["installer", "mettre", "poser", "installer"]),
    (r"priorité", ["priorité", "priorité", "urgence"]),
    (r"argent", ["argent", "argent", "budget", "budget"]),
    (r"tard", ["tard", "tard", "tard le soir"]),
    (r"nouveaux", ["nouveaux", "nouveaux", "récents"]),
    (r"traverser", ["traverser", "traverser", "passer"]),
    (r"marcher", ["marcher", "marcher", "circuler à pied", "se promener"]),
    (r"santé", ["santé", "santé", "santé publique"]),
    (r"interdit", ["interdit", "interdit", "proscrit"]),
    (r"augmenté", ["augmenté", "augmenté", "grimpé", "flambé"]),
    (r"rentrer", ["rentrer", "rentrer", "revenir", "rentrer chez moi"]),
    (r"payer", ["payer", "payer", "débourser", "régler"]),
    (r"perdu", ["perdu", "perdu", "gaspillé"]),
    (r"femmes", ["femmes", "femmes", "habitantes", "usagères"]),
    (r"gratuité", ["gratuité", "gratuité", "gratuité totale"]),
    (r"emploi", ["emploi", "emploi", "travail"]),
    # pas « le long de » (« le interminable de »)
    (r"(?<!le )long", ["long", "long", "interminable"]),
    (r"incitatif", ["incitatif", "incitatif", "intéressant", "attractif"]),
    (r"illusion", ["illusion", "illusion", "illusion"]),
    (r"erreur", ["erreur", "erreur", "bêtise", "faute"]),
    (r"bondés", ["bondés", "bondés", "pleins à craquer", "blindés"]),
    (r"bondé", ["bondé", "bondé", "plein à craquer", "blindé"]),
    (r"précieux", ["précieux", "précieux", "fou", "considérable"]),
    (r"davantage", ["davantage", "plus", "davantage"]),
    (r"génial", ["génial", "génial", "super", "top"]),
    (r"magnifique", ["magnifique", "magnifique", "superbe", "splendide"]),
    (r"absurde", ["absurde", "absurde", "ridicule", "aberrant"]),
    (r"sécurisés", ["sécurisés", "sécurisés", "fermés", "protégés"]),
    (r"abordable", ["abordable", "abordable", "raisonnable", "accessible"]),
    # pas « l'accident d'il y a un mois » (« l'accident de on trouve un mois »)
    (r"(?<!d')(?<!de )il y a(?= (?:des|un|une|du|plein|beaucoup)\b)", ["il y a", "on trouve", "on voit", "on a", "il y a"]),
]

_MARQUEUR = re.compile(r"(\{[A-Za-z_0-9]+\}|\[[^\[\]]*\])")


_LITTERAL = re.compile(r"[\w '’-]+")


def _compiler_lexique(lexique=None):
    """Règles (motif compilé, formes, littéral) : le littéral est le motif en minuscules quand il
    est un simple mot ou une tournure sans syntaxe d'expression régulière ; un texte qui ne le
    contient pas est sauté sans appeler la règle (même résultat, bien plus vite)."""
    regles = []
    for motif, formes in (LEXIQUE if lexique is None else lexique):
        formes = list(dict.fromkeys(formes))
        if len(formes) < 2:
            continue
        litteral = motif.lower() if _LITTERAL.fullmatch(motif) else None
        regles.append((re.compile(r"(?<![\w'’-])" + motif + r"(?![\w’-])", re.IGNORECASE), formes, litteral))
    return regles


_REGLES = _compiler_lexique()


def _majuscule(s: str) -> str:
    return s[:1].upper() + s[1:]


def compiler_lexique(lexique: list[tuple[str, list[str]]]):
    """Règles de remplacement d'un lexique supplémentaire (même format que `LEXIQUE`), pour `varier`."""
    return _compiler_lexique(lexique)


def varier(texte: str, proportion: float = 1.0, rng: random.Random | None = None, regles=None,
           communes=None) -> str:
    """Remplace chaque mot ou tournure du lexique par un choix « [forme|forme|…] ».

    Les marqueurs {…} et les choix déjà écrits […] ne sont pas touchés ; une forme en
    début de phrase garde sa majuscule. `proportion` < 1 laisse une partie des mots tels quels
    (choisis avec `rng`). `regles` : celles d'un lexique propre à un corpus (`compiler_lexique`),
    appliquées avant celles de `LEXIQUE`, y compris à l'intérieur des choix déjà écrits (un choix
    devient alors un choix imbriqué, « [des abris|[des bancs|des assises]] »). `communes` : les
    règles du lexique commun à appliquer ensuite (par défaut toutes, `regles_communes_sauf`).
    """
    if regles is not None:
        texte = _varier_avec(texte, regles, proportion, rng, _MARQUEUR_ACCOLADES)
    return _varier_avec(texte, _REGLES if communes is None else communes, proportion, rng)


def regles_communes_sauf(motifs: set[str]):
    """Les règles du lexique commun, sans celles dont le motif est dans `motifs`."""
    motifs_lexique = [m for m, f in LEXIQUE if len(dict.fromkeys(f)) >= 2]
    inconnus = set(motifs) - set(motifs_lexique)
    if inconnus:  # un motif réécrit dans LEXIQUE sans l'être ici : la règle serait gardée sans bruit
        raise ValueError(f"motifs absents du lexique commun : {sorted(inconnus)}")
    return [regle for motif, regle in zip(motifs_lexique, _REGLES) if motif not in motifs]


_MARQUEUR_ACCOLADES = re.compile(r"(\{[A-Za-z_0-9]+\})")


def _varier_avec(texte: str, regles_lexique, proportion: float, rng, marqueur=_MARQUEUR) -> str:
    morceaux = marqueur.split(texte)
    for i in range(0, len(morceaux), 2):
        m = morceaux[i]
        if not m:
            continue
        minuscules = m.lower()
        for regle, formes, litteral in regles_lexique:
            if litteral is not None and litteral not in minuscules:
                continue

            def remplacer(trouve, formes=formes):
                if rng is not None and rng.random() > proportion:
                    return trouve.group(0)
                mot = trouve.group(0)
                if mot[:1].isupper():
                    choix = [_majuscule(f) for f in formes]
                else:
                    choix = formes
                return "\x00" + "\x01".join(choix) + "\x02"
            m = regle.sub(remplacer, m)
            minuscules = m.lower()
        morceaux[i] = m.replace("\x00", "[").replace("\x01", "|").replace("\x02", "]")
    return "".join(morceaux)


# --- 3. Amorces, liaisons, détails -----------------------------------------------------------
# Une amorce introduit la première phrase du corps ; une liaison relie une phrase à la
# précédente. Les deux demandent que la phrase commence par un mot courant (mis en minuscule).

AMORCES = {
    "avis": [
        "À mon avis,", "Pour moi,", "Je pense que", "Franchement,", "Sincèrement,", "Personnellement,", "Je trouve que",
        "Il me semble que", "Honnêtement,", "Selon moi,", "De mon point de vue,", "Moi, ce que je vois, c'est que",
        "Je crois que", "Clairement,", "Soyons clairs :", "Disons-le :", "Au quotidien,", "Concrètement,",
        "Sur le terrain,", "Je constate que", "Pour être honnête,", "Je le dis comme je le pense :",
    ],
    "que": [
        "Je voulais vous signaler que", "Je vous écris parce que", "Juste pour vous dire que",
        "Je constate que", "Je me permets de vous signaler que", "Je tiens à signaler que",
        "Je ne sais pas si vous êtes au courant mais", "Vous n'êtes peut-être pas au courant mais", "Je remarque que", "Nous avons remarqué que",
        "Il se trouve que", "Je vous informe que", "Je vous préviens que", "Sachez que",
        "Je voulais juste dire que",
        "Je me rends compte que", "Nous constatons avec les voisins que", "Je dois vous dire que",
        "Je ne sais pas à qui m'adresser mais", "Pas sûr{e} d'être au bon endroit mais", "Je pense que vous devriez savoir que",
        "Pour votre information,", "Pour info,", "Voilà :", "Petit signalement :", "Signalement :",
        "Comme vous le savez peut-être,", "Alors voilà,", "En rentrant [ce soir|hier|du travail], j'ai vu que",
        "En passant ce matin, j'ai constaté que", "Je reviens vers vous car", "Je vous contacte car",
        "On m'a conseillé de vous écrire :", "Ma voisine m'a dit de vous écrire :", "Bon,",
    ],
}
LIAISONS = [
    "En plus,", "Et puis", "Aussi,", "Par ailleurs,", "D'ailleurs,", "Autre chose,", "Sans compter que",
    "Du coup,", "Bref,", "Et", "Mais surtout,", "Par contre,", "Je précise que", "Je rajoute que",
    "Il faut aussi savoir que", "Pire,", "Et en plus,", "Au passage,", "À noter que", "Je signale aussi que",
    "Autre point :", "Ah et", "Sinon,", "Enfin,", "Et pour couronner le tout,", "Précision :", "De plus,",
    "Je ne vous cache pas que", "Il faut dire que", "Résultat,", "Comme si ça ne suffisait pas,",
]
# Liens qui font de deux phrases une seule (« …, et … », « … mais … »).
FUSIONS = [",", ",", ",", " et", ", et", ", mais", " mais", " —", ", du coup", ", en plus", ", sans compter que",
           ", alors que", ", d'ailleurs", ", bref", ", et puis", " et en plus", ", et surtout", ", enfin bref,",
           " donc", ", ce qui fait que", ", parce que", " car", ", sachant que", ", et comme d'habitude"]

# Liens entre deux idées de sujets différents écrites d'un trait : ils n'affirment ni ajout ni
# conséquence (« …les promeneurs vont adorer, les portails des villas s'ouvrent sur le trottoir »).
FUSIONS_NEUTRES = [",", ",", " ;", " —"]

# Premiers mots d'une formule de fin qui peut suivre une virgule (« …, merci d'avance. »).
DEBUTS_FIN = {"merci", "cordialement", "bonne", "bien", "en", "je", "dans", "avec", "voilà", "bref", "allez"}

# Mots qui peuvent commencer une phrase et se mettre en minuscule après une amorce.
_DEBUTS = set("""le la les l' un une des du de il elle ils elles on je j' nous vous ce cette ces ça cela c'
mon ma mes notre nos votre vos au aux tous tout toute toutes plusieurs personne rien chaque dans sur
en quand pas y beaucoup trop certains certaines depuis après avant malgré aucun aucune leur leurs son sa ses
ici là quelqu'un sans pendant entre près devant derrière dès""".split())

# Détails concrets ajoutés en fin de phrase (avant la ponctuation finale).
DETAILS = [
    ", {lieu2}", ", {lieu2}", " ({lieu2})", ", juste {lieu2}", ", pas loin {de_la_rue}", ", côté {rue}",
    ", au niveau {de_la_rue}", ", à l'angle {de_la_rue}", ", en haut {de_la_rue}",
    ", en bas {de_la_rue}", " — {la_rue} pour être précis{e}", ", tout près {de_la_rue}",
    ", surtout le {jour}", ", encore ce {jour} vers {heure}", ", vers {heure}", ", ce {jour} à {heure}",
    ", le {jour} en particulier", ", et ça depuis {duree}", " depuis {duree} au moins", ", ça dure depuis {duree}",
    ", et ce n'est pas nouveau", ", comme d'habitude", ", une fois de plus", ", évidemment",
    # (les tournures toutes faites, variées : « c'est dire » revenait dans une demande sur 65, et
    # « même en plein après-midi » contredisait « dès qu'il fait nuit »)
    ", [je précise|je le précise|je tiens à le préciser]", ", [c'est dire|c'est tout dire|ça en dit long]",
    ", [et pas qu'un peu|et pas à moitié]", ", franchement", ", [sans exagérer|sans mentir|je n'exagère pas]",
    ", [malheureusement|pour notre malheur]", ", [encore une fois|une nouvelle fois]", ", hélas", ", bien entendu",
    ", semble-t-il", ", [d'après les voisins|selon les voisins|aux dires des voisins]", ", paraît-il",
    ", [à ce que j'ai vu|d'après ce que j'ai vu|de ce que j'ai pu voir]", ", paraît-il",
    ", [tout le monde le voit|ça se voit de loin]", ", [les voisins confirmeront|les voisins pourront le confirmer]",
    ", photo à l'appui", ", entre {heure} et {heure2}",
    ", [même le dimanche|même pendant les vacances|y compris le week-end|même les jours fériés]",
]

# Apartés de la vie de chacun·e, glissés en fin de phrase : ils portent le vocabulaire varié des
# vrais messages (métiers, objets, habitudes, souvenirs), sans changer l'idée.
APARTES = [
    " (je suis en télétravail le mercredi)", " (j'ai trois enfants, dont un en poussette)", ", depuis le Covid",
    ", depuis que la boulangerie a fermé", ", comme l'an dernier à la même époque", " (ma mère a 84 ans)",
    ", et je ne suis pas du genre à me plaindre", ", moi qui suis plutôt patient{e}", ", je parle d'expérience",
    " (je travaille de nuit)", ", même sous la pluie",
    ", même avec les courses", ", avec le chien matin et soir", " (j'habite au quatrième sans ascenseur)",
    ", et ce n'est pas faute d'avoir prévenu", ", photos à l'appui", ", j'ai gardé les tickets",
    ", j'ai noté les dates dans un carnet", ", tout le monde le sait au marché", ", demandez au pharmacien",
    ", le boulanger vous le dira", ", les livreurs le savent bien", ", les ados du collège aussi",
    ", y compris le jour du marché", ", surtout les jours de match", ", surtout les soirs de fête",
    ", pendant les soldes c'est pire", ", et l'hiver n'en parlons pas", ", et quand il gèle c'est une patinoire",
    ", l'été avec la chaleur c'est insupportable", ", à cause des travaux de la fibre", ", depuis l'inondation de 2021",
    ", depuis la fermeture du bureau de poste", ", depuis qu'ils ont déplacé l'arrêt", ", depuis le nouveau plan de circulation",
    " (je fais du covoiturage avec deux collègues)", " (je suis kiné, je me déplace chez les patients)",
    " (je suis retraité{e} de la SNCF)", " (j'ai été chauffeur de taxi)", " (je suis prof au collège)",
    " (je travaille au centre social)", " (mon fils est en fauteuil)",
    " (ma fille est malvoyante)", " (je suis enceinte de six mois)", " (j'ai une prothèse de hanche)",
    ", et je ne conduis plus depuis mon AVC", ", moi qui n'ai pas le permis", ", nous n'avons qu'une voiture pour quatre",
    ", avec un salaire de caissière", ", avec une petite retraite", ", en intérim", ", en horaires décalés",
    ", en sortant de l'usine", ", en rentrant de l'hôpital", ", en revenant de la crèche", ", en allant au marché",
    ", en promenant le chien", ", en allant chercher le pain", ", au retour du sport", ", après l'entraînement de foot",
    ", à la sortie du cinéma", ", à la fermeture des bars", ", à l'heure de la sortie des bureaux",
    ", le mardi jour des encombrants", ", le jour de la collecte", ", le matin du marché aux puces",
    ", quand le vent souffle du nord", ", dès la première averse", ", par temps de brouillard",
    ", c'est mon voisin du dessous qui me l'a fait remarquer", ", c'est ma fille qui m'a poussé{e} à écrire",
    ", comme le disait déjà mon grand-père", ", je l'ai signalé au conseil de quartier en mars",
    ", j'en ai parlé à l'élu au marché", ", le gardien est au courant", ", le syndic ne répond pas",
    ", la gardienne a appelé deux fois", ", le commissariat m'a renvoyé vers vous", ", la mairie annexe m'a dit de vous écrire",
    " (numéro de dossier perdu, désolé{e})", " (je n'ai pas d'imprimante pour le formulaire)",
    ", même le facteur s'en plaint", ", même les pompiers ont du mal à passer", ", même l'ambulance a dû faire le tour",
    ", une vraie galère", ", un vrai casse-tête", ", un parcours du combattant", ", une honte pour le quartier",
    ", c'est ubuesque", ", c'est kafkaïen", ", c'est surréaliste", ", on croit rêver", ", on marche sur la tête",
    ", c'est le serpent de mer du quartier", ", c'est un secret de Polichinelle", ", ça ne date pas d'hier",
    ", ça fait jaser", ", tout le monde râle", ", ça décourage tout le monde", ", les gens baissent les bras",
    " (j'habite ici depuis {annee})", ", et ce depuis des années", " (on est {nombre} dans l'immeuble à le dire)",
    ", j'ai attendu {minutes} minutes", ", {minutes} minutes à pied aller-retour", " (une amende de {euros} euros au passage)",
    ", on a compté {nombre} passages en une heure", " (ça fait {nombre} fois que j'appelle)", ", pour {euros} euros par mois",
    " ({minutes} minutes de perdues chaque jour)", " (je l'avais déjà signalé)",
]
APARTES = [a for a in APARTES if a]


# Incises glissées à une virgule au milieu d'une phrase (« Le 30 partout, franchement, c'est absurde »).
INCISES = [", franchement,", ", à mon avis,", ", je trouve,", ", il faut bien le dire,", ", soyons honnêtes,",
           ", entre nous,", ", d'après moi,", ", selon moi,", ", je crois,",
           ", [comme chacun sait|tout le monde le sait|on le sait bien|personne ne l'ignore],", ", disons-le,",
           ", j'insiste,", ", bien sûr,", ", évidemment,", ", paraît-il,", ", je pense,", " (je le vois tous les jours),",
           " (et je pèse mes mots),", ", vraiment,", ", hélas,", ", au fond,", ", en vrai,", ", clairement,",
           ", sincèrement,", ", pour être clair,", ", c'est un fait,", ", on le sait tous,", ", quoi qu'on en dise,",
           ", je l'ai constaté,", ", et ça ne date pas d'hier,", ", qu'on se le dise,", ", à vrai dire,"]


_MARQUEURS_RUE = ("{rue}", "{la_rue}", "{de_la_rue}", "{La_rue}")
_CACHE_MARQUEURS: dict[str, tuple[str, ...]] = {}


def marqueurs(detail: str) -> tuple[str, ...]:
    """Les marqueurs d'un détail, une rue comptant pour toutes ses formes (« {rue} », « {de_la_rue} »…)."""
    m = _CACHE_MARQUEURS.get(detail)
    if m is None:
        m = tuple(re.findall(r"\{\w+\}", detail))
        if any(x in _MARQUEURS_RUE for x in m):
            m = tuple(x for x in m if x not in _MARQUEURS_RUE) + _MARQUEURS_RUE
        _CACHE_MARQUEURS[detail] = m
    return m


def ajouter_incise(phrase: str, incise: str, r: random.Random) -> str:
    """Remplace une virgule prise au hasard dans la phrase par une incise (rien s'il n'y en a pas)."""
    positions = [i for i in range(len(phrase) - 1) if phrase[i] == "," and phrase[i + 1] == " " and "{" not in phrase[max(0, i - 2):i]]
    if not positions:
        return phrase
    i = positions[int(r.random() * len(positions))]
    return phrase[:i] + incise + phrase[i + 1:]


_ELISION = re.compile(r"\b(que|Que|parce que|lorsque|puisque|de|De|je|Je|ne|le|la) ([aeiouyhéèêàâîïôûAEIOUYÉÈÊÀÂÎÔH])")
_ELIDABLES = {"que": "qu'", "Que": "Qu'", "parce que": "parce qu'", "lorsque": "lorsqu'", "puisque": "puisqu'"}
# Mots en h- aspiré ou commençant par une voyelle qui n'élident pas
_SANS_ELISION = ("huit", "haut", "hauts", "hall", "halle", "hors", "hurl", "HS", "onze", "oui", "Y ", "y a", "yeux",
                 "honte", "hasard", "haine", "hameau", "handicap", "harcel", "harcèl", "hausse", "héros",
                 "hangar", "halte", "hache", "hibou", "hublot", "hérisson", "HLM", "hiérarch")


def _elider(texte: str) -> str:
    def f(m):
        avant, mot = m.group(1), m.group(2)
        suite = texte[m.start(2):m.start(2) + 6]
        if avant not in _ELIDABLES or suite.startswith(_SANS_ELISION):
            return m.group(0)
        return _ELIDABLES[avant] + mot
    return _ELISION.sub(f, texte)


def en_minuscule_possible(phrase: str) -> bool:
    """Vrai si la phrase commence par un mot courant qu'on peut mettre en minuscule."""
    premier = phrase.split(" ", 1)[0]
    if premier.startswith("{"):
        return premier.startswith(("{la_rue}", "{La_rue}"))
    mot = premier.lower()
    if "'" in mot:
        mot = mot.split("'")[0] + "'"
    return mot.rstrip(",") in _DEBUTS


# Une idée écrite sans verbe avant ses deux-points (« Un tram toutes les cinq minutes : plus besoin
# d'appli ») ne suit pas une amorce ou une liaison en « que » (« Je précise qu'un tram toutes les
# cinq minutes : … »). Repère prudent : un doute sur le verbe fait choisir une amorce sans « que ».
_VERBE_CONJUGUE = re.compile(
    r"\b(?:est|sont|a|ont|était|étaient|sera|seront|fait|font|va|vont|peut|peuvent|doit|doivent|faut|"
    r"reste|restent|manque|manquent|passe|passent|on|il|ils|elle|elles|je|j|nous|vous|ça|ne|n)\b"
    r"|\b\w{2,}(?:ait|aient|ront|rons|rez|ira|era)\b|\b\w{3,}(?<!m)ent\b", re.IGNORECASE)


def nominale(phrase: str) -> bool:
    """Vrai si la phrase n'a pas de verbe conjugué avant ses premiers deux-points (ou pas du tout)."""
    return _VERBE_CONJUGUE.search(phrase.split(" : ", 1)[0]) is None


def en_que(lien: str) -> bool:
    """Vrai pour une amorce ou une liaison qui finit par « que » (« Je précise que »)."""
    return lien.rstrip().endswith("que")


def minuscule(phrase: str) -> str:
    if phrase.startswith("{La_rue}"):
        return "{la_rue}" + phrase[8:]
    return phrase[:1].lower() + phrase[1:]


def relier(avant: str, phrase: str) -> str:
    """« Je voulais vous signaler que » + « Le trottoir est… » -> « Je voulais vous signaler que le trottoir est… »."""
    return _elider(avant + " " + minuscule(phrase))


def ajouter_detail(phrase: str, detail: str) -> str:
    """Insère un détail avant la ponctuation finale de la phrase (s'il y en a une simple)."""
    if not phrase or phrase[-1] not in ".!" or phrase.endswith(("..", "!!")) or "{" in phrase[-12:]:
        return phrase
    return phrase[:-1].rstrip() + detail + phrase[-1]


# --- 4. Style d'une personne ----------------------------------------------------------------

EMOJIS = ["🙏", "😡", "👍", "😤", "🙄", "😊", ":)", ":(", ";)", "😢", "🚲", "🚌", "👏", "🤞", "😅", "💪"]
MOTS_EMPHASE = {"jamais", "toujours", "rien", "vraiment", "tous", "toutes", "tout", "urgent", "urgence",
                "inadmissible", "plus", "enfin", "personne", "aucun", "aucune", "encore", "danger", "dangereux",
                "dangereuse", "honte", "stop", "non", "oui", "pas", "trop", "chaque", "même", "absolument",
                "nuit", "enfants", "depuis", "mois", "semaines", "impossible", "insupportable", "gratuit",
                "sécurité", "vite", "maintenant", "merci", "attention", "interdit", "obligé", "obligée"}

COLONNES_STYLE = ("suspension", "capitales", "paragraphes", "tirets", "exclamations", "emoji",
                  "sans_point_final", "minuscules", "espace_ponctuation", "points_multiples")


def tirer_styles(rng: np.random.Generator, n: int, canal: np.ndarray | None = None,
                 age: np.ndarray | None = None, parts: dict | None = None) -> dict[str, np.ndarray]:
    """Les habitudes d'écriture de n personnes (tirées une fois, appliquées à tous leurs textes).

    Chaque habitude est une probabilité par texte ; les parts de personnes concernées sont
    dans `parts` (par défaut : `PARTS_STYLE`).
    """
    p = dict(PARTS_STYLE)
    p.update(parts or {})
    u = lambda: rng.random(n)  # noqa: E731
    ecran = np.ones(n, dtype=bool) if canal is None else np.isin(canal, list(CANAUX_EMOJI))
    jeune = np.zeros(n, dtype=bool) if age is None else np.isin(age, ["18-29", "30-44"])
    styles = {
        # probabilité, pour un texte de la personne, d'utiliser l'habitude
        "suspension": np.where(u() < p["suspension"], rng.uniform(0.5, 1.0, n), 0.0),
        "capitales": np.where(u() < p["capitales"], rng.uniform(0.5, 1.0, n), 0.0),
        "paragraphes": np.where(u() < p["paragraphes"], rng.uniform(0.6, 1.0, n), 0.0),
        "tirets": np.where(u() < p["tirets"], rng.uniform(0.5, 1.0, n), 0.0),
        "exclamations": np.where(u() < p["exclamations"], rng.uniform(0.4, 1.0, n), 0.0),
        "emoji": np.where(ecran & (u() < p["emoji"] * np.where(jeune, 1.8, 0.6)), rng.uniform(0.4, 1.0, n), 0.0),
        "sans_point_final": np.where(u() < p["sans_point_final"], rng.uniform(0.6, 1.0, n), 0.0),
        "minuscules": np.where(u() < p["minuscules"], rng.uniform(0.5, 1.0, n), 0.0),
        "espace_ponctuation": (u() < 0.45).astype(float),  # « merci ! » plutôt que « merci! »
        "points_multiples": np.where(u() < 0.15, 1.0, 0.0),
    }
    return styles


PARTS_STYLE = {"suspension": 0.22, "capitales": 0.12, "paragraphes": 0.65, "tirets": 0.06,
               "exclamations": 0.20, "emoji": 0.06, "sans_point_final": 0.22, "minuscules": 0.05}
CANAUX_EMOJI = {"application mobile", "plateforme en ligne", "formulaire web"}

_FIN_PHRASE = re.compile(r"(?<=[a-zàâçéèêëîïôûùüÿœ0-9)»])([.!?]) (?=[A-ZÀÂÇÉÈÊÎÔŒ«\-])")
_CANDIDAT_CAPITALES = re.compile(r"\b[a-zàâçéèêëîïôûùüÿœ]{4,}\b")


def styliser(texte: str, style: dict, r: random.Random) -> str:
    """Applique à un texte les habitudes d'écriture d'une personne (`style` : valeurs d'une ligne)."""
    if not texte:
        return texte
    # points de suspension
    if r.random() < style["suspension"]:
        coupures = [m.start(1) for m in _FIN_PHRASE.finditer(texte) if m.group(1) == "."]
        forme = "…" if r.random() < 0.35 else "..."
        if coupures and r.random() < 0.6:
            i = coupures[int(r.random() * len(coupures))]
            texte = texte[:i] + forme + texte[i + 1:]
        elif texte[-1] == ".":
            texte = texte[:-1] + forme
        else:
            texte = texte + forme
    # un ou deux mots en capitales pour insister
    if r.random() < style["capitales"]:
        mots = [m for m in _CANDIDAT_CAPITALES.finditer(texte)]
        forts = [m for m in mots if m.group(0) in MOTS_EMPHASE] or mots
        if forts:
            m = forts[int(r.random() * len(forts))]
            texte = texte[:m.start()] + m.group(0).upper() + texte[m.end():]
    # exclamations
    if r.random() < style["exclamations"]:
        if texte.endswith("."):
            texte = texte[:-1] + ("!!" if r.random() < 0.3 else "!")
        elif texte.endswith("!"):
            texte += "!!" if r.random() < 0.5 else ""
    if style["points_multiples"] and r.random() < 0.5:
        texte = texte.replace("!", "!!", 1).replace("?", "??", 1)
    # paragraphes : saut de ligne après la formule d'appel, puis entre certaines phrases
    if r.random() < style["paragraphes"]:
        double = r.random() < 0.5
        sep = "\n\n" if double else "\n"
        texte = re.sub(r"^((?:Bonjour|Bonsoir|Salut|Madame, Monsieur|Hello|Coucou|Bjr)[^.!?\n]{0,40}?[,.!]) ", r"\1" + sep, texte, count=1)
        coupures = [m.end(1) for m in _FIN_PHRASE.finditer(texte)]
        if len(coupures) >= 2:
            nb = 1 + int(r.random() * min(3, len(coupures) // 2 + 1))
            for i in sorted(r.sample(coupures, min(nb, len(coupures))), reverse=True):
                texte = texte[:i] + sep + texte[i + 1:]
    # liste à tirets : les phrases du milieu deviennent des items
    if r.random() < style["tirets"]:
        coupures = [m.end(1) for m in _FIN_PHRASE.finditer(texte)]
        if len(coupures) >= 2:
            for i in sorted(coupures[:4], reverse=True):
                texte = texte[:i] + "\n- " + texte[i + 1:]
    if r.random() < style["minuscules"]:
        texte = texte.lower()
    if r.random() < style["sans_point_final"] and texte.endswith("."):
        texte = texte[:-1]
    if style["espace_ponctuation"] == 0:
        texte = texte.replace(" !", "!").replace(" ?", "?")
    if r.random() < style["emoji"]:
        e = EMOJIS[int(r.random() * len(EMOJIS))]
        texte = texte + (" " if r.random() < 0.8 else "") + e + (e if r.random() < 0.2 else "")
    return texte
