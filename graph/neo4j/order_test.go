package neo4j

import (
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A meeting's attendees are returned unsorted, each with its sort key, and
// sorted in Go by name, then ID, at any depth of the value.
func TestSortKeyed(t *testing.T) {
	att := func(name, id string) map[string]any {
		return map[string]any{orderKey: []any{name, id}, "person": map[string]any{"id": id}}
	}
	v := map[string]any{"nodes": []any{
		map[string]any{"attendees": []any{att("Wang Yi", "person:b"), att("Andrei Denisov", "person:z"), att("Wang Yi", "person:a")}},
		map[string]any{"attendees": []any{att("Zhu", "person:z")}},
	}}
	sortKeyed(v)
	var got []string
	for _, a := range v["nodes"].([]any)[0].(map[string]any)["attendees"].([]any) {
		got = append(got, a.(map[string]any)["person"].(map[string]any)["id"].(string))
	}
	if want := []string{"person:z", "person:a", "person:b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
	// Lists without the key keep their order.
	plain := []any{map[string]any{"id": "b"}, map[string]any{"id": "a"}}
	sortKeyed(plain)
	if plain[0].(map[string]any)["id"] != "b" {
		t.Errorf("a list without sort keys was reordered: %v", plain)
	}
}

// The attendees' projection carries the sort key before the selected
// fields, and alone when nothing but __typename is selected.
func TestAttendeesCarrySortKey(t *testing.T) {
	for sel, want := range map[string]string{
		"role":       "{" + orderKey + ": [n2.name, n2.id], role: r3.role}",
		"__typename": "{" + orderKey + ": [n2.name, n2.id]}",
	} {
		root := &graph.Selection{Name: "meeting", Alias: "meeting", Args: map[string]any{"id": "meeting:x"},
			Children: []*graph.Selection{{Name: "attendees", Alias: "attendees", Children: []*graph.Selection{{Name: sel, Alias: sel}}}}}
		q, _, err := Compile(root)
		if err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		if !strings.Contains(q, "RETURN "+want+" }") || strings.Contains(q, "ORDER BY") {
			t.Errorf("%s: statement\n%s\nwant the attendees returned as %s, unsorted", sel, q, want)
		}
	}
}
