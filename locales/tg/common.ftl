# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.

label-offer-risk = Хатар дар ин паём
label-why = Чаро
label-article = моддаи { $article }
label-reported-by = тибқи хабари { $publisher }, { $date }
label-reported-by-undated = тибқи хабари { $publisher }
label-advice = Ҳозир чӣ бояд кард
label-contacts = Аз куҷо кӯмак гирифтан мумкин аст
label-evidence = Калимаҳои мувофиқ
scan-nothing-found = Мо дар ин матн аломатҳои маълуми ҷалб ба артишро наёфтем. Аммо ин маънои онро надорад, ки пешниҳод бехатар аст.
scan-ask-yourself = Пеш аз он ки ба чизе розӣ шавед, аз худ пурсед:
scan-question-contract = Оё ин шартнома бо артиш ё ягон гурӯҳи мусаллаҳ аст?
scan-question-lure = Оё барои имзо ба шумо шаҳрвандӣ, пули калон ё бахшидани қарзро ваъда медиҳанд?
scan-question-pressure = Оё аз шумо мехоҳанд, ки зери таҳдид, бо шитоб ё нахонда имзо кунед?
scan-verdict-high = Ин ба ҷалб ба артиши Русия монанд аст.
scan-verdict-medium = Ин метавонад ҷалб ба артиши Русия бошад.
scan-verdict-low = Дар ин матн баъзе аломатҳои ҷалб ба артиши Русия ҳаст.
scan-more-reasons = Аломатҳои дигари ёфтшуда


disclaimer = Ин маълумот аст, на маслиҳати ҳуқуқшинос. Барои парвандаи худ аз ҳуқуқшинос ё аз сафорат ё консулгарии кишвари худ пурсед.
contact-verified = Дастаи мо { $date } санҷидааст.
contact-published = Аз ҷониби { $publisher } { $date } нашр шудааст. Маълумот метавонад тағйир ёфта бошад: пеш аз он ки ба он такя кунед, онро санҷед.
contact-published-undated = Аз ҷониби { $publisher } нашр шудааст; сана маълум нест. Маълумот метавонад тағйир ёфта бошад: пеш аз он ки ба он такя кунед, онро санҷед.
contact-foreign-agent = Русия ин созмонро ҳамчун «агенти хориҷӣ» ба рӯйхат гирифтааст. Тамос гирифтан бо он қонунӣ аст.
