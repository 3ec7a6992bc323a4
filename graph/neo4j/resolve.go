package neo4j

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// Resolution runs inside a document's write transaction, before its facts
// are written: people and meetings of the document that the graph already
// holds under another ID are given that ID, or the graph's node takes the
// document's ID when it sorts first. Keeping the smaller ID makes the
// result independent of the order documents arrive in. A merged meeting
// records the rule that merged it (resolvedBy); people are merged only on
// strong evidence, and weaker candidates are kept as POSSIBLY_SAME_AS
// relationships for a curator.

// personCandidates finds, for each person of a document, the graph's
// people who may be the same: same name key; for a full name, people of
// the same first or last name; for a one-word name, people whose first or
// last name it is; for a full name, one-word people named by its first or
// last word, with the other full-named people that one-word name could
// also be (its rivals). Each candidate comes with its positions. All but
// the first need an office in common with the document's person. It is a
// part of lookupStatement, for each row q of the document's people.
const personCandidates = `CALL (q) {
  MATCH (p:Person {nameKey: q.key}) USING INDEX SEEK p:Person(nameKey) WHERE p.id <> q.id
  RETURN collect(` + candidateMap + `) AS byKey
}
CALL (q) {
  WITH q WHERE q.single
  ` + officeHolders + ` WHERE (p.firstKey = q.key OR p.lastKey = q.key) AND p.id <> q.id AND p.nameKey <> q.key
  RETURN collect(DISTINCT ` + candidateMap + `) AS bySurname
}
CALL (q) {
  WITH q WHERE NOT q.single
  ` + officeHolders + ` WHERE (p.lastKey = q.last OR p.firstKey = q.first) AND p.id <> q.id AND p.nameKey <> q.key AND NOT p.single
  RETURN collect(DISTINCT ` + candidateMap + `) AS byWords
}
CALL (q) {
  WITH q WHERE NOT q.single
  ` + officeHolders + ` WHERE p.nameKey IN [q.first, q.last] AND p.single AND p.id <> q.id
  WITH DISTINCT q, p
  CALL (q, p) {
    MATCH (p)-[:HOLDS]->(y:Position) WHERE y.officeKey IS NOT NULL
    MATCH (x:Position {officeKey: y.officeKey}) USING INDEX SEEK x:Position(officeKey)
    MATCH (o:Person)-[:HOLDS]->(x) WHERE (o.firstKey = p.nameKey OR o.lastKey = p.nameKey) AND NOT o.single AND o.id <> q.id
    RETURN collect(DISTINCT ` + rivalMap + `) AS rivals
  }
  RETURN collect({candidate: ` + candidateMap + `, rivals: rivals}) AS surnameOf
}`

// personColumns are the columns of personCandidates' rows.
const personColumns = "q.id, EXISTS { (:Person {id: q.id}) }, byKey, bySurname, byWords, surnameOf"

// officeHolders finds the people p who held one of the offices of the
// document's person q (officeKey: lower-case title and organisation ID).
// The surname and compatible-name rules need an office in common, and
// starting from the office keeps the lookup as small as the office's
// holders, however many people share a common name. The office is not
// named x: candidateMap's pattern comprehension binds x afresh, to every
// position of p, and with x bound already it read only the office found
// (a candidate holding two of q's offices came back twice, as two
// candidates, and resolution took the one person for two).
const officeHolders = `UNWIND q.offices AS k
    MATCH (office:Position {officeKey: k}) USING INDEX SEEK office:Position(officeKey)
    MATCH (p:Person)-[:HOLDS]->(office)`

const candidateMap = `{id: p.id, name: p.name, single: coalesce(p.single, false),
  positions: [(p)-[:HOLDS]->(x:Position) | {title: x.title, from: x.from, to: x.to, orgs: [(x)-[:OF]->(o) | o.id]}]}`

