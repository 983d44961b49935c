"""`Sync`: what the GUI and the CLI ask of team sync, on one database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from metrodesk.data.database import Database
from metrodesk.data.journal import UserAction
from metrodesk.data.sessions import sync_write
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.sync.engine import Progress, SyncEngine, SyncError, SyncReport
from metrodesk.services.sync.folder import FolderHub
from metrodesk.services.sync.hubs import is_url, transport_for
from metrodesk.services.sync.inbox import Inbox
from metrodesk.services.sync.state import default_name, read_state, state_of, write_state
from metrodesk.services.sync.team_key import TeamSeal
from metrodesk.services.sync.transport import CopyInfo, HubUnreachable, NotAHub, Transport
from metrodesk.services.sync.wire import Codec

__all__ = ["HubPreview", "Sync", "SyncError", "SyncReport", "SyncStatus"]


@dataclass(frozen=True)
class HubPreview:
    """What syncing with a hub would do, read without writing anything (the Team sync dialog)."""

    #: "" when the hub can be used, else why not (one sentence)
    problem: str
    #: the hub already holds a team (False: this copy would start one)
    has_team: bool
    copies: tuple[CopyInfo, ...]
    #: this copy holds nothing yet (it fills from the team), else it merges with it
    local_empty: bool


@dataclass(frozen=True)
class SyncStatus:
    #: the hub this copy syncs with ("" when it does not sync)
    hub: str
    name: str
    #: this copy's changes the hub does not hold yet
    waiting: int
    last_sync: datetime | None
    conflicts: int


class Sync:
    def __init__(self, db: Database, codec: Codec | None = None) -> None:
        self.db = db
        self.codec = codec
        self.inbox = Inbox(db)

    def status(self) -> SyncStatus:
        with self.db.engine.connect() as conn:
            state = state_of(conn)
            mine = conn.execute(
                select(func.max(UserAction.dseq)).where(UserAction.device_ref == self.db.device_ref)
            ).scalar()
            conflicts = conn.exec_driver_sql("SELECT count(*) FROM sync_conflict").scalar()
        last = datetime.fromisoformat(state.last_sync) if state.last_sync else None
        return SyncStatus(
            state.hub,
            state.name or default_name(),
            max(0, int(mine or 0) - state.pushed) if state.hub else int(mine or 0),
            last,
            int(conflicts or 0),
        )

    def run(
        self,
        hub: str | None = None,
        name: str | None = None,
        progress: Progress | None = None,
        team_passphrase: str | None = None,
    ) -> SyncReport:
        """One sync; the first with `hub` joins it and remembers it. Raises SyncError (one
        line, nothing changed) when the hub cannot be used, TeamKeyNeeded or
        WrongTeamPassphrase when the team's files are sealed and this copy cannot open them
        (`team_passphrase`: typed by the user; else METRODESK_TEAM_PASSPHRASE). A bridge
        (`run_bridge`) asked without a hub bridges its hubs again; given one hub, it stops
        bridging and syncs with that hub only."""
        state = read_state(self.db)
        if state.bridge and not (hub or "").strip():
            return self.run_bridge(state.bridge.splitlines(), name, progress, team_passphrase)
        # a folder given again by another path (a share mounted elsewhere) is the same team:
        # the engine compares the hub's own id, and refuses another team's
        target = _remembered_form((hub or "").strip()) or state.hub
        if not target:
            raise SyncError("this copy does not sync yet: give the team folder (--hub FOLDER)")
        if state.bridge:
            with sync_write(self.db) as s:
                write_state(s.connection(), bridge="")
        return self._run_one(target, name or state.name or default_name(), progress,
                             team_passphrase)  # fmt: skip

    def run_bridge(
        self,
        hubs: list[str],
        name: str | None = None,
        progress: Progress | None = None,
        team_passphrase: str | None = None,
    ) -> SyncReport:
        """Sync with each of the team's hubs in turn, relaying to each what it lacks
        (`bridging.py`); the hubs are remembered. Refused in one line, nothing changed, unless
        every hub holds the same team (this copy's, when it has one)."""
        targets = list(dict.fromkeys(_remembered_form(h.strip()) for h in hubs if h.strip()))
        if len(targets) < 2:
            raise SyncError("a bridge joins two hubs of one team: give --hub twice")
        state = read_state(self.db)
        _check_one_team([transport_for(t) for t in targets], state.hub_id)
        with sync_write(self.db) as s:
            write_state(s.connection(), bridge="\n".join(targets))
        name = name or state.name or default_name()
        total = SyncReport()
        news = False
        for target in targets:
            report = self._run_one(target, name, progress, team_passphrase, bridge=True)
            total = _added(total, report, target)
            news = news or (target != targets[0] and report.received > 0)
        if news:  # what the later hubs brought reaches the first one in this run too
            report = self._run_one(targets[0], name, progress, team_passphrase, bridge=True)
            total = _added(total, report, targets[0])
        return total

    def _run_one(
        self,
        target: str,
        name: str,
        progress: Progress | None,
        team_passphrase: str | None,
        bridge: bool = False,
    ) -> SyncReport:
        transport = transport_for(target)
        engine = SyncEngine(
            self.db,
            transport,
            name,
            self.codec,
            progress,
            TeamSeal(self.db, team_passphrase),
            bridge,
        )
        try:
            return engine.run(target)
        except HubUnreachable as exc:
            raise SyncError(str(exc)) from exc
        except NotAHub as exc:
            raise SyncError(str(exc)) from exc
        except OSError as exc:
            raise SyncError(
                tr("{hub}: {reason}").format(hub=transport.describe(), reason=exc.strerror or exc)
            ) from exc

    def preview(self, hub: str) -> HubPreview:
        """Whether `hub` can be synced with, and who is there; writes nothing anywhere."""
        local_empty = self.is_empty()
        try:
            transport = transport_for(hub)
        except ServiceError as exc:
            return HubPreview(str(exc), False, (), local_empty)
        probe = transport.probe if isinstance(transport, FolderHub) else None
        probe = getattr(transport, "probe", probe)  # a hub that can tell "empty" apart
        if probe is not None:
            problem, has_team = probe()
        else:
            try:
                problem, has_team = "", bool(transport.open(create=False))
            except (HubUnreachable, NotAHub) as exc:
                problem, has_team = str(exc), False
        if problem or not has_team:
            return HubPreview(problem, False, (), local_empty)
        try:
            copies = tuple(transport.copies())
        except HubUnreachable as exc:
            return HubPreview(str(exc), False, (), local_empty)
        return HubPreview("", True, copies, local_empty)

    def is_empty(self) -> bool:
        """Nothing was ever done in this copy (no action in its journal)."""
        with self.db.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(UserAction)).scalar() == 0

    def rename(self, name: str) -> None:
        with sync_write(self.db) as s:
            write_state(s.connection(), name=check_name(name))

    def copies(self) -> list[CopyInfo]:
        """The copies the hub knows, newest announcement of each (HubUnreachable when the hub
        cannot be reached)."""
        state = read_state(self.db)
        if not state.hub:
            return []
        return transport_for(state.hub).copies()

    @property
    def device(self) -> uuid.UUID:
        return uuid.UUID(self.db.device)


