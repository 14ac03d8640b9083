"""A private channel's records never surface outside it: a sweep of everything the bot shows.

Records of every kind are planted in the private channel ROOM, each text field holding a
marker (`Qvx...`, or the channel's own id), some of them tied to public records. Then, from
the public channel C1, every `/minerals` subcommand in the router's table (a new one is swept
without touching this file) runs with arguments that would match the markers: the secret
word, exact private names, misspellings, filters naming them. Every button on what comes
back is clicked (signed interactivity requests), the add forms and the card's Edit form are
submitted with the markers typed, the Home tab is opened, exports are DM'd and a digest is
posted. Nothing the local Slack received may hold a marker the user did not type in that
step. The same sweep from ROOM itself must find the markers, so the test cannot pass by
seeing nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import Session, col, select

from bot import cli
from handlers.modal_submissions import name_taken_error
from handlers.router import ROUTER
from store import records
from store.models import Commitment, Draft, Initiative, Project, ProjectInitiativeLink
from tests.e2e.conftest import RunningBot, buttons
from tests.faults.conftest import COMMITMENTS, draft_buttons, message_event
from tests.faults.util import add_initiative_payload, add_project_payload, answer_json, edit_payload

ROOM = "GQVXROOM"  # the private channel: its id is a marker too
SECRET = "Zirconforge"  # in every private text field, and typed in queries
MARKER = re.compile(r"qvx\w*", re.IGNORECASE)


def mark(what: str) -> str:
    return f"{SECRET} Qvx{what}"


PROJECT, INITIATIVE, SHORT_INITIATIVE = mark("ProjName"), mark("InitName"), mark("ShortInitName")
SHORT = "QvxShort"
ACTOR = mark("Actor")
OWNER = "UQVXOWNER"  # who logged the private records and subscribed ROOM to the digest
PUBLIC_PROJECT = "Plain public plant"  # public, but tied to the private initiatives
PUBLIC_NAMES = (
    "Ontario rare earth processing facilities",
    "G7 Critical Minerals Action Plan",
    PUBLIC_PROJECT,
)
VIEWER = "U7"

# Shown by the bot: messages, answers, views, files (not lookups such as conversations.info).
SHOWN = (
    "chat.postMessage",
    "chat.postEphemeral",
    "chat.update",
    "response_url",
    "views.open",
    "views.update",
    "views.push",
    "views.publish",
    "files.completeUploadExternal",
)


def _private(now: datetime) -> dict[str, Any]:
    return {
        "source_channel": ROOM,
        "source_private": True,
        "logged_by": OWNER,
        "source_url": f"https://example.org/{mark('Url').replace(' ', '-')}",
    }


def plant(bot: RunningBot, slack: Any) -> None:
    """Private records of every kind in ROOM, each text field marked, some tied to public ones."""
    now = datetime.now(UTC)
    prov = _private(now)
    with bot.services.session() as s:
        stamp = {"created_at": now, "updated_at": now, **prov}
        named = Initiative(
            name=SHORT_INITIATIVE,
            short_name=SHORT,
            lead=mark("Lead"),
            members=[mark("Member")],
            venue=mark("Venue"),
            pillars=[mark("Pillar")],
            status="active",
            description=mark("InitDescription"),
            **stamp,
        )
        unnamed = Initiative(name=INITIATIVE, members=[], pillars=[], description=mark("Init2Desc"), **stamp)
        project = Project(
            name=PROJECT,
            operator=mark("Operator"),
            country="CA",
            region=mark("Region"),
            minerals=["graphite"],
            stage="processing",
            status="construction",
            capacity=Decimal("98765"),
            capacity_unit=mark("Unit"),
            backers=[mark("Backer")],
            description=mark("ProjDescription"),
            **stamp,
        )
        s.add_all([named, unnamed, project])
        s.flush()
        public_plant = Project(
            name=PUBLIC_PROJECT,
            country="CA",
            minerals=["graphite"],
            stage="mining",
            backers=[],
            source_channel="C9",
            created_at=now,
            updated_at=now,
        )
        s.add(public_plant)
        s.flush()
        g7 = s.exec(select(Initiative).where(Initiative.name == PUBLIC_NAMES[1])).one()
        ontario = s.exec(select(Project).where(Project.name == PUBLIC_NAMES[0])).one()
        assert named.id and unnamed.id and project.id and public_plant.id and g7.id and ontario.id
        # Public records pointing at private ones (as an import or the CLI may make them).
        s.add_all(
            [
                ProjectInitiativeLink(project_id=public_plant.id, initiative_id=named.id),
                ProjectInitiativeLink(project_id=public_plant.id, initiative_id=unnamed.id),
                ProjectInitiativeLink(project_id=project.id, initiative_id=g7.id),
                Commitment(
                    actor="KR",
                    instrument="grant",
                    amount=Decimal(5),
                    currency="USD",
                    project_id=project.id,
                    initiative_id=unnamed.id,
                    source_channel="C9",
                    logged_by="U8",
                    created_at=now,
                    updated_at=now,
                ),
                Commitment(
                    actor="JP",
                    instrument="loan",
                    amount=Decimal(7),
                    currency="USD",
                    project_id=public_plant.id,
                    source_channel="C9",
                    logged_by="U8",
                    created_at=now,
                    updated_at=now,
                ),
            ]
        )
        # Private records, some on public ones.
        for target_project, target_initiative in ((project, named), (ontario, g7)):
            s.add(
                Commitment(
                    actor=ACTOR,
                    actor_country="JP",
                    counterparty=mark("Counterparty"),
                    instrument="equity",
                    amount=Decimal("987654321"),
                    currency="USD",
                    usd_estimate=Decimal("987654321"),
                    quantity=Decimal(3),
                    quantity_unit=mark("QtyUnit"),
                    minerals=["graphite"],
                    project_id=target_project.id,
                    initiative_id=target_initiative.id,
                    status="binding",
                    announced_on=now.date(),
                    statement=mark("Statement"),
                    confirmed_by=OWNER,
                    source_message=f"{ROOM}:1700000000.000100",
                    **stamp,
                )
            )
        for target in (project, ontario):
            records.add_project_update(
                s,
                target,
                actor=OWNER,
                new_status="Qvxstatus",
                note=mark("UpdateNote"),
                happened_on=now.date(),
                provenance=prov,
                now=now,
            )
        for initiative in (named, g7):
            records.add_milestone(
                s,
                title=mark("Milestone"),
                due_on=now.date() + timedelta(days=10),
                description=mark("MilestoneDesc"),
                initiative=initiative,
                actor=OWNER,
                provenance=prov,
                now=now,
            )
        for subject in (named, g7, project, ontario):
            records.add_claim(
                s,
                subject=subject,
                attribute="QvxAttribute",
                value=mark("ClaimValue"),
                note=mark("ClaimNote"),
                actor=OWNER,
                provenance=prov,
                now=now,
            )
    # The same news as a public message, logged in ROOM: its permalink names ROOM.
    room_card = _post(bot, slack, COMMITMENTS[1], ts="1700000100.000100", channel=ROOM)
    [draft_id] = (int(b["value"]) for b in draft_buttons(room_card["blocks"], "log"))
    bot.click({"action_id": f"draft_log_{draft_id}", "value": str(draft_id)}, user=OWNER, channel=ROOM)
    bot.drain()
    # ...and corrected there in Edit: the correction (kept in the audit log) holds a marker.
    corrected = {"actor": "KfW", "instrument": "loan", "amount": "50000000", "currency": "EUR"}
    answer = bot.interact(edit_payload(draft_id, {**corrected, "counterparty": mark("Fix")}, user=OWNER))
    assert answer.status_code == 200 and not answer.content.strip(), answer.text
    # ROOM's digest subscription, by OWNER.
    assert "gets the weekly" in json.dumps(
        answer_json(bot.command("digest subscribe Friday 10:00", user=OWNER, channel=ROOM, channel_name="x"))
    )
    bot.drain()
    with Session(bot.services.engine) as s:
        draft = s.get(Draft, draft_id)
        assert draft is not None and draft.commitment_id


def _post(bot: RunningBot, slack: Any, text: str, *, ts: str, channel: str) -> dict[str, Any]:
    before = len(slack.calls_to("chat.postMessage"))
    kind = "channel" if channel.startswith("C") else "group"
    bot.event(message_event(text, ts=ts, channel=channel, user="U2", channel_type=kind))
    card = slack.wait_for("chat.postMessage", count=before + 1)[-1]
    bot.drain()
    return dict(card.params)


# --- what is typed -----------------------------------------------------------------------------

MISSPELT_PROJECT = f"{SECRET} QvxProjNme"
# For every subcommand, new ones included: words and filters that would match the markers.
GENERIC_ARGS = (
    "",
    SECRET,
    "zirconforg",
    PROJECT,
    MISSPELT_PROJECT,
    INITIATIVE,
    SHORT,
    f'project:"{PROJECT}"',
    f"initiative:{SECRET}",
    f"initiative:{SHORT}",
    f'by:"{ACTOR}"',
    *PUBLIC_NAMES,
)
# What the known subcommands need besides, to reach their other answers.
EXTRA_ARGS: dict[str, tuple[str, ...]] = {
    "find": ("Qvx", "graphite", "equity"),
    "stats": ("by:initiative", "by:stage", "by:country", "by:instrument", "by:status", "stage:processing"),
    "commitments": ("instrument:equity", "stage:processing", f'initiative:"{PUBLIC_NAMES[1]}"', "by:JP"),
    "projects": (f'initiative:"{PUBLIC_NAMES[1]}"', "country:CA", "stage:processing"),
    "upcoming": ("3650", "30"),
    "export": ("projects", "commitments", "initiatives"),
    "digest": (
        "list",
        "preview",
        "now",
        f"unsubscribe <#{ROOM}|room>",
        f"subscribe <#{ROOM}|room> Monday",
        "unsubscribe",
    ),
    "add": ("project", "initiative"),
    "log": (COMMITMENTS[1],),
    "help": ("digest",),
}
QUICK = {
    "": ("", SECRET),
    "find": (SECRET, "Qvx"),
    "project": (PUBLIC_NAMES[0], PUBLIC_PROJECT, MISSPELT_PROJECT),
    "initiative": (PUBLIC_NAMES[1], SHORT, INITIATIVE),
    "stats": ("by:initiative", "by:stage"),
    "commitments": (f'project:"{PROJECT}"', "by:JP"),
    "projects": (f'initiative:"{PUBLIC_NAMES[1]}"',),
    "upcoming": ("3650",),
    "export": ("commitments", "projects"),
    "digest": ("list", "now", f"unsubscribe <#{ROOM}|room>"),
    "log": (COMMITMENTS[1],),
}
# Buttons that change records rather than show them: not clicked in the sweep.
WRITES = ("draft_log_", "draft_dismiss_", "draft_undo_")


def commands(quick: bool) -> Iterator[str]:
    for name in ROUTER.names():
        wanted = QUICK.get(name, QUICK[""]) if quick else (*GENERIC_ARGS, *EXTRA_ARGS.get(name, ()))
        for args in dict.fromkeys(wanted):
            yield f"{name} {args}".strip()


# --- what is shown -----------------------------------------------------------------------------


@dataclass
class Step:
    typed: str  # what the user sent: a command, a button's value, a form's values
    shown: list[str] = field(default_factory=list)  # everything the bot showed for it

    def leaked(self) -> set[str]:
        """Markers shown that the user did not type in this step."""
        typed = {m.lower() for m in MARKER.findall(self.typed)}
        found = {m.lower() for text in self.shown for m in MARKER.findall(text)}
        return found - typed


@dataclass
class Sweep:
    bot: RunningBot
    slack: Any
    channel: str
    steps: list[Step] = field(default_factory=list)

    def _collect(self, typed: str, answer: Any = None) -> Step:
        """The step's answer and every shown call since the last clear, then clear."""
        self.bot.drain()
        step = Step(typed, [json.dumps(answer)] if answer is not None else [])
        for call in self.slack.calls:
            if call.method in SHOWN:
                step.shown.append(json.dumps(call.params))
            if call.method == "files.completeUploadExternal":
                for f in call.params.get("files") or []:
                    file_id = f.get("id") if isinstance(f, dict) else None
                    step.shown.append((self.slack.file_content(file_id) or b"").decode("utf-8", "replace"))
        for call in self.slack.calls_to("upload"):
            content = self.slack.file_content(call.params.get("file_id", ""))
            step.shown.append((content or b"").decode("utf-8", "replace"))
        self.slack.clear()
        self.steps.append(step)
        return step

    def command(self, text: str) -> Step:
        self.slack.clear()
        name = "general" if self.channel.startswith("C") else "privategroup"
        answer = answer_json(self.bot.command(text, user=VIEWER, channel=self.channel, channel_name=name))
        typed = text
        if text.split()[0] in ("following", "unfollow"):
            # The list echoes what this member typed in earlier `follow` commands: theirs, not a leak.
            typed += " " + " ".join(s.typed for s in self.steps if s.typed.startswith("follow "))
        step = self._collect(typed, answer)
        for button in _buttons_in(step.shown):
            if not button["action_id"].startswith(WRITES):
                self.click(button)
        return step

    def click(self, button: dict[str, Any]) -> Step:
        self.slack.clear()
        self.bot.click(button, user=VIEWER, channel=self.channel)
        return self._collect(json.dumps(button.get("value")))

    def submit(self, payload: dict[str, Any], typed: str) -> Step:
        self.slack.clear()
        return self._collect(typed, answer_json(self.bot.interact(payload)))

    def home(self) -> Step:
        self.slack.clear()
        self.bot.event({"type": "app_home_opened", "user": VIEWER, "tab": "home", "channel": f"D{VIEWER}"})
        return self._collect("")

    def leaks(self) -> list[tuple[str, set[str]]]:
        return [(s.typed[:120], s.leaked()) for s in self.steps if s.leaked()]


