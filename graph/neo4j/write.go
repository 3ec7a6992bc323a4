package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// batch is one statement of a document's write with its rows.
type batch struct {
	query string
	rows  []map[string]any
	nodes bool // rows are nodes, not relationships
	// touches: the rows update nodes written by an earlier batch, so they
	// are not counted as merged.
	touches bool
}

// WriteExtraction implements graph.DocumentWriter. The document and all of
// its facts are written in one managed write transaction (retried by the
// driver on transient errors, and by WriteExtraction itself, at once, on a
// deadlock): one statement that checks that the document is new and
// looks up resolution's candidates for its people and meetings
// (lookupStatement), then the document node and all of its facts in one
// statement (writeFacts), so a document costs four round trips (with the
// transaction's begin and commit) whatever its size, and a few more where
// resolution renames nodes of the graph. The lookups come before any write: once a transaction
// has written something, Neo4j 5.26 runs the lookups about twenty times
// slower (34 ms against 1.7 ms for personCandidates on the first 1,000
// medium documents), and they are most of a document's cost.
func (s *Store) WriteExtraction(ctx context.Context, x *graph.Extraction) (graph.WriteResult, error) {
	res := graph.WriteResult{DocumentID: x.Document.ID}
	if err := graph.Validate(x); err != nil {
		return res, err
	}
	work := func(tx driver.ManagedTransaction) (any, error) {
		r := graph.WriteResult{DocumentID: x.Document.ID}
		// Resolution rewrites IDs: on a copy, since the driver may run this
		// function again after a transient error.
		xc := clone(x)
		l, err := lookup(ctx, tx, xc)
		if err != nil {
			return r, err
		}
		if l.exists {
			r.Unchanged = true
			return r, nil
		}
		resolved, err := resolve(ctx, tx, xc, l)
		if err != nil {
			return r, err
		}
		facts := map[string]any{}
		for _, p := range factParams {
			facts[p] = []map[string]any{}
		}
		batches, keys := plan(xc, resolved)
		facts["keys"] = keys
		for _, b := range batches {
			p, ok := factParams[b.query]
			if !ok {
				return r, fmt.Errorf("neo4j: the plan has a statement that writeFacts does not run: %.60s", b.query)
			}
			facts[p] = b.rows
			switch {
			case b.touches:
			case b.nodes:
				r.NodesMerged += len(b.rows)
			default:
				r.RelationshipsMerged += len(b.rows)
			}
		}
		params := map[string]any{"doc": x.Document.ID, "props": documentProps(x.Document), "facts": facts}
		if _, err := run(ctx, tx, writeFacts, params, &r); err != nil {
			return r, err
		}
		// Rows that created nothing merged into what was there.
		r.NodesMerged -= r.NodesCreated - 1 // the document node is no row
		r.RelationshipsMerged -= r.RelationshipsCreated
		return r, nil
	}
	var out any
	var err error
	for attempt := 1; ; attempt++ {
		out, err = s.executeWrite(ctx, "writeDocument", func(tx driver.ManagedTransaction) (any, error) {
			r, err := work(tx)
			if attempt == deadlockAttempts {
				return r, err // the driver's own retries, and its transient error at the end
			}
			return r, keepDeadlock(err)
		})
		var d *deadlock
		if !errors.As(err, &d) || attempt == deadlockAttempts {
			break
		}
		// Go again soon, at a time of its own.
		select {
		case <-time.After(time.Duration(attempt) * time.Duration(5+rand.IntN(20)) * time.Millisecond):
		case <-ctx.Done():
		}
	}
	if err != nil {
		s.observeWrite(res, err)
		return res, err
	}
	res = out.(graph.WriteResult)
	s.observeWrite(res, nil)
	return res, nil
}

// deadlockAttempts is how many times WriteExtraction tries a document whose
// write Neo4j ends on a deadlock; the last try is the driver's, with its
// backoff, and ends in a transient error rather than an internal one.
const deadlockAttempts = 10

// deadlock is a deadlock that Neo4j found in a document's write, kept from
// the driver's retries (which wait 2 s, then 4 s, ...) for WriteExtraction's
// own, which go again within milliseconds. Documents written at once may
// deadlock where they add relationships to a node they share (Neo4j locks
// it for that), and the one that Neo4j ends can go again at once. It has
// no Unwrap: the driver must not see a retryable error in it.
type deadlock struct{ err error }

