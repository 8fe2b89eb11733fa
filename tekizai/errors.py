"""The tekizai exception tree.

    TekizaiError
    ├── ConfigError                  the configuration is invalid (names the field and the problem)
    ├── RequestError                 the request is malformed or asks for what we cannot honour
    │   ├── UnsupportedParameter     a known OpenAI parameter we cannot honour (e.g. n > 1)
    │   ├── RequestTooLarge          the body is over the size limit
    │   └── ContextLengthExceeded    prompt (+ max_tokens) longer than the model's context
    ├── UnknownModel                 no model or alias of that name
    ├── NoRoute                      no candidate model is left for this request
    ├── Unauthorized                 missing or wrong key
    ├── Forbidden                    refused by a security check (Host, Origin)
    │   └── PolicyRefused            the policy refuses this request (sensitive data for a non-local model)
    ├── Overloaded                   a model's queue is full
    ├── LimitExceeded                a key's rate limit or budget is exhausted (says which, and when it resets)
    ├── AuditUnavailable             the audit log cannot be written (and the policy fails closed)
    └── BackendError                 the model could not serve
        ├── BackendUnavailable       upstream refused, is down, or the model is in a failed state
        ├── BackendTimeout           connect / first-token / total timeout
        ├── LoadFailed               an embedded model failed to load
        └── UpstreamError            an upstream answered with an error of its own

Foreign exceptions are translated where they enter (``raise BackendTimeout(...) from exc``).
Mapping to HTTP status and OpenAI error ``type`` lives only in ``tekizai.server.errors``.
"""

from __future__ import annotations


class TekizaiError(Exception):
    """Base of every error tekizai raises on purpose."""

    #: machine-readable OpenAI-style ``code``; subclasses override
    code: str = "tekizai_error"

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


class ConfigError(TekizaiError):
    code = "invalid_config"


class RequestError(TekizaiError):
    code = "invalid_request"


class UnsupportedParameter(RequestError):
    code = "unsupported_parameter"


class RequestTooLarge(RequestError):
    code = "request_too_large"


class ContextLengthExceeded(RequestError):
    code = "context_length_exceeded"


class UnknownModel(TekizaiError):
    code = "model_not_found"


class NoRoute(TekizaiError):
    code = "no_route"


class Unauthorized(TekizaiError):
    code = "invalid_api_key"


class Forbidden(TekizaiError):
    code = "forbidden"


class PolicyRefused(Forbidden):
    code = "refused_by_policy"


class AuditUnavailable(TekizaiError):
    code = "audit_unavailable"


class LimitExceeded(TekizaiError):
    code = "limit_exceeded"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Overloaded(TekizaiError):
    code = "overloaded"


class BackendError(TekizaiError):
    code = "backend_error"


class BackendUnavailable(BackendError):
    code = "backend_unavailable"


class BackendTimeout(BackendError):
    code = "backend_timeout"


class LoadFailed(BackendError):
    code = "model_load_failed"


class UpstreamError(BackendError):
    code = "upstream_error"

    def __init__(self, message: str, *, status: int, param: str | None = None) -> None:
        super().__init__(message, param=param)
        self.status = status
