// People whose name or an alias starts with $prefix (case-insensitive), by name.
MATCH (p:Person)
WHERE any(s IN [p.name] + coalesce(p.aliases, []) WHERE toLower(s) STARTS WITH toLower($prefix))
WITH p ORDER BY p.name, p.id LIMIT 20
RETURN collect({id: p.id, name: p.name}) AS result
