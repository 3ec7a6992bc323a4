package neo4j

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// storedTypes maps the API's relations to the relationship types that
// carry them in Neo4j: MET goes through the meetings both attended,
// HOLDS_POSITION_AT through the Position node.
var storedTypes = map[graph.Relation][]string{
	graph.RelMet:             {relAttended},
	graph.RelAttended:        {relAttended},
	graph.RelHoldsPositionAt: {relHolds, relOf},
	graph.RelMemberOf:        {relMemberOf},
	graph.RelPromotes:        {relPromotes},
	graph.RelDiscussed:       {relDiscussed},
	graph.RelHeldIn:          {relHeldIn},
	graph.RelRepresented:     {relParty},
}

// relationOf names, in Cypher, the API relation of a stored relationship r.
const relationOf = `CASE type(%[1]s) WHEN 'ATTENDED' THEN 'ATTENDED' WHEN 'HOLDS' THEN 'HOLDS_POSITION_AT'
  WHEN 'OF' THEN 'HOLDS_POSITION_AT' WHEN 'MEMBER_OF' THEN 'MEMBER_OF' WHEN 'PROMOTES' THEN 'PROMOTES'
  WHEN 'DISCUSSED' THEN 'DISCUSSED' WHEN 'HELD_IN' THEN 'HELD_IN' WHEN 'PARTY' THEN 'REPRESENTED' END`

// relationArgs reads a relations argument: all relations when absent.
func relationArgs(v any) ([]string, error) {
	list, _ := v.([]any)
	if len(list) == 0 {
		out := make([]string, len(graph.Relations))
		for i, r := range graph.Relations {
			out[i] = string(r)
		}
		return out, nil
	}
	var out []string
	for _, x := range list {
		var r graph.Relation
		if err := r.UnmarshalGQL(x); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%v", err)
		}
		out = append(out, string(r))
	}
	return out, nil
}

func intArg(args map[string]any, name string, def, lo, hi int) (int, error) {
	v, ok := args[name].(int64)
	if !ok {
		return def, nil
	}
	if int(v) < lo || int(v) > hi {
		return 0, graph.Errorf(graph.EINVALID, "%s must be between %d and %d", name, lo, hi)
	}
	return int(v), nil
}

// path compiles the shortest paths between two nodes. The relationship
// types and the hop bound are written into the pattern, so that the
// search expands only what it may follow and stops at the bound: both
// come from closed sets (the Relation enum's stored types, a bound of 1 to
// 6), never from user text, and give few distinct texts, each with its
// cached plan.
func (c *compiler) path(s *graph.Selection) (string, error) {
	maxHops, err := intArg(s.Args, "maxHops", 4, 1, 6)
	if err != nil {
		return "", err
	}
	first, err := intArg(s.Args, "first", 5, 1, 20)
	if err != nil {
		return "", err
	}
	rels, err := relationArgs(s.Args["relations"])
	if err != nil {
		return "", err
	}
	var stored []string
	for _, r := range rels {
		for _, t := range storedTypes[graph.Relation(r)] {
			if !slices.Contains(stored, t) {
				stored = append(stored, t)
			}
		}
	}
	slices.Sort(stored)
	n := c.fresh("n")
	nodeSel := childrenOf(s, "nodes")
	p, err := c.project("Node", n, nodeSel)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(`MATCH (a:Node {id: %[1]s}), (b:Node {id: %[2]s})
MATCH p = allShortestPaths((a)-[:%[4]s*..%[3]d]-(b))
WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT %[5]s
RETURN collect({nodes: [%[6]s IN nodes(p) | %[7]s],
  edges: [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, weight: 1,
    relation: %[8]s}]})`,
		c.param(s.Args["from"]), c.param(s.Args["to"]), maxHops, strings.Join(stored, "|"),
		c.param(int64(first)), n, p, fmt.Sprintf(relationOf, "r")), nil
}

func childrenOf(s *graph.Selection, name string) []*graph.Selection {
	var out []*graph.Selection
	for _, ch := range s.Children {
		if ch.Name == name {
			out = append(out, ch.Children...)
		}
	}
	return out
}

