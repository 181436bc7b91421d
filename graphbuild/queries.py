"""The named-query catalogue (queries/*.rq, with Cypher twins queries/*.cypher) and its runner.

    from graphbuild.queries import run_query
    rows = run_query("who_acts_on", {"target": "RUS"}, store="out/rdf")
    rows = run_query("who_acts_on", {"target": "RUS"}, endpoint="http://127.0.0.1:7878/sparql")

A query file starts with a comment header the catalogue reads:

    # NAME: what it answers (continued on lines that start with "#   ")
    # @param NAME TYPE [DEFAULT]   what it is       (TYPE: actor, relation, event_type, date, int, number, string)
    # @columns COL ...                             (the result columns, in order)
    # @order ...                                   (the row order, in words)

Parameters appear in the SPARQL as `$name` and are substituted as RDF terms built and escaped here (an actor
id becomes its IRI, an `event_type` the IRI of its PLOVER concept, a `relation` a string literal, a date an
xsd:date literal, an int a bare integer, a number an xsd:decimal), never spliced as raw text. Backends
other than SPARQL get the plain checked values from `bind_params`. Rows come back as plain dicts keyed by
the declared columns, with plain values (str, int, float, bool, ISO date strings, None) so the SPARQL and
Neo4j backends compare equal.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Store

from graphbuild.model import RELATIONS
from graphbuild.paths import PROJECT_DIR
from graphbuild.rdf.vocab import ACTORS_GRAPH_IRI, GB, XSD, actor_iri, event_type_iri
from graphbuild.resolve.names import ActorIndex, UnknownActor

QUERIES_DIR = PROJECT_DIR / "queries"
PARAM_TYPES = ("actor", "relation", "event_type", "date", "int", "number", "string")
_REQUIRED = object()


class QueryError(ValueError):
    """A named query that does not exist, a missing or malformed parameter, or a failed run."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = _REQUIRED
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    sparql: str
    cypher: str | None = None
    order: str = ""
    path: Path | None = field(default=None, compare=False)

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise QueryError(f"{self.name}: no parameter {name!r} (has: {', '.join(p.name for p in self.params)})")


_HEADER_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)\s*(.*)$")


def _parse_default(rest: str) -> tuple[Any, str]:
    rest = rest.strip()
    if rest.startswith('"'):
        end = rest.index('"', 1)
        return rest[1:end], rest[end + 1 :].strip()
    match = re.match(r"^(-?\d+)(\s+.*)?$", rest)
    if match:
        return int(match.group(1)), (match.group(2) or "").strip()
    return _REQUIRED, rest


def parse_query_file(path: Path) -> NamedQuery:
    """A NamedQuery from a .rq file and its header; the .cypher file beside it, if any, is its twin."""
    text = path.read_text(encoding="utf-8")
    name, description, params, columns, order = path.stem, [], [], (), ""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        if line.startswith(f"# {name}:"):
            description.append(line.split(":", 1)[1].strip())
        elif (match := _HEADER_PARAM.match(line)) is not None:
            if match.group(2) not in PARAM_TYPES:
                raise QueryError(f"{path}:{number}: unknown parameter type {match.group(2)!r}")
            default, about = _parse_default(match.group(3))
            params.append(Param(match.group(1), match.group(2), default, about))
        elif line.startswith("# @columns"):
            columns = tuple(line.split()[2:])
        elif line.startswith("# @order"):
            order = line.split("@order", 1)[1].strip()
        elif line.startswith("#   ") and description and not columns:
            description.append(line[1:].strip())
    if not description or not columns:
        raise QueryError(f"{path}: the header needs '# {name}: ...' and '# @columns ...' lines")
    cypher_path = path.with_suffix(".cypher")
    cypher = cypher_parameters(cypher_path.read_text(encoding="utf-8")) if cypher_path.exists() else None
    return NamedQuery(name, " ".join(description), tuple(params), columns, text, cypher, order, path)


# A Cypher twin writes each parameter as `DEFAULT /*$name*/` (a string, number or one-level map literal), so
# the file runs as written in cypher-shell or Neo4j Browser, where a bare $name would be ParameterMissing.
CYPHER_DEFAULT = re.compile(r"""(?P<literal>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?\d+(?:\.\d+)?|\{[^{}]*\})"""
                            r"\s*/\*\s*\$(?P<name>[A-Za-z_]\w*)\s*\*/")  # fmt: skip


def cypher_defaults(text: str) -> dict[str, list[str]]:
    """The default literals of a Cypher twin's parameters, by name (each place the parameter is used)."""
    found: dict[str, list[str]] = {}
    for match in CYPHER_DEFAULT.finditer(text):
        found.setdefault(match.group("name"), []).append(match.group("literal"))
    return found


