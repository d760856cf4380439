"""La contre-épreuve des exercices notés : refaire la vérification hors du noyau de la copie.

Pendant ``make grade``, le code d'une copie s'exécute dans le même noyau que ses cellules de
test : il pourrait y tromper une vérification (une fonction du cours remplacée, un entier
« égal à tout », un crochet de l'interpréteur qui saute les tests). Pour les exercices dont la
vérification porte ``@consigner(...)``, celle-ci écrit d'abord les réponses de la personne,
**en données simples**, dans le dossier que désigne la variable ``CIVICLABS_CONTRE_EPREUVE`` :

- nombres, textes, booléens, ``None``, listes, tuples, ensembles, dictionnaires ;
- colonnes et tableaux pandas, tableaux numpy (valeurs simples elles aussi) ;
- les fonctions, par leur **texte source** seulement : la contre-épreuve les rejoue dans un
  processus à part (``fonctions_isolees.py``), jamais dans le sien ;
- les modèles du cours : ``Pipeline`` fait d'un ``TfidfVectorizer`` et d'une
  ``LogisticRegression`` (leurs réglages et ce qu'ils ont appris, rien d'autre), et les thèmes
  d'``extraire_themes`` (un thème par contribution, leurs mots-clés ; pas le modèle NMF).

Tout autre objet, et toute **sous-classe** (même de ``int``), est refusé : il ne peut pas être
transmis. Après l'exécution, la correction relit ces données dans un processus où aucun code
de la copie n'a tourné, reconstruit les réponses, et rappelle la même vérification avec le
contexte du cours (``contre_verifier``). Hors correction, la variable n'existe pas et rien
n'est écrit : la vérification se comporte exactement comme avant.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import json
import math
import os
import re
import types
from pathlib import Path

import numpy as np
import pandas as pd

VARIABLE = "CIVICLABS_CONTRE_EPREUVE"
TAILLE_MAX_OCTETS = 20 * 1024 * 1024  # une réponse plus grosse n'est pas une réponse d'exercice


class TypeRefuse(ValueError):
    """Une réponse qui n'est pas faite de données simples (ou une sous-classe)."""


class ParametresChanges(ValueError):
    """Le notebook a changé un paramètre du lab : la contre-épreuve, faite avec ceux du cours,
    ne peut pas juger la copie (elle est alors à vérifier à la main)."""


# Le processus qui exécute les fonctions des personnes pendant une contre-épreuve
# (fonctions_isolees.py) ; sans lui, une fonction consignée ne peut pas être relue.
_EXECUTANT: contextvars.ContextVar = contextvars.ContextVar("executant", default=None)


# --- données simples -------------------------------------------------------------------------

_SCALAIRES_NUMPY = {np.bool_: bool, np.int8: int, np.int16: int, np.int32: int, np.int64: int,
                    np.uint8: int, np.uint16: int, np.uint32: int, np.uint64: int,
                    np.float16: float, np.float32: float, np.float64: float}


def _flottant(x: float):
    return x if math.isfinite(x) else {"__flottant__": repr(x)}


