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
# # Lab 06 — Auditer une synthèse écrite par une IA
#
# **Ce que vous saurez faire à la fin de ce lab**
# - découper une synthèse en **affirmations** et chercher, pour chacune, les contributions qui
#   pourraient l'étayer, côte à côte ;
# - **recalculer chaque chiffre** sur les données, en contributions et en voix (personnes) ;
# - retrouver chaque **citation** mot pour mot ou presque, et repérer les citations altérées
#   ou inventées ;
# - dire ce que la synthèse **omet** : thèmes (minoritaires d'abord), canaux, milieu de l'entrée ;
# - remplir une **grille d'audit** lisible par un·e élu·e, mesurer l'audit lui-même, et écrire
#   une requête qui sert de **spécification**.
#
# **Prérequis** : le Lab 00 (pandas) et le Lab 03 (voix et copies, thèmes, comptabilité).
# Aucun modèle de langue : tout tourne ici, sur votre machine.
#
# **Durée estimée** : 3 h 30 à 4 h 30, dont 35 à 45 minutes pour les réflexions. Deux essais
# l'ont mesurée : environ 3 h 50 pour le premier ; environ 4 h 00 pour le second, entre 2 h 53
# et 5 h 17 selon le rythme.
#
# **La situation.** Vous êtes chargé·e de mission participation à *Méridanne Métropole*. La
# consultation sur le **Plan de mobilité 2030** a reçu 6 000 contributions (Lab 03). Un·e élu·e a
# demandé à un assistant conversationnel « une synthèse pour les élus » ; un prestataire
# propose son outil. Avant que ces textes arrivent au conseil, vous les **auditez** : chaque
# phrase, chaque chiffre, chaque citation, confrontés à ce que les habitant·es ont écrit.
#
# **D'où viennent les synthèses de ce lab ?** Elles sont écrites par un **générateur du
# cours** (`civiclabs.audit`), pas par un chatbot : il rédige une synthèse fluide à partir de la
# vérité de la consultation, **avec ses mots** comme le ferait un assistant (idées résumées,
# thèmes appelés « la ZFE » ou « les tarifs » ; seules les citations entre guillemets
# reprennent le texte exact), et y **plante** les défauts documentés chez les assistants
# (thèmes omis, affirmations inventées, chiffres faux, « majorité » tirée d'une campagne,
# citations altérées, positions inversées, canal ignoré…), en gardant la liste exacte de ces
# défauts : le **corrigé**. Un vrai chatbot change d'une version à l'autre, demande un réseau
# et un compte, et n'a pas de corrigé : on ne saurait pas ce que l'audit aurait dû trouver.

# %% [markdown]
# ## 0. Mise en place
#
# Comme dans les labs précédents : une cellule de réponse (remplacez la ligne
# `raise NotImplementedError()` par votre code), un indice à déplier, une cellule de test à
# exécuter sans la modifier. Lisez **la dernière ligne** d'un message d'erreur :
#
# | La dernière ligne commence par… | Ce que cela veut dire | Que faire |
# |---|---|---|
# | `NameError` | une cellule du dessus n'a pas été exécutée | exécutez les cellules depuis le haut |
# | `KeyError` | un nom de colonne mal recopié | recopiez-le tel quel, accents et majuscules compris |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` par votre code |
# | `TypeError: cannot unpack non-iterable …` | une fonction renvoie une seule valeur là où on en attend deux (`a, b = f(…)`) | terminez-la par `return a, b` : deux valeurs, séparées par une virgule |
# | `SyntaxError: unterminated string literal` | un texte ouvert par un guillemet n'est pas refermé | fermez-le sur la même ligne (`"…"`) ; pour un texte sur plusieurs lignes, mettez un morceau entre guillemets par ligne, le tout entre parenthèses |
# | `ReponseIncorrecte` | un test du cours | lisez le message et la piste |
#
# La cellule de paramètres ci-dessous fixe la **graine** du générateur de synthèses : un nombre
# qui fixe ses tirages au hasard. Même graine, même synthèse ; autre graine, autre synthèse
# (changez-la pour vous entraîner sur une synthèse nouvelle, puis relancez les cellules).

# %%
# %xmode Minimal

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2  # la graine fixe le hasard du générateur : même graine, même synthèse ; autre graine, autre synthèse

# %%
import html

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import HTML, Markdown, display
from rapidfuzz import fuzz, process

from civiclabs import (
    PALETTE,
    appliquer_style,
    charger_consultation,
    comptabilite,
    format_nombre,
    format_pourcentage,
    graduations_a_la_francaise,
    lecture,
    synthetiser_consultation,
)
from civiclabs.audit import (
    ALERTES,
    REQUETES,
    VARIANTES,
    auditer,
    LEGENDE,
    accorder,
    decouper_affirmations,
    generer_synthese,
    index_preuves,
    mesurer,
    normaliser,
    mots_qui_nomment,
    preparer,
    que,
    sujets,
    verifier_chiffres,
    verifier_exigences,
    verifier_position,
)
from civiclabs.audit.widgets import curseur_etayage, explorer_variantes, tableau_etayage, tableau_textes

appliquer_style()

# %% [markdown]
# ## 1. La synthèse à auditer
#
# Voici la synthèse produite avec une **requête courte** (« Fais-moi une synthèse de ces
# contributions pour les élus. »). Lisez-la comme un·e élu·e la lirait : elle est fluide,
# chiffrée, elle cite des habitant·es. Qu'est-ce qui vous mettrait la puce à l'oreille ?

# %%
consultation = charger_consultation()
materiau = preparer(consultation)  # la vérité de la consultation, ses phrases, son vocabulaire
synthese = generer_synthese(materiau, "courte", GRAINE)
display(Markdown(synthese.texte))

# %% [markdown]
# Une synthèse se vérifie **affirmation par affirmation**. `decouper_affirmations` coupe le
# texte en phrases ; un point à l'intérieur d'une citation « … » ne coupe pas la phrase, et
# chaque élément d'une liste à puces (fréquentes dans les réponses d'un assistant) compte pour
# une affirmation, même sans point final.

# %%
affirmations = decouper_affirmations(synthese.texte)
affirmations.head(8)

# %% [markdown]
# ### 📝 Exercice 1.1 — Combien d'affirmations à vérifier ? (2 points)
#
# Rangez dans `nb_affirmations` le nombre d'affirmations de la synthèse (un nombre entier).

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : nb_affirmations = len(…)
nb_affirmations = None
### BEGIN SOLUTION
nb_affirmations = len(decouper_affirmations(synthese.texte))
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Le tableau `affirmations` a une ligne par affirmation : `len(affirmations)` les compte.
# Compter les points du texte est fragile : une citation de plusieurs phrases en contient plusieurs.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex1_1(nb_affirmations, synthese)
### BEGIN HIDDEN TESTS
assert nb_affirmations == len(decouper_affirmations(synthese.texte)), "Le nombre d'affirmations ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 2. Chaque affirmation et ses preuves
#
# Pour chaque affirmation, on cherche les contributions qui **pourraient** l'étayer. Le
# cours emploie **BM25** (paquet `bm25s`), la méthode classique des moteurs de recherche : un
# score qui classe les textes selon les mots qu'ils partagent avec la recherche, en donnant
# plus de poids aux mots rares. Une contribution remonte si elle contient les mots de
# l'affirmation, surtout les mots rares.
# Puis un **score d'étayage** : la part des mots de l'affirmation (pondérés par leur rareté)
# que contient la meilleure contribution. Un mot que personne n'a écrit pèse le plus lourd.
# Les petits mots (« de », « pas », « dire »…), les auxiliaires (« devrait », « faudrait »…) et
# les mots du genre « synthèse » (participant·es, contributions, soulignent…) ne comptent pas :
# ils disent comment l'idée est tournée, pas ce qu'elle dit. Chaque mot est ramené à une
# **racine grossière** : le pluriel retiré, puis ses six premières lettres (« vélos » → « vélo »,
# « cyclables » → « cyclab »), pour qu'un pluriel ou une conjugaison ne fasse pas tout rater.

