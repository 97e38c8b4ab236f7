# Draft translation, not yet reviewed by a native speaker.
# The answer's shape: the verdict line that leads it, the steps, the details. Also how
# citations are written (article, part, paragraph; dates) and the chat's hints.

## The risk, as the badge over the verdict.
answer-risk-none = Maʼlum xavf yoʻq
answer-risk-low = Past xavf
answer-risk-medium = Oʻrtacha xavf
answer-risk-high = Yuqori xavf
answer-risk-urgent = Shoshilinch: hoziroq harakat qiling
answer-risk-relative = Qarindoshingiz uchun
# Steps beyond the first three, and the findings with their reasons and laws.
answer-more-steps = Boshqa qadamlar
answer-details = Sababi va qonunlar
answer-details-hint = Sababini va qonunlarni oʻqish uchun quyidagi raqamni bosing.

## Citations. Each part is rendered on its own and joined by citation-join.
label-part = { $part }-qism
label-paragraph = { $paragraph }-band
label-subparagraph = «{ $subparagraph }» kichik bandi
citation-join = {" "}
citation-checked = tekshirilgan: { $date }

## Verdict lines: the biggest consequence in one line, leading the answer when the finding of
## the same name (finding-…) comes first. Say who says so where the finding does.
verdict-uz-mercenarism = Oʻzbekistonda: agar pul uchun urushga qoʻshilsangiz, { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-uz-signed = Oʻzbekistonda sizni jinoiy javobgarlikka tortishlari mumkin: { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-tj-mercenarism = Tojikistonda: xabarlarga koʻra, yollanma askarlarga { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-tj-signed = Tojikistonda sizni jinoiy javobgarlikka tortishlari mumkin: xabarlarga koʻra, { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-tj-signed-russian-citizen = Tojikiston qonuni boʻyicha { $min_years } yildan { $max_years } yilgacha qamoq, lekin hozircha birorta ham Rossiya fuqarosi javobgarlikka tortilmagan.
verdict-kg-mercenarism = Qirgʻizistonda: agar harbiy shartnoma imzolasangiz yoki jang qilgani borsangiz, qamoq.
verdict-kg-signed = Qirgʻizistonda sizni jinoiy javobgarlikka tortib, qamoqqa yuborishlari mumkin.
verdict-kg-embassy-warning = Qirgʻiziston elchixonasi ogohlantirgan: { $min_years } yildan { $max_years } yilgacha qamoq va mol-mulkdan ayrilish.
verdict-kz-mercenarism = Qozogʻistonda: agar urushda qatnashsangiz, { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-kz-mercenarism-for-pay = Qozogʻistonda: agar pul uchun jang qilsangiz, kamida { $min_years } yil qamoq.
verdict-kz-signed = Qozogʻistonda sizni jinoiy javobgarlikka tortishlari mumkin: { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-kz-russian-passport-no-shield = Qozogʻistonda Rossiya pasporti boʻlgan bir erkak { $max_years } yil qamoq jazosi olgan.
verdict-tm-mercenarism = Turkmanistonda: qonunning eski tahririga koʻra, yollanma askarlarga { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-uz-relative-recruited = Qarindoshingizga: u qaytib kelganda Oʻzbekistonda { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-tj-relative-recruited = Qarindoshingizga: xabarlarga koʻra, qonun boʻyicha Tojikistonda { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-kg-relative-recruited = Qarindoshingizga: u qaytib kelganda Qirgʻizistonda qamoq.
verdict-kz-relative-recruited = Qarindoshingizga: Qozogʻistonda { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-tm-relative-recruited = Qarindoshingizga: qonunning eski tahririga koʻra, Turkmanistonda { $min_years } yildan { $max_years } yilgacha qamoq.
verdict-detained-pressed-to-sign = Ushlab turilganingizda hech narsaga imzo qoʻymang: shartnoma sizni urushga yuboradi.
verdict-detained-rights = Advokatga ega boʻlish va konsulligingiz bilan bogʻlanish huquqingiz bor.
verdict-detained-charges-dropped-offer = "Imzolasangiz, ayblovlarni olib tashlaymiz" – bu sizni urushga yuboradi.
verdict-detained-deportation-waiver-offer = "Imzolasangiz, sizni deportatsiya qilishmaydi" – bu sizni tugash sanasi boʻlmagan holda urushga yuboradi.
verdict-ru-signed-contract-no-end = Shartnomangiz oʻz sanasida tugamaydi: hoziroq advokat bilan gaplashing va elchixonangizga murojaat qiling.
verdict-war-zone-job-trap = Ukrainaning bosib olingan hududlaridagi ishlar tuzoqdir: pul toʻlanmagan, hujjatlar olib qoʻyilgan, baʼzilar frontga yuborilgan.

## The chat: a short text that is not an offer, and the menu's confirmations.
chat-not-an-offer = Bu taklifga emas, soʻzga oʻxshaydi, shuning uchun tekshiradigan narsa yoʻq. Taklifni tekshirish uchun uning butun matnini qoʻying yoki xabarni uzating.
chat-first-question = Bu birinchi savol. Quyidagi javoblardan birini tanlang.
chat-restart-confirm = Qaytadan boshlaysizmi? Javoblaringiz oʻchiriladi.
button-yes-restart = Ha, qaytadan boshlash
chat-forgotten-next = Qaytadan boshlash uchun quyidagi tugmani bosing.
button-start-again = Qaytadan boshlash

## The web page: how to leave no trace.
web-quick-exit-tip = Bu telefonda iz qolmasligi uchun sahifani maxfiy (inkognito) rejimda oching, keyin brauzer tarixini tozalang.

## The name, in the page's script.
brand = Ogoh
