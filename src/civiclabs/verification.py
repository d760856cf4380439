"""Vérifications des exercices, avec des messages qui enseignent.

Les cellules de test des notebooks appellent ces fonctions. Quand une réponse ne
convient pas, elles lèvent ``ReponseIncorrecte`` (une ``AssertionError``, que nbgrader
compte comme un échec) avec un message en français : ce qui était attendu, ce qui a
été trouvé, et l'erreur la plus probable. Quand tout va bien, ``bravo()`` l'affiche.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .texte import accorder, format_nombre

__all__ = [
    "ReponseIncorrecte",
    "bravo",
    "decrire_type",
    "verifier_type",
    "verifier_egal",
    "verifier_proche",
    "verifier_colonnes",
    "verifier_nombre_lignes",
    "verifier_texte_redige",
    "verifier_fonction",
]

_NOMS_DE_TYPES = {
    bool: "un booléen (True ou False)",
    int: "un nombre entier (int)",
    float: "un nombre décimal (float)",
    str: "un texte (str)",
    list: "une liste (list)",
    tuple: "un tuple",
    dict: "un dictionnaire (dict)",
    set: "un ensemble (set)",
    type(None): "rien (None)",
    pd.DataFrame: "un tableau pandas (DataFrame)",
    pd.Series: "une colonne pandas (Series)",
}


class ReponseIncorrecte(AssertionError):
    """La réponse à un exercice ne convient pas ; le message explique pourquoi."""


def decrire_type(valeur_ou_type) -> str:
    """Nom français d'un type Python, par exemple « un nombre entier (int) »."""
    genre = valeur_ou_type if isinstance(valeur_ou_type, type) else type(valeur_ou_type)
    for connu, nom in _NOMS_DE_TYPES.items():
        if genre is connu:
            return nom
    if genre.__module__.startswith("numpy"):
        if "int" in genre.__name__:
            return "un nombre entier (int)"
        if "float" in genre.__name__:
            return "un nombre décimal (float)"
        if "bool" in genre.__name__:
            return "un booléen (True ou False)"
    return f"un objet de type {genre.__name__}"


# repr() écrit certains caractères invisibles en codes (« 58\\u202f% ») : on les rend lisibles.
_CODES_LISIBLES = {"\\u202f": "\u202f", "\\xa0": "\u00a0", "\\u2009": "\u2009"}


def _nombre_a_la_francaise(nombre) -> str:
    """Un nombre tel qu'un·e francophone l'écrit : virgule décimale, au plus 4 décimales
    (davantage pour un très petit nombre, afin d'en garder 4 chiffres significatifs) ;
    « 3,0 » pour un décimal rond, pour ne pas le confondre avec un entier."""
    if isinstance(nombre, (bool, np.bool_)):
        return repr(bool(nombre))
    if isinstance(nombre, (int, np.integer)):
        return format_nombre(int(nombre), 0)
    nombre = float(nombre)
    if not math.isfinite(nombre):
        return repr(nombre)
    if nombre == int(nombre) and abs(nombre) < 1e15:
        return format_nombre(nombre, 1, garder_zeros=True)
    decimales = 4
    if 0 < abs(nombre) < 1e-2:  # 0,000123 : on garde des chiffres significatifs
        decimales = min(12, 3 - math.floor(math.log10(abs(nombre))))
    return format_nombre(nombre, decimales)


def _apercu(valeur, limite: int = 80) -> str:
    if isinstance(valeur, np.generic):  # np.int64(7) s'affiche 7
        valeur = valeur.item()
    if isinstance(valeur, (int, float)) and not isinstance(valeur, bool):
        return _nombre_a_la_francaise(valeur)
    if isinstance(valeur, pd.Series):
        n = len(valeur)
        if n == 1:
            return f"une colonne d'une seule valeur ({_apercu(valeur.iloc[0], limite)})"
        return f"une colonne de {format_nombre(n, 0)} valeurs"
    if isinstance(valeur, pd.DataFrame):
        lignes, colonnes = len(valeur), valeur.shape[1]
        return (f"un tableau de {lignes} ligne{'s' if lignes > 1 else ''} et "
                f"{colonnes} colonne{'s' if colonnes > 1 else ''}")
    if isinstance(valeur, str):  # un texte s'affiche tel quel, entre guillemets français
        texte = valeur if len(valeur) <= limite - 4 else valeur[: limite - 5] + "…"
        return f"« {texte} »"
    texte = repr(valeur)
    for code, caractere in _CODES_LISIBLES.items():
        texte = texte.replace(code, caractere)
    return texte if len(texte) <= limite else texte[: limite - 1] + "…"


