package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

// quiet is the logger of the tests that do not read the logs.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// syncBuffer is a log sink that tests read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serveWith serves the API over the fixture's store with opts, logging
// into the returned buffer (JSON lines).
func serveWith(t *testing.T, a *api, opts server.Options) (*api, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	opts.Logger = slog.New(slog.NewJSONHandler(logs, nil))
	if opts.Token == "" {
		opts.Token = token
	}
	r := &resolvers.Resolver{Queries: a.store, Curator: a.store, Writer: a.store, Extractor: a.loader.Extractor, Events: resolvers.NewBroker()}
	srv := httptest.NewServer(server.New(r, opts))
	t.Cleanup(srv.Close)
	return &api{Server: srv, store: a.store, loader: a.loader}, logs
}

// raw posts a body and returns the status, the headers and the decoded
// response.
func (a *api) raw(t *testing.T, body []byte, header map[string]string) (int, http.Header, response) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, a.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
	return resp.StatusCode, resp.Header, r
}

func queryBody(q string) []byte {
	b, _ := json.Marshal(map[string]any{"query": q})
	return b
}

func code(r response) string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// TestLimits: queries too deep or too costly, bodies too large and
// clients too fast are refused with a code, before Neo4j is asked.
func TestLimits(t *testing.T) {
	a := newAPI(t)
	b, _ := serveWith(t, a, server.Options{RateLimit: -1})

	deep := `{ person(id: "person:sergey-lavrov") { meetings { nodes { attendees { person { meetings { nodes { attendees { person { meetings { nodes { attendees { person { name } } } } } } } } } } } } } }`
	before := a.store.StatementsRun()
	if _, _, r := b.raw(t, queryBody(deep), nil); code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "levels deep") {
		t.Errorf("a query 14 levels deep: %+v", r.Errors)
	}
	costly := `{ meetings(first: 100) { nodes { attendees { person { meetings(first: 100) { nodes { id date } } } } } } }`
	if _, _, r := b.raw(t, queryBody(costly), nil); code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "cost") {
		t.Errorf("a query costing 100×10×100: %+v", r.Errors)
	}
	if n := a.store.StatementsRun() - before; n != 0 {
		t.Errorf("refused queries ran %d statements", n)
	}
	// The same shapes with small pages pass.
	if _, _, r := b.raw(t, queryBody(`{ meetings(first: 5) { nodes { attendees { person { meetings(first: 5) { nodes { id date } } } } } } }`), nil); len(r.Errors) > 0 {
		t.Errorf("a cheap query: %+v", r.Errors)
	}

	big := bytes.Repeat([]byte(" "), server.DefaultMaxBodyBytes+1)
	copy(big, `{"query": "{ stats { counts { kind } } }"}`)
	if status, _, r := b.raw(t, big, nil); status != http.StatusRequestEntityTooLarge || code(r) != "BAD_USER_INPUT" {
		t.Errorf("a body of %d bytes: %d %+v", len(big), status, r.Errors)
	}

	c, _ := serveWith(t, a, server.Options{RateLimit: 1, RateBurst: 3})
	var limited int
	for i := 0; i < 5; i++ {
		status, h, r := c.raw(t, queryBody(`{ stats { counts { kind } } }`), nil)
		if status == http.StatusTooManyRequests {
			limited++
			if code(r) != server.CodeRateLimited || h.Get("Retry-After") == "" {
				t.Errorf("a refused request: %v %+v", h, r.Errors)
			}
		}
	}
	if limited != 2 {
		t.Errorf("%d of 5 requests at once refused with a burst of 3, want 2", limited)
	}
}

// TestIntrospectionSwitch: introspection answers by default and not when
// switched off.
func TestIntrospectionSwitch(t *testing.T) {
	a := newAPI(t)
	q := queryBody(`{ __schema { queryType { name } } }`)
	on, _ := serveWith(t, a, server.Options{})
	if _, _, r := on.raw(t, q, nil); len(r.Errors) > 0 {
		t.Errorf("introspection on: %+v", r.Errors)
	}
	off, _ := serveWith(t, a, server.Options{NoIntrospection: true})
	if _, _, r := off.raw(t, q, nil); len(r.Errors) == 0 {
		t.Errorf("introspection off answered: %s", r.Data)
	}
}

// failing is a query service whose every answer is a database failure
// carrying driver text and Cypher, which must never reach a client.
type failing struct{ err error }

func (f failing) Query(context.Context, *graph.Selection, any) error { return f.err }

