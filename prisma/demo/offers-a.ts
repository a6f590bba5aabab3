// Demo offers for language, counselling, legal, housing and work in Aachen.
import type { DemoOffer } from "./types";

export const offersA: DemoOffer[] = [
  // ───────────────────────────── Sprache ─────────────────────────────
  {
    key: "integrationskurs-vhs-vormittag",
    organisation: "vhs-aachen",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "eu-citizens"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "08:30", closes: "12:45" },
      { weekday: 2, opens: "08:30", closes: "12:45" },
      { weekday: 4, opens: "08:30", closes: "12:45" },
    ],
    text: {
      de: {
        title: "Integrationskurs am Vormittag",
        summary:
          "Deutschkurs mit Orientierungskurs nach den Regeln des BAMF, drei Vormittage pro Woche, mit Abschlussprüfung.",
        description:
          "Im Integrationskurs lernen Sie Deutsch bis zum Niveau B1. Danach folgt der Orientierungskurs über Leben, Geschichte und Recht in Deutschland. Am Ende machen Sie den Deutsch-Test für Zuwanderer und den Test „Leben in Deutschland“. Vor dem Kurs machen Sie bei uns einen kostenlosen Einstufungstest.",
        eligibility:
          "Menschen ab 16 Jahren mit Berechtigung oder Verpflichtung zum Integrationskurs (zum Beispiel vom Ausländeramt oder Jobcenter) oder mit Zulassung durch das BAMF.",
        howToJoin:
          "Kommen Sie mit Ihrem Berechtigungsschein und Ihrem Ausweis zur Kursberatung der VHS. Dort machen Sie den Einstufungstest und bekommen einen Kursplatz.",
        costNote:
          "Kostenbeitrag pro Unterrichtseinheit nach den Regeln des BAMF. Wer Bürgergeld oder Leistungen nach dem Asylbewerberleistungsgesetz bekommt, kann befreit werden.",
      },
      en: {
        title: "Integration course (mornings)",
        summary: "German course with orientation course under BAMF rules, three mornings a week, ending with an exam.",
        description:
          "In the integration course you learn German up to level B1. It is followed by the orientation course on life, history and law in Germany. At the end you take the German test for immigrants (DTZ) and the test “Life in Germany”. Before the course you take a free placement test with us.",
        eligibility:
          "People aged 16 and over who are entitled or obliged to attend an integration course (for example by the foreigners’ office or the job centre) or who have been admitted by the BAMF.",
        howToJoin:
          "Come to the VHS course advice desk with your entitlement certificate and your ID. You take the placement test there and get a place in a course.",
        costNote:
          "A contribution per teaching unit under BAMF rules. People who receive Bürgergeld or benefits under the Asylum Seekers’ Benefits Act can be exempted.",
      },
      ar: {
        title: "دورة الاندماج صباحًا",
        summary:
          "دورة لغة ألمانية مع دورة توجيهية وفق قواعد المكتب الاتحادي للهجرة واللاجئين، ثلاثة أيام صباحًا في الأسبوع، مع امتحان نهائي.",
        description:
          "في دورة الاندماج تتعلم اللغة الألمانية حتى المستوى B1. بعد ذلك تأتي الدورة التوجيهية عن الحياة والتاريخ والقانون في ألمانيا. في النهاية تقدّم امتحان اللغة الألمانية للمهاجرين (DTZ) واختبار «الحياة في ألمانيا». قبل بدء الدورة تُجري لدينا اختبار تحديد المستوى مجانًا.",
      },
      fa: {
        title: "کلاس ادغام (Integrationskurs) صبح‌ها",
        summary:
          "کلاس زبان آلمانی همراه با دوره‌ی آشنایی با جامعه طبق مقررات اداره‌ی فدرال مهاجرت (BAMF)، سه صبح در هفته، با آزمون پایانی.",
        description:
          "در کلاس ادغام، زبان آلمانی را تا سطح B1 یاد می‌گیرید. پس از آن دوره‌ی آشنایی درباره‌ی زندگی، تاریخ و قوانین آلمان برگزار می‌شود. در پایان در آزمون زبان آلمانی برای مهاجران (DTZ) و آزمون «زندگی در آلمان» شرکت می‌کنید. پیش از شروع کلاس، یک آزمون تعیین سطح رایگان نزد ما می‌دهید.",
      },
      uk: {
        title: "Інтеграційний курс уранці",
        summary:
          "Курс німецької мови з орієнтаційним курсом за правилами BAMF, три ранки на тиждень, з підсумковим іспитом.",
        description:
          "На інтеграційному курсі ви вивчаєте німецьку мову до рівня B1. Потім відбувається орієнтаційний курс про життя, історію та право в Німеччині. Наприкінці ви складаєте мовний іспит для іммігрантів (DTZ) і тест «Життя в Німеччині». Перед курсом ви безкоштовно проходите в нас тест на визначення рівня.",
      },
      ru: {
        title: "Интеграционный курс утром",
        summary:
          "Курс немецкого языка с ориентационным курсом по правилам BAMF, три утра в неделю, с итоговым экзаменом.",
        description:
          "На интеграционном курсе вы изучаете немецкий язык до уровня B1. Затем следует ориентационный курс о жизни, истории и праве в Германии. В конце вы сдаёте языковой экзамен для иммигрантов (DTZ) и тест «Жизнь в Германии». Перед началом курса вы бесплатно проходите у нас тест на определение уровня.",
      },
      tr: {
        title: "Sabah entegrasyon kursu",
        summary:
          "BAMF kurallarına göre oryantasyon kursuyla birlikte Almanca kursu, haftada üç sabah, bitirme sınavıyla.",
        description:
          "Entegrasyon kursunda B1 seviyesine kadar Almanca öğrenirsiniz. Ardından Almanya’daki yaşam, tarih ve hukuk hakkında oryantasyon kursu gelir. Sonunda göçmenler için Almanca sınavına (DTZ) ve “Almanya’da Yaşam” testine girersiniz. Kurstan önce bizde ücretsiz bir seviye belirleme testi yaparsınız.",
      },
    },
    easyRead:
      "Sie wollen Deutsch lernen. Der Integrations-Kurs hilft Ihnen dabei. Der Kurs ist an 3 Vormittagen in der Woche. Sie lernen Deutsch. Sie lernen auch viel über das Leben in Deutschland. Am Ende gibt es eine Prüfung. Bringen Sie Ihren Berechtigungs-Schein mit. Bringen Sie Ihren Ausweis mit.",
  },
  {
    key: "integrationskurs-vhs-abendkurs",
    organisation: "vhs-aachen",
    categories: ["language"],
    audiences: ["newcomers", "eu-citizens", "professionals"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "18:00", closes: "21:15" },
      { weekday: 3, opens: "18:00", closes: "21:15" },
      { weekday: 6, opens: "09:00", closes: "12:15" },
    ],
    text: {
      de: {
        title: "Integrationskurs am Abend und Samstag",
        summary:
          "Integrationskurs für Berufstätige: zwei Abende und ein Samstagvormittag pro Woche, Deutsch bis B1 mit Orientierungskurs.",
        description:
          "Dieser Integrationskurs ist für Menschen, die tagsüber arbeiten. Der Inhalt ist derselbe wie im Vormittagskurs, der Kurs dauert aber länger. Sie lernen Deutsch bis B1 und schließen mit dem Deutsch-Test für Zuwanderer und dem Test „Leben in Deutschland“ ab.",
        eligibility: "Berufstätige ab 16 Jahren mit Berechtigung zum Integrationskurs oder Zulassung durch das BAMF.",
        howToJoin: "Melden Sie sich zur Kursberatung der VHS an. Dort machen Sie den Einstufungstest.",
        costNote:
          "Kostenbeitrag pro Unterrichtseinheit nach den Regeln des BAMF. Befreiung ist bei geringem Einkommen möglich.",
      },
      en: {
        title: "Integration course (evenings and Saturdays)",
        summary:
          "Integration course for working people: two evenings and one Saturday morning a week, German up to B1 plus orientation course.",
        description:
          "This integration course is for people who work during the day. The content is the same as in the morning course, but the course takes longer. You learn German up to B1 and finish with the German test for immigrants and the test “Life in Germany”.",
        eligibility:
          "Working people aged 16 and over who are entitled to an integration course or admitted by the BAMF.",
        howToJoin: "Book an appointment at the VHS course advice desk. You take the placement test there.",
        costNote:
          "A contribution per teaching unit under BAMF rules. Exemption is possible for people on a low income.",
      },
    },
  },
  {
    key: "frauenintegrationskurs-vhs-kinderbetreuung",
    organisation: "vhs-aachen",
    categories: ["language", "parents-children"],
    audiences: ["women", "parents", "newcomers"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "09:00", closes: "12:00" },
      { weekday: 3, opens: "09:00", closes: "12:00" },
      { weekday: 4, opens: "09:00", closes: "12:00" },
    ],
    text: {
      de: {
        title: "Frauen- und Elternintegrationskurs mit Kinderbetreuung",
        summary:
          "Integrationskurs für Mütter und Frauen mit kleinen Kindern. Während des Unterrichts werden die Kinder im Haus betreut.",
        description:
          "In diesem Integrationskurs lernen Frauen und Eltern Deutsch in einem ruhigen Tempo. Themen sind Kita, Schule, Arztbesuch und Einkaufen. Ihre Kinder unter drei Jahren werden während des Kurses in einem Raum nebenan betreut.",
        eligibility: "Frauen und Eltern ab 16 Jahren mit Berechtigung zum Integrationskurs.",
        howToJoin:
          "Kommen Sie zur Kursberatung der VHS. Sagen Sie bei der Anmeldung, wie viele Kinder betreut werden sollen und wie alt sie sind.",
        costNote:
          "Kostenbeitrag pro Unterrichtseinheit nach den Regeln des BAMF, Befreiung bei Bürgergeld oder Asylbewerberleistungen möglich. Die Kinderbetreuung ist kostenlos.",
      },
      en: {
        title: "Integration course for women and parents with childcare",
        summary:
          "Integration course for mothers and women with small children. The children are looked after in the building during lessons.",
        description:
          "In this integration course women and parents learn German at a calm pace. Topics include day care, school, visiting the doctor and shopping. Your children under three are looked after in a room next door during the course.",
        eligibility: "Women and parents aged 16 and over who are entitled to an integration course.",
        howToJoin:
          "Come to the VHS course advice desk. When you register, tell us how many children need care and how old they are.",
        costNote:
          "A contribution per teaching unit under BAMF rules; exemption possible for people on Bürgergeld or asylum seekers’ benefits. Childcare is free.",
      },
      ar: {
        title: "دورة اندماج للنساء والآباء مع رعاية الأطفال",
        summary:
          "دورة اندماج للأمهات والنساء اللواتي لديهن أطفال صغار. يتم الاعتناء بالأطفال في المبنى نفسه أثناء الدرس.",
        description:
          "في هذه الدورة تتعلم النساء والآباء اللغة الألمانية بوتيرة هادئة. من المواضيع: الروضة والمدرسة وزيارة الطبيب والتسوق. يتم الاعتناء بأطفالكم دون سن الثالثة في غرفة مجاورة أثناء الدورة.",
      },
      fa: {
        title: "کلاس ادغام برای زنان و والدین با نگهداری از کودک",
        summary:
          "کلاس ادغام برای مادران و زنانی که کودک خردسال دارند. در زمان کلاس از کودکان در همان ساختمان نگهداری می‌شود.",
        description:
          "در این کلاس، زنان و والدین با سرعتی آرام آلمانی یاد می‌گیرند. موضوع‌ها شامل مهدکودک، مدرسه، رفتن به پزشک و خرید است. در طول کلاس، از فرزندان زیر سه سال شما در اتاق کناری نگهداری می‌شود.",
      },
      uk: {
        title: "Інтеграційний курс для жінок і батьків з доглядом за дітьми",
        summary:
          "Інтеграційний курс для матерів і жінок з маленькими дітьми. Під час занять за дітьми доглядають у цьому ж будинку.",
        description:
          "На цьому курсі жінки та батьки вивчають німецьку в спокійному темпі. Теми: дитячий садок, школа, візит до лікаря, покупки. Під час курсу за вашими дітьми до трьох років доглядають у сусідній кімнаті.",
      },
      ru: {
        title: "Интеграционный курс для женщин и родителей с присмотром за детьми",
        summary:
          "Интеграционный курс для матерей и женщин с маленькими детьми. Во время занятий за детьми присматривают в том же здании.",
        description:
          "На этом курсе женщины и родители изучают немецкий язык в спокойном темпе. Темы: детский сад, школа, визит к врачу, покупки. Во время курса за вашими детьми до трёх лет присматривают в соседней комнате.",
      },
      tr: {
        title: "Çocuk bakımlı kadın ve ebeveyn entegrasyon kursu",
        summary:
          "Küçük çocuklu anneler ve kadınlar için entegrasyon kursu. Ders sırasında çocuklara aynı binada bakılır.",
        description:
          "Bu entegrasyon kursunda kadınlar ve ebeveynler sakin bir tempoda Almanca öğrenir. Konular arasında kreş, okul, doktora gitmek ve alışveriş vardır. Kurs süresince üç yaşından küçük çocuklarınıza yan odada bakılır.",
      },
    },
  },
  {
    key: "alphabetisierungskurs-vhs",
    organisation: "vhs-aachen",
    categories: ["language"],
    audiences: ["newcomers", "refugees"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:15" },
      { weekday: 2, opens: "09:00", closes: "12:15" },
      { weekday: 4, opens: "09:00", closes: "12:15" },
    ],
    text: {
      de: {
        title: "Integrationskurs mit Alphabetisierung",
        summary:
          "Lesen und Schreiben lernen und gleichzeitig Deutsch sprechen lernen – für Erwachsene, die nie oder nur kurz zur Schule gegangen sind.",
        description:
          "In diesem Kurs lernen Sie Schritt für Schritt Buchstaben, Lesen und Schreiben mit lateinischer Schrift. Gleichzeitig lernen Sie Deutsch für den Alltag. Die Gruppe ist klein, und die Lehrkräfte haben viel Erfahrung mit Alphabetisierung. Der Kurs ist länger als ein normaler Integrationskurs.",
        eligibility:
          "Erwachsene ab 16 Jahren mit Berechtigung zum Integrationskurs, die noch nicht oder kaum lesen und schreiben können.",
        howToJoin:
          "Kommen Sie zur Kursberatung der VHS. Eine Person aus Ihrer Familie oder eine Begleitperson darf mitkommen. Der Einstufungstest ist mündlich.",
        costNote:
          "Kostenbeitrag pro Unterrichtseinheit nach den Regeln des BAMF. Befreiung bei Bürgergeld oder Asylbewerberleistungen möglich.",
      },
      en: {
        title: "Integration course with literacy",
        summary:
          "Learn to read and write while learning to speak German – for adults who never went to school or only for a short time.",
        description:
          "In this course you learn letters, reading and writing in the Latin alphabet step by step. At the same time you learn German for everyday life. The group is small and the teachers are experienced in literacy teaching. The course is longer than a standard integration course.",
        eligibility:
          "Adults aged 16 and over entitled to an integration course who cannot yet read and write, or only a little.",
        howToJoin:
          "Come to the VHS course advice desk. A family member or another person may come with you. The placement test is oral.",
        costNote:
          "A contribution per teaching unit under BAMF rules. Exemption possible for people on Bürgergeld or asylum seekers’ benefits.",
      },
      ar: {
        title: "دورة اندماج مع تعليم القراءة والكتابة",
        summary:
          "تعلّم القراءة والكتابة وتعلّم التحدث بالألمانية في الوقت نفسه – للكبار الذين لم يذهبوا إلى المدرسة أو ذهبوا لفترة قصيرة فقط.",
        description:
          "في هذه الدورة تتعلم خطوة بخطوة الحروف والقراءة والكتابة بالأحرف اللاتينية. وفي الوقت نفسه تتعلم الألمانية للحياة اليومية. المجموعة صغيرة، والمعلمون لديهم خبرة كبيرة في تعليم القراءة والكتابة. هذه الدورة أطول من دورة الاندماج العادية.",
      },
      fa: {
        title: "کلاس ادغام همراه با سوادآموزی",
        summary:
          "یادگیری خواندن و نوشتن و هم‌زمان یادگیری صحبت به زبان آلمانی – برای بزرگسالانی که هرگز یا مدت کوتاهی به مدرسه رفته‌اند.",
        description:
          "در این کلاس، حروف، خواندن و نوشتن با الفبای لاتین را قدم به قدم یاد می‌گیرید. هم‌زمان آلمانی را برای زندگی روزمره یاد می‌گیرید. گروه کوچک است و معلمان تجربه‌ی زیادی در سوادآموزی دارند. این کلاس طولانی‌تر از کلاس ادغام معمولی است.",
      },
      uk: {
        title: "Інтеграційний курс з навчанням грамоти",
        summary:
          "Навчитися читати й писати та водночас говорити німецькою – для дорослих, які не ходили до школи або ходили недовго.",
        description:
          "На цьому курсі ви крок за кроком вивчаєте літери, читання та письмо латиницею. Водночас ви вивчаєте німецьку для повсякденного життя. Група невелика, а викладачі мають великий досвід навчання грамоти. Курс триває довше, ніж звичайний інтеграційний курс.",
      },
      ru: {
        title: "Интеграционный курс с обучением грамоте",
        summary:
          "Научиться читать и писать и одновременно говорить по-немецки – для взрослых, которые не ходили в школу или ходили недолго.",
        description:
          "На этом курсе вы шаг за шагом изучаете буквы, чтение и письмо на латинице. Одновременно вы учите немецкий для повседневной жизни. Группа небольшая, у преподавателей большой опыт обучения грамоте. Курс длится дольше, чем обычный интеграционный курс.",
      },
      tr: {
        title: "Okuma yazma eğitimli entegrasyon kursu",
        summary:
          "Hiç okula gitmemiş ya da kısa süre gitmiş yetişkinler için: okuma yazma öğrenirken aynı zamanda Almanca konuşmayı öğrenin.",
        description:
          "Bu kursta harfleri, Latin alfabesiyle okumayı ve yazmayı adım adım öğrenirsiniz. Aynı zamanda günlük hayat için Almanca öğrenirsiniz. Grup küçüktür ve öğretmenler okuma yazma eğitiminde deneyimlidir. Kurs, normal bir entegrasyon kursundan daha uzun sürer.",
      },
    },
    easyRead:
      "Sie können nicht gut lesen. Sie können nicht gut schreiben. Das ist nicht schlimm. In diesem Kurs lernen Sie Lesen. Sie lernen Schreiben. Sie lernen auch Deutsch sprechen. Die Gruppe ist klein. Die Lehrer haben viel Geduld. Sie dürfen eine Begleit-Person zur Anmeldung mitbringen.",
  },
  {
    key: "zweitschriftlernerkurs-vhs",
    organisation: "vhs-aachen",
    categories: ["language"],
    audiences: ["newcomers", "refugees"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "13:00", closes: "16:15" },
      { weekday: 3, opens: "13:00", closes: "16:15" },
      { weekday: 5, opens: "13:00", closes: "16:15" },
    ],
    text: {
      de: {
        title: "Integrationskurs für Zweitschriftlernende",
        summary:
          "Für Menschen, die in einer anderen Schrift lesen und schreiben können, zum Beispiel Arabisch, Persisch oder Tigrinya, und das lateinische Alphabet lernen.",
        description:
          "Sie können schon lesen und schreiben, aber nicht mit lateinischen Buchstaben. In diesem Kurs lernen Sie das lateinische Alphabet schnell und sicher. Danach lernen Sie Deutsch wie im normalen Integrationskurs.",
        eligibility:
          "Erwachsene ab 16 Jahren mit Berechtigung zum Integrationskurs, die eine andere Schrift beherrschen.",
        howToJoin: "Kursberatung und Einstufungstest in der VHS. Bringen Sie Ihren Berechtigungsschein mit.",
        costNote:
          "Kostenbeitrag pro Unterrichtseinheit nach den Regeln des BAMF. Befreiung bei geringem Einkommen möglich.",
      },
      en: {
        title: "Integration course for learners of a second script",
        summary:
          "For people who can read and write in another script, for example Arabic, Persian or Tigrinya, and want to learn the Latin alphabet.",
        description:
          "You can already read and write, but not in Latin letters. In this course you learn the Latin alphabet quickly and confidently. After that you learn German as in a standard integration course.",
        eligibility:
          "Adults aged 16 and over entitled to an integration course who can read and write in another script.",
        howToJoin: "Course advice and placement test at the VHS. Bring your entitlement certificate.",
        costNote: "A contribution per teaching unit under BAMF rules. Exemption possible for people on a low income.",
      },
    },
  },
  {
    key: "berufssprachkurs-b2-vhs",
    organisation: "vhs-aachen",
    categories: ["language", "work"],
    audiences: ["professionals", "newcomers", "eu-citizens"],
    languages: ["de"],
    free: false,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "17:30", closes: "20:45" },
      { weekday: 3, opens: "17:30", closes: "20:45" },
      { weekday: 6, opens: "09:00", closes: "12:15" },
    ],
    text: {
      de: {
        title: "Berufssprachkurs Deutsch B2",
        summary:
          "Berufsbezogener Deutschkurs von B1 zu B2: E-Mails, Telefonate und Gespräche im Job, mit Abschlussprüfung.",
        description:
          "Im Berufssprachkurs lernen Sie Deutsch für die Arbeit. Sie üben Telefonate, E-Mails, Besprechungen und Bewerbungsgespräche. Der Kurs endet mit einer Prüfung auf dem Niveau B2. Er findet abends und samstags statt, damit Sie daneben arbeiten können.",
        eligibility:
          "Erwachsene mit Deutsch auf Niveau B1, die arbeiten, Arbeit suchen oder in Ausbildung sind. Sie brauchen eine Berechtigung vom Jobcenter, von der Agentur für Arbeit oder vom BAMF.",
        howToJoin:
          "Fragen Sie Ihre Beraterin oder Ihren Berater im Jobcenter oder in der Agentur für Arbeit nach einer Berechtigung. Beschäftigte beantragen die Teilnahme direkt beim BAMF.",
        costNote:
          "Für Kundinnen und Kunden von Jobcenter und Agentur für Arbeit kostenlos. Beschäftigte zahlen je nach Einkommen einen Eigenbeitrag.",
      },
      en: {
        title: "Job-related German course B2",
        summary:
          "Job-related German course from B1 to B2: e-mails, phone calls and conversations at work, with a final exam.",
        description:
          "In the job-related language course you learn German for work. You practise phone calls, e-mails, meetings and job interviews. The course ends with an exam at level B2. It takes place in the evenings and on Saturdays so that you can work at the same time.",
        eligibility:
          "Adults with German at level B1 who work, are looking for work or are in training. You need an entitlement from the job centre, the employment agency or the BAMF.",
        howToJoin:
          "Ask your adviser at the job centre or the employment agency for an entitlement. Employed people apply directly to the BAMF.",
        costNote:
          "Free for clients of the job centre and the employment agency. Employed people pay a contribution depending on their income.",
      },
      ar: {
        title: "دورة اللغة الألمانية المهنية B2",
        summary:
          "دورة ألمانية مرتبطة بالعمل من المستوى B1 إلى B2: رسائل البريد الإلكتروني والمكالمات والمحادثات في العمل، مع امتحان نهائي.",
        description:
          "في دورة اللغة المهنية تتعلم الألمانية من أجل العمل. تتدرب على المكالمات الهاتفية ورسائل البريد الإلكتروني والاجتماعات ومقابلات العمل. تنتهي الدورة بامتحان في المستوى B2. تُعقد الدورة مساءً وأيام السبت حتى تتمكن من العمل في الوقت نفسه.",
      },
      fa: {
        title: "کلاس زبان آلمانی شغلی B2",
        summary: "کلاس آلمانی مرتبط با کار از سطح B1 تا B2: ایمیل، تماس تلفنی و گفت‌وگو در محیط کار، با آزمون پایانی.",
        description:
          "در کلاس زبان شغلی، آلمانی را برای کار یاد می‌گیرید. تماس تلفنی، نوشتن ایمیل، جلسه‌های کاری و مصاحبه‌ی استخدامی را تمرین می‌کنید. کلاس با آزمونی در سطح B2 به پایان می‌رسد. کلاس‌ها عصرها و شنبه‌ها برگزار می‌شوند تا بتوانید در کنار آن کار کنید.",
      },
      uk: {
        title: "Професійний курс німецької мови B2",
        summary:
          "Курс німецької для роботи від рівня B1 до B2: електронні листи, телефонні розмови та бесіди на роботі, з підсумковим іспитом.",
        description:
          "На професійному мовному курсі ви вивчаєте німецьку для роботи. Ви тренуєте телефонні розмови, електронні листи, наради та співбесіди. Курс завершується іспитом на рівні B2. Заняття проходять увечері та в суботу, щоб ви могли паралельно працювати.",
      },
      ru: {
        title: "Профессиональный курс немецкого языка B2",
        summary:
          "Курс немецкого для работы с уровня B1 до B2: электронные письма, телефонные звонки и разговоры на работе, с итоговым экзаменом.",
        description:
          "На профессиональном языковом курсе вы изучаете немецкий для работы. Вы тренируете телефонные разговоры, электронные письма, совещания и собеседования. Курс заканчивается экзаменом на уровне B2. Занятия проходят по вечерам и в субботу, чтобы вы могли одновременно работать.",
      },
      tr: {
        title: "Mesleki Almanca kursu B2",
        summary:
          "B1’den B2’ye mesleğe yönelik Almanca kursu: iş yerinde e-posta, telefon ve görüşmeler, bitirme sınavıyla.",
        description:
          "Mesleki dil kursunda iş için Almanca öğrenirsiniz. Telefon görüşmeleri, e-postalar, toplantılar ve iş görüşmeleri üzerine alıştırma yaparsınız. Kurs B2 seviyesinde bir sınavla biter. Kurs akşamları ve cumartesi günleri yapılır, böylece aynı zamanda çalışabilirsiniz.",
      },
    },
  },
  {
    key: "einbuergerungstest-vorbereitung-vhs",
    organisation: "vhs-aachen",
    categories: ["language", "legal"],
    audiences: ["newcomers"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "10:00", closes: "13:00" }],
    text: {
      de: {
        title: "Vorbereitung auf den Einbürgerungstest",
        summary:
          "Kurzkurs an vier Samstagen: Fragen zu Politik, Geschichte und Gesellschaft in Deutschland üben, bevor Sie den Einbürgerungstest machen.",
        description:
          "Im Einbürgerungstest beantworten Sie Fragen zu Demokratie, Geschichte und Zusammenleben in Deutschland. In diesem Kurs gehen wir die Themen gemeinsam durch und üben mit Beispielfragen. Sie können den Test danach direkt an der VHS ablegen.",
        eligibility: "Menschen, die die Einbürgerung planen und mindestens Deutsch auf Niveau A2 sprechen.",
        howToJoin: "Anmeldung über das Kursprogramm der VHS, online oder am Servicepunkt.",
        costNote: "Kursgebühr laut Kursprogramm der VHS. Die Gebühr für den Test selbst (25 €) zahlen Sie getrennt.",
      },
      en: {
        title: "Preparation for the naturalisation test",
        summary:
          "Short course on four Saturdays: practise questions on politics, history and society in Germany before taking the naturalisation test.",
        description:
          "In the naturalisation test you answer questions about democracy, history and living together in Germany. In this course we go through the topics together and practise with sample questions. Afterwards you can take the test directly at the VHS.",
        eligibility: "People planning to naturalise who speak at least A2-level German.",
        howToJoin: "Register through the VHS course programme, online or at the service desk.",
        costNote: "Course fee as listed in the VHS programme. The fee for the test itself (25 €) is paid separately.",
      },
    },
  },
  {
    key: "dtz-pruefungstraining-vhs",
    organisation: "vhs-aachen",
    categories: ["language"],
    audiences: ["newcomers", "refugees"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "17:30", closes: "19:45" },
      { weekday: 4, opens: "17:30", closes: "19:45" },
    ],
    text: {
      de: {
        title: "Prüfungstraining Deutsch-Test für Zuwanderer",
        summary:
          "Vier Wochen gezielte Vorbereitung auf den DTZ (A2/B1): Hören, Lesen, Schreiben und Sprechen unter Prüfungsbedingungen üben.",
        description:
          "Sie haben bald die Prüfung Deutsch-Test für Zuwanderer oder möchten sie wiederholen. Wir üben jeden Prüfungsteil mit echten Übungsaufgaben. Besonders üben wir die mündliche Prüfung zu zweit.",
        eligibility: "Teilnehmende und ehemalige Teilnehmende von Integrationskursen mit Deutsch etwa auf Niveau A2.",
        howToJoin: "Anmeldung am Servicepunkt der VHS. Die Plätze sind begrenzt.",
        costNote: "Geringe Kursgebühr laut Kursprogramm der VHS; Ermäßigung bei geringem Einkommen möglich.",
      },
      en: {
        title: "Exam training: German test for immigrants",
        summary:
          "Four weeks of focused preparation for the DTZ (A2/B1): practise listening, reading, writing and speaking under exam conditions.",
        description:
          "Your German test for immigrants is coming up soon or you want to retake it. We practise every part of the exam with real practice tasks. We especially practise the oral exam in pairs.",
        eligibility: "Current and former integration course participants with German at around level A2.",
        howToJoin: "Register at the VHS service desk. Places are limited.",
        costNote: "Small course fee as listed in the VHS programme; reduced fee possible for people on a low income.",
      },
    },
  },
  {
    key: "deutschkurs-a1-abendkurs-elisenbrunnen",
    organisation: "sprachschule-elisenbrunnen",
    categories: ["language"],
    audiences: ["newcomers", "eu-citizens", "professionals"],
    languages: ["de", "en"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "18:30", closes: "20:30" },
      { weekday: 4, opens: "18:30", closes: "20:30" },
    ],
    text: {
      de: {
        title: "Deutschkurs A1 am Abend",
        summary:
          "Deutsch für den Anfang: kleiner Abendkurs mit höchstens zwölf Personen, ideal neben Arbeit oder Studium.",
        description:
          "Sie fangen ganz neu mit Deutsch an. In acht Wochen lernen Sie, sich vorzustellen, einzukaufen, Termine zu machen und einfache Formulare auszufüllen. Die Lehrkraft erklärt am Anfang auch auf Englisch.",
        eligibility: "Erwachsene ohne Vorkenntnisse in Deutsch.",
        howToJoin:
          "Anmeldung per E-Mail oder im Büro der Sprachschule. Ein Einstieg ist zu Beginn jedes Kursmonats möglich.",
        costNote: "189 € für acht Wochen inklusive Lehrbuch. Ratenzahlung ist möglich.",
      },
      en: {
        title: "German course A1 (evenings)",
        summary:
          "German for beginners: small evening course with a maximum of twelve people, ideal alongside work or studies.",
        description:
          "You are starting German from scratch. In eight weeks you learn to introduce yourself, go shopping, make appointments and fill in simple forms. At the beginning the teacher also explains things in English.",
        eligibility: "Adults with no previous knowledge of German.",
        howToJoin:
          "Register by e-mail or at the language school office. You can join at the start of every course month.",
        costNote: "189 € for eight weeks including the textbook. Payment in instalments is possible.",
      },
    },
  },
  {
    key: "deutschkurs-b1-intensiv-elisenbrunnen",
    organisation: "sprachschule-elisenbrunnen",
    categories: ["language"],
    audiences: ["newcomers", "eu-citizens", "professionals"],
    languages: ["de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:30" },
      { weekday: 3, opens: "09:00", closes: "12:30" },
      { weekday: 5, opens: "09:00", closes: "12:30" },
    ],
    text: {
      de: {
        title: "Intensiver Deutschkurs B1",
        summary:
          "Sprachkurs am Vormittag für alle mit A2-Kenntnissen, die schnell auf B1 kommen wollen – mit Prüfungsvorbereitung.",
        description:
          "In diesem Intensivkurs erweitern Sie Ihren Wortschatz und sprechen viel in der Gruppe. Sie lesen kurze Texte aus Zeitung und Alltag und schreiben eigene Briefe. Am Ende können Sie eine B1-Prüfung ablegen.",
        eligibility: "Erwachsene mit Deutsch auf Niveau A2.",
        howToJoin: "Kostenloser Einstufungstest im Büro der Sprachschule, danach Anmeldung.",
        costNote: "420 € für zehn Wochen. Die Prüfungsgebühr ist nicht enthalten.",
      },
      en: {
        title: "Intensive German course B1",
        summary:
          "Morning language course for everyone with A2 German who wants to reach B1 quickly – with exam preparation.",
        description:
          "In this intensive course you expand your vocabulary and speak a lot in the group. You read short texts from newspapers and daily life and write your own letters. At the end you can take a B1 exam.",
        eligibility: "Adults with German at level A2.",
        howToJoin: "Free placement test at the language school office, then registration.",
        costNote: "420 € for ten weeks. The exam fee is not included.",
      },
    },
  },
  {
    key: "deutschkurs-c1-akademische-berufe-elisenbrunnen",
    organisation: "sprachschule-elisenbrunnen",
    categories: ["language", "work"],
    audiences: ["professionals"],
    languages: ["de"],
    free: false,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "18:00", closes: "21:00" },
      { weekday: 4, opens: "18:00", closes: "21:00" },
    ],
    text: {
      de: {
        title: "Deutschkurs C1 für akademische Berufe",
        summary:
          "Anspruchsvoller Sprachkurs für Fachkräfte und Hochschulabsolventen: Fachtexte, Präsentationen und Verhandeln auf Deutsch.",
        description:
          "Sie arbeiten oder möchten in einem akademischen Beruf arbeiten, zum Beispiel in Technik, Forschung oder Verwaltung. Sie üben Präsentationen, Protokolle und Fachgespräche. Der Kurs bereitet auf eine C1-Prüfung vor.",
        eligibility: "Erwachsene mit Deutsch auf Niveau B2 und einem Studium oder einer Berufsausbildung.",
        howToJoin:
          "Schicken Sie eine E-Mail an die Sprachschule. Sie bekommen einen Termin für ein kurzes Einstufungsgespräch.",
        costNote:
          "560 € für zwölf Wochen. Arbeitgeber können die Kosten übernehmen; wir stellen eine Rechnung an die Firma aus.",
      },
      en: {
        title: "German course C1 for academic professions",
        summary:
          "Demanding language course for skilled workers and graduates: specialist texts, presentations and negotiating in German.",
        description:
          "You work or want to work in an academic profession, for example in engineering, research or administration. You practise presentations, minutes and specialist conversations. The course prepares you for a C1 exam.",
        eligibility: "Adults with German at level B2 and a university degree or vocational qualification.",
        howToJoin: "Send an e-mail to the language school. You get an appointment for a short placement interview.",
        costNote: "560 € for twelve weeks. Employers can cover the costs; we can invoice the company.",
      },
    },
  },
  {
    key: "deutsch-fuer-pflegeberufe-bildungswerk-ost",
    organisation: "bildungswerk-aachen-ost",
    categories: ["language", "work"],
    audiences: ["professionals", "newcomers", "refugees"],
    languages: ["de"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "08:30", closes: "13:00" },
      { weekday: 2, opens: "08:30", closes: "13:00" },
      { weekday: 4, opens: "08:30", closes: "13:00" },
    ],
    text: {
      de: {
        title: "Deutsch für Pflegeberufe",
        summary:
          "Fachsprachkurs für Pflegekräfte aus dem Ausland: Übergabe, Dokumentation und Gespräche mit Patienten auf Deutsch.",
        description:
          "Sie haben einen Pflegeberuf gelernt und möchten in Deutschland in der Pflege arbeiten. Im Kurs lernen Sie die Fachsprache für Übergaben, Pflegedokumentation und Gespräche mit Patientinnen, Patienten und Angehörigen. Der Kurs hilft auch bei der Vorbereitung auf die Kenntnisprüfung für die Anerkennung.",
        eligibility: "Pflegekräfte mit ausländischem Abschluss und Deutsch mindestens auf Niveau B1.",
        howToJoin:
          "Sprechen Sie mit Ihrer Beratung im Jobcenter oder in der Agentur für Arbeit über einen Bildungsgutschein. Danach melden Sie sich beim Bildungswerk.",
        costNote: "Kostenlos mit Bildungsgutschein von Jobcenter oder Agentur für Arbeit.",
      },
      en: {
        title: "German for nursing professions",
        summary:
          "Specialist language course for nurses from abroad: handovers, documentation and talking to patients in German.",
        description:
          "You trained as a nurse and want to work in nursing in Germany. In the course you learn the specialist language for handovers, care documentation and conversations with patients and relatives. The course also helps you prepare for the knowledge test needed for recognition.",
        eligibility: "Nurses with a foreign qualification and German at least at level B1.",
        howToJoin:
          "Talk to your adviser at the job centre or the employment agency about an education voucher. Then register with the Bildungswerk.",
        costNote: "Free with an education voucher from the job centre or the employment agency.",
      },
    },
  },
  {
    key: "deutsch-am-arbeitsplatz-bbz-west",
    organisation: "berufsbildungszentrum-west",
    categories: ["language", "work"],
    audiences: ["professionals", "newcomers"],
    languages: ["de"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "16:30", closes: "18:30" },
      { weekday: 4, opens: "16:30", closes: "18:30" },
    ],
    text: {
      de: {
        title: "Deutsch am Arbeitsplatz",
        summary:
          "Abendkurs für Beschäftigte in Handwerk, Lager und Gastronomie: Arbeitsanweisungen, Sicherheit und Gespräche mit Kollegen.",
        description:
          "Sie arbeiten schon, aber die Sprache im Betrieb ist noch schwer. Hier üben Sie Wörter und Sätze, die Sie jeden Tag bei der Arbeit brauchen. Dazu gehören Arbeitsanweisungen, Sicherheitsregeln, Dienstpläne und Gespräche mit Vorgesetzten.",
        eligibility: "Beschäftigte mit Deutsch auf Niveau A2 bis B1.",
        howToJoin: "Rufen Sie im Berufsbildungszentrum an oder kommen Sie dienstags ab 16 Uhr vorbei.",
      },
      en: {
        title: "German at the workplace",
        summary:
          "Evening course for people working in trades, warehouses and catering: work instructions, safety and talking to colleagues.",
        description:
          "You already have a job, but the language at work is still difficult. Here you practise the words and sentences you need every day at work. These include work instructions, safety rules, rotas and conversations with supervisors.",
        eligibility: "Employees with German at level A2 to B1.",
        howToJoin: "Call the Berufsbildungszentrum or drop in on Tuesdays from 4 pm.",
      },
    },
  },
  {
    key: "lese-schreibtreff-bildungswerk-ost",
    organisation: "bildungswerk-aachen-ost",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "women"],
    languages: ["de", "ar", "ti"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "Lese- und Schreibtreff",
        summary:
          "Offener Treff zum Üben von Lesen und Schreiben, ohne Prüfung und ohne Druck – auch als Ergänzung zum Alphabetisierungskurs.",
        description:
          "Beim Lese- und Schreibtreff üben Sie in Ihrem Tempo. Sie lesen Briefe, Schilder und kurze Texte und schreiben einfache Notizen. Ehrenamtliche und eine Lehrkraft helfen Ihnen. Es gibt Tee und Kaffee.",
        eligibility: "Erwachsene, die Lesen und Schreiben lernen oder verbessern wollen.",
        howToJoin: "Kommen Sie einfach mittwochs vorbei. Eine Anmeldung ist nicht nötig.",
      },
      en: {
        title: "Reading and writing meet-up",
        summary:
          "Drop-in meet-up to practise reading and writing, with no exams and no pressure – also as a supplement to a literacy course.",
        description:
          "At the reading and writing meet-up you practise at your own pace. You read letters, signs and short texts and write simple notes. Volunteers and a teacher help you. There is tea and coffee.",
        eligibility: "Adults who want to learn or improve reading and writing.",
        howToJoin: "Just drop in on Wednesdays. No registration needed.",
      },
    },
  },
  {
    key: "sprachcafe-innenstadt-dienstag",
    organisation: "sprachcafe-netzwerk",
    programme: "komm-an",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "volunteers"],
    languages: ["de", "en", "ar", "fa", "uk"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "17:00", closes: "19:00" }],
    text: {
      de: {
        title: "Sprachcafé Innenstadt",
        summary: "Jeden Dienstag Deutsch sprechen bei Kaffee und Tee – offen für alle Niveaus, ohne Anmeldung.",
        description:
          "Im Sprachcafé sitzen Neuzugewanderte und Ehrenamtliche an kleinen Tischen zusammen und unterhalten sich auf Deutsch. Es gibt Gesprächskarten und Spiele für Anfängerinnen und Anfänger. Niemand muss perfekt sprechen. Viele kommen auch, um Leute kennenzulernen.",
        eligibility: "Alle, die Deutsch üben möchten, und alle, die beim Gespräch helfen möchten.",
        howToJoin: "Kommen Sie einfach vorbei. Sie können jederzeit dazukommen und gehen.",
      },
      en: {
        title: "Language café in the city centre",
        summary: "Speak German over coffee and tea every Tuesday – open to all levels, no registration.",
        description:
          "At the language café newcomers and volunteers sit together at small tables and talk in German. There are conversation cards and games for beginners. Nobody has to speak perfectly. Many people also come to meet others.",
        eligibility: "Everyone who wants to practise German and everyone who wants to help with conversation.",
        howToJoin: "Just drop in. You can arrive and leave at any time.",
      },
      ar: {
        title: "مقهى اللغة في وسط المدينة",
        summary: "كل يوم ثلاثاء تحدّث بالألمانية مع القهوة والشاي – مفتوح لجميع المستويات، دون تسجيل.",
        description:
          "في مقهى اللغة يجلس القادمون الجدد والمتطوعون معًا حول طاولات صغيرة ويتحدثون بالألمانية. توجد بطاقات محادثة وألعاب للمبتدئين. لا أحد مضطر للتحدث بشكل مثالي. كثيرون يأتون أيضًا للتعرف على أشخاص جدد.",
      },
      fa: {
        title: "کافه‌ی زبان در مرکز شهر",
        summary: "هر سه‌شنبه با چای و قهوه آلمانی صحبت کنید – برای همه‌ی سطح‌ها، بدون ثبت‌نام.",
        description:
          "در کافه‌ی زبان، تازه‌واردان و داوطلبان دور میزهای کوچک می‌نشینند و به آلمانی گفت‌وگو می‌کنند. برای مبتدی‌ها کارت‌های گفت‌وگو و بازی وجود دارد. هیچ‌کس لازم نیست بی‌نقص صحبت کند. بسیاری هم برای آشنا شدن با دیگران می‌آیند.",
      },
      uk: {
        title: "Мовне кафе в центрі міста",
        summary: "Щовівторка розмовляйте німецькою за кавою та чаєм – для всіх рівнів, без реєстрації.",
        description:
          "У мовному кафе новоприбулі та волонтери сидять разом за невеликими столиками й розмовляють німецькою. Для початківців є картки з темами для розмови та ігри. Ніхто не мусить говорити ідеально. Багато хто приходить також, щоб познайомитися з людьми.",
      },
      ru: {
        title: "Языковое кафе в центре города",
        summary: "Каждый вторник говорите по-немецки за кофе и чаем – для любого уровня, без регистрации.",
        description:
          "В языковом кафе новоприбывшие и волонтёры сидят вместе за небольшими столиками и разговаривают по-немецки. Для начинающих есть карточки с темами и игры. Никто не обязан говорить идеально. Многие приходят также, чтобы познакомиться с людьми.",
      },
      tr: {
        title: "Şehir merkezinde dil kafesi",
        summary: "Her salı kahve ve çay eşliğinde Almanca konuşun – her seviyeye açık, kayıt gerekmez.",
        description:
          "Dil kafesinde yeni gelenler ve gönüllüler küçük masalarda bir araya gelip Almanca sohbet eder. Yeni başlayanlar için konuşma kartları ve oyunlar vardır. Kimsenin mükemmel konuşması gerekmez. Birçok kişi yeni insanlarla tanışmak için de gelir.",
      },
    },
    easyRead:
      "Sie wollen Deutsch sprechen üben. Kommen Sie ins Sprach-Café. Das Sprach-Café ist jeden Dienstag. Es beginnt um 17 Uhr. Es gibt Kaffee und Tee. Sie sprechen mit anderen Menschen Deutsch. Fehler sind kein Problem. Sie müssen sich nicht anmelden. Es kostet nichts.",
  },
  {
    key: "sprachcafe-frauen-samstag",
    organisation: "sprachcafe-netzwerk",
    programme: "komm-an",
    categories: ["language"],
    audiences: ["women", "newcomers", "refugees"],
    languages: ["de", "ar", "fa", "ti", "so"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "10:00", closes: "12:00", interval: 2 }],
    text: {
      de: {
        title: "Sprachcafé für Frauen",
        summary: "Jeden zweiten Samstag: Deutsch sprechen unter Frauen, mit Spielecke für Kinder.",
        description:
          "Im Sprachcafé für Frauen üben Frauen Deutsch in einer geschützten Runde. Ehrenamtliche Frauen leiten die Gespräche über Alltag, Familie und Stadtleben. Kinder können in der Spielecke im selben Raum spielen.",
        eligibility: "Frauen jeden Alters, egal wie gut das Deutsch schon ist.",
        howToJoin: "Ohne Anmeldung. Kommen Sie mit oder ohne Kinder vorbei.",
      },
      en: {
        title: "Language café for women",
        summary: "Every other Saturday: speak German among women, with a play corner for children.",
        description:
          "At the language café for women, women practise German in a safe setting. Volunteer women lead conversations about everyday life, family and living in the city. Children can play in the play corner in the same room.",
        eligibility: "Women of all ages, whatever their level of German.",
        howToJoin: "No registration. Come with or without your children.",
      },
    },
  },
  {
    key: "sprachcafe-brand-donnerstag",
    organisation: "runder-tisch-brand",
    programme: "komm-an",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "volunteers"],
    languages: ["de", "ar", "ku", "fa", "tr"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "16:00", closes: "18:00" }],
    text: {
      de: {
        title: "Sprachcafé Brand",
        summary:
          "Donnerstags im Gemeindesaal: Deutsch sprechen, Fragen stellen und Nachbarinnen und Nachbarn in Brand kennenlernen.",
        description:
          "Der Runde Tisch Flüchtlingshilfe lädt jeden Donnerstag zum Sprachcafé ein. Sie üben Deutsch im Gespräch und bekommen Tipps für den Alltag in Brand. Ehrenamtliche helfen auch bei kurzen Fragen zu Briefen. Kinder sind willkommen.",
        eligibility: "Alle Neuzugewanderten und Geflüchteten sowie Menschen aus Brand, die mitmachen möchten.",
        howToJoin: "Einfach vorbeikommen, keine Anmeldung nötig.",
      },
      en: {
        title: "Language café Brand",
        summary: "Thursdays in the parish hall: speak German, ask questions and get to know your neighbours in Brand.",
        description:
          "The Brand refugee support round table invites you to the language café every Thursday. You practise German in conversation and get tips for everyday life in Brand. Volunteers also help with short questions about letters. Children are welcome.",
        eligibility: "All newcomers and refugees, and people from Brand who want to join in.",
        howToJoin: "Just drop in, no registration needed.",
      },
      ar: {
        title: "مقهى اللغة في براند",
        summary: "كل خميس في قاعة الرعية: تحدّث بالألمانية واطرح أسئلتك وتعرّف على جيرانك في براند.",
        description:
          "تدعوكم الطاولة المستديرة لمساعدة اللاجئين في براند كل يوم خميس إلى مقهى اللغة. تتدرب على الألمانية من خلال المحادثة وتحصل على نصائح للحياة اليومية في براند. يساعد المتطوعون أيضًا في الأسئلة القصيرة حول الرسائل. الأطفال مرحَّب بهم.",
      },
      fa: {
        title: "کافه‌ی زبان در براند",
        summary: "پنج‌شنبه‌ها در سالن کلیسا: آلمانی صحبت کنید، سؤال بپرسید و با همسایه‌های خود در براند آشنا شوید.",
        description:
          "میزگرد کمک به پناهجویان براند هر پنج‌شنبه شما را به کافه‌ی زبان دعوت می‌کند. آلمانی را در گفت‌وگو تمرین می‌کنید و برای زندگی روزمره در براند راهنمایی می‌گیرید. داوطلبان در سؤال‌های کوتاه درباره‌ی نامه‌ها هم کمک می‌کنند. کودکان هم خوش آمده‌اند.",
      },
      uk: {
        title: "Мовне кафе в Бранді",
        summary:
          "Щочетверга в парафіяльній залі: розмовляйте німецькою, ставте запитання та знайомтеся із сусідами в Бранді.",
        description:
          "Круглий стіл допомоги біженцям у Бранді щочетверга запрошує до мовного кафе. Ви практикуєте німецьку в розмові та отримуєте поради для щоденного життя в Бранді. Волонтери також допомагають із короткими запитаннями щодо листів. Діти – бажані гості.",
      },
      ru: {
        title: "Языковое кафе в Бранде",
        summary:
          "По четвергам в приходском зале: говорите по-немецки, задавайте вопросы и знакомьтесь с соседями в Бранде.",
        description:
          "Круглый стол помощи беженцам в Бранде каждый четверг приглашает в языковое кафе. Вы практикуете немецкий в разговоре и получаете советы для повседневной жизни в Бранде. Волонтёры также помогают с короткими вопросами по письмам. Дети – желанные гости.",
      },
      tr: {
        title: "Brand dil kafesi",
        summary:
          "Perşembe günleri cemaat salonunda: Almanca konuşun, sorularınızı sorun ve Brand’daki komşularınızla tanışın.",
        description:
          "Brand Mülteci Yardımı Yuvarlak Masası her perşembe dil kafesine davet ediyor. Sohbet ederek Almanca pratik yapar ve Brand’daki günlük yaşam için ipuçları alırsınız. Gönüllüler mektuplarla ilgili kısa sorularda da yardımcı olur. Çocuklar da gelebilir.",
      },
    },
  },
  {
    key: "sprachcafe-richterich-mittwoch",
    organisation: "lernpaten-richterich",
    programme: "komm-an",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "uk", "ru", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "18:00", closes: "19:30" }],
    text: {
      de: {
        title: "Sprachcafé Richterich",
        summary: "Mittwochabends Deutsch üben in gemütlicher Runde – mit Ehrenamtlichen der Lernpaten Richterich.",
        description:
          "In Richterich treffen sich jeden Mittwoch Menschen, die Deutsch lernen, und Ehrenamtliche aus dem Ort. Sie sprechen über Alltag, Arbeit und Freizeit. Wer möchte, bekommt Hilfe bei Hausaufgaben aus dem Deutschkurs.",
        eligibility: "Erwachsene und Jugendliche ab 14 Jahren, die Deutsch üben möchten.",
        howToJoin: "Ohne Anmeldung. Kommen Sie einfach vorbei.",
      },
      en: {
        title: "Language café Richterich",
        summary:
          "Practise German on Wednesday evenings in a relaxed group – with volunteers from Lernpaten Richterich.",
        description:
          "Every Wednesday, people learning German and local volunteers meet in Richterich. They talk about everyday life, work and free time. If you like, you can get help with homework from your German course.",
        eligibility: "Adults and young people aged 14 and over who want to practise German.",
        howToJoin: "No registration. Just drop in.",
      },
      ar: {
        title: "مقهى اللغة في ريختريش",
        summary: "تدرّب على الألمانية مساء كل أربعاء في جو مريح – مع متطوعي مبادرة «لرن باتن» في ريختريش.",
        description:
          "يلتقي في ريختريش كل أربعاء أشخاص يتعلمون الألمانية ومتطوعون من الحي. يتحدثون عن الحياة اليومية والعمل وأوقات الفراغ. ومن يرغب يحصل على مساعدة في واجبات دورة اللغة الألمانية.",
      },
      fa: {
        title: "کافه‌ی زبان در ریشتریش",
        summary: "چهارشنبه‌شب‌ها در جمعی صمیمی آلمانی تمرین کنید – همراه با داوطلبان گروه «لرن‌پاتن» ریشتریش.",
        description:
          "هر چهارشنبه در ریشتریش، کسانی که آلمانی یاد می‌گیرند و داوطلبان محله دور هم جمع می‌شوند. آن‌ها درباره‌ی زندگی روزمره، کار و اوقات فراغت صحبت می‌کنند. هر کس بخواهد، در تکالیف کلاس آلمانی کمک می‌گیرد.",
      },
      uk: {
        title: "Мовне кафе в Ріхтеріху",
        summary:
          "Щосереди ввечері практикуйте німецьку в затишному колі – з волонтерами ініціативи «Lernpaten Richterich».",
        description:
          "Щосереди в Ріхтеріху зустрічаються люди, які вивчають німецьку, і місцеві волонтери. Вони говорять про повсякденне життя, роботу та дозвілля. За бажанням можна отримати допомогу з домашніми завданнями з мовного курсу.",
      },
      ru: {
        title: "Языковое кафе в Рихтерихе",
        summary:
          "По средам вечером практикуйте немецкий в уютной компании – с волонтёрами инициативы «Lernpaten Richterich».",
        description:
          "Каждую среду в Рихтерихе встречаются люди, изучающие немецкий, и местные волонтёры. Они говорят о повседневной жизни, работе и досуге. По желанию можно получить помощь с домашними заданиями из языкового курса.",
      },
      tr: {
        title: "Richterich dil kafesi",
        summary: "Çarşamba akşamları samimi bir ortamda Almanca pratik yapın – Lernpaten Richterich gönüllüleriyle.",
        description:
          "Her çarşamba Richterich’te Almanca öğrenenler ve mahalleden gönüllüler buluşur. Günlük yaşam, iş ve boş zaman hakkında konuşurlar. İsteyenler Almanca kursunun ödevleri için yardım alabilir.",
      },
    },
  },
  {
    key: "deutsch-treff-vereinsheim-kornelimuenster",
    organisation: "tsv-kornelimuenster",
    programme: "komm-an",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "en", "uk"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "19:00", closes: "20:30", interval: 2 }],
    text: {
      de: {
        title: "Deutsch-Treff im Vereinsheim",
        summary:
          "Jeden zweiten Montag Gesprächsrunde auf Deutsch im Vereinsheim des TSV – Neuzugezogene treffen Vereinsmitglieder.",
        description:
          "Ehrenamtliche aus dem Sportverein laden zum Gespräch auf Deutsch ein. Sie üben Sprechen und erfahren, was in Kornelimünster und Walheim los ist. Wer Lust hat, kann danach beim Training zuschauen oder mitmachen.",
        eligibility: "Alle Neuzugezogenen aus Kornelimünster, Walheim und Umgebung.",
        howToJoin: "Ohne Anmeldung, einfach ins Vereinsheim kommen.",
      },
      en: {
        title: "German meet-up at the clubhouse",
        summary: "Every other Monday a German conversation group at the TSV clubhouse – newcomers meet club members.",
        description:
          "Volunteers from the sports club invite you to talk in German. You practise speaking and find out what is going on in Kornelimünster and Walheim. If you like, you can watch or join a training session afterwards.",
        eligibility: "All newcomers from Kornelimünster, Walheim and the surrounding area.",
        howToJoin: "No registration, just come to the clubhouse.",
      },
    },
  },
  {
    key: "frauendeutschkurs-familienzentrum-brand",
    organisation: "familienzentrum-brand",
    categories: ["language"],
    audiences: ["women", "parents", "newcomers"],
    languages: ["de", "ar", "ku", "tr"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "09:00", closes: "11:30" },
      { weekday: 4, opens: "09:00", closes: "11:30" },
    ],
    text: {
      de: {
        title: "Deutschkurs für Frauen mit Kinderbetreuung",
        summary:
          "Deutschkurs für Mütter im Familienzentrum Brand: zweimal pro Woche lernen, während die Kinder nebenan betreut werden.",
        description:
          "Sie lernen Deutsch für den Alltag mit Kindern: Gespräche in der Kita, beim Kinderarzt und mit Nachbarn. Die Gruppe ist klein und das Tempo ruhig. Ihre Kinder spielen in der Zeit mit Erzieherinnen im Nebenraum.",
        eligibility: "Frauen mit Kindern aus Brand und Umgebung, Anfängerinnen und Fortgeschrittene bis A2.",
        howToJoin: "Melden Sie sich im Büro des Familienzentrums an oder fragen Sie die Erzieherinnen Ihrer Kita.",
      },
      en: {
        title: "German course for women with childcare",
        summary:
          "German course for mothers at the Brand family centre: learn twice a week while the children are looked after next door.",
        description:
          "You learn German for everyday life with children: talking at day care, at the paediatrician and with neighbours. The group is small and the pace is calm. Meanwhile your children play with childcare workers in the next room.",
        eligibility: "Women with children from Brand and the surrounding area, beginners and learners up to A2.",
        howToJoin: "Register at the family centre office or ask the staff at your day care centre.",
      },
      ar: {
        title: "دورة لغة ألمانية للنساء مع رعاية الأطفال",
        summary:
          "دورة ألمانية للأمهات في مركز الأسرة في براند: تعلّمي مرتين في الأسبوع بينما يُعتنى بالأطفال في الغرفة المجاورة.",
        description:
          "تتعلمين الألمانية للحياة اليومية مع الأطفال: الحديث في الروضة وعند طبيب الأطفال ومع الجيران. المجموعة صغيرة والوتيرة هادئة. خلال ذلك يلعب أطفالك مع المربيات في الغرفة المجاورة.",
      },
      fa: {
        title: "کلاس آلمانی برای زنان با نگهداری از کودک",
        summary:
          "کلاس آلمانی برای مادران در مرکز خانواده‌ی براند: هفته‌ای دو بار یاد بگیرید، در حالی که از کودکان در اتاق کناری نگهداری می‌شود.",
        description:
          "آلمانی را برای زندگی روزمره با کودکان یاد می‌گیرید: گفت‌وگو در مهدکودک، نزد پزشک کودکان و با همسایه‌ها. گروه کوچک است و سرعت آرام. در این مدت فرزندانتان با مربیان در اتاق کناری بازی می‌کنند.",
      },
      uk: {
        title: "Курс німецької для жінок з доглядом за дітьми",
        summary:
          "Курс німецької для матерів у сімейному центрі Бранда: навчання двічі на тиждень, поки за дітьми доглядають у сусідній кімнаті.",
        description:
          "Ви вивчаєте німецьку для щоденного життя з дітьми: розмови в дитсадку, у дитячого лікаря та із сусідами. Група невелика, темп спокійний. У цей час ваші діти граються з вихователями в сусідній кімнаті.",
      },
      ru: {
        title: "Курс немецкого для женщин с присмотром за детьми",
        summary:
          "Курс немецкого для мам в семейном центре Бранда: занятия два раза в неделю, пока за детьми присматривают в соседней комнате.",
        description:
          "Вы изучаете немецкий для повседневной жизни с детьми: разговоры в детском саду, у детского врача и с соседями. Группа небольшая, темп спокойный. В это время ваши дети играют с воспитателями в соседней комнате.",
      },
      tr: {
        title: "Çocuk bakımlı kadınlar için Almanca kursu",
        summary:
          "Brand Aile Merkezi’nde anneler için Almanca kursu: çocuklara yan odada bakılırken haftada iki kez öğrenin.",
        description:
          "Çocuklarla günlük yaşam için Almanca öğrenirsiniz: kreşte, çocuk doktorunda ve komşularla konuşmak. Grup küçük ve tempo sakindir. Bu sırada çocuklarınız yan odada eğitmenlerle oynar.",
      },
    },
    easyRead:
      "Sie sind eine Frau. Sie haben kleine Kinder. Sie wollen Deutsch lernen. Im Familien-Zentrum Brand gibt es einen Deutsch-Kurs für Frauen. Der Kurs ist am Dienstag und am Donnerstag. Ihre Kinder spielen im Raum nebenan. Erzieherinnen passen auf die Kinder auf. Der Kurs kostet nichts. Melden Sie sich im Büro an.",
  },
  {
    key: "deutschkurs-muetter-kita-kastanienhof",
    organisation: "kita-kastanienhof-kornelimuenster",
    categories: ["language", "parents-children"],
    audiences: ["women", "parents"],
    languages: ["de", "uk", "ar", "fa"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "08:30", closes: "10:30" },
      { weekday: 3, opens: "08:30", closes: "10:30" },
    ],
    text: {
      de: {
        title: "Deutschkurs für Mütter in der Kita",
        summary:
          "Deutsch lernen direkt nach dem Bringen: kleiner Kurs für Mütter in der Kita Kastanienhof, Geschwisterkinder werden betreut.",
        description:
          "Nachdem Sie Ihr Kind in die Kita gebracht haben, bleiben Sie einfach da und lernen Deutsch. Eine Lehrkraft übt mit Ihnen Gespräche aus dem Kita-Alltag, Elternbriefe und Termine. Jüngere Geschwister werden in dieser Zeit im Haus betreut.",
        eligibility: "Mütter und andere Frauen aus Kornelimünster und Walheim, vor allem Eltern von Kita-Kindern.",
        howToJoin: "Sprechen Sie die Kita-Leitung an oder melden Sie sich beim Bringen in der Gruppe an.",
      },
      en: {
        title: "German course for mothers at the day care centre",
        summary:
          "Learn German right after drop-off: small course for mothers at Kita Kastanienhof, younger siblings are looked after.",
        description:
          "After bringing your child to day care, simply stay and learn German. A teacher practises conversations from day care life, letters to parents and appointments with you. Younger siblings are looked after in the building during this time.",
        eligibility:
          "Mothers and other women from Kornelimünster and Walheim, especially parents of children at the centre.",
        howToJoin: "Talk to the day care manager or sign up with your child’s group at drop-off.",
      },
      ar: {
        title: "دورة لغة ألمانية للأمهات في الروضة",
        summary:
          "تعلّمي الألمانية مباشرة بعد إيصال طفلك: دورة صغيرة للأمهات في روضة كاستانينهوف، مع رعاية الإخوة الصغار.",
        description:
          "بعد أن توصلي طفلك إلى الروضة، ابقي هناك وتعلّمي الألمانية. تتدرب معك معلمة على محادثات من الحياة اليومية في الروضة، ورسائل الأهل والمواعيد. يُعتنى بالإخوة الأصغر سنًا في المبنى خلال هذا الوقت.",
      },
      fa: {
        title: "کلاس آلمانی برای مادران در مهدکودک",
        summary:
          "یادگیری آلمانی درست بعد از رساندن کودک: کلاسی کوچک برای مادران در مهدکودک کاستانین‌هوف، با نگهداری از خواهر و برادرهای کوچک‌تر.",
        description:
          "پس از این‌که کودکتان را به مهدکودک رساندید، همان‌جا بمانید و آلمانی یاد بگیرید. یک معلم با شما گفت‌وگوهای روزمره‌ی مهدکودک، نامه‌های والدین و قرار ملاقات‌ها را تمرین می‌کند. در این مدت از خواهر و برادرهای کوچک‌تر در همان ساختمان نگهداری می‌شود.",
      },
      uk: {
        title: "Курс німецької для мам у дитсадку",
        summary:
          "Вивчайте німецьку одразу після того, як привели дитину: невеликий курс для мам у дитсадку «Каштанієнгоф», за молодшими дітьми доглядають.",
        description:
          "Після того як ви привели дитину в садок, просто залишайтеся й вивчайте німецьку. Викладачка тренує з вами розмови з життя садочка, листи для батьків і записи на прийом. Молодших братів і сестер у цей час доглядають у будинку.",
      },
      ru: {
        title: "Курс немецкого для мам в детском саду",
        summary:
          "Учите немецкий сразу после того, как привели ребёнка: небольшой курс для мам в детском саду «Кастаниенхоф», за младшими детьми присматривают.",
        description:
          "Приведя ребёнка в детский сад, просто оставайтесь и учите немецкий. Преподавательница тренирует с вами разговоры из жизни детского сада, письма для родителей и записи на приём. Младших братьев и сестёр в это время опекают в здании.",
      },
      tr: {
        title: "Kreşte anneler için Almanca kursu",
        summary:
          "Çocuğunuzu bıraktıktan hemen sonra Almanca öğrenin: Kastanienhof Kreşi’nde anneler için küçük kurs, küçük kardeşlere bakılır.",
        description:
          "Çocuğunuzu kreşe getirdikten sonra orada kalın ve Almanca öğrenin. Bir öğretmen sizinle kreş hayatından konuşmalar, veli mektupları ve randevular üzerine çalışır. Bu sırada küçük kardeşlere binada bakılır.",
      },
    },
  },
  {
    key: "frauendeutschkurs-familienzentrum-vaalserquartier",
    organisation: "familienzentrum-vaalserquartier",
    categories: ["language"],
    audiences: ["women", "parents", "newcomers"],
    languages: ["de", "fa", "ar", "en"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 3, opens: "09:00", closes: "11:00" },
      { weekday: 5, opens: "09:00", closes: "11:00" },
    ],
    text: {
      de: {
        title: "Deutsch für Frauen im Vaalserquartier",
        summary: "Deutschkurs für Frauen mit Kinderbetreuung im Familienzentrum, Anfängerinnen willkommen.",
        description:
          "Zweimal pro Woche lernen Frauen im Familienzentrum Deutsch. Wir üben einfache Gespräche, Zahlen, Uhrzeiten und Termine. Kinder ab einem Jahr werden im Spielzimmer betreut.",
        eligibility: "Frauen aus Laurensberg und dem Vaalserquartier ohne oder mit wenig Deutschkenntnissen.",
        howToJoin: "Kommen Sie zur Anmeldung ins Familienzentrum oder rufen Sie an.",
      },
      en: {
        title: "German for women in Vaalserquartier",
        summary: "German course for women with childcare at the family centre, beginners welcome.",
        description:
          "Twice a week women learn German at the family centre. We practise simple conversations, numbers, times and appointments. Children aged one and over are looked after in the playroom.",
        eligibility: "Women from Laurensberg and Vaalserquartier with no or little German.",
        howToJoin: "Come to the family centre to register or give us a call.",
      },
    },
  },
  {
    key: "deutsch-gespraechskreis-familienzentrum-eilendorf",
    organisation: "familienzentrum-eilendorf-sued",
    categories: ["language"],
    audiences: ["parents", "newcomers", "seniors"],
    languages: ["de", "ru", "uk", "tr"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "15:00", closes: "16:30" }],
    text: {
      de: {
        title: "Gesprächskreis Deutsch in Eilendorf",
        summary:
          "Donnerstagnachmittags Deutsch sprechen in kleiner Runde – für Eltern, Großeltern und alle, die nach dem Kurs weiter üben wollen.",
        description:
          "Viele haben einen Deutschkurs besucht, aber im Alltag wenig Gelegenheit zum Sprechen. Im Gesprächskreis reden wir über Themen aus dem Leben in Eilendorf. Eine pädagogische Fachkraft moderiert die Runde.",
        eligibility: "Erwachsene mit ersten Deutschkenntnissen (ab A2).",
        howToJoin: "Ohne Anmeldung, einfach ins Familienzentrum kommen.",
      },
      en: {
        title: "German conversation group in Eilendorf",
        summary:
          "Speak German in a small group on Thursday afternoons – for parents, grandparents and anyone who wants to keep practising after a course.",
        description:
          "Many people have attended a German course but have little chance to speak in everyday life. In the conversation group we talk about topics from life in Eilendorf. A member of the family centre staff leads the group.",
        eligibility: "Adults with some German (from A2).",
        howToJoin: "No registration, just come to the family centre.",
      },
    },
  },
  {
    key: "deutsch-fuer-eltern-kita-pusteblume",
    organisation: "kita-pusteblume-richterich",
    categories: ["language", "parents-children"],
    audiences: ["parents", "women"],
    languages: ["de", "ar", "ti"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "08:30", closes: "10:00" },
      { weekday: 5, opens: "08:30", closes: "10:00" },
    ],
    text: {
      de: {
        title: "Deutsch für Eltern in der Kita Pusteblume",
        summary: "Kleiner Deutschkurs für Kita-Eltern in Richterich, mit Betreuung für jüngere Geschwister.",
        description:
          "Eltern lernen in der Kita gemeinsam Deutsch. Wir üben, was Sie im Kita-Alltag brauchen: Elterngespräche, Krankmeldungen, Ausflüge und Feste. Kleine Geschwister dürfen mitkommen und werden betreut.",
        eligibility: "Eltern von Kindern in Kitas in Richterich.",
        howToJoin: "Fragen Sie die Erzieherinnen Ihrer Gruppe oder die Kita-Leitung.",
      },
      en: {
        title: "German for parents at Kita Pusteblume",
        summary: "Small German course for day care parents in Richterich, with care for younger siblings.",
        description:
          "Parents learn German together at the day care centre. We practise what you need in day care life: parent meetings, calling in sick, outings and celebrations. Younger siblings may come along and are looked after.",
        eligibility: "Parents of children at day care centres in Richterich.",
        howToJoin: "Ask the staff of your child’s group or the day care manager.",
      },
    },
  },
  {
    key: "deutsch-fuer-eltern-grundschule-haaren-nord",
    organisation: "grundschule-haaren-nord",
    categories: ["language", "parents-children"],
    audiences: ["parents", "women"],
    languages: ["de", "ar", "tr", "ku"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "08:15", closes: "10:00" }],
    text: {
      de: {
        title: "Deutschkurs für Eltern: Schule verstehen",
        summary:
          "Deutsch lernen in der Grundschule Haaren-Nord: Elternbriefe, Zeugnisse und Gespräche mit Lehrkräften verstehen.",
        description:
          "Der Kurs findet jeden Mittwoch im Elternraum der Schule statt. Sie lernen Wörter und Sätze rund um die Schule, zum Beispiel für Elternabende, Zeugnisse und Krankmeldungen. Sie lernen auch andere Eltern aus Haaren kennen.",
        eligibility: "Eltern von Kindern an Grundschulen in Haaren, Anfängerinnen und Anfänger willkommen.",
        howToJoin: "Melden Sie sich im Sekretariat der Schule an oder sprechen Sie die Klassenlehrkraft an.",
      },
      en: {
        title: "German course for parents: understanding school",
        summary:
          "Learn German at Haaren-Nord primary school: understand letters from school, reports and talks with teachers.",
        description:
          "The course takes place every Wednesday in the school’s parents’ room. You learn words and phrases about school, for example for parents’ evenings, school reports and sick notes. You also get to know other parents from Haaren.",
        eligibility: "Parents of children at primary schools in Haaren, beginners welcome.",
        howToJoin: "Register at the school office or talk to your child’s class teacher.",
      },
    },
  },
  {
    key: "deutsch-elterncafe-grundschule-inde",
    organisation: "grundschule-inde-kornelimuenster",
    categories: ["language", "parents-children"],
    audiences: ["parents", "newcomers"],
    languages: ["de", "uk", "ar", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "08:15", closes: "09:45", interval: 2 }],
    text: {
      de: {
        title: "Elterncafé Deutsch an der Grundschule",
        summary:
          "Jeden zweiten Freitag nach Schulbeginn: Deutsch sprechen bei Kaffee, Elternbriefe gemeinsam lesen, andere Eltern aus Kornelimünster treffen.",
        description:
          "Im Elterncafé der Grundschule an der Inde üben zugezogene Eltern Deutsch im Gespräch. Ehrenamtliche Eltern aus der Schulpflegschaft erklären Elternbriefe, Termine und Schulfeste. Kleine Geschwister dürfen mitkommen.",
        eligibility: "Eltern von Grundschulkindern in Kornelimünster und Walheim.",
        howToJoin: "Ohne Anmeldung, einfach nach dem Bringen ins Elterncafé kommen.",
      },
      en: {
        title: "German parents’ café at the primary school",
        summary:
          "Every other Friday after school starts: speak German over coffee, read letters from school together, meet other parents from Kornelimünster.",
        description:
          "At the parents’ café of the Grundschule an der Inde, parents who have moved here practise German in conversation. Volunteer parents from the school parents’ council explain letters from school, dates and school celebrations. Younger siblings are welcome.",
        eligibility: "Parents of primary school children in Kornelimünster and Walheim.",
        howToJoin: "No registration, just come to the parents’ café after dropping off your child.",
      },
    },
  },
  {
    key: "deutsch-lerngruppe-tigrinya-haaren",
    organisation: "eritreischer-gemeinschaftsverein",
    categories: ["language"],
    audiences: ["newcomers", "refugees"],
    languages: ["de", "ti"],
    free: true,
    minAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Deutsch-Lerngruppe mit Erklärungen auf Tigrinya",
        summary:
          "Samstags in Haaren: gemeinsam für den Deutschkurs lernen, Grammatik wird bei Bedarf auf Tigrinya erklärt.",
        description:
          "Mitglieder des Vereins, die schon gut Deutsch sprechen, helfen Neuankommenden beim Lernen. Wir wiederholen den Stoff aus dem Integrationskurs und üben für Prüfungen. Schwierige Grammatik erklären wir auf Tigrinya.",
        eligibility: "Tigrinya sprechende Erwachsene und Jugendliche ab 16 Jahren.",
        howToJoin: "Einfach samstags in die Vereinsräume kommen. Bringen Sie Ihr Kursbuch mit.",
      },
      en: {
        title: "German study group with explanations in Tigrinya",
        summary:
          "Saturdays in Haaren: study together for your German course, with grammar explained in Tigrinya when needed.",
        description:
          "Members of the association who already speak German well help new arrivals with learning. We revise the material from the integration course and practise for exams. We explain difficult grammar in Tigrinya.",
        eligibility: "Tigrinya-speaking adults and young people aged 16 and over.",
        howToJoin: "Just come to the association’s rooms on Saturdays. Bring your course book.",
      },
    },
  },
  {
    key: "gespraechsrunde-deutsch-persisches-kulturhaus",
    organisation: "persisches-kulturhaus",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "seniors"],
    languages: ["de", "fa"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 7, opens: "15:00", closes: "17:00", interval: 2 }],
    text: {
      de: {
        title: "Deutsche Gesprächsrunde im Kulturhaus",
        summary:
          "Jeden zweiten Sonntag: Deutsch sprechen bei Tee, für Persisch und Dari sprechende Menschen in Laurensberg.",
        description:
          "Bei Tee und Gebäck sprechen wir über Bücher, Filme, Nachrichten und das Leben in Aachen – auf Deutsch. Wenn ein Wort fehlt, hilft die Gruppe auf Persisch weiter. Auch ältere Menschen sind herzlich willkommen.",
        eligibility: "Erwachsene mit Grundkenntnissen in Deutsch.",
        howToJoin: "Ohne Anmeldung, einfach vorbeikommen.",
      },
      en: {
        title: "German conversation circle at the cultural centre",
        summary: "Every other Sunday: speak German over tea, for Persian and Dari speakers in Laurensberg.",
        description:
          "Over tea and biscuits we talk about books, films, news and life in Aachen – in German. If a word is missing, the group helps out in Persian. Older people are very welcome too.",
        eligibility: "Adults with basic German.",
        howToJoin: "No registration, just drop in.",
      },
    },
  },
  {
    key: "deutschkurs-abends-ukrainische-gemeinschaft",
    organisation: "ukrainische-gemeinschaft",
    categories: ["language"],
    audiences: ["refugees", "newcomers"],
    languages: ["de", "uk", "ru"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "18:30", closes: "20:00" },
      { weekday: 4, opens: "18:30", closes: "20:00" },
    ],
    text: {
      de: {
        title: "Ehrenamtlicher Deutschkurs A1/A2 am Abend",
        summary:
          "Deutschkurs für Menschen aus der Ukraine, die auf einen Platz im Integrationskurs warten oder abends neben der Arbeit lernen.",
        description:
          "Ehrenamtliche Lehrkräfte unterrichten zweimal pro Woche in den Vereinsräumen. Wir lernen die Grundlagen und üben Gespräche für den Alltag. Erklärungen gibt es bei Bedarf auf Ukrainisch. Der Kurs ersetzt keinen Integrationskurs, hilft aber beim Start.",
        eligibility: "Geflüchtete aus der Ukraine und andere Interessierte ab 16 Jahren.",
        howToJoin: "Schreiben Sie uns eine Nachricht oder kommen Sie zur offenen Beratung des Vereins.",
      },
      en: {
        title: "Volunteer German course A1/A2 (evenings)",
        summary:
          "German course for people from Ukraine who are waiting for an integration course place or want to learn in the evening after work.",
        description:
          "Volunteer teachers teach twice a week in the association’s rooms. We learn the basics and practise everyday conversations. Explanations are given in Ukrainian when needed. The course does not replace an integration course, but it helps you get started.",
        eligibility: "Refugees from Ukraine and other interested people aged 16 and over.",
        howToJoin: "Send us a message or come to the association’s open advice hours.",
      },
    },
  },
  {
    key: "deutschkurs-frauen-afrikanisches-frauennetzwerk",
    organisation: "afrikanisches-frauennetzwerk",
    categories: ["language"],
    audiences: ["women", "newcomers", "refugees"],
    languages: ["de", "fr", "en", "so"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "10:00", closes: "12:30" }],
    text: {
      de: {
        title: "Samstags-Deutschkurs für Frauen",
        summary:
          "Deutsch lernen unter Frauen am Samstag, mit Erklärungen auf Französisch, Englisch oder Somali und Betreuung für Kinder.",
        description:
          "Der Kurs ist für Frauen, die unter der Woche keine Zeit für einen Sprachkurs haben. Wir lernen Deutsch für Alltag, Arbeit und Gespräche mit Behörden. Während des Kurses spielen die Kinder im Nebenraum mit Ehrenamtlichen.",
        eligibility: "Frauen ab 16 Jahren, vor allem Anfängerinnen.",
        howToJoin: "Melden Sie sich telefonisch oder nach dem Kurs bei den Kursleiterinnen an.",
      },
      en: {
        title: "Saturday German course for women",
        summary:
          "Learn German among women on Saturdays, with explanations in French, English or Somali and care for children.",
        description:
          "The course is for women who have no time for a language course during the week. We learn German for everyday life, work and dealing with public offices. During the course the children play with volunteers in the next room.",
        eligibility: "Women aged 16 and over, especially beginners.",
        howToJoin: "Register by phone or with the course leaders after a lesson.",
      },
    },
  },
  {
    key: "sprachtreff-kurdisches-kulturzentrum-brand",
    organisation: "kurdisches-kulturzentrum",
    categories: ["language"],
    audiences: ["newcomers", "refugees", "young-people"],
    languages: ["de", "ku", "tr", "ar"],
    free: true,
    minAge: 14,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "17:00", closes: "19:00" }],
    text: {
      de: {
        title: "Sprachtreff Deutsch im Kulturzentrum",
        summary:
          "Freitags in Brand: Deutsch sprechen und Fragen zu Kurs und Alltag klären – mit Hilfe auf Kurdisch, Türkisch und Arabisch.",
        description:
          "Im Sprachtreff sprechen wir Deutsch über Themen, die Sie selbst mitbringen. Ehrenamtliche helfen, Wörter zu erklären und Briefe aus dem Deutschkurs zu verstehen. Junge Leute und Erwachsene lernen zusammen.",
        eligibility: "Alle ab 14 Jahren, die Deutsch üben möchten.",
        howToJoin: "Einfach vorbeikommen, keine Anmeldung.",
      },
      en: {
        title: "German language meet-up at the cultural centre",
        summary:
          "Fridays in Brand: speak German and clear up questions about your course and daily life – with help in Kurdish, Turkish and Arabic.",
        description:
          "At the language meet-up we talk in German about topics you bring along. Volunteers help explain words and understand letters from your German course. Young people and adults learn together.",
        eligibility: "Everyone aged 14 and over who wants to practise German.",
        howToJoin: "Just drop in, no registration.",
      },
    },
  },

  // ───────────────────────────── Beratung ─────────────────────────────
  {
    key: "migrationsberatung-erwachsene-caritas",
    organisation: "caritas-aachen",
    categories: ["counselling"],
    audiences: ["newcomers", "eu-citizens", "refugees"],
    languages: ["de", "ar", "en", "fr"],
    free: true,
    minAge: 27,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "09:00", closes: "12:00" },
      { weekday: 4, opens: "14:00", closes: "17:00" },
    ],
    text: {
      de: {
        title: "Migrationsberatung für Erwachsene (MBE)",
        summary:
          "Kostenlose und vertrauliche Beratung für zugewanderte Erwachsene ab 27 Jahren zu Sprachkurs, Arbeit, Wohnung, Familie und Behörden.",
        description:
          "Die Migrationsberatung hilft Ihnen in den ersten Jahren in Deutschland. Gemeinsam klären wir, welche Schritte für Sie wichtig sind: Integrationskurs, Anerkennung Ihres Berufs, Anträge und Briefe von Ämtern. Die Beratung ist kostenlos, vertraulich und unabhängig von Ihrer Religion. Bei Bedarf organisieren wir eine Dolmetscherin oder einen Dolmetscher.",
        eligibility:
          "Zugewanderte ab 27 Jahren, auch Menschen aus EU-Ländern. Für Jüngere ist der Jugendmigrationsdienst zuständig.",
        howToJoin: "Kommen Sie in die offene Sprechstunde oder vereinbaren Sie telefonisch einen Termin.",
      },
      en: {
        title: "Migration counselling for adults (MBE)",
        summary:
          "Free and confidential counselling for adult immigrants aged 27 and over on language courses, work, housing, family and public offices.",
        description:
          "Migration counselling helps you during your first years in Germany. Together we work out which steps matter for you: integration course, recognition of your profession, applications and letters from public offices. Counselling is free, confidential and independent of your religion. We can arrange an interpreter if needed.",
        eligibility:
          "Immigrants aged 27 and over, including people from EU countries. Younger people are advised by the youth migration service.",
        howToJoin: "Come to the open consultation hours or make an appointment by phone.",
      },
      ar: {
        title: "استشارات الهجرة للبالغين (MBE)",
        summary:
          "استشارة مجانية وسرية للمهاجرين البالغين من عمر 27 عامًا فما فوق حول دورات اللغة والعمل والسكن والأسرة والدوائر الرسمية.",
        description:
          "تساعدك استشارات الهجرة في سنواتك الأولى في ألمانيا. نوضح معًا الخطوات المهمة لك: دورة الاندماج، والاعتراف بمهنتك، والطلبات والرسائل من الدوائر الرسمية. الاستشارة مجانية وسرية ومستقلة عن دينك. وعند الحاجة نوفر مترجمًا أو مترجمة.",
      },
      fa: {
        title: "مشاوره‌ی مهاجرت برای بزرگسالان (MBE)",
        summary:
          "مشاوره‌ی رایگان و محرمانه برای مهاجران بزرگسال از ۲۷ سال به بالا درباره‌ی کلاس زبان، کار، مسکن، خانواده و ادارات.",
        description:
          "مشاوره‌ی مهاجرت در نخستین سال‌های زندگی در آلمان به شما کمک می‌کند. با هم روشن می‌کنیم چه قدم‌هایی برای شما مهم است: کلاس ادغام، به رسمیت شناختن مدرک شغلی، درخواست‌ها و نامه‌های ادارات. مشاوره رایگان، محرمانه و مستقل از دین شماست. در صورت نیاز مترجم هماهنگ می‌کنیم.",
      },
      uk: {
        title: "Міграційна консультація для дорослих (MBE)",
        summary:
          "Безкоштовна та конфіденційна консультація для дорослих мігрантів від 27 років щодо мовних курсів, роботи, житла, сім’ї та установ.",
        description:
          "Міграційна консультація допомагає вам у перші роки в Німеччині. Разом ми з’ясовуємо, які кроки для вас важливі: інтеграційний курс, визнання вашої професії, заяви та листи з установ. Консультація безкоштовна, конфіденційна і не залежить від вашої релігії. За потреби ми організуємо перекладача.",
      },
      ru: {
        title: "Миграционная консультация для взрослых (MBE)",
        summary:
          "Бесплатная и конфиденциальная консультация для взрослых мигрантов от 27 лет по языковым курсам, работе, жилью, семье и ведомствам.",
        description:
          "Миграционная консультация помогает вам в первые годы в Германии. Вместе мы выясняем, какие шаги для вас важны: интеграционный курс, признание вашей профессии, заявления и письма из ведомств. Консультация бесплатная, конфиденциальная и не зависит от вашей религии. При необходимости мы организуем переводчика.",
      },
      tr: {
        title: "Yetişkinler için göç danışmanlığı (MBE)",
        summary:
          "27 yaş ve üzeri göçmen yetişkinler için dil kursu, iş, konut, aile ve resmi kurumlar hakkında ücretsiz ve gizli danışmanlık.",
        description:
          "Göç danışmanlığı, Almanya’daki ilk yıllarınızda size yardımcı olur. Sizin için hangi adımların önemli olduğunu birlikte belirleriz: entegrasyon kursu, mesleğinizin tanınması, başvurular ve resmi kurumlardan gelen mektuplar. Danışmanlık ücretsiz, gizlidir ve dininizden bağımsızdır. Gerekirse tercüman ayarlarız.",
      },
    },
    easyRead:
      "Sie sind neu in Deutschland. Sie sind älter als 27 Jahre. Sie haben Fragen. Zum Beispiel zum Deutsch-Kurs. Oder zur Arbeit. Oder zur Wohnung. Die Migrations-Beratung hilft Ihnen. Die Beratung kostet nichts. Niemand erfährt, was Sie erzählen. Kommen Sie am Dienstag-Vormittag vorbei. Oder rufen Sie an.",
  },
  {
    key: "migrationsberatung-erwachsene-diakonie",
    organisation: "diakonie-aachen",
    categories: ["counselling"],
    audiences: ["newcomers", "eu-citizens"],
    languages: ["de", "en", "fa", "ru"],
    free: true,
    minAge: 27,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "13:00", closes: "16:00" },
      { weekday: 3, opens: "09:00", closes: "12:00" },
    ],
    text: {
      de: {
        title: "Migrationsberatung der Diakonie",
        summary:
          "Beratung für zugewanderte Erwachsene zu Aufenthalt, Sprachkurs, Arbeit und sozialen Leistungen – auch auf Persisch und Russisch.",
        description:
          "Wir beraten Sie zu allen Fragen rund um das Ankommen in Aachen. Wir helfen beim Ausfüllen von Anträgen, erklären Briefe und vermitteln Sie an andere Stellen weiter. Wir planen mit Ihnen die nächsten Schritte für Sprache, Arbeit und Familie.",
        eligibility: "Zugewanderte Erwachsene ab 27 Jahren.",
        howToJoin:
          "Vereinbaren Sie einen Termin per Telefon oder E-Mail. Montags gibt es eine kurze offene Sprechzeit.",
      },
      en: {
        title: "Diakonie migration counselling",
        summary:
          "Counselling for adult immigrants on residence, language courses, work and social benefits – also in Persian and Russian.",
        description:
          "We advise you on all questions about settling in Aachen. We help you fill in applications, explain letters and refer you to other services. Together we plan your next steps for language, work and family.",
        eligibility: "Adult immigrants aged 27 and over.",
        howToJoin: "Make an appointment by phone or e-mail. On Mondays there is a short drop-in slot.",
      },
    },
  },
  {
    key: "migrationsberatung-erwachsene-awo",
    organisation: "awo-aachen",
    categories: ["counselling"],
    audiences: ["newcomers", "eu-citizens", "families"],
    languages: ["de", "tr", "ar", "ku"],
    free: true,
    minAge: 27,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "13:30", closes: "16:30" }],
    text: {
      de: {
        title: "Migrationsberatung der AWO",
        summary:
          "Offene Beratung für zugewanderte Erwachsene und Familien, auf Deutsch, Türkisch, Arabisch und Kurdisch.",
        description:
          "In der Migrationsberatung der AWO bekommen Sie Hilfe bei Fragen zu Integrationskurs, Familiennachzug, Kindergeld und Jobcenter. Wir nehmen uns Zeit für Ihr Anliegen und begleiten Sie über mehrere Monate, wenn Sie möchten.",
        eligibility: "Zugewanderte Erwachsene ab 27 Jahren und ihre Familien.",
        howToJoin: "Kommen Sie dienstags in die offene Sprechstunde. Bringen Sie wichtige Briefe mit.",
      },
      en: {
        title: "AWO migration counselling",
        summary: "Drop-in counselling for adult immigrants and families, in German, Turkish, Arabic and Kurdish.",
        description:
          "At AWO migration counselling you get help with questions about integration courses, family reunification, child benefit and the job centre. We take time for your concerns and can support you over several months if you wish.",
        eligibility: "Adult immigrants aged 27 and over and their families.",
        howToJoin: "Come to the drop-in hours on Tuesdays. Bring important letters with you.",
      },
    },
  },
  {
    key: "migrationsberatung-erwachsene-drk",
    organisation: "drk-aachen",
    categories: ["counselling"],
    audiences: ["newcomers", "refugees", "eu-citizens"],
    languages: ["de", "uk", "ru", "en"],
    free: true,
    minAge: 27,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "09:00", closes: "12:00" }],
    text: {
      de: {
        title: "Migrationsberatung beim DRK",
        summary: "Beratung und Begleitung für Zugewanderte ab 27 Jahren, mit Sprechzeiten auf Ukrainisch und Russisch.",
        description:
          "Das DRK berät Zugewanderte zu Sprache, Arbeit, Gesundheit und Wohnen. Viele unserer Ratsuchenden kommen aus der Ukraine; wir beraten aber alle Menschen. Wir helfen auch, den passenden Deutschkurs zu finden.",
        eligibility: "Zugewanderte Erwachsene ab 27 Jahren.",
        howToJoin: "Termin telefonisch vereinbaren.",
      },
      en: {
        title: "Migration counselling at the Red Cross (DRK)",
        summary: "Counselling and support for immigrants aged 27 and over, with hours in Ukrainian and Russian.",
        description:
          "The DRK advises immigrants on language, work, health and housing. Many of the people we advise come from Ukraine, but we advise everyone. We also help you find the right German course.",
        eligibility: "Adult immigrants aged 27 and over.",
        howToJoin: "Make an appointment by phone.",
      },
    },
  },
  {
    key: "fluechtlingsberatung-diakonie",
    organisation: "diakonie-aachen",
    categories: ["counselling", "legal"],
    audiences: ["refugees"],
    languages: ["de", "ar", "fa", "en", "fr"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 4, opens: "13:00", closes: "16:00" },
    ],
    text: {
      de: {
        title: "Flüchtlingsberatung",
        summary:
          "Beratung für Geflüchtete zu Asylverfahren, Unterkunft, Leistungen und Alltag – kostenlos, vertraulich und unabhängig.",
        description:
          "Wir beraten Menschen im Asylverfahren, mit Duldung oder mit Schutzstatus. Wir erklären Briefe vom BAMF und vom Ausländeramt, helfen bei Anträgen und begleiten in schwierigen Situationen. Bei rechtlichen Fragen arbeiten wir mit Anwältinnen und Anwälten zusammen.",
        eligibility: "Geflüchtete Menschen jeden Alters, unabhängig von Herkunft und Aufenthaltsstatus.",
        howToJoin: "Kommen Sie in die offene Sprechstunde. Bringen Sie Ihren Ausweis und alle Briefe zum Thema mit.",
      },
      en: {
        title: "Refugee counselling",
        summary:
          "Counselling for refugees on asylum procedures, accommodation, benefits and daily life – free, confidential and independent.",
        description:
          "We advise people in the asylum procedure, with a Duldung (toleration) or with protection status. We explain letters from the BAMF and the foreigners’ office, help with applications and support you in difficult situations. For legal questions we work with lawyers.",
        eligibility: "Refugees of all ages, regardless of origin and residence status.",
        howToJoin: "Come to the drop-in hours. Bring your ID and all letters about your question.",
      },
      ar: {
        title: "استشارات اللاجئين",
        summary: "استشارة للاجئين حول إجراءات اللجوء والسكن والمساعدات والحياة اليومية – مجانية وسرية ومستقلة.",
        description:
          "نقدم الاستشارة للأشخاص الذين هم في إجراءات اللجوء أو لديهم «دولدونغ» (تسامح) أو حماية. نشرح رسائل المكتب الاتحادي للهجرة واللاجئين ودائرة الأجانب، ونساعد في الطلبات ونرافقك في المواقف الصعبة. في المسائل القانونية نتعاون مع محامين ومحاميات.",
      },
      fa: {
        title: "مشاوره‌ی پناهجویان",
        summary:
          "مشاوره برای پناهجویان درباره‌ی روند پناهندگی، محل اقامت، کمک‌هزینه‌ها و زندگی روزمره – رایگان، محرمانه و مستقل.",
        description:
          "ما به افرادی که در روند پناهندگی هستند، «دولدونگ» (اقامت تحمل‌شده) یا حمایت دارند مشاوره می‌دهیم. نامه‌های BAMF و اداره‌ی اتباع خارجی را توضیح می‌دهیم، در درخواست‌ها کمک می‌کنیم و در موقعیت‌های دشوار همراه شما هستیم. در مسائل حقوقی با وکلا همکاری می‌کنیم.",
      },
      uk: {
        title: "Консультація для біженців",
        summary:
          "Консультація для біженців щодо процедури надання притулку, житла, виплат і повсякденного життя – безкоштовно, конфіденційно та незалежно.",
        description:
          "Ми консультуємо людей, які перебувають у процедурі надання притулку, мають «дульдунг» (тимчасове призупинення депортації) або статус захисту. Ми пояснюємо листи від BAMF і відомства у справах іноземців, допомагаємо із заявами та підтримуємо у складних ситуаціях. З юридичних питань ми співпрацюємо з адвокатами.",
      },
      ru: {
        title: "Консультация для беженцев",
        summary:
          "Консультация для беженцев по процедуре предоставления убежища, жилью, пособиям и повседневной жизни – бесплатно, конфиденциально и независимо.",
        description:
          "Мы консультируем людей, находящихся в процедуре предоставления убежища, имеющих «дульдунг» (отсрочку депортации) или статус защиты. Мы объясняем письма от BAMF и ведомства по делам иностранцев, помогаем с заявлениями и поддерживаем в трудных ситуациях. По юридическим вопросам мы сотрудничаем с адвокатами.",
      },
      tr: {
        title: "Mülteci danışmanlığı",
        summary:
          "Mülteciler için iltica süreci, barınma, yardımlar ve günlük yaşam hakkında danışmanlık – ücretsiz, gizli ve bağımsız.",
        description:
          "İltica sürecindeki, “Duldung” (geçici hoşgörü statüsü) veya koruma statüsü olan kişilere danışmanlık veriyoruz. BAMF’tan ve Yabancılar Dairesi’nden gelen mektupları açıklıyor, başvurularda yardım ediyor ve zor durumlarda size eşlik ediyoruz. Hukuki konularda avukatlarla birlikte çalışıyoruz.",
      },
    },
  },
  {
    key: "fluechtlingsberatung-caritas",
    organisation: "caritas-aachen",
    categories: ["counselling"],
    audiences: ["refugees", "families"],
    languages: ["de", "ar", "ti", "so", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "09:00", closes: "12:30" }],
    text: {
      de: {
        title: "Flüchtlingsberatung der Caritas",
        summary:
          "Offene Sprechstunde für Geflüchtete und ihre Familien: Fragen zu Asyl, Leistungen, Schule der Kinder und Gesundheit.",
        description:
          "Die Flüchtlingsberatung der Caritas hilft Ihnen, sich in Aachen zurechtzufinden. Wir erklären, wie das Asylverfahren abläuft und welche Rechte Sie haben. Wir helfen auch bei Fragen zu Schule, Kita und Arztbesuch.",
        eligibility: "Geflüchtete Menschen und ihre Familien.",
        howToJoin: "Mittwochs ohne Termin kommen. Für längere Gespräche vereinbaren wir einen Termin.",
      },
      en: {
        title: "Caritas refugee counselling",
        summary:
          "Drop-in hours for refugees and their families: questions about asylum, benefits, children’s schooling and health.",
        description:
          "Caritas refugee counselling helps you find your way in Aachen. We explain how the asylum procedure works and what rights you have. We also help with questions about school, day care and seeing a doctor.",
        eligibility: "Refugees and their families.",
        howToJoin: "Come on Wednesdays without an appointment. For longer conversations we make an appointment.",
      },
    },
  },
  {
    key: "sozialberatung-awo",
    organisation: "awo-aachen",
    categories: ["counselling"],
    audiences: ["families", "seniors", "newcomers"],
    languages: ["de", "tr", "en"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 3, opens: "09:00", closes: "12:00" },
    ],
    text: {
      de: {
        title: "Allgemeine Sozialberatung",
        summary:
          "Hilfe bei Anträgen auf Bürgergeld, Wohngeld, Kinderzuschlag und anderen Leistungen – für alle Menschen in Aachen.",
        description:
          "Sie wissen nicht, welche Leistungen Ihnen zustehen, oder ein Antrag ist zu kompliziert? In der Sozialberatung gehen wir die Formulare mit Ihnen durch. Wir erklären Bescheide und helfen, wenn Sie Widerspruch einlegen möchten.",
        eligibility: "Alle Menschen in Aachen mit Fragen zu Sozialleistungen.",
        howToJoin: "Kommen Sie montags oder mittwochs in die offene Sprechstunde.",
      },
      en: {
        title: "General social counselling",
        summary:
          "Help with applications for Bürgergeld, housing benefit, child supplement and other benefits – for everyone in Aachen.",
        description:
          "You don’t know which benefits you are entitled to, or an application is too complicated? At social counselling we go through the forms with you. We explain official decisions and help if you want to lodge an objection.",
        eligibility: "Everyone in Aachen with questions about social benefits.",
        howToJoin: "Come to the drop-in hours on Mondays or Wednesdays.",
      },
    },
  },
  {
    key: "schuldnerberatung-caritas",
    organisation: "caritas-aachen",
    categories: ["counselling"],
    audiences: ["families", "newcomers", "seniors"],
    languages: ["de", "en", "tr", "ar"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Schuldnerberatung",
        summary:
          "Hilfe bei Schulden, Mahnungen und Inkasso: gemeinsam einen Plan machen, mit Gläubigern sprechen und das Konto schützen.",
        description:
          "Schulden machen Angst, aber es gibt fast immer einen Weg. Wir verschaffen uns mit Ihnen einen Überblick über alle Schulden und Ihr Einkommen. Wir helfen beim Pfändungsschutzkonto, sprechen mit Gläubigern und beraten zur Privatinsolvenz. Dienstags gibt es eine offene Telefonsprechstunde für erste Fragen.",
        eligibility: "Menschen mit geringem Einkommen und Schulden, die in Aachen wohnen.",
        howToJoin:
          "Rufen Sie dienstags zwischen 14 und 16 Uhr an. Bei Kontopfändung oder Stromsperre melden Sie sich bitte sofort.",
      },
      en: {
        title: "Debt counselling",
        summary:
          "Help with debts, reminders and debt collection: make a plan together, talk to creditors and protect your bank account.",
        description:
          "Debt is frightening, but there is almost always a way out. Together we get an overview of all your debts and your income. We help with a protected account (P-Konto), talk to creditors and advise on personal insolvency. On Tuesdays there is an open phone line for first questions.",
        eligibility: "People on a low income with debts who live in Aachen.",
        howToJoin:
          "Call on Tuesdays between 2 and 4 pm. If your account has been seized or your electricity is about to be cut off, please get in touch straight away.",
      },
      ar: {
        title: "استشارات الديون",
        summary: "مساعدة في الديون والإنذارات وشركات التحصيل: نضع خطة معًا ونتحدث مع الدائنين ونحمي حسابك المصرفي.",
        description:
          "الديون تسبب الخوف، لكن هناك طريق للحل في أغلب الأحيان. نحصل معك على نظرة شاملة لجميع ديونك ودخلك. نساعد في فتح حساب محمي من الحجز (P-Konto)، ونتحدث مع الدائنين، ونقدم الاستشارة حول الإعسار الشخصي. أيام الثلاثاء توجد ساعة هاتفية مفتوحة للأسئلة الأولى.",
      },
      fa: {
        title: "مشاوره‌ی بدهی",
        summary:
          "کمک در بدهی‌ها، اخطاریه‌ها و شرکت‌های وصول مطالبات: با هم برنامه می‌ریزیم، با طلبکاران صحبت می‌کنیم و از حساب بانکی شما محافظت می‌کنیم.",
        description:
          "بدهی ترسناک است، اما تقریباً همیشه راهی وجود دارد. با هم نگاهی کلی به همه‌ی بدهی‌ها و درآمد شما می‌اندازیم. در باز کردن حساب محافظت‌شده در برابر توقیف (P-Konto) کمک می‌کنیم، با طلبکاران صحبت می‌کنیم و درباره‌ی ورشکستگی شخصی مشاوره می‌دهیم. سه‌شنبه‌ها یک ساعت مشاوره‌ی تلفنی آزاد برای نخستین پرسش‌ها وجود دارد.",
      },
      uk: {
        title: "Консультація з питань боргів",
        summary:
          "Допомога з боргами, нагадуваннями та колекторами: разом складаємо план, говоримо з кредиторами та захищаємо ваш рахунок.",
        description:
          "Борги лякають, але майже завжди є вихід. Разом ми складаємо огляд усіх ваших боргів і доходів. Ми допомагаємо з захищеним рахунком (P-Konto), говоримо з кредиторами та консультуємо щодо особистого банкрутства. Щовівторка працює відкрита телефонна лінія для перших запитань.",
      },
      ru: {
        title: "Консультация по долгам",
        summary:
          "Помощь при долгах, напоминаниях и коллекторах: вместе составляем план, говорим с кредиторами и защищаем ваш счёт.",
        description:
          "Долги пугают, но выход есть почти всегда. Вместе мы составляем обзор всех ваших долгов и доходов. Мы помогаем с защищённым от ареста счётом (P-Konto), говорим с кредиторами и консультируем по личному банкротству. По вторникам работает открытая телефонная линия для первых вопросов.",
      },
      tr: {
        title: "Borç danışmanlığı",
        summary:
          "Borçlar, ihtarlar ve icra takibinde yardım: birlikte plan yapalım, alacaklılarla konuşalım ve banka hesabınızı koruyalım.",
        description:
          "Borçlar korkutucudur ama neredeyse her zaman bir çıkış yolu vardır. Tüm borçlarınıza ve gelirinize birlikte genel bir bakış atarız. Haciz korumalı hesap (P-Konto) konusunda yardım eder, alacaklılarla konuşur ve kişisel iflas hakkında danışmanlık veririz. Salı günleri ilk sorular için açık telefon saati vardır.",
      },
    },
    easyRead:
      "Sie haben Schulden. Sie bekommen viele Mahnungen. Sie wissen nicht weiter. Die Schuldner-Beratung hilft Ihnen. Wir schauen zusammen auf alle Rechnungen. Wir machen einen Plan. Wir sprechen mit den Firmen, die Geld wollen. Die Beratung kostet nichts. Rufen Sie am Dienstag an.",
  },
  {
    key: "schuldnerberatung-offene-sprechstunde-diakonie",
    organisation: "diakonie-aachen",
    categories: ["counselling"],
    audiences: ["families", "young-people", "newcomers"],
    languages: ["de", "en", "ru"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "10:00", closes: "12:00", interval: 2 }],
    text: {
      de: {
        title: "Offene Sprechstunde bei Schulden",
        summary:
          "Jeden zweiten Mittwoch ohne Termin: schnelle Hilfe bei Pfändung, Mahnbescheid oder Handyvertrag, den Sie nicht bezahlen können.",
        description:
          "Manchmal muss es schnell gehen, etwa wenn ein Mahnbescheid kommt oder das Konto gepfändet wird. In der offenen Sprechstunde schauen wir uns Ihre Unterlagen an und sagen Ihnen, was jetzt zu tun ist. Für eine längere Beratung bekommen Sie danach einen Termin.",
        eligibility: "Menschen mit Schulden und dringenden Fragen.",
        howToJoin: "Ohne Anmeldung kommen. Bringen Sie die Briefe mit, um die es geht.",
      },
      en: {
        title: "Drop-in hours for debt problems",
        summary:
          "Every other Wednesday without an appointment: quick help with account seizure, a court payment order or a phone contract you cannot pay.",
        description:
          "Sometimes things need to happen fast, for example when a court payment order arrives or your account is seized. At the drop-in hours we look at your documents and tell you what to do now. For longer counselling you then get an appointment.",
        eligibility: "People with debts and urgent questions.",
        howToJoin: "Come without registering. Bring the letters concerned.",
      },
    },
  },
  {
    key: "suchdienst-familienzusammenfuehrung-drk",
    organisation: "drk-aachen",
    categories: ["counselling", "legal"],
    audiences: ["refugees", "families"],
    languages: ["de", "en", "ar", "fr"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "DRK-Suchdienst: Angehörige suchen",
        summary:
          "Der Suchdienst des Roten Kreuzes hilft, Familienangehörige zu finden, die durch Krieg, Flucht oder Katastrophen getrennt wurden.",
        description:
          "Sie haben den Kontakt zu Familienmitgliedern verloren? Der DRK-Suchdienst arbeitet weltweit mit anderen Rotkreuz- und Rothalbmond-Gesellschaften zusammen. Wir nehmen Ihre Suchanfrage auf und informieren Sie auch über Wege zur Familienzusammenführung.",
        eligibility: "Menschen, die Angehörige suchen oder mit ihrer Familie wieder zusammenleben möchten.",
        howToJoin:
          "Vereinbaren Sie einen Termin. Bringen Sie alle Informationen über die gesuchte Person mit, zum Beispiel Fotos und letzte Adressen.",
      },
      en: {
        title: "Red Cross tracing service: searching for relatives",
        summary: "The Red Cross tracing service helps you find family members separated by war, flight or disasters.",
        description:
          "Have you lost contact with family members? The DRK tracing service works worldwide with other Red Cross and Red Crescent societies. We record your tracing request and also inform you about ways to reunite your family.",
        eligibility: "People searching for relatives or wishing to live with their family again.",
        howToJoin:
          "Make an appointment. Bring all the information you have about the person you are looking for, such as photos and last addresses.",
      },
    },
  },
  {
    key: "beratung-arabisch-bruecke-damaskus",
    organisation: "bruecke-aachen-damaskus",
    categories: ["counselling"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["ar", "de"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 3, opens: "17:00", closes: "19:00" },
      { weekday: 6, opens: "11:00", closes: "14:00" },
    ],
    text: {
      de: {
        title: "Beratung auf Arabisch",
        summary:
          "Ehrenamtliche Beratung auf Arabisch: Briefe verstehen, Wege zu Ämtern und Beratungsstellen finden, Fragen zum Alltag klären.",
        description:
          "Viele Fragen lassen sich leichter in der eigenen Sprache klären. Erfahrene Mitglieder des Vereins hören zu, erklären Briefe und zeigen Ihnen, welche Stelle in Aachen für Ihr Anliegen zuständig ist. Wir ersetzen keine Rechtsberatung, begleiten Sie aber auf Wunsch zur richtigen Stelle.",
        eligibility: "Arabisch sprechende Menschen in Aachen, egal wie lange sie schon hier sind.",
        howToJoin: "Kommen Sie mittwochs oder samstags ohne Termin in die Vereinsräume.",
      },
      en: {
        title: "Counselling in Arabic",
        summary:
          "Volunteer counselling in Arabic: understanding letters, finding the way to public offices and advice services, clearing up everyday questions.",
        description:
          "Many questions are easier to sort out in your own language. Experienced members of the association listen, explain letters and show you which service in Aachen is responsible for your concern. We do not replace legal advice, but can accompany you to the right place if you wish.",
        eligibility: "Arabic speakers in Aachen, no matter how long they have been here.",
        howToJoin: "Come to the association’s rooms on Wednesdays or Saturdays without an appointment.",
      },
      ar: {
        title: "استشارة باللغة العربية",
        summary:
          "استشارة تطوعية بالعربية: فهم الرسائل، ومعرفة الطريق إلى الدوائر الرسمية ومراكز الاستشارة، والإجابة عن أسئلة الحياة اليومية.",
        description:
          "كثير من الأسئلة يسهل حلّها باللغة الأم. يستمع إليك أعضاء ذوو خبرة في الجمعية، ويشرحون الرسائل، ويوضحون لك الجهة المختصة بطلبك في آخن. نحن لا نقدم استشارة قانونية، لكن يمكننا مرافقتك إلى الجهة الصحيحة إذا رغبت.",
      },
      fa: {
        title: "مشاوره به زبان عربی",
        summary:
          "مشاوره‌ی داوطلبانه به زبان عربی: فهمیدن نامه‌ها، پیدا کردن راه ادارات و مراکز مشاوره، و پاسخ به پرسش‌های روزمره.",
        description:
          "بسیاری از پرسش‌ها به زبان مادری راحت‌تر حل می‌شوند. اعضای باتجربه‌ی انجمن به حرف شما گوش می‌دهند، نامه‌ها را توضیح می‌دهند و نشان می‌دهند کدام اداره در آخن مسئول موضوع شماست. ما جایگزین مشاوره‌ی حقوقی نیستیم، اما اگر بخواهید شما را تا اداره‌ی درست همراهی می‌کنیم.",
      },
      uk: {
        title: "Консультація арабською мовою",
        summary:
          "Волонтерська консультація арабською: зрозуміти листи, знайти шлях до установ і консультаційних служб, з’ясувати щоденні питання.",
        description:
          "Багато питань легше вирішити рідною мовою. Досвідчені члени об’єднання вислухають вас, пояснять листи й підкажуть, яка установа в Аахені відповідає за ваше питання. Ми не замінюємо юридичну консультацію, але за бажанням супроводимо вас до потрібної установи.",
      },
      ru: {
        title: "Консультация на арабском языке",
        summary:
          "Волонтёрская консультация на арабском: понять письма, найти путь в ведомства и консультационные службы, прояснить бытовые вопросы.",
        description:
          "Многие вопросы проще решить на родном языке. Опытные члены объединения выслушают вас, объяснят письма и подскажут, какая служба в Ахене отвечает за ваш вопрос. Мы не заменяем юридическую консультацию, но по желанию проводим вас в нужное учреждение.",
      },
      tr: {
        title: "Arapça danışmanlık",
        summary:
          "Arapça gönüllü danışmanlık: mektupları anlamak, resmi kurumlara ve danışma yerlerine yolu bulmak, günlük soruları netleştirmek.",
        description:
          "Birçok soru kendi dilinizde daha kolay çözülür. Derneğin deneyimli üyeleri sizi dinler, mektupları açıklar ve Aachen’de hangi kurumun konunuzdan sorumlu olduğunu gösterir. Hukuki danışmanlığın yerini tutmayız, ancak isterseniz sizi doğru yere kadar götürürüz.",
      },
    },
  },
  {
    key: "beratung-dari-paschtu-afghanischer-elternverein",
    organisation: "afghanischer-elternverein",
    categories: ["counselling", "parents-children"],
    audiences: ["families", "parents", "refugees"],
    languages: ["fa", "ps", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "16:00", closes: "18:00" }],
    text: {
      de: {
        title: "Beratung auf Dari und Paschtu",
        summary:
          "Freitags Beratung in der Familiensprache: Fragen zu Schule, Kita, Ämtern und Familienleben in Deutschland.",
        description:
          "Eltern aus Afghanistan haben oft Fragen, wie Schule und Kita in Deutschland funktionieren. Ehrenamtliche aus dem Verein beraten auf Dari und Paschtu, erklären Elternbriefe und helfen bei Anmeldungen. Bei schwierigen Fragen vermitteln wir an Fachberatungsstellen.",
        eligibility: "Familien und Einzelpersonen, die Dari oder Paschtu sprechen.",
        howToJoin: "Ohne Termin freitags vorbeikommen.",
      },
      en: {
        title: "Counselling in Dari and Pashto",
        summary:
          "Counselling in your family language on Fridays: questions about school, day care, public offices and family life in Germany.",
        description:
          "Parents from Afghanistan often have questions about how school and day care work in Germany. Volunteers from the association advise in Dari and Pashto, explain letters from school and help with registrations. For difficult questions we refer you to specialist services.",
        eligibility: "Families and individuals who speak Dari or Pashto.",
        howToJoin: "Drop in on Fridays without an appointment.",
      },
    },
  },
  {
    key: "beratung-ukrainisch-ukrainische-gemeinschaft",
    organisation: "ukrainische-gemeinschaft",
    categories: ["counselling"],
    audiences: ["refugees", "families"],
    languages: ["uk", "ru", "de"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "17:00", closes: "19:00" },
      { weekday: 6, opens: "11:00", closes: "13:00" },
    ],
    text: {
      de: {
        title: "Beratung auf Ukrainisch",
        summary:
          "Hilfe für Geflüchtete aus der Ukraine: Aufenthaltstitel, Jobcenter, Deutschkurs und Schule der Kinder – in der eigenen Sprache.",
        description:
          "Ehrenamtliche der Ukrainischen Gemeinschaft beantworten Fragen zum Leben in Aachen. Wir erklären Briefe vom Jobcenter und vom Ausländeramt und zeigen, wo es Sprachkurse gibt. Bei rechtlichen Fragen vermitteln wir an Fachberatungsstellen.",
        eligibility: "Menschen aus der Ukraine und ihre Familien.",
        howToJoin: "Offene Sprechzeit dienstags und samstags, ohne Anmeldung.",
      },
      en: {
        title: "Counselling in Ukrainian",
        summary:
          "Help for refugees from Ukraine: residence permits, job centre, German course and children’s school – in your own language.",
        description:
          "Volunteers of the Ukrainian community answer questions about life in Aachen. We explain letters from the job centre and the foreigners’ office and show you where language courses are offered. For legal questions we refer you to specialist services.",
        eligibility: "People from Ukraine and their families.",
        howToJoin: "Drop-in hours on Tuesdays and Saturdays, no registration.",
      },
    },
  },
  {
    key: "beratung-tuerkisch-elternverein-nord",
    organisation: "tuerkisch-deutscher-elternverein",
    categories: ["counselling", "parents-children"],
    audiences: ["parents", "families", "newcomers"],
    languages: ["tr", "ku", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "16:00", closes: "18:00" }],
    text: {
      de: {
        title: "Beratung auf Türkisch für Familien",
        summary:
          "Donnerstags Beratung auf Türkisch und Kurdisch: Schule, Ausbildung der Kinder, Behördenpost und Familienfragen.",
        description:
          "Im Elternverein Aachen-Nord beraten erfahrene Eltern neu zugezogene Familien. Wir erklären das Schulsystem, helfen bei Gesprächen mit Lehrkräften und beim Verstehen von Behördenbriefen. Auch Familien, die schon lange hier leben, sind willkommen.",
        eligibility: "Türkisch und Kurdisch sprechende Familien.",
        howToJoin: "Donnerstags ohne Termin vorbeikommen.",
      },
      en: {
        title: "Counselling in Turkish for families",
        summary:
          "Counselling in Turkish and Kurdish on Thursdays: school, children’s training, official letters and family questions.",
        description:
          "At the parents’ association in Aachen-Nord, experienced parents advise newly arrived families. We explain the school system and help with talks with teachers and with understanding official letters. Families who have lived here for a long time are welcome too.",
        eligibility: "Turkish- and Kurdish-speaking families.",
        howToJoin: "Drop in on Thursdays without an appointment.",
      },
    },
  },
  {
    key: "beratung-tigrinya-eritreischer-verein-haaren",
    organisation: "eritreischer-gemeinschaftsverein",
    categories: ["counselling"],
    audiences: ["refugees", "families"],
    languages: ["ti", "ar", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 7, opens: "13:00", closes: "15:00", interval: 2 }],
    text: {
      de: {
        title: "Beratung auf Tigrinya in Haaren",
        summary:
          "Jeden zweiten Sonntag: Ehrenamtliche helfen auf Tigrinya bei Fragen zu Ämtern, Wohnung, Arbeit und Familie.",
        description:
          "Im Gemeinschaftsverein in Haaren finden Sie Menschen, die Ihre Sprache sprechen und den Alltag in Aachen kennen. Sie helfen beim Lesen von Briefen und erklären, welche Beratungsstelle weiterhilft. Bei Bedarf begleiten Ehrenamtliche Sie zu Terminen.",
        eligibility: "Tigrinya sprechende Menschen in Aachen.",
        howToJoin: "Ohne Anmeldung in die Vereinsräume kommen.",
      },
      en: {
        title: "Counselling in Tigrinya in Haaren",
        summary:
          "Every other Sunday: volunteers help in Tigrinya with questions about public offices, housing, work and family.",
        description:
          "At the community association in Haaren you will find people who speak your language and know everyday life in Aachen. They help you read letters and explain which advice service can help. If needed, volunteers accompany you to appointments.",
        eligibility: "Tigrinya speakers in Aachen.",
        howToJoin: "Come to the association’s rooms without registering.",
      },
    },
  },
  {
    key: "beratung-persisch-kulturhaus-laurensberg",
    organisation: "persisches-kulturhaus",
    categories: ["counselling"],
    audiences: ["newcomers", "refugees", "professionals"],
    languages: ["fa", "de", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "16:00", closes: "18:00" }],
    text: {
      de: {
        title: "Beratung auf Persisch",
        summary:
          "Mittwochs in Laurensberg: Orientierung auf Persisch zu Studium, Arbeit, Anerkennung und Alltag in Aachen.",
        description:
          "Viele Menschen aus Iran und Afghanistan kommen mit einem Studium oder Beruf nach Aachen. Ehrenamtliche mit eigener Migrationserfahrung beraten auf Persisch zu ersten Schritten, zur Anerkennung von Abschlüssen und zu passenden Beratungsstellen.",
        eligibility: "Persisch und Dari sprechende Menschen.",
        howToJoin: "Mittwochs ohne Termin kommen.",
      },
      en: {
        title: "Counselling in Persian",
        summary:
          "Wednesdays in Laurensberg: guidance in Persian on studies, work, recognition of qualifications and daily life in Aachen.",
        description:
          "Many people from Iran and Afghanistan come to Aachen with a degree or a profession. Volunteers with their own migration experience advise in Persian on first steps, recognition of qualifications and suitable advice services.",
        eligibility: "Persian and Dari speakers.",
        howToJoin: "Come on Wednesdays without an appointment.",
      },
    },
  },
  {
    key: "beratung-frauen-afrikanisches-frauennetzwerk",
    organisation: "afrikanisches-frauennetzwerk",
    categories: ["counselling"],
    audiences: ["women", "families", "newcomers"],
    languages: ["fr", "en", "so", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "17:00", closes: "19:00", interval: 2 }],
    text: {
      de: {
        title: "Beratung für Frauen auf Französisch, Englisch und Somali",
        summary:
          "Jeden zweiten Montag: Frauen beraten Frauen zu Familie, Aufenthalt, Arbeit und Gesundheit, vertraulich und in der Familiensprache.",
        description:
          "Im Frauennetzwerk finden Frauen aus afrikanischen Ländern einen geschützten Ort für ihre Fragen. Wir hören zu, erklären Abläufe bei Ämtern und vermitteln an Fachstellen, zum Beispiel bei Gewalt in der Familie. Alles bleibt vertraulich.",
        eligibility: "Frauen, die Französisch, Englisch oder Somali sprechen.",
        howToJoin: "Ohne Anmeldung kommen oder vorher eine Nachricht schicken.",
      },
      en: {
        title: "Counselling for women in French, English and Somali",
        summary:
          "Every other Monday: women advise women on family, residence, work and health, confidentially and in their family language.",
        description:
          "At the women’s network, women from African countries find a safe place for their questions. We listen, explain how public offices work and refer to specialist services, for example in cases of domestic violence. Everything stays confidential.",
        eligibility: "Women who speak French, English or Somali.",
        howToJoin: "Come without registering or send us a message beforehand.",
      },
    },
  },
  {
    key: "beratung-russisch-familienverein-eilendorf",
    organisation: "russischsprachige-familien",
    categories: ["counselling"],
    audiences: ["families", "seniors", "newcomers"],
    languages: ["ru", "uk", "de"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "10:00", closes: "12:00" },
      { weekday: 4, opens: "17:00", closes: "19:00" },
    ],
    text: {
      de: {
        title: "Beratung auf Russisch in Eilendorf",
        summary:
          "Sprechstunde auf Russisch und Ukrainisch: Rente, Krankenkasse, Pflege, Behördenbriefe und Alltag in Deutschland.",
        description:
          "Der Verein russischsprachiger Familien berät Neuzugewanderte und ältere Menschen in Eilendorf. Wir helfen bei Anträgen an Krankenkasse und Rentenversicherung, erklären Pflegeleistungen und lesen Briefe gemeinsam. Für ältere Menschen gibt es auch Hausbesuche.",
        eligibility: "Russisch und Ukrainisch sprechende Menschen, besonders Familien und Seniorinnen und Senioren.",
        howToJoin: "Offene Sprechzeit dienstags und donnerstags. Hausbesuche nach telefonischer Absprache.",
      },
      en: {
        title: "Counselling in Russian in Eilendorf",
        summary:
          "Consultation hours in Russian and Ukrainian: pensions, health insurance, long-term care, official letters and daily life in Germany.",
        description:
          "The association of Russian-speaking families advises newcomers and older people in Eilendorf. We help with applications to health insurance and pension funds, explain long-term care benefits and read letters together. Home visits are available for older people.",
        eligibility: "Russian and Ukrainian speakers, especially families and older people.",
        howToJoin: "Drop-in hours on Tuesdays and Thursdays. Home visits by arrangement over the phone.",
      },
    },
  },
  {
    key: "beratung-kurdisch-kulturzentrum-brand",
    organisation: "kurdisches-kulturzentrum",
    categories: ["counselling"],
    audiences: ["refugees", "families", "newcomers"],
    languages: ["ku", "tr", "ar", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Beratung auf Kurdisch in Brand",
        summary:
          "Samstags Orientierung auf Kurmandschi und Sorani: Briefe verstehen, Termine vorbereiten, die richtige Beratungsstelle finden.",
        description:
          "Ehrenamtliche im Kurdischen Kulturzentrum beraten in der Familiensprache. Wir helfen, Briefe zu verstehen, Termine beim Jobcenter oder Ausländeramt vorzubereiten und die passende Fachberatung zu finden. Bei Bedarf begleiten wir Sie.",
        eligibility: "Kurdisch sprechende Menschen in Aachen und Umgebung.",
        howToJoin: "Samstags ohne Termin vorbeikommen.",
      },
      en: {
        title: "Counselling in Kurdish in Brand",
        summary:
          "Saturday guidance in Kurmanji and Sorani: understanding letters, preparing appointments, finding the right advice service.",
        description:
          "Volunteers at the Kurdish cultural centre advise in your family language. We help you understand letters, prepare appointments at the job centre or the foreigners’ office and find the right specialist service. We can accompany you if needed.",
        eligibility: "Kurdish speakers in Aachen and the surrounding area.",
        howToJoin: "Drop in on Saturdays without an appointment.",
      },
    },
  },

  // ───────────────────────────── Recht und Behörden ─────────────────────────────
  {
    key: "asylverfahrensberatung-rechtsberatung",
    organisation: "rechtsberatung-asyl",
    categories: ["legal"],
    audiences: ["refugees"],
    languages: ["de", "en", "fr", "ar", "fa", "ti"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "17:00", closes: "20:00" }],
    text: {
      de: {
        title: "Asylverfahrensberatung",
        summary:
          "Unabhängige Beratung vor und nach der Anhörung beim BAMF, zu Bescheiden, Fristen und Klagen – mit Dolmetschenden.",
        description:
          "Das Asylverfahren ist kompliziert, und Fristen sind oft sehr kurz. Wir bereiten Sie auf die Anhörung beim BAMF vor und erklären, was im Bescheid steht. Wenn Ihr Antrag abgelehnt wurde, prüfen wir mit Ihnen, ob eine Klage möglich ist, und vermitteln an Fachanwältinnen und Fachanwälte. Dolmetschende für viele Sprachen sind dabei.",
        eligibility: "Asylsuchende und Menschen mit abgelehntem Asylantrag.",
        howToJoin:
          "Melden Sie sich per Telefon oder E-Mail an und nennen Sie Ihre Sprache. Bei einer laufenden Frist (zum Beispiel ein Bescheid mit Klagefrist) kommen Sie bitte sofort – auch ohne Termin.",
      },
      en: {
        title: "Asylum procedure counselling",
        summary:
          "Independent counselling before and after your BAMF interview, on decisions, deadlines and appeals – with interpreters.",
        description:
          "The asylum procedure is complicated and deadlines are often very short. We prepare you for your interview at the BAMF and explain what your decision says. If your application was rejected, we check with you whether an appeal is possible and refer you to specialist lawyers. Interpreters for many languages are available.",
        eligibility: "Asylum seekers and people whose asylum application has been rejected.",
        howToJoin:
          "Register by phone or e-mail and tell us your language. If a deadline is running (for example a decision with a time limit for appeal), please come straight away – even without an appointment.",
      },
      ar: {
        title: "استشارات إجراءات اللجوء",
        summary:
          "استشارة مستقلة قبل المقابلة لدى المكتب الاتحادي للهجرة واللاجئين وبعدها، حول القرارات والمهل والطعون – مع مترجمين.",
        description:
          "إجراءات اللجوء معقدة، والمهل غالبًا قصيرة جدًا. نحضّرك للمقابلة لدى المكتب الاتحادي للهجرة واللاجئين ونشرح لك ما ورد في القرار. إذا رُفض طلبك، ندرس معك إمكانية رفع دعوى ونحيلك إلى محامين متخصصين. يتوفر مترجمون للعديد من اللغات.",
      },
      fa: {
        title: "مشاوره‌ی روند پناهندگی",
        summary: "مشاوره‌ی مستقل پیش و پس از مصاحبه در BAMF، درباره‌ی تصمیم‌ها، مهلت‌ها و شکایت – با مترجم.",
        description:
          "روند پناهندگی پیچیده است و مهلت‌ها اغلب بسیار کوتاه‌اند. ما شما را برای مصاحبه در BAMF آماده می‌کنیم و توضیح می‌دهیم در نامه‌ی تصمیم چه نوشته شده است. اگر درخواست شما رد شده باشد، با هم بررسی می‌کنیم که آیا شکایت ممکن است و شما را به وکلای متخصص معرفی می‌کنیم. مترجم برای زبان‌های زیادی در دسترس است.",
      },
      uk: {
        title: "Консультація з процедури надання притулку",
        summary:
          "Незалежна консультація до та після співбесіди в BAMF щодо рішень, строків і оскарження – з перекладачами.",
        description:
          "Процедура надання притулку складна, а строки часто дуже короткі. Ми готуємо вас до співбесіди в BAMF і пояснюємо, що написано в рішенні. Якщо вашу заяву відхилили, ми разом перевіряємо, чи можливо подати позов, і направляємо до спеціалізованих адвокатів. Є перекладачі для багатьох мов.",
      },
      ru: {
        title: "Консультация по процедуре предоставления убежища",
        summary:
          "Независимая консультация до и после собеседования в BAMF по решениям, срокам и обжалованию – с переводчиками.",
        description:
          "Процедура предоставления убежища сложная, а сроки часто очень короткие. Мы готовим вас к собеседованию в BAMF и объясняем, что написано в решении. Если ваше заявление отклонили, мы вместе проверяем, можно ли подать иск, и направляем к специализированным адвокатам. Есть переводчики для многих языков.",
      },
      tr: {
        title: "İltica süreci danışmanlığı",
        summary:
          "BAMF mülakatı öncesinde ve sonrasında kararlar, süreler ve itirazlar hakkında bağımsız danışmanlık – tercümanlarla.",
        description:
          "İltica süreci karmaşıktır ve süreler çoğu zaman çok kısadır. Sizi BAMF’taki mülakata hazırlar ve kararda ne yazdığını açıklarız. Başvurunuz reddedildiyse dava açmanın mümkün olup olmadığını birlikte inceler ve sizi uzman avukatlara yönlendiririz. Birçok dil için tercüman bulunur.",
      },
    },
  },
  {
    key: "aufenthaltsrecht-sprechstunde-rechtsberatung",
    organisation: "rechtsberatung-asyl",
    categories: ["legal"],
    audiences: ["refugees", "newcomers", "young-people"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "17:00", closes: "19:00", interval: 2 }],
    text: {
      de: {
        title: "Sprechstunde Aufenthaltsrecht",
        summary:
          "Beratung zu Duldung, Aufenthaltserlaubnis, Bleiberecht und Ausbildungsduldung – jeden zweiten Donnerstag.",
        description:
          "Sie haben eine Duldung oder eine befristete Aufenthaltserlaubnis und möchten wissen, wie es weitergeht? Wir prüfen mit Ihnen, welche Wege zu einem sicheren Aufenthalt möglich sind, zum Beispiel über Ausbildung, Arbeit oder Bleiberechtsregelungen. Wir sagen Ihnen auch, welche Unterlagen das Ausländeramt braucht.",
        eligibility: "Menschen mit Duldung, Aufenthaltsgestattung oder befristetem Aufenthalt.",
        howToJoin:
          "Termin per Telefon oder E-Mail. Bringen Sie Ihre Aufenthaltspapiere und Briefe vom Ausländeramt mit.",
      },
      en: {
        title: "Residence law consultation",
        summary:
          "Advice on Duldung (toleration), residence permits, the right to remain and toleration for training – every other Thursday.",
        description:
          "You have a Duldung or a temporary residence permit and want to know what happens next? We check with you which routes to a secure residence status are possible, for example through training, work or right-to-remain rules. We also tell you which documents the foreigners’ office needs.",
        eligibility:
          "People with a Duldung, permission to reside during the asylum procedure or a temporary residence permit.",
        howToJoin:
          "Appointment by phone or e-mail. Bring your residence papers and letters from the foreigners’ office.",
      },
    },
  },
  {
    key: "familiennachzug-beratung-rechtsberatung",
    organisation: "rechtsberatung-asyl",
    categories: ["legal", "counselling"],
    audiences: ["refugees", "families"],
    languages: ["de", "ar", "ti", "fa", "en"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "16:00", closes: "18:00", interval: 2 }],
    text: {
      de: {
        title: "Beratung zum Familiennachzug",
        summary:
          "Wie kann meine Familie nach Deutschland kommen? Beratung zu Voraussetzungen, Visum, Fristen und Unterlagen.",
        description:
          "Der Familiennachzug hängt von Ihrem Aufenthaltsstatus ab, und manche Fristen sind sehr wichtig. Wir erklären Ihnen die Regeln für Ehepartner und Kinder und helfen bei der Vorbereitung der Unterlagen für die Botschaft. Wir arbeiten mit dem DRK-Suchdienst und Fachanwältinnen und Fachanwälten zusammen.",
        eligibility: "Geflüchtete und Zugewanderte, deren Familie noch im Ausland lebt.",
        howToJoin: "Termin per Telefon oder E-Mail vereinbaren.",
      },
      en: {
        title: "Counselling on family reunification",
        summary: "How can my family come to Germany? Advice on requirements, visas, deadlines and documents.",
        description:
          "Family reunification depends on your residence status, and some deadlines are very important. We explain the rules for spouses and children and help you prepare the documents for the embassy. We work together with the Red Cross tracing service and specialist lawyers.",
        eligibility: "Refugees and immigrants whose family still lives abroad.",
        howToJoin: "Make an appointment by phone or e-mail.",
      },
    },
  },
  {
    key: "auslaenderamt-aufenthaltstitel-termin",
    organisation: "auslaenderamt",
    categories: ["legal"],
    audiences: ["newcomers", "refugees", "professionals"],
    languages: ["de", "en"],
    free: false,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Aufenthaltstitel beantragen und verlängern",
        summary:
          "Termin beim Ausländeramt für die Erteilung oder Verlängerung Ihres Aufenthaltstitels, zur Beschäftigungserlaubnis und zu Adressänderungen.",
        description:
          "Das Ausländeramt ist zuständig für Aufenthaltserlaubnisse, Niederlassungserlaubnisse und Beschäftigungserlaubnisse. Beantragen Sie die Verlängerung rechtzeitig, am besten acht Wochen bevor Ihr Titel abläuft. Bringen Sie zum Termin Ihren Pass, ein biometrisches Foto und die Unterlagen aus der Checkliste mit.",
        eligibility:
          "Alle Menschen ohne deutsche oder EU-Staatsangehörigkeit, die in der Stadt oder StädteRegion Aachen wohnen.",
        howToJoin:
          "Termin online über die Terminvergabe der StädteRegion Aachen buchen. Vorsprachen ohne Termin sind nur in Notfällen möglich.",
        costNote:
          "Gebühren nach der Aufenthaltsverordnung. Für manche Gruppen, zum Beispiel Schutzberechtigte, gelten Ermäßigungen oder Gebührenfreiheit.",
      },
      en: {
        title: "Applying for and extending a residence permit",
        summary:
          "Appointment at the foreigners’ office to obtain or extend your residence permit, for work permits and for changes of address.",
        description:
          "The foreigners’ office is responsible for residence permits, settlement permits and work permits. Apply for an extension in good time, ideally eight weeks before your permit expires. Bring your passport, a biometric photo and the documents on the checklist to your appointment.",
        eligibility: "Everyone without German or EU citizenship who lives in the city or the StädteRegion of Aachen.",
        howToJoin:
          "Book an appointment online through the StädteRegion Aachen appointment system. Visits without an appointment are only possible in emergencies.",
        costNote:
          "Fees according to the Residence Ordinance. Reductions or exemptions apply for some groups, for example people with protection status.",
      },
      ar: {
        title: "طلب تصريح الإقامة وتمديده",
        summary: "موعد لدى دائرة الأجانب لإصدار تصريح إقامتك أو تمديده، ولتصريح العمل ولتغيير العنوان.",
        description:
          "دائرة الأجانب مسؤولة عن تصاريح الإقامة والإقامة الدائمة وتصاريح العمل. قدّم طلب التمديد في الوقت المناسب، ويُفضّل قبل ثمانية أسابيع من انتهاء تصريحك. أحضر إلى الموعد جواز سفرك وصورة بيومترية والمستندات المذكورة في قائمة التحقق.",
      },
      fa: {
        title: "درخواست و تمدید اجازه‌ی اقامت",
        summary: "وقت ملاقات در اداره‌ی اتباع خارجی برای صدور یا تمدید اجازه‌ی اقامت، اجازه‌ی کار و تغییر آدرس.",
        description:
          "اداره‌ی اتباع خارجی مسئول اجازه‌ی اقامت، اقامت دائم و اجازه‌ی کار است. درخواست تمدید را به‌موقع بدهید، بهتر است هشت هفته پیش از پایان اعتبار اقامتتان. در روز ملاقات گذرنامه، یک عکس بیومتریک و مدارک فهرست‌شده را همراه داشته باشید.",
      },
      uk: {
        title: "Отримання та продовження дозволу на проживання",
        summary:
          "Запис у відомство у справах іноземців для отримання чи продовження дозволу на проживання, дозволу на роботу та зміни адреси.",
        description:
          "Відомство у справах іноземців відповідає за дозволи на проживання, постійне проживання та дозволи на роботу. Подавайте заяву на продовження вчасно, найкраще за вісім тижнів до закінчення строку дії дозволу. Візьміть на прийом паспорт, біометричне фото та документи зі списку.",
      },
      ru: {
        title: "Получение и продление вида на жительство",
        summary:
          "Запись в ведомство по делам иностранцев для получения или продления вида на жительство, разрешения на работу и смены адреса.",
        description:
          "Ведомство по делам иностранцев отвечает за виды на жительство, постоянное проживание и разрешения на работу. Подавайте заявление на продление вовремя, лучше всего за восемь недель до окончания срока. Возьмите на приём паспорт, биометрическое фото и документы из списка.",
      },
      tr: {
        title: "Oturum izni başvurusu ve uzatma",
        summary:
          "Oturum izninizin verilmesi veya uzatılması, çalışma izni ve adres değişikliği için Yabancılar Dairesi’nden randevu.",
        description:
          "Yabancılar Dairesi oturum izinleri, süresiz oturum izinleri ve çalışma izinlerinden sorumludur. Uzatma başvurusunu zamanında, tercihen izninizin bitmesinden sekiz hafta önce yapın. Randevuya pasaportunuzu, biyometrik bir fotoğrafı ve kontrol listesindeki belgeleri getirin.",
      },
    },
  },
  {
    key: "auslaenderamt-einbuergerung-information",
    organisation: "auslaenderamt",
    categories: ["legal"],
    audiences: ["newcomers", "families", "professionals"],
    languages: ["de", "en"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Einbürgerung: Beratung und Antrag",
        summary:
          "Informationen zu den Voraussetzungen der Einbürgerung und Abgabe des Antrags auf die deutsche Staatsangehörigkeit.",
        description:
          "Für die Einbürgerung brauchen Sie unter anderem einen rechtmäßigen Aufenthalt über mehrere Jahre, Deutschkenntnisse auf Niveau B1, den bestandenen Einbürgerungstest und in der Regel ein eigenes Einkommen. Im Beratungsgespräch klären wir, ob Sie die Voraussetzungen erfüllen und welche Unterlagen fehlen.",
        eligibility:
          "Ausländerinnen und Ausländer, die in der Stadt oder StädteRegion Aachen wohnen und Deutsche werden möchten.",
        howToJoin:
          "Füllen Sie zuerst den Online-Fragebogen aus. Danach bekommen Sie einen Termin für das Beratungsgespräch.",
        costNote: "255 € pro erwachsener Person, 51 € für minderjährige Kinder, die mit eingebürgert werden.",
      },
      en: {
        title: "Naturalisation: advice and application",
        summary:
          "Information on the requirements for naturalisation and submitting your application for German citizenship.",
        description:
          "To naturalise you need, among other things, several years of lawful residence, German at level B1, a passed naturalisation test and usually your own income. In the advice appointment we check whether you meet the requirements and which documents are missing.",
        eligibility:
          "Foreign nationals who live in the city or the StädteRegion of Aachen and want to become German citizens.",
        howToJoin: "First fill in the online questionnaire. You then get an appointment for an advice session.",
        costNote: "255 € per adult, 51 € for minor children naturalised at the same time.",
      },
    },
  },
  {
    key: "kim-case-management-neuzugewanderte",
    organisation: "ki-kim",
    programme: "kim",
    categories: ["legal", "counselling"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "en", "ar", "fa", "uk"],
    free: true,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 4, opens: "13:00", closes: "15:30" },
    ],
    text: {
      de: {
        title: "Case Management im Kommunalen Integrationsmanagement (KIM)",
        summary:
          "Persönliche Begleitung für Neuzugewanderte mit vielen offenen Fragen: eine feste Ansprechperson, die Ämter und Beratungsstellen zusammenbringt.",
        description:
          "Manchmal sind gleichzeitig Ausländeramt, Jobcenter, Sozialamt und Schule beteiligt, und niemand hat den Überblick. Im Case Management des KIM bekommen Sie eine feste Ansprechperson. Gemeinsam machen wir einen Plan, holen die zuständigen Stellen an einen Tisch und achten darauf, dass keine Lücken entstehen. Das KIM ist Teil des Kommunalen Integrationszentrums der Stadt Aachen.",
        eligibility: "Neuzugewanderte und Geflüchtete in Aachen, deren Situation viele Stellen betrifft.",
        howToJoin:
          "Rufen Sie an oder kommen Sie in die Sprechzeit. Auch Beratungsstellen, Jobcenter oder Ausländeramt können Sie mit Ihrem Einverständnis an uns vermitteln.",
      },
      en: {
        title: "Case management in Municipal Integration Management (KIM)",
        summary:
          "Personal support for newcomers with many open questions: one contact person who brings public offices and advice services together.",
        description:
          "Sometimes the foreigners’ office, the job centre, the social welfare office and the school are all involved at the same time, and nobody has the full picture. In KIM case management you get one permanent contact person. Together we make a plan, bring the responsible offices to one table and make sure there are no gaps. KIM is part of the Municipal Integration Centre of the City of Aachen.",
        eligibility: "Newcomers and refugees in Aachen whose situation involves many different offices.",
        howToJoin:
          "Call us or come to the consultation hours. Advice services, the job centre or the foreigners’ office can also refer you to us with your consent.",
      },
      ar: {
        title: "إدارة الحالات في إدارة الاندماج البلدية (KIM)",
        summary:
          "مرافقة شخصية للقادمين الجدد الذين لديهم أسئلة كثيرة: شخص ثابت للتواصل يجمع بين الدوائر الرسمية ومراكز الاستشارة.",
        description:
          "أحيانًا تكون دائرة الأجانب ومركز العمل ودائرة الشؤون الاجتماعية والمدرسة معنية في الوقت نفسه، ولا أحد لديه الصورة الكاملة. في إدارة الحالات لدى KIM تحصل على شخص ثابت للتواصل. نضع خطة معًا، ونجمع الجهات المختصة حول طاولة واحدة، ونحرص على ألا تحدث فجوات. إدارة الاندماج البلدية جزء من مركز الاندماج البلدي في مدينة آخن.",
      },
      fa: {
        title: "مدیریت پرونده در مدیریت ادغام شهری (KIM)",
        summary:
          "همراهی شخصی برای تازه‌واردانی که پرسش‌های زیادی دارند: یک فرد ثابت برای تماس که ادارات و مراکز مشاوره را کنار هم می‌آورد.",
        description:
          "گاهی اداره‌ی اتباع خارجی، جاب‌سنتر، اداره‌ی امور اجتماعی و مدرسه هم‌زمان درگیرند و هیچ‌کس تصویر کامل را ندارد. در مدیریت پرونده‌ی KIM یک فرد ثابت برای تماس خواهید داشت. با هم برنامه‌ای می‌ریزیم، ادارات مسئول را دور یک میز جمع می‌کنیم و مراقبیم هیچ شکافی پیش نیاید. KIM بخشی از مرکز ادغام شهری شهر آخن است.",
      },
      uk: {
        title: "Кейс-менеджмент у муніципальному інтеграційному менеджменті (KIM)",
        summary:
          "Особистий супровід для новоприбулих з багатьма відкритими питаннями: одна постійна контактна особа, яка об’єднує установи та консультаційні служби.",
        description:
          "Іноді одночасно задіяні відомство у справах іноземців, джобцентр, соціальна служба та школа, і ніхто не бачить повної картини. У кейс-менеджменті KIM ви отримуєте постійну контактну особу. Разом ми складаємо план, збираємо відповідальні установи за одним столом і стежимо, щоб не виникало прогалин. KIM є частиною муніципального інтеграційного центру міста Аахен.",
      },
      ru: {
        title: "Кейс-менеджмент в муниципальном интеграционном менеджменте (KIM)",
        summary:
          "Личное сопровождение для новоприбывших с множеством открытых вопросов: одно постоянное контактное лицо, которое объединяет ведомства и консультационные службы.",
        description:
          "Иногда одновременно задействованы ведомство по делам иностранцев, джобцентр, социальная служба и школа, и ни у кого нет полной картины. В кейс-менеджменте KIM у вас есть постоянное контактное лицо. Вместе мы составляем план, собираем ответственные ведомства за одним столом и следим, чтобы не возникало пробелов. KIM является частью муниципального интеграционного центра города Ахен.",
      },
      tr: {
        title: "Belediye Entegrasyon Yönetimi’nde (KIM) vaka yönetimi",
        summary:
          "Birçok açık sorusu olan yeni gelenler için kişisel destek: resmi kurumları ve danışma yerlerini bir araya getiren tek bir sabit irtibat kişisi.",
        description:
          "Bazen Yabancılar Dairesi, Jobcenter, Sosyal Yardım Dairesi ve okul aynı anda işin içindedir ve kimse tüm resmi göremez. KIM vaka yönetiminde sabit bir irtibat kişiniz olur. Birlikte bir plan yapar, sorumlu kurumları aynı masada buluşturur ve hiçbir boşluk oluşmamasına dikkat ederiz. KIM, Aachen Belediyesi Entegrasyon Merkezi’nin bir parçasıdır.",
      },
    },
    easyRead:
      "Sie haben viele Fragen. Viele Ämter sind für Sie zuständig. Das ist schwer. Beim KIM bekommen Sie eine feste Person. Diese Person hilft Ihnen. Diese Person spricht mit den Ämtern. Sie machen zusammen einen Plan. Die Hilfe kostet nichts. Rufen Sie an. Oder kommen Sie am Montag-Vormittag vorbei.",
  },
  {
    key: "kim-rechtskreiswechsel-begleitung",
    organisation: "ki-kim",
    programme: "kim",
    categories: ["legal", "counselling"],
    audiences: ["refugees", "families"],
    languages: ["de", "en", "ar", "fa", "ti"],
    free: true,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Begleitung beim Rechtskreiswechsel",
        summary:
          "Von Asylbewerberleistungen zu Bürgergeld: das KIM begleitet den Wechsel, damit Geld, Wohnung und Krankenversicherung ohne Lücke weiterlaufen.",
        description:
          "Wenn Sie als Flüchtling anerkannt werden, ist nicht mehr das Sozialamt, sondern das Jobcenter für Sie zuständig. Bei diesem Wechsel gehen oft Anträge verloren oder Zahlungen fehlen. Das KIM begleitet Sie Schritt für Schritt, stimmt sich mit beiden Stellen ab und hilft bei den neuen Anträgen.",
        eligibility: "Geflüchtete in Aachen, deren Zuständigkeit gerade wechselt, zum Beispiel nach der Anerkennung.",
        howToJoin:
          "Termin per Telefon oder E-Mail. Bringen Sie Ihren Bescheid vom BAMF und Ihre letzten Leistungsbescheide mit.",
      },
      en: {
        title: "Support when changing benefit systems",
        summary:
          "From asylum seekers’ benefits to Bürgergeld: KIM supports the change so that money, housing and health insurance continue without a gap.",
        description:
          "Once you are recognised as a refugee, the job centre instead of the social welfare office becomes responsible for you. During this change applications often get lost or payments are missing. KIM supports you step by step, coordinates with both offices and helps with the new applications.",
        eligibility: "Refugees in Aachen whose responsible office is changing, for example after recognition.",
        howToJoin: "Make an appointment by phone or e-mail. Bring your BAMF decision and your latest benefit notices.",
      },
      ar: {
        title: "المرافقة عند تغيير الجهة المسؤولة",
        summary:
          "من مساعدات طالبي اللجوء إلى «بورغرغيلد»: ترافق KIM عملية الانتقال حتى يستمر المال والسكن والتأمين الصحي دون انقطاع.",
        description:
          "عندما يتم الاعتراف بك لاجئًا، يصبح مركز العمل (جوب سنتر) هو المسؤول عنك بدلاً من دائرة الشؤون الاجتماعية. أثناء هذا الانتقال كثيرًا ما تضيع الطلبات أو تتأخر المدفوعات. ترافقك KIM خطوة بخطوة، وتنسّق مع الجهتين، وتساعدك في تقديم الطلبات الجديدة.",
      },
      fa: {
        title: "همراهی هنگام تغییر اداره‌ی مسئول",
        summary:
          "از کمک‌هزینه‌ی پناهجویی به «بورگرگلد»: KIM این تغییر را همراهی می‌کند تا پول، مسکن و بیمه‌ی درمانی بدون وقفه ادامه یابد.",
        description:
          "وقتی به عنوان پناهنده پذیرفته می‌شوید، دیگر اداره‌ی امور اجتماعی مسئول شما نیست، بلکه جاب‌سنتر. در این جابه‌جایی اغلب درخواست‌ها گم می‌شوند یا پرداخت‌ها عقب می‌افتند. KIM قدم به قدم همراه شماست، با هر دو اداره هماهنگ می‌کند و در درخواست‌های جدید کمک می‌کند.",
      },
      uk: {
        title: "Супровід під час зміни відповідальної установи",
        summary:
          "Від допомоги для шукачів притулку до «бюргергельду»: KIM супроводжує перехід, щоб гроші, житло та медичне страхування не переривалися.",
        description:
          "Коли вас визнають біженцем, за вас відповідає вже не соціальна служба, а джобцентр. Під час такої зміни заяви часто губляться або виплати затримуються. KIM супроводжує вас крок за кроком, узгоджує дії з обома установами та допомагає з новими заявами.",
      },
      ru: {
        title: "Сопровождение при смене ответственного ведомства",
        summary:
          "От пособий для лиц, ищущих убежища, к «бюргергельду»: KIM сопровождает переход, чтобы деньги, жильё и медицинская страховка не прерывались.",
        description:
          "Когда вас признают беженцем, за вас отвечает уже не социальная служба, а джобцентр. При такой смене заявления часто теряются или выплаты задерживаются. KIM сопровождает вас шаг за шагом, согласовывает действия с обоими ведомствами и помогает с новыми заявлениями.",
      },
      tr: {
        title: "Sorumlu kurum değişirken destek",
        summary:
          "Sığınmacı yardımlarından Bürgergeld’e: KIM geçiş sürecinde size eşlik eder, böylece para, konut ve sağlık sigortası kesintisiz devam eder.",
        description:
          "Mülteci olarak tanındığınızda artık Sosyal Yardım Dairesi değil, Jobcenter sizden sorumlu olur. Bu geçişte başvurular sıklıkla kaybolur ya da ödemeler gecikir. KIM size adım adım eşlik eder, iki kurumla da koordinasyon sağlar ve yeni başvurularda yardım eder.",
      },
    },
  },
  {
    key: "kim-sprechstunde-bleibeperspektive",
    organisation: "ki-kim",
    programme: "kim",
    categories: ["legal"],
    audiences: ["refugees", "young-people", "families"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    minAge: 14,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "09:00", closes: "12:00", interval: 2 }],
    text: {
      de: {
        title: "Sprechstunde Bleibeperspektive",
        summary:
          "Für Menschen mit Duldung: gemeinsam prüfen, ob ein Weg über Schule, Ausbildung oder Arbeit zu einer Aufenthaltserlaubnis führt.",
        description:
          "Gut integrierte Jugendliche und Erwachsene können unter bestimmten Voraussetzungen eine Aufenthaltserlaubnis bekommen. In der Sprechstunde schauen wir, was Ihnen noch fehlt, zum Beispiel ein Sprachzertifikat, ein Pass oder ein Arbeitsvertrag. Danach planen wir die nächsten Schritte mit Ihnen und den zuständigen Stellen.",
        eligibility: "Menschen mit Duldung in Aachen, besonders Jugendliche und junge Erwachsene.",
        howToJoin: "Termin telefonisch oder per E-Mail. Auch Schulen und Beratungsstellen können Termine vereinbaren.",
      },
      en: {
        title: "Consultation on prospects of staying",
        summary:
          "For people with a Duldung: check together whether school, training or work can lead to a residence permit.",
        description:
          "Well-integrated young people and adults can get a residence permit under certain conditions. In the consultation we look at what you are still missing, for example a language certificate, a passport or an employment contract. Then we plan the next steps with you and the responsible offices.",
        eligibility: "People with a Duldung in Aachen, especially teenagers and young adults.",
        howToJoin: "Appointment by phone or e-mail. Schools and advice services can also book appointments.",
      },
    },
  },
  {
    key: "kim-case-management-caritas",
    organisation: "caritas-aachen",
    programme: "kim",
    categories: ["counselling", "legal"],
    audiences: ["refugees", "families", "newcomers"],
    languages: ["de", "ar", "fr", "en"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 5, opens: "09:00", closes: "12:00" }],
    text: {
      de: {
        title: "KIM-Fallbegleitung bei der Caritas",
        summary:
          "Case Management im Rahmen des Kommunalen Integrationsmanagements: längere Begleitung für Familien mit komplexen Anliegen.",
        description:
          "Die Caritas arbeitet im Kommunalen Integrationsmanagement mit der Stadt Aachen zusammen. Eine Fallbegleiterin oder ein Fallbegleiter unterstützt Ihre Familie über mehrere Monate, zum Beispiel bei Aufenthalt, Wohnungssuche, Schule und Arbeit. Wir stimmen uns eng mit dem KIM-Team der Stadt ab.",
        eligibility: "Zugewanderte und geflüchtete Familien in Aachen mit mehreren offenen Themen.",
        howToJoin: "Sprechen Sie Ihre Migrationsberatung an oder rufen Sie direkt an.",
      },
      en: {
        title: "KIM case support at Caritas",
        summary:
          "Case management as part of Municipal Integration Management: longer-term support for families with complex concerns.",
        description:
          "Caritas works with the City of Aachen in Municipal Integration Management. A case worker supports your family over several months, for example with residence, flat hunting, school and work. We coordinate closely with the city’s KIM team.",
        eligibility: "Immigrant and refugee families in Aachen with several open issues.",
        howToJoin: "Ask your migration counsellor or call us directly.",
      },
    },
  },
  {
    key: "kim-case-management-diakonie",
    organisation: "diakonie-aachen",
    programme: "kim",
    categories: ["counselling", "legal"],
    audiences: ["refugees", "young-people"],
    languages: ["de", "fa", "ps", "en"],
    free: true,
    minAge: 18,
    maxAge: 27,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "13:00", closes: "16:00" }],
    text: {
      de: {
        title: "KIM-Fallbegleitung bei der Diakonie",
        summary:
          "Begleitung für junge Erwachsene mit Duldung oder Gestattung auf dem Weg zu Sprache, Ausbildung und sicherem Aufenthalt.",
        description:
          "Im Kommunalen Integrationsmanagement begleitet die Diakonie junge Erwachsene über längere Zeit. Gemeinsam mit Ihnen, dem Ausländeramt und dem Jobcenter planen wir Schritte zu Sprachkurs, Ausbildung und Aufenthalt. Sie haben immer dieselbe Ansprechperson.",
        eligibility: "Geflüchtete von 18 bis 27 Jahren in Aachen.",
        howToJoin: "Termin telefonisch oder über Ihre Beratungsstelle.",
      },
      en: {
        title: "KIM case support at Diakonie",
        summary:
          "Support for young adults with a Duldung or asylum permit on their way to language, vocational training and a secure residence status.",
        description:
          "As part of Municipal Integration Management, Diakonie supports young adults over a longer period. Together with you, the foreigners’ office and the job centre we plan steps towards a language course, training and residence. You always have the same contact person.",
        eligibility: "Refugees aged 18 to 27 in Aachen.",
        howToJoin: "Appointment by phone or through your advice service.",
      },
    },
  },
  {
    key: "behoerdenbegleitung-runder-tisch-brand",
    organisation: "runder-tisch-brand",
    categories: ["legal"],
    audiences: ["refugees", "newcomers", "seniors"],
    languages: ["de", "ar", "ku", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "Hilfe bei Behördenpost in Brand",
        summary:
          "Montags Hilfe bei Briefen, Formularen und Anträgen – Ehrenamtliche erklären und begleiten auf Wunsch zu Terminen.",
        description:
          "Ehrenamtliche des Runden Tischs lesen mit Ihnen Briefe von Ämtern, Krankenkasse oder Vermieter. Sie helfen beim Ausfüllen von Formularen und erklären Fristen. Auf Wunsch begleiten sie Sie zu Terminen bei Ämtern in der Stadt.",
        eligibility: "Neuzugewanderte und Geflüchtete aus Brand und Umgebung.",
        howToJoin: "Montags ohne Anmeldung vorbeikommen. Bringen Sie die Briefe mit.",
      },
      en: {
        title: "Help with official letters in Brand",
        summary:
          "Help with letters, forms and applications on Mondays – volunteers explain things and can accompany you to appointments.",
        description:
          "Volunteers from the round table read letters from public offices, health insurance or your landlord with you. They help you fill in forms and explain deadlines. If you wish, they accompany you to appointments at offices in the city.",
        eligibility: "Newcomers and refugees from Brand and the surrounding area.",
        howToJoin: "Drop in on Mondays without registering. Bring the letters with you.",
      },
    },
  },
  {
    key: "formularhilfe-bruecke-damaskus",
    organisation: "bruecke-aachen-damaskus",
    categories: ["legal"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["ar", "de", "ku"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "17:00", closes: "19:00" }],
    text: {
      de: {
        title: "Formularhilfe: Anträge gemeinsam ausfüllen",
        summary:
          "Montagabends Hilfe beim Ausfüllen von Anträgen für Kindergeld, Wohngeld, Elterngeld und Jobcenter – auf Arabisch und Deutsch.",
        description:
          "Viele Anträge sind lang und schwer verständlich. Ehrenamtliche gehen die Formulare mit Ihnen Zeile für Zeile durch und sagen Ihnen, welche Nachweise fehlen. Die Unterlagen bleiben bei Ihnen; wir machen keine Kopien.",
        eligibility: "Alle, die Hilfe beim Ausfüllen von Formularen brauchen.",
        howToJoin: "Ohne Termin kommen. Bringen Sie das Formular und Ihre Unterlagen mit.",
      },
      en: {
        title: "Form-filling help: completing applications together",
        summary:
          "Help on Monday evenings with applications for child benefit, housing benefit, parental allowance and the job centre – in Arabic and German.",
        description:
          "Many applications are long and hard to understand. Volunteers go through the forms with you line by line and tell you which documents are missing. Your papers stay with you; we make no copies.",
        eligibility: "Everyone who needs help filling in forms.",
        howToJoin: "Come without an appointment. Bring the form and your documents.",
      },
    },
  },
  {
    key: "behoerdenbriefe-verstehen-richterich",
    organisation: "lernpaten-richterich",
    categories: ["legal"],
    audiences: ["newcomers", "refugees", "seniors"],
    languages: ["de", "uk", "ru", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "10:00", closes: "11:30", interval: 2 }],
    text: {
      de: {
        title: "Briefe verstehen in Richterich",
        summary:
          "Jeden zweiten Donnerstag erklären Ehrenamtliche Briefe von Ämtern, Schulen und Firmen und helfen bei der Antwort.",
        description:
          "Sie haben einen Brief bekommen und verstehen ihn nicht? Ehrenamtliche der Lernpaten lesen ihn mit Ihnen und erklären, was Sie tun müssen. Sie helfen auch, eine kurze Antwort oder einen Anruf vorzubereiten.",
        eligibility: "Alle Menschen in Richterich, die Hilfe mit Briefen brauchen.",
        howToJoin: "Einfach mit dem Brief vorbeikommen.",
      },
      en: {
        title: "Understanding letters in Richterich",
        summary:
          "Every other Thursday volunteers explain letters from public offices, schools and companies and help you reply.",
        description:
          "You received a letter and don’t understand it? Volunteers from Lernpaten read it with you and explain what you need to do. They also help you prepare a short reply or a phone call.",
        eligibility: "Everyone in Richterich who needs help with letters.",
        howToJoin: "Just come along with your letter.",
      },
    },
  },
  {
    key: "behoerdenlotsen-willkommenspaten",
    organisation: "willkommenspaten",
    programme: "komm-an",
    categories: ["legal", "volunteering"],
    audiences: ["newcomers", "refugees", "volunteers"],
    languages: ["de", "en", "ar", "fa", "uk", "tr"],
    free: true,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Behördenlotsen: Begleitung zu Ämtern",
        summary:
          "Ehrenamtliche Lotsinnen und Lotsen begleiten Neuzugewanderte zu Terminen bei Ämtern, Banken und Versicherungen.",
        description:
          "Der erste Termin beim Ausländeramt, beim Jobcenter oder bei der Bank ist oft aufregend. Eine ehrenamtliche Lotsin oder ein Lotse bereitet den Termin mit Ihnen vor und kommt mit. Die Lotsen ersetzen keine Rechtsberatung, helfen aber bei Verständigung und Orientierung.",
        eligibility: "Neuzugewanderte in Aachen; Ehrenamtliche, die selbst Lotse werden möchten.",
        howToJoin:
          "Schreiben Sie eine E-Mail oder rufen Sie an. Sagen Sie, wann Ihr Termin ist und welche Sprache Sie sprechen.",
      },
      en: {
        title: "Authority guides: accompaniment to public offices",
        summary:
          "Volunteer guides accompany newcomers to appointments at public offices, banks and insurance companies.",
        description:
          "Your first appointment at the foreigners’ office, the job centre or the bank is often stressful. A volunteer guide prepares the appointment with you and comes along. The guides do not replace legal advice, but help with communication and finding your way.",
        eligibility: "Newcomers in Aachen; volunteers who want to become a guide themselves.",
        howToJoin: "Send an e-mail or call us. Tell us when your appointment is and which language you speak.",
      },
    },
  },

  // ───────────────────────────── Wohnen ─────────────────────────────
  {
    key: "wohnungssuche-beratung-wohnberatung",
    organisation: "wohnberatung-aachen",
    categories: ["housing"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [
      { weekday: 1, opens: "10:00", closes: "13:00" },
      { weekday: 3, opens: "14:00", closes: "17:00" },
    ],
    text: {
      de: {
        title: "Hilfe bei der Wohnungssuche",
        summary:
          "Beratung und Unterstützung bei der Suche nach einer Wohnung: Anzeigen finden, Bewerbung schreiben, Besichtigung vorbereiten.",
        description:
          "Eine Wohnung in Aachen zu finden ist schwer. Wir zeigen Ihnen, wo Sie Wohnungsanzeigen finden und wie eine gute Bewerbung für eine Wohnung aussieht. Wir erklären, welche Unterlagen Vermieter sehen wollen, zum Beispiel die Mietschuldenfreiheitsbescheinigung. Wenn Sie Bürgergeld bekommen, klären wir, welche Miete das Jobcenter übernimmt.",
        eligibility:
          "Menschen in Aachen, die eine Wohnung suchen, besonders Familien und Menschen aus Gemeinschaftsunterkünften.",
        howToJoin:
          "Kommen Sie in die offene Sprechstunde. Bringen Sie Ihren Ausweis und, wenn vorhanden, Ihren Wohnberechtigungsschein mit.",
      },
      en: {
        title: "Help with finding a flat",
        summary:
          "Advice and support when looking for a flat: finding listings, writing an application, preparing for viewings.",
        description:
          "Finding a flat in Aachen is hard. We show you where to find flat listings and what a good application for a flat looks like. We explain which documents landlords want to see, for example a certificate confirming you have no rent arrears. If you receive Bürgergeld, we check which rent the job centre will cover.",
        eligibility:
          "People in Aachen who are looking for a flat, especially families and people living in shared accommodation.",
        howToJoin:
          "Come to the drop-in hours. Bring your ID and, if you have one, your housing entitlement certificate (WBS).",
      },
      ar: {
        title: "المساعدة في البحث عن شقة",
        summary: "استشارة ودعم في البحث عن شقة: إيجاد الإعلانات، وكتابة طلب السكن، والتحضير لمعاينة الشقة.",
        description:
          "إيجاد شقة في آخن أمر صعب. نوضح لك أين تجد إعلانات الشقق وكيف يبدو طلب السكن الجيد. نشرح لك المستندات التي يريد المؤجرون رؤيتها، مثل شهادة عدم وجود ديون إيجار. وإذا كنت تحصل على «بورغرغيلد»، نوضح لك قيمة الإيجار التي يتحملها مركز العمل.",
      },
      fa: {
        title: "کمک در جست‌وجوی خانه",
        summary: "مشاوره و پشتیبانی در پیدا کردن خانه: یافتن آگهی‌ها، نوشتن درخواست اجاره و آمادگی برای بازدید.",
        description:
          "پیدا کردن خانه در آخن سخت است. به شما نشان می‌دهیم آگهی‌های خانه را کجا پیدا کنید و یک درخواست خوب برای اجاره چگونه است. توضیح می‌دهیم صاحبخانه‌ها چه مدارکی می‌خواهند، مثلاً گواهی نداشتن بدهی اجاره. اگر «بورگرگلد» دریافت می‌کنید، روشن می‌کنیم جاب‌سنتر چه مبلغی از اجاره را می‌پردازد.",
      },
      uk: {
        title: "Допомога в пошуку житла",
        summary:
          "Консультація та підтримка в пошуку квартири: знайти оголошення, написати заявку, підготуватися до огляду.",
        description:
          "Знайти квартиру в Аахені важко. Ми покажемо, де шукати оголошення про житло і як виглядає добра заявка на квартиру. Ми пояснимо, які документи хочуть бачити орендодавці, наприклад довідку про відсутність боргів з оренди. Якщо ви отримуєте «бюргергельд», ми з’ясуємо, яку орендну плату покриває джобцентр.",
      },
      ru: {
        title: "Помощь в поиске квартиры",
        summary:
          "Консультация и поддержка при поиске квартиры: найти объявления, написать заявку, подготовиться к просмотру.",
        description:
          "Найти квартиру в Ахене трудно. Мы покажем, где искать объявления о жилье и как выглядит хорошая заявка на квартиру. Мы объясним, какие документы хотят видеть арендодатели, например справку об отсутствии долгов по аренде. Если вы получаете «бюргергельд», мы выясним, какую арендную плату покрывает джобцентр.",
      },
      tr: {
        title: "Ev aramada yardım",
        summary: "Ev ararken danışmanlık ve destek: ilanları bulmak, başvuru yazmak, ev görmeye hazırlanmak.",
        description:
          "Aachen’de ev bulmak zordur. Ev ilanlarını nerede bulacağınızı ve iyi bir ev başvurusunun nasıl olduğunu gösteririz. Ev sahiplerinin hangi belgeleri görmek istediğini, örneğin kira borcu olmadığına dair belgeyi açıklarız. Bürgergeld alıyorsanız, Jobcenter’ın ne kadar kira ödediğini birlikte netleştiririz.",
      },
    },
    easyRead:
      "Sie suchen eine Wohnung. Das ist in Aachen schwer. Wir helfen Ihnen. Wir zeigen Ihnen, wo es Wohnungen gibt. Wir schreiben mit Ihnen eine Bewerbung. Wir sagen Ihnen, welche Papiere Sie brauchen. Die Beratung kostet nichts. Kommen Sie am Montag oder am Mittwoch vorbei.",
  },
  {
    key: "mietrechtsberatung-wohnberatung",
    organisation: "wohnberatung-aachen",
    categories: ["housing", "legal"],
    audiences: ["families", "newcomers", "seniors"],
    languages: ["de", "en", "tr", "ru"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "14:00", closes: "17:00" }],
    text: {
      de: {
        title: "Beratung für Mieterinnen und Mieter",
        summary:
          "Fragen zu Mietvertrag, Nebenkostenabrechnung, Kaution, Schimmel oder Kündigung? Wir erklären Ihre Rechte und Pflichten.",
        description:
          "Ein Mietvertrag ist ein wichtiger Vertrag mit vielen Regeln. Wir lesen Ihren Mietvertrag oder Ihre Nebenkostenabrechnung mit Ihnen und erklären, was darin steht. Bei Problemen mit dem Vermieter, etwa Schimmel, Mieterhöhung oder Kündigung, sagen wir Ihnen, was Sie tun können und wer weiterhilft.",
        eligibility: "Mieterinnen und Mieter in Aachen.",
        howToJoin:
          "Vereinbaren Sie telefonisch einen Termin. Bringen Sie Mietvertrag und die Briefe vom Vermieter mit.",
      },
      en: {
        title: "Counselling for tenants",
        summary:
          "Questions about your tenancy agreement, service charge statement, deposit, mould or notice? We explain your rights and duties.",
        description:
          "A tenancy agreement is an important contract with many rules. We read your tenancy agreement or service charge statement with you and explain what it says. If you have problems with your landlord, such as mould, a rent increase or notice to quit, we tell you what you can do and who can help.",
        eligibility: "Tenants in Aachen.",
        howToJoin: "Make an appointment by phone. Bring your tenancy agreement and the letters from your landlord.",
      },
      ar: {
        title: "استشارات للمستأجرين",
        summary:
          "أسئلة حول عقد الإيجار أو فاتورة التكاليف الإضافية أو التأمين أو العفن أو إنهاء العقد؟ نشرح لك حقوقك وواجباتك.",
        description:
          "عقد الإيجار عقد مهم فيه قواعد كثيرة. نقرأ معك عقد الإيجار أو فاتورة التكاليف الإضافية ونشرح لك ما فيها. وإذا واجهت مشاكل مع المؤجر، مثل العفن أو رفع الإيجار أو إنهاء العقد، نخبرك بما يمكنك فعله ومن يمكنه مساعدتك.",
      },
      fa: {
        title: "مشاوره برای مستأجران",
        summary:
          "پرسشی درباره‌ی قرارداد اجاره، صورت‌حساب هزینه‌های جانبی، ودیعه، کپک یا فسخ قرارداد دارید؟ حقوق و وظایفتان را توضیح می‌دهیم.",
        description:
          "قرارداد اجاره قراردادی مهم با قوانین زیاد است. قرارداد اجاره یا صورت‌حساب هزینه‌های جانبی را با شما می‌خوانیم و توضیح می‌دهیم در آن چه آمده است. اگر با صاحبخانه مشکلی دارید، مثلاً کپک، افزایش اجاره یا فسخ قرارداد، می‌گوییم چه کاری می‌توانید بکنید و چه کسی کمک می‌کند.",
      },
      uk: {
        title: "Консультація для орендарів",
        summary:
          "Питання щодо договору оренди, рахунку за комунальні послуги, застави, цвілі чи розірвання договору? Ми пояснимо ваші права та обов’язки.",
        description:
          "Договір оренди – це важливий договір з багатьма правилами. Ми читаємо з вами ваш договір оренди або рахунок за комунальні послуги й пояснюємо, що в них написано. Якщо у вас проблеми з орендодавцем, наприклад цвіль, підвищення орендної плати чи розірвання договору, ми підкажемо, що можна зробити і хто допоможе.",
      },
      ru: {
        title: "Консультация для арендаторов",
        summary:
          "Вопросы по договору аренды, счёту за коммунальные услуги, залогу, плесени или расторжению? Мы объясним ваши права и обязанности.",
        description:
          "Договор аренды – важный договор с множеством правил. Мы читаем с вами ваш договор аренды или счёт за коммунальные услуги и объясняем, что в них написано. Если у вас проблемы с арендодателем, например плесень, повышение арендной платы или расторжение договора, мы подскажем, что можно сделать и кто поможет.",
      },
      tr: {
        title: "Kiracılar için danışmanlık",
        summary:
          "Kira sözleşmesi, yan gider hesabı, depozito, küf veya fesih hakkında sorularınız mı var? Haklarınızı ve yükümlülüklerinizi açıklarız.",
        description:
          "Kira sözleşmesi, birçok kuralı olan önemli bir sözleşmedir. Kira sözleşmenizi veya yan gider hesabınızı sizinle birlikte okur ve içinde ne yazdığını açıklarız. Ev sahibinizle küf, kira artışı veya fesih gibi sorunlarınız varsa ne yapabileceğinizi ve kimin yardım edebileceğini söyleriz.",
      },
    },
  },
  {
    key: "wohnungsnotfall-sprechstunde",
    organisation: "wohnberatung-aachen",
    categories: ["housing", "counselling"],
    audiences: ["families", "newcomers", "young-people"],
    languages: ["de", "en", "ar"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "09:00", closes: "12:00" },
      { weekday: 5, opens: "09:00", closes: "11:00" },
    ],
    text: {
      de: {
        title: "Sprechstunde bei drohendem Wohnungsverlust",
        summary:
          "Kündigung, Räumungsklage oder Mietschulden? Kommen Sie sofort – gemeinsam versuchen wir, Ihre Wohnung zu erhalten.",
        description:
          "Wenn Sie eine Kündigung oder eine Räumungsklage bekommen haben, zählt jeder Tag. Wir prüfen mit Ihnen, ob Mietschulden übernommen werden können, sprechen mit dem Vermieter und mit dem Fachbereich Wohnen der Stadt. Wenn Sie schon keine Wohnung mehr haben, helfen wir bei der Suche nach einer Unterkunft.",
        eligibility: "Menschen in Aachen, denen der Verlust der Wohnung droht oder die wohnungslos sind.",
        howToJoin: "Ohne Termin dienstags oder freitags kommen. Bringen Sie alle Briefe von Vermieter und Gericht mit.",
      },
      en: {
        title: "Consultation if you are about to lose your home",
        summary:
          "Notice to quit, eviction claim or rent arrears? Come straight away – together we try to keep your flat.",
        description:
          "If you have received notice to quit or an eviction claim, every day counts. We check with you whether rent arrears can be covered and talk to the landlord and to the city’s housing department. If you have already lost your flat, we help you find somewhere to stay.",
        eligibility: "People in Aachen who are at risk of losing their home or who are homeless.",
        howToJoin:
          "Come without an appointment on Tuesdays or Fridays. Bring all letters from your landlord and the court.",
      },
    },
  },
  {
    key: "wohnberechtigungsschein-beantragen",
    organisation: "fb-soziales",
    categories: ["housing"],
    audiences: ["families", "newcomers", "seniors"],
    languages: ["de", "en"],
    free: true,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Wohnberechtigungsschein (WBS) beantragen",
        summary:
          "Mit dem Wohnberechtigungsschein können Sie eine öffentlich geförderte Wohnung mit günstiger Miete mieten. Die Stadt Aachen stellt ihn aus.",
        description:
          "Öffentlich geförderte Wohnungen dürfen nur an Menschen mit Wohnberechtigungsschein vermietet werden. Ob Sie einen WBS bekommen, hängt vom Einkommen und von der Größe Ihres Haushalts ab. Den Antrag stellen Sie beim Fachbereich Wohnen, Soziales und Integration. Der WBS gilt ein Jahr.",
        eligibility:
          "Haushalte mit geringem oder mittlerem Einkommen, die in Aachen wohnen oder nach Aachen ziehen möchten und einen gültigen Aufenthalt haben.",
        howToJoin:
          "Laden Sie den Antrag auf der Website der Stadt Aachen herunter oder holen Sie ihn im Verwaltungsgebäude ab. Geben Sie ihn mit Einkommensnachweisen für alle Haushaltsmitglieder ab.",
      },
      en: {
        title: "Applying for a housing entitlement certificate (WBS)",
        summary:
          "With a housing entitlement certificate you can rent a publicly subsidised flat at a lower rent. It is issued by the City of Aachen.",
        description:
          "Publicly subsidised flats may only be let to people with a housing entitlement certificate. Whether you get a WBS depends on your income and the size of your household. You apply at the city’s department for housing, social affairs and integration. The WBS is valid for one year.",
        eligibility:
          "Households on a low or middle income who live in Aachen or want to move to Aachen and have a valid residence status.",
        howToJoin:
          "Download the application form from the City of Aachen website or pick it up at the administration building. Hand it in with proof of income for all household members.",
      },
      ar: {
        title: "طلب شهادة الأحقية في السكن (WBS)",
        summary: "بشهادة الأحقية في السكن يمكنك استئجار شقة مدعومة بإيجار منخفض. تصدرها مدينة آخن.",
        description:
          "لا يجوز تأجير الشقق المدعومة من الدولة إلا لمن لديهم شهادة الأحقية في السكن. يعتمد حصولك على الشهادة على دخلك وعدد أفراد أسرتك. تقدّم الطلب لدى قسم السكن والشؤون الاجتماعية والاندماج في المدينة. الشهادة صالحة لمدة سنة واحدة.",
      },
      fa: {
        title: "درخواست گواهی حق مسکن (WBS)",
        summary:
          "با گواهی حق مسکن می‌توانید یک خانه‌ی یارانه‌ای با اجاره‌ی ارزان‌تر اجاره کنید. این گواهی را شهر آخن صادر می‌کند.",
        description:
          "خانه‌های یارانه‌ای فقط به کسانی اجاره داده می‌شوند که گواهی حق مسکن دارند. دریافت این گواهی به درآمد و تعداد افراد خانوار شما بستگی دارد. درخواست را به بخش مسکن، امور اجتماعی و ادغام شهرداری می‌دهید. این گواهی یک سال اعتبار دارد.",
      },
      uk: {
        title: "Отримання довідки про право на соціальне житло (WBS)",
        summary:
          "З довідкою WBS ви можете орендувати квартиру з державною підтримкою за нижчою ціною. Її видає місто Аахен.",
        description:
          "Квартири з державною підтримкою можна здавати лише людям із довідкою WBS. Чи отримаєте ви її, залежить від доходу та розміру вашого домогосподарства. Заяву подають до міського відділу житла, соціальних питань та інтеграції. Довідка дійсна один рік.",
      },
      ru: {
        title: "Получение справки о праве на социальное жильё (WBS)",
        summary:
          "Со справкой WBS вы можете снять квартиру с государственной поддержкой по более низкой цене. Её выдаёт город Ахен.",
        description:
          "Квартиры с государственной поддержкой можно сдавать только людям со справкой WBS. Получите ли вы её, зависит от дохода и размера вашего домохозяйства. Заявление подают в городской отдел жилья, социальных вопросов и интеграции. Справка действительна один год.",
      },
      tr: {
        title: "Konut hak belgesi (WBS) başvurusu",
        summary:
          "Konut hak belgesi ile kirası düşük, devlet destekli bir daire kiralayabilirsiniz. Belgeyi Aachen Belediyesi verir.",
        description:
          "Devlet destekli daireler yalnızca konut hak belgesi olan kişilere kiralanabilir. WBS alıp alamayacağınız gelirinize ve hane büyüklüğünüze bağlıdır. Başvuruyu belediyenin Konut, Sosyal İşler ve Entegrasyon Birimi’ne yaparsınız. Belge bir yıl geçerlidir.",
      },
    },
    easyRead:
      "Manche Wohnungen sind billiger. Für diese Wohnungen brauchen Sie einen Schein. Der Schein heißt Wohnberechtigungs-Schein. Die Abkürzung ist WBS. Sie bekommen den WBS bei der Stadt Aachen. Sie müssen einen Antrag stellen. Sie müssen zeigen, wie viel Geld Sie verdienen. Der WBS kostet nichts.",
  },
  {
    key: "mieterfuehrerschein-caritas",
    organisation: "caritas-aachen",
    categories: ["housing"],
    audiences: ["refugees", "newcomers", "families"],
    languages: ["de", "ar", "fa", "ti"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "Mieterführerschein",
        summary:
          "Kurs an vier Vormittagen: alles Wichtige zum Mieten in Deutschland – Mietvertrag, Heizen und Lüften, Mülltrennung, Hausordnung.",
        description:
          "Der Kurs bereitet Sie auf die erste eigene Wohnung in Deutschland vor. Sie lernen, was im Mietvertrag steht, wie Nebenkosten entstehen und wie Sie Schimmel vermeiden. Am Ende bekommen Sie ein Zertifikat, das Sie Ihrer Wohnungsbewerbung beilegen können.",
        eligibility: "Geflüchtete und Neuzugewanderte, die eine Wohnung suchen oder gerade eingezogen sind.",
        howToJoin: "Melden Sie sich in der Migrationsberatung oder Flüchtlingsberatung der Caritas an.",
      },
      en: {
        title: "Tenant’s licence course",
        summary:
          "Course on four mornings: everything important about renting in Germany – tenancy agreement, heating and ventilation, waste separation, house rules.",
        description:
          "The course prepares you for your first own flat in Germany. You learn what a tenancy agreement says, how service charges come about and how to avoid mould. At the end you receive a certificate that you can add to your flat applications.",
        eligibility: "Refugees and newcomers who are looking for a flat or have just moved in.",
        howToJoin: "Register through Caritas migration counselling or refugee counselling.",
      },
    },
  },
  {
    key: "wohnungspaten-willkommenspaten",
    organisation: "willkommenspaten",
    programme: "komm-an",
    categories: ["housing", "volunteering"],
    audiences: ["refugees", "families", "volunteers"],
    languages: ["de", "en", "ar", "fa", "uk"],
    free: true,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Wohnungspatenschaften",
        summary:
          "Ehrenamtliche unterstützen Geflüchtete über einige Monate bei der Wohnungssuche: Anzeigen lesen, Vermieter anrufen, zur Besichtigung mitkommen.",
        description:
          "Eine Wohnungspatin oder ein Wohnungspate sucht mit Ihnen nach passenden Angeboten und hilft bei Telefonaten und E-Mails an Vermieter. Sie gehen gemeinsam zu Besichtigungen. Die Ehrenamtlichen werden vorher geschult und von den Willkommenspaten begleitet.",
        eligibility:
          "Geflüchtete, die aus einer Unterkunft in eine eigene Wohnung ziehen möchten; Ehrenamtliche, die Pate werden möchten.",
        howToJoin: "Melden Sie sich per E-Mail oder über Ihre Beratungsstelle. Wir stellen den Kontakt her.",
      },
      en: {
        title: "Housing mentorships",
        summary:
          "Volunteers support refugees for a few months in their flat search: reading listings, calling landlords, coming along to viewings.",
        description:
          "A housing mentor looks for suitable offers with you and helps with phone calls and e-mails to landlords. You go to viewings together. The volunteers are trained beforehand and supported by Willkommenspaten.",
        eligibility:
          "Refugees who want to move from shared accommodation into their own flat; volunteers who want to become mentors.",
        howToJoin: "Get in touch by e-mail or through your advice service. We put you in contact.",
      },
    },
  },
  {
    key: "auszug-unterkunft-beratung-fb-soziales",
    organisation: "fb-soziales",
    categories: ["housing"],
    audiences: ["refugees", "families"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "09:00", closes: "12:00" }],
    text: {
      de: {
        title: "Beratung zum Auszug aus der städtischen Unterkunft",
        summary:
          "Sie wohnen in einer Unterkunft der Stadt und haben eine Wohnung in Aussicht? Wir klären Miete, Kaution und Umzug.",
        description:
          "Bevor Sie einen Mietvertrag unterschreiben, muss geklärt sein, ob die Miete angemessen ist und wer die Kaution bezahlt. Wir beraten Sie, welche Anträge nötig sind, und stimmen uns mit Sozialamt oder Jobcenter ab. Wir helfen auch bei der Erstausstattung der Wohnung.",
        eligibility: "Bewohnerinnen und Bewohner städtischer Unterkünfte für Geflüchtete in Aachen.",
        howToJoin: "Termin über die Sozialarbeit in Ihrer Unterkunft oder direkt beim Fachbereich.",
      },
      en: {
        title: "Advice on moving out of municipal accommodation",
        summary: "You live in city accommodation and have a flat in view? We clarify rent, deposit and moving.",
        description:
          "Before you sign a tenancy agreement, it must be clear whether the rent is acceptable and who pays the deposit. We advise you which applications are needed and coordinate with the social welfare office or the job centre. We also help with initial furnishings for the flat.",
        eligibility: "Residents of municipal refugee accommodation in Aachen.",
        howToJoin: "Appointment via the social workers in your accommodation or directly with the department.",
      },
    },
  },
  {
    key: "wohnungsanzeigen-verstehen-eilendorf",
    organisation: "russischsprachige-familien",
    categories: ["housing"],
    audiences: ["families", "refugees", "newcomers"],
    languages: ["ru", "uk", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "18:00", closes: "19:30", interval: 2 }],
    text: {
      de: {
        title: "Wohnungsanzeigen verstehen – Workshop in Eilendorf",
        summary:
          "Jeden zweiten Mittwoch: Was heißen Kaltmiete, NK und WBS? Anzeigen lesen, Fragen an Vermieter formulieren, Fallen erkennen.",
        description:
          "Wohnungsanzeigen sind voller Abkürzungen. Im Workshop lesen wir echte Anzeigen gemeinsam und erklären die Begriffe auf Russisch und Ukrainisch. Wir sprechen auch über unseriöse Angebote und darüber, wann Sie kein Geld im Voraus zahlen sollten.",
        eligibility: "Russisch und Ukrainisch sprechende Menschen auf Wohnungssuche.",
        howToJoin: "Ohne Anmeldung in die Vereinsräume kommen.",
      },
      en: {
        title: "Understanding flat listings – workshop in Eilendorf",
        summary:
          "Every other Wednesday: what do Kaltmiete, NK and WBS mean? Read listings, prepare questions for landlords, spot scams.",
        description:
          "Flat listings are full of abbreviations. In the workshop we read real listings together and explain the terms in Russian and Ukrainian. We also talk about dubious offers and when you should never pay money in advance.",
        eligibility: "Russian and Ukrainian speakers looking for a flat.",
        howToJoin: "Come to the association’s rooms without registering.",
      },
    },
  },
  {
    key: "wohnungssuche-workshop-persisches-kulturhaus",
    organisation: "persisches-kulturhaus",
    categories: ["housing"],
    audiences: ["newcomers", "refugees", "professionals"],
    languages: ["fa", "de"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "15:00", closes: "17:00", interval: 2 }],
    text: {
      de: {
        title: "Wohnungssuche in Aachen – Workshop auf Persisch",
        summary:
          "Workshop in Laurensberg: Wohnungsbewerbung, Schufa-Auskunft, Besichtigung und erste Schritte nach dem Einzug.",
        description:
          "Wir erklären auf Persisch, wie der Wohnungsmarkt in Aachen funktioniert. Sie erstellen eine Bewerbungsmappe für Vermieter und üben, wie Sie sich bei einer Besichtigung vorstellen. Außerdem geht es um Anmeldung beim Bürgerservice, Strom und Internet nach dem Einzug.",
        eligibility: "Persisch und Dari sprechende Menschen, auch Studierende.",
        howToJoin: "Anmeldung per Nachricht an den Verein, die Plätze sind begrenzt.",
      },
      en: {
        title: "Flat hunting in Aachen – workshop in Persian",
        summary:
          "Workshop in Laurensberg: flat applications, Schufa credit report, viewings and first steps after moving in.",
        description:
          "We explain in Persian how the housing market in Aachen works. You put together an application folder for landlords and practise introducing yourself at a viewing. We also cover registering your address at the citizens’ office, electricity and internet after moving in.",
        eligibility: "Persian and Dari speakers, including students.",
        howToJoin: "Register by sending a message to the association; places are limited.",
      },
    },
  },

  // ───────────────────────────── Arbeit ─────────────────────────────
  {
    key: "jobcenter-infoveranstaltung-neukunden",
    organisation: "jobcenter",
    categories: ["work"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "en", "ar", "uk"],
    free: true,
    minAge: 15,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "10:00", closes: "11:30" }],
    text: {
      de: {
        title: "Infoveranstaltung für neue Kundinnen und Kunden",
        summary:
          "Was macht das Jobcenter, welche Pflichten und Rechte habe ich beim Bürgergeld, und wie komme ich zu Sprachkurs und Arbeit?",
        description:
          "In der Infoveranstaltung erklärt das Jobcenter, wie Bürgergeld funktioniert und was nach dem Antrag passiert. Sie erfahren, wie Sie zu einem Integrationskurs oder Berufssprachkurs kommen und welche Hilfen es bei der Arbeitssuche gibt. Dolmetschende für Arabisch und Ukrainisch sind dabei. Danach können Sie Fragen stellen.",
        eligibility: "Neue Kundinnen und Kunden des Jobcenters, besonders Geflüchtete nach der Anerkennung.",
        howToJoin:
          "Sie bekommen eine Einladung mit Termin. Sie können auch Ihre Ansprechperson im Jobcenter nach dem nächsten Termin fragen.",
      },
      en: {
        title: "Information session for new clients",
        summary:
          "What does the job centre do, what are my rights and duties with Bürgergeld, and how do I get into a language course and work?",
        description:
          "In this information session the job centre explains how Bürgergeld works and what happens after you apply. You learn how to get into an integration course or job-related language course and what help is available when looking for work. Interpreters for Arabic and Ukrainian are present. Afterwards you can ask questions.",
        eligibility: "New job centre clients, especially refugees after recognition.",
        howToJoin:
          "You receive an invitation with a date. You can also ask your contact person at the job centre about the next date.",
      },
      ar: {
        title: "جلسة معلومات للعملاء الجدد",
        summary: "ماذا يفعل مركز العمل، ما هي حقوقي وواجباتي مع «بورغرغيلد»، وكيف أصل إلى دورة لغة وإلى عمل؟",
        description:
          "في جلسة المعلومات يشرح مركز العمل (جوب سنتر) كيف يعمل «بورغرغيلد» وماذا يحدث بعد تقديم الطلب. تعرف كيف تلتحق بدورة اندماج أو دورة لغة مهنية، وما المساعدات المتاحة في البحث عن عمل. يحضر مترجمون للعربية والأوكرانية. بعد ذلك يمكنك طرح أسئلتك.",
      },
      fa: {
        title: "جلسه‌ی اطلاع‌رسانی برای مراجعان جدید",
        summary: "جاب‌سنتر چه کاری انجام می‌دهد، حقوق و وظایف من در «بورگرگلد» چیست و چگونه به کلاس زبان و کار برسم؟",
        description:
          "در این جلسه جاب‌سنتر توضیح می‌دهد که «بورگرگلد» چگونه کار می‌کند و پس از درخواست چه اتفاقی می‌افتد. می‌فهمید چگونه در کلاس ادغام یا کلاس زبان شغلی ثبت‌نام کنید و چه کمک‌هایی برای کاریابی وجود دارد. مترجم عربی و اوکراینی حضور دارد. پس از آن می‌توانید سؤال بپرسید.",
      },
      uk: {
        title: "Інформаційна зустріч для нових клієнтів",
        summary:
          "Чим займається джобцентр, які мої права та обов’язки щодо «бюргергельду» і як потрапити на мовний курс і знайти роботу?",
        description:
          "На інформаційній зустрічі джобцентр пояснює, як працює «бюргергельд» і що відбувається після подання заяви. Ви дізнаєтеся, як потрапити на інтеграційний чи професійний мовний курс і яка допомога є в пошуку роботи. Присутні перекладачі з арабської та української. Потім можна поставити запитання.",
      },
      ru: {
        title: "Информационная встреча для новых клиентов",
        summary:
          "Чем занимается джобцентр, каковы мои права и обязанности при получении «бюргергельда» и как попасть на языковой курс и найти работу?",
        description:
          "На информационной встрече джобцентр объясняет, как работает «бюргергельд» и что происходит после подачи заявления. Вы узнаете, как попасть на интеграционный или профессиональный языковой курс и какая помощь есть при поиске работы. Присутствуют переводчики с арабского и украинского. После этого можно задать вопросы.",
      },
      tr: {
        title: "Yeni müşteriler için bilgilendirme toplantısı",
        summary:
          "Jobcenter ne yapar, Bürgergeld’de haklarım ve yükümlülüklerim nelerdir, dil kursuna ve işe nasıl ulaşırım?",
        description:
          "Bilgilendirme toplantısında Jobcenter, Bürgergeld’in nasıl işlediğini ve başvurudan sonra ne olduğunu açıklar. Entegrasyon kursuna veya mesleki dil kursuna nasıl katılabileceğinizi ve iş ararken hangi desteklerin bulunduğunu öğrenirsiniz. Arapça ve Ukraynaca tercümanlar hazır bulunur. Ardından sorularınızı sorabilirsiniz.",
      },
    },
    easyRead:
      "Sie bekommen Geld vom Jobcenter. Oder Sie haben Geld beantragt. Das Jobcenter lädt Sie zu einem Info-Termin ein. Dort hören Sie, wie Bürgergeld funktioniert. Sie hören, wie Sie einen Deutsch-Kurs bekommen. Sie hören, wie Sie Arbeit finden. Es gibt Dolmetscher. Sie können Fragen stellen.",
  },
  {
    key: "jobcenter-sprechzeit-arbeit-gefluechtete",
    organisation: "jobcenter",
    categories: ["work"],
    audiences: ["refugees", "young-people"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    minAge: 15,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "08:00", closes: "12:00" }],
    text: {
      de: {
        title: "Sprechzeit Arbeit und Ausbildung für Geflüchtete",
        summary:
          "Offene Sprechzeit im Jobcenter: Fragen zu Arbeitsaufnahme, Ausbildung, Praktikum und Förderung für geflüchtete Kundinnen und Kunden.",
        description:
          "Sie haben ein Jobangebot, einen Ausbildungsplatz in Aussicht oder Fragen zu einem Praktikum? In der offenen Sprechzeit klären Fachkräfte des Jobcenters, welche Förderung möglich ist und welche Schritte als Nächstes nötig sind, zum Beispiel eine Beschäftigungserlaubnis.",
        eligibility: "Geflüchtete Kundinnen und Kunden des Jobcenters StädteRegion Aachen.",
        howToJoin: "Donnerstags ohne Termin kommen. Bringen Sie Ihre Kundennummer und das Jobangebot mit.",
      },
      en: {
        title: "Consultation hours on work and training for refugees",
        summary:
          "Drop-in hours at the job centre: questions about starting work, vocational training, internships and funding for refugee clients.",
        description:
          "You have a job offer, a training place in view or questions about an internship? At the drop-in hours job centre staff clarify which funding is possible and which steps are needed next, for example a work permit.",
        eligibility: "Refugee clients of Jobcenter StädteRegion Aachen.",
        howToJoin: "Come on Thursdays without an appointment. Bring your customer number and the job offer.",
      },
    },
  },
  {
    key: "berufsberatung-erwerbsleben-agentur",
    organisation: "agentur-fuer-arbeit",
    categories: ["work"],
    audiences: ["professionals", "newcomers", "eu-citizens"],
    languages: ["de", "en"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Berufsberatung im Erwerbsleben",
        summary:
          "Persönliche Beratung der Agentur für Arbeit für Erwachsene: beruflich neu starten, weiterbilden oder den ausländischen Beruf in Deutschland ausüben.",
        description:
          "Sie möchten in Deutschland in Ihrem Beruf arbeiten, sich weiterbilden oder etwas Neues lernen? Die Berufsberatung hilft Ihnen, Ihre Erfahrungen einzuschätzen und einen passenden Weg zu finden. Sie informiert über Weiterbildung, Umschulung und Förderung.",
        eligibility: "Erwachsene, die arbeiten oder Arbeit suchen – auch EU-Bürgerinnen und EU-Bürger.",
        howToJoin: "Termin über die Servicenummer oder das Online-Portal der Agentur für Arbeit vereinbaren.",
      },
      en: {
        title: "Career guidance for adults",
        summary:
          "Personal career guidance from the employment agency for adults: starting over, further training or working in your foreign profession in Germany.",
        description:
          "Do you want to work in your profession in Germany, continue your training or learn something new? Career guidance helps you assess your experience and find a suitable path. It provides information on further training, retraining and funding.",
        eligibility: "Adults who work or are looking for work – including EU citizens.",
        howToJoin: "Make an appointment through the employment agency’s service number or online portal.",
      },
    },
  },
  {
    key: "infoveranstaltung-arbeiten-anerkennung-agentur",
    organisation: "agentur-fuer-arbeit",
    categories: ["work"],
    audiences: ["newcomers", "professionals", "refugees"],
    languages: ["de", "en"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "14:00", closes: "15:30", interval: 2 }],
    text: {
      de: {
        title: "Infoveranstaltung: Arbeiten in Deutschland",
        summary:
          "Alle zwei Wochen: der Arbeitsmarkt in der Region Aachen, die Anerkennung ausländischer Abschlüsse und der Weg zur ersten Stelle.",
        description:
          "In dieser Veranstaltung erfahren Sie, welche Berufe in der Region Aachen gesucht werden und wie Sie Ihren ausländischen Berufsabschluss anerkennen lassen. Wir erklären, wie eine Bewerbung in Deutschland aussieht und welche Unterstützung die Agentur für Arbeit bietet. Die Veranstaltung ist auf einfachem Deutsch, Folien gibt es auch auf Englisch.",
        eligibility: "Neuzugewanderte und Fachkräfte mit Berufserfahrung aus dem Ausland.",
        howToJoin: "Anmeldung über die Servicenummer der Agentur für Arbeit oder bei Ihrer Beratungsstelle.",
      },
      en: {
        title: "Information session: working in Germany",
        summary:
          "Every two weeks: the labour market in the Aachen region, recognition of foreign qualifications and the way to your first job.",
        description:
          "In this session you learn which professions are in demand in the Aachen region and how to get your foreign vocational qualification recognised. We explain what a job application in Germany looks like and what support the employment agency offers. The session is in simple German; slides are also available in English.",
        eligibility: "Newcomers and skilled workers with work experience from abroad.",
        howToJoin: "Register via the employment agency’s service number or through your advice service.",
      },
      ar: {
        title: "جلسة معلومات: العمل في ألمانيا",
        summary: "كل أسبوعين: سوق العمل في منطقة آخن، والاعتراف بالشهادات الأجنبية، والطريق إلى أول وظيفة.",
        description:
          "في هذه الجلسة تعرف ما هي المهن المطلوبة في منطقة آخن وكيف تحصل على الاعتراف بشهادتك المهنية الأجنبية. نشرح كيف يبدو طلب العمل في ألمانيا وما الدعم الذي تقدمه وكالة العمل. تُقدَّم الجلسة بلغة ألمانية بسيطة، والشرائح متوفرة أيضًا بالإنجليزية.",
      },
      fa: {
        title: "جلسه‌ی اطلاع‌رسانی: کار در آلمان",
        summary: "هر دو هفته یک بار: بازار کار منطقه‌ی آخن، به رسمیت شناختن مدارک خارجی و راه رسیدن به نخستین شغل.",
        description:
          "در این جلسه می‌فهمید کدام شغل‌ها در منطقه‌ی آخن مورد نیازند و چگونه مدرک شغلی خارجی خود را به رسمیت بشناسانید. توضیح می‌دهیم یک درخواست کار در آلمان چگونه است و آژانس کار چه پشتیبانی‌هایی ارائه می‌دهد. جلسه به زبان آلمانی ساده برگزار می‌شود و اسلایدها به انگلیسی هم موجود است.",
      },
      uk: {
        title: "Інформаційна зустріч: робота в Німеччині",
        summary:
          "Кожні два тижні: ринок праці в регіоні Аахен, визнання іноземних кваліфікацій і шлях до першої роботи.",
        description:
          "На цій зустрічі ви дізнаєтеся, які професії потрібні в регіоні Аахен і як визнати вашу іноземну професійну кваліфікацію. Ми пояснюємо, як виглядає заявка на роботу в Німеччині та яку підтримку надає агентство з питань праці. Зустріч проходить простою німецькою, слайди є також англійською.",
      },
      ru: {
        title: "Информационная встреча: работа в Германии",
        summary:
          "Раз в две недели: рынок труда в регионе Ахен, признание иностранных квалификаций и путь к первой работе.",
        description:
          "На этой встрече вы узнаете, какие профессии востребованы в регионе Ахен и как признать вашу иностранную профессиональную квалификацию. Мы объясняем, как выглядит заявка на работу в Германии и какую поддержку оказывает агентство по труду. Встреча проходит на простом немецком, слайды есть также на английском.",
      },
      tr: {
        title: "Bilgilendirme toplantısı: Almanya’da çalışmak",
        summary:
          "İki haftada bir: Aachen bölgesindeki iş piyasası, yabancı diplomaların tanınması ve ilk işe giden yol.",
        description:
          "Bu toplantıda Aachen bölgesinde hangi mesleklere ihtiyaç duyulduğunu ve yurt dışında aldığınız mesleki diplomanızı nasıl tanıtabileceğinizi öğrenirsiniz. Almanya’da bir iş başvurusunun nasıl olduğunu ve İş Ajansı’nın hangi destekleri sunduğunu açıklarız. Toplantı sade Almanca ile yapılır, sunumlar İngilizce olarak da mevcuttur.",
      },
    },
  },
  {
    key: "anerkennungsberatung-bbz-west",
    organisation: "berufsbildungszentrum-west",
    categories: ["work"],
    audiences: ["professionals", "newcomers", "refugees"],
    languages: ["de", "en", "ar", "fa", "uk", "ru"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 4, opens: "13:00", closes: "16:00" },
    ],
    text: {
      de: {
        title: "Anerkennungsberatung für ausländische Abschlüsse",
        summary:
          "Wir klären, ob und wo Sie Ihren Berufs- oder Studienabschluss anerkennen lassen können, und helfen beim Antrag.",
        description:
          "Für manche Berufe, zum Beispiel in Pflege, Medizin oder als Lehrkraft, brauchen Sie in Deutschland eine Anerkennung. Wir finden heraus, welche Stelle für Ihren Abschluss zuständig ist und welche Unterlagen und Übersetzungen Sie brauchen. Wenn nur eine Teilanerkennung möglich ist, zeigen wir Ihnen Wege zur Anpassungsqualifizierung. Wir klären auch, ob die Kosten übernommen werden können.",
        eligibility:
          "Menschen mit einem Berufs- oder Hochschulabschluss aus dem Ausland, unabhängig vom Aufenthaltsstatus.",
        howToJoin:
          "Termin per Telefon oder E-Mail. Bringen Sie Ihre Zeugnisse und Nachweise über Berufserfahrung mit, auch wenn sie noch nicht übersetzt sind.",
      },
      en: {
        title: "Recognition counselling for foreign qualifications",
        summary:
          "We find out whether and where you can get your vocational or university qualification recognised, and help with the application.",
        description:
          "For some professions, for example in nursing, medicine or teaching, you need recognition in Germany. We find out which authority is responsible for your qualification and which documents and translations you need. If only partial recognition is possible, we show you routes to an adaptation qualification. We also check whether the costs can be covered.",
        eligibility:
          "People with a vocational or university qualification from abroad, regardless of residence status.",
        howToJoin:
          "Appointment by phone or e-mail. Bring your certificates and proof of work experience, even if they are not yet translated.",
      },
      ar: {
        title: "استشارات الاعتراف بالشهادات الأجنبية",
        summary: "نوضح لك إن كان يمكنك الحصول على الاعتراف بشهادتك المهنية أو الجامعية وأين، ونساعدك في تقديم الطلب.",
        description:
          "لبعض المهن، مثل التمريض أو الطب أو التدريس، تحتاج في ألمانيا إلى اعتراف رسمي. نبحث معك عن الجهة المختصة بشهادتك وعن المستندات والترجمات التي تحتاجها. وإذا كان الاعتراف الجزئي هو الممكن فقط، نوضح لك طرق التأهيل التكميلي. كما نتحقق مما إذا كان يمكن تغطية التكاليف.",
      },
      fa: {
        title: "مشاوره‌ی ارزشیابی و به رسمیت شناختن مدارک خارجی",
        summary:
          "روشن می‌کنیم که آیا و کجا می‌توانید مدرک شغلی یا دانشگاهی خود را به رسمیت بشناسانید و در درخواست کمک می‌کنیم.",
        description:
          "برای برخی شغل‌ها، مثلاً پرستاری، پزشکی یا معلمی، در آلمان به تأیید رسمی مدرک نیاز دارید. ما پیدا می‌کنیم کدام اداره مسئول مدرک شماست و چه مدارک و ترجمه‌هایی لازم دارید. اگر فقط تأیید بخشی ممکن باشد، راه‌های دوره‌ی تکمیلی را نشان می‌دهیم. همچنین بررسی می‌کنیم که آیا نهادی می‌تواند هزینه‌ها را بپردازد.",
      },
      uk: {
        title: "Консультація з визнання іноземних дипломів",
        summary:
          "Ми з’ясуємо, чи можна і де визнати ваш професійний або університетський диплом, і допоможемо з заявою.",
        description:
          "Для деяких професій, наприклад у догляді, медицині чи викладанні, у Німеччині потрібне визнання. Ми з’ясовуємо, яка установа відповідає за ваш диплом і які документи та переклади вам потрібні. Якщо можливе лише часткове визнання, ми покажемо шляхи до адаптаційної кваліфікації. Ми також перевіримо, чи можуть бути покриті витрати.",
      },
      ru: {
        title: "Консультация по признанию иностранных дипломов",
        summary:
          "Мы выясним, можно ли и где признать ваш профессиональный или вузовский диплом, и поможем с заявлением.",
        description:
          "Для некоторых профессий, например в уходе за больными, медицине или преподавании, в Германии нужно признание. Мы выясняем, какое ведомство отвечает за ваш диплом и какие документы и переводы вам нужны. Если возможно только частичное признание, мы покажем пути к адаптационной квалификации. Мы также проверим, могут ли быть покрыты расходы.",
      },
      tr: {
        title: "Yabancı diplomaların tanınması için danışmanlık",
        summary:
          "Meslek veya üniversite diplomanızı tanıtıp tanıtamayacağınızı ve nerede tanıtacağınızı netleştirir, başvuruda yardım ederiz.",
        description:
          "Hemşirelik, tıp veya öğretmenlik gibi bazı meslekler için Almanya’da tanınma gerekir. Diplomanızdan hangi kurumun sorumlu olduğunu, hangi belgelere ve çevirilere ihtiyacınız olduğunu buluruz. Yalnızca kısmi tanınma mümkünse, uyum eğitimine giden yolları gösteririz. Masrafların karşılanıp karşılanamayacağını da kontrol ederiz.",
      },
    },
  },
  {
    key: "bewerbungstraining-bildungswerk-ost",
    organisation: "bildungswerk-aachen-ost",
    categories: ["work"],
    audiences: ["newcomers", "refugees", "professionals"],
    languages: ["de", "en", "ar"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "13:00", closes: "16:00" },
      { weekday: 4, opens: "13:00", closes: "16:00" },
    ],
    text: {
      de: {
        title: "Bewerbungstraining",
        summary:
          "Sechs Wochen Training: Lebenslauf und Anschreiben auf Deutsch, Online-Bewerbung und Vorstellungsgespräch üben.",
        description:
          "In Deutschland sieht eine Bewerbung oft anders aus als in anderen Ländern. Im Training schreiben Sie einen Lebenslauf und ein Anschreiben, die zu Ihnen passen. Sie lernen, wie Online-Bewerbungen funktionieren, und üben Vorstellungsgespräche mit Video-Feedback. Am Ende haben Sie eine vollständige Bewerbungsmappe.",
        eligibility: "Arbeitsuchende mit Deutschkenntnissen ab A2.",
        howToJoin:
          "Melden Sie sich im Bildungswerk an. Kundinnen und Kunden des Jobcenters können einen Aktivierungs- und Vermittlungsgutschein nutzen.",
      },
      en: {
        title: "Job application training",
        summary:
          "Six weeks of training: CV and cover letter in German, online applications and practising job interviews.",
        description:
          "In Germany a job application often looks different from those in other countries. In the training you write a CV and a cover letter that fit you. You learn how online applications work and practise job interviews with video feedback. At the end you have a complete application folder.",
        eligibility: "Job seekers with German from A2.",
        howToJoin: "Register at the Bildungswerk. Job centre clients can use an activation and placement voucher.",
      },
      ar: {
        title: "تدريب على طلبات العمل",
        summary:
          "تدريب لمدة ستة أسابيع: السيرة الذاتية ورسالة التقديم بالألمانية، والتقديم عبر الإنترنت، والتدرب على مقابلات العمل.",
        description:
          "في ألمانيا يختلف طلب العمل غالبًا عن بلدان أخرى. في التدريب تكتب سيرة ذاتية ورسالة تقديم تناسبانك. تتعلم كيف تعمل طلبات التوظيف عبر الإنترنت، وتتدرب على مقابلات العمل مع ملاحظات بالفيديو. في النهاية يكون لديك ملف تقديم كامل.",
      },
      fa: {
        title: "آموزش درخواست کار",
        summary: "آموزش شش‌هفته‌ای: رزومه و نامه‌ی درخواست به آلمانی، درخواست آنلاین و تمرین مصاحبه‌ی کاری.",
        description:
          "در آلمان، درخواست کار اغلب با کشورهای دیگر فرق دارد. در این دوره یک رزومه و یک نامه‌ی درخواست متناسب با خودتان می‌نویسید. یاد می‌گیرید درخواست آنلاین چگونه است و مصاحبه‌ی کاری را با بازخورد ویدیویی تمرین می‌کنید. در پایان یک پرونده‌ی کامل درخواست کار خواهید داشت.",
      },
      uk: {
        title: "Тренінг з подання заявок на роботу",
        summary: "Шість тижнів тренінгу: резюме та супровідний лист німецькою, онлайн-заявки та тренування співбесід.",
        description:
          "У Німеччині заявка на роботу часто виглядає інакше, ніж в інших країнах. На тренінгу ви пишете резюме та супровідний лист, які вам підходять. Ви дізнаєтеся, як працюють онлайн-заявки, і тренуєте співбесіди з відеозворотним зв’язком. Наприкінці у вас буде повний пакет документів для заявки.",
      },
      ru: {
        title: "Тренинг по составлению заявок на работу",
        summary:
          "Шесть недель тренинга: резюме и сопроводительное письмо на немецком, онлайн-заявки и тренировка собеседований.",
        description:
          "В Германии заявка на работу часто выглядит иначе, чем в других странах. На тренинге вы пишете резюме и сопроводительное письмо, которые вам подходят. Вы узнаёте, как работают онлайн-заявки, и тренируете собеседования с обратной связью по видео. В конце у вас будет полный пакет документов для заявки.",
      },
      tr: {
        title: "İş başvurusu eğitimi",
        summary: "Altı haftalık eğitim: Almanca özgeçmiş ve ön yazı, online başvuru ve iş görüşmesi alıştırması.",
        description:
          "Almanya’da bir iş başvurusu çoğu zaman diğer ülkelerdekinden farklıdır. Eğitimde size uygun bir özgeçmiş ve ön yazı yazarsınız. Online başvuruların nasıl işlediğini öğrenir ve video geri bildirimiyle iş görüşmesi alıştırması yaparsınız. Sonunda eksiksiz bir başvuru dosyanız olur.",
      },
    },
  },
  {
    key: "jobcoaching-bbz-west",
    organisation: "berufsbildungszentrum-west",
    categories: ["work"],
    audiences: ["refugees", "newcomers", "young-people"],
    languages: ["de", "en", "ar", "fa", "ti"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "09:00", closes: "15:00" }],
    text: {
      de: {
        title: "Persönliches Jobcoaching",
        summary:
          "Ein Coach begleitet Sie einzeln auf dem Weg in Arbeit: Ziele klären, Stellen suchen, Bewerbungen schreiben – und nach dem Start im Job weiter da sein.",
        description:
          "Im Jobcoaching treffen Sie sich regelmäßig mit Ihrem Coach. Gemeinsam finden Sie heraus, welche Arbeit zu Ihnen passt, und suchen passende Stellen. Auch nach Arbeitsbeginn begleitet der Coach Sie noch einige Monate, etwa bei Fragen zu Vertrag, Lohnabrechnung oder Problemen im Betrieb.",
        eligibility: "Geflüchtete und Neuzugewanderte, die Arbeit suchen, mit Deutsch ab A2.",
        howToJoin:
          "Zuweisung über Jobcenter oder Agentur für Arbeit; Sie können auch direkt anrufen und ein Erstgespräch vereinbaren.",
      },
      en: {
        title: "Personal job coaching",
        summary:
          "A coach supports you one-to-one on your way into work: setting goals, looking for jobs, writing applications – and staying in touch after you start.",
        description:
          "In job coaching you meet your coach regularly. Together you find out which work suits you and look for suitable vacancies. After you start work, the coach continues to support you for a few months, for example with questions about your contract, payslip or problems at work.",
        eligibility: "Refugees and newcomers looking for work, with German from A2.",
        howToJoin:
          "Referral through the job centre or employment agency; you can also call directly and arrange a first meeting.",
      },
    },
  },
  {
    key: "praktikumsvermittlung-bbz-west",
    organisation: "berufsbildungszentrum-west",
    categories: ["work"],
    audiences: ["refugees", "newcomers", "young-people"],
    languages: ["de", "en"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 5, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "Praktikum finden: Betriebe kennenlernen",
        summary:
          "Wir vermitteln Praktika in Betrieben der Region, damit Sie einen Beruf ausprobieren und Kontakte für Ausbildung oder Arbeit knüpfen.",
        description:
          "Ein Praktikum ist eine gute Möglichkeit, den Arbeitsalltag in Deutschland kennenzulernen. Wir haben Kontakte zu Handwerksbetrieben, Pflegeeinrichtungen, Logistik und Gastronomie in Aachen. Wir bereiten Sie auf das Praktikum vor und klären mit dem Ausländeramt, ob eine Erlaubnis nötig ist.",
        eligibility: "Geflüchtete und Neuzugewanderte ab 16 Jahren, die einen Beruf ausprobieren möchten.",
        howToJoin: "Kommen Sie freitags in die offene Praktikumsbörse oder vereinbaren Sie einen Termin.",
      },
      en: {
        title: "Finding an internship: getting to know companies",
        summary:
          "We arrange internships at companies in the region so that you can try out a profession and make contacts for training or work.",
        description:
          "An internship is a good way to get to know everyday working life in Germany. We have contacts with craft businesses, care homes, logistics and catering in Aachen. We prepare you for the internship and check with the foreigners’ office whether a permit is needed.",
        eligibility: "Refugees and newcomers aged 16 and over who want to try out a profession.",
        howToJoin: "Come to the open internship exchange on Fridays or make an appointment.",
      },
    },
  },
  {
    key: "berufsorientierung-frauen-bildungswerk-ost",
    organisation: "bildungswerk-aachen-ost",
    categories: ["work"],
    audiences: ["women", "parents", "newcomers"],
    languages: ["de", "ar", "fa", "tr"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 3, opens: "09:00", closes: "12:00" },
    ],
    text: {
      de: {
        title: "Perspektive Beruf für Frauen",
        summary:
          "Berufliche Orientierung in Teilzeit für zugewanderte Frauen, mit Kinderbetreuung: Stärken entdecken, Berufe kennenlernen, Praktikum planen.",
        description:
          "Viele Frauen möchten arbeiten, wissen aber nicht, wie der Weg in Deutschland aussieht. In der Gruppe entdecken Sie Ihre Stärken, lernen Berufe kennen und besuchen Betriebe. Sie planen ein erstes Praktikum und bekommen Hilfe bei der Kinderbetreuung. Der Kurs findet vormittags statt, wenn die Kinder in Kita oder Schule sind.",
        eligibility: "Zugewanderte Frauen mit Deutsch ab A2, auch ohne Berufsabschluss.",
        howToJoin: "Rufen Sie an oder kommen Sie zu einem Infotermin. Das Jobcenter kann Sie auch zuweisen.",
      },
      en: {
        title: "Career prospects for women",
        summary:
          "Part-time vocational orientation for immigrant women, with childcare: discover your strengths, explore professions, plan an internship.",
        description:
          "Many women want to work but don’t know what the path looks like in Germany. In the group you discover your strengths, learn about professions and visit companies. You plan a first internship and get help with childcare. The course takes place in the mornings, when the children are at day care or school.",
        eligibility: "Immigrant women with German from A2, including those without a vocational qualification.",
        howToJoin: "Call us or come to an information session. The job centre can also refer you.",
      },
    },
  },
  {
    key: "bewerbungswerkstatt-junge-menschen-jmd",
    organisation: "jugendmigrationsdienst",
    categories: ["work"],
    audiences: ["young-people", "newcomers", "refugees"],
    languages: ["de", "en", "ar", "fa", "uk"],
    free: true,
    minAge: 16,
    maxAge: 27,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "14:00", closes: "17:00" }],
    text: {
      de: {
        title: "Bewerbungswerkstatt für junge Zugewanderte",
        summary:
          "Mittwochnachmittags Hilfe bei Bewerbungen für Ausbildung, Praktikum oder Job – für junge Menschen von 16 bis 27 Jahren.",
        description:
          "In der Bewerbungswerkstatt schreiben Sie mit Unterstützung Ihren Lebenslauf und Ihre Bewerbung. Wir suchen gemeinsam nach Ausbildungsplätzen und erklären, wie das duale Ausbildungssystem funktioniert. Sie können Ihre Unterlagen auch ausdrucken.",
        eligibility: "Junge Zugewanderte von 16 bis 27 Jahren.",
        howToJoin: "Ohne Anmeldung kommen. Bringen Sie Zeugnisse und, wenn möglich, einen USB-Stick mit.",
      },
      en: {
        title: "Application workshop for young immigrants",
        summary:
          "Help with applications for vocational training, internships or jobs on Wednesday afternoons – for young people aged 16 to 27.",
        description:
          "In the application workshop you write your CV and application with support. We look for training places together and explain how the German dual training system works. You can also print your documents.",
        eligibility: "Young immigrants aged 16 to 27.",
        howToJoin: "Come without registering. Bring your certificates and, if possible, a USB stick.",
      },
    },
  },
  {
    key: "bewerbungshilfe-familienverein-eilendorf",
    organisation: "russischsprachige-familien",
    categories: ["work"],
    audiences: ["newcomers", "refugees", "professionals"],
    languages: ["ru", "uk", "de"],
    free: true,
    minAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "16:00", closes: "18:00" }],
    text: {
      de: {
        title: "Bewerbungshilfe in Eilendorf",
        summary:
          "Freitags Hilfe bei Lebenslauf, Anschreiben und Jobsuche, mit Erklärungen auf Russisch und Ukrainisch.",
        description:
          "Ehrenamtliche mit Erfahrung in deutschen Betrieben helfen beim Schreiben von Bewerbungen und bei der Suche in Jobportalen. Sie erklären, worauf Arbeitgeber in Deutschland achten. Bei Fragen zur Anerkennung vermitteln wir an die Anerkennungsberatung.",
        eligibility: "Russisch und Ukrainisch sprechende Menschen, die Arbeit oder Ausbildung suchen.",
        howToJoin: "Ohne Anmeldung freitags vorbeikommen, am besten mit Laptop oder Zeugnissen.",
      },
      en: {
        title: "Application help in Eilendorf",
        summary: "Help with CVs, cover letters and job search on Fridays, with explanations in Russian and Ukrainian.",
        description:
          "Volunteers with experience of German companies help you write applications and search job portals. They explain what employers in Germany look for. For questions about recognition of qualifications we refer you to recognition counselling.",
        eligibility: "Russian and Ukrainian speakers looking for work or vocational training.",
        howToJoin: "Drop in on Fridays without registering, ideally with a laptop or your certificates.",
      },
    },
  },
  {
    key: "jobtreff-haaren-eritreischer-verein",
    organisation: "eritreischer-gemeinschaftsverein",
    categories: ["work"],
    audiences: ["refugees", "young-people"],
    languages: ["ti", "de", "en"],
    free: true,
    minAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "18:00", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Job-Treff Haaren",
        summary:
          "Jeden zweiten Dienstag: Austausch über Arbeit, Ausbildung und Bewerbungen, Tipps von Landsleuten, die schon hier arbeiten.",
        description:
          "Beim Job-Treff erzählen Vereinsmitglieder, wie sie Arbeit oder einen Ausbildungsplatz gefunden haben. Wir schauen gemeinsam Stellenanzeigen an und helfen bei Bewerbungen. Manchmal kommen Gäste aus Betrieben oder vom Jobcenter.",
        eligibility: "Tigrinya sprechende junge Menschen und Erwachsene ab 16 Jahren.",
        howToJoin: "Ohne Anmeldung, einfach dienstags vorbeikommen.",
      },
      en: {
        title: "Job meet-up Haaren",
        summary:
          "Every other Tuesday: sharing about work, training and applications, with tips from compatriots who already work here.",
        description:
          "At the job meet-up, members of the association tell how they found work or a training place. We look at job adverts together and help with applications. Sometimes guests from companies or the job centre come along.",
        eligibility: "Tigrinya-speaking young people and adults aged 16 and over.",
        howToJoin: "No registration, just drop in on Tuesdays.",
      },
    },
  },
  {
    key: "ausbildung-infoabend-kurdisches-kulturzentrum",
    organisation: "kurdisches-kulturzentrum",
    categories: ["work"],
    audiences: ["parents", "young-people"],
    languages: ["ku", "tr", "ar", "de"],
    free: true,
    minAge: 14,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "18:30", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Infoabend Ausbildung in Deutschland",
        summary:
          "Für Jugendliche und Eltern in Brand: Wie funktioniert eine Ausbildung, was verdient man, und wie findet man einen Platz?",
        description:
          "Viele Eltern kennen das deutsche Ausbildungssystem nicht. Am Infoabend erklären wir auf Kurdisch, Türkisch und Arabisch, wie Ausbildung, Berufsschule und Praktikum zusammenhängen. Junge Auszubildende erzählen von ihren Erfahrungen.",
        eligibility: "Jugendliche ab 14 Jahren und ihre Eltern.",
        howToJoin: "Ohne Anmeldung, alle sind willkommen.",
      },
      en: {
        title: "Information evening: vocational training in Germany",
        summary:
          "For young people and parents in Brand: how does vocational training work, what do trainees earn, and how do you find a place?",
        description:
          "Many parents do not know the German vocational training system. At the information evening we explain in Kurdish, Turkish and Arabic how training, vocational school and internships fit together. Young trainees talk about their experiences.",
        eligibility: "Young people aged 14 and over and their parents.",
        howToJoin: "No registration, everyone is welcome.",
      },
    },
  },
  {
    key: "bewerbungscafe-richterich",
    organisation: "lernpaten-richterich",
    categories: ["work"],
    audiences: ["newcomers", "refugees", "young-people"],
    languages: ["de", "en", "uk"],
    free: true,
    minAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "10:00", closes: "12:00", interval: 2 }],
    text: {
      de: {
        title: "Bewerbungscafé Richterich",
        summary:
          "Jeden zweiten Samstag: gemeinsam an Bewerbungen arbeiten, Lebenslauf verbessern und Vorstellungsgespräche üben.",
        description:
          "Im Bewerbungscafé helfen Ehrenamtliche aus Richterich beim Schreiben von Bewerbungen. Sie lesen Ihre Unterlagen Korrektur und üben mit Ihnen typische Fragen aus dem Vorstellungsgespräch. Ein Laptop und ein Drucker sind vorhanden.",
        eligibility: "Alle, die Arbeit, Ausbildung oder ein Praktikum suchen.",
        howToJoin: "Einfach vorbeikommen. Bringen Sie Ihre Unterlagen mit.",
      },
      en: {
        title: "Application café Richterich",
        summary: "Every other Saturday: work on applications together, improve your CV and practise job interviews.",
        description:
          "At the application café volunteers from Richterich help you write applications. They proofread your documents and practise typical job interview questions with you. A laptop and a printer are available.",
        eligibility: "Everyone looking for work, vocational training or an internship.",
        howToJoin: "Just drop in. Bring your documents.",
      },
    },
  },
  {
    key: "jobpaten-willkommenspaten",
    organisation: "willkommenspaten",
    programme: "komm-an",
    categories: ["work", "volunteering"],
    audiences: ["refugees", "professionals", "volunteers"],
    languages: ["de", "en", "ar", "fa", "uk"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [],
    text: {
      de: {
        title: "Jobpatenschaften",
        summary:
          "Berufserfahrene Ehrenamtliche begleiten Neuzugewanderte auf dem Weg in Arbeit: Netzwerk, Bewerbung, erste Wochen im Job.",
        description:
          "Eine Jobpatin oder ein Jobpate kennt die Arbeitswelt in Deutschland und teilt dieses Wissen mit Ihnen. Sie treffen sich regelmäßig, besprechen Stellenanzeigen und bereiten Gespräche vor. Oft öffnen Paten auch Türen zu Betrieben in ihrem eigenen Netzwerk.",
        eligibility: "Neuzugewanderte, die Arbeit suchen; Berufstätige und Ruheständler, die Jobpate werden möchten.",
        howToJoin: "Schreiben Sie eine E-Mail mit ein paar Sätzen zu Ihrem Beruf und Ihrem Ziel.",
      },
      en: {
        title: "Job mentorships",
        summary:
          "Experienced volunteers support newcomers on their way into work: networking, applications, the first weeks in the job.",
        description:
          "A job mentor knows the working world in Germany and shares this knowledge with you. You meet regularly, discuss job adverts and prepare interviews. Mentors often open doors to companies in their own network.",
        eligibility: "Newcomers looking for work; working people and retirees who want to become job mentors.",
        howToJoin: "Send an e-mail with a few sentences about your profession and your goal.",
      },
    },
  },

  // ───────────────────────────── KOMM-AN: Ankommen und Ehrenamt ─────────────────────────────
  {
    key: "willkommenspatenschaft-neuzugewanderte",
    organisation: "willkommenspaten",
    programme: "komm-an",
    categories: ["counselling", "volunteering"],
    audiences: ["newcomers", "refugees", "volunteers"],
    languages: ["de", "en", "ar", "fa", "uk", "ru", "tr"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "17:00", closes: "19:00", interval: 2 }],
    text: {
      de: {
        title: "Willkommenspatenschaft",
        summary:
          "Eine ehrenamtliche Patin oder ein Pate hilft Ihnen in den ersten Monaten in Aachen: Stadt kennenlernen, Deutsch üben, Alltag meistern.",
        description:
          "Ihre Patin oder Ihr Pate trifft sich regelmäßig mit Ihnen, zum Beispiel einmal pro Woche. Sie üben zusammen Deutsch, entdecken die Stadt und klären Alltagsfragen, etwa zu Bus, Einkaufen oder Vereinen. Jeden zweiten Donnerstag gibt es ein offenes Treffen für alle Paten-Tandems.",
        eligibility:
          "Neuzugewanderte in Aachen, Einzelpersonen und Familien; Menschen, die ehrenamtlich Pate werden möchten.",
        howToJoin:
          "Kommen Sie zum offenen Treffen oder schreiben Sie eine E-Mail. Wir suchen eine passende Person für Sie.",
      },
      en: {
        title: "Welcome mentorship",
        summary:
          "A volunteer mentor helps you during your first months in Aachen: getting to know the city, practising German, managing daily life.",
        description:
          "Your mentor meets you regularly, for example once a week. Together you practise German, explore the city and sort out everyday questions, for example about buses, shopping or clubs. Every other Thursday there is an open meeting for all mentor pairs.",
        eligibility: "Newcomers in Aachen, individuals and families; people who want to become volunteer mentors.",
        howToJoin: "Come to the open meeting or send an e-mail. We will find a suitable person for you.",
      },
      ar: {
        title: "برنامج رعاية الترحيب",
        summary:
          "متطوعة أو متطوع يساعدك في أشهرك الأولى في آخن: التعرف على المدينة، والتدرب على الألمانية، وتدبير الحياة اليومية.",
        description:
          "يلتقي بك الشخص المتطوع بانتظام، مثلًا مرة في الأسبوع. تتدربان معًا على الألمانية، وتكتشفان المدينة، وتجيبان عن أسئلة الحياة اليومية، مثل الحافلات والتسوق والنوادي. كل يوم خميس ثانٍ يُقام لقاء مفتوح لجميع الثنائيات.",
      },
      fa: {
        title: "همراهی داوطلبانه برای خوشامدگویی",
        summary:
          "یک داوطلب در نخستین ماه‌های زندگی در آخن کمکتان می‌کند: آشنایی با شهر، تمرین آلمانی و کنار آمدن با زندگی روزمره.",
        description:
          "همراه داوطلب شما به‌طور منظم، مثلاً هفته‌ای یک بار، با شما دیدار می‌کند. با هم آلمانی تمرین می‌کنید، شهر را می‌گردید و پرسش‌های روزمره، مثلاً درباره‌ی اتوبوس، خرید یا باشگاه‌ها را روشن می‌کنید. هر دو هفته یک بار، پنج‌شنبه‌ها، دیداری آزاد برای همه‌ی زوج‌های همراه برگزار می‌شود.",
      },
      uk: {
        title: "Програма «Вітальні наставники»",
        summary:
          "Волонтерка або волонтер допомагає вам у перші місяці в Аахені: познайомитися з містом, практикувати німецьку, дати раду повсякденню.",
        description:
          "Ваш наставник регулярно зустрічається з вами, наприклад раз на тиждень. Разом ви практикуєте німецьку, знайомитеся з містом і з’ясовуєте щоденні питання, наприклад про автобуси, покупки чи клуби. Кожного другого четверга відбувається відкрита зустріч для всіх пар.",
      },
      ru: {
        title: "Программа «Приветственные наставники»",
        summary:
          "Волонтёр помогает вам в первые месяцы в Ахене: познакомиться с городом, практиковать немецкий, справляться с повседневными делами.",
        description:
          "Ваш наставник регулярно встречается с вами, например раз в неделю. Вместе вы практикуете немецкий, знакомитесь с городом и решаете бытовые вопросы, например об автобусах, покупках или клубах. Каждый второй четверг проходит открытая встреча для всех пар.",
      },
      tr: {
        title: "Hoş geldin mentorluğu",
        summary:
          "Gönüllü bir mentor Aachen’deki ilk aylarınızda size yardım eder: şehri tanımak, Almanca pratik yapmak, günlük hayatla baş etmek.",
        description:
          "Mentorunuz sizinle düzenli olarak, örneğin haftada bir kez buluşur. Birlikte Almanca pratik yapar, şehri keşfeder ve otobüs, alışveriş ya da dernekler gibi günlük soruları netleştirirsiniz. İki haftada bir perşembe günleri tüm mentor çiftleri için açık bir buluşma olur.",
      },
    },
  },
  {
    key: "ehrenamtsschulung-fluechtlingshilfe-ki",
    organisation: "ki-team-querschnitt",
    programme: "komm-an",
    categories: ["volunteering", "counselling"],
    audiences: ["volunteers"],
    languages: ["de"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "10:00", closes: "15:00", interval: 2 }],
    text: {
      de: {
        title: "Schulungsreihe für Ehrenamtliche in der Integrationsarbeit",
        summary:
          "Kostenlose Schulungen für Ehrenamtliche: Asyl- und Aufenthaltsrecht in Grundzügen, Beratungsangebote in Aachen, Rollenklarheit und Selbstfürsorge.",
        description:
          "Das Kommunale Integrationszentrum unterstützt mit dem Landesprogramm KOMM-AN NRW das ehrenamtliche Engagement für Geflüchtete und Neuzugewanderte. In der Schulungsreihe lernen Sie, wie das Hilfesystem in Aachen aufgebaut ist und wohin Sie Menschen weitervermitteln können. Weitere Themen sind rassismuskritisches Handeln, Grenzen des Ehrenamts und Selbstfürsorge.",
        eligibility: "Ehrenamtliche und alle, die sich in Aachen für Neuzugewanderte engagieren möchten.",
        howToJoin:
          "Anmeldung per E-Mail beim Kommunalen Integrationszentrum. Die Module können einzeln besucht werden.",
      },
      en: {
        title: "Training series for volunteers in integration work",
        summary:
          "Free training for volunteers: basics of asylum and residence law, advice services in Aachen, clarity about roles and self-care.",
        description:
          "With the state programme KOMM-AN NRW, the Municipal Integration Centre supports volunteering for refugees and newcomers. In the training series you learn how the support system in Aachen is organised and where you can refer people. Further topics are acting against racism, the limits of volunteering and self-care.",
        eligibility: "Volunteers and everyone who wants to get involved with newcomers in Aachen.",
        howToJoin: "Register by e-mail with the Municipal Integration Centre. Modules can be attended individually.",
      },
    },
  },
  {
    key: "sprachcafe-moderation-schulung",
    organisation: "sprachcafe-netzwerk",
    programme: "komm-an",
    categories: ["volunteering", "language"],
    audiences: ["volunteers"],
    languages: ["de"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "18:00", closes: "20:30", interval: 2 }],
    text: {
      de: {
        title: "Workshop: Ein Sprachcafé moderieren",
        summary:
          "Für Ehrenamtliche, die ein Sprachcafé leiten oder mitgestalten: Gesprächsmethoden, einfache Sprache und Umgang mit gemischten Niveaus.",
        description:
          "Sie lernen Methoden, mit denen alle ins Gespräch kommen, auch Anfängerinnen und Anfänger. Wir üben, in einfacher Sprache zu sprechen, ohne Unterricht zu machen. Sie bekommen Materialien und lernen andere Sprachcafés in Aachen kennen.",
        eligibility: "Ehrenamtliche in Sprachcafés und Menschen, die ein neues Sprachcafé gründen möchten.",
        howToJoin: "Anmeldung per E-Mail beim Sprachcafé-Netzwerk.",
      },
      en: {
        title: "Workshop: facilitating a language café",
        summary:
          "For volunteers who run or help shape a language café: conversation methods, plain language and handling mixed levels.",
        description:
          "You learn methods that get everyone talking, including beginners. We practise speaking in plain language without turning it into a lesson. You receive materials and get to know other language cafés in Aachen.",
        eligibility: "Volunteers in language cafés and people who want to start a new language café.",
        howToJoin: "Register by e-mail with the Sprachcafé-Netzwerk.",
      },
    },
  },
  {
    key: "sprachmittler-schulung-migrantenorganisationen",
    organisation: "netzwerk-migrantenorganisationen",
    programme: "komm-an",
    categories: ["volunteering", "counselling"],
    audiences: ["volunteers", "newcomers"],
    languages: ["de", "ar", "fa", "uk", "ru", "tr", "ti", "ku"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "10:00", closes: "14:00", interval: 2 }],
    text: {
      de: {
        title: "Qualifizierung für ehrenamtliche Sprachmittlerinnen und Sprachmittler",
        summary:
          "Mehrsprachige Menschen lernen, bei Beratungsgesprächen und Elternabenden neutral und vertraulich zu dolmetschen.",
        description:
          "Viele Menschen aus Migrantenorganisationen helfen schon heute beim Übersetzen. In der Qualifizierung lernen Sie Grundregeln des Dolmetschens: neutral bleiben, vollständig übersetzen, Schweigepflicht beachten. Sie lernen auch, wann ein professioneller Dolmetscher nötig ist. Am Ende bekommen Sie eine Teilnahmebescheinigung.",
        eligibility: "Mehrsprachige Erwachsene mit Deutsch mindestens auf Niveau B1.",
        howToJoin: "Anmeldung über Ihre Migrantenorganisation oder direkt beim Netzwerk.",
      },
      en: {
        title: "Training for volunteer community interpreters",
        summary:
          "Multilingual people learn to interpret neutrally and confidentially in counselling sessions and parents’ evenings.",
        description:
          "Many people from migrant organisations already help with translating today. In the training you learn the basic rules of interpreting: stay neutral, translate completely, respect confidentiality. You also learn when a professional interpreter is needed. At the end you receive a certificate of attendance.",
        eligibility: "Multilingual adults with German at least at level B1.",
        howToJoin: "Register through your migrant organisation or directly with the network.",
      },
    },
  },
];
