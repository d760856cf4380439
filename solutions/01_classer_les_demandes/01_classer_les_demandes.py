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
# # Lab 01 — Classer les demandes des habitant·es
#
# **Ce que vous saurez faire à la fin de ce lab**
# - écrire un premier « routeur » à mots-clés et mesurer honnêtement ce qu'il vaut ;
# - séparer les demandes qui servent à apprendre de celles qui servent à juger, et repérer
#   le piège des demandes presque identiques ;
# - entraîner un modèle (TF-IDF et régression logistique) et le juger avec les bons
#   indicateurs : exactitude, F1 macro, rappel par service, matrice de confusion ;
# - regarder les mots sur lesquels le modèle s'appuie, y compris ceux qui ne devraient pas compter ;
# - choisir un seuil de confiance pour décider ce qui part seul et ce qu'un·e agent·e relit ;
# - comprendre qu'un modèle appris sur l'historique peut reproduire les habitudes du passé, et
#   qu'il faut un audit pour le savoir.
#
# **Prérequis** : le Lab 00 (exécuter une cellule, une variable, `value_counts`, filtrer un
# tableau). Aucune connaissance en statistiques ni en intelligence artificielle.
#
# **Durée estimée** : 4 h 30 à 5 h 30 pour une personne qui a suivi le Lab 00 sans autre
# expérience du code. Les trois derniers essais complets du lab ont mesuré environ 4 h 40, 5 h et
# 4 h 45 pour ce profil ; au plus vite, 3 h 25, 2 h 25 et 2 h 20 ; au plus lent, 6 h 05, et 7 h 40
# et 7 h 30 pour une personne qui n'avait jamais codé.
#
# **La situation.** La direction de la relation aux habitant·es de *Méridanne Métropole*
# reçoit environ 6 000 demandes par an. Aujourd'hui, deux agent·es les lisent toutes pour les
# transmettre au bon service (voirie, propreté, éclairage…) et repérer les urgences. Un
# prestataire propose un outil d'intelligence artificielle qui « trie tout seul ». Avant de
# signer, la directrice vous demande de construire vous-même un tel outil sur les deux ans
# d'historique, de mesurer où il se trompe, et de proposer **où un humain doit rester**.
# Les 12 000 demandes (2024-2025) sont **fictives** : fabriquées par le générateur du cours,
# elles mêlent des messages écrits à la main, des fautes, des relances, des messages qui
# touchent deux services, et environ 4 % d'étiquettes fausses, comme dans un vrai historique.
# Leurs difficultés sont celles d'une vraie boîte de réception. Pour en savoir plus, lisez le
# fichier `data/README.md` du cours ([ouvrir depuis ce notebook](../../data/README.md)), aussi
# lisible sur le site du projet :
# <https://github.com/civiclabs/civiclabs/blob/main/data/README.md>.

# %% [markdown]
# ## 0. Mise en place
#
# Les exercices fonctionnent comme au Lab 00 : une cellule de réponse (remplacez la ligne
# `raise NotImplementedError()` par votre code), un indice à déplier, une cellule de test
# à exécuter sans la modifier. Si quelque chose semble bloqué : *Noyau* → *Redémarrer le
# noyau et exécuter toutes les cellules…*
#
# **Si votre cellule de réponse a produit une erreur, corrigez-la avant de lancer le test.**
# Une erreur de syntaxe (`SyntaxError`, `IndentationError`) empêche toute la cellule de
# s'exécuter : les variables gardent leur ancienne valeur, et le test jugerait votre réponse
# précédente (si la cellule n'a encore jamais abouti, la variable n'existe pas et le test répond
# `NameError`). Toute autre erreur arrête la cellule en chemin : la variable vaut alors le plus
# souvent `None` (la première ligne de la cellule la remet à zéro), et le test le dit.
# Réexécutez votre cellule jusqu'à ce qu'elle s'exécute sans cadre rouge, puis le test.
#
# Les encadrés *Sans widget* donnent du code à essayer : cliquez sur la cellule du widget,
# créez une cellule en dessous (touche `B`, ou bouton `+` de la barre d'outils), collez-y le
# code et exécutez-la (`Maj` + `Entrée`).
#
# ### Quand une erreur s'affiche
#
# Rien n'est cassé : lisez **la dernière ligne** du message (les messages de Python sont en
# anglais ; voici ce que disent les plus fréquents dans ce lab).
#
# | dernière ligne (extrait) | ce qu'elle veut dire | que faire |
# |---|---|---|
# | `KeyError: 'Proprete et dechets'` | ce nom de colonne ou de service n'existe pas, à une lettre près | recopiez-le exactement, accents et majuscules compris : `"Propreté et déchets"` |
# | `NameError: name 'balanced' is not defined` | un texte écrit sans guillemets : Python croit que c'est une variable (ou une faute de frappe, ou une cellule du dessus pas encore exécutée) | mettez des guillemets : `class_weight="balanced"` |
# | `ValueError: The truth value of a Series is ambiguous` | `not`, `and` ou `or` appliqués à une colonne de vrais et faux | écrivez `~` (non), `&` (et), `\|` (ou), chaque condition entre parenthèses : `tableau[(a == 1) & ~(b == 2)]` |
# | `TypeError: unsupported operand type(s) for &` | deux conditions sans parenthèses | entourez chaque condition de `( )` |
# | `ValueError: Target is multiclass but average='binary'` | `f1_score` sans `average` alors qu'il y a plus de deux services | ajoutez `average="macro"` |
# | `TypeError: dtype 'string' does not support operation 'median'` | `.median()` appliquée à une colonne de textes, ou à tout le tableau | choisissez d'abord la colonne : `….groupby("canal")["nb_mots"].median()` |
# | un résultat `nan`, ou un test qui dit « vaut nan » | NaN, « pas un nombre » : le calcul est parti d'une sélection vide | vérifiez l'orthographe exacte, accents compris, de la valeur filtrée (`"Hors compétence / autre"`) ; `len(selection)` doit dépasser 0 |
# | `ValueError: Length of values (19) does not match length of index (12000)` | on attend une valeur par ligne du tableau, et vous avez donné un tableau entier ou une liste d'une autre longueur | donnez une colonne du même tableau, de la même longueur : `demandes["texte"].map(compter_mots)` |
# | `ValueError: Found input variables with inconsistent numbers of samples: [19, 9000]` | deux morceaux de longueurs différentes : deux colonnes de tableaux différents (`apprentissage` et `evaluation`), ou un tableau entier (19 colonnes) à la place d'une colonne | prenez les deux colonnes du même tableau : `routeur.fit(apprentissage["texte"], apprentissage["service"])` |
# | `TypeError: '<' not supported between instances of 'bool' and 'str'` | un tableau entier (par exemple `resultats`) donné à `accuracy_score` ou `f1_score` à la place d'une colonne | choisissez la colonne : `resultats["service"]`, `resultats["prediction"]` |
# | `InvalidParameterError: The 'stop_words' parameter … Got 'french' instead.` | une option de scikit-learn mal écrite ou qui n'existe pas : `stop_words="french"` n'est pas accepté (sa seule liste intégrée est anglaise) | `stop_words=mots_vides()` ; pour une autre option, recopiez le nom et la valeur de l'énoncé |
# | `NameError: name 'texte' is not defined` (ou `tableau`, `courbe`… dans une fonction) | la ligne n'est pas en retrait sous `def …:` : Python la lit hors de la fonction, où ce nom n'existe pas | ajoutez quatre espaces au début de la ligne (ne mettez pas de guillemets) |
# | `IndentationError: expected an indented block after function definition` | dans une fonction (exercices 3.2, 5.1 et 6.1), les lignes sous `def …:` doivent être décalées vers la droite | mettez quatre espaces (ou la touche Tab) au début de chaque ligne de la fonction, jusqu'au `return` compris |
# | `SyntaxError: 'return' outside function` (« return en dehors d'une fonction ») | la ligne du `return` n'est pas en retrait sous le `def …:` : Python la lit hors de la fonction (sous une ligne de description entre `"""`, l'oubli du retrait donne cette erreur plutôt qu'`IndentationError`) ; rien de la cellule n'a été exécuté | ajoutez quatre espaces au début de la ligne du `return`, comme devant la ligne `"""…"""` au-dessus |
# | `SyntaxError: '(' was never closed` (ou `unterminated string literal`, `invalid syntax. Perhaps you forgot a comma?`) | une parenthèse, un crochet ou un guillemet ouvert et jamais fermé, ou une virgule oubliée entre deux éléments ; rien de la cellule n'a été exécuté | regardez la ligne que montre le `^` et celle du dessus ; comptez les parenthèses, les crochets et les guillemets |
# | `TypeError: Pipeline.__init__() takes 2 positional arguments but 3 were given` | les étapes du `Pipeline` données sans les crochets de la liste | une seule liste d'étapes, entre crochets : `Pipeline([("tfidf", …), ("modele", …)])` |
# | `TypeError: Expected an estimator instance (TfidfVectorizer()), got estimator class instead` | une étape écrite sans ses parenthèses | `TfidfVectorizer(…)`, `LogisticRegression(…)`, avec les parenthèses |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` par votre réponse |
# | `NameError: name 'part_quasi_jumelles' is not defined` **dans une cellule de test** | la variable de réponse n'existe pas encore : sa cellule de réponse n'a jamais été exécutée, ou elle s'est arrêtée sur une erreur de syntaxe (`SyntaxError`, `IndentationError`), qui empêche toute la cellule de s'exécuter | remontez à la cellule de réponse, corrigez l'erreur et exécutez-la jusqu'à ce qu'elle finisse sans cadre rouge, puis relancez le test |
# | `ReponseIncorrecte: …` | un test du cours : la réponse ne convient pas | lisez le message et la piste 👉 |
#
# Un encadré jaune ou rose où figure `UserWarning:` (ou `FutureWarning:`, `ConvergenceWarning:`)
# n'est **pas une erreur** : c'est un *avertissement* de scikit-learn. La cellule s'est exécutée
# jusqu'au bout et vos variables ont bien reçu leur valeur : lisez-le, puis continuez. Une vraie
# erreur arrête la cellule ; sa dernière ligne se termine par `Error: …` (ou `ReponseIncorrecte: …`).
#
# > **Petit glossaire**
# > - `describe()` résume une colonne de nombres : `count` = nombre de valeurs, `mean` =
# >   moyenne, `std` = écart-type (l'écart typique à la moyenne), `min` et `max`, `25%`, `50%`,
# >   `75%` = quartiles (un quart, la moitié, trois quarts des valeurs sont en dessous ; `50%`
# >   est la médiane).
# > - `dtype` : le type des valeurs d'une colonne (`int64` : entiers, `float64` : décimaux,
# >   `string` : textes, `category` : quelques valeurs possibles, `bool` : vrai ou faux).
# > - `NaN` (ou `nan`, *Not a Number*) : « pas un nombre » : une valeur manquante, ou le
# >   résultat d'un calcul sur zéro ligne.
# > - `~` : « non » devant une condition pandas : `tableau[~condition]` garde les lignes où
# >   elle est fausse.
# > - `.iloc[0]` : la valeur en première position (on compte à partir de 0) ; `.iloc[-1]`, la
# >   dernière.
# > - `random_state=` : la graine d'un tirage au hasard : même graine, même tirage, donc les
# >   mêmes résultats pour tout le monde.
# > - `%xmode Minimal` (la première cellule de code) : raccourcit les messages d'erreur à
# >   l'essentiel ; `%xmode Context` rend le détail.
#
# La cellule suivante importe les outils du lab. Elle peut prendre une dizaine de secondes.

