"""Tests unitaires du paquet civiclabs (hors données de grande taille)."""

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

import civiclabs
from civiclabs import (
    ReponseIncorrecte,
    compter_mots,
    decouper_mots,
    diagramme_barres,
    filtrer_contributions,
    mots_vides,
    sans_accents,
    verifier_colonnes,
    verifier_egal,
    verifier_nombre_lignes,
    verifier_proche,
    verifier_texte_redige,
    verifier_type,
)
from civiclabs.verification import decrire_type


def test_api_publique_en_francais_et_complete():
    for nom in civiclabs.__all__:
        assert hasattr(civiclabs, nom), nom
        objet = getattr(civiclabs, nom)
        if callable(objet):
            assert objet.__doc__, f"{nom} n'a pas de docstring"


@pytest.mark.parametrize(
    "valeur, attendu",
    [(3, "un nombre entier (int)"), (3.0, "un nombre décimal (float)"), ("a", "un texte (str)"),
     (None, "rien (None)"), (pd.DataFrame(), "un tableau pandas (DataFrame)"),
     (np.int64(2), "un nombre entier (int)"), (True, "un booléen (True ou False)")],
)
def test_decrire_type(valeur, attendu):
    assert decrire_type(valeur) == attendu


def test_verifier_type_accepte_les_nombres_numpy_et_refuse_les_booleens():
    verifier_type(np.int64(3), int, "x")
    with pytest.raises(ReponseIncorrecte, match="nombre entier"):
        verifier_type(True, int, "x")


def test_verifier_type_none_propose_d_abord_une_faute_dans_le_nom():
    with pytest.raises(ReponseIncorrecte) as erreur:
        verifier_type(None, int, "agents_necessaires")
    message = str(erreur.value)
    assert message.index("nom à gauche du =") < message.index("cadre rouge")
    assert "exactement agents_necessaires" in message


def test_verifier_type_none_evoque_aussi_une_cellule_arretee_sur_une_erreur():
    with pytest.raises(ReponseIncorrecte) as erreur:
        verifier_type(None, float, "part")
    message = str(erreur.value)
    assert "NotImplementedError" in message and "sans cadre rouge" in message
    assert "sans return renvoie aussi None" in message
    assert len(message.split()) < 70  # lu avant chaque réponse : court


def test_nombres_ecrits_a_la_francaise_dans_les_messages():
    for valeur, ecrit in [(0.5, "vaut 0,5 ;"), (73.25386682923086, "vaut 73,2539 ;"),
                          (np.float64(0.000123456), "vaut 0,0001235 ;"), (12, "vaut 12 ;"),
                          (2.0, "vaut 2,0 ;")]:
        with pytest.raises(ReponseIncorrecte) as erreur:
            verifier_proche(valeur, 0.42, "x")
        assert ecrit in str(erreur.value), str(erreur.value)
    with pytest.raises(ReponseIncorrecte, match="vaut 7 ;"):
        verifier_egal(np.int64(7), 3, "n")
    with pytest.raises(ReponseIncorrecte, match=r"une colonne d'une seule valeur \(0,95\)"):
        verifier_type(pd.Series([0.95]), float, "seuil")
    with pytest.raises(ReponseIncorrecte, match="une colonne de 3 valeurs"):
        verifier_type(pd.Series([0.1, 0.2, 0.3]), float, "seuil")


@pytest.mark.parametrize("valeur, attendu, extrait", [
    (4.97, 0.049666, "c'est un pourcentage"),  # ×100 puis arrondi, comme recopié d'un affichage
    (80.12345678, 0.8012345678, "c'est un pourcentage"),  # ×100 exact
    (80.12, 0.8012345678, "sans multiplier par 100"),  # round(p * 100, 2)
    (0.0089, 0.89, "100 fois moins"),
    (0.253, 25.3, "points de pourcentage"),
    (0.89, 0.8912345, "arrondie à 2 décimales"),
    (0.6, 0.63, "arrondie à 1 décimale"),
    (73, 73.2538, "arrondie à l'unité"),
    (73.254, 73.2538, "arrondie à 3 décimales"),
])
def test_verifier_proche_nomme_les_erreurs_frequentes(valeur, attendu, extrait):
    with pytest.raises(ReponseIncorrecte) as erreur:
        verifier_proche(valeur, attendu, "x", indice="la méthode")
    message = str(erreur.value)
    assert extrait in message and "👉 Piste : la méthode" in message
    assert "ce n'est pas la valeur attendue" not in message


@pytest.mark.parametrize("valeur, attendu", [
    (0.5, 0.63),  # une autre méthode : aucun diagnostic inventé
    (1.0, 0.63),  # une part de 1 n'est ni un pourcentage ni un arrondi à l'unité d'une part
    (0.0, 0.63),  # 0 : une sélection vide, que chaque test explique
    (-0.63, 0.63),
])
def test_verifier_proche_sans_faux_diagnostic(valeur, attendu):
    with pytest.raises(ReponseIncorrecte, match="ce n'est pas la valeur attendue"):
        verifier_proche(valeur, attendu, "x")


