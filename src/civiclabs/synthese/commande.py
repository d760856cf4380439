"""La commande ``civiclabs-synthese`` (aussi ``python -m civiclabs.synthese``) : synthétiser
sa propre concertation, sur son poste, à partir de l'export d'une plateforme.

    civiclabs-synthese export.csv --sortie synthese/ [--vigilance vigilance.txt] [--noms noms.txt]
        [--sujets dossier.txt] [--garder 3,7] [--themes 12] [--relu] [--retirer ID,ID] [--notes notes.txt]

Rien ne sort de la machine. Pseudonymisez les exports avant (noms, courriels, téléphones)."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

from ..ligne_de_commande import ParseurFr

RAPPEL = ("Rappel : pseudonymisez l'export avant de l'analyser (noms, courriels, téléphones) ; "
          "rien ne sort de cette machine.")


def _lire_liste(chemin: str, quoi: str, cles=None) -> dict:
    """Lit un fichier de sujets de vigilance, de noms de thèmes ou de notes : JSON ({"clé":
    valeur}) ou texte, une ligne par entrée « clé : valeur » (pour la vigilance, des mots séparés
    par des virgules). Les lignes vides et celles qui commencent par « # » sont ignorées. Avec
    ``cles`` (les clés possibles, qui peuvent contenir « : », comme « À relire : textes… »), la
    clé d'une ligne est la plus longue de ``cles`` par laquelle elle commence."""
    fichier = Path(chemin)
    if not fichier.is_file():
        raise FileNotFoundError(f"Le fichier {quoi} « {chemin} » n'existe pas.")
    texte = fichier.read_text(encoding="utf-8-sig")
    if fichier.suffix.lower() == ".json":
        try:
            donnees = json.loads(texte)
        except ValueError as erreur:
            raise ValueError(f"Le fichier {quoi} « {chemin} » n'est pas un JSON lisible ({erreur}).") from None
        if not isinstance(donnees, dict):
            raise ValueError(f"Le fichier {quoi} « {chemin} » doit contenir un objet JSON {{\"clé\": valeur}}.")
        return donnees
    entrees = {}
    for numero, ligne in enumerate(texte.splitlines(), start=1):
        ligne = ligne.strip()
        if not ligne or ligne.startswith("#"):
            continue
        if cles is not None:
            connues = [c for c in cles if ligne.startswith(c) and ligne[len(c):].lstrip().startswith(":")]
            if not connues:
                raise ValueError(f"Ligne {numero} du fichier {quoi} « {chemin} » : elle ne commence par l'intitulé "
                                 "d'aucune ligne de la synthèse (colonne intitule de synthese.csv), suivi de « : ».")
            cle = max(connues, key=len)
            entrees[cle] = ligne[len(cle):].lstrip()[1:].strip()
            continue
        if ":" not in ligne:
            raise ValueError(f"Ligne {numero} du fichier {quoi} « {chemin} » : « clé : valeur » attendu, "
                             f"reçu « {ligne} ».")
        cle, valeur = (morceau.strip() for morceau in ligne.split(":", 1))
        entrees[cle] = valeur
    return entrees


def _vigilance(chemin: str | None) -> dict:
    if chemin is None:
        return {}
    brut = _lire_liste(chemin, "de vigilance")
    sujets = {}
    for sujet, mots in brut.items():
        liste = mots if isinstance(mots, list) else [m.strip() for m in str(mots).split(",")]
        liste = [str(m) for m in liste if str(m).strip()]
        if not liste:
            raise ValueError(f"Le sujet de vigilance « {sujet} » n'a aucun mot.")
        sujets[sujet] = liste
    return sujets


def _noms(chemin: str | None) -> dict:
    if chemin is None:
        return {}
    noms = {}
    for cle, nom in _lire_liste(chemin, "de noms").items():
        try:
            noms[int(cle)] = str(nom)
        except ValueError:
            raise ValueError(f"Dans le fichier de noms, « {cle} » n'est pas un numéro de thème "
                             "(la colonne numero_theme de synthese.csv).") from None
    return noms


def _notes(chemin, intitules) -> dict:
    """Le fichier de notes de l'équipe ({intitulé d'une ligne : note}), voir ``_lire_liste``."""
    return {str(k): str(v) for k, v in _lire_liste(chemin, "de notes", cles=intitules).items()}


def _garder(valeur: str | None) -> list[int]:
    if not valeur:
        return []
    try:
        return [int(k) for k in valeur.replace(";", ",").split(",") if k.strip()]
    except ValueError:
        raise ValueError(f"--garder attend des numéros de thèmes séparés par des virgules (« 3,7 »), pas « {valeur} ».") from None


