"""Génération du corpus des demandes adressées à la Métropole (labs 01 et 02)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from . import assemblage as A
from . import bruit, donnees_personnelles
from . import redaction as R
from . import territoire as T
from .textes import MODULES_SERVICES
from .textes import formules as F
from .textes import idees_demandes as ID
from .textes import registres as RG
from .verification import verifier_arguments

N_DEFAUT = 12_000
GRAINE_DEFAUT = 2025

PARTS_SERVICES = {
    "Propreté et déchets": 0.27,
    "Voirie et déplacements": 0.20,
    "Tranquillité publique": 0.11,
    "Espaces verts": 0.08,
    "Stationnement": 0.08,
    "Eau et assainissement": 0.07,
    "Éclairage public": 0.06,
    "Logement et habitat": 0.06,
    "Solidarités et action sociale": 0.05,
    "Hors compétence / autre": 0.02,
}
SERVICES = list(PARTS_SERVICES)

# Services voisins : une demande sur dix touche aussi un second service, souvent voisin.
VOISINS = {
    "Propreté et déchets": ["Espaces verts", "Voirie et déplacements", "Tranquillité publique"],
    "Voirie et déplacements": ["Stationnement", "Éclairage public", "Eau et assainissement"],
    "Tranquillité publique": ["Éclairage public", "Logement et habitat", "Stationnement"],
    "Espaces verts": ["Propreté et déchets", "Voirie et déplacements"],
    "Stationnement": ["Voirie et déplacements", "Tranquillité publique"],
    "Eau et assainissement": ["Voirie et déplacements", "Logement et habitat"],
    "Éclairage public": ["Voirie et déplacements", "Tranquillité publique"],
    "Logement et habitat": ["Solidarités et action sociale", "Tranquillité publique"],
    "Solidarités et action sociale": ["Logement et habitat"],
    "Hors compétence / autre": ["Solidarités et action sociale", "Voirie et déplacements"],
}

POIDS_SUJETS = {"harcèlement et insécurité": 0.55, "bruit et nuisances": 0.30, "occupation et squat": 0.15}

# Part des demandes réellement urgentes (étiquette de référence) par sujet.
URGENCE_SUJET = {"harcèlement et insécurité": 0.45, "insalubrité": 0.28, "aides et accompagnement": 0.25,
                 "personnes âgées et isolement": 0.25, "fuites et réseau": 0.24, "égouts et inondations": 0.24}
URGENCE_DEFAUT = 0.18

CANAUX = ["formulaire web", "application mobile", "courrier", "appel téléphonique"]
TRANCHES = ["18-29", "30-44", "45-59", "60-74", "75 et plus", "non renseigné"]
PARTS_TRANCHES = [0.17, 0.28, 0.25, 0.18, 0.07, 0.05]
CANAL_SELON_AGE = {
    "18-29": [0.40, 0.48, 0.02, 0.10],
    "30-44": [0.48, 0.35, 0.03, 0.14],
    "45-59": [0.52, 0.20, 0.08, 0.20],
    "60-74": [0.45, 0.08, 0.17, 0.30],
    "75 et plus": [0.15, 0.02, 0.38, 0.45],
    "non renseigné": [0.50, 0.30, 0.05, 0.15],
}
GENRES = ["femme", "homme", "non renseigné"]

# Registres : libellé dans les données -> clé du module de textes.
REGISTRES = {
    "soutenu": "soutenu",
    "neutre": "neutre",
    "familier": "familier",
    "en colère": "colere",
    "télégraphique": "telegraphique",
    "personne âgée très polie": "age_poli",
    "français non natif": "non_natif",
    "retranscription d'agent·e": "agent",
}
NOMS_REGISTRES = list(REGISTRES)
REGISTRE_SELON_CANAL = {  # soutenu, neutre, familier, colère, télégraphique, âgé, non natif, agent
    "formulaire web": [0.06, 0.36, 0.12, 0.13, 0.18, 0.05, 0.10, 0.0],
    "application mobile": [0.01, 0.25, 0.19, 0.10, 0.38, 0.01, 0.06, 0.0],
    "courrier": [0.50, 0.17, 0.02, 0.09, 0.0, 0.20, 0.02, 0.0],
    "appel téléphonique": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0],
}
ORTHOGRAPHES = ["correcte", "quelques fautes", "nombreuses fautes"]
ORTHOGRAPHE_SELON_REGISTRE = {
    "soutenu": [0.88, 0.12, 0.0],
    "neutre": [0.55, 0.38, 0.07],
    "familier": [0.20, 0.50, 0.30],
    "en colère": [0.30, 0.45, 0.25],
    "télégraphique": [0.30, 0.50, 0.20],
    "personne âgée très polie": [0.50, 0.40, 0.10],
    "français non natif": [0.0, 0.40, 0.60],
    "retranscription d'agent·e": [0.65, 0.35, 0.0],
}
REGISTRES_INFORMELS = ["familier", "télégraphique", "français non natif"]

# Mécanisme du biais historique : probabilités qu'une demande réellement urgente
# ait été classée « non urgente » par les agent·es, par motif (motifs indépendants).
SOUS_CLASSEMENT = {
    "base": 0.07,
    "quartier prioritaire": 0.38,
    "registre informel ou fautif": 0.35,
    "femme signalant harcèlement ou insécurité": 0.65,
}
SUR_CLASSEMENT = {"base": 0.02, "ton pressant": 0.20}
PART_MULTI_SERVICES = 0.10
PART_ERREUR_ETIQUETTE = 0.04
PART_DONNEES_PERSONNELLES = 0.065
TAILLE_AUDIT_DEFAUT = 800

DEBUT = pd.Timestamp("2024-01-01")
NB_JOURS = 731
SAISONS = {  # service -> (amplitude, jour de l'année du pic)
    "Éclairage public": (0.6, 10),
    "Espaces verts": (0.5, 170),
    "Eau et assainissement": (0.3, 300),
    "Tranquillité publique": (0.25, 190),
    "Propreté et déchets": (0.2, 200),
}

# Probabilité de chaque emplacement selon le registre
# (soutenu, neutre, familier, colère, télégraphique, âgé, non natif, agent).
P_EMPLACEMENT = {
    "ouverture": [1.0, 0.85, 0.7, 0.8, 1.0, 1.0, 0.9, 1.0],
    "corps2": [0.75, 0.4, 0.3, 0.4, 0.2, 0.75, 0.25, 0.3],
    "transversale1": [0.75, 0.4, 0.3, 0.5, 0.0, 0.75, 0.3, 0.35],
    "corps3": [0.5, 0.15, 0.08, 0.25, 0.0, 0.5, 0.08, 0.12],
    "transversale2": [0.55, 0.2, 0.1, 0.35, 0.0, 0.55, 0.1, 0.12],
    "corps4": [0.35, 0.05, 0.03, 0.12, 0.0, 0.35, 0.03, 0.03],
    "transversale3": [0.45, 0.08, 0.05, 0.25, 0.0, 0.45, 0.0, 0.04],
    "corps5": [0.25, 0.03, 0.0, 0.06, 0.0, 0.25, 0.0, 0.0],
    "transversale4": [0.35, 0.05, 0.0, 0.12, 0.0, 0.35, 0.0, 0.0],
    "corps6": [0.15, 0.01, 0.0, 0.03, 0.0, 0.15, 0.0, 0.0],
    "transversale5": [0.25, 0.03, 0.0, 0.06, 0.0, 0.25, 0.0, 0.0],
    "cloture": [1.0, 0.7, 0.6, 0.7, 1.0, 1.0, 0.8, 0.8],
}
P_LOCALISATION = {"formulaire web": 0.3, "application mobile": 0.5, "courrier": 0.2, "appel téléphonique": 0.35}
PART_RELANCES = 0.04
P_IDEE = 0.5  # part des phrases du sujet tirées parmi les idées à éléments indépendants


FORMES_RUES = {r: (T.avec_article(r), T.avec_article(r)[0].upper() + T.avec_article(r)[1:], T.avec_de(r))
               for rues in T.RUES.values() for r in rues}


@lru_cache(maxsize=1)
def _table():
    table = A.TableFragments()
    sujets = []
    for module in MODULES_SERVICES:
        for sujet, reserves in module.SUJETS.items():
            sujets.append((module.SERVICE, sujet))
            for genre_fragment in ("corps", "danger", "court"):
                table.ajouter(f"{sujet}|{genre_fragment}", reserves[genre_fragment])
            table.ajouter(f"{sujet}|idee", ID.IDEES.get(sujet, []))
    for cle in REGISTRES.values():
        table.ajouter(f"ouverture|{cle}", F.OUVERTURES.get(cle, RG.OUVERTURES[cle]))
        table.ajouter(f"cloture|{cle}", F.CLOTURES.get(cle, RG.CLOTURES[cle]))
    table.ajouter("transversale", F.TRANSVERSALES)
    table.ajouter("urgence", F.URGENCE_GENERIQUE)
    table.ajouter("pression", F.PRESSION)
    table.ajouter("localisation", RG.LOCALISATIONS)
    table.ajouter("relance", RG.RELANCES)
    table.ajouter("precision", RG.PRECISIONS)
    table.ajouter("temoignage_femme", RG.TEMOIGNAGE_FEMME)
    table.ajouter("recit|soutenu", RG.RECIT_SOUTENU)
    table.ajouter("recit|age_poli", RG.RECIT_AGE)
    table.ajouter("localisation_courte", RG.LOCALISATIONS_COURTES)
    table.ajouter("localisation_appli", RG.LOCALISATIONS_APPLI)
    table.ajouter("danger_court", RG.DANGER_COURT)
    table.figer("demandes")
    return table, sujets


def _deux(masque, si_faux: str, si_vrai: str) -> np.ndarray:
    """Tableau d'objets qui ne référencent que deux chaînes (peu de mémoire pour un million de lignes)."""
    return np.array([si_faux, si_vrai], dtype=object)[masque.astype(np.int64)]


