"""an epoch for each database's data versions

The answer caches key every answer by the data versions (store/data_version.py). A database
dropped and migrated again at the same URL gives out the same numbers again (PostgreSQL's
`data_version_seq` starts again at 1): a long-running bot would serve an answer it kept for the
old database's data. Each version row now carries the database's epoch, a random number made
here, as the column's default, so a row inserted again later gets it too. Run again (a new
database, or down and up again), it makes a new one.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from store.data_version import epoch_ddl_downgrade, epoch_ddl_upgrade

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in epoch_ddl_upgrade(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in epoch_ddl_downgrade(op.get_bind().dialect.name):
        op.execute(statement)