# %%
# %xmode Minimal

# %%
import warnings

import matplotlib.pyplot as plt
import pandas as pd

from civiclabs import (
    PALETTE,
    REGLES_EXEMPLE,
    appliquer_style,
    charger_demandes,
    compter_mots,
    courbe_seuil,
    curseur_mots_influents,
    curseur_seuil,
    decouper_demandes,
    diagramme_barres,
    entrainer_routeur,
    explorer_contributions,
    format_nombre,
    format_points,
    format_pourcentage,
    lecture,
    limiter_calculs_paralleles,
    mots_influents,
    mots_vides,
    probabilites,
    rappel_par_service,
    router_demandes,
    similarite_plus_proche,
    tableau_de_confiance,
    tracer_courbe_seuil,
    tracer_matrice_confusion,
    tracer_mots_influents,
)
from civiclabs import graduations_a_la_francaise  # « 0,2 » plutôt que « 0.2 » sur les axes

appliquer_style()
limiter_calculs_paralleles()  # calculs plus rapides sur une petite machine
# scikit-learn signale que la liste de mots vides contient « qu » et « quelqu » : sans gravité.
warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2025  # graine des tirages au hasard : la même graine donne les mêmes résultats
PART_TEST = 0.25  # part des demandes gardées de côté pour juger les outils
REGLE_ERREUR = 0.05  # règle du service : au plus 5 % de demandes mal orientées automatiquement
SEUIL_JUMELLES = 0.8  # similarité à partir de laquelle deux demandes sont « presque identiques »

# %% [markdown]
# ## 1. Regarder et lire les demandes
#
# Toujours le même réflexe : avant tout outil, on regarde les données. Chaque ligne est une
# demande ; la colonne `service` dit à quel service elle a été transmise (c'est ce que
# l'outil devra deviner) ; `texte` est le message tel que reçu.

# %%
demandes = charger_demandes()
print(f"{format_nombre(len(demandes))} demandes.")
demandes[["identifiant", "canal", "quartier", "service", "texte"]].head()

# %%
par_service = demandes["service"].value_counts()
diagramme_barres(
    par_service,
    titre="Les demandes de deux ans, par service destinataire",
    axe_categories="Service",
    axe_valeurs="Nombre de demandes",
)
plt.show()
lecture(
    f"« {par_service.index[0]} » reçoit {format_pourcentage(par_service.iloc[0] / len(demandes))} "
    f"des demandes, « {par_service.index[-1]} » {format_pourcentage(par_service.iloc[-1] / len(demandes))} : "
    "les services sont très inégaux, et un outil pourrait négliger les petits sans que cela se voie."
)

# %% [markdown]
# **Lisez une douzaine de demandes** avant de construire quoi que ce soit. Pour chacune,
# demandez-vous : *à quel service l'aurais-je envoyée ? est-ce urgent ?* Changez `graine`
# pour en lire d'autres.

# %%
graine = GRAINE  # remplacez par un autre nombre pour lire d'autres demandes
for _, ligne in demandes.sample(12, random_state=graine).iterrows():
    print(f"[{ligne['identifiant']}] {ligne['canal']} — {ligne['quartier']} → {ligne['service']}")
    print(f"    {ligne['texte'][:400]}\n")

# %% [markdown]
# Vous avez sans doute vu des messages sans accents ni ponctuation, des lettres très polies
# qui n'en viennent au fait qu'à la troisième phrase, des appels retranscrits par un·e agent·e,
# des relances (« toujours rien depuis mon dernier message ») qui ne redisent pas le problème,
# et des demandes qui touchent deux services à la fois.
#
# ### 🎛️ Chercher sans code
#
# Le widget du Lab 00, sur 2 000 demandes tirées au hasard : choisissez un service, un canal,
# ou tapez un mot. Essayez « lampadaire » : toutes ces demandes vont-elles à l'éclairage public ?

# %%
explorer_contributions(demandes.sample(2000, random_state=GRAINE), colonnes=("service", "canal", "quartier"), unite="demande");

# %% [markdown]
# *Sans widget (ou si vous préférez le code)*, dans une cellule que vous créez : la même
# recherche, sur toutes les demandes.
# `demandes[demandes["texte"].str.contains("lampadaire", case=False)]["service"].value_counts()`
# compte, service par service, les demandes qui contiennent « lampadaire » ;
# `demandes[demandes["canal"] == "courrier"].head()` montre les premières d'un canal.

# %% [markdown]
# La longueur des messages compte : un message de cinq mots donne peu d'indices à un outil.
# On ajoute une colonne `nb_mots`.

# %%
demandes["nb_mots"] = demandes["texte"].map(compter_mots)
demandes["nb_mots"].describe()

# %% [markdown]
# ### 📝 Exercice 1.1 — Qui écrit court ? (1 point)
#
# Rangez dans `mediane_par_canal` la **longueur médiane** (en mots) des demandes **pour chaque
# canal**. `tableau.groupby("colonne_des_groupes")["colonne_a_resumer"].median()` calcule la
# médiane d'une colonne, groupe par groupe.

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
mediane_par_canal = None
### BEGIN SOLUTION
mediane_par_canal = demandes.groupby("canal")["nb_mots"].median()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Les groupes sont les canaux (`"canal"`), la colonne à résumer est `"nb_mots"` :
# `demandes.groupby("canal")["nb_mots"].median()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex1_1(mediane_par_canal, demandes)
### BEGIN HIDDEN TESTS
from civiclabs import compter_mots

_controle = demandes.assign(_n=demandes["texte"].map(compter_mots)).groupby("canal")["_n"].median()
assert all(abs(float(mediane_par_canal[c]) - _controle[c]) < 1e-9 for c in _controle.index), "Les médianes par canal ne correspondent pas aux données."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 2. Un premier routeur, à mots-clés
#
# L'idée la plus simple : une liste de mots par service. « lampadaire » → Éclairage public,
# « poubelle » → Propreté et déchets… On l'écrit en Python sous forme de **dictionnaire** :
# entre accolades, des paires `clé: valeur` ; ici la clé est le nom du service, la valeur
# la liste de ses mots-clés. Voici celui qu'un·e collègue a écrit en cinq minutes :

# %%
for service, mots in REGLES_EXEMPLE.items():
    print(f"{service:32} {mots}")

# %% [markdown]
# `router_demandes(textes, regles)` envoie chaque texte au service dont **le plus de
# mots-clés** apparaissent dans le message (majuscules, accents et ponctuation ignorés ;
# « poubelle » trouve aussi « poubelles »). Sans aucun mot-clé, la demande part en
# « Hors compétence / autre ». Mesurons ces règles : quelle part des demandes envoient-elles
# au service qui les a vraiment traitées ? C'est **l'exactitude**.

# %%
routage_exemple = router_demandes(demandes["texte"], REGLES_EXEMPLE)
bon_service = routage_exemple == demandes["service"]
print(f"Exactitude des règles d'exemple : {format_pourcentage(bon_service.mean())}")
print("\nExactitude selon le niveau d'orthographe du message :")
par_orthographe = bon_service.groupby(demandes["orthographe"]).mean()
print(par_orthographe.map(format_pourcentage).to_string())
# « moins d'une demande sur k » : le plus grand k (de 2 à 10) tel que l'exactitude reste sous 1/k
_sur = max([k for k in range(2, 11) if bon_service.mean() < 1 / k], default=None)
_en_lettres = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix"}
lecture(
    (f"moins d'une demande sur {_en_lettres[_sur]} arrive au bon service"
     if _sur else f"{format_pourcentage(bon_service.mean())} des demandes arrivent au bon service")
    + f". Les messages à l'orthographe « {par_orthographe.idxmin()} » sont les moins bien servis "
    f"({format_pourcentage(par_orthographe.min())}), ceux à l'orthographe « {par_orthographe.idxmax()} » "
    f"les mieux servis ({format_pourcentage(par_orthographe.max())})."
)

# %% [markdown]
# Certains mots-clés ne trouvent rien du tout : la cellule suivante essaie chaque mot de votre
# collègue seul, sur toutes les demandes, et garde ceux qu'aucune ne contient.

# %%
_introuvables = [mot for service, mots in REGLES_EXEMPLE.items() for mot in mots
                 if not (router_demandes(demandes["texte"], {service: [mot]}) == service).any()]
_nb_mots = sum(len(mots) for mots in REGLES_EXEMPLE.values())
_liste = ", ".join(f"« {mot} »" for mot in _introuvables)
_toutes = f"des {format_nombre(len(demandes))} demandes"
if len(_introuvables) > 1:
    _phrase = f"{len(_introuvables)} n'apparaissent dans aucune {_toutes} ({_liste}) : ils ne trouveront jamais rien"
elif _introuvables:
    _phrase = f"un seul n'apparaît dans aucune {_toutes} ({_liste}) : il ne trouvera jamais rien"
else:
    _phrase = f"chacun apparaît dans au moins une {_toutes}"
lecture(f"sur les {_nb_mots} mots-clés de votre collègue, {_phrase}.")

# %% [markdown]
# Regardons quelques échecs :

# %%
echecs = demandes[~bon_service].sample(6, random_state=GRAINE)
for identifiant, ligne in echecs.iterrows():
    print(f"→ règles : {routage_exemple[identifiant]}   |   vrai service : {ligne['service']}")
    print(f"    {ligne['texte'][:300]}\n")

# %% [markdown]
# ### 📝 Exercice 2.1 — Vos propres règles (2 points)
#
# Écrivez dans `mes_regles` un dictionnaire meilleur que celui de votre collègue :
# - les **clés** sont des noms de services, écrits exactement comme dans la colonne `service`
#   (au moins 8 des 9 services hors « Hors compétence / autre ») ;
# - les **valeurs** sont des listes de mots-clés (textes entre guillemets), des mots que les
#   habitant·es écrivent vraiment : le test refuse un mot qui n'apparaît dans aucune demande (un
#   mot provisoire comme « xxx » ou « mot1 », ou un mot que personne n'écrit) ;
# - objectif : au moins **45 %** de demandes bien orientées (les règles de votre collègue en
#   orientent bien moins : voyez l'exactitude affichée plus haut).
#
# Inspirez-vous des demandes lues plus haut et du widget : quels mots reviennent ? Pensez
# aux fautes fréquentes (« trotoir ») et aux débuts de mots (« inond » trouve « inondé »,
# « inondation »). Méfiez-vous des mots trop courts : « eau » est aussi le début d'« eaux »
# mais pas de « bureau » (seuls les débuts de mots comptent).

