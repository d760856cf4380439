"""Les liens de lancement du cours, tirés d'une seule table des labs.

``LABS`` décrit chaque lab (numéro, titre, objectifs, durée, dossier) ; on en tire, dans le
README, entre des marqueurs ``<!-- … -->`` :

- le badge Binder du haut de la page (JupyterLab ouvert sur ``labs/``) ;
- le tableau « Les labs » : pour chaque lab disponible, un badge Binder qui ouvre son notebook
  dans JupyterLab, et un lien SSP Cloud (Onyxia) qui lance le service « jupyter-python » avec
  le script ``outils/deploiement/onyxia/init.sh`` (il installe le cours et ouvre le lab).

Usage : ``python -m outils.fabrication.lancement`` réécrit le README ; ``--verifier`` échoue s'il n'est pas
à jour. tests/test_lancement.py vérifie le README et que chaque lien mène à un notebook.
"""

from __future__ import annotations

import argparse
import re
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from outils.commun import RACINE

DEPOT = "civiclabs/civiclabs"  # sur GitHub
BRANCHE = "main"
SCRIPT_ONYXIA = "outils/deploiement/onyxia/init.sh"
BINDER = f"https://mybinder.org/v2/gh/{DEPOT}/{BRANCHE}"
ONYXIA = "https://datalab.sspcloud.fr/launcher/ide/jupyter-python"
BADGE_BINDER = "https://mybinder.org/badge_logo.svg"
BADGE_ONYXIA = "https://img.shields.io/badge/SSP%20Cloud-lancer-0f6cbd"


@dataclass(frozen=True)
class Lab:
    numero: str
    titre: str
    objectifs: str
    duree: str = "—"
    dossier: str | None = None  # None : pas encore écrit

    @property
    def notebook(self) -> str | None:
        return f"labs/{self.dossier}/{self.dossier}.ipynb" if self.dossier else None


LABS = [
    Lab("00", "Prise en main",
        "utiliser un notebook Jupyter ; charger, compter, filtrer et trier un tableau de contributions ; "
        "tracer et lire un graphique",
        "2 h–2 h 30", "00_prise_en_main"),
    Lab("01", "Classer les demandes",
        "orienter automatiquement les demandes vers le bon service, mesurer les erreurs, fixer un seuil "
        "de confiance en dessous duquel un·e agent·e reprend la main, estimer l'urgence à partir de "
        "l'historique",
        "4 h 30–5 h 30", "01_classer_les_demandes"),
    Lab("02", "Détecter les biais",
        "auditer un modèle d'urgence groupe par groupe avec fairlearn : écarts entre quartiers, selon la "
        "façon d'écrire, entre femmes et hommes à sujet égal ; variables de substitution ; tests "
        "contrefactuels ; corrections et leurs coûts ; ce que dit le droit ; fiche d'audit",
        "8 h–10 h, en trois séances", "02_detecter_les_biais"),
    Lab("03", "Synthétiser une concertation",
        "qui a parlé (face à la population, pondération) ; copies et campagnes coordonnées comptées comme "
        "des voix ; thèmes nommés avec des citations ; voix minoritaires gardées ; positions ; tableau de "
        "synthèse traçable et rapport pour les élu·es ; comptabilité de chaque contribution ; passage à "
        "50 000 contributions ; la commande civiclabs-synthese sur l'export de votre plateforme",
        "6 h 30–7 h 30, en deux séances", "03_synthetiser_une_concertation"),
    Lab("04", "Protéger les données personnelles",
        "repérer noms, téléphones, courriels, adresses et plaques par des règles puis par des modèles "
        "(spaCy, Presidio hors ligne) et mesurer ce qui reste ; pseudonymiser avec une clé ; k-anonymat "
        "et généralisation ; ce que disent le RGPD et la CNIL ; l'outil civiclabs-pseudonymiser",
        "5 h 30–6 h 30, en deux séances", "04_proteger_les_donnees"),
    Lab("05", "Tirer au sort un panel représentatif",
        "le tirage en deux temps et le biais du vivier des volontaires ; quotas ; legacy, maximin et Nash "
        "avec sortition-algorithms : la chance de chaque personne, la plus petite chance, le Gini ; "
        "désistements ; tirage vérifiable ; protection du fichier",
        "3 h 30–4 h 30", "05_tirer_au_sort_un_panel"),
    Lab("06", "Auditer une synthèse écrite par une IA",
        "vérifier chaque affirmation, chaque chiffre et chaque citation d'une synthèse contre ce que les "
        "habitant·es ont écrit ; omissions (thèmes minoritaires, canaux) ; grille d'audit ; mesurer l'audit ; "
        "une requête comme spécification",
        "3 h 30–4 h 30", "06_auditer_une_synthese"),
]


def lien_binder(chemin: str) -> str:
    """Binder construit l'image du dépôt, puis ouvre ``chemin`` dans JupyterLab."""
    return f"{BINDER}?urlpath=lab/tree/{chemin}"


def _chaine_onyxia(valeur: str) -> str:
    """Onyxia lit une valeur entre « » comme une chaîne ; le tout est encodé pour l'URL."""
    return urllib.parse.quote(f"«{valeur}»", safe="")


