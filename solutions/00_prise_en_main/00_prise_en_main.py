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
# # Lab 00 — Prise en main : Jupyter et un premier tableau de contributions
#
# **Ce que vous saurez faire à la fin de ce lab**
# - exécuter, modifier et relancer les cellules d'un notebook Jupyter ;
# - charger un tableau de contributions citoyennes et en lire quelques lignes ;
# - compter, filtrer et trier des contributions avec pandas ;
# - tracer un graphique simple et le lire en une phrase ;
# - lire un message d'erreur sans paniquer, et vous servir des tests pour vérifier vos réponses.
#
# **Prérequis** : aucun. Ce lab est fait pour les personnes qui n'ont jamais programmé.
#
# **Durée estimée** : 2 h à 2 h 30 ; comptez 3 h 30 à 4 h si vous n'avez jamais programmé et
# prenez votre temps, un peu plus d'une heure si vous connaissez déjà un peu de code. Trois essais
# complets du lab ont mesuré environ 2 h 20, 1 h 50 et 2 h 15 à un rythme habituel, 3 h 20,
# 3 h 05 et 4 h au rythme le plus lent.
#
# **La situation.** Vous venez de rejoindre la mission « Relation aux habitant·es » de
# *Méridanne Métropole*, une métropole fictive de quatorze quartiers. Chaque jour, des
# habitantes et des habitants écrivent à la métropole : par le formulaire du site, par
# l'application mobile, par courrier, ou par téléphone (un·e agent·e retranscrit alors l'appel).
# Avant de parler d'intelligence artificielle, il faut savoir regarder ces messages de près :
# combien il y en a, d'où ils viennent, de quoi ils parlent. C'est l'objet de ce premier lab,
# sur un échantillon de 79 contributions écrites pour ce cours (aucune n'est réelle).

# %% [markdown]
# ## 1. Un notebook, comment ça marche ?
#
# Un notebook est une suite de **cellules** :
# - les cellules de **texte** (comme celle-ci) expliquent ;
# - les cellules de **code** (fond gris, avec `[ ]:` à gauche) contiennent des instructions
#   en langage Python, que l'ordinateur exécute.
#
# Pour exécuter une cellule : cliquez dedans, puis appuyez sur **Maj + Entrée**
# (ou sur le bouton ▶ en haut). Le résultat s'affiche juste en dessous, et le curseur passe
# à la cellule suivante. Le numéro entre crochets, par exemple `[3]:`, indique l'ordre
# dans lequel les cellules ont été exécutées ; `[*]:` veut dire « en cours ».
#
# Exécutez la cellule ci-dessous.

# %%
print("Bonjour Méridanne !")
45 * 5

# %% [markdown]
# La première ligne *affiche* un texte ; la seconde est un calcul, et Jupyter affiche
# le résultat de la dernière ligne d'une cellule.
#
# On range une valeur dans une **variable** avec le signe `=` : le nom à gauche, la valeur
# à droite. La variable garde sa valeur pour toutes les cellules exécutées ensuite.

# %%
demandes_par_jour = 45
jours_ouvres = 5
demandes_par_jour * jours_ouvres

