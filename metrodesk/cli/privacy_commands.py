"""Commands for personal data: encrypt, decrypt, passphrase; person-data (the right of access),
erase (the right to be forgotten) and register (what was exported and erased, for the DPO).

Passphrases never come from the command line (other users see it in the process list): from
METRODESK_PASSPHRASE (and METRODESK_NEW_PASSPHRASE for a new one), or typed at a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from metrodesk.cli.common import AddCommand, CliError, existing_database, open_database, say
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.keys import PASSPHRASE_VARIABLE

NEW_PASSPHRASE_VARIABLE = "METRODESK_NEW_PASSPHRASE"


def register(add: AddCommand) -> None:
    add(
        "encrypt",
        run_encrypt,
        f"encrypt the database in place, after a backup (passphrase: ${PASSPHRASE_VARIABLE})",
    )
    add("decrypt", run_decrypt, "remove the database's encryption in place, after a backup")
    add(
        "passphrase",
        run_passphrase,
        f"change the passphrase of an encrypted database (new one: ${NEW_PASSPHRASE_VARIABLE})",
    )
    access = add(
        "person-data",
        run_person_data,
        "write everything held about one person to a workbook (a subject access request)",
    )
    access.add_argument("person", metavar="UUID", help="the person's record id")
    access.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    erase = add(
        "erase",
        run_erase,
        "erase one person: their data leaves the record, its history and the file",
    )
    erase.add_argument("person", metavar="UUID", help="the person's record id")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="also delete the database's backups, which still hold the erased data",
    )
    review = add(
        "retention",
        run_retention,
        "list the people with no valid consent and no activity for N years (--erase: erase them)",
    )
    review.add_argument("--years", type=int, required=True, metavar="N")
    review.add_argument("--erase", action="store_true", help="erase every person listed")
    log = add(
        "register",
        run_register,
        "write the register of access exports and erasures (for the data protection officer)",
    )
    log.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")


def run_encrypt(args: argparse.Namespace) -> int:
    from metrodesk.data.crypto import keychain
    from metrodesk.services.privacy.protection import is_protected, protect

    path = existing_database(args)
    if is_protected(path):  # said before a passphrase is asked for
        raise CliError(
            f"{path.name} is already protected with a passphrase "
            f"(to change it: metrodesk passphrase --db '{path}')"
        )
    passphrase = _new_passphrase(PASSPHRASE_VARIABLE, f"Passphrase for {path.name}: ")
    change = protect(path, passphrase)
    say(f"Encrypted {path} (SQLCipher 4, AES-256); backup first: {change.backup}")
    _say_backups(change.backups_converted, change.backups_left, "encrypted")
    if change.attachments_converted:
        say(f"{change.attachments_converted} attached files encrypted too")
    if keychain.available():
        say("Its key is kept in this computer's keychain; the passphrase opens it anywhere.")
    else:
        say(
            f"No keychain on this computer: give the passphrase (${PASSPHRASE_VARIABLE}) each time."
        )
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from metrodesk.services.privacy.protection import unprotect

    path = existing_database(args)
    change = unprotect(path, None)
    say(f"Decrypted {path}; backup first: {change.backup}")
    _say_backups(change.backups_converted, change.backups_left, "decrypted")
    if change.attachments_converted:
        say(f"{change.attachments_converted} attached files decrypted too")
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    from metrodesk.services.privacy.protection import change_passphrase

    path = existing_database(args)
    keys.key_for(path)  # the current key first: a wrong or missing passphrase stops here
    new = _new_passphrase(NEW_PASSPHRASE_VARIABLE, f"New passphrase for {path.name}: ")
    change = change_passphrase(path, None, new)
    say(f"Changed the passphrase of {path} and of {change.backups_converted} backups")
    return 0


def _say_backups(done: int, left: tuple[object, ...], verb: str) -> None:
    if done:
        say(f"{done} older backups {verb} too")
    for each in left:
        say(f"left as it was (a damaged copy, or another key): {each}")


def _new_passphrase(variable: str, prompt: str) -> str:
    """From `variable`, else typed twice at a terminal; never from the command line."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"set {variable} to the passphrase (or run this at a terminal)")
    first = getpass.getpass(prompt)
    if getpass.getpass("Once more: ") != first:
        raise CliError("the two passphrases differ; nothing was changed")
    return first


def run_person_data(args: argparse.Namespace) -> int:
    from metrodesk.services.privacy.access import parse_person_id, write_person_workbook

    path = existing_database(args)
    person = parse_person_id(args.person)
    target = Path(args.output).expanduser()
    db = open_database(path)
    try:
        data = write_person_workbook(db, person, target)
    finally:
        db.close()
    say(f"Wrote everything held about {data.name} to {target}")
    return 0


def run_register(args: argparse.Namespace) -> int:
    from metrodesk.services.privacy.register import export_register

    path = existing_database(args)
    target = Path(args.output).expanduser()
    db = open_database(path)
    try:
        count = export_register(db, target)
    finally:
        db.close()
    say(f"Wrote the register ({count} entries) to {target}")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from metrodesk.services.privacy.access import parse_person_id
    from metrodesk.services.privacy.erasure import Erasure

    path = existing_database(args)
    person = parse_person_id(args.person)
    db = open_database(path)
    try:
        erasure = Erasure(db)
        plan = erasure.plan(person)
        result = erasure.erase(person, purge_backups=args.purge_backups)
    finally:
        db.close()
    done = ", ".join(f"{n} {what}" for what, n in result.counts.items())
    say(f"Erased person {person.hex}: {done}")
    if result.backups_purged:
        say(f"Deleted {len(result.backups_purged)} backups that held the erased data")
    elif plan.backups:
        say(
            f"{len(plan.backups)} older backups still hold the erased data until they expire "
            "(--purge-backups deletes them)"
        )
    return 0


def run_retention(args: argparse.Namespace) -> int:
    from metrodesk.services.privacy.retention import erase_all, review

    path = existing_database(args)
    db = open_database(path)
    try:
        rows = review(db, args.years)
        for row in rows:
            say(f"{row.person_id.hex}\t{row.name}\t{row.last_activity.isoformat()}\t{row.consent}")
        if args.erase and rows:
            erase_all(db, [row.person_id for row in rows])
    finally:
        db.close()
    verb = "erased" if args.erase else "to review"
    say(f"{len(rows)} people {verb} (no valid consent, no activity for {args.years} years)")
    return 0
