"""Le rapport pour les élu·es, en Markdown puis en page HTML autonome, et le tableau de
synthèse en CSV pour les collègues (conventions des tableurs français).

Le rapport ne dit que ce qui a été fait : ses phrases de méthode et de limites suivent les
étapes réellement faites (noms donnés par l'équipe ou par la machine, positions présentes
ou non, redressement fait ou non, colonne des auteur·es présente ou non). Tout texte venu des
données (citations, noms, identifiants) est échappé : rien n'y devient du HTML."""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd

from ..texte import accorder, format_nombre, format_pourcentage
from .citations import DONNEE_MASQUEE, abreger, masquer_donnees_personnelles
from .entrees import _verifier_table
from .representativite import NON_RENSEIGNE, comparer_a_la_population
from .tableau import comptabilite, entre_guillemets

_ACTIFS_MARKDOWN = re.compile(r"([\\`*_\[\]<>])")


def _md(texte) -> str:
    """Un texte venu des données, sûr dans du Markdown : les caractères qui font une mise en
    forme ou une balise (« < », « * », « [ »…) sont précédés d'une barre oblique inverse,
    les retours à la ligne deviennent des espaces."""
    return _ACTIFS_MARKDOWN.sub(r"\\\1", " ".join(str(texte).split()))


def _pourcent(x: float) -> str:
    """« 58 % » avec une espace ordinaire avant « % », comme depuis la première version du
    rapport ; le nombre lui-même est écrit par format_pourcentage."""
    return format_pourcentage(x).replace("\u202f", " ")


def _comptes_des_campagnes(coordonnees: pd.DataFrame, table: pd.DataFrame) -> set:
    """Les comptes (auteur·es) qui ont déposé les textes des campagnes coordonnées."""
    if not len(coordonnees) or "identifiants" not in coordonnees or "auteur" not in table:
        return set()
    auteurs = pd.Series(table["auteur"].astype(str).to_numpy(), index=table["identifiant"].astype(str).to_numpy())
    ids = [str(i) for liste in coordonnees["identifiants"] for i in liste]
    return set(auteurs.reindex(ids).dropna())


def _note(notes_equipe: dict, intitule: str) -> str:
    """La note de l'équipe sur une ligne, signée et échappée."""
    return f"*Note de l'équipe* : {_md(str(notes_equipe[intitule]))}"


def _voix(n) -> str:
    return "voix non comptées" if n is None or pd.isna(n) else f"{format_nombre(int(n))} voix"


def _accord(nombre: int, mot: str) -> str:
    """Le mot (adjectif, participe) accordé au nombre, sans le nombre : « repéré » / « repérés »."""
    return accorder(nombre, mot).split(" ", 1)[1]


def _noms_de_la_machine(themes: pd.DataFrame) -> bool:
    """Les noms des thèmes sont-ils les mots-clés de la machine (« bus · tram · ligne ») ?"""
    return bool(len(themes)) and themes["intitule"].astype(str).str.contains(" · ", regex=False).all()


