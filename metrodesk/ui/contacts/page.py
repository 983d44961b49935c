"""The Contacts section: the list of every section, with writing to people beside New."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.ui.contacts import mail_actions
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.sections import Section


class ContactPage(SectionPage):
    def __init__(
        self,
        section: Section,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, services, runner, changes, parent)
        self.mail_button = QPushButton(_tr("E-mail"))
        self.mail_button.setObjectName("mailButton")
        self.mail_button.setToolTip(
            _tr("Write to the selected people, or to everyone listed when none is selected")
        )
        menu = QMenu(self.mail_button)
        menu.setObjectName("mailMenu")
        self.copy_action = menu.addAction(_tr("Copy e-mail addresses"))
        self.copy_action.setObjectName("copyAddressesAction")
        self.copy_action.triggered.connect(self.copy_addresses)
        self.write_action = menu.addAction(_tr("Write an e-mail…"))
        self.write_action.setObjectName("writeEmailAction")
        self.write_action.triggered.connect(self.write_email)
        menu.aboutToShow.connect(self._name_scope)
        self.mail_button.setMenu(menu)
        self.header_row.insertWidget(self.header_row.count() - 1, self.mail_button)

    def _name_scope(self) -> None:
        scope = mail_actions.scope_text(self)
        self.copy_action.setText(_tr("Copy the addresses of {scope}").format(scope=scope))
        self.write_action.setText(_tr("Write to {scope}…").format(scope=scope))

    def copy_addresses(self) -> None:
        mail_actions.copy_addresses(self, self.message.emit)

    def write_email(self) -> None:
        mail_actions.write_email(self, self.message.emit)
