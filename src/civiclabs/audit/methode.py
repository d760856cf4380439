"""La méthode d'audit du cours : chaque affirmation, chaque chiffre, chaque citation d'une
synthèse confrontés à ce que les habitant·es ont écrit, sans modèle de langue.

1. ``decouper_affirmations`` : une affirmation par phrase (les guillemets « » protègent les
   phrases citées) ;
2. ``IndexPreuves`` : pour chaque affirmation, les contributions qui pourraient l'étayer
   (BM25, paquet ``bm25s``), et un score d'étayage (part des mots de l'affirmation, pondérés
   par leur rareté, que la meilleure contribution contient) ;
3. ``verifier_chiffres`` : chaque nombre recalculé sur les données, en contributions et en voix ;
4. ``retrouver_citation`` : chaque citation cherchée mot pour mot ou presque (``rapidfuzz``) ;
5. ``positions`` : « majorité », « l'emportent », « unanimes » comparés aux voix par position ;
6. ``couverture`` : thèmes (et thèmes minoritaires), canaux, milieu de l'entrée, quartiers ;
7. ``auditer`` : la grille, une ligne par affirmation, plus les omissions.

Ce que l'appariement lexical ne voit pas : une négation, une position inversée, une ironie.
Une affirmation « étayée » veut dire « des contributions emploient ces mots », pas « elles
disent cela » : une personne lit les preuves côte à côte avant de conclure.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from ..texte import format_nombre, mots_vides
from .generateur import DEFAUTS_D_OMISSION, Materiau, chiffres_vrais, preparer
from .verite import normaliser

SEUIL_ETAYAGE = 0.6  # part pondérée des mots de l'affirmation présents dans la meilleure preuve
SEUIL_CITATION = 97  # score rapidfuzz (partial_ratio, textes normalisés) d'une citation retrouvée
SEUIL_ALTEREE = 75  # au-dessus : une contribution ressemble à la citation (citation altérée)
NB_PREUVES = 50
VERDICTS = ["étayée", "non étayée", "contredite", "trompe sur les personnes", "chiffre faux", "chiffre invérifiable",
            "citation introuvable", "rien à vérifier"]
ALERTES = ["non étayée", "contredite", "trompe sur les personnes", "chiffre faux", "chiffre invérifiable",
           "citation introuvable"]
# Ce que veut dire chaque verdict, pour la légende de la grille (un·e élu·e la lit).
LEGENDE = {
    "étayée": "des contributions emploient ces mots, ou le calcul le confirme ; « étayée » ne veut pas dire "
              "« vrai » : les preuves se lisent",
    "non étayée": "les mots de l'affirmation se retrouvent trop peu dans les contributions : inventée, ou "
                  "reformulée au point d'échapper à la méthode ; une personne lit les preuves",
    "contredite": "le recalcul sur les données dit le contraire (une position, « tous » ou « unanimes »)",
    "trompe sur les personnes": "vrai en nombre de contributions, faux en nombre de personnes une fois ôtés "
                                "les comptes de la campagne (des copies comptées comme une foule)",
    "chiffre faux": "aucun calcul sur les données ne donne ce nombre",
    "chiffre invérifiable": "ce nombre porte sur quelque chose que la consultation ne mesure pas (ou sur un "
                            "sujet que la méthode ne reconnaît pas) : à vérifier à la main",
    "citation introuvable": "personne n'a écrit cette phrase : altérée ou inventée",
    "rien à vérifier": "une phrase sans idée, chiffre ni citation à confronter aux contributions",
}
MILIEU = (0.3, 0.7)
# Les mots du genre « synthèse » : ils ne disent rien de ce que les gens ont écrit.
MOTS_DU_GENRE = (
    "contribution contributions participant participants participante participantes personne personnes "
    "habitant habitants habitante habitantes theme themes consultation synthese avis plusieurs souvent "
    "beaucoup idee idees revient propose proposent plaident plaide font fait valoir soulignent souligne "
    "rappellent rappelle estiment estime relevent releve ecrit resume majorite nette large emportent favorables "
    "favorable opposes opposees defavorables "
    "unanimes tous toutes ensemble metropole projet comme cette notre enfin aussi egalement nombreuses "
    "nombreux certains certaines certain ressort ressortent apparait apparaissent notent note jugent juge "
    "insistent insiste signalent signale evoquent evoque mentionnent mentionne expriment exprime "
    "depose deposee deposees deposes recueilli recues recu ecrites ecrits arrivees total citoyen citoyens "
    "citoyenne citoyennes"
).split()
# Les formes des auxiliaires de modalité (devoir, pouvoir, falloir) que la liste de spaCy oublie
# (elle a « doit », « peut », « pourrait », pas « devrait » ni « faudrait ») : une synthèse écrit
# « devrait être publié » là où l'habitant·e écrit « il faut publier » ou « gagnerait à être
# publié » ; elles disent comment l'idée est tournée, pas ce qu'elle dit.
MODAUX = "devrait devraient devrais devront devoir faudrait faut falloir pourraient pourrions pouvoir".split()
QUANTIFICATEURS = re.compile(r"\b(?:unanimes?|unanimement|tous et toutes|tout le monde|sans exception|l ensemble des"
                             r"|aucun|aucune|personne ne)\b")
MAJORITE = re.compile(r"\b(?:majorite|majoritairement|la plupart)\b")
PLURALITE = re.compile(r"\b(?:l emportent|emportent|plus souvent)\b")
FAVORABLE = re.compile(r"\b(?:favorables?|soutien\w*|soutiennent|approuv\w*|plebiscit\w*)\b")
OPPOSE = re.compile(r"\b(?:s opposent|opposent|opposes?|opposees?|defavorables?|hostiles?|rejett\w*)\b")
NOMBRE = re.compile(r"(?<![\w-])(\d{1,3}(?:[ \u202f\u00a0]\d{3})+|\d+)(?:,(\d+))?(\s*(?:%|pour ?cent))?")
IDENTIFIANT = re.compile(r"\b[A-Z]{2,5}-\d{3,}\b")


def _entre_guillemets(texte: str) -> list[tuple[int, int, str]]:
    """Les passages entre guillemets « » de premier niveau : (début, fin, contenu). Une
    contribution qui en cite une autre (« Je rejoins celle qui dit « … » ») garde ses
    guillemets intérieurs dans la citation ; un « jamais refermé n'ouvre rien."""
    passages, profondeur, debut = [], 0, 0
    for i, c in enumerate(texte):
        if c == "«":
            if profondeur == 0:
                debut = i
            profondeur += 1
        elif c == "»" and profondeur:
            profondeur -= 1
            if profondeur == 0:
                passages.append((debut, i + 1, texte[debut + 1 : i].strip()))
    return passages


