"""Hostile and broken files given to the importer: each gets a one-line reason, in bounded
memory, and changes nothing (the service and the `metrodesk import` command alike)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from metrodesk.data.journal import JournalEntry
from metrodesk.data.models import Contact, Meeting, Organisation
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.facade import Services
from metrodesk.services.imports import workbook_checks
from metrodesk.services.imports.apply import import_workbook

#: tracemalloc's peak while an import refuses a file; openpyxl on a bomb would go far past it
MEMORY_BOUND = 50 * 1024 * 1024
MB = 1024 * 1024

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>\n"
)
XXE = b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


# ---------------------------------------------------------------------------------------------
# building the files


def real_export(svc: Services, folder: Path) -> Path:
    target = folder / "real.xlsx"
    export_workbook(svc.db, "all", target)
    return target


def rewritten(
    source: Path,
    target: Path,
    change: Callable[[str, bytes], bytes] = lambda name, data: data,
    extra: Callable[[zipfile.ZipFile], None] | None = None,
) -> Path:
    """A copy of the workbook `source` with parts changed, and maybe parts added."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, change(info.filename, src.read(info.filename)))
        if extra is not None:
            extra(out)
    return target


def with_prolog(prolog: bytes, part: str) -> Callable[[str, bytes], bytes]:
    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        if data.startswith(b"<?xml"):
            data = data[data.index(b"?>") + 2 :]
        return prolog + data

    return change


def zip_bomb(source: Path, target: Path) -> Path:
    """The real export plus 100 MB of zeros packed into some 100 KB, written a megabyte at a
    time so that building it stays in flat memory too."""

    def bomb(out: zipfile.ZipFile) -> None:
        chunk = bytes(MB)
        with out.open("xl/media/image1.png", "w") as fh:
            for _ in range(100):
                fh.write(chunk)

    return rewritten(source, target, extra=bomb)


def billion_laughs(source: Path, target: Path) -> Path:
    return rewritten(source, target, with_prolog(LAUGHS, "xl/workbook.xml"))


def laughs_in_a_sheet(source: Path, target: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        return LAUGHS + data.replace(b"<t>UUID</t>", b"<t>&lol9;</t>", 1)

    return rewritten(source, target, change)


def external_entity(source: Path, target: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        return XXE + data.replace(b"<t>UUID</t>", b"<t>&xxe;</t>", 1)

    return rewritten(source, target, change)


def huge_dimension(source: Path, target: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        return data.replace(b"</sheetPr>", b'</sheetPr><dimension ref="A1:XFD1048576" />', 1)

    return rewritten(source, target, change)


def wide_row(source: Path, target: Path) -> Path:
    """No declared size (as openpyxl's write-only sheets), but a cell in the last column."""

    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        assert b"<dimension" not in data
        cell = b'<c r="XFD1" t="inlineStr"><is><t>far away</t></is></c>'
        return data.replace(b"</row>", cell + b"</row>", 1)

    return rewritten(source, target, change)


def protected(source: Path, target: Path) -> Path:
    """What Excel writes for a workbook with an opening password: an OLE2 compound file."""
    target.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096 - 8))
    return target


def encrypted_zip(source: Path, target: Path) -> Path:
    """A part marked encrypted (zipfile cannot write one: the flag is set in the bytes)."""

    def extra(out: zipfile.ZipFile) -> None:
        out.writestr("xl/secret.bin", b"ciphertext")

    data = bytearray(rewritten(source, target, extra=extra).read_bytes())
    name = b"xl/secret.bin"
    central = data.rindex(b"PK\x01\x02", 0, data.rindex(name))
    local = int.from_bytes(data[central + 42 : central + 46], "little")
    data[central + 8] |= 0x1
    data[local + 6] |= 0x1
    target.write_bytes(bytes(data))
    return target


def truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def damaged_sheet(source: Path, target: Path) -> Path:
    """The zip's directory intact, but the Contacts sheet's packed bytes garbled."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    # local header: 30 bytes, then the name and the extra field, then the packed data
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 20, start + min(info.compress_size, 200)):
        data[i] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


def empty(source: Path, target: Path) -> Path:
    target.write_bytes(b"")
    return target


def text_file(source: Path, target: Path) -> Path:
    target.write_text("UUID,Given name,Family name\n,Ada,Lovelace\n", encoding="utf-8")
    return target


def zip_without_workbook(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("readme.txt", "just a zip")
    return target


def document_renamed(source: Path, target: Path) -> Path:
    """An Office file, but a text document: its parts name no workbook."""
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr("word/document.xml", "<document/>")
    return target


#: (case, builder, words the reason must hold)
CASES: list[tuple[str, Callable[[Path, Path], Path], str]] = [
    ("zip_bomb", zip_bomb, "zip bomb"),
    ("billion_laughs", billion_laughs, "entities"),
    ("laughs_in_a_sheet", laughs_in_a_sheet, "entities"),
    ("external_entity", external_entity, "entities"),
    ("huge_dimension", huge_dimension, "declares"),
    ("wide_row", wide_row, "columns"),
    ("password_protected", protected, "password-protected"),
    ("encrypted_zip", encrypted_zip, "encrypted"),
    ("truncated", truncated, "damaged"),
    ("damaged_sheet", damaged_sheet, "damaged"),
    ("empty", empty, "empty"),
    ("text_renamed", text_file, "not an Excel workbook"),
    ("zip_without_workbook", zip_without_workbook, "not an Excel workbook"),
    ("document_renamed", document_renamed, "not an Excel workbook"),
]
IDS = [case[0] for case in CASES]


# ---------------------------------------------------------------------------------------------
# what must hold for every one


def fingerprint(svc: Services) -> tuple[object, ...]:
    """Row counts and the database file's bytes: any write would show in one of them."""
    with svc.db.read() as s:
        counts = tuple(
            s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Contact, Organisation, Meeting, JournalEntry)
        )
    digests = tuple(
        hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
        for p in (svc.db.path, svc.db.path.with_name(svc.db.path.name + "-wal"))
    )
    return counts, digests


