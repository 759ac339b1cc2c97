"""Law as offices hold it, made from texts the tests themselves contain.

``office_paragraphs`` turns a clean law text into what a colleague retyping it in
Word produces: one paragraph per line, no blank lines, a single space after
``มาตรา ๔๕``, an item's number on the line of its text. ``render_pdf`` lays those
paragraphs out as a Royal Gazette page would (running header, page numbers, a
heading font and a body font, first-line indents, lines wrapped between Thai
words at the margin) and ``render_docx`` writes them as a Word file (plain
paragraphs, automatic list numbering, a table). The PDF variants reproduce the
text layers Thai PDFs really carry:

- ``plain``: what a Unicode-aware producer writes;
- ``pua``: glyphs shaped the Windows way, tone marks and upper vowels as their
  Private Use Area variants (U+F700-U+F71F) and sara am as nikhahit + sara aa;
- ``spaced``: every glyph placed on its own (TJ kerning), which extractors read
  back with a space between letters.

reportlab does not shape Thai: marks are drawn at their default positions, which
is enough here because only the text layer is read back. Fonts come from
Debian's fonts-thai-tlwg (installed by scripts/install.sh).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kmportal.thai.digits import fold_digits, thai_digits

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
BODY_FONT = "Norasi"
HEADING_FONT = "Garuda-Bold"
GAZETTE_HEADER = "หน้า {page}|เล่ม ๑๑๔ ตอนที่ ๖๒ ก|ราชกิจจานุเบกษา|๑๗ ตุลาคม ๒๕๔๐"
PAGE_FOOTER = "- {page} -"

_SUFFIXES = "ทวิ|ตรี|จัตวา|เบญจ|ฉ|สัตต|อัฏฐ|นว|ทศ"
_NUM = r"[๐-๙0-9]+(?:/[๐-๙0-9]+)?"
_FN = r"(?:\[[๐-๙0-9]+\])?"
# A line holding only a section label ("มาตรา", "มาตรา ๙[๒]", "๒๕") or an item's
# number ("(๑)", "(๗", "ทวิ)[๕]"): its text follows on the next line.
_LABEL_ONLY = re.compile(rf"^(?:(?:มาตรา|ข้อ)(?: {_NUM}(?: (?:{_SUFFIXES}))?{_FN})?|{_NUM}{_FN})$")
_ITEM_ONLY = re.compile(rf"^(?:\({_NUM}(?: (?:{_SUFFIXES}))?\)?{_FN}|(?:{_SUFFIXES})\){_FN})$")
_HEADING = re.compile(rf"^(?:หมวด|ส่วนที่|ลักษณะ) {_NUM}|^บทเฉพาะกาล$|^บทกำหนดโทษ$")
_UNIT_START = re.compile(r"^(?:มาตรา|ข้อ) [๐-๙0-9]")
_ITEM_START = re.compile(rf"^\({_NUM}")
# A section header as the Council of State writes it: a wide gap or a line break after it.
_TXT_HEADER = re.compile(
    rf"^[ \t\u00a0]*(?:มาตรา|ข้อ)[ \t\u00a0]*(?:$|{_NUM}(?: (?:{_SUFFIXES}))?{_FN}"
    r"(?:[ \t]*\u00a0|[ \t]{2,}|[ \t\u00a0]*$))"
)


def office_paragraphs(text: str) -> list[str]:
    """``text`` retyped the way an office keeps it (see the module docstring).

    A block between blank lines of a Council of State text is one section (or a
    title, a heading, a signature); its line breaks are where a space stood. A
    block of long lines becomes one paragraph, each item ``(๑)`` and each section
    header starting a new one; a block of short lines, and everything before the
    first section (the title block), keeps one paragraph a line."""
    text = text.replace("\x93", "\u201c").replace("\x94", "\u201d")
    out: list[str] = []
    in_title = True  # the title and the preamble before the first section: set line by line
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        raw = [ln for ln in block.split("\n") if ln.strip(" \t\u00a0")]
        lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw]
        in_title = in_title and not any(_TXT_HEADER.match(ln) for ln in raw)
        short = in_title or all(len(ln) < 50 for ln in lines)
        start = len(out)
        for raw_line, line in zip(raw, lines, strict=True):
            glued = len(out) > start and (
                _LABEL_ONLY.match(out[-1])
                or _ITEM_ONLY.match(out[-1])
                or not (short or _ITEM_START.match(line) or _TXT_HEADER.match(raw_line))
            )
            if glued:
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
    return out


# --- PDF ---------------------------------------------------------------------------------

Variant = Literal["plain", "pua", "spaced"]


@dataclass(frozen=True)
class Layout:
    """How the pages look. ``header``/``footer`` take ``{page}`` (Thai digits); a ``|``
    splits a running line into pieces spread over the width, as the Gazette sets them."""

    header: str | None = GAZETTE_HEADER
    footer: str | None = PAGE_FOOTER
    margin: float = 56.0  # left and right; narrow margins wrap lines sooner
    size: float = 15.0
    indent: float = 42.0
    variant: Variant = "plain"
    body_font: str = BODY_FONT
    heading_font: str = HEADING_FONT


NARROW = Layout(margin=150.0, header="{page}", footer="สำนักงานคณะกรรมการกฤษฎีกา")


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (BODY_FONT, HEADING_FONT):
        if name not in pdfmetrics.getRegisteredFontNames():
            font = FONT_DIR / f"{name}.ttf"
            if not font.is_file():
                raise FileNotFoundError(
                    f"{font} is missing: install Debian's fonts-thai-tlwg (scripts/install.sh)"
                )
            pdfmetrics.registerFont(TTFont(name, str(font)))


def _wrap(text: str, font: str, size: float, first: float, width: float) -> list[str]:
    """Greedy line filling between Thai words, as a word processor breaks Thai."""
    from pythainlp.tokenize import word_tokenize
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    limit = first
    for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
        candidate = line + word
        if line.strip() and stringWidth(candidate.rstrip(), font, size) > limit:
            lines.append(line.rstrip())
            line = word.lstrip()
            limit = width
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines


_TALL = set("ปฝฟฬ")
_UPPER = dict(zip("ิีึืัํ็", "\uf701\uf702\uf703\uf704\uf710\uf711\uf712", strict=True))
_TONES = "่้๊๋์"
_TONE_LOW = dict(zip(_TONES, "\uf70a\uf70b\uf70c\uf70d\uf70e", strict=True))
_TONE_LOW_LEFT = dict(zip(_TONES, "\uf705\uf706\uf707\uf708\uf709", strict=True))
_TONE_LEFT = dict(zip(_TONES, "\uf713\uf714\uf715\uf716\uf717", strict=True))
_LOWER = dict(zip("ฺุู", "\uf718\uf719\uf71a", strict=True))


def pua_shape(text: str) -> str:
    """Pick glyph variants the way a Windows Thai shaper does and keep their Private Use
    Area code points, as PDFs made by older Office versions carry them."""
    out: list[str] = []
    base = ""
    upper = False
    for ch in text.replace("ำ", "\u0e4d\u0e32"):
        if "ก" <= ch <= "ฮ":
            base, upper = ch, False
            out.append(ch)
        elif ch in _UPPER:
            out.append(_UPPER[ch] if base in _TALL else ch)
            upper = True
        elif ch in _TONES:
            if upper:
                out.append(_TONE_LEFT[ch] if base in _TALL else ch)
            else:
                out.append(_TONE_LOW_LEFT[ch] if base in _TALL else _TONE_LOW[ch])
        elif ch in _LOWER and base in "ฎฏฐญ":
            if out and out[-1] in "ฐญ":
                out[-1] = "\uf700" if out[-1] == "ฐ" else "\uf70f"
            out.append(_LOWER[ch])
        else:
            if not ("\u0e30" <= ch <= "\u0e4e"):
                base = ""
            out.append(ch)
    return "".join(out)


class _Pages:
    """A reportlab canvas that knows where the next line goes."""

    def __init__(self, path: Path, layout: Layout, title: str | None) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        _register_fonts()
        self.layout = layout
        self.width, self.height = A4
        # invariant: no creation date or random id, so the same text gives the same bytes.
        self.canvas = Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
        if title is not None:
            self.canvas.setTitle(title)
        self.page = 0
        self.leading = layout.size * 1.4
        self.y = 0.0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.canvas.showPage()
        self.page += 1
        self.y = self.height - 64
        number = thai_digits(str(self.page))
        if self.layout.header:
            self._running(self.layout.header.format(page=number), self.height - 36)
        if self.layout.footer:
            self._running(self.layout.footer.format(page=number), 28)

    def _running(self, text: str, y: float) -> None:
        pieces = text.split("|")
        if self.page % 2 == 0:
            pieces.reverse()  # the page number sits on the outer edge
        font, size = self.layout.body_font, self.layout.size - 3
        if len(pieces) == 1:
            self.canvas.setFont(font, size)
            self.canvas.drawCentredString(self.width / 2, y, self._shape(pieces[0]))
            return
        step = (self.width - 2 * self.layout.margin) / (len(pieces) - 1)
        for i, piece in enumerate(pieces):
            x = self.layout.margin + i * step
            self.canvas.setFont(font, size)
            draw = (
                self.canvas.drawString
                if i == 0
                else self.canvas.drawRightString
                if i == len(pieces) - 1
                else self.canvas.drawCentredString
            )
            draw(x, y, self._shape(piece))

    def _shape(self, text: str) -> str:
        return pua_shape(text) if self.layout.variant == "pua" else text

    def line(self, text: str, x: float, *, font: str, centred: bool = False) -> None:
        if self.y < 56:
            self._new_page()
        size = self.layout.size
        if centred:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            x = (self.width - stringWidth(text, font, size)) / 2
        if self.layout.variant == "spaced":
            self._spaced(text, x, font, size)
        else:
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.y, self._shape(text))
        self.y -= self.leading

    def _spaced(self, text: str, x: float, font: str, size: float) -> None:
        """One TJ array with a gap after every glyph: extractors put a space there."""
        from reportlab.pdfbase import pdfmetrics

        self.canvas.setFont(font, size)  # registers the font with this page
        ttf = pdfmetrics.getFont(font)
        doc = self.canvas._doc
        ops = ["BT", f"{x:.2f} {self.y:.2f} Td"]
        current, array = "", []
        for ch in text:
            for subset, code in ttf.splitString(ch, doc):
                name = ttf.getSubsetInternalName(subset, doc)
                if name != current:
                    if array:
                        ops.append(f"[{' '.join(array)}] TJ")
                        array = []
                    ops.append(f"{name} {size:g} Tf")
                    current = name
                array.append("(" + "".join(f"\\{b:03o}" for b in code) + ") -300")
        if array:
            ops.append(f"[{' '.join(array)}] TJ")
        ops.append("ET")
        self.canvas._code.append("\n".join(ops))

    def gap(self, lines: float = 0.4) -> None:
        self.y -= self.leading * lines

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def _is_heading(paragraphs: Sequence[str], i: int, first_unit: int) -> bool:
    p = paragraphs[i]
    if _HEADING.match(p):
        return True
    after_heading = i > 0 and bool(_HEADING.match(paragraphs[i - 1])) and len(p) < 80
    return after_heading or (i < first_unit and len(p) < 60)


def render_pdf(
    paragraphs: Sequence[str],
    path: Path,
    layout: Layout = Layout(),
    *,
    title: str | None = None,
    repeat: int = 1,
) -> Path:
    """Lay ``paragraphs`` out on A4 pages; ``repeat`` prints them that many times."""
    pages = _Pages(path, layout, title)
    width = pages.width - 2 * layout.margin
    first_unit = next((i for i, p in enumerate(paragraphs) if _UNIT_START.match(p)), 0)
    for _ in range(repeat):
        for i, p in enumerate(paragraphs):
            if _is_heading(paragraphs, i, first_unit):
                pages.gap()
                pages.line(p, 0, font=layout.heading_font, centred=True)
                continue
            lines = _wrap(p, layout.body_font, layout.size, width - layout.indent, width)
            for n, text in enumerate(lines):
                x = layout.margin + (layout.indent if n == 0 else 0)
                pages.line(text, x, font=layout.body_font)
    pages.save()
    return path


# A text layer written byte by byte, for codes no font would produce.


def _to_unicode_cmap(codes: dict[str, int]) -> bytes:
    entries = "\n".join(f"<{code:02X}> <{ord(ch):04X}>" for ch, code in codes.items())
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(codes)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode("ascii")


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def write_pdf(
    path: Path, pages: list[list[str]], *, title: str | None = None, drawing_only: bool = False
) -> Path:
    """A real PDF with a Thai text layer: a one-byte font encoding whose ToUnicode CMap
    maps each code to the Thai (or ASCII) character, which is all text extraction reads."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    codes = {ch: 0x20 + i for i, ch in enumerate(chars)}
    objects: list[bytes] = [b"", b""]  # 1 catalog, 2 page tree; filled in below

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap = add(_stream(_to_unicode_cmap(codes)))
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >>" % cmap)
    kids = []
    for lines in pages:
        ops = [b"0.5 g 72 600 200 100 re f"] if drawing_only else [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        if not drawing_only:
            for line in lines:
                ops.append(b"<" + "".join(f"{codes[c]:02X}" for c in line).encode() + b"> Tj T*")
            ops.append(b"ET")
        content = add(_stream(b"\n".join(ops)))
        kids.append(
            add(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, content)
            )
        )
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + (title is not None) + 1)
    if title is not None:
        hex_title = title.encode("utf-16-be").hex().upper().encode()
        trailer += b" /Info %d 0 R" % add(b"<< /Title <FEFF" + hex_title + b"> >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


def render_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages that are pictures of text, with no text layer (a scan before OCR)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for n in range(pages):
        image = Image.new("L", (400, 560), 255)
        draw = ImageDraw.Draw(image)
        for row in range(40, 520, 18):
            draw.line((30, row, 370 - (row * 7 + n * 13) % 90, row), fill=40, width=6)
        canvas.drawImage(ImageReader(image), 40, 60, width=515, height=720)
        canvas.showPage()
    canvas.save()
    return path


# --- DOCX --------------------------------------------------------------------------------

_CLAUSE = re.compile(rf"^ข้อ ({_NUM})(?:{_FN}) ")
_ITEM = re.compile(rf"^\(({_NUM})\) ")


def _numbering(document: object) -> tuple[int, int]:
    """Add a Word list "ข้อ ๑ / (๑)" in Thai digits; return (numId for clauses, numId
    whose first level restarts the items of each clause)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = document.part.numbering_part  # type: ignore[attr-defined]
    root = part.element
    abstract_id = 90
    levels = "".join(
        f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/>'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for lvl, text, suff in ((0, "ข้อ %1", "space"), (1, "(%2)", "tab"))
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = next(iter(root.findall("{*}num")), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    root.append(num)
    return 90, 90


def _number_paragraph(paragraph: object, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        )
    )


def render_docx(
    paragraphs: Sequence[str],
    path: Path,
    *,
    list_numbering: bool = False,
    table: Sequence[Sequence[str]] | None = None,
    table_at: int | None = None,
    title: str | None = None,
    header: str | None = "สำเนา - เอกสารภายใน",
) -> Path:
    """Write ``paragraphs`` as a Word file. With ``list_numbering``, clauses
    ``ข้อ ๑ …`` and items ``(๑) …`` numbered in sequence get their numbers from a Word
    list instead of their text (python-docx then returns the text without them).
    ``table`` rows are inserted before paragraph ``table_at`` (at the end by default);
    ``header`` goes into the page header, which is not body text."""
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    if header:
        document.sections[0].header.paragraphs[0].text = header
    num_id = _numbering(document)[0] if list_numbering else 0
    expected = {0: 1, 1: 1}
    at = len(paragraphs) if table_at is None else table_at
    for i, p in enumerate([*paragraphs, None]):
        if i == at and table:
            grid = document.add_table(rows=len(table), cols=max(len(r) for r in table))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
        if p is None:
            break
        clause, item = _CLAUSE.match(p), _ITEM.match(p)
        level, match = (0, clause) if clause else (1, item) if item else (None, None)
        if list_numbering and level is not None and match is not None:
            number = int(fold_digits(match.group(1)))
            if level == 1 and number == 1:
                expected[1] = 1
            if number == expected[level]:
                expected[level] += 1
                if level == 0:
                    expected[1] = 1
                paragraph = document.add_paragraph(p[match.end() :])
                _number_paragraph(paragraph, num_id, level)
                continue
        document.add_paragraph(p)
    document.save(str(path))
    return path
