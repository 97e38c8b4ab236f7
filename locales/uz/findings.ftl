# Draft translation, not yet reviewed by a native speaker.
# Xulosalar: qonun inson uchun nimani anglatadi. Har bir xabarda .title, .text va .why bor.
# Oʻzgaruvchilar xulosa tayanadigan qonunlardan olinadi (rules/findings/*.toml).
# Qiymat qonun matnidan emas, xabarlardan olingan boʻlsa, "rasmiylarning aytishicha" yoki "xabarlarga koʻra" deb yozing.

## Vatan davlatlari: urushga qoʻshilish

finding-uz-mercenarism =
    .title = Urushga qoʻshilish Oʻzbekistonda jinoyat
    .text = Agar Rossiya tomonida pul uchun urushda jang qilsangiz, Oʻzbekiston qonuni buni yollanma askarlik deb hisoblaydi: prokurorlarning aytishicha, { $min_years } yildan { $max_years } yilgacha qamoq. Jang qilmasdan chet el armiyasiga qoʻshilishning oʻzi ham jarima yoki axloq tuzatish ishlari bilan jazolanadi.
    .why = Oʻzbekiston Jinoyat kodeksining 154-moddasi yollanma askarlikni, yaʼni chet eldagi urushda pul uchun qatnashishni jazolaydi. 154-1-modda chet el armiyasi yoki xavfsizlik xizmatiga qoʻshilishni jazolaydi: bazaviy hisoblash miqdorining { $max_fine } baravarigacha jarima yoki axloq tuzatish ishlari. Oʻzbekiston rasmiylari 2022-yildan beri bu haqda koʻp marta ogohlantirgan.

finding-uz-signed =
    .title = Xavf: Oʻzbekistonda sizni jinoiy javobgarlikka tortishlari mumkin
    .text = Siz shartnoma imzolagansiz yoki urushda qatnashgansiz: Oʻzbekistonda bu jinoyat. Rasmiylarning aytishicha, yollanma askarlik { $min_years } yildan { $max_years } yilgacha qamoq bilan jazolanadi.
    .why = Oʻzbekiston Jinoyat kodeksining 154-moddasi chet eldagi urushda pul uchun qatnashishni jazolaydi. 154-1-modda chet el armiyasiga qoʻshilishni ham jazolaydi. Oʻzbekiston rasmiylari qatnashgan har bir kishi javobgarlikka tortilishini aytgan.

finding-uz-returnee-sentences =
    .title = Oʻzbekiston sudlari qaytib kelgan erkaklarni hukm qilgan
    .text = Bu urushdan qaytib kelgan erkaklar Oʻzbekistonda sudlangan. Eng yengil jazo shartli jazo yoki "ozodlikni cheklash", eng ogʻiri esa koloniyada { $max_years } yil qamoq boʻlgan.
    .why = 2024 va 2025-yillardagi sud ishlari haqidagi yangiliklar. Oʻz ixtiyori bilan qaytib kelib, aybini tan olgan erkaklarga sudlar yengilroq jazo bergan, lekin baribir ularni sudlagan. Aldanganini yoki shartnomaga majburan imzo qoʻyganini aytgan erkaklar ham sudlangan. Rossiya pasporti boʻlgan bir erkak { $max_years } yilga hukm qilingan.

finding-tj-mercenarism =
    .title = Urushga qoʻshilish Tojikistonda jinoyat boʻlishi mumkin
    .text = Tojikiston qonuni chet eldagi urushda jang qiladigan yollanma askarlarni jazolaydi. Xabarlarga koʻra, jazo { $min_years } yildan { $max_years } yilgacha qamoq.
    .why = Tojikiston Jinoyat kodeksining 401 va 401-1-moddalari yollanma askarlarni va chet eldagi qurolli mojarolarda qatnashishni jazolaydi. Biz rasmiy matnni oʻqimaganmiz; raqamlar yangiliklardan olingan. Tojikistonning Rossiyadagi elchixonasi qatnashish jinoyat ekani haqida ogohlantirgan.

finding-tj-signed =
    .title = Xavf: Tojikistonda sizni jinoiy javobgarlikka tortishlari mumkin
    .text = Siz shartnoma imzolagansiz yoki urushda qatnashgansiz. Xabarlarga koʻra, Tojikiston qonuni buni { $min_years } yildan { $max_years } yilgacha qamoq bilan jazolashi mumkin.
    .why = Tojikiston Jinoyat kodeksining 401 va 401-1-moddalari. Biz rasmiy matnni oʻqimaganmiz; raqamlar yangiliklardan olingan.

