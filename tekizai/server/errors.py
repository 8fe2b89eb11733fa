"""The one place where our errors become HTTP statuses and OpenAI-shaped error bodies."""

from __future__ import annotations

import json

from starlette.responses import Response

from tekizai import errors as e

# most specific first: the first matching class wins
_STATUS: list[tuple[type[e.TekizaiError], int, str]] = [
    (e.RequestTooLarge, 413, "invalid_request_error"),
    (e.ContextLengthExceeded, 400, "invalid_request_error"),
    (e.RequestError, 400, "invalid_request_error"),
    (e.UnknownModel, 404, "invalid_request_error"),
    (e.NoRoute, 400, "invalid_request_error"),
    (e.Unauthorized, 401, "authentication_error"),
    (e.Forbidden, 403, "permission_error"),  # PolicyRefused too
    (e.Overloaded, 429, "rate_limit_error"),
    (e.LimitExceeded, 429, "rate_limit_error"),
    (e.AuditUnavailable, 503, "server_error"),
    (e.BackendTimeout, 504, "server_error"),
    (e.LoadFailed, 503, "server_error"),
    (e.BackendUnavailable, 503, "server_error"),
    (e.UpstreamError, 502, "server_error"),
    (e.TekizaiError, 500, "server_error"),
]


def status_and_type(exc: e.TekizaiError) -> tuple[int, str]:
    for cls, status, kind in _STATUS:
        if isinstance(exc, cls):
            if isinstance(exc, e.UpstreamError) and exc.status in (400, 404, 413, 422):
                return exc.status, "invalid_request_error"
            return status, kind
    raise AssertionError("unreachable: TekizaiError is last")


def error_body(message: str, kind: str, code: str | None, param: str | None = None) -> dict[str, object]:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def error_response(
    status: int,
    message: str,
    kind: str,
    code: str | None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = json.dumps(error_body(message, kind, code, param), ensure_ascii=False)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def response_for(exc: e.TekizaiError, headers: dict[str, str] | None = None) -> Response:
    status, kind = status_and_type(exc)
    extra = dict(headers or {})
    if isinstance(exc, e.Unauthorized):
        extra["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, e.LimitExceeded):
        extra["Retry-After"] = str(exc.retry_after)
    return error_response(status, exc.message, kind, exc.code, exc.param, extra)
