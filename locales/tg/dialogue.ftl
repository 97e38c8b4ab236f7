# Draft translation, not yet reviewed by a native speaker.
# The conversation: questions, buttons and short replies (Telegram, web page, `ogoh chat`).
# Button labels (button-*) must stay within 30 characters.

dialogue-welcome = Огоҳ ба шумо мегӯяд, ки агар касе хоҳад, ки шумо ба ҷанг равед, шумо ба кадом хатари ҳуқуқӣ дучор мешавед, чаро ва ҳозир чӣ бояд кард. Мо номи шуморо намепурсем. Шумо метавонед ҷавобҳои худро дар ҳар вақт нест кунед.
dialogue-ask-language = Забони худро интихоб кунед.
dialogue-ask-country = Шумо шаҳрванди кадом кишвар ҳастед?
dialogue-ask-russian-citizenship = Оё шумо шаҳрвандии Русия доред?
dialogue-ask-situations = Бо шумо чӣ рӯй дода истодааст? Ҳар чизеро, ки мувофиқ аст, интихоб кунед, баъд тугмаи «Тайёр»-ро пахш кунед.
dialogue-ask-situations-chosen = Интихоб шуд: { $count }.
dialogue-ask-age = Шумо чандсолаед? Ҷавоби мо ба синну соли шумо вобаста аст. Аз ин савол гузаштан мумкин аст.
dialogue-ask-offer = Оё касе ба шумо пешниҳод, эълон ё паём дар бораи кор ё шартнома фиристодааст? Онро ин ҷо гузоред ё ба ин ҷо фиристед (форвард кунед), мо онро месанҷем. Мо онро нигоҳ намедорем. Ё тугмаи «Гузаштан»-ро пахш кунед.
dialogue-ask-change = Кадом ҷавобро тағйир додан мехоҳед?
dialogue-result-none = Барои ҷавобҳои шумо мо ягон хатари ҳуқуқии маълум наёфтем. Бо вуҷуди ин, ҳеҷ чизеро, ки намефаҳмед, имзо накунед.
dialogue-sources = Манбаъҳо
dialogue-menu = Акнун чӣ кор кунем?
dialogue-contacts-none = Мо ҳоло барои кишвари шумо суроғаи тамос надорем. Бо сафорат ё консулгарии кишвари худ дар Русия тамос гиред.
dialogue-forget-confirm = Ҳама чизеро, ки Огоҳ дар бораи ин сӯҳбат нигоҳ медорад, нест кунем? Инро баргардонидан мумкин нест.
dialogue-forgotten = Тайёр. Мо ҷавобҳои шуморо нест кардем.
dialogue-stale = Ин тугма дигар кор намекунад. Аз ҳамон ҷое, ки будед, идома медиҳем.
dialogue-scanned = Мо матни фиристодаи шуморо санҷидем. Мо онро нигоҳ намедорем.
dialogue-continue = Акнун аз ҳамон ҷое, ки будед, идома медиҳем.
dialogue-use-buttons = Лутфан тугмаҳоро истифода баред ё матни пешниҳодро фиристед, то мо онро санҷем.
dialogue-too-long = Ин матн хеле дароз аст. На бештар аз 64 КБ фиристед.
dialogue-only-text = Ман матн, сурати матн ва тугмаҳоро хонда метавонам. Пешниҳодро нависед, ба ин ҷо фиристед (форвард кунед) ё аз он сурат гирифта фиристед, ё тугмаҳоро истифода баред.
dialogue-picture-read = Мо матни сурати шуморо хондем ва санҷидем. Мо на суратро нигоҳ медорем, на матни онро.
dialogue-picture-unreadable = Мо дар ин сурат матни кофӣ хонда натавонистем. Аз наздиктар, рост ва дар ҷои равшан сурат гирифта фиристед ё матнро ин ҷо гузоред.
dialogue-picture-busy = Ҳозир суратҳои бисёр хонда мешаванд. Баъд аз як дақиқа онро боз фиристед ё матнро ин ҷо гузоред.
dialogue-picture-too-big = Ин сурат хеле калон аст. Сурати хурдтар (то 10 МБ) фиристед ё матнро ин ҷо гузоред.
dialogue-picture-not-image = Мо сурат ва скриншотҳоро (JPEG, PNG, WebP) хонда метавонем. Онро ҳамчун сурат фиристед ё матнро ин ҷо гузоред.
dialogue-picture-too-small = Ин сурат барои хондан хеле хурд аст. Сурати калонтар ва аз наздиктар гирифташударо фиристед ё матнро ин ҷо гузоред.
dialogue-picture-unavailable = Ҳозир мо суратҳоро хонда наметавонем. Лутфан матни пешниҳодро нависед ё ин ҷо гузоред.
dialogue-voice = Мо паёмҳои овозиро гӯш карда наметавонем. Суханони пешниҳодро нависед ё сурати онро фиристед.
dialogue-edited = Ман паёмҳои тағйирдодашударо намехонам. Матнро ҳамчун паёми нав боз фиристед.
dialogue-try-again = Дар тарафи мо хатое рух дод. Лутфан баъд аз як дақиқа боз кӯшиш кунед.

button-back = ← Бозгашт
button-done = Тайёр
button-skip = Гузаштан
button-why = { $n }. Чаро?
button-yes-forget = Бале, ҳамаашро нест кунед
button-no = Не, бозгашт

button-country-uz = Ӯзбекистон
button-country-tj = Тоҷикистон
button-country-kg = Қирғизистон
button-country-kz = Қазоқистон
button-country-tm = Туркманистон
button-country-other = Кишвари дигар

button-rc-none = Не
button-rc-applying = Ариза дода истодаам
button-rc-naturalized = Бале, гирифтаам
button-rc-by-birth = Бале, аз рӯи таваллуд

button-situation-offered-contract = Шартнома пешниҳод карданд
button-situation-job-offer-war-zone = Кор дар қисмҳои ишғолшуда
button-situation-pressured = Ба имзо фишор меоранд
button-situation-detained = Полис маро боздошт кард
button-situation-signed-contract = Ман шартнома имзо кардам
button-situation-served = Ман дар ҷанг хизмат кардам
button-situation-summons = Ман даъватнома гирифтам
button-situation-applying-documents = Барои ҳуҷҷатҳо ариза медиҳам
button-situation-relative-recruited = Хешамро ба артиш ҷалб карданд

button-age-under = Камтар аз { $age } сол
button-age-range = { $from }–{ $to }
button-age-over = { $age } сол ва калонтар

button-menu-offer = Санҷидани пешниҳоди дигар
button-menu-change = Тағйир додани ҷавоб
button-menu-contacts = Аз куҷо кӯмак гирифтан
button-menu-language = Забон
button-menu-restart = Аз нав сар кардан
button-menu-forget = Маро фаромӯш кунед

button-change-country = Кишвар
button-change-citizenship = Шаҳрвандии Русия
button-change-situations = Чӣ рӯй дода истодааст
button-change-age = Синну сол
