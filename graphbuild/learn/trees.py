"""LightGBM trees for prediction, through LightGBM's C API (`c_api.h`) instead of its Python package.

Why: `import lightgbm` imports scikit-learn and, through it, scipy.stats (over a second at every start of every
process, each Dask worker included) for its estimator classes, which prediction never uses. The library, the
model format (LightGBM's text model) and the predictions are LightGBM's own: this module only loads
`lib_lightgbm` from the installed package and calls `LGBM_BoosterLoadModelFromString` and
`LGBM_BoosterPredictForCSR`, as the Python package does. Training still uses the Python package
(`graphbuild.learn.train`).

The scorer's rows are binary (a feature is present or not), for which `predict_present` runs the same trees as
bit masks (`BitForest`, the QuickScorer scheme of Lucchese et al., SIGIR 2015) in a few numpy operations per
batch: measured on 700 English pool articles (27,474 pairs in 698 batches), 0.65 s CPU of LightGBM's prediction
became about 0.4 s, plus 0.05-0.1 s once per process to build the masks. Its leaf values are read from the
library (`LGBM_BoosterGetLeafValue`) and summed tree after tree and put through the sigmoid as LightGBM does, so
the probabilities are LightGBM's bit for bit; a model it cannot run so (categorical or linear trees, more than 64
leaves, another objective) goes to the library.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import math
from functools import cache, cached_property
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

# c_api.h
_DTYPE_FLOAT32, _DTYPE_FLOAT64, _DTYPE_INT32, _DTYPE_INT64 = 0, 1, 2, 3
_PREDICT_NORMAL = 0  # probabilities for a binary objective (the sigmoid applied)
_ZERO_THRESHOLD = 1e-35  # LightGBM's kZeroThreshold: |value| <= it is zero for a split's missing type Zero
_MAX_LEAVES = 64  # a tree's leaves are the bits of one uint64
ROWS_PER_PASS = 256  # rows a BitForest runs at once: the largest document of 700 pool articles, 1,416 candidates,
# made arrays of 646,330 splits (tens of MB) in one pass
_LIBRARY_NAMES = ("lib_lightgbm.so", "lib_lightgbm.dylib", "lib_lightgbm.dll")


@cache
def _library() -> ctypes.CDLL:
    """lib_lightgbm of the installed lightgbm package, found without importing the package."""
    spec = importlib.util.find_spec("lightgbm")
    folders = [Path(folder) for folder in (spec.submodule_search_locations or [])] if spec else []
    for folder in folders:
        for name in _LIBRARY_NAMES:
            for path in (folder / "lib" / name, folder / name):
                if path.is_file():
                    library = ctypes.cdll.LoadLibrary(str(path))
                    library.LGBM_GetLastError.restype = ctypes.c_char_p
                    return library
    raise ImportError("lightgbm is not installed (pip install lightgbm): the event scorer's trees need it")


def _check(library: ctypes.CDLL, status: int) -> None:
    if status != 0:
        raise RuntimeError(f"LightGBM: {library.LGBM_GetLastError().decode('utf-8', 'replace')}")


class Trees:
    """A LightGBM model of P(event) loaded from its text form; `predict` takes a CSR matrix (scipy's, or anything
    with `indptr`, `indices`, `data` and `shape`)."""

    def __init__(self, model_text: str) -> None:
        self.model_text = model_text
        library = _library()
        handle, iterations = ctypes.c_void_p(), ctypes.c_int()
        _check(library, library.LGBM_BoosterLoadModelFromString(
            ctypes.c_char_p(model_text.encode("utf-8")), ctypes.byref(iterations), ctypes.byref(handle)))  # fmt: skip
        self._handle = handle
        features = ctypes.c_int()
        _check(library, library.LGBM_BoosterGetNumFeature(handle, ctypes.byref(features)))
        self.num_features = features.value

    @classmethod
    def from_file(cls, path: Path) -> Trees:
        return cls(path.read_text(encoding="utf-8"))

    def save_model(self, path: str | Path) -> None:
        Path(path).write_text(self.model_text, encoding="utf-8")

    def predict(self, matrix: Any, num_threads: int = 1) -> np.ndarray:
        """P(event) of each row of the CSR `matrix` (its columns are the model's features)."""
        rows, columns = matrix.shape
        if columns != self.num_features:  # as LightGBM's Python package refuses it
            raise ValueError(f"{columns} feature columns for trees of {self.num_features} features")
        indptr = np.ascontiguousarray(matrix.indptr)
        if indptr.dtype not in (np.int32, np.int64):
            indptr = indptr.astype(np.int64)
        indices = np.ascontiguousarray(matrix.indices, dtype=np.int32)
        data = np.ascontiguousarray(matrix.data)
        if data.dtype not in (np.float32, np.float64):
            data = data.astype(np.float64)
        out = np.empty(rows, dtype=np.float64)
        if rows == 0:
            return out
        written = ctypes.c_int64()
        library = _library()
        _check(library, library.LGBM_BoosterPredictForCSR(
            self._handle,
            indptr.ctypes.data_as(ctypes.c_void_p), _DTYPE_INT32 if indptr.dtype == np.int32 else _DTYPE_INT64,
            indices.ctypes.data_as(ctypes.POINTER(ctypes.c_int32)),
            data.ctypes.data_as(ctypes.c_void_p), _DTYPE_FLOAT32 if data.dtype == np.float32 else _DTYPE_FLOAT64,
            ctypes.c_int64(len(indptr)), ctypes.c_int64(len(data)), ctypes.c_int64(columns),
            ctypes.c_int(_PREDICT_NORMAL), ctypes.c_int(0), ctypes.c_int(-1),
            ctypes.c_char_p(f"num_threads={num_threads}".encode()),
            ctypes.byref(written), out.ctypes.data_as(ctypes.POINTER(ctypes.c_double))))  # fmt: skip
        if written.value != rows:
            raise RuntimeError(f"LightGBM: {written.value} predictions for {rows} rows")
        return out

    def predict_present(self, indptr: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """P(event) of each binary row: row i has 1.0 at `columns[indptr[i]:indptr[i + 1]]` (a column may repeat)
        and 0.0 elsewhere; `predict`'s values, bit for bit."""
        forest = self._forest
        if forest is not None:
            return forest.predict(indptr, columns)
        rows = len(indptr) - 1
        matrix = SimpleNamespace(indptr=indptr, indices=columns, data=np.ones(len(columns), dtype=np.float32),
                                 shape=(rows, self.num_features))  # fmt: skip
        return self.predict(matrix)

    def prepare(self) -> None:
        """Build the bit masks now (0.1-0.15 s) instead of at the first prediction: an extractor does it before its
        first document, and before it forks worker processes, which then share them."""
        _ = self._forest

    @cached_property
    def _forest(self) -> BitForest | None:
        """The trees as bit masks, or None for a model `BitForest` does not run."""
        return BitForest.from_model(self.model_text, self._leaf_value)

    def _leaf_value(self, tree: int, leaf: int) -> float:
        value = ctypes.c_double()
        library = _library()
        _check(library, library.LGBM_BoosterGetLeafValue(self._handle, ctypes.c_int(tree), ctypes.c_int(leaf),
                                                         ctypes.byref(value)))  # fmt: skip
        return value.value

    def __getstate__(self) -> dict[str, str]:
        return {"model_text": self.model_text}

    def __setstate__(self, state: dict[str, str]) -> None:
        self.__init__(state["model_text"])  # type: ignore[misc]

    def __del__(self) -> None:
        handle = self.__dict__.get("_handle")
        if handle is not None and handle.value:
            self._handle = None
            with contextlib.suppress(Exception):  # at interpreter exit the library may be gone: nothing to free
                _library().LGBM_BoosterFree(handle)


class BitForest:
    """Binary-objective LightGBM trees over 0/1 features, run as bit masks. A tree's leaves are bits, left to
    right; a split sends a row right exactly where it clears the bits of its left subtree, and the leaf a row
    reaches is the lowest bit left standing (QuickScorer). A split whose direction does not depend on its
    feature is folded into the tree's starting mask; every other split sends 0 left and 1 right, so a row clears
    only the masks of the splits on its present features."""

    def __init__(self, start: np.ndarray, split_tree: np.ndarray, split_mask: np.ndarray,
                 feature_splits: np.ndarray, leaf_values: np.ndarray, sigmoid: float) -> None:  # fmt: skip
        self.start = start  # (trees,) uint64: each tree's mask before any feature is present
        self.split_tree = split_tree  # the feature-dependent splits, ordered by feature: their tree
        self.split_mask = split_mask  # and the mask a present feature applies (its left subtree cleared)
        self.feature_splits = feature_splits  # (features + 1,): feature f's splits are [f_s[f], f_s[f + 1])
        self.split_counts = np.diff(feature_splits)
        self.leaf_values = leaf_values.reshape(-1)  # (trees, 64) float64: LightGBM's leaf outputs, by bit
        self.value_offsets = np.arange(len(start), dtype=np.int64) * leaf_values.shape[1]
        self.sigmoid = sigmoid

    @classmethod
    def from_model(cls, model_text: str, leaf_value: Any) -> BitForest | None:
        """The forest of a LightGBM text model (`leaf_value(tree, leaf)`: the library's leaf output), or None
        when it is not one this class runs as LightGBM would."""
        header, trees = _model_blocks(model_text)
        objective = header.get("objective", "").split()
        if objective[:1] != ["binary"] or header.get("num_tree_per_iteration") != "1" or "average_output" in header:
            return None
        sigmoid = next((float(part.split(":")[1]) for part in objective[1:] if part.startswith("sigmoid:")), 1.0)
        features = int(header["max_feature_idx"]) + 1
        starts, splits, values = [], [], np.zeros((len(trees), _MAX_LEAVES), dtype=np.float64)
        for index, tree in enumerate(trees):
            compiled = _compile_tree(tree)
            if compiled is None:
                return None
            start, tree_splits, leaves = compiled
            starts.append(start)
            splits += [(feature, index, mask) for feature, mask in tree_splits]
            values[index, : len(leaves)] = [leaf_value(index, leaf) for leaf in leaves]
        splits = _combined(splits)
        by_feature = np.bincount(np.array([f for f, _t, _m in splits], dtype=np.int64), minlength=features)
        return cls(np.array(starts, dtype=np.uint64), np.array([t for _f, t, _m in splits], dtype=np.int64),
                   np.array([m for _f, _t, m in splits], dtype=np.uint64),
                   np.concatenate(([0], np.cumsum(by_feature))).astype(np.int64), values, sigmoid)  # fmt: skip

    def predict(self, indptr: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """P(event) of each binary row (`Trees.predict_present`)."""
        indptr, columns = np.asarray(indptr, dtype=np.int64), np.asarray(columns, dtype=np.int64)
        rows = len(indptr) - 1
        # a long document's candidates in slices: the splits a slice's features send right are one array each
        raw = np.concatenate([np.zeros(0), *(self.raw(indptr[first : first + ROWS_PER_PASS + 1] - indptr[first],
                                                      columns[indptr[first] : indptr[min(first + ROWS_PER_PASS, rows)]])
                                             for first in range(0, rows, ROWS_PER_PASS))])  # fmt: skip
        sigmoid = self.sigmoid  # LightGBM's binary ConvertOutput: 1 / (1 + exp(-sigmoid * raw)), with libm's exp
        return np.array([1.0 / (1.0 + math.exp(-sigmoid * value)) for value in raw.tolist()], dtype=np.float64)

    def raw(self, indptr: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """The raw score of each row: its leaf values summed tree after tree, as LightGBM sums them."""
        rows, trees = len(indptr) - 1, len(self.start)
        if rows <= 0 or trees == 0:
            return np.zeros(max(rows, 0), dtype=np.float64)
        masks = np.empty((rows, trees), dtype=np.uint64)
        masks[:] = self.start
        masks = masks.reshape(-1)  # row r, tree t at r * trees + t
        counts = self.split_counts[columns]
        used = np.flatnonzero(counts)  # the present features that any split tests
        counts = counts[used]
        total = int(counts.sum())
        if total:
            firsts = self.feature_splits[columns[used]] - (np.cumsum(counts) - counts)
            splits = np.arange(total) + np.repeat(firsts, counts)
            row_of = np.repeat(np.repeat(np.arange(rows) * trees, np.diff(indptr))[used], counts)
            np.bitwise_and.at(masks, row_of + self.split_tree[splits], self.split_mask[splits])
        lowest = masks & (~masks + np.uint64(1))  # each tree's leaf: the lowest bit left
        leaf = np.frexp(lowest.astype(np.float64))[1] - 1  # exact: a power of two below 2**64
        values = np.take(self.leaf_values, leaf.reshape(rows, trees) + self.value_offsets)
        return np.cumsum(values, axis=1)[:, -1]  # a running sum: tree after tree, as LightGBM adds them


def _combined(splits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The (feature, tree, mask) splits ordered by feature and tree, with the splits of one feature in one tree
    made one (their masks ANDed: a present feature applies them all, and the order of ANDs does not matter)."""
    masks: dict[tuple[int, int], int] = {}
    for feature, tree, mask in splits:
        masks[feature, tree] = masks.get((feature, tree), mask) & mask
    return [(feature, tree, mask) for (feature, tree), mask in sorted(masks.items())]


def _model_blocks(model_text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The `key=value` lines of a text model's header and of each `Tree=` block."""
    header: dict[str, str] = {}
    trees: list[dict[str, str]] = []
    current = header
    for line in model_text.splitlines():
        if line == "end of trees":
            break
        key, sep, value = line.partition("=")
        if not sep:
            continue
        if key == "Tree":
            current = {}
            trees.append(current)
        else:
            current[key] = value
    return header, trees


@cache
def _directions(threshold: str, decision_type: str) -> tuple[bool, bool] | None:
    """Whether a split sends 0 and 1 left (LightGBM's `Tree::NumericalDecision` for a value that is not NaN), or
    None for a categorical split."""
    kind, limit = int(decision_type), float(threshold)
    if kind & 1:
        return None
    missing_zero = (kind >> 2) & 3 == 1  # a zero goes the default way
    return tuple(bool(kind & 2) if missing_zero and -_ZERO_THRESHOLD <= value <= _ZERO_THRESHOLD else value <= limit
                 for value in (0.0, 1.0))  # type: ignore[return-value]  # fmt: skip


def _compile_tree(tree: dict[str, str]) -> tuple[int, list[tuple[int, int]], list[int]] | None:
    """A tree as (its starting mask, (feature, mask) of its feature-dependent splits, LightGBM's leaf index of
    each bit), or None when it is not a plain numerical tree of at most 64 leaves whose splits send 0 left and 1
    right or do not depend on the value."""
    leaves = int(tree["num_leaves"])
    if leaves > _MAX_LEAVES or tree.get("num_cat", "0") != "0" or tree.get("is_linear", "0") != "0":
        return None
    if leaves == 1:
        return 1, [], [0]
    left, right = (list(map(int, tree[key].split())) for key in ("left_child", "right_child"))
    order: list[int] = []  # LightGBM's leaf indices, left to right: leaf bit i is order[i]
    left_bits: list[tuple[int, int]] = [(0, 0)] * len(left)  # node → the bits of its left subtree [first, end)

    def walk(child: int) -> tuple[int, int]:
        if child < 0:
            order.append(~child)
            return len(order) - 1, len(order)
        first, end = walk(left[child])
        left_bits[child] = (first, end)
        return first, walk(right[child])[1]

    walk(0)
    full = (1 << leaves) - 1
    start, splits = full, []
    features, thresholds, kinds = (tree[key].split() for key in ("split_feature", "threshold", "decision_type"))
    for node, (feature, threshold, kind) in enumerate(zip(features, thresholds, kinds, strict=True)):
        directions = _directions(threshold, kind)
        if directions is None or directions == (False, True):  # categorical; 0 right and 1 left
            return None
        first, end = left_bits[node]
        clear_left = full ^ ((1 << end) - (1 << first))
        if directions == (True, False):
            splits.append((int(feature), clear_left))
        elif directions == (False, False):  # always right
            start &= clear_left
    return start, splits, order
