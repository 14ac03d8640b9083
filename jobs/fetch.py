"""One safe way to read a page, a feed or a rates file from the outside world (httpx).

Every fetch: http(s) only; the host's addresses resolved here and refused when not global
(private, loopback, link-local, multicast, reserved: SSRF), the connection made to the
checked address itself (so DNS cannot answer differently a moment later), and the same
on every redirect, followed by hand, at most five; HTML, XML and JSON only; at most 2 MB
after decompression, counted while streaming; 5 s to connect and 15 s for the whole
fetch, checked after every chunk, with no single read waiting past the time that was left
when its request started (so a slow-drip server is cut at the deadline). Conditional GET
in (ETag / Last-Modified), 304 out. Knows no Slack and no store.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

if TYPE_CHECKING:  # imported by fetch(), at the first page or feed read: not with the listeners
    import httpx

MAX_BYTES = 2 * 1024 * 1024
CONNECT_TIMEOUT = 5.0
DEADLINE = 15.0
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
PERMANENT = {301, 308}
ALLOWED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/json",
    "application/feed+json",
)

ACCEPT = "text/html, application/xhtml+xml, application/xml;q=0.9, application/json;q=0.9, */*;q=0.1"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


def _bot_version() -> str:
    try:
        return version("minerals-bot")
    except PackageNotFoundError:
        return "0"


USER_AGENT = (
    f"minerals-bot/{_bot_version()} (Slack critical-minerals tracker; +https://api.slack.com/bot-users)"
)


class FetchError(Exception):
    """Why a fetch gave nothing usable, as one line for a person (and the HTTP status, if any)."""

    def __init__(self, reason: str, *, url: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.url, self.status, self.retry_after = reason, url, status, retry_after

    @property
    def gone(self) -> bool:
        return self.status == 410


class Refused(FetchError):
    """Not fetched at all, or cut off, by the safety rules (address, scheme, type, size)."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the body came from, after redirects
    status: int  # 200..299, or 304
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    # Where to ask next time: the last URL reached only through permanent (301/308) redirects.
    permanent_url: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def address_refused(ip: IPAddress) -> bool:
    """True for every address that is not the public internet's (and for multicast)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_unspecified


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _allowed_type(media: str) -> bool:
    return media in ALLOWED_TYPES or (media.startswith("application/") and media.endswith(("+xml", "+json")))


@dataclass
class _Target:
    url: str
    host: str
    port: int
    address: str  # the checked address the connection goes to


def _check(
    url: str, *, allow_private: bool, resolve: Resolver, allowed: Callable[[IPAddress, int], bool] | None
) -> _Target:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise Refused(f"only http and https links are read, not {parts.scheme or 'this'}", url=url)
    if not parts.hostname:
        raise Refused("the link has no host", url=url)
    if parts.username or parts.password:
        raise Refused("links with a user name or password are not read", url=url)
    host = parts.hostname
    if allowed is None and not allow_private and _special_use(host):
        raise Refused(f"{host} is a reserved name (RFC 6761), not on the internet: not fetched", url=url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise Refused("the link has a bad port", url=url) from None
    try:
        addresses = (
            [ipaddress.ip_address(host)]
            if _is_ip(host)
            else [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolve(host, port)]
        )
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host} ({exc})", url=url) from None
    if not addresses:
        raise FetchError(f"{host} has no address", url=url)
    for ip in addresses:
        ok = allowed(ip, port) if allowed is not None else (allow_private or not address_refused(ip))
        if not ok:
            raise Refused(
                f"{host} is at {ip}, a private, local or reserved address: not fetched "
                "(set FETCH_ALLOW_PRIVATE=1 to read an intranet)",
                url=url,
            )
    return _Target(url=url, host=host, port=port, address=str(addresses[0]))


# Names that never denote a public host (RFC 2606 and 6761): refused without asking DNS.
SPECIAL_USE = ("localhost", "example", "invalid", "test", "local", "internal")


def _special_use(host: str) -> bool:
    return host.rstrip(".").lower().rsplit(".", 1)[-1] in SPECIAL_USE


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _pinned(target: _Target) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL with its host replaced by the checked address, the Host header and TLS name."""
    parts = urlsplit(target.url)
    address = f"[{target.address}]" if ":" in target.address else target.address
    netloc = f"{address}:{target.port}"
    host_header = target.host if parts.port is None else f"{target.host}:{parts.port}"
    if ":" in target.host and not target.host.startswith("["):
        host_header = f"[{target.host}]" + (f":{parts.port}" if parts.port else "")
    url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return url, {"Host": host_header}, {"sni_hostname": target.host}


