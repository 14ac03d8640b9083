"""a version number of updates, milestones and claims, for answers cached per version

The `records` version (0003) covers commitments, projects, initiatives and their links; a
project's card, an initiative's, `find`, `upcoming` and questions also show updates,
milestones and claims. They get a version row of their own (scope `notes`), bumped by triggers
the same way, so the rendered answers of those commands can be cached (handlers/answer_cache.py)
without the totals and names cached on `records` being recomputed after every note.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

from store.data_version import notes_ddl_downgrade, notes_ddl_upgrade

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in notes_ddl_upgrade(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in notes_ddl_downgrade(op.get_bind().dialect.name):
        op.execute(statement)
