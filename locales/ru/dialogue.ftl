# Draft translation, not yet reviewed by a native speaker.
# Разговор: вопросы, кнопки и короткие ответы (Telegram, веб-страница, `ogoh chat`).
# Надписи на кнопках (button-*) должны быть не длиннее 30 символов.

dialogue-welcome = Огох расскажет, чем вы рискуете по закону, если кто-то хочет, чтобы вы пошли на войну, почему и что делать сейчас. Мы не спрашиваем ваше имя. Вы можете удалить свои ответы в любой момент.
dialogue-ask-language = Выберите язык.
dialogue-ask-country = Гражданином какой страны вы являетесь?
dialogue-ask-russian-citizenship = У вас есть гражданство России?
dialogue-ask-situations = Что с вами происходит? Выберите всё, что подходит, потом нажмите «Готово».
dialogue-ask-situations-chosen = Выбрано: { $count }.
dialogue-ask-age = Сколько вам лет? Ответ зависит от вашего возраста. Этот вопрос можно пропустить.
dialogue-ask-offer = Вам кто-то прислал предложение, объявление или сообщение о работе или контракте? Вставьте или перешлите его сюда, и мы его проверим. Мы его не сохраняем. Или нажмите «Пропустить».
dialogue-ask-change = Какой ответ вы хотите изменить?
dialogue-result-none = По вашим ответам мы не нашли известного риска по закону. Всё равно не подписывайте то, что не понимаете.
dialogue-sources = Источники
dialogue-menu = Что дальше?
dialogue-contacts-none = У нас пока нет контактов для вашей страны. Обратитесь в посольство или консульство своей страны в России.
dialogue-forget-confirm = Удалить всё, что Огох хранит об этом чате? Это нельзя отменить.
dialogue-forgotten = Готово. Мы удалили ваши ответы.
dialogue-stale = Эта кнопка уже не работает. Продолжим с того места, где вы остановились.
dialogue-scanned = Мы проверили текст, который вы прислали. Мы его не сохраняем.
dialogue-continue = Теперь продолжим с того места, где вы остановились.
dialogue-use-buttons = Пожалуйста, нажимайте на кнопки или пришлите текст предложения, чтобы мы его проверили.
dialogue-too-long = Этот текст слишком длинный. Отправьте не больше 64 КБ.
dialogue-only-text = Я понимаю текст, фото с текстом и кнопки. Напишите или перешлите сюда предложение, пришлите его фото или нажимайте на кнопки.
dialogue-picture-read = Мы прочитали текст на вашей картинке и проверили его. Мы не сохраняем ни картинку, ни текст с неё.
dialogue-picture-unreadable = Мы не смогли прочитать достаточно текста на этой картинке. Сфотографируйте ближе, прямо и при хорошем свете или вставьте текст.
dialogue-picture-busy = Сейчас мы читаем много картинок. Пришлите свою картинку ещё раз через минуту или вставьте текст.
dialogue-picture-too-big = Эта картинка слишком большая. Пришлите картинку поменьше (до 10 МБ) или вставьте текст.
dialogue-picture-not-image = Мы можем читать фото и скриншоты (JPEG, PNG, WebP). Отправьте картинку как фото или вставьте текст.
dialogue-picture-too-small = Эта картинка слишком маленькая, её не прочитать. Пришлите фото крупнее и ближе или вставьте текст.
dialogue-picture-unavailable = Сейчас мы не можем читать картинки. Пожалуйста, напишите или вставьте текст предложения.
dialogue-voice = Мы не можем слушать голосовые сообщения. Напишите текст предложения или пришлите его фото.
dialogue-edited = Я не читаю изменённые сообщения. Отправьте текст ещё раз новым сообщением.
dialogue-try-again = У нас что-то пошло не так. Пожалуйста, попробуйте ещё раз через минуту.

button-back = ← Назад
button-done = Готово
button-skip = Пропустить
button-why = { $n }. Почему?
button-yes-forget = Да, удалить всё
button-no = Нет, вернуться

button-country-uz = Узбекистан
button-country-tj = Таджикистан
button-country-kg = Кыргызстан
button-country-kz = Казахстан
button-country-tm = Туркменистан
button-country-other = Другая страна

button-rc-none = Нет
button-rc-applying = Сейчас оформляю
button-rc-naturalized = Да, я его получил(а)
button-rc-by-birth = Да, с рождения

button-situation-offered-contract = Мне предлагают контракт
button-situation-job-offer-war-zone = Работа в оккупированных зонах
button-situation-pressured = Заставляют подписать
button-situation-detained = Меня задержала полиция
button-situation-signed-contract = Я подписал(а) контракт
button-situation-served = Я служил(а) на войне
button-situation-summons = Мне пришла повестка
button-situation-applying-documents = Оформляю документы
button-situation-relative-recruited = Родственника завербовали

button-age-under = Младше { $age }
button-age-range = { $from }–{ $to }
button-age-over = { $age } и старше

button-menu-offer = Проверить другое предложение
button-menu-change = Изменить ответ
button-menu-contacts = Куда обратиться
button-menu-language = Язык
button-menu-restart = Начать заново
button-menu-forget = Забыть меня

button-change-country = Страна
button-change-citizenship = Гражданство России
button-change-situations = Что происходит
button-change-age = Возраст
