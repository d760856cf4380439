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
# # Lab 03 — Synthétiser une concertation
#
# **Ce que vous saurez faire à la fin de ce lab**
# - dire **qui a parlé** (canal, quartier, âge, genre) par rapport à la population, et
#   redresser un résultat par pondération ;
# - repérer les **copies** et les **campagnes coordonnées**, et compter des **voix** plutôt
#   que des copies ;
# - faire émerger des **thèmes** (TF-IDF et NMF), choisir leur nombre et les nommer à partir
#   de mots-clés et de citations ;
# - garder les **voix minoritaires** et les signaux faibles qu'un « top 5 » ferait disparaître ;
# - produire une **synthèse traçable**, où chaque ligne cite les contributions sur lesquelles
#   elle repose, vérifier sa **comptabilité** (chaque contribution reçue rangée une fois, rien
#   d'écarté sans le dire), et un rapport qu'on peut remettre à des élu·es ;
# - vérifier ce travail, le faire tourner sur des dizaines de milliers de contributions, et sur
#   l'export de votre propre plateforme (`civiclabs-synthese`).
#
# **Prérequis** : le Lab 00 (pandas : filtrer, `value_counts`, `groupby`) et la partie 4 du
# Lab 01 (TF-IDF). Aucune connaissance en statistiques.
#
# **Durée estimée** : 6 h à 7 h 15, en deux séances, pour une personne qui a suivi les Labs 00
# à 02 sans autre expérience du code ; de 3 h 15 à 4 h 10 si vous avez déjà codé ; de 9 h 30 à
# 12 h 10 si vous n'aviez jamais codé avant le Lab 00. Ces durées sont celles des essais
# complets de cette version (comptabilité de l'exercice 6.2, relectures de la section 6,
# section 10 et réflexions comprises) ; comptez 30 min à 1 h 30 de plus pour vérifier
# vous-même les chiffres du rapport.
#
# **La situation.** *Méridanne Métropole* a consulté ses habitant·es sur le **Plan de mobilité
# 2030** (prolongement du tram, réseau express vélo, extension de la zone à faibles émissions
# en 2027, tarifs, stationnement…). En trois mois : 6 000 contributions, sur la plateforme en
# ligne, dans des ateliers de quartier, sur des registres papier et par courriel. La
# vice-présidente à la mobilité veut une synthèse pour le conseil dans deux semaines. Un
# assistant conversationnel généraliste, essayé sur 450 contributions, en a **oublié sans le
# dire** et n'a pas su les regrouper. Vous construisez une synthèse **fidèle** (rien n'est
# perdu, surtout pas les voix rares), **honnête** (quelques personnes avec un générateur de
# texte ne passent pas pour une foule) et **traçable** (chaque phrase renvoie à ce que les
# habitant·es ont écrit). Les contributions sont fictives (voir `data/README.md`).

# %% [markdown]
# ## 0. Mise en place
#
# Comme dans les labs précédents : une cellule de réponse (remplacez la ligne
# `raise NotImplementedError()` par votre code), un indice à déplier, une cellule de test à
# exécuter sans la modifier. Si quelque chose semble bloqué : *Noyau* → *Redémarrer le noyau
# et exécuter toutes les cellules…*
#
# ### Quand une erreur s'affiche
#
# Lisez **la dernière ligne** du message (les messages de Python sont en anglais) :
#
# | dernière ligne (extrait) | ce qu'elle veut dire | que faire |
# |---|---|---|
# | `KeyError: 'theme de reference'` | cette colonne n'existe pas, à une lettre près | recopiez le nom exact : `"theme_reference"` |
# | `KeyError: Il manque à « table » la ou les colonnes : …` | un outil du cours a reçu un tableau sans la colonne nommée | passez le tableau `consultation` entier, pas une seule colonne |
# | `TypeError: « textes » doit être une colonne de textes…` | un outil attend `consultation["texte"]` | donnez la colonne, pas le tableau |
# | `ValueError: The truth value of a Series is ambiguous` | `not`, `and` ou `or` appliqués à une colonne de vrais et faux ; ou une colonne passée à la place d'un réglage (arguments dans le désordre) | écrivez `~`, `&`, `\|`, chaque condition entre parenthèses ; vérifiez l'ordre des arguments, ou nommez-les (`nb_themes=…`, `graine=…`) |
# | `TypeError: only 0-dimensional arrays can be converted to Python scalars` | des réglages donnés sans leur nom, dans le désordre (un tableau arrive là où un nombre est attendu) | passez les arguments par leur nom : `extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=textes_distincts)` |
# | `TypeError: … takes 1 positional argument but 2 were given` | un argument de trop donné sans son nom | nommez les réglages : `extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=textes_distincts)` |
# | `TypeError: … got an unexpected keyword argument 'nb_theme'` | un nom de réglage mal orthographié | recopiez le nom exact depuis la consigne |
# | `NameError: name 'themes' is not defined` | une cellule du dessus n'a pas été exécutée | exécutez les cellules dans l'ordre |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` par votre réponse |
# | `ReponseIncorrecte: …` | un test du cours : la réponse ne convient pas | lisez le message et la piste 👉 |
#
# Les cellules suivantes fixent les paramètres du lab, lancent le calcul de la partie 8 et
# importent les outils du lab (quelques secondes).

# %%
# %xmode Minimal

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2030  # graine des tirages au hasard : la même graine donne les mêmes résultats
NB_THEMES = 12  # nombre de thèmes demandés à la machine
TAILLE_ECHELLE = 50_000  # nombre de contributions générées pour la partie 8

# %%
# La partie 8 synthétise TAILLE_ECHELLE contributions générées (quelques secondes de calcul).
# Ce calcul démarre dès maintenant dans un second processus, sur l'autre cœur de la machine :
# vous n'aurez pas à l'attendre en arrivant à la partie 8.
from civiclabs import charger_population, lancer_passage_a_l_echelle

passage_a_l_echelle = lancer_passage_a_l_echelle(TAILLE_ECHELLE, graine=GRAINE, population=charger_population())

# %%
import time
import warnings
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display
from matplotlib.ticker import FuncFormatter

from civiclabs import (
    PALETTE,
    abreger,
    appliquer_style,
    charger_consultation,
    charger_grand_debat,
    charger_population,
    citations_representatives,
    comparer_a_la_population,
    dossier_des_sorties,
    comptabilite,
    curseur_nombre_themes,
    curseur_similarite,
    detecter_doublons,
    diagramme_barres,
    evaluer_campagnes,
    evaluer_minorites,
    explorer_contributions,
    extraire_themes,
    filtrer_contributions,
    format_nombre,
    format_pourcentage,
    graduations_a_la_francaise,
    grouper_campagnes,
    lancer_passage_a_l_echelle,
    lecture,
    limiter_calculs_paralleles,
    mots_vides,
    nature_des_campagnes,
    ponderer,
    rapport_html,
    rapport_markdown,
    reperer_minorites,
    stabilite_themes,
    synthetiser,
    synthetiser_consultation,
    tracer_positions,
    tracer_representativite,
    tracer_stabilite,
)
from civiclabs.corpus import generer_consultation
from civiclabs.synthese import normaliser
from civiclabs.texte import accorder

appliquer_style()
limiter_calculs_paralleles()  # calculs plus rapides sur une petite machine
# scikit-learn prévient (en anglais) que des mots vides ont été découpés : sans effet ici.
warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

# %% [markdown]
# ## 1. Qui a parlé ?
#
# Avant de lire ce que disent les contributions, regardons **qui** les a écrites. Chaque ligne
# est une contribution ; le profil (quartier, genre, tranche d'âge) est déclaré par la
# personne, et peut être « non renseigné ».

# %%
consultation = charger_consultation()
population = charger_population()
print(f"{format_nombre(len(consultation))} contributions de "
      f"{format_nombre(consultation['auteur'].nunique())} auteur·es, "
      f"pour {format_nombre(population['population'].sum())} habitant·es adultes.")
consultation[["identifiant", "auteur", "canal", "quartier", "tranche_age", "texte"]].head()

# %%
par_canal = consultation["canal"].value_counts()
diagramme_barres(par_canal, titre="Les contributions, par canal",
                 axe_categories="Canal", axe_valeurs="Nombre de contributions")
plt.show()
lecture(
    f"« {par_canal.index[0]} » apporte {format_pourcentage(par_canal.iloc[0] / len(consultation))} "
    "des contributions : la consultation entend surtout celles et ceux qui sont à l'aise en ligne."
)

# %% [markdown]
# ### 🎛️ Lire sans code
#
# Choisissez un canal, un quartier, ou tapez un mot (« ascenseur », « ZFE », « +1 »…).

# %%
explorer_contributions(consultation, colonnes=("canal", "quartier", "tranche_age"));

# %% [markdown]
# *Sans le widget* : `filtrer_contributions(consultation, mot="ascenseur", canal="registre papier")`
# affiche les mêmes lignes (un mot, puis autant de critères `colonne="valeur"` que voulu).

# %% [markdown]
# ### 📝 Exercice 1.1 — Les âges de celles et ceux qui ont parlé (1 point)
#
# Rangez dans `part_age_contributions` la **part** de chaque tranche d'âge parmi les
# contributions **dont l'âge est renseigné** (retirez d'abord les lignes où `tranche_age` vaut
# `"non renseigné"`). `value_counts(normalize=True)` donne des parts plutôt que des nombres.
# On compte des **contributions** (une ligne = une contribution), pas des personnes. La colonne
# est une catégorie : après le filtre, « non renseigné » resterait affiché avec une part de 0 ;
# `.cat.remove_unused_categories()` retire cette ligne vide.

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_age_contributions = None
### BEGIN SOLUTION
renseignees = consultation[consultation["tranche_age"] != "non renseigné"]
part_age_contributions = renseignees["tranche_age"].cat.remove_unused_categories().value_counts(normalize=True)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `renseignees = consultation[consultation["tranche_age"] != "non renseigné"]`, puis
# `renseignees["tranche_age"].cat.remove_unused_categories().value_counts(normalize=True)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex1_1(part_age_contributions, consultation)
### BEGIN HIDDEN TESTS
_r = consultation.loc[consultation["tranche_age"].astype(str) != "non renseigné", "tranche_age"].astype(str)
_attendu = _r.value_counts(normalize=True)
assert all(abs(float(part_age_contributions.get(k, 0)) - _attendu[k]) < 1e-9 for k in _attendu.index), "Les parts par tranche d'âge ne correspondent pas aux contributions renseignées."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Comparons à la population adulte du territoire (`population.csv`) :

# %%
parts_age = comparer_a_la_population(consultation, population, "tranche_age")
ax = tracer_representativite(parts_age, "tranche_age")
graduations_a_la_francaise(ax, "y", pourcentage=True)
plt.show()
lecture(
    f"les 18-29 ans font {format_pourcentage(parts_age.loc['18-29', 'population'])} de la population "
    f"adulte mais {format_pourcentage(parts_age.loc['18-29', 'contributions'])} des contributions : "
    "une « majorité » de contributions n'est pas une majorité d'habitant·es."
)

# %% [markdown]
# ### 📝 Exercice 1.2 — Le canal change qui parle (2 points)
#
# Rangez dans `part_qp_par_canal` la **part des contributions venant d'un quartier
# prioritaire**, pour chaque canal. La colonne `quartier_prioritaire` vaut vrai ou faux : sa
# moyenne (`.mean()`) est la part de vrais.

