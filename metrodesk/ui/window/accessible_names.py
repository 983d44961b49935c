"""What a screen reader calls the editors' inputs that have no label beside them: a field whose
only caption is its placeholder ("YYYY-MM-DD", "12000.00"), an input under a column header, a
list under a panel title. Keyed by objectName (the names tests and automation already use), so
the editors keep building their rows as they do; the base editor applies the table when first
shown (`RecordDialog.showEvent`), and tests/test_ui_accessibility.py fails on any focusable
widget of any dialog left without a name, so a new unlabelled input needs a row here (or its
own `setAccessibleName`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from metrodesk.ui.runtime.marks import QT_TRANSLATE_NOOP

CONTEXT = "AccessibleNames"

NAMES = {
    # member city: status, focal points, fees
    "statusDate": QT_TRANSLATE_NOOP(CONTEXT, "Date of the status change"),
    "statusNote": QT_TRANSLATE_NOOP(CONTEXT, "Note on the status change"),
    "focalContact": QT_TRANSLATE_NOOP(CONTEXT, "Focal point contact"),
    "focalRole": QT_TRANSLATE_NOOP(CONTEXT, "Focal point role"),
    "focalFrom": QT_TRANSLATE_NOOP(CONTEXT, "Focal point from (date)"),
    "focalTo": QT_TRANSLATE_NOOP(CONTEXT, "Focal point until (date)"),
    "editFocalRole": QT_TRANSLATE_NOOP(CONTEXT, "Role of the selected focal point"),
    "editFocalFrom": QT_TRANSLATE_NOOP(CONTEXT, "Selected focal point from (date)"),
    "editFocalTo": QT_TRANSLATE_NOOP(CONTEXT, "Selected focal point until (date)"),
    "feeYear": QT_TRANSLATE_NOOP(CONTEXT, "Fee year"),
    "feeAmount": QT_TRANSLATE_NOOP(CONTEXT, "Fee amount"),
    "feeCurrency": QT_TRANSLATE_NOOP(CONTEXT, "Fee currency"),
    "feeInvoiced": QT_TRANSLATE_NOOP(CONTEXT, "Fee invoiced on (date)"),
    "feePaid": QT_TRANSLATE_NOOP(CONTEXT, "Fee paid on (date)"),
    "payDate": QT_TRANSLATE_NOOP(CONTEXT, "Date of the payment to record"),
    # training centre
    "centreContact": QT_TRANSLATE_NOOP(CONTEXT, "Contact person"),
    "centreContactRole": QT_TRANSLATE_NOOP(CONTEXT, "Role of the contact person"),
    # meeting
    "participantPicker": QT_TRANSLATE_NOOP(CONTEXT, "Participant to add"),
    "participantRole": QT_TRANSLATE_NOOP(CONTEXT, "Role of the participant"),
    "participantContact": QT_TRANSLATE_NOOP(CONTEXT, "Participant to add"),
    "newEmail": QT_TRANSLATE_NOOP(CONTEXT, "E-mail of a new person"),
    "newGivenName": QT_TRANSLATE_NOOP(CONTEXT, "Given name of a new person"),
    "newFamilyName": QT_TRANSLATE_NOOP(CONTEXT, "Family name of a new person"),
    "participantsTable": QT_TRANSLATE_NOOP(CONTEXT, "Participants"),
    "decisionsList": QT_TRANSLATE_NOOP(CONTEXT, "Decisions"),
    "decisionsListInput": QT_TRANSLATE_NOOP(CONTEXT, "New decision"),
    "quotesTable": QT_TRANSLATE_NOOP(CONTEXT, "Quotes"),
    "quoteSpeaker": QT_TRANSLATE_NOOP(CONTEXT, "Who said it"),
    "quoteText": QT_TRANSLATE_NOOP(CONTEXT, "Quote"),
    "attachmentsList": QT_TRANSLATE_NOOP(CONTEXT, "Attachments"),
    "meetingActionsTable": QT_TRANSLATE_NOOP(CONTEXT, "Action items"),
    "actionDescription": QT_TRANSLATE_NOOP(CONTEXT, "New action item"),
    "actionOwner": QT_TRANSLATE_NOOP(CONTEXT, "Owner of the action item"),
    "actionDue": QT_TRANSLATE_NOOP(CONTEXT, "Due date of the action item"),
    "linkedCities": QT_TRANSLATE_NOOP(CONTEXT, "Linked member cities"),
    "linkedCitiesPicker": QT_TRANSLATE_NOOP(CONTEXT, "Member city to link"),
    "linkedOrganisations": QT_TRANSLATE_NOOP(CONTEXT, "Linked organisations"),
    "linkedOrganisationsPicker": QT_TRANSLATE_NOOP(CONTEXT, "Organisation to link"),
    "linkedEvents": QT_TRANSLATE_NOOP(CONTEXT, "Linked events"),
    "linkedEventsPicker": QT_TRANSLATE_NOOP(CONTEXT, "Event to link"),
    "linkedProgrammes": QT_TRANSLATE_NOOP(CONTEXT, "Linked programmes"),
    "linkedProgrammesPicker": QT_TRANSLATE_NOOP(CONTEXT, "Programme to link"),
    "notesText": QT_TRANSLATE_NOOP(CONTEXT, "Notes"),
}


def name_inputs(root: QWidget) -> None:
    """Give the inputs of `root` listed above their name, unless they have one already."""
    for widget in root.findChildren(QWidget):
        source = NAMES.get(widget.objectName())
        if source and not widget.accessibleName():
            widget.setAccessibleName(QCoreApplication.translate(CONTEXT, source))