def rapport_markdown(synthese: pd.DataFrame, table: pd.DataFrame,
                     titre: str = "Synthèse de la concertation", nb_lignes_citees: int = 3,
                     population: pd.DataFrame | None = None, poids=None,
                     question: str = "question_zfe",
                     intitule_question: str = "Êtes-vous favorable à l'extension de la zone à faibles "
                                               "émissions en 2027 ?",
                     reglages: dict | None = None, relu_par_equipe: bool = False,
                     citations_retirees=(), notes_equipe: dict | None = None) -> str:
    """Un rapport lisible par des élu·es : la comptabilité (où est rangée chaque contribution
    reçue), un résumé, la méthode telle qu'elle a été suivie, qui a parlé par rapport à la
    population (si ``population`` est donnée), la question fermée (un chiffre de référence :
    une réponse par personne ; les autres expliqués), une partie par ligne de la synthèse avec
    des citations (données personnelles masquées, coupées entre deux mots), ce qui a été
    écarté et pourquoi, les limites, et une annexe qui liste **tous** les identifiants de
    chaque ligne. ``reglages`` : le dictionnaire du même nom renvoyé par
    ``synthetiser_consultation`` (ce qui a été fait), s'il est connu.

    ``relu_par_equipe`` : l'équipe déclare avoir relu les citations (données personnelles,
    indices de santé…) et les contributions sans thème. Tant qu'elle ne l'a pas fait, le
    rapport s'ouvre sur un encadré « Brouillon » qui dit ce qui reste à faire avant de le
    diffuser ; l'outil ne peut pas le vérifier : ne le déclarez qu'une fois fait.

    Ce que la relecture décide entre dans le rapport : ``citations_retirees`` (identifiants des
    citations à ne pas montrer : donnée de santé, indice qui permet de reconnaître quelqu'un…),
    dont le nombre est dit sur la ligne ; ``notes_equipe`` ({intitulé d'une ligne : texte}, par
    exemple ce que l'équipe a lu dans les textes « à relire » ou dans un thème écarté), écrites
    sous la ligne, signées « Note de l'équipe »."""
    _verifier_table(synthese, ["rubrique", "intitule", "contributions", "voix", "citations"], "synthese")
    _verifier_table(table, ["identifiant", "texte"])
    reglages = dict(reglages or {})
    ids = table["identifiant"].astype(str).to_numpy()
    textes = pd.Series(table["texte"].astype(str).to_numpy(), index=ids)
    reperes = (pd.Series(table["donnees_personnelles"].astype(str).to_numpy(), index=ids)
               if "donnees_personnelles" in table else None)
    avec_auteurs = "auteur" in table
    auteurs = table["auteur"].astype(str) if avec_auteurs else None
    au_total = synthese["au_total"].astype(bool) if "au_total" in synthese else pd.Series(True, index=synthese.index)
    themes = synthese[(synthese["rubrique"] == "thème") & au_total]
    themes = themes.sort_values("voix" if avec_auteurs else "contributions", ascending=False)
    signaux = synthese[synthese["rubrique"] == "signal faible"]
    campagnes = synthese[synthese["rubrique"] == "campagne"]
    nature = campagnes["nature"] if "nature" in campagnes else pd.Series("", index=campagnes.index)
    petitions = campagnes[nature == "pétition"]
    coordonnees = campagnes[nature == "campagne coordonnée"]
    semblables = campagnes[~nature.isin(["pétition", "campagne coordonnée"])]
    restes = synthese[synthese["rubrique"].isin(["accords courts", "vide ou illisible", "à relire"])]
    ecartes = synthese[synthese["rubrique"] == "écarté"]
    cherches = synthese[synthese["rubrique"] == "sujet cherché"]
    minimum = int(synthese.attrs.get("contributions_min", 3))
    machine = _noms_de_la_machine(themes) if "noms_donnes" not in reglages else not reglages["noms_donnes"]
    unite = "voix" if avec_auteurs else "contributions"

    def mesure(ligne) -> str:
        return _voix(ligne["voix"]) if avec_auteurs else f"{format_nombre(ligne['contributions'])} contributions"

    lignes = [f"# {_md(titre)}", ""]
    if not isinstance(relu_par_equipe, bool):
        raise TypeError("relu_par_equipe vaut True ou False.")
    if isinstance(citations_retirees, str):
        citations_retirees = [citations_retirees]
    retirees = {str(i) for i in citations_retirees}
    notes_equipe = dict(notes_equipe or {})
    inconnues = sorted(set(notes_equipe) - set(synthese["intitule"].astype(str)))
    if inconnues:
        possibles = list(dict.fromkeys(synthese["intitule"].astype(str)))
        raise ValueError(f"notes_equipe : « {inconnues[0]} » n'est l'intitulé d'aucune ligne de la synthèse "
                         "(colonne intitule), recopiez-le en entier. Intitulés possibles : "
                         + " ; ".join(possibles[:25]) + (" ; …" if len(possibles) > 25 else "") + ".")
    sans_theme = int(restes.loc[restes["rubrique"] == "à relire", "contributions"].sum())
    nb_citations = int(sum(min(len(c), nb_lignes_citees) for r, c in zip(synthese["rubrique"], synthese["citations"])
                           if r in ("thème", "signal faible", "campagne", "accords courts", "à relire")))
    if not relu_par_equipe:
        lignes += ["> **Brouillon, à ne pas diffuser tel quel.** Avant de le remettre, l'équipe relit "
                   f"{'la' if nb_citations < 2 else 'les'} {accorder(nb_citations, 'citation')} (données personnelles, santé, indices qui permettent de "
                   "reconnaître quelqu'un)"
                   + (f" et lit {'la' if sans_theme < 2 else 'les'} "
                      f"{accorder(sans_theme, 'contribution')} qu'aucun thème n'explique (annexe)"
                      if sans_theme else "")
                   + ", puis produit à nouveau ce rapport en le déclarant relu (relu_par_equipe=True, ou --relu "
                   "pour la commande).", ""]
    if not avec_auteurs:
        lignes += ["> **Attention** : le fichier n'a pas de colonne des auteur·es. Les voix ne peuvent pas être "
                   "comptées : chaque texte compte pour une, et une campagne de quelques comptes ne se distingue "
                   "pas d'une pétition signée par autant de personnes que de textes.", ""]
    # Comptabilité
    compte = comptabilite(synthese, table) if "au_total" in synthese and "identifiants" in synthese else None
    if compte is not None:
        lignes += ["## Où est rangée chaque contribution", "",
                   "Chaque contribution reçue est rangée à une seule place ; le total est le nombre de "
                   "contributions reçues. Une **voix** est une personne, comptée une fois par place "
                   "(une personne qui a écrit à deux places compte dans chacune : les voix ne s'additionnent pas).",
                   "", "| place | lignes | contributions | voix |", "|---|---|---:|---:|"]
        for _, c in compte.iterrows():
            voix = "—" if c["voix"] is None or pd.isna(c["voix"]) else format_nombre(int(c["voix"]))
            gras = "**" if c["place"] == "Total" else ""
            lignes.append(f"| {gras}{c['place']}{gras} | {c['intitule']} | {gras}{format_nombre(c['contributions'])}{gras} "
                          f"| {voix} |")
        lignes.append("")
    # Résumé
    qui = (f", de {format_nombre(auteurs.nunique())} personnes (auteur·es distinct·es)" if avec_auteurs else
           " (auteur·es inconnu·es)")
    lignes += ["## En bref", "", f"- {format_nombre(len(table))} contributions reçues{qui}."]
    if len(themes):
        entete = ("Les thèmes (noms proposés par la machine, non relus : ses mots-clés)" if machine
                  else "Les thèmes")
        lignes.append(f"- {entete} qui réunissent le plus de {unite} : "
                      + " ; ".join(f"{_md(t['intitule'])} ({mesure(t)})" for _, t in themes.head(3).iterrows()) + ".")
    if len(signaux):
        lignes.append(f"- Sujets de vigilance choisis par l'équipe, qui ont leur ligne dès {minimum} contributions, "
                      "même petits (chaque ligne "
                      "réunit les contributions où la règle a trouvé les mots prévus, pas toutes celles qui parlent "
                      "du sujet) : "
                      + " ; ".join(f"{_md(t['intitule'])} ({mesure(t)})" for _, t in signaux.iterrows()) + ".")
    for _, p in petitions.iterrows():
        lignes.append(f"- Une pétition ({format_nombre(p['voix'])} signataires, une voix chacun·e) demande : "
                      f"« {_md(p.get('demande') or p['intitule'])} ».")
    for _, c in coordonnees.iterrows():
        lignes.append(f"- Une campagne coordonnée (au moins {format_nombre(c['contributions'])} textes déposés par "
                      f"{format_nombre(c['voix'])} comptes, comptés {format_nombre(c['voix'])} voix) demande : "
                      f"« {_md(c.get('demande') or c['intitule'])} ».")
    for _, c in semblables.iterrows():
        lignes.append(f"- Un groupe de {format_nombre(c['contributions'])} textes presque identiques (pétition ou "
                      f"campagne : sans les auteur·es, impossible de le dire) demande : « {_md(c.get('demande') or c['intitule'])} ».")
    lignes.append("")
    # Méthode
    lignes += ["## La méthode, telle qu'elle a été suivie", ""]
    methode = ["Toutes les contributions reçues sont comptées dans le tableau ci-dessus, aucune n'est retirée."]
    if len(campagnes):
        methode.append("Les textes identiques ou presque identiques déposés en nombre ont été repérés par la machine "
                       + ("puis comptés par personne." if avec_auteurs else "; sans colonne des auteur·es, ils n'ont "
                          "pas pu être comptés par personne."))
    else:
        methode.append("La machine a cherché les textes identiques ou presque identiques déposés en nombre "
                       "(pétitions, campagnes) : elle n'en a trouvé aucun groupe.")
    methode.append("Les accords courts (« +1 », « D'accord ») sont comptés à part, sans être pris pour des idées"
                   + (" ; quand le fichier dit à quelle contribution ils répondent, ils sont rangés avec elle."
                      if reglages.get("reponses_liees") else "."))
    if machine:
        methode.append("Une machine a regroupé en thèmes les contributions qui emploient les mêmes mots ; **personne "
                       "ne les a encore relus ni nommés** : leurs noms sont ses trois premiers mots-clés.")
    else:
        methode.append("Une machine a regroupé en thèmes les contributions qui emploient les mêmes mots ; l'équipe "
                       "a relu ces thèmes et leur a donné les noms qui figurent ici.")
    raisons = ecartes["raison"].astype(str) if "raison" in ecartes else pd.Series("", index=ecartes.index)
    phrases_types = ecartes[raisons.str.startswith("phrase type")]
    nommes_phrase_type = ecartes[raisons.str.startswith("nommé phrase type")]
    aussi_nommes = int(phrases_types["nomme_phrase_type"].astype(bool).sum()) if "nomme_phrase_type" in ecartes else 0
    if len(phrases_types) or len(nommes_phrase_type):
        qui_decide = []
        if len(phrases_types):
            qui_decide.append(f"{accorder(len(phrases_types), 'thème')} {_accord(len(phrases_types), 'repéré')} par "
                              f"la machine (la plupart de {'leurs' if len(phrases_types) >= 2 else 'ses'} "
                              "contributions parlent surtout d'un autre sujet"
                              + (f" ; l'équipe en a aussi nommé {format_nombre(aussi_nommes)} « Phrase type »"
                                 if aussi_nommes else "") + ")")
        if len(nommes_phrase_type):
            qui_decide.append(f"{accorder(len(nommes_phrase_type), 'thème')} {_accord(len(nommes_phrase_type), 'nommé')}"
                              " « Phrase type » par l'équipe seule (son nom l'emporte sur la règle de la machine)")
        plusieurs = len(phrases_types) + len(nommes_phrase_type) > 1
        methode.append("Thèmes faits de formules répétées (« phrases types ») : " + " ; ".join(qui_decide)
                       + (". Ils n'ont pas de ligne : leurs contributions sont rangées dans le thème le plus proche "
                          "ou « à relire », et ils sont listés plus bas, dans « Écartés »." if plusieurs else
                          ". Il n'a pas de ligne : ses contributions sont rangées dans le thème le plus proche ou "
                          "« à relire », et il est listé plus bas, dans « Écartés »."))
    else:
        methode.append("Aucun thème n'a été écarté comme fait de formules répétées (« phrases types ») : chaque "
                       "thème de la machine qui garde des contributions a sa ligne.")
    gardes = themes[themes["avis_machine"].astype(str) != ""] if "avis_machine" in themes else themes.iloc[:0]
    if len(gardes):
        methode.append(f"L'équipe a relu et gardé {accorder(len(gardes), 'thème')} que la règle des phrases types "
                       "aurait écarté" + ("s" if len(gardes) >= 2 else "") + " : "
                       + ", ".join(entre_guillemets(_md(t)) for t in gardes["intitule"]) + ".")
    if len(signaux) or reglages.get("vigilance"):
        noms_signaux = reglages.get("vigilance") or list(signaux["intitule"])
        methode.append("Des sujets de vigilance, choisis par l'équipe, avec des mots qu'elle a écrits ("
                       + ", ".join(f"« {_md(s)} »" for s in noms_signaux)
                       + f"), ont leur ligne dès {minimum} contributions, même s'ils concernent peu de personnes. "
                       "Une ligne de vigilance réunit "
                       "les contributions où la règle a trouvé ces mots, pas toutes celles qui parlent du sujet : "
                       "d'autres l'évoquent avec d'autres mots et sont rangées dans les thèmes, et certaines "
                       "contributions trouvées parlent d'autre chose.")
    else:
        methode.append("Aucun sujet de vigilance n'a été écrit à l'avance : un sujet rare peut ne pas avoir de ligne.")
    if len(cherches):
        methode.append("L'équipe a aussi cherché, avec leurs mots, des sujets qu'elle attendait ("
                       + ", ".join(f"« {_md(t)} »" for t in cherches["intitule"])
                       + ") : la machine peut fondre un sujet dans d'autres thèmes ; la partie « Sujets cherchés » "
                       "dit où sont rangées les contributions qui emploient leurs mots.")
    else:
        methode.append("L'équipe n'a pas cherché de sujets attendus (ceux du dossier de la concertation) : un sujet "
                       "que la machine a fondu dans d'autres thèmes n'a pas de ligne, et ce rapport ne peut pas le "
                       "signaler.")
    if {"pour", "contre", "nuancé"} <= set(synthese.columns) and synthese["pour"].notna().any():
        methode.append("La **position** (pour, contre, nuancé) de chaque contribution a été codée avant cette "
                       "analyse et fournie avec les données ; la machine ne l'a pas calculée. Les parts sont "
                       "arrondies : leur somme peut faire 99 % ou 101 %.")
    else:
        methode.append("Aucune position (pour, contre) n'a été codée : le rapport n'en donne pas.")
    if relu_par_equipe:
        methode.append("L'équipe déclare avoir relu les citations et lu les contributions qu'aucun thème n'explique.")
    lignes += [f"- {m}" for m in methode] + [""]
    # Qui a parlé
    pondere = poids is not None
    if population is not None and {"tranche_age", "quartier_prioritaire"} <= set(table.columns):
        age = comparer_a_la_population(table, population, "tranche_age")
        lignes += ["## Qui a parlé ?", ""]
        for groupe in age.index:
            libelle = groupe.replace(" et plus", " ans et plus") if "plus" in groupe else f"{groupe} ans"
            lignes.append(f"- {libelle} : {_pourcent(age.loc[groupe, 'contributions'])} des contributions "
                          f"au profil renseigné, {_pourcent(age.loc[groupe, 'population'])} de la population adulte.")
        if "genre" in table and "genre" in population:
            genre = comparer_a_la_population(table, population, "genre")
            for groupe in genre.index:
                lignes.append(f"- {'Femmes' if groupe == 'femme' else 'Hommes' if groupe == 'homme' else _md(groupe)} : "
                              f"{_pourcent(genre.loc[groupe, 'contributions'])} des contributions au profil renseigné, "
                              f"{_pourcent(genre.loc[groupe, 'population'])} de la population adulte.")
        non_renseigne = (table["tranche_age"].astype(str) == NON_RENSEIGNE).mean()
        if non_renseigne:
            lignes.append(f"- Profil (âge) non renseigné : {_pourcent(non_renseigne)} des contributions, "
                          "laissées hors de ces parts.")
        if "quartier_prioritaire" in population:
            part_pop = (population.loc[population["quartier_prioritaire"].astype(bool), "population"].sum()
                        / population["population"].sum())
            lignes.append(f"- Quartiers prioritaires : {_pourcent(table['quartier_prioritaire'].astype(bool).mean())} "
                          f"des contributions, {_pourcent(part_pop)} de la population adulte.")
        lignes += ["", "Celles et ceux qui n'ont pas participé ne sont pas représenté·es"
                   + (" ; le redressement de la question fermée corrige l'âge et le genre, pas l'absence." if pondere
                      else " ; aucun redressement n'a été fait."), ""]
    if question in table:
        reponses = table[question].astype(str)
        lignes += ["## Question fermée", "", f"« {_md(intitule_question)} »", ""]
        if avec_auteurs:
            derniere = ~auteurs.duplicated(keep="last").to_numpy()
            par_personne = reponses[derniere]
            w = pd.Series(np.asarray(poids, dtype=float), index=table.index)[derniere] if pondere else None
            comptes_campagne = sorted(_comptes_des_campagnes(coordonnees, table))
            lignes.append(f"Chiffre de référence : la part des **personnes** ({format_nombre(int(derniere.sum()))} "
                          "personnes, une réponse chacune, la dernière"
                          + (", redressée selon l'âge et le genre" if pondere else "")
                          + (f", y compris les {accorder(len(comptes_campagne), 'compte')} de la campagne coordonnée"
                             if len(comptes_campagne) else "") + ").")
            lignes.append("")
            for r in ("oui", "non", "sans avis"):
                choisies = (par_personne == r).to_numpy()
                part = w[choisies].sum() / w.sum() if pondere else choisies.mean()
                lignes.append(f"- {r} : {_pourcent(part)} des personnes.")
            autres = [f"sans redressement, {_pourcent((par_personne == 'oui').mean())} des personnes"] if pondere else []
            if len(comptes_campagne):
                hors = ~auteurs[derniere].isin(comptes_campagne).to_numpy()
                oui_hors = ((par_personne[hors] == "oui").to_numpy() * (w[hors].to_numpy() if pondere else 1)).sum() \
                    / (w[hors].sum() if pondere else hors.sum())
                autres.append(f"sans les {accorder(len(comptes_campagne), 'compte')} de la campagne coordonnée, "
                              f"{_pourcent(oui_hors)} des personnes")
            autres.append(f"compté par contribution (une personne qui écrit trois fois compte trois fois), "
                          f"{_pourcent((reponses == 'oui').mean())} des contributions")
            lignes += ["", "Pour comparaison, le « oui » : " + " ; ".join(autres) + "."]
        else:
            lignes.append("Sans colonne des auteur·es, on ne peut compter qu'en contributions :")
            lignes.append("")
            for r in ("oui", "non", "sans avis"):
                lignes.append(f"- {r} : {_pourcent((reponses == r).mean())} des contributions.")
        lignes += ["", "Ce n'est pas un vote : seules les personnes qui ont participé ont répondu.", ""]
    rubriques = [(themes, "## Les thèmes"), (signaux, "## Sujets de vigilance et voix minoritaires"),
                 (petitions, "## Pétitions (une voix par signataire)"),
                 (coordonnees, "## Campagnes coordonnées (comptées par compte, pas par texte)"),
                 (semblables, "## Groupes de textes presque identiques"),
                 (restes, "## Ce qui n'est dans aucun thème")]
    numero = 0
    annexe = ["## Annexe : les identifiants de chaque ligne", "",
              "Chaque ligne ci-dessus renvoie à toutes les contributions sur lesquelles elle repose :", ""]
    for part, entete in rubriques:
        if part.empty:
            continue
        lignes += [entete, ""]
        for _, entree in part.iterrows():
            numero += 1
            detail = accorder(int(entree["contributions"]), "contribution")
            if avec_auteurs:
                detail += f", {_voix(entree['voix'])}"
            campagne_ici = ""
            if int(entree.get("textes_comptes_campagne", 0) or 0):
                n_textes, n_comptes = int(entree["textes_comptes_campagne"]), int(entree["comptes_campagne"])
                campagne_ici = (f"Parmi ces contributions, {format_nombre(n_textes)} "
                                + ("vient" if n_textes < 2 else "viennent")
                                + f" de {accorder(n_comptes, 'compte')} de la campagne coordonnée, que le repérage "
                                + ("des copies n'a pas retenue" if n_textes < 2 else "des copies n'a pas retenues"))
                if not pd.isna(entree.get("contre_sans_comptes_campagne", np.nan)):
                    campagne_ici += (f" ; sans elles : pour {_pourcent(entree['pour_sans_comptes_campagne'])}, "
                                     f"contre {_pourcent(entree['contre_sans_comptes_campagne'])}, nuancé "
                                     f"{_pourcent(entree['nuancé_sans_comptes_campagne'])}")
                campagne_ici += "."
            if int(entree.get("accords_rattaches", 0) or 0):
                rattaches = int(entree["accords_rattaches"])
                detail += f" (dont {format_nombre(rattaches)} accord{'s' if rattaches > 1 else ''} court{'s' if rattaches > 1 else ''} en réponse)"
            if {"pour", "contre", "nuancé"} <= set(entree.index) and not pd.isna(entree.get("pour")):
                detail += (f" ; positions des contributions sur la mesure évoquée : pour {_pourcent(entree['pour'])}, "
                           f"contre {_pourcent(entree['contre'])}, nuancé {_pourcent(entree['nuancé'])}")
            trouvees = int(entree.get("trouvees", 0) or 0)
            if entree["rubrique"] == "signal faible" and trouvees:
                detail += (f" ; la règle a trouvé ses mots dans {accorder(trouvees, 'contribution')}, "
                           + ("toutes rangées dans cette ligne" if trouvees <= entree["contributions"] else
                              f"dont {format_nombre(entree['contributions'])} dans cette ligne "
                              f"({_pourcent(entree['contributions'] / trouvees)}) et "
                              f"{format_nombre(trouvees - entree['contributions'])} "
                              f"{_accord(trouvees - entree['contributions'], 'rangée')} ailleurs (campagne, "
                              "pétition, autre sujet de vigilance ou texte illisible)")
                           + " ; d'autres contributions parlent du sujet sans ces mots et sont dans les thèmes")
            if entree.get("petit_theme") is True:
                detail += " ; petit thème, gardé"
            lignes.append(f"### {_md(entree['intitule'])}")
            if entree.get("demande"):
                lignes.append(("Un des textes de la campagne (ils sont reformulés : pas de texte commun) : "
                               if entree.get("nature") == "campagne coordonnée" else "Ce que demande le texte commun : ")
                              + f"« {_md(entree['demande'])} »")
                lignes.append("")
            lignes.append(f"{detail}. Identifiants : annexe, ligne {numero}.")
            if campagne_ici:
                lignes += ["", campagne_ici]
            lignes.append("")
            if entree["intitule"] in notes_equipe:
                lignes += [_note(notes_equipe, entree["intitule"]), ""]
            if entree["rubrique"] != "vide ou illisible":
                citees = list(entree["citations"])[:nb_lignes_citees]
                retirees_ici = [i for i in citees if str(i) in retirees]
                if retirees_ici:
                    lignes += [f"({accorder(len(retirees_ici), 'citation retirée', 'citations retirées')} par "
                               "l'équipe à la relecture.)", ""]
                for identifiant in [i for i in citees if str(i) not in retirees]:
                    brut = textes.get(identifiant, "")
                    reperes_id = reperes.get(identifiant) if reperes is not None else None
                    brut = masquer_donnees_personnelles(brut, reperes_id)
                    lignes.append(f"> « {_md(abreger(brut, 240))} » \\[{_md(identifiant)}\\]")
                    lignes.append(">")
                if lignes[-1] == ">":
                    lignes.pop()
                lignes.append("")
            tous = list(entree["identifiants"]) if "identifiants" in entree else list(entree["citations"])
            annexe.append(f"{numero}. **{_md(entree['intitule'])}** ({format_nombre(len(tous))}) : "
                          + _md(", ".join(map(str, tous))))
    if len(cherches):
        lignes += ["## Sujets cherchés par l'équipe : où sont leurs contributions", "",
                   "Ces sujets étaient attendus ; l'équipe a cherché les contributions qui emploient leurs mots. Ils "
                   "n'ont pas de ligne à eux : ces contributions restent rangées dans les lignes ci-dessus, comptées "
                   "une seule fois. **Ces nombres ne sont pas la taille des sujets** : un repérage par mots manque "
                   "les contributions qui en parlent autrement, et trouve des contributions qui emploient ces mots "
                   "pour parler d'autre chose.", ""]
        for _, c in cherches.iterrows():
            repartition = c.get("repartition") or {}
            if not c["contributions"]:
                lignes.append(f"- {_md(c['intitule'])} : aucune contribution n'emploie ses mots.")
            else:
                une = int(c["contributions"]) < 2
                lignes.append(f"- {_md(c['intitule'])} : {accorder(int(c['contributions']), 'contribution')} "
                              + (f"({_voix(c['voix'])}) " if avec_auteurs else "")
                              + ("emploie ses mots ; rangée dans " if une else "emploient ses mots ; rangées dans ")
                              + (f"{accorder(len(repartition), 'ligne')}, surtout " if len(repartition) > 1 else "")
                              + ", ".join(f"« {_md(k)} » ({format_nombre(v)})" for k, v in list(repartition.items())[:3])
                              + ".")
            if c["intitule"] in notes_equipe:
                lignes.append("  " + _note(notes_equipe, c["intitule"]))
        lignes.append("")
    if len(ecartes):
        lignes += ["## Écartés : ce qui n'a pas de ligne, et pourquoi", ""]
        if (ecartes["contributions"] > 0).any():
            lignes += ["Un thème écarté compte ici ses contributions « au départ » : celles que la machine lui "
                       "avait données, moins celles déjà rangées à part avant les thèmes (pétitions et campagnes, "
                       "sujets de vigilance, accords courts, textes vides ou illisibles). Aucune n'est perdue : "
                       "elles sont toutes rangées dans une ligne ci-dessus.", ""]
        for _, e in ecartes.iterrows():
            taille = (f"{accorder(int(e['contributions']), 'contribution')} au départ" if e["contributions"]
                      else "aucune contribution")
            lignes.append(f"- {_md(e['intitule'])} — {taille} ; raison : {_md(e.get('raison', ''))}.")
            if e["intitule"] in notes_equipe:
                lignes.append("  " + _note(notes_equipe, e["intitule"]))
        lignes.append("")
    lignes += ["## Limites", ""]
    limites = ["Les thèmes sont proposés par une machine"
               + (" et n'ont pas été relus : lisez les citations avant de les reprendre." if machine
                  else ", puis nommés par l'équipe ; une contribution qui parle de deux sujets n'est rangée que dans un.")]
    limites.append("Les personnes qui ont contribué ne représentent pas toute la population"
                   + (" ; le redressement corrige l'âge et le genre, pas les quartiers ni les absent·es."
                      if pondere else " ; aucun redressement n'a été fait."))
    if len(signaux) or reglages.get("vigilance"):
        limites.append("Les sujets de vigilance ne trouvent que les mots prévus ; un sujet imprévu peut manquer.")
    if len(campagnes):
        limites.append("Les textes presque identiques sont repérés par leur ressemblance : une copie reformulée peut "
                       "échapper au repérage et compter comme une voix ordinaire ; la taille d'une campagne est donc "
                       "un minimum.")
    if not avec_auteurs:
        limites.append("Sans colonne des auteur·es, les voix ne sont pas comptées : une personne qui écrit dix fois "
                       "compte dix fois.")
    limites.append("Aucune décision ne découle de ces chiffres sans lecture humaine.")
    lignes += [f"- {m}" for m in limites] + ["",
               "**Données personnelles** : les noms, adresses et numéros que l'outil a repérés dans les citations "
               f"sont remplacés par « {DONNEE_MASQUEE} » ; d'autres indices (santé, handicap, métier, famille) "
               "ne sont pas repérés par l'outil"
               + ((" ; l'équipe a relu chaque citation avant diffusion"
                   + (f" et en a retiré {format_nombre(len(retirees))}." if retirees else "."))
                  if relu_par_equipe else
                  " : ce brouillon doit être relu avant diffusion (encadré en tête)."), ""]
    return "\n".join(lignes + annexe + [""])