def test_les_bonnes_reponses_passent_toujours():
    verifier_proche(0.8912345, 0.8912345, "x")
    verifier_proche(np.float64(0.25), 0.25, "x")
    verifier_proche(0.89, 0.8912, "x", tolerance=0.006)  # un arrondi accepté par la tolérance
    verifier_egal(5, 5, "n")
    verifier_egal(np.int64(5), 5, "n")
    with pytest.raises(ReponseIncorrecte, match="100 fois la valeur attendue"):
        verifier_egal(500, 5, "n")


def test_verifier_type_message_enseigne_avec_piste():
    with pytest.raises(ReponseIncorrecte) as erreur:
        verifier_type(3.0, int, "agents", indice="utilisez //")
    message = str(erreur.value)
    assert "« agents » devrait être un nombre entier (int)" in message
    assert "un nombre décimal (float) : 3,0" in message
    assert "👉 Piste : utilisez //" in message


def test_verifier_egal_et_proche():
    verifier_egal(3, 3, "x")
    verifier_egal(["a", "b"], ("a", "b"), "x")
    with pytest.raises(ReponseIncorrecte, match="pas la valeur attendue"):
        verifier_egal(4, 3, "x")
    with pytest.raises(ReponseIncorrecte, match="un texte"):
        verifier_egal(3, "3", "x")
    verifier_proche(0.3333, 1 / 3, "x", tolerance=1e-3)
    with pytest.raises(ReponseIncorrecte):
        verifier_proche(float("nan"), 1.0, "x")


def test_verifier_nan_dit_que_la_selection_est_vide():
    vide = pd.Series([1.0, 2.0])[pd.Series([False, False])].mean()  # une sélection vide
    for verifier in (lambda: verifier_type(vide, float, "rappel"),
                     lambda: verifier_type(np.float64("nan"), int, "n"),
                     lambda: verifier_proche(float("nan"), 0.5, "rappel", indice="filtrez d'abord")):
        with pytest.raises(ReponseIncorrecte, match="vaut nan") as erreur:
            verifier()
        assert "sélection est sans doute vide" in str(erreur.value)
        assert "accents" in str(erreur.value)
    with pytest.raises(ReponseIncorrecte, match="👉 Piste : filtrez d'abord"):
        verifier_proche(float("nan"), 0.5, "rappel", indice="filtrez d'abord")
    verifier_type(0.5, float, "rappel")  # un vrai nombre passe toujours


def test_apercu_des_textes_lisible_sans_codes():
    with pytest.raises(ReponseIncorrecte) as erreur:
        verifier_type("58\u202f%", float, "part")
    message = str(erreur.value)
    assert "un texte (str) : « 58\u202f% »" in message and "\\u202f" not in message
    with pytest.raises(ReponseIncorrecte) as erreur:
        verifier_egal(["58\u202f%"], ["x"], "parts")
    assert "\\u202f" not in str(erreur.value) and "58\u202f%" in str(erreur.value)
    with pytest.raises(ReponseIncorrecte, match="« 3 »"):
        verifier_egal("3", 3, "x")


def test_verifier_colonnes_et_lignes():
    table = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
    verifier_colonnes(table, ["a"], "t")
    with pytest.raises(ReponseIncorrecte, match="la ou les colonnes : c"):
        verifier_colonnes(table, ["a", "c"], "t")
    with pytest.raises(ReponseIncorrecte, match="une colonne pandas"):
        verifier_colonnes(table["a"], ["a"], "t")
    verifier_nombre_lignes(table, 2, "t")
    with pytest.raises(ReponseIncorrecte, match="pas assez"):
        verifier_nombre_lignes(table, 3, "t")


def test_verifier_texte_redige():
    verifier_texte_redige("une vraie réponse rédigée", "r")
    with pytest.raises(ReponseIncorrecte, match="trop court"):
        verifier_texte_redige("oui", "r")


def test_outils_de_texte():
    assert sans_accents("Élève à Noël") == "Eleve a Noel"
    assert sans_accents("Œuvre ﬁnie ²") == "Œuvre finie 2"  # NFKD : ligatures et exposants dépliés
    assert decouper_mots("L'éclairage rue Saint-Clair ne marche pas.") == [
        "L'éclairage", "rue", "Saint-Clair", "ne", "marche", "pas"]
    assert compter_mots("  ") == 0
    with pytest.raises(TypeError, match="attend un texte"):
        compter_mots(3)
    vides = mots_vides()
    assert {"le", "de", "et"} <= set(vides) and "trottoir" not in vides


