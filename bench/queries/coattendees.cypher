// The 20 people who shared most meetings with a person.
MATCH (p:Person {id: $id})-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(o:Person) WHERE o <> p
WITH o, count(*) AS shared ORDER BY shared DESC, o.id LIMIT 20
RETURN collect({id: o.id, name: o.name, meetings: shared}) AS result
