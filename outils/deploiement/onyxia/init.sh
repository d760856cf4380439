#!/usr/bin/env bash
# SSP Cloud (Onyxia) : initialisation du service « jupyter-python » pour civiclabs.
#
# Onyxia exécute ce script au démarrage du service, avant JupyterLab (paramètre
# « init.personalInit » des liens du README, produits par outils/fabrication/lancement.py). Son argument
# (« init.personalInitArgs ») est le lab à ouvrir, par exemple 00_prise_en_main.
# Il installe le cours comme « make lab » (versions figées de pyproject.toml), le prépare comme
# Binder (postBuild : JupyterLab en français, outils de correction masqués, Validate gardé),
# puis fait ouvrir le lab par JupyterLab.
set -euo pipefail

lab="${1:-00_prise_en_main}"
depot="${CIVICLABS_DEPOT:-https://github.com/civiclabs/civiclabs.git}"
branche="${CIVICLABS_BRANCHE:-main}"
# Sur Onyxia, l'utilisateur est « onyxia » et JupyterLab montre le dossier ~/work.
accueil="${CIVICLABS_ACCUEIL:-$HOME}"
if [ -z "${CIVICLABS_ACCUEIL:-}" ] && [ -d /home/onyxia ]; then accueil=/home/onyxia; fi
travail="$accueil/work"
cours="$travail/civiclabs"

if [[ ! "$lab" =~ ^[0-9]{2}_[a-z_]+$ ]]; then
    echo "civiclabs : « $lab » n'est pas un nom de lab (exemple : 00_prise_en_main)." >&2
    exit 2
fi

# 1. Le cours. Une copie déjà là (service relancé) est gardée : le travail fait n'est pas écrasé.
if [ ! -d "$cours/.git" ]; then
    mkdir -p "$travail"
    git clone --quiet --depth 1 --branch "$branche" "$depot" "$cours"
fi
cd "$cours"
if [ ! -f "labs/$lab/$lab.ipynb" ]; then
    echo "civiclabs : le lab « $lab » n'existe pas dans labs/." >&2
    exit 2
fi

# 2. Les paquets du cours, aux versions de pyproject.toml (qui demandent Python 3.11).
version="$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$version" != "3.11" ]; then
    echo "civiclabs : ce service a Python $version, le cours demande Python 3.11. Relancez-le en" \
         "choisissant une image « py3.11 » dans Configuration → Service → version." >&2
    exit 2
fi
python -m pip install --quiet --no-cache-dir -e .

# 3. Comme sur Binder.
bash postBuild

# 4. JupyterLab s'ouvre sur le lab demandé (chemin relatif au dossier de travail).
mkdir -p "$accueil/.jupyter"
echo "c.LabApp.default_url = '/lab/tree/${cours#"$travail"/}/labs/$lab/$lab.ipynb'" \
    >> "$accueil/.jupyter/jupyter_server_config.py"
# Lancé par root, le script rend ses fichiers à l'utilisateur du service.
if [ "$(id -u)" = 0 ] && id onyxia > /dev/null 2>&1; then
    chown -R onyxia:users "$cours" "$accueil/.jupyter"
fi
echo "civiclabs : prêt, JupyterLab ouvrira labs/$lab/$lab.ipynb."
