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
#   elle repose, et un rapport lisible par des élu·es ;
# - vérifier ce travail et le faire tourner sur des dizaines de milliers de contributions.
#
# **Prérequis** : le Lab 00 (pandas : filtrer, `value_counts`, `groupby`) et la partie 4 du
# Lab 01 (TF-IDF). Aucune connaissance en statistiques.
#
# **Durée estimée** : 120 minutes.
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
# | `ValueError: The truth value of a Series is ambiguous` | `not`, `and` ou `or` appliqués à une colonne de vrais et faux | écrivez `~`, `&`, `\|`, chaque condition entre parenthèses |
# | `NameError: name 'themes' is not defined` | une cellule du dessus n'a pas été exécutée | exécutez les cellules dans l'ordre |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` par votre réponse |
# | `ReponseIncorrecte: …` | un test du cours : la réponse ne convient pas | lisez le message et la piste 👉 |
#
# La cellule suivante importe les outils du lab (une dizaine de secondes).

# %%
# %xmode Minimal

# %%
import time

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

from civiclabs import (
    PALETTE,
    appliquer_style,
    charger_consultation,
    charger_grand_debat,
    charger_population,
    citations_representatives,
    comparer_a_la_population,
    curseur_nombre_themes,
    curseur_similarite,
    detecter_doublons,
    diagramme_barres,
    evaluer_campagnes,
    evaluer_minorites,
    explorer_contributions,
    extraire_themes,
    format_nombre,
    format_pourcentage,
    grouper_campagnes,
    lecture,
    limiter_calculs_paralleles,
    mots_vides,
    ponderer,
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

appliquer_style()
limiter_calculs_paralleles()  # calculs plus rapides sur une petite machine

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2030  # graine des tirages au hasard : la même graine donne les mêmes résultats
NB_THEMES = 12  # nombre de thèmes demandés à la machine
TAILLE_ECHELLE = 50_000  # nombre de contributions générées pour la partie 8

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
# ### 📝 Exercice 1.1 — Les âges de celles et ceux qui ont parlé (1 point)
#
# Rangez dans `part_age_contributions` la **part** de chaque tranche d'âge parmi les
# contributions **dont l'âge est renseigné** (retirez d'abord les lignes où `tranche_age` vaut
# `"non renseigné"`). `value_counts(normalize=True)` donne des parts plutôt que des nombres.

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_age_contributions = None
### BEGIN SOLUTION
renseignees = consultation[consultation["tranche_age"] != "non renseigné"]
part_age_contributions = renseignees["tranche_age"].value_counts(normalize=True)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `renseignees = consultation[consultation["tranche_age"] != "non renseigné"]`, puis
# `renseignees["tranche_age"].value_counts(normalize=True)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
import pandas as pd

from civiclabs import ReponseIncorrecte, bravo, format_pourcentage, verifier_type

verifier_type(part_age_contributions, pd.Series, "part_age_contributions",
              indice="value_counts(normalize=True) renvoie une colonne pandas.")
if "non renseigné" in set(map(str, part_age_contributions[part_age_contributions > 0].index)):
    raise ReponseIncorrecte(
        "« non renseigné » figure encore parmi les tranches : filtrez d'abord les lignes "
        "avec consultation[\"tranche_age\"] != \"non renseigné\"."
    )
if abs(float(part_age_contributions.sum()) - 1) > 1e-6:
    raise ReponseIncorrecte(
        f"Les parts font {float(part_age_contributions.sum()):.2f} au total, pas 1 : avez-vous "
        "écrit value_counts(normalize=True) (et non value_counts()) ?"
    )
### BEGIN HIDDEN TESTS
_r = consultation.loc[consultation["tranche_age"].astype(str) != "non renseigné", "tranche_age"].astype(str)
_attendu = _r.value_counts(normalize=True)
assert all(abs(float(part_age_contributions.get(k, 0)) - _attendu[k]) < 1e-9 for k in _attendu.index), "Les parts par tranche d'âge ne correspondent pas aux contributions renseignées."
### END HIDDEN TESTS
bravo(
    f"Les 75 ans et plus font {format_pourcentage(part_age_contributions['75 et plus'])} des "
    "contributions au profil renseigné."
)

# %% [markdown]
# Comparons à la population adulte du territoire (`population.csv`) :

# %%
parts_age = comparer_a_la_population(consultation, population, "tranche_age")
tracer_representativite(parts_age, "tranche_age")
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
import pandas as pd

from civiclabs import ReponseIncorrecte, bravo, format_pourcentage, verifier_type

verifier_type(part_qp_par_canal, pd.Series, "part_qp_par_canal",
              indice="groupby(\"canal\")[\"quartier_prioritaire\"].mean() renvoie une colonne pandas.")
if set(map(str, part_qp_par_canal.index)) != set(consultation["canal"].astype(str).unique()):
    raise ReponseIncorrecte(
        f"Les groupes trouvés sont {list(part_qp_par_canal.index)[:5]} : on attend les quatre canaux. "
        "Avez-vous groupé par \"canal\" ?"
    )
if part_qp_par_canal.max() > 1:
    raise ReponseIncorrecte("Une part dépasse 1 : utilisez .mean() (une part), pas .sum() (un nombre).")
_attendu = consultation.groupby("canal", observed=True)["quartier_prioritaire"].mean()
if not all(abs(float(part_qp_par_canal[c]) - _attendu[c]) < 1e-9 for c in _attendu.index):
    raise ReponseIncorrecte(
        "Les parts ne correspondent pas : la colonne à résumer est \"quartier_prioritaire\", "
        "avec .mean()."
    )
### BEGIN HIDDEN TESTS
_qp = consultation["quartier_prioritaire"].astype(bool)
for _c in consultation["canal"].astype(str).unique():
    _m = consultation["canal"].astype(str) == _c
    assert abs(float(part_qp_par_canal[_c]) - _qp[_m].mean()) < 1e-9, f"La part pour le canal {_c} ne correspond pas."
### END HIDDEN TESTS
bravo(
    f"Quartiers prioritaires : {format_pourcentage(part_qp_par_canal.min())} des contributions du canal "
    f"« {part_qp_par_canal.idxmin()} », {format_pourcentage(part_qp_par_canal.max())} pour "
    f"« {part_qp_par_canal.idxmax()} » (33 % de la population adulte)."
)

# %% [markdown]
# **Pondérer.** Pour qu'un résultat parle pour la population et pas seulement pour celles et
# ceux qui ont écrit, on peut donner à chaque contribution un **poids** : un groupe qui a deux
# fois moins parlé qu'il ne pèse dans la population compte double. `ponderer` calcule ce poids
# par croisement tranche d'âge × genre ; les profils non renseignés gardent le poids 1. La
# pondération corrige les proportions, **pas** l'absence : elle ne fait pas parler celles et
# ceux qui ne sont pas venu·es.

# %%
poids = ponderer(consultation, population, ("tranche_age", "genre"))
print(poids.groupby(consultation["tranche_age"].astype(str)).mean().round(2))

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
plus_copies = consultation.assign(copies=taille_groupe).drop_duplicates("copies").nlargest(5, "copies")
for _, ligne in plus_copies.iterrows():
    print(f"{ligne['copies']:>4} fois : « {ligne['texte'][:80]} »")

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
from civiclabs import ReponseIncorrecte, bravo, format_nombre, verifier_egal, verifier_type

verifier_type(nb_avec_copie, int, "nb_avec_copie", indice="compter des vrais avec .sum() donne un nombre entier.")
if nb_avec_copie == int(doublons.duplicated().sum()):
    raise ReponseIncorrecte(
        "Vous avez compté les copies sans l'original de chaque groupe : ajoutez keep=False "
        "dans duplicated(…)."
    )
verifier_egal(nb_avec_copie, int(doublons.duplicated(keep=False).sum()), "nb_avec_copie",
              indice="doublons.duplicated(keep=False).sum().")
### BEGIN HIDDEN TESTS
_tailles = doublons.map(doublons.value_counts())
assert nb_avec_copie == int((_tailles > 1).sum()), "Le nombre de contributions qui ont une copie ne correspond pas."
### END HIDDEN TESTS
bravo(f"{format_nombre(nb_avec_copie)} contributions ont au moins une copie exacte.")

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
paire = consultation.set_index("identifiant").loc[["CON-0004214", "CON-0004215"], "texte"]
for identifiant, texte in paire.items():
    print(f"[{identifiant}] {texte}\n")

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

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
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from civiclabs import ReponseIncorrecte, bravo, format_nombre, mots_vides, verifier_type

verifier_type(similarite_paire, float, "similarite_paire",
              indice="prenez la case [0, 0] du tableau renvoyé par cosine_similarity, puis float(…).")
if not 0 <= similarite_paire <= 1.000001:
    raise ReponseIncorrecte(f"Une similarité cosinus de textes est entre 0 et 1 ; vous avez {similarite_paire}.")
_v = TfidfVectorizer(stop_words=mots_vides()).fit(consultation["texte"])
_x = _v.transform(paire)
_attendu = float(cosine_similarity(_x[0], _x[1])[0, 0])
if abs(similarite_paire - _attendu) > 1e-6:
    _y = TfidfVectorizer().fit(consultation["texte"]).transform(paire)
    if abs(similarite_paire - float(cosine_similarity(_y[0], _y[1])[0, 0])) < 1e-6:
        raise ReponseIncorrecte(
            "Les mots vides (« le », « de »…) sont restés : ils rapprochent tous les textes. "
            "Écrivez TfidfVectorizer(stop_words=mots_vides())."
        )
    raise ReponseIncorrecte(
        f"Votre similarité vaut {format_nombre(similarite_paire, 3)}. Avez-vous appris le vectoriseur "
        "sur toutes les contributions (.fit(consultation[\"texte\"])) puis transformé les deux "
        "textes de paire ?"
    )
### BEGIN HIDDEN TESTS
_i = consultation.index[consultation["identifiant"].isin(["CON-0004214", "CON-0004215"])]
_z = _v.transform(consultation.loc[_i, "texte"])
assert abs(similarite_paire - float(cosine_similarity(_z[0], _z[1])[0, 0])) < 1e-6, "La similarité ne correspond pas aux deux textes de paire."
### END HIDDEN TESTS
bravo(
    f"Similarité {format_nombre(similarite_paire, 2)} : des mots très différents, mais les mêmes "
    "idées dans le même ordre ; deux contributions prises au hasard se ressemblent bien moins."
)

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
ax.legend()
plt.show()
signalees = campagnes["signalee"]
lecture(
    f"presque toutes les contributions ont moins de 5 voisines ; {format_nombre(signalees.sum())} en ont "
    f"20 ou plus et forment {campagnes.loc[signalees, 'groupe'].nunique()} groupes : des campagnes."
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
import pandas as pd

from civiclabs import ReponseIncorrecte, bravo, verifier_type

verifier_type(copies_par_groupe, pd.Series, "copies_par_groupe", indice="groupby(\"groupe\").size().")
verifier_type(voix_par_groupe, pd.Series, "voix_par_groupe", indice="groupby(\"groupe\")[\"auteur\"].nunique().")
_signalees = campagnes[campagnes["signalee"]]
if set(copies_par_groupe.index) != set(_signalees["groupe"]) or set(voix_par_groupe.index) != set(_signalees["groupe"]):
    raise ReponseIncorrecte(
        "Les groupes ne sont pas ceux des contributions signalées : filtrez d'abord avec "
        "campagnes[\"signalee\"], puis groupez par le numéro de groupe."
    )
if (voix_par_groupe == copies_par_groupe).all():
    raise ReponseIncorrecte(
        "Voix et copies sont identiques dans chaque groupe : pour les voix, comptez les auteur·es "
        "distinct·es avec [\"auteur\"].nunique(), pas les lignes."
    )
_attendu = _signalees.groupby("groupe").size()
if not (copies_par_groupe.sort_index().to_numpy() == _attendu.sort_index().to_numpy()).all():
    raise ReponseIncorrecte("Le nombre de contributions par groupe ne correspond pas : utilisez .size().")
### BEGIN HIDDEN TESTS
_auteurs = consultation.loc[_signalees.index, "auteur"].groupby(_signalees["groupe"]).nunique()
assert all(int(voix_par_groupe[g]) == int(_auteurs[g]) for g in _auteurs.index), "Le nombre de voix par groupe ne correspond pas."
### END HIDDEN TESTS
_g = copies_par_groupe.idxmax()
bravo(
    f"Le plus grand groupe compte {copies_par_groupe[_g]} contributions mais seulement "
    f"{voix_par_groupe[_g]} voix."
)

# %% [markdown]
# Le groupe aux nombreuses contributions et aux rares comptes a une autre signature : le temps.

# %%
jours = consultation["date"].dt.floor("D")
par_jour = pd.DataFrame({
    "contributions ordinaires": (~signalees).groupby(jours).sum(),
    "contributions signalées comme campagne": signalees.groupby(jours).sum(),
})
ax = par_jour.plot.area(color=[PALETTE[0], PALETTE[5]], linewidth=0)
ax.set_title("Contributions déposées chaque jour")
ax.set_xlabel("Jour")
ax.set_ylabel("Nombre de contributions")
plt.show()
pic = par_jour["contributions signalées comme campagne"].idxmax()
lecture(
    f"le {pic:%d/%m/%Y}, {int(par_jour.loc[pic].iloc[1])} contributions signalées en un jour : un dépôt "
    "groupé, reformulé par une machine, qui n'apparaît pas comme tel dans un simple comptage."
)

# %% [markdown]
# Une **pétition** et une **campagne automatisée** ne se traitent pas de la même façon : la
# pétition réunit de vraies personnes autour d'un texte commun (ses signataires comptent, une
# fois chacun·e, pour une même idée) ; la campagne automatisée fait passer quelques comptes
# pour une foule. Dans les deux cas, la synthèse le dit au lieu de compter chaque copie comme
# une voix de plus.

# %% [markdown]
# ## 3. Les thèmes
#
# On cherche maintenant de quoi parlent les contributions. La **NMF** (factorisation en
# matrices non négatives) découpe le tableau TF-IDF en un petit nombre de thèmes : chaque
# thème est une liste de mots qui apparaissent souvent ensemble, et chaque contribution reçoit
# le thème dont elle est la plus proche. On l'apprend sur les **voix** : une seule copie par
# texte, sans les campagnes ni les accords de moins de 5 mots, pour qu'un texte copié 300 fois
# ne devienne pas 300 fois un thème.

# %%
voix = (~doublons.duplicated() & ~campagnes["signalee"]
        & (consultation["texte"].str.split().str.len() >= 5)).to_numpy()
print(f"{format_nombre(voix.sum())} voix sur {format_nombre(len(consultation))} contributions.")

# %% [markdown]
# **Combien de thèmes ?** La machine en trouve autant qu'on lui en demande. Un indice utile :
# la **stabilité**. On calcule les thèmes deux fois, avec deux départs au hasard différents ;
# si les mêmes contributions se retrouvent ensemble, les thèmes décrivent quelque chose de
# solide ; sinon, ils dépendent du hasard du calcul.

# %%
stabilite = stabilite_themes(consultation.loc[voix, "texte"], valeurs=(4, 8, 12, 16, 20),
                             taille=1000, graine=GRAINE)
tracer_stabilite(stabilite, choix=NB_THEMES)
plt.show()
lecture(
    f"avec {NB_THEMES} thèmes, la stabilité vaut "
    f"{format_nombre(stabilite.set_index('nb_themes')['stabilite'].get(NB_THEMES, float('nan')), 2)} ; "
    "au-delà, les thèmes se découpent différemment d'un calcul à l'autre."
)

# %% [markdown]
# ### 📝 Exercice 3.1 — Extraire les thèmes (2 points)
#
# Rangez dans `themes` le résultat de `extraire_themes` sur **toutes** les contributions
# (`consultation["texte"]`), avec `nb_themes=NB_THEMES`, `graine=GRAINE`, et appris sur les
# voix seulement : `apprendre_sur=voix`.

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
themes = None
### BEGIN SOLUTION
themes = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=voix)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=voix)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import ReponseIncorrecte, bravo, verifier_type
from civiclabs.synthese import Themes

