"""Génération de la consultation sur le Plan de mobilité 2030 (lab 03)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from . import assemblage as A
from . import bruit, donnees_personnelles
from . import redaction as R
from . import territoire as T
from .demandes import FORMES_RUES, ORTHOGRAPHE_SELON_REGISTRE, ORTHOGRAPHES
from .population import generer_population
from .textes import campagnes as C
from .textes import consultation_plus as CP
from .textes import consultation_themes as CT
from .textes import details_consultation as DC
from .textes import idees_concretes as IC
from .textes import idees_consultation as ID
from .textes import idees_quotidien as IQ
from .textes import idees_terrain as IT
from .textes import vecu_consultation as V
from .verification import verifier_arguments

N_DEFAUT = 6_000
GRAINE_DEFAUT = 2030
PROJET = "Plan de mobilité 2030 de Méridanne Métropole"

PARTS_THEMES = {
    "Transports en commun": 0.20,
    "Vélo et aménagements cyclables": 0.16,
    "Voiture et stationnement": 0.15,
    "Zone à faibles émissions et qualité de l'air": 0.10,
    "Marche et espaces piétons": 0.09,
    "Tarifs et abonnements": 0.08,
    "Sécurité routière et vitesse": 0.07,
    "Desserte des quartiers périphériques": 0.065,
    "Calendrier des travaux et concertation": 0.035,
    "Livraisons et logistique urbaine": 0.025,
    "Accessibilité des personnes handicapées": 0.013,
    "Sécurité des femmes la nuit": 0.011,
}
THEMES = list(PARTS_THEMES)
THEMES_MINORITAIRES = ["Accessibilité des personnes handicapées", "Sécurité des femmes la nuit"]
POSITIONS = ["pour", "contre", "nuancé"]
POSITION_SELON_THEME = {
    "Vélo et aménagements cyclables": [0.55, 0.25, 0.20],
    "Voiture et stationnement": [0.25, 0.55, 0.20],
    "Zone à faibles émissions et qualité de l'air": [0.35, 0.45, 0.20],
    "Calendrier des travaux et concertation": [0.35, 0.45, 0.20],
    "Desserte des quartiers périphériques": [0.30, 0.50, 0.20],
}
POSITION_DEFAUT = [0.45, 0.33, 0.22]

CANAUX = ["plateforme en ligne", "atelier de quartier", "registre papier", "courriel"]
TRANCHES = ["18-29", "30-44", "45-59", "60-74", "75 et plus"]
# Propension à participer, puis canal selon l'âge (et le quartier prioritaire).
PARTICIPATION_AGE = dict(zip(TRANCHES, [0.6, 1.1, 1.1, 1.3, 0.8]))
PARTICIPATION_GENRE = {"femme": 0.9, "homme": 1.1}
QUARTIERS_AISES = ["Centre-Ville", "Saint-Clair", "La Roseraie", "Bellerive", "Montjoli"]
CANAL_SELON_AGE = {  # plateforme, atelier, registre papier, courriel
    "18-29": [0.85, 0.05, 0.03, 0.07],
    "30-44": [0.80, 0.08, 0.04, 0.08],
    "45-59": [0.72, 0.10, 0.08, 0.10],
    "60-74": [0.55, 0.15, 0.20, 0.10],
    "75 et plus": [0.25, 0.20, 0.45, 0.10],
}
MULTIPLICATEUR_PRIORITAIRE = np.array([0.7, 2.5, 2.5, 0.8])
REGISTRES = ["soutenu", "neutre", "familier", "en colère", "télégraphique", "personne âgée très polie", "français non natif"]
REGISTRE_SELON_CANAL = {
    "plateforme en ligne": [0.15, 0.44, 0.13, 0.09, 0.15, 0.0, 0.04],
    "atelier de quartier": [0.0, 0.55, 0.10, 0.0, 0.35, 0.0, 0.0],
    "registre papier": [0.20, 0.40, 0.0, 0.10, 0.05, 0.20, 0.05],
    "courriel": [0.45, 0.37, 0.05, 0.13, 0.0, 0.0, 0.0],
}
CAMPAGNES = ["aucune", "campagne automatisée anti-ZFE", "pétition piste cyclable Bellerive"]
PART_CAMPAGNE = 0.055
CONTRIBUTIONS_PAR_COMPTE = 9
PART_PETITION = 0.0225
PART_ACCORDS = 0.06
PART_DONNEES_PERSONNELLES = 0.06
DEBUT = pd.Timestamp("2025-03-03")
NB_JOURS = 89
DEBUT_CAMPAGNE = pd.Timestamp("2025-05-20")  # trois jours
DEBUT_PETITION = pd.Timestamp("2025-04-10")  # deux semaines
QUESTION_ZFE = "Êtes-vous favorable à l'extension de la zone à faibles émissions en 2027 ?"
QUESTION_TRANSPORTS = "Utilisez-vous les transports en commun au moins une fois par semaine ?"
REPONSES = ["oui", "non", "sans avis"]

P_EMPLACEMENT = {  # soutenu, neutre, familier, colère, télégraphique, âgé, non natif
    # formules d'ouverture et de clôture plus rares qu'avant décembre 2026 (× 0,6) : sur une
    # plateforme, peu de gens écrivent « Bonjour » ou « Cordialement » ; trop fréquentes, elles
    # faisaient de leurs mots des thèmes de la NMF (« bien · cordialement · avis »)
    "ouverture": [0.42, 0.21, 0.15, 0.15, 0.0, 0.42, 0.24],
    "avis": [0.1, 0.08, 0.08, 0.14, 0.0, 0.1, 0.08],
    "theme2": [0.8, 0.55, 0.35, 0.55, 0.0, 0.75, 0.3],
    "theme3": [0.6, 0.25, 0.12, 0.25, 0.0, 0.55, 0.1],
    "theme4": [0.4, 0.06, 0.0, 0.08, 0.0, 0.35, 0.0],
    "theme5": [0.3, 0.03, 0.0, 0.04, 0.0, 0.25, 0.0],
    "theme6": [0.2, 0.02, 0.0, 0.02, 0.0, 0.15, 0.0],
    "developpement1": [0.22, 0.012, 0.0, 0.012, 0.0, 0.18, 0.0],
    "developpement2": [0.06, 0.004, 0.0, 0.004, 0.0, 0.04, 0.0],
    "developpement3": [0.02, 0.0, 0.0, 0.0, 0.0, 0.02, 0.0],
    "autre_theme": [0.06, 0.04, 0.024, 0.032, 0.0, 0.048, 0.02],
    "cloture": [0.48, 0.21, 0.15, 0.18, 0.0, 0.42, 0.24],
    "recit1": [0.16, 0.1, 0.06, 0.08, 0.0, 0.16, 0.06],
    "recit2": [0.1, 0.032, 0.0, 0.012, 0.0, 0.08, 0.0],
    "digression": [0.1, 0.06, 0.05, 0.08, 0.0, 0.1, 0.03],
    "argument": [0.18, 0.1, 0.08, 0.14, 0.0, 0.08, 0.04],
    # un trajet raconté, une autre ville connue (textes/vecu_consultation.py)
    "vecu": [0.25, 0.2, 0.15, 0.2, 0.0, 0.25, 0.08],
    "ville": [0.15, 0.07, 0.03, 0.06, 0.0, 0.04, 0.02],
}

# Apartés de la consultation : ceux des demandes et les détails de la vie quotidienne propres à
# la mobilité (horaires, arrêts, objets, métiers, souvenirs), plus souvent qu'un simple détail de lieu.
APARTES = R.APARTES + DC.APARTES_CONSULTATION + DC.APARTES_PERSONNELS
PART_APARTES = 0.85
# Part des phrases du corps complétées d'un détail ou d'un aparté (0,35, puis 0,2 avant décembre 2026 : un
# aparté tiré au hasard, sans lien avec la phrase, rendait bien des contributions décousues ; les idées du
# quotidien portent maintenant leurs propres détails).
P_DETAIL = 0.12

# Part des auteur·es qui développent longuement, et combien de fois plus souvent chaque partie
# optionnelle d'une contribution apparaît chez elles et eux.
PART_PROLIXES = 0.17
MULTIPLICATEUR_PROLIXES = 3.5

P_IDEE = 0.9  # part des phrases de thème tirées parmi les idées à éléments indépendants

CP_DUREES = ["deux ans", "dix ans", "toujours", "six mois", "trente ans", "trois ans", "peu de temps", "vingt ans"]

_VARIANTES = re.compile(r"\[([^\]]+)\]")


def deplier(phrase: str) -> list[str]:
    """« Il faut [plus de|davantage de] bus » -> les deux phrases."""
    morceaux = _VARIANTES.split(phrase)
    choix = [m.split("|") if i % 2 else [m] for i, m in enumerate(morceaux)]
    return ["".join(c) for c in itertools.product(*choix)]


_REGLES_CONSULTATION = R.compiler_lexique(DC.LEXIQUE_CONSULTATION)


# Liaisons et fusions de la consultation : celles qui n'affirment pas de lien logique entre deux
# idées tirées indépendamment (« du coup », « parce que », « alors que »… reliaient des phrases
# sans rapport et rendaient des contributions incohérentes).
LIAISONS = ["En plus,", "Et puis", "Aussi,", "Par ailleurs,", "D'ailleurs,", "Autre chose,", "Je précise que",
            "Je rajoute que", "Il faut aussi savoir que", "Au passage,", "À noter que", "Je signale aussi que",
            "Autre point :", "Sinon,", "Enfin,", "Précision :", "De plus,", "Et"]
FUSIONS = [", et", ", et", " et", ", et puis", " —", ", et aussi", ", et surtout", " ;"]
# Part des auteur·es qui écrivent d'un trait (deux idées dans une phrase), et à quelle fréquence.
FUSION_AUTEUR = [0.2, 0.4, 0.6, 0.8]


class _Table(A.TableFragments):
    """Table des fragments de la consultation : le lexique de la consultation s'ajoute au lexique commun.

    Fautes de frappe des versions bruitées : 0,3 fois le taux des demandes (mesuré avant : 7 % des
    mots de quatre lettres ou plus hors du vocabulaire écrit à la main, bien plus que de vrais
    commentaires)."""

    frappe = 0.45
    # entrées du lexique commun qui donnaient des fautes dans la consultation : « passages passants »,
    # « la auto », « faute de bien mieux »
    # et « le interminable de », « il est urgent d'avoir réparer », « l'accident de on trouve »
    # (remplacées par des règles du lexique de la consultation)
    communes = R.regles_communes_sauf({"piétons", "voiture", "mieux", "(?<!le )long", "il faut(?! absolument| vraiment)",
                                       "(?<!d')(?<!de )il y a(?= (?:des|un|une|du|plein|beaucoup)\\b)"})

    def ajouter(self, nom, fragments, varier=True, regles=None):
        super().ajouter(nom, fragments, varier, _REGLES_CONSULTATION if regles is None else regles)


@lru_cache(maxsize=1)
def _table():
    table = _Table()
    for theme, reserves in CT.THEMES.items():
        plus = CP.PLUS.get(theme, {})
        for cle in ("pour", "contre"):
            table.ajouter(f"{theme}|{cle}", reserves[cle] + plus.get(cle, []))
        table.ajouter(f"{theme}|court", reserves["court"] + CP.COURTS[theme])
        for cle in ("pour", "contre"):
            table.ajouter(f"{theme}|{cle}|idee", ID.IDEES.get(theme, {}).get(cle, []) + IC.IDEES[theme][cle]
                          + IT.IDEES[theme][cle] + IQ.IDEES.get(theme, {}).get(cle, []))
    for theme in THEMES:
        for cle in ("pour", "contre"):
            table.ajouter(f"{theme}|{cle}|vecu", V.recits(theme, cle))
            table.ajouter(f"{theme}|{cle}|ville", V.comparaisons(theme, cle))
    table.ajouter("recit", CP.RECITS)
    table.ajouter("digression", _digressions())
    table.ajouter("argument", CP.ARGUMENTS)
    for k, (_, phrases) in enumerate(CP.PERSONAS):
        table.ajouter(f"persona|{k}", phrases)
    table.ajouter("suffixe", CP.SUFFIXES_COURTS)
    for cle in ("pour", "contre", "nuance"):
        table.ajouter(f"avis|{cle}", CT.AVIS[cle])
    table.ajouter("ouverture", CT.OUVERTURES)
    table.ajouter("cloture", CT.CLOTURES)
    table.ajouter("developpement", CT.DEVELOPPEMENTS)
    table.ajouter("accord", CT.ACCORDS_COURTS)
    table.figer("consultation")
    return table


MARQUEURS_CONSULTATION = {"minutes", "annee", "euros", "nombre", "lieu2", "quartier", "rue", "la_rue", "de_la_rue", "ligne", "heure", "heure2", "duree", "lieu",
                          "jour", "e", "un_habitant", "a_quartier", "A_quartier", "de_quartier", "parent",
                          "moment", "Moment", "destination", "ville", "travail", "activite", "sante"}


@lru_cache(maxsize=1)
def _reserves_vecu():
    moments = V.moments()
    return {"moment": np.array(moments, dtype=object),
            "Moment": np.array([m[:1].upper() + m[1:] for m in moments], dtype=object),
            "destination": np.array(V.destinations(), dtype=object),
            "ville": np.array(V.VILLES, dtype=object)}


def _vecu(rng, n):
    """Marqueurs des récits de trajet : {moment}, {Moment}, {destination}, {ville}."""
    return {nom: valeurs[rng.integers(0, len(valeurs), n)] for nom, valeurs in _reserves_vecu().items()}


def _par_personne(reserve, rng, n, n_ord, auteur_ord, nb_auteurs):
    """Marqueurs propres à chaque auteur·e ({travail}, {activite}, {sante}) : une valeur tirée une
    fois par personne, la même dans tous ses textes (au hasard pour les autres lignes, qui n'en
    parlent pas)."""
    valeurs = np.array(reserve, dtype=object)
    sortie = valeurs[rng.integers(0, len(valeurs), n)]
    sortie[:n_ord] = valeurs[rng.integers(0, len(valeurs), nb_auteurs)][auteur_ord]
    return sortie


def _digressions() -> list[str]:
    """Un problème du quotidien glissé dans une contribution (« Au passage, … ») : les phrases
    des demandes, quand leurs marqueurs existent dans la consultation."""
    from .textes import MODULES_SERVICES

    sortie = []
    for module in MODULES_SERVICES:
        for reserves in module.SUJETS.values():
            for phrase in reserves["corps"]:
                if not set(re.findall(r"\{(\w+)\}", phrase)) <= MARQUEURS_CONSULTATION:
                    continue
                if R.en_minuscule_possible(phrase):
                    sortie.append("[Au passage,|Hors sujet mais|Tant que j'y suis,|Et sinon,|Autre chose,|Sans rapport, mais] "
                                  + R.minuscule(phrase))
                else:
                    sortie.append("[Hors sujet :|Autre chose :|Petite parenthèse :|Sans rapport :] " + phrase)
    return sortie


def _auteurs(rng, nb, population):
    """Tire nb auteur·es selon la population pondérée par la propension à participer."""
    poids = population["population"].to_numpy(dtype=float)
    poids = poids * population["tranche_age"].map(PARTICIPATION_AGE).to_numpy()
    poids = poids * population["genre"].map(PARTICIPATION_GENRE).to_numpy()
    quartiers = population["quartier"]
    poids = poids * np.where(quartiers.isin(QUARTIERS_AISES), 1.4,
                             np.where(quartiers.isin(T.QUARTIERS_PRIORITAIRES), 0.55, 1.0))
    ligne = rng.choice(len(population), size=nb, p=poids / poids.sum())
    quartier = population["quartier"].to_numpy()[ligne].astype(object)
    genre = population["genre"].to_numpy()[ligne].astype(object)
    age = population["tranche_age"].to_numpy()[ligne].astype(object)
    prio = np.isin(quartier, T.QUARTIERS_PRIORITAIRES)
    canal = np.empty(nb, dtype=object)
    for a in TRANCHES:
        for p in (False, True):
            masque = (age == a) & (prio == p)
            probas = np.array(CANAL_SELON_AGE[a]) * (MULTIPLICATEUR_PRIORITAIRE if p else 1.0)
            canal[masque] = A.choix(rng, CANAUX, probas, int(masque.sum()))
    genre[rng.random(nb) < 0.07] = "non renseigné"
    age[rng.random(nb) < 0.06] = "non renseigné"
    return quartier, genre, age, canal


def generer_consultation(n: int = N_DEFAUT, graine: int = GRAINE_DEFAUT) -> pd.DataFrame:
    """Génère les contributions à la consultation sur le Plan de mobilité 2030.

    Paramètres
    ----------
    n : int
        Nombre de contributions, entre 1 000 et 1 000 000 (6 000 par défaut).
    graine : int
        Graine du générateur aléatoire : même graine, même corpus.

    Renvoie
    -------
    pandas.DataFrame
        Une ligne par contribution ; colonnes et types dans
        ``civiclabs.corpus.schema.COLONNES["consultation.csv"]``. Avec les
        valeurs par défaut, c'est exactement le fichier ``data/consultation.csv``.
    """
    verifier_arguments(n, graine)
    rng = np.random.default_rng(graine)
    table = _table()
    population = generer_population()

    n_camp = round(n * PART_CAMPAGNE)
    n_pet = round(n * PART_PETITION)
    n_acc = round(n * PART_ACCORDS)
    n_ord = n - n_camp - n_pet - n_acc

    # --- Contributions ordinaires : auteur·es, thèmes, positions ---------------------------
    par_auteur = 1 + rng.poisson(0.55, size=n_ord)
    auteur_ord = np.repeat(np.arange(n_ord), par_auteur)[:n_ord]
    rng.shuffle(auteur_ord)
    nb_auteurs = int(auteur_ord.max()) + 1
    a_quartier, a_genre, a_age, a_canal = _auteurs(rng, nb_auteurs, population)
    # une situation par personne, compatible avec son âge ; un style par personne
    a_persona = np.empty(nb_auteurs, dtype=np.int64)
    for tranche in TRANCHES + ["non renseigné"]:
        masque = a_age == tranche
        possibles = [k for k, (ages, _) in enumerate(CP.PERSONAS) if tranche in ages or tranche == "non renseigné"]
        a_persona[masque] = np.array(possibles)[rng.integers(0, len(possibles), int(masque.sum()))]
    a_styles = R.tirer_styles(rng, nb_auteurs, a_canal, a_age)
    a_fusion = rng.choice(FUSION_AUTEUR, nb_auteurs)
    # quelques personnes développent longuement (tous leurs textes) ; les autres vont à l'essentiel
    a_prolixe = rng.random(nb_auteurs) < PART_PROLIXES

    theme = A.choix(rng, THEMES, list(PARTS_THEMES.values()), n_ord)
    position = A.choix_conditionnel(rng, theme, {t: POSITION_SELON_THEME.get(t, POSITION_DEFAUT)
                                                 for t in THEMES}, POSITIONS)
    canal = a_canal[auteur_ord]
    registre = A.choix_conditionnel(rng, canal, REGISTRE_SELON_CANAL, REGISTRES)
    age = a_age[auteur_ord]
    agee = np.isin(age, ["75 et plus"]) & np.isin(registre, ["neutre", "soutenu"]) & (rng.random(n_ord) < 0.5)
    registre[agee] = "personne âgée très polie"
    orthographe = A.choix_conditionnel(rng, registre, ORTHOGRAPHE_SELON_REGISTRE, ORTHOGRAPHES)

    code_reg = pd.Categorical(registre, categories=REGISTRES).codes.astype(np.int64)
    code_theme = pd.Categorical(theme, categories=THEMES).codes.astype(np.int64)
    telegraphique = registre == "télégraphique"
    nuance = position == "nuancé"
    # premier avis thématique : « pour » si pour ou nuancé ; second : « contre » si contre ou nuancé
    sens1 = np.where(position == "contre", 1, 0)
    sens2 = np.where(position == "pour", 0, 1)

    prolixe = a_prolixe[auteur_ord]

    def present(nom):
        p = np.array(P_EMPLACEMENT[nom])[code_reg]
        if nom not in ("ouverture", "cloture", "developpement1", "developpement2", "developpement3"):
            p = np.where(prolixe, np.minimum(p * MULTIPLICATEUR_PROLIXES, 0.95), p)
        return rng.random(n_ord) < p

    def ou_vide(idx, masque):
        return np.where(masque, idx, table.vide)

    def phrase_theme(sens, code):
        # une idée à éléments indépendants (P_IDEE) ou une phrase écrite d'un bloc
        noms = [f"{t}|{s}" for t in THEMES for s in ("pour", "contre")]
        ancienne = table.tirer_par_groupe(noms, code * 2 + sens, rng)
        idee = table.tirer_par_groupe([nom + "|idee" for nom in noms], code * 2 + sens, rng)
        return np.where((rng.random(len(code)) < P_IDEE) & (idee != table.vide), idee, ancienne)

    # sur la plateforme, on salue et on signe moins qu'au courriel ou au registre papier
    en_ligne = canal == "plateforme en ligne"
    ouverture = ou_vide(table.tirer("ouverture", rng, n_ord), present("ouverture") & (~en_ligne | (rng.random(n_ord) < 0.35)))
    sens_avis = np.where(nuance, rng.integers(0, 2, n_ord), sens1)
    avis = ou_vide(table.tirer_par_groupe(["avis|pour", "avis|contre"], sens_avis, rng), present("avis"))
    court = table.tirer_par_groupe([f"{t}|court" for t in THEMES], code_theme, rng)
    theme1 = np.where(telegraphique, court, phrase_theme(sens1, code_theme))
    lien = ou_vide(table.tirer("avis|nuance", rng, n_ord), nuance & ~telegraphique & (rng.random(n_ord) < 0.7))
    # qui compare avec une autre ville le fait à la place d'un argument ou d'un autre sujet
    a_vecu, a_ville = present("vecu"), present("ville")
    theme2 = ou_vide(phrase_theme(sens2, code_theme), ~telegraphique & (nuance | present("theme2")))
    theme3 = ou_vide(phrase_theme(rng.integers(0, 2, n_ord), code_theme), present("theme3"))
    theme4 = ou_vide(phrase_theme(sens1, code_theme), present("theme4"))
    theme5 = ou_vide(phrase_theme(sens2, code_theme), present("theme5"))
    theme6 = ou_vide(phrase_theme(sens1, code_theme), present("theme6"))
    # un second sujet évoqué au passage : les sujets fréquents le sont aussi en passant (un tirage
    # uniforme faisait des deux thèmes minoritaires un aparté aussi courant que leur propre thème)
    parts = np.array(list(PARTS_THEMES.values()))
    autre = rng.choice(len(THEMES), size=n_ord, p=parts / parts.sum())
    meme = autre == code_theme
    autre[meme] = (autre[meme] + rng.integers(1, len(THEMES), int(meme.sum()))) % len(THEMES)
    autre_theme = ou_vide(phrase_theme(rng.integers(0, 2, n_ord), autre), present("autre_theme") & ~a_ville)
    avis_court = ou_vide(table.tirer_par_groupe(["avis|pour", "avis|contre"], sens1, rng),
                         telegraphique & (rng.random(n_ord) < 0.2))
    dev = [ou_vide(table.tirer("developpement", rng, n_ord), present(f"developpement{k}")) for k in (1, 2, 3)]
    cloture = ou_vide(table.tirer("cloture", rng, n_ord), present("cloture") & (~en_ligne | (rng.random(n_ord) < 0.35)))
    persona = a_persona[auteur_ord]
    noms_personas = [f"persona|{k}" for k in range(len(CP.PERSONAS))]
    recit1 = ou_vide(table.tirer_par_groupe(noms_personas, persona, rng), present("recit1"))
    recit2 = ou_vide(table.tirer_par_groupe(noms_personas, persona, rng), present("recit2"))
    suffixe = ou_vide(table.tirer("suffixe", rng, n_ord), telegraphique)
    digression = ou_vide(table.tirer("digression", rng, n_ord), present("digression"))
    argument = ou_vide(table.tirer("argument", rng, n_ord), present("argument") & ~a_ville)
    # un trajet raconté et une autre ville connue, selon le thème et la position
    sens_vecu = np.where(nuance, rng.integers(0, 2, n_ord), sens1)
    noms_vecu = [f"{t}|{s}|vecu" for t in THEMES for s in ("pour", "contre")]
    vecu = ou_vide(table.tirer_par_groupe(noms_vecu, code_theme * 2 + sens_vecu, rng), a_vecu)
    noms_ville = [f"{t}|{s}|ville" for t in THEMES for s in ("pour", "contre")]
    ville = ou_vide(table.tirer_par_groupe(noms_ville, code_theme * 2 + sens_vecu, rng), a_ville)
    emplacements = [ouverture, recit1, avis, avis_court, theme1, suffixe, dev[0], lien, theme2, vecu, recit2, theme3,
                    autre_theme, dev[1], argument, ville, theme4, digression, dev[2], theme5, theme6, cloture]
    # le sujet de chaque phrase du corps : deux sujets différents s'écrivent d'un trait sans « et » (les
    # idées « pour » et « contre » d'un avis nuancé, un autre thème, la vie de la personne)
    roles = ["formule", "corps:vie", "corps", "formule", "corps:1", "formule", "corps", "formule", "corps:2", "recit",
             "corps:vie", "corps:3", "corps:autre", "corps", "corps", "recit", "corps:1", "formule", "corps", "corps:2",
             "corps:1", "fin"]
    emplacements = A.dedoublonner(emplacements, table.vide)
    versions = A.versions_lignes(rng, registre, orthographe, len(emplacements))
    p_amorce = np.where(telegraphique, 0.0, 0.2)
    p_liaison = np.where(telegraphique, 0.0, 0.25)
    p_detail = np.where(telegraphique, 0.05, P_DETAIL)
    p_fusion = np.where(telegraphique, 0.0, a_fusion[auteur_ord])
    textes_ord = A.rediger([table.chaines(e, versions[:, j]) for j, e in enumerate(emplacements)], roles, None,
                           int(rng.integers(2**32)), p_amorce, p_liaison, p_detail, p_fusion, amorces="avis",
                           apartes=APARTES, part_apartes=PART_APARTES, liaisons=LIAISONS, fusions=FUSIONS)
    del emplacements, versions
    # fautes de frappe au fil du texte (taux réduits : voir _Table)
    fautes = np.where(orthographe == "correcte", 0.02, np.where(orthographe == "quelques fautes", 0.25, 0.4))
    textes_ord = bruit.faute_par_ligne(textes_ord, rng.random(n_ord) < fautes, rng)
    taux = np.where(orthographe == "correcte", 0.001, np.where(orthographe == "quelques fautes", 0.006, 0.012))
    textes_ord = bruit.fautes_selon_longueur(textes_ord, taux * rng.uniform(0.3, 1.7, n_ord), rng)

    jours = np.clip(np.where(rng.random(n_ord) < 0.25, NB_JOURS - 1 - rng.exponential(6, n_ord),
                             rng.uniform(0, NB_JOURS, n_ord)), 0, NB_JOURS - 1).astype(np.int64)
    # Les ateliers ont lieu un samedi sur deux : leurs contributions sont saisies ces jours-là.
    ateliers = np.arange(5, NB_JOURS, 14)
    jours = np.where(canal == "atelier de quartier", ateliers[rng.integers(0, len(ateliers), n_ord)], jours)
    secondes_ord = jours * 86400 + np.clip(rng.normal(15 * 3600, 4 * 3600, n_ord), 0, 86399).astype(np.int64)
    textes_ord, secondes_ord = _reponses(rng, textes_ord, theme, secondes_ord, canal)

    # --- Campagne automatisée : ≤ 40 comptes (par défaut), trois jours ---------------------
    nb_comptes = max(1, round(n_camp / CONTRIBUTIONS_PAR_COMPTE))
    compte = rng.integers(0, nb_comptes, n_camp)
    textes_camp = _campagne(rng, n_camp)
    secondes_camp = ((DEBUT_CAMPAGNE - DEBUT).days * 86400 + rng.integers(0, 3 * 86400, n_camp))

    # --- Pétition copiée-collée -----------------------------------------------------------
    textes_pet = _petition(rng, n_pet)
    secondes_pet = ((DEBUT_PETITION - DEBUT).days * 86400 + rng.integers(0, 14 * 86400, n_pet))
    p_quartier, p_genre, p_age, _ = _auteurs(rng, n_pet, population)
    p_quartier = np.where(rng.random(n_pet) < 0.7, "Bellerive", p_quartier).astype(object)

    # --- Accords courts : réponses à une contribution ordinaire ---------------------------
    cible = rng.integers(0, n_ord, n_acc)
    accord_versions = A.versions_lignes(rng, A.choix(rng, ["neutre", "familier"], [0.6, 0.4], n_acc),
                                        A.choix(rng, ORTHOGRAPHES, [0.6, 0.3, 0.1], n_acc), 1)[:, 0]
    textes_acc = A.rediger([table.chaines(table.tirer("accord", rng, n_acc), accord_versions)], ["formule"], None,
                           int(rng.integers(2**32)), 0.0, 0.0, 0.0)
    secondes_acc = np.minimum(secondes_ord[cible] + rng.integers(60, 3 * 86400, n_acc), NB_JOURS * 86400 - 1)
    acc_nouveau = rng.random(n_acc) < 0.5
    acc_auteur = np.where(acc_nouveau, -1, rng.integers(0, nb_auteurs, n_acc))
    n_nouveaux = int(acc_nouveau.sum())
    nq, ng, na, nc = _auteurs(rng, n_nouveaux, population)

    # --- Assemblage du tableau ------------------------------------------------------------
    ident_ord = np.array([f"P-{i:07d}" for i in range(nb_auteurs)], dtype=object)
    ident_camp = np.array([f"P-{nb_auteurs + i:07d}" for i in range(nb_comptes)], dtype=object)
    base = nb_auteurs + nb_comptes
    ident_pet = np.array([f"P-{base + i:07d}" for i in range(n_pet)], dtype=object)
    base += n_pet
    ident_nouv = np.array([f"P-{base + i:07d}" for i in range(n_nouveaux)], dtype=object)

    acc_ident = np.empty(n_acc, dtype=object)
    acc_q, acc_g, acc_a, acc_c = (np.empty(n_acc, dtype=object) for _ in range(4))
    anciens = ~acc_nouveau
    acc_ident[anciens] = ident_ord[acc_auteur[anciens]]
    acc_q[anciens], acc_g[anciens] = a_quartier[acc_auteur[anciens]], a_genre[acc_auteur[anciens]]
    acc_a[anciens], acc_c[anciens] = a_age[acc_auteur[anciens]], a_canal[acc_auteur[anciens]]
    acc_ident[acc_nouveau], acc_q[acc_nouveau], acc_g[acc_nouveau] = ident_nouv, nq, ng
    acc_a[acc_nouveau], acc_c[acc_nouveau] = na, nc
    acc_c[acc_c != "plateforme en ligne"] = "plateforme en ligne"  # on ne répond « +1 » qu'en ligne

    camp_quartier = np.array(T.QUARTIERS, dtype=object)[rng.integers(0, len(T.QUARTIERS), nb_comptes)]
    camp_genre = np.where(rng.random(nb_comptes) < 0.7, "non renseigné",
                          np.where(rng.random(nb_comptes) < 0.8, "homme", "femme")).astype(object)
    camp_age = np.where(rng.random(nb_comptes) < 0.8, "non renseigné", "45-59").astype(object)

    auteur = np.concatenate([ident_ord[auteur_ord], ident_camp[compte], ident_pet, acc_ident])
    quartier = np.concatenate([a_quartier[auteur_ord], camp_quartier[compte], p_quartier, acc_q])
    genre = np.concatenate([a_genre[auteur_ord], camp_genre[compte], p_genre, acc_g])
    tranche = np.concatenate([age, camp_age[compte], p_age, acc_a])
    canaux = np.concatenate([canal, np.full(n_camp, "plateforme en ligne", dtype=object),
                             A.choix(rng, ["plateforme en ligne", "courriel"], [0.6, 0.4], n_pet), acc_c])
    themes = np.concatenate([theme, np.full(n_camp, "Zone à faibles émissions et qualité de l'air", dtype=object),
                             np.full(n_pet, "Vélo et aménagements cyclables", dtype=object), theme[cible]])
    positions = np.concatenate([position, np.full(n_camp, "contre", dtype=object),
                                np.full(n_pet, "pour", dtype=object), position[cible]])
    campagne = np.concatenate([np.full(n_ord, CAMPAGNES[0], dtype=object), np.full(n_camp, CAMPAGNES[1], dtype=object),
                               np.full(n_pet, CAMPAGNES[2], dtype=object), np.full(n_acc, CAMPAGNES[0], dtype=object)])
    accord = np.concatenate([np.zeros(n - n_acc, dtype=bool), np.ones(n_acc, dtype=bool)])
    secondes = np.concatenate([secondes_ord, secondes_camp, secondes_pet, secondes_acc])
    textes = textes_ord + textes_camp + textes_pet + textes_acc
    del textes_ord, textes_camp, textes_pet, textes_acc

    femme = (genre == "femme") | ((genre == "non renseigné") & (rng.random(n) < 0.5))
    rue = np.empty(n, dtype=object)
    for q in T.QUARTIERS:
        masque = quartier == q
        rue[masque] = np.array(T.RUES[q], dtype=object)[rng.integers(0, len(T.RUES[q]), int(masque.sum()))]
    valeurs = {
        "quartier": quartier, "rue": rue,
        "de_la_rue": np.array([FORMES_RUES[r][2] for r in rue], dtype=object),
        "lieu": np.array(T.LIEUX, dtype=object)[rng.integers(0, len(T.LIEUX), n)],
        "lieu2": np.array(T.LIEUX, dtype=object)[rng.integers(0, len(T.LIEUX), n)],
        "jour": np.array(T.JOURS, dtype=object)[rng.integers(0, len(T.JOURS), n)],
        "heure2": np.array(T.HEURES, dtype=object)[rng.integers(0, len(T.HEURES), n)],
        "parent": np.array(["parent", "mère", "père"], dtype=object)[(genre == "femme") + 2 * (genre == "homme")],
        **T.formes_quartiers(quartier),
        **T.nombres(rng, n),
        "ligne": np.array(CP.LIGNES, dtype=object)[rng.integers(0, len(CP.LIGNES), n)],
        "travail": _par_personne(DC.TRAVAUX, rng, n, n_ord, auteur_ord, nb_auteurs),
        "activite": _par_personne(DC.ACTIVITES, rng, n, n_ord, auteur_ord, nb_auteurs),
        "sante": _par_personne(DC.SANTES, rng, n, n_ord, auteur_ord, nb_auteurs),
        **_vecu(rng, n),
        "heure": np.array(T.HEURES, dtype=object)[rng.integers(0, len(T.HEURES), n)],
        "duree": np.array(CP_DUREES, dtype=object)[rng.integers(0, len(CP_DUREES), n)],
        "la_rue": np.array([FORMES_RUES[r][0] for r in rue], dtype=object),
        "e": np.array(["", "e"], dtype=object)[femme.astype(np.int64)],
        "un_habitant": np.array(["un habitant", "une habitante"], dtype=object)[femme.astype(np.int64)],
    }
    qui = np.full(n, -1, dtype=np.int64)
    qui[:n_ord] = auteur_ord
    textes = A.remplir(textes, valeurs, a_styles, qui, int(rng.integers(2**32)))
    del valeurs, qui
    pii = (rng.random(n) < PART_DONNEES_PERSONNELLES * n / max(n_ord, 1)) & (np.arange(n) < n_ord)
    textes, positions_pii = donnees_personnelles.inserer(textes, pii, quartier, genre, rng)

    # --- Questions fermées ----------------------------------------------------------------
    zfe = themes == "Zone à faibles émissions et qualité de l'air"
    p_oui = np.where(zfe & (positions == "pour"), 0.8, np.where(zfe & (positions == "contre"), 0.05, 0.42))
    p_oui = np.where(campagne == CAMPAGNES[1], 0.0, np.where(campagne == CAMPAGNES[2], 0.65, p_oui))
    p_non = np.where(zfe & (positions == "contre"), 0.85, np.where(campagne == CAMPAGNES[1], 1.0, 0.33))
    p_non = np.minimum(p_non, 1 - p_oui)
    u = rng.random(n)
    q_zfe = np.where(u < p_oui, "oui", np.where(u < p_oui + p_non, "non", "sans avis"))
    jeune = np.isin(tranche, ["18-29", "30-44"])
    p_tc = np.where(themes == "Transports en commun", 0.8, np.where(jeune, 0.62, 0.45))
    p_tc = np.where(np.isin(quartier, T.QUARTIERS_PRIORITAIRES), p_tc + 0.1, p_tc)
    u = rng.random(n)
    q_tc = np.where(u < p_tc, "oui", np.where(u < p_tc + 0.9 * (1 - p_tc), "non", "sans avis"))
    q_tc = np.where(campagne == CAMPAGNES[1], "non", q_tc)

    ordre = np.argsort(secondes, kind="stable")
    textes = [textes[i] for i in ordre]
    positions_pii = [positions_pii[i] for i in ordre]
    tableau = pd.DataFrame({
        "identifiant": [f"CON-{i:07d}" for i in range(1, n + 1)],
        "auteur": auteur[ordre],
        "date": (pd.Timestamp(DEBUT) + pd.to_timedelta(secondes, unit="s"))[ordre],
        "canal": canaux[ordre],
        "quartier": quartier[ordre],
        "quartier_prioritaire": np.isin(quartier, T.QUARTIERS_PRIORITAIRES)[ordre],
        "genre": genre[ordre],
        "tranche_age": tranche[ordre],
        "texte": textes,
        "theme_reference": themes[ordre],
        "position": positions[ordre],
        "question_zfe": q_zfe[ordre],
        "question_transports": q_tc[ordre],
        "campagne": campagne[ordre],
        "accord_court": accord[ordre],
        "donnees_personnelles": positions_pii,
    })
    return tableau


def _campagne(rng, nb):
    clauses = C.CAMPAGNE_ZFE
    choix = [rng.integers(0, len(c), nb) for c in clauses]
    garde = [np.ones(nb, dtype=bool), np.ones(nb, dtype=bool)] + [rng.random(nb) < 0.92 for _ in clauses[2:5]] \
        + [np.ones(nb, dtype=bool), np.ones(nb, dtype=bool)]
    ordre_args = rng.permuted(np.tile(np.arange(2, 5), (nb, 1)), axis=1)
    sortie = []
    for i in range(nb):
        morceaux = [clauses[0][choix[0][i]] + " " + clauses[1][choix[1][i]]]
        for k in ordre_args[i]:
            if garde[k][i]:
                morceaux.append(clauses[k][choix[k][i]])
        morceaux.append(clauses[5][choix[5][i]])
        morceaux.append(clauses[6][choix[6][i]])
        sortie.append(" ".join(m for m in morceaux if m))
    return sortie


def _petition(rng, nb):
    phrases = re.split(r"(?<=\.) ", C.PETITION_VELO)
    sortie = []
    for _ in range(nb):
        garde = [p for j, p in enumerate(phrases) if j in (0, len(phrases) - 2) or rng.random() > 0.12]
        texte = " ".join(garde)
        if rng.random() < 0.4:
            texte = bruit.legeres(texte, rng)
        debut = C.PETITION_AJOUTS_DEBUT[int(rng.integers(len(C.PETITION_AJOUTS_DEBUT)))]
        fin = C.PETITION_AJOUTS_FIN[int(rng.integers(len(C.PETITION_AJOUTS_FIN)))]
        sortie.append(" ".join(x for x in (debut, texte, fin) if x))
    return sortie


_EXTRAIT = re.compile(r"[^.!?\n{}«»]+")


def _reponses(rng, textes, theme, secondes, canal, part=0.08):
    """Une part des contributions en ligne répond à une contribution antérieure du même thème,
    parfois en la citant (un extrait de quelques mots). Renvoie textes et dates (la réponse vient après)."""
    textes = list(textes)
    secondes = secondes.copy()
    n = len(textes)
    repond = np.flatnonzero((rng.random(n) < part) & (canal == "plateforme en ligne"))
    par_theme = {t: np.flatnonzero(theme == t) for t in np.unique(theme)}
    for i in repond:
        candidats = par_theme[theme[i]]
        j = int(candidats[rng.integers(len(candidats))])
        if j == i:
            continue
        morceaux = [m.strip() for m in _EXTRAIT.findall(textes[j]) if len(m.split()) >= 4]
        gabarit = CP.REPONSES[int(rng.integers(len(CP.REPONSES)))]
        if "{citation}" in gabarit:
            if not morceaux:
                continue
            mots = morceaux[int(rng.integers(len(morceaux)))].split()
            k = int(rng.integers(4, 8))
            debut = int(rng.integers(0, max(1, len(mots) - k + 1)))
            extrait = mots[debut:debut + k]
            while extrait and len(extrait[-1]) <= 3:  # pas d'extrait qui finit sur « le », « de »…
                extrait.pop()
            if len(extrait) < 3:
                continue
            citation = " ".join(extrait).strip(",;: ")
            gabarit = gabarit.replace("{citation}", citation)
        gabarit = deplier_un(gabarit, rng)
        salut = re.match(r"(Bonjour|Bonsoir|Salut|Madame, Monsieur)[^.!?]{0,30}?,", textes[i])
        coupe = salut.end() if salut else 0
        textes[i] = (textes[i][:coupe] + (" " if coupe else "") + gabarit + " " + textes[i][coupe:].lstrip()).strip()
        secondes[i] = max(secondes[i], secondes[j] + int(rng.integers(600, 3 * 86400)))
    return textes, np.minimum(secondes, NB_JOURS * 86400 - 1)


def deplier_un(phrase: str, rng) -> str:
    """Une seule réalisation (au hasard) des choix « [a|b] » d'une phrase."""
    import random
    return R.Variantes().developper(phrase, random.Random(int(rng.integers(2**32))))
