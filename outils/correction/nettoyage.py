"""Ce qu'une copie contient, rendu inerte et bien formé avant la correction.

Une copie est écrite par une personne, et lue ensuite par nbgrader, par le formgrader dans le
navigateur de la formatrice ou du formateur, et dans le retour HTML envoyé à la personne.
Avant l'exécution, ce module :

- **neutralise le HTML** des cellules Markdown écrites par l'apprenant·e (réponses de
  réflexion, cellules ajoutées) : ``&``, ``<`` et ``>`` deviennent des entités, si bien
  qu'aucune balise (``<script>``, ``<img onerror>``, ``<iframe srcdoc>``) ni entité ne survit,
  et les liens ``javascript:``, ``vbscript:`` et ``data:`` perdent leur schéma ; le texte reste
  lisible tel qu'il a été tapé ;
- **remplace les marqueurs de nbgrader** (« BEGIN HIDDEN TESTS », « BEGIN SOLUTION »…) écrits
  dans une réponse, qui feraient échouer le retour de toute la classe ;
- **répare les métadonnées** ``nbgrader`` qui ne sont pas un dictionnaire (la cellule redevient
  une cellule ordinaire ; une cellule de test ainsi perdue est remise par la préparation) ;
- **remplace les caractères impossibles à écrire** (moitiés de paires UTF-16 isolées) par « � » ;
- **repère le code qui touche à l'interpréteur** (crochets d'IPython, ``builtins``,
  ``sys.modules``, fonctions du cours ou de scikit-learn redéfinies) : la copie est corrigée,
  mais signalée « à vérifier à la main ».

Les sorties produites pendant la correction sont nettoyées à leur tour par le prétraitement
``SortiesInertes`` (outils/correction/pretraitements.py).
"""

from __future__ import annotations

import re

import nbformat

MARQUEURS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
_MARQUEUR = re.compile(r"(BEGIN|END)(\s+)(SOLUTION|HIDDEN\s+TESTS)", re.IGNORECASE)
_SCHEMA_DANGEREUX = re.compile(r"(?i)\b(java\s*script|vb\s*script|data)(\s*):")
_SURROGAT = re.compile(r"[\ud800-\udfff]")

# Ce qui, dans une réponse, touche à l'interpréteur ou aux noms dont les tests se servent.
_SOUPCONS = [
    (re.compile(r"\bget_ipython\b"), "get_ipython (accès à l'interpréteur)"),
    (re.compile(r"\b(input_transformers\w*|ast_transformers|showtraceback|ExecutionResult|register_magic)"),
     "crochet d'IPython"),
    (re.compile(r"\b(import\s+builtins|from\s+builtins\b|__builtins__|builtins\.)"), "builtins"),
    (re.compile(r"\bsys\.modules\b"), "sys.modules"),
    (re.compile(r"\.__class__\b|__subclasses__|__globals__|__code__"), "introspection (__class__, __globals__…)"),
    (re.compile(r"(?m)^\s*(civiclabs|sklearn|pandas|pd|numpy|np|nbgrader)(\.\w+)+\s*=(?!=)"),
     "attribut d'une bibliothèque remplacé"),
    (re.compile(r"\b(setattr|delattr)\s*\("), "attribut remplacé par setattr"),
    (re.compile(r"\b(import|from)\s+civiclabs\.(exercices|verification)\b"), "module de vérification importé"),
    (re.compile(r"(?m)^\s*(sorted|len|sum|abs|round|isinstance|type|float|int|str|list|dict|set|bravo|"
                r"ReponseIncorrecte|f1_score|accuracy_score|charger_\w+|generer_\w+|verifier_\w+)\s*=(?!=)"),
     "nom utilisé par les tests redéfini"),
    (re.compile(r"(?m)^\s*def\s+(sorted|len|sum|abs|round|isinstance|type|float|int|str|bravo|f1_score|"
                r"accuracy_score|charger_\w+|generer_\w+|verifier_\w+)\s*\("),
     "nom utilisé par les tests redéfini"),
]