# %%
index = index_preuves(materiau)
seuil = 0.6  # le seuil du cours : au-dessous, l'affirmation est « non étayée »
audit = auditer(synthese, materiau)
idees = audit.grille[audit.grille["etayage"].notna()]
exemple = idees.sort_values("etayage", ascending=False)["affirmation"].iloc[0]
score, rangs = index.etayage(exemple)
print(f"Affirmation : {exemple}\nÉtayage : {format_nombre(score, 2)}\n")
cote_a_cote = consultation.iloc[rangs[:3]][["identifiant", "canal", "texte"]]
display(tableau_textes(cote_a_cote))

# %% [markdown]
# **Ce que l'appariement de mots ne voit pas.** Retournons l'affirmation, de deux façons :
# « Il est faux de dire que… » et « On ne peut pas dire que… ». Le sens s'inverse, les mots
# changent à peine : comparez les scores au seuil de 0,6, et regardez quels mots de la phrase
# manquent à sa meilleure preuve.

# %%
def _liste_de_mots(mots):
    """« faux » ; « faux » et « exact » ; « a », « b » et « c »."""
    entre = [f"« {m} »" for m in mots]
    return entre[0] if len(entre) == 1 else ", ".join(entre[:-1]) + " et " + entre[-1]


constats = []
for debut in ("Il est faux de dire ", "On ne peut pas dire "):
    contraire = debut + que(exemple) + "."
    score_contraire, _ = index.etayage(contraire)
    manquants = index.mots_manquants(contraire)
    print(f"« {contraire} »\nÉtayage : {format_nombre(score_contraire, 2)} (contre {format_nombre(score, 2)}) → "
          f"{'étayée' if score_contraire >= seuil else 'non étayée'} ; mots absents de sa meilleure preuve : "
          f"{_liste_de_mots(manquants) if manquants else 'aucun'}\n")
    if score_contraire >= seuil:
        constats.append(f"« {debut.strip()} que… » obtient {format_nombre(score_contraire, 2)} : la méthode la juge "
                        "« étayée »")
    else:
        constats.append(
            f"« {debut.strip()} que… » obtient {format_nombre(score_contraire, 2)} : la méthode la signale, mais "
            f"seulement parce que {_liste_de_mots(manquants) if manquants else 'des mots'} "
            f"{'manque' if len(manquants) == 1 else 'manquent'} à ses preuves, pas parce qu'elle a lu la négation")
lecture(" ; ".join(constats) + ". BM25 compte des mots : il ne lit ni la négation, ni une position inversée, ni "
        "l'ironie.")

# %% [markdown]
# **Une position inversée que BM25 laisse passer.** Des habitant·es ont écrit que le tram-train
# vers la deuxième couronne est *indispensable*. Une synthèse qui leur fait dire *inutile*
# garde presque tous leurs mots :

# %%
inversee = "Des participant·es jugent que le tram-train vers les communes de la deuxième couronne est inutile."
score_inversee, rangs_inversee = index.etayage(inversee)
preuves_inversee = consultation.iloc[rangs_inversee[:5]]
disent_indispensable = int(preuves_inversee["texte"].str.contains("indispensable", case=False).sum())
disent_inutile = int(preuves_inversee["texte"].str.contains("inutile", case=False).sum())
print(f"Étayage : {format_nombre(score_inversee, 2)} → "
      f"{'étayée' if score_inversee >= seuil else 'non étayée'} au seuil de 0,6\n")
display(tableau_textes(preuves_inversee[["identifiant", "texte"]]))
lecture(
    f"l'affirmation inversée obtient {format_nombre(score_inversee, 2)} : pour la méthode, elle est "
    f"{'étayée' if score_inversee >= seuil else 'non étayée'}. Ses cinq meilleures preuves disent "
    f"« indispensable » {disent_indispensable} fois et « inutile » {disent_inutile} fois : le geste attendu est "
    "d'ouvrir les preuves et de les lire, pas de s'arrêter au verdict."
)

# %% [markdown]
# L'audit complet (`auditer`) fait tout cela pour chaque affirmation. Le graphique compare les
# scores d'étayage des affirmations sans défaut et de celles que le générateur a **inventées**,
# sur les trois variantes, chacune écrite avec deux graines, `GRAINE` et `GRAINE + 1` (le
# corrigé dit lesquelles sont inventées).

# %%
# Les trois variantes (requête courte, requête détaillée, prestataire), écrites avec deux graines
syntheses = {v: generer_synthese(materiau, v, GRAINE) for v in VARIANTES}
audits = {v: auditer(s, materiau) for v, s in syntheses.items()}
autres = {v: generer_synthese(materiau, v, GRAINE + 1) for v in VARIANTES}
echantillon = []
for s, a in [*((syntheses[v], audits[v]) for v in VARIANTES), *((s, auditer(s, materiau)) for s in autres.values())]:
    corrige = dict(zip(s.affirmations["texte"], s.affirmations["defaut"]))
    for ligne in a.grille.itertuples():
        if not np.isnan(ligne.etayage):
            echantillon.append({"etayage": ligne.etayage, "affirmation": ligne.affirmation,
                                "inventee": corrige.get(ligne.affirmation) == "affirmation inventée"})
echantillon = pd.DataFrame(echantillon)
fig, ax = plt.subplots(figsize=(8, 4))
bins = np.linspace(0, 1, 21)
ax.hist(echantillon.loc[~echantillon["inventee"], "etayage"], bins=bins, color=PALETTE[0], label="sans défaut")
ax.hist(echantillon.loc[echantillon["inventee"], "etayage"], bins=bins, color=PALETTE[5], label="inventée (corrigé)")
ax.axvline(audit.reglages["seuil_etayage"], color=PALETTE[7], linestyle="--", label="seuil du cours")
ax.set_title("Score d'étayage des affirmations d'idées")
ax.set_xlabel("Score d'étayage (part pondérée des mots retrouvés)")
ax.set_ylabel("Nombre d'affirmations")
graduations_a_la_francaise(ax, "x", decimales=1)
ax.legend()
plt.show()
plus_haute_inventee = echantillon.loc[echantillon["inventee"], "etayage"].max()
justes = echantillon.loc[~echantillon["inventee"], "etayage"]
justes_sous_le_seuil = int((justes < seuil).sum())
lecture(
    f"sur {len(echantillon)} affirmations d'idées, la plus étayée des inventées obtient "
    f"{format_nombre(plus_haute_inventee, 2)} ; mais {justes_sous_le_seuil} idées justes sur {len(justes)} "
    f"({format_pourcentage(justes_sous_le_seuil / len(justes))}) tombent aussi sous le seuil de 0,6 : reformulées "
    "par l'assistant, elles n'emploient plus les mots des habitant·es. Chacune est une fausse alerte : le seuil "
    "ne sépare pas parfaitement, il choisit entre laisser passer des inventions et relire des idées justes."
)

# %% [markdown]
# ### 🎛️ Le seuil d'étayage
#
# Déplacez le seuil : quelles affirmations basculent en « non étayée » ? La colonne
# « corrigé » dit ce que le générateur a planté ; le résumé compte les fausses alertes (des
# idées justes signalées) et les défauts laissés passer. Au seuil du cours, 0,6, il y en a
# déjà : c'est le coût du seuil, à payer en relisant.

