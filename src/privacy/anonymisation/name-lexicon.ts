/**
 * First names and surnames the scanner recognises on their own: Danish, and
 * the target group's Arabic, Somali, Turkish, Kurdish, Persian, Pakistani and
 * Afghan names, with common Danish transliterations. A name outside these
 * lists is still found after a relation word or an honorific ("hendes bror
 * ...", "moren hedder ...", "fru ...").
 */
const DANISH_FIRST = `Anna Mette Lars Jens Peter Søren Mads Frederik Emma Ida Sofie Clara Freja Laura Ella Karla Alma Agnes Josefine Maja Mathilde
Lærke Caroline Anne Hanne Kirsten Susanne Lone Pia Tina Camilla Louise Julie Katrine Line Maria Marie Helle Birgitte Bente Inge Karen
Christian Michael Thomas Henrik Martin Rasmus Jesper Morten Anders Niels Ole Poul Per Hans Jørgen Erik Kim Bo Jan Kasper Mikkel Jonas
Oliver William Noah Lucas Victor Carl Emil Magnus Malthe Alfred Oscar Aksel Elias Valdemar Villads Sebastian Tobias Simon Nikolaj
Jakob Jacob Daniel Mathias Andreas Christoffer Kristian Nanna Signe Stine Trine Maja Rikke Lene Dorthe Gitte Marianne Jette Annette`;

const ARABIC_FIRST = `Mohammed Mohammad Muhammad Mohamed Mohamad Ahmad Ahmed Ali Hassan Hasan Hussein Husein Omar Umar Fatima Fatme Aisha Aicha Mariam Maryam
Yasmin Yasmine Layla Leila Laila Nour Noor Nur Zainab Zeinab Khadija Amina Amira Abdullah Abdallah Ibrahim Youssef Yousef Yusuf Khalid Khaled
Hamza Bilal Sara Sarah Huda Rania Samira Samir Karim Kareem Tariq Tarek Rami Nadia Nadya Hiba Hanan Asma Salma Mona Dina Walid Waleed
Mustafa Mostafa Mahmoud Mahmud Jamal Jamil Adel Adil Nabil Rashid Said Saeed Sami Ziad Ziyad Jihad Hadi Majid Malak Malik Rana Reem Rim
Lina Lama Dalia Hala Houda Souad Suad Ghada Jana Joud Aya Ayah Ranya Yara Ilham Nisreen Nesrine Marwa Marwan Osama Usama Anas Bassam`;

const SOMALI_FIRST = `Abdi Abdirahman Abdirahim Abdikarim Abdullahi Farah Hodan Halima Hawa Ayaan Ayan Faduma Fadumo Warsame Mohamud Jama Nimco Sagal Ubah
Hibo Ismail Ilhan Idil Deeqa Sahra Saynab Asad Abshir Guled Hamdi Hinda Istahil Kaltun Khadar Liban Mahad Muna Mukhtar Najma Qamar
Ruqiya Shukri Siad Yasin Yusra Zamzam Bashir Cawo Ladan Caasha Hassan Nuur Sucaad Filsan Xaawo Maryan`;

const TURKISH_FIRST = `Mehmet Mustafa Emre Burak Elif Zeynep Ayşe Ayse Fatma Hatice Emine Murat Hakan Yusuf Ebru Esra Merve Kemal Serkan Ahmet Ali Hüseyin Huseyin
İbrahim Osman Ömer Omer Halil Recep Selin Sibel Songül Gül Gülsen Hülya Hulya Derya Deniz Cem Can Kaan Kerem Onur Oğuz Tolga Tuba Tuğba Tugba
Yasemin Yıldız Yildiz Özlem Ozlem Nur Berna Büşra Busra Cansu Ceren Dilek Ece Eda Gizem İrem Irem Kübra Melek Melike Nazlı Sevgi Sinem Şeyma Seyma`;

const KURDISH_FIRST = `Rojin Berivan Dilan Delal Azad Baran Shilan Zana Rezan Hevi Dersim Ronahi Serhat Jiyan Rojda Roza Nazdar Bahoz Botan Hozan Kawa Rizgar
Shirwan Soran Zerdest Zilan Berfin Evin Helin Nergiz Newroz Peri Rojan Welat Xebat Dlovan Hawre Karwan Rebwar Sirwan Dara Shvan Bawan Aram`;

