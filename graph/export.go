package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Exports hand the graph, or a neighbourhood of it, to other tools: GraphML
// for Gephi, CSV for spreadsheets, JSON (node-link) for pandas and
// networkx. A store streams nodes then edges into an ExportSink; the
// encoders below are sinks that write one format.

// ExportRelations are the relations exported when none are asked for: the
// actor network the explorer draws.
var ExportRelations = []Relation{RelMet, RelHoldsPositionAt, RelMemberOf, RelPromotes}

// ExportFilter selects what an export holds.
type ExportFilter struct {
	// Around, when set, limits the export to the nodes within Depth hops
	// of this node over Relations; the whole graph otherwise.
	Around string
	// Depth is 1 or 2 (with Around).
	Depth int
	// From and To (YYYY-MM-DD, inclusive, either may be empty) leave out
	// the meetings outside the range, and with them the edges they make
	// (MET, ATTENDED, DISCUSSED, HELD_IN, REPRESENTED). With a date range,
	// a whole-graph export holds only the nodes that keep an edge.
	From, To string
	// Relations are the kinds of edge exported; ExportRelations when
	// empty. They also choose the kinds of node: MET people, ATTENDED
	// people and meetings, and so on (see KindsOf).
	Relations []Relation
}

// Validate checks the filter and fills in its defaults. Returns EINVALID.
func (f *ExportFilter) Validate() error {
	if len(f.Relations) == 0 {
		f.Relations = ExportRelations
	}
	if f.Around == "" {
		if f.Depth > 0 && f.Depth != 1 {
			return Errorf(EINVALID, "--depth needs --around")
		}
	} else {
		if f.Depth == 0 {
			f.Depth = 1
		}
		if f.Depth != 1 && f.Depth != 2 {
			return Errorf(EINVALID, "depth must be 1 or 2, not %d", f.Depth)
		}
	}
	for _, d := range []string{f.From, f.To} {
		if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
			return Errorf(EINVALID, "%q is not a date (YYYY-MM-DD)", d)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return Errorf(EINVALID, "the range %s to %s is empty", f.From, f.To)
	}
	return nil
}

// ParseRelations reads a comma-separated list of relations, case-insensitive
// ("met,member_of"), or "all". Returns EINVALID for an unknown one.
func ParseRelations(s string) ([]Relation, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	if strings.EqualFold(strings.TrimSpace(s), "all") {
		return Relations, nil
	}
	var out []Relation
	for _, part := range strings.Split(s, ",") {
		var r Relation
		if err := r.UnmarshalGQL(strings.ToUpper(strings.TrimSpace(part))); err != nil {
			names := make([]string, len(Relations))
			for i, r := range Relations {
				names[i] = strings.ToLower(string(r))
			}
			return nil, Errorf(EINVALID, "%q is not a relation: one of %s, or all", strings.TrimSpace(part), strings.Join(names, ", "))
		}
		out = append(out, r)
	}
	return out, nil
}

// KindsOf returns the kinds of node that the relations join.
func KindsOf(rels []Relation) []Kind {
	ends := map[Relation][]Kind{
		RelMet:             {KindPerson},
		RelAttended:        {KindPerson, KindMeeting},
		RelHoldsPositionAt: {KindPerson, KindOrganisation, KindCountry},
		RelMemberOf:        {KindOrganisation, KindCountry},
		RelPromotes:        {KindPerson, KindOrganisation, KindCountry, KindInitiative},
		RelDiscussed:       {KindMeeting, KindInitiative},
		RelHeldIn:          {KindMeeting, KindPlace},
		RelRepresented:     {KindMeeting, KindOrganisation, KindCountry},
	}
	seen := map[Kind]bool{}
	for _, r := range rels {
		for _, k := range ends[r] {
			seen[k] = true
		}
	}
	var out []Kind
	for _, k := range Kinds {
		if seen[k] {
			out = append(out, k)
		}
	}
	return out
}

// ExportNode is a node as exports show it.
type ExportNode struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Label   string   `json:"label"` // the name; a meeting's date and place
	Aliases []string `json:"aliases,omitempty"`
	QID     string   `json:"qid,omitempty"`
	Date    string   `json:"date,omitempty"` // meetings
}

