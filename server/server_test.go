package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/neo4jtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/resolvers"
	"github.com/actorgraph/actorgraph/server"
)

// newServer loads the seed into an empty Neo4j and serves the API over a
// real HTTP listener.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	s := neo4jtest.Open(t)
	g, err := extract.DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	l := &loader.Loader{Extractor: extract.New(g), Writer: s}
	seed := filepath.Join("..", "examples", "documents", "000_72d5b63c66d0694d.txt")
	if sum, err := l.Load(context.Background(), []string{seed}); err != nil || sum.Loaded != 1 {
		t.Fatalf("load seed: %v %v", sum, err)
	}
	srv := httptest.NewServer(server.New(&resolvers.Resolver{Queries: s, Relations: s}, server.Options{}))
	t.Cleanup(srv.Close)
	return srv
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, srv *httptest.Server, query string, vars map[string]any) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
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

const meetingsQuery = `query($from: Date, $to: Date) {
  meetings(from: $from, to: $to) {
    id date type mode
    place { name country { name } }
    host { name }
    attendees { person { id name } role representing { name kind } onBehalfOf }
    groups { description }
    discussed { name }
    statements { quote speaker { name } }
    sources { id title }
  }
}`

func TestMeetingsInFebruary2021(t *testing.T) {
	srv := newServer(t)
	r := post(t, srv, meetingsQuery, map[string]any{"from": "2021-02-01", "to": "2021-02-28"})
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var data struct {
		Meetings []struct {
			Date  string
			Type  string
			Place struct {
				Name    string
				Country struct{ Name string }
			}
			Host      struct{ Name string }
			Attendees []struct {
				Person       struct{ Name string }
				Role         string
				Representing struct{ Name, Kind string }
				OnBehalfOf   string
			}
			Groups     []struct{ Description string }
			Discussed  []struct{ Name string }
			Statements []struct {
				Quote   string
				Speaker struct{ Name string }
			}
			Sources []struct{ ID, Title string }
		}
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Meetings) != 1 {
		t.Fatalf("%d meetings in February 2021, want 1: %s", len(data.Meetings), r.Data)
	}
	m := data.Meetings[0]
	if m.Date != "2021-02-02" || m.Type != "CONSULT" || m.Place.Name != "Beijing" || m.Place.Country.Name != "China" || m.Host.Name != "Wang Yi" {
		t.Errorf("meeting: %+v", m)
	}
	var attendees []string
	for _, a := range m.Attendees {
		attendees = append(attendees, a.Person.Name+" | "+a.Role+" | "+a.Representing.Name+" | "+a.Representing.Kind)
	}
	sort.Strings(attendees)
	want := []string{
		"Andrei Denisov | Ambassador | Russia | COUNTRY",
		"Vladimir Norov | Secretary-General | Shanghai Cooperation Organisation | ORGANISATION",
		"Wang Yi | Foreign Minister | China | COUNTRY",
	}
	if strings.Join(attendees, "\n") != strings.Join(want, "\n") {
		t.Errorf("attendees:\n%s\nwant:\n%s", strings.Join(attendees, "\n"), strings.Join(want, "\n"))
	}
	if len(m.Groups) != 1 || !strings.Contains(m.Groups[0].Description, "ambassadors of the Eurasian states to China") {
		t.Errorf("groups: %+v", m.Groups)
	}
	if len(m.Sources) != 1 || !strings.HasPrefix(m.Sources[0].Title, "SCO Secretary-General takes part") {
		t.Errorf("sources: %+v", m.Sources)
	}
	speakers := map[string]int{}
	for _, s := range m.Statements {
		speakers[s.Speaker.Name]++
	}
	if speakers["Wang Yi"] < 1 || speakers["Vladimir Norov"] < 1 || len(speakers) != 2 {
		t.Errorf("statement speakers: %v", speakers)
	}

	// No meeting in January 2021.
	r = post(t, srv, meetingsQuery, map[string]any{"from": "2021-01-01", "to": "2021-01-31"})
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"meetings":[]`) {
		t.Errorf("January 2021: %s %+v", r.Data, r.Errors)
	}
}

func TestPersonSearchAndRelations(t *testing.T) {
	srv := newServer(t)
	r := post(t, srv, `{ search(text: "noro") { node { id ... on Person { name } } } }`, nil)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"id":"person:vladimir-norov"`) {
		t.Fatalf("search: %s %+v", r.Data, r.Errors)
	}
	r = post(t, srv, `{ person(id: "person:wang-yi") {
	  name positions { title organisation { name } }
	  meetings { date }
	  met { person { name } meetings }
	  statements { quote }
	} }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var data struct {
		Person struct {
			Name      string
			Positions []struct {
				Title        string
				Organisation struct{ Name string }
			}
			Meetings []struct{ Date string }
			Met      []struct {
				Person   struct{ Name string }
				Meetings int
			}
			Statements []struct{ Quote string }
		}
	}
	json.Unmarshal(r.Data, &data)
	p := data.Person
	if p.Name != "Wang Yi" || len(p.Positions) != 1 || p.Positions[0].Title != "Foreign Minister" || p.Positions[0].Organisation.Name != "China" {
		t.Errorf("person: %+v", p)
	}
	if len(p.Meetings) != 1 || p.Meetings[0].Date != "2021-02-02" {
		t.Errorf("meetings: %+v", p.Meetings)
	}
	var met []string
	for _, m := range p.Met {
		met = append(met, m.Person.Name)
		if m.Meetings != 1 {
			t.Errorf("met %s in %d meetings, want 1", m.Person.Name, m.Meetings)
		}
	}
	sort.Strings(met)
	if strings.Join(met, ",") != "Andrei Denisov,Vladimir Norov" {
		t.Errorf("met: %v", met)
	}
	if len(p.Statements) < 2 {
		t.Errorf("statements: %+v", p.Statements)
	}

	r = post(t, srv, `{ organisation(id: "organisation:shanghai-cooperation-organisation") {
	  name aliases officials { person { name } position { title } } meetings { date } } }`, nil)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"officials":[{"person":{"name":"Vladimir Norov"},"position":{"title":"Secretary-General"}}]`) ||
		!strings.Contains(string(r.Data), `"meetings":[{"date":"2021-02-02"}]`) {
		t.Errorf("organisation: %s %+v", r.Data, r.Errors)
	}
	r = post(t, srv, `{ initiative(id: "initiative:belt-and-road-initiative") {
	  name promoters { name } meetings { date } } }`, nil)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"promoters":[{"name":"Wang Yi"}]`) ||
		!strings.Contains(string(r.Data), `"meetings":[{"date":"2021-02-02"}]`) {
		t.Errorf("initiative: %s %+v", r.Data, r.Errors)
	}
	r = post(t, srv, `{ node(id: "country:russia") { id ... on Country { name officials { person { name } } } } }`, nil)
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"name":"Andrei Denisov"`) {
		t.Errorf("node: %s %+v", r.Data, r.Errors)
	}
}

func TestErrorsHaveCodes(t *testing.T) {
	srv := newServer(t)
	r := post(t, srv, `{ meetings(from: "yesterday") { id } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("bad date: %+v", r.Errors)
	}
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("healthz: %v %v", resp, err)
	}
	resp, err = http.Get(srv.URL + "/")
	if err != nil || resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("playground: %v %v", resp, err)
	}
}
