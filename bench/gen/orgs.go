package gen

// realOrg is a real intergovernmental body: it employs synthetic officials,
// accredits permanent representatives and hosts the events on whose
// sidelines third-party meetings happen. Its membership is never stated.
type realOrg struct {
	name, acr   string
	the         bool // the acronym takes "the" ("the UN", but "ASEAN")
	kind        string
	qid         string
	hqCity, hq  string // city and ISO code of its seat; "" for forums
	head        string // canonical title of its head; "" when none
	deputy      string
	event       string // what it holds: "summit", "ministerial meeting", "session"
	accreditsPR bool   // countries keep a permanent representative to it
}

var realOrgs = []realOrg{
	{"United Nations", "UN", true, "intergovernmental", "Q1065", "New York", "US", "Secretary-General", "Deputy Secretary-General", "General Assembly session", true},
	{"Shanghai Cooperation Organisation", "SCO", true, "intergovernmental", "", "Beijing", "CN", "Secretary-General", "Deputy Secretary-General", "summit", false},
	{"Association of Southeast Asian Nations", "ASEAN", false, "intergovernmental", "Q7768", "Jakarta", "ID", "Secretary-General", "Deputy Secretary-General", "summit", false},
	{"Commonwealth of Independent States", "CIS", true, "intergovernmental", "", "Minsk", "BY", "Secretary-General", "", "summit", false},
	{"Collective Security Treaty Organisation", "CSTO", true, "intergovernmental", "", "Moscow", "RU", "Secretary-General", "Deputy Secretary-General", "summit", false},
	{"World Health Organization", "WHO", true, "intergovernmental", "", "Geneva", "CH", "Director-General", "Deputy Director-General", "World Health Assembly", false},
	{"International Monetary Fund", "IMF", true, "intergovernmental", "", "Washington", "US", "Managing Director", "First Deputy Managing Director", "spring meetings", false},
	{"World Trade Organization", "WTO", true, "intergovernmental", "", "Geneva", "CH", "Director-General", "Deputy Director-General", "ministerial conference", true},
	{"G20", "G20", false, "forum", "", "", "", "", "", "summit", false},
	{"Asia-Pacific Economic Cooperation", "APEC", false, "forum", "", "Singapore", "SG", "Executive Director", "", "summit", false},
	{"European Union", "EU", true, "intergovernmental", "", "Brussels", "BE", "High Representative", "", "summit", true},
	{"North Atlantic Treaty Organization", "NATO", false, "intergovernmental", "", "Brussels", "BE", "Secretary-General", "Deputy Secretary-General", "summit", true},
	{"Organisation of Islamic Cooperation", "OIC", true, "intergovernmental", "", "Jeddah", "SA", "Secretary-General", "Assistant Secretary-General", "summit", true},
	{"Gulf Cooperation Council", "GCC", true, "intergovernmental", "", "Riyadh", "SA", "Secretary-General", "Assistant Secretary-General", "summit", false},
	{"Organization for Security and Co-operation in Europe", "OSCE", true, "intergovernmental", "", "Vienna", "AT", "Secretary-General", "", "Ministerial Council", true},
	{"African Union", "AU", true, "intergovernmental", "", "Addis Ababa", "ET", "Chairperson", "Deputy Chairperson", "summit", true},
	{"Economic Cooperation Organization", "ECO", true, "intergovernmental", "", "Tehran", "IR", "Secretary-General", "Deputy Secretary-General", "summit", false},
	{"Conference on Interaction and Confidence-Building Measures in Asia", "CICA", false, "forum", "", "Astana", "KZ", "Executive Director", "Deputy Executive Director", "summit", false},
	{"Organization of American States", "OAS", true, "intergovernmental", "", "Washington", "US", "Secretary-General", "Assistant Secretary-General", "General Assembly", true},
	{"Caribbean Community", "CARICOM", false, "intergovernmental", "", "Georgetown", "GY", "Secretary-General", "Deputy Secretary-General", "summit", false},
	{"Economic Community of West African States", "ECOWAS", false, "intergovernmental", "", "Abuja", "NG", "President", "Vice-President", "summit", false},
	{"Southern African Development Community", "SADC", false, "intergovernmental", "", "Gaborone", "BW", "Executive Secretary", "Deputy Executive Secretary", "summit", false},
	{"Pacific Islands Forum", "PIF", true, "intergovernmental", "", "Suva", "FJ", "Secretary-General", "Deputy Secretary-General", "leaders' meeting", false},
	{"Council of Europe", "CoE", true, "intergovernmental", "", "Strasbourg", "FR", "Secretary-General", "Deputy Secretary-General", "ministerial session", true},
	{"International Atomic Energy Agency", "IAEA", true, "intergovernmental", "", "Vienna", "AT", "Director-General", "Deputy Director-General", "General Conference", true},
	{"Intergovernmental Authority on Development", "IGAD", false, "intergovernmental", "", "Djibouti", "DJ", "Executive Secretary", "", "summit", false},
	{"Andean Community", "CAN", true, "intergovernmental", "", "Lima", "PE", "Secretary-General", "", "presidential council", false},
	{"International Organization for Migration", "IOM", true, "intergovernmental", "", "Geneva", "CH", "Director-General", "Deputy Director-General", "council session", false},
	{"United Nations Educational, Scientific and Cultural Organization", "UNESCO", false, "intergovernmental", "", "Paris", "FR", "Director-General", "Assistant Director-General", "General Conference", true},
	{"Food and Agriculture Organization", "FAO", true, "intergovernmental", "", "Rome", "IT", "Director-General", "Deputy Director-General", "conference", true},
	{"World Food Programme", "WFP", true, "intergovernmental", "", "Rome", "IT", "Executive Director", "Deputy Executive Director", "board session", false},
	{"Commonwealth of Nations", "", false, "intergovernmental", "", "London", "GB", "Secretary-General", "Deputy Secretary-General", "Heads of Government Meeting", false},
	{"Arab League", "", false, "intergovernmental", "", "Cairo", "EG", "Secretary-General", "Assistant Secretary-General", "summit", true},
	{"Lancang-Mekong Cooperation", "LMC", true, "intergovernmental", "", "", "", "", "", "foreign ministers' meeting", false},
	{"BRICS", "", false, "forum", "", "", "", "", "", "summit", false},
	{"Asian Infrastructure Investment Bank", "AIIB", true, "intergovernmental", "", "Beijing", "CN", "President", "Vice President", "annual meeting", false},
	{"Eurasian Development Bank", "EDB", true, "intergovernmental", "", "Almaty", "KZ", "Chairman", "Deputy Chairman", "annual meeting", false},
	{"International Committee for Caspian Cooperation", "ICCC", true, "intergovernmental", "", "Baku", "AZ", "Secretary-General", "", "summit", false},
}

