"""L'audit d'une synthèse (Lab 06) mesuré contre le corrigé du générateur.

Les seuils de l'issue, sur 20 synthèses générées (graines 0 à 19, les trois variantes en
alternance) : au moins 90 % des défauts plantés trouvés, au plus une fausse alerte pour
10 affirmations, chaque thème minoritaire omis trouvé. Et les briques, une par une."""

from __future__ import annotations

import functools

import pandas as pd
import pytest

from civiclabs import charger_consultation
from civiclabs.audit import (
    TYPES_DEFAUTS,
    VARIANTES,
    auditer,
    decouper_affirmations,
    generer_synthese,
    mesurer,
    nombres,
    preparer,
    retrouver_citation,
    verifier_exigences,
)
from civiclabs.audit.methode import sujets

GRAINES = range(20)


@functools.cache
def _materiau():
    return preparer(charger_consultation())


@functools.cache
@functools.cache
def _mesures():
    """Les 20 synthèses générées et leur mesure, calculées une fois pour tous les tests (lues seulement)."""
    m = _materiau()
    variantes = list(VARIANTES)
    resultats = []
    for g in GRAINES:
        s = generer_synthese(m, variantes[g % 3], g)
        resultats.append((s, mesurer(s, auditer(s, m))))
    return resultats


def test_au_moins_90_pour_cent_des_defauts_plantes_sont_trouves():
    trouves = sum(int(r["defauts"]["trouve"].sum()) for _, r in _mesures())
    plantes = sum(len(r["defauts"]) for _, r in _mesures())
    assert plantes >= 150, plantes  # assez de défauts pour que la mesure dise quelque chose
    assert trouves / plantes >= 0.9, (trouves, plantes)


def test_au_plus_une_fausse_alerte_pour_dix_affirmations():
    fausses = sum(len(r["fausses_alertes"]) for _, r in _mesures())
    affirmations = sum(r["affirmations"] for _, r in _mesures())
    assert affirmations >= 400
    assert 10 * fausses / affirmations <= 1.0, (fausses, affirmations)


def test_chaque_theme_minoritaire_omis_est_trouve():
    omis = [r["defauts"] for _, r in _mesures()]
    minoritaires = [d[d["type"] == "thème minoritaire omis"] for d in omis]
    assert sum(len(d) for d in minoritaires) >= 10
    assert all(d["trouve"].all() for d in minoritaires)


def test_chaque_sorte_de_defaut_est_plantee_et_le_plus_souvent_trouvee():
    defauts = pd.concat([r["defauts"] for _, r in _mesures()])
    table = defauts.groupby("type")["trouve"].agg(["size", "mean"])
    assert set(table.index) == set(TYPES_DEFAUTS), table
    assert (table["mean"] >= 0.5).all(), table


def test_le_cadre_d_une_idee_ne_dit_pas_plus_que_ses_porteurs():
    """Une idée résumée portée par une seule contribution est dite « Une contribution … que » ;
    « Il en ressort que » demande au moins PORTEURS_POUR_RESSORTIR contributions : le générateur
    ne glisse pas de sur-généralisation qui ne soit pas un défaut planté."""
    import re

    from civiclabs.audit.generateur import IDEES, PORTEURS_POUR_RESSORTIR, _porteurs, _que

    m = _materiau()
    porteurs = {idee: len(rangs) for theme in IDEES for idee, rangs in _porteurs(m, theme)}
    vus = {"Une contribution": 0, "Il en ressort": 0}
    for s, _ in _mesures():
        for phrase in re.split(r"(?<=[.!?])\s+", s.texte):
            for idee, nombre in porteurs.items():
                if _que(idee) not in phrase:
                    continue
                if phrase.startswith("Une contribution"):
                    vus["Une contribution"] += 1
                    assert nombre == 1, phrase
                elif phrase.startswith("Il en ressort"):
                    vus["Il en ressort"] += 1
                    assert nombre >= PORTEURS_POUR_RESSORTIR, (nombre, phrase)
                else:
                    assert nombre >= 2, phrase
    assert min(vus.values()) >= 3, vus  # les deux cadres sont bien employés


def test_meme_graine_meme_synthese_autre_graine_autre_synthese():
    m = _materiau()
    a, b, c = (generer_synthese(m, "courte", g) for g in (3, 3, 4))
    assert a.texte == b.texte and a.texte != c.texte
    assert a.defauts.equals(b.defauts)


def test_le_corrige_designe_des_affirmations_du_texte():
    s = generer_synthese(_materiau(), "prestataire", 5)
    decoupees = list(decouper_affirmations(s.texte)["texte"])
    assert decoupees == list(s.affirmations["texte"])
    for texte in s.defauts.loc[s.defauts["affirmation"] > 0, "texte"]:
        assert texte in s.texte