# %% nbgrader={"grade": false, "grade_id": "ex2_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : {"Éclairage public": ["lampadaire", "éclairage"], "Stationnement": ["parking"], ...}
mes_regles = None
### BEGIN SOLUTION
mes_regles = {
    "Propreté et déchets": ["poubelle", "déchet", "ordure", "encombrant", "collecte", "sac",
                            "rat", "tag", "dépôt sauvage", "bac", "sale", "crotte", "verre"],
    "Voirie et déplacements": ["trottoir", "trotoir", "chaussée", "nid de poule", "nids de poule",
                               "travaux", "chantier", "route", "bus", "piste cyclable", "feu",
                               "panneau", "carrefour", "pavé", "vélo"],
    "Tranquillité publique": ["bruit", "tapage", "agression", "harcèlement", "peur",
                              "musique", "insulte", "suivie", "squat", "bar", "soir", "nuit"],
    "Espaces verts": ["arbre", "parc", "jardin", "pelouse", "haie", "herbe", "tonte", "branche",
                      "jeux", "massif", "fleur", "ronce", "souche"],
    "Stationnement": ["stationnement", "parking", "garé", "garer", "fourrière", "horodateur",
                      "place", "voiture", "ventouse", "abonnement"],
    "Eau et assainissement": ["eau", "fuite", "égout", "inond", "canalisation", "compteur",
                              "bouche", "avaloir", "pression", "cave", "odeur"],
    "Éclairage public": ["lampadaire", "éclairage", "réverbère", "lumière", "ampoule", "éteint",
                         "noir", "candélabre", "clignote", "allum"],
    "Logement et habitat": ["logement", "loyer", "insalubre", "chauffage", "humidité",
                            "moisissure", "isolation", "rénovation", "propriétaire",
                            "ascenseur", "appartement", "permis"],
    "Solidarités et action sociale": ["aide", "social", "repas", "canicule", "personne âgée",
                                      "dossier", "ressources", "portage"],
}
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Partez du dictionnaire de votre collègue et enrichissez-le : `mes_regles = {` puis, une
# ligne par service, `"Voirie et déplacements": ["trottoir", "trotoir", "chaussée", "travaux",
# "chantier", "bus", "feu", "panneau"],` … et `}` à la fin. Dix mots bien choisis par
# service suffisent. Les mots de votre collègue qu'aucune demande ne contient (la cellule qui
# les cherche, plus haut, les nomme) ne trouveront jamais rien : le test vous les signale,
# retirez-les. Relancez le test : il indique l'exactitude obtenue.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex2_1(mes_regles, demandes)
### BEGIN HIDDEN TESTS
from civiclabs import charger_echantillon, router_demandes

from civiclabs import charger_echantillon

_echantillon = charger_echantillon()
_exactitude_echantillon = (router_demandes(_echantillon["texte"], mes_regles) == _echantillon["service"]).mean()
assert _exactitude_echantillon >= 0.40, "Sur des contributions jamais vues (celles du Lab 00), vos règles orientent bien moins de 40 % des messages."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 2.2 — Mesurer vos règles (2 points)
#
# Comme dans la démonstration plus haut :
# 1. rangez dans `routage_regles` le service choisi par **vos** règles pour chaque demande
#    (`router_demandes(demandes["texte"], mes_regles)`) ;
# 2. rangez dans `exactitude_regles` la part des demandes où ce service est le bon
#    (un nombre entre 0 et 1).

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
routage_regles = None
exactitude_regles = None
### BEGIN SOLUTION
routage_regles = router_demandes(demandes["texte"], mes_regles)
exactitude_regles = (routage_regles == demandes["service"]).mean()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Reprenez la cellule de démonstration « Exactitude des règles d'exemple » : remplacez
# `REGLES_EXEMPLE` par `mes_regles`. La comparaison `routage_regles == demandes["service"]`
# donne une colonne de vrais et faux ; `.mean()` donne la part de vrais.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex2_2(routage_regles, exactitude_regles, mes_regles, demandes, bon_service)
### BEGIN HIDDEN TESTS
from civiclabs import router_demandes

_controle = demandes.sample(500, random_state=2)
assert (routage_regles[_controle.index] == router_demandes(_controle["texte"], mes_regles)).all(), "routage_regles ne correspond pas à vos règles."
assert abs(exactitude_regles - (routage_regles == demandes["service"]).mean()) < 1e-9, "L'exactitude ne correspond pas à vos règles appliquées à toutes les demandes."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Des règles, même soignées, plafonnent vite : les habitant·es n'écrivent pas avec vos mots,
# un message peut contenir les mots de deux services, et chaque nouveau mot-clé corrige une
# erreur mais en crée d'autres. D'où l'idée de laisser un programme **apprendre** les mots
# utiles à partir des demandes déjà traitées.

# %% [markdown]
# ## 3. Apprendre sur une partie, juger sur l'autre
#
# Un modèle qui a « vu » une demande pendant son apprentissage la reconnaîtra facilement :
# le juger sur ces demandes-là, c'est comme noter un examen dont l'élève avait le corrigé.
# On **met de côté** une partie des demandes (ici 25 %, le *jeu d'évaluation*) que le modèle
# ne verra jamais pendant l'apprentissage ; il apprend sur le reste (le *jeu d'apprentissage*).
#
# La fonction `train_test_split` de scikit-learn (la bibliothèque d'apprentissage automatique
# la plus utilisée en Python) fait ce découpage au hasard. Avec `stratify=`, chaque service
# garde la même proportion des deux côtés. Sans cela, le hasard peut déplacer ces proportions :
# la cellule suivante simule 10 000 découpages au hasard, sans `stratify=`, et compte combien
# de demandes du plus petit service chacun met dans l'évaluation.

# %%
import numpy as np

petit_service = par_service.index[-1]
nb_petit = int(par_service.iloc[-1])
nb_test = round(PART_TEST * len(demandes))
# tirer nb_test demandes sur toutes, sans remise : combien viennent du petit service ?
tirages = np.random.default_rng(GRAINE).hypergeometric(nb_petit, len(demandes) - nb_petit, nb_test, size=10_000)
bas, haut = np.quantile(tirages, [0.05, 0.95])
lecture(
    f"des {format_nombre(nb_petit)} demandes « {petit_service} », l'évaluation en reçoit "
    f"{format_nombre(nb_petit * nb_test / len(demandes), 1)} en moyenne, mais un tirage sur dix tombe hors de l'intervalle "
    f"de {format_nombre(bas, 0)} à {format_nombre(haut, 0)}. Ce sont les petits services qui en souffrent le "
    "plus : quelques demandes de plus ou de moins changent nettement leur score."
)

# %% [markdown]
# ### 📝 Exercice 3.1 — Découper (2 points)
#
# Découpez les textes (`demandes["texte"]`) et les services (`demandes["service"]`) en quatre
# morceaux : `textes_train, textes_test, services_train, services_test`, avec
# `test_size=PART_TEST`, `random_state=GRAINE` (pour que tout le monde ait le même découpage)
# et `stratify=demandes["service"]`.

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
from sklearn.model_selection import train_test_split

# Modèle : a_train, a_test, b_train, b_test = train_test_split(a, b, test_size=…, random_state=…, stratify=…)
textes_train, textes_test, services_train, services_test = None, None, None, None
### BEGIN SOLUTION
textes_train, textes_test, services_train, services_test = train_test_split(
    demandes["texte"], demandes["service"],
    test_size=PART_TEST, random_state=GRAINE, stratify=demandes["service"],
)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Les deux colonnes à découper se donnent d'abord, les réglages ensuite :
# `train_test_split(demandes["texte"], demandes["service"], test_size=PART_TEST,
# random_state=GRAINE, stratify=demandes["service"])`. La fonction renvoie quatre morceaux,
# dans l'ordre : textes d'apprentissage, textes d'évaluation, services d'apprentissage,
# services d'évaluation.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex3_1(textes_train, textes_test, services_train, services_test, demandes, PART_TEST, GRAINE)
### BEGIN HIDDEN TESTS
assert (demandes.loc[textes_train.index, "service"] == services_train).all(), "Les services d'apprentissage ne correspondent pas aux textes."
assert len(textes_train) + len(textes_test) == len(demandes), "Des demandes ont été perdues dans le découpage."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Pour la suite, l'outil du cours `decouper_demandes` fait **le même découpage** sur le
# tableau entier (toutes les colonnes), pour que la suite fonctionne même si l'exercice 3.1
# n'est pas encore réussi.

# %%
apprentissage, evaluation = decouper_demandes(demandes, part_test=PART_TEST, graine=GRAINE)
print(f"Apprentissage : {format_nombre(len(apprentissage))} demandes ; évaluation : {format_nombre(len(evaluation))}.")

# %% [markdown]
# ### Le piège des demandes presque identiques
#
# Le découpage au hasard a un angle mort : si deux demandes sont presque identiques (la même
# personne qui renvoie son message, un texte copié-collé, un message très court et banal),
# l'une peut tomber dans l'apprentissage et l'autre dans l'évaluation. Le modèle n'a alors
# qu'à « se souvenir » : le score est flatteur, sans rien dire des messages vraiment nouveaux.
#
# Pour chaque demande d'évaluation, on mesure sa **similarité** avec la demande
# d'apprentissage qui lui ressemble le plus : 0 si elles n'ont aucun mot en commun, 1 si elles
# ont les mêmes mots dans les mêmes proportions.

# %%
similarites = similarite_plus_proche(apprentissage["texte"], evaluation["texte"])
fig, ax = plt.subplots()
ax.hist(similarites, bins=40, color=PALETTE[0])
ax.axvline(SEUIL_JUMELLES, color=PALETTE[5], linestyle="--", label=f"seuil « presque identique » ({format_nombre(SEUIL_JUMELLES, 2)})")
ax.set_title("Chaque demande d'évaluation a-t-elle une jumelle dans l'apprentissage ?")
ax.set_xlabel("Similarité avec la demande d'apprentissage la plus proche")
ax.set_ylabel("Nombre de demandes d'évaluation")
graduations_a_la_francaise(ax, "x")
ax.legend()
plt.show()
_mediane = pd.Series(similarites).median()
lecture(
    f"la moitié des demandes d'évaluation ont une similarité inférieure à {format_nombre(_mediane, 2)} "
    "avec leur plus proche voisine de l'apprentissage : "
    + ("elles partagent des mots avec elle, sans en être la copie"
       if _mediane < 0.5 else "elles lui ressemblent déjà beaucoup")
    + " ; "
    + ("une petite queue, à droite du seuil, a une quasi-jumelle dans l'apprentissage."
       if (similarites >= SEUIL_JUMELLES).mean() < 0.1 else
       "une part notable, à droite du seuil, a une quasi-jumelle dans l'apprentissage.")
)

# %% [markdown]
# ### 📝 Exercice 3.2 — Compter les jumelles (2 points)
#
# 1. Complétez la fonction `part_au_moins(similarites, seuil)` (une petite recette, comme
#    `part_du_canal` au Lab 00) : elle renvoie la **part** des similarités **supérieures ou
#    égales** à `seuil` (`similarites` est un tableau de nombres : `(similarites >= seuil)`
#    donne des vrais et faux, et `.mean()` leur part). La cellule
#    l'applique aux demandes d'évaluation et range le résultat dans `part_quasi_jumelles`.
#    Le test l'essaie aussi sur des paires dont la similarité vaut **exactement** le seuil : à
#    l'intérieur, utilisez `similarites` et `seuil` (ce que la fonction reçoit), jamais
#    `SEUIL_JUMELLES`.
# 2. Rangez dans `nb_doublons_exacts` le **nombre** de textes d'évaluation qui figurent
#    **mot pour mot** dans l'apprentissage : `colonne.isin(autre_colonne)` dit, pour chaque
#    ligne, si sa valeur figure dans l'autre colonne ; `.sum()` compte les vrais.

# %% nbgrader={"grade": false, "grade_id": "ex3_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return (tableau_de_nombres >= valeur).mean()
def part_au_moins(similarites, seuil):
    """La part des similarités supérieures ou égales à « seuil » (entre 0 et 1)."""
    ### BEGIN SOLUTION
    return (similarites >= seuil).mean()
    ### END SOLUTION


part_quasi_jumelles = nb_doublons_exacts = None  # remplis par les lignes suivantes quand la fonction est complétée
part_quasi_jumelles = part_au_moins(similarites, SEUIL_JUMELLES)
### BEGIN SOLUTION
nb_doublons_exacts = evaluation["texte"].isin(apprentissage["texte"]).sum()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Dans la fonction, en retrait de quatre espaces sous le `def` :
# `return (similarites >= seuil).mean()` (`>=` et non `>` : une similarité égale au seuil
# compte). Sous la ligne `part_quasi_jumelles = …` :
# `nb_doublons_exacts = evaluation["texte"].isin(apprentissage["texte"]).sum()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex3_2(part_au_moins, part_quasi_jumelles, nb_doublons_exacts, similarites, SEUIL_JUMELLES, apprentissage, evaluation)
### BEGIN HIDDEN TESTS
import numpy as np

