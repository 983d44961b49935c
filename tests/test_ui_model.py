"""The lazy table model, without a window: pages, search, display and record ids."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt

from metrodesk.services.sample.demo import load_demo
from metrodesk.ui.lists.record_model import PAGE_SIZE, RecordTableModel
from metrodesk.ui.runtime.ops import OpRunner


@pytest.fixture
def runner(qapp):
    """The reads of a model go through a window's runner; here, one of its own."""
    runner = OpRunner()
    yield runner
    runner.shutdown()


def test_rows_arrive_a_page_at_a_time(services, qtbot, runner):
    # given 1,000 synthetic contacts (plus the sample's own)
    load_demo(services.db, size=1000)
    total = services.lists.count("contact")
    assert total > 1000
    # when the model is created
    model = RecordTableModel(services.list_source("contact"), runner)
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


def test_search_resets_to_the_matching_rows(services, qtbot, runner):
    services.records.create(
        "contact",
        {"given_name": "Agnès", "family_name": "Bickart", "country": "ES", "language": "fr",
         "phone": "+34934134500"},
    )  # fmt: skip
    services.records.create(
        "contact", {"given_name": "Chang-Beom", "family_name": "Kim", "name_order": "family-first"}
    )
    model = RecordTableModel(services.list_source("contact"), runner)
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


def test_headers_numbers_and_dates(services, runner):
    services.records.create(
        "member_city",
        {"name": "Guangzhou", "country": "CN", "population": 18700000, "member_since": 1993},
    )
    services.records.create(
        "meeting", {"title": "World Congress session", "starts_at": "2020-10-27 10:00"}
    )
    cities = RecordTableModel(services.list_source("member_city"), runner)
    headers = [cities.headerData(c, Qt.Orientation.Horizontal) for c in range(cities.columnCount())]
    assert headers[:2] == ["City", "Country"]
    population = cities.index(0, cities.column("population"))
    assert population.data() == "18,700,000"
    assert population.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    meetings = RecordTableModel(services.list_source("meeting"), runner)
    assert meetings.index(0, meetings.column("starts_at")).data() == "2020-10-27 10:00"


def test_refresh_keeps_what_was_loaded_and_locate_reads_on(services, runner):
    load_demo(services.db, size=700)
    model = RecordTableModel(services.list_source("contact"), runner, page_size=100)
    last = services.lists.page("contact", "", services.lists.count("contact") - 1, 1)[0].id
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.refresh()
    assert model.rowCount() == 200
    # a record beyond the loaded pages is reached by reading further pages
    assert model.row_of(last) is None
    assert model.locate(last) == model.count() - 1


def test_scrolled_far_the_model_keeps_ids_and_only_a_window_of_rows(services, monkeypatch, runner):
    from metrodesk.ui.lists import record_model

    # given 1,000 contacts and a model keeping at most 150 rows (3 chunks of 50)
    monkeypatch.setattr(record_model, "CACHED_ROWS", 150)
    load_demo(services.db, size=1000)
    model = RecordTableModel(services.list_source("contact"), runner, page_size=100)
    # when the view scrolls to the bottom
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    total = services.lists.count("contact")
    assert model.rowCount() == total
    # then only 3 chunks keep their rows, but every row still shows what the list holds
    expected = services.lists.page("contact", "", 0, total)
    for row in range(0, total, 7):
        assert model.index(row, 0).data() == expected[row].values[0]
    assert len(model._pages) == 3
    for row in (0, 1, 150, 420, total - 1, 5):
        assert model.record_id(row) == expected[row].id
        assert model.index(row, 0).data() == expected[row].values[0]
        assert model.row_of(expected[row].id) == row
    assert len(model._pages) == 3
    assert model.row_of(uuid.uuid4()) is None