verifier_type(themes, Themes, "themes", indice="themes = extraire_themes(consultation[\"texte\"], …).")
if len(themes.etiquettes) != len(consultation):
    raise ReponseIncorrecte(
        f"{len(themes.etiquettes)} contributions ont un thème, il en faut {len(consultation)} : "
        "donnez toutes les contributions, et limitez l'apprentissage avec apprendre_sur=voix."
    )
if len(themes.mots_cles) != NB_THEMES:
    raise ReponseIncorrecte(f"{len(themes.mots_cles)} thèmes : on en attend NB_THEMES = {NB_THEMES}.")
### BEGIN HIDDEN TESTS
from sklearn.metrics import normalized_mutual_info_score

_ordinaires = ((consultation["campagne"] == "aucune") & ~consultation["accord_court"]).to_numpy()
_nmi = normalized_mutual_info_score(consultation["theme_reference"][_ordinaires], themes.etiquettes[_ordinaires])
assert _nmi >= 0.45, f"Les thèmes s'accordent peu avec les thèmes de référence (information mutuelle {_nmi:.2f}, attendu 0,45 au moins)."
assert not any("accord" in m[:3] for m in themes.mots_cles.values()), "Un thème est fait d'accords courts : apprenez sur les voix (apprendre_sur=voix)."
assert not any("bellerive" in m[:3] for m in themes.mots_cles.values()), "Un thème n'est qu'une pétition recopiée : apprenez sur les voix (apprendre_sur=voix)."
### END HIDDEN TESTS
bravo(f"{NB_THEMES} thèmes, appris sur les voix et attribués aux {len(consultation)} contributions.")

