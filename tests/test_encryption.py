"""Encryption at rest: what reaches the disk, how keys are found, and what a wrong or missing
passphrase does (nothing: the file is untouched)."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sqlite3
from pathlib import Path

import keyring
import pytest
from conftest import connect_raw
from keyring.backends import fail
from sqlalchemy import text

from metrodesk.data.crypto import envelope as envelopes
from metrodesk.data.crypto import keychain, keys
from metrodesk.data.crypto.connections import ENCRYPTED_CACHE_KIB
from metrodesk.data.database import Database
from metrodesk.data.errors import (
    DamagedValue,
    DatabaseInUse,
    NotADatabase,
    PassphraseNeeded,
    WrongPassphrase,
)
from metrodesk.data.open_checks import full_check_due
from metrodesk.services.facade import Services
from metrodesk.services.privacy.protection import change_passphrase, protect, unprotect
from metrodesk.services.storage.backups import automatic_backup, list_backups
from metrodesk.services.storage.maintenance import backup, check_database, restore

PASSPHRASE = "correct horse battery"
OTHER = "a different passphrase"
#: cheap Argon2id for envelopes made by tests of the envelope itself
FAST = envelopes.KdfParams(time_cost=1, memory_cost=8, parallelism=1)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def secrets_of(path: Path) -> list[bytes]:
    """Every name and e-mail address of the people in a database, as its bytes would hold them."""
    conn = connect_raw(path)
    try:
        words = [w for row in conn.execute("SELECT given_name, family_name FROM contact")
                 for w in row if w and len(w) > 3]  # fmt: skip
        words += [row[0] for row in conn.execute("SELECT address FROM contact_email")]
    finally:
        conn.close()
    assert "Bickart" in words and "abickart@metropolis.org" in words
    return sorted({w.encode("utf-8") for w in words})


def readable(path: Path, secrets: list[bytes]) -> list[str]:
    data = path.read_bytes()
    found = [s.decode() for s in secrets if s in data]
    if b"SQLite format 3" in data:
        found.append("SQLite format 3")
    return found


@pytest.fixture
def plain_sample(sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample database as a plain file, whichever way the suite runs (the encrypted run's
    passphrase set aside: these tests protect with their own)."""
    if keys.is_encrypted(sample_path):
        unprotect(sample_path, None)
    monkeypatch.delenv(keys.PASSPHRASE_VARIABLE, raising=False)
    return sample_path


@pytest.fixture
def protected(plain_sample: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(keys.PASSPHRASE_VARIABLE, raising=False)
    protect(plain_sample, PASSPHRASE)
    return plain_sample


def test_database_log_and_backups_hold_no_readable_personal_data(plain_sample, tmp_path):
    # given the sample database, protected with a passphrase
    secrets = secrets_of(plain_sample)
    change = protect(plain_sample, PASSPHRASE)
    # when the app writes to it (the write-ahead log holds the new pages) and backs it up
    svc = Services.open(plain_sample)
    with svc.db.action("Edit") as s:
        s.execute(sqlite_update("Bickart"))
    wal = plain_sample.with_name(plain_sample.name + "-wal")
    assert wal.stat().st_size > 0
    wal_bytes = wal.read_bytes()
    daily = automatic_backup(plain_sample)
    on_request = backup(plain_sample, tmp_path / "copy.sqlite")
    svc.close()
    # then no file holds SQLite's header, a name or an e-mail address
    files = [plain_sample, change.backup, on_request, *(b.path for b in list_backups(plain_sample))]
    assert daily is not None and daily.path in files
    for path in files:
        assert readable(path, secrets) == [], path
    assert [s for s in secrets if s in wal_bytes] == [] and b"SQLite format 3" not in wal_bytes
    # and every one of them is sound and opens with the passphrase
    for path in files:
        assert check_database(path).ok, path


def test_one_damaged_page_spoils_no_other_read(protected, monkeypatch):
    """SQLCipher keeps a page that fails its authentication as an error of its connection, so
    that every later read of a page not yet cached fails as well (sqlcipher/sqlcipher#617): the
    connection is dropped, and the damage reads as damage where it lies, as on a plain file."""
    monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, PASSPHRASE)
    conn = connect_raw(protected)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'action_item'").fetchone()
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(protected.read_bytes())
    data[(root[0] - 1) * page_size + 100] ^= 0xFF
    protected.write_bytes(bytes(data))
    # the window's open: the full check follows in the background (check_later)
    svc = Services(Database.open(protected, check_later=True))
    try:
        with pytest.raises(DamagedValue, match="is damaged and cannot be read"):
            svc.lists.page("action_item")
        assert len(svc.lists.page("contact", limit=500)) == 9
        assert not svc.is_empty()
        with pytest.raises(DamagedValue):
            svc.lists.page("action_item")
    finally:
        svc.close()
    assert not check_database(protected).ok


