"""commitment lists by country, instrument or status read from the index alone

A commitment list's page and its capped count check each match's status (live, or the one
asked for) and whether the audience may see it (store/visibility.py: source_private,
source_channel). Along ix_commitment_country_newest (0010) that meant a table row looked up
per index entry: about 1,000 for the capped count of `commitments by:JP`. The index now holds
those columns too, so both statements are read from it alone. `instrument:` and `status:`
had no index in the list's order: their page read and sorted every match (7,900 loans, 20,000
binding commitments at 10,000 projects); they get one each, holding the same columns.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What a list checks of each match besides its filter: status, then the audience rule.
CHECKED = "status, source_private, source_channel"


def _newest(name: str, first: str, rest: str) -> str:
    # The lists' order with NULLS LAST, as 0008 and 0010: raw SQL, which Alembic cannot compare.
    nulls = " NULLS LAST" if op.get_bind().dialect.name == "postgresql" else ""
    return f"CREATE INDEX {name} ON commitment ({first}, announced_on DESC{nulls}, id DESC, {rest})"


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_commitment_country_newest")
    # With the instrument too: `by:JP instrument:loan` checks it along this index.
    op.execute(_newest("ix_commitment_country_newest", "actor_country", f"{CHECKED}, instrument"))
    op.execute(_newest("ix_commitment_instrument_newest", "instrument", CHECKED))
    op.execute(_newest("ix_commitment_status_newest", "status", "source_private, source_channel"))


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_commitment_status_newest")
    op.execute("DROP INDEX IF EXISTS ix_commitment_instrument_newest")
    op.execute("DROP INDEX IF EXISTS ix_commitment_country_newest")
    nulls = " NULLS LAST" if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(
        "CREATE INDEX ix_commitment_country_newest "
        f"ON commitment (actor_country, announced_on DESC{nulls}, id DESC)"
    )
