"""Tests de civiclabs.synthese (Lab 03) : campagnes, thèmes, signaux faibles, synthèse
traçable, pondération, rapport, chargeur du Grand Débat (hors ligne)."""

import hashlib
import io
import warnings

import numpy as np
import pandas as pd
import pytest

from civiclabs import charger_consultation, charger_population
from civiclabs import synthese as S
from civiclabs.corpus import generer_consultation
from civiclabs.synthese import rapport

MINORITAIRES = ("Accessibilité des personnes handicapées", "Sécurité des femmes la nuit")


@pytest.fixture(scope="module")
def consultation():
    return charger_consultation()


@pytest.fixture(scope="module")
def population():
    return charger_population()


@pytest.fixture(scope="module")
def chaine(consultation, population):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # aucune alerte de scikit-learn ou de pandas
        return S.synthetiser_consultation(consultation, population=population, vigilance=S.SUJETS_DE_VIGILANCE)


def test_campagnes_sur_les_donnees_du_cours(consultation):
    groupes = S.grouper_campagnes(consultation["texte"])
    # Les deux campagnes du jeu de données ; les accords courts (« +1 ») n'en sont pas.
    membres = consultation["campagne"] != "aucune"
    mesure = S.evaluer_campagnes(groupes["signalee"], membres)
    assert mesure["rappel"] >= 0.9 and mesure["precision"] >= 0.95, mesure
    assert not groupes.loc[consultation["accord_court"], "signalee"].any()
    # Deux groupes, un par campagne, chacun pur.
    signalees = groupes[groupes["signalee"]]
    assert signalees["groupe"].nunique() == 2
    for _, membres_groupe in signalees.groupby("groupe"):
        campagnes = consultation.loc[membres_groupe.index, "campagne"].astype(str)
        assert campagnes.nunique() == 1 and campagnes.iloc[0] != "aucune"


def test_campagnes_sur_d_autres_tirages_du_generateur():
    for graine in (1, 7):
        table = generer_consultation(n=6000, graine=graine)
        groupes = S.grouper_campagnes(table["texte"].astype(str))
        mesure = S.evaluer_campagnes(groupes["signalee"], table["campagne"].astype(str) != "aucune")
        assert mesure["rappel"] >= 0.9 and mesure["precision"] >= 0.95, (graine, mesure)


def test_campagnes_par_echantillon_de_reference_au_dela_de_la_taille_de_reference():
    table = generer_consultation(n=12_000, graine=3)
    # Même densité qu'avec les réglages par défaut : 10 voisines sur 3 000, comme 20 sur 6 000.
    groupes = S.grouper_campagnes(table["texte"].astype(str), taille_reference=3000, voisins_min=10)
    mesure = S.evaluer_campagnes(groupes["signalee"], table["campagne"].astype(str) != "aucune")
    assert mesure["rappel"] >= 0.85 and mesure["precision"] >= 0.9, mesure


def test_un_seuil_trop_bas_fusionne_trop(consultation):
    # mesuré sur la consultation (idées du quotidien, décembre 2026) : précision 0,17 à 0,15,
    # 0,63 à 0,20, 1 à 0,25 et 0,30 (rappel 1 partout)
    bas = S.grouper_campagnes(consultation["texte"], seuil=0.15)
    mesure = S.evaluer_campagnes(bas["signalee"], consultation["campagne"] != "aucune")
    assert mesure["precision"] < 0.5


def test_doublons_exacts_ignorent_casse_accents_ponctuation():
    groupes = S.detecter_doublons(pd.Series(["D'accord !", "d accord", "D’Accord.", "Autre chose"]))
    assert groupes.iloc[0] == groupes.iloc[1] == groupes.iloc[2] != groupes.iloc[3]


def test_la_synthese_cite_des_identifiants_existants(chaine, consultation):
    synthese = chaine["synthese"]
    existants = set(consultation["identifiant"].astype(str))
    assert len(synthese) >= 10
    assert all(len(c) >= 1 for c in synthese["citations"])
    assert all(set(c) <= existants for c in synthese["citations"])
    assert all(set(c) <= set(i) for c, i in zip(synthese["citations"], synthese["identifiants"]))
    assert (synthese["contributions"] == synthese["identifiants"].map(len)).all()


