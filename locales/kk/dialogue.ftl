# Draft translation, not yet reviewed by a native speaker.
# The conversation: questions, buttons and short replies (Telegram, web page, `ogoh chat`).
# Button labels (button-*) must stay within 30 characters.

dialogue-welcome = Егер біреу сіздің соғысқа баруыңызды қаласа, Огох сізге қандай құқықтық тәуекел бар екенін, оның себебін және қазір не істеу керегін айтып береді. Біз атыңызды сұрамаймыз. Жауаптарыңызды кез келген уақытта өшіре аласыз.
dialogue-ask-language = Тіліңізді таңдаңыз.
dialogue-ask-country = Сіз қай елдің азаматысыз?
dialogue-ask-russian-citizenship = Сізде Ресей азаматтығы бар ма?
dialogue-ask-situations = Сізбен не болып жатыр? Сәйкес келетіндердің бәрін таңдап, содан кейін «Дайын» түймесін басыңыз.
dialogue-ask-situations-chosen = Таңдалғаны: { $count }.
dialogue-ask-age = Сіз неше жастасыз? Жауап жасыңызға байланысты. Бұл сұрақты өткізіп жіберуге болады.
dialogue-ask-offer = Біреу сізге жұмыс немесе келісімшарт туралы ұсыныс, хабарландыру немесе хабарлама жіберді ме? Оны осы жерге көшіріп қойыңыз немесе басқа чаттан жіберіңіз, біз тексереміз. Біз оны сақтамаймыз. Немесе «Өткізіп жіберу» түймесін басыңыз.
dialogue-ask-change = Қай жауабыңызды өзгерткіңіз келеді?
dialogue-result-none = Сіздің жауаптарыңыз бойынша белгілі құқықтық тәуекел таппадық. Соған қарамастан, түсінбейтін нәрсеңізге қол қоймаңыз.
dialogue-sources = Дереккөздер
dialogue-menu = Енді не істейміз?
dialogue-contacts-none = Бізде әзірге еліңіз бойынша байланыс деректері жоқ. Еліңіздің Ресейдегі елшілігіне немесе консулдығына хабарласыңыз.
dialogue-forget-confirm = Огох осы чат туралы сақтаған барлық нәрсені өшірейік пе? Мұны қайтару мүмкін емес.
dialogue-forgotten = Дайын. Жауаптарыңызды өшірдік.
dialogue-stale = Бұл түйме енді жұмыс істемейді. Тоқтаған жеріңізден жалғастырайық.
dialogue-scanned = Сіз жіберген мәтінді тексердік. Біз оны сақтамаймыз.
dialogue-continue = Енді тоқтаған жеріңізден жалғастырайық.
dialogue-use-buttons = Түймелерді пайдаланыңыз немесе тексеру үшін ұсыныстың мәтінін жіберіңіз.
dialogue-too-long = Бұл мәтін тым ұзын. Ең көбі 64 КБ жіберіңіз.
dialogue-only-text = Мен мәтінді, мәтіннің суретін және түймелерді оқи аламын. Ұсынысты жазыңыз, басқа чаттан жіберіңіз немесе суретке түсіріп жіберіңіз, не түймелерді пайдаланыңыз.
dialogue-picture-read = Суретіңіздегі мәтінді оқып, тексердік. Біз суретті де, ондағы мәтінді де сақтамаймыз.
dialogue-picture-unreadable = Бұл суреттегі мәтінді жеткілікті оқи алмадық. Жақынырақтан, тура және жарық жерде суретке түсіріп жіберіңіз немесе мәтінді көшіріп қойыңыз.
dialogue-picture-busy = Қазір көп сурет оқылып жатыр. Бір минуттан кейін қайта жіберіңіз немесе мәтінді көшіріп қойыңыз.
dialogue-picture-too-big = Бұл сурет тым үлкен. Кішірегін жіберіңіз (ең көбі 10 МБ) немесе мәтінді көшіріп қойыңыз.
dialogue-picture-not-image = Біз суреттер мен скриншоттарды (JPEG, PNG, WebP) оқи аламыз. Оны сурет ретінде жіберіңіз немесе мәтінді көшіріп қойыңыз.
dialogue-picture-too-small = Бұл сурет оқуға тым кішкентай. Үлкенірек, жақынырақтан түсірілген сурет жіберіңіз немесе мәтінді көшіріп қойыңыз.
dialogue-picture-unavailable = Қазір суреттерді оқи алмаймыз. Өтінеміз, ұсыныстың мәтінін жазыңыз немесе көшіріп қойыңыз.
dialogue-voice = Біз дауыстық хабарламаларды тыңдай алмаймыз. Ұсынысты сөзбен жазыңыз немесе оның суретін жіберіңіз.
dialogue-edited = Мен өзгертілген хабарламаларды оқымаймын. Мәтінді жаңа хабарлама етіп қайта жіберіңіз.
dialogue-try-again = Біз жақта бірдеңе дұрыс болмады. Бір минуттан кейін қайталап көріңіз.

button-back = ← Артқа
button-done = Дайын
button-skip = Өткізіп жіберу
button-why = { $n }. Неге?
button-yes-forget = Иә, бәрін өшіру
button-no = Жоқ, артқа қайту

button-country-uz = Өзбекстан
button-country-tj = Тәжікстан
button-country-kg = Қырғызстан
button-country-kz = Қазақстан
button-country-tm = Түрікменстан
button-country-other = Басқа ел

button-rc-none = Жоқ
button-rc-applying = Алуға өтініш беріп жатырмын
button-rc-naturalized = Иә, алдым
button-rc-by-birth = Иә, туғаннан бері

button-situation-offered-contract = Келісімшарт ұсынды
button-situation-job-offer-war-zone = Басып алынған аумақта жұмыс
button-situation-pressured = Қол қоюға қысым көрсетті
button-situation-detained = Полиция ұстады
button-situation-signed-contract = Келісімшартқа қол қойдым
button-situation-served = Соғыста қызмет еттім
button-situation-summons = Шақыру қағазын алдым
button-situation-applying-documents = Құжат рәсімдеп жатырмын
button-situation-relative-recruited = Туысымды әскерге жалдады

button-age-under = { $age } жастан кіші
button-age-range = { $from }–{ $to }
button-age-over = { $age } және одан үлкен

button-menu-offer = Басқа ұсынысты тексеру
button-menu-change = Жауапты өзгерту
button-menu-contacts = Көмекті қайдан алуға болады
button-menu-language = Тіл
button-menu-restart = Басынан бастау
button-menu-forget = Мені ұмыту

button-change-country = Ел
button-change-citizenship = Ресей азаматтығы
button-change-situations = Не болып жатыр
button-change-age = Жас
