package resolvers

import (
	"context"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// asNode gives an actor its GraphQL type, from its kind.
func asNode(a *graph.Actor) graph.Node {
	if a == nil {
		return nil
	}
	switch a.Kind {
	case graph.KindPerson:
		return &graph.Person{Actor: *a}
	case graph.KindOrganisation:
		return &graph.Organisation{Actor: *a}
	case graph.KindCountry:
		return &graph.Country{Actor: *a}
	case graph.KindPlace:
		return &graph.Place{Actor: *a}
	case graph.KindInitiative:
		return &graph.Initiative{Actor: *a}
	}
	return nil
}

// actorOfKind loads an actor and returns it as T when it is of kind k, nil
// otherwise (an ID of another kind finds nothing).
func actorOfKind[T graph.Person | graph.Organisation | graph.Country | graph.Initiative](
	ctx context.Context, r *Resolver, id string, k graph.Kind) (*T, error) {
	a, err := r.loadersFor(ctx).actors.Load(ctx, id)
	if err != nil || a == nil || a.Kind != k {
		return nil, err
	}
	return &T{Actor: *a}, nil
}

// node fetches any node by its global ID.
func (r *Resolver) node(ctx context.Context, id string) (graph.Node, error) {
	k, ok := graph.KindOfID(id)
	if !ok {
		return nil, nil
	}
	l := r.loadersFor(ctx)
	switch k {
	case graph.KindMeeting:
		m, err := l.meetings.Load(ctx, id)
		if m == nil {
			return nil, err
		}
		return m, err
	case graph.KindDocument:
		d, err := l.documents.Load(ctx, id)
		if d == nil {
			return nil, err
		}
		return d, err
	default:
		a, err := l.actors.Load(ctx, id)
		if err != nil {
			return nil, err
		}
		return asNode(a), nil
	}
}

// documents loads the documents with the given IDs, leaving out any that
// no longer exist.
func (r *Resolver) documents(ctx context.Context, ids []string) ([]*graph.Document, error) {
	ds, err := r.loadersFor(ctx).documents.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := ds[:0]
	for _, d := range ds {
		if d != nil {
			out = append(out, d)
		}
	}
	return out, nil
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func strOr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
