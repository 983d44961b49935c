"""Names in cells to records: an organisation, a city or a person named in a cell is found by
the names lists show (or its UUID), once per kind and per sheet.

An organisation (or programme) that is not on record yet is planned: it gets its id at once,
and is created when the first row naming it passes its checks, so a rejected row creates
nothing. The user may choose instead not to create it (the rows naming it are rejected) or to
take the name for an existing record ("Ajuntament de Barcelona" is Barcelona City Council)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record
from metrodesk.data.models import RECORD_CLASSES, Contact, Meeting, Organisation
from metrodesk.i18n import tr, translated
from metrodesk.services.errors import ValidationError
from metrodesk.services.imports.choices import CREATABLE, SKIP, ImportChoices, name_key
from metrodesk.services.imports.preview import NewName
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import Records
from metrodesk.services.records.forms import Field
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.records.validation import quoted

#: how alike an existing name must be to be offered in place of a new one (rapidfuzz, 0-100)
SIMILAR_NAME = 80
SIMILAR_LIMIT = 3


def _key(text: str) -> str:
    return name_key(text)


@dataclass
class Planned:
    """A name not on record: the record it will be, made by the first row that passes."""

    new: NewName
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    created: bool = False


def label_of(rec: Record) -> list[str]:
    """The names a cell may use for a record: what the export writes (first), for people both
    name orders, since a person typing a name writes it the way they say it."""
    if isinstance(rec, Contact):
        given, family = rec.given_name, rec.family_name
        return [rec.display_name, f"{given} {family}", f"{family} {given}"]
    if isinstance(rec, Meeting):
        return [rec.title]
    # organisations and member cities also by their local name ("Ajuntament de Barcelona")
    local = str(getattr(rec, "local_name", "") or "")
    return [str(getattr(rec, "name", ""))] + ([local] if local.strip() else [])


class Names:
    """Finds the record a cell names; the index is built on first use, per kind."""

    def __init__(self, s: Session, choices: ImportChoices | None = None) -> None:
        self.s = s
        self.choices = choices or ImportChoices()
        #: (kind, key) -> the name not on record, planned or left out by the user
        self.planned: dict[tuple[str, str], Planned] = {}
        #: planned names the row being checked named: created once it passes
        self._row_plans: list[Planned] = []
        self._index: dict[str, dict[str, set[uuid.UUID]]] = {}
        #: record id -> (the name lists show, every name a cell may use, folded)
        self._labels: dict[uuid.UUID, tuple[str, frozenset[str]]] = {}
        #: record id -> the names it had before this import renamed it, folded
        self._before: dict[uuid.UUID, frozenset[str]] = {}

    def forget(self) -> None:
        """New records were flushed: later sheets must be able to name them."""
        self._index.clear()
        self._labels.clear()

    def _build(self, kind: str) -> dict[str, set[uuid.UUID]]:
        model = RECORD_CLASSES[kind]
        index: dict[str, set[uuid.UUID]] = {}
        live = select(model).where(model.deleted_at.is_(None))
        for rec in self.s.scalars(live.execution_options(yield_per=1000)):
            for label in label_of(rec):
                index.setdefault(_key(label), set()).add(rec.id)
        return index

    def find(self, f: Field, text: str, near: str = "") -> uuid.UUID:
        """The record `text` names; an organisation not on record is planned (see the
        module); `near` is the row's city, where a new organisation is likely to be."""
        try:
            wanted = uuid.UUID(text)
        except ValueError:
            pass
        else:
            rec = self.s.get(RECORD_CLASSES[f.ref_kind], wanted)
            if rec is not None and rec.deleted_at is None:
                return wanted
        if f.ref_kind not in self._index:
            self._index[f.ref_kind] = self._build(f.ref_kind)
        found = self._index[f.ref_kind].get(_key(text), set())
        what = translated(kind_texts(f.ref_kind).noun)
        if not found and f.ref_kind in CREATABLE:
            return self._plan(f, text, near)
        if not found:
            raise ValidationError(
                f.label, tr("no {what} named {text}").format(what=what, text=quoted(text))
            )
        if len(found) > 1:
            raise ValidationError(
                f.label,
                tr("{count} records are named {text}; rename one").format(
                    count=len(found), text=quoted(text)
                ),
            )
        return next(iter(found))

    # --- names not on record ----------------------------------------------------------------

    def begin_row(self) -> None:
        self._row_plans = []

    def _plan(self, f: Field, text: str, near: str) -> uuid.UUID:
        # the name becomes a record's name: the same rules as that field in its editor
        # (one line, no control characters, what a cell can hold)
        v.text(f.label, text)
        kind, key = f.ref_kind, _key(text)
        plan = self.planned.get((kind, key))
        if plan is None:
            decision = self.choices.for_name(kind, key)
            city = near.strip() if kind == "organisation" else ""
            plan = Planned(NewName(kind, text.strip(), key, city=city, decision=decision))
            self.planned[(kind, key)] = plan
        plan.new.rows += 1
        decision = plan.new.decision
        if isinstance(decision, uuid.UUID):
            rec = self.s.get(RECORD_CLASSES[kind], decision)
            if rec is None or rec.deleted_at is not None:
                what = translated(kind_texts(kind).noun)
                raise ValidationError(
                    f.label,
                    tr("the {what} chosen for {text} is gone").format(what=what, text=quoted(text)),
                )
            return decision
        if decision == SKIP:
            raise ValidationError(
                f.label,
                tr("no {what} named '{text}' (not to be created)").format(
                    what=translated(kind_texts(kind).noun), text=text
                ),
            )
        if not plan.created:
            self._row_plans.append(plan)
        return plan.id

    def create_planned(self, forms: Records, values: dict[str, Any]) -> None:
        """The row passed its checks: the names it introduced become records, a new
        organisation in the row's city and country."""
        for plan in self._row_plans:
            if plan.created:
                continue
            rec = RECORD_CLASSES[plan.new.kind]()
            rec.id = plan.id
            data: dict[str, Any] = {"name": plan.new.name}
            if plan.new.kind == "organisation":
                data["city"] = str(values.get("city") or "")
                data["country"] = str(values.get("country") or "")
                plan.new.city, plan.new.country = data["city"], data["country"]
            forms.apply(self.s, rec, data)
            self.s.add(rec)
            plan.created = plan.new.created = True
        self._row_plans = []

    def new_names(self) -> list[NewName]:
        """Every name not on record the rows used, with similar existing names to offer."""
        out = []
        for (kind, key), plan in self.planned.items():
            if not isinstance(plan.new.decision, uuid.UUID):
                plan.new.similar = self._similar(kind, key, plan.new.city, {plan.id})
            out.append(plan.new)
        return sorted(out, key=lambda n: (n.kind, n.key))

    def _similar(
        self, kind: str, key: str, city: str, leave_out: set[uuid.UUID]
    ) -> tuple[tuple[uuid.UUID, str], ...]:
        """Existing records a new name may stand for: names alike, then organisations of the
        same city ("Mairie de Dakar" may be the City of Dakar)."""
        index = self._index.get(kind)
        if index is None:
            index = self._index[kind] = self._build(kind)
        keys = list(index)
        hits = process.extract(
            key, keys, scorer=fuzz.token_set_ratio, score_cutoff=SIMILAR_NAME, limit=10
        )
        out: dict[uuid.UUID, str] = {}
        for name, _score, _ in hits:
            for record_id in index[name] - leave_out:
                out.setdefault(record_id, self.label(kind, record_id))
        if kind == "organisation" and city.strip():
            same_city = select(Organisation.id).where(
                func.lower(Organisation.city) == city.strip().lower(),
                Organisation.deleted_at.is_(None),
            )
            for record_id in self.s.scalars(same_city):
                if record_id not in leave_out:
                    out.setdefault(record_id, self.label(kind, record_id))
        return tuple(list(out.items())[:SIMILAR_LIMIT])

    def _names_of(self, kind: str, record_id: uuid.UUID) -> tuple[str, frozenset[str]]:
        # many rows name the same few organisations: each is read once per sheet
        found = self._labels.get(record_id)
        if found is None:
            rec = self.s.get(RECORD_CLASSES[kind], record_id)
            labels = label_of(rec) if rec is not None else [str(record_id)]
            found = (labels[0], frozenset(_key(label) for label in labels))
            self._labels[record_id] = found
        return found

    def label(self, kind: str, record_id: Any) -> str:
        """The name a list shows for a linked record (the preview's old and new values)."""
        if not isinstance(record_id, uuid.UUID):
            return str(record_id)
        return self._names_of(kind, record_id)[0]

    def current_label_matches(self, f: Field, current: uuid.UUID | None, text: str) -> bool:
        if current is None:
            return False
        return _key(text) in self._names_of(f.ref_kind, current)[1]

    def remember(self, rec: Record) -> None:
        """Keep the names `rec` has before this import changes it: a later sheet's cell may
        still name it so, beside its UUID (the user renamed it on its own sheet only)."""
        if rec.id not in self._before:
            self._before[rec.id] = frozenset(_key(label) for label in label_of(rec))

    def by_id(self, f: Field, record_id: uuid.UUID, text: str) -> uuid.UUID | None:
        """`record_id` when it is a live record of the field's kind that `text` names, by
        its name now or before this import; None when the cell names another record."""
        rec = self.s.get(RECORD_CLASSES[f.ref_kind], record_id)
        if rec is None or rec.deleted_at is not None:
            return None
        key = _key(text)
        if key in self._names_of(f.ref_kind, record_id)[1] or key in self._before.get(
            record_id, frozenset()
        ):
            return record_id
        return None
