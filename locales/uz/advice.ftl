# Draft translation, not yet reviewed by a native speaker.
# Maslahatlar: hozir nima qilish kerak. Har biri bitta qisqa xatboshi. Har bir band tadqiqotning
# qaysi qismidan olingani rules/findings/advice.toml faylida uning yonida yozilgan.

advice-dont-sign-unread = Tushunmagan narsangizga imzo qoʻymang. Harbiy shartnoma oddiy blankaga oʻxshashi mumkin.
advice-check-every-page = Imzo qoʻyishdan oldin har bir sahifani oʻqing. Harbiy shartnomani hujjatlar dastasi orasiga yashirishgan yoki uni "deportatsiya hujjatlari" deb atashgan. Agar kimdir "mana bu yerga va bu yerga imzo qoʻying, tezroq" desa, toʻxtang.
advice-ask-interpreter = Agar rus tilini yaxshi tushunmasangiz, tarjimon soʻrang. Sizning tarjimonga haqqingiz bor.
advice-police-phrases = Bu gaplarni rus tilida xotirjam ayting: «Мне нужен адвокат» (Menga advokat kerak). «Сообщите в консульство моей страны» (Mamlakatim konsulligiga xabar bering). «Я ничего не подпишу без переводчика» (Tarjimonsiz hech narsaga imzo qoʻymayman).
advice-ask-lawyer = Ayting: "Menga advokat kerak." Ushlangan paytingizdan boshlab advokatga ega boʻlish huquqingiz bor.
advice-ask-consulate = Ayting: "Konsulligimga xabar bering." Chet el fuqarosi sifatida politsiyadan ushlanganingiz haqida mamlakatingiz konsulligiga xabar berishni soʻrashingiz mumkin. Ular sizga bu huquq haqida aytishi shart.
advice-kg-tell-officials-if-forced = Qirgʻiziston rasmiylari Rossiyadagi ushlab turish markazlarida saqlanayotgan Qirgʻiziston fuqarolarining oldiga borib, ularni majburlashayotgani yoki yoʻqligini soʻraydi. Agar kimdir sizni imzo qoʻyishga majburlasa, ularga ayting.
advice-contact-embassy = Agar kimdir sizga harbiy shartnoma imzolash uchun bosim oʻtkazsa yoki sizni armiyaga chaqiruvchi qogʻozlar kelsa, mamlakatingiz elchixonasi yoki konsulligiga murojaat qiling. Oʻzbekiston va Qirgʻiziston hukumatlari oʻz fuqarolaridan shunday qilishni soʻragan.
advice-relative-ask-government = Agar oila aʼzongiz armiyaga olib ketilgan yoki majburlab yuborilgan boʻlsa, mamlakatingiz Tashqi ishlar vazirligi yoki Rossiyadagi elchixonasiga xabar bering va yordam soʻrang.
advice-no-war-zone-jobs = Maosh yuqori boʻlsa ham, Ukrainaning bosib olingan hududlariga "qurilish" yoki boshqa ishlarga bormang. Odamlarga pul toʻlanmagan, ular hujjatlaridan ayrilgan va frontga yuborilgan.
advice-keep-your-passport = Pasportingizni ish beruvchiga, "menejer"ga yoki yollovchiga bermang. Pasportsiz siz ularga qaram boʻlib qolasiz.
advice-keep-document-copies = Pasportingiz, migratsiya kartangiz, roʻyxatga olish hujjatingiz (registratsiya), toʻlov kvitansiyalari bilan patentingiz va tibbiy sugʻurtangizni oʻzingiz bilan olib yuring. Ularning nusxalarini xavfsiz joyda saqlang.
advice-new-citizen-know-registration = Rossiyaning yangi fuqarolarida harbiy komissariatda hisobga turish uchun qisqa vaqt bor, xolos. Hisobga turmaganlar Rossiya fuqaroligidan ayrilishi mumkin. Bu siz uchun nimani anglatishini advokatdan soʻrang.
advice-talk-to-lawyer-before-going-home = Vataningizga qaytishdan oldin mamlakatingiz qonunlarini biladigan advokat bilan gaplashing. Oʻzbekiston, Qirgʻiziston va Qozogʻistonda urushdan qaytgan erkaklar hibsga olingan va sudlangan.
advice-talk-to-lawyer-at-home = Politsiya bilan yoki sudda gaplashishdan oldin mamlakatingiz qonunlarini biladigan advokat bilan gaplashing. Qaytib kelgan erkaklar sudlangan, lekin Oʻzbekiston sudlari oʻz ixtiyori bilan kelib, aybini tan olganlarga yengilroq jazo bergan.
advice-summons-rules = Chaqiruv qogʻozi (povestka) kelgandan keyin, hatto u elektron boʻlsa ham, Rossiyadan chiqib ketishingiz mumkin emas, agar chaqiruvga kelmasangiz, jarima solinishi mumkin. Agar bunga haqqingiz boʻlsa, harbiy xizmatdan kechiktirish (otsrochka) yoki muqobil fuqarolik xizmatini soʻrashingiz mumkin; quyida koʻrsatilgan tashkilotlar bunda yordam beradi.
