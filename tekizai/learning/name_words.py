"""Words that teach the name-shape model what a name is spelled like, written for this project.

Positives: the given names of ``signals/name_lists.py`` and the family names below, from the same wide
spread of origins (English, German, Dutch, Nordic, Finnish, French, Italian, Spanish, Portuguese,
Slavic, Hungarian, Greek, Turkish, Arabic, African, Indian, Chinese, Korean, Vietnamese, Hebrew).
Negatives: what else stands capitalised in a prompt — common English words (a sentence's first word,
a title's), months and days, places, organisations, products and technical terms. A place or a firm
can be spelled like a name; the model only says how name-like a word looks, the context decides.
"""

from __future__ import annotations

FAMILY_NAMES = frozenset(
    """
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker
Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy
Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks
Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Butler
Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West
Stephens Gibson Ellis Hayes Kennedy Marshall Owens Harrison Fernandez Mcdonald Woods Washington Kim
Hunt Palmer Holmes Mills Grant Knight Ferguson Rose Stone Hawkins Dunn Perkins Hudson Spencer Gardner
Stephenson Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart
Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence Elliott
Chavez Sims Austin Peters Kelley Franklin Lawson Fields Ryan Schmidt Carr Castillo Wheeler Chapman
Oliver Montgomery Richards Williamson Johnston Banks Meyer Bishop Mccoy Howell Morrison Hansen Harvey
Little Burton Stanley Nguyen George Jacobs Reid Fuller Lynch Dean Gilbert Romero Welch Larson Frazier
Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer Hoffman Carlson Silva Pearson Holland
Douglas Fleming Jensen Vargas Byrd Davidson Hopkins May Terry Herrera Wade Soto Walters Curtis Neal
Caldwell Lowe Jennings Barnett Graves Jimenez Horton Shelton Barrett Obrien Castro Sutton Gregory
Mckinney Lucas Miles Craig Rodriquez Chambers Holt Lambert Fletcher Watts Bates Hale Rhodes Pena Beck
Newman Haynes Mcdaniel Mendez Bush Vaughn Parks Dawson Santiago Norris Hardy Love Steele Curry Powers
Schultz Barker Guzman Page Munoz Ball Keller Chandler Weber Leonard Walsh Lyons Ramsey Wolfe Schneider
Mullins Benson Sharp Bowen Daniel Barber Cummings Hines Baldwin Griffith Valdez Hubbard Salazar Reeves
Warner Stevenson Burgess Santos Tate Cross Garner Mann Mack Moss Thornton Dennis Mcgee Farmer Delgado
Aguilar Vega Glover Manning Cohen Harmon Rodgers Robbins Newton Todd Blair Higgins Ingram Reese Cannon
Strickland Townsend Potter Goodwin Walton Rowe Hampton Ortega Patton Swanson Joseph Francis Goodman
Maldonado Yates Erickson Hodges Rios Conner Adkins Webster Norman Malone Hammond Flowers Cobb
Moody Quinn Blake Maxwell Pope Floyd Osborne Paul Mccarthy Guerrero Lindsey Estrada Sandoval Gibbs
Tyler Gross Fitzgerald Stokes Doyle Sherman Saunders Wise Colon Gill Alvarado Greer Padilla Simon Waters
Nunez Ballard Schwartz Mcbride Houston Christensen Klein Pratt Briggs Parsons Mclaughlin Zimmerman
Buchanan Moran Copeland Pittman Brady Mccormick Holloway Brock Poole Logan Bass Marsh Drake Wong
Jefferson Morton Abbott Sparks Patrick Norton Huff Clayton Massey Lloyd Figueroa Carson Bowers Roberson
Barton Tran Lamb Harrington Casey Boone Cortez Clarke Mathis Singleton Wilkins Cain Bryan Underwood Hogan
Mckenzie Collier Luna Phelps Mcguire Allison Bridges Wilkerson Nash Summers Atkins
Muller Mueller Schmitt Fischer Weiss Schulz Hoffmann Koch Richter Wolf Schroeder Neumann Schwarz
Braun Hofmann Zimmermann Kruger Hartmann Lange Werner Krause Lehmann Kohler Maier Huber Kaiser Fuchs
Peters Scholz Moller Vogel Friedrich Keller Gunther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Bohm Winter Kraus Martin Schumacher Kramer Vogt Stein Jager Otto
Sommer Gross Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kuhl Pohl Engel
Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Grunewald Eberhardt Gottschalk
de Jong Jansen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Jacobs
Vermeulen Willems Koster Prins Huisman Kuipers Verhoeven Postma Bosman Maas Sanders
Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Lindberg Lindqvist Lindgren Berg Axelsson Bergstrom Lundberg Lind Lundgren Mattsson Berglund
Fredriksson Sandberg Henriksson Forsberg Sjoberg Wallin Engstrom Danielsson Lundin Hakansson
Bjorklund Holmberg Nyberg Hedlund Sundberg Strom Holm Sandstrom Nystrom Lundqvist Hansen Johansen
Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg
Haugen Hagen Halvorsen Bakken Jakobsen Moen Gundersen Solberg Strand Haraldsen Nielsen
Rasmussen Christiansen Madsen Thomsen Christensen Sorensen Mortensen Iversen Mikkelsen
Jonsdottir Sigurdsson Gudmundsson Magnusson Olafsson Stefansson Korhonen Virtanen Makinen Nieminen
Makela Hamalainen Laine Heikkinen Koskinen Jarvinen Lehtonen Lehtinen Saarinen Salminen Heinonen
Niemi Heikkila Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila
Savolainen Lahtinen Ahonen Leino Hiltunen Kallio
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel
Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre Lefevre Mercier Dupont Lambert Bonnet
Francois Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin
Morin Mathieu Clement Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Nguyen
Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel Meyer Lucas Meunier Jean Perez Marchand
Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Gagnon Tremblay
Bouchard Gauthier Ouellet Lavoie Pelletier Belanger Levesque Bergeron Leblanc Cote Boucher Poirier
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca
Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De Santis Marchetti Parisi
Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De Angelis Gatti Pellegrini
Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino
Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore
Bellini Orlando Donati Sartori Ruggiero Farinelli
Garcia Fernandez Gonzalez Rodriguez Lopez Martinez Sanchez Perez Gomez Martin Jimenez Ruiz Hernandez
Diaz Moreno Alvarez Munoz Romero Alonso Gutierrez Navarro Torres Dominguez Vazquez Ramos Gil Ramirez
Serrano Blanco Suarez Molina Morales Ortega Delgado Castro Ortiz Rubio Marin Sanz Nunez Iglesias
Medina Garrido Cortes Castillo Santos Lozano Guerrero Cano Prieto Mendez Cruz Calvo Gallego Vidal Leon
Marquez Herrera Pena Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar
Pascual Santana Herrero Lorenzo Montero Hidalgo Gimenez Ibanez Ferrer Duran Santiago Benitez Mora
Vicente Vargas Arias Carmona Crespo Roman Pastor Soto Saez Velasco Moya Soler Parra Esteban Bravo
Gallardo Rojas Acosta Mejia Zamora Quintero Paredes Salinas Pacheco Miranda
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Goncalves Gomes
Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simoes Antunes Matos
Fonseca Machado Araujo Barbosa Tavares Lourenco Castro Figueiredo Azevedo Freitas Magalhaes Batista
Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski
Kozlowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zajac
Pawlowski Michalski Krol Wieczorek Jablonski Wrobel Nowakowski Majewski Olszewski Stepien Malinowski
Jaworski Adamczyk Nowicki Pawlak Gorski Witkowski Walczak Sikora Baran Rutkowski Michalak
Szewczyk Ostrowski Pietrzak Zalewski Wrona Zawadzki
Novak Svoboda Novotny Dvorak Cerny Prochazka Kucera Vesely Horak Nemec Pokorny Marek Pospisil
Hajek Jelinek Kral Ruzicka Benes Fiala Sedlacek Dolezal Zeman Kolar Navratil Cermak Vanek Urban
Novakova Svobodova Dvorakova Horvath Kovacs Toth Szabo Nagy Varga Kiss
Molnar Nemeth Farkas Balogh Papp Takacs Juhasz Lakatos Meszaros Olah Simon Racz Fekete Szilagyi
Torok Feher Balazs Gal Kis Szucs Kocsis Orsos Pinter Fodor Szalai Sipos Magyar Lukacs Gulyas
Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov
Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov
Zaitsev Soloviev Borisov Yakovlev Grigoriev Romanov Vorobiev Sergeev Kuzmin Frolov Alexandrov
Dmitriev Korolev Gusev Kiselev Ilyin Maksimov Polyakov Sorokin Vinogradov Kovalev Belov Medvedev
Antonov Tarasov Zhukov Baranov Filippov Komarov Davydov Belyaev Gerasimov Bogdanov Osipov Sidorov
Matveev Titov Markov Mironov Krylov Kulikov Karpov Vlasov Melnikov Denisov Gavrilov Tikhonov Kazakov
Afanasiev Danilov Savelyev Timofeev Fomin Chernov Abramov Martynov Efimov Fedotov Shcherbakov
Nazarov Kalinin Isaev Chernyshev Bykov Maslov Rodionov Konovalov Lazarev Voronin Klimov Filatov
Ponomarev Golubev Kudryavtsev Prokhorov Naumov Potapov Zhuravlev Ovchinnikov Trofimov Leonov Sobolev
Ermakov Kolesnikov Goncharov Emelyanov Nikiforov Grachev Kotov Grishin Efremov Arkhipov Gromov Kirillov
Malyshev Panov Moiseev Rumyantsev Akimov Kondratiev Biryukov Gorbunov Anisimov Eremin Tikhomirov
Galkin Lukyanov Mikheev Skvortsov Yudin Belousov Nesterov Simonov Prokofiev Kharitonov Knyazev
Tsvetkov Levin Mitrofanov Voronov Aksenov Sofronov Maltsev Loginov Gorshkov Savin Krasnov Mayorov
Demidov Eliseev Rybakov Safonov Petrova Ivanova Smirnova Kuznetsova
Popova Sokolova Volkova Morozova Novikova Vasilyeva Pavlova Fedorova Orlova Sidorova
Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchenko Boyko Kovalchuk Koval Polishchuk
Melnyk Lysenko Marchenko Savchenko Rudenko Moroz Petrenko Klymenko Pavlenko Levchenko Kharchenko
Horvat Kovacevic Babic Maric Juric Novak Kovacic Knezevic Vukovic Markovic Petrovic Matic Tomic
Pavlovic Kovac Bozic Blazevic Grgic Pavic Radic Peric Jankovic Dujmovic Basic Mandic Kolaric
Jovanovic Nikolic Ilic Djordjevic Stojanovic Stankovic Milosevic Popovic Zivkovic Todorovic
Ristic Lazic Milenkovic Kostic Simic Savic Mitrovic Obradovic Vasic Milic Dimitrijevic
Hodzic Hadzic Mehmedovic Begic Delic Suljic Kovacevic Alic Ibrahimovic
Papadopoulos Papadakis Georgiou Nikolaou Dimitriou Ioannou Konstantinou Christodoulou Vlachos
Karagiannis Papageorgiou Economou Antoniou Pappas Alexiou Makris Oikonomou Angelopoulos
Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin
Kara Koc Kurt Ozkan Simsek Polat Korkmaz Karatas Erdogan Aksoy Tekin Keskin Gunes Akin
Haddad Khoury Nasser Hassan Hussein Ali Ahmed Mohamed Ibrahim Mahmoud Mansour Saleh Salem Khalil
Aziz Rahman Karim Farouk Hamdan Sabbagh Qureshi Siddiqui Chaudhry Malik Sheikh Awan Butt Mirza Hashmi
Shah Khan Baig Rizvi Jafri Ansari Abbasi Bukhari Naqvi Kazmi Zaidi
Okafor Okonkwo Adeyemi Oluwaseun Adebayo Okeke Eze Nwosu Obi Chukwu Onyekachi Balogun Afolabi
Ogunleye Adewale Ibekwe Nnamdi Mensah Owusu Boateng Asante Osei Appiah Agyeman Kamau Otieno Mwangi
Njoroge Ochieng Wanjiru Kiprop Mutua Kariuki Odhiambo Ndlovu Dlamini Nkosi Khumalo Mokoena Zulu
Mthembu Moyo Banda Phiri Tembo Mbeki Diallo Traore Keita Toure Kone Coulibaly Diop Ndiaye Sow Fall
Sharma Verma Gupta Singh Kumar Patel Reddy Nair Iyer Menon Rao Joshi Desai Mehta Shah Chopra Kapoor
Malhotra Bhatia Agarwal Jain Banerjee Chatterjee Mukherjee Ghosh Das Bose Sen Dutta Chakraborty
Pillai Kulkarni Patil Pandey Mishra Tiwari Yadav Chauhan Thakur Saxena Srivastava Bhattacharya
Krishnan Subramanian Venkatesh Raghavan Natarajan Ramachandran Sundaram Gopal Hegde Shetty
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu
Ding Ren Shen Yao Lu Jiang Cui Zhong Tan Wong Chan Cheung Leung Lam Ng Ho Tse Yip Chow Lau Kwok
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko
Moon Yang Son Bae Baek Heo Nam Shim Noh Ha Kwak Sung Cha Joo Woo Koo Min Ryu Na Jin Ji Eom
Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh Mai
Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Azoulay Malka Katz Shapiro Goldberg Rosenberg
Greenberg Weinberg Goldstein Rosen Kaplan Segal Ben-David Klein Levy Adler Blum Stern Gold Roth
Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa
Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii
Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Harada Ono Takeuchi Sato Tanabe
O'Brien O'Connor O'Neill O'Sullivan O'Reilly Murphy Kelly Byrne Ryan Walsh Doyle McCarthy Gallagher
Kennedy Lynch Murray Quinn Moore McLaughlin Carroll Connolly Daly Connell Brennan Burke Collins
Campbell Clarke Johnston Hughes Farrell Fitzgerald Brown Martin Maguire Nolan Flynn Thompson Callaghan
MacDonald MacLeod MacKenzie Fraser Stewart Robertson Reid Ross Paterson Grant Cameron Sinclair
Llewellyn Pritchard Vaughan Jenkins Griffiths Prosser Howells Bevan Powell Rees Lloyd Meredith
""".replace("-", " ").split()
)

