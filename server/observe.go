package server

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/actorgraph/actorgraph/graph"
)

var calculate = complexity.Calculate

// request is what the server knows about the request being served; the
// middleware puts it in the context, the GraphQL layer fills in the
// operation's name.
type request struct {
	id string
	mu sync.Mutex
	op string
}

type requestKey struct{}

func requestFrom(ctx context.Context) *request {
	r, _ := ctx.Value(requestKey{}).(*request)
	return r
}

// RequestID returns the id of the request being served, "" outside one.
func RequestID(ctx context.Context) string {
	if r := requestFrom(ctx); r != nil {
		return r.id
	}
	return ""
}

func (r *request) setOp(op string) {
	r.mu.Lock()
	r.op = op
	r.mu.Unlock()
}

func (r *request) getOp() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.op
}

// goodID is what a request id taken from a client's X-Request-Id may look
// like (a proxy's id is kept, so that logs join up); anything else is
// replaced by a fresh one.
var goodID = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// LogHandler wraps h so that each record logged with a request's context
// carries the request's id (requestId).
func LogHandler(h slog.Handler) slog.Handler {
	if _, ok := h.(logHandler); ok {
		return h
	}
	return logHandler{h}
}

type logHandler struct{ slog.Handler }

func (h logHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("requestId", id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h logHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return logHandler{h.Handler.WithAttrs(as)}
}
func (h logHandler) WithGroup(name string) slog.Handler { return logHandler{h.Handler.WithGroup(name)} }

// Metrics are the server's Prometheus metrics. Its ObserveQuery and
// ObserveWrite methods make it an observer of the Neo4j store
// (graph/neo4j.Observer).
type Metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	http       *prometheus.CounterVec
	inFlight   prometheus.Gauge
	neo4j      *prometheus.HistogramVec
	neo4jErr   *prometheus.CounterVec
	documents  *prometheus.CounterVec
	created    *prometheus.CounterVec
	ops        sync.Map // operation names seen, to bound the labels
	opsCount   int
	opsCountMu sync.Mutex
}

// maxOperationNames bounds the distinct operation names that become
// labels (clients choose them); later names count as "other".
const maxOperationNames = 200

// NewMetrics registers the server's metrics, with Go's and the process's,
// on a registry of their own.
func NewMetrics() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	buckets := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	m := &Metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "actorgraph_graphql_requests_total",
			Help: "GraphQL operations by operation name and outcome (ok, or the first error's code)."}, []string{"operation", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "actorgraph_graphql_request_duration_seconds",
			Help: "Time to answer a GraphQL operation, by operation name.", Buckets: buckets}, []string{"operation"}),
		http: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "actorgraph_http_requests_total",
			Help: "HTTP requests by route and status."}, []string{"route", "status"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "actorgraph_http_requests_in_flight",
			Help: "HTTP requests being served."}),
		neo4j: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "actorgraph_neo4j_transaction_duration_seconds",
			Help: "Neo4j transactions by kind (read, write) and operation.", Buckets: buckets}, []string{"kind", "operation"}),
		neo4jErr: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "actorgraph_neo4j_errors_total",
			Help: "Failed Neo4j transactions by kind and code."}, []string{"kind", "code"}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "actorgraph_documents_total",
			Help: "Documents written by the loader path (ingestDocument) by result: loaded, unchanged, failed."}, []string{"result"}),
		created: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "actorgraph_graph_created_total",
			Help: "Nodes and relationships created by document writes."}, []string{"what"}),
	}
	reg.MustRegister(m.requests, m.latency, m.http, m.inFlight, m.neo4j, m.neo4jErr, m.documents, m.created)
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Registry is where the metrics are registered, for adding others.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// ObserveQuery implements graph/neo4j.Observer.
func (m *Metrics) ObserveQuery(kind, op string, d time.Duration, err error) {
	m.neo4j.WithLabelValues(kind, m.opLabel(op)).Observe(d.Seconds())
	if err != nil {
		m.neo4jErr.WithLabelValues(kind, graph.ErrorCode(err)).Inc()
	}
}

// ObserveWrite implements graph/neo4j.Observer.
func (m *Metrics) ObserveWrite(r graph.WriteResult, err error) {
	switch {
	case err != nil:
		m.documents.WithLabelValues("failed").Inc()
	case r.Unchanged:
		m.documents.WithLabelValues("unchanged").Inc()
	default:
		m.documents.WithLabelValues("loaded").Inc()
		m.created.WithLabelValues("nodes").Add(float64(r.NodesCreated))
		m.created.WithLabelValues("relationships").Add(float64(r.RelationshipsCreated))
	}
}