def _racine(mot: str) -> str:
    """Une racine grossière : le pluriel retiré (« vélos » → « vélo »), puis les six
    premières lettres (« cyclables » → « cyclab »)."""
    if len(mot) > 3 and mot[-1] in "sx" and mot[-2] not in "su":
        mot = mot[:-1]
    return mot[:6]


def _mots(texte_normalise: str, vides: frozenset) -> list[str]:
    return [_racine(m) for m in texte_normalise.split() if len(m) >= 3 and m not in vides and not m.isdigit()]


_VIDES: list = []


def _mots_vides() -> frozenset:
    if not _VIDES:
        _VIDES.append(frozenset(normaliser(m) for m in mots_vides()) | frozenset(MOTS_DU_GENRE) | frozenset(MODAUX))
    return _VIDES[0]


# --- 1. les affirmations ---------------------------------------------------------------------


_PUCE = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


def decouper_affirmations(texte: str) -> pd.DataFrame:
    """Découpe une synthèse en affirmations : une par phrase, les titres (lignes qui
    commencent par « # ») mis de côté. Chaque élément d'une liste à puces (« - », « * », « • »,
    « 1. ») est une affirmation à part, même sans point final. Un point à l'intérieur de
    guillemets « » ne coupe pas la phrase (une citation reste avec ce qui l'annonce).
    Colonnes : numero, texte."""
    if not isinstance(texte, str):
        raise TypeError(f"La synthèse doit être un texte (str) ; reçu : {type(texte).__name__}.")
    phrases = []
    for bloc in re.split(r"\n\s*\n", texte):
        # Un bloc se coupe en éléments : une ligne à puce en commence un ; une ligne sans puce
        # continue l'élément en cours (une phrase coupée par un retour à la ligne).
        elements: list[list[str]] = [[]]
        for ligne in bloc.splitlines():
            if ligne.strip().startswith("#"):
                continue
            if _PUCE.match(ligne) and elements[-1]:
                elements.append([])
            elements[-1].append(_PUCE.sub("", ligne).strip())
        for element in elements:
            phrases += _phrases(" ".join(m for m in element if m))
    return pd.DataFrame({"numero": np.arange(1, len(phrases) + 1), "texte": phrases})


def _phrases(bloc: str) -> list[str]:
    """Les phrases d'un paragraphe (voir ``decouper_affirmations``)."""
    phrases = []
    profondeur, debut = 0, 0
    for i, c in enumerate(bloc):
        if c == "«":
            profondeur += 1
        elif c == "»":
            profondeur = max(0, profondeur - 1)
            # « … fin de phrase. » suivi d'une autre phrase : la citation termine l'affirmation
            avant = bloc[debut:i].rstrip()
            if profondeur == 0 and avant[-1:] in ".!?…" and (i + 1 == len(bloc) or (
                    bloc[i + 1].isspace() and bloc[i + 1 :].lstrip()[:1].isupper())):
                phrase = bloc[debut : i + 1].strip()
                if phrase:
                    phrases.append(phrase)
                debut = i + 1
        elif c in ".!?…" and profondeur == 0 and (i + 1 == len(bloc) or bloc[i + 1].isspace()):
            phrase = bloc[debut : i + 1].strip()
            if phrase:
                phrases.append(phrase)
            debut = i + 1
    reste = bloc[debut:].strip()
    if reste:
        phrases.append(reste)
    return phrases


# --- 2. les preuves --------------------------------------------------------------------------