def executer(fichiers, sortie, vigilance=None, noms=None, themes=None, graine: int = 0,
             progression: bool = True, ecrire=print, garder=None, sujets=None, relu: bool = False,
             retirer=(), notes=None) -> dict:
    """Le cœur de la commande : lit, synthétise, écrit les quatre fichiers ; renvoie leurs
    chemins et le résultat de la chaîne."""
    from tqdm.auto import tqdm

    from ..texte import accorder, format_nombre
    from .chaine import AvertissementSynthese, synthetiser_consultation
    from .entrees import charger_contributions
    from .rapport import exporter_comptabilite_csv, exporter_synthese_csv, rapport_html, rapport_markdown
    from .textes import _lisibles, _normaliser_tout

    ecrire(RAPPEL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        table = charger_contributions(*fichiers)
    for lecture in table.attrs["lecture"]["fichiers"]:
        ecartees = "".join(f", {accorder(n, 'ligne')} « {t} » écartée{'s' if n >= 2 else ''}"
                           for t, n in lecture["ecartees"].items())
        ecrire(f"{lecture['fichier']} : format {lecture['format']}, {lecture['encodage']}, séparateur "
               f"{lecture['separateur']} ; {format_nombre(lecture['lignes'])} lignes, "
               f"{format_nombre(lecture['contributions'])} contributions{ecartees}.")
    for avertissement in table.attrs["lecture"]["avertissements"]:
        ecrire(f"Attention : {avertissement}")
    lisibles = int(_lisibles(_normaliser_tout(table["texte"])).sum())
    nb_themes = themes if themes is not None else max(2, min(12, lisibles // 6))
    etapes = ["Lecture des textes", "Copies et campagnes", "Thèmes", "Sujets de vigilance et synthèse"]
    barre = tqdm(total=len(etapes) + 1, desc="Synthèse", disable=not progression, file=sys.stderr)

    def etape(nom):
        barre.set_description(nom)
        barre.update(1 if barre.n < len(etapes) else 0)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AvertissementSynthese)
        resultat = synthetiser_consultation(table, nb_themes=nb_themes, graine=graine, vigilance=vigilance,
                                            noms=noms, progression=etape, garder=garder,
                                            sujets_cherches=sujets)
    barre.set_description("Rapport")
    dossier = Path(sortie)
    dossier.mkdir(parents=True, exist_ok=True)
    titre = "Synthèse de la concertation : " + ", ".join(Path(f).name for f in fichiers)
    texte = rapport_markdown(resultat["synthese"], table, titre=titre, reglages=resultat["reglages"],
                             relu_par_equipe=relu, citations_retirees=retirer,
                             notes_equipe=_notes(notes, list(resultat["synthese"]["intitule"].astype(str)))
                             if notes else None)
    chemins = {"rapport.md": dossier / "rapport.md", "rapport.html": dossier / "rapport.html",
               "synthese.csv": dossier / "synthese.csv", "comptabilite.csv": dossier / "comptabilite.csv"}
    chemins["rapport.md"].write_text(texte, encoding="utf-8")
    chemins["rapport.html"].write_text(rapport_html(texte), encoding="utf-8")
    exporter_synthese_csv(resultat["synthese"], chemins["synthese.csv"])
    compte = exporter_comptabilite_csv(resultat["synthese"], table, chemins["comptabilite.csv"])
    barre.update(barre.total - barre.n)
    barre.close()
    ecrire(f"{format_nombre(len(table))} contributions lues, {format_nombre(int(compte['contributions'].sum()))} "
           f"rangées dans {len(compte)} lignes ; {nb_themes} thèmes demandés.")
    for nom, chemin in chemins.items():
        ecrire(f"  {nom} : {chemin}")
    return {"chemins": chemins, "resultat": resultat, "table": table}


def main(argv=None) -> int:
    parser = ParseurFr(
        prog="civiclabs-synthese",
        description="Synthétiser une concertation à partir de son export (Decidim, Cap Collectif, Grand Débat, "
                    "Pol.is ou un tableau avec une colonne « texte ») : rapport pour les élu·es (HTML et Markdown), "
                    "tableau de synthèse et comptabilité en CSV. " + RAPPEL,
    )
    parser.add_argument("fichiers", nargs="+", metavar="FICHIER", help="un ou plusieurs exports CSV")
    parser.add_argument("--sortie", required=True, metavar="DOSSIER", help="dossier où écrire les résultats")
    parser.add_argument("--vigilance", metavar="FICHIER",
                        help="sujets de vigilance : une ligne « Sujet : mot, mot, début* » (ou un JSON)")
    parser.add_argument("--noms", metavar="FICHIER",
                        help="noms des thèmes : une ligne « numéro : nom » (numéro de synthese.csv) (ou un JSON)")
    parser.add_argument("--sujets", metavar="FICHIER",
                        help="sujets attendus (ceux du dossier), même format que --vigilance : le rapport dit où "
                        "leurs contributions sont rangées")
    parser.add_argument("--relu", action="store_true",
                        help="l'équipe a relu les citations et lu les textes sans thème : le rapport n'est plus un "
                        "brouillon (l'outil ne peut pas le vérifier)")
    parser.add_argument("--retirer", metavar="ID,ID", help="citations à ne pas montrer, décidées à la relecture "
                        "(identifiants séparés par des virgules)")
    parser.add_argument("--notes", metavar="FICHIER",
                        help="notes de l'équipe, une ligne « intitulé de la ligne : note » (ou un JSON) : ce "
                        "qu'elle a lu dans les textes à relire, dans un thème écarté…")
    parser.add_argument("--garder", metavar="N,N", help="thèmes à garder même si la règle des phrases types "
                        "les écarte, après relecture : numéros de synthese.csv séparés par des virgules")
    parser.add_argument("--themes", type=int, metavar="N", help="nombre de thèmes (par défaut selon la taille)")
    parser.add_argument("--graine", type=int, default=0, help="graine du hasard (résultats reproductibles)")
    parser.add_argument("--sans-progression", action="store_true", help="sans barre de progression")
    args = parser.parse_args(argv)
    try:
        executer(args.fichiers, args.sortie, vigilance=_vigilance(args.vigilance), noms=_noms(args.noms),
                 garder=_garder(args.garder), sujets=_vigilance(args.sujets) or None, relu=args.relu,
                 retirer=[i.strip() for i in (args.retirer or "").split(",") if i.strip()],
                 notes=args.notes,
                 themes=args.themes, graine=args.graine, progression=not args.sans_progression)
    except (FileNotFoundError, ValueError, KeyError, TypeError) as erreur:
        message = erreur.args[0] if erreur.args else str(erreur)
        print(f"Erreur : {message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
