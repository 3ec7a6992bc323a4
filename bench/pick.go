package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// personRanks are the ranks (by meetings attended, most first) of the
// people the cases use: the busiest few and a spread down the tail, as a
// dashboard's users would open them.
var personRanks = []int{0, 3, 10, 30, 100, 300, 1000, 2000}

const pickPersons = `MATCH (p:Person)
WITH p, COUNT { (p)-[:ATTENDED]->(:Meeting) } AS n WHERE n > 0
ORDER BY n DESC, p.id
WITH collect({id: p.id, name: p.name, meetings: n}) AS ranked
RETURN [r IN $ranks WHERE r < size(ranked) | ranked[r]]`

const pickInitiatives = `MATCH (i:Initiative)<-[:DISCUSSED]-(m:Meeting)
WITH i, m ORDER BY m.dateFrom
WITH i, collect(m.dateFrom) AS dates ORDER BY size(dates) DESC, i.id LIMIT 8
RETURN collect({id: i.id, year: substring(dates[size(dates) / 2], 0, 4)})`

// Pick chooses the cases' values from the graph: people at personRanks
// and the 8 most discussed initiatives, each with the year of its median
// meeting.
func Pick(ctx context.Context, d neo4j.DriverWithContext, db string) (Picked, error) {
	var p Picked
	res, err := neo4j.ExecuteQuery(ctx, d, pickPersons, map[string]any{"ranks": toAny(personRanks)},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return p, err
	}
	for _, x := range res.Records[0].Values[0].([]any) {
		m := x.(map[string]any)
		p.Persons = append(p.Persons, PickedPerson{ID: m["id"].(string), Name: m["name"].(string), Meetings: int(m["meetings"].(int64))})
	}
	res, err = neo4j.ExecuteQuery(ctx, d, pickInitiatives, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return p, err
	}
	for _, x := range res.Records[0].Values[0].([]any) {
		m := x.(map[string]any)
		p.Initiatives = append(p.Initiatives, PickedInitiative{ID: m["id"].(string), Year: m["year"].(string)})
	}
	if len(p.Persons) < 2 || len(p.Initiatives) == 0 {
		return p, fmt.Errorf("the graph is too small for the mix: %d people, %d initiatives with meetings", len(p.Persons), len(p.Initiatives))
	}
	return p, nil
}

func toAny(ints []int) []any {
	out := make([]any, len(ints))
	for i, v := range ints {
		out[i] = int64(v)
	}
	return out
}

// Difference is a case where two systems disagree.
type Difference struct {
	Query  string
	Case   map[string]any
	System string // the system that differs from the floor
	Floor  string // the floor's canonical answer, JSON
	Got    string // the system's, JSON
	Err    string // or the error it answered
}

// Check asks every system every case of every query and compares the
// canonical answers with the floor's. It returns the differences (none
// when the three agree) and the number of cases compared.
func Check(ctx context.Context, clients map[string]Client, p Picked) ([]Difference, int, error) {
	var diffs []Difference
	n := 0
	for _, q := range Mix {
		for _, c := range q.Cases(p) {
			want, err := clients[Floor].Ask(ctx, q, c)
			if err != nil {
				return nil, n, fmt.Errorf("floor %s %v: %w", q.Name, c, err)
			}
			wc := q.Canon(Floor, want)
			n++
			for _, sys := range []string{Ours, Peer} {
				cl, ok := clients[sys]
				if !ok {
					continue
				}
				got, err := cl.Ask(ctx, q, c)
				if err != nil {
					diffs = append(diffs, Difference{Query: q.Name, Case: c, System: sys, Floor: js(wc), Err: err.Error()})
					continue
				}
				gc := q.Canon(sys, got)
				if !reflect.DeepEqual(wc, gc) {
					diffs = append(diffs, Difference{Query: q.Name, Case: c, System: sys, Floor: js(wc), Got: js(gc)})
				}
			}
		}
	}
	return diffs, n, nil
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
