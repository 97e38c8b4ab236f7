# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.
# Review status of this locale is in status.toml.

label-offer-risk = Бул билдирүүдөгү коркунуч
label-why = Эмне үчүн
label-article = { $article }-берене
label-reported-by = { $publisher } кабарлагандай, { $date }
label-reported-by-undated = { $publisher } кабарлагандай
label-advice = Азыр эмне кылышыңыз керек
label-contacts = Жардамды кайдан сурасаңыз болот
label-evidence = Дал келген сөздөр
scan-nothing-found = Бул текстте аскерге жалдоонун биз билген белгилерин таба алган жокпуз. Бирок бул сунуш коопсуз экенин көрсөтпөйт.
scan-ask-yourself = Бир нерсеге макул болуудан мурун өзүңүздөн сураңыз:
scan-question-contract = Бул армия же кандайдыр бир куралдуу топ менен келишимби?
scan-question-lure = Кол койсоңуз, жарандык, чоң акча же карызыңызды кечүүнү убада кылып жатышабы?
scan-question-pressure = Сизди коркутуп, шаштырып же окууга мүмкүндүк бербей кол койдуруп жатышабы?
scan-verdict-high = Бул Орусиянын армиясына жалдоого окшойт.
scan-verdict-medium = Бул Орусиянын армиясына жалдоо болушу мүмкүн.
scan-verdict-low = Бул текстте Орусиянын армиясына жалдоонун айрым белгилери бар.
scan-more-reasons = Табылган башка белгилер


disclaimer = Бул юристтин кеңеши эмес, маалымат гана. Өз ишиңиз боюнча юристке же өз өлкөңүздүн элчилигине же консулдугуна кайрылыңыз.
contact-verified = Биздин команда { $date } текшерген.
contact-published = { $publisher } { $date } жарыялаган. Маалымат өзгөргөн болушу мүмкүн: ага таянаардан мурун текшериңиз.
contact-published-undated = { $publisher } жарыялаган; датасы белгисиз. Маалымат өзгөргөн болушу мүмкүн: ага таянаардан мурун текшериңиз.
contact-foreign-agent = Орусия бул уюмду «чет өлкөлүк агент» катары тизмеге киргизген. Аны менен байланышуу мыйзамдуу.
