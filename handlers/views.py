"""Modal submissions: validation errors go back onto the fields; saved records are audited."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.services import Services
from handlers import modals
from handlers.blocks import esc
from store import names, records
from store.schemas import InitiativeIn, ProjectIn
from store.visibility import Audience


def _meta(view: dict[str, Any]) -> dict[str, Any]:
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


def register(app: App, services: Services) -> None:
    def save(kind: str, ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        schema = ProjectIn if kind == "project" else InitiativeIn
        data, errors = modals.validate(schema, modals.submitted_values(view))
        if errors:
            ack(response_action="errors", errors=errors)
            return
        meta = _meta(view)
        user = body["user"]["id"]
        provenance = {
            "logged_by": user,
            "source_url": getattr(data, "source_url", None),
            "source_channel": meta.get("channel"),
            "source_private": bool(meta.get("private")),
        }
        try:
            with services.session() as session:
                # Initiatives are named among what the form's channel may see (never another
                # private channel's): a NotFound here suggests only those.
                audience = Audience(channel=meta.get("channel"))
                for initiative in getattr(data, "initiatives", []):
                    names.resolve_initiative(session, initiative, audience=audience)
                record: Any
                if isinstance(data, ProjectIn):
                    record = records.create_project(
                        session,
                        data,
                        actor=user,
                        audience=audience,
                        now=services.clock(),
                        provenance=provenance,
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
        if meta.get("channel"):
            client.chat_postEphemeral(channel=meta["channel"], user=user, text=f"Saved {kind} “{esc(name)}”.")

    def save_project(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        save("project", ack, body, view, client)

    def save_initiative(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        save("initiative", ack, body, view, client)

    app.view(modals.ADD_PROJECT)(save_project)
    app.view(modals.ADD_INITIATIVE)(save_initiative)