func (d *deadlock) Error() string { return d.err.Error() }

// keepDeadlock wraps a deadlock as one, and returns other errors as they
// are.
func keepDeadlock(err error) error {
	var ne *driver.Neo4jError
	if errors.As(err, &ne) && ne.Code == "Neo.TransientError.Transaction.DeadlockDetected" {
		return &deadlock{err}
	}
	return err
}

// run runs a statement, adds its counters to r and returns its one record
// (nil for a statement that returns none).
func run(ctx context.Context, tx driver.ManagedTransaction, q string, params map[string]any, r *graph.WriteResult) (*driver.Record, error) {
	result, err := tx.Run(ctx, stablePlan+q, params)
	if err != nil {
		return nil, err
	}
	var rec *driver.Record
	if result.Next(ctx) {
		rec = result.Record()
	}
	sum, err := result.Consume(ctx)
	if err != nil {
		return nil, err
	}
	c := sum.Counters()
	r.NodesCreated += c.NodesCreated()
	r.RelationshipsCreated += c.RelationshipsCreated()
	r.PropertiesSet += c.PropertiesSet()
	return rec, nil
}

func documentProps(d graph.Document) map[string]any {
	return props("title", d.Title, "url", d.URL, "published", d.Published, "publisher", d.Publisher,
		"path", d.Path, "text", d.Text)
}

// props builds a property map from key, value pairs, leaving out empty
// values so that `SET x += props` never erases what another document said.
func props(kv ...string) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			m[kv[i]] = kv[i+1]
		}
	}
	return m
}

// naming is the properties of a person that follow its name: the name, its
// rank (a full name outranks a one-word one) and the keys resolution looks
// people up by.
func naming(name string) map[string]any {
	parts := graph.PartsOf(name)
	rank := 2
	if parts.Single {
		rank = 1
	}
	return map[string]any{"name": name, "nameRank": rank, "nameKey": parts.Key,
		"firstKey": parts.First, "lastKey": parts.Last, "single": parts.Single}
}

func nodeRow(id, name string, aliases []string, p map[string]any) map[string]any {
	if aliases == nil {
		aliases = []string{}
	}
	return map[string]any{"id": id, "name": name, "aliases": aliases, "props": p}
}

func relRow(from, to string, p map[string]any) map[string]any {
	if p == nil {
		p = map[string]any{}
	}
	return map[string]any{"from": from, "to": to, "props": p}
}

