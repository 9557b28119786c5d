"""The packaged query library on a hand-made two-document graph: exact rows, parameters, safety, CLI."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span, Statement, Status
from stancegraph.rdf.io import rdflib_term
from stancegraph.rdf.query import parameter_term, run_query
from stancegraph.rdf.mint import statement_iri, to_rdf
from stancegraph.kb.resources import ontology_text, query_names, query_summary, query_text

A = "https://w3id.org/stancegraph/actor/"

RUS = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS", wikidata="Q159")
USA = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA", wikidata="Q30")
UKR = Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR", wikidata="Q212")
BLR = Actor(id="BLR", label="Belarus", kind=ActorKind.STATE, iso3="BLR", wikidata="Q184")
CHN = Actor(id="CHN", label="China", kind=ActorKind.STATE, iso3="CHN", wikidata="Q148")
NATO = Actor(id="NATO", label="NATO", kind=ActorKind.IGO, wikidata="Q7184")
EU = Actor(id="EU", label="European Union", kind=ActorKind.IGO, wikidata="Q458")
PUTIN = Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON, wikidata="Q7747")
AZOV = Actor(id="azov-group", label="Azov Group", kind=ActorKind.GROUP, registered=False)

TEXT_A = (
    "Russia demanded security guarantees from the United States. "
    "Putin warned NATO that Moscow would respond if NATO deployed missiles. "
    "Putin threatened to act if the West ignored the demands. "
    "The United States did not reject security guarantees for Russia. "
    "China supported Russia on security guarantees."
)
TEXT_B = (
    "Russia demanded security guarantees from the United States. "
    "Belarus demanded security guarantees. "
    "The Azov Group criticised Ukraine. "
    "Ukraine appealed to the European Union for help."
)


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(text=part, start=start, end=start + len(part))


def _st(doc: str, text: str, sentence: str, cue: str, speaker, type_: str, targets=(), **kw) -> Statement:
    sent = _span(text, sentence)
    speaker_ref = speaker if isinstance(speaker, ActorRef) else ActorRef(actor=speaker)
    issue = kw.pop("issue", None)
    condition = kw.pop("condition", None)
    return Statement(
        document=doc, sentence=sent, cue=_span(text, cue, sent.start), speaker=speaker_ref,
        targets=tuple(t if isinstance(t, ActorRef) else ActorRef(actor=t) for t in targets), type=type_,
        issue=_span(text, issue, sent.start) if issue else None, issue_concept=issue,
        condition=_span(text, condition, sent.start) if condition else None, rule="test", confidence=0.5, **kw,
    )


def sample_documents() -> tuple[list[Document], list[Statement]]:
    """Two documents, nine mentions of eight statements: one reported twice, two without a target,
    speakers with and without sg:onBehalfOf, a negated and two hypothetical ones, a minted actor."""
    a = Document(id="doc-a", text=TEXT_A, title="Document A", date=dt.date(2022, 1, 10), source="Test")
    b = Document(id="doc-b", text=TEXT_B, title="Document B", date=dt.date(2022, 1, 11), source="Test")
    putin = ActorRef(actor=PUTIN, state=RUS)
    day = dt.date(2022, 1, 10)
    statements = [
        _st("doc-a", TEXT_A, "Russia demanded security guarantees from the United States.", "demanded", RUS, "DEMAND",
            [USA], issue="security guarantees", date=day),
        _st("doc-a", TEXT_A, "Putin warned NATO that Moscow would respond if NATO deployed missiles.", "warned", putin,
            "THREATEN", [NATO], condition="if NATO deployed missiles", modality="will", status=Status.HYPOTHETICAL,
            date=day),
        _st("doc-a", TEXT_A, "Putin threatened to act if the West ignored the demands.", "threatened", putin,
            "THREATEN", [], condition="if the West ignored the demands", status=Status.HYPOTHETICAL),
        _st("doc-a", TEXT_A, "The United States did not reject security guarantees for Russia.", "reject", USA,
            "REJECT", [RUS], issue="security guarantees", negated=True, date=day),
        _st("doc-a", TEXT_A, "China supported Russia on security guarantees.", "supported", CHN, "SUPPORT", [RUS],
            issue="security guarantees", date=day),
        _st("doc-b", TEXT_B, "Russia demanded security guarantees from the United States.", "demanded", RUS, "DEMAND",
            [USA], issue="security guarantees", date=day),
        _st("doc-b", TEXT_B, "Belarus demanded security guarantees.", "demanded", BLR, "DEMAND", [],
            issue="security guarantees", date=dt.date(2022, 1, 11)),
        _st("doc-b", TEXT_B, "The Azov Group criticised Ukraine.", "criticised", AZOV, "DISAPPROVE", [UKR]),
        _st("doc-b", TEXT_B, "Ukraine appealed to the European Union for help.", "appealed", UKR, "APPEAL", [EU],
            issue="help"),
    ]
    return [a, b], statements


def sample_dataset() -> Dataset:
    documents, statements = sample_documents()
    return to_rdf(documents, statements)


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return sample_dataset()


def test_sample_has_two_documents_and_eight_statements(sample):
    _, statements = sample_documents()
    assert len({statement_iri(s) for s in statements}) == 8
    assert len([g for g in sample.graphs() if len(g)]) == 2


# ---------------------------------------------------------------- exact rows of every query

# name -> (parameters, number of rows). Counted by hand from sample_documents():
EXPECTED_ROWS = [
    # one row per statement and target; targetless THREATEN and Belarus DEMAND give one row each
    ("who-did-what-to-whom", {}, 8),
    ("who-did-what-to-whom", {"speaker": "Russia"}, 1),
    ("who-did-what-to-whom", {"eventType": "THREATEN"}, 2),
    # Russia: its DEMAND (speaker) + Putin's two THREATENs (on behalf)
    ("statements-of-actor", {"actor": "Russia"}, 3),
    ("statements-of-actor", {"actor": "Q7747"}, 2),  # Putin by Wikidata id
    ("statements-of-actor", {}, 10),  # 8 statements as speaker + 2 of Putin's on behalf of Russia
    ("statements-about-target", {"target": "RUS"}, 2),  # the negated REJECT and China's SUPPORT
    ("statements-about-target", {}, 6),
    # non-negated, with a target: RUS>USA DEMAND, PUTIN>NATO THREATEN, CHN>RUS SUPPORT, AZOV>UKR, UKR>EU
    ("actor-pairs-by-type", {}, 5),
    # conflictual, rolled up: {RUS,USA} DEMAND, {NATO,RUS} THREATEN, {UKR,azov} DISAPPROVE
    ("conflict-pairs", {}, 3),
    # only Russia and Belarus share a side (conflictual) on "security guarantees": both orders
    ("congruence", {}, 2),
    ("congruence", {"actor": "Belarus"}, 1),
    # "security guarantees": Russia and Belarus conflictual, China cooperative; "help" has no conflict
    ("issues-most-disputed", {}, 1),
    ("conditional-threats", {}, 2),  # the targetless one included, no cross product with labels
    ("conditional-threats", {"speaker": "Putin"}, 2),
    ("conditional-threats", {"speaker": "USA"}, 0),
    ("negated-and-hypothetical", {}, 3),
    ("provenance", {}, 9),
]


def test_every_packaged_query_has_an_expected_row_count():
    assert {name for name, _, _ in EXPECTED_ROWS} == set(query_names())


@pytest.mark.parametrize(("name", "params", "n"), EXPECTED_ROWS, ids=lambda v: str(v) if not isinstance(v, dict) else "")
def test_query_library_exact_row_counts(sample, name, params, n):
    variables, rows = run_query(sample, name, **params)  # with the actor registry: many labelled nodes
    assert len(rows) == n, rows
    assert len(set(rows)) == len(rows), "no duplicate rows"
    assert len(variables) == len(set(variables))


def test_conditional_threats_rows_with_and_without_target_and_on_behalf(sample):
    variables, rows = run_query(sample, "conditional-threats")
    got = [dict(zip(variables, r)) for r in rows]
    assert [(str(r["speakerLabel"]), str(r["onBehalfOfLabel"]), r["targetLabel"] and str(r["targetLabel"]),
             str(r["condition"])) for r in got] == [
        ("Vladimir Putin", "Russia", "NATO", "if NATO deployed missiles"),  # dated first
        ("Vladimir Putin", "Russia", None, "if the West ignored the demands"),
    ]


def test_mention_count_and_disputed_issue_figures(sample):
    variables, rows = run_query(sample, "who-did-what-to-whom", speaker="RUS")
    assert dict(zip(variables, rows[0]))["mentionCount"].toPython() == 2
    variables, rows = run_query(sample, "issues-most-disputed")
    row = {k: v.toPython() if v is not None else None for k, v in zip(variables, rows[0])}
    assert (row["issueLabel"], row["contested"], row["actors"], row["cooperativeActors"], row["conflictualActors"],
            row["statements"], row["conflictualStatements"]) == ("security guarantees", 1, 3, 1, 2, 3, 2)
    variables, rows = run_query(sample, "congruence", actor="BLR")
    row = dict(zip(variables, rows[0]))
    assert (str(row["partnerLabel"]), str(row["side"]), row["actorStatements"].toPython()) == ("Russia", "conflictual", 1)


# same rows from rdflib's engine (initBindings) and Oxigraph (substitutions)
RDFLIB_PARAMS = [(n, p) for n, p, _ in EXPECTED_ROWS]


@pytest.mark.parametrize(("name", "params"), RDFLIB_PARAMS, ids=lambda v: str(v) if not isinstance(v, dict) else "")
def test_query_library_same_rows_in_rdflib(sample, name, params):
    variables, rows = run_query(sample, name, registry=False, **params)
    full = Graph()
    for s, p, o, _ in sample.quads((None, None, None, None)):
        full.add((s, p, o))
    full.parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    full.parse(data=ontology_text("codebook.ttl"), format="turtle")
    bindings = {k: rdflib_term(parameter_term(k, v)) for k, v in params.items()}
    result = full.query(query_text(name), initBindings=bindings)
    plain = lambda rs: [tuple(None if v is None else v.toPython() for v in r) for r in rs]  # noqa: E731
    assert [str(v) for v in result.vars] == variables
    assert plain(rows) == plain(list(result))


# ---------------------------------------------------------------- parameters and safety

INJECTIONS = ['} ; DROP ALL ; {', 'x" } ; DROP ALL ; { "', "x' } DROP ALL { '", 'a\\" . } INSERT DATA { <a:b> <a:b> <a:b> } #',
              '\\u0022 } ; DROP ALL ; {', '"""', "\n} CLEAR ALL {\n"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_query_injection_in_a_parameter_returns_no_rows_and_harms_nothing(sample, value):
    before = _quads(sample)
    sparql = "SELECT ?m ?speakerText WHERE { ?m sg:speakerText ?speakerText }"
    assert run_query(sample, sparql, speakerText=value)[1] == []
    assert run_query(sample, "provenance", statement=value)[1] == []  # a literal, never a statement IRI
    with pytest.raises(InputError):  # not an actor name: refused before any query runs
        run_query(sample, "statements-of-actor", actor=value)
    assert _quads(sample) == before
    assert len(run_query(sample, "who-did-what-to-whom")[1]) == 8