class IndexPreuves:
    """Les contributions, indexées par BM25 (``bm25s``) pour retrouver celles qui pourraient
    étayer une affirmation."""

    def __init__(self, materiau: Materiau):
        import bm25s

        self.materiau = materiau
        vides = _mots_vides()
        self.jetons = [_mots(t, vides) for t in materiau.textes_normalises]
        n = len(self.jetons)
        frequences: dict[str, int] = {}
        for jetons in self.jetons:
            for m in set(jetons):
                frequences[m] = frequences.get(m, 0) + 1
        self.idf = {m: math.log(1 + n / f) for m, f in frequences.items()}
        self.idf_absent = math.log(1 + n)
        self.ensembles = [set(j) for j in self.jetons]
        self.bm25 = bm25s.BM25()
        self.bm25.index([j if j else ["∅"] for j in self.jetons], show_progress=False)

    def chercher(self, texte: str, k: int = NB_PREUVES) -> tuple[list[int], list[float]]:
        """Les rangs des ``k`` contributions les plus proches (BM25) et leurs scores."""
        jetons = [m for m in _mots(normaliser(texte), _mots_vides()) if m in self.idf]
        if not jetons:
            return [], []
        rangs, scores = self.bm25.retrieve([jetons], k=min(k, len(self.jetons)), show_progress=False)
        gardes = [(int(r), float(s)) for r, s in zip(rangs[0], scores[0]) if s > 0]
        return [r for r, _ in gardes], [s for _, s in gardes]

    def etayage(self, texte: str, k: int = NB_PREUVES) -> tuple[float, list[int]]:
        """Le score d'étayage d'une affirmation (0 à 1) et les rangs des preuves, la meilleure
        d'abord : la part des mots de l'affirmation, pondérés par leur rareté (un mot absent
        de toute contribution pèse le plus), que contient la contribution qui en contient le plus."""
        mots = set(_mots(normaliser(texte), _mots_vides()))
        if not mots:
            return float("nan"), []
        poids = {m: self.idf.get(m, self.idf_absent) for m in mots}
        total = sum(poids.values())
        rangs, _ = self.chercher(texte, k)
        if not rangs:
            return 0.0, []
        couvertures = [sum(p for m, p in poids.items() if m in self.ensembles[r]) / total for r in rangs]
        # les preuves à lire : les mieux couvertes d'abord (au dixième près), puis dans l'ordre de
        # BM25 (qui préfère les textes courts et les mots rares) ; un long texte qui contient
        # beaucoup de mots par hasard ne passe pas devant celui qui dit la même chose
        ordre = sorted(range(len(rangs)), key=lambda i: (-round(couvertures[i], 1), i))
        return float(max(couvertures)), [rangs[i] for i in ordre]

    def mots_manquants(self, texte: str, rang: int | None = None) -> list[str]:
        """Les mots de ``texte`` (tels qu'écrits) qui comptent dans le score d'étayage et que la
        contribution ``rang`` ne contient pas (par défaut : la meilleure preuve). Les petits mots
        (« de », « pas », « dire »…) et les mots du genre « synthèse » ne comptent pas."""
        if rang is None:
            _, rangs = self.etayage(texte)
            if not rangs:
                return []
            rang = rangs[0]
        vides, ensemble, manquants = _mots_vides(), self.ensembles[rang], []
        for mot in re.findall(r"\w+", texte):
            racines = _mots(normaliser(mot), vides)
            if racines and any(r not in ensemble for r in racines) and mot not in manquants:
                manquants.append(mot)
        return manquants


# --- 3. sujets, chiffres, positions -----------------------------------------------------------


_DISTINCTIFS: dict = {}


def _mots_distinctifs(materiau: Materiau) -> dict[str, set]:
    """Pour chaque thème, les mots de son nom qu'aucun autre nom de thème n'emploie."""
    if id(materiau) not in _DISTINCTIFS:
        _DISTINCTIFS.clear()
        _DISTINCTIFS[id(materiau)] = _calculer_distinctifs(materiau)
    return _DISTINCTIFS[id(materiau)]


def _calculer_distinctifs(materiau: Materiau) -> dict[str, set]:
    vides = _mots_vides() | {"espaces", "quartiers", "personnes", "commun", "zone", "urbaine", "qualite"}
    noms = {t: {_racine(m) for m in normaliser(t).split() if len(m) >= 4 and m not in vides}
            for t in materiau.verite.themes.index}
    return {t: {m for m in mots if sum(m in autres for autres in noms.values()) == 1} for t, mots in noms.items()}


PART_MOT_CLE = 0.6  # un mot est un mot-clé d'un thème si au moins 60 % de ses emplois sont dans ce thème
_MOTS_CLES: dict = {}


def mots_cles_des_themes(materiau: Materiau) -> dict[str, dict[str, float]]:
    """La table de correspondance des noms : pour chaque thème, ses mots-clés tirés des
    contributions (comme les mots-clés des thèmes du Lab 03), chacun avec la part de ses
    emplois qui tombent dans ce thème. Comptés en voix (une personne compte une fois par
    thème, une campagne ne gonfle rien), un mot-clé est employé par au moins 4 % des personnes
    du thème (et 5 au moins) et au moins 60 % de ses emplois sont dans ce thème :
    « zfe », « tarifs », « pieton » (racines de 6 lettres, sans accents). C'est ce qui permet
    de reconnaître « la ZFE » ou « les piétons » quand une synthèse ne donne pas le nom exact."""
    cle = id(materiau)
    if cle not in _MOTS_CLES:
        _MOTS_CLES.clear()
        v = materiau.verite
        themes = v.table["theme_reference"].astype(str).to_numpy()
        auteurs = v.table["auteur"].astype(str).to_numpy()
        index = index_preuves(materiau)
        # des voix, pas des copies : les mots d'une personne comptent une fois par thème (sans
        # quoi les 330 copies d'une campagne feraient de ses mots les mots-clés du thème)
        par_voix: dict[tuple, set] = {}
        for t, auteur, ensemble in zip(themes, auteurs, index.ensembles):
            par_voix.setdefault((t, auteur), set()).update(ensemble)
        par_theme: dict[str, dict[str, int]] = {}
        total: dict[str, int] = {}
        effectifs: dict[str, int] = {}
        for (t, _), ensemble in par_voix.items():
            effectifs[t] = effectifs.get(t, 0) + 1
            compte = par_theme.setdefault(t, {})
            for m in ensemble:
                compte[m] = compte.get(m, 0) + 1
                total[m] = total.get(m, 0) + 1
        table = {}
        for t in v.themes.index:
            compte = par_theme.get(t, {})
            seuil = max(5, 0.04 * effectifs.get(t, 0))
            table[t] = {m: n / total[m] for m, n in compte.items() if n >= seuil and n / total[m] >= PART_MOT_CLE}
        _MOTS_CLES[cle] = table
    return _MOTS_CLES[cle]