# %% [markdown]
# > 💡 **Si quelque chose semble bloqué** : menu *Noyau* → *Redémarrer le noyau et exécuter
# > toutes les cellules…* (dans une interface en anglais : *Kernel* → *Restart Kernel and Run
# > All Cells…*). Le **noyau**, c'est le programme qui exécute votre code en coulisse et garde
# > vos variables en mémoire ; le redémarrer efface ces variables, puis le notebook exécute tout,
# > de haut en bas. C'est aussi la meilleure façon de vérifier votre travail avant de le rendre.
# > Attention : l'exécution s'arrête à la **première erreur** (cadre rouge). Si un exercice n'est
# > pas fait (sa ligne `raise NotImplementedError()` est restée), les cellules suivantes ne sont
# > pas exécutées : allez à la cellule en erreur, corrigez-la, puis relancez.
#
# ### Comment se passent les exercices
#
# Chaque exercice a trois cellules :
# 1. une **cellule de réponse**, où vous écrivez votre code : remplacez la ligne
#    `raise NotImplementedError()` (qui signale « pas encore fait ») par votre réponse ;
# 2. un **indice** à déplier (cliquez sur « Indice ») si vous êtes bloqué·e ;
# 3. une **cellule de test**, à exécuter après votre réponse : elle affiche ✅ quand c'est juste,
#    ou un message qui explique ce qui ne va pas. Ne la modifiez pas. Lors de la correction,
#    d'autres tests, invisibles ici, vérifient la même chose autrement.
#
# **Quand une erreur s'affiche** (cadre rouge), pas de panique : rien n'est cassé. Lisez la
# **dernière ligne**, c'est elle qui dit l'essentiel :
# - `NotImplementedError` : l'exercice n'est pas encore fait (la ligne `raise NotImplementedError()`
#   est toujours là) ;
# - `ReponseIncorrecte: …` : un test du cours vous explique ce qui ne va pas, avec une piste 👉 ;
# - `NameError: name '…' is not defined` : ce nom n'existe pas (faute de frappe, majuscule,
#   cellule du dessus pas encore exécutée, ou un texte écrit sans ses guillemets : `courrier` au
#   lieu de `"courrier"`, `false` au lieu de `False`) ;
# - `KeyError: '…'` : cette colonne n'existe pas dans le tableau ;
# - `SyntaxError` : Python ne comprend pas la phrase. Souvent une parenthèse ou un guillemet
#   qui manque ; ou un `=` seul là où il faut `==` pour comparer (Python ajoute alors, en
#   anglais, « Maybe you meant '==' instead of '='? » : « Vouliez-vous dire '==' au lieu
#   de '=' ? ») ; ou `'return' outside function` (« return en dehors d'une fonction ») :
#   la ligne du `return` doit commencer par quatre espaces, sous le `def` ; ou un nom avec une
#   espace (`agents necessaires` : un nom s'écrit d'un seul tenant, `agents_necessaires`).
#   **Après une `SyntaxError`, rien de la cellule ne s'est exécuté** : la variable garde sa valeur
#   d'avant, et le test juge encore votre essai précédent. Corrigez, réexécutez la cellule de
#   réponse, puis le test ;
# - `TypeError: 'DataFrame' object is not callable` ou `'method' object is not subscriptable` :
#   crochets et parenthèses confondus. Les crochets choisissent (`demandes["canal"]`), les
#   parenthèses font agir (`.value_counts()`) ;
# - `IndentationError` : un problème de **retrait** (les espaces en début de ligne), par exemple
#   `expected an indented block after function definition` (« un bloc en retrait était attendu
#   après la définition de la fonction ») : sous un `def`, les lignes commencent par quatre espaces ;
# - `ValueError: The truth value of a Series is ambiguous` ou `TypeError: unsupported operand
#   type(s) for &` : deux conditions mal combinées (voir l'exercice 0.4).
#
# Une cellule de réponse terminée s'exécute **sans cadre rouge** : si la ligne
# `raise NotImplementedError()` est restée, supprimez-la, même quand le test affiche ✅.
#
# La section 7 revient sur les erreurs. La cellule suivante raccourcit les messages d'erreur
# de Python à l'essentiel ; elle répond en anglais « Exception reporting mode: Minimal »
# (« mode de rapport des erreurs : minimal ») : c'est normal. La commande `%xmode Verbose`
# rallonge les messages si besoin.

# %%
# %xmode Minimal

# %% [markdown]
# ### 📝 Exercice 0.1 — Votre première variable (1 point)
#
# Le service reçoit en moyenne 45 demandes par jour ouvré. Chaque agent·e traite
# 15 demandes par jour. Calculez **combien d'agent·es** il faut chaque jour pour tout traiter,
# et rangez le résultat dans la variable `agents_necessaires`.
#
# Attention : en Python, `/` donne un nombre décimal (`45 / 15` vaut `3.0`) et `//` un
# nombre entier (`45 // 15` vaut `3`). On attend ici un nombre entier : la division tombe juste.
# (Si elle ne tombait pas juste, `//` arrondirait au-dessous : avec 50 demandes, `50 // 15` donne
# 3 agent·es, un de moins qu'il n'en faut. Il faudrait alors arrondir au-dessus.)

# %% nbgrader={"grade": false, "grade_id": "ex0_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
agents_necessaires = None  # remplacez None par votre calcul
### BEGIN SOLUTION
agents_necessaires = 45 // 15
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Divisez le nombre de demandes par jour par le nombre de demandes qu'une personne traite,
# avec `//` : `agents_necessaires = 45 // 15`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex0_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab00

message = lab00.verifier_ex0_1(agents_necessaires)
### BEGIN HIDDEN TESTS
assert agents_necessaires * 15 == 45, "agents_necessaires × 15 doit redonner les 45 demandes du jour."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 2. Charger les contributions
#
# Les programmes de ce cours utilisent deux boîtes à outils :
# - **pandas**, la bibliothèque de référence pour manipuler des tableaux en Python ;
# - **civiclabs**, la boîte à outils du cours, qui charge les données, vérifie les exercices
#   et trace des graphiques lisibles par toutes et tous.
#
# La cellule ci-dessous les importe et règle deux paramètres du lab.

# %%
import matplotlib.pyplot as plt
import pandas as pd