const rivalMap = `{id: o.id, positions: [(o)-[:HOLDS]->(x:Position) | {title: x.title, from: x.from, to: x.to, orgs: [(x)-[:OF]->(g) | g.id]}]}`

// meetingCandidates finds, for each meeting of a document, the graph's
// meetings that one of its participants attended within its window of
// days (q.lo to q.hi): the meetings resolution may merge it with. A
// hub's meetings are sought by date (hubDegree); another's are read from
// the person (m has no label there: with one, Neo4j may seek every
// meeting before q.hi by date and keep those the person attended).
const meetingCandidates = "UNWIND $rows AS q\n" + meetingLookups + "\nRETURN " + meetingColumns

// meetingLookups is the body of meetingCandidates, for the rows q.
const meetingLookups = `CALL (q) {
  UNWIND q.participants AS pid
  MATCH (p:Person {id: pid}) USING INDEX SEEK p:Person(id)
  CALL (p, q) {
    WITH p, q WHERE COUNT { (p)-[:ATTENDED]->() } <= $hub
    MATCH (p)-[:ATTENDED]->(m) WHERE m.dateTo >= q.lo AND m.dateFrom <= q.hi
    RETURN m
    UNION
    WITH p, q WHERE COUNT { (p)-[:ATTENDED]->() } > $hub
    MATCH (m:Meeting) USING INDEX SEEK m:Meeting(dateFrom) WHERE m.dateFrom >= q.lo AND m.dateFrom <= q.hi
      AND EXISTS { (p)-[:ATTENDED]->(m) }
    RETURN m
    UNION
    WITH p, q WHERE COUNT { (p)-[:ATTENDED]->() } > $hub
    MATCH (m:Meeting) USING INDEX SEEK m:Meeting(dateFrom) WHERE m.dateFrom IN q.starts AND m.dateTo >= q.lo
      AND EXISTS { (p)-[:ATTENDED]->(m) }
    RETURN m
  }
  WITH DISTINCT m WHERE m.id <> q.id
  RETURN collect({id: m.id, dateFrom: m.dateFrom, dateTo: m.dateTo, mode: m.mode, status: m.status,
    participants: [(x:Person)-[:ATTENDED]->(m) | x.id],
    places: [(m)-[:HELD_IN]->(pl:Place) | pl.id],
    countries: [(m)-[:HELD_IN]->(:Place)-[:LOCATED_IN]->(c:Country) | c.id]}) AS cands
}`

// meetingColumns are the columns of meetingCandidates.
const meetingColumns = "q.id, EXISTS { (:Meeting {id: q.id}) }, cands"

// lookupStatement is a document's first statement: whether the document
// is in the graph, personCandidates for its people
// ($lookup.persons) and meetingCandidates for its meetings
// ($lookup.meetings) with their participants' IDs as the document gives
// them, in one round trip. Each is a list of rows of the columns of its
// statement. The rows are in the map $lookup, so that the plan does not
// depend on whether a list is empty (see writeFacts). A document already
// in the graph is looked up no further: a load run again over what it
// wrote costs one seek per document. Most documents'
// people keep their IDs through resolution, and their meetings'
// candidates are then those; where resolution changes a participant's
// ID, or a person's in the graph, resolveMeetings looks again.
const lookupStatement = `CALL () {
OPTIONAL MATCH (d:Document {id: $doc}) USING INDEX SEEK d:Document(id)
RETURN d IS NOT NULL AS exists
}
CALL (exists) {
UNWIND CASE WHEN exists THEN [] ELSE $lookup.persons END AS q
` + personCandidates + `
RETURN collect([` + personColumns + `]) AS persons
}
CALL (exists) {
UNWIND CASE WHEN exists THEN [] ELSE $lookup.meetings END AS q
` + meetingLookups + `
RETURN collect([` + meetingColumns + `]) AS meetings
}
RETURN exists, persons, meetings`

// lookups is what lookupStatement found for a document.
type lookups struct {
	exists   bool
	persons  [][]any
	meetings [][]any
	// meetingRows are the rows the meetings were looked up with.
	meetingRows []map[string]any
}

