"""Les commandes pour les professionnel·les parlent français, aide et erreurs comprises."""

import pytest

from civiclabs.donnees_personnelles import commande as pseudonymiser
from civiclabs.ligne_de_commande import ParseurFr, traduire
from civiclabs.synthese import commande as synthese

ANGLAIS = ("usage:", "show this help", "positional arguments", "error:", "required", "unrecognized",
           "invalid", "expected", "choose from")
COMMANDES = {"civiclabs-synthese": synthese.main, "civiclabs-pseudonymiser": pseudonymiser.main}


@pytest.mark.parametrize("nom", COMMANDES)
def test_l_aide_est_en_francais(nom, capsys):
    with pytest.raises(SystemExit) as sortie:
        COMMANDES[nom](["--aide"])
    assert sortie.value.code == 0
    aide = capsys.readouterr().out
    assert aide.startswith(f"utilisation : {nom} ")
    assert "options\u00a0:" in aide and "affiche cette aide, puis s'arrête" in aide
    assert not [mot for mot in ANGLAIS if mot in aide]


def test_les_erreurs_de_la_synthese_sont_en_francais(capsys):
    for arguments, attendu in (
        ([], "il manque : FICHIER, --sortie"),
        (["export.csv", "--sortie", "d", "--themes", "dix"], "argument --themes : « dix » ne convient pas (un nombre entier attendu)"),
        (["export.csv", "--sortie", "d", "--inconnue"], "arguments inconnus : --inconnue"),
        (["export.csv", "--sortie"], "argument --sortie : il faut lui donner une valeur"),
    ):
        with pytest.raises(SystemExit) as sortie:
            synthese.main(arguments)
        erreur = capsys.readouterr().err
        assert sortie.value.code == 2
        assert f"civiclabs-synthese : erreur : {attendu}" in erreur, erreur
        assert erreur.startswith("utilisation : ") and not [mot for mot in ANGLAIS if mot in erreur]


def test_un_choix_impossible_est_dit_en_francais(capsys):
    with pytest.raises(SystemExit):
        pseudonymiser.main(["export.csv", "--encodage", "latin-9"])
    erreur = capsys.readouterr().err
    assert "argument --encodage : 'latin-9' n'est pas possible (choisissez parmi 'utf-8-sig', 'utf-8', 'cp1252')" in erreur


def test_un_message_inconnu_reste_tel_quel_plutot_que_perdu():
    assert traduire("quelque chose d'imprévu") == "quelque chose d'imprévu"
    assert traduire("one of the arguments --a --b is required") == "il faut l'un des arguments --a --b"


def test_le_parseur_garde_ce_que_la_commande_declare():
    parseur = ParseurFr(prog="essai", description="Décrit en français.")
    parseur.add_argument("--seuil", type=float, help="le seuil")
    assert parseur.parse_args(["--seuil", "0.5"]).seuil == 0.5
    aide = parseur.format_help()
    assert "Décrit en français." in aide and "le seuil" in aide


@pytest.mark.parametrize("anglais, francais", [
    ("the following arguments are required: --sortie", "il manque : --sortie"),
    ("unrecognized arguments: --x", "arguments inconnus : --x"),
    ("argument --encodage: invalid choice: 'x' (choose from 'a', 'b')",
     "argument --encodage : 'x' n'est pas possible (choisissez parmi 'a', 'b')"),
    ("argument --seuil: invalid float value: 'x'", "argument --seuil : « x » ne convient pas (un nombre attendu)"),
    ("argument --sortie: expected one argument", "argument --sortie : il faut lui donner une valeur"),
    ("argument --colonnes: expected at least one argument", "argument --colonnes : il faut lui donner au moins une valeur"),
    ("argument --a: expected at most one argument", "argument --a : une seule valeur au plus"),
    ("argument --b: ignored explicit argument 'y'", "argument --b : la valeur 'y' n'est pas attendue"),
    ("argument --a: not allowed with argument --b", "argument --a : impossible avec l'argument --b"),
    ("one of the arguments --a --b is required", "il faut l'un des arguments --a --b"),
    ("ambiguous option: --s could match --sortie, --seuil", "option ambiguë : --s peut désigner --sortie, --seuil"),
])
def test_chaque_message_d_argparse_a_sa_traduction(anglais, francais):
    assert traduire(anglais) == francais