from civiclabs import (
    PALETTE,
    appliquer_style,
    charger_demandes,
    charger_echantillon,
    comparer_repartitions,
    compter_mots,
    diagramme_barres,
    explorer_contributions,
    filtrer_contributions,
    format_nombre,
    format_pourcentage,
    lecture,
)

appliquer_style()

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2025  # graine du tirage au hasard : la même graine donne les mêmes exemples
NB_EXEMPLES = 5  # nombre de contributions tirées au hasard pour la lecture

# %% [markdown]
# `charger_echantillon()` lit le fichier `data/echantillon_contributions.csv` et renvoie un
# **DataFrame** : un tableau, avec une ligne par contribution et une colonne par information.
# `.head()` montre les premières lignes.

# %%
contributions = charger_echantillon()
contributions.head()

# %% [markdown]
# Les colonnes :
#
# | colonne | contenu |
# |---|---|
# | `identifiant` | référence unique de la contribution (E-001…) |
# | `date` | date de réception |
# | `canal` | formulaire web, application mobile, courrier, ou appel téléphonique |
# | `quartier` | quartier concerné |
# | `service` | service auquel la demande a été transmise |
# | `texte` | le message, tel qu'il a été écrit (ou retranscrit) |
#
# **Avant tout calcul, lisez.** La cellule suivante tire quelques contributions au hasard.
# Vous n'avez pas besoin de comprendre son code pour l'instant : exécutez-la. Puis, dans sa
# première ligne `graine = GRAINE`, remplacez le mot `GRAINE` par un nombre (1, 2, 3…) et
# relancez-la : d'autres contributions s'affichent. Vous verrez la variété des manières d'écrire.

# %%
graine = GRAINE  # remplacez GRAINE par un autre nombre, puis relancez la cellule
for _, ligne in contributions.sample(NB_EXEMPLES, random_state=graine).iterrows():
    print(f"[{ligne['identifiant']}] {ligne['canal']} — {ligne['quartier']} → {ligne['service']}")
    print(f"    {ligne['texte']}\n")

# %% [markdown]
# Quelques remarques qu'un·e agent·e ferait tout de suite : certains messages sont des lettres
# très polies, d'autres tiennent en une ligne sans accents ; certains parlent de deux choses
# à la fois ; certains ne relèvent pas du tout de la métropole (classés « Hors compétence / autre »).
# Et certains cachent une **urgence discrète** : rien n'est écrit « urgent », mais le danger est
# là. Avec la graine de départ (2025), le tirage en montre trois : E-071 (tout un immeuble sans
# eau), E-039 (des femmes suivies le soir, dans un message sur l'éclairage) et E-036 (des
# personnes âgées tombées, au milieu d'une lettre sur des racines d'arbres). Un outil automatique
# devra faire avec tout cela.
#
# `len(tableau)` donne le nombre de lignes d'un tableau, ici le nombre de contributions :

# %%
len(contributions)

# %% [markdown]
# ## 3. Compter
#
# `tableau["colonne"]` désigne une colonne. `.value_counts()` compte combien de fois chaque
# valeur y apparaît, de la plus fréquente à la moins fréquente. Par exemple, par quartier :

# %%
contributions["quartier"].value_counts()

# %% [markdown]
# ### 📝 Exercice 0.2 — D'où viennent les contributions ? (2 points)
#
# Rangez dans `par_canal` le nombre de contributions **par canal** (formulaire web,
# application mobile, courrier, téléphone), de la plus fréquente à la moins fréquente.

# %% nbgrader={"grade": false, "grade_id": "ex0_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : contributions["nom_de_la_colonne"].value_counts()
par_canal = None
### BEGIN SOLUTION
par_canal = contributions["canal"].value_counts()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Reprenez l'exemple des quartiers juste au-dessus en changeant le nom de la colonne :
# `par_canal = contributions["canal"].value_counts()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex0_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab00

message = lab00.verifier_ex0_2(par_canal, contributions)
### BEGIN HIDDEN TESTS
from civiclabs import charger_echantillon

attendu = charger_echantillon()["canal"].value_counts()
assert par_canal.to_dict() == attendu.to_dict(), "Les comptes par canal ne correspondent pas à l'échantillon."
assert list(par_canal.values) == sorted(par_canal.values, reverse=True), "Les canaux doivent être classés du plus au moins fréquent."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### Un premier graphique
#
# Un tableau de comptes se lit mieux en barres. `diagramme_barres` (de civiclabs) trace
# les barres avec un titre et des axes nommés ; `lecture` écrit sous le graphique ce qu'il
# montre, en une phrase. Prenez cette habitude : un graphique sans phrase de lecture
# laisse chacun·e y voir ce qu'il ou elle veut.

