// Package server serves the GraphQL API over HTTP: POST /graphql, the
// playground at /, liveness (/healthz), readiness (/readyz) and Prometheus
// metrics (/metrics), with the limits a public endpoint needs: query depth
// and cost, body size, time, and a rate per client.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/resolvers/generated"
	"github.com/actorgraph/actorgraph/web"
)

// Options configure the handler. Every limit has a safe default for a
// public endpoint, used when the field is zero; a negative value switches
// the limit off.
type Options struct {
	// Timeout bounds each request, its Neo4j transactions included (the
	// context's deadline becomes the transactions' timeout in Neo4j);
	// DefaultTimeout when 0.
	Timeout time.Duration
	// Token is the bearer token that mutations need; with none, every
	// mutation is refused. It is compared in constant time and never
	// logged.
	Token string
	// Allowed, when set, locks the endpoint to known operations: only
	// queries whose SHA-256 (hex, as automatic persisted queries name
	// them) is in the set run; others get FORBIDDEN.
	Allowed map[string]bool
	// Logger receives one line per request and the internal errors, each
	// with the request's id; slog.Default() when nil.
	Logger *slog.Logger
	// MaxDepth caps the nesting of a query's fields (DefaultMaxDepth).
	MaxDepth int
	// MaxComplexity caps a query's cost, where a list costs its page size
	// (first) times its selection (DefaultMaxComplexity).
	MaxComplexity int
	// MaxBodyBytes caps a request's body (DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// RateLimit is the requests per second allowed to one client address
	// on /graphql, with bursts of RateBurst (DefaultRateLimit,
	// DefaultRateBurst).
	RateLimit float64
	RateBurst int
	// NoIntrospection switches schema introspection off (the playground
	// then has no docs pane nor completion).
	NoIntrospection bool
	// Ready, when set, tells whether the backing store answers: GET
	// /readyz answers 503 while it returns an error.
	Ready func(context.Context) error
	// Metrics records the server's metrics, served at GET /metrics; a new
	// set when nil.
	Metrics *Metrics
	// FieldByField has gqlgen resolve every field of a query, rather than
	// writing root fields straight from the store's value
	// (resolvers.Resolver.Render): the reference that rendering is tested
	// against.
	FieldByField bool
}

