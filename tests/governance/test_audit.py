"""The audit chain on real files: tampering, deletion, truncation, rotation, restart, write failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tekizai.cli.main import main
from tekizai.errors import AuditUnavailable
from tekizai.governance.audit import ACTIVE, AuditLog, load_or_create_key, series, verify


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _log(tmp_path: Path, **kw: object) -> tuple[AuditLog, bytes, Path]:
    key = load_or_create_key(tmp_path / "key" / "audit.key")
    head = tmp_path / "key" / "head.json"
    return AuditLog(tmp_path / "log", key, head, **kw), key, head  # type: ignore[arg-type]


def _fill(log: AuditLog, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        log.write({"request_id": f"r{i}", "status": 200, "tokens": {"prompt": i, "completion": 2 * i}})


def test_an_intact_chain_verifies_and_the_key_file_is_private(tmp_path: Path) -> None:
    log, key, head = _log(tmp_path)
    _fill(log, 5)
    log.close()
    assert (tmp_path / "key" / "audit.key").stat().st_mode & 0o777 == 0o600
    verdict = verify(series(tmp_path / "log"), key, head)
    assert verdict.ok and verdict.records == 5
    assert [json.loads(line)["seq"] for line in (tmp_path / "log" / ACTIVE).read_text().splitlines()] == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_editing_one_line_breaks_the_chain_at_that_record(tmp_path: Path) -> None:
    log, key, head = _log(tmp_path)
    _fill(log, 5)
    log.close()
    path = tmp_path / "log" / ACTIVE
    lines = path.read_text().splitlines()
    lines[2] = lines[2].replace('"status":200', '"status":500')
    path.write_text("\n".join(lines) + "\n")
    verdict = verify([path], key)
    assert not verdict.ok and verdict.records == 2
    assert verdict.problem == f"{ACTIVE}:3: record 3 was altered (its mac does not match)"
    # whoever edits the file cannot recompute the mac without the key
    assert not verify([path], b"x" * 32).ok


def test_a_deleted_record_and_a_cut_off_end_are_named(tmp_path: Path) -> None:
    log, key, head = _log(tmp_path)
    _fill(log, 6)
    log.close()
    path = tmp_path / "log" / ACTIVE
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:3] + lines[4:]) + "\n")
    assert verify([path], key).problem == f"{ACTIVE}:4: records 4..4 are missing"
    path.write_text("\n".join(lines[:4]) + "\n")  # the last two cut off: the chain alone cannot tell
    assert verify([path], key).ok
    verdict = verify([path], key, head)  # the exported head can
    assert not verdict.ok and "records 5..6 were cut off" in (verdict.problem or "")
    path.write_text("\n".join(lines[2:]) + "\n")  # the first two removed
    assert "1..2 are missing" in (verify([path], key).problem or "")
    assert verify([path], key, from_start=False).ok


def test_rotation_and_restart_continue_one_chain(tmp_path: Path) -> None:
    log, key, head = _log(tmp_path, max_bytes=4096)
    _fill(log, 60)
    log.close()
    files = series(tmp_path / "log")
    assert len(files) >= 3 and files[-1].name == ACTIVE
    again, _, _ = _log(tmp_path, max_bytes=4096)  # a restart picks up the chain where it stopped
    _fill(again, 10, start=60)
    again.close()
    verdict = verify(series(tmp_path / "log"), key, head)
    assert verdict.ok and verdict.records == 70, verdict


def test_the_head_is_exported_on_its_interval_and_cannot_be_forged(tmp_path: Path) -> None:
    clock = Clock()
    log, key, head = _log(tmp_path, head_seconds=60, clock=clock)
    _fill(log, 2)
    assert not head.exists()
    clock.now = 61
    _fill(log, 1)
    assert json.loads(head.read_text())["seq"] == 3
    body = json.loads(head.read_text())
    body["seq"] = 2
    head.write_text(json.dumps(body))
    assert "head was altered" in (verify(series(tmp_path / "log"), key, head).problem or "")


def test_a_write_failure_raises_and_is_counted(tmp_path: Path) -> None:
    (tmp_path / "log").mkdir()
    (tmp_path / "log" / ACTIVE).symlink_to("/dev/full")  # every write fails with ENOSPC
    log, _, _ = _log(tmp_path)
    with pytest.raises(AuditUnavailable, match="cannot be written"):
        log.write({"request_id": "r"})
    assert log.failures == 1 and not log.healthy


def test_audit_verify_command(tmp_path: Path) -> None:
    settings = {"TEKIZAI_HOME": str(tmp_path)}
    log = AuditLog(tmp_path / "audit", load_or_create_key(tmp_path / "audit-key" / "audit.key"),
                   tmp_path / "audit-key" / "audit-head.json")  # fmt: skip
    _fill(log, 4)
    log.close()
    ok = CliRunner().invoke(main, ["audit", "verify"], env=settings)
    assert ok.exit_code == 0 and "OK: 4 records" in ok.output, ok.output
    path = tmp_path / "audit" / ACTIVE
    path.write_text(path.read_text().replace('"r2"', '"r9"'))
    bad = CliRunner().invoke(main, ["audit", "verify"], env=settings)
    assert bad.exit_code == 1 and "record 3 was altered" in bad.output, bad.output


def test_rotation_by_age(tmp_path: Path) -> None:
    clock = Clock()
    log, key, head = _log(tmp_path, rotate_seconds=3600, clock=clock)
    _fill(log, 3)
    clock.now = 3600
    _fill(log, 1)  # the fourth record ages the file out: rotated after it
    _fill(log, 2)
    log.close()
    files = series(tmp_path / "log")
    assert [f.name for f in files] == ["audit-000000000001.jsonl", ACTIVE]
    assert verify(files, key, head).records == 6
