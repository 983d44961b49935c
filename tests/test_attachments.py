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
    assert opened.path.read_bytes() == payload and opened.filename == "minutes draft.docx"
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
    stored.write_bytes(b"%PDF-1.4 something else")
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
