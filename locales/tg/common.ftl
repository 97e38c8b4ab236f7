# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.

label-risk = Хатари шумо
label-offer-risk = Хатар дар ин паём
label-why = Чаро
label-article = моддаи { $article }
label-checked-on = санҷида шуд
label-advice = Ҳозир чӣ бояд кард
label-contacts = Аз куҷо кӯмак гирифтан мумкин аст
label-evidence = Калимаҳои мувофиқ
scan-nothing-found = Мо дар ин матн найрангҳои маълуми ҷалб ба артишро наёфтем. Бо вуҷуди ин, ҳеҷ чизеро, ки намефаҳмед, имзо накунед.

risk-none = хатари маълум нест
risk-low = паст
risk-medium = миёна
risk-high = баланд
risk-urgent = фаврӣ: ҳозир амал кунед

disclaimer = Ин маълумот аст, на маслиҳати ҳуқуқшинос. Барои парвандаи худ аз ҳуқуқшинос ё аз сафорат ё консулгарии кишвари худ пурсед.
