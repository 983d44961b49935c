"""What the user decided in an import's preview: which new organisations to create (or which
existing one a name stands for), and what to do with each row flagged as a possible duplicate.

The same choices drive the preview shown again and the commit, so that what is imported is
what was previewed. Without choices (the command line) every default applies: a new name
creates its organisation, a row whose e-mail is one contact's updates that contact, a row
repeating an earlier row's e-mail is skipped, and anything else flagged is added as new.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from metrodesk.data.search_index import fold

#: a row's decision: add it as a new record, or leave it out (else: the id it updates)
NEW, SKIP = "new", "skip"
#: a new name's decision: create the record it names (else SKIP, or an existing record's id)
CREATE = "create"

Decision = str | uuid.UUID

#: the kinds a row may create by naming them: things that are only a name; people, centres
#: and meetings named in a cell must exist (a typo must not make a person)
CREATABLE = ("organisation", "programme")


def name_key(text: str) -> str:
    """A name as compared: case, accents and spacing aside."""
    return " ".join(fold(text).split())


@dataclass(frozen=True)
class ImportChoices:
    #: (kind, name_key(name)) -> CREATE, SKIP or the id of the existing record it stands for
    names: Mapping[tuple[str, str], Decision] = field(default_factory=dict)
    #: (sheet, row number) -> NEW, SKIP or the id of the contact the row updates
    rows: Mapping[tuple[str, int], Decision] = field(default_factory=dict)
    #: the wizard's partial import: rejected rows are left out and the others written (the
    #: command line's import stays all or nothing)
    skip_rejected: bool = False

    def for_name(self, kind: str, key: str) -> Decision:
        return self.names.get((kind, key), CREATE)

    def for_row(self, sheet: str, row: int) -> Decision | None:
        """The user's decision for a flagged row; None: the row's own default."""
        return self.rows.get((sheet, row))
