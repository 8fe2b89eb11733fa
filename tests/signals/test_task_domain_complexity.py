"""Task, domain and complexity: examples, the measured figures as regression guards, and `tekizai score`."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from tekizai.cli.main import main
from tekizai.signals.complexity import estimate_complexity
from tekizai.signals.domain import classify_domain
from tekizai.signals.task import classify_by_cues, classify_task
from tests.conftest import SHARED_DATA


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("Write a Python function that reverses a linked list.", "code"),
        ("Tell me whether this message is spam. Output yes or no.\nWIN A FREE CRUISE NOW", "classification"),
        ("この口コミが肯定的か否定的かを判定してください。", "classification"),
        ("日本の議院内閣制度を説明し、そのメリットを詳述してください。", "qa"),
        # Japanese questions as people type them: short, full-width ？, or the topic left hanging
        ("金閣寺を建てたのは誰？", "qa"),
        ("明治維新が始まったのは何年か", "qa"),
        ("エベレストの標高は", "qa"),
        ("りんごを3個と、みかんを5個買うと合計で何個になりますか？", "math"),
        ("箱に12個のボールがあり、4個取り出しました。残りは何個でしょうか。", "math"),
        ("How many piano tuners work in Tokyo? Explain your reasoning step by step.", "reasoning"),
        (
            "Statements: A is taller than B. B is taller than C. Is 'C is taller than A' true, false, or uncertain?",
            "reasoning",
        ),
        ("もし江戸幕府が開国しなかったら、日本はどうなっていたでしょうか？", "reasoning"),
        ("新製品の発表会に向けた案内文を作成してください。", "creative_writing"),
        ("夕暮れの京都の路地を描写してください。", "creative_writing"),
        ("Write a catchy Instagram caption for our new bakery.", "creative_writing"),
        ("List five habits that improve sleep.", "qa"),
        ('def total(xs):\n    """Return the sum of the numbers in xs."""', "code"),
        ("HTMLでボタンのあるページを作ってください", "code"),
        ("Solve for x: 3x + 5 = 20", "math"),
        ("次の文章を要約してください。\n今日は会議があり、来期の予算について議論した。", "summarization"),
        ("Translate into Japanese: The weather is nice today.", "translation"),
        ("この文を英語に翻訳して：猫が好きです", "translation"),
        ("Is this review positive or negative? The food was cold.", "classification"),
        ("Extract all the dates mentioned in the following text.", "extraction"),
        ("Rewrite this sentence to sound more formal: gimme the report", "rewriting"),
        ("Write a short poem about autumn leaves.", "creative_writing"),
        ("Hello!", "chat"),
        ("光合成とは何ですか？", "qa"),
        # listing from what one knows is a question; from a text given, extraction
        ("九州地方の七つの県とその県庁所在地を列挙してください。", "qa"),
        ("次の文章から人名をすべて列挙してください。\n昨日、佐藤と鈴木が来た。", "extraction"),
        # いくつかの: several, not "how many"
        ("いくつかの港町を挙げ、それぞれの歴史を説明してください。", "qa"),
        # riddles of kin and seating puzzles are reasoning, a counted word problem is math
        ("Maria has four brothers. Each of them has two sisters. How many sisters does Maria have?", "reasoning"),
        ("健太には兄が二人いて、それぞれの兄には妹が一人います。健太の家には子どもが何人いますか？", "reasoning"),
        ("Five friends sit in a row. Ana is seated between Ben and Cy; Dee is in the last seat. Who is first?", "reasoning"),
        ("A box holds 12 apples and each apple costs 30 yen. How many yen do 3 boxes cost?", "math"),
    ],
)  # fmt: skip
def test_task_examples(text: str, task: str) -> None:
    assert classify_task(text) == task


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("The patient has a fever and the doctor suggests a treatment.", "medicine"),
        ("契約書の条文について弁護士に相談したい", "law"),
        ("Write a SQL query against the database server.", "software"),
        ("What will inflation do to the stock market and interest rate?", "finance_business"),
        ("明日は晴れるかな", "general"),
        ("鎌倉幕府の成立と、その後の武士の時代への影響を説明してください。", "humanities_social"),
        ("日本の選挙制度と政党政治の特徴を述べてください。", "humanities_social"),
        (
            "Which prefectures border the Seto Inland Sea, and what is the geography of each?",
            "humanities_social",
        ),
    ],
)
def test_domain_examples(text: str, domain: str) -> None:
    assert classify_domain(text) == domain


def test_complexity_is_a_bounded_ranking() -> None:
    hard = estimate_complexity(
        "Prove that the sum of two odd numbers is even. You must show every step.", "math", "en"
    )
    easy = estimate_complexity("Is this review positive or negative? Great!", "classification", "en")
    assert 0.0 <= easy < hard <= 1.0
    assert estimate_complexity("東京の人口は？", "qa", "ja") > estimate_complexity(
        "What is the population?", "qa", "en"
    )


def test_measured_figures_hold_on_shared_data() -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (a user's checkout)")
    from tekizai.evaluation.signals_eval import evaluate_complexity, evaluate_tasks

    report = evaluate_tasks(SHARED_DATA)
    assert report.macro_accuracy >= 0.85
    assert report.language_right / report.language_total >= 0.99
    assert report.unmapped == {"mt_bench": 10, "ja_mt_bench": 10}  # roleplay: counted, not dropped
    ours, length, _ = evaluate_complexity(SHARED_DATA)["all"]
    assert ours > length


def test_score_writes_one_line_per_input_with_exactly_the_keys(tmp_path: Path) -> None:
    rows = [
        {"prompt": "What is 17*23?"},
        {"messages": [{"role": "user", "content": "携帯は090-1234-5678です。折り返してください"}]},
        {"prompt": "Summarize the following article: ..."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    result = CliRunner().invoke(main, ["score", str(path)], env={"TEKIZAI_HOME": str(tmp_path)})
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 3
    keys = {"language", "task", "domain", "complexity", "sensitive", "sensitive_kinds", "model", "reasons"}
    assert all(set(line) == keys for line in lines)
    assert lines[0]["task"] == "math" and lines[2]["task"] == "summarization"
    assert lines[1]["sensitive"] is True and lines[1]["sensitive_kinds"] == ["phone_number"]
    assert "090" not in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "ok"}\n{"nothing": 1}\n')
    failed = CliRunner().invoke(main, ["score", str(bad)], env={"TEKIZAI_HOME": str(tmp_path)})
    assert failed.exit_code == 1 and "line 2" in failed.output


@pytest.mark.parametrize("name", ["fresh_tasks.jsonl", "fresh_tasks_2.jsonl"])
def test_tasks_written_apart_from_the_cues(name: str) -> None:
    """Two sets of 110 requests, five per task and language (English, Japanese) for eleven tasks,
    each written in session 5 before the cues read it. First measurements: macro-accuracy 0.773 for
    the first set, then, after the first set's fixes, 0.509 for the second, written with more varied
    phrasing: the cues had been too narrow for how people write. What both showed is now read (code
    pasted in, a tool's error, syllogisms, "how do you say… in", "boil this down", "label each", "tag…
    as", "reword", 振り分け, リライト, 一文で…); they are no longer held out, and must stay high."""
    lines = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in map(json.loads, lines):
        total[row["task"]] += 1
        right[row["task"]] += classify_task(row["text"]) == row["task"]
    assert sum(right[t] / total[t] for t in total) / len(total) >= 0.95


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # a quantity asked for with a number to work from is math; without one, or with only a year,
        # it asks a fact
        ("A box holds 12 apples. How many apples are in 7 boxes?", "math"),
        ("How many moons does Saturn have?", "qa"),
        ("円周が31.4cmの円の面積は？", "math"),
        ("徳川家康には何人の子どもがいたか？", "qa"),
        ("2010年の国連の予算総額は？", "qa"),
    ],
)
def test_quantities_need_numbers_to_be_math(text: str, task: str) -> None:
    assert classify_task(text) == task


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # cues that fired on prose: an import mid-sentence, ordering "by size", a QR code
        ("Condense this changelog into a release note:\n- CSV import now handles BOM", "summarization"),
        ("import pandas as pd\ndf = pd.read_csv('a.csv')", "code"),
        ("bash one-liner to find files over 1GB under /var and sort them by size", "code"),
        ("Group these tickets by topic: login, billing, login", "classification"),
        ("QRコードを発明したのはどこの会社？", "qa"),
        ("このコードのバグを直して", "code"),
        # a tool in trouble, told in English or Japanese
        (
            "The nightly ETL job in Airflow keeps timing out on the same task. How do I give it more time?",
            "code",
        ),
        ("DockerのコンテナからホストのMySQLにつながらない", "code"),
    ],
)
def test_cues_read_requests_not_prose(text: str, task: str) -> None:
    assert classify_by_cues(text) == task


def test_a_greeting_is_chat_only_when_it_is_the_whole_message() -> None:
    assert classify_by_cues("hey there!") == "chat"
    assert classify_by_cues("hey so whenever I open the dashboard in firefox the charts are blank") != "chat"


def test_cue_patterns_survive_lowering() -> None:
    # the cues are matched lowered: an upper-case escape (\A, \Z, \S) would turn into another (\a is
    # the bell character) and the cue would silently never match
    from tekizai.signals.task import _CUES

    assert [p for _, p, _ in _CUES if re.search(r"\\[A-Z]", p)] == []
