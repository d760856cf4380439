"""Collecte sûre des copies reçues par courriel ou d'une plateforme : l'extracteur de
``nbgrader zip_collect`` (déclaré dans grading/nbgrader_config.py).

L'extracteur de nbgrader décompresse tout, en mémoire, y compris les archives contenues dans les
archives, et écrit chaque élément là où son nom l'envoie. Une archive reçue est écrite par
quelqu'un d'autre : celui-ci n'extrait que ce que la correction utilise, et jamais hors du dossier
d'extraction (``grading/downloaded/<lab>/extracted/``).

- **Seuls les notebooks** (``.ipynb``) sont extraits ou copiés : c'est tout ce que la collecte
  range dans ``grading/submitted/``. Le reste est ignoré et signalé (fichiers cachés et
  métadonnées ``__MACOSX`` des archives faites sur Mac : ignorés en silence).
- **Seules les archives .zip** sont ouvertes ; une archive .tar, .gz, .7z, .rar… déposée dans
  ``archive/`` est refusée (décompressez-la vous-même), et une archive **dans** une archive n'est
  jamais décompressée.
- **Tailles bornées avant d'extraire** : une archive de plus de 200 Mo, ou dont le contenu
  déclaré dépasse 200 Mo une fois décompressé (« bombe de décompression »), ou qui compte plus de
  2 000 éléments, est refusée entière ; un notebook de plus de 100 Mo est refusé (la correction
  ne l'ouvrirait pas, voir copies.py). Chaque élément est ensuite décompressé **par blocs**, avec
  un compteur d'octets : un en-tête qui ment sur la taille est arrêté à la taille déclarée.
- **Chemins vérifiés** : un nom absolu, avec une lettre de lecteur (``C:``), avec ``..``, avec
  un caractère de contrôle, un lien symbolique, un élément qui n'est ni un fichier ni un dossier,
  un élément chiffré ou en double sont refusés ; chaque fichier est créé sans suivre de lien et
  sans jamais remplacer un fichier existant.

Chaque refus est écrit en français dans le journal de nbgrader, avec l'archive, l'élément et la
raison ; les bons éléments de la même archive et les autres archives sont traités quand même.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
import zipfile
import zlib
from pathlib import Path

from nbgrader.plugins import ExtractorPlugin
from traitlets import Int

MO = 1024 * 1024
# Comme copies.TAILLE_MAX_MO : au-delà, `make grade` n'ouvrirait pas la copie (tests/test_collecte.py
# vérifie que les deux restent égales ; copies.py n'est pas importé, il tire jupytext).
TAILLE_MAX_NOTEBOOK_MO = 100
TAILLE_MAX_ARCHIVE_MO = 200
NOMBRE_MAX_ELEMENTS = 2000
BLOC = 64 * 1024

# Extensions d'archives ou de fichiers compressés : jamais ouvertes quand elles sont dans une archive.
EXTENSIONS_ARCHIVES = (
    ".zip", ".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz", ".lz", ".lzma", ".zst",
    ".z", ".7z", ".rar", ".cab", ".arj", ".lzh", ".iso", ".jar", ".war", ".egg", ".whl",
)
# Le début d'un fichier compressé, quel que soit son nom (un notebook commence par « { »).
SIGNATURES_ARCHIVES = (
    b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"\x28\xb5\x2f\xfd", b"\x1f\x9d", b"MSCF",
)


class Refus(Exception):
    """Un élément (ou une archive) qui n'est pas extrait ; le message dit pourquoi, en français."""


def affichable(nom: str, longueur: int = 160) -> str:
    """Un nom venu d'une archive, tel qu'on peut l'écrire dans un terminal sans risque : les
    caractères de contrôle (séquences d'échappement) deviennent visibles, le nom est tronqué."""
    texte = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in nom)
    return texte if len(texte) <= longueur else texte[: longueur - 1] + "…"


def en_mo(octets: int) -> str:
    return f"{octets / MO:.1f}".replace(".", ",") if octets < 10 * MO else f"{octets / MO:.0f}"