# %% [markdown]
# Pour que la suite ne dépende pas de votre exercice, le cours calcule **les mêmes thèmes**
# (`themes_cours`). Voici chacun, avec ses mots-clés et trois citations représentatives
# (d'auteur·es différent·es, hors campagnes), identifiants compris.

# %%
themes_cours = extraire_themes(consultation["texte"], nb_themes=NB_THEMES, graine=GRAINE, apprendre_sur=voix)
citations = citations_representatives(consultation, themes_cours, n=3, exclure=campagnes["signalee"])
for _, theme in themes_cours.tableau().iterrows():
    print(f"Thème {theme['theme']} ({theme['contributions']} contributions) : {theme['mots_cles']}")
    for _, c in citations[citations["theme"] == theme["theme"]].iterrows():
        print(f"    [{c['identifiant']}] {c['texte'][:150]}…")

# %% [markdown]
# ### 🎛️ Choisir le nombre de thèmes
#
# Le curseur recalcule les thèmes : lisez leurs mots-clés. À partir de quand deviennent-ils
# trop fins pour être nommés ? Les petits thèmes (accessibilité, sécurité la nuit…)
# apparaissent-ils ?

# %%
curseur_nombre_themes(consultation["texte"], stabilite, valeur=NB_THEMES, graine=GRAINE,
                      apprendre_sur=voix, themes=themes_cours);