def _du_nom(racines: set, mots_du_nom: set) -> set:
    """Les racines de ``racines`` qui disent un mot du nom d'un thème : la même racine, ou un
    mot dérivé qui commence par une racine du nom d'au moins 5 lettres (« tarification » pour
    « Tarifs », « livraison » pour « Livraisons »)."""
    return {r for r in racines if r in mots_du_nom or any(len(n) >= 5 and r.startswith(n) for n in mots_du_nom)}


def _themes_nommes(norm: str, materiau: Materiau) -> list[str]:
    """Les thèmes qu'une phrase (normalisée) nomme : nom exact, un mot distinctif du nom
    (« cyclables », « ZFE »), sinon le thème dont les mots-clés pèsent le plus (au moins
    l'équivalent d'un mot-clé sûr) ; à égalité, aucun."""
    racines = set(_mots(norm, _mots_vides()))
    exacts = [t for t in materiau.verite.themes.index if f" {normaliser(t)} " in norm]
    if exacts:
        return exacts
    scores = {t: sum(mots.get(m, 0.0) for m in racines) for t, mots in mots_cles_des_themes(materiau).items()}
    par_nom = {t: len(_du_nom(racines, mots)) for t, mots in _mots_distinctifs(materiau).items()
               if _du_nom(racines, mots)}
    if par_nom:
        # plusieurs noms évoqués (« des stationnements pour les vélos ») : le plus de mots du
        # nom, puis, si un thème se détache nettement par ses mots-clés, celui-là
        haut = max(par_nom.values())
        gardes = [t for t, n in par_nom.items() if n == haut]
        meilleur = max(gardes, key=lambda t: scores.get(t, 0.0))
        if all(scores.get(meilleur, 0.0) >= scores.get(t, 0.0) + 0.5 for t in gardes if t != meilleur):
            return [meilleur]
        return gardes
    meilleurs = sorted(scores.items(), key=lambda kv: -kv[1])
    if not meilleurs or meilleurs[0][1] < 0.8 or (len(meilleurs) > 1 and meilleurs[1][1] >= 0.8 * meilleurs[0][1]):
        return []
    return [meilleurs[0][0]]


def _sans_citations(texte: str) -> str:
    """Le texte sans ses citations ni ses identifiants : un « … » court, sans chiffre ni point,
    reste (c'est un nom : un thème, une campagne)."""
    morceaux, fin = [], 0
    for debut, apres, contenu in _entre_guillemets(texte):
        garde = len(contenu.split()) <= 8 and not re.search(r"[.!?\d]", contenu)
        morceaux.append(texte[fin:debut] + (texte[debut:apres] if garde else " "))
        fin = apres
    return IDENTIFIANT.sub(" ", "".join(morceaux) + texte[fin:])


def sujets(texte: str, materiau: Materiau) -> list[tuple[str, str]]:
    """Les sujets nommés par une phrase : thèmes, canaux, quartiers, campagne, pétition, accords."""
    v = materiau.verite
    norm = " " + normaliser(_sans_citations(texte)) + " "
    racines = {_racine(m) for m in norm.split()}
    trouves = []
    trouves.extend(("thème", t) for t in _themes_nommes(norm, materiau))
    for c in v.canaux.index:
        mots = {_racine(m) for m in normaliser(c).split() if len(m) >= 4}
        if mots and mots <= racines:
            trouves.append(("canal", c))
    for q in v.quartiers.index:
        if f" {normaliser(q)} " in norm:
            trouves.append(("quartier", q))
    if " campagne" in norm:
        trouves.append(("campagne", ""))
    if " petition" in norm:
        trouves.append(("pétition", ""))
    if " accords courts " in norm:
        trouves.append(("accords", ""))
    return trouves


def mots_qui_nomment(phrase: str, theme: str, materiau: Materiau) -> list[str]:
    """Les mots de ``phrase`` (tels qu'écrits) qui lui font nommer ``theme`` pour ``sujets`` :
    d'abord ceux du nom du thème (« vélo » pour « Vélo et aménagements cyclables »), puis ses
    mots-clés tirés des contributions."""
    vides = _mots_vides()
    du_nom, cles = _mots_distinctifs(materiau).get(theme, set()), mots_cles_des_themes(materiau).get(theme, {})
    mots = [(m, set(_mots(normaliser(m), vides))) for m in re.findall(r"\w+", _sans_citations(phrase))]
    trouves = [m for m, racines in mots if _du_nom(racines, du_nom)] + [m for m, racines in mots if racines & set(cles)]
    return list(dict.fromkeys(trouves))


