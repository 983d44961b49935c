"""Attachments kept beside the database, private, checked on open."""

from __future__ import annotations

import hashlib
import stat

import pytest

from metrodesk.services.errors import ValidationError
from metrodesk.services.meetings.attachments import AttachmentMissing, Attachments


@pytest.fixture
def meeting(services):
    return services.meetings.save(None, {"title": "With files", "starts_at": "2026-02-02 10:00"})


def test_a_file_is_stored_privately_and_comes_back_identical(services, meeting, tmp_path):
    source = tmp_path / "minutes draft.docx"
    payload = b"PK\x03\x04" + bytes(range(256)) * 100
    source.write_bytes(payload)
    info = services.attachments.add(meeting, source)
    assert info.filename == "minutes draft.docx" and info.size == len(payload)
    assert info.sha256 == hashlib.sha256(payload).hexdigest()
    folder = services.path.parent / f"{services.path.stem}-attachments"
    assert services.attachments.folder == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    stored = folder / info.sha256
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    source.unlink()  # the original may go: the copy is what counts
    opened = services.attachments.open(info.id)
    assert services.attachments.read(info.id) == payload
    assert opened.filename == "minutes draft.docx"
    copy = services.attachments.export_copy(info.id, tmp_path)
    assert copy.name == "minutes draft.docx" and copy.read_bytes() == payload
    assert [a.id for a in services.meetings.parts(meeting).attachments] == [info.id]
    # removing is one undoable step
    services.attachments.remove(info.id)
    assert services.attachments.list(meeting) == ()
    services.history.undo()
    assert [a.id for a in services.attachments.list(meeting)] == [info.id]


def test_missing_or_altered_files_say_so(services, meeting, tmp_path):
    source = tmp_path / "agenda.pdf"
    source.write_bytes(b"%PDF-1.4 agenda")
    info = services.attachments.add(meeting, source)
    stored = services.attachments.folder / info.sha256
    stored.write_bytes(stored.read_bytes()[:-1] + b"!")  # one byte altered, in either form
    with pytest.raises(AttachmentMissing, match=r"agenda\.pdf .* changed or damaged"):
        services.attachments.open(info.id)
    stored.unlink()
    with pytest.raises(AttachmentMissing, match=r"agenda\.pdf is missing"):
        services.attachments.open(info.id)


def test_too_large_a_file_is_refused_with_its_size(services, meeting, tmp_path):
    small = Attachments(services.db, max_size=1024)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 4096)
    with pytest.raises(ValidationError, match=r"video.mp4 is 4.0 KB; files up to 1.0 KB"):
        small.add(meeting, big)
    assert services.attachments.list(meeting) == ()


def _stored_name_set_to(services, attachment_id, filename=None, sha256=None):
    """What a crafted database, a restored one or a sync could hold: set beneath the app."""
    from conftest import connect_raw

    with connect_raw(services.path) as conn:
        if filename is not None:
            conn.execute(
                "UPDATE attachment SET filename = ? WHERE id = ?", (filename, attachment_id.hex)
            )
        if sha256 is not None:
            conn.execute(
                "UPDATE attachment SET sha256 = ? WHERE id = ?", (sha256, attachment_id.hex)
            )
    conn.close()


@pytest.mark.parametrize(
    "stored",
    ["../escaped.txt", "../../escaped.txt", "/tmp/escaped.txt", "..\\escaped.txt", "..", ""],
)
def test_a_stored_name_is_never_a_path(services, meeting, tmp_path, stored):
    source = tmp_path / "agenda.pdf"
    source.write_bytes(b"%PDF-1.4 agenda")
    info = services.attachments.add(meeting, source)
    _stored_name_set_to(services, info.id, filename=stored)
    target = tmp_path / "open" / "here"
    target.mkdir(parents=True)
    before = sorted(str(p) for p in tmp_path.rglob("*"))

    copy = services.attachments.export_copy(info.id, target)

    assert copy.parent == target and copy.read_bytes() == b"%PDF-1.4 agenda"
    after = sorted(str(p) for p in tmp_path.rglob("*"))
    assert sorted(set(after) - set(before)) == [str(copy)]
    assert not (tmp_path / "open" / "escaped.txt").exists()


def test_a_link_in_the_target_folder_is_not_written_through(services, meeting, tmp_path):
    source = tmp_path / "agenda.pdf"
    source.write_bytes(b"%PDF-1.4 agenda")
    info = services.attachments.add(meeting, source)
    target = tmp_path / "open"
    target.mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_text("keep")
    (target / "agenda.pdf").symlink_to(outside)

    copy = services.attachments.export_copy(info.id, target)

    assert copy.name == "agenda (2).pdf" and outside.read_text() == "keep"