# %%
par_service = contributions["service"].value_counts()
diagramme_barres(
    par_service,
    titre="Contributions par service destinataire",
    axe_categories="Service",
    axe_valeurs="Nombre de contributions",
)
plt.show()
lecture(
    f"« {par_service.index[0]} » et « {par_service.index[1]} » reçoivent le plus de demandes ; "
    f"{par_service['Hors compétence / autre']} contributions ne relèvent pas de la métropole "
    "et devront être réorientées."
)

# %% [markdown]
# ### 🎛️ Explorer sans code
#
# Le menu ci-dessous choisit la colonne à répartir ; le graphique se met à jour.
# Comparez les canaux et les quartiers : tous les quartiers écrivent-ils autant ?
#
# Si le menu n'apparaît pas, exécutez la cellule. S'il n'apparaît toujours pas (à sa place, un
# texte dit qu'il manque le paquet ipywidgets), votre Jupyter ne sait pas afficher les widgets :
# rien n'est cassé, faites-le en code. **Créez une cellule** (bouton **+** en haut du notebook :
# elle s'ajoute sous la cellule sélectionnée), écrivez-y la ligne de la section 3 en changeant
# le nom de la colonne, `contributions["canal"].value_counts()` (ou `"quartier"`), puis
# **Maj + Entrée**.

# %%
comparer_repartitions(contributions, colonnes=("canal", "quartier", "service"));

# %% [markdown]
# ## 4. Filtrer
#
# Pour garder certaines lignes, on écrit une **condition** entre crochets :
# `contributions[contributions["quartier"] == "Les Tilleuls"]` garde les lignes dont le quartier
# est « Les Tilleuls ». Le double signe `==` *compare* (le simple `=` *range* une valeur).

# %%
tilleuls = contributions[contributions["quartier"] == "Les Tilleuls"]
print(len(tilleuls), "contributions du quartier Les Tilleuls")
tilleuls[["identifiant", "service", "texte"]]

# %% [markdown]
# ### 📝 Exercice 0.3 — Le courrier papier (2 points)
#
# Les courriers papier arrivent au secrétariat et sont souvent traités en dernier.
# Rangez dans `courriers` le tableau des contributions dont le `canal` vaut `"courrier"`.

# %% nbgrader={"grade": false, "grade_id": "ex0_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : contributions[contributions["colonne"] == "valeur"]
courriers = None
### BEGIN SOLUTION
courriers = contributions[contributions["canal"] == "courrier"]
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Reprenez l'exemple des Tilleuls : la colonne est `"canal"`, la valeur `"courrier"`
# (en minuscules, exactement comme dans le tableau).
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex0_3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab00

message = lab00.verifier_ex0_3(courriers, contributions)
### BEGIN HIDDEN TESTS
from civiclabs import charger_echantillon

toutes = charger_echantillon()
assert sorted(courriers["identifiant"]) == sorted(toutes.loc[toutes["canal"] == "courrier", "identifiant"]), "Il manque des courriers."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# On peut combiner deux conditions avec `&` (« et »), chacune entre parenthèses :
# `contributions[(condition 1) & (condition 2)]`.
#
# ### 📝 Exercice 0.4 — Deux conditions à la fois (2 points)
#
# L'élue chargée de la tranquillité publique veut lire les contributions du quartier
# **Val-d'Ambre** transmises au service **Tranquillité publique**. Rangez-les dans
# `val_ambre_tranquillite`.

# %% nbgrader={"grade": false, "grade_id": "ex0_4", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : contributions[(contributions["colonne1"] == "valeur1") & (contributions["colonne2"] == "valeur2")]
val_ambre_tranquillite = None
### BEGIN SOLUTION
val_ambre_tranquillite = contributions[
    (contributions["quartier"] == "Val-d'Ambre")
    & (contributions["service"] == "Tranquillité publique")
]
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Première condition : `contributions["quartier"] == "Val-d'Ambre"`.
# Seconde : `contributions["service"] == "Tranquillité publique"` (avec les accents).
# Mettez chacune entre parenthèses et reliez-les par `&`.
# Le nom du quartier contient une apostrophe : entourez-le de guillemets doubles `"…"`.
#
# Trois erreurs fréquentes, et leur message :
# - `and` au lieu de `&` → `ValueError: The truth value of a Series is ambiguous` :
#   avec pandas, « et » s'écrit `&` ;
# - des parenthèses oubliées → `TypeError: unsupported operand type(s) for &` :
#   entourez chaque condition de `( )` ;
# - `'Val-d'Ambre'` entre apostrophes → `SyntaxError` : utilisez `"Val-d'Ambre"`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex0_4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab00

