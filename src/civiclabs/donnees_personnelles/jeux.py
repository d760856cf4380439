"""Des textes frais pour essayer un repérage : les formes variées du terrain, positions connues.

Les corpus du cours plantent leurs données sous une forme propre (« 06 39 98 35 11 »,
« Nadia Ferrandou »). Sur le terrain, on écrit aussi « 06.39.98.35.11 », « +33 6 39… »,
« nadia ferrandou », « FERRANDOU », un prénom seul, un chiffre oublié. ``generer_textes_varies``
tire de tels textes (numéros dans les tranches réservées à la fiction, domaines inventés) ;
``textes_difficiles`` rassemble les pièges connus des méthodes du cours.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..corpus import territoire as T

_L = list("ABCDEFGHJKLMNPRSTVWXYZ")


def _telephone(rng) -> str:
    chiffres = ["06", "39", "98", f"{rng.integers(10, 100)}", f"{rng.integers(10, 100)}"]
    if rng.random() < 0.5:
        chiffres[:3] = ["01", "99", "00"]
    forme = int(rng.integers(6))
    if forme == 0:
        return " ".join(chiffres)
    if forme == 1:
        return ".".join(chiffres)
    if forme == 2:
        return "-".join(chiffres)
    if forme == 3:
        return "".join(chiffres)
    if forme == 4:
        return "+33 " + chiffres[0][1] + " " + " ".join(chiffres[1:])
    return "+33" + "".join(chiffres)[1:]


def _courriel(rng) -> str:
    prenom = str(rng.choice(T.PRENOMS_FEMMES + T.PRENOMS_HOMMES)).lower()
    nom = str(rng.choice(T.NOMS)).lower()
    for a, b in (("é", "e"), ("è", "e"), ("ï", "i"), ("ç", "c"), ("ë", "e")):
        prenom, nom = prenom.replace(a, b), nom.replace(a, b)
    local = [f"{prenom}.{nom}", f"{prenom[0]}{nom}{rng.integers(1, 99)}", f"{nom}_{prenom}", f"{prenom}+mairie"][int(rng.integers(4))]
    return f"{local}@{rng.choice(T.DOMAINES_COURRIEL)}"


def _plaque(rng) -> str:
    sep = ["-", " ", ""][int(rng.integers(3))]
    return f"{rng.choice(_L)}{rng.choice(_L)}{sep}{rng.integers(100, 1000)}{sep}{rng.choice(_L)}{rng.choice(_L)}"


def _adresse(rng) -> str:
    rue = str(rng.choice([r for rues in T.RUES.values() for r in rues]))
    numero = f"{rng.integers(1, 180)}" + ["", " bis", " ter"][int(rng.integers(3))]
    return f"{numero}{',' if rng.random() < 0.3 else ''} {rue}"


def _nom(rng) -> str:
    prenom = str(rng.choice(T.PRENOMS_FEMMES + T.PRENOMS_HOMMES))
    nom = str(rng.choice(T.NOMS))
    return [f"{prenom} {nom}", f"Mme {nom}", f"M. {prenom} {nom}", f"Monsieur {nom}"][int(rng.integers(4))]


_GENERATEURS = {"telephone": _telephone, "courriel": _courriel, "plaque": _plaque, "adresse": _adresse, "nom": _nom}
_PHRASES = {
    "telephone": ["Vous pouvez me rappeler au {}.", "Mon portable : {}", "Tél. {} (après 18 h)."],
    "courriel": ["Écrivez-moi à {} svp.", "Mon adresse mail est {}", "Contact : {}."],
    "plaque": ["La camionnette {} est garée là depuis un mois.", "Véhicule immatriculé {}.", "Encore la voiture {} sur le trottoir."],
    "adresse": ["J'habite au {}.", "Le dépôt est devant le {}, depuis lundi.", "Adresse : {}."],
    "nom": ["{} peut en témoigner.", "Je suis {}, locataire.", "Signé : {}"],
}
_DEBUTS = [
    "Bonjour, le lampadaire ne fonctionne plus depuis une semaine.",
    "Les poubelles débordent encore ce matin.",
    "Merci de faire quelque chose pour le bruit la nuit.",
    "Il y a une fuite d'eau sur le trottoir.",
    "Le trottoir est impraticable pour les poussettes.",
    "Des jeunes font du rodéo tous les soirs.",
]


def generer_textes_varies(n: int = 60, graine: int = 0, types=tuple(_GENERATEURS)) -> pd.DataFrame:
    """``n`` textes courts, chacun avec une donnée d'un type tiré dans ``types``, sous une forme
    variée ; colonnes ``texte`` et ``donnees_personnelles`` (positions exactes, en liste)."""
    rng = np.random.default_rng(graine)
    lignes = []
    for i in range(n):
        type_ = types[int(rng.integers(len(types)))]
        valeur = _GENERATEURS[type_](rng)
        phrase = str(rng.choice(_PHRASES[type_]))
        debut_texte = str(rng.choice(_DEBUTS)) + " "
        avant, apres = phrase.split("{}")
        texte = debut_texte + avant + valeur + apres
        debut = len(debut_texte) + len(avant)
        lignes.append({"identifiant": f"ESSAI-{graine}-{i:03d}", "texte": texte,
                       "donnees_personnelles": [{"type": type_, "debut": debut, "fin": debut + len(valeur)}]})
    return pd.DataFrame(lignes)


# (texte, [(type, passage)…]) : les pièges des méthodes du cours
_DIFFICILES = [
    ("bonjour je m'appelle nadia ferrandou et mon voisin fait du bruit", [("nom", "nadia ferrandou")]),
    ("URGENT : M. KARIM POULARD LAISSE SES POUBELLES DANS LE HALL", [("nom", "KARIM POULARD")]),
    ("Merci à Sophie pour son aide, elle habite au 2e.", [("nom", "Sophie")]),
    ("Le nid-de-poule est rue Jean-Baptiste Orvelin, devant l'école.", []),
    ("Rappelez-moi au 06 39 98 3 11, c'est pour la fuite.", [("telephone", "06 39 98 3 11")]),
    ("Merci Foch pour rien, le parking est toujours plein.", []),
    ("La dame du 3e au-dessus de la boulangerie jette ses mégots par la fenêtre.", [("indirecte", "La dame du 3e au-dessus de la boulangerie")]),
    ("Contact : m.vaucanel (at) exemple.fr", [("courriel", "m.vaucanel (at) exemple.fr")]),
    ("Ma fille est en fauteuil roulant, le bus ne s'abaisse jamais.", [("sensible", "Ma fille est en fauteuil roulant")]),
    ("Je vote contre ce projet, comme tout mon syndicat.", [("sensible", "Je vote contre ce projet, comme tout mon syndicat")]),
    ("Voir avec Théo, il est là le mardi.", [("nom", "Théo")]),
    ("J'habite 14 Rue des Saules au rez-de-chaussée.", [("adresse", "14 Rue des Saules")]),
]


def textes_difficiles() -> pd.DataFrame:
    """Les pièges connus : noms en minuscules ou en capitales, prénom seul, rue au nom de personne,
    numéro amputé d'un chiffre, « Merci », « Foch », désignation indirecte, donnée sensible."""
    lignes = []
    for i, (texte, passages) in enumerate(_DIFFICILES):
        positions = []
        for type_, passage in passages:
            debut = texte.index(passage)
            positions.append({"type": type_, "debut": debut, "fin": debut + len(passage)})
        lignes.append({"identifiant": f"PIEGE-{i + 1:02d}", "texte": texte,
                       "donnees_personnelles": [p for p in positions if p["type"] in _GENERATEURS],
                       "autres_informations": [p for p in positions if p["type"] not in _GENERATEURS]})
    return pd.DataFrame(lignes)