// lookup prepares x for resolution (a one-word name gets an ID of the
// document's) and runs lookupStatement.
func lookup(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction) (lookups, error) {
	var l lookups
	ownSingleNames(x)
	persons := personRows(x)
	l.meetingRows, _ = meetingRows(x)
	result, err := tx.Run(ctx, stablePlan+lookupStatement, map[string]any{"doc": x.Document.ID, "hub": hubDegree,
		"lookup": map[string]any{"persons": persons, "meetings": l.meetingRows}})
	if err != nil {
		return l, err
	}
	rec, err := result.Single(ctx)
	if err != nil {
		return l, err
	}
	l.exists = rec.Values[0].(bool)
	l.persons = lists(rec.Values[1])
	l.meetings = lists(rec.Values[2])
	return l, nil
}

func lists(v any) [][]any {
	var out [][]any
	for _, r := range v.([]any) {
		out = append(out, r.([]any))
	}
	return out
}

// hubDegree is how many meetings a person may have attended for
// meetingCandidates to read them all; the meetings of one who attended
// more (a minister in years of news) are sought by date instead, through
// the index on dateFrom: the days of the window, and the first days of
// its months and years, where a meeting known by its month or year
// starts. Read all, a hub's meetings made each document that names the
// hub slower as the graph grew.
var hubDegree = 200

// renameNodes gives nodes of the graph new IDs, where no node has the new
// one, and returns the renames it made.
const renameNodes = `UNWIND $rows AS r
MATCH (n:Node {id: r.old}) WHERE NOT EXISTS { (:Node {id: r.new}) }
SET n.id = r.new
RETURN r`

