"""Domain errors the GUI shows at a field and the CLI prints as one line."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the user asked for cannot be done; nothing was changed."""


class ValidationError(ServiceError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(ServiceError):
    def __init__(self, kind: str, record_id: object) -> None:
        super().__init__(f"no {kind.replace('_', ' ')} with id {record_id}")
        self.kind = kind
