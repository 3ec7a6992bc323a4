// The example queries the playground opens with, one tab each. Plain data
// so that the README (or anything else) can show the same queries.
//
// GraphiQL names a tab after its operation, so every query is named; the
// comment on its first line carries the title.

/**
 * variables, where an example has some, is an object of the operation's
 * variables.
 *
 * @type {{title: string, query: string, variables?: Record<string, unknown>}[]}
 */
export const examples = [
  {
    title: 'Meetings in February 2021',
    query: `# Meetings in February 2021
query MeetingsInFebruary2021 {
  meetings(from: "2021-02-01", to: "2021-02-28") {
    date
    place { name country { name } }
    host { name }
    attendees {
      person { name }
      role
      representing { ... on Actor { name } }
      onBehalfOf
    }
    groups { description }
    discussed { name }
    statements { speaker { name } quote }
    sources { title }
  }
}
`,
  },
  {
    title: 'Search',
    query: `# Search: people, organisations, countries, places and initiatives by name
query Search {
  search(text: "norov") {
    score
    node {
      id
      ... on Person { name }
      ... on Organisation { name }
      ... on Country { name }
      ... on Initiative { name }
    }
  }
}
`,
  },
  {
    title: 'A person',
    query: `# A person
query APerson {
  person(id: "person:wang-yi") {
    name
    positions { title organisation { ... on Actor { name } } }
    meetings { date place { name } }
    met { person { name } meetings }
    statements { quote }
  }
}
`,
  },
  {
    title: 'An organisation',
    query: `# An organisation
query AnOrganisation {
  organisation(id: "organisation:shanghai-cooperation-organisation") {
    name
    aliases
    officials { person { name } position { title } }
    meetings { date }
  }
}
`,
  },
  {
    title: 'An initiative',
    query: `# An initiative
query AnInitiative {
  initiative(id: "initiative:belt-and-road-initiative") {
    name
    promoters { ... on Actor { name } }
    meetings { date attendees { person { name } } }
  }
}
`,
  },
];
