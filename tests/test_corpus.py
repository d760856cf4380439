"""Les jeux de données synthétiques : générateur, fichiers livrés, structure.

Les mesures de réalisme et de difficulté (section 4 de la demande) sont dans
test_corpus_realisme.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from civiclabs import corpus
from civiclabs.corpus import schema

RACINE = Path(__file__).resolve().parents[1]
DONNEES = RACINE / "data"


def lire(nom: str) -> pd.DataFrame:
    return pd.read_csv(DONNEES / nom, keep_default_na=False, encoding="utf-8")


@pytest.fixture(scope="module")
def demandes():
    return lire("demandes.csv")


@pytest.fixture(scope="module")
def consultation():
    return lire("consultation.csv")


@pytest.fixture(scope="module")
def population():
    return lire("population.csv")


# --- Les fichiers livrés sont la sortie par défaut du générateur ----------------------------

def test_les_fichiers_livres_sont_la_regeneration_par_defaut(tmp_path):
    """La commande documentée (« python -m civiclabs.corpus ») réécrit exactement les fichiers livrés :
    une seule génération de chaque fichier, par le chemin que suit un·e mainteneur·euse."""
    import subprocess
    import sys

    resultat = subprocess.run([sys.executable, "-m", "civiclabs.corpus", str(tmp_path)],
                              capture_output=True, text=True, timeout=180)
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    for nom in schema.COLONNES:
        assert (tmp_path / nom).read_bytes() == (DONNEES / nom).read_bytes(), (
            f"data/{nom} ne correspond plus au générateur : lancez « python -m civiclabs.corpus » "
            "et committez les fichiers régénérés."
        )


def _tables_de_fragments():
    from civiclabs.corpus.consultation import _table as table_consultation
    from civiclabs.corpus.demandes import _table as table_demandes
    return {"consultation": table_consultation(), "demandes": table_demandes()[0]}


def test_les_tables_de_versions_livrees_correspondent_aux_fragments():
    """Le générateur lit les versions bruitées dans les tables livrées (corpus/versions/) : elles
    doivent avoir été calculées pour les fragments actuels, sinon chaque génération les recalcule."""
    for nom, table in _tables_de_fragments().items():
        assert table.livree, (
            f"corpus/versions/{nom}.json.gz ne correspond plus aux fragments du générateur : lancez "
            "« python -m civiclabs.corpus » et committez la table recalculée.")


def test_les_tables_de_versions_livrees_sont_le_calcul():
    """Ce que la table livrée contient est exactement ce que le calcul tire (pas une table retouchée)."""
    from civiclabs.corpus.assemblage import lire_versions

    for nom, table in _tables_de_fragments().items():
        assert lire_versions(nom, table.empreinte()) == table.calculer_versions(), nom


@pytest.mark.parametrize("nom", list(schema.COLONNES))
def test_colonnes_et_types_conformes_au_schema(nom):
    table = lire(nom)
    assert list(table.columns) == list(schema.COLONNES[nom])
    for colonne, genre in schema.COLONNES[nom].items():
        valeurs = table[colonne]
        if genre == "bool":
            assert set(valeurs.astype(str)) <= {"True", "False"}, colonne
        elif genre == "datetime":
            pd.to_datetime(valeurs, format=schema.FORMAT_DATE)
        elif genre == "int":
            assert pd.api.types.is_integer_dtype(valeurs), colonne
        assert all(re.fullmatch(r"[a-z_]+", c) for c in table.columns)


def test_fichiers_de_taille_raisonnable():
    for nom in schema.COLONNES:
        assert (DONNEES / nom).stat().st_size < 8_000_000, nom


def test_la_fiche_de_donnees_existe_et_garde_la_section_du_lab_00():
    fiche = (DONNEES / "README.md").read_text(encoding="utf-8")
    assert "## echantillon_contributions.csv (Lab 00)" in fiche
    for titre in ("demandes.csv", "consultation.csv", "population.csv", "Licence", "effets plantés"):
        assert titre in fiche, titre


# --- Générateur : déterminisme, tailles, arguments ------------------------------------------

def test_meme_graine_meme_corpus_autre_graine_autre_corpus():
    a = corpus.generer_demandes(n=1000, graine=7)
    b = corpus.generer_demandes(n=1000, graine=7)
    c = corpus.generer_demandes(n=1000, graine=8)
    pd.testing.assert_frame_equal(a, b)
    assert not a["texte"].equals(c["texte"])
    x = corpus.generer_consultation(n=1000, graine=7)
    y = corpus.generer_consultation(n=1000, graine=7)
    pd.testing.assert_frame_equal(x, y)
    pd.testing.assert_frame_equal(corpus.generer_population(graine=3), corpus.generer_population(graine=3))


@pytest.mark.parametrize("n", [1000, 20_000])
def test_generation_a_plusieurs_tailles(n, demandes, consultation):
    d = corpus.generer_demandes(n=n, graine=11)
    c = corpus.generer_consultation(n=n, graine=11)
    assert len(d) == n and len(c) == n
    assert list(d.columns) == list(demandes.columns)
    assert list(c.columns) == list(consultation.columns)
    assert d["identifiant"].is_unique and c["identifiant"].is_unique
    assert d["texte"].str.len().min() > 0 and c["texte"].str.len().min() > 0
    assert (c["campagne"] == "campagne automatisée anti-ZFE").sum() >= 0.05 * n
    assert d["echantillon_audit"].sum() == round(n * 800 / 12000)


@pytest.mark.parametrize("fonction", [corpus.generer_demandes, corpus.generer_consultation])
@pytest.mark.parametrize("n, erreur", [(999, ValueError), (1_000_001, ValueError), (0, ValueError),
                                       (5000.0, TypeError), ("5000", TypeError), (True, TypeError)])
def test_arguments_invalides(fonction, n, erreur):
    with pytest.raises(erreur, match="n doit"):
        fonction(n=n)


@pytest.mark.parametrize("graine, erreur", [(-1, ValueError), (1.5, TypeError), ("a", TypeError)])
def test_graine_invalide(graine, erreur):
    with pytest.raises(erreur, match="graine"):
        corpus.generer_demandes(n=1000, graine=graine)
    with pytest.raises(erreur, match="graine"):
        corpus.generer_population(graine=graine)


def test_constantes_exportees():
    assert len(corpus.QUARTIERS) >= 12
    assert 3 <= len(corpus.QUARTIERS_PRIORITAIRES) <= 4
    assert set(corpus.QUARTIERS_PRIORITAIRES) <= set(corpus.QUARTIERS)
    assert len(corpus.SERVICES) >= 9 and "Hors compétence / autre" in corpus.SERVICES
    assert len(corpus.THEMES) >= 10
    assert len(corpus.THEMES_MINORITAIRES) >= 2 and set(corpus.THEMES_MINORITAIRES) <= set(corpus.THEMES)


# --- 1. Demandes ----------------------------------------------------------------------------

def test_demandes_volume_periode_et_colonnes(demandes):
    assert len(demandes) >= 8000
    dates = pd.to_datetime(demandes["date"])
    assert (dates.max() - dates.min()).days >= 2 * 365 - 5
    assert set(demandes["canal"]) == {"formulaire web", "application mobile", "courrier", "appel téléphonique"}
    assert set(demandes["genre"]) == {"femme", "homme", "non renseigné"}
    assert set(demandes["quartier"]) == set(corpus.QUARTIERS)
    prio = demandes["quartier"].isin(corpus.QUARTIERS_PRIORITAIRES)
    assert (prio == demandes["quartier_prioritaire"]).all()
    assert set(demandes["urgence_historique"]) == set(demandes["urgence_reference"]) == {"urgente", "non urgente"}


def test_demandes_services_desequilibres(demandes):
    parts = demandes["service"].value_counts(normalize=True)
    assert len(parts) >= 9
    assert 0.25 <= parts.iloc[0] <= 0.30, parts.iloc[0]
    assert 0.01 <= parts.iloc[-1] <= 0.03, parts.iloc[-1]
    assert "Hors compétence / autre" in parts.index


def test_demandes_audit_multi_services_et_bruit_d_etiquette(demandes):
    assert 750 <= demandes["echantillon_audit"].sum() <= 850
    multi = (demandes["service_secondaire"] != "").mean()
    assert 0.08 <= multi <= 0.12, multi
    assert (demandes.loc[demandes["service_secondaire"] != "", "service_secondaire"]
            .isin(corpus.SERVICES).all())
    bruit = demandes["erreur_etiquette"].mean()
    assert 0.03 <= bruit <= 0.05, bruit


# --- 2. Consultation et population ----------------------------------------------------------

def test_consultation_volume_auteurs_themes(consultation):
    assert len(consultation) >= 5000
    assert consultation["auteur"].nunique() >= 3000
    parts = consultation["theme_reference"].value_counts(normalize=True)
    assert len(parts) >= 10
    for theme in corpus.THEMES_MINORITAIRES:
        assert 0 < parts[theme] < 0.02, (theme, parts[theme])
    assert set(consultation["position"]) == {"pour", "contre", "nuancé"}
    for question in ("question_zfe", "question_transports"):
        assert set(consultation[question]) == {"oui", "non", "sans avis"}


def test_campagne_automatisee(consultation):
    camp = consultation[consultation["campagne"] == "campagne automatisée anti-ZFE"]
    assert len(camp) >= 300
    assert camp["auteur"].nunique() <= 40
    dates = pd.to_datetime(camp["date"])
    assert (dates.max() - dates.min()) <= pd.Timedelta(days=3)
    # des paraphrases, pas des copies
    assert camp["texte"].nunique() >= 0.9 * len(camp)


def test_petition_et_accords_courts(consultation):
    pet = consultation[consultation["campagne"] == "pétition piste cyclable Bellerive"]
    assert len(pet) >= 100
    assert pet["texte"].str.contains("piste cyclable continue et protégée", regex=False).mean() > 0.5
    accords = consultation[consultation["accord_court"]]
    assert 0.03 <= len(accords) / len(consultation) <= 0.10
    assert (accords["texte"].str.split().str.len() <= 8).all()


def test_qui_parle_depend_du_canal(consultation, population):
    c = consultation[(consultation["campagne"] == "aucune") & (consultation["tranche_age"] != "non renseigné")]
    age = pd.crosstab(c["canal"], c["tranche_age"], normalize="index")
    assert age.loc["plateforme en ligne", "18-29"] > 2 * age.loc["registre papier", "18-29"]
    assert age.loc["registre papier", "75 et plus"] > 3 * age.loc["plateforme en ligne", "75 et plus"]
    prio = c.groupby("canal")["quartier_prioritaire"].mean()
    assert prio["registre papier"] > prio["plateforme en ligne"] + 0.05
    # en ligne, les quartiers prioritaires sont sous-représentés par rapport à la population
    part_pop = population.loc[population["quartier_prioritaire"], "population"].sum() / population["population"].sum()
    assert prio["plateforme en ligne"] < part_pop - 0.05


def test_population(population):
    assert len(population) == len(corpus.QUARTIERS) * 2 * 5
    assert set(population["quartier"]) == set(corpus.QUARTIERS)
    assert set(population["genre"]) == {"femme", "homme"}
    assert (population["population"] > 0).all()
    assert 300_000 <= population["population"].sum() <= 600_000


# --- 3. Données personnelles ----------------------------------------------------------------

MOTIFS = {
    "telephone": r"0[1-9]( \d\d){4}",
    "courriel": r"[\w.\-]+@[\w.\-]+\.\w+",
    "plaque": r"[A-Z]{2}-\d{3}-[A-Z]{2}",
    "adresse": r"\d{1,3} .+",
    "nom": r"\S.+",
}


@pytest.mark.parametrize("nom", ["demandes.csv", "consultation.csv"])
def test_donnees_personnelles_positions_exactes(nom):
    table = lire(nom)
    positions = table["donnees_personnelles"].map(json.loads)
    part = (positions.str.len() > 0).mean()
    assert 0.05 <= part <= 0.08, part
    types = set()
    for texte, spans in zip(table["texte"], positions):
        for s in spans:
            valeur = texte[s["debut"]:s["fin"]]
            assert re.fullmatch(MOTIFS[s["type"]], valeur), (s, valeur)
            types.add(s["type"])
    assert types == set(MOTIFS)


# --- Jonctions des choix « [a|b] » ------------------------------------------------------------

@pytest.mark.parametrize("gabarit, attendu", [
    ("Je suis favorable à [le projet]", "Je suis favorable au projet"),
    ("Je suis [hostile à] [le [dossier]] tel quel", "Je suis hostile au dossier tel quel"),
    ("Jsuis [hostile a] [le PDM]", "Jsuis hostile au PDM"),  # « a » d'une version sans accents
    ("Il [a] [le temps]", "Il a le temps"),
    ("En pensant à [les gens] qui", "En pensant aux gens qui"),
    ("La vie de [les familles]", "La vie des familles"),
    ("Après lecture de [le dossier]", "Après lecture du dossier"),
    ("Je me souviens de [le quartier] d'avant", "Je me souviens du quartier d'avant"),
    ("Il nous a dit de [éviter] la rocade", "Il nous a dit d'éviter la rocade"),
    ("Une file de [autos]", "Une file d'autos"),
    ("Il serait bien que [un agent] passe", "Il serait bien qu'un agent passe"),
    ("C'est la [énième] fois", "C'est l'énième fois"),
    # un pronom devant un verbe, un h aspiré, une faute écrite dans un morceau : rien ne change
    ("À condition de [le finir]", "À condition de le finir"),
    ("Arrêtez de [les culpabiliser]", "Arrêtez de les culpabiliser"),
    ("Un détour de [huit] minutes", "Un détour de huit minutes"),
    ("Le bruit de [hauts] camions", "Le bruit de hauts camions"),
    ("Je vais à le [parc]", "Je vais à le parc"),
    ("Jsuis opposé{e} a [le plan]", "Jsuis opposé{e} au plan"),  # le marqueur {e} est rempli après
    ("J'ai déjà écrit a [le standard]", "J'ai déjà écrit au standard"),
])
def test_les_jonctions_des_choix_se_contractent(gabarit, attendu):
    import random

    from civiclabs.corpus import redaction

    assert redaction.Variantes().developper(gabarit, random.Random(0)) == attendu


@pytest.mark.parametrize("corpus", ["consultation", "demandes"])
def test_les_textes_n_ont_plus_de_coutures(corpus, request):
    # « à le projet », « de les gens », « le interminable de » venaient des choix et du lexique ;
    # « trop à toute allure » du lexique après un adverbe ; un choix ou un marqueur resté tel quel
    # (« [comme chacun sait|…] ») d'une incise qui n'était pas développée
    table = request.getfixturevalue(corpus)
    texte = table["texte"].fillna("")
    assert not texte.str.contains(r"[\[\]{}|]").any(), texte[texte.str.contains(r"[\[\]{}|]")].head(3).tolist()
    ordinaires = texte[table["registre"] != "français non natif"] if "registre" in table else texte
    for motif in (r"\b[àa] le (?:projet|plan|PDM|dossier|standard|service)\b", r"\bde les (?:gens|familles|applis)\b",
                  r"\b[lL][ea] interminable", r"\bde (?:éviter|autos|usagères|intervenir|agir)\b", r"\bcontre à\b",
                  r"\bde on trouve\b", r"\b(?:trop|plus|très) (?:à toute allure|comme des fous|rapidement)\b",
                  r"\b(?:mon père|ma belle-mère) (?:gardent|habitent|n'ont)\b", r"\bma clientèle (?:sont|habitent|viennent)\b"):
        trouves = ordinaires[ordinaires.str.contains(motif)]
        assert trouves.empty, (motif, trouves.head(3).tolist())


@pytest.mark.parametrize("phrase, attendu", [
    ("Un tram toutes les cinq minutes entre la gare et le CHU : plus besoin d'appli.", True),
    ("Des racks à valises dans les bus de la gare : les voyageurs ne trébuchent plus.", True),
    ("Un défibrillateur dans chaque station de tram, et des conducteurs secouristes.", True),
    ("Une haie de troènes entre la quatre-voies et l'école filtrerait l'air.", False),
    ("Le portique du parking est trop bas : mon fourgon dort dehors.", False),
    # un verbe que le repère ne connaît pas : l'idée prend une amorce sans « que », sans dommage
    ("Le portique du parking interdit les minibus : mon fourgon dort dehors.", True),
    ("Des aides simples, c'est la condition pour que la ZFE soit acceptée.", False),
    ("Les bus arrivent toujours en retard.", False),
])
def test_une_idee_sans_verbe_est_reconnue(phrase, attendu):
    from civiclabs.corpus import redaction

    assert redaction.nominale(phrase) is attendu


def test_une_idee_sans_verbe_ne_suit_pas_une_amorce_en_que():
    # « Je précise qu'un tram toutes les cinq minutes : plus besoin d'appli » : on n'écrit pas ainsi
    import numpy as np

    from civiclabs.corpus import assemblage, redaction

    idee = np.array(["Un tram toutes les cinq minutes entre la gare et le CHU : plus besoin d'appli."] * 300)
    verbe = np.array(["Le tram passe toutes les cinq minutes entre la gare et le CHU."] * 300)
    for colonnes in ([idee], [verbe, idee]):
        textes = assemblage.rediger(colonnes, ["corps"] * len(colonnes), None, 3, 1.0, 1.0, 0.0, amorces="avis")
        # une amorce ou une liaison en « que » se retrouve devant « un tram »
        assert not any(" qu'un tram" in t for t in textes), [t for t in textes if " qu'un tram" in t][:2]
    # et les deux sortes de liens restent tirées : l'amorce en « que » devant une phrase qui a son verbe
    textes = assemblage.rediger([verbe], ["corps"], None, 3, 1.0, 0.0, 0.0, amorces="avis")
    assert any(t.startswith(a.removesuffix(" que")) and " que le tram" in t
               for t in textes for a in redaction.AMORCES["avis"] if redaction.en_que(a))
    assert any(" qu'un tram" not in t and t != idee[0] for t in
               assemblage.rediger([idee], ["corps"], None, 3, 1.0, 0.0, 0.0, amorces="avis"))


def test_deux_sujets_differents_se_joignent_sans_lien_logique():
    # l'idée « pour » et l'idée « contre » d'un avis nuancé, ou un autre thème : pas « et », « donc »
    import numpy as np

    from civiclabs.corpus import assemblage, redaction

    pour = np.array(["Les promeneurs vont adorer la place piétonne."] * 200)
    contre = np.array(["Les portails des villas s'ouvrent sur le trottoir."] * 200)

    def liens(sujets):
        textes = assemblage.rediger([pour, contre], sujets, None, 5, 0.0, 0.0, 0.0, 1.0)
        return {t.split("piétonne", 1)[1].split(" les portails")[0] for t in textes}

    assert liens(["corps:1", "corps:2"]) == set(redaction.FUSIONS_NEUTRES)
    assert liens(["corps:1", "corps:1"]) == set(redaction.FUSIONS)



def test_une_personne_ne_signe_que_de_son_nom(demandes):
    # « De la part de Fatoumata Lhermitte-Sorin… Signé : Khadija Kerbellec » : deux noms pour une
    # même personne ; ses phrases (« Je m'appelle », « Signé : », « De la part de ») donnent le même
    import json

    deux = 0
    for texte, positions in zip(demandes["texte"], demandes["donnees_personnelles"]):
        noms = {texte[p["debut"]:p["fin"]] for p in json.loads(positions) if p["type"] == "nom"
                and texte[:p["debut"]].endswith(("Je m'appelle ", "Signé : ", "De la part de "))}
        assert len(noms) <= 1, texte
        deux += sum(texte.count(d) for d in ("Signé : ", "Je m'appelle ", "De la part de ")) >= 2
    assert deux > 0  # le cas se présente bien dans le fichier
