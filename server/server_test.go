package server_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

var update = flag.Bool("update", false, "rewrite the golden responses in testdata/")

const token = "test-token"

// fixture is the graph the API tests run on: the seed (through the
// extractor) and three documents in our JSON format (testdata/api/), two
// of which report the same meeting in Guilin.
var fixture = []string{
	filepath.Join("..", "examples", "documents", "000_72d5b63c66d0694d.txt"),
	filepath.Join("..", "testdata", "api", "01-guilin-talks.json"),
	filepath.Join("..", "testdata", "api", "02-moscow-sco.json"),
	filepath.Join("..", "testdata", "api", "03-phone-call.json"),
}

type api struct {
	*httptest.Server
	handler http.Handler
	store   *neo4j.Store
	loader  *loader.Loader
}

// newAPI loads the fixture into an empty Neo4j and serves the API over a
// real HTTP listener.
func newAPI(t *testing.T) *api {
	t.Helper()
	s := neo4jtest.Open(t)
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(g)
	l := &loader.Loader{Extractor: x, Writer: s}
	if sum, err := l.Load(context.Background(), fixture); err != nil || sum.Loaded != len(fixture) {
		t.Fatalf("load fixture: %v %v", sum, err)
	}
	r := &resolvers.Resolver{Queries: s, Curator: s, Writer: s, Extractor: x, Events: resolvers.NewBroker()}
	h := server.New(r, server.Options{Token: token, RateLimit: -1, Logger: quiet})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &api{Server: srv, handler: h, store: s, loader: l}
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (a *api) post(t *testing.T, auth, query string, vars map[string]any) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return r
}

// query posts a query and fails the test on any GraphQL error.
func (a *api) query(t *testing.T, query string, vars map[string]any) json.RawMessage {
	t.Helper()
	r := a.post(t, "", query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	return r.Data
}

// golden compares a response with testdata/<name>.golden.json; -update
// rewrites the file.
func golden(t *testing.T, name string, data json.RawMessage) {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	got, _ := json.MarshalIndent(v, "", "  ")
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./server/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (go test ./server/ -update rewrites it; review the diff):\n%s", name, path, got)
	}
}

// families are the query families of the API, each with a golden response.
var families = map[string]string{
	"meetings-february-2021": `{ meetings(filter: {date: {from: "2021-02-01", to: "2021-02-28"}}) {
	  totalCount
	  nodes { date type mode place { name country { name } } host { name }
	    attendees { person { id name } role representing { name kind } onBehalfOf }
	    groups { description } topics { name }
	    statements { quote speaker { name } }
	    sources { document { title } sentence } reportCount }
	} }`,
	"meetings-by-attendees": `{ meetings(orderBy: [{field: ATTENDEE_COUNT, direction: DESC}], filter: {OR: [{attendee: "person:sergey-lavrov"}, {party: "organisation:shanghai-cooperation-organisation"}]}) {
	  totalCount edges { cursor node { id date attendeeCount reportCount } } pageInfo { hasNextPage endCursor }
	} }`,
	"person": `{ person(id: "person:sergey-lavrov") {
	  id name aliases kind meetingCount statementCount
	  positions { title organisation { name } from to sources { document { title } } }
	  meetings(orderBy: [{field: DATE, direction: DESC}]) { totalCount nodes { date mode place { name } } }
	  coAttendees { totalCount edges { node { person { name } meetings } } }
	  statements { nodes { quote meeting { date } } }
	  sources { totalCount nodes { title published } }
	} }`,
	"organisation": `{ organisation(id: "organisation:shanghai-cooperation-organisation") {
	  name aliases meetingCount
	  officials { nodes { person { name } position { title } } }
	  members { member { name } role }
	  meetings { nodes { date attendees { person { name } } } }
	} }`,
	"country": `{ country(id: "country:russia") {
	  name qid meetingCount
	  representatives(at: "2021-03-22") { totalCount nodes { person { name } position { title accreditedTo { name } from to } } }
	  memberships { organisation { name } role }
	} }`,
	"initiative": `{ initiative(id: "initiative:belt-and-road-initiative") {
	  name aliases promoters { name } meetings { totalCount nodes { date } }
	} }`,
	"search":            `{ search(text: "lav") { score node { id ... on Person { name } } } }`,
	"search-statements": `{ search(text: "limits", kinds: [STATEMENT]) { node { ... on Statement { quote speaker { name } } } } }`,
	"path": `{ path(from: "person:andrei-denisov", to: "person:sergey-lavrov", relations: [ATTENDED]) {
	  nodes { id __typename } edges { source target relation }
	} }`,
	"neighbourhood": `{ neighbourhood(id: "person:sergey-lavrov", depth: 2, relations: [MET, HOLDS_POSITION_AT]) {
	  truncated nodes { id ... on Actor { name } } edges { source target relation weight }
	} }`,
	"timeline": `{ timeline(actorId: "person:wang-yi", from: "2021-03-01") {
	  totalCount nodes { date meeting { id mode } statement { quote } }
	} }`,
	"stats": `{ stats { counts { kind count } meetingsPerMonth { month count }
	  topActors(by: MEETING_COUNT, first: 3) { actor { id } score } } }`,
	"nodes": `{ nodes(ids: ["country:china", "nothing:here", "meeting:2021-03-22-guilin"]) {
	  id ... on Country { name } ... on Meeting { date sources { document { title } } } } }`,
	"persons-filtered": `{ persons(filter: {AND: [{organisation: "country:russia"}, {NOT: {name: {startsWith: "and"}}}]}, orderBy: [{field: NAME}]) {
	  totalCount nodes { name } } }`,
	"document": `{ documents(filter: {published: {from: "2021-05-01", to: "2021-05-31"}}) { nodes {
	  title meetings { nodes { id } } mentions(first: 10) { totalCount nodes { name } } } } }`,
}

