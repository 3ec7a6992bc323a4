package neo4j

// StablePlanStatements are the statements of a document's write that run
// with stablePlan, whose plans Neo4j keeps from the first document on,
// for the test of how they are planned on an empty database.
var StablePlanStatements = map[string]string{
	"documentExists":    stablePlan + documentExists,
	"meetingCandidates": stablePlan + meetingCandidates,
	"lookupStatement":   stablePlan + lookupStatement,
	"writeFacts":        stablePlan + writeFacts,
}

// SetHubDegree sets hubDegree and returns the value it had, for the test
// that compares the two ways of finding a person's meetings.
func SetHubDegree(n int) int {
	old := hubDegree
	hubDegree = n
	return old
}