def _est_nan(valeur) -> bool:
    """Vrai pour un nombre décimal « NaN » (Python ou numpy), faux pour tout le reste."""
    return isinstance(valeur, (float, np.floating)) and math.isnan(float(valeur))


def _message_nan(nom: str) -> str:
    return (
        f"« {nom} » vaut nan (NaN : « pas un nombre »). C'est presque toujours le signe d'une "
        "sélection vide : une moyenne ou une médiane calculée sur zéro ligne. Votre sélection est "
        "sans doute vide : vérifiez l'orthographe exacte, accents et majuscules compris, de la "
        "valeur filtrée (« é » n'est pas « e »), puis comptez les lignes gardées avec len(…)."
    )


def message_points_de_suspension(sujet: str) -> str:
    """Le message quand une réponse vaut encore ``...`` (les points de suspension d'un modèle,
    que Python lit comme l'objet ``Ellipsis``) ou en contient. ``sujet`` : « « x » » ou
    « La fonction f »."""
    return (f"{sujet} contient encore les points de suspension du modèle (...), que Python lit comme "
            "un objet vide (Ellipsis) : remplacez les ... par votre calcul.")


def est_erreur_de_points_de_suspension(erreur: BaseException) -> bool:
    """Vrai pour l'erreur qu'un calcul lève quand il tombe sur les ``...`` d'un modèle
    (« 'ellipsis' object is not iterable », « unsupported operand type(s) for &: … and 'ellipsis' »)."""
    return isinstance(erreur, TypeError) and "ellipsis" in str(erreur)


def _avec_indice(message: str, indice: str | None) -> str:
    return f"{message}\n👉 Piste : {indice}" if indice else message


def bravo(message: str = "C'est juste.") -> None:
    """Affiche une confirmation courte."""
    print(f"✅ Bravo ! {message}")


def _est_du_type(valeur, types) -> bool:
    types = types if isinstance(types, tuple) else (types,)
    if bool not in types and isinstance(valeur, (bool, np.bool_)):
        return False  # True n'est pas un nombre pour nos exercices
    if isinstance(valeur, np.generic):  # un nombre numpy compte comme un nombre Python
        valeur = valeur.item()
    # Le type exact : une sous-classe (un entier « égal à tout »…) n'est pas une réponse.
    return type(valeur) in types


def verifier_type(valeur, types, nom: str, indice: str | None = None) -> None:
    """Vérifie que ``valeur`` (la variable ``nom``) est d'un des ``types`` attendus."""
    liste = types if isinstance(types, tuple) else (types,)
    if _est_nan(valeur) and (int in liste or float in liste):
        raise ReponseIncorrecte(_avec_indice(_message_nan(nom), indice))
    if _est_du_type(valeur, types):
        return
    if valeur is Ellipsis:
        raise ReponseIncorrecte(message_points_de_suspension(f"« {nom} »"))
    attendu = " ou ".join(decrire_type(t) for t in liste)
    if valeur is None:
        raise ReponseIncorrecte(
            f"« {nom} » vaut encore None (rien) : votre réponse ne lui a pas donné de valeur. "
            f"Vérifiez d'abord le nom à gauche du = : il doit s'écrire exactement {nom}. Puis "
            "exécutez la cellule de réponse : elle doit finir sans cadre rouge (la ligne "
            "raise NotImplementedError() supprimée). Une fonction sans "
            "return renvoie aussi None."
        )
    if inspect.ismethod(valeur) or inspect.isfunction(valeur) or inspect.isbuiltin(valeur):
        raise ReponseIncorrecte(
            f"« {nom} » contient la fonction {valeur.__name__} elle-même, pas son résultat : "
            f"ajoutez les parenthèses pour l'appeler, par exemple .{valeur.__name__}()."
        )
    raise ReponseIncorrecte(
        _avec_indice(
            f"« {nom} » devrait être {attendu}, mais c'est {decrire_type(valeur)} : "
            f"{_apercu(valeur)}.",
            indice,
        )
    )


