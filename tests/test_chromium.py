"""make test obtient lui-même le navigateur de ses tests (tests/harnais/chromium.py) : apt en
root ou avec sudo sans mot de passe, sinon Playwright, sinon un message qui dit quoi lancer."""

from harnais import chromium


def _sans_navigateur(monkeypatch, apt, telechargement_reussi=False):
    appels = []
    monkeypatch.setattr(chromium, "trouver_chromium", lambda: None)
    monkeypatch.setattr(chromium, "chromium_de_playwright", lambda: None)
    monkeypatch.setattr(chromium, "_peut_utiliser_apt", lambda: apt)
    monkeypatch.setattr(chromium.shutil, "which", lambda nom: "/usr/bin/apt-get" if nom == "apt-get" and apt is not None else None)

    def lancer(commande, env=None):
        appels.append(commande)
        return telechargement_reussi and "playwright" in commande
    monkeypatch.setattr(chromium, "_lancer", lancer)
    return appels


def test_navigateur_deja_la(monkeypatch, capsys):
    monkeypatch.setattr(chromium, "trouver_chromium", lambda: "/usr/bin/chromium")
    assert chromium.main() == 0
    assert "/usr/bin/chromium" in capsys.readouterr().out


def test_apt_d_abord_puis_playwright_puis_un_message_en_francais(monkeypatch, capsys):
    appels = _sans_navigateur(monkeypatch, apt=["sudo", "-n"])
    assert chromium.main() == 1
    assert appels[0][:3] == ["sudo", "-n", "apt-get"] and "chromium" in appels[1]
    assert any("playwright" in " ".join(c) for c in appels)
    erreur = capsys.readouterr().err
    assert "sudo apt-get install chromium fonts-dejavu-core" in erreur and "relancez make test" in erreur


def test_sans_apt_le_message_nomme_la_commande_de_playwright(monkeypatch, capsys):
    appels = _sans_navigateur(monkeypatch, apt=None)
    assert chromium.main() == 1
    assert [c for c in appels if "apt-get" in c] == []
    assert "-m playwright install chromium" in capsys.readouterr().err