# %% [markdown]
# ### 📝 Exercice 3.2 — Nommer les thèmes (1 point)
#
# La machine donne des mots, pas des noms. Écrivez dans `noms_themes` un dictionnaire
# `{numéro du thème: "nom"}` qui donne à **chaque** thème un nom compréhensible par un·e élu·e
# (au moins deux mots, tous les noms différents), à partir de ses mots-clés et de ses citations.

# %% nbgrader={"grade": false, "grade_id": "ex3_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : noms_themes = {0: "Tram et lignes de bus", 1: "…", ...}
noms_themes = None
### BEGIN SOLUTION
noms_themes = {
    0: "Tram et lignes de bus",
    1: "Vélo et pistes cyclables",
    2: "Stationnement et parkings relais",
    3: "Zone à faibles émissions et pollution",
    4: "Piétons et trottoirs",
    5: "Tarifs et gratuité",
    6: "Aller au centre depuis les quartiers",
    7: "Trajets domicile-travail",
    8: "Témoignages sur les trajets du matin",
    9: "Concertation et place des habitant·es",
    10: "Vitesse et sécurité routière",
    11: "Qui fait quoi : Métropole, Région, État",
}
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Un nom par numéro, de 0 à NB_THEMES − 1 : `{0: "Tram et lignes de bus", 1: "Vélo et pistes
# cyclables", …}`. Relisez les mots-clés et les citations affichés plus haut.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_2_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import ReponseIncorrecte, bravo, verifier_type

verifier_type(noms_themes, dict, "noms_themes", indice="un dictionnaire s'écrit entre accolades { }.")
_manquants = sorted(set(themes_cours.mots_cles) - set(noms_themes))
if _manquants:
    raise ReponseIncorrecte(f"Ces thèmes n'ont pas de nom : {_manquants}. Nommez-les tous, de 0 à {NB_THEMES - 1}.")
_courts = [k for k, v in noms_themes.items() if not isinstance(v, str) or len(v.split()) < 2]
if _courts:
    raise ReponseIncorrecte(f"Les noms des thèmes {_courts} ont moins de deux mots : un·e élu·e doit pouvoir les comprendre.")
if len(set(noms_themes.values())) < len(noms_themes):
    raise ReponseIncorrecte("Deux thèmes portent le même nom : distinguez-les (relisez leurs citations).")
### BEGIN HIDDEN TESTS
assert all(v.strip() != themes_cours.noms.get(k, "") for k, v in noms_themes.items()), "Un nom recopie les mots-clés de la machine au lieu de nommer le thème."
### END HIDDEN TESTS
bravo("Chaque thème a un nom lisible.")

# %% [markdown]
# Pour la suite, le cours emploie vos noms si l'exercice est fait, sinon les noms provisoires
# de la machine (les trois premiers mots-clés).

# %%
noms_cours = noms_themes if isinstance(noms_themes, dict) else themes_cours.noms

# %% [markdown]
# ## 4. Voix minoritaires et signaux faibles
#
# Une synthèse pressée garde les **cinq plus grands thèmes**. Que perd-on ?

# %% [markdown]
# ### 📝 Exercice 4.1 — Ce qu'un « top 5 » laisse de côté (2 points)
#
# Avec `themes_cours.etiquettes` (le thème de chaque contribution), rangez dans
# `part_hors_top5` la **part des voix** (`voix`) dont le thème n'est **pas** l'un des cinq
# thèmes les plus fréquents parmi les voix.

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_hors_top5 = None
### BEGIN SOLUTION
themes_des_voix = themes_cours.etiquettes[voix]
top5 = themes_des_voix.value_counts().index[:5]
part_hors_top5 = float((~themes_des_voix.isin(top5)).mean())
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `themes_des_voix = themes_cours.etiquettes[voix]` ; les cinq premiers thèmes :
# `themes_des_voix.value_counts().index[:5]` ; puis la part de celles qui n'y sont pas :
# `(~themes_des_voix.isin(top5)).mean()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import ReponseIncorrecte, bravo, format_pourcentage, verifier_proche, verifier_type

