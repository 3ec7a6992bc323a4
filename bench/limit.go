package bench

import (
	"context"
	"path/filepath"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// LimitBatch is the number of rows per statement (and per transaction) of
// the write-limit script.
const LimitBatch = 10000

// limitGraph is the ground truth of a corpus as one graph: nodes by label
// and relationships by type, each once.
type limitGraph struct {
	nodes    map[string][]map[string]any // label: rows {id, props}
	rels     map[string][]map[string]any // type: rows {from, to, props}
	seenNode map[string]bool
	seenRel  map[string]bool
}

func (g *limitGraph) node(label, id string, props map[string]any) {
	if id == "" || g.seenNode[id] {
		return
	}
	g.seenNode[id] = true
	props["kind"] = label
	g.nodes[label] = append(g.nodes[label], map[string]any{"id": id, "props": props})
}

func (g *limitGraph) rel(typ, from, to string, props map[string]any) {
	if from == "" || to == "" {
		return
	}
	k := typ + "\x00" + from + "\x00" + to
	if g.seenRel[k] {
		return
	}
	g.seenRel[k] = true
	if props == nil {
		props = map[string]any{}
	}
	g.rels[typ] = append(g.rels[typ], map[string]any{"from": from, "to": to, "props": props})
}

func nonEmpty(kv ...string) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			m[kv[i]] = kv[i+1]
		}
	}
	return m
}

func dateSpan(date string) (string, string) {
	switch len(date) {
	case 4:
		return date + "-01-01", date + "-12-31"
	case 7:
		return date + "-01", date + "-31"
	}
	return date, date
}

func (g *limitGraph) add(x *graph.Extraction) {
	doc := x.Document.ID
	g.node("Document", doc, nonEmpty("title", x.Document.Title, "url", x.Document.URL, "published", x.Document.Published, "text", x.Document.Text))
	mention := func(id string) { g.rel("MENTIONS", doc, id, nil) }
	for _, c := range x.Countries {
		g.node("Country", c.ID, nonEmpty("name", c.Name, "qid", c.QID, "iso2", c.Kind))
		mention(c.ID)
	}
	for _, o := range x.Organisations {
		g.node("Organisation", o.ID, nonEmpty("name", o.Name, "qid", o.QID, "orgKind", o.Kind))
		mention(o.ID)
	}
	for _, p := range x.Places {
		g.node("Place", p.ID, nonEmpty("name", p.Name))
		mention(p.ID)
		g.rel("LOCATED_IN", p.ID, p.Country, nil)
	}
	for _, in := range x.Initiatives {
		g.node("Initiative", in.ID, nonEmpty("name", in.Name, "qid", in.QID))
		mention(in.ID)
		for _, p := range in.Promoters {
			g.rel("PROMOTES", p, in.ID, nil)
		}
	}
	for _, p := range x.Persons {
		props := nonEmpty("name", p.Name, "qid", p.QID, "nameKey", graph.NameKey(p.Name))
		props["aliases"] = append([]string{}, p.Aliases...)
		g.node("Person", p.ID, props)
		mention(p.ID)
		for _, pos := range p.Positions {
			id := graph.PositionID(p.ID, pos.Title, pos.Organisation, pos.AccreditedTo)
			g.node("Position", id, nonEmpty("name", pos.Title, "title", pos.Title))
			g.rel("HOLDS", p.ID, id, nil)
			g.rel("OF", id, pos.Organisation, nil)
			g.rel("ACCREDITED_TO", id, pos.AccreditedTo, nil)
			g.rel("REPORTED_IN", id, doc, nil)
		}
	}
	for _, m := range x.Meetings {
		from, to := dateSpan(m.Date)
		status := m.Status
		if status == "" {
			status = graph.StatusHeld
		}
		g.node("Meeting", m.ID, nonEmpty("date", m.Date, "datePrecision", m.DatePrecision, "dateFrom", from, "dateTo", to,
			"type", m.Type, "mode", m.Mode, "cameo", m.CAMEO, "status", status))
		g.rel("REPORTED_IN", m.ID, doc, map[string]any{"status": status})
		g.rel("HELD_IN", m.ID, m.Place, nil)
		g.rel("HOSTED_BY", m.ID, m.Host, nil)
		for _, a := range m.Attendees {
			g.rel("ATTENDED", a.Person, m.ID, nonEmpty("role", a.Role, "representing", a.Representing, "onBehalfOf", a.OnBehalfOf))
			g.rel("PARTY", m.ID, a.Representing, nil)
		}
		for _, gr := range m.Groups {
			g.node("Group", gr.ID, nonEmpty("description", gr.Description))
			g.rel("ATTENDED", gr.ID, m.ID, nil)
		}
		for _, d := range m.Discussed {
			g.rel("DISCUSSED", m.ID, d, nil)
		}
	}
	for _, st := range x.Statements {
		g.node("Statement", st.ID, nonEmpty("quote", st.Quote))
		g.rel("SAID", st.Speaker, st.ID, nil)
		g.rel("REPORTED_IN", st.ID, doc, nil)
		g.rel("SAID_AT", st.ID, st.Meeting, nil)
	}
	for _, ms := range x.Memberships {
		g.rel("MEMBER_OF", ms.Member, ms.Organisation, nonEmpty("role", ms.Role))
	}
}

