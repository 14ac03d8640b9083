"""Who may change what, and who may see what.

Only the author, the confirmer or an admin edits, undoes or withdraws a record; only admins
change other people's digest subscriptions; records from a private channel are shown only
in that channel: in no other channel's commands, the Home tab, exports or digests.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlmodel import Session, col, select

from store import queries, records
from store.models import AuditLog, Commitment, Draft, Initiative, Project, ProjectInitiativeLink
from store.schemas import CommitmentIn, ProjectIn
from store.visibility import EVERYTHING, Audience
from tests.faults.conftest import ADMIN, COMMITMENTS, draft_buttons, message_event
from tests.faults.util import (
    add_initiative_payload,
    add_project_payload,
    answer_json,
    edit_payload,
    everything_shown,
    rendered,
)

EDIT = {
    "actor": "JOGMEC",
    "instrument": "loan",
    "amount": "175000000",
    "currency": "CAD",
    "status": "binding",
}


def _card(
    bot, slack, text: str, *, ts: str, channel: str = "C1", user: str = "U2", channel_type: str = "channel"
) -> dict:
    before = len(slack.calls_to("chat.postMessage"))
    bot.event(message_event(text, ts=ts, channel=channel, user=user, channel_type=channel_type))
    card = slack.wait_for("chat.postMessage", count=before + 1)[-1]
    bot.drain()
    return card.params


def _draft(bot, draft_id: int) -> Draft:
    with Session(bot.services.engine) as s:
        draft = s.get(Draft, draft_id)
        assert draft is not None
        return draft


def _commitment(bot, commitment_id: int) -> Commitment:
    with Session(bot.services.engine) as s:
        found = s.get(Commitment, commitment_id)
        assert found is not None
        return found


def _last_response(slack) -> str:
    return slack.calls_to("response_url")[-1].params.get("text", "")


def test_only_author_confirmer_or_admin_edit_or_undo(fault_bot, slack):
    bot = fault_bot
    card = _card(bot, slack, COMMITMENTS[0], ts="1700000000.000100", user="U2")
    offtake, loan = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
    # U3 confirms both; U2 wrote the message; U4 is a bystander.
    for draft_id in (offtake, loan):
        bot.click({"action_id": f"draft_log_{draft_id}", "value": str(draft_id)}, user="U3")
    bot.drain()
    loan_commitment = _draft(bot, loan).commitment_id
    offtake_commitment = _draft(bot, offtake).commitment_id
    assert loan_commitment and offtake_commitment

    # The bystander: Undo is refused, Edit… opens nothing, a forged edit submission fails.
    bot.click({"action_id": f"draft_undo_{loan}", "value": str(loan)}, user="U4")
    bot.drain()
    assert "Only the person who logged it" in _last_response(slack)
    bot.click({"action_id": f"draft_edit_{loan}", "value": str(loan)}, user="U4")
    bot.drain()
    assert slack.calls_to("views.open") == []
    [refusal] = slack.calls_to("chat.postEphemeral")
    assert refusal.params["user"] == "U4" and "Only the message's author" in refusal.params["text"]
    answer = answer_json(bot.interact(edit_payload(loan, EDIT, user="U4")))
    assert answer["response_action"] == "errors"
    assert _commitment(bot, loan_commitment).amount == 150000000
    assert _draft(bot, loan).state == "logged"

    # The author may edit (not undo: undo belongs to whoever confirmed it).
    bot.click({"action_id": f"draft_edit_{loan}", "value": str(loan)}, user="U2")
    assert slack.wait_for("views.open")
    assert bot.interact(edit_payload(loan, EDIT, user="U2")).content in (b"", b"{}")
    assert _commitment(bot, loan_commitment).amount == 175000000
    bot.click({"action_id": f"draft_undo_{loan}", "value": str(loan)}, user="U2")
    bot.drain()
    assert _draft(bot, loan).state == "logged"

    # The confirmer may undo; an admin may undo someone else's.
    bot.click({"action_id": f"draft_undo_{loan}", "value": str(loan)}, user="U3")
    bot.click({"action_id": f"draft_undo_{offtake}", "value": str(offtake)}, user=ADMIN)
    bot.drain()
    assert _draft(bot, loan).state == "undone" and _draft(bot, offtake).state == "undone"
    assert _commitment(bot, loan_commitment).status == "withdrawn"
    assert _commitment(bot, offtake_commitment).status == "withdrawn"
    with Session(bot.services.engine) as s:
        trail = [
            (a.entity_id, a.action, a.actor)
            for a in s.exec(
                select(AuditLog)
                .where(AuditLog.entity_type == "commitment", AuditLog.action != "create")
                .order_by(AuditLog.id)
            ).all()
        ]
    assert sorted(trail) == sorted(
        [
            (loan_commitment, "update", "U2"),
            (loan_commitment, "undo", "U3"),
            (offtake_commitment, "undo", ADMIN),
        ]
    )


def test_an_admin_may_edit_anyones_record_and_nobody_else_can(fault_bot, slack):
    bot = fault_bot
    card = _card(bot, slack, COMMITMENTS[1], ts="1700000200.000100", user="U2")
    [draft_id] = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
    bot.click({"action_id": f"draft_log_{draft_id}", "value": str(draft_id)}, user="U3")
    bot.drain()
    commitment_id = _draft(bot, draft_id).commitment_id
    kfw = {"actor": "KfW", "instrument": "loan", "currency": "EUR", "status": "binding"}
    for user in ("U4", "U5", "UADMIN2", "uadmin"):
        answer = answer_json(bot.interact(edit_payload(draft_id, {**kfw, "amount": "1"}, user=user)))
        assert answer["response_action"] == "errors", user
    assert _commitment(bot, commitment_id).amount == 50000000
    assert bot.interact(edit_payload(draft_id, {**kfw, "amount": "60000000"}, user=ADMIN)).status_code == 200
    assert _commitment(bot, commitment_id).amount == 60000000


def test_clicks_cannot_reach_a_draft_from_another_channel(fault_bot, slack):
    """A card's buttons act only from the card's own channel: a forged click elsewhere
    pointing at a private channel's draft neither shows nor changes it."""
    bot = fault_bot
    card = _card(bot, slack, COMMITMENTS[1], ts="1700000300.000100", channel="GPRIV", channel_type="group")
    [draft_id] = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
    slack.clear()
    for kind in ("edit", "log", "dismiss"):
        bot.click({"action_id": f"draft_{kind}_{draft_id}", "value": str(draft_id)}, user="U9", channel="C1")
    bot.drain()
    assert slack.calls_to("views.open") == []  # the modal would show the private draft
    assert _draft(bot, draft_id).state == "pending"
    assert not any("KfW" in t for t in everything_shown(slack))
    # From its own channel the same click works.
    bot.click({"action_id": f"draft_log_{draft_id}", "value": str(draft_id)}, user="U3", channel="GPRIV")
    bot.drain()
    assert _draft(bot, draft_id).state == "logged"
    bot.click({"action_id": f"draft_undo_{draft_id}", "value": str(draft_id)}, user=ADMIN, channel="C1")
    bot.drain()
    assert _draft(bot, draft_id).state == "logged"