def rapport_html(markdown: str) -> str:
    """Convertit le rapport Markdown en page HTML autonome (bibliothèque mistune). Tout HTML
    présent dans le texte est échappé (affiché, jamais exécuté)."""
    import mistune

    if not isinstance(markdown, str):
        raise TypeError("rapport_html attend le texte Markdown renvoyé par rapport_markdown(…).")
    corps = mistune.create_markdown(escape=True, plugins=["table"])(markdown)
    titre = html.escape(markdown.splitlines()[0].lstrip("# ").replace("\\", "")) if markdown else "Rapport"
    return (f'<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>{titre}</title>'
            "<style>body{font-family:sans-serif;max-width:50em;margin:auto;line-height:1.5}"
            "table{border-collapse:collapse}td,th{border:1px solid #999;padding:0.2em 0.6em}"
            "blockquote{border-left:4px solid #0072B2;margin-left:0;padding-left:1em;color:#333}</style>"
            f"</head>\n<body>\n{corps}</body>\n</html>\n")


def _csv_francais(tableau: pd.DataFrame, chemin) -> None:
    """CSV pour un tableur français : séparateur « ; », virgule décimale, UTF-8 avec BOM."""
    tableau.to_csv(chemin, sep=";", decimal=",", index=False, encoding="utf-8-sig", float_format="%.1f")