# %%
curseur_etayage(synthese, audit, valeur=audit.reglages["seuil_etayage"]);

# %% [markdown]
# *Sans le widget* : créez une cellule et écrivez `tableau_etayage(synthese, audit, seuil=0.4)`
# (changez 0.4) : le même tableau s'affiche.

# %% [markdown]
# ### 📝 Exercice 2.1 — Les affirmations non étayées (2 points)
#
# Complétez la fonction `non_etayees(grille, seuil)` : elle reçoit une grille d'audit
# (`audit.grille`) et un seuil, et renvoie la **liste** (`list`) **des numéros**, des nombres
# entiers (colonne `numero`), des
# affirmations dont le score d'étayage (colonne `etayage`) est **strictement inférieur** au
# seuil. Les affirmations sans score (`NaN` : chiffres, citations, positions, vérifiés
# autrement) ne doivent pas y figurer. Le test la rejoue sur une autre synthèse.

# %% nbgrader={"grade": false, "grade_id": "ex2_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return list(grille.loc[…, "numero"])
def non_etayees(grille, seuil):
    """Les numéros des affirmations dont l'étayage est sous le seuil (sans les NaN)."""
    ### BEGIN SOLUTION
    return list(grille.loc[grille["etayage"] < seuil, "numero"])
    ### END SOLUTION


print("Essai au seuil 0,6 :", non_etayees(audit.grille, 0.6))


# %% [markdown]
# <details><summary>Indice</summary>
#
# `grille["etayage"] < seuil` vaut vrai pour chaque ligne sous le seuil, et faux pour `NaN`.
# `grille.loc[condition, "numero"]` garde ces numéros ; `list(…)` en fait une liste.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex2_1(non_etayees, audit, materiau)
### BEGIN HIDDEN TESTS
from civiclabs.audit import auditer, generer_synthese

_s = generer_synthese(materiau, "courte", GRAINE + 2077)
_g = auditer(_s, materiau).grille
_attendu = sorted(int(n) for n, e in zip(_g["numero"], _g["etayage"]) if e == e and e < 0.7)
assert sorted(int(n) for n in non_etayees(_g.copy(), 0.7)) == _attendu, "Sur une synthèse fraîche, non_etayees ne donne pas les bonnes affirmations."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 3. Chaque chiffre, recalculé
#
# Une synthèse chiffrée inspire confiance. Chaque nombre se **recalcule** sur les données :
# en contributions (des lignes) et en **voix** (des personnes distinctes, colonne `auteur`).
# `verifier_chiffres` dit, pour chaque nombre, s'il correspond à un calcul possible sur les
# sujets que la phrase nomme ; `verifier_position` confronte « majorité », « l'emportent »
# ou « unanimes » aux voix par position. Les sujets sont reconnus même quand la synthèse ne
# donne pas le nom exact du thème (« la ZFE », « les piétons », « la tarification ») : un mot
# du nom ou un mot qui en dérive, sinon une **table des mots-clés**
# de chaque thème, tirée des contributions comme les mots-clés des thèmes que vous avez appris
# à établir au Lab 03, fait la correspondance.

# %%
for phrase in affirmations["texte"]:
    resultat = verifier_chiffres(phrase, materiau)
    position = verifier_position(phrase, materiau)
    faux = [c["ecrit"] for c in resultat if not c["juste"]]
    if faux or (position and not position["juste"]):
        themes_vus = ", ".join(nom for sorte, nom in sujets(phrase, materiau) if sorte == "thème") or "aucun thème"
        print(f"⚠️ {phrase}\n   → thème reconnu : {themes_vus} ; chiffres sans calcul possible : "
              f"{', '.join(faux) or 'aucun'}"
              + (f" ; {position['explication']}" if position and not position["juste"] else "") + "\n")

# %% [markdown]
# La « nette majorité » contre la zone à faibles émissions mérite un graphique : comptée en
# contributions, en personnes, puis en personnes sans les comptes de la campagne coordonnée
# (on ne sait pas qui tient ces comptes : une campagne automatisée peut en ouvrir des dizaines).

# %%
theme_campagne = materiau.verite.campagne["theme"]
sur_le_theme = consultation[consultation["theme_reference"] == theme_campagne]
positions = ["pour", "contre", "nuancé"]
en_contributions = sur_le_theme["position"].value_counts(normalize=True).reindex(positions, fill_value=0)
en_voix = pd.Series({p: sur_le_theme.loc[sur_le_theme["position"] == p, "auteur"].nunique()
                     / sur_le_theme["auteur"].nunique() for p in positions})
hors_campagne = sur_le_theme[sur_le_theme["campagne"] != materiau.verite.campagne["nom"]]
en_voix_sans_campagne = pd.Series({p: hors_campagne.loc[hors_campagne["position"] == p, "auteur"].nunique()
                                   / hors_campagne["auteur"].nunique() for p in positions})
fig, ax = plt.subplots(figsize=(7, 4))
x = np.arange(len(positions))
ax.bar(x - 0.27, en_contributions, width=0.27, color=PALETTE[1], label="en contributions (copies comprises)")
ax.bar(x, en_voix, width=0.27, color=PALETTE[0], label="en voix (personnes distinctes)")
ax.bar(x + 0.27, en_voix_sans_campagne, width=0.27, color=PALETTE[2], label="en voix, sans les comptes de la campagne")
ax.axhline(0.5, color=PALETTE[7], linestyle=":", label="la moitié")
ax.set_xticks(x, positions)
ax.set_title(f"« {theme_campagne} » : positions")
ax.set_xlabel("Position")
ax.set_ylabel("Part")
graduations_a_la_francaise(ax, "y", pourcentage=True)
ax.legend(fontsize=8)
plt.show()
# une décimale quand l'arrondi cacherait de quel côté de la moitié on est (50,1 % n'est pas 50 %)
decimales_voix = 1 if round(100 * en_voix["contre"]) == 50 or round(100 * en_voix_sans_campagne["contre"]) == 50 else 0
lecture(
    f"« contre » : {format_pourcentage(en_contributions['contre'])} des contributions mais "
    f"{format_pourcentage(en_voix['contre'], decimales_voix)} des personnes ; la campagne « {materiau.verite.campagne['nom']} » "
    f"pèse {format_nombre(materiau.verite.campagne['contributions'])} contributions pour "
    f"{format_nombre(materiau.verite.campagne['voix'])} comptes. Sans ces comptes, "
    f"{format_pourcentage(en_voix_sans_campagne['contre'], decimales_voix)} des personnes sont « contre » : "
    + ("la majorité en personnes ne tient qu'à eux. " if en_voix["contre"] > 0.5 >= en_voix_sans_campagne["contre"]
       else "la « nette majorité » des contributions n'en est pas une en personnes. "
       if en_voix_sans_campagne["contre"] <= 0.5 else "la majorité tient, mais elle n'a rien de « nette ». ")
    + "Les parts en voix font "
    f"{format_pourcentage(en_voix.sum())} au total, pas 100 % : une personne qui a écrit plusieurs fois, "
    "une fois « pour » et une fois « nuancé » par exemple, compte dans chaque position qu'elle a prise."
)

