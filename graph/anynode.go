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
	n := newNode(head.Kind)
	if n == nil {
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

// newNode returns an empty value of the Go type of a node of kind k, or nil
// for a kind that is not a node's.
func newNode(k Kind) Node {
	switch k {
	case KindPerson:
		return &Person{}
	case KindOrganisation:
		return &Organisation{}
	case KindCountry:
		return &Country{}
	case KindPlace:
		return &Place{}
	case KindInitiative:
		return &Initiative{}
	case KindMeeting:
		return &Meeting{}
	case KindStatement:
		return &Statement{}
	case KindPosition:
		return &Position{}
	case KindGroup:
		return &Group{}
	case KindDocument:
		return &DocumentNode{}
	}
	return nil
}
