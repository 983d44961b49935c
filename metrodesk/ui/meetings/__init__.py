"""Meetings and action items: sections, editor, notes, minutes."""
