package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestGracefulShutdown starts the real binary, begins a request (headers
// and half of the body), sends SIGTERM, and checks that the server stops
// taking connections, still answers the request in flight in full, and
// exits with status 0.
func TestGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	bin := filepath.Join(t.TempDir(), "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--log-format", "json")
	cmd.Env = append(os.Environ(), "NEO4J_URI="+c.URI, "NEO4J_USERNAME="+c.Username, "NEO4J_PASSWORD="+c.Password,
		"NEO4J_DATABASE="+c.Database, "ACTORGRAPH_TOKEN=graceful-secret")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := make(chan string, 100)
	var logs bytes.Buffer
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	addrRe := regexp.MustCompile(`serving GraphQL at http://([^/]+)/graphql`)
	var addr string
	for addr == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("serve exited: %s", logs.String())
			}
			logs.WriteString(l + "\n")
			if m := addrRe.FindStringSubmatch(l); m != nil {
				addr = m[1]
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("serve did not start: %s", logs.String())
		}
	}

	body := []byte(`{"query": "{ stats { counts { kind count } } }"}`)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", addr, len(body))
	conn.Write(body[:10])
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGTERM)
	time.Sleep(500 * time.Millisecond)
	if c2, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c2.Close()
		t.Errorf("the server still takes connections after SIGTERM")
	}
	conn.Write(body[10:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight got no response: %v", err)
	}
	out, _ := io.ReadAll(resp.Body)
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if resp.StatusCode != 200 || json.Unmarshal(out, &r) != nil || len(r.Errors) > 0 || !strings.Contains(string(r.Data), "counts") {
		t.Errorf("the request in flight: %d %s", resp.StatusCode, out)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("serve exited with %v, want status 0", err)
		}
	case <-time.After(25 * time.Second):
		t.Fatalf("serve did not exit after SIGTERM")
	}
	for l := range lines {
		logs.WriteString(l + "\n")
	}
	if strings.Contains(logs.String(), "graceful-secret") {
		t.Errorf("the token is in the log:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("no clean stop in the log:\n%s", logs.String())
	}
}

// TestLoadSaysNeo4jIsDown: with no Neo4j at the URI, load says so in one
// line naming the URI and exits with status 3.
func TestLoadSaysNeo4jIsDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + ln.Addr().String()
	ln.Close() // nothing listens there now
	doc := filepath.Join(t.TempDir(), "doc.txt")
	os.WriteFile(doc, []byte("On 3 March 2023 in Astana, Foreign Minister Wang Yi met Kazakh Foreign Minister Murat Nurtleu.\n"), 0o644)
	root := newRoot()
	var stderr bytes.Buffer
	root.SetErr(&stderr)
	root.SetOut(io.Discard)
	root.SetArgs([]string{"load", "--neo4j-uri", uri, doc})
	err = root.Execute()
	ee, ok := err.(*exitError)
	if !ok || ee.code != 3 {
		t.Fatalf("load with Neo4j down: %v, want exit status 3", err)
	}
	if strings.Contains(ee.msg, "\n") || !strings.Contains(ee.msg, uri) || !strings.Contains(ee.msg, "unavailable") {
		t.Errorf("the message is not one line naming %s: %q", uri, ee.msg)
	}
}

// The server sets the collector's target to its default, unless GOGC
// says otherwise.
func TestServeGCPercent(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	setGCPercent(defaultGCPercent)
	if got := debug.SetGCPercent(100); got != defaultGCPercent {
		t.Errorf("GC percent %d, want %d", got, defaultGCPercent)
	}
	t.Setenv("GOGC", "100")
	setGCPercent(defaultGCPercent)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=100 set, GC percent %d, want 100", got)
	}
}