_ensemble = set(apprentissage["texte"])
assert nb_doublons_exacts == sum(t in _ensemble for t in evaluation["texte"]), "Le nombre de doublons exacts ne correspond pas."
assert abs(part_quasi_jumelles * len(evaluation) - sum(1 for x in similarites if x >= SEUIL_JUMELLES)) < 1e-6, "La part des quasi-jumelles ne correspond pas."
for _seuil in (0.3, 0.55, 0.9):
    _valeurs = np.array([0.1, _seuil, _seuil, 0.97])
    assert abs(float(part_au_moins(_valeurs.copy(), _seuil)) - 0.75) < 1e-9, "Sur des paires exactement au seuil, part_au_moins ne compte pas les similarités égales au seuil (>=)."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 4. Un modèle qui apprend : TF-IDF et régression logistique
#
# Le modèle se construit en deux étapes, enchaînées dans un **Pipeline** (un « tuyau » :
# le texte entre d'un côté, un service sort de l'autre) :
#
# 1. **TF-IDF** (de l'anglais *term frequency – inverse document frequency* : fréquence du
#    mot dans le texte, multipliée par sa rareté dans l'ensemble des textes) transforme chaque
#    texte en une liste de nombres : un poids par mot, d'autant plus fort que le mot est
#    fréquent dans ce texte et rare dans les autres. On retire les
#    **mots vides** (« le », « de », « et »…), qui ne disent rien du sujet : la liste française
#    est donnée par `mots_vides()` (celle fournie par scikit-learn est anglaise).
# 2. La **régression logistique** apprend, pour chaque service, un poids par mot ; pour un
#    nouveau texte, elle additionne les poids de ses mots et donne une **probabilité** par
#    service. Le service le plus probable est choisi.
#
# `.fit(textes, services)` fait apprendre le modèle ; `.predict(textes)` le fait prédire.
#
# ### 📝 Exercice 4.1 — Votre routeur (3 points)
#
# Construisez dans `routeur` un `Pipeline` à deux étapes nommées `"tfidf"`
# (`TfidfVectorizer(stop_words=mots_vides())`) et `"modele"`
# (`LogisticRegression(max_iter=1000)`), puis entraînez-le sur `apprentissage["texte"]` et
# `apprentissage["service"]`. (`max_iter=1000` laisse à la régression jusqu'à 1 000 étapes de
# calcul pour trouver ses poids ; avec les 100 étapes prévues par défaut, elle peut s'arrêter
# avant la fin et le signaler par un avertissement.) Le test le juge sur les demandes
# d'évaluation (et, à la correction, sur des demandes qu'il n'a jamais vues). L'outil du cours
# `entrainer_routeur`, qui sert plus bas, n'est pas accepté ici : l'exercice est justement de
# construire ce modèle vous-même.

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

# Modèle : Pipeline([("nom1", Etape1(...)), ("nom2", Etape2(...))]), puis routeur.fit(textes, services)
routeur = None
### BEGIN SOLUTION
routeur = Pipeline([
    ("tfidf", TfidfVectorizer(stop_words=mots_vides())),
    ("modele", LogisticRegression(max_iter=1000)),
])
routeur.fit(apprentissage["texte"], apprentissage["service"])
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# ```python
# routeur = Pipeline([
#     ("tfidf", TfidfVectorizer(stop_words=mots_vides())),
#     ("modele", LogisticRegression(max_iter=1000)),
# ])
# ```
# puis, sur une autre ligne, `routeur.fit(…, …)` avec les textes puis les services
# **d'apprentissage** (jamais ceux d'évaluation). Terminez cette ligne par `;` : sinon Jupyter
# affiche le schéma du Pipeline (en anglais), ce qui n'est pas une erreur.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex4_1(routeur, apprentissage, evaluation, demandes)
### BEGIN HIDDEN TESTS
from sklearn.metrics import f1_score

from civiclabs import format_nombre
from civiclabs.classement import mots_appris_ailleurs
from civiclabs.corpus import generer_demandes

assert "les" not in routeur.steps[0][1].vocabulary_, "Les mots vides français n'ont pas été retirés : TfidfVectorizer(stop_words=mots_vides())."
assert not mots_appris_ailleurs(routeur, apprentissage["texte"]), "Le routeur a appris sur des demandes d'évaluation : il connaît des mots que seules celles-ci contiennent."
_nouvelles = generer_demandes(n=1000, graine=4242)
_f1_nouvelles = f1_score(_nouvelles["service"].astype(str), routeur.predict(_nouvelles["texte"].astype(str)), average="macro")
assert _f1_nouvelles >= 0.75, f"Sur 1 000 demandes jamais vues, le F1 macro du routeur n'atteint que {format_nombre(_f1_nouvelles, 2, garder_zeros=True)} (attendu : 0,75 au moins)."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Pour que la suite ne dépende pas de votre exercice, le cours entraîne **le même modèle**
# avec `entrainer_routeur` : c'est lui, `modele`, que les cellules suivantes examinent.
# On range aussi ses prédictions sur les demandes d'évaluation dans un tableau `resultats`.

# %%
modele = entrainer_routeur(apprentissage["texte"], apprentissage["service"])
resultats = evaluation[["identifiant", "texte", "service", "orthographe", "erreur_etiquette"]].copy()
resultats["service"] = resultats["service"].astype(str)
resultats["prediction"] = modele.predict(evaluation["texte"])
resultats["correct"] = resultats["prediction"] == resultats["service"]
deja_vues = apprentissage.sample(3000, random_state=GRAINE)
juste_deja_vues = pd.Series(modele.predict(deja_vues["texte"]) == deja_vues["service"].astype(str),
                            index=deja_vues.index)
print(f"Exactitude sur des demandes d'apprentissage (déjà vues) : {format_pourcentage(juste_deja_vues.mean())}")
print(f"  … parmi celles dont l'étiquette est juste                     : "
      f"{format_pourcentage(juste_deja_vues[~deja_vues['erreur_etiquette']].mean())}")
print(f"Exactitude sur les demandes d'évaluation (jamais vues)  : {format_pourcentage(resultats['correct'].mean())}")
print(f"  … parmi celles qui ont une quasi-jumelle dans l'apprentissage : "
      f"{format_pourcentage(resultats['correct'][similarites >= SEUIL_JUMELLES].mean())}")
print(f"  … parmi les autres                                             : "
      f"{format_pourcentage(resultats['correct'][similarites < SEUIL_JUMELLES].mean())}")
# Les points qui manquent pour atteindre 100 % sur les demandes déjà vues, selon l'étiquette
_manquants = 100 * (1 - juste_deja_vues.mean())
_par_etiquette_fausse = 100 * (~juste_deja_vues & deja_vues["erreur_etiquette"]).mean()
lecture(
    f"même sur des demandes déjà vues, le modèle n'atteint que {format_pourcentage(juste_deja_vues.mean())} : "
    f"il manque {format_points(_manquants)}. Les demandes mal étiquetées "
    f"({format_pourcentage(deja_vues['erreur_etiquette'].mean(), 1)} de ces demandes) en expliquent "
    f"{format_points(_par_etiquette_fausse)} ; le reste, {format_points(_manquants - _par_etiquette_fausse)}, "
    "vient de demandes dont l'étiquette est juste, sur lesquelles le modèle plafonne à "
    f"{format_pourcentage(juste_deja_vues[~deja_vues['erreur_etiquette']].mean())}."
)

# %% [markdown]
# Sur les demandes déjà vues, le modèle fait mieux que sur les nouvelles : le juger sur les
# premières le flatterait. Il ne monte pourtant pas à 100 %, et la lecture ci-dessus le montre :
# les étiquettes fausses n'expliquent qu'une partie des points qui manquent. La raison tient à
# la façon dont il apprend : la régression logistique est volontairement **bridée** (on dit
# *régularisée*) pour ne pas retenir chaque demande par cœur, ce qui l'aide sur les demandes
# nouvelles. Elle suit donc les mots du message plutôt que l'étiquette apprise : une demande mal
# étiquetée part le plus souvent vers le service dont parle son texte, et un message ambigu (deux
# sujets à la fois, une relance qui ne redit pas le problème, des fautes qui cachent les mots
# utiles) vers le service que ses mots évoquent le plus souvent, même quand le modèle l'a déjà
# vu avec une autre étiquette. Et les demandes qui ont une
# quasi-jumelle sont mieux réussies que les autres : ici elles sont peu nombreuses, donc
# l'effet sur le score global est faible ; dans
# une boîte de réception pleine de relances copiées-collées, il peut gonfler le score de
# plusieurs points. Le remède : retirer les doublons avant de découper, ou garder toutes les
# demandes d'une même personne du même côté.
#
# ### Exactitude ou F1 macro ?
#
# L'**exactitude** est la part des demandes bien orientées. Mais « Propreté et déchets »
# pèse 26 % des demandes et « Hors compétence / autre » 2 % : un outil qui raterait toutes
# les demandes hors compétence perdrait à peine 2 points d'exactitude. Le **F1 macro**
# calcule un score par service (qui combine *rappel* : la part des demandes du service qui
# lui arrivent bien, et *précision* : la part de ce qu'il reçoit qui est bien pour lui), puis
# fait la **moyenne des services, chacun comptant autant**. Un petit service mal servi le fait
# baisser, même quand il ne pèse presque rien dans l'exactitude.
#
# ### 📝 Exercice 4.2 — Deux façons de noter (2 points)
#
# Avec `accuracy_score` et `f1_score` de scikit-learn, calculez pour le modèle du cours
# (colonnes `resultats["service"]`, les vrais services, et `resultats["prediction"]`) :
# `exactitude` et `f1_macro` (avec `average="macro"`).

# %% nbgrader={"grade": false, "grade_id": "ex4_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
from sklearn.metrics import accuracy_score, f1_score

# Modèle : accuracy_score(vrais, predits) ; f1_score(vrais, predits, average="macro")
exactitude = None
f1_macro = None
### BEGIN SOLUTION
exactitude = accuracy_score(resultats["service"], resultats["prediction"])
f1_macro = f1_score(resultats["service"], resultats["prediction"], average="macro")
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Les vrais services d'abord, les prédictions ensuite :
# `f1_score(resultats["service"], resultats["prediction"], average="macro")`. Même ordre pour
# `accuracy_score`, sans `average`. Chaque argument est **une colonne** : si vous voyez
# `TypeError: '<' not supported between instances of 'bool' and 'str'`, vous avez donné tout le
# tableau `resultats` à la place d'une de ses colonnes.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex4_2(exactitude, f1_macro, resultats)
### BEGIN HIDDEN TESTS
assert abs(exactitude - (resultats["service"] == resultats["prediction"]).mean()) < 1e-9, "L'exactitude ne correspond pas aux prédictions du modèle."
assert 0.75 < f1_macro < 1, "Le F1 macro n'est pas dans la plage attendue."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 4.3 — Le rappel d'un petit service (2 points)
#
# Le **rappel** d'un service est la part de **ses** demandes que l'outil lui envoie bien.
# Calculez `rappel_hors_competence`, le rappel du service « Hors compétence / autre » :
# 1. gardez les lignes de `resultats` dont le `service` vaut `"Hors compétence / autre"` ;
# 2. parmi elles, calculez la part dont la `prediction` vaut aussi `"Hors compétence / autre"`.

