"""Ce qu'une copie contient ne s'exécute nulle part et n'arrête pas la classe.

Deux copies du Lab 00, corrigées par la vraie chaîne (make grade) : une copie juste et propre,
et une copie juste mais piégée — une réflexion avec ``<script>``, ``<img onerror>``, un lien
``javascript:``, le texte « BEGIN HIDDEN TESTS » et un caractère impossible à écrire ; une
cellule ajoutée qui affiche du HTML et du JavaScript ; une cellule aux métadonnées nbgrader
abîmées ; une réponse qui touche à l'interpréteur. La classe est corrigée jusqu'au bout, la
copie propre garde tous ses points, la copie piégée est signalée ; dans la copie corrigée,
dans son retour et dans la page du formgrader ouverte dans Chromium, rien ne s'exécute.
"""

import re
import urllib.error
import urllib.request

import nbformat
import pytest

from conftest import RACINE
from harnais import controles
from harnais.navigateur import Navigateur, ServeurFormgrader
from outils.correction import noter
from outils.correction.nettoyage import markdown_inerte, nettoyer, soupcons

LAB = "00_prise_en_main"
PIEGE = (
    "<script>window.pirate = 1; document.title = 'pirate'</script>\n"
    "<img src=x onerror=\"window.pirate = 2\"> <iframe srcdoc=\"<script>parent.pirate=3</script>\"></iframe>\n"
    "[un lien](javascript:window.pirate=4) et &#106;avascript:window.pirate=5\n"
    "Je cite le cours : ### BEGIN HIDDEN TESTS\n"
    "Un caractère abîmé : \ud800 fin. E-016 et E-039 montrent que le tri par mots-clés se trompe."
)
AFFICHAGE = (
    "from IPython.display import HTML, Javascript, display\n"
    "display(HTML(\"<script>window.pirate = 6</script><b>gras</b>\"))\n"
    "display(Javascript(\"window.pirate = 7\"))\n"
)


def test_nettoyage_du_markdown_et_des_soupcons():
    assert "<" not in markdown_inerte(PIEGE) and "javascript(lien désactivé):" in markdown_inerte(PIEGE)
    assert soupcons("ip = get_ipython()\nsorted = list") == [
        "get_ipython (accès à l'interpréteur)", "nom utilisé par les tests redéfini"]
    assert soupcons("resultat = sorted(valeurs)\ndef ma_fonction(x):\n    return len(x)") == []


