package loader_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/bench/gen"
	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// killDocs is how many generated documents the SIGKILL test loads: enough
// for kills at several moments, few enough for CI.
const killDocs = 36

// TestKillAndRerunGivesOneCleanRun kills the real loader (SIGKILL) at
// several moments of a multi-document load against Neo4j: before the first
// document, after the first, at a third, at two thirds, and just before
// the end. After each kill, every document in the graph is whole (it
// supports exactly the nodes and relationships it supports after a clean
// run); after running the same load again, the graph is, node for node and
// relationship for relationship (labels, properties, endpoints and
// multiplicity), the graph of one clean run: no duplicates, no partial
// documents.
func TestKillAndRerunGivesOneCleanRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads the corpus several times")
	}
	neo4jtest.Open(t) // the lock, and an empty database
	c := neo4jtest.Config(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "actorgraph")
	build := exec.Command("go", "build", "-o", bin, "github.com/actorgraph/actorgraph/cmd/actorgraph")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	docs := corpus(t, dir, killDocs)
	env := loaderEnv(c)

	neo4jtest.Wipe(t, c)
	load(t, bin, env, docs, -1)
	want := dump(t, c)
	perDoc := supports(t, c)
	if len(perDoc) != killDocs {
		t.Fatalf("a clean run loaded %d documents, want %d", len(perDoc), killDocs)
	}
	t.Logf("a clean run: %d nodes and relationships", len(want))

	for _, at := range []int{0, 1, killDocs / 3, 2 * killDocs / 3, killDocs - 1} {
		neo4jtest.Wipe(t, c)
		load(t, bin, env, docs, at)
		settle(t, c)
		partial := supports(t, c)
		for doc, n := range partial {
			if n != perDoc[doc] {
				t.Errorf("kill after %d: %s supports %d facts, %d after a clean run (a partial document)", at, doc, n, perDoc[doc])
			}
		}
		if len(partial) < at {
			t.Errorf("kill after %d: %d documents in the graph", at, len(partial))
		}
		sum := load(t, bin, env, docs, -1)
		if wantSum := fmt.Sprintf("%d loaded, %d unchanged", killDocs-len(partial), len(partial)); !strings.HasPrefix(sum, wantSum) {
			t.Errorf("kill after %d: the rerun says %q, want %q", at, sum, wantSum)
		}
		got := dump(t, c)
		if d := diff(want, got); d != "" {
			t.Errorf("kill after %d (%d documents were in): the graph after the rerun differs from a clean run's:\n%s", at, len(partial), d)
		} else {
			t.Logf("kill after %d reported documents: %d were in the graph, whole; after the rerun the graph equals a clean run's", at, len(partial))
		}
	}
}

// corpus writes the first n documents of the small synthetic corpus into
// dir/docs.
func corpus(t *testing.T, dir string, n int) string {
	t.Helper()
	p, err := gen.PresetByName("small")
	if err != nil {
		t.Fatal(err)
	}
	all := filepath.Join(dir, "corpus")
	if _, err := gen.WriteDir(p, 1, all); err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(all, "docs", "*.txt"))
	if err != nil || len(names) < n {
		t.Fatalf("%d documents generated (%v), want %d", len(names), err, n)
	}
	sort.Strings(names)
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	for _, name := range names[:n] {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(docs, filepath.Base(name)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

func loaderEnv(c store.Config) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") {
			env = append(env, kv)
		}
	}
	return append(env, "NEO4J_URI="+c.URI, "NEO4J_USERNAME="+c.Username, "NEO4J_PASSWORD="+c.Password, "NEO4J_DATABASE="+c.Database)
}

