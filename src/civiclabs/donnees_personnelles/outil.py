"""``pseudonymiser(table, colonnes=…)`` : l'outil à passer sur un export avant de le partager.

Il remplace les données repérées dans les colonnes de texte, et rend un **rapport** : ce qui a
été trouvé, par type, et **ce qui peut rester** (indices de données que les règles et le
modèle n'ont pas masquées : une suite de chiffres, une arobase, une civilité suivie d'un mot,
un mot à majuscule au milieu d'une phrase). Aucune ligne n'est retirée ; les textes vides
sont comptés à part.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import pandas as pd

from ..corpus import territoire
from .pseudonymisation import CATEGORIES, LONGUEUR_PSEUDONYME, Pseudonymiseur, normaliser_nom, risque_de_collision
from .regles import NOMS_DES_TYPES, RUES_DU_TERRITOIRE, detecter_par_regles
from .tableaux import exiger_colonnes

# Indices de ce qui peut rester après pseudonymisation (à relire par une personne).
INDICES_RESTANTS = {
    "chiffres": (re.compile(r"(?<![\w\[])\d(?:[\s.\-]?\d){5,}(?!\d)"), "suite d'au moins 6 chiffres (téléphone mal écrit ? numéro de dossier ?)"),
    "arobase": (re.compile(r"\S+@\S+|\S+\s?(?:\(at\)|\[at\]|arobase)\s?\S+", re.IGNORECASE), "arobase ou « (at) » (courriel déguisé ?)"),
    "majuscules": (re.compile(r"(?<=[\w,] )[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý][A-Za-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"),
                   "deux mots à majuscule au milieu d'une phrase (prénom et nom ? lieu ?)"),
}
_FORMULES = {"Cher", "Chère", "Chers", "Chères", "Monsieur", "Madame", "Mesdames", "Messieurs", "Bonjour", "Merci"}
_LIEUX = {m for lieu in [*territoire.QUARTIERS, *RUES_DU_TERRITOIRE, territoire.METROPOLE] for m in re.split(r"[\s-]+", lieu)}


def _indice(nom: str, texte: str) -> str | None:
    """Le premier passage de ``texte`` qui répond à l'indice ``nom`` (les lieux du territoire exceptés)."""
    for trouve in INDICES_RESTANTS[nom][0].finditer(texte):
        mots = re.split(r"[\s-]+", trouve.group())
        if nom == "majuscules" and (all(m in _LIEUX for m in mots) or any(m in _FORMULES for m in mots)):
            continue
        return trouve.group()
    return None


