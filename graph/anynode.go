package graph

import (
	"encoding/json"
	"fmt"
)

// AnyNode holds a node whose type is known only from its kind: the value of
// an interface-typed field (Node, Actor). It decodes from JSON by the kind
// the store writes beside every node.
type AnyNode struct{ Node }

// UnmarshalJSON decodes a node into the type of its kind.
func (a *AnyNode) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		a.Node = nil
		return nil
	}
	var head struct {
		Kind Kind `json:"kind"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return err
	}
	var n Node
	switch head.Kind {
	case KindPerson:
		n = &Person{}
	case KindOrganisation:
		n = &Organisation{}
	case KindCountry:
		n = &Country{}
	case KindPlace:
		n = &Place{}
	case KindInitiative:
		n = &Initiative{}
	case KindMeeting:
		n = &Meeting{}
	case KindStatement:
		n = &Statement{}
	case KindPosition:
		n = &Position{}
	case KindGroup:
		n = &Group{}
	case KindDocument:
		n = &DocumentNode{}
	default:
		return fmt.Errorf("node of unknown kind %q", head.Kind)
	}
	if err := json.Unmarshal(b, n); err != nil {
		return err
	}
	a.Node = n
	return nil
}

// NodeID implements Node; empty for a null node.
func (a AnyNode) NodeID() string {
	if a.Node == nil {
		return ""
	}
	return a.Node.NodeID()
}

// Nodes returns the nodes held, leaving out nulls.
func Nodes(as []AnyNode) []Node {
	out := make([]Node, 0, len(as))
	for _, a := range as {
		if a.Node != nil {
			out = append(out, a.Node)
		}
	}
	return out
}