// TestInternalErrorsCarryARequestID: an internal error shows "internal
// error", its code and the request's id (also in X-Request-Id); the log
// has the cause under the same id; no driver text, Cypher or stack reaches
// the client, and the token is never logged.
func TestInternalErrorsCarryARequestID(t *testing.T) {
	secret := errors.New(`Neo.DatabaseError.General.UnknownError: MATCH (n:Person) RETURN n goroutine 1 [running]`)
	cases := map[string]error{
		"INTERNAL":    &graph.Error{Code: graph.EINTERNAL, Message: "internal error", Err: secret},
		"UNAVAILABLE": &graph.Error{Code: graph.EUNAVAILABLE, Message: "the database is unavailable, try again later", Err: secret},
		"TIMEOUT":     context.DeadlineExceeded,
	}
	for want, err := range cases {
		logs := &syncBuffer{}
		r := &resolvers.Resolver{Queries: failing{err}}
		srv := httptest.NewServer(server.New(r, server.Options{Token: token, Logger: slog.New(slog.NewJSONHandler(logs, nil))}))
		a := &api{Server: srv}
		_, h, resp := a.raw(t, queryBody(`{ stats { counts { kind } } }`), map[string]string{"Authorization": "Bearer " + token})
		srv.Close()
		id := h.Get("X-Request-Id")
		if code(resp) != want || id == "" || resp.Errors[0].Extensions["requestId"] != id {
			t.Errorf("%s: X-Request-Id %q, errors %+v", want, id, resp.Errors)
			continue
		}
		for _, leak := range []string{"Neo.", "MATCH", "goroutine"} {
			if strings.Contains(resp.Errors[0].Message, leak) {
				t.Errorf("%s: the client sees %q", want, resp.Errors[0].Message)
			}
		}
		log := logs.String()
		if want != "TIMEOUT" && !strings.Contains(log, `"requestId":"`+id+`"`) || !strings.Contains(log, "MATCH (n:Person)") && want != "TIMEOUT" {
			t.Errorf("%s: the log lacks the cause under the request's id:\n%s", want, log)
		}
		if strings.Contains(log, token) {
			t.Errorf("the token is in the log:\n%s", log)
		}
	}
}

