"""Database files: checks, backups, restore."""
