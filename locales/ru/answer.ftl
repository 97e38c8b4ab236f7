# Draft translation, not yet reviewed by a native speaker.
# The answer's shape: the verdict line that leads it, the steps, the details. Also how
# citations are written (article, part, paragraph; dates) and the chat's hints.

## The risk, as the badge over the verdict.
answer-risk-none = Известного риска нет
answer-risk-low = Низкий риск
answer-risk-medium = Средний риск
answer-risk-high = Высокий риск
answer-risk-urgent = Срочно: действуйте сейчас
answer-risk-relative = Для вашего родственника
answer-more-steps = Другие шаги
answer-details = Почему, и какие законы
answer-details-hint = Нажмите номер ниже, чтобы узнать почему и на каком законе это основано.

## Citations.
label-part = часть { $part }
label-paragraph = пункт { $paragraph }
label-subparagraph = подпункт «{ $subparagraph }»
citation-join = {", "}
citation-checked = проверено { $date }

## Verdict lines.
verdict-uz-mercenarism = В Узбекистане: от { $min_years } до { $max_years } лет тюрьмы, если вы пойдёте на войну за деньги.
verdict-uz-signed = В Узбекистане вас могут судить: от { $min_years } до { $max_years } лет тюрьмы.
verdict-tj-mercenarism = В Таджикистане: от { $min_years } до { $max_years } лет тюрьмы для наёмников, по сообщениям.
verdict-tj-signed = В Таджикистане вас могут судить: от { $min_years } до { $max_years } лет тюрьмы, по сообщениям.
verdict-tj-signed-russian-citizen = По закону Таджикистана: от { $min_years } до { $max_years } лет тюрьмы, но граждан России пока не судили.
verdict-kg-mercenarism = В Кыргызстане: тюрьма, если вы подпишете военный контракт или пойдёте воевать.
verdict-kg-signed = В Кыргызстане вас могут судить и посадить в тюрьму.
verdict-kg-embassy-warning = Посольство Кыргызстана предупредило: от { $min_years } до { $max_years } лет тюрьмы и конфискация имущества.
verdict-kz-mercenarism = В Казахстане: от { $min_years } до { $max_years } лет тюрьмы за участие в войне.
verdict-kz-mercenarism-for-pay = В Казахстане: не меньше { $min_years } лет тюрьмы за участие в войне за деньги.
verdict-kz-signed = В Казахстане вас могут судить: от { $min_years } до { $max_years } лет тюрьмы.
verdict-kz-russian-passport-no-shield = В Казахстане мужчину с российским паспортом приговорили к { $max_years } годам тюрьмы.
verdict-tm-mercenarism = В Туркменистане: от { $min_years } до { $max_years } лет тюрьмы для наёмников, по старой редакции закона.
verdict-uz-relative-recruited = Вашему родственнику: от { $min_years } до { $max_years } лет тюрьмы в Узбекистане, когда он вернётся.
verdict-tj-relative-recruited = Вашему родственнику: по закону от { $min_years } до { $max_years } лет тюрьмы в Таджикистане, по сообщениям.
verdict-kg-relative-recruited = Вашему родственнику: тюрьма в Кыргызстане, когда он вернётся.
verdict-kz-relative-recruited = Вашему родственнику: от { $min_years } до { $max_years } лет тюрьмы в Казахстане.
verdict-tm-relative-recruited = Вашему родственнику: от { $min_years } до { $max_years } лет тюрьмы в Туркменистане, по старой редакции закона.
verdict-detained-pressed-to-sign = Ничего не подписывайте при задержании: контракт отправит вас на войну.
verdict-detained-rights = У вас есть право на адвоката и на связь с консульством.
verdict-detained-charges-dropped-offer = «Снимем обвинения, если подпишешь» — это отправка на войну.
verdict-detained-deportation-waiver-offer = «Не депортируем, если подпишешь» — это война без срока окончания.
verdict-ru-signed-contract-no-end = Ваш контракт не закончится в срок: сейчас же обратитесь к адвокату и в посольство.
verdict-war-zone-job-trap = Работа на оккупированных территориях Украины — ловушка: не платят, отбирают документы, отправляют на фронт.

## The chat.
chat-not-an-offer = Это похоже на слово, а не на предложение, поэтому проверять нечего. Чтобы проверить предложение, вставьте весь его текст или перешлите сообщение.
chat-first-question = Это первый вопрос. Выберите ответ ниже.
chat-restart-confirm = Начать заново? Ваши ответы будут стёрты.
button-yes-restart = Да, начать заново
chat-forgotten-next = Чтобы начать заново, нажмите кнопку ниже.
button-start-again = Начать заново

## The web page.
web-quick-exit-tip = Чтобы на телефоне не осталось следов, откройте страницу в режиме инкогнито и потом очистите историю браузера.

## The name.
brand = Огох
