"""Des synthèses « à la manière d'une IA », écrites par le cours, avec leurs défauts plantés.

Aucun modèle de langue ici : le générateur écrit une synthèse fluide à partir de la vérité
de la consultation (``verite.py``), phrase par phrase, puis y plante les défauts documentés
chez les assistants conversationnels (thèmes omis, minoritaires d'abord ; affirmations
inventées ; chiffres faux ou non étayés ; « majorité » tirée d'une campagne ; citations
inventées ou altérées ; sur-généralisation ; positions inversées ; un canal entier ignoré ;
le milieu de l'entrée ignoré). Chaque défaut planté est noté dans le corrigé (``defauts``) :
c'est ce qui permet de **mesurer** l'audit. Même graine, même synthèse.

Pourquoi pas un vrai chatbot ? Ses sorties changent d'une version à l'autre, ne sont pas
reproductibles, demandent un réseau et un compte, et surtout n'ont pas de corrigé : on ne
saurait pas ce que l'audit aurait dû trouver.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ..texte import format_nombre
from .redaction import CONTRAIRES, IDEES, NOMS_COURTS, que
from .verite import Verite, normaliser, phrases_de_la_consultation, verite_consultation

VARIANTES = {
    "courte": "requête courte",
    "detaillee": "requête détaillée (couverture et citations exigées)",
    "prestataire": "outil d'un prestataire",
}

REQUETES = {
    "courte": "Fais-moi une synthèse de ces contributions pour les élus.",
    "detaillee": (
        "Rédige une synthèse de la consultation pour le conseil métropolitain. Exigences : "
        "(1) chaque affirmation cite les identifiants des contributions qui l'étayent ; "
        "(2) compte les personnes (voix), pas les copies : une campagne coordonnée ou une "
        "pétition est signalée et comptée à part ; (3) dis ce qui a été mis à part et "
        "combien ; (4) garde tous les thèmes, y compris les plus rares ; (5) cite les "
        "contributions mot pour mot, sans les reformuler ; (6) n'ajoute aucun chiffre qui ne "
        "vienne pas des données."
    ),
    "prestataire": "(Outil « SynthèsePro » d'un prestataire : réglages par défaut, requête non communiquée.)",
}

# Les sortes de défauts plantés, dans l'ordre du corrigé.
TYPES_DEFAUTS = [
    "thème minoritaire omis", "thème omis", "affirmation inventée", "chiffre faux", "chiffre non étayé",
    "majorité tirée d'une campagne", "citation inventée", "citation altérée", "sur-généralisation",
    "position inversée", "canal ignoré", "milieu ignoré",
]
DEFAUTS_D_OMISSION = ("thème minoritaire omis", "thème omis", "canal ignoré", "milieu ignoré")

# Ce que chaque variante plante : probabilité de chaque défaut (les omissions de thèmes à part).
PLAN = {
    "courte": {"minoritaires_omis": (2, 2), "autres_omis": (1, 2), "affirmation inventée": 1.0,
               "chiffre faux": 1.0, "chiffre non étayé": 0.5, "majorité tirée d'une campagne": 1.0,
               "citation inventée": 0.5, "citation altérée": 1.0, "sur-généralisation": 1.0,
               "position inversée": 0.5, "canal ignoré": 1.0, "milieu ignoré": 0.7},
    "detaillee": {"minoritaires_omis": (0, 1), "autres_omis": (0, 0), "affirmation inventée": 0.3,
                  "chiffre faux": 1.0, "chiffre non étayé": 0.0, "majorité tirée d'une campagne": 0.0,
                  "citation inventée": 0.3, "citation altérée": 1.0, "sur-généralisation": 0.3,
                  "position inversée": 0.6, "canal ignoré": 0.0, "milieu ignoré": 0.3},
    "prestataire": {"minoritaires_omis": (1, 2), "autres_omis": (0, 1), "affirmation inventée": 1.0,
                    "chiffre faux": 0.7, "chiffre non étayé": 1.0, "majorité tirée d'une campagne": 1.0,
                    "citation inventée": 1.0, "citation altérée": 0.5, "sur-généralisation": 0.5,
                    "position inversée": 1.0, "canal ignoré": 0.6, "milieu ignoré": 0.5},
}

# Des propositions qu'aucune contribution ne fait (le générateur le vérifie sur les données :
# une proposition dont un mot-clé apparaît dans la consultation n'est pas employée).
INVENTIONS = [
    ("un téléphérique urbain reliant les collines au port de plaisance", ["telepherique", "plaisance"]),
    ("des navettes fluviales électriques sur le canal, avec embarcadères chauffés", ["fluviales", "embarcaderes"]),
    ("un monorail suspendu au-dessus de la rocade, financé par un emprunt obligataire", ["monorail", "obligataire"]),
    ("une application de covoiturage gérée par les notaires du département", ["notaires", "covoiturage"]),
    ("la gratuité des taxis pour les lauréats du concours de poésie municipal", ["laureats", "poesie"]),
    ("des trottinettes à hydrogène prêtées par les pharmacies", ["hydrogene", "pharmacies"]),
    ("un funiculaire souterrain entre l'hippodrome et la cathédrale", ["funiculaire", "hippodrome"]),
    ("des drones de livraison pilotés depuis la médiathèque", ["drones", "mediatheque"]),
    ("un jumelage des lignes de bus avec la capitale de la Bavière", ["jumelage", "baviere"]),
    ("des parkings à étages réservés aux camping-cars des saisonniers", ["saisonniers", "camping"]),
]
FORMULES_INVENTION = [
    "Plusieurs participant·es proposent {x}.",
    "Une idée revient souvent : {x}.",
    "Beaucoup de contributions plaident pour {x}.",
]

# Des citations que personne n'a écrites (le générateur vérifie qu'aucune contribution n'en
# est proche).
CITATIONS_INVENTEES = [
    "Le tram, c'est la meilleure chose qui soit arrivée à notre ville depuis cinquante ans.",
    "Je voterai contre tous les élus qui soutiennent ce plan, et mes voisins aussi.",
    "Nous voulons un métro automatique avant les jeux de 2036, pas des promesses.",
    "La métropole a déjà tout décidé, cette consultation est une opération de communication.",
    "Mon fils de douze ans va au collège en trottinette et je tremble chaque matin.",
    "Supprimez les radars et laissez les automobilistes tranquilles une bonne fois pour toutes.",
    "Il faudrait un référendum local sur chaque ligne de tram avant de couper un seul arbre.",
    "Les commerçants du marché couvert perdront la moitié de leur clientèle avec ce projet.",
]
SUBSTITUTS = ["totalement", "inacceptable", "indispensable", "scandaleux", "prioritaire", "immédiatement",
              "catastrophique", "excellent"]

# Une reformulation légère, comme en font les assistants : des mots remplacés par un synonyme,
# d'autres retirés. L'idée reste celle de la contribution ; les mots, eux, changent un peu.
SYNONYMES = {
    "voiture": "automobile", "voitures": "automobiles", "vélo": "bicyclette", "vélos": "bicyclettes",
    "rue": "voie", "quartier": "secteur", "quartiers": "secteurs", "enfants": "jeunes", "travaux": "chantiers",
    "horaires": "heures de passage", "problème": "difficulté", "trop": "excessivement", "beaucoup": "énormément",
    "dangereux": "périlleux", "dangereuse": "périlleuse", "prix": "tarif", "gens": "habitants",
    "aider": "soutenir", "faut": "faudrait", "vraiment": "réellement", "bus": "autobus", "arrêt": "station",
    "soir": "en soirée", "matin": "en matinée", "centre": "cœur de ville", "place": "emplacement",
    "places": "emplacements", "cher": "coûteux", "chère": "coûteuse",
}
MOTS_A_RETIRER = {"vraiment", "très", "bien", "aussi", "encore", "déjà", "toujours", "franchement", "quand même"}

VERBES_CONTENU = ["font valoir", "soulignent", "rappellent", "estiment", "relèvent"]
VERBES_SINGULIER = {"font valoir": "fait valoir", "soulignent": "souligne", "rappellent": "rappelle",
                    "estiment": "estime", "relèvent": "relève"}
PORTEURS_POUR_RESSORTIR = 5  # « Il en ressort que… » : une idée portée par au moins 5 contributions
ECART_POSITION = 0.08  # écart minimal (en parts de voix) entre « pour » et « contre » pour en parler
TOUS_DEFAVORABLES = "les participant·es sont unanimes : tous et toutes s'y opposent"
TOUS_FAVORABLES = "les participant·es sont unanimes : tous et toutes y sont favorables"


@dataclass
class Materiau:
    """Ce que le générateur et l'audit lisent d'une consultation (préparé une fois)."""

    verite: Verite
    phrases: pd.DataFrame
    vocabulaire: frozenset
    textes_normalises: list


_CACHE: dict = {}
_A_RETOURNER = r"\b(?:" + "|".join(sorted(CONTRAIRES, key=len, reverse=True)) + r")\b"


def preparer(table: pd.DataFrame) -> Materiau:
    """Prépare une consultation pour le générateur et l'audit (vérité, phrases, vocabulaire).
    Le résultat est gardé en mémoire pour la même table (même objet)."""
    if isinstance(table, Materiau):
        return table
    cle = (id(table), len(table))
    if cle in _CACHE and _CACHE[cle][0] is table:
        return _CACHE[cle][1]
    verite = verite_consultation(table)
    textes = [normaliser(t) for t in verite.table["texte"].fillna("").astype(str)]
    vocabulaire = frozenset(m for t in textes for m in t.split())
    materiau = Materiau(verite, phrases_de_la_consultation(verite.table), vocabulaire, textes)
    _CACHE.clear()
    _CACHE[cle] = (table, materiau)
    return materiau


@dataclass
class SyntheseGeneree:
    """Une synthèse générée et son corrigé.

    ``texte`` : la synthèse, telle qu'un·e élu·e la recevrait. ``affirmations`` : une ligne
    par phrase (numéro, texte, défaut planté ou vide, détail). ``defauts`` : le corrigé, une
    ligne par défaut planté (type, affirmation visée ou vide pour une omission, cible, détail)."""

    variante: str
    graine: int
    requete: str
    texte: str
    affirmations: pd.DataFrame
    defauts: pd.DataFrame

    def _repr_markdown_(self) -> str:
        return self.texte


def _nombre(x) -> str:
    return format_nombre(x, 0)


def _pct(part: float) -> str:
    return f"{format_nombre(round(100 * part), 0)}\u202f%"


def _majuscule(texte: str) -> str:
    return texte[:1].upper() + texte[1:]


def _que(phrase: str) -> str:
    return que(phrase)


def chiffres_vrais(verite: Verite, sujet: tuple[str, str] | None) -> dict[str, float]:
    """Les nombres vrais qu'une phrase sur ``sujet`` pourrait donner, avec leur nom :
    ``("thème", nom)``, ``("canal", nom)``, ``("campagne", "")``, ``("pétition", "")``,
    ``("accords", "")`` ou ``None`` (la consultation entière). Parts en pourcentage."""
    v = verite
    if sujet is None:
        return {"contributions reçues": v.contributions, "personnes (voix)": v.voix,
                "thèmes": len(v.themes), "canaux": len(v.canaux), "quartiers": len(v.quartiers)}
    sorte, nom = sujet
    if sorte == "thème":
        ligne = v.themes.loc[nom]
        chiffres = {"contributions": ligne["contributions"], "voix": ligne["voix"],
                    "% des contributions": 100 * ligne["part_contributions"], "% des voix": 100 * ligne["part_voix"]}
        for p in ("pour", "contre", "nuancé"):
            chiffres[f"contributions « {p} »"] = ligne[f"contributions_{p}"]
            chiffres[f"voix « {p} »"] = ligne[f"voix_{p}"]
            chiffres[f"% « {p} » en contributions"] = 100 * v.part_contributions(nom, p)
            chiffres[f"% « {p} » en voix"] = 100 * v.part_voix(nom, p)
        return chiffres
    if sorte == "canal":
        n = int(v.canaux.get(nom, 0))
        voix = int(v.table.loc[v.table["canal"].astype(str) == nom, "auteur"].nunique())
        return {"contributions": n, "voix": voix, "% des contributions": 100 * n / v.contributions}
    if sorte == "quartier":
        n = int(v.quartiers.get(nom, 0))
        return {"contributions": n, "% des contributions": 100 * n / v.contributions}
    if sorte in ("campagne", "pétition"):
        g = v.campagne if sorte == "campagne" else v.petition
        return {"contributions": g["contributions"], "comptes ou personnes": g["voix"],
                "% des contributions": 100 * g["contributions"] / v.contributions}
    if sorte == "accords":
        return {"accords courts": v.accords, "% des contributions": 100 * v.accords / v.contributions}
    raise ValueError(f"Sujet inconnu : {sujet!r}")


def _est_vrai(valeur: float, vrais: dict, pourcentage: bool) -> bool:
    for nom, vrai in vrais.items():
        if pourcentage != nom.startswith("%") and "%" not in nom:
            continue
        if pourcentage and "%" in nom and abs(valeur - vrai) <= 1.0:
            return True
        if not pourcentage and "%" not in nom and abs(valeur - vrai) <= max(1.0, 0.01 * vrai):
            return True
    return False


class _Redaction:
    """La synthèse en cours d'écriture : paragraphes de phrases, chacune avec son défaut."""

    def __init__(self):
        self.paragraphes: list[list[dict]] = []

    def titre(self, texte: str) -> None:
        self.paragraphes.append([{"titre": texte}])

    def paragraphe(self) -> None:
        self.paragraphes.append([])

    def phrase(self, texte: str, defaut: str = "", detail: str = "", cible: str = "") -> None:
        if not self.paragraphes:
            self.paragraphe()
        self.paragraphes[-1].append({"texte": texte, "defaut": defaut, "detail": detail, "cible": cible})

    def texte(self) -> str:
        blocs = []
        for bloc in self.paragraphes:
            if bloc and "titre" in bloc[0]:
                blocs.append("## " + bloc[0]["titre"])
            elif bloc:
                blocs.append(" ".join(p["texte"] for p in bloc))
        return "\n\n".join(blocs) + "\n"

    def affirmations(self) -> pd.DataFrame:
        lignes = [p for bloc in self.paragraphes for p in bloc if "texte" in p]
        table = pd.DataFrame(lignes, columns=["texte", "defaut", "detail", "cible"])
        table.insert(0, "numero", np.arange(1, len(table) + 1))
        return table


