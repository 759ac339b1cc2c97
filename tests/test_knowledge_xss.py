"""The OWASP XSS filter-evasion list in note titles, bodies, tags, answers,
questions, review comments and attachment names: every page and API answer that
shows them keeps them inert (the browser check is in tests/e2e)."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from helpers.auth import csrf_token
from helpers.knowledge import KnowledgePortal, build, note, review, submit
from helpers.web import assert_no_injected_markup
from helpers.xss_vectors import VECTORS

from kmportal.auth.models import Role


class _Urls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v or "" for k, v in attrs if k in ("href", "src", "action", "formaction")]


def _script_urls(html: str) -> list[str]:
    """Link and form targets a browser would run as script."""
    parser = _Urls()
    parser.feed(html)
    schemes = {urlsplit(u.strip()).scheme.lower() for u in parser.urls}
    return sorted(schemes & {"javascript", "vbscript", "data"})


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """(url, html) of every page showing the vectors, as author, reviewer and reader."""
    portal: KnowledgePortal = build(tmp_path_factory.mktemp("knowledge-xss"))
    author = portal.client(Role.viewer, "xss-author")
    coordinator = portal.client(Role.coordinator, "xss-reviewer")
    reader = portal.client(Role.viewer, "xss-reader")
    body = "\n\n".join(VECTORS)
    n = note(author, "ปลอดภัย", body, tags=["ประปา"])
    refused = author.post(
        "/knowledge/notes",
        data={
            "csrf_token": csrf_token(author),
            "title": VECTORS[1],
            "body": body,
            "tags": VECTORS[3],
        },
        files={"attachment": ("", b"", "application/octet-stream")},
    )
    assert refused.status_code == 422
    out = [("refused form", refused.text)]
    titled = []
    for v in VECTORS:
        r = author.post("/api/knowledge/notes", json={"title": v[:200], "body": v, "submit": True})
        assert r.status_code == 201, r.text
        titled.append(r.json()["id"])
    author.post(
        f"/api/knowledge/notes/{n['id']}/attachments",
        data={"base_revision": str(n["revision"])},
        files={"attachment": (f"{VECTORS[8]}.txt", b"x", "text/plain")},
    )
    submit(author, n["id"])
    review(coordinator, n["id"], "return", 2, VECTORS[0])
    submit(author, n["id"])
    review(coordinator, n["id"], "publish", 2)
    for i in titled[:10]:
        review(coordinator, i, "publish", 1)
    q = author.post("/api/knowledge/questions", json={"title": VECTORS[2][:200], "body": body})
    qid = q.json()["id"]
    for v in VECTORS[:20]:
        reader.post(f"/api/knowledge/questions/{qid}/answers", json={"body": v})
    for client in (author, coordinator, reader):
        for url in (
            "/knowledge",
            f"/knowledge/notes/{n['id']}",
            f"/knowledge/notes/{n['id']}/history",
            f"/knowledge/notes/{n['id']}/edit",
            "/knowledge/questions",
            f"/knowledge/questions/{qid}",
            f"/knowledge/notes/{titled[0]}",
            f"/search?q={VECTORS[1]}",
        ):
            r = client.get(url)
            if r.status_code == 200:
                out.append((url, r.text))
    assert len(out) > 15
    return out


def test_hostile_text_is_never_markup_on_any_knowledge_page(pages: list[tuple[str, str]]) -> None:
    for url, html in pages:
        try:
            assert_no_injected_markup(html)
        except AssertionError as exc:
            raise AssertionError(f"{url}: {exc}") from None
        assert "<script>window.__xss" not in html.lower(), url
        assert not _script_urls(html), (url, _script_urls(html))


def test_hostile_text_is_shown_as_text(pages: list[tuple[str, str]]) -> None:
    note_page = next(
        html for url, html in pages if url.startswith("/knowledge/notes/") and "history" not in url
    )
    assert "&lt;SCRIPT&gt;window.__xss=1&lt;/SCRIPT&gt;" in note_page