// neighbours is a subquery that yields, for the node bound to a, each
// neighbour b over the relations in rels, with the relation's name, its
// weight (shared meetings for MET) and whether it points from a to b.
// Meetings outside [from, to] are left out.
func neighbours(a, rels, from, to string) string {
	return neighboursOver(a, rels, from, to, nil)
}

// neighboursOver is neighbours with only the branches of the given
// relations (all when only is empty): the relations come from the API's
// closed enum, so the few texts this gives each keep a cached plan, and
// Neo4j does not plan branches that a request ruled out.
func neighboursOver(a, rels, from, to string, only []string) string {
	date := func(m string) string { return heldBetween(m, from, to) }
	branch := func(rel, match, cond, w, out string) string {
		return fmt.Sprintf("MATCH %s WHERE '%s' IN %s AND %s RETURN b, '%s' AS rel, %s AS w, %s AS out", match, rel, rels, cond, rel, w, out)
	}
	bs := []string{
		branch("MET", fmt.Sprintf("(%s:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)", a), fmt.Sprintf("b <> %s AND %s", a, date("m")), "count(DISTINCT m)", fmt.Sprintf("%s.id < b.id", a)),
		branch("ATTENDED", fmt.Sprintf("(%s)-[:ATTENDED]->(b:Meeting)", a), date("b"), "1", "true"),
		branch("ATTENDED", fmt.Sprintf("(%s:Meeting)<-[:ATTENDED]-(b)", a), date(a), "1", "false"),
		branch("HOLDS_POSITION_AT", fmt.Sprintf("(%s)-[:HOLDS]->(:Position)-[:OF]->(b)", a), "true", "count(*)", "true"),
		branch("HOLDS_POSITION_AT", fmt.Sprintf("(%s)<-[:OF]-(:Position)<-[:HOLDS]-(b)", a), "true", "count(*)", "false"),
		branch("MEMBER_OF", fmt.Sprintf("(%s)-[:MEMBER_OF]->(b)", a), "true", "1", "true"),
		branch("MEMBER_OF", fmt.Sprintf("(%s)<-[:MEMBER_OF]-(b)", a), "true", "1", "false"),
		branch("PROMOTES", fmt.Sprintf("(%s)-[:PROMOTES]->(b)", a), "true", "1", "true"),
		branch("PROMOTES", fmt.Sprintf("(%s)<-[:PROMOTES]-(b)", a), "true", "1", "false"),
		branch("DISCUSSED", fmt.Sprintf("(%s:Meeting)-[:DISCUSSED]->(b)", a), date(a), "1", "true"),
		branch("DISCUSSED", fmt.Sprintf("(%s)<-[:DISCUSSED]-(b:Meeting)", a), date("b"), "1", "false"),
		branch("HELD_IN", fmt.Sprintf("(%s:Meeting)-[:HELD_IN]->(b)", a), date(a), "1", "true"),
		branch("HELD_IN", fmt.Sprintf("(%s)<-[:HELD_IN]-(b:Meeting)", a), date("b"), "1", "false"),
		branch("REPRESENTED", fmt.Sprintf("(%s:Meeting)-[:PARTY]->(b)", a), date(a), "1", "true"),
		branch("REPRESENTED", fmt.Sprintf("(%s)<-[:PARTY]-(b:Meeting)", a), date("b"), "1", "false"),
	}
	if len(only) > 0 {
		keep := bs[:0]
		for _, b := range bs {
			for _, r := range only {
				if strings.Contains(b, "WHERE '"+r+"' IN ") {
					keep = append(keep, b)
					break
				}
			}
		}
		bs = keep
	}
	return fmt.Sprintf("CALL (%s) {\n    %s\n  }", a, strings.Join(bs, "\n    UNION ALL\n    "))
}

