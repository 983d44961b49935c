"""Why a database file cannot be opened; each message is one line a user can act on."""


class DatabaseOpenError(Exception):
    """The file cannot be used; it has not been modified."""


class NotADatabase(DatabaseOpenError):
    pass


class DamagedDatabase(DatabaseOpenError):
    pass


class NewerDatabase(DatabaseOpenError):
    pass