def test_filtrer_contributions():
    table = pd.DataFrame({
        "identifiant": ["1", "2", "3"],
        "quartier": ["A", "B", "A"],
        "texte": ["Éclairage en panne", "bruit la nuit", "ECLAIRAGE cassé"],
    })
    assert list(filtrer_contributions(table, mot="éclairage")["identifiant"]) == ["1", "3"]
    assert list(filtrer_contributions(table, quartier="A", mot="panne")["identifiant"]) == ["1"]
    assert len(filtrer_contributions(table, quartier=civiclabs.widgets.TOUS)) == 3
    with pytest.raises(KeyError, match="n'existe pas"):
        filtrer_contributions(table, service="x")


def _texte_de(sortie):
    return "".join(o.get("text", "") for o in sortie.outputs)


def test_widgets_s_affichent_sans_navigateur():
    table = pd.DataFrame({
        "identifiant": ["1", "2"], "quartier": ["A", "B"], "canal": ["Courrier", "Web"],
        "service": ["S", "S"], "texte": ["a b", "c d"],
    })
    boite = civiclabs.explorer_contributions(table, unite="demande")
    menus, sortie = boite.children[0].children, boite.children[2]
    assert _texte_de(sortie).startswith("2 demandes sur 2.")
    menus[1].value = "A"  # quartier : le widget se met à jour, sans accumuler
    assert _texte_de(sortie).startswith("1 demande sur 2.") and len(sortie.outputs) == 1
    boite = civiclabs.comparer_repartitions(table, colonnes=("canal", "quartier"))
    boite.children[0].value = "quartier"
    assert "« A »" in _texte_de(boite.children[1]) or "égalité" in _texte_de(boite.children[1])


def test_sans_widgets_l_interface_montre_un_texte_en_francais(monkeypatch):
    """Une interface qui ne sait pas dessiner un widget montre son texte de secours (text/plain) :
    une phrase qui dit quoi faire, au lieu de « VBox(children=…) »."""
    from civiclabs import widgets as module_widgets

    affiches = []
    monkeypatch.setattr(module_widgets, "display", lambda *objets, **options: affiches.append((objets, options)))
    table = pd.DataFrame({"identifiant": ["1"], "quartier": ["A"], "canal": ["Web"], "service": ["S"],
                          "texte": ["a b"]})
    boite = civiclabs.explorer_contributions(table)
    ((paquet,), options), = affiches
    assert options == {"raw": True}
    assert paquet["text/plain"] == module_widgets.TEXTE_SANS_WIDGETS and "ipywidgets" in paquet["text/plain"]
    assert paquet["application/vnd.jupyter.widget-view+json"]["model_id"] == boite.model_id


def test_accorder_met_le_singulier_en_dessous_de_2():
    from civiclabs.texte import accorder

    assert [accorder(n, "courrier") for n in (0, 1, 1.5, 2, 12)] == [
        "0 courrier", "1 courrier", "1,5 courrier", "2 courriers", "12 courriers"]
    assert accorder(1200, "travail", "travaux") == "1\u202f200 travaux"


def test_de_cite_elide_devant_une_voyelle():
    from civiclabs.texte import de_cite

    assert de_cite("Éclairage public") == "d'« Éclairage public »"
    assert de_cite("Propreté et déchets") == "de « Propreté et déchets »"
    assert de_cite("Hors compétence / autre") == "de « Hors compétence / autre »"  # h aspiré


def test_diagramme_barres_nomme_titre_et_axes():
    ax = diagramme_barres(pd.Series({"x": 3, "y": 1}), "Titre", axe_categories="Catégorie", axe_valeurs="Nombre")
    assert ax.get_title() == "Titre"
    assert ax.get_xlabel() == "Nombre" and ax.get_ylabel() == "Catégorie"
    with pytest.raises(TypeError, match="colonne pandas"):
        diagramme_barres([3, 1], "T", "x", "y")



def test_diagramme_barres_ecrit_les_graduations_a_la_francaise():
    """Essai du Lab 00 : les barres portaient « 3 156 » et l'axe « 1000 »."""
    ax = diagramme_barres(pd.Series({"a": 3156, "b": 254}), "T", "x", "y")
    ax.figure.canvas.draw()
    assert "1\u202f000" in [t.get_text() for t in ax.get_xticklabels()]
    ax = diagramme_barres(pd.Series({"a": 0.5, "b": 0.25}), "T", "x", "y", horizontal=False)
    ax.figure.canvas.draw()
    assert "0,5" in [t.get_text() for t in ax.get_yticklabels()]


