package extract

import (
	"slices"
	"testing"
)

// Rules written on the held-out batch q of testdata/generalization after
// the batch r was written to replace it.

// "X said after meeting Y in Canberra on Tuesday": the gerund reports the
// encounter, dated by the sentence and hosted by the side at home.
func TestAfterMeetingReportsTheEncounter(t *testing.T) {
	text := "Kuala Lumpur (Bernama) - Malaysia and New Zealand will open talks on a fisheries pact, Foreign Minister Mohamad Hasan said after meeting New Zealand Foreign Minister Winston Peters in Wellington on Tuesday."
	ex := extract(t, text, "2025-05-07")
	got, _ := attendeesOn(ex, "2025-05-06")
	if !got["Mohamad Hasan"] || !got["Winston Peters"] {
		t.Errorf("attendees on 2025-05-06: %v, want Mohamad Hasan and Winston Peters (meetings %+v)", got, ex.Meetings)
	}
	// Not the gerund of a noun phrase: "ahead of the meeting".
	ex = extract(t, "Foreign Minister Mohamad Hasan spoke to reporters before the meeting of the cabinet on Tuesday.", "2025-05-07")
	if len(ex.Meetings) != 0 {
		t.Errorf("meetings = %+v, want none", ex.Meetings)
	}
}

// "ISLAMABAD, Nov 6 (APP): Speaker X yesterday received Y": the colon
// after the agency's credit closes the dateline, and "yesterday" dates the
// meeting, not the dateline's day.
func TestDatelineWithAColonAfterTheCredit(t *testing.T) {
	text := "ISLAMABAD, Nov 6 (APP): Speaker National Assembly Sardar Ayaz Sadiq yesterday received the Speaker of the Parliament of Uzbekistan Nurdinjon Ismoilov at the Parliament House."
	ex := extract(t, text, "2025-11-06")
	if len(ex.Meetings) != 1 || ex.Meetings[0].Date != "2025-11-05" {
		t.Errorf("meetings = %+v, want one on 2025-11-05", ex.Meetings)
	}
	if names := personNames(ex); !slices.Contains(names, "Ayaz Sadiq") || slices.Contains(names, "Sardar Ayaz Sadiq") {
		t.Errorf("persons = %v, want Ayaz Sadiq without the honorific", names)
	}
}

// "the non-resident Ambassador of X to Y, Name," is an apposition, as "the
// Ambassador of X to Y, Name," is.
func TestNonResidentAmbassadorApposition(t *testing.T) {
	text := "The talks were attended by the non-resident Ambassador of the Republic of Estonia to Iceland, Kadri Tamm-Lepik, who resides in Oslo."
	ex := extract(t, text, "2025-06-04")
	ps := positionsOf(ex, "Kadri Tamm-Lepik")
	if len(ps) != 1 || ps[0].Title != "Ambassador" || ps[0].Organisation != "country:estonia" || ps[0].AccreditedTo != "country:iceland" {
		t.Errorf("positions = %+v, want Ambassador of Estonia to Iceland", ps)
	}
}

// The press unit that signs a release on its last line is an organisation;
// a sentence or a known name on the last line is not one.
func TestSignOffUnit(t *testing.T) {
	body := "Foreign Minister Juraj Blanar met Foreign Minister Marko Djuric in Bratislava on Monday.\n\n"
	for _, c := range []struct {
		last string
		want string
	}{
		{"Press Department", "Press Department"},
		{"Public Relations Service", "Public Relations Service"},
		{"*Directorate of Communication – Ministry of Foreign Affairs*", "Directorate of Communication"},
		{"Press Service of the Ministry of Foreign Affairs", "Press Service of the Ministry of Foreign Affairs"},
		{"The ministers will meet again in the autumn.", ""},
		{"Ministry of Foreign Affairs", ""},
		{"Editor: Hartono Siregar", ""},
	} {
		ex := extract(t, body+c.last, "2025-03-12")
		found := ""
		for _, o := range ex.Organisations {
			for _, e := range o.Evidence {
				if e.Rule == "sign-off" {
					found = o.Name
				}
			}
		}
		if found != c.want {
			t.Errorf("last line %q: sign-off unit %q, want %q", c.last, found, c.want)
		}
	}
}

