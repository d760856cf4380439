"""Les vérifications des exercices notés : un module par lab (``lab00`` … ``lab03``).

Chaque module contient :

- une fonction ``verifier_<grade_id>`` par exercice noté (``verifier_ex1_2``), que la
  cellule de test visible du notebook appelle avec les noms du notebook ; elle lève
  ``ReponseIncorrecte`` avec un message qui enseigne, ou renvoie la phrase de ``bravo`` ;
- ``CAS`` : les mauvaises réponses typiques (le code qu'écrirait une personne qui se
  trompe) et le fragment du message que chacune doit produire. La suite de tests rapide
  les joue toutes, sans noyau ; la classe fictive de ``make classe-fictive`` y puise ses
  copies erronées ;
- ``REFLEXIONS_FAIBLES`` : des réponses écrites faibles pour la classe fictive ;
- ``contexte()`` : les variables du notebook dont les réponses et les vérifications ont
  besoin, construites comme le notebook les construit.

Le module d'un lab est **figé** dès que le lab est distribué : les sommes de contrôle de
nbgrader protègent les cellules des notebooks, pas le paquet. Changer un message ou une
règle d'un lab distribué, c'est changer la note de copies déjà rendues.
"""

from .cas import Cas, appeler, executer_reponse, module_du_lab, modules_des_labs

__all__ = ["Cas", "appeler", "executer_reponse", "module_du_lab", "modules_des_labs"]