# %% nbgrader={"grade": false, "grade_id": "ex1_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_qp_par_canal = None
### BEGIN SOLUTION
part_qp_par_canal = consultation.groupby("canal", observed=True)["quartier_prioritaire"].mean()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Comme au Lab 01 avec la médiane : `consultation.groupby("canal")["quartier_prioritaire"].mean()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex1_2(part_qp_par_canal, consultation)
### BEGIN HIDDEN TESTS
_qp = consultation["quartier_prioritaire"].astype(bool)
for _c in consultation["canal"].astype(str).unique():
    _m = consultation["canal"].astype(str) == _c
    assert abs(float(part_qp_par_canal[_c]) - _qp[_m].mean()) < 1e-9, f"La part pour le canal {_c} ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# **Pondérer.** Pour qu'un résultat parle pour la population et pas seulement pour celles et
# ceux qui ont écrit, on peut donner à chaque contribution un **poids** : un groupe qui a deux
# fois moins parlé qu'il ne pèse dans la population compte double. `ponderer` calcule ce poids
# par croisement tranche d'âge × genre ; les profils non renseignés gardent le poids 1.
#
# Ce que ce redressement **corrige** : la part de chaque tranche d'âge et de chaque genre.
# Ce qu'il **ne corrige pas** : les quartiers prioritaires (moins présents dans les contributions
# que dans la population, exercice 1.2 : on peut l'ajouter au croisement, voir ci-dessous), et
# surtout l'absence :
# il ne fait pas parler celles et ceux qui ne sont pas venu·es, il donne plus de poids aux
# quelques personnes de leur groupe qui ont parlé.

# %%
poids = ponderer(consultation, population, ("tranche_age", "genre"))
poids_qp = ponderer(consultation, population, ("tranche_age", "genre", "quartier_prioritaire"))
for tranche, moyen in poids.groupby(consultation["tranche_age"].astype(str)).mean().items():
    print(f"{tranche:>14} : poids moyen {format_nombre(moyen, 2, garder_zeros=True)}")
print(f"Avec le quartier prioritaire dans le croisement, une contribution d'un quartier prioritaire pèse "
      f"en moyenne {format_nombre(poids_qp[consultation['quartier_prioritaire']].mean(), 2)}.")

# %% [markdown]
# ## 2. Copies et campagnes : compter des voix, pas des copies
#
# Deux phénomènes gonflent certains avis : les **copies exactes** (« +1 », « Idem. »), et les
# **campagnes** : un même texte copié-collé par beaucoup de personnes (une pétition), ou
# quelques comptes qui déposent des centaines de textes reformulés par une machine.
#
# Commençons par les copies exactes : deux textes identiques une fois les majuscules, les
# accents et la ponctuation retirés reçoivent le même numéro de groupe.

# %%
doublons = detecter_doublons(consultation["texte"])
taille_groupe = doublons.map(doublons.value_counts())
# Un texte par groupe de copies (le premier), les cinq groupes les plus grands.
plus_copies = consultation.assign(copies=taille_groupe, groupe=doublons).drop_duplicates("groupe").nlargest(5, "copies")
for _, ligne in plus_copies.iterrows():
    print(f"{ligne['copies']:>4} fois : « {abreger(ligne['texte'], 80)} »")

# %% [markdown]
# ### 📝 Exercice 2.1 — Combien de contributions ont une copie ? (1 point)
#
# Rangez dans `nb_avec_copie` le **nombre de contributions qui ont au moins une copie exacte**
# (elles-mêmes comprises). `doublons.duplicated(keep=False)` marque vrai **toutes** les lignes
# d'un groupe de copies (sans `keep=False`, la première de chaque groupe est marquée faux).

# %% nbgrader={"grade": false, "grade_id": "ex2_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
nb_avec_copie = None
### BEGIN SOLUTION
nb_avec_copie = int(doublons.duplicated(keep=False).sum())
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `doublons.duplicated(keep=False).sum()` compte les vrais.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex2_1(nb_avec_copie, doublons)
### BEGIN HIDDEN TESTS
_tailles = doublons.map(doublons.value_counts())
assert nb_avec_copie == int((_tailles > 1).sum()), "Le nombre de contributions qui ont une copie ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### Des textes presque identiques
#
# Une campagne reformulée par une machine ne produit pas de copies exactes. Pour la repérer, on
# mesure la **ressemblance** de deux textes : chacun devient une liste de poids de mots
# (TF-IDF, comme au Lab 01, mots vides retirés), et la **similarité cosinus** compare ces
# listes : 0 si les textes n'ont aucun mot en commun, 1 s'ils ont les mêmes mots dans les mêmes
# proportions.
#
# ### 📝 Exercice 2.2 — Deux textes se ressemblent-ils ? (2 points)
#
# Voici deux contributions. Transformez-les avec `TfidfVectorizer(stop_words=mots_vides())`
# (appris sur **toutes** les contributions, pour que les mots rares pèsent plus que les mots
# courants), puis rangez dans `similarite_paire` leur similarité cosinus (un nombre).

# %%
# Les deux outils de l'exercice, importés ici : la cellule de réponse peut être remplacée en entier.
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

# Deux contributions de la campagne reformulée par une machine : la colonne « campagne » le dit ici
# parce que les données sont synthétiques (un vrai export ne le dirait pas).
paire = consultation[consultation["campagne"] == "campagne automatisée anti-ZFE"].set_index("identifiant")["texte"].head(2)
for identifiant, texte in paire.items():
    print(f"[{identifiant}] {texte}\n")

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# TfidfVectorizer et cosine_similarity sont importés dans la cellule du dessus.
# Modèle : vectoriseur = TfidfVectorizer(...).fit(tous_les_textes) ; x = vectoriseur.transform(deux_textes)
similarite_paire = None
### BEGIN SOLUTION
vectoriseur = TfidfVectorizer(stop_words=mots_vides()).fit(consultation["texte"])
x_paire = vectoriseur.transform(paire)
similarite_paire = float(cosine_similarity(x_paire[0], x_paire[1])[0, 0])
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# ```python
# vectoriseur = TfidfVectorizer(stop_words=mots_vides()).fit(consultation["texte"])
# x_paire = vectoriseur.transform(paire)
# similarite_paire = float(cosine_similarity(x_paire[0], x_paire[1])[0, 0])
# ```
# `cosine_similarity` renvoie un tableau (une ligne par texte de gauche, une colonne par texte
# de droite) : `[0, 0]` en prend la seule case.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex2_2(similarite_paire, paire, consultation)
### BEGIN HIDDEN TESTS
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from civiclabs import mots_vides

_v = TfidfVectorizer(stop_words=mots_vides()).fit(consultation["texte"])
_z = _v.transform(lab03.paire_de_campagne(consultation))
assert abs(similarite_paire - float(cosine_similarity(_z[0], _z[1])[0, 0])) < 1e-6, "La similarité ne correspond pas aux deux textes de paire."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# **Repérer une campagne.** Une contribution seule qui ressemble à une autre, cela arrive (deux
# personnes qui pensent pareil). Ce qui signale une campagne, c'est une contribution qui
# ressemble à **beaucoup** d'autres. `grouper_campagnes` signale une contribution d'au moins
# 15 mots quand au moins 20 autres lui ressemblent avec une similarité d'au moins 0,54, puis
# regroupe celles qui se ressemblent. Les accords très courts (« +1 ») ne sont pas signalés :
# ils sont trop courts pour juger, et ils répondent à une contribution précise.

# %%
campagnes = grouper_campagnes(consultation["texte"])
fig, ax = plt.subplots()
ax.hist(campagnes["voisins"], bins=np.arange(0, campagnes["voisins"].max() + 10, 5), color=PALETTE[0])
ax.axvline(20, color=PALETTE[5], linestyle="--", label="20 voisines : contribution signalée")
ax.set_yscale("log")
ax.set_title("Combien d'autres contributions ressemblent à chacune ?")
ax.set_xlabel("Nombre de contributions semblables (similarité ≥ 0,54)")
ax.set_ylabel("Nombre de contributions (échelle log)")
graduations_a_la_francaise(ax, "x", decimales=0)
graduations_a_la_francaise(ax, "y", decimales=0)
ax.legend()
plt.show()
signalees = campagnes["signalee"]
lecture(
    f"{format_pourcentage((campagnes['voisins'] < 5).mean())} des contributions ont moins de 5 voisines ; "
    f"{format_nombre(signalees.sum())} en ont 20 ou plus et forment "
    f"{campagnes.loc[signalees, 'groupe'].nunique()} groupes : des campagnes."
)

# %% [markdown]
# ### 🎛️ Régler la similarité
#
# Déplacez le curseur : trop bas, des contributions ordinaires sur le même sujet sont
# fusionnées ; trop haut, les textes reformulés par une machine échappent au regroupement.
# Lisez les exemples de chaque groupe.

# %%
curseur_similarite(consultation, campagnes=campagnes);

# %% [markdown]
# *Sans le widget* : `grouper_campagnes(consultation["texte"], seuil=0.20)["signalee"].sum()`
# compte les contributions fusionnées au seuil de 0,20 (changez la valeur).

# %% [markdown]
# ### 📝 Exercice 2.3 — Des voix, pas des copies (2 points)
#
# Pour chaque groupe (`campagnes["groupe"]`, parmi les contributions signalées), rangez dans
# `copies_par_groupe` le **nombre de contributions**, et dans `voix_par_groupe` le **nombre
# d'auteur·es distinct·es** (colonne `auteur`, méthode `.nunique()`).

# %% nbgrader={"grade": false, "grade_id": "ex2_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
copies_par_groupe = None
voix_par_groupe = None
### BEGIN SOLUTION
membres = consultation[campagnes["signalee"]].assign(groupe=campagnes["groupe"])
copies_par_groupe = membres.groupby("groupe").size()
voix_par_groupe = membres.groupby("groupe")["auteur"].nunique()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# ```python
# membres = consultation[campagnes["signalee"]].assign(groupe=campagnes["groupe"])
# copies_par_groupe = membres.groupby("groupe").size()
# voix_par_groupe = membres.groupby("groupe")["auteur"].nunique()
# ```
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex2_3(copies_par_groupe, voix_par_groupe, consultation, campagnes)
### BEGIN HIDDEN TESTS
_signalees = campagnes[campagnes["signalee"]]
_auteurs = consultation.loc[_signalees.index, "auteur"].groupby(_signalees["groupe"]).nunique()
assert all(int(voix_par_groupe[g]) == int(_auteurs[g]) for g in _auteurs.index), "Le nombre de voix par groupe ne correspond pas."
assert all(int(copies_par_groupe[g]) == int((_signalees["groupe"] == g).sum()) for g in _auteurs.index), "Le nombre de contributions par groupe ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le groupe aux nombreuses contributions et aux rares comptes a une autre signature : le temps.

# %%
jours = consultation["date"].dt.floor("D")
par_jour = pd.DataFrame({
    "contributions ordinaires": (~signalees).groupby(jours).sum(),
    "contributions signalées comme campagne": signalees.groupby(jours).sum(),
})
fig, ax = plt.subplots()
ax.stackplot(par_jour.index.to_pydatetime(), par_jour.T.to_numpy(), labels=par_jour.columns,
             colors=[PALETTE[0], PALETTE[5]])
ax.xaxis.set_major_locator(mdates.MonthLocator())
ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"1er {MOIS[mdates.num2date(x).month - 1]}"))
graduations_a_la_francaise(ax, "y", decimales=0)
ax.set_title("Contributions déposées chaque jour")
ax.set_xlabel("Jour")
ax.set_ylabel("Nombre de contributions")
ax.legend(loc="upper left")
plt.show()
pic = par_jour["contributions signalées comme campagne"].idxmax()
lecture(
    f"le {pic.day} {MOIS[pic.month - 1]} {pic.year}, {int(par_jour.loc[pic].iloc[1])} contributions signalées "
    "en un jour : un dépôt groupé, qui n'apparaît pas comme tel dans un simple comptage."
)

# %% [markdown]
# Une **pétition** et une **campagne automatisée** ne se traitent pas de la même façon : la
# pétition réunit de vraies personnes autour d'un texte commun (ses signataires comptent, une
# fois chacun·e, pour une même idée) ; la campagne automatisée fait passer quelques comptes
# pour une foule. Dans les deux cas, la synthèse le dit au lieu de compter chaque copie comme
# une voix de plus. `nature_des_campagnes` les distingue : un groupe qui réunit presque autant
# de personnes que de textes est une pétition ; peu de comptes pour beaucoup de textes, une
# campagne coordonnée.

# %%
nature = nature_des_campagnes(consultation, campagnes)
for genre_de_groupe in ("pétition", "campagne coordonnée"):
    membres_nature = consultation[nature == genre_de_groupe]
    print(f"{genre_de_groupe} : {format_nombre(len(membres_nature))} contributions, "
          f"{format_nombre(membres_nature['auteur'].nunique())} voix (auteur·es distinct·es)")
coordonnees = (nature == "campagne coordonnée").to_numpy()

# %% [markdown]
# ## 3. Les thèmes
#
# On cherche maintenant de quoi parlent les contributions. La **NMF** (factorisation en
# matrices non négatives) découpe le tableau TF-IDF en un petit nombre de thèmes : chaque
# thème est une liste de mots qui apparaissent souvent ensemble, et chaque contribution reçoit
# le thème dont elle est la plus proche. On l'apprend sur les **textes distincts** : une seule copie par
# texte, sans les campagnes ni les accords de moins de 5 mots, pour qu'un texte copié 300 fois
# ne devienne pas 300 fois un thème. (Attention : un « texte distinct » n'est pas une « voix » ;
# dans tout le lab, une **voix** est une personne, un·e auteur·e distinct·e.)

# %%
textes_distincts = (~doublons.duplicated() & ~campagnes["signalee"]
                    & (consultation["texte"].str.split().str.len() >= 5)).to_numpy()
print(f"{format_nombre(textes_distincts.sum())} textes distincts sur {format_nombre(len(consultation))} contributions.")

# %% [markdown]
# **Combien de thèmes ?** La machine en trouve autant qu'on lui en demande. Un indice utile :
# la **stabilité**. On calcule les thèmes deux fois, avec deux départs au hasard différents ;
# si les mêmes contributions se retrouvent ensemble, les thèmes décrivent quelque chose de
# solide ; sinon, ils dépendent du hasard du calcul.

# %%
stabilite = stabilite_themes(consultation.loc[textes_distincts, "texte"], valeurs=(4, 8, 12, 16, 20),
                             taille=1000, graine=GRAINE)
tracer_stabilite(stabilite, choix=NB_THEMES)
plt.show()
_stab = stabilite.set_index("nb_themes")["stabilite"]
lecture(
    "stabilité selon le nombre de thèmes : "
    + ", ".join(f"{k} → {format_nombre(v, 2, garder_zeros=True)}" for k, v in _stab.items())
    + f". La plus stable : {_stab.idxmax()} thèmes"
    + (f" ; à {NB_THEMES} thèmes, {format_nombre(_stab[NB_THEMES], 2, garder_zeros=True)}"
       + (", le plus bas de la courbe" if _stab.idxmin() == NB_THEMES else "") if NB_THEMES in _stab.index else "")
    + ". La courbe ne désigne pas seule le bon nombre : elle ne dit pas si les thèmes se nomment, ni "
    f"s'ils sont trop larges pour être utiles. Le cours garde {NB_THEMES} thèmes, qu'un·e élu·e peut nommer "
    "(exercice 3.2) ; le curseur plus bas en essaie d'autres. "
    + (f"Pourquoi pas {_stab.idxmax()} ? Chaque thème y réunirait en moyenne "
       f"{format_nombre(round(int(textes_distincts.sum()) / _stab.idxmax()))} textes distincts, contre "
       f"{format_nombre(round(int(textes_distincts.sum()) / NB_THEMES))} à {NB_THEMES} : "
       + ("des sujets différents seraient fondus sous un même nom, stable mais inutile pour décider. "
          if _stab.idxmax() < NB_THEMES else
          f"pour {consultation['theme_reference'].nunique()} sujets dans la vérité de référence du jeu de "
          "données, des sujets seraient coupés en thèmes proches, plus de noms à relire pour des élu·es qui "
          "veulent une vue d'ensemble. ")
       + "La stabilité est un indice parmi d'autres ; ce qui décide, c'est qu'on puisse nommer chaque thème à "
       "partir de ses citations."
       if _stab.idxmax() != NB_THEMES else
       "La stabilité est un indice parmi d'autres ; ce qui décide, c'est qu'on puisse nommer chaque thème à "
       "partir de ses citations.")
)