var opName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// opLabel bounds the label values that clients control.
func (m *Metrics) opLabel(op string) string {
	if op == "" {
		return "anonymous"
	}
	if !opName.MatchString(op) {
		return "other"
	}
	if _, ok := m.ops.Load(op); ok {
		return op
	}
	m.opsCountMu.Lock()
	defer m.opsCountMu.Unlock()
	if m.opsCount >= maxOperationNames {
		return "other"
	}
	if _, loaded := m.ops.LoadOrStore(op, true); !loaded {
		m.opsCount++
	}
	return op
}

// operations records each GraphQL operation's name (for the access log),
// count and latency.
func (m *Metrics) operations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	rc := graphql.GetOperationContext(ctx)
	name := rc.OperationName
	if name == "" && rc.Operation != nil {
		name = rc.Operation.Name
	}
	if r := requestFrom(ctx); r != nil {
		r.setOp(name)
	}
	start := time.Now()
	h := next(ctx)
	var once sync.Once
	return func(ctx context.Context) *graphql.Response {
		resp := h(ctx)
		once.Do(func() {
			code := "ok"
			if resp != nil && len(resp.Errors) > 0 {
				code, _ = resp.Errors[0].Extensions["code"].(string)
				if code == "" {
					code = graph.EINTERNAL
				}
			}
			label := m.opLabel(name)
			m.requests.WithLabelValues(label, code).Inc()
			m.latency.WithLabelValues(label).Observe(time.Since(start).Seconds())
		})
		return resp
	}
}

// statusWriter remembers the status of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Hijack lets websockets (subscriptions) take the connection over.
func (w *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("the response writer cannot be hijacked")
	}
	if w.status == 0 {
		w.status = http.StatusSwitchingProtocols
	}
	return h.Hijack()
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// observe is the outermost middleware: it gives the request its id (the
// X-Request-Id response header), counts it, and logs one line for it.
// Headers are never logged: the Authorization header holds the token.
func observe(m *Metrics, log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !goodID.MatchString(id) {
			id = newID()
		}
		req := &request{id: id}
		w.Header().Set("X-Request-Id", id)
		ctx := context.WithValue(r.Context(), requestKey{}, req)
		inner := r.WithContext(ctx)
		sw := &statusWriter{ResponseWriter: w}
		start := time.Now()
		if m != nil {
			m.inFlight.Inc()
		}
		defer func() {
			if m != nil {
				m.inFlight.Dec()
				// the mux sets the pattern it matched: a bounded label
				route := inner.Pattern
				if route == "" {
					route = "none"
				}
				m.http.WithLabelValues(route, strconv.Itoa(sw.status)).Inc()
			}
			// A client that went away is no error of the server's.
			level := slog.LevelInfo
			if sw.status >= 500 {
				level = slog.LevelWarn
			}
			log.LogAttrs(ctx, level, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.String("operation", req.getOp()), slog.Int("status", sw.status), slog.Int("bytes", sw.bytes),
				slog.String("duration", time.Since(start).Round(time.Microsecond).String()), slog.String("client", clientIP(r)))
		}()
		next.ServeHTTP(sw, inner)
	})
}

// writeError answers a request refused before GraphQL runs, in the
// shape of a GraphQL error.
func writeError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	ext := map[string]any{"code": code}
	if id := RequestID(r.Context()); id != "" {
		ext["requestId"] = id
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": ext}}})
}

// readiness answers 200 when Neo4j answers within two seconds, 503
// otherwise (without the driver's text, which is logged).
func readiness(ready func(context.Context) error, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		if ready != nil {
			ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			defer cancel()
			if err := ready(ctx); err != nil {
				var ae *graph.Error
				if errors.As(err, &ae) {
					log.WarnContext(ctx, "not ready", "code", ae.Code, "cause", ae.Err)
				} else {
					log.WarnContext(ctx, "not ready", "err", err)
				}
				w.WriteHeader(http.StatusServiceUnavailable)
				w.Write([]byte("neo4j unavailable\n"))
				return
			}
		}
		w.Write([]byte("ready\n"))
	}
}
