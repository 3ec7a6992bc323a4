package loader_test

import (
	"context"
	"path/filepath"
	"testing"

	store "github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
)

// TestFulltextIndexesFollowWritesInTheBackground opens a graph whose
// full-text index follows writes in each commit (as an earlier version made
// it): the store makes it anew to follow them in the background, and a
// load still returns only when search finds what it loaded.
func TestFulltextIndexesFollowWritesInTheBackground(t *testing.T) {
	neo4jtest.Open(t) // the lock, an empty database, the schema
	c := neo4jtest.Config(t)
	ctx := context.Background()
	neo4jtest.Values(t, c, "DROP INDEX actor_names", nil)
	neo4jtest.Values(t, c, "CREATE FULLTEXT INDEX actor_names FOR (n:Person|Organisation|Country|Initiative|Place) ON EACH [n.name, n.searchText]", nil)
	async := `SHOW FULLTEXT INDEXES YIELD name, options WHERE name IN ['actor_names', 'statement_text']
RETURN [name, options.indexConfig.` + "`fulltext.eventually_consistent`" + `] ORDER BY name`
	if got := neo4jtest.Values(t, c, async, nil); len(got) != 2 || got[0].([]any)[1] != false {
		t.Fatalf("set-up: %v, want actor_names following writes in each commit", got)
	}
	s, err := store.Open(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	for _, row := range neo4jtest.Values(t, c, async, nil) {
		if v := row.([]any); v[1] != true {
			t.Errorf("index %v does not follow writes in the background", v[0])
		}
	}
	seed, _ := filepath.Abs(filepath.Join("..", "testdata", "resolution", "a-xinhua.json"))
	if sum, err := newLoader(t, s).Load(ctx, []string{seed}); err != nil || sum.Loaded != 1 {
		t.Fatalf("load: %v %v", sum, err)
	}
	found := neo4jtest.Count(t, c, `CALL db.index.fulltext.queryNodes('actor_names', 'wang') YIELD node RETURN count(node)`, nil)
	if found == 0 {
		t.Error("search does not find what the load wrote")
	}
}