finding-tj-signed-russian-citizen =
    .title = Tojikiston qonuni buni jazolaydi, lekin Rossiya fuqarolari hozircha javobgarlikka tortilmagan
    .text = Xabarlarga koʻra, Tojikiston qonuni yollanma askarlarni { $min_years } yildan { $max_years } yilgacha qamoq bilan jazolaydi. Lekin Tojikiston rasmiylari 2025-yilda bu urush uchun hech kim javobgarlikka tortilmaganini va Rossiya fuqaroligi bor odamlar masalasini Rossiya hal qilishini aytgan.
    .why = Tojikiston Jinoyat kodeksining 401 va 401-1-moddalari. Xabarlarga koʻra, 2015-yildagi oʻzgartish 401-1-moddani "noqonuniy qurolli guruhlar" bilan cheklaydi, Bosh prokuror esa 2025-yil avgustida birorta ham Tojikiston fuqarosi javobgarlikka tortilmaganini aytgan. Biz qonun matnlarini oʻqimaganmiz. Bu oʻzgarishi mumkin: buni vaʼda deb qabul qilmang.

finding-tj-no-prosecutions =
    .title = Rasmiylarning aytishicha, Tojikistonda hozircha jinoiy ishlar yoʻq
    .text = 2025-yil avgustida Tojikiston Bosh prokurori bu urushda qatnashgani uchun birorta ham Tojikiston fuqarosi javobgarlikka tortilmaganini aytdi. Bu oʻzgarishi mumkin: qonun baribir qamoq jazosini nazarda tutadi.
    .why = U, shuningdek, Rossiya fuqaroligini olgan odamlar masalasini Rossiya hal qilishini aytdi. Baʼzi xabarlarga koʻra, 2015-yildagi oʻzgartish bir moddani "noqonuniy qurolli guruhlar" bilan cheklaydi. Biz buni tasdiqlay olmadik.

finding-tj-voluntary-return =
    .title = Tojikiston qonuni qatnashishni toʻxtatib, qaytib kelganlarni jazodan ozod qilishi mumkin
    .text = Xabarlarga koʻra, agar shaxs oʻz ixtiyori bilan qatnashishni toʻxtatsa va boshqa jinoyat qilmagan boʻlsa, Tojikiston qonuni uni jazodan ozod qiladi. Bu Suriya va Iroqdan qaytganlarga nisbatan qoʻllangan; u bu urushga nisbatan qoʻllanadimi yoki yoʻqmi, bilmaymiz.
    .why = Tojikiston prokurorlari Jinoyat kodeksining 307 va 401-moddalarini keltirgan. Hukumat bu faqat zoʻravonlikda qatnashmagan odamlarga tegishli ekanini aytgan. Biz bu qoidaning matnini oʻqimaganmiz.

finding-kg-mercenarism =
    .title = Urushga qoʻshilish Qirgʻizistonda jinoyat
    .text = Agar harbiy shartnoma imzolasangiz yoki jang qilgani borsangiz, Qirgʻizistonda jinoiy javobgarlikka tortilishingiz mumkin. Qirgʻiziston Jinoyat kodeksi buni qamoq jazosi bilan jazolaydi.
    .why = Qirgʻizistonning 2021-yilgi Jinoyat kodeksi yollanma askarlarni (416-modda) va chet eldagi urushlarda qatnashishni (256-modda) jazolaydi. Biz kodeksning oʻzidagi jazo muddatlarini oʻqimaganmiz; bir xabarda 416-modda boʻyicha eng yuqori jazo 15 yil deb koʻrsatilgan.

finding-kg-signed =
    .title = Xavf: Qirgʻizistonda sizni jinoiy javobgarlikka tortishlari mumkin
    .text = Siz shartnoma imzolagansiz yoki urushda qatnashgansiz. Qirgʻizistonda bu jinoyat va u qamoq jazosi bilan jazolanadi.
    .why = Qirgʻizistonning 2021-yilgi Jinoyat kodeksining 256 va 416-moddalari. Biz kodeksning oʻzidagi jazo muddatlarini oʻqimaganmiz; bir xabarda 416-modda boʻyicha eng yuqori jazo 15 yil deb koʻrsatilgan.

