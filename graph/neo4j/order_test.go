package neo4j

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A meeting's attendees are sorted in the statement, by name, then ID,
// whatever is selected of them (TestSeedMeeting in server/ checks the
// order Neo4j returns).
func TestAttendeesSortedInStatement(t *testing.T) {
	for sel, want := range map[string]string{
		"role":       "WITH n2, r3 ORDER BY n2.name, n2.id RETURN {role: r3.role} }",
		"__typename": "WITH n2, r3 ORDER BY n2.name, n2.id RETURN {} }",
	} {
		root := &graph.Selection{Name: "meeting", Alias: "meeting", Args: map[string]any{"id": "meeting:x"},
			Children: []*graph.Selection{{Name: "attendees", Alias: "attendees", Children: []*graph.Selection{{Name: sel, Alias: sel}}}}}
		q, _, err := Compile(root)
		if err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		if !strings.Contains(q, want) {
			t.Errorf("%s: statement\n%s\nwant the attendees sorted: %s", sel, q, want)
		}
	}
}
