"""Configuration nbgrader du cours civiclabs.

Chargée par le fichier `nbgrader_config.py` de la racine (une ligne), ce qui permet
de lancer `nbgrader …` et le formgrader depuis la racine du dépôt.

Correspondance avec les dossiers de nbgrader :
    solutions/   sources des enseignant·es (avec solutions et tests cachés)
    labs/        versions pour les apprenant·es, générées et versionnées
    grading/submitted/, grading/autograded/, grading/feedback/   copies et retours
"""

from pathlib import Path

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    ClearHiddenTests,
    IgnorePattern,
    LimitOutput,
    SaveAutoGrades,
)

from outils.correction.isolement import execution_bornee
from outils.correction.pretraitements import NotesEtAttentes, SortiesInertes

c = get_config()  # noqa: F821  (fourni par traitlets au chargement)

RACINE = Path(__file__).resolve().parent.parent
GRADING = RACINE / "grading"

c.CourseDirectory.root = str(RACINE)
c.CourseDirectory.course_id = "civiclabs"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "labs"
c.CourseDirectory.submitted_directory = "grading/submitted"
c.CourseDirectory.autograded_directory = "grading/autograded"
c.CourseDirectory.feedback_directory = "grading/feedback"
# Les sources jupytext (*.py) ne doivent jamais être copiées dans labs/.
c.CourseDirectory.ignore = [
    ".ipynb_checkpoints",
    "*.pyc",
    "__pycache__",
    "feedback",
    "*.py",
]
c.CourseDirectory.db_url = f"sqlite:///{GRADING / 'gradebook.db'}"

# Copies reçues par courriel ou depuis une plateforme (Moodle…) : `nbgrader zip_collect <lab>`
# range dans grading/submitted/ les fichiers posés dans grading/downloaded/<lab>/archive/
# (fichiers .ipynb ou archives .zip), nommés <identifiant>_<lab>.ipynb,
# par exemple apprenant07_00_prise_en_main.ipynb. Voir grading/README.md, « Collecter ».
c.ZipCollectApp.downloaded_directory = "grading/downloaded"
# L'extracteur de nbgrader décompresse tout en mémoire, archives dans les archives comprises, et
# écrit où les noms le disent : le nôtre n'extrait que des notebooks de taille bornée, jamais hors
# de grading/downloaded/<lab>/extracted/, et dit en français ce qu'il refuse (outils/correction/collecte.py).
c.ZipCollectApp.extractor_plugin = "outils.correction.collecte.ExtracteurSur"  # importé par zip_collect seulement
# L'identifiant devient un nom de dossier de grading/submitted/ : les mêmes caractères que ceux que
# `make grade` accepte (outils/correction/copies.py), jamais « .. » ni « / ».
c.FileNameCollectorPlugin.named_regexp = (
    r".*/(?P<student_id>[A-Za-z0-9][A-Za-z0-9._-]{0,62}?)_(?P<file_id>\d\d_[a-z_]+)\.ipynb$"
)

# Talons en français dans les versions apprenant·es.
c.ClearSolutions.code_stub = {"python": "# VOTRE CODE ICI\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "VOTRE RÉPONSE ICI"

# Versions apprenant·es sans sorties ; un retour (feedback) sans le code des tests cachés.
# Le modèle de retour en français (grading/modeles/retour) est choisi par `make grade`
# (outils/noter.py) au moment de generate_feedback : le déclarer ici pour tout HTMLExporter
# casserait la page de correction du formgrader, qui a son propre modèle.
c.ClearOutput.enabled = True
c.GenerateFeedback.preprocessors = [NotesEtAttentes, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
# Les nombres des retours à la française (« 9,5 / 14 ») : le filtre Jinja « nombre_fr » du modèle.
c.HTMLExporter.filters = {"nombre_fr": "civiclabs.texte.format_nombre"}
# Défense en profondeur : les retours sont en plus nettoyés par nbconvert (balises et attributs
# dangereux retirés), après le nettoyage de la copie (outils/correction/nettoyage.py).
c.GenerateFeedback.preprocessors.append(SortiesInertes)

# Le temps d'exécution d'une copie est borné : une cellule bloquée est interrompue au bout de
# 120 s ; un noyau arrêté (mémoire, temps de calcul) ne fait pas perdre les points déjà gagnés
# (outils/correction/isolement.py). `make grade` exécute chaque copie dans son bac à sable
# (outils/correction/bac_a_sable.py : noyau « civiclabs-correction », transport ipc).
c.ExecutePreprocessor.timeout = 120
c.Execute.timeout = 120
c.Autograde.autograde_preprocessors = [
    execution_bornee(),
    SortiesInertes,  # ce que la copie affiche devient du texte : rien ne s'exécute à la lecture
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]
