"""The Web API methods LocalSlack answers, each changing the workspace the way Slack would."""

from __future__ import annotations

import copy
import time
from functools import cached_property
from typing import Any

from bot.local_slack.block_kit import view_problems
from bot.local_slack.http import Answer, Fail, fail_answer, json_answer, truthy
from bot.local_slack.workspace import USER_ID, Method, Workspace

RESPONSE_URL_POSTS = 5


class LocalSlack(Workspace):
    """A Slack Web API look-alike on 127.0.0.1 that records calls and fails on request."""

    @cached_property
    def _methods(self) -> dict[str, Method]:
        """The built-in methods by name."""
        return {
            "api.test": self._api_test,
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.update": self._chat_update,
            "chat.delete": self._chat_delete,
            "chat.getPermalink": self._chat_get_permalink,
            "conversations.info": self._conversations_info,
            "conversations.history": self._conversations_history,
            "conversations.replies": self._conversations_replies,
            "conversations.open": self._conversations_open,
            "conversations.members": self._conversations_members,
            "users.info": self._users_info,
            "views.open": self._views_open,
            "views.push": self._views_open,
            "views.update": self._views_update,
            "views.publish": self._views_publish,
            "reactions.add": self._reactions_add,
            "files.getUploadURLExternal": self._files_get_upload_url,
            "files.completeUploadExternal": self._files_complete_upload,
        }

    def _api(self, method: str, params: dict[str, Any], token: str | None) -> Answer:
        # A method a test added wins over the built-in one of the same name.
        handler = self._extra_methods.get(method) or self._methods.get(method)
        if handler is None:
            raise Fail("unknown_method")
        if method != "api.test":
            if not token:
                raise Fail("not_authed")
            if token in self.revoked_tokens or not token.startswith(("xoxb-", "xoxp-", "xapp-")):
                raise Fail("invalid_auth")
        with self._lock:
            result = handler(params)
        return json_answer({"ok": True, **result})

    # -- API methods (called with the lock held) --------------------------------------------

    def _api_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"args": params} if params else {}

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{self.team_domain}.slack.com/",
            "team": "Example Workspace",
            "user": self.bot_name,
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        self._check_message(params)
        message = self._message_body(params, self._new_ts())
        self._messages.setdefault(channel, []).append(message)
        return {"channel": channel, "ts": message["ts"], "message": copy.deepcopy(message)}

    def _chat_post_ephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        user = params.get("user")
        if not user or not USER_ID.match(str(user)):
            raise Fail("user_not_found")
        self._check_message(params)
        ts = self._new_ts()
        self._ephemerals.append({**self._message_body(params, ts), "channel": channel, "visible_to": user})
        return {"message_ts": ts}

    def _chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        message = self._find_message(channel, params.get("ts"))
        if message is None:
            raise Fail("message_not_found")
        self._check_message(params, need_content=False)
        # Like Slack: a field left out keeps its old value; an empty blocks list removes them.
        for name in ("text", "blocks", "attachments", "metadata"):
            if name in params:
                message[name] = params[name]
        message["edited"] = {"user": self.bot_user_id, "ts": self._new_ts()}
        return {
            "channel": channel,
            "ts": message["ts"],
            "text": message["text"],
            "message": copy.deepcopy(message),
        }

    def _chat_delete(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        message = self._find_message(channel, params.get("ts"))
        if message is None:
            raise Fail("message_not_found")
        self._messages[channel].remove(message)
        return {"channel": channel, "ts": message["ts"]}

    def _chat_get_permalink(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._resolve_channel(params.get("channel"))
        ts = params.get("message_ts")
        if not ts:
            raise Fail("message_not_found")
        # Lenient: the message may be a user's, which this model never saw.
        message = self._find_message(channel, ts) or {}
        return {"channel": channel, "permalink": self._permalink(channel, ts, message.get("thread_ts"))}

    def _conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._resolve_channel(params.get("channel"))
        info = self._channel_info(channel)
        if self.channel_errors.get(channel) == "channel_not_found" or (
            info["is_private"] and not info["is_member"]
        ):
            raise Fail("channel_not_found")
        return {"channel": info}

    def _conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        """Newest first, between oldest and latest; metadata only when asked for, like Slack."""
        channel = self._resolve_channel(params.get("channel"))
        if channel in self.channel_errors:
            raise Fail(self.channel_errors[channel])
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or "inf")
        inclusive = truthy(params.get("inclusive"))
        limit = int(params.get("limit") or 100)
        with_metadata = truthy(params.get("include_all_metadata"))
        found = []
        for message in reversed(self._messages.get(channel, [])):
            ts = float(message["ts"])
            inside = (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)
            if inside and not message.get("thread_ts"):
                shown = copy.deepcopy(message)
                if not with_metadata:
                    shown.pop("metadata", None)
                found.append(shown)
        return {"messages": found[:limit], "has_more": len(found) > limit}

    def _conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        """A thread, oldest first: its parent (if posted here) and replies; metadata when asked."""
        channel = self._resolve_channel(params.get("channel"))
        if channel in self.channel_errors:
            raise Fail(self.channel_errors[channel])
        ts = str(params.get("ts") or "")
        limit = int(params.get("limit") or 1000)
        with_metadata = truthy(params.get("include_all_metadata"))
        found = []
        for message in self._messages.get(channel, []):
            if message["ts"] == ts or message.get("thread_ts") == ts:
                shown = copy.deepcopy(message)
                if not with_metadata:
                    shown.pop("metadata", None)
                found.append(shown)
        return {"messages": found[:limit], "has_more": len(found) > limit}

    def _conversations_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("channel"):
            return {
                "channel": {"id": self._resolve_channel(params["channel"])},
                "no_op": True,
                "already_open": True,
            }
        users = [u.strip() for u in str(params.get("users") or "").split(",") if u.strip()]
        if not users:
            raise Fail("users_list_not_supplied")
        if any(not USER_ID.match(u) for u in users):
            raise Fail("user_not_found")
        if len(users) == 1:
            cid = self.dm_channel(users[0])
        else:
            key = tuple(sorted(users))
            cid = self._mpims.setdefault(key, self._new_id("G"))
        return {"channel": {"id": cid}, "no_op": False, "already_open": False}

    @cached_property
    def channel_members(self) -> dict[str, list[str]]:
        """conversations.members per channel id (configuration: edit freely); others have none."""
        return {}

    def _conversations_members(self, params: dict[str, Any]) -> dict[str, Any]:
        """Member ids, paged like Slack (cursor = the offset as text)."""
        channel = self._resolve_channel(params.get("channel"))
        if channel in self.channel_errors:
            raise Fail(self.channel_errors[channel])
        info = self._channel_info(channel)
        if info["is_private"] and not info["is_member"]:
            raise Fail("channel_not_found")
        members = list(self.channel_members.get(channel, []))
        limit = max(1, min(int(params.get("limit") or 100), 1000))
        start = int(params.get("cursor") or 0)
        page = members[start : start + limit]
        more = start + limit < len(members)
        return {"members": page, "response_metadata": {"next_cursor": str(start + limit) if more else ""}}

    def _users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user = params.get("user")
        if not user or not USER_ID.match(str(user)):
            raise Fail("user_not_found")
        is_bot = user == self.bot_user_id
        name = self.bot_name if is_bot else str(user).lower()
        info: dict[str, Any] = {
            "id": user,
            "team_id": self.team_id,
            "name": name,
            "deleted": False,
            "real_name": f"User {user}",
            "tz": "UTC",
            "tz_label": "Coordinated Universal Time",
            "tz_offset": 0,
            "is_admin": False,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "profile": {
                "real_name": f"User {user}",
                "display_name": name,
                "email": f"{name}@example.com",
                "team": self.team_id,
            },
        }
        info.update(self.users.get(str(user), {}))
        return {"user": info}

    def _stored_view(
        self, view: dict[str, Any], view_id: str, root_view_id: str | None = None
    ) -> dict[str, Any]:
        return {
            "id": view_id,
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "app_installed_team_id": self.team_id,
            "private_metadata": "",
            "callback_id": "",
            "external_id": "",
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{self._new_id('h')}",
            "clear_on_close": False,
            "notify_on_close": False,
            "previous_view_id": None,
            "root_view_id": root_view_id or view_id,
            **copy.deepcopy(view),
        }

    def _valid_view(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view")
        problems = view_problems(view)
        if problems or not isinstance(view, dict):
            # Slack answers bad views with invalid_arguments, not invalid_blocks.
            raise Fail("invalid_arguments", messages=problems)
        return view

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("trigger_id"):
            raise Fail("invalid_arguments", messages=["[ERROR] missing required field: trigger_id"])
        view = self._valid_view(params)
        if view.get("type") != "modal":
            raise Fail(
                "invalid_arguments", messages=["[ERROR] must be a valid enum value [json-pointer:/view/type]"]
            )
        stored = self._stored_view(view, self._new_id("V"))
        self._views[stored["id"]] = stored
        return {"view": copy.deepcopy(stored)}

    def _views_update(self, params: dict[str, Any]) -> dict[str, Any]:
        view_id, external_id = params.get("view_id"), params.get("external_id")
        current = (
            self._views.get(view_id)
            if view_id
            else next(
                (v for v in self._views.values() if external_id and v["external_id"] == external_id), None
            )
        )
        if current is None:
            raise Fail("not_found")
        if params.get("hash") and params["hash"] != current["hash"]:
            raise Fail("hash_conflict")
        view = self._valid_view(params)
        stored = self._stored_view(view, current["id"], current["root_view_id"])
        self._views[current["id"]] = stored
        return {"view": copy.deepcopy(stored)}

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        user = params.get("user_id")
        if not user or not USER_ID.match(str(user)):
            raise Fail("user_not_found")
        view = self._valid_view(params)
        if view.get("type") != "home":
            raise Fail(
                "invalid_arguments", messages=["[ERROR] must be a valid enum value [json-pointer:/view/type]"]
            )
        current = self._home_views.get(user)
        if params.get("hash") and current and params["hash"] != current["hash"]:
            raise Fail("hash_conflict")
        stored = self._stored_view(view, current["id"] if current else self._new_id("V"))
        self._home_views[user] = stored
        return {"view": copy.deepcopy(stored)}

    def _reactions_add(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable_channel(params.get("channel"))
        ts, name = params.get("timestamp"), str(params.get("name") or "").strip(":")
        if not ts:
            raise Fail("no_item_specified")
        if not name:
            raise Fail("invalid_name")
        reaction = {"channel": channel, "ts": ts, "name": name}
        if reaction in self._reactions:
            raise Fail("already_reacted")
        self._reactions.append(reaction)
        message = self._find_message(channel, ts)
        if message is not None:
            message.setdefault("reactions", []).append(
                {"name": name, "users": [self.bot_user_id], "count": 1}
            )
        return {}

    def _files_get_upload_url(self, params: dict[str, Any]) -> dict[str, Any]:
        filename, length = params.get("filename"), params.get("length")
        try:
            size = int(length)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            size = -1
        if not filename or size < 0:
            raise Fail("invalid_arguments")
        file_id = self._new_id("F")
        self._files[file_id] = {
            "id": file_id,
            "name": filename,
            "length": size,
            "alt_txt": params.get("alt_txt"),
            "snippet_type": params.get("snippet_type"),
            "content": None,
            "completed": False,
        }
        return {"upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _receive_upload(self, file_id: str, data: bytes) -> Answer:
        with self._lock:
            pending = self._files.get(file_id)
            if pending is None:
                return Answer(404, b"Not Found", "text/plain", error="file_not_found")
            pending["content"] = data
        return Answer(200, f"OK - {len(data)}".encode(), "text/plain")

    def _files_complete_upload(self, params: dict[str, Any]) -> dict[str, Any]:
        items = params.get("files")
        if not isinstance(items, list) or not items:
            raise Fail("invalid_arguments")
        targets = [params["channel_id"]] if params.get("channel_id") else []
        targets += [c.strip() for c in str(params.get("channels") or "").split(",") if c.strip()]
        channels = [self._writable_channel(c) for c in targets]
        done = []
        for item in items:
            pending = self._files.get(str(item.get("id"))) if isinstance(item, dict) else None
            if pending is None or pending["content"] is None:
                raise Fail("file_not_found")
            done.append((item, pending))
        files = []
        for item, pending in done:
            pending.update(completed=True, title=item.get("title") or pending["name"], channels=channels)
            fid, name = pending["id"], pending["name"]
            files.append(
                {
                    "id": fid,
                    "created": int(time.time()),
                    "timestamp": int(time.time()),
                    "name": name,
                    "title": pending["title"],
                    "user": self.bot_user_id,
                    "size": len(pending["content"]),
                    "mimetype": "application/octet-stream",
                    "url_private": f"https://files.slack.com/files-pri/{self.team_id}-{fid}/{name}",
                    "permalink": f"https://{self.team_domain}.slack.com/files/"
                    f"{self.bot_user_id}/{fid}/{name}",
                    "channels": channels,
                    "is_public": any(c.startswith("C") for c in channels),
                }
            )
        for channel in channels:
            message = self._message_body(
                {"text": params.get("initial_comment") or "", "thread_ts": params.get("thread_ts")},
                self._new_ts(),
            )
            message["files"] = copy.deepcopy(files)
            self._messages.setdefault(channel, []).append(message)
        return {"files": files}

    # -- response_url -----------------------------------------------------------------------

    def _response_post(self, tag: str, params: dict[str, Any]) -> Answer:
        with self._lock:
            if sum(1 for r in self._responses if r["tag"] == tag) >= RESPONSE_URL_POSTS:
                return json_answer({"ok": False, "error": "used_url"}, 404)
            try:
                # The webhook answers errors with HTTP 400; WebhookClient does not raise.
                self._check_message(params, need_content=not truthy(params.get("delete_original")))
            except Fail as fail:
                fail.status = 400
                return fail_answer(fail)
            post: dict[str, Any] = {
                "tag": tag,
                "at": time.time(),
                "response_type": params.get("response_type") or "ephemeral",
                "replace_original": truthy(params.get("replace_original")),
                "delete_original": truthy(params.get("delete_original")),
                **{k: params[k] for k in ("text", "blocks", "attachments", "thread_ts") if k in params},
            }
            self._responses.append(post)
            self._apply_response(tag, post, params)
        return json_answer({"ok": True})

    def _apply_response(self, tag: str, post: dict[str, Any], params: dict[str, Any]) -> None:
        target = self._response_targets.get(tag) or {}
        channel, ts = target.get("channel"), target.get("message_ts")
        if not channel:
            return
        original = self._find_message(channel, ts) if ts else None
        if post["delete_original"]:
            if original is not None:
                self._messages[channel].remove(original)
        elif post["replace_original"] and original is not None:
            for name in ("text", "blocks", "attachments"):
                original[name] = params.get(name, "" if name == "text" else [])
        elif post["response_type"] == "in_channel":
            self._messages.setdefault(channel, []).append(self._message_body(params, self._new_ts()))
        else:
            self._ephemerals.append(
                {
                    **self._message_body(params, self._new_ts()),
                    "channel": channel,
                    "visible_to": target.get("user"),
                }
            )
