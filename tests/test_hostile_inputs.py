"""Hostile inputs: a fixed corpus of bad inputs, made here, through every command that reads them.

Each problem is one line on stderr (``skipped: ...``, ``Warning: ...`` or ``Error: ...``), never a traceback;
the exit code is the documented one (:class:`stancegraph.errors.ExitCode`: 0 done, 1 nothing done, 3 done
with input skipped); an output folder holds only the files the command writes. One batch build of a folder
with every bad text input is shared by most tests (sizes are small where size does not matter: the
1.2-million-character text is mostly blank, so it costs little to parse).
"""
from __future__ import annotations

import gzip
import json
import os
import unicodedata

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import ExitCode

GOOD = "Russia accused NATO of provoking the crisis.\n"
HUGE_END = "China praised Ukraine for its restraint.\n"
PAGE = """<html><head><title>Russia and NATO talks</title>
<meta property="og:url" content="https://example.org/news/1"><meta name="date" content="2022-01-10"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Share</nav>
<article><h1>Russia and NATO talks</h1>
<p>Russia accused NATO of provoking the crisis in a statement on Monday, officials said in Moscow.</p>
<p>China praised Russia for its restraint during the long talks in Geneva this week.</p></article>
<footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"""
INVISIBLE = {  # id: text; each holds one statement the matcher must find
    "zwsp": "Russia\u200b accused NATO of provoking the crisis.",
    "rlm": "Russia\u200f accused NATO\u200f of provoking the crisis.",
    "rlo": "\u202eRussia\u202c accused NATO of provoking the crisis.",
    "bom": "Russia\ufeff accused NATO of provoking the crisis.",
    "nfd": unicodedata.normalize("NFD", "Erdoğan criticised Russia over the crisis."),
    "nel": "The talks ended\u0085Russia accused NATO of provoking the crisis.",
}


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_clean(result, code: int):
    """The exit code, no traceback, every stderr line a one-line report."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Every bad text input in one folder ``in/`` (and the texts of the documents that must be read)."""
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    texts = {}
    (folder / "empty.txt").write_bytes(b"  \n")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Le président Macron a rencontré Poutine.\n".encode("latin-1"))
    records = "".join(json.dumps({"id": f"gz{i}", "text": f"The weather was mild on day {i}." if i else GOOD}) + "\n"
                      for i in range(40))
    data = gzip.compress(records.encode())
    (folder / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    line = " ".join(["the committee met again on the question of the border region,"] * 60
                    + ["Russia accused NATO of provoking the crisis"])  # some 800 words, no sentence end
    (folder / "longline.txt").write_text(line, encoding="utf-8")
    texts["longline"] = line
    huge = GOOD + " " * 1_200_000 + "\n\n" + HUGE_END
    (folder / "huge.txt").write_text(huge, encoding="utf-8")
    texts["huge"] = huge
    with open(folder / "dup.jsonl", "w", encoding="utf-8") as f:
        for record in ({"id": "x", "text": "Ukraine condemned the attack by Russia."},
                       {"id": "x", "text": "China praised Russia."},  # the same id, other text
                       {"id": "y", "text": "Ukraine condemned the attack by Russia."}):  # the same text, other id
            f.write(json.dumps(record) + "\n")
    texts["x"] = "Ukraine condemned the attack by Russia."
    (folder / "a" / "news.txt").write_text("Japan criticised China.\n", encoding="utf-8")
    (folder / "b" / "news.txt").write_text("Turkey praised Ukraine.\n", encoding="utf-8")
    texts["a/news"], texts["b/news"] = "Japan criticised China.\n", "Turkey praised Ukraine.\n"
    with open(folder / "invisible.jsonl", "w", encoding="utf-8") as f:
        for doc_id, text in INVISIBLE.items():
            f.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    texts.update(INVISIBLE)
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "nav.html").write_text("<html><head><title>App</title></head><body><script>x()</script></body></html>")
    return root, folder, texts


SKIPPED = {  # file -> words of its one skipped: line
    "empty.txt": "empty file",
    "junk.txt": "binary file",
    "latin1.txt": "not UTF-8",
    "cut.jsonl.gz": "truncated gzip after line",
    "dup.jsonl:2": "already used by",
    "dup.jsonl:3": "same text as document 'x'",
    "nav.html": "no article text",
}


@pytest.fixture(scope="module")
def built(corpus):
    root, folder, texts = corpus
    out = root / "out"
    result = run("build", folder, "-o", out, "--no-diagram", "--no-explorer")
    return result, out


def test_hostile_batch_build_skips_each_problem_in_one_line(built):
    result, out = built
    assert_clean(result, ExitCode.SKIPPED)
    lines = stderr_lines(result)
    skipped = [line for line in lines if line.startswith("skipped: ")]
    assert len(skipped) == len(SKIPPED), lines
    for where, words in SKIPPED.items():
        assert sum(where in line and words in line for line in skipped) == 1, (where, skipped)
    others = [line for line in lines if not line.startswith("skipped: ")]
    assert len(others) == 2 and "document(s)" in others[0], others
    assert others[1].startswith(f"{len(SKIPPED)} input problem(s) skipped")
    assert sorted(os.listdir(out)) == ["graph.trig", "graph.ttl", "statements.jsonl"]  # no stray file


