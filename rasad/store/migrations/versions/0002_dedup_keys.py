"""Dedup candidate keys: a coarse grid cell per event report and narrower match indexes.

Deduplication looks up, for each new event report, the stored reports it could match: same
event type, a date within the span window, and the same place, the same admin1 or a point
within 10 km. One (event_type, date_lo) index made each lookup scan every report of that type
in the window, a cost that grew with the store; these indexes put the place key before the
date. `cell` is `rows.grid_cell(lat, lon)` (0.1° squares); existing rows are backfilled.
Blocks are read by (block_id, published) so a rebuild reads only a block's newest reports.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import math

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _cell(lat: float, lon: float) -> int | None:
    # a copy of rasad.store.rows.grid_cell at this revision (migrations must not drift)
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    lat, lon = min(max(lat, -91.0), 91.0), min(max(lon, -181.0), 181.0)
    return (math.floor(lat * 10) + 910) * 4000 + math.floor(lon * 10) + 1810


def upgrade() -> None:
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cell', sa.Integer(), nullable=True))
    es = sa.table('event_sources', sa.column('article_id', sa.String), sa.column('idx', sa.Integer),
                  sa.column('lat', sa.Float), sa.column('lon', sa.Float), sa.column('cell', sa.Integer))
    conn = op.get_bind()
    rows = conn.execute(sa.select(es.c.article_id, es.c.idx, es.c.lat, es.c.lon)
                        .where(es.c.lat.is_not(None), es.c.lon.is_not(None))).all()
    if rows:
        conn.execute(sa.update(es).where(es.c.article_id == sa.bindparam('a'), es.c.idx == sa.bindparam('i'))
                     .values(cell=sa.bindparam('c')),
                     [{'a': a, 'i': i, 'c': _cell(lat, lon)} for a, i, lat, lon in rows])
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_event_sources_block')
        batch_op.create_index('ix_event_sources_block_published', ['block_id', 'published'], unique=False)
        batch_op.create_index('ix_event_sources_place', ['event_type', 'place_id', 'date_lo'], unique=False)
        batch_op.create_index('ix_event_sources_admin1', ['event_type', 'admin1', 'date_lo'], unique=False)
        batch_op.create_index('ix_event_sources_cell', ['event_type', 'cell', 'date_lo'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_event_sources_cell')
        batch_op.drop_index('ix_event_sources_admin1')
        batch_op.drop_index('ix_event_sources_place')
        batch_op.drop_index('ix_event_sources_block_published')
        batch_op.create_index('ix_event_sources_block', ['block_id'], unique=False)
        batch_op.drop_column('cell')