def test_a_stored_checksum_never_names_a_file_outside_the_folder(services, meeting, tmp_path):
    source = tmp_path / "agenda.pdf"
    source.write_bytes(b"%PDF-1.4 agenda")
    info = services.attachments.add(meeting, source)
    secret = services.path.parent / "secret.txt"
    secret.write_text("not an attachment")
    _stored_name_set_to(services, info.id, sha256="../secret.txt")

    with pytest.raises(AttachmentMissing, match="no valid checksum"):
        services.attachments.open(info.id)


# ---------------------------------------------------------------------------------------------
# beside a protected database (#14)

NAMED = "Minutes: Agnès Bickart <abickart@example.org>\n".encode() * 50


def _readable(folder):
    return [p.name for p in folder.iterdir() if b"Bickart" in p.read_bytes()]


def test_attachments_follow_the_database_s_protection_and_open_as_before(
    services, meeting, tmp_path
):
    from conftest import TEST_PASSPHRASE

    from metrodesk.services.privacy.protection import Protection, is_protected

    protection = Protection(services.db)
    if is_protected(services.path):
        protection.unprotect(TEST_PASSPHRASE)
    files = []
    for n in range(3):
        source = tmp_path / f"minutes {n}.txt"
        source.write_bytes(NAMED + bytes([n]))
        files.append((services.attachments.add(meeting, source), source.read_bytes()))
    folder = services.attachments.folder
    assert len(_readable(folder)) == 3  # plain beside a plain database

    change = protection.protect(TEST_PASSPHRASE)
    assert change.attachments_converted == 3 and _readable(folder) == []
    later = tmp_path / "later.txt"
    later.write_bytes(NAMED + b"later")
    files.append((services.attachments.add(meeting, later), later.read_bytes()))
    assert _readable(folder) == []  # attached while protected: sealed from the start
    for info, payload in files:
        assert services.attachments.read(info.id) == payload
        (tmp_path / "out").mkdir(exist_ok=True)
        copy = services.attachments.export_copy(info.id, tmp_path / "out")
        assert copy.read_bytes() == payload  # what the user asks for stays readable
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600  # and owner-only
        assert stat.S_IMODE((folder / info.sha256).stat().st_mode) == 0o600

    change = protection.unprotect(TEST_PASSPHRASE)
    assert change.attachments_converted == 4 and len(_readable(folder)) == 4
    for info, payload in files:
        assert (folder / info.sha256).read_bytes() == payload


def test_a_sealed_file_under_another_file_s_name_does_not_open(services, meeting, tmp_path):
    from conftest import TEST_PASSPHRASE

    from metrodesk.services.privacy.protection import Protection, is_protected

    if not is_protected(services.path):
        Protection(services.db).protect(TEST_PASSPHRASE)
    infos = []
    for n in range(2):
        source = tmp_path / f"f{n}.txt"
        source.write_bytes(NAMED + bytes([n]))
        infos.append(services.attachments.add(meeting, source))
    folder = services.attachments.folder
    (folder / infos[0].sha256).write_bytes((folder / infos[1].sha256).read_bytes())
    with pytest.raises(AttachmentMissing, match="changed or damaged"):
        services.attachments.read(infos[0].id)
    assert services.attachments.read(infos[1].id) == NAMED + b"\x01"


def test_a_resumed_conversion_clears_what_the_killed_one_left_behind(services, meeting, tmp_path):
    """A protect killed after the database was converted but before an attachment's rename
    leaves that file in its old, plain form beside its half-written new form; removing the
    protection then finds the file already plain (nothing to rewrite) and must still clear
    the half-written one."""
    from metrodesk.services.meetings import sealed_files

    source = tmp_path / "minutes.txt"
    source.write_bytes(NAMED)
    info = services.attachments.add(meeting, source)
    folder = services.attachments.folder
    (folder / info.sha256).write_bytes(NAMED)  # plain (the encrypted run stored it sealed)
    (folder / f".converting-{info.sha256}").write_bytes(b"half a sealed file")
    assert sealed_files.convert_folder(folder, None, None) == 0  # the file is already plain
    assert [p.name for p in folder.iterdir()] == [info.sha256]
    assert (folder / info.sha256).read_bytes() == NAMED