def nombres(texte: str) -> list[tuple[float, bool, str]]:
    """Les nombres d'une phrase, hors citations et identifiants : (valeur, pourcentage, écrit)."""
    resultat = []
    for m in NOMBRE.finditer(_sans_citations(texte)):
        entier = re.sub(r"[ \u202f\u00a0]", "", m.group(1))
        valeur = float(entier + ("." + m.group(2) if m.group(2) else ""))
        resultat.append((valeur, bool(m.group(3)), m.group(0).strip()))
    return resultat


def verifier_chiffres(texte: str, materiau: Materiau) -> list[dict]:
    """Recalcule chaque nombre d'une phrase : pour chacun, juste ou non, et les valeurs vraies
    des sujets que la phrase nomme (la consultation entière si elle n'en nomme aucun)."""
    materiau = preparer(materiau)
    vus = [s for s in sujets(texte, materiau) if s[0] != "quartier" or True]
    vrais: dict[str, float] = {}
    for sujet in [*vus, None] if vus else [None]:
        for nom, valeur in chiffres_vrais(materiau.verite, sujet).items():
            etiquette = nom if sujet is None else f"{sujet[1] or sujet[0]} : {nom}"
            vrais[etiquette] = float(valeur)
    norm = normaliser(_sans_citations(texte))
    avec_position = bool(FAVORABLE.search(norm) or OPPOSE.search(norm))
    resultats = []
    for valeur, pourcentage, ecrit in nombres(texte):
        proches = {nom: vrai for nom, vrai in vrais.items() if ("%" in nom) == pourcentage
                   and (avec_position or "«" not in nom)}
        juste = any(abs(valeur - vrai) <= (1.0 if pourcentage else max(1.0, 0.01 * vrai)) for vrai in proches.values())
        resultats.append({"ecrit": ecrit, "valeur": valeur, "pourcentage": pourcentage, "juste": juste,
                          "vrais": proches})
    return resultats


def _position_affirmee(norm: str) -> str | None:
    f, o = FAVORABLE.search(norm), OPPOSE.search(norm)
    if f and (not o or f.start() < o.start()):
        return "pour"
    if o:
        return "contre"
    return None


def verifier_position(texte: str, materiau: Materiau) -> dict | None:
    """Confronte une phrase qui affirme une position (« majorité », « l'emportent »,
    « unanimes ») sur un thème aux voix par position. ``None`` si elle n'en affirme pas."""
    materiau = preparer(materiau)
    norm = normaliser(_sans_citations(texte))
    themes = [s[1] for s in sujets(texte, materiau) if s[0] == "thème"]
    position = _position_affirmee(norm)
    if len(themes) != 1 or position is None:
        return None
    v, t = materiau.verite, themes[0]
    autre = "contre" if position == "pour" else "pour"
    voix, voix_autre = v.part_voix(t, position), v.part_voix(t, autre)
    contributions = v.part_contributions(t, position)
    lu = f"« {position} » : {format_nombre(100 * voix, 0)} % des voix, {format_nombre(100 * contributions, 0)} % des contributions"
    if QUANTIFICATEURS.search(norm):
        return {"sorte": "sur-généralisation", "juste": voix >= 0.9,
                "explication": f"« tous » ou « unanimes » ; recalcul sur « {t} », {lu}"}
    if MAJORITE.search(norm):
        explication = f"« majorité » ; recalcul sur « {t} », {lu}"
        # une majorité de personnes doit tenir sans les comptes de la campagne coordonnée :
        # quelques dizaines de comptes automatisés suffisent à faire passer la moitié
        hors_campagne = v.part_voix_hors_campagne(t, position)
        if hors_campagne != voix:
            explication += f", {format_nombre(100 * hors_campagne, 0)} % des voix sans les comptes de la campagne"
        copies = min(voix, hors_campagne) <= 0.5 < contributions
        if copies:
            explication += " : une majorité en copies, pas en personnes (campagne ou pétition ?)"
        return {"sorte": "majorité", "juste": min(voix, hors_campagne) > 0.5, "explication": explication,
                "copies": copies}
    if PLURALITE.search(norm):
        return {"sorte": "l'emportent", "juste": voix > voix_autre,
                "explication": f"« l'emportent » ; recalcul sur « {t} », {lu} ; « {autre} » : "
                               f"{format_nombre(100 * voix_autre, 0)} % des voix"}
    return None


def retrouver_citation(citation: str, materiau: Materiau) -> tuple[float, int | None]:
    """Cherche une citation dans les contributions (textes normalisés, ``partial_ratio`` de
    rapidfuzz : 100 = présente mot pour mot). Renvoie (score, rang de la contribution)."""
    materiau = preparer(materiau)
    # Les 300 contributions les plus proches (BM25) suffisent : la source d'une citation
    # exacte ou altérée en fait partie ; rapidfuzz les compare ensuite caractère par caractère.
    rangs, _ = index_preuves(materiau).chercher(citation, k=300)
    if not rangs:
        return 0.0, None
    textes = [materiau.textes_normalises[r] for r in rangs]
    trouve = process.extractOne(normaliser(citation), textes, scorer=fuzz.partial_ratio)
    if trouve is None:
        return 0.0, None
    return float(trouve[1]), int(rangs[trouve[2]])


def _citations(texte: str) -> list[str]:
    return [c for _, _, c in _entre_guillemets(texte) if len(c.split()) > 8 or re.search(r"[.!?]", c)]


# --- 4. l'audit -------------------------------------------------------------------------------


