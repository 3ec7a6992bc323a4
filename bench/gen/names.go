package gen

import (
	"math/rand/v2"
	"strings"
)

// nameStyle says how a naming tradition assembles a full name.
type nameStyle uint8

const (
	stylePlain    nameStyle = iota // Given Family
	styleSlavic                    // Given Root+suffix, the suffix agreeing with gender
	styleChinese                   // Family Given (one or two syllables)
	styleKorean                    // Family Given-given
	styleViet                      // Family Middle Given; referred to by the given name
	styleBurmese                   // two or three syllables, no family name
	styleHispanic                  // Given Family [Family2]
)

// tradition is a naming tradition: lists of given names and family names,
// and syllables to coin more family names once the lists run out.
type tradition struct {
	style          nameStyle
	male, female   []string
	family         []string
	synA, synB     []string // family = synA + synB when the list is exhausted
	mSuf, fSuf     []string // styleSlavic: family = root + suffix
	middleM        []string // styleViet
	middleF        []string // styleViet
	givenSyllables []string // styleChinese, styleKorean, styleBurmese
}

// w splits a list of names on spaces; an underscore is a space inside a
// name ("De_Luca").
func w(s string) []string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "_", " ")
	}
	return f
}

// traditions by key. Lists hold common names of each tradition; the
// generator combines them, then coins family names from syllables, so that
// 20,000 unique full names come out without a bias to one region.
var traditions = map[string]*tradition{
	"eslavic": {style: styleSlavic,
		male:   w("Sergei Andrei Dmitry Alexei Mikhail Nikolai Pavel Igor Oleg Viktor Yuri Vladimir Konstantin Maxim Roman Denis Artem Vadim Gennady Boris Anatoly Yevgeny Ruslan Stanislav Grigory"),
		female: w("Anna Maria Elena Olga Tatiana Natalia Irina Svetlana Yulia Ekaterina Marina Daria Ksenia Valentina Larisa Lyudmila Alina Polina Veronika Galina"),
		family: w("Ivan Petr Smirn Kuznets Sokol Lebed Kozl Novik Moroz Volk Zaits Pavl Semen Golub Vinograd Bogdan Orl Fedor Grom Belous Kovalen Tkachen Shevchen Lavr Ryabk Zakharov Denisov Medved Kirill Gusev"),
		synA:   w("Bel Cher Dob Kras Mal Nov Star Tver Yar Zhur Gor Kar Lip Mir Rud Sav"),
		synB:   w("ov ev in yak an ukh itsk enk"),
		mSuf:   w("ov ev in"), fSuf: w("ova eva ina")},
	"centralasian": {style: styleSlavic,
		male:   w("Nurlan Yerlan Askar Daniyar Timur Rustam Bakhtiyor Sardor Azamat Erzhan Kairat Murat Aibek Bekzod Jasur Dauren Ulugbek Sirojiddin Rashid Zhenis Marat Serik Farrukh Akylbek Kanat"),
		female: w("Aigerim Dinara Gulnara Madina Saule Zarina Aizhan Nigora Dilnoza Aliya Kamila Asel Gulshan Nazira Malika Zhanar Feruza Ainur"),
		family: w("Nurlan Tokay Abdullay Karim Sultan Rakhim Yusup Ismail Zhaksybek Temir Askar Mukhtar Bekmur Sadyr Nazar Kassym Tileu Umar Saidov Ergash Jumab Toktogul Mirziyo Rakhmon Berdimuhamed Kulib Aliyev Omurbek"),
		synA:   w("Zhan Bek Tur Kul Nur Ak Kara Sary Bay Ordab Tash Yer Dos Ulan Beis Kem"),
		synB:   w("bek bay gali zhan tay kul mukh sen"),
		mSuf:   w("ov ev"), fSuf: w("ova eva")},
	"chinese": {style: styleChinese,
		family:         w("Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Qiao Lai Gong Wen"),
		givenSyllables: w("jian wei ming hua li jun yong jie tao gang ping hui xin yan lei bin hong qiang feng lin guo zhi hai yu chun dong bo kai liang peng rui wen xue yi zhen ying fang jing mei na qing yun juan lan xiang hao cheng an")},
	"korean": {style: styleKorean,
		family:         w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh"),
		givenSyllables: w("min ji seo hyun jae sung young dong joon woo hee soo eun kyung hye jin ho tae yeon sang chul yong ha na kyu")},
	"japanese": {style: stylePlain,
		male:   w("Hiroshi Takeshi Kenji Yoshihide Taro Shinzo Fumio Toshimitsu Katsunobu Yoshimasa Akira Daisuke Kazuo Makoto Masato Shigeru Koichi Takeo Ryota Hayato Kentaro Yasuhiro"),
		female: w("Yoko Keiko Yoshiko Sanae Seiko Tomomi Yuriko Akiko Naoko Emi Haruka Yui Noriko Kaori Megumi"),
		family: w("Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Okada Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto Fujii Nishimura Fukuda Ota Miura Okamoto Matsuda Nakagawa Harada Kamikawa Motegi"),
		synA:   w("Naka Yama Kawa Mori Taka Hashi Ishi Matsu Fuji Kita Saka Miya Kiri Shima Oka Hira"),
		synB:   w("moto mura da shita zaki gawa ta no uchi hara oka sawa")},
	"vietnamese": {style: styleViet,
		family:  w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Mai Luong"),
		middleM: w("Van Duc Minh Quoc Xuan Manh Hong Dinh Cong Huu"),
		middleF: w("Thi Ngoc Thu Thanh Kim Bich"),
		male:    w("Anh Binh Cuong Dung Hai Hung Khoa Long Nam Phuc Quang Son Tam Thang Trung Tuan Vinh Hieu Khai Loc Tien Dat"),
		female:  w("Lan Mai Hoa Huong Linh Nga Thao Trang Hang Ha Yen Ngan Phuong Chi")},
	"burmese": {style: styleBurmese,
		givenSyllables: w("Min Aung Hlaing Thein Sein Kyaw Win Myint Tun Zaw Soe Than Htun Naing Maung Khin Su Nyi Thant Zin Moe Htay Lwin Oo Myo Thura Wunna")},
	"thai": {style: stylePlain,
		male:   w("Somchai Prayut Anutin Srettha Chaiwat Kittipong Somsak Wichai Supachai Thanakorn Parnpree Don Saleumxay Sonexay Prak Sokhonn Hun Sok Chea Vanna Phoumi Thongloun"),
		female: w("Paetongtarn Pimchanok Sirin Nattaya Kanokwan Ratana Chanthira Malee Sokha Bopha Dara Chantha Vilayvanh"),
		family: w("Chan Wong Srisuk Thongdee Sombat Kittikun Boonma Suwan Rattana Chaiyaporn Wattana Sihasak Kommasith Siphandone Sokhonn Manet Chhum Keo Sar"),
		synA:   w("Chan Thong Pra Som Kitti Boon Suwan Ratta Chai Watta Sri Sang Phon Vong"),
		synB:   w("wong sak pong kul chai porn sin phan ngam sri vanh xay")},
	"malay": {style: stylePlain,
		male:   w("Budi Joko Agus Bambang Hadi Rizal Arif Yusuf Wahyu Eko Adi Anwar Ahmad Fadillah Hishammuddin Mohamad Zambry Hasan Airlangga Erick Sugiono Dino"),
		female: w("Retno Sri Dewi Siti Putri Dian Rina Nurul Aisyah Fatimah Wulan Ratna Indah Yuliana Mega"),
		family: w("Santoso Wibowo Hartono Prabowo Marsudi Widodo Sutanto Kusuma Setiawan Gunawan Hidayat Nugroho Susanto Pratama Saputra Wijaya Halim Rahman Ibrahim Hassan Ismail Abdullah Yaakob Razak Kadir Sulaiman Hamzah"),
		synA:   w("Sur Har Wira Kus Pur Sap Sud Sri Wid Tan Pan Jay"),
		synB:   w("yanto jono dirja wono mono karta wati nata sasmita")},
	"southasian": {style: stylePlain,
		male:   w("Rajesh Sunil Anil Vikram Arjun Rahul Amit Sanjay Ravi Suresh Narendra Piyush Harsh Vinay Subrahmanyam Ranil Mahinda Anura Vijitha Nalin Pushpa Bimal Sheikh Abul Tenzing Sher Kamal"),
		female: w("Priya Anjali Kavita Sunita Meera Nirmala Smriti Deepa Lakshmi Pooja Harini Dipu Tshering Arzu Chandrika Rupa"),
		family: w("Sharma Verma Gupta Singh Kumar Patel Reddy Iyer Nair Menon Rao Joshi Mehta Shah Desai Kapoor Malhotra Chaudhary Mishra Pandey Jaishankar Goyal Sitharaman Bhattacharya Banerjee Mukherjee Das Bose Pillai Krishnan Perera Fernando Jayasuriya Wickremesinghe Dissanayake Gunawardena Senanayake Bandara Momen Hasina Rahman Chowdhury Deuba Dahal Oli Tobgay Solih"),
		synA:   w("Raghu Chandra Shri Vish Bala Ram Dev Jaya Hari Sub Ven Moh"),
		synB:   w("nathan swamy raman wardena pal kar dasan murthy esh")},
	"pakistani": {style: stylePlain,
		male:   w("Muhammad Imran Shehbaz Asif Bilawal Ahsan Ishaq Usman Faisal Tariq Khurram Zahid Naveed Shah Jalil Amir Kamran Salman"),
		female: w("Hina Maryam Sherry Shireen Ayesha Sania Fouzia Nafisa Samina Bushra"),
		family: w("Khan Sharif Ahmed Qureshi Malik Chaudhry Butt Zardari Abbasi Hussain Raza Akhtar Mirza Bhutto Iqbal Dar Jilani Rabbani Baloch Afridi Gilani Leghari Niazi Aziz"),
		synA:   w("Ras Gul Shah Ja Za Mu Sha Wa Fa"),
		synB:   w("zai wani deen lani khel dani ani")},
	"persian": {style: stylePlain,
		male:   w("Abbas Hossein Mohammad Ali Reza Mehdi Javad Hassan Kazem Saeed Majid Ebrahim Amir Hamid Mohsen Gholam Rahmatullah Hamdullah Zalmai Hekmat"),
		female: w("Fatemeh Maryam Zahra Masoumeh Shahla Nasrin Parisa Leila Mina Shirin Roya Fawzia Habiba"),
		family: w("Araghchi Zarif Rouhani Larijani Rezaei Hosseini Mousavi Ahmadi Karimi Sadeghi Jafari Tehrani Shirazi Kazemi Rahimi Nazari Ghaemi Velayati Salehi Bagheri Kanani Muttaqi Haqqani Atmar Rasuli Wardak Popal Samadi"),
		synA:   w("Mo Ka Za Ra Sha Fa Ja Ba Na Ta Ghaf Mah"),
		synB:   w("hami rani hedi zadeh bani sani dehi zari vandi")},
	"arabic": {style: stylePlain,
		male:   w("Mohammed Ahmed Khalid Faisal Abdullah Omar Youssef Hassan Ibrahim Tariq Nasser Sami Walid Karim Adel Hamad Saud Fahad Majid Ayman Sameh Nasser Abdelaziz Mustafa Rashid Sultan Anwar Jassim Salem Mahmoud"),
		female: w("Fatima Aisha Layla Noura Mariam Huda Reem Salma Lubna Amal Rania Hind Najla Mona Dana Sara Yasmin Nadia"),
		family: w("Al-Mansouri Al-Hashimi Al-Sabah Al-Thani Al-Nahyan Al-Otaibi Al-Zayani Al-Khalifa Al-Jaber Al-Marri Haddad Khoury Nasser Saleh Mansour Shoukry Safadi Bourita Attaf Hamdan Fayad Khalil Barakat Darwish Ghanem Jaber Obeid Saad Younis Al-Busaidi Al-Yahya Al-Saud Abdelatty Hussein Jerandi Nabbout"),
		synA:   w("Al-Ha Al-Za Al-Ra Al-Na Al-Ma Al-Sa Al-Qa Al-Ja Al-Ba Al-Ta Al-Fa Al-Da"),
		synB:   w("shimi hrani mri tairi shidi bari lki dani wadi rimi jeri"),
	},
	"turkic": {style: stylePlain,
		male:   w("Mehmet Mustafa Ahmet Hakan Mevlüt Recep İbrahim Hulusi Ömer Emre Burak Cem Kemal Serkan Murat Ceyhun Elmar Jeyhun Ilham Ramiz Fuat Yaşar Hikmet Zakir"),
		female: w("Ayşe Fatma Zeynep Elif Emine Selin Gülnar Leyla Aynur Sevinç Mehriban Nermin Esra Derya Gülşen"),
		family: w("Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çavuşoğlu Fidan Kalın Bayraktar Güler Erdem Koç Kurt Özdemir Aliyev Mammadov Bayramov Hajiyev Huseynov Hasanov Ismayilov Rzayev Guliyev"),
		synA:   w("Kara Ak Gül Er Yıl Öz Tan Bay Demir Kaya Altın Gök Uz Tek"),
		synB:   w("oğlu han dağ kan soy türk er can taş göz"),
	},
	"anglo": {style: stylePlain,
		male:   w("James John Robert Michael William David Richard Thomas Mark Paul Andrew Kevin Brian Daniel Matthew Anthony Christopher Jonathan Peter Stephen Gregory Patrick Simon Hugh Keir Rishi Ralph Philip"),
		female: w("Mary Jennifer Linda Elizabeth Susan Sarah Karen Emily Rachel Catherine Helen Penny Victoria Margaret Julie Laura Anne Claire Mélanie Jacinda Nanaia Kamala Gina Samantha Gillian Mia"),
		family: w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Ross Foster Blinken Sullivan Finer Joly Wong Mahuta Lammy Cleverly O'Brien McCarthy Fitzgerald"),
		synA:   w("Ash Brad Carl Dun Fair Hart Kings Mars Mill Nor Red Stan Wes Whit Bur Hol Pem Thorn Win Black"),
		synB:   w("ford ton ley wood field by well worth ham ridge more wick stone brook"),
	},
	"hispanic": {style: styleHispanic,
		male:   w("José Juan Carlos Luis Jorge Miguel Alejandro Fernando Ricardo Andrés Diego Manuel Pablo Javier Gustavo Sergio Raúl Felipe Enrique Marcelo Santiago Rafael Héctor Mauricio Álvaro"),
		female: w("María Ana Carmen Laura Isabel Lucía Gabriela Claudia Patricia Sofía Verónica Mónica Alicia Rosa Alejandra Diana Marcela Daniela Elena Adriana"),
		family: w("García Rodríguez Martínez López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Ramos Romero Herrera Medina Castillo Vargas Castro Mendoza Ruiz Álvarez Jiménez Moreno Quispe Mamani Cárdenas Aguilar Navarro Domínguez Vega Salazar Ebrard Albares Manalo Cafiero Leyva Bárcena Guevara Fuentes Serrano Paredes Zamora Rojas"),
		synA:   w("Val Mon Ber Cas Mar Villa Sol Alba Or Bel Cor Tor"),
		synB:   w("daña tes rera tillo zano vez duña lejo ranza ega"),
	},
	"lusophone": {style: stylePlain,
		male:   w("João Pedro Paulo António Luís Marcelo Rui Fernando Mauro Celso Augusto Tiago Carlos Ernesto Domingos Téte José Filipe Jorge Gilberto"),
		female: w("Ana Maria Marina Beatriz Luísa Joana Inês Carla Fernanda Simone Dilma Graça Esperança Teresa Francisca"),
		family: w("Silva Santos Oliveira Souza Costa Pereira Almeida Ferreira Rodrigues Carvalho Gomes Martins Araújo Ribeiro Barbosa Rocha Lopes Cardoso Teixeira Vieira Amorim Nunes Mendes Moura Freitas Tavares Pinto Rangel Lourenço Nyusi Neves Macedo Cravinho Lula Guterres"),
		synA:   w("Bran Cal Fon Gui Lou Mon Que Sar Val Vas Cor Fig"),
		synB:   w("dão seca tela marães reiro queira ceição relo eira"),
	},
	"francophone": {style: stylePlain,
		male:   w("Jean Pierre Michel François Laurent Nicolas Olivier Philippe Stéphane Julien Thierry Emmanuel Sébastien Gérald Didier Jean-Yves Jean-Noël Xavier Ignazio Maxime Andry Wavel"),
		female: w("Marie Catherine Sophie Isabelle Nathalie Élisabeth Claire Anne Aurélie Sylvie Chantal Hadja Christine Hélène Valérie Brigitte Sylvia"),
		family: w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Colonna Barrot Séjourné Fontaine Chevalier Cassis Rajoelina Ramkalawan Moïse Lahbib Bettel Dufresne"),
		synA:   w("Beau Belle Mont Ver Champ Ros Mar Gar Cha Bou Dela Fran"),
		synB:   w("champ fort mont lieu ville court noir rive pré geon"),
	},
	"germanic": {style: stylePlain,
		male:   w("Klaus Hans Jürgen Stefan Thomas Andreas Michael Frank Wolfgang Olaf Heiko Markus Christian Jan Lars Pieter Mark Sigmar Alexander Karl Wopke Ruben Caspar"),
		female: w("Ursula Annalena Angela Sabine Petra Monika Katrin Christine Julia Svenja Nancy Anke Sanne Hanke Karoline Sigrid Beate"),
		family: w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Maas Baerbock Wadephul Schallenberg Bakker Jansen Visser Smit Hoekstra Veldkamp Brekelmans Frick Hasler"),
		synA:   w("Stein Berg Brand Eich Falk Gold Hohen Lin Rosen Schön Wald Stern Holz Wein"),
		synB:   w("mann berger feld hauer bach dorf er hof hardt ner"),
	},
	"nordic": {style: stylePlain,
		male:   w("Lars Erik Anders Magnus Henrik Jonas Mikael Pekka Sauli Tobias Bjarni Urmas Margus Alar Espen Lars-Løkke Sigurður Ville Kaja"),
		female: w("Ann Anna Ingrid Sanna Kristin Margot Mette Elina Maria Kaja Katrín Elina Anniken Jessika Tarja"),
		family: w("Johansson Andersson Karlsson Nilsson Eriksson Larsen Hansen Jensen Nielsen Pedersen Lindqvist Virtanen Korhonen Mäkinen Haavisto Støre Rasmussen Solberg Gunnarsson Valtonen Reinsalu Tsahkna Eide Huitfeldt Billström Stenergard Kallas Benediktsson"),
		synA:   w("Lind Berg Dahl Ek Holm Sand Strand Nord Sjö Alm Fors Hag"),
		synB:   w("qvist ström gren berg lund man vik sen dal näs"),
	},
	"wslavic": {style: stylePlain,
		male:   w("Jan Piotr Tomasz Marek Andrzej Radosław Zbigniew Miroslav Milan Ivan Dragan Aleksandar Nikola Goran Boris Zoran Petar Luka Gordan Ivica Rumen Bujar Gabrielius Krišjānis Edgars"),
		female: w("Anna Katarzyna Magdalena Agnieszka Jana Petra Ivana Milica Jelena Marija Tanja Ana Tanja Baiba Ingrida Dubravka Teodora"),
		family: w("Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Sikorski Novák Svoboda Dvořák Černý Lipavský Horvat Kovačević Petrović Jovanović Nikolić Đorđević Marković Ilić Stojanović Popović Babić Dačić Plenković Grlić Radev Georgiev Dimitrov Fajon Osmani Landsbergis Rinkēvičs Karinš Blanár"),
		synA:   w("Bor Dra Gor Kos Lub Mil Rad Slav Vuk Zel Bog Hru"),
		synB:   w("ović ević ski ak ek ič ov inski ovski"),
	},
	"italian": {style: stylePlain,
		male:   w("Giuseppe Giovanni Antonio Mario Luigi Francesco Paolo Matteo Sergio Enrico Alessandro Luca Marco Andrea Roberto Guido Ian Pietro"),
		female: w("Giorgia Maria Anna Francesca Chiara Giulia Elisabetta Federica Laura Paola Roberta Marta Lia Silvana"),
		family: w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Giordano Rizzo Lombardi Moretti Tajani Di_Maio Meloni Mattarella Crosetto Gentiloni Barbieri Fontana Santoro Mariani Borg Abela Parolin"),
		synA:   w("Bel Cas Fer Gal Mar Pel Ros San Tor Val Ber Cal"),
		synB:   w("lini etti ucci azzi oni ardi ello ini otti"),
	},
	"seeuropean": {style: stylePlain,
		male:   w("Nikos Giorgos Kyriakos Dimitris Andreas Ion Mihai Bogdan Klaus Péter Viktor Zoltán Edi Igli Nikolaos Constantinos Sorin Dorin Nicu Donika Albin Vjosa"),
		female: w("Elena Katerina Maia Ioana Katalin Eva Olta Luminița Natalia Marina Dora Ramona Anita"),
		family: w("Papadopoulos Dendias Gerapetritis Mitsotakis Christodoulides Kombos Popescu Ionescu Aurescu Constantinescu Odobescu Szijjártó Nagy Kovács Tóth Szabó Rama Hoxha Berisha Popa Stan Georgescu Cacciu Sandu Kurti Gërvalla Xhaçka Hasani Popovici"),
		synA:   w("Papa Kosta Dimi Geor Ion Mar Pet Nico Vasi Stef"),
		synB:   w("poulos akis escu eanu idis opoulou ou"),
	},
	"westafrican": {style: stylePlain,
		male:   w("Kwame Kofi Yaw Oluwaseun Chukwuemeka Bola Yusuf Ibrahim Mamadou Moussa Ousmane Abdoulaye Amadou Cheikh Seydou Babatunde Emeka Nana Félix Faure Denis Paul Alassane Macky Bassirou Kassim"),
		female: w("Ngozi Amina Aïssata Fatou Adjoa Akosua Folake Chioma Mariam Awa Aminata Yetunde Shirley Kandia Nialé Fatoumata Olivia"),
		family: w("Adeyemi Okonkwo Ogunleye Mensah Asante Boateng Owusu Diallo Traoré Touré Keita Coulibaly Ndiaye Sow Ba Diop Fall Sall Tinubu Obi Eze Nwosu Adebayo Ouattara Kaboré Sawadogo Akufo Botchwey Tuggar Onyeama Kamara Bah Camara Cissé Tshisekedi Sassou Biya Déby Touadéra Mbasogo Nguema Talon Dussey"),
		synA:   w("Ade Olu Ogun Ola Ayo Femi Bam Kou Ama Oke Nwa Chi Ibe Ako"),
		synB:   w("yemi wale tunde sola kunle bayo ndu ezu kwe mah tey"),
	},
	"eastafrican": {style: stylePlain,
		male:   w("John William Uhuru Cyril Emmerson Hakainde Paul Yoweri Abiy Musalia Ronald Tendai Thabo Sipho Bheki Amani Baraka Juma Jabali Demeke Gedion Vincent Frederick Taye Salva Isaias Mokgweetsi Mswati Hage"),
		female: w("Samia Naledi Grace Mercy Wanjiru Lindiwe Thandeka Nomvula Monica Sahle-Work Liberata Jessica Joyce Netumbo Winnie Esther"),
		family: w("Kamau Mwangi Otieno Odhiambo Kiprop Kenyatta Ruto Mudavadi Hassan Nyerere Mwinyi Kagame Museveni Ramaphosa Pandor Lamola Dlamini Ndlovu Nkosi Zulu Moyo Banda Phiri Mutharika Mnangagwa Chikwanha Tadesse Bekele Girma Haile Mengistu Tesfaye Kiir Afwerki Masisi Nandi-Ndaitwah Geingob Hichilema Chakwera Makamba Nduhungirehe Odongo Oryem Mulamula Kombo"),
		synA:   w("Mwa Kibe Oti Nya Wan Ndu Oke Kip Che Mu Ngu Ma"),
		synB:   w("ngi rono eno ambo giri uti lenga tai kuru ruge sebe"),
	},
	"hebrew": {style: stylePlain,
		male:   w("David Yosef Avi Moshe Eli Yair Benjamin Gideon Naftali Yoav Israel Itamar Nir Ron Amir Ofir"),
		female: w("Tzipi Ayelet Miri Orly Tamar Noa Michal Sharren Idit Galit Yael"),
		family: w("Cohen Levi Mizrahi Peretz Biton Friedman Katz Saar Lapid Gantz Herzog Ashkenazi Shapira Golan Ben-David Avraham Dahan Amar Dermer Hanegbi Gallant Haskel Barkat"),
		synA:   w("Ben Bar Har Gil Shem Ros Tal Ya"),
		synB:   w("-Ami -Or el on ani ari"),
	},
	"mongol": {style: stylePlain,
		male:   w("Batbayar Enkhbold Ganbaatar Otgonbayar Tsogtbaatar Munkhbat Luvsannamsrai Khurelsukh Ukhnaa Gombojav Zandanshatar Bat-Erdene"),
		female: w("Battsetseg Oyun-Erdene Bolormaa Enkhtuya Nomin Sarangerel Oyunchimeg Tsetsegmaa"),
		family: w("Batbayar Enkhbold Ganbaatar Tsogtbaatar Munkhbat Luvsannamsrai Oyun-Erdene Khurelsukh Gombojav Zandanshatar Battulga Elbegdorj Sukhbaatar Amarsaikhan Baasankhuu"),
		synA:   w("Bat Enkh Gan Otgon Munkh Tsog Sukh Amar Baasan Altan"),
		synB:   w("baatar bold bayar erdene saikhan tulga jargal"),
	},
	"caucasus": {style: stylePlain,
		male:   w("Giorgi Irakli Levan Davit Nikoloz Ararat Armen Nikol Mher Ilia Zurab Vahagn Tigran Vahan Ruben Grigol"),
		female: w("Tamar Nino Anna Gohar Salome Ketevan Lilit Ani Mariam Eka"),
		family: w("Beridze Kapanadze Gelashvili Darchiashvili Kobakhidze Mirzoyan Pashinyan Grigoryan Harutyunyan Sargsyan Hovhannisyan Petrosyan Lomidze Tsereteli Zalkaliani Botchorishvili Kocharyan Abrahamyan Margvelashvili Zurabishvili"),
		synA:   w("Gela Kapa Bera Loma Mchedli Chkhei Hovhan Petros Grigor Avetis Karap Manuk Sahak"),
		synB:   w("shvili dze nadze yan ian adze"),
	},
}