def cypher_parameters(text: str) -> str:
    """A Cypher twin as graphbuild runs it: every `DEFAULT /*$name*/` replaced by the parameter `$name`."""
    return CYPHER_DEFAULT.sub(lambda match: "$" + match.group("name"), text)


@cache
def _catalogue(directory: str) -> dict[str, NamedQuery]:
    return {path.stem: parse_query_file(path) for path in sorted(Path(directory).glob("*.rq"))}


def catalogue(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query, by name."""
    return _catalogue(str(directory or QUERIES_DIR))


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    queries = catalogue(directory)
    if name not in queries:
        raise QueryError(f"no named query {name!r}; known: {', '.join(queries)}")
    return queries[name]


def _check_value(query: NamedQuery, param: Param, value: Any) -> Any:
    where = f"{query.name}: parameter {param.name}"
    if param.type == "int":
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise QueryError(f"{where}: {value!r} is not an integer") from None
        if number < 0:
            raise QueryError(f"{where}: must not be negative")
        return number
    if param.type == "number":
        try:
            real = float(value)
        except (TypeError, ValueError):
            raise QueryError(f"{where}: {value!r} is not a number") from None
        if not 0 <= real < float("inf"):
            raise QueryError(f"{where}: must be a non-negative number")
        return real
    text = str(value)
    if param.type == "actor" and not text.strip():
        raise QueryError(f"{where}: an actor id is needed")
    if param.type in ("relation", "event_type") and text not in RELATIONS and not (text == "" and param.default == ""):
        raise QueryError(f"{where}: {text!r} is not a PLOVER type ({', '.join(RELATIONS)})")
    if param.type == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"{where}: {text!r} is not an ISO date (YYYY-MM-DD)") from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise QueryError(f"{where}: {text!r} is not an ISO date (YYYY-MM-DD)")
    return text


def bind_params(query: NamedQuery, params: dict[str, Any] | None) -> dict[str, Any]:
    """The query's parameters checked and with defaults filled in (plain values: the Cypher parameters)."""
    params = dict(params or {})
    unknown = sorted(set(params) - {param.name for param in query.params})
    if unknown:
        raise QueryError(f"{query.name}: unknown parameter(s) {', '.join(unknown)}; "
                         f"takes: {', '.join(p.name for p in query.params) or 'none'}")  # fmt: skip
    bound = {}
    for param in query.params:
        if param.name not in params and param.required:
            raise QueryError(f"{query.name}: parameter {param.name} ({param.type}) is required")
        bound[param.name] = _check_value(query, param, params.get(param.name, param.default))
    return bound


def _term(param: Param, value: Any) -> str:
    """The SPARQL text of a checked parameter value: an escaped IRI, literal or integer token."""
    if param.type == "actor":
        return str(actor_iri(value))
    if param.type == "int":
        return str(int(value))
    if param.type == "number":
        return str(Literal(format(float(value), "f"), datatype=NamedNode(XSD + "decimal")))
    if param.type == "event_type":
        return str(event_type_iri(value))
    if param.type == "date":
        return str(Literal(value, datatype=NamedNode(XSD + "date")))
    return str(Literal(value))


# Comments, IRIs and strings are copied untouched; only `$name` tokens outside them are parameters.
_TOKENS = re.compile(
    r"""(?P<skip>\#[^\n]*|<[^<>"{}|^`\\\s]*>|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|\$(?P<var>[A-Za-z_][A-Za-z0-9_]*)""",
    re.VERBOSE,
)


def sparql_text(query: NamedQuery, params: dict[str, Any] | None = None) -> str:
    """The query's SPARQL with its parameters substituted as RDF terms."""
    bound = bind_params(query, params)
    terms = {param.name: _term(param, bound[param.name]) for param in query.params}

    def replace(match: re.Match[str]) -> str:
        name = match.group("var")
        if name is None:
            return match.group(0)
        if name not in terms:
            raise QueryError(f"{query.name}: ${name} is used but not declared with @param")
        return terms[name]

    return _TOKENS.sub(replace, query.sparql)


_INTEGERS = {XSD + name for name in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}  # fmt: skip
_FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}


def normalise(value: str, datatype: str | None = None) -> Any:
    """A literal's lexical value as a plain Python value: int, float (6 decimals), bool or str."""
    if datatype in _INTEGERS:
        return int(value)
    if datatype in _FLOATS:
        return round(float(value), 6)
    if datatype == XSD + "boolean":
        return value in ("true", "1")
    return value


