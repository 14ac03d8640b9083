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
    try:
        with services.session() as session:
            # Initiatives are named among what the form's channel may see (never another
            # private channel's): a NotFound here suggests only those.
            audience = Audience(channel=meta.channel)
            for initiative in getattr(data, "initiatives", []):
                names.resolve_initiative(session, initiative, audience=audience)
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
    except records.Duplicate as exc:
        ack(response_action="errors", errors={"name": str(exc)[:150]})
        return
    except records.NotFound as exc:
        ack(response_action="errors", errors={"initiatives": str(exc)[:150]})
        return
    ack()
    if meta.channel:
        client.chat_postEphemeral(channel=meta.channel, user=user, text=f"Saved {kind} “{esc(name)}”.")


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
