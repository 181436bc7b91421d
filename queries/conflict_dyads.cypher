// conflict_dyads: the directed actor pairs with the most hostile record: conflict events only (quad classes
//   3-4), counted and summed by Goldstein value, most negative sum first. Negated events are left out.
// @param limit int 10                  how many pairs
// @columns source_id target_id events goldstein_sum
// @order goldstein_sum ascending, then source_id, target_id
// $quads (relation -> CAMEO quad class, from data/relations.yaml) is supplied by the query runner.
MATCH (s:Actor)<-[:SOURCE]-(e:Event)-[:TARGET]->(t:Actor)
WHERE NOT e.negated AND $quads[e.relation] >= 3
RETURN s.id AS source_id, t.id AS target_id, count(DISTINCT e) AS events, sum(e.goldstein) AS goldstein_sum
ORDER BY goldstein_sum, source_id, target_id
LIMIT $limit
