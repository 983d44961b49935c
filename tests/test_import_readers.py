"""The readers of other programs' files: Outlook and Google CSV, vCards, calendars.

The files in tests/data/imports were written by hand the way those programs write them
(their documented columns, encodings, delimiters and quoting), not by MetroDesk's exporter:
outlook_fr.csv as French Outlook writes it (Windows-1252, ";", every field quoted, CRLF),
google.csv as Google Contacts does today (UTF-8, no BOM), google_older.csv in its older
layout (UTF-16 with a BOM), outlook.vcf as Outlook writes a vCard 2.1 (Windows-1252,
quoted-printable notes), contacts_apple.vcf as Apple Contacts writes 3.0, outlook_calendar.ics
as Outlook saves a calendar (Windows zone names, a recurring series with a moved and a
deleted occurrence, a cancelled event, a room, a declined attendee) and google_calendar.ics
as Google Calendar exports one (UTC times with X-WR-TIMEZONE).
"""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from metrodesk.services.errors import ServiceError
from metrodesk.services.imports.calendar_file import (
    MAX_OCCURRENCES,
    default_range,
    notes_html,
    read_calendar,
    read_calendar_file,
)
from metrodesk.services.imports.google_csv import google_layout, read_google
from metrodesk.services.imports.outlook_csv import outlook_layout, read_outlook
from metrodesk.services.imports.people_table import PeopleTable, country_code
from metrodesk.services.imports.text_file import decode, parse_csv, read_csv, read_text
from metrodesk.services.imports.vcard_file import read_vcards

DATA = Path(__file__).parent / "data" / "imports"
YEAR_2026 = (date(2026, 1, 1), date(2027, 1, 1))
MADRID = ZoneInfo("Europe/Madrid")


def rows_by_name(table: PeopleTable) -> dict[str, dict[str, str]]:
    out = {}
    for _, cells in table.rows:
        row = dict(zip(table.header, cells, strict=True))
        out[f"{row['Given name']} {row['Family name']}"] = row
    return out


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Prénom;Nom\r\nHélène;Dubœuf\r\n".encode("cp1252"), "cp1252"),
        ("Prénom,Nom\nHélène,Dubœuf\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Prénom,Nom\nHélène,Dubœuf\n".encode(), "utf-8-sig"),
        ("Prénom\tNom\r\nHélène\tDubœuf\r\n".encode("utf-16"), "utf-16-le"),
        ("Prénom,Nom\nHélène,Dubœuf\n".encode("utf-16-be"), "utf-16-be"),
        ("Prénom,Nom\nHélène,Dubœuf\n".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_each_encoding_these_programs_write_reads_back_as_written(
    data: bytes, encoding: str
) -> None:
    decoded = decode("x.csv", data)
    assert decoded.encoding == encoding
    assert "Hélène" in decoded.text and "Dubœuf" in decoded.text
    table = parse_csv("x.csv", decoded.text, decoded.encoding)
    assert table.rows == (("Prénom", "Nom"), ("Hélène", "Dubœuf"))


@pytest.mark.parametrize(
    "data",
    [
        # UTF-8 read as Windows-1252 somewhere, then saved as UTF-8: "RenÃ©"
        "Name;City\nRené;Zürich\n".encode().decode("cp1252").encode("utf-8"),
        # a DOS code page (850) taken for Windows-1252: "H‚lŠne", "Espa¤a"
        "Name;Country\nHélène;España\n".encode("cp850"),
    ],
)
def test_a_wrong_encoding_is_refused_with_the_line_never_imported_garbled(data: bytes) -> None:
    with pytest.raises(ServiceError, match=r"line 2: .* looks garbled"):
        decode("contacts.csv", data)


def test_bytes_of_no_known_encoding_and_binary_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="not text in UTF-8, UTF-16 or Windows-1252"):
        decode("x.csv", b"Name\n\x81\x8d\x8f\x90\x9d\n")
    with pytest.raises(ServiceError, match="binary data"):
        decode("x.csv", b"Name,Mail\nA\x00B,c\n")
    missing = tmp_path / "gone.csv"
    with pytest.raises(ServiceError, match="cannot be read"):
        read_text(missing)


def test_delimiters_and_quoted_fields() -> None:
    text = 'Nom;Notes;Ville\r\n"Dupont";"Deux lignes\r\net un ; dedans";"Paris"\r\n'
    table = parse_csv("x.csv", text)
    assert table.delimiter == ";"
    assert table.rows[1] == ("Dupont", "Deux lignes\r\net un ; dedans", "Paris")
    assert parse_csv("x.csv", "a,b,c\n1,2,3\n").delimiter == ","
    assert parse_csv("x.csv", "a\tb\n1\t2\n").delimiter == "\t"
    assert parse_csv("x.csv", '"a,b";c;d\n1;2;3\n').delimiter == ";"


