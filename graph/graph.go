// Package graph is the domain of actorgraph: the people, organisations,
// countries, places, initiatives, meetings and statements read from
// diplomatic news, the documents they come from, and the services that store
// and query them. It imports no driver: graph/neo4j implements the services
// on Neo4j.
//
// The read types below are what the API shows. A store fills them in one
// statement per request from a Selection (see selection.go): fields without
// arguments are plain struct fields, named in JSON as in the API; fields
// with arguments (a person's meetings after a cursor, say) arrive in Pre,
// under the response key the request gave them.
package graph

import (
	"context"
)

// Pre holds the values of fields with arguments, by response key (the
// field's alias, or its name), as the store prefetched them: values as the
// store read them, which Decode turns into the field's type when the
// field is resolved.
type Pre map[string]any

// Node is implemented by every value that has a global ID.
type Node interface{ NodeID() string }

// Actor is a named entity: a person, an organisation, a country, a place or
// an initiative.
type Actor struct {
	ID             string   `json:"id"`
	Kind           Kind     `json:"kind"`
	Name           string   `json:"name"`
	Aliases        []string `json:"aliases"`
	QID            string   `json:"qid"`
	MeetingCount   int      `json:"meetingCount"`
	StatementCount int      `json:"statementCount"`
	Pre            Pre      `json:"_pre"`
}

// NodeID implements Node.
func (a *Actor) NodeID() string { return a.ID }

// Person, Organisation, Country and Initiative are actors of one kind; they
// are distinct types so that the API can tell them apart.
type (
	Person struct {
		Actor
		PossiblySameAs []*Candidate `json:"possiblySameAs"`
		ResolvedBy     []string     `json:"resolvedBy"`
	}
	Organisation struct {
		Actor
		Members []*Membership `json:"members"`
	}
	Country struct {
		Actor
		Memberships []*Membership `json:"memberships"`
	}
	Initiative struct {
		Actor
		Promoters []AnyNode `json:"promoters"`
	}
	Place struct {
		Actor
		Country *Country `json:"country"`
	}
)

// Meeting is an encounter that took place.
type Meeting struct {
	ID            string        `json:"id"`
	Date          string        `json:"date"`
	DatePrecision string        `json:"datePrecision"`
	Type          string        `json:"type"`
	Mode          string        `json:"mode"`
	CAMEO         string        `json:"cameo"`
	Place         *Place        `json:"place"`
	Host          *Person       `json:"host"`
	Attendees     []*Attendance `json:"attendees"`
	AttendeeCount int           `json:"attendeeCount"`
	Groups        []*Group      `json:"groups"`
	Topics        []*Initiative `json:"topics"`
	Statements    []*Statement  `json:"statements"`
	Sources       []*Source     `json:"sources"`
	ReportCount   int           `json:"reportCount"`
	ResolvedBy    *string       `json:"resolvedBy"`
	Status        MeetingStatus `json:"status"`
	PartOf        *Meeting      `json:"partOf"`
	Parts         []*Meeting    `json:"parts"`
}

// Candidate is a possible duplicate of a person.
type Candidate struct {
	Person *Person `json:"person"`
	Score  float64 `json:"score"`
	Rule   string  `json:"rule"`
}

// NodeID implements Node.
func (m *Meeting) NodeID() string { return m.ID }

// Attendance is one person's participation in a meeting.
type Attendance struct {
	Person       *Person `json:"person"`
	Role         string  `json:"role"`
	Representing AnyNode `json:"representing"` // a country or an organisation
	OnBehalfOf   string  `json:"onBehalfOf"`
}

// Group is a group of unnamed participants of a meeting.
type Group struct {
	ID          string `json:"id"`
	Description string `json:"description"`
}

// NodeID implements Node.
func (g *Group) NodeID() string { return g.ID }

// Position is a title held by a person for an organisation or a country.
type Position struct {
	ID           string    `json:"id"`
	Title        string    `json:"title"`
	Person       *Person   `json:"person"`
	Organisation AnyNode   `json:"organisation"`
	AccreditedTo *Country  `json:"accreditedTo"`
	From         string    `json:"from"`
	To           string    `json:"to"`
	Sources      []*Source `json:"sources"`
}

// NodeID implements Node.
func (p *Position) NodeID() string { return p.ID }

// Membership is a country's or an organisation's membership of an
// organisation.
type Membership struct {
	Member       AnyNode       `json:"member"`
	Organisation *Organisation `json:"organisation"`
	Role         string        `json:"role"`
}

// Official is a person holding a position.
type Official struct {
	Person   *Person   `json:"person"`
	Position *Position `json:"position"`
}

// CoAttendee is a person met, with the number of meetings shared.
type CoAttendee struct {
	Person   *Person `json:"person"`
	Meetings int     `json:"meetings"`
}

// Statement is a quotation attributed to its speaker.
type Statement struct {
	ID      string    `json:"id"`
	Quote   string    `json:"quote"`
	Speaker *Person   `json:"speaker"`
	Meeting *Meeting  `json:"meeting"`
	Sources []*Source `json:"sources"`
}

// NodeID implements Node.
func (s *Statement) NodeID() string { return s.ID }

// Source is where a fact was read: a document and the sentence in it.
type Source struct {
	Document *DocumentNode `json:"document"`
	Sentence string        `json:"sentence"`
	Start    *int          `json:"start"`
	End      *int          `json:"end"`
}

