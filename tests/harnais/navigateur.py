"""Les labs dans un vrai navigateur, tels que les apprenant·es les voient.

JupyterLab est lancé à part (``ServeurJupyter``) sur un port libre de 127.0.0.1, depuis la
racine du dépôt, avec un jeton ; Chromium (le paquet Debian, ``/usr/bin/chromium``) est piloté
par Playwright (``Navigateur``). Jamais ``playwright install`` : il télécharge son propre
navigateur, ce qui échoue hors ligne.

Chaque fonction de contrôle renvoie la liste des problèmes trouvés (vide si tout va bien), pour
que tests/test_navigateur.py l'applique aux vrais labs *et* à un notebook cassé exprès.

Pourquoi les cellules d'une version apprenant·e sont exécutées une à une : « Exécution →
Exécuter toutes les cellules » ne va pas au bout d'un notebook dont les talons lèvent
``NotImplementedError`` (le noyau annule les cellules en attente après une erreur, et JupyterLab
vide leur compteur). On fait donc ce que fait une personne qui avance avec Maj+Entrée : chaque
cellule de code est exécutée par la commande de JupyterLab ``notebook:run-cell`` (celle du
bouton ▶), et l'on attend que son compteur ``[n]`` s'affiche avant de passer à la suivante.
Les notebooks de solution, eux, passent par le menu « Exécuter toutes les cellules ».

Usage à la main : ``python outils/navigateur.py labs/00_prise_en_main/00_prise_en_main.ipynb``
(affiche les problèmes et enregistre une capture dans tests/sorties/navigateur/).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import venv
from pathlib import Path

import nbformat

from outils.commun import RACINE, nbgrader

from .chromium import commande_a_lancer, trouver_chromium
from .controles import DELAI_CELLULE

DRAPEAUX_CHROMIUM = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
TAILLE_FENETRE = {"width": 1400, "height": 1000}
SORTIES = RACINE / "tests" / "sorties" / "navigateur"
DELAI_WIDGET = 60  # secondes pour qu'un widget recalcule et réaffiche sa sortie
DELAI_DEMARRAGE = 120  # secondes pour que JupyterLab réponde
MESSAGE_DE_REUSSITE = "✅ Bravo"  # civiclabs.bravo()
TYPE_WIDGET = "application/vnd.jupyter.widget-view+json"
# La vue racine d'un widget affiché dans la zone de sortie d'une cellule.
WIDGET_AFFICHE = ".jp-OutputArea-child > .jp-OutputArea-output > .jupyter-widgets"
RACINES_WIDGETS = f".jp-Notebook .jp-Cell-outputArea > {WIDGET_AFFICHE}"


def probleme_chromium() -> str | None:
    """Un message en français si Chromium manque, sinon None."""
    if trouver_chromium():
        return None
    return (
        "Chromium est introuvable : les tests dans un vrai navigateur en ont besoin. make test "
        "l'obtient lui-même (tests/harnais/chromium.py) ; sinon lancez une fois : "
        f"« {commande_a_lancer()} »."
    )


def port_libre() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dossiers_utilisateur(dossier: Path) -> dict[str, str]:
    """Variables qui isolent JupyterLab dans ``dossier`` : configuration, données, réglages et
    espaces de travail de l'utilisateur. La sauvegarde automatique y est coupée, pour que
    l'exécution d'un lab n'écrive jamais ses sorties dans le dépôt."""
    noms = {
        "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "donnees",
        "JUPYTER_RUNTIME_DIR": "execution", "JUPYTERLAB_SETTINGS_DIR": "reglages",
        "JUPYTERLAB_WORKSPACES_DIR": "espaces", "IPYTHONDIR": "ipython",
    }
    env = {}
    for variable, nom in noms.items():
        (dossier / nom).mkdir(parents=True, exist_ok=True)
        env[variable] = str(dossier / nom)
    docmanager = dossier / "reglages" / "@jupyterlab" / "docmanager-extension"
    docmanager.mkdir(parents=True, exist_ok=True)
    (docmanager / "plugin.jupyterlab-settings").write_text('{"autosave": false}\n', encoding="utf-8")
    return env


