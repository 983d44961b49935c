"""The versions of what MetroDesk runs on, for Help › About and support requests. No Qt here
(the About box adds Qt's own); nothing is imported to learn a version: the installed packages'
metadata says it (PyInstaller's bundle carries that metadata, see packaging/metrodesk.spec)."""

from __future__ import annotations

import importlib.metadata
import platform
import sqlite3

#: the libraries named, as (shown name, distribution name on PyPI)
LIBRARIES = (
    ("SQLAlchemy", "SQLAlchemy"),
    ("Alembic", "alembic"),
    ("openpyxl", "openpyxl"),
    ("phonenumbers", "phonenumbers"),
    ("email-validator", "email-validator"),
    ("pycountry", "pycountry"),
    ("icalendar", "icalendar"),
    ("RapidFuzz", "rapidfuzz"),
    ("defusedxml", "defusedxml"),
    ("platformdirs", "platformdirs"),
)
UNKNOWN = "?"


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, SQLite and every library MetroDesk uses, as this copy runs
    them; UNKNOWN for one whose metadata is missing."""
    found = [("Python", platform.python_version()), ("SQLite", sqlite3.sqlite_version)]
    for name, dist in LIBRARIES:
        try:
            found.append((name, importlib.metadata.version(dist)))
        except importlib.metadata.PackageNotFoundError:
            found.append((name, UNKNOWN))
    return found