def en_donnees(valeur, _profondeur: int = 0):
    """``valeur`` en données JSON ; ``TypeRefuse`` si elle n'est pas faite de données simples."""
    if _profondeur > 20:
        raise TypeRefuse("structure trop profonde")
    genre = type(valeur)
    suivant = _profondeur + 1
    if valeur is None or genre in (bool, int, str):
        return valeur
    if genre is float:
        return _flottant(valeur)
    if genre in _SCALAIRES_NUMPY:
        return en_donnees(_SCALAIRES_NUMPY[genre](valeur), suivant)
    if genre is list:
        return [en_donnees(v, suivant) for v in valeur]
    if genre is tuple:
        return {"__tuple__": [en_donnees(v, suivant) for v in valeur]}
    if genre in (set, frozenset):
        return {"__ensemble__": [en_donnees(v, suivant) for v in sorted(valeur, key=repr)]}
    if genre is dict:
        return {"__dict__": [[en_donnees(k, suivant), en_donnees(v, suivant)] for k, v in valeur.items()]}
    if genre is pd.Timestamp:
        return {"__date__": valeur.isoformat()}
    if valeur is pd.NaT:
        return {"__date__": None}
    if genre is np.ndarray:
        if valeur.dtype.kind not in "biufUO":
            raise TypeRefuse(f"tableau numpy de type {valeur.dtype}")
        return {"__numpy__": {"dtype": str(valeur.dtype) if valeur.dtype.kind != "O" else "object",
                              "forme": list(valeur.shape),
                              "valeurs": [en_donnees(v, suivant) for v in valeur.ravel().tolist()]}}
    if genre in (pd.Index, pd.RangeIndex, pd.MultiIndex, pd.CategoricalIndex, pd.DatetimeIndex):
        return _index(valeur, suivant)
    if genre is pd.Series:
        return {"__serie__": _serie(valeur, suivant)}
    if genre is types.FunctionType:
        try:
            source = inspect.getsource(valeur)
        except (OSError, TypeError) as erreur:
            raise TypeRefuse(f"le texte de la fonction {valeur.__name__} est introuvable") from erreur
        return {"__fonction__": {"nom": valeur.__name__, "source": source}}
    if genre is pd.DataFrame:
        return {"__tableau__": {
            "index": _index(valeur.index, suivant),
            "colonnes": [[en_donnees(nom, suivant), _serie(valeur.iloc[:, j], suivant, index=False)]
                         for j, nom in enumerate(valeur.columns)],
        }}
    return _modele(valeur, suivant)


def _index(index, profondeur: int) -> dict:
    if type(index) is pd.RangeIndex:
        return {"__index__": {"intervalle": [index.start, index.stop, index.step],
                              "nom": en_donnees(index.name, profondeur)}}
    if type(index) is pd.MultiIndex:
        return {"__index__": {"noms": [en_donnees(n, profondeur) for n in index.names],
                              "valeurs": [en_donnees(tuple(v), profondeur) for v in index.tolist()]}}
    if type(index) is pd.CategoricalIndex:
        return {"__index__": {"nom": en_donnees(index.name, profondeur),
                              "valeurs": [en_donnees(v, profondeur) for v in index.tolist()],
                              "categories": [en_donnees(c, profondeur) for c in index.categories.tolist()],
                              "ordonnee": bool(index.ordered)}}
    if type(index) is pd.DatetimeIndex:
        return {"__index__": {"nom": en_donnees(index.name, profondeur), "dtype": str(index.dtype),
                              "valeurs": [en_donnees(v, profondeur) for v in index.tolist()]}}
    if type(index) is not pd.Index:
        raise TypeRefuse(f"index de type {type(index).__name__}")
    return {"__index__": {"nom": en_donnees(index.name, profondeur), "dtype": str(index.dtype),
                          "valeurs": [en_donnees(v, profondeur) for v in index.tolist()]}}


def _serie(serie: pd.Series, profondeur: int, index: bool = True) -> dict:
    sortie = {"nom": en_donnees(serie.name, profondeur), "dtype": str(serie.dtype),
              "valeurs": [en_donnees(v, profondeur) for v in serie.tolist()]}
    if isinstance(serie.dtype, pd.CategoricalDtype):
        sortie["categories"] = [en_donnees(c, profondeur) for c in serie.cat.categories.tolist()]
        sortie["ordonnee"] = bool(serie.cat.ordered)
    if index:
        sortie["index"] = _index(serie.index, profondeur)
    return sortie


