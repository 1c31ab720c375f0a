"""Practices planted in every generated corpus, whatever its size, for bench/queries.json.

Each has a fixed id and languages, and a title, summary and paragraph per language with words
that the word lists in lexicon.py never produce, so that a query can name the practice it
expects. Most queries use other inflected (or, in Hebrew, other prefixed) forms of those words
than the text does, so that finding the practice takes stemming or prefix handling.
Everything else on these cards (facets, front matter, the rest of the body) is generated.
"""

ANCHORS = [
    {
        "id": "lighthouse-foster-club",
        "en": ("The Lighthouse Club for Foster Families",
               "The Lighthouse club brings foster families together every week: parents share experience, children play, and psychologists run resource groups for parents.",
               "The club is named after the old lighthouse by the harbour: the lighthouse keeper's cottage became the club's home. Every lighthouse evening begins with tea."),
        "ru": ("Клуб приемных семей «Маяк»",
               "Клуб «Маяк» каждую неделю собирает замещающие семьи: родители делятся опытом, дети играют, а психологи ведут ресурсные группы для родителей.",
               "Клуб назван в честь старого маяка у гавани: дом смотрителя маяка стал домом клуба. Каждый вечер на маяке начинается с чая."),
        "he": ("מועדון המגדלור למשפחות אומנה",
               "מועדון המגדלור מפגיש משפחות אומנה מדי שבוע: ההורים חולקים ניסיון, הילדים משחקים ופסיכולוגים מנחים קבוצות תמיכה להורים.",
               "המועדון נקרא על שם המגדלור הישן שליד הנמל: בית שומר המגדלור הפך לבית המועדון. כל ערב מתחיל בתה ליד מגדלור קטן מעץ."),
    },
    {
        "id": "grandparents-reading-circles",
        "en": ("Grandparents' Reading Circles",
               "Retired grandparents read aloud to preschool children in libraries and kindergartens, and the children's own grandparents are invited to join the reading circles.",
               "A grandmother reads, a grandfather turns the pages; the storytelling hour ends with a picture that the children draw together."),
        "bg": ("Кръжоци за четене с баби и дядовци",
               "Пенсионирани баби и дядовци четат на глас на деца в детските градини и библиотеките, а бабите и дядовците на самите деца се канят в кръжоците.",
               "Една баба чете, един дядо обръща страниците; часът за приказки завършва с рисунка, която децата рисуват заедно. Всеки кръжок се събира в събота."),
    },
    {
        "id": "mobile-dental-caravan",
        "ru": ("Стоматологический караван для сельских школ",
               "Передвижной стоматологический кабинет в автофургоне объезжает отдаленные села: стоматологи осматривают и лечат зубы детей прямо у школы.",
               "Караван стоит у школы два дня; за это время стоматолог принимает до сорока детей, а родители получают памятку о том, как беречь зубы."),
        "bg": ("Зъболекарски керван за селските училища",
               "Подвижен зъболекарски кабинет в микробус обикаля отдалечени села: зъболекарите преглеждат и лекуват зъбите на децата пред училището.",
               "Керванът стои пред училището два дни; за това време зъболекар преглежда до четиридесет деца, а родителите получават листовка за грижата за зъбите."),
        "he": ("קרוון רפואת השיניים לבתי ספר בפריפריה",
               "מרפאת שיניים ניידת בקרוון מגיעה ליישובים מרוחקים: רופאי שיניים בודקים ומטפלים בשיני הילדים ליד בית הספר.",
               "הקרוון חונה ליד בית הספר יומיים, ובזמן הזה רופא השיניים בודק עד ארבעים ילדים. ההורים מקבלים דף הסבר על שמירה על השיניים."),
    },
    {
        "id": "teen-beekeeping",
        "en": ("Beekeeping for Teenagers at Risk",
               "Teenagers at risk learn beekeeping from experienced beekeepers: each group looks after its own hives through a whole season and sells the honey at a local market.",
               "Every beekeeper mentors four teenagers. In spring they build a hive, in summer they extract honey, and in autumn they prepare the bees for winter."),
        "ru": ("Пчеловодство для подростков группы риска",
               "Подростки из группы риска учатся пчеловодству у опытных пчеловодов: каждая группа целый сезон ухаживает за своими ульями и продает мед на местной ярмарке.",
               "Каждый пчеловод становится наставником для четырех подростков. Весной они собирают улей, летом качают мед, а осенью готовят пчел к зиме."),
    },
    {
        "id": "chess-mentors",
        "en": ("Chess Mentors for Young Offenders",
               "Volunteer chess players mentor young offenders in juvenile detention: weekly chess lessons teach planning, patience and responsibility for one's moves.",
               "Each mentor plays a chess game with the same teenager every week; tournaments with other detention centres are held twice a year."),
        "he": ("חונכי שחמט לנוער בסיכון",
               "שחמטאים מתנדבים חונכים בני נוער עוברי חוק: שיעורי שחמט שבועיים מלמדים תכנון, סבלנות ואחריות על כל מהלך.",
               "כל חונך משחק שחמט עם אותו נער בכל שבוע, ופעמיים בשנה מתקיים טורניר שחמט עם מסגרות אחרות."),
    },
    {
        "id": "orchard-of-generations",
        "he": ("פרדס הדורות: גינה קהילתית לקשישים ולילדים",
               "קשישים וילדי גן מטפחים יחד פרדס קהילתי: הם שותלים עצי פרי, קוטפים תפוזים ומבשלים ריבה לחג.",
               "הפרדס נמצא בלב השכונה. בחורף קוטפים תפוזים ולימונים, ובאביב מוסיפים עצים חדשים לפרדס."),
        "bg": ("Овощна градина на поколенията",
               "Възрастни хора и деца от детската градина отглеждат заедно общностна овощна градина: садят плодни дървета, берат ябълки и варят сладко за празника.",
               "Овощната градина е в средата на квартала. През есента берат ябълки и круши, а през пролетта садят нови дървета."),
    },
    {
        "id": "violins-for-roma-children",
        "bg": ("Цигулки за ромските деца от квартала",
               "Музиканти от симфоничния оркестър учат ромски деца да свирят на цигулка; след година децата изнасят концерт пред родителите си.",
               "Всяко дете получава цигулка под наем. Музикантите от оркестъра идват два пъти седмично, а веднъж годишно децата свирят със симфоничен оркестър."),
    },
    {
        "id": "snowmobile-doctors",
        "ru": ("Врачи на снегоходах для северных поселков",
               "Выездная бригада врачей на снегоходах зимой добирается до отдаленных северных поселков и осматривает детей и стариков.",
               "Бригада выезжает на трех снегоходах раз в месяц; в каждом поселке врачи проводят осмотр, делают прививки и оставляют лекарства."),
    },
    {
        "id": "sewing-cooperative",
        "he": ("קואופרטיב התופרות של השכונה",
               "נשים מהשכונה לומדות לתפור ומקימות קואופרטיב: התופרות מוכרות בגדים ותיקים, והרווחים מתחלקים ביניהן.",
               "כל תופרת עובדת בקואופרטיב שלוש פעמים בשבוע. תופרות ותיקות מלמדות את החדשות לתפור במכונה."),
        "ru": ("Швейный кооператив женщин района",
               "Женщины района учатся шить и создают кооператив: швеи продают одежду и сумки, а доход делят между собой.",
               "Каждая швея работает в кооперативе три дня в неделю; опытные швеи учат новеньких работать на швейной машине."),
    },
    {
        "id": "fishermen-apprentices",
        "en": ("Fishermen's Apprentices on the Coast",
               "Young people leaving care become apprentices of coastal fishermen: they learn to mend nets, steer boats and run a small fishing business.",
               "Each apprentice spends a season on a fishing boat. The fishermen teach them to read the weather and to mend the nets after a storm."),
        "bg": ("Чираци при рибарите от крайбрежието",
               "Младежи, напускащи институции, стават чираци на крайбрежни рибари: учат се да кърпят мрежи, да управляват лодки и да водят малък рибарски бизнес.",
               "Всеки чирак прекарва един сезон на рибарска лодка. Рибарите го учат да разчита времето и да кърпи мрежите след буря."),
    },
    {
        "id": "braille-library",
        "en": ("Braille Library for Blind Children",
               "A library lends braille books and tactile picture books to blind and visually impaired children and trains parents to read braille with them.",
               "The library holds two thousand braille titles. Parents learn braille in evening classes, and volunteers transcribe new books every month."),
        "ru": ("Библиотека книг шрифтом Брайля для незрячих детей",
               "Библиотека выдает книги шрифтом Брайля и тактильные книжки незрячим и слабовидящим детям и учит родителей читать по Брайлю вместе с ними.",
               "В библиотеке две тысячи книг шрифтом Брайля. Родители учат шрифт Брайля на вечерних занятиях, а волонтеры каждый месяц переводят новые книги."),
        "bg": ("Библиотека с книги на Брайл за незрящи деца",
               "Библиотеката заема книги на Брайлово писмо и тактилни книжки на незрящи и слабовиждащи деца и учи родителите да четат на Брайл с тях.",
               "Библиотеката има две хиляди заглавия на Брайлово писмо. Родителите учат Брайл на вечерни курсове, а доброволци всеки месец преписват нови книги."),
    },
    {
        "id": "community-bakery",
        "he": ("מאפייה קהילתית לצעירים",
               "צעירים שסיימו מסגרות חוץ-ביתיות עובדים במאפייה קהילתית: הם אופים לחם וחלות, לומדים מקצוע וחוסכים לדירה ראשונה.",
               "המאפייה פתוחה שישה ימים בשבוע. ביום שישי הצעירים אופים חלות לכל השכונה, וחלק מהלחם נתרם למשפחות."),
    },
]
