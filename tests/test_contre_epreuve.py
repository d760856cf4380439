"""La contre-épreuve : données simples, sous-classes refusées, fonctions rejouées à part.

(Que chaque exercice consigné, refait hors du noyau, dise la même chose que dans le noyau :
tests/test_exercices.py. La correction de copies tricheuses par la vraie chaîne :
tests/test_copies_tricheuses.py, et pour la tricherie propre au Lab 01,
tests/test_correction.py.)
"""

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from civiclabs.exercices.contre_epreuve import (
    VARIABLE,
    TypeRefuse,
    consigner,
    contre_verifier,
    depuis_donnees,
    en_donnees,
)
from civiclabs.exercices.fonctions_isolees import FonctionIsolee
from civiclabs.verification import ReponseIncorrecte
from outils.correction.contre_epreuve import (
    ABSENTE,
    FAUSSE,
    JUSTE,
    REFUSEE,
    ContreEpreuve,
    commentaire_du_verdict,
    relever,
)


def aller_retour(valeur):
    return depuis_donnees(json.loads(json.dumps(en_donnees(valeur))))


def test_les_donnees_simples_font_l_aller_retour():
    valeurs = [3, 2.5, float("nan"), "é", None, True, [1, (2, "x")], {"a": 1, 2: [3.0]}, {"b", "a"},
               np.float64(0.25), np.int64(7)]
    for valeur in valeurs:
        retour = aller_retour(valeur)
        assert type(retour) is type(valeur.item() if isinstance(valeur, np.generic) else valeur)
        assert retour == valeur or (valeur != valeur and retour != retour)
    tableau = pd.DataFrame({
        "service": pd.Categorical(["Eau", "Voirie", "Eau"]), "n": [1, 2, 3], "ok": [True, False, True],
        "date": pd.to_datetime(["2024-01-02", "2024-03-04", "2024-05-06"]), "texte": ["a", "b", None],
    }, index=[10, 20, 30])
    pd.testing.assert_frame_equal(aller_retour(tableau), tableau)
    serie = tableau.groupby("service", observed=False)["n"].mean()  # index de catégories
    pd.testing.assert_series_equal(aller_retour(serie), serie)
    matrice = np.arange(6, dtype=float).reshape(2, 3)
    assert np.array_equal(aller_retour(matrice), matrice)


def test_les_sous_classes_et_les_objets_sont_refuses():
    class EgalATout(int):
        def __eq__(self, autre):
            return True

        __hash__ = int.__hash__

    class MaSerie(pd.Series):
        pass

    for valeur in (EgalATout(0), MaSerie([1, 2]), object(), [1, EgalATout(2)], {"a": print}):
        with pytest.raises(TypeRefuse):
            en_donnees(valeur)


def test_un_modele_du_cours_fait_l_aller_retour_et_rien_d_autre():
    textes = ["lampadaire éteint rue", "poubelle pleine place", "lampadaire cassé", "poubelles renversées"]
    services = ["Éclairage", "Propreté", "Éclairage", "Propreté"]
    modele = Pipeline([("tfidf", TfidfVectorizer()), ("modele", LogisticRegression())]).fit(textes, services)
    copie = aller_retour(modele)
    assert type(copie) is Pipeline
    assert list(copie.predict(["un lampadaire", "une poubelle"])) == list(modele.predict(["un lampadaire", "une poubelle"]))
    assert np.allclose(copie.predict_proba(textes), modele.predict_proba(textes))
    avec_fonction = Pipeline([("tfidf", TfidfVectorizer(tokenizer=str.split)), ("modele", LogisticRegression())])
    with pytest.raises(TypeRefuse, match="builtin"):
        en_donnees(avec_fonction)


def test_consigner_n_ecrit_que_pendant_la_correction(tmp_path, monkeypatch):
    @consigner("reponse")
    def verifier_ex9_1(reponse, contexte_du_cours):
        if reponse != 3:
            raise ReponseIncorrecte("Il en faut 3.")
        return "Bravo"

    monkeypatch.delenv(VARIABLE, raising=False)
    assert verifier_ex9_1(3, "cours") == "Bravo"
    assert not list(tmp_path.iterdir())
    monkeypatch.setenv(VARIABLE, str(tmp_path))
    with pytest.raises(ReponseIncorrecte):
        verifier_ex9_1(4, contexte_du_cours="cours")  # consignée même fausse
    assert json.loads((tmp_path / "ex9_1.json").read_text()) == {"reponses": {"reponse": 4}, "parametres": {}}
    with pytest.raises(ReponseIncorrecte, match="Il en faut 3"):
        contre_verifier(verifier_ex9_1, (tmp_path / "ex9_1.json").read_text(), {"contexte_du_cours": "cours"})
    verifier_ex9_1(3, "cours")
    assert contre_verifier(verifier_ex9_1, (tmp_path / "ex9_1.json").read_text(), {"contexte_du_cours": "x"}) == "Bravo"
    with pytest.raises(ReponseIncorrecte):
        verifier_ex9_1(True, "cours")
    assert json.loads((tmp_path / "ex9_1.json").read_text())["reponses"] == {"reponse": True}  # un bool reste un bool


