"""Common personal names, written for this project (no outside list copied): what a name looks like.

A list only proposes a candidate; ``names.py`` reports it as personal data when the text around it is
personal (a contact detail, a role or relationship word, health or HR terms, a greeting). The Japanese
family names are the most frequent few hundred, which between them cover most of the population; the
given names are common across English, European, Latin American, South and East Asian usage.
"""

from __future__ import annotations

JA_SURNAMES = frozenset(
    """
佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邉 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水
山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉木 福田
太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田
酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野
上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部
吉川 山内 西田 飯田 菅野 中西 服部 樋口 福島 川口 永井 松岡 田口 山中 森本 土屋 矢野 広瀬 秋山 石原 松下 大橋
松浦 吉村 岩田 小松 荒木 大久保 浅野 星野 大石 熊谷 本田 平田 堀 吉岡 久保田 望月 片山 小池 川村 関 北村 根本
安田 中田 黒田 辻 川上 早川 西川 平井 五十嵐 野田 上原 岩本 内藤 小田 吉野 堀内 菊池 松村 今村 荒井 宮田 高山
小西 西山 大谷 岡崎 原口 桑原 川崎 大川 村井 栗原 坂口 沢田 澤田 富田 安藤 八木 岩井 関口 矢島 稲葉 杉浦 堀田
北川 大島 田辺 今田 須藤 大森 小沢 小澤 浜田 濱田 古賀 松原 本間 森下 田島 成田 宇野 西 東 南 北 岡 宮下 松永
永田 日高 新田 長田 横田 小泉 奥村 木内 三宅 中尾 野崎 福井 細川 河合 河村 石塚 神田 土井 北野 榎本 奥田 中林
大塚 尾崎 植田 植木 福本 竹田 竹中 堀江 中澤 中沢 石橋 藤川 西尾 森山 大山 山岸 小倉 角田 荻野 白石 三上 木原
宮川 川田 大木 水谷 野上 青山 細谷 西野 石黒 金井 前川 浅井 小久保 石崎 宮内 大和田 篠原 篠田 鎌田 早田 滝沢
瀧澤 安部 高井 坂田 上村 飯島 岸 岸本 市村 寺田 寺島 片岡 平川 久米 伊東 内山 江口 横井 多田 若林 谷 長尾
三好 浅田 金田 松山 北原 宮原 石山 中井 向井 今野 紺野 小森 平山 村山 西岡 岩瀬 川島 川野 川端 川本 上山 下田 中谷 長島 長野
中嶋 永野 南部 西本 新谷 福原 藤岡 藤村 藤野 古田 星 堀口 本多 前野 町田 松島 松野 三木 溝口 南 宮地 村松 森川 森井
八田 柳田 山岸 山口 山崎 山村 湯浅 横川 吉原 米田 米山 若松 和泉 相沢 相澤 赤木 赤松 秋元 浅川 麻生 天野 荒川 有馬
安西 飯塚 五十嵐 池上 池谷 石崎 磯部 市原 井口 井出 伊達 稲垣 井本 入江 岩下 岩村 上杉 臼井 宇田 内野 梅田 梅原
浦田 江藤 榎田 大内 大川 大倉 大沢 大澤 大関 太田 大竹 大谷 大坪 大西 大橋 大浜 大平 大道 岡村 岡野 小笠原 奥山
小田切 落合 小野寺 小原 折原 甲斐 香川 笠原 梶原 柏木 片桐 勝又 加納 鎌倉 上川 亀井 河田 川西 菅 神崎 菊田 岸田
北島 北山 城戸 木村 清田 桐山 久保 熊田 倉田 栗田 黒川 黒木 黒沢 小泉 河内 小島 後藤 小寺 小林 小松 小宮 小山内
今 近藤 齋藤 齊藤 佐伯 坂井 坂上 坂下 坂元 相良 桜田 佐久間 笹川 笹木 佐竹 佐山 沢井 塩田 塩谷 重松 篠崎 柴崎 渋谷
島崎 島村 清水 下村 首藤 白井 白川 新保 末永 菅井 杉田 杉村 鈴村 須田 関根 瀬戸 千田 曽根 高岡 高倉 高島 高瀬 高野
高畑 高松 高見 田川 滝口 竹下 竹本 田代 立花 田所 田畑 玉井 田原 千葉 津田 土田 筒井 堤 角 寺井 寺本 土肥 戸田
富永 豊田 鳥居 内藤 中尾 中川 長沢 長澤 中島 中田 永田 中浜 中原 中平 中松 中丸 中森 中谷 仲村 那須 並木 成瀬 新妻
西井 西口 西沢 西澤 西原 西村 西脇 丹羽 根岸 野中 野本 萩原 橋口 長谷部 畑中 畠山 服部 花田 浜口 浜野 早坂 林田
原口 春山 坂東 東山 樋口 久田 日野 平岡 平塚 平松 広田 深沢 深澤 福岡 福永 藤木 藤崎 藤沢 藤澤 藤田 藤森 二宮 船橋
古屋 別府 星川 細田 堀川 本間 前原 牧 牧野 増井 増山 松川 松崎 松沢 松田 松本 丸田 丸岡 三上 水口 水田 三谷 三井 光田
緑川 皆川 箕輪 宮井 宮城 宮口 宮澤 宮沢 三輪 村岡 村瀬 室田 毛利 望月 元木 森岡 森口 森谷 諸星 八木 矢口 安井 安田
柳 柳沢 矢部 山岡 山上 山川 山際 山越 山﨑 山中 山根 山野 山辺 山脇 湯川 横尾 横溝 吉井 吉川 吉沢 吉澤 吉永 米倉 若井
若山 脇田 和久 渡瀬 綿貫
""".split()
    # rarer family names, written for this project: people are called 雪村, 御子柴 and 百瀬 too, and a
    # family name of two or three kanji after 部下の or before 課長 is found only when listed
    + """
一条 一色 七海 万代 三国 三条 三枝 三橋 三田 三雲 上月 上条 下山 中条 中道 丹波 久我 久松 九条 亀山
亀田 二見 二階堂 五反田 井手 人見 今泉 仙波 伊佐 伊集院 佐川 依田 光岡 児玉 八代 八千草 八神 六車 兼田
内海 冬木 冷泉 別所 加山 北条 北條 十河 千住 南条 南雲 及川 古谷 吉本 名倉 名取 向坂 唐沢 四宮 四方田
国枝 園田 坪井 城田 塚本 塚田 塩崎 塩見 夏目 外山 大前 大友 大城 大岩 大崎 大庭 大江 大河内 大渕 大矢
大蔵 大隅 大鳥 大鷹 奥寺 奥野 妹尾 宇佐美 宇垣 宇治 宇津木 宇田川 守屋 安達 室井 宮之原 宮坂 宮村 寺内
寺岡 小坂 小幡 小暮 小杉 小栗 小此木 小畑 小菅 尾上 尾関 山城 山路 岡部 岩佐 岩城 岩永 峰岸 島津 島袋
川原 川合 庄司 影山 御子柴 御手洗 徳川 徳永 志村 志賀 手塚 新城 新海 新見 日下部 日比野 早乙女 明石
春日 春田 春野 時田 曽我 月岡 有村 朝比奈 木戸 本橋 杉野 東儀 東條 東海林 東郷 東雲 板垣 柏原 染谷
柚原 柚木 柿沼 根津 桂木 桃井 桐生 桐谷 桑田 桜庭 桶谷 梅沢 森永 植松 植草 椎名 楠木 榊原 榎木 槙野
樽見 橋爪 正木 武井 武藤 水原 水城 水瀬 水無瀬 氷室 江川 池内 池端 沖田 沢村 沼田 浅倉 浅沼 浅見 浪川
浮田 海老原 海野 深田 深町 滝川 瀬川 牧田 犬飼 猪瀬 猪股 玉城 玉木 琴吹 瑠璃川 生田 白瀬 白鳥 百瀬
百目鬼 益田 相楽 相馬 真壁 真木 真田 真鍋 石丸 石垣 石毛 石神 砂川 磯崎 磯貝 神保 神谷 福山 秋吉 秋月
秋葉 稲田 竹之内 竹林 笠井 笹本 粟田 糸井 紅林 紫藤 結城 綱島 綾部 緋村 緒方 織田 羽生 翠川 能登 舟木
芦屋 芦田 花村 芳賀 茂木 草野 葉山 薬師寺 藤堂 蛍原 蝶野 西園寺 谷川 谷本 財前 赤城 足立 轟木 辰巳
辻本 遠山 郡司 里見 野原 野呂 野沢 野間 金城 銀林 長井 長岡 長船 門脇 隅田 雀部 雁屋 雨宮 雪代 雪村
霧島 青柳 風間 駒井 高原 高城 高村 高遠 鬼塚 鬼頭 鳥越 鳩山 鳴海 鴨下 鴫原 鴻上 鶴岡 鶴田 鶴見 鷲尾
鷲見 鷹司 鷹野 鷺沢 鹿島 鹿野 黒岩 黒崎 黒瀬
""".split()
)

