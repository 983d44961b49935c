"""Any record: create, read, update, delete; the form table and field rules; labels,
trash, history and undo."""