// TestTokenNeverLogged: requests with the right and a wrong token leave
// neither in the logs, whose every request line has the request's id.
func TestTokenNeverLogged(t *testing.T) {
	a := newAPI(t)
	b, logs := serveWith(t, a, server.Options{})
	m := `mutation { deleteDocument(id: "document:nothing") { deleted } }`
	for _, auth := range []string{token, "wrong-secret-token"} {
		_, h, r := b.raw(t, queryBody(m), map[string]string{"Authorization": "Bearer " + auth, "X-Request-Id": "client-chosen-id-1"})
		if h.Get("X-Request-Id") != "client-chosen-id-1" {
			t.Errorf("X-Request-Id %q, want the client's", h.Get("X-Request-Id"))
		}
		if auth != token && code(r) != "UNAUTHENTICATED" {
			t.Errorf("a wrong token: %+v", r.Errors)
		}
	}
	log := logs.String()
	for _, secret := range []string{token, "wrong-secret-token"} {
		if strings.Contains(log, secret) {
			t.Errorf("%q is in the log:\n%s", secret, log)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(log), "\n") {
		if strings.Contains(line, `"msg":"request"`) && !strings.Contains(line, `"requestId":"client-chosen-id-1"`) {
			t.Errorf("a request line without the id: %s", line)
		}
	}
}

// TestHealthReadyMetrics: /healthz, /readyz (503 while the store does not
// answer) and /metrics with request, Neo4j and document figures.
func TestHealthReadyMetrics(t *testing.T) {
	a := newAPI(t)
	m := server.NewMetrics()
	a.store.SetObserver(m)
	t.Cleanup(func() { a.store.SetObserver(nil) })
	b, _ := serveWith(t, a, server.Options{Ready: a.store.Ping, Metrics: m})
	down, _ := serveWith(t, a, server.Options{Ready: func(context.Context) error {
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "down"}
	}})
	get := func(url string) (int, string) {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	for url, want := range map[string]int{b.URL + "/healthz": 200, b.URL + "/readyz": 200, down.URL + "/readyz": 503, down.URL + "/healthz": 200} {
		if got, body := get(url); got != want {
			t.Errorf("%s: %d %s, want %d", url, got, body, want)
		}
	}
	b.raw(t, queryBody(`query Dashboard { stats { counts { kind count } } }`), nil)
	b.raw(t, queryBody(`mutation Ingest { ingestDocument(input: {text: "On 3 March 2023 in Astana, Foreign Minister Wang Yi met Kazakh Foreign Minister Murat Nurtleu."}) { created } }`),
		map[string]string{"Authorization": "Bearer " + token})
	_, metrics := get(b.URL + "/metrics")
	for _, want := range []string{
		`actorgraph_graphql_requests_total{code="ok",operation="Dashboard"} 1`,
		`actorgraph_graphql_request_duration_seconds_count{operation="Dashboard"} 1`,
		`actorgraph_neo4j_transaction_duration_seconds_count{kind="read",operation="stats"} 1`,
		`actorgraph_neo4j_transaction_duration_seconds_count{kind="write",operation="writeDocument"} 1`,
		`actorgraph_documents_total{result="loaded"} 1`,
		`actorgraph_http_requests_total{route="POST /graphql",status="200"} 2`,
		`go_goroutines`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// TestTimeoutIsACode: a request whose time is up gets TIMEOUT, and the
// store's transaction ends with it.
func TestTimeoutIsACode(t *testing.T) {
	a := newAPI(t)
	b, _ := serveWith(t, a, server.Options{Timeout: time.Nanosecond, RateLimit: -1})
	status, _, r := b.raw(t, queryBody(`{ stats { counts { kind count } } }`), nil)
	if code(r) != "TIMEOUT" {
		t.Errorf("a request with no time: %d %+v", status, r.Errors)
	}
	// By GET too (gqlgen's transport wrote "null").
	res, err := http.Get(b.URL + "/graphql?query=" + url.QueryEscape(`{ stats { counts { kind count } } }`))
	if err != nil {
		t.Fatal(err)
	}
	var g response
	err = json.NewDecoder(res.Body).Decode(&g)
	res.Body.Close()
	if err != nil || code(g) != "TIMEOUT" {
		t.Errorf("a GET request with no time: %d %+v (%v)", res.StatusCode, g, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	var into any
	err = a.store.Query(ctx, &graph.Selection{Name: "stats", Alias: "stats",
		Children: []*graph.Selection{{Name: "counts", Alias: "counts", Children: []*graph.Selection{{Name: "kind", Alias: "kind"}}}}}, &into)
	if graph.ErrorCode(err) != graph.ETIMEOUT {
		t.Errorf("a store query past its deadline: %v", err)
	}
}

// TestRoutingURI: a neo4j:// routing URI (as a cluster or Aura needs)
// works against the single local server, which answers routing; a read
// right after a mutation sees the mutation's write (the reads and the
// writes share the driver's bookmark manager).
func TestRoutingURI(t *testing.T) {
	neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	if !strings.HasPrefix(c.URI, "bolt://") {
		t.Skipf("the test server's URI is %s", c.URI)
	}
	c.URI = "neo4j://" + strings.TrimPrefix(c.URI, "bolt://")
	c.FailFast = true
	ctx := context.Background()
	s, err := neo4j.Open(ctx, c)
	if err != nil {
		t.Fatalf("open %s: %v", c.URI, err)
	}
	defer s.Close(ctx)
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	r := &resolvers.Resolver{Queries: s, Curator: s, Writer: s, Extractor: extract.New(g), Events: resolvers.NewBroker()}
	srv := httptest.NewServer(server.New(r, server.Options{Token: token, RateLimit: -1, Ready: s.Ping, Logger: quiet}))
	defer srv.Close()
	a := &api{Server: srv, store: s}
	for i, name := range []string{"Murat Nurtleu", "Kassym Tokayev", "Roman Vassilenko"} {
		text := fmt.Sprintf("On %d March 2023 in Astana, Foreign Minister Wang Yi met Kazakh Foreign Minister %s.", i+3, name)
		if r := a.post(t, token, `mutation($t: String!) { ingestDocument(input: {text: $t}) { created } }`, map[string]any{"t": text}); len(r.Errors) > 0 {
			t.Fatalf("ingest over %s: %+v", c.URI, r.Errors)
		}
		data := string(a.query(t, `query($n: String!) { persons(filter: {name: {equals: $n}}) { totalCount } }`, map[string]any{"n": name}))
		if !strings.Contains(data, `"totalCount":1`) {
			t.Errorf("the read after ingesting %s does not see it: %s", name, data)
		}
	}
	resp, err := http.Get(srv.URL + "/readyz")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("/readyz over %s: %v %v", c.URI, resp, err)
	}
}