def _check_one_team(transports: list[Transport], team: str) -> None:
    """Every hub of a bridge holds a team, the same one (and this copy's)."""
    ids: dict[str, str] = {}
    for transport in transports:
        where = transport.describe()
        try:
            ids[where] = transport.open(create=False)
        except (HubUnreachable, NotAHub) as exc:
            if isinstance(exc, NotAHub) or not _holds_no_team(transport):
                raise SyncError(str(exc)) from exc
            raise SyncError(
                f"{where} holds no team yet: a bridge joins hubs of one team (a server joins "
                "a folder's team with `metrodesk hub init URL --team-of FOLDER`); nothing "
                "was changed"
            ) from exc
    if len(set(ids.values()) | ({team} if team else set())) > 1:
        raise SyncError(
            f"{' and '.join(ids)} do not all hold this copy's team: a bridge joins hubs of "
            "one team (a server joins a folder's team with `metrodesk hub init URL --team-of "
            "FOLDER`); nothing was changed"
        )


def _holds_no_team(transport: Transport) -> bool:
    probe = getattr(transport, "probe", None)
    if probe is None:
        return False
    problem, has_team = probe()
    return not problem and not has_team


def _added(total: SyncReport, report: SyncReport, where: str) -> SyncReport:
    """The reports of a bridge's syncs as one (the last one's state of the inbox)."""
    total.sent += report.sent
    total.received += report.received
    total.relayed += report.relayed
    total.conflicts = report.conflicts
    total.waiting = report.waiting
    total.joined = total.joined or report.joined
    total.new_identity = total.new_identity or report.new_identity
    total.notes += [f"{where}: {note}" for note in report.notes]
    return total


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ServiceError(tr("give this computer a name the others will recognise"))
    return cleaned


def _remembered_form(hub: str) -> str:
    """A folder as it is remembered: absolute, so that the window, started from anywhere,
    finds the folder a command gave as `--hub team`."""
    if not hub or is_url(hub):
        return hub
    return str(Path(hub).expanduser().absolute())
