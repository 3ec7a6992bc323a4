package neo4j

import (
	"context"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Map projections shared by the read statements. Their keys match the
// field names of the domain types, which read decodes into.
const (
	actorProj   = `{.id, .kind, .name, .aliases, .qid, .sources}`
	documentMap = `{.id, .title, .url, .published, .publisher, .path}`
	meetingProj = `m {.id, .date, .datePrecision, .type, .mode, .cameo,
  place: head([(m)-[:HELD_IN]->(p:Place) | p {.id, .kind, .name, .aliases, .qid, .sources,
    countryId: head([(p)-[:LOCATED_IN]->(c:Country) | c.id])}]),
  host: head([(m)-[:HOSTED_BY]->(h:Person) | h ` + actorProj + `]),
  attendees: [(a:Person)-[r:ATTENDED]->(m) | {person: a ` + actorProj + `, role: r.role, onBehalfOf: r.onBehalfOf,
    representing: head(COLLECT { MATCH (x:Node {id: r.representing}) RETURN x ` + actorProj + ` })}],
  groups: [(g:Group)-[:ATTENDED]->(m) | g {.id, .description}],
  discussed: [(m)-[:DISCUSSED]->(i:Initiative) | i ` + actorProj + `],
  sources: [(m)-[:REPORTED_IN]->(d:Document) | d ` + documentMap + `]}`
	positionProj = `pos {.id, .title, .sources,
  organisation: head([(pos)-[:OF]->(o) | o ` + actorProj + `]),
  accreditedTo: head([(pos)-[:ACCREDITED_TO]->(c:Country) | c ` + actorProj + `])}`
)

const searchQuery = `CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
RETURN {node: node ` + actorProj + `, score: score} AS hit
ORDER BY hit.score DESC, hit.node.name, hit.node.id
LIMIT $limit`

const meetingsQuery = `MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
WITH m ORDER BY m.date, m.id
LIMIT $limit
RETURN ` + meetingProj

const meetingsByIDQuery = `UNWIND $ids AS id
OPTIONAL MATCH (m:Meeting {id: id})
RETURN CASE WHEN m IS NULL THEN null ELSE ` + meetingProj + ` END`

const actorsByIDQuery = `UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
RETURN CASE WHEN n IS NULL THEN null ELSE n ` + actorProj + ` END`

const documentsByIDQuery = `UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN CASE WHEN d IS NULL THEN null ELSE d ` + documentMap + ` END`

const positionsOfQuery = `UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[:HOLDS]->(pos:Position)
  WITH pos ORDER BY pos.title, pos.id
  RETURN collect(` + positionProj + `) AS items
}
RETURN {key: id, items: items}`

const meetingsOfQuery = `UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (n:Node {id: id})
  CALL (n) {
    MATCH (n)-[:ATTENDED]->(m:Meeting) RETURN m
    UNION
    MATCH (m:Meeting)-[:DISCUSSED|HOSTED_BY|HELD_IN]->(n) RETURN m
    UNION
    MATCH (n)<-[:OF]-(:Position)<-[:HOLDS]-(:Person)-[r:ATTENDED]->(m:Meeting) WHERE r.representing = n.id RETURN m
  }
  WITH DISTINCT m ORDER BY m.date, m.id
  RETURN collect(` + meetingProj + `) AS items
}
RETURN {key: id, items: items}`

const coAttendeesOfQuery = `UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
  WHERE o <> p
  WITH o, count(DISTINCT m) AS meetings
  ORDER BY meetings DESC, o.name, o.id
  RETURN collect({person: o ` + actorProj + `, meetings: meetings}) AS items
}
RETURN {key: id, items: items}`

const statementsOfQuery = `UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (:Person {id: id})-[:SAID]->(s:Statement) RETURN s
    UNION
    MATCH (:Meeting {id: id})<-[:SAID_AT]-(s:Statement) RETURN s
  }
  WITH s ORDER BY s.start, s.id
  RETURN collect(s {.id, .quote, .sentence, .sources,
    speakerId: head([(s)<-[:SAID]-(p:Person) | p.id]),
    meetingId: head([(s)-[:SAID_AT]->(m:Meeting) | m.id])}) AS items
}
RETURN {key: id, items: items}`

const officialsOfQuery = `UNWIND $ids AS id
CALL (id) {
  MATCH (n:Node {id: id})<-[:OF]-(pos:Position)<-[:HOLDS]-(p:Person)
  WITH p, pos ORDER BY p.name, pos.title
  RETURN collect({person: p ` + actorProj + `, position: ` + positionProj + `}) AS items
}
RETURN {key: id, items: items}`

const promotersOfQuery = `UNWIND $ids AS id
CALL (id) {
  MATCH (:Initiative {id: id})<-[:PROMOTES]-(a:Node)
  WITH a ORDER BY a.name, a.id
  RETURN collect(a ` + actorProj + `) AS items
}
RETURN {key: id, items: items}`

// maxLimit caps the size of any list a single statement returns.
const maxLimit = 1000

// Search implements graph.QueryService over the full-text index of names
// and aliases. Each word of text matches as a prefix.
func (s *Store) Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]graph.SearchHit, error) {
	q := luceneQuery(text)
	if q == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text is empty")
	}
	ks := make([]string, len(kinds))
	for i, k := range kinds {
		ks[i] = string(k)
	}
	return read[graph.SearchHit](ctx, s, searchQuery, map[string]any{
		"query": q, "kinds": ks, "limit": clamp(limit)})
}

