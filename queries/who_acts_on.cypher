// who_acts_on: who acts on an actor — each source actor and relation with its number of events and the
//   first and last event date. Negated events are left out.
// @param target   actor                the target actor id (e.g. RUS, kim-jong-un)
// @param relation relation  ""         one PLOVER type (AGREE ... ASSAULT), or "" for every type
// @columns source_id source_name relation events first_date last_date
// @order events descending, then source_id, relation
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (s:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(:Actor {id: "RUS" /*$target*/})
WHERE NOT e.negated AND ("" /*$relation*/ = "" OR e.relation = "" /*$relation*/)
RETURN s.id AS source_id, s.name AS source_name, e.relation AS relation, count(DISTINCT e) AS events,
       min(e.date) AS first_date, max(e.date) AS last_date
ORDER BY events DESC, source_id, relation
