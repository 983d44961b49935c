"""Encryption at rest: SQLCipher files, their keys, and the passphrase envelope beside them.

A protected database is an SQLCipher file keyed with a random 256-bit key. That key lives in
the OS keychain (fast, silent opens) and, sealed with the user's passphrase, in the key file
beside the database (`<name>.key`): a new laptop or a broken keychain opens the file with the
passphrase alone. The header of the file tells which kind it is: a plain file starts with
SQLite's header, an encrypted one with random bytes.
"""
