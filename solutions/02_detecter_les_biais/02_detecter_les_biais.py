# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lab 02 — Détecter les biais d'un modèle d'urgence
#
# **Ce que vous saurez faire à la fin de ce lab**
# - dire d'où vient un biais dans un outil d'IA : les étiquettes du passé, les variables
#   « indirectes », la façon d'écrire, les personnes absentes des données ;
# - mesurer, groupe par groupe, qui est signalé et qui est oublié, à la main avec pandas puis
#   avec la bibliothèque **fairlearn** ;
# - montrer qu'enlever une colonne « sensible » ne suffit pas, tester un modèle en changeant un
#   seul détail d'un texte (tests « contrefactuels »), et comparer femmes et hommes **à sujet
#   égal** pour distinguer un biais de genre qui passe par le sujet d'un écart qui reste à sujet
#   égal (sur les données de ce lab, dans les décisions passées des agent·es, pas dans celles du
#   modèle : la section 5 le mesure) ;
# - comparer des corrections et leurs coûts, dire ce que le droit en dit, et comprendre pourquoi
#   aucune correction ne règle tout ;
# - rédiger une fiche d'audit qu'une direction peut lire.
#
# **Prérequis** : le Lab 01 (en particulier sa section 7 sur l'urgence). Aucune connaissance en
# statistiques : chaque indicateur est expliqué avec des mots.
#
# **Durée estimée** : 8 h à 10 h, en trois séances, pour une personne qui a suivi les Labs 00
# et 01 sans autre expérience du code (trois essais complets, avec la seule version apprenant·e,
# réflexions comprises : environ 7 h 30, 9 h 15 et 8 h ; les sections 2, 5, 6 et 7 sont les plus
# longues) ; environ 4 h 15 si vous avez déjà codé, 11 h 30 si vous n'aviez jamais codé avant le
# Lab 00. Les séances : sections 0 à 4, puis 5 et 6, puis 7 et 8 (environ 3 h, 3 h 30 et
# 2 h 30 au second essai) ; les sections 5 et 7 commencent par une cellule « Reprendre ici ». Les
# encadrés « Pour aller plus loin » sont facultatifs.
#
# **La situation.** Le prestataire du Lab 01 revient avec un **modèle d'urgence** prêt à
# l'emploi : il lit chaque demande et le quartier indiqué dans le formulaire, et signale les
# urgences, autant que les agent·es en signalaient (même charge de travail). Avant tout
# déploiement, la directrice réunit un petit comité : vous (l'audit), la déléguée à la
# protection des données (DPO) et le référent égalité de la métropole. Le référent a une
# demande : deux associations, l'une d'aide aux femmes victimes de violences, l'autre des
# quartiers prioritaires, ont signalé que « les signalements de harcèlement ne sont jamais
# traités en urgence » ; il veut savoir si c'est vrai, et si le modèle ferait pareil. Pour cet
# audit, une équipe indépendante a relu **toutes les demandes** et établi leur urgence réelle
# (`urgence_reference`) : c'est rare et coûteux (environ 200 heures de relecture), et on ne
# pourra pas le refaire chaque année ; mais c'est ce qui permet de juger. Dans le scénario, cette
# équipe réunit des agent·es expérimenté·es d'autres services et deux intervenantes formées à
# l'accueil des victimes de violences, avec des critères d'urgence écrits à l'avance et discutés
# avec les deux associations. Qui relit compte : une équipe qui ne connaîtrait pas les violences
# faites aux femmes pourrait sous-estimer ces urgences à son tour, et l'audit ne verrait rien. (Les
# données du lab sont fictives : leur « vérité » est celle du générateur, décrite dans
# `data/README.md`.) Votre mission :
# mesurer ce que ce modèle ferait aux habitant·es, groupe par groupe, et proposer une décision.

# %% [markdown]
# ## 0. Mise en place
#
# Comme dans les labs précédents : remplacez `raise NotImplementedError()` par votre code,
# dépliez l'**indice** si besoin, puis exécutez la cellule de test sans la modifier. Si votre
# cellule de réponse a produit une erreur, la variable garde son ancienne valeur : corrigez
# et réexécutez d'abord votre cellule, puis le test.
#
# | Message d'erreur | Ce qu'il veut dire le plus souvent |
# |---|---|
# | `KeyError: 'nom'` | une colonne mal écrite (accents, majuscules, tiret bas) ; ou `.groupby("colonne")` appelé sur une colonne seule : donnez alors la colonne elle-même, `.groupby(tableau["colonne"])` |
# | `NameError: name '…' is not defined` | une variable pas encore créée : exécutez les cellules du dessus ; ou une **valeur** écrite sans guillemets (`"urgente"`). Ne mettez jamais de guillemets autour d'un **nom de variable** (`PART_URGENTE`, `demandes`) |
# | `'<' not supported between instances of 'int' and 'str'` | un nom de variable mis entre guillemets (`part="PART_URGENTE"`) : Python reçoit le texte « PART_URGENTE », pas le nombre ; écrivez `part=PART_URGENTE` |
# | `The truth value of a Series is ambiguous` | utilisez `&` (et), `\|` (ou), `~` (non) entre parenthèses, pas `and`, `or`, `not` |
# | `TypeError: … bitwise_or`, `… bitwise_and` ou `unsupported operand type(s) for &` (ou `\|`) | il manque des parenthèses autour de chaque condition : `(condition 1) & (condition 2)` |
# | `Feature array has too many dimensions` | `sensitive_features` attend la colonne elle-même, `demandes["groupe_ecriture"]`, pas son nom entre guillemets `"groupe_ecriture"` |
# | `SyntaxError` (`invalid syntax`, `'{' was never closed`, `unterminated string literal`…) | une virgule oubliée à la fin d'une ligne d'un dictionnaire, une parenthèse ou une accolade non fermée, ou une apostrophe qui ferme un texte écrit entre apostrophes : écrivez les textes entre guillemets droits `"…"` (l'apostrophe peut alors y rester : `"l'audit"`) |
# | `TypeError: … missing 1 required … argument` ou `… unexpected keyword argument` | un argument oublié ou mal nommé : relisez la consigne et l'indice |
# | `ValueError: … pos_label …` ou `Supplied y labels are not 0 or 1` | `MetricFrame` de fairlearn attend des vrai/faux (`True`/`False`), pas les textes « urgente » / « non urgente » (la fonction `taux_manquees` du cours, elle, accepte les deux) |
# | `NotFittedError: This ThresholdOptimizer instance is not fitted yet` | l'objet n'a pas encore appris (il n'est pas « ajusté ») : exécutez d'abord sa ligne `.fit(…)`, puis `.predict(…)` |
# | `TypeError: … takes 1 positional argument but 5 were given` | écrivez le nom de chaque argument : `MetricFrame(metrics=…, y_true=…, y_pred=…, sensitive_features=…)` |
# | `Found input variables with inconsistent numbers of samples: [800, 12000]` | deux colonnes de longueurs différentes : l'une vient de `audit` (800 lignes), l'autre de `demandes` (12 000) ; prenez-les dans le même tableau |
# | `ValueError: could not convert string to float: 'poids'` | un nom entre guillemets là où Python attend des nombres : `poids="poids"` lui donne le texte « poids » ; passez la variable ou la colonne elle-même, sans guillemets (`poids=poids`, `demandes["colonne"]`) |
# | `IndexingError: Unalignable boolean Series` | un filtre vrai/faux qui ne correspond pas aux lignes du tableau : vérifiez `axis=1` (une valeur par ligne) et que le filtre vient du même tableau |
# | `nan`, ou une part de 0 | une sélection vide : une valeur mal écrite (« urgente » en minuscules, « non urgente ») |
#
# La cellule suivante importe les outils du lab (quelques secondes).

# %%
# %xmode Minimal

# %%
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from fairlearn.metrics import MetricFrame, false_negative_rate, selection_rate

from civiclabs import (
    CHANGEMENTS,
    ECARTS_FICHE,
    GROUPES_AUDIT,
    PALETTE,
    ScoreDejaCalcule,
    afficher_fiche_audit,
    ajouter_groupes,
    appliquer_style,
    bilan_option,
    comparer_corrections,
    charger_demandes,
    contrefactuel,
    curseur_options,
    decider,
    diagramme_barres,
    ecarts_par_groupe,
    est_urgente,
    explorer_ecarts,
    format_nombre,
    format_points,
    format_pourcentage,
    graduations_a_la_francaise,
    lecture,
    limiter_calculs_paralleles,
    modele_texte,
    mots_influents,
    mots_vides,
    poids_reequilibrage,
    scores_hors_echantillon,
    taux_manquees,
    tracer_mots_influents,
    tracer_options,
    tracer_taux_manquees,
)

appliquer_style()
limiter_calculs_paralleles()  # calculs plus rapides sur une petite machine
warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 0  # graine des tirages au hasard : la même graine donne les mêmes résultats
REGLE_ECART = 5  # règle du comité : aucun groupe audité ne doit avoir plus de 5 points de vraies urgences manquées en plus

# %% [markdown]
# ## 1. D'où viennent les biais
#
# Un modèle apprend à imiter des exemples. S'il se trompe plus souvent pour certaines
# personnes, c'est presque toujours pour l'une de ces raisons :
#
# 1. **Les étiquettes du passé.** Le modèle apprend `urgence_historique`, c'est-à-dire ce que
#    les agent·es *ont décidé*, sous la pression, avec leurs habitudes. Si une demande urgente
#    venant d'un quartier prioritaire était plus souvent classée « non urgente », le modèle
#    apprend à faire de même.
# 2. **Les variables indirectes** (*proxies*). Retirer la colonne `quartier` ne suffit pas : le
#    nom d'une rue, une tournure, une faute d'orthographe disent aussi d'où l'on écrit.
# 3. **Qui écrit, et comment.** Un message télégraphique ou plein de fautes contient moins de
#    mots « qui alertent » qu'une lettre soutenue : à situation égale, il paraît moins urgent.
# 4. **Qui manque.** Les personnes qui n'écrivent pas à la métropole n'apparaissent nulle part :
#    aucune mesure faite sur ces données ne les voit.
#
# Chaque ligne ci-dessous est une demande ; `urgence_historique` est la décision de l'époque,
# `urgence_reference` celle de l'audit. La fonction `ajouter_groupes` ajoute trois colonnes de
# groupes qui serviront tout au long du lab ; leurs noms disent qui est dedans :
#
# | colonne | groupe audité | comparé à |
# |---|---|---|
# | `groupe_quartier` | « quartier prioritaire » : les quartiers prioritaires de la métropole | « autre quartier » |
# | `groupe_ecriture` | « informelle ou fautive » : registre familier, télégraphique, français non natif, ou nombreuses fautes | « autre écriture » |
# | `groupe_signalement` | « femme signalant harcèlement ou insécurité » : genre déclaré femme **et** sujet « harcèlement et insécurité » | « toute autre demande (y compris ce sujet) » : **toutes** les autres demandes, dont les signalements du même sujet faits par des hommes ou sans genre renseigné |
#
# Le troisième groupe mêle donc le genre et le sujet ; la section 5 les sépare, en comparant
# femmes, hommes et genre non renseigné **à sujet égal**.

# %%
demandes = ajouter_groupes(charger_demandes())
vrai = demandes["urgence_reference"] == "urgente"  # True pour les demandes réellement urgentes
historique_urgente = demandes["urgence_historique"] == "urgente"  # True si classée urgente à l'époque
print(f"{format_nombre(len(demandes))} demandes, dont {format_nombre(vrai.sum())} réellement urgentes.")
demandes[["identifiant", "quartier", "groupe_quartier", "groupe_ecriture", "urgence_historique", "urgence_reference"]].head()

# %% [markdown]
# ### 📝 Exercice 1.1 — Combien d'urgences ? (1 point)
#
# Calculez la part des demandes classées urgentes **par les agent·es à l'époque**
# (`part_urgente_historique`) et la part des demandes **réellement urgentes** selon l'audit
# (`part_urgente_reference`). Deux nombres entre 0 et 1.

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
part_urgente_historique = None
part_urgente_reference = None
### BEGIN SOLUTION
part_urgente_historique = (demandes["urgence_historique"] == "urgente").mean()
part_urgente_reference = (demandes["urgence_reference"] == "urgente").mean()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `(demandes["urgence_historique"] == "urgente")` donne une colonne de vrai/faux ;
# `.mean()` donne la part de « vrai ». Même chose avec `"urgence_reference"`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex1_1(part_urgente_historique, part_urgente_reference, demandes)
### BEGIN HIDDEN TESTS
assert part_urgente_historique < part_urgente_reference, "L'historique compte moins d'urgences que l'audit."
assert abs(part_urgente_reference - vrai.mean()) < 1e-9, "La part de référence ne correspond pas aux données."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le prestataire règle son modèle pour signaler **la même part** que l'historique (même charge
# de travail pour les équipes). On garde cette part pour tout le lab.

# %%
PART_URGENTE = float(historique_urgente.mean())
print(f"Part des demandes que le modèle signalera urgentes : {format_pourcentage(PART_URGENTE)}")

# %% [markdown]
# ## 2. Mesurer, groupe par groupe
#
# La question d'un audit n'est pas « le modèle se trompe-t-il ? » (il se trompe toujours un
# peu) mais **« se trompe-t-il davantage pour certaines personnes, et dans quel sens ? »**.
# Pour une urgence, l'erreur grave est de **manquer une vraie urgence** : la personne attend.
# L'indicateur clé est donc, parmi les demandes réellement urgentes, la part classée « non
# urgente » : les statisticien·nes l'appellent **taux de faux négatifs**. On le compare d'un
# groupe à l'autre ; l'**écart** en points est la différence entre les deux groupes.
#
# ### 📝 Exercice 2.1 — Reconnaître l'écriture informelle ou fautive (2 points)
#
# `ajouter_groupes` a déjà créé ces groupes, mais un·e auditeur·trice doit savoir les définir à
# partir des données brutes : l'an prochain, les nouvelles demandes n'auront pas de colonne
# `groupe_ecriture` toute faite. Écrivez la fonction `est_informelle(tableau)` : elle renvoie,
# pour chaque demande du tableau reçu, vrai si son `registre` est l'un de `"familier"`,
# `"télégraphique"`, `"français non natif"`, **ou** si son `orthographe` vaut
# `"nombreuses fautes"`. La dernière ligne de la cellule l'applique aux demandes du lab :
# `informelle`.
#
# À l'intérieur de la fonction, utilisez seulement `tableau` (ses colonnes `registre` et
# `orthographe`), sans `ajouter_groupes` ni `groupe_ecriture` : le test l'essaiera sur des
# demandes d'une autre année, réduites à leur identifiant, leur texte, leur registre et leur
# orthographe.

# %% nbgrader={"grade": false, "grade_id": "ex2_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return (tableau["registre"].isin([…])) | (tableau["orthographe"] == …)
informelle = None


def est_informelle(tableau):
    """Vrai pour chaque demande de « tableau » écrite de façon informelle ou fautive."""
    ### BEGIN SOLUTION
    return tableau["registre"].isin(["familier", "télégraphique", "français non natif"]) | (
        tableau["orthographe"] == "nombreuses fautes"
    )
    ### END SOLUTION


informelle = est_informelle(demandes)

