"""Markdown from staff becomes HTML with no way to run script or load anything:
every vector of the OWASP filter-evasion list and Markdown's own (script links,
images, raw HTML) comes out inert, links keep only http(s)/mailto and portal
paths, law references link to their section, headings carry the ids search
uses, and a Markdown bomb costs bounded time."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from helpers.web import assert_no_injected_markup
from helpers.xss_vectors import VECTORS

from kmportal.knowledge.render import ATTRIBUTES, TAGS, Link, sanitize, to_html


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def _elements(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.found


@pytest.mark.parametrize("vector", VECTORS)
def test_every_xss_vector_renders_inert(vector: str) -> None:
    html = to_html(f"text before\n\n{vector}\n\nafter")
    assert_no_injected_markup(html)
    for tag, attrs in _elements(html):
        assert tag in TAGS, (tag, html)
        allowed = ATTRIBUTES.get(tag, set()) | {"rel", "class"}
        assert set(attrs) <= allowed, (tag, attrs, html)
        # What the browser would follow: no scheme (a path on this site) or a safe one.
        scheme = urlsplit(attrs.get("href", "").strip()).scheme.lower()
        assert scheme in ("", "http", "https", "mailto"), (attrs, html)


def test_the_sanitiser_alone_refuses_what_a_parser_bug_could_let_through() -> None:
    dirty = (
        '<script>x</script><img src=x onerror=y><a href="javascript:y">a</a>'
        '<a href="https://example.org/" onclick="y" style="color:red">b</a><h2 id="h1">c</h2>'
        '<iframe src="/x"></iframe><p class="lawref" style="x">d</p>'
    )
    clean = sanitize(dirty)
    assert "script" not in clean and "img" not in clean and "iframe" not in clean
    assert "onclick" not in clean and "style" not in clean and "javascript" not in clean
    assert '<a href="https://example.org/"' in clean and '<h2 id="h1">' in clean
    assert '<p class="lawref"' not in clean  # the one class is for links only


def test_links_keep_safe_schemes_and_open_without_the_opener() -> None:
    html = to_html(
        "[a](https://example.org/) [b](mailto:x@example.org) [c](/docs/pao) [d](ftp://x/)"
    )
    assert '<a href="https://example.org/" rel="noopener noreferrer nofollow">a</a>' in html
    assert 'href="mailto:x@example.org"' in html and 'href="/docs/pao"' in html
    assert "ftp:" not in html.split("[d]")[0] and 'href="ftp' not in html


def test_images_stay_links_and_nothing_is_fetched() -> None:
    html = to_html("![แผนผัง](https://cdn.example/map.png)")
    assert "<img" not in html
    assert 'href="https://cdn.example/map.png"' in html


def test_headings_sit_below_the_title_and_carry_the_search_keys() -> None:
    html = to_html("# หนึ่ง\n\ntext\n\n## สอง\n\n> # quoted\n\n```\n# code\n```\n")
    assert '<h2 id="h1">หนึ่ง</h2>' in html
    assert '<h3 id="h2">สอง</h3>' in html
    assert "<h2>quoted</h2>" in html  # inside a quote: no section of its own
    assert "# code" in html
    assert '<h2 id="h5">หนึ่ง</h2>' in to_html("# หนึ่ง", first_heading=5)


def test_law_references_become_links_except_in_code_and_in_the_authors_links() -> None:
    text = "ตาม มาตรา 45 พ.ร.บ.อบจ. และ `มาตรา 45` และ [มาตรา 45](https://example.org/)\n"
    starts = [m.start() for m in re.finditer("มาตรา 45", text)]
    links = [Link(s, s + len("มาตรา 45"), "/docs/pao?hl=s45#s45") for s in starts]
    html = to_html(text, links)
    assert html.count('class="lawref"') == 1
    assert '<a href="/docs/pao?hl=s45#s45" class="lawref"' in html
    assert "<code>มาตรา 45</code>" in html
    assert '<a href="https://example.org/" rel="noopener noreferrer nofollow">มาตรา 45</a>' in html


def test_a_reference_whose_text_is_not_plain_is_left_as_written() -> None:
    text = "**มาตรา 45** ตัวหนา"
    html = to_html(text, [Link(0, 12, "/docs/pao")])
    assert "lawref" not in html and "<strong>" in html


BOMBS = {
    "nested quotes": "> " * 50_000,
    "nested lists": "".join("  " * i + "- x\n" for i in range(400)),
    "brackets": "[" * 100_000,
    "emphasis": "*_" * 50_000,
    "links": "[a](" * 25_000,
    "wide table": "|" + "a|" * 10_000 + "\n|" + "-|" * 10_000 + "\n" + "x\n" * 30_000,
    "long table": "a|b\n-|-\n" + "c|d\n" * 25_000,
    "entities": "&amp;" * 20_000,
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_markdown_bomb_renders_in_bounded_time(name: str) -> None:
    text = BOMBS[name][:100_000]
    started = time.perf_counter()
    html = to_html(text + f"\n\n{name}")
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"{name}: {elapsed:.1f} s"
    assert len(html) < 5_000_000
