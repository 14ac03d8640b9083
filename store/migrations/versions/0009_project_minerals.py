"""a table of each project's minerals, kept by triggers: mineral filters read its index

`projects country:CA mineral:graphite` read every Canadian project and tested its JSON list
as text until the count cap: ~6,000 rows at 100,000 projects. `project_mineral` holds one row
per project and mineral with the project's country, name and who may see it, indexed
(mineral, country, name, scope) and (mineral, name, scope): a page and its capped count read
only matching rows, in list order, and the count reads the index alone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.project_minerals import TABLE, ddl_downgrade, ddl_upgrade

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("mineral", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("project_id", "mineral"),
    )
    for statement in ddl_upgrade(op.get_bind().dialect.name):
        op.execute(statement)
    # After the rows: one sorted build each instead of index updates row by row.
    op.create_index("ix_project_mineral_country_name", TABLE, ["mineral", "country", "name", "scope"])
    op.create_index("ix_project_mineral_name", TABLE, ["mineral", "name", "scope"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    for statement in ddl_downgrade(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table(TABLE)
