"""The safe fetcher against local servers: SSRF, redirects, size, time, types, politeness."""

from __future__ import annotations

import ipaddress
import time
import tracemalloc
from collections.abc import Iterator

import pytest

from jobs.fetch import (
    MAX_BYTES,
    USER_AGENT,
    FetchError,
    Refused,
    address_refused,
    fetch,
    retry_after_seconds,
)
from tests.jobs.servers import Answer, Site, drip, huge, serving


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as s:
        yield s


def only(site: Site):  # type: ignore[no-untyped-def]
    """An address rule that lets exactly this one local server through, as if it were public."""
    return lambda ip, port: str(ip) == "127.0.0.1" and port == site.port


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("224.0.0.1", True),
        ("240.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fc00::1", True),
        ("ff02::1", True),
        ("::ffff:127.0.0.1", True),
        ("93.184.215.14", False),
        ("2606:4700::1111", False),
    ],
)
def test_the_address_rule(address: str, refused: bool) -> None:
    assert address_refused(ipaddress.ip_address(address)) is refused


def test_a_local_address_is_refused_unless_private_is_allowed(site: Site) -> None:
    site.routes["/"] = Answer(body=b"<html><title>hi</title></html>")
    with pytest.raises(Refused, match="private, local or reserved"):
        fetch(f"{site.base}/", allow_private=False)
    assert site.requests == []  # refused before connecting
    assert fetch(f"{site.base}/", allow_private=True).body.startswith(b"<html>")


def test_a_name_that_resolves_to_a_local_address_is_refused(site: Site) -> None:
    with pytest.raises(Refused, match="127.0.0.1"):
        fetch(f"http://intranet.corp:{site.port}/", allow_private=False, resolve=lambda h, p: ["127.0.0.1"])
    assert site.requests == []


@pytest.mark.parametrize("host", ["localhost", "evil.example", "x.invalid", "printer.local", "db.internal"])
def test_reserved_names_are_refused_without_asking_dns(host: str) -> None:
    def resolve(h: str, p: int) -> list[str]:
        raise AssertionError("DNS was asked")

    with pytest.raises(Refused, match="reserved name"):
        fetch(f"https://{host}/page", allow_private=False, resolve=resolve)


def test_the_connection_goes_to_the_checked_address_with_the_name_as_host(site: Site) -> None:
    site.routes["/"] = Answer(body=b"<html></html>")
    fetch(
        f"http://news.example:{site.port}/",
        allow_private=False,
        allowed=only(site),
        resolve=lambda h, p: ["127.0.0.1"],
    )
    assert site.requests[0][1]["host"] == f"news.example:{site.port}"


def test_a_redirect_to_a_local_address_is_refused(site: Site) -> None:
    with serving(Site()) as inside:
        inside.routes["/secret"] = Answer(body=b"<html>secret</html>")
        site.routes["/r"] = Answer(302, headers={"Location": f"http://127.0.0.1:{inside.port}/secret"})
        with pytest.raises(Refused, match="private, local or reserved"):
            fetch(f"{site.base}/r", allow_private=False, allowed=only(site))
        assert inside.requests == []