# %% nbgrader={"grade": false, "grade_id": "ex4_3", "locked": false, "schema_version": 3, "solution": true, "task": false}
rappel_hors_competence = None
### BEGIN SOLUTION
hors_competence = resultats[resultats["service"] == "Hors compétence / autre"]
rappel_hors_competence = (hors_competence["prediction"] == "Hors compétence / autre").mean()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Filtrez comme au Lab 00 : `hors = resultats[resultats["service"] == "Hors compétence / autre"]`,
# puis `(hors["prediction"] == "Hors compétence / autre").mean()`. Attention à ne pas
# filtrer sur la colonne `prediction` d'abord : ce serait la *précision*, pas le rappel.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex4_3(rappel_hors_competence, resultats)
### BEGIN HIDDEN TESTS
_vraies = resultats["service"] == "Hors compétence / autre"
assert abs(rappel_hors_competence - (resultats.loc[_vraies, "prediction"] == "Hors compétence / autre").mean()) < 1e-9, "Le rappel ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le rappel de chaque service, d'un coup d'œil :

# %%
rappels = rappel_par_service(resultats["service"], resultats["prediction"])
ax = diagramme_barres(
    rappels.sort_values(ascending=False).round(2),
    titre="Rappel par service : la part de ses demandes qui lui arrivent",
    axe_categories="Service",
    axe_valeurs="Rappel (1 = toutes ses demandes lui arrivent)",
    couleur=PALETTE[2],
    decimales=2,
    garder_zeros=True,
)
ax.set_xlim(0, 1.1)
graduations_a_la_francaise(ax, "x")
plt.show()
lecture(
    f"« {rappels.index[0]} » est le service le moins bien servi (rappel {format_nombre(rappels.iloc[0], 2, garder_zeros=True)}), "
    f"« {rappels.index[-1]} » le mieux servi ({format_nombre(rappels.iloc[-1], 2, garder_zeros=True)})."
)

# %% [markdown]
# La **matrice de confusion** dit *où* partent les erreurs : chaque ligne est un vrai service,
# chaque colonne le service choisi par le modèle ; les nombres sont des pourcentages de la
# ligne. La diagonale, ce sont les demandes bien orientées.

# %%
tracer_matrice_confusion(resultats["service"], resultats["prediction"],
                         titre="Où partent les demandes ? (modèle du cours, en % de chaque ligne)")
plt.show()
erreurs = resultats[~resultats["correct"]]
parts = pd.crosstab(resultats["service"], resultats["prediction"], normalize="index")
for service in parts.index:
    if service in parts.columns:
        parts.loc[service, service] = 0  # on ne garde que les erreurs
ligne_max, colonne_max = parts.stack().idxmax()
colonne_erreurs = erreurs["prediction"].value_counts()
lecture(
    f"la plus forte part d'erreurs d'un service : {format_pourcentage(parts.loc[ligne_max, colonne_max])} "
    f"des demandes « {ligne_max} » partent vers « {colonne_max} » ; au total, "
    f"{format_pourcentage(colonne_erreurs.iloc[0] / len(erreurs))} des erreurs atterrissent chez "
    f"« {colonne_erreurs.index[0]} », le plus gros service : le modèle se rabat sur lui quand il hésite."
)

# %% [markdown]
# **Lisez les erreurs.** Un chiffre ne dit pas *pourquoi*. Pour chaque demande mal orientée
# ci-dessous, demandez-vous : le modèle a-t-il vraiment tort ? Le message parlait-il de deux
# choses ? L'étiquette elle-même est-elle juste ? (La colonne `erreur_etiquette`, que l'on ne
# connaît que parce que les données sont fabriquées, signale les étiquettes fausses.)

# %%
for _, ligne in resultats[~resultats["correct"]].sample(8, random_state=GRAINE).iterrows():
    alerte = "  ⚠️ étiquette fausse" if ligne["erreur_etiquette"] else ""
    print(f"[{ligne['identifiant']}] étiquette : {ligne['service']} → modèle : {ligne['prediction']}{alerte}")
    print(f"    {ligne['texte'][:300]}\n")

# %% [markdown]
# ## 5. Sur quels mots le modèle s'appuie-t-il ?
#
# La régression logistique a l'avantage d'être lisible : chaque mot a un poids par service.
# Le widget montre les mots qui poussent le plus vers un service. Parcourez les services :
# la plupart des mots sont attendus (« lampadaire », « poubelles »)… mais pas tous.

# %%
curseur_mots_influents(modele, service="Tranquillité publique", n=12);

# %% [markdown]
# *Sans widget*, dans une cellule que vous créez : `tracer_mots_influents(modele, "Éclairage public", n=12)` puis `plt.show()`
# trace le même graphique pour le service de votre choix (son nom recopié exactement, accents
# compris). Par exemple, pour la tranquillité publique :

# %%
tracer_mots_influents(modele, "Tranquillité publique", n=15)
plt.show()
# Des mots qui disent qui écrit, ou quand, plutôt que le problème signalé (listes écrites à la main)
QUI_ECRIT = {"femme", "femmes", "fille", "filles", "homme", "mère", "maman", "âgée", "seule", "enceinte"}
QUAND = {"soir", "soirs", "nuit", "nuits", "matin", "tard", "heures", "samedi", "dimanche", "week"}
_mots = list(mots_influents(modele, "Tranquillité publique", n=15).index)
_qui = [m for m in _mots if m in QUI_ECRIT]
_quand = [m for m in _mots if m in QUAND]
_sujet = [m for m in _mots if m not in QUI_ECRIT | QUAND][:3]


def _guillemets(mots):
    return ", ".join(f"« {m} »" for m in mots)


lecture(
    f"parmi les 15 mots qui poussent le plus vers la tranquillité publique, à côté de mots du sujet "
    f"({_guillemets(_sujet)}…), "
    + (f"on trouve des mots qui disent *qui écrit* ({_guillemets(_qui)})" if _qui
       else "aucun mot ne dit *qui écrit*")
    + (f" et *quand* ({_guillemets(_quand)})" if _quand else "")
    + "."
)

# %% [markdown]
# Le mot « femme » pousse vers « Tranquillité publique » parce que, dans l'historique, beaucoup
# de femmes ont signalé du harcèlement. Mais une habitante qui signale une poubelle qui déborde
# n'a pas à voir sa demande traitée autrement parce qu'elle précise être une femme.
#
# ### 📝 Exercice 5.1 — Un mot qui ne devrait pas compter (2 points)
#
# `probabilites(modele, texte)` donne la probabilité de chaque service pour un texte, de la
# plus forte à la plus faible. Complétez la fonction `proba_du_service(modele, texte, service)`
# (une petite recette, comme `part_du_canal` au Lab 00) : elle renvoie **un seul nombre**, la
# probabilité que `modele` donne au service `service` pour le texte `texte`. La cellule
# l'applique ensuite au service « Propreté et déchets », pour `message_sans` (rangé dans
# `proba_sans`) et pour `message_avec` (rangé dans `proba_avec`).
#
# Le test essaie aussi votre fonction sur d'autres messages et d'autres services, dont un
# service qui n'est pas en tête : à l'intérieur, utilisez `modele`, `texte` et `service` (ce
# que la fonction reçoit), jamais `message_sans` ni `"Propreté et déchets"`.

# %%
message_sans = "Des poubelles débordent devant l'immeuble depuis lundi."
message_avec = "Je suis une femme. Des poubelles débordent devant l'immeuble depuis lundi."
probabilites(modele, message_sans).head(3)

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return probabilites(…, …)[…]
def proba_du_service(modele, texte, service):
    """La probabilité que « modele » donne au service « service » pour « texte » (entre 0 et 1)."""
    ### BEGIN SOLUTION
    return probabilites(modele, texte)[service]
    ### END SOLUTION


proba_sans = proba_avec = None  # remplies par les lignes suivantes quand la fonction est complétée
proba_sans = proba_du_service(modele, message_sans, "Propreté et déchets")
proba_avec = proba_du_service(modele, message_avec, "Propreté et déchets")

# %% [markdown]
# <details><summary>Indice</summary>
#
# `probabilites(modele, texte)` renvoie une colonne dont l'index est le nom des services :
# ajoutez `[service]` pour prendre la valeur du service reçu. La ligne complète, en retrait de
# quatre espaces sous le `def` : `return probabilites(modele, texte)[service]`. Ni `.max()` ni
# `.iloc[0]` : ils donnent la probabilité du service en tête, quel qu'il soit.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex5_1(proba_du_service, proba_sans, proba_avec, modele, message_sans, message_avec, evaluation)
### BEGIN HIDDEN TESTS
from civiclabs import entrainer_routeur
from civiclabs.corpus import generer_demandes

assert abs(proba_avec - float(modele.predict_proba([message_avec])[0][list(modele.classes_).index("Propreté et déchets")])) < 1e-9, "proba_avec ne correspond pas."
assert proba_avec < proba_sans, "Avec « Je suis une femme », la probabilité devrait baisser."
_nouvelles = generer_demandes(n=1500, graine=5151)
_autre_modele = entrainer_routeur(_nouvelles["texte"].iloc[:1200], _nouvelles["service"].iloc[:1200])
for _texte in _nouvelles["texte"].iloc[1200:1215].astype(str):
    for _service, _p in zip(_autre_modele.classes_, _autre_modele.predict_proba([_texte])[0]):
        assert abs(float(proba_du_service(_autre_modele, _texte, str(_service))) - _p) < 1e-9, "Sur un autre modèle et des demandes jamais vues, proba_du_service ne donne pas la probabilité du service demandé."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Remarque : ici « Propreté et déchets » reste en tête dans les deux cas, donc `.max()`
# donnerait par hasard les mêmes nombres pour ces deux messages ; c'est pourquoi le test
# essaie votre fonction sur un message où le service demandé n'est pas en tête. `.max()`
# répond à une autre question (la probabilité du service en tête, quel qu'il soit) ; pour un
# service donné, on prend sa ligne : `[service]`.

# %%
_sans, _avec = probabilites(modele, message_sans), probabilites(modele, message_avec)
_avance = _avec.iloc[0] - _avec.iloc[1]
lecture(
    "avec « Je suis une femme. », la demande part "
    + (f"toujours vers « {_avec.index[0]} »" if _avec.index[0] == _sans.index[0] else f"vers « {_avec.index[0]} »")
    + ", " + ("de peu" if _avance < 0.1 else "nettement" if _avance < 0.4 else "largement")
    + f" devant « {_avec.index[1]} » ({format_nombre(_avec.iloc[0], 2, garder_zeros=True)} contre "
    f"{format_nombre(_avec.iloc[1], 2, garder_zeros=True)}), mais la confiance du modèle passe de "
    f"{format_nombre(_sans.iloc[0], 2, garder_zeros=True)} à "
    f"{format_nombre(_avec.iloc[0], 2, garder_zeros=True)} : on va voir que c'est justement la confiance "
    "qui décide si un·e agent·e relit la demande."
)

# %% [markdown]
# Un modèle apprend les **corrélations** de l'historique (les mots qui accompagnent souvent un
# service, qu'ils disent le problème ou non), y compris celles qui n'ont rien à voir avec la
# tâche.