@pytest.fixture(scope="module")
def classe(tmp_path_factory):
    cours = controles.cours_pret(RACINE, tmp_path_factory.mktemp("hostiles"), [LAB])
    apprenant = cours / "labs" / LAB / f"{LAB}.ipynb"
    justes = controles.reponses_de_la_solution(controles.lire(cours / "solutions" / LAB / f"{LAB}.ipynb"))
    rendus = cours / "grading" / "submitted"
    propre = controles.remplir(apprenant, justes)
    piegee = controles.remplir(apprenant, {
        **justes, "reflexion_1": PIEGE, "ex0_1": "_ip = get_ipython()\n" + justes["ex0_1"],
    })
    piegee.cells.insert(3, nbformat.from_dict(
        {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": AFFICHAGE}))
    piegee.cells.insert(3, nbformat.from_dict(
        {"cell_type": "markdown", "metadata": {"nbgrader": ["pas", "un", "dict"]}, "source": "Note"}))
    for personne, nb in (("propre", propre), ("piegee", piegee)):
        (rendus / personne / LAB).mkdir(parents=True)
        texte = nbformat.writes(nb).replace("\ud800", "\\ud800")  # échappement JSON, comme JupyterLab
        (rendus / personne / LAB / f"{LAB}.ipynb").write_text(texte, encoding="utf-8")
    bilan = noter.noter(LAB, cours)
    return cours, bilan


def test_la_classe_est_corrigee_et_la_copie_piegee_signalee(classe):
    _, bilan = classe
    maximum = bilan.notes["propre"]["maximum_automatique"]
    assert sorted(bilan.corrigees) == ["piegee", "propre"] and not bilan.non_corrigees
    assert bilan.notes["propre"]["automatique"] == maximum == bilan.notes["piegee"]["automatique"]
    problemes = " | ".join(bilan.problemes["piegee"])
    for fragment in ("métadonnées nbgrader abîmées", "marqueur de nbgrader", "HTML ou un lien javascript",
                     "caractères illisibles", "à vérifier à la main : get_ipython"):
        assert fragment in problemes, problemes
    assert not any("vérifier à la main" in p for p in bilan.problemes["propre"])


def test_la_copie_corrigee_ne_garde_que_du_texte(classe):
    cours, _ = classe
    corrigee = controles.lire(cours / "grading" / "autograded" / "piegee" / LAB / f"{LAB}.ipynb")
    types = {t for c in corrigee.cells if c.cell_type == "code" for s in c.outputs for t in s.get("data", {})}
    assert types <= {"text/plain", "image/png", "image/jpeg"}, types
    reflexion = next(c for c in corrigee.cells if controles.nbgrader(c).get("grade_id") == "reflexion_1")
    assert "<script" not in reflexion.source and "&lt;script&gt;" in reflexion.source


def test_le_retour_n_execute_rien(classe):
    _, bilan = classe
    html = bilan.retours["piegee"].read_text(encoding="utf-8")
    balises = r"<script>window\.pirate|<img src=.?x|<[^<>]*\son\w+\s*=|<iframe|href=.?\s*javascript:"
    assert not re.search(balises, html, re.I), re.search(balises, html, re.I)
    assert "window.pirate = 1" in html  # le texte reste lisible, échappé


def test_le_formgrader_dans_un_navigateur_n_execute_rien(classe, tmp_path):
    """La page de correction à la main d'une copie piégée, ouverte dans Chromium depuis le
    serveur de ``make formgrader`` : aucun script de la copie ne s'exécute, pas de terminal,
    l'en-tête Content-Security-Policy est là."""
    from nbgrader.api import Gradebook

    cours, _ = classe
    with Gradebook(f"sqlite:///{cours / 'grading' / 'gradebook.db'}") as registre:
        identifiant = registre.find_submission_notebook(LAB, LAB, "piegee").id
    with ServeurFormgrader(cours) as serveur:
        page_de_la_copie = serveur.url(f"/formgrader/submissions/{identifiant}/")
        with urllib.request.urlopen(page_de_la_copie, timeout=60) as reponse:
            assert "object-src 'none'" in reponse.headers.get("Content-Security-Policy", "")
        try:
            urllib.request.urlopen(serveur.url("/api/terminals"), timeout=10)
            terminaux = 200
        except urllib.error.HTTPError as erreur:
            terminaux = erreur.code
        assert terminaux == 404
        with Navigateur(tmp_path / "profil") as navigateur:
            page = navigateur.nouvelle_page()
            dialogues = []
            page.on("dialog", lambda d: (dialogues.append(d.message), d.dismiss()))
            page.goto(page_de_la_copie, wait_until="load")
            page.get_by_text("window.pirate = 1", exact=False).first.wait_for(timeout=60_000)
            page.wait_for_timeout(1500)
            assert page.evaluate("() => window.pirate === undefined && document.title !== 'pirate'")
            assert not [f for f in page.frames if f != page.main_frame and "pirate" in (f.content() or "")]
            assert dialogues == []


def test_nettoyer_ne_touche_pas_aux_cellules_du_cours():
    nb = controles.lire(RACINE / "labs" / LAB / f"{LAB}.ipynb")
    avant = [c.source for c in nb.cells]
    assert nettoyer(nb, controles.lire(RACINE / "labs" / LAB / f"{LAB}.ipynb")) == []
    assert [c.source for c in nb.cells] == avant  # talons compris : rien à neutraliser