@dataclass
class Resultat:
    """Ce que rend ``pseudonymiser`` : la table pseudonymisée et le rapport."""

    table: pd.DataFrame
    trouvees: pd.DataFrame  # par type : nombre de passages remplacés, nombre de textes concernés
    restantes: pd.DataFrame  # par indice : nombre de textes, exemples (échappés)
    textes_vides: int
    lignes: int
    cle_tiree_au_hasard: bool
    methode: str
    exemples: dict = field(default_factory=dict)
    avant_apres: list = field(default_factory=list)  # (extrait d'origine, même extrait pseudonymisé)
    personnes: int = 0  # personnes distinctes (noms normalisés) qui ont reçu un pseudonyme
    collisions: int = 0  # personnes qui ont dû prendre d'autres caractères de leur empreinte

    def rapport(self) -> str:
        """Le rapport en français (texte simple, ce que les gens ont écrit est échappé)."""
        lignes = [
            f"Pseudonymisation ({self.methode}) : {self.lignes} ligne(s) lue(s), {self.lignes} ligne(s) écrite(s) ;"
            f" {self.textes_vides} texte(s) vide(s) laissé(s) tel(s) quel(s).",
            "Trouvé et remplacé :",
        ]
        for type_, ligne in self.trouvees.iterrows():
            if type_ == "iban" and not ligne["passages"]:
                continue
            lignes.append(f"  - {NOMS_DES_TYPES.get(type_, type_)} : {ligne['passages']} passage(s) dans {ligne['textes']} texte(s)")
        if self.personnes:
            lignes.append(
                f"Personnes distinctes pseudonymisées : {self.personnes} ; risque qu'au moins deux tombent sur les "
                f"mêmes {LONGUEUR_PSEUDONYME} caractères : {_pourcentage(risque_de_collision(self.personnes))}"
                + (f" ; {self.collisions} collision(s) rencontrée(s) : ces personnes ont reçu d'autres caractères de "
                   "leur empreinte, qui peuvent différer d'un fichier à l'autre." if self.collisions else
                   " ; aucune collision rencontrée dans ce fichier.")
            )
        if self.avant_apres:
            lignes.append("Échantillon avant / après (relisez : un mot masqué à tort, un nom oublié ?) ; "
                          "il cite les données d'origine, ne joignez pas ce rapport à l'envoi :")
            for avant, apres in self.avant_apres:
                lignes.append(f"  - avant : « {avant} »")
                lignes.append(f"    après : « {apres} »")
        lignes.append("Ce qui peut rester (à relire avant de partager) :")
        if self.restantes["textes"].sum() == 0:
            lignes.append("  - aucun indice repéré ; cela ne prouve pas qu'il ne reste rien (un prénom seul, un surnom, "
                          "« la dame du 3e au-dessus de la boulangerie » ne se repèrent pas).")
        for _, ligne in self.restantes.iterrows():
            if ligne["textes"]:
                lignes.append(f"  - {ligne['indice']} : {ligne['textes']} texte(s), par exemple {ligne['exemples']}")
        if self.cle_tiree_au_hasard:
            lignes.append("Attention : aucune clé donnée, une clé a été tirée au hasard ; les pseudonymes ne seront "
                          "pas les mêmes lors d'un prochain passage.")
        lignes.append("Des données pseudonymisées restent des données personnelles (RGPD) : la table se partage "
                      "sous les mêmes règles, et la clé se garde à part.")
        return "\n".join(lignes)

    def _repr_markdown_(self) -> str:
        return "\n\n".join(html.escape(p) for p in self.rapport().split("\n"))


def _pourcentage(part: float) -> str:
    if part < 0.001:
        return "moins de 0,1\u00a0%"
    return f"{100 * part:.1f}\u00a0%".replace(".", ",")


def _extrait(texte: str, trouves: list[dict], cible: dict, pseudo: Pseudonymiseur, marge: int = 30) -> tuple[str, str]:
    """Un extrait autour du passage ``cible`` : le texte d'origine et le même extrait où chaque
    passage repéré qu'il contient est remplacé (la fenêtre s'élargit pour ne couper aucun passage)."""
    debut, fin = max(0, cible["debut"] - marge), min(len(texte), cible["fin"] + marge)
    for r in sorted(trouves, key=lambda r: r["debut"]):
        if r["debut"] < fin and debut < r["fin"]:
            debut, fin = min(debut, r["debut"]), max(fin, r["fin"])
    dedans = [{**r, "debut": r["debut"] - debut, "fin": r["fin"] - debut} for r in trouves
              if debut <= r["debut"] and r["fin"] <= fin]
    morceau = texte[debut:fin]
    avant = ("…" if debut else "") + morceau + ("…" if fin < len(texte) else "")
    apres = ("…" if debut else "") + pseudo.remplacer(morceau, dedans) + ("…" if fin < len(texte) else "")
    return html.escape(" ".join(avant.split()), quote=False), html.escape(" ".join(apres.split()), quote=False)


def _textes_de(table: pd.DataFrame, colonne: str) -> pd.Series:
    return table[colonne].astype("string")


def pseudonymiser(table: pd.DataFrame, colonnes=("texte",), cle: str | bytes | None = None,
                  methode: str = "combinaison", pseudonymiseur: Pseudonymiseur | None = None,
                  echantillon: int = 6) -> Resultat:
    """Pseudonymise les colonnes de texte ``colonnes`` d'une copie de ``table``.

    ``methode`` : « combinaison » (règles et personnes de spaCy, le meilleur du cours) ou
    « règles » (plus rapide, sans modèle : les noms sans civilité restent). ``cle`` : la clé
    secrète des pseudonymes (gardez-la à part) ; sans clé, une clé au hasard. ``echantillon`` :
    le nombre d'extraits avant / après montrés par le rapport (d'abord un par type trouvé).
    """
    colonnes = exiger_colonnes(table, colonnes)
    if methode not in ("combinaison", "règles", "regles"):
        raise ValueError(f"Méthode inconnue « {methode} » : choisissez « combinaison » ou « règles ».")
    pseudo = pseudonymiseur or Pseudonymiseur(cle)
    sortie = table.copy()
    passages = dict.fromkeys(CATEGORIES, 0)
    textes_touches = {t: set() for t in CATEGORIES}
    restes = {nom: [] for nom in INDICES_RESTANTS}
    vides = 0
    extraits: dict[str, list] = {}
    noms: set[str] = set()
    for colonne in colonnes:
        textes = _textes_de(table, colonne)
        est_vide = textes.isna() | (textes.fillna("").str.strip() == "")
        vides += int(est_vide.sum())
        a_traiter = textes[~est_vide]
        if methode == "combinaison":
            from .modeles import detecter

            reperages = detecter(a_traiter.tolist())
        else:
            reperages = [detecter_par_regles(t) for t in a_traiter]
        nouveaux = []
        for (index, texte), trouves in zip(a_traiter.items(), reperages):
            for r in trouves:
                passages[r["type"]] = passages.get(r["type"], 0) + 1
                textes_touches.setdefault(r["type"], set()).add((colonne, index))
                if r["type"] in pseudo.identifier:
                    noms.add(normaliser_nom(texte[r["debut"]:r["fin"]]))
                if len(extraits.setdefault(r["type"], [])) < echantillon:
                    extraits[r["type"]].append(((colonne, index), r, texte, trouves))
            nouveau = pseudo.remplacer(texte, trouves)
            nouveaux.append(nouveau)
            for nom in INDICES_RESTANTS:
                trouve = _indice(nom, nouveau)
                if trouve:
                    restes[nom].append(trouve)
        if len(a_traiter):
            colonne_sortie = sortie[colonne].astype("object")
            colonne_sortie.loc[a_traiter.index] = nouveaux
            sortie[colonne] = colonne_sortie
    trouvees = pd.DataFrame(
        {"passages": [passages.get(t, 0) for t in CATEGORIES], "textes": [len(textes_touches.get(t, ())) for t in CATEGORIES]},
        index=pd.Index(list(CATEGORIES), name="type"),
    )
    restantes = pd.DataFrame({
        "indice": [INDICES_RESTANTS[n][1] for n in restes],
        "textes": [len(v) for v in restes.values()],
        "exemples": [", ".join(f"« {html.escape(x[:40])} »" for x in v[:3]) for v in restes.values()],
    }, index=pd.Index(list(restes), name="code"))
    choisis: list = []
    vus: set = set()
    for rang in range(echantillon):  # un texte par type, puis un second par type… (jamais deux fois le même)
        for type_ in CATEGORIES:
            liste = extraits.get(type_, [])
            if rang < len(liste) and len(choisis) < echantillon and liste[rang][0] not in vus:
                ou, r, texte, trouves = liste[rang]
                vus.add(ou)
                choisis.append(_extrait(texte, trouves, r, pseudo))
    return Resultat(sortie, trouvees, restantes, vides, len(table), pseudo.cle_tiree_au_hasard,
                    "règles et spaCy" if methode == "combinaison" else "règles seules",
                    avant_apres=choisis, personnes=len(noms), collisions=pseudo.collisions)
