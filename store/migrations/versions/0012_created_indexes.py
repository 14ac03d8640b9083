"""records by when they were created: what changed in a window

"What changed this week?" read every commitment, project, initiative and update created in
the window and filtered them in Python (10,000 commitments a week at 100,000 projects), with
no index on created_at: the window itself was found by reading every row. The answer now
filters in SQL and reads a page of each kind and a capped count, along these indexes in the
window's order (store/questions/answering.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("commitment", "project", "initiative", "projectupdate")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_created", table, ["created_at", "id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_created", table_name=table)
