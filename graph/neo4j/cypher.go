package neo4j

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The graph in Neo4j
//
//	(:Person)-[:HOLDS]->(:Position)-[:OF]->(:Organisation|Country)
//	                    (:Position)-[:ACCREDITED_TO]->(:Country)
//	(:Person|Group)-[:ATTENDED {role, representing, onBehalfOf}]->(:Meeting)
//	(:Meeting)-[:HOSTED_BY]->(:Person)
//	(:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN]->(:Country)
//	(:Meeting)-[:DISCUSSED]->(:Initiative)
//	(:Person|Organisation|Country)-[:PROMOTES]->(:Initiative)
//	(:Country|Organisation)-[:MEMBER_OF {role}]->(:Organisation)
//	(:Person)-[:SAID]->(:Statement)-[:SAID_AT]->(:Meeting)
//	(:Meeting)-[:PARTY]->(:Country|Organisation)    represented by an attendee
//	(:Meeting|Statement|Position)-[:REPORTED_IN {sentence, start, end}]->(:Document)
//	(:Document)-[:MENTIONS]->(:Person|Organisation|Country|Initiative|Place|Group)
//
// Every node has the label Node besides its kind's label, a unique id and a
// kind property.
//
// Provenance lives in relationships and in the document, never in lists on
// what many documents share: a node is supported by the documents that
// mention it (MENTIONS) or report it (REPORTED_IN), and a relationship by
// the documents whose facts list holds its key (factKey). A list of sources
// on a node that a thousand documents mention would be rewritten by every
// one of them, and loading would slow down as the graph grows; a document's
// own list is written once.

// Relationship types, a closed set: statements are built from these
// constants only, never from input.
const (
	relHolds        = "HOLDS"
	relOf           = "OF"
	relAccreditedTo = "ACCREDITED_TO"
	relAttended     = "ATTENDED"
	relHostedBy     = "HOSTED_BY"
	relHeldIn       = "HELD_IN"
	relLocatedIn    = "LOCATED_IN"
	relDiscussed    = "DISCUSSED"
	relPromotes     = "PROMOTES"
	relMemberOf     = "MEMBER_OF"
	relSaid         = "SAID"
	relSaidAt       = "SAID_AT"
	relReportedIn   = "REPORTED_IN"
	relParty        = "PARTY"
	relMentions     = "MENTIONS"
	relPartOf       = "PART_OF"
	// relPossiblySameAs links two people who may be one: a candidate for a
	// curator, with a score and the rule that proposed it.
	relPossiblySameAs = "POSSIBLY_SAME_AS"
)

var relTypes = []string{relHolds, relOf, relAccreditedTo, relAttended, relHostedBy, relHeldIn,
	relLocatedIn, relDiscussed, relPromotes, relMemberOf, relSaid, relSaidAt, relReportedIn, relParty, relMentions, relPartOf, relPossiblySameAs}

var schemaStatements = func() []string {
	qs := []string{"CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE"}
	for _, k := range graph.Kinds {
		qs = append(qs, "CREATE CONSTRAINT "+string(graph.Slug(string(k)))+"_id IF NOT EXISTS FOR (n:"+string(k)+") REQUIRE n.id IS UNIQUE")
	}
	for _, x := range rangeIndexes {
		qs = append(qs, "CREATE INDEX "+x.name+" IF NOT EXISTS FOR (n:"+x.label+") ON (n."+x.property+")")
	}
	return append(qs,
		"CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Person|Organisation|Country|Initiative|Place) ON EACH [n.name, n.searchText]"+asyncFulltext,
		"CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote]"+asyncFulltext,
	)
}()

// rangeIndexes are the range indexes the reads and resolution seek by.
var rangeIndexes = []struct{ name, label, property string }{
	{"meeting_date", "Meeting", "dateFrom"},
	{"node_kind", "Node", "kind"},
	{"person_name_key", "Person", "nameKey"},
	{"person_first_key", "Person", "firstKey"},
	{"person_last_key", "Person", "lastKey"},
	{"position_office_key", "Position", "officeKey"},
}

// staleRangeIndexes lists the range indexes that have the name of one of
// ours but another property (an earlier version made meeting_date on
// Meeting.date): "CREATE INDEX ... IF NOT EXISTS" keeps an index of that
// name as it is, so ensureSchema drops them to create them anew. A hint
// to seek by the missing index would be dropped with a mere warning, and
// the lookup would scan every meeting.
const staleRangeIndexes = "SHOW RANGE INDEXES YIELD name, labelsOrTypes, properties " +
	"WHERE name IN keys($want) AND (properties <> [$want[name].property] OR labelsOrTypes <> [$want[name].label]) RETURN name"

