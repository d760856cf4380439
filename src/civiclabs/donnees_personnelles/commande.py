"""La commande ``civiclabs-pseudonymiser FICHIER --sortie FICHIER``.

À passer sur un export (Decidim, Cap Collectif, Grand Débat, tableur…) avant de le partager :
les colonnes de texte sont pseudonymisées, le rapport dit ce qui a été trouvé et ce qui peut
rester. La clé se donne par ``--cle-fichier`` (un fichier gardé ailleurs que les données) ou
par la variable d'environnement ``CIVICLABS_CLE`` ; jamais dans la ligne de commande, qui
reste dans l'historique. ``--creer-cle FICHIER`` écrit une clé tirée au hasard (une fois,
avant le premier envoi). Le fichier écrit est en UTF-8 avec signature (BOM), que Excel ouvre
avec les accents, et garde le séparateur du fichier lu (« ; » pour un export français).
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import pandas as pd

from ..ligne_de_commande import ParseurFr
from .outil import pseudonymiser
from .pseudonymisation import creer_cle


def _lire(chemin: Path) -> tuple[pd.DataFrame, str]:
    if not chemin.is_file():
        raise FileNotFoundError(f"Fichier introuvable : {chemin}")
    if chemin.suffix.lower() in (".xlsx", ".xls"):
        raise ValueError("Les fichiers Excel ne sont pas lus : enregistrez l'export en CSV (UTF-8).")
    for codage in ("utf-8-sig", "cp1252"):
        try:
            debut = chemin.read_text(encoding=codage)[:20_000]
        except UnicodeDecodeError:
            continue
        try:
            separateur = csv.Sniffer().sniff(debut.split("\n", 1)[0], delimiters=",;\t|").delimiter
        except csv.Error:
            separateur = ","
        return pd.read_csv(chemin, sep=separateur, dtype=str, keep_default_na=False, encoding=codage), separateur
    raise ValueError(f"Impossible de lire {chemin} : ni UTF-8, ni Windows-1252.")


def _colonnes_de_texte(table: pd.DataFrame) -> list[str]:
    """Les colonnes dont les valeurs ressemblent à des phrases (au moins 4 mots en moyenne)."""
    return [c for c in table.columns
            if table[c].astype(str).map(lambda v: len(v.split())).mean() >= 4]


def main(arguments: list[str] | None = None) -> int:
    parseur = ParseurFr(
        prog="civiclabs-pseudonymiser",
        description="Pseudonymise les colonnes de texte d'un fichier CSV avant de le partager.",
    )
    parseur.add_argument("fichier", type=Path, nargs="?", help="le fichier CSV à pseudonymiser")
    parseur.add_argument("--sortie", type=Path, help="le fichier CSV pseudonymisé à écrire")
    parseur.add_argument("--colonnes", nargs="+", help="les colonnes de texte (par défaut : devinées)")
    parseur.add_argument("--cle-fichier", type=Path, help="un fichier qui contient la clé secrète (gardé à part)")
    parseur.add_argument("--regles-seules", action="store_true", help="sans modèle de langue (plus rapide, moins complet)")
    parseur.add_argument("--creer-cle", type=Path, metavar="FICHIER",
                         help="écrit une clé secrète tirée au hasard dans FICHIER (gardé ailleurs que les données), puis s'arrête")
    parseur.add_argument("--encodage", choices=("utf-8-sig", "utf-8", "cp1252"), default="utf-8-sig",
                         help="l'encodage du fichier écrit (par défaut utf-8-sig, que Excel ouvre avec les accents)")
    options = parseur.parse_args(arguments)
    if options.creer_cle:
        try:
            chemin = creer_cle(options.creer_cle)
        except OSError as erreur:
            print(f"Erreur : {erreur}", file=sys.stderr)
            return 2
        print(f"Clé écrite dans {chemin}. Gardez ce fichier ailleurs que les données, et ne l'envoyez jamais ; "
              "sans lui, les prochains pseudonymes ne correspondront plus à ceux-ci.")
        return 0
    if options.fichier is None or options.sortie is None:
        print("Erreur : donnez le fichier à lire et --sortie FICHIER (ou --creer-cle FICHIER pour créer une clé).",
              file=sys.stderr)
        return 2
    try:
        if options.sortie.resolve() == options.fichier.resolve():
            raise ValueError("Le fichier de sortie doit être différent du fichier lu (rien n'est écrasé).")
        table, separateur = _lire(options.fichier)
        colonnes = options.colonnes or _colonnes_de_texte(table)
        if not colonnes:
            raise ValueError("Aucune colonne de texte trouvée : nommez-les avec --colonnes.")
        cle = None
        if options.cle_fichier:
            cle = options.cle_fichier.read_text(encoding="utf-8").strip()
        elif os.environ.get("CIVICLABS_CLE"):
            cle = os.environ["CIVICLABS_CLE"]
        resultat = pseudonymiser(table, colonnes=colonnes, cle=cle,
                                 methode="règles" if options.regles_seules else "combinaison")
    except (OSError, KeyError, ValueError, TypeError) as erreur:
        message = erreur.args[0] if isinstance(erreur, KeyError) and erreur.args else erreur
        print(f"Erreur : {message}", file=sys.stderr)
        return 2
    try:
        resultat.table.to_csv(options.sortie, index=False, sep=separateur, encoding=options.encodage)
    except UnicodeEncodeError as erreur:
        print(f"Erreur : un caractère ne s'écrit pas en {options.encodage} ({erreur.object[erreur.start:erreur.end]!r}) ; "
              "rien n'a été perdu, relancez avec --encodage utf-8-sig.", file=sys.stderr)
        return 2
    print(f"Colonnes pseudonymisées : {', '.join(colonnes)}")
    print(resultat.rapport())
    print(f"Écrit : {options.sortie}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
