package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"

	"github.com/actorgraph/actorgraph/graph"
)

// The limits of a public endpoint, used where Options leaves them zero.
const (
	// DefaultMaxDepth caps how deeply fields nest; the playground's
	// examples nest 7 deep.
	DefaultMaxDepth = 12
	// DefaultMaxComplexity caps a query's cost (see complexitySchema): a
	// page of 100 meetings with their attendees and places costs about
	// 5,000; the playground's examples cost at most about 2,500.
	DefaultMaxComplexity = 20000
	// DefaultMaxBodyBytes caps a request body: enough for ingesting a long
	// document, far below what would strain memory.
	DefaultMaxBodyBytes = 2 << 20
	// DefaultRateLimit and DefaultRateBurst: requests per second allowed
	// to one client address, and the burst above that rate.
	DefaultRateLimit = 20
	DefaultRateBurst = 40
	// DefaultTimeout bounds a request, its Neo4j transactions included.
	DefaultTimeout = 30 * time.Second
)

// listCost is what an unpaged list field (a meeting's attendees, a
// neighbourhood's nodes) is assumed to hold when its cost is counted: the
// store caps such lists, but their real sizes are small.
const listCost = 10

// complexitySchema gives list fields their real cost in gqlgen's
// complexity calculation: a field with a first argument returns up to
// first items, each costing its selection; nodes(ids:) returns len(ids);
// other lists count listCost items. The edges and nodes of a connection
// hold the page its field's first already counted.
type complexitySchema struct {
	graphql.ExecutableSchema
}

func (c complexitySchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	def := c.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	fd := def.Fields.ForName(field)
	if fd == nil {
		return 0, false
	}
	if n, ok := intArg(args["first"]); ok {
		return mul(n, child), true
	}
	if ids, ok := args["ids"].([]any); ok {
		return mul(int64(len(ids)), child), true
	}
	if fd.Type.Elem != nil && !strings.HasSuffix(typeName, "Connection") {
		return mul(listCost, child), true
	}
	return 0, false
}

func intArg(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case float64:
		return int64(n), true
	}
	return 0, false
}

// mul is the cost of n items of cost child, at least 1, saturating.
func mul(n int64, child int) int {
	if n < 1 {
		n = 1
	}
	if child < 1 {
		child = 1
	}
	if n > int64(math.MaxInt32) || int64(child) > math.MaxInt32/n {
		return math.MaxInt32
	}
	return int(n)*child + 1
}

// limits refuses operations deeper or costlier than allowed, before any
// resolver runs. Introspection fields (__schema, __type) are left out of
// the depth: introspection is switched on or off as a whole.
type limits struct {
	depth, complexity int
	es                graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &limits{}

func (l *limits) ExtensionName() string { return "Limits" }

func (l *limits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	return nil
}

func (l *limits) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	op := rc.Doc.Operations.ForName(rc.OperationName)
	if op == nil {
		return nil
	}
	if l.depth > 0 {
		if d := depth(op.SelectionSet, 0); d > l.depth {
			return userError("the query nests %d levels deep, more than the %d allowed", d, l.depth)
		}
	}
	if l.complexity > 0 {
		if c := calculate(ctx, l.es, op, rc.Variables); c > l.complexity {
			return userError("the query would cost %d, more than the %d allowed: ask for smaller pages (first) or fewer nested lists", c, l.complexity)
		}
	}
	return nil
}

// depth is the deepest nesting of fields under set, fragments expanded
// (validation has already refused fragment cycles).
func depth(set ast.SelectionSet, above int) int {
	deepest := above
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = depth(s.SelectionSet, above+1)
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, above)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet, above)
			}
		}
		if d > deepest {
			deepest = d
		}
	}
	return deepest
}

func userError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": graph.EINVALID}
	return err
}

// bodyLimit reads at most max bytes of a request's body, answering 413
// (BAD_USER_INPUT) to larger ones, whatever their Content-Length says.
func bodyLimit(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > max {
			tooLarge(w, r, max)
			return
		}
		b, err := io.ReadAll(io.LimitReader(r.Body, max+1))
		r.Body.Close()
		if err != nil {
			writeError(w, r, http.StatusBadRequest, graph.EINVALID, "could not read the request body")
			return
		}
		if int64(len(b)) > max {
			tooLarge(w, r, max)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, r *http.Request, max int64) {
	w.Header().Set("Connection", "close")
	writeError(w, r, http.StatusRequestEntityTooLarge, graph.EINVALID,
		fmt.Sprintf("the request body is larger than %d bytes", max))
}

// rateLimiter allows each client address rate requests per second, with
// bursts of burst. Addresses unseen for ten minutes are forgotten, so
// memory stays bounded by the clients of the last ten minutes.
type rateLimiter struct {
	rate  rate.Limit
	burst int

	mu      sync.Mutex
	clients map[string]*client
	swept   time.Time
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

func newRateLimiter(perSecond float64, burst int) *rateLimiter {
	return &rateLimiter{rate: rate.Limit(perSecond), burst: burst, clients: map[string]*client{}, swept: time.Now()}
}

func (rl *rateLimiter) allow(key string, now time.Time) (bool, time.Duration) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	if now.Sub(rl.swept) > time.Minute {
		for k, c := range rl.clients {
			if now.Sub(c.seen) > 10*time.Minute {
				delete(rl.clients, k)
			}
		}
		rl.swept = now
	}
	c := rl.clients[key]
	if c == nil {
		c = &client{lim: rate.NewLimiter(rl.rate, rl.burst)}
		rl.clients[key] = c
	}
	c.seen = now
	res := c.lim.ReserveN(now, 1)
	if !res.OK() {
		return false, time.Second
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// middleware answers 429 (RATE_LIMITED) with Retry-After to a client over
// its rate. The client is the connection's remote address: behind a
// proxy, all clients share the proxy's address unless the proxy limits.
func (rl *rateLimiter) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, wait := rl.allow(clientIP(r), time.Now())
		if !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			writeError(w, r, http.StatusTooManyRequests, CodeRateLimited, "too many requests; slow down")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// CodeRateLimited is the extensions.code of a request refused by the rate
// limit (HTTP 429).
const CodeRateLimited = "RATE_LIMITED"

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
