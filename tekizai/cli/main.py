"""The ``tekizai`` command: serve, fetch, config."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

import click

from tekizai.catalog.fetch import FetchError, catalog_model, fetch, verify
from tekizai.config import Settings, is_loopback_host, load_settings, settings_json_schema
from tekizai.errors import ConfigError, TekizaiError


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        raise click.ClickException(exc.message) from None


def _fetch_all(settings: Settings, full_verify: bool = False) -> None:
    for cfg in settings.models:
        if cfg.source is None:
            continue
        model = catalog_model(cfg.source)
        try:
            path = fetch(model, settings.models_dir, progress=lambda msg: click.echo(f"  {msg}", err=True))
            if full_verify:
                verify(model, path)
                click.echo(f"  {model.id}: SHA-256 verified", err=True)
        except FetchError as exc:
            raise click.ClickException(exc.message) from None


@click.group()
@click.version_option(package_name="tekizai")
def main() -> None:
    """tekizai: the right model in the right place. A local-first LLM router and gateway."""


@main.command()
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.option("--host", help="Bind address (default 127.0.0.1).")
@click.option("--port", type=int, help="TCP port (default 8642).")
@click.option("--log-level", default="info", type=click.Choice(["debug", "info", "warning", "error"]))
def serve(config: Path | None, host: str | None, port: int | None, log_level: str) -> None:
    """Serve the OpenAI-compatible API (the embedded default with no --config)."""
    import uvicorn

    from tekizai.gateway import Gateway
    from tekizai.server.app import create_app
    from tekizai.server.security import ensure_admin_key

    settings = _settings(config)
    server = settings.server.model_copy(update={k: v for k, v in (("host", host), ("port", port)) if v})
    settings = settings.model_copy(update={"server": server})
    from tekizai.governance.keys import KeyRing

    if not is_loopback_host(server.host) and not KeyRing(settings).enabled:
        raise click.ClickException(
            f"refusing to bind to {server.host}: beyond loopback, API keys are required "
            "(`tekizai keys create`, or `api_keys` in the config)"
        )
    if not is_loopback_host(server.host) and server.tls_certfile is None:
        click.echo(
            f"warning: serving on {server.host} without TLS; keys and prompts travel in clear", err=True
        )
    click.echo("tekizai: checking model files", err=True)
    _fetch_all(settings)
    admin_digest, new_key = ensure_admin_key(settings)
    if new_key:
        click.echo(
            f"\nA new admin key was generated. It is shown this once; only its digest is kept "
            f"({settings.data_dir / 'admin-key.sha256'}):\n\n    {new_key}\n",
            err=True,
        )
    app = create_app(Gateway.build(settings), admin_digest)
    click.echo(f"tekizai: serving on http://{server.host}:{server.port}/v1", err=True)
    uvicorn.run(
        app, host=server.host, port=server.port, log_level=log_level,
        ssl_certfile=str(server.tls_certfile) if server.tls_certfile else None,
        ssl_keyfile=str(server.tls_keyfile) if server.tls_keyfile else None,
    )  # fmt: skip


@main.command("fetch")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.option("--verify", "full_verify", is_flag=True, help="Re-hash files even if verified before.")
@click.argument("catalog_ids", nargs=-1)
def fetch_cmd(config: Path | None, full_verify: bool, catalog_ids: tuple[str, ...]) -> None:
    """Fetch and verify model weights: those the config uses, or the catalog ids given."""
    settings = _settings(config)
    if not catalog_ids:
        _fetch_all(settings, full_verify)
        return
    for cid in catalog_ids:
        try:
            model = catalog_model(cid)
            path = fetch(model, settings.models_dir, progress=lambda msg: click.echo(f"  {msg}", err=True))
            if full_verify:
                verify(model, path)
        except TekizaiError as exc:
            raise click.ClickException(exc.message) from None
        click.echo(str(path))


@main.command("route")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.option("--model", default="auto", show_default=True, help="The model the request names.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.argument("prompt")
def route_cmd(config: Path | None, model: str, as_json: bool, prompt: str) -> None:
    """Show what PROMPT is, every candidate with why it was kept or dropped, and the choice.

    Loads no model. Matched text is never printed: only kinds and character spans.
    """
    from tekizai.gateway import Gateway
    from tekizai.protocol import ChatCompletionRequest

    settings = _settings(config)
    gateway = Gateway.build(settings, env={})
    request = ChatCompletionRequest(model=model, messages=[{"role": "user", "content": prompt}])  # type: ignore[list-item]
    try:
        signals, decision = gateway.explain(request)
    except TekizaiError as exc:
        raise click.ClickException(f"no route: {exc.message}") from None
    candidates = {
        m.id: {"kept": m.id not in decision.dropped, "why": decision.dropped.get(m.id, "eligible"),
               "tier": m.tier, "local": m.local}
        for m in settings.models
    }  # fmt: skip
    spans = [
        {"kind": f.kind, "start": f.start, "end": f.end} for per_text in signals.findings for f in per_text
    ]
    result = {
        "signals": {"language": signals.language, "task": signals.task, "domain": signals.domain,
                    "complexity": signals.complexity, "sensitive": signals.sensitive,
                    "sensitive_kinds": list(signals.sensitive_kinds), "spans": spans},
        "candidates": candidates,
        "model": decision.model.id,
        "reasons": list(decision.reasons),
    }  # fmt: skip
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(f"language   {signals.language}")
    if signals.task is not None:  # read in full for auto; a named model needs sensitivity alone
        click.echo(f"task       {signals.task}")
        click.echo(f"domain     {signals.domain}")
        click.echo(f"complexity {signals.complexity}")
    click.echo(f"sensitive  {', '.join(signals.sensitive_kinds) or 'no'}")
    for span in spans:
        click.echo(f"           {span['kind']} at characters {span['start']}-{span['end']}")
    click.echo("candidates")
    for model_id, c in candidates.items():
        mark = "kept   " if c["kept"] else "dropped"
        click.echo(
            f"  {mark} {model_id:28} tier {c['tier']}  {'local' if c['local'] else 'remote'}  {c['why']}"
        )
    click.echo(f"choice     {decision.model.id}  ({', '.join(decision.reasons)})")


@main.command("score")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.argument("input_file", type=click.File("r", encoding="utf-8"))
def score_cmd(config: Path | None, input_file: TextIO) -> None:
    """Score each line of INPUT_FILE ({"prompt": ...} or {"messages": [...]}; - for stdin).

    One JSON line out per line in, same order, with language, task, domain, complexity, sensitive,
    sensitive_kinds, model and reasons. Loads no model.
    """
    from tekizai.gateway import Gateway
    from tekizai.protocol import ChatCompletionRequest, parse

    gateway = Gateway.build(_settings(config), env={})
    for number, line in enumerate(input_file, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            messages = row["messages"] if "messages" in row else [{"role": "user", "content": row["prompt"]}]
            request = parse(ChatCompletionRequest, {"model": row.get("model", "auto"), "messages": messages})
            signals, decision = gateway.explain(request)
        except (ValueError, KeyError, TypeError, TekizaiError) as exc:
            raise click.ClickException(f"line {number}: {getattr(exc, 'message', None) or exc!r}") from None
        click.echo(json.dumps({
            "language": signals.language, "task": signals.task, "domain": signals.domain,
            "complexity": signals.complexity, "sensitive": signals.sensitive,
            "sensitive_kinds": list(signals.sensitive_kinds), "model": decision.model.id,
            "reasons": list(decision.reasons),
        }, ensure_ascii=False))  # fmt: skip


@main.command("train")
@click.argument("signal", type=click.Choice(["complexity", "task", "names"]))
@click.option(
    "--data",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="JSON Lines: prompt or messages, and task / needs_large / small_correct+large_correct; "
    'for names, optional words added to the built-in lists: {"word": "...", "name": true|false}.',
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="Where to write the model (JSON); point routing.task_model / complexity_model / name_shape at it.",
)
@click.option("--folds", type=int, default=5, show_default=True, help="Cross-validation folds (0: none).")
@click.option("--group-by", default=None,
              help="A field of the lines (e.g. set): hold out one group at a time instead of folds.")  # fmt: skip
def train_command(signal: str, data: Path | None, out: Path, folds: int, group_by: str | None) -> None:
    """Train a learned signal on your own labelled prompts; report held-out figures first."""
    if signal == "names":
        _train_names(data, out, folds)
        return
    from tekizai.learning.train import cross_validate, read_examples, train

    if data is None:
        raise click.UsageError(f"training {signal} needs --data")
    examples = read_examples(data, signal, group_by)
    click.echo(f"{len(examples)} examples; labels {dict(Counter(e.label for e in examples))}")
    if group_by or folds > 1:
        click.echo("held out (" + (f"one {group_by} at a time" if group_by else f"{folds}-fold") + "):")
        for line in cross_validate(signal, examples, folds, by_group=bool(group_by)):
            click.echo(line)
    train(signal, examples).save(out)
    click.echo(f"trained on all {len(examples)} and saved to {out}")


def _train_names(data: Path | None, out: Path, folds: int) -> None:
    from tekizai.learning.name_train import cross_validate, default_words, fit, merge, read_words

    words = merge(default_words(), read_words(data) if data else [])
    names = sum(w.name for w in words)
    click.echo(f"{len(words)} words: {names} names, {len(words) - names} other words")
    if folds > 1:
        click.echo(f"held out ({folds}-fold):")
        for line in cross_validate(words, folds):
            click.echo(line)
    fit(words).save(out)
    click.echo(f"trained on all {len(words)} and saved to {out}")


@main.group("keys")
def keys_group() -> None:
    """Client API keys (stored as SHA-256 digests in <data_dir>/keys.json)."""


@keys_group.command("create")
@click.argument("key_id")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.option(
    "--model", "models", multiple=True, help="A model id this key may use (repeatable; default all)."
)
@click.option("--max-tier", type=int, default=None, help="The heaviest tier this key may use.")
@click.option("--local-only", is_flag=True, help="No non-local (cloud) models for this key.")
@click.option("--rpm", type=int, default=None, help="Requests per minute.")
@click.option("--tokens-per-day", type=int, default=None)
@click.option("--tokens-per-month", type=int, default=None)
@click.option("--cost-per-day", type=float, default=None)
@click.option("--cost-per-month", type=float, default=None)  # fmt: skip
def keys_create(key_id: str, config: Path | None, models: tuple[str, ...], max_tier: int | None,
                local_only: bool, rpm: int | None, tokens_per_day: int | None, tokens_per_month: int | None,
                cost_per_day: float | None, cost_per_month: float | None) -> None:  # fmt: skip
    """Create a key; it is printed once and only its digest is kept."""
    from pydantic import ValidationError

    from tekizai.config import ApiKey
    from tekizai.governance.keys import digest, key_file, new_key, read_keys, write_keys

    settings = _settings(config)
    path = key_file(settings)
    keys = read_keys(path)
    if any(k.id == key_id for k in [*keys, *settings.api_keys]):
        raise click.ClickException(f"a key with id {key_id!r} exists already")
    unknown = sorted(set(models) - {n for m in settings.models for n in m.names})
    if unknown:
        raise click.ClickException(f"unknown model(s) {unknown}")
    secret = new_key()
    try:
        policy = ApiKey(
            id=key_id, sha256=digest(secret), models=list(models) or None, max_tier=max_tier,
            allow_non_local=not local_only, requests_per_minute=rpm, tokens_per_day=tokens_per_day,
            tokens_per_month=tokens_per_month, cost_per_day=cost_per_day, cost_per_month=cost_per_month,
        )  # fmt: skip
    except ValidationError as e:
        raise click.ClickException(str(e)) from None
    write_keys(path, [*keys, policy])
    click.echo(f"created key {key_id!r}; it is shown this once, store it now:\n{secret}")


@keys_group.command("list")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
def keys_list(config: Path | None) -> None:
    """Key ids and their limits (never the keys)."""
    from tekizai.governance.keys import key_file, read_keys

    settings = _settings(config)
    for source, keys in (("config", settings.api_keys), ("keys.json", read_keys(key_file(settings)))):
        for k in keys:
            limits = k.model_dump(
                exclude={"id", "sha256", "revoked"}, exclude_none=True, exclude_defaults=True
            )
            state = "REVOKED" if k.revoked else "active"
            click.echo(f"{k.id:20} {state:8} {source:10} {json.dumps(limits)}")


@keys_group.command("revoke")
@click.argument("key_id")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
def keys_revoke(key_id: str, config: Path | None) -> None:
    """Revoke a key; a running gateway refuses it within a few seconds."""
    from tekizai.governance.keys import key_file, read_keys, write_keys

    settings = _settings(config)
    path = key_file(settings)
    keys = read_keys(path)
    if not any(k.id == key_id for k in keys):
        hint = (
            " (it is in the config file: remove it there)"
            if any(k.id == key_id for k in settings.api_keys)
            else ""
        )
        raise click.ClickException(f"no key {key_id!r} in {path}{hint}")
    write_keys(path, [k.model_copy(update={"revoked": True}) if k.id == key_id else k for k in keys])
    click.echo(f"revoked {key_id!r}")


@main.command("usage")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.option(
    "--by",
    "by",
    multiple=True,
    type=click.Choice(["key", "model", "day", "month", "tier"]),
    default=("key", "model"),
    show_default=True,
    help="Group by (repeatable).",
)
@click.option("--since", default=None, help="First day to count (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")  # fmt: skip
def usage_command(config: Path | None, by: tuple[str, ...], since: str | None, as_json: bool) -> None:
    """Requests, tokens, cost and savings from the usage database."""
    from tekizai.governance.recorder import reference_model
    from tekizai.governance.usage import UsageStore

    settings = _settings(config)
    path = settings.governance.usage_db or settings.data_dir / "usage.sqlite3"
    if not path.is_file():
        raise click.ClickException(f"no usage database at {path} yet: serve some requests first")
    store = UsageStore(path)
    rows = store.report(list(by), since)
    total = store.report([], since)[0]
    store.close()
    if as_json:
        for row in [*rows, {"total": True, **total}]:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    reference = reference_model(settings)
    savings_note = f"vs {reference.id}" if reference else "not configured (no priced reference model)"

    def numbers(row: dict) -> list[str]:
        savings = "n/a" if row["savings"] is None else f"{row['savings']:.4f}"
        return [str(row["requests"]), str(row["prompt_tokens"] or 0), str(row["completion_tokens"] or 0),
                f"{row['cost'] or 0:.4f}", savings]  # fmt: skip

    columns = {"key": "key_id"}
    lines = [[*by, "requests", "prompt_tok", "output_tok", "cost", "savings"]]
    lines += [[str(row[columns.get(b, b)] or "-") for b in by] + numbers(row) for row in rows]
    lines.append(["TOTAL", *[""] * (len(by) - 1), *numbers(total)])
    for line in lines:
        click.echo("  ".join(f"{cell:>12}" for cell in line))
    click.echo(f"savings: {savings_note}; currency {settings.governance.currency}")


@main.group("audit")
def audit_group() -> None:
    """The audit log."""


@audit_group.command("verify")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True), help="YAML config file.")
@click.option(
    "--partial", is_flag=True, help="Older rotated files were removed: start from the first present."
)
def audit_verify(paths: tuple[Path, ...], config: Path | None, partial: bool) -> None:
    """Check the chain of a log file, or of a directory's rotated series (default: the configured log).

    Exits 1 and names the first broken or missing record if the chain does not hold.
    """
    from tekizai.governance.audit import series, verify

    settings = _settings(config)
    audit = settings.governance.audit
    key_file = audit.key_file or settings.data_dir / "audit-key" / "audit.key"
    if not key_file.is_file():
        raise click.ClickException(
            f"no audit key at {key_file}: verify needs the key the log was written with"
        )
    files: list[Path] = []
    for path in paths or (audit.directory or settings.data_dir / "audit",):
        files += series(path) if path.is_dir() else [path]
    head = audit.head_file or key_file.parent / "audit-head.json"
    # the head speaks of the whole series: check against it only when the series was given whole
    verdict = verify(
        files, bytes.fromhex(key_file.read_text().strip()), head if not paths else None, not partial
    )
    if not verdict.ok:
        click.echo(f"BROKEN after {verdict.records} good records: {verdict.problem}")
        sys.exit(1)
    click.echo(f"OK: {verdict.records} records in {len(files)} file(s), chain intact")


@main.group("eval")
def eval_group() -> None:
    """Measure the router on labelled data."""


@eval_group.command("signals")
@click.option("--data", type=click.Path(path_type=Path, exists=True, file_okay=False), required=True,
              help="The shared data folder (e.g. ../shared/data).")  # fmt: skip
@click.option(
    "--task",
    "task_extractor",
    type=click.Choice(["rules", "slm"]),
    default="rules",
    show_default=True,
    help="Task extractor: the cue rules, or the router SLM.",
)
@click.option(
    "--router-model",
    default="qwen2.5-coder-0.5b-instruct-q4_k_m",
    show_default=True,
    help="With --task slm: a catalog id (fetched) or a GGUF path.",
)
@click.option("--per-set", type=int, default=None,
              help="Score only the first N prompts of each dataset (the SLM takes about a second each).")  # fmt: skip
def eval_signals(data: Path, task_extractor: str, router_model: str, per_set: int | None) -> None:
    """Language and task accuracy per dataset, confusion matrix, time per prompt, complexity vs length."""
    from tekizai.evaluation.signals_eval import (
        TaskClassifier,
        evaluate_complexity,
        evaluate_domain,
        evaluate_tasks,
        format_report,
        held_out_prompts,
        held_out_questions,
    )
    from tekizai.signals.task import classify_task

    classify: TaskClassifier = classify_task
    if task_extractor == "slm":
        from tekizai.catalog.sources import CATALOG
        from tekizai.signals.slm_task import SlmTaskLabeller

        known = CATALOG.get(router_model)
        path = load_settings().models_dir / known.filename if known else Path(router_model)
        classify = SlmTaskLabeller(path, os.cpu_count() or 1)
    click.echo(format_report(evaluate_tasks(data, classify, per_set)))
    click.echo("\nheld out: sets never read while the cues were written (vicuna_bench, ja_vicuna_qa)")
    click.echo(format_report(evaluate_tasks(data, classify, per_set, held_out_prompts)))
    click.echo("\nheld out: Japanese questions (Rakuda; JGLUE asked bare), all qa")
    click.echo(format_report(evaluate_tasks(data, classify, per_set, held_out_questions)))
    right, total, predicted = evaluate_domain(data)
    click.echo(
        f"domain on Rakuda (all humanities_social): {right}/{total} = {right / total:.3f}; predicted {dict(predicted)}"
    )
    click.echo("complexity: AUC for 'small model wrong, large right' (complexity vs prompt length):")
    for name, (ours, length, n) in sorted(evaluate_complexity(data).items()):
        click.echo(f"  {name:20} n={n:4}  complexity {ours:.3f}  length {length:.3f}")


@eval_group.command("sensitivity")
@click.option("--data", type=click.Path(path_type=Path, exists=True, file_okay=False), required=True,
              help="The shared data folder (e.g. ../shared/data).")  # fmt: skip
@click.option("--names", type=click.Choice(["lists", "ginza"]), default="lists", show_default=True,
              help="Name recogniser: the default lists, or GiNZA's Japanese NER added (extra ja-ner).")  # fmt: skip
def eval_sensitivity(data: Path, names: str) -> None:
    """Recall per kind (own generator, presidio, Japanese names), false positives on ordinary prompts,
    and the time each text took."""
    from tekizai.evaluation.sensitivity_eval import evaluate
    from tekizai.signals.sensitivity import SensitivityDetector

    recognizer = None
    if names == "ginza":
        from tekizai.signals.ginza_names import GinzaNames

        recognizer = GinzaNames()
    for line in evaluate(data, SensitivityDetector(names=recognizer)):
        click.echo(line)


@main.command("catalog")
def catalog_cmd() -> None:
    """List the models tekizai knows how to fetch and verify."""
    from tekizai.catalog.sources import CATALOG

    for m in CATALOG.values():
        click.echo(f"{m.id:40} {m.size / 1e6:8.0f} MB  {m.licence:20} {m.description}")


@main.group("config")
def config_group() -> None:
    """Inspect and check configuration."""


@config_group.command("schema")
def config_schema() -> None:
    """Print the JSON Schema of the config file."""
    click.echo(json.dumps(settings_json_schema(), indent=2))


@config_group.command("check")
@click.argument("file", type=click.Path(path_type=Path))
def config_check(file: Path) -> None:
    """Validate FILE; errors name the field and the problem."""
    settings = _settings(file)
    click.echo(f"{file}: ok ({len(settings.models)} models, default {settings.default_model})")


@config_group.command("show")
@click.option("--config", "-c", type=click.Path(path_type=Path, exists=True))
def config_show(config: Path | None) -> None:
    """Print the effective configuration (the embedded default with no --config)."""
    click.echo(_settings(config).model_dump_json(indent=2))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
