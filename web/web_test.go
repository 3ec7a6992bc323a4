package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestNotBuilt(t *testing.T) {
	h := handler(fstest.MapFS{"README.md": {Data: []byte("built by scripts/build-web\n")}})
	for _, path := range []string{"/", "/playground.js"} {
		resp, body := get(t, h, path)
		if resp.StatusCode != http.StatusServiceUnavailable ||
			!strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") ||
			!strings.Contains(body, "scripts/build-web") {
			t.Errorf("GET %s: %d %q %q", path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
}

func TestBuilt(t *testing.T) {
	h := handler(fstest.MapFS{
		"README.md":                 {Data: []byte("built by scripts/build-web\n")},
		"index.html":                {Data: []byte("<!doctype html><title>x</title>")},
		"playground.js":             {Data: []byte("console.log(1)")},
		"playground.css":            {Data: []byte("body{}")},
		"workers/editor.worker.js":  {Data: []byte("self.x=1")},
		"assets/codicon-ABCDEF.ttf": {Data: []byte("ttf")},
	})
	for path, ctype := range map[string]string{
		"/":                         "text/html",
		"/playground.js":            "text/javascript",
		"/playground.css":           "text/css",
		"/workers/editor.worker.js": "text/javascript",
	} {
		resp, _ := get(t, h, path)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), ctype) || resp.Header.Get("ETag") == "" {
			t.Errorf("GET %s: %d %q etag %q", path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("ETag"))
		}
	}
	for _, path := range []string{"/README.md", "/workers/", "/assets", "/nothing.js", "/../web.go"} {
		if resp, _ := get(t, h, path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
	}
	resp, _ := get(t, h, "/playground.js")
	if resp, _ := get(t, h, "/playground.js", "If-None-Match", resp.Header.Get("ETag")); resp.StatusCode != http.StatusNotModified {
		t.Errorf("GET /playground.js If-None-Match: %d, want 304", resp.StatusCode)
	}
}

// The embedded bundle, where scripts/build-web has run.
func TestEmbedded(t *testing.T) {
	if !Built() {
		t.Skip("the playground is not built: run scripts/build-web")
	}
	for _, path := range []string{"/", "/playground.js", "/playground.css", "/workers/editor.worker.js", "/workers/json.worker.js", "/workers/graphql.worker.js"} {
		if resp, body := get(t, Playground(), path); resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: %d, %d bytes", path, resp.StatusCode, len(body))
		}
	}
}

// The explorer is mounted at /explore/: its paths lose that prefix.
func TestExplorer(t *testing.T) {
	if !ExplorerBuilt() {
		t.Skip("the explorer is not built: run scripts/build-web")
	}
	for _, path := range []string{"/explore/", "/explore/?actor=person:wang-yi&depth=2", "/explore/explore.js", "/explore/explore.css"} {
		if resp, body := get(t, Explorer(), path); resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: %d, %d bytes", path, resp.StatusCode, len(body))
		}
	}
	if resp, _ := get(t, Explorer(), "/explore/playground.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /explore/playground.js: %d, want 404", resp.StatusCode)
	}
}
