# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.

label-risk = Ваш риск
label-offer-risk = Опасность в этом сообщении
label-why = Почему
label-article = статья { $article }
label-checked-on = проверено
label-advice = Что делать сейчас
label-contacts = Куда обратиться
label-evidence = Совпавшие слова
scan-nothing-found = Мы не нашли в этом тексте известных приёмов вербовки. Всё равно не подписывайте то, что не понимаете.

risk-none = известного риска нет
risk-low = низкий
risk-medium = средний
risk-high = высокий
risk-urgent = срочно: действуйте сейчас

disclaimer = Это информация, а не совет юриста. По своему делу обратитесь к юристу или в посольство или консульство своей страны.