verifier_type(part_hors_top5, float, "part_hors_top5", indice="une part, avec .mean().")
_t = themes_cours.etiquettes[voix]
_top = _t.value_counts().index[:5]
if abs(part_hors_top5 - (1 - (~_t.isin(_top)).mean())) < 1e-9:
    raise ReponseIncorrecte("C'est la part des voix **dans** le top 5 : on attend celle qui en est exclue (~ devant isin).")
_toutes = themes_cours.etiquettes
if abs(part_hors_top5 - (~_toutes.isin(_toutes.value_counts().index[:5])).mean()) < 1e-9:
    raise ReponseIncorrecte("Vous avez compté toutes les contributions : ne gardez que les voix (themes_cours.etiquettes[voix]).")
verifier_proche(part_hors_top5, float((~_t.isin(_top)).mean()), "part_hors_top5",
                indice="les cinq thèmes les plus fréquents parmi les voix, puis la part des voix hors de ces thèmes.")
### BEGIN HIDDEN TESTS
_vc = themes_cours.etiquettes[voix].value_counts()
assert abs(part_hors_top5 - _vc.iloc[5:].sum() / _vc.sum()) < 1e-9, "La part hors top 5 ne correspond pas."
### END HIDDEN TESTS
bravo(f"Un « top 5 » passerait sous silence {format_pourcentage(part_hors_top5)} des voix.")

# %% [markdown]
# Et certaines voix ne forment même pas un thème. Cherchons les contributions qui parlent de
# handicap (fauteuil, malvoyant, ascenseur…) : où la machine les a-t-elle rangées ?

# %%
handicap = consultation[consultation["texte"].str.contains(
    "handicap|malvoyant|fauteuil roulant|aveugle|ascenseur", case=False)]
ou = themes_cours.etiquettes[handicap.index].map(themes_cours.noms).value_counts()
diagramme_barres(ou, titre="Les contributions qui parlent de handicap, par thème trouvé",
                 axe_categories="Thème trouvé par la machine", axe_valeurs="Nombre de contributions")
plt.show()
lecture(
    f"{len(handicap)} contributions parlent de handicap, dispersées dans {len(ou)} thèmes : aucun thème "
    "ne les rassemble, et un top 5 les noierait dans « transports » ou « piétons »."
)

# %% [markdown]
# **La règle qui garde les voix minoritaires.** La machine ne les isole pas seule : il faut une
# **règle décidée par l'équipe**, annoncée à l'avance, et appliquée quoi qu'il arrive :
# 1. tout thème trouvé qui rassemble peu de contributions (moins de 3 %) est **gardé** et
#    marqué « petit thème » ;
# 2. des **sujets de vigilance** (ici : accessibilité des personnes handicapées, sécurité des
#    femmes la nuit), choisis avec les associations et la charte de la concertation, sont
#    cherchés par leurs mots, et ont **toujours** leur ligne dans la synthèse, même s'ils ne
#    concernent que quelques dizaines de contributions.
#
# ### 📝 Exercice 4.2 — Votre règle de vigilance (2 points)
#
# Écrivez dans `ma_vigilance` un dictionnaire avec les deux sujets, exactement nommés
# `"Accessibilité des personnes handicapées"` et `"Sécurité des femmes la nuit"` ; pour chacun,
# une liste d'au moins 4 **débuts de mots** (« harcel » trouve « harcèlement », « harcelée » ;
# majuscules et accents ignorés). Choisissez des mots **propres au sujet** : « nuit » ou
# « soir » trouveraient surtout des demandes de bus tardifs. Puis rangez dans `minorites` le
# résultat de `reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)`.

# %% nbgrader={"grade": false, "grade_id": "ex4_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
ma_vigilance = None
minorites = None
### BEGIN SOLUTION
ma_vigilance = {
    "Accessibilité des personnes handicapées": ["handicap", "malvoyant", "aveugle", "sourd",
                                                "mobilité réduite", "podotactile", "ascenseur",
                                                "annonces sonores", "accessib", "rampe"],
    "Sécurité des femmes la nuit": ["harcel", "voyageuses", "suivie", "femme",
                                    "marches exploratoires", "médiation", "agress"],
}
minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Lisez des contributions avec le widget du début (tapez « fauteuil », « femme »…) et notez
# les mots qui reviennent. Modèle :
# `{"Accessibilité des personnes handicapées": ["handicap", "malvoyant", …], "Sécurité des
# femmes la nuit": ["harcel", "femme", …]}`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
import pandas as pd

from civiclabs import ReponseIncorrecte, bravo, verifier_colonnes, verifier_type

_sujets = ["Accessibilité des personnes handicapées", "Sécurité des femmes la nuit"]
verifier_type(ma_vigilance, dict, "ma_vigilance", indice="un dictionnaire : {\"sujet\": [\"mot\", …], …}.")
_absents = [s for s in _sujets if s not in ma_vigilance]
if _absents:
    raise ReponseIncorrecte(f"Sujets absents ou mal orthographiés : {_absents}. Recopiez les noms exactement.")
for _s in _sujets:
    if not isinstance(ma_vigilance[_s], (list, tuple)) or len(ma_vigilance[_s]) < 4:
        raise ReponseIncorrecte(f"Le sujet « {_s} » doit avoir une liste d'au moins 4 débuts de mots.")
verifier_colonnes(minorites, ["signal", "contributions", "identifiants"], "minorites",
                  indice="minorites = reperer_minorites(consultation, themes_cours, vigilance=ma_vigilance).")