def test_only_admins_change_other_peoples_digest_subscriptions(fault_bot):
    bot = fault_bot

    def says(text: str, user: str, channel: str = "C5") -> str:
        return json.dumps(answer_json(bot.command(text, user=user, channel=channel)))

    assert "gets the weekly minerals digest" in says("digest subscribe Monday 09:00", "U1")
    assert "only they or an admin" in says("digest subscribe Friday 10:00", "U2")
    assert "only they or an admin" in says("digest unsubscribe", "U2")
    assert "only they or an admin" in says("digest unsubscribe <#C5|c5>", "U2", channel="C6")
    from store import digests

    with Session(bot.services.engine) as s:
        sub = digests.get_subscription(s, "C5")
        assert sub is not None and sub.active and sub.weekday == 0 and sub.subscribed_by == "U1"
    assert "gets the weekly minerals digest" in says("digest subscribe Friday 10:00", ADMIN)
    assert "no longer gets" in says("digest unsubscribe", ADMIN)
    with Session(bot.services.engine) as s:
        sub = digests.get_subscription(s, "C5")
        assert sub is not None and not sub.active


# --- private channels ------------------------------------------------------------------------

SECRET_WORD = "Zirconforge"  # typed in queries; the markers below never are
PROJECT, OPERATOR = f"{SECRET_WORD} Quillworks", "Quillon Holdings"
INITIATIVE, SHORT = f"{SECRET_WORD} Obelisk Pact", "ZOP"
ACTOR, STATEMENT = "Quillon Fund", f"{SECRET_WORD} obsidian deal"
MARKERS = ("Quillworks", "Quillon", "Obelisk", "obsidian", "987.65", "987654321")
PRIVATE = "GPRIV"


