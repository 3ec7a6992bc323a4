package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A Client asks one system the queries of the mix.
type Client interface {
	// Ask runs q with vars and returns the answer: the GraphQL data, or
	// the floor's value (a list of values for FloorRows queries). An
	// answer with GraphQL errors is an error.
	Ask(ctx context.Context, q *Query, vars map[string]any) (any, error)
	// Hit runs q with vars and reads the whole response, decoding no more
	// than needed to tell an error; what the load generator times.
	Hit(ctx context.Context, q *Query, vars map[string]any) error
}

// GraphQL is a client of a GraphQL server over HTTP.
type GraphQL struct {
	URL    string
	System string // Ours or Peer: which text of the query to send
	HTTP   *http.Client
}

// NewGraphQL returns a client of the server at url, with enough idle
// connections kept for the highest concurrency.
func NewGraphQL(system, url string) *GraphQL {
	tr := &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute}
	return &GraphQL{URL: url, System: system, HTTP: &http.Client{Transport: tr, Timeout: 2 * time.Minute}}
}

func (g *GraphQL) post(ctx context.Context, q *Query, vars map[string]any) ([]byte, error) {
	text := q.Ours
	if g.System == Peer {
		text = q.Peer
	}
	body, err := json.Marshal(map[string]any{"query": text, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.URL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := g.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	if res.StatusCode != http.StatusOK {
		return b, fmt.Errorf("%s: HTTP %d: %.300s", g.System, res.StatusCode, b)
	}
	return b, nil
}

// errorsKey marks a GraphQL response with errors: the data of the mix
// (IDs, names, roles, dates) never holds it.
var errorsKey = []byte(`"errors":`)

// Hit implements Client.
func (g *GraphQL) Hit(ctx context.Context, q *Query, vars map[string]any) error {
	b, err := g.post(ctx, q, vars)
	if err != nil {
		return err
	}
	if bytes.Contains(b, errorsKey) {
		return fmt.Errorf("%s: %.300s", g.System, b)
	}
	return nil
}

// Ask implements Client.
func (g *GraphQL) Ask(ctx context.Context, q *Query, vars map[string]any) (any, error) {
	b, err := g.post(ctx, q, vars)
	if err != nil {
		return nil, err
	}
	var r struct {
		Data   any `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", g.System, err)
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("%s: %s", g.System, r.Errors[0].Message)
	}
	return r.Data, nil
}

// FloorClient runs the hand-written Cypher of each query through the Go
// driver: one statement in a read transaction, as our store runs its own.
type FloorClient struct {
	Driver neo4j.DriverWithContext
	DB     string
}

func (f *FloorClient) run(ctx context.Context, q *Query, vars map[string]any) (*neo4j.EagerResult, error) {
	params := maps.Clone(vars)
	maps.Copy(params, q.FloorExtra)
	return neo4j.ExecuteQuery(ctx, f.Driver, FloorCypher(q.Name), params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(f.DB), neo4j.ExecuteQueryWithReadersRouting())
}

// Hit implements Client.
func (f *FloorClient) Hit(ctx context.Context, q *Query, vars map[string]any) error {
	_, err := f.run(ctx, q, vars)
	return err
}

// Ask implements Client.
func (f *FloorClient) Ask(ctx context.Context, q *Query, vars map[string]any) (any, error) {
	res, err := f.run(ctx, q, vars)
	if err != nil {
		return nil, err
	}
	var v any
	if q.FloorRows {
		l := []any{}
		for _, r := range res.Records {
			l = append(l, r.Values[0])
		}
		v = l
	} else {
		if len(res.Records) != 1 {
			return nil, fmt.Errorf("floor %s: %d records, want 1", q.Name, len(res.Records))
		}
		v = res.Records[0].Values[0]
	}
	// Through JSON, so that numbers and maps compare as the GraphQL
	// answers' do.
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	return out, json.Unmarshal(b, &out)
}