func wantedRangeIndexes() map[string]any {
	m := map[string]any{}
	for _, x := range rangeIndexes {
		m[x.name] = map[string]any{"label": x.label, "property": x.property}
	}
	return m
}

// asyncFulltext makes a full-text index follow writes in the background:
// updating Lucene in each commit cost most of a document's write, more as
// the index grew (on the first 750 medium documents, 14 falling to 7
// documents/s; with the updates in the background, 22 rising to 48).
// Writers that must see their writes in search call RefreshIndexes.
const asyncFulltext = " OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"

// fulltextIndexes are the names of the full-text indexes, and
// syncFulltext lists those of them that follow writes in each commit
// (made by an earlier version): ensureSchema drops them to create them
// anew.
var fulltextIndexes = []string{"actor_names", "statement_text"}

const syncFulltext = "SHOW FULLTEXT INDEXES YIELD name, options " +
	"WHERE name IN $names AND NOT coalesce(options.indexConfig.`fulltext.eventually_consistent`, false) RETURN name"

// refreshIndexes waits until the full-text indexes reflect every committed
// write.
const refreshIndexes = "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()"

// mergeNodeStatements holds, for each kind, the statement that merges rows
// of {id, name, aliases, props} into nodes of that kind.
//
// When several documents describe one node, the graph must not depend on
// the order they were loaded in: the name and properties are those of the
// document with the smallest ID (propsFrom), the other names become
// aliases, and aliases are kept sorted.
var mergeNodeStatements = func() map[graph.Kind]string {
	m := map[graph.Kind]string{}
	for _, k := range graph.Kinds {
		if k == graph.KindDocument {
			continue
		}
		if k == graph.KindPerson {
			m[k] = mergePersonsStatement
			continue
		}
		m[k] = `UNWIND $rows AS r
MERGE (x:` + string(k) + ` {id: r.id})
ON CREATE SET x:Node, x.kind = '` + string(k) + `', x.aliases = []
WITH x, r WHERE x.propsFrom IS NULL OR $doc < x.propsFrom
  OR any(a IN r.aliases + [r.name] WHERE a <> '' AND a <> x.name AND NOT a IN coalesce(x.aliases, []))
` + takePropsFrom + `
WITH x, r, x.name AS oldName, x.propsFrom = $doc AS first
SET x += CASE WHEN first THEN r.props ELSE {} END,
    x.name = CASE WHEN first AND r.name <> '' THEN r.name ELSE x.name END
WITH x, r, oldName
SET x.aliases = COLLECT { UNWIND coalesce(x.aliases, []) + r.aliases + [oldName, r.name] AS a
      WITH DISTINCT a WHERE a IS NOT NULL AND a <> '' AND a <> x.name RETURN a ORDER BY a }
SET x.searchText = reduce(s = coalesce(x.name, ''), a IN x.aliases | s + ' | ' + a)`
	}
	return m
}()

// takePropsFrom makes the document x's propsFrom when its ID sorts first.
// Reading x.propsFrom on the right of its own SET makes Cypher take x's
// write lock before it reads: everything the statement reads of x after
// it is what the writes committed before say. A comparison read before
// any write to x (WITH x.propsFrom < $doc AS first) would race with
// another document's write of x at the same time, and the one that
// commits last would win whatever its ID (the loader writes several
// documents at once).
//
// The merges write (and lock) a node or relationship only where the
// document changes it: a smaller propsFrom, or a name not yet among its
// names. The test before the lock reads without one, and is safe because
// both only grow (propsFrom falls, names are only added): what needs no
// change when read needs none after any write committed since. Hubs, the
// countries that most documents name, are then read and not locked, and
// documents written at once do not queue, or deadlock, on them.
const takePropsFrom = `SET x.propsFrom = CASE WHEN x.propsFrom IS NULL OR $doc < x.propsFrom THEN $doc ELSE x.propsFrom END`

// mergePersonsStatement merges people as mergeNodeStatements merges other
// nodes, but the name is the fullest the documents give (a full name over
// a one-word one), then the one of the document with the smallest ID; the
// keys that resolution looks people up by follow the name.
const mergePersonsStatement = `UNWIND $rows AS r
MERGE (x:Person {id: r.id})
ON CREATE SET x:Node, x.kind = 'Person', x.aliases = []
` + takePropsFrom + `
WITH x, r, x.name AS oldName, x.propsFrom = $doc AS first
WITH x, r, r.naming AS naming, oldName, first, (x.nameRank IS NULL OR r.naming.nameRank > x.nameRank OR (r.naming.nameRank = x.nameRank AND $doc < x.nameFrom)) AS better
SET x += CASE WHEN first THEN r.props ELSE {} END
SET x += CASE WHEN better THEN naming {.*, nameFrom: $doc} ELSE {} END
WITH x, r, oldName
SET x.aliases = COLLECT { UNWIND coalesce(x.aliases, []) + r.aliases + [oldName, r.name] AS a
      WITH DISTINCT a WHERE a IS NOT NULL AND a <> '' AND a <> x.name RETURN a ORDER BY a }
SET x.searchText = reduce(s = coalesce(x.name, ''), a IN x.aliases | s + ' | ' + a)`

