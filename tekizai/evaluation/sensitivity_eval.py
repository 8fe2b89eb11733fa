"""Measure sensitivity detection on public labelled data and the project's own generator.

    tekizai eval sensitivity --data ../shared/data

Span recall per kind (a gold span counts as found when a finding of the mapped kind, or any finding,
overlaps it), the share of prompts with personal data that are flagged at all, and the false-positive
rate on the ordinary prompts of the shared sets. Names are scored twice: as reported (only in a
personal context, as the policy wants) and as recognised at all (the name recogniser alone), since
both sets label every name, a novelist's in a book review as much as a customer's.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tekizai.evaluation.signals_eval import held_out_questions, labelled_prompts
from tekizai.evaluation.synthetic_pii import generate
from tekizai.learning.name_train import default_words
from tekizai.signals.name_shape import default_shape
from tekizai.signals.personal_names import name_spans
from tekizai.signals.sensitivity import Finding, SensitivityDetector

#: presidio-research entity types -> our kinds (None: not personal data we detect, not scored)
PRESIDIO: dict[str, str | None] = {
    "PERSON": "person_name", "STREET_ADDRESS": "postal_address", "ZIP_CODE": "postal_address",
    "CREDIT_CARD": "payment_card", "PHONE_NUMBER": "phone_number", "EMAIL_ADDRESS": "email_address",
    "IBAN_CODE": "bank_account", "US_DRIVER_LICENSE": "driving_licence", "US_SSN": "national_id", "DATE_TIME": None,
    "ORGANIZATION": None, "GPE": None, "NRP": None, "TITLE": None, "AGE": None, "IP_ADDRESS": None,
}  # fmt: skip


def _overlaps(findings: list[Finding], start: int, end: int) -> bool:
    return any(f.start < end and f.end > start for f in findings)


def _shape_on_unseen_names(rows: list[dict]) -> str:
    """The name-shape table on the words of presidio's names that none of our word lists hold."""
    known = {w.text.lower() for w in default_words()}
    words = {
        w
        for row in rows
        for span in row["spans"]
        if span["entity_type"] == "PERSON"
        for w in span["entity_value"].split()
        if len(w) > 2 and w.isalpha() and w.lower() not in known
    }
    shape = default_shape()
    taken = sum(shape.probability(w) >= 0.5 for w in words)
    return (
        f"name-shape table on {len(words)} name words no list holds: {taken} taken = {taken / len(words):.3f}"
    )


def _instruction_sets(data: Path, scan: Callable[[str], list[Finding]]) -> str:
    """Flagged among the self-instruct instructions (seed and user-oriented): everyday requests with
    their inputs, some holding made-up contact details on purpose (a cover letter's phone and e-mail),
    which are flagged by design: an upper bound of false positives, by kind."""
    kinds: Counter[str] = Counter()
    flagged = total = 0
    for name in (
        "alpaca_seed_tasks/seed_tasks.jsonl",
        "self_instruct_user_oriented/user_oriented_instructions.jsonl",
    ):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for instance in row["instances"]:
                text = row["instruction"] + ("\n" + instance["input"] if instance.get("input") else "")
                found = {f.kind for f in scan(text)}
                total += 1
                flagged += bool(found)
                kinds.update(found)
    return (
        f"flagged among {total} self-instruct instructions (some hold made-up contact details): {flagged}"
        f" = {flagged / total:.3%}; by kind {dict(sorted(kinds.items()))}"
    )


def evaluate(data: Path, detector: SensitivityDetector | None = None) -> list[str]:
    d = detector or SensitivityDetector()
    lines = []
    times: list[float] = []

    def scan(text: str) -> list[Finding]:
        start = time.perf_counter()
        found = d.scan(text)
        times.append(time.perf_counter() - start)
        return found

    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for sample in generate(count_per_template=20):
        total[sample.kind] += 1
        found[sample.kind] += any(f.kind == sample.kind for f in scan(sample.text))
    lines.append("own generator (not independent of the detector), recall per kind:")
    lines += [f"  {k:18} {found[k]:4}/{total[k]:<4} {found[k] / total[k]:.3f}" for k in sorted(total)]

    rows = json.loads((data / "presidio_synth_pii/synth_dataset_v2.json").read_text(encoding="utf-8"))
    total, found = Counter(), Counter()
    prompts_with, prompts_flagged = 0, 0
    recognised = 0
    for row in rows:
        findings = scan(row["full_text"])
        names = name_spans(row["full_text"], d.names(row["full_text"]) if d.names else ())
        recognised += sum(
            any(s < span["end_position"] and e > span["start_position"] for s, e in names)
            for span in row["spans"]
            if span["entity_type"] == "PERSON"
        )
        scored = [s for s in row["spans"] if PRESIDIO.get(s["entity_type"])]
        prompts_with += bool(scored)
        prompts_flagged += bool(scored) and bool(findings)
        for span in scored:
            total[span["entity_type"]] += 1
            found[span["entity_type"]] += _overlaps(findings, span["start_position"], span["end_position"])
    lines.append("presidio_synth_pii, span recall per type:")
    lines += [f"  {k:18} {found[k]:4}/{total[k]:<4} {found[k] / total[k]:.3f}" for k in sorted(total)]
    lines.append(
        f"  PERSON recognised as a name, context aside: {recognised}/{total['PERSON']}"
        f" = {recognised / total['PERSON']:.3f}"
    )
    lines.append(
        f"  prompts with such data flagged: {prompts_flagged}/{prompts_with} = {prompts_flagged / prompts_with:.3f}"
    )
    lines.append("  " + _shape_on_unseen_names(rows))

    people_total = found_names = recognised = 0
    for row in json.loads((data / "ja_ner_wikipedia/ner_dev.json").read_text(encoding="utf-8")):
        people = [e for e in row["entities"] if e["type"] == "人名"]
        if people:
            findings = scan(row["text"])
            names = name_spans(row["text"], d.names(row["text"]) if d.names else ())
            people_total += len(people)
            found_names += sum(_overlaps(findings, *e["span"]) for e in people)
            recognised += sum(any(s < e["span"][1] and t > e["span"][0] for s, t in names) for e in people)
    lines.append(
        f"ja_ner_wikipedia 人名 span recall: {found_names}/{people_total} = {found_names / people_total:.3f}; "
        f"recognised as a name, context aside: {recognised}/{people_total} = {recognised / people_total:.3f}"
    )

    lines.append(_instruction_sets(data, scan))
    questions = [item.text for item in held_out_questions(data)]
    asked = sum(bool(scan(t)) for t in questions)
    lines.append(
        f"flagged among {len(questions)} Japanese questions (JGLUE, Rakuda; public figures named, no"
        f" personal data): {asked} = {asked / len(questions):.3%}"
    )
    ordinary = [item.text for item in labelled_prompts(data)]
    flagged = sum(bool(scan(t)) for t in ordinary)
    lines.append(
        f"false positives on {len(ordinary)} ordinary labelled prompts: {flagged} = {flagged / len(ordinary):.3%}"
    )
    times.sort()
    lines.append(
        f"time per text over {len(times)} texts: p50 {times[len(times) // 2] * 1000:.2f} ms, "
        f"p99 {times[int(len(times) * 0.99)] * 1000:.2f} ms"
    )
    return lines