# %% [markdown]
# <details><summary>Indice</summary>
#
# Une ligne, en retrait de quatre espaces sous le `def`. `tableau["registre"].isin([…trois
# registres…])` teste l'appartenance à une liste ; le signe `|` veut dire « ou » ; mettez chaque
# condition entre parenthèses. La ligne complète :
# `return tableau["registre"].isin(["familier", "télégraphique", "français non natif"]) | (tableau["orthographe"] == "nombreuses fautes")`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex2_1(est_informelle, informelle, demandes)
### BEGIN HIDDEN TESTS
assert informelle.astype(bool).equals(demandes["groupe_ecriture"] == "informelle ou fautive"), "La définition ne correspond pas au groupe de l'audit."
_brutes = demandes[["registre", "orthographe"]].sample(3000, random_state=21)
_brutes.index = _brutes.index + 70_000  # d'autres numéros que les demandes du notebook
_attendu = _brutes["registre"].isin(["familier", "télégraphique", "français non natif"]) | (_brutes["orthographe"] == "nombreuses fautes")
assert est_informelle(_brutes.copy()).astype(bool).equals(_attendu), "Sur des demandes réduites au registre et à l'orthographe, est_informelle ne donne pas le bon groupe."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 2.2 — À la main : les urgences oubliées par quartier (2 points)
#
# Cette mesure, vous la referez pour d'autres groupes et, l'an prochain, sur d'autres
# demandes : écrivez-la une fois pour toutes dans une petite **fonction**, comme `part_du_canal`
# au Lab 00. `manquees_par_groupe(tableau, colonne)` reçoit un tableau de demandes et le nom
# d'une colonne de groupes. Elle garde les demandes **réellement urgentes** du tableau puis,
# pour chaque valeur de la colonne, renvoie la part de ces demandes que l'historique a classées
# `"non urgente"` (une colonne pandas, un nombre par groupe). La dernière ligne de la cellule
# l'applique aux groupes de quartier : `manquees_historique`.
#
# À l'intérieur de la fonction, utilisez seulement `tableau` et `colonne`, jamais `demandes`,
# `vrai` ni `"groupe_quartier"` : le test essaiera votre fonction sur les demandes d'une autre
# année et sur d'autres groupes.

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : les vraies urgences du tableau, puis (… == "non urgente").groupby(…).mean()
manquees_historique = None


def manquees_par_groupe(tableau, colonne):
    """Parmi les demandes réellement urgentes de « tableau », la part classée « non urgente »
    par l'historique, pour chaque valeur de la colonne « colonne »."""
    ### BEGIN SOLUTION
    urgentes = tableau[tableau["urgence_reference"] == "urgente"]
    return (urgentes["urgence_historique"] == "non urgente").groupby(urgentes[colonne]).mean()
    ### END SOLUTION


manquees_historique = manquees_par_groupe(demandes, "groupe_quartier")

# %% [markdown]
# <details><summary>Indice</summary>
#
# Deux lignes, en retrait de quatre espaces sous le `def`. D'abord les vraies urgences du
# tableau reçu : `urgentes = tableau[tableau["urgence_reference"] == "urgente"]`. Ensuite,
# `(urgentes["urgence_historique"] == "non urgente")` dit, pour chaque vraie urgence, si elle a
# été manquée ; `.groupby(urgentes[colonne]).mean()` en fait la part, groupe par groupe (sans
# guillemets autour de `colonne` : c'est le nom reçu par la fonction). La ligne complète :
# `return (urgentes["urgence_historique"] == "non urgente").groupby(urgentes[colonne]).mean()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex2_2(manquees_par_groupe, manquees_historique, demandes)
### BEGIN HIDDEN TESTS
from civiclabs import ajouter_groupes
from civiclabs.corpus import generer_demandes

assert manquees_historique["quartier prioritaire"] > manquees_historique["autre quartier"] + 0.2, "L'écart entre quartiers n'est pas celui des données."
_nouvelles = ajouter_groupes(generer_demandes(n=2500, graine=9021))
_nouvelles.index = _nouvelles.index + 50_000  # numérotées après les demandes du notebook
_urgentes = _nouvelles[_nouvelles["urgence_reference"] == "urgente"]
for _colonne in ("groupe_quartier", "groupe_signalement", "tranche_age"):
    _attendu = (_urgentes["urgence_historique"] == "non urgente").groupby(_urgentes[_colonne]).mean()
    _obtenu = manquees_par_groupe(_nouvelles.copy(), _colonne)
    assert set(_obtenu.index) == set(_attendu.index), f"Sur 2 500 demandes jamais vues, manquees_par_groupe(…, « {_colonne} ») ne trouve pas les groupes de cette colonne."
    assert all(abs(_obtenu[g] - _attendu[g]) < 1e-9 for g in _attendu.index), f"Sur 2 500 demandes jamais vues, manquees_par_groupe(…, « {_colonne} ») ne donne pas les bonnes parts."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### La même mesure avec fairlearn
#
# La bibliothèque **fairlearn** fait ce calcul pour plusieurs indicateurs et plusieurs groupes
# à la fois, avec un objet `MetricFrame` (« tableau d'indicateurs »). Il lui faut :
# - `metrics` : les indicateurs, ici un dictionnaire `{nom: fonction}` ;
# - `y_true` : la vérité (vraie urgence ou non), `y_pred` : la décision à juger ;
# - `sensitive_features` : la colonne qui forme les groupes.
#
# Deux indicateurs : `selection_rate` (la **part signalée urgente**, parmi toutes les demandes
# du groupe) et `false_negative_rate` (la part des **vraies urgences manquées**).
#
# ### 📝 Exercice 2.3 — Un `MetricFrame` pour l'écriture (2 points)
#
# Construisez `cadre_historique` : un `MetricFrame` avec les `indicateurs` ci-dessous, la vérité
# `vrai`, la décision `historique_urgente`, et les groupes `demandes["groupe_ecriture"]`.
# (`vrai` et `historique_urgente` sont des colonnes vrai/faux, préparées en section 1 :
# `MetricFrame` en a besoin, les textes « urgente » / « non urgente » ne lui conviennent pas. La
# fonction `taux_manquees` du cours, que vous utiliserez ensuite, accepte les deux : elle
# transforme d'abord les textes en vrai/faux, puis appelle `MetricFrame`.)

# %% nbgrader={"grade": false, "grade_id": "ex2_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
indicateurs = {"part signalée urgente": selection_rate, "vraies urgences manquées": false_negative_rate}
cadre_historique = None
### BEGIN SOLUTION
cadre_historique = MetricFrame(
    metrics=indicateurs, y_true=vrai, y_pred=historique_urgente, sensitive_features=demandes["groupe_ecriture"]
)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `MetricFrame(metrics=indicateurs, y_true=vrai, y_pred=historique_urgente, sensitive_features=demandes["groupe_ecriture"])`.
# Les noms des arguments comptent : écrivez-les tels quels.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex2_3(cadre_historique, indicateurs, demandes)
### BEGIN HIDDEN TESTS
assert abs(cadre_historique.by_group.loc["informelle ou fautive", "part signalée urgente"] - historique_urgente[demandes["groupe_ecriture"] == "informelle ou fautive"].mean()) < 1e-9, "La part signalée ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le même tableau d'indicateurs, calculé par le cours (la fonction `taux_manquees` du paquet fait
# exactement ce `MetricFrame`), en image :

# %%
cadre_ecriture = taux_manquees(vrai, historique_urgente, demandes["groupe_ecriture"])
tracer_taux_manquees(cadre_ecriture, "L'étiquette historique selon l'écriture", "Écriture de la demande")
plt.show()
_m = cadre_ecriture.by_group
_inf, _aut = _m.loc["informelle ou fautive"], _m.loc["autre écriture"]
_rapport = _inf.iloc[0] / _aut.iloc[0]
_fractions = {1 / 2: "moitié moins souvent", 1 / 3: "un tiers moins souvent", 1 / 4: "un quart moins souvent",
              2 / 3: "deux tiers moins souvent", 1 / 5: "un cinquième moins souvent"}
_proche = min(_fractions, key=lambda f: abs(1 - _rapport - f))
_moins_souvent = (("environ " if abs(1 - _rapport - _proche) > 0.005 else "") + _fractions[_proche]
                  if _rapport < 1 and abs(1 - _rapport - _proche) < 0.04
                  else f"{format_pourcentage(1 - _rapport)} moins souvent" if _rapport < 1 else "au moins aussi souvent")
lecture(
    f"les demandes informelles ou fautives sont {_moins_souvent} signalées ({format_pourcentage(_inf.iloc[0])} contre "
    f"{format_pourcentage(_aut.iloc[0])}), mais leurs vraies urgences sont {format_nombre(_inf.iloc[1] / _aut.iloc[1], 1)} fois "
    f"plus souvent manquées ({format_pourcentage(_inf.iloc[1])} contre {format_pourcentage(_aut.iloc[1])}) : regarder "
    "seulement la part signalée cacherait l'essentiel."
)

# %% [markdown]
# `.difference()` donne l'écart entre le groupe le plus haut et le plus bas, pour chaque
# indicateur. C'est une différence de deux parts : on l'écrit en **points** (de pourcentage),
# pas en % (de 10 % à 15 %, il y a 5 points, pas « 5 % »).

# %%
ecarts_ecriture = cadre_ecriture.difference()
print((100 * ecarts_ecriture).map(format_points).to_string())
lecture(
    f"entre les deux écritures, la part signalée urgente diffère de {format_points(100 * ecarts_ecriture.iloc[0])}, "
    f"la part de vraies urgences manquées de {format_points(100 * ecarts_ecriture.iloc[1])}."
)

# %% [markdown]
# ### 🎛️ Explorer sans code
#
# Choisissez la **décision** (pour l'instant, l'étiquette historique) et la façon de former les
# **groupes** : quartier, écriture, signalement de harcèlement, mais aussi genre, âge ou canal.
# Quels groupes voient leurs urgences le plus souvent manquées ? (Sans le widget, la même
# chose en code : `tracer_taux_manquees(taux_manquees(vrai, historique_urgente, demandes["canal"]), "titre", "Canal")`,
# puis `plt.show()` sur la ligne suivante.)

# %%
explorer_ecarts(demandes, {"étiquette historique": historique_urgente});

