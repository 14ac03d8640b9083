"""Block Kit rules: the problems Slack reports for blocks and views that break its limits."""

from __future__ import annotations

import contextlib
from typing import Any

MESSAGE_TEXT_LIMIT = 40_000
# Slack's msg_blocks_too_long limit is not documented; ~13,000 characters of text is observed.
MESSAGE_BLOCKS_TEXT_LIMIT = 13_000

_INPUT_ELEMENTS = {
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "email_text_input",
    "file_input",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
    "number_input",
    "plain_text_input",
    "radio_buttons",
    "rich_text_input",
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "timepicker",
    "url_text_input",
}
_SELECT_ELEMENTS = {
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
}
_ACTION_ELEMENTS = _SELECT_ELEMENTS | {
    "button",
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "overflow",
    "radio_buttons",
    "timepicker",
    "workflow_button",
}
_ACCESSORY_ELEMENTS = _ACTION_ELEMENTS - {"datetimepicker"} | {"image"}
_SELECTS_WITH_OPTIONS = {"static_select", "multi_static_select"}
_OPTION_LIMITS = {
    "static_select": 100,
    "multi_static_select": 100,
    "overflow": 5,
    "checkboxes": 10,
    "radio_buttons": 10,
}
# Blocks accepted as they are: their inner schemas are not modelled here.
_OPAQUE_BLOCKS = {"divider", "rich_text", "file", "video", "table"}


def _too_long(ptr: str, limit: int) -> str:
    return f"[ERROR] must be less than {limit + 1} characters [json-pointer:{ptr}]"


def _too_many(ptr: str, limit: int) -> str:
    return f"[ERROR] no more than {limit} items allowed [json-pointer:{ptr}]"


def _missing(ptr: str, name: str) -> str:
    return f"[ERROR] missing required field: {name} [json-pointer:{ptr}]"


