"""Outils d'assemblage vectorisé : table des fragments, versions bruitées, jointure, marqueurs."""

from __future__ import annotations

import gzip
import hashlib
import inspect
import json
import random
from pathlib import Path

import numpy as np

from ..texte import sans_accents
from . import bruit
from . import redaction as R

GRAINE_BRUIT = 20240917  # graine fixe des versions bruitées (indépendante de la graine de génération)
DOSSIER_VERSIONS = Path(__file__).resolve().parent / "versions"


def _en_clair(regles) -> list | None:
    """Des règles de lexique (motif compilé, formes, littéral) en une forme qu'on peut hacher."""
    if regles is None:
        return None
    return [[regle.pattern, regle.flags, formes] for regle, formes, _ in regles]


def lire_versions(nom: str, empreinte: str) -> list[list[str]] | None:
    """Les versions livrées sous `nom`, ou None si la table manque ou a été calculée pour d'autres
    entrées (un fragment modifié : elles sont alors recalculées, et le test du corpus le signale)."""
    chemin = DOSSIER_VERSIONS / f"{nom}.json.gz"
    if not chemin.exists():
        return None
    with gzip.open(chemin, "rt", encoding="utf-8") as fichier:
        contenu = json.load(fichier)
    return contenu["versions"] if contenu.get("empreinte") == empreinte else None


