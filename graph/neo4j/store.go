// Package neo4j implements the graph services on Neo4j through the official
// Go driver. All of the project's Cypher lives in this package; every
// statement is a constant string with parameters.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/actorgraph/actorgraph/graph"
)

// Config says how to reach Neo4j. URI may be a direct bolt:// (or
// bolt+s://) address or a routing neo4j:// (or neo4j+s://) address of a
// cluster or of Aura; with a routing address, reads go to readers and
// writes to the leader.
type Config struct {
	URI      string
	Username string
	Password string
	Database string
	// RetryTime bounds the driver's retries of a transaction on transient
	// errors (a leader switch, Neo4j restarting); the driver's 30 s when 0.
	// A server wants it short, so that requests fail fast with UNAVAILABLE
	// while Neo4j is away; a batch load can afford the default.
	RetryTime time.Duration
	// ConnectTimeout bounds opening one connection; the driver's 5 s when 0.
	ConnectTimeout time.Duration
	// AcquireTimeout bounds the wait for a pooled connection; the driver's
	// 60 s when 0.
	AcquireTimeout time.Duration
	// FailFast, once a transaction has found Neo4j unavailable, fails the
	// next ones at once with EUNAVAILABLE (instead of each waiting for the
	// driver's retries) while a background probe checks, four times a
	// second, whether Neo4j answers again; when it does, transactions run
	// again. For a server; a batch load wants the retries instead.
	FailFast bool
}

// Observer is told about each statement the store runs and each document
// it writes (for metrics). Its methods must be safe for concurrent use.
type Observer interface {
	// ObserveQuery reports one transaction: "read" or "write", its
	// operation (the root field, or "writeDocument", ...), how long it took
	// and the application error it ended with (nil on success).
	ObserveQuery(kind, op string, d time.Duration, err error)
	// ObserveWrite reports a document written by WriteExtraction.
	ObserveWrite(r graph.WriteResult, err error)
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
	observer   Observer

	failFast bool
	down     atomic.Bool // Neo4j was found unavailable and has not answered since
	probing  atomic.Bool
	closed   chan struct{}
}

var (
	_ graph.DocumentWriter = (*Store)(nil)
	_ graph.QueryService   = (*Store)(nil)
)

// Open connects to Neo4j, checks that it answers, and creates the schema
// (constraints and indexes) where missing. Returns EUNAVAILABLE when Neo4j
// cannot be reached.
func Open(ctx context.Context, c Config) (*Store, error) {
	d, err := driver.NewDriverWithContext(c.URI, driver.BasicAuth(c.Username, c.Password, ""), func(dc *config.Config) {
		if c.RetryTime > 0 {
			dc.MaxTransactionRetryTime = c.RetryTime
		}
		if c.ConnectTimeout > 0 {
			dc.SocketConnectTimeout = c.ConnectTimeout
		}
		if c.AcquireTimeout > 0 {
			dc.ConnectionAcquisitionTimeout = c.AcquireTimeout
		}
	})
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Message: fmt.Sprintf("invalid Neo4j URI %q", c.URI), Err: err}
	}
	s := &Store{driver: d, db: c.Database, uri: c.URI, failFast: c.FailFast, closed: make(chan struct{})}
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

// SetObserver has o told about every transaction and written document;
// call it before the store is used.
func (s *Store) SetObserver(o Observer) { s.observer = o }

// URI is the address the store was opened with.
func (s *Store) URI() string { return s.uri }

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error {
	select {
	case <-s.closed:
	default:
		close(s.closed)
	}
	return s.driver.Close(ctx)
}

// errAway is the cause of the errors of transactions not tried because
// Neo4j is known to be away (FailFast).
var errAway = errors.New("Neo4j was found unavailable and has not answered since")

// available fails at once while Neo4j is known to be away (FailFast).
func (s *Store) available() error {
	if s.failFast && s.down.Load() {
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "the database is unavailable, try again later", Err: errAway}
	}
	return nil
}

// noteFailure, for an error that says Neo4j is unavailable, marks it away
// and starts the probe that clears the mark when Neo4j answers again.
func (s *Store) noteFailure(err error) {
	if !s.failFast || graph.ErrorCode(err) != graph.EUNAVAILABLE || errors.Is(err, errAway) {
		return
	}
	if !s.probing.CompareAndSwap(false, true) {
		return
	}
	s.down.Store(true)
	go func() {
		defer s.probing.Store(false)
		for {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			err := s.driver.VerifyConnectivity(ctx)
			cancel()
			if err == nil {
				s.down.Store(false)
				return
			}
			select {
			case <-s.closed:
				return
			case <-time.After(250 * time.Millisecond):
			}
		}
	}()
}

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
	res, err := driver.ExecuteQuery(ctx, s.driver, syncFulltext, map[string]any{"names": fulltextIndexes},
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return s.wrap(err)
	}
	stale, err := driver.ExecuteQuery(ctx, s.driver, staleRangeIndexes, map[string]any{"want": wantedRangeIndexes()},
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return s.wrap(err)
	}
	for _, rec := range append(res.Records, stale.Records...) {
		// An index name is one of ours, never input: DROP INDEX takes no
		// parameter for it.
		// IF EXISTS: another process opening the store may have dropped
		// it first.
		if _, err := driver.ExecuteQuery(ctx, s.driver, "DROP INDEX "+rec.Values[0].(string)+" IF EXISTS", nil,
			driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(s.db)); err != nil {
			return s.wrap(err)
		}
	}
	for _, q := range schemaStatements {
		if _, err := driver.ExecuteQuery(ctx, s.driver, q, nil, driver.EagerResultTransformer,
			driver.ExecuteQueryWithDatabase(s.db)); err != nil {
			return s.wrap(err)
		}
	}
	// Wait for the indexes to come online before the first write relies on
	// them, so that MERGE never races a constraint being built.
	_, err = driver.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil,
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(s.db))
	return s.wrap(err)
}

