package neo4j

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// A document's facts are the keys of the relationships it writes, each
// once, sorted, without its own links to nodes (MENTIONS, REPORTED_IN):
// a relationship two attendees imply twice (PARTY) is listed once.
func TestPlanListsTheDocumentsFacts(t *testing.T) {
	doc := graph.DocumentID("text")
	wang, lavrov := "person:wang-yi", "person:sergey-lavrov"
	x := &graph.Extraction{
		Document:  graph.Document{ID: doc},
		Countries: []graph.EntityFact{{ID: "country:china", Name: "China"}, {ID: "country:russia", Name: "Russia"}},
		Places:    []graph.PlaceFact{{ID: "place:guilin", Name: "Guilin", Country: "country:china"}},
		Persons: []graph.PersonFact{
			{ID: wang, Name: "Wang Yi", Positions: []graph.PositionFact{{Title: "Foreign Minister", Organisation: "country:china"}}},
			{ID: lavrov, Name: "Sergey Lavrov"},
			{ID: "person:li", Name: "Li Hui"},
		},
		Meetings: []graph.MeetingFact{{ID: "meeting:2021-03-22-guilin", Place: "place:guilin", Host: wang, Type: "CONSULT",
			Attendees: []graph.AttendeeFact{{Person: wang, Representing: "country:china"}, {Person: "person:li", Representing: "country:china"},
				{Person: lavrov, Representing: "country:russia"}}}},
	}
	_, keys := plan(x, resolution{})
	pos := graph.PositionID(wang, "Foreign Minister", "country:china", "")
	m := "meeting:2021-03-22-guilin"
	want := []string{
		factKey(relAttended, "person:li", m),
		factKey(relAttended, lavrov, m),
		factKey(relAttended, wang, m),
		factKey(relHeldIn, m, "place:guilin"),
		factKey(relHolds, wang, pos),
		factKey(relHostedBy, m, wang),
		factKey(relLocatedIn, "place:guilin", "country:china"),
		factKey(relOf, pos, "country:china"),
		factKey(relParty, m, "country:china"),
		factKey(relParty, m, "country:russia"),
	}
	slices.Sort(want)
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("facts:\n%s\nwant:\n%s", strings.Join(keys, "\n"), strings.Join(want, "\n"))
	}
	for _, k := range keys {
		p := strings.Split(k, factSep)
		if len(p) != 3 || !isFact(p[0]) {
			t.Errorf("%q does not split back into a fact", k)
		}
	}
}

// No ID may hold the separator of a fact key's parts.
func TestValidateRefusesControlCharactersInIDs(t *testing.T) {
	x := &graph.Extraction{Document: graph.Document{ID: graph.DocumentID("t")},
		Persons: []graph.PersonFact{{ID: "person:a" + factSep + "b", Name: "A"}}}
	if err := graph.Validate(x); err == nil || !strings.Contains(err.Error(), "control character") {
		t.Errorf("Validate: %v, want a refusal of the control character", err)
	}
	x.Persons[0].ID = "person:a-b"
	if err := graph.Validate(x); err != nil {
		t.Errorf("Validate of a clean ID: %v", err)
	}
}