# %% [markdown]
# ### 📝 Exercice 3.1 — Extraire les thèmes (2 points)
#
# Rangez dans `themes` le résultat de `extraire_themes` sur **toutes** les contributions
# (`consultation["texte"]`), avec `nb_themes=NB_THEMES`, `graine=GRAINE`, et appris sur les
# textes distincts seulement : `apprendre_sur=textes_distincts`. Nommez chaque réglage
# (`nb_themes=…`) : sans nom, Python les range dans l'ordre et se trompe de place.

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
themes = None
### BEGIN SOLUTION
themes = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=textes_distincts)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=textes_distincts)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex3_1(themes, consultation, textes_distincts, NB_THEMES, GRAINE)
### BEGIN HIDDEN TESTS
from sklearn.metrics import normalized_mutual_info_score

from civiclabs import format_nombre

_ordinaires = ((consultation["campagne"] == "aucune") & ~consultation["accord_court"]).to_numpy()
_nmi = normalized_mutual_info_score(consultation["theme_reference"][_ordinaires], themes.etiquettes[_ordinaires])
assert _nmi >= 0.45, f"Les thèmes s'accordent peu avec les thèmes de référence (information mutuelle {format_nombre(_nmi, 2)}, attendu 0,45 au moins)."
_accords = consultation["accord_court"].to_numpy()
assert all(_accords[(themes.etiquettes == _k).to_numpy()].mean() < 0.5 for _k in themes.mots_cles), "Un thème est fait d'accords courts : apprenez sur les textes distincts (apprendre_sur=textes_distincts)."
assert not any("bellerive" in m[:3] for m in themes.mots_cles.values()), "Un thème n'est qu'une pétition recopiée : apprenez sur les textes distincts (apprendre_sur=textes_distincts)."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Pour que la suite ne dépende pas de votre exercice, le cours calcule **les mêmes thèmes**
# (`themes_cours`). Voici chacun, avec ses mots-clés et trois citations représentatives
# (d'auteur·es différent·es, hors campagnes), identifiants compris.

# %%
themes_cours = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=textes_distincts)
citations = citations_representatives(consultation, themes_cours, n=3, exclure=campagnes["signalee"])
for _, theme in themes_cours.tableau().iterrows():
    print(f"Thème {theme['theme']} ({theme['contributions']} contributions) : {theme['mots_cles']}")
    for _, c in citations[citations["theme"] == theme["theme"]].iterrows():
        print(f"    [{c['identifiant']}] {abreger(c['texte'], 150)}")

# %% [markdown]
# ### 🎛️ Choisir le nombre de thèmes
#
# Le curseur recalcule les thèmes : lisez leurs mots-clés. À partir de quand deviennent-ils
# trop fins pour être nommés ? Les petits thèmes (accessibilité, sécurité la nuit…)
# apparaissent-ils ?

# %%
curseur_nombre_themes(consultation["texte"], stabilite, valeur=NB_THEMES, graine=GRAINE,
                      apprendre_sur=textes_distincts, themes=themes_cours);

# %% [markdown]
# *Sans le widget* : `extraire_themes(consultation["texte"], nb_themes=8, graine=GRAINE,
# apprendre_sur=textes_distincts).tableau()` donne les mêmes mots-clés pour 8 thèmes.
#
# Lisez aussi les petits thèmes avec méfiance : certains ne sont faits que de **phrases types
# répétées** ou de messages très brefs (« Bus 12 toujours à la bourre », « piétonniser le
# centre, oui ») qui reviennent dans beaucoup de contributions sans en dire tout le sujet. Ce sont des artefacts de la méthode : les
# citations permettent de les reconnaître, et le nom que vous leur donnez doit le dire.

# %% [markdown]
# ### 📝 Exercice 3.2 — Nommer les thèmes (1 point)
#
# La machine donne des mots, pas des noms. Écrivez dans `noms_themes` un dictionnaire
# `{numéro du thème: "nom"}` qui donne à **chaque** thème (numéros 0 à 11) un nom
# compréhensible par un·e élu·e (au moins deux mots, tous les noms différents), à partir de
# ses mots-clés et de ses citations. Écrivez vos noms : ni des étiquettes (« Thème 3 »,
# « Thème un », « Sujet A »), ni les mots-clés de la machine recopiés.
#
# Chaque nom reprend **au moins un mot employé dans les contributions** (« Métropole, Région,
# État » plutôt que « Répartition des compétences », que personne n'a écrit), et le plus
# souvent un mot **fréquent dans les contributions de son thème** : le test le vérifie, ce qui
# repère aussi des noms décalés d'un numéro. Même un thème fait de phrases types se nomme avec
# ses mots (« Phrase type : venir prendre le bus un lundi matin ») ; un nom qui commence par
# « Phrase type » est une décision : la synthèse (section 6) écarte ce thème, et range ses
# contributions dans le thème le plus proche ou « à relire ». La décision inverse existe aussi :
# si la synthèse écarte comme phrase type un thème que vous avez relu et jugé réel,
# `synthetiser(…, garder=[numéro])` le garde, et le rapport dit que l'équipe l'a gardé.

# %% nbgrader={"grade": false, "grade_id": "ex3_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : noms_themes = {0: "Tram et lignes de bus", 1: "…", ...}
noms_themes = None
### BEGIN SOLUTION
noms_themes = {
    0: "Vélo et pistes cyclables",
    1: "Lignes de bus et de tram, arrêts et horaires",
    2: "ZFE, vignettes Crit'Air et pollution",
    3: "Stationnement, parkings relais et places",
    4: "Messages courts : parkings relais gratuits, bus le soir",
    5: "Piétons, trottoirs et cheminements",
    6: "Tarifs, tickets et abonnements",
    7: "« Oui » brefs : tram aux Hauts-de-Sorgue, santé publique",
    8: "Vitesse, carrefours et accidents",
    9: "Livraisons, livreurs et colis",
    10: "Remarques brèves : « pensez-y », trop cher, trop vite",
    11: "Avis d'ensemble sur le plan et le centre-ville",
}
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Un nom par numéro, de 0 à NB_THEMES − 1 : `{0: "Tram et lignes de bus", 1: "Vélo et pistes
# cyclables", …}`. Relisez les mots-clés et les citations affichés plus haut, et prenez vos
# mots dans les citations du thème. Pour savoir si un mot est employé, et dans quels textes :
# `filtrer_contributions(consultation, mot="matin")`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_2_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex3_2(noms_themes, themes_cours, consultation, NB_THEMES, campagnes)
### BEGIN HIDDEN TESTS
import re

from civiclabs import sans_accents


def _simple(texte):
    return " " + re.sub(r"[^0-9a-z]+", " ", sans_accents(str(texte).lower())) + " "


_textes = consultation["texte"].map(_simple)
for _k, _nom in noms_themes.items():
    assert not re.search(r" (theme|sujet|groupe|categorie|cluster|topic)s? (n |no |numero )?([0-9]+|un|une|deux|trois) ",
                         _simple(_nom)), f"Le nom du thème {_k} est une étiquette, pas un nom : « {_nom} »."
    assert not re.search(r" (theme|sujet|groupe|categorie)s? [a-z] $", _simple(_nom)), f"Le nom du thème {_k} est une étiquette, pas un nom : « {_nom} »."
    _mots = [m for m in _simple(_nom).split() if len(m) >= 2 and m.isalpha()]
    assert any(_textes.str.contains(" " + m[:5], regex=False).any() for m in _mots), f"Aucun mot du nom du thème {_k} (« {_nom} ») n'apparaît dans les contributions."
assert all(_simple(v) != _simple(themes_cours.noms.get(k, "")) for k, v in noms_themes.items()), "Un nom recopie les mots-clés de la machine au lieu de nommer le thème."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Pour la suite, le cours emploie **vos noms** partout (graphiques, synthèse, rapport) si
# l'exercice est fait, sinon les noms provisoires de la machine (les trois premiers mots-clés).

# %%
noms_cours = noms_themes if isinstance(noms_themes, dict) else themes_cours.noms

# %% [markdown]
# ## 4. Voix minoritaires et signaux faibles
#
# Une synthèse pressée garde les **cinq plus grands thèmes**. Que perd-on ?

# %% [markdown]
# ### 📝 Exercice 4.1 — Ce qu'un « top 5 » laisse de côté (2 points)
#
# Complétez la fonction `part_hors_top5(themes_des_textes)` : elle reçoit une colonne qui
# donne le thème de chaque texte, et renvoie la **part des textes dont le thème n'est pas l'un
# des cinq thèmes les plus fréquents** de cette colonne (un nombre entre 0 et 1). La cellule
# l'applique aux thèmes des textes distincts (`themes_cours.etiquettes[textes_distincts]`) et
# range le résultat dans `part_oubliee`.
#
# À l'intérieur de la fonction, n'utilisez que `themes_des_textes` (ce qu'elle reçoit), jamais
# `themes_cours` ni un nombre recopié : le test l'essaie sur d'autres découpages en thèmes,
# et les tests cachés sur une consultation qu'elle n'a jamais vue.

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : top5 = … ; return float(… .mean())
def part_hors_top5(themes_des_textes):
    """La part des textes dont le thème n'est pas l'un des cinq plus fréquents (entre 0 et 1)."""
    ### BEGIN SOLUTION
    top5 = themes_des_textes.value_counts().index[:5]
    return float((~themes_des_textes.isin(top5)).mean())
    ### END SOLUTION


part_oubliee = None  # remplie par la ligne suivante quand la fonction est complétée
part_oubliee = part_hors_top5(themes_cours.etiquettes[textes_distincts])

# %% [markdown]
# <details><summary>Indice</summary>
#
# `themes_des_textes.value_counts()` range les thèmes du plus fréquent au moins fréquent ; les
# cinq premiers : `top5 = themes_des_textes.value_counts().index[:5]` (pas les numéros 0 à 4).
# Puis la part des textes qui n'y sont pas : `~themes_des_textes.isin(top5)` vaut vrai pour
# chacun d'eux, et `.mean()` en donne la part. Les deux lignes, en retrait de quatre espaces
# sous le `def` : `top5 = …` puis `return float((~themes_des_textes.isin(top5)).mean())`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex4_1(part_hors_top5, part_oubliee, themes_cours, textes_distincts, consultation)
### BEGIN HIDDEN TESTS
import pandas as pd

from civiclabs.corpus import generer_consultation

_vc = themes_cours.etiquettes[textes_distincts].value_counts()
assert abs(part_oubliee - _vc.iloc[5:].sum() / _vc.sum()) < 1e-9, "La part hors top 5 ne correspond pas."
# La fonction, sur les thèmes de référence d'une consultation qu'elle n'a jamais vue.
_nouvelle = generer_consultation(n=2000, graine=4242)["theme_reference"].astype(str)
_vc = _nouvelle.value_counts()
assert abs(part_hors_top5(_nouvelle.copy()) - _vc.iloc[5:].sum() / _vc.sum()) < 1e-9, "Sur une consultation jamais vue, part_hors_top5 ne donne pas la part hors des cinq thèmes les plus fréquents."
_petite = pd.Series([3, 3, 3, 1, 1, 7, 7, 2, 9, 5, 8, 8])
assert abs(part_hors_top5(_petite.copy()) - 2 / 12) < 1e-9, "Sur douze étiquettes, part_hors_top5 ne donne pas la part hors des cinq plus fréquentes."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Et certaines voix ne forment même pas un thème. Cherchons les contributions qui parlent de
# handicap (fauteuil roulant, malvoyant, aveugle…) : où la machine les a-t-elle rangées ?

# %%
handicap = consultation[consultation["texte"].str.contains(
    "handicap|malvoyant|fauteuil roulant|aveugle", case=False)]
ou = themes_cours.etiquettes[handicap.index].map(noms_cours).value_counts()
diagramme_barres(ou, titre="Les contributions qui parlent de handicap, par thème trouvé",
                 axe_categories="Thème trouvé par la machine", axe_valeurs="Nombre de contributions")
plt.show()
lecture(
    f"{len(handicap)} contributions parlent de handicap, dispersées dans {len(ou)} thèmes (la plus grosse "
    f"part, {format_pourcentage(ou.iloc[0] / ou.sum())}, dans « {ou.index[0]} ») : aucun thème ne les "
    "rassemble, et un top 5 les noierait dans des thèmes plus larges."
)