// traditionOf maps ISO 3166 alpha-2 codes to naming traditions.
var traditionOf = func() map[string]string {
	m := map[string]string{}
	for tr, codes := range map[string]string{
		"eslavic":      "RU BY UA",
		"centralasian": "KZ UZ KG TJ TM",
		"chinese":      "CN TW SG",
		"korean":       "KR KP",
		"japanese":     "JP",
		"vietnamese":   "VN",
		"burmese":      "MM",
		"thai":         "TH LA KH",
		"malay":        "ID MY BN",
		"southasian":   "IN NP BD LK BT MV MU",
		"pakistani":    "PK",
		"persian":      "IR AF",
		"arabic":       "DZ BH EG IQ JO KW LB LY MR MA OM PS QA SA SD SY TN AE YE SO DJ KM",
		"turkic":       "TR AZ",
		"anglo":        "US GB CA AU NZ IE AG BS BB BZ DM GD GY JM KN LC VC TT FJ KI MH FM NR PW PG WS SB TO TV VU LR SL GM",
		"hispanic":     "ES MX GT HN SV NI CR PA CU DO CO VE EC PE BO CL AR PY UY AD GQ PH",
		"lusophone":    "BR PT AO MZ CV GW ST TL",
		"francophone":  "FR BE CH LU MC HT SC MG",
		"germanic":     "DE AT NL LI SR",
		"nordic":       "SE NO DK FI IS EE",
		"wslavic":      "PL CZ SK RS HR BA ME MK SI BG LV LT",
		"italian":      "IT SM MT VA",
		"seeuropean":   "GR CY AL RO MD HU XK",
		"westafrican":  "NG GH SN ML BF CI GN NE TG BJ CM TD CF CG CD GA",
		"eastafrican":  "KE ET TZ UG RW BI ZA ZW ZM MW NA BW LS SZ ER SS",
		"hebrew":       "IL",
		"mongol":       "MN",
		"caucasus":     "GE AM",
	} {
		for _, c := range strings.Fields(codes) {
			m[c] = tr
		}
	}
	return m
}()

