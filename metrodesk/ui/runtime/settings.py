"""The user's preferences: declared once, in one table, each with its type and default.

Everything the app remembers between sessions goes through here, so the Settings dialog, the
widgets that use a preference and the tests agree on its key, type and default. A preference
shown in the Settings dialog has a label and a group (the dialog is built from this table);
one kept by a widget itself (the columns a list shows) has neither.

Values are stored by QSettings (an INI file in the user's config folder on Linux, the registry
on Windows, a plist on macOS). Whatever is read back is checked against the row: a value of
the wrong type or outside its choices reads as the default, so a hand-edited or older file
never breaks the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings

from metrodesk.i18n import QT_TR_NOOP

ORGANISATION, APPLICATION = "Metropolis", "MetroDesk"


@dataclass(frozen=True)
class Setting:
    """One preference. `key` may hold `{kind}` for a preference kept per section."""

    key: str
    type: type
    default: Any
    #: shown in the Settings dialog under `group` when both are given (QT_TR_NOOP texts)
    label: str = ""
    group: str = ""
    #: the values allowed, with their labels, for a preference chosen from a list
    choices: tuple[tuple[str, str], ...] = field(default=())
    help: str = ""

    def key_for(self, kind: str = "") -> str:
        return self.key.format(kind=kind) if "{kind}" in self.key else self.key


COLOUR_SCHEME = Setting(
    "appearance/colourScheme",
    str,
    "system",
    label=QT_TR_NOOP("&Colours"),
    group=QT_TR_NOOP("Appearance"),
    choices=(
        ("system", QT_TR_NOOP("As the desktop is set")),
        ("light", QT_TR_NOOP("Light")),
        ("dark", QT_TR_NOOP("Dark")),
    ),
    help=QT_TR_NOOP("Light or dark, or following the desktop's own setting"),
)
START_SECTION = Setting(
    "window/startSection",
    str,
    "dashboard",
    label=QT_TR_NOOP("&Open on"),
    group=QT_TR_NOOP("Start"),
    choices=(
        ("dashboard", QT_TR_NOOP("The dashboard")),
        ("last", QT_TR_NOOP("The section shown last")),
    ),
)
LANGUAGE = Setting(
    "appearance/language",
    str,
    "system",
    label=QT_TR_NOOP("&Language"),
    group=QT_TR_NOOP("Appearance"),
    # each language named in itself, as language menus do: the person who cannot read the
    # current one still finds their own
    choices=(
        ("system", QT_TR_NOOP("As the system is set")),
        #: the language's own name: leave it as it is
        ("en", QT_TR_NOOP("English")),
        #: the language's own name: leave it as it is
        ("fr", QT_TR_NOOP("Français")),
        #: the language's own name: leave it as it is
        ("es", QT_TR_NOOP("Español")),
    ),
    help=QT_TR_NOOP("The language of menus, dialogs and reports, and how dates and numbers read"),
)
REMINDERS_AT_START = Setting(
    "reminders/showAtStart",
    bool,
    True,
    label=QT_TR_NOOP("Show &reminders at start"),
    group=QT_TR_NOOP("Start"),
    help=QT_TR_NOOP("Action items due today or overdue, and fees overdue, in a bar at the top"),
)
#: the section shown when the window closed (for START_SECTION "last")
LAST_SECTION = Setting("window/lastSection", str, "")
#: per section: the columns of its list the user hid (from the header's menu)
HIDDEN_COLUMNS = Setting("lists/{kind}/hiddenColumns", list, [])

#: every preference, in the order the Settings dialog shows those it shows
SETTINGS: tuple[Setting, ...] = (
    LANGUAGE,
    COLOUR_SCHEME,
    START_SECTION,
    REMINDERS_AT_START,
    LAST_SECTION,
    HIDDEN_COLUMNS,
)


def _convert(setting: Setting, raw: object) -> Any:
    """`raw` as the setting's type, or its default when it cannot be one."""
    if setting.type is list:
        if isinstance(raw, str):
            return [part for part in raw.split(",") if part]
        if isinstance(raw, list | tuple) and all(isinstance(p, str) for p in raw):
            return list(raw)
        return list(setting.default)
    if setting.type is bool:
        if isinstance(raw, bool):
            return raw
        return {"true": True, "false": False}.get(str(raw).lower(), setting.default)
    if setting.type is int:
        try:
            return int(str(raw))
        except ValueError:
            return setting.default
    value = str(raw)
    if setting.choices and value not in {v for v, _ in setting.choices}:
        return setting.default
    return value


class Preferences:
    """Reads and writes the table's preferences (cheap to make: make one where needed)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORGANISATION, APPLICATION)

    def get(self, setting: Setting, kind: str = "") -> Any:
        raw = self.store.value(setting.key_for(kind), None)
        return _convert(setting, raw) if raw is not None else _default(setting)

    def set(self, setting: Setting, value: Any, kind: str = "") -> None:
        key = setting.key_for(kind)
        if value == _default(setting):
            self.store.remove(key)
        else:
            stored = ",".join(value) if setting.type is list else value
            self.store.setValue(key, stored)

    def kinds_with(self, setting: Setting) -> list[str]:
        """The sections for which a per-section preference holds something."""
        prefix, _, suffix = setting.key.partition("{kind}")
        kinds = []
        for key in self.store.allKeys():
            if key.startswith(prefix) and key.endswith(suffix):
                kinds.append(key[len(prefix) : len(key) - len(suffix)])
        return sorted(kinds)

    def location(self) -> str:
        """Where the preferences are kept (a file, or the registry's key on Windows)."""
        return self.store.fileName()


def _default(setting: Setting) -> Any:
    return list(setting.default) if setting.type is list else setting.default


def shown_settings() -> Sequence[Setting]:
    """The preferences the Settings dialog shows, in its order."""
    return [s for s in SETTINGS if s.label and s.group]