# %% [markdown]
# ## 6. La confiance, et l'humain dans la boucle
#
# Pour chaque demande, le modèle donne une probabilité au service qu'il choisit : sa
# **confiance**. Une règle de fonctionnement raisonnable : **orienter automatiquement
# seulement au-dessus d'un seuil de confiance** ; en dessous, un·e agent·e lit la demande.
# Plus le seuil est haut, moins il y a d'erreurs automatiques… et plus il reste à lire.
#
# `tableau_de_confiance` range, pour chaque demande d'évaluation, le service prédit, la
# confiance et si c'est juste ; `courbe_seuil` calcule, pour chaque seuil de 0,30 à 0,99, la
# part orientée automatiquement et le taux d'erreur parmi elle.

# %%
confiance = tableau_de_confiance(modele, evaluation["texte"], evaluation["service"])
courbe = courbe_seuil(confiance)
courbe.iloc[::10]

# %%
tracer_courbe_seuil(courbe, regle=REGLE_ERREUR)
plt.show()
_a_050, _a_090 = courbe.set_index("seuil").loc[0.5], courbe.set_index("seuil").loc[0.9]
lecture(
    f"les erreurs se lisent sur l'échelle de droite, zoomée. À 0,50, {format_pourcentage(_a_050['part_automatique'])} "
    f"des demandes partent seules, avec {format_pourcentage(_a_050['taux_erreur'], 1)} d'erreurs ; à 0,90, "
    f"{format_pourcentage(_a_090['part_automatique'])} seulement, avec encore {format_pourcentage(_a_090['taux_erreur'], 1)} "
    "d'erreurs : monter le seuil réduit vite la part automatique, mais les erreurs baissent lentement."
)

# %% [markdown]
# ### 🎛️ Choisir le seuil
#
# Déplacez le curseur (puis relâchez) : la phrase sous le graphique donne la part des demandes
# qui partent seules, leur taux d'erreur, et ce qui reste à lire pour les agent·es.
# Cherchez le seuil le plus bas qui respecte la règle du service : **au plus 5 %** de
# demandes mal orientées parmi celles qui partent seules.

# %%
curseur_seuil(confiance, regle=REGLE_ERREUR, seuil=0.5);

# %% [markdown]
# *Sans widget*, dans une cellule que vous créez : le tableau `courbe` contient les mêmes chiffres, seuil par seuil.
# `courbe[courbe["seuil"] >= 0.9]` affiche les seuils de 0,90 à 0,99 (part orientée
# automatiquement, nombre de demandes, taux d'erreur) ; `tracer_courbe_seuil(courbe,
# seuil=0.9, regle=REGLE_ERREUR)` puis `plt.show()` trace la courbe avec ce seuil marqué.

# %% [markdown]
# ### 📝 Exercice 6.1 — Le seuil qui respecte la règle (3 points)
#
# 1. Complétez la fonction `choisir_seuil(courbe, regle)` : elle renvoie le **plus petit**
#    seuil de `courbe` dont le `taux_erreur` est inférieur ou égal à `regle` (le plus petit,
#    pour faire lire le moins possible aux agent·es tout en respectant la règle). La cellule
#    l'applique à la courbe du cours et à la règle du service :
#    `seuil_choisi = choisir_seuil(courbe, REGLE_ERREUR)`.
#    Le test l'essaie aussi sur d'autres courbes (pas toujours rangées dans l'ordre des seuils)
#    et avec d'autres règles : à l'intérieur, utilisez `courbe` et `regle` (ce que la fonction
#    reçoit), jamais `REGLE_ERREUR` ni un seuil lu sur le graphique.
# 2. Rangez dans `part_lue_par_les_agents` la part des demandes que les agent·es lisent encore
#    avec ce seuil (celles qui ne partent pas seules : `1 - part_automatique`), un nombre entre
#    0 et 1 (un arrondi au pour cent près, lu sur le widget, est accepté).

# %% nbgrader={"grade": false, "grade_id": "ex6_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return tableau[tableau["colonne"] <= valeur]["autre_colonne"].min()
def choisir_seuil(courbe, regle):
    """Le plus petit seuil de « courbe » dont le taux d'erreur ne dépasse pas « regle »."""
    ### BEGIN SOLUTION
    respectent = courbe[courbe["taux_erreur"] <= regle]
    return respectent["seuil"].min()
    ### END SOLUTION


seuil_choisi = part_lue_par_les_agents = None  # remplis par les lignes suivantes quand la fonction est complétée
seuil_choisi = choisir_seuil(courbe, REGLE_ERREUR)
# Modèle : 1 - tableau[tableau["colonne"] == valeur]["autre_colonne"].iloc[0]
### BEGIN SOLUTION
part_lue_par_les_agents = 1 - courbe.loc[courbe["seuil"] == seuil_choisi, "part_automatique"].iloc[0]
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Dans la fonction, filtrez les lignes de `courbe` qui respectent la règle
# (`courbe[courbe["taux_erreur"] <= regle]`), puis prenez le plus petit `"seuil"` avec
# `.min()` (pas `.iloc[0]` : la courbe reçue n'est pas toujours rangée dans l'ordre des
# seuils). Le tout en retrait de quatre espaces sous le `def`, avec `return` devant :
# `return courbe[courbe["taux_erreur"] <= regle]["seuil"].min()`.
#
# Pour la part lue, sous la ligne `seuil_choisi = …`, retrouvez la ligne de ce seuil
# (`courbe[courbe["seuil"] == seuil_choisi]`), prenez sa `"part_automatique"` (`.iloc[0]`
# donne la première valeur) et calculez `1 - …`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex6_1(choisir_seuil, seuil_choisi, part_lue_par_les_agents, courbe, confiance, REGLE_ERREUR)
### BEGIN HIDDEN TESTS
from civiclabs import courbe_seuil, format_pourcentage, tableau_de_confiance
from civiclabs.corpus import generer_demandes

_tableau = tableau_de_confiance(modele, evaluation["texte"], evaluation["service"])
_controle = courbe_seuil(_tableau)
_partent = _tableau["confiance"] >= seuil_choisi
assert 1 - _tableau.loc[_partent, "correct"].mean() <= REGLE_ERREUR, "Avec ce seuil, la règle des erreurs n'est pas respectée."
assert not ((_controle["taux_erreur"] <= REGLE_ERREUR) & (_controle["seuil"] < seuil_choisi - 1e-9)).any(), "Un seuil plus bas respecte aussi la règle."
assert abs(part_lue_par_les_agents - (1 - _partent.mean())) < 0.006, "La part lue par les agent·es ne correspond pas au seuil."
_nouvelles = generer_demandes(n=2000, graine=6161)
_courbe_nouvelle = courbe_seuil(tableau_de_confiance(modele, _nouvelles["texte"], _nouvelles["service"]))
for _regle in (0.05, 0.06, 0.08):
    for _essai in (_courbe_nouvelle, _courbe_nouvelle.sample(frac=1, random_state=6)):
        _attendu = _essai.loc[_essai["taux_erreur"] <= _regle, "seuil"].min()
        _obtenu = float(choisir_seuil(_essai.copy(), _regle))
        assert (_attendu != _attendu and _obtenu != _obtenu) or abs(_obtenu - _attendu) < 1e-9, f"Sur 2 000 demandes jamais vues, avec une règle de {format_pourcentage(_regle)}, choisir_seuil ne renvoie pas le plus petit seuil qui respecte la règle."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Surprise : pour tenir 5 % d'erreurs, les agent·es doivent encore lire la grande majorité des
# demandes. Regardons les seuils les plus hauts :

# %%
courbe[courbe["seuil"] >= 0.88]

# %%
_hauts = courbe[(courbe["seuil"] >= 0.70) & (courbe["seuil"] <= 0.95)]
# le nombre de demandes qui partent seules aux seuils 0,95 et 0,99
_a_095, _a_099 = (int(courbe.loc[(courbe["seuil"] - _s).abs() < 1e-9, "nb_automatique"].iloc[0])
                  for _s in (0.95, 0.99))
_meilleur = courbe.loc[courbe["nb_automatique"] >= 100, "taux_erreur"].min()
lecture(
    f"de 0,70 à {format_nombre(_hauts['seuil'].max(), 2)}, le taux d'erreur reste entre "
    f"{format_pourcentage(_hauts['taux_erreur'].min(), 1)} et {format_pourcentage(_hauts['taux_erreur'].max(), 1)} ; "
    f"au mieux (parmi les seuils qui laissent partir au moins 100 demandes), il vaut "
    f"{format_pourcentage(_meilleur, 1)} : une règle plus stricte"
    + (", comme 3 %, ne serait tenue par aucun seuil" if _meilleur > 0.03 else "")
    + (f". Au seuil choisi ({format_nombre(seuil_choisi, 2)}), les agent·es lisent encore "
       f"{format_pourcentage(part_lue_par_les_agents)} des demandes"
       if seuil_choisi is not None and part_lue_par_les_agents is not None
       else " ; le seuil que vous choisirez à l'exercice 6.1, et la part des demandes que les agent·es liront encore, s'afficheront ici")
    + f". À partir de 0,95, le taux porte sur {format_nombre(_a_095)} demandes au plus ({format_nombre(_a_099)} "
    "au seuil 0,99) : une ou deux erreurs de plus ou de moins le font varier fortement."
)
if seuil_choisi is not None:
    # Ce que tient le seuil choisi : ses erreurs comptées une à une, et les seuils plus hauts qui
    # dépassent de nouveau la règle (la courbe n'est pas régulière).
    _au_dela = courbe.loc[(courbe["seuil"] > seuil_choisi + 1e-9) & (courbe["taux_erreur"] > REGLE_ERREUR), "seuil"]
    _partent = confiance[confiance["confiance"] >= seuil_choisi]
    _nb, _err = len(_partent), int((~_partent["correct"]).sum())
    _fausses = int(demandes.loc[_partent.index[~_partent["correct"]], "erreur_etiquette"].sum())
    lecture(
        f"au seuil {format_nombre(seuil_choisi, 2)}, {format_nombre(_err)} erreurs sur {format_nombre(_nb)} demandes "
        f"orientées seules ({format_pourcentage(_err / _nb, 1)}) ; "
        + (f"une erreur de plus donnerait {format_pourcentage((_err + 1) / _nb, 1)}, au-delà de la règle : ce seuil "
           "tient à une erreur près" if (_err + 1) / _nb > REGLE_ERREUR else
           "il reste une marge de quelques erreurs")
        + (f", et des seuils plus hauts ({', '.join(format_nombre(x, 2) for x in _au_dela)}) dépassent de nouveau la "
           "règle : la courbe n'est pas régulière" if len(_au_dela) else "")
        + f". Parmi ces {format_nombre(_err)} erreurs, {format_nombre(_fausses)} viennent d'une étiquette fausse dans "
        "l'historique : l'erreur comptée est souvent celle de l'historique, pas celle du modèle (voir plus bas)."
    )

# %% [markdown]
# Pourquoi les erreurs résistent-elles autant, même quand le modèle est très sûr de lui ?
# Regardons les « erreurs » les plus confiantes :

# %%
sures = confiance[~confiance["correct"]].sort_values("confiance", ascending=False).head(8)
print(f"Parmi ces erreurs très confiantes, {demandes.loc[sures.index, 'erreur_etiquette'].sum()} "
      "sur 8 viennent d'une étiquette fausse dans l'historique.\n")
for i, ligne in sures.iterrows():
    print(f"confiance {format_nombre(ligne['confiance'], 2, garder_zeros=True)} — étiquette : {ligne['service']} → modèle : {ligne['prediction']}")
    print(f"    {demandes.loc[i, 'texte'][:200]}\n")