for _s in _sujets:
    _ligne = minorites[minorites["signal"] == _s]
    if _ligne.empty or int(_ligne["contributions"].iloc[0]) < 20:
        raise ReponseIncorrecte(
            f"Votre règle trouve moins de 20 contributions pour « {_s} » : ajoutez des mots "
            "(relisez des contributions avec le widget du début)."
        )
    if int(_ligne["contributions"].iloc[0]) > 600:
        raise ReponseIncorrecte(
            f"Votre règle trouve {int(_ligne['contributions'].iloc[0])} contributions pour « {_s} » : un "
            "mot trop général (« nuit », « bus »…) attrape tout. Retirez-le."
        )
### BEGIN HIDDEN TESTS
_ref = pd.Series(consultation["theme_reference"].astype(str).to_numpy(), index=consultation["identifiant"].to_numpy())
for _s in _sujets:
    _ids = minorites.loc[minorites["signal"] == _s, "identifiants"].iloc[0][:20]
    _precision = (_ref.reindex(_ids) == _s).mean()
    assert _precision >= 0.5, f"Parmi les 20 premières contributions trouvées pour « {_s} », moins de la moitié en parlent vraiment ({_precision:.0%}) : des mots trop généraux."
### END HIDDEN TESTS
bravo("Votre règle garde les deux sujets de vigilance. La synthèse devra les citer.")

# %% [markdown]
# ## 5. Positions et questions fermées
#
# Dans cette consultation, l'équipe d'analyse a codé la **position** de chaque contribution
# (pour, contre, nuancé) ; elle est dans la colonne `position`. Comptons-les par thème, hors
# campagnes.

# %%
ordinaires = consultation[~campagnes["signalee"]]
comptes_positions = pd.crosstab(themes_cours.etiquettes[ordinaires.index].map(noms_cours),
                                ordinaires["position"].astype(str))[["pour", "contre", "nuancé"]]
tracer_positions(comptes_positions, titre="Positions par thème (hors campagnes)")
plt.show()
_contre = (comptes_positions["contre"] / comptes_positions.sum(axis=1)).idxmax()
lecture(
    f"« {_contre} » est le thème le plus contesté ; une position « nuancée » n'est ni pour ni contre : "
    "la résumer en « majorité pour » trahirait une partie des voix."
)

# %% [markdown]
# Les mêmes parts, **pondérées** par `poids` (section 1) : la part de « contre » change-t-elle ?

# %%
_themes_ord = themes_cours.etiquettes[ordinaires.index].map(noms_cours)
positions_ponderees = pd.crosstab(_themes_ord, ordinaires["position"].astype(str),
                                  values=poids[ordinaires.index], aggfunc="sum", normalize="index")
pd.DataFrame({
    "contre (brut)": comptes_positions["contre"] / comptes_positions.sum(axis=1),
    "contre (pondéré)": positions_ponderees["contre"],
}).round(2).sort_values("contre (brut)", ascending=False)

# %% [markdown]
# La consultation posait aussi une **question fermée** : « Êtes-vous favorable à l'extension de
# la zone à faibles émissions en 2027 ? » (oui / non / sans avis).
#
# ### 📝 Exercice 5.1 — Avec et sans pondération (2 points)
#
# Rangez dans `zfe_brut` la part de chaque réponse à `question_zfe` parmi les contributions
# (`value_counts(normalize=True)`), et dans `zfe_pondere` la même part **pondérée** par `poids`
# (section 1) : pour chaque réponse, la somme des poids des contributions qui l'ont donnée,
# divisée par la somme de tous les poids.

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
zfe_brut = None
zfe_pondere = None
### BEGIN SOLUTION
reponses_zfe = consultation["question_zfe"].astype(str)
zfe_brut = reponses_zfe.value_counts(normalize=True)
zfe_pondere = poids.groupby(reponses_zfe).sum() / poids.sum()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `poids.groupby(consultation["question_zfe"].astype(str)).sum()` donne la somme des poids
# par réponse ; divisez par `poids.sum()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
import pandas as pd

from civiclabs import ReponseIncorrecte, bravo, format_pourcentage, verifier_type

verifier_type(zfe_brut, pd.Series, "zfe_brut", indice="value_counts(normalize=True).")
verifier_type(zfe_pondere, pd.Series, "zfe_pondere", indice="poids.groupby(…).sum() / poids.sum().")
for _nom, _serie in (("zfe_brut", zfe_brut), ("zfe_pondere", zfe_pondere)):
    if abs(float(_serie.sum()) - 1) > 1e-6:
        raise ReponseIncorrecte(f"Les parts de « {_nom} » font {float(_serie.sum()):.2f} au total, pas 1.")
    if "oui" not in set(map(str, _serie.index)):
        raise ReponseIncorrecte(f"« {_nom} » doit avoir une part par réponse : oui, non, sans avis.")
_r = consultation["question_zfe"].astype(str)
if all(abs(float(zfe_pondere[k]) - _r.value_counts(normalize=True)[k]) < 1e-9 for k in ("oui", "non")):
    raise ReponseIncorrecte("zfe_pondere est égal à zfe_brut : la pondération n'a pas été appliquée (sommez les poids).")
### BEGIN HIDDEN TESTS
_p = ponderer(consultation, population, ("tranche_age", "genre"))
_w = _p.groupby(_r).sum() / _p.sum()
assert all(abs(float(zfe_pondere[k]) - _w[k]) < 1e-6 for k in _w.index), "La part pondérée ne correspond pas aux poids de ponderer(consultation, population, (\"tranche_age\", \"genre\"))."
assert all(abs(float(zfe_brut[k]) - _r.value_counts(normalize=True)[k]) < 1e-9 for k in _w.index), "La part brute ne correspond pas."
### END HIDDEN TESTS
bravo(
    f"« oui » : {format_pourcentage(zfe_brut['oui'])} des contributions, "
    f"{format_pourcentage(zfe_pondere['oui'])} après pondération."
)