finding-kg-returnee-sentences =
    .title = Qirgʻiziston sudlari qaytib kelgan erkaklarni hukm qilgan
    .text = Xabarlarga koʻra, Qirgʻiziston sudlari bu urushda jang qilgan erkaklarga { $min_years } yildan { $max_years } yilgacha qamoq jazosi bergan. Keyinroq Oliy sud { $max_years } yillik hukmni bekor qilgan va xabarlarga koʻra, u shartli jazoga almashtirilgan.
    .why = 2023 va 2024-yillardagi sud ishlari haqidagi yangiliklar, Jinoyat kodeksining 256 va 416-moddalari boʻyicha.

finding-kz-mercenarism =
    .title = Urushga qoʻshilish Qozogʻistonda jinoyat
    .text = Xavfsizlik xizmati va prokuraturaning aytishicha, agar chet eldagi urushda qatnashsangiz, Qozogʻistonda { $min_years } yildan { $max_years } yilgacha qamoq jazosi olishingiz mumkin.
    .why = Qozogʻiston Jinoyat kodeksining 172-moddasi chet eldagi qurolli mojarolarda qatnashgan fuqarolarni jazolaydi. Xavfsizlik xizmati va Bosh prokuratura buni 2026-yil fevralida yana aytdi.

finding-kz-mercenarism-for-pay =
    .title = Pul uchun jang qilish yanada ogʻirroq jazolanadi
    .text = Agar sud sizni yollanma askar sifatida (pul uchun) jang qilgan deb topsa, jazo { $min_years } yildan boshlanadi, eng ogʻir hollarda, yaʼni qotillik isbotlangan boʻlsa, umrbod qamoq boʻlishi mumkin. Qozogʻiston fuqaroligi va mol-mulkdan ham ayrilishingiz mumkin.
    .why = Qozogʻiston Jinoyat kodeksining 170-moddasi, Qozogʻiston Ichki ishlar vazirligi tushuntirganidek; Mediazona xabariga koʻra, umrbod qamoq moddaning 3-qismida, yaʼni qotillik isbotlangan hollar uchun nazarda tutilgan. Biz rasmiy matnni oʻqimaganmiz.

finding-kz-signed =
    .title = Xavf: Qozogʻistonda sizni jinoiy javobgarlikka tortishlari mumkin
    .text = Siz shartnoma imzolagansiz yoki urushda qatnashgansiz. Qozogʻistonda bu jinoyat: { $min_years } yildan { $max_years } yilgacha qamoq.
    .why = Qozogʻiston Jinoyat kodeksining 172-moddasi chet eldagi qurolli mojarolarda qatnashgan fuqarolarni jazolaydi.

finding-kg-embassy-warning =
    .title = Qirgʻiziston elchixonasi qamoq va mol-mulkdan ayrilish haqida ogohlantirgan
    .text = 2022-yil sentyabrida Qirgʻizistonning Moskvadagi elchixonasi qatnashish { $min_years } yildan { $max_years } yilgacha qamoq va mol-mulkdan ayrilish bilan jazolanishi haqida ogohlantirgan.
    .why = Elchixona har qanday qatnashish yollanma askarlik hisoblanishini aytgan va fuqarolardan, agar ularni harbiy operatsiyaga chaqiradigan qogʻozlar olsalar, darhol elchixonaga xabar berishni soʻragan. Boshqa xabarlarda eng yuqori jazo 15 yilgacha deb koʻrsatilgan.

finding-kz-russian-passport-no-shield =
    .title = Rossiya pasporti sizni Qozogʻiston sudlaridan himoya qilmaydi
    .text = Parlament aʼzosining 2026-yil martida aytishicha, Rossiya fuqaroligi boʻlgan bir erkak urushda qatnashgani uchun Qozogʻistonda { $max_years } yil qamoq jazosiga hukm qilingan.
    .why = Yevgeniy Luft ishini Majlis deputati Jarqinbek Amantayuli Rossiya fuqaroligi Jinoyat kodeksining 172-moddasi boʻyicha hukm qilinishga toʻsqinlik qilmaganini koʻrsatish uchun keltirgan.

