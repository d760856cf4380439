"""Schéma des fichiers de données : colonnes et types pandas.

Types possibles : "string", "category", "int", "float", "bool", "datetime".

Conventions d'écriture dans les CSV (UTF-8, séparateur virgule, guillemets au besoin) :
- booléens écrits ``True`` / ``False`` (pandas les relit directement en bool) ;
- dates au format ISO ``AAAA-MM-JJ HH:MM:SS`` (heure locale, sans fuseau) ;
- chaîne vide = valeur absente (seulement ``service_secondaire`` quand la demande
  ne touche qu'un service) ;
- un texte peut contenir un saut de ligne (après la formule d'appel « Bonjour, ») ;
- ``donnees_personnelles`` : liste JSON des données personnelles fictives du texte,
  ``[{"type": "telephone", "debut": 12, "fin": 26}, ...]`` avec ``texte[debut:fin]``
  égal à la donnée ; ``[]`` si aucune. Types : nom, telephone, courriel, adresse, plaque.
"""

COLONNES = {
    "demandes.csv": {
        "identifiant": "string",
        "date": "datetime",
        "canal": "category",
        "quartier": "category",
        "quartier_prioritaire": "bool",
        "genre": "category",
        "tranche_age": "category",
        "texte": "string",
        "service": "category",
        "service_secondaire": "category",
        "sujet": "category",
        "registre": "category",
        "orthographe": "category",
        "urgence_historique": "category",
        "urgence_reference": "category",
        "echantillon_audit": "bool",
        "erreur_etiquette": "bool",
        "donnees_personnelles": "string",
    },
    "consultation.csv": {
        "identifiant": "string",
        "auteur": "string",
        "date": "datetime",
        "canal": "category",
        "quartier": "category",
        "quartier_prioritaire": "bool",
        "genre": "category",
        "tranche_age": "category",
        "texte": "string",
        "theme_reference": "category",
        "position": "category",
        "question_zfe": "category",
        "question_transports": "category",
        "campagne": "category",
        "accord_court": "bool",
        "donnees_personnelles": "string",
    },
    "population.csv": {
        "quartier": "category",
        "quartier_prioritaire": "bool",
        "genre": "category",
        "tranche_age": "category",
        "population": "int",
    },
    "volontaires.csv": {
        "identifiant": "string",
        "prenom": "string",
        "nom": "string",
        "telephone": "string",
        "courriel": "string",
        "quartier": "category",
        "quartier_prioritaire": "bool",
        "genre": "category",
        "tranche_age": "category",
        "diplome": "category",
        "logement": "category",
        "question_zfe": "category",
    },
}

FORMAT_DATE = "%Y-%m-%d %H:%M:%S"

# Valeurs possibles des colonnes catégorielles fermées (pour vérifier un fichier).
VALEURS = {
    "urgence": ["urgente", "non urgente"],
    "genre": ["femme", "homme", "non renseigné"],
    "position": ["pour", "contre", "nuancé"],
    "reponse": ["oui", "non", "sans avis"],
}
