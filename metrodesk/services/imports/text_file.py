"""Text files other programs export (CSV from Outlook, Google, Excel; vCards; calendars),
decoded without guessing wrong in silence.

Outlook writes Windows-1252 in Western Europe (or UTF-16 when asked for "Unicode"), Google
and LibreOffice UTF-8, Excel's "CSV UTF-8" UTF-8 with a byte order mark. The encoding is
told by the BOM, then by the NUL bytes of UTF-16 without one, then by whether the bytes are
valid UTF-8 (text in another encoding almost never is); what is left is read as
Windows-1252. A decoding that leaves text looking garbled (UTF-8 read as Windows-1252 and
saved again, "RenÃ©"; a DOS or Mac code page read as Windows-1252, "H‚lŠne") is refused
with the line it was seen on, never imported as it stands.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError

#: a contacts export of 100,000 people is some 60 MB in UTF-16; anything far larger is no
#: export of these programs, and reading it whole would cost more memory than it is worth
MAX_TEXT_BYTES = 256 * 1024 * 1024
#: the most columns a CSV may have: Outlook's export has 92, Google's grows with the number
#: of e-mails and phones of its busiest contact
MAX_CSV_COLUMNS = 400
#: the longest field read (csv's own default, 128 KiB, is shorter than some notes)
MAX_FIELD = 1024 * 1024
#: the delimiters CSV files use: English settings write ",", French and Spanish ";"
DELIMITERS = (",", ";", "\t")

#: how each encoding is named to the user
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16 (big-endian)",
    "cp1252": "Windows-1252",
}

#: UTF-8 read as Windows-1252: "Ã©" for "é", "Ã¨" for "è", "â€™" for "’"
_DOUBLE_UTF8 = re.compile(r"[ÂÃ][\u00a0-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u017d\u0161]|â€")
#: a DOS (850) or Mac code page read as Windows-1252 puts punctuation inside words: cp850's
#: "é" is Windows-1252's "‚", its "è" "Š", its "à" "…"; Mac Roman's "é" is "Ž"
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[‚ƒ„…†‡ˆ‰‹›•˜™“”¤¦¨¬¯´¸](?=[^\W\d_])")


@dataclass(frozen=True)
class DecodedText:
    text: str
    #: the Python codec used (a key of ENCODING_NAMES)
    encoding: str

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def read_text(path: Path) -> DecodedText:
    """The file at `path` as text; ServiceError for a file too large, binary, or in an
    encoding that would not read back as written."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise ServiceError(
                tr(
                    "{name} is {size} MB: larger than any export of a contacts or calendar program"
                ).format(name=path.name, size=size // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ServiceError(
            tr("{name} cannot be read ({reason})").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    return decode(path.name, data)


def decode(name: str, data: bytes) -> DecodedText:
    encoding = detect_encoding(data)
    if encoding is None:
        raise ServiceError(
            tr(
                "{name} is not text in UTF-8, UTF-16 or Windows-1252; save it again as "
                "UTF-8 (in Excel: CSV UTF-8) and import that file"
            ).format(name=name)
        )
    text = data.decode(encoding)
    if encoding.startswith("utf-16") and text.startswith("\ufeff"):
        text = text[1:]
    _check_plain(name, text, encoding)
    return DecodedText(text, encoding)


def detect_encoding(data: bytes) -> str | None:
    """The codec that reads `data` as it was written, or None when none of these does."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return _valid(data, "utf-16-le")
    if data.startswith(codecs.BOM_UTF16_BE):
        return _valid(data, "utf-16-be")
    sample = data[:4096]
    if sample.count(0) * 4 >= len(sample) > 0:
        # ASCII text in UTF-16 has a NUL beside every character; which side tells the order
        evens, odds = sample[0::2].count(0), sample[1::2].count(0)
        return _valid(data, "utf-16-le" if odds > evens else "utf-16-be")
    return _valid(data, "utf-8") or _valid(data, "cp1252")


def _valid(data: bytes, encoding: str) -> str | None:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _check_plain(name: str, text: str, encoding: str) -> None:
    """Refuse text that decoded but does not read as written: NUL characters (a binary file,
    or UTF-16 taken for something else) and the marks of a wrong code page."""
    if "\x00" in text:
        raise ServiceError(tr("{name} holds binary data, not text").format(name=name))
    for pattern in (_DOUBLE_UTF8, _INSIDE_WORD):
        found = pattern.search(text)
        if found is None or (pattern is _INSIDE_WORD and encoding != "cp1252"):
            continue
        line = text.count("\n", 0, found.start()) + 1
        start = text.rfind("\n", 0, found.start()) + 1
        word = re.search(r'[^\s,;"]*$', text[start : found.start()])
        before = word.group(0)[-12:] if word else ""
        after = re.match(r'[^\s,;"]*', text[found.start() : found.start() + 24])
        seen = before + (after.group(0) if after else "")
        raise ServiceError(
            tr(
                "{name}, line {line}: '{text}' looks garbled: the file was saved in an "
                "encoding other than the one it was read in ({encoding}); save it again as "
                "UTF-8 and import that file"
            ).format(name=name, line=line, text=seen[:30], encoding=ENCODING_NAMES[encoding])
        )


# ---------------------------------------------------------------------------------------------
# CSV


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's records, each a tuple of its fields (trailing empty fields kept)."""

    name: str
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    encoding: str

    @property
    def header(self) -> tuple[str, ...]:
        return self.rows[0] if self.rows else ()

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def delimiter_name(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab"}[self.delimiter]


def read_csv(path: Path) -> CsvTable:
    """Every record of the CSV file at `path`; ServiceError (with the line) for a file that
    is not CSV as these programs write it."""
    decoded = read_text(path)
    return parse_csv(path.name, decoded.text, decoded.encoding)


def parse_csv(name: str, text: str, encoding: str = "utf-8") -> CsvTable:
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[str, ...]] = []
    previous = csv.field_size_limit(MAX_FIELD)
    try:
        for record in reader:
            if len(record) > MAX_CSV_COLUMNS:
                raise ServiceError(
                    tr(
                        "{name}, line {line}: {columns} columns; a contacts export has at"
                        " most {limit}"
                    ).format(
                        name=name,
                        line=reader.line_num,
                        columns=len(record),
                        limit=MAX_CSV_COLUMNS,
                    )
                )
            rows.append(tuple(record))
    except csv.Error as exc:
        raise ServiceError(
            tr("{name}, line {line}: not valid CSV ({reason})").format(
                name=name, line=reader.line_num, reason=exc
            )
        ) from None
    finally:
        csv.field_size_limit(previous)
    while rows and not any(field.strip() for field in rows[-1]):
        rows.pop()
    if not rows:
        raise ServiceError(tr("{name} is empty").format(name=name))
    return CsvTable(name, tuple(rows), delimiter, encoding)


def sniff_delimiter(text: str) -> str:
    """The delimiter of the first record: the candidate found most often outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","