finding-kz-returnee-sentences =
    .title = Qozogʻiston sudlari qaytib kelgan erkaklarni qamoqqa yubormoqda
    .text = 2025-yilda Qozogʻiston jang qilgan erkaklarga qarshi koʻplab jinoiy ish qoʻzgʻatgan; manbalar juda turlicha raqamlarni keltiradi. Xabarlarga koʻra, sudlar odatda koloniyada { $min_years } yildan { $max_years } yilgacha qamoq jazosi beradi.
    .why = Mediazona va Radio Svoboda 2025-yil dekabrida yuzlab jinoiy ishlar haqida xabar bergan; bir parlament aʼzosi ancha kamroq sonni aytgan. Rossiya fuqaroligi boʻlgan bir erkak ham { $max_years } yilga hukm qilingan.

finding-tm-mercenarism =
    .title = Turkmanistonda pul uchun jang qilish jinoyat
    .text = Turkmaniston qonuni chet eldagi urushda qatnashgan yollanma askarni { $min_years } yildan { $max_years } yilgacha qamoq bilan jazolaydi. 2023-yildan beri amal qilayotgan jinoyat kodeksida bu hali ham shunday ekanini tasdiqlay olmadik.
    .why = Jinoyat kodeksining 169-moddasi, Adliya vazirligi saytida koʻrsatilganidek; bu eski tahrirga oʻxshaydi. Undagi yollanma askar taʼrifiga urushayotgan davlatning fuqarolari va doimiy yashovchilari kirmaydi; bu Rossiya fuqaroligi bor turkmanga ham taalluqlimi yoki yoʻqmi, nomaʼlum.

finding-uz-relative-recruited =
    .title = Qarindoshingizga Oʻzbekistonda qanday xavf bor
    .text = Agar qarindoshingiz Rossiya tomonida pul uchun jang qilgan boʻlsa, prokurorlarning aytishicha, u qaytib kelganda Oʻzbekistonda { $min_years } yildan { $max_years } yilgacha qamoq jazosi olishi mumkin. Oʻz ixtiyori bilan qaytib kelib, aybini tan olgan erkaklar yengilroq jazo olgan.
    .why = Oʻzbekiston Jinoyat kodeksining 154-moddasi hamda 2024 va 2025-yillardagi sud ishlari haqidagi yangiliklar. Oʻzbekiston qonunlarini biladigan advokat unga qaytib kelishidan oldin maslahat berishi mumkin.

finding-tj-relative-recruited =
    .title = Qarindoshingizga Tojikistonda qanday xavf bor
    .text = Xabarlarga koʻra, Tojikiston qonuni yollanma askarlarni { $min_years } yildan { $max_years } yilgacha qamoq bilan jazolaydi, lekin rasmiylar 2025-yilda bu urush uchun hech kim javobgarlikka tortilmaganini aytgan. Bu oʻzgarishi mumkin.
    .why = Tojikiston Jinoyat kodeksining 401 va 401-1-moddalari hamda Bosh prokurorning 2025-yil avgustidagi bayonoti. Biz qonun matnlarini oʻqimaganmiz.

finding-kg-relative-recruited =
    .title = Qarindoshingizga Qirgʻizistonda qanday xavf bor
    .text = Bu urushda qatnashish Qirgʻizistonda jinoyat, sudlar qaytib kelgan erkaklarni qamoq jazosiga hukm qilgan. Qirgʻiziston qonunlarini biladigan advokat unga maslahat berishi mumkin.
    .why = Qirgʻizistonning 2021-yilgi Jinoyat kodeksining 256 va 416-moddalari hamda 2023 va 2024-yillardagi sud ishlari haqidagi yangiliklar.

finding-kz-relative-recruited =
    .title = Qarindoshingizga Qozogʻistonda qanday xavf bor
    .text = Xavfsizlik xizmati va prokuraturaning aytishicha, agar qarindoshingiz urushda qatnashgan boʻlsa, u Qozogʻistonda { $min_years } yildan { $max_years } yilgacha qamoq jazosi olishi mumkin. Qozogʻiston qonunlarini biladigan advokat unga maslahat berishi mumkin.
    .why = Qozogʻiston Jinoyat kodeksining 172-moddasi. 2025-yilda qaytib kelgan koʻplab erkaklar javobgarlikka tortilgan.

