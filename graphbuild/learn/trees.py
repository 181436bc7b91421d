"""LightGBM trees for prediction, through LightGBM's C API (`c_api.h`) instead of its Python package.

Why: `import lightgbm` imports scikit-learn and, through it, scipy.stats (over a second at every start of every
process, each Dask worker included) for its estimator classes, which prediction never uses. The library, the
model format (LightGBM's text model) and the predictions are LightGBM's own: this module only loads
`lib_lightgbm` from the installed package and calls `LGBM_BoosterLoadModelFromString` and
`LGBM_BoosterPredictForCSR`, as the Python package does. Training still uses the Python package
(`graphbuild.learn.train`).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

# c_api.h
_DTYPE_FLOAT32, _DTYPE_FLOAT64, _DTYPE_INT32, _DTYPE_INT64 = 0, 1, 2, 3
_PREDICT_NORMAL = 0  # probabilities for a binary objective (the sigmoid applied)
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
