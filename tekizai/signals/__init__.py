"""What a request is: computed once per request, before any model is chosen.

Sensitivity scans every text a request carries, unweighted and untruncated: each turn, the system
prompt, tool-call arguments, tool results, text parts, completion prompts and embedding inputs (RAG is
where confidential documents travel). Language weighs the latest user turn most.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tekizai.config import Settings
from tekizai.protocol import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from tekizai.signals.complexity import estimate_complexity
from tekizai.signals.domain import classify_domain
from tekizai.signals.language import detect_language
from tekizai.signals.name_shape import NameShape
from tekizai.signals.sensitivity import Finding, NameRecognizer, SensitivityDetector
from tekizai.signals.task import classify_task

AnyRequest = ChatCompletionRequest | CompletionRequest | EmbeddingRequest
TaskLabeller = Callable[[str, str], str]  # (latest user turn, the rest) -> task
ComplexityEstimator = Callable[[str, str, str], float]  # (latest user turn, task, language) -> [0, 1]


@dataclass(frozen=True)
class Signals:
    language: str | None
    sensitive: bool
    sensitive_kinds: tuple[str, ...]
    #: None when not computed: a request naming its model needs only sensitivity to be decided
    task: str | None = None
    domain: str | None = None
    complexity: float | None = None
    #: per text of the request (in ``request_texts`` order), the spans found there
    findings: tuple[tuple[Finding, ...], ...] = field(default=(), repr=False)


def request_texts(request: AnyRequest) -> list[str]:
    """Every text in the request, in order: what sensitivity must see."""
    if isinstance(request, EmbeddingRequest):
        return request.inputs()
    if isinstance(request, CompletionRequest):
        prompts = request.prompt if isinstance(request.prompt, list) else [request.prompt]
        return [*prompts, request.suffix or ""]
    texts: list[str] = []
    for m in request.messages:
        if isinstance(m.content, list):
            texts.extend(part.text for part in m.content)  # each part its own document (RAG chunks)
        else:
            texts.append(m.text())
        for call in m.tool_calls or ():
            texts.append(json.dumps(call, ensure_ascii=False))
        texts.extend(str(v) for k, v in (m.model_extra or {}).items() if isinstance(v, str | dict | list))
    for tool in request.tools or ():
        texts.append(json.dumps(tool, ensure_ascii=False))
    return texts


def _instruction_and_context(request: AnyRequest, texts: list[str]) -> tuple[str, str]:
    """The latest user turn (what is asked now), and everything else (system prompt, history)."""
    if isinstance(request, ChatCompletionRequest):
        users = [i for i, m in enumerate(request.messages) if m.role == "user"]
        if users:
            last = request.messages[users[-1]].text()
            rest = [m.text() for i, m in enumerate(request.messages) if i != users[-1]]
            return last, "\n".join(rest)
    return "\n".join(texts), ""


def _language_text(request: AnyRequest, texts: list[str]) -> str:
    if isinstance(request, ChatCompletionRequest):
        users = [m.text() for m in request.messages if m.role == "user"]
        if users:
            # the latest user turn counts double, the rest of the conversation once
            return "\n".join([users[-1], users[-1], *texts])
    return "\n".join(texts)


class SignalReader:
    """Turns a request into Signals. One per gateway; cheap enough for every request."""

    def __init__(
        self,
        sensitive_terms: Iterable[str] = (),
        names: NameRecognizer | None = None,
        task_labeller: TaskLabeller | None = None,
        complexity: ComplexityEstimator | None = None,
        heavy: bool | None = None,
        shape: NameShape | None = None,
    ) -> None:
        self.sensitivity = SensitivityDetector(sensitive_terms, names, shape)
        self.classify_task: TaskLabeller = task_labeller or classify_task
        self.estimate_complexity: ComplexityEstimator = complexity or estimate_complexity
        #: whether reading takes long enough (an optional model-based extractor) to be moved off the
        #: event loop; the default extractors take a fraction of a millisecond and run inline
        self.heavy = (names is not None or task_labeller is not None) if heavy is None else heavy

    @classmethod
    def from_config(cls, settings: Settings, threads: int = 1) -> SignalReader:
        """The reader the routing config asks for; model-based extractors use ``threads`` cores."""
        routing = settings.routing
        names: NameRecognizer | None = None
        if routing.name_recognizer == "ginza":
            from tekizai.signals.ginza_names import GinzaNames

            names = GinzaNames()
        labeller: TaskLabeller | None = None
        heavy = names is not None
        if routing.task_extractor == "slm":
            from tekizai.backends import model_file
            from tekizai.signals.slm_task import SlmTaskLabeller

            router = next(m for m in settings.models if m.id == routing.router_model)
            labeller = SlmTaskLabeller(model_file(router, settings), threads)
            heavy = True
        complexity: ComplexityEstimator | None = None
        if routing.task_model is not None or routing.complexity_model is not None:
            from tekizai.learning.model import LogisticModel
            from tekizai.learning.train import complexity_from, task_from

            if routing.task_model is not None:  # tens of microseconds: no need to leave the loop
                labeller = task_from(LogisticModel.load(routing.task_model, "task"))
            if routing.complexity_model is not None:
                complexity = complexity_from(LogisticModel.load(routing.complexity_model, "complexity"))
        shape = NameShape.load(routing.name_shape) if routing.name_shape is not None else None
        return cls(routing.sensitive_terms, names, labeller, complexity, heavy, shape)

    def read(self, request: AnyRequest, full: bool = True) -> Signals:
        """Every signal; with ``full=False`` only sensitivity, all a request naming its model needs."""
        texts = request_texts(request)
        findings = tuple(tuple(self.sensitivity.scan(t)) for t in texts)
        kinds = tuple(sorted({f.kind for per_text in findings for f in per_text}))
        if not full:
            return Signals(language=None, sensitive=bool(kinds), sensitive_kinds=kinds, findings=findings)
        language = detect_language(_language_text(request, texts))
        instruction, context = _instruction_and_context(request, texts)
        task = self.classify_task(instruction, context)
        return Signals(
            language=language,
            sensitive=bool(kinds),
            sensitive_kinds=kinds,
            task=task,
            domain=classify_domain(f"{instruction}\n{context}"),
            complexity=self.estimate_complexity(instruction, task, language or "en"),
            findings=findings,
        )
