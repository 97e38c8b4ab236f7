# Draft translation, not yet reviewed by a native speaker.
# Suhbat: savollar, tugmalar va qisqa javoblar (Telegram, veb-sahifa, `ogoh chat`).
# Tugma yozuvlari (button-*) 30 ta belgidan oshmasligi kerak.

dialogue-welcome = Ogoh sizga aytadi: agar kimdir urushga qoʻshilishingizni xohlasa, qonun boʻyicha sizga qanday xavf bor, nega va hozir nima qilish kerak. Biz ismingizni soʻramaymiz. Javoblaringizni istalgan vaqtda oʻchirishingiz mumkin.
dialogue-ask-language = Tilni tanlang.
dialogue-ask-country = Qaysi mamlakat fuqarosisiz?
dialogue-ask-russian-citizenship = Sizda Rossiya fuqaroligi bormi?
dialogue-ask-situations = Sizga nima boʻlyapti? Mos keladiganlarning hammasini tanlang, keyin “Tayyor” tugmasini bosing.
dialogue-ask-situations-chosen = Tanlandi: { $count }.
dialogue-ask-age = Yoshingiz nechada? Javob yoshingizga bogʻliq. Bu savolni oʻtkazib yuborishingiz mumkin.
dialogue-ask-offer = Kimdir sizga ish yoki shartnoma haqida taklif, eʼlon yoki xabar yubordimi? Uni shu yerga qoʻying yoki uzating, biz uni tekshiramiz. Biz uni saqlamaymiz. Yoki “Oʻtkazib yuborish” tugmasini bosing.
dialogue-ask-change = Qaysi javobni oʻzgartirmoqchisiz?
dialogue-result-none = Javoblaringiz boʻyicha biz maʼlum huquqiy xavf topmadik. Shunday boʻlsa ham, tushunmagan narsangizga imzo qoʻymang.
dialogue-sources = Manbalar
dialogue-menu = Endi nima qilamiz?
dialogue-contacts-none = Bizda hali mamlakatingiz uchun kontakt yoʻq. Mamlakatingizning Rossiyadagi elchixonasi yoki konsulligiga murojaat qiling.
dialogue-forget-confirm = Ogoh bu suhbat haqida saqlagan hamma narsa oʻchirilsinmi? Buni ortga qaytarib boʻlmaydi.
dialogue-forgotten = Tayyor. Javoblaringizni oʻchirdik.
dialogue-stale = Bu tugma endi ishlamaydi. Toʻxtagan joyingizdan davom etamiz.
dialogue-scanned = Siz yuborgan matnni tekshirdik. Biz uni saqlamaymiz.
dialogue-continue = Endi toʻxtagan joyingizdan davom etamiz.
dialogue-use-buttons = Iltimos, tugmalardan foydalaning yoki tekshirib koʻrishimiz uchun taklif matnini yuboring.
dialogue-too-long = Bu matn juda uzun. Koʻpi bilan 64 KB yuboring.
dialogue-only-text = Men matn, matnli rasm va tugmalarni oʻqiy olaman. Taklifni yozing, shu yerga uzating yoki rasmga olib yuboring, yoki tugmalardan foydalaning.
dialogue-picture-read = Rasmingizdagi matnni oʻqib, tekshirdik. Biz rasmni ham, undagi matnni ham saqlamaymiz.
dialogue-picture-unreadable = Bu rasmdagi matnni yetarlicha oʻqiy olmadik. Yaqinroqdan, toʻgʻri va yorugʻ joyda rasmga olib yuboring yoki matnni qoʻying.
dialogue-picture-busy = Hozir juda koʻp rasm oʻqilyapti. Bir daqiqadan keyin qayta yuboring yoki matnni qoʻying.
dialogue-picture-too-big = Bu rasm juda katta. Kichikrogʻini (10 MB gacha) yuboring yoki matnni qoʻying.
dialogue-picture-not-image = Biz rasm va skrinshotlarni (JPEG, PNG, WebP) oʻqiy olamiz. Uni rasm qilib yuboring yoki matnni qoʻying.
dialogue-picture-too-small = Bu rasm oʻqish uchun juda kichik. Kattaroq, yaqinroqdan olingan rasm yuboring yoki matnni qoʻying.
dialogue-picture-unavailable = Hozir rasmlarni oʻqiy olmaymiz. Iltimos, taklif matnini yozing yoki shu yerga qoʻying.
dialogue-voice = Biz ovozli xabarlarni tinglay olmaymiz. Taklifni soʻz bilan yozing yoki uning rasmini yuboring.
dialogue-edited = Men tahrirlangan xabarlarni oʻqimayman. Matnni yangi xabar qilib qayta yuboring.
dialogue-try-again = Bizda nimadir xato ketdi. Iltimos, bir daqiqadan keyin qayta urinib koʻring.

button-back = ← Orqaga
button-done = Tayyor
button-skip = Oʻtkazib yuborish
button-why = { $n }. Nega?
button-yes-forget = Ha, hammasini oʻchirish
button-no = Yoʻq, orqaga qaytish

button-country-uz = Oʻzbekiston
button-country-tj = Tojikiston
button-country-kg = Qirgʻiziston
button-country-kz = Qozogʻiston
button-country-tm = Turkmaniston
button-country-other = Boshqa mamlakat

button-rc-none = Yoʻq
button-rc-applying = Olish uchun ariza berdim
button-rc-naturalized = Ha, olganman
button-rc-by-birth = Ha, tugʻilganimdan beri

button-situation-offered-contract = Shartnoma taklif qilishdi
button-situation-job-offer-war-zone = Bosib olingan hududda ish
button-situation-pressured = Imzolashga majburlashyapti
button-situation-detained = Politsiya meni ushladi
button-situation-signed-contract = Shartnoma imzoladim
button-situation-served = Urushda xizmat qildim
button-situation-summons = Chaqiruv qogʻozi keldi
button-situation-applying-documents = Hujjat rasmiylashtiryapman
button-situation-relative-recruited = Qarindoshim armiyaga yollandi

button-age-under = { $age } yoshgacha
button-age-range = { $from }–{ $to }
button-age-over = { $age } yosh va undan katta

button-menu-offer = Boshqa taklifni tekshirish
button-menu-change = Javobni oʻzgartirish
button-menu-contacts = Qayerdan yordam olish mumkin
button-menu-language = Til
button-menu-restart = Qaytadan boshlash
button-menu-forget = Meni unuting

button-change-country = Mamlakat
button-change-citizenship = Rossiya fuqaroligi
button-change-situations = Nima boʻlyapti
button-change-age = Yosh
