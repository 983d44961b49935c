"""Meetings, their action items and attachments, and calendars."""