class ServeurJupyter:
    """Un JupyterLab lancé depuis ``racine`` sur un port libre de 127.0.0.1, arrêté par son pid.

    ``dossier_bin`` : le dossier des commandes ``jupyter-lab`` (celui de l'environnement courant
    par défaut) ; ``travail`` : un dossier temporaire pour les réglages et le journal.
    """

    def __init__(self, travail: Path, racine: Path = RACINE, dossier_bin: Path | None = None,
                 env: dict[str, str] | None = None):
        self.travail = Path(travail)
        self.racine = Path(racine)
        self.dossier_bin = Path(dossier_bin or Path(sys.executable).parent)
        self.env_supplementaire = env or {}
        self.jeton = secrets.token_hex(16)
        self.port = port_libre()
        self.url = f"http://127.0.0.1:{self.port}"
        self.processus: subprocess.Popen | None = None
        self.journal = self.travail / "jupyterlab.log"
        self._fermetures: list[threading.Thread] = []

    def demarrer(self) -> ServeurJupyter:
        self.travail.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.pop("MPLBACKEND", None)
        env["PATH"] = f"{self.dossier_bin}{os.pathsep}{env.get('PATH', '')}"
        env.update(dossiers_utilisateur(self.travail))
        env.update(self.env_supplementaire)
        commande = [
            str(self.dossier_bin / "jupyter-lab"),
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.jeton}",
            "--ServerApp.open_browser=False", f"--ServerApp.root_dir={self.racine}",
            # points de contrôle (créés à l'ouverture d'un notebook) hors du dépôt
            f"--FileCheckpoints.checkpoint_dir={self.travail / 'points_de_controle'}",
            # window.jupyterapp : pour lire les sorties telles que le notebook les tient
            "--LabApp.expose_app_in_browser=True",
        ]
        if os.getuid() == 0:
            commande.append("--allow-root")
        with open(self.journal, "ab") as journal:
            self.processus = subprocess.Popen(
                commande, cwd=self.racine, env=env, stdout=journal, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        fin = time.monotonic() + DELAI_DEMARRAGE
        while time.monotonic() < fin:
            if self.processus.poll() is not None:
                raise RuntimeError(f"JupyterLab s'est arrêté au démarrage :\n{self.fin_du_journal()}")
            try:
                self.api("GET", "/api/status")
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        self.arreter()
        raise RuntimeError(f"JupyterLab ne répond pas après {DELAI_DEMARRAGE} s :\n{self.fin_du_journal()}")

    def fin_du_journal(self, caracteres: int = 4000) -> str:
        return self.journal.read_text(encoding="utf-8", errors="replace")[-caracteres:] if self.journal.exists() else ""

    def api(self, methode: str, chemin: str):
        requete = urllib.request.Request(
            f"{self.url}{chemin}", method=methode, headers={"Authorization": f"token {self.jeton}"}
        )
        with urllib.request.urlopen(requete, timeout=30) as reponse:
            corps = reponse.read()
        return json.loads(corps) if corps else None

    def statut_http(self, chemin: str) -> int:
        """Code HTTP d'une page du serveur (avec le jeton), sans suivre d'erreur."""
        requete = urllib.request.Request(f"{self.url}{chemin}", headers={"Authorization": f"token {self.jeton}"})
        try:
            with urllib.request.urlopen(requete, timeout=30) as reponse:
                return reponse.status
        except urllib.error.HTTPError as erreur:
            return erreur.code

    def adresse(self, chemin: str) -> str:
        """L'adresse qui ouvre un notebook (chemin relatif à la racine) dans JupyterLab ;
        ``reset`` : sans rouvrir les onglets d'une session précédente."""
        return f"{self.url}/lab/tree/{urllib.parse.quote(chemin)}?reset&token={self.jeton}"

    def fermer_les_noyaux(self, attendre: bool = True) -> None:
        """Ferme les sessions (et donc les noyaux) ouvertes sur ce serveur. Sans ``attendre``,
        les noyaux s'arrêtent en arrière-plan pendant que le test suivant commence (seules les
        sessions présentes maintenant sont fermées)."""
        identifiants = [session["id"] for session in self.api("GET", "/api/sessions") or []]

        def fermer():
            for identifiant in identifiants:
                try:
                    self.api("DELETE", f"/api/sessions/{identifiant}")
                except (urllib.error.URLError, OSError):
                    pass

        if attendre:
            fermer()
        else:
            fil = threading.Thread(target=fermer, daemon=True)
            fil.start()
            self._fermetures.append(fil)

    def arreter(self) -> None:
        """Ferme les noyaux, puis arrête le serveur par son propre pid (SIGTERM, puis SIGKILL)."""
        if self.processus is None or self.processus.poll() is not None:
            return
        for fil in self._fermetures:
            fil.join(timeout=60)
        try:
            self.fermer_les_noyaux()
        except (urllib.error.URLError, OSError):
            pass
        self.processus.terminate()
        try:
            self.processus.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.processus.kill()
            self.processus.wait(timeout=30)

    def __enter__(self) -> ServeurJupyter:
        return self.demarrer()

    def __exit__(self, *_) -> None:
        self.arreter()


class Navigateur:
    """Chromium (Debian) piloté par Playwright, avec un profil neuf dans ``profil``."""

    def __init__(self, profil: Path):
        self.profil = Path(profil)
        self._playwright = None
        self.contexte = None

    def __enter__(self) -> Navigateur:
        probleme = probleme_chromium()
        if probleme:
            raise RuntimeError(probleme)
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.contexte = self._playwright.chromium.launch_persistent_context(
            str(self.profil), executable_path=str(trouver_chromium()), args=DRAPEAUX_CHROMIUM,
            headless=True, viewport=TAILLE_FENETRE, locale="fr-FR",
        )
        return self

    def nouvelle_page(self):
        return self.contexte.new_page()

    def __exit__(self, *_) -> None:
        if self.contexte is not None:
            self.contexte.close()
        if self._playwright is not None:
            self._playwright.stop()


# --- dans JupyterLab ------------------------------------------------------------------------

_NOTEBOOK = "window.jupyterapp.shell.currentWidget"


def ouvrir_notebook(page, serveur: ServeurJupyter, chemin: str, nombre_de_cellules: int) -> None:
    """Ouvre un notebook par son adresse (comme un lien Binder), attend que toutes ses cellules
    soient affichées et que son noyau soit prêt (état « idle » du noyau, lu dans la page)."""
    page.goto(serveur.adresse(chemin), wait_until="domcontentloaded", timeout=DELAI_DEMARRAGE * 1000)
    page.wait_for_function(
        f"""n => {{ const p = window.jupyterapp && {_NOTEBOOK};
            return !!p && !!p.content && p.content.widgets.length === n
                   && document.querySelectorAll('.jp-Notebook .jp-Cell').length === n
                   && p.sessionContext.session && p.sessionContext.session.kernel
                   && p.sessionContext.session.kernel.status === 'idle'; }}""",
        arg=nombre_de_cellules, timeout=DELAI_DEMARRAGE * 1000,
    )


def executer_cellule_par_cellule(page, delai: int = DELAI_CELLULE) -> None:
    """Exécute chaque cellule de code l'une après l'autre par la commande ▶ de JupyterLab
    (``notebook:run-cell``), en attendant la fin de chacune avant la suivante : une erreur
    n'empêche pas les cellules suivantes de tourner. La boucle tourne dans la page (une seule
    attente côté Python) ; une cellule qui dépasse ``delai`` secondes arrête tout."""
    bloquee = page.evaluate(
        f"""async delai => {{
            const app = window.jupyterapp, nb = {_NOTEBOOK}.content;
            for (let i = 0; i < nb.widgets.length; i++) {{
                if (nb.widgets[i].model.type !== 'code') continue;
                nb.activeCellIndex = i;
                nb.deselectAll();
                const fin = app.commands.execute('notebook:run-cell');
                const trop_long = new Promise(ok => setTimeout(() => ok('delai'), delai * 1000));
                if (await Promise.race([fin, trop_long]) === 'delai') return i;
            }}
            return null;
        }}""",
        delai,
    )
    if bloquee is not None:
        raise TimeoutError(f"la cellule {bloquee} n'a pas fini en {delai} s")
    page.wait_for_function(
        f"""() => {_NOTEBOOK}.content.widgets.every((c, i) => c.model.type !== 'code'
                || (c.model.executionCount !== null
                    && /\\[\\d+\\]/.test(c.node.querySelector('.jp-InputPrompt').textContent)))""",
        timeout=60_000,
    )


def executer_tout_par_le_menu(page, delai: int = 2 * DELAI_CELLULE) -> None:
    """« Exécution → Exécuter toutes les cellules » (la commande ``notebook:run-all-cells`` que ce
    menu déclenche), puis attend la fin d'après l'état du noyau et des cellules, jamais d'après
    un libellé de l'interface : la commande est terminée (elle s'arrête à la première erreur)
    et le noyau est inactif."""
    resultat = page.evaluate(
        f"""async delai => {{
            const app = window.jupyterapp, p = {_NOTEBOOK};
            const fin = app.commands.execute('notebook:run-all-cells');
            const trop_long = new Promise(ok => setTimeout(() => ok('delai'), delai * 1000));
            if (await Promise.race([fin, trop_long]) === 'delai') return 'delai';
            const debut = Date.now();
            while (p.sessionContext.session.kernel.status !== 'idle') {{
                if (Date.now() - debut > 60000) return 'noyau occupé';
                await new Promise(ok => setTimeout(ok, 200));
            }}
            return null;
        }}""",
        delai,
    )
    if resultat:
        raise TimeoutError(f"« Exécuter toutes les cellules » n'a pas fini en {delai} s ({resultat})")


def lire_cellules(page) -> list[dict]:
    """Pour chaque cellule : type, compteur, sorties (type, ename, types MIME) telles que le
    notebook les tient, texte affiché sous la cellule et nombre de widgets affichés."""
    return page.evaluate(
        f"""() => {_NOTEBOOK}.content.widgets.map(cellule => {{
            const m = cellule.model;
            const zone = cellule.node.querySelector('.jp-Cell-outputArea');
            return {{
                type: m.type,
                compteur: m.type === 'code' ? m.executionCount : null,
                sorties: m.type === 'code' ? m.outputs.toJSON().map(s => ({{
                    type: s.output_type, ename: s.ename || null,
                    evalue: (s.evalue || '').slice(0, 300), mimes: Object.keys(s.data || {{}}) }})) : [],
                texte: zone ? zone.textContent : '',
                widgets_affiches: zone ? zone.querySelectorAll(':scope > {WIDGET_AFFICHE}').length : 0,
            }};
        }})"""
    )


def _nom(numero: int, cellule) -> str:
    identifiant = nbgrader(cellule).get("grade_id")
    debut = cellule.source.strip().splitlines()[0][:50] if cellule.source.strip() else ""
    return f"cellule {numero} ({identifiant or repr(debut)})"


def _cellules_alignees(nb, cellules: list[dict]) -> list[str]:
    if len(nb.cells) != len(cellules):
        return [f"{len(cellules)} cellules affichées pour {len(nb.cells)} dans le fichier"]
    problemes = []
    for numero, (cellule, lue) in enumerate(zip(nb.cells, cellules)):
        if cellule.cell_type == "code" and lue["compteur"] is None:
            problemes.append(f"{_nom(numero, cellule)} : pas exécutée")
    return problemes


def problemes_version_apprenant(nb: nbformat.NotebookNode, cellules: list[dict]) -> list[str]:
    """Erreurs affichées dans une version apprenant·e exécutée jusqu'au bout, hormis celles
    attendues : ``NotImplementedError`` dans une cellule de réponse (le talon), et l'échec
    ``ReponseIncorrecte`` du test visible qui la suit (son message dit quoi faire).
    Chaque cellule de réponse doit montrer son ``NotImplementedError``, et aucun test visible ne
    doit passer sans réponse (il donnerait des points à une copie vide)."""
    problemes = _cellules_alignees(nb, cellules)
    if problemes and "cellules affichées" in problemes[0]:
        return problemes
    for numero, (cellule, lue) in enumerate(zip(nb.cells, cellules)):
        meta = nbgrader(cellule)
        reponse = cellule.cell_type == "code" and meta.get("solution")
        test_visible = cellule.cell_type == "code" and meta.get("grade") and not meta.get("solution")
        erreurs = [s for s in lue["sorties"] if s["type"] == "error"]
        for erreur in erreurs:
            if reponse and erreur["ename"] == "NotImplementedError":
                continue
            if test_visible and erreur["ename"] == "ReponseIncorrecte":
                continue
            problemes.append(f"{_nom(numero, cellule)} : erreur inattendue {erreur['ename']}: {erreur['evalue'][:200]}")
        if reponse and not any(e["ename"] == "NotImplementedError" for e in erreurs):
            problemes.append(f"{_nom(numero, cellule)} : le talon n'affiche pas NotImplementedError")
        if test_visible and not erreurs:
            problemes.append(f"{_nom(numero, cellule)} : test visible réussi sans aucune réponse")
    return problemes


def problemes_solution(nb: nbformat.NotebookNode, cellules: list[dict]) -> list[str]:
    """Une solution exécutée : aucune erreur, et chaque test visible affiche « ✅ Bravo »."""
    problemes = _cellules_alignees(nb, cellules)
    if problemes and "cellules affichées" in problemes[0]:
        return problemes
    tests = 0
    for numero, (cellule, lue) in enumerate(zip(nb.cells, cellules)):
        meta = nbgrader(cellule)
        for erreur in (s for s in lue["sorties"] if s["type"] == "error"):
            problemes.append(f"{_nom(numero, cellule)} : erreur {erreur['ename']}: {erreur['evalue'][:200]}")
        if cellule.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            tests += 1
            if MESSAGE_DE_REUSSITE not in lue["texte"]:
                problemes.append(f"{_nom(numero, cellule)} : le message « {MESSAGE_DE_REUSSITE} » n'est pas affiché")
    if tests == 0:
        problemes.append("aucun test visible dans ce notebook")
    return problemes


def problemes_widgets_affiches(nb: nbformat.NotebookNode, cellules: list[dict]) -> list[str]:
    """Chaque sortie « widget » du notebook doit être affichée comme un widget."""
    problemes = []
    for numero, (cellule, lue) in enumerate(zip(nb.cells, cellules)):
        attendus = sum(TYPE_WIDGET in s["mimes"] for s in lue["sorties"])
        if lue["widgets_affiches"] < attendus:
            texte = " ".join(lue["texte"].split())[:120]
            problemes.append(f"{_nom(numero, cellule)} : widget non affiché ({texte!r})")
    return problemes


_SIGNATURE = """racine => {
    const sorties = [...racine.querySelectorAll('.widget-output')];
    const zones = sorties.length ? sorties : [racine];
    const images = z => [...z.querySelectorAll('img')].map(i => i.src.length + i.src.slice(-80)).join('|');
    return zones.map(z => z.textContent + images(z)).join('§');
}"""


def attendre_les_widgets(page, delai: int = 60) -> None:
    """Laisse aux widgets le temps de s'afficher (leur vue arrive après la fin de la cellule) ;
    ``problemes_widgets_affiches`` dira ensuite lesquels manquent."""
    from playwright.sync_api import TimeoutError as DelaiDepasse

    try:
        page.wait_for_function(
            f"""() => {{
                let attendus = 0, affiches = 0;
                for (const c of {_NOTEBOOK}.content.widgets) {{
                    if (c.model.type !== 'code') continue;
                    attendus += c.model.outputs.toJSON().filter(s => s.data && s.data['{TYPE_WIDGET}']).length;
                    const zone = c.node.querySelector('.jp-Cell-outputArea');
                    if (!zone) continue;
                    affiches += zone.querySelectorAll(':scope > {WIDGET_AFFICHE}').length;
                    // un widget qui ne peut pas s'afficher le dit : inutile de l'attendre
                    affiches += [...zone.querySelectorAll(':scope > .jp-OutputArea-child > .jp-OutputArea-output')]
                        .filter(e => e.textContent.includes('Error displaying widget')).length;
                }}
                return affiches >= attendus;
            }}""",
            timeout=delai * 1000,
        )
    except DelaiDepasse:
        pass


def essayer_les_widgets(page, delai: int = DELAI_WIDGET) -> list[dict]:
    """Touche chaque widget affiché comme le ferait une personne, et lit sa réaction.

    Un curseur reçoit le focus et la touche « flèche droite » (un cran) ; un menu déroulant
    passe à l'option suivante. Le widget réagit si sa zone de sortie change et n'est pas vide
    (le noyau a reçu la nouvelle valeur, recalculé, et renvoyé un texte ou une figure).
    Renvoie un essai par widget manipulable : cellule, geste, réaction, sortie lue.
    """
    from playwright.sync_api import TimeoutError as DelaiDepasse

    essais = []
    racines = page.locator(RACINES_WIDGETS)
    for k in range(racines.count()):
        racine = racines.nth(k)
        racine.scroll_into_view_if_needed()
        cellule = racine.evaluate(
            "e => [...document.querySelectorAll('.jp-Notebook .jp-Cell')].indexOf(e.closest('.jp-Cell'))"
        )
        avant = racine.evaluate(_SIGNATURE)
        poignees = racine.locator(".noUi-handle")
        menus = racine.locator("select")
        if poignees.count():
            poignee = poignees.first
            lecture = racine.locator(".widget-slider .widget-readout")
            valeur = lecture.first.inner_text() if lecture.count() else poignee.get_attribute("aria-valuenow")
            poignee.focus()
            page.keyboard.press("ArrowRight")
            nouvelle = lecture.first.inner_text() if lecture.count() else poignee.get_attribute("aria-valuenow")
            etiquettes = racine.locator(".widget-slider .widget-label")
            nom = etiquettes.first.inner_text() if etiquettes.count() else ""
            geste = f"curseur « {nom} » déplacé au clavier : {valeur} → {nouvelle}"
        elif menus.count() and menus.first.locator("option").count() >= 2:
            menu = menus.first
            options = menu.locator("option").evaluate_all("os => os.map(o => o.value)")
            actuelle = menu.input_value()
            suivante = options[(options.index(actuelle) + 1) % len(options)] if actuelle in options else options[1]
            menu.select_option(suivante)
            geste = f"menu « {actuelle} » → « {suivante} »"
        else:
            continue
        essai = {"cellule": cellule, "geste": geste, "reagi": False, "sortie": ""}
        try:
            page.wait_for_function(
                f"""([racine, avant]) => {{ const s = ({_SIGNATURE})(racine);
                    return s !== avant && s.replace(/[§|]/g, '').trim().length > 0; }}""",
                arg=[racine.element_handle(), avant], timeout=delai * 1000, polling=100,
            )
            essai["reagi"] = True
            essai["sortie"] = " ".join(racine.evaluate(_SIGNATURE).split("§")[0].split())[:120]
        except DelaiDepasse:
            pass
        essais.append(essai)
    return essais


def problemes_widgets_manipules(nb: nbformat.NotebookNode, essais: list[dict], delai: int) -> list[str]:
    problemes = [
        f"{_nom(e['cellule'], nb.cells[e['cellule']])} : le widget ne réagit pas "
        f"({e['geste']} ; sortie inchangée après {delai} s)"
        for e in essais if not e["reagi"]
    ]
    if not any(e["reagi"] for e in essais) and not problemes:
        problemes.append("aucun widget affiché n'a pu être manipulé")
    return problemes


def capture(page, chemin: Path, element=None) -> Path:
    """Capture de la fenêtre, après avoir fait défiler le notebook jusqu'à ``element``."""
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if element is not None:
        element.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
    page.screenshot(path=str(chemin))
    return chemin


def controler_version_apprenant(page, serveur: ServeurJupyter, chemin: str, capture_vers: Path | None = None,
                                delai_widget: int = DELAI_WIDGET) -> dict:
    """Ouvre une version apprenant·e, l'exécute jusqu'au bout, contrôle erreurs et widgets."""
    nb = nbformat.read(serveur.racine / chemin, as_version=4)
    debut = time.monotonic()
    ouvrir_notebook(page, serveur, chemin, len(nb.cells))
    executer_cellule_par_cellule(page)
    attendre_les_widgets(page)
    cellules = lire_cellules(page)
    problemes = problemes_version_apprenant(nb, cellules) + problemes_widgets_affiches(nb, cellules)
    essais = essayer_les_widgets(page, delai_widget)
    problemes += problemes_widgets_manipules(nb, essais, delai_widget)
    observations = [
        f"{_nom(e['cellule'], nb.cells[e['cellule']])} : {e['geste']} ; sortie relue : {e['sortie']!r}"
        for e in essais if e["reagi"]
    ]
    if capture_vers is not None:
        # de préférence un curseur, déplacé juste avant : on voit sa nouvelle valeur et sa sortie
        curseurs = page.locator(RACINES_WIDGETS).filter(has=page.locator(".noUi-handle"))
        cible = curseurs if curseurs.count() else page.locator(RACINES_WIDGETS)
        capture(page, capture_vers, cible.first if cible.count() else None)
    return {"problemes": problemes, "observations": observations, "duree": time.monotonic() - debut}


def controler_solution(page, serveur: ServeurJupyter, chemin: str, capture_vers: Path | None = None) -> dict:
    """Ouvre une solution, « Exécuter toutes les cellules », contrôle chaque test visible."""
    nb = nbformat.read(serveur.racine / chemin, as_version=4)
    debut = time.monotonic()
    ouvrir_notebook(page, serveur, chemin, len(nb.cells))
    executer_tout_par_le_menu(page)
    cellules = lire_cellules(page)
    problemes = problemes_solution(nb, cellules)
    succes = sum(MESSAGE_DE_REUSSITE in c["texte"] for c in cellules)
    if capture_vers is not None:
        dernier = page.locator(".jp-Notebook .jp-Cell").filter(has_text=MESSAGE_DE_REUSSITE)
        capture(page, capture_vers, dernier.last.locator(".jp-Cell-outputArea") if dernier.count() else None)
    return {"problemes": problemes, "succes": succes, "duree": time.monotonic() - debut}


# --- la vue des apprenant·es sur Binder -------------------------------------------------------


def preparer_environnement_binder(dossier: Path) -> Path:
    """Un environnement neuf, à la manière de celui que repo2docker construit, où ``postBuild``
    s'applique sans toucher à l'environnement partagé (.venv) : un venv vide dont le
    site-packages renvoie à celui de l'environnement courant (fichier .pth), les fichiers
    Jupyter des paquets (etc/jupyter, share/jupyter) recopiés dans son préfixe, et les commandes
    ``jupyter…`` réécrites pour tourner avec son Python (donc ``sys.prefix`` = ce dossier).
    Jupytext, outil des auteur·es absent de Binder, n'y est pas activé.

    Renvoie le dossier ``bin`` de cet environnement, où ``postBuild`` est ensuite exécuté.
    """
    dossier = Path(dossier)
    venv.EnvBuilder(with_pip=False, symlinks=True, clear=True).create(dossier)
    python = dossier / "bin" / "python"
    site_neuf = Path(subprocess.check_output(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
    ).strip())
    site_courant = sysconfig.get_paths()["purelib"]
    (site_neuf / "_civiclabs_paquets_du_cours.pth").write_text(
        f"import site; site.addsitedir({site_courant!r})\n", encoding="utf-8"
    )
    sans_jupytext = shutil.ignore_patterns("*jupytext*", "settings")
    for partie in ("etc/jupyter", "share/jupyter"):
        source = Path(sys.prefix) / partie
        if source.is_dir():
            shutil.copytree(source, dossier / partie, ignore=sans_jupytext, dirs_exist_ok=True)
    for point in importlib.metadata.entry_points(group="console_scripts"):
        if point.name.startswith("jupyter"):
            (dossier / "bin" / point.name).write_text(
                f"#!{python}\nimport sys\nfrom {point.module} import {point.attr.split('.')[0]}\n"
                f"sys.exit({point.attr}())\n", encoding="utf-8"
            )
            (dossier / "bin" / point.name).chmod(0o755)
    return dossier / "bin"


def appliquer_postbuild(dossier_bin: Path, travail: Path, racine: Path = RACINE) -> subprocess.CompletedProcess:
    """Exécute le ``postBuild`` du dépôt tel quel, avec les commandes de ``dossier_bin`` en tête
    du PATH (comme repo2docker, depuis la racine). Son ``pip install -e .`` construit le paquet
    comme sur Binder, dans un environnement de construction isolé (setuptools récent, pris dans
    le cache de pip ou sur PyPI)."""
    env = dict(os.environ)
    env["PATH"] = f"{dossier_bin}{os.pathsep}{env.get('PATH', '')}"
    env.update(dossiers_utilisateur(Path(travail)))
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        ["bash", "postBuild"], cwd=racine, env=env, capture_output=True, text=True, timeout=300,
    )


