// most_active_actors: the actors in the most events, as source or target (an event counts once per actor).
//   Negated events are left out.
// @param limit int 10                  how many actors
// @columns actor_id name events
// @order events descending, then actor_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
MATCH (a:Actor)<-[:SOURCE|TARGET]-(e:Event)
WHERE NOT e.negated
RETURN a.id AS actor_id, a.name AS name, count(DISTINCT e) AS events
ORDER BY events DESC, actor_id
LIMIT 10 /*$limit*/
