"""commitments whose actor is not its own country, newest first (a partial index);
an initiative's projects and milestones by the initiative

`commitments by:JP` matches a commitment of Japan's country (actor_country) or one whose
actor is "JP" itself. Asked with OR, the two could not be read along an index in the list's
order: every Japanese commitment was read and sorted for a page of ten (76,000 rows at
100,000 projects). The list now reads the two halves apart (store/queries.py): the country
along ix_commitment_country_newest (0010), the rest along this index, which holds only the
commitments whose actor is not its own country (the store keeps a country actor's
actor_country, so normally none) and so costs nothing to keep.

An initiative's card read its projects through the link table's primary key, which starts
with the project: every link was read for one initiative. Its milestones had no index at all.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The condition as store/queries.py writes it: a partial index is used only by a query
# that repeats its condition.
ELSEWHERE = "actor_country IS NULL OR actor_country != actor"


def upgrade() -> None:
    # Raw SQL, as 0010: the lists' order with NULLS LAST, which Alembic cannot compare.
    nulls = " NULLS LAST" if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(
        "CREATE INDEX ix_commitment_actor_elsewhere "
        f"ON commitment (actor, announced_on DESC{nulls}, id DESC) WHERE {ELSEWHERE}"
    )
    op.create_index(
        "ix_projectinitiativelink_initiative_project",
        "projectinitiativelink",
        ["initiative_id", "project_id"],
    )
    op.create_index("ix_milestone_initiative_id", "milestone", ["initiative_id"])


def downgrade() -> None:
    op.drop_index("ix_milestone_initiative_id", table_name="milestone")
    op.drop_index("ix_projectinitiativelink_initiative_project", table_name="projectinitiativelink")
    op.execute("DROP INDEX IF EXISTS ix_commitment_actor_elsewhere")
