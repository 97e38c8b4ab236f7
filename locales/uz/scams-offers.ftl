# Draft translation, not yet reviewed by a native speaker.
# Yollash usullari: takliflar va aldovlar (rules/scams/offers.toml).

scam-fake-lawyer-citizenship-contract = Oʻzini immigratsiya advokati deb ataydigan odamlar, harbiy shartnoma imzolasangiz, Rossiya fuqaroligini tezlashtirib berishni vaʼda qilgan. Bu yolgʻon: shartnoma faqat ariza berishga imkon beradi, fuqarolik bermaydi. Imzolamang; chet el armiyasiga qoʻshilish oʻz mamlakatingizda jinoyat.

scam-recruitment-point-leaflet = Bu armiyaga yollash: pul va tez fuqarolik vaʼda qiladigan chodirlar, koʻcha stendlari va varaqalar. Shartnoma urush tugaguncha davom etadi, oʻz mamlakatingiz esa qoʻshilishni jinoyat deb hisoblaydi. U yerda hech narsaga imzo qoʻymang.

scam-serve-and-earn-message = "Armiyada xizmat qiling va pul ishlang" degan xabarlar, blogerlar va kanallar urushga yollamoqda. Vaʼda qilingan pul koʻpincha toʻliq toʻlanmaydi, shartnoma esa urush tugaguncha davom etadi. Oʻz mamlakatingizda qoʻshilish jinoyat hisoblanadi.

scam-mosque-diaspora-recruitment = Yollovchilar masjidlarda chiqish qilgan, baʼzi diaspora rahbarlari esa migrantlarni burch sifatida armiyaga qoʻshilishga chaqirgan. Baribir bu urush tugaguncha davom etadigan harbiy shartnoma, Oʻzbekiston rasmiylari esa bu vatanda jinoiy javobgarlikka olib kelishini ogohlantirgan. Rahbar yoki imom soʻragani uchun imzo qoʻymang.

scam-guard-job-bait-switch = Qoʻriqchi ishi haqidagi eʼlonlar odamlar javob bergandan keyin "maxsus operatsiya hududida vazifalarni bajarish" taklifiga aylangan, jarohat uchun hech qanday toʻlov vaʼda qilinmagan. Agar ish armiya yoki "SVO" ishiga aylansa, bu urushga yollash. Bormang va imzo qoʻymang.

scam-rear-job-occupied-territory = Mariupol va Ukrainaning boshqa bosib olingan hududlaridagi ishlar ikki baravar maosh vaʼda qiladi, lekin ishchilarning aytishicha, maosh kamaytirilgan yoki toʻlanmagan, baʼzilarining hujjatlari olib qoʻyilib, frontga yuborilgan. Ukraina u yerda ishlashni noqonuniy deb hisoblaydi. Pasportingizni hech qachon ish beruvchiga bermang.

scam-trench-digging-job = Xandaq qazish yoki istehkom qurish urush ishidir. Ishchilar oʻqqa tutilish, tahdidlar va toʻlanmagan maosh haqida gapirgan, baʼzilariga harbiy shartnoma imzolash uchun bosim oʻtkazilgan. Bu ishga kirmang.

scam-noncombat-role-promise = Yollovchilar sizga haydovchi yoki texnika taʼmirlovchi boʻlasiz yoki orqada qolasiz, deb vaʼda qiladi. Bunga ishongan odamlar juda qisqa tayyorgarlikdan keyin front chizigʻiga yuborilgan. Bunday vaʼdalarga ishonmang va imzo qoʻymang.

scam-short-contract-promise = "3 oyga", "6 oyga" yoki "atigi bir yilga" tuziladigan harbiy shartnoma koʻringanidek emas: 2022-yil sentyabridan beri shartnomalar urush tugaguncha davom etadi. Vaʼda qilingan muddat tugaganda keta olmaysiz.

scam-citizenship-timeline-promise = Shartnoma uchun Rossiya fuqaroligini "3 oyda", "6 oyda" yoki "oson" berish haqidagi vaʼdalar yolgʻon. Shartnoma faqat ariza berish huquqini beradi; fuqarolik avtomatik emas va kafolatlanmagan. Chet el armiyasiga qoʻshilish oʻz mamlakatingizda jinoyat.

scam-military-money-offer = Shartnoma imzolaganlik uchun beriladigan katta pullar va maoshlar aldash uchun xoʻrakdir. Bu toʻlovlar hududga qarab farq qiladi va kamaytirilgan, koʻplab yollanganlar vaʼda qilingan pulni olmagan. Shartnoma baribir urush tugaguncha davom etadi va oʻz mamlakatingizda jinoyat hisoblanadi.

scam-student-recruitment = Chet ellik talabalar nishonga olinmoqda: ularga "oʻqishdan ajralmagan holda xizmat" kabi armiya takliflari beriladi, hujjat muammolari orqali bosim oʻtkaziladi. Imzolamang. Hujjatlaringizda muammo boʻlsa, universitetingiz va advokatdan yordam soʻrang.

scam-job-in-russia-military-ad = Harbiy shartnoma boʻlib chiqadigan "Rossiyada yuqori maoshli ish" urushga yollashdir. Mediazona xabariga koʻra, Qozogʻiston 2025-yilda jang qilgani borgan odamlarga qarshi yuzlab jinoiy ish qoʻzgʻatgan, Oʻzbekistonning mehnat migratsiyasi agentligi esa odamlardan chet eldagi norasmiy ish eʼlonlariga ishonmaslikni soʻraydi.

scam-resembles-recruitment = Bu matn bizga maʼlum yollash xabarlariga oʻxshaydi, lekin bizdagi usullarning birortasiga ham aniq mos kelmaydi. Eng oʻxshash usul:
