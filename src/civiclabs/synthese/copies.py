"""Copies et campagnes : copies exactes, campagnes coordonnées et pétitions.

- copies exactes : textes identiques après normalisation (minuscules, sans accents ni
  ponctuation), regroupés par hachage (``pandas.factorize``) ;
- campagnes : TF-IDF des mots (mots vides français retirés) ; une contribution d'au moins
  ``mots_min`` mots est signalée si au moins ``voisins_min`` autres contributions lui
  ressemblent à ``seuil`` près (similarité cosinus). Jusqu'à ``taille_reference``
  contributions, on compare chaque contribution à toutes les autres (calcul exact) ; au-delà,
  à un échantillon de ``taille_reference`` contributions tirées au hasard : le critère
  devient « au moins voisins_min / taille_reference des contributions lui ressemblent »,
  et le coût croît comme le nombre de contributions (et non comme son carré) ;
- pétition ou campagne coordonnée : autant de personnes que de textes, ou peu de comptes."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ..texte import format_nombre
from ..widgets import _pluriel, assembler_widget, remplir_sortie
from .citations import abreger
from .entrees import _textes, _verifier_table
from .textes import _nb_mots, _normaliser_tout, _vectoriseur

# Réglages du détecteur de campagnes, choisis sur la consultation du cours (et vérifiés
# sur trois autres tirages du générateur) : rappel ≥ 0,94 et précision ≥ 0,96.
SEUIL_CAMPAGNE = 0.54
VOISINS_MIN = 20
MOTS_MIN = 15
TAILLE_REFERENCE = 6000


def detecter_doublons(textes) -> pd.Series:
    """Numéro du groupe de copies exactes de chaque texte (mêmes mots après normalisation :
    majuscules, accents et ponctuation ignorés). Deux textes qui ont le même numéro sont
    des copies l'un de l'autre ; un texte unique a un numéro qu'il est seul à porter."""
    textes = _textes(textes)
    codes, _ = pd.factorize(_normaliser_tout(textes))
    return pd.Series(codes, index=textes.index, name="groupe_copies")


def _similarites_au_dessus(x, reference, seuil: float, bloc: int = 4000):
    """Pour chaque ligne de ``x`` : nombre de lignes de ``reference`` à similarité ≥ seuil,
    et les paires correspondantes (i, j), calculées par blocs pour borner la mémoire."""
    comptes = np.zeros(x.shape[0], dtype=np.int64)
    lignes, colonnes = [], []
    ref_t = reference.T.tocsc()
    for debut in range(0, x.shape[0], bloc):
        produit = (x[debut : debut + bloc] @ ref_t).tocsr()
        produit.data[produit.data < seuil] = 0
        produit.eliminate_zeros()
        comptes[debut : debut + bloc] = np.diff(produit.indptr)
        coo = produit.tocoo()
        lignes.append(coo.row.astype(np.int64) + debut)
        colonnes.append(coo.col.astype(np.int64))
    return comptes, np.concatenate(lignes), np.concatenate(colonnes)


def grouper_campagnes(
    textes,
    seuil: float = SEUIL_CAMPAGNE,
    voisins_min: int = VOISINS_MIN,
    mots_min: int = MOTS_MIN,
    taille_reference: int = TAILLE_REFERENCE,
    graine: int = 0,
) -> pd.DataFrame:
    """Repère les contributions qui appartiennent à une campagne coordonnée.

    Une contribution d'au moins ``mots_min`` mots est **signalée** quand au moins
    ``voisins_min`` autres contributions lui ressemblent à ``seuil`` près (similarité cosinus
    du TF-IDF des mots, mots vides retirés). Les contributions signalées qui se ressemblent
    forment un **groupe** (composantes connexes du graphe des ressemblances) ; un groupe de
    moins de ``voisins_min + 1`` contributions n'est pas une campagne, et ses membres ne
    restent pas signalés.

    Au-delà de ``taille_reference`` contributions, chacune est comparée à un échantillon de
    ``taille_reference`` contributions tirées au hasard (voir la fiche du module).

    Renvoie un tableau aligné sur ``textes`` : ``voisins`` (nombre de contributions
    semblables, dans l'échantillon de référence), ``signalee`` (vrai/faux), ``groupe``
    (numéro de campagne, -1 si la contribution n'est pas signalée).
    """
    textes = _textes(textes)
    if not 0 < seuil <= 1:
        raise ValueError(f"Le seuil de similarité doit être compris entre 0 et 1 (reçu : {seuil}).")
    if voisins_min < 1:
        raise ValueError(f"voisins_min doit valoir au moins 1 (reçu : {voisins_min}).")
    longs = np.flatnonzero(_nb_mots(textes) >= mots_min)
    if len(longs) <= voisins_min:
        return pd.DataFrame({"voisins": 0, "signalee": False, "groupe": -1}, index=textes.index)
    x = _vectoriseur().fit_transform(_normaliser_tout(textes.iloc[longs]))
    return _grouper(x, longs, textes.index, seuil, voisins_min, taille_reference, graine)


