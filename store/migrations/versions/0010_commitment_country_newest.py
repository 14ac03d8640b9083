"""commitments of one actor's country, newest first

`commitments by:JP` read every Japanese commitment and sorted them for a page of ten (7,700
rows at 10,000 projects on SQLite, about 50 ms); along this index it stops after the page.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The lists' order, as ix_commitment_newest (0008): raw SQL, which Alembic cannot compare.
    nulls = " NULLS LAST" if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(
        "CREATE INDEX ix_commitment_country_newest "
        f"ON commitment (actor_country, announced_on DESC{nulls}, id DESC)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_commitment_country_newest")