class _Checker:
    """Walks blocks and collects Slack-style problem lines with JSON pointers."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, line: str) -> None:
        self.problems.append(line)

    def string(self, value: Any, ptr: str, limit: int) -> None:
        if value is not None and len(str(value)) > limit:
            self.add(_too_long(ptr, limit))

    def text(
        self,
        obj: Any,
        ptr: str,
        limit: int,
        *,
        plain: bool = False,
        required: bool = True,
        parent: str = "",
        name: str = "text",
    ) -> None:
        if obj is None:
            if required:
                self.add(_missing(parent, name))
            return
        if not isinstance(obj, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        allowed = ("plain_text",) if plain else ("plain_text", "mrkdwn")
        if obj.get("type") not in allowed:
            self.add(f"[ERROR] must be a valid enum value [json-pointer:{ptr}/type]")
        value = obj.get("text")
        if not isinstance(value, str):
            self.add(_missing(ptr, "text"))
        elif not value:
            self.add(f"[ERROR] must be more than 0 characters [json-pointer:{ptr}/text]")
        elif len(value) > limit:
            self.add(_too_long(f"{ptr}/text", limit))

    def items(
        self, value: Any, ptr: str, limit: int, *, parent: str, name: str, required: bool = True
    ) -> list[Any]:
        if value is None:
            if required:
                self.add(_missing(parent, name))
            return []
        if not isinstance(value, list):
            self.add(f"[ERROR] must provide an array [json-pointer:{ptr}]")
            return []
        if not value and required:
            self.add(f"[ERROR] must provide at least 1 item [json-pointer:{ptr}]")
        if len(value) > limit:
            self.add(_too_many(ptr, limit))
        return value

    def unique_id(self, obj: dict[str, Any], key: str, ptr: str, seen: set[str]) -> None:
        """block_id / action_id: at most 255 characters and unique in its scope."""
        value = obj.get(key)
        if value is None:
            return
        self.string(value, f"{ptr}/{key}", 255)
        if value in seen:
            self.add(f"[ERROR] duplicate {key} [json-pointer:{ptr}/{key}]")
        seen.add(value)

    def blocks(self, blocks: Any, ptr: str, limit: int) -> None:
        if not isinstance(blocks, list):
            self.add(f"[ERROR] must provide an array [json-pointer:{ptr}]")
            return
        if len(blocks) > limit:
            self.add(_too_many(ptr, limit))
        seen: set[str] = set()
        for i, block in enumerate(blocks):
            self.block(block, f"{ptr}/{i}", seen)

    def block(self, b: Any, ptr: str, seen_block_ids: set[str]) -> None:
        if not isinstance(b, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        self.unique_id(b, "block_id", ptr, seen_block_ids)
        kind = b.get("type")
        action_ids: set[str] = set()
        if kind == "section":
            if b.get("text") is None and b.get("fields") is None:
                self.add(_missing(ptr, "text"))
            self.text(b.get("text"), f"{ptr}/text", 3000, required=False)
            fields = self.items(
                b.get("fields"), f"{ptr}/fields", 10, parent=ptr, name="fields", required=False
            )
            for i, f in enumerate(fields):
                self.text(f, f"{ptr}/fields/{i}", 2000)
            if b.get("accessory") is not None:
                self.element(b["accessory"], f"{ptr}/accessory", _ACCESSORY_ELEMENTS, action_ids)
        elif kind == "header":
            self.text(b.get("text"), f"{ptr}/text", 150, plain=True, parent=ptr)
        elif kind == "actions":
            elements = self.items(b.get("elements"), f"{ptr}/elements", 25, parent=ptr, name="elements")
            for i, e in enumerate(elements):
                self.element(e, f"{ptr}/elements/{i}", _ACTION_ELEMENTS, action_ids)
        elif kind == "context":
            elements = self.items(b.get("elements"), f"{ptr}/elements", 10, parent=ptr, name="elements")
            for i, e in enumerate(elements):
                eptr = f"{ptr}/elements/{i}"
                if isinstance(e, dict) and e.get("type") == "image":
                    self.image(e, eptr)
                else:
                    self.text(e, eptr, 3000)
        elif kind == "image":
            self.image(b, ptr)
            self.text(b.get("title"), f"{ptr}/title", 2000, plain=True, required=False)
        elif kind == "input":
            self.text(b.get("label"), f"{ptr}/label", 2000, plain=True, parent=ptr, name="label")
            self.text(b.get("hint"), f"{ptr}/hint", 2000, plain=True, required=False)
            if b.get("element") is None:
                self.add(_missing(ptr, "element"))
            else:
                self.element(b["element"], f"{ptr}/element", _INPUT_ELEMENTS, action_ids)
        elif kind == "markdown":
            self.string(b.get("text"), f"{ptr}/text", 12_000)
        elif kind not in _OPAQUE_BLOCKS:
            self.add(f"[ERROR] unsupported type: {kind} [json-pointer:{ptr}/type]")

    def image(self, e: dict[str, Any], ptr: str) -> None:
        if e.get("image_url") is None and e.get("slack_file") is None:
            self.add(_missing(ptr, "image_url"))
        self.string(e.get("image_url"), f"{ptr}/image_url", 3000)
        if not isinstance(e.get("alt_text"), str):
            self.add(_missing(ptr, "alt_text"))
        self.string(e.get("alt_text"), f"{ptr}/alt_text", 2000)

    def element(self, e: Any, ptr: str, allowed: set[str], action_ids: set[str]) -> None:
        if not isinstance(e, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        kind = e.get("type")
        if kind not in allowed:
            self.add(f"[ERROR] unsupported type: {kind} [json-pointer:{ptr}/type]")
            return
        if kind == "image":
            self.image(e, ptr)
            return
        self.unique_id(e, "action_id", ptr, action_ids)
        if kind in ("button", "workflow_button"):
            self.text(e.get("text"), f"{ptr}/text", 75, plain=True, parent=ptr)
            self.string(e.get("value"), f"{ptr}/value", 2000)
            self.string(e.get("url"), f"{ptr}/url", 3000)
            if e.get("style") not in (None, "primary", "danger"):
                self.add(f"[ERROR] must be a valid enum value [json-pointer:{ptr}/style]")
        self.text(e.get("placeholder"), f"{ptr}/placeholder", 150, plain=True, required=False)
        if kind in _OPTION_LIMITS:
            plain = kind not in ("checkboxes", "radio_buttons")
            required = kind not in _SELECTS_WITH_OPTIONS or e.get("option_groups") is None
            options = self.items(
                e.get("options"),
                f"{ptr}/options",
                _OPTION_LIMITS[kind],
                parent=ptr,
                name="options",
                required=required,
            )
            for i, o in enumerate(options):
                self.option(o, f"{ptr}/options/{i}", plain)
            groups = self.items(
                e.get("option_groups"),
                f"{ptr}/option_groups",
                100,
                parent=ptr,
                name="option_groups",
                required=False,
            )
            for g, group in enumerate(groups):
                gptr = f"{ptr}/option_groups/{g}"
                group = group if isinstance(group, dict) else {}
                self.text(group.get("label"), f"{gptr}/label", 75, plain=True, parent=gptr, name="label")
                for i, o in enumerate(
                    self.items(group.get("options"), f"{gptr}/options", 100, parent=gptr, name="options")
                ):
                    self.option(o, f"{gptr}/options/{i}", plain)
        if kind == "plain_text_input" and e.get("max_length") is not None:
            with contextlib.suppress(TypeError, ValueError):
                if int(e["max_length"]) > 3000:
                    self.add(f"[ERROR] must be less than 3001 [json-pointer:{ptr}/max_length]")
        if isinstance(e.get("confirm"), dict):
            self.confirm(e["confirm"], f"{ptr}/confirm")

    def option(self, o: Any, ptr: str, plain: bool) -> None:
        if not isinstance(o, dict):
            self.add(f"[ERROR] must provide an object [json-pointer:{ptr}]")
            return
        self.text(o.get("text"), f"{ptr}/text", 75, plain=plain, parent=ptr)
        if o.get("value") is None:
            self.add(_missing(ptr, "value"))
        self.string(o.get("value"), f"{ptr}/value", 150)
        self.text(o.get("description"), f"{ptr}/description", 75, plain=plain, required=False)
        self.string(o.get("url"), f"{ptr}/url", 3000)

    def confirm(self, c: dict[str, Any], ptr: str) -> None:
        self.text(c.get("title"), f"{ptr}/title", 100, plain=True, parent=ptr, name="title")
        self.text(c.get("text"), f"{ptr}/text", 300, parent=ptr)
        self.text(c.get("confirm"), f"{ptr}/confirm", 30, plain=True, parent=ptr, name="confirm")
        self.text(c.get("deny"), f"{ptr}/deny", 30, plain=True, parent=ptr, name="deny")


def block_kit_problems(blocks: Any, surface: str = "message") -> list[str]:
    """Slack's `[ERROR] ... [json-pointer:/blocks/...]` lines for these blocks; empty when valid."""
    if surface not in ("message", "modal", "home"):
        raise ValueError(f"surface must be message, modal or home, not {surface!r}")
    checker = _Checker()
    checker.blocks(blocks, "/blocks", 50 if surface == "message" else 100)
    return checker.problems