// personName is a generated name: the full name, and the name used after
// "Mr"/"Ms" or alone on later mentions.
type personName struct {
	full, ref string
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// coined returns a family name made of two syllables.
func (t *tradition) coined(r *rand.Rand) string {
	a, b := pick(r, t.synA), pick(r, t.synB)
	if strings.HasPrefix(b, "-") {
		return a + b
	}
	return a + b
}

// name draws a name. attempt grows with each collision so that later tries
// move from the common lists to coined family names.
func (t *tradition) name(r *rand.Rand, female bool, attempt int) personName {
	given := func() string {
		if female && len(t.female) > 0 {
			return pick(r, t.female)
		}
		return pick(r, t.male)
	}
	family := func() string {
		if attempt > 2 && len(t.synA) > 0 && r.IntN(2) == 0 || len(t.family) == 0 {
			return t.coined(r)
		}
		return pick(r, t.family)
	}
	switch t.style {
	case styleSlavic:
		root := pick(r, t.family)
		if attempt > 2 || r.IntN(3) == 0 {
			root = pick(r, t.synA) + strings.TrimSuffix(pick(r, t.synB), "ov")
		}
		root = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(root, "ov"), "ev"), "yev")
		suf := pick(r, t.mSuf)
		if female {
			suf = pick(r, t.fSuf)
		}
		fam := root + suf
		return personName{given() + " " + fam, fam}
	case styleChinese:
		fam := pick(r, t.family)
		g := pick(r, t.givenSyllables)
		if r.IntN(3) > 0 || attempt > 1 {
			g += pick(r, t.givenSyllables)
		}
		g = capitalize(g)
		return personName{fam + " " + g, fam}
	case styleKorean:
		fam := pick(r, t.family)
		g := capitalize(pick(r, t.givenSyllables)) + "-" + pick(r, t.givenSyllables)
		return personName{fam + " " + g, fam}
	case styleViet:
		fam := pick(r, t.family)
		mid := pick(r, t.middleM)
		if female {
			mid = pick(r, t.middleF)
		}
		g := given()
		return personName{fam + " " + mid + " " + g, g}
	case styleBurmese:
		n := 2 + r.IntN(2)
		if attempt > 2 {
			n = 3
		}
		parts := make([]string, n)
		for i := range parts {
			parts[i] = pick(r, t.givenSyllables)
		}
		full := strings.Join(parts, " ")
		return personName{full, full}
	case styleHispanic:
		f1 := family()
		if r.IntN(3) == 0 || attempt > 3 {
			if f2 := family(); f2 != f1 {
				return personName{given() + " " + f1 + " " + f2, f1}
			}
		}
		return personName{given() + " " + f1, f1}
	}
	fam := family()
	return personName{given() + " " + fam, fam}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	rs := []rune(s)
	rs[0] = toUpper(rs[0])
	return string(rs)
}

func toUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return []rune(strings.ToUpper(string(r)))[0]
}