# %% [markdown]
# ### 📝 Exercice 3.1 — Une majorité de copies ou de personnes ? (2 points)
#
# Sur le thème `theme_campagne`, calculez la part des contributions dont la position est
# « contre » (`part_contre_contributions`) et la part des **personnes** qui ont écrit
# « contre » parmi les personnes qui se sont exprimées sur ce thème (`part_contre_voix`).
# Deux parts entre 0 et 1.

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : theme = consultation[…] ; contre = theme[…] ; … = len(…) / len(…) ; … = ….nunique() / ….nunique()
part_contre_contributions = None
part_contre_voix = None
### BEGIN SOLUTION
theme = consultation[consultation["theme_reference"] == theme_campagne]
contre = theme[theme["position"] == "contre"]
part_contre_contributions = len(contre) / len(theme)
part_contre_voix = contre["auteur"].nunique() / theme["auteur"].nunique()
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# `theme = consultation[consultation["theme_reference"] == theme_campagne]`, puis
# `contre = theme[theme["position"] == "contre"]`. En contributions : `len(contre) / len(theme)`.
# En voix : `contre["auteur"].nunique() / theme["auteur"].nunique()`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex3_1(part_contre_contributions, part_contre_voix, consultation, theme_campagne)
### BEGIN HIDDEN TESTS
_t = consultation[consultation["theme_reference"] == theme_campagne]
assert abs(part_contre_voix - _t.loc[_t["position"] == "contre", "auteur"].nunique() / _t["auteur"].nunique()) < 1e-9, "La part en voix ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ### 📝 Exercice 3.2 — Un chiffre de thème, juste ou faux ? (2 points)
#
# Complétez `part_juste(theme, part_annoncee, consultation)` : `part_annoncee` est un
# pourcentage annoncé par une synthèse (par exemple `18` pour « 18 % des contributions »).
# La fonction renvoie `True` si la part réelle des contributions du thème, **en
# pourcentage**, est à **un point au plus** de l'annonce, `False` sinon. Le test la rejoue
# sur les chiffres d'une autre synthèse.

# %% nbgrader={"grade": false, "grade_id": "ex3_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : vraie = 100 * (… == theme).mean() ; return bool(abs(…) <= 1)
def part_juste(theme, part_annoncee, consultation):
    """Vrai si la part (en %) des contributions du thème est à un point au plus de l'annonce."""
    ### BEGIN SOLUTION
    vraie = 100 * (consultation["theme_reference"] == theme).mean()
    return bool(abs(vraie - part_annoncee) <= 1)
    ### END SOLUTION


print(f"Essai : « {theme_campagne} », 15 % annoncés →", part_juste(theme_campagne, 15, consultation))


# %% [markdown]
# <details><summary>Indice</summary>
#
# `(consultation["theme_reference"] == theme).mean()` est une part entre 0 et 1 : multipliez
# par 100 avant de comparer à l'annonce. `abs(a - b) <= 1` compare à un point près ;
# `bool(…)` renvoie un vrai booléen.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex3_2(part_juste, synthese, consultation, materiau)
### BEGIN HIDDEN TESTS
from civiclabs.audit import generer_synthese

_s = generer_synthese(materiau, "prestataire", GRAINE + 3011)
for _t, _p in lab06._parts_annoncees(_s, materiau):
    _vraie = 100 * (consultation["theme_reference"] == _t).mean()
    assert part_juste(_t, _p, consultation.copy()) == (abs(_vraie - _p) <= 1), "Sur une synthèse fraîche, part_juste se trompe."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 4. Chaque citation, retrouvée
#
# Une citation entre guillemets promet : « quelqu'un a écrit cela ». On la cherche dans les
# contributions avec `rapidfuzz` : `fuzz.partial_ratio` compare la citation au meilleur
# passage d'un texte (100 = présente mot pour mot). Les textes sont d'abord **normalisés**
# (minuscules, sans accents ni ponctuation) : une majuscule ou une apostrophe ne change rien.

# %%
for ligne in audit.grille.itertuples():
    if "«" in ligne.affirmation and not np.isnan(ligne.citation):
        print(f"{format_nombre(ligne.citation, 0):>4} / 100 — {ligne.affirmation[:110]}")
scores_citations = audit.grille["citation"].dropna()
sous_le_seuil = scores_citations[scores_citations < audit.reglages["seuil_citation"]]
retrouvees = int((scores_citations >= audit.reglages["seuil_citation"]).sum())
alteree = synthese.defauts[synthese.defauts["type"] == "citation altérée"]
changement = ""
if len(alteree):
    # le corrigé garde la phrase réelle (« texte réel : « … » ») : on compare ses mots à ceux de la citation
    reelle = alteree["detail"].iloc[0].removeprefix("texte réel : ").strip("« »")
    ecrite = alteree["texte"].iloc[0].split("« ", 1)[1].strip(" »")
    paires = [(a, b) for a, b in zip(reelle.split(), ecrite.split()) if a != b]
    changes = ", ".join(f"« {a.strip(',;:.')} » devient « {b.strip(',;:.')} »" for a, b in paires)
    changement = (f" La citation altérée change le sens : {changes} ; le texte réel est « {reelle} »"
                  if paires and len(reelle.split()) == len(ecrite.split()) else
                  f" La citation altérée change le sens ; le texte réel est « {reelle} »")
lecture(
    f"{accorder(retrouvees, 'citation retrouvée', 'citations retrouvées')} mot pour mot ou presque ; "
    + (f"{len(sous_le_seuil)} sous le seuil de {format_nombre(audit.reglages['seuil_citation'], 0)} "
       f"(ressemblance {', '.join(format_nombre(x, 0) for x in sous_le_seuil)} sur 100)." if len(sous_le_seuil)
       else f"aucune sous le seuil de {format_nombre(audit.reglages['seuil_citation'], 0)}.")
    + (f"{changement}{'' if reelle.endswith(('.', '!', '?', '…')) else '.'} Un mot ou deux suffisent à faire "
       "dire à une personne l'inverse de ce qu'elle a écrit, et la ressemblance reste haute : c'est pourquoi le "
       "seuil est si proche de 100." if len(alteree) else "")
)

# %% [markdown]
# ### 📝 Exercice 4.1 — Retrouver une citation (2 points)
#
# Complétez `citation_retrouvee(citation, textes)` : `textes` est la liste des contributions
# **déjà normalisées** (`materiau.textes_normalises`). Renvoyez `True` si une contribution
# contient la citation normalisée avec un score `fuzz.partial_ratio` d'**au moins 97** (97
# compris), `False` sinon. `process.extractOne(…, scorer=fuzz.partial_ratio)` donne la meilleure
# (texte, score, position). Le test la rejoue sur les citations d'une autre synthèse.

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : meilleure = process.extractOne(normaliser(citation), textes, scorer=fuzz.partial_ratio) ; return bool(…)
def citation_retrouvee(citation, textes):
    """Vrai si une contribution (normalisée) contient la citation à 97 sur 100 au moins."""
    ### BEGIN SOLUTION
    meilleure = process.extractOne(normaliser(citation), textes, scorer=fuzz.partial_ratio)
    return bool(meilleure is not None and meilleure[1] >= 97)
    ### END SOLUTION


premiere_citation = materiau.phrases.loc[materiau.phrases["citable"], "phrase"].iloc[0]
print(f"Essai : « {premiere_citation} » →", citation_retrouvee(premiere_citation, materiau.textes_normalises))


# %% [markdown]
# <details><summary>Indice</summary>
#
# `meilleure = process.extractOne(normaliser(citation), textes, scorer=fuzz.partial_ratio)` ;
# `meilleure[1]` est le score (`meilleure[2]` est la position du texte dans la liste). Renvoyez
# `bool(meilleure[1] >= 97)`. Ne comparez pas avec
# `citation in texte` : une majuscule ou une apostrophe différente suffirait à la manquer.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex4_1(citation_retrouvee, synthese, materiau)
### BEGIN HIDDEN TESTS
from civiclabs.audit import generer_synthese

