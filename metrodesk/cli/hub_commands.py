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
    init.add_argument(
        "--team-of",
        metavar="FOLDER",
        help="the team folder whose team this server joins (a team on a folder and a "
        "server, bridged by one copy: `sync --hub FOLDER --hub URL`); only for a server no "
        "copy has synced with yet",
    )
    init.set_defaults(run=run_hub_init)


def _folder_team(folder: str) -> str:
    """The team id of a team folder (one line when it is not one)."""
    from pathlib import Path

    from metrodesk.services.sync.folder import FolderHub
    from metrodesk.services.sync.transport import HubUnreachable, NotAHub

    try:
        return FolderHub(Path(folder).expanduser().absolute()).open(create=False)
    except (HubUnreachable, NotAHub) as exc:
        raise CliError(f"{exc}: --team-of names the folder a team syncs through") from None


def _need_action(args: argparse.Namespace) -> int:
    raise CliError(f"say what to do with the hub, e.g. '{PROG} hub init URL'", 2)


def run_hub_init(args: argparse.Namespace) -> int:
    from metrodesk.services.sync.postgres.address import parse_address
    from metrodesk.services.sync.postgres.prepare import prepare_hub
    from metrodesk.services.sync.postgres.relaying import bridge_role_of

    address = parse_address(args.url)
    team = _folder_team(args.team_of) if args.team_of else ""
    prepared = prepare_hub(address, None, args.member_role, args.reader_role, team)
    for note in prepared.notes:
        say(f"Note: {note}")
    say(
        f"To add a person (in psql, as an administrator): CREATE ROLE name LOGIN IN ROLE "
        f"{prepared.member_role}; then \\password name"
    )
    if prepared.team:
        bridge = bridge_role_of(prepared.member_role)
        say(
            f"The hub holds the team of {args.team_of}. The bridge's role (in psql): GRANT "
            f"{prepared.member_role}, {bridge} TO name; then on that computer: {PROG} sync "
            f"--db FILE --hub {args.team_of} --hub {args.url}"
        )
    say(prepared.summary())
    return 0
