// two_hop_neighbourhood: the actors within two events of an actor, in either direction, with their least
//   distance (1 or 2). The actor itself is left out, and so are negated events.
// @param actor actor                   the actor id
// @columns actor_id name hops
// @order hops, then actor_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// It reads the aggregate relationships (one per source, PLOVER type and target: events, goldstein_sum,
// first_date, last_date), not the Event nodes; quads (relation -> CAMEO quad class) is data/relations.yaml's,
// passed as $quads, and tells them from the other relationships between actors.
WITH {AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 3, ACCUSE: 3,
      REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4} /*$quads*/ AS quads
MATCH (a:Actor {id: "RUS" /*$actor*/})-[x]-(m:Actor)
WHERE quads[type(x)] IS NOT NULL AND m <> a
WITH a, quads, collect(DISTINCT m) AS first
UNWIND first AS m
OPTIONAL MATCH (m)-[y]-(o:Actor)
WHERE quads[type(y)] IS NOT NULL AND o <> m AND o <> a
WITH first, [n IN collect(DISTINCT o) WHERE NOT n IN first] AS second
UNWIND [m IN first | {actor: m, hops: 1}] + [o IN second | {actor: o, hops: 2}] AS row
WITH DISTINCT row.actor AS n, row.hops AS hops
RETURN n.id AS actor_id, n.name AS name, hops
ORDER BY hops, actor_id
