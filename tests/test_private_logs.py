"""Logs and MetroDesk's own folders are owner-only, and an error never carries SQL or the
values of records into a log, a dialog or the command's one line (issue 18, items 11, 13)."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from metrodesk import cli, paths, support_log
from metrodesk.data.models import Organisation
from metrodesk.services.facade import Services
from metrodesk.services.storage import backups

PERSONAL = ("Agnès", "Bickart", "abickart@metropolis.org", "934134500")


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    """Files are made as most desktops make them (022): owner-only must not rely on a umask."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _integrity_error(svc: Services) -> IntegrityError:
    """A real constraint failure whose statement carries a person's name and address."""
    with svc.db.read() as s:
        taken = s.scalars(select(Organisation.id)).first()
    try:
        with svc.db.action("Clash") as s:
            s.execute(
                insert(Organisation).values(
                    id=taken,
                    name="Agnès Bickart <abickart@metropolis.org>",
                    notes="+34 934134500",
                )
            )
    except IntegrityError as exc:
        return exc
    raise AssertionError("the insert should have failed")


def test_an_integrity_error_is_one_line_without_sql_or_personal_data(
    sample_services: Services,
) -> None:
    exc = _integrity_error(sample_services)

    line = cli._reason(exc)

    assert "\n" not in line and "UNIQUE constraint failed: organisation.id" in line
    assert not any(word in line for word in PERSONAL)
    assert "INSERT" not in line and "SELECT" not in line
    log = paths.log_dir() / "metrodesk.log"
    text = log.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "Traceback" in text
    assert not any(word in text for word in PERSONAL)
    assert "INSERT INTO" not in text
    assert mode(log) == 0o600 and mode(log.parent) == 0o700


def test_a_log_an_older_version_left_open_to_others_is_made_owner_only() -> None:
    folder = paths.log_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    old = folder / "metrodesk.log"
    old.write_text("--- an older entry\n")
    old.chmod(0o644)

    support_log.append("metrodesk.log", "metrodesk check", ValueError("x"))

    assert mode(old) == 0o600 and mode(folder) == 0o700
    assert old.read_text().startswith("--- an older entry\n")


def test_the_command_line_is_logged_without_its_values() -> None:
    said = support_log.command_line(
        ["--db", "/home/agnes/Agnès.sqlite", "import", "Bickart contacts.xlsx", "--dry-run"]
    )
    assert said == "--db … import … --dry-run"


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("can't encode character '\\udce9' in position 10", "can't encode", "udce9"),
        ("no contact named 'Agnès Bickart'", "no contact named", "Agnès"),
        ("bad address abickart@metropolis.org here", "bad address", "abickart"),
        ("number +34 93 413 45 00 refused", "refused", "413"),
    ],
)
def test_scrub_keeps_the_shape_and_drops_the_values(text: str, kept: str, gone: str) -> None:
    assert kept in support_log.scrub(text) and gone not in support_log.scrub(text)


def test_the_backups_folder_is_owner_only_even_when_made_wider_before(sample_path: Path) -> None:
    folder = paths.backup_dir(sample_path)
    folder.mkdir()
    folder.chmod(0o755)

    made = backups.take_backup(sample_path, "daily")

    assert mode(folder) == 0o700 and mode(made.path) == 0o600


def test_a_new_database_folder_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "new" / "place" / f"{uuid.uuid4().hex}.sqlite"
    svc = Services.open(target)
    svc.close()
    assert mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700
