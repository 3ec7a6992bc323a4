package graph

// PageInfo says where a page of a list stands.
type PageInfo struct {
	HasNextPage     bool    `json:"hasNextPage"`
	HasPreviousPage bool    `json:"hasPreviousPage"`
	StartCursor     *Cursor `json:"startCursor"`
	EndCursor       *Cursor `json:"endCursor"`
}

// The connections of the API: a page of a list with its cursors, and the
// size of the whole list. Each has edges and, for convenience, nodes.
type (
	PersonConnection struct {
		Edges      []*PersonEdge `json:"edges"`
		Nodes      []*Person     `json:"nodes"`
		PageInfo   *PageInfo     `json:"pageInfo"`
		TotalCount int           `json:"totalCount"`
	}
	PersonEdge struct {
		Cursor Cursor  `json:"cursor"`
		Node   *Person `json:"node"`
	}
	OrganisationConnection struct {
		Edges      []*OrganisationEdge `json:"edges"`
		Nodes      []*Organisation     `json:"nodes"`
		PageInfo   *PageInfo           `json:"pageInfo"`
		TotalCount int                 `json:"totalCount"`
	}
	OrganisationEdge struct {
		Cursor Cursor        `json:"cursor"`
		Node   *Organisation `json:"node"`
	}
	CountryConnection struct {
		Edges      []*CountryEdge `json:"edges"`
		Nodes      []*Country     `json:"nodes"`
		PageInfo   *PageInfo      `json:"pageInfo"`
		TotalCount int            `json:"totalCount"`
	}
	CountryEdge struct {
		Cursor Cursor   `json:"cursor"`
		Node   *Country `json:"node"`
	}
	InitiativeConnection struct {
		Edges      []*InitiativeEdge `json:"edges"`
		Nodes      []*Initiative     `json:"nodes"`
		PageInfo   *PageInfo         `json:"pageInfo"`
		TotalCount int               `json:"totalCount"`
	}
	InitiativeEdge struct {
		Cursor Cursor      `json:"cursor"`
		Node   *Initiative `json:"node"`
	}
	ActorConnection struct {
		Edges      []*ActorEdge `json:"edges"`
		Nodes      []AnyNode    `json:"nodes"`
		PageInfo   *PageInfo    `json:"pageInfo"`
		TotalCount int          `json:"totalCount"`
	}
	ActorEdge struct {
		Cursor Cursor  `json:"cursor"`
		Node   AnyNode `json:"node"`
	}
	MeetingConnection struct {
		Edges      []*MeetingEdge `json:"edges"`
		Nodes      []*Meeting     `json:"nodes"`
		PageInfo   *PageInfo      `json:"pageInfo"`
		TotalCount int            `json:"totalCount"`
	}
	MeetingEdge struct {
		Cursor Cursor   `json:"cursor"`
		Node   *Meeting `json:"node"`
	}
	StatementConnection struct {
		Edges      []*StatementEdge `json:"edges"`
		Nodes      []*Statement     `json:"nodes"`
		PageInfo   *PageInfo        `json:"pageInfo"`
		TotalCount int              `json:"totalCount"`
	}
	StatementEdge struct {
		Cursor Cursor     `json:"cursor"`
		Node   *Statement `json:"node"`
	}
	DocumentConnection struct {
		Edges      []*DocumentEdge `json:"edges"`
		Nodes      []*DocumentNode `json:"nodes"`
		PageInfo   *PageInfo       `json:"pageInfo"`
		TotalCount int             `json:"totalCount"`
	}
	DocumentEdge struct {
		Cursor Cursor        `json:"cursor"`
		Node   *DocumentNode `json:"node"`
	}
	CoAttendeeConnection struct {
		Edges      []*CoAttendeeEdge `json:"edges"`
		Nodes      []*CoAttendee     `json:"nodes"`
		PageInfo   *PageInfo         `json:"pageInfo"`
		TotalCount int               `json:"totalCount"`
	}
	CoAttendeeEdge struct {
		Cursor Cursor      `json:"cursor"`
		Node   *CoAttendee `json:"node"`
	}
	OfficialConnection struct {
		Edges      []*OfficialEdge `json:"edges"`
		Nodes      []*Official     `json:"nodes"`
		PageInfo   *PageInfo       `json:"pageInfo"`
		TotalCount int             `json:"totalCount"`
	}
	OfficialEdge struct {
		Cursor Cursor    `json:"cursor"`
		Node   *Official `json:"node"`
	}
	TimelineConnection struct {
		Edges      []*TimelineEdge  `json:"edges"`
		Nodes      []*TimelineEntry `json:"nodes"`
		PageInfo   *PageInfo        `json:"pageInfo"`
		TotalCount int              `json:"totalCount"`
	}
	TimelineEdge struct {
		Cursor Cursor         `json:"cursor"`
		Node   *TimelineEntry `json:"node"`
	}
)