def chemin_relatif_sur(nom: str) -> list[str]:
    """Les composants du chemin d'un élément d'archive, ou ``Refus`` si ce chemin pourrait sortir
    du dossier d'extraction. Les barres obliques inverses (archives faites sous Windows) sont des
    séparateurs, comme pour les logiciels qui décompressent sous Windows."""
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in nom):
        raise Refus("nom qui contient un caractère de contrôle ou invisible")
    chemin = nom.replace("\\", "/")
    if chemin.startswith("/"):
        raise Refus("chemin absolu : il viserait un emplacement hors du dossier d'extraction")
    if re.match(r"[A-Za-z]:", chemin):
        raise Refus("chemin qui commence par une lettre de lecteur (« C: ») : il viserait un autre disque")
    parties = [partie for partie in chemin.split("/") if partie not in ("", ".")]
    if ".." in parties:
        raise Refus("chemin qui remonte (« .. ») : il viserait un emplacement hors du dossier d'extraction")
    if not parties:
        raise Refus("nom vide")
    return parties


def verifier_type(info: zipfile.ZipInfo) -> None:
    """``Refus`` pour un lien symbolique, un élément spécial (périphérique, tube…) ou chiffré."""
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise Refus("lien symbolique : il pourrait viser un fichier hors du dossier d'extraction ; il n'est pas créé")
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise Refus("élément qui n'est ni un fichier ni un dossier (périphérique, tube, socket…)")
    if info.external_attr & 0x400:  # attribut Windows « point d'analyse » : lien ou jonction
        raise Refus("lien Windows (point d'analyse) : il n'est pas créé")
    if info.flag_bits & 0x1:
        raise Refus("élément chiffré (protégé par un mot de passe) : demandez le fichier sans mot de passe")


def est_une_archive(nom: str) -> bool:
    return nom.lower().endswith(EXTENSIONS_ARCHIVES)


def examiner_debut(debut: bytes) -> None:
    """``Refus`` si le début d'un fichier est celui d'une archive ou d'un fichier compressé."""
    if debut.startswith(SIGNATURES_ARCHIVES) or debut[257:262] == b"ustar":
        raise Refus("archive déguisée en notebook (son contenu est compressé) : elle n'est jamais décompressée")


def copier_borne(source, destination, limite: int, message_depassement: str) -> int:
    """Copie ``source`` dans ``destination`` par blocs de 64 Kio, sans jamais lire plus de
    ``limite`` + 1 octets : ``Refus(message_depassement)`` dès que la limite est dépassée. Le
    premier bloc passe par ``examiner_debut``. Renvoie le nombre d'octets copiés."""
    total = 0
    while True:
        bloc = source.read(min(BLOC, limite - total + 1))
        if not bloc:
            return total
        if total == 0:
            examiner_debut(bloc)
        total += len(bloc)
        if total > limite:
            raise Refus(message_depassement)
        destination.write(bloc)


