"""Every error meant for the person who typed the input derives from store.errors.UserError,
so a handler catches them once; each keeps its message, attributes and older base."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import store
from store.digests import DigestError, InvalidSchedule, NoSubscription, NotYourSubscription
from store.errors import UserError
from store.filters import FilterError
from store.records import Duplicate, NotFound
from store.transfer import BadImportFile, ImportFailed, ImportReport, RowError, read_file
from store.vocab import UnknownValue


@pytest.mark.parametrize(
    ("error", "message", "older_base"),
    [
        (
            FilterError("`x:` is not a filter here.", "country:CA"),
            "`x:` is not a filter here. Try `country:CA`.",
            ValueError,
        ),
        (
            UnknownValue("mineral", "unobtanium", ["antimony"]),
            "Unknown mineral 'unobtanium'. Did you mean antimony?",
            ValueError,
        ),
        (
            NotFound("project", "Nechalcho", ["Nechalacho"]),
            "No project called 'Nechalcho'. Did you mean Nechalacho?",
            LookupError,
        ),
        (
            Duplicate("A project called 'X' already exists."),
            "A project called 'X' already exists.",
            ValueError,
        ),
        (InvalidSchedule("'25:00' is not a time"), "'25:00' is not a time", DigestError),
        (NoSubscription("C1"), "C1 has no digest subscription.", ValueError),
        (
            NotYourSubscription("C1", "U1"),
            "U1 set up the digest for C1; only they or an admin can change it.",
            ValueError,
        ),
        (
            ImportFailed(ImportReport(errors=[RowError("projects", 2, "stage", "unknown stage")])),
            "Nothing was imported: 1 bad row(s).\n  - projects row 2, stage: unknown stage",
            ValueError,
        ),
        (
            BadImportFile("x.txt: import takes .csv or .json files"),
            "x.txt: import takes .csv or .json files",
            ValueError,
        ),
    ],
)
def test_user_errors_share_one_base_and_keep_their_messages(
    error: Exception, message: str, older_base: type[Exception]
) -> None:
    assert isinstance(error, UserError) and isinstance(error, older_base)
    assert str(error) == message


# Error classes in store/ that are not told to users as they stand, each with why (none today).
NOT_FOR_USERS: set[str] = set()


def test_every_error_class_in_store_is_a_user_error() -> None:
    not_user = []
    for info in pkgutil.walk_packages(store.__path__, prefix="store."):
        if info.name.startswith("store.migrations"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            qualified = f"{module.__name__}.{name}"
            if not (
                inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == module.__name__
            ):
                continue
            if not issubclass(obj, UserError) and qualified not in NOT_FOR_USERS:
                not_user.append(qualified)
    assert not_user == []


def test_a_file_import_cannot_read_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(BadImportFile, match="import takes .csv or .json files"):
        read_file(path)
