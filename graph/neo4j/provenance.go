package neo4j

import "strings"

// factSep separates the parts of a fact key. graph.Validate refuses IDs
// with control characters, so no ID holds it.
const factSep = "\x1f"

// factKey is the key of a relationship in its documents' facts lists: its
// type and the IDs of its ends.
func factKey(typ, from, to string) string {
	return typ + factSep + from + factSep + to
}

// isFact says whether a document lists relationships of type t among its
// facts. MENTIONS and REPORTED_IN link a node to one document and are
// their own provenance; PART_OF and POSSIBLY_SAME_AS are resolution's,
// and name no document.
func isFact(t string) bool {
	switch t {
	case relMentions, relReportedIn, relPartOf, relPossiblySameAs:
		return false
	}
	return true
}

// setFacts stores the keys of the relationships a document supports on
// its node, as the last part of writeFacts. They are in the map $facts,
// like the rows, so that the statement's plan does not depend on whether
// the list is empty.
const setFacts = "CALL () {\nMATCH (d:Document {id: $doc}) USING INDEX SEEK d:Document(id) SET d.facts = $facts.keys\n}\n"

// supporters lists the documents that support node {n}: those that mention
// it or report it.
const supporters = `[(d:Document)-[:MENTIONS]->({n}) | d] + [({n})-[:REPORTED_IN]->(d:Document) | d]`

func supportersOf(n string) string { return strings.ReplaceAll(supporters, "{n}", n) }

// rewriteFacts renames a node in the facts of the documents that support
// it, after its ID changed from $old to $new (resolution renames people,
// their positions and meetings; curation merges and splits them). An ID
// sits in a key either between the two separators (the start) or after the
// last one (the end). The facts stay sorted and distinct, as plan writes
// them.
var rewriteFacts = `MATCH (n:Node {id: $new})
UNWIND ` + supportersOf("n") + ` AS d
WITH DISTINCT d
SET d.facts = ` + renamedFacts

// renamedFacts is d's facts with $old renamed $new.
const renamedFacts = `COLLECT { UNWIND coalesce(d.facts, []) AS k
  WITH DISTINCT replace(CASE WHEN k ENDS WITH $sep + $old THEN left(k, size(k) - size($old)) + $new ELSE k END,
    $sep + $old + $sep, $sep + $new + $sep) AS k
  RETURN k ORDER BY k }`

// supportedElsewhere is true when a document other than $doc supports the
// relationship with key {k} whose start node is {a}: the documents to look
// at are those that support its start.
func supportedElsewhere(a, k string) string {
	return strings.NewReplacer("{a}", a, "{k}", k).Replace(`(EXISTS { MATCH (o:Document)-[:MENTIONS]->({a}) WHERE o.id <> $doc AND {k} IN o.facts }
  OR EXISTS { MATCH ({a})-[:REPORTED_IN]->(o:Document) WHERE o.id <> $doc AND {k} IN o.facts })`)
}