# %% [markdown]
# **La règle qui garde les voix minoritaires.** La machine ne les isole pas seule : il faut une
# **règle décidée par l'équipe**, annoncée à l'avance, et appliquée quoi qu'il arrive :
# 1. tout thème trouvé qui rassemble peu de contributions (moins de 3 %) est **gardé** et
#    marqué « petit thème » ;
# 2. des **sujets de vigilance** (ici : accessibilité des personnes handicapées, sécurité des
#    femmes la nuit), choisis avec les associations et la charte de la concertation, sont
#    cherchés par leurs mots, et ont leur ligne dans la synthèse dès 3 contributions, même
#    s'ils ne concernent que quelques dizaines de contributions (en dessous, ils sont listés
#    parmi les écartés, avec le nombre trouvé).
#
# ### 📝 Exercice 4.2 — Votre règle de vigilance (2 points)
#
# Écrivez dans `ma_vigilance` un dictionnaire avec les deux sujets, exactement nommés
# `"Accessibilité des personnes handicapées"` et `"Sécurité des femmes la nuit"` ; pour chacun,
# une liste d'au moins 4 **débuts de mots** (« harcel » trouve « harcèlement », « harcelée » ;
# majuscules et accents ignorés). Choisissez des mots **propres au sujet** : « nuit » ou
# « soir » trouveraient surtout des demandes de bus tardifs. Attention aux **débuts de mots** :
# « seule » trouve aussi « seulement », « aide » trouve « aider » et « aidant ». Puis rangez
# dans `minorites` le résultat de `reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)`.
#
# Vos mots viennent des contributions : chacun en trouve au moins une (un bouche-trou comme
# « xxx », un mot que personne n'a écrit ou un mot vide comme « les » est refusé), et chaque
# sujet a au moins 4 débuts de mots **différents** (« harcèlement » n'ajoute rien à
# « harcel »).
#
# Le test vérifie la **précision** de votre règle : parmi les contributions trouvées, au
# moins la moitié doivent vraiment parler du sujet (le jeu de données le sait : colonne
# `theme_reference`), et elle doit en retrouver au moins la moitié. Il le vérifie sur la
# consultation du cours, puis rejoue votre règle sur une **autre consultation**, générée de
# la même façon avec une autre graine : des mots propres au sujet y marchent aussi.
#
# Choisissez vos mots **en lisant des contributions** (`filtrer_contributions(consultation,
# mot="fauteuil")`), pas en filtrant sur `theme_reference` : sur une vraie concertation, cette
# colonne n'existe pas, et une règle réglée sur elle ne vaut que pour ce jeu de données.

# %% nbgrader={"grade": false, "grade_id": "ex4_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
ma_vigilance = None
minorites = None
### BEGIN SOLUTION
ma_vigilance = {
    "Accessibilité des personnes handicapées": ["annonces sonores", "plancher bas", "autiste", "canne blanche",
                                                "handicap mental", "bandes de guidage", "heurte", "malentendant",
                                                "escalator", "braille", "sourd", "podotactile", "aveugle",
                                                "malvoyant"],
    "Sécurité des femmes la nuit": ["harcel", "médiation", "exploratoire", "suivie",
                                    "arrêt à la demande", "arrêt sur demande", "descente entre"],
}
minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Lisez des contributions qui parlent du sujet et notez les mots qui reviennent, par exemple :
# `filtrer_contributions(consultation, mot="fauteuil")["texte"].head(10).tolist()` (ou le
# widget du début). « fauteuil » est une bonne porte d'entrée pour lire, pas un bon mot de règle :
# des personnes en fauteuil écrivent aussi sur un tarif ou un horaire, et le mot les trouve. Pour tester un mot seul : `filtrer_contributions(consultation, mot="nuit")`
# en trouve-t-il surtout sur le sujet, ou sur autre chose ? Un mot général (« handicap »,
# « femme ») revient aussi dans des contributions sur d'autres sujets : préférez des mots
# précis. Modèle : `{"Accessibilité des personnes handicapées": ["malvoyant", …], "Sécurité
# des femmes la nuit": ["harcel", …]}`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex4_2(ma_vigilance, minorites, consultation)
### BEGIN HIDDEN TESTS
import pandas as pd

from civiclabs import format_pourcentage, reperer_minorites
from civiclabs.corpus import generer_consultation

# La règle, rejouée sur une troisième consultation, jamais vue.
_nouvelle = generer_consultation(n=6000, graine=4343)
_ref = pd.Series(_nouvelle["theme_reference"].astype(str).to_numpy(), index=_nouvelle["identifiant"].astype(str).to_numpy())
_m = reperer_minorites(_nouvelle, None, vigilance=ma_vigilance)
for _s in ["Accessibilité des personnes handicapées", "Sécurité des femmes la nuit"]:
    _ids = list(_m.loc[_m["signal"] == _s, "identifiants"].iloc[0]) if (_m["signal"] == _s).any() else []
    _precision = (_ref.reindex(_ids) == _s).mean() if _ids else 0.0
    _rappel = len(set(_ids) & set(_ref.index[_ref == _s])) / (_ref == _s).sum()
    assert _precision >= 0.35, f"Sur une consultation jamais vue, seulement {format_pourcentage(_precision)} des contributions trouvées pour « {_s} » en parlent vraiment : des mots trop généraux."
    assert _rappel >= 0.35, f"Sur une consultation jamais vue, votre règle ne retrouve que {format_pourcentage(_rappel)} des contributions sur « {_s} »."
    for _mot in ma_vigilance[_s]:
        assert not reperer_minorites(consultation, None, vigilance={_s: [_mot]}, contributions_min=1).empty, f"« {_mot} » n'apparaît dans aucune contribution."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 5. Positions et questions fermées
#
# Dans cette consultation, l'équipe d'analyse a codé la **position** de chaque contribution
# (colonne `position`) : **pour**, **contre** ou **nuancé** vis-à-vis de la **mesure du plan
# dont la contribution parle** (le prolongement du tram, la ZFE, la suppression de places…).
# « Contre » dans le thème du stationnement veut donc dire « contre la mesure du plan sur le
# stationnement », pas « contre le stationnement ».
#
# Comptons-les dans les **lignes de thème de la synthèse** (section 6), où chaque contribution
# n'est rangée qu'une fois : les campagnes, les accords courts (« +1 »), les sujets de vigilance
# et les textes « à relire » ont leur propre place, et les thèmes faits de **phrases types**
# (repérés par la machine, ou que vous avez nommés « Phrase type : … ») n'ont pas de ligne
# (leurs contributions vont au thème le plus proche ou « à relire »). Le cours
# calcule cette synthèse dès maintenant, avec vos noms de thèmes (3.2) et votre règle de
# vigilance (4.2) si vous les avez donnés, sinon ceux de la machine et la règle du cours.

# %%
minorites_cours = minorites if isinstance(minorites, pd.DataFrame) else reperer_minorites(consultation, themes_cours)
synthese_cours = synthetiser(consultation, themes_cours, campagnes, minorites_cours, noms=noms_cours)
lignes_de_theme = synthese_cours[synthese_cours["rubrique"] == "thème"]
ligne_de = pd.Series({i: ligne["intitule"] for _, ligne in lignes_de_theme.iterrows() for i in ligne["identifiants"]})
dans_un_theme = consultation[consultation["identifiant"].isin(ligne_de.index)]
theme_de_ligne = dans_un_theme["identifiant"].map(ligne_de).rename("thème")
comptes_positions = pd.crosstab(theme_de_ligne, dans_un_theme["position"].astype(str))[["pour", "contre", "nuancé"]]
comptes_positions = comptes_positions.loc[
    (comptes_positions["contre"] / comptes_positions.sum(axis=1)).sort_values(ascending=False).index]
tracer_positions(comptes_positions, titre="Positions sur la mesure évoquée, par ligne de thème de la synthèse")
plt.show()
_part_contre = comptes_positions["contre"] / comptes_positions.sum(axis=1)
ecartes_cours = synthese_cours[synthese_cours["rubrique"] == "écarté"]
_sans_ligne = ecartes_cours[ecartes_cours["numero_theme"] >= 0]
lecture(
    f"les {len(comptes_positions)} lignes de thème sont rangées par part de « contre » : « {_part_contre.index[0]} » "
    f"a la plus forte part de contributions opposées à la mesure évoquée ({format_pourcentage(_part_contre.iloc[0])}), "
    f"« {_part_contre.index[-1]} » la plus faible ({format_pourcentage(_part_contre.iloc[-1])}). Une position "
    "« nuancée » n'est ni pour ni contre : la résumer en « majorité pour » trahirait une partie des voix."
    + ("" if _sans_ligne.empty else
       f" Les thèmes de la machine qui n'ont pas de ligne ({len(_sans_ligne)}, liste et raison en section 6) "
       "ne sont pas dans ce graphique.")
)

# %% [markdown]
# Les mêmes parts, **pondérées** par `poids` (section 1) : la part de « contre » change-t-elle ?

# %%
positions_ponderees = pd.crosstab(theme_de_ligne, dans_un_theme["position"].astype(str),
                                  values=poids[dans_un_theme.index], aggfunc="sum", normalize="index")
contre_brut_pondere = pd.DataFrame({
    "contre (brut)": _part_contre,
    "contre (pondéré âge × genre)": positions_ponderees["contre"].reindex(_part_contre.index),
})
_ecart_pondere = (contre_brut_pondere.iloc[:, 1] - contre_brut_pondere.iloc[:, 0]).abs()
display(contre_brut_pondere.style.format(lambda v: format_pourcentage(v)))
lecture(
    f"la pondération déplace la part de « contre » d'au plus {accorder(round(100 * _ecart_pondere.max(), 1), 'point')} "
    f"(« {_ecart_pondere.idxmax()} ») : redresser l'âge et le genre "
    + ("change peu ce tableau." if _ecart_pondere.max() < 0.03 else "change ce tableau : dites lequel vous citez.")
)

# %% [markdown]
# La consultation posait aussi une **question fermée** : « Êtes-vous favorable à l'extension de
# la zone à faibles émissions en 2027 ? » (oui / non / sans avis).
#
# ### 📝 Exercice 5.1 — Avec et sans pondération (2 points)
#
# Rangez dans `zfe_brut` la part de chaque réponse à `question_zfe` parmi les contributions
# (`value_counts(normalize=True)`). Pour la même part **pondérée**, complétez la fonction
# `part_ponderee(reponses, poids)` : elle reçoit une colonne de réponses et une colonne de
# poids (une case par contribution), et renvoie, pour chaque réponse, la somme des poids des
# contributions qui l'ont donnée, divisée par la somme de tous les poids. (Pas la moyenne des
# poids : une moyenne par réponse ne dit pas combien de personnes l'ont donnée.) La cellule
# l'applique à la question ZFE avec `poids` (section 1) et range le résultat dans
# `zfe_pondere`.
#
# Dans la fonction, n'utilisez que `reponses` et `poids` (ce qu'elle reçoit), jamais
# `consultation` : le test l'essaie sur l'autre question fermée (`question_transports`) et
# avec d'autres poids (`poids_qp`), les tests cachés sur une consultation qu'elle n'a jamais vue.

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return (somme des poids par réponse) / (somme de tous les poids)
def part_ponderee(reponses, poids):
    """Pour chaque réponse, la somme des poids des lignes qui l'ont donnée, divisée par la somme
    de tous les poids."""
    ### BEGIN SOLUTION
    return poids.groupby(reponses).sum() / poids.sum()
    ### END SOLUTION


reponses_zfe = consultation["question_zfe"].astype(str)
zfe_brut = None
zfe_pondere = None  # remplie par la dernière ligne quand la fonction est complétée
# zfe_brut = … : la part de chaque réponse parmi les contributions, sans pondération
### BEGIN SOLUTION
zfe_brut = reponses_zfe.value_counts(normalize=True)
### END SOLUTION
zfe_pondere = part_ponderee(reponses_zfe, poids)

# %% [markdown]
# <details><summary>Indice</summary>
#
# `poids.groupby(reponses).sum()` donne la somme des poids par réponse ; divisez par
# `poids.sum()`. La ligne complète, en retrait de quatre espaces sous le `def` :
# `return poids.groupby(reponses).sum() / poids.sum()`. Pour `zfe_brut` :
# `zfe_brut = reponses_zfe.value_counts(normalize=True)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex5_1(part_ponderee, zfe_brut, zfe_pondere, consultation, poids, poids_qp)
### BEGIN HIDDEN TESTS
from civiclabs import charger_population, ponderer
from civiclabs.corpus import generer_consultation

_r = consultation["question_zfe"].astype(str)
_pondere_attendu = poids.groupby(_r).sum() / poids.sum()
assert all(abs(float(zfe_pondere[k]) - _pondere_attendu[k]) < 1e-6 for k in _pondere_attendu.index), "La part pondérée ne correspond pas aux poids de la section 1."
assert all(abs(float(zfe_brut[k]) - _r.value_counts(normalize=True)[k]) < 1e-9 for k in _pondere_attendu.index), "La part brute ne correspond pas."
# La fonction, sur une consultation jamais vue et ses propres poids.
_nouvelle = generer_consultation(n=3000, graine=4444)
_poids = ponderer(_nouvelle, charger_population(), ("tranche_age", "genre"))
for _colonne in ("question_zfe", "question_transports"):
    _rep = _nouvelle[_colonne].astype(str)
    _obtenu = part_ponderee(_rep.copy(), _poids.copy())
    _attendu = _poids.groupby(_rep).sum() / _poids.sum()
    assert all(abs(float(_obtenu[k]) - _attendu[k]) < 1e-9 for k in _attendu.index), f"Sur une consultation jamais vue, part_ponderee ne donne pas les parts pondérées de « {_colonne} »."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# **Par contribution ou par personne ?** L'exercice compte une réponse par **contribution** :
# une personne qui a écrit trois fois compte trois fois, et les 37 comptes de la campagne
# coordonnée pèsent plus de 300 réponses. Pour une question fermée, la règle juste est **une
# réponse par personne** (sa dernière). Le tableau suivant compare les façons de compter ; les
# signataires de la pétition restent compté·es (une fois chacun·e) : ce sont de vraies personnes.

