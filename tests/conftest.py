"""Shared fixtures: real database files, built once per session and copied per test.

`METRODESK_TEST_ENCRYPTED=1` runs the suite on encrypted databases: every database the tests
create (the templates, and any file `Database.open` makes) is an SQLCipher file with its key
file, opened with the test passphrase or the test keychain, as a user's would be.
"""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_server import pg_server, team_hub  # noqa: F401  (the PostgreSQL server the tests start)
from pg_small_disk import small_disk_team  # noqa: F401  (a hub on a volume that fills)

from metrodesk.data.backup import copy_key_file
from metrodesk.data.crypto import keychain, keys
from metrodesk.data.crypto.driver import connect
from metrodesk.data.database import Database
from metrodesk.services.facade import Services

TESTS = Path(__file__).resolve().parent
#: the passphrase of every database the encrypted run creates
TEST_PASSPHRASE = "test passphrase: not a secret"
ENCRYPTED_RUN = os.environ.get("METRODESK_TEST_ENCRYPTED", "") not in ("", "0")


def pytest_configure(config: pytest.Config) -> None:
    """A keychain of the tests' own for this process and every `metrodesk` it starts (never
    the user's), and in the encrypted run, encryption for every new database."""
    folder = tempfile.mkdtemp(prefix="metrodesk-test-keychain-")
    config.stash[_KEYCHAIN] = folder
    os.environ["METRODESK_TEST_KEYRING"] = str(Path(folder) / "keychain.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring_backend.FileKeyring"
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p
    )
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    keychain.reset()
    if ENCRYPTED_RUN:
        os.environ[keys.ENCRYPT_NEW_VARIABLE] = "1"
        os.environ[keys.PASSPHRASE_VARIABLE] = TEST_PASSPHRASE
        # protected copies seal their team's files: the sync tests' teams get a team key
        os.environ["METRODESK_TEAM_PASSPHRASE"] = TEST_PASSPHRASE


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(config.stash.get(_KEYCHAIN, ""), ignore_errors=True)


_KEYCHAIN = pytest.StashKey[str]()


def connect_raw(path: Path) -> sqlite3.Connection:
    """A bare DB-API connection to a MetroDesk file, plain or encrypted (its key looked up as
    an open would): what tests use to look at or tamper with a file directly."""
    return connect(path, keys.key_for(Path(path)))


def _copy(template: Path, target: Path) -> Path:
    """Copy with SQLite's backup API, so WAL contents come along and permissions stay private;
    an encrypted template's copy has the same key, and its key file beside it."""
    if ENCRYPTED_RUN:  # a copy over another database of another key replaces it
        for old in (target, *(Path(f"{target}{end}") for end in ("-wal", "-shm"))):
            old.unlink(missing_ok=True)
    src = connect_raw(template)
    copy_key_file(template, target)
    dst = connect(target, keys.key_for(template))
    src.backup(dst)
    dst.close()
    src.close()
    os.chmod(target, 0o600)
    return target


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    """The .qm catalogues the app loads, compiled from resources/translations/*.ts when stale,
    as `tasks.py test` does (English's holds the plural forms: "1 contact", "2 contacts")."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
    import translations

    translations.release()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from metrodesk.services.sample.demo import load_demo

    path = tmp_path_factory.mktemp("templates") / "sample.sqlite"
    db = Database.open(path)
    load_demo(db)
    db.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, empty_template: Path) -> Path:
    """A migrated, empty MetroDesk database of this test's own."""
    return _copy(empty_template, tmp_path / "metrodesk.sqlite")


@pytest.fixture
def sample_path(tmp_path: Path, sample_template: Path) -> Path:
    """A database holding the sample data from the seed texts, of this test's own."""
    return _copy(sample_template, tmp_path / "sample.sqlite")


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    svc = Services.open(db_path)
    yield svc
    svc.close()


@pytest.fixture
def sample_services(sample_path: Path) -> Iterator[Services]:
    svc = Services.open(sample_path)
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Windows switch automatic collection off (see metrodesk/ui/runtime/gc_guard.py) and
    collect from a UI timer; tests without an event loop collect here instead, so memory stays
    flat."""
    yield
    if not gc.isenabled():
        gc.collect()


@pytest.fixture(autouse=True)
def _private_data_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data, config and log folders."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("METRODESK_DB", raising=False)


def copy_database(template: Path, target: Path) -> Path:
    return _copy(template, target)