#: suffixes after a family name that make it a place, an organisation or a thing, not a person
JA_NOT_A_GIVEN_NAME = set(
    "県市区町村都府道郡駅線川山島橋大学校社会院園港通店寺城署局課部室庁省病館堂所場町丁家氏流派式号屋製産系"
    "銀行園内外前後中上下側方面的性化"
)

EN_GIVEN_NAMES = frozenset(
    """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle
Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan
Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent
Ralph Eugene Russell Bobby Mason Philip Louis Liam Lucas Oliver Owen Luke Isaac Caleb Connor Hunter Ian
Evan Leo Max Oscar Hugo Felix Theo Victor Martin Simon Tom Tim Jim Mike Bob Bill Dave Steve Chris Matt
Dan Ben Sam Nick Alex Tony Andy Rick Greg Jeff Ken Ron Don Ted Fred Joel Neil Colin Ross Craig Stuart
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine
Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly
Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara
Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle
Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Ava Mia Chloe Ella Lily
Zoe Nora Ruby Ivy Jane Kate Katie Lucy Sophie Claire Julia Eva Alicia Natasha Melanie Tina Wendy Holly
Jenny Jill Kim Beth Molly Megan Erin Tiffany Vanessa Monica Erica Veronica Yvonne Irene Sylvia Tracy
Carlos Luis Miguel Jorge Pedro Manuel Francisco Javier Antonio Alejandro Diego Pablo Fernando Ricardo
Rafael Sergio Andres Eduardo Roberto Mario Raul Enrique Alberto Ramon Marco Mateo Santiago Matheus Joao
Gustavo Rodrigo Lucia Sofia Valentina Camila Isabel Carmen Rosa Elena Ana Paula Mariana Gabriela Daniela
Fernanda Juliana Beatriz Adriana Patricia Luciana Claudia Silvia Alba Ines Pilar
Hans Klaus Jurgen Stefan Steffen Wolfgang Dieter Uwe Frank Markus Tobias Lukas Jonas Florian Sebastian
Matthias Andreas Thomas Karl Heinz Werner Gunter Helmut Ursula Ingrid Petra Sabine Monika Heike Anke
Katrin Birgit Claudia Julia Laura Lena Lea Leonie Hanna Greta Frieda
Jean Pierre Jacques Michel Philippe Alain Nicolas Francois Laurent Olivier Julien Antoine Mathieu Louis
Camille Chloe Manon Lea Margaux Juliette Amelie Celine Sandrine Nathalie Isabelle Sylvie Valerie Aurelie
Giuseppe Giovanni Francesco Luca Marco Matteo Lorenzo Alessandro Andrea Davide Federico Paolo Stefano
Giulia Chiara Francesca Sara Martina Elisa Federica Alessia Silvia Valentina Alberico
Lars Erik Nils Anders Johan Magnus Sven Olaf Bjorn Henrik Mikael Jens Ole Per Ingrid Astrid Sigrid Karin
Freya Elin Maja Linnea Tove Sara Emil Oskar Axel Viktor Hugo Elias
Ivan Dmitri Sergei Alexei Nikolai Vladimir Igor Olga Natalia Tatiana Irina Svetlana Anastasia Elena
Piotr Pawel Tomasz Krzysztof Marek Jan Jakub Agnieszka Katarzyna Magdalena Zofia Petr Pavel Jiri Eva
Mohammed Muhammad Ahmed Ali Omar Hassan Hussein Yusuf Ibrahim Khalid Mustafa Fatima Aisha Zainab Layla
Mariam Noor Amir Karim Tariq Samir Rania Leila Yasmin
Raj Rahul Amit Arjun Vikram Sanjay Suresh Ramesh Anil Vijay Ravi Arun Deepak Rohit Sunil Priya Anjali
Neha Pooja Sunita Anita Kavya Divya Lakshmi Meera Aditi Shreya Ananya Ishaan Aarav Vivek Nikhil Kiran
Wei Li Ming Jun Hui Yan Ling Xin Jing Hao Lei
Min Seo Ji Hyun Jae Sung Young Soo Eun Jin
Hiroshi Takashi Kenji Yuki Haruto Sota Yuto Ren Daiki Kenta Takumi Shota Ryota Kazuki Akira Satoshi
Taro Jiro Ichiro Yuko Yumi Akiko Keiko Tomoko Naoko Mayumi Sakura Yui Aoi Hina Miyu Rin Mio Emi
Kofi Kwame Amara Chidi Ngozi Oluwaseun Tunde Ayodele Zanele Thabo
Aiden Jackson Grayson Carter Wyatt Julian Levi Isaiah Lincoln Hudson Ezra Landon Adrian Jaxon Easton Nolan
Cameron Jeremiah Miles Xavier Dominic Colton Carson Ian Cooper Parker Roman Kai Axel Everett Declan Silas
Weston Micah Beau Rowan Finn Brody Tristan Jasper Damian Emmett Harrison Marcus Blake Preston Bennett Derek
Travis Trevor Shane Chad Brett Cody Dustin Darren Spencer Garrett Grant Clayton Seth Victor Calvin Warren
Wesley Curtis Howard Leonard Stanley Marvin Glenn Lloyd Harper Evelyn Avery Scarlett Aria Layla Riley Nora
Hazel Aurora Savannah Audrey Brooklyn Bella Claire Skylar Lucy Paisley Everly Caroline Nova Genesis Emilia
Kennedy Maya Willow Kinsley Naomi Elena Sarah Ariana Allison Gabriella Alice Madelyn Cora Eva Serenity Autumn
Adeline Hailey Gianna Valentina Isla Eliana Quinn Nevaeh Ivy Sadie Piper Lydia Alexa Josephine Emery Delilah
Arianna Vivian Kaylee Sophie Brielle Madeline Peyton Rylee Clara Hadley Melanie Mackenzie Reagan Adalynn
Liliana Aubree Jade Katherine Isabelle Natalia Raelynn Athena Ximena Arya Leilani Taylor Faith Rose Kylie
Alexandra Mary Margot Stella Vera Edith Harriet Iris Mabel Matilda Phoebe Rosie Florence Imogen Poppy Freya
Elsie Esme Lottie Darcy Joanna Marta Barbara Dorota Ewa Krystyna Hanna Katarzyna Alina Oksana Yulia Daria
Polina Ksenia Veronika Lenka Jana Zuzana Nikola Tereza Kristina Andrea Ilona Edit Zsofia Reka Agnes Dora
Eszter Timea Lucie Pauline Marion Elodie Coralie Oceane Joao Tiago Rui Nuno Bruno Andre Vitor Filipe Hugo
Goncalo Rafaela Ines Catarina Leonor Matilde Beatriz Francisca Carolina Aditya Akash Harsh Karan Manish Mohit
Nitin Pranav Rajesh Sachin Varun Yash Ankita Deepika Kavita Nisha Pallavi Rekha Swati Hamza Bilal Faisal Imran
Nadia Salma Sara Yara Hana Samira Dina Huda Mona Reem
Abel Abraham Ada Adele Adolf Agustin Aida Aileen Aino Aitor Alana Albin Aldo Aleksander Aleksandra
Alenka Alessio Alfie Alfonso Alfred Alfredo Alison Alma Alonso Alva Alvaro Amalia Amanda Ambrose Amelia
Anabel Anastasios Andrei Andrej Andrzej Aneta Angel Angelica Angelika Angelo Anika Anneli Annika Anneke
Anton Antonia Antonin Apostolos Ariadna Arnaud Arne Arnold Arnau Arturo Asa Asger Asier Athanasios
Audun Augusto Aurelio Aziz Bartosz Bastian Beata Benedikt Benedict Benoit Bernard Bernardo Bernd Berta
Bertrand Bianca Birte Bjarne Bjorg Blanca Bogdan Boris Borja Bozena Branislav Brendan Bridget Brigitte
Bronwyn Bruna Caio Candela Carina Carla Carlo Carlotta Carmela Casper Caterina Cecile Cecilia Cesar
Charlie Christa Christel Christiane Christof Christoph Cinzia Ciro Clarissa Claude Claus Clemens Conor
Constantin Cristian Cristina Csaba Dagmar Dagny Damir Dana Danijel Danilo Dario Darius Debora
Delphine Desislava Dimitra Dimitris Dimitrios Dmitry Domenico Dominik Dominika Dragan Duarte Dusan Edgar
Edoardo Edvard Eero Eija Eino Eirik Eleni Eleonora Eliska Elke Ellen Eloise Elsa Emanuel Emanuele Emilie
Emilio Emine Emre Enzo Erika Ernesto Ernst Esa Esteban Ester Esther Estelle Ettore Eugenia Evangelos
Fabian Fabienne Fabio Fabrizio Fanny Farid Felipe Ferenc Filip Filippo Flavia Flavio Franco Frantisek
Franz Frederik Fredrik Frida Fritz Gabor Gaetano Gaspard Gemma Georg Georgios Gerard Gerardo Gerhard
Gianluca Gilbert Gilles Gisela Giorgio Giorgos Gisele Gonzalo Gordon Goran Gottfried Gudrun Guillaume
Guillermo Gunnar Gustav Gyorgy Hakan Halina Halldor Hannu Harald Hector Heidi Heikki Helena Helga Helmi
Henri Henrique Herbert Hermann Hilda Hilde Horst Hubert Ignacio Ilse Ilkka Ines Inga Inge Ingo Ioannis
Iona Irma Isak Ismael Ivana Ivanka Ivo Jaakko Jacek Jadwiga Jaime Jakob Janina Jani Janne Janusz Jaroslav
Jarmo Jasmin Jaana Jasper Jelena Jeroen Jesper Jesus Joakim Joaquim Joaquin Jochen Johanna Johannes Jon
Jonatan Joonas Jordi Josef Josefina Josip Jouni Jozef Juha Juho Jukka Julio Julius Jussi Justyna
Juuso Kaarina Kaisa Kalle Kamil Kamila Karel Kari Karla Karolina Kasper Katalin Katarina Katja Kati Kerstin
Kimmo Kirsi Kjell Klara Konrad Konstantin Kostas Kristian Kristof Kristoffer Kurt Laila Lajos Lasse Laszlo
Laure Laurence Leena Lena Leon Leonardo Leonel Leonid Leopold Leszek Liisa Lina Linus Lisbeth Liv Ljubica
Lorena Lorenz Lotta Lotte Luana Luc Lucas Luciano Ludovic Ludwig Luigi Luisa Lukas Luuk Lydie Magda Magne
Maija Maik Malin Malgorzata Manfred Manon Manuela Marcel Marcelo Marcin Marek Margarita Margit
Mari Mariusz Marjorie Marketa Marko Markku Marta Marten Marti Martina Massimo Matej Mateusz Matias Matteo
Mattia Matti Maurice Mauricio Maurizio Maximilian Mehmet Melinda Mercedes Merja Mette Mia Mihai Mika Mikael
Mikko Milan Milena Milos Miquel Mirela Miriam Mirjam Miroslav Moritz Nadine Nataliya Nathalie Nicolai
Nicolas Nicola Niels Nikita Niklas Niko Nikolaos Nina Noel Norbert Oddny Odile Ola Olavi Oleg Oleksandr
Ondrej Orsolya Oskari Osvaldo Otto Outi Pablo Paola Pascal Pasi Patrik Pavla Pekka Pentti Petar Petteri
Philipp Pia Pietro Pirjo Radek Radu Raimo Rainer Ramona Raquel Raffaele Regina Reijo Reinhard Renata Renate
Riccardo Rita Riikka Robin Rocco Roland Rolf Romain Romana Ronja Rosalia Rosario Rudolf Rune Rut Saara
Sabrina Salvador Salvatore Sami Sampo Sander Sandro Sanna Santeri Sasha Seppo Serena Sergio Severin
Sibylle Siegfried Sigurd Silja Simona Simone Sini Siri Sirpa Slavko Snorri Solveig Sonia Sonja Stanislav
Stefania Stefanie Stella Sten Stig Susanna Susanne Suvi Svein Sylwia Szymon Taina Tamas Tanja Tapani Tapio
Teemu Teija Terhi Theodor Thea Thierry Thor Tiina Timo Tobias Toni Tomas Tomislav Tommi Tommaso Tuomas
Tuomo Tuula Ulf Ulla Ulrich Ulrike Urs Urszula Vaclav Valentin Valeria Valerio Vanda Vasilis Vera Vesa
Veikko Vicente Viktoria Ville Vilma Vincenzo Viola Vittoria Vittorio Vlasta Vojtech
Waldemar Walther Wilhelm Wiktor Wiktoria Wojciech Xavier Yannick Yves Zbigniew Zdenek Zlatko Zoltan
Zuzanna Agata Bjork Einar Eyjolfur Gudmundur Gunnhildur Hallgrimur Haukur Helgi Hrafn Inga Jonas Kristjan
Ragnar Ragnheidur Sigridur Sigurdur Thora Thorunn Valdis Vigdis Gudrun Jonina Asta Hulda Ole Trine Lene
Rasmus Mads Soren Mikkel Morten Jesper Bente Hanne Kirsten Lone Pernille Signe Maren Ida Karoline
Zsuzsa Zsolt Gergely Balazs Bence Levente Krisztina Ildiko Erzsebet Marton Istvan Attila Tunde
Ayse Fatma Elif Zeynep Emel Burak Cem Deniz Ege Murat Mustafa Oguz Selin Serkan Tolga Yusuf Kerem
Thandiwe Sipho Lindiwe Nomvula Themba Chinedu Emeka Ifeoma Nkechi Obinna Adaeze Kwabena Akosua Abena Yaw
Xiaoming Xiaohong Jianguo Zhiwei Yifan Haoran Zihan Yuxuan Mingyu Minjun Seojun Jiwoo Jiyeon Minseo
Thanh Huong Linh Quang Tuan Hoang Nguyet Phuong Duc Anh Trang Minh Nam Hieu Trinh
Abdullah Abdul Hamid Jamal Nasser Rashid Said Walid Youssef Zaid Amina Farah Ghada Lina Maha Nour
Shira Yael Noa Tamar Avi Eitan Yosef Moshe Dov
Camilla Benedetta Ludovica Rebecca Gaia Aurora Ginevra Beatrice Noemi Greta Irene Arianna Marcello
Gabriele Nicolo Tommaso Pietro Edoardo Manuel Samuele Filippo Emma Leonie Mila Marlene Ida Clara Paulina
Quentin Baptiste Theo Maxime Clement Hugues Aymeric Armand Gaelle Solene Ophelie Anais Lucile Maelle
Zoe Sandra Natasha Megan Jennifer Heather Randy
Terri Sheila Sherry Shane Brittany Nicole Tonya Tanya Belinda Rick Ricky Randall Rodney Ronnie Lonnie
Francine Gwen Gwendolyn Mildred Myrtle Agnes Bertha Edna Ethel Gladys Hattie Irma Lorraine Loretta Marlene
Mavis Maxine Muriel Nellie Norma Opal Pearl Vera Velma Wilma Bernice Clarence Clifford Floyd Herman Homer
Leroy Lester Luther Marshall Milton Morris Otis Perry Roland Rufus Sherman Wallace Wilbur Virgil Cecil
Harry Archie Freddie Albie Reggie Teddy Tommy Toby Rory Jake Kieran Callum Calum Louie Finley Barry Clive
Nigel Malcolm Ernest Angus Alasdair Hamish Fergus Euan Iain Dougal Murdo Gareth Rhys Geraint Dafydd Ieuan
Ciaran Cormac Eoin Padraig Seamus Anne Aoife Niamh Saoirse Ciara Orla Roisin Siobhan Sian Cerys Carys
Bronwen Fiona Eileen Moira Gillian Joanne Louise Kirsty Carole Jacqui Maureen Lara Leah Ellie Evie Millie
Sienna Bethany Becky Debbie Mandy Vicky Nicky Kath
Winifred Gertrude Bernadette Clementine Cordelia Dorothea Eleanor Geraldine Lavinia Lucinda Ophelia Penelope
Rosalind Rosamund Theodora Wilhelmina Hortense Philippa Perpetua Eunice Maud Sybil Archibald Barnaby
Bartholomew Cedric Cuthbert Cyril Desmond Edmund Ephraim Evander Fitzgerald Godfrey Horace Humphrey Ignatius
Lionel Mortimer Montague Ninian Octavius Percival Reginald Rupert Septimus Wilfred Winston Ptolemy Lachlan
Ruaridh Priyanka Aishwarya Harini Meenakshi Nandini Radhika Shalini Swathi Vaishnavi Gaurav Harsha Karthik
Manoj Sandeep Siddharth Venkat Srinivas Mahesh Ashok Prakash Naveen Yevgenia Yekaterina Lyudmila Olesya Darya
Vasilisa Zinaida Radomir Yaroslav Svyatoslav Vyacheslav Gennady Anatoly Arkady Innokenty Bohumil Grzegorz
Przemyslaw Nokuthula Sibusiso Mandla Bongani Chiamaka Chidinma Obiageli Olumide Babajide Temitope
Adebayo Folasade Ekow Wanjiru Wambui Njeri Kamau Otieno Achieng Amani Zawadi Baraka Tendai Oisín Siobhán
Caoimhe Róisín Sinéad Pádraig Ciarán Cathal Eoghan Tadhg Dervla Grainne Muireann Fionnuala Diarmuid Colm
Ingeborg Ragnhild Torvald Thorvald Halvard Asbjorn Eskil Torsten Birgitta Ylva Catalina Guadalupe Itzel
Xochitl Yolanda Esperanza Remedios Araceli Marisol Rocio Inmaculada Montserrat Nerea Ainhoa Itziar Iker Unai
Cayetano Fermin Leandro Maximiliano Bautista Thiago Gwyneth Rhiannon Eirlys Angharad Emrys Iolo Llewelyn Owain
Tegwen Farida Dalia Houda Khadija Maryam Aaliyah Nabil Minh Hanh Hayoon Jisoo Soyeon Eunji Hyunwoo Donghyun
Jaehyun Xiaoling Yuming Jianhua Wenjie Meiling Yutong
""".split()
    # more given names from the same spread of origins and beyond (Celtic, German, Nordic, Finnish, Slavic,
    # Baltic, Hungarian, Romanian, Greek, Romance, Arabic, Persian, Turkish, Hebrew, West, East and Southern
    # African, South and Southeast Asian, Japanese in romaji), written for this project: none a common English
    # word, a place or a brand (Florence, Milan and Mercedes are left out: they stand for other things too)
    + """
Aarti Abdallah Abdelaziz Abdelkader Abdi Abdulrahman Abebe Abhinav Abhishek Abimbola Abir Adalbert
Adekunle Adel Adeola Adewale Adolfo Adrien Adwoa Afonso Afua Agatha Agnese Agnetha Ahmad Ahmet Aigerim
Aija Aikaterini Ailbhe Aiman Aisling Aisyah Aitana Aivar Ajay Akari Akinyi Akram Aksel Akua Alejandra
Alemayehu Alessandra Algernon Algirdas Aliou Alper Amadou Amaka Amal Amandeep Amandine Amaury Amedeo
Aminata Ammar Amparo Amrita Analyn Anand Anatole Anca Andris Anisur Ankit Annalisa Annegret Anneliese
Anong Anouk Anselmo Antonella Anuj Anupama Anwar Aparecida Aparna Apolline Araminta Arash Arben Archana
Arda Ardeshir Ardian Arief Ariel Arkadiusz Arnel Arturs Arunas Arvind Arvo Asahi Ashraf Ashwin Asif Asma
Asuka Atieno Augustus Aurelien Aurelija Avital Avraham Ayaan Ayaka Ayelet Ayesha Aylin Ayman Aysel Azadeh
Babak Bahar Bahram Baiba Baltasar Bambang Baris Bartolomeo Basma Bassam Beatrix Behrouz Bekele Benedetto
Benito Berk Berna Bertram Besnik Bhavna Bhupinder Biljana Blanka Blathnaid Blerta Boaz Bodil Bogumil
Bohdan Borislav Boubacar Bozidar Bram Branko Brannagh Brantley Britt Bronislaw Brunhilde Bryn Budi Burcu
Bushra Caetano Candido Cansu Capucine Casimiro Catalin Catriona Cecily Cengiz Cesare Chaminda Chathura
Cheikh Chibuike Chiharu Chinwe Christos Chrysa  Cleiton Clemence Clodagh Colette Conceicao
Consuelo Corentin Corina Cornelius Corrado Cosmin Crispin Cristobal Cyprien Czeslaw Daan Dafna Daisuke
Damien Danuta Dariush Dariusz Darnell Darragh Davor Dawit Deepa Deirdre Demetrius Deniz Derya Deshawn
Despina Detlef Dewi Dhruv Dilani Dilshan Dimitar Dinesh Diogo Doina Dolores Donal Donatella Donato Dorian
Dorin Doyun Dragana Drita Dritan Drusilla Dubravka Ebere Ebru Ebuka Eckhart Edouard Edson Edwina Efrain
Efrat Efua Egbert Egle Egon Eilidh Eimear Eira Eirini Ekaterina Elad Eladio Eliezer Eliseo Eluned
Elzbieta Emiliano Emmanuelle Encarnacion Enid Eniko Enrico Ercan Erdem Erkan Esmeralda Esra Etienne
Eugenie Euphemia Eusebio Eustace Evangelia Evangelina Evaristo Everard Evgeny Ewan Ezekiel Fabrice
Fabricio Fadwa Faizan Falk Farhad Farhana Farhiya Farnaz Farshid Farzana Fatih Fatmir Fatou Faustino
Fawzi Felicity Femi Femke Fenella Fenna Ferdinand Fereshteh Fergal Ffion Fiachra Filiz Fitri Florencia
Florencio Florin Folake Fotini Friederike Fumiko Funmilayo Fyodor Gaetan Galina Gamze Gauthier Gayatri
Gediminas Geeta Genevieve Gennaro Georgi Georgiana Gergana Gethin Ghassan Ghislaine Giacomo Giada
Giancarlo Gianni Gideon Gilad Gilberto Gilmar Giorgia Giovanna Girma Giulio Gokhan Golnaz Gopal Gordana
Graca Graciela Graziano Grazyna Griet Grigory Griselda Guido Gulsen Gunnhild Gunther Gurpreet Gustave
Gwendolen Gyula Haakon Habibur Hadas Haeun Halil Halla Halyna Hanan Hani Hannelore Harish Harpreet
Hartmut Haruka Harun Hatice Haziq Hedda Heitor Helene Helka Hendra Henrietta Heriberto Hermione Herve
Hiba Hideki Hilario Hildegard Himari Hinata Hiroko Hisham Hiwot Hodan Hollis Honoria Hooman Hristo Hrvoje
Hulya Huseyin Hyejin Ibrahima Ieva Ifeanyi Ifrah Ignazio Ikechukwu Ilaria Ileana Ilir Ilker Ilya Ilze
Imad Iman Imani Imre Inbal Indah Indira Inese Ingvar Inigo Ioana Ioanna Ionut Ipek Ireneusz Irfan Irmgard
Iryna Isadora Isam Isidro Itai Itamar Ivar Ivaylo Ivica Iwan Izumi Jaan Jabari Jacinta Jacinto Jaewon
Jagdish Jamila Janis Janos Jaqueline Jarle Jarmila Jaroslaw Jasmina Jaspreet Jawad Jayla Jaylen Jelle
Jemima Jenaro Jeremie Jermaine Jerome Jiahui Jide Jinwoo Joana Jocelyn Joko Jomar Joost Joris Jorunn
Josiane Jovan Jovelyn Juhan Juma Junaid Junko Jurandir Jurate Juris Jutta Jyoti Kaan Kadri Kagiso Kaito
Kalliopi Kaloyan Kamal Kamala Kamran Kanako Kanya Kaori Kariuki Kartik Kashif Kasimir Katsuya Kaveh
Kayode Kazimierz Kazuko Kazuo Kebede Keisha Kelechi Kemal Keren Kersti Keyvan Khady Khaled Khanh Khloe
Khrystyna Kiara Killian Kipchoge Kirill Kishore Knut Koji Kojo Konstantina Konstantinos Kresimir Krishna
Kseniya Kulwinder Kumiko Kunal Kwadwo Kwaku Kwesi Kyriakos Kyungsoo Laetitia Lamar Lamia Lancelot Larisa
Lasantha Latoya Lauri Leif Leire Leonora Lerato Letitia Letizia Levent Liat Liesel Lieselotte Lihua Limor
Lior Lisandro Lisbet Ljiljana Loic Lorcan Loredana Lorna Lothar Luan Lubos Lucien Lucienne Lucio Lucius
Ludmila Lukasz Lungile Lwazi Lyubomir Maaike Maarit Maarten Macarena Macario Madeleine Madhuri Mahbub
Mahmoud Mahnaz Maite Majid Makoto Malachy Malai Malik Mamadou Manal Manpreet Marceline Marcelino Marcella
Marcos Margarete Margarethe Margarida Marguerite Margus Mariama Mariangela Maricel Marieke Marija Mariko
Maris Marisa Marisela Marit Marites Marwan Maryse Masato Mathilde Mathis Maxim Mazen Mechthild Meena
Megumi Mehdi Mehran Meir Mekdes Melek Meltem Merve Meseret Mhairi Michal Michela Michele Mieczyslaw
Mihaela Miho Mikhail Miklos Milagros Milica Millicent Mimoza Minato Mindaugas Minerva Minna Minnie Mircea
Mireille Mirjana Miroslava Misaki Mitra Mizanur Mohamed Mohan Momoko Monique Morag Moran Mounir Moussa
Mukesh Mwangi Myfanwy Mykhailo Mykola Myrto Nadav Nadeem Nadezhda Nadim Nadiya Najwa Naledi Nasrin
Natalya Natsuki Navdeep Navid Nawal Nazia Nazli Ndeye Nebojsa Neema Negar Nell Nermin Nevena Ngoc Nicanor
Nicoletta Nihal Nikolay Nikos Niran Niroshan Njal Njoroge Nnamdi Nneka Noam Noboru Nomsa Noriko Nozomi
Nurul Nusrat Nuwan Nyambura Octavia Octavio Odette Odhiambo Ofer Oisin Okan Olamide Olav Oleksiy Olena
Olufemi Oluwafemi Omer Omolara Omri Onur Orazio Oren Orhan Orly Ornella Osama Osamu Osnat Oswald Ottavio
Ottilie Ottoline Ousmane Ovidiu Ozan Ozge Paivi Palesa Panagiota Panagiotis Pankaj Panos Paramjit
Paraskevi Parisa Parviz Pascaline Pascual Pasquale Patricio Payam Peregrine Perrine Petri Petro Phineas
Phyllis Pieter Pinar Piret Plamen Poonam Pradeep Prasad Preeti Priit Prudence Putri Pyotr Qiang Rabia
Radha Radka Radoslaw Radovan Raffaella Rafiq Raimonds Raimundo Raissa Rajinder Rakesh Rami Ramil Rana
Randi Rasha Rashad Ratana Rayane Rehema Reiko Remi Reynaldo Reza Riad Rigoberto Riku Rima Rimas Rina
Rinat Ritu Rizky Rizwan Rodel Rogerio Rohan Rosalba Rossella Roswitha Rowena Roxana Roya Ruairi Rudiger
Rumana Runa Ruoxi Ruslan Ruta Ruud Ruwan Sachiko Saeed Saima Salah Salim Samina Sanaz Sandor Sangeeta
Sanjeewa Sanne Santosh Saori Sarita Sarka Satish Satomi Satu Saturnino Saulius Savita Sebastiao Sebastien
Seda Segolene Segun Selam Selim Semyon Seoyeon Serap Seraphina Seren Serge Seunghoon Severino Sevgi
Shabnam Shahid Shahram Shaniqua Shankar Sharmin Shashank Shehan Shekhar Shigeru Shilpa Shinji Shiori
Shirin Shlomo Shoaib Shona Shruti Shuang Shula Siamak Sibel Sidra Sieglinde Silvana Silvio Simin
Simonetta Simran Sinan Sindre Sinead Sioned Siriporn Siti Siyabonga Sjoerd Slawomir Slobodan Smita Sneha
Snezana Soheila Solange Soledad Solomiya Somchai Somsak Sonal Songul Soojin Soraya Sorin Sotiris
Souleymane Spyridon Srdjan Stanka Stavros Stavroula Stoyan Struan Subramanian Sudhir Suha Sukhwinder
Sungmin Surachai Svanhild Syafiq Sylvain Tabitha Tadashi Tadeusz Tahir Tahmina Takeshi Takis Tamara
Tamika Tanvi Taraneh Taras Tarek Tarun Tatjana Tegan Tejinder Temperance Teodoro Teresinha Terje Terrence
Tesfaye Tetsuya Thaddeus Thanasis Thao Tharindu Thelma Therese Thibault Thijs Thuy Tibor Tiburcio Tigist
Timur Tingting Titilayo Tobiah Tomohiro Tomomi Tonu Torben Torbjorn Torquil Torstein Torunn Triin Trond
Trung Tshepo Tsvetan Tsvetelina Tudor Tugba Tumaini Tuncay Tushar Tuulikki Tyrone Tzipora Uche Uchenna
Ugur Ulises Ulysses Umberto Umesh Unni Urmas Ursel Usha Usman Uzma Vadim Vaino Valbona Valery Vandana
Vanja Varvara Vasco Vasileios Vasiliki Vasily Vasyl Venetia Veronique Vesela Vesna Vidar Vidya Vinay
Vinod Vira Vishal Vitaly Vlad Vladan Vojislav Volkan Volker Vytautas Wafa Wahyu Waltraud Wanda Waqar
Warsame Weiwei Wenceslao Wichai Wiebke Wieslaw Wieslawa Willemijn Wouter Xanthe Xinyi Xiuying Yair Yamato
Yanling Yann Yardena Yaroslava Yasaman Yasemin Yasin Yasser Yasuhiro Yavuz Yegor Yehuda Yejin Yemi
Yetunde Yiannis Yichen Yngve Yoav Yohannes Yoko Yonatan Yordan Yoshiko Yoshiro Yossi Youngho Yudi Yuichi
Yuka Yukiko Yuri Yusuke Yvette Zacarias Zahra Zane Zdenka Zdravko Zdzislaw Zebedee Zeinab Zeljko Zenobia
Zhanna Zhen Ziad Zixuan Zlata Zoran Zorica Zsuzsanna Zubair
Kezia Keziah Keturah Zillah Dorcas Priscilla Damaris Susannah Hephzibah Tamsin Jerusha Mehitabel Thomasina
Leopoldine Clementina Jocasta Cressida Cyrus Caspian Darius Leander Lysander Peregrine Ptolemy Evander
Jolene Halima Bryony Keeley Maeve
""".split()
) - {
    # words first, names second: a programming language, a function, a place, a common verb
    "Li", "Min", "Ji", "Jin", "Jun", "Young", "Soo", "Sung", "Eun", "Ren", "Rin", "Will", "May", "June",
    "Ruby", "Julia", "Max", "Hugo", "Austin", "Victoria", "Jordan", "Mark", "Grace", "Joy", "Rosa", "Per",
    "Jean", "Ali", "Lei", "Hao", "Ling", "Jing", "Yan", "Hui", "Ming", "Wei", "Xin", "Noor", "Amber",
    "Bill", "Autumn", "Genesis", "Nova", "Faith", "Serenity", "Willow", "Hazel", "Iris", "Rose", "Jade",
    "Poppy", "Ivy", "Sadie", "Everly", "Harper", "Hunter", "Carter", "Parker", "Cooper", "Mason", "Grant",
    "Chase", "Miles", "Bruce", "Said", "Angel", "Ada", "Nam", "Anh", "Duc", "Minh", "Robin", "Pearl",
    "Opal", "Homer", "Marshall", "Luther", "Sherman", "Wallace", "Perry", "Milton", "Thor", "Esa", "Urs",
    "Liv", "Rut", "Mari", "Ege", "Cem", "Yaw", "Asa", "Ida", "Ola", "Dov", "Noa", "Avi", "Deniz",
}  # fmt: skip