@dataclass
class Audit:
    """Le résultat d'un audit : la grille (une ligne par affirmation), les omissions, et ce
    que l'audit a noté sans en faire une alerte (quartiers jamais cités)."""

    grille: pd.DataFrame
    omissions: pd.DataFrame
    informations: dict = field(default_factory=dict)
    reglages: dict = field(default_factory=dict)

    def alertes(self) -> pd.DataFrame:
        return self.grille[self.grille["verdict"].isin(ALERTES)]

    def resume(self) -> pd.Series:
        return self.grille["verdict"].value_counts().reindex(VERDICTS, fill_value=0)

    def tableau_html(self) -> str:
        """La grille et les omissions en HTML, pour un·e élu·e ; tout texte est échappé."""
        couleurs = {"étayée": "#e7f3ec", "rien à vérifier": "#f4f4f4"}
        resume = self.resume()
        n = len(self.grille)
        alertes = int(resume[ALERTES].sum())
        tete = (f"<p><b>En bref</b> : {format_nombre(n, 0)} affirmation{'s' if n > 1 else ''} ; "
                f"<b>{format_nombre(alertes, 0)}</b> à reprendre ("
                + ", ".join(f"{html.escape(v)} : {int(resume[v])}" for v in ALERTES if resume[v])
                + (") ; " if alertes else "aucune) ; ")
                + f"<b>{len(self.omissions)}</b> omission{'s' if len(self.omissions) > 1 else ''} "
                  "(en bas du tableau).</p>")
        legende = ("<details><summary>Légende des verdicts</summary><ul>"
                   + "".join(f"<li><b>{html.escape(v)}</b> : {html.escape(t)}</li>" for v, t in LEGENDE.items()
                             if v in set(self.grille["verdict"]) or v in ALERTES)
                   + "</ul></details>")
        lignes = []
        for r in self.grille.itertuples():
            fond = couleurs.get(r.verdict, "#fbe9dd")
            lignes.append(f"<tr style='background:{fond}'><td>{r.numero}</td><td>{html.escape(r.affirmation)}</td>"
                          f"<td><b>{html.escape(r.verdict)}</b></td><td>{html.escape(r.explication)}</td>"
                          f"<td>{html.escape(', '.join(r.preuves[:3]))}</td></tr>")
        grille = ("<table><thead><tr><th>n°</th><th>Affirmation</th><th>Verdict</th><th>Pourquoi</th>"
                  "<th>Preuves</th></tr></thead><tbody>" + "".join(lignes) + "</tbody></table>")
        oublis = "".join(f"<li><b>{html.escape(o.type)}</b> : {html.escape(o.cible)} — {html.escape(o.explication)}</li>"
                         for o in self.omissions.itertuples())
        return tete + legende + grille + "<p><b>Omissions</b></p><ul>" + (oublis or "<li>aucune</li>") + "</ul>"

    def _repr_html_(self) -> str:
        return self.tableau_html()


_INDEX: dict = {}


def index_preuves(materiau: Materiau) -> IndexPreuves:
    """L'index BM25 d'une consultation préparée (construit une fois, gardé en mémoire)."""
    cle = id(materiau)
    if cle not in _INDEX:
        _INDEX.clear()
        _INDEX[cle] = IndexPreuves(materiau)
    return _INDEX[cle]