def test_diagramme_barres_garde_les_zeros_pour_comparer_des_scores():
    scores = pd.Series({"a": 0.9, "b": 0.63})
    ax = diagramme_barres(scores, "T", "x", "y", decimales=2, garder_zeros=True)
    assert sorted(t.get_text().strip() for t in ax.texts) == ["0,63", "0,90"]
    ax = diagramme_barres(pd.Series({"a": 28.0}), "T", "x", "y")
    assert [t.get_text().strip() for t in ax.texts] == ["28"]


def test_formats_a_la_francaise():
    from civiclabs import format_nombre, format_pourcentage

    assert format_nombre(1234.5) == "1\u202f234,5"
    assert format_nombre(28.0) == "28" and format_nombre(28.5) == "28,5"
    assert format_pourcentage(0.153) == "15\u202f%"
    assert format_nombre(0.9, 2) == "0,9" and format_nombre(0.9, 2, garder_zeros=True) == "0,90"
    assert format_nombre(0.877, 2, garder_zeros=True) == "0,88"


@pytest.mark.parametrize("nombre, reglages, attendu", [
    (1234567.891, (2,), "1\u202f234\u202f567,89"),
    (12000, (0,), "12\u202f000"),
    (-7.84, (1,), "-7,8"),
    (-0.001, (1,), "-0"),  # comme le format « f » de Python
    (2.675, (2,), "2,67"),  # 2.675 vaut 2,67499… en binaire : arrondi de la valeur exacte
    (0.125, (2,), "0,12"),  # égalité exacte : vers le chiffre pair
    (3, (1, True), "3,0"),
    (np.int64(6000), (1,), "6\u202f000"),
    (float("nan"), (1,), "nan"),
])
def test_format_nombre_cas_limites(nombre, reglages, attendu):
    from civiclabs import format_nombre

    assert format_nombre(nombre, *reglages) == attendu


def test_format_pourcentage_cas_limites():
    from civiclabs import format_pourcentage

    assert format_pourcentage(0.58) == "58\u202f%"
    assert format_pourcentage(0.0497, 1) == "5\u202f%" and format_pourcentage(0.0437, 1) == "4,4\u202f%"
    assert format_pourcentage(12.5) == "1\u202f250\u202f%"
    assert format_pourcentage(0.005) == "0\u202f%"  # 100 × 0,005 vaut 0,5 en flottant : vers le pair


def test_formats_ecrits_par_babel_en_fr_fr():
    # Babel (CLDR fr_FR) donne la virgule et l'espace fine entre les milliers ; le cours ne
    # change que l'espace avant « % » (U+202F, au lieu de l'insécable U+00A0 du CLDR).
    from babel.numbers import format_decimal, format_percent

    from civiclabs import format_nombre, format_pourcentage

    assert format_nombre(1234567.5) == format_decimal(1234567.5, locale="fr_FR")
    assert format_pourcentage(0.153) == format_percent(0.153, locale="fr_FR").replace("\xa0", "\u202f")


def test_phrase_de_tete_signale_les_egalites():
    from civiclabs.widgets import phrase_de_tete

    assert phrase_de_tete(pd.Series({"A": 5, "B": 2})).startswith("« A » arrive en tête avec 5")
    assert phrase_de_tete(pd.Series({"A": 5, "B": 5, "C": 1})).startswith("2 valeurs sont à égalité")
    six = phrase_de_tete(pd.Series({c: 3 for c in "ABCDEF"}))
    assert six.endswith("« D » et 2 autres.") and "…" not in six


def test_verifier_type_fonction_non_appelee():
    serie = pd.Series(["a", "b"])
    with pytest.raises(ReponseIncorrecte, match="ajoutez les parenthèses.*value_counts\\(\\)"):
        verifier_type(serie.value_counts, pd.Series, "par_canal")


def test_mots_vides_sont_ceux_de_spacy_sans_importer_spacy():
    import subprocess
    import sys

    from spacy.lang.fr.stop_words import STOP_WORDS

    assert mots_vides() == sorted(STOP_WORDS)
    # Une seule liste et une seule façon de retirer les accents, générateur de corpus compris.
    from civiclabs.corpus import bruit, mesures

    assert mesures.mots_vides is civiclabs.mots_vides and bruit.sans_accents is civiclabs.sans_accents
    code = "import sys, civiclabs; civiclabs.mots_vides(); print('spacy' in sys.modules)"
    sortie = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert sortie.stdout.strip() == "False"


def test_les_points_de_suspension_d_un_modele_sont_nommes():
    """Un ``return ...`` laissé du modèle : le message dit de remplacer les ..., pas « objet de type ellipsis »."""
    with pytest.raises(ReponseIncorrecte, match="points de suspension du modèle") as erreur:
        verifier_type(..., float, "gini([0.1] * 8)")
    assert "ellipsis :" not in str(erreur.value)
    with pytest.raises(ReponseIncorrecte, match="points de suspension du modèle"):
        verifier_proche(..., 0.5, "part")
