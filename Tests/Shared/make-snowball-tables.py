#!/usr/bin/env python3
"""Writes snowball-en.tsv and snowball-ru.tsv: word<TAB>stem pairs produced by the
reference Snowball stemmers (`pip install snowballstemmer`, 3.x), which the Swift
(PracticaSearchTests) and JavaScript (Tests/js) stemmers must reproduce exactly.

The words are the seed words below, plus every word of analysis-cases.json, plus
generated inflections: each seed gets a rotating selection of the suffixes the
algorithms know (real or not, they exercise every rule). Output is sorted and
deterministic. Run from anywhere: python3 Tests/Shared/make-snowball-tables.py
"""
import json
import pathlib
import re

import snowballstemmer

HERE = pathlib.Path(__file__).resolve().parent

EN_SEEDS = """
a able about above accept access accident account achieve acquire across act action active
actively activity actor actual actually add addition additional address adjust admire admit
adopt advance advantage adventure advice advise affect afford afraid after again against age
agency agent agree agreed agreement ahead aid aim air alarm alive allow ally alone along already
also alter although always amaze among amount analyse analysis ancient andes anger angle angry
animal announce annual another answer anxiety anxious anyone apart apologize appear apply
appoint approach approve area argue argument arise arm army arrange arrest arrival arrive arsenal
art article artist ask asleep assume atlas attach attack attempt attend attention attitude
attract audience author authority available average avoid awake aware away baby back bad bag
bake balance ball band bank bar barely base basic basis battle bay beach bear beat beautiful
beauty become bed begin behave behaviour belief believe belong benefit best better bias big bill
bird birth bit bite bitter black blame blind block blood blow blue board boat body boil bone book
border bored boring borrow boss both bother bottle bottom brain branch brave bread break breath
breathe breed brief bright bring broad brother brown budget build burn bury business busy buy
cable calculate call calm camera camp campaign cancel cancer candidate canning capable capacity
capital captain capture care career careful carefully carry case cash cast cat catch cause
celebrate cell central centre century certain chain chair challenge chance change chapter
character charge cheap check chemical chest chicken chief child childhood choice choose church
circle citizen city civil claim class classic clean clear clever climb clock close cloth cloud
club coach coast coat code coffee cold collapse colleague collect college colour combine comfort
command comment commercial commission commit common communicate communication community company
compare compete competition complain complete complex computer concentrate concern conclude
condition conditional conduct conference confidence confirm conflict confuse connect conscious
consider consist constant construct consume contact contain content context continue contract
contribute control convince cook cool cope copy core corner correct cosmos cost cottage count
country couple courage course court cover crash crazy create creative creature credit crime
crisis criticism crowd cruel cry culture cup curious current customer cut cycle daily damage
dance danger dark data date daughter day dead deal debate decide decision declare decline deep
defeat defence define degree delay deliver demand deny depend describe desert deserve design
desire destroy detail develop development device die dinner direct director dirty disappear
discover discuss disease distance divide doctor document dog door double doubt draw dream dress
drink drive drop dry dying early earn earring earth easy eat economic economy edge educate
effect effective effort elect element emerge emergency emotion emotional employ empty encourage
end enemy energy engine enjoy enormous enough ensure enter entire environment equal error escape
establish evening event evidence exact examine example exceed excite excuse exercise exist expect
expense experience expert explain explore express extend external extreme eye face fact factor
fail fair faith fall false familiar family famous fan far farm fashion fast father fault fear
feature feed feel female fight figure file fill film final finance find fine finish fire firm
fit fix flat flight float floor flow flower fly focus follow food foot force foreign forest
forget forgive form formal fortune forward free freedom fresh friend friendly fruit full fun
function fund funny future gain game garden gas gather general generate generation generous
generously gentle gently gift girl give glad glass go goal god gold good govern government grab
grade grand grant grass great green ground group grow growth guard guess guest guide gun habit
hair half hall hand handle hang happen happy hard harm hate head health hear heart heat heavy
help herring hide high hire history hit hold hole holiday home honest hope hopeful hoping hopping
horse hospital host hot hotel hour house howe huge human humour hungry hunt hurry hurt idea ideal
identify idly ignore ill illness image imagine impact import important impose impress improve
include income increase indeed independent indicate individual industry inform initial injury
inning innings inside insist inspire install instance institution intend interest interesting
internal international interpret interview introduce invent invest invite involve iron island
issue item job join joke journey judge jump just justice keep key kick kid kill kind king kiss
kitchen knee knife knock know knowledge label labour lack lady lake land language large last late
lately later laugh launch law lay lead leader learn leave left leg legal lend less lesson letter
level library lie life lift light like limit line link lip list listen little live local lock
long look lose loud love low luck lucky lying machine mad magazine mail main maintain major make
male manage manager manner many map mark market marriage marry mass master match material matter
meal mean measure media medical meet meeting member memory mental mention message metal method
middle mind minister minute mirror miss mission mistake mix model modern moment money month mood
moral morning mother motion mountain mouse move movie music nation national natural nature near
necessary neck need negative neither nerve nervous network never news nice night noise normal
north nose note notice novel number nurse object observe obtain obvious occasion occur ocean
offer office officer official oil old only open operate opinion oppose option order ordinary
organ organic organization organize origin original outing owner pace pack page pain paint pair
paper parent park part partly party pass passage passenger past pasta path patient pattern pay
peace people perfect perform period permit person personal persuade phone photo physical pick
picture piece place plan plane plant plastic plate play please pleasure plenty pocket poem poet
point police policy polite political politics pool poor popular population position positive
possess possible post potato pound pour power practical practice practise praise pray prefer
prepare present preserve press pressure pretend pretty prevent previous price pride priest
print priority prison private prize problem proceed process produce product profession profit
program progress project promise promote proof proper property proposal protect proud prove
provide public publish pull punish purchase pure purpose push quality quarter queen question
quick quiet quite race radio rain raise range rank rapid rare rate rational reach react read
ready real realize reason receive recent recognize record recover reduce refer reflect reform
refuse region regret regular reject relate relation relationship relative relax release relief
rely remain remark remember remind remove rent repair repeat replace reply report represent
request require rescue research reserve resist resolve resource respect respond rest result
return reveal review reward rich ride right ring rise risk river road rock role roll roof room
root rough round route royal rule run runner running rural rush sad safe sail salary sale salt
same sample satisfy save say scale scene school science score screen sea search season seat
second secret section secure see seek seem select sell send sense separate series serious serve
service settle shake shape share sharp shelter shift shine ship shirt shock shoot shop short
shoulder shout show shut sick side sign signal silence silly simple sing single singly sister
sit site size skies skill skin skis sky sleep slide slight slip slow small smart smell smile
smoke smooth snow social society soft soil soldier solid solution solve song soon sorry sort
sound source south space speak special speech speed spell spend spirit split sport spot spread
spring square staff stage stand standard star start state station stay steal step stick still
stone stop store storm story strange stream street strength stress stretch strike string strong
structure student study stuff style subject succeed success suffer sugar suggest suit summer
supply support suppose sure surface surprise survive suspect sweet swim switch symbol system
table take talk tall target task taste tax teach team tear technical technology tell tend term
terrible test text thank theory thing think threat throw ticket tie tight time tiny tired title
today tone tool tooth top topic total touch tour tower town track trade tradition traffic train
transfer transport travel treat tree trend trial trip trouble truck true trust truth try turn
type tying ugly uncle understand union unique unit united universal universe university unless
until upper upset urban urge use useful usual valley value variety various vehicle version view
village visit visual voice vote wage wait walk wall want war warm warn wash waste watch water
wave way weak wealth weapon wear weather wedding week weigh welcome west wet wheel whole wide
wife wild will win wind window wine winter wise wish witness woman wonder wood word work worker
world worry worth write wrong yard year yellow young youth zone
dog's dogs' 'tis yelled yellow yes yoyo sayings boyish enjoyed employs toying theory's
""".split()