def _choisir_phrase(rng, phrases: pd.DataFrame, *, theme=None, canaux_exclus=(), zone=None,
                    impersonnelle=False, deja=(), textes=None, contraires=False) -> pd.Series | None:
    masque = phrases["citable"].copy()
    if contraires:  # une phrase qu'on peut retourner (voir ``_alterer``)
        masque &= phrases["phrase"].str.lower().str.contains(_A_RETOURNER)
    if theme is not None:
        masque &= phrases["theme_reference"] == theme
    if canaux_exclus:
        masque &= ~phrases["canal"].isin(canaux_exclus)
    if impersonnelle:
        masque &= ~phrases["premiere_personne"]
    if zone == "bords":
        masque &= (phrases["part_du_rang"] < 0.3) | (phrases["part_du_rang"] > 0.7)
    elif zone == "milieu":
        masque &= phrases["part_du_rang"].between(0.35, 0.65)
    if deja:
        masque &= ~phrases["rang"].isin(list(deja))
    candidates = phrases[masque]
    for i in rng.permutation(len(candidates))[:50]:
        choisie = candidates.iloc[int(i)]
        # unique pour de bon : aucune autre contribution ne contient cette phrase, même collée à une autre
        cherchee = choisie["normalisee"]
        if textes is None or sum(cherchee in t for t in textes) == 1:
            return choisie
    return None


