"""An editor's unsaved changes: a list of service calls, shown by rehearsing them and written on
Save as one action (one transaction, one undo step).

An editor with tabs (a city's fees and focal points, a centre's contacts, a session's
participants) keeps what the user did as `Step`s instead of writing each at once. To show the
tab as it will be, the steps run inside `Database.rehearse()`, a transaction that is always
rolled back, and the tab's detail is read inside it: the same services, the same rules and
the same refusals as the real save, with nothing written. Cancel drops the steps; Save runs
them inside one action, which the services' own actions join.

A step may refer to a record an earlier step made (a fee added, then corrected before
saving): `Made(n)` stands for what step `n` returned, in the rehearsal as in the save.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from metrodesk.data.database import Database
from metrodesk.services.errors import ServiceError

T = TypeVar("T")


@dataclass(frozen=True)
class Made:
    """The value step number `step` returned (the id of what it made)."""

    step: int


@dataclass(frozen=True)
class Step:
    """One service call of an editor's draft; `part` names the tab it came from."""

    call: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    part: str = ""


class StepRefused(ServiceError):
    """A step of a draft was refused; `cause` says why (a ValidationError naming the field)."""

    def __init__(self, index: int, step: Step, cause: ServiceError) -> None:
        super().__init__(str(cause))
        self.index = index
        self.step = step
        self.cause = cause


def _resolve(value: Any, results: Sequence[Any]) -> Any:
    return results[value.step] if isinstance(value, Made) else value


def _run(steps: Sequence[Step]) -> list[Any]:
    results: list[Any] = []
    for index, step in enumerate(steps):
        args = tuple(_resolve(a, results) for a in step.args)
        kwargs = {k: _resolve(v, results) for k, v in step.kwargs.items()}
        try:
            results.append(step.call(*args, **kwargs))
        except StepRefused:
            raise
        except ServiceError as exc:
            raise StepRefused(index, step, exc) from exc
    return results


class Drafts:
    def __init__(self, db: Database) -> None:
        self.db = db

    def rehearse(self, steps: Sequence[Step], read: Callable[[], T]) -> tuple[list[Any], T]:
        """Run `steps`, read what an editor shows with `read`, and roll everything back.
        Returns each step's result (to map the ids shown onto `Made`) and what was read."""
        with self.db.rehearse():
            results = _run(steps)
            return results, read()

    def apply(self, name: str, steps: Sequence[Step]) -> list[Any]:
        """Run `steps` as one user action called `name`; all of them are written or none."""
        with self.db.action(name):
            return _run(steps)