# %%
_r = consultation["question_zfe"].astype(str)
_une_par_personne = ~consultation["auteur"].duplicated(keep="last")
_sans_coord = ~coordonnees
comparaison_zfe = pd.DataFrame({
    "par contribution": _r.value_counts(normalize=True),
    "par contribution, pondéré": poids.groupby(_r).sum() / poids.sum(),
    "une réponse par personne": _r[_une_par_personne].value_counts(normalize=True),
    "par personne, pondéré, sans campagne coordonnée": (
        poids[_une_par_personne & _sans_coord].groupby(_r[_une_par_personne & _sans_coord]).sum()
        / poids[_une_par_personne & _sans_coord].sum()),
}).loc[["oui", "non", "sans avis"]]
ax = comparaison_zfe.plot.bar(color=[PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3]], rot=0)
ax.set_ylim(0, 0.6)
graduations_a_la_francaise(ax, "y", pourcentage=True)
ax.set_title("Extension de la ZFE en 2027 : les réponses selon la façon de compter")
ax.set_xlabel("Réponse")
ax.set_ylabel("Part des réponses")
ax.legend(fontsize=8)
plt.show()
_non = comparaison_zfe.loc["non"]
lecture(
    f"« non » : {format_pourcentage(_non.iloc[0], 1)} par contribution, {format_pourcentage(_non.iloc[1], 1)} "
    f"pondéré (le redressement âge × genre change {format_nombre(100 * abs(_non.iloc[1] - _non.iloc[0]), 1)} "
    f"point{'s' if abs(_non.iloc[1] - _non.iloc[0]) >= 0.02 else ''}), {format_pourcentage(_non.iloc[2], 1)} une réponse par personne, "
    f"{format_pourcentage(_non.iloc[3], 1)} par personne sans la campagne coordonnée. Ce qui change "
    f"le résultat ({format_nombre(100 * (_non.max() - _non.min()), 1)} points d'écart au plus), c'est de compter "
    "des personnes plutôt que des textes ; la synthèse doit dire laquelle elle emploie."
)

# %% [markdown]
# ## 6. Une synthèse traçable
#
# Chaque ligne de la synthèse dit combien de contributions et combien de **voix** (personnes
# distinctes) la portent, la répartition des positions, et **cite** des contributions
# représentatives (colonne `citations` : celles qui pèsent le plus dans le thème, ou que la
# règle de vigilance a trouvées) ; la colonne `identifiants` les liste **toutes** : un·e élu·e,
# un·e journaliste ou un·e habitant·e peut aller vérifier. Un petit thème garde sa ligne, sous
# votre nom, marquée `petit_theme` ; pétitions et campagnes coordonnées sont séparées (`nature`).
#
# ### 📝 Exercice 6.1 — Le tableau de synthèse (3 points)
#
# Rangez dans `synthese` le résultat de `synthetiser(consultation, themes_cours, campagnes,
# minorites, noms=noms_themes)`.

# %% nbgrader={"grade": false, "grade_id": "ex6_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
synthese = None
### BEGIN SOLUTION
synthese = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `synthese = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes)` ;
# les exercices 3.2 et 4.2 doivent avoir été faits (`noms_themes`, `minorites`).
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex6_1(synthese, consultation, campagnes, minorites, noms_themes)
### BEGIN HIDDEN TESTS
import pandas as pd

from civiclabs import evaluer_minorites

_theme_de = pd.Series(themes_cours.etiquettes.map(noms_themes).to_numpy(), index=consultation["identifiant"].astype(str).to_numpy())
for _, _l in synthese[synthese["rubrique"] == "thème"].iterrows():
    assert (_theme_de.reindex(list(_l["citations"])) == _l["intitule"]).all(), f"Une citation de la ligne « {_l['intitule']} » n'appartient pas à ce thème."
_mesure = evaluer_minorites(synthese, consultation)
assert _mesure["rappel"] == 1.0, f"Une ligne de vigilance cite surtout des contributions hors sujet : {_mesure['lignes']}."
assert all(set(c) <= set(i) for c, i in zip(synthese["citations"], synthese["identifiants"])), "Une ligne cite une contribution qu'elle ne compte pas."
### END HIDDEN TESTS
bravo(message)

# %%
# La synthèse du cours, calculée en section 5 : les lignes où chaque contribution est rangée.
colonnes = ["rubrique", "intitule", "contributions", "voix", "pour", "contre", "nuancé", "petit_theme", "nature"]
synthese_cours.loc[synthese_cours["au_total"], colonnes].style.format(
    {"contributions": format_nombre, "voix": format_nombre, "pour": format_pourcentage,
     "contre": format_pourcentage, "nuancé": format_pourcentage,
     "petit_theme": lambda v: "oui" if v else "", "nature": lambda v: v or ""}, na_rep="")

# %% [markdown]
# La synthèse ne calcule les positions (`pour`, `contre`, `nuancé`) que pour les lignes de
# thème : les autres lignes (campagnes, sujets de vigilance, accords courts, « à relire ») ont
# ces cases vides.
#
# ### La comptabilité : où est rangée chaque contribution ?
#
# Une synthèse qui perd des contributions en route ne le dit jamais d'elle-même. Celle-ci range
# chaque contribution reçue à **une seule place**, dans cet ordre : texte vide ou illisible,
# campagne ou pétition, sujet de vigilance, accord court, thème de la machine, sinon « à
# relire » (aucun thème ne l'explique bien : une personne doit la lire). `comptabilite` en fait
# le compte, place par place : c'est le premier tableau du rapport. La colonne `voix` compte les
# personnes distinctes de chaque place ; une personne qui a écrit à deux places compte dans
# chacune.

# %%
compte = comptabilite(synthese_cours, consultation)
compte.style.format({"contributions": format_nombre, "voix": format_nombre})

# %% [markdown]
# ### 📝 Exercice 6.2 — La comptabilité tombe-t-elle juste ? (2 points)
#
# 1. Complétez la fonction `contributions_rangees(compte)` : elle reçoit une comptabilité
#    (colonnes `place`, `intitule`, `contributions`, `voix` ; dernière ligne « Total ») et
#    renvoie la **somme des contributions de toutes les places**, sans la ligne « Total ». Le
#    test compare le résultat au nombre de contributions reçues, et essaie la fonction sur une
#    autre comptabilité (qui, elle, ne tombe pas juste) : un nombre recopié ne passera pas.
# 2. Rangez dans `voix_campagne` le **nombre de voix** de la campagne coordonnée, lu dans
#    `compte` par une ligne de code.
# 3. Dans `ou_sont`, écrivez pour chacune des six sortes de contributions du modèle la place
#    (colonne `place`, écrite à l'identique) où la synthèse la range, ou `None` si la
#    comptabilité n'a pas cette place.

# %% nbgrader={"grade": false, "grade_id": "ex6_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return int(… .sum())
def contributions_rangees(compte):
    """La somme des contributions de toutes les places, sans la ligne « Total »."""
    ### BEGIN SOLUTION
    return int(compte.loc[compte["place"] != "Total", "contributions"].sum())
    ### END SOLUTION


voix_campagne = None
ou_sont = None
rangees = None  # remplie par la ligne suivante quand la fonction est complétée
rangees = contributions_rangees(compte)
# Modèle : voix_campagne = … (lu dans compte) ; pour ou_sont, gardez les six sortes telles quelles
# et donnez à chacune une place de compte, ou None :
# ou_sont = {
#     "« +1 » et « D'accord »": "…",
#     "les textes de la campagne anti-ZFE": "…",
#     "les signatures de la pétition de Bellerive": "…",
#     "une contribution sur l'accessibilité (fauteuil, rampe…)": "…",
#     "un texte vide ou fait d'émojis": "…",
#     "un texte qu'aucun thème n'explique bien": "…",
# }
### BEGIN SOLUTION
voix_campagne = int(compte.loc[compte["place"] == "campagnes coordonnées", "voix"].iloc[0])
ou_sont = {
    "« +1 » et « D'accord »": "accords courts",
    "les textes de la campagne anti-ZFE": "campagnes coordonnées",
    "les signatures de la pétition de Bellerive": "pétitions",
    "une contribution sur l'accessibilité (fauteuil, rampe…)": "sujets de vigilance",
    "un texte vide ou fait d'émojis": None,
    "un texte qu'aucun thème n'explique bien": "à relire",
}
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Les places sont les lignes dont `place` n'est pas `"Total"` :
# `compte.loc[compte["place"] != "Total", "contributions"]`, puis `.sum()` (en retrait de
# quatre espaces sous le `def` : `return int(….sum())`). Pour les voix :
# `compte.loc[compte["place"] == "campagnes coordonnées", "voix"].iloc[0]`. Pour `ou_sont`, relisez
# l'ordre de rangement au-dessus de `compte` ; une place qui n'a aucune contribution n'a pas de
# ligne.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex6_2(contributions_rangees, voix_campagne, ou_sont, compte, consultation)
### BEGIN HIDDEN TESTS
import pandas as pd

_autre = pd.DataFrame({"place": ["thèmes", "pétitions", "accords courts", "à relire", "Total"],
                       "intitule": ["5 lignes", "1 ligne", "1 ligne", "1 ligne", "contributions reçues"],
                       "contributions": [412, 60, 31, 9, 500], "voix": [300, 60, 30, 9, 350]})
assert contributions_rangees(_autre.copy()) == 512, "Sur une autre comptabilité, contributions_rangees n'additionne pas les contributions des places."
assert contributions_rangees(compte.copy()) == len(consultation), "contributions_rangees(compte) doit valoir le nombre de contributions reçues."
assert ou_sont["« +1 » et « D'accord »"] == "accords courts", "Les accords courts ont leur place à part."
assert ou_sont["un texte vide ou fait d'émojis"] is None, "Cette consultation n'a pas de place « textes vides ou illisibles »."
### END HIDDEN TESTS
bravo(message)

# %%
_place = compte.set_index("place")


def _combien(place, colonne="contributions"):
    return int(_place[colonne].get(place, 0))


_vides = _combien("textes vides ou illisibles")
lecture(
    f"{format_nombre(int(_place.drop('Total')['contributions'].sum()))} contributions rangées pour "
    f"{format_nombre(len(consultation))} reçues. Les {format_nombre(_combien('accords courts'))} accords courts "
    f"sont comptés à part ({format_nombre(_combien('accords courts', 'voix'))} voix) ; la campagne coordonnée garde "
    f"ses {format_nombre(_combien('campagnes coordonnées'))} textes, qui pèsent "
    f"{format_nombre(_combien('campagnes coordonnées', 'voix'))} voix ; la pétition, "
    f"{format_nombre(_combien('pétitions'))} signatures et {format_nombre(_combien('pétitions', 'voix'))} voix ; "
    + (f"{format_nombre(_vides)} textes vides ou illisibles ; " if _vides else
       "aucun texte vide ou illisible ici (un export de plateforme en contient souvent : section 10) ; ")
    + f"{format_nombre(_combien('à relire'))} textes « à relire », qu'une personne doit lire. Additionnées, les voix "
    f"des places font {format_nombre(int(_place.drop('Total')['voix'].sum()))} pour "
    f"{format_nombre(consultation['auteur'].nunique())} personnes : des voix ne s'additionnent pas."
)

# %% [markdown]
# ### Ce qui n'a pas de ligne : les « écartés »
#
# Un thème trouvé par la machine peut n'avoir pas de ligne dans la synthèse : une règle l'a
# écarté, ou toutes ses contributions sont rangées à part (campagne, accords courts). Le rapport
# ne le tait pas : il le liste sous « Écartés », avec sa taille et la raison. Les voici, sous le
# nom que vous leur aviez donné (exercice 3.2), suivi des mots-clés de la machine :

# %%
display(ecartes_cours[["intitule", "contributions", "voix", "raison"]].rename(columns={
    "intitule": "ce qui n'a pas de ligne", "contributions": "contributions au départ",
    "voix": "voix"}).style.hide(axis="index"))
_livraisons = consultation.loc[consultation["theme_reference"] == "Livraisons et logistique urbaine", "identifiant"]
place_de = pd.Series({i: ligne["intitule"] for _, ligne in synthese_cours[synthese_cours["au_total"]].iterrows()
                      for i in ligne["identifiants"]})
_ou_livraisons = _livraisons.map(place_de).value_counts()
lecture(
    (f"{len(_sans_ligne)} thème{'s' if len(_sans_ligne) > 1 else ''} de la machine sans ligne : "
     + " ; ".join(f"« {noms_cours.get(int(e['numero_theme']), '')} » ({format_nombre(e['contributions'])} "
                  "contributions au départ)" for _, e in _sans_ligne.iterrows())
     + ". Leurs contributions ne sont pas perdues : elles sont rangées ailleurs (dans leur vrai sujet ou « à "
     "relire », voir la raison), et la comptabilité tombe juste. " if len(_sans_ligne) else "")
    + "Un thème que la machine n'a pas trouvé n'est pas dans cette liste. Vérifions-le sur un sujet de "
    f"référence du jeu de données, les livraisons : leurs {format_nombre(len(_livraisons))} contributions sont rangées "
    f"dans {len(_ou_livraisons)} lignes, dont {format_nombre(_ou_livraisons.iloc[0])} dans « {_ou_livraisons.index[0]} »"
    + (" : la machine a trouvé ce sujet." if _ou_livraisons.iloc[0] >= 0.5 * len(_livraisons) else
       " : la machine ne l'a pas trouvé, et aucune ligne ne le dit.")
    + " La section 8 montre ce que fait la chaîne complète, qui cherche aussi les petits thèmes noyés par les grands."
)

