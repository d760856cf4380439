"""Étape 1 de la correction : trouver la copie de chaque personne dans grading/submitted/, la
reconnaître même mal nommée ou mal rangée, et mettre de côté, avec une raison en français,
ce qui ne peut pas être corrigé."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from outils.commun import nbgrader as meta_nbgrader
from outils.fabrication.labs import lister_labs

TAILLE_MAX_MO = 100  # au-delà, une copie n'est pas ouverte (sorties énormes, mauvais fichier)


@dataclass
class Copie:
    """La copie d'une personne, telle qu'on l'a trouvée dans grading/submitted/."""

    personne: str
    chemin: Path | None = None
    refus: str | None = None  # raison pour laquelle elle n'est pas corrigée
    problemes: list[str] = field(default_factory=list)  # signalés, mais la copie est corrigée
    notebook: nbformat.NotebookNode | None = None


def _empreinte_textes(nb: nbformat.NotebookNode) -> set[str]:
    """Les textes qui signent un lab : ses cellules Markdown et ses cellules verrouillées."""
    return {
        cellule.source.strip()
        for cellule in nb.cells
        if cellule.source.strip()
        and (cellule.cell_type == "markdown" or meta_nbgrader(cellule).get("locked"))
        and not meta_nbgrader(cellule).get("solution")
    }


def signatures_des_labs(racine: Path) -> dict[str, set[str]]:
    """Pour chaque lab publié dans labs/, l'ensemble des textes qui permettent de le reconnaître."""
    signatures = {}
    for lab in lister_labs(racine):
        version = racine / "labs" / lab / f"{lab}.ipynb"
        if version.is_file():
            signatures[lab] = _empreinte_textes(nbformat.read(version, as_version=4))
    return signatures


def reconnaitre_lab(nb: nbformat.NotebookNode, signatures: dict[str, set[str]]) -> str | None:
    """Le lab dont ce notebook est une copie (celui dont il partage le plus de textes), ou None."""
    textes = _empreinte_textes(nb)
    communs = {lab: len(textes & signature) for lab, signature in signatures.items()}
    if not communs:
        return None
    meilleur = max(communs, key=communs.get)
    return meilleur if communs[meilleur] >= 3 else None


def _lire(chemin: Path) -> tuple[nbformat.NotebookNode | None, str | None]:
    """Le notebook, ou la raison (en français) pour laquelle il est illisible."""
    taille = chemin.stat().st_size
    if taille == 0:
        return None, "le fichier est vide (0 octet) : l'enregistrement ou l'envoi a échoué"
    if taille > TAILLE_MAX_MO * 1024 * 1024:
        return None, (
            f"le fichier pèse {taille / 1024 / 1024:.0f} Mo (plus de {TAILLE_MAX_MO} Mo) : "
            "demandez une copie dont les sorties sont effacées (menu Édition → Effacer les sorties)"
        )
    try:
        nb = nbformat.read(chemin, as_version=4)
        nbformat.validate(nb)
    except Exception as erreur:  # JSON cassé, fichier tronqué, autre format
        nom = type(erreur).__name__
        if nom in ("NotJSONError", "JSONDecodeError", "UnicodeDecodeError"):
            quoi = "son contenu n'est pas du JSON valide (fichier tronqué ou abîmé pendant l'envoi)"
        elif nom == "ValidationError":
            quoi = "sa structure n'est pas celle d'un notebook Jupyter"
        else:
            quoi = "il n'a pas pu être ouvert"
        return None, f"le fichier n'est pas un notebook lisible : {quoi} (détail technique : {nom})"
    return nb, None