# %% [markdown]
# ## 3. L'échantillon d'audit, puis le modèle
#
# En pratique, on n'a presque jamais la vérité pour toutes les demandes : le Lab 01 n'avait
# que l'**échantillon d'audit** (800 demandes tirées au hasard, `echantillon_audit`). Que
# dit-il de l'écart entre quartiers ?
#
# ### 📝 Exercice 3.1 — Ce que dit un échantillon (1 point)
#
# Sur l'échantillon d'audit (`audit`, déjà préparé), calculez l'écart de vraies urgences
# manquées par l'historique entre quartiers prioritaires et autres quartiers, **en points**
# (quartier prioritaire moins autre quartier, multiplié par 100) : `ecart_echantillon`.
# La fonction `taux_manquees(vrai, decision, groupes)` renvoie le même `MetricFrame` qu'à
# l'exercice 2.3 ; elle accepte des colonnes vrai/faux ou les textes « urgente » / « non urgente »
# (comme `audit["urgence_reference"]`).

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
audit = demandes[demandes["echantillon_audit"]]
ecart_echantillon = None
### BEGIN SOLUTION
_cadre = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_quartier"])
_par_groupe = _cadre.by_group["vraies urgences manquées"]
ecart_echantillon = 100 * (_par_groupe["quartier prioritaire"] - _par_groupe["autre quartier"])
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `cadre = taux_manquees(audit["urgence_reference"], audit["urgence_historique"], audit["groupe_quartier"])`,
# puis `manquees = cadre.by_group["vraies urgences manquées"]` et
# `100 * (manquees["quartier prioritaire"] - manquees["autre quartier"])`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex3_1(ecart_echantillon, demandes)
### BEGIN HIDDEN TESTS
assert 10 < ecart_echantillon < 50, "L'écart mesuré sur l'échantillon sort de l'intervalle plausible."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Combien de vraies urgences par groupe dans cet échantillon ? Peu (leur nombre s'affiche
# ci-dessous) : un écart mesuré sur si peu de demandes bouge beaucoup d'un tirage à l'autre. Le **rééchantillonnage**
# (*bootstrap*) le montre : parmi les vraies urgences de l'échantillon, on tire au hasard autant
# de demandes qu'il y en a (avec remise : une même demande peut sortir deux fois), on recommence
# 500 fois, et l'on regarde comment l'écart varie d'un tirage à l'autre.

# %%
_urgentes_audit = audit[audit["urgence_reference"] == "urgente"]
_effectifs = _urgentes_audit["groupe_quartier"].value_counts()
print("Vraies urgences dans l'échantillon : "
      + ", ".join(f"{format_nombre(n)} ({groupe})" for groupe, n in _effectifs.items()))
generateur = np.random.default_rng(GRAINE)
manquee = (_urgentes_audit["urgence_historique"] == "non urgente").to_numpy()
prioritaire = (_urgentes_audit["groupe_quartier"] == "quartier prioritaire").to_numpy()
ecarts_tires = []
for _ in range(500):
    tirage = generateur.integers(0, len(manquee), len(manquee))
    m, p = manquee[tirage], prioritaire[tirage]
    ecarts_tires.append(100 * (m[p].mean() - m[~p].mean()))
bas, haut = np.percentile(ecarts_tires, [5, 95])
ecarts_historique = ecarts_par_groupe(demandes, historique_urgente)
ecart_complet = ecarts_historique.loc["groupe_quartier", "écart (points)"]
fig, ax = plt.subplots()
ax.hist(ecarts_tires, bins=30, color=PALETTE[0])
ax.axvspan(bas, haut, color=PALETTE[1], alpha=0.2, zorder=0, label="9 tirages sur 10 (du 5ᵉ au 95ᵉ centile)")
ax.axvline(ecart_complet, color=PALETTE[5], linewidth=2, label="écart sur les 12 000 demandes")
ax.set_title("Écart entre quartiers sur 500 tirages de l'échantillon d'audit")
ax.set_xlabel("Écart de vraies urgences manquées (points)")
ax.set_ylabel("Nombre de tirages")
ax.legend(loc="upper left")
plt.show()
lecture(
    f"9 tirages sur 10 donnent un écart entre {format_nombre(bas, 0)} et {format_nombre(haut, 0)} points : "
    f"l'échantillon suffit pour voir un écart de {format_nombre(ecart_complet, 0)} points, pas pour le mesurer "
    "à quelques points près, ni pour des groupes plus petits."
)

# %% [markdown]
# ### Le modèle du prestataire
#
# Le modèle lit le texte **et** le quartier du formulaire ; il a appris l'urgence historique.
# Remarquez déjà une chose : à texte identique, il peut décider autrement selon le quartier
# indiqué. Or le **lieu de résidence** est un critère de discrimination interdit depuis la loi
# n° 2014-173 du 21 février 2014 (qui l'a ajouté à l'article 225-1 du code pénal et à
# l'article 1ᵉʳ de la loi n° 2008-496 du 27 mai 2008). Le lab simplifie : le quartier d'une
# demande n'est pas toujours celui où vit la personne (on peut signaler un problème ailleurs),
# mais il en est souvent proche. Un modèle qui s'appuie sur ce critère doit donc être justifié,
# et ses effets mesurés : c'est l'objet de cet audit.
# Pour le juger honnêtement sur les 12 000 demandes, chaque demande doit être notée par un
# modèle qui ne l'a jamais vue : c'est la **validation croisée**. On coupe les demandes en 5
# parts ; le modèle apprend sur 4 parts et note la 5e ; on recommence 5 fois. La fonction
# `scores_hors_echantillon` fait tout cela et renvoie un **score** d'urgence entre 0 et 1 par
# demande (quelques secondes).

# %%
scores_prestataire = scores_hors_echantillon(demandes, colonnes=("texte", "quartier"), etiquette="urgence_historique")
seuil_prestataire = scores_prestataire.quantile(1 - PART_URGENTE)
fig, ax = plt.subplots()
ax.hist([scores_prestataire[vrai], scores_prestataire[~vrai]], bins=40, stacked=True, color=[PALETTE[5], PALETTE[0]],
        label=["réellement urgentes", "non urgentes"])
ax.axvline(seuil_prestataire, color="black", linestyle="--", label=f"seuil : {format_pourcentage(PART_URGENTE)} signalées")
ax.set_title("Scores d'urgence du modèle du prestataire")
ax.set_xlabel("Score (probabilité que l'historique l'ait classée urgente)")
ax.set_ylabel("Nombre de demandes")
graduations_a_la_francaise(ax, "x", decimales=2)  # « 0,25 » plutôt que « 0.25 »
ax.legend()
plt.show()
lecture(
    f"les demandes à droite du seuil ({format_nombre(seuil_prestataire, 2)}) seraient signalées urgentes ; "
    f"{format_pourcentage((scores_prestataire[vrai] < seuil_prestataire).mean())} des vraies urgences sont à gauche : "
    "le modèle les manquerait. Reste à savoir lesquelles."
)

# %% [markdown]
# ### 📝 Exercice 3.2 — Auditer le modèle (2 points)
#
# 1. Transformez les scores en décisions : `decision_prestataire = decider(scores_prestataire, part=…)`,
#    avec la part d'urgences du prestataire, `PART_URGENTE`.
# 2. Mesurez les écarts des trois groupes avec `ecarts_par_groupe(demandes, decision_prestataire)` ;
#    rangez le tableau dans `ecarts_prestataire`.

# %% nbgrader={"grade": false, "grade_id": "ex3_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
decision_prestataire = None
ecarts_prestataire = None
### BEGIN SOLUTION
decision_prestataire = decider(scores_prestataire, part=PART_URGENTE)
ecarts_prestataire = ecarts_par_groupe(demandes, decision_prestataire)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `decider(scores_prestataire, part=PART_URGENTE)` puis `ecarts_par_groupe(demandes, decision_prestataire)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex3_2(decision_prestataire, ecarts_prestataire, scores_prestataire, PART_URGENTE, demandes)
### BEGIN HIDDEN TESTS
assert abs(decision_prestataire.astype(bool).mean() - PART_URGENTE) < 0.005, "La part signalée n'est pas celle de l'historique."
assert all(ecarts_prestataire["écart (points)"] > 8), "Les écarts du modèle ne correspondent pas à ceux des données."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le même tableau que votre `ecarts_prestataire`, calculé par le cours (`ecarts_modele`), arrondi et
# avec ses unités : les parts en %, l'écart en points. (Pour afficher le vôtre ainsi :
# `ecarts_prestataire.set_index("groupe audité").style.format(FORMAT_ECARTS)`.)

# %%
FORMAT_ECARTS = {"manquées dans le groupe": format_pourcentage, "manquées ailleurs": format_pourcentage,
                 "écart (points)": format_points, "vraies urgences du groupe": format_nombre}
ecarts_modele = ecarts_par_groupe(demandes, decider(scores_prestataire, PART_URGENTE))
ecarts_modele.set_index("groupe audité").style.format(FORMAT_ECARTS)

# %% [markdown]
# **Vos mesures et la fiche des données.** Ces données sont fictives : leur fiche (le fichier
# `data/README.md` du dépôt du cours) publie les écarts qui y ont été volontairement « plantés ».
# Le cours les range dans `ECARTS_FICHE` : comparons (tolérance annoncée : 1 point, puisque la
# méthode et les données sont les mêmes).

# %%
comparaison = pd.DataFrame({
    "étiquette historique (mesuré)": ecarts_historique["écart (points)"],
    "étiquette historique (fiche)": ECARTS_FICHE["étiquette historique"],
    "modèle (mesuré)": ecarts_modele["écart (points)"],
    "modèle (fiche)": ECARTS_FICHE["modèle du prestataire"],
}).set_axis(ecarts_modele["groupe audité"]).round(1)
comparaison.style.format(lambda v: format_nombre(v, 1)).set_caption("Écarts en points (groupe audité moins son groupe de comparaison)")

# %%
fig, ax = plt.subplots(figsize=(9, 4.5))
comparaison[["étiquette historique (mesuré)", "modèle (mesuré)"]].plot.barh(ax=ax, color=[PALETTE[1], PALETTE[0]])
ax.invert_yaxis()
fig.suptitle("Vraies urgences manquées en plus, par groupe audité", fontweight="bold", fontsize=13)  # centré sur la figure
ax.set_xlabel("Écart en points (groupe audité moins son groupe de comparaison)")
ax.set_ylabel("Groupe audité")
ax.legend(["étiquette historique", "modèle appris sur l'historique"], loc="lower right")
fig.tight_layout()
plt.show()
lecture(
    f"le modèle réduit les écarts de l'historique (par exemple de {format_nombre(comparaison.iloc[2, 0], 0)} à "
    f"{format_nombre(comparaison.iloc[2, 2], 0)} points pour les femmes qui signalent un harcèlement ou une "
    "insécurité), mais il les garde tous : il a appris les habitudes du passé."
)
lecture(
    "attention, un écart plus petit n'est pas forcément un progrès : hors quartiers prioritaires, le modèle manque "
    f"{format_pourcentage(ecarts_modele.loc['groupe_quartier', 'manquées ailleurs'])} des vraies urgences, contre "
    f"{format_pourcentage(ecarts_historique.loc['groupe_quartier', 'manquées ailleurs'])} pour l'historique : l'écart "
    "se réduit aussi parce que les autres sont moins bien servi·es."
)

# %% [markdown]
# ## 4. Enlever le quartier ne suffit pas
#
# Première idée du prestataire : « retirons la colonne quartier ». Essayons.
#
# Dans les sections 4 et 6, vous allez construire plusieurs corrections. Pour que les tests et la
# comparaison finale ne dépendent pas de vos réponses, le cours calcule dès maintenant, de son
# côté, chaque option comme dans les exercices (fonction `comparer_corrections`, quelques
# secondes) ; la section 6 les compare toutes.

# %%
scores_options, decisions = comparer_corrections(demandes, PART_URGENTE, graine=GRAINE, scores_prestataire=scores_prestataire)
print("Options calculées :", ", ".join(decisions))

# %% [markdown]
# ### 📝 Exercice 4.1 — Un modèle sans la colonne quartier (2 points)
#
# Calculez `scores_sans_quartier` avec `scores_hors_echantillon`, en ne donnant que le texte :
# `colonnes=("texte",)`. Puis, comme à l'exercice 3.2, les décisions (`part=PART_URGENTE`) et le
# tableau des écarts : `ecarts_sans_quartier`.

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
scores_sans_quartier = None
ecarts_sans_quartier = None
### BEGIN SOLUTION
scores_sans_quartier = scores_hors_echantillon(demandes, colonnes=("texte",), etiquette="urgence_historique")
ecarts_sans_quartier = ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `scores_hors_echantillon(demandes, colonnes=("texte",))` (entre parenthèses, une seule colonne), puis
# `ecarts_par_groupe(demandes, decider(scores_sans_quartier, part=PART_URGENTE))`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex4_1(scores_sans_quartier, ecarts_sans_quartier, scores_prestataire, scores_options,
                                PART_URGENTE, demandes)
### BEGIN HIDDEN TESTS
assert 2 < ecarts_sans_quartier.loc["groupe_quartier", "écart (points)"] < 12, "L'écart entre quartiers sans la colonne ne correspond pas aux données."
assert ecarts_sans_quartier.loc["groupe_ecriture", "écart (points)"] > 10, "L'écart d'écriture devrait rester élevé."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Pourquoi l'écart entre quartiers ne disparaît-il pas ? Parce que **le texte dit le quartier**.
# Demandons à un petit modèle de deviner, à partir du texte seul, si une demande vient d'un
# quartier prioritaire, et regardons les mots sur lesquels il s'appuie.

# %%
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

textes_app, textes_eval, quartiers_app, quartiers_eval = train_test_split(
    demandes["texte"], demandes["groupe_quartier"], test_size=0.25, random_state=GRAINE,
    stratify=demandes["groupe_quartier"])
devine_quartier = Pipeline([
    ("tfidf", TfidfVectorizer(stop_words=mots_vides())),
    ("modele", LogisticRegression(max_iter=1000, class_weight="balanced")),
]).fit(textes_app, quartiers_app)
exactitude_quartier = (devine_quartier.predict(textes_eval) == quartiers_eval).mean()
tracer_mots_influents(devine_quartier, "quartier prioritaire", n=12)
plt.show()
mots_reveles = ", ".join(f"« {mot} »" for mot in mots_influents(devine_quartier, "quartier prioritaire", n=5).index)
# le repère : répondre toujours le type de quartier le plus fréquent
_repere = quartiers_eval.value_counts(normalize=True)
lecture(
    f"à partir du texte seul, un modèle devine le type de quartier dans {format_pourcentage(exactitude_quartier)} "
    f"des cas (répondre toujours « {_repere.index[0]} » aurait raison dans {format_pourcentage(_repere.iloc[0])} "
    f"des cas) ; il s'appuie d'abord sur les noms de quartiers et de rues ({mots_reveles}) : "
    "retirer la colonne ne retire pas l'information, elle est écrite dans le message."
)

# %% [markdown]
# ---
# **Fin de la première séance** (sections 0 à 4). La prochaine fois, exécutez les cellules de la
# section 0, puis la cellule « Reprendre ici à la deuxième séance » ci-dessous.
#
# ## 5. Changer un seul détail : les tests contrefactuels
#
# ### ▶️ Reprendre ici à la deuxième séance
#
# Vous reprenez le lab après une pause (noyau redémarré, ordinateur éteint ou mis en veille) ?
# Tout ce qui avait été exécuté est oublié. Exécutez d'abord les **cellules de la section 0**
# (les imports, puis les paramètres), puis **la cellule ci-dessous** : elle recharge les demandes
# et refait, avec les outils du cours, ce dont les sections 5 et 6 ont besoin (les décisions de
# l'historique, les scores du modèle du prestataire, les options de correction ; moins d'une
# minute). Vos réponses aux exercices de la première séance ne sont pas nécessaires : elles
# restent enregistrées dans le notebook. Si vous enchaînez sans pause, exécutez-la aussi : elle
# ne refait que ce qui manque.

# %%
# Reprendre ici à la deuxième séance
if "scores_options" not in globals():  # le noyau a redémarré : ce que les sections 5 et 6 utilisent, refait
    demandes = ajouter_groupes(charger_demandes())
    vrai = demandes["urgence_reference"] == "urgente"
    historique_urgente = demandes["urgence_historique"] == "urgente"
    PART_URGENTE = float(historique_urgente.mean())
    scores_prestataire = scores_hors_echantillon(demandes, colonnes=("texte", "quartier"), etiquette="urgence_historique")
    scores_options, decisions = comparer_corrections(demandes, PART_URGENTE, graine=GRAINE,
                                                     scores_prestataire=scores_prestataire)
print(f"Prêt : {format_nombre(len(demandes))} demandes, le modèle du prestataire et {len(decisions)} options.")

# %% [markdown]
# Un test **contrefactuel** pose la question : « si *seul* ce détail changeait, le modèle
# déciderait-il autrement ? ». On prend de vraies demandes, on change une chose, et l'on compte
# les décisions qui **basculent**. La fonction `contrefactuel(textes, changement)` sait faire
# trois changements :

# %%
for nom, description in CHANGEMENTS.items():
    print(f"« {nom} » : {description}")
# Un exemple écrit pour le cours, dans le style des demandes d'une habitante qui apprend le français
exemple = ("Bonjour, excusez mon français, je l'apprends encore. J'habite place du Belvédère, quartier Les "
           "Hauts-de-Sorgue. Le soir, je suis obligée me faire raccompagner jusqu'à l'arrêt de bus : des hommes "
           "nous suivent, ma voisine et moi. Merci pour votre aide.")
print("\nAvant :", exemple)
print("Après :", contrefactuel([exemple], "quartier").iloc[0])

# %% [markdown]
# On teste le modèle **texte seul** (celui de la section 4), appris sur toutes les demandes, avec
# le seuil qui signale `PART_URGENTE` des demandes.

# %%
modele_t = modele_texte(demandes)
seuil_t = float(np.quantile(modele_t.predict_proba(demandes["texte"].tolist())[:, 1], 1 - PART_URGENTE))
print(f"Seuil de score au-dessus duquel une demande est signalée urgente : {format_nombre(seuil_t, 2)}")
# L'exemple de l'habitante suivie le soir : tel quel, dans un autre quartier, au masculin, les deux
_ailleurs = contrefactuel([exemple], "quartier").iloc[0]
_variantes = {"tel quel": exemple, "dans un autre quartier": _ailleurs,
              "au masculin": contrefactuel([exemple], "genre").iloc[0],
              "dans un autre quartier et au masculin": contrefactuel([_ailleurs], "genre").iloc[0]}
_scores_exemple = pd.Series(modele_t.predict_proba(list(_variantes.values()))[:, 1], index=list(_variantes))
_signalees = [nom for nom, score in _scores_exemple.items() if score >= seuil_t]
lecture(
    "l'exemple ci-dessus (une habitante suivie le soir jusqu'à l'arrêt de bus) a un score de "
    + ", ".join(f"{format_nombre(score, 2)} {nom}" for nom, score in _scores_exemple.items())
    + f", pour un seuil de {format_nombre(seuil_t, 2)} : "
    + ("le modèle texte seul ne le signale urgent dans aucune version, quel que soit le quartier ou le genre. "
       "Ce que l'association d'aide aux femmes appellerait une urgence, le modèle ne le voit pas : un test "
       "contrefactuel dit si un détail change la décision, pas si la décision était juste."
       if not _signalees else
       "le modèle texte seul le signale urgent " + ", ".join(_signalees)
       + (" seulement : un détail suffit à changer sa décision." if len(_signalees) < len(_variantes) else "."))
)

# %% [markdown]
# ### 📝 Exercice 5.1 — Déplacer une demande dans un autre quartier (2 points)
#
# `originaux` contient 2 000 textes de demandes des quartiers prioritaires, `modifies` les mêmes
# textes avec les rues et lieux d'un autre quartier.
# 1. `touches` : vrai pour les textes que le changement a réellement modifiés (`modifies != originaux`).
# 2. `taux_bascule_quartier` : **parmi les textes touchés**, la part dont la décision change,
#    c'est-à-dire où `est_urgente(modele_t, …, seuil_t)` diffère entre original et modifié.

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
originaux = demandes.loc[demandes["groupe_quartier"] == "quartier prioritaire", "texte"].sample(2000, random_state=GRAINE)
modifies = contrefactuel(originaux, "quartier")
touches = None
taux_bascule_quartier = None
### BEGIN SOLUTION
touches = modifies != originaux
avant = est_urgente(modele_t, originaux[touches], seuil_t)
apres = est_urgente(modele_t, modifies[touches], seuil_t)
taux_bascule_quartier = (avant != apres).mean()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `avant = est_urgente(modele_t, originaux[touches], seuil_t)`, `apres = est_urgente(modele_t, modifies[touches], seuil_t)`,
# puis `(avant != apres).mean()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex5_1(touches, taux_bascule_quartier, originaux, modifies, modele_t, seuil_t)
### BEGIN HIDDEN TESTS
assert 0 < taux_bascule_quartier < 0.3, "Le taux de bascule sort de l'intervalle plausible."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Les trois changements, et le **sens** des bascules (une demande qui devient urgente, ou qui
# cesse de l'être). Le changement de genre est essayé deux fois : sur des demandes de femmes
# tirées au hasard, tous sujets confondus, puis sur les seuls signalements de harcèlement ou
# d'insécurité faits par des femmes.

# %%
SUJET = "harcèlement et insécurité"
N_TIRES = 1500  # pour aller vite, le genre (tous sujets) et les fautes sont essayés sur N_TIRES textes tirés au hasard
essais = {  # nom affiché : (changement, textes) ; le tableau dit combien de textes chaque changement touche vraiment
    "genre\n(tous sujets)": ("genre", demandes.loc[demandes["genre"] == "femme", "texte"].sample(N_TIRES, random_state=GRAINE)),
    "genre\n(harcèlement)": ("genre", demandes.loc[(demandes["genre"] == "femme") & (demandes["sujet"] == SUJET), "texte"]),
    "quartier": ("quartier", originaux),
    "fautes": ("fautes", demandes.loc[demandes["orthographe"] == "correcte", "texte"].sample(N_TIRES, random_state=GRAINE)),
}
lignes = {}
for nom, (changement, textes) in essais.items():
    changes = contrefactuel(textes, changement, graine=GRAINE)
    garde = changes != textes
    avant, apres = est_urgente(modele_t, textes[garde], seuil_t), est_urgente(modele_t, changes[garde], seuil_t)
    lignes[nom] = {
        "textes touchés": int(garde.sum()),
        "devient urgente": float((~avant & apres).mean()),
        "cesse d'être urgente": float((avant & ~apres).mean()),
    }
bascules = pd.DataFrame(lignes).T
fig, ax = plt.subplots(figsize=(8.5, 4.5))
bascules[["devient urgente", "cesse d'être urgente"]].plot.bar(ax=ax, stacked=True, color=[PALETTE[2], PALETTE[5]], rot=0)
ax.set_title("Décisions qui basculent quand on change un seul détail")
ax.set_xlabel("Changement appliqué au texte")
ax.set_ylabel("Part des textes touchés (en %)")
ax.set_ylim(0, 1.2 * bascules[["devient urgente", "cesse d'être urgente"]].sum(axis=1).max())
graduations_a_la_francaise(ax, "y", pourcentage=True)
fig.tight_layout()
plt.show()
perdues_fautes = bascules.loc["fautes", "cesse d'être urgente"]
gagnees_quartier = bascules.loc["quartier", "devient urgente"]
genre_tous = bascules.loc["genre\n(tous sujets)", ["devient urgente", "cesse d'être urgente"]].sum()
genre_tous_touches = bascules.loc["genre\n(tous sujets)", "textes touchés"]
genre_harcelement = bascules.loc["genre\n(harcèlement)"].rename({"cesse d'être urgente": "cesse"})
lecture(
    f"ajouter des fautes fait perdre l'urgence à {format_pourcentage(perdues_fautes)} des textes touchés ; "
    f"sortir un texte d'un quartier prioritaire le rend urgent dans {format_pourcentage(gagnees_quartier)} des cas."
)
lecture(
    f"changer le genre, tous sujets confondus, fait basculer la décision pour {format_pourcentage(genre_tous)} des "
    f"{format_nombre(genre_tous_touches)} textes modifiés ; sur les "
    f"{format_nombre(genre_harcelement['textes touchés'])} signalements de harcèlement ou d'insécurité de femmes que le "
    f"changement touche, {format_pourcentage(genre_harcelement['devient urgente'])} deviennent urgents quand ils sont "
    f"écrits au masculin, et {format_pourcentage(genre_harcelement['cesse'])} cessent de l'être."
)

# %% [markdown]
# Une moyenne peut cacher l'essentiel : tous sujets confondus, le genre du texte ne change
# presque rien, mais sur les signalements de harcèlement, écrire au masculin rend une partie
# d'entre eux urgents. Et ce test a une limite de fond : il change des **mots** (« Mme »,
# « inquiète », un prénom), pas le **sujet** ni la situation décrite. Si le modèle a appris que
# le sujet « harcèlement » est rarement urgent, aucun test de ce genre ne le verra. **Un test
# contrefactuel ne trouve que ce qu'on a pensé à tester, là où on l'a testé.**
#
# ### À sujet égal : la lentille du genre
#
# Le référent égalité pose alors la question des associations, plus directe : **quand une
# femme et un homme signalent le même problème, et que c'est réellement urgent, leur
# signalement a-t-il la même chance d'être traité en urgence ?**
#
# Le groupe audité jusqu'ici (« femme signalant harcèlement ou insécurité ») ne répond pas à
# cette question : il mêle le genre et le sujet, et il est comparé à **toutes** les autres
# demandes. Pour séparer les deux, on compare **à sujet égal** : parmi les vraies urgences du
# sujet « harcèlement et insécurité », la part manquée pour chaque genre déclaré. Sans oublier
# les personnes dont le genre est « non renseigné » : un audit qui les écarte les rend
# invisibles, et rien ne dit qu'elles sont traitées comme les autres.
#
# La cellule suivante prépare les décisions du modèle du prestataire (les mêmes que votre
# `decision_prestataire` de l'exercice 3.2, calculées par le cours) et compte les vraies
# urgences de ce sujet.

# %%
decision_modele = pd.Series(decisions["modèle du prestataire"], index=demandes.index)  # True = signalée urgente
_urgentes_sujet = demandes[vrai & (demandes["sujet"] == SUJET)]
print(f"Vraies urgences du sujet « {SUJET} » : "
      + ", ".join(f"{format_nombre(n)} ({genre})" for genre, n in _urgentes_sujet["genre"].value_counts().items()))

# %% [markdown]
# ### 📝 Exercice 5.2 — Les urgences manquées, à sujet égal (2 points)
#
# Écrivez la fonction `manquees_par_genre(tableau, decision, sujet)`. Elle reçoit un tableau de
# demandes, une décision (une colonne de vrai/faux, une valeur par demande du tableau : vrai =
# signalée urgente) et un sujet. Parmi les demandes du tableau **réellement urgentes** et **dont
# le sujet est `sujet`**, elle renvoie la part que la décision n'a **pas** signalée, pour chaque
# valeur de la colonne `genre` (femme, homme, non renseigné). Les dernières lignes de la
# cellule l'appliquent à l'étiquette historique puis au modèle du prestataire : `a_sujet_egal`.
#
# Comme à l'exercice 2.2, n'utilisez à l'intérieur que `tableau`, `decision` et `sujet` : le
# test essaiera votre fonction sur des demandes d'une autre année, avec un autre sujet et une
# autre décision.

# %% nbgrader={"grade": false, "grade_id": "ex5_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : un filtre (vraies urgences ET bon sujet), puis (~decision[filtre]).groupby(…).mean()
a_sujet_egal = None


def manquees_par_genre(tableau, decision, sujet):
    """Parmi les vraies urgences de « tableau » dont le sujet est « sujet », la part que
    « decision » n'a pas signalée, pour chaque genre déclaré."""
    ### BEGIN SOLUTION
    urgentes = (tableau["urgence_reference"] == "urgente") & (tableau["sujet"] == sujet)
    return (~decision[urgentes]).groupby(tableau.loc[urgentes, "genre"]).mean()
    ### END SOLUTION


a_sujet_egal = pd.DataFrame({
    "étiquette historique": manquees_par_genre(demandes, historique_urgente, SUJET),
    "modèle du prestataire": manquees_par_genre(demandes, decision_modele, SUJET),
})
a_sujet_egal.map(format_pourcentage)  # l'affichage en % ; a_sujet_egal garde les parts entre 0 et 1

# %% [markdown]
# <details><summary>Indice</summary>
#
# Deux lignes, en retrait de quatre espaces sous le `def`. D'abord le filtre, deux conditions
# reliées par `&`, chacune entre parenthèses :
# `urgentes = (tableau["urgence_reference"] == "urgente") & (tableau["sujet"] == sujet)`.
# Ensuite, `decision[urgentes]` garde les décisions de ces vraies urgences ; le signe `~`
# (« non ») donne vrai pour celles qui n'ont **pas** été signalées ; `.groupby(…).mean()` en fait
# la part, genre par genre. La ligne complète :
# `return (~decision[urgentes]).groupby(tableau.loc[urgentes, "genre"]).mean()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex5_2(manquees_par_genre, a_sujet_egal, demandes, historique_urgente, decision_modele, SUJET)
### BEGIN HIDDEN TESTS
_part = demandes.sample(6000, random_state=52)
_sujet = "dépôt sauvage"
_u = (_part["urgence_reference"] == "urgente") & (_part["sujet"] == _sujet)
_attendu = (~decision_modele[_part.index][_u]).groupby(_part.loc[_u, "genre"]).mean()
_obtenu = manquees_par_genre(_part.copy(), decision_modele[_part.index].copy(), _sujet)
assert set(_obtenu.index) == set(_attendu.index), "Sur une partie des demandes, un autre sujet et une autre décision, les genres ne sont pas les bons."
assert all(abs(_obtenu[g] - _attendu[g]) < 1e-9 for g in _attendu.index), "Sur une partie des demandes, un autre sujet et une autre décision, les parts ne sont pas les bonnes."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# En image, avec, à droite, les mêmes parts pour **tous les autres sujets** : c'est le point de
# comparaison qui dit si le sujet lui-même change quelque chose.

# %%
_comparer = {SUJET: demandes["sujet"] == SUJET, "tous les autres sujets": demandes["sujet"] != SUJET}
_decisions_comparees = {"étiquette historique": historique_urgente, "modèle du prestataire": decision_modele}
par_genre = {}  # (sujet, décision) -> part des vraies urgences manquées, par genre
effectifs_genre = {}
for nom_sujet, masque in _comparer.items():
    _u = vrai & masque
    effectifs_genre[nom_sujet] = demandes.loc[_u, "genre"].value_counts()
    for nom_decision, _d in _decisions_comparees.items():
        par_genre[nom_sujet, nom_decision] = (~_d[_u]).groupby(demandes.loc[_u, "genre"]).mean()
fig, axes = plt.subplots(1, 2, figsize=(11, 4.5), sharey=True)
for ax, nom_sujet in zip(axes, _comparer):
    tableau_sujet = pd.DataFrame({nom: par_genre[nom_sujet, nom] for nom in _decisions_comparees})
    tableau_sujet.index = [f"{genre}\n({format_nombre(effectifs_genre[nom_sujet][genre])} vraies urgences)"
                           for genre in tableau_sujet.index]
    tableau_sujet.plot.bar(ax=ax, color=[PALETTE[1], PALETTE[0]], rot=0, legend=ax is axes[0])
    ax.set_title(f"Sujet « {nom_sujet} »" if nom_sujet == SUJET else nom_sujet.capitalize(), fontsize=11)
    ax.set_xlabel("Genre déclaré")
    ax.set_ylim(0, 1)
    graduations_a_la_francaise(ax, "y", pourcentage=True)
axes[0].set_ylabel("Vraies urgences manquées (en %)")
axes[0].legend(loc="upper right", fontsize=9)
fig.suptitle("Vraies urgences manquées selon le genre déclaré, à sujet égal", fontweight="bold")
fig.tight_layout()
plt.show()

_h, _m = par_genre[SUJET, "étiquette historique"], par_genre[SUJET, "modèle du prestataire"]
_h_autres = par_genre["tous les autres sujets", "étiquette historique"]
_m_autres = par_genre["tous les autres sujets", "modèle du prestataire"]
_part_femmes = effectifs_genre[SUJET]["femme"] / effectifs_genre[SUJET].sum()
lecture(
    f"à sujet égal (« {SUJET} »), l'historique manquait {format_pourcentage(_h['femme'])} des vraies urgences "
    f"signalées par des femmes contre {format_pourcentage(_h['homme'])} de celles des hommes : "
    f"{format_points(100 * (_h['femme'] - _h['homme']))} d'écart ; sur les autres sujets, l'écart femmes − hommes "
    f"est de {format_points(100 * (_h_autres['femme'] - _h_autres['homme']))} (les femmes y sont un peu "
    f"{'moins' if _h_autres['femme'] < _h_autres['homme'] else 'plus'} oubliées)."
)
# L'écart du modèle entre femmes et hommes, rééchantillonné comme en section 3 (peu d'hommes ici)
_u = vrai & (demandes["sujet"] == SUJET) & demandes["genre"].isin(["femme", "homme"])
_manquee = (~decision_modele[_u]).to_numpy()
_femme = (demandes.loc[_u, "genre"] == "femme").to_numpy()
_tirages = np.random.default_rng(GRAINE).integers(0, len(_manquee), (500, len(_manquee)))
_ecarts_genre = [100 * (_manquee[t][_femme[t]].mean() - _manquee[t][~_femme[t]].mean()) for t in _tirages]
ecart_genre_bas, ecart_genre_haut = np.percentile(_ecarts_genre, [5, 95])
_sens_hommes = "plus" if _m["homme"] > _h["homme"] else "moins"
lecture(
    f"le modèle du prestataire en manque {format_pourcentage(_m['femme'])} (femmes) contre "
    f"{format_pourcentage(_m['homme'])} (hommes) : l'écart passe à {format_points(100 * (_m['femme'] - _m['homme']))} "
    f"(9 rééchantillonnages sur 10 donnent entre {format_points(ecart_genre_bas)} et {format_points(ecart_genre_haut)} : un "
    f"intervalle large, car il n'y a que {format_nombre(effectifs_genre[SUJET]['homme'])} hommes"
    + (" ; même le bas de cet intervalle reste au-dessus de 0 : il est très peu probable que cet écart, à sujet "
       "égal, ne soit dû qu'au hasard de l'échantillon"
       if ecart_genre_bas > 0 else " ; cet intervalle contient 0 : l'écart peut aussi bien être nul, ou en sens inverse ; "
       "il n'est pas établi")
    + "). " + ("Il se resserre" if abs(_m["femme"] - _m["homme"]) < abs(_h["femme"] - _h["homme"]) else "Il change")
    + f" surtout parce que les hommes sont {_sens_hommes} souvent oubliés : "
    f"{format_pourcentage(_h['homme'])} de leurs vraies urgences manquées par l'historique, "
    f"{format_pourcentage(_m['homme'])} par le modèle, contre {format_pourcentage(_m_autres['homme'])} sur les autres sujets."
)
_ecart_autres_h = 100 * (_h_autres["femme"] - _h_autres["homme"])
_ecart_autres_m = 100 * (_m_autres["femme"] - _m_autres["homme"])
lecture(
    ("le test contrefactuel éclaire cet écart qui reste" if ecart_genre_bas > 0 else
     "à sujet égal, l'écart du modèle n'est pas établi ; le modèle lit pourtant le genre dans le texte")
    + ", avec une réserve : le test contrefactuel a été fait sur un modèle qui lit le "
    "texte seul (modele_t), alors que l'écart à sujet égal est celui du modèle du prestataire, qui lit le texte et "
    f"le quartier. Réécrits au masculin, {format_pourcentage(genre_harcelement['devient urgente'])} "
    "des signalements de harcèlement ou d'insécurité faits par des femmes deviennent urgents pour ce modèle, et "
    + ("aucun ne cesse de l'être" if genre_harcelement["cesse"] == 0
       else f"{format_pourcentage(genre_harcelement['cesse'])} cessent de l'être")
    + ". Autre indice dans le même sens, sur le modèle du prestataire cette fois : sur les autres sujets, où "
    f"l'historique ne faisait pas d'écart au détriment des femmes (écart femmes − hommes : "
    f"{format_points(_ecart_autres_h)}), "
    f"le modèle en crée un de {format_points(_ecart_autres_m)}. "
    + ("Une partie de l'écart à sujet égal tient donc probablement aux mots qui disent le genre (formes féminines, "
       "prénoms), pas seulement au sujet." if ecart_genre_bas > 0 else
       "Le genre passe donc surtout par le sujet sur les signalements de harcèlement, mais les mots qui le disent "
       "comptent aussi, ailleurs.")
)
lecture(
    "« les signalements de harcèlement ne sont jamais traités en urgence » ? Pas jamais, mais les agent·es ne "
    f"traitaient en urgence que {format_pourcentage(1 - _h['femme'])} des vraies urgences de ce sujet signalées par des "
    f"femmes (contre {format_pourcentage(1 - _h['homme'])} pour les hommes). Avec le modèle, cette part passerait de "
    f"{format_pourcentage(1 - _h['femme'])} à {format_pourcentage(1 - _m['femme'])} pour les femmes : mieux "
    "qu'avant, mais "
    + (f"toujours moins que pour les hommes ({format_pourcentage(1 - _m['homme'])})." if _m["femme"] > _m["homme"] + 0.005
       else f"autant que pour les hommes ({format_pourcentage(1 - _m['homme'])}), qui, eux, y ont perdu "
            f"(de {format_pourcentage(1 - _h['homme'])} avec l'historique) : une égalité par le bas.")
)
_u_sujet = vrai & (demandes["sujet"] == SUJET)
_part_femmes_manquees = (demandes.loc[_u_sujet & ~decision_modele, "genre"] == "femme").mean()
lecture(
    f"les femmes font {format_pourcentage(_part_femmes)} des vraies urgences de ce sujet, et "
    f"{format_pourcentage(_part_femmes_manquees)} de celles que le modèle y manque"
    + (" : ce que le modèle fait au sujet, il le fait surtout à des femmes. " if _part_femmes_manquees > 0.5 else ". ")
    + "Genre non renseigné : "
    f"{format_pourcentage(_h['non renseigné'])} manquées par l'historique, {format_pourcentage(_m['non renseigné'])} "
    f"par le modèle, sur {format_nombre(effectifs_genre[SUJET]['non renseigné'])} vraies urgences seulement (trop peu "
    f"pour conclure) ; sur les autres sujets, le modèle manque {format_pourcentage(_m_autres['non renseigné'])} de "
    f"leurs vraies urgences, contre {format_pourcentage(_m_autres['femme'])} pour les femmes et "
    f"{format_pourcentage(_m_autres['homme'])} pour les hommes : à suivre."
)

# %% [markdown]
# ### Le croisement genre × quartier
#
# Regarder un critère à la fois peut cacher les personnes qui cumulent deux désavantages. Parmi
# les vraies urgences du même sujet, croisons le genre déclaré et le groupe de quartier (une
# cellule de démonstration, non notée ; les effectifs sont dans la dernière colonne : certains
# sont petits).

# %%
from IPython.display import display

_lignes = vrai & (demandes["sujet"] == SUJET)
_cles = [demandes.loc[_lignes, "genre"], demandes.loc[_lignes, "groupe_quartier"]]
croisement = pd.DataFrame({nom: (~_d[_lignes]).groupby(_cles).mean() for nom, _d in _decisions_comparees.items()})
croisement["vraies urgences"] = demandes[_lignes].groupby(["genre", "groupe_quartier"]).size()
display(croisement.style.format({nom: format_pourcentage for nom in _decisions_comparees} | {"vraies urgences": format_nombre}))
_fq, _fa = croisement.loc[("femme", "quartier prioritaire")], croisement.loc[("femme", "autre quartier")]
_hq = croisement.loc[("homme", "quartier prioritaire")]
_pire = croisement["étiquette historique"].idxmax()
lecture(
    f"les femmes des quartiers prioritaires qui signalent un harcèlement ou une insécurité : "
    f"{format_pourcentage(_fq['étiquette historique'])} de leurs {format_nombre(_fq['vraies urgences'])} vraies urgences "
    f"manquées par l'historique, {format_pourcentage(_fq['modèle du prestataire'])} par le modèle, contre "
    f"{format_pourcentage(_fa['étiquette historique'])} et {format_pourcentage(_fa['modèle du prestataire'])} pour les "
    f"femmes des autres quartiers, et {format_pourcentage(_hq['étiquette historique'])} et "
    f"{format_pourcentage(_hq['modèle du prestataire'])} pour les hommes des quartiers prioritaires "
    f"({format_nombre(_hq['vraies urgences'])} vraies urgences seulement). Dans l'historique, le groupe le plus "
    f"exposé est celui des personnes « {_pire[0]} » en « {_pire[1]} »"
    + (" : le genre et le lieu se cumulent." if _pire == ("femme", "quartier prioritaire") else ".")
)

# %% [markdown]
# Un audit qui ne regarde que « les femmes » ou que « les quartiers prioritaires » donne des
# moyennes qui diluent ce cumul. Le droit examine chaque critère (le sexe, le lieu de résidence),
# mais une même personne peut subir les deux : une fiche d'audit doit croiser les groupes quand les
# effectifs le permettent, et dire quand ils sont trop petits pour conclure.

# %% [markdown]
# **Ce que montrent ces chiffres.**
#
# 1. **Dans l'historique, la disparité est directe.** À sujet égal et à urgence égale, les
#    signalements des femmes étaient bien plus souvent classés « non urgents » que ceux des
#    hommes, bien plus que sur les autres sujets. Traiter une personne moins
#    favorablement qu'une autre, dans une situation comparable, en raison de son sexe : c'est la
#    définition de la **discrimination directe** (loi n° 2008-496 du 27 mai 2008, art. 1ᵉʳ).
#    (Réserve : « à sujet égal » n'est pas forcément « dans une situation comparable » au sens
#    du droit, deux signalements du même sujet pouvant décrire des situations différentes.)
#    Des chiffres comme ceux-ci sont des **indices**, pas un jugement : seul un juge qualifie une
#    discrimination, mais ces faits permettent d'en présumer l'existence, et c'est alors à
#    l'administration de justifier sa pratique (même loi, art. 4).
# 2. **Le modèle : deux mécanismes à la fois.**
#    - *Le sujet sert de variable indirecte* (*proxy*) *du genre.* Le modèle a appris que le
#      sujet « harcèlement et insécurité » était rarement classé urgent : il manque plus souvent
#      les vraies urgences de **tout le monde** sur ce sujet, hommes compris. Comme ce sont
#      surtout des femmes qui font ces signalements, ce sont surtout des femmes qui en paient le
#      prix. Un critère neutre en apparence qui désavantage particulièrement les personnes d'un
#      sexe, sauf justification objective (un but légitime, des moyens nécessaires et
#      appropriés), c'est ce que la même loi appelle une **discrimination indirecte**.
#    - *À sujet égal, regarder ce qui reste.* Sur ces demandes, à sujet égal, le modèle manque à
#      peu près autant les vraies urgences des femmes que celles des hommes : l'intervalle du
#      rééchantillonnage contient 0 (voir la lecture ci-dessus). Ce n'est pas une bonne nouvelle :
#      l'écart s'efface parce que les hommes, sur ce sujet, sont bien moins servis qu'avant. Le
#      modèle lit pourtant le genre dans le texte : sur un modèle qui lit le texte seul
#      (`modele_t`, pas celui du prestataire, qui lit aussi le quartier), réécrits au masculin,
#      une partie des signalements de femmes deviennent urgents, jamais l'inverse ; et sur les
#      autres sujets, le modèle du prestataire crée un écart au détriment des femmes que
#      l'historique ne faisait pas (voir la lecture ci-dessus). Pour la personne, le résultat
#      peut être un traitement moins favorable lié à son sexe. Dire si c'est une discrimination
#      directe ou indirecte revient à des juristes (section 7).
# 3. **Un écart qui se réduit n'est pas forcément un progrès.** L'écart femmes − hommes du modèle
#    est plus petit que celui de l'historique, mais il se réduit surtout parce que les hommes
#    sont **moins bien servis** : sur ce sujet, le modèle manque bien plus de leurs vraies
#    urgences que l'historique. Les femmes sont mieux servies qu'avant (la part de leurs vraies
#    urgences traitées en urgence, dans la lecture ci-dessus), et restent les plus exposées **en
#    nombre** : elles font la plus grande part des vraies urgences de ce sujet (la part est calculée
#    dans la lecture ci-dessus), donc la plupart des urgences que le modèle y manque sont les leurs,
#    même quand, à sujet égal, il ne manque pas leurs urgences plus souvent que celles des hommes.
#    Il faut regarder les deux comparaisons : à sujet égal (ci-dessus) et pour
#    l'ensemble des signalements (l'écart de la section 3, « femme signalant harcèlement ou
#    insécurité » contre toute autre demande).
# 4. **Les petits groupes comptent aussi.** Les personnes au genre non renseigné sont peu
#    nombreuses sur ce sujet : on ne peut rien conclure de leurs chiffres, mais on peut décider de
#    les suivre, au lieu de les retirer du tableau.
#
# Le référent égalité en tire une proposition pour le comité : faire relire par l'association
# d'aide aux femmes victimes de violences un échantillon de signalements classés « non urgents »,
# et discuter avec elle de ce qui rend un signalement urgent (être suivie le soir, par exemple),
# avant toute décision.

# %% [markdown]
# ## 6. Corriger, et ce que cela coûte
#
# Cinq corrections possibles, chacune jugée sur toutes les demandes et leur urgence de
# référence :
#
# - **sans quartier** : le modèle de la section 4 ;
# - **repondéré** : on donne plus de poids, à l'apprentissage, aux demandes urgentes des
#   quartiers prioritaires, pour que l'urgence historique ne dépende plus du quartier ;
# - **seuils par groupe** : on garde le modèle, mais on choisit un seuil différent pour chaque
#   groupe de quartier, de façon à égaliser les urgences manquées (fairlearn, `ThresholdOptimizer`) ;
#   les seuils sont réglés sur l'**échantillon d'audit**, seul endroit où l'on connaît la vérité
#   en temps normal ;
# - **étiquettes auditées** : le modèle apprend l'urgence établie par l'audit au lieu de
#   l'historique, sur **toutes** les demandes (possible ici parce que l'audit a tout relu ; pour
#   mettre le modèle à jour, il faudra faire relire chaque année des milliers de nouvelles
#   demandes) ;
# - **étiquettes auditées (échantillon)** : le même apprentissage, mais sur les seules demandes de
#   l'échantillon d'audit : ce qu'on peut faire sans tout relire.
#
# **Attention aux comparaisons inégales.** Ces options n'ont pas vu la même quantité de vérité :
# « étiquettes auditées » a appris sur toutes les demandes relues, « seuils par groupe » et
# « étiquettes auditées (échantillon) » sur l'échantillon seulement. Comparer les seuils à
# « étiquettes auditées », c'est comparer un budget de relecture à un autre, bien plus gros ; à
# données égales, on compare les seuils à « étiquettes auditées (échantillon) ».
#
# ### 📝 Exercice 6.1 — Repondérer (2 points)
#
# 1. `poids` : `poids_reequilibrage(groupes, etiquettes)` avec les groupes `demandes["groupe_quartier"]`
#    et les étiquettes apprises, `demandes["urgence_historique"]`.
# 2. `scores_reponderes` : `scores_hors_echantillon(demandes, poids=poids)` (texte et quartier,
#    comme le prestataire).

# %% nbgrader={"grade": false, "grade_id": "ex6_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
poids = None
scores_reponderes = None
### BEGIN SOLUTION
poids = poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])
scores_reponderes = scores_hors_echantillon(demandes, poids=poids)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `poids_reequilibrage(demandes["groupe_quartier"], demandes["urgence_historique"])`, puis
# `scores_hors_echantillon(demandes, poids=poids)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex6_1(poids, scores_reponderes, scores_prestataire, scores_options, PART_URGENTE, demandes)
### BEGIN HIDDEN TESTS
from civiclabs import decider, ecarts_par_groupe