def test_broken_and_empty_csv_are_refused_with_a_line() -> None:
    with pytest.raises(ServiceError, match=r"line \d: not valid CSV"):
        parse_csv("x.csv", 'a,b\n"unclosed,2\n3,4\n')
    with pytest.raises(ServiceError, match="is empty"):
        parse_csv("x.csv", "\n\n,,\n")
    with pytest.raises(ServiceError, match="columns"):
        parse_csv("x.csv", ",".join(["x"] * 1000) + "\n")


# --- Outlook --------------------------------------------------------------------------------


def test_french_outlook_export_in_windows_1252_with_semicolons() -> None:
    table = read_csv(DATA / "outlook_fr.csv")
    assert (table.encoding_name, table.delimiter_name) == ("Windows-1252", "semicolon")
    layout = outlook_layout(table.header)
    assert layout is not None and layout.language == "French"
    people = read_outlook(table, layout)
    assert people.source == "Outlook contacts (French)"
    rows = rows_by_name(people)
    jm = rows["Jean-Marc Lefèvre"]
    # the first "Titre" is the courtesy title, the second the job title
    assert jm["Honorific"] == "M."
    assert jm["Job title"] == "Directeur des relations internationales"
    assert jm["Organisation"] == "Métropole du Grand Paris"
    assert (jm["E-mail"], jm["Phone"], jm["Phone 2"]) == (
        "jm.lefevre@grandparis.fr",
        "01 44 55 66 77",
        "06 12 34 56 78",
    )
    assert (jm["City"], jm["Country"]) == ("Paris", "FR")
    assert jm["Tags"] == "Partenaires, Europe"
    assert jm["Notes"] == "Rencontré à Séville en octobre.\nSuit le dossier « Villes durables »."
    assert rows["Hélène Dubœuf"]["Organisation"] == "Région Île-de-France"
    # no business address: the home one
    assert (rows["José Ramírez Núñez"]["City"], rows["José Ramírez Núñez"]["Country"]) == (
        "Barcelone",
        "ES",
    )
    # an Exchange directory entry has no address; the second e-mail is the person's
    assert rows["Paul Girard"]["E-mail"] == "paul.girard@metropolis.org"
    assert any("1 Exchange address left out" in n for n in people.notes)
    unused = next(n for n in people.notes if n.startswith("Outlook columns not imported"))
    assert "Page Web" in unused and "Service" in unused and "Sexe" in unused
    # what Outlook writes into untouched fields ("0/0/00", "Faux", "Normale") is no data
    assert "Privé" not in unused and "Priorité" not in unused


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (
            "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
            "Business City,Business Country/Region,Business Phone,Mobile Phone,"
            "E-mail Address,E-mail Type,E-mail 2 Address,Categories,Notes,Web Page",
            "English",
        ),
        (
            "Tratamiento;Nombre;Segundo nombre;Apellidos;Sufijo;Organización;Departamento;"
            "Puesto;Ciudad de trabajo;País o región del trabajo;Teléfono del trabajo;Móvil;"
            "Dirección de correo electrónico;Dirección de correo electrónico 2;Categorías;"
            "Notas;Página web",
            "Spanish",
        ),
    ],
)
def test_english_and_spanish_outlook(header: str, language: str) -> None:
    delimiter = ";" if language == "Spanish" else ","
    values = [""] * len(header.split(delimiter))
    names = header.split(delimiter)
    for column, value in {
        1: "Ana",
        2: "Isabel",
        3: "Torres",
        5: "Ajuntament de Barcelona",
        7: "Tècnica",
        8: "Barcelona",
        9: "Spain" if language == "English" else "España",
        11: "+34 612 345 678",
        12: "atorres@bcn.cat",
    }.items():
        values[column] = value
    values[names.index("Categories" if language == "English" else "Categorías")] = "VIP;Europe"
    text = "".join(
        delimiter.join(f'"{field}"' for field in fields) + "\r\n" for fields in (names, values)
    )
    table = parse_csv("x.csv", text)
    layout = outlook_layout(table.header)
    assert layout is not None and layout.language == language
    row = rows_by_name(read_outlook(table, layout))["Ana Isabel Torres"]
    assert row["Organisation"] == "Ajuntament de Barcelona"
    assert row["Job title"] == "Tècnica"
    assert (row["E-mail"], row["Phone"], row["Country"]) == (
        "atorres@bcn.cat",
        "+34 612 345 678",
        "ES",
    )
    assert row["Tags"] == "VIP, Europe"


def test_a_sheet_of_a_few_common_columns_is_no_outlook_export() -> None:
    assert outlook_layout(("First Name", "Last Name", "E-mail Address", "Company")) is None
    assert google_layout(("First Name", "Last Name", "E-mail Address", "Company")) is None


