// How many nodes of each kind.
RETURN [{kind: 'PERSON', count: COUNT { (:Person) }}, {kind: 'ORGANISATION', count: COUNT { (:Organisation) }},
  {kind: 'COUNTRY', count: COUNT { (:Country) }}, {kind: 'PLACE', count: COUNT { (:Place) }},
  {kind: 'INITIATIVE', count: COUNT { (:Initiative) }}, {kind: 'MEETING', count: COUNT { (:Meeting) }},
  {kind: 'STATEMENT', count: COUNT { (:Statement) }}, {kind: 'DOCUMENT', count: COUNT { (:Document) }}] AS result
