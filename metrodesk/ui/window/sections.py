"""The sections of the main window, in navigation order, with the words each one uses.

Strings here are source texts marked with QT_TRANSLATE_NOOP; they are translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from metrodesk.ui.runtime.marks import QT_TRANSLATE_NOOP

CONTEXT = "Sections"


@dataclass(frozen=True)
class Section:
    #: the record kind the section lists; "" for the dashboard
    kind: str
    title: str
    singular: str = ""
    plural: str = ""
    new_label: str = ""
    search_hint: str = ""
    #: the list column that names a record (for messages such as "Moved … to Trash")
    label_key: str = "name"

    def text(self, source: str) -> str:
        return QCoreApplication.translate(CONTEXT, source)

    def count_text(self, n: int) -> str:
        """'1 contact', '1,204 contacts'."""
        # imported here: the window's frame shows the sections before phonenumbers and
        # pycountry (which formatting brings) are loaded
        from metrodesk.ui.window.formatting import number

        noun = self.singular if n == 1 else self.plural
        return f"{number(n)} {self.text(noun)}"


DASHBOARD = Section("", QT_TRANSLATE_NOOP(CONTEXT, "Dashboard"))

SECTIONS: tuple[Section, ...] = (
    DASHBOARD,
    Section(
        "contact",
        QT_TRANSLATE_NOOP(CONTEXT, "Contacts"),
        QT_TRANSLATE_NOOP(CONTEXT, "contact"),
        QT_TRANSLATE_NOOP(CONTEXT, "contacts"),
        QT_TRANSLATE_NOOP(CONTEXT, "New contact"),
        QT_TRANSLATE_NOOP(CONTEXT, "Search contacts…"),
    ),
    Section(
        "organisation",
        QT_TRANSLATE_NOOP(CONTEXT, "Organisations"),
        QT_TRANSLATE_NOOP(CONTEXT, "organisation"),
        QT_TRANSLATE_NOOP(CONTEXT, "organisations"),
        QT_TRANSLATE_NOOP(CONTEXT, "New organisation"),
        QT_TRANSLATE_NOOP(CONTEXT, "Search organisations…"),
    ),
    Section(
        "member_city",
        QT_TRANSLATE_NOOP(CONTEXT, "Member cities"),
        QT_TRANSLATE_NOOP(CONTEXT, "member city"),
        QT_TRANSLATE_NOOP(CONTEXT, "member cities"),
        QT_TRANSLATE_NOOP(CONTEXT, "New member city"),
        QT_TRANSLATE_NOOP(CONTEXT, "Search member cities…"),
    ),
    Section(
        "training_centre",
        QT_TRANSLATE_NOOP(CONTEXT, "Training"),
        QT_TRANSLATE_NOOP(CONTEXT, "training centre"),
        QT_TRANSLATE_NOOP(CONTEXT, "training centres"),
        QT_TRANSLATE_NOOP(CONTEXT, "New training centre"),
        QT_TRANSLATE_NOOP(CONTEXT, "Search training centres…"),
    ),
    Section(
        "meeting",
        QT_TRANSLATE_NOOP(CONTEXT, "Meetings"),
        QT_TRANSLATE_NOOP(CONTEXT, "meeting"),
        QT_TRANSLATE_NOOP(CONTEXT, "meetings"),
        QT_TRANSLATE_NOOP(CONTEXT, "New meeting"),
        QT_TRANSLATE_NOOP(CONTEXT, "Search meetings…"),
        label_key="title",
    ),
    Section(
        "action_item",
        QT_TRANSLATE_NOOP(CONTEXT, "Action items"),
        QT_TRANSLATE_NOOP(CONTEXT, "action item"),
        QT_TRANSLATE_NOOP(CONTEXT, "action items"),
        QT_TRANSLATE_NOOP(CONTEXT, "New action item"),
        QT_TRANSLATE_NOOP(CONTEXT, "Search action items…"),
        label_key="description",
    ),
)


def section_index(kind: str) -> int | None:
    return next((i for i, s in enumerate(SECTIONS) if s.kind and s.kind == kind), None)