// '"...," said the Secretary-General of the OSCE, Name.': the name's
// mention spans its title, which the speech verb precedes.
func TestSaidTheTitledSpeakerInApposition(t *testing.T) {
	text := "\"We need a common framework for the whole region,\" said the Secretary-General of the OSCE, Feridun Sinirlioglu."
	ex := extract(t, text, "2025-04-10")
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:feridun-sinirlioglu" {
		t.Errorf("statements = %+v, want one by Feridun Sinirlioglu", ex.Statements)
	}
	// The genitive of a title is not the speaker.
	ex = extract(t, "\"We need a common framework for the whole region,\" said the spokesperson of President Ilham Aliyev.", "2025-04-10")
	for _, st := range ex.Statements {
		if st.Speaker == "person:ilham-aliyev" {
			t.Errorf("the spokesperson's words are given to the President: %+v", st)
		}
	}
}

// "his counterpart from the DRC, Her Excellency Name, Minister of State":
// the counterpart and the unqualified titles after the name are that
// country's, not the release's.
func TestCounterpartFromCountryWithStyle(t *testing.T) {
	text := "Lusaka, 2 July 2025 – The Minister of Foreign Affairs of Zambia, Mulambo Haimbe, on Tuesday held talks in Lusaka with his counterpart from the Democratic Republic of the Congo, Her Excellency Therese Kayikwamba Wagner, Minister of State."
	ex := extract(t, text, "2025-07-02")
	ps := positionsOf(ex, "Therese Kayikwamba Wagner")
	if len(ps) == 0 {
		t.Fatalf("no position for Therese Kayikwamba Wagner: %+v", ex.Persons)
	}
	for _, p := range ps {
		if p.Organisation != "country:democratic-republic-of-the-congo" {
			t.Errorf("position %+v, want the DRC's", p)
		}
	}
	// A title given elsewhere keeps no country it does not name.
	text = "Foreign Minister Wang Yi met his Kazakh counterpart Murat Nurtleu in Beijing on Monday.\n\n" +
		"Speaking later at the forum, Murat Nurtleu, Secretary-General, said the group would meet again."
	ex = extract(t, text, "2025-07-02")
	for _, p := range positionsOf(ex, "Murat Nurtleu") {
		if p.Title == "Secretary-General" && p.Organisation == "country:kazakhstan" {
			t.Errorf("position %+v: the counterpart's country given to a title of another sentence", p)
		}
	}
}

// "Name, Deputy Director-General, ASEAN Department, Ministry of Foreign
// Affairs of Viet Nam;": the ministry after the title gives its country.
func TestTitleThenMinistryOfCountry(t *testing.T) {
	text := "Among the heads of delegation were:\n\n" +
		"- Ms. Nguyen Thi Lan, Deputy Director-General, ASEAN Department, Ministry of Foreign Affairs of Viet Nam;\n" +
		"- Mr. Tomas Berg, Director, Asia Division, Ministry of Foreign Affairs of the Kingdom of Norway."
	ex := extract(t, text, "2025-04-24")
	for name, want := range map[string]string{"Nguyen Thi Lan": "country:vietnam", "Tomas Berg": "country:norway"} {
		ps := positionsOf(ex, name)
		if len(ps) == 0 || ps[0].Organisation != want {
			t.Errorf("%s: positions %+v, want one of %s", name, ps, want)
		}
	}
}

