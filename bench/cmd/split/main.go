// Command split separates, for each query of the benchmark's mix, the cost
// of our compiled Cypher from the cost of the server around it. On the
// Neo4j named by NEO4J_URI (loaded with a corpus), it times, one request at
// a time and cycling over the mix's cases:
//
//   - floor:  the hand-written statement (bench/queries) through the driver;
//
//   - cypher: our compiled statement, same parameters, through the driver;
//
//   - store:  the store's Query (compile, run, decode into the Go types);
//
//   - deadline: the same under a deadline, as the server runs it;
//
//   - handler: the whole HTTP handler in process (gqlgen, JSON, logging);
//
//   - http:   the same handler over a loopback connection;
//
//   - alone:  the handler over canned answers (each case's first answer
//     from the store, kept): the server's cost without Neo4j;
//
// and prints their p50s and, with -profile, the database hits of the floor
// and of our statement (PROFILE). With -cpuprofile it writes a CPU profile
// of the handler over canned answers.
//
//	eval "$(scripts/neo4j env)"; go run ./bench/cmd/split -n 300 -profile
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/graph"
	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

// recorder is a QueryService that remembers the last root selection.
type recorder struct {
	graph.QueryService
	mu   sync.Mutex
	last *graph.Selection
}

func (r *recorder) Query(ctx context.Context, root *graph.Selection, into any) error {
	r.mu.Lock()
	r.last = root
	r.mu.Unlock()
	return r.QueryService.Query(ctx, root, into)
}

// canned is a QueryService that answers each distinct root selection
// with what the store answered it the first time: the handler around it
// then costs what the server adds to a statement, without Neo4j.
type canned struct {
	graph.QueryService
	mu   sync.Mutex
	seen map[string]any
}

func (c *canned) Query(ctx context.Context, root *graph.Selection, into any) error {
	raw, ok := into.(*graph.Raw)
	if !ok {
		return c.QueryService.Query(ctx, root, into)
	}
	key := shape(root)
	c.mu.Lock()
	v, hit := c.seen[key]
	c.mu.Unlock()
	if hit {
		raw.Value = v
		return nil
	}
	if err := c.QueryService.Query(ctx, root, raw); err != nil {
		return err
	}
	c.mu.Lock()
	c.seen[key] = raw.Value
	c.mu.Unlock()
	return nil
}

// shape writes a selection out: its fields, arguments and children.
func shape(s *graph.Selection) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%s%v{", s.Name, s.OnType, s.Args)
	for _, c := range s.Children {
		b.WriteString(shape(c))
	}
	b.WriteString("}")
	return b.String()
}

func main() {
	n := flag.Int("n", 200, "requests per query and stage")
	only := flag.String("q", "", "only these queries (comma-separated)")
	profile := flag.Bool("profile", false, "print the database hits of the floor's and our statements (PROFILE)")
	show := flag.Bool("show", false, "print our compiled statements")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the handler over canned answers to this file")
	try := flag.String("try", "", "time this statement (a file) instead, with -params, against the floor of -q")
	tryParams := flag.String("params", "{}", "parameters of -try (JSON)")
	flag.Parse()
	ctx := context.Background()
	cfg := store.ConfigFromEnv()
	s, err := store.Open(ctx, cfg)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close(ctx)
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close(ctx)
	picked, err := bench.Pick(ctx, d, cfg.Database)
	if err != nil {
		log.Fatal(err)
	}
	if *try != "" {
		tryStatement(ctx, d, cfg.Database, picked, *only, *try, *tryParams, *n)
		return
	}
	rec := &recorder{QueryService: s}
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	h := server.New(&resolvers.Resolver{Queries: rec, Events: resolvers.NewBroker()},
		server.Options{RateLimit: -1, MaxComplexity: -1, MaxDepth: -1, Logger: logger})
	srv := httptest.NewServer(h)
	defer srv.Close()

	// The same server over canned answers: what the server costs alone.
	alone := server.New(&resolvers.Resolver{Queries: &canned{QueryService: s, seen: map[string]any{}}, Events: resolvers.NewBroker()},
		server.Options{RateLimit: -1, MaxComplexity: -1, MaxDepth: -1, Logger: logger})
	client := bench.NewGraphQL(bench.Ours, srv.URL+"/graphql")
	floor := &bench.FloorClient{Driver: d, DB: cfg.Database}

	fmt.Printf("%-14s %9s %9s %9s %9s %9s %9s %9s   %s\n", "query", "floor", "cypher", "store", "deadline", "handler", "http", "alone", "ours cypher/floor, server share of http")
	var handlerRuns []func()
	for _, q := range bench.Mix {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), q.Name) {
			continue
		}
		cases := q.Cases(picked)
		// Our statement for each case, as the server compiles it.
		type compiled struct {
			root   *graph.Selection
			text   string
			params map[string]any
			body   []byte
		}
		var cs []compiled
		for _, vars := range cases {
			if err := client.Hit(ctx, q, vars); err != nil {
				log.Fatalf("%s: %v", q.Name, err)
			}
			root := rec.last
			text, params, err := store.Compile(root)
			if err != nil {
				log.Fatal(err)
			}
			body, _ := json.Marshal(map[string]any{"query": q.Ours, "variables": vars})
			cs = append(cs, compiled{root, text, params, body})
		}
		if *show {
			fmt.Printf("-- %s\n%s\n", q.Name, cs[0].text)
		}
		serve := func(h http.Handler, i int) error {
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(cs[i%len(cs)].body))
			req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != 200 || bytes.Contains(w.Body.Bytes(), []byte(`"errors":`)) {
				return fmt.Errorf("%d %.300s", w.Code, w.Body.String())
			}
			return nil
		}
		// The stages take turns, request by request, so that the machine's
		// drift over the run weighs on each alike.
		stages := []func(i int) error{
			func(i int) error { return floor.Hit(ctx, q, cases[i%len(cases)]) },
			func(i int) error {
				c := cs[i%len(cs)]
				_, err := neo4j.ExecuteQuery(ctx, d, c.text, c.params, neo4j.EagerResultTransformer,
					neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
				return err
			},
			func(i int) error {
				root := cs[i%len(cs)].root
				return s.Query(ctx, root, into(root.Name))
			},
			func(i int) error {
				// As the server runs it: under the request's deadline.
				dctx, cancel := context.WithTimeout(ctx, server.DefaultTimeout)
				defer cancel()
				root := cs[i%len(cs)].root
				return s.Query(dctx, root, into(root.Name))
			},
			func(i int) error { return serve(h, i) },
			func(i int) error { return client.Hit(ctx, q, cases[i%len(cases)]) },
			func(i int) error { return serve(alone, i) },
		}
		times := make([][]time.Duration, len(stages))
		for i := range *n + min(20, *n) {
			for k, f := range stages {
				t := time.Now()
				if err := f(i); err != nil {
					log.Fatalf("%s: %v", q.Name, err)
				}
				if i >= min(20, *n) { // after a warm-up
					times[k] = append(times[k], time.Since(t))
				}
			}
		}
		p50 := make([]time.Duration, len(stages))
		for k, ds := range times {
			slices.Sort(ds)
			p50[k] = ds[len(ds)/2]
		}
		fl, cy, ht := p50[0], p50[1], p50[5]
		handlerRuns = append(handlerRuns, func() {
			for i := range *n {
				serve(alone, i)
			}
		})
		fmt.Printf("%-14s", q.Name)
		for _, d := range p50 {
			fmt.Printf(" %9s", r(d))
		}
		fmt.Printf("   %.2fx, %.0f%%\n", float64(cy)/float64(fl), 100*float64(ht-cy)/float64(ht))
		if *profile {
			params := maps.Clone(cases[0])
			maps.Copy(params, q.FloorExtra)
			fh := dbHits(ctx, d, cfg.Database, bench.FloorCypher(q.Name), params)
			oh := dbHits(ctx, d, cfg.Database, cs[0].text, cs[0].params)
			fmt.Printf("%-14s db hits, first case: floor %d, ours %d\n", "", fh, oh)
		}
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			log.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		for range 3 {
			for _, r := range handlerRuns {
				r()
			}
		}
		pprof.StopCPUProfile()
		f.Close()
	}
}