def test_les_themes_minoritaires_sont_dans_la_synthese(chaine, consultation):
    mesure = S.evaluer_minorites(chaine["synthese"], consultation)
    assert mesure["rappel"] == 1.0, mesure
    assert set(mesure["lignes"]) == set(MINORITAIRES)


def test_sans_la_regle_de_vigilance_les_minorites_disparaissent(chaine, consultation):
    # La machine seule ne les isole pas : c'est la règle qui les garde (leçon du lab).
    themes = chaine["themes"]
    sans = S.synthetiser(consultation, themes, chaine["campagnes"])
    assert S.evaluer_minorites(sans, consultation)["rappel"] == 0.0


def test_la_ligne_a_relire_ne_porte_pas_un_theme_minoritaire():
    # Une ligne « à relire » (ou d'accords courts) qui cite surtout des contributions d'un thème
    # minoritaire ne lui donne pas une ligne : seule une ligne de thème ou de vigilance le porte.
    table = pd.DataFrame({"identifiant": ["a", "b", "c", "d"],
                          "theme_reference": ["Accès", "Accès", "Bus", "Bus"]})
    synthese = pd.DataFrame({"rubrique": ["à relire", "thème"], "intitule": ["À relire", "Bus"],
                             "citations": [["a", "b"], ["c", "d"]]})
    mesure = S.evaluer_minorites(synthese, table, themes_minoritaires=("Accès",))
    assert mesure["lignes"] == {"Accès": None} and mesure["rappel"] == 0.0
    synthese.loc[0, "rubrique"] = "signal faible"
    assert S.evaluer_minorites(synthese, table, themes_minoritaires=("Accès",))["lignes"] == {"Accès": "À relire"}


def test_campagne_comptee_en_voix_et_non_en_copies(chaine):
    campagnes = chaine["synthese"][chaine["synthese"]["rubrique"] == "campagne"]
    automatisee = campagnes.loc[campagnes["contributions"].idxmax()]
    assert automatisee["contributions"] > 300 and automatisee["voix"] <= 40


def test_themes_proches_de_la_reference(chaine, consultation):
    from sklearn.metrics import normalized_mutual_info_score

    ordinaires = ((consultation["campagne"] == "aucune") & ~consultation["accord_court"]).to_numpy()
    nmi = normalized_mutual_info_score(consultation["theme_reference"][ordinaires],
                                       chaine["themes"].etiquettes[ordinaires])
    assert 0.5 <= nmi <= 0.9, nmi


def test_extraire_themes_deterministe_et_erreurs(consultation):
    textes = consultation["texte"].iloc[:1500]
    a = S.extraire_themes(textes, nb_themes=6, graine=1)
    b = S.extraire_themes(textes, nb_themes=6, graine=1)
    assert (a.etiquettes == b.etiquettes).all()
    assert set(a.tableau()["theme"]) == set(range(6))
    with pytest.raises(ValueError, match="nb_themes"):
        S.extraire_themes(textes, nb_themes=1)
    with pytest.raises(TypeError, match="colonne de textes"):
        S.extraire_themes(consultation, nb_themes=4)


def test_stabilite_decroit_quand_on_demande_trop_de_themes(consultation):
    stabilite = S.stabilite_themes(consultation["texte"], valeurs=(4, 12, 30), taille=1500)
    assert list(stabilite.columns) == ["nb_themes", "stabilite"]
    assert stabilite["stabilite"].between(-0.1, 1).all()
    # mesuré : 0,38 pour 4 thèmes, 0,78 pour 12, 0,51 pour 30 (trop peu de thèmes mélange les sujets
    # d'une façon qui change d'un départ à l'autre ; trop, et les thèmes se défont aussi)
    assert stabilite["stabilite"].iloc[1] > stabilite["stabilite"].iloc[-1]


def test_citations_d_auteurs_differents_hors_campagnes(chaine, consultation):
    cites = S.citations_representatives(consultation, chaine["themes"], n=3,
                                        exclure=chaine["campagnes"]["signalee"])
    assert (cites.groupby("theme").size() <= 3).all()
    assert not cites.duplicated(["theme", "auteur"]).any()
    en_campagne = set(consultation.loc[chaine["campagnes"]["signalee"], "identifiant"])
    assert not set(cites["identifiant"]) & en_campagne


