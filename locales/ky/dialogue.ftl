# Draft translation, not yet reviewed by a native speaker.
# The conversation: questions, buttons and short replies (Telegram, web page, `ogoh chat`).
# Button labels (button-*) must stay within 30 characters.

dialogue-welcome = Эгер кимдир бирөө сиздин согушка барышыңызды кааласа, Огох сизге кандай укуктук тобокелдик бар экенин, анын себебин жана азыр эмне кылуу керектигин айтып берет. Биз атыңызды сурабайбыз. Жоопторуңузду каалаган убакта өчүрө аласыз.
dialogue-ask-language = Тилиңизди тандаңыз.
dialogue-ask-country = Сиз кайсы өлкөнүн жаранысыз?
dialogue-ask-russian-citizenship = Сизде Орусиянын жарандыгы барбы?
dialogue-ask-situations = Сиз менен эмне болуп жатат? Туура келгендердин баарын тандап, андан кийин «Даяр» баскычын басыңыз.
dialogue-ask-situations-chosen = Тандалганы: { $count }.
dialogue-ask-age = Сиз канча жаштасыз? Жооп жашыңызга жараша болот. Бул суроону өткөрүп жиберсеңиз болот.
dialogue-ask-offer = Кимдир бирөө сизге жумуш же келишим тууралуу сунуш, жарнама же билдирүү жөнөттүбү? Аны ушул жерге көчүрүп салыңыз же башка чаттан жөнөтүп жибериңиз, биз текшеребиз. Биз аны сактабайбыз. Же «Өткөрүп жиберүү» баскычын басыңыз.
dialogue-ask-change = Кайсы жообуңузду өзгөрткүңүз келет?
dialogue-result-none = Сиздин жоопторуңуз боюнча белгилүү укуктук тобокелдик таба алган жокпуз. Баары бир, түшүнбөгөн нерсеңизге кол койбоңуз.
dialogue-sources = Булактар
dialogue-menu = Эми эмне кылабыз?
dialogue-contacts-none = Бизде азырынча өлкөңүз боюнча байланыш маалыматы жок. Өлкөңүздүн Орусиядагы элчилигине же консулдугуна кайрылыңыз.
dialogue-forget-confirm = Огох бул чат тууралуу сактаган нерселердин баарын өчүрөбүзбү? Муну кайра калыбына келтирүүгө болбойт.
dialogue-forgotten = Даяр. Жоопторуңузду өчүрдүк.
dialogue-stale = Бул баскыч эми иштебейт. Токтогон жериңизден улантабыз.
dialogue-scanned = Сиз жөнөткөн текстти текшердик. Биз аны сактабайбыз.
dialogue-continue = Эми токтогон жериңизден улантабыз.
dialogue-use-buttons = Баскычтарды колдонуңуз же текшерүү үчүн сунуштун текстин жөнөтүңүз.
dialogue-too-long = Бул текст өтө узун. Эң көп дегенде 64 КБ жөнөтүңүз.
dialogue-only-text = Мен текстти, тексттин сүрөтүн жана баскычтарды окуй алам. Сунушту жазыңыз, башка чаттан жөнөтүп жибериңиз же сүрөткө тартып жөнөтүңүз, же баскычтарды колдонуңуз.
dialogue-picture-read = Сүрөтүңүздөгү текстти окуп, текшердик. Биз сүрөттү да, андагы текстти да сактабайбыз.
dialogue-picture-unreadable = Бул сүрөттөгү текстти жетиштүү окуй алган жокпуз. Жакыныраактан, түз жана жарык жерде сүрөткө тартып жөнөтүңүз же текстти көчүрүп салыңыз.
dialogue-picture-busy = Азыр көп сүрөт окулуп жатат. Бир мүнөттөн кийин кайра жөнөтүңүз же текстти көчүрүп салыңыз.
dialogue-picture-too-big = Бул сүрөт өтө чоң. Кичирээгин жөнөтүңүз (эң көп 10 МБ) же текстти көчүрүп салыңыз.
dialogue-picture-not-image = Биз сүрөттөрдү жана скриншотторду (JPEG, PNG, WebP) окуй алабыз. Аны сүрөт катары жөнөтүңүз же текстти көчүрүп салыңыз.
dialogue-picture-too-small = Бул сүрөт окуганга өтө кичинекей. Чоңураак, жакыныраактан тартылган сүрөт жөнөтүңүз же текстти көчүрүп салыңыз.
dialogue-picture-unavailable = Азыр сүрөттөрдү окуй албайбыз. Сураныч, сунуштун текстин жазыңыз же көчүрүп салыңыз.
dialogue-voice = Биз үн билдирүүлөрүн уга албайбыз. Сунушту сөз менен жазыңыз же анын сүрөтүн жөнөтүңүз.
dialogue-edited = Мен өзгөртүлгөн билдирүүлөрдү окубайм. Текстти жаңы билдирүү кылып кайра жөнөтүңүз.
dialogue-try-again = Биз тарапта бир ката кетти. Бир мүнөттөн кийин кайра аракет кылып көрүңүз.

button-back = ← Артка
button-done = Даяр
button-skip = Өткөрүп жиберүү
button-why = { $n }. Эмне үчүн?
button-yes-forget = Ооба, баарын өчүрүү
button-no = Жок, артка кайтуу

button-country-uz = Өзбекстан
button-country-tj = Тажикстан
button-country-kg = Кыргызстан
button-country-kz = Казакстан
button-country-tm = Түркмөнстан
button-country-other = Башка өлкө

button-rc-none = Жок
button-rc-applying = Алууга арыз берип жатам
button-rc-naturalized = Ооба, алдым
button-rc-by-birth = Ооба, туулгандан бери

button-situation-offered-contract = Келишим сунушташты
button-situation-job-offer-war-zone = Басып алынган аймакта жумуш
button-situation-pressured = Кол коюуга кысым көрсөтүштү
button-situation-detained = Полиция кармады
button-situation-signed-contract = Келишимге кол койдум
button-situation-served = Согушта кызмат кылдым
button-situation-summons = Чакыруу кагазын алдым
button-situation-applying-documents = Документ тариздеп жатам
button-situation-relative-recruited = Тууганымды аскерге жалдашты

button-age-under = { $age } жаштан кичүү
button-age-range = { $from }–{ $to }
button-age-over = { $age } жана андан улуу

button-menu-offer = Башка сунушту текшерүү
button-menu-change = Жоопту өзгөртүү
button-menu-contacts = Жардамды кайдан алса болот
button-menu-language = Тил
button-menu-restart = Башынан баштоо
button-menu-forget = Мени унутуу

button-change-country = Өлкө
button-change-citizenship = Орусиянын жарандыгы
button-change-situations = Эмне болуп жатат
button-change-age = Жаш