// into returns what the resolver of a root field of the mix decodes into.
func into(root string) any {
	switch root {
	case "persons":
		return new(*graph.PersonConnection)
	case "person":
		return new(*graph.Person)
	case "meetings":
		return new(*graph.MeetingConnection)
	case "neighbourhood":
		return new(*graph.Subgraph)
	case "path":
		return new([]*graph.Path)
	case "stats":
		return new(*graph.Stats)
	}
	return new(any)
}

func r(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/1e6) }

// dbHits runs a statement under PROFILE and sums the database hits of its plan.
func dbHits(ctx context.Context, d neo4j.DriverWithContext, db, q string, params map[string]any) int64 {
	res, err := neo4j.ExecuteQuery(ctx, d, "PROFILE "+q, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		log.Printf("profile: %v", err)
		return -1
	}
	var sum func(p neo4j.ProfiledPlan) int64
	sum = func(p neo4j.ProfiledPlan) int64 {
		n := p.DbHits()
		for _, c := range p.Children() {
			n += sum(c)
		}
		return n
	}
	if p := res.Summary.Profile(); p != nil {
		return sum(p)
	}
	return -1
}

// tryStatement times a statement of one's own, over the cases of a query
// of the mix (its parameters plus extra), against that query's floor.
func tryStatement(ctx context.Context, d neo4j.DriverWithContext, db string, picked bench.Picked, name, file, extra string, n int) {
	q := bench.QueryByName(name)
	if q == nil {
		log.Fatalf("-q must name one query of the mix")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	var more map[string]any
	if err := json.Unmarshal([]byte(extra), &more); err != nil {
		log.Fatal(err)
	}
	for k, v := range more {
		if f, ok := v.(float64); ok {
			more[k] = int64(f)
		}
	}
	cases := q.Cases(picked)
	time1 := func(text string, extra map[string]any) (time.Duration, int64, any) {
		var ds []time.Duration
		var first any
		for i := range n + 10 {
			params := maps.Clone(cases[i%len(cases)])
			maps.Copy(params, extra)
			t := time.Now()
			res, err := neo4j.ExecuteQuery(ctx, d, text, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
			if err != nil {
				log.Fatal(err)
			}
			if i >= 10 {
				ds = append(ds, time.Since(t))
			}
			if i == 0 && len(res.Records) > 0 {
				first = res.Records[0].Values[0]
			}
		}
		slices.Sort(ds)
		params := maps.Clone(cases[0])
		maps.Copy(params, extra)
		return ds[len(ds)/2], dbHits(ctx, d, db, text, params), first
	}
	ft, fh, fv := time1(bench.FloorCypher(name), q.FloorExtra)
	tt, th, tv := time1(string(b), more)
	fmt.Printf("floor p50 %s, %d db hits\ntry   p50 %s, %d db hits\n", r(ft), fh, r(tt), th)
	fj, _ := json.Marshal(fv)
	tj, _ := json.Marshal(tv)
	fmt.Printf("floor: %.400s\ntry:   %.400s\n", fj, tj)
}
