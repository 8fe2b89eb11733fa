"""Read a GGUF file's metadata (key/value header) without loading the model.

Enough to estimate memory before a load (layers, KV heads, head size, vocabulary) and to know
whether the file carries a chat template.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, BinaryIO

from tekizai.errors import LoadFailed

_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9


def _read(f: BinaryIO, fmt: str) -> Any:
    size = struct.calcsize(fmt)
    data = f.read(size)
    if len(data) != size:
        raise EOFError
    return struct.unpack(fmt, data)[0]


def _read_string(f: BinaryIO) -> str:
    n = _read(f, "<Q")
    return f.read(n).decode("utf-8", errors="replace")


def _read_value(f: BinaryIO, vtype: int, keep: bool) -> Any:
    if vtype in _SCALARS:
        return _read(f, _SCALARS[vtype])
    if vtype == _STRING:
        return _read_string(f)
    if vtype == _ARRAY:
        itype, count = _read(f, "<I"), _read(f, "<Q")
        if itype in _SCALARS and not keep:
            f.seek(struct.calcsize(_SCALARS[itype]) * count, 1)
            return count
        items = [_read_value(f, itype, keep) for _ in range(count)]
        return items if keep else count
    raise ValueError(f"unknown GGUF value type {vtype}")


def read_metadata(path: Path) -> dict[str, Any]:
    """Key/values of the GGUF header; arrays are replaced by their length (the vocabulary is large)."""
    try:
        with Path(path).open("rb") as f:
            if f.read(4) != b"GGUF":
                raise LoadFailed(f"{path} is not a GGUF file")
            _version, _tensors, kv_count = _read(f, "<I"), _read(f, "<Q"), _read(f, "<Q")
            meta: dict[str, Any] = {}
            for _ in range(kv_count):
                key = _read_string(f)
                meta[key] = _read_value(f, _read(f, "<I"), keep=False)
            return meta
    except (OSError, EOFError, ValueError, struct.error) as exc:
        raise LoadFailed(f"cannot read GGUF metadata of {path}: {exc}") from exc


def kv_cache_bytes(meta: dict[str, Any], n_ctx: int) -> int:
    """Bytes of an f16 K and V cache for ``n_ctx`` tokens."""
    arch = meta.get("general.architecture", "")
    layers = int(meta.get(f"{arch}.block_count", 0))
    heads = int(meta.get(f"{arch}.attention.head_count", 1)) or 1
    kv_heads = int(meta.get(f"{arch}.attention.head_count_kv", heads))
    embd = int(meta.get(f"{arch}.embedding_length", 0))
    key_len = int(meta.get(f"{arch}.attention.key_length", embd // heads))
    value_len = int(meta.get(f"{arch}.attention.value_length", embd // heads))
    return layers * n_ctx * kv_heads * (key_len + value_len) * 2


def vocab_size(meta: dict[str, Any]) -> int:
    tokens = meta.get("tokenizer.ggml.tokens", 0)
    return int(tokens) if isinstance(tokens, int) else len(tokens)
