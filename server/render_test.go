package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"testing"

	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

// renderCases are queries beyond the families that exercise what the
// direct rendering of root fields must get right: aliases, fragments on
// interfaces, __typename, nulls, cursors, enums, floats, empty lists.
var renderCases = map[string]string{
	"aliases": `{ a: person(id: "person:sergey-lavrov") { n: name id x: meetings(first: 2) { edges { c: cursor node { d: date } } pageInfo { hasNextPage endCursor startCursor hasPreviousPage } } y: meetings(first: 1, orderBy: [{field: DATE, direction: DESC}]) { nodes { id status } } }
	  b: person(id: "person:nobody") { name } }`,
	"fragments": `query { node(id: "person:wang-yi") { __typename id ...P ... on Actor { kind aliases qid } } }
	  fragment P on Person { name meetingCount positions { title from to organisation { __typename id ... on Organisation { name } ... on Country { name } } accreditedTo { name } } }`,
	"typename":   `{ __typename stats { __typename counts { __typename kind count } } }`,
	"meeting":    `{ meeting(id: "meeting:2021-03-22-guilin") { id date datePrecision type mode cameo status reportCount partOf { id } parts { id } host { name } place { name country { name } } groups { id description } attendees { person { name } role onBehalfOf representing { __typename id name } } sources { document { title url published path } sentence start end } } }`,
	"search":     `{ search(text: "wang", first: 3) { score node { __typename id ... on Person { name } ... on Statement { quote } } } }`,
	"empty":      `{ meetings(filter: {date: {from: "1900-01-01", to: "1900-12-31"}}) { totalCount nodes { id } edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }`,
	"connection": `{ organisations(first: 3) { totalCount edges { cursor node { id name kind } } nodes { name } pageInfo { endCursor hasNextPage } } }`,
	"statements": `{ statements(first: 5) { totalCount nodes { id quote speaker { name } meeting { date } sources { sentence } } } }`,
	"top":        `{ stats { topActors(first: 5) { actor { __typename id name kind } score } meetingsPerMonth(from: "2021-01-01") { month count } } }`,
	"timeline":   `{ timeline(actorId: "person:sergey-lavrov") { totalCount edges { cursor node { date meeting { id } statement { id } } } } }`,
	"graph": `{ neighbourhood(id: "person:wang-yi", depth: 1) { truncated nodes { __typename id ... on Meeting { date } ... on Actor { name kind } } edges { source target relation weight } }
	  path(from: "person:andrei-denisov", to: "organisation:shanghai-cooperation-organisation") { nodes { id ... on Actor { name } ... on Meeting { date } } edges { source target relation weight } } }`,
	"variables": `query Q($id: ID! = "person:wang-yi", $n: Int = 2, $skip: Boolean = true) { person(id: $id) { name @skip(if: $skip) id meetings(first: $n) @include(if: true) { nodes { id } } } }`,
}

// TestRenderMatchesGqlgen checks that writing root fields straight from
// the store's value gives, byte for byte, the response of gqlgen's
// field-by-field execution, with one statement per root field.
func TestRenderMatchesGqlgen(t *testing.T) {
	a := newAPI(t)
	r := &resolvers.Resolver{Queries: a.store, Curator: a.store, Writer: a.store, Extractor: extract.New(nil), Events: resolvers.NewBroker()}
	ref := httptest.NewServer(server.New(r, server.Options{Token: token, RateLimit: -1, Logger: quiet, FieldByField: true}))
	defer ref.Close()
	queries := map[string]string{}
	for k, q := range families {
		queries["family "+k] = q
	}
	for k, q := range renderCases {
		queries[k] = q
	}
	names := make([]string, 0, len(queries))
	for k := range queries {
		names = append(names, k)
	}
	sort.Strings(names)
	raw := func(url, q string) []byte {
		body, _ := json.Marshal(map[string]any{"query": q})
		res, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return b
	}
	for _, name := range names {
		q := queries[name]
		want := raw(ref.URL, q)
		before := a.store.StatementsRun()
		got := raw(a.URL, q)
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\nrendered: %s\ngqlgen:   %s", name, got, want)
		}
		if bytes.Contains(want, []byte(`"errors"`)) {
			t.Errorf("%s: %s", name, want)
		}
		var roots int
		var data map[string]json.RawMessage
		var resp struct{ Data json.RawMessage }
		json.Unmarshal(got, &resp)
		json.Unmarshal(resp.Data, &data)
		for k := range data {
			if k != "__typename" {
				roots++
			}
		}
		if n := a.store.StatementsRun() - before; n != int64(roots) {
			t.Errorf("%s: %d statements for %d root fields (rendering fell back to gqlgen?)", name, n, roots)
		}
	}
}
