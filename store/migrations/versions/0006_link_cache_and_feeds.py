"""pages read from shared links (a day's cache), per-channel link reading, watched feeds

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.models

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "channellinks",
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("links_on", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("updated_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel"),
    )
    op.create_table(
        "feedwatch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("channel_private", sa.Boolean(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("added_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("primed", sa.Boolean(), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("last_modified", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("next_poll_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("last_error_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("failing_since", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("failure_reported", sa.Boolean(), nullable=False),
        sa.Column("stopped_reason", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("feedwatch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedwatch_active"), ["active"], unique=False)
        batch_op.create_index(batch_op.f("ix_feedwatch_channel"), ["channel"], unique=False)

    op.create_table(
        "linkpage",
        sa.Column("url_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("final_url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("lead", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("fetched_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url_hash"),
    )
    op.create_table(
        "feeditem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("link", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("posted", sa.Boolean(), nullable=False),
        sa.Column("seen_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["watch_id"], ["feedwatch.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("watch_id", "key"),
    )
    with op.batch_alter_table("feeditem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feeditem_watch_id"), ["watch_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("feeditem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feeditem_watch_id"))

    op.drop_table("feeditem")
    op.drop_table("linkpage")
    with op.batch_alter_table("feedwatch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedwatch_channel"))
        batch_op.drop_index(batch_op.f("ix_feedwatch_active"))

    op.drop_table("feedwatch")
    op.drop_table("channellinks")
