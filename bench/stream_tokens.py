"""Tokens/s streamed through the gateway vs llama-cpp-python called directly.

    python bench/stream_tokens.py [--model qwen2.5-coder-0.5b-instruct-q4_k_m] [--tokens 320] [--runs 3]

Same GGUF file, same llama.cpp parameters, same prompt, temperature 0, warm model. The direct run and
the gateway each run in a process of their own; the gateway's client is this process. Rate = completion
tokens / seconds from sending the request to the last token. Prints both and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import free_port, serve_gateway

from tekizai.catalog.sources import CATALOG
from tekizai.config import default_data_dir

PROMPT = ("Write a Python module implementing a binary search tree with insert, delete, search and "
          "in-order traversal. Give every method a docstring and add type hints.")  # fmt: skip
CONTEXT = 2048


def direct(path: str, tokens: int, runs: int) -> list[tuple[int, float]]:
    from llama_cpp import Llama

    llm = Llama(model_path=path, n_ctx=CONTEXT, n_threads=os.cpu_count(), n_threads_batch=os.cpu_count(),
                n_batch=512, verbose=False)  # fmt: skip
    messages = [{"role": "user", "content": PROMPT}]
    llm.create_chat_completion(messages=messages, max_tokens=8, temperature=0)  # warm up
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        n = 0
        for chunk in llm.create_chat_completion(
            messages=messages, max_tokens=tokens, temperature=0, stream=True
        ):
            if chunk["choices"][0]["delta"].get("content"):
                n += 1
        results.append((n, time.perf_counter() - start))
    return results


def through_gateway(url: str, model: str, tokens: int, runs: int) -> list[tuple[int, float]]:
    body = {"model": model, "messages": [{"role": "user", "content": PROMPT}], "temperature": 0, "stream": True,
            "stream_options": {"include_usage": True}}  # fmt: skip
    with httpx.Client(timeout=600) as client:
        client.post(
            f"{url}/v1/chat/completions", json={**body, "stream": False, "max_tokens": 8}
        ).raise_for_status()
        results = []
        for _ in range(runs):
            start = time.perf_counter()
            n = 0
            with client.stream(
                "POST", f"{url}/v1/chat/completions", json={**body, "max_tokens": tokens}
            ) as resp:
                for line in resp.iter_lines():
                    if not line.startswith("data: {"):
                        continue
                    chunk = json.loads(line[6:])
                    if chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                        last = time.perf_counter()
                    if chunk.get("usage"):
                        n = chunk["usage"]["completion_tokens"]
            results.append((n, last - start))
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="qwen2.5-coder-0.5b-instruct-q4_k_m", choices=sorted(CATALOG))
    ap.add_argument("--tokens", type=int, default=320)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--direct-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    path = default_data_dir(dict(os.environ)) / "models" / CATALOG[args.model].filename
    if args.direct_only:
        print(json.dumps(direct(str(path), args.tokens, args.runs)))
        return
    if not path.exists():
        sys.exit(f"run `tekizai fetch {args.model}` first")

    out = subprocess.run([sys.executable, __file__, "--model", args.model, "--tokens", str(args.tokens),
                          "--runs", str(args.runs), "--direct-only"], capture_output=True, text=True, check=True)  # fmt: skip
    direct_runs = json.loads(out.stdout.strip().splitlines()[-1])

    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        config = tmp / "bench.yaml"
        config.write_text(yaml.safe_dump({
            "default_model": "m", "admin_key_sha256": "0" * 64,
            "models": [{"id": "m", "backend": "llamacpp", "path": str(path), "context_length": CONTEXT}],
        }))  # fmt: skip
        port = free_port()
        proc = serve_gateway(config, tmp, port, tmp / "gateway.log")
        try:
            gateway_runs = through_gateway(f"http://127.0.0.1:{port}", "m", args.tokens, args.runs)
        finally:
            proc.terminate()
            proc.wait(30)

    def rate(runs: list) -> float:
        return statistics.median(n / s for n, s in runs)

    d, g = rate(direct_runs), rate(gateway_runs)
    print(
        f"model {args.model}, {args.runs} runs, tokens per run: direct {[n for n, _ in direct_runs]}, "
        f"gateway {[n for n, _ in gateway_runs]}"
    )
    print(f"direct llama-cpp-python : {d:6.1f} tokens/s")
    print(f"through tekizai (stream): {g:6.1f} tokens/s")
    print(f"ratio                   : {g / d:.3f}")


if __name__ == "__main__":
    main()
