# Draft translation, not yet reviewed by a native speaker.
# Barcha kanallarda ishlatiladigan yorliqlar va umumiy matnlar.
# Bu tarjimaning tekshiruv holati status.toml faylida.

label-offer-risk = Bu xabardagi xavf
label-why = Nega
label-article = { $article }-modda
label-reported-by = { $publisher } xabariga koʻra, { $date }
label-reported-by-undated = { $publisher } xabariga koʻra
label-advice = Hozir nima qilish kerak
label-contacts = Qayerdan yordam olish mumkin
label-evidence = Mos kelgan soʻzlar
scan-nothing-found = Bu matnda biz yollashning maʼlum belgilarini topmadik. Lekin bu taklif xavfsiz degani emas.
scan-ask-yourself = Biror narsaga rozi boʻlishdan oldin oʻzingizdan soʻrang:
scan-question-contract = Bu armiya yoki biror qurolli guruh bilan shartnomami?
scan-question-lure = Imzo uchun sizga fuqarolik, katta pul yoki qarzdan qutulish vaʼda qilinyaptimi?
scan-question-pressure = Sizdan tahdid ostida, shoshilib yoki oʻqimasdan imzo qoʻyish soʻralyaptimi?
scan-verdict-high = Bu Rossiya armiyasiga yollashga oʻxshaydi.
scan-verdict-medium = Bu Rossiya armiyasiga yollash boʻlishi mumkin.
scan-verdict-low = Bu matnda Rossiya armiyasiga yollashning baʼzi belgilari bor.
scan-more-reasons = Topilgan boshqa belgilar


disclaimer = Bu maʼlumot, advokat maslahati emas. Oʻz holatingiz boʻyicha advokatga yoki mamlakatingiz elchixonasi yoki konsulligiga murojaat qiling.
contact-verified = Jamoamiz { $date } kuni tekshirgan.
contact-published = { $publisher } tomonidan { $date } kuni eʼlon qilingan. Maʼlumot oʻzgargan boʻlishi mumkin: unga tayanishdan oldin tekshiring.
contact-published-undated = { $publisher } tomonidan eʼlon qilingan; sanasi nomaʼlum. Maʼlumot oʻzgargan boʻlishi mumkin: unga tayanishdan oldin tekshiring.
contact-foreign-agent = Rossiya bu tashkilotni "xorijiy agent" sifatida roʻyxatga kiritgan. U bilan bogʻlanish qonuniy.