def test_hostile_statements_keep_offsets_into_the_original_text(corpus, built):
    _, _, texts = corpus
    _, out = built
    found = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    by_doc: dict[str, list[dict]] = {}
    for st in found:
        by_doc.setdefault(st["document"], []).append(st)
    for doc_id, text in texts.items():
        assert by_doc.get(doc_id), f"no statement from {doc_id}"
        for st in by_doc[doc_id]:
            for span in (st["sentence"], st["cue"]):
                assert text[span["start"]:span["end"]] == span["text"], (doc_id, span)
            assert st["speaker"]["text"] in st["sentence"]["text"]
    # the end of the 1.2M-character text was read, at its own offset
    assert any(st["cue"]["start"] > 1_200_000 for st in by_doc["huge"])
    # a line with no sentence end is read in bounded sentences
    assert max(st["sentence"]["end"] - st["sentence"]["start"] for st in by_doc["longline"]) < 2_000
    # invisible characters and decomposed accents no longer hide the speaker
    assert by_doc["nfd"][0]["speaker"]["label"] == "Recep Tayyip Erdoğan"
    assert {st["speaker"]["label"] for doc in INVISIBLE for st in by_doc[doc] if doc != "nfd"} == {"Russia"}
    # U+0085 breaks the sentence: the statement's sentence does not reach back into "The talks ended"
    assert by_doc["nel"][0]["sentence"]["text"].startswith("Russia")


def test_hostile_built_graph_validates_and_reads(built):
    _, out = built
    assert_clean(run("validate", out / "graph.ttl"), 0)
    result = run("query", out / "graph.ttl", "who-did-what-to-whom", "--format", "csv")
    assert_clean(result, 0)
    assert "Warning" not in result.stderr


def test_hostile_html_page_is_its_main_text(built):
    _, out = built
    from stancegraph.rdf.io import load_graph

    graph = load_graph(out / "graph.trig")
    urls = {str(o) for o in graph.objects(None, None) if str(o) == "https://example.org/news/1"}
    assert urls, "the page's URL is kept with its document"
    found = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    page = [st for st in found if st["document"] == "page"]
    assert page and all("Copyright" not in st["sentence"]["text"] and "Home" not in st["sentence"]["text"]
                        for st in page)


def test_hostile_no_keep_going_stops_at_the_first_problem(corpus, tmp_path):
    _, folder, _ = corpus
    output = tmp_path / "statements.jsonl"
    result = run("extract", folder / "empty.txt", folder / "a", "--no-keep-going", "-o", output)
    assert_clean(result, ExitCode.ERROR)
    assert stderr_lines(result) == [f"Error: {folder / 'empty.txt'}: empty file (no text); remove it or give it text"]
    assert not output.exists() and os.listdir(tmp_path) == []


def test_hostile_truncated_gzip_alone_exits_non_zero_with_the_count(corpus, tmp_path):
    _, folder, _ = corpus
    result = run("extract", folder / "cut.jsonl.gz", "-o", tmp_path / "s.jsonl")
    assert_clean(result, ExitCode.SKIPPED)
    lines = stderr_lines(result)
    assert len(lines) == 2 and "truncated gzip after line" in lines[0] and "skipped" in lines[1]
    assert 0 < len((tmp_path / "s.jsonl").read_text().splitlines())
    assert sorted(os.listdir(tmp_path)) == ["s.jsonl"]


@pytest.fixture(scope="module")
def rdf_inputs(built, tmp_path_factory):
    _, out = built
    folder = tmp_path_factory.mktemp("rdf")
    (folder / "foaf.ttl").write_text('@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n'
                                     '<http://ex.org/a> a foaf:Person ; foaf:name "Alice" .\n', encoding="utf-8")
    (folder / "empty.ttl").write_text("", encoding="utf-8")
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    literal = text.replace("sg:speaker actor:RUS", 'sg:speaker "Russia"', 1)
    assert literal != text
    (folder / "literal.ttl").write_text(literal, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name, missing", [("foaf.ttl", "no sg:Statement"), ("empty.ttl", "empty graph")])
@pytest.mark.parametrize("command", ["validate", "query", "draw", "export"])
def test_hostile_foreign_or_empty_rdf_warns_naming_what_is_missing(rdf_inputs, tmp_path, name, missing, command):
    path = rdf_inputs / name
    args = {"validate": [path], "query": [path, "who-did-what-to-whom"], "draw": [path, "-o", tmp_path / "d.png"],
            "export": [path, "--format", "csv", "-o", tmp_path / "csv"]}[command]
    result = run(command, *args)
    assert_clean(result, 0)
    warnings = [line for line in stderr_lines(result) if line.startswith("Warning: ")]
    assert len(warnings) == 1 and name in warnings[0] and missing in warnings[0], result.stderr


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_hostile_literal_speaker_is_one_error_line(rdf_inputs, tmp_path, fmt):
    target = tmp_path / f"actors.{fmt}"
    result = run("export", rdf_inputs / "literal.ttl", "--format", fmt, "-o", target)
    assert_clean(result, ExitCode.ERROR)
    lines = stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "sg:speaker is the literal 'Russia'" in lines[0]
    assert os.listdir(tmp_path) == []