message = lab00.verifier_ex0_4(val_ambre_tranquillite, contributions)
### BEGIN HIDDEN TESTS
from civiclabs import charger_echantillon

toutes = charger_echantillon()
attendues = toutes[(toutes["quartier"] == "Val-d'Ambre") & (toutes["service"] == "Tranquillité publique")]
assert sorted(val_ambre_tranquillite["identifiant"]) == sorted(attendues["identifiant"]), "Il manque des contributions."
### END HIDDEN TESTS
bravo(message)
for texte in val_ambre_tranquillite["texte"]:
    print("—", texte)

# %% [markdown]
# ### 🎛️ Chercher un mot
#
# Le widget ci-dessous filtre sans code : choisissez un service, un quartier ou un canal,
# ou tapez un mot (la recherche ignore majuscules et accents) ; chaque contribution affichée
# indique entre parenthèses son service, son quartier et son canal. Essayez « peur », « nuit »,
# « enfants » : quels services reçoivent ces messages ? Un simple mot-clé suffirait-il à les
# repérer tous ?

# %%
explorer_contributions(contributions);

# %% [markdown]
# **La même recherche en code** (utile aussi si le widget ne s'affiche pas) : le widget s'appuie
# sur la fonction `filtrer_contributions` de civiclabs, qui ignore elle aussi majuscules et
# accents. Dans la cellule ci-dessous, remplacez `"peur"` par `"nuit"`, puis par `"enfants"`, et
# relancez-la à chaque fois.

# %%
trouvees = filtrer_contributions(contributions, mot="peur")
print("Contributions qui contiennent ce mot :", len(trouvees))
trouvees[["identifiant", "service", "texte"]]

# %% [markdown]
# ## 5. Trier
#
# `compter_mots(texte)` compte les mots d'un texte. `.map(fonction)` l'applique à chaque
# ligne d'une colonne ; on range le résultat dans une nouvelle colonne `nb_mots`.
# `.sort_values("colonne")` trie le tableau (du plus petit au plus grand ;
# `ascending=False` pour l'inverse).

# %%
contributions["nb_mots"] = contributions["texte"].map(compter_mots)
contributions.sort_values("nb_mots")[["identifiant", "canal", "nb_mots", "texte"]].head(5)

# %% [markdown]
# Un second graphique : la longueur des messages selon le canal. Une « boîte à moustaches »
# montre, pour chaque canal : la longueur médiane (trait orange : la moitié des messages sont
# plus courts, la moitié plus longs), la boîte (la moitié centrale des messages) et les
# moustaches (l'étendue habituelle). Les petits ronds sont des messages inhabituellement longs
# ou courts pour ce canal.

# %%
fig, ax = plt.subplots()
canaux = sorted(contributions["canal"].unique())
ax.boxplot(
    [contributions.loc[contributions["canal"] == c, "nb_mots"] for c in canaux],
    tick_labels=canaux,
)
ax.set_title("Longueur des contributions selon le canal")
ax.set_xlabel("Canal")
ax.set_ylabel("Nombre de mots")
plt.show()
medianes = contributions.groupby("canal")["nb_mots"].median().sort_values()
lecture(
    f"les messages par « {medianes.index[0]} » sont les plus courts "
    f"(médiane {format_nombre(medianes.iloc[0])} mots), ceux par « {medianes.index[-1]} » "
    f"les plus longs (médiane {format_nombre(medianes.iloc[-1])} mots)."
)

# %% [markdown]
# ### 📝 Exercice 0.5 — Les messages les plus longs (2 points)
#
# Rangez dans `plus_longues` les **5 contributions les plus longues** (selon `nb_mots`),
# de la plus longue à la plus courte.

# %% nbgrader={"grade": false, "grade_id": "ex0_5", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : tableau.sort_values("colonne", ascending=False).head(nombre)
plus_longues = None
### BEGIN SOLUTION
plus_longues = contributions.sort_values("nb_mots", ascending=False).head(5)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Triez `contributions` selon `"nb_mots"` du plus grand au plus petit (`ascending=False`),
# puis gardez les 5 premières lignes avec `.head(5)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex0_5_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab00

message = lab00.verifier_ex0_5(plus_longues, contributions)
### BEGIN HIDDEN TESTS
from civiclabs import charger_echantillon, compter_mots

reference = charger_echantillon()
reference["nb_mots"] = reference["texte"].map(compter_mots)
longueurs = list(plus_longues["nb_mots"])
assert longueurs == sorted(reference["nb_mots"], reverse=True)[:5], "Ce ne sont pas les 5 plus longues."
textes_du_cours = dict(zip(reference["identifiant"], reference["texte"]))
assert all(textes_du_cours.get(i) == t for i, t in zip(plus_longues["identifiant"], plus_longues["texte"])), "Les textes doivent être ceux des contributions, inchangés."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 6. Passer à l'échelle : deux ans de demandes
#
# Combien de temps faut-il pour lire tout l'échantillon ? Comptons ses mots, à environ
# 200 mots lus par minute (un rythme de lecture courant) :

