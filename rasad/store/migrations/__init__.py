"""Alembic migrations for the event store, shipped in the package and run by `open_store`."""