_ecarts_rep = ecarts_par_groupe(demandes, decider(scores_reponderes, PART_URGENTE))
assert abs(_ecarts_rep.loc["groupe_quartier", "écart (points)"]) < 8, "La repondération devrait réduire l'écart entre quartiers."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### Des seuils par groupe avec fairlearn
#
# `ThresholdOptimizer` choisit un seuil de score par groupe pour respecter une contrainte, ici
# `"false_negative_rate_parity"` : **autant de vraies urgences manquées dans chaque groupe**.
# Pour cela, il lui faut la vérité : on l'ajuste sur l'**échantillon d'audit** (800 demandes),
# puis on l'applique à toutes. `ScoreDejaCalcule` lui transmet les scores du prestataire déjà
# calculés (colonne `score`).
#
# ### 📝 Exercice 6.2 — Des seuils par quartier (2 points)
#
# Trois étapes, à écrire dans la cellule de réponse :
#
# 1. créer l'optimiseur en recopiant ce modèle et en remplaçant `…` par la contrainte
#    `"false_negative_rate_parity"` (les trois dernières lignes se recopient telles quelles) :
#    ```python
#    optimiseur = ThresholdOptimizer(
#        estimator=ScoreDejaCalcule().fit(X),  # les scores du prestataire, déjà calculés
#        constraints=…,                        # la contrainte à respecter
#        objective="balanced_accuracy_score",
#        prefit=True, predict_method="predict")
#    ```
# 2. l'ajuster sur l'échantillon d'audit, où l'on connaît la vérité :
#    `optimiseur.fit(X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "groupe_quartier"])` ;
# 3. décider pour **toutes** les demandes :
#    `decision_seuils = optimiseur.predict(X, sensitive_features=demandes["groupe_quartier"], random_state=GRAINE)`.
#
# Gardez le nom `optimiseur` : le test inspecte l'optimiseur ajusté (sa contrainte, les groupes de
# ses seuils) et l'applique à des demandes d'une autre année, qu'il n'a jamais vues.
#
# <details><summary>Pour aller plus loin (facultatif) : les trois réglages recopiés tels quels</summary>
#
# - `objective="balanced_accuracy_score"` : parmi les seuils qui respectent la contrainte,
#   l'optimiseur garde ceux qui rendent le meilleur possible l'« exactitude équilibrée » (la
#   moyenne de la part des vraies urgences signalées et de la part des demandes non urgentes
#   laissées de côté).
# - `prefit=True` : le modèle est déjà entraîné (ici, ses scores sont déjà calculés) ;
#   l'optimiseur ne le réentraîne pas, il choisit seulement des seuils.
# - `predict_method="predict"` : la méthode du modèle qui donne le score (ici, `ScoreDejaCalcule`
#   renvoie la colonne `score` par sa méthode `predict`).
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex6_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
from fairlearn.postprocessing import ThresholdOptimizer

