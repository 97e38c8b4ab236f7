# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.

label-offer-risk = Опасность в этом сообщении
label-why = Почему
label-article = статья { $article }
label-reported-by = сообщает { $publisher }, { $date }
label-reported-by-undated = сообщает { $publisher }
label-advice = Что делать сейчас
label-contacts = Куда обратиться
label-evidence = Совпавшие слова
scan-nothing-found = Мы не нашли в этом тексте известных признаков вербовки. Но это не значит, что предложение безопасно.
scan-ask-yourself = Прежде чем на что-то соглашаться, спросите себя:
scan-question-contract = Это контракт с армией или любым вооружённым отрядом?
scan-question-lure = Вам обещают гражданство, большие деньги или списание долгов за подпись?
scan-question-pressure = Вас просят подписать под угрозой, второпях или не читая?
scan-verdict-high = Это похоже на вербовку в армию России.
scan-verdict-medium = Возможно, это вербовка в армию России.
scan-verdict-low = В этом тексте есть некоторые признаки вербовки в армию России.
scan-more-reasons = Другие найденные признаки


disclaimer = Это информация, а не совет юриста. По своему делу обратитесь к юристу или в посольство или консульство своей страны.
contact-verified = Проверено нашей командой { $date }.
contact-published = Опубликовано: { $publisher }, { $date }. Данные могли измениться: проверьте их, прежде чем на них полагаться.
contact-published-undated = Опубликовано: { $publisher }; дата неизвестна. Данные могли измениться: проверьте их, прежде чем на них полагаться.
contact-foreign-agent = Россия внесла эту организацию в реестр «иностранных агентов». Связываться с ней законно.