def _quads(dataset) -> set:
    return {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in dataset.quads((None, None, None, None))}


def test_query_actor_parameter_forms(sample):
    rows = {name: run_query(sample, "statements-of-actor", actor=name)[1]
            for name in ("Russia", "Russian Federation", "RUS", "Q159", "actor:RUS", A + "RUS", URIRef(A + "RUS"))}
    assert all(r == rows["Russia"] for r in rows.values()) and len(rows["Russia"]) == 3


def test_query_syntax_error_on_the_command_line_names_line_and_column(tmp_path):
    path = tmp_path / "g.trig"
    sample_dataset().serialize(path, format="trig")
    result = CliRunner().invoke(cli, ["query", str(path), "--sparql", "SELECT ?s\nWHERE { ?s ?p }"])
    assert result.exit_code == 1
    assert "Error: SPARQL syntax error" in result.output and "line 2, column" in result.output


# ---------------------------------------------------------------- CLI


def test_query_list_prints_every_query_with_what_it_answers():
    for args in (["query", "--list"], ["queries"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert [line.split()[0] for line in lines] == query_names()
        for line, name in zip(lines, query_names()):
            assert line.split(None, 1)[1] == query_summary(name) and len(query_summary(name)) > 20


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_query_cli_formats_and_params(tmp_path, fmt):
    path = tmp_path / "g.trig"
    sample_dataset().serialize(path, format="trig")
    result = CliRunner().invoke(cli, ["query", str(path), "statements-of-actor", "-p", "actor=Russia", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert len(json.loads(result.stdout)) == 3
    elif fmt in ("csv", "tsv"):
        assert len(result.stdout.strip().splitlines()) == 4


def test_query_rq_file_and_unknown_parameter(tmp_path):
    path = tmp_path / "g.trig"
    sample_dataset().serialize(path, format="trig")
    rq = tmp_path / "count.rq"
    rq.write_text("# how many statements\nSELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }\n")
    result = CliRunner().invoke(cli, ["query", str(path), str(rq), "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n", "8"]
    result = CliRunner().invoke(cli, ["query", str(path), "provenance", "-p", "nobody=1"])
    assert result.exit_code == 1 and "Error: query 'provenance' has no variable ?nobody" in result.output
    result = CliRunner().invoke(cli, ["query", "provenance", str(path)])  # the two arguments swapped
    assert result.exit_code == 2 and f"GRAPH comes first, then the query: stancegraph query {path} provenance" in result.output


# ---------------------------------------------------------------- the parsed guard, limits, terminal safety (issue 14)

import http.server  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from stancegraph.rdf.sparql import RowLimit, check_query, evaluate  # noqa: E402
from stancegraph.rdf.store import RemoteStore, open_store  # noqa: E402


class _Counting(http.server.BaseHTTPRequestHandler):
    """Counts every request that reaches it (none must)."""

    count = 0

    def _answer(self):
        type(self).count += 1
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture()
def counting_server():
    """An HTTP server on 127.0.0.1 (port 0) in a thread; yields (url, handler class); stopped afterwards."""
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Counting)
    httpd.timeout = 1
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    _Counting.count = 0
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", _Counting
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _escaped_bypass(url: str) -> str:
    return "SELECT * WHERE { OPTIONAL { ?s actor:x\\# ?o } SERVICE <%s/x> { ?a ?b ?c } }" % url


def test_guard_escaped_name_service_bypass_reaches_nothing(counting_server, tmp_path):
    url, handler = counting_server
    path = tmp_path / "g.trig"
    sample_dataset().serialize(path, format="trig")
    queries = [_escaped_bypass(url), "SELECT * WHERE { ?s actor:x\\' ?o . SERVICE <%s/y> { ?a ?b ?c } }" % url,
               "SELECT * WHERE { ?s ?p ?o . SERVICE SILENT <%s/z> { ?a ?b ?c } }" % url]
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        remote = RemoteStore(url, env={}, check=False, retries=0)
        for sparql in queries:
            for target in (path, store, remote):
                with pytest.raises(InputError) as info:
                    run_query(target, sparql)
                assert "\n" not in str(info.value).split("\n    ")[0]
            result = CliRunner().invoke(cli, ["query", str(path), "--sparql", sparql])
            assert result.exit_code == 1 and result.output.startswith("Error: ") and "Traceback" not in result.output
            # refused, or (rdflib's parser rejects some escaped names next to SERVICE) a syntax error at SERVICE
            first = result.output.splitlines()[0]
            assert "which stancegraph refuses" in first or "syntax error" in first and "'SERVICE'" in first
    time.sleep(0.2)  # a request in flight would have arrived by now
    assert handler.count == 0
    with pytest.raises(InputError, match="SERVICE"):  # the plain form names the construct
        run_query(path, "SELECT * WHERE { SERVICE <%s/x> { ?a ?b ?c } }" % url)
    with pytest.raises(InputError, match="SERVICE"):
        RemoteStore(url, env={}, check=False, retries=0).query("SELECT * WHERE { SERVICE <%s/x> { ?a ?b ?c } }" % url, {})


def test_guard_embedded_store_and_file_make_no_request(counting_server, tmp_path):
    url, handler = counting_server
    path = tmp_path / "g.trig"
    sample_dataset().serialize(path, format="trig")
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        for target in (path, store, RemoteStore(url, env={}, check=False, retries=0)):
            with pytest.raises(InputError):
                run_query(target, _escaped_bypass(url))
        with pytest.raises(InputError, match="SERVICE"):  # the store's own query checks too
            store.query("SELECT * WHERE { SERVICE <%s/x> { ?a ?b ?c } }" % url, {})
    time.sleep(0.2)
    assert handler.count == 0


NESTED_SERVICE = [
    "SELECT * WHERE { OPTIONAL { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
    "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }",
    "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
    "SELECT * WHERE { GRAPH ?g { OPTIONAL { { SELECT * { SERVICE ?endpoint { ?s ?p ?o } } } } } }",
    "ASK { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "# SERVICE in a comment is fine, this one is not\nSELECT * WHERE { \"SERVICE\" ?p ?o . SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
]


@pytest.mark.parametrize("sparql", NESTED_SERVICE)
def test_guard_nested_service_refused(sample, sparql):
    with pytest.raises(InputError, match=r"uses SERVICE \(a remote endpoint\), which stancegraph refuses: remove"):
        run_query(sample, sparql)


@pytest.mark.parametrize("sparql", [
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT * FROM sg:x WHERE { ?s ?p ?o }",
    "ASK FROM <http://127.0.0.1:9/x> { ?s ?p ?o }",
])
def test_guard_dataset_clauses_refused(sample, sparql):
    with pytest.raises(InputError, match=r"uses FROM / FROM NAMED .* which stancegraph refuses"):
        run_query(sample, sparql)


@pytest.mark.parametrize("sparql", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }", "LOAD <file:///etc/passwd>",
    "CLEAR ALL", "DROP ALL", "CREATE GRAPH <urn:g>", "COPY DEFAULT TO <urn:g>", "MOVE <urn:a> TO <urn:b>",
    "ADD <urn:a> TO <urn:b>", "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "PREFIX x: <urn:x:> INSERT DATA { x:a x:b x:c } ; DROP ALL",
])
def test_guard_updates_refused(sample, sparql):
    before = _quads(sample)
    with pytest.raises(InputError, match=r"is a SPARQL Update \(.*\), which stancegraph refuses"):
        run_query(sample, sparql)
    assert _quads(sample) == before


@pytest.mark.parametrize("name", query_names())
def test_guard_packaged_queries_pass_the_check(name):
    check_query(query_text(name), repr(name))


def test_guard_syntax_error_has_line_and_column_and_no_evaluation():
    with pytest.raises(InputError, match=r"SPARQL syntax error in query q at line 2, column 9"):
        check_query("SELECT ?s\nWHERE { ?s ?p }", "q")


def test_row_limit_cuts_and_says_so(sample, tmp_path):
    _, rows = run_query(sample, "SELECT * WHERE { ?s ?p ?o }", max_rows=5)
    assert isinstance(rows, RowLimit) and rows.limit == 5 and len(rows) == 5
    _, rows = run_query(sample, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", max_rows=7)
    assert isinstance(rows, RowLimit) and len(rows) == 7
    _, rows = run_query(sample, "who-did-what-to-whom", max_rows=8)  # exactly the limit: not cut
    assert len(rows) == 8 and not isinstance(rows, RowLimit)
    path = tmp_path / "g.trig"
    sample_dataset().serialize(path, format="trig")
    result = CliRunner().invoke(cli, ["query", str(path), "--sparql", "SELECT ?s WHERE { ?s ?p ?o }",
                                      "--format", "csv", "--max-rows", "3"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 4
    assert "more than 3 rows; printed the first 3" in result.stderr and "--max-rows" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_time_limit_stops_waiting(sample):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"stopped after .* \(time limit 0.5 s\)"):
        run_query(sample, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", max_rows=None, timeout=0.5)
    assert time.monotonic() - started < 10


def test_evaluation_error_is_one_line():
    class Failing:
        def query(self, *args, **kwargs):
            raise OSError("The port 9 is not allowed\nsecond line")

    with pytest.raises(InputError) as info:
        evaluate(Failing(), "SELECT * {}", {}, "q")
    assert str(info.value) == "query q failed: OSError: The port 9 is not allowed second line"


def test_table_output_escapes_control_characters(tmp_path):
    graph = Graph()
    graph.add((URIRef("urn:x:s"), URIRef("urn:x:p"), rdflib_term(parameter_term("t", "red \x1b[31mALERT\x1b[0m \x9b2J"))))
    path = tmp_path / "g.ttl"
    graph.serialize(path, format="turtle")
    result = CliRunner().invoke(cli, ["query", str(path), "--sparql", "SELECT ?o WHERE { <urn:x:s> <urn:x:p> ?o }"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert "red \\x1b[31mALERT\\x1b[0m \\x9b2J" in result.stdout


@pytest.mark.parametrize("sparql", [
    # rdflib expands \u0022 before parsing (the string ends, '#' hides the rest); Oxigraph keeps it in the string
    'SELECT * WHERE { ?s ?p "a\\u0022 } #" . SERVICE <%s/u> { ?a ?b ?c } }',
    # rdflib's comment runs to LF; Oxigraph's ends at a lone CR
    "SELECT * WHERE { ?s ?p ?o # c\r SERVICE <%s/r> { ?a ?b ?c } \n}",
])
def test_guard_text_the_parsers_read_differently_is_refused(counting_server, tmp_path, sparql):
    url, handler = counting_server
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        with pytest.raises(InputError, match="parsers read it differently"):
            run_query(store, sparql % url)
    with pytest.raises(InputError, match="parsers read it differently"):
        run_query(sample_dataset(), sparql % url)
    time.sleep(0.2)
    assert handler.count == 0
    check_query("SELECT * WHERE { ?s ?p ?o # CRLF line ends are fine\r\n}", "q")


def test_row_limit_keeps_whole_triples_when_oxigraph_writes_again():
    # Oxigraph writes its buffer once more after the sink refuses a write: the text kept must stay a prefix
    # of the result, or a cut line runs into a later one ('"0"^^<<http://...')
    import pyoxigraph as ox

    from stancegraph.rdf.sparql import evaluate

    decimal = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    for n, width, limit in ((500, 20, 50), (500, 1, 200), (3000, 5, 200)):
        store = ox.Store()
        for i in range(n):
            store.add(ox.Quad(ox.NamedNode(f"http://example.org/mention/{i:016x}"), ox.NamedNode("http://example.org/p"),
                              ox.Literal(str(i % 10) * width, datatype=decimal), ox.DefaultGraph()))
        _, rows = evaluate(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {}, "test", max_rows=limit)
        assert len(rows) == limit
        assert all(str(s).startswith("http://example.org/mention/") and len(str(s)) == 43
                   and str(p) == "http://example.org/p" and set(str(o)) <= set("0123456789") for s, p, o in rows)
