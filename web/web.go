// Package web serves the browser pages of actorgraph: the GraphiQL
// playground (at /) and the explorer dashboard (at /explore/), built from
// npm packages by scripts/build-web (web/package.json, web/build.mjs) into
// web/dist/playground/ and web/dist/explore/ and embedded in the binary, so
// that the pages load nothing from outside the server.
//
// On a fresh clone only dist/playground/README.md exists: the package
// builds, and Playground and Explorer answer 503 with a hint until
// scripts/build-web has run.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
)

//go:embed all:dist
var dist embed.FS

// files is the playground's bundle: index.html, playground.js,
// playground.css, workers/, assets/.
var files = subdir("dist/playground")

// exploreFiles is the explorer's bundle: index.html, explore.js,
// explore.css.
var exploreFiles = subdir("dist/explore")

func subdir(name string) fs.FS {
	sub, err := fs.Sub(dist, name)
	if err != nil {
		panic(err) // unreachable: the name is constant and valid
	}
	return sub
}

// Built reports whether the playground bundle is embedded in the binary,
// that is whether scripts/build-web ran before go build.
func Built() bool { return built(files) }

// ExplorerBuilt reports whether the explorer bundle is embedded.
func ExplorerBuilt() bool { return built(exploreFiles) }

func built(fsys fs.FS) bool {
	st, err := fs.Stat(fsys, "index.html")
	return err == nil && !st.IsDir()
}

// Playground returns the handler of the playground, to be mounted at the
// URL root: "/" serves index.html, "/playground.js", "/playground.css",
// "/workers/..." and "/assets/..." the bundle. Directories are not listed.
// Without the bundle every request is answered 503 with a short page
// saying how to build it.
func Playground() http.Handler { return handler(files) }

// Explorer returns the handler of the explorer dashboard, to be mounted at
// "/explore/" (a request for "/explore" is redirected there by the
// ServeMux): "/explore/" serves index.html, whatever its query string (the
// view's state), and "/explore/explore.js", "/explore/explore.css" the
// bundle. Without the bundle it answers 503 like Playground.
func Explorer() http.Handler { return http.StripPrefix("/explore", handler(exploreFiles)) }

const notBuilt = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>actorgraph</title></head>
<body>
<p>The web pages (playground and explorer) are not built: run scripts/build-web, then build the server again.</p>
<p>The GraphQL API works meanwhile: POST /graphql.</p>
</body>
</html>
`

func handler(fsys fs.FS) http.Handler {
	if !built(fsys) {
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(notBuilt))
		})
	}
	etags := sync.OnceValue(func() map[string]string { return etagsOf(fsys) })
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		etag, ok := etags()[name]
		if !ok {
			// a directory, README.md, or nothing at all
			http.NotFound(w, r)
			return
		}
		// The embedded files have no modification time; an ETag lets the
		// browser revalidate the few MiB of the bundle instead of
		// fetching them again.
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

// etagsOf returns a strong ETag for every regular file of the bundle, by
// its slash-separated path.
func etagsOf(fsys fs.FS) map[string]string {
	etags := map[string]string{}
	fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || name == "README.md" {
			return nil
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil
		}
		sum := sha256.Sum256(b)
		etags[name] = `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`
		return nil
	})
	return etags
}
