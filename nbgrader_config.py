# Configuration nbgrader : tout est dans grading/nbgrader_config.py.
load_subconfig("grading/nbgrader_config.py")  # noqa: F821