def test_sorts_of_an_encrypted_file_never_reach_a_temporary_file(protected, monkeypatch):
    """SQLCipher encrypts the database and its log, not SQLite's temporary files (a big sort,
    a temporary index): every connection keeps them in memory, whatever the build's default."""
    monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, PASSPHRASE)
    db = Database.open(protected)
    try:
        with db.engine.connect() as one, db.engine.connect() as two:
            for conn in (one, two):
                assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
                # and room for the decrypted pages a list or an export reads again
                assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -ENCRYPTED_CACHE_KIB
    finally:
        db.close()


def sqlite_update(family: str):
    from sqlalchemy import text

    return text("UPDATE contact SET notes = 'met again' WHERE family_name = :f").bindparams(
        f=family
    )


def test_search_behaves_the_same_on_an_encrypted_copy(plain_sample):
    # given what search finds in the plain file (Python's SQLite)
    queries = ["agnes", "kim", "sao pau", "bickart", "seoul", "mexi", "ÉCOLE", "강"]

    def found() -> list[list[tuple[str, str]]]:
        svc = Services.open(plain_sample)
        try:
            return [[(h.kind, h.label) for h in svc.search.find(q)] for q in queries]
        finally:
            svc.close()

    plain = found()
    assert any(plain) and ("contact", "Agnès Bickart") in plain[0]
    # when the file is encrypted (SQLCipher's SQLite) and searched again
    protect(plain_sample, PASSPHRASE)
    # then the same records come back in the same order
    assert found() == plain