// plan turns an extraction into the statements that write it (nodes first,
// then relationships, each kind in one UNWIND) and the keys of the
// relationships the document supports, sorted, each once (see factKey).
func plan(x *graph.Extraction, res resolution) ([]batch, []string) {
	nodes := map[graph.Kind][]map[string]any{}
	rels := map[string][]map[string]any{}
	keys := map[string]bool{}
	addNode := func(k graph.Kind, row map[string]any) { nodes[k] = append(nodes[k], row) }
	addRel := func(t, from, to string, p map[string]any) {
		rels[t] = append(rels[t], relRow(from, to, p))
		if isFact(t) {
			keys[factKey(t, from, to)] = true
		}
	}

	doc := x.Document.ID
	mention := func(id string) { addRel(relMentions, doc, id, nil) }
	for _, c := range x.Countries {
		addNode(graph.KindCountry, nodeRow(c.ID, c.Name, c.Aliases, props("qid", c.QID, "iso2", c.Kind)))
		mention(c.ID)
	}
	for _, o := range x.Organisations {
		addNode(graph.KindOrganisation, nodeRow(o.ID, o.Name, o.Aliases, props("qid", o.QID, "orgKind", o.Kind)))
		mention(o.ID)
	}
	for _, p := range x.Places {
		addNode(graph.KindPlace, nodeRow(p.ID, p.Name, nil, nil))
		mention(p.ID)
		if p.Country != "" {
			addRel(relLocatedIn, p.ID, p.Country, nil)
		}
	}
	for _, in := range x.Initiatives {
		addNode(graph.KindInitiative, nodeRow(in.ID, in.Name, in.Aliases, props("qid", in.QID, "initiativeKind", in.Kind)))
		mention(in.ID)
		for _, p := range in.Promoters {
			addRel(relPromotes, p, in.ID, nil)
		}
	}
	// The day a document supports a position: the day of a meeting the
	// person attended in it, else the document's publication date.
	days := personDays(x)
	var positionDates, meetingRows, whyRows []map[string]any
	for i, p := range x.Persons {
		row := nodeRow(p.ID, p.Name, p.Aliases, props("qid", p.QID))
		row["naming"] = naming(p.Name)
		addNode(graph.KindPerson, row)
		// The document's own name and ID for the person: what a split
		// gives back.
		asID := p.ID
		if i < len(res.asID) {
			asID = res.asID[i]
		}
		addRel(relMentions, doc, p.ID, map[string]any{"name": p.Name, "asId": asID})
		if why := res.personWhy[p.ID]; len(why) > 0 {
			whyRows = append(whyRows, map[string]any{"id": p.ID, "why": why})
		}
		day := days[p.ID]
		for _, pos := range p.Positions {
			id := graph.PositionID(p.ID, pos.Title, pos.Organisation, pos.AccreditedTo)
			addNode(graph.KindPosition, nodeRow(id, pos.Title, nil, props("title", pos.Title, "officeKey", officeKey(pos.Title, pos.Organisation))))
			addRel(relReportedIn, id, doc, evidence(pos.Evidence, x.Document.Title))
			if day != "" {
				positionDates = append(positionDates, map[string]any{"id": id, "day": day})
			}
			addRel(relHolds, p.ID, id, nil)
			if pos.Organisation != "" {
				addRel(relOf, id, pos.Organisation, nil)
			}
			if pos.AccreditedTo != "" {
				addRel(relAccreditedTo, id, pos.AccreditedTo, nil)
			}
		}
	}
	for _, m := range x.Meetings {
		from, to := span(m.Date)
		meetingRows = append(meetingRows, map[string]any{"id": m.ID, "date": nullable(m.Date), "datePrecision": nullable(m.DatePrecision),
			"dateFrom": nullable(from), "dateTo": nullable(to), "rank": precisionRank[m.DatePrecision],
			"type": m.Type, "mode": nullable(m.Mode), "cameo": nullable(m.CAMEO), "resolvedBy": nullable(res.meetingWhy[m.ID])})
		status := m.Status
		if status == "" {
			status = graph.StatusHeld
		}
		ev := evidence(m.Evidence, x.Document.Title)
		if ev == nil {
			ev = map[string]any{}
		}
		ev["status"] = status
		addRel(relReportedIn, m.ID, doc, ev)
		if m.Place != "" {
			addRel(relHeldIn, m.ID, m.Place, nil)
		}
		if m.Host != "" {
			addRel(relHostedBy, m.ID, m.Host, nil)
		}
		for _, a := range m.Attendees {
			addRel(relAttended, a.Person, m.ID, props("role", a.Role, "representing", a.Representing, "onBehalfOf", a.OnBehalfOf))
			if a.Representing != "" {
				addRel(relParty, m.ID, a.Representing, nil)
			}
		}
		for _, g := range m.Groups {
			addNode(graph.KindGroup, nodeRow(g.ID, g.Description, nil, props("description", g.Description)))
			mention(g.ID)
			addRel(relAttended, g.ID, m.ID, nil)
		}
		for _, d := range m.Discussed {
			addRel(relDiscussed, m.ID, d, nil)
		}
	}
	for _, st := range x.Statements {
		p := props("quote", st.Quote)
		if len(st.Evidence) > 0 {
			p["start"] = st.Evidence[0].Start
		}
		addNode(graph.KindStatement, nodeRow(st.ID, "", nil, p))
		addRel(relSaid, st.Speaker, st.ID, nil)
		addRel(relReportedIn, st.ID, doc, evidence(st.Evidence, x.Document.Title))
		if st.Meeting != "" {
			addRel(relSaidAt, st.ID, st.Meeting, nil)
		}
	}
	for _, ms := range x.Memberships {
		addRel(relMemberOf, ms.Member, ms.Organisation, props("role", ms.Role))
	}

	// Every document takes the write locks of its nodes in one order, kind
	// by kind and by ID: two documents written at once that share nodes
	// then wait for each other instead of deadlocking.
	byID := func(a, b map[string]any) int { return strings.Compare(a["id"].(string), b["id"].(string)) }
	var out []batch
	for _, k := range graph.Kinds {
		if rows := nodes[k]; len(rows) > 0 {
			slices.SortStableFunc(rows, byID)
			q, ok := mergeNodeStatements[k]
			if !ok {
				panic(fmt.Sprintf("neo4j: no statement for kind %s", k))
			}
			out = append(out, batch{query: q, rows: rows, nodes: true})
		}
	}
	var derived []map[string]any
	for _, p := range res.partOf {
		derived = append(derived, map[string]any{"from": p[0], "to": p[1]})
	}
	var candidates []map[string]any
	for _, p := range res.possibly {
		a, b := min(p.a, p.b), max(p.a, p.b)
		candidates = append(candidates, map[string]any{"from": a, "to": b, "score": p.score, "rule": p.rule})
	}
	if len(meetingRows) > 0 {
		slices.SortStableFunc(meetingRows, byID)
		out = append(out, batch{query: mergeMeetingsStatement, rows: meetingRows, nodes: true})
	}
	if len(whyRows) > 0 {
		out = append(out, batch{query: personWhyStatement, rows: whyRows, nodes: true, touches: true})
	}
	if len(positionDates) > 0 {
		out = append(out, batch{query: positionDatesStatement, rows: positionDates, nodes: true, touches: true})
	}
	// A relationship from or to the document is new, as the document is:
	// it is created, not merged. MERGE would lock the node at its other
	// end until the commit, to be sure that no one else creates the
	// relationship at the same time, and documents written at once would
	// queue on the countries most of them name.
	var relRows, ownRows []map[string]any
	seen := map[string]bool{}
	for _, t := range relTypes {
		for _, r := range rels[t] {
			from, to := r["from"].(string), r["to"].(string)
			k := factKey(t, from, to)
			if seen[k] {
				continue // the first row's properties, as MERGE would keep
			}
			seen[k] = true
			r["type"] = t
			if (t == relMentions && from == doc) || (t == relReportedIn && to == doc) {
				ownRows = append(ownRows, r)
			} else {
				relRows = append(relRows, r)
			}
		}
	}
	if len(ownRows) > 0 {
		out = append(out, batch{query: createOwnLinksStatement, rows: ownRows})
	}
	if len(relRows) > 0 {
		out = append(out, batch{query: mergeRelsStatement, rows: relRows})
	}
	if len(derived) > 0 {
		out = append(out, batch{query: mergePartOfStatement, rows: derived})
	}
	if len(candidates) > 0 {
		out = append(out, batch{query: mergeCandidatesStatement, rows: candidates})
	}
	if len(meetingRows) > 0 {
		slices.SortStableFunc(meetingRows, byID)
		out = append(out, batch{query: meetingStatusStatement, rows: meetingRows, nodes: true, touches: true})
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	return out, sorted
}

// precisionRank orders date precisions: a more precise date wins.
var precisionRank = map[string]int{"year": 1, "month": 2, "day": 3}

// clone deep-copies an extraction.
func clone(x *graph.Extraction) *graph.Extraction {
	b, err := json.Marshal(x)
	if err != nil {
		panic(err) // an Extraction always marshals
	}
	var c graph.Extraction
	if err := json.Unmarshal(b, &c); err != nil {
		panic(err)
	}
	return &c
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// evidence is the properties of a REPORTED_IN relationship: where the
// document states the fact.
// The sentence shown is the first that is not the document's headline,
// which names a meeting but rarely tells when or where it was.
func evidence(ev []graph.Evidence, title string) map[string]any {
	if len(ev) == 0 {
		return nil
	}
	e := ev[0]
	for _, c := range ev {
		if strings.TrimSpace(c.Sentence) != strings.TrimSpace(title) {
			e = c
			break
		}
	}
	return map[string]any{"sentence": e.Sentence, "start": e.Start, "end": e.End}
}

// span is the first and last day a date of any precision covers (YYYY,
// YYYY-MM or YYYY-MM-DD), as strings that compare in date order.
func span(date string) (string, string) {
	switch len(date) {
	case 4:
		return date + "-01-01", date + "-12-31"
	case 7:
		// The month's last day: "-31" of a 30-day month is no date, and
		// resolution, which reads dates, could not compare it.
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return date + "-01", date + "-31"
		}
		return date + "-01", t.AddDate(0, 1, -1).Format(time.DateOnly)
	case 10:
		return date, date
	}
	return "", ""
}
