// Package bench measures the project against its peers: the GraphQL API
// against @neo4j/graphql and against the hand-written Cypher of each query
// (the floor), on the same Neo4j and the same data; and the loader against
// the best batched UNWIND ... MERGE script (the write limit). The command
// bench/cmd/bench runs it all and writes docs/benchmarks.md; scripts/bench
// provisions what it needs first.
package bench

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed queries/*.cypher
var queryFiles embed.FS

// FloorCypher returns the hand-written statement of a query of the mix
// (bench/queries/NAME.cypher).
func FloorCypher(name string) string {
	b, err := queryFiles.ReadFile("queries/" + name + ".cypher")
	if err != nil {
		panic(err) // the files are embedded
	}
	return string(b)
}

// A Query is one query of the dashboard's mix, as each system is asked it.
type Query struct {
	Name  string // also the floor's file name in queries/
	Title string
	// Nested: the response nests lists in lists (the goal of 2x the
	// throughput of @neo4j/graphql applies to these).
	Nested bool
	Ours   string // GraphQL for our server
	Peer   string // GraphQL for @neo4j/graphql (typeDefs.graphql)
	// FloorRows: the floor returns one row per item, not one value.
	FloorRows bool
	// FloorExtra are parameters of the floor beyond the case's.
	FloorExtra map[string]any
	// canon turns a system's answer (the GraphQL data, or the floor's
	// value) into the canonical value the three are compared on.
	canon func(system string, v any) any
	// cases draws the parameter sets from the data.
	cases func(p Picked) []map[string]any
}

// Canon returns the canonical form of a system's answer.
func (q *Query) Canon(system string, v any) any { return q.canon(system, v) }

// Cases returns the parameter sets the query is run with.
func (q *Query) Cases(p Picked) []map[string]any { return q.cases(p) }

// The systems compared.
const (
	Ours  = "ours"
	Peer  = "neo4j-graphql"
	Floor = "floor"
)

// Systems lists them in report order.
var Systems = []string{Ours, Peer, Floor}

// Picked holds the values the cases are drawn from, chosen from the loaded
// graph by Pick: people spread over the ranks of meeting counts (from the
// most active down), and initiatives with a year they were discussed in.
type Picked struct {
	Persons     []PickedPerson
	Initiatives []PickedInitiative
}

// PickedPerson is a person of the data set.
type PickedPerson struct {
	ID, Name string
	Meetings int
}

// PickedInitiative is an initiative and a year it was discussed in.
type PickedInitiative struct {
	ID   string
	Year string
}

// Mix is the query mix of a dashboard.
var Mix = []*Query{
	{
		Name:  "search",
		Title: "search by name prefix",
		Ours:  `query($prefix: String!) { persons(filter: {name: {startsWith: $prefix}}, first: 20) { nodes { id name } } }`,
		Peer:  `query($prefix: String!) { people(where: {name: {startsWith: $prefix}}, sort: [{name: ASC}, {id: ASC}], limit: 20) { id name } }`,
		canon: func(sys string, v any) any {
			switch sys {
			case Ours:
				return pluck(get(v, "persons", "nodes"), "id", "name")
			case Peer:
				return pluck(get(v, "people"), "id", "name")
			}
			return pluck(v, "id", "name")
		},
		cases: func(p Picked) []map[string]any {
			var out []map[string]any
			for _, x := range p.Persons {
				out = append(out, map[string]any{"prefix": prefix(x.Name)})
			}
			return out
		},
	},
	{
		Name:   "person",
		Title:  "person, positions, 20 meetings, attendees",
		Nested: true,
		Ours: `query($id: ID!) { person(id: $id) { id name positions { title organisation { id } }
  meetings(first: 20, orderBy: [{field: DATE, direction: DESC}]) { nodes { id date attendees { person { id name } role } } } } }`,
		Peer: `query($id: ID!) { people(where: {id: {eq: $id}}) { id name positions { title organisation { id } }
  meetings(where: {status: {eq: "held"}}, sort: [{dateFrom: DESC}, {id: ASC}], limit: 20) { id date
    attendeesConnection { edges { properties { role } node { id name } } } } } }`,
		canon: func(sys string, v any) any {
			var p any
			switch sys {
			case Ours:
				p = get(v, "person")
			case Peer:
				p = first(get(v, "people"))
			default:
				p = v
			}
			if p == nil {
				return nil
			}
			var pos []any
			for _, x := range list(get(p, "positions")) {
				org := get(x, "organisation")
				switch sys {
				case Ours:
					org = get(org, "id")
				case Peer:
					org = get(first(org), "id")
				}
				pos = append(pos, map[string]any{"title": get(x, "title"), "organisation": org})
			}
			sortBy(pos, "title", "organisation")
			var ms []any
			ml := get(p, "meetings")
			if sys == Ours {
				ml = get(ml, "nodes")
			}
			for _, m := range list(ml) {
				ms = append(ms, map[string]any{"id": get(m, "id"), "date": get(m, "date"), "attendees": attendees(sys, m)})
			}
			return map[string]any{"id": get(p, "id"), "name": get(p, "name"), "positions": orEmpty(pos), "meetings": orEmpty(ms)}
		},
		cases: personCases,
	},
	{
		Name:  "coattendees",
		Title: "co-attendees ranked by count",
		Ours:  `query($id: ID!) { person(id: $id) { coAttendees(first: 20) { nodes { person { id name } meetings } } } }`,
		Peer:  `query($id: ID!) { people(where: {id: {eq: $id}}) { coAttendees(first: 20) { id name meetings } } }`,
		canon: func(sys string, v any) any {
			switch sys {
			case Ours:
				var out []any
				for _, x := range list(get(v, "person", "coAttendees", "nodes")) {
					out = append(out, map[string]any{"id": get(x, "person", "id"), "name": get(x, "person", "name"), "meetings": get(x, "meetings")})
				}
				return orEmpty(out)
			case Peer:
				return pluck(get(first(get(v, "people")), "coAttendees"), "id", "name", "meetings")
			}
			return pluck(v, "id", "name", "meetings")
		},
		cases: personCases,
	},
	{
		Name:   "meetings",
		Title:  "meetings by date range and initiative, attendees",
		Nested: true,
		Ours: `query($from: Date!, $to: Date!, $initiative: ID!) { meetings(filter: {date: {from: $from, to: $to}, initiative: $initiative}, first: 20) {
  nodes { id date attendees { person { id name } role } } } }`,
		Peer: `query($from: String!, $to: String!, $initiative: ID!) { meetings(where: {dateTo: {gte: $from}, dateFrom: {lte: $to}, status: {eq: "held"},
  topics: {some: {id: {eq: $initiative}}}}, sort: [{dateFrom: ASC}, {id: ASC}], limit: 20) {
  id date attendeesConnection { edges { properties { role } node { id name } } } } }`,
		canon: func(sys string, v any) any {
			var ml any
			switch sys {
			case Ours:
				ml = get(v, "meetings", "nodes")
			case Peer:
				ml = get(v, "meetings")
			default:
				ml = v
			}
			var ms []any
			for _, m := range list(ml) {
				ms = append(ms, map[string]any{"id": get(m, "id"), "date": get(m, "date"), "attendees": attendees(sys, m)})
			}
			return orEmpty(ms)
		},
		cases: func(p Picked) []map[string]any {
			var out []map[string]any
			for _, i := range p.Initiatives {
				out = append(out, map[string]any{"initiative": i.ID, "from": i.Year + "-01-01", "to": i.Year + "-12-31"})
			}
			return out
		},
	},
	{
		Name:       "neighbourhood",
		Title:      "neighbourhood, depth 2 (graph view)",
		Nested:     true,
		Ours:       `query($id: ID!) { neighbourhood(id: $id, depth: 2, relations: [MET], limit: 100) { nodes { id ... on Actor { name } } edges { source target relation weight } truncated } }`,
		Peer:       `query($id: ID!) { neighbourhood(id: $id, limit: 100) { nodes { id name } edges { source target relation weight } truncated } }`,
		FloorExtra: map[string]any{"limit": int64(100)},
		canon: func(sys string, v any) any {
			if sys != Floor {
				v = get(v, "neighbourhood")
			}
			nodes := pluck(get(v, "nodes"), "id", "name")
			sortBy(nodes, "id")
			edges := pluck(get(v, "edges"), "source", "target", "relation", "weight")
			sortBy(edges, "source", "target", "relation")
			return map[string]any{"nodes": nodes, "edges": edges, "truncated": get(v, "truncated")}
		},
		cases: personCases,
	},
	{
		Name:       "path",
		Title:      "shortest path between two people",
		Ours:       `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4, relations: [ATTENDED]) { nodes { id } edges { source target relation } } }`,
		Peer:       `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { nodes edges { source target relation } } }`,
		FloorRows:  true,
		FloorExtra: map[string]any{"first": int64(5)},
		canon: func(sys string, v any) any {
			if sys != Floor {
				v = get(v, "path")
			}
			var out []any
			for _, p := range list(v) {
				var ids []any
				for _, n := range list(get(p, "nodes")) {
					if sys == Ours {
						n = get(n, "id")
					}
					ids = append(ids, n)
				}
				out = append(out, map[string]any{"nodes": orEmpty(ids), "edges": pluck(get(p, "edges"), "source", "target", "relation")})
			}
			return orEmpty(out)
		},
		cases: func(p Picked) []map[string]any {
			var out []map[string]any
			for i := range p.Persons {
				j := (i + 1) % len(p.Persons)
				if i == j {
					continue
				}
				out = append(out, map[string]any{"from": p.Persons[i].ID, "to": p.Persons[j].ID})
			}
			return out
		},
	},
	{
		Name:  "counts",
		Title: "counts per type",
		Ours:  `{ stats { counts { kind count } } }`,
		Peer: `{ people: peopleConnection { aggregate { count { nodes } } } organisations: organisationsConnection { aggregate { count { nodes } } }
  countries: countriesConnection { aggregate { count { nodes } } } places: placesConnection { aggregate { count { nodes } } }
  initiatives: initiativesConnection { aggregate { count { nodes } } } meetings: meetingsConnection { aggregate { count { nodes } } }
  statements: statementsConnection { aggregate { count { nodes } } } documents: documentsConnection { aggregate { count { nodes } } } }`,
		canon: func(sys string, v any) any {
			switch sys {
			case Ours:
				return pluck(get(v, "stats", "counts"), "kind", "count")
			case Peer:
				var out []any
				for _, k := range [][2]string{{"PERSON", "people"}, {"ORGANISATION", "organisations"}, {"COUNTRY", "countries"},
					{"PLACE", "places"}, {"INITIATIVE", "initiatives"}, {"MEETING", "meetings"}, {"STATEMENT", "statements"}, {"DOCUMENT", "documents"}} {
					out = append(out, map[string]any{"kind": k[0], "count": get(v, k[1], "aggregate", "count", "nodes")})
				}
				return out
			}
			return pluck(v, "kind", "count")
		},
		cases: func(Picked) []map[string]any { return []map[string]any{{}} },
	},
}

// QueryByName returns the query of the mix of that name, or nil.
func QueryByName(name string) *Query {
	for _, q := range Mix {
		if q.Name == name {
			return q
		}
	}
	return nil
}

func personCases(p Picked) []map[string]any {
	var out []map[string]any
	for _, x := range p.Persons {
		out = append(out, map[string]any{"id": x.ID})
	}
	return out
}

// prefix is the search text for a name: its first three letters.
func prefix(name string) string {
	r := []rune(name)
	if len(r) > 3 {
		r = r[:3]
	}
	return string(r)
}

// attendees returns the canonical attendees of a meeting, sorted by ID.
func attendees(sys string, m any) []any {
	var out []any
	switch sys {
	case Ours:
		for _, a := range list(get(m, "attendees")) {
			out = append(out, map[string]any{"id": get(a, "person", "id"), "name": get(a, "person", "name"), "role": get(a, "role")})
		}
	case Peer:
		for _, e := range list(get(m, "attendeesConnection", "edges")) {
			out = append(out, map[string]any{"id": get(e, "node", "id"), "name": get(e, "node", "name"), "role": get(e, "properties", "role")})
		}
	default:
		out = pluck(get(m, "attendees"), "id", "name", "role")
	}
	sortBy(out, "id")
	return orEmpty(out)
}

// get walks maps by keys; nil where a key is missing.
func get(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func first(v any) any {
	if l := list(v); len(l) > 0 {
		return l[0]
	}
	return nil
}

// pluck keeps the given keys of each map of a list.
func pluck(v any, keys ...string) []any {
	out := []any{}
	for _, x := range list(v) {
		m := map[string]any{}
		for _, k := range keys {
			m[k] = get(x, k)
		}
		out = append(out, m)
	}
	return out
}

func orEmpty(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

// sortBy sorts maps by the string forms of the given keys.
func sortBy(l []any, keys ...string) {
	key := func(x any) string {
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "%v\x00", get(x, k))
		}
		return b.String()
	}
	sort.SliceStable(l, func(i, j int) bool { return key(l[i]) < key(l[j]) })
}