# %% [markdown]
# ### Relire un thème écarté, et décider
#
# La règle des phrases types est une règle de machine : elle écarte un thème dont la plupart des
# contributions parlent surtout d'autre chose. Elle peut se tromper sur un thème qui porte une
# vraie opinion, exprimée avec les mots d'autres sujets. Lisons le plus grand thème que la règle
# a écarté :

# %%
_par_la_regle = _sans_ligne[_sans_ligne["raison"].str.startswith("phrase type")]
if len(_par_la_regle):
    _grand = _par_la_regle.sort_values("contributions").iloc[-1]
    numero_grand = int(_grand["numero_theme"])
    # les citations les plus proches du thème, prises parmi ses contributions « au départ » (celles que la
    # synthèse examine : ni la campagne, ni la pétition, ni les accords courts, rangées à part)
    _citations_grand = citations_representatives(consultation, themes_cours, n=60)
    _citations_grand = _citations_grand[(_citations_grand["theme"] == numero_grand)
                                        & _citations_grand["identifiant"].isin(set(_grand["identifiants"]))].head(6)
    print(f"Thème {numero_grand} ({noms_cours.get(numero_grand, '')}), {format_nombre(_grand['contributions'])} "
          "contributions au départ :")
    for _, _c in _citations_grand.iterrows():
        print(f"  [{_c['identifiant']}] « {abreger(_c['texte'], 160)} »")
    # Les contributions « au départ » de ce thème (celles que la machine lui avait données, moins celles
    # déjà rangées à part) : la base du tableau des écartés.
    _textes_grand = consultation.set_index("identifiant").loc[list(_grand["identifiants"]), "texte"]
    _mots_grand = themes_cours.mots_cles[numero_grand][:3]
    _part_mot = _textes_grand.map(normaliser).str.contains(rf"\b{_mots_grand[0]}\b").mean()
    lecture(
        f"ses mots-clés : {', '.join(themes_cours.formes.get(m, m) for m in _mots_grand)} ; "
        f"{format_pourcentage(_part_mot)} de ses {format_nombre(len(_textes_grand))} contributions au départ emploient "
        f"le premier ; la règle l'écarte, et {_grand['raison'].split(' ; ', 1)[-1]}."
    )
else:
    lecture("la règle des phrases types n'a écarté aucun thème de cette synthèse : chaque thème de la machine a sa ligne.")

# %% [markdown]
# Lisez ces citations : les mots qui réunissent ce thème disent-ils **de quoi** l'on parle, ou
# seulement **comment** on le dit (une formule, un lieu, un avis général) ? Si vous jugez que le
# thème porte une opinion commune, gardez-le : mettez son numéro dans `garder_themes` ; la
# synthèse lui rend sa ligne et le rapport dit que l'équipe l'a gardé contre la règle de la
# machine. C'est une décision humaine, prise en lisant, que l'outil ne peut pas vérifier. Le
# cours, après lecture, suit ici la règle : ces contributions donnent un avis d'ensemble sur le
# plan (« je ne suis pas en accord avec le plan », « va dans le bon sens »), puis parlent d'un
# sujet précis (des places supprimées, un tarif, le tram), et c'est dans la ligne de ce sujet
# que la synthèse les range ; l'avis d'ensemble, lui, se mesure par la question fermée
# (section 5), une réponse par personne.

# %%
garder_themes = []  # par exemple [numero_grand], si vous décidez de garder ce thème

# %% [markdown]
# ### Les sujets attendus : où sont-ils ?
#
# La machine ne trouve que les thèmes que ses mots séparent bien : un sujet plus petit, ou qui
# emploie les mêmes mots qu'un grand, peut être **fondu** dans d'autres thèmes. Aucune ligne ne
# le dit, et la comptabilité tombe juste quand même : ses contributions sont rangées, mais
# personne ne le voit. La parade est simple : partir du **dossier** soumis à la concertation.
# Le plan de mobilité avait des chapitres sur les livraisons en ville, sur le calendrier des
# travaux, sur la desserte des quartiers périphériques et sur la concertation elle-même
# (ateliers, réunions) : comparez-les aux noms de vos thèmes, lesquels n'en ont pas ? On les
# cherche par leurs mots (comme la vigilance : mots entiers, `*` pour un début de mot), avec
# `sujets_cherches` : chacun reçoit une ligne hors du total, qui dit combien de contributions
# emploient ses mots et **où** la synthèse les a rangées ; le rapport en fait une partie. Sur votre propre concertation, listez les chapitres de votre dossier
# (option `--sujets` de la commande de la section 10).

# %%
sujets_du_dossier = {
    "Livraisons et logistique urbaine": ["livraison*", "livreur*", "colis", "camionnette*", "logistique"],
    "Calendrier des travaux": ["travaux", "chantier*"],
    "Desserte des quartiers périphériques": ["desserte", "desservi*", "excentré*", "périphéri*", "éloigné*"],
    "Déroulement de la concertation": ["ateliers", "réunions", "alibi", "affichage", "décidé*"],
}
synthese_cours = synthetiser(consultation, themes_cours, campagnes, minorites_cours, noms=noms_cours,
                             sujets_cherches=sujets_du_dossier, garder=garder_themes)
cherches = synthese_cours[synthese_cours["rubrique"] == "sujet cherché"]
display(cherches[["intitule", "contributions", "voix", "repartition"]].assign(repartition=cherches["repartition"].map(
    lambda r: ", ".join(f"« {k} » ({v})" for k, v in list(r.items())[:4]) + (", …" if len(r) > 4 else "")
)).rename(columns={
    "intitule": "sujet cherché", "contributions": "contributions qui emploient ses mots",
    "repartition": "lignes où elles sont rangées (nombre)"}).style.hide(axis="index"))
_plus_grande = {c["intitule"]: max(c["repartition"].values()) / c["contributions"]
                for _, c in cherches.iterrows() if c["contributions"]}
_ligne_plus_grande = {c["intitule"]: max(c["repartition"], key=c["repartition"].get)
                      for _, c in cherches.iterrows() if c["contributions"]}
_regroupes = [s for s, p in _plus_grande.items() if p >= 0.5]
_disperses = [s for s, p in _plus_grande.items() if p < 0.5]
lecture(
    " ; ".join(f"« {sujet} » : {accorder(int(c), 'contribution')} emploient ses mots, réparties entre "
              f"{accorder(len(r), 'ligne')} ; la plus grande, « {_ligne_plus_grande[sujet]} », en reçoit "
              + ("seulement " if _plus_grande[sujet] < 0.5 else "") + format_pourcentage(_plus_grande[sujet])
              for sujet, c, r in zip(cherches["intitule"], cherches["contributions"], cherches["repartition"]) if c)
    + ". "
    + (f"Pour {', '.join(f'« {s} »' for s in _regroupes)}, une même ligne en reçoit la moitié ou plus (lisez son "
       "nom : est-ce celle du sujet ?) ; " if _regroupes else "")
    + (f"pour {', '.join(f'« {s} »' for s in _disperses)}, les contributions sont dispersées. " if _disperses else "")
    + "Le rapport dit maintenant où leurs contributions sont rangées. Ces mots trouvent aussi des "
    "contributions qui parlent d'autre chose (une livraison bloquée par un bus, par exemple) : c'est un repérage, "
    "pas un thème."
)

# %% [markdown]
# ### Le rapport pour le conseil
#
# Le rapport se lit sans le notebook : la comptabilité, un résumé, la méthode **telle qu'elle a
# été suivie** (ses phrases changent si une étape n'a pas été faite : thèmes non nommés, pas de
# sujet de vigilance, pas de redressement…), qui a parlé, la question fermée (une réponse par
# personne, redressée, et les autres façons de compter pour comparaison), une partie par ligne
# avec des citations, les écartés, les limites, et une **annexe** qui liste tous les
# identifiants de chaque ligne. Chaque chiffre porte son unité : contributions, voix, ou
# personnes. Les données personnelles repérées dans les citations (téléphones, courriels, noms)
# sont masquées, mais une personne doit relire avant de publier : tant que l'équipe ne l'a pas
# fait, le rapport s'ouvre sur un encadré **« Brouillon »** qui dit ce qui reste à faire (relire
# les citations, lire les contributions qu'aucun thème n'explique). Une fois ce travail fait, on
# le produit à nouveau avec `relu_par_equipe=True` : l'outil ne peut pas vérifier cette
# relecture, c'est une déclaration de l'équipe, à ne faire qu'une fois la relecture faite.
# Voici le rapport sans les parties par ligne ni l'annexe ; la cellule l'enregistre en page web dans
# `rapport_concertation.html`, dans le dossier `civiclabs-sorties` de votre dossier personnel
# (sur Binder, à la racine de l'explorateur de fichiers ; la cellule affiche le chemin) : ouvrez-le
# dans le navigateur. Les labs n'écrivent jamais à côté de leurs notebooks.

# %%
texte_rapport = rapport_markdown(synthese_cours, consultation,
                                 titre="Plan de mobilité 2030 : ce que les habitant·es ont dit",
                                 population=population, poids=poids)
_parties = texte_rapport.split("\n## ")
_montrees = [_parties[0]] + ["## " + partie for partie in _parties[1:]
                             if not partie.startswith(("Les thèmes", "Sujets de vigilance", "Pétitions",
                                                       "Campagnes", "Groupes", "Ce qui n'est", "Annexe"))]
display(Markdown("\n".join(_montrees)))
page = rapport_html(texte_rapport)
chemin_rapport = dossier_des_sorties() / "rapport_concertation.html"
chemin_rapport.write_text(page, encoding="utf-8")
print(f"Rapport complet : {format_nombre(len(texte_rapport.splitlines()))} lignes, enregistré dans "
      f"{chemin_rapport.resolve()} ({format_nombre(len(page) / 1000, 0)} ko).")
# Les plaques d'immatriculation (« AB-123-CD ») : dans les contributions, et dans le rapport.
import re

_plaque = r"\b[A-Z]{2}-\d{3}-[A-Z]{2}\b"
_avec_plaque = consultation.loc[consultation["texte"].str.contains(_plaque, regex=True), "identifiant"]
_plaques_au_rapport = len(re.findall(_plaque, texte_rapport))
lecture(
    f"{format_nombre(len(_avec_plaque))} contributions contiennent une plaque d'immatriculation en clair"
    + (f" (par exemple {_avec_plaque.iloc[0]})" if len(_avec_plaque) else "")
    + (" ; le rapport n'en montre aucune : l'outil masque ce qu'il repère. " if _plaques_au_rapport == 0 else
       f" ; le rapport en montre encore {format_nombre(_plaques_au_rapport)} : ")
    + "Mais les citations affichées plus haut dans ce notebook ne sont pas masquées, et l'outil ne repère pas "
    "tout (un nom de voisin·e, une adresse écrite autrement). Avant d'envoyer le rapport, relisez chaque "
    "citation pour les données personnelles ; le Lab 04 montre comment les repérer et les masquer."
)

# %% [markdown]
# **Après la relecture.** Ce que vous décidez en relisant entre dans le rapport : les citations
# à ne pas montrer (`citations_retirees`), ce que vous avez lu dans les textes « à relire » ou
# dans un thème écarté (`notes_equipe`, une note par intitulé de ligne), et la déclaration de
# relecture, qui retire l'encadré « Brouillon ». Par exemple, une fois la relecture faite :
#
# ```python
# texte_final = rapport_markdown(
#     synthese_cours, consultation, titre="Plan de mobilité 2030 : ce que les habitant·es ont dit",
#     population=population, poids=poids, relu_par_equipe=True,
#     citations_retirees=["CON-…"],  # l'identifiant d'une citation qui donne une donnée de santé
#     notes_equipe={"À relire : textes qu'aucun thème n'explique bien": "Ce que l'équipe y a lu…"})
# (dossier_des_sorties() / "rapport_concertation_relu.html").write_text(rapport_html(texte_final), encoding="utf-8")
# ```
#
# Le rapport dit combien de citations ont été retirées et signe chaque note « Note de
# l'équipe ». La commande de la section 10 fait de même avec `--relu`, `--retirer` et `--notes`.

# %% [markdown]
# ## 7. Vérifier le travail
#
# Dans la vraie vie, on ne connaît pas la vérité. Ici, pour apprendre, le jeu de données la
# donne : `campagne` dit quelles contributions viennent d'une campagne, `theme_reference` le
# thème choisi par l'équipe qui a fabriqué les données.
#
# ### 📝 Exercice 7.1 — Précision et rappel de la détection de campagnes (2 points)
#
# Complétez la fonction `precision_rappel(signalees, vraies)` : `signalees` et `vraies` sont
# deux colonnes de vrais/faux (une case par contribution) ; elle renvoie :
# - `precision` : parmi les contributions **signalées**, la part qui vient vraiment d'une
#   campagne ;
# - `rappel` : parmi les contributions qui viennent **vraiment** d'une campagne, la part
#   signalée.
#
# La cellule l'applique à la détection du cours. Le test l'essaie aussi sur une détection
# moins bonne (avec de fausses alertes et des oublis), et les tests cachés sur une
# consultation qu'elle n'a jamais vue : une formule qui ne marche que lorsque tout est juste,
# ou des nombres recopiés, ne passeront pas.

# %% nbgrader={"grade": false, "grade_id": "ex7_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
def precision_rappel(signalees, vraies):
    precision = None
    rappel = None
    ### BEGIN SOLUTION
    precision = float(vraies[signalees].mean())
    rappel = float(signalees[vraies].mean())
    ### END SOLUTION
    return precision, rappel