@pytest.fixture
def no_keychain():
    """No keychain on this machine, as on a server or a laptop whose keychain broke."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keychain.reset()
    keys.clear()
    yield
    keyring.set_keyring(previous)
    keychain.reset()


def test_wrong_and_missing_passphrase_leave_the_file_untouched(protected, monkeypatch, no_keychain):
    files = (protected, envelopes.key_file(protected))
    before = {p: digest(p) for p in files}
    monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, OTHER)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Database.open(protected)
    monkeypatch.delenv(keys.PASSPHRASE_VARIABLE)
    with pytest.raises(PassphraseNeeded, match="METRODESK_PASSPHRASE"):
        Database.open(protected)
    assert {p: digest(p) for p in files} == before
    for suffix in ("-wal", "-shm"):  # not even opened by SQLite
        assert not protected.with_name(protected.name + suffix).exists()


def test_the_keychain_opens_without_a_passphrase(protected, monkeypatch):
    # given a protected database whose key protect() left in the (test) keychain
    keys.clear()  # a new process: nothing unlocked yet
    entries = json.loads(Path(os.environ["METRODESK_TEST_KEYRING"]).read_text())
    sealed = envelopes.read_key_file(protected)
    assert sealed is not None and any(sealed.key_id in name for name in entries)
    # when it is opened with no passphrase at hand
    svc = Services.open(protected)
    # then it opens, and reads
    assert svc.db.key is not None and not svc.is_empty()
    svc.close()


def test_a_keychain_key_that_does_not_fit_is_not_used(protected, monkeypatch):
    sealed = envelopes.read_key_file(protected)
    assert sealed is not None
    keychain.store(sealed.key_id, envelopes.new_key())
    keys.clear()
    before = digest(protected)
    with pytest.raises(PassphraseNeeded):
        Database.open(protected)
    assert digest(protected) == before
    # and the passphrase puts the right key back into the keychain
    keys.unlock(protected, PASSPHRASE)
    keys.clear()
    Database.open(protected).close()


def test_unsafe_keychains_are_not_used(no_keychain):
    assert not keychain.available()
    assert keychain.store("abc", b"k" * 32) is False and keychain.load("abc") is None


def test_the_passphrase_alone_opens_a_copy_on_another_laptop(protected, tmp_path, monkeypatch,
                                                             no_keychain):  # fmt: skip
    # given the database and its key file copied to a machine without its keychain entry
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    for path in (protected, envelopes.key_file(protected)):
        (laptop / path.name).write_bytes(path.read_bytes())
    monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, PASSPHRASE)
    # when it is opened with the passphrase, then it opens
    svc = Services.open(laptop / protected.name)
    assert not svc.is_empty()
    svc.close()


def test_a_missing_key_file_is_named(protected):
    envelopes.key_file(protected).unlink()
    with pytest.raises(NotADatabase, match=r"key file sample\.sqlite\.key is missing"):
        Database.open(protected)


def test_new_passphrase_opens_database_and_backups_the_old_one_none(protected, monkeypatch,
                                                                    no_keychain):  # fmt: skip
    keys.unlock(protected, PASSPHRASE, keep=False)
    change = change_passphrase(protected, PASSPHRASE, OTHER)
    assert change.backups_converted >= 2  # the one before protecting, the one before this
    keys.clear()
    for path in [protected, *(b.path for b in list_backups(protected))]:
        monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            keys.key_for(path)
        monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, OTHER)
        assert check_database(path).ok, path


def test_a_file_just_protected_or_unprotected_is_not_read_whole_again_at_its_next_open(
    protected,
):
    """The conversion read every page of the new file in its check: the next open runs only
    the cheap checks (a full one is half a minute of background work at a million contacts)."""
    assert full_check_due(protected) is None
    unprotect(protected, PASSPHRASE)
    assert full_check_due(protected) is None


def test_removing_protection_gives_plain_files_back(protected):
    secrets_before = check_database(protected).lines[-2]
    change = unprotect(protected, PASSPHRASE)
    for path in [protected, change.backup, *(b.path for b in list_backups(protected))]:
        assert path.read_bytes()[:16] == b"SQLite format 3\x00", path
        assert not envelopes.key_file(path).exists()
    with sqlite3.connect(protected) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] > 0
    conn.close()
    assert check_database(protected).lines[-2] == secrets_before


def test_restores_keep_the_protection_of_the_database(protected, tmp_path, monkeypatch):
    # given a plain database and an encrypted backup
    monkeypatch.delenv(keys.ENCRYPT_NEW_VARIABLE, raising=False)
    plain = tmp_path / "plain.sqlite"
    Database.open(plain).close()
    encrypted_backup = list_backups(protected)[0].path
    # when the backup is restored over the plain database, it stays plain, with the data
    restore(encrypted_backup, plain)
    assert not keys.is_encrypted(plain)
    assert "holds: 9 contacts" in check_database(plain).lines[-2]
    # and the plain database backed up and restored over the encrypted one keeps it encrypted
    restore(backup(plain, tmp_path / "plain-copy.sqlite"), protected)
    assert keys.is_encrypted(protected) and check_database(protected).ok
    # a backup restored onto a new path keeps the backup's protection
    fresh = tmp_path / "fresh.sqlite"
    restore(encrypted_backup, fresh)
    assert keys.is_encrypted(fresh) and check_database(fresh).ok


def _try_open(path: str, answers: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    try:
        Database.open(path).close()
        answers.put("opened")
    except DatabaseInUse:
        answers.put("in use")


def opened_elsewhere(path: Path) -> str:
    """What another process gets when it opens `path`: "opened" or "in use"."""
    ctx = multiprocessing.get_context("fork")
    answers = ctx.Queue()
    child = ctx.Process(target=_try_open, args=(str(path), answers))
    child.start()
    try:
        return str(answers.get(timeout=120))
    finally:
        child.join()


def test_the_lock_follows_the_file_when_the_window_protects_and_unprotects_it(
    plain_sample, monkeypatch
):
    # given the database open in the window (the lock is on the file itself)
    svc = Services.open(plain_sample)
    try:
        # when the window protects it (a new file renamed over the old one), the new file is
        # as locked as the old one was, and the window reads it through its new key
        svc.protection.protect(PASSPHRASE)
        monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, PASSPHRASE)
        assert opened_elsewhere(plain_sample) == "in use"
        with svc.db.read() as s:
            assert s.scalar(text("SELECT count(*) FROM contact")) == 9
        # and the same once the protection is removed again
        svc.protection.unprotect(PASSPHRASE)
        assert opened_elsewhere(plain_sample) == "in use"
    finally:
        svc.close()
    # then, closed, the file is free
    assert opened_elsewhere(plain_sample) == "opened"