def test_une_synthese_juste_ne_declenche_pas_d_alerte():
    m = _materiau()
    v = m.verite
    t = v.themes.index[0]
    texte = (f"La consultation a recueilli {v.contributions} contributions. "
             f"« {t} » réunit {v.themes.loc[t, 'contributions']} contributions.")
    audit = auditer(texte, m)
    assert audit.alertes().empty, audit.grille
    faux = auditer(f"« {t} » réunit {3 * v.themes.loc[t, 'contributions']} contributions.", m)
    assert list(faux.grille["verdict"]) == ["chiffre faux"]


def test_decoupage_garde_les_citations_entieres():
    texte = "## Titre\n\nUne personne écrit : « Le bus. Il est en retard ! » (CON-0000001). Fin du texte."
    assert list(decouper_affirmations(texte)["texte"]) == [
        "Une personne écrit : « Le bus. Il est en retard ! » (CON-0000001).", "Fin du texte."]
    with pytest.raises(TypeError, match="doit être un texte"):
        decouper_affirmations(["pas un texte"])


def test_decoupage_une_affirmation_par_puce():
    """Une liste à puces sans point final (comme les écrivent les assistants) : une affirmation
    par élément ; une ligne sans puce continue l'élément en cours."""
    texte = ("## Points clés\n- Les bus sont en retard\n- Les pistes cyclables manquent\n  entre les villages\n"
             "1. Une idée. Deux idées.\n\nTexte suivi. Fin.")
    assert list(decouper_affirmations(texte)["texte"]) == [
        "Les bus sont en retard", "Les pistes cyclables manquent entre les villages", "Une idée.", "Deux idées.",
        "Texte suivi.", "Fin."]


def test_nombres_a_la_francaise_hors_citations_et_identifiants():
    assert [(v, p) for v, p, _ in nombres("6\u202f000 contributions, 18 % et 3,5 % ; « 12 bus » CON-0000012")] == [
        (6000, False), (18, True), (3.5, True)]
    # une contribution qui en cite une autre : la citation va jusqu'au guillemet qui ferme le premier
    assert [v for v, _, _ in nombres("Une personne écrit : « Je rejoins celle qui dit « 12 bus » et j'ajoute 3 trams. » "
                                     "Soit 5 %.")] == [5]


def test_citation_retrouvee_alteree_ou_inventee():
    m = _materiau()
    phrase = m.phrases[m.phrases["citable"]].iloc[0]
    score, rang = retrouver_citation(phrase["phrase"], m)
    assert score >= 97 and rang == phrase["rang"]
    assert retrouver_citation("Le téléphérique des notaires survole la cathédrale chaque dimanche matin.", m)[0] < 97


def test_sujets_reconnus_par_leur_nom():
    m = _materiau()
    for t in m.verite.minoritaires:
        assert ("thème", t) in sujets(f"Sur « {t} », rien.", m)


def test_la_requete_detaillee_tient_plus_d_exigences_que_la_courte():
    m = _materiau()
    tenues = {}
    for variante in ("courte", "detaillee"):
        s = generer_synthese(m, variante, 1)
        tenues[variante] = int(verifier_exigences(s, auditer(s, m))["tenue"].sum())
    assert tenues["detaillee"] > tenues["courte"], tenues


def test_mauvaise_entree_erreur_claire():
    with pytest.raises(ValueError, match="Variante inconnue"):
        generer_synthese(_materiau(), "longue", 1)
    table = charger_consultation().drop(columns=["auteur"])
    with pytest.raises(KeyError, match="« auteur »"):
        preparer(table)


def test_les_widgets_s_affichent_sans_navigateur_et_leur_alternative_dit_la_meme_chose():
    from civiclabs.audit.widgets import curseur_etayage, explorer_variantes, tableau_etayage

    m = _materiau()
    s = generer_synthese(m, "courte", 2)
    a = auditer(s, m)
    table = tableau_etayage(s, a, 0.6)
    assert set(table["verdict à ce seuil"]) <= {"étayée", "non étayée"}
    assert (table["corrigé"] == "affirmation inventée").sum() >= 1
    assert (table.loc[table["corrigé"] == "affirmation inventée", "verdict à ce seuil"] == "non étayée").all()
    assert curseur_etayage(s, a).children
    assert explorer_variantes({"courte": s}, m, {"courte": a}).children


def test_la_grille_echappe_ce_que_les_gens_ont_ecrit():
    audit = auditer("Une personne écrit : « <script>alert(1)</script> et encore des mots pour faire une citation. ».",
                    _materiau())
    assert "<script>" not in audit.tableau_html() and "&lt;script&gt;" in audit.tableau_html()


# --- des synthèses écrites comme un assistant, et ce que la méthode en voit ----------------------