X = pd.DataFrame({"score": scores_prestataire})
dans_audit = demandes["echantillon_audit"]
optimiseur = None
decision_seuils = None
### BEGIN SOLUTION
optimiseur = ThresholdOptimizer(
    estimator=ScoreDejaCalcule().fit(X),
    constraints="false_negative_rate_parity",
    objective="balanced_accuracy_score",
    prefit=True,
    predict_method="predict",
)
optimiseur.fit(X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "groupe_quartier"])
decision_seuils = optimiseur.predict(X, sensitive_features=demandes["groupe_quartier"], random_state=GRAINE)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# ```python
# optimiseur = ThresholdOptimizer(estimator=ScoreDejaCalcule().fit(X), constraints="false_negative_rate_parity",
#                                 objective="balanced_accuracy_score", prefit=True, predict_method="predict")
# optimiseur.fit(X[dans_audit], vrai[dans_audit], sensitive_features=demandes.loc[dans_audit, "groupe_quartier"])
# decision_seuils = optimiseur.predict(X, sensitive_features=demandes["groupe_quartier"], random_state=GRAINE)
# ```
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex6_2(optimiseur, decision_seuils, scores_prestataire, demandes, GRAINE, decisions)
### BEGIN HIDDEN TESTS
import numpy as np
import pandas as pd
from fairlearn.postprocessing import ThresholdOptimizer

