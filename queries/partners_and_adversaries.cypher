// partners_and_adversaries: an actor's counterparts in either direction, with how many cooperation events
//   (quad classes 1-2) and conflict events (quad classes 3-4) tie them, and the sum of their Goldstein values.
//   Negated events and the actor's events with itself are left out.
// @param actor actor                   the actor id
// @columns other_id other_name cooperation_events conflict_events goldstein_balance
// @order goldstein_balance descending, then other_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// It reads the aggregate relationships (one per source, PLOVER type and target: events, goldstein_sum,
// first_date, last_date), not the Event nodes; quads (relation -> CAMEO quad class) is data/relations.yaml's,
// passed as $quads. The pattern names the 16 PLOVER types: only aggregate relationships are read, never
// a hub actor's tens of thousands of Event links.
WITH {AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 3, ACCUSE: 3,
      REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4} /*$quads*/ AS quads
MATCH (a:Actor {id: "RUS" /*$actor*/})-[x:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|
      ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]-(o)
WHERE quads[type(x)] IS NOT NULL AND o <> a
WITH o, x, quads[type(x)] AS quad
RETURN o.id AS other_id, o.name AS other_name,
       sum(CASE WHEN quad <= 2 THEN x.events ELSE 0 END) AS cooperation_events,
       sum(CASE WHEN quad >= 3 THEN x.events ELSE 0 END) AS conflict_events,
       round(sum(x.goldstein_sum), 4) AS goldstein_balance
ORDER BY goldstein_balance DESC, other_id
