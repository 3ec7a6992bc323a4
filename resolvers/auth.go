package resolvers

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
)

type authKey struct{}

// WithAuthorised marks a request as carrying a valid bearer token; the
// HTTP layer decides that, the mutations check it.
func WithAuthorised(ctx context.Context) context.Context {
	return context.WithValue(ctx, authKey{}, true)
}

// authorise returns UNAUTHENTICATED unless the request is authorised.
func authorise(ctx context.Context) error {
	if ok, _ := ctx.Value(authKey{}).(bool); ok {
		return nil
	}
	return graph.Errorf(graph.EUNAUTHENTICATED, "this mutation needs a bearer token (Authorization: Bearer TOKEN)")
}
