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
# # Lab 05 — Tirer au sort un panel représentatif
#
# **Ce que vous saurez faire à la fin de ce lab**
# - expliquer le tirage en deux temps (invitations au hasard, puis tirage parmi les volontaires)
#   et mesurer pourquoi un tirage simple parmi les volontaires n'est pas représentatif ;
# - écrire des quotas à partir de la population, puis tirer un panel qui les respecte avec le
#   paquet `sortition-algorithms` ;
# - comparer trois méthodes (la méthode gloutonne historique, maximin, Nash) par la chance de
#   chaque personne d'être tirée : la plus petite chance et le coefficient de Gini des chances ;
# - remplacer une personne qui se désiste sans casser les quotas ;
# - organiser un tirage que n'importe qui peut vérifier, et protéger le fichier des volontaires.
#
# **Prérequis** : le Lab 00 (pandas : filtrer, compter, `value_counts`). Aucune connaissance
# en optimisation n'est nécessaire.
#
# **Durée estimée** : 3 h 30 à 4 h 30 (mesurée par deux essais avec des personnes débutantes :
# environ 4 h 30 pour le premier, dont près d'une heure pour les trois questions de réflexion ;
# 3 h 51 estimées pour le second, entre 2 h 33 et 5 h 17 selon l'aisance). Vous pouvez vous
# arrêter à la fin d'une section et reprendre plus tard : relancez alors les cellules du début.
#
# **La situation.** *Méridanne Métropole* réunit un **panel citoyen** sur la zone à faibles
# émissions (ZFE). Le service de la participation a envoyé **10 000 lettres** à des adresses
# tirées au hasard ; des habitant·es ont répondu qu'elles et ils étaient volontaires. Il faut
# maintenant tirer au sort, parmi ces volontaires, un panel qui ressemble à la population :
# femmes et hommes, tranches d'âge, quartiers prioritaires, niveaux de diplôme, chacun dans sa
# proportion de la population (la section 3 en fait des quotas). Les élu·es demandent aussi que
# le tirage soit **équitable** envers les volontaires et **vérifiable** par tout le monde. Ce n'est pas un problème d'intelligence
# artificielle mais d'algorithme : des professionnel·les le décrivent comme « un tirage au sort
# pondéré et multicritères », et c'est ce que ce lab construit, pas à pas. Toutes les personnes
# sont fictives.
#
# ### Si une cellule affiche une erreur
#
# | Message | Ce que cela veut dire | Que faire |
# |---|---|---|
# | `NameError: name 'vivier' is not defined` (ou `'lab05'`, `'parts'`, `'tirage_maximin'`…) | trois causes possibles : une cellule du dessus n'a pas été exécutée, ou le noyau a redémarré (toutes les variables sont alors effacées) ; ou, dans une fonction, un nom qui n'y existe pas (`tableau` dans une fonction dont les paramètres s'appellent `vivier`, `taille`, `graine`) ; ou des guillemets oubliés autour d'un nom de colonne (`vivier[identifiant]` au lieu de `vivier["identifiant"]`) | une variable du lab : menu **Exécuter → Exécuter toutes les cellules au-dessus**, puis relancez votre cellule ; dans une fonction, n'utilisez que les noms de sa ligne `def` ; un nom de colonne s'écrit entre guillemets |
# | `NotImplementedError` | l'exercice n'est pas encore fait | remplacez la ligne `raise NotImplementedError()` par votre réponse |
# | `ReponseIncorrecte: …` | un test du cours : la réponse ne convient pas | lisez le message et la piste 👉 |
# | `ErreurTirage: …` | le tirage est impossible (quotas, graine, colonnes) | le message dit quoi changer |
# | `KeyError: '…'` | cette colonne n'existe pas | vérifiez l'orthographe exacte (accents, tiret bas) |
# | `ValueError: The truth value of a Series is ambiguous` | `and`, `or` ou `not` entre des colonnes de vrai/faux | écrivez `&` (et), `\|` (ou), `~` (non), avec des parenthèses autour de chaque comparaison : `garder & (vivier[critere] == personne[critere])` |
#
# Les cellules suivantes fixent les paramètres du lab, chargent les données et lancent un des
# calculs (la méthode de Nash de la section 4, une quinzaine de secondes) en arrière-plan :
# l'ordinateur a au moins deux cœurs (deux unités de calcul), et le cours fait travailler le
# second dans un **processus** à part (un second programme Python) pendant que vous avancez
# avec le premier. Si vous exécutez tout le notebook d'un coup (« Exécuter tout »), la cellule
# de la section 4 qui en a besoin attendra qu'il ait fini : comptez alors jusqu'à une
# demi-minute d'attente à cet endroit, davantage sur une machine chargée.

# %%
# %xmode Minimal

# %% tags=["parameters"]
# Paramètres du lab : vous pouvez les modifier, puis relancer les cellules suivantes
GRAINE = 2050  # graine des tirages au hasard : la même graine donne les mêmes résultats
TAILLE_VIVIER = 100  # nombre de volontaires parmi lesquel·les on tire (voir section 3)
TAILLE_PANEL = 10  # nombre de places dans le panel
TIRAGES_LEGACY = 400  # nombre de tirages pour estimer les chances de la méthode historique
# La valeur publique annoncée avant le tirage (numéros inventés pour le lab, voir section 6)
VALEUR_PUBLIQUE = "Loto du samedi 9 janvier 2027 : 7 13 21 34 45, numéro chance 4"

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

from matplotlib.patches import Patch

from civiclabs import (
    PALETTE,
    appliquer_style,
    bravo,
    charger_population,
    charger_volontaires,
    format_nombre,
    format_pourcentage,
    lecture,
)
from civiclabs.corpus.volontaires import destinataires_et_reponses
from civiclabs.exercices import lab05
from civiclabs.tirage import (
    CRITERES,
    candidats_remplacement,
    chances_legacy,
    composition_attendue,
    curseur_graine,
    curseur_quotas,
    ecarts_aux_quotas,
    empreinte,
    graine_depuis_valeur_publique,
    journal_json,
    lancer_en_arriere_plan,
    panel_depuis_loterie,
    parts_meridanne,
    quotas_depuis_parts,
    quotas_respectes_par_panel,
    rejouer,
    remplacer,
    sous_vivier,
    tirage_sans_graine,
    tirage_verifiable,
    tirer,
)

appliquer_style()
# Les noms des critères, tels qu'on les écrit dans les graphiques et les tableaux
LIBELLES = {"genre": "genre", "tranche_age": "tranche d'âge", "quartier_prioritaire": "quartier prioritaire",
            "diplome": "diplôme"}
volontaires = charger_volontaires()
population = charger_population()
vivier = sous_vivier(volontaires, TAILLE_VIVIER, GRAINE)
parts_pop = parts_meridanne(population)
quotas = quotas_depuis_parts(parts_pop, TAILLE_PANEL)
calculs = lancer_en_arriere_plan(vivier, quotas, TAILLE_PANEL, ["nash"], graine=GRAINE)
volontaires.head()

# %% [markdown]
# ## 1. Le tirage en deux temps
#
# Un panel citoyen se tire en **deux temps**. D'abord, on invite au hasard : des lettres à des
# adresses tirées au sort (ou, pour la Convention citoyenne pour le climat, des appels à des
# numéros de téléphone générés au hasard). Tout le monde a la même chance d'être **invité·e**.
# Ensuite, on tire le panel parmi les personnes qui ont **répondu**. Or on ne répond pas au
# hasard : dans les viviers réels comme dans celui-ci, les personnes de 60 à 74 ans, les
# diplômé·es du supérieur et les propriétaires répondent plus souvent ; les jeunes et les
# habitant·es des quartiers prioritaires, moins. Le **vivier** des volontaires est donc déformé
# (mesuré ci-dessous).
#
# Le tableau `volontaires` contient une ligne par personne volontaire : ses coordonnées
# (fictives), son quartier, son genre, sa tranche d'âge, son diplôme, son logement, et sa
# réponse à une question de la concertation : « Êtes-vous favorable à l'extension de la zone à
# faibles émissions en 2027 ? ».

# %%
taux_de_reponse = len(volontaires) / 10_000
# Les 10 000 personnes invitées, telles que le générateur du cours les a tirées (une vraie
# collectivité ne connaît pas leur logement : c'est ce que le cours peut montrer, pas elle).
invites = destinataires_et_reponses()
proprietaires = {nom: float((tableau["logement"] == "propriétaire").mean())
                 for nom, tableau in (("invitées", invites), ("volontaires", volontaires))}
display(Markdown(
    f"**{format_nombre(len(volontaires), 0)} volontaires** ont répondu aux 10 000 lettres, soit un taux "
    f"de réponse de {format_pourcentage(taux_de_reponse, 1)}. Les propriétaires font "
    f"{format_pourcentage(proprietaires['invitées'], 1)} des personnes invitées, mais "
    f"{format_pourcentage(proprietaires['volontaires'], 1)} des volontaires (le logement n'est pas un critère "
    "des quotas : on y reviendra)."
))

# %% [markdown]
# ### 📝 Exercice 1.1 — La part de chaque groupe (2 points)
#
# Écrivez une **fonction** `parts(tableau, colonne)` qui renvoie la **part** (entre 0 et 1) de
# chaque valeur de `colonne` parmi les lignes de `tableau`, sous la forme d'une série pandas
# (une valeur par groupe, leur total vaut 1). Puis calculez `parts_age_vivier`, la part de
# chaque tranche d'âge parmi les `volontaires`. La vérification essaie votre fonction sur
# d'autres tableaux et d'autres colonnes.

