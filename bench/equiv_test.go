package bench_test

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/bench/gen"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

// tiny is a corpus small enough for the normal test suite.
var tiny = gen.Preset{Name: "tiny", Countries: 30, Organisations: 20, Persons: 200, Initiatives: 10, Meetings: 60, DoubleReports: 8}

// TestMixEquivalence checks, on a tiny corpus, that our API answers every
// case of the benchmark's mix as the hand-written Cypher does, and costs
// one Cypher statement per request. (The benchmark itself also checks
// @neo4j/graphql, which needs Node.js: scripts/bench.)
func TestMixEquivalence(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	cfg := neo4jtest.Config(t)
	dir := t.TempDir()
	if _, err := gen.WriteDir(tiny, 1, dir); err != nil {
		t.Fatal(err)
	}
	paths, err := bench.Files(filepath.Join(dir, "truth"), ".json", 0)
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Extractor: extract.New(nil), Writer: s}
	if sum, err := l.Load(ctx, paths); err != nil || len(sum.Refusals) > 0 {
		t.Fatalf("load: %v %v", err, sum.Refusals)
	}
	h := server.New(&resolvers.Resolver{Queries: s, Curator: s, Writer: s, Extractor: extract.New(nil), Events: resolvers.NewBroker()},
		server.Options{RateLimit: -1, MaxComplexity: -1, MaxDepth: -1})
	srv := httptest.NewServer(h)
	defer srv.Close()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	picked, err := bench.Pick(ctx, d, cfg.Database)
	if err != nil {
		t.Fatal(err)
	}
	clients := map[string]bench.Client{
		bench.Ours:  bench.NewGraphQL(bench.Ours, srv.URL+"/graphql"),
		bench.Floor: &bench.FloorClient{Driver: d, DB: cfg.Database},
	}
	diffs, n, err := bench.Check(ctx, clients, picked)
	if err != nil {
		t.Fatal(err)
	}
	for _, df := range diffs {
		t.Errorf("%s %v: %s\n floor: %.500s\n ours:  %.500s", df.Query, df.Case, df.Err, df.Floor, df.Got)
	}
	if n == 0 {
		t.Fatal("no case compared")
	}
	for _, q := range bench.Mix {
		before := s.StatementsRun()
		for _, c := range q.Cases(picked) {
			if err := clients[bench.Ours].Hit(ctx, q, c); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := s.StatementsRun()-before, int64(len(q.Cases(picked))); got != want {
			t.Errorf("%s: %d statements for %d requests, want one each", q.Name, got, want)
		}
	}
}
