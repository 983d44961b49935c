"""The rule by which a list shares its width: short values whole, long text gives way first."""

from __future__ import annotations

from metrodesk.ui.lists.column_widths import CELL_PADDING, SOFT_FLOOR, column_need, fit_widths


def test_everything_fits_and_the_rest_is_shared_by_weight():
    needs = [column_need(40, 100, weight=1), column_need(40, 60, weight=3)]
    assert fit_widths(400, needs) == [124 + 48, 84 + 144]


def test_a_narrow_window_narrows_the_longest_text_first():
    country = column_need(50, 80)  # "South Korea"
    job = column_need(50, 300)
    email = column_need(40, 250)
    phone = column_need(40, 120, whole=True)
    widths = fit_widths(500, [country, job, email, phone])
    assert widths[0] == 80 + CELL_PADDING and widths[3] == 120 + CELL_PADDING
    assert widths[1] == widths[2] and sum(widths) <= 500


def test_nothing_goes_below_its_least_and_names_keep_their_floor():
    name = column_need(40, 400, naming_floor=150)
    text = column_need(40, 400)
    assert fit_widths(100, [name, text]) == [150, SOFT_FLOOR + 6]
    # an empty phone column is as wide as its header
    assert column_need(40, 0, whole=True).want == 40 + CELL_PADDING + 6
