// articles_mentioning: the articles that mention an actor, with the number of (not negated) events in each
//   that the actor takes part in, as source or target.
// @param actor actor                   the actor id
// @columns article_id title date url events
// @order date, then article_id
// Parameters are written `DEFAULT /*$name*/`: pasted as is (cypher-shell, Neo4j Browser) the file runs with
// the defaults; graphbuild runs it with each `DEFAULT /*$name*/` replaced by the Cypher parameter $name.
// From the bound actor to its articles, then each article's few events (never the actor's thousands of events
// for each article).
MATCH (a:Actor {id: "RUS" /*$actor*/})-[:MENTIONED_IN]->(x:Article)
CALL (a, x) {
  OPTIONAL MATCH (x)<-[:REPORTED_IN]-(e)-[:SOURCE|TARGET]->(a)
  WHERE NOT e.negated
  RETURN count(DISTINCT e) AS events
}
RETURN x.id AS article_id, CASE WHEN x.title = "" THEN null ELSE x.title END AS title, x.date AS date,
       x.url AS url, events
ORDER BY date IS NOT NULL, date, article_id