# more family names, written for this project from the same spread and beyond (Nordic -qvist and Finnish
# -nen, Ukrainian -enko, Russian, Polish, South Slavic, Czech, Hungarian, Romanian, Bulgarian, West, East
# and Southern African, Ethiopian, Somali, South Asian, Turkish, Persian, Arabic, Southeast Asian,
# Filipino, German, Austrian, Swiss, Belgian, French, Italian, Spanish, Basque, Latin American,
# Portuguese, Brazilian, Greek, Hebrew; and English ones the first list did not reach: Vance, Whitaker)
FAMILY_NAMES = FAMILY_NAMES | frozenset(
    """
Abernethy Ainsworth Alcott Aldridge Ashby Atherton Atwood Bancroft Barlow Barnard Beckett Bellamy Bentley
Blackwood Boswell Bradshaw Bramley Brewster Brooke Buckley Burnett Calloway Carrington Chadwick
Chamberlain Chatfield Clifford Colby Conway Cope Corbett Crawford Crowley Dalton Danforth Darby Davenport
Dempsey Denton Devlin Dickens Dixon Dobson Donovan Dunbar Eaton Eldridge Elwood Emerson Everett Fairbanks
Fairfax Farley Fenwick Fitzroy Fleetwood Forsyth Garrison Gentry Goddard Granger Greaves Gresham Griffin
Hadley Halliday Hancock Harding Hartley Hastings Hathaway Hawthorne Hayward Hendrix Hensley Holbrook
Holden Hollis Howe Hoyle Hurst Hutchinson Irving Jarvis Keane Kenyon Kerr Kingsley Kirby Knowles Langley
Latimer Lawton Leighton Lennox Linwood Livingston Lockhart Lockwood Lowell Lyle Lyndon Maddox Mallory
Manners Marlowe Merritt Milburn Morley Mortimer Moseley Needham Nettleton Nugent Oakley Ogden Osgood
Paget Pemberton Pennington Percy Pickering Pierson Platt Prescott Radcliffe Ramsay Randall Rawlings
Redford Ridley Rowland Rushton Sanderson Sayer Seaton Shelby Sheridan Slater Stanton Stratton Sumner
Sutherland Sykes Talbot Tennyson Thackeray Thornbury Thorne Thorpe Tilden Tolliver Truman Tucker Tyndall
Upton Vance Vickers Walcott Wardell Wentworth Whitaker Whitfield Whitmore Whittaker Wickham Wilde Wilder
Winslow Winthrop Wolcott Woodward Worthington Wyatt Yardley Yorke
Aaltonen Abdel Abdi Abebe Abramovich Acar Acheampong Achebe Achterberg Adamski Addo Adeleke Aden Aggarwal
Aguirre Ahlberg Ahluwalia Ahmadi Aigner Ajayi Akande Akbari Akerman Akgul Akinola Akinyemi Aksyonov Alabi
Alam Alaoui Albuquerque Alemu Almquist Altun Ami Amini Ammann Amoah Amrani Amsalem Anagnostou Andrade
Andrzejewski Ang Angelova Annan Ansah Antal Aquino Arnaud Arora Arrieta Asadi Asamoah Asfaw Ashkenazi
Ashworth Ates Athanasiou Aubert Aubry Auer Avci Avila Ayari Ayodele Babatunde Bachmann Backstrom Bagheri
Bah Bai Bailly Bains Bajwa Bak Bakr Balashov Balog Bandara Bansal Baranowski Barbu Barre Barrera Barros
Barry Barthelemy Basile Battaglia Bauer Baumgartner Bautista Bayram Becker Bekele Belkacem Bello Beltran
Belyakov Benali Benard Bennani Benyahia Bergquist Bernstein Berrada Bertin Besson Bhuiyan Biro Bizjak
Blazek Blinov Blomqvist Bobrov Bogdan Bogomolov Bonsu Boonmee Borg Borkowski Borodin Boros Bosshard
Bouazza Bouchet Boudiaf Boulanger Bourgeois Bouvier Bozkurt Brandao Brandstetter Brandvold Brecht Breton
Brunner Brzezinski Bulut Buthelezi Bwalya Cakir Camara Cardenas Carlier Caron Carpentier Carre Carrillo
 Cavalcanti Cervantes Chaiyaporn Chanda Chang Chaouch Charpentier Chau Chaudhary Chauvin
Cheema Cheruiyot Chevallier Chmielewski Chong Chowdhury Chraibi Chua Cieslak Cinar Ciobanu Cisse Claes
Claessens Collet Collin Constantin Cordier Cordova Costantini Cristea Cuevas Czarnecki Czerwinski
Dahlberg Dahlgren Dahlquist Dai Damico Darko Darwish Dela Delaunay Dementiev Demin Demissie Deschamps
Dhillon Diaconu Dias Dimaculangan Dimitrova Dinu Dissanayake Doan Dobre Drozdov Drummond Duan Duarte Dube
Dubey Duda Dudek Dumitrescu Dumitru Dupuis Dupuy Ebrahimi Echeverria Eder Edlund Egger Eichenberger
Eisenberg Ekberg Ekholm Ekstrom Elbaz Ene Engberg Epstein Erdem Ershov Escobar Esfahani Espinoza
Etxeberria Evdokimov Fabre Fadeev Fairclough Fairweather Fan Fang Farah Farahani Fashola Fassi Faye
Fazekas Feldman Fernando Ferretti Finkelstein Fleury Florea Fokin Foo Forsman Frei Gabay Gaillard
Gajewski Galanis Gall Gamal Gasser Gebre Georgescu Georgieva Gerber Germain Gharbi Ghasemi Gheorghe
Gillet Giraud Girma Glowacki Goff Goh Goikoetxea Golob Gong Gonzales Goossens Goyal Greenstein Grewal
Grondin Gruber Gueye Guichard Guillot Guimaraes Guler Gunawan Gunawardena Gurung Guyot Gyamfi Habib Hadad
Hadj Hahn Haider Haile Haim Hakim Hakkinen Halim Hallberg Halonen Hammarberg Hamon Hao Haque Hashemi
Hasler Hedberg Heidari Hellstrom Heng Henriques Herrmann Hess Hidayat Hijazi Hirsch Hirvonen Hoarau Hofer
Holmgren Horowitz Hossain Hosseini Hosseinzadeh Hou Hribar Hristova Hrytsenko Hubert Huerta Huet Humbert
Hussain Huynh Ibarra Idrissi Ignatiev Ignatov Igwe Ionescu Ionita Iyengar Jaber Jacquet Jafari Jakab
Jakubowski Jama Janssens Jarvilehto Jasinski Jayawardena Jebali Jia Kaba Kabila Kalashnikov Kalinowski
Kante Karakaya Karimi Katona Katsaros Kazemi Kazmierczak Kebede Kelemen Kessler Kettunen Khanna Khatami
Khokhlov Kierulf Kieu Kipchumba Kiprono Kiraly Kocak Koh Kohli Kolodziej Konig Konstantinov Korneev
Korotkov Kos Kostopoulos Kostova Krajewski Krajnc Kralj Kriz Kryukov Kubiak Kucharski Kuffour Kusuma
Kuzin Kuzmenko Kwarteng Kyriakou Lacroix Lagerlof Lai Lamy Lang Langlois Laporte Lara Larin Laskowski
Laszlo Lavrov Lazar Lazarevic Lebrun Lechner Leclerc Leclercq Lecomte Leger Lei Leinonen Leitner Lejeune
Lemaitre Lemoine Leontiev Leveque Liao Liberšar Lieberman Lindholm Lindquist Lis Litvinov Lobanov Lofgren
Loh Lowenstein Lundstrom Lungu Luong Luthi Macapagal Maciejewski Maes Magar Mahlangu Maillard Makowski
Mallet Manalo Mandelbaum Mansouri Marchal Marciniak Marechal Margolis Marinkovic Marinova Marti Marty
Matei Mayer Mayr Mazurek Medeiros Meier Mekonnen Menard Meng Mertens Michailidis Michaud Milani Millet
Mitra Mittal Mkhize Mladenovic Mlakar Mocanu Mohammadi Mohamud Molchanov Moldovan Molefe Monnier Montoya
Moradi Moser Moulin Moura Mousavi Mukhin Mulenga Munteanu Muravyov Mwale Nascimento Nassar Nava Nazari
Ncube Negri Nekrasov Neri Ngcobo Nikolova Nikulin Nistor Nkomo Nordin Nordstrom Nugroho Nurmi Nwachukwu
Nwankwo Nyquist Obiora Ocampo Ochoa Odili Ofori Ogbu Oguz Ohana Ohayon Okoro Okoye Olabarria Oladipo
Olawale Ong Onuoha Onyeka Opoku Orban Orozco Osman Ostlund Oyelaran Oyewole Ozer Ozgur Pagano Palacios
Panagiotopoulos Pangilinan Pasquier Payet Peeters Perera Perret Perrier Perrot Petkovic Petridis Petukhov
Picard Pichler Pichon Pineda Piras Platonov Plotnikov Ponce Ponomarenko Popa Popescu Poulain Pratama
Prevost Pryce  Qasim Qian Qin Qiu Quach Quaye Quek Quintanilla Rabinowitz Radovanovic Radu
Rafsanjani Rahal Rahimi Rajapaksa Ramanathan Randhawa Rashid Rattanakorn Raza Reiter Remy Renard Renaud
Renault Rey Reynaud Rezaei Riva Riviere Rolland Rosa Rosales Rostami Rothschild Rozman Rusu Rutherford
Ryabov Rydberg Saadi Sadeghi Sadowski Saetang Said Salami Salim Sall Salvador Samoylov Sandhu Sandor
Sandqvist Sangare Santoso Saputra Sari Sarkar Sarpong Sarr Sasson Sawicki Sayed Sazonov Schafer Schmid
Schmitz Schroder Schubert Schulze Schwaiger Seah Senanayake Serban Serov Sethi Setiawan Shaheen Shalom
Shao Sharifi Shi Shirazi Shrestha Shukla Sibanda Sidhu Sikorski Silverstein Sim Sithole Sjogren Sjostrom
Smet Sobczak Sodhi Sokolowski Solis Solovyov Soriano Sorrentino Sotiriou Srisuk Stan Stanciu Stavropoulos
Steiner Stevanovic Stoica Stoyanova Stromberg Suleiman Sundqvist Susanto Sutter Suwannarat Sylla
Szczepanski Szulc Szymczak Tabrizi Tadesse Talukder Tamang Tannous Tao Tapia Tas Tay Tazi Tehrani Teo
Terentiev Tesfaye Tessier Tetteh Thapa Theodorou Thongchai Tkachuk Todorova Toh Toivonen Tolentino Toma
Tomaszewski Tornqvist Trabelsi Triantafyllou Tripathi Trujillo Tshabalala Tudor Tunc Turan Ucar Uchenna
Uddin Unal Urbanski Urrutia Ushakov Ustinov Vaknin Valenzuela Vanderbilt Vandermeer Vasile Vasileiou Vass
Vasseur Velazquez Venkataraman Verbruggen Vermeer Vidmar Villalobos Villanueva Villarreal Vitali Vorobyov
Walter Wambua Wanjiku Warsame Wasilewski Wee Weinstein Wennberg Westerberg Wibowo Wickramasinghe Widmer
Wijaya Wikstrom Wilk Wimmer Wlodarczyk Wolde Wongsakul Wouters Wroblewski Wysocki Wyss Xia Xiang Xiong
Xue Yan Yatsenko Yavuz Yeboah Yeo Yin Yosef Yousef Yusuf Zaki Zakrzewski Zand Zapata Zbinden Zhdanov
Ziani Ziolkowski Zotov Zou Zubizarreta Zuckerman Zuev Zupan Zurcher
""".split()
)

