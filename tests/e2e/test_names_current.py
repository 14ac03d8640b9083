"""A message is read with the names the store holds when it is claimed: a project another
replica added after this process last read its known names is matched, never missed (the
names are checked against the data version in the claim transaction, or before a message
is dropped as chatter)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from store import records
from store.models import Draft
from store.schemas import ProjectIn
from store.visibility import EVERYTHING
from tests.e2e.test_logging_http import JOGMEC, card_of, message


def add_project_elsewhere(bot, name: str) -> None:
    """As another replica would: straight in the store, this process's caches untouched."""
    with Session(bot.services.engine) as s:
        records.create_project(
            s, ProjectIn(name=name), actor="U9", audience=EVERYTHING, now=datetime.now(UTC)
        )
        s.commit()


def drafts_of(bot, ts: str) -> list[Draft]:
    with Session(bot.services.engine) as s:
        return list(s.exec(select(Draft).where(Draft.source_message == f"C1:{ts}")).all())


def test_a_status_change_of_a_project_added_since_the_names_were_read_gets_a_card(bot, slack):
    bot.event(message(JOGMEC))
    card_of(slack)  # the known names read, and kept for the next message
    add_project_elsewhere(bot, "Kestrel Ridge")
    # Read with the kept names, it names no known project: chatter, unless the names are read again.
    bot.event(message("Kestrel Ridge has entered production.", ts="1700000002.000100"))
    card_of(slack, count=2)
    [draft] = drafts_of(bot, "1700000002.000100")
    assert (draft.kind, draft.fields["project"], draft.fields["new_status"]) == (
        "project_update",
        "Kestrel Ridge",
        "production",
    )


def test_a_commitment_read_with_out_of_date_names_is_read_again(bot, slack):
    bot.event(message(JOGMEC))
    card_of(slack)
    add_project_elsewhere(bot, "Kestrel Ridge")
    # A commitment either way; with the kept names its project would be left unknown.
    bot.event(
        message("JBIC will lend $50m to Kestrel Ridge for its processing plant.", ts="1700000003.000100")
    )
    card_of(slack, count=2)
    [draft] = drafts_of(bot, "1700000003.000100")
    assert draft.fields["project"] == "Kestrel Ridge"
