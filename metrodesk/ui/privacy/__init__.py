"""Passphrase protection in the window: the prompt at open, File › Protect with a passphrase…,
and the lock after a period of inactivity."""
