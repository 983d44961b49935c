"""Alembic environment: for the app (connection passed in) and for `alembic` (new revisions)."""

from alembic import context
from sqlalchemy import create_engine

from metrodesk.data.models import Base

config = context.config


def run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=lambda obj, name, kind, *_: not (name or "").startswith("search_"),
    )
    with context.begin_transaction():
        context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    run(given)
else:
    with create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://").connect() as conn:
        run(conn)
