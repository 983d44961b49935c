"""Writing to people from the Contacts list: copy the addresses of the selected people (or of
everyone listed, when none is selected), or write to them in the system's mail client. Who has
no consent in force is left out, and the user is told how many were."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from metrodesk.i18n import tr as _tr
from metrodesk.services.contacts.mailing import MailingList
from metrodesk.services.lists.source import list_ids

if TYPE_CHECKING:
    from metrodesk.ui.lists.section_page import SectionPage


def people(page: SectionPage) -> Callable[[], list[uuid.UUID]]:
    """The people an action is about, read on the worker: the selection, else the list."""
    selected = page.selected_ids()
    if selected:
        return lambda: selected
    source, query = page.model.source, page.model.list_query
    return lambda: list_ids(source, query)


def scope_text(page: SectionPage) -> str:
    count = len(page.selected_ids())
    if count:
        return _tr("the {count} selected").format(count=count)
    return _tr("the {count} listed").format(count=page.model.count())


def left_out(mailing: MailingList) -> str:
    """ ", 2 left out (no consent 1, no e-mail 1)" or ""."""
    if not mailing.left_out:
        return ""
    return _tr("; {count} left out (no consent in force: {consent}; no e-mail: {email})").format(
        count=mailing.left_out, consent=mailing.without_consent, email=mailing.without_email
    )


def copy_addresses(page: SectionPage, done: Callable[[str], None]) -> None:
    """Put "Name <address>; …" on the clipboard; `done(message)` says what was copied."""
    find, recipients = people(page), page.services.mailing.recipients

    def copied(mailing: MailingList) -> None:
        QGuiApplication.clipboard().setText(mailing.text())
        count = len(mailing.recipients)
        text = (_tr("1 address copied") if count == 1 else _tr("{count} addresses copied")).format(
            count=count
        )
        done(text + left_out(mailing))

    page.runner.run(lambda: recipients(find()), success=copied, parent=page)


def write_email(page: SectionPage, done: Callable[[str], None]) -> None:
    """Open the mail client with the people as recipients (Bcc when several); a list too long
    for a mailto: link is copied instead, and the user told so."""
    find, recipients = people(page), page.services.mailing.recipients

    def opened(mailing: MailingList) -> None:
        if not mailing.recipients:
            done(_tr("Nobody to write to") + left_out(mailing))
            return
        link = mailing.mailto()
        if link is None:
            QGuiApplication.clipboard().setText(mailing.text())
            done(
                _tr("Too many addresses for the mail program: {count} copied instead").format(
                    count=len(mailing.recipients)
                )
                + left_out(mailing)
            )
            return
        QDesktopServices.openUrl(QUrl(link))
        count = len(mailing.recipients)
        text = (
            _tr("Writing to 1 person")
            if count == 1
            else _tr("Writing to {count} people (Bcc)").format(count=count)
        )
        done(text + left_out(mailing))

    page.runner.run(lambda: recipients(find()), success=opened, parent=page)
