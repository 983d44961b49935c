"""Where MetroDesk keeps its files by default, per user and platform. Nothing is created here."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "MetroDesk"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_database() -> Path:
    """METRODESK_DB when set, else metrodesk.sqlite in the user's data folder."""
    env = os.environ.get("METRODESK_DB")
    return Path(env).expanduser() if env else data_dir() / "metrodesk.sqlite"


def backup_dir(database: Path) -> Path:
    """Backups live beside the database, so a copied folder carries its own backups."""
    return database.parent / "backups"