def _tirer_dates(rng, services):
    jours = np.empty(len(services), dtype=np.int64)
    doy = (np.arange(NB_JOURS) % 365).astype(float)
    for s in SERVICES:
        masque = services == s
        m = int(masque.sum())
        if not m:
            continue
        a, pic = SAISONS.get(s, (0.0, 0))
        poids = 1 + a * np.cos(2 * np.pi * (doy - pic) / 365)
        jours[masque] = rng.choice(NB_JOURS, size=m, p=poids / poids.sum())
    return jours


def generer_demandes(n: int = N_DEFAUT, graine: int = GRAINE_DEFAUT) -> pd.DataFrame:
    """Génère le corpus des demandes des habitant·es de Méridanne.

    Paramètres
    ----------
    n : int
        Nombre de demandes, entre 1 000 et 1 000 000 (12 000 par défaut).
    graine : int
        Graine du générateur aléatoire : même graine, même corpus.

    Renvoie
    -------
    pandas.DataFrame
        Une ligne par demande ; les colonnes et leurs types sont décrits dans
        ``civiclabs.corpus.schema.COLONNES["demandes.csv"]``. Avec les valeurs
        par défaut, le résultat est exactement le fichier ``data/demandes.csv``.
    """
    verifier_arguments(n, graine)
    rng = np.random.default_rng(graine)
    table, sujets = _table()

    # --- Qui écrit, d'où, par quel canal -------------------------------------------------
    services_vrais = A.choix(rng, SERVICES, list(PARTS_SERVICES.values()), n)
    sujet = np.empty(n, dtype=object)
    for s in SERVICES:
        masque = services_vrais == s
        noms = [sj for sv, sj in sujets if sv == s]
        poids = [POIDS_SUJETS.get(sj, 1.0) for sj in noms]
        sujet[masque] = A.choix(rng, noms, poids, int(masque.sum()))
    harcelement = sujet == "harcèlement et insécurité"

    parts_q = np.array([T.PART_POPULATION[q] * (1.25 if q in T.QUARTIERS_PRIORITAIRES else 1.0)
                        for q in T.QUARTIERS])
    quartier = A.choix(rng, T.QUARTIERS, parts_q, n)
    prioritaire = np.isin(quartier, T.QUARTIERS_PRIORITAIRES)

    genre = A.choix(rng, GENRES, [0.50, 0.40, 0.10], n)
    genre[harcelement] = A.choix(rng, GENRES, [0.68, 0.24, 0.08], int(harcelement.sum()))
    age = A.choix(rng, TRANCHES, PARTS_TRANCHES, n)
    canal = A.choix_conditionnel(rng, age, CANAL_SELON_AGE, CANAUX)

    registre = A.choix_conditionnel(rng, canal, REGISTRE_SELON_CANAL, NOMS_REGISTRES)
    agee = np.isin(age, ["75 et plus"]) | (np.isin(age, ["60-74"]) & (rng.random(n) < 0.3))
    vers_age = agee & np.isin(registre, ["neutre", "soutenu"]) & (rng.random(n) < 0.5)
    registre[vers_age] = "personne âgée très polie"
    u = rng.random(n)
    qp_neutre = prioritaire & (registre == "neutre")
    registre[qp_neutre & (u < 0.20)] = "familier"
    registre[qp_neutre & (u >= 0.20) & (u < 0.35)] = "français non natif"
    orthographe = A.choix_conditionnel(rng, registre, ORTHOGRAPHE_SELON_REGISTRE, ORTHOGRAPHES)
    monte = prioritaire & (orthographe == "correcte") & (rng.random(n) < 0.15)
    orthographe[monte] = "quelques fautes"
    informel = np.isin(registre, REGISTRES_INFORMELS) | (orthographe == "nombreuses fautes")

    # --- Vérité de référence : l'urgence réelle ------------------------------------------
    p_urg = np.array([URGENCE_SUJET.get(sj, URGENCE_DEFAUT) for sj in sujet])
    a_danger = np.array([table.reserves[f"{sj}|danger"][1] > 0 for sj in sujet])
    urgent = (rng.random(n) < p_urg) & a_danger

    # --- Deuxième service ------------------------------------------------------------------
    multi = rng.random(n) < PART_MULTI_SERVICES
    second = np.empty(n, dtype=object)
    second[:] = ""
    for s in SERVICES:
        masque = multi & (services_vrais == s)
        m = int(masque.sum())
        if not m:
            continue
        autres = [x for x in SERVICES if x != s]
        voisins = A.choix(rng, VOISINS[s], np.ones(len(VOISINS[s])), m)
        au_hasard = A.choix(rng, autres, [PARTS_SERVICES[x] for x in autres], m)
        second[masque] = np.where(rng.random(m) < 0.7, voisins, au_hasard)
    sujet_second = np.empty(n, dtype=object)
    sujet_second[:] = ""
    for s in SERVICES:
        masque = second == s
        noms = [sj for sv, sj in sujets if sv == s]
        sujet_second[masque] = A.choix(rng, noms, np.ones(len(noms)), int(masque.sum()))

    # --- Assemblage du texte ---------------------------------------------------------------
    cles_reg = np.array([REGISTRES[r] for r in NOMS_REGISTRES], dtype=object)
    code_reg = pd.Categorical(registre, categories=NOMS_REGISTRES).codes.astype(np.int64)
    noms_sujets = [sj for _, sj in sujets]
    code_sujet = pd.Categorical(sujet, categories=noms_sujets).codes.astype(np.int64)
    telegraphique = registre == "télégraphique"

    def present(nom):
        p = np.array(P_EMPLACEMENT[nom])[code_reg]
        return rng.random(n) < p

    def ou_vide(indices, masque):
        return np.where(masque, indices, table.vide)

    ouverture = ou_vide(table.tirer_par_groupe([f"ouverture|{c}" for c in cles_reg], code_reg, rng),
                        present("ouverture"))
    cloture = ou_vide(table.tirer_par_groupe([f"cloture|{c}" for c in cles_reg], code_reg, rng),
                      present("cloture"))
    p_loc = np.vectorize(P_LOCALISATION.get, otypes=[float])(canal)
    appli = (canal == "application mobile").astype(np.int64)
    localisation = np.where(telegraphique, table.tirer("localisation_courte", rng, n),
                            table.tirer_par_groupe(["localisation", "localisation_appli"], appli, rng))
    localisation = ou_vide(localisation, rng.random(n) < np.where(telegraphique, 0.15, p_loc))
    corps_res = [f"{sj}|corps" for sj in noms_sujets]
    court_res = [f"{sj}|court" for sj in noms_sujets]
    danger_res = [f"{sj}|danger" for sj in noms_sujets]

    idee_res = [f"{sj}|idee" for sj in noms_sujets]

    def corps(nom=None):
        # une idée à éléments indépendants (P_IDEE) ou une phrase écrite d'un bloc
        idx = table.tirer_par_groupe(corps_res, code_sujet, rng)
        idee = table.tirer_par_groupe(idee_res, code_sujet, rng)
        idx = np.where((rng.random(n) < P_IDEE) & (idee != table.vide), idee, idx)
        if nom is None:
            return idx
        return ou_vide(idx, present(nom) & ~telegraphique & ~relance)

    relance = (rng.random(n) < PART_RELANCES) & ~telegraphique
    corps1 = np.where(telegraphique, table.tirer_par_groupe(court_res, code_sujet, rng), corps())
    corps1 = np.where(relance, table.tirer("relance", rng, n), corps1)
    temoignage = ou_vide(table.tirer("temoignage_femme", rng, n),
                         harcelement & (genre == "femme") & ~telegraphique & (rng.random(n) < 0.9))
    corps2 = np.where(telegraphique & (rng.random(n) < 0.15),
                      table.tirer_par_groupe(court_res, code_sujet, rng), corps("corps2"))
    danger = ou_vide(table.tirer_par_groupe(danger_res, code_sujet, rng),
                     urgent & (rng.random(n) < np.where(telegraphique, 0.3, 0.75)))
    danger_court = ou_vide(table.tirer("danger_court", rng, n),
                           (urgent & telegraphique & (rng.random(n) < 0.6))
                           | (~urgent & telegraphique & (rng.random(n) < 0.04)))
    urgence_gen = ou_vide(table.tirer("urgence", rng, n),
                          ~telegraphique & (rng.random(n) < np.where(urgent, 0.35, 0.04)))
    colere = registre == "en colère"
    p_pression = np.where(urgent, np.where(colere, 0.3, 0.1), np.where(colere, 0.45, 0.08))
    pression = ou_vide(table.tirer("pression", rng, n), rng.random(n) < p_pression)

    soutenu = registre == "soutenu"
    recit_res = np.where(soutenu, 0, 1)

    def recit(p):
        idx = table.tirer_par_groupe(["recit|soutenu", "recit|age_poli"], recit_res, rng)
        return ou_vide(idx, (soutenu | (registre == "personne âgée très polie")) & (rng.random(n) < p))

    def transversale(nom):
        return ou_vide(table.tirer("transversale", rng, n), present(nom))

    rang_sujet = {sj: i for i, sj in enumerate(noms_sujets)}
    code_second = np.fromiter((rang_sujet.get(sj, -1) for sj in sujet_second), dtype=np.int64, count=n)
    second_corps = ou_vide(table.tirer_par_groupe(corps_res, np.maximum(code_second, 0), rng),
                           (code_second >= 0) & ~telegraphique)
    second_court = ou_vide(table.tirer_par_groupe(court_res, np.maximum(code_second, 0), rng),
                           (code_second >= 0) & telegraphique)
    precision = ou_vide(table.tirer("precision", rng, n), rng.random(n) < np.where(telegraphique, 0.08, 0.12))
    second_corps2 = ou_vide(table.tirer_par_groupe(corps_res, np.maximum(code_second, 0), rng),
                            (code_second >= 0) & ~telegraphique & (rng.random(n) < 0.4))
    emplacements = [ouverture, localisation, corps1, temoignage, danger, danger_court, precision, corps2, transversale("transversale1"),
                    recit(0.45), second_corps, second_corps2, second_court, urgence_gen, corps("corps3"), transversale("transversale2"),
                    recit(0.25), corps("corps4"), transversale("transversale3"), recit(0.1), corps("corps5"),
                    transversale("transversale4"), corps("corps6"), transversale("transversale5"),
                    pression, cloture]
    # le sujet de chaque phrase du corps (assemblage.Redacteur) : le premier service, le second, la vie
    # de la personne ; « corps » seul (remarques générales, urgence) se joint à tout
    roles = ["formule", "formule", "corps:1", "corps:1", "corps:1", "formule", "formule", "corps:1", "corps",
             "corps:vie", "corps:2", "corps:2", "formule", "corps", "corps:1", "corps",
             "corps:vie", "corps:1", "corps", "corps:vie", "corps:1",
             "corps", "corps:1", "corps",
             "formule", "fin"]
    emplacements = A.dedoublonner(emplacements, table.vide)
    versions = A.versions_lignes(rng, registre, orthographe, len(emplacements))
    colonnes = [table.chaines(e, versions[:, j]) for j, e in enumerate(emplacements)]
    del emplacements, versions

    # --- Marqueurs ----------------------------------------------------------------------
    femme = (genre == "femme") | ((genre == "non renseigné") & (rng.random(n) < 0.5))
    rues = {q: np.array(T.RUES[q], dtype=object) for q in T.QUARTIERS}
    rue = np.empty(n, dtype=object)
    rue2 = np.empty(n, dtype=object)
    for q in T.QUARTIERS:
        masque = quartier == q
        m = int(masque.sum())
        rue[masque] = rues[q][rng.integers(0, len(rues[q]), m)]
        rue2[masque] = rues[q][(rng.integers(1, len(rues[q]), m) + rng.integers(0, len(rues[q]), m))
                               % len(rues[q])]
    valeurs = {
        "rue": rue, "rue2": rue2, "quartier": quartier,
        "la_rue": np.array([FORMES_RUES[r][0] for r in rue], dtype=object),
        "La_rue": np.array([FORMES_RUES[r][1] for r in rue], dtype=object),
        "de_la_rue": np.array([FORMES_RUES[r][2] for r in rue], dtype=object),
        "de_la_rue2": np.array([FORMES_RUES[r][2] for r in rue2], dtype=object),
        "lieu": np.where(prioritaire & (rng.random(n) < 0.7),
                         np.array(T.LIEUX_PRIORITAIRES, dtype=object)[rng.integers(0, len(T.LIEUX_PRIORITAIRES), n)],
                         np.array(T.LIEUX, dtype=object)[rng.integers(0, len(T.LIEUX), n)]),
        "lieu2": np.array(T.LIEUX, dtype=object)[rng.integers(0, len(T.LIEUX), n)],
        "duree": np.array(T.DUREES, dtype=object)[rng.integers(0, len(T.DUREES), n)],
        "jour": np.array(T.JOURS, dtype=object)[rng.integers(0, len(T.JOURS), n)],
        "heure": np.array(T.HEURES, dtype=object)[rng.integers(0, len(T.HEURES), n)],
        "e": _deux(femme, "", "e"),
        "un_habitant": _deux(femme, "un habitant", "une habitante"),
        "Un_habitant": _deux(femme, "Un habitant", "Une habitante"),
        "civilite": _deux(femme, "M.", "Mme"),
        "veuf": _deux(femme, "veuf", "veuve"),
        "heure2": np.array(T.HEURES, dtype=object)[rng.integers(0, len(T.HEURES), n)],
        "une_personne": _deux(femme, "un monsieur", "une dame"),
        "un_riverain": _deux(femme, "un riverain", "une riveraine"),
        "l_usager": _deux(femme, "l'usager", "l'usagère"),
        "L_usager": _deux(femme, "L'usager", "L'usagère"),
        "l_appelant": _deux(femme, "l'appelant", "l'appelante"),
        "L_appelant": _deux(femme, "L'appelant", "L'appelante"),
        "Il": _deux(femme, "Il", "Elle"),
        **T.formes_quartiers(quartier),
        **T.nombres(rng, n),
    }
    pas_tele = ~telegraphique
    agent = registre == "retranscription d'agent·e"
    p_amorce = np.where(pas_tele & ~agent, 0.45, np.where(agent, 0.1, 0.0))
    p_liaison = np.where(pas_tele & ~agent, 0.5, np.where(agent, 0.15, 0.0))
    p_detail = np.where(pas_tele, 0.6, 0.1)
    # part des phrases écrites d'un trait avec la précédente : une habitude de la personne
    p_fusion = np.where(pas_tele & ~agent, rng.choice([0.2, 0.5, 0.8, 0.95], n, p=[0.25, 0.25, 0.25, 0.25]), 0.0)
    textes = A.rediger(colonnes, roles, valeurs, int(rng.integers(2**32)), p_amorce, p_liaison, p_detail,
                       p_fusion)
    del colonnes, valeurs
    styles = R.tirer_styles(rng, n, canal, age)
    for cle in styles:  # une retranscription d'agent·e n'a pas le style de la personne qui appelle
        styles[cle][agent] = 0.0
    textes = A.styliser(textes, styles, np.arange(n), int(rng.integers(2**32)))
    fautes = np.where(orthographe == "correcte", 0.03, np.where(orthographe == "quelques fautes", 0.5, 0.8))
    textes = bruit.faute_par_ligne(textes, rng.random(n) < fautes, rng)
    # et des fautes de frappe au fil du texte (une personne pressée en fait plus)
    taux = np.where(orthographe == "correcte", 0.006, np.where(orthographe == "quelques fautes", 0.03, 0.06))
    textes = bruit.fautes_selon_longueur(textes, taux * rng.uniform(0.3, 1.7, n) * ~agent, rng)
    textes = _casse(textes, registre, orthographe, rng)
    pii = rng.random(n) < PART_DONNEES_PERSONNELLES
    textes, positions = donnees_personnelles.inserer(textes, pii, quartier, genre, rng)

    # --- Étiquettes : historique (biaisée), erreurs, audit ---------------------------------
    # Tirées avec leur propre générateur (dérivé de la graine) : la façon dont les textes sont
    # rédigés ne change pas les étiquettes plantées.
    rng = np.random.default_rng([graine, 1])
    femme_harc = harcelement & (genre == "femme")
    p_garde = ((1 - SOUS_CLASSEMENT["base"])
               * (1 - SOUS_CLASSEMENT["quartier prioritaire"] * prioritaire)
               * (1 - SOUS_CLASSEMENT["registre informel ou fautif"] * informel)
               * (1 - SOUS_CLASSEMENT["femme signalant harcèlement ou insécurité"] * femme_harc))
    pressant = pression != table.vide
    p_sur = SUR_CLASSEMENT["base"] + SUR_CLASSEMENT["ton pressant"] * pressant
    tirage = rng.random(n)
    urgent_hist = np.where(urgent, tirage < p_garde, tirage < p_sur)

    erreur = rng.random(n) < PART_ERREUR_ETIQUETTE
    service = services_vrais.copy()
    for s in SERVICES:
        masque = erreur & (services_vrais == s)
        autres = [x for x in SERVICES if x != s]
        service[masque] = A.choix(rng, autres, [PARTS_SERVICES[x] for x in autres], int(masque.sum()))

    taille_audit = round(n * TAILLE_AUDIT_DEFAUT / N_DEFAUT)
    audit = np.zeros(n, dtype=bool)
    audit[rng.choice(n, size=taille_audit, replace=False)] = True

    # --- Dates ----------------------------------------------------------------------------
    jours = _tirer_dates(rng, services_vrais)
    minutes = np.where(
        canal == "appel téléphonique", rng.integers(8 * 60 + 30, 17 * 60 + 30, n),
        np.where(canal == "courrier", rng.integers(9 * 60, 16 * 60, n),
                 np.clip(rng.normal(14 * 60, 260, n), 0, 24 * 60 - 1).astype(np.int64)))
    secondes = jours * 86400 + minutes * 60 + rng.integers(0, 60, n)
    dates = DEBUT + pd.to_timedelta(secondes, unit="s")

    ordre = np.argsort(secondes, kind="stable")
    textes = [textes[i] for i in ordre]
    positions = [positions[i] for i in ordre]
    tableau = pd.DataFrame({
        "identifiant": [f"DEM-{i:07d}" for i in range(1, n + 1)],
        "date": dates[ordre],
        "canal": canal[ordre],
        "quartier": quartier[ordre],
        "quartier_prioritaire": prioritaire[ordre],
        "genre": genre[ordre],
        "tranche_age": age[ordre],
        "texte": textes,
        "service": service[ordre],
        "service_secondaire": second[ordre],
        "sujet": sujet[ordre],
        "registre": registre[ordre],
        "orthographe": orthographe[ordre],
        "urgence_historique": np.where(urgent_hist, "urgente", "non urgente")[ordre],
        "urgence_reference": np.where(urgent, "urgente", "non urgente")[ordre],
        "echantillon_audit": audit[ordre],
        "erreur_etiquette": erreur[ordre],
        "donnees_personnelles": positions,
    })
    return tableau


def _casse(textes, registre, orthographe, rng):
    """Majuscules de colère, minuscules des messages rapides."""
    n = len(textes)
    u = rng.random(n)
    majuscules = (registre == "en colère") & (u < 0.12)
    minuscules = (((registre == "télégraphique") & (u < 0.25))
                  | ((orthographe == "nombreuses fautes") & (u < 0.3)))
    sortie = list(textes)
    for i in np.flatnonzero(majuscules):
        sortie[i] = sortie[i].upper()
    for i in np.flatnonzero(minuscules & ~majuscules):
        sortie[i] = sortie[i].lower()
    return sortie
