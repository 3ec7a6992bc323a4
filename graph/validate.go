package graph

import (
	"fmt"
	"strings"
	"unicode"
)

// Validate checks that an extraction is well formed: the document has an ID,
// every entity has an ID of its kind and a name, and every fact refers only
// to entities declared in the same extraction. IDs hold no control
// characters (the store keys relationships by their ends' IDs joined by
// one). It returns an EINVALID error
// that names the first problem found.
func Validate(x *Extraction) error {
	if x == nil {
		return Errorf(EINVALID, "empty extraction")
	}
	if k, ok := KindOfID(x.Document.ID); !ok || k != KindDocument {
		return Errorf(EINVALID, "document id %q is not a document id (document:<sha256>)", x.Document.ID)
	}
	declared := map[string]Kind{}
	var errs []string
	declare := func(id, name string, want Kind) {
		k, ok := KindOfID(id)
		switch {
		case !ok || k != want:
			errs = append(errs, fmt.Sprintf("%s id %q must start with %q", want, id, want.prefix()+":"))
		case strings.ContainsFunc(id, unicode.IsControl):
			errs = append(errs, fmt.Sprintf("%s id %q has a control character", want, id))
		case name == "" && want != KindMeeting && want != KindStatement:
			errs = append(errs, fmt.Sprintf("%s %q has no name", want, id))
		case declared[id] != "":
			errs = append(errs, fmt.Sprintf("%s %q is declared twice", want, id))
		}
		declared[id] = want
	}
	for _, c := range x.Countries {
		declare(c.ID, c.Name, KindCountry)
	}
	for _, o := range x.Organisations {
		declare(o.ID, o.Name, KindOrganisation)
	}
	for _, p := range x.Places {
		declare(p.ID, p.Name, KindPlace)
	}
	for _, i := range x.Initiatives {
		declare(i.ID, i.Name, KindInitiative)
	}
	for _, p := range x.Persons {
		declare(p.ID, p.Name, KindPerson)
	}
	for _, m := range x.Meetings {
		declare(m.ID, "", KindMeeting)
	}
	for _, s := range x.Statements {
		declare(s.ID, "", KindStatement)
	}
	ref := func(what, id string, kinds ...Kind) {
		if id == "" {
			return
		}
		k := declared[id]
		for _, want := range kinds {
			if k == want {
				return
			}
		}
		errs = append(errs, fmt.Sprintf("%s refers to %q, which is not a declared %v", what, id, kinds))
	}
	for _, p := range x.Places {
		ref("place "+p.ID, p.Country, KindCountry)
	}
	for _, i := range x.Initiatives {
		for _, p := range i.Promoters {
			ref("promoter of "+i.ID, p, KindPerson, KindOrganisation, KindCountry)
		}
	}
	for _, p := range x.Persons {
		for _, pos := range p.Positions {
			if pos.Title == "" {
				errs = append(errs, fmt.Sprintf("a position of %s has no title", p.ID))
			}
			ref("position of "+p.ID, pos.Organisation, KindOrganisation, KindCountry)
			ref("position of "+p.ID, pos.AccreditedTo, KindCountry, KindOrganisation)
		}
	}
	for _, m := range x.Meetings {
		ref("place of "+m.ID, m.Place, KindPlace)
		ref("host of "+m.ID, m.Host, KindPerson)
		for _, a := range m.Attendees {
			ref("attendee of "+m.ID, a.Person, KindPerson)
			ref("attendee of "+m.ID, a.Representing, KindCountry, KindOrganisation)
		}
		for _, g := range m.Groups {
			if k, ok := KindOfID(g.ID); !ok || k != KindGroup {
				errs = append(errs, fmt.Sprintf("group id %q must start with %q", g.ID, KindGroup.prefix()+":"))
			} else if strings.ContainsFunc(g.ID, unicode.IsControl) {
				errs = append(errs, fmt.Sprintf("group id %q has a control character", g.ID))
			}
		}
		for _, d := range m.Discussed {
			ref("topic of "+m.ID, d, KindInitiative)
		}
	}
	for _, s := range x.Statements {
		if s.Speaker == "" || s.Quote == "" {
			errs = append(errs, fmt.Sprintf("statement %q needs a speaker and a quote", s.ID))
		}
		ref("speaker of "+s.ID, s.Speaker, KindPerson)
		ref("meeting of "+s.ID, s.Meeting, KindMeeting)
	}
	for _, ms := range x.Memberships {
		ref("membership", ms.Member, KindCountry, KindOrganisation)
		ref("membership", ms.Organisation, KindOrganisation)
	}
	if len(errs) > 0 {
		msg := errs[0]
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (and %d more problems)", len(errs)-1)
		}
		return Errorf(EINVALID, "invalid extraction of %s: %s", x.Document.ID, msg)
	}
	return nil
}
