# civiclabs — les commandes du cours. « make aide » les liste.
#   make lab                  installe tout si besoin, puis ouvre JupyterLab sur labs/
#   make test                 installe tout si besoin (navigateur compris), puis lance toute la suite
#   make test-rapide          les tests rapides seulement (paquet, vérifications d'exercices…), < 2 min
#   make labs                 régénère les versions apprenant·es (labs/) depuis solutions/
#   make bench                mesure temps et mémoire de chaque lab (bench/results.md)
#   make grade LAB=00_prise_en_main   corrige grading/submitted/ : notes, retours, CSV, bilan
#                             (à relancer après la correction à la main : rien n'est perdu)
#   make retours LAB=…         refait retours et exports sans exécuter aucune copie
#   make formgrader            la correction à la main, sur un serveur à part (sans terminal)
#   make classe-fictive LAB=…  dépose une classe fictive de 30 copies pour s'entraîner
#   make data                 régénère les jeux de données synthétiques de data/

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installation-faite
# nbgrader appelle alembic : les outils de l'environnement doivent être dans le PATH.
export PATH := $(BIN):$(PATH)
export PYTHONDONTWRITEBYTECODE := 1

# Jupyter refuse de tourner sous root sans le dire explicitement (conteneurs, machines d'essai).
RACINE_ARGS := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: aide lab test test-rapide labs bench grade retours formgrader classe-fictive data installer

aide:
	@sed -n '2,12p' Makefile

$(STAMP): pyproject.toml outils/deploiement/jupyterlab_overrides.json
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Il faut Python 3.11 (trouvé : " + sys.version.split()[0] + "). Indiquez-le avec : make PYTHON=/chemin/vers/python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test,author]"
	@# JupyterLab en français, sans la fenêtre des actualités
	@mkdir -p $(VENV)/share/jupyter/lab/settings
	@cp outils/deploiement/jupyterlab_overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $(STAMP)

installer: $(STAMP)

# JupyterLab pour travailler les labs, sans le formgrader : ni sa page /formgrader (ce serveur a des
# terminaux et pas de politique de sécurité du contenu), ni son entrée de menu, ni la liste des cours
# qui y mène. La correction à la main a son serveur à part, durci : make formgrader. Validate, la liste
# des devoirs et la création de devoirs restent. Les extensions de l'interface se masquent par un
# page_config.json (JupyterLab n'a pas d'option de ligne de commande pour cela), écrit dans .venv et
# ajouté au chemin de configuration de ce seul serveur ; verrouillées, elles ne se réactivent pas depuis
# le gestionnaire d'extensions. tests/test_make_lab.py lance cette cible.
LAB_CONFIG := $(CURDIR)/$(VENV)/make-lab
LAB_MASQUEES := {"@jupyter/nbgrader:formgrader": true, "@jupyter/nbgrader:course-list": true}
LAB_PAGE_CONFIG := {"disabledExtensions": $(LAB_MASQUEES), "lockedExtensions": $(LAB_MASQUEES)}
LAB_OPTIONS := --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/labs \
	--ServerApp.jpserver_extensions=nbgrader.server_extensions.formgrader=False \
	--ServerApp.jpserver_extensions=nbgrader.server_extensions.course_list=False

lab: $(STAMP)
	@mkdir -p "$(LAB_CONFIG)/labconfig"
	@echo '$(LAB_PAGE_CONFIG)' > "$(LAB_CONFIG)/labconfig/page_config.json"
	@echo "JupyterLab démarre : ouvrez l'adresse http://127.0.0.1:… affichée ci-dessous (Ctrl-C pour arrêter)."
	JUPYTER_CONFIG_PATH="$(LAB_CONFIG)$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}" \
	    $(BIN)/jupyter lab $(LAB_OPTIONS) $(RACINE_ARGS) $(JUPYTER_ARGS)

# Le navigateur des tests (Chromium) est obtenu par tests/harnais/chromium.py : paquet apt en
# root ou avec sudo sans mot de passe, sinon téléchargement de Playwright, sinon un message
# qui dit la commande à lancer. De même pour bubblewrap, le bac à sable des copies
# (outils/correction/bac_a_sable.py : paquet apt, sinon la commande à lancer). Puis le linter,
# puis toute la suite, répartie sur les cœurs de la machine fichier par fichier (pytest-xdist) :
# chaque notebook reste exécuté une seule fois.
test: $(STAMP)
	$(BIN)/python tests/harnais/chromium.py
	$(BIN)/python -m outils.correction.bac_a_sable --exiger
	$(BIN)/ruff check --quiet .
	$(BIN)/python -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

test-rapide: $(STAMP)
	$(BIN)/ruff check --quiet .
	$(BIN)/python -m pytest -m "not (notebooks or correction or navigateur)" $(PYTEST_ARGS)

labs: $(STAMP)
	$(BIN)/python -m outils.fabrication.labs

bench: $(STAMP)
	$(BIN)/python bench/bench.py

grade: $(STAMP)
	@test -n "$(LAB)" || { echo "Précisez le lab : make grade LAB=00_prise_en_main"; exit 2; }
	@# bubblewrap isole chaque copie ; sans lui la correction se fait quand même, et le bilan le dit.
	@$(BIN)/python -m outils.correction.bac_a_sable
	$(BIN)/python -m outils.correction.noter "$(LAB)" $(GRADE_ARGS)

# Refaire retours et exports sans exécuter aucune copie (par exemple sur une machine lente).
retours: $(STAMP)
	@test -n "$(LAB)" || { echo "Précisez le lab : make retours LAB=00_prise_en_main"; exit 2; }
	$(BIN)/python -m outils.correction.noter "$(LAB)" --retours-seulement

formgrader: $(STAMP)
	$(BIN)/python -m outils.correction.formgrader $(FORMGRADER_ARGS)

classe-fictive: $(STAMP)
	@test -n "$(LAB)" || { echo "Précisez le lab : make classe-fictive LAB=01_classer_les_demandes"; exit 2; }
	$(BIN)/python -m outils.correction.classe_fictive "$(LAB)" $(CLASSE_ARGS)

data: $(STAMP)
	$(BIN)/python -m civiclabs.corpus