// load runs `actorgraph load docs`. With killAfter >= 0 it kills the
// process (SIGKILL) as soon as it has reported killAfter documents, with 0
// while it starts; otherwise it waits for a clean exit and returns the
// summary line.
func load(t *testing.T, bin string, env []string, docs string, killAfter int) string {
	t.Helper()
	cmd := exec.Command(bin, "load", docs)
	cmd.Env = env
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if killAfter == 0 {
		time.Sleep(40 * time.Millisecond)
		cmd.Process.Kill()
	}
	sc := bufio.NewScanner(stderr)
	done, last := 0, ""
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "[") {
			done++
			if done == killAfter {
				cmd.Process.Kill() // SIGKILL: no deferred code, no rollback by the loader
			}
		} else {
			last = line
		}
	}
	err = cmd.Wait()
	if killAfter >= 0 {
		if err == nil {
			t.Fatalf("the loader finished before it was killed after %d documents", killAfter)
		}
		return ""
	}
	if err != nil {
		t.Fatalf("load: %v (%s)", err, last)
	}
	return last
}

// settle waits until Neo4j runs no transaction but the one asking: the
// killed loader's last commit may still be under way on the server when
// its process is gone, and would land after the count.
func settle(t *testing.T, c store.Config) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		n := neo4jtest.Values(t, c, `SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n`, nil)
		if len(n) == 1 && n[0].(int64) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("Neo4j still runs %v transactions 30 s after the loader was killed", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// dump lists every node and relationship as a canonical line, sorted:
// two graphs are the same when their dumps are.
func dump(t *testing.T, c store.Config) []string {
	t.Helper()
	rows := query(t, c, `MATCH (n) RETURN [n.id, labels(n), properties(n)] AS row
UNION ALL
MATCH (a)-[r]->(b) RETURN [type(r), a.id, b.id, properties(r)] AS row`)
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		var parts []string // in order: which end is which matters
		for _, p := range r.([]any) {
			parts = append(parts, canonical(p))
		}
		out = append(out, strings.Join(parts, " "))
	}
	sort.Strings(out)
	return out
}

// supports counts, for each document in the graph, the nodes and
// relationships it supports: those it mentions or reports, and the
// relationships of its facts that are in the graph.
func supports(t *testing.T, c store.Config) map[string]int64 {
	t.Helper()
	rows := neo4jtest.Values(t, c, `MATCH (d:Document)
RETURN [d.id, COUNT { (d)-[:MENTIONS]->() } + COUNT { ()-[:REPORTED_IN]->(d) } +
  size([k IN coalesce(d.facts, []) WHERE EXISTS { MATCH (a:Node)-[r]->(b:Node)
    WHERE a.id = split(k, $sep)[1] AND b.id = split(k, $sep)[2] AND type(r) = split(k, $sep)[0] }])] AS row`,
		map[string]any{"sep": factSep})
	m := map[string]int64{}
	for _, r := range rows {
		pair := r.([]any)
		m[pair[0].(string)] = pair[1].(int64)
	}
	return m
}

func query(t *testing.T, c store.Config, q string) []any {
	t.Helper()
	return neo4jtest.Values(t, c, q, nil)
}

// canonical renders a value with sorted labels and sorted lists, so that
// the order Neo4j returns them in does not matter (duplicates stay).
func canonical(v any) string {
	var norm func(v any) any
	norm = func(v any) any {
		switch x := v.(type) {
		case []any:
			items := make([]string, len(x))
			for i, e := range x {
				items[i] = canonical(e)
			}
			sort.Strings(items)
			return items
		case map[string]any:
			m := map[string]any{}
			for k, e := range x {
				m[k] = norm(e)
			}
			return m
		}
		return v
	}
	b, _ := json.Marshal(norm(v))
	return string(b)
}

// diff describes how got differs from want: counts and the first lines
// that only one has.
func diff(want, got []string) string {
	count := func(xs []string) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	w, g := count(want), count(got)
	var out []string
	for x, n := range g {
		if n != w[x] && len(out) < 10 {
			out = append(out, fmt.Sprintf("  %d× after the rerun, %d× after a clean run: %.200s", n, w[x], x))
		}
	}
	for x, n := range w {
		if g[x] == 0 && len(out) < 20 {
			out = append(out, fmt.Sprintf("  missing after the rerun (%d×): %.200s", n, x))
		}
	}
	if len(out) == 0 {
		return ""
	}
	sort.Strings(out)
	return fmt.Sprintf("%d lines after the rerun, %d after a clean run\n%s", len(got), len(want), strings.Join(out, "\n"))
}