finding-tm-relative-recruited =
    .title = Qarindoshingizga Turkmanistonda qanday xavf bor
    .text = Kodeksning eski tahririda koʻrsatilganidek, Turkmaniston qonuni yollanma askarni { $min_years } yildan { $max_years } yilgacha qamoq bilan jazolaydi. 2023-yildan beri amal qilayotgan kodeksda bu hali ham shunday ekanini tasdiqlay olmadik.
    .why = Jinoyat kodeksining 169-moddasi, Adliya vazirligi saytida koʻrsatilganidek.

## Fuqarolik

finding-uz-russian-citizenship =
    .title = Oʻzbekiston ikki fuqarolikka ruxsat bermaydi
    .text = Agar Rossiya fuqaroligini olsangiz, Oʻzbekiston sizning Oʻzbekiston fuqaroligingizni tugatishi mumkin, lekin tugatmaguncha sizni faqat Oʻzbekiston fuqarosi deb hisoblaydi. Rossiya pasporti sizni Oʻzbekiston qonunlaridan ozod qilmaydi.
    .why = Oʻzbekiston Konstitutsiyasi va fuqarolik toʻgʻrisidagi qonuni ikkinchi fuqarolikni tan olmaydi. Boshqa fuqarolikni olish Oʻzbekiston fuqaroligini yoʻqotishga asos boʻladi, lekin bu avtomatik emas: avval rasmiylar buni tekshiradi.

finding-tj-russian-citizenship =
    .title = Tojikiston va Rossiya ikki fuqarolikka ruxsat beradi
    .text = 1995-yildagi davlatlararo bitimga koʻra, siz bir vaqtning oʻzida ham Tojikiston, ham Rossiya fuqarosi boʻlishingiz mumkin. Lekin Rossiyada yashar ekansiz, Rossiya qonunlariga, jumladan harbiy xizmat boʻyicha ham, boʻysunishingiz shart.
    .why = Bitim fuqarolarga oʻz fuqaroligini yoʻqotmasdan boshqa davlat fuqaroligini olishga imkon beradi. Xabarlarga koʻra, unda harbiy xizmat doimiy yashaydigan davlatingiz qonuniga koʻra oʻtaladi, deyilgan. Biz asl matnni tekshirmaganmiz. 2025-yil dekabrida Rossiyaning baʼzi deputatlari bu bitimni bekor qilishni soʻragan.

finding-kg-russian-citizenship =
    .title = Qirgʻizistonda ikki fuqarolik qoidalari aniq emas
    .text = Qirgʻiziston qonuniga koʻra, faqat boshqa fuqarolikni olganingiz uchun Qirgʻiziston fuqaroligini yoʻqotmaysiz. Lekin Qirgʻiziston hech bir davlat bilan ikki fuqarolik haqida bitimi yoʻqligini ham aytadi, shuning uchun u Rossiya fuqaroligingizni tan olmasligi mumkin.
    .why = 2007-yildagi fuqarolik toʻgʻrisidagi qonunning 6-moddasi va Qirgʻiziston Tashqi ishlar vazirligi sahifalari. Bu manbalar bir-biriga mos kelmaydi. Qaror qilishdan oldin Qirgʻiziston elchixonasidan soʻrang.

finding-kg-naturalised-service-loss =
    .title = Chet el armiyasida xizmat qilganingiz uchun Qirgʻiziston fuqaroligini yoʻqotishingiz mumkin
    .text = Agar Qirgʻiziston fuqaroligini tugʻilganda emas, keyinroq olgan boʻlsangiz, boshqa davlat armiyasida xizmat qilganingiz uchun Qirgʻiziston fuqaroligidan ayrilishingiz mumkin.
    .why = Fuqarolik toʻgʻrisidagi qonunga kiritilgan oʻzgartishlar, 2025-yil martida imzolangan. Xabarlarga koʻra, tugʻilishdan Qirgʻiziston fuqarosi boʻlganlar bu sabab bilan fuqarolikni yoʻqotmaydi.