_s = generer_synthese(materiau, "prestataire", GRAINE + 4049)
for _c, _reelle in lab06._citations_du_corrige(_s):
    assert citation_retrouvee(_c, list(materiau.textes_normalises)) == _reelle, "Sur une synthèse fraîche, une citation est mal jugée."
for _c, _reelle, _sorte, _score in lab06._citations_de_bord(materiau):
    assert citation_retrouvee(_c, list(materiau.textes_normalises)) == _reelle, f"Une citation d'essai ({_score:.0f} sur 100) est mal jugée : le seuil est « au moins 97 »."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 5. Ce que la synthèse ne dit pas
#
# Une omission ne se voit pas en lisant : il faut partir de **tout ce qui a été reçu**. La
# chaîne du Lab 03 range chaque contribution une fois (sa **comptabilité**). L'audit part des
# thèmes de référence de la consultation (ceux que le Lab 03 retrouve avec la NMF), de ses
# canaux et de ses quartiers, et cherche ceux que la synthèse ne nomme ni ne cite.

# %%
resultat_lab03 = synthetiser_consultation(consultation, nb_themes=12, graine=2030)
comptes = comptabilite(resultat_lab03["synthese"], consultation)
display(comptes)
display(audit.omissions)
a_part = comptes.loc[~comptes["place"].isin(["thèmes", "Total"]), "contributions"].sum()
campagne_reperee = int(comptes.loc[comptes["place"] == "campagnes coordonnées", "contributions"].sum())
accords_reperes = int(comptes.loc[comptes["place"] == "accords courts", "contributions"].sum())
lecture(
    f"la comptabilité du Lab 03 range {format_nombre(comptes['contributions'].iloc[-1])} contributions, dont "
    f"{format_nombre(a_part)} hors des thèmes (campagnes, pétition, accords courts, à relire) : une synthèse "
    f"honnête dit ce qu'elle en fait. La colonne « campagne » des données marque "
    f"{format_nombre(materiau.verite.campagne['contributions'])} contributions de la campagne ; la chaîne du "
    f"Lab 03, qui la repère à la ressemblance des textes, en range {format_nombre(campagne_reperee)} : les "
    f"{format_nombre(materiau.verite.campagne['contributions'] - campagne_reperee)} autres, trop retouchées, sont "
    f"rangées ailleurs. De même, {format_nombre(accords_reperes)} accords courts repérés sur "
    f"{format_nombre(materiau.verite.accords)}. La synthèse détaillée et l'audit emploient les chiffres des "
    "données ; ceux du Lab 03 sont ceux d'une méthode, avec ses erreurs."
)
print("Quartiers jamais cités :", ", ".join(audit.informations["quartiers jamais cités"]) or "aucun")

# %%
verite = materiau.verite
voix_par_theme = verite.themes["voix"].sort_values()
omis = set(audit.omissions.loc[audit.omissions["type"].str.startswith("thème"), "cible"])
couleurs = [PALETTE[5] if t in omis else PALETTE[0] for t in voix_par_theme.index]
fig, ax = plt.subplots(figsize=(8, 5))
ax.barh(voix_par_theme.index, voix_par_theme.to_numpy(), color=couleurs)
ax.set_title("Personnes par thème ; en vermillon, les thèmes que la synthèse omet")
ax.set_xlabel("Nombre de personnes (voix)")
ax.set_ylabel("Thème")
plt.show()
voix_omises = int(verite.themes.loc[list(omis), "voix"].sum()) if omis else 0
minoritaires_omis = [t for t in verite.minoritaires if t in omis]
plantes = set(synthese.defauts.loc[synthese.defauts["type"].str.startswith("thème"), "cible"])
manques = sorted(plantes - omis)
# pour chaque thème, la première affirmation qui le nomme selon sujets (ce que fera l'exercice 5.1)
nomme_par = {}
for phrase in affirmations["texte"]:
    for sorte, nom in sujets(phrase, materiau):
        if sorte == "thème":
            nomme_par.setdefault(nom, phrase)
couverts_par_preuves = audit.informations["thèmes couverts par des preuves"]


def _pourquoi_couvert(theme):
    """Pourquoi l'audit tient ce thème pour couvert : une affirmation le nomme, ou des preuves en parlent."""
    if theme in nomme_par:
        mots = mots_qui_nomment(nomme_par[theme], theme, materiau)
        return (f"l'affirmation « {nomme_par[theme]} » le nomme pour la méthode"
                + (f", à cause du mot « {mots[0]} »" if mots else ""))
    return (f"aucune affirmation ne le nomme, mais les preuves de l'idée n° {couverts_par_preuves[theme]} en "
            "parlent, et l'audit le tient pour couvert")


non_nommes = [t for t in verite.themes.index if t not in nomme_par]
en_plus = [t for t in non_nommes if t not in omis]
lecture(
    f"l'audit trouve {accorder(len(omis), 'thème omis', 'thèmes omis')}, portés par "
    f"{accorder(voix_omises, 'personne')}, dont {len(minoritaires_omis)} des {len(verite.minoritaires)} thèmes "
    "minoritaires."
    + "".join(f" Le corrigé en compte {len(plantes)} : « {t} » lui échappe, car {_pourquoi_couvert(t)} (la "
              "reconnaissance par les mots se trompe aussi)." for t in manques[:1])
    + (f" L'exercice 5.1 cherche les thèmes qu'aucune affirmation ne nomme : il en trouvera {len(non_nommes)}, "
       f"dont « {en_plus[0]} », que l'audit ne compte pas : {_pourquoi_couvert(en_plus[0])}." if en_plus else "")
    + " Un thème rare n'a pas besoin d'être omis exprès pour disparaître : une phrase de moins suffit."
)

# %% [markdown]
# ### 📝 Exercice 5.1 — Les thèmes absents (2 points)
#
# Une synthèse écrite par un assistant ne recopie pas les noms des thèmes : elle parle de « la
# ZFE », « des piétons ». Chercher le nom exact dans le texte dirait presque tout « absent ».
# Complétez `themes_absents(texte, materiau)` : elle renvoie la **liste** des thèmes de la
# consultation (`materiau.verite.themes.index`) qu'**aucune** affirmation du texte ne nomme,
# selon `sujets(phrase, materiau)` (qui renvoie des paires `(sorte, nom)`, par exemple
# `("thème", "Tarifs et abonnements")`). Le test la rejoue sur d'autres synthèses. L'audit du
# cours (`auditer(…).omissions`) ne sert pas de réponse : il répond à une autre question (il
# tient aussi pour couvert un thème dont parlent les preuves d'une idée étayée, même si aucune
# affirmation ne le nomme).

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : nommes = set() ; pour chaque phrase de decouper_affirmations(texte)["texte"], ajoutez les noms
#          des sujets de sorte "thème" ; return [t for t in … if t not in nommes]
def themes_absents(texte, materiau):
    """Les thèmes de la consultation qu'aucune affirmation du texte ne nomme."""
    ### BEGIN SOLUTION
    nommes = set()
    for phrase in decouper_affirmations(texte)["texte"]:
        nommes |= {nom for sorte, nom in sujets(phrase, materiau) if sorte == "thème"}
    return [t for t in materiau.verite.themes.index if t not in nommes]
    ### END SOLUTION


print("Essai sur la synthèse du cours :", themes_absents(synthese.texte, materiau))


