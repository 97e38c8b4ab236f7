# The Telegram bot: what only Telegram needs (its command menu, hints, deleting messages).
# Command descriptions (command-*) are shown in Telegram's command menu: keep them short.
# Button labels (button-*) must stay within 30 characters.

command-start = Start from the beginning
command-language = Change the language
command-check = Check an offer or an ad
command-restart = Start over with new answers
command-forget = Delete my answers and messages
command-help = What this bot does

telegram-private-only = I answer only in a private chat, so that nobody else sees your answers. Open a private chat with me.
button-open-private = Open a private chat
telegram-slow-down = You are sending messages too fast. Wait a minute, then send again.
telegram-forget-deleted = Messages deleted from this chat: { $count }.
telegram-forget-not-deleted = Messages I could not delete: { $count }. Telegram lets a bot delete only messages from the last 48 hours.
telegram-forget-delete-chat = To remove everything from your phone, delete this chat: open the chat menu and choose “Delete chat”.