var (
	limitLabels = []string{"Document", "Country", "Organisation", "Place", "Initiative", "Person", "Position", "Meeting", "Group", "Statement"}
	limitTypes  = []string{"MENTIONS", "LOCATED_IN", "PROMOTES", "HOLDS", "OF", "ACCREDITED_TO", "REPORTED_IN", "HELD_IN",
		"HOSTED_BY", "ATTENDED", "PARTY", "DISCUSSED", "SAID", "SAID_AT", "MEMBER_OF"}
)

// WriteLimit writes the ground truth of the corpus in dir (dir/truth/*.json,
// at most limit files when limit > 0) to an empty database with the best
// batched script we could write through the driver: the truth is read and
// merged into one graph in memory, then each label's nodes and each type's
// relationships are written by UNWIND $rows MERGE statements of LimitBatch
// rows, one transaction each, under the store's uniqueness constraints.
// It keeps no per-document provenance (the sources lists, the name chosen
// by the smallest document ID, aliases gathered from several documents,
// entity resolution) that the loader maintains: it is the bound the
// loader's writes are measured against, not a replacement. Reading and
// decoding the files is timed too, as the loader's is.
func WriteLimit(ctx context.Context, d neo4j.DriverWithContext, db, dir string, limit int) (LoadRun, error) {
	r := LoadRun{Mode: "limit", Workers: 1}
	paths, err := Files(filepath.Join(dir, "truth"), ".json", limit)
	if err != nil {
		return r, err
	}
	start := time.Now()
	g := &limitGraph{nodes: map[string][]map[string]any{}, rels: map[string][]map[string]any{},
		seenNode: map[string]bool{}, seenRel: map[string]bool{}}
	for _, p := range paths {
		x, err := readTruth(p)
		if err != nil {
			return r, err
		}
		r.Documents++
		r.Facts += Facts(x)
		g.add(x)
	}
	write := func(q string, rows []map[string]any, params map[string]any) error {
		for i := 0; i < len(rows); i += LimitBatch {
			batch := rows[i:min(i+LimitBatch, len(rows))]
			p := map[string]any{"rows": batch}
			for k, v := range params {
				p[k] = v
			}
			if _, err := neo4j.ExecuteQuery(ctx, d, q, p, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
				return err
			}
		}
		return nil
	}
	for _, l := range limitLabels {
		q := "UNWIND $rows AS r MERGE (x:" + l + " {id: r.id}) ON CREATE SET x:Node SET x += r.props"
		if err := write(q, g.nodes[l], nil); err != nil {
			return r, err
		}
	}
	for _, t := range limitTypes {
		q := "UNWIND $rows AS r MATCH (a:Node {id: r.from}) MATCH (b:Node {id: r.to}) MERGE (a)-[x:" + t + "]->(b) SET x += r.props"
		if err := write(q, g.rels[t], nil); err != nil {
			return r, err
		}
	}
	r.Elapsed = time.Since(start)
	return r, nil
}