def test_ponderation(consultation, population):
    poids = S.ponderer(consultation, population, ("tranche_age",))
    renseigne = consultation["tranche_age"].astype(str) != "non renseigné"
    assert (poids[~renseigne] == 1).all()
    # Après pondération, la part pondérée de chaque tranche d'âge égale celle de la population.
    parts = poids[renseigne].groupby(consultation.loc[renseigne, "tranche_age"].astype(str)).sum()
    parts /= parts.sum()
    attendu = population.groupby(population["tranche_age"].astype(str))["population"].sum()
    attendu /= attendu.sum()
    assert np.allclose(parts.sort_index(), attendu.sort_index())
    # Les 75 ans et plus ont moins parlé en ligne mais plus dans les registres : poids ≠ 1.
    assert poids[renseigne].std() > 0.1


def test_comparer_a_la_population(consultation, population):
    parts = S.comparer_a_la_population(consultation, population, "tranche_age")
    assert abs(parts["contributions"].sum() - 1) < 1e-9 and abs(parts["population"].sum() - 1) < 1e-9
    assert "non renseigné" not in parts.index


def test_erreurs_en_francais(consultation, population):
    with pytest.raises(KeyError, match="Il manque .* texte"):
        S.synthetiser_consultation(consultation.drop(columns=["texte"]))
    with pytest.raises(KeyError, match="population"):
        S.ponderer(consultation, population.drop(columns=["population"]))
    with pytest.raises(TypeError, match="tableau pandas"):
        S.reperer_minorites(["un texte"])
    with pytest.raises(ValueError, match="entre 0 et 1"):
        S.grouper_campagnes(consultation["texte"], seuil=55)
    with pytest.raises(ValueError, match="même longueur"):
        S.evaluer_campagnes([True, False], [True])


def test_rapport_markdown_et_html(chaine, consultation):
    texte = S.rapport_markdown(chaine["synthese"], consultation)
    for _, ligne in chaine["synthese"].iterrows():
        assert rapport._md(ligne["intitule"]) in texte
        if ligne["rubrique"] not in ("écarté", "vide ou illisible"):
            assert f"\\[{ligne['citations'][0]}\\]" in texte
    assert "Sujets de vigilance" in texte and "Campagnes" in texte
    # la partie des écartés n'existe que s'il y en a (sur les données du cours, aucun thème écarté)
    assert ("Écartés" in texte) == (chaine["synthese"]["rubrique"] == "écarté").any()
    page = S.rapport_html(texte)
    assert page.startswith("<!DOCTYPE html>") and 'lang="fr"' in page and "<blockquote>" in page


def test_widgets_s_executent_sans_navigateur(consultation):
    echantillon = consultation.iloc[:1500]
    boite = S.curseur_similarite(echantillon)
    assert boite.children[-1].outputs
    stabilite = pd.DataFrame({"nb_themes": [4, 8], "stabilite": [0.6, 0.5]})
    boite = S.curseur_nombre_themes(echantillon["texte"], stabilite, valeur=8)
    assert boite.children[-1].outputs


# --- Grand Débat : hors ligne ----------------------------------------------------------


def test_grand_debat_echantillon_du_projet():
    table = S.charger_grand_debat()
    assert 100 <= len(table) <= 500
    assert list(table.columns[:11]) == list(S.COLONNES_GRAND_DEBAT)
    assert table["texte"].str.len().min() > 0 or (table["texte"] == "").mean() < 0.1
    assert table["identifiant"].is_unique
    # Identifiant lisible (la colonne « reference »), pas l'« id » codé en base 64.
    assert (table["identifiant"] == table["reference"]).all()
    # Les réponses fermées (« Oui », « Non ») ne sont pas mises dans le texte, ni l'identifiant ou
    # l'auteur·e (colonnes ajoutées au tableau, pas des réponses).
    assert not table["texte"].str.fullmatch(r"(Oui|Non)").any()
    for colonne in ("id", "reference", "authorId"):
        assert not any(t.endswith(" " + v) for t, v in zip(table["texte"], table[colonne])), colonne
    from civiclabs import chemin_donnees

    texte = S.charger_contributions(chemin_donnees() / S.FICHIER_EXEMPLE)["texte"]
    assert texte.tolist() == table["texte"].tolist()


