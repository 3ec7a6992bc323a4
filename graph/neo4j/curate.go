package neo4j

import (
	"context"
	"strconv"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

var _ graph.CurationService = (*Store)(nil)

// Retracting a document: the relationships in its facts that no other
// document supports go, then the document, then the nodes it supported that
// no other document supports. A relationship is supported only by
// documents that support its start node too (writes mention or report both
// ends), so those are the documents to look at.
var (
	supportedNodes = `MATCH (d:Document {id: $doc}) RETURN [(d)-[:MENTIONS]->(n) | n.id] + [(n)-[:REPORTED_IN]->(d) | n.id]`
	retractFacts   = `MATCH (d:Document {id: $doc})
UNWIND coalesce(d.facts, []) AS k
WITH k, split(k, $sep) AS p
MATCH (a:Node {id: p[1]})-[r]->(:Node {id: p[2]}) WHERE type(r) = p[0]
WITH r, a, k WHERE NOT ` + supportedElsewhere("a", "k") + `
DELETE r`
	deleteDocumentNode = `MATCH (d:Document {id: $doc}) DETACH DELETE d`
	deleteUnsupported  = `UNWIND $ids AS id
MATCH (n:Node {id: id}) WHERE size(` + supportersOf("n") + `) = 0
DETACH DELETE n`
	reportedMeetings = `MATCH (m:Meeting)-[:REPORTED_IN]->(:Document {id: $doc}) RETURN collect(m.id)`
)

// DeleteDocument implements graph.CurationService.
func (s *Store) DeleteDocument(ctx context.Context, id string) (graph.DeleteResult, error) {
	out, err := s.executeWrite(ctx, "deleteDocument", func(tx driver.ManagedTransaction) (any, error) {
		var r graph.DeleteResult
		exists, err := single(ctx, tx, documentExists, map[string]any{"doc": id})
		if err != nil || !exists.(bool) {
			return r, err
		}
		r.Deleted = true
		reported, err := single(ctx, tx, reportedMeetings, map[string]any{"doc": id})
		if err != nil {
			return r, err
		}
		supported, err := single(ctx, tx, supportedNodes, map[string]any{"doc": id})
		if err != nil {
			return r, err
		}
		for _, q := range []string{retractFacts, deleteDocumentNode, deleteUnsupported} {
			res, err := tx.Run(ctx, q, map[string]any{"doc": id, "sep": factSep, "ids": supported})
			if err != nil {
				return r, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return r, err
			}
			r.NodesDeleted += sum.Counters().NodesDeleted()
			r.RelationshipsDeleted += sum.Counters().RelationshipsDeleted()
		}
		// The meetings it reported that remain take their status from the
		// reports left.
		var rows []map[string]any
		for _, m := range reported.([]any) {
			rows = append(rows, map[string]any{"id": m})
		}
		_, err = tx.Run(ctx, meetingStatusStatement, map[string]any{"rows": rows})
		return r, err
	})
	if err != nil {
		return graph.DeleteResult{}, s.wrap(err)
	}
	return out.(graph.DeleteResult), nil
}

func single(ctx context.Context, tx driver.ManagedTransaction, q string, params map[string]any) (any, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return nil, err
	}
	return rec.Values[0], nil
}

const nodeExists = `RETURN EXISTS { (:Node {id: $id}) }`

// docTag is the short form of a document's ID that marks what a split
// took from it: the first 12 characters of its hash.
func docTag(document string) string {
	_, tag, _ := strings.Cut(document, ":")
	return tag[:min(12, len(tag))]
}

// freeID is id, or, where a node has it, id with a number (~2, ~3, ...):
// the ID a split gives its new node.
func freeID(ctx context.Context, tx driver.ManagedTransaction, id string) (string, error) {
	try := id
	for n := 2; ; n++ {
		taken, err := single(ctx, tx, nodeExists, map[string]any{"id": try})
		if err != nil || !taken.(bool) {
			return try, err
		}
		try = id + "~" + strconv.Itoa(n)
	}
}

const mergeCheck = `OPTIONAL MATCH (k:Node {id: $keep})
OPTIONAL MATCH (d:Node {id: $drop})
RETURN [k.kind, d.kind]`

// The representations recorded on attendances name their country or
// organisation by ID: they follow the merge.
const mergeRepresenting = `MATCH (m:Meeting)-[:PARTY]->(:Node {id: $drop})
MATCH (:Person)-[r:ATTENDED {representing: $drop}]->(m)
SET r.representing = $keep`

