"""Le matériau textuel écrit à la main pour les corpus de Méridanne.

Chaque module de service expose ``SERVICE`` (le libellé) et ``SUJETS`` :
un dictionnaire sujet -> {"corps": [...], "danger": [...], "court": [...]}.
"""

from . import (autre, demandes_plus, eau, formules, eclairage, espaces_verts, logement, proprete, registres,
               solidarites, stationnement, tranquillite, voirie)

MODULES_SERVICES = [proprete, voirie, tranquillite, espaces_verts, stationnement, eau,
                    eclairage, logement, solidarites, autre]

# Les phrases supplémentaires rejoignent les « corps » des sujets (une seule fois).
for _module in MODULES_SERVICES:
    for _sujet, _reserves in _module.SUJETS.items():
        _plus = demandes_plus.CORPS_PLUS.get(_sujet, [])
        if _plus and _plus[0] not in _reserves["corps"]:
            _reserves["corps"].extend(_plus)


def fragments_ecrits_a_la_main() -> set[str]:
    """L'ensemble des phrases et fragments distincts écrits à la main (non vides).

    Une phrase à variantes « [a|b] » compte pour une seule phrase.
    """
    from . import (campagnes, consultation_plus, consultation_themes, details_consultation, idees_concretes,
                   idees_consultation, idees_demandes, idees_terrain, vecu_consultation)

    vus: set[str] = set()

    def ajouter(objet):
        if isinstance(objet, str):
            if objet.strip():
                vus.add(objet.strip())
        elif isinstance(objet, dict):
            for valeur in objet.values():
                ajouter(valeur)
        elif isinstance(objet, (list, tuple)):
            for valeur in objet:
                ajouter(valeur)

    for module in MODULES_SERVICES:
        ajouter(module.SUJETS)
    for nom in dir(registres):
        if nom.isupper():
            ajouter(getattr(registres, nom))
    ajouter(demandes_plus.CORPS_PLUS)
    from .. import redaction
    ajouter([formes for _, formes in redaction.LEXIQUE])
    ajouter([redaction.AMORCES, redaction.LIAISONS, redaction.FUSIONS, redaction.DETAILS])
    for module in (consultation_themes, consultation_plus, campagnes, formules, idees_consultation, idees_demandes,
                   details_consultation, idees_concretes, idees_terrain, vecu_consultation):
        for nom in dir(module):
            if nom.isupper() and nom not in ("LIGNES", "VILLES", "MOMENTS", "_MOIS", "_JOURS_SEMAINE"):
                ajouter(getattr(module, nom))
    return vus
