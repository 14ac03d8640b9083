"""full-text search index and the default exchange-rate table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from store.search import search_ddl_downgrade, search_ddl_upgrade

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in search_ddl_upgrade(dialect):
        op.execute(statement)
    from store.rates import DEFAULT_RATES, RATES_AS_OF, RATES_SOURCE

    for currency, rate in DEFAULT_RATES.items():
        op.execute(
            "INSERT INTO fxrate (currency, as_of, usd_per_unit, source) VALUES "
            f"('{currency}', '{RATES_AS_OF.isoformat()}', {rate}, '{RATES_SOURCE}')"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in search_ddl_downgrade(dialect):
        op.execute(statement)
    op.execute("DELETE FROM fxrate")