def test_une_reponse_refusee_ou_malformee_est_dite(tmp_path):
    @consigner("reponse")
    def verifier_ex9_2(reponse):
        return "Bravo"

    for texte, motif in (('{"refus": "objet de type X"}', "objet de type X"), ("pas du json", "illisible"),
                         ('{"reponses": {}}', "incomplète"), ('{"reponses": {"reponse": {"__inconnu__": 1}}}', "inconnues")):
        with pytest.raises(TypeRefuse, match=motif):
            contre_verifier(verifier_ex9_2, texte, {})


def test_une_fonction_est_rejouee_ailleurs_avec_des_donnees_simples(executant):
    source = (
        "def part_du_canal(tableau, canal):\n"
        "    import civiclabs.verification\n"
        "    civiclabs.verification.ReponseIncorrecte = None  # ne touche que l'exécutant\n"
        "    print('bavard')  # ne se mêle pas aux réponses\n"
        "    return (tableau['canal'] == canal).mean()\n"
    )
    fonction = FonctionIsolee("part_du_canal", source, executant)
    assert str(__import__("inspect").signature(fonction)) == "(tableau, canal)"
    tableau = pd.DataFrame({"canal": ["courrier", "web", "web", "web"]})
    assert fonction(tableau, "web") == 0.75 and type(fonction(tableau, "web")) is float
    assert ReponseIncorrecte is __import__("civiclabs.verification").verification.ReponseIncorrecte
    plante = FonctionIsolee("f", "def f(tableau):\n    return tableau['absente']\n", executant)
    with pytest.raises(KeyError):
        plante(tableau)
    truquee = FonctionIsolee("f", "class X(float):\n    pass\ndef f():\n    return X(1)\n", executant)
    with pytest.raises(Exception, match="renvoie"):
        truquee()


def test_contre_epreuve_d_une_classe(tmp_path, executant):
    """Les verdicts : juste, fausse, absente, refusée."""
    contre = ContreEpreuve("00_prise_en_main")
    (tmp_path / "ex0_1.json").write_text('{"reponses": {"agents_necessaires": 3}}')
    (tmp_path / "ex0_2.json").write_text('{"reponses": {"par_canal": 12}}')
    (tmp_path / "ex0_3.json").write_text('{"refus": "objet de type _EgalATout"}')
    (tmp_path / "lien.json").symlink_to(tmp_path / "ex0_1.json")
    consignes = relever(tmp_path)
    assert set(consignes) == {"ex0_1", "ex0_2", "ex0_3"}
    verdicts = contre.verdicts(consignes, executant)
    assert verdicts["ex0_1"][0] == JUSTE
    assert verdicts["ex0_2"][0] == FAUSSE and "Series" in verdicts["ex0_2"][1]
    assert verdicts["ex0_3"][0] == REFUSEE and "_EgalATout" in verdicts["ex0_3"][1]
    assert verdicts["ex0_4"][0] == ABSENTE


def test_une_copie_qui_a_change_les_parametres_n_est_pas_jugee_avec_ceux_du_cours():
    from civiclabs.exercices import lab01
    from civiclabs.exercices.contre_epreuve import ParametresChanges

    fonction = {"__fonction__": {"nom": "part_au_moins",
                                 "source": "def part_au_moins(similarites, seuil):\n    return (similarites >= seuil).mean()\n"}}
    texte = json.dumps({"reponses": {"part_au_moins": fonction, "part_quasi_jumelles": 0.1, "nb_doublons_exacts": 3},
                        "parametres": {"SEUIL_JUMELLES": 0.9, "GRAINE": 2025}})
    with pytest.raises(ParametresChanges, match="SEUIL_JUMELLES = 0.9 au lieu de 0.8"):
        contre_verifier(lab01.verifier_ex3_2, texte, {})


def test_le_commentaire_d_un_verdict_est_inerte():
    """Le message de la vérification peut citer la réponse : ni balise ni lien javascript n'y survit."""
    texte = commentaire_du_verdict("« x » vaut '<script>alert(1)</script>' [lien](javascript:alert(2))", 2)
    assert texte.startswith("Contre-épreuve : ") and "0 point au lieu de 2" in texte
    assert "<script" not in texte and "javascript:" not in texte and "&lt;script&gt;" in texte