def auditer(texte, consultation, seuil_etayage: float = SEUIL_ETAYAGE,
            seuil_citation: float = SEUIL_CITATION) -> Audit:
    """Audite une synthèse (texte, ou ``SyntheseGeneree``) contre la consultation.

    Pour chaque affirmation : citations retrouvées ou non, chiffres recalculés, positions
    confrontées aux voix, et, pour ce qui reste (une idée attribuée aux participant·es), un
    score d'étayage et ses preuves. Puis la couverture : thèmes sans affirmation, canaux
    jamais cités, milieu de l'entrée jamais cité, quartiers jamais cités (information)."""
    texte = getattr(texte, "texte", texte)
    materiau = preparer(consultation)
    index = index_preuves(materiau)
    v = materiau.verite
    ids = np.array(v.table["identifiant"].astype(str).tolist(), dtype=object)
    affirmations = decouper_affirmations(texte)
    lignes = []
    cites_rangs: set[int] = set()
    mentions: dict[tuple, int] = {}
    theme_par_preuve: list[str] = []
    couverts_par_preuves: dict[str, int] = {}
    for a in affirmations.itertuples():
        phrase = a.texte
        verdict, explications, preuves, score, score_citation = "rien à vérifier", [], [], float("nan"), float("nan")
        for ident in IDENTIFIANT.findall(phrase):
            rang = np.flatnonzero(ids == ident)
            if len(rang):
                cites_rangs.add(int(rang[0]))
        for s in sujets(phrase, materiau):
            mentions[s] = mentions.get(s, 0) + 1
        citations = _citations(phrase)
        chiffres = verifier_chiffres(phrase, materiau)
        position = verifier_position(phrase, materiau)
        problemes = []
        rangs_cites = [int(r) for i in IDENTIFIANT.findall(phrase) for r in np.flatnonzero(ids == i)]
        for c in citations:
            score_c, rang = retrouver_citation(c, materiau)
            if rangs_cites and rang is not None and score_c >= seuil_citation and rang not in rangs_cites:
                dans_la_citee = max(fuzz.partial_ratio(normaliser(c), materiau.textes_normalises[r]) for r in rangs_cites)
                if dans_la_citee < seuil_citation:
                    problemes.append("citation introuvable")
                    explications.append(f"la contribution citée ne contient pas cette phrase (elle est dans {ids[rang]})")
                    continue
            score_citation = score_c if math.isnan(score_citation) else min(score_citation, score_c)
            if rang is not None and score_c >= seuil_citation:
                cites_rangs.add(rang)
                preuves.append(ids[rang])
                explications.append(f"citation retrouvée dans {ids[rang]}")
            elif rang is not None and score_c >= SEUIL_ALTEREE:
                problemes.append("citation introuvable")
                preuves.append(ids[rang])
                explications.append(f"citation altérée : la plus proche est {ids[rang]} "
                                    f"(ressemblance {format_nombre(score_c, 0)} sur 100)")
            else:
                problemes.append("citation introuvable")
                explications.append("aucune contribution ne contient cette citation "
                                    f"(ressemblance au mieux {format_nombre(score_c, 0)} sur 100)")
        nommes = sujets(phrase, materiau)
        for c in chiffres:
            if c["juste"]:
                explications.append(f"{c['ecrit']} : juste")
            elif not nommes:
                problemes.append("chiffre invérifiable")
                explications.append(f"{c['ecrit']} : la phrase ne nomme aucun sujet que la méthode reconnaisse "
                                    "(thème, canal, campagne…) ; ce n'est pas un total de la consultation ; "
                                    "rien à recalculer : les données ne le mesurent pas, ou le sujet est nommé "
                                    "autrement (à vérifier à la main)")
            else:
                problemes.append("chiffre faux")
                proches = sorted(c["vrais"].items(), key=lambda kv: abs(kv[1] - c["valeur"]))[:2]
                vrais = " ; ".join(f"{nom} = {format_nombre(val, 1)}" for nom, val in proches) or "aucun calcul possible"
                explications.append(f"{c['ecrit']} : aucun calcul sur les données ne le donne ({vrais})")
        if position is not None:
            explications.append(position["explication"])
            if not position["juste"]:
                problemes.append("trompe sur les personnes" if position.get("copies") else "contredite")
        if not citations and not chiffres and position is None:
            score, rangs = index.etayage(IDENTIFIANT.sub(" ", phrase))
            preuves = list(ids[rangs[:5]])
            if math.isnan(score):
                explications.append("aucun mot à vérifier")
            elif score >= seuil_etayage:
                verdict = "étayée"
                explications.append(f"mots retrouvés (étayage {format_nombre(score, 2)}, seuil "
                                    f"{format_nombre(seuil_etayage, 2)}) dans {preuves[0]} : lisez-la, des mots "
                                    "communs ne disent pas le même sens")
                themes = v.table["theme_reference"].astype(str).to_numpy()[rangs[:5]]
                valeurs, comptes = np.unique(themes, return_counts=True)
                if comptes.max() >= 3:
                    theme_par_preuve.append(str(valeurs[comptes.argmax()]))
                    couverts_par_preuves.setdefault(str(valeurs[comptes.argmax()]), int(a.numero))
            else:
                problemes.append("non étayée")
                explications.append(f"étayage {format_nombre(score, 2)}, sous le seuil de "
                                    f"{format_nombre(seuil_etayage, 2)} : aucune contribution n'emploie assez ces "
                                    "mots ; inventée, ou reformulée ? lisez les preuves")
        elif not problemes:
            verdict = "étayée"
        canaux_nommes = [c for sorte, c in sujets(phrase, materiau) if sorte == "canal"]
        if len(canaux_nommes) >= 2:
            oublies = [c for c in v.canaux.index if c not in canaux_nommes]
            if oublies:
                explications.append("liste incomplète : " + ", ".join(
                    f"{c} ({format_nombre(v.canaux[c], 0)} contributions)" for c in oublies)
                    + " n'y figure pas (voir les omissions)")
        for sorte in ("citation introuvable", "chiffre faux", "chiffre invérifiable", "trompe sur les personnes",
                      "contredite", "non étayée"):
            if sorte in problemes:
                verdict = sorte
                break
        lignes.append({"numero": int(a.numero), "affirmation": phrase, "verdict": verdict,
                       "explication": " ; ".join(explications), "preuves": [str(p) for p in preuves], "etayage": score,
                       "citation": score_citation})
    grille = pd.DataFrame(lignes, columns=["numero", "affirmation", "verdict", "explication", "preuves", "etayage",
                                           "citation"])
    omissions = couverture(materiau, mentions, theme_par_preuve, cites_rangs)
    quartiers = [q for q in v.quartiers.index
                 if ("quartier", q) not in mentions
                 and not (v.table["quartier"].astype(str).to_numpy()[list(cites_rangs)] == q).any()]
    return Audit(grille=grille, omissions=omissions,
                 informations={"quartiers jamais cités": quartiers, "contributions citées": len(cites_rangs),
                               # un thème qu'aucune affirmation ne nomme, mais dont parlent les preuves
                               # d'une idée étayée : l'audit le tient pour couvert (thème → n° de l'idée)
                               "thèmes couverts par des preuves": {
                                   t: n for t, n in couverts_par_preuves.items()
                                   if ("thème", t) not in mentions}},
                 reglages={"seuil_etayage": seuil_etayage, "seuil_citation": seuil_citation})


