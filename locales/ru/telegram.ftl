# Draft translation, not yet reviewed by a native speaker.
# Бот в Telegram: то, что нужно только Telegram (меню команд, подсказки, удаление сообщений).
# Описания команд (command-*) видны в меню команд Telegram: пишите их коротко.
# Надписи на кнопках (button-*) должны быть не длиннее 30 символов.

command-start = Начать сначала
command-language = Сменить язык
command-check = Проверить предложение или объявление
command-restart = Начать заново с новыми ответами
command-forget = Удалить мои ответы и сообщения
command-help = Что делает этот бот

telegram-private-only = Я отвечаю только в личном чате, чтобы никто другой не видел ваших ответов. Откройте личный чат со мной.
button-open-private = Открыть личный чат
telegram-slow-down = Вы отправляете сообщения слишком быстро. Подождите минуту и отправьте снова.
telegram-forget-deleted = Удалено сообщений из этого чата: { $count }.
telegram-forget-not-deleted = Не удалось удалить сообщений: { $count }. Telegram разрешает боту удалять только сообщения за последние 48 часов.
telegram-forget-delete-chat = Чтобы убрать всё с вашего телефона, удалите этот чат: откройте меню чата и выберите «Удалить чат».
