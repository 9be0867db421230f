"""The view in a real headless Chromium with the network blocked: it renders, filters, searches
and runs no script that came from a document."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from view_graphs import SCRIPT, hostile_graph, small_graph

from diplograph.view import write_html

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no chromium binary on PATH or at /usr/bin/chromium (scripts/bootstrap.sh test installs it as root)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


class Page:
    """A page opened offline: requests other than file:// are aborted and recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        self.external: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []

        def route(route):
            if route.request.url.startswith("file://"):
                route.continue_()
            else:
                self.external.append(route.request.url)
                route.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: None if r.url.startswith(("file://", "data:")) else self.external.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.diplographReady === true", timeout=60_000)

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def counts(self) -> tuple[int, int]:
        return tuple(self.eval("[window.nodesView.getIds().length, window.edgesView.getIds().length]"))

    def labels(self) -> set[str]:
        return set(self.eval("window.diplographData.nodes.map(n => n.label)"))

    def point_of(self, node_id: str) -> tuple[float, float]:
        return tuple(self.eval(
            """id => { const p = window.network.canvasToDOM(window.network.getPosition(id));
                       const r = document.getElementById('dg-network').getBoundingClientRect();
                       return [p.x + r.left, p.y + r.top]; }""", node_id))

    def close(self) -> None:
        self.context.close()


def check_offline(page: Page) -> None:
    assert page.external == [], f"the page tried to reach the network: {page.external}"
    assert page.errors == [], f"script errors: {page.errors}"


def exercise(page: Page, expected: set[str], search: str, expect_id: str, screenshot: str) -> None:
    """Render, filter by edge type via the checkboxes, search, screenshot."""
    assert page.eval("document.querySelector('#dg-network canvas') !== null")
    assert expected <= page.labels()
    nodes, edges = page.counts()
    assert nodes == len(page.eval("window.diplographData.nodes")) and edges > 0

    edge_type = page.eval("window.diplographData.edges[0].type")
    page.page.uncheck(f'.dg-edge-type[value="{edge_type}"]')
    _nodes, fewer = page.counts()
    assert fewer < edges
    assert page.page.get_attribute("#dg-count", "data-edges") == str(fewer)
    page.page.click("#dg-edges-none")
    assert page.counts()[1] == 0
    page.page.click("#dg-reset")
    assert page.counts() == (nodes, edges)

    page.page.fill("#dg-search", search)
    page.page.click("#dg-search-button")
    assert page.eval("window.network.getSelectedNodes()") == [expect_id]
    assert page.page.inner_text("#dg-details h3").strip() in expected

    ARTIFACTS.mkdir(exist_ok=True)
    page.page.wait_for_timeout(500)  # let the focus animation end
    page.page.screenshot(path=str(ARTIFACTS / screenshot))
    check_offline(page)


def test_hand_built_graph_renders_filters_and_searches(browser, tmp_path):
    path = write_html(small_graph(), tmp_path / "view.html")
    page = Page(browser, path)
    try:
        exercise(page, {"Vladimir Putin", "Vietnam", "Russia", "Soviet Union"}, "viet nam", "country:vn", "view-small.png")
        # year range: only edges overlapping 1950-1960 stay, undated ones go with the box
        page.page.fill("#dg-year-from", "1950")
        page.page.fill("#dg-year-to", "1960")
        page.page.uncheck("#dg-undated")
        assert page.counts()[1] == 2
    finally:
        page.close()


def test_seeds_view(browser, request, tmp_path):
    if importlib.util.find_spec("diplograph.loaders.extract") is None:
        pytest.skip("the extractor (diplograph.loaders.extract) is not there yet")
    seeds_graph = request.getfixturevalue("seeds_graph")
    path = write_html(seeds_graph, tmp_path / "seeds.html")
    page = Page(browser, path)
    try:
        exercise(page, {"Vladimir Putin", "Vietnam", "Russia", "Soviet Union"}, "Putin", "person:vladimir-putin", "view-seeds.png")
    finally:
        page.close()


def test_hostile_document_runs_nothing(browser, tmp_path):
    path = write_html(hostile_graph(), tmp_path / "hostile.html", include_documents=True)
    page = Page(browser, path)
    try:
        for node_id in page.eval("window.diplographData.nodes.map(n => n.id)"):
            x, y = page.point_of(node_id)
            page.page.mouse.move(x, y)
            page.page.wait_for_timeout(400)  # the tooltip shows after a delay
            assert page.page.is_visible("div.vis-tooltip")
            page.page.mouse.click(x, y)
        page.page.mouse.move(*page.point_of("person:evil"))
        page.page.wait_for_timeout(400)
        assert f"Evil {SCRIPT}" in page.page.inner_text("div.vis-tooltip"), "the tooltip shows the markup as text"
        for edge_id in page.eval("window.diplographData.edges.map(e => e.id)"):
            page.eval("id => window.diplographShowEdge(id)", edge_id)
            assert SCRIPT in page.page.inner_text("#dg-details"), "evidence is shown as text"
        page.page.fill("#dg-search", "Evil")
        page.page.click("#dg-search-button")
        assert "<img src=x onerror=alert(1)>" in page.page.inner_text("#dg-details")
        page.page.wait_for_timeout(300)
        assert page.dialogs == []
        assert page.eval("window.__pwned") is None
        assert page.eval("document.querySelectorAll('#dg-side img, #dg-main img, #dg-details script').length") == 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.page.screenshot(path=str(ARTIFACTS / "view-hostile.png"))
        check_offline(page)
    finally:
        page.close()