# %% [markdown]
# <details><summary>Indice</summary>
#
# `for phrase in decouper_affirmations(texte)["texte"]:` parcourt les affirmations ;
# `for sorte, nom in sujets(phrase, materiau):` parcourt leurs sujets ; gardez `nom` quand
# `sorte == "thème"` dans un ensemble `nommes` (`nommes.add(nom)`). Puis une liste en
# compréhension : `[t for t in materiau.verite.themes.index if t not in nommes]`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex5_1(themes_absents, synthese, materiau)
### BEGIN HIDDEN TESTS
from civiclabs.audit import generer_synthese

_s = generer_synthese(materiau, "prestataire", GRAINE + 5003)
assert sorted(themes_absents(_s.texte, materiau)) == sorted(lab06._themes_absents(_s.texte, materiau)), "Sur une synthèse fraîche, les thèmes absents ne correspondent pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 6. La grille d'audit, et l'audit mesuré
#
# La grille, pour un·e élu·e : un résumé en tête, une légende des verdicts, une ligne par
# affirmation, puis les omissions. Lisez la légende : « étayée » veut dire « des contributions
# emploient ces mots », pas « c'est vrai » ; un « chiffre faux » ne correspond à aucun calcul
# sur les données, un « chiffre invérifiable » porte sur ce que la consultation ne mesure pas ;
# « trompe sur les personnes » : vrai en contributions, faux en personnes. Tout ce que les gens
# ont écrit y est **échappé** : affiché comme du texte, signe par signe ; une balise HTML qu'une
# personne aurait écrite (`<script>`, `<b>`) s'affiche telle quelle au lieu de s'exécuter. Un
# texte ne peut pas se faire passer pour du code de la page.

# %%
display(HTML(audit.tableau_html()))

# %% [markdown]
# ### 🎛️ Comparer les variantes
#
# La même consultation, trois synthèses : la requête courte, la requête détaillée (qui exige
# couverture, voix et citations), l'outil d'un prestataire. Choisissez une variante.

# %%
explorer_variantes(syntheses, materiau, audits);

# %% [markdown]
# *Sans le widget* : créez une cellule et écrivez
# `display(HTML(auditer(syntheses["prestataire"], materiau).tableau_html()))`.

# %%
verdicts = pd.DataFrame({VARIANTES[v]: a.resume() for v, a in audits.items()}).T
verdicts = verdicts.loc[:, verdicts.sum() > 0]
couleurs_verdicts = [PALETTE[i % len(PALETTE)] for i in (2, 1, 5, 6, 3, 7, 0, 4)][: verdicts.shape[1]]
ax = verdicts.plot.barh(stacked=True, color=couleurs_verdicts, figsize=(9, 3.5))
ax.set_title("Verdicts de la grille, par variante")
ax.set_xlabel("Nombre d'affirmations")
ax.set_ylabel("Variante")
ax.legend(title="Verdict", bbox_to_anchor=(1.0, 1.0), loc="upper left", fontsize=8)
plt.show()
alertes_par_variante = {v: int(a.grille["verdict"].isin(ALERTES).sum()) for v, a in audits.items()}
lecture(
    " ; ".join(f"« {VARIANTES[v]} » : {accorder(n, 'alerte')} et {accorder(len(audits[v].omissions), 'omission')}"
               for v, n in alertes_par_variante.items())
    + ". Attention : ces trois synthèses sortent du générateur du cours, pas d'un vrai assistant. Le générateur "
    "plante moins de défauts quand la requête est détaillée parce que le cours l'a réglé ainsi : ces chiffres "
    "montrent comment l'audit compare des variantes, ils ne mesurent pas l'effet d'une requête sur un vrai "
    "assistant. Une requête précise ne supprime pas tous les défauts, elle les rend vérifiables."
)

# %% [markdown]
# **L'audit se mesure lui aussi.** Le corrigé du générateur dit quels défauts ont été plantés :
# on compte ceux que l'audit a trouvés (le **rappel**) et ses **fausses alertes** (une
# affirmation sans défaut signalée, une omission qui n'en est pas une).

# %%
mesure = mesurer(synthese, audit)
display(mesure["defauts"][["type", "cible", "trouve"]])
par_type = []
for v, s in syntheses.items():
    m = mesurer(s, audits[v])
    par_type.append(m["defauts"].assign(variante=v))
par_type = pd.concat(par_type).groupby("type")["trouve"].agg(["size", "sum"])
fig, ax = plt.subplots(figsize=(8, 4.5))
ax.barh(par_type.index, par_type["size"], color=PALETTE[4], label="plantés")
ax.barh(par_type.index, par_type["sum"], color=PALETTE[0], height=0.5, label="trouvés par l'audit")
ax.set_title("Défauts plantés et trouvés, trois variantes")
ax.set_xlabel("Nombre de défauts")
ax.set_ylabel("Sorte de défaut")
ax.legend()
plt.show()
fausses_des_trois = pd.concat([mesurer(s, audits[v])["fausses_alertes"] for v, s in syntheses.items()])
fausses = len(fausses_des_trois)
affirmations_des_trois = sum(len(a.grille) for a in audits.values())
# ce que sont ces fausses alertes, par verdict
sortes_de_fausses = {
    "non étayée": ("idée juste, reformulée, que les mots ne retrouvent pas",
                   "idées justes, reformulées, que les mots ne retrouvent pas"),
    "chiffre invérifiable": ("chiffre juste dont la méthode ne reconnaît pas le sujet",
                             "chiffres justes dont la méthode ne reconnaît pas le sujet"),
}
details = [accorder(n, *sortes_de_fausses.get(verdict, (f"« {verdict} » à tort", f"« {verdict} » à tort")))
           for verdict, n in fausses_des_trois["verdict"].value_counts().items()]
lecture(f"{int(par_type['sum'].sum())} défauts trouvés sur {int(par_type['size'].sum())} plantés dans ces trois "
        f"synthèses, et {accorder(fausses, 'fausse alerte', 'fausses alertes')} sur {affirmations_des_trois} "
        "affirmations" + (f" ({' ; '.join(details)})" if details else "") + ". Sur 20 graines, la suite de tests du "
        "cours exige au moins 90 % de défauts trouvés et au plus une fausse alerte pour 10 affirmations.")

# %% [markdown]
# ### 📝 Exercice 6.1 — Mesurer l'audit (2 points)
#
# Complétez `rappel_et_fausses(mesure)` : elle reçoit une mesure (comme `mesure` ci-dessus)
# et renvoie deux nombres : le **rappel** (la part des défauts plantés que l'audit a trouvés,
# colonne `trouve` de `mesure["defauts"]`) et le nombre de **fausses alertes pour 10
# affirmations** (`mesure["fausses_alertes"]` en a une ligne par fausse alerte ;
# `mesure["affirmations"]` est le nombre d'affirmations). Le test la rejoue sur des audits
# réglés autrement (dont un seuil de 1,01 : au-dessus de tout score possible, chaque idée y
# devient une alerte).

# %% nbgrader={"grade": false, "grade_id": "ex6_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle : return …["trouve"].mean(), 10 * len(…) / …
def rappel_et_fausses(mesure):
    """Le rappel de l'audit (entre 0 et 1) et ses fausses alertes pour 10 affirmations."""
    ### BEGIN SOLUTION
    rappel = float(mesure["defauts"]["trouve"].mean())
    return rappel, 10 * len(mesure["fausses_alertes"]) / mesure["affirmations"]
    ### END SOLUTION


rappel_essai, fausses_essai = rappel_et_fausses(mesure)
print(f"Essai sur la synthèse du cours : rappel {format_pourcentage(rappel_essai)}, "
      f"{accorder(fausses_essai, 'fausse alerte', 'fausses alertes', decimales=2)} pour 10 affirmations")


