"""Reading documents (stancegraph.read.ingest)."""
import datetime as dt
import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from stancegraph.errors import InputError
from stancegraph.read.ingest import InputWarning, find_publication_date, load_documents, raise_error

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"


def _load(paths, **kwargs):
    errors = []
    docs = list(load_documents(paths, on_error=errors.append, **kwargs))
    return docs, [str(e) for e in errors]


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_ingest_seed_article():
    (doc,), errors = _load([str(SEED)])
    assert errors == []
    assert doc.id == "cgtn-russia-us-ukraine-2022-01"
    assert doc.title == "Russia, U.S. lock horns over Ukraine with little room for compromise"
    assert doc.date is None  # only event dates in the text; none is a publication date
    assert doc.origin == str(SEED)
    assert doc.text == SEED.read_bytes().decode("utf-8")
    assert doc.masked == ((0, 8), (78, 91), (92, 241), (243, 392), (2545, 2621), (2623, 2699), (5784, 5880),
                          (5882, 5895))
    assert doc.text[1298:1377] == "Russia demanded that Washington guarantee that NATO stop its eastward expansion"


def test_ingest_txt_keeps_text_exactly(tmp_path):
    raw = "\ufeffDownload\r\nPutin calls Biden\r\nPutin called Biden on\u00a0December 30.\r\n".encode("utf-8")
    (tmp_path / "call.txt").write_bytes(raw)
    (doc,), _ = _load([str(tmp_path / "call.txt")])
    assert doc.text == raw.decode("utf-8")  # BOM, \r\n and no-break space kept
    assert doc.masked == ((0, 9),)  # the BOM and "Download"
    assert doc.title == "Putin calls Biden"
    assert doc.text[doc.text.index("Putin called"):].startswith("Putin called Biden")


def test_ingest_jsonl_metadata(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl",
                  {"id": "k1", "text": "Putin spoke.", "date": "2022-01-04", "title": "T", "source": "kremlin.ru",
                   "url": "http://x/1"},
                  {"id": 7, "text": "Biden spoke."},
                  {"text": "No id here."})
    docs, errors = _load([str(path)], date=dt.date(2022, 2, 1))
    assert errors == []
    assert [(d.id, d.title, d.date, d.source, d.url, d.origin) for d in docs] == [
        ("k1", "T", dt.date(2022, 1, 4), "kremlin.ru", "http://x/1", f"{path}:1"),
        ("7", None, dt.date(2022, 2, 1), None, None, f"{path}:2"),
        ("news-3", None, dt.date(2022, 2, 1), None, None, f"{path}:3"),
    ]


def test_ingest_jsonl_gz(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "text": "Share\nPutin warned Biden.", "date": "2022-01-04T10:00:00Z"}) + "\n")
    (doc,), errors = _load([str(path)])
    assert (doc.id, doc.date, doc.masked, errors) == ("g", dt.date(2022, 1, 4), ((0, 5),), [])


