"""The log of unexpected errors, and the one-line reason shown for them: what a support person
needs (what failed, where in the code, the command) and no personal data.

The log used to be created 0644 and held whatever an exception said: SQLAlchemy's messages
quote the statement and its parameters (names, e-mail addresses), and a command line names
the user's files. Here the file is owner-only (0600, in a 0700 folder, tightened if an older
version made it wider), each exception is written as its type, its stack of code locations
and a message with quoted values, e-mail addresses and long numbers blanked, and the command
line keeps its command and options without their values.
"""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from metrodesk import paths
from metrodesk.data.files import private_folder
from metrodesk.data.platform_files import CLOEXEC, NOFOLLOW, fchmod

_EMAIL = re.compile(r"[^\s'\"<>()\[\],;:]+@[^\s'\"<>()\[\],;:]+")
# a quote that opens after a letter is an apostrophe ("can't"), not the start of a value
_QUOTED = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)|(?<!\w)\"[^\"\n]*\"(?!\w)")
_NUMBER = re.compile(r"\+?\d[\d ()./-]{5,}\d")


def scrub(text: str) -> str:
    """`text` without the values it may quote: e-mail addresses, quoted text, long numbers
    (phones, ids), on one line."""
    text = _EMAIL.sub("<e-mail>", text)
    text = _QUOTED.sub("'…'", text)
    text = _NUMBER.sub("<number>", text)
    return " ".join(text.split())


def message(exc: BaseException) -> str:
    """What an exception says, without SQL: a database error is reported by the database
    driver's own message ("UNIQUE constraint failed: contact_email.address"), not by
    SQLAlchemy's, which quotes the statement and its parameters."""
    orig = getattr(exc, "orig", None)
    if orig is not None and hasattr(exc, "statement"):
        return f"{type(orig).__name__}: {orig}"
    return str(exc)


def reason(exc: BaseException) -> str:
    """The exception in one line for the user: its type and its scrubbed message."""
    said = scrub(message(exc))
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__


def redacted_traceback(exc: BaseException) -> str:
    """The traceback as Python prints it (chained exceptions first), with every message
    scrubbed and no SQL."""
    chain: list[BaseException] = []
    each: BaseException | None = exc
    while each is not None and each not in chain:
        chain.append(each)
        each = each.__cause__ or (None if each.__suppress_context__ else each.__context__)
    parts = []
    for each in reversed(chain):
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(each.__traceback__))
        kind = type(each)
        parts.append(f"{kind.__module__}.{kind.__qualname__}: {scrub(message(each))}\n")
    return "".join(parts)


def command_line(argv: Sequence[str]) -> str:
    """The command line with its words (the command, a report's or export's kind) and
    options, every other value (paths name people too) replaced by '…'."""
    words: list[str] = []
    for arg in argv:
        if arg.startswith("-"):
            words.append(arg.split("=", 1)[0] + ("=…" if "=" in arg else ""))
        elif arg.isascii() and arg.isidentifier() and not (words and words[-1].startswith("-")):
            words.append(arg)
        else:
            words.append("…")
    return " ".join(words)


def append(log_name: str, heading: str, exc: BaseException) -> Path:
    """Append a scrubbed report of `exc` under `heading` to the owner-only log `log_name`;
    its path. OSError when it cannot be written."""
    folder = private_folder(paths.log_dir())
    path = folder / log_name
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | NOFOLLOW | CLOEXEC, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8", errors="replace") as out:
        fchmod(fd, 0o600)  # a log an older version made readable by others
        stamp = datetime.now().isoformat(timespec="seconds")
        out.write(f"--- {stamp} {heading} (pid {os.getpid()})\n{redacted_traceback(exc)}\n")
    return path