def _grouper(x, longs, index, seuil, voisins_min, taille_reference, graine) -> pd.DataFrame:
    """Cœur de grouper_campagnes, sur la matrice TF-IDF ``x`` des textes ``longs``."""
    resultat = pd.DataFrame({"voisins": 0, "signalee": False, "groupe": -1}, index=index)
    if len(longs) <= voisins_min:
        return resultat
    if len(longs) <= taille_reference:
        echantillon = np.arange(len(longs))
    else:
        echantillon = np.sort(
            np.random.default_rng(graine).choice(len(longs), taille_reference, replace=False)
        )
    if len(echantillon) < len(longs):
        # Présélection : une contribution qui n'a aucune voisine dans un premier échantillon
        # six fois plus petit n'a presque aucune chance d'en avoir voisins_min dans le grand.
        petit = echantillon[::6]  # l'échantillon est tiré au hasard : une ligne sur six aussi
        candidates = np.flatnonzero(_similarites_au_dessus(x, x[petit], seuil)[0] > 0)
    else:
        candidates = np.arange(len(longs))
    comptes_c, i, j = _similarites_au_dessus(x[candidates], x[echantillon], seuil)
    comptes = np.zeros(len(longs), dtype=np.int64)
    comptes[candidates] = comptes_c
    i = candidates[i]
    j = echantillon[j]
    soi = i == j
    comptes -= np.bincount(i[soi], minlength=len(longs))  # une contribution n'est pas sa propre voisine
    signalees = comptes >= voisins_min
    garde = ~soi & signalees[i] & signalees[j]
    graphe = sparse.coo_matrix(
        (np.ones(int(garde.sum()), dtype=np.int8), (i[garde], j[garde])), shape=(len(longs),) * 2
    )
    _, composantes = connected_components(graphe, directed=False)
    # Une campagne est un groupe d'au moins voisins_min + 1 contributions semblables : une
    # contribution signalée mais isolée (ses voisines ne le sont pas) n'en fait pas partie.
    if signalees.any():
        tailles = np.bincount(composantes[signalees], minlength=composantes.max() + 1)
        # Avec un échantillon, les arêtes ne relient qu'aux contributions de l'échantillon :
        # on exige seulement que le groupe ne soit pas réduit à une contribution.
        taille_min = voisins_min + 1 if len(echantillon) == len(longs) else 2
        signalees &= tailles[composantes] >= taille_min
    groupes = np.full(len(longs), -1)
    if signalees.any():
        _, renumerotees = np.unique(composantes[signalees], return_inverse=True)
        groupes[signalees] = renumerotees
    resultat.iloc[longs, 0] = comptes
    resultat.iloc[longs, 1] = signalees
    resultat.iloc[longs, 2] = groupes
    resultat["signalee"] = resultat["signalee"].astype(bool)
    return resultat


def evaluer_campagnes(signalees, membres) -> dict[str, float]:
    """Précision et rappel d'une détection de campagnes par rapport à la vérité de référence.

    ``signalees`` et ``membres`` : vrai/faux pour chaque contribution. Précision : part des
    contributions signalées qui appartiennent vraiment à une campagne ; rappel : part des
    contributions de campagne qui ont été signalées."""
    s = np.asarray(signalees, dtype=bool)
    m = np.asarray(membres, dtype=bool)
    if s.shape != m.shape:
        raise ValueError(
            f"Les deux colonnes n'ont pas la même longueur ({len(s)} et {len(m)} contributions)."
        )
    vrais = int((s & m).sum())
    return {
        "precision": vrais / max(int(s.sum()), 1),
        "rappel": vrais / max(int(m.sum()), 1),
        "signalees": int(s.sum()),
    }


