# Advice: what to do now. One short paragraph each. Where each item comes from in the research is
# written next to it in rules/findings/advice.toml.

advice-dont-sign-unread = Do not sign anything you do not understand. A military contract can look like an ordinary form.
advice-check-every-page = Read every page before you sign. A military contract has been hidden in a stack of papers, or called "deportation papers". If someone says "sign here and here, quickly", stop.
advice-ask-interpreter = If you do not understand Russian well, ask for an interpreter. You have the right to one.
advice-police-phrases = Say these sentences in Russian, calmly: «Мне нужен адвокат» (I need a lawyer). «Сообщите в консульство моей страны» (Tell my country's consulate). «Я ничего не подпишу без переводчика» (I will not sign anything without an interpreter).
advice-ask-lawyer = Say: "I want a lawyer." You have the right to a lawyer from the moment you are detained.
advice-ask-consulate = Say: "Tell my consulate." As a foreign citizen you can ask the police to tell your country's consulate that you are detained. They must tell you about this right.
advice-kg-tell-officials-if-forced = Kyrgyz officials visit Kyrgyz citizens held in Russian detention centres and ask if they are being forced. If someone forces you to sign, tell them.
advice-contact-embassy = If someone pushes you to sign a military contract, or you get papers calling you to the army, contact your country's embassy or consulate. The governments of Uzbekistan and Kyrgyzstan have asked their citizens to do this.
advice-relative-ask-government = If a family member was taken or pushed into the army, tell your country's foreign ministry or embassy in Russia and ask them to help.
advice-no-war-zone-jobs = Do not go to the occupied parts of Ukraine for "construction" or other jobs, even for high pay. People were not paid, lost their documents and were sent to the front.
advice-keep-your-passport = Do not give your passport to an employer, a "manager" or a recruiter. Without it, you depend on them.
advice-keep-document-copies = Carry your passport, migration card, registration, patent with payment receipts and medical insurance. Keep copies of them in a safe place.
advice-new-citizen-know-registration = New Russian citizens have only a short time to register at the military office. Those who do not register can lose Russian citizenship. Ask a lawyer what this means for you.
advice-talk-to-lawyer-before-going-home = Before you travel home, talk to a lawyer who knows your country's law. In Uzbekistan, Kyrgyzstan and Kazakhstan, men who came back from the war were arrested and sentenced.
advice-talk-to-lawyer-at-home = Talk to a lawyer who knows your country's law before you speak to the police or a court. Men who came back were convicted, but Uzbek courts gave lower sentences to those who came forward on their own and confessed.
advice-summons-rules = After a call-up paper, even an electronic one, you may not leave Russia, and if you do not come you can be fined. You can ask for a deferment or for alternative civilian service if you have the right; the groups below help with this.
