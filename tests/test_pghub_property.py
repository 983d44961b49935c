"""The stateful convergence test of team sync (`test_sync_property.py`), with the team meeting
on a real PostgreSQL server instead of a folder: the same random work on three copies, each
signing in as a role of its own, the same invariants after a full exchange (same records,
inbox and journal on every copy, rows as their journal makes them, no value written lost).

The CI size is small; `METRODESK_PG_EXAMPLES=100` runs more (README: Working as a team).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from pg_server import TeamHub, shared_server
from test_sync_property import (  # the template fixture too: the machine copies it
    NAMES,
    STEPS,
    SYNC_DEVICES,
    TeamMachine,
    _template,  # noqa: F401
)

EXAMPLES = int(os.environ.get("METRODESK_PG_EXAMPLES", "4"))


class ServerTeamMachine(TeamMachine):
    def __init__(self) -> None:
        team = TeamHub(shared_server())
        roles = {"A": team.alice, "B": team.bob, "C": team.member("carol")}
        self.urls = {name: team.url(roles[name]) for name in NAMES}
        super().__init__()

    def _sync(self, name: str) -> None:
        svc = self.copies[name]
        self.last_report = svc.sync.run(self.urls[name], name)
        SYNC_DEVICES[name] = svc.db.device

    def deliver(self, name: str, seed: int) -> None:
        """A server delivers every change whole as soon as it is committed: nothing to do."""


ServerTeamMachine.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=os.environ.get("METRODESK_PG_EXAMPLES") is None,
)
test_team_sync_through_a_server = ServerTeamMachine.TestCase
