package neo4j_test

import (
	"context"
	"strings"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestStablePlansSeek: the statements of a document's write keep the plan
// Neo4j makes for the first document (CYPHER replan=skip), on a database
// that is empty or nearly so, where scanning a whole index costs nothing.
// Kept for a graph of thousands of people, such a plan made each lookup
// read every person and every position (the loader fell from 57 to 20
// documents/s over 5,000 medium documents). So every index hint asks for
// a seek (USING INDEX SEEK: a plain USING INDEX allows a scan of the
// index), and planned on an empty database, no statement scans.
func TestStablePlansSeek(t *testing.T) {
	neo4jtest.Open(t) // an empty database, the schema in place
	c := neo4jtest.Config(t)
	ctx := context.Background()
	d, err := driver.NewDriverWithContext(c.URI, driver.BasicAuth(c.Username, c.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	for _, q := range []string{"CALL db.resampleOutdatedIndexes()", "CALL db.clearQueryCaches()"} {
		neo4jtest.Values(t, c, q, nil)
	}
	for name, q := range store.StablePlanStatements {
		if n, seek := strings.Count(q, "USING INDEX "), strings.Count(q, "USING INDEX SEEK "); n != seek {
			t.Errorf("%s: %d of its %d index hints allow a scan (USING INDEX without SEEK)", name, n-seek, n)
		}
		res, err := driver.ExecuteQuery(ctx, d, "EXPLAIN "+q, nil, driver.EagerResultTransformer,
			driver.ExecuteQueryWithDatabase(c.Database))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, n := range res.Summary.Notifications() {
			if strings.Contains(n.Code(), "Hint") || strings.Contains(n.Code(), "IndexNotFound") {
				t.Errorf("%s: Neo4j drops an index hint: %s: %s", name, n.Code(), n.Description())
			}
		}
		plan := res.Summary.Plan()
		if plan == nil {
			t.Fatalf("%s: no plan", name)
		}
		var scans []string
		var walk func(p driver.Plan)
		walk = func(p driver.Plan) {
			if op := p.Operator(); strings.Contains(op, "Scan") {
				details, _ := p.Arguments()["Details"].(string)
				scans = append(scans, op+" "+details)
			}
			for _, c := range p.Children() {
				walk(c)
			}
		}
		walk(plan)
		if len(scans) > 0 {
			t.Errorf("%s scans on an empty database:\n  %s", name, strings.Join(scans, "\n  "))
		}
	}
}

// TestStaleIndexReplaced: an index of ours that an earlier version made on
// another property (meeting_date on Meeting.date) is made anew on the
// right one when the store opens; "CREATE INDEX ... IF NOT EXISTS" alone
// would keep it, and the hints to seek by it would be dropped.
func TestStaleIndexReplaced(t *testing.T) {
	neo4jtest.Open(t)
	c := neo4jtest.Config(t)
	ctx := context.Background()
	for _, q := range []string{"DROP INDEX meeting_date IF EXISTS", "CREATE INDEX meeting_date FOR (m:Meeting) ON (m.date)", "CALL db.awaitIndexes(60)"} {
		neo4jtest.Values(t, c, q, nil)
	}
	s, err := store.Open(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	props := neo4jtest.Values(t, c, "SHOW RANGE INDEXES YIELD name, properties WHERE name = 'meeting_date' RETURN properties", nil)
	if len(props) != 1 || len(props[0].([]any)) != 1 || props[0].([]any)[0] != "dateFrom" {
		t.Errorf("meeting_date is on %v, want [dateFrom]", props)
	}
}
