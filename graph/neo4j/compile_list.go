package neo4j

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// list describes a Relay connection to compile: the rows it ranges over,
// how they are ordered, and how one row becomes a node of the response.
type list struct {
	// match binds the item variable x (and any others that keys and node
	// use): a MATCH clause, possibly followed by WITH ... aggregation.
	match string
	// where filters the rows of match (before any aggregation in match,
	// so match must end with the pattern when where is set).
	where []string
	// keys order the rows; the last must be unique per row (an ID).
	keys []sortKey
	// carry lists the variables that keys and node need after match.
	carry []string
	// node compiles the value of one row, from the selection of the node.
	node func(children []*graph.Selection) (string, error)
	// count, when set, replaces the default COUNT {} for totalCount (for
	// lists with aggregation).
	count string
}

type sortKey struct {
	expr string
	desc bool
}

// connection compiles a list as a Relay connection: a page of at most first
// rows after the cursor, its page info, and its total count, each only
// where selected. The page is read with LIMIT first+1 to learn whether more
// follow; the cursor holds the sort keys of a row, so the next page starts
// after it by comparing keys (a keyset), never by skipping rows.
func (c *compiler) connection(s *graph.Selection, l list) (string, error) {
	first, err := pageSize(s.Args)
	if err != nil {
		return "", err
	}
	where := append([]string(nil), l.where...)
	var keyVars []string
	var withKeys []string
	var orders []string
	for _, k := range l.keys {
		kv := c.fresh("k")
		keyVars = append(keyVars, kv)
		withKeys = append(withKeys, fmt.Sprintf("%s AS %s", k.expr, kv))
		dir := "ASC"
		if k.desc {
			dir = "DESC"
		}
		orders = append(orders, kv+" "+dir)
	}
	after := "true"
	hasAfter := false
	if cur, ok := s.Args["after"].(string); ok && cur != "" {
		keys, err := graph.Cursor(cur).Keys()
		if err != nil {
			return "", err
		}
		if len(keys) != len(l.keys) {
			return "", graph.Errorf(graph.EINVALID, "the cursor belongs to another list or order")
		}
		after = keysetAfter(c, keyVars, l.keys, keys)
		hasAfter = true
	}

	// What was selected: only that is read and returned (a page of nodes
	// alone needs neither the sort keys of its rows nor one row more).
	var nodeSel []*graph.Selection
	var wantEdges, wantNodes, wantInfo, wantCount bool
	for _, ch := range s.Children {
		switch ch.Name {
		case "edges":
			wantEdges = true
			for _, e := range ch.Children {
				if e.Name == "node" {
					nodeSel = append(nodeSel, e.Children...)
				}
			}
		case "nodes":
			wantNodes = true
			nodeSel = append(nodeSel, ch.Children...)
		case "pageInfo":
			wantInfo = true
		case "totalCount":
			wantCount = true
		case "__typename":
		default:
			return "", graph.Errorf(graph.EINVALID, "unknown connection field %s", ch.Name)
		}
	}
	var parts []string
	if wantEdges || wantNodes || wantInfo {
		c.push(l.carry...)
		node, err := l.node(nodeSel)
		with := c.pop()
		if err != nil {
			return "", err
		}
		cond := ""
		if len(where) > 0 {
			cond = " WHERE " + strings.Join(where, " AND ")
		}
		carry := strings.Join(l.carry, ", ")
		keyed := wantEdges || wantInfo
		limit, row := first, node
		if wantInfo {
			limit = first + 1 // to learn whether more follow
		}
		if keyed {
			row = fmt.Sprintf("{k: [%s], n: %s}", strings.Join(keyVars, ", "), node)
		}
		rows := fmt.Sprintf("COLLECT { %s%s WITH %s, %s WITH * WHERE %s ORDER BY %s LIMIT %s %sRETURN %s }",
			l.match, cond, carry, strings.Join(withKeys, ", "), after, strings.Join(orders, ", "),
			c.param(int64(limit)), with, row)
		if !keyed {
			parts = append(parts, "nodes: "+rows)
			if wantCount {
				parts = append(parts, "totalCount: "+c.count(l, where))
			}
			return "{" + strings.Join(parts, ", ") + "}", nil
		}
		n := c.param(int64(first))
		if wantEdges {
			parts = append(parts, fmt.Sprintf("edges: [r IN rows[0..%s] | {cursor: r.k, node: r.n}]", n))
		}
		if wantNodes {
			parts = append(parts, fmt.Sprintf("nodes: [r IN rows[0..%s] | r.n]", n))
		}
		if wantInfo {
			parts = append(parts, fmt.Sprintf("pageInfo: {hasNextPage: size(rows) > %s, hasPreviousPage: %t, startCursor: head(rows).k, endCursor: last(rows[0..%s]).k}", n, hasAfter, n))
		}
		if wantCount {
			parts = append(parts, "totalCount: "+c.count(l, where))
		}
		return fmt.Sprintf("[rows IN [%s] | {%s}][0]", rows, strings.Join(parts, ", ")), nil
	}
	if wantCount {
		return "{totalCount: " + c.count(l, where) + "}", nil
	}
	return "{}", nil
}