# --- Google ---------------------------------------------------------------------------------


def test_google_contacts_current_layout() -> None:
    table = read_csv(DATA / "google.csv")
    assert (table.encoding_name, table.delimiter_name) == ("UTF-8", "comma")
    layout = google_layout(table.header)
    assert layout is not None and layout.current
    people = read_google(table, layout)
    rows = rows_by_name(people)
    mj = rows["María José García"]
    # the value labelled "* Work" is the primary one, whatever its place in the cell
    assert (mj["E-mail"], mj["E-mail 2"]) == ("mjgarcia@cdmx.gob.mx", "mj.garcia@gmail.com")
    # Google's own labels ("* myContacts", "* starred") are no tags
    assert mj["Tags"] == "Comité"
    assert (mj["City"], mj["Country"]) == ("Ciudad de México", "MX")
    assert mj["Job title"] == "Coordinadora de Asuntos Internacionales"
    assert rows["Chang-Beom Kim"]["Country"] == "KR"
    assert rows["Ahmed Hassan"]["Tags"] == "Metropolis, Africa"
    assert rows["서연 이"]["E-mail"] == "seoyeon.lee@seoul.go.kr"
    assert any("Birthday" in n for n in people.notes)


def test_google_contacts_older_layout_in_utf16() -> None:
    table = read_csv(DATA / "google_older.csv")
    assert table.encoding_name == "UTF-16"
    layout = google_layout(table.header)
    assert layout is not None and not layout.current
    rows = rows_by_name(read_google(table, layout))
    sow = rows["Rahmatouca Sow"]
    assert (sow["Organisation"], sow["Job title"]) == (
        "City of Dakar",
        "Chief Deputy of Cabinet of the Mayor",
    )
    assert (sow["Country"], sow["Language"], sow["Tags"]) == ("SN", "French", "Africa")
    assert rows["Nicholas You"]["Tags"] == "Awards"


# --- vCards ---------------------------------------------------------------------------------


def test_outlook_vcard_21_in_windows_1252_with_quoted_printable() -> None:
    decoded = read_text(DATA / "outlook.vcf")
    assert decoded.encoding == "cp1252"
    row = rows_by_name(read_vcards("outlook.vcf", decoded.text))["Jean-Marc Lefèvre"]
    assert row["Notes"] == "Rencontré à Séville en octobre.\nSuit le dossier « Villes durables »."
    assert (row["Organisation"], row["Honorific"], row["Country"]) == (
        "Métropole du Grand Paris",
        "M.",
        "FR",
    )
    assert (row["Phone"], row["Phone 2"]) == ("01 44 55 66 77", "06 12 34 56 78")


def test_apple_vcards_keep_their_uid_and_name_order() -> None:
    table = read_vcards("c.vcf", read_text(DATA / "contacts_apple.vcf").text)
    rows = rows_by_name(table)
    assert rows["Rehana Moosajee"]["UUID"] == "6f1c2e7a-3b4d-4c5e-9a8b-7c6d5e4f3a2b"
    assert rows["Rehana Moosajee"]["Tags"] == "Facilitators, Action Plan 2021-2023"
    assert rows["Chang-Beom Kim"]["Name order"] == "family-first"
    with pytest.raises(ServiceError, match="holds no vCard"):
        read_vcards("x.vcf", "hello\n")


def test_country_names_as_contacts_programs_write_them() -> None:
    for text, code in [
        ("Corée (République de)", "KR"),
        ("Hong Kong R.A.S.", "HK"),
        ("Russie", "RU"),
        ("Côte d’Ivoire", "CI"),
        ("Estados Unidos", "US"),
        ("", ""),
    ]:
        assert country_code(text) == code
    # a name of no country stays as written, for the importer to report
    assert country_code("Atlantis") == "Atlantis"


# --- calendars ------------------------------------------------------------------------------


def test_outlook_calendar_series_expanded_with_moved_and_deleted_occurrences() -> None:
    read = read_calendar_file(DATA / "outlook_calendar.ics", *YEAR_2026, local_zone=MADRID)
    team = [e for e in read.events if e.recurring]
    # ten Mondays, one deleted (EXDATE), one moved to the Tuesday
    assert len(team) == 9
    moved = next(e for e in team if "décalée" in e.title)
    assert moved.starts_at == datetime(2026, 2, 3, 11, 0)
    assert moved.key.endswith("#20260202T083000Z")
    assert datetime(2026, 1, 19, 9, 30) not in {e.starts_at for e in team}
    first = team[0]
    assert (first.starts_at, first.ends_at, first.time_zone) == (
        datetime(2026, 1, 5, 9, 30),
        datetime(2026, 1, 5, 10, 30),
        "Europe/Paris",
    )
    assert first.organiser is not None and first.organiser.role == "organiser"
    # the room is no participant
    assert [a.email for a in first.attendees] == ["abickart@metropolis.org", "jpuig@metropolis.org"]
    assert first.place == "Salle de réunion, Avinguda Diagonal 662, Barcelona"
    assert first.tags == ("Secrétariat",)
    assert "1 cancelled event left out" in read.notes