// moveRelationships holds, for each relationship type and direction, the
// statement that moves drop's relationships to keep, merging with any keep
// already has. The facts of the documents that supported drop are
// rewritten afterwards (rewriteFacts).
var moveRelationships = func() []string {
	var qs []string
	for _, t := range relTypes {
		qs = append(qs, `MATCH (d:Node {id: $drop})-[r:`+t+`]->(x) WHERE x.id <> $keep
MATCH (k:Node {id: $keep})
MERGE (k)-[r2:`+t+`]->(x)
ON CREATE SET r2 = properties(r)
DELETE r`,
			`MATCH (d:Node {id: $drop})<-[r:`+t+`]-(x) WHERE x.id <> $keep
MATCH (k:Node {id: $keep})
MERGE (k)<-[r2:`+t+`]-(x)
ON CREATE SET r2 = properties(r)
DELETE r`)
	}
	return qs
}()

// dropLostFacts takes out of the facts of keep's documents the keys that
// the merge made into loops on keep (relationships between keep and drop,
// and drop's own loops, which the merge deleted), unless keep has such a
// loop.
var dropLostFacts = `MATCH (k:Node {id: $keep})
UNWIND ` + supportersOf("k") + ` AS d
WITH DISTINCT d, k
SET d.facts = COLLECT { UNWIND coalesce(d.facts, []) AS x
  WITH x, split(x, $sep) AS p
  WHERE NOT (p[1] = $keep AND p[2] = $keep) OR EXISTS { MATCH (k)-[r]->(k) WHERE type(r) = p[0] }
  RETURN x ORDER BY x }`

const mergeNodes = `MATCH (k:Node {id: $keep}), (d:Node {id: $drop})
SET k.aliases = k.aliases + [a IN [d.name] + coalesce(d.aliases, []) WHERE a <> k.name AND NOT a IN k.aliases],
    k.qid = coalesce(k.qid, d.qid),
    k.mergedFrom = coalesce(k.mergedFrom, []) + [d.id]
SET k.searchText = reduce(s = coalesce(k.name, ''), a IN k.aliases | s + ' | ' + a)
DETACH DELETE d`

// MergeActors implements graph.CurationService, in one write transaction.
func (s *Store) MergeActors(ctx context.Context, keep, drop string) (graph.MergeResult, error) {
	if keep == drop {
		return graph.MergeResult{}, graph.Errorf(graph.EINVALID, "cannot merge %s with itself", keep)
	}
	params := map[string]any{"keep": keep, "drop": drop}
	out, err := s.executeWrite(ctx, "mergeActors", func(tx driver.ManagedTransaction) (any, error) {
		r := graph.MergeResult{KeptID: keep}
		v, err := single(ctx, tx, mergeCheck, params)
		if err != nil {
			return r, err
		}
		kinds := v.([]any)
		switch {
		case kinds[0] == nil:
			return r, graph.Errorf(graph.ENOTFOUND, "no node %s", keep)
		case kinds[1] == nil:
			return r, graph.Errorf(graph.ENOTFOUND, "no node %s", drop)
		case kinds[0] != kinds[1]:
			return r, graph.Errorf(graph.EINVALID, "cannot merge a %v with a %v", kinds[1], kinds[0])
		case kinds[0] == string(graph.KindDocument) || kinds[0] == string(graph.KindMeeting) || kinds[0] == string(graph.KindStatement):
			return r, graph.Errorf(graph.EINVALID, "mergeActors merges actors, not %vs", kinds[0])
		}
		if _, err := tx.Run(ctx, mergeRepresenting, params); err != nil {
			return r, err
		}
		for _, q := range moveRelationships {
			res, err := tx.Run(ctx, q, params)
			if err != nil {
				return r, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return r, err
			}
			r.RelationshipsMoved += sum.Counters().RelationshipsDeleted()
		}
		if _, err := tx.Run(ctx, mergeNodes, params); err != nil {
			return r, err
		}
		if _, err := tx.Run(ctx, rewriteFacts, map[string]any{"old": drop, "new": keep, "sep": factSep}); err != nil {
			return r, err
		}
		_, err = tx.Run(ctx, dropLostFacts, map[string]any{"keep": keep, "sep": factSep})
		return r, err
	})
	if err != nil {
		return graph.MergeResult{}, s.wrap(err)
	}
	return out.(graph.MergeResult), nil
}

