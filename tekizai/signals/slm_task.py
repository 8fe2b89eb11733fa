"""The router SLM: a small local instruct model asked for the task label under a llama.cpp grammar.

    routing:
      task_extractor: slm
      router_model: qwen-0.5b      # a llamacpp model of the config; its weights, a context of its own

The grammar is a plain alternation of the twelve labels, so the model can answer nothing else and one
label costs a few tokens (a JSON-schema grammar made Qwen2.5-Coder-0.5B return quoted labels). The
prompt shows the start and the end of the request, where instructions sit, cut to ``_EDGE``
characters each: the material in between costs prompt-processing time and tells little about the task.

It holds its own llama.cpp context (the fleet's copy of the same model serves requests): its memory is
outside the fleet's budget and is reported at load. Labelling takes hundreds of milliseconds on two
cores, so it runs off the event loop (``SignalReader.heavy``); ``tekizai eval signals --task slm``
measures its accuracy and time beside the rule-based default.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from tekizai.errors import ConfigError
from tekizai.signals.labels import TASKS

_EDGE = 400

_SYSTEM = (
    "Label the task of each request with one word: code, math, reasoning, summarization, translation, "
    "extraction, classification, rewriting, creative_writing, qa, chat or other."
)
# one example a label, written for this prompt (none is taken from an evaluation set); as earlier
# turns they form a prefix llama.cpp keeps evaluated between calls, so they cost time once
_EXAMPLES = [
    ("Write a Python function that returns the n-th Fibonacci number.", "code"),
    ("What is 17% of 2,340? Show the calculation.", "math"),
    ("If all bloops are razzies and some razzies are lazzies, must some bloops be lazzies?", "reasoning"),
    (
        "Summarize the following article in three sentences:\nThe city council met on Monday to ...",
        "summarization",
    ),
    ("次の文を英語に翻訳してください。\n今日はとても暑いです。", "translation"),
    ("From the email below, list every date and the person mentioned with it.\nHi team, ...", "extraction"),
    ("Is this review positive or negative?\nThe battery died after two days.", "classification"),
    ("この文章をもっと丁寧な表現に書き直してください。\n明日までに送って。", "rewriting"),
    ("Write a short story about a lighthouse keeper who finds a message in a bottle.", "creative_writing"),
    ("日本で一番高い山は何ですか？", "qa"),
    ("Hi! How are you today?", "chat"),
    ("Play the role of my sparring partner and keep replying in character.", "other"),
]
GRAMMAR = "root ::= " + " | ".join(f'"{task}"' for task in TASKS)


def _excerpt(text: str) -> str:
    text = text.strip()
    if len(text) <= 2 * _EDGE:
        return text
    return f"{text[:_EDGE]}\n[...]\n{text[-_EDGE:]}"


class SlmTaskLabeller:
    """Callable: (instruction, context) -> task label. Loads the model on first use; one call at a time."""

    def __init__(self, model_path: Path, threads: int, context_length: int = 1024) -> None:
        if not model_path.is_file():
            raise ConfigError(f"router model file {model_path} does not exist (run `tekizai fetch`)")
        self.model_path = model_path
        self.threads = threads
        self.context_length = context_length
        self._llama: Any = None
        self._grammar: Any = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        from llama_cpp import Llama, LlamaGrammar

        self._llama = Llama(
            model_path=str(self.model_path),
            n_ctx=self.context_length,
            n_threads=self.threads,
            n_threads_batch=self.threads,
            verbose=False,
        )
        self._grammar = LlamaGrammar.from_string(GRAMMAR, verbose=False)

    def __call__(self, instruction: str, context: str = "") -> str:
        request = _excerpt(instruction)
        if context.strip():
            request = f"(earlier in the conversation: {_excerpt(context)[:_EDGE]})\n{request}"
        messages = [{"role": "system", "content": _SYSTEM}]
        for example, label in _EXAMPLES:
            messages += [{"role": "user", "content": example}, {"role": "assistant", "content": label}]
        messages.append({"role": "user", "content": request})
        with self._lock:
            if self._llama is None:
                self._load()
            out = self._llama.create_chat_completion(
                messages=messages, grammar=self._grammar, max_tokens=8, temperature=0.0
            )
        label = (out["choices"][0]["message"]["content"] or "").strip()
        return label if label in TASKS else "other"