#: given names as Japanese writes foreign ones, in katakana (ジョン・スミス, マリア・ガルシア): the first
#: part of a katakana name joined by ・ or ＝; spelling variants (デビッド, デヴィッド) both listed
KATAKANA_GIVEN_NAMES = frozenset(
    """
ジョン ジャック ジェームズ ジェイムズ ロバート ボブ マイケル マイク ウィリアム ビル デビッド デヴィッド デイビッド
リチャード ジョセフ ジョゼフ トーマス トム チャールズ クリストファー ダニエル マシュー アンソニー マーク ドナルド
スティーブン スティーヴン スティーブ ポール アンドリュー ジョシュア ケネス ケビン ケヴィン ブライアン ジョージ
ティモシー ロナルド エドワード ジェイソン ジェフリー ジェフ ライアン ジェイコブ ゲイリー ゲーリー ニコラス ニック
エリック ジョナサン ラリー ジャスティン スコット ブランドン ベンジャミン ベン サミュエル サム グレゴリー
アレクサンダー アレキサンダー アレクサンドル アレックス フランク パトリック レイモンド デニス ジェリー タイラー
アーロン ホセ アダム ネイサン ヘンリー ダグラス ピーター カイル ウォルター ノア ジェレミー クリスチャン キース
ロジャー テリー ショーン オースティン カール アーサー ローレンス ディラン ジェシー ジョーダン ブルース ガブリエル
ローガン アルバート アラン フアン ウェイン ロイ ヴィンセント ビンセント ルイス ルイ ハリー フレッド フレデリック
ジム ジョー ハワード ハロルド ケン トニー エディ フィリップ フィル サイモン ニール ヒュー ルーク イアン マルコム
ロバーツ グラハム グレアム オリバー オリヴァー ジェイク マックス レオ レオン ヴィクター ビクター ユージン
ピエール ジャン ジャン＝ポール フランソワ ミシェル アンリ シャルル ルネ ジェラール クロード
エミール アンドレ マルセル ジョルジュ ギヨーム セバスチャン ニコラ ティエリー ヤン ハンス
ヴォルフガング フリードリヒ ヨハン ヨハネス ハインリヒ オットー ヘルムート ゲルハルト ユルゲン クラウス ディーター
ウーヴェ ミヒャエル ステファン シュテファン マルティン イワン イヴァン ウラジーミル ウラジミール セルゲイ
アレクセイ ニコライ ドミトリー ドミトリ ミハイル ユーリ ユーリー ボリス アナトリー ヴィクトル ピョートル アンドレイ
パブロ カルロス ホルヘ アントニオ フランシスコ マヌエル ミゲル ラファエル ペドロ ディエゴ フェルナンド ハビエル
アレハンドロ リカルド エドゥアルド セルジオ マルコ ジョヴァンニ ジョバンニ ジュゼッペ ルカ マリオ パオロ
アンドレア フランチェスコ ロベルト ステファノ アレッサンドロ ファビオ モハメド ムハンマド ムハマド アリ アフマド
アハメド オマル ハッサン フセイン ユセフ カリム タリク ラジ ラジーヴ ラフル アミット スニル ヴィクラム
ラム サンジャイ
アンナ マリア メアリー メアリ エリザベス ジェニファー リンダ バーバラ スーザン ジェシカ サラ サラー カレン
ナンシー リサ ベティ マーガレット サンドラ アシュリー キンバリー エミリー ドナ キャロル アマンダ メリッサ デボラ
ステファニー レベッカ シャロン ローラ シンシア キャサリン キャスリン エイミー アンジェラ ヘレン サマンサ
クリスティーナ レイチェル ジャネット マリー ソフィア ソフィー オリビア オリヴィア エマ イザベラ イザベル
シャーロット アメリア グレース ジュリア ジュリー ケイト ルーシー アリス クララ ニーナ ナタリー ナタリア ダイアナ
ジェーン アン アニー ケイティ ヴィクトリア ビクトリア モニカ ヴェロニカ ベロニカ カミラ エレナ エレーナ
オルガ タチアナ タチヤナ イリーナ スヴェトラーナ ナターシャ アナスタシア マルガリータ カルメン ルシア イネス
パトリシア テレサ ローザ ロサ フランチェスカ キアラ ジュリエット セリーヌ カトリーヌ イヴ ブリジット シモーヌ
ジャンヌ マルゲリータ ハンナ ハンナー ウルスラ ゲルダ インゲ イングリッド ヘルガ ファティマ アイシャ
ライラ ヤスミン プリヤンカ ジョアン ジョアンナ ローズ ヘザー ミランダ メーガン メガン ケリー
""".split()
)

