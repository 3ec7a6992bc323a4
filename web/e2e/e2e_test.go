// Package e2e runs the browser tests of the playground and the explorer:
// a real headless Chromium (Debian's chromium package), driven by
// playwright-core from web/node_modules, against the server on a real
// listener on 127.0.0.1, with the seed and the API fixture loaded into an
// empty Neo4j. The tests themselves are the *.test.mjs files here, run
// with `node --test`; this Go test only provides the server and the data.
//
// Without Chromium, Node or the built pages the test is skipped, unless
// ACTORGRAPH_BROWSER_TESTS=1 (set by scripts/test), when it fails instead.
// Screenshots are written to web/e2e/output/ (git-ignored).
package e2e

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/web"
)

// fixture lists the seed (read through the extractor) and the API tests'
// documents (our JSON format).
func fixture(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"../../examples/documents/*.txt", "../../testdata/api/*.json"} {
		m, err := filepath.Glob(filepath.FromSlash(pattern))
		if err != nil || len(m) == 0 {
			t.Fatalf("fixture %s: no files (%v)", pattern, err)
		}
		files = append(files, m...)
	}
	return files
}

// chromium is Debian's package; ACTORGRAPH_CHROMIUM names another binary.
func chromium() string {
	if p := os.Getenv("ACTORGRAPH_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// need skips the test for a missing prerequisite, or fails it where the
// browser tests are required.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("ACTORGRAPH_BROWSER_TESTS") == "1" {
		t.Fatalf("browser tests: %s (ACTORGRAPH_BROWSER_TESTS=1)", what)
	}
	t.Skipf("browser tests skipped: %s", what)
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	_, err := os.Stat(chromium())
	need(t, err == nil, chromium()+" not found: apt-get install -y chromium (scripts/test does it as root)")
	node, err := exec.LookPath("node")
	need(t, err == nil, "node not found: install Node.js 18 or later")
	_, err = os.Stat(filepath.Join("..", "node_modules", "playwright-core", "package.json"))
	need(t, err == nil, "web/node_modules/playwright-core missing: run scripts/build-web (npm ci)")
	need(t, web.Built() && web.ExplorerBuilt(), "the pages are not embedded: run scripts/build-web before go test")

	s := neo4jtest.Open(t)
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(g)
	l := &loader.Loader{Extractor: x, Writer: s}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	files := fixture(t)
	if sum, err := l.Load(ctx, files); err != nil || sum.Loaded != len(files) {
		t.Fatalf("load fixture: %+v %v", sum, err)
	}

	// Only 127.0.0.1: the tests check that no request goes anywhere else.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &resolvers.Resolver{Queries: s, Curator: s, Writer: s, Extractor: x, Events: resolvers.NewBroker()}
	srv := &http.Server{Handler: server.New(r, server.Options{RateLimit: -1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	out, err := filepath.Abs("output")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	tests, _ := filepath.Glob("*.test.mjs")
	args := append([]string{"--test", "--test-reporter=spec", "--test-concurrency=1"}, tests...)
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Env = append(os.Environ(),
		"BASE_URL=http://"+ln.Addr().String(),
		"SCREENSHOTS="+out,
		"CHROMIUM="+chromium(),
	)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	start := time.Now()
	err = cmd.Run()
	t.Logf("node --test %s (%s):\n%s", strings.Join(tests, " "), time.Since(start).Round(time.Millisecond), buf.String())
	if err != nil {
		t.Fatalf("browser tests failed (%v); screenshots in %s", err, out)
	}
}