func TestQueryFamilies(t *testing.T) {
	a := newAPI(t)
	names := make([]string, 0, len(families))
	for n := range families {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) { golden(t, name, a.query(t, families[name], nil)) })
	}
}

// TestSeedMeeting checks the seed's meeting over HTTP: February 2021, its
// three named attendees and their roles.
func TestSeedMeeting(t *testing.T) {
	a := newAPI(t)
	var data struct {
		Meetings struct {
			Nodes []struct {
				Date      string
				Attendees []struct {
					Person       struct{ Name string }
					Role         string
					Representing struct{ Name string }
				}
			}
		}
	}
	json.Unmarshal(a.query(t, families["meetings-february-2021"], nil), &data)
	if len(data.Meetings.Nodes) != 1 || data.Meetings.Nodes[0].Date != "2021-02-02" {
		t.Fatalf("meetings in February 2021: %+v", data)
	}
	var got []string
	for _, at := range data.Meetings.Nodes[0].Attendees {
		got = append(got, at.Person.Name+" | "+at.Role+" | "+at.Representing.Name)
	}
	want := "Andrei Denisov | Ambassador | Russia\nVladimir Norov | Secretary-General | Shanghai Cooperation Organisation\nWang Yi | Foreign Minister | China"
	if strings.Join(got, "\n") != want {
		t.Errorf("attendees:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// TestOneStatementPerRootField counts the Cypher statements that nested
// requests run: one per root field, whatever the depth and list sizes.
func TestOneStatementPerRootField(t *testing.T) {
	a := newAPI(t)
	cases := map[string]struct {
		query string
		roots int64
	}{
		"three levels": {`{ person(id: "person:wang-yi") { positions { title organisation { name } }
		  meetings(first: 20) { nodes { date attendees { person { name positions { title } meetings { totalCount } } } } }
		  coAttendees { nodes { person { name statements { nodes { quote } } } } } } }`, 1},
		"lists of lists": {`{ meetings(first: 5) { nodes { attendees { person { coAttendees(first: 3) { nodes { person { meetings(first: 3) { nodes { topics { name } } } } } } } } } } }`, 1},
		"two roots":      {`{ a: person(id: "person:wang-yi") { name } b: meetings { totalCount } }`, 2},
		"interfaces":     {`{ search(text: "wang") { node { ... on Person { meetings { nodes { place { name } } } } ... on Organisation { officials { totalCount } } } } }`, 1},
	}
	for name, c := range cases {
		before := a.store.StatementsRun()
		a.query(t, c.query, nil)
		if n := a.store.StatementsRun() - before; n != c.roots {
			t.Errorf("%s: %d statements, want %d", name, n, c.roots)
		}
	}
}

// TestPaginationIsStableUnderInserts walks the meetings page by page with
// cursors while documents are ingested between pages: every meeting that
// existed at the start is seen exactly once, in order.
func TestPaginationIsStableUnderInserts(t *testing.T) {
	a := newAPI(t)
	const q = `query($after: Cursor) { meetings(first: 1, after: $after) {
	  edges { cursor node { id date } } pageInfo { hasNextPage endCursor } } }`
	type page struct {
		Meetings struct {
			Edges []struct {
				Node struct{ ID, Date string }
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	var all page
	json.Unmarshal(a.query(t, `{ meetings(first: 100) { edges { node { id date } } } }`, nil), &all)
	before := map[string]bool{}
	for _, e := range all.Meetings.Edges {
		before[e.Node.ID] = true
	}
	inserts := []string{
		// Before the current position (an earlier date) and after it.
		`{"document": {"text": "early"}, "persons": [{"id": "person:a", "name": "A"}, {"id": "person:b", "name": "B"}],
		  "meetings": [{"id": "meeting:2000-01-01-ab", "date": "2000-01-01", "attendees": [{"person": "person:a"}, {"person": "person:b"}], "type": "CONSULT"}]}`,
		`{"document": {"text": "late"}, "persons": [{"id": "person:a", "name": "A"}, {"id": "person:c", "name": "C"}],
		  "meetings": [{"id": "meeting:2030-01-01-ac", "date": "2030-01-01", "attendees": [{"person": "person:a"}, {"person": "person:c"}], "type": "CONSULT"}]}`,
	}
	var seen []string
	var last string
	vars := map[string]any{}
	for i := 0; ; i++ {
		var p page
		json.Unmarshal(a.query(t, q, vars), &p)
		for _, e := range p.Meetings.Edges {
			seen = append(seen, e.Node.ID)
			if e.Node.Date < last {
				t.Errorf("out of order: %s after %s", e.Node.Date, last)
			}
			last = e.Node.Date
		}
		if i < len(inserts) {
			path := filepath.Join(t.TempDir(), "insert.json")
			os.WriteFile(path, []byte(inserts[i]), 0o644)
			if sum, err := a.loader.Load(context.Background(), []string{path}); err != nil || sum.Loaded != 1 {
				t.Fatalf("insert: %v %v", sum, err)
			}
		}
		if !p.Meetings.PageInfo.HasNextPage {
			break
		}
		vars["after"] = *p.Meetings.PageInfo.EndCursor
		if i > 20 {
			t.Fatal("pagination does not end")
		}
	}
	count := map[string]int{}
	for _, id := range seen {
		count[id]++
	}
	for id := range before {
		if count[id] != 1 {
			t.Errorf("meeting %s seen %d times", id, count[id])
		}
	}
	if count["meeting:2000-01-01-ab"] != 0 {
		t.Error("a meeting inserted before the cursor's position was returned after it")
	}
	if count["meeting:2030-01-01-ac"] != 1 {
		t.Error("a meeting inserted after the cursor's position was not returned")
	}
}

// TestOrderByAggregate orders people by their number of meetings.
func TestOrderByAggregate(t *testing.T) {
	a := newAPI(t)
	var data struct {
		Persons struct {
			Nodes []struct {
				Name         string
				MeetingCount int
			}
		}
	}
	json.Unmarshal(a.query(t, `{ persons(orderBy: [{field: MEETING_COUNT, direction: DESC}, {field: NAME}], first: 3) { nodes { name meetingCount } } }`, nil), &data)
	var got []string
	for _, n := range data.Persons.Nodes {
		got = append(got, n.Name)
	}
	// Lavrov: Guilin, Moscow, the call; Wang Yi: the seed, Guilin, the call; Norov: the seed, Moscow.
	if strings.Join(got, ", ") != "Sergey Lavrov, Wang Yi, Vladimir Norov" {
		t.Errorf("most meetings first: %v", data.Persons.Nodes)
	}
	for i := 1; i < len(data.Persons.Nodes); i++ {
		if data.Persons.Nodes[i].MeetingCount > data.Persons.Nodes[i-1].MeetingCount {
			t.Errorf("not ordered by meetingCount: %+v", data.Persons.Nodes)
		}
	}
}

// TestDeleteDocumentKeepsFactsOthersSupport retracts the document that
// reported the Moscow meeting and the Guilin talks: Moscow goes, Guilin
// stays (the first document reports it too), with one source left.
func TestDeleteDocumentKeepsFactsOthersSupport(t *testing.T) {
	a := newAPI(t)
	var docs struct {
		Documents struct{ Nodes []struct{ ID, Title string } }
	}
	json.Unmarshal(a.query(t, `{ documents(filter: {title: {startsWith: "Lavrov receives"}}) { nodes { id title } } }`, nil), &docs)
	if len(docs.Documents.Nodes) != 1 {
		t.Fatalf("documents: %+v", docs)
	}
	id := docs.Documents.Nodes[0].ID
	r := a.post(t, token, `mutation($id: ID!) { deleteDocument(id: $id) { deleted nodesDeleted } }`, map[string]any{"id": id})
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"deleted":true`) {
		t.Fatalf("deleteDocument: %s %+v", r.Data, r.Errors)
	}
	data := string(a.query(t, `{ moscow: meeting(id: "meeting:2021-05-20-moscow") { id }
	  guilin: meeting(id: "meeting:2021-03-22-guilin") { reportCount sources { document { title } } attendees { person { name } } }
	  russia: country(id: "country:russia") { memberships { role } }
	  norov: person(id: "person:vladimir-norov") { meetingCount } }`, nil))
	for _, want := range []string{`"moscow":null`, `"reportCount":1`, `"title":"Wang Yi holds talks with Sergey Lavrov in Guilin"`,
		`{"person":{"name":"Sergey Lavrov"}}`, `"memberships":[]`, `"norov":{"meetingCount":1}`} {
		if !strings.Contains(data, want) {
			t.Errorf("after deleteDocument, want %s in %s", want, data)
		}
	}
	r = a.post(t, token, `mutation($id: ID!) { deleteDocument(id: $id) { deleted } }`, map[string]any{"id": id})
	if !strings.Contains(string(r.Data), `"deleted":false`) {
		t.Errorf("deleting it again: %s", r.Data)
	}
}

// TestMutationsNeedAuthorisation sends each mutation without the token,
// with a wrong one, and with the right one.
func TestMutationsNeedAuthorisation(t *testing.T) {
	a := newAPI(t)
	mutations := []string{
		`mutation { ingestDocument(input: {text: "On 3 March 2023 in Astana, Foreign Minister Wang Yi met Kazakh Foreign Minister Murat Nurtleu."}) { created } }`,
		`mutation { deleteDocument(id: "document:x") { deleted } }`,
		`mutation { mergeActors(keep: "person:wang-yi", drop: "person:sergey-lavrov") { relationshipsMoved } }`,
	}
	for _, m := range mutations {
		for _, auth := range []string{"", "wrong"} {
			r := a.post(t, auth, m, nil)
			if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
				t.Errorf("%s with token %q: %+v", m, auth, r.Errors)
			}
		}
	}
	r := a.post(t, token, mutations[0], nil)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"created":true`) {
		t.Errorf("ingestDocument with the token: %s %+v", r.Data, r.Errors)
	}
	data := string(a.query(t, `{ search(text: "nurtleu") { node { id } } }`, nil))
	if !strings.Contains(data, "person:murat-nurtleu") {
		t.Errorf("the ingested document's person is not found: %s", data)
	}
}

// TestMergeActors merges a duplicate person into another and checks that
// relations, aliases and the record of the merge moved.
func TestMergeActors(t *testing.T) {
	a := newAPI(t)
	path := filepath.Join(t.TempDir(), "dup.json")
	os.WriteFile(path, []byte(`{"document": {"text": "dup"}, "persons": [{"id": "person:s-lavrov", "name": "S. Lavrov"}, {"id": "person:wang-yi", "name": "Wang Yi"}],
	  "meetings": [{"id": "meeting:2023-07-01-x", "date": "2023-07-01", "attendees": [{"person": "person:s-lavrov"}, {"person": "person:wang-yi"}], "type": "CONSULT"}]}`), 0o644)
	if _, err := a.loader.Load(context.Background(), []string{path}); err != nil {
		t.Fatal(err)
	}
	r := a.post(t, token, `mutation { mergeActors(keep: "person:sergey-lavrov", drop: "person:s-lavrov") {
	  relationshipsMoved kept { ... on Person { aliases meetingCount } } } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("%+v", r.Errors)
	}
	if !strings.Contains(string(r.Data), `"S. Lavrov"`) || !strings.Contains(string(r.Data), `"meetingCount":4`) {
		t.Errorf("merge: %s", r.Data)
	}
	if data := string(a.query(t, `{ node(id: "person:s-lavrov") { id } }`, nil)); !strings.Contains(data, `"node":null`) {
		t.Errorf("the dropped node remains: %s", data)
	}
	r = a.post(t, token, `mutation { mergeActors(keep: "person:wang-yi", drop: "country:china") { relationshipsMoved } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("merging a person with a country: %+v", r.Errors)
	}
}

func TestErrorsHaveCodes(t *testing.T) {
	a := newAPI(t)
	cases := map[string]string{
		`{ meetings(filter: {date: {from: "yesterday"}}) { totalCount } }`:              "BAD_USER_INPUT",
		`{ meetings(first: 1000) { totalCount } }`:                                      "BAD_USER_INPUT",
		`{ meetings(after: "bm90IGEgY3Vyc29y") { totalCount } }`:                        "BAD_USER_INPUT",
		`{ search(text: "  ") { score } }`:                                              "BAD_USER_INPUT",
		`{ path(from: "person:wang-yi", to: "person:x", maxHops: 9) { nodes { id } } }`: "BAD_USER_INPUT",
	}
	for q, code := range cases {
		r := a.post(t, "", q, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != code {
			t.Errorf("%s: %+v, want %s", q, r.Errors, code)
		}
	}
	resp, err := http.Get(a.URL + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("healthz: %v %v", resp, err)
	}
}

// TestAllowList locks a server to one known query.
func TestAllowList(t *testing.T) {
	a := newAPI(t)
	known := `{ stats { counts { kind count } } }`
	sum := sha256.Sum256([]byte(known))
	r := &resolvers.Resolver{Queries: a.store}
	locked := httptest.NewServer(server.New(r, server.Options{Allowed: map[string]bool{hex.EncodeToString(sum[:]): true}, Logger: quiet}))
	defer locked.Close()
	b := &api{Server: locked, store: a.store}
	if r := b.post(t, "", known, nil); len(r.Errors) > 0 {
		t.Errorf("the known query: %+v", r.Errors)
	}
	r2 := b.post(t, "", `{ stats { counts { kind } } }`, nil)
	if len(r2.Errors) != 1 || r2.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Errorf("an unknown query: %+v", r2.Errors)
	}
}

// TestDocumentIngestedSubscription subscribes over a websocket and ingests
// a document: the subscriber hears of it.
func TestDocumentIngestedSubscription(t *testing.T) {
	a := newAPI(t)
	c := client.New(a.handler, client.Path("/graphql"))
	sub := c.Websocket(`subscription { documentIngested { id title } }`)
	defer sub.Close()
	got := make(chan string, 1)
	go func() {
		var resp struct {
			DocumentIngested struct{ ID, Title string }
		}
		if err := sub.Next(&resp); err != nil {
			got <- "error: " + err.Error()
			return
		}
		got <- resp.DocumentIngested.Title
	}()
	time.Sleep(300 * time.Millisecond) // the subscription is registered asynchronously
	r := a.post(t, token, `mutation { ingestDocument(input: {title: "Talks in Astana",
	  text: "On 3 March 2023 in Astana, Foreign Minister Wang Yi met Kazakh Foreign Minister Murat Nurtleu."}) { created } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("ingest: %+v", r.Errors)
	}
	select {
	case title := <-got:
		if title != "Talks in Astana" {
			t.Errorf("the subscriber heard %q", title)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10 s")
	}
}

// TestSplitMeetingUndoesAMerge splits the second report of the Guilin
// talks back out: two meetings, one report each, each with the attendees
// its document names.
func TestSplitMeetingUndoesAMerge(t *testing.T) {
	a := newAPI(t)
	var docs struct {
		Documents struct{ Nodes []struct{ ID string } }
	}
	json.Unmarshal(a.query(t, `{ documents(filter: {title: {startsWith: "Lavrov receives"}}) { nodes { id } } }`, nil), &docs)
	doc := docs.Documents.Nodes[0].ID
	r := a.post(t, "", `mutation($d: ID!) { splitMeeting(meeting: "meeting:2021-03-22-guilin", document: $d) { id } }`, map[string]any{"d": doc})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Errorf("without the token: %+v", r.Errors)
	}
	r = a.post(t, token, `mutation($d: ID!) { splitMeeting(meeting: "meeting:2021-03-22-guilin", document: $d) {
	  id reportCount sources { document { id } } attendees { person { name } } } }`, map[string]any{"d": doc})
	if len(r.Errors) > 0 {
		t.Fatalf("split: %+v", r.Errors)
	}
	var split struct {
		SplitMeeting struct {
			ID          string
			ReportCount int
			Sources     []struct{ Document struct{ ID string } }
			Attendees   []struct{ Person struct{ Name string } }
		}
	}
	json.Unmarshal(r.Data, &split)
	m := split.SplitMeeting
	if m.ID == "meeting:2021-03-22-guilin" || m.ReportCount != 1 || m.Sources[0].Document.ID != doc || len(m.Attendees) != 2 {
		t.Errorf("the split meeting: %+v", m)
	}
	data := string(a.query(t, `{ meeting(id: "meeting:2021-03-22-guilin") { reportCount attendees { person { name } } } }`, nil))
	if !strings.Contains(data, `"reportCount":1`) || !strings.Contains(data, `"Sergey Lavrov"`) || !strings.Contains(data, `"Wang Yi"`) {
		t.Errorf("the original keeps its other report and its attendees: %s", data)
	}
	r = a.post(t, token, `mutation($d: ID!) { splitMeeting(meeting: "meeting:2021-03-22-guilin", document: $d) { id } }`, map[string]any{"d": doc})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("splitting again: %+v", r.Errors)
	}
}