NOT_NAMES = (
    frozenset(
        """
The This That These Those There Then Than Thus Therefore However Moreover Furthermore Also Although
Though While When Where What Which Who Whom Whose Why How Because Since Unless Until After Before During
About Above Across Against Along Among Around Behind Below Beneath Beside Between Beyond Despite Down
Except From Inside Into Near Outside Over Past Through Throughout Toward Towards Under Underneath Upon
Within Without Please Thanks Thank Hello Hi Dear Yes No Not None All Any Each Every Some Many Much More
Most Few Several Both Either Neither Other Another Such Same Only Just Even Still Already Always Never
Often Sometimes Usually Maybe Perhaps Probably Certainly Really Very Quite Rather Almost Enough Too
Here Now Today Tomorrow Yesterday Tonight Later Soon Once Twice First Second Third Fourth Fifth Last
Next Previous Final Early Late New Old Young Big Small Large Little Long Short High Low Great Good Bad
Best Better Worse Worst Important Main Key Major Minor Simple Complex Easy Hard Difficult Possible
Available Recent Current Public Private Local Global National International General Special Common
Create Write Read Make Take Give Find Show Tell Explain Describe Summarize Summarise Translate List
Compare Calculate Solve Analyze Analyse Classify Extract Rewrite Generate Provide Suggest Imagine
Consider Identify Determine Evaluate Design Develop Build Implement Use Help Answer Ask Check Convert
Add Remove Update Delete Change Keep Let Send Call Run Open Close Start Stop Begin End Continue Return
Print Draw Plan Prepare Review Edit Fix Improve Choose Select Sort Count Find Search Look See Watch Note
Input Output Question Answer Example Examples Task Step Steps Problem Solution Result Results Data
Text Sentence Paragraph Article Story Poem Essay Letter Email Message Report Summary Title Chapter
Section Table Figure Chart Graph List Item Items Option Options Choice Answer Context Instruction
Information Description Definition Explanation Reason Reasons Argument Evidence Conclusion Introduction
Abstract Background Method Methods Discussion Reference References Appendix Notes Note Warning Error
Hint Tip Tips Rule Rules Fact Facts Idea Ideas Topic Subject Theme Point Points Issue Issues Request
Customer Client Patient Employee Manager Team Staff Company Business Market Product Service Services
Price Cost Sales Revenue Profit Budget Account Order Invoice Payment Delivery Shipping Support Contact
Office Department Meeting Project Program Programme Policy Process System Network Server Database
File Files Folder Code Function Class Method Variable Value Values Type String Number Integer Array
Object Model Models Version Release Feature Features Test Tests Bug Issue Request Response Query Key
History Science Physics Chemistry Biology Mathematics Math Maths Geometry Algebra Calculus Statistics
Economics Finance Law Medicine Health Education Art Music Literature Philosophy Psychology Sociology
Geography Politics Religion Culture Language Languages English Japanese Chinese Korean French German
Spanish Italian Portuguese Russian Arabic Hindi Dutch Swedish Norwegian Danish Finnish Polish Czech
Greek Turkish Hebrew Vietnamese Thai Indonesian Latin American European African Asian Australian
British Canadian Mexican Brazilian Indian Irish Scottish Welsh Swiss Austrian Belgian Christian Muslim
Jewish Buddhist Hindu Catholic Protestant Democrat Republican Liberal Conservative Labour Senate Congress
Parliament Government President Minister Ministry Prime Secretary Governor Mayor Council Court Supreme
Federal State County City Town Village District Province Region Republic Kingdom Empire Union United
States Nations Association Society Organization Organisation Institute Foundation Agency Authority
Committee Commission Board Bureau Center Centre Group Holdings Partners Capital Ventures Industries
Systems Solutions Technologies Technology Software Labs Analytics Consulting Logistics Media Network
Networks Communications Energy Electric Motors Airlines Airways Bank Insurance Financial Investment
Trust Fund Health Care Pharma Pharmaceuticals Medical Hospital Clinic University College School Academy
Library Museum Gallery Theatre Theater Cinema Studio Studios Records Publishing Press Times Post
Journal Herald Tribune News Daily Weekly Monthly Magazine Review Guardian Telegraph Chronicle Gazette
Street Road Avenue Lane Drive Boulevard Way Place Square Court Park Garden Gardens Hill Hills Valley
River Lake Mountain Mountains Island Islands Bay Beach Coast Harbor Harbour Port Bridge Tower Castle
Palace Church Cathedral Temple Shrine Station Airport Terminal Mall Market Plaza Hall Building Floor
North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner Outer Old
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Fall Winter Christmas Easter Halloween
Thanksgiving Ramadan Diwali Hanukkah New Year Holiday Weekend Morning Afternoon Evening Night Noon
America Europe Asia Africa Australia Antarctica Oceania Japan China Korea India Germany France Spain
Italy Portugal Russia Ukraine Poland Sweden Norway Denmark Finland Iceland Netherlands Holland Belgium
Switzerland Austria Hungary Romania Bulgaria Greece Turkey Egypt Israel Iran Iraq Syria Lebanon Jordan
Saudi Arabia Emirates Qatar Kuwait Oman Yemen Pakistan Afghanistan Bangladesh Nepal Sri Lanka Thailand
Vietnam Cambodia Laos Myanmar Malaysia Singapore Indonesia Philippines Taiwan Mongolia Kazakhstan
Canada Mexico Brazil Argentina Chile Peru Colombia Venezuela Ecuador Bolivia Uruguay Paraguay Cuba
Jamaica Haiti Nigeria Ghana Kenya Ethiopia Tanzania Uganda Rwanda Morocco Algeria Tunisia Libya Sudan
Senegal Cameroon Angola Zambia Zimbabwe Mozambique Namibia Botswana Madagascar Ireland Scotland Wales
England Britain Estonia Latvia Lithuania Belarus Serbia Croatia Slovenia Slovakia Bosnia Albania
Macedonia Montenegro Kosovo Moldova Georgia Armenia Azerbaijan Cyprus Malta Luxembourg Monaco Zealand
Tokyo Osaka Kyoto Yokohama Nagoya Sapporo Fukuoka Kobe Sendai Hiroshima Nara Okinawa Hokkaido Kyushu
Shikoku Honshu Beijing Shanghai Shenzhen Guangzhou Hong Kong Seoul Busan Taipei Bangkok Hanoi Manila
Jakarta Delhi Mumbai Bangalore Chennai Kolkata Karachi Lahore Dhaka Dubai Doha Riyadh Tehran Istanbul
Ankara Cairo Lagos Nairobi Johannesburg Cape Town Casablanca London Paris Berlin Madrid Rome Milan
Vienna Prague Budapest Warsaw Krakow Amsterdam Rotterdam Brussels Zurich Geneva Stockholm Oslo
Copenhagen Helsinki Reykjavik Dublin Edinburgh Glasgow Manchester Liverpool Birmingham Leeds Bristol
Oxford Cambridge Lisbon Porto Barcelona Valencia Seville Athens Munich Hamburg Frankfurt Cologne
Stuttgart Moscow Kyiv Minsk Riga Vilnius Tallinn Bucharest Sofia Belgrade Zagreb Ljubljana Sarajevo
Toronto Montreal Vancouver Ottawa Calgary Quebec Boston Chicago Houston Phoenix Philadelphia Dallas
Austin Seattle Denver Detroit Atlanta Miami Orlando Portland Nashville Memphis Baltimore Pittsburgh
Cleveland Cincinnati Minneapolis Sacramento Francisco Angeles Diego Vegas Jose Orleans York Jersey
Washington Virginia Carolina Dakota Texas California Florida Ohio Michigan Illinois Arizona Nevada
Oregon Utah Colorado Kansas Missouri Iowa Alabama Mississippi Louisiana Kentucky Tennessee Indiana
Wisconsin Minnesota Nebraska Oklahoma Arkansas Montana Idaho Wyoming Alaska Hawaii Maine Vermont
Massachusetts Connecticut Pennsylvania Maryland Delaware Sydney Melbourne Brisbane Perth Adelaide
Auckland Wellington Lima Santiago Bogota Caracas Quito Havana Buenos Aires Montevideo Rio Janeiro Paulo
Brasilia Mexico Guadalajara Monterrey Tijuana Cancun Kingston Nassau Panama Managua Amazon Nile
Thames Danube Rhine Seine Alps Andes Himalaya Himalayas Everest Fuji Sahara Pacific Atlantic Arctic
Mediterranean Caribbean Baltic Indian Ocean Sea Gulf Channel
Google Apple Microsoft Amazon Facebook Meta Twitter Instagram YouTube Netflix Spotify Tesla Toyota
Honda Nissan Sony Panasonic Samsung Hitachi Toshiba Fujitsu Canon Nikon Nintendo Sega Mitsubishi
Softbank Rakuten Uniqlo Lexus Mazda Subaru Suzuki Yamaha Kawasaki Ford Chevrolet Boeing Airbus Intel
Nvidia Oracle Cisco Adobe Salesforce Linux Windows Android Chrome Firefox Safari Excel Word PowerPoint
Outlook Teams Slack Zoom Notion Github Gitlab Docker Kubernetes Python Java JavaScript TypeScript Rust
Kotlin Swift Ruby Perl Haskell Scala Julia Fortran Cobol Pascal Lisp Clojure Erlang Elixir Bash Shell
Node React Angular Vue Django Flask Rails Spring Laravel Pandas Numpy Torch Tensor Keras Spark Hadoop
Kafka Redis Postgres Postgre MySQL Mongo Elastic Nginx Apache Ubuntu Debian Fedora Unix Mac Macbook
Iphone Ipad Pixel Galaxy Xbox Playstation Walmart Costco Target Starbucks Mcdonalds Nike Adidas Puma
Coca Cola Pepsi Visa Mastercard Paypal Stripe Uber Airbnb Ikea Lego Disney Pixar Marvel Warner
Universal Paramount Columbia Harvard Stanford Princeton Yale Berkeley Caltech Oxford Sorbonne Kaist
Shakespeare Hamlet Macbeth Othello Romeo Juliet Odyssey Iliad Bible Quran Genesis Exodus Gospel Torah
Christmas Olympics Olympic World Cup League Premier Championship Grand Prix Open Championship Series
Alpha Beta Gamma Delta Epsilon Sigma Omega Zeta Theta Lambda Kappa Omicron Euler Newton Einstein
Dollar Dollars Euro Euros Yen Pound Pounds Franc Rupee Yuan Peso Won Bitcoin Ethereum Crypto Blockchain
Internet Web Website Online Cloud Server Browser Email Mobile Phone Computer Laptop Tablet Robot
Artificial Intelligence Machine Learning Deep Neural Network Vision Speech Natural Processing Transformer
Covid Coronavirus Vaccine Cancer Diabetes Alzheimer Parkinson Asthma Influenza Virus Bacteria
Protein Enzyme Cell Cells Gene Genes Atom Molecule Energy Force Gravity Light Sound Heat Water Fire
Earth Moon Sun Mars Venus Jupiter Saturn Mercury Neptune Uranus Pluto Galaxy Universe Planet Star
Chapter Volume Part Book Books Novel Film Movie Song Album Band Show Episode Season Game Games Sport
Football Soccer Baseball Basketball Tennis Golf Hockey Rugby Cricket Chess Poker Olympics Marathon
Breakfast Lunch Dinner Coffee Tea Beer Wine Pizza Sushi Ramen Burger Salad Soup Bread Rice Chicken
Beef Pork Fish Cheese Chocolate Cake Apple Orange Banana Lemon Grape Strawberry Tomato Potato Onion
Red Blue Green Yellow Black White Gray Grey Brown Purple Pink Orange Gold Silver Bronze Diamond Crystal
King Queen Prince Princess Lord Lady Sir Madam Duke Emperor Pope Saint Bishop Father Mother Brother
Sister Uncle Aunt Captain General Colonel Major Lieutenant Sergeant Officer Doctor Professor Chief
Director Officer Engineer Developer Designer Analyst Consultant Specialist Assistant Associate Senior
Junior Lead Head Principal Executive Vice Chairman Founder Owner Partner Member Members Guest Visitor
Dream Hope Love Peace War Battle Revolution Independence Freedom Liberty Justice Victory Glory Honor
Heaven Hell Paradise Angel Devil Ghost Spirit Soul Magic Legend Myth Hero Heroes Villain Dragon Titan
Rock Pop Jazz Blues Soul Funk Punk Metal Hip Hop Country Folk Classical Opera Symphony Concerto Sonata
Action Adventure Animation Comedy Drama Horror Mystery Romance Thriller Fantasy Fiction Documentary
Family Kids Children Teens Adults Men Women People Person Everyone Someone Anyone Nobody Nothing
Something Anything Everything Somewhere Anywhere Everywhere Whatever Whoever Whenever However
Unfortunately Fortunately Hopefully Basically Actually Finally Generally Especially Recently Currently
Originally Initially Eventually Clearly Obviously Interestingly Importantly Additionally Similarly
Alternatively Consequently Accordingly Meanwhile Otherwise Instead Indeed Overall Regarding Concerning
Following According Based Given Assuming Suppose Imagine Pretend Act Roleplay Respond Reply Translate
Incorporated Corporation Limited Company Enterprises International Global Worldwide Associates Brothers
Account Accounting Achievement Acquisition Activity Address Adjustment Admin Administration Advice
Agreement Alert Allowance Amendment Analysis Announcement Annual Application Appointment Approval
Archive Assessment Asset Assets Assignment Attachment Attendance Audit Authorization Backlog Backup
Balance Banner Baseline Batch Benchmark Billing Blueprint Bonus Booking Branch Brand Briefing Broadcast
Brochure Budgeting Bulletin Bundle Calendar Campaign Candidate Capacity Career Catalog Catalogue
Certificate Certification Checklist Checkout Claim Clearance Closing Coaching Collection Commitment
Communication Comparison Compensation Competition Compliance Complaint Component Configuration
Confirmation Connection Contract Contribution Conversion Coordinator Correction Coverage Credit
Criteria Dashboard Deadline Decision Deduction Deliverable Deliverables Demand Deployment Deposit
Deputy Detail Details Development Diagram Directory Discount Dispatch Distribution Dividend Document
Documentation Donation Draft Earnings Efficiency Eligibility Endpoint Engagement Enrollment Enrolment
Entry Equipment Equity Escalation Estimate Evaluation Event Exception Exchange Expense Expenses
Expiry Export Extension Facility Feedback Filing Finding Fiscal Forecast Form Framework Freight
Funding Gateway Goal Governance Grant Guarantee Guideline Guidelines Handbook Handover Headcount
Headquarters Helpdesk Hiring Holdings Import Incident Income Index Induction Infrastructure Initiative
Inquiry Inspection Installation Insurance Integration Interview Inventory Investigation Investor
Invoice Invoices Issue Itinerary Journey Kickoff Kitchen Knowledge Label Launch Lease Ledger Legal
Licence License Limit Loan Logistics Loyalty Maintenance Manual Margin Marketing Meeting Membership
Memo Memorandum Mentor Merger Metric Metrics Migration Milestone Minutes Mission Module Monitoring
Mortgage Negotiation Newsletter Notice Notification Objective Offer Onboarding Operations Opportunity
Orientation Outage Outline Overtime Overview Package Packaging Parcel Partnership Password Patch
Payroll Pension Performance Permit Pipeline Platform Portal Portfolio Position Premium Presentation
Priority Procedure Procurement Production Productivity Profile Promotion Proposal Prospect Prototype
Purchase Quality Quarter Quarterly Quota Quotation Quote Rating Receipt Reception Recommendation
Reconciliation Recruitment Refund Registration Regulation Reimbursement Reminder Renewal Rental
Repair Replacement Requirement Requirements Research Reservation Resolution Resource Resources
Retention Retirement Retrospective Return Returns Revenue Revision Reward Risk Roadmap Rollout Roster
Royalty Safety Salary Sample Satisfaction Schedule Scope Screening Security Segment Seminar Settlement
Setup Shareholder Shift Shipment Signature Sprint Stakeholder Standard Statement Status Stock Storage
Strategy Submission Subscription Subsidiary Supplier Supply Survey Target Tariff Taxes Template Tender
Tenancy Terms Ticket Timeline Timesheet Tracking Trade Training Transaction Transfer Transition
Travel Treasury Trial Tuition Turnover Upgrade Upload Usage Vacancy Vacation Validation Vendor
Verification Voucher Wage Wages Warehouse Warranty Webinar Welcome Wellness Workflow Workforce
Workload Workshop Yield
Ability Access Accident Adult Advantage Advertising Age Air Airline Alcohol Amount Angle Animal Answer
Apartment Appeal Appearance Approach Area Army Arrival Article Artist Aspect Attack Attempt Attention
Attitude Audience Author Average Award Awareness Bag Ball Bath Bathroom Bed Bedroom Behavior Belief
Benefit Bike Bill Bird Birth Blood Boat Body Bone Border Boss Bottle Bottom Box Boy Brain Bread Break
Breath Budget Building Bus Button Buyer Cable Camera Camp Cancer Candle Car Card Career Carpet Case
Cash Cat Category Cause Ceiling Celebration Chain Chair Chairman Challenge Champion Chance Channel
Character Charge Charity Cheek Chemical Chest Child Childhood Church Cigarette Circle Citizen Claim
Classroom Clerk Climate Clock Clothes Cloud Club Coach Coast Coat Collar College Color Colour
Combination Comfort Comment Commercial Community Competitor Concept Concern Concert Condition
Confidence Conflict Congress Connection Consequence Construction Consumer Content Contest Control
Conversation Cookie Copy Corner Correspondent Cotton Couch Country Couple Courage Course Cousin
Crash Cream Creature Crew Crime Criminal Crisis Critic Crowd Cup Currency Curtain Customer Cycle
Damage Dance Danger Darkness Daughter Dealer Death Debate Debt Decade Definition Degree Delay Demand
Democracy Dentist Depth Desk Detail Device Diet Difference Dinner Direction Dirt Disaster Discipline
Disease Dish Disk Display Distance District Division Dog Door Dot Doubt Draft Drama Drawing Dress
Drink Driver Drop Drug Duty Ear Economy Edge Editor Effect Effort Egg Election Element Elevator
Emergency Emotion Emphasis Employer Employment Energy Engine Engineering Entrance Environment Episode
Equipment Error Escape Essay Estate Ethics Exam Examination Exercise Exhibition Existence Expert
Explanation Expression Eye Face Factor Factory Failure Faith Farm Farmer Fashion Father Fault Fear
Feature Fee Feeling Festival Field Fight Finger Fish Flag Flight Flood Floor Flower Fluid Focus
Food Foot Forest Fortune Foundation Frame Freedom Friend Friendship Front Fruit Fuel Fun Furniture
Future Gap Garage Garbage Gas Gate Gender Generation Gift Girl Glass Glove Grade Grandmother Grass
Ground Growth Guard Guess Guidance Guide Guitar Gun Habit Hair Half Hand Handle Hat Heart Height
Highway Hobby Hole Home Homework Honey Horse Host Hotel Hour House Housing Human Humor Hunger Husband
Ice Identity Illness Image Impact Importance Impression Improvement Incident Income Increase
Independence Industry Infection Inflation Influence Injury Insect Inside Instance Instrument
Intention Interaction Interest Internet Investment Island Item Jacket Job Joke Judge Judgment Juice
Jury Kid Kind Kitchen Knee Knife Lab Ladder Lake Land Landscape Laugh Lawyer Layer Leader
Leadership Leather Lecture Leg Lesson Level Lie Life Lift Limit Line Link Lip Literature Loan
Location Lock Logic Loss Luck Machine Magazine Mail Management Map Marriage Mass Match Material
Matter Meal Meaning Measure Meat Media Medicine Memory Menu Mess Metal Method Middle Midnight Milk
Mind Mine Minute Mirror Mistake Mixture Mode Moment Money Monitor Month Mood Motor Mouse Mouth Movement
Mud Muscle Mushroom Nail Nature Neck Needle Negotiation Nerve Nest Net Newspaper Noise Nose Nurse
Object Occasion Ocean Offer Oil Operation Opinion Opposition Orange Organ Oven Owner Pack Page Pain
Paint Painting Pair Panel Paper Parent Parking Passage Passenger Passion Path Patience Pattern Pay
Peak Pen Penalty Pension Pepper Percentage Period Permission Personality Perspective Phase
Photograph Photo Phrase Physician Piano Picture Piece Pilot Pipe Pitch Plane Plant Plastic Plate
Platform Player Pleasure Plenty Pocket Poet Poetry Police Pollution Pool Population Porch Portion
Possibility Pot Potential Poverty Powder Power Practice Preference Pregnancy Preparation Presence
Pressure Pride Priest Print Prison Prize Procedure Profession Professor Progress Promise Property
Protection Psychology Pupil Purpose Quantity Queen Quiet Race Radio Rain Range Rate Ratio Reaction
Reality Recipe Recording Reflection Region Relation Relationship Relief Remote Rent Republic
Reputation Rescue Resident Resistance Resolution Respect Responsibility Rest Restaurant Revolution
Rice Ride Ring Rise Road Role Roof Room Root Route Routine Row Rule Sail Salad Sale Salt Sand
Satisfaction Scale Scene Scheme Scholar Score Screen Script Sea Seat Secret Sector Selection Self
Sense Sentence Sequence Session Setting Shame Shape Share Sheet Shelf Shell Shelter Ship Shirt Shock
Shoe Shop Shopping Shoulder Sick Side Sign Signal Silence Silk Singer Sink Site Situation Size Skill
Skin Skirt Sky Sleep Slice Smell Smile Smoke Snow Society Sock Soil Soldier Solid Song Source Space
Speaker Speech Speed Spirit Spot Staff Stage Stair Stand Standard Statement Steak Steel Step Stick
Stomach Storage Store Storm Stranger Strategy Strength Stress Stretch Strike String Student Stuff
Style Success Sugar Suggestion Suit Sun Supermarket Surgery Surprise Surround Survey Suspect Sweet
Symptom Syrup Tale Talent Tank Tape Taste Tax Teacher Teaching Tear Technique Teeth Telephone
Television Temperature Tension Term Territory Theory Thing Thought Throat Ticket Tie Tip Tire Tissue
Today Toe Tone Tongue Tool Tooth Topic Total Touch Tour Tourist Towel Town Toy Track Tradition Traffic
Train Transportation Trash Tree Trick Trip Trouble Truck Truth Tune Turn Twist Uncle Understanding
Unit Universe User Vacation Variation Variety Vegetable Vehicle Version Video View Village Virus
Visit Voice Volume Vote Wait Wall War Warning Wash Waste Watch Wave Weakness Wealth Weapon Weather
Wedding Week Weight Wheel Whole Wife Wind Window Wing Wish Witness Wood Wool Worker Working World
Worry Writer Writing Yard Year Youth Zone
Accept Achieve Acquire Adapt Adjust Admit Adopt Advise Afford Agree Allow Announce Apply Appreciate
Approve Argue Arrange Arrive Assess Assign Assist Assume Attach Attend Avoid Bake Believe Belong
Borrow Breathe Bring Calculate Cancel Capture Care Carry Catch Celebrate Clarify Clean Climb Collect
Combine Comment Commit Communicate Complete Confirm Connect Contain Contribute Cook Cooperate
Coordinate Copy Correct Cover Cry Cut Deal Decide Declare Decline Define Deliver Demonstrate Deny
Depend Deploy Deserve Destroy Detect Discover Discuss Dislike Display Distribute Divide Download
Drive Drop Earn Eat Edit Elect Eliminate Emphasize Enable Encourage Enjoy Ensure Enter Establish
Examine Exist Expand Expect Experience Export Express Extend Fail Fill Finish Fly Focus Fold Follow
Forget Forgive Form Forward Freeze Gain Gather Greet Grow Guess Handle Hang Happen Hate Hear Hide
Hire Hold Hurry Ignore Illustrate Import Improve Include Increase Indicate Inform Install Intend
Introduce Invest Investigate Invite Join Jump Justify Kick Kill Kiss Knock Know Laugh Lay Learn
Leave Lend Lie Lift Like Limit Link Listen Live Load Locate Lose Maintain Manage Mark Matter Measure
Meet Mention Merge Migrate Miss Mix Modify Monitor Move Need Negotiate Notice Obtain Occur Offer
Operate Order Organize Organise Own Pack Paint Participate Pass Pay Perform Permit Pick Place Play
Point Post Pour Practise Practice Praise Pray Predict Prefer Present Press Prevent Produce Promise
Promote Propose Protect Prove Publish Pull Purchase Push Put Qualify Raise Reach React Realize Receive
Recognize Recommend Record Recover Reduce Refer Reflect Refuse Regard Register Reject Relate Relax
Release Rely Remain Remember Remind Rent Repair Repeat Replace Report Represent Require Rescue
Research Reserve Resolve Respect Rest Restore Retire Reveal Ride Ring Rise Risk Roll Rush Save Say
Schedule Score Scroll Seek Seem Sell Separate Serve Set Settle Shake Share Shift Shoot Shop Sign
Sing Sit Sleep Slide Smile Speak Spend Split Spread Stand Stare State Stay Steal Stick Store Study
Submit Succeed Suffer Supply Support Surprise Surround Survive Suspend Swim Switch Teach Tear Thank
Think Throw Touch Train Transfer Transform Travel Treat Trust Try Turn Type Understand Upgrade Upload
Urge Validate Verify Visit Vote Wait Wake Walk Want Warn Wash Waste Wear Win Wish Wonder Work Worry
Able Absolute Academic Acceptable Accurate Active Actual Additional Adequate Advanced Afraid Aggressive
Alive Angry Annual Anxious Apparent Appropriate Asleep Attractive Automatic Aware Awful Basic Beautiful
Blind Bold Boring Brave Brief Bright Brilliant Broad Busy Calm Capable Careful Casual Cheap Chemical
Civil Classic Clean Clear Clever Close Cold Comfortable Commercial Competitive Complete Confident
Conscious Consistent Constant Corporate Correct Creative Critical Crucial Cultural Curious Cute
Dangerous Dark Dead Dear Decent Deep Definite Delicious Dense Dependent Desperate Detailed Different
Digital Direct Dirty Distinct Domestic Dramatic Dry Due Dull Eager Economic Educational Effective
Efficient Elderly Electrical Electronic Emotional Empty Entire Environmental Equal Essential Ethical
Even Evil Exact Excellent Excited Exciting Existing Expensive Experienced Explicit External Extra
Extreme Fair Familiar Famous Fantastic Far Fast Fat Federal Female Financial Fine Firm Fit Flat
Flexible Foreign Formal Former Fortunate Frequent Fresh Friendly Full Functional Funny Generous Gentle
Genuine Glad Grand Grateful Guilty Handsome Happy Harsh Healthy Heavy Helpful Historical Holy Honest
Horrible Hot Huge Human Hungry Ideal Identical Illegal Immediate Impossible Impressive Independent
Industrial Informal Initial Innocent Intelligent Intense Interesting Internal Invisible Joint Junior
Just Kind Known Latest Lazy Legal Likely Limited Live Logical Lonely Loose Lost Loud Lovely Lucky
Mad Male Manual Massive Mature Maximum Meaningful Medical Mental Mild Military Minimum Mobile Modern
Modest Moral Narrow Nasty Natural Necessary Negative Nervous Nice Normal Numerous Obvious Odd
Official Open Opposite Optimal Optional Ordinary Organic Original Overall Parallel Partial
Particular Patient Perfect Permanent Personal Physical Plain Pleasant Polite Political Poor Popular
Positive Potential Powerful Practical Precise Pregnant Present Pretty Primary Prior Proper Proud
Psychological Pure Quick Quiet Random Rapid Rare Raw Ready Real Realistic Reasonable Regular
Relevant Reliable Religious Remarkable Remote Rich Right Rough Round Rural Sad Safe Scared Secure
Sensitive Separate Serious Severe Sexual Sharp Sick Significant Silly Similar Single Slight Slow
Smart Smooth Social Soft Solid Sorry Specific Stable Standard Strange Strict Strong Stupid Substantial
Successful Sudden Sufficient Suitable Super Sure Suspicious Sweet Tall Technical Temporary Terrible
Thick Thin Tight Tiny Tired Total Tough Traditional Tropical True Typical Ugly Unable Unique Unknown
Unusual Upset Urban Urgent Useful Useless Usual Valid Valuable Various Vast Virtual Visible Visual
Vital Warm Weak Wealthy Weird Wet Whole Wide Wild Willing Wise Wonderful Wooden Wrong
""".split()
    )
    # more common words, written for this project: office things, tools, food, animals, trades, places in
    # nature, words of manner (the -er, -ard and -line words people type capitalised in a heading), and
    # the short words that open a sentence or a quote
    | frozenset(
        """
If So As At In On Or To Up Do Go No Oh Ok My We Be By Of
Catalog Catalogue Dialog Dialogue Blog Vlog Weblog Analog Watchdog Bulldog Underdog Hotdog Eggnog Smog Bog Cog Frog
Jog Clog Syslog Devlog Worklog Prolog Changeset Checksum Codebase Dataset Database Datastore Backend Frontend
Middleware Firmware Hardware Software Malware Spyware Freeware Wireframe Mockup Prototype Rollout Signup Login
Logout Setup Startup Teardown Breakdown Countdown Lockdown Shutdown Markdown Slowdown Rundown Handoff Kickoff
Payoff Takeoff Tradeoff Cutoff Layoff Playoff Workflow Overflow Cashflow Dataflow Inflow Outflow Timestamp
Hashtag Username Passcode Passphrase Keychain Toolchain Bookmark Benchmark Watermark Trademark Landmark Checkmark
Hallmark Earmark
Accountant Actor Actress Adapter Addendum Administrator Agenda Aircraft Airplane Alumni Amazing Ambulance
Annex Anniversary Ant Apparently Apprenticeship Attic Attorney Auditor Avocado Awesome Awkward Backpack
Backward Backyard Badge Balancer Balcony Bandwidth Banker Barrister Basket Bathtub Battery Bear Bee
Beetle Bicycle Billboard Binder Birthday Biscuit Bitter Blanket Bleach Blender Blizzard Blouse Blueberry
Blunt Boiler Boiling Bollard Bolt Bootcamp Boots Bowl Bracelet Bracket Breakout Breeze Broccoli Broker
Broom Brush Bucket Buffer Butcher Butter Butterfly Buzzard Cabbage Cabinet Cache Callback Canard Candy
Canoe Canteen Canyon Cap Cappuccino Carefully Caretaker Carnival Carrot Carton Cashier Cave Cellar Cereal
Ceremony Charger Checkbox Chef Cherry Chisel Citizenship Clause Cliff Clipboard Cluster Cocktail Coconut
Comb Comma Compiler Conference Consonant Container Contractor Cooked Cooler Corridor Coupon Courtyard Cow
Coward Crab Cracker Crate Creek Crossroads Cucumber Cupboard Cursor Custard Dancer Debugger Deck
Decorator Defendant Desert Dessert Detective Detergent Dispatcher Distributor Dockyard Dolphin Drawer
Dresser Drill Driveway Dropdown Drought Duck Eagle Earphones Earrings Earthquake Electrician Elephant
Envelope Epilogue Escalator Espresso Faithful Falcon Faucet Fellowship Fence Ferry Fierce Fisherman Flyer
Fog Footer Footnote Foreword Fork Formatter Fragile Frankly Freeway Frog Frontline Frost Frozen Funeral
Gardener Garlic Generator Giant Ginger Giraffe Gizzard Glacier Glossary Gloves Glue Goat Goose Gorgeous
Gorilla Graduate Graduation Grammar Graveyard Greedy Guidebook Hackathon Haggard Hallway Hammer Hamster
Handbag Handler Hanger Hardship Hawk Hazard Header Headline Headset Heap Heater Hedge Helicopter Helmet
Hence Hereby Herein Hinge Holder Honestly Hoodie Horizon Hose Hostile Hotline Housekeeper Humble
Hurricane Hyphen Ingress Inspector Intern Internship Interpreter Intersection Iterator Janitor Jealous
Jeans Jelly Journalist Jumper Junction Jungle Kangaroo Kayak Ketchup Kettle Keyboard Keynote Koala
Laminator Lamp Lanyards Lately Latency Latte Leaflet Lecturer Lemonade Leopard Lettuce Lifeline Lightning
Likewise Lime Linter Lion Liquid Listener Literally Lizard Loadbalancer Lobby Lobster Locker Logbook
Lorry Lotion Loyal Luggage Mallard Mango Marker Mattress Mayonnaise Meadow Mechanic Melon Mentorship Mist
Mittens Modal Modem Monkey Moonlight Mop Mosquito Motorcycle Motorway Muffin Mug Musician Mustard
Namespace Napkin Navbar Necklace Nevertheless Noisy Nonetheless Noodle Noodles Normally Notary Notebook
Novelist Observer Octopus Offline Onward Orchard Owl Ownership Packet Painter Pale Pallet Pancake Panda
Pantry Parade Parenthesis Parrot Parser Pasta Patio Pavement Payload Peach Pear Penguin Peninsula Perfume
Personally Petard Photographer Pig Pigeon Pillow Pineapple Placard Plaintiff Planner Plateau Playbook
Playwright Pliers Plugin Plum Plumber Pod Pollard Pond Poster Prairie Preface Previously Printer
Projector Prologue Prosecutor Protocol Proxy Pudding Pumpkin Punctuation Purse Queue Quickly Rabbit
Radiator Rainbow Raincoat Rainfall Rake Raspberry Rat Razor Receptionist Reporter Repository Researcher
Retailer Ridge Rigid Ripe Rocket Rollback Roller Rope Rota Roundabout Router Rude Rug Runtime Runway
Sailor Salmon Salty Sandals Sandbox Sandpaper Sandwich Satellite Sauce Saucer Saw Scanner Scarf Scheduler
Schema Scholarship Scientist Scooter Scoreboard Screw Screwdriver Sculptor Semicolon Shallow Shampoo
Shark Sheep Sheriff Shipyard Shore Shorts Shovel Shower Shredder Shrimp Shy Sidebar Sidewalk Silent
Skateboard Skyline Slides Slippers Slowly Smoothie Snake Snapshot Sneakers Snowfall Soap Socket Socks
Soda Sofa Solicitor Sour Spacecraft Spade Sparrow Spelling Spicy Spider Spinach Sponge Sponsorship Spoon
Squid Squirrel Stack Staircase Stale Stanza Starlight Steep Stew Steward Sticker Stockings Storyline
Stream Sturdy Subway Suddenly Suitcase Summit Sunrise Sunscreen Sunset Sunshine Supervisor Swamp Swan
Sweater Syllable Tankard Taxi Terrace Textbook Thereby Thermostat Thread Throughput Thunder Tiger Toaster
Tofu Toilet Tokenizer Toolbox Tooltip Toothbrush Toothpaste Tornado Tortoise Township Tractor Trader
Trailer Trainee Tram Translator Trigger Trousers Trout Tuna Tunnel Turtle Tutor Typically Umbrella Upward
Vacuum Van Verse Vinegar Vineyard Vivid Vodka Volcano Volunteer Vowel Waffle Waiter Waitress Wallet
Wardrobe Wasp Waterfall Wayward Webhook Weekday Whale Whereas Whereby Whisky Wholesaler Widget Wire
Wizard Workbook Worksheet Worship Wrapper Wrench Yacht Yogurt Zebra
""".split()
    )
    - FAMILY_NAMES
)