from civiclabs import ScoreDejaCalcule, ajouter_groupes, ecarts_par_groupe, scores_hors_echantillon, seuils_par_groupe
from civiclabs.corpus import generer_demandes

assert abs(ecarts_par_groupe(demandes, np.asarray(decision_seuils).astype(bool)).loc["groupe_quartier", "écart (points)"]) < 12, "Les seuils par groupe devraient réduire l'écart entre quartiers."
assert np.array_equal(np.asarray(decision_seuils).astype(bool), seuils_par_groupe(demandes, scores_prestataire, graine=GRAINE)), "Les seuils ne sont pas ceux de la contrainte demandée."
_X = pd.DataFrame({"score": scores_prestataire})
_audit = demandes["echantillon_audit"]
_reference = ThresholdOptimizer(estimator=ScoreDejaCalcule().fit(_X), constraints="false_negative_rate_parity",
                                objective="balanced_accuracy_score", prefit=True, predict_method="predict")
_reference.fit(_X[_audit], (demandes["urgence_reference"] == "urgente")[_audit], sensitive_features=demandes.loc[_audit, "groupe_quartier"])
_nouvelles = ajouter_groupes(generer_demandes(n=2500, graine=5150))
_X_nouvelles = pd.DataFrame({"score": scores_hors_echantillon(_nouvelles)})
for _tirage in range(3):
    _obtenues = optimiseur.predict(_X_nouvelles, sensitive_features=_nouvelles["groupe_quartier"], random_state=_tirage)
    _attendues = _reference.predict(_X_nouvelles, sensitive_features=_nouvelles["groupe_quartier"], random_state=_tirage)
    assert np.array_equal(np.asarray(_obtenues), np.asarray(_attendues)), "Sur 2 500 demandes jamais vues, votre optimiseur ne décide pas comme celui attendu."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Deux remarques sur ces seuils. L'écart ne tombe pas forcément à 0 : les seuils ont été réglés
# sur les seules vraies urgences de l'échantillon d'audit (ci-dessous), trop peu pour viser juste
# (la leçon du rééchantillonnage, section 3). Et `ThresholdOptimizer` **tire au sort** la décision
# pour les demandes proches du seuil : deux demandes identiques peuvent recevoir deux décisions
# différentes, ce qu'un service public aurait du mal à justifier.

# %%
_vues = demandes[dans_audit & vrai]["groupe_quartier"].value_counts()
_ecart_seuils = bilan_option(demandes, decisions["seuils par groupe"])["écart quartier prioritaire"]
lecture(
    f"les seuils ont été réglés sur {format_nombre(_vues.sum())} vraies urgences de l'échantillon d'audit, dont "
    f"{format_nombre(_vues['quartier prioritaire'])} seulement dans les quartiers prioritaires ; sur toutes les "
    f"demandes, l'écart entre quartiers devient {format_points(_ecart_seuils)} au lieu de 0."
)

# %% [markdown]
# On compare maintenant toutes les options, sur les mêmes indicateurs, avec les décisions
# calculées par le cours au début de la section 4.

# %%
options = pd.DataFrame({nom: bilan_option(demandes, decision) for nom, decision in decisions.items()}).T
options.style.format({c: format_pourcentage for c in ["exactitude", "part signalée urgente"]} | {
    c: format_points for c in options.columns if c.startswith("écart")})

# %%
tracer_options(options, regle=REGLE_ECART)  # la règle du comité en pointillés (exercice 6.3)
plt.show()
_e = {cle: [c for c in options.columns if c.startswith("écart")][i] for i, cle in enumerate(GROUPES_AUDIT)}
_p, _s, _r = options.loc["modèle du prestataire"], options.loc["seuils par groupe"], options.loc["repondéré"]
_a, _ae = options.loc["étiquettes auditées"], options.loc["étiquettes auditées (échantillon)"]


def _baisse(cle):  # la part de l'écart du prestataire que les seuils retirent
    return 1 - _s[_e[cle]] / _p[_e[cle]] if _p[_e[cle]] > 0 else 0.0


_moins = [c for c in ("groupe_ecriture", "groupe_signalement") if _baisse(c) < _baisse("groupe_quartier")]
lecture(
    "la repondération et les seuils visent le quartier : l'écart entre quartiers passe de "
    f"{format_points(_p[_e['groupe_quartier']])} à {format_points(_r[_e['groupe_quartier']])} (repondéré) et "
    f"{format_points(_s[_e['groupe_quartier']])} (seuils). "
    + ("Les autres écarts baissent moins" if len(_moins) == 2 else
       "Les autres écarts baissent aussi, et plus encore" if not _moins else
       "Les autres écarts baissent aussi, l'un moins, l'autre davantage")
    + " : avec les seuils, "
    f"écriture de {format_points(_p[_e['groupe_ecriture']])} à {format_points(_s[_e['groupe_ecriture']])}, "
    f"harcèlement ou insécurité de {format_points(_p[_e['groupe_signalement']])} à "
    f"{format_points(_s[_e['groupe_signalement']])}, surtout parce que les seuils signalent "
    f"{format_pourcentage(_s['part signalée urgente'])} des demandes au lieu de {format_pourcentage(PART_URGENTE)} "
    "(plus de charge pour les équipes)."
)
lecture(
    f"à données égales (l'échantillon d'audit seul), « étiquettes auditées (échantillon) » a une exactitude de "
    f"{format_pourcentage(_ae['exactitude'], 1)}, contre {format_pourcentage(_s['exactitude'], 1)} pour les seuils ; "
    f"appris sur toutes les demandes relues, le même modèle atteint {format_pourcentage(_a['exactitude'], 1)} : une bonne part "
    "de son avantage vient de la relecture de tout l'historique, pas de la méthode. Ses écarts, à données égales : "
    + " ; ".join(f"{GROUPES_AUDIT[cle][0]} {format_points(_ae[colonne])} (seuils : {format_points(_s[colonne])})"
                 for cle, colonne in _e.items())
    + "."
)

# %% [markdown]
# ### 🎛️ Choisir une option et une charge de travail
#
# Le menu choisit l'option ; le curseur règle la part des demandes signalées urgentes (la charge
# des équipes). Regardez l'exactitude et les vraies urgences manquées de chaque groupe.
# Signaler plus de demandes fait baisser les urgences manquées partout… et les écarts ?
# (Sans le widget : `essai = decider(scores_options["repondéré"], 0.25)`, puis
# `bilan_option(demandes, essai)` pour l'exactitude et la part signalée, et
# `ecarts_par_groupe(demandes, essai)` pour les vraies urgences manquées de chaque groupe.)

# %%
curseur_options(demandes, scores_options, part=PART_URGENTE);

# %% [markdown]
# ### Pourquoi aucune option ne règle tout
#
# Deux raisons, qui se cumulent.
#
# **1. Chaque correction vise un groupe.** La repondération et les seuils ont été réglés sur le
# quartier : ils réduisent surtout l'écart entre quartiers, et beaucoup moins ceux de l'écriture
# et du harcèlement (voir la lecture du graphique ci-dessus). On pourrait viser les trois groupes
# à la fois… mais les critères d'équité ne peuvent pas tous être respectés ensemble.
#
# **2. Quand les groupes n'ont pas la même part d'urgences réelles, les critères d'équité se
# contredisent.** Regardez le graphique ci-dessous : les signalements de harcèlement ou
# d'insécurité faits par des femmes sont bien plus souvent réellement urgents que les autres
# demandes. Prenons deux critères :
#
# - « **même part signalée** » dans chaque groupe (la parité démographique) ;
# - « **même part de vraies urgences manquées** » dans chaque groupe (le critère du comité).
#
# Même un **outil parfait**, qui signalerait exactement les vraies urgences, ne respecterait pas
# le premier : il signalerait la part d'urgences réelles de chaque groupe, donc des parts
# différentes (tout en ne manquant aucune urgence, ce qui respecte le second). Pour obtenir en
# plus « même part signalée », il faudrait manquer exprès des urgences dans le groupe où elles
# sont fréquentes, ou signaler des demandes non urgentes dans l'autre. Ici, « même part
# signalée » n'est donc pas un objectif d'équité raisonnable.
#
# <details><summary>Pour aller plus loin (facultatif) : un résultat plus général</summary>
#
# Des résultats plus généraux (Kleinberg, Mullainathan et Raghavan, 2016 ; Chouldechova, 2017)
# vont plus loin : un score « calibré » dans chaque groupe (un score de 0,3 veut dire 30 % de
# chances d'urgence, quel que soit le groupe) et des taux d'erreurs égaux entre groupes (autant
# d'urgences manquées **et** autant de fausses alertes) ne peuvent aller ensemble que si les
# groupes ont la même part d'urgences, ou si l'outil est parfait.
# </details>
#
# Choisir un critère est donc une **décision politique**, pas technique : ici, le comité a
# choisi de protéger d'abord contre les urgences manquées. Et le moyen compte aussi : un seuil
# par quartier traite différemment deux demandes identiques selon le lieu. Même pour corriger un
# écart, c'est une différence de traitement fondée sur le lieu de résidence, un critère protégé
# depuis la loi n° 2014-173 du 21 février 2014. Pour l'accès aux biens et services, la loi
# n° 2008-496 (art. 2, 3°) ne l'admet que si elle est justifiée par un but légitime, avec des
# moyens nécessaires et appropriés. Le code du travail prévoit que des mesures en faveur des
# habitant·es de certaines zones ne sont pas une discrimination (art. L. 1133-5), mais ce texte
# vaut pour les relations de travail ; le lab ne cite pas de disposition équivalente pour l'accès
# à un service public. La question est à examiner avec un·e juriste.

# %%
base = pd.DataFrame({
    GROUPES_AUDIT[col][0]: [vrai[demandes[col] == GROUPES_AUDIT[col][0]].mean(), vrai[demandes[col] == GROUPES_AUDIT[col][1]].mean()]
    for col in GROUPES_AUDIT
}, index=["dans le groupe audité", "dans le groupe de comparaison"]).T
fig, ax = plt.subplots(figsize=(9, 4.5))
base.plot.barh(ax=ax, color=[PALETTE[5], PALETTE[0]])
ax.invert_yaxis()
graduations_a_la_francaise(ax, "x", pourcentage=True)
fig.suptitle("Part de demandes réellement urgentes, par groupe audité", fontweight="bold", fontsize=13)
ax.set_xlabel("Demandes réellement urgentes (en %)")
ax.set_ylabel("Groupe audité")
ax.legend(loc="lower right")
fig.tight_layout()
plt.show()
_h = base.loc[GROUPES_AUDIT["groupe_signalement"][0]]
_q, _ec = base.loc[GROUPES_AUDIT["groupe_quartier"][0]], base.loc[GROUPES_AUDIT["groupe_ecriture"][0]]
lecture(
    f"la part d'urgences réelles varie peu entre quartiers ({format_pourcentage(_q.iloc[0])} contre "
    f"{format_pourcentage(_q.iloc[1])}) et entre écritures ({format_pourcentage(_ec.iloc[0])} contre "
    f"{format_pourcentage(_ec.iloc[1])}) ; les signalements de harcèlement ou d'insécurité faits par des femmes "
    f"sont urgents {format_nombre(_h.iloc[0] / _h.iloc[1], 1)} fois plus souvent ({format_pourcentage(_h.iloc[0])} "
    f"contre {format_pourcentage(_h.iloc[1])}). Un outil parfait signalerait donc {format_pourcentage(_h.iloc[0])} de "
    f"ces signalements et {format_pourcentage(_h.iloc[1])} des autres demandes : « même part signalée » voudrait dire "
    "manquer exprès des urgences de ce groupe, ou multiplier les fausses alertes ailleurs."
)

# %% [markdown]
# ### 📝 Exercice 6.3 — Appliquer la règle du comité (1 point)
#
# Règle du comité : **aucun groupe audité ne doit avoir plus de `REGLE_ECART` points de vraies
# urgences manquées en plus** que les autres (un écart négatif, en faveur du groupe, est
# accepté). Écrivez la fonction `options_qui_respectent(tableau, regle)` : elle reçoit un tableau
# d'options comme `options` et un nombre de points, et renvoie la **liste des noms** des options
# dont **aucun** écart (les colonnes qui commencent par « écart ») ne dépasse `regle`. La dernière
# ligne de la cellule l'applique au tableau du lab : `options_conformes`. Sur le graphique des
# options, la règle est la ligne en pointillés : une option la respecte si aucune de ses trois
# barres ne la dépasse vers la droite. Faites-le calculer par un filtre, pas à l'œil : le test
# essaiera votre fonction sur un autre tableau d'options, avec une autre règle (la semaine
# prochaine, le prestataire en proposera d'autres).

# %% nbgrader={"grade": false, "grade_id": "ex6_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
colonnes_ecarts = [c for c in options.columns if c.startswith("écart")]
options_conformes = None


def options_qui_respectent(tableau, regle):
    """Les noms des options de « tableau » dont aucun écart ne dépasse « regle » points."""
    ### BEGIN SOLUTION
    ecarts = tableau[[c for c in tableau.columns if c.startswith("écart")]]
    return list(tableau[(ecarts <= regle).all(axis=1)].index)
    ### END SOLUTION


options_conformes = options_qui_respectent(options, REGLE_ECART)

# %% [markdown]
# <details><summary>Indice</summary>
#
# Deux lignes, en retrait de quatre espaces sous le `def`. D'abord les colonnes d'écarts du
# tableau reçu : `ecarts = tableau[[c for c in tableau.columns if c.startswith("écart")]]`.
# Ensuite, `(ecarts <= regle).all(axis=1)` est vrai pour les options qui respectent la règle dans
# les trois colonnes (`.all` : toutes ; `.any` voudrait dire « au moins une ») ; gardez ces
# lignes, puis `list(lignes_gardees.index)` donne leurs noms :
# `return list(tableau[(ecarts <= regle).all(axis=1)].index)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_3_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex6_3(options_qui_respectent, options_conformes, options, REGLE_ECART)
### BEGIN HIDDEN TESTS
assert sorted(options_conformes) == sorted(options[(options[colonnes_ecarts] <= REGLE_ECART).all(axis=1)].index), "La liste des options conformes ne correspond pas."
_autre = options.copy()
_autre.index = [f"proposition {i}" for i in range(len(_autre))]
for _regle in (0, 3, 15, 40):
    _attendu = list(_autre[(_autre[colonnes_ecarts] <= _regle).all(axis=1)].index)
    assert sorted(options_qui_respectent(_autre.copy(), _regle)) == sorted(_attendu), f"Avec une règle de {_regle} points et d'autres noms, la liste n'est pas la bonne."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# **Une règle asymétrique, et qui en paie le prix.** La règle du comité n'interdit que les écarts
# **défavorables** au groupe audité : un écart négatif (le groupe audité est mieux servi que les
# autres) est accepté. Ce n'est pas neutre. Le volume signalé étant fixé, chaque demande d'un
# groupe qui remonte en urgence prend la place d'une autre : ce qu'un groupe gagne, d'autres le
# paient. Et le volume lui-même est trop petit : on signale moins de demandes qu'il n'y a de
# vraies urgences, donc une partie des urgences sera manquée quoi qu'on fasse.

# %%
_conformes = list(options[(options[colonnes_ecarts] <= REGLE_ECART).all(axis=1)].index)
_minimum_manquees = 1 - PART_URGENTE / vrai.mean()
_manquees_options = pd.Series({nom: float((~np.asarray(d, dtype=bool)[vrai.to_numpy()]).mean())
                               for nom, d in decisions.items()})