// RefreshIndexes implements graph.IndexRefresher: the full-text indexes
// that Search reads follow writes in the background.
func (s *Store) RefreshIndexes(ctx context.Context) error {
	_, err := driver.ExecuteQuery(ctx, s.driver, refreshIndexes, nil, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(s.db))
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
	var ne *driver.Neo4jError
	isNeo := errors.As(err, &ne)
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled),
		isNeo && strings.Contains(ne.Code, "TransactionTimedOut"),
		isNeo && ne.Code == "Neo.TransientError.Transaction.Terminated" && strings.Contains(ne.Msg, "timeout"):
		return &graph.Error{Code: graph.ETIMEOUT, Message: "the query took too long", Err: err}
	case driver.IsConnectivityError(err), driver.IsRetryable(err), isUsageTimeout(err),
		isNeo && strings.HasPrefix(ne.Code, "Neo.TransientError."),
		isNeo && strings.HasPrefix(ne.Code, "Neo.ClientError.Cluster."):
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "the database is unavailable, try again later", Err: err}
	default:
		return &graph.Error{Code: graph.EINTERNAL, Message: "internal error", Err: err}
	}
}

// wrapCtx is wrap for an error of a call made with ctx: when ctx is done,
// the driver reports it in many ways (a connectivity error among them), and
// the cause is the deadline.
func (s *Store) wrapCtx(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if cerr := ctx.Err(); cerr != nil && graph.ErrorCode(err) != graph.EINVALID {
		return &graph.Error{Code: graph.ETIMEOUT, Message: "the query took too long", Err: err}
	}
	return s.wrap(err)
}

// isUsageTimeout tells the driver's errors for a pool that could not give
// a connection in time (Neo4j gone, or saturated).
func isUsageTimeout(err error) bool {
	var ce *driver.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var te *driver.TransactionExecutionLimit
	return errors.As(err, &te)
}

// txConfig bounds a transaction by the context's deadline on the server
// too: Neo4j terminates it when the request's time is up, instead of
// running on after the client has been answered TIMEOUT.
func txConfig(ctx context.Context) []func(*driver.TransactionConfig) {
	dl, ok := ctx.Deadline()
	if !ok {
		return nil
	}
	left := time.Until(dl)
	if left < time.Millisecond {
		left = time.Millisecond
	}
	// Neo4j counts whole milliseconds; round up so that it never ends a
	// transaction the client still waits for.
	return []func(*driver.TransactionConfig){driver.WithTxTimeout(left.Truncate(time.Millisecond) + time.Millisecond)}
}

// writeSession opens a session for a write transaction. It shares the
// bookmark manager of ExecuteQuery, which the reads use, so that a read
// after a write (a client reading what it has just ingested) waits for that
// write on whichever cluster member it runs.
func (s *Store) writeSession(ctx context.Context) driver.SessionWithContext {
	return s.driver.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: driver.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
}

// executeWrite runs work in a managed write transaction (retried by the
// driver on transient errors), bounded by ctx's deadline, and reports it
// to the observer as op.
func (s *Store) executeWrite(ctx context.Context, op string, work driver.ManagedTransactionWork) (any, error) {
	start := time.Now()
	if err := s.available(); err != nil {
		s.observe("write", op, start, err)
		return nil, err
	}
	session := s.writeSession(ctx)
	defer session.Close(ctx)
	out, err := session.ExecuteWrite(ctx, work, txConfig(ctx)...)
	err = s.wrapCtx(ctx, err)
	s.noteFailure(err)
	s.observe("write", op, start, err)
	return out, err
}

// executeRead runs one statement in a read transaction (on a reader of a
// cluster), bounded by ctx's deadline, and reports it as op.
func (s *Store) executeRead(ctx context.Context, op, q string, params map[string]any) (*driver.EagerResult, error) {
	start := time.Now()
	if err := s.available(); err != nil {
		s.observe("read", op, start, err)
		return nil, err
	}
	res, err := driver.ExecuteQuery(ctx, s.driver, q, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(s.db), driver.ExecuteQueryWithReadersRouting(),
		driver.ExecuteQueryWithTransactionConfig(txConfig(ctx)...))
	err = s.wrapCtx(ctx, err)
	s.noteFailure(err)
	s.observe("read", op, start, err)
	return res, err
}

func (s *Store) observeWrite(r graph.WriteResult, err error) {
	if s.observer != nil {
		s.observer.ObserveWrite(r, err)
	}
}

func (s *Store) observe(kind, op string, start time.Time, err error) {
	if s.observer != nil {
		s.observer.ObserveQuery(kind, op, time.Since(start), err)
	}
}