// Splitting a meeting: a document's report of a merged meeting moves to a
// meeting of its own, with the relationships that document supports; the
// merged meeting keeps what its other reports support.
const (
	splitCheck = `OPTIONAL MATCH (m:Meeting {id: $meeting})
RETURN [m IS NOT NULL, EXISTS { (m)-[:REPORTED_IN]->(:Document {id: $doc}) }, COUNT { (m)-[:REPORTED_IN]->(:Document) }]`
	splitCreate = `MATCH (m:Meeting {id: $meeting})
CREATE (n:Meeting:Node {id: $new})
SET n += m {.*, id: $new, propsFrom: $doc, splitFrom: $meeting, resolvedBy: null, splitOff: null}
SET m.splitOff = coalesce(m.splitOff, []) + [$new]`
)

// splitRelationships holds, for each relationship type and direction, the
// statement that copies the relationships of a merged node ($node) that
// the document's facts hold to the split one ($new), deleting the
// originals that no other document supports.
var splitRelationships = func() []string {
	var qs []string
	for _, t := range relTypes {
		if !isFact(t) {
			continue
		}
		qs = append(qs, `MATCH (d:Document {id: $doc})
UNWIND [k IN coalesce(d.facts, []) WHERE k STARTS WITH '`+t+`' + $sep + $node + $sep] AS k
MATCH (m:Node {id: $node})-[r:`+t+`]->(x:Node {id: split(k, $sep)[2]}) WHERE x.id <> $node
MATCH (n:Node {id: $new})
CREATE (n)-[c:`+t+`]->(x)
SET c = properties(r), c.propsFrom = $doc
WITH r, m, k WHERE NOT `+supportedElsewhere("m", "k")+`
DELETE r`,
			`MATCH (d:Document {id: $doc})
UNWIND [k IN coalesce(d.facts, []) WHERE k STARTS WITH '`+t+`' + $sep AND k ENDS WITH $sep + $node] AS k
MATCH (x:Node {id: split(k, $sep)[1]})-[r:`+t+`]->(m:Node {id: $node}) WHERE x.id <> $node
MATCH (n:Node {id: $new})
CREATE (x)-[c:`+t+`]->(n)
SET c = properties(r), c.propsFrom = $doc
WITH r, x, k WHERE NOT `+supportedElsewhere("x", "k")+`
DELETE r`)
	}
	// The document's own link to the node moves to the split one.
	return append(qs, `MATCH (m:Node {id: $node})-[r:REPORTED_IN]->(d:Document {id: $doc})
MATCH (n:Node {id: $new})
CREATE (n)-[c:REPORTED_IN]->(d)
SET c = properties(r)
DELETE r`, `MATCH (d:Document {id: $doc})-[r:MENTIONS]->(m:Node {id: $node})
MATCH (n:Node {id: $new})
CREATE (d)-[c:MENTIONS]->(n)
SET c = properties(r)
DELETE r`, `MATCH (d:Document {id: $doc})
SET d.facts = `+renamedFacts)
}()

func splitEdges(ctx context.Context, tx driver.ManagedTransaction, node, newID, doc string) error {
	for _, q := range splitRelationships {
		params := map[string]any{"node": node, "old": node, "new": newID, "doc": doc, "sep": factSep}
		if _, err := tx.Run(ctx, q, params); err != nil {
			return err
		}
	}
	return nil
}

// SplitMeeting implements graph.CurationService.
func (s *Store) SplitMeeting(ctx context.Context, meeting, document string) (string, error) {
	session := s.driver.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: driver.AccessModeWrite})
	defer session.Close(ctx)
	out, err := session.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		newID, err := freeID(ctx, tx, meeting+"~"+docTag(document))
		if err != nil {
			return nil, err
		}
		params := map[string]any{"meeting": meeting, "doc": document, "new": newID}
		v, err := single(ctx, tx, splitCheck, params)
		if err != nil {
			return nil, err
		}
		check := v.([]any)
		switch {
		case !check[0].(bool):
			return nil, graph.Errorf(graph.ENOTFOUND, "no meeting %s", meeting)
		case !check[1].(bool):
			return nil, graph.Errorf(graph.EINVALID, "document %s does not report meeting %s", document, meeting)
		case check[2].(int64) < 2:
			return nil, graph.Errorf(graph.EINVALID, "meeting %s has one report only: nothing to split", meeting)
		}
		if _, err := tx.Run(ctx, splitCreate, params); err != nil {
			return nil, err
		}
		if err := splitEdges(ctx, tx, meeting, newID, document); err != nil {
			return nil, err
		}
		_, err = tx.Run(ctx, meetingStatusStatement, map[string]any{"rows": []map[string]any{{"id": meeting}, {"id": newID}}})
		return newID, err
	})
	if err != nil {
		return "", s.wrap(err)
	}
	return out.(string), nil
}