def _ouvrir_en_creation(chemin: Path):
    """Un nouveau fichier, jamais un fichier existant ni la cible d'un lien."""
    descripteur = os.open(chemin, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    return os.fdopen(descripteur, "wb")


def _repertoire_central(archive: Path) -> tuple[int, int] | None:
    """Le nombre d'éléments et la taille (octets) du répertoire central qu'annonce la fin de l'archive,
    lus **avant** que ``zipfile`` ne charge tout le répertoire en mémoire (des millions d'éléments
    minuscules y prendraient des gigaoctets). None si ce n'est pas un zip."""
    with open(archive, "rb") as fichier:
        fin = zipfile._EndRecData(fichier)  # la lecture de zipfile lui-même (zip64 compris)
    return None if fin is None else (fin[zipfile._ECD_ENTRIES_TOTAL], fin[zipfile._ECD_SIZE])


def _dans(chemin: Path, dossier: Path) -> bool:
    reel, base = os.path.realpath(chemin), os.path.realpath(dossier)
    return os.path.commonpath([reel, base]) == base


class ExtracteurSur(ExtractorPlugin):
    """Extracteur de ``nbgrader zip_collect`` qui n'extrait que des notebooks, de taille bornée,
    et jamais hors du dossier d'extraction. Voir la documentation du module."""

    taille_max_archive_mo = Int(
        TAILLE_MAX_ARCHIVE_MO, help="Taille maximale d'une archive, sur le disque et une fois décompressée (Mo)."
    ).tag(config=True)
    taille_max_notebook_mo = Int(
        TAILLE_MAX_NOTEBOOK_MO, help="Taille maximale d'un notebook extrait ou copié (Mo)."
    ).tag(config=True)
    nombre_max_elements = Int(
        NOMBRE_MAX_ELEMENTS, help="Nombre maximal d'éléments d'une archive."
    ).tag(config=True)

    def extract(self, archive_path: str, extracted_path: str) -> None:
        self.refus: list[str] = []
        self.extraits = 0
        depot, extraction = Path(archive_path), Path(extracted_path)
        if not any(depot.iterdir()):
            self.log.warning("Aucun fichier à collecter dans %s", depot)
            return
        for racine, dossiers, fichiers in os.walk(depot):  # ne suit pas les liens vers des dossiers
            racine = Path(racine)
            for nom in sorted(dossiers):
                if (racine / nom).is_symlink():
                    self._refuser(f"« {affichable(nom)} » est un lien vers un dossier, déposé dans {depot.name}/ : "
                                  "il n'est pas suivi ; déposez les fichiers eux-mêmes")
            cible = extraction / racine.relative_to(depot)
            cible.mkdir(parents=True, exist_ok=True)
            for nom in sorted(fichiers):
                self._traiter_depot(racine / nom, cible)
        bilan = (f"Collecte : {self.extraits} notebook(s) extrait(s) ou copié(s) dans {extraction}, "
                 f"{len(self.refus)} refus")
        if self.refus:
            self.log.warning("%s (détail dans les messages « REFUSÉ » ci-dessus).", bilan)
        else:
            self.log.info("%s.", bilan)

    # --- journal -------------------------------------------------------------------------------

    def _refuser(self, message: str) -> None:
        self.refus.append(message)
        self.log.warning("REFUSÉ : %s", message)

    def _refuser_element(self, archive: Path, nom: str, raison: str) -> None:
        self._refuser(f"« {affichable(archive.name)} » → « {affichable(nom)} » : {raison} ; le reste de l'archive est traité")

    # --- fichiers déposés dans archive/ -----------------------------------------------------------

    def _traiter_depot(self, fichier: Path, cible: Path) -> None:
        nom = affichable(fichier.name)
        if fichier.is_symlink():
            self._refuser(f"« {nom} » est un lien symbolique : il n'est pas suivi ; déposez le fichier lui-même")
        elif not fichier.is_file():
            self._refuser(f"« {nom} » n'est pas un fichier ordinaire")
        elif fichier.name.lower().endswith(".zip"):
            self._extraire_zip(fichier, cible / fichier.name[: -len(".zip")])
        elif est_une_archive(fichier.name):
            self._refuser(f"« {nom} » : seules les archives .zip sont décompressées ; décompressez-la vous-même "
                          "et déposez les fichiers .ipynb, ou demandez une archive .zip")
        elif fichier.name.startswith("."):
            self.log.info("Ignoré : « %s », fichier caché", nom)
        elif not fichier.name.lower().endswith(".ipynb"):
            self.log.warning("Ignoré : « %s » n'est ni un notebook (.ipynb) ni une archive .zip", nom)
        else:
            self._copier_notebook(fichier, cible / fichier.name)

    def _copier_notebook(self, fichier: Path, destination: Path) -> None:
        limite = self.taille_max_notebook_mo * MO
        taille = fichier.stat().st_size
        if taille > limite:
            self._refuser(f"« {affichable(fichier.name)} » pèse {en_mo(taille)} Mo, au-delà de la limite de "
                          f"{self.taille_max_notebook_mo} Mo par notebook : demandez une copie aux sorties effacées")
            return
        try:
            with open(fichier, "rb") as source, _ouvrir_en_creation(destination) as copie:
                copier_borne(source, copie, limite, f"fichier de plus de {self.taille_max_notebook_mo} Mo")
        except (Refus, OSError) as erreur:
            destination.unlink(missing_ok=True)
            self._refuser(f"« {affichable(fichier.name)} » : {erreur}")
            return
        self.extraits += 1
        self.log.info("Copié : %s", destination)

    # --- archives .zip ----------------------------------------------------------------------------

    def _extraire_zip(self, archive: Path, dossier: Path) -> None:
        nom = affichable(archive.name)
        limite_archive = self.taille_max_archive_mo * MO
        taille = archive.stat().st_size
        if taille > limite_archive:
            self._refuser(f"l'archive « {nom} » pèse {en_mo(taille)} Mo, au-delà de la limite de "
                          f"{self.taille_max_archive_mo} Mo par archive : elle n'est pas ouverte")
            return
        try:
            annonce = _repertoire_central(archive)
            if annonce is None:
                raise zipfile.BadZipFile("fin de répertoire central introuvable")
            nombre, taille_repertoire = annonce
            if nombre > self.nombre_max_elements or taille_repertoire > self.nombre_max_elements * 1024:
                self._refuser(f"l'archive « {nom} » annonce {nombre} éléments (répertoire de {taille_repertoire} "
                              f"octets), au-delà de la limite de {self.nombre_max_elements} : elle n'est pas ouverte")
                return
            with zipfile.ZipFile(archive) as zf:
                self._extraire_elements(archive, zf, dossier)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as erreur:
            self._refuser(f"« {nom} » n'est pas une archive .zip lisible ({type(erreur).__name__}) : redemandez-la")

    def _extraire_elements(self, archive: Path, zf: zipfile.ZipFile, dossier: Path) -> None:
        nom = affichable(archive.name)
        elements = zf.infolist()
        if len(elements) > self.nombre_max_elements:
            self._refuser(f"l'archive « {nom} » contient {len(elements)} éléments, au-delà de la limite de "
                          f"{self.nombre_max_elements} : rien n'en est extrait")
            return
        declare = sum(info.file_size for info in elements)
        budget = self.taille_max_archive_mo * MO
        if declare > budget:
            self._refuser(
                f"l'archive « {nom} » annonce {en_mo(declare)} Mo une fois décompressée, au-delà de la limite de "
                f"{self.taille_max_archive_mo} Mo par archive : rien n'en est extrait (archive piégée, dite "
                "« bombe de décompression », ou notebooks aux sorties énormes) ; demandez les notebooks "
                "eux-mêmes, sorties effacées"
            )
            return
        self.log.info("Extraction de %s dans %s", archive, dossier)
        dossier.mkdir(exist_ok=True)
        if dossier.is_symlink() or not _dans(dossier, dossier.parent):
            self._refuser(f"le dossier d'extraction de « {nom} » n'est pas un dossier ordinaire : rien n'en est extrait")
            return
        for info in elements:
            try:
                budget -= self._extraire_element(zf, info, dossier, budget)
            except Refus as refus:
                self._refuser_element(archive, info.filename, str(refus))

    def _extraire_element(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dossier: Path, budget: int) -> int:
        """Extrait un élément s'il est sûr et utile ; renvoie le nombre d'octets écrits."""
        parties = chemin_relatif_sur(info.filename)
        verifier_type(info)
        if info.is_dir():
            return 0  # les dossiers sont créés avec les notebooks qu'ils contiennent
        if parties[0] == "__MACOSX" or any(partie.startswith(".") for partie in parties):
            self.log.info("Ignoré : « %s », fichier caché ou métadonnées macOS", affichable(info.filename))
            return 0
        if est_une_archive(parties[-1]):
            raise Refus("archive dans l'archive : elle n'est jamais décompressée ; demandez les notebooks eux-mêmes")
        if not parties[-1].lower().endswith(".ipynb"):
            self.log.warning("Ignoré : « %s » n'est pas un notebook (.ipynb)", affichable(info.filename))
            return 0
        limite_notebook = self.taille_max_notebook_mo * MO
        if info.file_size > limite_notebook:
            raise Refus(f"notebook de {en_mo(info.file_size)} Mo une fois décompressé, au-delà de la limite de "
                        f"{self.taille_max_notebook_mo} Mo par notebook : demandez une copie aux sorties effacées")
        destination = dossier.joinpath(*parties)
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
        except OSError as erreur:
            raise Refus(f"dossier impossible à créer ({type(erreur).__name__})") from None
        if not _dans(destination.parent, dossier):
            raise Refus("chemin qui sortirait du dossier d'extraction")
        # Le compteur s'arrête à la taille déclarée : un contenu plus long que son en-tête est refusé.
        limite = min(info.file_size, limite_notebook, budget)
        depassement = (
            f"le contenu dépasse la taille annoncée par l'archive ({info.file_size} octets) ou le reste de la "
            f"limite de {self.taille_max_archive_mo} Mo par archive : en-tête falsifié, extraction arrêtée"
        )
        try:
            copie = _ouvrir_en_creation(destination)
        except FileExistsError:
            raise Refus("élément en double (même nom déjà extrait) : le premier est gardé") from None
        except OSError as erreur:
            raise Refus(f"fichier impossible à créer ({type(erreur).__name__})") from None
        try:
            with copie, zf.open(info) as source:
                ecrits = copier_borne(source, copie, limite, depassement)
        except Refus:
            destination.unlink(missing_ok=True)
            raise
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError, NotImplementedError, RuntimeError) as erreur:
            destination.unlink(missing_ok=True)
            raise Refus(
                "contenu abîmé, ou qui ne correspond pas à ce qu'annonce l'archive (en-tête falsifié ?) : "
                f"{type(erreur).__name__}"
            ) from None
        self.extraits += 1
        return ecrits
