# Draft translation, not yet reviewed by a native speaker.
# The answer's shape: the verdict line that leads it, the steps, the details. Also how
# citations are written (article, part, paragraph; dates) and the chat's hints.

## The risk, as the badge over the verdict.
answer-risk-none = Белгилүү тобокелдик жок
answer-risk-low = Тобокелдик төмөн
answer-risk-medium = Тобокелдик орточо
answer-risk-high = Тобокелдик жогору
answer-risk-urgent = Шашылыш: азыр аракет кылыңыз
answer-risk-relative = Тууганыңыз үчүн
# Steps beyond the first three, and the findings with their reasons and laws.
answer-more-steps = Башка кадамдар
answer-details = Себеби жана мыйзамдар
answer-details-hint = Себебин жана мыйзамдарды окуу үчүн төмөндөгү номерди басыңыз.

## Citations. Each part is rendered on its own and joined by citation-join.
label-part = { $part }-бөлүк
label-paragraph = { $paragraph }-пункт
label-subparagraph = «{ $subparagraph }» пунктча
citation-join = {" "}
citation-checked = текшерилген: { $date }

## Verdict lines: the biggest consequence in one line, leading the answer when the finding of
## the same name (finding-…) comes first. Say who says so where the finding does.
verdict-uz-mercenarism = Өзбекстанда: акча үчүн согушка барсаңыз, { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-uz-signed = Өзбекстанда кылмыш жоопкерчилигине тартылышыңыз мүмкүн: { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-tj-mercenarism = Тажикстанда: кабарларга караганда, жалданма аскерлерге { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-tj-signed = Тажикстанда кылмыш жоопкерчилигине тартылышыңыз мүмкүн: кабарларга караганда, { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-tj-signed-russian-citizen = Тажикстандын мыйзамы боюнча { $min_years } жылдан { $max_years } жылга чейин түрмө, бирок азырынча Орусиянын бир да жараны жоопкерчиликке тартыла элек.
verdict-kg-mercenarism = Кыргызстанда: аскердик келишимге кол койсоңуз же согушка барсаңыз, түрмө.
verdict-kg-signed = Кыргызстанда кылмыш жоопкерчилигине тартылып, түрмөгө кесилишиңиз мүмкүн.
verdict-kg-embassy-warning = Кыргызстандын элчилиги эскерткен: { $min_years } жылдан { $max_years } жылга чейин түрмө жана мүлктөн ажыратуу.
verdict-kz-mercenarism = Казакстанда: согушка катышсаңыз, { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-kz-mercenarism-for-pay = Казакстанда: акча үчүн согушсаңыз, кеминде { $min_years } жыл түрмө.
verdict-kz-signed = Казакстанда кылмыш жоопкерчилигине тартылышыңыз мүмкүн: { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-kz-russian-passport-no-shield = Казакстанда Орусиянын паспорту бар бир эркек { $max_years } жылга түрмөгө кесилген.
verdict-tm-mercenarism = Түркмөнстанда: мыйзамдын эски редакциясы боюнча, жалданма аскерлерге { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-uz-relative-recruited = Тууганыңызга: ал кайтып келгенде Өзбекстанда { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-tj-relative-recruited = Тууганыңызга: кабарларга караганда, мыйзам боюнча Тажикстанда { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-kg-relative-recruited = Тууганыңызга: ал кайтып келгенде Кыргызстанда түрмө.
verdict-kz-relative-recruited = Тууганыңызга: Казакстанда { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-tm-relative-recruited = Тууганыңызга: мыйзамдын эски редакциясы боюнча, Түркмөнстанда { $min_years } жылдан { $max_years } жылга чейин түрмө.
verdict-detained-pressed-to-sign = Кармалган учурда эч нерсеге кол койбоңуз: келишим сизди согушка жөнөтөт.
verdict-detained-rights = Адвокатка жана консулдугуңуз менен байланышууга укугуңуз бар.
verdict-detained-charges-dropped-offer = «Кол койсоңуз, айыптоону алып салабыз» – бул сизди согушка жөнөтөт.
verdict-detained-deportation-waiver-offer = «Кол койсоңуз, депортацияланбайсыз» – бул сизди аяктоо мөөнөтү жок согушка жөнөтөт.
verdict-ru-signed-contract-no-end = Келишимиңиз көрсөтүлгөн датада бүтпөйт: азыр эле юрист менен сүйлөшүп, элчилигиңизге кайрылыңыз.
verdict-war-zone-job-trap = Украинанын басып алынган аймактарындагы жумуштар – тузак: акча төлөнгөн эмес, документтер алынып коюлган, айрымдары фронтко жөнөтүлгөн.

## The chat: a short text that is not an offer, and the menu's confirmations.
chat-not-an-offer = Бул сунушка эмес, сөзгө окшойт, ошондуктан текшере турган эч нерсе жок. Сунушту текшерүү үчүн анын толук текстин көчүрүп салыңыз же билдирүүнү башка чаттан жөнөтүп жибериңиз.
chat-first-question = Бул – биринчи суроо. Төмөндөгү жооптордун бирин тандаңыз.
chat-restart-confirm = Башынан баштайсызбы? Жоопторуңуз өчүрүлөт.
button-yes-restart = Ооба, башынан баштоо
chat-forgotten-next = Кайра баштоо үчүн төмөндөгү баскычты басыңыз.
button-start-again = Кайра баштоо

## The web page: how to leave no trace.
web-quick-exit-tip = Бул телефондо из калбашы үчүн баракты жашыруун (инкогнито) режимде ачыңыз, андан кийин браузердин тарыхын тазалаңыз.

## The name, in the page's script.
brand = Огох
