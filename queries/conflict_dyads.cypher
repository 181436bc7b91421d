// conflict_dyads: the directed actor pairs with the most hostile record: conflict events only (quad classes
//   3-4), counted and summed by Goldstein value, most negative sum first. Negated events are left out.
// @param limit int 10                  how many pairs
// @columns source_id target_id events goldstein_sum
// @order goldstein_sum ascending, then source_id, target_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// It reads the aggregate relationships (one per source, PLOVER type and target: events, goldstein_sum,
// first_date, last_date), not the Event nodes; quads (relation -> CAMEO quad class) is data/relations.yaml's,
// passed as $quads. The pattern names the 16 PLOVER types: only aggregate relationships are read, never
// a hub actor's tens of thousands of Event links.
WITH {AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 3, ACCUSE: 3,
      REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4} /*$quads*/ AS quads
MATCH (s)-[x:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|
        ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]->(t)
WHERE quads[type(x)] >= 3
RETURN s.id AS source_id, t.id AS target_id, sum(x.events) AS events,
       round(sum(x.goldstein_sum), 4) AS goldstein_sum
ORDER BY goldstein_sum, source_id, target_id
LIMIT 10 /*$limit*/