lecture(
    f"on signale {format_pourcentage(PART_URGENTE)} des demandes alors que {format_pourcentage(vrai.mean())} sont "
    f"réellement urgentes : à ce volume, au moins {format_pourcentage(np.floor(100 * _minimum_manquees) / 100)} des vraies urgences sont "
    f"forcément manquées. Les seuils par groupe signalent plus ({format_pourcentage(options.loc['seuils par groupe', 'part signalée urgente'])}) "
    f"et en manquent encore {format_pourcentage(_manquees_options['seuils par groupe'])} ; aucune option du tableau n'en "
    f"manque moins de {format_pourcentage(np.floor(100 * _manquees_options.min()) / 100)}."
)
for _option in _conformes:
    _ecarts = ecarts_par_groupe(demandes, decisions[_option]).set_index("groupe audité")
    _favorables = _ecarts[_ecarts["écart (points)"] < -REGLE_ECART]
    for _groupe, _ligne in _favorables.iterrows():
        lecture(
            f"« {_option} » respecte la règle, avec un écart de {format_points(_ligne['écart (points)'])} pour le groupe "
            f"« {_groupe} » : {format_pourcentage(_ligne['manquées dans le groupe'])} de ses vraies urgences manquées, "
            f"contre {format_pourcentage(_ligne['manquées ailleurs'])} pour son groupe de comparaison. La règle "
            "l'accepte ; c'est un choix que le comité doit assumer et expliquer, pas un résultat neutre."
        )
_releues = [o for o in options.index if o.startswith("étiquettes auditées")]
if not _conformes:
    lecture(
        f"aucune option ne respecte la règle de {REGLE_ECART} points pour les trois groupes, pas même "
        + " ni ".join(f"« {o} »" for o in _releues)
        + ", qui apprennent sur des étiquettes relues par une équipe indépendante (un effort à renouveler). La "
        "réponse honnête est alors « pas de tri automatique de l'urgence » : les agent·es continuent de décider, "
        "sans que le modèle du prestataire leur soit proposé, même comme simple suggestion (section 7)."
    )
elif set(_conformes) <= set(_releues):
    lecture(
        "remarquez le prix : les options qui respectent la règle (" + ", ".join(f"« {o} »" for o in _conformes)
        + ") supposent des étiquettes relues par une équipe indépendante, et de les renouveler. Sans cet effort, "
        "la réponse honnête est « pas de tri automatique de l'urgence » : un·e agent·e décide."
    )

# %% [markdown]
# ---
# **Fin de la deuxième séance** (sections 5 et 6). La prochaine fois, exécutez les cellules de
# la section 0, puis la cellule « Reprendre ici à la troisième séance » ci-dessous.
#
# ## 7. Ce que dit le droit, et la fiche d'audit
#
# ### ▶️ Reprendre ici à la troisième séance
#
# Comme à la deuxième séance : après une pause, exécutez les **cellules de la section 0**, puis
# **la cellule ci-dessous** : elle refait ce dont la section 7 a besoin (les décisions et le
# tableau `options`, moins d'une minute), sans vos réponses. Si vous enchaînez sans pause,
# exécutez-la aussi : elle ne refait que ce qui manque.

# %%
# Reprendre ici à la troisième séance
if "options" not in globals():  # le noyau a redémarré : ce que la section 7 utilise, refait
    if "decisions" not in globals():
        demandes = ajouter_groupes(charger_demandes())
        PART_URGENTE = float((demandes["urgence_historique"] == "urgente").mean())
        _scores = scores_hors_echantillon(demandes, colonnes=("texte", "quartier"), etiquette="urgence_historique")
        _, decisions = comparer_corrections(demandes, PART_URGENTE, graine=GRAINE, scores_prestataire=_scores)
    options = pd.DataFrame({nom: bilan_option(demandes, decision) for nom, decision in decisions.items()}).T
print(f"Prêt : {format_nombre(len(demandes))} demandes et le tableau des {len(options)} options.")

# %% [markdown]
# ### Ce que dit le droit (en bref)
#
# Ce lab n'est pas un cours de droit, et seul un juge qualifie une discrimination. Mais une
# fiche d'audit doit nommer les textes qui s'appliquent à ce qu'elle a mesuré. Les principaux :
#
# | Ce que le lab a mesuré | Le texte | Ce qu'il dit | Où le lab simplifie |
# |---|---|---|---|
# | À sujet égal, l'historique manquait bien plus souvent les vraies urgences signalées par des femmes (section 5) | Loi n° 2008-496 du 27 mai 2008, art. 1ᵉʳ (1ᵉʳ alinéa) | **Discrimination directe** : une personne traitée moins favorablement qu'une autre dans une situation comparable, sur le fondement notamment de son sexe, de son lieu de résidence, de son origine… L'art. 2 (3°) l'interdit notamment en matière de protection sociale, d'avantages sociaux et d'accès aux biens et services. | Des écarts statistiques sont des indices : ils permettent de présumer une discrimination, et c'est alors à l'administration de justifier sa pratique (art. 4). La colonne `genre` est déclarée ; le droit parle de sexe et d'identité de genre. |
# | Le modèle pénalise le sujet « harcèlement et insécurité », surtout signalé par des femmes (section 5) ; il reproduit, par les noms de rues, l'écart des quartiers (section 4) | Même article, 2ᵉ alinéa | **Discrimination indirecte** : un critère neutre en apparence qui entraîne un désavantage particulier pour des personnes, pour l'un de ces motifs, sauf s'il est objectivement justifié par un but légitime et si les moyens sont nécessaires et appropriés. | Dire si l'écart est « justifié » est une question juridique, pas statistique. |
# | Le modèle lit le genre dans le texte : réécrits au masculin, une partie des signalements de femmes deviennent urgents pour un modèle qui lit le texte seul, et sur les autres sujets il manque plus souvent les urgences des femmes que celles des hommes (section 5) | Même article, 1ᵉʳ et 2ᵉ alinéas | Un traitement moins favorable **en raison du sexe**, dans une situation comparable, est une discrimination directe ; s'il passe par un critère neutre en apparence (des mots, une tournure), il peut être qualifié de discrimination indirecte. Le modèle n'a pas de colonne « genre » : il lit le genre dans le texte. | « À sujet égal » n'est pas « dans une situation comparable » au sens du droit : deux signalements du même sujet peuvent décrire des situations différentes. L'écart est mesuré sur peu d'hommes (voir l'intervalle du rééchantillonnage), et le test contrefactuel ne change que des mots, sur un modèle voisin de celui du prestataire (le texte seul, sans le quartier). La qualification revient à des juristes. |
# | Le modèle du prestataire lit le quartier du formulaire (section 3) ; des seuils différents par quartier (section 6) | Loi n° 2014-173 du 21 février 2014, art. 15 | A ajouté le **lieu de résidence** aux critères de discrimination (art. 225-1 du code pénal, art. 1ᵉʳ de la loi de 2008). | Le quartier d'une demande n'est pas toujours celui où vit la personne. |
# | Un tri automatique de l'urgence, appliqué sans relecture | RGPD, art. 22 | Droit de ne pas faire l'objet d'une décision **fondée exclusivement sur un traitement automatisé** qui produit des effets juridiques ou affecte la personne de manière significative de façon similaire. Les exceptions (contrat, loi, consentement) exigent des garanties, comme le droit d'obtenir une intervention humaine et de contester la décision. | Tout dépend du rôle réel de l'agent·e : une relecture de pure forme ne change rien, et un score peut compter comme une décision s'il la détermine en pratique (Cour de justice de l'UE, 7 décembre 2023, C-634/21, dite SCHUFA). Pour une administration française, l'article 47 de la loi Informatique et libertés fixe en plus ses propres conditions. La DPO tranche avec vous. |
# | Un outil qui hiérarchise des signalements, dont des signalements d'insécurité | Règlement (UE) 2024/1689 sur l'intelligence artificielle (AI Act), annexe III, point 5 | Classe **à haut risque** notamment les systèmes utilisés par une autorité publique pour évaluer si des personnes peuvent bénéficier de prestations et services d'assistance publics essentiels, ou pour les accorder, réduire ou retirer (point 5 a), et ceux qui évaluent et classent les appels d'urgence, ou établissent les priorités d'envoi des services d'intervention d'urgence (point 5 d). Obligations : gestion des risques, qualité des données, contrôle humain, et, pour un organisme public qui le déploie, une analyse d'impact sur les droits fondamentaux (art. 27). | Une plateforme de demandes à une métropole n'est pas un centre d'appels d'urgence : la qualification (et les exceptions de l'art. 6, § 3) est à faire avec un·e juriste, comme la vérification du calendrier d'application en vigueur. |
#
# ### Qui fait quoi dans cet audit
#
# - **Vous (l'audit)** : les mesures, groupe par groupe, et leurs limites (petits effectifs,
#   vérité de référence elle-même discutable).
# - **La DPO** : la base légale, l'analyse d'impact, la question de l'article 22 du RGPD.
# - **Le référent égalité** : la lentille du genre (section 5) et les autres critères protégés ;
#   il suit les écarts à sujet égal après toute décision, et oriente vers le Défenseur des droits.
# - **Les associations** (aide aux femmes victimes de violences, habitant·es des quartiers
#   prioritaires) : elles **co-définissent** avec le service les critères d'urgence (ce qui rend
#   une situation urgente pour les personnes concernées : être suivie le soir, par exemple) ;
#   elles relisent un échantillon de demandes classées « non urgentes » ; elles reçoivent la
#   fiche et en font la **restitution** aux personnes concernées ; et, si elles constatent une
#   discrimination, elles peuvent accompagner une personne qui saisit le **Défenseur des droits**
#   (une association de lutte contre les discriminations peut aussi le saisir, avec l'accord de
#   la personne). Ce sont elles qui ont alerté : elles ne sont pas seulement consultées.
# - **La directrice et les élu·es** : le choix du critère d'équité et du volume signalé, et la
#   décision finale.
#
# ### La fiche d'audit
#
# Un audit qui reste dans un notebook ne sert à rien. La fiche d'audit résume, pour la direction,
# la DPO, le référent égalité et les associations consultées, ce qui a été mesuré et ce qui est
# proposé. Elle tient en sept rubriques.
#
# ### 📝 Exercice 7.1 — Remplir la fiche (2 points)
#
# Dans `ma_fiche`, remplacez chaque `"…"` par une ou deux phrases, **puis supprimez la ligne
# `raise NotImplementedError()`** : la dernière ligne de la cellule, `fiche_audit = ma_fiche`,
# ne s'exécute qu'ensuite (tant que la ligne `raise` est là, `fiche_audit` reste `None`).
#
# - **donnees** : combien de demandes (ou quelle période), et ce qui sert de vérité ;
# - **groupes** : au moins deux des groupes audités, et à quoi on les compare ;
# - **indicateurs** : la mesure, par exemple la part des vraies urgences manquées ;
# - **constats** : au moins deux chiffres de vos sorties, chacun avec son unité (% ou points), le
#   groupe qu'il concerne et **la décision dont il vient** (l'historique des agent·es, le modèle du
#   prestataire, une option de la section 6). Un chiffre de l'historique présenté comme celui du
#   modèle est refusé ; entre parenthèses, vous pouvez citer une autre décision :
#   « … … % contre … % (historique : … % contre … %) », les … remplacés par vos chiffres ;
# - **option** : **exactement** l'un des noms de la première colonne du tableau `options` (copiez-le),
#   ou `"ne pas déployer"`, ou `"reporter"`. Deux noms du tableau sont refusés d'avance :
#   `"modèle du prestataire"` (il dépasse la règle du comité) et `"seuils par groupe"` (un seuil
#   différent selon le quartier : le lieu de résidence est un critère de discrimination, loi
#   n° 2014-173, sauf justification que seul·e un·e juriste peut apprécier) ;
# - **decision** : ce que vous proposez au comité, en nommant cette option, et **pourquoi** (la
#   raison, tirée de vos mesures, après « : » ou « car »). Sont
#   refusés : mettre en service le modèle du prestataire, même « en essai », « en pilote », « comme
#   simple suggestion » ou « en attendant » (il dépasse la règle du comité) ; un seuil selon le sexe
#   (loi n° 2008-496) ou selon le quartier (loi n° 2014-173, lieu de résidence) ; une option qui ne
#   respecte pas la règle du comité, si la décision ne le dit pas (et pour quel groupe) ; un refus
#   limité à une partie des demandes (« pas dans les quartiers prioritaires ») qui laisse le modèle
#   en service ailleurs. Si vous retenez une option, dites quand ses écarts seront remesurés ; si
#   vous reportez, jusqu'à quoi ;
# - **controle_humain** : **qui** relit (une personne ou un rôle de la métropole : un·e agent·e,
#   l'équipe du service, le référent égalité…, éventuellement avec une association partenaire,
#   comme le propose la section 5 ; pas le prestataire, pas un outil), **quoi** (toutes les
#   demandes classées non urgentes, ou un échantillon tiré au hasard, d'une taille donnée : assez
#   grand pour mesurer quelque chose, au moins quelques centaines de demandes par an ; pas
#   « celles que le modèle choisit »), **quand** (avant que la décision s'applique, ou à une
#   fréquence fixée), **sans condition**. Si vous ne déployez aucun modèle, dites qui continue de
#   classer chaque demande (« Les agent·es continuent de classer eux-mêmes chaque demande… »).
#   Sans condition : « si », « lorsque », « pourra », « recommandé », « en cas
#   de réclamation » rendent le contrôle facultatif. Une relecture de pure forme (« valider en un
#   clic », une décision « appliquée automatiquement ») n'est pas un contrôle humain : l'article 22
#   du RGPD donne le droit de ne pas faire l'objet d'une décision **fondée exclusivement** sur un
#   traitement automatisé ; la personne qui relit doit examiner la demande et pouvoir changer la
#   décision.
#
# Le test vérifie ces exigences ; l'équipe pédagogique lit et note le contenu.

# %% nbgrader={"grade": false, "grade_id": "ex7_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
fiche_audit = None
ma_fiche = {
    "donnees": "…",
    "groupes": "…",
    "indicateurs": "…",
    "constats": "…",
    "option": "…",
    "decision": "…",
    "controle_humain": "…",
}
### BEGIN SOLUTION
_conformes_fiche = [o for o in options.index if o in options_conformes]
ma_fiche = {
    "donnees": (f"Les {format_nombre(len(demandes))} demandes de 2024-2025, avec l'urgence historique des agent·es et "
                "l'urgence de référence établie par une relecture indépendante."),
    "groupes": ("Quartiers prioritaires, écriture informelle ou fautive, femmes signalant un harcèlement ou une "
                "insécurité (comparées à toutes les autres demandes, puis aux hommes sur le même sujet)."),
    "indicateurs": "Part signalée urgente et part des vraies urgences manquées (taux de faux négatifs), mesurées avec fairlearn.",
    "constats": (f"L'historique manque {format_points(ecarts_historique.loc['groupe_quartier', 'écart (points)'])} de vraies "
                 "urgences en plus dans les quartiers prioritaires ; le modèle du prestataire "
                 f"{format_points(ecarts_prestataire.loc['groupe_quartier', 'écart (points)'])}. À sujet égal, l'historique manquait "
                 f"{format_pourcentage(a_sujet_egal.loc['femme', 'étiquette historique'])} des vraies urgences signalées par des "
                 f"femmes contre {format_pourcentage(a_sujet_egal.loc['homme', 'étiquette historique'])} pour les hommes ; le "
                 f"modèle en manque {format_pourcentage(a_sujet_egal.loc['femme', 'modèle du prestataire'])} pour les femmes et "
                 f"{format_pourcentage(a_sujet_egal.loc['homme', 'modèle du prestataire'])} pour les hommes : "
                 "l'écart se resserre surtout parce que les hommes sont moins bien servis qu'avant ; le biais de "
                 "l'historique est passé du genre au sujet."),
    "option": "ne pas déployer",
    "decision": ("Ne pas déployer le modèle du prestataire : il dépasse la règle du comité pour les trois groupes. "
                 + (f"Option conforme à étudier : « {_conformes_fiche[0]} », qui suppose de faire relire des demandes "
                    "chaque année, avec l'avis de la DPO sur l'article 22 du RGPD et l'AI Act."
                    if _conformes_fiche else "Aucune option du tableau ne respecte la règle du comité.")),
    "controle_humain": ("Les agent·es continuent de classer chaque demande ; chaque mois, le référent égalité et "
                        "l'association partenaire relisent un échantillon de 100 demandes classées non urgentes, tirées "
                        "au hasard, et les écarts par genre à sujet égal sont remesurés chaque trimestre."),
}
### END SOLUTION
fiche_audit = ma_fiche
afficher_fiche_audit(fiche_audit)

