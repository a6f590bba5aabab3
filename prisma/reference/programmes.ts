// The state programmes the KI runs (Land Nordrhein-Westfalen). Facts follow the City of Aachen's
// council paper of 19.04.2021 on the KI (FB 56) and the programmes' public state descriptions.
// Contact addresses are placeholders of the demo installation.
import type { Localised, OrganisationType, ProgrammeSlug } from "../demo/types";

export type ProgrammeText = {
  name: string;
  summary: string;
  description: string;
  targetGroup: string;
  howItWorks: string;
  hostInfo: string;
  funding: string;
};

export type ReferenceProgramme = {
  slug: ProgrammeSlug;
  parent?: ProgrammeSlug;
  contactOrganisation: string;
  contactEmail: string;
  contactPhone: string;
  hostTypes: OrganisationType[];
  text: Localised<ProgrammeText>;
};

export const programmes: ReferenceProgramme[] = [
  {
    slug: "komm-an",
    contactOrganisation: "ki-team-querschnitt",
    contactEmail: "komm-an@ki-aachen.example.org",
    contactPhone: "+49 241 99000 10",
    hostTypes: ["migrant_organisation", "volunteer_initiative", "welfare_association", "network"],
    text: {
      de: {
        name: "KOMM-AN NRW",
        summary: "Landesförderung für die Integration und Teilhabe von Geflüchteten und Neuzugewanderten und für das Ehrenamt, das sie begleitet.",
        description:
          "Mit KOMM-AN NRW fördert das Land die Integration und Teilhabe von Geflüchteten und Neuzugewanderten in den Kommunen und stärkt das bürgerschaftliche Engagement. In Aachen verteilt das Kommunale Integrationszentrum die Mittel an Vereine und Initiativen, berät sie und vernetzt sie miteinander: zum Beispiel Sprachcafés, Begegnungsorte, Patenschaften und Schulungen für Ehrenamtliche.",
        targetGroup: "Geflüchtete und Neuzugewanderte sowie die Ehrenamtlichen, Vereine und Initiativen, die sie beim Ankommen begleiten.",
        howItWorks:
          "Vereine, Migrantenorganisationen und Initiativen beantragen beim KI eine Förderung für ein Angebot. Das KI berät bei der Planung, prüft den Antrag, zahlt die Landesmittel aus und bringt die geförderten Projekte in Austausch.",
        hostInfo:
          "Träger eines KOMM-AN-Angebots sind gemeinnützige Vereine, Migrantenorganisationen, Initiativen und Wohlfahrtsverbände. Sie organisieren das Angebot selbst, dokumentieren es und erhalten dafür Fördermittel und Beratung.",
        funding: "Landesprogramm Nordrhein-Westfalen, über das Kommunale Integrationszentrum vergeben.",
      },
      en: {
        name: "KOMM-AN NRW",
        summary: "State funding for the integration and participation of refugees and newcomers, and for the volunteers who support them.",
        description:
          "With KOMM-AN NRW the state of North Rhine-Westphalia funds the integration and participation of refugees and newcomers in the municipalities and strengthens civic engagement. In Aachen the Municipal Integration Centre passes the funds on to associations and initiatives, advises them and connects them: language cafés, meeting places, mentorships and training for volunteers, for example.",
        targetGroup: "Refugees and newcomers, and the volunteers, associations and initiatives who help them settle in.",
        howItWorks:
          "Associations, migrant organisations and initiatives apply to the KI for funding for an activity. The KI helps plan it, checks the application, pays out the state funds and brings the funded projects together.",
        hostInfo:
          "KOMM-AN activities are run by non-profit associations, migrant organisations, initiatives and welfare associations. They organise the activity themselves, document it and receive funding and advice.",
        funding: "State programme of North Rhine-Westphalia, awarded through the Municipal Integration Centre.",
      },
      ar: {
        name: "KOMM-AN NRW",
        summary: "تمويل من الولاية لاندماج اللاجئين والقادمين الجدد ومشاركتهم في المجتمع، وللعمل التطوعي الذي يرافقهم.",
        description:
          "من خلال KOMM-AN NRW تموّل ولاية شمال الراين-وستفاليا اندماج اللاجئين والقادمين الجدد ومشاركتهم في البلديات، وتدعم العمل التطوعي والمشاركة المدنية. في آخن يوزّع المركز البلدي للاندماج هذا التمويل على الجمعيات والمبادرات، ويقدّم لها الاستشارة، ويربط بينها: مثل مقاهي اللغة، وأماكن اللقاء، والمرافقة الشخصية من متطوعين، والدورات التدريبية للمتطوعين.",
        targetGroup: "اللاجئون والقادمون الجدد، وكذلك المتطوعون والجمعيات والمبادرات التي ترافقهم في بداية حياتهم الجديدة.",
        howItWorks:
          "تقدّم الجمعيات ومنظمات المهاجرين والمبادرات طلباً إلى مركز الاندماج لتمويل نشاط ما. يقدّم المركز الاستشارة في التخطيط، ويدرس الطلب، ويدفع أموال الولاية، ويجمع المشاريع المموَّلة لتبادل الخبرات.",
        hostInfo:
          "تنظّم أنشطةَ KOMM-AN جمعياتٌ غير ربحية ومنظماتُ مهاجرين ومبادراتٌ وجمعياتُ رعاية اجتماعية. وهي تنظّم النشاط بنفسها وتوثّقه، وتحصل مقابل ذلك على تمويل واستشارة.",
        funding: "برنامج من ولاية شمال الراين-وستفاليا، يمنحه المركز البلدي للاندماج.",
      },
      fa: {
        name: "KOMM-AN NRW",
        summary: "حمایت مالی ایالت از ادغام پناهجویان و تازه‌واردان و مشارکت آن‌ها در جامعه، و از داوطلبانی که آن‌ها را همراهی می‌کنند.",
        description:
          "ایالت نوردراین-وستفالن با KOMM-AN NRW از ادغام پناهجویان و تازه‌واردان و مشارکت آن‌ها در زندگی شهرها حمایت مالی می‌کند و فعالیت داوطلبانه شهروندان را تقویت می‌کند. در آخن، مرکز ادغام شهرداری این بودجه را میان انجمن‌ها و گروه‌های مردمی تقسیم می‌کند، به آن‌ها مشاوره می‌دهد و آن‌ها را با هم مرتبط می‌کند: برای مثال کافه‌های زبان، مکان‌های دیدار، همراهی شخصی توسط داوطلبان و دوره‌های آموزشی برای داوطلبان.",
        targetGroup: "پناهجویان و تازه‌واردان، و همچنین داوطلبان، انجمن‌ها و گروه‌های مردمی که آن‌ها را در شروع زندگی جدید همراهی می‌کنند.",
        howItWorks:
          "انجمن‌ها، سازمان‌های مهاجران و گروه‌های مردمی برای یک فعالیت از مرکز ادغام درخواست بودجه می‌کنند. مرکز ادغام در برنامه‌ریزی مشاوره می‌دهد، درخواست را بررسی می‌کند، بودجه ایالت را پرداخت می‌کند و پروژه‌های حمایت‌شده را برای تبادل تجربه گرد هم می‌آورد.",
        hostInfo:
          "مجریان فعالیت‌های KOMM-AN انجمن‌های غیرانتفاعی، سازمان‌های مهاجران، گروه‌های مردمی و سازمان‌های رفاه اجتماعی هستند. آن‌ها فعالیت را خودشان سازماندهی و مستند می‌کنند و در مقابل، بودجه و مشاوره دریافت می‌کنند.",
        funding: "برنامه ایالت نوردراین-وستفالن که از طریق مرکز ادغام شهرداری اعطا می‌شود.",
      },
      uk: {
        name: "KOMM-AN NRW",
        summary:
          "Фінансування від федеральної землі для інтеграції біженців і новоприбулих та їхньої участі в житті суспільства, а також для волонтерів, які їх супроводжують.",
        description:
          "Через програму KOMM-AN NRW земля Північний Рейн – Вестфалія фінансує інтеграцію біженців і новоприбулих та їхню участь у житті громад, а також підтримує громадську активність. В Аахені Комунальний центр інтеграції розподіляє кошти між об’єднаннями та ініціативами, консультує їх і допомагає їм співпрацювати: наприклад, мовні кафе, місця зустрічей, наставництво та навчання для волонтерів.",
        targetGroup: "Біженці та новоприбулі, а також волонтери, об’єднання та ініціативи, які допомагають їм облаштуватися.",
        howItWorks:
          "Об’єднання, організації мігрантів та ініціативи подають до центру інтеграції заявку на фінансування свого заходу. Центр консультує під час планування, перевіряє заявку, виплачує кошти землі та організовує обмін досвідом між проєктами, які отримують фінансування.",
        hostInfo:
          "Заходи KOMM-AN проводять неприбуткові об’єднання, організації мігрантів, ініціативи та соціальні благодійні організації. Вони самі організовують і документують свій захід і отримують за це фінансування та консультації.",
        funding: "Програма землі Північний Рейн – Вестфалія, кошти надає Комунальний центр інтеграції.",
      },
      ru: {
        name: "KOMM-AN NRW",
        summary:
          "Финансирование от федеральной земли для интеграции беженцев и новоприбывших и их участия в жизни общества, а также для волонтёров, которые их сопровождают.",
        description:
          "Через программу KOMM-AN NRW земля Северный Рейн – Вестфалия финансирует интеграцию беженцев и новоприбывших и их участие в жизни городов и общин, а также поддерживает гражданскую активность. В Ахене Коммунальный центр интеграции распределяет средства между объединениями и инициативами, консультирует их и помогает им сотрудничать: например, языковые кафе, места встреч, наставничество и обучение для волонтёров.",
        targetGroup: "Беженцы и новоприбывшие, а также волонтёры, объединения и инициативы, которые помогают им обустроиться.",
        howItWorks:
          "Объединения, организации мигрантов и инициативы подают в центр интеграции заявку на финансирование своего проекта. Центр консультирует при планировании, проверяет заявку, выплачивает средства земли и организует обмен опытом между проектами, которые получают финансирование.",
        hostInfo:
          "Проекты KOMM-AN проводят некоммерческие объединения, организации мигрантов, инициативы и социальные благотворительные организации. Они сами организуют и документируют свой проект и получают за это финансирование и консультации.",
        funding: "Программа земли Северный Рейн – Вестфалия, средства выделяет Коммунальный центр интеграции.",
      },
      tr: {
        name: "KOMM-AN NRW",
        summary: "Mültecilerin ve yeni gelenlerin entegrasyonu ve topluma katılımı ile onlara eşlik eden gönüllü çalışmalar için eyalet desteği.",
        description:
          "Kuzey Ren-Vestfalya eyaleti, KOMM-AN NRW ile mültecilerin ve yeni gelenlerin belediyelerdeki entegrasyonunu ve topluma katılımını maddi olarak destekler ve gönüllü sivil katılımı güçlendirir. Aachen'da Belediye Entegrasyon Merkezi bu desteği derneklere ve girişimlere dağıtır, onlara danışmanlık yapar ve onları birbirleriyle buluşturur: örneğin dil kafeleri, buluşma yerleri, gönüllülerin bire bir eşlik ettiği rehberlik programları ve gönüllüler için eğitimler.",
        targetGroup: "Mülteciler ve yeni gelenler ile onlara yeni hayatlarına alışmalarında eşlik eden gönüllüler, dernekler ve girişimler.",
        howItWorks:
          "Dernekler, göçmen örgütleri ve girişimler bir etkinlik için Entegrasyon Merkezi'ne destek başvurusu yapar. Merkez planlamada danışmanlık yapar, başvuruyu inceler, eyalet desteğini öder ve desteklenen projeleri fikir alışverişi için bir araya getirir.",
        hostInfo:
          "KOMM-AN etkinliklerini kâr amacı gütmeyen dernekler, göçmen örgütleri, girişimler ve sosyal yardım kuruluşları yürütür. Etkinliği kendileri düzenler ve belgeler; karşılığında maddi destek ve danışmanlık alırlar.",
        funding: "Kuzey Ren-Vestfalya eyalet programı; Belediye Entegrasyon Merkezi aracılığıyla verilir.",
      },
    },
  },
  {
    slug: "ifkuf",
    contactOrganisation: "ki-team-bildung",
    contactEmail: "elternbildung@ki-aachen.example.org",
    contactPhone: "+49 241 99000 20",
    hostTypes: ["kita", "family_centre", "primary_school"],
    text: {
      de: {
        name: "Integrationschancen für Kinder und Familien (IfKuF)",
        summary: "Landesprogramm, das Elternbildung in der frühen Bildung ausbaut: mit Griffbereit, Rucksack KiTa und Rucksack Schule.",
        description:
          "IfKuF unterstützt den Ausbau der Elternbildung in der frühen Bildung. Dafür werden Elternbegleiterinnen und Elternbegleiter qualifiziert und neue Gruppen nach den bewährten Konzepten Griffbereit und Rucksack eingerichtet. Das Kommunale Integrationszentrum koordiniert die Programme in Aachen.",
        targetGroup: "Familien mit Zuwanderungsgeschichte mit Kindern von 1 Jahr bis ins Grundschulalter sowie Kitas, Familienzentren und Grundschulen.",
        howItWorks:
          "Das KI gewinnt Einrichtungen als Standorte, qualifiziert Elternbegleitende aus den Communities, begleitet die Gruppen fachlich und bringt die Standorte regelmäßig zum Austausch zusammen.",
        hostInfo:
          "Kitas, Familienzentren und Grundschulen stellen einen Raum und eine Ansprechperson, werben Eltern für die Gruppen und arbeiten mit der Elternbegleitung zusammen. Das KI übernimmt Qualifizierung, Material und fachliche Begleitung.",
        funding: "Landesprogramm Nordrhein-Westfalen.",
      },
      en: {
        name: "Integration Chances for Children and Families (IfKuF)",
        summary: "State programme that expands parent education in early childhood: with Griffbereit, Rucksack KiTa and Rucksack Schule.",
        description:
          "IfKuF supports the expansion of parent education in early childhood education. Parent guides are trained and new groups are set up following the proven concepts Griffbereit and Rucksack. The Municipal Integration Centre coordinates the programmes in Aachen.",
        targetGroup: "Families with a migration background with children from age 1 up to primary school, and Kitas, family centres and primary schools.",
        howItWorks:
          "The KI recruits institutions as sites, trains parent guides from the communities, supports the groups professionally and regularly brings the sites together.",
        hostInfo:
          "Kitas, family centres and primary schools provide a room and a contact person, invite parents to the groups and work with the parent guide. The KI provides training, materials and professional support.",
        funding: "State programme of North Rhine-Westphalia.",
      },
      ar: {
        name: "فرص الاندماج للأطفال والعائلات (IfKuF)",
        summary: "برنامج من الولاية يوسّع تثقيف الأهل في مرحلة التعليم المبكر: من خلال Griffbereit و Rucksack KiTa و Rucksack Schule.",
        description:
          "يدعم IfKuF توسيع تثقيف الأهل في مرحلة التعليم المبكر. لذلك يتم تأهيل مرشدات ومرشدين للأهل، وتأسيس مجموعات جديدة وفق المفهومين المجرَّبين Griffbereit و Rucksack. ينسّق المركز البلدي للاندماج هذه البرامج في آخن.",
        targetGroup:
          "العائلات ذات الخلفية المهاجرة التي لديها أطفال من عمر سنة واحدة حتى سن المدرسة الابتدائية، وكذلك رياض الأطفال (Kita) ومراكز الأسرة والمدارس الابتدائية.",
        howItWorks:
          "يبحث مركز الاندماج عن مؤسسات تستضيف البرامج، ويؤهّل مرشدين للأهل من الجاليات المختلفة، ويرافق المجموعات مرافقة مهنية، ويجمع المؤسسات المستضيفة بانتظام لتبادل الخبرات.",
        hostInfo:
          "توفّر رياض الأطفال (Kita) ومراكز الأسرة والمدارس الابتدائية غرفة وشخصاً للتواصل، وتدعو الأهل للانضمام إلى المجموعات، وتتعاون مع مرشد الأهل. ويتولّى مركز الاندماج التأهيل والمواد والمرافقة المهنية.",
        funding: "برنامج من ولاية شمال الراين-وستفاليا.",
      },
      fa: {
        name: "فرصت‌های ادغام برای کودکان و خانواده‌ها (IfKuF)",
        summary: "برنامه ایالتی برای گسترش آموزش والدین در دوره آموزش اولیه کودکان: با Griffbereit، Rucksack KiTa و Rucksack Schule.",
        description:
          "IfKuF به گسترش آموزش والدین در دوره آموزش اولیه کودکان کمک می‌کند. برای این کار، راهنمایان والدین آموزش می‌بینند و گروه‌های جدیدی بر اساس روش‌های آزموده‌شده Griffbereit و Rucksack تشکیل می‌شوند. مرکز ادغام شهرداری این برنامه‌ها را در آخن هماهنگ می‌کند.",
        targetGroup: "خانواده‌های دارای پیشینه مهاجرت که کودکانی از ۱ سالگی تا سن دبستان دارند، و همچنین مهدکودک‌ها (Kita)، مراکز خانواده و دبستان‌ها.",
        howItWorks:
          "مرکز ادغام نهادهایی را برای میزبانی برنامه‌ها پیدا می‌کند، راهنمایان والدین را از میان جامعه‌های مهاجر آموزش می‌دهد، گروه‌ها را از نظر تخصصی همراهی می‌کند و نهادهای میزبان را به‌طور منظم برای تبادل تجربه گرد هم می‌آورد.",
        hostInfo:
          "مهدکودک‌ها (Kita)، مراکز خانواده و دبستان‌ها یک اتاق و یک فرد رابط در اختیار می‌گذارند، والدین را به گروه‌ها دعوت می‌کنند و با راهنمای والدین همکاری می‌کنند. مرکز ادغام آموزش راهنما، مواد آموزشی و همراهی تخصصی را بر عهده دارد.",
        funding: "برنامه ایالت نوردراین-وستفالن.",
      },
      uk: {
        name: "Шанси на інтеграцію для дітей і сімей (IfKuF)",
        summary: "Програма федеральної землі, яка розширює освіту для батьків у ранньому дитинстві: Griffbereit, Rucksack KiTa і Rucksack Schule.",
        description:
          "IfKuF підтримує розвиток освіти для батьків у сфері ранньої освіти дітей. Для цього навчають наставниць і наставників для батьків і створюють нові групи за перевіреними концепціями Griffbereit і Rucksack. Комунальний центр інтеграції координує ці програми в Аахені.",
        targetGroup:
          "Сім’ї з міграційним досвідом, які мають дітей від 1 року до молодшого шкільного віку, а також дитсадки (Kita), сімейні центри та початкові школи.",
        howItWorks:
          "Центр інтеграції залучає установи, де проходять групи, навчає наставників для батьків із різних громад, фахово супроводжує групи й регулярно збирає ці установи для обміну досвідом.",
        hostInfo:
          "Дитсадки (Kita), сімейні центри та початкові школи надають приміщення й контактну особу, запрошують батьків до груп і співпрацюють з наставником для батьків. Центр інтеграції бере на себе навчання, матеріали та фаховий супровід.",
        funding: "Програма землі Північний Рейн – Вестфалія.",
      },
      ru: {
        name: "Шансы на интеграцию для детей и семей (IfKuF)",
        summary:
          "Программа федеральной земли, которая развивает образование для родителей в раннем детстве: Griffbereit, Rucksack KiTa и Rucksack Schule.",
        description:
          "IfKuF поддерживает развитие образования для родителей в сфере раннего обучения детей. Для этого обучают наставниц и наставников для родителей и создают новые группы по проверенным концепциям Griffbereit и Rucksack. Коммунальный центр интеграции координирует эти программы в Ахене.",
        targetGroup:
          "Семьи с историей миграции, у которых есть дети от 1 года до младшего школьного возраста, а также детские сады (Kita), семейные центры и начальные школы.",
        howItWorks:
          "Центр интеграции привлекает учреждения, в которых проходят группы, обучает наставников для родителей из разных общин, профессионально сопровождает группы и регулярно собирает эти учреждения для обмена опытом.",
        hostInfo:
          "Детские сады (Kita), семейные центры и начальные школы предоставляют помещение и контактное лицо, приглашают родителей в группы и сотрудничают с наставником для родителей. Центр интеграции берёт на себя обучение, материалы и профессиональное сопровождение.",
        funding: "Программа земли Северный Рейн – Вестфалия.",
      },
      tr: {
        name: "Çocuklar ve Aileler için Entegrasyon Fırsatları (IfKuF)",
        summary: "Erken çocukluk eğitiminde ebeveyn eğitimini yaygınlaştıran eyalet programı: Griffbereit, Rucksack KiTa ve Rucksack Schule ile.",
        description:
          "IfKuF, erken çocukluk eğitiminde ebeveyn eğitiminin yaygınlaşmasını destekler. Bunun için veli rehberleri yetiştirilir ve başarısı kanıtlanmış Griffbereit ve Rucksack yaklaşımlarına göre yeni gruplar kurulur. Belediye Entegrasyon Merkezi bu programları Aachen'da koordine eder.",
        targetGroup:
          "1 yaşından ilkokul çağına kadar çocukları olan göç geçmişli aileler ile Kita'lar (kreş ve anaokulları), aile merkezleri ve ilkokullar.",
        howItWorks:
          "Entegrasyon Merkezi, grupların yapılacağı kurumları bulur, farklı topluluklardan veli rehberleri yetiştirir, gruplara uzmanlık desteği verir ve bu kurumları düzenli olarak fikir alışverişi için bir araya getirir.",
        hostInfo:
          "Kita'lar, aile merkezleri ve ilkokullar bir oda ve bir irtibat kişisi sağlar, velileri gruplara davet eder ve veli rehberiyle birlikte çalışır. Entegrasyon Merkezi eğitimi, materyalleri ve uzmanlık desteğini üstlenir.",
        funding: "Kuzey Ren-Vestfalya eyalet programı.",
      },
    },
  },
  {
    slug: "griffbereit",
    parent: "ifkuf",
    contactOrganisation: "ki-team-bildung",
    contactEmail: "elternbildung@ki-aachen.example.org",
    contactPhone: "+49 241 99000 20",
    hostTypes: ["kita", "family_centre"],
    text: {
      de: {
        name: "Griffbereit",
        summary: "Eltern-Kind-Gruppen für Familien mit Kindern von 1 bis 3 Jahren – in der Familiensprache und auf Deutsch.",
        description:
          "In Griffbereit-Gruppen treffen sich Mütter und Väter mit ihren Kindern im Alter von 1 bis 3 Jahren einmal in der Woche. Eine geschulte Elternbegleiterin aus der eigenen Sprachgemeinschaft zeigt Spiele, Lieder und Alltagsideen, die die Entwicklung und die Sprache der Kinder fördern – in der Familiensprache und auf Deutsch. Nebenbei lernen die Familien die Kita, das Familienzentrum und andere Eltern kennen.",
        targetGroup: "Mütter und Väter mit Kindern von 1 bis 3 Jahren, besonders Familien, die zu Hause eine andere Sprache als Deutsch sprechen.",
        howItWorks:
          "Eine Gruppe trifft sich wöchentlich für etwa zwei Stunden in einer Kita oder einem Familienzentrum. Die Elternbegleitung bringt Material mit Anregungen für zu Hause mit. Die Teilnahme ist kostenlos.",
        hostInfo:
          "Der Standort stellt einen Gruppenraum mit Spielfläche und eine Ansprechperson. Er lernt so früh die Familien kennen, die später in die Kita kommen. Das KI qualifiziert und begleitet die Elternbegleitung.",
        funding: "Über das Landesprogramm IfKuF.",
      },
      en: {
        name: "Griffbereit",
        summary: "Parent-child groups for families with children aged 1 to 3 – in the family language and in German.",
        description:
          "In Griffbereit groups mothers and fathers meet with their children aged 1 to 3 once a week. A trained parent guide from their own language community shows games, songs and everyday ideas that support the children's development and language – in the family language and in German. Along the way families get to know the Kita, the family centre and other parents.",
        targetGroup: "Mothers and fathers with children aged 1 to 3, especially families who speak a language other than German at home.",
        howItWorks:
          "A group meets weekly for about two hours at a Kita or family centre. The parent guide brings materials with ideas for home. Taking part is free of charge.",
        hostInfo:
          "The site provides a group room with space to play and a contact person. It gets to know early the families who will later come to the Kita. The KI trains and supports the parent guide.",
        funding: "Through the state programme IfKuF.",
      },
      ar: {
        name: "Griffbereit",
        summary: "مجموعات للأهل والأطفال للعائلات التي لديها أطفال من عمر سنة إلى 3 سنوات – بلغة العائلة وبالألمانية.",
        description:
          "في مجموعات Griffbereit تلتقي الأمهات والآباء مع أطفالهم الذين تتراوح أعمارهم بين سنة و3 سنوات مرة واحدة في الأسبوع. تعرض مرشدة مدرَّبة للأهل من المجموعة اللغوية نفسها ألعاباً وأغاني وأفكاراً للحياة اليومية تدعم نموّ الأطفال ولغتهم – بلغة العائلة وبالألمانية. وفي الوقت نفسه تتعرّف العائلات على روضة الأطفال (Kita) ومركز الأسرة وعلى أهالٍ آخرين.",
        targetGroup: "الأمهات والآباء الذين لديهم أطفال من عمر سنة إلى 3 سنوات، وخاصة العائلات التي تتحدث في البيت لغة غير الألمانية.",
        howItWorks:
          "تلتقي المجموعة كل أسبوع لمدة ساعتين تقريباً في روضة أطفال (Kita) أو في مركز للأسرة. يُحضر مرشد الأهل معه مواد فيها أفكار للبيت. المشاركة مجانية.",
        hostInfo:
          "توفّر المؤسسة المستضيفة غرفة للمجموعة فيها مساحة للعب، وشخصاً للتواصل. وبهذا تتعرّف مبكراً على العائلات التي ستأتي لاحقاً إلى روضة الأطفال. يؤهّل مركز الاندماج مرشد الأهل ويرافقه.",
        funding: "من خلال برنامج الولاية IfKuF.",
      },
      fa: {
        name: "Griffbereit",
        summary: "گروه‌های والدین و کودک برای خانواده‌هایی با کودکان ۱ تا ۳ ساله – به زبان خانواده و به آلمانی.",
        description:
          "در گروه‌های Griffbereit، مادران و پدران با کودکان ۱ تا ۳ ساله خود هفته‌ای یک بار دور هم جمع می‌شوند. یک راهنمای آموزش‌دیده والدین از همان جامعه زبانی، بازی‌ها، ترانه‌ها و ایده‌هایی برای زندگی روزمره نشان می‌دهد که به رشد و زبان کودکان کمک می‌کند – به زبان خانواده و به آلمانی. در کنار آن، خانواده‌ها با مهدکودک (Kita)، مرکز خانواده و والدین دیگر آشنا می‌شوند.",
        targetGroup: "مادران و پدرانی که کودک ۱ تا ۳ ساله دارند، به‌ویژه خانواده‌هایی که در خانه به زبانی غیر از آلمانی صحبت می‌کنند.",
        howItWorks:
          "هر گروه هر هفته حدود دو ساعت در یک مهدکودک (Kita) یا مرکز خانواده دور هم جمع می‌شود. راهنمای والدین موادی با ایده‌هایی برای خانه با خود می‌آورد. شرکت در گروه رایگان است.",
        hostInfo:
          "نهاد میزبان یک اتاق گروهی با فضای بازی و یک فرد رابط در اختیار می‌گذارد. به این ترتیب، از همان ابتدا با خانواده‌هایی آشنا می‌شود که بعداً به مهدکودک می‌آیند. مرکز ادغام راهنمای والدین را آموزش می‌دهد و همراهی می‌کند.",
        funding: "از طریق برنامه ایالتی IfKuF.",
      },
      uk: {
        name: "Griffbereit",
        summary: "Групи для батьків із дітьми віком від 1 до 3 років – мовою родини та німецькою.",
        description:
          "У групах Griffbereit мами й тата раз на тиждень зустрічаються разом зі своїми дітьми віком від 1 до 3 років. Навчена наставниця для батьків із тієї ж мовної спільноти показує ігри, пісні та ідеї для щоденного життя, які допомагають розвитку й мовленню дітей, – мовою родини та німецькою. Водночас сім’ї знайомляться з дитсадком (Kita), сімейним центром та іншими батьками.",
        targetGroup: "Мами й тата з дітьми від 1 до 3 років, особливо сім’ї, які вдома розмовляють не німецькою, а іншою мовою.",
        howItWorks:
          "Група збирається щотижня приблизно на дві години в дитсадку (Kita) або сімейному центрі. Наставник для батьків приносить матеріали з ідеями для занять удома. Участь безкоштовна.",
        hostInfo:
          "Установа надає кімнату для групи з місцем для гри та контактну особу. Так вона заздалегідь знайомиться із сім’ями, які згодом прийдуть до дитсадка. Центр інтеграції навчає та супроводжує наставника для батьків.",
        funding: "У межах програми землі IfKuF.",
      },
      ru: {
        name: "Griffbereit",
        summary: "Группы для родителей с детьми от 1 до 3 лет – на родном языке семьи и на немецком.",
        description:
          "В группах Griffbereit мамы и папы раз в неделю встречаются вместе со своими детьми в возрасте от 1 до 3 лет. Обученная наставница для родителей из той же языковой общины показывает игры, песни и идеи для повседневной жизни, которые помогают развитию и речи детей, – на родном языке семьи и на немецком. Заодно семьи знакомятся с детским садом (Kita), семейным центром и другими родителями.",
        targetGroup: "Мамы и папы с детьми от 1 до 3 лет, особенно семьи, которые дома говорят не на немецком, а на другом языке.",
        howItWorks:
          "Группа встречается раз в неделю примерно на два часа в детском саду (Kita) или семейном центре. Наставник для родителей приносит материалы с идеями для занятий дома. Участие бесплатное.",
        hostInfo:
          "Учреждение предоставляет комнату для группы с местом для игр и контактное лицо. Так оно заранее знакомится с семьями, которые позже придут в детский сад. Центр интеграции обучает и сопровождает наставника для родителей.",
        funding: "В рамках программы земли IfKuF.",
      },
      tr: {
        name: "Griffbereit",
        summary: "1–3 yaş arası çocuğu olan aileler için anne-baba ve çocuk grupları – ailede konuşulan dilde ve Almanca.",
        description:
          "Griffbereit gruplarında anneler ve babalar, 1–3 yaş arasındaki çocuklarıyla haftada bir kez buluşur. Aynı dil topluluğundan eğitimli bir veli rehberi, çocukların gelişimini ve dilini destekleyen oyunlar, şarkılar ve günlük hayat için fikirler gösterir – ailede konuşulan dilde ve Almanca. Aileler bu arada Kita'yı (kreş), aile merkezini ve başka anne-babaları da tanır.",
        targetGroup: "1–3 yaş arası çocuğu olan anneler ve babalar, özellikle evde Almanca dışında bir dil konuşan aileler.",
        howItWorks:
          "Grup her hafta yaklaşık iki saat bir Kita'da veya aile merkezinde buluşur. Veli rehberi, evde yapılabilecek etkinlik fikirleri içeren materyaller getirir. Katılım ücretsizdir.",
        hostInfo:
          "Grubun yapıldığı kurum, oyun alanı olan bir grup odası ve bir irtibat kişisi sağlar. Böylece daha sonra Kita'ya gelecek aileleri erkenden tanır. Entegrasyon Merkezi veli rehberini yetiştirir ve ona destek olur.",
        funding: "IfKuF eyalet programı aracılığıyla.",
      },
    },
  },
  {
    slug: "rucksack-kita",
    parent: "ifkuf",
    contactOrganisation: "ki-team-bildung",
    contactEmail: "elternbildung@ki-aachen.example.org",
    contactPhone: "+49 241 99000 20",
    hostTypes: ["kita", "family_centre"],
    text: {
      de: {
        name: "Rucksack KiTa",
        summary: "Elternbildung in der Kita: Eltern lernen, was ihre Kinder gerade in der Kita lernen, und fördern es zu Hause in der Familiensprache.",
        description:
          "Rucksack KiTa verbindet Elternbildung mit der Sprachbildung in der Kita. Eltern treffen sich wöchentlich mit einer geschulten Elternbegleiterin. Sie bekommen Material zu den Themen, die ihre Kinder gerade in der Kita bearbeiten, und beschäftigen sich damit zu Hause in ihrer Familiensprache. So lernen die Kinder beide Sprachen besser, und Eltern und Kita arbeiten enger zusammen.",
        targetGroup: "Eltern von Kita-Kindern, besonders Familien mit einer anderen Familiensprache als Deutsch.",
        howItWorks:
          "Eine Elterngruppe trifft sich einmal pro Woche in der Kita. Die Themen folgen dem Kita-Alltag (zum Beispiel Körper, Familie, Jahreszeiten); die Fachkräfte der Kita greifen sie parallel in der Gruppe der Kinder auf.",
        hostInfo:
          "Die Kita stellt Raum und Zeit, plant die Themen mit der Elternbegleitung und greift sie in der pädagogischen Arbeit auf. Das KI stellt das Programmmaterial, qualifiziert die Elternbegleitung und begleitet den Standort.",
        funding: "Über das Landesprogramm IfKuF.",
      },
      en: {
        name: "Rucksack KiTa",
        summary: "Parent education at the Kita: parents learn what their children are learning at the Kita and support it at home in the family language.",
        description:
          "Rucksack KiTa links parent education with language education at the Kita. Parents meet weekly with a trained parent guide. They receive materials on the topics their children are working on at the Kita and explore them at home in their family language. This way children learn both languages better, and parents and Kita work more closely together.",
        targetGroup: "Parents of Kita children, especially families whose family language is not German.",
        howItWorks:
          "A parents' group meets once a week at the Kita. The topics follow Kita life (the body, family, seasons, for example); the Kita staff take them up with the children at the same time.",
        hostInfo:
          "The Kita provides room and time, plans the topics with the parent guide and takes them up in its educational work. The KI provides the programme materials, trains the parent guide and supports the site.",
        funding: "Through the state programme IfKuF.",
      },
      ar: {
        name: "Rucksack KiTa",
        summary: "تثقيف الأهل في روضة الأطفال (Kita): يتعلّم الأهل ما يتعلّمه أطفالهم حالياً في الروضة، ويدعمونه في البيت بلغة العائلة.",
        description:
          "يربط Rucksack KiTa بين تثقيف الأهل وتعليم اللغة في روضة الأطفال. يلتقي الأهل كل أسبوع مع مرشدة مدرَّبة للأهل. ويحصلون على مواد حول المواضيع التي يعمل عليها أطفالهم حالياً في الروضة، ويتناولونها في البيت بلغة العائلة. بهذه الطريقة يتعلّم الأطفال اللغتين بشكل أفضل، ويتعاون الأهل والروضة بشكل أوثق.",
        targetGroup: "أهالي الأطفال في روضة الأطفال (Kita)، وخاصة العائلات التي لغتها ليست الألمانية.",
        howItWorks:
          "تلتقي مجموعة الأهل مرة في الأسبوع في الروضة. تتبع المواضيع الحياة اليومية في الروضة (مثل الجسم، والعائلة، وفصول السنة)؛ ويتناولها العاملون في الروضة في الوقت نفسه مع مجموعة الأطفال.",
        hostInfo:
          "توفّر الروضة المكان والوقت، وتخطّط المواضيع مع مرشد الأهل، وتتناولها في عملها التربوي. ويوفّر مركز الاندماج مواد البرنامج، ويؤهّل مرشد الأهل، ويرافق الروضة.",
        funding: "من خلال برنامج الولاية IfKuF.",
      },
      fa: {
        name: "Rucksack KiTa",
        summary:
          "آموزش والدین در مهدکودک (Kita): والدین یاد می‌گیرند کودکانشان در این زمان در مهدکودک چه می‌آموزند و در خانه به زبان خانواده از آن حمایت می‌کنند.",
        description:
          "Rucksack KiTa آموزش والدین را با آموزش زبان در مهدکودک پیوند می‌دهد. والدین هر هفته با یک راهنمای آموزش‌دیده والدین دیدار می‌کنند. آن‌ها موادی درباره موضوع‌هایی دریافت می‌کنند که کودکانشان در همان زمان در مهدکودک روی آن کار می‌کنند، و در خانه به زبان خانواده به این موضوع‌ها می‌پردازند. به این ترتیب کودکان هر دو زبان را بهتر یاد می‌گیرند و والدین و مهدکودک همکاری نزدیک‌تری دارند.",
        targetGroup: "والدین کودکانی که به مهدکودک (Kita) می‌روند، به‌ویژه خانواده‌هایی که زبان خانواده‌شان آلمانی نیست.",
        howItWorks:
          "یک گروه والدین هفته‌ای یک بار در مهدکودک دور هم جمع می‌شود. موضوع‌ها از زندگی روزمره مهدکودک پیروی می‌کنند (برای مثال بدن، خانواده، فصل‌ها)؛ مربیان مهدکودک همزمان همین موضوع‌ها را با گروه کودکان کار می‌کنند.",
        hostInfo:
          "مهدکودک مکان و زمان را فراهم می‌کند، موضوع‌ها را با راهنمای والدین برنامه‌ریزی می‌کند و در کار آموزشی خود از آن‌ها استفاده می‌کند. مرکز ادغام مواد برنامه را فراهم می‌کند، راهنمای والدین را آموزش می‌دهد و مهدکودک را همراهی می‌کند.",
        funding: "از طریق برنامه ایالتی IfKuF.",
      },
      uk: {
        name: "Rucksack KiTa",
        summary:
          "Освіта для батьків у дитсадку (Kita): батьки дізнаються, що саме зараз вивчають їхні діти в дитсадку, і підтримують це вдома мовою родини.",
        description:
          "Rucksack KiTa поєднує освіту для батьків із мовним розвитком у дитсадку. Батьки щотижня зустрічаються з навченою наставницею для батьків. Вони отримують матеріали на теми, над якими їхні діти саме працюють у дитсадку, і займаються цими темами вдома мовою родини. Так діти краще вивчають обидві мови, а батьки й дитсадок тісніше співпрацюють.",
        targetGroup: "Батьки дітей, які ходять у дитсадок (Kita), особливо сім’ї, у яких мова родини не німецька.",
        howItWorks:
          "Група батьків збирається раз на тиждень у дитсадку. Теми відповідають повсякденному життю дитсадка (наприклад, тіло, сім’я, пори року); вихователі в той самий час розглядають ці теми з дітьми в групі.",
        hostInfo:
          "Дитсадок надає приміщення й час, планує теми разом із наставником для батьків і використовує їх у своїй педагогічній роботі. Центр інтеграції надає матеріали програми, навчає наставника для батьків і супроводжує дитсадок.",
        funding: "У межах програми землі IfKuF.",
      },
      ru: {
        name: "Rucksack KiTa",
        summary:
          "Образование для родителей в детском саду (Kita): родители узнают, что их дети сейчас изучают в детском саду, и поддерживают это дома на родном языке семьи.",
        description:
          "Rucksack KiTa объединяет образование для родителей с развитием речи в детском саду. Родители раз в неделю встречаются с обученной наставницей для родителей. Они получают материалы по темам, которые их дети как раз проходят в детском саду, и занимаются ими дома на родном языке семьи. Так дети лучше осваивают оба языка, а родители и детский сад теснее сотрудничают.",
        targetGroup: "Родители детей, которые ходят в детский сад (Kita), особенно семьи, у которых родной язык не немецкий.",
        howItWorks:
          "Группа родителей встречается раз в неделю в детском саду. Темы связаны с жизнью детского сада (например, тело, семья, времена года); воспитатели в это же время обсуждают эти темы с детьми в группе.",
        hostInfo:
          "Детский сад предоставляет помещение и время, планирует темы вместе с наставником для родителей и использует их в своей педагогической работе. Центр интеграции предоставляет материалы программы, обучает наставника для родителей и сопровождает детский сад.",
        funding: "В рамках программы земли IfKuF.",
      },
      tr: {
        name: "Rucksack KiTa",
        summary:
          "Kita'da ebeveyn eğitimi: Anne-babalar, çocuklarının o sırada Kita'da ne öğrendiğini öğrenir ve bunu evde, ailede konuşulan dilde destekler.",
        description:
          "Rucksack KiTa, ebeveyn eğitimini Kita'daki dil eğitimiyle birleştirir. Anne-babalar her hafta eğitimli bir veli rehberiyle buluşur. Çocuklarının o sırada Kita'da işlediği konularla ilgili materyaller alır ve bu konularla evde, ailede konuşulan dilde ilgilenirler. Böylece çocuklar iki dili de daha iyi öğrenir, anne-babalar ve Kita daha yakından iş birliği yapar.",
        targetGroup: "Kita'ya giden çocukların anne-babaları, özellikle aile dili Almanca olmayan aileler.",
        howItWorks:
          "Bir veli grubu haftada bir kez Kita'da buluşur. Konular Kita'daki günlük hayatı takip eder (örneğin vücut, aile, mevsimler); Kita'daki eğitimciler aynı konuları aynı zamanda çocuk grubunda işler.",
        hostInfo:
          "Kita yer ve zaman sağlar, konuları veli rehberiyle birlikte planlar ve pedagojik çalışmasında bu konulara yer verir. Entegrasyon Merkezi program materyallerini sağlar, veli rehberini yetiştirir ve Kita'ya destek olur.",
        funding: "IfKuF eyalet programı aracılığıyla.",
      },
    },
  },
  {
    slug: "rucksack-schule",
    parent: "ifkuf",
    contactOrganisation: "ki-team-bildung",
    contactEmail: "elternbildung@ki-aachen.example.org",
    contactPhone: "+49 241 99000 20",
    hostTypes: ["primary_school"],
    text: {
      de: {
        name: "Rucksack Schule",
        summary: "Elternbildung an der Grundschule: Eltern begleiten das Lernen ihrer Kinder – abgestimmt auf den Unterricht und in der Familiensprache.",
        description:
          "Rucksack Schule setzt die Elternbildung in der Grundschule fort. Eltern treffen sich regelmäßig mit einer Elternbegleiterin, lernen das Schulsystem kennen und erhalten Material, das zu den aktuellen Unterrichtsthemen passt. Zu Hause sprechen sie mit ihren Kindern in der Familiensprache darüber. Lehrkräfte und Eltern arbeiten so Hand in Hand.",
        targetGroup: "Eltern von Grundschulkindern, besonders Familien mit einer anderen Familiensprache als Deutsch.",
        howItWorks:
          "Die Elterngruppe trifft sich wöchentlich in der Schule. Lehrkräfte, Elternbegleitung und KI stimmen die Themen mit dem Unterricht ab.",
        hostInfo:
          "Die Schule stellt einen Raum, eine Ansprechperson im Kollegium und stimmt Unterrichtsthemen mit der Elternbegleitung ab. Das KI qualifiziert die Elternbegleitung und begleitet die Schule.",
        funding: "Über das Landesprogramm IfKuF.",
      },
      en: {
        name: "Rucksack Schule",
        summary: "Parent education at primary school: parents support their children's learning – matched to lessons and in the family language.",
        description:
          "Rucksack Schule continues parent education at primary school. Parents meet regularly with a parent guide, get to know the school system and receive materials that match the current lesson topics. At home they talk about them with their children in the family language. Teachers and parents work hand in hand.",
        targetGroup: "Parents of primary school children, especially families whose family language is not German.",
        howItWorks: "The parents' group meets weekly at the school. Teachers, parent guide and KI align the topics with the lessons.",
        hostInfo:
          "The school provides a room and a contact person among its teachers and aligns lesson topics with the parent guide. The KI trains the parent guide and supports the school.",
        funding: "Through the state programme IfKuF.",
      },
      ar: {
        name: "Rucksack Schule",
        summary: "تثقيف الأهل في المدرسة الابتدائية: يرافق الأهل تعلّم أطفالهم – بما يتناسب مع الدروس وبلغة العائلة.",
        description:
          "يواصل Rucksack Schule تثقيف الأهل في المدرسة الابتدائية. يلتقي الأهل بانتظام مع مرشدة للأهل، ويتعرّفون على النظام المدرسي، ويحصلون على مواد تناسب مواضيع الدروس الحالية. وفي البيت يتحدثون عنها مع أطفالهم بلغة العائلة. وهكذا يعمل المعلّمون والأهل يداً بيد.",
        targetGroup: "أهالي تلاميذ المدارس الابتدائية، وخاصة العائلات التي لغتها ليست الألمانية.",
        howItWorks: "تلتقي مجموعة الأهل كل أسبوع في المدرسة. ينسّق المعلّمون ومرشد الأهل ومركز الاندماج المواضيع مع الدروس.",
        hostInfo: "توفّر المدرسة غرفة وشخصاً للتواصل من بين المعلّمين، وتنسّق مواضيع الدروس مع مرشد الأهل. ويؤهّل مركز الاندماج مرشد الأهل ويرافق المدرسة.",
        funding: "من خلال برنامج الولاية IfKuF.",
      },
      fa: {
        name: "Rucksack Schule",
        summary: "آموزش والدین در دبستان: والدین یادگیری کودکانشان را همراهی می‌کنند – هماهنگ با درس‌های مدرسه و به زبان خانواده.",
        description:
          "Rucksack Schule آموزش والدین را در دبستان ادامه می‌دهد. والدین به‌طور منظم با یک راهنمای والدین دیدار می‌کنند، با نظام مدرسه آشنا می‌شوند و موادی دریافت می‌کنند که با موضوع‌های درسی فعلی هماهنگ است. در خانه با کودکانشان به زبان خانواده درباره آن صحبت می‌کنند. به این ترتیب معلمان و والدین دست در دست هم کار می‌کنند.",
        targetGroup: "والدین کودکان دبستانی، به‌ویژه خانواده‌هایی که زبان خانواده‌شان آلمانی نیست.",
        howItWorks: "گروه والدین هر هفته در مدرسه دور هم جمع می‌شود. معلمان، راهنمای والدین و مرکز ادغام موضوع‌ها را با درس‌های کلاس هماهنگ می‌کنند.",
        hostInfo:
          "مدرسه یک اتاق و یک فرد رابط از میان معلمان در اختیار می‌گذارد و موضوع‌های درسی را با راهنمای والدین هماهنگ می‌کند. مرکز ادغام راهنمای والدین را آموزش می‌دهد و مدرسه را همراهی می‌کند.",
        funding: "از طریق برنامه ایالتی IfKuF.",
      },
      uk: {
        name: "Rucksack Schule",
        summary: "Освіта для батьків у початковій школі: батьки підтримують навчання своїх дітей – відповідно до уроків і мовою родини.",
        description:
          "Rucksack Schule продовжує освіту для батьків у початковій школі. Батьки регулярно зустрічаються з наставницею для батьків, знайомляться зі шкільною системою та отримують матеріали, які відповідають поточним темам уроків. Удома вони говорять про ці теми з дітьми мовою родини. Так учителі й батьки працюють пліч-о-пліч.",
        targetGroup: "Батьки учнів початкової школи, особливо сім’ї, у яких мова родини не німецька.",
        howItWorks: "Група батьків збирається щотижня в школі. Учителі, наставник для батьків і центр інтеграції узгоджують теми з уроками.",
        hostInfo:
          "Школа надає приміщення та контактну особу з числа вчителів і узгоджує теми уроків із наставником для батьків. Центр інтеграції навчає наставника для батьків і супроводжує школу.",
        funding: "У межах програми землі IfKuF.",
      },
      ru: {
        name: "Rucksack Schule",
        summary:
          "Образование для родителей в начальной школе: родители поддерживают учёбу своих детей – в соответствии с уроками и на родном языке семьи.",
        description:
          "Rucksack Schule продолжает образование для родителей в начальной школе. Родители регулярно встречаются с наставницей для родителей, знакомятся со школьной системой и получают материалы, которые подходят к текущим темам уроков. Дома они обсуждают эти темы с детьми на родном языке семьи. Так учителя и родители работают рука об руку.",
        targetGroup: "Родители учеников начальной школы, особенно семьи, у которых родной язык не немецкий.",
        howItWorks: "Группа родителей встречается раз в неделю в школе. Учителя, наставник для родителей и центр интеграции согласовывают темы с уроками.",
        hostInfo:
          "Школа предоставляет помещение и контактное лицо из числа учителей и согласовывает темы уроков с наставником для родителей. Центр интеграции обучает наставника для родителей и сопровождает школу.",
        funding: "В рамках программы земли IfKuF.",
      },
      tr: {
        name: "Rucksack Schule",
        summary: "İlkokulda ebeveyn eğitimi: Anne-babalar çocuklarının öğrenmesine eşlik eder – derslerle uyumlu ve ailede konuşulan dilde.",
        description:
          "Rucksack Schule, ebeveyn eğitimini ilkokulda sürdürür. Anne-babalar düzenli olarak bir veli rehberiyle buluşur, okul sistemini tanır ve güncel ders konularına uygun materyaller alır. Evde bu konular hakkında çocuklarıyla ailede konuşulan dilde konuşurlar. Böylece öğretmenler ve anne-babalar el ele çalışır.",
        targetGroup: "İlkokul çocuklarının anne-babaları, özellikle aile dili Almanca olmayan aileler.",
        howItWorks: "Veli grubu her hafta okulda buluşur. Öğretmenler, veli rehberi ve Entegrasyon Merkezi konuları derslerle uyumlu hâle getirir.",
        hostInfo:
          "Okul bir oda ve öğretmenler arasından bir irtibat kişisi sağlar ve ders konularını veli rehberiyle birlikte belirler. Entegrasyon Merkezi veli rehberini yetiştirir ve okula destek olur.",
        funding: "IfKuF eyalet programı aracılığıyla.",
      },
    },
  },
  {
    slug: "kim",
    contactOrganisation: "ki-kim",
    contactEmail: "kim@ki-aachen.example.org",
    contactPhone: "+49 241 99000 30",
    hostTypes: ["city_department", "employment_agency", "welfare_association", "migrant_organisation"],
    text: {
      de: {
        name: "Kommunales Integrationsmanagement (KIM)",
        summary: "Fallmanagement über Behörden hinweg, damit Neuzugewanderte beim Wechsel der Zuständigkeit keine Unterstützung verlieren.",
        description:
          "Das Kommunale Integrationsmanagement ist die dritte Säule des Kommunalen Integrationszentrums. Es verbessert die Zusammenarbeit der Stellen, die für Neuzugewanderte zuständig sind – etwa Ausländeramt, Sozialamt und Jobcenter. Case Managerinnen und Case Manager begleiten Menschen mit komplexen Anliegen, besonders dann, wenn die Zuständigkeit wechselt (zum Beispiel vom Asylbewerberleistungsgesetz zum Jobcenter), damit der Übergang ohne Lücke gelingt.",
        targetGroup: "Neuzugewanderte mit mehreren offenen Anliegen bei verschiedenen Behörden, besonders in der Phase eines Rechtskreiswechsels.",
        howItWorks:
          "Eine Case Managerin klärt mit der Person, was ansteht, vereinbart Ziele und stimmt sich mit den beteiligten Stellen ab. Auf der strategischen Ebene verabreden die Behörden gemeinsame Abläufe.",
        hostInfo:
          "Partner sind Behörden und Beratungsstellen, die Fälle weitergeben und gemeinsame Abläufe vereinbaren. Das KI koordiniert das Netzwerk.",
        funding: "Landesprogramm Kommunales Integrationsmanagement Nordrhein-Westfalen.",
      },
      en: {
        name: "Municipal Integration Management (KIM)",
        summary: "Case management across authorities, so that newcomers keep their support when responsibility for them changes.",
        description:
          "Municipal Integration Management is the third pillar of the Municipal Integration Centre. It improves cooperation between the offices responsible for newcomers – such as the immigration office, the social welfare office and the Jobcenter. Case managers accompany people with complex needs, especially when responsibility changes (for example from the Asylum Seekers' Benefits Act to the Jobcenter), so that the transition happens without a gap.",
        targetGroup: "Newcomers with several open matters at different authorities, especially while the legal responsibility for them changes.",
        howItWorks:
          "A case manager works out with the person what needs doing, agrees goals and coordinates with the offices involved. At the strategic level the authorities agree on common procedures.",
        hostInfo: "Partners are authorities and counselling services that refer cases and agree on common procedures. The KI coordinates the network.",
        funding: "State programme Municipal Integration Management of North Rhine-Westphalia.",
      },
      ar: {
        name: "إدارة الاندماج البلدية (KIM)",
        summary: "إدارة الحالات عبر الدوائر الحكومية المختلفة، حتى لا يفقد القادمون الجدد الدعم عندما تتغيّر الجهة المسؤولة عنهم.",
        description:
          "إدارة الاندماج البلدية هي الركيزة الثالثة للمركز البلدي للاندماج. وهي تحسّن التعاون بين الجهات المسؤولة عن القادمين الجدد – مثل دائرة الأجانب (Ausländeramt) ومكتب الشؤون الاجتماعية (Sozialamt) ومركز العمل (Jobcenter). يرافق مديرو ومديرات الحالات الأشخاصَ الذين لديهم أمور معقّدة، خاصةً عندما تتغيّر الجهة المسؤولة (مثلاً من قانون إعانات طالبي اللجوء إلى مركز العمل)، حتى يتمّ الانتقال دون انقطاع.",
        targetGroup: "القادمون الجدد الذين لديهم عدة أمور مفتوحة لدى دوائر حكومية مختلفة، وخاصة في المرحلة التي يتغيّر فيها القانون والجهة المسؤولة عنهم.",
        howItWorks:
          "توضّح مديرة الحالة مع الشخص ما يجب فعله، وتتفق معه على أهداف، وتنسّق مع الجهات المعنية. وعلى المستوى الاستراتيجي تتفق الدوائر الحكومية على إجراءات مشتركة.",
        hostInfo: "الشركاء هم دوائر حكومية ومراكز استشارة تحيل الحالات إلى بعضها وتتفق على إجراءات مشتركة. ينسّق مركز الاندماج هذه الشبكة.",
        funding: "برنامج ولاية شمال الراين-وستفاليا لإدارة الاندماج البلدية.",
      },
      fa: {
        name: "مدیریت ادغام شهری (KIM)",
        summary: "مدیریت پرونده میان ادارات مختلف، تا تازه‌واردان وقتی اداره مسئولشان تغییر می‌کند، حمایت خود را از دست ندهند.",
        description:
          "مدیریت ادغام شهری سومین ستون مرکز ادغام شهرداری است. این برنامه همکاری میان اداراتی را که مسئول تازه‌واردان هستند بهتر می‌کند – مانند اداره اتباع خارجی (Ausländeramt)، اداره امور اجتماعی (Sozialamt) و جاب‌سنتر (Jobcenter). مدیران پرونده افرادی را که مسائل پیچیده دارند همراهی می‌کنند، به‌ویژه زمانی که اداره مسئول تغییر می‌کند (برای مثال از کمک‌هزینه طبق قانون مزایای پناهجویان به جاب‌سنتر)، تا این انتقال بدون وقفه انجام شود.",
        targetGroup: "تازه‌واردانی که در چند اداره مختلف کارهای انجام‌نشده دارند، به‌ویژه در دوره‌ای که قانون و اداره مسئول آن‌ها تغییر می‌کند.",
        howItWorks:
          "یک مدیر پرونده همراه با فرد روشن می‌کند چه کارهایی باید انجام شود، اهدافی را با او تعیین می‌کند و با ادارات مربوط هماهنگ می‌شود. در سطح راهبردی، ادارات درباره روندهای کاری مشترک توافق می‌کنند.",
        hostInfo:
          "شرکا ادارات و مراکز مشاوره‌ای هستند که پرونده‌ها را به یکدیگر ارجاع می‌دهند و درباره روندهای مشترک توافق می‌کنند. مرکز ادغام این شبکه را هماهنگ می‌کند.",
        funding: "برنامه ایالتی «مدیریت ادغام شهری» نوردراین-وستفالن.",
      },
      uk: {
        name: "Комунальний менеджмент інтеграції (KIM)",
        summary: "Супровід випадків між різними відомствами, щоб новоприбулі не втрачали підтримку, коли змінюється відповідальне відомство.",
        description:
          "Комунальний менеджмент інтеграції – це третій напрям роботи Комунального центру інтеграції. Він покращує співпрацю відомств, які відповідають за новоприбулих, – наприклад, відомства у справах іноземців (Ausländeramt), соціального відомства (Sozialamt) і Jobcenter. Кейс-менеджерки та кейс-менеджери супроводжують людей зі складними питаннями, особливо коли змінюється відповідальне відомство (наприклад, перехід від виплат за Законом про допомогу шукачам притулку до Jobcenter), щоб перехід відбувся без перерви.",
        targetGroup:
          "Новоприбулі, які мають кілька невирішених питань у різних відомствах, особливо тоді, коли змінюється закон, за яким вони отримують допомогу, і відповідальне відомство.",
        howItWorks:
          "Кейс-менеджерка разом із людиною з’ясовує, що потрібно зробити, узгоджує цілі та домовляється з відповідними відомствами. На стратегічному рівні відомства домовляються про спільні процедури.",
        hostInfo:
          "Партнери – це відомства та консультаційні служби, які передають одне одному випадки й домовляються про спільні процедури. Центр інтеграції координує цю мережу.",
        funding: "Програма землі Північний Рейн – Вестфалія «Комунальний менеджмент інтеграції».",
      },
      ru: {
        name: "Коммунальный менеджмент интеграции (KIM)",
        summary: "Сопровождение случаев между разными ведомствами, чтобы новоприбывшие не теряли поддержку, когда меняется ответственное ведомство.",
        description:
          "Коммунальный менеджмент интеграции – третье направление работы Коммунального центра интеграции. Он улучшает сотрудничество ведомств, которые отвечают за новоприбывших, – например, ведомства по делам иностранцев (Ausländeramt), социального ведомства (Sozialamt) и Jobcenter. Кейс-менеджеры сопровождают людей со сложными вопросами, особенно когда меняется ответственное ведомство (например, при переходе от пособий по Закону о пособиях для лиц, ищущих убежище, в Jobcenter), чтобы переход прошёл без перерыва.",
        targetGroup:
          "Новоприбывшие, у которых есть несколько нерешённых вопросов в разных ведомствах, особенно в период, когда меняется закон, по которому они получают помощь, и ответственное ведомство.",
        howItWorks:
          "Кейс-менеджер вместе с человеком выясняет, что нужно сделать, согласовывает цели и договаривается с участвующими ведомствами. На стратегическом уровне ведомства договариваются об общих процедурах.",
        hostInfo:
          "Партнёры – это ведомства и консультационные службы, которые передают друг другу случаи и договариваются об общих процедурах. Центр интеграции координирует эту сеть.",
        funding: "Программа земли Северный Рейн – Вестфалия «Коммунальный менеджмент интеграции».",
      },
      tr: {
        name: "Belediye Entegrasyon Yönetimi (KIM)",
        summary: "Farklı resmî daireler arasında vaka yönetimi: Sorumlu daire değiştiğinde yeni gelenler desteklerini kaybetmesin diye.",
        description:
          "Belediye Entegrasyon Yönetimi, Belediye Entegrasyon Merkezi'nin üçüncü ayağıdır. Yeni gelenlerden sorumlu kurumlar arasındaki iş birliğini iyileştirir – örneğin Yabancılar Dairesi (Ausländeramt), Sosyal Yardım Dairesi (Sozialamt) ve Jobcenter. Vaka yöneticileri, karmaşık sorunları olan kişilere, özellikle sorumlu kurum değiştiğinde (örneğin Sığınmacılara Yardım Yasası kapsamındaki yardımlardan Jobcenter'a geçişte) eşlik eder; böylece geçiş kesintisiz olur.",
        targetGroup:
          "Farklı resmî dairelerde birden fazla açık işi olan yeni gelenler; özellikle yardım aldıkları yasanın ve sorumlu dairenin değiştiği dönemde.",
        howItWorks:
          "Bir vaka yöneticisi kişiyle birlikte neler yapılması gerektiğini belirler, hedefler üzerinde anlaşır ve ilgili kurumlarla koordinasyon sağlar. Stratejik düzeyde ise resmî daireler ortak işleyişler üzerinde anlaşır.",
        hostInfo:
          "Ortaklar, vakaları birbirine yönlendiren ve ortak işleyişler üzerinde anlaşan resmî daireler ve danışmanlık merkezleridir. Entegrasyon Merkezi bu ağı koordine eder.",
        funding: "Kuzey Ren-Vestfalya eyaletinin Belediye Entegrasyon Yönetimi programı.",
      },
    },
  },
];