// luceneQuery turns user text into a Lucene query in which every word must
// match as a prefix, with Lucene's syntax characters escaped.
func luceneQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		terms = append(terms, b.String()+"*")
	}
	return strings.Join(terms, " AND ")
}

// Meetings implements graph.QueryService.
func (s *Store) Meetings(ctx context.Context, f graph.MeetingFilter) ([]*graph.Meeting, error) {
	ms, err := read[*graph.Meeting](ctx, s, meetingsQuery, map[string]any{
		"from": nullable(f.From), "to": nullable(f.To), "limit": clamp(f.Limit)})
	normaliseMeetings(ms)
	return ms, err
}

// MeetingsByID implements graph.QueryService.
func (s *Store) MeetingsByID(ctx context.Context, ids []string) ([]*graph.Meeting, error) {
	ms, err := read[*graph.Meeting](ctx, s, meetingsByIDQuery, map[string]any{"ids": ids})
	normaliseMeetings(ms)
	return ms, err
}

// ActorsByID implements graph.QueryService.
func (s *Store) ActorsByID(ctx context.Context, ids []string) ([]*graph.Actor, error) {
	return read[*graph.Actor](ctx, s, actorsByIDQuery, map[string]any{"ids": ids})
}

// DocumentsByID implements graph.QueryService.
func (s *Store) DocumentsByID(ctx context.Context, ids []string) ([]*graph.Document, error) {
	return read[*graph.Document](ctx, s, documentsByIDQuery, map[string]any{"ids": ids})
}

// PositionsOf implements graph.RelationService.
func (s *Store) PositionsOf(ctx context.Context, ids []string) ([][]*graph.Position, error) {
	return relation[*graph.Position](ctx, s, positionsOfQuery, ids)
}

// MeetingsOf implements graph.RelationService: the meetings a person
// attended or hosted, that an official attended on behalf of an
// organisation or country, that discussed an initiative or took place in a
// place.
func (s *Store) MeetingsOf(ctx context.Context, ids []string) ([][]*graph.Meeting, error) {
	out, err := relation[*graph.Meeting](ctx, s, meetingsOfQuery, ids)
	for _, ms := range out {
		normaliseMeetings(ms)
	}
	return out, err
}

// CoAttendeesOf implements graph.RelationService.
func (s *Store) CoAttendeesOf(ctx context.Context, ids []string) ([][]*graph.CoAttendee, error) {
	return relation[*graph.CoAttendee](ctx, s, coAttendeesOfQuery, ids)
}

// StatementsOf implements graph.RelationService.
func (s *Store) StatementsOf(ctx context.Context, ids []string) ([][]*graph.Statement, error) {
	return relation[*graph.Statement](ctx, s, statementsOfQuery, ids)
}

// OfficialsOf implements graph.RelationService.
func (s *Store) OfficialsOf(ctx context.Context, ids []string) ([][]*graph.Official, error) {
	return relation[*graph.Official](ctx, s, officialsOfQuery, ids)
}

// PromotersOf implements graph.RelationService.
func (s *Store) PromotersOf(ctx context.Context, ids []string) ([][]*graph.Actor, error) {
	return relation[*graph.Actor](ctx, s, promotersOfQuery, ids)
}

// relation runs a statement that returns one {key, items} row per ID and
// lines the items up with ids.
func relation[T any](ctx context.Context, s *Store, q string, ids []string) ([][]T, error) {
	type row struct {
		Key   string
		Items []T
	}
	rows, err := read[row](ctx, s, q, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	byKey := make(map[string][]T, len(rows))
	for _, r := range rows {
		byKey[r.Key] = r.Items
	}
	out := make([][]T, len(ids))
	for i, id := range ids {
		out[i] = byKey[id]
	}
	return out, nil
}

// normaliseMeetings puts the lists that pattern comprehensions return in no
// set order into a stable one.
func normaliseMeetings(ms []*graph.Meeting) {
	for _, m := range ms {
		if m == nil {
			continue
		}
		sort.Slice(m.Attendees, func(i, j int) bool { return m.Attendees[i].Person.Name < m.Attendees[j].Person.Name })
		sort.Slice(m.Groups, func(i, j int) bool { return m.Groups[i].Description < m.Groups[j].Description })
		sort.Slice(m.Discussed, func(i, j int) bool { return m.Discussed[i].Name < m.Discussed[j].Name })
		sort.Slice(m.Sources, func(i, j int) bool { return m.Sources[i].ID < m.Sources[j].ID })
	}
}

func clamp(limit int) int {
	if limit <= 0 || limit > maxLimit {
		return maxLimit
	}
	return limit
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