# %% [markdown]
# <details><summary>Indice</summary>
#
# Reprenez les résultats des exercices 2.2, 3.2, 5.2 et 6.3, tels que vos sorties les affichent.
# Pour les constats : `"Le modèle du prestataire manque … points de vraies urgences en plus dans
# les quartiers prioritaires ; à sujet égal, il manque … % des vraies urgences signalées par des
# femmes, contre … % pour les hommes (historique : … % contre … %)."` (remplacez les … par vos
# chiffres). Pour l'option : `options_conformes` (exercice 6.3) donne les noms des options qui
# respectent la règle ; si la liste est vide, aucune ne la respecte : retenez « ne pas déployer »
# ou « reporter », ou une option en écrivant qu'elle ne respecte pas la règle, pour quel groupe,
# et pourquoi. Pour le contrôle humain, une phrase sur ce modèle, si un outil classe les demandes :
# `"Un·e agent·e du centre de contact relit chaque demande classée non urgente avant toute réponse
# à l'habitant·e."` ; si aucun outil n'est déployé : `"Les agent·es continuent de classer eux-mêmes
# l'urgence de chaque demande, sans outil automatique ; chaque mois, le référent égalité relit avec
# l'association un échantillon de 100 demandes classées non urgentes, tirées au hasard."` Si le
# test dit que `fiche_audit` vaut `None` : supprimez la ligne `raise NotImplementedError()` et
# réexécutez la cellule.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab02

message = lab02.verifier_ex7_1(fiche_audit, demandes, decisions, options, REGLE_ECART)
### BEGIN HIDDEN TESTS
from civiclabs import RUBRIQUES_FICHE
from civiclabs.exercices.lab02 import chiffres_avec_unite

assert all(len(str(fiche_audit[c]).split()) >= 6 for c in RUBRIQUES_FICHE if c != "option"), "Une rubrique est trop courte."
assert len(chiffres_avec_unite(str(fiche_audit["constats"]))) >= 2, "Les constats doivent citer des chiffres avec leur unité."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 8. Ce que d'autres ont appris à leurs dépens
#
# Trois affaires réelles, en bref :
#
# - **Pays-Bas, allocations de garde d'enfants (*toeslagenaffaire*).** Entre 2013 et 2019
#   environ, l'administration fiscale néerlandaise a accusé à tort de fraude des dizaines de
#   milliers de familles et exigé le remboursement de leurs allocations. Un modèle de
#   classement du risque utilisait notamment la nationalité. L'autorité néerlandaise de
#   protection des données a jugé ce traitement discriminatoire (amende de 2,75 millions
#   d'euros, 2021) et le gouvernement a démissionné en janvier 2021.
# - **France, score de risque des allocataires de la CNAF.** Fin 2023, l'association La
#   Quadrature du Net a publié, à partir de documents obtenus de la Caisse nationale des
#   allocations familiales, le fonctionnement de l'algorithme qui note depuis 2010 les
#   allocataires pour cibler les contrôles : de faibles revenus, le fait d'être parent isolé ou
#   de percevoir l'allocation aux adultes handicapés en travaillant augmentent le score. Le
#   critère « parent isolé » a aussi un côté genré : selon l'Insee, plus de huit familles
#   monoparentales sur dix ont une mère à leur tête. Un critère neutre en apparence pèse ainsi
#   surtout sur des femmes, ce que le droit appelle une discrimination indirecte possible. En
#   octobre 2024, une quinzaine d'associations ont saisi le Conseil d'État ; d'autres les ont
#   rejointes depuis, dont des associations de défense des droits des femmes (le Mouvement des
#   mères isolées), et la Défenseure des droits a estimé, dans des observations transmises au
#   Conseil d'État, que l'algorithme pouvait produire une discrimination indirecte.
# - **Un outil de recrutement qui pénalisait le mot « women's ».** En 2018, l'agence Reuters a
#   révélé qu'Amazon avait abandonné un outil expérimental de tri de CV : appris sur dix ans de
#   candidatures surtout masculines, il pénalisait les CV contenant « women's » (« capitaine du
#   club d'échecs féminin ») et ceux de deux universités pour femmes.
#
# ### 💬 Question de réflexion 1 (3 points, corrigée par l'équipe pédagogique)
#
# Pour chacune des trois affaires, dites en une ou deux phrases **quelle leçon** elle donne pour
# le modèle d'urgence de Méridanne, en vous appuyant sur un résultat de ce lab. (10 à 15 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points, 1 par affaire)**
# - **Pays-Bas (1 point)** : un critère lié à l'origine ou au lieu (nationalité ; ici le quartier)
#   fait porter les erreurs sur un groupe déjà fragile, avec des conséquences lourdes et durables ;
#   lien avec l'écart des quartiers prioritaires mesuré pour le modèle (section 3) et avec le fait
#   que retirer la colonne ne suffit pas (noms de rues, section 4). Une réponse qui résume l'affaire
#   sans leçon pour Méridanne n'a pas le point.
# - **CNAF (1 point)** : un score qui cible les contrôles sur des personnes précaires transforme
#   une corrélation en suspicion ; un critère neutre en apparence (parent isolé) pèse surtout sur
#   des mères : discrimination indirecte possible, comme le sujet « harcèlement » à Méridanne
#   (section 5) ; l'opacité empêche la contestation ; il a fallu des associations pour le révéler ;
#   lien avec la nécessité de publier les règles et de mesurer les effets par groupe avant usage
#   (obligations de transparence des algorithmes publics, Lab 01). L'un de ces liens suffit avec
#   la leçon.
# - **Recrutement (1 point)** : un modèle appris sur des décisions passées reproduit leurs biais,
#   même sans variable « genre » ; lien avec la section 5 : l'historique manquait bien plus souvent
#   les urgences signalées par des femmes qu'à sujet égal par des hommes (disparité directe) ; le
#   modèle pénalise le sujet (variable indirecte), qui porte l'essentiel de son écart de genre ;
#   à sujet égal, son écart n'est pas établi, mais il lit les mots genrés (test contrefactuel) et
#   crée un écart au détriment des femmes sur les autres sujets.
#
# *Exemple de réponse complète* (les chiffres sont à reprendre des sorties du lab) : aux Pays-Bas,
# un critère lié à l'origine a désigné des familles comme suspectes ; à Méridanne, le quartier joue
# ce rôle : le modèle manque nettement plus de vraies urgences dans les quartiers prioritaires, et
# encore un peu sans la colonne, car les noms de rues trahissent le quartier. L'affaire de la CNAF
# montre qu'un critère neutre (parent isolé) peut viser surtout des mères, et qu'un score public
# doit être connu et discuté avant usage : nos mesures par groupe devraient être publiées avec
# l'outil. L'outil de recrutement reproduisait des décisions passées : notre modèle apprend
# l'urgence décidée par les agent·es, qui, à sujet égal, manquaient bien plus souvent les
# signalements des femmes ; le modèle a appris que le sujet « harcèlement » est peu urgent, ce que
# paient surtout des femmes ; à sujet égal, il manque autant les urgences des hommes, parce
# qu'ils y ont perdu, et il lit quand même les mots écrits au féminin.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 2 (3 points, corrigée par l'équipe pédagogique)
#
# **Qui doit être dans la salle** avant de décider de déployer ce modèle, et qu'apporte chaque
# personne ? Citez au moins quatre rôles, dont au moins un qui ne travaille pas à la métropole.
# (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_2", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : au moins quatre rôles pertinents avec leur apport : les agent·es qui traitent les
#   demandes (ils et elles savent ce qu'est une urgence et comment l'étiquette a été produite), la
#   direction ou l'élu·e qui porte la décision et en répond, le ou la délégué·e à la protection des
#   données (analyse d'impact, base légale), un·e référent·e égalité ou lutte contre les
#   discriminations, l'équipe technique ou le prestataire (ce que fait le modèle, ses limites).
# - **1 point** : au moins un rôle extérieur : des habitant·es ou associations des quartiers
#   prioritaires, une association d'aide aux femmes victimes de violences ou de harcèlement, un·e
#   auditeur·rice indépendant·e, le Défenseur des droits (saisi en cas de discrimination). Le rôle
#   est justifié (ils voient ce que les mesures ne voient pas : les personnes qui n'écrivent pas,
#   ce qui rend une situation urgente pour les personnes concernées, une vérité de référence
#   discutable).
# - **1 point** : le lien avec les résultats : qui tranche entre les critères incompatibles (décision
#   politique, pas technique), qui surveille les écarts après déploiement, qui peut demander l'arrêt.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 3 (3 points, corrigée par l'équipe pédagogique)
#
# La directrice hésite entre « seuils par groupe » (sans nouvelle relecture, mais qui signale
# bien plus de demandes) et « étiquettes auditées » (qui suppose de faire relire des demandes
# chaque année). Que lui recommandez-vous, et que diriez-vous aux habitant·es des quartiers
# prioritaires et aux associations de femmes qui ont alerté le référent égalité ? Appuyez-vous
# sur le tableau `options`, sur la section « Pourquoi aucune option ne règle tout » et sur ce que
# dit le droit (section 7). (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_3", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : une recommandation argumentée avec des chiffres du tableau : les seuils par groupe
#   réduisent surtout l'écart entre quartiers, moins ceux de l'écriture et du harcèlement, font
#   baisser l'exactitude et augmentent la part signalée (plus de charge) ; les étiquettes auditées
#   réduisent les trois écarts défavorables et sont plus exactes, mais demandent de relire
#   l'historique ; à données égales (l'échantillon d'audit seul), l'avantage est bien plus mince.
#   Recommander un tri automatique sans condition fait perdre ce point.
# - **1 point** : les limites : critères d'équité incompatibles quand les groupes n'ont pas la même part
#   d'urgences (on choisit un critère, c'est une décision politique) ; la règle asymétrique accepte
#   qu'un groupe soit mieux servi, au prix des autres (volume fixé) ; un seuil ou un modèle qui dépend
#   du quartier traite différemment deux demandes identiques selon le lieu de résidence (loi
#   n° 2014-173 ; justification exigée) ; l'ajustement sur l'échantillon d'audit est fragile (petits
#   effectifs) ; contrôle humain réel (RGPD, art. 22) ; les écarts, y compris à sujet égal par genre,
#   doivent être remesurés après déploiement. Deux limites suffisent.
# - **1 point** : un message honnête et compréhensible pour les habitant·es et les associations : ce
#   qui a été constaté (leurs urgences étaient plus souvent manquées), ce qui change, qui décide (un
#   humain), comment signaler une urgence non traitée, comment les associations restent associées au
#   suivi ; sans jargon.
#
# **Lire aussi la fiche d'audit (exercice 7.1) avec cette réponse.** Son test vérifie la forme et
# les chiffres (chacun rapproché du groupe, du sujet et de la décision que sa phrase nomme), pas la
# justesse des conclusions. Une fiche qui tire de ses chiffres une conclusion fausse, par exemple
# « 63 % contre 64 % : le modèle ne discrimine donc pas les femmes » (l'égalité à sujet égal vient
# de ce que les hommes sont moins bien servis, le sujet sert de variable indirecte du genre, et
# l'écart n'est pas établi sur si peu d'hommes), fait perdre le premier point de cette question
# si la réponse ci-dessus reprend cette conclusion, et le deuxième si elle ne dit aucune limite
# de ces chiffres.
# ### END SOLUTION

# %% [markdown]
# ## Récapitulatif
#
# - Un biais vient le plus souvent des **étiquettes du passé**, des **variables indirectes**, de la
#   **façon d'écrire** et des **personnes absentes** des données.
# - On audite **groupe par groupe**, avec l'indicateur qui compte pour les personnes : ici les
#   **vraies urgences manquées** ; une même part signalée peut cacher des oublis inégaux.
# - `MetricFrame` de **fairlearn** calcule plusieurs indicateurs pour plusieurs groupes ; un petit
#   échantillon d'audit suffit pour voir un grand écart, pas pour le mesurer finement.
# - **Retirer une colonne ne suffit pas** : le texte dit le quartier. Les **tests contrefactuels**
#   montrent ce qui fait basculer une décision, mais seulement pour ce qu'on a pensé à tester, là où
#   on l'a testé.
# - **Comparer à sujet égal** : l'historique traitait différemment femmes et hommes pour le même
#   sujet. Le modèle fait deux choses à la fois : il pénalise le sujet, une **variable indirecte**
#   du genre, qui porte l'essentiel de son écart ; à sujet égal, son écart n'est pas établi, mais il
#   lit les mots qui disent le genre. L'écart se resserre surtout parce que les hommes sont
#   moins bien servis : un écart qui se réduit n'est pas forcément un progrès. Les personnes au
#   genre non renseigné doivent rester dans le tableau.
# - **Le droit s'applique** : discrimination directe et indirecte (loi n° 2008-496), lieu de
#   résidence (loi n° 2014-173), décision exclusivement automatisée (RGPD, art. 22), usages à haut
#   risque (AI Act, annexe III) ; la qualification revient à des juristes, les mesures à l'audit.
# - Chaque correction a un **coût** (exactitude, charge, relecture, questions juridiques), et
#   **aucune ne satisfait tous les critères d'équité à la fois** : le choix revient à des humains,
#   en comité, et il s'écrit dans une **fiche d'audit**.
#
# ## Pour aller plus loin
#
# - Exercice libre : refaites la section 6 avec `sensitive_features=demandes["groupe_ecriture"]` ;
#   l'écart d'écriture baisse-t-il ? Que devient celui des quartiers ?
# - Exercice libre : la contrainte `"equalized_odds"` de `ThresholdOptimizer` égalise à la fois les
#   urgences manquées et les fausses alertes ; comparez son exactitude.
# - Exercice libre : refaites l'exercice 5.2 avec la tranche d'âge au lieu du genre
#   (`.groupby(tableau.loc[urgentes, "tranche_age"])`), sur le même sujet : que voyez-vous ?
# - Le texte de la loi n° 2008-496 du 27 mai 2008 et du règlement (UE) 2024/1689 sur l'intelligence
#   artificielle : <https://www.legifrance.gouv.fr/> et <https://eur-lex.europa.eu/>.
# - Le guide de fairlearn (en anglais) : <https://fairlearn.org/main/user_guide/index.html>.
# - Défenseur des droits et CNIL, *Algorithmes : prévenir l'automatisation des discriminations* (2020) :
#   <https://www.defenseurdesdroits.fr/>.
# - Le rapport d'Amnesty International sur l'affaire néerlandaise, *Xenophobic machines* (2021), et le
#   dossier de La Quadrature du Net sur les algorithmes de la CNAF : <https://www.laquadrature.net/>.
#
# **Lab suivant** : [Lab 03 — Synthétiser une concertation](../03_synthetiser_une_concertation/03_synthetiser_une_concertation.ipynb),
# où il ne s'agit plus de classer des demandes mais de rendre compte fidèlement de milliers de
# contributions, sans perdre les voix minoritaires.
