// dyad_timeseries: distinct events (events.jsonl) from one actor to another per period: how many, by PLOVER
//   quad class, and their Goldstein sum. Symmetric events (meetings) count in both directions; both=1 adds
//   the events of target on source. Undated events have no period and are left out.
// @param source actor                   the acting actor id
// @param target actor                   the actor acted on
// @param freq string "month"            day, week (ISO, e.g. 2024-W11) or month
// @param both int 0                     1: events in both directions
// @param since string ""                only events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)
// @param until string ""                only events dated on or before this (YYYY, YYYY-MM or YYYY-MM-DD)
// @param min_confidence number 0        only events at least this confident (their best mention)
// @columns period events verbal_cooperation material_cooperation verbal_conflict material_conflict goldstein
// @order period
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
WITH "RUS" /*$source*/ AS source, "UKR" /*$target*/ AS target, 0 /*$both*/ AS both,
     "" /*$since*/ AS since, "" /*$until*/ AS until
CALL (source, target, both) {
  MATCH (:Actor {id: source})<-[:INCIDENT_SOURCE]-(i:Incident)-[:INCIDENT_TARGET]->(:Actor {id: target})
  RETURN i
  UNION
  MATCH (:Actor {id: target})<-[:INCIDENT_SOURCE]-(i:Incident)-[:INCIDENT_TARGET]->(:Actor {id: source})
  WHERE i.symmetric OR both = 1
  RETURN i
}
WITH i, since, until
WHERE i.event_date IS NOT NULL AND i.confidence >= 0 /*$min_confidence*/
  AND (since = '' OR substring(i.event_date, 0, size(since)) >= since)
  AND (until = '' OR substring(i.event_date, 0, size(until)) <= until)
WITH i, CASE "month" /*$freq*/ WHEN 'day' THEN i.event_date WHEN 'week' THEN i.week
     ELSE substring(i.event_date, 0, 7) END AS period
RETURN period, count(i) AS events,
       sum(CASE WHEN i.quad = 1 THEN 1 ELSE 0 END) AS verbal_cooperation,
       sum(CASE WHEN i.quad = 2 THEN 1 ELSE 0 END) AS material_cooperation,
       sum(CASE WHEN i.quad = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
       sum(CASE WHEN i.quad = 4 THEN 1 ELSE 0 END) AS material_conflict,
       round(sum(i.goldstein), 3) AS goldstein
ORDER BY period
