# Draft translation, not yet reviewed by a native speaker.
# Labels and shared texts used by every channel.
# Review status of this locale is in status.toml.

label-risk = Сіздің тәуекеліңіз
label-offer-risk = Бұл хабарламадағы қауіп
label-why = Неге
label-article = { $article }-бап
label-checked-on = тексерілді
label-advice = Қазір не істеу керек
label-contacts = Көмекті қайдан алуға болады
label-evidence = Сәйкес келген сөздер
scan-nothing-found = Бұл мәтіннен әскерге жалдаудың белгілі айла-тәсілдерін таппадық. Соған қарамастан, түсінбейтін нәрсеңізге қол қоймаңыз.

risk-none = белгілі тәуекел жоқ
risk-low = төмен
risk-medium = орташа
risk-high = жоғары
risk-urgent = шұғыл: қазір әрекет етіңіз

disclaimer = Бұл – ақпарат, заңгердің кеңесі емес. Өз жағдайыңыз бойынша заңгерге немесе өз еліңіздің елшілігіне не консулдығына жүгініңіз.
