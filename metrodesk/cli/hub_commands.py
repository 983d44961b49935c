"""`metrodesk hub init URL`: prepare a PostgreSQL database as the team's hub (#13)."""

from __future__ import annotations

import argparse

from metrodesk.cli.common import PROG, AddCommand, CliError, Parser, say


def register(add: AddCommand) -> None:
    hub = add("hub", _need_action, "prepare and look after a PostgreSQL team hub")
    actions = hub.add_subparsers(title="actions", metavar="ACTION", parser_class=Parser)
    init = actions.add_parser(
        "init",
        help="prepare a PostgreSQL database as the team's hub (safe to run again)",
        description="Create the hub's tables, rights and triggers in an empty database, or "
        "check and renew them in a hub. Sign in as the database's owner; the password comes "
        "from ~/.pgpass, PGPASSWORD or a service file, never from the address.",
    )
    init.add_argument("url", metavar="URL", help="postgresql://ROLE@SERVER/DATABASE")
    init.add_argument(
        "--member-role",
        metavar="ROLE",
        help="the group role of the team's members (default: DATABASE_member)",
    )
    init.add_argument(
        "--reader-role",
        metavar="ROLE",
        help="the group role of read-only reporting roles (default: DATABASE_reader)",
    )
    init.set_defaults(run=run_hub_init)


def _need_action(args: argparse.Namespace) -> int:
    raise CliError(f"say what to do with the hub, e.g. '{PROG} hub init URL'", 2)


def run_hub_init(args: argparse.Namespace) -> int:
    from metrodesk.services.sync.postgres.address import parse_address
    from metrodesk.services.sync.postgres.prepare import prepare_hub

    address = parse_address(args.url)
    prepared = prepare_hub(address, None, args.member_role, args.reader_role)
    for note in prepared.notes:
        say(f"Note: {note}")
    say(
        f"To add a person (in psql, as an administrator): CREATE ROLE name LOGIN IN ROLE "
        f"{prepared.member_role}; then \\password name"
    )
    say(prepared.summary())
    return 0
