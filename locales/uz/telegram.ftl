# Draft translation, not yet reviewed by a native speaker.
# Telegram boti: faqat Telegram uchun kerak boʻlgan narsalar (buyruqlar menyusi, maslahatlar, xabarlarni oʻchirish).
# Buyruq tavsiflari (command-*) Telegram buyruqlar menyusida koʻrinadi: ularni qisqa yozing.
# Tugma yozuvlari (button-*) 30 ta belgidan oshmasligi kerak.

command-start = Boshidan boshlash
command-language = Tilni oʻzgartirish
command-check = Taklif yoki eʼlonni tekshirish
command-restart = Yangi javoblar bilan qaytadan boshlash
command-forget = Javob va xabarlarimni oʻchirish
command-help = Bu bot nima qiladi

telegram-private-only = Men faqat shaxsiy suhbatda javob beraman, shunda javoblaringizni boshqa hech kim koʻrmaydi. Men bilan shaxsiy suhbatni oching.
button-open-private = Shaxsiy suhbatni ochish
telegram-slow-down = Siz xabarlarni juda tez yuboryapsiz. Bir daqiqa kuting, keyin qayta yuboring.
telegram-forget-deleted = Bu suhbatdan oʻchirilgan xabarlar: { $count }.
telegram-forget-not-deleted = Men oʻchira olmagan xabarlar: { $count }. Telegram botga faqat oxirgi 48 soatdagi xabarlarni oʻchirishga ruxsat beradi.
telegram-forget-delete-chat = Telefoningizdan hammasini olib tashlash uchun bu suhbatni oʻchiring: suhbat menyusini oching va “Chatni oʻchirish” bandini tanlang.
