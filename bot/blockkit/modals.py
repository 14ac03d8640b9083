"""Modals (pure view builders) and the mapping of a submission to validated input."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from bot.blockkit.blocks import clip, plain
from bot.blockkit.values import ModalMeta
from store import corrections, vocab
from store.schemas import CommitmentIn, InitiativeIn, ProjectIn
from store.text import error_message, storable
from store.transfer import read_number

ADD_PROJECT = "add_project"
ADD_INITIATIVE = "add_initiative"
EDIT_COMMITMENT = "edit_commitment"
PROJECT_CANDIDATE = "project_candidate"


def _input(
    block_id: str,
    label: str,
    *,
    optional: bool = True,
    multiline: bool = False,
    initial: str | None = None,
    hint: str | None = None,
    max_length: int = 3000,
) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": "value",
        "multiline": multiline,
        "max_length": max_length,
    }
    if initial:
        element["initial_value"] = clip(initial, max_length)
    block: dict[str, Any] = {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": plain(label, 2000),
        "element": element,
    }
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


def _select(
    block_id: str, label: str, choices: tuple[str, ...], *, initial: str | None = None, optional: bool = True
) -> dict[str, Any]:
    options = [{"text": plain(c.replace("-", " "), 75), "value": c} for c in choices[:100]]
    element: dict[str, Any] = {"type": "static_select", "action_id": "value", "options": options}
    if initial in choices:
        element["initial_option"] = options[choices.index(initial)]
    return {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": plain(label, 2000),
        "element": element,
    }


def _modal(callback_id: str, title: str, blocks: list[dict[str, Any]], meta: ModalMeta) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, 24),
        "submit": plain("Save", 24),
        "close": plain("Cancel", 24),
        "private_metadata": meta.encode(),
        "blocks": blocks,
    }


def project_modal(meta: ModalMeta) -> dict[str, Any]:
    return _modal(
        ADD_PROJECT,
        "Add a project",
        [
            _input("name", "Name", optional=False, max_length=300),
            _input("operator", "Company or operator"),
            _input("country", "Country", hint="A name or ISO code: Canada, CA"),
            _input("region", "Region or province"),
            _input("minerals", "Minerals", hint="Comma-separated: graphite, NdPr, dysprosium"),
            _select("stage", "Supply-chain stage", vocab.STAGES),
            _select("status", "Development status", vocab.PROJECT_STATUSES),
            _input("capacity", "Capacity", hint="A number, e.g. 20000"),
            _input("capacity_unit", "Capacity unit", hint="e.g. t/yr"),
            _input("expected_start_year", "Expected start year"),
            _input("backers", "Backers", hint="Comma-separated countries or organisations"),
            _input("initiatives", "Initiatives", hint="Comma-separated, e.g. G7 CMAP"),
            _input("source_url", "Source link"),
            _input("description", "Description", multiline=True),
        ],
        meta,
    )


def initiative_modal(meta: ModalMeta) -> dict[str, Any]:
    return _modal(
        ADD_INITIATIVE,
        "Add an initiative",
        [
            _input("name", "Name", optional=False, max_length=300),
            _input("short_name", "Short name", max_length=80),
            _input("lead", "Lead country or body"),
            _input("members", "Members", hint="Comma-separated countries"),
            _input("launched_on", "Launched on", hint="YYYY-MM-DD"),
            _input("venue", "Venue"),
            _input("pillars", "Pillars or policy areas", hint="Comma-separated"),
            _select("status", "Status", vocab.INITIATIVE_STATUSES, initial="active"),
            _input("source_url", "Source link"),
            _input("description", "Description", multiline=True),
        ],
        meta,
    )


def _project_candidates(fields: dict[str, Any]) -> list[dict[str, Any]]:
    """A weak project match is not pre-filled: its candidates are offered to pick from instead."""
    found = fields.get("project_candidates")
    if fields.get("project") or not isinstance(found, list):
        return []
    names = tuple(str(n)[:75] for n in found if isinstance(n, str) and n)[:10]
    if not names:
        return []
    block = _select(PROJECT_CANDIDATE, "Project (close matches)", names)
    block["hint"] = plain("Pick one if the message means it, or type a project below.", 2000)
    return [block]


# The Edit form's fields (its block ids): every field the confirm card shows, and the statement.
EDIT_FIELDS = (*corrections.FIELDS, "statement")
COUNTRY_UNKNOWN_HINT = "Country unknown: please give it (a name or ISO code: Germany, DE)."
COUNTRY_HINT = "The country the actor acts for (a name or ISO code: Germany, DE); a country acts for itself."
COUNTRY_FROM_RECORDS_HINT = "From the team's earlier records of this organisation: correct it if it is wrong."
NUMBER_HINT = "A number: 150000000, 150 million, 1.2bn"


def commitment_modal(fields: dict[str, Any], meta: ModalMeta) -> dict[str, Any]:
    """The Edit… form, prefilled with a draft's fields; it asks for an unknown country."""
    from_records = bool(fields.get("country_from_records"))
    fields = corrections.form_values(fields)

    def s(key: str) -> str | None:
        value = fields.get(key)
        if value is None or value == []:
            return None
        return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)

    return _modal(
        EDIT_COMMITMENT,
        "Edit commitment",
        [
            _input(
                "actor",
                "Actor",
                optional=False,
                initial=s("actor"),
                hint="A country (JP, Japan) or an organisation (JOGMEC)",
            ),
            _input(
                "actor_country",
                "Actor's country",
                initial=s("actor_country"),
                hint=(COUNTRY_FROM_RECORDS_HINT if from_records else COUNTRY_HINT)
                if s("actor_country")
                else COUNTRY_UNKNOWN_HINT,
                max_length=100,
            ),
            _input("counterparty", "Counterparty", initial=s("counterparty")),
            _select("instrument", "Instrument", vocab.INSTRUMENTS, initial=s("instrument"), optional=False),
            _input("amount", "Amount", initial=s("amount"), hint=NUMBER_HINT),
            _input("currency", "Currency", initial=s("currency"), hint="ISO code: USD, CAD, EUR"),
            _select(
                "amount_is_ceiling",
                "“Up to” amount?",
                ("no", "yes"),
                initial="yes" if fields.get("amount_is_ceiling") is True else "no",
            ),
            _input("quantity", "Quantity", initial=s("quantity")),
            _input("quantity_unit", "Quantity unit", initial=s("quantity_unit")),
            _input("minerals", "Minerals", initial=s("minerals")),
            *_project_candidates(fields),
            _input("project", "Project", initial=s("project")),
            _input("initiative", "Initiative", initial=s("initiative")),
            _select(
                "status",
                "Status",
                vocab.COMMITMENT_STATUSES,
                initial=s("status") or "announced",
                optional=False,
            ),
            _input("announced_on", "Announced on", initial=s("announced_on"), hint="YYYY-MM-DD"),
            _input(
                "source_url",
                "Source link",
                initial=s("source_url"),
                hint="The news or ministry page (https://…); blank: where it was logged in Slack",
                max_length=2000,
            ),
            _input("statement", "Statement", multiline=True, initial=s("statement")),
        ],
        meta,
    )