def _modele(valeur, profondeur: int) -> dict:
    """Les modèles du cours, par leurs réglages et ce qu'ils ont appris ; rien d'autre."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    genre = type(valeur)
    if genre is Pipeline:
        return {"__pipeline__": [[en_donnees(nom, profondeur), en_donnees(etape, profondeur)]
                                 for nom, etape in valeur.steps]}
    if genre is TfidfVectorizer:
        reglages = valeur.get_params()
        dtype = np.dtype(reglages.pop("dtype")).name
        appris = {}
        if hasattr(valeur, "vocabulary_"):
            appris["vocabulary_"] = {str(mot): int(i) for mot, i in valeur.vocabulary_.items()}
        if valeur.use_idf and hasattr(valeur, "_tfidf") and hasattr(valeur._tfidf, "idf_"):
            appris["idf_"] = en_donnees(np.asarray(valeur.idf_, dtype=float), profondeur)
        return {"__tfidf__": {"reglages": en_donnees(reglages, profondeur), "dtype": dtype, "appris": appris}}
    if genre is LogisticRegression:
        appris = {nom: en_donnees(getattr(valeur, nom), profondeur)
                  for nom in ("coef_", "intercept_", "classes_", "n_features_in_", "n_iter_")
                  if hasattr(valeur, nom)}
        return {"__regression_logistique__": {"reglages": en_donnees(valeur.get_params(), profondeur),
                                              "appris": appris}}
    from ..synthese import Themes

    if genre is Themes:
        return {"__themes__": {nom: en_donnees(getattr(valeur, nom), profondeur)
                               for nom in ("etiquettes", "force", "mots_cles", "formes")}}
    raise TypeRefuse(f"objet de type {genre.__module__}.{genre.__qualname__}")


def depuis_donnees(donnees):
    """L'inverse de ``en_donnees`` ; ``TypeRefuse`` pour ce qu'il ne sait pas relire."""
    if donnees is None or type(donnees) in (bool, int, float, str):
        return donnees
    if type(donnees) is list:
        return [depuis_donnees(v) for v in donnees]
    if type(donnees) is not dict or len(donnees) != 1:
        raise TypeRefuse("données mal formées")
    (etiquette, contenu), = donnees.items()
    if etiquette == "__flottant__":
        return float(contenu)
    if etiquette == "__tuple__":
        return tuple(depuis_donnees(v) for v in contenu)
    if etiquette == "__ensemble__":
        return {depuis_donnees(v) for v in contenu}
    if etiquette == "__dict__":
        return {depuis_donnees(k): depuis_donnees(v) for k, v in contenu}
    if etiquette == "__date__":
        return pd.NaT if contenu is None else pd.Timestamp(contenu)
    if etiquette == "__numpy__":
        valeurs = [depuis_donnees(v) for v in contenu["valeurs"]]
        tableau = np.empty(len(valeurs), dtype=object)
        tableau[:] = valeurs
        if contenu["dtype"] != "object":
            tableau = tableau.astype(contenu["dtype"])
        return tableau.reshape(contenu["forme"])
    if etiquette == "__index__":
        return _relire_index(contenu)
    if etiquette == "__serie__":
        return _relire_serie(contenu, _relire_index(contenu["index"]["__index__"]))
    if etiquette == "__tableau__":
        index = _relire_index(contenu["index"]["__index__"])
        colonnes = {}
        for nom, serie in contenu["colonnes"]:
            colonnes[depuis_donnees(nom)] = _relire_serie(serie, index)
        return pd.DataFrame(colonnes, index=index)
    if etiquette in ("__pipeline__", "__tfidf__", "__regression_logistique__"):
        return _relire_modele(etiquette, contenu)
    if etiquette == "__fonction__":
        from .fonctions_isolees import FonctionIsolee

        executant = _EXECUTANT.get()
        if executant is None:
            raise TypeRefuse("une fonction ne se rejoue que dans l'exécutant de la correction")
        try:
            return FonctionIsolee(str(contenu["nom"]), str(contenu["source"]), executant)
        except (SyntaxError, ValueError) as erreur:
            raise TypeRefuse(f"texte de fonction illisible ({erreur})") from erreur
    if etiquette == "__themes__":
        from ..synthese import Themes

        return Themes(modele=None, vectoriseur=None, **{nom: depuis_donnees(contenu[nom])
                                                          for nom in ("etiquettes", "force", "mots_cles", "formes")})
    raise TypeRefuse(f"données inconnues ({etiquette[:40]})")


def _relire_index(contenu: dict):
    if "intervalle" in contenu:
        return pd.RangeIndex(*contenu["intervalle"], name=depuis_donnees(contenu["nom"]))
    if "noms" in contenu:
        return pd.MultiIndex.from_tuples([depuis_donnees(v) for v in contenu["valeurs"]],
                                         names=[depuis_donnees(n) for n in contenu["noms"]])
    valeurs = [depuis_donnees(v) for v in contenu["valeurs"]]
    if "categories" in contenu:
        return pd.CategoricalIndex(valeurs, categories=[depuis_donnees(c) for c in contenu["categories"]],
                                   ordered=contenu["ordonnee"], name=depuis_donnees(contenu["nom"]))
    return pd.Index(valeurs, name=depuis_donnees(contenu["nom"]), dtype=_dtype(contenu["dtype"], valeurs))


def _dtype(dtype: str, valeurs: list):
    if dtype.startswith("datetime64"):
        return dtype
    return None if dtype in ("object", "str", "string") or not valeurs else dtype


def _relire_serie(contenu: dict, index) -> pd.Series:
    valeurs = [depuis_donnees(v) for v in contenu["valeurs"]]
    dtype = contenu["dtype"]
    if "categories" in contenu:
        categories = pd.CategoricalDtype([depuis_donnees(c) for c in contenu["categories"]], contenu["ordonnee"])
        return pd.Series(pd.Categorical(valeurs, dtype=categories), index=index, name=depuis_donnees(contenu["nom"]))
    serie = pd.Series(valeurs, index=index, name=depuis_donnees(contenu["nom"]), dtype=object)
    if dtype.startswith("datetime64"):
        return pd.to_datetime(serie)
    if dtype not in ("object",):
        serie = serie.astype(dtype)
    return serie


def _relire_modele(etiquette: str, contenu):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    if etiquette == "__pipeline__":
        return Pipeline([(depuis_donnees(nom), depuis_donnees(etape)) for nom, etape in contenu])
    reglages = depuis_donnees(contenu["reglages"])
    if type(reglages) is not dict or not all(type(k) is str for k in reglages):
        raise TypeRefuse("réglages mal formés")
    if etiquette == "__tfidf__":
        vectoriseur = TfidfVectorizer(**reglages, dtype=np.dtype(contenu["dtype"]).type)
        appris = contenu["appris"]
        if "vocabulary_" in appris:
            vectoriseur.vocabulary_ = {str(m): int(i) for m, i in appris["vocabulary_"].items()}
        if "idf_" in appris:
            vectoriseur.idf_ = depuis_donnees(appris["idf_"])
        return vectoriseur
    modele = LogisticRegression(**reglages)
    for nom, valeur in contenu["appris"].items():
        if nom in ("coef_", "intercept_", "classes_", "n_features_in_", "n_iter_"):
            setattr(modele, nom, depuis_donnees(valeur))
    return modele


# --- côté notebook : consigner les réponses ---------------------------------------------------

_EXERCICE = re.compile(r"verifier_(ex\d+_\d+)$")


def consigner(*noms: str):
    """Décorateur d'une vérification : pendant la correction, écrit d'abord les réponses
    ``noms`` de la personne en données simples, pour la contre-épreuve."""

    def decorer(verification):
        exercice = _EXERCICE.search(verification.__name__).group(1)
        parametres = list(inspect.signature(verification).parameters)
        inconnus = [nom for nom in noms if nom not in parametres]
        if inconnus:
            raise ValueError(f"{verification.__name__} n'a pas de paramètre {inconnus}")

        @functools.wraps(verification)
        def verifier(*args, **kwargs):
            dossier = os.environ.get(VARIABLE)
            if dossier:
                valeurs = dict(zip(parametres, args)) | kwargs
                _ecrire(Path(dossier), exercice, {nom: valeurs.get(nom) for nom in noms},
                        _parametres_du_notebook(verification.__module__))
            return verification(*args, **kwargs)

        verifier.reponses_consignees = noms
        verifier.exercice = exercice
        return verifier

    return decorer


def _parametres_du_notebook(module: str) -> dict:
    """Les paramètres du lab (cellule « parameters ») tels que le notebook les a : la
    contre-épreuve se fait avec ceux du cours, et ne juge pas une copie qui les a changés."""
    import sys

    cours = getattr(sys.modules.get(module), "PARAMETRES", {})
    notebook = vars(sys.modules["__main__"])
    return {nom: notebook[nom] for nom in cours if nom in notebook}


def _ecrire(dossier: Path, exercice: str, reponses: dict, parametres: dict) -> None:
    try:
        contenu = {"reponses": {nom: en_donnees(valeur) for nom, valeur in reponses.items()},
                   "parametres": {nom: en_donnees(valeur) for nom, valeur in parametres.items()}}
    except TypeRefuse as refus:
        contenu = {"refus": str(refus)}
    except Exception as erreur:  # une réponse qu'on ne sait pas lire : refusée, jamais d'arrêt
        contenu = {"refus": f"réponse illisible ({type(erreur).__name__})"}
    try:
        dossier.mkdir(parents=True, exist_ok=True)
        (dossier / f"{exercice}.json").write_text(json.dumps(contenu, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # disque plein : la contre-épreuve dira que rien n'a été consigné


# --- côté correction : refaire la vérification -------------------------------------------------

def verifications_consignees(module) -> dict:
    """{exercice: vérification} des exercices d'un module de lab qui ont une contre-épreuve."""
    return {f.exercice: f for nom, f in vars(module).items()
            if nom.startswith("verifier_") and callable(f) and hasattr(f, "reponses_consignees")}


