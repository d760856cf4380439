"""Le tableau de synthèse traçable : une ligne par thème, par signal faible et par campagne,
chacune citant les contributions sur lesquelles elle repose ; positions par thème."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..graphiques import PALETTE, graduations_a_la_francaise
from ..texte import accorder, format_nombre
from .copies import nature_des_campagnes
from .entrees import _verifier_table
from .themes import Themes, citations_representatives


def tracer_positions(comptes: pd.DataFrame, titre: str = "Positions par thème", ax=None):
    """Barres empilées horizontales : une ligne par thème, une couleur par position
    (colonnes du tableau : pour, contre, nuancé…), en parts de chaque ligne."""
    if not isinstance(comptes, pd.DataFrame):
        raise TypeError(f"tracer_positions attend un tableau pandas ; reçu : {type(comptes).__name__}.")
    parts = comptes.div(comptes.sum(axis=1), axis=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.4 * len(parts) + 1.5))
    couleurs = {"pour": PALETTE[2], "contre": PALETTE[5], "nuancé": PALETTE[4]}
    parts.iloc[::-1].plot.barh(stacked=True, ax=ax,
                               color=[couleurs.get(c, PALETTE[7]) for c in parts.columns])
    ax.set_xlim(0, 1)
    graduations_a_la_francaise(ax, "x", pourcentage=True)
    ax.set_title(titre)
    ax.set_xlabel("Part des contributions du thème")
    ax.set_ylabel("Thème")
    ax.legend(title="Position", bbox_to_anchor=(1.0, 1.0), loc="upper left")
    return ax


# Les rubriques du tableau de synthèse. Chaque contribution reçue est rangée dans
# **exactement une** ligne des rubriques « au total » (thème, signal faible, campagne, accords
# courts, vide ou illisible, à relire) ; les lignes « écarté » disent ce qui n'a pas de ligne
# (thème « phrase type », thème vidé, sujet de vigilance trop rare) et pourquoi.
RUBRIQUES = ("thème", "signal faible", "campagne", "accords courts", "vide ou illisible", "à relire", "écarté")
PART_A_RELIRE = 0.2  # force du lien au thème sous laquelle un texte part « à relire » (× la médiane)


def _sujet_du_groupe(themes: Themes, noms: dict, textes: pd.Series, theme: int) -> str:
    """Ce dont parle un groupe de copies : le nom du thème où la machine range la plupart de ses
    textes, si le mot qui pèse le plus dans le groupe (parmi ceux qu'emploie au moins la moitié de
    ses textes) est un mot-clé de ce thème ; sinon les trois mots du groupe qui pèsent le plus. Un
    groupe que la machine range dans un thème sans rapport (une pétition ferroviaire dans « bois ·
    facture »), ou qui ne partage avec lui que des mots d'à côté (une campagne contre la ZFE rangée
    dans l'avis d'ensemble sur le plan parce qu'elle cite « le plan » et « le centre-ville »), n'en
    prend pas le nom."""
    from .textes import _normaliser_tout
    from .themes import _formes_accentuees

    x = themes.vectoriseur.transform(_normaliser_tout(textes))
    moyenne = np.asarray(x.mean(axis=0)).ravel()
    presence = np.asarray((x > 0).mean(axis=0)).ravel()  # part des textes du groupe qui emploient le mot
    mots = themes.vectoriseur.get_feature_names_out()
    communs = np.flatnonzero(presence >= 0.5)
    propres = [str(mots[i]) for i in communs[np.argsort(-moyenne[communs])]]
    if not propres or propres[0] in themes.mots_cles[theme][:10]:
        return noms[theme]
    formes = _formes_accentuees(textes, set(propres[:3]))
    return " · ".join(formes.get(m, m) for m in propres[:3])


def synthetiser(table: pd.DataFrame, themes: Themes, campagnes: pd.DataFrame | None = None,
                minorites: pd.DataFrame | None = None, noms: dict | None = None,
                nb_citations: int = 3, part_petit_theme: float = 0.03, *, accords=None, lisibles=None,
                vigilance: dict | None = None, parents=None, contributions_min: int = 3,
                part_a_relire: float = PART_A_RELIRE, garder=None, sujets_cherches: dict | None = None) -> pd.DataFrame:
    """Le tableau de synthèse : une ligne par thème, par signal faible, par campagne, et pour
    ce qui reste (accords courts, textes vides ou illisibles, textes « à relire »).

    **Comptabilité** : chaque contribution est rangée dans exactement une ligne dont
    ``au_total`` est vrai, dans cet ordre de priorité : texte vide ou illisible, campagne
    (pétition ou campagne coordonnée), sujet de vigilance (ligne « signal faible »), accord
    court (rattaché à la ligne de la contribution qu'il approuve si ``parents`` la donne),
    thème de la machine, sinon « à relire » (aucun thème ne l'explique bien). La somme des
    ``contributions`` de ces lignes est donc le nombre de contributions reçues
    (``comptabilite`` le vérifie). Les thèmes « phrase type » (``themes_artefacts``) n'ont
    pas de ligne : leurs contributions vont à leur second thème ou « à relire », et ils sont
    listés en rubrique « écarté », avec leur taille et la raison (``au_total`` faux).

    Chaque ligne dit combien de **contributions** et combien de **voix** (auteur·es
    distinct·es ; sans colonne ``auteur``, les voix ne peuvent pas être comptées : ``voix``
    est vide) elle représente, et **cite** des identifiants (colonne ``citations`` :
    des contributions représentatives ; ``identifiants`` : toutes).
    ``noms`` (facultatif) : le nom donné par l'équipe à chaque thème (numéro → nom).
    ``garder`` (facultatif) : les numéros des thèmes que l'équipe a relus et décide de garder
    même si la règle des phrases types les écarte ; leur ligne le dit (colonne ``avis_machine``).
    ``sujets_cherches`` (facultatif) : des sujets que l'équipe attendait (ceux du dossier de la
    concertation), avec leurs mots comme pour ``vigilance`` ; chacun reçoit une ligne « sujet
    cherché », hors du total, qui dit combien de contributions emploient ses mots et dans
    quelles lignes elles sont rangées (un sujet que la machine a fondu dans d'autres thèmes ne
    disparaît pas du rapport sans être dit).

    Sur chaque autre ligne comptée au total, ``textes_comptes_campagne`` compte les textes
    écrits par des comptes d'une campagne coordonnée que le repérage des copies n'a pas
    retenus, et ``comptes_campagne`` ces comptes."""
    from .textes import _accords_courts, _lisibles, _normaliser_tout
    from .themes import themes_artefacts

    _verifier_table(table, ["identifiant", "texte"])
    if not isinstance(themes, Themes):
        raise TypeError("« themes » doit être le résultat de extraire_themes(…).")
    if len(themes.etiquettes) != len(table):
        raise ValueError(f"« themes » porte sur {len(themes.etiquettes)} textes, la table en a {len(table)} : "
                         "calculez les thèmes sur cette table.")
    for valeur, nom_argument, colonnes, origine in ((campagnes, "campagnes", ["signalee", "groupe"], "grouper_campagnes"),
                                                   (minorites, "minorites", ["signal", "identifiants"],
                                                    "reperer_minorites")):
        if valeur is None:
            continue
        try:
            _verifier_table(valeur, colonnes, nom_argument)
        except (KeyError, TypeError) as erreur:
            raise type(erreur)(
                f"{erreur.args[0]} « {nom_argument} » vient de {origine}(…) ; vérifiez l'ordre des arguments : "
                "synthetiser(table, themes, campagnes, minorites, noms=…).") from None
    n = len(table)
    avec_auteurs = "auteur" in table
    auteurs = table["auteur"].astype(str).to_numpy() if avec_auteurs else None
    ids = table["identifiant"].astype(str).to_numpy()
    if accords is None or lisibles is None:
        normalises = _normaliser_tout(table["texte"].fillna("").astype(str))
        lisibles = _lisibles(normalises) if lisibles is None else lisibles
        accords = _accords_courts(normalises) if accords is None else accords
        del normalises
    lisibles = np.asarray(lisibles, dtype=bool)
    accords = np.asarray(accords, dtype=bool) & lisibles
    en_campagne = (np.zeros(n, dtype=bool) if campagnes is None
                   else campagnes["signalee"].to_numpy(dtype=bool)) & lisibles
    position = table["position"].astype(str).to_numpy() if "position" in table else None
    noms_equipe = {int(k): str(v) for k, v in (noms or {}).items()}
    noms = {**themes.noms, **noms_equipe}
    ligne_de = np.full(n, -1, dtype=np.int64)  # la ligne où chaque contribution est rangée
    lignes: list[dict] = []

    def ajouter(rubrique, intitule, masque, cites=None, **autres):
        masque = np.asarray(masque, dtype=bool)
        membres = np.flatnonzero(masque)
        if not len(membres):
            return None
        if rubrique != "écarté":
            ligne_de[membres] = len(lignes)
        cites = list(ids[membres[:nb_citations]]) if cites is None else list(cites)
        lignes.append({"rubrique": rubrique, "intitule": intitule, "contributions": len(membres),
                       "voix": len(np.unique(auteurs[membres])) if avec_auteurs else None,
                       "citations": cites, "identifiants": list(ids[membres]),
                       "au_total": rubrique != "écarté", **autres})
        return lignes[-1]

    libre = lambda: ligne_de == -1  # noqa: E731
    ajouter("vide ou illisible", "Textes vides ou illisibles (émojis, ponctuation)", ~lisibles)
    # Campagnes et pétitions.
    if campagnes is not None and en_campagne.any():
        natures = nature_des_campagnes(table, campagnes).to_numpy()
        groupes = campagnes["groupe"].to_numpy()
        numeros_par_nature: dict[str, int] = {}
        for g in sorted(np.unique(groupes[en_campagne])):
            masque = en_campagne & (groupes == g)
            nature = natures[masque][0]
            prefixe = {"pétition": "Pétition", "campagne coordonnée": "Campagne coordonnée"}.get(
                nature, "Groupe de textes semblables")
            # Une numérotation par sorte (« Campagne coordonnée n° 1 » quand elle est la seule).
            numeros_par_nature[nature] = numeros_par_nature.get(nature, 0) + 1
            etiquettes = themes.etiquettes.to_numpy()[masque]
            ajouter("campagne", f"{prefixe} n° {numeros_par_nature[nature]} : "
                    f"{_sujet_du_groupe(themes, noms, table['texte'][masque].fillna('').astype(str), int(np.bincount(etiquettes).argmax()))}",
                    masque,
                    nature=nature, demande=_demande(table["texte"], masque), groupe=int(g))
    # Sujets de vigilance (décidés par les personnes) : avant les thèmes de la machine.
    position_id = pd.Series(np.arange(n), index=ids)
    if minorites is not None:
        for _, m in minorites.iterrows():
            if m.get("origine") == "petit thème":
                continue  # un petit thème a déjà sa ligne de thème, marquée petit_theme
            rangs = position_id.reindex([str(i) for i in m["identifiants"]]).dropna().astype(int).to_numpy()
            rangs = rangs[libre()[rangs]]
            masque = np.zeros(n, dtype=bool)
            masque[rangs] = True
            # Citer, dans l'ordre du repérage (le plus caractéristique d'abord), des
            # contributions d'auteur·es différent·es.
            vue = pd.DataFrame({"identifiant": ids[rangs], "auteur": (auteurs if avec_auteurs else ids)[rangs]})
            ajouter("signal faible", m["signal"], masque, vue.drop_duplicates("auteur")["identifiant"].head(nb_citations),
                    trouvees=len(m["identifiants"]))
    # Accords courts : rangés à part pour l'instant, rattachés plus bas si possible.
    accords_libres = accords & libre()
    ligne_de[accords_libres] = -2
    # Thèmes de la machine, sans les thèmes « phrase type ».
    etiquettes = themes.etiquettes.to_numpy().copy()
    force = themes.force.to_numpy().astype(float).copy()
    restants = libre()
    restants_au_depart = restants.copy()
    artefacts = themes_artefacts(themes, restants)
    gardes = _themes_gardes(garder, themes, noms_equipe)
    avis_machine = {k: artefacts.pop(k) for k in gardes if k in artefacts}
    # Le nom donné par l'équipe l'emporte : un thème qu'elle a nommé « Phrase type : … » est
    # écarté comme tel, même si la règle de la machine l'aurait gardé.
    for k, nom in noms_equipe.items():
        if k in themes.mots_cles and k not in artefacts and _nomme_phrase_type(nom):
            artefacts[k] = RAISON_NOMME_PHRASE_TYPE
    taille_initiale = np.bincount(etiquettes[restants], minlength=len(themes.mots_cles))
    if artefacts:
        seconde = themes.seconde.to_numpy()
        dans_artefact = np.isin(etiquettes, list(artefacts))
        vers_seconde = dans_artefact & ~np.isin(seconde, list(artefacts))
        etiquettes[vers_seconde] = seconde[vers_seconde]
        force[vers_seconde] = themes.force_seconde.to_numpy()[vers_seconde]
        force[dans_artefact & ~vers_seconde] = 0.0
    positives = force[restants & (force > 0)]
    seuil = part_a_relire * float(np.median(positives)) if len(positives) else 0.0
    a_relire = restants & (force <= seuil)
    restants &= ~a_relire
    citations = citations_representatives(table, themes, n=nb_citations, exclure=~restants,
                                          etiquettes=etiquettes, force=force)
    effectifs = pd.Series(etiquettes[restants]).value_counts()
    for k in effectifs.index:
        masque = restants & (etiquettes == k)
        cites = citations.loc[citations["theme"] == k, "identifiant"]
        entree = ajouter("thème", noms[int(k)], masque, cites, numero_theme=int(k))
        if int(k) in avis_machine:
            entree["avis_machine"] = avis_machine[int(k)] + " ; gardé par l'équipe"
        # Un petit thème garde sa ligne (sous le nom donné par l'équipe) : on le marque.
        entree["petit_theme"] = bool(effectifs[k] < part_petit_theme * n)
        if position is not None:
            parts = pd.Series(position[masque]).value_counts(normalize=True)
            for p in ("pour", "contre", "nuancé"):
                entree[p] = float(parts.get(p, 0.0))
    # Accords courts rattachés à la contribution qu'ils approuvent, quand les données le disent.
    attaches = np.zeros(n, dtype=bool)
    if parents is not None:
        parents = pd.Series(np.asarray(parents, dtype=object)).fillna("").astype(str).to_numpy()
        cibles = position_id.reindex(parents).to_numpy()
        for _ in range(5):  # une réponse à une réponse : on remonte jusqu'à cinq niveaux
            en_attente = (ligne_de == -2) & ~np.isnan(cibles)
            if not en_attente.any():
                break
            rang_parent = cibles[en_attente].astype(int)
            ligne_parent = ligne_de[rang_parent]
            ok = ligne_parent >= 0
            positions = np.flatnonzero(en_attente)
            ligne_de[positions[ok]] = ligne_parent[ok]
            attaches[positions[ok]] = True
        for numero in np.unique(ligne_de[attaches]):
            membres = np.flatnonzero(ligne_de == numero)
            entree = lignes[numero]
            entree["contributions"] = len(membres)
            entree["identifiants"] = list(ids[membres])
            entree["voix"] = len(np.unique(auteurs[membres])) if avec_auteurs else None
            entree["accords_rattaches"] = int(attaches[membres].sum())
    restent = ligne_de == -2
    ligne_de[restent] = -1
    ajouter("accords courts",
            "Accords courts (« +1 », « D'accord ») sans contribution d'origine connue" if parents is not None
            else "Accords courts (« +1 », « D'accord »), comptés à part", restent)
    ajouter("à relire", "À relire : textes qu'aucun thème n'explique bien", a_relire | (ligne_de == -1) & lisibles)
    # Ce qui n'a pas de ligne, et pourquoi.
    for k in themes.mots_cles:
        if k in artefacts and taille_initiale[k]:
            masque = (themes.etiquettes.to_numpy() == k) & restants_au_depart
            ajouter("écarté", _intitule_ecarte(k, themes, noms_equipe), masque, numero_theme=int(k),
                    raison=artefacts[k], nomme_phrase_type=_nomme_phrase_type(noms_equipe.get(k, "")))
        elif k not in effectifs.index:
            masque = themes.etiquettes.to_numpy() == k
            raison = ("aucune contribution à ranger" if not masque.any() else
                      "toutes ses contributions sont rangées ailleurs (campagne, sujet de vigilance, accord court, "
                      "texte vide ou à relire)")
            entree = ajouter("écarté", _intitule_ecarte(k, themes, noms_equipe), masque, raison=raison,
                             numero_theme=int(k))
            if entree is None:
                lignes.append({"rubrique": "écarté", "intitule": _intitule_ecarte(k, themes, noms_equipe),
                               "contributions": 0, "voix": 0 if avec_auteurs else None, "citations": [],
                               "identifiants": [], "au_total": False, "raison": raison, "numero_theme": int(k)})
    signaux = set(minorites["signal"]) if minorites is not None and len(minorites) else set()
    absents = [sujet for sujet in (vigilance or {}) if sujet not in signaux]
    trouves = _trouvees(table, {s: vigilance[s] for s in absents}) if absents else {}
    for sujet in absents:
        nombre = len(trouves.get(sujet, []))
        if nombre == 0:
            raison = f"aucune contribution n'emploie ses mots (il en faut {contributions_min} pour une ligne)"
        else:
            raison = (f"{accorder(nombre, 'contribution')} {'emploie' if nombre < 2 else 'emploient'} ses mots, il en "
                      f"faut {contributions_min} pour une ligne ; "
                      + ("elle reste rangée à sa place" if nombre < 2 else "elles restent rangées à leur place")
                      + " dans la synthèse")
        lignes.append({"rubrique": "écarté", "intitule": f"Sujet de vigilance « {sujet} »", "contributions": 0,
                       "voix": 0 if avec_auteurs else None, "citations": [], "identifiants": list(trouves.get(sujet, [])),
                       "au_total": False, "trouvees": nombre, "raison": raison})
    # Où sont allées les contributions d'un thème écarté comme phrase type.
    for entree in lignes:
        if entree["rubrique"] == "écarté" and entree.get("numero_theme", -1) in artefacts and entree["contributions"]:
            entree["raison"] = artefacts[entree["numero_theme"]] + " ; " + _destinations(
                ligne_de[position_id.reindex(entree["identifiants"]).to_numpy()], lignes)
    # Les autres textes des comptes d'une campagne coordonnée, rangés ailleurs.
    if avec_auteurs:
        _textes_des_comptes_de_campagne(lignes, auteurs, position_id, position)
    # Les sujets que l'équipe attendait : où la synthèse a rangé les contributions qui en parlent.
    if sujets_cherches:
        if not isinstance(sujets_cherches, dict):
            raise TypeError("« sujets_cherches » doit être un dictionnaire : {\"sujet\": [\"mot\", …]}.")
        for sujet, identifiants in _trouvees(table, sujets_cherches).items():
            rangs = position_id.reindex(identifiants).to_numpy()
            lignes.append({"rubrique": "sujet cherché", "intitule": str(sujet), "contributions": len(rangs),
                           "voix": len(np.unique(auteurs[rangs])) if avec_auteurs else None,
                           "citations": list(identifiants[:nb_citations]), "identifiants": list(identifiants),
                           "au_total": False, "trouvees": len(rangs),
                           "repartition": _repartition(ligne_de[rangs], lignes)})
    synthese = pd.DataFrame(lignes)
    for colonne, defaut in (("petit_theme", False), ("nature", ""), ("demande", ""), ("raison", ""), ("avis_machine", ""),
                            ("textes_comptes_campagne", 0), ("comptes_campagne", 0), ("repartition", ""),
                            ("nomme_phrase_type", False),
                            ("accords_rattaches", 0), ("numero_theme", -1), ("trouvees", 0), ("groupe", -1)):
        if colonne not in synthese:
            synthese[colonne] = defaut
        synthese[colonne] = synthese[colonne].where(synthese[colonne].notna(), defaut)
    synthese["petit_theme"] = synthese["petit_theme"].astype(bool)
    synthese["nomme_phrase_type"] = synthese["nomme_phrase_type"].astype(bool)
    synthese["accords_rattaches"] = synthese["accords_rattaches"].astype(int)
    synthese["numero_theme"] = synthese["numero_theme"].astype(int)
    synthese["trouvees"] = synthese["trouvees"].astype(int)
    synthese["groupe"] = synthese["groupe"].astype(int)
    synthese["textes_comptes_campagne"] = synthese["textes_comptes_campagne"].astype(int)
    synthese["comptes_campagne"] = synthese["comptes_campagne"].astype(int)
    synthese.attrs["contributions_min"] = int(contributions_min)
    if avec_auteurs:
        synthese["voix"] = synthese["voix"].astype(int)
    synthese.attrs["voix_comptees"] = avec_auteurs
    return synthese


def _textes_des_comptes_de_campagne(lignes: list[dict], auteurs: np.ndarray, position_id: pd.Series,
                                    position: np.ndarray | None) -> None:
    """Sur chaque ligne comptée au total (hors campagnes), les textes des comptes des campagnes
    coordonnées que le repérage des copies n'a pas retenus : leur nombre, leurs comptes, et les
    positions de la ligne sans eux. Modifie ``lignes``."""
    comptes = {str(a) for entree in lignes
               if entree["rubrique"] == "campagne" and entree.get("nature") == "campagne coordonnée"
               for a in auteurs[position_id.reindex(entree["identifiants"]).to_numpy()]}
    if not comptes:
        return
    for autre in lignes:
        if autre["rubrique"] not in ("thème", "signal faible", "accords courts", "à relire") or not autre.get(
                "au_total", True):
            continue
        rangs = position_id.reindex(autre["identifiants"]).to_numpy()
        des_comptes = np.isin(auteurs[rangs], list(comptes))
        if not des_comptes.any():
            continue
        autre["textes_comptes_campagne"] = int(des_comptes.sum())
        autre["comptes_campagne"] = len(np.unique(auteurs[rangs][des_comptes]))
        if position is not None and "pour" in autre:
            parts = pd.Series(position[rangs][~des_comptes]).value_counts(normalize=True)
            for p in ("pour", "contre", "nuancé"):
                autre[f"{p}_sans_comptes_campagne"] = float(parts.get(p, 0.0))


RAISON_NOMME_PHRASE_TYPE = "nommé phrase type par l'équipe"


def _themes_gardes(garder, themes: Themes, noms_equipe: dict) -> set[int]:
    """Les numéros de thèmes que l'équipe garde (``garder``), vérifiés."""
    if garder is None:
        return set()
    if isinstance(garder, (int, np.integer)):
        garder = [garder]
    try:
        gardes = {int(k) for k in garder}
    except (TypeError, ValueError):
        raise TypeError("« garder » doit être une liste de numéros de thèmes, par exemple garder=[7].") from None
    inconnus = sorted(gardes - set(themes.mots_cles))
    if inconnus:
        raise ValueError(f"« garder » cite un thème qui n'existe pas ({', '.join(map(str, inconnus))}) : "
                         f"les thèmes vont de 0 à {len(themes.mots_cles) - 1}.")
    contradictions = sorted(k for k in gardes if _nomme_phrase_type(noms_equipe.get(k, "")))
    if contradictions:
        raise ValueError(f"Le thème {contradictions[0]} est à la fois nommé « Phrase type » et gardé : "
                         "choisissez (un nom de sujet pour le garder, ou le retirer de « garder »).")
    return gardes


def _nomme_phrase_type(nom: str) -> bool:
    """Le nom donné par l'équipe dit-il « phrase type » (« Phrase type : demandes brèves… ») ?"""
    from ..texte import sans_accents

    return " ".join(sans_accents(str(nom)).lower().replace("-", " ").split()).startswith("phrase type")


def _intitule_ecarte(k: int, themes: Themes, noms_equipe: dict) -> str:
    """L'intitulé d'un thème écarté : le nom donné par l'équipe (s'il y en a un) à côté des
    mots-clés de la machine."""
    machine = themes.noms[k]
    nom = noms_equipe.get(int(k))
    if nom and nom != machine:
        return f"{entre_guillemets(nom)} (thème de la machine {entre_guillemets(machine)})"
    return f"Thème de la machine {entre_guillemets(machine)}"


def entre_guillemets(texte: str) -> str:
    """« texte », avec les guillemets qu'il contient déjà changés en guillemets de second
    niveau (“ ”), comme le veut la typographie française."""
    return "« " + str(texte).replace("« ", "“").replace(" »", "”").replace("«", "“").replace("»", "”") + " »"


def _trouvees(table: pd.DataFrame, sujets: dict) -> dict:
    """Pour chaque sujet ({"sujet": ["mot", …]}), les identifiants des contributions qui
    emploient un de ses mots (mots entiers, « * » pour un début de mot, comme la vigilance)."""
    from .vigilance import reperer_minorites

    trouves = reperer_minorites(table, None, vigilance=sujets, contributions_min=1, mots_entiers=True)
    par_sujet = {str(ligne["signal"]): [str(i) for i in ligne["identifiants"]] for _, ligne in trouves.iterrows()}
    return {str(sujet): par_sujet.get(str(sujet), []) for sujet in sujets}


def _repartition(places: np.ndarray, lignes: list[dict]) -> dict:
    """{intitulé de la ligne : nombre} pour des numéros de ligne, des plus fréquentes aux moins."""
    comptes = pd.Series(places[places >= 0]).value_counts()
    return {lignes[int(k)]["intitule"]: int(v) for k, v in comptes.items()}


def _destinations(places: np.ndarray, lignes: list[dict]) -> str:
    """Où sont rangées des contributions, en une phrase (« rangées dans 8 lignes de thème,
    dont « … » (40), et 12 « à relire » »)."""
    repartition = _repartition(places, lignes)
    rubrique = {e["intitule"]: e["rubrique"] for e in lignes}
    de_theme = {k: v for k, v in repartition.items() if rubrique.get(k) == "thème"}
    a_relire = sum(v for k, v in repartition.items() if rubrique.get(k) == "à relire")
    autres = sum(repartition.values()) - sum(de_theme.values()) - a_relire
    morceaux = []
    if de_theme:
        premier = next(iter(de_theme))
        morceaux.append(f"{accorder(len(de_theme), 'ligne')} de thème"
                        + (f", surtout {entre_guillemets(premier)} ({format_nombre(de_theme[premier])})"
                           if len(de_theme) > 1 else f" ({entre_guillemets(premier)})"))
    if a_relire:
        morceaux.append(f"{format_nombre(a_relire)} « à relire »")
    if autres:
        morceaux.append(f"{format_nombre(autres)} dans d'autres places")
    return "ses contributions sont rangées dans " + " et ".join(morceaux) if morceaux else "aucune contribution à ranger"


def _demande(textes: pd.Series, masque) -> str:
    """Ce que demande un groupe de textes semblables : son texte le plus fréquent, abrégé."""
    from .citations import abreger

    membres = textes[np.asarray(masque, dtype=bool)].fillna("").astype(str)
    return abreger(membres.value_counts().index[0] if len(membres) else "", 200)


def comptabilite(synthese: pd.DataFrame, table: pd.DataFrame, par: str = "rubrique") -> pd.DataFrame:
    """La comptabilité de la synthèse : où est rangée chaque contribution reçue.

    ``par="rubrique"`` : une ligne par sorte de place (thèmes, sujets de vigilance,
    pétitions, campagnes coordonnées, accords courts, textes vides ou illisibles, à relire) ;
    ``par="ligne"`` : une ligne par ligne de la synthèse. Colonnes ``contributions`` et
    ``voix`` (personnes distinctes ; une personne qui a écrit dans deux places compte dans
    chacune, d'où un total de voix plus petit que la somme). La dernière ligne, « Total »,
    donne le nombre de contributions reçues : si la somme des places ne l'égale pas, ou si
    une contribution est rangée deux fois ou nulle part, une erreur le dit."""
    _verifier_table(synthese, ["rubrique", "intitule", "contributions", "identifiants", "au_total"], "synthese")
    _verifier_table(table, ["identifiant"])
    if par not in ("rubrique", "ligne"):
        raise ValueError(f"par vaut « rubrique » ou « ligne » (reçu : {par!r}).")
    rangees = synthese[synthese["au_total"].astype(bool)]
    tous = [i for liste in rangees["identifiants"] for i in liste]
    attendus = table["identifiant"].astype(str)
    if len(tous) != len(attendus) or set(tous) != set(attendus):
        doubles = len(tous) - len(set(tous))
        oubliees = len(set(attendus) - set(tous))
        raise ValueError(
            f"La comptabilité ne tombe pas juste : {len(attendus)} contributions reçues, {len(tous)} rangées "
            f"({doubles} rangées deux fois, {oubliees} rangées nulle part)."
        )
    auteurs = (pd.Series(table["auteur"].astype(str).to_numpy(), index=attendus.to_numpy())
               if "auteur" in table else None)

    def voix(identifiants):
        return None if auteurs is None else int(auteurs.reindex(identifiants).nunique())

    def place(ligne):
        if ligne["rubrique"] == "campagne":
            return {"pétition": "pétitions"}.get(ligne.get("nature"), "campagnes coordonnées"
                                                 if ligne.get("nature") == "campagne coordonnée"
                                                 else "groupes de textes semblables")
        return {"thème": "thèmes", "signal faible": "sujets de vigilance", "accords courts": "accords courts",
                "vide ou illisible": "textes vides ou illisibles", "à relire": "à relire"}[ligne["rubrique"]]

    if par == "ligne":
        resultat = pd.DataFrame({"place": rangees.apply(place, axis=1).to_numpy(),
                                 "intitule": rangees["intitule"].to_numpy(),
                                 "contributions": rangees["contributions"].to_numpy(),
                                 "voix": [voix(i) for i in rangees["identifiants"]]})
    else:
        ordre = ["thèmes", "sujets de vigilance", "pétitions", "campagnes coordonnées",
                 "groupes de textes semblables", "accords courts", "textes vides ou illisibles", "à relire"]
        cles = rangees.apply(place, axis=1).to_numpy()
        resultat = []
        for cle in ordre:
            choisies = rangees[cles == cle]
            if len(choisies):
                ids = [i for liste in choisies["identifiants"] for i in liste]
                resultat.append({"place": cle, "intitule": f"{len(choisies)} ligne{'s' if len(choisies) > 1 else ''}",
                                 "contributions": len(ids), "voix": voix(ids)})
        resultat = pd.DataFrame(resultat)
    total = pd.DataFrame([{"place": "Total", "intitule": "contributions reçues", "contributions": len(attendus),
                           "voix": None if auteurs is None else int(auteurs.nunique())}])
    resultat = pd.concat([resultat, total], ignore_index=True)
    if auteurs is not None:
        resultat["voix"] = resultat["voix"].astype(int)
    return resultat