def test_times_stay_in_the_events_own_zone_not_the_machines() -> None:
    read = read_calendar_file(DATA / "outlook_calendar.ics", *YEAR_2026, local_zone=MADRID)
    by_title = {e.title: e for e in read.events}
    mexico = by_title["Bilateral CDMX – Metropolis"]
    assert (mexico.starts_at, mexico.time_zone) == (
        datetime(2026, 3, 10, 10, 0),
        "America/Mexico_City",
    )
    # the declined attendee is not there; the organiser is, once
    assert [a.email for a in mexico.attendees] == ["mjgarcia@cdmx.gob.mx"]
    seoul = by_title["서울 연수 과정 개막"]
    assert (seoul.starts_at, seoul.time_zone) == (datetime(2026, 4, 15, 10, 0), "Asia/Seoul")
    congress = by_title["Metropolis Annual Meeting"]
    assert congress.all_day and congress.time_zone == ""
    assert (congress.starts_at, congress.ends_at) == (
        datetime(2026, 10, 20),
        datetime(2026, 10, 22),
    )


def test_google_calendar_utc_times_shown_in_the_calendars_zone() -> None:
    read = read_calendar_file(DATA / "google_calendar.ics", *YEAR_2026, local_zone=MADRID)
    assert [e.starts_at for e in read.events] == [
        datetime(2026, 5, 13, 10, 0),
        datetime(2026, 6, 10, 10, 0),
        datetime(2026, 7, 8, 10, 0),
        datetime(2026, 8, 12, 10, 0),
    ]
    assert {e.time_zone for e in read.events} == {"Asia/Seoul"}
    lee = read.events[0].attendees[1]
    assert (lee.name, lee.role) == ("Lee Seo-yeon", "optional")
    # Google writes the address as the name when it knows no name
    assert read.events[0].organiser is not None and read.events[0].organiser.name == ""


def test_the_range_bounds_recurrences_and_keys_stay_the_same() -> None:
    path = DATA / "outlook_calendar.ics"
    february = read_calendar_file(path, date(2026, 2, 1), date(2026, 3, 1), local_zone=MADRID)
    recurring = [e for e in february.events if e.recurring]
    assert [e.starts_at.day for e in recurring if e.starts_at] == [3, 9, 16, 23]
    whole = read_calendar_file(path, *YEAR_2026, local_zone=MADRID)
    assert {e.key for e in recurring} <= {e.key for e in whole.events}
    # single events come whatever the range
    assert any(e.title == "Metropolis Annual Meeting" for e in february.events)
    nothing = read_calendar_file(path, date(2030, 1, 1), date(2031, 1, 1), local_zone=MADRID)
    assert not any(e.recurring for e in nothing.events)
    assert any("1 recurring series with no occurrence" in n for n in nothing.notes)
    with pytest.raises(ServiceError, match="ends before it starts"):
        read_calendar_file(path, date(2026, 2, 1), date(2026, 1, 1))


def test_a_runaway_series_is_refused_and_damaged_calendars_too() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Every minute\r\n"
        "DTSTART:20260101T000000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(ServiceError, match=f"more than {MAX_OCCURRENCES} occurrences"):
        read_calendar("x.ics", text, *YEAR_2026)
    with pytest.raises(ServiceError, match="holds no events"):
        read_calendar("x.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", *YEAR_2026)
    with pytest.raises(ServiceError, match="not a calendar"):
        read_calendar("x.ics", "hello world\r\n", *YEAR_2026)
    with pytest.raises(ServiceError, match="holds no events"):
        read_calendar("x.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n\x01garbage", *YEAR_2026)
    bad = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Broken\r\n"
        "DTSTART:notadate\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:No start\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    read = read_calendar("x.ics", bad, *YEAR_2026)
    assert read.events == []
    assert [(p.number, p.title, p.reason) for p in read.problems] == [
        (1, "Broken", "DTSTART 'notadate' is no date or time"),
        (2, "No start", "the event has no start (DTSTART)"),
    ]


def test_defaults_and_notes() -> None:
    assert default_range(date(2026, 12, 3)) == (date(2025, 12, 3), date(2027, 12, 3))
    assert notes_html("Ordre du jour :\n- un\n\nFin <b>") == (
        "<p>Ordre du jour :<br>- un</p><p>Fin &lt;b&gt;</p>"
    )
