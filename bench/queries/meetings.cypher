// The first 20 held meetings of a date range that discussed an initiative, with attendees.
MATCH (:Initiative {id: $initiative})<-[:DISCUSSED]-(m:Meeting)
WHERE m.dateTo >= $from AND m.dateFrom <= $to AND m.status = 'held'
WITH m ORDER BY m.dateFrom, m.id LIMIT 20
RETURN collect({id: m.id, date: m.date,
  attendees: COLLECT { MATCH (a:Person)-[r:ATTENDED]->(m) RETURN {id: a.id, name: a.name, role: r.role} }}) AS result
