"""The History tab of the record editors: who changed which field when, old → new."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTabWidget
from ui_support import open_window, settle

from metrodesk.services.contacts.details import AffiliationEntry, ConsentEntry, EmailEntry
from metrodesk.ui.records.history_view import HistoryView, value_text


def _history_rows(qtbot, window, dialog):
    tabs = dialog.findChild(QTabWidget, "editorTabs")
    assert tabs is not None
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[0] == "Details" and titles[-1] == "History"
    tabs.setCurrentIndex(tabs.count() - 1)
    settle(qtbot, window)
    # within the History tab: the member-city editor has a status "historyTable" of its own
    table = dialog.findChild(HistoryView).findChild(QTableWidget, "historyTable")
    assert table is not None and table.isVisible()
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_contact_editor_history_shows_an_edit_newest_first(qtbot, sample_path):
    # given a contact whose job title was edited
    window = open_window(qtbot, sample_path)
    services = window.services
    cid = services.records.create("contact", {"given_name": "Agnès", "family_name": "Bickart"})
    services.records.update("contact", cid, {"job_title": "Manager of International Relations"})
    # when its editor shows the History tab
    dialog = window.edit_record("contact", cid)
    rows = _history_rows(qtbot, window, dialog)
    # then the edit comes first, with the form's label and old → new; the creation is one row
    when, who, field, change = rows[0]
    assert (who, field) == (services.db.author, "Job title")
    assert change == "— → Manager of International Relations"
    assert when
    assert [r[3] for r in rows[1:]] == ["Created"]
    dialog.reject()


def test_contact_history_shows_emails_phones_affiliations_and_consents(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    services = window.services
    cid = services.records.create(
        "contact",
        {
            "given_name": "Awa",
            "family_name": "Diop",
            "email": "awa@dakar.sn",
            "phone": "+221 33 889 11 00",
        },
    )
    org = services.records.create("organisation", {"name": "Ville de Dakar"})
    d = services.contact_details.details(cid)
    services.contact_details.save(
        cid,
        [d.emails[0], EmailEntry("awa.diop@example.org", "home")],
        [],
        [AffiliationEntry(org, "Mayor's office")],
        [ConsentEntry("Newsletter", "2026-01-05", None, "form")],
    )
    dialog = window.edit_record("contact", cid)
    rows = _history_rows(qtbot, window, dialog)
    changes = {(r[2], r[3]) for r in rows}
    assert ("E-mail awa.diop@example.org", "Added") in changes
    assert ("Phone +221338891100", "Removed") in changes
    assert ("Organisation Ville de Dakar", "Added") in changes
    assert ("Consent Newsletter", "Added") in changes
    assert ("E-mail awa@dakar.sn", "Added") in changes
    dialog.reject()


def test_plain_editor_and_tabbed_editor_have_history(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    services = window.services
    org = services.lists.page("organisation", "", 0, 1)[0].id
    services.records.update("organisation", org, {"website": "https://example.org"})
    dialog = window.edit_record("organisation", org)
    rows = _history_rows(qtbot, window, dialog)
    assert rows[0][2:] == ("Website", "— → https://example.org")
    dialog.reject()

    city = services.lists.page("member_city", "", 0, 1)[0].id
    services.records.delete("member_city", city)
    services.trash.restore("member_city", city)
    dialog = window.edit_record("member_city", city)
    rows = _history_rows(qtbot, window, dialog)
    assert [r[3] for r in rows[:2]] == ["Restored from Trash", "Moved to Trash"]
    dialog.reject()


def test_new_record_editor_has_no_history(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = window.edit_record("contact", None)
    assert dialog.findChild(QTableWidget, "historyTable") is None
    dialog.reject()


def test_values_are_shortened_and_readable():
    assert value_text("country", "FR") == "France"
    assert value_text("tags", ["a", "b"]) == "a, b"
    assert value_text("notes", "x" * 100) == "x" * 39 + "…"
    assert value_text("notes_html", "<p>Hello <b>world</b></p>") == "Hello world"
    assert value_text("starts_at", "2024-05-02T10:30:00") == "2024-05-02 10:30"
    assert value_text("email", None) == "—"
