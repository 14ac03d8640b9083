"""Modal submissions: validation errors go back onto the fields; saved records are audited."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.blockkit import modals
from bot.blockkit.blocks import esc
from bot.blockkit.values import ModalMeta
from bot.core.services import Services
from handlers.context import services_of
from store import names, records
from store.models import Initiative, Project
from store.schemas import InitiativeIn, ProjectIn
from store.visibility import Audience


def save(
    kind: str, ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, services: Services
) -> None:
    """Validate and store a project or initiative from its form; errors go onto the fields."""
    schema = ProjectIn if kind == "project" else InitiativeIn
    data, errors = modals.validate(schema, modals.submitted_values(view))
    if errors:
        ack(response_action="errors", errors=errors)
        return
    meta = ModalMeta.decode(view.get("private_metadata")) or ModalMeta()
    user = body["user"]["id"]
    provenance = {
        "logged_by": user,
        "source_url": getattr(data, "source_url", None),
        "source_channel": meta.channel,
        "source_private": meta.private,
    }
    # Names are looked up among what the form's channel may see (never another private
    # channel's): a NotFound suggests only those, a taken name is confirmed only if visible.
    audience = Audience(channel=meta.channel)
    model = Project if isinstance(data, ProjectIn) else Initiative
    try:
        with services.session() as session:
            for initiative in getattr(data, "initiatives", []):
                names.resolve(session, Initiative, initiative, audience=audience)
            record: Project | Initiative
            if isinstance(data, ProjectIn):
                record = records.create_project(
                    session, data, actor=user, audience=audience, now=services.clock(), provenance=provenance
                )
            else:
                assert isinstance(data, InitiativeIn)
                record = records.create_initiative(
                    session, data, actor=user, now=services.clock(), provenance=provenance
                )
            name = record.name
    except records.Duplicate:
        with services.session(read_only=True) as session:
            shown = names.name_taken(session, model, str(getattr(data, "name", "")), audience=audience)
        ack(response_action="errors", errors={"name": name_taken_error(kind, shown)})
        return
    except records.NotFound as exc:
        ack(response_action="errors", errors={"initiatives": str(exc)[:150]})
        return
    ack()
    if meta.channel:
        client.chat_postEphemeral(channel=meta.channel, user=user, text=f"Saved {kind} “{esc(name)}”.")


def name_taken_error(kind: str, shown: bool) -> str:
    """What a form says of a name already used. Names are unique across the tracker, so a
    record in a channel the form's channel may not see also blocks the name; the answer
    then says only that the name cannot be used, never that (or where) it exists."""
    if shown:
        return f"A {kind} with this name already exists: open it with `{kind} <name>`."
    return f"This name cannot be used for a new {kind}; choose another (add a place or a year)."


def save_project(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    save("project", ack, body, view, client, services_of(context))


def save_initiative(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    save("initiative", ack, body, view, client, services_of(context))


def register(app: App) -> None:
    app.view(modals.ADD_PROJECT)(save_project)
    app.view(modals.ADD_INITIATIVE)(save_initiative)
