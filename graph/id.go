package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is the label of a node in the graph. The set is closed: stores pick
// labels from it, never from user input.
type Kind string

// The kinds of node.
const (
	KindPerson       Kind = "Person"
	KindOrganisation Kind = "Organisation"
	KindCountry      Kind = "Country"
	KindPlace        Kind = "Place"
	KindInitiative   Kind = "Initiative"
	KindMeeting      Kind = "Meeting"
	KindGroup        Kind = "Group"
	KindStatement    Kind = "Statement"
	KindPosition     Kind = "Position"
	KindDocument     Kind = "Document"
)

// Kinds lists every kind, in a stable order.
var Kinds = []Kind{KindPerson, KindOrganisation, KindCountry, KindPlace, KindInitiative,
	KindMeeting, KindGroup, KindStatement, KindPosition, KindDocument}

// prefix is the ID prefix of each kind: its name in lower case, written
// out for the kinds of every mention's ID.
func (k Kind) prefix() string {
	switch k {
	case KindPerson:
		return "person"
	case KindOrganisation:
		return "organisation"
	case KindCountry:
		return "country"
	case KindPlace:
		return "place"
	case KindInitiative:
		return "initiative"
	}
	return strings.ToLower(string(k))
}

// KindOfID returns the kind an ID belongs to, from its prefix.
func KindOfID(id string) (Kind, bool) {
	p, _, ok := strings.Cut(id, ":")
	if !ok {
		return "", false
	}
	for _, k := range Kinds {
		if k.prefix() == p {
			return k, true
		}
	}
	return "", false
}

// EntityID is the stable key of a named entity: its kind and its normalised
// name ("person:wang-yi", "organisation:shanghai-cooperation-organisation").
// Names that differ only in case, diacritics or punctuation share an ID.
func EntityID(k Kind, name string) string {
	return k.prefix() + ":" + Slug(name)
}

// Slug lowercases s, strips diacritics and joins its letters and digits with
// hyphens.
func Slug(s string) string {
	if slug, ok := asciiSlug(s); ok {
		return slug
	}
	return slugRunes(s)
}

// slugRunes is Slug for any text.
func slugRunes(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining mark: dropped with its diacritic
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if r == 'đ' || r == 'Đ' { // a letter of its own, not d with a mark
				r = 'd'
			}
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// asciiSlug is Slug for ASCII text, which needs no normalising; ok is false
// when s has other characters. A slug already is returned as it is.
func asciiSlug(s string) (string, bool) {
	slug := true // s is a slug: words of [a-z0-9] joined by single hyphens
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == '-' && i > 0 && i < len(s)-1 && s[i-1] != '-':
		default:
			slug = false
		}
	}
	if slug {
		return s, true
	}
	b := make([]byte, 0, len(s))
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, c)
		default:
			dash = true
		}
	}
	return string(b), true
}

// DocumentID is the identity of a document: the SHA-256 of its text.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return KindDocument.prefix() + ":" + hex.EncodeToString(sum[:])
}

// MeetingID identifies a meeting by its date and its named participants, so
// that two reports of the same meeting name the same node.
func MeetingID(date string, attendees []string) string {
	a := append([]string(nil), attendees...)
	sort.Strings(a)
	return KindMeeting.prefix() + ":" + date + "-" + shortHash(strings.Join(a, "|"))
}

// StatementID identifies a quotation by its speaker and its words.
func StatementID(speaker, quote string) string {
	return KindStatement.prefix() + ":" + shortHash(speaker+"|"+CollapseSpace(quote))
}

// CollapseSpace is strings.Join(strings.Fields(s), " "): s without white
// space at either end, each run of it inside made one space. It copies s
// only where s has such white space.
func CollapseSpace(s string) string {
	clean := true
	prevSpace := true // a space at the start is dropped
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// PositionID identifies a position held by a person.
func PositionID(person, title, organisation, accreditedTo string) string {
	return KindPosition.prefix() + ":" + shortHash(person+"|"+strings.ToLower(title)+"|"+organisation+"|"+accreditedTo)
}

// GroupID identifies a group of unnamed participants of one meeting.
func GroupID(meeting, description string) string {
	return KindGroup.prefix() + ":" + shortHash(meeting+"|"+strings.ToLower(description))
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}
