package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

func (a *app) serveCmd() *cobra.Command {
	var addr, tokenFile, allowFile, logFormat string
	var timeout, grace, retry time.Duration
	var opts server.Options
	var gcPercent int
	introspection := true
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the GraphQL API and its playground",
		Long: `serve answers GraphQL at POST /graphql, shows the GraphiQL playground at /,
reports liveness at GET /healthz, readiness (Neo4j answers) at GET /readyz,
and Prometheus metrics at GET /metrics. Reading is open; mutations need the
bearer token given by ACTORGRAPH_TOKEN or --token-file (never logged).

Every limit has a safe default: query depth and cost, body size, time per
request (which also bounds the Neo4j transaction), and requests per second
per client address. While Neo4j is away, requests fail fast with
UNAVAILABLE and /readyz answers 503 (a probe checks four times a second
whether it is back); the server recovers by itself when Neo4j returns. It logs one structured line per request (log/slog), with
the request's id, which clients get in X-Request-Id. It stops cleanly on
SIGINT or SIGTERM, finishing the requests in flight.`,
		Example: `  actorgraph serve --addr 127.0.0.1:8080
  ACTORGRAPH_TOKEN=$(cat token) actorgraph serve --addr :8080 --log-format json --introspection=false`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			setGCPercent(gcPercent)
			log, err := newLogger(cmd.ErrOrStderr(), logFormat)
			if err != nil {
				return err
			}
			slog.SetDefault(log)
			token, err := readToken(tokenFile)
			if err != nil {
				return err
			}
			allowed, err := readAllowList(allowFile)
			if err != nil {
				return err
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			c := a.neo4j
			c.RetryTime, c.FailFast = retry, true
			store, err := neo4j.Open(ctx, c)
			if err != nil {
				return err
			}
			defer store.Close(context.Background())
			metrics := server.NewMetrics()
			store.SetObserver(metrics)
			r := &resolvers.Resolver{Queries: store, Curator: store, Writer: store, Extractor: x, Events: resolvers.NewBroker()}
			opts.Timeout, opts.Token, opts.Allowed, opts.Logger = timeout, token, allowed, log
			opts.NoIntrospection, opts.Ready, opts.Metrics = !introspection, store.Ping, metrics
			h := server.New(r, opts)
			if token == "" {
				log.Warn("no token (ACTORGRAPH_TOKEN or --token-file): mutations are refused")
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("cannot listen on %s: %w", addr, err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: timeout + 10*time.Second,
				IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
			fmt.Fprintf(cmd.ErrOrStderr(), "actorgraph: serving GraphQL at http://%s/graphql, playground at http://%s/\n", ln.Addr(), ln.Addr())
			log.Info("serving", "addr", ln.Addr().String(), "neo4j", store.URI(), "timeout", timeout.String(),
				"introspection", introspection, "token", token != "")
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
				log.Info("shutting down: finishing the requests in flight", "grace", grace.String())
				sctx, cancel := context.WithTimeout(context.Background(), grace)
				defer cancel()
				if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("shutdown: %w", err)
				}
				log.Info("stopped")
				return nil
			}
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	f.DurationVar(&timeout, "timeout", server.DefaultTimeout, "longest time a request may take, its Neo4j transactions included")
	f.StringVar(&allowFile, "allow-list", "", "file of SHA-256 hashes (hex, one a line) of the only queries to run")
	f.StringVar(&tokenFile, "token-file", "", "file holding the bearer token that mutations need (else env ACTORGRAPH_TOKEN)")
	f.IntVar(&opts.MaxDepth, "max-depth", server.DefaultMaxDepth, "deepest nesting of fields a query may have (-1: no limit)")
	f.IntVar(&opts.MaxComplexity, "max-complexity", server.DefaultMaxComplexity, "highest cost a query may have, lists counting first × their selection (-1: no limit)")
	f.Int64Var(&opts.MaxBodyBytes, "max-body", server.DefaultMaxBodyBytes, "largest request body, in bytes (-1: no limit)")
	f.Float64Var(&opts.RateLimit, "rate", server.DefaultRateLimit, "requests per second allowed to one client address on /graphql (-1: no limit)")
	f.IntVar(&opts.RateBurst, "burst", server.DefaultRateBurst, "requests one client address may send at once above --rate")
	f.BoolVar(&introspection, "introspection", true, "answer schema introspection (the playground's docs and completion need it)")
	f.StringVar(&logFormat, "log-format", "text", "log format: text or json")
	f.DurationVar(&grace, "shutdown-grace", 20*time.Second, "on SIGTERM, how long to wait for the requests in flight")
	f.DurationVar(&retry, "neo4j-retry", 2*time.Second, "how long the driver retries a transaction on transient errors before the request fails with UNAVAILABLE")
	f.IntVar(&gcPercent, "gc-percent", defaultGCPercent, "the Go garbage collector's target, as GOGC (which wins when set): heap growth, in percent, that starts a collection")
	return cmd
}

// defaultGCPercent is the server's GOGC. A request's answer is allocated
// several times on its way (the driver's values, the rendered JSON, the
// response), and at Go's default of 100 the collector took a fifth of the
// server's CPU under load (.cache/exp9: 8 clients asking for a person
// with 20 meetings and their attendees, 910 against 735 µs of CPU per
// request at 400), for 16 MB more resident memory (30 against 46 MB).
const defaultGCPercent = 400

// setGCPercent sets the collector's target, unless GOGC is set.
func setGCPercent(p int) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(p)
	}
}

// newLogger returns the structured logger of the server: every line that
// is logged with a request's context carries the request's id.
func newLogger(w io.Writer, format string) (*slog.Logger, error) {
	var h slog.Handler
	switch format {
	case "text":
		h = slog.NewTextHandler(w, nil)
	case "json":
		h = slog.NewJSONHandler(w, nil)
	default:
		return nil, &exitError{code: 1, msg: fmt.Sprintf("unknown log format %q (text or json)", format)}
	}
	return slog.New(server.LogHandler(h)), nil
}

// readToken reads the mutation token from a file, else from
// ACTORGRAPH_TOKEN.
func readToken(file string) (string, error) {
	if file == "" {
		return os.Getenv("ACTORGRAPH_TOKEN"), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("cannot read the token file: %w", err)
	}
	t := strings.TrimSpace(string(b))
	if t == "" {
		return "", fmt.Errorf("the token file %s is empty", file)
	}
	return t, nil
}

// readAllowList reads the hashes of the allowed operations; nil (no lock)
// without a file.
func readAllowList(file string) (map[string]bool, error) {
	if file == "" {
		return nil, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read the allow list: %w", err)
	}
	allowed := map[string]bool{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if len(line) != 64 {
			return nil, fmt.Errorf("%s:%d: not a SHA-256 in hex", file, i+1)
		}
		allowed[strings.ToLower(line)] = true
	}
	return allowed, nil
}
