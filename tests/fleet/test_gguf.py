"""GGUF header reading and the memory estimate, on the real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tekizai.backends.llamacpp import estimate_memory_bytes
from tekizai.config import ModelConfig
from tekizai.errors import LoadFailed
from tekizai.fleet.gguf import kv_cache_bytes, read_metadata, vocab_size


def test_gemma_header(gemma_path: Path) -> None:
    meta = read_metadata(gemma_path)
    assert meta["general.architecture"] == "gemma3"
    assert meta["gemma3.block_count"] == 18
    assert "tokenizer.chat_template" not in meta  # a base model: served completion-only
    assert vocab_size(meta) == 262144
    # 18 layers x 1 KV head x (256 + 256) x 2 bytes per token
    assert kv_cache_bytes(meta, 1000) == 18 * 1000 * 512 * 2


def test_qwen_header_has_a_chat_template(qwen05_path: Path) -> None:
    meta = read_metadata(qwen05_path)
    assert meta["general.architecture"] == "qwen2" and "tokenizer.chat_template" in meta


def test_estimate_grows_with_context(gemma_path: Path) -> None:
    small = ModelConfig(id="a", backend="llamacpp", path=gemma_path, context_length=512)
    large = ModelConfig(id="a", backend="llamacpp", path=gemma_path, context_length=8192)
    assert estimate_memory_bytes(gemma_path, small) > gemma_path.stat().st_size
    kv = 18 * 7680 * 512 * 2  # layers x extra tokens x (key + value width) x f16
    attention = 7680 * 512 * 4 * 4  # extra tokens x ubatch x heads x f32
    assert (
        estimate_memory_bytes(gemma_path, large) - estimate_memory_bytes(gemma_path, small) == kv + attention
    )
    override = ModelConfig(id="a", backend="llamacpp", path=gemma_path, memory_mb=100)
    assert estimate_memory_bytes(gemma_path, override) == 100 << 20


def test_not_a_gguf_file(tmp_path: Path) -> None:
    bogus = tmp_path / "x.gguf"
    bogus.write_bytes(b"PK\x03\x04 not gguf")
    with pytest.raises(LoadFailed, match="not a GGUF file"):
        read_metadata(bogus)
