"""Vérification de ce que reçoivent les fonctions du Lab 03, avec des messages en français."""

from __future__ import annotations

import numpy as np
import pandas as pd


def _verifier_table(table, colonnes, nom: str = "table") -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(
            f"« {nom} » doit être un tableau pandas (DataFrame), par exemple celui de "
            f"charger_consultation() ; reçu : {type(table).__name__}."
        )
    manquantes = [c for c in colonnes if c not in table.columns]
    if manquantes:
        raise KeyError(
            f"Il manque à « {nom} » la ou les colonnes : {', '.join(manquantes)}. "
            f"Colonnes présentes : {', '.join(map(str, table.columns))}."
        )


def _textes(textes, nom: str = "textes") -> pd.Series:
    if isinstance(textes, pd.DataFrame):
        raise TypeError(
            f"« {nom} » doit être une colonne de textes (par exemple consultation[\"texte\"]), "
            "pas un tableau entier."
        )
    if isinstance(textes, str):
        raise TypeError(f"« {nom} » doit être une colonne de textes, pas un seul texte.")
    if not isinstance(textes, pd.Series):
        try:
            textes = pd.Series(list(textes))
        except TypeError:
            raise TypeError(
                f"« {nom} » doit être une colonne de textes ; reçu : {type(textes).__name__}."
            ) from None
    return textes.fillna("").astype(str)


# --- Les exports réels des plateformes ----------------------------------------------------
#
# Correspondance des colonnes (documentée dans data/README.md, « Exports de plateformes ») :
# chaque format donne l'identifiant, le texte, l'auteur·e, la date, la contribution à
# laquelle on répond (``parent``) et la question ou la catégorie, quand il les a.

COLONNES_STANDARD = ("identifiant", "texte", "auteur", "date", "parent", "categorie", "source")
_TEXTES_GENERIQUES = ("texte", "text", "contribution", "commentaire", "comment", "body", "message",
                      "contenu", "content", "avis", "reponse", "réponse")
_AUTEURS_GENERIQUES = ("auteur", "author", "author_id", "auteur_id", "user_id", "utilisateur", "participant")
_IDS_GENERIQUES = ("identifiant", "id", "comment_id", "reference")


