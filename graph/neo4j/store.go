// Package neo4j implements the graph services on Neo4j through the official
// Go driver. All of the project's Cypher lives in this package; every
// statement is a constant string with parameters.
package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string
	Username string
	Password string
	Database string
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE, with the defaults of a local server.
func ConfigFromEnv() Config {
	c := Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if c.URI == "" {
		c.URI = "bolt://127.0.0.1:7687"
	}
	if c.Username == "" {
		c.Username = "neo4j"
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	return c
}

// Store is the Neo4j implementation of graph.DocumentWriter,
// graph.QueryService and graph.RelationService.
type Store struct {
	driver     driver.DriverWithContext
	db         string
	uri        string
	statements atomic.Int64 // read statements run, see StatementsRun
}

var (
	_ graph.DocumentWriter = (*Store)(nil)
	_ graph.QueryService   = (*Store)(nil)
)

// Open connects to Neo4j, checks that it answers, and creates the schema
// (constraints and indexes) where missing. Returns EUNAVAILABLE when Neo4j
// cannot be reached.
func Open(ctx context.Context, c Config) (*Store, error) {
	d, err := driver.NewDriverWithContext(c.URI, driver.BasicAuth(c.Username, c.Password, ""))
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Message: fmt.Sprintf("invalid Neo4j URI %q", c.URI), Err: err}
	}
	s := &Store{driver: d, db: c.Database, uri: c.URI}
	vctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(vctx); err != nil {
		d.Close(ctx)
		return nil, &graph.Error{Code: graph.EUNAVAILABLE, Message: fmt.Sprintf("cannot reach Neo4j at %s", c.URI), Err: err}
	}
	if err := s.ensureSchema(ctx); err != nil {
		d.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping checks that Neo4j answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return s.wrap(err)
	}
	return nil
}

// ensureSchema creates one uniqueness constraint per label on its key, and
// the full-text index used by Search. Every statement is idempotent.
func (s *Store) ensureSchema(ctx context.Context) error {
	for _, q := range schemaStatements {
		if _, err := driver.ExecuteQuery(ctx, s.driver, q, nil, driver.EagerResultTransformer,
			driver.ExecuteQueryWithDatabase(s.db)); err != nil {
			return s.wrap(err)
		}
	}
	// Wait for the indexes to come online before the first write relies on
	// them, so that MERGE never races a constraint being built.
	_, err := driver.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil,
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(s.db))
	return s.wrap(err)
}

// wrap turns driver errors into application errors; the driver's text is
// kept as the cause (logged) and never becomes the message (shown).
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &graph.Error{Code: graph.ETIMEOUT, Message: "the query took too long", Err: err}
	case driver.IsConnectivityError(err), driver.IsRetryable(err):
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: fmt.Sprintf("Neo4j at %s is unavailable", s.uri), Err: err}
	default:
		return &graph.Error{Code: graph.EINTERNAL, Message: "database error", Err: err}
	}
}

// read runs one statement in a read transaction and decodes the value of
// the first column of each record into a T, through JSON: the Cypher map
// projections' keys match the domain types' field names.
func read[T any](ctx context.Context, s *Store, q string, params map[string]any) ([]T, error) {
	res, err := driver.ExecuteQuery(ctx, s.driver, q, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(s.db), driver.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, s.wrap(err)
	}
	out := make([]T, 0, len(res.Records))
	for _, r := range res.Records {
		var v T
		if err := decode(r.Values[0], &v); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, v)
	}
	return out, nil
}

func decode(v any, into any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, into)
}