def test_ingest_date_priority(tmp_path):
    text = "Putin calls Biden\nJanuary 4, 2022\nPutin called Biden.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    # three texts: the same text twice would be one document read twice (stancegraph.read.identity)
    _jsonl(tmp_path / "b.jsonl", {"id": "b", "text": text + "b", "date": "2022-01-05"}, {"id": "c", "text": text + "c"})
    docs, _ = _load([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")])
    assert [d.date for d in docs] == [dt.date(2022, 1, 4), dt.date(2022, 1, 5), dt.date(2022, 1, 4)]
    docs, _ = _load([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")], date="2022-01-06")
    assert [d.date for d in docs] == [dt.date(2022, 1, 6), dt.date(2022, 1, 5), dt.date(2022, 1, 6)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Putin calls Biden\nJanuary 4, 2022\nPutin called Biden.", dt.date(2022, 1, 4)),
        ("Putin calls Biden\nUpdated 17:36, 04-Jan-2022\nPutin called Biden.", dt.date(2022, 1, 4)),
        ("Putin calls Biden\n04.01.2022, 14:00, Moscow\nPutin called Biden.", dt.date(2022, 1, 4)),
        ("Putin calls Biden\nPublished: Tuesday, 4 January 2022\nPutin called Biden.", dt.date(2022, 1, 4)),
        ("MOSCOW, January 4, 2022 (Reuters) - Putin called Biden.", dt.date(2022, 1, 4)),
        ("Putin calls Biden\n2022-01-04\nPutin called Biden.", dt.date(2022, 1, 4)),
        ("Putin calls Biden\n24/01/2022\nPutin called Biden.", dt.date(2022, 1, 24)),
        ("Putin calls Biden\n04/01/2022\nPutin called Biden.", None),  # ambiguous: April 1 or January 4
        ("MOSCOW, Jan 4 (Reuters) - Putin called Biden.", None),  # no year
        ("Putin calls Biden\nOn December 30, 2021, Putin called Biden.", None),  # an event date
        ("Putin calls Biden\nJanuary 4, 2022 is when Putin called Biden.", None),
        ("Talks\nPutin met Biden in Moscow, December 7, 2021. /VCG\nThey talked.", None),  # a caption
        ("Putin calls Biden\n31.02.2022\nPutin called Biden.", None),  # no such day
    ],
)
def test_ingest_find_publication_date(text, expected):
    assert find_publication_date(text) == expected


def test_ingest_folder_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Text z.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text a.", encoding="utf-8")
    _jsonl(tmp_path / "b" / "c.jsonl", {"id": "c1", "text": "Text c1."})
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    shutil.copy(SEED, tmp_path / "b" / "seed.txt")
    docs, errors = _load([str(tmp_path)])
    assert errors == []
    assert [d.id for d in docs] == ["a", "c1", "seed", "z"]


def test_ingest_empty_folder_is_reported(tmp_path):
    docs, errors = _load([str(tmp_path)])
    assert docs == [] and errors == [f"{tmp_path}: folder has no .txt, .html, .jsonl or .jsonl.gz files; "
                                     "check the folder or name the files"]


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_ingest_stdin_text(monkeypatch):
    _stdin(monkeypatch, b"Putin calls Biden\r\nPutin called Biden.\r\n")
    (doc,), errors = _load(["-"])
    assert (doc.id, doc.title, doc.origin, errors) == ("stdin", "Putin calls Biden", "<stdin>", [])
    assert doc.text == "Putin calls Biden\r\nPutin called Biden.\r\n"


def test_ingest_stdin_jsonl(monkeypatch):
    _stdin(monkeypatch, b'{"id": "a", "text": "Putin spoke."}\n\n{"id": "b", "text": "Biden spoke."}\n')
    docs, errors = _load(["-"])
    assert [(d.id, d.origin) for d in docs] == [("a", "<stdin>:1"), ("b", "<stdin>:3")] and errors == []


def test_ingest_stdin_as_plain_string(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Putin spoke to Biden."))
    (doc,), _ = _load(["-"])
    assert doc.text == "Putin spoke to Biden."


def test_ingest_stdin_text_with_a_json_line_is_text(monkeypatch):
    _stdin(monkeypatch, b'{"id": "a", "text": "x"}\nPutin spoke.\n')
    (doc,), _ = _load(["-"])
    assert doc.id == "stdin"


def test_ingest_missing_path_raises_at_once(tmp_path):
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as err:
        load_documents([str(SEED), missing])
    assert str(err.value) == (f"no such file or folder: {missing}; check the path (inputs are .txt, .html, .jsonl "
                              "or .jsonl.gz files, folders of them, or - for stdin)")


def test_ingest_bad_date_argument_raises():
    with pytest.raises(InputError, match=r"^date '2022-13-01' is not a date; use ISO YYYY-MM-DD"):
        load_documents([str(SEED)], date="2022-13-01")


def _bad_files(tmp_path):
    """(file name, content, expected message with {p} for the path)."""
    return [
        ("empty.txt", b"", "{p}: empty file (no text); remove it or give it text"),
        ("blank.txt", b" \n\r\n", "{p}: empty file (no text); remove it or give it text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "{p}: binary file (NUL byte at offset 8); "
                                                   "give a UTF-8 .txt or .jsonl file"),
        ("latin.txt", "Putin\nspoke in Moscou \u00e9t\u00e9.".encode("latin-1"),
         "{p}: not UTF-8 (byte 0xe9 at byte offset 22, line 2); convert it, e.g. iconv -f latin1 -t utf-8 {p} > "
         "latin.utf8.txt"),
        ("utf16.txt", "Putin spoke.".encode("utf-16"), "{p}: UTF-16 text; convert it: iconv -f utf-16 -t utf-8 {p} > "
                                                        "utf16.utf8.txt"),
        ("empty.jsonl", b"\n\n", "{p}: empty file (no JSON lines); remove it or give it one JSON object a line"),
        ("bad.jsonl.gz", b"not gzip", "{p}: not a valid gzip file (Not a gzipped file (b'no')); re-compress it with "
                                      "gzip, or rename it to .jsonl if it is not compressed"),
        ("bin.jsonl", b'{"id": 1}\x00', "{p}: binary file (NUL byte at offset 9); give a UTF-8 .jsonl file "
                                        "(one JSON object a line)"),
    ]


@pytest.mark.parametrize("case", range(8))
def test_ingest_bad_file_is_reported_and_skipped(tmp_path, case):
    name, content, message = _bad_files(tmp_path)[case]
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Putin spoke to Biden.", encoding="utf-8")
    docs, errors = _load([str(bad), str(good)])
    assert [d.id for d in docs] == ["good"]
    assert errors == [message.format(p=bad)]
    assert "\n" not in errors[0]


def test_ingest_bad_jsonl_lines_are_reported_and_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "Putin spoke."}\n'
        b'{"id": "broken", "text": "no end}\n'
        b'{"id": "notext", "body": "Putin spoke."}\n'
        b'{"id": "baddate", "text": "Putin spoke.", "date": "04/01/2022"}\n'
        b'["a", "list"]\n'
        b'{"id": "latin", "text": "Moscou \xe9t\xe9"}\n'
        b'{"id": "num", "text": 42}\n'
        b'{"id": "blank", "text": "  "}\n'
        b'{"id": "ok2", "text": "Biden spoke."}\n'
    )
    docs, errors = _load([str(path)])
    offset = path.read_bytes().index(b"\xe9")
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert errors == [
        f"{path}:2: malformed JSON (Unterminated string starting at, column 26); fix or remove the line",
        f'{path}:3: no "text" key (keys: body, id); each line needs {{"id": ..., "text": ...}}',
        f'{path}:4: bad date \'04/01/2022\' in "date"; use ISO YYYY-MM-DD (e.g. "2022-01-04")',
        f'{path}:5: expected a JSON object, got list; write one {{"id": ..., "text": ...}} object a line',
        f"{path}:6: not UTF-8 (byte 0xe9 at byte offset {offset}, line 6); convert it, e.g. iconv -f latin1 -t utf-8 "
        f"{path} > mixed.utf8.jsonl",
        f'{path}:7: "text" must be a string, not int; fix the line',
        f'{path}:8: empty "text"; remove the line or fill it',
    ]


def test_ingest_default_report_is_a_warning(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Putin spoke.", encoding="utf-8")
    with pytest.warns(InputWarning, match=r"empty\.txt: empty file"):
        docs = list(load_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["good"]


def test_ingest_raise_error_stops(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        list(load_documents([str(tmp_path)], on_error=raise_error))


def test_ingest_single_path_string():
    assert [d.id for d in load_documents(str(SEED))] == ["cgtn-russia-us-ukraine-2022-01"]


def test_ingest_a_raising_handler_is_called_once(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x"}\n{"id": "y", "text": "Putin spoke."}\n', encoding="utf-8")
    calls = []

    def stop(error):
        calls.append(str(error))
        raise error

    with pytest.raises(InputError, match='no "text" key'):
        list(load_documents([str(path)], on_error=stop))
    assert len(calls) == 1
