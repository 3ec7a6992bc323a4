package neo4j

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// Two documents share a write key where resolution may take a person of
// one for a person of the other: a word of the name (a surname alone
// against a full name), the same ID, or an office.
func TestWriteKeys(t *testing.T) {
	person := func(id, name string, pos ...graph.PositionFact) *graph.Extraction {
		return &graph.Extraction{Document: graph.Document{ID: graph.DocumentID(name + id)},
			Persons: []graph.PersonFact{{ID: id, Name: name, Positions: pos}}}
	}
	fm := graph.PositionFact{Title: "Foreign Minister", Organisation: "country:china"}
	for _, c := range []struct {
		a, b  *graph.Extraction
		share bool
	}{
		{person("person:wang-yi", "Wang Yi"), person("person:wang@1", "Wang"), true},
		{person("person:wang-yi", "Wang Yi"), person("person:yi@2", "Mr Yi"), true},
		{person("person:wang-yi", "Wang Yi"), person("person:li-hui", "Li Hui"), false},
		{person("person:q1", "Wang Yi"), person("person:q1", "W. Yee"), true},
		{person("person:a", "Anna Smith", fm), person("person:b", "Bob Jones", fm), true},
		{person("person:a", "Anna Smith", fm), person("person:b", "Bob Jones",
			graph.PositionFact{Title: "Foreign Minister", Organisation: "country:india"}), false},
		// The same document: never at once.
		{&graph.Extraction{Document: graph.Document{ID: "document:x"}}, &graph.Extraction{Document: graph.Document{ID: "document:x"}}, true},
	} {
		s := &Store{}
		ka, kb := s.WriteKeys(c.a), s.WriteKeys(c.b)
		share := slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) })
		if share != c.share {
			t.Errorf("%q and %q: share a key %v, want %v", ka, kb, share, c.share)
		}
	}
}

// Two documents may report one graph meeting through different
// participants ("Widodo met Albanese" told by each side naming its own
// leader): documents with meetings within two days of each other share a
// key (their windows of a day either side overlap), and meetings farther
// apart do not.
func TestWriteKeysOfMeetings(t *testing.T) {
	meeting := func(doc, person, date string) *graph.Extraction {
		return &graph.Extraction{Document: graph.Document{ID: "document:" + doc},
			Persons:  []graph.PersonFact{{ID: "person:" + person, Name: person}},
			Meetings: []graph.MeetingFact{{ID: "meeting:" + doc, Date: date, DatePrecision: "day", Attendees: []graph.AttendeeFact{{Person: "person:" + person}}}}}
	}
	s := &Store{}
	share := func(a, b *graph.Extraction) bool {
		kb := s.WriteKeys(b)
		return slices.ContainsFunc(s.WriteKeys(a), func(k string) bool { return slices.Contains(kb, k) })
	}
	a := meeting("a", "Widodo", "2024-04-30")
	for _, c := range []struct {
		date  string
		share bool
	}{{"2024-04-30", true}, {"2024-05-02", true}, {"2024-05-03", false}, {"2024-05-20", false}} {
		if got := share(a, meeting("g", "Albanese", c.date)); got != c.share {
			t.Errorf("meetings on 2024-04-30 and %s: share a key %v, want %v", c.date, got, c.share)
		}
	}
}

// A deadlock reaches WriteExtraction's own retry as a *deadlock, which the
// driver does not take for an error it retries (it would wait seconds);
// other errors pass as they are.
func TestKeepDeadlock(t *testing.T) {
	dl := &driver.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "ForsetiClient can't acquire"}
	err := keepDeadlock(fmt.Errorf("writeFacts: %w", dl))
	var d *deadlock
	if !errors.As(err, &d) {
		t.Fatalf("keepDeadlock(deadlock) = %T, want *deadlock", err)
	}
	var ne *driver.Neo4jError
	if errors.As(err, &ne) {
		t.Error("the driver can still see the Neo4j error in a kept deadlock, and would retry it itself")
	}
	other := &driver.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}
	if got := keepDeadlock(other); got != error(other) {
		t.Errorf("keepDeadlock(%v) = %v, want it as it is", other, got)
	}
	if keepDeadlock(nil) != nil {
		t.Error("keepDeadlock(nil) is not nil")
	}
}
