# Draft translation, not yet reviewed by a native speaker.
# Veb-sahifa (Telegramdan foydalanib boʻlmaganda). Qisqa va oddiy: u arzon telefonlarda,
# baʼzan shoshilib oʻqiladi.

web-title = Ogoh: huquqiy xavfingizni tekshiring
web-intro = Agar kimdir urushga qoʻshilishingizni xohlasa, qonun boʻyicha sizga qanday xavf borligini va hozir nima qilish kerakligini bilish uchun bir nechta savolga javob bering. Siz kiritgan hech narsa saqlanmaydi.
web-quick-exit = Bu sahifadan hoziroq chiqish
web-choose-language = Tilni tanlang
web-situations = Sizga nima boʻlyapti? Mos keladiganlarning hammasini belgilang.
web-age = Yoshingiz (boʻsh qoldirishingiz mumkin)
web-offer = Kimdir sizga taklif, eʼlon yoki xabar yubordimi? Tekshirish uchun uni shu yerga qoʻying. U saqlanmaydi.
web-submit = Xavfimni koʻrsatish
web-check-title = Xabarni tekshirish
web-check-intro = Sizga kelgan taklif, eʼlon yoki xabarni shu yerga qoʻying. Biz unda maʼlum yollash hiylalari bor-yoʻqligini tekshiramiz. U saqlanmaydi.
web-check-photo = Yoki uning rasmi yoki skrinshotini tanlang (JPEG, PNG yoki WebP, 10 MB gacha). U saqlanmaydi.
web-check-submit = Xabarni tekshirish
web-again = Javoblarimni oʻzgartirish
web-error-citizenship = Iltimos, mamlakatingizni tanlang.
web-error-age = Iltimos, yoshingizni 10 dan 100 gacha boʻlgan son bilan yozing yoki boʻsh qoldiring.
web-error-form = Shaklda nimadir notoʻgʻri edi. Iltimos, tekshirib, qayta urinib koʻring.
web-error-too-long = Bu matn juda uzun. Koʻpi bilan 64 KB qoʻying.
web-not-found = Bunday sahifa yoʻq.
