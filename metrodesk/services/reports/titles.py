"""The reports by name, with the titles their workbooks carry: the one list the report writer
and the command line read (without openpyxl, so that building the CLI's parser stays cheap)."""

from __future__ import annotations

#: the reports `metrodesk report NAME` writes, and their titles
REPORT_TITLES = {
    "membership": "Membership report",
    "training": "Training activity report",
    "meetings": "Meetings register",
    "actions": "Action items report",
}