def absent_fields(view: dict[str, Any]) -> set[str]:
    """Edit form fields a submission does not carry (a form opened before a field existed):
    Slack sends every input block of the form, empty ones too."""
    present = set((view.get("state") or {}).get("values", {}))
    return {f for f in EDIT_FIELDS if f not in present}


def submitted_values(view: dict[str, Any]) -> dict[str, Any]:
    """{block_id: value} from a view_submission's state."""
    out: dict[str, Any] = {}
    for block_id, actions in (view.get("state") or {}).get("values", {}).items():
        element: dict[str, Any] = actions.get("value") or next(iter(actions.values()), {})
        if element.get("type") == "static_select":
            option = element.get("selected_option") or {}
            out[block_id] = option.get("value")
        else:
            value = element.get("value")
            out[block_id] = storable(value) if isinstance(value, str) else value
    if out.get("amount_is_ceiling") is not None:
        out["amount_is_ceiling"] = out["amount_is_ceiling"] == "yes"
    for key in ("amount", "quantity"):  # as people write them: 150 million, 1.2bn, 1,000
        if isinstance(out.get(key), str):
            out[key] = read_number(out[key])
    picked = out.pop(PROJECT_CANDIDATE, None)
    if picked and not out.get("project"):  # a typed project wins over a picked candidate
        out["project"] = picked
    return {k: v for k, v in out.items() if v not in (None, "")}


def validate(schema: type[BaseModel], values: dict[str, Any]) -> tuple[BaseModel | None, dict[str, str]]:
    """(input, {}) or (None, {block_id: error}) for `ack(response_action="errors")`."""
    try:
        return schema.model_validate(values), {}
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else _MODEL_ERRORS_ON.get(schema, "name")
            ctx_error = (err.get("ctx") or {}).get("error")
            msg = str(ctx_error) if ctx_error else error_message(err)
            if str(err.get("type", "")).startswith("decimal_parsing"):
                msg = f"'{str(err.get('input'))[:40]}' is not a number: write it as 150000000 or 150 million"
            if field not in values and not err["loc"] and schema not in _MODEL_ERRORS_ON:
                field = next(iter(values), "name")
            errors.setdefault(field if field in _FIELDS[schema] else "name", msg[:150])
        return None, errors


# Where an error about the whole record goes: an amount without a currency, on the currency.
_MODEL_ERRORS_ON: dict[type[BaseModel], str] = {CommitmentIn: "currency"}

_FIELDS: dict[type[BaseModel], set[str]] = {
    ProjectIn: set(ProjectIn.model_fields),
    InitiativeIn: set(InitiativeIn.model_fields),
    CommitmentIn: set(CommitmentIn.model_fields),
}
