"""Latency of the default signal extractors per request, prompts up to 4,000 characters.

    python bench/signals_latency.py [--data ../shared/data]

Reads every prompt of the shared sets (or the synthetic generator's, without them), cut to 4,000
characters, through SignalReader on one core; prints p50/p99/max in milliseconds, then the same for
prompts of 4,000 characters (two of the long ones joined and cut: the issue's upper bound, which no
shared prompt reaches). With ``--repeat N``
each request is read N times and its fastest time kept: the cost of the work itself, without the
stalls a shared virtual machine adds (report both).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from tekizai.evaluation.synthetic_pii import generate
from tekizai.protocol import ChatCompletionRequest
from tekizai.signals import SignalReader


def prompts(data: Path | None) -> list[str]:
    texts = [s.text for s in generate(20)]
    if data is not None and data.is_dir():
        from tekizai.evaluation.signals_eval import labelled_prompts

        texts += [item.text for item in labelled_prompts(data)]
    return [t[:4000] for t in texts]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--repeat", type=int, default=1, help="read each request N times, keep the fastest")
    args = ap.parse_args()
    reader = SignalReader()
    requests = [
        ChatCompletionRequest(model="auto", messages=[{"role": "user", "content": t}])
        for t in prompts(args.data)
    ]  # type: ignore[list-item]
    for r in requests[:50]:
        reader.read(r)  # warm up
    _report(reader, requests, args.repeat, "")
    longest = [r.messages[0].text() for r in requests if len(r.messages[0].text()) > 1500]
    joined = [(a + "\n\n" + b)[:4000] for a, b in zip(longest[::2], longest[1::2], strict=False)]
    _report(
        reader,
        [ChatCompletionRequest(model="auto", messages=[{"role": "user", "content": t}]) for t in joined],  # type: ignore[list-item]
        args.repeat,
        " of 4,000 characters",
    )


def _report(reader: SignalReader, requests: list[ChatCompletionRequest], repeat: int, what: str) -> None:
    if not requests:
        return
    timed = []
    for r in requests:
        fastest = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            reader.read(r)
            fastest = min(fastest, time.perf_counter() - start)
        timed.append((fastest * 1000, len(r.messages[0].text())))
    times = sorted(t for t, _ in timed)
    long = [t for t, n in timed if n > 2000]
    print(f"{len(times)} requests{what} (fastest of {repeat}); p50 {statistics.median(times):.3f} ms, p99 {times[int(len(times) * 0.99)]:.3f} ms, "
          f"max {times[-1]:.3f} ms; {len(long)} over 2,000 characters")  # fmt: skip


if __name__ == "__main__":
    main()
