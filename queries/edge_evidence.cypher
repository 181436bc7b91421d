// edge_evidence: the evidence behind one edge source -relation-> target: each event's sentence and the
//   article it comes from. Negated events are left out.
// @param source actor                  the source actor id
// @param relation relation             a PLOVER type (AGREE ... ASSAULT)
// @param target actor                  the target actor id
// @columns event_id sentence article_id article_title date url
// @order date, then event_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (:Actor {id: "RUS" /*$source*/})<-[:SOURCE]-(e:Event {relation: "ASSAULT" /*$relation*/})
      -[:TARGET]->(:Actor {id: "UKR" /*$target*/})
WHERE NOT e.negated
MATCH (e)-[:REPORTED_IN]->(x:Article)
RETURN e.id AS event_id, e.sentence AS sentence, x.id AS article_id,
       CASE WHEN x.title = "" THEN null ELSE x.title END AS article_title, e.date AS date, x.url AS url
ORDER BY date IS NOT NULL, date, event_id