func (o *Options) defaults() {
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxComplexity == 0 {
		o.MaxComplexity = DefaultMaxComplexity
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.RateLimit == 0 {
		o.RateLimit = DefaultRateLimit
	}
	if o.RateBurst == 0 {
		o.RateBurst = DefaultRateBurst
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	o.Logger = slog.New(LogHandler(o.Logger.Handler()))
	if o.Metrics == nil {
		o.Metrics = NewMetrics()
	}
}

// New returns the HTTP handler of the API. It sets r.Schema.
func New(r *resolvers.Resolver, opts Options) http.Handler {
	opts.defaults()
	log := opts.Logger
	es := generated.NewExecutableSchema(generated.Config{Resolvers: r})
	r.Schema = es.Schema()
	gql := handler.New(complexitySchema{es})
	gql.AddTransport(transport.Websocket{KeepAlivePingInterval: 10 * time.Second})
	gql.AddTransport(transport.Options{})
	gql.AddTransport(get{})
	gql.AddTransport(post{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if !opts.NoIntrospection {
		gql.Use(extension.Introspection{})
	}
	gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	gql.Use(&limits{depth: opts.MaxDepth, complexity: opts.MaxComplexity})
	gql.SetErrorPresenter(presenter(log))
	gql.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", p, "stack", string(debug.Stack()))
		return &graph.Error{Code: graph.EINTERNAL, Message: "internal error"}
	})
	if !opts.FieldByField {
		// A query's root fields are written straight from the store's
		// value; gqlgen resolves them only where that cannot be done.
		gql.AroundRootFields(func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
			if m, ok := r.Render(ctx); ok {
				return m
			}
			return next(ctx)
		})
	}
	gql.AroundOperations(opts.Metrics.operations)
	if opts.Allowed != nil {
		gql.AroundOperations(allowList(opts.Allowed))
	}
	api := bearer(opts.Token, gql)
	limit := func(h http.Handler) http.Handler { return h }
	if opts.RateLimit > 0 && opts.RateBurst > 0 {
		limit = newRateLimiter(opts.RateLimit, opts.RateBurst).middleware
	}
	// A request's time is its context's deadline, which the store passes
	// on to Neo4j as the transaction's timeout: what runs past it is
	// answered TIMEOUT by the store. (http.TimeoutHandler, used before,
	// ran each request in a goroutine of its own and copied its answer
	// from a buffer: about 0.1 ms of a 1 ms query, measured by
	// bench/cmd/split.)
	timed := deadline(opts.Timeout, api)
	post := timed
	if opts.MaxBodyBytes > 0 {
		post = bodyLimit(opts.MaxBodyBytes, post)
	}
	post = limit(post)
	get := limit(timed)

	mux := http.NewServeMux()
	mux.Handle("POST /graphql", post)
	mux.Handle("GET /graphql", get) // queries by GET, and subscriptions over websockets
	mux.Handle("OPTIONS /graphql", gql)
	mux.Handle("GET /", web.Playground())       // the page at /, its assets under it; the routes above are more specific
	mux.Handle("GET /explore/", web.Explorer()) // the explorer dashboard and its assets; GET /explore redirects here
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", readiness(opts.Ready, log))
	mux.Handle("GET /metrics", opts.Metrics.Handler())
	return observe(opts.Metrics, log, mux)
}

// deadline bounds a request's context, except a websocket's (a
// subscription lives as long as its client).
func deadline(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// allowList refuses operations whose text is not in the allowed set.
func allowList(allowed map[string]bool) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		sum := sha256.Sum256([]byte(graphql.GetOperationContext(ctx).RawQuery))
		if !allowed[hex.EncodeToString(sum[:])] {
			err := gqlerror.Errorf("this endpoint runs only known operations")
			err.Extensions = map[string]any{"code": "FORBIDDEN"}
			return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
		}
		return next(ctx)
	}
}

// bearer marks requests that carry the configured token as authorised,
// comparing in constant time. Requests without it still read.
func bearer(token string, next http.Handler) http.Handler {
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		got := []byte(req.Header.Get("Authorization"))
		if token != "" && subtle.ConstantTimeCompare(got, want) == 1 {
			req = req.WithContext(resolvers.WithAuthorised(req.Context()))
		}
		next.ServeHTTP(w, req)
	})
}

// presenter gives every error a code in extensions.code and the
// request's id in extensions.requestId. Application errors show their
// message; anything else shows "internal error" and is logged with the
// request's id, so driver text, Cypher and stack traces never reach a
// client.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		var ae *graph.Error
		var ge *gqlerror.Error
		switch {
		case errors.As(err, &ae):
			out.Message = ae.Message
			setCode(out, ae.Code)
			switch ae.Code {
			case graph.EINTERNAL:
				log.ErrorContext(ctx, "request failed", "code", ae.Code, "path", out.Path.String(), "cause", ae.Err)
			case graph.EUNAVAILABLE, graph.ETIMEOUT:
				log.WarnContext(ctx, "request failed", "code", ae.Code, "path", out.Path.String(), "cause", ae.Err)
			}
		case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
			out.Message = "the request took too long"
			setCode(out, graph.ETIMEOUT)
		case errors.As(err, &ge) && ge.Err == nil:
			// a GraphQL error of gqlgen's own (parsing, validation): shown as it is
		default:
			log.ErrorContext(ctx, "request failed", "err", err)
			out.Message = "internal error"
			setCode(out, graph.EINTERNAL)
		}
		if id := RequestID(ctx); id != "" {
			if out.Extensions == nil {
				out.Extensions = map[string]any{}
			}
			out.Extensions["requestId"] = id
		}
		return out
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}
