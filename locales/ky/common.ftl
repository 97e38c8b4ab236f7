# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.
# Review status of this locale is in status.toml.

label-risk = Сиздин тобокелдигиңиз
label-offer-risk = Бул билдирүүдөгү коркунуч
label-why = Эмне үчүн
label-article = { $article }-берене
label-checked-on = текшерилген
label-advice = Азыр эмне кылышыңыз керек
label-contacts = Жардамды кайдан сурасаңыз болот
label-evidence = Дал келген сөздөр
scan-nothing-found = Бул текстте аскерге жалдоонун белгилүү айла-амалдарын таба алган жокпуз. Баары бир, түшүнбөгөн нерсеңизге кол койбоңуз.

risk-none = белгилүү тобокелдик жок
risk-low = төмөн
risk-medium = орточо
risk-high = жогору
risk-urgent = шашылыш: азыр аракет кылыңыз

disclaimer = Бул юристтин кеңеши эмес, маалымат гана. Өз ишиңиз боюнча юристке же өз өлкөңүздүн элчилигине же консулдугуна кайрылыңыз.
