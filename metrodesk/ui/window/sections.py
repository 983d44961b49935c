"""The sections of the main window, in navigation order, with the words each one uses.

Strings here are source texts marked with QT_TR_NOOP; they are translated when shown. Each
section has its own whole phrases ("No meetings yet", "Search contacts") rather than a noun
fitted into one sentence: French and Spanish nouns have genders a shared sentence cannot
guess ("Aucune réunion", "Ningún contacto").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from metrodesk.i18n import QT_TR_NOOP, tr, translated


def _no_count(n: int) -> str:
    return ""


@dataclass(frozen=True)
class Section:
    #: the record kind the section lists; "" for the dashboard
    kind: str
    title: str
    new_label: str = ""
    search_hint: str = ""
    #: the search box's accessible name
    search_name: str = ""
    #: the empty list's text: nothing yet ({button}: the New button's text)
    empty: str = ""
    #: the empty list's text when filters hide everything
    empty_filtered: str = ""
    #: "1 contact", "1,204 contacts", in the interface's language
    count: Callable[[int], str] = _no_count
    #: the list column that names a record (for messages such as "Moved … to Trash")
    label_key: str = "name"

    def text(self, source: str) -> str:
        return translated(source)

    def count_text(self, n: int) -> str:
        return self.count(n)


DASHBOARD = Section("", QT_TR_NOOP("Dashboard"))

SECTIONS: tuple[Section, ...] = (
    DASHBOARD,
    Section(
        "contact",
        QT_TR_NOOP("Contacts"),
        QT_TR_NOOP("New contact"),
        QT_TR_NOOP("Search contacts…"),
        QT_TR_NOOP("Search contacts"),
        QT_TR_NOOP("No contacts yet — press {button}"),
        QT_TR_NOOP("No contacts match these filters"),
        lambda n: tr("%Ln contacts", "", n),
    ),
    Section(
        "organisation",
        QT_TR_NOOP("Organisations"),
        QT_TR_NOOP("New organisation"),
        QT_TR_NOOP("Search organisations…"),
        QT_TR_NOOP("Search organisations"),
        QT_TR_NOOP("No organisations yet — press {button}"),
        QT_TR_NOOP("No organisations match these filters"),
        lambda n: tr("%Ln organisations", "", n),
    ),
    Section(
        "member_city",
        QT_TR_NOOP("Member cities"),
        QT_TR_NOOP("New member city"),
        QT_TR_NOOP("Search member cities…"),
        QT_TR_NOOP("Search member cities"),
        QT_TR_NOOP("No member cities yet — press {button}"),
        QT_TR_NOOP("No member cities match these filters"),
        lambda n: tr("%Ln member cities", "", n),
    ),
    Section(
        "training_centre",
        QT_TR_NOOP("Training"),
        QT_TR_NOOP("New training centre"),
        QT_TR_NOOP("Search training centres…"),
        QT_TR_NOOP("Search training centres"),
        QT_TR_NOOP("No training centres yet — press {button}"),
        QT_TR_NOOP("No training centres match these filters"),
        lambda n: tr("%Ln training centres", "", n),
    ),
    Section(
        "meeting",
        QT_TR_NOOP("Meetings"),
        QT_TR_NOOP("New meeting"),
        QT_TR_NOOP("Search meetings…"),
        QT_TR_NOOP("Search meetings"),
        QT_TR_NOOP("No meetings yet — press {button}"),
        QT_TR_NOOP("No meetings match these filters"),
        lambda n: tr("%Ln meetings", "", n),
        label_key="title",
    ),
    Section(
        "action_item",
        QT_TR_NOOP("Action items"),
        QT_TR_NOOP("New action item"),
        QT_TR_NOOP("Search action items…"),
        QT_TR_NOOP("Search action items"),
        QT_TR_NOOP("No action items yet — press {button}"),
        QT_TR_NOOP("No action items match these filters"),
        lambda n: tr("%Ln action items", "", n),
        label_key="description",
    ),
)


def section_index(kind: str) -> int | None:
    return next((i for i, s in enumerate(SECTIONS) if s.kind and s.kind == kind), None)


def plural_noun(section: Section) -> str:
    """The section's records in the plural, as its count says them ("contacts", "villes
    membres"): for sentences that put the number elsewhere."""
    return section.count_text(2).split(" ", 1)[-1]
