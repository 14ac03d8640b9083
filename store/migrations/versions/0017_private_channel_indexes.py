"""whether a channel holds private projects or initiatives, from an index

A question asked in a channel reads the names that channel may see; a channel with no private
project or initiative of its own shares the public audience's names (store/questions/known.py).
Asking that was a scan of every project (~20 ms at 100,000) once per channel after each write.
The channel leads: with `source_private` first, SQLite chose this index for the public audience's
`NOT source_private` over the created-at index of "what changed this week" and read every public
project (tests/store/test_bounded_changes.py).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_project_private_channel", "project", ["source_channel", "source_private"])
    op.create_index("ix_initiative_private_channel", "initiative", ["source_channel", "source_private"])


def downgrade() -> None:
    op.drop_index("ix_initiative_private_channel", table_name="initiative")
    op.drop_index("ix_project_private_channel", table_name="project")