# %% [markdown]
# Beaucoup de ces « erreurs » sont en fait des **erreurs de l'étiquette** : le modèle a
# raison, l'historique avait tort (4 % des demandes ont été mal étiquetées à l'époque). Notre
# mesure d'erreur n'est jamais meilleure que les étiquettes qui servent à la calculer. Avant
# de fixer une règle d'erreur, il faudrait faire **relire un échantillon** pour savoir ce que
# vaut vraiment l'historique. C'est exactement la question de la section suivante.

# %% [markdown]
# ## 7. L'urgence : apprendre des décisions passées
#
# Deuxième usage envisagé : repérer les demandes **urgentes**. L'historique contient la
# colonne `urgence_historique` : ce que les agent·es ont décidé à l'époque. Mais un audit
# indépendant a relu **800 demandes** tirées au hasard (`echantillon_audit`) et a établi leur
# urgence réelle (`urgence_reference`). On apprend sur l'historique (hors audit) et on juge
# sur l'échantillon d'audit : c'est le seul endroit où l'on connaît la référence.

# %%
historique = demandes[~demandes["echantillon_audit"]]
audit = demandes[demandes["echantillon_audit"]]
print(f"{format_nombre(len(historique))} demandes pour apprendre, {format_nombre(len(audit))} demandes auditées.")
print(f"Demandes urgentes selon l'historique : {format_pourcentage((historique['urgence_historique'] == 'urgente').mean())}")
_urgentes_audit = audit[audit["urgence_reference"] == "urgente"]
print(f"Vraies urgences dans l'échantillon d'audit : {format_nombre(_urgentes_audit['quartier_prioritaire'].sum())} "
      f"dans les quartiers prioritaires, {format_nombre((~_urgentes_audit['quartier_prioritaire']).sum())} ailleurs.")

# %% [markdown]
# ### 📝 Exercice 7.1 — Un modèle d'urgence (2 points)
#
# Les demandes urgentes sont rares (la part affichée ci-dessus) : une régression logistique ordinaire apprend
# surtout à dire « non urgente » et rate presque toutes les urgences. L'option
# `class_weight="balanced"` donne autant d'importance aux deux classes.
#
# Construisez dans `modele_urgence` un Pipeline comme à l'exercice 4.1, mais avec
# `LogisticRegression(max_iter=1000, class_weight="balanced")`, et entraînez-le sur
# `historique["texte"]` et `historique["urgence_historique"]`.

# %% nbgrader={"grade": false, "grade_id": "ex7_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

modele_urgence = None
### BEGIN SOLUTION
modele_urgence = Pipeline([
    ("tfidf", TfidfVectorizer(stop_words=mots_vides())),
    ("modele", LogisticRegression(max_iter=1000, class_weight="balanced")),
])
modele_urgence.fit(historique["texte"], historique["urgence_historique"])
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Recopiez votre Pipeline de l'exercice 4.1 en ajoutant `class_weight="balanced"` dans
# `LogisticRegression(…)`, puis `modele_urgence.fit(historique["texte"],
# historique["urgence_historique"])`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex7_1(modele_urgence, historique, audit, demandes)
### BEGIN HIDDEN TESTS
import numpy as np
from sklearn.metrics import recall_score

from civiclabs.classement import mots_appris_ailleurs

assert "les" not in modele_urgence.steps[0][1].vocabulary_, "Les mots vides français n'ont pas été retirés : TfidfVectorizer(stop_words=mots_vides())."
assert not mots_appris_ailleurs(modele_urgence, historique["texte"]), "Le modèle d'urgence a appris sur l'échantillon d'audit, qui sert à le juger : il connaît des mots que seules ces demandes contiennent."
_urgente_predite = np.asarray(modele_urgence.predict(audit["texte"])) == modele_urgence.classes_[-1]  # « urgente », ou True
_rappel_reference = recall_score((audit["urgence_reference"] == "urgente").to_numpy(), _urgente_predite)
assert _rappel_reference >= 0.45, "Sur l'échantillon d'audit, le modèle retrouve moins de 45 % des demandes réellement urgentes."
_ecarts = historique[historique["urgence_historique"].astype(str) != historique["urgence_reference"].astype(str)]
_p = np.asarray(modele_urgence.predict(_ecarts["texte"])) == modele_urgence.classes_[-1]
assert (_p == (_ecarts["urgence_historique"] == "urgente").to_numpy()).mean() >= 0.38, "Le modèle doit apprendre de l'historique (urgence_historique) : la référence de l'audit n'est connue que pour les 800 demandes auditées."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 7.2 — Ce que l'étiquette enregistre (2 points)
#
# Avant de juger le modèle, jugeons **l'étiquette historique** elle-même, sur l'échantillon
# d'audit. Parmi les demandes **réellement urgentes** (`urgence_reference == "urgente"`),
# quelle part avait été classée « urgente » par les agent·es, à l'époque ?
# Calculez cette part dans les quartiers prioritaires (`quartier_prioritaire` vrai) :
# `reconnue_prioritaires`, et dans les autres quartiers : `reconnue_autres`.
#
# Attention aux petits nombres : par groupe, l'échantillon d'audit ne compte que les vraies
# urgences affichées au début de cette section. Un écart de quelques points n'y prouve rien ;
# un écart de 30 points, si.

# %% nbgrader={"grade": false, "grade_id": "ex7_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
vraiment_urgentes = audit[audit["urgence_reference"] == "urgente"]
reconnue_prioritaires = None
reconnue_autres = None
### BEGIN SOLUTION
prioritaires = vraiment_urgentes[vraiment_urgentes["quartier_prioritaire"]]
autres = vraiment_urgentes[~vraiment_urgentes["quartier_prioritaire"]]
reconnue_prioritaires = (prioritaires["urgence_historique"] == "urgente").mean()
reconnue_autres = (autres["urgence_historique"] == "urgente").mean()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `vraiment_urgentes[vraiment_urgentes["quartier_prioritaire"]]` garde les quartiers
# prioritaires ; le signe `~` devant la condition garde les autres. Dans chacun des deux
# tableaux, `(tableau["urgence_historique"] == "urgente").mean()` donne la part reconnue.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab01

message = lab01.verifier_ex7_2(reconnue_prioritaires, reconnue_autres, audit)
### BEGIN HIDDEN TESTS
_a = demandes[demandes["echantillon_audit"] & (demandes["urgence_reference"] == "urgente")]
assert abs(reconnue_prioritaires - (_a.loc[_a["quartier_prioritaire"], "urgence_historique"] == "urgente").mean()) < 1e-9, "La part des quartiers prioritaires ne correspond pas."
assert reconnue_prioritaires < reconnue_autres, "Dans l'audit, les urgences des quartiers prioritaires sont moins souvent reconnues."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Et le modèle appris sur cet historique ? Le cours entraîne le même modèle que celui de
# l'exercice 7.1 et compare, dans chaque groupe, la part des vraies urgences reconnues par
# l'étiquette historique et par le modèle.

# %%
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

urgence_cours = Pipeline([
    ("tfidf", TfidfVectorizer(stop_words=mots_vides())),
    ("modele", LogisticRegression(max_iter=1000, class_weight="balanced")),
]).fit(historique["texte"], historique["urgence_historique"].astype(str))
urgentes_audit = audit[audit["urgence_reference"] == "urgente"].copy()
urgentes_audit["modele"] = urgence_cours.predict(urgentes_audit["texte"])
urgentes_audit["groupe"] = urgentes_audit["quartier_prioritaire"].map(
    {True: "quartiers prioritaires", False: "autres quartiers"})
comparaison = pd.DataFrame({
    "étiquette historique": (urgentes_audit["urgence_historique"] == "urgente").groupby(urgentes_audit["groupe"]).mean(),
    "modèle appris sur l'historique": (urgentes_audit["modele"] == "urgente").groupby(urgentes_audit["groupe"]).mean(),
})
ax = comparaison.plot.bar(color=[PALETTE[1], PALETTE[0]], rot=0)
ax.set_ylim(0, 1)
ax.set_title("Vraies urgences reconnues (échantillon d'audit)")
ax.set_xlabel("Quartier de la demande")
ax.set_ylabel("Part des demandes réellement urgentes")
graduations_a_la_francaise(ax, "y", pourcentage=True)
plt.show()
etiquette, appris = comparaison.iloc[:, 0], comparaison.iloc[:, 1]
effectifs = urgentes_audit["groupe"].value_counts()
ecart_historique = 100 * (etiquette["autres quartiers"] - etiquette["quartiers prioritaires"])
ecart_modele = 100 * (appris["autres quartiers"] - appris["quartiers prioritaires"])
# l'écart que le seul hasard du tirage produit encore 1 fois sur 20 (deux écarts-types),
# pour des parts proches de la moitié, avec ces effectifs
marge = 100 * 2 * (0.25 / effectifs["quartiers prioritaires"] + 0.25 / effectifs["autres quartiers"]) ** 0.5
signalees_modele = (urgence_cours.predict(audit["texte"]) == "urgente").mean()
signalees_historique = (audit["urgence_historique"] == "urgente").mean()


def _jugement(ecart):
    return ("trop grand pour venir du seul hasard" if abs(ecart) > marge
            else "dans ce que le seul hasard du tirage peut produire : il ne prouve rien à lui seul")


lecture(
    f"l'historique reconnaissait {format_pourcentage(etiquette['quartiers prioritaires'])} des vraies "
    f"urgences des quartiers prioritaires contre {format_pourcentage(etiquette['autres quartiers'])} "
    f"ailleurs ; le modèle en reconnaît {format_pourcentage(appris['quartiers prioritaires'])} contre "
    f"{format_pourcentage(appris['autres quartiers'])}. Mais ces parts portent sur "
    f"{format_nombre(effectifs['quartiers prioritaires'])} et {format_nombre(effectifs['autres quartiers'])} "
    "vraies urgences seulement : à ces effectifs, le seul hasard du tirage peut encore produire un écart "
    f"d'environ {format_points(marge)} dans un sens ou dans l'autre. L'écart de l'historique "
    f"({format_points(ecart_historique)} au détriment des quartiers prioritaires) est {_jugement(ecart_historique)} ; "
    f"celui du modèle ({format_points(ecart_modele)}"
    + (", donc en faveur des quartiers prioritaires : il s'inverse" if ecart_modele < 0 else "")
    + f") est {_jugement(ecart_modele)}. Le modèle peut hériter d'une partie de l'écart de l'historique, "
    "ou non : cet échantillon ne suffit pas à le dire, le Lab 02 le mesure sur les 12 000 demandes. "
    "Et les deux ne signalent pas autant : le modèle classe « urgente » "
    f"{format_pourcentage(signalees_modele)} des demandes auditées, l'historique "
    f"{format_pourcentage(signalees_historique)}"
    + (" ; il reconnaît plus de vraies urgences en partie parce qu'il en signale davantage, et ces "
       "signalements en plus coûtent du temps aux agent·es."
       if signalees_modele > signalees_historique else
       " ; il signale moins, et reconnaît pourtant " + ("plus" if appris.mean() > etiquette.mean() else "moins")
       + " de vraies urgences.")
)

# %% [markdown]
# Pour trancher sur le modèle, il faudrait auditer plus de demandes : à ces effectifs, un
# écart de la taille de la marge affichée peut apparaître ou disparaître d'un tirage à l'autre.
#
# Retenez la leçon : **l'étiquette historique enregistre une pratique passée, pas la vérité**.
# Un modèle qui l'imite fidèlement peut être « précis » selon l'historique et injuste selon la
# réalité ; seul un audit indépendant permet de le voir. Le Lab 02 mesure ces écarts groupe par
# groupe (registre d'écriture, genre, quartier) et cherche d'où ils viennent.

