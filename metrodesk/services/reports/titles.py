"""The reports by name, with the titles their workbooks carry: the one list the report writer
and the command line read (without openpyxl, so that building the CLI's parser stays cheap)."""

from __future__ import annotations

from metrodesk.i18n import QT_TR_NOOP

#: the reports `metrodesk report NAME` writes, and their titles (translated where shown: a
#: report workbook speaks the interface's language, English on the command line)
REPORT_TITLES = {
    "membership": QT_TR_NOOP("Membership report"),
    "training": QT_TR_NOOP("Training activity report"),
    "meetings": QT_TR_NOOP("Meetings register"),
    "actions": QT_TR_NOOP("Action items report"),
}