// personWhyStatement records the rules and spellings that merged a person
// with another document's, kept sorted.
const personWhyStatement = `UNWIND $rows AS r
MATCH (x:Person {id: r.id}) USING INDEX SEEK x:Person(id)
SET x.resolvedBy = COLLECT { UNWIND coalesce(x.resolvedBy, []) + r.why AS w WITH DISTINCT w RETURN w ORDER BY w }`

// Resolution's own relationships, PART_OF and POSSIBLY_SAME_AS, relate
// two nodes rather than report what a document says: which document
// happened to reveal them depends on the order documents came in, so no
// document's facts hold them and they last while both nodes do. A
// candidate keeps its strongest score, and it goes from the smaller ID to
// the larger.
const (
	mergePartOfStatement = `UNWIND $rows AS r
MATCH (a:Meeting {id: r.from}) USING INDEX SEEK a:Meeting(id)
MATCH (b:Meeting {id: r.to}) USING INDEX SEEK b:Meeting(id)
MERGE (a)-[x:PART_OF]->(b)`
	mergeCandidatesStatement = `UNWIND $rows AS r
MATCH (a:Person {id: r.from}) USING INDEX SEEK a:Person(id)
MATCH (b:Person {id: r.to}) USING INDEX SEEK b:Person(id)
MERGE (a)-[x:POSSIBLY_SAME_AS]->(b)
SET x.rule = CASE WHEN x.score IS NULL OR r.score > x.score OR (r.score = x.score AND r.rule < x.rule) THEN r.rule ELSE x.rule END
SET x.score = CASE WHEN x.score IS NULL OR r.score > x.score THEN r.score ELSE x.score END`
)

// mergeRelsStatement merges rows of {type, from, to, props} into
// relationships, of every type in one statement: one FOREACH per type,
// which runs for the rows of its type only (a relationship type cannot be
// a parameter). As for nodes, the properties are those of the document
// with the smallest ID.
var mergeRelsStatement = func() string {
	q := `UNWIND $rows AS r
MATCH (a:Node {id: r.from}) USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: r.to}) USING INDEX SEEK b:Node(id)`
	for _, t := range relTypes {
		if t == relPartOf || t == relPossiblySameAs {
			continue // resolution's own, written by statements of their own
		}
		q += `
FOREACH (_ IN CASE WHEN r.type = '` + t + `' THEN [1] ELSE [] END |
  MERGE (a)-[x:` + t + `]->(b)
  FOREACH (_ IN CASE WHEN x.propsFrom IS NULL OR $doc < x.propsFrom THEN [1] ELSE [] END |
    ` + takePropsFrom + `
    FOREACH (_ IN CASE WHEN x.propsFrom = $doc THEN [1] ELSE [] END |
      SET x = r.props
      SET x.propsFrom = $doc)))`
	}
	return q
}()

// createOwnLinksStatement creates the document's own links, MENTIONS from
// it and REPORTED_IN to it, which are as new as the document (plan).
const createOwnLinksStatement = `UNWIND $rows AS r
MATCH (a:Node {id: r.from}) USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: r.to}) USING INDEX SEEK b:Node(id)
FOREACH (_ IN CASE WHEN r.type = '` + relMentions + `' THEN [1] ELSE [] END |
  CREATE (a)-[x:` + relMentions + `]->(b) SET x = r.props, x.propsFrom = $doc)
FOREACH (_ IN CASE WHEN r.type = '` + relReportedIn + `' THEN [1] ELSE [] END |
  CREATE (a)-[x:` + relReportedIn + `]->(b) SET x = r.props, x.propsFrom = $doc)`

const documentExists = `MATCH (d:Document {id: $doc}) USING INDEX SEEK d:Document(id) RETURN count(d) > 0`

// positionDatesStatement widens the date range a position is supported for
// to include each row's day.
const positionDatesStatement = `UNWIND $rows AS r
MATCH (x:Position {id: r.id}) USING INDEX SEEK x:Position(id)
SET x.from = CASE WHEN x.from IS NULL OR r.day < x.from THEN r.day ELSE x.from END,
    x.to = CASE WHEN x.to IS NULL OR r.day > x.to THEN r.day ELSE x.to END`