// region is a group of countries that a synthetic organisation brings
// together.
type region struct {
	adj     string
	members string // ISO codes
}

var regions = []region{
	{"Andean", "PE BO EC CO CL AR VE"},
	{"Baltic", "EE LV LT PL DE SE FI DK RU"},
	{"Sahel", "ML NE BF TD MR SN NG SD"},
	{"Caspian", "RU KZ TM IR AZ"},
	{"Mekong", "CN MM LA TH KH VN"},
	{"Danube", "DE AT SK HU HR RS RO BG MD UA"},
	{"Central Asian", "KZ UZ KG TJ TM AF"},
	{"Caribbean", "JM TT BB BS CU DO HT GD LC VC KN AG DM"},
	{"Nordic", "SE NO DK FI IS"},
	{"Gulf", "SA AE QA KW BH OM"},
	{"Horn of Africa", "ET ER DJ SO KE SD SS"},
	{"Black Sea", "TR RU UA GE BG RO MD AM AZ"},
	{"Adriatic", "IT SI HR BA ME AL GR"},
	{"Amazon", "BR PE CO VE EC BO GY SR"},
	{"Great Lakes", "RW BI UG CD TZ KE"},
	{"Arctic", "US CA RU NO DK IS SE FI"},
	{"Mediterranean", "ES FR IT GR CY MT TR EG LY TN DZ MA LB IL"},
	{"Eurasian", "RU BY KZ KG AM UZ TJ"},
	{"Southern African", "ZA NA BW ZW ZM MZ MW LS SZ AO"},
	{"West African", "NG GH SN CI ML BF NE TG BJ GN SL LR GM GW CV"},
	{"Balkan", "RS HR BA ME MK AL XK BG GR SI RO"},
	{"Himalayan", "IN NP BT CN PK BD"},
	{"Pacific Islands", "FJ PG WS TO VU SB KI TV NR PW MH FM AU NZ"},
	{"Indian Ocean", "IN LK MV MU SC MG ID AU ZA KE TZ MZ"},
	{"Trans-Saharan", "DZ NE NG ML TN MR"},
	{"Nile Basin", "EG SD SS ET UG KE TZ RW BI CD ER"},
	{"South Asian", "IN PK BD LK NP BT MV AF"},
	{"Southeast Asian", "ID MY SG TH PH VN KH LA MM BN TL"},
	{"Central American", "GT HN SV NI CR PA BZ MX"},
	{"Southern Cone", "AR BR CL UY PY BO"},
	{"Levant", "LB SY JO IL PS IQ"},
	{"Northeast Asian", "CN JP KR KP MN RU"},
	{"Atlantic", "US CA GB IE PT ES FR MA BR NG"},
	{"Alpine", "CH AT DE IT FR LI SI"},
	{"Lake Chad", "NG NE TD CM CF"},
	{"Silk Road", "CN KZ UZ KG TM IR TR AZ GE"},
	{"Congo Basin", "CD CG CM GA GQ CF"},
	{"Red Sea", "SA EG SD ER DJ YE JO"},
	{"Persian Gulf", "IR IQ KW SA BH QA AE OM"},
	{"Caucasus", "GE AM AZ RU TR IR"},
	{"Visegrad", "PL CZ SK HU"},
	{"Gulf of Guinea", "NG GH CI TG BJ CM GA GQ ST"},
	{"Rio de la Plata", "AR UY PY BR"},
	{"Aral Sea", "KZ UZ TM TJ KG"},
}

