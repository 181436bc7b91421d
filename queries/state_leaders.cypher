// state_leaders: who led which state, in which role, from when to when (to_date empty: still in office),
//   from the gazetteer's dated offices (LEADER_OF relationships whose end is a Country).
// @columns person_id person_name country_iso3 role from_date to_date
// @order person_id, then from_date
MATCH (p:Actor)-[l:LEADER_OF]->(c:Country)
WHERE c.iso3 IS NOT NULL
RETURN p.id AS person_id, p.name AS person_name, c.iso3 AS country_iso3, l.role AS role, l.from AS from_date,
       l.to AS to_date
ORDER BY person_id, from_date IS NOT NULL, from_date