# %% nbgrader={"grade": false, "grade_id": "ex1_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle :
# def parts(tableau, colonne):
#     return ...
# parts_age_vivier = parts(volontaires, "tranche_age")
parts_age_vivier = None


def parts(tableau, colonne):
    ### BEGIN SOLUTION
    return tableau[colonne].value_counts(normalize=True)
    ### END SOLUTION


parts_age_vivier = parts(volontaires, "tranche_age")
parts_age_vivier

# %% [markdown]
# <details><summary>Indice</summary>
#
# `value_counts()` compte chaque valeur d'une colonne ; avec `normalize=True`, il donne des
# parts au lieu de comptes. Dans la fonction, utilisez les paramètres reçus (`tableau`,
# `colonne`), pas `volontaires` ni `"tranche_age"` :
# `return tableau[colonne].value_counts(normalize=True)`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex1_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
from civiclabs import bravo
from civiclabs.exercices import lab05

message = lab05.verifier_ex1_1(parts, parts_age_vivier, volontaires)
### BEGIN HIDDEN TESTS
from civiclabs.corpus import generer_volontaires

_frais = generer_volontaires(lettres=3000, graine=777)
for _colonne in ("diplome", "logement", "question_zfe", "genre"):
    _attendu = _frais[_colonne].value_counts(normalize=True)
    _obtenu = pd.Series(parts(_frais.copy(), _colonne))
    assert set(_obtenu.index) == set(_attendu.index), f"parts(…, « {_colonne} ») : groupes inattendus sur un autre vivier."
    assert np.allclose(_obtenu.reindex(_attendu.index).to_numpy(dtype=float), _attendu.to_numpy()), \
        f"parts(…, « {_colonne} ») ne donne pas les bonnes parts sur un autre vivier."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Comparons le vivier à la population, critère par critère. Les parts de la population viennent
# de `population.csv` (genre, âge, quartier prioritaire) ; celles du diplôme, du modèle de
# population du cours (le rôle que joue le recensement pour un vrai territoire).

# %%
comparaison = []
for critere in CRITERES:
    vivier_complet = volontaires[critere].map(lambda v: ("oui" if v else "non") if isinstance(v, bool | np.bool_) else v)
    part_vivier = vivier_complet.value_counts(normalize=True)
    for valeur, part_pop in parts_pop[critere].items():
        comparaison.append({"critère": critere, "valeur": valeur, "population": part_pop,
                            "volontaires": part_vivier.get(valeur, 0.0)})
comparaison = pd.DataFrame(comparaison)
comparaison["écart (points)"] = (100 * (comparaison["volontaires"] - comparaison["population"])).round(1)
comparaison.replace({"critère": LIBELLES})

# %%
fig, ax = plt.subplots(figsize=(10, 4.5))
y = np.arange(len(comparaison))
ax.barh(y - 0.2, 100 * comparaison["population"], height=0.4, color=PALETTE[0], label="population")
ax.barh(y + 0.2, 100 * comparaison["volontaires"], height=0.4, color=PALETTE[1], label="volontaires")
ax.set_yticks(y, [f"{LIBELLES[c]} : {v}" for c, v in zip(comparaison["critère"], comparaison["valeur"])])
ax.invert_yaxis()
ax.set_xlabel("Part (%)")
ax.set_title("Le vivier des volontaires ne ressemble pas à la population")
ax.legend()
plt.show()
# Le plus grand écart ; à écart égal (oui / non), le groupe le plus petit dans la population
plus_grand = comparaison.assign(taille=-comparaison["écart (points)"].abs()).sort_values(
    ["taille", "population"]).iloc[0]
lecture(f"le plus grand écart concerne « {LIBELLES[plus_grand['critère']]} : {plus_grand['valeur']} » : "
        f"{format_pourcentage(plus_grand['volontaires'])} des volontaires contre "
        f"{format_pourcentage(plus_grand['population'])} de la population.")

# %% [markdown]
# ## 2. Pourquoi un tirage simple parmi les volontaires n'est pas représentatif
#
# Tirer « simplement » au sort parmi les volontaires donne à chacun·e la même chance, mais le
# panel hérite de la déformation du vivier. Mesurons-le.
#
# ### 📝 Exercice 2.1 — Un tirage simple, reproductible (2 points)
#
# Écrivez une **fonction** `tirage_simple(vivier, taille, graine)` qui tire au hasard `taille`
# personnes **différentes** du tableau `vivier` et renvoie la **liste** de leurs identifiants
# (colonne `identifiant`). Le tirage doit être **reproductible** : la même graine redonne le même
# panel. Chaque volontaire doit avoir **la même chance** d'être tiré·e : la vérification rejoue
# votre fonction sur un autre vivier avec 400 graines, compte combien de fois chaque personne
# (et chaque groupe : les femmes, les 18-29 ans…) sort, et vérifie que les écarts restent de
# ceux que le hasard seul produit, et que les graines donnent des panels variés. Elle utilise le
# test du **khi-deux** : un calcul qui donne la probabilité qu'un tirage vraiment égal s'écarte
# autant de ce qu'on attend ; si elle est minuscule, le tirage n'est pas égal.

# %% nbgrader={"grade": false, "grade_id": "ex2_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle :
# def tirage_simple(vivier, taille, graine):
#     return list(...)
def tirage_simple(vivier, taille, graine):
    ### BEGIN SOLUTION
    return list(vivier["identifiant"].sample(taille, random_state=graine))
    ### END SOLUTION


tirage_simple(vivier, TAILLE_PANEL, GRAINE)

# %% [markdown]
# <details><summary>Indice</summary>
#
# Dans la fonction, n'utilisez que ses trois paramètres, `vivier`, `taille` et `graine` :
# `vivier["identifiant"].sample(taille, random_state=graine)` tire `taille` identifiants
# différents (sans remise), toujours les mêmes pour une même graine. `list(...)` en fait une
# liste : `return list(vivier["identifiant"].sample(taille, random_state=graine))`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex2_1(tirage_simple, vivier)
### BEGIN HIDDEN TESTS
from civiclabs.corpus import generer_volontaires

from scipy.stats import chi2 as _chi2

_frais = generer_volontaires(lettres=2000, graine=778).head(40)
_compte = pd.Series(0, index=_frais["identifiant"])
_panels = set()
for _g in range(1001, 1601):
    _panel = list(tirage_simple(_frais.copy(), 5, _g))
    assert len(_panel) == 5 and len(set(_panel)) == 5, "tirage_simple doit tirer 5 personnes différentes."
    _compte[_panel] += 1
    _panels.add(tuple(sorted(_panel)))
