package graph

import (
	"fmt"
	"io"
	"strconv"
)

// Relation is a kind of edge in graph views (path, neighbourhood).
type Relation string

// The relations.
const (
	RelMet             Relation = "MET"
	RelAttended        Relation = "ATTENDED"
	RelHoldsPositionAt Relation = "HOLDS_POSITION_AT"
	RelMemberOf        Relation = "MEMBER_OF"
	RelPromotes        Relation = "PROMOTES"
	RelDiscussed       Relation = "DISCUSSED"
	RelHeldIn          Relation = "HELD_IN"
	RelRepresented     Relation = "REPRESENTED"
)

// Relations lists every relation.
var Relations = []Relation{RelMet, RelAttended, RelHoldsPositionAt, RelMemberOf, RelPromotes, RelDiscussed, RelHeldIn, RelRepresented}

// MarshalGQL writes the relation as a GraphQL enum value.
func (r Relation) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Relation) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	for _, rel := range Relations {
		if string(rel) == s {
			*r = rel
			return nil
		}
	}
	return fmt.Errorf("%q is not a relation", v)
}
