# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.
# Review status of this locale is in status.toml.

label-offer-risk = Бұл хабарламадағы қауіп
label-why = Неге
label-article = { $article }-бап
label-reported-by = { $publisher } хабарлауынша, { $date }
label-reported-by-undated = { $publisher } хабарлауынша
label-advice = Қазір не істеу керек
label-contacts = Көмекті қайдан алуға болады
label-evidence = Сәйкес келген сөздер
scan-nothing-found = Бұл мәтіннен әскерге жалдаудың біз білетін белгілерін таппадық. Бірақ бұл ұсыныс қауіпсіз дегенді білдірмейді.
scan-ask-yourself = Бір нәрсеге келіспес бұрын өзіңізден сұраңыз:
scan-question-contract = Бұл армиямен немесе қандай да бір қарулы топпен келісімшарт па?
scan-question-lure = Қол қойсаңыз, сізге азаматтық, көп ақша немесе қарызыңызды кешуді уәде етіп жатыр ма?
scan-question-pressure = Сізді қорқытып, асықтырып немесе оқуға уақыт бермей қол қойғызып жатыр ма?
scan-verdict-high = Бұл Ресей армиясына жалдауға ұқсайды.
scan-verdict-medium = Бұл Ресей армиясына жалдау болуы мүмкін.
scan-verdict-low = Бұл мәтінде Ресей армиясына жалдаудың кейбір белгілері бар.
scan-more-reasons = Табылған басқа белгілер


disclaimer = Бұл – ақпарат, заңгердің кеңесі емес. Өз жағдайыңыз бойынша заңгерге немесе өз еліңіздің елшілігіне не консулдығына жүгініңіз.
contact-verified = Біздің топ { $date } күні тексерген.
contact-published = { $publisher } { $date } күні жариялаған. Ақпарат өзгерген болуы мүмкін: оған сүйенбес бұрын тексеріңіз.
contact-published-undated = { $publisher } жариялаған; күні белгісіз. Ақпарат өзгерген болуы мүмкін: оған сүйенбес бұрын тексеріңіз.
contact-foreign-agent = Ресей бұл ұйымды «шетелдік агент» ретінде тізімге енгізген. Онымен байланысу заңды.
