// two_hop_neighbourhood: the actors within two events of an actor, in either direction, with their least
//   distance (1 or 2). The actor itself is left out, and so are negated events.
// @param actor actor                   the actor id
// @columns actor_id name hops
// @order hops, then actor_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (a:Actor {id: "RUS" /*$actor*/})<-[:SOURCE|TARGET]-(e1:Event)-[:SOURCE|TARGET]->(m:Actor)
WHERE NOT e1.negated AND m <> a
WITH a, collect(DISTINCT m) AS first
UNWIND first AS m
OPTIONAL MATCH (m)<-[:SOURCE|TARGET]-(e2:Event)-[:SOURCE|TARGET]->(o:Actor)
WHERE NOT e2.negated AND o <> m AND o <> a
WITH first, [x IN collect(DISTINCT o) WHERE NOT x IN first] AS second
UNWIND [m IN first | {actor: m, hops: 1}] + [o IN second | {actor: o, hops: 2}] AS row
WITH DISTINCT row.actor AS n, row.hops AS hops
RETURN n.id AS actor_id, n.name AS name, hops
ORDER BY hops, actor_id
