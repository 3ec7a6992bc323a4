// Package neo4jtest gives integration tests a real Neo4j, never a mock.
//
// Where NEO4J_URI is set, that server is used. Otherwise, where a Docker
// engine answers, a container of the official image is started with
// testcontainers-go. Otherwise the project's own server is started with
// scripts/neo4j start (fetched through Maven on first use).
//
// Test packages run in parallel processes and Neo4j Community has one user
// database, so Open takes a lock across processes, held until the test
// binary exits, and empties the database before handing it over.
package neo4jtest

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/testcontainers/testcontainers-go"
	tcneo4j "github.com/testcontainers/testcontainers-go/modules/neo4j"

	store "github.com/actorgraph/actorgraph/graph/neo4j"
)

// Image is the Docker image used where a Docker engine answers; the same
// release line as scripts/neo4j pins.
const Image = "neo4j:5.26-community"

var (
	once    sync.Once
	config  store.Config
	onceErr error
	lock    *os.File
)

// Config returns the settings of a running Neo4j, starting one if needed.
func Config(tb testing.TB) store.Config {
	tb.Helper()
	once.Do(func() { config, onceErr = start() })
	if onceErr != nil {
		tb.Fatalf("no Neo4j for the integration tests: %v", onceErr)
	}
	return config
}

func start() (store.Config, error) {
	if os.Getenv("NEO4J_URI") != "" {
		return store.ConfigFromEnv(), nil
	}
	if dockerAnswers() {
		return startContainer()
	}
	return startLocal()
}

func dockerAnswers() bool {
	if os.Getenv("DOCKER_HOST") == "" {
		if _, err := os.Stat("/var/run/docker.sock"); err != nil {
			return false
		}
	}
	p, err := testcontainers.NewDockerProvider()
	if err != nil {
		return false
	}
	defer p.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return p.Health(ctx) == nil
}

func startContainer() (store.Config, error) {
	const password = "actorgraph-test"
	ctx := context.Background()
	c, err := tcneo4j.Run(ctx, Image, tcneo4j.WithAdminPassword(password))
	if err != nil {
		return store.Config{}, err
	}
	uri, err := c.BoltUrl(ctx)
	if err != nil {
		return store.Config{}, err
	}
	return store.Config{URI: uri, Username: "neo4j", Password: password, Database: "neo4j"}, nil
}

// startLocal runs scripts/neo4j start and reads scripts/neo4j env.
func startLocal() (store.Config, error) {
	script, err := findScript()
	if err != nil {
		return store.Config{}, err
	}
	start := exec.Command(script, "start")
	start.Stdout, start.Stderr = os.Stderr, os.Stderr
	if err := start.Run(); err != nil {
		return store.Config{}, err
	}
	out, err := exec.Command(script, "env").Output()
	if err != nil {
		return store.Config{}, err
	}
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		k, v, ok := strings.Cut(strings.TrimPrefix(sc.Text(), "export "), "=")
		if ok {
			env[k] = strings.Trim(v, `'"`)
		}
	}
	return store.Config{URI: env["NEO4J_URI"], Username: env["NEO4J_USERNAME"],
		Password: env["NEO4J_PASSWORD"], Database: env["NEO4J_DATABASE"]}, nil
}

// findScript walks up from the working directory to the repository root.
func findScript() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "scripts", "neo4j")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// Open returns a store on an empty database, for this test binary alone.
func Open(tb testing.TB) *store.Store {
	tb.Helper()
	c := Config(tb)
	acquire(tb)
	ctx := context.Background()
	Wipe(tb, c)
	s, err := store.Open(ctx, c)
	if err != nil {
		tb.Fatalf("open Neo4j: %v", err)
	}
	tb.Cleanup(func() { s.Close(ctx) })
	return s
}

// acquire takes the cross-process lock once per test binary; the kernel
// releases it when the process exits.
func acquire(tb testing.TB) {
	if lock != nil {
		return
	}
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "actorgraph-neo4j-tests.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		tb.Fatalf("lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		tb.Fatalf("lock: %v", err)
	}
	lock = f
}

// Wipe deletes every node and relationship (the schema stays).
func Wipe(tb testing.TB, c store.Config) {
	tb.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.Username, c.Password, ""))
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close(ctx)
	// CALL IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.Database})
	defer session.Close(ctx)
	res, err := session.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		tb.Fatalf("wipe Neo4j: %v", err)
	}
}

// Count runs a counting statement and returns its single integer.
func Count(tb testing.TB, c store.Config, query string, params map[string]any) int64 {
	tb.Helper()
	vs := Values(tb, c, query, params)
	if len(vs) != 1 {
		tb.Fatalf("%s: %d records, want 1", query, len(vs))
	}
	n, _ := vs[0].(int64)
	return n
}

// Values runs a statement and returns the first column of every record:
// tests read the graph with it to check what the code under test wrote.
func Values(tb testing.TB, c store.Config, query string, params map[string]any) []any {
	tb.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.Username, c.Password, ""))
	if err != nil {
		tb.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	out := make([]any, 0, len(res.Records))
	for _, r := range res.Records {
		out = append(out, r.Values[0])
	}
	return out
}

// Instance is a Neo4j server of a test's own, apart from the shared one:
// scripts/neo4j run with its own home (in a temporary folder) and its own
// port, which the test may stop and start again. The shared server is
// never touched.
type Instance struct {
	Config store.Config
	script string
	env    []string
}

// StartOwn starts a Neo4j server of the test's own and stops it when the
// test ends. It needs what scripts/neo4j needs (Java 17; the jars, which
// the shared server's first start fetched).
func StartOwn(tb testing.TB) *Instance {
	tb.Helper()
	script, err := findScript()
	if err != nil {
		tb.Fatalf("scripts/neo4j: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "ACTORGRAPH_NEO4J_") {
			env = append(env, kv)
		}
	}
	env = append(env, "ACTORGRAPH_NEO4J_HOME="+tb.TempDir(), "ACTORGRAPH_NEO4J_PORT="+strconv.Itoa(port),
		"ACTORGRAPH_NEO4J_HEAP=512m", "ACTORGRAPH_NEO4J_PAGECACHE=128m")
	in := &Instance{script: script, env: env}
	tb.Cleanup(func() { in.run(tb, "stop") })
	in.Start(tb)
	out := in.run(tb, "env")
	vars := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		k, v, ok := strings.Cut(strings.TrimPrefix(sc.Text(), "export "), "=")
		if ok {
			vars[k] = strings.Trim(v, `'"`)
		}
	}
	in.Config = store.Config{URI: vars["NEO4J_URI"], Username: vars["NEO4J_USERNAME"],
		Password: vars["NEO4J_PASSWORD"], Database: vars["NEO4J_DATABASE"]}
	return in
}

// Start starts the server (again) and waits until Bolt answers.
func (in *Instance) Start(tb testing.TB) {
	tb.Helper()
	in.run(tb, "start")
}

// Stop stops the server (SIGTERM, as an operator would).
func (in *Instance) Stop(tb testing.TB) {
	tb.Helper()
	in.run(tb, "stop")
}

func (in *Instance) run(tb testing.TB, verb string) []byte {
	tb.Helper()
	cmd := exec.Command(in.script, verb)
	cmd.Env = in.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("scripts/neo4j %s: %v\n%s", verb, err, stderr.Bytes())
	}
	return out
}