# %% [markdown]
# ## 8. Et maintenant, qui décide ?
#
# **Qui répond d'une erreur de l'outil ?** Pas l'outil : il n'a ni volonté ni responsabilité.
# - La **métropole** (son exécutif, qui décide d'utiliser l'outil) reste l'autorité qui prend la
#   décision et en répond : devant l'habitant·e, devant le juge administratif, et pour les
#   données, comme *responsable du traitement* au sens du RGPD.
# - Le **service** qui traite la demande et l'agent·e qui valide un classement restent
#   responsables de leurs décisions ; un contrôle humain qui se contente de cliquer « valider »
#   ne les protège pas.
# - Le **prestataire** répond de ce que son contrat lui impose (performances annoncées, sécurité,
#   documentation, correction des défauts) ; c'est au marché public de le prévoir, il ne prend pas
#   la responsabilité de la décision à la place de la métropole.
# - Concrètement : une personne nommée qui supervise le dispositif, un registre des erreurs
#   signalées et corrigées, et une voie simple pour qu'un·e habitant·e conteste une orientation.
#
# Ces repères sont simplifiés (la responsabilité administrative a ses propres règles) ; ils
# suffisent pour la question qui suit.
#
# ### 💬 Question de réflexion 1 (3 points, corrigée par l'équipe pédagogique)
#
# La directrice veut savoir **ce qui ne doit jamais être décidé automatiquement** dans ce
# dispositif, et **qui répond d'une demande mal orientée** (par exemple un signalement de
# harcèlement classé « non urgent » et envoyé à la propreté). Répondez en vous appuyant sur
# au moins deux résultats chiffrés de ce lab. (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : ce qui ne doit pas être automatique, justifié : le classement « non urgent »
#   (qui retarde une réponse) et tout refus ou clôture d'une demande ; les demandes sous le
#   seuil de confiance ; les sujets sensibles (harcèlement, insécurité, personnes vulnérables,
#   solidarités) ; la possibilité de contester. Une réponse qui dit « rien n'est automatisable »
#   sans nuance, ou « tout l'est », n'a pas ce point.
# - **1 point** : au moins deux résultats chiffrés du lab, correctement utilisés : F1 macro
#   inférieur à l'exactitude, rappel faible des petits services (Hors compétence), seuil
#   nécessaire pour 5 % d'erreurs et part relue par les agent·es (autour de 75 %), erreurs
#   d'étiquette (4 %), écart de reconnaissance des urgences entre quartiers prioritaires et
#   autres quartiers, mot « femme » qui fait chuter la confiance.
# - **1 point** : la responsabilité : c'est la collectivité (l'autorité qui décide d'utiliser
#   l'outil, et le service qui traite la demande) qui répond d'une erreur, pas l'outil ni le
#   prestataire seul ; cela suppose une personne nommée qui supervise, des erreurs tracées et
#   corrigées, un moyen pour l'habitant·e de signaler une mauvaise orientation.
#
# *Exemple de réponse complète* : l'outil peut proposer un service, mais ne doit jamais décider
# seul qu'une demande n'est pas urgente ni la clore. Pour tenir 5 % d'erreurs, il fallait un seuil
# de 0,81 et les agent·es relisaient encore 75 % des demandes ; le service « Hors compétence »
# n'était reconnu que pour 33 % de ses demandes. L'historique lui-même reconnaissait bien moins les
# vraies urgences des quartiers prioritaires (environ 48 % contre 78 %), et le modèle peut en
# hériter en partie : l'audit est trop petit pour le dire, il faut le mesurer (Lab 02).
# Les signalements de harcèlement et les demandes sous le seuil doivent donc être lus par une
# personne. Si une demande est mal orientée, c'est la métropole qui en répond : elle a choisi
# l'outil ; il faut un·e responsable du dispositif, un suivi des erreurs et une voie de recours.
# ### END SOLUTION

# %% [markdown]
# ### Ce que la loi demande, en bref
#
# - **Code des relations entre le public et l'administration (CRPA)** : quand une décision
#   individuelle est prise *sur le fondement d'un traitement algorithmique*, l'administration
#   doit le mentionner explicitement et, sur demande, expliquer à la personne les règles du
#   traitement et la façon dont il s'est appliqué à son cas (articles L311-3-1 et R311-3-1-2).
#   Les administrations d'au moins 50 agent·es publient aussi en ligne les règles de leurs
#   principaux traitements algorithmiques **lorsqu'ils fondent des décisions individuelles**
#   (article L312-1-3) : un outil qui oriente ou classe des demandes y entre s'il fonde la
#   décision prise pour chaque demande.
# - **RGPD** (article 22) : une personne a le droit de ne pas faire l'objet d'une décision
#   fondée *exclusivement* sur un traitement automatisé qui l'affecte de manière significative ;
#   l'information sur le traitement de ses données est due dans tous les cas (articles 13 et 14).
# - **Règlement européen sur l'IA (AI Act, 2024)** : les fournisseurs et les déployeurs d'un
#   système d'IA (ici, la métropole qui l'utilise) prennent des mesures pour que leur personnel
#   ait une maîtrise suffisante de l'IA (article 4, applicable depuis février 2025) : un devoir
#   d'organisation, adapté au rôle de chacun·e, pas une formation obligatoire définie par le
#   texte ; les systèmes qui décident de l'accès à des services
#   publics essentiels ou qui trient des appels d'urgence sont classés « à haut risque »
#   (annexe III) et exigent contrôle humain, journalisation et, pour les organismes publics,
#   une analyse d'impact sur les droits fondamentaux (article 27). Un simple routeur de
#   demandes n'entre pas forcément dans cette liste ; un outil qui fixe des priorités
#   d'intervention peut s'en approcher.
#
# Ces repères sont simplifiés : pour un projet réel, voyez votre délégué·e à la protection des
# données et le guide d'Etalab sur les algorithmes publics (liens en fin de lab).
#
# ### 💬 Question de réflexion 2 (3 points, corrigée par l'équipe pédagogique)
#
# Un habitant demande : « Est-ce qu'un robot lit mes messages ? ». Rédigez en langage simple
# ce que la métropole devrait **dire aux habitant·es** sur cet outil (ce qu'il fait, ce qu'il
# ne fait pas, à qui s'adresser), et citez les obligations qui s'appliquent à un organisme
# public (droit français de la transparence administrative, règlement européen sur
# l'intelligence artificielle). (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_2", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : un message clair pour les habitant·es : un outil automatique propose un
#   service destinataire (et éventuellement un niveau d'urgence) ; une personne relit les cas
#   incertains et sensibles ; l'outil ne refuse ni ne clôt aucune demande ; à qui s'adresser
#   pour signaler une erreur ou demander une explication.
# - **1 point** : le droit français cité correctement, en mots simples : les administrations
#   (de plus de 50 agent·es) publient en ligne les règles des principaux traitements
#   algorithmiques qui fondent des décisions individuelles (loi pour une République numérique
#   de 2016, article L312-1-3 du code des relations entre le public et l'administration) ; si une décision individuelle est prise sur le fondement d'un algorithme,
#   la personne doit en être informée et peut en demander les règles (article L311-3-1) ; le RGPD
#   (information sur le traitement de données, article 22 sur les décisions entièrement
#   automatisées).
# - **1 point** : le règlement européen sur l'IA (AI Act) cité avec justesse : obligation de
#   veiller à la maîtrise de l'IA par le personnel qui l'utilise (article 4, devoir des
#   fournisseurs et des déployeurs) ; si l'outil sert à évaluer l'accès à des
#   prestations ou services publics essentiels, ou à trier des appels d'urgence, il relève des
#   systèmes « à haut risque » (annexe III) : supervision humaine, journalisation, information
#   des personnes, analyse d'impact sur les droits fondamentaux pour les organismes publics
#   (article 27) ; un simple routage vers un service est moins encadré, mais la transparence
#   reste attendue. Toute réponse prudente et correcte (« selon l'usage, il peut être classé à
#   haut risque ») obtient le point ; une obligation inventée le fait perdre.
#
# *Exemple de réponse complète* : « Oui, un outil automatique lit votre message pour proposer le
# service qui le traitera. Quand il hésite, et toujours pour les signalements de harcèlement ou
# les situations de détresse, un·e agent·e le lit. L'outil ne refuse et ne clôt aucune demande.
# Vous pouvez signaler une erreur d'orientation à relation.habitants@… et demander comment
# l'outil fonctionne. » La métropole publie les règles de l'outil (code des relations entre le
# public et l'administration, L312-1-3), informe les personnes quand une décision les concernant
# s'appuie sur un algorithme (L311-3-1) et respecte le RGPD. Au titre du règlement européen sur
# l'IA, elle veille à ce que ses agent·es sachent ce que l'outil fait et ne fait pas (article 4) ; si l'outil décidait de l'urgence ou de l'accès à
# une aide sociale, il serait à haut risque : supervision humaine et analyse d'impact (article 27).
# ### END SOLUTION

# %% [markdown]
# ## Récapitulatif
#
# - Des **règles à mots-clés** sont simples et lisibles, mais plafonnent vite et pénalisent
#   les messages mal orthographiés.
# - On juge un modèle sur des demandes **mises de côté** ; attention aux **quasi-doublons**
#   des deux côtés, qui rendent le score flatteur.
# - **TF-IDF + régression logistique**, dans un `Pipeline`, oriente bien la plupart des
#   demandes ; le **F1 macro** et le **rappel par service** montrent les services négligés
#   que l'exactitude cache ; la **matrice de confusion** dit où partent les erreurs.
# - Les **poids des mots** montrent ce que le modèle a appris, y compris des mots qui ne
#   devraient pas compter (« femme »).
# - Un **seuil de confiance** répartit le travail entre l'outil et les agent·es ; une règle
#   d'erreur exigeante laisse beaucoup à lire, d'autant que les étiquettes elles-mêmes
#   contiennent des erreurs.
# - Une étiquette historique enregistre des **décisions passées**, biais compris : ici, les vraies
#   urgences des quartiers prioritaires étaient bien moins souvent reconnues. Un modèle qui les
#   imite peut en reproduire une partie ; sur notre petit échantillon d'audit, l'écart du modèle
#   s'inverse même, mais il porte sur trop peu de vraies urgences pour conclure dans un sens ou
#   dans l'autre. Seul un audit indépendant et assez grand permet de le mesurer : le Lab 02 le
#   fait sur les 12 000 demandes.
#
# ## Pour aller plus loin
#
# - Exercice libre : essayez `TfidfVectorizer(stop_words=mots_vides(), ngram_range=(1, 2))`
#   (les paires de mots, comme « nid de ») ou `LogisticRegression(C=10, max_iter=1000)` ; le F1
#   macro change-t-il ? Le seuil nécessaire pour 5 % d'erreurs ?
# - Exercice libre : recalculez la courbe de seuil en ne comptant pas les demandes dont
#   l'étiquette est fausse (`erreur_etiquette`) ; quel seuil suffirait alors ?
# - Le guide de scikit-learn sur l'analyse de textes (en anglais) :
#   <https://scikit-learn.org/stable/tutorial/text_analytics/working_with_text_data.html>.
# - Les obligations des administrations sur les algorithmes publics (Etalab) :
#   <https://guides.etalab.gouv.fr/algorithmes/>.
# - Le règlement européen sur l'intelligence artificielle (texte officiel) :
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj?locale=fr>.
#
# **Lab suivant** : [Lab 02 — Détecter les biais](../02_detecter_les_biais/02_detecter_les_biais.ipynb),
# qui mesure, groupe par groupe, ce que l'historique et le modèle font aux demandes
# des quartiers prioritaires, des personnes qui écrivent moins bien et des femmes qui
# signalent du harcèlement.