# %%
mots_echantillon = contributions["nb_mots"].sum()
print(
    f"{format_nombre(mots_echantillon)} mots en tout : environ "
    f"{format_nombre(mots_echantillon / 200, 0)} minutes de lecture, à 200 mots par minute."
)

# %% [markdown]
# L'échantillon se lit donc en quelques minutes. Mais Méridanne Métropole reçoit des **milliers**
# de demandes par an. `charger_demandes()` charge les demandes de 2024 et 2025 : un jeu de données
# synthétique, fabriqué pour ce cours (aucune demande n'est réelle). Sa fiche, qui dit comment il
# a été fabriqué, est dans le dépôt du cours, lisible en ligne :
# <https://github.com/civiclabs/civiclabs/blob/main/data/README.md> (parties « demandes.csv » et
# « consultation.csv ») ; vous n'en avez pas besoin pour ce lab. Il a plus de colonnes
# que l'échantillon (le genre et l'âge déclarés, le registre d'écriture, l'urgence…), que les
# labs suivants utiliseront. Il compte aussi dix services, dont deux (Stationnement ;
# Solidarités et action sociale) absents de l'échantillon. Les mêmes opérations marchent à
# l'identique : c'est tout l'intérêt.

# %%
demandes = charger_demandes()
print(
    f"{format_nombre(len(demandes))} demandes, du {demandes['date'].min():%d/%m/%Y} "
    f"au {demandes['date'].max():%d/%m/%Y}."
)
demandes[["identifiant", "canal", "quartier", "service", "texte"]].head()

# %%
# Une mise en garde, calculée sur les données : la colonne service a été remplie par des personnes.
mal_classees = demandes[demandes["erreur_etiquette"]]
lecture(
    f"les étiquettes aussi se trompent : {format_nombre(len(mal_classees))} demandes sur "
    f"{format_nombre(len(demandes))} ({format_pourcentage(len(mal_classees) / len(demandes))}) "
    f"sont classées dans un service dont leur texte ne parle pas (la première : "
    f"{mal_classees['identifiant'].iloc[0]}, classée « {mal_classees['service'].iloc[0]} »). "
    "Le Lab 01 y revient."
)

# %%
par_service_metropole = demandes["service"].value_counts()
diagramme_barres(
    par_service_metropole,
    titre="Deux ans de demandes à Méridanne Métropole, par service",
    axe_categories="Service",
    axe_valeurs="Nombre de demandes",
    couleur=PALETTE[2],
)
plt.show()
lecture(
    f"« {par_service_metropole.index[0]} » reçoit à lui seul "
    f"{format_pourcentage(par_service_metropole.iloc[0] / len(demandes))} des demandes, "
    f"« {par_service_metropole.index[-1]} » seulement "
    f"{format_pourcentage(par_service_metropole.iloc[-1] / len(demandes))} : "
    "un outil qui se tromperait surtout sur les plus petites catégories passerait inaperçu "
    "dans un taux de réussite global."
)

# %% [markdown]
# ### 📝 Exercice 0.6 — Le courrier, à l'échelle de la métropole (2 points)
#
# Dans l'échantillon, 12 contributions sur 79 (15 %) arrivaient par courrier. Qu'en est-il sur
# deux ans ? Cette fois, vous écrivez une petite **fonction** : une recette qui reçoit un
# tableau et un canal, et renvoie la **part** des lignes de ce tableau arrivées par ce canal (un
# nombre entre 0 et 1 : 0,25 veut dire 25 %). L'avantage : la même recette servira pour
# n'importe quel tableau et n'importe quel canal, y compris l'année prochaine.
#
# Une fonction s'écrit `def nom(paramètre1, paramètre2):`, puis, **en retrait de quatre
# espaces** (quatre espaces au début de la ligne : c'est ce qui dit à Python que la ligne fait
# partie de la fonction), le calcul, précédé de `return` (« renvoie ») : sans `return`, la
# fonction calcule mais ne rend rien. Un exemple, à exécuter :

# %%
def double(nombre):
    return nombre * 2


double(21)

# %% [markdown]
# À l'intérieur de `part_du_canal`, utilisez les noms `tableau` et `canal` (ce que la fonction
# reçoit), jamais `demandes` ni `"courrier"` : le test essaiera votre fonction sur d'autres
# tableaux et d'autres canaux. Attention aux guillemets : `tableau["canal"]`, **avec**
# guillemets, c'est la colonne qui s'appelle canal ; `canal`, **sans** guillemets, c'est la
# valeur que la fonction a reçue (par exemple `"courrier"`).

