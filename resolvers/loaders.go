package resolvers

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/actorgraph/actorgraph/graph"
)

// loaders batch the relation fields of one request: every parent asking for
// the same relation in the same tick shares one service call.
type loaders struct {
	actors      *dataloadgen.Loader[string, *graph.Actor]
	meetings    *dataloadgen.Loader[string, *graph.Meeting]
	documents   *dataloadgen.Loader[string, *graph.Document]
	positionsOf *dataloadgen.Loader[string, []*graph.Position]
	meetingsOf  *dataloadgen.Loader[string, []*graph.Meeting]
	coAttendees *dataloadgen.Loader[string, []*graph.CoAttendee]
	statements  *dataloadgen.Loader[string, []*graph.Statement]
	officials   *dataloadgen.Loader[string, []*graph.Official]
	promoters   *dataloadgen.Loader[string, []*graph.Actor]
}

type loadersKey struct{}

// wait is how long a loader collects keys before it calls the service.
const wait = 2 * time.Millisecond

func newLoaders(q graph.QueryService, r graph.RelationService) *loaders {
	return &loaders{
		actors:      newLoader(q.ActorsByID),
		meetings:    newLoader(q.MeetingsByID),
		documents:   newLoader(q.DocumentsByID),
		positionsOf: newLoader(r.PositionsOf),
		meetingsOf:  newLoader(r.MeetingsOf),
		coAttendees: newLoader(r.CoAttendeesOf),
		statements:  newLoader(r.StatementsOf),
		officials:   newLoader(r.OfficialsOf),
		promoters:   newLoader(r.PromotersOf),
	}
}

// newLoader adapts a batch method of a service (one value per key, in
// order, or one error for all) to a loader.
func newLoader[V any](fetch func(context.Context, []string) ([]V, error)) *dataloadgen.Loader[string, V] {
	return dataloadgen.NewLoader(func(ctx context.Context, keys []string) ([]V, []error) {
		vs, err := fetch(ctx, keys)
		if err != nil {
			return nil, []error{err}
		}
		return vs, nil
	}, dataloadgen.WithWait(wait))
}

// Middleware gives each request its own loaders, so nothing is cached
// across requests.
func (r *Resolver) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx := context.WithValue(req.Context(), loadersKey{}, newLoaders(r.Queries, r.Relations))
		next.ServeHTTP(w, req.WithContext(ctx))
	})
}

// loadersFor returns the request's loaders; outside the middleware (in
// tests that call resolvers directly) it makes fresh ones.
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.Queries, r.Relations)
}
