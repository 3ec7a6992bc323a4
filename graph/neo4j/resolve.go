package neo4j

import (
	"context"
	"sort"
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

const personCandidates = `UNWIND $rows AS q
OPTIONAL MATCH (p:Person {nameKey: q.key}) WHERE p.id <> q.id
RETURN q.id, collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id,
  orgs: [(p)-[:HOLDS]->(:Position)-[:OF]->(o) | o.id]} END)`

const meetingCandidates = `UNWIND $rows AS q
CALL (q) {
  OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
  WHERE p.id IN q.participants AND m.id <> q.id AND m.dateTo >= q.lo AND m.dateFrom <= q.hi
  WITH DISTINCT m WHERE m IS NOT NULL
  RETURN collect({id: m.id, dateFrom: m.dateFrom, dateTo: m.dateTo, mode: m.mode, status: m.status,
    participants: [(x:Person)-[:ATTENDED]->(m) | x.id],
    places: [(m)-[:HELD_IN]->(pl:Place) | pl.id],
    countries: [(m)-[:HELD_IN]->(:Place)-[:LOCATED_IN]->(c:Country) | c.id]}) AS cands
}
RETURN q.id, EXISTS { (:Meeting {id: q.id}) }, cands`

const renameNode = `MATCH (n:Node {id: $old}) SET n.id = $new`

// resolution is what resolve decided for one document.
type resolution struct {
	partOf     [][2]string       // (part, whole) meeting IDs
	meetingWhy map[string]string // meeting ID: the rule that merged it with the graph's
	possibly   []possibleSame
}

type possibleSame struct {
	a, b  string
	score float64
	rule  string
}

// resolve rewrites x's IDs (and the graph's, where the document's sort
// first) so that people and meetings already in the graph are reused.
func resolve(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction) (resolution, error) {
	res := resolution{meetingWhy: map[string]string{}}
	if err := resolvePersons(ctx, tx, x, &res); err != nil {
		return res, err
	}
	return res, resolveMeetings(ctx, tx, x, &res)
}

func resolvePersons(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution) error {
	if len(x.Persons) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(x.Persons))
	orgs := map[string]map[string]bool{}
	for i, p := range x.Persons {
		rows[i] = map[string]any{"id": p.ID, "key": graph.NameKey(p.Name)}
		orgs[p.ID] = map[string]bool{}
		for _, pos := range p.Positions {
			if pos.Organisation != "" {
				orgs[p.ID][pos.Organisation] = true
			}
		}
	}
	result, err := tx.Run(ctx, personCandidates, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	recs, err := result.Collect(ctx)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		id := rec.Values[0].(string)
		var strong []string
		for _, c := range rec.Values[1].([]any) {
			m, ok := c.(map[string]any)
			if !ok {
				continue
			}
			other := m["id"].(string)
			shared := false
			for _, o := range m["orgs"].([]any) {
				shared = shared || orgs[id][o.(string)]
			}
			if shared {
				strong = append(strong, other)
			} else {
				res.possibly = append(res.possibly, possibleSame{a: id, b: other, score: 0.5, rule: "same-name-key"})
			}
		}
		// One person of the same name key who held a position at the same
		// organisation or for the same country: the same person.
		// Several: ambiguous, left apart.
		if len(strong) != 1 {
			for _, o := range strong {
				res.possibly = append(res.possibly, possibleSame{a: id, b: o, score: 0.8, rule: "same-name-key-same-organisation-ambiguous"})
			}
			continue
		}
		if err := unify(ctx, tx, x, id, strong[0], renamePerson); err != nil {
			return err
		}
	}
	return nil
}

// unify makes the document's node and the graph's one node under the
// smaller of their IDs.
func unify(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, docID, graphID string,
	rename func(*graph.Extraction, string, string)) error {
	if docID < graphID {
		_, err := tx.Run(ctx, renameNode, map[string]any{"old": graphID, "new": docID})
		return err
	}
	rename(x, docID, graphID)
	return nil
}

func resolveMeetings(ctx context.Context, tx driver.ManagedTransaction, x *graph.Extraction, res *resolution) error {
	places := map[string]string{} // place ID: country ID
	for _, p := range x.Places {
		places[p.ID] = p.Country
	}
	reports := map[string]graph.MeetingReport{}
	var rows []map[string]any
	for _, m := range x.Meetings {
		r := reportOf(m, places)
		if r.DateFrom == "" || len(r.Participants) == 0 {
			continue
		}
		reports[m.ID] = r
		lo, hi := shiftDay(r.DateFrom, -1), shiftDay(r.DateTo, 1)
		rows = append(rows, map[string]any{"id": m.ID, "participants": r.Participants, "lo": lo, "hi": hi})
	}
	if len(rows) == 0 {
		return nil
	}
	result, err := tx.Run(ctx, meetingCandidates, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	recs, err := result.Collect(ctx)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		id, exists := rec.Values[0].(string), rec.Values[1].(bool)
		a := reports[id]
		var best *graph.MeetingReport
		bestShared, bestRule := 0, ""
		for _, c := range rec.Values[2].([]any) {
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
		if err := unify(ctx, tx, x, id, best.ID, renameMeeting); err != nil {
			return err
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
