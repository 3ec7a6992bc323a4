// Package resolvers answers the GraphQL API (schema/*.graphqls) by calling
// the graph services. It holds no Cypher: relation fields go through
// per-request loaders that batch all the parents of one level into one call
// of a graph.RelationService method.
package resolvers

import (
	"github.com/actorgraph/actorgraph/graph"
)

// Resolver is the root resolver: it holds the services, nothing else.
type Resolver struct {
	Queries   graph.QueryService
	Relations graph.RelationService
}