@pytest.mark.parametrize("scheme", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_only_http_and_https(scheme: str) -> None:
    with pytest.raises(Refused, match="only http and https"):
        fetch(scheme, allow_private=True)


def test_redirects_are_followed_by_hand_at_most_five(site: Site) -> None:
    for i in range(7):
        site.routes[f"/{i}"] = Answer(302, headers={"Location": f"/{i + 1}"})
    site.routes["/7"] = Answer(body=b"<html>end</html>")
    site.routes["/ok"] = Answer(302, headers={"Location": "/2"})
    with pytest.raises(Refused, match="more than 5 redirects"):
        fetch(f"{site.base}/0", allow_private=True)
    assert site.hits("/5") == 1 and site.hits("/6") == 0
    got = fetch(f"{site.base}/2", allow_private=True)  # 2 -> 7: five redirects, allowed
    assert got.body == b"<html>end</html>" and got.url == f"{site.base}/7"


def test_permanent_redirects_give_the_new_address(site: Site) -> None:
    site.routes["/old"] = Answer(301, headers={"Location": "/new"})
    site.routes["/new"] = Answer(body=b"<rss/>", content_type="application/rss+xml")
    site.routes["/temp"] = Answer(302, headers={"Location": "/new"})
    assert fetch(f"{site.base}/old", allow_private=True).permanent_url == f"{site.base}/new"
    assert fetch(f"{site.base}/temp", allow_private=True).permanent_url is None


def test_a_20_mb_page_is_cut_at_2_mb_in_bounded_memory(site: Site) -> None:
    site.routes["/big"] = Answer(body=huge(20 * 1024 * 1024))
    tracemalloc.start()
    try:
        with pytest.raises(Refused, match="larger than 2 MB"):
            fetch(f"{site.base}/big", allow_private=True)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_BYTES  # what was read so far, not the 20 MB
    assert site.hits("/big") == 1


def test_a_gzip_bomb_is_cut_while_decompressing(site: Site) -> None:
    site.routes["/bomb"] = Answer(body=b"\0" * (50 * 1024 * 1024), gzip=True)  # ~50 kB on the wire
    tracemalloc.start()
    try:
        with pytest.raises(Refused, match="larger than 2 MB"):
            fetch(f"{site.base}/bomb", allow_private=True)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_BYTES


def test_a_slow_drip_page_is_cut_at_the_deadline(site: Site) -> None:
    site.routes["/drip"] = Answer(body=drip(20))
    started = time.monotonic()
    with pytest.raises(FetchError, match="longer than 1 s"):
        fetch(f"{site.base}/drip", allow_private=True, deadline=1.0)
    assert time.monotonic() - started < 2.5  # not the 20 s the server would take


def test_gzip_user_agent_and_conditional_get(site: Site) -> None:
    def answer(headers: dict[str, str]) -> Answer:
        if headers.get("if-none-match") == '"v1"':
            return Answer(304, content_type=None, headers={"ETag": '"v1"'})
        return Answer(
            body=b"<rss>items</rss>",
            content_type="application/rss+xml",
            gzip=True,
            headers={"ETag": '"v1"', "Last-Modified": "Mon, 30 Nov 2026 08:00:00 GMT"},
        )

    site.routes["/feed"] = answer
    first = fetch(f"{site.base}/feed", allow_private=True)
    assert first.body == b"<rss>items</rss>" and first.etag == '"v1"'
    assert first.last_modified == "Mon, 30 Nov 2026 08:00:00 GMT"
    _path, headers = site.requests[0]
    assert headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("minerals-bot/")
    assert "gzip" in headers["accept-encoding"]
    second = fetch(
        f"{site.base}/feed", allow_private=True, etag=first.etag, last_modified=first.last_modified
    )
    assert second.not_modified and second.body == b""
    assert site.requests[1][1]["if-modified-since"] == "Mon, 30 Nov 2026 08:00:00 GMT"


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_reported(site: Site, status: int) -> None:
    site.routes["/busy"] = Answer(status, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as caught:
        fetch(f"{site.base}/busy", allow_private=True)
    assert caught.value.status == status and caught.value.retry_after == 120


def test_retry_after_as_a_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert retry_after_seconds("Mon, 30 Nov 2026 08:02:00 GMT", now) == 120
    assert retry_after_seconds("soon", now) is None


def test_410_is_gone(site: Site) -> None:
    site.routes["/gone"] = Answer(410, b"bye")
    with pytest.raises(FetchError) as caught:
        fetch(f"{site.base}/gone", allow_private=True)
    assert caught.value.gone


@pytest.mark.parametrize("content_type", ["image/png", "application/octet-stream", "text/plain", None])
def test_other_content_types_are_not_read(site: Site, content_type: str | None) -> None:
    site.routes["/x"] = Answer(body=b"\x89PNG....", content_type=content_type)
    with pytest.raises(Refused, match="not HTML, XML or JSON"):
        fetch(f"{site.base}/x", allow_private=True)


def test_json_feeds_and_xml_are_read(site: Site) -> None:
    site.routes["/j"] = Answer(body=b'{"version": "x"}', content_type="application/feed+json")
    site.routes["/a"] = Answer(body=b"<feed/>", content_type="application/atom+xml; charset=utf-8")
    assert fetch(f"{site.base}/j", allow_private=True).content_type == "application/feed+json"
    assert fetch(f"{site.base}/a", allow_private=True).body == b"<feed/>"


def test_a_gzip_body_that_is_not_gzip_is_an_error(site: Site) -> None:
    site.routes["/bad"] = Answer(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="broken compressed"):
        fetch(f"{site.base}/bad", allow_private=True)
