package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestOrganisationRulesOrgs covers the organisation rules and gazetteer
// entries added for the g..s tuning sets: each case names the bodies
// that must be found and those that must not.
func TestOrganisationRulesOrgs(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string          // organisation names expected
		not        []string          // organisation names not expected
		alias      map[string]string // name -> an alias expected
	}{
		{"the UN Security Council is one body", "India sought a non-permanent seat on the UN Security Council for 2028-29.",
			[]string{"United Nations Security Council"}, []string{"United Nations"},
			map[string]string{"United Nations Security Council": "UN Security Council"}},
		// Gazetteer: international bodies and companies press releases name.
		{"gazetteer bodies", "The foreign ministers of the Nordic-Baltic Eight (NB8) met. The Baltic Assembly and the Pacific Community (SPC) sent observers, as did the Alliance of Small Island States.",
			[]string{"Nordic-Baltic Eight", "Baltic Assembly", "Pacific Community", "Alliance of Small Island States"}, nil, nil},
		{"gazetteer dialogue formats", "He praised the C5+1 platform and the Central Asia plus Japan Dialogue, and the work of the Register of Damage for Ukraine.",
			[]string{"C5+1", "Central Asia plus Japan Dialogue", "Register of Damage for Ukraine"}, nil, nil},
		{"gazetteer UN office", "The talks took place at the United Nations Office at Geneva on Friday.",
			[]string{"United Nations Office at Geneva"}, []string{"United Nations"}, nil},
		{"gazetteer companies", "Air Astana and Malaysia Airlines signed a code-share; Uzbekneftegaz and TotalEnergies signed a contract.",
			[]string{"Air Astana", "Malaysia Airlines", "Uzbekneftegaz", "TotalEnergies"}, nil, nil},
		{"gazetteer more bodies", "They discussed the Ulaanbaatar Railway and the International Think Tank for Landlocked Developing Countries; the Inter-American Committee against Terrorism (CICTE) met, and so did the Adriatic Charter.",
			[]string{"Ulaanbaatar Railway", "International Think Tank for Landlocked Developing Countries", "Inter-American Committee against Terrorism", "Adriatic Charter"}, nil, nil},
		{"gazetteer common name first", "Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov received the delegation.",
			[]string{"Halk Maslahaty"}, []string{"Halk Maslahaty of Turkmenistan"}, nil},
		{"gazetteer former name", "The Pacific Community (SPC) was founded in 1947 as the South Pacific Commission.",
			[]string{"Pacific Community"}, []string{"South Pacific Commission"}, nil},
		// Organs named with the known body they belong to.
		{"organ of a known body", "The Secretary General of the Permanent Secretariat of the Adriatic and Ionian Initiative, Ambassador Paolo Ferrero Brancati, spoke.",
			[]string{"Permanent Secretariat of the Adriatic and Ionian Initiative", "Adriatic and Ionian Initiative"}, nil,
			map[string]string{"Permanent Secretariat of the Adriatic and Ionian Initiative": "Permanent Secretariat"}},
		{"secretariat of a body with an acronym", "The Asia Cooperation Dialogue (ACD) met. The Secretariat of the Asia Cooperation Dialogue said the ACD Secretariat would host it.",
			[]string{"ACD Secretariat", "Asia Cooperation Dialogue"}, []string{"Secretariat of the Asia Cooperation Dialogue"},
			map[string]string{"ACD Secretariat": "Secretariat of the Asia Cooperation Dialogue"}},
		{"organ of a body found later", "The Council of Foreign Ministers of the Arab Maghreb Union met in Tunis.",
			[]string{"Council of Foreign Ministers of the Arab Maghreb Union", "Arab Maghreb Union"}, []string{"Council of Foreign Ministers"}, nil},
		{"organ of an acronym", "The Council of Ministers of ECCAS opened its session. He later visited the General Secretariat of SICA.",
			[]string{"Council of Ministers of ECCAS", "General Secretariat of SICA", "Economic Community of Central African States", "Central American Integration System"}, nil, nil},
		{"organ of a body with qualifier", "She addressed the Governing Board of the SAARC Development Fund, which meets in Thimphu.",
			[]string{"Governing Board of the SAARC Development Fund", "SAARC Development Fund"}, nil, nil},
		{"bare board is a title's", "Nikolai Podguzov, Chairman of the Management Board of the Eurasian Development Bank (EDB), held talks in Yerevan.",
			[]string{"Eurasian Development Bank"}, []string{"Board of the Eurasian Development Bank"}, nil},
		// Offices abroad, with their seat.
		{"field office in a capital", "He met the head of the OSCE Programme Office in Bishkek on Monday.",
			[]string{"OSCE Programme Office in Bishkek", "Organization for Security and Co-operation in Europe"}, []string{"OSCE Programme Office"},
			map[string]string{"OSCE Programme Office in Bishkek": "OSCE Programme Office"}},
		{"field presence in a country", "He met the Head of the OSCE Presence in Albania. The EU Mission in Armenia reported calm.",
			[]string{"OSCE Presence in Albania", "EU Mission in Armenia", "European Union"}, nil, nil},
		{"field branch in the republic", "The Eurasian Development Bank (EDB) grew. The EDB Branch in the Republic of Armenia opened a new office.",
			[]string{"EDB Branch in the Republic of Armenia", "Eurasian Development Bank"}, nil, nil},
		// Ministries named "Ministry for ...", with their qualifier.
		{"ministry for", "He was accompanied by the Secretary of State at the Ministry for Foreign Affairs of Finland, Jukka Salovaara.",
			[]string{"Ministry for Foreign Affairs of Finland"}, nil, nil},
		{"qualified ministry for", "The Federal Ministry for Economic Cooperation and Development funds the fellowship.",
			[]string{"Federal Ministry for Economic Cooperation and Development"}, []string{"Federal Ministry"}, nil},
		{"qualified ministry for of a country", "Rizal Adiwijaya, Deputy Minister at the Coordinating Ministry for Economic Affairs of the Republic of Indonesia, attended.",
			nil, []string{"Coordinating Ministry"}, map[string]string{"Coordinating Ministry for Economic Affairs of the Republic of Indonesia": "Coordinating Ministry for Economic Affairs"}},
		// Organs and press offices named after a known body.
		{"acronym organ", "The IRENA Council met in Abu Dhabi on Monday.",
			[]string{"IRENA Council", "International Renewable Energy Agency"}, nil, nil},
		{"acronym organ of two words", "The 43rd session of the UNESCO General Conference will be held in Samarkand.",
			[]string{"UNESCO General Conference"}, nil, nil},
		{"acronym organ with a domain is left", "They discussed the agenda of the forthcoming meeting of the ECO Council of Permanent Representatives in Tehran.",
			nil, []string{"ECO Council"}, nil},
		{"press contact", "Media contact: AIIB Communications\nPress contact: SPC Communications Team",
			[]string{"AIIB Communications", "SPC Communications Team", "Asian Infrastructure Investment Bank"}, nil, nil},
		{"press word needs a unit", "The report was issued by UNESCO Press. It was read widely.",
			nil, []string{"UNESCO Press"}, nil},
		// Bodies named by a pair of countries.
		{"country pair with an acronym country", "They agreed to convene the Zambia–DRC Joint Permanent Commission in Kinshasa.",
			[]string{"Zambia–DRC Joint Permanent Commission"}, []string{"Joint Permanent Commission"}, nil},
		{"country pair before an introduced acronym", "He co-chaired the session of the Kenya–Tanzania Joint Commission for Cooperation (JCC) with his counterpart. The JCC meets yearly.",
			[]string{"Kenya–Tanzania Joint Commission for Cooperation"}, []string{"Tanzania Joint Commission for Cooperation"},
			map[string]string{"Kenya–Tanzania Joint Commission for Cooperation": "JCC"}},
		// Federations are bodies.
		{"confederation head", "The delegation met at the headquarters of the National Confederation of Industry (CNI) on Monday.",
			[]string{"National Confederation of Industry"}, nil, nil},
		// A country's bank.
		{"bank of a country", "She also met the Governor of the Bank of Greece, Yannis Stournaras. The Bank of Thailand held its rate.",
			[]string{"Bank of Greece", "Bank of Thailand"}, nil, nil},
		// A university or academy with its city.
		{"university of a capital", "Scholarships are offered at the Royal University of Phnom Penh every year.",
			[]string{"Royal University of Phnom Penh"}, []string{"Royal University"}, nil},
		{"academy of a city", "Under the scheme the Albanian Maritime Academy of Durrës and the Malta Maritime Training Institute will exchange cadets.",
			[]string{"Albanian Maritime Academy of Durrës"}, []string{"Albanian Maritime Academy"}, nil},
		{"academy of a domain", "She spoke at the National Academy of Arts and Sciences in May.",
			nil, []string{"National Academy of Arts"}, nil},
		{"country glued to a body", "He invited Iraq to take part in the Korea-Middle East Cooperation Forum in Seoul.",
			[]string{"Korea-Middle East Cooperation Forum"}, []string{"Middle East Cooperation Forum"}, nil},
		{"acronym glued to a body", "The ministers welcomed the proposal to establish a GCC–Central Asia Business Council.",
			[]string{"GCC–Central Asia Business Council"}, []string{"Central Asia Business Council"}, nil},
		{"countries set apart by a spaced hyphen", "They proposed to convene the next session of the Viet Nam - Uzbekistan Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation soon.",
			[]string{"Viet Nam - Uzbekistan Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation"}, nil, nil},
		// A name never crosses a line break.
		{"acronym name on its own line", "### About the World Food Forum\n\nThe World Food Forum (WFF) is a youth-led network. The WFF meets yearly.",
			[]string{"World Food Forum"}, []string{"World Food Forum The World Food Forum"}, nil},
		// Leaders are no body; their conference is.
		{"heads of state and government", "The recommendations will be submitted to the Extraordinary Summit of SADC Heads of State and Government in May.",
			nil, []string{"SADC Heads of State and Government", "Summit of SADC Heads of State and Government"}, nil},
		{"heads of government", "He said that CARICOM Heads of Government had mandated the Secretariat to act.",
			nil, []string{"CARICOM Heads of Government"}, nil},
		{"conference of heads", "The Conference of Heads of State and Government of ECCAS met in Malabo.",
			[]string{"Conference of Heads of State and Government of ECCAS"}, nil, nil},
		// The domain after a body's head word.
		{"weekday ends the domain", "She addressed the SAARC Development Fund on Monday in Thimphu.",
			[]string{"SAARC Development Fund"}, []string{"SAARC Development Fund on Monday"}, nil},
		{"hyphen inside the domain", "He chaired the Milli Majlis Committee on International and Inter-Parliamentary Relations last year.",
			[]string{"Milli Majlis Committee on International and Inter-Parliamentary Relations"}, nil, nil},
		{"the Ministry is a second body", "Officials of the Africa and Regional Integration Bureau of the Ministry took part.",
			[]string{"Africa and Regional Integration Bureau"}, []string{"Africa and Regional Integration Bureau of the Ministry"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := orgNames(extract(t, c.text, "2024-03-04"))
			for _, w := range c.want {
				if _, ok := got[w]; !ok {
					t.Errorf("organisations = %v, want %q", got, w)
				}
			}
			for _, n := range c.not {
				if _, ok := got[n]; ok {
					t.Errorf("organisations = %v, do not want %q", got, n)
				}
			}
			for name, a := range c.alias {
				found := false
				for _, x := range got[name] {
					if x == a {
						found = true
					}
				}
				if !found {
					t.Errorf("aliases of %q = %v, want %q", name, got[name], a)
				}
			}
		})
	}
}

// Organs named with their qualifier, a joint body, a bank whose name goes
// on after the country (a review found these).
func TestOrgansReviewed(t *testing.T) {
	for text, want := range map[string][]string{
		"The ministers attended the Ministerial Council of the OSCE in Malta on Thursday.": {"Ministerial Council of the OSCE"},
		"He chaired the Intergovernmental Council of the EAEU on Thursday.":                {"Intergovernmental Council of the EAEU"},
		"He spoke at the Joint Committee of the EU and Japan on Thursday.":                 {"European Union"},
		"Ministers discussed the Bank of China and the Bank of the Philippine Islands.":    {"Bank of China"},
	} {
		ex := extract(t, text, "2025-07-11")
		var got []string
		for _, o := range ex.Organisations {
			got = append(got, o.Name)
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: organisations %v, want %s", text, got, w)
			}
		}
		for _, g := range got {
			if strings.HasPrefix(g, "Council of the") || strings.Contains(g, "Committee of the EU") || g == "Bank of the Philippine" {
				t.Errorf("%q: organisation %q", text, g)
			}
		}
	}
}