signalees = campagnes["signalee"]
vraies = consultation["campagne"] != "aucune"
precision_campagnes = rappel_campagnes = None  # remplies par la ligne suivante quand la fonction est complétée
precision_campagnes, rappel_campagnes = precision_rappel(signalees, vraies)

# %% [markdown]
# <details><summary>Indice</summary>
#
# `vraies[signalees]` garde les contributions signalées ; sa moyenne (`.mean()`) est la part
# de vraies parmi elles. De même, `signalees[vraies].mean()` : parmi les vraies, la part de
# signalées. Autre écriture : vrais positifs `(signalees & vraies).sum()` divisés par
# `signalees.sum()` (précision) ou par `vraies.sum()` (rappel).
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab03

message = lab03.verifier_ex7_1(precision_rappel, precision_campagnes, rappel_campagnes, consultation, campagnes)
### BEGIN HIDDEN TESTS
import numpy as np
import pandas as pd

from civiclabs import grouper_campagnes
from civiclabs.corpus import generer_consultation

_s = campagnes["signalee"].to_numpy()
_v = (consultation["campagne"].astype(str) != "aucune").to_numpy()
assert abs(precision_campagnes - (_s & _v).sum() / _s.sum()) < 1e-9, "La précision ne correspond pas."
assert abs(rappel_campagnes - (_s & _v).sum() / _v.sum()) < 1e-9, "Le rappel ne correspond pas."
# La fonction, sur une consultation jamais vue : la détection du cours, puis une détection au hasard.
_nouvelle = generer_consultation(n=3000, graine=4545)
_vraies = _nouvelle["campagne"].astype(str) != "aucune"
_au_hasard = pd.Series(np.random.default_rng(4545).random(len(_nouvelle)) < 0.1, index=_nouvelle.index)
for _signalees in (grouper_campagnes(_nouvelle["texte"])["signalee"], _au_hasard):
    _p, _r = precision_rappel(_signalees.copy(), _vraies.copy())
    _vp = (_signalees & _vraies).sum()
    assert abs(_p - _vp / _signalees.sum()) < 1e-9, "Sur une consultation jamais vue, la précision de precision_rappel ne correspond pas."
    assert abs(_r - _vp / _vraies.sum()) < 1e-9, "Sur une consultation jamais vue, le rappel de precision_rappel ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le bilan de la méthode sur les données du cours :

# %%
from sklearn.metrics import normalized_mutual_info_score

mesure_campagnes = evaluer_campagnes(campagnes["signalee"], consultation["campagne"] != "aucune")
mesure_minorites = evaluer_minorites(synthese_cours, consultation)
ordinaires_ref = ((consultation["campagne"] == "aucune") & ~consultation["accord_court"]).to_numpy()
nmi = normalized_mutual_info_score(consultation["theme_reference"][ordinaires_ref],
                                   themes_cours.etiquettes[ordinaires_ref])
print(f"Campagnes : précision {format_pourcentage(mesure_campagnes['precision'], 1)}, "
      f"rappel {format_pourcentage(mesure_campagnes['rappel'], 1)} "
      f"({mesure_campagnes['signalees']} contributions signalées).")
print(f"Thèmes : information mutuelle normalisée avec les thèmes de référence {format_nombre(nmi, 2)} "
      "(0 = sans rapport, 1 = identiques).")
print(f"Thèmes minoritaires qui ont leur ligne dans la synthèse : {format_pourcentage(mesure_minorites['rappel'])} ; "
      f"leurs contributions rangées dans cette ligne : {format_pourcentage(mesure_minorites['rappel_contributions'])}.")
for _theme_ref, _ligne_trouvee in mesure_minorites["lignes"].items():
    _dans, _du_theme = mesure_minorites["contributions"][_theme_ref]
    print(f"    « {_theme_ref} » ({format_nombre(_du_theme)} contributions) → "
          + (f"ligne « {_ligne_trouvee} », qui en réunit {format_nombre(_dans)}" if _ligne_trouvee else "aucune ligne"))
_au_total = synthese_cours[synthese_cours["au_total"]]
print(f"Lignes de la synthèse (hors écartés) qui citent au moins une contribution : "
      f"{(_au_total['citations'].map(len) >= 1).sum()} sur {len(_au_total)}.")
lecture(
    (f"chaque thème minoritaire a sa ligne, mais ces lignes ne réunissent que "
     f"{format_pourcentage(mesure_minorites['rappel_contributions'])} de leurs contributions : les autres n'emploient "
     "aucun mot de la règle de vigilance et sont rangées dans des thèmes plus larges. Écrire seulement « 100 % des "
     "thèmes minoritaires retrouvés » cacherait ce reste : donnez les deux chiffres."
     if mesure_minorites["rappel"] == 1 else
     f"{format_pourcentage(mesure_minorites['rappel'])} des thèmes minoritaires ont leur ligne, qui réunissent "
     f"{format_pourcentage(mesure_minorites['rappel_contributions'])} de leurs contributions : donnez les deux chiffres.")
)

# %% [markdown]
# ## 8. Passer à l'échelle
#
# Une consultation nationale reçoit des centaines de milliers de contributions. La même chaîne,
# `synthetiser_consultation`, tourne ici sur `TAILLE_ECHELLE` = 50 000 contributions générées
# (au-delà de 6 000, chaque contribution est comparée à un échantillon de 6 000 autres pour
# repérer les campagnes, et les thèmes sont appris sur 6 000 textes distincts tirés au hasard).
# Le banc d'essai du cours (`bench/bench_synthese.py`) la mesure sur 100 000 et 1 000 000 de
# contributions. Sans noms donnés par une équipe, la synthèse garde les noms provisoires de la
# machine. Ce calcul a été lancé en arrière-plan dès la mise en place (cellule après les
# paramètres) ; la durée affichée est celle de la chaîne seule, sans la génération.

# %%
# Le calcul lancé au début du notebook, c'est-à-dire (il est refait ici si TAILLE_ECHELLE ou
# GRAINE ont changé depuis) : grande = generer_consultation(n=TAILLE_ECHELLE, graine=GRAINE),
# puis resultat = synthetiser_consultation(grande, population=population, graine=GRAINE).
grande, resultat, duree = passage_a_l_echelle.resultat(TAILLE_ECHELLE, GRAINE)
mesure = evaluer_campagnes(resultat["campagnes"]["signalee"], grande["campagne"].astype(str) != "aucune")
synthese_echelle = resultat["synthese"]
mesure_minorites_echelle = evaluer_minorites(synthese_echelle, grande)
_lignes_echelle = synthese_echelle[synthese_echelle["au_total"]]
print(f"{format_nombre(len(grande))} contributions synthétisées en {format_nombre(duree, 1)} s : "
      f"{len(_lignes_echelle)} lignes et {len(synthese_echelle) - len(_lignes_echelle)} écartés ; campagnes : "
      f"précision {format_pourcentage(mesure['precision'], 1)}, rappel {format_pourcentage(mesure['rappel'], 1)} ; "
      f"thèmes minoritaires qui ont leur ligne : {format_pourcentage(mesure_minorites_echelle['rappel'])}, "
      f"leurs contributions dans cette ligne : {format_pourcentage(mesure_minorites_echelle['rappel_contributions'])}.")
display(synthese_echelle[["rubrique", "intitule", "contributions", "voix", "petit_theme", "nature", "raison"]].style.format(
    {"contributions": format_nombre, "voix": format_nombre, "petit_theme": lambda v: "oui" if v else ""}, na_rep=""))
_echelle_nature = synthese_echelle["nature"].value_counts()
# La ligne des livraisons (thème de référence) : la ligne de thème où elles sont le plus nombreuses.
_ref_grande = pd.Series(grande["theme_reference"].astype(str).to_numpy(), index=grande["identifiant"].astype(str).to_numpy())
_parts_livraisons = pd.Series({ligne["intitule"]: (_ref_grande.reindex(ligne["identifiants"]) == "Livraisons et logistique urbaine").mean()
                               for _, ligne in synthese_echelle[synthese_echelle["rubrique"] == "thème"].iterrows()})
# Les thèmes ajoutés par la recherche des petits thèmes sont les derniers numéros.
_premier_ajoute = len(resultat["themes"].mots_cles) - resultat["themes"].petits_ajoutes
_lignes_themes = synthese_echelle[synthese_echelle["rubrique"] == "thème"].set_index("intitule")
_livraisons_par_la_recherche = int(_lignes_themes.loc[_parts_livraisons.idxmax(), "numero_theme"]) >= _premier_ajoute
lecture(
    f"les {len(_lignes_echelle)} lignes, sans rien cacher : "
    f"{accorder(_echelle_nature.get('pétition', 0), 'groupe')} "
    f"{'rangés' if _echelle_nature.get('pétition', 0) >= 2 else 'rangé'} comme « pétition » "
    + ("(la vraie pétition)" if _echelle_nature.get("pétition", 0) == 1 else
       "(la vraie pétition, coupée en plusieurs groupes, ou, à cette taille, de petits groupes de phrases types "
       "écrites par des personnes différentes, signalés à tort)")
    + f", {accorder(_echelle_nature.get('campagne coordonnée', 0), 'campagne coordonnée', 'campagnes coordonnées')}, "
    f"et {accorder(int(synthese_echelle['petit_theme'].sum()), 'petit thème', 'petits thèmes')}, dont certains ne sont que des phrases "
    "types répétées : une machine propose, une équipe relit, fusionne et écarte. "
    + (f"La ligne « {_parts_livraisons.idxmax()} » est faite à {format_pourcentage(_parts_livraisons.max())} de "
       "contributions sur les livraisons"
       + (" : c'est la recherche des petits thèmes noyés par les grands qui l'a trouvée." if _livraisons_par_la_recherche
          else " : la machine l'a trouvée sans la recherche des petits thèmes noyés par les grands, qui en a ajouté "
               f"{accorder(resultat['themes'].petits_ajoutes, 'autre')}.")
       if _parts_livraisons.max() >= 0.5 else
       "Les livraisons n'ont pas de ligne ici : aucune ligne de thème n'en est faite en majorité.")
)
# Les lignes de vigilance à cette taille : combien de leurs contributions parlent vraiment du sujet ?
_signaux_echelle = synthese_echelle[synthese_echelle["rubrique"] == "signal faible"]
if len(_signaux_echelle):
    lecture(
        "les lignes de vigilance à cette taille, lues avec le thème de référence du jeu de données : "
        + " ; ".join(
            f"« {ligne['intitule']} » réunit {format_nombre(ligne['contributions'])} contributions, dont "
            f"{format_pourcentage((_ref_grande.reindex(ligne['identifiants']) == ligne['intitule']).mean())} sur le "
            f"sujet ({format_nombre(int((_ref_grande == ligne['intitule']).sum()))} contributions en parlent dans "
            "toute la consultation)"
            for _, ligne in _signaux_echelle.iterrows())
        + f". Sur {format_nombre(len(grande))} contributions, des mots choisis sur {format_nombre(len(consultation))} "
        "peuvent trouver beaucoup plus de hors-sujet : relisez "
        "une ligne de vigilance avant de citer son chiffre, et resserrez ses mots si le hors-sujet domine."
    )

