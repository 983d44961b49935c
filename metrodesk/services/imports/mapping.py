"""What the import wizard asks of a workbook that is not in the contract layout.

Colleagues keep their own sheets: a title or two above the headers, headers in French or
Spanish, columns in any order. This module looks at the first rows of each sheet (bounded:
never the whole sheet), guesses which row holds the headers and which column is which field,
and says what the user's answer (`ColumnMapping`) still lacks. The importer then reads the
sheet through that mapping with the same rules as a contract workbook.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from metrodesk.data.search_index import fold
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.imports.layout import (
    NOT_IMPORTED,
    SHEET_KINDS,
    DuplicateColumn,
    cell_value,
    read_layout,
)
from metrodesk.services.imports.workbook_checks import MAX_SHEET_COLUMNS, check_workbook_file
from metrodesk.services.records.forms import FORMS

#: the kinds a sheet of another layout may hold
KINDS = ("contact", "organisation")
#: how many rows of each sheet the wizard shows and guesses from
SAMPLE_ROWS = 30
#: further e-mail and phone columns offered as targets ("E-mail 2" ... "E-mail 4")
EXTRA_COLUMNS = 3
UUID = "UUID"


@dataclass(frozen=True)
class ColumnMapping:
    """The user's answer to the wizard: which sheet, which row holds the headers, which column
    is which field. Data starts on the row after `header_row`."""

    sheet: str  # sheet title as in the workbook
    header_row: int  # 1-based
    kind: str  # record kind, "contact" or "organisation"
    columns: Mapping[int, str]  # 0-based column index -> contract header text for that kind
    # ("UUID", "Given name", "Family name", "E-mail", "Phone", "E-mail 2" ...:
    # exactly the headers layout.read_layout accepts)

    def header(self, width: int) -> list[str | None]:
        return [self.columns.get(i) for i in range(width)]


@dataclass(frozen=True)
class SheetSample:
    """The first rows of one sheet, as cell values (text unescaped, whole floats as ints)."""

    title: str
    rows: tuple[tuple[Any, ...], ...]
    #: the number of rows the sheet declares (0 when it does not say)
    declared_rows: int

    @property
    def width(self) -> int:
        return max((_filled_width(r) for r in self.rows), default=0)

    def row(self, number: int) -> tuple[Any, ...]:
        """Row `number` (1-based) padded to the sample's width; empty past the sample."""
        values = self.rows[number - 1] if 0 < number <= len(self.rows) else ()
        return tuple(values[: self.width]) + (None,) * (self.width - len(values))

    def samples(self, column: int, header_row: int, count: int = 3) -> list[str]:
        """The first non-empty values below the header in one column, as text."""
        out: list[str] = []
        for values in self.rows[header_row:]:
            text = cell_text(values[column] if column < len(values) else None)
            if text:
                out.append(text)
            if len(out) == count:
                break
        return out


@dataclass(frozen=True)
class WorkbookSample:
    path: Path
    sheets: tuple[SheetSample, ...]
    #: a contract sheet (Contacts, Organisations ...) with its headers on row 1: the workbook
    #: imports as it is and the wizard skips the mapping pages
    contract: bool

    def sheet(self, title: str) -> SheetSample:
        for s in self.sheets:
            if s.title == title:
                return s
        raise ServiceError(
            tr("{name} has no sheet '{title}'").format(name=self.path.name, title=title)
        )


# ---------------------------------------------------------------------------------------------
# reading