// renameGraphNodes renames nodes of the graph, and them in the facts of
// the documents that support them.
func renameGraphNodes(ctx context.Context, tx driver.ManagedTransaction, rows []map[string]any) error {
	result, err := tx.Run(ctx, renameNodes, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	recs, err := result.Collect(ctx)
	if err != nil || len(recs) == 0 {
		return err
	}
	// One rename at a time: a document may hold several of them.
	for _, rec := range recs {
		r := rec.Values[0].(map[string]any)
		if _, err := tx.Run(ctx, rewriteFacts, map[string]any{"old": r["old"], "new": r["new"], "sep": factSep}); err != nil {
			return err
		}
	}
	return nil
}

// resolution is what resolve decided for one document.
type resolution struct {
	partOf     [][2]string         // (part, whole) meeting IDs
	meetingWhy map[string]string   // meeting ID: the rule that merged it with the graph's
	personWhy  map[string][]string // person ID: the rules and spellings that merged it
	possibly   []possibleSame
	// asID is, for each person of the extraction, its ID before it was
	// merged with the graph's: the document's own, which a split restores.
	asID []string
	// renamedGraph: a person of the graph took the document's ID.
	renamedGraph bool
}

type possibleSame struct {
	a, b  string
	score float64
	rule  string
}

// resolve rewrites x's IDs (and the graph's, where the document's sort
// first) so that people and meetings already in the graph are reused.
// l is what lookup found for x.
func resolve(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, l lookups) (resolution, error) {
	res := resolution{meetingWhy: map[string]string{}}
	if err := resolvePersons(ctx, tx, x, &res, l.persons); err != nil {
		return res, err
	}
	return res, resolveMeetings(ctx, tx, x, &res, l)
}

// ownSingleNames gives a one-word name ("Widodo", "Mr Wang") an ID of the
// document's: it names someone in this document only, and joins another
// document's person only by the rules below.
func ownSingleNames(x *graph.Extraction) {
	if len(x.Persons) == 0 {
		return
	}
	_, tag, _ := strings.Cut(x.Document.ID, ":")
	tag = tag[:min(8, len(tag))]
	for _, p := range x.Persons {
		if p.QID == "" && graph.PartsOf(p.Name).Single && !strings.Contains(p.ID, "@") {
			renamePerson(x, p.ID, p.ID+"@"+tag)
		}
	}
}

// personRows are the rows of personCandidates for x's people.
func personRows(x *graph.Extraction) []map[string]any {
	rows := make([]map[string]any, len(x.Persons))
	for i, p := range x.Persons {
		parts := graph.PartsOf(p.Name)
		offices := []any{}
		for _, pos := range p.Positions {
			if k := officeKey(pos.Title, pos.Organisation); k != "" {
				offices = append(offices, k)
			}
		}
		rows[i] = map[string]any{"id": p.ID, "key": parts.Key, "first": parts.First, "last": parts.Last,
			"single": parts.Single, "offices": offices}
	}
	return rows
}

// resolvePersons resolves x's people (after ownSingleNames) with recs, the
// rows personCandidates found for them.
func resolvePersons(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution, recs [][]any) error {
	if len(x.Persons) == 0 {
		return nil
	}
	res.asID = make([]string, len(x.Persons))
	orgs := map[string]map[string]bool{}
	held := map[string][]graph.HeldPosition{}
	day := personDays(x)
	for i, p := range x.Persons {
		res.asID[i] = p.ID
		orgs[p.ID] = map[string]bool{}
		for _, pos := range p.Positions {
			if pos.Organisation != "" {
				orgs[p.ID][pos.Organisation] = true
			}
			held[p.ID] = append(held[p.ID], graph.HeldPosition{Title: pos.Title, Organisation: pos.Organisation, From: day[p.ID], To: day[p.ID]})
		}
	}
	names := map[string]string{}
	for _, p := range x.Persons {
		names[p.ID] = p.Name
	}
	for _, rec := range recs {
		id, exists := rec[0].(string), rec[1].(bool)
		merged, err := resolveByKey(ctx, tx, x, res, id, exists, orgs[id], graphCandidates(rec[2]))
		if err != nil {
			return err
		}
		if !merged {
			merged, err = resolveCompatible(ctx, tx, x, res, id, names[id], exists, held[id], graphCandidates(rec[4]))
			if err != nil {
				return err
			}
		}
		if !merged {
			merged, err = resolveSurname(ctx, tx, x, res, id, names[id], held[id], graphCandidates(rec[3]))
			if err != nil {
				return err
			}
		}
		if !merged && !exists {
			if err := resolveSurnameOf(ctx, tx, res, id, names[id], held[id], rec[5].([]any)); err != nil {
				return err
			}
		}
	}
	return nil
}

// officeKey identifies an office, whoever holds it: the lower-case title
// and the organisation's ID; "" without either.
func officeKey(title, organisation string) string {
	if title == "" || organisation == "" {
		return ""
	}
	return strings.ToLower(title) + "|" + organisation
}

// candidate is a person of the graph that a document's person may be.
type candidate struct {
	id, name  string
	single    bool
	note      string // the evidence: what the two have in common
	positions []graph.HeldPosition
	orgs      map[string]bool
}

func graphCandidates(v any) []candidate {
	var out []candidate
	for _, c := range v.([]any) {
		out = append(out, candidateOf(c.(map[string]any)))
	}
	return out
}

func candidateOf(m map[string]any) candidate {
	c := candidate{orgs: map[string]bool{}}
	c.id, _ = m["id"].(string)
	c.name, _ = m["name"].(string)
	c.single, _ = m["single"].(bool)
	for _, p := range m["positions"].([]any) {
		pm := p.(map[string]any)
		title, _ := pm["title"].(string)
		from, _ := pm["from"].(string)
		to, _ := pm["to"].(string)
		for _, o := range pm["orgs"].([]any) {
			c.orgs[o.(string)] = true
			c.positions = append(c.positions, graph.HeldPosition{Title: title, Organisation: o.(string), From: from, To: to})
		}
	}
	return c
}

// resolveByKey applies the name-key rule: one person of the graph with the
// same name key who held a position at the same organisation or for the
// same country is the same person. Several such people: ambiguous, left
// apart as candidates; a same key without a shared organisation: a
// candidate.
func resolveByKey(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution,
	id string, exists bool, orgs map[string]bool, cands []candidate) (bool, error) {
	var strong []candidate
	for _, c := range cands {
		var shared []string
		for o := range c.orgs {
			if orgs[o] {
				shared = append(shared, o)
			}
		}
		if len(shared) > 0 {
			sort.Strings(shared)
			c.note = " (" + strings.Join(shared, ", ") + ")"
			strong = append(strong, c)
		} else if !c.single {
			// Two full names that meet under one key, without an office
			// in common; two "Mr Wang"s prove nothing.
			res.possibly = append(res.possibly, possibleSame{a: id, b: c.id, score: 0.5, rule: "same-name-key"})
		}
	}
	// The document's ID already names a node: another node cannot take it.
	if len(strong) != 1 || exists {
		for _, c := range strong {
			res.possibly = append(res.possibly, possibleSame{a: id, b: c.id, score: 0.8, rule: "same-name-key-same-organisation-ambiguous"})
		}
		return false, nil
	}
	c := strong[0]
	canonical, err := unify(ctx, tx, x, res, id, c.id, min(id, c.id))
	res.why(canonical, "same-name-key-same-organisation"+c.note)
	return true, err
}

// resolveCompatible applies the compatible-names rule: a full name written
// differently (initials, nicknames, a longer form) is the one person of the
// graph whose name it is compatible with and who held the same office at
// compatible dates. Several: candidates.
func resolveCompatible(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution,
	id, name string, exists bool, held []graph.HeldPosition, cands []candidate) (bool, error) {
	var match []candidate
	for _, c := range cands {
		if graph.CompatibleNames(name, c.name) && graph.SamePosition(held, c.positions) {
			match = append(match, c)
		}
	}
	if len(match) != 1 || exists {
		for _, c := range match {
			res.possibly = append(res.possibly, possibleSame{a: id, b: c.id, score: 0.7, rule: "compatible-names-same-position-ambiguous"})
		}
		return false, nil
	}
	c := match[0]
	canonical, err := unify(ctx, tx, x, res, id, c.id, min(id, c.id))
	res.why(canonical, "compatible-names-same-position"+positionNote(held, c.positions))
	return true, err
}

// resolveSurname applies the surname rule to a one-word name: it is the
// one person of the graph whose first or last name it is and who held the
// same office at compatible dates. Several: candidates. None: the name
// alone proves nothing, and no candidate is recorded.
func resolveSurname(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution,
	id, name string, held []graph.HeldPosition, cands []candidate) (bool, error) {
	var match []candidate
	for _, c := range cands {
		if graph.SamePosition(held, c.positions) {
			match = append(match, c)
		}
	}
	switch {
	case len(match) == 1:
		c := match[0]
		keep := c.id // a full name's ID is kept over a one-word one
		if c.single {
			keep = min(id, c.id)
		}
		canonical, err := unify(ctx, tx, x, res, id, c.id, keep)
		res.why(canonical, "same-surname-same-position: "+name+positionNote(held, c.positions))
		return true, err
	case len(match) > 1:
		for _, c := range match {
			res.possibly = append(res.possibly, possibleSame{a: id, b: c.id, score: 0.6, rule: "same-surname-same-position-ambiguous"})
		}
	}
	return false, nil
}

// resolveSurnameOf applies the surname rule the other way round: a full
// name new to the graph takes over a one-word person of the graph named by
// its first or last word, when that person held the same office at
// compatible dates and no other full-named person of the graph did.
func resolveSurnameOf(ctx context.Context, tx driver.ManagedTransaction, res *resolution,
	id, name string, held []graph.HeldPosition, cands []any) error {
	var match []candidate
	for _, v := range cands {
		m := v.(map[string]any)
		c := candidateOf(m["candidate"].(map[string]any))
		if !graph.SamePosition(c.positions, held) {
			continue
		}
		unique := true
		for _, r := range m["rivals"].([]any) {
			unique = unique && !graph.SamePosition(c.positions, candidateOf(r.(map[string]any)).positions)
		}
		if !unique {
			res.possibly = append(res.possibly, possibleSame{a: id, b: c.id, score: 0.6, rule: "same-surname-same-position-ambiguous"})
			continue
		}
		match = append(match, c)
	}
	if len(match) != 1 {
		for _, c := range match {
			res.possibly = append(res.possibly, possibleSame{a: id, b: c.id, score: 0.6, rule: "same-surname-same-position-ambiguous"})
		}
		return nil
	}
	c := match[0]
	res.renamedGraph = true
	if err := renameGraphPerson(ctx, tx, c.id, id); err != nil {
		return err
	}
	res.why(id, "same-surname-same-position: "+c.name+positionNote(held, c.positions))
	return nil
}

// positionNote names the office two people were matched on.
func positionNote(a, b []graph.HeldPosition) string {
	for _, p := range a {
		if graph.SamePosition([]graph.HeldPosition{p}, b) {
			return " (" + p.Title + ", " + p.Organisation + ")"
		}
	}
	return ""
}

// why records the rule that merged a person with another document's and
// its evidence: the organisations the two have in common, or the one-word
// name and the office that made it unambiguous. Spellings are in the
// aliases. The record does not depend on which document came first.
func (r *resolution) why(id, rule string) {
	if r.personWhy == nil {
		r.personWhy = map[string][]string{}
	}
	r.personWhy[id] = append(r.personWhy[id], rule)
}

// personDays is the day a document supports each person's positions: the
// day of a meeting the person attended in it, else its publication date.
func personDays(x *graph.Extraction) map[string]string {
	day := map[string]string{}
	for _, m := range x.Meetings {
		if m.DatePrecision == "day" {
			for _, a := range m.Attendees {
				if day[a.Person] == "" {
					day[a.Person] = m.Date
				}
			}
		}
	}
	if len(x.Document.Published) == 10 {
		for _, p := range x.Persons {
			if day[p.ID] == "" {
				day[p.ID] = x.Document.Published
			}
		}
	}
	return day
}

// unify makes the document's person and the graph's one node under keep,
// one of their IDs, and returns it.
func unify(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution, docID, graphID, keep string) (string, error) {
	if keep == docID {
		res.renamedGraph = true
		return keep, renameGraphPerson(ctx, tx, graphID, docID)
	}
	renamePerson(x, docID, graphID)
	return keep, nil
}

// Renaming a person of the graph renames its positions too: a position's ID
// is derived from its holder's, and must be the one the new ID gives, as
// if the documents had come in the other order.
const renamePersonPositions = `MATCH (n:Person {id: $old})-[:HOLDS]->(x:Position)
RETURN x.id, x.title, [(x)-[:OF]->(o) | o.id][0], [(x)-[:ACCREDITED_TO]->(c) | c.id][0]`

func renameGraphPerson(ctx context.Context, tx driver.ManagedTransaction, old, new string) error {
	result, err := tx.Run(ctx, renamePersonPositions, map[string]any{"old": old})
	if err != nil {
		return err
	}
	recs, err := result.Collect(ctx)
	if err != nil {
		return err
	}
	str := func(v any) string { s, _ := v.(string); return s }
	rows := []map[string]any{{"old": old, "new": new}}
	for _, rec := range recs {
		v := rec.Values
		rows = append(rows, map[string]any{"old": v[0], "new": graph.PositionID(new, str(v[1]), str(v[2]), str(v[3]))})
	}
	return renameGraphNodes(ctx, tx, rows)
}

// meetingRows are the rows of meetingCandidates for x's meetings (those
// with a date and participants), and their reports by meeting ID.
func meetingRows(x *graph.Extraction) ([]map[string]any, map[string]graph.MeetingReport) {
	places := map[string]string{} // place ID: country ID
	for _, p := range x.Places {
		places[p.ID] = p.Country
	}
	reports := map[string]graph.MeetingReport{}
	rows := []map[string]any{}
	for _, m := range x.Meetings {
		r := reportOf(m, places)
		if r.DateFrom == "" || len(r.Participants) == 0 {
			continue
		}
		reports[m.ID] = r
		lo, hi := shiftDay(r.DateFrom, -1), shiftDay(r.DateTo, 1)
		rows = append(rows, map[string]any{"id": m.ID, "participants": r.Participants, "lo": lo, "hi": hi, "starts": periodStarts(lo, hi)})
	}
	return rows, reports
}

// resolveMeetings resolves x's meetings (after its people) with what l
// found for them, or, where person resolution renamed a participant or a
// person of the graph since, with what meetingCandidates finds now.
func resolveMeetings(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution, l lookups) error {
	rows, reports := meetingRows(x)
	if len(rows) == 0 {
		return nil
	}
	recs := l.meetings
	if res.renamedGraph || !reflect.DeepEqual(rows, l.meetingRows) {
		result, err := tx.Run(ctx, stablePlan+meetingCandidates, map[string]any{"rows": rows, "hub": hubDegree})
		if err != nil {
			return err
		}
		got, err := result.Collect(ctx)
		if err != nil {
			return err
		}
		recs = recs[:0:0]
		for _, rec := range got {
			recs = append(recs, rec.Values)
		}
	}
	for _, rec := range recs {
		id, exists := rec[0].(string), rec[1].(bool)
		a := reports[id]
		var best *graph.MeetingReport
		bestShared, bestRule := 0, ""
		for _, c := range rec[2].([]any) {
			b := candidateReport(c.(map[string]any))
			if same, rule := graph.SameMeeting(a, b); same {
				n := sharedCount(a.Participants, b.Participants)
				if best == nil || n > bestShared || n == bestShared && b.ID < best.ID {
					bb := b
					best, bestShared, bestRule = &bb, n, rule
				}
				continue
			}
			if graph.PartOf(a, b) {
				res.partOf = append(res.partOf, [2]string{id, b.ID})
			} else if graph.PartOf(b, a) {
				res.partOf = append(res.partOf, [2]string{b.ID, id})
			}
		}
		if best == nil || exists {
			continue // a meeting already in the graph under this ID merges by itself
		}
		canonical := min(id, best.ID)
		res.meetingWhy[canonical] = bestRule
		if id < best.ID {
			if err := renameGraphNodes(ctx, tx, []map[string]any{{"old": best.ID, "new": id}}); err != nil {
				return err
			}
		} else {
			renameMeeting(x, id, best.ID)
		}
	}
	return nil
}

func reportOf(m graph.MeetingFact, places map[string]string) graph.MeetingReport {
	from, to := span(m.Date)
	r := graph.MeetingReport{ID: m.ID, DateFrom: from, DateTo: to, Mode: m.Mode, Status: m.Status}
	if m.Place != "" {
		r.Places = []string{m.Place}
		if c := places[m.Place]; c != "" {
			r.Countries = []string{c}
		}
	}
	for _, a := range m.Attendees {
		r.Participants = append(r.Participants, a.Person)
	}
	sort.Strings(r.Participants)
	return r
}

func candidateReport(m map[string]any) graph.MeetingReport {
	str := func(k string) string { s, _ := m[k].(string); return s }
	list := func(k string) []string {
		var out []string
		for _, v := range m[k].([]any) {
			out = append(out, v.(string))
		}
		return out
	}
	return graph.MeetingReport{ID: str("id"), DateFrom: str("dateFrom"), DateTo: str("dateTo"), Mode: str("mode"),
		Status: str("status"), Participants: list("participants"), Places: list("places"), Countries: list("countries")}
}

func sharedCount(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// periodStarts returns the first days of the months and years that the
// window [lo, hi] (two days) touches: where a meeting known only by its
// month or year starts (span).
func periodStarts(lo, hi string) []string {
	var out []string
	for _, d := range []string{lo, hi} {
		if len(d) < 10 {
			continue
		}
		for _, s := range []string{d[:8] + "01", d[:5] + "01-01"} {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func shiftDay(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// renamePerson gives a person of the extraction another ID, everywhere it
// is used. The person keeps its name as an alias of the graph's.
func renamePerson(x *graph.Extraction, old, new string) {
	sub := func(s *string) {
		if *s == old {
			*s = new
		}
	}
	for i := range x.Persons {
		sub(&x.Persons[i].ID)
	}
	for i := range x.Initiatives {
		for j := range x.Initiatives[i].Promoters {
			sub(&x.Initiatives[i].Promoters[j])
		}
	}
	for i := range x.Meetings {
		m := &x.Meetings[i]
		sub(&m.Host)
		for j := range m.Attendees {
			sub(&m.Attendees[j].Person)
		}
	}
	for i := range x.Statements {
		sub(&x.Statements[i].Speaker)
	}
}

// renameMeeting gives a meeting of the extraction another ID.
func renameMeeting(x *graph.Extraction, old, new string) {
	for i := range x.Meetings {
		if x.Meetings[i].ID == old {
			x.Meetings[i].ID = new
		}
	}
	for i := range x.Statements {
		if x.Statements[i].Meeting == old {
			x.Statements[i].Meeting = new
		}
	}
}

// WriteKeys implements graph.ConcurrentWriter. What a document's write
// reads depends on the graph's people that resolution may take its people
// for, and every rule above finds them by a word of the name (nameKey,
// firstKey, lastKey: the rivals of a one-word name share it too) or an ID,
// and needs an office in common; and on the graph's meetings that its
// meetings may be, found through participants within a few days. Two
// documents may reach one graph meeting through different participants,
// so meetings are keyed by the days of their windows. The keys are then
// the document's ID, its people's IDs, name words and offices, and its
// meetings' days: two documents with none in common cannot see each
// other's people or meetings, and writing them at once gives the graph
// that one after the other gives (everything else a write does, merges of
// nodes and relationships by ID with properties from the smallest
// document ID, does not depend on the order).
//
// Gaps, both rare: a graph meeting known by its month or year only spans
// days the keys do not join (month keys would join them, but a month's
// news would then be written one document at a time); and two documents
// may reach one graph person by different words ("Mohammed bin Salman" by
// the first, "Saud" by the last) and different offices.
func (s *Store) WriteKeys(x *graph.Extraction) []string {
	keys := []string{"doc\x1f" + x.Document.ID}
	for _, p := range x.Persons {
		keys = append(keys, "id\x1f"+p.ID)
		for _, w := range graph.PartsOf(p.Name).Words {
			keys = append(keys, "word\x1f"+w)
		}
		for _, pos := range p.Positions {
			if k := officeKey(pos.Title, pos.Organisation); k != "" {
				keys = append(keys, "office\x1f"+k)
			}
		}
	}
	places := map[string]string{}
	for _, p := range x.Places {
		places[p.ID] = p.Country
	}
	for _, m := range x.Meetings {
		r := reportOf(m, places)
		if r.DateFrom == "" || len(m.Attendees) == 0 {
			continue
		}
		// The window resolveMeetings looks in, day by day: a graph
		// meeting of one day that two documents both find lies in both
		// their windows.
		lo, hi := shiftDay(r.DateFrom, -1), shiftDay(r.DateTo, 1)
		for day, n := lo, 0; day <= hi && n < 400; n++ {
			keys = append(keys, "day\x1f"+day)
			next := shiftDay(day, 1)
			if next == day {
				break // not a day: no window to walk
			}
			day = next
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