def _meme_nombre(a: float, b: float, tolerance: float = 0.0) -> bool:
    return abs(a - b) <= tolerance + 1e-9 * max(1.0, abs(b))


def _glissement(valeur, attendu, nom: str, tolerance: float = 0.0) -> str | None:
    """Nomme une erreur fréquente quand un nombre n'est pas celui attendu : un pourcentage
    (×100) au lieu d'une part, l'inverse (÷100), ou un arrondi. ``None`` sinon.

    À n'appeler qu'une fois établi que ``valeur`` n'est pas ``attendu`` à ``tolerance`` près.
    """
    try:
        v, a = float(valeur), float(attendu)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(v) and math.isfinite(a)) or v == 0 or a == 0:
        return None  # 0 : plutôt une sélection vide, que chaque test explique lui-même
    ecrit = _nombre_a_la_francaise(valeur)
    # × 100 : exact, ou arrondi (4,97 pour 0,0497) dès que le nombre dépasse 1 (une part ne le peut pas)
    fois_cent = 100 * a
    if _meme_nombre(v, fois_cent, 100 * tolerance) or (
        abs(v) >= 1 and any(_meme_nombre(v, round(fois_cent, d)) for d in range(4))
    ):
        if 0 < a <= 1:
            return (f"« {nom} » vaut {ecrit} : c'est un pourcentage (la valeur attendue multipliée "
                    "par 100). On attend une part entre 0 et 1 (0,25 pour 25 %), sans multiplier "
                    "par 100 ; l'affichage en pourcentage se fait ensuite, par exemple avec "
                    "format_pourcentage(…).")
        return (f"« {nom} » vaut {ecrit} : 100 fois la valeur attendue. Avez-vous multiplié "
                "par 100 (un pourcentage) ? Gardez le nombre tel que le calcul le donne.")
    if _meme_nombre(v, a / 100, tolerance / 100):
        if 1 < abs(a) <= 100 and abs(v) <= 1:
            return (f"« {nom} » vaut {ecrit} : la valeur attendue divisée par 100. On attend ici "
                    "un nombre de points de pourcentage (25 pour 25 %), pas une part entre 0 et 1.")
        return (f"« {nom} » vaut {ecrit} : 100 fois moins que la valeur attendue. Avez-vous "
                "divisé par 100 ? Gardez le nombre tel que le calcul le donne.")
    # arrondi à 0 (seulement pour un nombre qui dépasse 1), 1, 2… jusqu'à 6 décimales
    for decimales in range(7):
        if decimales == 0 and abs(a) < 1:
            continue
        if _meme_nombre(v, round(a, decimales)):
            precision = ("à l'unité" if decimales == 0 else
                         f"à {decimales} décimale{'s' if decimales > 1 else ''}")
            return (f"« {nom} » vaut {ecrit} : c'est la valeur attendue arrondie {precision}. "
                    "Avez-vous arrondi (avec "
                    "round, ou en recopiant un nombre affiché) ? Gardez la valeur exacte, calculée "
                    "par Python : l'affichage s'occupera de l'arrondi.")
    return None


def verifier_egal(valeur, attendu, nom: str, indice: str | None = None) -> None:
    """Vérifie que ``valeur`` est égale à ``attendu``."""
    if isinstance(attendu, (int, float)) and not isinstance(attendu, bool):
        verifier_type(valeur, (int, float), nom, indice)
        egal = valeur == attendu
    elif isinstance(attendu, (list, tuple)):
        verifier_type(valeur, (list, tuple), nom, indice)
        egal = list(valeur) == list(attendu)
    else:
        verifier_type(valeur, type(attendu), nom, indice)
        egal = valeur == attendu
    if not egal:
        glissement = None
        if isinstance(attendu, (int, float)) and not isinstance(attendu, bool):
            glissement = _glissement(valeur, attendu, nom)
        raise ReponseIncorrecte(
            _avec_indice(
                glissement or f"« {nom} » vaut {_apercu(valeur)} ; ce n'est pas la valeur attendue.",
                indice,
            )
        )