def _from_term(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        return normalise(term.value, term.datatype.value if term.datatype else None)
    if isinstance(term, NamedNode | BlankNode):
        return term.value
    return str(term)


def _from_json_binding(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    if binding["type"] in ("literal", "typed-literal"):
        return normalise(binding["value"], binding.get("datatype"))
    return binding["value"]


def run_sparql(query: NamedQuery, params: dict[str, Any] | None = None, *, store: Store | str | Path | None = None,
               endpoint: str | None = None, timeout: float = 60.0) -> list[dict[str, Any]]:  # fmt: skip
    """Run a named query on a pyoxigraph store (a Store or its folder) or a SPARQL endpoint URL."""
    text = sparql_text(query, params)
    if endpoint:
        return _run_endpoint(query, text, endpoint, timeout)
    if store is None:
        raise QueryError("give a store folder (--store) or an endpoint URL (--endpoint)")
    if not isinstance(store, Store):
        path = Path(store)
        if not path.is_dir():
            raise QueryError(f"{path}: no RDF store here")
        store = Store.read_only(str(path))
    solutions = store.query(text)
    return [{column: _from_term(solution[column]) for column in query.columns} for solution in solutions]


def _run_endpoint(query: NamedQuery, text: str, endpoint: str, timeout: float) -> list[dict[str, Any]]:
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    request = urllib.request.Request(endpoint, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            results = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")[:500]
        raise QueryError(f"{endpoint}: HTTP {error.code}: {detail}") from error
    except urllib.error.URLError as error:
        raise QueryError(f"{endpoint}: cannot reach the endpoint: {error.reason}") from error
    return [{column: _from_json_binding(row.get(column)) for column in query.columns}
            for row in results["results"]["bindings"]]  # fmt: skip


# A backend runs a NamedQuery with bound parameters; `options` carries store/endpoint/neo4j settings.
Backend = Callable[[NamedQuery, dict[str, Any], dict[str, Any]], list[dict[str, Any]]]
# An actor lister gives a backend's (actor id, name or alias) pairs, to resolve `actor` parameters by name.
ActorLister = Callable[[dict[str, Any]], Iterable[tuple[str, str | None]]]
# An id checker gives those of some actor ids that are actors of the backend's store (an index lookup): when
# every `actor` parameter is one, they resolve to themselves and the store's actors need not be listed.
ActorIdChecker = Callable[[dict[str, Any], list[str]], set[str]]
_BACKENDS: dict[str, Backend] = {}
_ACTOR_LISTERS: dict[str, ActorLister] = {}
_ACTOR_ID_CHECKERS: dict[str, ActorIdChecker] = {}


def register_backend(name: str, backend: Backend, actors: ActorLister | None = None,
                     known_ids: ActorIdChecker | None = None) -> None:  # fmt: skip
    """Make `run_query(..., backend=name)` call `backend(query, bound_params, options)`; `actors(options)`
    lists the store's actors so that an `actor` parameter may be a name or alias, not only an id;
    `known_ids(options, ids)` spares that listing when the parameters are the store's actor ids."""
    _BACKENDS[name] = backend
    if actors is not None:
        _ACTOR_LISTERS[name] = actors
    if known_ids is not None:
        _ACTOR_ID_CHECKERS[name] = known_ids


def _needs_resolving(query: NamedQuery, bound: dict[str, Any], backend: str, options: dict[str, Any]) -> bool:
    """True when an `actor` parameter may be a name: the backend lists actors and cannot vouch that every
    such parameter is already an actor id of its store (an id of the store resolves to itself)."""
    values = [str(bound[param.name]) for param in query.params if param.type == "actor"]
    if backend not in _ACTOR_LISTERS or not values:
        return False
    checker = _ACTOR_ID_CHECKERS.get(backend)
    return checker is None or not set(values) <= checker(options, values)


def _opened_store(options: dict[str, Any]) -> Store | str | Path | None:
    """`options["store"]`, a store folder opened read-only once and kept in `options` (one `run_query` call's
    dict), so the actor-id check, the actor listing and the query share one open store; a path that is no
    folder is left for `run_sparql` to report."""
    store = options.get("store")
    if store is None or isinstance(store, Store) or not Path(store).is_dir():
        return store
    options["store"] = Store.read_only(str(store))
    return options["store"]


def _sparql_backend(query: NamedQuery, params: dict[str, Any], options: dict[str, Any]) -> list[dict[str, Any]]:
    return run_sparql(query, params, store=_opened_store(options), endpoint=options.get("endpoint"))


_ACTOR_NAMES = NamedQuery("actor_names", "every actor id with its labels and aliases", (), ("id", "name"), f"""
PREFIX gb: <{GB}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?id ?name WHERE {{
  GRAPH <{ACTORS_GRAPH_IRI}> {{
    ?actor gb:actorId ?id .
    OPTIONAL {{ {{ ?actor rdfs:label ?label }} UNION {{ ?actor skos:altLabel ?label }} }}
  }}
  BIND(STR(?label) AS ?name)
}}""")


def _sparql_actors(options: dict[str, Any]) -> list[tuple[str, str | None]]:
    rows = run_sparql(_ACTOR_NAMES, store=_opened_store(options), endpoint=options.get("endpoint"))
    return [(row["id"], row["name"]) for row in rows]


def _sparql_held(options: dict[str, Any], ids: list[str]) -> set[str]:
    """The ids among `ids` that an actor of a local store has as gb:actorId (an endpoint: none known, so names
    are resolved the long way)."""
    if options.get("endpoint"):
        return set()
    store = _opened_store(options)
    if not isinstance(store, Store):  # none given, or no folder: run_sparql reports it
        return set()
    graph, predicate = NamedNode(ACTORS_GRAPH_IRI), NamedNode(GB + "actorId")
    return {actor_id for actor_id in ids
            if any(True for _ in store.quads_for_pattern(None, predicate, Literal(actor_id), graph))}  # fmt: skip


register_backend("sparql", _sparql_backend, _sparql_actors, _sparql_held)


def resolve_actor_params(query: NamedQuery, bound: dict[str, Any], stored: Iterable[tuple[str, str | None]],
                         notes: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    """`actor` parameters given as a name or alias in any language (`Russia`, `Rusia`) replaced by the actor
    id (`RUS`), from the store's actors and the gazetteer; a name that fits no actor (or several) is a
    QueryError with suggestions. An actor the gazetteer knows but the store does not is noted in `notes`."""
    actor_params = [param for param in query.params if param.type == "actor"]
    if not actor_params:
        return bound
    index = ActorIndex.build(stored)
    resolved = dict(bound)
    for param in actor_params:
        try:
            resolved[param.name] = index.resolve(str(bound[param.name]))
        except UnknownActor as error:
            raise QueryError(f"{query.name}: parameter {param.name}: {error}") from None
        if resolved[param.name] not in index.stored and notes is not None:
            notes.append(f"{index.label(resolved[param.name])} is in no article of this store: no rows")
    return resolved


def run_query(name: str, params: dict[str, Any] | None = None, *, backend: str = "sparql",
              store: Store | str | Path | None = None, endpoint: str | None = None,
              neo4j: Any = None, notes: list[str] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Run a named query on a backend: `sparql` (a store folder or an endpoint URL) or another registered one
    (`neo4j`, registered by `graphbuild.neo4j.queries` on import, gets `neo4j` as its connection settings).
    An `actor` parameter may be an id or a name/alias in any language (see `resolve_actor_params`)."""
    query = get_query(name)
    module = f"graphbuild.{backend}.queries"
    if backend not in _BACKENDS and importlib.util.find_spec(f"graphbuild.{backend}") is not None \
            and importlib.util.find_spec(module) is not None:  # fmt: skip
        importlib.import_module(module)
    if backend not in _BACKENDS:
        raise QueryError(f"unknown query backend {backend!r}; known: {', '.join(sorted(_BACKENDS))}")
    bound = bind_params(query, params)
    options = {"store": store, "endpoint": endpoint, "neo4j": neo4j}
    if _needs_resolving(query, bound, backend, options):
        bound = resolve_actor_params(query, bound, _ACTOR_LISTERS[backend](options), notes)
    return _BACKENDS[backend](query, bound, options)


def filter_params(name: str, params: dict[str, Any], **filters: Any) -> dict[str, Any]:
    """`params` plus the command's filters (since, until, min_confidence) that were given; a query that does
    not declare such a parameter cannot be filtered that way, which is an error, not a silent no-op."""
    query = get_query(name)
    declared = {param.name for param in query.params}
    merged = dict(params)
    for key, value in filters.items():
        if value is None or value == 0.0:
            continue
        if key not in declared:
            flag = "--" + key.replace("_", "-")
            raise QueryError(f"{name}: takes no {flag} (queries with a {key} parameter: "
                             f"{', '.join(q.name for q in catalogue().values() if key in {p.name for p in q.params})})")
        merged[key] = value
    return merged


def parse_param_args(pairs: list[str]) -> dict[str, str]:
    """`key=value` strings (from --param) as a dict; a pair without `=` is an error."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: write key=value")
        params[key.strip()] = value
    return params


def describe_catalogue() -> str:
    """The named queries with their parameters and columns, for `graphbuild query --list`."""
    lines = []
    for query in catalogue().values():
        params = ", ".join(p.name + ("" if p.required else f"={p.default!r}") for p in query.params)
        twin = "" if query.cypher is None else "  [+cypher]"
        lines.append(f"{query.name}({params}){twin}\n    {query.description}\n    -> {', '.join(query.columns)}")
    return "\n".join(lines)


def format_rows(name: str, rows: list[dict[str, Any]], fmt: str = "table") -> str:
    """Rows as an aligned text table, JSON (a list of objects) or CSV."""
    columns = list(get_query(name).columns)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; use table, json or csv")
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    out = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
           "  ".join("-" * w for w in widths)]  # fmt: skip
    out += ["  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() for line in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