# %% nbgrader={"grade": false, "grade_id": "ex0_6", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return len(tableau[tableau["colonne"] == valeur]) / len(tableau)
part_courrier = None


def part_du_canal(tableau, canal):
    """La part des lignes de « tableau » arrivées par « canal » (entre 0 et 1)."""
    ### BEGIN SOLUTION
    return len(tableau[tableau["canal"] == canal]) / len(tableau)
    ### END SOLUTION


part_courrier = part_du_canal(demandes, "courrier")

# %% [markdown]
# <details><summary>Indice</summary>
#
# Filtrez comme à l'exercice 0.3, mais avec les noms de la fonction :
# `tableau[tableau["canal"] == canal]`. Comptez ses lignes avec `len(…)`, puis divisez par le
# nombre total de lignes, `len(tableau)`. Utilisez `/` (et non `//`) : on veut un nombre
# décimal. La ligne complète, en retrait de quatre espaces sous le `def` :
# `return len(tableau[tableau["canal"] == canal]) / len(tableau)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex0_6_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab00

message = lab00.verifier_ex0_6(part_du_canal, part_courrier, demandes)
### BEGIN HIDDEN TESTS
from civiclabs import charger_demandes
from civiclabs.corpus import generer_demandes

reference = charger_demandes()
assert abs(part_courrier - (reference["canal"] == "courrier").mean()) < 1e-9, "La part des courriers ne correspond pas aux demandes de la métropole."
nouvelles = generer_demandes(n=1000, graine=777)
for canal_essai in sorted(nouvelles["canal"].unique()):
    attendu = (nouvelles["canal"] == canal_essai).mean()
    obtenu = part_du_canal(nouvelles.copy(), canal_essai)
    assert abs(obtenu - attendu) < 1e-9, f"Sur 1 000 demandes jamais vues, part_du_canal(…, « {canal_essai} ») ne donne pas la part de ce canal."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Personne ne lira ces milliers de demandes une par une chaque semaine. C'est là qu'arrivent les
# outils d'intelligence artificielle : orienter, trier, résumer. Le Lab 01 en construit un…
# et montre où il se trompe.

# %% [markdown]
# ## 7. Quand une erreur s'affiche
#
# Une erreur n'abîme rien : Python s'arrête et explique. Lisez **la dernière ligne** du
# message, c'est elle qui dit l'essentiel. Les plus fréquentes :
#
# | dernière ligne | ce qu'elle veut dire | que faire |
# |---|---|---|
# | `NameError: name 'contribution' is not defined` | ce nom n'existe pas (faute de frappe, ou cellule pas encore exécutée) | vérifiez l'orthographe ; exécutez les cellules du dessus |
# | `KeyError: 'Canal'` | cette colonne n'existe pas | les noms de colonnes sont en minuscules : `"canal"` |
# | `SyntaxError` | Python ne comprend pas la phrase (et n'a rien exécuté de la cellule : le test juge encore l'essai d'avant) | cherchez la parenthèse ou le guillemet qui manque, ou une espace dans un nom (`agents necessaires` → `agents_necessaires`) ; réexécutez la cellule avant le test |
# | `NameError: name 'courrier' is not defined` | un texte écrit sans guillemets | `"courrier"` entre guillemets ; `False` et `True` avec une majuscule |
# | `TypeError: 'DataFrame' object is not callable` ou `'method' object is not subscriptable` | crochets et parenthèses confondus | crochets pour choisir une colonne : `demandes["canal"]` ; parenthèses pour agir : `.value_counts()` |
# | `SyntaxError: … Maybe you meant '==' instead of '='?` (« Vouliez-vous dire '==' au lieu de '=' ? ») | un `=` seul dans une condition | pour comparer, écrivez `==` |
# | `SyntaxError: 'return' outside function` (« return en dehors d'une fonction ») | la ligne du `return` n'est pas en retrait sous `def` | ajoutez quatre espaces au début de la ligne |
# | `IndentationError: expected an indented block after function definition…` (« un bloc en retrait était attendu après la définition de la fonction ») | la ligne sous `def` n'a pas de retrait | commencez-la par quatre espaces |
# | `ValueError: The truth value of a Series is ambiguous` | `and` ou `or` entre deux conditions pandas | écrivez `&` (et) ou `\|` (ou) |
# | `TypeError: unsupported operand type(s) for &` | des conditions sans parenthèses | entourez chaque condition de `( )` |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` par votre réponse |
# | `NameError: name 'tableau' is not defined` (dans une fonction) | la ligne du calcul n'est pas en retrait sous `def` | ajoutez quatre espaces au début de la ligne |
# | `ReponseIncorrecte: …` | un test du cours : la réponse ne convient pas | lisez le message et la piste 👉 |
#
# Essayez : la cellule ci-dessous compte le nombre de canaux différents (`.nunique()`, « nombre
# de valeurs uniques »). Remplacez `"canal"` par `"Canal"`, exécutez, lisez l'erreur, puis
# remettez `"canal"`.

