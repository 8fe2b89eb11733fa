"""Load time and resident memory per model, and the fleet's estimate checked against them.

    python bench/load_memory.py [--context 4096] [MODEL ...]

Each model runs in a fresh process: load through tekizai's llama.cpp backend, then fill the context
(a prompt of about context-64 tokens, then 64 generated) and read resident memory (VmRSS, and the peak
VmHWM) from /proc. The estimate is what the fleet charges against its memory budget.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tekizai.catalog.sources import CATALOG
from tekizai.config import default_data_dir

MiB = 1 << 20


def rss() -> dict[str, int]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) * 1024
    return fields


def measure(catalog_id: str, context: int) -> dict[str, float]:
    from tekizai.backends.base import CallContext
    from tekizai.backends.llamacpp import LlamaCppBackend
    from tekizai.config import ModelConfig
    from tekizai.fleet.compute import ComputeSlots
    from tekizai.protocol import CompletionRequest

    path = default_data_dir(dict(os.environ)) / "models" / CATALOG[catalog_id].filename
    cfg = ModelConfig(id="m", backend="llamacpp", path=path, context_length=context, chat_format=None)

    async def run() -> dict[str, float]:
        backend = LlamaCppBackend(cfg, path, ComputeSlots())
        before = rss()["VmRSS"]
        start = time.perf_counter()
        await backend.start()
        load_s = time.perf_counter() - start
        loaded = rss()["VmRSS"]
        # fill the context: ~context-64 prompt tokens, 64 generated
        filler = " ".join(str(i % 1000) for i in range(context * 2))
        ids = backend._llm.tokenize(filler.encode())[: context - 64 - 8]
        prompt = backend._llm.detokenize(ids).decode(errors="ignore")
        start = time.perf_counter()
        result = await backend.complete(CompletionRequest(model="m", prompt=prompt, max_tokens=64, temperature=0),
                                        CallContext("bench"))  # fmt: skip
        fill_s = time.perf_counter() - start
        after = rss()
        estimate = backend.memory_bytes
        await backend.stop()
        return {
            "file_mib": path.stat().st_size / MiB,
            "load_s": load_s,
            "rss_after_load_mib": (loaded - before) / MiB,
            "rss_after_full_context_mib": (after["VmRSS"] - before) / MiB,
            "peak_rss_mib": (after["VmHWM"] - before) / MiB,
            "estimate_mib": estimate / MiB,
            "context_tokens_used": result["usage"]["total_tokens"],
            "fill_s": fill_s,
        }

    return asyncio.run(run())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--context", type=int, default=4096)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("models", nargs="*", default=sorted(CATALOG))
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.context)))
        return
    print(
        f"{'model':38} {'file':>7} {'load s':>7} {'RSS load':>9} {'RSS full':>9} {'peak':>7} {'estimate':>9} {'est/peak':>8}"
    )
    for model in args.models:
        with tempfile.TemporaryDirectory():
            out = subprocess.run([sys.executable, __file__, "--one", model, "--context", str(args.context)],
                                 capture_output=True, text=True, check=False)  # fmt: skip
        if out.returncode != 0:
            print(f"{model}: failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{model:38} {r['file_mib']:6.0f}M {r['load_s']:7.2f} {r['rss_after_load_mib']:8.0f}M "
            f"{r['rss_after_full_context_mib']:8.0f}M {r['peak_rss_mib']:6.0f}M {r['estimate_mib']:8.0f}M "
            f"{r['estimate_mib'] / r['peak_rss_mib']:8.2f}   ({r['context_tokens_used']} tokens in context)"
        )


if __name__ == "__main__":
    main()
