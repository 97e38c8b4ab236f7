# Draft translation, not yet reviewed by a native speaker.
# The answer's shape: the verdict line that leads it, the steps, the details. Also how
# citations are written (article, part, paragraph; dates) and the chat's hints.

## The risk, as the badge over the verdict.
answer-risk-none = Хатари маълум нест
answer-risk-low = Хатари паст
answer-risk-medium = Хатари миёна
answer-risk-high = Хатари баланд
answer-risk-urgent = Фаврӣ: ҳозир амал кунед
answer-risk-relative = Барои хеши шумо
# Steps beyond the first three, and the findings with their reasons and laws.
answer-more-steps = Қадамҳои дигар
answer-details = Сабаб ва қонунҳо
answer-details-hint = Барои хондани сабаб ва қонунҳо рақамеро дар поён пахш кунед.

## Citations. Each part is rendered on its own and joined by citation-join.
label-part = қисми { $part }
label-paragraph = банди { $paragraph }
label-subparagraph = зербанди «{ $subparagraph }»
citation-join = {", "}
citation-checked = санҷида шуд { $date }

## Verdict lines: the biggest consequence in one line, leading the answer when the finding of
## the same name (finding-…) comes first. Say who says so where the finding does.
verdict-uz-mercenarism = Дар Ӯзбекистон: агар барои пул ба ҷанг равед, аз { $min_years } то { $max_years } сол зиндон.
verdict-uz-signed = Дар Ӯзбекистон шуморо ба ҷавобгарии ҷиноятӣ кашида метавонанд: аз { $min_years } то { $max_years } сол зиндон.
verdict-tj-mercenarism = Дар Тоҷикистон: тибқи хабарҳо, барои зархаридон аз { $min_years } то { $max_years } сол зиндон.
verdict-tj-signed = Дар Тоҷикистон шуморо ба ҷавобгарии ҷиноятӣ кашида метавонанд: тибқи хабарҳо, аз { $min_years } то { $max_years } сол зиндон.
verdict-tj-signed-russian-citizen = Тибқи қонуни Тоҷикистон аз { $min_years } то { $max_years } сол зиндон, вале то ҳол ягон шаҳрванди Русияро ба ҷавобгарӣ накашидаанд.
verdict-kg-mercenarism = Дар Қирғизистон: агар шартномаи ҳарбӣ имзо кунед ё ба ҷанг равед, зиндон.
verdict-kg-signed = Дар Қирғизистон шуморо метавонанд ба ҷавобгарии ҷиноятӣ кашанд ва ба зиндон фиристанд.
verdict-kg-embassy-warning = Сафорати Қирғизистон огоҳ кард: аз { $min_years } то { $max_years } сол зиндон ва аз даст додани молу мулк.
verdict-kz-mercenarism = Дар Қазоқистон: агар дар ҷанг иштирок кунед, аз { $min_years } то { $max_years } сол зиндон.
verdict-kz-mercenarism-for-pay = Дар Қазоқистон: агар барои пул ҷангед, на камтар аз { $min_years } сол зиндон.
verdict-kz-signed = Дар Қазоқистон шуморо ба ҷавобгарии ҷиноятӣ кашида метавонанд: аз { $min_years } то { $max_years } сол зиндон.
verdict-kz-russian-passport-no-shield = Дар Қазоқистон марде, ки шиносномаи Русия дошт, ба { $max_years } сол зиндон маҳкум шуд.
verdict-tm-mercenarism = Дар Туркманистон: тибқи таҳрири кӯҳнаи қонун, барои зархаридон аз { $min_years } то { $max_years } сол зиндон.
verdict-uz-relative-recruited = Барои хеши шумо: ҳангоми баргаштан дар Ӯзбекистон аз { $min_years } то { $max_years } сол зиндон.
verdict-tj-relative-recruited = Барои хеши шумо: тибқи хабарҳо, аз рӯи қонун дар Тоҷикистон аз { $min_years } то { $max_years } сол зиндон.
verdict-kg-relative-recruited = Барои хеши шумо: ҳангоми баргаштан дар Қирғизистон зиндон.
verdict-kz-relative-recruited = Барои хеши шумо: дар Қазоқистон аз { $min_years } то { $max_years } сол зиндон.
verdict-tm-relative-recruited = Барои хеши шумо: тибқи таҳрири кӯҳнаи қонун, дар Туркманистон аз { $min_years } то { $max_years } сол зиндон.
verdict-detained-pressed-to-sign = Ҳангоми боздошт ҳеҷ чиз имзо накунед: шартнома шуморо ба ҷанг мефиристад.
verdict-detained-rights = Шумо ба адвокат ва ба тамос бо консулгарии худ ҳақ доред.
verdict-detained-charges-dropped-offer = «Агар имзо кунед, айбро бекор мекунем» – ин шуморо ба ҷанг мефиристад.
verdict-detained-deportation-waiver-offer = «Агар имзо кунед, депортатсия намекунем» – ин шуморо бе санаи анҷом ба ҷанг мефиристад.
verdict-ru-signed-contract-no-end = Шартномаи шумо дар санаи худ ба охир намерасад: ҳозир бо ҳуқуқшинос маслиҳат кунед ва бо сафорати худ тамос гиред.
verdict-war-zone-job-trap = Кор дар қисмҳои ишғолшудаи Украина дом аст: пул напардохтанд, ҳуҷҷатҳоро гирифтанд, баъзеҳоро ба фронт фиристоданд.

## The chat: a short text that is not an offer, and the menu's confirmations.
chat-not-an-offer = Ин ба калима монанд аст, на ба пешниҳод, бинобар ин чизе барои санҷидан нест. Барои санҷидани пешниҳод тамоми матни онро гузоред ё паёмро ба ин ҷо фиристед (форвард кунед).
chat-first-question = Ин саволи аввал аст. Дар поён ҷавоберо интихоб кунед.
chat-restart-confirm = Аз нав сар кунем? Ҷавобҳои шумо нест карда мешаванд.
button-yes-restart = Бале, аз нав сар кардан
chat-forgotten-next = Барои аз нав сар кардан тугмаи поёнро пахш кунед.
button-start-again = Аз нав сар кардан

## The web page: how to leave no trace.
web-quick-exit-tip = Барои он ки дар ин телефон из намонад, саҳифаро дар ҳолати махфӣ (инкогнито) кушоед ва баъд таърихи браузерро тоза кунед.

## The name, in the page's script.
brand = Огоҳ
