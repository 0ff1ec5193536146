"""Initial schema: articles, actors, places, events, event_sources, relations, mentions.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name_ar', sa.Text(), nullable=True),
    sa.Column('name_en', sa.Text(), nullable=True),
    sa.Column('inter', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('articles',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('schema_version', sa.String(length=20), nullable=True),
    sa.Column('ingested_at', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('events',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('sub_event_type', sa.String(length=60), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('actor1', sa.String(length=200), nullable=True),
    sa.Column('actor2', sa.String(length=200), nullable=True),
    sa.Column('assoc_actors', sa.JSON(), nullable=False),
    sa.Column('place_id', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('notes_en', sa.Text(), nullable=True),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('timestamp', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_country', ['country'], unique=False)
        batch_op.create_index('ix_events_date', ['date'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name_ar', sa.Text(), nullable=True),
    sa.Column('name_en', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin1_ar', sa.Text(), nullable=True),
    sa.Column('admin1_code', sa.String(length=16), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('gazetteer_id', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('event_sources',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('record_event_id', sa.String(length=200), nullable=True),
    sa.Column('event_id', sa.String(length=16), nullable=True),
    sa.Column('block_id', sa.String(length=40), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('sub_event_type', sa.String(length=60), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('date_lo', sa.Date(), nullable=True),
    sa.Column('date_hi', sa.Date(), nullable=True),
    sa.Column('actor1', sa.String(length=200), nullable=True),
    sa.Column('actor2', sa.String(length=200), nullable=True),
    sa.Column('assoc_actors', sa.JSON(), nullable=False),
    sa.Column('place_id', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('actor_keys', sa.JSON(), nullable=False),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('fatalities_detail', sa.JSON(), nullable=False),
    sa.Column('modality', sa.String(length=20), nullable=True),
    sa.Column('attribution', sa.JSON(), nullable=True),
    sa.Column('trigger', sa.JSON(), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('notes_en', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'idx')
    )
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.create_index('ix_event_sources_block', ['block_id'], unique=False)
        batch_op.create_index('ix_event_sources_event', ['event_id'], unique=False)
        batch_op.create_index('ix_event_sources_match', ['event_type', 'date_lo'], unique=False)

    op.create_table('mentions',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'idx')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_actor', ['actor_id'], unique=False)

    op.create_table('relations',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('target', sa.String(length=200), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'idx')
    )


def downgrade() -> None:
    op.drop_table('relations')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index('ix_mentions_actor')

    op.drop_table('mentions')
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_event_sources_match')
        batch_op.drop_index('ix_event_sources_event')
        batch_op.drop_index('ix_event_sources_block')

    op.drop_table('event_sources')
    op.drop_table('places')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_date')
        batch_op.drop_index('ix_events_country')

    op.drop_table('events')
    op.drop_table('articles')
    op.drop_table('actors')