# %% [markdown]
# <details><summary>Indice</summary>
#
# `mesure["defauts"]["trouve"].mean()` est la part des vrais ; `len(mesure["fausses_alertes"])`
# le nombre de fausses alertes. Renvoyez les deux, séparés par une virgule :
# `return rappel, fausses_pour_10`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex6_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex6_1(rappel_et_fausses, mesure, materiau)
### BEGIN HIDDEN TESTS
from civiclabs.audit import auditer, generer_synthese, mesurer

_s = generer_synthese(materiau, "prestataire", GRAINE + 6007)
_m = mesurer(_s, auditer(_s, materiau, seuil_etayage=0.9))
_r, _f = rappel_et_fausses(_m)
assert abs(_r - _m["defauts"]["trouve"].mean()) < 1e-9 and abs(_f - 10 * len(_m["fausses_alertes"]) / _m["affirmations"]) < 1e-9, "Sur un audit frais, la mesure ne correspond pas."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 7. Demander mieux : une requête comme spécification
#
# Une requête n'est pas une formule magique : c'est un **cahier des charges**, dont chaque
# exigence se vérifie avec la grille. Voici la requête détaillée du cours, puis ce que chaque
# variante a tenu.

# %%
print(REQUETES["detaillee"])
exigences = pd.DataFrame({VARIANTES[v]: verifier_exigences(s, audits[v]).set_index("exigence")["tenue"]
                          for v, s in syntheses.items()})
display(exigences.replace({True: "tenue", False: "non tenue"}))
tenues = exigences.sum()
lecture(" ; ".join(f"« {v} » tient {accorder(int(n), 'exigence')} sur {len(exigences)}" for v, n in tenues.items())
        + ". Ces synthèses viennent du générateur du cours, pas d'un vrai assistant : il simule une requête "
        "détaillée en plantant moins de défauts. Ce qu'on retient vaut pour toute synthèse : même bien demandée, "
        "elle se vérifie, exigence par exigence.")

# %% [markdown]
# ### 📝 Exercice 7.1 — Votre requête (2 points)
#
# Écrivez dans `ma_requete` (un texte d'au moins 30 mots) la requête que vous enverriez à un
# assistant ou à un prestataire. Elle doit exiger : de **citer les identifiants** des
# contributions ; de compter les **personnes** (voix), pas les copies ; de dire ce qui a été
# **mis à part** ; de garder les thèmes **minoritaires** ; de citer **mot pour mot**. Une
# exigence par phrase, avec un verbe qui dit quoi faire : une liste de mots-clés n'est pas une
# requête, et une phrase qui demande le contraire (« ne cite pas… ») est lue comme telle. Une
# consigne qui contredit une exigence (« invente des chiffres », « résume en trois lignes ») est
# refusée, comme la requête détaillée du cours recopiée : écrivez la vôtre.

# %% nbgrader={"grade": false, "grade_id": "ex7_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
ma_requete = None
### BEGIN SOLUTION
ma_requete = (
    "Rédige une synthèse de la consultation pour le conseil. Chaque affirmation cite les identifiants des "
    "contributions qui l'étayent. Compte les personnes, pas les copies : signale les campagnes et pétitions à part. "
    "Dis ce qui a été mis à part et combien. Garde tous les thèmes, y compris les minoritaires. Cite mot pour mot, "
    "sans reformuler. N'ajoute aucun chiffre qui ne vienne pas des données."
)
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Une exigence par phrase, chacune avec un verbe qui dit quoi faire : « Cite les
# identifiants… », « Compte les personnes, pas les copies… », « Dis ce qui a été mis à
# part… », « Garde les thèmes minoritaires… », « Cite mot pour mot… ». Vos mots à vous
# conviennent (« Compte les habitant·es distinct·es… », « N'oublie aucun sujet… ») ; une phrase
# à la forme négative (« Ne cite pas… ») demande le contraire. Le texte va entre guillemets,
# sur plusieurs lignes entre parenthèses si besoin.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab06

message = lab06.verifier_ex7_1(ma_requete)
### BEGIN HIDDEN TESTS
assert len(ma_requete.split()) >= 30, "La requête est trop courte."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 8. Ce que l'audit ne voit pas, et ce que disent les cas documentés
#
# - **Les mots ne sont pas le sens.** BM25 et `rapidfuzz` comparent des mots et des lettres :
#   une négation, une position inversée, une ironie passent (section 2 : le tram-train
#   « inutile »). Ici, les positions sont vérifiées par un calcul sur la colonne `position`,
#   que vous avez appris à établir au Lab 03 ; sur un vrai corpus, une personne **lit les
#   preuves** côte à côte.
# - **Face à un vrai assistant, les fausses alertes augmentent.** Les synthèses de ce lab
#   reformulent déjà, et le seuil de 0,6 signale des idées justes (section 2). Un assistant
#   réel reformule plus librement encore. Le texte ci-dessous a été écrit par le cours, à la
#   main, comme le ferait un assistant plus libre : chaque phrase y est **juste** (elle résume
#   des contributions de la consultation).

# %%
texte_libre = """## Synthèse (rédaction libre)

Des habitant·es réclament une liaison ferroviaire vers la seconde ceinture de la métropole.
Beaucoup se plaignent de rames pleines à craquer le matin et le soir.
Côté vélo, on réclame des itinéraires protégés du trafic pour que les familles s'y mettent.
Les piéton·nes veulent des trottoirs dégagés, sans poubelles ni engins garés dessus.
Pour la ZFE, il faut un coup de pouce financier aux foyers modestes qui doivent remplacer leur véhicule.
Les habitant·es des quartiers excentrés se sentent oublié·es par le réseau.
"""
audit_libre = auditer(texte_libre, materiau)
display(audit_libre.grille[["affirmation", "verdict", "etayage"]])
libres_non_etayees = int((audit_libre.grille["verdict"] == "non étayée").sum())
lecture(
    f"{libres_non_etayees} phrases justes sur {len(audit_libre.grille)} sont « non étayées » au seuil de 0,6 : "
    f"plus l'assistant reformule, plus les fausses alertes montent (contre {justes_sous_le_seuil} sur "
    f"{len(justes)} dans les synthèses du générateur). Le seuil ne se règle pas une fois pour toutes : sur une "
    "vraie synthèse, on lit les preuves de chaque alerte."
)