class TableFragments:
    """Tous les fragments, rangés par réserve, avec leurs versions bruitées précalculées."""

    frappe = 1.0  # multiplie le taux de fautes de frappe des versions bruitées (bruit.versions)

    def __init__(self) -> None:
        self._sources: list[tuple[list[str], bool, list | None]] = []  # (fragments, varier, regles)
        self._textes: list[str] | None = None
        self.reserves: dict[str, tuple[int, int]] = {}
        self.versions: np.ndarray | None = None

    communes = None  # règles du lexique commun appliquées (None : toutes ; voir redaction.varier)

    def ajouter(self, nom: str, fragments: list[str], varier: bool = True, regles=None) -> None:
        """Ajoute une réserve ; avec `varier`, les mots du lexique deviennent des choix « [a|b] »
        (`regles` : un lexique propre au corpus, `redaction.compiler_lexique`, appliqué d'abord)."""
        debut = sum(len(fragments) for fragments, _, _ in self._sources)
        self._sources.append((list(fragments), varier, regles))
        self.reserves[nom] = (debut, len(fragments))

    def calculer_textes(self) -> list[str]:
        """Les fragments, variés par le lexique (``redaction.varier``) quand leur réserve le demande."""
        textes = []
        for fragments, varier, regles in self._sources:
            textes.extend(R.varier(f, regles=regles, communes=self.communes) if varier else f for f in fragments)
        return textes

    def figer(self, nom: str | None = None) -> None:
        """Fixe les fragments variés et leurs versions bruitées. Ils ne dépendent que des fragments
        écrits à la main, des lexiques, du taux de fautes, de la graine fixe et du code qui les
        calcule : avec `nom`, ils sont lus dans la table livrée avec le paquet
        (versions/<nom>.json.gz) si son empreinte est celle de ces entrées, sinon calculés
        (≈ 10 s pour la consultation, tirages un par un)."""
        livree = lire_versions(nom, self.empreinte()) if nom else None
        self.livree = livree is not None
        lignes = livree if self.livree else self.calculer_versions()
        self._textes = [versions[bruit.PROPRE] for versions in lignes]
        tableau = np.empty((bruit.NB_VERSIONS, len(lignes) + 1), dtype=object)
        for j, versions in enumerate(lignes):
            tableau[:, j] = versions
        tableau[:, -1] = ""  # indice -1 : fragment vide
        self.versions = tableau
        self.vide = len(lignes)

    def calculer_versions(self) -> list[list[str]]:
        """Les NB_VERSIONS versions de chaque fragment varié (la première : le fragment propre),
        tirées dans l'ordre avec la graine fixe."""
        rng = np.random.default_rng(GRAINE_BRUIT)
        return [bruit.versions(texte, rng, self.frappe) for texte in self.calculer_textes()]

    def empreinte(self) -> str:
        """Empreinte de tout ce dont les versions dépendent : fragments, lexiques, taux, graine, et le
        code du lexique (module redaction) et du bruit."""
        h = hashlib.sha256()
        h.update(json.dumps([[[fragments, varier, _en_clair(regles)] for fragments, varier, regles in self._sources],
                             _en_clair(self.communes), self.frappe, GRAINE_BRUIT, bruit.NB_VERSIONS]).encode())
        for module in (R, bruit, sans_accents):
            h.update(inspect.getsource(module).encode())
        return h.hexdigest()

    def ecrire_versions(self, nom: str) -> Path:
        """Calcule les versions et les écrit dans la table livrée (commande ``python -m civiclabs.corpus``)."""
        chemin = DOSSIER_VERSIONS / f"{nom}.json.gz"
        contenu = {"empreinte": self.empreinte(), "versions": self.calculer_versions()}
        # mtime=0 : le même fichier, octet pour octet, à chaque écriture
        with open(chemin, "wb") as brut, gzip.GzipFile(fileobj=brut, mode="wb", mtime=0) as fichier:
            fichier.write(json.dumps(contenu, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        return chemin

    @property
    def textes(self) -> list[str]:
        return list(self._textes if self._textes is not None else self.calculer_textes())

    def tirer(self, nom: str, rng: np.random.Generator, n: int) -> np.ndarray:
        """n indices tirés uniformément dans une réserve."""
        debut, taille = self.reserves[nom]
        if taille == 0:
            return np.full(n, self.vide)
        return debut + rng.integers(0, taille, n)

    def tirer_par_groupe(self, noms: list[str], groupe: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Pour chaque ligne, un indice tiré dans la réserve noms[groupe[ligne]] (vide si réserve vide)."""
        debuts = np.array([self.reserves[n][0] for n in noms])
        tailles = np.array([self.reserves[n][1] for n in noms])
        t = tailles[groupe]
        u = rng.random(len(groupe))
        idx = debuts[groupe] + np.floor(u * np.maximum(t, 1)).astype(np.int64)
        return np.where(t > 0, idx, self.vide)

    def chaines(self, indices: np.ndarray, version: np.ndarray) -> np.ndarray:
        """Les chaînes (objet numpy) pour des indices de fragments et des indices de version."""
        plat = self.versions.reshape(-1)
        return plat[version * self.versions.shape[1] + indices]


def _coller(fragments) -> str:
    """Joint les fragments par une espace, ou par un saut de ligne après une formule d'appel
    qui finit par une virgule (« Bonjour, » / « Madame, Monsieur, »), comme dans un courriel."""
    texte = ""
    for f in fragments:
        if not texte:
            texte = f
        elif texte.endswith(","):
            texte += "\n" + f
        else:
            texte += " " + f
    return texte


def dedoublonner(emplacements: list[np.ndarray], vide: int) -> list[np.ndarray]:
    """Vide un emplacement qui répète un fragment déjà présent plus tôt dans la même ligne."""
    sortie = [e.copy() for e in emplacements]
    for j in range(1, len(sortie)):
        for k in range(j):
            sortie[j][(sortie[j] == sortie[k]) & (sortie[j] != vide)] = vide
    return sortie


def joindre(colonnes: list[np.ndarray]) -> list[str]:
    """Joint, ligne à ligne, les fragments non vides (sans répéter un même fragment)."""
    sortie = []
    ajouter = sortie.append
    for ligne in zip(*colonnes):
        ajouter(_coller(dict.fromkeys(f for f in ligne if f)))
    return sortie


def joindre_et_remplir(colonnes: list[np.ndarray], valeurs: dict[str, np.ndarray]) -> list[str]:
    """joindre() puis remplir() en une seule passe (moins de mémoire pour les grands corpus)."""
    noms = list(valeurs)
    listes = [valeurs[n].tolist() for n in noms]
    sortie = []
    ajouter = sortie.append
    for i, ligne in enumerate(zip(*colonnes)):
        t = _coller(dict.fromkeys(f for f in ligne if f))
        if "{" in t:
            t = t.format_map({n: c[i] for n, c in zip(noms, listes)})
        ajouter(t)
    return sortie



# Jonctions soignées : une phrase déjà longue de tant de mots ne reçoit pas une idée de plus d'un
# trait (quatre idées enchaînées par « — », « ; » et « , » se lisaient comme une liste).
MOTS_AVANT_FUSION = 30


class Redacteur:
    """Joint les fragments d'une ligne en un texte varié : choix « [a|b] » développés, amorce
    de la première phrase du corps, liaisons entre phrases, détails concrets, puis marqueurs.

    `roles` dit, pour chaque colonne, si c'est une phrase du corps (« corps » : amorce,
    liaison et détail possibles) ou un autre fragment (formule, localisation…). Une phrase du
    corps peut dire son sujet (« corps:2 ») : deux phrases de sujets différents écrites d'un trait
    le sont sans lien logique (« les promeneurs vont adorer, les portails des villas s'ouvrent sur
    le trottoir », pas « …adorer, et les portails… ») ; « corps » seul se joint à toutes ;
    « corps:vie » (la personne parle d'elle) ne prend pas l'amorce.

    Jonctions soignées : contractions et élisions aux jonctions des choix
    (`redaction.joindre_morceaux`) ; pas d'amorce ni de liaison en « que » devant une idée sans
    verbe (`redaction.nominale`), ni en « : » devant une idée qui a ses propres deux-points ; pas
    d'idée de plus écrite d'un trait après une phrase de `MOTS_AVANT_FUSION` mots.
    """

    def __init__(self, graine: int, amorces: str = "que", apartes: list[str] | None = None,
                 part_apartes: float = 0.4, liaisons: list[str] | None = None,
                 fusions: list[str] | None = None, details: list[str] | None = None) -> None:
        self.r = random.Random(graine)
        self.variantes = R.Variantes()
        self.amorces = R.AMORCES[amorces]
        self._amorces = self._selon_phrase(self.amorces)
        self.apartes = R.APARTES if apartes is None else apartes
        self.part_apartes = part_apartes
        self.liaisons = R.LIAISONS if liaisons is None else liaisons
        self._liaisons = self._selon_phrase(self.liaisons)
        self.fusions = R.FUSIONS if fusions is None else fusions
        self.details = R.DETAILS if details is None else details

    def _selon_phrase(self, liens: list[str]) -> dict[tuple[bool, bool], list[str]]:
        """Les liens possibles selon (idée sans verbe, idée avec ses propres deux-points) : pas
        « Je précise qu'un tram… : … », pas « Disons-le : un arrêt… : … »."""
        return {(n, d): [a for a in liens if not (n and R.en_que(a)) and not (d and a.rstrip().endswith(":"))] or liens
                for n in (False, True) for d in (False, True)}

    def _lien(self, liens: dict, f: str, r: random.Random) -> str:
        choix = liens[(R.nominale(f), " : " in f)]
        return choix[int(r.random() * len(choix))]

    def texte(self, fragments, roles, p_amorce: float, p_liaison: float, p_detail: float,
              p_fusion: float = 0.0) -> str:
        r = self.r
        dev = self.variantes.developper
        morceaux = []
        vus = set()
        premier_corps = True
        precedent_corps = False
        sujet_precedent = ""
        for f, role in zip(fragments, roles):
            if not f or f in vus:
                continue
            vus.add(f)
            f = dev(f, r)
            if not f:
                continue
            corps = role.startswith("corps")
            if corps:
                sujet = role[6:]
                if p_detail and r.random() < 0.35 and "," in f:
                    f = R.ajouter_incise(f, dev(R.INCISES[int(r.random() * len(R.INCISES))], r), r)
                if p_detail and r.random() < p_detail:
                    reserve = self.apartes if r.random() < self.part_apartes else self.details
                    detail = reserve[int(r.random() * len(reserve))]
                    # pas deux fois la même durée, la même rue ou le même détail dans un texte
                    deja = "".join(morceaux) + f
                    if detail not in vus and not any(m in deja for m in R.marqueurs(detail)):
                        vus.add(detail)
                        f = R.ajouter_detail(f, dev(detail, r))
                if premier_corps:
                    # l'amorce attend l'avis : pas « À mon avis, je suis commerçant »
                    premier_corps = sujet == "vie"
                    if not premier_corps and p_amorce and r.random() < p_amorce and R.en_minuscule_possible(f):
                        f = R.relier(dev(self._lien(self._amorces, f, r), r), f)
                elif (precedent_corps and p_fusion and r.random() < p_fusion and morceaux
                      and morceaux[-1][-1:] == "." and R.en_minuscule_possible(f)
                      and morceaux[-1].count(" ") < MOTS_AVANT_FUSION):
                    # deux idées dans une même phrase, comme on écrit d'un trait ; deux sujets
                    # différents, sans « et », « donc », « mais » qui affirmeraient un lien
                    liens = self.fusions if sujet == sujet_precedent or not sujet or not sujet_precedent \
                        else R.FUSIONS_NEUTRES
                    lien = liens[int(r.random() * len(liens))]
                    morceaux[-1] = R.relier(morceaux[-1][:-1] + lien, f)
                    sujet_precedent = sujet or sujet_precedent
                    continue
                elif p_liaison and r.random() < p_liaison and R.en_minuscule_possible(f):
                    f = R.relier(self._lien(self._liaisons, f, r), f)
            elif (role == "fin" and p_fusion and morceaux and morceaux[-1][-1:] == "."
                  and f.split(" ", 1)[0].rstrip(",.!").lower() in R.DEBUTS_FIN and r.random() < 0.5 * p_fusion):
                # la formule de fin écrite dans la foulée (« …depuis lundi, merci de passer voir. »)
                morceaux[-1] = morceaux[-1][:-1] + ", " + R.minuscule(f)
                continue
            precedent_corps = corps
            if corps:
                sujet_precedent = sujet
            morceaux.append(f)
        return _coller(morceaux)


def rediger(colonnes: list[np.ndarray], roles: list[str], valeurs: dict[str, np.ndarray] | None,
            graine: int, p_amorce, p_liaison, p_detail, p_fusion=0.0, amorces: str = "que",
            apartes: list[str] | None = None, part_apartes: float = 0.4, liaisons: list[str] | None = None,
            fusions: list[str] | None = None, details: list[str] | None = None) -> list[str]:
    """Un texte par ligne (voir `Redacteur`) ; `p_…` : une probabilité par ligne (tableau) ou un nombre ;
    `apartes` : la réserve d'apartés (par défaut `redaction.APARTES`), tirée avec la part `part_apartes` ;
    `liaisons`, `fusions`, `details` : les réserves correspondantes (par défaut celles de `redaction`)."""
    n = len(colonnes[0])
    red = Redacteur(graine, amorces, apartes, part_apartes, liaisons, fusions, details)
    probas = np.empty((n, 4))
    for k, p in enumerate((p_amorce, p_liaison, p_detail, p_fusion)):
        probas[:, k] = p
    noms = list(valeurs) if valeurs else []
    listes = [valeurs[k].tolist() for k in noms] if valeurs else []
    sortie = []
    ajouter = sortie.append
    for i, ligne in enumerate(zip(*colonnes)):
        t = red.texte(ligne, roles, *probas[i].tolist())
        if valeurs and "{" in t:
            t = t.format_map({k: c[i] for k, c in zip(noms, listes)})
        ajouter(t)
    return sortie


def styliser(textes: list[str], styles: dict[str, np.ndarray], qui: np.ndarray, graine: int) -> list[str]:
    """Applique à chaque texte le style de son auteur·e (`qui` : indice de la personne dans `styles`)."""
    r = random.Random(graine)
    cles = list(styles)
    matrice = np.column_stack([styles[k] for k in cles])
    qui = np.asarray(qui).tolist()
    sortie = []
    for i, t in enumerate(textes):
        sortie.append(R.styliser(t, dict(zip(cles, matrice[qui[i]].tolist())), r))
    return sortie

def remplir(textes: list[str], valeurs: dict[str, np.ndarray], styles: dict[str, np.ndarray] | None = None,
            qui: np.ndarray | None = None, graine: int = 0) -> list[str]:
    """Remplace les marqueurs {nom} ligne à ligne, sur place (la liste est modifiée et renvoyée).

    Avec `styles` et `qui`, applique aussi le style de son auteur·e (`qui[i]`, indice dans
    `styles` ; -1 : pas de style) à chaque texte, dans la même passe (moins de mémoire).
    """
    noms = list(valeurs)
    colonnes = [valeurs[n].tolist() for n in noms]
    if styles is not None:
        r = random.Random(graine)
        cles = list(styles)
        matrice = np.column_stack([styles[k] for k in cles])
        qui = np.asarray(qui).tolist()
    for i, t in enumerate(textes):
        if "{" in t:
            t = t.format_map({n: c[i] for n, c in zip(noms, colonnes)})
        if styles is not None and qui[i] >= 0:
            t = R.styliser(t, dict(zip(cles, matrice[qui[i]].tolist())), r)
        textes[i] = t
    return textes


def choix(rng: np.random.Generator, valeurs, probas, n: int) -> np.ndarray:
    p = np.asarray(probas, dtype=float)
    return rng.choice(np.asarray(valeurs, dtype=object), size=n, p=p / p.sum())


def choix_conditionnel(rng: np.random.Generator, cle: np.ndarray, table: dict, valeurs: list) -> np.ndarray:
    """Tire une valeur par ligne selon une loi qui dépend de cle[ligne] (table : cle -> probas)."""
    sortie = np.empty(len(cle), dtype=object)
    for k, probas in table.items():
        masque = cle == k
        m = int(masque.sum())
        if m:
            sortie[masque] = choix(rng, valeurs, probas, m)
    return sortie


def versions_lignes(rng: np.random.Generator, registre: np.ndarray, orthographe: np.ndarray,
                    nb_colonnes: int) -> np.ndarray:
    """Une matrice (n, nb_colonnes) d'indices de version, cohérente avec registre et orthographe."""
    n = len(registre)
    tirage = rng.integers(0, len(bruit.LEGERES), size=(n, nb_colonnes))
    base = np.full((n, 1), bruit.PROPRE)
    sortie = np.zeros((n, nb_colonnes), dtype=np.int64)
    quelques = (orthographe == "quelques fautes")[:, None]
    nombreuses = (orthographe == "nombreuses fautes")[:, None]
    sortie = np.where(quelques, bruit.LEGERES[0] + tirage, base)
    sortie = np.where(nombreuses, bruit.LOURDES[0] + tirage, sortie)
    familier = (registre == "familier")[:, None]
    sortie = np.where(familier & ~nombreuses & ~quelques, bruit.FAMILIER_PROPRE, sortie)
    sortie = np.where(familier & quelques, bruit.FAMILIER_FAUTES, sortie)
    natif = (registre == "français non natif")[:, None]
    sortie = np.where(natif & ~nombreuses, bruit.NON_NATIF_LEGER, sortie)
    sortie = np.where(natif & nombreuses, bruit.NON_NATIF_LOURD, sortie)
    return sortie