// mergeMeetingsStatement merges meetings. Several reports of one meeting
// may disagree: the most precise date wins, then the earliest; the mode
// and code sort first. Each is a rule that gives the same node whatever
// order the reports come in.
const mergeMeetingsStatement = `UNWIND $rows AS r
MERGE (x:Meeting {id: r.id})
ON CREATE SET x:Node, x.kind = 'Meeting', x.aliases = []
SET x.type = r.type, x.resolvedBy = coalesce(r.resolvedBy, x.resolvedBy)
WITH x, r, r.date IS NOT NULL AND (x.date IS NULL OR r.rank > x.dateRank OR (r.rank = x.dateRank AND r.date < x.date)) AS better
SET x.date = CASE WHEN better THEN r.date ELSE x.date END,
    x.datePrecision = CASE WHEN better THEN r.datePrecision ELSE x.datePrecision END,
    x.dateFrom = CASE WHEN better THEN r.dateFrom ELSE x.dateFrom END,
    x.dateTo = CASE WHEN better THEN r.dateTo ELSE x.dateTo END,
    x.dateRank = CASE WHEN better THEN r.rank ELSE x.dateRank END,
    x.mode = CASE WHEN x.mode IS NULL OR (r.mode IS NOT NULL AND r.mode < x.mode) THEN r.mode ELSE x.mode END,
    x.cameo = CASE WHEN x.cameo IS NULL OR (r.cameo IS NOT NULL AND r.cameo < x.cameo) THEN r.cameo ELSE x.cameo END`

// meetingStatusStatement sets a meeting's status from all its reports: held
// when any report says it took place, else cancelled when one says it was
// called off, else planned.
const meetingStatusStatement = `UNWIND $rows AS r
MATCH (m:Meeting {id: r.id}) USING INDEX SEEK m:Meeting(id)
SET m.status = CASE
  WHEN EXISTS { (m)-[:REPORTED_IN {status: 'held'}]->(:Document) } THEN 'held'
  WHEN EXISTS { (m)-[:REPORTED_IN {status: 'cancelled'}]->(:Document) } THEN 'cancelled'
  ELSE 'planned' END`

// factStatements are the statements that write a document's facts, in the
// order they run: nodes of each kind, meetings, then what touches the nodes
// written, relationships, resolution's own relationships, and the status of
// meetings, which follows from their REPORTED_IN relationships. Each takes
// its rows as $rows.
var factStatements = func() []string {
	var qs []string
	for _, k := range graph.Kinds {
		if q, ok := mergeNodeStatements[k]; ok && k != graph.KindMeeting {
			qs = append(qs, q)
		}
	}
	return append(qs, mergeMeetingsStatement, personWhyStatement, positionDatesStatement,
		createOwnLinksStatement, mergeRelsStatement, mergePartOfStatement, mergeCandidatesStatement, meetingStatusStatement)
}()

// createDocument creates the document node, the first part of writeFacts
// (the writer has checked that there is none).
const createDocument = "CALL () {\nCREATE (d:Document:Node {id: $doc, kind: 'Document'}) SET d += $props\n}\n"

// writeFacts creates the document node and runs all of factStatements as
// one statement, so that a
// document's facts cost one round trip whatever their kinds: each is a unit
// subquery that unwinds a list of its own (factParams: rows0, rows1, ...)
// of the map $facts, an empty list where the document has no rows for it.
// The text is always the same, and it is planned once: Neo4j caches plans
// by the types of the parameters too, and an empty list and a list of maps
// differ, so lists of their own (2 s to plan for each mix of empty and
// full) would be planned again and again; a map's type is a map whatever
// it holds.
var writeFacts, factParams = func() (string, map[string]string) {
	var b strings.Builder
	b.WriteString(createDocument)
	params := map[string]string{}
	for i, q := range factStatements {
		p := "rows" + strconv.Itoa(i)
		params[q] = p
		body, ok := strings.CutPrefix(q, "UNWIND $rows AS ")
		if !ok {
			panic("neo4j: a fact statement must unwind $rows: " + q)
		}
		fmt.Fprintf(&b, "CALL () {\nUNWIND $facts.%s AS %s\n}\n", p, body)
	}
	b.WriteString(setFacts + "FINISH")
	return b.String(), params
}()

// stablePlan prefixes the statements that write documents: Neo4j plans a
// statement again whenever the statistics of the data have moved enough,
// which happens all the time while a database fills, and planning the
// resolution statements takes up to a second each time. Their plans (index
// seeks on IDs and keys) do not depend on the statistics, so the first one
// is kept.
const stablePlan = "CYPHER replan=skip "