def view_problems(view: Any) -> list[str]:
    """Slack's problem lines (`[json-pointer:/view/...]`) for a modal or Home tab view."""
    checker = _Checker()
    if not isinstance(view, dict):
        return ["[ERROR] must provide an object [json-pointer:/view]"]
    kind = view.get("type")
    if kind not in ("modal", "home"):
        checker.add("[ERROR] must be a valid enum value [json-pointer:/view/type]")
    if kind == "modal":
        checker.text(view.get("title"), "/view/title", 24, plain=True, parent="/view", name="title")
        checker.text(view.get("submit"), "/view/submit", 24, plain=True, required=False)
        checker.text(view.get("close"), "/view/close", 24, plain=True, required=False)
        blocks = view.get("blocks")
        has_input = isinstance(blocks, list) and any(
            isinstance(b, dict) and b.get("type") == "input" for b in blocks
        )
        if has_input and view.get("submit") is None:
            checker.add(_missing("/view", "submit"))
    checker.string(view.get("private_metadata"), "/view/private_metadata", 3000)
    checker.string(view.get("callback_id"), "/view/callback_id", 255)
    checker.string(view.get("external_id"), "/view/external_id", 255)
    if view.get("blocks") is None:
        checker.add(_missing("/view", "blocks"))
    else:
        checker.blocks(view["blocks"], "/view/blocks", 100)
    return checker.problems


def blocks_text_length(value: Any) -> int:
    """All the `text` strings in blocks, counted together (what msg_blocks_too_long measures)."""
    if isinstance(value, dict):
        return sum(
            len(v) if k == "text" and isinstance(v, str) else blocks_text_length(v) for k, v in value.items()
        )
    if isinstance(value, list):
        return sum(blocks_text_length(v) for v in value)
    return 0
