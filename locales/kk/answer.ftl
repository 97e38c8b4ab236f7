# Draft translation, not yet reviewed by a native speaker.
# The answer's shape: the verdict line that leads it, the steps, the details. Also how
# citations are written (article, part, paragraph; dates) and the chat's hints.

## The risk, as the badge over the verdict.
answer-risk-none = Белгілі тәуекел жоқ
answer-risk-low = Тәуекел төмен
answer-risk-medium = Тәуекел орташа
answer-risk-high = Тәуекел жоғары
answer-risk-urgent = Шұғыл: қазір әрекет етіңіз
answer-risk-relative = Туысыңыз үшін
# Steps beyond the first three, and the findings with their reasons and laws.
answer-more-steps = Басқа қадамдар
answer-details = Себебі және заңдар
answer-details-hint = Себебін және заңдарды оқу үшін төмендегі нөмірді басыңыз.

## Citations. Each part is rendered on its own and joined by citation-join.
label-part = { $part }-бөлік
label-paragraph = { $paragraph }-тармақ
label-subparagraph = «{ $subparagraph }» тармақша
citation-join = {" "}
citation-checked = тексерілді: { $date }

## Verdict lines: the biggest consequence in one line, leading the answer when the finding of
## the same name (finding-…) comes first. Say who says so where the finding does.
verdict-uz-mercenarism = Өзбекстанда: ақша үшін соғысқа барсаңыз, { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-uz-signed = Өзбекстанда сізді қылмыстық жауапқа тартуы мүмкін: { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-tj-mercenarism = Тәжікстанда: хабарларға қарағанда, жалдамалыларға { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-tj-signed = Тәжікстанда сізді қылмыстық жауапқа тартуы мүмкін: хабарларға қарағанда, { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-tj-signed-russian-citizen = Тәжікстан заңы бойынша { $min_years } жылдан { $max_years } жылға дейін түрме, бірақ әзірге бірде-бір Ресей азаматы жауапқа тартылған жоқ.
verdict-kg-mercenarism = Қырғызстанда: әскери келісімшартқа қол қойсаңыз немесе соғысуға барсаңыз, түрме.
verdict-kg-signed = Қырғызстанда сізді қылмыстық жауапқа тартып, түрмеге жіберуі мүмкін.
verdict-kg-embassy-warning = Қырғызстан елшілігі ескертті: { $min_years } жылдан { $max_years } жылға дейін түрме және мүліктен айыру.
verdict-kz-mercenarism = Қазақстанда: соғысқа қатыссаңыз, { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-kz-mercenarism-for-pay = Қазақстанда: ақша үшін соғыссаңыз, кемінде { $min_years } жыл түрме.
verdict-kz-signed = Қазақстанда сізді қылмыстық жауапқа тартуы мүмкін: { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-kz-russian-passport-no-shield = Қазақстанда Ресей паспорты бар бір ер адам { $max_years } жыл түрме жазасын алды.
verdict-tm-mercenarism = Түрікменстанда: заңның ескі редакциясы бойынша, жалдамалыларға { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-uz-relative-recruited = Туысыңызға: ол оралғанда Өзбекстанда { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-tj-relative-recruited = Туысыңызға: хабарларға қарағанда, заң бойынша Тәжікстанда { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-kg-relative-recruited = Туысыңызға: ол оралғанда Қырғызстанда түрме.
verdict-kz-relative-recruited = Туысыңызға: Қазақстанда { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-tm-relative-recruited = Туысыңызға: заңның ескі редакциясы бойынша, Түрікменстанда { $min_years } жылдан { $max_years } жылға дейін түрме.
verdict-detained-pressed-to-sign = Ұсталған кезде ештеңеге қол қоймаңыз: келісімшарт сізді соғысқа жібереді.
verdict-detained-rights = Сіздің адвокат алуға және консулдығыңызбен байланысуға құқығыңыз бар.
verdict-detained-charges-dropped-offer = «Қол қойсаңыз, айыпты алып тастаймыз» – бұл сізді соғысқа жібереді.
verdict-detained-deportation-waiver-offer = «Қол қойсаңыз, депортацияламаймыз» – бұл сізді аяқталу мерзімі жоқ соғысқа жібереді.
verdict-ru-signed-contract-no-end = Келісімшартыңыз өз мерзімінде аяқталмайды: қазір заңгермен сөйлесіп, елшілігіңізге хабарласыңыз.
verdict-war-zone-job-trap = Украинаның басып алынған аумақтарындағы жұмыс – тұзақ: ақы төленбеді, құжаттар алынып қойылды, кейбірі майданға жіберілді.

## The chat: a short text that is not an offer, and the menu's confirmations.
chat-not-an-offer = Бұл ұсынысқа емес, сөзге ұқсайды, сондықтан тексеретін ештеңе жоқ. Ұсынысты тексеру үшін оның толық мәтінін көшіріп қойыңыз немесе хабарламаны басқа чаттан жіберіңіз.
chat-first-question = Бұл – бірінші сұрақ. Төмендегі жауаптардың бірін таңдаңыз.
chat-restart-confirm = Басынан бастайсыз ба? Жауаптарыңыз өшіріледі.
button-yes-restart = Иә, басынан бастау
chat-forgotten-next = Қайта бастау үшін төмендегі түймені басыңыз.
button-start-again = Қайта бастау

## The web page: how to leave no trace.
web-quick-exit-tip = Бұл телефонда із қалмауы үшін бетті жасырын (инкогнито) режимде ашыңыз, кейін браузер тарихын тазалаңыз.

## The name, in the page's script.
brand = Огох
