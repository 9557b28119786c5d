"""Bad inputs on the command line: exit 1 and one ``Error: ...`` line naming the input and the fix,
or, for a bad document in a batch, one ``skipped: ...`` line while the rest is built."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import ExitCode

GOOD = "Russia demanded that NATO halt its expansion.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def assert_one_error(result, *parts):
    """Exit 1, nothing on stdout, exactly one stderr line ``Error: ...`` containing every part, no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: "), lines[0]
    for part in parts:
        assert str(part) in lines[0], (part, lines[0])
    assert result.stdout == ""
    return lines[0]


def skipped_lines(result):
    return [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("skipped: ")]


# --- bad inputs, for build and extract ---------------------------------------------------------

def _missing(tmp_path):
    return tmp_path / "no-such-article.txt"


def _empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    return path


def _binary(tmp_path):
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


def _latin1(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le président Macron a rencontré Poutine.\n".encode("latin-1"))
    return path


def _utf16(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    return path


BAD_INPUTS = {
    # name: (make the file, words the message must contain besides the path)
    "missing": (_missing, ["no such file", "check the path"]),
    "empty": (_empty, ["empty file", "give it text"]),
    "binary": (_binary, ["binary file", "UTF-8"]),
    "not-utf8": (_latin1, ["not UTF-8", "byte 0xe9", "iconv -f latin1 -t utf-8"]),
    "utf16": (_utf16, ["UTF-16", "iconv -f utf-16"]),
}


@pytest.mark.parametrize("command", ["build", "extract"])
@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_errors_bad_input_is_one_line(tmp_path, nlp, command, case):
    make, words = BAD_INPUTS[case]
    path = make(tmp_path)
    args = [command, path] + (["-o", tmp_path / "out"] if command == "build" else [])
    assert_one_error(run(*args), path, *words)
    if command == "build":
        assert not (tmp_path / "out" / "graph.ttl").exists()


def _mixed_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        json.dumps({"id": "good-1", "text": GOOD}).encode() + b"\n"
        + b'{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "good-2", "text": "Ukraine rejected the proposal."}).encode() + b"\n"
        + b'{"id": "latin", "text": "caf\xe9"}\n'
    )
    return path


def test_errors_malformed_jsonl_lines_are_skipped_and_the_rest_built(tmp_path, nlp):
    path = _mixed_jsonl(tmp_path)
    # (--min-confidence 0: "Ukraine rejected the proposal." names no target, below the default)
    result = run("build", path, "-o", tmp_path / "out", "--no-diagram", "--min-confidence", "0")
    assert result.exit_code == ExitCode.SKIPPED, result.output  # built, but input was lost
    assert result.stderr.splitlines()[-1].startswith("2 input problem(s) skipped")
    skipped = skipped_lines(result)
    assert len(skipped) == 2, result.stderr
    assert skipped[0].startswith(f"skipped: {path}:2: malformed JSON") and "fix or remove the line" in skipped[0]
    assert skipped[1].startswith(f"skipped: {path}:4: not UTF-8") and "iconv" in skipped[1]
    assert "Error" not in result.stderr
    docs = {json.loads(line)["document"] for line in (tmp_path / "out" / "statements.jsonl").read_text().splitlines()}
    assert docs == {"good-1", "good-2"}
    assert "2 document(s)" in result.stderr


def test_errors_extract_skips_bad_jsonl_lines(tmp_path, nlp):
    path = _mixed_jsonl(tmp_path)
    result = run("extract", path, "--min-confidence", "0")
    assert result.exit_code == ExitCode.SKIPPED, result.output
    assert len(skipped_lines(result)) == 2
    assert {json.loads(line)["document"] for line in result.stdout.splitlines()} == {"good-1", "good-2"}


def test_errors_bad_file_in_a_folder_is_skipped(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text("Ukraine rejected the proposal.\n", encoding="utf-8")
    result = run("build", folder, "-o", tmp_path / "out", "--no-diagram")
    assert result.exit_code == ExitCode.SKIPPED, result.output
    assert skipped_lines(result) == [f"skipped: {folder / 'b.txt'}: empty file (no text); remove it or give it text"]
    assert "2 document(s)" in result.stderr


def test_errors_batch_with_no_readable_document(tmp_path, nlp):
    path = tmp_path / "all-bad.jsonl"
    path.write_text('{"id": 1}\n[1, 2]\n', encoding="utf-8")
    result = run("build", path, "-o", tmp_path / "out")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["skipped", "skipped", "Error"]
    assert 'no "text" key' in lines[0] and "expected a JSON object" in lines[1]
    assert lines[2] == f"Error: no document could be read from {path}; fix or remove the inputs named in the skipped: lines above"


def test_errors_missing_among_good_inputs_fails_before_reading(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "gone.txt"
    assert_one_error(run("build", good, missing, "-o", tmp_path / "out"), missing, "check the path")
    assert not (tmp_path / "out" / "graph.ttl").exists()


# --- model, output folder ---------------------------------------------------------------------

@pytest.mark.parametrize("command", ["build", "extract"])
def test_errors_unknown_model(tmp_path, command):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    args = [command, src, "--model", "no_such_model"] + (["-o", tmp_path / "out"] if command == "build" else [])
    assert_one_error(run(*args), "'no_such_model'", "pip install", "--model")


def test_errors_output_folder_under_a_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "somefile"
    blocker.write_text("not a folder", encoding="utf-8")
    # a regular file in the path stops writes even for root (chmod does not)
    assert_one_error(run("build", src, "-o", blocker / "out"), blocker / "out", "choose another folder (-o)")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_errors_output_folder_is_a_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_text("a file", encoding="utf-8")
    result = run("build", src, "-o", blocker)
    assert result.exit_code == 2  # click's own check of the option (a usage error)
    assert result.stderr.strip().splitlines()[-1] == f"Error: Invalid value for '-o' / '--output': Directory '{blocker}' is a file."
    assert blocker.read_text(encoding="utf-8") == "a file"


def test_errors_output_under_proc(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    assert_one_error(run("build", src, "-o", "/proc/stancegraph-test/out"), "/proc/stancegraph-test/out", "(-o)")


def test_errors_extract_output_under_a_file(tmp_path, nlp):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "somefile"
    blocker.write_text("x", encoding="utf-8")
    assert_one_error(run("extract", src, "-o", blocker / "st.jsonl"), blocker / "st.jsonl", "write elsewhere")


# --- query, draw, validate, evaluate ------------------------------------------------------------

@pytest.fixture(scope="module")
def small_graph(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("small") / "out"
    src = out.parent / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    result = run("build", src, "-o", out, "--no-diagram")
    assert result.exit_code == 0, result.output
    return out / "graph.ttl"


@pytest.mark.parametrize("command", [["query", "{graph}", "who-did-what-to-whom"], ["draw", "{graph}"],
                                     ["validate", "{graph}"]])
def test_errors_missing_graph(tmp_path, command):
    graph = tmp_path / "out" / "graph.ttl"
    args = [a.format(graph=graph) for a in command]
    assert_one_error(run(*args), graph, "no such file", "stancegraph build")


@pytest.mark.parametrize("command", ["query", "draw", "validate"])
def test_errors_unparsable_graph(tmp_path, command):
    graph = tmp_path / "graph.ttl"
    graph.write_text("this is not turtle {\n", encoding="utf-8")
    args = [command, graph] + (["who-did-what-to-whom"] if command == "query" else [])
    assert_one_error(run(*args), graph, "line 1")


def test_errors_unknown_query_name(small_graph):
    line = assert_one_error(run("query", small_graph, "who-did-what"), "'who-did-what'", "packaged queries")
    assert "who-did-what-to-whom" in line


def test_errors_missing_query_file(small_graph, tmp_path):
    rq = tmp_path / "mine.rq"
    assert_one_error(run("query", small_graph, rq), rq, "does not exist")


@pytest.mark.parametrize("param, words", [
    ("actor", ["'actor'", "NAME=VALUE", "--param actor=Russia"]),
    ("nosuchvar=Russia", ["?nosuchvar", "its variables"]),
])
def test_errors_bad_param(small_graph, param, words):
    assert_one_error(run("query", small_graph, "statements-of-actor", "--param", param), *words)


def test_errors_query_without_name_is_usage_error(small_graph):
    result = run("query", small_graph)
    assert result.exit_code == 2
    assert "who-did-what-to-whom" in result.stderr and "--sparql" in result.stderr


def test_errors_bad_sparql(small_graph):
    # the one exception to one line: the query text and a caret under the error position follow
    result = run("query", small_graph, "--sparql", "SELECT * WHERE {")
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.rstrip().splitlines()
    assert lines[0].startswith("Error: SPARQL syntax error") and "line 1, column 17" in lines[0]
    assert lines[1:] == ["    SELECT * WHERE {", " " * 20 + "^"]


def test_errors_draw_bad_suffix(small_graph, tmp_path):
    assert_one_error(run("draw", small_graph, "-o", tmp_path / "d.bmp"), "d.bmp", ".png")


@pytest.mark.parametrize("which", ["gold", "statements"])
def test_errors_evaluate_missing_file(small_graph, tmp_path, which):
    statements = small_graph.parent / "statements.jsonl"
    missing = tmp_path / "missing.jsonl"
    args = ["--gold", missing, statements] if which == "gold" else ["--gold", statements, missing]
    line = assert_one_error(run("evaluate", *args), missing, "no such file", "check the path")
    assert "graph.ttl" not in line  # not the hint for a missing graph


def test_errors_evaluate_bad_jsonl(small_graph, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x"}\nnot json\n', encoding="utf-8")
    assert_one_error(run("evaluate", "--gold", gold, small_graph.parent / "statements.jsonl"), f"{gold}:2", "not JSON")


def test_errors_unknown_actor():
    assert_one_error(run("actor", "Zzyzxland"), "'Zzyzxland'")


# --- a failed build keeps the previous outputs -------------------------------------------------

def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_errors_failed_build_keeps_previous_outputs(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", good, "-o", out).exit_code == 0
    before = _snapshot(out)
    assert set(before) == {"graph.ttl", "graph.trig", "statements.jsonl", "diagram.png", "explorer.html"}

    bad = _empty(tmp_path)
    assert_one_error(run("build", bad, "-o", out), bad)
    assert _snapshot(out) == before  # byte-identical, and no temporary files left


def test_errors_build_failing_while_writing_keeps_previous_outputs(tmp_path, nlp, monkeypatch):
    from stancegraph.run import build as build_module
    from stancegraph.errors import OutputError

    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", good, "-o", out, "--no-diagram").exit_code == 0
    before = _snapshot(out)

    real = build_module.serialize

    def failing(graph, format="TURTLE"):
        if format == "TRIG":
            raise OutputError("simulated failure while writing TriG")
        return real(graph, format)

    monkeypatch.setattr(build_module, "serialize", failing)  # write_build serialises with it
    other = tmp_path / "other.txt"
    other.write_text("Ukraine rejected the proposal.\n", encoding="utf-8")
    assert_one_error(run("build", other, "-o", out, "--no-diagram"), "simulated failure")
    assert _snapshot(out) == before  # graph.ttl was not replaced by the new build either


def test_errors_cli_shows_a_bug_as_a_traceback(tmp_path, monkeypatch):
    """Only our errors become one ``Error:`` line; anything else is a bug and keeps its traceback."""
    from stancegraph.run import build as build_module

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(build_module, "build_graph", broken)
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    result = run("build", src, "-o", tmp_path / "out")
    assert isinstance(result.exception, ValueError) and "Error: a bug" not in result.output


@pytest.mark.parametrize("option, message, shown", [
    ("workers", "workers 0 is not a whole number >= 1; use e.g. 2", "--workers 0 is not a whole number >= 1; use e.g. 2"),
    ("out_dir", "cannot create output folder x: Not a directory; choose another folder",
     "cannot create output folder x: Not a directory; choose another folder (-o)"),
    ("model", "no English spaCy pipeline is installed; pip install it, or choose another model",
     "no English spaCy pipeline is installed; pip install it, or choose another model (--model NAME|PATH)"),
    (None, "no such file: a.txt", "no such file: a.txt"),
])
def test_errors_cli_names_the_flag_of_the_option(option, message, shown):
    from stancegraph.cli.common import fail
    from stancegraph.errors import InputError

    assert fail(InputError(message, option=option)).message == shown


def test_errors_library_messages_name_no_flags():
    """Errors of the library speak of parameters; the CLI adds its flags (cli.common.fail)."""
    from stancegraph.run.distributed import check_scheduler
    from stancegraph.run.parallel import check_workers
    from stancegraph.read.ingest import load_documents
    from stancegraph.errors import InputError

    for call, option in ((lambda: check_workers(0), "workers"), (lambda: check_scheduler("nope"), "scheduler"),
                         (lambda: load_documents([], date="2022-13-01"), "date")):
        with pytest.raises(InputError) as info:
            call()
        assert info.value.option == option and "--" not in str(info.value)
        assert str(info.value).startswith(option + " ")


def test_errors_cli_names_the_flag_of_a_library_parameter(tmp_path):
    """The library says which parameter is wrong (StanceGraphError.option); only the CLI names its flag."""
    from stancegraph.analysis.plot import draw_view
    from stancegraph.errors import InputError
    from stancegraph.rdf.store import open_store

    with pytest.raises(InputError) as raised:
        open_store(tmp_path / "missing")
    assert raised.value.option == "store" and "--" not in str(raised.value)
    with pytest.raises(InputError) as raised:
        draw_view(object(), "ego")
    assert raised.value.option == "actor" and "--" not in str(raised.value)
    result = run("query", "--store", tmp_path / "missing", "who-did-what-to-whom")
    assert_one_error(result, "(--store PATH|URL)")
