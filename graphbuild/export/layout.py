"""A fast force-directed layout (Fruchterman–Reingold) in numpy, for graphs of thousands of nodes.

networkx's `spring_layout` without scipy and `forceatlas2_layout` build n×n×2 arrays (400 MB at 5,000 nodes)
and take minutes there. Here attraction is computed per edge and repulsion exactly between nodes of
neighbouring grid cells plus, for farther nodes, from the centroid of each occupied cell (a particle-mesh
approximation): about O(n·cells + edges) per iteration. Positions are deterministic for a given graph.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

EXACT_LIMIT = 1500  # up to this many nodes every pair of nodes repels exactly
MAX_CELLS_PER_SIDE = 20
GRAVITY = 0.3  # pulls small components to the rim of the big one, not beyond
CANVAS = 1000.0


def _exact_repulsion(pos: np.ndarray, k2: float) -> np.ndarray:
    delta = pos[:, None, :] - pos[None, :, :]
    dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
    np.fill_diagonal(dist2, np.inf)
    return (delta * (k2 / dist2)[:, :, None]).sum(axis=1)


def _grid_repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    n = len(pos)
    k2 = k * k
    low = pos.min(axis=0)
    extent = max(float((pos.max(axis=0) - low).max()), k)
    side = int(min(MAX_CELLS_PER_SIDE, max(1, extent // (2 * k))))
    size = extent / side + 1e-9
    cx = np.minimum(((pos[:, 0] - low[0]) / size).astype(np.int64), side - 1)
    cy = np.minimum(((pos[:, 1] - low[1]) / size).astype(np.int64), side - 1)
    cell = cx * side + cy
    cells = side * side
    count = np.bincount(cell, minlength=cells).astype(np.float64)
    occupied = np.nonzero(count)[0]
    centroid = np.zeros((cells, 2))
    centroid[:, 0] = np.bincount(cell, pos[:, 0], cells) / np.maximum(count, 1)
    centroid[:, 1] = np.bincount(cell, pos[:, 1], cells) / np.maximum(count, 1)

    # far field: every node against every occupied cell's centroid, weighted by the cell's node count
    force = np.zeros((n, 2))
    for chunk in range(0, n, 1000):
        part = pos[chunk:chunk + 1000]
        delta = part[:, None, :] - centroid[occupied][None, :, :]
        dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
        force[chunk:chunk + 1000] = (delta * (count[occupied] * k2 / dist2)[:, :, None]).sum(axis=1)

    order = np.argsort(cell, kind="stable")
    start = np.zeros(cells, dtype=np.int64)
    start[1:] = np.cumsum(count.astype(np.int64))[:-1]
    nodes = np.arange(n)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            nx_, ny_ = cx + dx, cy + dy
            valid = (nx_ >= 0) & (nx_ < side) & (ny_ >= 0) & (ny_ < side)
            neighbour = np.where(valid, nx_ * side + ny_, 0)
            # near field replaces the centroid term of the 3×3 neighbourhood with exact pairs
            delta = pos - centroid[neighbour]
            dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
            weight = np.where(valid, count[neighbour], 0.0)
            force -= delta * (weight * k2 / dist2)[:, None]
            counts = np.where(valid, count[neighbour], 0).astype(np.int64)
            total = int(counts.sum())
            if not total:
                continue
            ii = np.repeat(nodes, counts)
            within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
            jj = order[np.repeat(start[neighbour], counts) + within]
            keep = ii != jj
            ii, jj = ii[keep], jj[keep]
            delta = pos[ii] - pos[jj]
            dist2 = np.maximum((delta**2).sum(axis=-1), 1e-4)
            push = delta * (k2 / dist2)[:, None]
            force[:, 0] += np.bincount(ii, push[:, 0], n)
            force[:, 1] += np.bincount(ii, push[:, 1], n)
    return force


def canvas_size(nodes: int) -> float:
    """The side of the layout box: 1000, growing with √n past 1,100 nodes so node sizes stay readable."""
    return max(CANVAS, round(30.0 * float(np.sqrt(nodes))))


def fast_layout(graph: nx.Graph, iterations: int | None = None, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node → (x, y) in a box of side `canvas_size(n)` (y grows downwards, as on screen). Actors without
    edges go in rows under the drawing instead of being pushed to its rim."""
    nodes = sorted(graph.nodes, key=str)
    if not nodes:
        return {}
    linked = [node for node in nodes if any(u != v for u, v in graph.edges(node))
              or any(u != v for u, v in graph.in_edges(node))] if graph.is_directed() else \
        [node for node in nodes if any(u != v for u, v in graph.edges(node))]  # fmt: skip
    linked_set = set(linked)
    isolated = [node for node in nodes if node not in linked_set]
    pos = _force_positions(graph, linked, iterations, seed)
    if isolated:
        columns = max(1, int(np.ceil(np.sqrt(len(isolated) * 4))))
        top = pos[:, 1].max() + 2.0 if len(pos) else 0.0
        width = max(float(np.ptp(pos[:, 0])) if len(pos) else 0.0, float(columns - 1)) or 1.0
        left = pos[:, 0].min() if len(pos) else 0.0
        grid = np.array([(left + (i % columns) * width / max(columns - 1, 1), top + (i // columns) * 1.5)
                         for i in range(len(isolated))])  # fmt: skip
        pos = np.vstack([pos, grid]) if len(pos) else grid
    ordered = linked + isolated
    if len(ordered) == 1:
        return {ordered[0]: (CANVAS / 2, CANVAS / 2)}
    pos = pos - pos.min(axis=0)
    scale = canvas_size(len(ordered)) / max(float(pos.max()), 1e-9)
    return {node: (round(float(x) * scale, 2), round(float(y) * scale, 2))
            for node, (x, y) in zip(ordered, pos, strict=True)}  # fmt: skip


def _force_positions(graph: nx.Graph, nodes: list, iterations: int | None, seed: int) -> np.ndarray:
    n = len(nodes)
    if n == 0:
        return np.zeros((0, 2))
    index = {node: i for i, node in enumerate(nodes)}
    pairs: dict[tuple[int, int], float] = {}
    for u, v, data in graph.edges(data=True):
        if u != v:
            key = (index[u], index[v]) if index[u] < index[v] else (index[v], index[u])
            pairs[key] = pairs.get(key, 0.0) + float(data.get("events", 1))
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    weight = np.log1p(np.array(list(pairs.values()), dtype=np.float64))
    k = 1.0
    side = np.sqrt(n) * k
    pos = np.random.default_rng(seed).uniform(0, side, size=(n, 2))
    iterations = iterations or (80 if n <= EXACT_LIMIT else 40)
    temperature = side / 8
    for step in range(iterations):
        force = _exact_repulsion(pos, k * k) if n <= EXACT_LIMIT else _grid_repulsion(pos, k)
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta**2).sum(axis=-1)) + 1e-9
        pull = delta * (dist * weight / k)[:, None]
        for axis in (0, 1):
            force[:, axis] -= np.bincount(src, pull[:, axis], n)
            force[:, axis] += np.bincount(dst, pull[:, axis], n)
        force -= GRAVITY * (pos - pos.mean(axis=0))
        length = np.sqrt((force**2).sum(axis=-1)) + 1e-9
        cooled = temperature * (1 - step / iterations) + 1e-3
        pos += force * (np.minimum(length, cooled) / length)[:, None]
    return pos
