"""The fresh sets' texts (prompts and ordinary ones alike), for tests that check a mechanism on real prompts."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"


def fresh_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("fresh_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append(item.get("text") or item.get("prompt") or "")
    return texts