EN_SUFFIXES = """
s es ed ing ly er est ness ful less ment ation ational ize ization ity ive ous al ism ist able
ible ence ance ent ant ate ic ical iveness fulness ousness edly ingly eed eedly li bli alli entli
ousli fulli lessli ogi icate alize iciti ative tional anci enci izer ator alism aliti biliti
iviti ogist 's ' ies ied sses us ss y ably ently ement ements ations ers ally ically ingness
""".split()

RU_WORDS = """
семья семьи семье семью семьёй семьей семей семьям семьями семьях практика практики практике
практику практикой практик практикам практиками практиках знание знания знанию знанием знаний
знаниям знаниями знаниях база базы базе базу базой баз базам базами базах поиск поиска поиску
поиском поиске поиски поисков ёлка ёлки ёж ежа ещё её всё идёт пошёл пришёл нёс
красивый красивая красивое красивые красивого красивой красивому красивым красивом красивых
красивыми красивую красивее красивейший красивейшая красиво читать читаю читаешь читает читаем
читаете читают читал читала читало читали читай читайте читая читав читавши читавшись читающий
читавший читаемый прочитанный прочитанная прочитав прочитавши учиться учусь учишься учится
учимся учитесь учатся учился училась учились учась учившись учащийся учащиеся мыться моюсь
моешься моется моемся моетесь моются мылся мылась мылись умывшись говорить говорю говоришь
говорит говорим говорите говорят говорил говорила говорили говоря говорящий говоривший
сказанный сказать сказал сказала сказали скажи скажите радость радости радостью радостей
гордость гордости нежность нежности длинный длинная длинное длинные длиннее длиннейший
деревянный деревянная окно окна окну окном окне окон окнам окнами окнах время времени временем
времена времён временам имя имени имена имён путь пути путём путей мать матери матерью матерей
дочь дочери дочерью дочерей человек человека человеку человеком человеке люди людей людям
людьми людях ребёнок ребёнка дети детей детям детьми детях друг друга другу другом друзья друзей
друзьям друзьями друзьях город города городу городом городе городов городам городами городах
страна страны стране страну страной стран странам странами странах село сёла сёл история
истории историю историей историй историям историями историях здание здания зданию зданием
зданий зданиям зданиями зданиях мнение мнения мнению мнением мнений воскресенье воскресенья
бельё белья платье платья платьев ружьё ружья ружей копьё копья статья статьи статей статьям
армия армии армией армий линия линии линией линий
""".split()