def inspect_workbook(path: Path | str) -> WorkbookSample:
    """The sheets of the workbook at `path` and their first rows, after the same checks for
    hostile files as the import. Read-only and bounded: SAMPLE_ROWS rows of each sheet."""
    path = Path(path)
    check_workbook_file(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged parts: all mean the same
        raise ServiceError(
            tr("{name} is not an Excel workbook (.xlsx), or it is damaged").format(name=path.name)
        ) from exc
    try:
        sheets = tuple(_sample(path, wb[title]) for title in wb.sheetnames)
    finally:
        wb.close()
    if not any(s.rows for s in sheets):
        raise ServiceError(tr("{name} has no data: every sheet is empty").format(name=path.name))
    return WorkbookSample(path, sheets, is_contract(sheets))


def _sample(path: Path, ws: Any) -> SheetSample:
    rows: list[tuple[Any, ...]] = []
    try:
        declared = int(getattr(ws, "max_row", 0) or 0)
        for values in ws.iter_rows(
            max_row=SAMPLE_ROWS, max_col=MAX_SHEET_COLUMNS, values_only=True
        ):
            rows.append(tuple(cell_value(v) for v in values))
    except Exception as exc:  # damage inside a sheet shows only as it is parsed
        raise ServiceError(
            tr("{name} is damaged: sheet '{title}' cannot be read").format(
                name=path.name, title=ws.title
            )
        ) from exc
    while rows and _filled_width(rows[-1]) == 0:
        rows.pop()
    return SheetSample(str(ws.title), tuple(rows), declared)


def is_contract(sheets: Sequence[SheetSample]) -> bool:
    """A sheet named as in the contract whose first row the importer reads as headers."""
    kinds = {name.casefold(): kind for name, kind in SHEET_KINDS.items()}
    for s in sheets:
        kind = kinds.get(s.title.strip().casefold())
        if kind is None or not s.rows:
            continue
        try:
            layout = read_layout(kind, s.rows[0])
        except DuplicateColumn:
            return True  # ours, with a column copied: the import says which
        if len(layout.fields) + (layout.uuid is not None) >= 2:
            return True
    return False


def cell_text(value: Any) -> str:
    """A cell as the wizard shows it: dates without a midnight time, numbers as typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _filled_width(values: Sequence[Any]) -> int:
    """One past the last non-empty cell (read-only rows are padded to the declared width)."""
    for i in range(len(values) - 1, -1, -1):
        if cell_text(values[i]):
            return i + 1
    return 0


# ---------------------------------------------------------------------------------------------
# guessing

#: header names seen in colleagues' sheets, in English, French and Spanish, in the folded form
#: of `header_key` (lower case, no accents, no punctuation)
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "contact": {
        "Honorific": ("honorific", "salutation", "civilite", "tratamiento", "mr ms", "m mme"),
        "Given name": (
            "given name", "first name", "firstname", "forename", "prenom", "prenoms",
            "nombre", "nombres", "nombre de pila",
        ),
        "Family name": (
            "family name", "last name", "lastname", "surname", "nom", "nom de famille",
            "nom de naissance", "apellido", "apellidos", "primer apellido",
        ),
        "Name order": ("name order", "ordre du nom", "orden del nombre"),
        "Job title": (
            "job title", "job", "position", "function", "role", "fonction", "poste", "titre",
            "intitule du poste", "cargo", "puesto", "funcion",
        ),
        "Organisation": (
            "organisation", "organization", "organisme", "organizacion", "institucion",
            "institution", "entidad", "company", "employer", "entreprise", "societe",
            "empresa", "affiliation", "structure",
        ),
        "E-mail": (
            "email", "mail", "email address", "courriel", "adresse email", "adresse mail",
            "adresse courriel", "adresse electronique", "correo", "correo electronico",
            "direccion de correo", "direccion de correo electronico",
        ),
        "Phone": (
            "phone", "telephone", "tel", "phone number", "telephone number", "mobile",
            "portable", "numero de telephone", "telefono", "movil", "celular",
            "numero de telefono",
        ),
        "Language": (
            "language", "preferred language", "langue", "langue preferee", "idioma", "lengua",
        ),
        "City": ("city", "town", "ville", "commune", "ciudad", "localidad"),
        "Country": ("country", "pays", "pais", "nation"),
        "Tags": ("tags", "keywords", "etiquettes", "mots cles", "etiquetas", "palabras clave"),
        "Notes": (
            "notes", "note", "comments", "comment", "remarks", "remarques", "commentaires",
            "commentaire", "remarque", "observations", "notas", "comentarios", "observaciones",
        ),
    },
    "organisation": {
        "Name": (
            "name", "organisation", "organization", "organisme", "institution", "nom",
            "raison sociale", "denomination", "nombre", "organizacion", "institucion",
            "entidad", "denominacion", "nom de l organisme", "nom de l organisation",
            "nombre de la organizacion", "nombre de la institucion", "organisation name",
            "organization name",
        ),
        "Local name": (
            "local name", "official name", "nom local", "nom officiel", "nombre local",
            "nombre oficial",
        ),
        "Kind": ("kind", "type", "tipo", "type d organisme", "tipo de organizacion"),
        "City": ("city", "town", "ville", "commune", "ciudad", "localidad"),
        "Country": ("country", "pays", "pais", "nation"),
        "Website": (
            "website", "web site", "web", "url", "site web", "site internet", "site",
            "sitio web", "pagina web",
        ),
        "Notes": (
            "notes", "note", "comments", "remarks", "remarques", "commentaires", "notas",
            "comentarios", "observaciones",
        ),
    },
}  # fmt: skip

_NOT_WORD = re.compile(r"[^\w\s]")
_APOSTROPHE = re.compile(r"['\u2019]")
_NUMBERED = re.compile(r"^(.*?)\s*(\d+)$")


def header_key(text: str) -> str:
    """A header as compared: 'Correo (electrónico)' -> 'correo electronico',
    'Apellido(s)' -> 'apellidos', 'E-mail' -> 'email', 'Tél.' -> 'tel'."""
    spaced = _APOSTROPHE.sub(" ", fold(text).replace("_", " "))
    return " ".join(_NOT_WORD.sub("", spaced).split())


def target_fields(kind: str) -> list[str]:
    """What a column may be imported as: the headers the importer accepts for `kind`."""
    labels = [f.label for f in FORMS[kind] if (kind, f.key) not in NOT_IMPORTED]
    if kind == "contact":
        labels += [f"E-mail {n}" for n in range(2, EXTRA_COLUMNS + 2)]
        labels += [f"Phone {n}" for n in range(2, EXTRA_COLUMNS + 2)]
    return [UUID, *labels]


def _lookup(kind: str) -> dict[str, str]:
    """Folded header -> target; the contract's own headers count as synonyms too."""
    found = {header_key(t): t for t in target_fields(kind)}
    for target, names in SYNONYMS[kind].items():
        for name in names:
            found.setdefault(name, target)
    return found


def guess_target(kind: str, header: Any, loose: bool = True) -> str | None:
    """The field a column header names, or None. 'Courriel 2' -> 'E-mail 2'. `loose` also
    reads longer headers by a name they hold (for the mapping; not for telling kinds apart,
    where "Nom officiel" must not make a list of organisations a list of people)."""
    key = header_key(cell_text(header))
    if not key:
        return None
    lookup = _lookup(kind)
    if key in lookup:
        return lookup[key]
    numbered = _NUMBERED.match(key)
    if kind == "contact" and numbered:
        base, number = lookup.get(numbered.group(1)), int(numbered.group(2))
        if base in ("E-mail", "Phone") and 2 <= number <= EXTRA_COLUMNS + 1:
            return f"{base} {number}"
    return _within(key, lookup) if loose else None


def _within(key: str, lookup: dict[str, str]) -> str | None:
    """A longer header that holds a known name as whole words ("Ville de résidence",
    "Numéro de téléphone"): the longest such name decides, so "Nom de l'organisme" is the
    organisation rather than a name. Names of three letters ("nom", "tel") are too common
    inside other headers ("Nom officiel") to count."""
    words = f" {key} "
    found = [name for name in lookup if len(name) > 3 and f" {name} " in words]
    return lookup[max(found, key=len)] if found else None


def guess_columns(kind: str, header: Sequence[Any], loose: bool = True) -> dict[int, str]:
    """Column index -> target for every header recognised; a target goes to its first column
    only, so the guess never maps one field twice."""
    out: dict[int, str] = {}
    for i, value in enumerate(header):
        target = guess_target(kind, value, loose)
        if target is not None and target not in out.values():
            out[i] = target
    return out


def guess_kind(header: Sequence[Any]) -> str:
    """Contacts when the headers name people's fields (a name, an e-mail); organisations
    when they name an organisation's; contacts when they name nothing known."""
    scores = {kind: len(guess_columns(kind, header, loose=False)) for kind in KINDS}
    people = set(guess_columns("contact", header, loose=False).values())
    if people & {"Given name", "Family name", "E-mail", "Phone"}:
        return "contact"
    return "organisation" if scores["organisation"] else "contact"


def guess_header_row(sheet: SheetSample) -> int:
    """The 1-based row holding the headers: the first row where at least two cells name
    fields; otherwise the first row whose cells are mostly text. Title rows above the
    headers ("Participants 2024", one cell) are passed over either way."""
    for number, values in enumerate(sheet.rows, 1):
        if max(len(guess_columns(kind, values, loose=False)) for kind in KINDS) >= 2:
            return number
    widest = max((_filled_count(r) for r in sheet.rows), default=0)
    for number, values in enumerate(sheet.rows, 1):
        texts = sum(1 for v in values if isinstance(v, str) and v.strip())
        if texts >= 2 and texts * 2 >= widest:
            return number
    return 1


def _filled_count(values: Sequence[Any]) -> int:
    return sum(1 for v in values if cell_text(v))


def guess_mapping(sheet: SheetSample, kind: str | None = None) -> ColumnMapping:
    """The wizard's first answer for one sheet, which the user then corrects."""
    header_row = guess_header_row(sheet)
    header = sheet.row(header_row)
    kind = kind or guess_kind(header)
    return ColumnMapping(sheet.title, header_row, kind, guess_columns(kind, header))


# ---------------------------------------------------------------------------------------------
# checking the answer


def mapped_twice(mapping: ColumnMapping) -> dict[str, list[int]]:
    """Targets chosen for more than one column, with those columns (0-based)."""
    columns: dict[str, list[int]] = {}
    for i, target in sorted(mapping.columns.items()):
        columns.setdefault(target, []).append(i)
    return {t: cols for t, cols in columns.items() if len(cols) > 1}


def mapping_problems(mapping: ColumnMapping) -> list[str]:
    """Why this answer cannot be imported yet, one line each; empty when it can."""
    problems: list[str] = []
    allowed = set(target_fields(mapping.kind))
    for i, target in sorted(mapping.columns.items()):
        if target not in allowed:
            problems.append(f"column {column_letter(i)}: '{target}' is no field of this kind")
    for target, cols in mapped_twice(mapping).items():
        letters = ", ".join(column_letter(c) for c in cols)
        problems.append(f"'{target}' is chosen for more than one column ({letters})")
    required = [f.label for f in FORMS[mapping.kind] if f.required]
    targets = set(mapping.columns.values())
    if UUID not in targets:
        for label in required:
            if label not in targets:
                problems.append(f"no column is imported as '{label}', which every record needs")
    if not mapping.columns:
        problems.insert(0, "no column is chosen for import")
    return problems


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB': how Excel names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
