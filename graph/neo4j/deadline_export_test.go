package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ExecuteRead runs any statement as the store's reads run theirs, for
// the tests of how a transaction is bounded (timeout_test.go).
func (s *Store) ExecuteRead(ctx context.Context, q string, params map[string]any) (*driver.EagerResult, error) {
	return s.executeRead(ctx, "test", q, params)
}