# %%
contributions["canal"].nunique()

# %% [markdown]
# ## 8. Regarder avant d'automatiser
#
# ### 💬 Question de réflexion (3 points, corrigée par l'équipe pédagogique)
#
# On envisage de trier automatiquement ces contributions : chaque message serait envoyé à un
# service en fonction des **mots** qu'il contient (par exemple « lampadaire » → Éclairage public).
# En vous appuyant sur **au moins deux contributions de l'échantillon, citées par leur
# identifiant** (E-0…), expliquez ce qu'un tel tri risquerait de mal faire, et pour qui
# ce serait le plus grave. (5 à 10 lignes.)
#
# Pour écrire dans la cellule « VOTRE RÉPONSE ICI » ci-dessous : double-cliquez dessus, remplacez
# la phrase par votre texte, puis **Maj + Entrée** pour l'afficher mise en forme.

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : au moins deux contributions citées par leur identifiant, qui illustrent
#   vraiment une difficulté (pas seulement nommées).
# - **1 point** : au moins deux difficultés différentes et justes parmi : orthographe ou style
#   éloignés des mots attendus (ex. E-016 « trotoir », « sa fait plusieur mois » ; E-050) ;
#   messages qui touchent deux services (E-039 : éclairage *et* sécurité des femmes ; E-028) ;
#   demandes hors compétence à réorienter (E-009, E-043) ; mots trompeurs (« lampadaire » dans
#   une demande de tranquillité ; remerciements sans demande, E-033, E-048) ; urgence cachée
#   dans un message bref (E-042 une chute, E-071 plus d'eau du tout).
# - **1 point** : qui en pâtit le plus, justifié : les personnes qui écrivent moins bien ou dans
#   une autre langue, les personnes âgées qui envoient des courriers, les habitantes qui signalent
#   du harcèlement (E-047, E-056, E-079) ; un message mal orienté attend plus longtemps et la
#   réponse n'arrive pas à qui en a le plus besoin. Mention bienvenue : garder une relecture
#   humaine pour les cas incertains.
#
# *Exemple de réponse complète* : E-016 écrit « trotoir » et « sa fait plusieur mois » : un tri
# par mot-clé sur « trottoir » le raterait, alors qu'une personne en fauteuil ne peut plus passer.
# E-039 parle de lampadaires mais surtout de femmes suivies le soir : le mot « lampadaire »
# l'enverrait à l'éclairage public et la tranquillité publique ne le verrait jamais. Ce sont les
# personnes qui maîtrisent moins l'écrit, et celles qui signalent une insécurité, qui seraient
# le plus pénalisées : il faudrait qu'un·e agent·e relise les messages dont le tri est incertain.
# ### END SOLUTION

# %% [markdown]
# ## Récapitulatif
#
# - Un notebook s'exécute cellule par cellule (**Maj + Entrée**), de haut en bas ;
#   *Noyau → Redémarrer le noyau et exécuter toutes les cellules…* vérifie que tout fonctionne
#   dans l'ordre.
# - `charger_echantillon()` et `charger_demandes()` chargent un tableau ; `len`, `.head()`,
#   `["colonne"]` le décrivent ; les mêmes opérations valent pour 79 ou 12 000 lignes.
# - `.value_counts()` compte, `tableau[condition]` filtre (`&` pour combiner),
#   `.sort_values(…, ascending=False)` trie.
# - Un graphique a un titre, des axes nommés et une phrase de lecture.
# - Lire les contributions avant d'automatiser montre déjà les pièges : orthographe, messages
#   à deux sujets, urgences discrètes, demandes hors compétence.
#
# ## Pour aller plus loin
#
# - Quels mois ont reçu le plus de contributions ? Essayez
#   `contributions["date"].dt.month.value_counts().sort_index()`.
# - Le guide officiel de pandas en dix minutes (en anglais) :
#   <https://pandas.pydata.org/docs/user_guide/10min.html>.
# - La documentation de JupyterLab (interface en français disponible) :
#   <https://jupyterlab.readthedocs.io/>.
#
# **Lab suivant** : [Lab 01 — Classer les demandes](../01_classer_les_demandes/01_classer_les_demandes.ipynb),
# où un programme apprend à orienter des milliers de demandes vers le bon service… et où
# l'on mesure ses erreurs.
