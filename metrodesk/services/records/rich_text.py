"""Rich text as MetroDesk stores it: Qt's HTML subset, cleaned of anything that could run or
fetch (scripts, style sheets, images, event handlers, remote resources, javascript: links)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from metrodesk.data.meetings import html_text

_ALLOWED_TAGS = frozenset(
    {
        "html", "head", "body", "meta", "p", "br", "span", "div", "b", "i", "u", "s",
        "strong", "em", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a",
        "blockquote", "pre", "code", "hr", "table", "thead", "tbody", "tr", "th", "td",
        "sub", "sup",
    }
)  # fmt: skip
_DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "title"})
_VOID = frozenset({"br", "hr", "meta"})
_ALLOWED_ATTRS = frozenset({"style", "href", "align", "colspan", "rowspan", "name", "dir"})
_SAFE_HREF = re.compile(r"^(https?:|mailto:|#)", re.IGNORECASE)
_UNSAFE_STYLE = re.compile(r"url\s*\(|expression\s*\(|@import|javascript:", re.IGNORECASE)


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self._dropping += tag not in _VOID
            return
        if self._dropping or tag not in _ALLOWED_TAGS:
            return
        kept = []
        for name, value in attrs:
            if name not in _ALLOWED_ATTRS or value is None:
                continue
            if name == "href" and not _SAFE_HREF.match(value.strip()):
                continue
            if name == "style" and _UNSAFE_STYLE.search(value):
                continue
            kept.append(f' {name}="{html.escape(value, quote=True)}"')
        if tag == "meta":
            return  # Qt writes a charset meta; the stored text is always UTF-8 anyway
        self.out.append(f"<{tag}{''.join(kept)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self._dropping = max(self._dropping - 1, 0)
            return
        if self._dropping or tag not in _ALLOWED_TAGS or tag in _VOID:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self.out.append(html.escape(data, quote=False))

    def handle_entityref(self, name: str) -> None:
        if not self._dropping:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self._dropping:
            self.out.append(f"&#{name};")


def sanitise_html(value: str) -> str:
    """Rich notes as stored: formatting, lists and links kept; scripts, styles sheets, images,
    event handlers, remote resources and javascript: links removed."""
    if not value or not html_text(value):
        return ""
    parser = _Sanitiser()
    parser.feed(value)
    parser.close()
    return "".join(parser.out)


def notes_text(value: str) -> str:
    """The plain text of rich notes (what search indexes)."""
    return html_text(value)