// DocumentNode is a source document as the API shows it.
type DocumentNode struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Path      string `json:"path"`
	Pre       Pre    `json:"_pre"`
}

// NodeID implements Node.
func (d *DocumentNode) NodeID() string { return d.ID }

// SearchResult is a node found by a text search, with its relevance.
type SearchResult struct {
	Node  AnyNode `json:"node"`
	Score float64 `json:"score"`
}

// Edge is a relation between two nodes, for graph views.
type Edge struct {
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Relation Relation `json:"relation"`
	Weight   int      `json:"weight"`
}

// Path is a path between two nodes.
type Path struct {
	Nodes []AnyNode `json:"nodes"`
	Edges []*Edge   `json:"edges"`
}

// Subgraph is a set of nodes and the edges among them.
type Subgraph struct {
	Nodes     []AnyNode `json:"nodes"`
	Edges     []*Edge   `json:"edges"`
	Truncated bool      `json:"truncated"`
}

// TimelineEntry is one thing an actor did.
type TimelineEntry struct {
	Date      string     `json:"date"`
	Meeting   *Meeting   `json:"meeting"`
	Statement *Statement `json:"statement"`
}

// Stats are counts and rankings over the whole graph.
type Stats struct {
	Counts []*KindCount `json:"counts"`
	Pre    Pre          `json:"_pre"`
}

// KindCount is the number of nodes of a kind.
type KindCount struct {
	Kind  Kind `json:"kind"`
	Count int  `json:"count"`
}

// MonthCount is the number of meetings in a month.
type MonthCount struct {
	Month string `json:"month"`
	Count int    `json:"count"`
}

// ActorScore is an actor with a score, for rankings.
type ActorScore struct {
	Actor AnyNode `json:"actor"`
	Score int     `json:"score"`
}

// WriteResult says what writing one document changed.
type WriteResult struct {
	DocumentID           string
	Unchanged            bool // the document was already loaded
	NodesCreated         int
	NodesMerged          int // already in the graph: another document supports them too
	RelationshipsCreated int
	RelationshipsMerged  int
	PropertiesSet        int
}

// DocumentWriter writes extracted documents.
type DocumentWriter interface {
	// WriteExtraction writes one document and its facts in one write
	// transaction: all of it or nothing. A document already in the graph
	// (same ID) is left as it is and reported Unchanged.
	// Returns EINVALID for a malformed extraction, EUNAVAILABLE when the
	// database cannot be reached.
	WriteExtraction(ctx context.Context, x *Extraction) (WriteResult, error)
}

// ConcurrentWriter is a DocumentWriter that can write several documents at
// once, each in its own transaction.
type ConcurrentWriter interface {
	// WriteKeys names what the write of x reads or changes that another
	// document's write may change or read: two documents whose keys have
	// none in common may be written at the same time, and the graph is then
	// the one that writing them one after the other makes. Documents that
	// share a key are written one after the other, in their order.
	WriteKeys(x *Extraction) []string
}

// IndexRefresher is a DocumentWriter whose search indexes follow its writes
// asynchronously, so that a write does not wait for them.
type IndexRefresher interface {
	// RefreshIndexes returns when the search indexes reflect every write
	// committed before the call.
	RefreshIndexes(ctx context.Context) error
}

// QueryService answers the API's root fields.
type QueryService interface {
	// Query answers one root field of a request, whatever the depth of its
	// selection, with one Cypher statement in one read transaction, and
	// decodes the answer into into (a pointer to the field's Go type).
	// Returns EINVALID for bad arguments (a malformed cursor, a page too
	// large, an unknown field), ETIMEOUT when the context's deadline passes,
	// EUNAVAILABLE when the database cannot be reached.
	Query(ctx context.Context, root *Selection, into any) error
}

// DeleteResult says what retracting a document did.
type DeleteResult struct {
	Deleted              bool
	NodesDeleted         int
	RelationshipsDeleted int
}

// MergeResult says what merging two actors did.
type MergeResult struct {
	KeptID             string
	RelationshipsMoved int
}

// CurationService changes the graph on a curator's behalf.
type CurationService interface {
	// DeleteDocument retracts a document in one write transaction: facts
	// that only it supports are deleted, the others stay with the
	// documents that support them. Deleted is false when there is no such document.
	DeleteDocument(ctx context.Context, id string) (DeleteResult, error)
	// MergeActors moves the relationships, aliases and mentions of drop to
	// keep, deletes drop, and records the merge on keep. Returns EINVALID
	// when they differ in kind or are the same, ENOTFOUND when either is
	// missing.
	MergeActors(ctx context.Context, keep, drop string) (MergeResult, error)
	// SplitMeeting undoes the merge of one report into a meeting: the
	// document's report becomes a meeting of its own (returned), with the
	// relationships that document supports, and the merged meeting keeps
	// those its other reports support. Returns ENOTFOUND for no such
	// meeting, EINVALID when the document does not report it or is its
	// only report.
	SplitMeeting(ctx context.Context, meeting, document string) (string, error)
	// SplitPerson undoes the merge of one document's mention into a
	// person: it becomes a person of its own (returned), under the ID and
	// name that document gave it, with the relationships and positions that
	// document supports. Returns ENOTFOUND for no such person, EINVALID when
	// the document does not mention it or is its only source.
	SplitPerson(ctx context.Context, person, document string) (string, error)
}
