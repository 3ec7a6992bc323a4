package graph

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MarshalGQL writes the kind as a GraphQL enum value (PERSON), so that the
// API's Kind enum binds to this type.
func (k Kind) MarshalGQL(w io.Writer) {
	io.WriteString(w, strconv.Quote(strings.ToUpper(string(k))))
}

// UnmarshalGQL reads a GraphQL enum value (PERSON) into a kind.
func (k *Kind) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("kind must be a string, not %T", v)
	}
	for _, kind := range Kinds {
		if strings.EqualFold(string(kind), s) {
			*k = kind
			return nil
		}
	}
	return fmt.Errorf("%q is not a kind", s)
}