def _lire_csv_brut(chemin) -> tuple[pd.DataFrame, str, str]:
    """Lit un CSV en détectant l'encodage (UTF-8, avec ou sans BOM, sinon Windows-1252) et
    le séparateur (« , », « ; » ou tabulation). Tout est lu comme du texte."""
    import csv
    import io
    from pathlib import Path

    chemin = Path(chemin)
    if not chemin.is_file():
        raise FileNotFoundError(f"Le fichier « {chemin} » n'existe pas.")
    brut = chemin.read_bytes()
    if not brut.strip():
        raise ValueError(f"Le fichier « {chemin.name} » est vide.")
    bom = brut.startswith(b"\xef\xbb\xbf")
    try:
        texte, encodage = brut.decode("utf-8-sig"), "UTF-8 avec BOM" if bom else "UTF-8"
    except UnicodeDecodeError:
        texte, encodage = brut.decode("cp1252", errors="replace"), "Windows-1252"
    entete = texte[:20_000]
    try:
        separateur = csv.Sniffer().sniff(entete, delimiters=",;\t").delimiter
    except csv.Error:
        premiere = entete.splitlines()[0] if entete else ""
        separateur = max(",;\t", key=premiere.count)
    try:
        table = pd.read_csv(io.StringIO(texte), sep=separateur, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as erreur:
        raise ValueError(f"Le fichier « {chemin.name} » ne se lit pas comme un CSV ({erreur}).") from None
    table.columns = [str(c).strip() for c in table.columns]
    return table, encodage, {",": "virgule", ";": "point-virgule",
                                                            "\t": "tabulation"}[separateur]


def _premiere(table: pd.DataFrame, noms, prefixe: bool = False):
    """La première colonne de ``table`` dont le nom (en minuscules) est dans ``noms`` — ou,
    avec ``prefixe``, commence par l'un d'eux suivi de « / » (« body/fr »)."""
    colonnes = {c.lower(): c for c in table.columns}
    for nom in noms:
        if nom in colonnes:
            return colonnes[nom]
        if prefixe:
            for bas, vrai in colonnes.items():
                if bas.startswith(nom + "/"):
                    return vrai
    return None


def _reconnaitre(table: pd.DataFrame) -> str:
    colonnes = {c.lower() for c in table.columns}
    if "export_contribution_type" in colonnes or "export_proposal_id" in colonnes:
        return "cap collectif"
    if {"comment-id", "comment-body"} <= colonnes:
        return "polis"
    from .grand_debat import COLONNES_GRAND_DEBAT

    if set(COLONNES_GRAND_DEBAT) <= set(table.columns):
        return "grand débat"
    if _premiere(table, ["body"], prefixe=True) and {"depth", "commentable_id"} <= colonnes:
        return "decidim commentaires"
    if _premiere(table, ["body"], prefixe=True) and _premiere(table, ["title"], prefixe=True) and (
            {"reference", "supports"} & colonnes or any(c.startswith("endorsements/") for c in colonnes)):
        return "decidim propositions"
    return "tableau"


def _colonne(table, nom) -> pd.Series:
    return table[nom].astype(str) if nom is not None and nom in table else pd.Series("", index=table.index)


def _normaliser_format(table: pd.DataFrame, format_: str, source: str) -> tuple[pd.DataFrame, dict]:
    """La table d'un export, mise aux colonnes standard (``COLONNES_STANDARD``)."""
    ecartees: dict[str, int] = {}
    parent = pd.Series("", index=table.index)
    if format_ == "decidim commentaires":
        texte = _colonne(table, _premiere(table, ["body"], prefixe=True))
        identifiant = _colonne(table, "id")
        auteur_col = _premiere(table, ["author/id"])
        genre = _colonne(table, _premiere(table, ["commentable_type"]))
        cible = _colonne(table, _premiere(table, ["commentable_id"]))
        reponse = genre.str.endswith("Comment")
        parent = np.where(reponse, "decidim-commentaire-" + cible,
                          np.where(genre.str.contains("Proposal"), "decidim-proposition-" + cible, ""))
        prefixe, date, categorie = "decidim-commentaire-", _colonne(table, "created_at"), genre.str.split("::").str[-1]
    elif format_ == "decidim propositions":
        titre = _colonne(table, _premiere(table, ["title"], prefixe=True))
        corps = _colonne(table, _premiere(table, ["body"], prefixe=True))
        texte = (titre + ". " + corps).str.strip(". ")
        identifiant = _colonne(table, "id")
        auteur_col = _premiere(table, ["author/id", "author/name"])
        prefixe, date = "decidim-proposition-", _colonne(table, _premiere(table, ["published_at"]))
        categorie = _colonne(table, _premiere(table, ["category/name"], prefixe=True))
    elif format_ == "cap collectif":
        genre = _colonne(table, _premiere(table, ["export_contribution_type"]))
        if (genre != "").any():
            garder = genre.isin(["export_contribution_type_proposal", "export_contribution_type_proposal_comment"])
            for nom, nombre in genre[~garder].value_counts().items():
                ecartees[str(nom).replace("export_contribution_type_", "")] = int(nombre)
            table, genre = table[garder.to_numpy()], genre[garder]
        commentaire = (genre == "export_contribution_type_proposal_comment").to_numpy()
        proposition = (_colonne(table, "export_proposal_title") + ". "
                       + _colonne(table, "export_proposal_summary") + " "
                       + _colonne(table, "export_proposal_description")).str.replace(r"\.\s+\s*$", "", regex=True)
        texte = pd.Series(np.where(commentaire, _colonne(table, "export_proposal_comments_body"), proposition),
                          index=table.index).str.strip(". ")
        identifiant = pd.Series(np.where(commentaire, _colonne(table, "export_proposal_comments_id"),
                                         _colonne(table, "export_proposal_id")), index=table.index)
        auteur = pd.Series(np.where(commentaire, _colonne(table, "export_proposal_comments_author_id"),
                                    _colonne(table, "export_proposal_author_id")), index=table.index)
        table = table.assign(_auteur=auteur)
        auteur_col = "_auteur" if (auteur != "").any() else None
        parent = np.where(commentaire, "capcollectif-" + _colonne(table, "export_proposal_id"), "")
        date = pd.Series(np.where(commentaire, _colonne(table, "export_proposal_comments_created_at"),
                                  _colonne(table, "export_proposal_published_at")), index=table.index)
        prefixe = "capcollectif-"
        categorie = _colonne(table, "export_proposal_category_name")
    elif format_ == "polis":
        texte, identifiant = _colonne(table, "comment-body"), _colonne(table, "comment-id")
        auteur_col, prefixe, date = "author-id", "polis-", _colonne(table, "datetime")
        categorie = _colonne(table, "moderated").map({"-1": "rejeté par la modération", "1": "accepté",
                                                      "0": "non modéré"}).fillna("")
    elif format_ == "grand débat":
        from .grand_debat import identifiants, reponses_ouvertes

        texte = reponses_ouvertes(table)
        identifiant, auteur_col, prefixe = identifiants(table), "authorId", "granddebat-"
        date, categorie = _colonne(table, "publishedAt"), _colonne(table, "title")
    else:
        colonne_texte = _premiere(table, _TEXTES_GENERIQUES, prefixe=True)
        if colonne_texte is None:
            raise KeyError(
                "Je ne trouve pas la colonne des textes. Colonnes présentes : "
                f"{', '.join(map(str, table.columns))}. Nommez-la « texte » (ou « body », « contribution », "
                "« commentaire »), ou utilisez l'export d'une plateforme reconnue (Decidim, Cap Collectif, "
                "Grand Débat, Pol.is)."
            )
        texte = _colonne(table, colonne_texte)
        colonne_id = _premiere(table, _IDS_GENERIQUES)
        identifiant = _colonne(table, colonne_id) if colonne_id else pd.Series(
            [str(i + 1) for i in range(len(table))], index=table.index)
        auteur_col = _premiere(table, _AUTEURS_GENERIQUES)
        prefixe = ""
        date = _colonne(table, _premiere(table, ["date", "created_at", "createdat", "horodatage"]))
        categorie = _colonne(table, _premiere(table, ["categorie", "catégorie", "category", "theme", "question"]))
        parent = _colonne(table, _premiere(table, ["parent", "reponse_a", "parent_id", "in_reply_to"]))
    identifiant = identifiant.astype(str).str.strip()
    vides = identifiant == ""
    if vides.any():
        identifiant = identifiant.where(~vides, pd.Series([f"ligne-{i + 2}" for i in range(len(identifiant))],
                                                          index=identifiant.index))
    doubles = identifiant[identifiant.duplicated(keep=False)]
    if len(doubles):
        raise ValueError(
            f"Dans « {source} », {len(doubles)} lignes partagent leur identifiant avec une autre (par exemple "
            f"« {doubles.iloc[0]} ») : le fichier contient des lignes en double, ou deux exports collés. "
            "Retirez les doublons, ou donnez chaque export séparément à charger_contributions."
        )
    sortie = pd.DataFrame({
        "identifiant": prefixe + identifiant if prefixe else identifiant,
        "texte": texte.astype(str).to_numpy(),
        "date": pd.Series(date, index=table.index).astype(str).to_numpy(),
        "parent": pd.Series(parent, index=table.index).astype(str).to_numpy(),
        "categorie": pd.Series(categorie, index=table.index).fillna("").astype(str).to_numpy(),
        "source": source,
    })
    if auteur_col is not None and auteur_col in table and (table[auteur_col].astype(str).str.strip() != "").any():
        auteurs = table[auteur_col].astype(str).str.strip().to_numpy()
        # Un texte sans auteur·e connu·e compte pour une personne à part.
        # Préfixe de la plateforme (« decidim: ») : une même personne dans deux exports de la
        # même plateforme reste une seule voix ; sinon, le nom du fichier.
        plateforme = prefixe.split("-")[0] if prefixe else source
        sortie.insert(2, "auteur", np.where(auteurs == "", "inconnu-" + sortie["identifiant"], plateforme + ":" + auteurs))
    return sortie.reset_index(drop=True), ecartees


def charger_contributions(*chemins, format: str | None = None) -> pd.DataFrame:  # noqa: A002
    """Lit un ou plusieurs exports de concertation et les met au même format.

    Formats reconnus d'après leurs colonnes (``format`` pour l'imposer) : commentaires et
    propositions de **Decidim** (séparateur « ; », colonnes ``body``, ``author/id``,
    ``depth``, ``commentable_id``…), export des contributions de **Cap Collectif**
    (``export_contribution_type``, propositions et commentaires ; votes et signalements
    écartés et comptés), données ouvertes du **Grand Débat national** (``authorId``, une
    colonne par question), ``comments.csv`` de **Pol.is**, et tout tableau qui a une colonne
    de textes (« texte », « body », « contribution »…). Encodage (UTF-8 ou Windows-1252) et
    séparateur sont détectés ; le HTML des textes est retiré et ses entités décodées.

    Renvoie un tableau : identifiant (préfixé par sa source, donc unique même en réunissant
    plusieurs exports), texte, auteur (si le fichier le donne), date, parent (l'identifiant
    de la contribution à laquelle on répond), categorie, source. ``table.attrs["lecture"]``
    dit ce qui a été lu : format, encodage, séparateur, lignes, textes vides, lignes écartées,
    avertissements. Sans colonne d'auteur·e, un avertissement le dit : les voix ne peuvent
    pas être comptées, chaque texte compte pour une."""
    import warnings
    from pathlib import Path

    from .textes import _lisibles, _normaliser_tout, nettoyer_html

    if not chemins:
        raise TypeError("Donnez au moins un fichier : charger_contributions(\"export.csv\").")
    formats = ("decidim commentaires", "decidim propositions", "cap collectif", "grand débat", "polis", "tableau")
    if format is not None and format not in formats:
        raise ValueError(f"Format inconnu : « {format} ». Formats connus : {', '.join(formats)}.")
    morceaux, lectures = [], []
    for chemin in chemins:
        brute, encodage, separateur = _lire_csv_brut(chemin)
        format_ = format or _reconnaitre(brute)
        source = Path(chemin).stem
        table, ecartees = _normaliser_format(brute, format_, source)
        table["texte"] = nettoyer_html(table["texte"])
        vides = int((~_lisibles(_normaliser_tout(table["texte"]))).sum()) if len(table) else 0
        lectures.append({"fichier": Path(chemin).name, "format": format_, "encodage": encodage,
                         "separateur": separateur, "lignes": len(brute), "contributions": len(table),
                         "textes_vides": vides, "ecartees": ecartees, "auteurs": "auteur" in table})
        morceaux.append(table)
    if len(morceaux) > 1 and len({"auteur" in t for t in morceaux}) > 1:
        for t in morceaux:  # un fichier sans auteur·e : chaque texte y compte pour une personne
            if "auteur" not in t:
                t.insert(2, "auteur", "inconnu-" + t["identifiant"])
    table = pd.concat(morceaux, ignore_index=True)
    doubles = table["identifiant"][table["identifiant"].duplicated()]
    if len(doubles):
        raise ValueError(
            f"Le même fichier semble donné deux fois : l'identifiant « {doubles.iloc[0]} » revient "
            f"{int(table['identifiant'].duplicated(keep=False).sum())} fois."
        )
    avertissements = []
    if "auteur" not in table:
        avertissements.append("pas de colonne d'auteur·e : les voix ne peuvent pas être comptées : chaque texte "
                              "compte pour une.")
        warnings.warn(avertissements[-1], UserWarning, stacklevel=2)
    vides = sum(lecture["textes_vides"] for lecture in lectures)
    if vides:
        avertissements.append(f"{vides} texte{'s' if vides > 1 else ''} vide{'s' if vides > 1 else ''} ou illisible"
                              f"{'s' if vides > 1 else ''} (émojis, ponctuation) : gardé{'s' if vides > 1 else ''}"
                              f" et compté{'s' if vides > 1 else ''} à part dans la synthèse.")
    if (table["parent"] == "").all():
        table = table.drop(columns=["parent"])
    table.attrs["lecture"] = {"fichiers": lectures, "avertissements": avertissements}
    return table