class _Body:
    """Decodes gzip/deflate as it arrives, never holding more than the cap."""

    def __init__(self, encoding: str, limit: int, url: str):
        self.limit, self.url = limit, url
        self.parts: list[bytes] = []
        self.size = 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self.decoder = None
        elif encoding in ("gzip", "x-gzip"):
            self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.decoder = zlib.decompressobj()
        else:
            raise Refused(f"the server sent an encoding the bot did not ask for ({encoding})", url=url)

    def feed(self, raw: bytes) -> None:
        if self.decoder is None:
            self._keep(raw)
            return
        data = raw
        while data:
            try:
                out = self.decoder.decompress(data, self.limit - self.size + 1)
            except zlib.error:
                raise FetchError("the server sent a broken compressed body", url=self.url) from None
            self._keep(out)
            data = self.decoder.unconsumed_tail

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise Refused(
                f"the answer is larger than {self.limit // (1024 * 1024)} MB: not read", url=self.url
            )
        if data:
            self.parts.append(data)

    def bytes(self) -> bytes:
        return b"".join(self.parts)


def fetch(
    url: str,
    *,
    allow_private: bool,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BYTES,
    deadline: float = DEADLINE,
    connect_timeout: float = CONNECT_TIMEOUT,
    resolve: Resolver = system_resolver,
    allowed: Callable[[IPAddress, int], bool] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """GET `url` under the safety rules above; FetchError (Refused for the rules) when unusable.

    `allowed` replaces the address rule (tests use it to let exactly one local server through)."""
    started = time.monotonic()
    ends = started + deadline
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": ACCEPT,
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    import httpx

    permanent: str | None = None
    only_permanent = True
    with httpx.Client(transport=transport, follow_redirects=False, verify=True, trust_env=False) as client:
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            target = _check(current, allow_private=allow_private, resolve=resolve, allowed=allowed)
            left = ends - time.monotonic()
            if left <= 0:
                raise FetchError(f"no answer within {deadline:g} s", url=url)
            pinned, host_header, extensions = _pinned(target)
            timeout = httpx.Timeout(min(left, deadline), connect=min(connect_timeout, left))
            request = client.build_request(
                "GET", pinned, headers={**headers, **host_header}, timeout=timeout, extensions=extensions
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise FetchError(f"no answer within {deadline:g} s", url=current) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"could not connect ({type(exc).__name__})", url=current) from None
            try:
                status = response.status_code
                if status in REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(
                            f"a redirect ({status}) without a Location", url=current, status=status
                        )
                    if hop == MAX_REDIRECTS:
                        raise Refused(f"more than {MAX_REDIRECTS} redirects", url=url, status=status)
                    current = urljoin(current, location.strip())
                    only_permanent = only_permanent and status in PERMANENT
                    permanent = current if only_permanent else permanent
                    continue
                return _answer(response, current, permanent, ends, deadline, max_bytes)
            finally:
                response.close()
    raise Refused(f"more than {MAX_REDIRECTS} redirects", url=url)  # pragma: no cover (loop returns)


def _answer(
    response: httpx.Response, url: str, permanent: str | None, ends: float, deadline: float, max_bytes: int
) -> Fetched:
    status = response.status_code
    etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    if status == 304:
        return Fetched(url, 304, "", b"", etag, modified, permanent)
    if status in (429, 503):
        wait = retry_after_seconds(response.headers.get("retry-after"))
        raise FetchError(
            f"the server asked to wait (HTTP {status})", url=url, status=status, retry_after=wait
        )
    if status == 410:
        raise FetchError("the server says it is gone for good (HTTP 410)", url=url, status=status)
    if not 200 <= status < 300:
        raise FetchError(f"the server answered HTTP {status}", url=url, status=status)
    media = _media_type(response.headers.get("content-type", ""))
    if not _allowed_type(media):
        raise Refused(
            f"not HTML, XML or JSON ({media or 'no content type'}): not read", url=url, status=status
        )
    length = response.headers.get("content-length", "")
    if length.isdigit() and not response.headers.get("content-encoding") and int(length) > max_bytes:
        raise Refused(f"the answer is larger than {max_bytes // (1024 * 1024)} MB: not read", url=url)
    import httpx

    body = _Body(response.headers.get("content-encoding", ""), max_bytes, url)
    try:
        for raw in response.iter_raw():
            body.feed(raw)
            if time.monotonic() > ends:
                raise FetchError(f"the answer took longer than {deadline:g} s: cut off", url=url)
    except httpx.TimeoutException:
        raise FetchError(f"the answer took longer than {deadline:g} s: cut off", url=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"the connection broke ({type(exc).__name__})", url=url) from None
    return Fetched(url, status, media, body.bytes(), etag, modified, permanent)