def test_a_row_deleted_in_a_forgotten_page_shows_blank_until_the_refresh(
    services, monkeypatch, runner
):
    from metrodesk.ui.lists import record_model

    monkeypatch.setattr(record_model, "CACHED_ROWS", 100)
    load_demo(services.db, size=300)
    model = RecordTableModel(services.list_source("contact"), runner, page_size=100)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    gone = model.record_id(3)
    name = model.index(3, 0).data()
    services.records.delete("contact", gone)
    assert model.index(3, 0).data() == name  # still kept
    for row in (100, 150, 200):  # read further on: the first chunk is forgotten
        model.index(row, 0).data()
    assert 0 not in model._pages
    assert model.index(3, 0).data() == ""
    assert model.record_id(3) == gone
    rows = model.rowCount()
    model.refresh()
    assert model.rowCount() == rows
    assert model.row_of(gone) is None
    assert model.index(3, 0).data() != ""


def test_a_long_list_sorts_and_filters_in_the_background(services, qtbot, monkeypatch, runner):
    from metrodesk.ui.lists import record_model

    # given a list counted as long (any length is, here)
    monkeypatch.setattr(record_model, "BACKGROUND_ROWS", 0)
    load_demo(services.db, size=500)
    model = RecordTableModel(services.list_source("contact"), runner, page_size=100)
    first = model.index(0, 0).data()
    # when it is sorted by e-mail, then at once the other way (the first read is dropped)
    model.set_sort(("email", False))
    assert model.loading and model.index(0, 0).data() == first
    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        model.set_sort(("email", True))
    qtbot.waitUntil(lambda: not model.loading)
    # then it shows the sorted list, a page at a time, as the service pages it
    expected = services.lists.page("contact", "", 0, 1000, sort=("email", True))
    assert model.count() == len(expected) and model.rowCount() == 100
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.record_id(r) for r in range(model.rowCount())] == [r.id for r in expected]
    email = model.column("email")
    assert model.index(250, email).data() == expected[250].values[email]

    # a filter too; back to the list's own order, it reads at once again
    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        model.set_filters({"has_email": False})
    assert model.count() == services.lists.count("contact", filters={"has_email": False})
    model.set_filters({})
    model.set_sort(None)
    assert not model.loading and model.count() == services.lists.count("contact")


def test_phone_formats_stay_compiled_past_the_re_module_s_cache(services, runner):
    import re

    import phonenumbers
    from phonenumbers import re_util

    services.records.create(
        "contact", {"given_name": "Ana", "family_name": "Puig", "phone": "+34934134500"}
    )
    model = RecordTableModel(services.list_source("contact"), runner)
    assert model.index(0, model.column("phone")).data() == "+34 934 13 45 00"
    # every country's patterns are kept: formatting them again compiles nothing
    examples = [phonenumbers.example_number(r) for r in sorted(phonenumbers.SUPPORTED_REGIONS)]
    examples = [e for e in examples if e is not None]
    for example in examples:
        phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert re_util._COMPILED_PATTERNS
    re.purge()
    for example in examples:
        phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert not re._cache  # type: ignore[attr-defined]


def test_a_refresh_far_down_reads_the_order_at_once_and_scrolls_on(services, monkeypatch, runner):
    from metrodesk.ui.lists import record_model

    monkeypatch.setattr(record_model, "LONG_RELOAD", 150)
    load_demo(services.db, size=500)
    model = RecordTableModel(services.list_source("contact"), runner, page_size=100)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    before = [model.record_id(r) for r in range(model.rowCount())]
    # when a contact is deleted and the list refreshed, 300 rows deep
    services.records.delete("contact", before[5])
    model.refresh()
    # then the rows stay loaded, without the deleted one, and the rest still arrives
    assert model.rowCount() == 300
    assert [model.record_id(r) for r in range(299)] == before[:5] + before[6:]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    expected = services.lists.page("contact", "", 0, 1000)
    assert model.count() == len(expected) == model.rowCount()
    assert [model.index(r, 0).data() for r in range(0, len(expected), 37)] == [
        row.values[0] for row in expected[::37]
    ]
