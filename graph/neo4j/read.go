package neo4j

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// maxLimit caps the short lists that are not connections (a meeting's
// attendees, an initiative's promoters).
const maxLimit = 1000

// Query implements graph.QueryService: it compiles the root field to one
// statement, runs it in a read transaction, and decodes its single value.
func (s *Store) Query(ctx context.Context, root *graph.Selection, into any) error {
	q, params, err := Compile(root)
	if err != nil {
		return err
	}
	s.statements.Add(1)
	res, err := s.executeRead(ctx, root.Name, q, params)
	if err != nil {
		return err
	}
	if len(res.Records) != 1 {
		return s.wrap(fmt.Errorf("%s: %d records, want 1", root.Name, len(res.Records)))
	}
	// The value has the shape of the response: its keys are the API's
	// field names, which the domain types' JSON names match. It is decoded
	// straight from the driver's values, with no JSON text in between.
	if err := graph.Decode(res.Records[0].Values[0], into); err != nil {
		return s.wrap(fmt.Errorf("decode %s: %w", root.Name, err))
	}
	return nil
}

// StatementsRun counts the Cypher statements the store has run for reads,
// so that tests can check that a request costs one round trip.
func (s *Store) StatementsRun() int64 { return s.statements.Load() }

// Compile returns the statement and parameters that answer a root field.
func Compile(root *graph.Selection) (string, map[string]any, error) {
	c := newCompiler()
	body, err := c.root(root)
	if err != nil {
		return "", nil, err
	}
	return body, c.params, nil
}

var singles = map[string]string{
	"person": "Person", "organisation": "Organisation", "country": "Country",
	"initiative": "Initiative", "meeting": "Meeting", "document": "Document",
}

var rootLists = map[string]string{
	"persons": "Person", "organisations": "Organisation", "countries": "Country", "initiatives": "Initiative",
}

func (c *compiler) root(s *graph.Selection) (string, error) {
	if typ, ok := singles[s.Name]; ok {
		x := c.fresh("x")
		c.push(x)
		p, err := c.project(typ, x, s.Children)
		with := c.pop()
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("OPTIONAL MATCH (%[1]s:%[2]s {id: %[3]s}) %[5]sRETURN CASE WHEN %[1]s IS NULL THEN null ELSE %[4]s END",
			x, labels[typ], c.param(s.Args["id"]), p, with), nil
	}
	if typ, ok := rootLists[s.Name]; ok {
		e, err := c.actorList(s, typ)
		return "RETURN " + e, err
	}
	switch s.Name {
	case "node":
		x := c.fresh("x")
		c.push(x)
		p, err := c.project("Node", x, s.Children)
		with := c.pop()
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("OPTIONAL MATCH (%[1]s:Node {id: %[2]s}) %[4]sRETURN CASE WHEN %[1]s IS NULL THEN null ELSE %[3]s END",
			x, c.param(s.Args["id"]), p, with), nil
	case "nodes":
		x := c.fresh("x")
		p, err := c.project("Node", x, s.Children)
		if err != nil {
			return "", err
		}
		ids, _ := s.Args["ids"].([]any)
		if len(ids) > MaxPageSize {
			return "", graph.Errorf(graph.EINVALID, "at most %d ids", MaxPageSize)
		}
		return fmt.Sprintf("RETURN [id IN %s | head(COLLECT { MATCH (%s:Node {id: id}) RETURN %s })]", c.param(ids), x, p), nil
	case "meetings":
		e, err := c.meetingList(s, allMeetings)
		return "RETURN " + e, err
	case "statements":
		st := c.fresh("s")
		e, err := c.statementList(s, fmt.Sprintf("MATCH (%s:Statement)", st), st, nil)
		return "RETURN " + e, err
	case "documents":
		return c.documents(s)
	case "search":
		return c.search(s)
	case "path":
		return c.path(s)
	case "neighbourhood":
		return c.neighbourhood(s)
	case "timeline":
		return c.timeline(s)
	case "stats":
		return c.stats(s)
	}
	return "", graph.Errorf(graph.EINVALID, "unknown field %s", s.Name)
}

func (c *compiler) documents(s *graph.Selection) (string, error) {
	d := c.fresh("d")
	var where []string
	if f, ok := s.Args["filter"].(map[string]any); ok {
		if t, ok := f["title"]; ok && t != nil {
			cond, err := c.stringFilter(fmt.Sprintf("[coalesce(%s.title, '')]", d), t)
			if err != nil {
				return "", err
			}
			where = append(where, cond)
		}
		if p, ok := f["published"]; ok && p != nil {
			cond, err := c.dateRange(d+".published", d+".published", p)
			if err != nil {
				return "", err
			}
			where = append(where, cond)
		}
	}
	e, err := c.connection(s, list{
		match: fmt.Sprintf("MATCH (%s:Document)", d), where: where, carry: []string{d},
		keys: []sortKey{{fmt.Sprintf("coalesce(%s.published, '')", d), true}, {d + ".id", false}},
		node: func(ch []*graph.Selection) (string, error) { return c.project("Document", d, ch) },
	})
	return "RETURN " + e, err
}

// search queries the full-text indexes of names and of statements.
func (c *compiler) search(s *graph.Selection) (string, error) {
	text, _ := s.Args["text"].(string)
	q := luceneQuery(text)
	if q == "" {
		return "", graph.Errorf(graph.EINVALID, "search text is empty")
	}
	first, err := pageSize(s.Args)
	if err != nil {
		return "", err
	}
	var kinds []string
	if ks, ok := s.Args["kinds"].([]any); ok {
		for _, k := range ks {
			var kind graph.Kind
			if err := kind.UnmarshalGQL(k); err != nil {
				return "", graph.Errorf(graph.EINVALID, "%v", err)
			}
			kinds = append(kinds, string(kind))
		}
	}
	x := c.fresh("x")
	var node []*graph.Selection
	for _, ch := range s.Children {
		if ch.Name == "node" {
			node = append(node, ch.Children...)
		}
	}
	p, err := c.project("Node", x, node)
	if err != nil {
		return "", err
	}
	qp, kp := c.param(q), c.param(kinds)
	return fmt.Sprintf(`CALL () {
  CALL db.index.fulltext.queryNodes('actor_names', %[1]s) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', %[1]s) YIELD node, score RETURN node, score
}
WITH node AS %[2]s, score WHERE size(%[3]s) = 0 OR %[2]s.kind IN %[3]s
WITH %[2]s, score ORDER BY score DESC, %[2]s.id LIMIT %[4]s
RETURN collect({node: %[5]s, score: score})`, qp, x, kp, c.param(int64(first)), p), nil
}

// luceneQuery turns user text into a Lucene query in which every word must
// match as a prefix, with Lucene's syntax characters escaped.
func luceneQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		terms = append(terms, b.String()+"*")
	}
	return strings.Join(terms, " AND ")
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