def verifier_proche(
    valeur, attendu: float, nom: str, tolerance: float = 1e-6, indice: str | None = None
) -> None:
    """Vérifie qu'un nombre est égal à ``attendu`` à ``tolerance`` près.

    Si ce n'est pas le cas, le message nomme les erreurs fréquentes : un pourcentage
    (×100) au lieu d'une part, ou l'inverse, et un arrondi (à 0, 1, 2… jusqu'à 6 décimales),
    qui n'est pas accepté : les tests cachés comparent à la valeur exacte. Pour accepter
    un arrondi, élargissez ``tolerance`` (0,006 accepte un arrondi au centième).
    """
    verifier_type(valeur, (int, float), nom, indice)  # refuse aussi NaN, avec son message
    if abs(float(valeur) - attendu) > tolerance:
        raise ReponseIncorrecte(
            _avec_indice(
                _glissement(valeur, attendu, nom, tolerance)
                or f"« {nom} » vaut {_apercu(valeur)} ; ce n'est pas la valeur attendue.",
                indice,
            )
        )


def verifier_colonnes(table, colonnes: Iterable[str], nom: str, indice: str | None = None) -> None:
    """Vérifie que ``table`` est un tableau pandas qui contient ces colonnes."""
    verifier_type(table, pd.DataFrame, nom, indice)
    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        raise ReponseIncorrecte(
            _avec_indice(
                f"Il manque à « {nom} » la ou les colonnes : {', '.join(manquantes)}. "
                f"Colonnes présentes : {', '.join(map(str, table.columns))}.",
                indice,
            )
        )


def verifier_nombre_lignes(table, attendu: int, nom: str, indice: str | None = None) -> None:
    """Vérifie le nombre de lignes d'un tableau pandas."""
    verifier_type(table, pd.DataFrame, nom, indice)
    if len(table) != attendu:
        sens = "c'est trop" if len(table) > attendu else "ce n'est pas assez"
        raise ReponseIncorrecte(
            _avec_indice(
                f"« {nom} » a {accorder(len(table), 'ligne')} : {sens} (il en faut {attendu}).", indice
            )
        )


def verifier_texte_redige(valeur, nom: str, minimum_mots: int = 3, indice: str | None = None):
    """Vérifie qu'une réponse écrite en texte libre a été rédigée."""
    verifier_type(valeur, str, nom, indice)
    if len(valeur.split()) < minimum_mots:
        raise ReponseIncorrecte(
            _avec_indice(
                f"« {nom} » est trop court : écrivez au moins {minimum_mots} mots.", indice
            )
        )


def verifier_fonction(fonction, nom: str, signature: str) -> None:
    """Vérifie qu'une réponse à écrire sous forme de fonction en est toujours une."""
    if not callable(fonction):
        raise ReponseIncorrecte(
            f"{nom} n'est plus une fonction : gardez la ligne « def {nom}({signature}): » et écrivez "
            "votre calcul dessous, en retrait, après « return »."
        )


def outils_du_cours_appeles(fonction, outils: dict) -> list[str]:
    """Les outils du cours (``outils`` : {nom: objet}) qu'une fonction de la personne emploie :
    par leur nom dans son code, ou sous un autre nom qui désigne le même objet (``g =
    coefficient_gini`` dans une autre cellule, puis ``g(…)`` dans la fonction)."""
    code = getattr(fonction, "__code__", None)
    if code is None:
        return []
    noms = set()
    a_lire = [code]
    while a_lire:  # les fonctions définies dans la fonction ont leur propre code
        courant = a_lire.pop()
        noms.update(courant.co_names)
        noms.update(courant.co_freevars)
        a_lire.extend(c for c in courant.co_consts if hasattr(c, "co_names"))
    globales = getattr(fonction, "__globals__", {})
    fermeture = dict(zip(code.co_freevars, (c.cell_contents for c in (fonction.__closure__ or ()))))
    trouves = set()
    for nom in noms:
        objet = fermeture.get(nom, globales.get(nom))
        for nom_outil, outil in outils.items():
            if nom == nom_outil or (objet is not None and objet is outil):
                trouves.add(nom_outil)
    return sorted(trouves)
