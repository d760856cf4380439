"""Ce qu'a donné une correction : le bilan (terminal et grading/bilan_<lab>.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from civiclabs.texte import format_nombre
from outils.commun import RACINE


@dataclass
class Bilan:
    """Ce qu'a donné une correction."""

    lab: str
    corrigees: list[str] = field(default_factory=list)
    non_corrigees: dict[str, str] = field(default_factory=dict)
    problemes: dict[str, list[str]] = field(default_factory=dict)
    executees: list[str] = field(default_factory=list)
    inchangees: list[str] = field(default_factory=list)
    notes: dict[str, dict] = field(default_factory=dict)
    protections: dict = field(default_factory=dict)
    fichiers_hors_dossier: list[str] = field(default_factory=list)
    csv_total: Path | None = None
    csv_detail: Path | None = None
    bilan_md: Path | None = None
    retours: dict[str, Path] = field(default_factory=dict)
    duree_s: float = 0.0


def _nombre(x: float) -> str:
    return format_nombre(x, 2)


def lignes_du_bilan(bilan: Bilan) -> list[list[str]]:
    """Une ligne par personne : identifiant, points automatiques, points à la main, total,
    ce qui reste à corriger à la main, problèmes."""
    lignes = []
    for personne in sorted(set(bilan.notes) | set(bilan.non_corrigees)):
        note = bilan.notes.get(personne)
        problemes = list(bilan.problemes.get(personne, []))
        if personne in bilan.non_corrigees:
            problemes.insert(0, f"NON CORRIGÉE : {bilan.non_corrigees[personne]}"
                             + (" (notes de la copie précédente gardées)" if note else ""))
        if note is None:
            lignes.append([personne, "—", "—", "—", "—", " ; ".join(problemes)])
            continue
        reste = []
        if note["a_corriger_a_la_main"]:
            n = len(note["a_corriger_a_la_main"])
            reste.append(f"{n} question{'s' if n > 1 else ''} ({_nombre(note['points_a_corriger'])} pts)")
        if note["a_revoir"]:
            reste.append(f"à revoir (réponse changée) : {', '.join(note['a_revoir'])}")
        manuel = _nombre(note["manuel"]) if note["questions_notees_a_la_main"] else "—"
        a_la_main = f"{manuel} / {_nombre(note['maximum_manuel'])}"
        if note["reponses_vides"]:
            n = len(note["reponses_vides"])
            a_la_main += f" ({n} vide{'s' if n > 1 else ''})"
        lignes.append([
            personne,
            f"{_nombre(note['automatique'])} / {_nombre(note['maximum_automatique'])}",
            a_la_main,
            f"{_nombre(note['total'])} / {_nombre(note['maximum'])}",
            " ; ".join(reste) or "rien",
            " ; ".join(problemes) or "—",
        ])
    return lignes


ENTETES = ["apprenant·e", "automatique", "à la main", "total", "reste à corriger", "problèmes"]


def tableau(bilan: Bilan, markdown: bool = False) -> str:
    """Le bilan de la correction, en texte (terminal) ou en Markdown (grading/bilan_<lab>.md)."""
    lignes = lignes_du_bilan(bilan)
    protections = bilan.protections
    entete = [
        f"Correction de {bilan.lab} en {bilan.duree_s:.0f} s : {len(bilan.corrigees)} copie(s) corrigée(s), "
        f"dont {len(bilan.executees)} exécutée(s) cette fois"
        + (f" ({', '.join(bilan.executees)})" if 0 < len(bilan.executees) <= 5 else "")
        + f" et {len(bilan.inchangees)} inchangée(s) depuis la dernière correction ; "
        f"{len(bilan.non_corrigees)} copie(s) NON corrigée(s).",
    ]
    if protections.get("resume"):
        entete.append(protections["resume"])
    elif protections:
        def limite(nom, cle, unite, diviseur=1):
            valeur = protections.get(cle)
            return f"{nom} {valeur // diviseur} {unite}" if valeur else f"{nom} : pas de limite (refusée par le système)"

        entete.append(
            f"Limites de chaque copie : {limite('mémoire', 'memoire_mo', 'Mo')}, "
            f"{limite('calcul', 'processeur_s', 'min', 60)}, {limite('fichiers écrits', 'fichier_mo', 'Mo')}, "
            f"dossier personnel vide ; {protections['reseau']}."
        )
    for nom in bilan.fichiers_hors_dossier:
        entete.append(f"Fichier ignoré, hors d'un dossier de personne : grading/submitted/{nom}")
    if markdown:
        texte = [f"# Bilan de correction — {bilan.lab}", "", *entete, ""]
        texte.append("| " + " | ".join(ENTETES) + " |")
        texte.append("|" + "---|" * len(ENTETES))
        texte += ["| " + " | ".join(c.replace("|", "/") for c in ligne) + " |" for ligne in lignes]
        return "\n".join(texte) + "\n"
    fixes = len(ENTETES) - 1
    largeurs = [max(len(ligne[i]) for ligne in [ENTETES, *lignes]) for i in range(fixes)]
    texte = [*entete, ""]
    for ligne in [ENTETES, ["-" * l for l in largeurs] + ["-" * 9], *lignes]:
        texte.append("  ".join(c.ljust(l) for c, l in zip(ligne[:fixes], largeurs)) + "  " + ligne[fixes])
    return "\n".join(texte)


def afficher(bilan: Bilan, racine: Path = RACINE) -> None:
    print(tableau(bilan))
    print()
    print(f"Notes : {bilan.csv_total.relative_to(racine)} et {bilan.csv_detail.relative_to(racine)}")
    print(f"Bilan : {bilan.bilan_md.relative_to(racine)}")
    print(f"Retours individuels : grading/feedback/<identifiant>/{bilan.lab}/{bilan.lab}.html")
    if any(note["a_corriger_a_la_main"] or note["a_revoir"] for note in bilan.notes.values()):
        print("Questions de réflexion : corrigez-les dans le formgrader (make formgrader), "
              f"puis relancez make grade LAB={bilan.lab}.")
    if bilan.non_corrigees:
        print(f"⚠ {len(bilan.non_corrigees)} copie(s) NON corrigée(s) (voir « problèmes ») : la commande "
              "se termine en erreur pour le signaler, et make l'affiche (« Error 1 ») ; "
              "toutes les autres copies sont corrigées.")
