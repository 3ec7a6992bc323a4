package bench_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/bench/gen"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestLoadOnceTenths loads a tiny corpus as the loader benchmark does and
// checks what it reports: every document, its facts, and the throughput
// over each tenth of the run.
func TestLoadOnceTenths(t *testing.T) {
	neo4jtest.Open(t) // an empty database
	dir := t.TempDir()
	st, err := gen.WriteDir(tiny, 1, dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := bench.LoadOnce(context.Background(), "write", dir, 0, 2, 2, neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != st.Documents || r.Refused != 0 || r.Facts == 0 {
		t.Errorf("loaded %d documents (%d refused, %d facts), want %d", r.Documents, r.Refused, r.Facts, st.Documents)
	}
	if len(r.Tenths) != 10 {
		t.Fatalf("tenths = %v, want 10", r.Tenths)
	}
	for _, x := range r.Tenths {
		if x <= 0 {
			t.Errorf("tenths = %v, want positive rates", r.Tenths)
		}
	}
	// Extraction alone reports no tenths: nothing grows.
	if r, err := bench.LoadOnce(context.Background(), "extract", dir, 0, 2, 0, neo4jtest.Config(t)); err != nil || len(r.Tenths) != 0 {
		t.Errorf("extract: tenths %v, err %v", r.Tenths, err)
	}
}
