"""The PyInstaller bundle really works: built by `python3 tasks.py bundle` as a user would, then
run as a person with no Python would run it: the contract commands, the window, and an upgrade
of a database the source checkout made at the previous schema revision (the migrations travel).

Slow (the build takes minutes): `pytest -m "not slow"` leaves it out; `.ci/run` runs it.
METRODESK_TEST_BUNDLE=dist/metrodesk tests a bundle already built instead of building one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from conftest import connect_raw
from sqlalchemy import URL, create_engine

import metrodesk
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import raw_key
from metrodesk.data.revisions import alembic_config, head_revision

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("METRODESK_TEST_BUNDLE")
    if given:
        folder = Path(given).resolve()
    else:
        subprocess.run([sys.executable, str(ROOT / "tasks.py"), "bundle"], cwd=ROOT, check=True)
        folder = ROOT / "dist" / "metrodesk"
    exe = folder / "metrodesk"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The bundle as someone without Python runs it: no venv, no PYTHONPATH, its own HOME."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    # the encrypted run (METRODESK_TEST_ENCRYPTED): its files open with the passphrase a user of
    # a protected file sets, and the bundle's new files are protected too (SQLCipher travels)
    for name in (keys.PASSPHRASE_VARIABLE, keys.ENCRYPT_NEW_VARIABLE):
        if name in os.environ:
            env[name] = os.environ[name]
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=600, cwd=home
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def test_bundle_runs_the_contract_commands_and_the_window(bundle: Path, tmp_path: Path) -> None:
    db, book = tmp_path / "demo.sqlite", tmp_path / "all.xlsx"
    assert ok(run(bundle, "--version", home=tmp_path)) == f"metrodesk {metrodesk.__version__}\n"
    ok(run(bundle, "demo", "--db", str(db), home=tmp_path))
    ok(run(bundle, "export", "all", "--db", str(db), "-o", str(book), home=tmp_path))
    with zipfile.ZipFile(book) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()
    preview = ok(run(bundle, "import", str(book), "--db", str(db), "--dry-run", home=tmp_path))
    assert "unchanged" in preview
    ok(run(bundle, "check", "--db", str(db), home=tmp_path))
    shown = ok(run(bundle, "--db", str(db), "--smoke-test", home=tmp_path))
    assert shown.strip().endswith("demo.sqlite")
    # a refused file is one line, as from the source checkout
    bad = run(bundle, "check", "--db", str(book), home=tmp_path)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def _previous_revision() -> str:
    scripts = ScriptDirectory.from_config(alembic_config())
    down = scripts.get_revision(head_revision()).down_revision
    assert isinstance(down, str)
    return down


def test_bundle_upgrades_a_database_of_the_previous_revision(bundle: Path, tmp_path: Path) -> None:
    # given sample data made by the source checkout, then taken back to the previous revision
    db = tmp_path / "older.sqlite"
    subprocess.run(
        [sys.executable, "-m", "metrodesk", "demo", "--db", str(db)], check=True, cwd=ROOT
    )
    previous = _previous_revision()
    # SQLite's own connection, foreign keys unchecked during the downgrade as Alembic's batch
    # mode needs (it rebuilds tables other tables point at); checked afterwards
    key = keys.key_for(db)
    url = (
        URL.create("sqlite", database=str(db))
        if key is None
        else URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(db))
    )
    engine = create_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    engine.dispose()
    with connect_raw(db) as conn:
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    # when the bundle opens it
    ok(run(bundle, "--db", str(db), "--smoke-test", home=tmp_path))
    # then it is at the newest revision with every contact, and the older file was backed up
    with connect_raw(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == contacts
    conn.close()
    assert list((tmp_path / "backups").glob("older-before-*.sqlite"))
    ok(run(bundle, "check", "--db", str(db), home=tmp_path))


def _validate_desktop_entry(path: Path) -> None:
    out = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout


def test_linux_packages_install_a_working_app(bundle: Path, tmp_path: Path) -> None:
    if bundle.parent != ROOT / "dist" / "metrodesk":
        pytest.fail("the packages are made of dist/metrodesk: unset METRODESK_TEST_BUNDLE")
    ok(
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "linux" / "packages.py")],
            capture_output=True,
            text=True,
        )
    )
    version = metrodesk.__version__
    # the .deb: the app in /opt, the command on PATH, the menu entry and icons where Debian
    # looks for them
    deb = ROOT / "dist" / f"metrodesk_{version}_amd64.deb"
    info = ok(subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True))
    assert f"Version: {version}" in info and "Depends:" in info
    root = tmp_path / "deb"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr/bin/metrodesk") == "/opt/metrodesk/metrodesk"
    _validate_desktop_entry(root / "usr/share/applications/org.metropolis.MetroDesk.desktop")
    assert (root / "usr/share/icons/hicolor/256x256/apps/org.metropolis.MetroDesk.png").is_file()
    assert (root / "usr/share/metainfo/org.metropolis.MetroDesk.metainfo.xml").is_file()
    assert ok(run(root / "opt/metrodesk/metrodesk", "--version", home=tmp_path)).startswith(
        "metrodesk "
    )
    # the tarball: install.sh puts it in ~/.local with its menu entry, and takes it away again
    tarball = ROOT / "dist" / f"metrodesk-{version}-linux-x86_64.tar.gz"
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(tmp_path)], check=True)
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / f"metrodesk-{version}" / "install.sh"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    ok(subprocess.run(["sh", str(script), "--user"], capture_output=True, text=True, env=env))
    entry = home / ".local/share/applications/org.metropolis.MetroDesk.desktop"
    _validate_desktop_entry(entry)
    exec_line = next(ln for ln in entry.read_text().splitlines() if ln.startswith("Exec="))
    installed = Path(exec_line.removeprefix("Exec="))
    assert installed.is_file()
    assert ok(run(home / ".local/bin/metrodesk", "--version", home=home)).startswith("metrodesk")
    assert (home / ".local/share/icons/hicolor/48x48/apps/org.metropolis.MetroDesk.png").is_file()
    ok(
        subprocess.run(
            ["sh", str(script), "--user", "--uninstall"], capture_output=True, text=True, env=env
        )
    )
    assert not installed.exists() and not entry.exists()
