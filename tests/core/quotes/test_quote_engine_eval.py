"""The whole engine on every dev article, scored by the project's own scorer.

The articles, their gold annotations and ``score.py`` are copied from the shared
evaluation set into tests/fixtures/eval (see SOURCES.md there for sources and licences).
The seed article must be perfect; the folder as a whole at least 0.95 end-to-end F1.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from engine_harness import predict

EVAL = Path(__file__).resolve().parents[2] / "fixtures" / "eval"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(score: ModuleType, golds: list[Path], by_name: dict[str, Any]) -> float:
    right = pred = gold = 0
    for path in golds:
        truth = json.loads(path.read_text(encoding="utf-8"))
        name = path.name[: -len(".gold.json")] + ".txt"
        result = score.score_article(truth, by_name[name])
        right += result["right"]
        pred += result["pred_attr"]
        gold += result["gold_attr"]
    precision = right / pred if pred else 0.0
    recall = right / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.fixture(scope="module")
def prediction() -> dict[str, Any]:
    articles = predict(EVAL)["articles"]
    assert isinstance(articles, list)
    return {Path(a["path"]).name: a for a in articles}


def test_the_seed_article_is_perfect(prediction: dict[str, Any]) -> None:
    score = _scorer()
    golds = sorted(EVAL.glob("000_*.gold.json"))
    assert golds
    assert _f1(score, golds, prediction) == 1.0


def test_the_dev_folder_scores_at_least_095(prediction: dict[str, Any]) -> None:
    score = _scorer()
    golds = sorted(EVAL.glob("*.gold.json"))
    assert len(golds) >= 26
    assert _f1(score, golds, prediction) >= 0.95


def test_the_engine_output_satisfies_the_document_model() -> None:
    from engine_harness import blocks_of

    from newsreader.core.document import Article
    from newsreader.core.quotes import extract

    for path in sorted(EVAL.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        blocks = tuple(blocks_of(text))
        quotes, speakers = extract(text, blocks)
        Article(path, text, "t", blocks, quotes=quotes, speakers=speakers)  # validates


def test_crlf_line_ends_give_the_same_quotes_and_speakers() -> None:
    from engine_harness import blocks_of

    from newsreader.core.quotes import extract

    for path in sorted(EVAL.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        crlf = text.replace("\n", "\r\n")
        plain, _ = extract(text, blocks_of(text))
        windows, _ = extract(crlf, blocks_of(crlf))
        assert [(q.text, q.speaker) for q in plain] == [
            (q.text.replace("\r", ""), q.speaker) for q in windows
        ], path.name


def test_a_huge_article_of_many_dev_articles_runs_and_stays_valid() -> None:
    from engine_harness import blocks_of

    from newsreader.core.document import Article
    from newsreader.core.quotes import extract

    bodies = [p.read_text(encoding="utf-8").split("\n\n", 3)[3] for p in sorted(EVAL.glob("*.txt"))]
    text = "June 1, 2024\n\nNews\n\nMany articles\n\n" + "\n\n".join(bodies * 6)
    blocks = tuple(blocks_of(text))
    quotes, speakers = extract(text, blocks)
    assert len(quotes) > 1000
    Article(Path("huge.txt"), text, "t", blocks, quotes=quotes, speakers=speakers)
