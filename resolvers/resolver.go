// Package resolvers answers the GraphQL API (schema/*.graphqls) by calling
// the graph services. It holds no Cypher. A root field is answered by one
// call of graph.QueryService.Query with the field's whole selection (see
// selection.go), so a request costs one Cypher statement per root field
// however deep it goes; the fields below the root read what that call
// returned (prefetched).
package resolvers

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// Resolver is the root resolver: it holds the services, nothing else.
type Resolver struct {
	Queries graph.QueryService
	Curator graph.CurationService
	Writer  graph.DocumentWriter
	// Extractor reads the documents that ingestDocument receives.
	Extractor loader.Extractor
	// Schema is the API's schema, which tells the concrete types of
	// interface-typed fields when selections are built.
	Schema *ast.Schema
	// Events tells subscribers about ingested documents.
	Events *Broker
}

// query answers the root field being resolved: its selection goes to the
// store, which decodes the answer into into.
func (r *Resolver) query(ctx context.Context, into any) error {
	if r.Schema == nil {
		return fmt.Errorf("resolvers: Resolver.Schema is not set")
	}
	return r.Queries.Query(ctx, Selection(ctx, r.Schema), into)
}

// prefetched returns the value of the field being resolved from what the
// store prefetched into its parent, under the field's response key.
func prefetched[T any](ctx context.Context, pre graph.Pre) (T, error) {
	var v T
	key := graphql.GetFieldContext(ctx).Field.Alias
	raw, ok := pre[key]
	if !ok {
		return v, &graph.Error{Code: graph.EINTERNAL, Message: "internal error",
			Err: fmt.Errorf("field %q was not prefetched", key)}
	}
	if err := graph.Decode(raw, &v); err != nil {
		return v, &graph.Error{Code: graph.EINTERNAL, Message: "internal error", Err: err}
	}
	return v, nil
}
