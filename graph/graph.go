// Package graph is the domain of actorgraph: the people, organisations,
// countries, places, initiatives, meetings and statements read from
// diplomatic news, the documents they come from, and the services that store
// and query them. It imports no driver: graph/neo4j implements the services
// on Neo4j.
package graph

import "context"

// Actor is a named entity of the graph as the API shows it: a person, an
// organisation, a country, a place or an initiative. The relations of each
// kind are fetched by the RelationService, batched over many actors.
type Actor struct {
	ID        string
	Kind      Kind
	Name      string
	Aliases   []string
	QID       string
	SourceIDs []string `json:"sources"` // the documents that mention it
}

// Person, Organisation, Country, Place and Initiative are actors of one kind.
// They are distinct types so that the API can tell them apart.
type (
	Person       struct{ Actor }
	Organisation struct{ Actor }
	Country      struct{ Actor }
	Place        struct {
		Actor
		CountryID string
	}
	Initiative struct{ Actor }
)

// Node is implemented by every value that has a global ID.
type Node interface{ NodeID() string }

// NodeID implements Node.
func (a *Actor) NodeID() string { return a.ID }

// Meeting is an encounter as stored, with everything directly attached to it.
type Meeting struct {
	ID            string
	Date          string
	DatePrecision string
	Type          string
	Mode          string
	CAMEO         string
	Place         *Place
	Host          *Person
	Attendees     []*Attendance
	Groups        []*Group
	Discussed     []*Initiative
	Sources       []*Document
}

// NodeID implements Node.
func (m *Meeting) NodeID() string { return m.ID }

// Attendance is one person's participation in a meeting.
type Attendance struct {
	Person       *Person
	Role         string
	Representing *Actor // a country or an organisation
	OnBehalfOf   string
}

// Group is a group of unnamed participants of a meeting.
type Group struct {
	ID          string
	Description string
}

// Position is a title held by a person for an organisation or a country.
type Position struct {
	ID           string
	Title        string
	Organisation *Actor
	AccreditedTo *Country
	SourceIDs    []string `json:"sources"`
}

// NodeID implements Node.
func (p *Position) NodeID() string { return p.ID }

// Statement is a quotation attributed to its speaker.
type Statement struct {
	ID        string
	Quote     string
	SpeakerID string
	MeetingID string
	Sentence  string
	SourceIDs []string `json:"sources"`
}

// NodeID implements Node.
func (d *Document) NodeID() string { return d.ID }

// CoAttendee is a person met, with the number of meetings shared.
type CoAttendee struct {
	Person   *Person
	Meetings int
}

// Official is a person holding a position in an organisation or for a country.
type Official struct {
	Person   *Person
	Position *Position
}

// SearchHit is an actor found by a text search, with its relevance.
type SearchHit struct {
	Node  *Actor
	Score float64
}

// MeetingFilter selects meetings. Empty fields select everything.
type MeetingFilter struct {
	From  string // YYYY-MM-DD, inclusive
	To    string // YYYY-MM-DD, inclusive
	Limit int
}

// WriteResult says what writing one document changed.
type WriteResult struct {
	DocumentID           string
	Unchanged            bool // the document was already loaded
	NodesCreated         int
	NodesMerged          int // already in the graph: their sources grew
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

// QueryService answers the API's root questions. Each method runs one Cypher
// statement in one read transaction.
type QueryService interface {
	// Search finds actors whose names or aliases match text, best first.
	Search(ctx context.Context, text string, kinds []Kind, limit int) ([]SearchHit, error)
	// Meetings returns the meetings that match f, by date.
	Meetings(ctx context.Context, f MeetingFilter) ([]*Meeting, error)
	// MeetingsByID returns the meetings with the given IDs, in that order,
	// with nil where none exists.
	MeetingsByID(ctx context.Context, ids []string) ([]*Meeting, error)
	// ActorsByID returns the actors with the given IDs, in that order, with
	// nil where none exists.
	ActorsByID(ctx context.Context, ids []string) ([]*Actor, error)
	// DocumentsByID returns the documents with the given IDs, in that order.
	DocumentsByID(ctx context.Context, ids []string) ([]*Document, error)
}

// RelationService answers relation fields for many parents at once, so that
// a list of parents costs one statement per relation, not one per parent.
// Each method returns one slice per given ID, in the same order.
type RelationService interface {
	PositionsOf(ctx context.Context, personIDs []string) ([][]*Position, error)
	MeetingsOf(ctx context.Context, actorIDs []string) ([][]*Meeting, error)
	CoAttendeesOf(ctx context.Context, personIDs []string) ([][]*CoAttendee, error)
	StatementsOf(ctx context.Context, ids []string) ([][]*Statement, error) // by person or by meeting
	OfficialsOf(ctx context.Context, actorIDs []string) ([][]*Official, error)
	PromotersOf(ctx context.Context, initiativeIDs []string) ([][]*Actor, error)
}

// NodeID implements Node.
func (s *Statement) NodeID() string { return s.ID }
