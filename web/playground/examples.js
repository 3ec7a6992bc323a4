// The example queries the playground opens with, one tab each. Plain data
// so that the README (or anything else) can show the same queries.
//
// GraphiQL names a tab after its operation, so every query is named; the
// comment on its first line carries the title.
//
// server/playground_test.go reads this file with a regular expression and
// checks the examples against the schema and the sample documents, so keep
// its shape: title in single quotes, then query in a template literal
// without ${...}, then, where an example has some, variables as JSON on
// one line (variables: {"id": "person:wang-yi"},).

/** @type {{title: string, query: string, variables?: Record<string, unknown>}[]} */
export const examples = [
  {
    title: 'Meetings in February 2021',
    query: `# Meetings in February 2021, with who took part, in which role, for whom
query MeetingsInFebruary2021 {
  meetings(filter: {date: {from: "2021-02-01", to: "2021-02-28"}}) {
    totalCount
    nodes {
      date
      mode
      place { name country { name } }
      host { name }
      attendees {
        person { name }
        role
        representing { name }
        onBehalfOf
      }
      groups { description }
      topics { name }
      statements { speaker { name } quote }
      sources { document { title } sentence }
    }
  }
}
`,
  },
  {
    title: 'Search',
    query: `# Search: people, organisations, countries, places, initiatives and quotes
query Search {
  search(text: "norov") {
    score
    node {
      id
      ... on Actor { name }
      ... on Initiative { name }
      ... on Statement { quote speaker { name } }
    }
  }
}
`,
  },
  {
    title: 'A person',
    query: `# A person: positions, meetings, the people met most, quotes
query Person($id: ID!) {
  person(id: $id) {
    name
    meetingCount
    positions { title organisation { name } from to }
    meetings(first: 10, orderBy: [{field: DATE, direction: DESC}]) {
      totalCount
      edges { cursor node { date place { name } attendees { person { name } } } }
      pageInfo { hasNextPage endCursor }
    }
    coAttendees(first: 5) { nodes { person { name } meetings } }
    statements(first: 5) { nodes { quote meeting { date } } }
  }
}
`,
    variables: {"id": "person:wang-yi"},
  },
  {
    title: 'An organisation',
    query: `# An organisation: its officials, members and meetings
query Organisation($id: ID!) {
  organisation(id: $id) {
    name
    aliases
    officials { nodes { person { name } position { title } } }
    members { member { name } role }
    meetings { nodes { date attendees { person { name } role } } }
  }
}
`,
    variables: {"id": "organisation:shanghai-cooperation-organisation"},
  },
  {
    title: 'An initiative',
    query: `# An initiative: who promotes it, and where it was discussed
query Initiative($id: ID!) {
  initiative(id: $id) {
    name
    promoters { name }
    meetings { nodes { date place { name } attendees { person { name } } } }
  }
}
`,
    variables: {"id": "initiative:belt-and-road-initiative"},
  },
  {
    title: 'Network around an actor',
    query: `# The network around an actor, ready for a graph view
query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, relations: [MET, HOLDS_POSITION_AT, MEMBER_OF, PROMOTES]) {
    truncated
    nodes { id ... on Actor { name kind } ... on Initiative { name kind } }
    edges { source target relation weight }
  }
}
`,
    variables: {"id": "person:vladimir-norov"},
  },
  {
    title: 'How two actors are connected',
    query: `# The shortest paths between two actors
query Path {
  path(from: "person:andrei-denisov", to: "organisation:shanghai-cooperation-organisation") {
    nodes { id ... on Actor { name } ... on Meeting { date } }
    edges { source target relation }
  }
}
`,
  },
  {
    title: 'Statistics',
    query: `# Counts per kind, meetings per month, the most connected actors
query Stats {
  stats {
    counts { kind count }
    meetingsPerMonth { month count }
    topActors(by: DEGREE, first: 5) { actor { name kind } score }
  }
}
`,
  },
];
