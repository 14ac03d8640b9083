"""indexes in the order lists are read: projects by country then name, commitments newest first

A filtered list reads its first page along the index and stops after a page of matches,
instead of sorting every match (80,000 of Japan's commitments in a store of 100,000 projects).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MINERAL_TABLES = ("project", "commitment")


def upgrade() -> None:
    op.create_index("ix_project_country_name", "project", ["country", "name"])
    # The order of `commitments`: announced_on DESC NULLS LAST, id DESC (SQLite sorts nulls
    # first, so DESC alone puts them last there). Raw SQL: Alembic cannot compare it.
    postgres = op.get_bind().dialect.name == "postgresql"
    nulls = " NULLS LAST" if postgres else ""
    op.execute(f"CREATE INDEX ix_commitment_newest ON commitment (announced_on DESC{nulls}, id DESC)")
    if postgres:
        # The mineral filter is a LIKE on the JSON list as text (store/queries.py); without
        # statistics of that text PostgreSQL guesses it matches one row, and so sorts every
        # other match rather than read the index above until a page is found.
        for table in _MINERAL_TABLES:
            op.execute(f"CREATE STATISTICS st_{table}_minerals ON (CAST(minerals AS VARCHAR)) FROM {table}")
            op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    for table in _MINERAL_TABLES:
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP STATISTICS IF EXISTS st_{table}_minerals")
    op.execute("DROP INDEX IF EXISTS ix_commitment_newest")
    op.drop_index("ix_project_country_name", table_name="project")
