"""Backups and the database check."""