// count compiles the size of the whole list, without reading its rows.
func (c *compiler) count(l list, where []string) string {
	if l.count != "" {
		return l.count
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	return fmt.Sprintf("COUNT { %s%s }", l.match, cond)
}

// keysetAfter is true for rows that sort after the cursor's keys: the
// lexicographic comparison of the key tuple, each key in its direction.
func keysetAfter(c *compiler, vars []string, keys []sortKey, values []any) string {
	ps := make([]string, len(values))
	for i, v := range values {
		ps[i] = c.param(v)
	}
	var ors []string
	for i := range keys {
		var ands []string
		for j := 0; j < i; j++ {
			ands = append(ands, fmt.Sprintf("%s = %s", vars[j], ps[j]))
		}
		op := ">"
		if keys[i].desc {
			op = "<"
		}
		ands = append(ands, fmt.Sprintf("%s %s %s", vars[i], op, ps[i]))
		ors = append(ors, "("+strings.Join(ands, " AND ")+")")
	}
	return "(" + strings.Join(ors, " OR ") + ")"
}

func pageSize(args map[string]any) (int, error) {
	first := 20
	if v, ok := args["first"]; ok && v != nil {
		n, ok := v.(int64)
		if !ok {
			return 0, graph.Errorf(graph.EINVALID, "first must be an integer")
		}
		first = int(n)
	}
	if first < 0 || first > MaxPageSize {
		return 0, graph.Errorf(graph.EINVALID, "first must be between 0 and %d", MaxPageSize)
	}
	return first, nil
}

// meetingList compiles a connection of meetings matched by match (binding
// x), filtered and ordered by the field's arguments.
func (c *compiler) meetingList(s *graph.Selection, match string) (string, error) {
	x := c.fresh("m")
	f, _ := s.Args["filter"].(map[string]any)
	if match == allMeetings {
		match, f = c.meetingAnchor(f)
	}
	match = strings.ReplaceAll(match, "{x}", x)
	var where []string
	if f != nil {
		cond, err := c.meetingFilter(x, f)
		if err != nil {
			return "", err
		}
		where = append(where, cond)
	}
	if f == nil || f["status"] == nil {
		where = append(where, heldOnly(x))
	}
	keys, err := meetingOrder(x, s.Args["orderBy"])
	if err != nil {
		return "", err
	}
	return c.connection(s, list{
		match: match, where: where, keys: keys, carry: []string{x},
		node: func(ch []*graph.Selection) (string, error) { return c.project("Meeting", x, ch) },
	})
}

// allMeetings matches every meeting, for the root list.
const allMeetings = "MATCH ({x}:Meeting)"

// meetingAnchor returns how the root list of meetings is best matched for
// filter f: from the node that a top-level initiative, attendee, source or
// party names (few meetings), rather than from every meeting checked
// against it. It returns the filter left to check (without the condition
// the anchor's pattern states); DISTINCT keeps a meeting once whatever
// the relationships.
func (c *compiler) meetingAnchor(f map[string]any) (string, map[string]any) {
	anchors := []struct{ key, pattern string }{
		{"initiative", "MATCH (:Initiative {id: %s})<-[:DISCUSSED]-({x}:Meeting) WITH DISTINCT {x}"},
		{"attendee", "MATCH (:Person {id: %s})-[:ATTENDED]->({x}:Meeting) WITH DISTINCT {x}"},
		{"source", "MATCH ({x}:Meeting)-[:REPORTED_IN]->(:Document {id: %s}) WITH DISTINCT {x}"},
		{"party", "MATCH ({x}:Meeting)-[:PARTY]->(:Node {id: %s}) WITH DISTINCT {x}"},
	}
	for _, a := range anchors {
		if id, ok := f[a.key].(string); ok {
			rest := make(map[string]any, len(f))
			for k, v := range f {
				if k != a.key {
					rest[k] = v
				}
			}
			return fmt.Sprintf(a.pattern, c.param(id)), rest
		}
	}
	return allMeetings, f
}

// meetingsVia compiles the meetings field of a node whose meetings x are
// reached by scope (from {v}).
func meetingsVia(scope string) fieldFunc {
	return func(c *compiler, v string, s *graph.Selection) (string, error) {
		return c.meetingList(s, "MATCH "+strings.ReplaceAll(scope, "{v}", v))
	}
}

func meetingOrder(x string, arg any) ([]sortKey, error) {
	var keys []sortKey
	orders, _ := arg.([]any)
	for _, o := range orders {
		m, _ := o.(map[string]any)
		desc := m["direction"] == "DESC"
		switch m["field"] {
		case "DATE":
			keys = append(keys, sortKey{fmt.Sprintf("coalesce(%s.dateFrom, '')", x), desc})
		case "ATTENDEE_COUNT":
			keys = append(keys, sortKey{fmt.Sprintf("COUNT { (:Person)-[:ATTENDED]->(%s) }", x), desc})
		case "STATEMENT_COUNT":
			keys = append(keys, sortKey{fmt.Sprintf("COUNT { (:Statement)-[:SAID_AT]->(%s) }", x), desc})
		default:
			return nil, graph.Errorf(graph.EINVALID, "cannot order meetings by %v", m["field"])
		}
	}
	if len(keys) == 0 {
		keys = append(keys, sortKey{fmt.Sprintf("coalesce(%s.dateFrom, '')", x), false})
	}
	return append(keys, sortKey{x + ".id", false}), nil
}

// meetingFilter compiles a MeetingFilter on the meeting bound to x.
func (c *compiler) meetingFilter(x string, f map[string]any) (string, error) {
	return c.boolean(f, func(k string, v any) (string, error) {
		switch k {
		case "date":
			return c.dateRange(x+".dateFrom", x+".dateTo", v)
		case "attendee":
			return fmt.Sprintf("EXISTS { (%s)<-[:ATTENDED]-(:Person {id: %s}) }", x, c.param(v)), nil
		case "party":
			return fmt.Sprintf("EXISTS { (%s)-[:PARTY]->(:Node {id: %s}) }", x, c.param(v)), nil
		case "initiative":
			return fmt.Sprintf("EXISTS { (%s)-[:DISCUSSED]->(:Initiative {id: %s}) }", x, c.param(v)), nil
		case "place":
			p := c.param(v)
			return fmt.Sprintf("(EXISTS { (%[1]s)-[:HELD_IN]->(:Place {id: %[2]s}) } OR EXISTS { (%[1]s)-[:HELD_IN]->(:Place)-[:LOCATED_IN]->(:Country {id: %[2]s}) })", x, p), nil
		case "mode":
			return fmt.Sprintf("%s.mode = %s", x, c.param(v)), nil
		case "status":
			var st []string
			for _, s := range v.([]any) {
				st = append(st, strings.ToLower(fmt.Sprint(s)))
			}
			return fmt.Sprintf("coalesce(%s.status, 'held') IN %s", x, c.param(st)), nil
		case "source":
			return fmt.Sprintf("EXISTS { (%s)-[:REPORTED_IN]->(:Document {id: %s}) }", x, c.param(v)), nil
		}
		return "", graph.Errorf(graph.EINVALID, "unknown meeting filter %s", k)
	}, func(sub map[string]any) (string, error) { return c.meetingFilter(x, sub) })
}

// boolean compiles a filter input object: its fields joined with AND, and
// AND, OR and NOT over nested filters of the same type. Field names are
// sorted so the text is stable.
func (c *compiler) boolean(f map[string]any, leaf func(string, any) (string, error), nested func(map[string]any) (string, error)) (string, error) {
	var conds []string
	for _, k := range sortedKeys(f) {
		v := f[k]
		if v == nil {
			continue
		}
		switch k {
		case "AND", "OR":
			subs, _ := v.([]any)
			var parts []string
			for _, s := range subs {
				m, _ := s.(map[string]any)
				p, err := nested(m)
				if err != nil {
					return "", err
				}
				parts = append(parts, p)
			}
			if len(parts) == 0 {
				continue
			}
			conds = append(conds, "("+strings.Join(parts, " "+k+" ")+")")
		case "NOT":
			m, _ := v.(map[string]any)
			p, err := nested(m)
			if err != nil {
				return "", err
			}
			conds = append(conds, "NOT "+p)
		default:
			p, err := leaf(k, v)
			if err != nil {
				return "", err
			}
			conds = append(conds, p)
		}
	}
	if len(conds) == 0 {
		return "true", nil
	}
	return "(" + strings.Join(conds, " AND ") + ")", nil
}

// dateRange compiles a DateRange against a span [from, to] of dates stored
// as strings: the spans overlap.
func (c *compiler) dateRange(fromProp, toProp string, v any) (string, error) {
	m, _ := v.(map[string]any)
	var conds []string
	if from, ok := m["from"].(string); ok && from != "" {
		if !validDate(from) {
			return "", graph.Errorf(graph.EINVALID, "%q is not a date (YYYY-MM-DD)", from)
		}
		conds = append(conds, fmt.Sprintf("%s >= %s", toProp, c.param(from)))
	}
	if to, ok := m["to"].(string); ok && to != "" {
		if !validDate(to) {
			return "", graph.Errorf(graph.EINVALID, "%q is not a date (YYYY-MM-DD)", to)
		}
		conds = append(conds, fmt.Sprintf("%s <= %s", fromProp, c.param(to)))
	}
	if len(conds) == 0 {
		return "true", nil
	}
	return "(" + strings.Join(conds, " AND ") + ")", nil
}

// stringFilter compiles a StringFilter against any of the given string
// expressions, case-insensitively.
func (c *compiler) stringFilter(exprs string, v any) (string, error) {
	m, _ := v.(map[string]any)
	var conds []string
	for _, k := range sortedKeys(m) {
		s, ok := m[k].(string)
		if !ok {
			continue
		}
		p := c.param(strings.ToLower(s))
		switch k {
		case "equals":
			conds = append(conds, fmt.Sprintf("any(s IN %s WHERE toLower(s) = %s)", exprs, p))
		case "contains":
			conds = append(conds, fmt.Sprintf("any(s IN %s WHERE toLower(s) CONTAINS %s)", exprs, p))
		case "startsWith":
			conds = append(conds, fmt.Sprintf("any(s IN %s WHERE toLower(s) STARTS WITH %s)", exprs, p))
		}
	}
	if len(conds) == 0 {
		return "true", nil
	}
	return "(" + strings.Join(conds, " AND ") + ")", nil
}

// actorFilter compiles an ActorFilter on the node bound to x.
func (c *compiler) actorFilter(x string, f map[string]any) (string, error) {
	return c.boolean(f, func(k string, v any) (string, error) {
		switch k {
		case "name":
			return c.stringFilter(fmt.Sprintf("[%[1]s.name] + coalesce(%[1]s.aliases, [])", x), v)
		case "kind":
			var ks []string
			for _, k := range v.([]any) {
				var kind graph.Kind
				if err := kind.UnmarshalGQL(k); err != nil {
					return "", graph.Errorf(graph.EINVALID, "%v", err)
				}
				ks = append(ks, string(kind))
			}
			return fmt.Sprintf("%s.kind IN %s", x, c.param(ks)), nil
		case "organisation":
			return fmt.Sprintf("EXISTS { (%s)-[:HOLDS]->(:Position)-[:OF]->(:Node {id: %s}) }", x, c.param(v)), nil
		case "metWith":
			return fmt.Sprintf("EXISTS { (%s)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(:Person {id: %s}) }", x, c.param(v)), nil
		case "activeDuring":
			m := c.fresh("m")
			cond, err := c.dateRange(m+".dateFrom", m+".dateTo", v)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("EXISTS { MATCH (%[2]s:Meeting) WHERE ((%[2]s)<-[:ATTENDED]-(%[1]s) OR (%[2]s)-[:PARTY]->(%[1]s)) AND %[3]s }", x, m, cond), nil
		case "promotes":
			return fmt.Sprintf("EXISTS { (%s)-[:PROMOTES]->(:Initiative {id: %s}) }", x, c.param(v)), nil
		}
		return "", graph.Errorf(graph.EINVALID, "unknown actor filter %s", k)
	}, func(sub map[string]any) (string, error) { return c.actorFilter(x, sub) })
}

func actorOrder(x string, arg any) ([]sortKey, error) {
	var keys []sortKey
	orders, _ := arg.([]any)
	for _, o := range orders {
		m, _ := o.(map[string]any)
		desc := m["direction"] == "DESC"
		k, err := actorScore(x, m["field"])
		if err != nil {
			return nil, err
		}
		keys = append(keys, sortKey{k, desc})
	}
	if len(keys) == 0 {
		keys = append(keys, sortKey{fmt.Sprintf("coalesce(%s.name, '')", x), false})
	}
	return append(keys, sortKey{x + ".id", false}), nil
}

// actorScore is the expression an ActorOrderField sorts by.
func actorScore(x string, f any) (string, error) {
	switch f {
	case "NAME":
		return fmt.Sprintf("coalesce(%s.name, '')", x), nil
	case "MEETING_COUNT":
		return fmt.Sprintf("COUNT { MATCH (%[1]s)-[:ATTENDED]->(mc:Meeting) WHERE %[2]s } + COUNT { MATCH (mc:Meeting)-[:PARTY]->(%[1]s) WHERE %[2]s }", x, heldOnly("mc")), nil
	case "STATEMENT_COUNT":
		return fmt.Sprintf("COUNT { (%s)-[:SAID]->(:Statement) }", x), nil
	case "DEGREE":
		return fmt.Sprintf("COUNT { (%s)-[:ATTENDED|HOLDS|OF|MEMBER_OF|PROMOTES|PARTY|SAID]-() }", x), nil
	}
	return "", graph.Errorf(graph.EINVALID, "cannot order actors by %v", f)
}

// actorList compiles a root list of actors of one label.
func (c *compiler) actorList(s *graph.Selection, typ string) (string, error) {
	x := c.fresh("a")
	var where []string
	if f, ok := s.Args["filter"].(map[string]any); ok {
		cond, err := c.actorFilter(x, f)
		if err != nil {
			return "", err
		}
		where = append(where, cond)
	}
	keys, err := actorOrder(x, s.Args["orderBy"])
	if err != nil {
		return "", err
	}
	return c.connection(s, list{
		match: fmt.Sprintf("MATCH (%s:%s)", x, labels[typ]), where: where, keys: keys, carry: []string{x},
		node: func(ch []*graph.Selection) (string, error) { return c.project(typ, x, ch) },
	})
}

// sourcesOf compiles an actor's sources: the documents that mention it.
func sourcesOf(c *compiler, v string, s *graph.Selection) (string, error) {
	d := c.fresh("d")
	return c.connection(s, list{
		match: fmt.Sprintf("MATCH (%s:Document)-[:MENTIONS]->(%s)", d, v),
		keys:  []sortKey{{fmt.Sprintf("coalesce(%s.published, '')", d), true}, {d + ".id", false}},
		carry: []string{d},
		node:  func(ch []*graph.Selection) (string, error) { return c.project("Document", d, ch) },
	})
}

// statementsOf compiles the statements of a person or of a document.
func statementsOf(c *compiler, v string, s *graph.Selection) (string, error) {
	st := c.fresh("s")
	where := []string{fmt.Sprintf("((%[1]s)-[:SAID]->(%[2]s) OR (%[2]s)-[:REPORTED_IN]->(%[1]s))", v, st)}
	return c.statementList(s, fmt.Sprintf("MATCH (%s:Statement)", st), st, where)
}

func (c *compiler) statementList(s *graph.Selection, match, st string, where []string) (string, error) {
	if f, ok := s.Args["filter"].(map[string]any); ok {
		cond, err := c.statementFilter(st, f)
		if err != nil {
			return "", err
		}
		where = append(where, cond)
	}
	date := fmt.Sprintf("coalesce(head(COLLECT { MATCH (%s)-[:SAID_AT]->(m:Meeting) RETURN m.dateFrom }), '')", st)
	return c.connection(s, list{
		match: match, where: where, carry: []string{st},
		keys: []sortKey{{date, false}, {fmt.Sprintf("coalesce(%s.start, 0)", st), false}, {st + ".id", false}},
		node: func(ch []*graph.Selection) (string, error) { return c.project("Statement", st, ch) },
	})
}

func (c *compiler) statementFilter(x string, f map[string]any) (string, error) {
	return c.boolean(f, func(k string, v any) (string, error) {
		switch k {
		case "text":
			return c.stringFilter(fmt.Sprintf("[%s.quote]", x), v)
		case "speaker":
			return fmt.Sprintf("EXISTS { (%s)<-[:SAID]-(:Person {id: %s}) }", x, c.param(v)), nil
		case "meeting":
			return fmt.Sprintf("EXISTS { (%s)-[:SAID_AT]->(:Meeting {id: %s}) }", x, c.param(v)), nil
		case "date":
			m := c.fresh("m")
			cond, err := c.dateRange(m+".dateFrom", m+".dateTo", v)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("EXISTS { MATCH (%s)-[:SAID_AT]->(%s:Meeting) WHERE %s }", x, m, cond), nil
		}
		return "", graph.Errorf(graph.EINVALID, "unknown statement filter %s", k)
	}, func(sub map[string]any) (string, error) { return c.statementFilter(x, sub) })
}

// coAttendeesOf compiles Person.coAttendees: the people who attended the
// same meetings, ranked by the number of meetings shared (an aggregate the
// cursor carries, so pages stay in order).
func coAttendeesOf(c *compiler, v string, s *graph.Selection) (string, error) {
	o, m, n := c.fresh("o"), c.fresh("m"), c.fresh("shared")
	cond := "true"
	if f, ok := s.Args["filter"].(map[string]any); ok {
		fc, err := c.actorFilter(o, f)
		if err != nil {
			return "", err
		}
		cond = fc
	}
	// The shared meetings are counted per co-attendee with count(*), as
	// the hand-written query does; Neo4j takes that aggregation only when
	// the connection is bound on its own before the person's projection
	// (hoist). Where it cannot be (the person projected inside a list
	// comprehension), each co-attendee's meetings are looked up in the
	// list of the person's, which reads little more, with no aggregation.
	counted := func(agg bool) list {
		match := fmt.Sprintf("MATCH (%[1]s)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(%[2]s:Person) WHERE %[2]s <> %[1]s AND %[3]s WITH %[2]s, count(*) AS %[4]s", v, o, cond, n)
		if !agg {
			match = fmt.Sprintf("WITH COLLECT { MATCH (%[1]s)-[:ATTENDED]->(%[2]s:Meeting) RETURN %[2]s } AS %[2]ss UNWIND %[2]ss AS %[2]s MATCH (%[2]s)<-[:ATTENDED]-(%[3]s:Person) WHERE %[3]s <> %[1]s AND %[4]s WITH DISTINCT %[3]s, %[2]ss WITH %[3]s, COUNT { MATCH (%[3]s)-[:ATTENDED]->(%[2]sx:Meeting) WHERE %[2]sx IN %[2]ss } AS %[5]s", v, m, o, cond, n)
		}
		return list{
			match: match, carry: []string{o, n},
			keys:  []sortKey{{n, true}, {o + ".id", false}},
			count: fmt.Sprintf("COUNT { MATCH (%[1]s)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(%[2]s:Person) WHERE %[2]s <> %[1]s AND %[3]s RETURN DISTINCT %[2]s }", v, o, cond),
			node: func(ch []*graph.Selection) (string, error) {
				return c.mapOf("CoAttendee", &graph.Selection{Children: ch}, map[string]func(*graph.Selection) (string, error){
					"person":   func(sel *graph.Selection) (string, error) { return c.project("Person", o, sel.Children) },
					"meetings": func(*graph.Selection) (string, error) { return n, nil },
				})
			},
		}
	}
	if !c.canHoist(v) {
		return c.connection(s, counted(false))
	}
	e, err := c.connection(s, counted(true))
	if err != nil {
		return "", err
	}
	h, _ := c.hoist(v, e)
	return h, nil
}

// officialsOf compiles Organisation.officials and Country.representatives:
// the people holding a position of the node, optionally on a day.
func officialsOf(c *compiler, v string, s *graph.Selection) (string, error) {
	p, pos := c.fresh("p"), c.fresh("pos")
	where := []string{}
	if at, ok := s.Args["at"].(string); ok && at != "" {
		where = append(where, atDate(c, pos, at))
	}
	return c.connection(s, list{
		match: fmt.Sprintf("MATCH (%s:Person)-[:HOLDS]->(%s:Position)-[:OF]->(%s)", p, pos, v),
		where: where, carry: []string{p, pos},
		keys: []sortKey{{fmt.Sprintf("coalesce(%s.name, '')", p), false}, {pos + ".id", false}},
		node: func(ch []*graph.Selection) (string, error) {
			return c.mapOf("Official", &graph.Selection{Children: ch}, map[string]func(*graph.Selection) (string, error){
				"person":   func(sel *graph.Selection) (string, error) { return c.project("Person", p, sel.Children) },
				"position": func(sel *graph.Selection) (string, error) { return c.project("Position", pos, sel.Children) },
			})
		},
	})
}

// mentionsOf compiles Document.mentions: the actors it mentions.
func mentionsOf(c *compiler, v string, s *graph.Selection) (string, error) {
	a := c.fresh("a")
	return c.connection(s, list{
		match: fmt.Sprintf("MATCH (%[1]s)-[:MENTIONS]->(%[2]s:Node) WHERE %[2]s.kind IN ['Person', 'Organisation', 'Country']", v, a),
		carry: []string{a},
		keys:  []sortKey{{fmt.Sprintf("coalesce(%s.name, '')", a), false}, {a + ".id", false}},
		node:  func(ch []*graph.Selection) (string, error) { return c.project("Actor", a, ch) },
	})
}
