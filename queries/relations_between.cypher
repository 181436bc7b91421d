// relations_between: every event between two actors, in both directions, oldest first (events without a
//   date first). Negated events are left out.
// @param a actor                       one actor id
// @param b actor                       the other actor id
// @columns date source_id relation target_id event_id
// @order date, then event_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (s:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(t:Actor)
WHERE NOT e.negated AND ((s.id = "RUS" /*$a*/ AND t.id = "UKR" /*$b*/) OR (s.id = "UKR" /*$b*/ AND t.id = "RUS" /*$a*/))
RETURN e.date AS date, s.id AS source_id, e.relation AS relation, t.id AS target_id, e.id AS event_id
ORDER BY date IS NOT NULL, date, event_id