# %%
_r = consultation["question_zfe"].astype(str)
_p = ponderer(consultation, population, ("tranche_age", "genre"))
_sans = ~campagnes["signalee"]
comparaison_zfe = pd.DataFrame({
    "brut": _r.value_counts(normalize=True),
    "pondéré": _p.groupby(_r).sum() / _p.sum(),
    "pondéré, sans les campagnes": _p[_sans].groupby(_r[_sans]).sum() / _p[_sans].sum(),
}).loc[["oui", "non", "sans avis"]]
ax = comparaison_zfe.plot.bar(color=[PALETTE[0], PALETTE[1], PALETTE[2]], rot=0)
ax.set_ylim(0, 1)
ax.set_title("Extension de la ZFE en 2027 : les réponses selon la façon de compter")
ax.set_xlabel("Réponse")
ax.set_ylabel("Part des contributions")
plt.show()
lecture(
    f"« non » passe de {format_pourcentage(comparaison_zfe.loc['non', 'brut'])} (brut) à "
    f"{format_pourcentage(comparaison_zfe.loc['non', 'pondéré, sans les campagnes'])} (pondéré, sans les "
    "campagnes) : la façon de compter change le récit ; la synthèse doit dire laquelle elle emploie."
)

# %% [markdown]
# ## 6. Une synthèse traçable
#
# Chaque ligne de la synthèse dit combien de contributions et combien de **voix** la portent,
# la répartition des positions, et **cite** les identifiants des contributions sur lesquelles
# elle repose : un·e élu·e, un·e journaliste ou un·e habitant·e peut aller vérifier.
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
from civiclabs import ReponseIncorrecte, bravo, verifier_colonnes

verifier_colonnes(synthese, ["rubrique", "intitule", "contributions", "voix", "citations"], "synthese",
                  indice="synthese = synthetiser(consultation, themes_cours, campagnes, minorites, noms=noms_themes).")
_existants = set(consultation["identifiant"].astype(str))
_sans_citation = synthese.loc[synthese["citations"].map(len) == 0, "intitule"].tolist()
if _sans_citation:
    raise ReponseIncorrecte(f"Ces lignes ne citent aucune contribution : {_sans_citation}.")
_inconnus = {i for c in synthese["citations"] for i in c} - _existants
if _inconnus:
    raise ReponseIncorrecte(f"Des identifiants cités n'existent pas : {sorted(_inconnus)[:3]}.")
for _s in ("Accessibilité des personnes handicapées", "Sécurité des femmes la nuit"):
    if _s not in set(synthese["intitule"]):
        raise ReponseIncorrecte(
            f"« {_s} » n'a pas de ligne dans la synthèse : passez minorites (exercice 4.2) à synthetiser."
        )
if "campagne" not in set(synthese["rubrique"]):
    raise ReponseIncorrecte("Les campagnes n'apparaissent pas : passez campagnes à synthetiser.")
### BEGIN HIDDEN TESTS
_mesure = evaluer_minorites(synthese, consultation)
assert _mesure["rappel"] == 1.0, f"Une ligne de vigilance cite surtout des contributions hors sujet : {_mesure['lignes']}."
assert all(set(c) <= set(i) for c, i in zip(synthese["citations"], synthese["identifiants"])), "Une ligne cite une contribution qu'elle ne compte pas."
### END HIDDEN TESTS
bravo(f"{len(synthese)} lignes, chacune appuyée sur des contributions citées.")

# %%
synthese_cours = synthetiser(consultation, themes_cours, campagnes,
                             reperer_minorites(consultation, themes_cours), noms=noms_cours)
colonnes = ["rubrique", "intitule", "contributions", "voix", "pour", "contre", "nuancé", "citations"]
synthese_cours[colonnes].style.format({"pour": "{:.0%}", "contre": "{:.0%}", "nuancé": "{:.0%}"})

# %% [markdown]
# Et le rapport pour le conseil : chiffres, citations entre guillemets et identifiants. En voici
# le début ; `rapport_html(texte)` le transforme en page web que l'on peut enregistrer
# (`Path("rapport.html").write_text(rapport_html(texte), encoding="utf-8")`).

# %%
texte_rapport = rapport_markdown(synthese_cours, consultation,
                                 titre="Plan de mobilité 2030 : ce que les habitant·es ont dit")
display(Markdown("\n".join(texte_rapport.splitlines()[:28])))

# %% [markdown]
# ## 7. Vérifier le travail
#
# Dans la vraie vie, on ne connaît pas la vérité. Ici, pour apprendre, le jeu de données la
# donne : `campagne` dit quelles contributions viennent d'une campagne, `theme_reference` le
# thème choisi par l'équipe qui a fabriqué les données.
#
# ### 📝 Exercice 7.1 — Précision et rappel de la détection de campagnes (2 points)
#
# Avec `signalees = campagnes["signalee"]` et `vraies = consultation["campagne"] != "aucune"` :
# - `precision_campagnes` : parmi les contributions **signalées**, la part qui vient vraiment
#   d'une campagne ;
# - `rappel_campagnes` : parmi les contributions qui viennent **vraiment** d'une campagne, la
#   part signalée.

# %% nbgrader={"grade": false, "grade_id": "ex7_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
signalees = campagnes["signalee"]
vraies = consultation["campagne"] != "aucune"
precision_campagnes = None
rappel_campagnes = None
### BEGIN SOLUTION
precision_campagnes = float(vraies[signalees].mean())
rappel_campagnes = float(signalees[vraies].mean())
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `vraies[signalees].mean()` : parmi les signalées, la part de vraies ;
# `signalees[vraies].mean()` : parmi les vraies, la part de signalées.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import ReponseIncorrecte, bravo, evaluer_campagnes, format_pourcentage, verifier_proche, verifier_type