def curseur_similarite(table: pd.DataFrame, seuil: float = SEUIL_CAMPAGNE,
                       voisins_min: int = VOISINS_MIN, campagnes: pd.DataFrame | None = None):
    """Widget : un curseur règle le seuil de similarité ; on voit combien de contributions
    seraient fusionnées en campagnes, les groupes formés, et un exemple de ce qui est fusionné.
    ``campagnes`` (facultatif) : le résultat de ``grouper_campagnes`` au seuil de départ, s'il
    est déjà calculé."""
    _verifier_table(table, ["identifiant", "texte"])
    deja_calcules = {round(seuil, 2): campagnes} if campagnes is not None else {}
    curseur = widgets.FloatSlider(
        value=seuil, min=0.30, max=0.90, step=0.02, description="Seuil",
        continuous_update=False, readout_format=".2f",
    )
    sortie = widgets.Output()

    def actualiser(*_):
        cle = round(curseur.value, 2)
        if cle not in deja_calcules:
            deja_calcules[cle] = grouper_campagnes(table["texte"], seuil=curseur.value, voisins_min=voisins_min)
        groupes = deja_calcules[cle]
        signalees = groupes[groupes["signalee"]]
        tailles = signalees["groupe"].value_counts()
        lignes = [
            f"Seuil {format_nombre(curseur.value, 2)} : {_pluriel(len(signalees), 'contribution')} "
            f"fusionnée{'s' if len(signalees) > 1 else ''} en {_pluriel(len(tailles), 'groupe')}."
        ]
        libelles = libelles_des_groupes(table, groupes)
        for numero, taille in tailles.head(4).items():
            membres = table.loc[signalees.index[signalees["groupe"] == numero]]
            # Nommés comme dans la synthèse (« Campagne coordonnée n° 1 », « Pétition n° 1 »).
            lignes.append(f"\n{libelles[numero]} ({_pluriel(int(taille), 'contribution')}) :")
            for _, ligne in membres.head(2).iterrows():
                lignes.append(f"  — [{ligne['identifiant']}] {abreger(ligne['texte'], 160)}")
        if len(tailles) > 4:
            lignes.append(f"\n… et {_pluriel(len(tailles) - 4, 'autre groupe')}.")
        remplir_sortie(sortie, texte="\n".join(lignes))

    return assembler_widget([curseur], [curseur], sortie, actualiser)


def nature_des_campagnes(table: pd.DataFrame, campagnes: pd.DataFrame,
                         part_auteurs_min: float = 0.5) -> pd.Series:
    """Pour chaque contribution : « aucune », « pétition » ou « campagne coordonnée ».

    Un groupe signalé par ``grouper_campagnes`` est une **pétition** quand il réunit
    presque autant de personnes que de textes (au moins ``part_auteurs_min`` auteur·e
    distinct·e par contribution : de vraies personnes qui signent le même texte, à compter
    une fois chacune) ; sinon c'est une **campagne coordonnée** (peu de comptes, beaucoup de
    textes), dont les copies ne sont pas des voix de plus. Sans colonne ``auteur``, on ne peut
    pas les distinguer : le groupe est un « groupe de textes semblables »."""
    _verifier_table(table, ["identifiant"])
    _verifier_table(campagnes, ["signalee", "groupe"], "campagnes")
    nature = pd.Series("aucune", index=table.index, name="nature", dtype=object)
    signalees = campagnes["signalee"].to_numpy(dtype=bool)
    if "auteur" not in table:
        nature[signalees] = "groupe de textes semblables"
        return nature
    auteurs = table["auteur"].astype(str)
    if signalees.any():
        groupes = campagnes["groupe"][signalees]
        ratio = auteurs[signalees].groupby(groupes.to_numpy()).nunique() / groupes.value_counts()
        est_petition = groupes.map(ratio >= part_auteurs_min).to_numpy(dtype=bool)
        nature[signalees] = np.where(est_petition, "pétition", "campagne coordonnée")
    return nature


def libelles_des_groupes(table: pd.DataFrame, campagnes: pd.DataFrame) -> dict[int, str]:
    """Le nom de chaque groupe signalé, comme dans la synthèse : une numérotation par sorte,
    dans l'ordre des numéros de groupe (« Pétition n° 1 », « Campagne coordonnée n° 1 » ;
    sans colonne des auteur·es, « Groupe de textes semblables n° 1 »)."""
    natures = nature_des_campagnes(table, campagnes)
    signalees = campagnes["signalee"].to_numpy(dtype=bool)
    groupes = campagnes["groupe"].to_numpy()
    prefixes = {"pétition": "Pétition", "campagne coordonnée": "Campagne coordonnée"}
    compteurs: dict[str, int] = {}
    libelles = {}
    for g in sorted(np.unique(groupes[signalees])):
        nature = natures.to_numpy()[signalees & (groupes == g)][0]
        compteurs[nature] = compteurs.get(nature, 0) + 1
        libelles[int(g)] = f"{prefixes.get(nature, 'Groupe de textes semblables')} n° {compteurs[nature]}"
    return libelles
