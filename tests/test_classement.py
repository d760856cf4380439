"""Tests unitaires de civiclabs.classement (outils du Lab 01), sur de petites données."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import civiclabs
from civiclabs import classement
from civiclabs.classement import (
    REGLES_EXEMPLE,
    courbe_seuil,
    curseur_mots_influents,
    curseur_seuil,
    decouper_demandes,
    entrainer_routeur,
    mots_influents,
    probabilites,
    rappel_par_service,
    router_demandes,
    router_par_mots_cles,
    similarite_plus_proche,
    tableau_de_confiance,
    tracer_courbe_seuil,
    tracer_matrice_confusion,
    tracer_mots_influents,
)

TEXTES = {
    "Éclairage public": [
        "Le lampadaire de la rue est éteint depuis trois jours.",
        "Réverbère en panne, la rue est toute noire le soir.",
        "L'éclairage du square ne fonctionne plus.",
        "Lampadaire qui clignote devant l'école.",
    ],
    "Propreté et déchets": [
        "Les poubelles débordent devant l'immeuble.",
        "Dépôt sauvage d'encombrants sur le trottoir.",
        "La collecte des déchets n'est pas passée.",
        "Des sacs poubelles éventrés partout.",
    ],
    "Voirie et déplacements": [
        "Un nid de poule énorme sur la chaussée.",
        "Le trottoir est défoncé, on ne peut plus passer.",
        "Travaux abandonnés, la route est barrée.",
        "Chaussée dangereuse au carrefour.",
    ],
}


@pytest.fixture(scope="module")
def petites_demandes():
    lignes = [
        {"identifiant": f"D{i}", "texte": t, "service": s}
        for i, (s, t) in enumerate((s, t) for s, textes in TEXTES.items() for t in textes * 3)
    ]
    return pd.DataFrame(lignes)


@pytest.fixture(scope="module")
def modele(petites_demandes):
    return entrainer_routeur(petites_demandes["texte"], petites_demandes["service"])


def test_exports_publics():
    for nom in ("router_par_mots_cles", "router_demandes", "curseur_seuil", "curseur_mots_influents",
                "entrainer_routeur", "courbe_seuil", "REGLES_EXEMPLE"):
        assert nom in civiclabs.__all__ and getattr(civiclabs, nom) is getattr(classement, nom)


def test_router_ignore_majuscules_accents_et_prend_les_debuts_de_mots():
    regles = {"Éclairage public": ["réverbère", "lampadaire"], "Propreté et déchets": ["poubelle"]}
    assert router_par_mots_cles("REVERBERE cassé !", regles) == "Éclairage public"
    assert router_par_mots_cles("Les poubelles débordent", regles) == "Propreté et déchets"
    # un mot-clé ne compte qu'au début d'un mot : « eau » ne trouve pas « bureau »
    assert router_par_mots_cles("Mon bureau est fermé", {"Eau": ["eau"]}) == "Hors compétence / autre"
    assert router_par_mots_cles("De l'eau partout", {"Eau": ["eau"]}) == "Eau"


def test_router_choisit_le_plus_de_mots_et_departage_par_l_ordre():
    regles = {"A": ["chat"], "B": ["chien", "niche"]}
    assert router_par_mots_cles("un chat et un chien dans la niche", regles) == "B"
    assert router_par_mots_cles("un chat et un chien", regles) == "A"  # égalité : le premier
    assert router_par_mots_cles("rien à voir", regles, defaut="?") == "?"
    assert router_par_mots_cles("nid de poule ici", {"V": ["nid de poule"]}) == "V"
    assert router_par_mots_cles("un chat", {"A": "chat"}) == "A"  # une chaîne seule accepte


def test_router_refuse_autre_chose_qu_un_dictionnaire():
    with pytest.raises(TypeError, match="dictionnaire"):
        router_par_mots_cles("texte", [("A", ["a"])])


def test_router_demandes_garde_l_index(petites_demandes):
    routage = router_demandes(petites_demandes["texte"], REGLES_EXEMPLE)
    assert isinstance(routage, pd.Series) and routage.index.equals(petites_demandes.index)
    assert (routage == petites_demandes["service"]).mean() > 0.5


def test_decouper_stratifie_et_reproductible(petites_demandes):
    a1, e1 = decouper_demandes(petites_demandes, part_test=0.25, graine=1)
    a2, e2 = decouper_demandes(petites_demandes, part_test=0.25, graine=1)
    assert e1.index.equals(e2.index) and not set(a1.index) & set(e1.index)
    assert len(e1) == 9 and e1["service"].value_counts().tolist() == [3, 3, 3]


def test_entrainer_routeur_predit_et_retire_les_mots_vides(modele):
    assert modele.predict(["le lampadaire est éteint"])[0] == "Éclairage public"
    assert "le" not in modele.steps[0][1].vocabulary_
    proba = probabilites(modele, "poubelles qui débordent")
    assert proba.index[0] == "Propreté et déchets" and abs(proba.sum() - 1) < 1e-9
    assert list(proba) == sorted(proba, reverse=True)


def test_mots_appris_ailleurs_repere_une_fuite(petites_demandes):
    from civiclabs.classement import mots_appris_ailleurs

    apprentissage = petites_demandes.iloc[::2]
    honnete = entrainer_routeur(apprentissage["texte"], apprentissage["service"])
    assert mots_appris_ailleurs(honnete, apprentissage["texte"]) == []
    fuite = entrainer_routeur(
        list(apprentissage["texte"]) + ["Un gyrophare clignote sans arrêt"],
        list(apprentissage["service"]) + ["Éclairage public"],
    )
    mots = mots_appris_ailleurs(fuite, apprentissage["texte"])
    assert {"gyrophare", "clignote", "arrêt"} <= set(mots) and mots[0].isalpha()
    assert mots_appris_ailleurs(object(), apprentissage["texte"]) == []  # pas un modèle : rien à dire


def test_similarite_plus_proche():
    reference = ["le lampadaire est cassé rue des lilas", "poubelles pleines place du marché",
                 "lampadaire cassé", "poubelles pleines", "arbre tombé"]
    sim = similarite_plus_proche(reference, ["le lampadaire est cassé rue des lilas", "chat perdu"])
    assert sim.shape == (2,) and sim[0] == pytest.approx(1.0) and sim[1] == 0.0


def test_rappel_par_service():
    vrais = ["A", "A", "B", "B", "B", "C"]
    predits = ["A", "B", "B", "B", "A", "A"]
    rappels = rappel_par_service(vrais, predits)
    assert rappels.to_dict() == pytest.approx({"A": 0.5, "B": 2 / 3, "C": 0.0})
    assert list(rappels) == sorted(rappels)


def test_mots_influents(modele):
    mots = mots_influents(modele, "Éclairage public", n=5)
    assert len(mots) == 5 and list(mots) == sorted(mots, reverse=True)
    assert any(m.startswith(("lampadaire", "éclairage", "réverbère")) for m in mots.index)
    with pytest.raises(KeyError, match="Service inconnu"):
        mots_influents(modele, "Pompiers")


def test_mots_influents_deux_classes():
    textes = ["urgent danger fuite"] * 5 + ["merci information horaires"] * 5
    etiquettes = ["urgente"] * 5 + ["non urgente"] * 5
    binaire = entrainer_routeur(textes, etiquettes)
    assert "danger" in mots_influents(binaire, "urgente", 3).index
    assert "horaires" in mots_influents(binaire, "non urgente", 2).index


def test_tableau_et_courbe_de_seuil():
    tableau = pd.DataFrame({
        "service": ["A"] * 4, "prediction": ["A", "A", "B", "A"],
        "confiance": [0.95, 0.9, 0.6, 0.4],
    })
    tableau["correct"] = tableau["service"] == tableau["prediction"]
    courbe = courbe_seuil(tableau, seuils=[0.3, 0.5, 0.8, 0.99])
    assert courbe["part_automatique"].tolist() == [1.0, 0.75, 0.5, 0.0]
    assert courbe["taux_erreur"].iloc[:3].tolist() == pytest.approx([0.25, 1 / 3, 0.0])
    assert np.isnan(courbe["taux_erreur"].iloc[3])


def test_tableau_de_confiance(modele, petites_demandes):
    tableau = tableau_de_confiance(modele, petites_demandes["texte"], petites_demandes["service"])
    assert list(tableau.columns) == ["service", "prediction", "confiance", "correct"]
    assert tableau.index.equals(petites_demandes.index)
    assert tableau["confiance"].between(1 / 3, 1).all() and tableau["correct"].mean() > 0.9


def test_graphiques_ont_titre_et_axes(modele, petites_demandes):
    for ax in (
        tracer_matrice_confusion(petites_demandes["service"], modele.predict(petites_demandes["texte"])),
        tracer_mots_influents(modele, "Propreté et déchets", n=5),
        tracer_courbe_seuil(courbe_seuil(tableau_de_confiance(
            modele, petites_demandes["texte"], petites_demandes["service"])), seuil=0.5, regle=0.03),
    ):
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    plt.close("all")


def test_courbe_seuil_erreurs_sur_une_echelle_lisible():
    courbe = pd.DataFrame({
        "seuil": [0.3, 0.5, 0.8, 0.99], "part_automatique": [0.9, 0.7, 0.4, 0.0],
        "nb_automatique": [90, 70, 40, 0], "taux_erreur": [0.08, 0.06, 0.04, np.nan],
    })
    ax = tracer_courbe_seuil(courbe, seuil=0.8, regle=0.03)
    erreurs = ax.axe_erreurs
    assert erreurs in ax.figure.axes and erreurs.get_ylabel()
    assert ax.get_ylim() == (0, 1)
    assert erreurs.get_ylim() == pytest.approx((0, 0.10))  # 3 % se lit, pas écrasé contre 0
    assert any(ligne.get_ydata()[0] == 0.03 for ligne in erreurs.get_lines())  # la règle
    assert any(list(ligne.get_xdata()) == [0.8, 0.8] for ligne in ax.get_lines())  # le seuil
    etiquettes = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("3\u202f%" in t for t in etiquettes) and any("0,80" in t for t in etiquettes)
    plus_fort = courbe.assign(taux_erreur=[0.25, 0.2, 0.1, np.nan])
    assert tracer_courbe_seuil(plus_fort).axe_erreurs.get_ylim()[1] >= 0.25
    plt.close("all")


def test_widgets_s_affichent_sans_navigateur(modele, petites_demandes):
    tableau = tableau_de_confiance(modele, petites_demandes["texte"], petites_demandes["service"])
    boite = curseur_seuil(tableau, regle=0.03, seuil=0.5)
    curseur = boite.children[0]
    curseur.value = 0.99  # le widget se recalcule sans erreur
    boite = curseur_mots_influents(modele, service="Éclairage public", n=5)
    menu, nombre = boite.children[0].children
    menu.value = "Propreté et déchets"
    nombre.value = 6
    plt.close("all")


def test_resume_du_seuil_en_francais():
    tableau = pd.DataFrame({"service": ["A", "A"], "prediction": ["A", "B"], "confiance": [0.9, 0.6]})
    tableau["correct"] = tableau["service"] == tableau["prediction"]
    texte = classement._resume_seuil(tableau, 0.5)
    assert "2 demandes sur 2" in texte and "dont 1 mal orientée (50" in texte
    assert texte.startswith("Seuil 0,50 :")  # deux décimales, même quand la seconde est un zéro
    assert "aucune demande" in classement._resume_seuil(tableau, 0.99)


def test_graduations_a_la_francaise():
    import matplotlib.pyplot as plt

    from civiclabs.classement import graduations_a_la_francaise

    figure, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    graduations_a_la_francaise(ax, "x", decimales=2)
    graduations_a_la_francaise(ax, "y", pourcentage=True)
    x, y = ax.xaxis.get_major_formatter(), ax.yaxis.get_major_formatter()
    assert x(0.25, 0) == "0,25" and x(0.2, 0) == "0,2" and x(-1e-17, 0) == "0"
    assert y(0.2, 0) == "20\u202f%"
    plt.close(figure)
