// two_hop_neighbourhood: the actors within two events of an actor, in either direction, with their least
//   distance (1 or 2). The actor itself is left out, and so are negated events.
// @param actor actor                   the actor id
// @columns actor_id name hops
// @order hops, then actor_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// It reads the aggregate relationships (one per source, PLOVER type and target), not the Event nodes: the
// pattern names the 16 PLOVER types, so a hub actor's tens of thousands of Event links are never expanded,
// and every hop starts from actors already bound (they join actors only: no label to check at the far end).
MATCH (a:Actor {id: "RUS" /*$actor*/})-[:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|
      ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]-(m)
WHERE m <> a
WITH a, collect(DISTINCT m) AS first
CALL (a, first) {
  UNWIND first AS m
  MATCH (m)-[:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|
        ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]-(o)
  WHERE o <> m AND o <> a
  WITH DISTINCT o
  WHERE NOT o IN first
  RETURN collect(o) AS second
}
UNWIND [m IN first | {actor: m, hops: 1}] + [o IN second | {actor: o, hops: 2}] AS row
WITH row.actor AS n, row.hops AS hops
RETURN n.id AS actor_id, n.name AS name, hops
ORDER BY hops, actor_id
