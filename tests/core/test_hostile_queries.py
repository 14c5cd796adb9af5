"""Whatever is typed or pasted as a query is only a query: through the real `photoseek search`, a query
that looks like a filter, an injection, a format string or terminal escapes, a name's undecodable
bytes or a pasted essay finds photos like any other and changes nothing."""

from __future__ import annotations

import json

import pytest

import shapes_world
from hostile_corpus import QUERIES
from photoseek.core.search import check_query
from support import TINY_MODEL, run_cli

LIMIT = 5


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], set[str]]:
    root = tmp_path_factory.mktemp("queries")
    photos = shapes_world.write_folder(root / "photos", per_class=1, seed=8, max_px=96)
    env = {"PHOTOSEEK_HOME": str(root / "home"), "PHOTOSEEK_MODEL": str(TINY_MODEL)}
    assert run_cli("index", str(root / "photos"), env=env).returncode == 0
    return env, {str(p.path) for p in photos}


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_a_hostile_query_is_searched_as_text(indexed: tuple[dict[str, str], set[str]], query: str) -> None:
    env, library = indexed
    result = run_cli("search", "--limit", str(LIMIT), "--json", "--", query, env=env)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == LIMIT and {h["path"] for h in hits} <= library, "not read as a filter"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_after_every_hostile_query_the_index_is_as_it_was(indexed: tuple[dict[str, str], set[str]]) -> None:
    env, library = indexed
    for query in QUERIES[:4]:  # the ones that look like store filters
        assert run_cli("search", "--", query, env=env).returncode == 0
    status = json.loads(run_cli("status", "--json", env=env).stdout)
    assert status["photos"] == len(library) and status["failed"] == 0
    everything = json.loads(run_cli("search", "anything", "--limit", "1000", "--json", env=env).stdout)
    assert {h["path"] for h in everything} == library


@pytest.mark.parametrize("query", ["\u3000\u00a0", "\n\t "])
def test_a_query_of_only_spaces_of_any_script_is_the_empty_query_error(
        indexed: tuple[dict[str, str], set[str]], query: str) -> None:
    result = run_cli("search", "--", query, env=indexed[0])
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "empty query" in result.stderr



def test_queries_reach_the_model_in_one_unicode_form() -> None:
    """What a CJK keyboard types in full width, or an app pastes as a ligature or a circled digit, is the
    query the model knows. open_clip's own tokenizer folds widths (ftfy), the Hugging Face tokenizers of
    multilingual models do not: the engine does it once, for every model."""
    assert check_query("\uff52\uff45\uff44\u3000\uff43\uff49\uff52\uff43\uff4c\uff45") == "red circle"
    assert check_query("\ufb01sh on a \u2460st birthday\u00a0cake") == "fish on a 1st birthday cake"
    assert check_query("\uff8a\uff9f\uff9d") == "\u30d1\u30f3"  # half-width katakana: パン (bread)
    assert check_query("赤い丸") == "赤い丸", "CJK without spaces is one query, untouched"
