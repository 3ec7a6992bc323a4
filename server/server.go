// Package server serves the GraphQL API over HTTP: POST /graphql, the
// playground at /, and the health endpoint.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
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

// Options configure the handler.
type Options struct {
	// Timeout bounds each request, its Neo4j transactions included.
	Timeout time.Duration
	// Token is the bearer token that mutations need; with none, every
	// mutation is refused.
	Token string
	// Allowed, when set, locks the endpoint to known operations: only
	// queries whose SHA-256 (hex, as automatic persisted queries name
	// them) is in the set run; others get FORBIDDEN.
	Allowed map[string]bool
	// Logger receives internal errors; slog.Default() when nil.
	Logger *slog.Logger
}

// New returns the HTTP handler of the API. It sets r.Schema.
func New(r *resolvers.Resolver, opts Options) http.Handler {
	if opts.Timeout == 0 {
		opts.Timeout = 30 * time.Second
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	es := generated.NewExecutableSchema(generated.Config{Resolvers: r})
	r.Schema = es.Schema()
	gql := handler.New(es)
	gql.AddTransport(transport.Websocket{KeepAlivePingInterval: 10 * time.Second})
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.Use(extension.Introspection{})
	gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	gql.SetErrorPresenter(presenter(log))
	gql.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", p)
		return &graph.Error{Code: graph.EINTERNAL, Message: "internal error"}
	})
	if opts.Allowed != nil {
		gql.AroundOperations(allowList(opts.Allowed))
	}
	api := bearer(opts.Token, gql)

	mux := http.NewServeMux()
	mux.Handle("POST /graphql", http.TimeoutHandler(api, opts.Timeout, `{"errors":[{"message":"the request took too long","extensions":{"code":"TIMEOUT"}}]}`))
	mux.Handle("GET /graphql", api) // queries by GET, and subscriptions over websockets
	mux.Handle("OPTIONS /graphql", gql)
	mux.Handle("GET /", web.Playground()) // the page at /, its assets under it; the routes above are more specific
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("ok\n"))
	})
	return mux
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

// presenter gives every error a code in extensions.code. Application
// errors show their message; anything else shows "internal error" and is
// logged, so driver text and Cypher never reach a client.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		var ae *graph.Error
		var ge *gqlerror.Error
		switch {
		case errors.As(err, &ae):
			out.Message = ae.Message
			setCode(out, ae.Code)
			if ae.Code == graph.EINTERNAL || ae.Code == graph.EUNAVAILABLE {
				log.ErrorContext(ctx, "request failed", "code", ae.Code, "path", out.Path.String(), "cause", ae.Err)
			}
		case errors.As(err, &ge) && ge.Err == nil:
			// a GraphQL error of gqlgen's own (parsing, validation): shown as it is
		default:
			log.ErrorContext(ctx, "request failed", "err", err)
			out.Message = "internal error"
			setCode(out, graph.EINTERNAL)
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
