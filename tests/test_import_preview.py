"""The import preview (what would be new, updated, unchanged, rejected, possibly a duplicate),
workbooks of other layouts read through a column mapping, cancelling, and undo of a commit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.imports.mapping import ColumnMapping
from metrodesk.services.imports.outcome import ImportCancelled, ImportRejected
from metrodesk.services.imports.preview import FieldChange, ImportPreview, PreviewRow

HEADERS = [
    "UUID",
    "Given name",
    "Family name",
    "Job title",
    "Organisation",
    "E-mail",
    "Phone",
    "City",
    "Country",
    "Language",
]


def journal_size(svc: Services) -> tuple[int, int]:
    with svc.db.read() as s:
        entries = s.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
        actions = s.execute(select(func.count()).select_from(UserAction)).scalar_one()
    return entries, actions


def write_workbook(path: Path, title: str, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def contact(svc: Services, family: str) -> dict[str, Any]:
    for row in svc.lists.page("contact", family):
        found = svc.records.get("contact", row.id)
        if found["family_name"] == family:
            return found
    raise AssertionError(f"no contact {family}")


def as_row(svc: Services, c: dict[str, Any], **changes: Any) -> list[Any]:
    """The contact as a contract row holds it, with `changes` (keys: header texts)."""
    org = c["organisation_id"]
    values = {
        "UUID": str(c["id"]),
        "Given name": c["given_name"],
        "Family name": c["family_name"],
        "Job title": c["job_title"],
        "Organisation": svc.records.get("organisation", org)["name"] if org else "",
        "E-mail": c["email"],
        "Phone": c["phone"],
        "City": c["city"],
        "Country": c["country"],
        "Language": c["language"],
    }
    values.update(changes)
    return [values[h] for h in HEADERS]


def new_row(**values: Any) -> list[Any]:
    return [values.get(h, "") for h in HEADERS]


def by_row(preview: ImportPreview) -> dict[int, PreviewRow]:
    return {r.row: r for r in preview.rows}


@pytest.fixture
def hand_made(sample_services: Services, tmp_path: Path) -> Path:
    svc = sample_services
    eric, octavi, kim = (contact(svc, n) for n in ("Huybrechts", "de la Varga Mas", "Kim"))
    rows = [
        HEADERS,
        as_row(svc, eric),  # 2: unchanged
        as_row(svc, octavi, **{"Job title": "Secretary General", "City": "Girona"}),  # 3
        as_row(svc, kim, **{"E-mail": "kim@seoul.go.kr", "Phone": "+82221334567"}),
        new_row(**{"Given name": "Ana", "Family name": "López", "E-mail": "ana@example.org"}),
        # 6: a new row with Agnès Bickart's e-mail
        new_row(
            **{"Given name": "Anne", "Family name": "Martin", "E-mail": "abickart@metropolis.org"}
        ),
        # 7: Nicholas You, spelt with an accent and without the h
        new_row(**{"Given name": "Nicolás", "Family name": "You", "Country": "CN"}),
        new_row(**{"Given name": "Bad", "Family name": "Mail", "E-mail": "not-an-email"}),  # 8
        new_row(**{"Given name": "No family name"}),  # 9
        [None] * len(HEADERS),  # 10: blank, passed over
        new_row(**{"Family name": "Atlantis", "Country": "Atlantis"}),  # 11
        new_row(**{"Family name": "Nowhere", "Organisation": "No Such Org"}),  # 12
    ]
    return write_workbook(tmp_path / "hand-made.xlsx", "Contacts", rows)


def test_preview_of_a_hand_made_workbook(sample_services: Services, hand_made: Path) -> None:
    before = journal_size(sample_services)
    contacts = sample_services.lists.count("contact")
    octavi = contact(sample_services, "de la Varga Mas")

    preview = sample_services.imports.preview(hand_made)

    assert (preview.new, preview.updated, preview.unchanged, preview.rejected) == (3, 3, 1, 3)
    assert preview.possible_duplicates == 1
    assert preview.complete and not preview.can_commit
    assert preview.sheets == {
        "Contacts": {"new": 3, "updated": 3, "unchanged": 1, "rejected": 3, "skipped": 0}
    }
    rows = by_row(preview)
    assert sorted(rows) == [2, 3, 4, 5, 6, 7, 8, 9, 11, 12]
    assert [rows[n].status for n in sorted(rows)] == [
        "unchanged", "updated", "updated", "new", "updated", "new",
        "rejected", "rejected", "rejected", "new",
    ]  # fmt: skip
    assert rows[2].label == "Eric Huybrechts" and rows[2].changes == ()
    assert set(rows[3].changes) == {
        FieldChange("Job title", octavi["job_title"], "Secretary General"),
        FieldChange("City", octavi["city"], "Girona"),
    }
    # phones as the editor shows them, not as stored (E.164)
    assert rows[4].changes == (
        FieldChange("E-mail", "", "kim@seoul.go.kr"),
        FieldChange("Phone", "", "+82 2-2133-4567"),
    )
    assert rows[5].duplicates == ()
    # a row without UUID whose e-mail is one contact's updates that contact, diffs shown
    agnes = contact(sample_services, "Bickart")
    assert rows[6].matched == "e-mail" and rows[6].record_id == agnes["id"]
    assert set(rows[6].changes) == {
        FieldChange("Given name", "Agnès", "Anne"),
        FieldChange("Family name", "Bickart", "Martin"),
    }
    assert rows[6].options == (agnes["id"], "new", "skip") and rows[6].decision == agnes["id"]
    assert preview.matched_by_email == 1
    (by_name,) = rows[7].duplicates
    assert by_name.name == "Nicholas You" and by_name.reason.startswith("similar names (")
    assert rows[8].reason.startswith("E-mail: not a valid e-mail address")
    assert rows[9].reason == "Family name: is required"
    assert rows[11].reason == "Country: unknown country 'Atlantis' (use a name or ISO code)"
    # a row naming an organisation not on record creates it; the preview lists it
    (org,) = preview.new_names
    assert (org.kind, org.name, org.rows, org.decision) == (
        "organisation",
        "No Such Org",
        1,
        "create",
    )
    assert preview.problems[0].startswith("Contacts, row 8: E-mail: not a valid")
    # a preview writes nothing, not even an empty undo step
    assert journal_size(sample_services) == before
    assert sample_services.lists.count("contact") == contacts
    with pytest.raises(ImportRejected) as refused:
        sample_services.imports.commit(hand_made)
    assert len(refused.value.problems) == 3
    assert journal_size(sample_services) == before


def test_commit_applies_what_the_preview_showed_as_one_undo_step(
    sample_services: Services, tmp_path: Path
) -> None:
    svc = sample_services
    eric = contact(svc, "Huybrechts")
    rows = [
        HEADERS,
        as_row(svc, eric, **{"Job title": "Urban planner"}),
        new_row(**{"Given name": "Ana", "Family name": "López", "Phone": "+34 934 13 45 00"}),
    ]
    path = write_workbook(tmp_path / "two.xlsx", "Contacts", rows)
    contacts = svc.lists.count("contact")
    _, actions = journal_size(svc)
    preview = svc.imports.preview(path)
    assert (preview.new, preview.updated, preview.rejected) == (1, 1, 0)

    report = svc.imports.commit(path)

    assert report.sheets["Contacts"].new == 1 and report.sheets["Contacts"].updated == 1
    assert journal_size(svc)[1] == actions + 1
    assert svc.records.get("contact", eric["id"])["job_title"] == "Urban planner"
    ana = contact(svc, "López")
    assert ana["phone"] == "+34934134500"
    assert svc.history.state().undo == "Import two.xlsx"

    svc.history.undo()

    assert svc.lists.count("contact") == contacts
    assert svc.records.get("contact", eric["id"])["job_title"] == eric["job_title"]


def french_sheet(path: Path, bad_row: bool) -> Path:
    rows: list[list[Any]] = [
        ["Participants — atelier de Séoul 2024"],
        [],
        ["Prénom", "Nom", "Courriel", "Téléphone", "Pays", "Remarque interne"],
        ["Hélène", "Dubois", "helene.dubois@paris.fr", "+33 1 42 76 40 40", "FR", "à rappeler"],
        ["José", "García", "jgarcia@madrid.es", "", "ES", ""],
        ["Léa", "Martin", "lea.martin@exemple" if bad_row else "lea@exemple.fr", "", "FR", ""],
    ]
    return write_workbook(path, "Feuille 1", rows)


FRENCH = ColumnMapping(
    sheet="Feuille 1",
    header_row=3,
    kind="contact",
    columns={0: "Given name", 1: "Family name", 2: "E-mail", 3: "Phone", 4: "Country"},
)


def test_a_mapped_layout_reports_the_sheets_own_row_numbers(
    sample_services: Services, tmp_path: Path
) -> None:
    path = french_sheet(tmp_path / "atelier.xlsx", bad_row=True)

    preview = sample_services.imports.preview(path, mapping=FRENCH)

    assert (preview.new, preview.rejected) == (2, 1)
    assert [(r.sheet, r.row, r.status) for r in preview.rows] == [
        ("Feuille 1", 4, "new"),
        ("Feuille 1", 5, "new"),
        ("Feuille 1", 6, "rejected"),
    ]
    assert preview.problems[0].startswith("Feuille 1, row 6: E-mail: not a valid")
    # the column left unmapped is no column of the import: nothing to warn about
    assert preview.notes == []


def test_a_mapped_layout_imports(sample_services: Services, tmp_path: Path) -> None:
    path = french_sheet(tmp_path / "atelier.xlsx", bad_row=False)
    contacts = sample_services.lists.count("contact")

    report = sample_services.imports.commit(path, mapping=FRENCH)

    assert report.sheets["Feuille 1"].new == 3
    assert sample_services.lists.count("contact") == contacts + 3
    helene = contact(sample_services, "Dubois")
    assert (helene["given_name"], helene["email"]) == ("Hélène", "helene.dubois@paris.fr")
    assert (helene["phone"], helene["country"]) == ("+33142764040", "FR")
    # the title rows above the headers are no records
    assert not sample_services.lists.page("contact", "atelier")


def many_rows(path: Path, n: int) -> Path:
    rows = [HEADERS] + [new_row(**{"Family name": f"Person {i}"}) for i in range(n)]
    return write_workbook(path, "Contacts", rows)


@pytest.mark.parametrize("step", ["preview", "commit"])
def test_cancel_changes_nothing(sample_services: Services, tmp_path: Path, step: str) -> None:
    path = many_rows(tmp_path / "many.xlsx", 1200)
    before = journal_size(sample_services)
    contacts = sample_services.lists.count("contact")
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 1000  # stop at the second report

    with pytest.raises(ImportCancelled):
        getattr(sample_services.imports, step)(path, progress=progress)

    assert heard == [(500, 1200), (1000, 1200)]
    assert journal_size(sample_services) == before
    assert sample_services.lists.count("contact") == contacts


def test_preview_detail_is_bounded_but_counts_cover_every_row(
    sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import metrodesk.services.imports.preview as import_preview

    monkeypatch.setattr(import_preview, "DETAIL_LIMIT", 50)
    path = many_rows(tmp_path / "many.xlsx", 120)

    preview = sample_services.imports.preview(path)

    assert preview.new == 120
    assert len(preview.rows) == 50 and preview.rows_not_listed == 70
    assert not preview.complete


def test_formula_like_text_comes_back_unchanged(services: Services, tmp_path: Path) -> None:
    from metrodesk.data.models import Contact
    from metrodesk.services.exports.workbook import export_workbook

    typed = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "_x0041_"]
    # control characters no editor lets into a one-line field any more, as a file written by
    # an earlier version may hold them: they travel unchanged too
    older = ["\tTab", "\rReturn", "\x00Nul"]
    risky = typed + older
    for i, text in enumerate(risky):
        job = text if text in typed else ""
        cid = services.records.create("contact", {"family_name": f"Risk {i}", "job_title": job})
        if text in older:
            with services.db.action("older data") as s:
                contact = s.get(Contact, cid)
                assert contact is not None
                contact.job_title = text
    path = tmp_path / "risky.xlsx"
    export_workbook(services.db, "contacts", path)
    before = journal_size(services)

    preview = services.imports.preview(path)

    assert (preview.unchanged, preview.new, preview.updated) == (len(risky), 0, 0)
    assert services.imports.commit(path).changed == 0
    assert journal_size(services) == before


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_cli_dry_run_prints_the_preview(sample_services: Services, tmp_path: Path) -> None:
    svc = sample_services
    eric = contact(svc, "Huybrechts")
    rows = [HEADERS, as_row(svc, eric, **{"Job title": "Urban planner"})]
    rows.append(new_row(**{"Given name": "Agnes", "Family name": "Bickart"}))
    path = write_workbook(tmp_path / "edited.xlsx", "Contacts", rows)
    db = svc.path
    before = journal_size(svc)
    svc.close()

    result = run_cli("import", path, "--db", db, "--dry-run")

    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert out[0] == "1 new, 1 updated, 0 unchanged, 0 rejected, 1 possible duplicates"
    assert f"  Contacts, row 2 (Eric Huybrechts): Job title: {eric['job_title']!r} -> " in (
        result.stdout
    )
    assert "'Urban planner'" in result.stdout
    assert "Contacts, row 3 (Agnes Bickart) may be Agnès Bickart" in result.stdout
    assert out[-1] == "Dry run: nothing was written."
    assert result.stderr == ""
    after = Services.open(db)
    try:
        assert journal_size(after) == before
    finally:
        after.close()


def test_cli_dry_run_lists_rejected_rows_on_stderr(
    sample_services: Services, hand_made: Path
) -> None:
    db = sample_services.path
    sample_services.close()

    result = run_cli("import", hand_made, "--db", db, "--dry-run")

    assert result.returncode != 0
    assert "3 new, 3 updated, 1 unchanged, 3 rejected, 1 possible duplicates" in result.stdout
    assert "New organisation: No Such Org, named on 1 row" in result.stdout
    assert "Contacts, row 6 (Agnès Bickart): matched by e-mail" in result.stdout
    errors = result.stderr.splitlines()
    assert [e.split(":")[0] for e in errors[:3]] == [
        "Contacts, row 8",
        "Contacts, row 9",
        "Contacts, row 11",
    ]
    assert errors[-1] == "metrodesk: import refused: 3 rows were rejected"


def test_a_mapping_is_checked_before_any_row_is_read(
    sample_services: Services, tmp_path: Path
) -> None:
    not_a_workbook = tmp_path / "atelier.xlsx"
    not_a_workbook.write_bytes(b"Prenom;Nom\nHelene;Dubois\n")
    with pytest.raises(ServiceError, match="not an Excel workbook"):
        sample_services.imports.preview(not_a_workbook, mapping=FRENCH)
    other_sheet = french_sheet(tmp_path / "other.xlsx", bad_row=False)
    wrong = ColumnMapping("Sheet 2", 3, "contact", FRENCH.columns)
    with pytest.raises(ServiceError, match="has no sheet 'Sheet 2'"):
        sample_services.imports.commit(other_sheet, mapping=wrong)


def test_cancel_pressed_during_a_short_import_is_honoured(
    sample_services: Services, tmp_path: Path
) -> None:
    """Fewer rows than one progress step: the answer at the end still counts."""
    path = many_rows(tmp_path / "few.xlsx", 3)
    contacts = sample_services.lists.count("contact")
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return False

    with pytest.raises(ImportCancelled):
        sample_services.imports.commit(path, progress=progress)

    assert heard == [(3, 3)]
    assert sample_services.lists.count("contact") == contacts


def test_rows_may_name_an_organisation_by_its_local_name(
    sample_services: Services, tmp_path: Path
) -> None:
    """A colleague in Barcelona writes "Ajuntament de Barcelona", not the English name."""
    row = new_row(**{"Family name": "Puig", "Organisation": "Ajuntament de Barcelona"})
    path = write_workbook(tmp_path / "local.xlsx", "Contacts", [HEADERS, row])

    sample_services.imports.commit(path)

    puig = contact(sample_services, "Puig")
    organisation = sample_services.records.get("organisation", puig["organisation_id"])
    assert organisation["name"] == "Barcelona City Council"
