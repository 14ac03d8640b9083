"""a version number of follows, digest subscriptions and runs, and feed watches

`following`, `digest list` and `watch list` read tables neither the `records` version (0003)
nor the `notes` version (0013) covers. They get a version row of their own (scope `lists`),
bumped by triggers the same way, so their rendered answers can be cached
(handlers/answer_cache.py) without a feed poll or a digest run invalidating the records'.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

from store.data_version import lists_ddl_downgrade, lists_ddl_upgrade

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in lists_ddl_upgrade(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in lists_ddl_downgrade(op.get_bind().dialect.name):
        op.execute(statement)
