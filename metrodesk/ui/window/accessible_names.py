"""What a screen reader calls the editors' inputs that have no label beside them: a field whose
only caption is its placeholder ("YYYY-MM-DD", "12000.00"), an input under a column header, a
list under a panel title. Keyed by objectName (the names tests and automation already use), so
the editors keep building their rows as they do; the base editor applies the table when first
shown (`RecordDialog.showEvent`), and tests/test_ui_accessibility.py fails on any focusable
widget of any dialog left without a name, so a new unlabelled input needs a row here (or its
own `setAccessibleName`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from metrodesk.i18n import QT_TR_NOOP, translated

NAMES = {
    # member city: status, focal points, fees
    "statusDate": QT_TR_NOOP("Date of the status change"),
    "statusNote": QT_TR_NOOP("Note on the status change"),
    "focalContact": QT_TR_NOOP("Focal point contact"),
    "focalRole": QT_TR_NOOP("Focal point role"),
    "focalFrom": QT_TR_NOOP("Focal point from (date)"),
    "focalTo": QT_TR_NOOP("Focal point until (date)"),
    "editFocalRole": QT_TR_NOOP("Role of the selected focal point"),
    "editFocalFrom": QT_TR_NOOP("Selected focal point from (date)"),
    "editFocalTo": QT_TR_NOOP("Selected focal point until (date)"),
    "feeYear": QT_TR_NOOP("Fee year"),
    "feeAmount": QT_TR_NOOP("Fee amount"),
    "feeCurrency": QT_TR_NOOP("Fee currency"),
    "feeInvoiced": QT_TR_NOOP("Fee invoiced on (date)"),
    "feePaid": QT_TR_NOOP("Fee paid on (date)"),
    "payDate": QT_TR_NOOP("Date of the payment to record"),
    # training centre
    "centreContact": QT_TR_NOOP("Contact person"),
    "centreContactRole": QT_TR_NOOP("Role of the contact person"),
    # meeting
    "participantPicker": QT_TR_NOOP("Participant to add"),
    "participantRole": QT_TR_NOOP("Role of the participant"),
    "participantContact": QT_TR_NOOP("Participant to add"),
    "newEmail": QT_TR_NOOP("E-mail of a new person"),
    "newGivenName": QT_TR_NOOP("Given name of a new person"),
    "newFamilyName": QT_TR_NOOP("Family name of a new person"),
    "participantsTable": QT_TR_NOOP("Participants"),
    "decisionsList": QT_TR_NOOP("Decisions"),
    "decisionsListInput": QT_TR_NOOP("New decision"),
    "quotesTable": QT_TR_NOOP("Quotes"),
    "quoteSpeaker": QT_TR_NOOP("Who said it"),
    "quoteText": QT_TR_NOOP("Quote"),
    "attachmentsList": QT_TR_NOOP("Attachments"),
    "meetingActionsTable": QT_TR_NOOP("Action items"),
    "actionDescription": QT_TR_NOOP("New action item"),
    "actionOwner": QT_TR_NOOP("Owner of the action item"),
    "actionDue": QT_TR_NOOP("Due date of the action item"),
    "linkedCities": QT_TR_NOOP("Linked member cities"),
    "linkedCitiesPicker": QT_TR_NOOP("Member city to link"),
    "linkedOrganisations": QT_TR_NOOP("Linked organisations"),
    "linkedOrganisationsPicker": QT_TR_NOOP("Organisation to link"),
    "linkedEvents": QT_TR_NOOP("Linked events"),
    "linkedEventsPicker": QT_TR_NOOP("Event to link"),
    "linkedProgrammes": QT_TR_NOOP("Linked programmes"),
    "linkedProgrammesPicker": QT_TR_NOOP("Programme to link"),
    "notesText": QT_TR_NOOP("Notes"),
}


def name_inputs(root: QWidget) -> None:
    """Give the inputs of `root` listed above their name, unless they have one already."""
    for widget in root.findChildren(QWidget):
        source = NAMES.get(widget.objectName())
        if source and not widget.accessibleName():
            widget.setAccessibleName(translated(source))