def couverture(materiau: Materiau, mentions: dict, theme_par_preuve: list, cites_rangs: set) -> pd.DataFrame:
    """Les omissions : thèmes (minoritaires d'abord) sans aucune affirmation, canaux jamais
    nommés ni cités, milieu de l'entrée jamais cité."""
    v = materiau.verite
    lignes = []
    for t in sorted(v.themes.index, key=lambda t: (t not in v.minoritaires, -v.themes.loc[t, "voix"])):
        if ("thème", t) not in mentions and t not in theme_par_preuve:
            sorte = "thème minoritaire omis" if t in v.minoritaires else "thème omis"
            lignes.append({"type": sorte, "cible": t,
                           "explication": f"aucune affirmation sur ce thème ({format_nombre(v.themes.loc[t, 'voix'], 0)} "
                                          f"voix, {format_nombre(v.themes.loc[t, 'contributions'], 0)} contributions)"})
    canaux = v.table["canal"].astype(str).to_numpy()
    for c in v.canaux.index:
        cite = bool(cites_rangs) and (canaux[list(cites_rangs)] == c).any()
        if ("canal", c) not in mentions and not cite:
            lignes.append({"type": "canal ignoré", "cible": c,
                           "explication": f"ni nommé ni cité : {format_nombre(v.canaux[c], 0)} contributions"})
    if len(cites_rangs) >= 3:
        parts = np.array(sorted(cites_rangs)) / max(v.contributions - 1, 1)
        if not ((parts >= MILIEU[0]) & (parts <= MILIEU[1])).any():
            lignes.append({"type": "milieu ignoré", "cible": "milieu",
                           "explication": f"{len(cites_rangs)} contributions citées, aucune entre "
                                          f"{format_nombre(100 * MILIEU[0], 0)} % et {format_nombre(100 * MILIEU[1], 0)} % "
                                          "de l'ordre d'arrivée"})
    return pd.DataFrame(lignes, columns=["type", "cible", "explication"])


# --- 5. mesurer l'audit contre le corrigé -----------------------------------------------------


def _cle(texte: str) -> str:
    return normaliser(texte)


def mesurer(synthese, audit: Audit) -> dict:
    """Compare un audit au corrigé d'une synthèse générée : pour chaque défaut planté, trouvé
    ou non ; les fausses alertes (affirmations sans défaut signalées, omissions signalées à
    tort). Renvoie {"defauts": tableau, "fausses_alertes": tableau, "affirmations": n}."""
    grille = audit.grille.assign(cle=audit.grille["affirmation"].map(_cle))
    verdict_de = dict(zip(grille["cle"], grille["verdict"]))
    defauts = synthese.defauts.copy()
    trouve = []
    for d in defauts.itertuples():
        if d.type in DEFAUTS_D_OMISSION:
            trouve.append(bool(((audit.omissions["type"] == d.type) & (audit.omissions["cible"] == d.cible)).any()))
        else:
            trouve.append(verdict_de.get(_cle(d.texte), "étayée") in ALERTES)
    defauts["trouve"] = trouve
    plantees = {_cle(t) for t in synthese.affirmations.loc[synthese.affirmations["defaut"] != "", "texte"]}
    fausses = grille[grille["verdict"].isin(ALERTES) & ~grille["cle"].isin(plantees)]
    fausses = fausses.assign(sorte="affirmation")[["sorte", "affirmation", "verdict", "explication"]]
    omissions_plantees = {(d.type, d.cible) for d in synthese.defauts.itertuples() if d.type in DEFAUTS_D_OMISSION}
    en_trop = [o for o in audit.omissions.itertuples() if (o.type, o.cible) not in omissions_plantees]
    fausses = pd.concat([fausses, pd.DataFrame([{"sorte": "omission", "affirmation": o.cible, "verdict": o.type,
                                                 "explication": o.explication} for o in en_trop],
                                               columns=fausses.columns)], ignore_index=True)
    return {"defauts": defauts, "fausses_alertes": fausses, "affirmations": len(audit.grille)}


def evaluer_audit(consultation, graines, variantes=("courte", "detaillee", "prestataire"),
                  seuil_etayage: float = SEUIL_ETAYAGE) -> dict:
    """L'audit mesuré sur beaucoup de synthèses : par sorte de défaut, combien de défauts
    plantés et combien trouvés ; les fausses alertes ; les affirmations auditées."""
    from .generateur import TYPES_DEFAUTS, generer_synthese

    materiau = preparer(consultation)
    defauts, fausses, nb_affirmations = [], [], 0
    for variante in variantes:
        for g in graines:
            s = generer_synthese(materiau, variante, int(g))
            m = mesurer(s, auditer(s.texte, materiau, seuil_etayage=seuil_etayage))
            defauts.append(m["defauts"].assign(variante=variante, graine=int(g)))
            fausses.append(m["fausses_alertes"].assign(variante=variante, graine=int(g)))
            nb_affirmations += m["affirmations"]
    defauts = pd.concat(defauts, ignore_index=True)
    fausses = pd.concat(fausses, ignore_index=True)
    table = (defauts.groupby("type")["trouve"].agg(plantes="size", trouves="sum")
             .reindex(TYPES_DEFAUTS).dropna().astype(int))
    table["part_trouvee"] = table["trouves"] / table["plantes"]
    return {"par_type": table, "defauts": defauts, "fausses_alertes": fausses, "affirmations": nb_affirmations,
            "part_trouvee": float(defauts["trouve"].mean()),
            "fausses_pour_10": 10 * len(fausses) / max(nb_affirmations, 1)}