# %% [markdown]
# - **Lire un échantillon, et estimer le rappel sans corrigé.** Sur une vraie synthèse, il n'y
#   a pas de corrigé. Procédure simple : tirez au hasard une dizaine d'affirmations
#   « étayées » (par exemple `audit.grille[audit.grille["verdict"] == "étayée"].sample(10,
#   random_state=1)`) et lisez leurs preuves ; lisez **toutes** les alertes. Les erreurs
#   trouvées parmi les « étayées » lues donnent une idée de ce que la méthode laisse passer ;
#   les alertes qui n'en étaient pas, de ce qu'elle coûte. C'est aussi ce qu'on peut demander
#   à un prestataire : la même lecture, documentée, sur un échantillon tiré au hasard.
# - **L'audit est taillé pour ce générateur.** Ses défauts plantés sont ceux qu'il sait
#   chercher ; sur la synthèse d'un vrai assistant, d'autres défauts existent (nuance
#   effacée, ordre des priorités, ton), et le rappel mesuré ici serait plus bas.
# - **Les cas documentés.** En 2024, l'autorité australienne des marchés financiers (ASIC) a
#   fait résumer par un modèle de langue (Llama 2, 70 milliards de paramètres, un modèle de
#   2023) cinq contributions écrites à une enquête parlementaire, et par son personnel : des
#   évaluateur·rices qui ne savaient pas qui avait écrit quoi ont donné aux résumés de l'IA
#   47 % de la note (7 points sur 15) contre 81 % (12,2 sur 15) à ceux du personnel. C'est un
#   essai de faisabilité, sur cinq documents seulement, avec un modèle déjà dépassé : il ne dit
#   pas ce que feraient les modèles d'aujourd'hui, mais il montre qu'un tel essai se fait et se
#   mesure (compte rendu : Ars Technica, septembre 2024,
#   <https://arstechnica.com/ai/2024/09/australian-government-trial-finds-ai-is-much-worse-than-humans-at-summarizing/>).
#   Dans FActScore (2023), seuls 58 % des faits atomiques des biographies écrites par un
#   assistant conversationnel étaient étayés. Et, sur des tâches de questions-réponses, les
#   modèles utilisent moins bien le **milieu** d'une longue entrée que son début et sa fin
#   (« Lost in the Middle », 2023) : rien ne garantit que cela vaut pour une synthèse de
#   contributions rangées par ordre d'arrivée, mais cela coûte peu de le vérifier (section 5).

# %% [markdown]
# ## 9. Réflexions
#
# ### 💬 Question de réflexion 1 (3 points, corrigée par l'équipe pédagogique)
#
# Que demanderiez-vous, par écrit, à un **prestataire** qui propose de synthétiser vos
# consultations avec un outil d'IA ? Donnez au moins trois exigences vérifiables, et pour
# chacune ce que ce lab montre du risque. (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : au moins trois exigences vérifiables : traçabilité (identifiants cités pour
#   chaque affirmation), comptabilité de ce qui a été mis à part (campagnes, pétitions, accords
#   courts, textes écartés, avec leur nombre), voix et non copies, couverture de tous les thèmes
#   y compris minoritaires et de tous les canaux (registres papier), citations mot pour mot,
#   aucun chiffre sans calcul.
# - **1 point** : chaque exigence reliée à un résultat du lab : « nette majorité » venue d'une
#   campagne, thèmes minoritaires omis, canal papier ignoré, citation altérée, chiffre faux.
# - **1 point** : le contrôle : droit d'audit, jeu d'essai avec corrigé (comme le générateur du
#   cours), mesure publiée du rappel et des fausses alertes, réversibilité (les données restent à
#   la collectivité).
#
# *Exemple de réponse complète* : j'exige que chaque phrase cite les contributions qui
# l'étayent, car l'audit a trouvé des idées que personne n'avait écrites ; que l'outil compte
# les personnes et non les copies, car la « nette majorité » contre la ZFE n'était qu'une
# majorité de copies d'une campagne ; qu'il livre la comptabilité de tout ce qu'il a reçu, par
# canal, car la synthèse courte avait ignoré les registres papier ; que les citations soient
# exactes. Je teste l'outil sur un jeu dont je connais le corrigé avant de signer, et je garde
# un droit d'audit.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 2 (3 points, corrigée par l'équipe pédagogique)
#
# Faut-il **publier** une synthèse écrite par une IA ? Si oui, à quelles conditions et avec
# quelle mention ; si non, pourquoi. (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_2", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : une position argumentée (publier après audit, ou ne pas publier le texte brut).
# - **1 point** : des conditions : audit avec la grille, corrections faites, omissions
#   réparées, méthode publiée (ce qui a été mis à part, comment les voix sont comptées).
# - **1 point** : une mention honnête et lisible : « rédigé avec l'aide d'un outil
#   automatique, vérifié par [service] ; chaque affirmation renvoie aux contributions », et un
#   contact pour signaler une erreur.
#
# *Exemple de réponse complète* : pas le texte brut : la version courte contenait des chiffres
# faux et une majorité de copies. Après audit et correction, oui, avec la mention « synthèse
# préparée avec un outil automatique, vérifiée par la mission participation » et un lien vers
# la grille d'audit et la comptabilité des contributions, pour que chacun·e retrouve la sienne.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 3 (3 points, corrigée par l'équipe pédagogique)
#
# Si une synthèse erronée influence une décision du conseil, **qui en répond** ? Le
# prestataire, l'outil, l'agent·e qui l'a transmise, l'élu·e ? Justifiez. (8 à 12 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_3", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : la responsabilité reste humaine et publique : la collectivité (et la
#   personne qui signe la synthèse) répond de ce qu'elle transmet ; un outil ne répond de rien.
# - **1 point** : la part du prestataire est contractuelle (exigences, mesure, audit) et ne
#   remplace pas le contrôle de la collectivité.
# - **1 point** : ce qui rend la responsabilité exerçable : une personne nommée valide, la grille
#   d'audit est gardée, les habitant·es peuvent contester (traçabilité).
#
# *Exemple de réponse complète* : la collectivité répond : c'est elle qui a consulté et qui
# décide. La personne qui transmet la synthèse la signe après l'avoir auditée ; le prestataire
# répond de ce que son contrat promet (citer, compter les voix, tout couvrir), d'où des
# exigences vérifiables. L'outil, lui, ne répond de rien. La grille d'audit, gardée avec la
# synthèse, permet à chacun·e de vérifier et de contester.
# ### END SOLUTION

# %% [markdown]
# ## Récapitulatif
#
# - Une synthèse s'audite **affirmation par affirmation** : les preuves (BM25) côte à côte,
#   chaque **chiffre recalculé** en contributions et en voix, chaque **citation retrouvée**.
# - Une « majorité » de **copies** n'est pas une majorité de **personnes**.
# - Les **omissions** se cherchent en partant de tout ce qui a été reçu : thèmes minoritaires,
#   canaux (registres papier), milieu de l'entrée.
# - L'appariement de mots ne lit ni négation ni position inversée : une personne lit les preuves.
# - Le seuil d'étayage a un coût : une idée juste, reformulée par l'assistant, tombe sous le
#   seuil (fausse alerte) ; plus la reformulation est libre, plus il y en a. « Étayée » veut
#   dire « ces mots se retrouvent », pas « c'est vrai ».
# - L'audit se **mesure** (rappel, fausses alertes) sur des synthèses dont on connaît le corrigé.
# - Une requête précise est une **spécification** : chaque exigence se vérifie avec la grille.
#
# ## Pour aller plus loin
#
# - Essayez la grille sur une vraie synthèse : collez son texte dans une cellule
#   (`texte = """…"""`) puis `auditer(texte, materiau)`. Les chiffres et citations se
#   vérifient de même ; les thèmes sont reconnus par leur nom ou par les mots-clés tirés des
#   contributions (`from civiclabs.audit.methode import mots_cles_des_themes`), les positions
#   (« une majorité soutient la ZFE ») recalculées en voix. Attendez-vous à plus de fausses
#   alertes qu'ici (section 8) : lisez les preuves.
# - Exercice libre : changez le seuil de citation (`auditer(synthese, materiau, seuil_citation=90)`) ;
#   quelles citations altérées passent ?
# - FActScore (Min et al., 2023) : <https://arxiv.org/abs/2305.14251>.
# - « Lost in the Middle » (Liu et al., 2023) : <https://arxiv.org/abs/2307.03172>.
# - La documentation de `bm25s` : <https://github.com/xhluca/bm25s> ; de `rapidfuzz` :
#   <https://rapidfuzz.github.io/RapidFuzz/>.
#
# **Lab suivant** : c'est le dernier lab du parcours ; revenez au Lab 03 pour construire la
# synthèse traçable que cet audit aurait voulu lire.
