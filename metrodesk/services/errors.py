"""Domain errors the GUI shows at a field and the CLI prints as one line.

Their messages are made with `metrodesk.i18n.tr`: in the interface's language in the GUI, in
English on the command line. A ValidationError names its field by the field's English label
(the key editors find the field by); its text says the label translated.
"""

from __future__ import annotations

import re

from metrodesk.i18n import tr, translated


class ServiceError(Exception):
    """Something the user asked for cannot be done; nothing was changed."""


def field_text(field: str) -> str:
    """A field's label as the reader sees it: "E-mail 2" -> "Courriel 2"."""
    found = re.fullmatch(r"(.*\D) (\d+)", field)
    if found is not None:
        return tr("{noun} {number}").format(noun=translated(found[1]), number=found[2])
    return translated(field)


class ValidationError(ServiceError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(tr("{field}: {message}").format(field=field_text(field), message=message))
        self.field = field
        self.message = message


class NotFound(ServiceError):
    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(
            tr("no {kind} with id {id}").format(kind=translated(_noun(kind)), id=record_id)
        )
        self.kind = kind


def _noun(kind: str) -> str:
    from metrodesk.services.records.kinds import kind_texts

    return kind_texts(kind).noun
