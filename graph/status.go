package graph

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MeetingStatus is a meeting's status as the API shows it: held, planned
// or cancelled (see StatusHeld).
type MeetingStatus string

// MarshalGQL writes the status as a GraphQL enum value (HELD).
func (s MeetingStatus) MarshalGQL(w io.Writer) {
	v := string(s)
	if v == "" {
		v = StatusHeld
	}
	io.WriteString(w, strconv.Quote(strings.ToUpper(v)))
}

// UnmarshalGQL reads a GraphQL enum value.
func (s *MeetingStatus) UnmarshalGQL(v any) error {
	str, _ := v.(string)
	switch strings.ToLower(str) {
	case StatusHeld, StatusPlanned, StatusCancelled:
		*s = MeetingStatus(strings.ToLower(str))
		return nil
	}
	return fmt.Errorf("%q is not a meeting status", v)
}