#: given names as friends and family write them, in hiragana (たくやは禁酒中, ゆうこが入院, ゆいは中耳炎): none
#: of them a word as well (not かおり 香り, ゆかり 縁, はるか 遥か, ひかり 光, みなみ 南, まい, なな, あい, そら, なお 尚)
JA_KANA_GIVEN_NAMES = frozenset(
    """
たくや けんた ゆうた しょうた だいき りょうた ゆうき はると そうた ゆうと ひろき たろう けんじ こうた しんじ
まさき かずき なおき ゆうすけ だいすけ けいすけ こうすけ しゅんすけ りょうすけ たかし ひろし まさと ゆうじ
こうじ しんや てつや かずや たつや ともや まさや なおや しょうへい こうへい りょうへい ゆうま はやと かいと
ゆうこ まゆみ あやか みさき ちひろ めぐみ さやか まなみ なつみ あすか ともみ なおみ ゆうか みゆき あやの
ゆみこ けいこ ようこ かずこ ともこ まりこ のりこ ひろこ あきこ さちこ えりか まりな れいな ゆいな ひなた
りさこ みずき あかね さとみ ゆきこ かなこ なつき ほのか まどか みき ゆり えみ まみ
ゆい りな れな みお りこ ゆな ひな りお さとし たけし つよし あきら
""".split()
)

#: capitalised words that stand where a name could and are none: forms of address, teams, assistants,
#: pronouns, languages, labels ("reply to Japanese", "Herr", "Reisepass Nr")
NOT_IN_A_SLOT = frozenset(
    "Sir Madam Madame All Team Everyone There Friends Folks Guys World Customer Customers Colleagues Users "
    "Support Admin Hiring Dear Thanks Thank The This That Team Siri Alexa ChatGPT Claude Gemini Copilot Bard "
    "Google Python It Me Him Her Them Us Human Resources HR Management Sales Marketing Billing Accounts "
    "Accounting Service Services Office Operations Security Hello Hi Hey Yes No Yeah Ok Okay Sure Well "
    "You We They She He "
    # languages: "reply to Japanese" is no one
    "Japanese English French German Spanish Chinese Korean Italian Portuguese Russian Arabic Hindi Dutch Polish "
    "Vietnamese Thai Indonesian Turkish Swedish Norwegian Danish Finnish Greek Hebrew Czech Hungarian Romanian "
    "Ukrainian Tagalog Malay Swahili Welsh Irish Mandarin Cantonese Latin Herr Frau Monsieur Madame Name Reisepass "
    "Passport Nr".split()
)
