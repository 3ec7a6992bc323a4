// A person, their positions, their 20 latest meetings and each meeting's attendees.
MATCH (p:Person {id: $id})
RETURN {id: p.id, name: p.name,
  positions: COLLECT { MATCH (p)-[:HOLDS]->(pos:Position)
    RETURN {title: pos.title, organisation: head(COLLECT { MATCH (pos)-[:OF]->(o) RETURN o.id })} },
  meetings: COLLECT { MATCH (p)-[:ATTENDED]->(m:Meeting) WHERE m.status = 'held'
    WITH m ORDER BY m.dateFrom DESC, m.id LIMIT 20
    RETURN {id: m.id, date: m.date,
      attendees: COLLECT { MATCH (a:Person)-[r:ATTENDED]->(m) RETURN {id: a.id, name: a.name, role: r.role} }} }
} AS result