def lien_onyxia(lab: Lab) -> str:
    """SSP Cloud : le service jupyter-python, lancé sans formulaire (autoLaunch), dont le script
    d'initialisation installe le cours et ouvre le lab."""
    script = f"https://raw.githubusercontent.com/{DEPOT}/{BRANCHE}/{SCRIPT_ONYXIA}"
    parametres = [
        ("autoLaunch", "true"),
        ("name", _chaine_onyxia(f"civiclabs-lab-{lab.numero}")),
        ("init.personalInit", _chaine_onyxia(script)),
        ("init.personalInitArgs", _chaine_onyxia(lab.dossier or "")),
    ]
    return f"{ONYXIA}?" + "&".join(f"{cle}={valeur}" for cle, valeur in parametres)


def badge_du_haut() -> str:
    return f"[![Ouvrir dans Binder]({BADGE_BINDER})]({lien_binder('labs')})"


def tableau_des_labs() -> str:
    lignes = ["| Lab | Vous saurez… | Durée | Lancer |", "|---|---|---|---|"]
    for lab in LABS:
        nom = f"{lab.numero} — {lab.titre}"
        if lab.notebook:
            nom = f"[{nom}]({lab.notebook})"
            lancer = (
                f"[![Ouvrir le Lab {lab.numero} dans Binder]({BADGE_BINDER})]({lien_binder(lab.notebook)}) "
                f"[![Lancer le Lab {lab.numero} sur SSP Cloud]({BADGE_ONYXIA})]({lien_onyxia(lab)})"
            )
        else:
            lancer = "plus tard"
        lignes.append(f"| {nom} | {lab.objectifs} | {lab.duree} | {lancer} |")
    return "\n".join(lignes)


BLOCS = {"badge": badge_du_haut, "labs": tableau_des_labs}


def mettre_a_jour(texte: str) -> str:
    """Le README où chaque bloc ``<!-- nom:debut -->…<!-- nom:fin -->`` est régénéré."""
    for nom, fabrique in BLOCS.items():
        motif = re.compile(rf"(<!-- {nom}:debut -->\n).*?(<!-- {nom}:fin -->)", re.DOTALL)
        if not motif.search(texte):
            raise ValueError(f"marqueurs <!-- {nom}:debut --> / <!-- {nom}:fin --> absents du README")
        contenu = fabrique()
        texte = motif.sub(lambda m, contenu=contenu: m.group(1) + contenu + "\n" + m.group(2), texte)
    return texte


# --- vérification des liens ---------------------------------------------------------------

# Les liens de lancement (pas les liens vers les sites de Binder ou du SSP Cloud).
_LIENS = re.compile(r"\]\((https://(?:mybinder\.org/v2/|datalab\.sspcloud\.fr/launcher/)[^)\s]+)\)")


def _valeur_onyxia(brute: str) -> str:
    valeur = urllib.parse.unquote(brute)
    return valeur[1:-1] if valeur.startswith("«") and valeur.endswith("»") else valeur


def problemes_lien(url: str, racine: Path = RACINE) -> list[str]:
    """Ce qui ne va pas dans un lien de lancement (Binder ou SSP Cloud) : forme, dépôt, cible."""
    adresse = urllib.parse.urlsplit(url)
    parametres = dict(p.split("=", 1) for p in adresse.query.split("&") if "=" in p)
    if adresse.netloc == "mybinder.org":
        if not url.startswith(f"{BINDER}?"):
            return [f"{url} : ne vise pas {DEPOT}@{BRANCHE}"]
        chemin = parametres.get("urlpath", "")
        if not chemin.startswith("lab/tree/"):
            return [f"{url} : urlpath doit ouvrir JupyterLab (lab/tree/…)"]
        cible = racine / urllib.parse.unquote(chemin.removeprefix("lab/tree/"))
        if not (cible.is_dir() or (cible.suffix == ".ipynb" and cible.is_file())):
            return [f"{url} : {cible.relative_to(racine)} n'existe pas"]
        return []
    if f"{adresse.scheme}://{adresse.netloc}{adresse.path}" != ONYXIA:
        return [f"{url} : service SSP Cloud inattendu"]
    problemes = []
    if parametres.get("autoLaunch") != "true":
        problemes.append(f"{url} : autoLaunch=true manquant")
    script = _valeur_onyxia(parametres.get("init.personalInit", ""))
    attendu = f"https://raw.githubusercontent.com/{DEPOT}/{BRANCHE}/"
    if not script.startswith(attendu) or not (racine / script.removeprefix(attendu)).is_file():
        problemes.append(f"{url} : script d'initialisation introuvable ({script!r})")
    lab = _valeur_onyxia(parametres.get("init.personalInitArgs", ""))
    if not re.fullmatch(r"\d\d_[a-z_]+", lab) or not (racine / "labs" / lab / f"{lab}.ipynb").is_file():
        problemes.append(f"{url} : le lab {lab!r} n'existe pas dans labs/")
    return problemes


def liens_de_lancement(texte: str) -> list[str]:
    return _LIENS.findall(texte)


def problemes_liens(texte: str, racine: Path = RACINE) -> list[str]:
    problemes = []
    for url in liens_de_lancement(texte):
        problemes += problemes_lien(url, racine)
    return problemes


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--verifier", action="store_true", help="échoue si le README n'est pas à jour")
    args = parseur.parse_args(argv)
    readme = RACINE / "README.md"
    texte = readme.read_text(encoding="utf-8")
    nouveau = mettre_a_jour(texte)
    if args.verifier:
        if nouveau != texte:
            print("README.md n'est pas à jour : lancez « python -m outils.fabrication.lancement ».", file=sys.stderr)
            return 1
        return 0
    readme.write_text(nouveau, encoding="utf-8")
    print("README.md à jour.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
