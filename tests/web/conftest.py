"""Stores for the web tests, the app served on 127.0.0.1, and a headless browser."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.web.handmade import report_a, report_b, report_followup, report_roundup

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def build_store(path: Path, reports) -> Path:
    from tacitus.store import Store

    with Store.open(path) as store:
        for report in reports:
            store.add_report(report)
    return path


@pytest.fixture(scope="session")
def handmade_db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "handmade.db", [report_a(), report_b()])


@pytest.fixture(scope="session")
def roundup_db(tmp_path_factory) -> Path:
    """A round-up article (an event dated by its text, one dated by publication only, one historical)
    and a second article on its dated event."""
    return build_store(tmp_path_factory.mktemp("web") / "roundup.db", [report_roundup(), report_followup()])


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory, pipeline) -> Path:
    """A store of the project's own sample articles, through the real pipeline with the
    samples' fictional geography (sample-lexicons/), as `make demo` builds it."""
    from tacitus.errors import ReadError
    from tacitus.evaluate.petrarch_dicts import using_lexicons
    from tacitus.read import iter_articles

    articles = [a for a in iter_articles([str(ROOT / "samples")]) if not isinstance(a, ReadError)]
    assert articles, "no sample articles"
    for article in articles:  # "samples/x.txt", as `make demo` reads them: no path of this machine in a screenshot
        if article.source and Path(article.source).is_absolute():
            article.source = os.path.relpath(article.source, ROOT)
    with using_lexicons(ROOT / "sample-lexicons"):
        reports = list(pipeline.process_many(articles))
    return build_store(tmp_path_factory.mktemp("web") / "samples.db", reports)


WIKINEWS_ARTICLES = 15  # enough for a busy timeline, few enough to keep the suite fast


@pytest.fixture(scope="session")
def wikinews_db(tmp_path_factory, pipeline, shared_dir) -> Path:
    """A store of the first Wikinews articles of ../shared (read at test time, never copied)."""
    import itertools

    from tacitus.errors import ReadError
    from tacitus.read import iter_articles

    csv_path = shared_dir / "corpora" / "wikinews_2019_2021_sample" / "wikinews_2019.csv"
    if not csv_path.exists():
        pytest.skip(f"{csv_path.name} is not in ../shared")
    good = (a for a in iter_articles([str(csv_path)]) if not isinstance(a, ReadError))
    articles = list(itertools.islice(good, WIKINEWS_ARTICLES))
    return build_store(tmp_path_factory.mktemp("web") / "wikinews.db", pipeline.process_many(articles))


@pytest.fixture(scope="session")
def client(handmade_db):
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    return TestClient(create_app(handmade_db))


@pytest.fixture(scope="session")
def roundup_client(roundup_db):
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    return TestClient(create_app(roundup_db))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The app run by uvicorn in a background thread on a free 127.0.0.1 port."""

    def __init__(self, db_path: Path) -> None:
        import uvicorn

        from tacitus.web.app import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the explorer did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def handmade_server(handmade_db):
    with LiveServer(handmade_db) as server:
        yield server


@pytest.fixture(scope="session")
def roundup_server(roundup_db):
    with LiveServer(roundup_db) as server:
        yield server


@pytest.fixture(scope="session")
def samples_server(samples_db):
    with LiveServer(samples_db) as server:
        yield server


@pytest.fixture(scope="session")
def wikinews_server(wikinews_db):
    with LiveServer(wikinews_db) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven headless by Playwright; never downloads a browser."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed (CI must install Debian's chromium package)")
        pytest.skip("no chromium binary on PATH (install Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # Only the app itself may be reached: any other request fails the test.
    context.route(lambda url: not url.startswith("http://127.0.0.1:"), lambda route: route.abort())
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors
    yield pg
    context.close()


def screenshot(page, name: str) -> None:
    """Save docs/img/<name> when TACITUS_SCREENSHOTS=1 (run on the sample store)."""
    if os.environ.get("TACITUS_SCREENSHOTS") == "1":
        page.screenshot(path=str(ROOT / "docs" / "img" / name), full_page=False)