def _reformuler(rng, phrase: str) -> str:
    """Reformule légèrement une phrase : jusqu'à deux synonymes, quelques mots d'appui retirés."""
    mots = phrase.rstrip(" .!?…").split(" ")
    remplacables = [i for i, m in enumerate(mots) if m.lower() in SYNONYMES]
    for i in rng.permutation(remplacables)[: int(rng.integers(0, 3))]:
        mots[int(i)] = SYNONYMES[mots[int(i)].lower()]
    mots = [m for m in mots if not (m.lower() in MOTS_A_RETIRER and rng.random() < 0.7)]
    return " ".join(mots)


def _alterer(rng, phrase: str) -> str | None:
    """Remplace un ou deux mots d'une phrase par leur contraire plausible (« indispensable »
    → « inutile », « toujours » → « rarement ») : l'allure reste, le sens s'inverse.
    ``None`` si la phrase n'a aucun mot à retourner."""
    corps = phrase.rstrip(" .!?…")
    fin = phrase[len(corps):] or "."  # la ponctuation finale de la personne reste la sienne (« penser ?. »)
    mots = corps.split(" ")
    possibles = [i for i, m in enumerate(mots) if m.lower().strip(",;:") in CONTRAIRES
                 and not (i > 0 and mots[i - 1].lower() in ("ne", "n'", "pas"))]
    if not possibles:
        return None
    for i in rng.choice(possibles, size=min(len(possibles), int(rng.integers(1, 3))), replace=False):
        mot = mots[int(i)]
        nu = mot.strip(",;:")
        contraire = CONTRAIRES[nu.lower()]
        if nu[:1].isupper():
            contraire = contraire[:1].upper() + contraire[1:]
        mots[int(i)] = mot.replace(nu, contraire)
    return " ".join(mots) + fin


