"""Saved views: a list as someone set it up (its search words, filters, sort and hidden
columns) under a name, such as "Focal points, Africa" or "Unpaid 2026". They are records in
the database, so everyone who shares it (and sync) has them; each is offered under its
section, in the order the users gave them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select

from metrodesk.data.base import utcnow
from metrodesk.data.database import Database
from metrodesk.data.interactions import SavedView
from metrodesk.services.errors import NotFound, ValidationError

#: the sections a view may belong to
SECTIONS = ("contact", "organisation", "member_city", "training_centre", "meeting", "action_item")


@dataclass(frozen=True)
class View:
    id: uuid.UUID
    section: str
    name: str
    query: str = ""
    #: as the list's filters name them, values as JSON holds them (ids and dates as text)
    filters: Mapping[str, Any] = field(default_factory=dict)
    #: (column key, descending), or None for the list's own order
    sort: tuple[str, bool] | None = None
    hidden_columns: tuple[str, ...] = ()


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _view(v: SavedView) -> View:
    sort = (v.sort_column, bool(v.sort_descending)) if v.sort_column else None
    return View(
        v.id,
        v.section,
        v.name,
        v.query,
        dict(v.filters or {}),
        sort,
        tuple(v.hidden_columns or ()),
    )


class Views:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, section: str | None = None) -> tuple[View, ...]:
        """The saved views (of one section), in their order."""
        with self.db.read() as s:
            stmt = select(SavedView).where(SavedView.deleted_at.is_(None))
            if section is not None:
                stmt = stmt.where(SavedView.section == section)
            rows = s.scalars(stmt.order_by(SavedView.section, SavedView.position, SavedView.name))
            return tuple(_view(v) for v in rows)

    def save(
        self,
        section: str,
        name: str,
        query: str = "",
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
        hidden_columns: Sequence[str] = (),
        replace: bool = False,
    ) -> uuid.UUID:
        """A new view (one action); a name the section already has is refused unless
        `replace`, which puts the new settings in that view."""
        if section not in SECTIONS:
            raise ValidationError("Section", f"'{section}' has no list")
        name = " ".join(str(name).split())
        if not name:
            raise ValidationError("Name", "is required")
        values = {
            "query": " ".join(str(query).split()),
            "filters": {k: _json(v) for k, v in (filters or {}).items() if v not in (None, "")},
            "sort_column": sort[0] if sort else "",
            "sort_descending": bool(sort[1]) if sort else False,
            "hidden_columns": list(hidden_columns),
        }
        with self.db.action("Save view") as s:
            same = s.scalar(
                select(SavedView).where(
                    SavedView.section == section,
                    func.lower(SavedView.name) == name.lower(),
                    SavedView.deleted_at.is_(None),
                )
            )
            if same is not None and not replace:
                raise ValidationError("Name", f"a view called '{same.name}' is already there")
            if same is None:
                last = s.scalar(
                    select(func.max(SavedView.position)).where(SavedView.section == section)
                )
                same = SavedView(section=section, name=name, position=(last or 0) + 1)
                s.add(same)
            for key, value in values.items():
                setattr(same, key, value)
            s.flush()
            return same.id

    def rename(self, view_id: uuid.UUID, name: str) -> None:
        name = " ".join(str(name).split())
        if not name:
            raise ValidationError("Name", "is required")
        with self.db.action("Rename view") as s:
            view = self._live(s, view_id)
            clash = s.scalar(
                select(SavedView.id).where(
                    SavedView.section == view.section,
                    func.lower(SavedView.name) == name.lower(),
                    SavedView.deleted_at.is_(None),
                    SavedView.id != view_id,
                )
            )
            if clash is not None:
                raise ValidationError("Name", f"a view called '{name}' is already there")
            view.name = name

    def delete(self, view_id: uuid.UUID) -> None:
        """To the trash, like any record (undo brings it back)."""
        with self.db.action("Delete view") as s:
            self._live(s, view_id).deleted_at = utcnow()

    @staticmethod
    def _live(s: Any, view_id: uuid.UUID) -> SavedView:
        view = s.get(SavedView, view_id)
        if view is None or view.deleted_at is not None:
            raise NotFound("saved view", view_id)
        assert isinstance(view, SavedView)
        return view
