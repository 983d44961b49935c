"""What can be exported, by name: the one definition the exporters and the command line read
(a module of its own, without openpyxl, so that building the CLI's parser stays cheap)."""

from __future__ import annotations

#: what `metrodesk export KIND` accepts, and the sheets each writes, in workbook order
EXPORT_KINDS: dict[str, tuple[str, ...]] = {
    "contacts": ("Contacts",),
    "organisations": ("Organisations",),
    "cities": ("Member cities", "Membership fees"),
    "training": ("Training", "Courses"),
    "meetings": ("Meetings",),
    "actions": ("Action items",),
    "all": (
        "Contacts",
        "Organisations",
        "Member cities",
        "Membership fees",
        "Training",
        "Courses",
        "Meetings",
        "Action items",
    ),
}

#: what `export_csv` accepts, and the workbook sheet whose columns each writes
CSV_KINDS: dict[str, str] = {
    "contacts": "Contacts",
    "organisations": "Organisations",
    "cities": "Member cities",
    "meetings": "Meetings",
    "actions": "Action items",
}
