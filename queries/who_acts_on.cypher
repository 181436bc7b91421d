// who_acts_on: who acts on an actor — each source actor and relation with its number of events and the
//   first and last event date. Negated events are left out.
// @param target   actor                the target actor id (e.g. RUS, kim-jong-un)
// @param relation relation  ""         one PLOVER type (AGREE ... ASSAULT), or "" for every type
// @columns source_id source_name relation events first_date last_date
// @order events descending, then source_id, relation
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// It reads the aggregate relationships (one per source, PLOVER type and target: events, goldstein_sum,
// first_date, last_date), not the Event nodes; quads (relation -> CAMEO quad class) is data/relations.yaml's,
// passed as $quads. The pattern names the 16 PLOVER types: only aggregate relationships are read, never
// a hub actor's tens of thousands of Event links.
WITH {AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 3, ACCUSE: 3,
      REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4} /*$quads*/ AS quads, "" /*$relation*/ AS only
MATCH (s)-[x:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|
      ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]->(:Actor {id: "RUS" /*$target*/})
WHERE quads[type(x)] IS NOT NULL AND (only = "" OR type(x) = only)
RETURN s.id AS source_id, s.name AS source_name, type(x) AS relation, x.events AS events,
       x.first_date AS first_date, x.last_date AS last_date
ORDER BY events DESC, source_id, relation
