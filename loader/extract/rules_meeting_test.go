package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// attendeeIDs returns the person IDs attending the held meetings of ex.
func attendeeIDs(ex *graph.Extraction) map[string]bool {
	ids := map[string]bool{}
	for _, m := range ex.Meetings {
		if m.Status == graph.StatusPlanned {
			continue
		}
		for _, a := range m.Attendees {
			ids[a.Person] = true
		}
	}
	return ids
}

func TestAttributionSourceIsNoAttendee(t *testing.T) {
	ex := extract(t, "Prime Minister Lena Holm met President Tarik Osman in Oslo on Monday, government spokesman Piet Mertens said.", "2024-03-05")
	ids := attendeeIDs(ex)
	if !ids["person:lena-holm"] || !ids["person:tarik-osman"] || ids["person:piet-mertens"] {
		t.Errorf("attendees = %v, want Holm and Osman without the spokesman", ids)
	}
}

func TestDeceasedIsNoAttendee(t *testing.T) {
	ex := extract(t, "President Mara Lind received Prime Minister Oskar Berg and recalled the late President Ivo Sander.", "2024-03-05")
	if ids := attendeeIDs(ex); ids["person:ivo-sander"] || !ids["person:oskar-berg"] {
		t.Errorf("attendees = %v, want Berg and not the late Sander", ids)
	}
}

func TestCommentatorIsNoAttendee(t *testing.T) {
	text := "Foreign Minister Anna Kovac met Foreign Minister Rui Tavares in Lisbon on Monday.\n\n" +
		"Separately, President Tom Fairley has warned that sanctions would follow."
	ex := extract(t, text, "2024-03-05")
	if ids := attendeeIDs(ex); ids["person:tom-fairley"] || !ids["person:rui-tavares"] {
		t.Errorf("attendees = %v, want no Fairley", ids)
	}
	text = "Foreign Minister Anna Kovac met Foreign Minister Rui Tavares in Lisbon on Monday.\n\n" +
		"Minister Joana Reis said during the talks that trade would grow."
	ex = extract(t, text, "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:joana-reis"] {
		t.Errorf("attendees = %v, want Reis who spoke during the talks", ids)
	}
}

func TestHostFromCityCountry(t *testing.T) {
	ex := extract(t, "Chinese Premier Li Qiang met Prime Minister Mateus Dorado in Shanghai on Tuesday.", "2024-03-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:li-qiang" {
		t.Errorf("meetings = %+v, want one hosted by Li Qiang", ex.Meetings)
	}
	ex = extract(t, "The University of Adelaide welcomed the plan.", "2024-03-06")
	if len(ex.Organisations) != 1 || ex.Organisations[0].Name != "University of Adelaide" {
		t.Errorf("organisations = %+v, want the University of Adelaide", ex.Organisations)
	}
}

func TestPassiveAgentHosts(t *testing.T) {
	ex := extract(t, "Prime Minister Sara Lindqvist was welcomed in Accra by President Kwame Boateng on Monday.", "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:kwame-boateng" {
		t.Errorf("meetings = %+v, want one hosted by Kwame Boateng", ex.Meetings)
	}
}

func TestVisitedCountryHosts(t *testing.T) {
	ex := extract(t, "Chilean President Rosa Fuentes visited Kenya on Monday and met Kenyan President Daniel Mwangi.", "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Host != "person:daniel-mwangi" {
		t.Errorf("meetings = %+v, want one hosted by Daniel Mwangi", ex.Meetings)
	}
}

func TestJoinedForLunchAndVisitWith(t *testing.T) {
	ex := extract(t, "Premier Hu Bo arrived on Sunday.\n\nHu then joined Foreign Minister Clara Voss for a dinner in Perth.", "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:hu-bo"] || !ids["person:clara-voss"] {
		t.Errorf("attendees = %v, want Hu Bo and Clara Voss", ids)
	}
	ex = extract(t, "In his visit with Emir Khalid Al Sabah, Minister Paolo Conti discussed trade.", "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:khalid-al-sabah"] || !ids["person:paolo-conti"] {
		t.Errorf("attendees = %v, want Al Sabah and Conti", ids)
	}
}

func TestSameParagraphIsOneMeeting(t *testing.T) {
	text := "Foreign Minister Lina Haddad visited Ankara on Monday. Envoy Omar Said was also present during the meeting with Turkish Foreign Minister Kemal Aydin."
	ex := extract(t, text, "2024-03-05")
	if len(ex.Meetings) != 1 || len(ex.Meetings[0].Attendees) != 3 {
		t.Errorf("meetings = %+v, want one with three attendees", ex.Meetings)
	}
}

func TestHeadlineMeeting(t *testing.T) {
	text := "Telephone conversation with Prime Minister of Peru Ana Ruiz\n\nPresident Ivan Petrov expressed condolences over the floods. The leaders agreed to keep in touch."
	ex := extract(t, text, "2024-03-05")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Mode != "phone" || len(ex.Meetings[0].Attendees) != 2 {
		t.Errorf("meetings = %+v, want one phone call of Ruiz and Petrov", ex.Meetings)
	}
}

func TestAnnouncedVisitStaysPlanned(t *testing.T) {
	ex := extract(t, "Foreign Minister Lars Eng will visit China this week and meet with Foreign Minister Wang Yi.", "2024-03-05")
	for _, m := range ex.Meetings {
		if m.Status != graph.StatusPlanned {
			t.Errorf("meeting %+v is held, want planned", m)
		}
	}
}

func TestAppositionAfterTitleChain(t *testing.T) {
	text := "Today, Maria Olsen, Assistant to the President and Director of the Climate Council and Peter Lund, Special Assistant to the President and Senior Director for Africa, met with Foreign Minister Amina Diallo of Senegal."
	ex := extract(t, text, "2024-03-05")
	if ids := attendeeIDs(ex); !ids["person:peter-lund"] || !ids["person:amina-diallo"] {
		t.Errorf("attendees = %v, want Peter Lund and Amina Diallo", ids)
	}
}

func TestTitleChainKeepsNames(t *testing.T) {
	ex := extract(t, "Principal Deputy National Security Advisor Jennifer Klein met Ambassador Lars Berg.", "2024-03-05")
	found := false
	for _, p := range ex.Persons {
		found = found || p.Name == "Jennifer Klein"
	}
	if !found {
		t.Errorf("persons = %+v, want Jennifer Klein", ex.Persons)
	}
}
