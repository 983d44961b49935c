"""Data layer: SQLAlchemy models, engine set-up and Alembic migrations. Never imports Qt."""
