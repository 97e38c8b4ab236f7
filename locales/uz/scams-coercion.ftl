# Draft translation, not yet reviewed by a native speaker.
# Yollash usullari: majburlash (rules/scams/coercion.toml).

scam-migration-centre-army-recruitment = Bu migratsiya markazida armiyaga yollash. Harbiy shartnoma sizga fuqarolik bermaydi: u faqat ariza berishga imkon beradi, shartnoma esa urush tugaguncha davom etadi. Oʻz mamlakatingizda chet el armiyasiga qoʻshilish jinoyat hisoblanadi.

scam-contract-hidden-in-papers = Migrantlarga harbiy shartnomani ruxsatnoma blankalari orasiga yashirib berishgan yoki uni "deportatsiya hujjatlari" deyishgan. Oʻqimagan va tushunmagan narsangizga imzo qoʻymang. Nusxasini va tarjimon soʻrang.

scam-permit-requires-contract = Migratsiya xodimlari odamlarga yashash uchun ruxsatnoma yoki fuqarolik olish uchun harbiy shartnoma imzolash shart, deb aytgan. 2025-yil noyabridan boshlab farmon haqiqatan ham ariza beradigan 18 yoshdan 65 yoshgacha boʻlgan koʻp erkaklardan buni talab qiladi, lekin u ruxsatnoma berilishini kafolatlamaydi. Shartnoma sizni urush tugaguncha urushga bogʻlab qoʻyadi, oʻz mamlakatingiz esa buni jinoyat deb hisoblaydi.

scam-citizenship-revocation-threat = Yangi fuqarolarni harbiy shartnomaga majburlash uchun Rossiya fuqaroligidan mahrum qilish bilan qoʻrqitishadi. 2024-yildagi qonun harbiy hisobga turmaganlik uchun bunga yoʻl qoʻyadi, lekin hisobga turish shartnoma imzolash degani emas: huquqshunoslarning aytishicha, sizda boshqa fuqarolar kabi harbiy xizmatga chaqiruvdan kechiktirish (otsrochka) va muqobil xizmat huquqlari saqlanadi. Bunday bosim ostida shartnoma imzolamang.

scam-deportation-or-front = Ushlab turilgan migrantlarga koʻpincha deportatsiya yoki harbiy shartnomadan birini tanlashni aytishadi. 2024-yil dekabridan boshlab shartnoma haqiqatan ham deportatsiyani bekor qiladi, lekin u sizni tugash sanasi yoʻq urushga yuboradi, oʻz mamlakatingiz esa buni jinoyat deb hisoblaydi. Biror narsaga imzo qoʻyishdan oldin advokat talab qiling.

scam-violence-to-sign = Politsiya odamlarni shartnoma imzolashga majburlash uchun kaltaklagan, giyohvand modda tashlab qoʻyish yoki jinoiy ish ochish bilan qoʻrqitgan. Shu tarzda imzo qoʻyganlar frontga yuborilgan. Imkon boricha tezroq advokat, huquq himoyasi tashkiloti yoki konsulligingizga xabar bering.

scam-debt-write-off-for-contract = Politsiya va yollovchilar shartnoma imzolasangiz qarzlaringizni toʻlab berishni taklif qiladi. Xabarlarga koʻra, 2024-yildagi qonun faqat 2024-yil 1-dekabrdan oldin sud orqali undirilayotgan, 10 million rublgacha boʻlgan qarzlarni hisobdan chiqaradi; politsiyaning kreditingizni toʻlash haqidagi vaʼdasining qonuniy asosi yoʻq. Shartnoma sizni urushga yuboradi va oʻz mamlakatingizda jinoyat hisoblanadi.

scam-prison-pardon-recruitment = Qamoqxonalarda yollovchilar urushda olti oy boʻlgandan keyin afv yoki ozodlik vaʼda qiladi. Jurnalistlar sanab chiqqan, urushda halok boʻlgan oʻzbek va tojiklarning koʻpchiligi qamoqxonalardan yollangan edi, afvning huquqiy asosi esa noaniq boʻlib kelgan. Jang qilish oʻz mamlakatingizda ham jinoyat.

scam-passport-confiscation = Pasportingizni ish beruvchiga, "menejer"ga yoki yollovchiga bermang. Pasporti olib qoʻyilgan odamlar oʻzlari keta olmagan, baʼzilari esa frontga yuborilgan.

scam-fake-mobilisation-order = 2022-yilda soxta "Ichki ishlar vazirligi buyrugʻi"da shartnomadan bosh tortgan migrantlar ishlash uchun ruxsatnomasidan ayriladi va deportatsiya qilinadi, deyilgan edi; Rossiyaning Toshkentdagi elchixonasi uni soxta deb aytgan. Keyingi baʼzi qoidalar haqiqiy, shuning uchun bunday daʼvoni boshqalardan kelgan xabar bilan emas, rasmiy matn bilan solishtirib tekshiring.
