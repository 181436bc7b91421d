// most_active_actors: the actors in the most events, as source or target (an event counts once per actor).
//   Negated events are left out.
// @param limit int 10                  how many actors
// @columns actor_id name events
// @order events descending, then actor_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// It reads the aggregate relationships (one per source, PLOVER type and target: events, goldstein_sum,
// first_date, last_date), not the Event nodes; quads (relation -> CAMEO quad class) is data/relations.yaml's,
// passed as $quads. The pattern names the 16 PLOVER types: only aggregate relationships are read, never
// a hub actor's tens of thousands of Event links.
WITH {AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 3, ACCUSE: 3,
      REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4} /*$quads*/ AS quads
MATCH (a)-[x:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|
        ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]->(b)
WHERE quads[type(x)] IS NOT NULL
UNWIND CASE WHEN a = b THEN [a] ELSE [a, b] END AS actor
WITH actor, sum(x.events) AS events
RETURN actor.id AS actor_id, actor.name AS name, events
ORDER BY events DESC, actor_id
LIMIT 10 /*$limit*/
