# The conversation: questions, buttons and short replies (Telegram, web page, `ogoh chat`).
# Button labels (button-*) must stay within 30 characters.

dialogue-welcome = Ogoh tells you what legal risk you face if someone wants you to join the war, why, and what to do now. We do not ask your name. You can delete your answers at any time.
dialogue-ask-language = Choose your language.
dialogue-ask-country = Which country are you a citizen of?
dialogue-ask-russian-citizenship = Do you have Russian citizenship?
dialogue-ask-situations = What is happening to you? Choose everything that fits, then press “Done”.
dialogue-ask-situations-chosen = Chosen: { $count }.
dialogue-ask-age = How old are you? The answer depends on your age. You can skip this.
dialogue-ask-offer = Did someone send you an offer, an ad or a message about work or a contract? Paste or forward it here, and we will check it. We do not keep it. Or press “Skip”.
dialogue-ask-change = Which answer do you want to change?
dialogue-result-none = We found no known legal risk for your answers. Still, do not sign anything you do not understand.
dialogue-sources = Sources
dialogue-menu = What next?
dialogue-contacts-none = We have no contact for your country yet. Contact your country’s embassy or consulate in Russia.
dialogue-forget-confirm = Delete everything ogoh keeps about this chat? This cannot be undone.
dialogue-forgotten = Done. We deleted your answers.
dialogue-stale = That button is from an old message. Here is where you are now.
dialogue-scanned = We checked the text you sent. We do not keep it.
dialogue-continue = Now let us continue where you were.
dialogue-use-buttons = Please use the buttons, or send the text of an offer to check it.
dialogue-too-long = This text is too long. Send at most 64 KB.
dialogue-only-text = I can read text, photos of text and buttons. Write, forward or photograph the offer, or use the buttons.
dialogue-picture-read = We read the text in your picture and checked it. We do not keep the picture or its text.
dialogue-picture-unreadable = We could not read enough text in this picture. Send a closer, straight photo in good light, or paste the text.
dialogue-picture-busy = Many pictures are being read right now. Send it again in a minute, or paste the text.
dialogue-picture-too-big = This picture is too large. Send a smaller one (up to 10 MB), or paste the text.
dialogue-picture-not-image = We can read photos and screenshots (JPEG, PNG, WebP). Send it as a photo, or paste the text.
dialogue-picture-too-small = This picture is too small to read. Send a larger, closer photo, or paste the text.
dialogue-picture-unavailable = We cannot read pictures at the moment. Please type or paste the text of the offer.
dialogue-voice = We cannot listen to voice messages. Type the words of the offer, or send a photo of it.
dialogue-edited = I do not read edited messages. Send the text again as a new message.
dialogue-try-again = Something went wrong on our side. Please try again in a minute.

button-back = ← Back
button-done = Done
button-skip = Skip
button-why = { $n }. Why?
button-yes-forget = Yes, delete everything
button-no = No, go back

button-country-uz = Uzbekistan
button-country-tj = Tajikistan
button-country-kg = Kyrgyzstan
button-country-kz = Kazakhstan
button-country-tm = Turkmenistan
button-country-other = Another country

button-rc-none = No
button-rc-applying = I am applying for it
button-rc-naturalized = Yes, I received it
button-rc-by-birth = Yes, from birth

button-situation-offered-contract = Offered a contract
button-situation-job-offer-war-zone = Job in occupied areas
button-situation-pressured = Pressed to sign
button-situation-detained = Held by the police
button-situation-signed-contract = I signed a contract
button-situation-served = I served in the war
button-situation-summons = I got a summons
button-situation-applying-documents = Applying for documents
button-situation-relative-recruited = My relative was recruited

button-age-under = Under { $age }
button-age-range = { $from }–{ $to }
button-age-over = { $age } or older

button-menu-offer = Check another offer
button-menu-change = Change an answer
button-menu-contacts = Where to get help
button-menu-language = Language
button-menu-restart = Start over
button-menu-forget = Forget me

button-change-country = Country
button-change-citizenship = Russian citizenship
button-change-situations = What is happening
button-change-age = Age