finding-kz-russian-citizenship =
    .title = Rossiya fuqaroligini olsangiz, Qozogʻiston fuqaroligini yoʻqotasiz
    .text = Qozogʻiston ikki fuqarolikka ruxsat bermaydi: agar Rossiya fuqaroligini olsangiz, Qozogʻiston fuqaroligini yoʻqotasiz. Bu haqda { $days } kun ichida xabar berishingiz kerak, aks holda { $max_fine } MRP (baʼzi xabarlarga koʻra, 300 gacha) miqdorida jarima olishingiz yoki mamlakatdan chiqarib yuborilishingiz mumkin.
    .why = Qozogʻiston Konstitutsiyasi, fuqarolik toʻgʻrisidagi qonuni va Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksining 496-moddasi, jarima miqdori esa unga yozilgan sharhda koʻrsatilganidek; Qozogʻiston pasportingizni ham topshirishingiz kerak. Fuqarolikni yoʻqotgandan keyin Qozogʻiston pasportidan foydalanish uchun ham jarima solinadi. 2025-yilda minglab odamlar Qozogʻiston fuqaroligini shu tarzda yoʻqotgan.

finding-tm-russian-citizenship =
    .title = Rossiya fuqaroligi boʻyicha Turkmaniston qoidalari aniq emas
    .text = Xabarlarga koʻra, Rossiyaning Turkmaniston bilan ikki fuqarolik haqidagi bitimi 2015-yilda tugagan. Turkmaniston qonuni hozir bu haqda nima deyishini topa olmadik.
    .why = AQSH Kongressi kutubxonasining boshqa saytda keltirilgan izohi. Qaror qilishdan oldin Turkmaniston konsulligi yoki advokatdan soʻrang.

finding-ru-dual-citizen-is-russian =
    .title = Rossiyada siz faqat Rossiya fuqarosi hisoblanasiz
    .text = Agar sizda Rossiya pasporti boʻlsa, Rossiya sizni Rossiya fuqarosi deb hisoblaydi. Boshqa pasportingiz sizni harbiy xizmat kabi Rossiya oldidagi majburiyatlardan ozod qilmaydi.
    .why = Rossiyaning fuqarolik toʻgʻrisidagi qonuni. 2025-yilda Rossiya Ichki ishlar vazirligi huquqiy maʼnodagi ikki fuqarolik faqat bitimlar asosida, yaʼni Tojikiston, Abxaziya va Janubiy Osetiya bilan mavjud ekanini aytgan. Biz yangi qonunning aniq matnini oʻqimaganmiz.

## Rossiya

finding-ru-conscription =
    .title = Sizni Rossiya armiyasiga chaqirishlari mumkin
    .text = Rossiya fuqarosi boʻlgan erkaklar { $min_age } yoshdan { $max_age } yoshga toʻlgunga qadar harbiy xizmatga chaqirilishi mumkin. Bunga yangi fuqarolar ham kiradi.
    .why = Rossiyaning harbiy xizmat toʻgʻrisidagi qonuni. 2023-yil avgustida imzolangan qonun 2024-yil 1-yanvardan yuqori yosh chegarasini 27 yoshdan 30 yoshga koʻtardi. Xabarlarga koʻra, 2023-yilda 27 yoshga toʻlgan erkaklar chaqirilmaydi. Boshqa davlat armiyasida xizmat qilganingiz sizni ozod qilmaydi. Chaqiruv qogʻozi (povestka) kelgandan keyin Rossiyadan chiqib ketishingiz mumkin emas, agar chaqiruvga kelmasangiz, jarima solinishi mumkin.

finding-tj-ru-conscription =
    .title = Rossiya sizni harbiy xizmatga chaqirishi mumkin, lekin bitim Tojikiston fuqarolarini himoya qilishi mumkin
    .text = Rossiya fuqarosi sifatida sizni { $min_age } yoshdan { $max_age } yoshga toʻlgunga qadar harbiy xizmatga chaqirishlari mumkin. Xabarlarga koʻra, Tojikiston bilan 1995-yilgi bitimda harbiy xizmat siz doimiy yashaydigan davlatga koʻra belgilanishi va bir davlatda xizmat qilish sizni boshqa davlatda xizmatdan ozod qilishi aytilgan.
    .why = Rossiyaning harbiy xizmat toʻgʻrisidagi qonuni hamda Rossiya va Tojikiston oʻrtasidagi 1995-yilgi ikki fuqarolik haqidagi bitimning 4-moddasi, ikkilamchi manba bayon qilganidek; biz bitim matnini oʻqimaganmiz. Rossiyaning bosh tergovchisi Tojikistondan kelib, Rossiya fuqaroligini olgan erkaklar reydlardan keyin urushga yuborilganini aytgan. Bitimga tayanishdan oldin advokatdan soʻrang.