def test_hors_des_guillemets_aucune_phrase_de_contribution_n_est_recopiee():
    """Le défaut de fond du premier essai : un générateur qui recopie les contributions (fautes
    comprises) rend toute affirmation juste parfaitement étayée. Hors des citations « … », aucune
    phrase de plus de 6 mots d'une contribution ne se retrouve telle quelle dans une synthèse."""
    import re

    from civiclabs.audit.verite import normaliser

    m = _materiau()
    longues = {p for p in m.phrases["normalisee"] if len(p.split()) > 6}
    for s, _ in _mesures():
        for texte in s.affirmations["texte"]:
            hors_citations = normaliser(re.sub(r"«[^»]*»", " ", texte))
            assert not any(p in hors_citations for p in longues), texte


def test_le_seuil_par_defaut_a_un_cout_des_fausses_alertes_existent():
    fausses = pd.concat([r["fausses_alertes"] for _, r in _mesures()])
    assert (fausses["verdict"] == "non étayée").sum() >= 10, fausses


def test_des_chiffres_faux_proches_du_vrai_sont_plantes():
    ecarts = []
    for s, _ in _mesures():
        for d in s.defauts[s.defauts["type"] == "chiffre faux"].itertuples():
            annonce = [v for v, p, _ in nombres(d.texte) if p][0]
            vrai = float(d.detail.split("vrai : ")[1].split(" %")[0].replace(",", "."))
            ecarts.append(abs(annonce - vrai))
    assert any(2 <= e <= 4.5 for e in ecarts) and all(e > 1 for e in ecarts), ecarts


def test_une_citation_alteree_change_un_mot_pour_son_contraire():
    from civiclabs.audit.redaction import CONTRAIRES

    contraires = set(CONTRAIRES.values())
    for s, _ in _mesures():
        for d in s.defauts[s.defauts["type"] == "citation altérée"].itertuples():
            cite = d.texte.split("« ")[1].split(" »")[0].rstrip(".").lower().replace(",", "").split()
            reel = d.detail.split("« ")[1].split(" »")[0].rstrip(".").lower().replace(",", "").split()
            changes = [a for a, b in zip(cite, reel) if a != b]
            assert changes and all(c in contraires for c in changes), (cite, reel)


def test_les_noms_courts_des_themes_sont_reconnus_et_les_positions_recalculees():
    m = _materiau()
    noms = {"la ZFE": "Zone à faibles émissions et qualité de l'air", "les piétons": "Marche et espaces piétons",
            "les tarifs": "Tarifs et abonnements", "la tarification": "Tarifs et abonnements",
            "le stationnement": "Voiture et stationnement"}
    for court, theme in noms.items():
        assert [s[1] for s in sujets(f"Sur {court}, 7 % des contributions.", m) if s[0] == "thème"] == [theme]
    audit = auditer("Une majorité d'habitant·es soutient la ZFE.", m)
    assert list(audit.grille["verdict"]) == ["contredite"], audit.grille
    # « contre » la ZFE : une majorité de contributions, et de personnes seulement si l'on compte
    # chaque compte de la campagne coordonnée comme une personne ; sans eux, plus de majorité
    t, v = m.verite.campagne["theme"], m.verite
    if v.part_contributions(t, "contre") > 0.5 >= v.part_voix_hors_campagne(t, "contre"):
        audit = auditer("Une majorité d'habitant·es s'oppose à la ZFE.", m)
        assert list(audit.grille["verdict"]) == ["trompe sur les personnes"], audit.grille


def test_la_majorite_de_copies_trompe_sur_les_personnes_et_un_indice_est_invérifiable():
    m = _materiau()
    verdicts = {}
    for s, _ in _mesures():
        audit = auditer(s, m)
        corrige = dict(zip(s.affirmations["texte"], s.affirmations["defaut"]))
        for a in audit.grille.itertuples():
            verdicts.setdefault(corrige.get(a.affirmation, ""), set()).add(a.verdict)
    assert verdicts["majorité tirée d'une campagne"] == {"trompe sur les personnes"}
    assert verdicts["chiffre non étayé"] == {"chiffre invérifiable"}
    # un chiffre faux sur un thème que la méthode ne reconnaît pas (« le réseau de bus et de
    # tram ») ne peut pas être recalculé : il est « invérifiable », jamais « étayé »
    assert verdicts["chiffre faux"] <= {"chiffre faux", "chiffre invérifiable"}
    assert "chiffre faux" in verdicts["chiffre faux"]


@pytest.mark.parametrize("requete", [
    "Rédige une synthèse pour les élus. Indique pour chaque idée les identifiants des contributions. Compte les "
    "habitants distincts plutôt que les messages identiques. Dis ce qui a été mis à part et combien. N'oublie aucun "
    "sujet, même ceux que peu de gens abordent. Reprends les phrases exactes des habitants entre guillemets, sans "
    "rien changer.",
])
def test_la_requete_en_d_autres_mots_est_acceptee(requete):
    from civiclabs.exercices import lab06

    assert "spécification" in lab06.verifier_ex7_1(requete)
