"""Counting tokens for an upstream that reports no usage.

With a tokenizer (a GGUF file's vocabulary, loaded alone: no weights) the count is the model's own;
without one, about four bytes of UTF-8 make a token, and the usage says which was used.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any


class TokenCounter:
    def __init__(self, gguf_path: Path) -> None:
        self.path = gguf_path
        self._vocab: Any = None
        self._lock = threading.Lock()

    def count(self, text: str) -> int:
        if not text:
            return 0
        with self._lock:
            if self._vocab is None:
                from llama_cpp import Llama

                self._vocab = Llama(model_path=str(self.path), vocab_only=True, verbose=False)
            return len(self._vocab.tokenize(text.encode("utf-8"), add_bos=False, special=True))


def count_tokens(counter: TokenCounter | None, prompt: str, completion: str) -> dict[str, Any]:
    if counter is not None:
        p, c, how = counter.count(prompt), counter.count(completion), "tokenizer"
    else:
        p, c, how = _bytes_estimate(prompt), _bytes_estimate(completion), "bytes"
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c, "counted_by": how}


def _bytes_estimate(text: str) -> int:
    return max(1, len(text.encode("utf-8")) // 4) if text else 0
