"""Reviews remember their event's reports, so a review survives dedup renaming its event.

An event's id comes from its earliest report (`dedup.event_id`); when an article reporting it
earlier is ingested later, the event gets a new id. `event_reviews.sources` keeps the
[article_id, idx] pairs of the event when it was first reviewed; `review.overlay` follows them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event_reviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event_reviews', schema=None) as batch_op:
        batch_op.drop_column('sources')