// neighbourhood compiles the subgraph around a node: its neighbours (and
// theirs at depth 2), most strongly connected first, up to limit nodes, and
// every edge among the nodes kept.
func (c *compiler) neighbourhood(s *graph.Selection) (string, error) {
	depth, err := intArg(s.Args, "depth", 1, 1, 2)
	if err != nil {
		return "", err
	}
	limit, err := intArg(s.Args, "limit", 200, 1, 2000)
	if err != nil {
		return "", err
	}
	rels, err := relationArgs(s.Args["relations"])
	if err != nil {
		return "", err
	}
	for _, d := range []string{"from", "to"} {
		if v, ok := s.Args[d].(string); ok && !validDate(v) {
			return "", graph.Errorf(graph.EINVALID, "%q is not a date (YYYY-MM-DD)", v)
		}
	}
	r, from, to := c.param(rels), c.param(s.Args["from"]), c.param(s.Args["to"])
	lim := c.param(int64(limit))
	n := c.fresh("n")
	p, err := c.project("Node", n, childrenOf(s, "nodes"))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(`MATCH (s:Node {id: %[1]s})
CALL (s) {
  %[2]s
  WITH b, sum(w) AS w ORDER BY w DESC, b.id LIMIT %[3]s
  RETURN collect(b) AS l1
}
CALL (s, l1) {
  CALL {
    %[4]s
  }
  WITH b, sum(w) AS w WHERE NOT b IN l1 AND b <> s
  WITH b, w ORDER BY w DESC, b.id LIMIT %[3]s
  RETURN collect(b) AS l2
}
WITH [s] + l1 + l2 AS reached
WITH reached[0..%[3]s] AS ns, size(reached) > %[3]s AS truncated
CALL (ns) {
  CALL {
    %[7]s
  }
  WITH %[8]se
  ORDER BY e.source, e.target, e.relation
  RETURN collect(e) AS edges
}
RETURN {nodes: [%[5]s IN ns | %[6]s], edges: edges, truncated: truncated}`,
		c.param(s.Args["id"]), neighboursOver("s", r, from, to, rels), lim,
		secondRing(c.param(int64(depth)), r, from, to, rels), n, p, edgesAmong(r, from, to, rels), edgesDistinct(rels)), nil
}

// edgesDistinct is the DISTINCT that edgesAmong's edges need unless they
// are MET edges alone: those come once each, from their meetings grouped,
// while an edge of another relation is found from both of its ends.
func edgesDistinct(rels []string) string {
	if len(rels) == 1 && rels[0] == string(graph.RelMet) {
		return ""
	}
	return "DISTINCT "
}

// secondRing is a subquery that yields the neighbours b of the nodes in
// l1 (none unless depth is 2), each with a weight, to be summed per b.
// People met are found from the meetings of l1, grouped, each meeting
// weighing as many as it has attendees in l1: the people around a
// person meet each other often, and walking each one's co-attendees
// walked a meeting's attendees once for each of them (a depth-2 view of
// a busy person of the small corpus: 34 ms against 18 ms, same answer).
// The sum per b is the same: the meetings b shared with each node of
// l1. Nodes of l1 come back as their own neighbours, and the caller
// drops l1. (Each part of the UNION imports l1 with WITH, as edgesAmong.)
func secondRing(depth, rels, from, to string, only []string) string {
	met, others := splitMet(only)
	ring := fmt.Sprintf("WITH l1\n    UNWIND CASE WHEN %s >= 2 THEN l1 ELSE [] END AS a\n    ", depth)
	var parts []string
	if met {
		parts = append(parts, ring+`MATCH (a:Person)-[:ATTENDED]->(m:Meeting)
    WHERE `+heldBetween("m", from, to)+`
    WITH m, count(DISTINCT a) AS k
    MATCH (m)<-[:ATTENDED]-(b:Person)
    RETURN b, k AS w`)
	}
	if len(others) > 0 {
		parts = append(parts, ring+neighboursOver("a", rels, from, to, others)+"\n    RETURN b, w")
	}
	if len(parts) == 0 {
		return "RETURN null AS b, 0 AS w LIMIT 0"
	}
	return strings.Join(parts, "\n    UNION ALL\n    ")
}

// heldBetween is the condition that meeting m took place and overlaps the
// dates from and to (parameters, either of them null).
func heldBetween(m, from, to string) string {
	return fmt.Sprintf("%[4]s AND (%[2]s IS NULL OR %[1]s.dateTo >= %[2]s) AND (%[3]s IS NULL OR %[1]s.dateFrom <= %[3]s)", m, from, to, heldOnly(m))
}