def chercher_copie(dossier: Path, lab: str, signatures: dict[str, set[str]]) -> Copie | None:
    """La copie de ``lab`` rendue par une personne (dossier ``grading/submitted/<personne>``).

    Le bon emplacement est ``<personne>/<lab>/<lab>.ipynb``. Sinon, un notebook de ce lab rangé
    ailleurs dans le dossier de la personne, ou mal nommé, est retenu et signalé. Renvoie None
    quand la personne n'a rien rendu pour ce lab.
    """
    copie = Copie(dossier.name)
    attendu = dossier / lab / f"{lab}.ipynb"
    candidats = [attendu] if attendu.is_file() else []
    candidats += sorted(
        (
            chemin for chemin in dossier.rglob("*.ipynb")
            if chemin != attendu and ".ipynb_checkpoints" not in chemin.parts and chemin.is_file()
        ),
        key=lambda chemin: (chemin.parent.name != lab, -chemin.stat().st_mtime),
    )
    autres = []
    for chemin in candidats:
        nb, raison = _lire(chemin)
        dans_le_dossier_du_lab = chemin.parent == dossier / lab
        if raison:
            if chemin == attendu or dans_le_dossier_du_lab:
                copie.chemin, copie.refus = chemin, raison
                return copie
            continue
        reconnu = reconnaitre_lab(nb, signatures)
        if reconnu == lab:
            copie.chemin, copie.notebook = chemin, nb
            if chemin != attendu:
                copie.problemes.append(
                    f"copie mal nommée ou mal rangée : {chemin.relative_to(dossier.parent)} "
                    f"(attendu : {attendu.relative_to(dossier.parent)}) ; corrigée quand même"
                )
            return copie
        if chemin == attendu or dans_le_dossier_du_lab:
            autres.append((chemin, reconnu))
    if autres:
        chemin, reconnu = autres[0]
        quoi = f"une copie du lab {reconnu}" if reconnu else "un notebook qui n'est pas celui de ce lab"
        copie.chemin = chemin
        copie.refus = f"{chemin.name} est {quoi}, pas du lab {lab} : demandez le bon fichier"
        return copie
    return None


IDENTIFIANT_SUR = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")


def probleme_d_identifiant(nom: str, deja: set[str]) -> str | None:
    """Pourquoi un nom de dossier de grading/submitted/ ne peut pas servir d'identifiant de
    personne (il finit dans les chemins, le registre, les CSV, la ligne de commande de nbgrader),
    ou None. Autorisés : lettres sans accent, chiffres, « . », « _ », « - », 63 caractères au plus,
    en commençant par une lettre ou un chiffre."""
    if unicodedata.normalize("NFC", nom) != nom:
        return "identifiant écrit avec des accents décomposés : renommez le dossier sans accent"
    invisibles = [c for c in nom if unicodedata.category(c) in ("Cf", "Cc", "Zs", "Zl", "Zp")]
    if invisibles:
        return ("identifiant qui contient des caractères invisibles ou de contrôle "
                f"({', '.join(f'U+{ord(c):04X}' for c in invisibles[:3])}) : renommez le dossier")
    if not IDENTIFIANT_SUR.fullmatch(nom):
        return ("identifiant refusé : lettres sans accent, chiffres, « . », « _ » et « - » seulement "
                "(63 caractères au plus, en commençant par une lettre ou un chiffre) ; renommez le dossier")
    if nom.casefold() in deja:
        return "identifiant qui ne diffère d'un autre que par les majuscules : renommez l'un des deux dossiers"
    return None


def collecter(racine: Path, lab: str, fichiers_hors_dossier: list[str]) -> dict[str, Copie]:
    """La copie de chaque personne de grading/submitted/ (les fichiers posés hors d'un dossier
    de personne sont ajoutés à ``fichiers_hors_dossier``). Un dossier au nom dangereux ou qui
    est un lien (vers la copie d'une autre personne, vers solutions/) est refusé, avec sa raison."""
    rendus = racine / "grading" / "submitted"
    signatures = signatures_des_labs(racine)
    copies: dict[str, Copie] = {}
    vus: set[str] = set()
    for element in sorted(rendus.iterdir()) if rendus.is_dir() else []:
        if element.is_symlink():
            refus = "le dossier est un lien vers un autre emplacement : seules les copies déposées ici sont corrigées"
            copies[element.name] = Copie(element.name, refus=refus)
            continue
        if element.is_file():
            fichiers_hors_dossier.append(element.name)
        elif element.is_dir() and not element.name.startswith("."):
            probleme = probleme_d_identifiant(element.name, vus)
            vus.add(element.name.casefold())
            if probleme:
                copies[element.name] = Copie(element.name, refus=probleme)
                continue
            copie = chercher_copie(element, lab, signatures)
            if copie is not None:
                copies[element.name] = copie
    return copies