verifier_type(precision_campagnes, float, "precision_campagnes", indice="une part, avec .mean().")
verifier_type(rappel_campagnes, float, "rappel_campagnes", indice="une part, avec .mean().")
_m = evaluer_campagnes(campagnes["signalee"], consultation["campagne"] != "aucune")
if abs(precision_campagnes - _m["rappel"]) < 1e-9 and abs(rappel_campagnes - _m["precision"]) < 1e-9:
    raise ReponseIncorrecte("Précision et rappel sont inversés : la précision part des signalées, le rappel des vraies.")
verifier_proche(precision_campagnes, _m["precision"], "precision_campagnes",
                indice="parmi les contributions signalées (vraies[signalees]), la part de vraies.")
verifier_proche(rappel_campagnes, _m["rappel"], "rappel_campagnes",
                indice="parmi les vraies contributions de campagne (signalees[vraies]), la part signalée.")
### BEGIN HIDDEN TESTS
_s = campagnes["signalee"].to_numpy()
_v = (consultation["campagne"].astype(str) != "aucune").to_numpy()
assert abs(precision_campagnes - (_s & _v).sum() / _s.sum()) < 1e-9, "La précision ne correspond pas."
assert abs(rappel_campagnes - (_s & _v).sum() / _v.sum()) < 1e-9, "Le rappel ne correspond pas."
### END HIDDEN TESTS
bravo(
    f"Précision {format_pourcentage(precision_campagnes, 1)}, rappel {format_pourcentage(rappel_campagnes, 1)}."
)

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
print(f"Thèmes minoritaires retrouvés dans la synthèse : {format_pourcentage(mesure_minorites['rappel'])} "
      f"{mesure_minorites['lignes']}.")
print(f"Lignes de la synthèse qui citent au moins une contribution : "
      f"{(synthese_cours['citations'].map(len) >= 1).sum()} sur {len(synthese_cours)}.")

# %% [markdown]
# ## 8. Passer à l'échelle
#
# Une consultation nationale reçoit des centaines de milliers de contributions. La même chaîne,
# `synthetiser_consultation`, tourne sur `TAILLE_ECHELLE` contributions générées (au-delà de
# 6 000, chaque contribution est comparée à un échantillon de 6 000 autres pour repérer les
# campagnes, et les thèmes sont appris sur 6 000 voix tirées au hasard). Le banc d'essai du
# cours (`bench/bench_synthese.py`) la mesure sur 100 000 et 1 000 000 de contributions.

# %%
grande = generer_consultation(n=TAILLE_ECHELLE, graine=GRAINE)
debut = time.perf_counter()
resultat = synthetiser_consultation(grande, population=population, graine=GRAINE)
duree = time.perf_counter() - debut
mesure = evaluer_campagnes(resultat["campagnes"]["signalee"], grande["campagne"].astype(str) != "aucune")
print(f"{format_nombre(len(grande))} contributions synthétisées en {format_nombre(duree, 1)} s : "
      f"{len(resultat['synthese'])} lignes ; campagnes : précision {format_pourcentage(mesure['precision'], 1)}, "
      f"rappel {format_pourcentage(mesure['rappel'], 1)} ; thèmes minoritaires retrouvés : "
      f"{format_pourcentage(evaluer_minorites(resultat['synthese'], grande)['rappel'])}.")
resultat["synthese"][["rubrique", "intitule", "contributions", "voix"]].head(8)

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
#   la part des voix hors top 5, les contributions sur le handicap dispersées dans plusieurs
#   thèmes, l'écart brut / pondéré à la question ZFE, la sous-représentation des 18-29 ans ou
#   des quartiers prioritaires en ligne.
# - **1 point** : la responsabilité : la machine propose, une personne nommée valide et signe ;
#   la méthode (seuils, règle de vigilance, pondération) est publiée ; toute contribution
#   écartée ou fusionnée reste consultable.
#
# *Exemple de réponse complète* : la machine ne décide ni de qui compte (fusionner 312
# contributions en 37 voix est juste, mais un seuil de 0,40 fusionnerait aussi des habitant·es
# ordinaires), ni de ce qui est « majoritaire » (le « non » à la ZFE change de plusieurs points
# selon la pondération et les campagnes), ni des sujets qui comptent : les contributions sur le
# handicap sont dispersées dans une dizaine de thèmes et un top 5 laisse de côté près de 40 %
# des voix. Les noms des thèmes et la synthèse finale sont relus et signés par l'équipe, qui publie
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
# *Exemple de réponse complète* : « Merci : 6 000 contributions de 3 677 personnes ont été
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
# *Exemple de réponse complète* : un résumé retient ce qui est dit souvent : les quelque 70
# contributions sur l'accessibilité, dispersées dans plusieurs thèmes, disparaissent d'un top 5
# alors qu'elles décrivent des obstacles que personne d'autre ne voit. Ce sont les personnes
# les moins nombreuses, ou celles qui écrivent autrement, qui en pâtissent. Notre règle garde
# les sujets que nous avions prévus, avec des citations ; elle ne voit pas un sujet imprévu, ni
# une contribution dont les mots diffèrent. Il faut donc aussi lire les petits thèmes et les
# contributions isolées, et construire la liste de vigilance avec les associations.
# ### END SOLUTION

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
#   repose ; le rapport dit aussi ses limites.
# - La même chaîne tourne sur des centaines de milliers de contributions.
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
resultat_gd["synthese"][["rubrique", "intitule", "contributions", "voix", "citations"]]

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
# **Lab suivant** : Lab 04 — Protéger les données personnelles (à venir), qui repère et masque
# les noms, numéros de téléphone et adresses glissés dans les contributions avant de les
# publier ou de les citer.
