# The web page (fallback when Telegram cannot be used). Short and plain: it is read on cheap
# phones, sometimes in a hurry.

web-title = Ogoh: check your legal risk
web-intro = Answer a few questions to see what legal risk you face if someone wants you to join the war, and what to do now. Nothing you enter is saved.
web-quick-exit = Leave this page now
web-choose-language = Choose your language
web-situations = What is happening to you? Tick everything that fits.
web-age = Your age (you can leave this empty)
web-offer = Did someone send you an offer, an ad or a message? Paste it here to check it. It is not saved.
web-submit = Show my risk
web-check-title = Check a message
web-check-intro = Paste an offer, an ad or a message you received. We check it for known recruitment tricks. It is not saved.
web-check-photo = Or choose a photo or screenshot of it (JPEG, PNG or WebP, up to 10 MB). It is not saved.
web-check-submit = Check the message
web-again = Change my answers
web-error-citizenship = Please choose your country.
web-error-age = Please write your age as a number from 10 to 100, or leave it empty.
web-error-form = Something in the form was not right. Please check it and try again.
web-error-too-long = This text is too long. Paste at most 64 KB.
web-not-found = This page does not exist.
