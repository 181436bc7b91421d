// events_by_type: the events of one type between two dates (inclusive); events without a date are left out,
//   and so are negated events.
// @param relation relation             a PLOVER type (AGREE ... ASSAULT)
// @param since date "0001-01-01"       first date (ISO)
// @param until date "9999-12-31"       last date (ISO)
// @columns event_id date source_id target_id article_id
// @order date, then event_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (e:Event {relation: "ASSAULT" /*$relation*/})
WHERE NOT e.negated AND e.date >= "0001-01-01" /*$since*/ AND e.date <= "9999-12-31" /*$until*/
MATCH (s:Actor)<-[:SOURCE]-(e)-[:TARGET]->(t:Actor)
MATCH (e)-[:REPORTED_IN]->(x:Article)
RETURN e.id AS event_id, e.date AS date, s.id AS source_id, t.id AS target_id, x.id AS article_id
ORDER BY date, event_id
