// The explorer's only way to the data: the public GraphQL API of the server
// that serves the page (POST /graphql, same origin).

/** Thrown for GraphQL errors; message is the server's, code its extensions.code. */
export class APIError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** Posts a query and returns its data, or throws an APIError. */
export async function gql(query, variables = {}, signal) {
  const resp = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await resp.json();
  } catch {
    throw new APIError(`the server answered ${resp.status} without JSON`, 'UNAVAILABLE');
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new APIError(e.message, e.extensions?.code);
  }
  return body.data;
}

const nodeFields = `id __typename
  ... on Actor { name kind meetingCount }
  ... on Initiative { name kind }
  ... on Place { name kind }
  ... on Meeting { date }
  ... on Position { title }`;

export const SEARCH = `query Search($text: String!, $kinds: [Kind!]) {
  search(text: $text, kinds: $kinds, first: 8) {
    score
    node { id __typename ... on Actor { name kind } ... on Initiative { name kind } }
  }
}`;

export const NAMES = `query Names($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Actor { name kind } ... on Initiative { name kind } }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $relations: [Relation!], $from: Date, $to: Date, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, relations: $relations, from: $from, to: $to, limit: $limit) {
    truncated
    nodes { ${nodeFields} }
    edges { source target relation weight }
  }
}`;

export const PATH = `query Path($from: ID!, $to: ID!, $relations: [Relation!]) {
  path(from: $from, to: $to, relations: $relations, maxHops: 6, first: 1) {
    nodes { ${nodeFields} }
    edges { source target relation weight }
  }
}`;

const source = 'sources { document { id title url published } sentence }';

const meetingFields = `id date mode
  place { name country { name } }
  attendees { person { id name } role representing { id name } }
  topics { id name }
  ${source}`;

export const PERSON = `query Person($id: ID!, $filter: MeetingFilter) {
  person(id: $id) {
    id name aliases kind meetingCount statementCount
    positions { title organisation { id name } accreditedTo { id name } from to ${source} }
    meetings(filter: $filter, orderBy: [{field: DATE, direction: DESC}], first: 50) { totalCount nodes { ${meetingFields} } }
    coAttendees(first: 10) { nodes { person { id name } meetings } }
    statements(first: 20) { totalCount nodes { id quote meeting { date } ${source} } }
  }
}`;

export const ORGANISATION = `query Organisation($id: ID!, $filter: MeetingFilter) {
  organisation(id: $id) {
    id name aliases kind meetingCount
    officials(first: 50) { nodes { person { id name } position { title from to ${source} } } }
    members { member { id name } role }
    meetings(filter: $filter, orderBy: [{field: DATE, direction: DESC}], first: 50) { totalCount nodes { ${meetingFields} } }
  }
}`;

export const COUNTRY = `query Country($id: ID!, $filter: MeetingFilter) {
  country(id: $id) {
    id name aliases kind meetingCount
    representatives(first: 50) { nodes { person { id name } position { title from to ${source} } } }
    memberships { organisation { id name } role }
    meetings(filter: $filter, orderBy: [{field: DATE, direction: DESC}], first: 50) { totalCount nodes { ${meetingFields} } }
  }
}`;

export const INITIATIVE = `query Initiative($id: ID!, $filter: MeetingFilter) {
  initiative(id: $id) {
    id name aliases kind
    promoters { id name kind }
    meetings(filter: $filter, orderBy: [{field: DATE, direction: DESC}], first: 50) { totalCount nodes { ${meetingFields} } }
  }
}`;

// The dates of a selection's meetings, a page at a time, for the chart.
export const MEETING_DATES = `query MeetingDates($filter: MeetingFilter, $after: Cursor) {
  meetings(filter: $filter, first: 100, after: $after) {
    nodes { date }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const MONTHS = `query Months($from: Date, $to: Date) {
  stats { meetingsPerMonth(from: $from, to: $to) { month count } }
}`;

// The people a filter keeps: attendees of meetings about an initiative
// (and its promoters), officials of an organisation.
export const INITIATIVE_PEOPLE = `query InitiativePeople($filter: MeetingFilter, $id: ID!, $after: Cursor) {
  meetings(filter: $filter, first: 100, after: $after) {
    nodes { attendees { person { id } } }
    pageInfo { hasNextPage endCursor }
  }
  initiative(id: $id) { promoters { id } }
}`;

export const ORGANISATION_PEOPLE = `query OrganisationPeople($id: ID!, $after: Cursor) {
  persons(filter: {organisation: $id}, first: 100, after: $after) {
    nodes { id }
    pageInfo { hasNextPage endCursor }
  }
}`;
