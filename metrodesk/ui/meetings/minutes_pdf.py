"""Meeting minutes as a PDF to share: laid out with a QTextDocument, printed with QPdfWriter.

`minutes_html(minutes)` builds the document (every value escaped; the notes are the stored,
already sanitised HTML, reduced to their body), `write_minutes_pdf(minutes, path)` prints it.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from metrodesk.i18n import tr as _tr
from metrodesk.services.meetings.meeting import MeetingMinutes, MeetingParts
from metrodesk.services.records.world_names import country_name
from metrodesk.ui.window.dates import show_time
from metrodesk.ui.window.formatting import choice_text, short_date, short_datetime
from metrodesk.ui.window.style import MINUTES_CSS

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)


def _e(value: object) -> str:
    return html.escape(str(value or ""), quote=True)


def when_text(start: datetime, end: datetime | None) -> str:
    """'2016-11-04 10:00', '2019-11-26 09:00 – 17:00', '2019-11-26 09:00 – 2019-11-27 17:00'."""
    if end is None or end == start:
        return short_datetime(start)
    if end.date() == start.date():
        return f"{short_datetime(start)} – {show_time(end)}"
    return f"{short_datetime(start)} – {short_datetime(end)}"


def place_text(m: MeetingMinutes) -> str:
    country = country_name(m.country) if m.country else ""
    return ", ".join(p for p in (m.venue, m.city, country) if p)


def _notes_body(notes_html: str) -> str:
    found = _BODY.search(notes_html)
    return found.group(1) if found else notes_html


def minutes_html(m: MeetingMinutes, today: date | None = None) -> str:
    """The minutes' document, one section after another; a section with nothing to say is
    left out."""
    out = [f"<html><head><style>{MINUTES_CSS}</style></head><body>"]
    out += _heading(m)
    out += _participants(m)
    out += _related(m.parts)
    out += _agenda_and_notes(m)
    out += _decisions_and_quotes(m.parts)
    out += _actions(m.parts, today or date.today())
    out.append("</body></html>")
    return "".join(out)


def _heading(m: MeetingMinutes) -> list[str]:
    """The title, then when, where, what kind, who organised and facilitated, its tags."""
    out = [f"<h1>{_e(m.title)}</h1>"]
    meta = [
        (_tr("Date"), when_text(m.starts_at, m.ends_at)),
        (_tr("Place"), place_text(m)),
        (_tr("Kind"), choice_text(m.kind)),
        (_tr("Organiser"), m.organiser),
        (_tr("Facilitator"), m.facilitator),
    ]
    for label, value in meta:
        if value:
            out.append(f'<p class="meta"><b>{_e(label)}:</b> {_e(value)}</p>')
    if m.tags:
        out.append(f'<p class="tags">{_e(" · ".join(m.tags))}</p>')
    return out


def _participants(m: MeetingMinutes) -> list[str]:
    participants = m.parts.participants
    if not participants and not m.other_attendees:
        return []
    out = [f"<h2>{_e(_tr('Participants'))}</h2>"]
    if participants:
        out.append('<table class="grid" width="100%" cellspacing="0">')
        for p in participants:
            out.append(f"<tr><td width='40%'><b>{_e(p.name)}</b></td><td>{_e(p.role)}</td></tr>")
        out.append("</table>")
    if m.other_attendees:
        text = _tr("and %n other attendees", "", m.other_attendees)
        out.append(f'<p class="meta">{_e(text)}</p>')
    return out


def _related(parts: MeetingParts) -> list[str]:
    links = [
        (_tr("Member cities"), parts.cities),
        (_tr("Organisations"), parts.organisations),
        (_tr("Events"), parts.events),
        (_tr("Programmes"), parts.programmes),
    ]
    linked = [(label, items) for label, items in links if items]
    if not linked:
        return []
    out = [f"<h2>{_e(_tr('Related'))}</h2>"]
    for label, items in linked:
        names = ", ".join(i.label for i in items)
        out.append(f'<p class="meta"><b>{_e(label)}:</b> {_e(names)}</p>')
    return out


def _agenda_and_notes(m: MeetingMinutes) -> list[str]:
    out = []
    if m.agenda.strip():
        out.append(f"<h2>{_e(_tr('Agenda'))}</h2>")
        for line in m.agenda.strip().splitlines():
            out.append(f"<p>{_e(line)}</p>")
    if m.notes_html.strip():
        out.append(f"<h2>{_e(_tr('Notes'))}</h2>")
        out.append(_notes_body(m.notes_html))
    return out


def _decisions_and_quotes(parts: MeetingParts) -> list[str]:
    out = []
    if parts.decisions:
        out.append(f"<h2>{_e(_tr('Decisions'))}</h2><ol>")
        out += [f"<li>{_e(d)}</li>" for d in parts.decisions]
        out.append("</ol>")
    if parts.quotes:
        out.append(f"<h2>{_e(_tr('Quotes'))}</h2>")
        for q in parts.quotes:
            who = f" — {_e(q.speaker)}" if q.speaker else ""
            out.append(f'<p><span class="quote">“{_e(q.text)}”</span>{who}</p>')
    return out


def _actions(parts: MeetingParts, today: date) -> list[str]:
    """The action items as a table; a due date past `today` on an open item is marked."""
    if not parts.actions:
        return []
    out = [f"<h2>{_e(_tr('Action items'))}</h2>"]
    out.append('<table class="grid" width="100%" cellspacing="0"><tr>')
    for head in (_tr("Action"), _tr("Owner"), _tr("Due"), _tr("Status")):
        out.append(f"<th>{_e(head)}</th>")
    out.append("</tr>")
    for a in parts.actions:
        status = choice_text(a.status)
        if a.done_on:
            status += f" ({short_date(a.done_on)})"
        cls = ' class="overdue"' if a.overdue(today) else ""
        due = short_date(a.due_on) if a.due_on else ""
        out.append(
            f"<tr><td width='52%'>{_e(a.description)}</td><td>{_e(a.owner)}</td>"
            f"<td{cls}>{_e(due)}</td><td>{_e(status)}</td></tr>"
        )
    out.append("</table>")
    return out


def write_minutes_pdf(m: MeetingMinutes, path: Path | str) -> Path:
    """Print the minutes to an A4 PDF at `path` (on the UI thread: it uses Qt's fonts)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(m.title)
    writer.setCreator("MetroDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(minutes_html(m))
    doc.print_(writer)
    del writer  # finishes the file
    tmp.chmod(0o600)  # minutes name people: owner-only, like every export
    tmp.replace(path)
    return path