def exporter_synthese_csv(synthese: pd.DataFrame, chemin) -> pd.DataFrame:
    """Écrit le tableau de synthèse en CSV pour les collègues (s'ouvre tel quel dans un
    tableur réglé en français : « ; » entre les colonnes, virgule décimale, UTF-8 avec BOM).
    Positions en pourcentage des contributions de la ligne ; citations et identifiants
    séparés par des virgules. Renvoie le tableau écrit."""
    _verifier_table(synthese, ["rubrique", "intitule", "contributions", "voix", "citations"], "synthese")
    sortie = pd.DataFrame({
        "rubrique": synthese["rubrique"], "intitule": synthese["intitule"],
        "numero_theme": synthese.get("numero_theme", pd.Series(-1, index=synthese.index)).map(
            lambda k: "" if k is None or pd.isna(k) or int(k) < 0 else int(k)),
        "comptee_au_total": synthese.get("au_total", pd.Series(True, index=synthese.index)).map(
            {True: "oui", False: "non"}),
        "contributions": synthese["contributions"],
        "voix": synthese["voix"],
    })
    for p in ("pour", "contre", "nuancé"):
        if p in synthese:
            sortie[f"{p} (% des contributions)"] = synthese[p].astype(float) * 100
    for colonne in ("nature", "demande", "raison", "avis_machine"):
        if colonne in synthese:
            sortie[colonne] = synthese[colonne]
    sortie["citations"] = synthese["citations"].map(lambda c: ", ".join(map(str, c)))
    if "identifiants" in synthese:
        sortie["identifiants"] = synthese["identifiants"].map(lambda c: ", ".join(map(str, c)))
    _csv_francais(sortie, chemin)
    return sortie


def exporter_comptabilite_csv(synthese: pd.DataFrame, table: pd.DataFrame, chemin) -> pd.DataFrame:
    """Écrit la comptabilité, une ligne par place de la synthèse (colonnes ``contributions`` et
    ``voix`` ; la somme des ``contributions`` est le nombre de contributions lues), sans la
    ligne de total, au format des tableurs français. Renvoie le tableau écrit."""
    compte = comptabilite(synthese, table, par="ligne")
    compte = compte[compte["place"] != "Total"]
    _csv_francais(compte, chemin)
    return compte
