"""following: what each member follows, the outbox of their notices, the audit-log cursor;
a digest subscription's "Gone quiet" threshold

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.models

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("filter_text", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("spec", sa.JSON(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("cadence", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("paused_reason", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member", "filter_text"),
    )
    with op.batch_alter_table("follow", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_member"), ["member"], unique=False)
    op.create_table(
        "follownotice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("event_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("follow_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.JSON(), nullable=False),
        sa.Column("due_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("bundle", sa.Boolean(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("claimed_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("claimed_until", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("message_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("sent_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["follow_id"], ["follow.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member", "event_key"),
    )
    with op.batch_alter_table("follownotice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follownotice_member"), ["member"], unique=False)
        batch_op.create_index(batch_op.f("ix_follownotice_sent_at"), ["sent_at"], unique=False)
        batch_op.create_index("ix_follownotice_state_due", ["state", "due_at"], unique=False)
    with op.batch_alter_table("digestsubscription", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quiet_days", sa.Integer(), server_default="90", nullable=False))
    op.create_table(
        "followcursor",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("followcursor")
    with op.batch_alter_table("digestsubscription", schema=None) as batch_op:
        batch_op.drop_column("quiet_days")
    with op.batch_alter_table("follownotice", schema=None) as batch_op:
        batch_op.drop_index("ix_follownotice_state_due")
        batch_op.drop_index(batch_op.f("ix_follownotice_sent_at"))
        batch_op.drop_index(batch_op.f("ix_follownotice_member"))
    op.drop_table("follownotice")
    with op.batch_alter_table("follow", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_member"))
    op.drop_table("follow")
