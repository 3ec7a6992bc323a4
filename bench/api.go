package bench

import (
	"context"
	"log"
	"math"
	"net/url"
	"path/filepath"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// APIConfig says how to run the API benchmark.
type APIConfig struct {
	Neo4j       Neo4jEnv
	Actorgraph  string // our binary
	PeerDir     string // bench/peers/neo4j-graphql, with node_modules
	WorkDir     string // for the servers' logs
	Concurrency []int
	Warmup      time.Duration
	Duration    time.Duration
	Logf        func(format string, args ...any)
}

// APIReport is what the API benchmark measured.
type APIReport struct {
	Picked      Picked
	Cases       int
	Differences []Difference
	// RoundTrips[system][query]: Cypher statements (Bolt RUN messages) per request.
	RoundTrips map[string]map[string]float64
	// Results[query][system][i]: at Concurrency[i].
	Results     map[string]map[string][]Result
	Concurrency []int
	Duration    time.Duration
}

// RunAPI checks that the three systems agree on every case, counts their
// round trips through a BoltCounter, then times the mix at each
// concurrency.
func RunAPI(ctx context.Context, c APIConfig) (*APIReport, error) {
	logf := c.Logf
	if logf == nil {
		logf = log.Printf
	}
	rep := &APIReport{RoundTrips: map[string]map[string]float64{}, Results: map[string]map[string][]Result{},
		Concurrency: c.Concurrency, Duration: c.Duration}
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil {
		return nil, err
	}
	target := u.Host

	// Pass 1, through the counting proxy: equivalence and round trips.
	counter, err := NewBoltCounter(target)
	if err != nil {
		return nil, err
	}
	proxied := c.Neo4j
	proxied.URI = "bolt://" + counter.Addr()
	clients, stop, err := c.startAll(ctx, proxied, "counted")
	if err != nil {
		counter.Close()
		return nil, err
	}
	rep.Picked, err = Pick(ctx, clients[Floor].(*FloorClient).Driver, c.Neo4j.Database)
	if err == nil {
		logf("api: cases from %d people and %d initiatives; checking that the three systems agree", len(rep.Picked.Persons), len(rep.Picked.Initiatives))
		rep.Differences, rep.Cases, err = Check(ctx, clients, rep.Picked)
	}
	if err == nil {
		for _, d := range rep.Differences {
			logf("api: DIFFERENCE %s %v %s: %s\n  floor: %.600s\n  got:   %.600s", d.Query, d.Case, d.System, d.Err, d.Floor, d.Got)
		}
		for _, sys := range Systems {
			rep.RoundTrips[sys] = map[string]float64{}
			for _, q := range Mix {
				cases := q.Cases(rep.Picked)
				before := counter.Runs()
				for _, cs := range cases {
					if err := clients[sys].Hit(ctx, q, cs); err != nil {
						logf("api: %s %s: %v", sys, q.Name, err)
					}
				}
				rep.RoundTrips[sys][q.Name] = float64(counter.Runs()-before) / float64(len(cases))
			}
		}
	}
	stop()
	counter.Close()
	if err != nil {
		return nil, err
	}

	// Pass 2, straight to Neo4j: timing.
	clients, stop, err = c.startAll(ctx, c.Neo4j, "timed")
	if err != nil {
		return nil, err
	}
	defer stop()
	for _, q := range Mix {
		cases := q.Cases(rep.Picked)
		rep.Results[q.Name] = map[string][]Result{}
		for _, conc := range c.Concurrency {
			for _, sys := range Systems {
				cl := clients[sys]
				r := Run(ctx, conc, c.Warmup, c.Duration, func(ctx context.Context, i int) error {
					return cl.Hit(ctx, q, cases[i%len(cases)])
				})
				rep.Results[q.Name][sys] = append(rep.Results[q.Name][sys], r)
				logf("api: %-13s c=%-2d %-13s %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d %s",
					q.Name, conc, sys, r.RPS, ms(r.P50), ms(r.P95), ms(r.P99), r.Errors, r.FirstError)
			}
		}
	}
	return rep, ctx.Err()
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// startAll starts our server and the peer against env and opens the
// floor's driver; stop ends them.
func (c APIConfig) startAll(ctx context.Context, env Neo4jEnv, tag string) (map[string]Client, func(), error) {
	ours, err := StartOurs(ctx, c.Actorgraph, env, filepath.Join(c.WorkDir, "ours-"+tag+".log"))
	if err != nil {
		return nil, nil, err
	}
	peer, err := StartPeer(ctx, c.PeerDir, env, filepath.Join(c.WorkDir, "peer-"+tag+".log"))
	if err != nil {
		ours.Stop()
		return nil, nil, err
	}
	d, err := neo4j.NewDriverWithContext(env.URI, neo4j.BasicAuth(env.User, env.Password, ""), func(cfg *config.Config) {
		cfg.MaxConnectionPoolSize = 256
	})
	if err != nil {
		ours.Stop()
		peer.Stop()
		return nil, nil, err
	}
	clients := map[string]Client{
		Ours:  NewGraphQL(Ours, ours.URL),
		Peer:  NewGraphQL(Peer, peer.URL),
		Floor: &FloorClient{Driver: d, DB: env.Database},
	}
	stop := func() {
		d.Close(context.Background())
		ours.Stop()
		peer.Stop()
	}
	return clients, stop, nil
}

// Summary returns, per query, the ratios the goals are stated in, at the
// given concurrency index: our p50 over the floor's, and our throughput
// over the peer's.
func (r *APIReport) Summary(i int) map[string][2]float64 {
	out := map[string][2]float64{}
	for q, by := range r.Results {
		o, f, p := by[Ours][i], by[Floor][i], by[Peer][i]
		// NaN where a system finished no request in the window: no ratio.
		a, b := math.NaN(), math.NaN()
		if f.P50 > 0 && o.P50 > 0 {
			a = float64(o.P50) / float64(f.P50)
		}
		if p.RPS > 0 && o.RPS > 0 {
			b = o.RPS / p.RPS
		}
		out[q] = [2]float64{a, b}
	}
	return out
}