// Splitting a person: a document's mention of a person that resolution (or
// a curator) merged with another document's becomes a person of its own
// again, under the ID and name the document gave it, with the relationships
// and positions that document supports.
var (
	splitPersonCheck = `OPTIONAL MATCH (p:Person {id: $person})
OPTIONAL MATCH (:Document {id: $doc})-[m:MENTIONS]->(p)
RETURN [p IS NOT NULL, m IS NOT NULL, size(` + supportersOf("p") + `), m.name, m.asId,
  EXISTS { (:Node {id: m.asId}) }]`
	splitPersonCreate = `MATCH (p:Person {id: $person})
CREATE (n:Person:Node {id: $new})
SET n += p {.*, id: $new, aliases: [], propsFrom: $doc, splitFrom: $person,
    resolvedBy: null, splitOff: null, mergedFrom: null}
SET n += $naming, n.nameFrom = $doc, n.searchText = $name
SET p.splitOff = coalesce(p.splitOff, []) + [$new],
    p.aliases = [a IN p.aliases WHERE a <> $name OR
      EXISTS { (d:Document)-[:MENTIONS {name: a}]->(p) WHERE d.id <> $doc }]
SET p.searchText = reduce(s = coalesce(p.name, ''), a IN p.aliases | s + ' | ' + a)`
	// The positions the document gives the split person: its own when
	// only that document supports them, else copies.
	splitPersonPositions = `MATCH (:Person {id: $new})-[:HOLDS]->(x:Position)
RETURN x.id, x.title, [(x)-[:OF]->(o) | o.id][0], [(x)-[:ACCREDITED_TO]->(c) | c.id][0],
  [(x)-[:REPORTED_IN]->(d:Document) | d.id] = [$doc]`
	splitPositionCreate = `MATCH (x:Position {id: $node})
CREATE (n:Position:Node {id: $new})
SET n += x {.*, id: $new, propsFrom: $doc}`
)

// SplitPerson implements graph.CurationService.
func (s *Store) SplitPerson(ctx context.Context, person, document string) (string, error) {
	out, err := s.executeWrite(ctx, "splitPerson", func(tx driver.ManagedTransaction) (any, error) {
		v, err := single(ctx, tx, splitPersonCheck, map[string]any{"person": person, "doc": document})
		if err != nil {
			return nil, err
		}
		check := v.([]any)
		switch {
		case !check[0].(bool):
			return nil, graph.Errorf(graph.ENOTFOUND, "no person %s", person)
		case !check[1].(bool):
			return nil, graph.Errorf(graph.EINVALID, "document %s does not mention person %s", document, person)
		case check[2].(int64) < 2:
			return nil, graph.Errorf(graph.EINVALID, "person %s has one source only: nothing to split", person)
		}
		name, _ := check[3].(string)
		newID, _ := check[4].(string)
		if newID == "" || newID == person || check[5].(bool) {
			if newID, err = freeID(ctx, tx, person+"~"+docTag(document)); err != nil {
				return nil, err
			}
		}
		params := map[string]any{"person": person, "doc": document, "new": newID, "name": name, "naming": naming(name)}
		if _, err := tx.Run(ctx, splitPersonCreate, params); err != nil {
			return nil, err
		}
		if err := splitEdges(ctx, tx, person, newID, document); err != nil {
			return nil, err
		}
		// Its positions take IDs of its own: copies where other documents
		// support the position too.
		res, err := tx.Run(ctx, splitPersonPositions, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		str := func(v any) string { s, _ := v.(string); return s }
		for _, rec := range recs {
			old, own := str(rec.Values[0]), rec.Values[4].(bool)
			id := graph.PositionID(newID, str(rec.Values[1]), str(rec.Values[2]), str(rec.Values[3]))
			if own && id == old {
				continue
			}
			// The ID the split person gives may be taken: by this very
			// position, when a merge brought it from a person of that ID,
			// or by another.
			id, err := freeID(ctx, tx, id)
			if err != nil {
				return nil, err
			}
			if own {
				if err := renameGraphNodes(ctx, tx, []map[string]any{{"old": old, "new": id}}); err != nil {
					return nil, err
				}
				continue
			}
			if _, err := tx.Run(ctx, splitPositionCreate, map[string]any{"node": old, "new": id, "doc": document}); err != nil {
				return nil, err
			}
			if err := splitEdges(ctx, tx, old, id, document); err != nil {
				return nil, err
			}
		}
		return newID, nil
	})
	if err != nil {
		return "", s.wrap(err)
	}
	return out.(string), nil
}
