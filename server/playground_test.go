package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/resolvers/generated"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/web"
)

// example is one entry of web/playground/examples.js, the queries the
// playground opens with.
type example struct {
	Title     string
	Query     string
	Variables map[string]any
}

// The format examples.js keeps so that Go can read it: the title in single
// quotes, the query in a template literal without ${}, the variables (if
// any) as JSON on one line.
var exampleRE = regexp.MustCompile("(?s)title:\\s*'([^']*)',\\s*query:\\s*`([^`]*)`,(?:\\s*variables:\\s*(\\{[^\\n]*\\}),)?")

var titleRE = regexp.MustCompile(`\btitle:\s*'`)

func examples(t *testing.T) []example {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "web", "playground", "examples.js"))
	if err != nil {
		t.Fatal(err)
	}
	var out []example
	for _, m := range exampleRE.FindAllStringSubmatch(string(b), -1) {
		e := example{Title: m[1], Query: m[2]}
		if m[3] != "" {
			if err := json.Unmarshal([]byte(m[3]), &e.Variables); err != nil {
				t.Fatalf("examples.js: %s: variables: %v", e.Title, err)
			}
		}
		out = append(out, e)
	}
	if n := len(titleRE.FindAllString(string(b), -1)); len(out) != n || n < 5 {
		t.Fatalf("examples.js: read %d examples of %d titles, want them all and at least 5", len(out), n)
	}
	return out
}

// playground serves the handler without Neo4j: the playground does not
// touch the resolvers. It skips the test where the bundle is not built.
func playground(t *testing.T) *httptest.Server {
	t.Helper()
	if !web.Built() {
		t.Skip("the playground is not built (web/dist/playground/ holds only README.md): run scripts/build-web, then the tests again")
	}
	srv := httptest.NewServer(server.New(&resolvers.Resolver{}, server.Options{Logger: quiet}))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

var attrRE = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*["']?([^"'\s>]+)`)

// The page at / loads only what the server itself serves.
func TestPlaygroundPage(t *testing.T) {
	srv := playground(t)
	resp, page := get(t, srv.URL+"/")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	refs := attrRE.FindAllStringSubmatch(page, -1)
	var local []string
	for _, m := range refs {
		ref := m[1]
		switch lower := strings.ToLower(ref); {
		case strings.HasPrefix(lower, "http:"), strings.HasPrefix(lower, "https:"), strings.HasPrefix(lower, "//"):
			t.Errorf("the page loads %s from outside the server", ref)
		case strings.HasPrefix(lower, "data:"):
		default:
			local = append(local, ref)
		}
	}
	for _, want := range []string{"playground.js", "playground.css"} {
		found := false
		for _, ref := range local {
			found = found || strings.TrimPrefix(ref, "/") == want
		}
		if !found {
			t.Errorf("the page does not reference %s: %s", want, page)
		}
	}
	for _, ref := range local {
		if resp, _ := get(t, srv.URL+"/"+strings.TrimPrefix(ref, "/")); resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s (referenced by the page): %d", ref, resp.StatusCode)
		}
	}
	// the API keeps its routes
	if resp, _ := get(t, srv.URL+"/healthz"); resp.StatusCode != http.StatusOK {
		t.Errorf("GET /healthz: %d", resp.StatusCode)
	}
	if resp, _ := get(t, srv.URL+"/no-such-file.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /no-such-file.js: %d, want 404", resp.StatusCode)
	}
}

// The bundle carries the examples and fetches nothing (fonts, scripts,
// workers) from a CDN.
func TestPlaygroundAssets(t *testing.T) {
	srv := playground(t)
	resp, js := get(t, srv.URL+"/playground.js")
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "javascript") {
		t.Fatalf("GET /playground.js: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, e := range examples(t) {
		if !strings.Contains(js, e.Title) {
			t.Errorf("playground.js lacks the example %q", e.Title)
		}
	}
	resp, css := get(t, srv.URL+"/playground.css")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") {
		t.Fatalf("GET /playground.css: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(css, ".graphiql-container") {
		t.Error("playground.css lacks GraphiQL's CSS (.graphiql-container)")
	}
	files := map[string]string{"playground.js": js, "playground.css": css}
	for _, w := range []string{"editor", "json", "graphql"} {
		name := "workers/" + w + ".worker.js"
		resp, body := get(t, srv.URL+"/"+name)
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "javascript") {
			t.Errorf("GET /%s: %d %q", name, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		files[name] = body
	}
	external := []string{
		`url(http`, `url("http`, `url('http`, `url(//`, `url("//`, `url('//`,
		`import("http`, `import('http`, "import(`http", `importScripts("http`,
		`fonts.googleapis`, `fonts.gstatic`, `unpkg.com`, `jsdelivr`, `esm.sh`, `cdnjs`,
	}
	for name, body := range files {
		lower := strings.ToLower(body)
		for _, s := range external {
			if i := strings.Index(lower, strings.ToLower(s)); i >= 0 {
				t.Errorf("%s fetches from outside the server: …%s…", name, body[max(0, i-60):min(len(body), i+100)])
			}
		}
	}
}

// The examples are valid queries of the schema the server serves.
func TestPlaygroundExamplesValidate(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	for _, e := range examples(t) {
		doc, errs := gqlparser.LoadQuery(schema, e.Query)
		if len(errs) > 0 {
			t.Errorf("%s: %v", e.Title, errs)
			continue
		}
		for _, op := range doc.Operations {
			if _, err := validator.VariableValues(schema, op, e.Variables); err != nil {
				t.Errorf("%s: variables: %v", e.Title, err)
			}
		}
	}
}

// The examples run without errors, and find something, against the sample
// documents.
func TestPlaygroundExamplesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Neo4j")
	}
	a := newAPI(t)
	for _, e := range examples(t) {
		r := a.post(t, "", e.Query, e.Variables)
		if len(r.Errors) > 0 {
			t.Errorf("%s: %+v", e.Title, r.Errors)
			continue
		}
		var data map[string]any
		if err := json.Unmarshal(r.Data, &data); err != nil {
			t.Fatalf("%s: %v", e.Title, err)
		}
		for field, v := range data {
			if l, ok := v.([]any); v == nil || ok && len(l) == 0 {
				t.Errorf("%s: %s is empty: %s", e.Title, field, r.Data)
			}
		}
	}
}