def _nom(rng, theme: str) -> str:
    """Le nom qu'un assistant donne au thème : un nom court (« la ZFE »), sinon le nom exact
    entre guillemets."""
    courts = NOMS_COURTS.get(theme)
    if not courts:
        return f"« {theme} »"
    return courts[int(rng.integers(len(courts)))]


_PORTEURS: dict = {}
_RECOPIEES: dict = {}


def _idees_recopiees(materiau) -> set[str]:
    """Les idées résumées qui contiennent une phrase de plus de 6 mots d'une contribution : les
    employer serait recopier, pas résumer (gardé en mémoire par consultation)."""
    cle = id(materiau)
    if cle not in _RECOPIEES:
        _RECOPIEES.clear()
        longues = [p for p in set(materiau.phrases["normalisee"]) if p.count(" ") >= 6]
        resumees = {idee: normaliser(idee) for idees in IDEES.values() for _, idee in idees}
        _RECOPIEES[cle] = {idee for idee, resumee in resumees.items() if any(p in resumee for p in longues)}
    return _RECOPIEES[cle]


def _porteurs(materiau, theme: str) -> list[tuple[str, np.ndarray]]:
    """Les idées résumées du thème et, pour chacune, les rangs des contributions du thème qui
    en contiennent tous les mots de la signature (gardé en mémoire par consultation)."""
    cle = (id(materiau), theme)
    if cle not in _PORTEURS:
        if len(_PORTEURS) > 64:
            _PORTEURS.clear()
        v = materiau.verite
        rangs = np.flatnonzero((v.table["theme_reference"].astype(str) == theme).to_numpy())
        ensembles = [set(materiau.textes_normalises[r].split()) for r in rangs]
        recopiees = _idees_recopiees(materiau)
        idees = []
        for signature, idee in IDEES.get(theme, []):
            if idee in recopiees:
                continue  # une contribution dit l'idée mot pour mot : la résumer ainsi serait recopier
            mots = set(signature.split())
            porteurs = np.array([r for r, e in zip(rangs, ensembles) if mots <= e], dtype=int)
            if len(porteurs):
                idees.append((idee, porteurs))
        _PORTEURS[cle] = idees
    return _PORTEURS[cle]