RU_STEMS = """
книг стол дом рук ног вод земл работ жизн мысл слов дел друг город стран мир войн любв голов
глаз рад сердц душ нов стар молод хорош плох больш мал син красн бел чёрн зелён тёпл холодн
быстр медлен умн добр зл сильн слаб ясн тёмн светл чист грязн прост сложн важн нужн интересн
чита писа дела говор дума люб смотр слуша ход иска зна помн ждать пис игра работа рисова танцева
стро учит лечит плат реш прос нос вод куп стро счит бег сид леж сто виде слыш мог хоч ед пить
жив ум пел стреля прыга одева раздева закрыва открыва начина конча прода покупа получа отвеча
спрашива объясня вспомина забыва собира разбира выбира понима принима занима обним подним
организ специал национал революц коммун демократ социал общ государств правительств
промышлен сельскохозяйствен экономическ политическ историческ научн техническ
""".split()

RU_ENDINGS = """
а ы е у ой ою ам ами ах о ом ов ев ей ям ями ях ь ью ья ье ьё ия ии ию ией иям иями иях ие ий ием
ый ая ое ые ого ому ым ом ых ыми ую ее ие ий ей его ему им ими их юю яя ею
ть ла ло ли л ю ешь ет ем ете ют ишь ит им ите ят ил ила ило или ыл ыла ыло ыли ен ена ено ены
нно й йте ей уй ейте уйте уя ующ ующий ующая ующее ующие ющий ющая ивший ывший вший вшая вши вшись
ив ыв ивши ывши ившись ывшись в ся сь ться лся лась лось лись ется ются ится ятся
ость ости остью остей ост ейший ейшая ейшее ейшие ейше ейш нный нная нное нные нн нн ь ий
""".split()


def words_in_cases(language):
    """Every token-like word of the shared cases for one language."""
    cases = json.loads((HERE / "analysis-cases.json").read_text(encoding="utf-8"))
    found = set()
    for case in cases:
        if case["language"] == language:
            found.update(w.lower() for w in re.findall(r"[^\W_]+", case["input"]))
    return found


def inflect(seeds, suffixes, per_seed):
    """Each seed alone plus `per_seed` suffixes chosen by rotating through the list."""
    words = set(seeds)
    for i, seed in enumerate(seeds):
        for k in range(per_seed):
            words.add(seed + suffixes[(i * 7 + k * 11) % len(suffixes)])
    return words


def write_table(name, algorithm, words):
    stemmer = snowballstemmer.stemmer(algorithm)
    rows = [f"{w}\t{stemmer.stemWord(w)}" for w in sorted(words) if w and "\t" not in w]
    (HERE / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} words")


def main():
    english = inflect(EN_SEEDS, EN_SUFFIXES, 4) | words_in_cases("en")
    english = {w for w in english if re.fullmatch(r"[a-z']+", w)}
    russian = set(RU_WORDS) | inflect(RU_STEMS, RU_ENDINGS, 24) | words_in_cases("ru")
    russian = {w for w in russian if re.fullmatch(r"[а-яё]+", w)}
    write_table("snowball-en.tsv", "english", english)
    write_table("snowball-ru.tsv", "russian", russian)


if __name__ == "__main__":
    main()