const PERSIAN_FIRST = `Reza Mehdi Maryam Narges Shirin Parisa Farshid Dariush Leila Azadeh Arash Babak Nasrin Golnaz Kaveh Kourosh Cyrus Behrouz Bahram Farhad
Farzaneh Fereshteh Hamid Hossein Javad Kamran Mahnaz Mahsa Mina Mitra Mojgan Morteza Nima Omid Pegah Payam Pouya Roya Saeed Sahar
Sanaz Shahla Shahram Sima Soheila Taraneh Yasaman Ziba Arezoo Bita Elham Fariba Homa Ladan Mahtab Niloufar Parvin Samaneh Setareh`;

const PAKISTANI_FIRST = `Imran Asif Faisal Saima Nadia Ayesha Kashif Usman Shazia Rabia Zahid Tariq Sana Hina Waqas Noor Adnan Amir Aamir Arif Asma Atif Farhan
Fozia Ghulam Humaira Iqbal Irfan Javed Kamran Mehwish Mudassar Naveed Nazia Rizwan Saba Sadia Shahid Shahzad Sohail Sumaira Tahir Uzma Yasir
Zubair Zeeshan Amna Anum Bushra Farah Iram Kiran Mahnoor Maira Nabeel Rehana Saira Sobia`;

const AFGHAN_FIRST = `Ahmad Farid Wahid Zahra Mursal Sediqa Nazanin Habib Karim Rahim Shabnam Sohail Mahbooba Hamid Freshta Fereshta Laila Najib Nasir Qadir
Rahmatullah Rahmat Zabihullah Zabiullah Hekmat Hikmat Jawad Masood Masoud Mirwais Mujtaba Naqib Omid Parwiz Samim Shafiq Wali Yama Zalmai
Arezo Farzana Gulalai Hadia Hangama Husna Khatera Mariam Marzia Nargis Nilofar Parwana Razia Roya Sadaf Samira Shakila Sima Tahmina Zarghona`;

const SURNAMES = `Hansen Jensen Nielsen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen
Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt
Khan Hussain Hussein Ahmed Ahmad Ali Mohamed Mohammed Hassan Abdi Farah Yilmaz Yılmaz Demir Kaya Çelik Celik Şahin Sahin Öztürk Ozturk
Aydın Aydin Arslan Doğan Dogan Kılıç Kilic Koç Koc Kurt Özdemir Ozdemir Karimi Ahmadi Rezaei Hosseini Mohammadi Nazari Popal Sultani
Rahimi Hashimi Noori Sadat Jafari Akbari Azizi Habibi Haidari Amiri Rahman Iqbal Malik Butt Chaudhry Qureshi Siddiqui Sheikh Raza Shah
Warsame Jama Mohamud Omar Osman Yusuf Abdullahi Nur Haji Aden Egal Dahir Gedi Barzani Talabani Zebari Rashid Saleh Saeed Khalil Haddad`;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [DANISH_FIRST, ARABIC_FIRST, SOMALI_FIRST, TURKISH_FIRST, KURDISH_FIRST, PERSIAN_FIRST, PAKISTANI_FIRST, AFGHAN_FIRST].flatMap(words).map((w) => w.toLowerCase()),
);
export const SURNAME_SET: ReadonlySet<string> = new Set(words(SURNAMES).map((w) => w.toLowerCase()));

/**
 * Capitalised words that are not personal names in this work even when they
 * could be (organisations, teams, places, roles). "Nur", "Can" or "Said" as
 * ordinary words are handled by the capitalisation rule.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  words(`Etnisk Konsulentteam Familieteam Bydelsmødre Bydelsmor Baba Jobcenter Jobcentret Ungecenter Sprogcenter Familieafdelingen
  Sundhedsplejen Sundhedsplejerske SSP Politiet Politi Kommune Kommunen Gladsaxe Horsens Odense Aarhus København Københavns Høje Taastrup
  Danmark Syrien Somalia Tyrkiet Irak Iran Afghanistan Pakistan Libanon Marokko Sikkerhedskonsulent Sikkerhedskonsulenten PATRIARK
  Bo Trivsel Boligsocialt Boligsociale Skole Skolen Gymnasium Gymnasiet Netværket Netværk Lægen Læge Imam Moskeen Moske Kirken
  Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Januar Februar Marts April Maj Juni Juli August September Oktober November December`).map((w) => w.toLowerCase()),
);