// orgBody is the head noun of a synthetic organisation's name, with the
// titles of its head and deputy and its kind.
type orgBody struct {
	noun, head, deputy, kind string
}

var orgBodies = []orgBody{
	{"Council", "Secretary-General", "Deputy Secretary-General", "intergovernmental"},
	{"Commission", "Executive Secretary", "Deputy Executive Secretary", "intergovernmental"},
	{"Organisation", "Secretary-General", "Deputy Secretary-General", "intergovernmental"},
	{"Forum", "Secretary-General", "Deputy Secretary-General", "forum"},
	{"Conference", "Secretary-General", "Deputy Secretary-General", "forum"},
	{"Union", "Secretary-General", "Deputy Secretary-General", "intergovernmental"},
	{"Agency", "Director-General", "Deputy Director-General", "agency"},
	{"Centre", "Director-General", "Deputy Director-General", "agency"},
	{"Institute", "Director-General", "Deputy Director-General", "agency"},
	{"Partnership", "Secretary-General", "Deputy Secretary-General", "intergovernmental"},
	{"Alliance", "Secretary-General", "Deputy Secretary-General", "intergovernmental"},
	{"Community", "Secretary-General", "Deputy Secretary-General", "intergovernmental"},
	{"Bank", "President", "Vice President", "intergovernmental"},
	{"Fund", "Chairperson", "Deputy Chairperson", "intergovernmental"},
	{"Dialogue", "Secretary-General", "Deputy Secretary-General", "forum"},
}

var orgTopics = strings2(`Water|Energy|Trade|Security|Maritime|Digital|Health|Food Security|Transport|Climate|Migration|Investment|Customs|Railway|Fisheries|Nuclear Safety|Space|Education|Cultural|Disaster Risk|Agricultural|Mining|Tourism|Telecommunications|Standards|Counter-Terrorism|Peacekeeping|Development|Financial|Statistical|Hydropower|Border|Aviation|Forestry|Labour|Youth|Scientific|Environmental|Connectivity|Industrial`)

var orgSuffixes = w("Cooperation Development Integration Partnership Coordination Research Security Dialogue")

// initiative suffixes and kinds for synthetic initiatives.
var initiativeForms = []struct{ noun, kind string }{
	{"Initiative", "initiative"}, {"Programme", "programme"}, {"Compact", "initiative"},
	{"Corridor", "initiative"}, {"Partnership", "initiative"}, {"Agenda", "programme"},
	{"Strategy", "programme"}, {"Action Plan", "programme"},
}

// realInitiatives are from the project's gazetteer (minus two whose names
// do not read well in running text).
var realInitiatives = []struct{ name, kind string }{
	{"Belt and Road Initiative", "initiative"},
	{"Health Silk Road", "initiative"},
	{"Digital Silk Road", "initiative"},
	{"Global Development Initiative", "initiative"},
	{"Global Security Initiative", "initiative"},
	{"Global Civilization Initiative", "initiative"},
	{"COVID-19 pandemic", "topic"},
	{"Silk Road Economic Belt", "initiative"},
	{"21st Century Maritime Silk Road", "initiative"},
	{"China-Pakistan Economic Corridor", "initiative"},
	{"China-Myanmar Economic Corridor", "initiative"},
	{"East Coast Rail Link", "programme"},
	{"Belt and Road Forum", "initiative"},
	{"Global Strategic Partnership", "initiative"},
	{"Nurly Zhol", "programme"},
	{"Shanghai Spirit", "topic"},
	{"South China Sea code of conduct", "topic"},
}

// fields of cooperation, used in topic sentences and quotes.
var fields = strings2(`trade and investment|energy|transport and logistics|agriculture|digital technologies|healthcare|education|culture and tourism|water management|climate action|security|counter-terrorism|humanitarian assistance|science and innovation|green energy|food security|industrial cooperation|customs administration|mining|infrastructure|financial services|space exploration|the peaceful use of nuclear energy|cybersecurity|migration|people-to-people exchanges|defence cooperation|e-commerce|pharmaceuticals|higher education`)

func strings2(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
