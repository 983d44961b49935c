"""The generic record editor and its parts, history and trash."""
