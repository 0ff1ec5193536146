"""The review desk: users with hashed tokens, dated revisions, reviewed state, settings,
and the spans of each article that its review page highlights.

Nothing of the machine's output changes: reviews live in their own tables, keyed by event id
(`dedup.event_id`, derived from an event's earliest source, so it survives re-ingests).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every span of an article the review page highlights (rows.article_spans); null for
    # articles stored before this revision (the page then reads them again from the text)
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('spans', sa.JSON(), nullable=True))
    op.create_table(
        'users',
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name'),
        sa.UniqueConstraint('token_hash'),
    )
    op.create_table(
        'revisions',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('event_id', sa.String(length=40), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('changes', sa.JSON(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('user_name', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_revisions_event', 'revisions', ['event_id', 'id'], unique=False)
    op.create_table(
        'event_reviews',
        sa.Column('event_id', sa.String(length=40), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('values', sa.JSON(), nullable=False),
        sa.Column('parent_id', sa.String(length=40), nullable=True),
        sa.Column('merged_into', sa.String(length=40), nullable=True),
        sa.Column('revisions', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.Float(), nullable=False),
        sa.Column('updated_by', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('event_id'),
    )
    op.create_index('ix_event_reviews_status', 'event_reviews', ['status'], unique=False)
    op.create_table(
        'settings',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )


def downgrade() -> None:
    op.drop_table('settings')
    op.drop_index('ix_event_reviews_status', table_name='event_reviews')
    op.drop_table('event_reviews')
    op.drop_index('ix_revisions_event', table_name='revisions')
    op.drop_table('revisions')
    op.drop_table('users')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('spans')