finding-ru-new-citizen-registration =
    .title = Yangi fuqarolar harbiy hisobga turishi shart
    .text = Agar siz erkak boʻlsangiz va Rossiya fuqaroligini olgan boʻlsangiz, harbiy komissariatda (voenkomat) harbiy hisobga turishingiz shart, xabarlarga koʻra, pasportni olganingizdan keyin { $days } kun ichida. Agar turmasangiz, Rossiya fuqaroligingizni bekor qilishi mumkin.
    .why = 2024-yil 8-avgustdagi qonun buni tugʻilganda olinmagan fuqarolikni bekor qilish uchun asos qilib belgiladi. Hisobga turgan erkaklar harbiy xizmatga chaqirilishi mumkin.

finding-ru-raids-new-citizens =
    .title = Politsiya reydlarda yangi fuqarolarni qidiradi
    .text = Politsiya harbiy hisobga turmagan yangi fuqarolarni topish uchun bozorlar, qurilish maydonlari va yotoqxonalarda reydlar oʻtkazgan. Rossiyaning bosh tergovchisi ulardan minglab kishi urushga yuborilganini aytgan.
    .why = Rossiya Tergov qoʻmitasi rahbarining bayonotlari hamda reydlar va ular paytida taklif qilingan shartnomalar haqidagi yangiliklar.

finding-ru-decree-821 =
    .title = Yangi qoida: yashash uchun ruxsatnoma yoki fuqarolik uchun harbiy shartnoma
    .text = 2025-yil 5-noyabrdan boshlab { $min_age } yoshdan { $max_age } yoshgacha boʻlgan erkaklar doimiy yashash uchun ruxsatnoma yoki baʼzi asoslar boʻyicha Rossiya fuqaroligini olish uchun ariza bersa, kamida bir yillik harbiy shartnoma (yoki Favqulodda vaziyatlar vazirligi bilan tuzilgan shartnoma), harbiy xizmatdan boʻshatilgani haqidagi hujjat yoki harbiy komissariatning xizmatga yaroqsizligi haqidagi hujjatini koʻrsatishi kerak.
    .why = Rossiya Prezidentining 2025-yil 5-noyabrdagi 821-son farmoni. U asosan Rossiyada uzoq yashagani yoki u yerda oilasi borligi sababli ariza beradiganlarga tegishli. Yuqori malakali mutaxassislar va talabalar kabi baʼzi guruhlardan bu talab qilinmaydi. Xabarlarga koʻra, Qozogʻiston fuqarolari uchun u yashash uchun ruxsatnomaga emas, faqat fuqarolikka tegishli. Bu haqda deyarli eʼlon qilinmagan.

finding-ru-contract-voluntary =
    .title = Hech kim sizni harbiy shartnoma imzolashga majburlay olmaydi
    .text = Rossiya qonuniga koʻra, harbiy shartnoma ixtiyoriy. Siz rad etish huquqiga egasiz.
    .why = Rossiyaning harbiy majburiyat va harbiy xizmat toʻgʻrisidagi qonunining 32-moddasida shartnomada siz xizmatga ixtiyoriy ravishda kirayotganingiz qayd etilishi aytilgan.

finding-ru-foreigners-not-conscripted =
    .title = Chet el fuqarolarini harbiy xizmatga chaqirish mumkin emas
    .text = Agar siz Rossiya fuqarosi boʻlmasangiz, sizni Rossiya armiyasiga chaqirish mumkin emas. Shunga qaramay, baʼzi migrantlarga chaqiruv qogʻozlari kelgan.
    .why = Rossiyaning chet el fuqarolarining huquqiy holati toʻgʻrisidagi qonunining 15-moddasi, inson huquqlari tashkilotlari tushuntirganidek.

finding-ru-contract-no-end =
    .title = Harbiy shartnomaning haqiqiy tugash sanasi yoʻq
    .text = 2022-yil 21-sentyabrdan beri "maxsus harbiy operatsiya" davom etar ekan, harbiy shartnomalar tugamaydi. "3 oylik" yoki "1 yillik" shartnoma sizni urushda ancha uzoqroq ushlab qolishi mumkin.
    .why = 2022-yil 21-sentyabrdagi qisman safarbarlik toʻgʻrisidagi farmon, Rossiya rasmiylari tushuntirganidek.

