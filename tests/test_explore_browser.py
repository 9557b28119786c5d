"""The explorer in a real browser (headless Chromium from Debian, driven by Selenium; skipped without one):
no console errors, counts as the graph's, an edge's sentence on click, filters, corrections round-trip."""
from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from browser import browser_or_skip, start_browser, stop_browser
from stancegraph.analysis.actor_graph import actor_graph
from stancegraph.cli import cli
from stancegraph.explore import explorer_data

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    ds = Dataset(default_union=True)
    ds.parse(seed_build.out / "graph.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def page(seed_build, downloads):
    """The example's explorer.html (written by build) open in headless Chromium, ready."""
    browser_or_skip()
    from selenium.webdriver.support.ui import WebDriverWait

    driver = start_browser(downloads)
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        driver.get((seed_build.out / "explorer.html").resolve().as_uri())
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.body.dataset.ready") == "true")
        yield driver
    finally:
        stop_browser(driver)


def counts(driver) -> tuple[int, int, int]:
    return tuple(int(driver.find_element("id", f"count-{name}").text) for name in ("nodes", "edges", "statements"))


def test_explorer_loads_without_console_messages(page):
    # read first: get_log empties the buffer. Any warning or error (a CSP refusal, a failed script) fails.
    entries = [e for e in page.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert entries == []
    assert page.execute_script("return window.stancegraphExplorer.ready") is True


def test_explorer_counts_match_the_graph(page, seed_graph):
    view = actor_graph(seed_graph)
    n_statements = len(explorer_data(seed_graph)["statements"])
    assert counts(page) == (view.number_of_nodes(), view.number_of_edges(), n_statements)
    drawn = page.execute_script("var cy = window.stancegraphExplorer.cy; return [cy.nodes().length, cy.edges().length]")
    assert tuple(drawn) == (view.number_of_nodes(), view.number_of_edges())


def click_edge(driver):
    """Click (with the mouse) the middle of the drawn edge that lies farthest from every node; its key."""
    from selenium.webdriver.common.action_chains import ActionChains

    key, x, y = driver.execute_script("""
        var cy = window.stancegraphExplorer.cy, best = null;
        cy.edges().forEach(function (e) {
          var m = e.renderedMidpoint(), gap = Infinity;
          cy.nodes().forEach(function (n) { var p = n.renderedPosition();
            gap = Math.min(gap, Math.hypot(p.x - m.x, p.y - m.y) - n.renderedWidth() / 2); });
          if (!best || gap > best.gap) { best = {key: e.data('key'), x: m.x, y: m.y, gap: gap}; }
        });
        return [best.key, best.x, best.y];""")
    box = driver.find_element("id", "cy")
    size = box.size
    ActionChains(driver).move_to_element_with_offset(box, int(x - size["width"] / 2),
                                                     int(y - size["height"] / 2)).click().perform()
    return key


def test_explorer_click_on_edge_lists_its_sentences(page, seed_graph):
    data = explorer_data(seed_graph)
    key = click_edge(page)
    speaker, target = map(int, key.split(">"))
    expected = [s for s in data["statements"] if s["sp"] == speaker and target in s["tg"]]
    items = page.find_elements("css selector", "#statements > li[data-statement]")
    assert len(items) == len(expected) > 0
    shown = {li.get_attribute("data-statement"): li for li in items}
    for s in expected:
        li = shown[s["id"]]
        assert data["sentences"][s["s"]] in li.find_element("css selector", ".sentence").text
        if s["cs"] is not None:
            assert li.find_element("css selector", ".sentence mark").text == s["cue"]
    title = page.find_element("id", "details-title").text
    assert data["actors"][speaker]["label"] in title and data["actors"][target]["label"] in title


def test_explorer_filter_changes_the_counts(page, seed_graph):
    data = explorer_data(seed_graph)
    before = counts(page)
    box = page.find_element("css selector", "input[data-filter=quad][value=verbal-conflict]")
    box.click()
    try:
        kept = [s for s in data["statements"] if s["q"] != "verbal-conflict"]
        pairs = {(s["sp"], t) for s in kept for t in s["tg"]}
        actors = {s["sp"] for s in kept} | {t for s in kept for t in s["tg"]}
        assert counts(page) == (len(actors), len(pairs), len(kept)) != before
    finally:
        box.click()
    assert counts(page) == before


def test_explorer_corrections_round_trip_through_evaluate(page, seed_build, downloads, tmp_path):
    click_edge(page)
    items = page.find_elements("css selector", "#statements > li[data-statement]")
    first = items[0].get_attribute("data-statement")
    items[0].find_element("css selector", "button[data-verdict=right]").click()
    if len(items) > 1:
        items = page.find_elements("css selector", "#statements > li[data-statement]")
        items[1].find_element("css selector", "button[data-verdict=wrong]").click()
    assert int(page.find_element("id", "count-reviewed").text) == min(2, len(items))
    page.find_element("id", "download").click()
    saved = downloads / "corrections.jsonl"
    deadline = time.monotonic() + 30
    while not saved.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert saved.exists(), "the download did not arrive"
    text = saved.read_text(encoding="utf-8")
    assert text == page.execute_script("return window.stancegraphExplorer.correctionsJsonl()")
    records = [json.loads(line) for line in text.splitlines()]
    assert {r["statement"]: r["verdict"] for r in records}[first] == "right"
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(saved), str(seed_build.out / "statements.jsonl"),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["shape"] == "corrections" and report["n_gold"] == 1
    assert report["strict"]["R"] == 1.0  # the statement marked right is the build's own
    if len(records) == 2:
        assert report["strict"]["P"] < 1.0  # the one marked wrong counts against precision


def test_explorer_fix_records_the_new_type(page, tmp_path):
    from selenium.webdriver.support.ui import Select

    from stancegraph.explore import read_corrections

    click_edge(page)
    item = page.find_elements("css selector", "#statements > li[data-statement]")[0]
    statement = item.get_attribute("data-statement")
    item.find_element("css selector", "button[data-verdict=fix]").click()
    select = Select(item.find_element("css selector", "select[data-fix=type]"))
    old = select.first_selected_option.get_attribute("value")
    new = "THREATEN" if old != "THREATEN" else "AGREE"
    select.select_by_value(new)
    item.find_element("css selector", "button[data-fix=save]").click()
    lines = page.execute_script("return window.stancegraphExplorer.correctionsJsonl()").splitlines()
    record = [json.loads(line) for line in lines if statement in line][0]
    assert record["verdict"] == "fixed" and record["types"] == [new] and record["was"]["types"] == [old]
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert read_corrections(path)[0].fields == ("type",)
    fixed = page.find_element("css selector", f'#statements > li[data-statement="{statement}"]')
    assert "verdict-fixed" in fixed.get_attribute("class")
