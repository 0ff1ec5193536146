"""Alembic revisions, one file a schema change (never edit one that has shipped)."""