@pytest.mark.parametrize(("case", "build", "words"), CASES, ids=IDS)
def test_hostile_file_is_refused_with_one_line_in_bounded_memory(
    sample_services: Services,
    tmp_path: Path,
    case: str,
    build: Callable[[Path, Path], Path],
    words: str,
) -> None:
    hostile = build(real_export(sample_services, tmp_path), tmp_path / f"{case}.xlsx")
    before = fingerprint(sample_services)
    backups = sorted(p.name for p in tmp_path.rglob("*before-import*"))

    tracemalloc.start()
    try:
        with pytest.raises(ServiceError) as caught:
            import_workbook(sample_services.db, hostile)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    message = str(caught.value)
    assert "\n" not in message and message.strip() == message
    assert hostile.name in message
    assert words in message
    assert peak < MEMORY_BOUND, f"{case}: {peak / MB:.1f} MB traced"
    assert fingerprint(sample_services) == before
    if case != "wide_row":
        # refused before the import began; a sheet with no declared size is refused as its
        # rows are read, after the usual backup before an import, like a rejected row
        assert sorted(p.name for p in tmp_path.rglob("*before-import*")) == backups


def test_the_real_export_itself_still_imports(sample_services: Services, tmp_path: Path) -> None:
    report = import_workbook(sample_services.db, real_export(sample_services, tmp_path))
    assert report.changed == 0


def test_a_large_total_is_refused_even_when_each_part_is_small(
    sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = real_export(sample_services, tmp_path)
    monkeypatch.setattr(workbook_checks, "MAX_UNCOMPRESSED", 4096)
    with pytest.raises(ServiceError, match="would expand to"):
        import_workbook(sample_services.db, source)


@pytest.mark.parametrize("limit", ["end record", "directory"])
def test_a_zip_of_too_many_parts_is_refused_before_it_is_listed(
    sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    source = real_export(sample_services, tmp_path)
    monkeypatch.setattr(workbook_checks, "MAX_MEMBERS", 5)
    if limit == "directory":
        monkeypatch.setattr(workbook_checks, "_check_entries", lambda path: None)
    with pytest.raises(ServiceError, match="too many parts"):
        import_workbook(sample_services.db, source)


def test_openpyxl_refuses_entities_even_past_the_check(
    sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """defusedxml is a dependency: openpyxl parses through it, a second wall behind ours."""
    source = real_export(sample_services, tmp_path)
    before = fingerprint(sample_services)
    monkeypatch.setattr(workbook_checks, "check_workbook_file", lambda path: None)
    for build in (external_entity, laughs_in_a_sheet):
        hostile = build(source, tmp_path / f"{build.__name__}.xlsx")
        with pytest.raises(ServiceError, match="not an Excel workbook"):
            import_workbook(sample_services.db, hostile)
    assert fingerprint(sample_services) == before


@pytest.mark.parametrize(("case", "build", "words"), CASES, ids=IDS)
def test_the_command_exits_non_zero_with_one_line(
    sample_services: Services,
    db_path: Path,
    tmp_path: Path,
    case: str,
    build: Callable[[Path, Path], Path],
    words: str,
) -> None:
    hostile = build(real_export(sample_services, tmp_path), tmp_path / f"{case}.xlsx")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = subprocess.run(
        [sys.executable, "-m", "metrodesk", "import", str(hostile), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]
    assert result.stdout == ""
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
