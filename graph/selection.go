package graph

// Selection is the part of a request that one store call answers: a field,
// its arguments and the fields selected under it, with fragments resolved.
// The API builds it from the GraphQL selection set; the store compiles it to
// one Cypher statement. It is neutral: neither GraphQL nor Cypher.
type Selection struct {
	// Name is the field's name in the API schema.
	Name string
	// Alias is the key of the field in the response (the name when the
	// request gave no alias).
	Alias string
	// Args are the field's arguments, with defaults applied and variables
	// substituted, as JSON-like values (string, int64, float64, bool, nil,
	// []any, map[string]any).
	Args map[string]any
	// OnType names the concrete type the field applies to, when the parent
	// is an interface (Node, Actor) and the field was selected for that type
	// only; empty when it applies to every type.
	OnType string
	// Children are the fields selected under this one.
	Children []*Selection
}

// Child returns the first child with the given name, or nil.
func (s *Selection) Child(name string) *Selection {
	for _, c := range s.Children {
		if c.Name == name {
			return c
		}
	}
	return nil
}
