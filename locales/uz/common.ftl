# Draft translation, not yet reviewed by a native speaker.
# Barcha kanallarda ishlatiladigan yorliqlar va umumiy matnlar.
# Bu tarjimaning tekshiruv holati status.toml faylida.

label-risk = Sizga xavf
label-offer-risk = Bu xabardagi xavf
label-why = Nega
label-article = { $article }-modda
label-checked-on = tekshirilgan
label-advice = Hozir nima qilish kerak
label-contacts = Qayerdan yordam olish mumkin
label-evidence = Mos kelgan soʻzlar
scan-nothing-found = Bu matnda biz maʼlum yollash hiylalarini topmadik. Shunday boʻlsa ham, tushunmagan narsangizga imzo qoʻymang.

risk-none = maʼlum xavf yoʻq
risk-low = past
risk-medium = oʻrtacha
risk-high = yuqori
risk-urgent = shoshilinch: hoziroq harakat qiling

disclaimer = Bu maʼlumot, advokat maslahati emas. Oʻz holatingiz boʻyicha advokatga yoki mamlakatingiz elchixonasi yoki konsulligiga murojaat qiling.