def _choisir_idee(rng, materiau, theme: str, *, canaux_exclus=(), zone=None, deja=()):
    """Une idée résumée portée par au moins une contribution du thème (en respectant les
    canaux exclus et la zone de l'entrée) : (idée, rang d'une contribution qui la porte, nombre
    de contributions du thème qui la portent)."""
    v = materiau.verite
    canaux = v.table["canal"].astype(str).to_numpy()
    n = max(v.contributions - 1, 1)
    idees = _porteurs(materiau, theme)
    for i in rng.permutation(len(idees)):
        idee, porteurs = idees[int(i)]
        if idee in deja:
            continue
        gardes = [int(r) for r in porteurs if canaux[r] not in canaux_exclus
                  and (zone != "bords" or not 0.3 <= r / n <= 0.7)]
        if gardes:
            return idee, gardes[int(rng.integers(len(gardes)))], len(porteurs)
    return None


def _sans_proche(candidats: list[str], textes: list[str], seuil: float = 70) -> list[str]:
    gardes = []
    for c in candidats:
        meilleur = process.extractOne(normaliser(c), textes, scorer=fuzz.partial_ratio)
        if meilleur is None or meilleur[1] < seuil:
            gardes.append(c)
    return gardes


_INVENTEES: dict = {}


def _inventees(materiau: Materiau) -> list[str]:
    cle = id(materiau)
    if cle not in _INVENTEES:
        _INVENTEES.clear()
        _INVENTEES[cle] = _sans_proche(CITATIONS_INVENTEES, materiau.textes_normalises)
    return _INVENTEES[cle]


