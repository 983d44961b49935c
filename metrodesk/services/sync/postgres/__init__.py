"""The PostgreSQL hub (#13): a team server as a second transport of the sync engine.

`hub init` prepares a database (`prepare.py`, with the tables and rights of `layout.py`);
addresses and signing in follow libpq's conventions (`address.py`, `connect.py`).
"""