// A meeting noun far before "was held" still makes the sentence report the
// meeting, and the list of heads of delegation after it names its
// attendees.
func TestLongMeetingNameWasHeldWithList(t *testing.T) {
	text := "The first meeting of the Senior Officials Committee (SOC) of the Conference on Interaction and Confidence Building Measures in Asia (CICA) in 2025 was held in Baku on 22 April.\n\n" +
		"Among the heads of delegation were:\n\n" +
		"- Mr. Elnur Mammadov, Deputy Minister of Foreign Affairs of the Republic of Azerbaijan;\n" +
		"- Mr. Kairat Sarybay, Executive Director of the CICA Secretariat."
	ex := extract(t, text, "2025-04-24")
	got, _ := attendeesOn(ex, "2025-04-22")
	if !got["Elnur Mammadov"] || !got["Kairat Sarybay"] {
		t.Errorf("attendees on 2025-04-22: %v, want the two heads of delegation (meetings %+v)", got, ex.Meetings)
	}
}

// Credentials ceremonies: "received this Thursday at the Palace the letters
// of credence of ..." over adjuncts, a list opened by "the credentials
// of:", and the courtly "consented to receive".
func TestCredentialsCeremonies(t *testing.T) {
	text := "The President of the Republic, Bassirou Diomaye Faye, received this Thursday at the Palace of the Republic the letters of credence of two new Ambassadors.\n\n" +
		"The Head of State successively received the credentials of:\n\n" +
		"- Mr. Kenji Harada, Ambassador of Japan;\n" +
		"- Mrs. Ana Lopes, Ambassador of the Federative Republic of Brazil.\n\n" +
		"The Ambassador of Ghana, Mrs. Ama Mensah, conveyed the greetings of President John Mahama, who visited Dakar in January."
	ex := extract(t, text, "2025-02-20")
	got, host := attendeesOn(ex, "2025-02-20")
	if !got["Kenji Harada"] || !got["Ana Lopes"] || host != "Bassirou Diomaye Faye" {
		t.Errorf("attendees on 2025-02-20: %v hosted by %q, want the two ambassadors and the President (meetings %+v)", got, host, ex.Meetings)
	}
	for _, m := range ex.Meetings {
		if m.Date == "2025-01" {
			t.Errorf("a visit recalled in a relative clause is a meeting: %+v", m)
		}
	}
	ex = extract(t, "His Majesty Sultan Haji Hassanal Bolkiah this morning consented to receive the letters of credence of Lars Berg, Ambassador of the Kingdom of Norway.", "2025-10-08")
	if got, host := attendeesOn(ex, "2025-10-08"); !got["Lars Berg"] || host == "" {
		t.Errorf("attendees on 2025-10-08: %v hosted by %q, want Lars Berg received by the Sultan", got, host)
	}
}

// A body named once with its acronym in brackets ("The Ibero-American
// General Secretariat (SEGIB)") is named by the acronym alone later, so a
// title of it reaches its holder: "said the Secretary-General of SEGIB,
// Andrés Allamand". "Ibero-" joins the name as "Inter-" does; a sentence's
// "Its" does not.
func TestAcronymOfABodyFoundByItsName(t *testing.T) {
	text := "The Ibero-American General Secretariat (SEGIB) today published its report on student mobility.\n\n" +
		"\"We need a common framework for the whole region,\" said the Secretary-General of SEGIB, Andrés Allamand.\n\n" +
		"Its General Secretariat is based in Madrid."
	ex := extract(t, text, "2025-10-14")
	orgs := orgNames(ex)
	_, ibero := orgs["Ibero-American General Secretariat"]
	_, its := orgs["Its General Secretariat"]
	if !ibero || its {
		t.Errorf("organisations = %v, want Ibero-American General Secretariat and no 'Its ...'", orgs)
	}
	ps := positionsOf(ex, "Andrés Allamand")
	if len(ps) != 1 || ps[0].Organisation != "organisation:ibero-american-general-secretariat" {
		t.Errorf("positions = %+v, want Secretary-General of the Ibero-American General Secretariat", ps)
	}
	if len(ex.Statements) != 1 || ex.Statements[0].Speaker != "person:andres-allamand" {
		t.Errorf("statements = %+v, want one by Andrés Allamand", ex.Statements)
	}
}