// ExportSink receives an export: every node, then every edge, then Close.
// An edge joins two nodes sent before it.
type ExportSink interface {
	Node(ExportNode) error
	Edge(Edge) error
	// Close ends the export (closing tags, flushing); it does not close
	// the underlying writer.
	Close() error
}

// ExportService streams the graph out.
type ExportService interface {
	// Export sends the nodes and edges the filter selects to sink, as the
	// store reads them, without holding the graph in memory (a
	// neighbourhood's node IDs excepted), in one read transaction.
	// Returns EINVALID for a bad filter, ENOTFOUND when Around names no
	// node, ETIMEOUT and EUNAVAILABLE as queries do, and the sink's
	// errors as they are.
	Export(ctx context.Context, f ExportFilter, sink ExportSink) error
}

// ExportFormats are the formats NewExportEncoder knows.
var ExportFormats = []string{"graphml", "csv", "json"}

// NewExportEncoder returns a sink that writes format to w: "graphml",
// "csv" (an edge list with each end's label and kind) or "json" (node-link:
// {"directed", "multigraph", "graph", "nodes", "links"}, as networkx's
// node_link_graph reads it). Returns EINVALID for another format.
func NewExportEncoder(format string, w io.Writer) (ExportSink, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case "graphml":
		return &graphMLSink{w: bw}, nil
	case "csv":
		return &csvEdgeSink{w: csv.NewWriter(bw), bw: bw, nodes: map[string][2]string{}}, nil
	case "json":
		return &jsonSink{w: bw}, nil
	}
	return nil, Errorf(EINVALID, "unknown format %q: one of %s", format, strings.Join(ExportFormats, ", "))
}

// NewCSVTables returns a sink that writes two CSV tables, nodes (id,
// kind, label, aliases, qid, date) and edges (source, target, relation,
// weight), as spreadsheets and pandas.read_csv take them.
func NewCSVTables(nodes, edges io.Writer) ExportSink {
	nb, eb := bufio.NewWriter(nodes), bufio.NewWriter(edges)
	return &csvTablesSink{nodes: csv.NewWriter(nb), edges: csv.NewWriter(eb), nb: nb, eb: eb}
}

// apiKind is the kind as the API names it (PERSON), which exports use too.
func apiKind(k Kind) string { return strings.ToUpper(string(k)) }

// ---- GraphML ----

type graphMLSink struct {
	w       *bufio.Writer
	started bool
	edges   int
}

const graphMLHead = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="qid" for="node" attr.name="qid" attr.type="string"/>
  <key id="date" for="node" attr.name="date" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="actorgraph" edgedefault="directed">
