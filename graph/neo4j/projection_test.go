package neo4j

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A node of a concrete type is projected without its kind unless the
// request selects it; a node of an interface type keeps it, for the
// reader to tell its type.
func TestKindProjectedOnlyWhereRead(t *testing.T) {
	sel := func(name string, args map[string]any, ch ...*graph.Selection) *graph.Selection {
		return &graph.Selection{Name: name, Alias: name, Args: args, Children: ch}
	}
	person := map[string]any{"id": "person:x"}
	for _, c := range []struct {
		name     string
		root     *graph.Selection
		want     []string
		dontWant []string
	}{
		{"concrete", sel("person", person, sel("name", nil)), []string{"x1 {.id, name: x1.name}"}, []string{".kind"}},
		{"kind selected", sel("person", person, sel("kind", nil), sel("name", nil)), []string{"x1 {.id, .kind, name: x1.name}"}, nil},
		{"interface", sel("person", person, sel("positions", map[string]any{}, sel("organisation", nil, sel("name", nil)))),
			[]string{"WHEN 'Organisation' THEN n3 {.id, .kind, name: n3.name}"}, []string{"x1 {.id, .kind", "n2 {.id, .kind"}},
	} {
		q, _, err := Compile(c.root)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			if !strings.Contains(q, w) {
				t.Errorf("%s: statement\n%s\nwant %s", c.name, q, w)
			}
		}
		for _, w := range c.dontWant {
			if strings.Contains(q, w) {
				t.Errorf("%s: statement\n%s\nhas %s", c.name, q, w)
			}
		}
	}
}
