"""The lazy table model, without a window: pages, search, display and record ids."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt

from metrodesk.services.demo import load_demo
from metrodesk.ui.record_model import PAGE_SIZE, RecordTableModel


def test_rows_arrive_a_page_at_a_time(services, qtbot):
    # given 1,000 synthetic contacts (plus the sample's own)
    load_demo(services.db, size=1000)
    total = services.lists.count("contact")
    assert total > 1000
    # when the model is created
    model = RecordTableModel(services.lists, "contact")
    # then it holds one page and knows there are more
    assert model.rowCount() == PAGE_SIZE
    assert model.count() == total
    assert model.canFetchMore(QModelIndex())

    # when the view asks for more, exactly the new rows are announced
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [PAGE_SIZE, 2 * PAGE_SIZE - 1]
    assert model.rowCount() == 2 * PAGE_SIZE

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    ids = {model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(total)}
    assert len(ids) == total


def test_search_resets_to_the_matching_rows(services, qtbot):
    services.records.create(
        "contact",
        {"given_name": "Agnès", "family_name": "Bickart", "country": "ES", "language": "fr",
         "phone": "+34934134500"},
    )  # fmt: skip
    services.records.create(
        "contact", {"given_name": "Chang-Beom", "family_name": "Kim", "name_order": "family-first"}
    )
    model = RecordTableModel(services.lists, "contact")
    assert model.rowCount() == 2

    with qtbot.waitSignal(model.modelReset):
        model.set_query("agnes")
    assert model.rowCount() == 1 and model.count() == 1
    row = {key: model.index(0, model.column(key)).data() for key in model.keys}
    assert row["name"] == "Agnès Bickart"
    assert row["country"] == "Spain"
    assert row["language"] == "French"
    assert row["phone"] == "+34 934 13 45 00"
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.UserRole), uuid.UUID)

    model.set_query("kim")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["KIM Chang-Beom"]
    model.set_query("nobody")
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_headers_numbers_and_dates(services):
    services.records.create(
        "member_city",
        {"name": "Guangzhou", "country": "CN", "population": 18700000, "member_since": 1993},
    )
    services.records.create(
        "meeting", {"title": "World Congress session", "starts_at": "2020-10-27 10:00"}
    )
    cities = RecordTableModel(services.lists, "member_city")
    headers = [cities.headerData(c, Qt.Orientation.Horizontal) for c in range(cities.columnCount())]
    assert headers[:2] == ["City", "Country"]
    population = cities.index(0, cities.column("population"))
    assert population.data() == "18,700,000"
    assert population.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    meetings = RecordTableModel(services.lists, "meeting")
    assert meetings.index(0, meetings.column("starts_at")).data() == "2020-10-27 10:00"


def test_refresh_keeps_what_was_loaded_and_locate_reads_on(services):
    load_demo(services.db, size=700)
    model = RecordTableModel(services.lists, "contact", page_size=100)
    last = services.lists.page("contact", "", services.lists.count("contact") - 1, 1)[0].id
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.refresh()
    assert model.rowCount() == 200
    # a record beyond the loaded pages is reached by reading further pages
    assert model.row_of(last) is None
    assert model.locate(last) == model.count() - 1
