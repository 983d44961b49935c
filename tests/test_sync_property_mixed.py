"""The stateful convergence test of team sync (`test_sync_property.py`) with a mixed team: two
copies on a real shared folder, one on a real PostgreSQL server holding the same team, and a
bridge copy syncing with both (README, "A team on a folder and a server"). Besides the same
random work, copies sync, the bridge runs, and a copy moves to the other hub at any moment.

After a full exchange every copy (the bridge too) holds the same records, inbox and journal,
every row is what its journal makes it, no value written anywhere is lost, and neither hub
holds an action of a copy twice. The CI size is small; `METRODESK_MIXED_EXAMPLES=50` runs more
(README: Working as a team).
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import uuid
from pathlib import Path

from conftest import copy_database
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import rule
from pg_server import TeamHub, shared_server
from sync_support import content
from test_sync_property import (  # the template fixture too: the machine copies it
    NAMES,
    STEPS,
    TEMPLATE,
    WORDS,
    TeamMachine,
    _template,  # noqa: F401
)

from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.sync.folder import FolderHub
from metrodesk.services.sync.hubs import transport_for
from metrodesk.services.sync.postgres.address import parse_address
from metrodesk.services.sync.postgres.prepare import prepare_hub
from metrodesk.services.sync.postgres.relaying import bridge_role_of
from metrodesk.services.sync.transport import ChangeSet

EXAMPLES = int(os.environ.get("METRODESK_MIXED_EXAMPLES", "3"))


class MixedTeamMachine(TeamMachine):
    def __init__(self) -> None:
        team = TeamHub(shared_server())
        self.team = team
        self.folder = Path(tempfile.mkdtemp(prefix="mixed-team-folder-"))
        # the folder's team, and the server joining it (the administrator's `--team-of`)
        team_id = FolderHub(self.folder).open(create=True)
        prepare_hub(parse_address(team.url(team.owner)), team_of=team_id)
        roles = {name: team.member(f"copy{name.lower()}") for name in NAMES}
        self.server_urls = {name: team.url(role) for name, role in roles.items()}
        self.on_server = {"C"}
        bridge_role = team.member("bridge")
        team.grant(bridge_role, bridge_role_of(team.prepared.member_role))
        self.bridge_hubs = [str(self.folder), team.url(bridge_role)]
        super().__init__()
        path = self.root / "bridge.sqlite"
        copy_database(TEMPLATE["empty"], path)
        path.chmod(0o600)
        self.bridge = Services.open(path)
        self._run_bridge()

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            self.bridge.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _hub(self, name: str) -> str:
        return self.server_urls[name] if name in self.on_server else str(self.folder)

    def _sync(self, name: str) -> None:
        svc = self.copies[name]
        self.last_report = svc.sync.run(self._hub(name), name)

    def _run_bridge(self) -> None:
        self.bridge.sync.run_bridge(self.bridge_hubs, "Bridge")

    def _full_exchange(self) -> None:
        self.reports = {}
        for _ in range(3):
            self._run_bridge()
            for name in NAMES:
                self._sync(name)
                self.reports[name] = (self.last_report.notes, self.last_report.waiting)

    def _check_converged(self) -> None:
        super()._check_converged()
        assert content(self.bridge.path) == content(self.copies["A"].path)
        for hub in self.bridge_hubs:
            _each_action_once(hub)

    def deliver(self, name: str, seed: int) -> None:
        """A folder seen directly, a server: each change is there whole once written."""

    # --- the mixed team ------------------------------------------------------------------

    @rule()
    def bridge_runs(self):
        self._run_bridge()

    @rule(
        cid=TeamMachine.contacts,
        field=st.sampled_from(["job_title", "city"]),
        value=st.sampled_from(WORDS),
    )
    def edit_on_the_bridge(self, cid, field, value):
        """The bridge is an ordinary copy too: its own work reaches both hubs."""
        try:
            self.bridge.records.update("contact", cid, {field: value})
        except ServiceError:
            return
        self._wrote(cid, {field: value})

    @rule(name=st.sampled_from(NAMES), sync_first=st.booleans())
    def move_to_the_other_hub(self, name, sync_first):
        """A copy moves from the folder to the server, or back (as a laptop may, both ways)."""
        self.on_server ^= {name}
        if sync_first:
            self._sync(name)


def _each_action_once(hub: str) -> None:
    spans: dict[uuid.UUID, list[tuple[int, int]]] = {}
    for found in transport_for(hub).every_change_set():
        assert isinstance(found, ChangeSet), found
        spans.setdefault(found.device, []).append((found.first, found.last))
    for device, held in spans.items():
        held.sort()
        assert all(a[1] < b[0] for a, b in itertools.pairwise(held)), (hub, device, held)


MixedTeamMachine.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=os.environ.get("METRODESK_MIXED_EXAMPLES") is None,
)
test_team_on_a_folder_and_a_server = MixedTeamMachine.TestCase
