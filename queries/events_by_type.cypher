// events_by_type: the events of one type that happened between two dates (inclusive): the event date from the
//   text (the article's date for an output built before event dates); undated and negated events are left out.
// @param relation relation             a PLOVER type (AGREE ... ASSAULT)
// @param since date "0001-01-01"       first date (ISO)
// @param until date "9999-12-31"       last date (ISO)
// @columns event_id date source_id target_id article_id
// @order date, then event_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (e:Event {relation: "ASSAULT" /*$relation*/})
WITH e, CASE WHEN e.date_precision IS NOT NULL THEN e.event_date ELSE e.date END AS date
WHERE NOT e.negated AND date >= "0001-01-01" /*$since*/ AND date <= "9999-12-31" /*$until*/
MATCH (s:Actor)<-[:SOURCE]-(e)-[:TARGET]->(t:Actor)
MATCH (e)-[:REPORTED_IN]->(x:Article)
RETURN e.id AS event_id, date, s.id AS source_id, t.id AS target_id, x.id AS article_id
ORDER BY date, event_id