assert tirage_simple(_frais.copy(), 5, 5) == tirage_simple(_frais.copy(), 5, 5), "même graine, même panel"
assert len(_panels) >= 540, "Les graines doivent donner des panels variés."
_attendu = 600 * 5 / 40
assert _chi2.sf(float(((_compte - _attendu) ** 2 / _attendu).sum()), 39) > 1e-4, \
    "Chaque personne doit avoir la même chance (5 sur 40) : écarts trop grands pour le hasard."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Tirons 200 panels simples de `TAILLE_PANEL` personnes parmi le vivier du lab (voir la
# section 3 pour sa taille) et comptons, dans chacun, les habitant·es des quartiers
# prioritaires.

# %%
panels_simples = [list(vivier["identifiant"].sample(TAILLE_PANEL, random_state=g)) for g in range(1, 201)]
par_id = vivier.set_index("identifiant")
qpv_par_panel = pd.Series([int(par_id.loc[p, "quartier_prioritaire"].sum()) for p in panels_simples])
borne_qpv = quotas[(quotas["critere"] == "quartier_prioritaire") & (quotas["valeur"] == "oui")].iloc[0]

fig, ax = plt.subplots(figsize=(8, 4))
comptes = qpv_par_panel.value_counts().sort_index()
couleurs = [PALETTE[2] if borne_qpv["min"] <= k <= borne_qpv["max"] else PALETTE[5] for k in comptes.index]
ax.bar(comptes.index, comptes.values, color=couleurs)
ax.legend(handles=[Patch(color=PALETTE[2], label="dans les bornes du quota"),
                   Patch(color=PALETTE[5], label="hors des bornes")])
ax.set_xlabel(f"Habitant·es des quartiers prioritaires dans un panel de {TAILLE_PANEL}")
ax.set_ylabel(f"Nombre de panels (sur {len(panels_simples)})")
ax.set_title("Tirage simple parmi les volontaires : les quartiers prioritaires manquent")
plt.show()
dans_la_borne = qpv_par_panel.between(borne_qpv["min"], borne_qpv["max"]).mean()
lecture(f"la population demanderait {borne_qpv['min']} à {borne_qpv['max']} places (barres « dans les bornes ») ; "
        f"seuls {format_pourcentage(dans_la_borne, 1)} des panels simples y arrivent, "
        f"et {format_pourcentage((qpv_par_panel == 0).mean(), 1)} n'en comptent aucun·e.")

# %% [markdown]
# ### 📝 Exercice 2.2 — Combien de quotas respecte un panel simple ? (2 points)
#
# Le tableau `quotas` (voir section 3) donne, pour chaque critère et chaque valeur, le nombre de
# places minimum et maximum : il a `len(quotas)` lignes. La fonction
# `ecarts_aux_quotas(membres, quotas)` reçoit le tableau des membres d'un panel et renvoie une
# ligne par quota, avec une colonne `respecte` (vrai ou faux). Écrivez une **fonction**
# `moyenne_quotas_respectes(vivier, panels, quotas)` qui renvoie le **nombre moyen** de quotas
# respectés par un panel de la liste `panels` (chaque panel est une liste d'identifiants), puis
# calculez `quotas_respectes` pour les `panels_simples`. La vérification rejoue votre fonction
# sur d'autres panels et d'autres quotas (et suit `TAILLE_PANEL` si vous l'avez changé).

# %% nbgrader={"grade": false, "grade_id": "ex2_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle :
# def moyenne_quotas_respectes(vivier, panels, quotas):
#     respectes = []
#     for panel in panels:
#         membres = vivier[vivier["identifiant"].isin(panel)]
#         respectes.append(...)   # le nombre de quotas respectés par ce panel
#     return ...
# quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas)
quotas_respectes = None


def moyenne_quotas_respectes(vivier, panels, quotas):
    ### BEGIN SOLUTION
    respectes = []
    for panel in panels:
        membres = vivier[vivier["identifiant"].isin(panel)]
        respectes.append(ecarts_aux_quotas(membres, quotas)["respecte"].sum())
    return sum(respectes) / len(respectes)
    ### END SOLUTION


quotas_respectes = moyenne_quotas_respectes(vivier, panels_simples, quotas)
quotas_respectes

# %% [markdown]
# <details><summary>Indice</summary>
#
# `ecarts_aux_quotas(membres, quotas)["respecte"].sum()` compte les quotas respectés (chaque
# vrai compte pour 1). Dans la boucle, rangez ce nombre dans la liste `respectes` (avec
# `respectes.append(…)`) ; après la boucle, renvoyez la moyenne de la liste :
# `return sum(respectes) / len(respectes)`. Attention au retrait : le `return` est aligné sur
# `for`, pas dans la boucle (sinon la fonction s'arrête au premier panel).
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex2_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex2_2(moyenne_quotas_respectes, quotas_respectes, vivier, panels_simples, quotas)
### BEGIN HIDDEN TESTS
from civiclabs.corpus import generer_volontaires

_frais = generer_volontaires(lettres=2500, graine=782).head(70)
_q = quotas_depuis_parts(parts_pop, 7)
_p = [list(_frais["identifiant"].sample(7, random_state=_g)) for _g in range(1, 31)]
assert abs(float(moyenne_quotas_respectes(_frais.copy(), _p, _q.copy()))
           - float(quotas_respectes_par_panel(_frais, _p, _q).mean())) < 1e-9, \
    "moyenne_quotas_respectes se trompe sur d'autres panels."
### END HIDDEN TESTS
bravo(message)

# %%
tous_respectes = int((quotas_respectes_par_panel(vivier, panels_simples, quotas) == len(quotas)).sum())
display(Markdown(
    f"Sur {len(panels_simples)} panels simples, "
    + (f"**aucun** ne respecte" if tous_respectes == 0 else f"**{tous_respectes}** "
       f"{'respecte' if tous_respectes == 1 else 'respectent'}")
    + f" les {len(quotas)} quotas à la fois : le hasard seul ne suffit pas."
))

# %% [markdown]
# Le biais du vivier ne déforme pas seulement la composition du panel : il déplace aussi les
# **opinions**. Les plus jeunes sont plus souvent favorables à l'extension de la ZFE ; or ces
# personnes sont moins nombreuses parmi les volontaires. Comparons la part de « oui » chez les volontaires
# à une estimation pour la population : on **redresse** (on donne à chaque tranche d'âge et à
# chaque type de quartier son poids dans la population).

# %%
def part_oui(tableau):
    return float((tableau["question_zfe"] == "oui").mean())


strates = ["tranche_age", "quartier_prioritaire"]
poids_population = population.groupby(strates)["population"].sum() / population["population"].sum()
oui_par_strate = volontaires.groupby(strates)["question_zfe"].apply(lambda r: (r == "oui").mean())
oui_redresse = float((oui_par_strate * poids_population).sum() / poids_population[oui_par_strate.index].sum())
display(Markdown(
    f"« Oui » à l'extension de la ZFE : **{format_pourcentage(part_oui(volontaires), 1)}** des volontaires ; "
    f"redressé sur l'âge et le type de quartier de la population : **{format_pourcentage(oui_redresse, 1)}**. "
    "Le redressement corrige les critères qu'il connaît, pas les autres (le diplôme, le logement)."
))

# %% [markdown]
# ## 3. Des quotas, à la main puis avec le paquet
#
# Des **quotas** fixent, pour chaque critère, combien de places chaque groupe doit avoir. Pour
# un panel de 10 places et un groupe qui ferait 52,5 % de la population, on attendrait 5,25
# personnes : on accepte 5 ou 6 (arrondi en dessous pour le minimum, au-dessus pour le maximum). La Convention citoyenne
# pour le climat avait des quotas sur six critères : genre, âge, diplôme, catégorie
# socioprofessionnelle, type de territoire, région.
#
# ### 📝 Exercice 3.1 — Les bornes d'un quota (2 points)
#
# Écrivez une **fonction** `bornes(part, taille)` qui renvoie le couple `(minimum, maximum)` de
# places pour un groupe qui représente `part` de la population, dans un panel de `taille`
# places : le nombre attendu `part * taille` arrondi **en dessous** pour le minimum et **au-dessus**
# pour le maximum (deux nombres **entiers**). Si le nombre attendu tombe juste (0,5 × 10 = 5),
# les deux bornes sont égales. Un piège : Python calcule en binaire, et `0.07 * 100` vaut
# `7.000000000000001`, que `math.ceil` arrondit à 8 ; arrondissez d'abord le nombre attendu à
# 9 décimales, `round(part * taille, 9)`, comme le fait `quotas_depuis_parts`. La vérification
# compare vos bornes à celles de `quotas_depuis_parts` sur six parts et tailles.

# %% nbgrader={"grade": false, "grade_id": "ex3_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
import math

# Modèle :
# def bornes(part, taille):
#     places = round(part * taille, 9)
#     return (..., ...)
def bornes(part, taille):
    ### BEGIN SOLUTION
    places = round(part * taille, 9)
    return (math.floor(places), math.ceil(places))
    ### END SOLUTION


bornes(0.525, 10)

# %% [markdown]
# <details><summary>Indice</summary>
#
# `math.floor(x)` arrondit en dessous (5,25 → 5) et `math.ceil(x)` au-dessus (5,25 → 6) ; tous
# deux renvoient des entiers. `round(x)` arrondit au plus proche : ce n'est pas ce qu'on veut pour
# les bornes, mais `round(x, 9)` sert à effacer l'erreur binaire avant d'arrondir.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex3_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex3_1(bornes)
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(779)
for _part, _taille in [*zip(_rng.uniform(0.01, 0.99, 40), _rng.integers(5, 200, 40)), (0.29, 100), (0.57, 100)]:
    _q = quotas_depuis_parts({"g": pd.Series({"a": float(_part), "b": 1 - float(_part)})}, int(_taille))
    assert tuple(bornes(float(_part), int(_taille))) == (int(_q["min"].iloc[0]), int(_q["max"].iloc[0])), \
        f"bornes({_part:.3f}, {int(_taille)}) : ce ne sont pas les bornes de quotas_depuis_parts."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Le paquet `sortition-algorithms` (de la Sortition Foundation, qui tire au sort des
# assemblées citoyennes depuis des années) attend deux fichiers : les **critères** (une ligne
# par critère et valeur, avec `min` et `max`) et les **personnes** (un identifiant et une colonne
# par critère). `quotas_depuis_parts` fait ce que fait votre fonction, pour tous les critères :

# %%
def places_du_genre(valeur):
    q = quotas[(quotas["critere"] == "genre") & (quotas["valeur"] == valeur)].iloc[0]
    return f"{q['min']}" if q["min"] == q["max"] else f"{q['min']} à {q['max']}"


display(Markdown(
    f"Par exemple, la population compte {format_pourcentage(parts_pop['genre']['femme'], 1)} de femmes : un panel de "
    f"{TAILLE_PANEL} places aura {places_du_genre('femme')} femmes et {places_du_genre('homme')} hommes."
))
quotas

# %% [markdown]
# **Pourquoi un vivier de 100 ?** Les méthodes de la section 4 résolvent des problèmes
# d'optimisation qui grossissent avec le nombre de volontaires : sur le vivier complet et un
# panel de 30 (avec trois critères seulement), le calcul de maximin n'avait pas fini au bout de
# dix minutes sur la machine du cours. Pour que le lab tienne en quelques secondes, on tire au
# hasard `TAILLE_VIVIER` volontaires (le tableau `vivier`) et un panel de `TAILLE_PANEL` places.
# Les chiffres de ce lab valent pour ce petit vivier ; un vrai tirage se fait sur tout le
# vivier, avec le temps qu'il faut.

# %% [markdown]
# ## 4. Trois méthodes, et la chance de chaque personne
#
# Respecter les quotas ne suffit pas : **quelles** personnes sont tirées ? Chaque volontaire a
# une **chance** d'être tiré·e (une probabilité). On aimerait que personne n'ait une chance
# presque nulle. Trois méthodes du paquet :
#
# - **legacy** (« héritée ») : la méthode **gloutonne** longtemps utilisée pour la plupart des
#   assemblées citoyennes. Elle choisit le groupe dont on a le plus besoin, y tire une personne,
#   recommence. Pour connaître les chances qu'elle donne, il faut la relancer de nombreuses fois
#   (`TIRAGES_LEGACY` fois ici) ; comme deux personnes de même profil ont la même chance, on
#   estime la chance de chaque profil.
# - **maximin** : elle calcule une **loterie entre panels** (chaque panel respecte les quotas)
#   qui rend la **plus petite chance** la plus grande possible, avec HiGHS, un **solveur** libre
#   (un programme qui cherche la meilleure solution parmi un très grand nombre de possibles). C'est
#   la méthode par défaut du paquet. La plus petite chance est **exacte** : c'est le meilleur
#   plancher possible avec ces quotas. Les **autres** chances ne sont pas uniques : plusieurs
#   loteries atteignent ce plancher, et elles dépendent de celle que le solveur trouve. Le cours
#   fait ce calcul dans un processus Python à part (un second programme), réglé toujours de la
#   même façon (voir la section 6), pour qu'elles ne changent pas d'une exécution à l'autre.
# - **nash** : une loterie qui maximise le **produit** des chances. Un produit s'effondre dès
#   qu'un seul facteur est proche de 0 : Nash évite donc les chances presque nulles, sans viser
#   uniquement la plus petite ; en échange, elle répartit mieux les chances entre **toutes** les
#   personnes (ce que les auteur·es appellent l'« efficacité » : moins de personnes très au-dessus
#   ou très au-dessous de la moyenne).
#
# **Laquelle choisir ?** Si la règle publiée est « personne ne doit avoir moins de X % de
# chance », maximin la garantit au mieux. Si l'on veut des chances globalement plus égales,
# Nash donne souvent un Gini plus bas pour une plus petite chance un peu inférieure. Comparez-les
# sur votre propre vivier (le tableau ci-dessous) et publiez votre choix **avant** le tirage.
#
# **Quand un Gini est-il élevé ?** 0, ce sont des chances toutes égales (un tirage simple) ; 1, une
# seule personne aurait toute la chance. Il n'existe pas de seuil officiel : comparez les
# méthodes entre elles sur le même vivier et les mêmes quotas. Pour fixer les idées : si la
# moitié des volontaires avait le double de la chance de l'autre moitié, le Gini vaudrait
# environ 0,17 ; si un quart avait toute la chance, 0,75.
#
# Le paquet connaît aussi **LEXIMIN** (monter la plus petite chance, puis la suivante, etc.),
# publiée par Flanigan, Gölz, Gupta, Hennig et Procaccia (*Nature*, 2021) : elle exige le solveur
# **commercial** Gurobi ; sans lui, le paquet se rabat sur maximin. Ce lab ne l'utilise pas.

# %% [markdown]
# ### 📝 Exercice 4.1 — La chance moyenne (1 point)
#
# Quelle que soit la méthode, les chances de toutes les personnes du vivier s'additionnent en
# `taille` : il y a `taille` places, et chacune est occupée par une personne. Écrivez une
# **fonction** `chance_moyenne(vivier, taille)` qui renvoie la chance moyenne d'un·e volontaire
# du tableau `vivier` (une part entre 0 et 1) pour un panel de `taille` places. La vérification
# la rejoue sur d'autres viviers et d'autres tailles.

# %% nbgrader={"grade": false, "grade_id": "ex4_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle :
# def chance_moyenne(vivier, taille):
#     return ...
def chance_moyenne(vivier, taille):
    ### BEGIN SOLUTION
    return taille / len(vivier)
    ### END SOLUTION


chance_moyenne(vivier, TAILLE_PANEL)

# %% [markdown]
# <details><summary>Indice</summary>
#
# Si `taille` places se partagent entre `len(vivier)` personnes, combien de « place » revient,
# en moyenne, à chacune ? Une part se calcule par une division ; vérifiez l'ordre des deux
# nombres (le résultat doit être entre 0 et 1).
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex4_1(chance_moyenne, vivier, TAILLE_PANEL)
### BEGIN HIDDEN TESTS
from civiclabs.corpus import generer_volontaires

_frais = generer_volontaires(lettres=2500, graine=783)
for _n, _t in ((57, 9), (233, 41)):
    assert abs(float(chance_moyenne(_frais.head(_n).copy(), _t)) - _t / len(_frais.head(_n))) < 1e-12, \
        "chance_moyenne se trompe sur un autre vivier."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# La cellule suivante tire le panel maximin **avec la graine publique** de la section 6, estime
# les chances de legacy, puis récupère celles de Nash, calculées en arrière-plan depuis le début
# du lab. Comptez une dizaine de secondes, et jusqu'à une demi-minute si Nash n'a pas encore fini
# (sa durée est dans la colonne « temps de calcul » du tableau).

# %%
tirage_maximin, journal = tirage_verifiable(vivier, quotas, TAILLE_PANEL, VALEUR_PUBLIQUE)
tirage_legacy = chances_legacy(vivier, quotas, TAILLE_PANEL, tirages=TIRAGES_LEGACY, graine=GRAINE)
tirage_nash = calculs.resultat("nash")  # tirer(vivier, quotas, TAILLE_PANEL, "nash", GRAINE)
tirages = {"legacy": tirage_legacy, "maximin": tirage_maximin, "nash": tirage_nash}
bilan = pd.DataFrame({
    "plus petite chance": {m: format_pourcentage(t.plus_petite_chance, 2) for m, t in tirages.items()},
    "Gini des chances": {m: format_nombre(t.gini, 3, garder_zeros=True) for m, t in tirages.items()},
    "personnes sous 2 %": {m: int((t.chances < 0.02).sum()) for m, t in tirages.items()},
    "temps de calcul": {m: format_nombre(t.duree, 1) + " s" for m, t in tirages.items()},
})
bilan

# %%
rapport_mesure = tirage_maximin.plus_petite_chance / tirage_legacy.plus_petite_chance
# La chance legacy la plus basse est une estimation : celle d'un profil, sur TIRAGES_LEGACY tirages.
profil_legacy = vivier.set_index("identifiant")[CRITERES].astype(str).agg(" | ".join, axis=1)
essais_profil = TIRAGES_LEGACY * int((profil_legacy == profil_legacy[tirage_legacy.chances.idxmin()]).sum())
marge_legacy = 1.96 * np.sqrt(tirage_legacy.plus_petite_chance * (1 - tirage_legacy.plus_petite_chance) / essais_profil)
display(Markdown(
    f"Chance moyenne : {format_pourcentage(TAILLE_PANEL / len(vivier), 1)} pour chacun·e. Plus petite chance : "
    f"**{format_pourcentage(tirage_legacy.plus_petite_chance, 2)}** avec legacy (estimée sur {TIRAGES_LEGACY} tirages, "
    f"à ± {format_nombre(100 * marge_legacy, 2)} point près à 95 %), "
    f"**{format_pourcentage(tirage_maximin.plus_petite_chance, 2)}** avec maximin (exacte), soit "
    f"{format_nombre(rapport_mesure, 1)} fois plus, avec les mêmes quotas. "
    f"Nash : plus petite chance {format_pourcentage(tirage_nash.plus_petite_chance, 2)}, Gini "
    f"{format_nombre(tirage_nash.gini, 3, garder_zeros=True)} (maximin : "
    f"{format_nombre(tirage_maximin.gini, 3, garder_zeros=True)}). "
    "Flanigan et al. (*Nature*, 2021) ont fait la même comparaison sur les viviers de dix assemblées "
    "citoyennes réelles : avec la méthode gloutonne, certain·es volontaires avaient une chance presque "
    "nulle, et leur méthode relevait nettement la plus petite chance avec les mêmes quotas (les chiffres "
    "de chaque assemblée sont dans les figures de l'article)."
))

# %%
fig, ax = plt.subplots(figsize=(9, 4.5))
for couleur, (methode, t) in zip(PALETTE, tirages.items()):
    ax.plot(np.arange(1, len(t.chances) + 1), 100 * np.sort(t.chances.to_numpy()), color=couleur,
            label=methode, linewidth=2)
ax.axhline(100 * TAILLE_PANEL / len(vivier), color=PALETTE[7], linestyle="--", label="chance moyenne")
ax.set_xlabel("Volontaires, de la plus petite à la plus grande chance")
ax.set_ylabel("Chance d'être tiré·e (%)")
ax.set_title("La chance de chaque volontaire selon la méthode")
ax.legend()
plt.show()
lecture(f"à gauche, les volontaires les moins chanceux·ses : legacy descend à "
        f"{format_pourcentage(tirage_legacy.plus_petite_chance, 2)}, maximin ne descend pas sous "
        f"{format_pourcentage(tirage_maximin.plus_petite_chance, 2)}.")

# %% [markdown]
# **Qui n'a presque aucune chance, et pourquoi ?** Regardons la chance moyenne par profil : les
# personnes dont **tous** les groupes sont déjà très nombreux dans le vivier (60 à 74 ans,
# diplômées du supérieur, hors quartier prioritaire) sont celles que les quotas servent le moins.

# %%
profil = (vivier.set_index("identifiant")[CRITERES].astype(str)
          .replace({"True": "quartier prioritaire", "False": "hors quartier prioritaire"}).agg(" | ".join, axis=1))
par_profil = pd.DataFrame({m: t.chances.groupby(profil).mean() for m, t in tirages.items()})
par_profil["volontaires"] = profil.value_counts()
par_profil = par_profil.sort_values("legacy")
with pd.option_context("display.max_colwidth", None):
    display(par_profil.head(8).style.format({m: lambda x: format_pourcentage(x, 1) for m in tirages}))

# %%
fig, ax = plt.subplots(figsize=(9, 5))
bas = par_profil.head(8)
y = np.arange(len(bas))
for decalage, couleur, methode in zip((-0.25, 0, 0.25), PALETTE, tirages):
    ax.barh(y + decalage, 100 * bas[methode], height=0.25, color=couleur, label=methode)
ax.set_yticks(y, bas.index, fontsize=8)
ax.invert_yaxis()
ax.set_xlabel("Chance moyenne d'être tiré·e (%)")
ax.set_title("Les huit profils les moins chanceux avec legacy")
ax.legend()
plt.show()
lecture(f"le profil « {bas.index[0]} » ({bas['volontaires'].iloc[0]} "
        f"{'volontaire' if bas['volontaires'].iloc[0] <= 1 else 'volontaires'}) a "
        f"{format_pourcentage(bas['legacy'].iloc[0], 2)} de chance avec legacy, "
        f"{format_pourcentage(bas['maximin'].iloc[0], 2)} avec maximin.")

# %% [markdown]
# ### 📝 Exercice 4.2 — Le coefficient de Gini des chances (2 points)
#
# Le **coefficient de Gini** mesure l'inégalité : 0 si tout le monde a la même chance, près de 1
# si quelques personnes ont toute la chance. Il vaut la moyenne des écarts absolus
# `|x_i − x_j|` entre **toutes** les paires de chances (y compris une chance avec elle-même),
# divisée par **deux fois** la moyenne des chances. Écrivez une **fonction** `gini(chances)` qui
# le calcule pour une liste ou une série de chances. La vérification la compare, sur d'autres
# chances, au calcul du cours.

# %% nbgrader={"grade": false, "grade_id": "ex4_2", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle :
# def gini(chances):
#     x = np.asarray(chances, dtype=float)
#     ecarts = np.abs(x[:, None] - x[None, :])   # tableau de tous les écarts |x_i - x_j|
#     return ...
def gini(chances):
    ### BEGIN SOLUTION
    x = np.asarray(chances, dtype=float)
    ecarts = np.abs(x[:, None] - x[None, :])
    return float(ecarts.mean() / (2 * x.mean()))
    ### END SOLUTION


gini([0.05, 0.10, 0.15])

# %% [markdown]
# <details><summary>Indice</summary>
#
# `ecarts.mean()` est la moyenne des écarts entre toutes les paires ; `x.mean()` la chance
# moyenne. Le Gini est `ecarts.mean() / (2 * x.mean())` : n'oubliez pas le 2.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex4_2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex4_2(gini)
### BEGIN HIDDEN TESTS
from civiclabs.tirage import coefficient_gini

_rng = np.random.default_rng(780)
for _n in (7, 50, 300):
    _x = _rng.beta(0.5, 3, _n)
    assert abs(float(gini(pd.Series(_x))) - coefficient_gini(_x)) < 1e-9, f"gini se trompe sur {_n} autres chances."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# **Le compromis.** Des quotas plus stricts rapprochent le panel de la population mais laissent
# moins de choix : certaines personnes n'ont presque aucune chance. Des quotas plus larges (une
# **marge** de places autour de la part de la population) ou un panel plus grand augmentent la
# plus petite chance, au prix d'un panel parfois moins ressemblant. Le widget recalcule maximin
# à chaque réglage changé : quelques secondes chaque fois (de 2 à 8 s mesurées sur la machine du
# cours, selon ce qui y tournait en même temps).
#
# *Sans le widget* : créez une cellule et écrivez, pour une marge d'une place et la même taille
# de panel, `format_pourcentage(tirer(vivier, quotas_depuis_parts(parts_pop, TAILLE_PANEL, marge=1),
# TAILLE_PANEL, "maximin").plus_petite_chance, 2)` ; comparez à la plus petite chance de maximin
# du tableau plus haut (sans marge).

# %%
curseur_quotas(vivier, parts_pop, TAILLE_PANEL, initial=tirage_maximin);

# %% [markdown]
# Le panel tiré respecte-t-il les quotas ? Et que devient la réponse à la question de la ZFE
# dans le panel ? La composition **attendue** d'un panel se calcule avec les chances (somme
# des chances d'un groupe, divisée par la taille du panel). Les quotas rapprochent le panel de
# la population sur **leurs** critères ; sur l'opinion, l'effet dépend de tout le reste (le
# logement n'est pas un critère) : mesurez-le au lieu de le supposer.

# %%
panel_maximin = vivier[vivier["identifiant"].isin(tirage_maximin.panel)]
verification_quotas = ecarts_aux_quotas(panel_maximin, quotas)
oui_attendu = {m: float(composition_attendue(vivier, t.chances, "question_zfe").get("oui", 0.0))
               for m, t in tirages.items()}
opinions = pd.Series({"volontaires (tous)": part_oui(volontaires), "vivier du lab": part_oui(vivier),
                      "panel simple (moyenne de 200)": float(np.mean([part_oui(par_id.loc[p]) for p in panels_simples])),
                      **{f"panel {m} (attendu)": v for m, v in oui_attendu.items()},
                      "population (redressée)": oui_redresse})
fig, ax = plt.subplots(figsize=(9, 4))
ax.barh(opinions.index, 100 * opinions.values,
        color=[PALETTE[1]] * 3 + [PALETTE[0]] * 3 + [PALETTE[2]])
ax.legend(handles=[Patch(color=PALETTE[1], label="volontaires et tirage simple"),
                   Patch(color=PALETTE[0], label="panels avec quotas (attendu)"),
                   Patch(color=PALETTE[2], label="population (estimation)")], loc="lower right")
ax.invert_yaxis()
ax.set_xlabel("Part de « oui » à l'extension de la ZFE (%)")
# Les quotas rapprochent-ils le panel maximin de la population, ou l'en éloignent-ils ? (mesuré)
ecart_vivier = abs(opinions["vivier du lab"] - oui_redresse)
ecart_maximin = abs(oui_attendu["maximin"] - oui_redresse)
s_eloigne = ecart_maximin > ecart_vivier
ax.set_title("Avec les quotas, la part de « oui » s'éloigne ici de la population" if s_eloigne
             else "Avec les quotas, la part de « oui » se rapproche ici de la population")
plt.show()
display(Markdown(
    f"Le panel maximin tiré respecte **{int(verification_quotas['respecte'].sum())} quotas sur "
    f"{len(verification_quotas)}**."
))
lecture(f"« oui » : {format_pourcentage(opinions['volontaires (tous)'], 1)} chez les volontaires, "
        f"{format_pourcentage(opinions['vivier du lab'], 1)} dans le vivier du lab, "
        f"{format_pourcentage(oui_attendu['maximin'], 1)} attendu dans un panel maximin, "
        f"{format_pourcentage(oui_redresse, 1)} estimé dans la population. Le panel maximin est à "
        f"{format_nombre(100 * ecart_maximin, 1)} points de la population, le vivier à "
        f"{format_nombre(100 * ecart_vivier, 1)} : "
        + ("des quotas respectés sur quatre critères ont ici éloigné l'opinion du panel de celle de la population."
           if s_eloigne else "les quotas ont ici rapproché l'opinion du panel de celle de la population."))

# %% [markdown]
# **Pourquoi des quotas peuvent-ils ne pas rapprocher l'opinion du panel de celle de la
# population, voire l'en éloigner ?** Les quotas corrigent chaque critère **séparément**, et rien
# d'autre. Ils donnent plus de places aux jeunes (plus favorables), mais en retirent aux
# diplômé·es du supérieur, sur-représenté·es dans le vivier ; et ils ne touchent pas au logement.
# Mesurons-le dans le vivier du lab et dans le panel maximin attendu :

# %%
def oui_par_groupe(colonne):
    return vivier.groupby(colonne, observed=True)["question_zfe"].apply(lambda r: float((r == "oui").mean()))


oui_diplome, oui_logement, oui_age = oui_par_groupe("diplome"), oui_par_groupe("logement"), oui_par_groupe("tranche_age")
part_jeunes = {"vivier": float((vivier["tranche_age"] == "18-29").mean()),
               "panel": float(composition_attendue(vivier, tirage_maximin.chances, "tranche_age")["18-29"])}
part_sup = {"vivier": float((vivier["diplome"] == "diplôme du supérieur").mean()),
            "panel": float(composition_attendue(vivier, tirage_maximin.chances, "diplome")["diplôme du supérieur"])}
part_proprio = {"vivier": float((vivier["logement"] == "propriétaire").mean()),
                "panel": float(composition_attendue(vivier, tirage_maximin.chances, "logement")["propriétaire"])}
display(Markdown(
    f"- 18-29 ans : {format_pourcentage(oui_age['18-29'])} de « oui » dans ce vivier ; les quotas font passer leur "
    f"part de {format_pourcentage(part_jeunes['vivier'])} du vivier à {format_pourcentage(part_jeunes['panel'])} du "
    "panel attendu.\n"
    f"- Diplômé·es du supérieur : {format_pourcentage(oui_diplome['diplôme du supérieur'])} de « oui » dans ce "
    f"vivier (contre {format_pourcentage(oui_diplome.drop('diplôme du supérieur').min())} à "
    f"{format_pourcentage(oui_diplome.drop('diplôme du supérieur').max())} pour les autres diplômes) ; les quotas "
    f"font passer leur part de {format_pourcentage(part_sup['vivier'])} du vivier à "
    f"{format_pourcentage(part_sup['panel'])} du panel attendu.\n"
    f"- Propriétaires : {format_pourcentage(oui_logement['propriétaire'])} de « oui » (locataires : "
    f"{format_pourcentage(oui_logement['locataire'])}) ; elles et ils font {format_pourcentage(part_proprio['vivier'])} "
    f"du vivier et encore {format_pourcentage(part_proprio['panel'])} du panel attendu, contre "
    f"{format_pourcentage(proprietaires['invitées'])} des personnes invitées.\n\n"
    "Des quotas représentatifs sur quatre critères ne garantissent donc pas un panel représentatif des "
    "opinions"
    + (f" (ici, ils l'en éloignent même : {format_nombre(100 * ecart_maximin, 1)} points d'écart à la population "
       f"pour le panel maximin attendu, contre {format_nombre(100 * ecart_vivier, 1)} pour le vivier)" if s_eloigne else "")
    + " : ce que le vivier a de déformé **hors** des critères (ici le logement, et les opinions "
    "propres à un petit vivier) passe dans le panel. C'est une raison de plus de soigner le recrutement "
    "(relances, aide à la participation), et de ne jamais présenter un panel comme un sondage."
))

# %% [markdown]
# ## 5. Désistements et remplaçant·es
#
# Entre le tirage et la première séance, puis en cours de route, des personnes se désistent. La
# Convention citoyenne pour le climat (2019-2020) a réuni 150 personnes tirées au sort par des
# appels à des numéros de téléphone générés au hasard (portables et fixes), avec des quotas sur
# six critères ; elle a connu des départs et des remplacements en cours de route (le cours n'a
# pas trouvé de source publique qui les compte : consultez le rapport du comité de gouvernance
# et des garant·es avant de citer un chiffre). Remplacer au hasard parmi tous les volontaires
# casserait les quotas ; on tire donc le ou la remplaçant·e parmi les personnes de **même
# profil**, ou, à défaut, parmi celles qui gardent chaque quota.

# %% [markdown]
# ### 📝 Exercice 5.1 — Les candidat·es de même profil (2 points)
#
# Écrivez une **fonction** `candidats_meme_profil(vivier, panel, parti)` qui renvoie le tableau
# des volontaires du `vivier` qui **ne sont pas** dans `panel` (une liste d'identifiants) et qui
# ont **les mêmes valeurs** que la personne `parti` (un identifiant) pour les quatre critères de
# `CRITERES`. La vérification rejoue votre fonction sur d'autres viviers.

# %% nbgrader={"grade": false, "grade_id": "ex5_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
# Modèle :
# def candidats_meme_profil(vivier, panel, parti):
#     personne = vivier[vivier["identifiant"] == parti].iloc[0]
#     garder = ~vivier["identifiant"].isin(panel)
#     for critere in CRITERES:
#         garder = garder & (...)
#     return vivier[garder]
def candidats_meme_profil(vivier, panel, parti):
    ### BEGIN SOLUTION
    personne = vivier[vivier["identifiant"] == parti].iloc[0]
    garder = ~vivier["identifiant"].isin(panel)
    for critere in CRITERES:
        garder = garder & (vivier[critere] == personne[critere])
    return vivier[garder]
    ### END SOLUTION


# Un essai : les dix premières lignes du vivier comme panel, la première personne se désiste
candidats_meme_profil(vivier, list(vivier["identifiant"].head(10)), vivier["identifiant"].iloc[0])

# %% [markdown]
# <details><summary>Indice</summary>
#
# Dans la boucle, la condition du critère est `vivier[critere] == personne[critere]` ;
# `~vivier["identifiant"].isin(panel)` écarte les personnes déjà tirées (le `~` veut dire
# « pas »). Combinez les conditions avec `&`.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex5_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex5_1(candidats_meme_profil, vivier)
### BEGIN HIDDEN TESTS
from civiclabs.corpus import generer_volontaires

_frais = generer_volontaires(lettres=4000, graine=781)
_panel = list(_frais["identifiant"].iloc[::40])
for _parti in _panel[:5]:
    _obtenu = set(candidats_meme_profil(_frais.copy(), _panel, _parti)["identifiant"])
    _ligne = _frais[_frais["identifiant"] == _parti].iloc[0]
    _attendu = set(_frais[~_frais["identifiant"].isin(_panel)
                          & (_frais[CRITERES] == _ligne[CRITERES]).all(axis=1)]["identifiant"])
    assert _obtenu == _attendu, "candidats_meme_profil se trompe sur un autre vivier."
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# Pour chaque membre du panel maximin, combien de volontaires pourraient le ou la remplacer ?
# `candidats_remplacement` (du cours) compte les personnes de même profil, et celles d'un autre
# profil qui gardent pourtant chaque quota.

# %%
remplacements = pd.DataFrame({
    p: {k: len(v) for k, v in candidats_remplacement(vivier, tirage_maximin.panel, p, quotas).items()}
    for p in tirage_maximin.panel
}).T.rename(columns={"meme_profil": "même profil", "autres": "autre profil, quotas gardés"})
remplacements

# %% [markdown]
# La fonction `remplacer` du cours tire au sort parmi les candidat·es de même profil (avec une
# graine, pour pouvoir rejouer), ou, s'il n'y en a pas, parmi les autres qui gardent chaque
# quota. Quand il n'y a personne, il faut élargir une borne (et le dire publiquement) ou
# rappeler des volontaires. Le remplacement n'est pas neutre : la personne partie avait une
# chance, sa ou son remplaçant·e en reçoit une seconde. Publiez la règle avant le tirage
# (par exemple : « remplaçant·e tiré·e au sort, avec la graine publiée, parmi les volontaires de
# même profil, sinon parmi celles et ceux qui gardent chaque quota ; au-delà de la deuxième
# séance, pas de remplacement »).

# %%
sans_remplacant = remplacements[remplacements.sum(axis=1) == 0].index.tolist()
parti = next(p for p in tirage_maximin.panel if p not in sans_remplacant)
remplacant = remplacer(vivier, tirage_maximin.panel, parti, quotas, graine=GRAINE)
nouveau_panel = [p for p in tirage_maximin.panel if p != parti] + [remplacant]
respect = ecarts_aux_quotas(vivier[vivier["identifiant"].isin(nouveau_panel)], quotas)["respecte"]
def compte(nombre, singulier, pluriel):
    return f"{nombre} {singulier if nombre <= 1 else pluriel}"


meme_profil = int(remplacements.loc[parti, "même profil"])
def sans_remplacant_en_mots():
    if not sans_remplacant:
        return f"Chacun des {TAILLE_PANEL} membres du panel a au moins un·e remplaçant·e possible"
    verbe = "n'a" if len(sans_remplacant) == 1 else "n'ont"
    return (f"{compte(len(sans_remplacant), 'membre', 'membres')} du panel sur {TAILLE_PANEL} {verbe} "
            "aucun·e remplaçant·e possible")


display(Markdown(
    f"{sans_remplacant_en_mots()} sans toucher aux quotas. "
    f"Prenons le premier membre qui en a : {parti} se désiste ; {compte(meme_profil, 'volontaire a', 'volontaires ont')} "
    f"le même profil ; la personne tirée pour la ou le remplacer est **{remplacant}**. Le panel complété respecte "
    f"{int(respect.sum())} quotas sur {len(respect)}."
))

# %% [markdown]
# **Repères pour dimensionner un vrai panel.** Combien de lettres pour un panel de 30 ? Le
# calcul ci-dessous part du taux de réponse de **chaque** groupe des quotas dans ce vivier
# (fictif : mesurez le vôtre, par exemple sur un envoi test) et des quotas d'un panel de 30. Il
# cherche le groupe qui répond le moins par rapport aux places qu'il doit avoir. Viser
# **trois volontaires par place** dans chaque groupe est un choix du cours, pas une norme : c'est
# ce qui laisse à maximin de quoi donner à chacun·e une chance raisonnable, et des remplaçant·es
# de même profil.

# %%
PLACES_VISEES, VOLONTAIRES_PAR_PLACE = 30, 3
quotas_30 = quotas_depuis_parts(parts_pop, PLACES_VISEES)
besoins = []
for q in quotas_30.itertuples(index=False):
    colonne = volontaires[q.critere].map(lambda v: ("oui" if v else "non") if isinstance(v, bool | np.bool_) else v)
    par_lettre = float((colonne == q.valeur).sum()) / 10_000
    besoins.append({"groupe": f"{LIBELLES[q.critere]} : {q.valeur}", "places (max)": int(q.max),
                    "volontaires pour 10 000 lettres": int(round(par_lettre * 10_000)),
                    "lettres nécessaires": int(np.ceil(VOLONTAIRES_PAR_PLACE * q.max / par_lettre))})
besoins = pd.DataFrame(besoins).sort_values("lettres nécessaires", ascending=False)
le_plus_dur = besoins.iloc[0]
display(besoins.head(4).set_index("groupe"))
display(Markdown(
    f"Pour {VOLONTAIRES_PAR_PLACE} volontaires par place dans **chaque** groupe d'un panel de {PLACES_VISEES}, il "
    f"faudrait ici environ **{format_nombre(le_plus_dur['lettres nécessaires'], 0)} lettres** : le groupe qui décide "
    f"est « {le_plus_dur['groupe']} » ({le_plus_dur['volontaires pour 10 000 lettres']} volontaires pour "
    f"10 000 lettres, jusqu'à {le_plus_dur['places (max)']} places). Au taux de réponse de ce vivier "
    f"({format_nombre(len(volontaires), 0)} volontaires pour 10 000 lettres), ces "
    f"{format_nombre(le_plus_dur['lettres nécessaires'], 0)} lettres donneraient environ "
    f"{format_nombre(len(volontaires) * le_plus_dur['lettres nécessaires'] / 10_000, 0)} volontaires en tout. "
    "Prévoyez aussi la règle de remplacement et une liste de réserve, publiées avant le tirage (dans ce "
    f"lab, avec {TAILLE_VIVIER} volontaires pour {TAILLE_PANEL} places : {sans_remplacant_en_mots()[0].lower()}"
    f"{sans_remplacant_en_mots()[1:]}). Plus le panel est grand par rapport au vivier, plus il y a de membres "
    "sans remplaçant·e"
    + (f" : essayez `TAILLE_PANEL = {3 * TAILLE_PANEL}` dans la cellule de paramètres."
       if 3 * TAILLE_PANEL <= TAILLE_VIVIER / 2 else
       f" : essayez un panel plus petit (`TAILLE_PANEL = {max(4, TAILLE_PANEL // 3)}`) dans la cellule de "
       "paramètres, et comparez.")
))

# %% [markdown]
# ## 6. Un tirage que tout le monde peut vérifier
#
# Un tirage au sort n'inspire confiance que si l'on peut **vérifier** qu'il n'a pas été
# arrangé. La recette :
# 1. **Avant** le tirage, publier le fichier des critères et des quotas, l'**empreinte** du
#    fichier des personnes (une suite de caractères qui change si une seule case change ; elle
#    ne révèle pas le fichier), l'**empreinte du code** (le module `civiclabs.tirage` tel qu'il
#    tourne et les fichiers de la version exacte de `sortition-algorithms`), la méthode, la règle
#    de remplacement, et la valeur publique **future** qui fixera la graine, avec son **texte
#    exact** (par exemple « les cinq numéros et le numéro chance du Loto du samedi 9 janvier 2027,
#    dans l'ordre croissant, séparés par une espace » ; ceux de ce lab sont inventés) et ce qu'on
#    fera si elle n'est pas publiée ce jour-là (par exemple : le tirage suivant).
# 2. Le jour venu, calculer la graine à partir de cette valeur, tirer, publier le **journal**.
# 3. Rejouer demande le **fichier des personnes** lui-même, pas seulement son empreinte : le
#    fichier **pseudonymisé** des seuls critères (un identifiant sans nom, genre, tranche d'âge,
#    quartier prioritaire, diplôme), celui qu'écrit `preparer_fichiers`. Ne le publiez pas en
#    ligne : même sans nom, une combinaison rare de critères peut désigner une personne (la seule
#    femme de plus de 75 ans sans diplôme d'un quartier prioritaire…). Confiez-le plutôt, sur
#    demande, aux personnes chargées de contrôler le tirage (garant·e, comité de suivi,
#    observateur·rices désigné·es d'avance), qui rejouent le tirage et attestent publiquement que
#    l'empreinte et le panel correspondent ; ou faites le rejeu en séance publique. Le journal,
#    lui, se publie.
#
# Attention au réglage par défaut du paquet : `random_number_seed = 0` veut dire « tirer avec le
# module `secrets` » : c'est imprévisible, donc **impossible à rejouer**.
#
# Un second piège, trouvé en préparant ce lab : même avec une graine, le paquet pouvait donner
# un **autre panel** quand on relançait le calcul un autre jour, dans un autre programme Python.
# Le cours règle ce point pour vous, et `tirage_verifiable` note ce réglage dans le journal ; la
# suite de tests du cours vérifie qu'un autre programme, qui ne reçoit que le journal, retrouve
# le même panel et les mêmes chances. Si vous faites appel à une ou un prestataire, demandez-lui
# comment son tirage se rejoue à l'identique.
#
# > *Note pour les curieux·ses.* Le paquet range panels et personnes dans des « ensembles »
# > Python, dont l'ordre dépend d'un **hachage** (une façon de transformer un texte en nombre pour
# > le ranger vite) que Python tire au hasard à chaque lancement. Le cours fait donc les calculs de
# > maximin et de Nash dans un processus (un programme Python à part) dont ce hachage est fixé par
# > le réglage `PYTHONHASHSEED`. Dans un script Python (hors notebook), mettez votre code sous
# > `if __name__ == "__main__":`, car ce processus relit le script.

# %%
deux_tirages = [tirage_sans_graine(vivier, quotas, TAILLE_PANEL) for _ in range(2)]
en_commun = len(set(deux_tirages[0]) & set(deux_tirages[1]))
display(Markdown(
    f"Avec la graine 0 du paquet, deux tirages de suite ont **{en_commun} "
    f"{'membre' if en_commun <= 1 else 'membres'} en commun sur {TAILLE_PANEL}** : personne ne peut refaire "
    "le tirage pour le vérifier."
))
graine_publique = graine_depuis_valeur_publique(VALEUR_PUBLIQUE)
print(journal_json(journal))

# %%
rejoue = rejouer(journal, vivier, quotas)
display(Markdown(
    f"Graine tirée de la valeur publique : {graine_publique}. Le tirage rejoué depuis le journal "
    f"donne **{'le même panel' if rejoue == journal['panel'] else 'un autre panel'}**. (Ce rejeu se fait dans "
    "cette session ; pour vérifier vraiment, il faut le refaire ailleurs, sur une autre machine, à partir du "
    "journal et du fichier pseudonymisé : la suite de tests du cours le fait dans une autre session Python.)"
))

# %% [markdown]
# Une graine choisie **après** avoir vu les résultats permettrait de choisir son panel : il
# suffirait d'essayer des graines jusqu'à en trouver un qui plaise. Le widget montre qu'une
# graine différente donne un panel différent (tiré dans la loterie maximin calculée plus haut).
#
# *Sans le widget* : créez une cellule et écrivez `panel_depuis_loterie(tirage_maximin, 42)`.

# %%
curseur_graine(vivier, tirage_maximin);

# %% [markdown]
# ## 7. Protéger le fichier des volontaires
#
# Le fichier des volontaires contient des **données personnelles** (noms, téléphones, courriels)
# et, ici, une **opinion politique** (la réponse sur la ZFE) : une catégorie particulière de
# données au sens de l'article 9 du RGPD, dont le traitement est en principe interdit sauf
# exceptions (consentement explicite, par exemple). Quelques règles :
# - l'outil de tirage ne reçoit **que** l'identifiant et les critères des quotas ;
# - les coordonnées restent dans le fichier du service, pour contacter les personnes tirées ;
# - on fixe une **durée de conservation** (le temps du panel et de son évaluation), puis on
#   supprime ; on informe les volontaires (finalité, durée, droits) ;
# - on ne dépose pas le fichier complet dans un outil en ligne (tableur partagé, application de
#   tirage hébergée ailleurs) sans savoir où vont les données et qui y a accès.
#
# Pour une collectivité, le cadre se précise ainsi :
# - **base légale** : le plus souvent la mission d'intérêt public (article 6, paragraphe 1,
#   point e du RGPD) pour organiser la concertation ; elle se dit dans l'information donnée aux
#   volontaires ;
# - le traitement s'inscrit au **registre** des traitements, avec l'avis du ou de la
#   **délégué·e à la protection des données** (DPO) de la collectivité ;
# - une **analyse d'impact** (AIPD) est probablement nécessaire si le fichier contient des données
#   sensibles (une opinion politique) ou croise plusieurs sources : demandez à votre DPO ;
# - si un **prestataire** recrute ou tire au sort pour vous, un contrat de sous-traitance
#   (article 28) fixe ce qu'il a le droit de faire des données ;
# - surtout, **ne collectez pas l'opinion** dans le fichier de recrutement : la question sur la
#   ZFE de ce lab sert à montrer l'effet du vivier ; dans la réalité, elle n'a rien à faire dans
#   le fichier qui sert au tirage (et un quota d'opinion poserait d'autres questions, voir la
#   réflexion 3) ;
# - le fichier **pseudonymisé** transmis pour le rejeu (section 6) reste une donnée personnelle :
#   on le confie à des personnes désignées, on ne le publie pas.
#
# ### 📝 Exercice 7.1 — Les colonnes nécessaires au tirage (2 points)
#
# Rangez dans la liste `colonnes_necessaires` les noms des colonnes de `volontaires` qu'il faut
# transmettre à l'outil de tirage, et **seulement** celles-là.

# %% nbgrader={"grade": false, "grade_id": "ex7_1", "locked": false, "schema_version": 3, "solution": true, "task": false}
print(list(volontaires.columns))
colonnes_necessaires = None
### BEGIN SOLUTION
colonnes_necessaires = ["identifiant", "genre", "tranche_age", "quartier_prioritaire", "diplome"]
### END SOLUTION

# %% [markdown]
# <details><summary>Indice</summary>
#
# Il faut de quoi reconnaître chaque personne sans la nommer, et les quatre critères des quotas
# (la liste `CRITERES`). Rien d'autre.
# </details>

# %% nbgrader={"grade": true, "grade_id": "ex7_1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
message = lab05.verifier_ex7_1(colonnes_necessaires, volontaires)
### BEGIN HIDDEN TESTS
assert "question_zfe" not in colonnes_necessaires and "telephone" not in colonnes_necessaires
### END HIDDEN TESTS
bravo(message)

# %% [markdown]
# ## 8. Réflexions
#
# ### 💬 Question de réflexion 1 — Expliquer le tirage aux volontaires non retenu·es (3 points)
#
# Vous écrivez le courriel envoyé aux volontaires qui n'ont **pas** été tiré·es. Expliquez
# comment le panel a été tiré, pourquoi certaines personnes avaient plus de chances que d'autres,
# et comment elles peuvent vérifier le tirage. Appuyez-vous sur au moins deux résultats de ce
# lab. (6 à 10 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_1", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : le tirage en deux temps et les quotas expliqués simplement (lettres au hasard,
#   tirage parmi les volontaires, places réservées par âge, genre, quartier, diplôme, pour que
#   le panel ressemble à la population).
# - **1 point** : l'inégalité des chances dite honnêtement, avec un résultat du lab : les
#   volontaires des groupes nombreux dans le vivier (60-74 ans, diplômé·es du supérieur, hors
#   quartier prioritaire) ont moins de chances ; la méthode maximin a relevé la plus petite chance
#   (plusieurs fois celle de la méthode historique) ; la chance moyenne.
# - **1 point** : la vérification : graine tirée d'une valeur publique annoncée d'avance,
#   journal publié, empreintes, possibilité de rejouer ; et un mot pour la suite (liste des
#   remplaçant·es, autres formes de participation).
#
# *Exemple de réponse* : « Merci de vous être porté·e volontaire. 10 000 lettres ont été envoyées
# au hasard ; parmi les personnes qui ont répondu, nous avons tiré un panel qui respecte des
# quotas d'âge, de genre, de quartier et de diplôme. Comme les personnes de 60 à 74 ans et diplômées ont
# répondu plus souvent, chacune d'elles avait moins de chances d'être tirée ; nous avons utilisé
# une méthode qui donne à chaque volontaire une chance plusieurs fois plus haute que l'ancienne
# méthode pour les moins chanceux·ses. La graine du tirage venait des numéros du Loto du
# 9 janvier, annoncés d'avance ; le journal du tirage est publié et chacun·e peut le rejouer.
# Vous restez sur la liste des remplaçant·es. »
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 2 — Des quotas ou des chances égales ? (3 points)
#
# Un élu propose de supprimer les quotas « pour que chacun·e ait exactement la même chance ».
# Que gagnerait-on, que perdrait-on ? Appuyez-vous sur les résultats des sections 2 et 4.
# (6 à 10 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_2", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : sans quotas, chances égales **entre volontaires**, mais pas entre habitant·es :
#   le vivier est déformé (section 1), et presque aucun panel simple ne respecte tous les
#   quotas (section 2 : quotas respectés en moyenne, quartiers prioritaires absents).
# - **1 point** : l'effet sur le débat : les opinions du panel suivent celles du vivier (part de
#   « oui » à la ZFE chez les volontaires contre estimation pour la population).
# - **1 point** : le compromis : des quotas plus stricts réduisent la plus petite chance
#   (widget), des quotas plus larges ou un panel plus grand l'augmentent ; maximin donne des
#   quotas **et** une plus petite chance aussi haute que possible ; la vraie réponse est aussi en
#   amont (relances, aide à la participation dans les quartiers qui répondent moins).
#
# *Exemple de réponse* : supprimer les quotas donnerait à chaque volontaire la même chance, mais
# les volontaires ne ressemblent pas à la population : un panel simple compte souvent un·e seul·e
# habitant·e des quartiers prioritaires, voire aucun·e, et la part de « oui » à la ZFE y serait
# celle des volontaires, pas celle de la population. Les quotas corrigent cela au prix de chances
# inégales ; avec maximin, la plus petite chance reste plusieurs fois plus haute qu'avec
# l'ancienne méthode. Mieux vaut garder les quotas, choisir maximin, et relancer les quartiers
# qui ont peu répondu.
# ### END SOLUTION

# %% [markdown]
# ### 💬 Question de réflexion 3 — Qui fixe les critères ? (3 points)
#
# Genre, âge, quartier prioritaire, diplôme : qui devrait choisir ces critères, et comment ?
# Qu'est-ce qui change si l'on ajoute un critère (le logement, l'opinion sur la ZFE) ? Que faut-il
# publier ? (6 à 10 lignes.)

# %% [markdown] nbgrader={"grade": true, "grade_id": "reflexion_3", "locked": false, "points": 3, "schema_version": 3, "solution": true, "task": false}
# ### BEGIN SOLUTION
# **Barème (3 points)**
# - **1 point** : une instance identifiée et indépendante décide (comité de pilotage, garant·e
#   de la concertation, comité de gouvernance avec des citoyen·nes), **avant** de voir le vivier,
#   et les critères sont liés au sujet (la ZFE touche différemment selon l'âge, le quartier, la
#   voiture) et à des données de référence (recensement).
# - **1 point** : les effets d'un critère de plus : panel plus ressemblant sur ce critère, mais
#   plus petite chance plus basse, tirage parfois impossible ; un quota d'opinion pose une
#   question de principe (le panel doit délibérer, pas refléter des opinions figées) et
#   demande de traiter une donnée sensible (article 9).
# - **1 point** : publier les critères, les sources des parts, les bornes, la méthode, la
#   graine, le journal, la règle de remplacement.
#
# *Exemple de réponse* : les critères devraient être fixés par le comité de pilotage avec la ou
# le garant·e, avant l'envoi des lettres, à partir du recensement et du sujet. Ajouter le
# logement rapprocherait le panel de la population sur un point qui compte pour la ZFE, mais
# ferait baisser la plus petite chance. Un quota d'opinion obligerait à collecter une opinion
# politique et figerait le débat avant la délibération. Tout doit être publié d'avance.
# ### END SOLUTION

# %% [markdown]
# ## Récapitulatif
#
# - Un panel se tire en **deux temps** ; le vivier des volontaires est **déformé** (plus de 60-74
#   ans, de diplômé·es du supérieur et de propriétaires, moins de jeunes et de quartiers
#   prioritaires), et un tirage simple en hérite, opinions comprises ; des quotas sur quelques
#   critères n'effacent pas ce qui est déformé hors de ces critères.
# - Les **quotas** bornent le nombre de places de chaque groupe (arrondi en dessous, au-dessus).
# - À quotas égaux, la **méthode** compte : la méthode gloutonne historique laisse des
#   volontaires sans presque aucune chance ; **maximin** relève la plus petite chance (solveur
#   libre HiGHS ; les autres chances dépendent de la loterie choisie) ; **Nash** évite les chances
#   presque nulles en égalisant mieux l'ensemble ; **LEXIMIN** exige un solveur commercial.
# - Un **désistement** se remplace dans le même profil, selon une règle publiée.
# - Un tirage **vérifiable** : graine tirée d'une valeur publique future annoncée mot pour mot,
#   empreintes, journal publié, rejeu par des personnes désignées à partir du fichier pseudonymisé
#   des seuls critères ; jamais la graine 0 du paquet.
# - Le fichier du vivier est **sensible** : seuls l'identifiant et les critères vont à l'outil de
#   tirage ; base légale, registre, DPO, durée de conservation ; pas d'opinion dans le fichier de
#   recrutement.
#
# ## Pour aller plus loin
#
# - Tirez sur le vivier complet, en ne transmettant que les colonnes nécessaires (section 7) :
#   `tirer(volontaires[colonnes_necessaires], quotas_depuis_parts(parts_pop, 30), 30)`. Sur la
#   machine du cours, maximin n'avait pas fini au bout de dix minutes : lancez-le sur un
#   ordinateur libre, ou essayez d'abord un sous-vivier plus grand
#   (`sous_vivier(volontaires, 300, GRAINE)`) pour mesurer le temps.
# - Le paquet en ligne de commande : `preparer_fichiers(vivier, quotas, "tirage/")` écrit les
#   deux fichiers CSV qu'il attend (`from civiclabs.tirage import preparer_fichiers`).
# - Flanigan, Gölz, Gupta, Hennig, Procaccia, « Fair algorithms for selecting citizens'
#   assemblies », *Nature* 596, p. 548-552, 2021 (en accès libre, en anglais) :
#   <https://www.nature.com/articles/s41586-021-03788-6>.
# - La documentation de `sortition-algorithms` (en anglais) :
#   <https://sortitionfoundation.github.io/sortition-algorithms/>.
# - Le site de la Convention citoyenne pour le climat :
#   <https://www.conventioncitoyennepourleclimat.fr/>.
#
# **Lab suivant** : Lab 06 — Auditer une synthèse écrite par une IA (à venir).
