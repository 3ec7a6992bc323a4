package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/actorgraph/graph"
)

// post is gqlgen's POST transport with a cheaper way of writing a
// successful response. gqlgen writes every response with json.Marshal,
// which, for the data it has already rendered as JSON, checks and
// compacts the whole text once more: for a page of meetings with their
// attendees, a noticeable part of a request's CPU. A response with data
// alone is written as it is here; anything else (errors, extensions, a
// body that does not parse, an operation that does not validate) goes
// through gqlgen's own transport, so what clients see does not change.
type post struct{ transport.POST }

// Do implements graphql.Transport.
func (p post) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		p.POST.Do(w, r, exec) // reports the failed read
		return
	}
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if dec.Decode(&params) != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		p.POST.Do(w, r, exec)
		return
	}
	ctx := r.Context()
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	rc, opErr := exec.CreateOperationContext(ctx, &params)
	if opErr != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		p.POST.Do(w, r, exec)
		return
	}
	w.Header().Set("Content-Type", responseType(r))
	responses, ctx := timely{exec}.DispatchOperation(ctx, rc)
	res := responses(ctx)
	if len(res.Errors) == 0 && len(res.Extensions) == 0 && res.Label == "" && res.Path == nil && res.HasNext == nil && len(res.Data) > 0 {
		b := make([]byte, 0, len(res.Data)+10)
		b = append(b, `{"data":`...)
		b = append(b, res.Data...)
		b = append(b, '}')
		w.Write(b)
		return
	}
	b, err := json.Marshal(res)
	if err != nil {
		panic(err) // as gqlgen's transport does
	}
	w.Write(b)
}

// get is gqlgen's GET transport, whose requests whose time runs out
// before the operation runs are answered TIMEOUT as POST's are.
type get struct{ transport.GET }

// Do implements graphql.Transport.
func (g get) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	g.GET.Do(w, r, timely{exec})
}

// timely answers TIMEOUT where gqlgen would answer nothing: when the
// request's time ran out before it ran the operation (gqlgen then writes
// "null" as the response, the end of a stream of responses).
type timely struct{ graphql.GraphExecutor }

// DispatchOperation implements graphql.GraphExecutor.
func (e timely) DispatchOperation(ctx context.Context, rc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	responses, ctx := e.GraphExecutor.DispatchOperation(ctx, rc)
	return func(ctx context.Context) *graphql.Response {
		if res := responses(ctx); res != nil {
			return res
		}
		err := &graph.Error{Code: graph.ETIMEOUT, Message: "the request took too long", Err: ctx.Err()}
		return e.DispatchError(ctx, gqlerror.List{gqlerror.WrapIfUnwrapped(err)})
	}, ctx
}

// responseType is the Content-Type gqlgen's POST transport answers with
// (by default): application/json unless the client asks only for
// application/graphql-response+json.
func responseType(r *http.Request) string {
	const plain, gql = "application/json", "application/graphql-response+json"
	accept := r.Header.Get("Accept")
	if accept == "" {
		return plain
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", plain:
			return plain
		case gql:
			return gql
		}
	}
	return gql
}
