"""a version number of the records for exact caching; stored search vectors; indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from store.data_version import ddl_downgrade, ddl_upgrade
from store.search import stored_vector_ddl_downgrade, stored_vector_ddl_upgrade

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = [
    # Names are matched case-insensitively first (store/names.py): lower(name) = :name.
    ("ix_project_name_lower", "project", "lower(name)"),
    ("ix_initiative_name_lower", "initiative", "lower(name)"),
    # The duplicate check on every proposed commitment (store/drafts.possible_duplicate):
    # same actor and instrument in the last 180 days. On actor alone it read 7,700 rows.
    ("ix_commitment_actor_instrument_created", "commitment", "actor, instrument, created_at"),
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in ddl_upgrade(dialect):
        op.execute(statement)
    for name, table, expression in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({expression})")
    for statement in stored_vector_ddl_upgrade(dialect):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in stored_vector_ddl_downgrade(dialect):
        op.execute(statement)
    for name, _table, _expression in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in ddl_downgrade(dialect):
        op.execute(statement)
