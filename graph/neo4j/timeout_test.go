package neo4j_test

import (
	"context"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// slow runs for many seconds in Neo4j; its text marks it in SHOW
// TRANSACTIONS.
const slow = `UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS slowTimeoutProbe`

// TestDeadlineBoundsTheTransaction: a request's deadline ends its
// transaction in Neo4j too (the driver sends it as the transaction's
// timeout), not only the wait of the client.
func TestDeadlineBoundsTheTransaction(t *testing.T) {
	s := neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := s.ExecuteRead(ctx, slow, nil)
	if graph.ErrorCode(err) != graph.ETIMEOUT {
		t.Fatalf("a statement past its deadline: %v, want TIMEOUT", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the call returned after %v", d)
	}
	// Neo4j stops the transaction by itself within a moment.
	for i := 0; ; i++ {
		n := neo4jtest.Count(t, c, probe, nil)
		if n == 0 {
			break
		}
		if i == 20 {
			t.Fatalf("the transaction still runs in Neo4j 2 s after its deadline")
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The probe sees the statement while it runs (a control).
	long, stop := context.WithTimeout(context.Background(), 10*time.Second)
	defer stop()
	done := make(chan struct{})
	go func() { s.ExecuteRead(long, slow, nil); close(done) }()
	time.Sleep(time.Second)
	if n := neo4jtest.Count(t, c, probe, nil); n != 1 {
		t.Errorf("the probe sees %d running statements, want 1", n)
	}
	stop()
	<-done
}

const probe = `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'slowTimeoutProbe' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*)`