finding-ru-signed-contract-no-end =
    .title = Xavf: shartnomangiz oʻz sanasida tugamaydi
    .text = 2022-yil 21-sentyabrdan beri harbiy shartnomalar "maxsus harbiy operatsiya" tugaguncha davom etadi, shuning uchun muddatingiz tugaganda sizni qoʻyib yubormasliklari mumkin. Hoziroq advokat bilan gaplashing va elchixonangizga murojaat qiling.
    .why = 2022-yil 21-sentyabrdagi qisman safarbarlik toʻgʻrisidagi farmon, Rossiya rasmiylari tushuntirganidek.

finding-war-zone-job-trap =
    .title = Ukrainaning bosib olingan hududlaridagi ishlar tuzoqdir
    .text = Ukrainaning bosib olingan hududlaridagi "qurilish" yoki boshqa ishlar xavfli. Ishchilarga vaʼda qilingan pul toʻlanmagan, baʼzilarining hujjatlari olib qoʻyilgan, baʼzilari esa frontga yuborilgan.
    .why = 2022–2025-yillardagi yangiliklar va Ukrainaning Oʻzbekistondagi elchisining bayonoti. Ukraina qonuniga koʻra, bosib olingan hududga kirish noqonuniy.

## Ushlab turish

finding-detained-rights =
    .title = Ushlanganingizda sizning huquqlaringiz
    .text = Ushlangan paytingizdan boshlab advokatga ega boʻlish huquqingiz bor. Agar chet el fuqarosi boʻlsangiz, politsiyadan konsulligingizga xabar berishni soʻrashingiz mumkin, ular esa sizga bu huquq haqida aytishi shart.
    .why = Rossiya Konstitutsiyasining 48-moddasi va Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasining 36-moddasi.

finding-detained-charges-dropped-offer =
    .title = "Imzolasangiz, ayblovlarni olib tashlaymiz" – bu yollash usuli
    .text = 2024-yildan beri Rossiya qonuniga koʻra, tergov ostidagi yoki sudlanayotgan odamlar harbiy shartnoma imzolasa, ulardan ayblovlar olib tashlanishi mumkin. Agar sizga buni taklif qilishsa, javob berishdan oldin advokatingizdan soʻrang: shartnoma sizni urushga yuboradi, vataningiz esa buning uchun sizni jinoiy javobgarlikka tortishi mumkin.
    .why = Xabarlarga koʻra, Rossiya jinoyat-protsessual qonunchiligiga 2024-yil kuzida kiritilgan oʻzgartishlar. Biz matnni oʻqimaganmiz.

finding-detained-deportation-waiver-offer =
    .title = "Imzolang, sizni deportatsiya qilishmaydi" – bu yollash usuli
    .text = 2024-yil 30-dekabrdan beri harbiy shartnoma imzolagan chet elliklar deportatsiya qilinmaydi, avvalgi deportatsiya qarorlari esa oʻz kuchini yoʻqotadi. Shartnoma sizni tugash sanasi boʻlmagan holda urushga yuboradi, vataningiz esa buning uchun sizni jinoiy javobgarlikka tortishi mumkin.
    .why = Xabarlarga koʻra, 2024-yil 30-dekabrdagi ikkita farmon. Migratsiya boʻyicha ushlab turilgan odamlarga aynan shunday tanlov taklif qilingan.

finding-detained-pressed-to-sign =
    .title = Xavf: ushlab turilganingizda hech narsaga imzo qoʻymang
    .text = Ushlab turilgan migrantlarga armiya shartnomalarini imzolash uchun bosim oʻtkazilgan, baʼzan bu shartnomalarni "deportatsiya hujjatlari" deb atashgan. Shartnoma ixtiyoriy: siz rad etishingiz, advokat va, agar chet el fuqarosi boʻlsangiz, konsulligingiz bilan aloqani talab qilishingiz mumkin.
    .why = Rossiya Konstitutsiyasi (48-modda), harbiy majburiyat toʻgʻrisidagi qonun (32-modda) va Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasi (36-modda). Oʻzbekiston sudlari ushlab turilganda imzolaganini yoki aldanganini aytgan erkaklarni sudlagan.