def test_grand_debat_telechargement_mis_en_cache_et_verifie(tmp_path):
    from civiclabs import chemin_donnees

    source = chemin_donnees() / S.FICHIER_EXEMPLE
    contenu = source.read_bytes()
    empreinte = hashlib.sha256(contenu).hexdigest()
    appels = []

    def ouvrir(url):
        appels.append(url)
        return io.BytesIO(contenu)

    url = "https://exemple.invalid/LA_TRANSITION_ECOLOGIQUE.csv"
    table = S.charger_grand_debat(telecharger=True, url=url, sha256=empreinte,
                                  dossier_cache=tmp_path, ouvrir=ouvrir)
    assert len(table) == len(S.charger_grand_debat()) and appels == [url]
    S.charger_grand_debat(telecharger=True, url=url, dossier_cache=tmp_path, ouvrir=ouvrir)
    assert appels == [url], "le second appel doit relire le cache"
    # Une empreinte fausse : le fichier est refusé et retiré du cache.
    with pytest.raises(ValueError, match="empreinte"):
        S.charger_grand_debat(telecharger=True, url=url, sha256="0" * 64,
                              dossier_cache=tmp_path, ouvrir=ouvrir)
    assert not list(tmp_path.glob("*.csv"))


def test_grand_debat_par_une_adresse_file(tmp_path):
    from civiclabs import chemin_donnees

    url = (chemin_donnees() / S.FICHIER_EXEMPLE).resolve().as_uri()
    table = S.charger_grand_debat(telecharger=True, url=url, dossier_cache=tmp_path, lignes_max=50)
    assert len(table) == 50


def test_grand_debat_fichier_au_mauvais_format(tmp_path):
    contenu = b"identifiant,texte\n1,bonjour\n"
    with pytest.raises(ValueError, match="il manque les colonnes .*authorZipCode"):
        S.charger_grand_debat(telecharger=True, url="https://exemple.invalid/x.csv",
                              dossier_cache=tmp_path, ouvrir=lambda url: io.BytesIO(contenu))


def test_grand_debat_echec_de_telechargement(tmp_path):
    def ouvrir(url):
        raise OSError("pas de réseau")

    with pytest.raises(ConnectionError, match="échoué"):
        S.charger_grand_debat(telecharger=True, url="https://exemple.invalid/y.csv",
                              dossier_cache=tmp_path, ouvrir=ouvrir)
    assert not list(tmp_path.iterdir())


def test_la_chaine_tourne_sur_le_grand_debat():
    table = S.charger_grand_debat()
    resultat = S.synthetiser_consultation(table, nb_themes=5, voisins_min=5)
    assert len(resultat["synthese"]) >= 5
    # authorId devient la colonne auteur : les voix se comptent, comme avec charger_contributions
    assert (table["auteur"] == table["authorId"]).all()
    assert resultat["synthese"]["voix"].notna().all()
    assert all(len(c) >= 1 for c in resultat["synthese"]["citations"])


def test_les_citations_d_un_theme_appartiennent_a_ce_theme(chaine, consultation):
    themes = chaine["themes"]
    synthese = chaine["synthese"]
    theme_de = pd.Series(themes.etiquettes.map(themes.noms).to_numpy(),
                         index=consultation["identifiant"].astype(str).to_numpy())
    lignes = synthese[synthese["rubrique"] == "thème"]
    assert len(lignes) == len(set(lignes["intitule"]))  # pas de ligne en double
    for _, ligne in lignes.iterrows():
        assert (theme_de.reindex(list(ligne["citations"])) == ligne["intitule"]).all()
    for _, ligne in synthese[synthese["rubrique"] == "signal faible"].iterrows():
        assert set(ligne["citations"]) <= set(ligne["identifiants"])
    # Les petits thèmes sont marqués sur leur ligne, pas répétés sous le nom de la machine.
    assert not synthese["intitule"].str.startswith("Petit thème").any()


def test_petition_et_campagne_coordonnee_sont_distinguees(chaine, consultation):
    nature = S.nature_des_campagnes(consultation, chaine["campagnes"])
    petition = consultation[nature == "pétition"]
    coordonnee = consultation[nature == "campagne coordonnée"]
    assert len(petition) >= 120 and petition["auteur"].nunique() == len(petition)
    assert len(coordonnee) > 300 and coordonnee["auteur"].nunique() <= 40
    lignes = chaine["synthese"].set_index("intitule")["nature"]
    assert set(lignes) == {"pétition", "campagne coordonnée", ""}  # jamais « nan » ni None


def test_abreger_coupe_entre_deux_mots():
    texte = "Le prolongement de la ligne B du tram jusqu'aux Hauts-de-Sorgue est une très bonne nouvelle."
    court = S.abreger(texte, 40)
    assert court.endswith(" …") and len(court) <= 42
    assert texte.startswith(court[:-2]) and texte[len(court) - 2] == " "
    assert S.abreger("court", 40) == "court"


def test_masquer_donnees_personnelles():
    texte = "Appelez-moi au 06 12 34 56 78 ou écrivez à jean.dupont@exemple.fr, merci."
    masque = S.masquer_donnees_personnelles(texte)
    assert "06 12" not in masque and "@" not in masque and masque.count(S.DONNEE_MASQUEE) == 2
    repere = S.masquer_donnees_personnelles("Je suis Jeanne Martin.", '[{"type": "nom", "debut": 8, "fin": 21}]')
    assert repere == f"Je suis {S.DONNEE_MASQUEE}."


def test_rapport_complet_pour_les_elus(chaine, consultation, population):
    texte = S.rapport_markdown(chaine["synthese"], consultation, population=population, poids=chaine["poids"])
    for rubrique in ("## En bref", "## La méthode", "## Qui a parlé ?", "## Question fermée", "## Limites",
                     "## Annexe", "Données personnelles"):
        assert rubrique in texte
    for _, ligne in chaine["synthese"][chaine["synthese"]["au_total"]].iterrows():  # chaque identifiant est dans l'annexe
        assert all(i in texte for i in ligne["identifiants"][:50])
    # Aucune citation ne garde un numéro de téléphone ou un courriel.
    import re
    citations = "\n".join(ligne for ligne in texte.splitlines() if ligne.startswith("> «"))
    assert not re.search(r"@\w|0[1-9](?:[ .]?\d{2}){4}", citations)
    # les mots-clés des intitulés gardent leurs accents (« vélo », pas « velo » : le TF-IDF les retire) ;
    # les citations, elles, gardent les fautes des habitant·es
    hors_citations = "\n".join(ligne for ligne in texte.splitlines() if not ligne.startswith(">"))
    assert "velo" not in hors_citations and "pietons" not in hors_citations


def test_normalisation_rapide_identique_a_normaliser(consultation):
    textes = consultation["texte"].astype(str).iloc[:800]
    from civiclabs.synthese.textes import _normaliser_tout

    assert (_normaliser_tout(textes) == textes.map(S.normaliser)).all()


def test_passage_a_l_echelle_en_arriere_plan_et_au_premier_plan(population):
    calcul = S.lancer_passage_a_l_echelle(1500, graine=3, population=population)
    grande, resultat, duree = calcul.resultat(1500, 3)
    assert len(grande) == 1500 and duree > 0 and len(resultat["synthese"]) >= 3
    # Paramètres changés : le calcul est refait au premier plan, avec les nouveaux.
    autre, _, _ = calcul.resultat(1200, 3)
    assert len(autre) == 1200
    with pytest.raises(ValueError):
        S.lancer_passage_a_l_echelle(10)


def test_un_groupe_de_copies_n_emprunte_pas_le_nom_d_un_theme_sans_rapport():
    """Grand Débat (échantillon du projet) : la pétition ferroviaire est rangée par la NMF à 5 thèmes
    dans un thème sur le chauffage au bois ; son intitulé dit ses propres mots, pas « bois · facture »."""
    table = S.charger_grand_debat()
    resultat = S.synthetiser_consultation(table, nb_themes=5, voisins_min=5, graine=2030)
    petition = resultat["synthese"][resultat["synthese"]["rubrique"] == "campagne"].iloc[0]
    textes = table.set_index("identifiant").loc[petition["identifiants"], "texte"].map(S.normaliser)
    mots = petition["intitule"].split(" : ", 1)[1].split(" · ")
    assert all(textes.str.contains(S.normaliser(m)).mean() >= 0.5 for m in mots), petition["intitule"]