// splitMet tells whether the relations include MET, and lists the
// others.
func splitMet(only []string) (bool, []string) {
	var others []string
	met := false
	for _, r := range only {
		if r == string(graph.RelMet) {
			met = true
		} else {
			others = append(others, r)
		}
	}
	return met, others
}

// edgesAmong is a subquery that yields every edge e among the nodes ns.
// (Each part of its UNION imports ns with WITH: Neo4j 5.26 does not import
// a scope clause's variables into every part.)
// MET edges are found from the meetings of the nodes, grouped, so that no
// one's co-attendees are all walked and then checked against ns; the
// other relations, of low degree, go through neighbours.
func edgesAmong(rels, from, to string, only []string) string {
	met, others := splitMet(only)
	var parts []string
	if len(others) > 0 {
		parts = append(parts, fmt.Sprintf(`WITH ns
    UNWIND ns AS a
    %s
    WITH a, b, rel, w, out, ns WHERE b IN ns
    RETURN {source: CASE WHEN out THEN a.id ELSE b.id END, target: CASE WHEN out THEN b.id ELSE a.id END,
      relation: rel, weight: w} AS e`, neighboursOver("a", rels, from, to, others)))
	}
	if met {
		parts = append(parts, `WITH ns
    UNWIND ns AS a
    MATCH (a:Person)-[:ATTENDED]->(m:Meeting)
    WHERE `+heldBetween("m", from, to)+`
    WITH m, collect(DISTINCT a) AS here WHERE size(here) > 1
    UNWIND here AS x
    UNWIND here AS y
    WITH x, y WHERE x.id < y.id
    WITH x, y, count(*) AS w
    RETURN {source: x.id, target: y.id, relation: 'MET', weight: w} AS e`)
	}
	if len(parts) == 0 {
		return "RETURN null AS e LIMIT 0"
	}
	return strings.Join(parts, "\n    UNION ALL\n    ")
}

// timeline compiles what an actor did, in date order: the meetings it
// attended (or its representatives did) and the statements it made.
func (c *compiler) timeline(s *graph.Selection) (string, error) {
	a, x, d := c.fresh("a"), c.fresh("x"), c.fresh("d")
	cond := "true"
	for _, end := range []string{"from", "to"} {
		v, ok := s.Args[end].(string)
		if !ok || v == "" {
			continue
		}
		if !validDate(v) {
			return "", graph.Errorf(graph.EINVALID, "%q is not a date (YYYY-MM-DD)", v)
		}
		op := ">="
		if end == "to" {
			op = "<="
		}
		cond += fmt.Sprintf(" AND %s %s %s", d, op, c.param(v))
	}
	match := fmt.Sprintf(`MATCH (%[1]s:Node {id: %[4]s})
  CALL (%[1]s) {
    MATCH (%[1]s)-[:ATTENDED]->(m:Meeting) WHERE coalesce(m.status, 'held') = 'held' RETURN m AS %[2]s, m.dateFrom AS %[3]s
    UNION
    MATCH (m:Meeting)-[:PARTY]->(%[1]s) WHERE coalesce(m.status, 'held') = 'held' RETURN m AS %[2]s, m.dateFrom AS %[3]s
    UNION
    MATCH (%[1]s)-[:SAID]->(st:Statement) RETURN st AS %[2]s, head(COLLECT { MATCH (st)-[:SAID_AT]->(m:Meeting) RETURN m.dateFrom }) AS %[3]s
  }
  WITH %[2]s, %[3]s WHERE %[5]s`, a, x, d, c.param(s.Args["actorId"]), cond)
	return c.rootConnection(s, list{
		match: match, carry: []string{x, d},
		keys:  []sortKey{{fmt.Sprintf("coalesce(%s, '')", d), false}, {x + ".id", false}},
		count: fmt.Sprintf("size(COLLECT { %s RETURN %s })", match, x),
		node: func(ch []*graph.Selection) (string, error) {
			return c.mapOf("TimelineEntry", &graph.Selection{Children: ch}, map[string]func(*graph.Selection) (string, error){
				"date": func(*graph.Selection) (string, error) { return fmt.Sprintf("coalesce(%s.date, %s)", x, d), nil },
				"meeting": func(sel *graph.Selection) (string, error) {
					p, err := c.project("Meeting", x, sel.Children)
					return fmt.Sprintf("CASE WHEN %s:Meeting THEN %s END", x, p), err
				},
				"statement": func(sel *graph.Selection) (string, error) {
					p, err := c.project("Statement", x, sel.Children)
					return fmt.Sprintf("CASE WHEN %s:Statement THEN %s END", x, p), err
				},
			})
		},
	})
}