def menus_de_jupyterlab(page) -> list[str]:
    return [t.strip() for t in page.locator("#jp-menu-panel .lm-MenuBar-itemLabel").all_inner_texts()]


def vue_des_outils_de_correction(page, serveur: ServeurJupyter) -> dict:
    """Ce qu'une personne voit des outils nbgrader : menus, onglets latéraux, bouton Validate,
    et si la page du formgrader répond."""
    menus = menus_de_jupyterlab(page)
    entrees_nbgrader = []
    if "Nbgrader" in menus:
        page.locator("#jp-menu-panel .lm-MenuBar-itemLabel", has_text="Nbgrader").click()
        libelles = page.locator(".lm-Menu:visible .lm-Menu-itemLabel").all_inner_texts()
        entrees_nbgrader = [t.strip() for t in libelles if t.strip()]
        page.keyboard.press("Escape")
    onglets = page.locator(".jp-SideBar .lm-TabBar-tab").evaluate_all(
        "ts => ts.map(t => (t.getAttribute('title') || '') + ' ' + t.textContent)"
    )
    return {
        "menus": menus,
        "entrees_nbgrader": entrees_nbgrader,
        "onglets_lateraux": [o.strip() for o in onglets],
        "validate": page.locator(".jp-NotebookPanel-toolbar").get_by_text("Validate", exact=True).count(),
        "formgrader_http": serveur.statut_http("/formgrader"),
    }


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("notebooks", nargs="+", help="chemins relatifs à la racine du dépôt")
    args = parseur.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, ServeurJupyter(Path(tmp) / "serveur") as serveur, \
            Navigateur(Path(tmp) / "profil") as navigateur:
        for chemin in args.notebooks:
            page = navigateur.nouvelle_page()
            nom = Path(chemin).stem
            if chemin.startswith("solutions/"):
                bilan = controler_solution(page, serveur, chemin, SORTIES / f"{nom}_solution.png")
            else:
                bilan = controler_version_apprenant(page, serveur, chemin, SORTIES / f"{nom}.png")
            page.close()
            serveur.fermer_les_noyaux()
            print(f"{chemin} : {bilan['duree']:.1f} s")
            for ligne in bilan.get("observations", []):
                print(f"  ✔ {ligne}")
            for ligne in bilan["problemes"]:
                print(f"  ✘ {ligne}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


class ServeurFormgrader:
    """Le serveur de ``make formgrader`` (outils/correction/formgrader.py) lancé sur un cours
    temporaire, sur un port libre, arrêté à la sortie du bloc ``with``."""

    def __init__(self, cours: Path):
        from outils.correction import formgrader

        self.cours = Path(cours)
        self.port, self.jeton = port_libre(), secrets.token_hex(8)
        self.adresse = f"http://127.0.0.1:{self.port}"
        self._commande = formgrader.commande(self.port, self.jeton, self.cours)
        self.processus: subprocess.Popen | None = None

    def url(self, chemin: str) -> str:
        return f"{self.adresse}{chemin}{'&' if '?' in chemin else '?'}token={self.jeton}"

    def __enter__(self) -> ServeurFormgrader:
        env = dict(os.environ)
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        self.processus = subprocess.Popen(
            self._commande, cwd=self.cours, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        fin = time.monotonic() + DELAI_DEMARRAGE
        while time.monotonic() < fin:
            try:
                urllib.request.urlopen(self.url("/api/status"), timeout=2)
                return self
            except OSError:
                time.sleep(0.5)
        self.__exit__()
        raise RuntimeError(f"le formgrader ne répond pas après {DELAI_DEMARRAGE} s")

    def __exit__(self, *_) -> None:
        if self.processus and self.processus.poll() is None:
            os.killpg(self.processus.pid, signal.SIGTERM)
            self.processus.wait(timeout=30)
