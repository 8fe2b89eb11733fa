"""Browser-borne attacks and keys.

A loopback server is reachable from any web page the user opens: DNS rebinding (a hostile name that
resolves to 127.0.0.1, as in CVE-2024-28224 against Ollama) is stopped by checking ``Host`` against an
allow-list, and cross-origin requests by refusing any ``Origin`` not configured. Keys are kept only as
SHA-256 digests and compared in constant time.
"""

from __future__ import annotations

import ipaddress
import os
import secrets

from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tekizai.config import ServerConfig, Settings, is_loopback_host
from tekizai.governance.keys import digest
from tekizai.server.errors import error_response

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})


def bearer(headers: Headers) -> str | None:
    value = headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def ensure_admin_key(settings: Settings) -> tuple[str, str | None]:
    """The admin key digest; on first run a new key is generated, stored (0600) and returned once."""
    if settings.admin_key_sha256:
        return settings.admin_key_sha256, None
    path = settings.data_dir / "admin-key.sha256"
    if path.exists():
        return path.read_text().strip(), None
    key = "tkz-admin-" + secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(digest(key) + "\n")
    return digest(key), key


class BrowserGuard:
    """ASGI middleware: refuse foreign ``Host`` headers and unconfigured browser origins."""

    def __init__(self, app: ASGIApp, server: ServerConfig) -> None:
        self.app = app
        hosts = set(LOOPBACK_HOSTS) | {h.lower() for h in server.allowed_hosts}
        if not is_loopback_host(server.host) and server.host not in ("0.0.0.0", "::"):
            hosts.add(server.host.lower())
        self.allowed_hosts = frozenset(hosts)
        self.origins = frozenset(o.rstrip("/") for o in server.cors_origins)

    def _host_ok(self, host: str) -> bool:
        host = host.lower()
        if host.startswith("["):
            name = host[: host.find("]") + 1]
        else:
            name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name in self.allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not self._host_ok(headers.get("host", "")):
            await _deny(scope, receive, send, "the Host header is not an allowed name for this server")
            return
        origin = headers.get("origin")
        if origin is not None:
            if origin.rstrip("/") not in self.origins:
                await _deny(scope, receive, send, "cross-origin requests are not allowed from this origin")
                return
            await self._with_cors(scope, receive, send, origin, headers)
            return
        await self.app(scope, receive, send)

    async def _with_cors(
        self, scope: Scope, receive: Receive, send: Send, origin: str, headers: Headers
    ) -> None:
        cors = {
            "access-control-allow-origin": origin,
            "access-control-allow-credentials": "true",
            "access-control-expose-headers": "x-request-id, x-tekizai-model, x-tekizai-tier, x-tekizai-reason",
            "vary": "Origin",
        }
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            cors["access-control-allow-methods"] = "GET, POST, OPTIONS"
            cors["access-control-allow-headers"] = headers.get("access-control-request-headers", "*")
            cors["access-control-max-age"] = "600"
            await Response(status_code=204, headers=cors)(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + [
                    (k.encode(), v.encode()) for k, v in cors.items()
                ]
            await send(message)

        await self.app(scope, receive, send_with_cors)


async def _deny(scope: Scope, receive: Receive, send: Send, message: str) -> None:
    response = error_response(403, message, "permission_error", "forbidden")
    await response(scope, receive, send)


def client_address(peer: str | None, forwarded_for: str | None, trusted: list[str]) -> str | None:
    """The client's address: the peer's, unless the peer is a trusted proxy, in which case the
    right-most address in X-Forwarded-For that is not itself a trusted proxy."""
    networks = [ipaddress.ip_network(t, strict=False) for t in trusted]

    def is_trusted(address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in n for n in networks)

    if peer is None or not networks or not is_trusted(peer) or not forwarded_for:
        return peer
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        if not is_trusted(hop):
            return hop
    return peer