func (c *compiler) rootConnection(s *graph.Selection, l list) (string, error) {
	e, err := c.connection(s, l)
	return "RETURN " + e, err
}

// countedKinds are the kinds Stats.counts reports, each counted from its
// label (Neo4j answers those from its count store).
var countedKinds = []graph.Kind{graph.KindPerson, graph.KindOrganisation, graph.KindCountry, graph.KindPlace,
	graph.KindInitiative, graph.KindMeeting, graph.KindStatement, graph.KindDocument}

// stats compiles the Stats object: every selected part in one statement.
func (c *compiler) stats(s *graph.Selection) (string, error) {
	var keys, pre []string
	for _, ch := range mergeChildren(s.Children) {
		switch ch.Name {
		case "__typename":
		case "counts":
			var items []string
			for _, k := range countedKinds {
				items = append(items, fmt.Sprintf("{kind: '%s', count: COUNT { (:%s) }}", k, k))
			}
			keys = append(keys, "counts: ["+strings.Join(items, ", ")+"]")
		case "meetingsPerMonth":
			m := c.fresh("m")
			cond, err := c.dateRange(m+".dateFrom", m+".dateTo", ch.Args)
			if err != nil {
				return "", err
			}
			pre = append(pre, fmt.Sprintf("`%s`: COLLECT { MATCH (%[2]s:Meeting) WHERE %[2]s.dateFrom IS NOT NULL AND coalesce(%[2]s.status, 'held') = 'held' AND %[3]s WITH substring(%[2]s.dateFrom, 0, 7) AS month, count(*) AS n ORDER BY month RETURN {month: month, count: n} }",
				ch.Alias, m, cond))
		case "topActors":
			e, err := c.topActors(ch)
			if err != nil {
				return "", err
			}
			pre = append(pre, fmt.Sprintf("`%s`: %s", ch.Alias, e))
		default:
			return "", graph.Errorf(graph.EINVALID, "unknown field Stats.%s", ch.Name)
		}
	}
	if len(pre) > 0 {
		keys = append(keys, "_pre: {"+strings.Join(pre, ", ")+"}")
	}
	return "RETURN {" + strings.Join(keys, ", ") + "}", nil
}

func (c *compiler) topActors(s *graph.Selection) (string, error) {
	first, err := intArg(s.Args, "first", 10, 1, MaxPageSize)
	if err != nil {
		return "", err
	}
	kinds := []string{"Person", "Organisation", "Country"}
	if ks, ok := s.Args["kinds"].([]any); ok && len(ks) > 0 {
		kinds = nil
		for _, k := range ks {
			var kind graph.Kind
			if err := kind.UnmarshalGQL(k); err != nil {
				return "", graph.Errorf(graph.EINVALID, "%v", err)
			}
			if kind != graph.KindPerson && kind != graph.KindOrganisation && kind != graph.KindCountry {
				return "", graph.Errorf(graph.EINVALID, "topActors ranks people, organisations and countries, not %s", kind)
			}
			kinds = append(kinds, string(kind))
		}
	}
	by := s.Args["by"]
	if by == nil {
		by = "DEGREE"
	}
	a := c.fresh("a")
	score, err := actorScore(a, by)
	if err != nil {
		return "", err
	}
	p, err := c.project("Actor", a, childrenOf(s, "actor"))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("COLLECT { MATCH (%[1]s:Node) WHERE %[1]s.kind IN %[2]s WITH %[1]s, %[3]s AS score ORDER BY score DESC, %[1]s.id LIMIT %[4]s RETURN {actor: %[5]s, score: score} }",
		a, c.param(kinds), score, c.param(int64(first)), p), nil
}
