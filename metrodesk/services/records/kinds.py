"""What each kind of record is called, as whole phrases marked for translation.

Whole phrases ("New meeting", "Edit meeting") rather than a noun fitted into a sentence:
French and Spanish nouns have genders a shared sentence cannot guess ("Nouvelle réunion",
"Nuevo contacto"). The names of undo steps are these English texts, stored as they are in the
change journal (a team may read it in three languages) and translated where they are shown
(`metrodesk.i18n.translated`).
"""

from __future__ import annotations

from dataclasses import dataclass

from metrodesk.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class KindTexts:
    #: "contact", as a list's Kind column or a message names it (lower case)
    noun: str
    #: the editor's title for a new one, and the undo step that creates it
    new: str
    #: the editor's title for an existing one, and the undo step that saves it
    edit: str
    delete: str
    restore: str


KINDS: dict[str, KindTexts] = {
    "contact": KindTexts(
        QT_TR_NOOP("contact"),
        QT_TR_NOOP("New contact"),
        QT_TR_NOOP("Edit contact"),
        QT_TR_NOOP("Delete contact"),
        QT_TR_NOOP("Restore contact"),
    ),
    "organisation": KindTexts(
        QT_TR_NOOP("organisation"),
        QT_TR_NOOP("New organisation"),
        QT_TR_NOOP("Edit organisation"),
        QT_TR_NOOP("Delete organisation"),
        QT_TR_NOOP("Restore organisation"),
    ),
    "member_city": KindTexts(
        QT_TR_NOOP("member city"),
        QT_TR_NOOP("New member city"),
        QT_TR_NOOP("Edit member city"),
        QT_TR_NOOP("Delete member city"),
        QT_TR_NOOP("Restore member city"),
    ),
    "training_centre": KindTexts(
        QT_TR_NOOP("training centre"),
        QT_TR_NOOP("New training centre"),
        QT_TR_NOOP("Edit training centre"),
        QT_TR_NOOP("Delete training centre"),
        QT_TR_NOOP("Restore training centre"),
    ),
    "programme": KindTexts(
        QT_TR_NOOP("programme"),
        QT_TR_NOOP("New programme"),
        QT_TR_NOOP("Edit programme"),
        QT_TR_NOOP("Delete programme"),
        QT_TR_NOOP("Restore programme"),
    ),
    "course": KindTexts(
        QT_TR_NOOP("training session"),
        QT_TR_NOOP("New training session"),
        QT_TR_NOOP("Edit training session"),
        QT_TR_NOOP("Delete training session"),
        QT_TR_NOOP("Restore training session"),
    ),
    "event": KindTexts(
        QT_TR_NOOP("event"),
        QT_TR_NOOP("New event"),
        QT_TR_NOOP("Edit event"),
        QT_TR_NOOP("Delete event"),
        QT_TR_NOOP("Restore event"),
    ),
    "meeting": KindTexts(
        QT_TR_NOOP("meeting"),
        QT_TR_NOOP("New meeting"),
        QT_TR_NOOP("Edit meeting"),
        QT_TR_NOOP("Delete meeting"),
        QT_TR_NOOP("Restore meeting"),
    ),
    "action_item": KindTexts(
        QT_TR_NOOP("action item"),
        QT_TR_NOOP("New action item"),
        QT_TR_NOOP("Edit action item"),
        QT_TR_NOOP("Delete action item"),
        QT_TR_NOOP("Restore action item"),
    ),
}


def kind_texts(kind: str) -> KindTexts:
    """The texts of `kind`; a kind without its own (a record's part) reads as its key."""
    found = KINDS.get(kind)
    if found is not None:
        return found
    noun = kind.replace("_", " ")
    return KindTexts(noun, f"New {noun}", f"Edit {noun}", f"Delete {noun}", f"Restore {noun}")
