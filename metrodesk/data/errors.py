"""Why a database file cannot be opened or written; each message is one line a user can act on."""


class DatabaseOpenError(Exception):
    """The file cannot be used; it has not been modified."""


class NotADatabase(DatabaseOpenError):
    pass


class DamagedDatabase(DatabaseOpenError):
    pass


class NewerDatabase(DatabaseOpenError):
    pass


class DatabaseInUse(DatabaseOpenError):
    """Another MetroDesk process has the file open."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class ReadOnlyDatabase(DatabaseOpenError):
    """The file, or the folder that holds it, cannot be written."""


class MigrationFailed(DatabaseOpenError):
    """The upgrade failed; the database was put back as it was before it."""


class PassphraseNeeded(DatabaseOpenError):
    """The file is encrypted and no key for it is at hand: the app asks for the passphrase,
    the CLI says to set METRODESK_PASSPHRASE. The file has not been read or modified."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphrase(DatabaseOpenError):
    """The passphrase given does not open the file; it has not been read or modified."""


class DatabaseLocked(Exception):
    """The window was locked (its key forgotten) until the passphrase is given again."""


class StorageError(Exception):
    """A write could not be completed (disk full, I/O error); it was rolled back entirely and
    the database is as it was before. Writing works again once the cause is gone."""


class DamagedValue(Exception):
    """A stored value (a date, an id) is damaged in a way no page check sees; nothing was
    changed. The rest of the database stays usable."""


class IdentityClash(Exception):
    """A write would give a record the id another kind of record already holds (an id
    names one record of one kind everywhere: search, the journal, sync); nothing was saved."""
