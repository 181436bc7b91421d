// relations_between: every event between two actors, in both directions, oldest first (events without a
//   date first). Negated events are left out.
// @param a actor                       one actor id
// @param b actor                       the other actor id
// @columns date source_id relation target_id event_id
// @order date, then event_id
MATCH (s:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(t:Actor)
WHERE NOT e.negated AND ((s.id = $a AND t.id = $b) OR (s.id = $b AND t.id = $a))
RETURN e.date AS date, s.id AS source_id, e.relation AS relation, t.id AS target_id, e.id AS event_id
ORDER BY date IS NOT NULL, date, event_id
