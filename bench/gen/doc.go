// Package gen generates a deterministic synthetic corpus of diplomatic
// news for benchmarks and scale tests: press releases and meeting readouts
// with, for each document, the ground truth as a graph.Extraction (the
// project's JSON graph format).
//
// # World
//
// A world is built first and kept in memory: the 197 real countries of the
// gazetteer (a frozen copy of loader/extract/gazetteer/countries.json, with
// their names, formal names, demonyms and capitals, plus coined secondary
// cities), organisations (about 40 real intergovernmental bodies, then
// synthetic ones such as "Council for Andean Water Cooperation (CAWC)",
// each with member countries and a seat), initiatives (the gazetteer's,
// then synthetic ones) and offices. An office is a title in a country or
// an organisation, optionally accredited to a country or organisation
// (ambassadors, permanent representatives); its holders succeed each other
// over 2015-2025 in terms of a few years. Offices are filled most important
// first until the person budget is spent; about a quarter of the terms go
// to someone who held another office before, so people hold successive
// positions. Names come from some 28 naming traditions (Slavic, Central
// Asian, Chinese, Korean, Arabic, Hispanic, West African, ...) chosen by
// nationality; full names are unique up to graph.Slug, so person IDs are.
//
// # Meetings and documents
//
// Meetings are spread evenly over the days from 2015-01-01 to 2025-12-31
// and generated day by day. Each draws a principal office by weight
// (country rank × office importance: heads of state, prime ministers and
// foreign ministers of major countries dominate, which makes attendance
// heavy-tailed), then a counterpart, a PLOVER mode (visit, host,
// third-party, multilateral, phone, with CAMEO 042, 043, 044, 040, 041)
// and delegations, for 2 to 15 attendees. Every attendee appears with the
// office they held that day. Some documents report a second meeting of the
// visitor on the same day.
//
// The text is a press release in the genre's phrasings: title and name
// ("Foreign Minister of Kazakhstan ...", "Kazakh Foreign Minister ...",
// "Kazakhstan's ...", "..., Secretary-General of the CAWC,"), later
// mentions as "Mr/Ms Surname", full name, title or pronoun; dates as
// "On 12 March 2019", "March 12, 2019", "on Tuesday", "today" relative to
// the publication date; quotes with "he said", "she noted that "..."",
// colons and quotations over two paragraphs. A header block (title:, date:
// with the publication date, url:) and a blank line precede the body, as in
// the dev set, so loader.ParseText reads them.
//
// The truth states exactly what the text does: the persons named with the
// position the text gives them, the countries, organisations, places and
// initiatives it names, the meetings with their attendees, roles, host,
// place, mode and discussed initiatives, the statements with their exact
// quoted words (a quotation over two paragraphs keeps its paragraph break;
// graph.StatementID ignores white space), and the memberships it states.
// Truth.Document.Text is the body and Truth.Document.ID is
// graph.DocumentID(body). Evidence is not filled in. graph.Validate accepts
// every truth.
//
// # Presets
//
//	small   197 countries,   200 organisations,  3,000 persons, 50 initiatives,     1,000 meetings
//	medium  197 countries, 2,000 organisations, 20,000 persons, 50 initiatives,   100,000 meetings
//	large   197 countries, 2,000 organisations, 20,000 persons, 50 initiatives, 1,000,000 meetings
//
// The medium preset has about 97,000 documents, 850,000 attendance edges
// and 130 MB of text.
//
// # Determinism and memory
//
// The same preset and seed give byte-identical documents and truth:
// randomness comes only from math/rand/v2 PCG sources seeded from the seed,
// one for the world and one for the documents, and nothing iterates over a
// map. Generate streams: only the world and the current day's meeting IDs
// (to keep a meeting from being reported twice) are held; each document is
// built, passed to emit and dropped, so the heap stays around 20 MB
// whatever the number of meetings.
//
// # Output layout
//
// WriteDir writes
//
//	dir/docs/NNNNNN.txt    the document: header, blank line, body
//	dir/truth/NNNNNN.json  its graph.Extraction, indented
//
// numbered from 000000 in the order generated (by date), and returns
// counts of documents, meetings, attendance edges, statements and bytes.
package gen