def generer_synthese(consultation, variante: str = "courte", graine: int = 0) -> SyntheseGeneree:
    """Écrit une synthèse « à la manière d'une IA » de la consultation, avec ses défauts.

    ``consultation`` : la table des contributions (``charger_consultation()``) ou ce que
    ``preparer`` en a tiré. ``variante`` : « courte » (requête courte), « detaillee » (une
    requête qui exige couverture, voix et citations), « prestataire » (l'outil d'un
    prestataire). ``graine`` : même graine, même synthèse.

    Renvoie une ``SyntheseGeneree`` : le texte, ses affirmations et le corrigé des défauts."""
    if variante not in VARIANTES:
        raise ValueError(f"Variante inconnue : « {variante} ». Choisissez parmi : "
                         + ", ".join(f"« {v} »" for v in VARIANTES) + ".")
    if not isinstance(graine, (int, np.integer)) or isinstance(graine, bool):
        raise TypeError(f"La graine doit être un nombre entier (reçu : {graine!r}).")
    materiau = preparer(consultation)
    v, phrases = materiau.verite, materiau.phrases
    rng = np.random.default_rng([int(graine), list(VARIANTES).index(variante)])
    plan = PLAN[variante]
    detaillee = variante == "detaillee"

    def tire(nom):
        return rng.random() < plan[nom]

    # --- ce qui sera omis ----------------------------------------------------------------
    minoritaires = list(v.minoritaires)
    rng.shuffle(minoritaires)
    nb_min = int(rng.integers(plan["minoritaires_omis"][0], plan["minoritaires_omis"][1] + 1))
    omis_min = minoritaires[:nb_min]
    campagne_theme = v.campagne["theme"]
    autres = [t for t in v.themes.index if t not in v.minoritaires and t != campagne_theme]
    nb_autres = int(rng.integers(plan["autres_omis"][0], plan["autres_omis"][1] + 1))
    omis_autres = [str(t) for t in rng.choice(autres, size=min(nb_autres, len(autres)), replace=False)] if nb_autres else []
    omis = set(omis_min) | set(omis_autres)
    couverts = [t for t in v.themes.index if t not in omis]
    canal_papier = next((c for c in v.canaux.index if "papier" in c), v.canaux.index[-1])
    canal_ignore = tire("canal ignoré")
    milieu_ignore = tire("milieu ignoré")
    exclus = (canal_papier,) if canal_ignore else ()
    zone = "bords" if milieu_ignore else None

    # --- où vont les défauts -------------------------------------------------------------
    def ecart(t):
        return v.part_voix(t, "pour") - v.part_voix(t, "contre")

    tranches = [t for t in couverts if abs(ecart(t)) >= ECART_POSITION and t != campagne_theme]
    rng.shuffle(tranches)
    inverse = tranches.pop() if tire("position inversée") and tranches else None
    generalise = tranches.pop() if tire("sur-généralisation") and tranches else None
    # La « majorité » d'une campagne : seulement si elle en est vraiment une en contributions
    # et n'en est plus une en personnes quand on ôte les comptes de la campagne (sinon ce ne
    # serait pas un défaut). Compter chaque compte de la campagne comme une personne ne
    # suffit pas : quelques dizaines de comptes automatisés peuvent faire passer la moitié.
    pos_camp = v.campagne["position"]
    majorite_campagne = (tire("majorité tirée d'une campagne") and campagne_theme in couverts
                         and v.part_contributions(campagne_theme, pos_camp) > 0.5
                         and v.part_voix_hors_campagne(campagne_theme, pos_camp) <= 0.5)
    figure_fausse = str(rng.choice([t for t in couverts if t not in (inverse, generalise)])) if tire("chiffre faux") else None

    r = _Redaction()
    r.titre("Synthèse de la consultation sur le Plan de mobilité" if variante != "prestataire"
            else "SynthèsePro — Rapport d'analyse des contributions")
    r.paragraphe()
    intro = rng.integers(3)
    if intro == 0:
        r.phrase(f"La consultation a recueilli {_nombre(v.contributions)} contributions, déposées par "
                 f"{_nombre(v.voix)} personnes.")
    elif intro == 1:
        r.phrase(f"Au total, {_nombre(v.voix)} personnes ont déposé {_nombre(v.contributions)} contributions.")
    else:
        r.phrase(f"{_nombre(v.contributions)} contributions ont été reçues, écrites par {_nombre(v.voix)} personnes.")
    canaux = [c for c in v.canaux.index if not (canal_ignore and c == canal_papier)]
    morceaux = [f"{c} ({_nombre(v.canaux[c])})" for c in canaux]
    liste = ", ".join(morceaux[:-1]) + " et " + morceaux[-1] if len(morceaux) > 1 else morceaux[0]
    r.phrase(f"Elles sont arrivées par ces canaux : {liste}.",
             defaut="" if not canal_ignore else "", cible="")
    if detaillee:
        r.phrase(f"Ont été comptées à part : la campagne coordonnée « {v.campagne['nom']} » "
                 f"({_nombre(v.campagne['contributions'])} contributions venues de {_nombre(v.campagne['voix'])} "
                 f"comptes), la pétition « {v.petition['nom']} » ({_nombre(v.petition['contributions'])} "
                 f"contributions) et {_nombre(v.accords)} accords courts.")
    if variante == "prestataire" and tire("chiffre non étayé"):
        x = int(rng.integers(62, 89))
        r.phrase(f"Notre indice de satisfaction citoyenne s'établit à {x} % sur l'ensemble de la métropole.",
                 defaut="chiffre non étayé", detail="aucune donnée de la consultation ne mesure une satisfaction")

    cites: list[int] = []
    a_citer_milieu = not milieu_ignore
    inventions = [i for i in INVENTIONS if not any(m in materiau.vocabulaire for m in i[1])]
    rng.shuffle(inventions)
    inventee_placee = not tire("affirmation inventée")
    alteree_a_placer = tire("citation altérée")
    citation_inventee_a_placer = tire("citation inventée")
    non_etaye_theme = variante == "courte" and tire("chiffre non étayé")

    idees_prises: list[str] = []
    for k, t in enumerate(couverts):
        ligne = v.themes.loc[t]
        r.paragraphe()
        nom = _nom(rng, t)
        # 1. le poids du thème (chiffre)
        forme = int(rng.integers(3))
        if t == figure_fausse:
            vrai = 100 * ligne["part_contributions"]
            if rng.random() < 0.5:  # un chiffre faux proche du vrai (2 à 4 points d'écart)
                faux = round(vrai + rng.choice([-1, 1]) * rng.uniform(2.5, 4.4))
                if faux < 1:
                    faux = round(vrai + rng.uniform(2.5, 4.4))
            else:  # un chiffre faux éloigné
                faux = round(max(vrai * rng.uniform(1.7, 2.6), vrai + rng.uniform(6, 12)))
            while _est_vrai(faux, chiffres_vrais(v, ("thème", t)), True):
                faux += 2
            r.phrase(f"{_majuscule(nom)} : {faux} % des contributions.", defaut="chiffre faux", cible=t,
                     detail=f"vrai : {format_nombre(vrai, 1)} % des contributions")
        elif forme == 0:
            r.phrase(f"{_majuscule(nom)} : {_nombre(ligne['contributions'])} contributions, écrites par "
                     f"{_nombre(ligne['voix'])} personnes.")
        elif forme == 1:
            r.phrase(f"{_majuscule(nom)} : {_pct(ligne['part_contributions'])} des contributions.")
        else:
            r.phrase(f"{_pct(ligne['part_contributions'])} des contributions portent sur {nom}.")
        # 2. la position
        if t == campagne_theme and majorite_campagne:
            part = v.part_contributions(t, pos_camp)
            sens = "s'opposent au projet" if pos_camp == "contre" else "soutiennent le projet"
            r.phrase(f"Une nette majorité des contributions sur {nom} ({_pct(part)}) {sens}.",
                     defaut="majorité tirée d'une campagne", cible=t,
                     detail=(f"en voix : {_pct(v.part_voix(t, pos_camp))}, et "
                             f"{_pct(v.part_voix_hors_campagne(t, pos_camp))} sans les comptes de la campagne ; la campagne "
                             f"« {v.campagne['nom']} » pèse {_nombre(v.campagne['contributions'])} contributions "
                             f"pour {_nombre(v.campagne['voix'])} comptes"))
        elif t == campagne_theme and detaillee:
            p, c = v.part_voix(t, "pour"), v.part_voix(t, "contre")
            r.phrase(f"En comptant les personnes et non les copies, {_pct(c)} des voix sur {nom} y sont "
                     f"opposées et {_pct(p)} favorables.")
        elif t == inverse:
            faux_sens = "défavorables" if ecart(t) > 0 else "favorables"
            autre = "favorables" if faux_sens == "défavorables" else "opposés"
            r.phrase(f"Sur {nom}, les avis {faux_sens} l'emportent sur les avis {autre}.",
                     defaut="position inversée", cible=t,
                     detail=f"en voix : pour {_pct(v.part_voix(t, 'pour'))}, contre {_pct(v.part_voix(t, 'contre'))}")
        elif t == generalise:
            r.phrase(f"Sur {nom}, " + (TOUS_FAVORABLES if ecart(t) > 0 else TOUS_DEFAVORABLES) + ".",
                     defaut="sur-généralisation", cible=t,
                     detail=f"en voix : pour {_pct(v.part_voix(t, 'pour'))}, contre {_pct(v.part_voix(t, 'contre'))}")
        elif abs(ecart(t)) >= ECART_POSITION and rng.random() < 0.6:
            sens, autre = ("favorables", "opposés") if ecart(t) > 0 else ("défavorables", "favorables")
            r.phrase(f"Sur {nom}, les avis {sens} l'emportent sur les avis {autre}.")
        # 3. une idée tirée des contributions, résumée avec les mots de l'assistant
        if rng.random() < 0.85:
            choix = _choisir_idee(rng, materiau, t, canaux_exclus=exclus, zone=zone, deja=idees_prises)
            if choix is not None:
                idee, rang, nb_porteurs = choix
                verbe = VERBES_CONTENU[int(rng.integers(len(VERBES_CONTENU)))]
                ident = f" ({v.table.at[rang, 'identifiant']})" if detaillee else ""
                cadre = int(rng.integers(3))
                # Le cadre ne dit pas plus que les données : une idée portée par une seule
                # contribution n'est pas celle « des participant·es », ni ce qui « ressort ».
                if nb_porteurs == 1:
                    r.phrase(f"Une contribution {VERBES_SINGULIER[verbe]} {_que(idee)}{ident}.")
                elif cadre == 0:
                    r.phrase(f"Des participant·es {verbe} {_que(idee)}{ident}.")
                elif cadre == 1 or nb_porteurs < PORTEURS_POUR_RESSORTIR:
                    r.phrase(f"Plusieurs contributions {verbe} {_que(idee)}{ident}.")
                else:
                    r.phrase(f"Il en ressort {_que(idee)}{ident}.")
                idees_prises.append(idee)
                cites.append(rang)
        # 4. une citation, mot pour mot
        if rng.random() < 0.55 or a_citer_milieu or (alteree_a_placer and k >= 2) or (milieu_ignore and k < 3):
            source = _choisir_phrase(rng, phrases, theme=t, canaux_exclus=exclus,
                                     zone="milieu" if a_citer_milieu else zone, deja=cites,
                                     textes=materiau.textes_normalises,
                                     contraires=alteree_a_placer and k >= 2)
            if source is not None:
                ident = f" ({source['identifiant']})" if detaillee else ""
                alteree = _alterer(rng, source["phrase"]) if alteree_a_placer and k >= 2 else None
                if alteree is not None and not _sans_proche([alteree], materiau.textes_normalises, seuil=97):
                    alteree = None  # l'altération redonne une phrase que quelqu'un a écrite : on n'en fait rien
                if alteree is not None:
                    r.phrase(f"Une personne écrit{ident} : « {alteree} »",
                             defaut="citation altérée", cible=source["identifiant"],
                             detail=f"texte réel : « {source['phrase']} »")
                    alteree_a_placer = False
                else:
                    r.phrase(f"Une personne écrit{ident} : « {source['phrase'].rstrip()} »")
                    a_citer_milieu = False
                cites.append(int(source["rang"]))
        if not inventee_placee and inventions and k >= 1 and rng.random() < 0.5:
            texte, mots = inventions.pop()
            r.phrase(FORMULES_INVENTION[int(rng.integers(len(FORMULES_INVENTION)))].format(x=texte),
                     defaut="affirmation inventée", detail="aucune contribution ne le propose")
            inventee_placee = True
    r.paragraphe()
    if not inventee_placee and inventions:
        texte, _ = inventions.pop()
        r.phrase(FORMULES_INVENTION[0].format(x=texte), defaut="affirmation inventée",
                 detail="aucune contribution ne le propose")
    if citation_inventee_a_placer:
        candidates = _inventees(materiau)
        if candidates:
            c = candidates[int(rng.integers(len(candidates)))]
            r.phrase(f"Comme le résume une habitante : « {c} »", defaut="citation inventée",
                     detail="aucune contribution ne contient cette phrase")
    if non_etaye_theme:
        x = int(rng.integers(55, 80))
        r.phrase(f"Au fond, {x} % des habitant·es de la métropole attendent avant tout un changement rapide.",
                 defaut="chiffre non étayé", detail="la consultation ne dit rien de l'ensemble des habitant·es")

    affirmations = r.affirmations()
    defauts = [{"type": d, "affirmation": int(a.numero), "texte": a.texte, "cible": a.cible, "detail": a.detail}
               for a in affirmations.itertuples() for d in [a.defaut] if d]
    for t in omis_min:
        defauts.append({"type": "thème minoritaire omis", "affirmation": 0, "texte": "", "cible": t,
                        "detail": f"{_nombre(v.themes.loc[t, 'voix'])} voix"})
    for t in omis_autres:
        defauts.append({"type": "thème omis", "affirmation": 0, "texte": "", "cible": t,
                        "detail": f"{_nombre(v.themes.loc[t, 'voix'])} voix"})
    if canal_ignore:
        defauts.append({"type": "canal ignoré", "affirmation": 0, "texte": "", "cible": canal_papier,
                        "detail": f"{_nombre(v.canaux[canal_papier])} contributions jamais lues"})
    if milieu_ignore:
        defauts.append({"type": "milieu ignoré", "affirmation": 0, "texte": "", "cible": "milieu",
                        "detail": "aucune citation ni idée tirée des contributions du milieu de l'entrée"})
    defauts = pd.DataFrame(defauts, columns=["type", "affirmation", "texte", "cible", "detail"])
    return SyntheseGeneree(variante=variante, graine=int(graine), requete=REQUETES[variante], texte=r.texte(),
                           affirmations=affirmations, defauts=defauts)


def _est_chiffre_juste(verite: Verite, sujet, valeur: float, pourcentage: bool) -> bool:
    return _est_vrai(valeur, chiffres_vrais(verite, sujet), pourcentage)
