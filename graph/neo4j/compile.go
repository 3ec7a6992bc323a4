package neo4j

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The compiler turns a graph.Selection (one root field of a request, with
// everything selected under it) into one Cypher statement that returns, in
// one row and one column, a value shaped like the response: map
// projections whose keys are the API's field names, with fields that take
// arguments under "_pre" by response key, and lists as Relay connections.
//
// The text depends only on the shape of the request (variable names and
// parameter names are numbered in the order fields are compiled), so the
// same query with other values reuses Neo4j's cached plan. Every value from
// the request is a parameter; labels, relationship types and property names
// come from the tables below, never from input.

// MaxPageSize caps first: on every list.
const MaxPageSize = 100

type compiler struct {
	params map[string]any
	nvar   int
	// scopes is the stack of places where a value can be bound by a WITH
	// clause before the row of a node is projected (see hoist).
	scopes []*scope
}

// A scope is a point in a statement, just before a RETURN that projects
// rows binding vars, where bindings ("expr AS var") can be added with WITH.
type scope struct {
	vars     []string
	bindings []string
}

// push opens a scope for the variables of a row about to be projected.
func (c *compiler) push(vars ...string) { c.scopes = append(c.scopes, &scope{vars: vars}) }

// pop closes the innermost scope and returns the WITH clause (with a
// trailing space) that binds its hoisted values, or "".
func (c *compiler) pop() string {
	sc := c.scopes[len(c.scopes)-1]
	c.scopes = c.scopes[:len(c.scopes)-1]
	if len(sc.bindings) == 0 {
		return ""
	}
	return "WITH *, " + strings.Join(sc.bindings, ", ") + " "
}

// hoist binds e, an expression over the node variable v that aggregates
// (WITH ... count(*) inside a subquery), in a WITH clause before the
// projection of v, and returns the variable it is bound to. Neo4j (5.26)
// refuses such an expression inside a projection next to v's properties
// ("implicit grouping expressions"), but accepts it bound on its own.
// ok is false when v is not a row variable of the innermost scope (a list
// comprehension, say): the caller then needs a form without aggregation.
func (c *compiler) hoist(v, e string) (string, bool) {
	if !c.canHoist(v) {
		return "", false
	}
	sc := c.scopes[len(c.scopes)-1]
	h := c.fresh("h")
	sc.bindings = append(sc.bindings, e+" AS "+h)
	return h, true
}

// canHoist tells whether hoist can bind a value over v.
func (c *compiler) canHoist(v string) bool {
	if len(c.scopes) == 0 {
		return false
	}
	for _, x := range c.scopes[len(c.scopes)-1].vars {
		if x == v {
			return true
		}
	}
	return false
}

func newCompiler() *compiler { return &compiler{params: map[string]any{}} }

// param adds a parameter and returns its reference.
func (c *compiler) param(v any) string {
	name := fmt.Sprintf("p%d", len(c.params))
	c.params[name] = v
	return "$" + name
}

// fresh returns a new variable name.
func (c *compiler) fresh(prefix string) string {
	c.nvar++
	return fmt.Sprintf("%s%d", prefix, c.nvar)
}

// fieldFunc compiles one field of a node bound to v.
type fieldFunc func(c *compiler, v string, s *graph.Selection) (string, error)

// field says how a field of the API is read.
type field struct {
	// args: the field takes arguments, so its value goes under _pre by
	// response key.
	args bool
	fn   fieldFunc
}

func prop(name string) field {
	return field{fn: func(_ *compiler, v string, _ *graph.Selection) (string, error) { return v + "." + name, nil }}
}

func expr(format string) field {
	return field{fn: func(_ *compiler, v string, _ *graph.Selection) (string, error) {
		return strings.ReplaceAll(format, "{v}", v), nil
	}}
}

// types maps each object type of the API to its fields. Types whose values
// are nodes are projected from a node variable; the others (Attendance,
// Official, ...) are built by the fields that return them.
var types map[string]map[string]field

// labels maps the node types of the API to their Neo4j labels.
var labels = map[string]string{
	"Person": "Person", "Organisation": "Organisation", "Country": "Country", "Place": "Place",
	"Initiative": "Initiative", "Meeting": "Meeting", "Group": "Group", "Statement": "Statement",
	"Position": "Position", "Document": "Document",
}

// implementations lists the concrete types of the API's interfaces.
var implementations = map[string][]string{
	"Node":  {"Person", "Organisation", "Country", "Place", "Initiative", "Meeting", "Group", "Statement", "Position", "Document"},
	"Actor": {"Person", "Organisation", "Country"},
}

func init() {
	// actor gives the fields common to actors; scope is how the actor's
	// meetings x are reached from it ({v}).
	actor := func(scope string, extra map[string]field) map[string]field {
		m := map[string]field{
			"id": prop("id"), "kind": prop("kind"), "name": prop("name"), "qid": prop("qid"),
			"aliases":      expr("coalesce({v}.aliases, [])"),
			"meetingCount": expr("COUNT { MATCH " + strings.ReplaceAll(scope, "{x}", "mc") + " WHERE " + heldOnly("mc") + " }"),
			"meetings":     {args: true, fn: meetingsVia(scope)},
			"sources":      {args: true, fn: sourcesOf},
		}
		for k, f := range extra {
			m[k] = f
		}
		return m
	}
	types = map[string]map[string]field{
		"Person": actor(personMeetings, map[string]field{
			"positions":      {args: true, fn: positionsOf},
			"coAttendees":    {args: true, fn: coAttendeesOf},
			"statements":     {args: true, fn: statementsOf},
			"statementCount": expr("COUNT { ({v})-[:SAID]->(:Statement) }"),
			"possiblySameAs": {fn: candidatesOf},
			"resolvedBy":     expr("coalesce({v}.resolvedBy, [])"),
		}),
		"Organisation": actor(partyMeetings, map[string]field{
			"officials": {args: true, fn: officialsOf},
			"members":   {fn: membersOf},
		}),
		"Country": actor(partyMeetings, map[string]field{
			"representatives": {args: true, fn: officialsOf},
			"memberships":     {fn: membershipsOf},
		}),
		"Place": actor(placeMeetings, map[string]field{
			"country": {fn: one("Country", "({v})-[:LOCATED_IN]->({x}:Country)")},
		}),
		"Initiative": actor(initiativeMeetings, map[string]field{
			"promoters": {fn: many("Actor", "({x}:Node)-[:PROMOTES]->({v})", "{x}.name, {x}.id")},
		}),
		"Meeting": {
			"id": prop("id"), "kind": prop("kind"), "date": prop("date"), "datePrecision": prop("datePrecision"),
			"type": prop("type"), "mode": prop("mode"), "cameo": prop("cameo"),
			"place":         {fn: one("Place", "({v})-[:HELD_IN]->({x}:Place)")},
			"host":          {fn: one("Person", "({v})-[:HOSTED_BY]->({x}:Person)")},
			"attendees":     {fn: attendeesOf},
			"attendeeCount": expr("COUNT { (:Person)-[:ATTENDED]->({v}) }"),
			"groups":        {fn: many("Group", "({x}:Group)-[:ATTENDED]->({v})", "{x}.description, {x}.id")},
			"topics":        {fn: many("Initiative", "({v})-[:DISCUSSED]->({x}:Initiative)", "{x}.name, {x}.id")},
			"statements":    {fn: many("Statement", "({x}:Statement)-[:SAID_AT]->({v})", "coalesce({x}.start, 0), {x}.id")},
			"sources":       {fn: sourceList},
			"reportCount":   expr("COUNT { ({v})-[:REPORTED_IN]->(:Document) }"),
			"resolvedBy":    prop("resolvedBy"),
			"status":        expr("coalesce({v}.status, 'held')"),
			"partOf":        {fn: one("Meeting", "({v})-[:PART_OF]->({x}:Meeting)")},
			"parts":         {fn: many("Meeting", "({x}:Meeting)-[:PART_OF]->({v})", "{x}.dateFrom, {x}.id")},
		},
		"Group": {"id": prop("id"), "description": prop("description")},
		"Statement": {
			"id": prop("id"), "kind": prop("kind"), "quote": prop("quote"),
			"speaker": {fn: one("Person", "({x}:Person)-[:SAID]->({v})")},
			"meeting": {fn: one("Meeting", "({v})-[:SAID_AT]->({x}:Meeting)")},
			"sources": {fn: sourceList},
		},
		"Position": {
			"id": prop("id"), "kind": prop("kind"), "title": prop("title"), "from": prop("from"), "to": prop("to"),
			"person":       {fn: one("Person", "({x}:Person)-[:HOLDS]->({v})")},
			"organisation": {fn: one("Actor", "({v})-[:OF]->({x}:Node)")},
			"accreditedTo": {fn: one("Country", "({v})-[:ACCREDITED_TO]->({x}:Country)")},
			"sources":      {fn: sourceList},
		},
		"Document": {
			"id": prop("id"), "kind": prop("kind"), "title": prop("title"), "url": prop("url"),
			"published": prop("published"), "path": prop("path"),
			"meetings":   {args: true, fn: meetingsVia(documentMeetings)},
			"statements": {args: true, fn: statementsOf},
			"mentions":   {args: true, fn: mentionsOf},
		},
	}
}

// How the meetings {x} of a node {v} are reached, by the node's kind.
const (
	personMeetings     = "({v})-[:ATTENDED]->({x}:Meeting)"
	partyMeetings      = "({x}:Meeting)-[:PARTY]->({v})"
	placeMeetings      = "({x}:Meeting)-[:HELD_IN]->({v})"
	initiativeMeetings = "({x}:Meeting)-[:DISCUSSED]->({v})"
	documentMeetings   = "({x}:Meeting)-[:REPORTED_IN]->({v})"
)

// project compiles the projection of the node bound to v, as the API type
// typ (a concrete type or an interface), with the given children selected.
func (c *compiler) project(typ, v string, children []*graph.Selection) (string, error) {
	return c.projectKind(typ, v, children, false)
}

// projectKind is project; withKind keeps the node's kind in the map even
// when no field asks for it: a value of an interface type carries it, for
// its reader to tell the concrete type. A concrete type's value does not
// (one key less per node for the driver to decode).
func (c *compiler) projectKind(typ, v string, children []*graph.Selection, withKind bool) (string, error) {
	if impls, ok := implementations[typ]; ok {
		var cases []string
		for _, t := range impls {
			var own []*graph.Selection
			for _, ch := range children {
				if ch.OnType == "" || ch.OnType == t {
					own = append(own, ch)
				}
			}
			p, err := c.projectKind(t, v, own, true)
			if err != nil {
				return "", err
			}
			cases = append(cases, fmt.Sprintf("WHEN '%s' THEN %s", labels[t], p))
		}
		return fmt.Sprintf("CASE %s.kind %s END", v, strings.Join(cases, " ")), nil
	}
	fields, ok := types[typ]
	if !ok {
		return "", graph.Errorf(graph.EINVALID, "the type %s cannot be selected here", typ)
	}
	keys := []string{".id"}
	if withKind {
		keys = append(keys, ".kind")
	}
	var pre []string
	for _, s := range mergeChildren(children) {
		if s.Name == "__typename" || s.Name == "id" {
			continue
		}
		if s.Name == "kind" {
			if !withKind {
				keys, withKind = append(keys, ".kind"), true
			}
			continue
		}
		f, ok := fields[s.Name]
		if !ok {
			return "", graph.Errorf(graph.EINVALID, "unknown field %s.%s", typ, s.Name)
		}
		e, err := f.fn(c, v, s)
		if err != nil {
			return "", err
		}
		if f.args {
			pre = append(pre, fmt.Sprintf("`%s`: %s", s.Alias, e))
		} else {
			keys = append(keys, s.Name+": "+e)
		}
	}
	if len(pre) > 0 {
		keys = append(keys, "_pre: {"+strings.Join(pre, ", ")+"}")
	}
	return fmt.Sprintf("%s {%s}", v, strings.Join(keys, ", ")), nil
}

// mergeChildren keeps one selection per field name for fields without
// arguments (their children merged: two aliases of `host` want the same
// node), and every selection of fields with arguments (each alias its own
// value). Aliases are response keys from the request: they are quoted with
// backticks in projections, so they are checked to be GraphQL names.
func mergeChildren(children []*graph.Selection) []*graph.Selection {
	var out []*graph.Selection
	byName := map[string]*graph.Selection{}
	for _, s := range children {
		if len(s.Args) > 0 {
			out = append(out, s)
			continue
		}
		if m, ok := byName[s.Name]; ok {
			m.Children = append(m.Children, s.Children...)
			continue
		}
		cp := *s
		cp.Children = append([]*graph.Selection(nil), s.Children...)
		byName[s.Name] = &cp
		out = append(out, &cp)
	}
	return out
}

// mapOf compiles a map literal for a value that is not a node: each
// selected child is compiled by the function its name maps to.
func (c *compiler) mapOf(typ string, s *graph.Selection, fields map[string]func(*graph.Selection) (string, error)) (string, error) {
	var keys []string
	for _, ch := range mergeChildren(s.Children) {
		if ch.Name == "__typename" {
			continue
		}
		f, ok := fields[ch.Name]
		if !ok {
			return "", graph.Errorf(graph.EINVALID, "unknown field %s.%s", typ, ch.Name)
		}
		e, err := f(ch)
		if err != nil {
			return "", err
		}
		keys = append(keys, ch.Name+": "+e)
	}
	return "{" + strings.Join(keys, ", ") + "}", nil
}

// one compiles a field holding at most one node, reached by pattern (in
// which {v} is the parent and x the node).
func one(typ, pattern string) fieldFunc {
	return func(c *compiler, v string, s *graph.Selection) (string, error) {
		x := c.fresh("n")
		c.push(x)
		p, err := c.project(typ, x, s.Children)
		with := c.pop()
		if err != nil {
			return "", err
		}
		pat := strings.NewReplacer("{v}", v, "{x}", x).Replace(pattern)
		return fmt.Sprintf("head(COLLECT { MATCH %s %sRETURN %s })", pat, with, p), nil
	}
}

// many compiles a field holding a short list of nodes, in the given order.
func many(typ, pattern, order string) fieldFunc {
	return func(c *compiler, v string, s *graph.Selection) (string, error) {
		x := c.fresh("n")
		c.push(x)
		p, err := c.project(typ, x, s.Children)
		with := c.pop()
		if err != nil {
			return "", err
		}
		r := strings.NewReplacer("{v}", v, "{x}", x)
		pat, ord := r.Replace(pattern), r.Replace(order)
		return fmt.Sprintf("COLLECT { MATCH %s WITH DISTINCT %s ORDER BY %s LIMIT %d %sRETURN %s }", pat, x, ord, maxLimit, with, p), nil
	}
}

// attendeesOf compiles Meeting.attendees: the ATTENDED relationships of
// people, with the role and the country or organisation represented.
func attendeesOf(c *compiler, v string, s *graph.Selection) (string, error) {
	a, r := c.fresh("n"), c.fresh("r")
	m, err := c.mapOf("Attendance", s, map[string]func(*graph.Selection) (string, error){
		"person": func(ch *graph.Selection) (string, error) { return c.project("Person", a, ch.Children) },
		"role":   func(*graph.Selection) (string, error) { return r + ".role", nil },
		"onBehalfOf": func(*graph.Selection) (string, error) {
			return r + ".onBehalfOf", nil
		},
		"representing": func(ch *graph.Selection) (string, error) {
			x := c.fresh("n")
			p, err := c.project("Actor", x, ch.Children)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("head(COLLECT { MATCH (%s:Node {id: %s.representing}) RETURN %s })", x, r, p), nil
		},
	})
	if err != nil {
		return "", err
	}
	// Sorted in Neo4j: measured against returning a sort key and sorting in
	// Go (sortKeyed, before), the sort per meeting costs Neo4j less than the
	// key costs the driver to decode (person query, statement alone: 1.55
	// against 1.60 ms at p50, and no walk of the value in Go).
	return fmt.Sprintf("COLLECT { MATCH (%[1]s:Person)-[%[2]s:ATTENDED]->(%[3]s) WITH %[1]s, %[2]s ORDER BY %[1]s.name, %[1]s.id RETURN %[4]s }",
		a, r, v, m), nil
}

// candidatesOf compiles Person.possiblySameAs: the people the resolution
// found possibly the same, with the score and rule, for a curator.
func candidatesOf(c *compiler, v string, s *graph.Selection) (string, error) {
	o, r := c.fresh("n"), c.fresh("r")
	m, err := c.mapOf("Candidate", s, map[string]func(*graph.Selection) (string, error){
		"person": func(ch *graph.Selection) (string, error) { return c.project("Person", o, ch.Children) },
		"score":  func(*graph.Selection) (string, error) { return r + ".score", nil },
		"rule":   func(*graph.Selection) (string, error) { return r + ".rule", nil },
	})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("COLLECT { MATCH (%s)-[%s:POSSIBLY_SAME_AS]-(%s:Person) WITH %s, %s ORDER BY %s.score DESC, %s.id RETURN %s }",
		v, r, o, o, r, r, o, m), nil
}

// heldOnly is true for a meeting that took place (not one only planned or
// cancelled); meetings written before statuses existed count as held.
func heldOnly(m string) string { return "coalesce(" + m + ".status, 'held') = 'held'" }

// sourceList compiles the sources of a meeting, statement or position: the
// documents that report it, with the sentence each reports it in.
func sourceList(c *compiler, v string, s *graph.Selection) (string, error) {
	d, r := c.fresh("n"), c.fresh("r")
	m, err := c.mapOf("Source", s, map[string]func(*graph.Selection) (string, error){
		"document": func(ch *graph.Selection) (string, error) { return c.project("Document", d, ch.Children) },
		"sentence": func(*graph.Selection) (string, error) { return r + ".sentence", nil },
		"start":    func(*graph.Selection) (string, error) { return r + ".start", nil },
		"end":      func(*graph.Selection) (string, error) { return r + ".end", nil },
	})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("COLLECT { MATCH (%s)-[%s:REPORTED_IN]->(%s:Document) WITH %s, %s ORDER BY %s.id RETURN %s }",
		v, r, d, d, r, d, m), nil
}

// membersOf compiles Organisation.members.
func membersOf(c *compiler, v string, s *graph.Selection) (string, error) {
	return memberships(c, v, s, fmt.Sprintf("(%%[1]s)-[%%[2]s:MEMBER_OF]->(%s)", v), "")
}

// membershipsOf compiles Country.memberships.
func membershipsOf(c *compiler, v string, s *graph.Selection) (string, error) {
	return memberships(c, v, s, fmt.Sprintf("(%s)-[%%[2]s:MEMBER_OF]->(%%[3]s:Organisation)", v), v)
}

func memberships(c *compiler, v string, s *graph.Selection, pattern, member string) (string, error) {
	a, r, o := c.fresh("n"), c.fresh("r"), c.fresh("n")
	if member == "" {
		member = a
		pattern = fmt.Sprintf(pattern, a, r) + fmt.Sprintf(", (%s:Organisation {id: %s.id})", o, v)
	} else {
		pattern = fmt.Sprintf(pattern, a, r, o)
	}
	m, err := c.mapOf("Membership", s, map[string]func(*graph.Selection) (string, error){
		"member":       func(ch *graph.Selection) (string, error) { return c.project("Actor", member, ch.Children) },
		"organisation": func(ch *graph.Selection) (string, error) { return c.project("Organisation", o, ch.Children) },
		"role":         func(*graph.Selection) (string, error) { return r + ".role", nil },
	})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("COLLECT { MATCH %s RETURN %s }", pattern, m), nil
}

// positionsOf compiles Person.positions(at:).
func positionsOf(c *compiler, v string, s *graph.Selection) (string, error) {
	pos := c.fresh("n")
	p, err := c.project("Position", pos, s.Children)
	if err != nil {
		return "", err
	}
	cond := "true"
	if at, ok := s.Args["at"].(string); ok && at != "" {
		cond = atDate(c, pos, at)
	}
	return fmt.Sprintf("COLLECT { MATCH (%s)-[:HOLDS]->(%s:Position) WHERE %s WITH %s ORDER BY %s.title, %s.id RETURN %s }",
		v, pos, cond, pos, pos, pos, p), nil
}

// atDate is true when a position's supported date range includes day, or
// when no source dates it.
func atDate(c *compiler, pos, day string) string {
	d := c.param(day)
	return fmt.Sprintf("((%[1]s.from IS NULL OR %[1]s.from <= %[2]s) AND (%[1]s.to IS NULL OR %[1]s.to >= %[2]s))", pos, d)
}

// sortedIDs returns the keys of a map, sorted, for stable output.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