`

func (s *graphMLSink) start() {
	if !s.started {
		s.w.WriteString(graphMLHead)
		s.started = true
	}
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (s *graphMLSink) Node(n ExportNode) error {
	s.start()
	fmt.Fprintf(s.w, `    <node id="%s"><data key="label">%s</data><data key="kind">%s</data>`, xmlText(n.ID), xmlText(n.Label), apiKind(n.Kind))
	if len(n.Aliases) > 0 {
		fmt.Fprintf(s.w, `<data key="aliases">%s</data>`, xmlText(strings.Join(n.Aliases, "; ")))
	}
	if n.QID != "" {
		fmt.Fprintf(s.w, `<data key="qid">%s</data>`, xmlText(n.QID))
	}
	if n.Date != "" {
		fmt.Fprintf(s.w, `<data key="date">%s</data>`, xmlText(n.Date))
	}
	_, err := s.w.WriteString("</node>\n")
	return err
}

func (s *graphMLSink) Edge(e Edge) error {
	s.start()
	s.edges++
	_, err := fmt.Fprintf(s.w, `    <edge id="e%d" source="%s" target="%s"><data key="relation">%s</data><data key="weight">%d</data></edge>`+"\n",
		s.edges, xmlText(e.Source), xmlText(e.Target), e.Relation, e.Weight)
	return err
}

func (s *graphMLSink) Close() error {
	s.start()
	s.w.WriteString("  </graph>\n</graphml>\n")
	return s.w.Flush()
}

// ---- CSV ----

var csvEdgeHeader = []string{"source", "target", "relation", "weight", "source_label", "source_kind", "target_label", "target_kind"}

// csvEdgeSink writes one table, the edges with their ends' labels and
// kinds; it keeps the nodes' labels (not the nodes) to do so.
type csvEdgeSink struct {
	w       *csv.Writer
	bw      *bufio.Writer
	nodes   map[string][2]string
	started bool
}

func (s *csvEdgeSink) start() {
	if !s.started {
		s.w.Write(csvEdgeHeader)
		s.started = true
	}
}

func (s *csvEdgeSink) Node(n ExportNode) error {
	s.nodes[n.ID] = [2]string{n.Label, apiKind(n.Kind)}
	return nil
}

func (s *csvEdgeSink) Edge(e Edge) error {
	s.start()
	a, b := s.nodes[e.Source], s.nodes[e.Target]
	return s.w.Write([]string{e.Source, e.Target, string(e.Relation), strconv.Itoa(e.Weight), a[0], a[1], b[0], b[1]})
}

func (s *csvEdgeSink) Close() error {
	s.start()
	s.w.Flush()
	if err := s.w.Error(); err != nil {
		return err
	}
	return s.bw.Flush()
}

type csvTablesSink struct {
	nodes, edges       *csv.Writer
	nb, eb             *bufio.Writer
	nStarted, eStarted bool
}

func (s *csvTablesSink) Node(n ExportNode) error {
	if !s.nStarted {
		s.nodes.Write([]string{"id", "kind", "label", "aliases", "qid", "date"})
		s.nStarted = true
	}
	return s.nodes.Write([]string{n.ID, apiKind(n.Kind), n.Label, strings.Join(n.Aliases, "; "), n.QID, n.Date})
}

func (s *csvTablesSink) Edge(e Edge) error {
	if !s.eStarted {
		s.edges.Write([]string{"source", "target", "relation", "weight"})
		s.eStarted = true
	}
	return s.edges.Write([]string{e.Source, e.Target, string(e.Relation), strconv.Itoa(e.Weight)})
}

func (s *csvTablesSink) Close() error {
	if !s.nStarted {
		s.Node(ExportNode{}) // never called with an empty node: writes the header
	}
	if !s.eStarted {
		s.edges.Write([]string{"source", "target", "relation", "weight"})
	}
	s.nodes.Flush()
	s.edges.Flush()
	for _, err := range []error{s.nodes.Error(), s.edges.Error(), s.nb.Flush(), s.eb.Flush()} {
		if err != nil {
			return err
		}
	}
	return nil
}

// ---- JSON ----

type jsonSink struct {
	w            *bufio.Writer
	nodes, links int
	inLinks      bool
}

type jsonNode struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Label   string   `json:"label"`
	Aliases []string `json:"aliases,omitempty"`
	QID     string   `json:"qid,omitempty"`
	Date    string   `json:"date,omitempty"`
}

func (s *jsonSink) start() {
	if s.nodes == 0 && !s.inLinks {
		s.w.WriteString(`{"directed": true, "multigraph": true, "graph": {"name": "actorgraph"}, "nodes": [`)
	}
}

func (s *jsonSink) Node(n ExportNode) error {
	s.start()
	if s.nodes > 0 {
		s.w.WriteString(",")
	}
	s.nodes++
	b, err := json.Marshal(jsonNode{ID: n.ID, Kind: apiKind(n.Kind), Label: n.Label, Aliases: n.Aliases, QID: n.QID, Date: n.Date})
	if err != nil {
		return err
	}
	s.w.WriteString("\n  ")
	_, err = s.w.Write(b)
	return err
}

func (s *jsonSink) toLinks() {
	if !s.inLinks {
		s.start()
		s.w.WriteString("\n], \"links\": [")
		s.inLinks = true
	}
}

func (s *jsonSink) Edge(e Edge) error {
	s.toLinks()
	if s.links > 0 {
		s.w.WriteString(",")
	}
	s.links++
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	s.w.WriteString("\n  ")
	_, err = s.w.Write(b)
	return err
}

func (s *jsonSink) Close() error {
	s.toLinks()
	s.w.WriteString("\n]}\n")
	return s.w.Flush()
}