def _stats_and_lists(bot, channel: str, channel_name: str = "general") -> list[str]:
    answers = []
    for command in (
        "stats",
        "stats by:initiative",
        "stats by:instrument",
        "projects",
        "commitments",
        "commitments by:JP",
        "upcoming 3650",
    ):
        answers.append(
            json.dumps(answer_json(bot.command(command, channel=channel, channel_name=channel_name)))
        )
    return answers


def test_private_channel_records_never_leave_their_channel(fault_bot, slack):
    bot = fault_bot
    # In the private channel: a project, an initiative, and commitments, one of them on a
    # public project and a public initiative. Totals and lists elsewhere must not change.
    for payload in (
        add_project_payload(PROJECT, channel=PRIVATE, private=True, operator=OPERATOR, country="CA"),
        add_initiative_payload(INITIATIVE, channel=PRIVATE, private=True, short_name=SHORT),
    ):
        assert bot.interact(payload).status_code == 200
    # Public records tied to the private ones (as an import or the CLI may make them): what
    # is shown of them elsewhere must not name the private project or initiative.
    with bot.services.session() as s:
        public = {"source_channel": "C9", "source_private": False, "logged_by": "U8"}
        records.create_commitment(
            s,
            CommitmentIn(
                actor="KR",
                instrument="grant",
                amount=Decimal(5),
                currency="USD",
                project=PROJECT,
                initiative=INITIATIVE,
                status="announced",
            ),
            actor="U8",
            provenance=public,
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
        records.create_project(
            s,
            ProjectIn(name="Public plant tied to a private pact", initiatives=[INITIATIVE], country="CA"),
            actor="U8",
            provenance=public,
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
    public_before = _stats_and_lists(bot, "C1")
    for i, (project, initiative) in enumerate(
        (
            (PROJECT, INITIATIVE),
            ("Ontario rare earth processing facilities", "G7 Critical Minerals Action Plan"),
        )
    ):
        card = _card(
            bot, slack, COMMITMENTS[2], ts=f"17000004{i}0.000100", channel=PRIVATE, channel_type="group"
        )
        [draft_id] = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
        values = {
            "actor": ACTOR,
            "instrument": "equity",
            "amount": "987654321",
            "currency": "USD",
            "status": "binding",
            "project": project,
            "initiative": initiative,
            "statement": STATEMENT,
        }
        assert bot.interact(edit_payload(draft_id, values, user="U2")).status_code == 200
    with Session(bot.services.engine) as s:
        private = s.exec(select(Commitment).where(Commitment.actor == ACTOR)).all()
    assert len(private) == 2 and all(c.source_private for c in private)

    commands = [
        f"find {SECRET_WORD}",
        "find deal",
        f"find {ACTOR}",
        f"project {PROJECT}",
        f"project {SECRET_WORD}",
        "project Ontario rare earth processing facilities",
        f"initiative {INITIATIVE}",
        f"initiative {SHORT}",
        f"initiative {SECRET_WORD}",
        "initiative G7 Critical Minerals Action Plan",
        f'commitments by:"{ACTOR}"',
        f'commitments project:"{PROJECT}"',
        f"commitments project:{SECRET_WORD}",
        f'commitments project:"{SECRET_WORD} Quilworks"',
        f'projects initiative:"{SECRET_WORD} Obelisc Pact"',
        f"commitments initiative:{SECRET_WORD}",
        f"commitments initiative:{SHORT}",
        f"projects initiative:{SECRET_WORD}",
        f"stats by:country initiative:{SECRET_WORD}",
        "commitments instrument:equity",
        "projects country:CA",
        "stats by:instrument",
        "commitments by:KR",
        "project Public plant tied to a private pact",
        "export commitments",
        "export projects",
        "export initiatives",
        "digest preview",
    ]
    clicks = [
        ("page_next", {"c": "commitments", "a": "", "o": 10}),
        ("page_next", {"c": "projects", "a": "", "o": 0}),
        ("share", {"t": f"find {SECRET_WORD}"}),
        ("rerun_1", {"t": "commitments instrument:equity"}),
    ]

    def leaked(typed: str, text: str) -> list[str]:
        return [m for m in MARKERS if m in text and m not in typed]

    def look(channel: str, channel_name: str) -> list[tuple[str, str]]:
        """(what was typed, what was shown) for every answer, post and upload."""
        slack.clear()
        shown = [
            (c, json.dumps(answer_json(bot.command(c, channel=channel, channel_name=channel_name))))
            for c in commands
        ]
        for action_id, value in clicks:
            bot.click({"action_id": action_id, "value": json.dumps(value)}, user="U7", channel=channel)
        bot.drain()
        shown += [("", t) for t in everything_shown(slack)]
        shown += [
            ("", (slack.file_content(c.params["file_id"]) or b"").decode()) for c in slack.calls_to("upload")
        ]
        return [(typed, text) for typed, text in shown if leaked(typed, text)]

    # Sanity: the private channel itself sees its records (so the checks below can fail).
    assert len(look(PRIVATE, "privategroup")) > 10
    for channel, name in (("C1", "general"), ("GOTHER", "privategroup"), ("DU7", "directmessage")):
        found = look(channel, name)
        bad = [(typed, leaked(typed, text)) for typed, text in found]
        assert not bad, f"{channel} was shown private records: {bad}"
    # A record edited in a public channel cannot be tied to a private project or initiative,
    # and the form's "did you mean" does not offer their names.
    card = _card(bot, slack, COMMITMENTS[1], ts="1700000490.000100", channel="C1")
    [public_draft] = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
    kfw = {"actor": "KfW", "instrument": "loan", "amount": "5", "currency": "EUR", "status": "binding"}
    for field, name in (
        ("project", PROJECT),
        ("project", f"{SECRET_WORD} Quilworks"),
        ("initiative", INITIATIVE),
        ("initiative", f"{SECRET_WORD} Obelisc"),
        ("initiative", SHORT),
    ):
        answer = answer_json(bot.interact(edit_payload(public_draft, {**kfw, field: name}, user="U2")))
        assert answer.get("response_action") == "errors", (field, name, answer)
        assert leaked(name, json.dumps(answer)) == [], answer
    assert _draft(bot, public_draft).state == "pending"
    for name in (INITIATIVE, f"{SECRET_WORD} Obelisc Pact"):
        answer = answer_json(
            bot.interact(add_project_payload("Public graphite plant", channel="C1", initiatives=name))
        )
        assert answer.get("response_action") == "errors", answer
        assert leaked(name, json.dumps(answer)) == [], answer
    # Naming a private project or initiative elsewhere gets the answer an unknown name gets.
    for filter_ in (f'project:"{PROJECT}"', f'initiative:"{INITIATIVE}"', f"initiative:{SHORT}"):
        text = answer_json(bot.command(f"commitments {filter_}", channel="C1"))["text"]
        assert text.startswith("No project called") or text.startswith("No initiative called"), (
            filter_,
            text,
        )
    # Totals and lists in a public channel are exactly what they were before.
    assert _stats_and_lists(bot, "C1") == public_before
    # The Home tab and a digest posted in a public channel show public records only.
    slack.clear()
    bot.event({"type": "app_home_opened", "user": "U7", "tab": "home", "channel": "DU7"})
    bot.command("digest now", channel="C1")
    bot.drain()
    [home] = slack.calls_to("views.publish")
    assert "Canadian" in json.dumps(home.params) or home.params
    assert [t for t in rendered(home.params) if leaked("", t)] == []
    assert slack.calls_to("chat.postMessage")  # the digest
    assert [t for t in everything_shown(slack) if leaked("", t)] == []


# --- issue 11 §2: each finding, reproduced through the HTTP server -----------------------------


def _log_in(bot, slack, channel: str, ts: str) -> int:
    """Post COMMITMENTS[1] in `channel` and log it there; the commitment's id."""
    channel_type = "channel" if channel.startswith("C") else "group"
    card = _card(bot, slack, COMMITMENTS[1], ts=ts, channel=channel, channel_type=channel_type)
    [draft_id] = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
    bot.click({"action_id": f"draft_log_{draft_id}", "value": str(draft_id)}, user="U3", channel=channel)
    bot.drain()
    commitment_id = _draft(bot, draft_id).commitment_id
    assert commitment_id is not None
    return commitment_id


def test_a_private_commitment_is_no_duplicate_in_a_public_channel(fault_bot, slack):
    """The same news logged privately is neither linked as a "possible duplicate" on a public
    card nor keeps the public match from being logged automatically."""
    bot = fault_bot
    private_id = _log_in(bot, slack, PRIVATE, "1700000600.000100")
    assert "logged directly" in json.dumps(answer_json(bot.command("autolog on", channel="C1")))
    card = _card(bot, slack, COMMITMENTS[1], ts="1700000610.000100", channel="C1")
    shown = json.dumps(card)
    assert "Possible duplicate" not in shown and PRIVATE not in shown, shown
    bot.drain()
    with Session(bot.services.engine) as s:
        public = s.exec(
            select(Commitment).where(Commitment.source_channel == "C1", Commitment.instrument == "loan")
        ).all()
    assert [(c.confirmed_by, c.source_private) for c in public] == [("autolog", False)]
    assert public[0].id != private_id
    # In the private channel the same news is flagged as a duplicate (of what it may see).
    card = _card(bot, slack, COMMITMENTS[1], ts="1700000620.000100", channel=PRIVATE, channel_type="group")
    assert "Possible duplicate" in json.dumps(card)


def test_forms_in_a_public_channel_neither_suggest_nor_link_private_names(fault_bot, slack):
    """The add-project, add-initiative and Edit forms look names up among what their own
    channel may see, and a name taken in a private channel is not confirmed to exist."""
    bot = fault_bot
    for payload in (
        add_project_payload(PROJECT, channel=PRIVATE, private=True, operator=OPERATOR),
        add_initiative_payload(INITIATIVE, channel=PRIVATE, private=True),  # no short name
    ):
        assert bot.interact(payload).status_code == 200
    misspelt_initiative, misspelt_project = f"{SECRET_WORD} Obelisc Pact", f"{SECRET_WORD} Quilworks"

    def errors(payload: dict) -> dict:
        answer = answer_json(bot.interact(payload))
        assert answer.get("response_action") == "errors", answer
        return dict(answer["errors"])

    for typed in (INITIATIVE, misspelt_initiative):
        found = errors(add_project_payload("Public graphite plant", channel="C1", initiatives=typed))
        assert list(found) == ["initiatives"] and "Obelisk" not in json.dumps(found).replace(typed, ""), found
    # The same name from the private channel: linked there.
    assert bot.interact(
        add_project_payload("Private graphite plant", channel=PRIVATE, private=True, initiatives=INITIATIVE)
    ).content in (b"", b"{}")
    # A name taken privately cannot be used, and the answer does not say it exists.
    for payload in (
        add_project_payload(PROJECT, channel="C1"),
        add_initiative_payload(INITIATIVE, channel="C1"),
    ):
        found = errors(payload)
        assert "exists" not in found["name"] and "cannot be used" in found["name"], found
    # A name taken publicly is said to exist (nothing private in that).
    found = errors(add_project_payload("Ontario rare earth processing facilities", channel="C1"))
    assert "already exists" in found["name"], found
    found = errors(add_project_payload(PROJECT, channel=PRIVATE, private=True))
    assert "already exists" in found["name"], found
    # The card's Edit form in a public channel.
    card = _card(bot, slack, COMMITMENTS[1], ts="1700000700.000100", channel="C1")
    [draft_id] = (int(b["value"]) for b in draft_buttons(card["blocks"], "log"))
    kfw = {"actor": "KfW", "instrument": "loan", "amount": "5", "currency": "EUR", "status": "binding"}
    for field, typed in (
        ("project", PROJECT),
        ("project", misspelt_project),
        ("initiative", INITIATIVE),
        ("initiative", misspelt_initiative),
    ):
        found = errors(edit_payload(draft_id, {**kfw, field: typed}, user="U2"))
        shown = json.dumps(found).replace(typed, "")  # what was typed may be said back
        assert field in found and "Quillworks" not in shown and "Obelisk" not in shown, (typed, found)
    assert _draft(bot, draft_id).state == "pending"
    with Session(bot.services.engine) as s:
        linked = s.exec(
            select(Project.name)
            .join(ProjectInitiativeLink, col(ProjectInitiativeLink.project_id) == Project.id)
            .join(Initiative, col(Initiative.id) == ProjectInitiativeLink.initiative_id)
            .where(Initiative.name == INITIATIVE)
        ).all()
    assert linked == ["Private graphite plant"]


def test_a_public_project_does_not_name_its_private_initiative(fault_bot, slack):
    """On the public project's card and in `stats by:initiative`, an initiative with no short
    name, logged privately, is not named; in its own channel it is."""
    bot = fault_bot
    assert bot.interact(add_initiative_payload(INITIATIVE, channel=PRIVATE, private=True)).status_code == 200
    with bot.services.session() as s:
        public = {"source_channel": "C9", "source_private": False, "logged_by": "U8"}
        records.create_project(
            s,
            ProjectIn(name="Public plant tied to a private pact", initiatives=[INITIATIVE], country="CA"),
            actor="U8",
            provenance=public,
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )
        records.create_commitment(
            s,
            CommitmentIn(
                actor="KR",
                instrument="grant",
                amount=Decimal(5),
                currency="USD",
                project="Public plant tied to a private pact",
            ),
            actor="U8",
            provenance=public,
            audience=EVERYTHING,
            now=datetime.now(UTC),
        )

    def shown(command: str, channel: str) -> str:
        return json.dumps(answer_json(bot.command(command, channel=channel, channel_name="x")))

    for command in ("project Public plant tied to a private pact", "stats by:initiative"):
        assert "Obelisk" not in shown(command, "C1"), command
        assert "Obelisk" in shown(command, PRIVATE), command


def test_digest_list_shows_a_private_channels_subscription_only_there(fault_bot, slack):
    pytest.importorskip("jobs.scheduler")
    bot = fault_bot

    def says(text: str, channel: str, user: str = "U7") -> str:
        return json.dumps(answer_json(bot.command(text, user=user, channel=channel, channel_name="x")))

    assert "gets the weekly minerals digest" in says("digest subscribe Friday 10:00", PRIVATE, user="U5")
    assert "gets the weekly minerals digest" in says("digest subscribe", "C5", user="U6")
    in_public = says("digest list", "C1")
    assert "C5" in in_public and PRIVATE not in in_public and "U5" not in in_public
    assert PRIVATE in says("digest list", PRIVATE) and "U5" in says("digest list", PRIVATE)
    # Changing it from elsewhere says neither whether it exists nor whose it is.
    for text in (f"digest unsubscribe <#{PRIVATE}>", f"digest subscribe <#{PRIVATE}> Monday"):
        answer = says(text, "C1")
        assert "U5" not in answer and "inside that channel" in answer, answer
    assert "inside that channel" in says("digest unsubscribe <#GNOSUB>", "C1")
    assert "only they or an admin" in says("digest unsubscribe", PRIVATE) and "U5" in says(
        "digest unsubscribe", PRIVATE
    )


def test_a_private_update_neither_moves_nor_revives_a_public_project(fault_bot, slack):
    """A project update logged privately about a public project stays there: the project's
    status shown elsewhere does not move, and it does not stop looking stale elsewhere."""
    bot = fault_bot
    name = "Ontario rare earth processing facilities"
    now = datetime.now(UTC)
    with bot.services.session() as s:
        project = s.exec(select(Project).where(Project.name == name)).one()
        project.updated_at = now - timedelta(days=400)
        s.add(project)
        s.flush()
        before = project.status
        records.add_project_update(
            s,
            project,
            actor="U2",
            new_status="cancelled",
            note=f"{SECRET_WORD} obsidian news",
            provenance={"source_channel": PRIVATE, "source_private": True},
            now=now,
        )
        assert project.status == before
    with bot.services.session() as s:
        stale_public, _n = queries.stale_projects(s, now, audience=Audience(channel="C1"))
        stale_private, _n = queries.stale_projects(s, now, audience=Audience(channel=PRIVATE))
    assert name in [p.name for p in stale_public] and name not in [p.name for p in stale_private]
    public_card = json.dumps(answer_json(bot.command(f"project {name}", channel="C1")))
    assert "cancelled" not in public_card and "obsidian" not in public_card
    assert "obsidian" in json.dumps(answer_json(bot.command(f"project {name}", channel=PRIVATE)))
