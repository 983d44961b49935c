"""A keychain for tests: a JSON file named by METRODESK_TEST_KEYRING, shared by the test
process and the `metrodesk` processes it starts (PYTHON_KEYRING_BACKEND names this class).

Never the user's real keychain; a test that wants "no keychain" switches to keyring's fail
backend instead."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _file(self) -> Path:
        return Path(os.environ["METRODESK_TEST_KEYRING"])

    def _update(self, change) -> dict[str, str]:
        path = self._file()
        path.touch(mode=0o600, exist_ok=True)
        with path.open("r+", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            text = fh.read()
            entries = json.loads(text) if text else {}
            if change is not None and change(entries):
                fh.seek(0)
                fh.truncate()
                fh.write(json.dumps(entries))
            return entries

    def get_password(self, service: str, username: str) -> str | None:
        return self._update(None).get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        def put(entries: dict[str, str]) -> bool:
            entries[f"{service}\x1f{username}"] = password
            return True

        self._update(put)

    def delete_password(self, service: str, username: str) -> None:
        found = []

        def drop(entries: dict[str, str]) -> bool:
            found.append(entries.pop(f"{service}\x1f{username}", None))
            return found[0] is not None

        self._update(drop)
        if found[0] is None:
            raise PasswordDeleteError(username)