def contre_verifier(verification, texte: str, contexte: dict, executant=None) -> str:
    """Rappelle ``verification`` avec le contexte du cours et les réponses consignées (texte
    JSON). Renvoie la phrase de réussite ; lève ``ReponseIncorrecte`` si la réponse ne
    convient pas, ``TypeRefuse`` si elle n'a pas pu être transmise. ``executant`` : la
    fonction qui envoie un appel à l'exécutant des fonctions (fonctions_isolees.py)."""
    from .cas import appeler

    if len(texte.encode("utf-8")) > TAILLE_MAX_OCTETS:
        raise TypeRefuse("réponse consignée trop volumineuse")
    try:
        contenu = json.loads(texte)
    except ValueError as erreur:
        raise TypeRefuse("réponse consignée illisible") from erreur
    if type(contenu) is not dict:
        raise TypeRefuse("réponse consignée mal formée")
    if "refus" in contenu:
        raise TypeRefuse(str(contenu["refus"])[:200])
    reponses = contenu.get("reponses")
    if type(reponses) is not dict or set(reponses) != set(verification.reponses_consignees):
        raise TypeRefuse("réponse consignée incomplète")
    cours = getattr(inspect.getmodule(verification), "PARAMETRES", {})
    changes = {nom: depuis_donnees(valeur) for nom, valeur in (contenu.get("parametres") or {}).items()
               if nom in cours and depuis_donnees(valeur) != cours[nom]}
    if changes:
        raise ParametresChanges(", ".join(f"{nom} = {valeur!r} au lieu de {cours[nom]!r}"
                                          for nom, valeur in changes.items()))
    # Une copie des tableaux du contexte : une vérification qui en modifierait un ne changerait
    # pas la contre-épreuve de la copie suivante.
    variables = {nom: v.copy() if isinstance(v, (pd.DataFrame, pd.Series)) else v for nom, v in contexte.items()}
    jeton = _EXECUTANT.set(executant)
    try:
        variables.update({nom: depuis_donnees(valeur) for nom, valeur in reponses.items()})
        return appeler(verification.__wrapped__, variables)
    finally:
        _EXECUTANT.reset(jeton)