# %% [markdown]
# ## 9. Ce qu'une machine ne doit pas décider
#
# ### 💬 Question de réflexion 1 (3 points, corrigée par l'équipe pédagogique)
#
# Dans cette chaîne, qu'est-ce qu'une synthèse faite par une machine **ne doit jamais décider
# seule** ? Donnez au moins trois décisions, et pour chacune ce qui, dans ce lab, montre le
# risque (appuyez-vous sur au moins deux résultats chiffrés). (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : au moins trois décisions humaines bien identifiées parmi : écarter ou
#   fusionner des contributions (campagne ou non), le nombre et le nom des thèmes, ce qui
#   compte comme « majoritaire » (brut ou pondéré, avec ou sans campagnes), la liste des sujets
#   de vigilance, la formulation finale transmise aux élu·es, toute recommandation ou décision
#   publique.
# - **1 point** : au moins deux résultats chiffrés du lab correctement utilisés : le seuil de
#   similarité qui fusionne trop ou trop peu (widget), plus de 300 contributions pour 37 voix,
#   la part des textes distincts hors top 5, les contributions sur le handicap dispersées dans plusieurs
#   thèmes, l'écart par contribution / par personne à la question ZFE (le redressement âge × genre, lui, change peu), la sous-représentation des 18-29 ans ou
#   des quartiers prioritaires en ligne.
# - **1 point** : la responsabilité : la machine propose, une personne nommée valide et signe ;
#   la méthode (seuils, règle de vigilance, pondération) est publiée ; toute contribution
#   écartée ou fusionnée reste consultable.
#
# *Exemple de réponse complète* : la machine ne décide ni de qui compte (fusionner plus de 300
# contributions en 37 voix est juste, mais un seuil de 0,20 fusionnerait aussi des habitant·es
# ordinaires), ni de ce qui est « majoritaire » (le « non » à la ZFE perd 2,3 points quand
# on compte une réponse par personne plutôt que par contribution, 2,9 points sans la campagne), ni des sujets qui comptent : les contributions sur le
# handicap sont dispersées dans une dizaine de thèmes et un top 5 laisse de côté plus d'un tiers
# des textes distincts (35 %). Les noms des thèmes et la synthèse finale sont relus et signés par l'équipe, qui publie
# ses règles et garde chaque contribution consultable.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 2 (3 points, corrigée par l'équipe pédagogique)
#
# Rédigez le message (8 à 12 lignes, en langage simple) que la métropole publiera pour dire aux
# participant·es **que leur voix a été entendue** : ce qui a été fait de leurs contributions,
# comment elles ont été lues et comptées (y compris les campagnes et l'usage d'outils
# automatiques), et comment vérifier que leur propre contribution est prise en compte.

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_2", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : un retour concret : combien de contributions, quels thèmes, ce que la
#   collectivité retient, modifie ou refuse, et pourquoi (la « redevabilité » : on rend compte
#   de ce qu'on fait de la parole reçue, y compris quand on ne la suit pas).
# - **1 point** : la méthode dite honnêtement : des outils automatiques ont aidé à regrouper,
#   une équipe a tout relu ; les textes identiques ou coordonnés ont été comptés par personne ;
#   les sujets minoritaires ont leur place ; les résultats ne sont pas un vote.
# - **1 point** : la traçabilité offerte à chacun·e : un identifiant de contribution, la
#   synthèse publiée avec ses citations, un contact pour signaler une erreur ou un oubli.
#
# *Exemple de réponse complète* : « Merci : 6 000 contributions de plus de 3 600 personnes ont été
# reçues. Toutes ont été lues ; des outils informatiques nous ont aidés à les regrouper en
# thèmes, puis l'équipe a relu chaque regroupement. Les textes identiques ou déposés en série
# ont été comptés une fois par personne. Les sujets portés par peu de personnes, comme
# l'accessibilité ou la sécurité des femmes la nuit, ont leur propre partie. La synthèse cite
# les contributions par leur numéro : retrouvez la vôtre avec le numéro reçu lors du dépôt. Le
# conseil retient le prolongement du tram, reporte… et explique pourquoi. Une erreur, un oubli ?
# Écrivez à concertation@… »
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 3 (3 points, corrigée par l'équipe pédagogique)
#
# Un résumé automatique tend à **uniformiser** : il garde ce qui revient souvent, dans des
# mots moyens. Expliquez comment cela peut **faire taire** des points de vue minoritaires
# dans une concertation, qui en pâtit, et ce que votre règle (section 4) corrige et ne corrige
# pas. (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_3", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : le mécanisme : fréquence = importance ; les thèmes sont faits des mots
#   fréquents ; les voix rares sont dispersées ou absorbées (handicap noyé dans « transports ») ;
#   les formulations singulières, fautives ou familières sont moins bien représentées ; les
#   campagnes, elles, amplifient.
# - **1 point** : qui en pâtit : personnes handicapées, femmes qui craignent de rentrer la
#   nuit, habitant·es des quartiers prioritaires, personnes âgées qui écrivent sur papier, toute
#   personne peu nombreuse ou qui s'exprime autrement ; et l'effet : décisions prises sans eux
#   ou elles, défiance envers la concertation.
# - **1 point** : la limite de la règle : elle ne garde que les sujets **prévus** (liste de
#   vigilance) et les mots **prévus** ; un sujet inattendu reste invisible ; il faut aussi lire
#   des contributions isolées, associer les personnes concernées à la liste, publier la règle.
#
# *Exemple de réponse complète* : un résumé retient ce qui est dit souvent : les quelque 60
# contributions sur l'accessibilité, dispersées dans plusieurs thèmes, disparaissent d'un top 5
# alors qu'elles décrivent des obstacles que personne d'autre ne voit. Ce sont les personnes
# les moins nombreuses, ou celles qui écrivent autrement, qui en pâtissent. Notre règle garde
# les sujets que nous avions prévus, avec des citations ; elle ne voit pas un sujet imprévu, ni
# une contribution dont les mots diffèrent. Il faut donc aussi lire les petits thèmes et les
# contributions isolées, et construire la liste de vigilance avec les associations.
# ### END SOLUTION

# %% [markdown]
# ## 10. Votre propre concertation
#
# La chaîne de ce lab existe aussi en **commande**, `civiclabs-synthese`, pour une vraie
# concertation. Elle lit l'export d'une plateforme (Decidim, Cap Collectif, Grand Débat
# national, Pol.is, ou tout tableau avec une colonne « texte ») et écrit quatre fichiers :
# `rapport.html` et `rapport.md` (le rapport pour les élu·es), `synthese.csv` (le tableau de
# synthèse, pour un tableur) et `comptabilite.csv` (une ligne par place, comme en section 6).
# Dans un terminal :
#
# ```bash
# civiclabs-synthese mon_export.csv --sortie ma_synthese/ --vigilance sujets.txt --noms noms.txt
# ```
#
# (`--vigilance` : un sujet par ligne, « Sujet : mot, mot, début* » ; `--noms` : « numéro :
# nom », avec les numéros de `synthese.csv`, après une première lecture des thèmes.)
#
# **Avant de lancer quoi que ce soit sur un vrai export** : il contient des données
# personnelles (noms ou pseudonymes des comptes, et parfois téléphones, adresses, noms de
# voisin·es dans les textes). Pseudonymisez-le d'abord (le Lab 04 montre comment, avec
# `civiclabs-pseudonymiser`), gardez-le sur un poste de la collectivité, et ne le confiez pas à
# un service en ligne. La commande ne fait rien sortir de la machine.
#
# Essayons-la sur un export fourni par le cours, `data/exemples_exports/decidim_commentaires.csv` :
# la disposition de l'export « Commentaires » de Decidim (séparateur « ; », colonnes `body`,
# `author/id`, `commentable_id`…), avec des contributions **inventées** par le projet (voir
# `data/README.md`), dont quelques pièges d'un vrai export (HTML, émojis seuls, « +1 » en
# réponse). La cellule appelle la fonction qu'emploie la commande ; les quatre fichiers vont dans
# le dossier `civiclabs-sorties/synthese_decidim_exemple` de votre dossier personnel.

# %%
from civiclabs import chemin_donnees
from civiclabs.synthese.commande import executer

export = chemin_donnees() / "exemples_exports" / "decidim_commentaires.csv"
sortie_export = executer([export], dossier_des_sorties("synthese_decidim_exemple"), progression=False)

# %% [markdown]
# Relisons ce qu'elle a écrit, en commençant par la comptabilité : la somme de ses
# contributions doit être le nombre de lignes lues.

# %%
compte_export = pd.read_csv(sortie_export["chemins"]["comptabilite.csv"], sep=";", encoding="utf-8-sig")
display(compte_export)
lues = len(sortie_export["table"])
_vides_export = int(compte_export.loc[compte_export["place"] == "textes vides ou illisibles", "contributions"].sum())
_rattaches = int(sortie_export["resultat"]["synthese"]["accords_rattaches"].sum())
lecture(
    f"comptabilite.csv range {format_nombre(int(compte_export['contributions'].sum()))} contributions pour "
    f"{format_nombre(lues)} lues : "
    + ("le compte tombe juste" if int(compte_export["contributions"].sum()) == lues else "le compte ne tombe PAS juste")
    + (f" ; {format_nombre(_vides_export)} textes vides ou illisibles y ont leur place, au lieu de disparaître"
       if _vides_export else "")
    + "."
    + (f" {accorder(_rattaches, 'accord court', 'accords courts')} (« +1 »…) "
       + ("qui répond" if _rattaches < 2 else "qui répondent") + " à un commentaire (la colonne "
       "commentable_id le dit) " + ("est rangé" if _rattaches < 2 else "sont rangés") + " avec lui."
       if _rattaches else "")
)
rapport_export = sortie_export["chemins"]["rapport.md"].read_text(encoding="utf-8")
_parties_export = rapport_export.split("\n## ")
display(Markdown("\n".join("## " + partie for partie in _parties_export[1:]
                           if partie.startswith(("En bref", "La méthode", "Écartés")))))

# %% [markdown]
# Le rapport dit ce qui a été fait, et seulement cela : ici, personne n'a relu ni nommé les
# thèmes et aucun sujet de vigilance n'a été écrit, et ses phrases de méthode le disent. Pour
# votre propre concertation : remplacez le chemin par celui de votre export (pseudonymisé),
# lisez les mots-clés et les citations de `synthese.csv`, écrivez vos noms de thèmes et vos
# sujets de vigilance dans deux petits fichiers, relancez avec `--noms` et `--vigilance`, et
# relisez chaque citation avant de transmettre `rapport.html`.

# %% [markdown]
# ## Récapitulatif
#
# - **Qui parle** dépend du canal : une « majorité » de contributions n'est pas une majorité
#   d'habitant·es ; la **pondération** redresse les proportions, pas les absences.
# - Les **copies exactes** se repèrent par simple comparaison ; les **campagnes** par la
#   **similarité cosinus** : une contribution qui ressemble à beaucoup d'autres. On compte des
#   **voix** (auteur·es), pas des copies ; le **seuil** se règle et se justifie.
# - La **NMF** sur TF-IDF propose des thèmes ; leur **nombre** se choisit (stabilité) et leur
#   **nom** est une décision humaine, appuyée sur des citations.
# - Les **voix minoritaires** ne forment pas toujours un thème : une **règle** annoncée à
#   l'avance (petits thèmes, sujets de vigilance) les garde dans la synthèse.
# - Une synthèse **traçable** cite, ligne par ligne, les contributions sur lesquelles elle
#   repose ; sa **comptabilité** range chaque contribution reçue à une place (accords courts,
#   campagnes, « à relire » compris) et tombe juste ; ce qui n'a pas de ligne est listé sous
#   « écartés », avec sa taille et sa raison ; le rapport dit ce qui a été fait, et ses limites.
# - Un thème minoritaire qui a sa ligne n'est pas retrouvé en entier : donnez la part des
#   thèmes **et** la part de leurs contributions.
# - La même chaîne a tourné ici sur 50 000 contributions en quelques secondes, et sur
#   1 000 000 dans le banc d'essai du cours (`bench/bench_synthese.py`) ; la commande
#   `civiclabs-synthese` la fait tourner sur l'export (pseudonymisé) de votre plateforme.
#
# ## Pour aller plus loin
#
# - **Données réelles : le Grand Débat national (2019).** Ses contributions sont publiées en
#   données ouvertes (Licence Ouverte / Etalab 2.0), un fichier CSV par thème.
#   `charger_grand_debat()` lit un **petit échantillon fabriqué par le projet** au même format
#   (textes inventés, rien n'est téléchargé) ; `charger_grand_debat(telecharger=True)` télécharge
#   le vrai fichier « La transition écologique » (plusieurs centaines de Mo : une fois, gardé en
#   cache, vérifié). Essayez la même chaîne :

# %%
grand_debat = charger_grand_debat()  # échantillon du projet ; telecharger=True pour le vrai fichier
resultat_gd = synthetiser_consultation(grand_debat, nb_themes=5, voisins_min=5, graine=GRAINE)
_gd = resultat_gd["synthese"]
_groupes_gd = _gd[_gd["rubrique"] == "campagne"]
display(_gd[["rubrique", "intitule", "contributions", "voix", "citations"]])
lecture(
    f"Sur cet échantillon de {format_nombre(len(grand_debat))} contributions, la chaîne trouve "
    + (f"un groupe de textes presque identiques, {_groupes_gd['contributions'].iloc[0]} textes déposés par "
       f"{_groupes_gd['voix'].iloc[0]} personnes" if len(_groupes_gd) == 1 else
       f"{len(_groupes_gd)} groupes de textes presque identiques, de {_groupes_gd['contributions'].min()} à "
       f"{_groupes_gd['contributions'].max()} textes déposés par {_groupes_gd['voix'].min()} à "
       f"{_groupes_gd['voix'].max()} personnes")
    + " : quand presque chaque texte vient d'une personne différente, la "
    "synthèse appelle le groupe « pétition » (un texte type repris par des personnes, qui comptent une fois "
    "chacune), sans savoir qui l'a rédigé. Les citations donnent la colonne « reference » du fichier "
    f"(« {_gd['citations'].iloc[0][0]} »), plus lisible que son « id » codé."
    if len(_groupes_gd) else
    f"Sur cet échantillon de {format_nombre(len(grand_debat))} contributions, la chaîne ne trouve aucun "
    "groupe de textes presque identiques."
)
_ajoutes_gd = resultat_gd["themes"].petits_ajoutes
lecture(
    f"{accorder((_gd['rubrique'] == 'thème').sum(), 'ligne')} de thème pour nb_themes=5 : "
    + (f"la chaîne a cherché les petits thèmes noyés par les grands et en a ajouté {_ajoutes_gd} ; "
       if _ajoutes_gd else "")
    + "un thème dont toutes les contributions sont rangées ailleurs (pétition, accord court…) n'a pas de ligne."
)

# %% [markdown]
# - Exercice libre : sur le vrai fichier, combien de contributions copiées-collées ? Quels
#   thèmes ? Qu'apporterait une liste de vigilance écrite avec des associations ?
# - Exercice libre : remplacez la NMF par `MiniBatchKMeans` de scikit-learn sur le même TF-IDF ;
#   les thèmes changent-ils ? Sont-ils plus stables ?
# - La documentation de scikit-learn sur la NMF (en anglais) :
#   <https://scikit-learn.org/stable/modules/decomposition.html#non-negative-matrix-factorization-nmf-or-nnmf>.
# - Les données ouvertes du Grand Débat national :
#   <https://www.data.gouv.fr/fr/datasets/donnees-ouvertes-du-grand-debat-national/>.
# - La Commission nationale du débat public (CNDP), ses principes d'un débat public et ses
#   comptes rendus : <https://www.debatpublic.fr/>.
#
# **Lab suivant** : [Lab 04 — Protéger les données personnelles](../04_proteger_les_donnees/04_proteger_les_donnees.ipynb), qui repère et masque
# les noms, numéros de téléphone et adresses glissés dans les contributions avant de les
# publier ou de les citer.
