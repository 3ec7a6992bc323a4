package graph

// This file holds the plain value that flows from the extractor to the
// store: the facts found in one document, each with its evidence. It is also
// the project's JSON graph format (see README, "The JSON graph format"), so a
// curated extraction can be loaded as it is.

// Extraction is everything extracted from one document.
//
// Entities refer to each other by ID (see the ID helpers in id.go); an ID
// used in a fact must be declared in the matching entity list of the same
// Extraction, which Validate checks.
type Extraction struct {
	Document      Document         `json:"document"`
	Persons       []PersonFact     `json:"persons"`
	Organisations []EntityFact     `json:"organisations"`
	Countries     []EntityFact     `json:"countries"`
	Places        []PlaceFact      `json:"places"`
	Initiatives   []InitiativeFact `json:"initiatives"`
	Meetings      []MeetingFact    `json:"meetings"`
	Statements    []StatementFact  `json:"statements"`
	Memberships   []MembershipFact `json:"memberships"`
}

// Document is the source of a set of facts. Its ID is the SHA-256 of its
// text (see DocumentID), so the same text loaded twice is one document.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD where known
	Publisher string `json:"publisher,omitempty"`
	Path      string `json:"path,omitempty"` // where the loader read it from
	Text      string `json:"text,omitempty"` // the body the offsets refer to
}

// Evidence says where a fact was read and which rule read it. Start and End
// are byte offsets into Document.Text.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Rule     string `json:"rule"`
}

// EntityFact is an organisation or a country found in the document.
type EntityFact struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Aliases  []string   `json:"aliases,omitempty"`
	QID      string     `json:"qid,omitempty"`  // Wikidata QID where the gazetteer knows it
	Kind     string     `json:"kind,omitempty"` // organisations: intergovernmental, party, company, ...; countries: ISO 3166 alpha-2 code
	Evidence []Evidence `json:"evidence,omitempty"`
}

// PersonFact is a named person and the positions the document gives them.
type PersonFact struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Aliases   []string       `json:"aliases,omitempty"`
	QID       string         `json:"qid,omitempty"`
	Positions []PositionFact `json:"positions,omitempty"`
	Evidence  []Evidence     `json:"evidence,omitempty"`
}

// PositionFact is a title held by a person, for an organisation or a
// country, optionally accredited to another country (envoys).
type PositionFact struct {
	Title        string     `json:"title"`
	Organisation string     `json:"organisation,omitempty"`  // ID of an organisation or a country
	AccreditedTo string     `json:"accredited_to,omitempty"` // ID of a country
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// PlaceFact is a city or venue, optionally located in a country.
type PlaceFact struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Country  string     `json:"country,omitempty"` // ID of a country
	Evidence []Evidence `json:"evidence,omitempty"`
}

// InitiativeFact is an initiative, programme or theme, and who promotes it.
type InitiativeFact struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Aliases   []string   `json:"aliases,omitempty"`
	QID       string     `json:"qid,omitempty"`
	Kind      string     `json:"kind,omitempty"`      // initiative, programme, topic
	Promoters []string   `json:"promoters,omitempty"` // IDs of persons, organisations or countries
	Evidence  []Evidence `json:"evidence,omitempty"`
}

// MeetingFact is an encounter that took place: talks, a meeting, a call, a
// visit, a summit. Planned and past-in-passing events are not meetings.
type MeetingFact struct {
	ID            string         `json:"id"`
	Date          string         `json:"date,omitempty"`           // YYYY-MM-DD, YYYY-MM or YYYY
	DatePrecision string         `json:"date_precision,omitempty"` // day, month, year
	Place         string         `json:"place,omitempty"`          // ID of a place
	Host          string         `json:"host,omitempty"`           // ID of a person
	Attendees     []AttendeeFact `json:"attendees"`
	Groups        []GroupFact    `json:"groups,omitempty"`
	Discussed     []string       `json:"discussed,omitempty"` // IDs of initiatives
	Type          string         `json:"type"`                // PLOVER event type: CONSULT
	Status        string         `json:"status,omitempty"`    // held (the default), planned or cancelled
	Mode          string         `json:"mode,omitempty"`      // PLOVER mode: visit, host, third-party, multilateral, phone
	CAMEO         string         `json:"cameo,omitempty"`     // CAMEO 04x code
	Evidence      []Evidence     `json:"evidence,omitempty"`
}

// The statuses of a meeting. A report of a meeting that took place makes it
// held; announcements make it planned; a report that it did not happen
// makes it cancelled.
const (
	StatusHeld      = "held"
	StatusPlanned   = "planned"
	StatusCancelled = "cancelled"
)

// AttendeeFact is a person's participation in a meeting.
type AttendeeFact struct {
	Person       string     `json:"person"`                 // ID of a person
	Role         string     `json:"role,omitempty"`         // the title they attended in
	Representing string     `json:"representing,omitempty"` // ID of a country or organisation
	OnBehalfOf   string     `json:"on_behalf_of,omitempty"` // free text, e.g. "the diplomatic missions in Beijing"
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// GroupFact is a group of unnamed participants.
type GroupFact struct {
	ID          string     `json:"id"`
	Description string     `json:"description"`
	Evidence    []Evidence `json:"evidence,omitempty"`
}

// StatementFact is a quotation attributed to its speaker.
type StatementFact struct {
	ID       string     `json:"id"`
	Speaker  string     `json:"speaker"`           // ID of a person
	Quote    string     `json:"quote"`             // the quoted text, without quotation marks
	Meeting  string     `json:"meeting,omitempty"` // ID of the meeting where it was said
	Mentions []string   `json:"mentions,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// MembershipFact says that a country (or organisation) belongs to an
// organisation, with an optional role such as "founder".
type MembershipFact struct {
	Member       string     `json:"member"`       // ID of a country or organisation
	Organisation string     `json:"organisation"` // ID of an organisation
	Role         string     `json:"role,omitempty"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}
