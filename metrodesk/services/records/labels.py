"""The name a record goes by in titles and messages, from its form values (no extra query)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from metrodesk.data.people import display_name
from metrodesk.services.records.forms import FORMS


def record_label(kind: str, values: Mapping[str, Any]) -> str:
    """Editors' titles, import previews and messages all call a record this."""
    if kind == "contact":
        return display_name(
            str(values.get("given_name") or ""),
            str(values.get("family_name") or ""),
            str(values.get("name_order") or ""),
        )
    key = next((f.key for f in FORMS[kind] if f.required and f.type in ("text", "long")), "")
    text = " ".join(str(values.get(key) or "").split())
    return text if len(text) <= 80 else text[:79] + "…"