def _buttons_in(shown: list[str]) -> list[dict[str, Any]]:
    """Buttons of every block list in what was shown (answers, posts, views)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("blocks"), list):
                found.extend(buttons(node["blocks"]))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for text in shown:
        try:
            walk(json.loads(text))
        except ValueError:
            continue  # a file's content
    unique = {(b["action_id"], json.dumps(b.get("value"))): b for b in found}
    return list(unique.values())


def sweep(bot: RunningBot, slack: Any, channel: str, *, quick: bool) -> Sweep:
    """Every subcommand, button, form, the Home tab, exports and a digest, from `channel`."""
    run = Sweep(bot, slack, channel)
    for text in commands(quick):
        run.command(text)
    private = not channel.startswith("C")
    forms = [
        (add_project_payload(PROJECT, channel=channel, private=private), PROJECT),
        (add_initiative_payload(INITIATIVE, channel=channel, private=private), INITIATIVE),
    ]
    for typed in (INITIATIVE, f"{SECRET} QvxInitNam", SHORT, SECRET):
        forms.append(
            (add_project_payload("Swept plant", channel=channel, private=private, initiatives=typed), typed)
        )
    for payload, typed in forms:
        run.submit(payload, typed)
    # The card's Edit form: opened (its initial values), then submitted with private names.
    card = _post(bot, slack, COMMITMENTS[0], ts="1700000900.000100", channel=channel)
    slack.clear()
    [draft_id, *_rest] = (int(b["value"]) for b in draft_buttons(card["blocks"], "edit"))
    run.click({"action_id": f"draft_edit_{draft_id}", "value": str(draft_id)})
    base = {"actor": "JOGMEC", "instrument": "loan", "amount": "5", "currency": "CAD", "status": "binding"}
    for key, typed in (
        ("project", PROJECT),
        ("project", MISSPELT_PROJECT),
        ("initiative", INITIATIVE),
        ("initiative", SHORT),
        ("initiative", f"{SECRET} QvxInitNam"),
    ):
        run.submit(edit_payload(draft_id, {**base, key: typed}, user="U2"), typed)
    run.home()
    return run


# --- the tests ---------------------------------------------------------------------------------

# Markers the control sweep from ROOM must see: one or more from every kind of record.
MUST_SEE_IN_ROOM = {
    "qvxprojname",  # project
    "qvxoperator",
    "qvxshort",  # initiative
    "qvxinitname",
    "qvxstatement",  # commitment
    "qvxmilestone",  # milestone (upcoming, initiative card)
    "qvxupdatenote",  # project update (card, find)
    "qvxclaimvalue",  # claim (initiative card)
    "qvxowner",  # digest subscription (digest list), and the records' logged_by
    "qvxroom",  # the possible duplicate's permalink, the subscription's channel
}


def _links_to_private(bot: RunningBot, channel: str) -> list[str]:
    """Projects made from `channel` in the sweep that were linked to a private initiative."""
    with Session(bot.services.engine) as s:
        return list(
            s.exec(
                select(Project.name)
                .join(ProjectInitiativeLink, col(ProjectInitiativeLink.project_id) == Project.id)
                .join(Initiative, col(Initiative.id) == ProjectInitiativeLink.initiative_id)
                .where(Project.source_channel == channel, col(Initiative.source_private).is_(True))
            ).all()
        )


def _check(bot: RunningBot, slack: Any, *, quick: bool) -> None:
    plant(bot, slack)
    public = sweep(bot, slack, "C1", quick=quick)
    assert len(public.steps) > 30
    leaks = public.leaks()
    assert leaks == [], "\n".join(f"{typed!r} showed {sorted(found)}" for typed, found in leaks)
    assert _links_to_private(bot, "C1") == []
    taken = [s for s in public.steps if s.typed == PROJECT and '"response_action"' in "".join(s.shown)]
    assert taken and name_taken_error("project", False)[:30] in taken[0].shown[0]
    # The control: from ROOM the same sweep finds every kind of private record.
    inside = sweep(bot, slack, ROOM, quick=quick)
    seen = set().union(*(s.leaked() for s in inside.steps))
    assert seen >= MUST_SEE_IN_ROOM, MUST_SEE_IN_ROOM - seen
    # ...in the DM'd export file and in the digest posted there too.
    for typed, marker in (("export commitments", "qvxstatement"), ("digest now", "qvxprojname")):
        assert any(marker in s.leaked() for s in inside.steps if s.typed == typed), typed
    assert _links_to_private(bot, ROOM) == ["Swept plant"]


def _check_corrections_cli(bot: RunningBot, monkeypatch: Any, capsys: Any) -> None:
    """The operator's `minerals-bot corrections` counts ROOM's correction but prints its
    values only with --include-private."""
    monkeypatch.setattr(cli, "load_settings", lambda: bot.services.settings)
    for args, shown in (([], False), (["--json"], False), (["--include-private"], True)):
        capsys.readouterr()
        assert cli.main(["corrections", *args]) == 0
        out = capsys.readouterr().out
        assert "counterparty" in out, args
        found = {m.lower() for m in MARKER.findall(out)}
        assert ("qvxfix" in found) if shown else not found, (args, found)


def test_private_records_never_reach_a_public_channel_quick(fault_bot, slack, request, monkeypatch, capsys):
    if not request.config.getoption("--quick"):
        pytest.skip("the full sweep below covers this")
    _check(fault_bot, slack, quick=True)
    _check_corrections_cli(fault_bot, monkeypatch, capsys)


@pytest.mark.slow
def test_private_records_never_reach_a_public_channel(fault_bot, slack, monkeypatch, capsys):
    _check(fault_bot, slack, quick=False)
    _check_corrections_cli(fault_bot, monkeypatch, capsys)


def test_the_sweep_reaches_every_subcommand() -> None:
    """A new subcommand is swept without an edit here: the table drives the sweep."""
    swept = {text.split()[0] for text in commands(quick=False)}
    assert swept == set(ROUTER.names())
    assert {text.split()[0] for text in commands(quick=True)} == swept


def test_a_leak_is_seen_and_what_was_typed_is_not_one() -> None:
    assert Step(f"project {PROJECT}", [f"No project called {PROJECT}"]).leaked() == set()
    assert Step(f"project {MISSPELT_PROJECT}", [f"Did you mean {PROJECT}?"]).leaked() == {"qvxprojname"}
    assert Step("digest list", [f"<#{ROOM}> set up by <@{OWNER}>"]).leaked() == {"qvxroom", "qvxowner"}