def meta(cellule) -> dict:
    valeur = cellule.get("metadata", {}).get("nbgrader", {})
    return valeur if isinstance(valeur, dict) else {}


def ecrite_par_l_apprenant(cellule, textes_du_cours: set[str]) -> bool:
    """Une cellule dont la personne a choisi le contenu : une réponse, ou une cellule sans
    nbgrader qui n'est pas, mot pour mot, une cellule du lab (ajoutée ou modifiée)."""
    m = meta(cellule)
    if m.get("solution"):
        return True
    return not m.get("grade_id") and cellule.get("source", "").strip() not in textes_du_cours


def textes_du_cours(version_apprenant: nbformat.NotebookNode) -> set[str]:
    """Le texte des cellules du lab tel que distribué, hors cellules de réponse."""
    return {c.source.strip() for c in version_apprenant.cells if not meta(c).get("solution")}


def markdown_inerte(texte: str) -> str:
    """Le Markdown d'une personne, sans HTML ni entité ni lien dangereux ; lisible à l'identique."""
    texte = texte.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SCHEMA_DANGEREUX.sub(lambda m: f"{m.group(1)}{m.group(2)}(lien désactivé):", texte)


def sans_marqueurs(texte: str) -> str:
    return _MARQUEUR.sub(lambda m: f"{m.group(1)}_{m.group(3).replace(' ', '_')} (écrit par l'apprenant·e)", texte)


def soupcons(source: str) -> list[str]:
    """Ce qui, dans le code d'une réponse, doit être vérifié à la main."""
    trouves = []
    for motif, nom in _SOUPCONS:
        if motif.search(source) and nom not in trouves:
            trouves.append(nom)
    return trouves


def nettoyer(nb: nbformat.NotebookNode, version_apprenant: nbformat.NotebookNode) -> list[str]:
    """Nettoie la copie en place ; renvoie les problèmes à signaler, en français. Les cellules
    du lab restées telles quelles (``version_apprenant``) ne sont pas touchées."""
    du_cours = textes_du_cours(version_apprenant)
    problemes, metadonnees, marqueurs, html, surrogats, suspects = [], 0, 0, 0, 0, {}
    for numero, cellule in enumerate(nb.cells, start=1):
        brutes = cellule.get("metadata", {}).get("nbgrader")
        if brutes is not None and not isinstance(brutes, dict):
            del cellule.metadata["nbgrader"]
            metadonnees += 1
        source = cellule.get("source", "")
        if isinstance(source, list):
            source = "".join(source)
        if _SURROGAT.search(source):
            source = _SURROGAT.sub("\ufffd", source)
            surrogats += 1
        if not ecrite_par_l_apprenant(cellule, du_cours):
            cellule.source = source
            continue
        if _MARQUEUR.search(source):
            source = sans_marqueurs(source)
            marqueurs += 1
        if cellule.cell_type == "markdown":
            html += bool(re.search(r"<\w|&#?\w+;", source) or _SCHEMA_DANGEREUX.search(source))
            source = markdown_inerte(source)
        elif cellule.cell_type == "code":
            for soupcon in soupcons(source):
                suspects.setdefault(soupcon, []).append(meta(cellule).get("grade_id") or f"cellule n° {numero}")
        cellule.source = source
    if metadonnees:
        problemes.append(f"{metadonnees} cellule(s) aux métadonnées nbgrader abîmées : traitée(s) comme des cellules ordinaires")
    if marqueurs:
        problemes.append(f"{marqueurs} réponse(s) contenant un marqueur de nbgrader (« BEGIN HIDDEN TESTS »…) : "
                         "marqueur neutralisé")
    if html:
        problemes.append(f"{html} réponse(s) écrite(s) contenant du HTML ou un lien javascript : affiché(s) comme du texte")
    if surrogats:
        problemes.append(f"{surrogats} cellule(s) avec des caractères illisibles, remplacés par « \ufffd »")
    for soupcon, cellules in suspects.items():
        problemes.append(f"à vérifier à la main : {soupcon} dans {', '.join(cellules)}")
    return problemes
