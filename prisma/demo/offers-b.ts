// Demo offers for parents and children, youth, health, leisure and sport, and volunteering in Aachen.
import type { DemoOffer } from "./types";

export const offersB: DemoOffer[] = [
  // ───────────────────────────── Griffbereit ─────────────────────────────
  {
    key: "griffbereit-familienzentrum-ostviertel-tuerkisch-montag",
    organisation: "familienzentrum-ostviertel",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Türkisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern im Familienzentrum Ostviertel – auf Türkisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren im Familienzentrum Ostviertel. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Türkisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Nebenbei lernen Familien die Angebote des Familienzentrums und den Weg zu einem Kita-Platz kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Türkisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher im Familienzentrum Ostviertel anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Turkish",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Familienzentrum Ostviertel – in Turkish and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Familienzentrum Ostviertel. A trained parent guide leads the group in the family language Turkish and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. Along the way, families get to know what the family centre offers and how to find a Kita place.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Turkish at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Familienzentrum Ostviertel – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
      ar: {
        title: "Griffbereit: مجموعة للأهل والأطفال باللغة التركية",
        summary: "لقاء أسبوعي للأطفال من عمر سنة إلى ثلاث سنوات مع أهلهم، باللغتين التركية والألمانية.",
        description:
          "يلتقي الآباء والأمهات مع أطفالهم الذين تتراوح أعمارهم بين سنة وثلاث سنوات مرة واحدة في الأسبوع في مركز الأسرة. تقود المجموعة مرشدة أسرية مدرَّبة باللغتين التركية والألمانية. نلعب ونغني ونحكي معًا، ويحصل الأهل على أفكار لدعم لغة طفلهم في الحياة اليومية. وفي الوقت نفسه تتعرف العائلات على خدمات مركز الأسرة وعلى طريقة الحصول على مكان في الروضة.",
      },
      fa: {
        title: "Griffbereit: گروه والدین و کودک به زبان ترکی",
        summary: "دیدار هفتگی برای کودکان ۱ تا ۳ ساله و والدینشان، به زبان‌های ترکی و آلمانی.",
        description:
          "پدران و مادران هفته‌ای یک بار با کودکان ۱ تا ۳ ساله‌شان در مرکز خانواده دور هم جمع می‌شوند. یک راهنمای آموزش‌دیدهٔ والدین گروه را به زبان‌های ترکی و آلمانی اداره می‌کند. با هم بازی می‌کنیم، آواز می‌خوانیم و قصه می‌گوییم و والدین ایده‌هایی می‌گیرند که چطور زبان کودکشان را در زندگی روزمره تقویت کنند. در کنار آن، خانواده‌ها با خدمات مرکز خانواده و راه پیدا کردن جای مهدکودک آشنا می‌شوند.",
      },
      uk: {
        title: "Griffbereit: група для батьків і дітей турецькою мовою",
        summary: "Щотижнева група для дітей від 1 до 3 років та їхніх батьків — турецькою та німецькою мовами.",
        description:
          "Раз на тиждень мами й тата разом із дітьми від 1 до 3 років зустрічаються в сімейному центрі. Групу веде навчена наставниця для батьків турецькою та німецькою мовами. Ми разом граємо, співаємо й розповідаємо історії, а батьки отримують ідеї, як підтримувати мовлення дитини в повсякденному житті. Водночас родини знайомляться з пропозиціями сімейного центру й дізнаються, як отримати місце в дитячому садку.",
      },
      ru: {
        title: "Griffbereit: группа для родителей и детей на турецком языке",
        summary: "Еженедельная группа для детей от 1 до 3 лет и их родителей — на турецком и немецком языках.",
        description:
          "Раз в неделю мамы и папы с детьми от 1 до 3 лет встречаются в семейном центре. Группу ведёт обученная наставница для родителей на турецком и немецком языках. Мы вместе играем, поём и рассказываем истории, а родители получают идеи, как поддерживать речь ребёнка в повседневной жизни. Заодно семьи знакомятся с предложениями семейного центра и узнают, как получить место в детском саду.",
      },
      tr: {
        title: "Griffbereit: Türkçe ebeveyn-çocuk grubu",
        summary: "1–3 yaş arası çocuklar ve ebeveynleri için haftalık grup – Türkçe ve Almanca.",
        description:
          "Anneler ve babalar, 1 ile 3 yaş arasındaki çocuklarıyla haftada bir kez aile merkezinde buluşur. Grubu eğitim almış bir ebeveyn rehberi Türkçe ve Almanca yürütür. Birlikte oynuyor, şarkı söylüyor ve hikâye anlatıyoruz; ebeveynler çocuklarının dilini günlük hayatta nasıl destekleyebilecekleri konusunda fikir ediniyor. Bu arada aileler aile merkezinin sunduklarını ve kreşte nasıl yer bulabileceklerini de öğrenir.",
      },
    },
  },
  {
    key: "griffbereit-familienzentrum-ostviertel-tuerkisch-donnerstag",
    organisation: "familienzentrum-ostviertel",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "15:00", closes: "17:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Türkisch (Nachmittagsgruppe)",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern im Familienzentrum Ostviertel – auf Türkisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren im Familienzentrum Ostviertel. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Türkisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Die Gruppe trifft sich am Nachmittag, damit auch berufstätige Eltern teilnehmen können.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Türkisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher im Familienzentrum Ostviertel anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Turkish (afternoon group)",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Familienzentrum Ostviertel – in Turkish and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Familienzentrum Ostviertel. A trained parent guide leads the group in the family language Turkish and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. The group meets in the afternoon so that working parents can take part too.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Turkish at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Familienzentrum Ostviertel – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-weltentdecker-arabisch-montag",
    organisation: "kita-weltentdecker-rothe-erde",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "09:00", closes: "11:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Arabisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Weltentdecker Rothe Erde – auf Arabisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Weltentdecker Rothe Erde. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Arabisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. So lernen Familien die Kita schon vor dem Kita-Start kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Arabisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Weltentdecker Rothe Erde anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Arabic",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Weltentdecker Rothe Erde – in Arabic and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Weltentdecker Rothe Erde. A trained parent guide leads the group in the family language Arabic and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. This way families get to know the Kita even before their child starts there.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Arabic at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Weltentdecker Rothe Erde – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-weltentdecker-arabisch-mittwoch",
    organisation: "kita-weltentdecker-rothe-erde",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "15:00", closes: "16:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Arabisch (Nachmittagsgruppe)",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Weltentdecker Rothe Erde – auf Arabisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Weltentdecker Rothe Erde. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Arabisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Die Gruppe trifft sich am Nachmittag, damit auch berufstätige Eltern teilnehmen können.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Arabisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Weltentdecker Rothe Erde anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Arabic (afternoon group)",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Weltentdecker Rothe Erde – in Arabic and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Weltentdecker Rothe Erde. A trained parent guide leads the group in the family language Arabic and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. The group meets in the afternoon so that working parents can take part too.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Arabic at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Weltentdecker Rothe Erde – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-loewenzahn-farsi-dari",
    organisation: "kita-loewenzahn-ostviertel",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["fa", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "15:30", closes: "17:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Farsi/Dari",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Löwenzahn – auf Farsi/Dari und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Löwenzahn. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Farsi/Dari und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. So lernen Familien die Kita schon vor dem Kita-Start kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Farsi/Dari sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Löwenzahn anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Farsi/Dari",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Löwenzahn – in Farsi/Dari and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Löwenzahn. A trained parent guide leads the group in the family language Farsi/Dari and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. This way families get to know the Kita even before their child starts there.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Farsi/Dari at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Löwenzahn – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
      ar: {
        title: "Griffbereit: مجموعة للأهل والأطفال باللغة الفارسية/الدرية",
        summary: "لقاء أسبوعي للأطفال من عمر سنة إلى ثلاث سنوات مع أهلهم، بالفارسية/الدرية والألمانية.",
        description:
          "يلتقي الآباء والأمهات مع أطفالهم الذين تتراوح أعمارهم بين سنة وثلاث سنوات مرة واحدة في الأسبوع في روضة الأطفال. تقود المجموعة مرشدة أسرية مدرَّبة بالفارسية/الدرية والألمانية. نلعب ونغني ونحكي معًا، ويحصل الأهل على أفكار لدعم لغة طفلهم في الحياة اليومية. وهكذا تتعرف العائلات على الروضة قبل أن يلتحق بها الطفل.",
      },
      fa: {
        title: "Griffbereit: گروه والدین و کودک به زبان فارسی/دری",
        summary: "دیدار هفتگی برای کودکان ۱ تا ۳ ساله و والدینشان، به زبان‌های فارسی/دری و آلمانی.",
        description:
          "پدران و مادران هفته‌ای یک بار با کودکان ۱ تا ۳ ساله‌شان در مهدکودک دور هم جمع می‌شوند. یک راهنمای آموزش‌دیدهٔ والدین گروه را به زبان‌های فارسی/دری و آلمانی اداره می‌کند. با هم بازی می‌کنیم، آواز می‌خوانیم و قصه می‌گوییم و والدین ایده‌هایی می‌گیرند که چطور زبان کودکشان را در زندگی روزمره تقویت کنند. به این ترتیب خانواده‌ها پیش از آنکه کودک به مهدکودک برود، با آن آشنا می‌شوند.",
      },
      uk: {
        title: "Griffbereit: група для батьків і дітей мовою фарсі/дарі",
        summary: "Щотижнева група для дітей від 1 до 3 років та їхніх батьків — мовою фарсі/дарі та німецькою.",
        description:
          "Раз на тиждень мами й тата разом із дітьми від 1 до 3 років зустрічаються в дитячому садку. Групу веде навчена наставниця для батьків мовою фарсі/дарі та німецькою. Ми разом граємо, співаємо й розповідаємо історії, а батьки отримують ідеї, як підтримувати мовлення дитини в повсякденному житті. Так родини знайомляться з дитячим садком ще до того, як дитина почне його відвідувати.",
      },
      ru: {
        title: "Griffbereit: группа для родителей и детей на языке фарси/дари",
        summary: "Еженедельная группа для детей от 1 до 3 лет и их родителей — на фарси/дари и на немецком.",
        description:
          "Раз в неделю мамы и папы с детьми от 1 до 3 лет встречаются в детском саду. Группу ведёт обученная наставница для родителей на фарси/дари и на немецком. Мы вместе играем, поём и рассказываем истории, а родители получают идеи, как поддерживать речь ребёнка в повседневной жизни. Так семьи знакомятся с детским садом ещё до того, как ребёнок начнёт его посещать.",
      },
      tr: {
        title: "Griffbereit: Farsça/Darice ebeveyn-çocuk grubu",
        summary: "1–3 yaş arası çocuklar ve ebeveynleri için haftalık grup – Farsça/Darice ve Almanca.",
        description:
          "Anneler ve babalar, 1 ile 3 yaş arasındaki çocuklarıyla haftada bir kez kreşte buluşur. Grubu eğitim almış bir ebeveyn rehberi Farsça/Darice ve Almanca yürütür. Birlikte oynuyor, şarkı söylüyor ve hikâye anlatıyoruz; ebeveynler çocuklarının dilini günlük hayatta nasıl destekleyebilecekleri konusunda fikir ediniyor. Böylece aileler kreşi, çocukları kreşe başlamadan önce tanımış olur.",
      },
    },
    easyRead:
      "Das ist eine Gruppe für Eltern und kleine Kinder. Die Kinder sind 1 bis 3 Jahre alt. Die Gruppe trifft sich 1 Mal in der Woche. Alle spielen und singen zusammen. In der Gruppe sprechen alle Farsi/Dari und Deutsch. Die Gruppe kostet nichts. Bitte melden Sie sich vorher an.",
  },
  {
    key: "griffbereit-kita-sausewind-russisch",
    organisation: "kita-sausewind-forst",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["ru", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 5, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Russisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Sausewind Forst – auf Russisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Sausewind Forst. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Russisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Zum Abschluss frühstücken alle zusammen; bitte etwas Obst oder Brot mitbringen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Russisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Sausewind Forst anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Russian",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Sausewind Forst – in Russian and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Sausewind Forst. A trained parent guide leads the group in the family language Russian and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. At the end everyone has breakfast together; please bring some fruit or bread.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Russian at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Sausewind Forst – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-familienzentrum-eilendorf-sued-ukrainisch-dienstag",
    organisation: "familienzentrum-eilendorf-sued",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["uk", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Ukrainisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern im Familienzentrum Eilendorf-Süd – auf Ukrainisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren im Familienzentrum Eilendorf-Süd. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Ukrainisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Nebenbei lernen Familien die Angebote des Familienzentrums und den Weg zu einem Kita-Platz kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Ukrainisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher im Familienzentrum Eilendorf-Süd anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Ukrainian",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Familienzentrum Eilendorf-Süd – in Ukrainian and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Familienzentrum Eilendorf-Süd. A trained parent guide leads the group in the family language Ukrainian and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. Along the way, families get to know what the family centre offers and how to find a Kita place.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Ukrainian at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Familienzentrum Eilendorf-Süd – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
      ar: {
        title: "Griffbereit: مجموعة للأهل والأطفال باللغة الأوكرانية",
        summary: "لقاء أسبوعي للأطفال من عمر سنة إلى ثلاث سنوات مع أهلهم، باللغتين الأوكرانية والألمانية.",
        description:
          "يلتقي الآباء والأمهات مع أطفالهم الذين تتراوح أعمارهم بين سنة وثلاث سنوات مرة واحدة في الأسبوع في مركز الأسرة. تقود المجموعة مرشدة أسرية مدرَّبة باللغتين الأوكرانية والألمانية. نلعب ونغني ونحكي معًا، ويحصل الأهل على أفكار لدعم لغة طفلهم في الحياة اليومية. وفي الوقت نفسه تتعرف العائلات على خدمات مركز الأسرة وعلى طريقة الحصول على مكان في الروضة.",
      },
      fa: {
        title: "Griffbereit: گروه والدین و کودک به زبان اوکراینی",
        summary: "دیدار هفتگی برای کودکان ۱ تا ۳ ساله و والدینشان، به زبان‌های اوکراینی و آلمانی.",
        description:
          "پدران و مادران هفته‌ای یک بار با کودکان ۱ تا ۳ ساله‌شان در مرکز خانواده دور هم جمع می‌شوند. یک راهنمای آموزش‌دیدهٔ والدین گروه را به زبان‌های اوکراینی و آلمانی اداره می‌کند. با هم بازی می‌کنیم، آواز می‌خوانیم و قصه می‌گوییم و والدین ایده‌هایی می‌گیرند که چطور زبان کودکشان را در زندگی روزمره تقویت کنند. در کنار آن، خانواده‌ها با خدمات مرکز خانواده و راه پیدا کردن جای مهدکودک آشنا می‌شوند.",
      },
      uk: {
        title: "Griffbereit: група для батьків і дітей українською мовою",
        summary: "Щотижнева група для дітей від 1 до 3 років та їхніх батьків — українською та німецькою мовами.",
        description:
          "Раз на тиждень мами й тата разом із дітьми від 1 до 3 років зустрічаються в сімейному центрі. Групу веде навчена наставниця для батьків українською та німецькою мовами. Ми разом граємо, співаємо й розповідаємо історії, а батьки отримують ідеї, як підтримувати мовлення дитини в повсякденному житті. Водночас родини знайомляться з пропозиціями сімейного центру й дізнаються, як отримати місце в дитячому садку.",
      },
      ru: {
        title: "Griffbereit: группа для родителей и детей на украинском языке",
        summary: "Еженедельная группа для детей от 1 до 3 лет и их родителей — на украинском и немецком языках.",
        description:
          "Раз в неделю мамы и папы с детьми от 1 до 3 лет встречаются в семейном центре. Группу ведёт обученная наставница для родителей на украинском и немецком языках. Мы вместе играем, поём и рассказываем истории, а родители получают идеи, как поддерживать речь ребёнка в повседневной жизни. Заодно семьи знакомятся с предложениями семейного центра и узнают, как получить место в детском саду.",
      },
      tr: {
        title: "Griffbereit: Ukraynaca ebeveyn-çocuk grubu",
        summary: "1–3 yaş arası çocuklar ve ebeveynleri için haftalık grup – Ukraynaca ve Almanca.",
        description:
          "Anneler ve babalar, 1 ile 3 yaş arasındaki çocuklarıyla haftada bir kez aile merkezinde buluşur. Grubu eğitim almış bir ebeveyn rehberi Ukraynaca ve Almanca yürütür. Birlikte oynuyor, şarkı söylüyor ve hikâye anlatıyoruz; ebeveynler çocuklarının dilini günlük hayatta nasıl destekleyebilecekleri konusunda fikir ediniyor. Bu arada aileler aile merkezinin sunduklarını ve kreşte nasıl yer bulabileceklerini de öğrenir.",
      },
    },
  },
  {
    key: "griffbereit-familienzentrum-eilendorf-sued-ukrainisch-donnerstag",
    organisation: "familienzentrum-eilendorf-sued",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["uk", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Ukrainisch (Donnerstagsgruppe)",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern im Familienzentrum Eilendorf-Süd – auf Ukrainisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren im Familienzentrum Eilendorf-Süd. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Ukrainisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Die Gruppe ist über das Landesprogramm „Integrationschancen für Kinder und Familien“ (IfKuF) neu entstanden.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Ukrainisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher im Familienzentrum Eilendorf-Süd anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Ukrainian (Thursday group)",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Familienzentrum Eilendorf-Süd – in Ukrainian and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Familienzentrum Eilendorf-Süd. A trained parent guide leads the group in the family language Ukrainian and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. The group was set up through the state programme “Integrationschancen für Kinder und Familien” (IfKuF).",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Ukrainian at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Familienzentrum Eilendorf-Süd – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-abenteuerland-tuerkisch",
    organisation: "kita-abenteuerland-eilendorf",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Türkisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Abenteuerland Eilendorf – auf Türkisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Abenteuerland Eilendorf. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Türkisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. So lernen Familien die Kita schon vor dem Kita-Start kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Türkisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Abenteuerland Eilendorf anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Turkish",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Abenteuerland Eilendorf – in Turkish and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Abenteuerland Eilendorf. A trained parent guide leads the group in the family language Turkish and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. This way families get to know the Kita even before their child starts there.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Turkish at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Abenteuerland Eilendorf – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-regenbogen-arabisch-dienstag",
    organisation: "kita-regenbogen-haaren",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "09:00", closes: "11:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Arabisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Regenbogen Haaren – auf Arabisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Regenbogen Haaren. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Arabisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. So lernen Familien die Kita schon vor dem Kita-Start kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Arabisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Regenbogen Haaren anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Arabic",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Regenbogen Haaren – in Arabic and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Regenbogen Haaren. A trained parent guide leads the group in the family language Arabic and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. This way families get to know the Kita even before their child starts there.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Arabic at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Regenbogen Haaren – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
      ar: {
        title: "Griffbereit: مجموعة للأهل والأطفال باللغة العربية",
        summary: "لقاء أسبوعي للأطفال من عمر سنة إلى ثلاث سنوات مع أهلهم، باللغتين العربية والألمانية.",
        description:
          "يلتقي الآباء والأمهات مع أطفالهم الذين تتراوح أعمارهم بين سنة وثلاث سنوات مرة واحدة في الأسبوع في روضة الأطفال. تقود المجموعة مرشدة أسرية مدرَّبة باللغتين العربية والألمانية. نلعب ونغني ونحكي معًا، ويحصل الأهل على أفكار لدعم لغة طفلهم في الحياة اليومية. وهكذا تتعرف العائلات على الروضة قبل أن يلتحق بها الطفل.",
      },
      fa: {
        title: "Griffbereit: گروه والدین و کودک به زبان عربی",
        summary: "دیدار هفتگی برای کودکان ۱ تا ۳ ساله و والدینشان، به زبان‌های عربی و آلمانی.",
        description:
          "پدران و مادران هفته‌ای یک بار با کودکان ۱ تا ۳ ساله‌شان در مهدکودک دور هم جمع می‌شوند. یک راهنمای آموزش‌دیدهٔ والدین گروه را به زبان‌های عربی و آلمانی اداره می‌کند. با هم بازی می‌کنیم، آواز می‌خوانیم و قصه می‌گوییم و والدین ایده‌هایی می‌گیرند که چطور زبان کودکشان را در زندگی روزمره تقویت کنند. به این ترتیب خانواده‌ها پیش از آنکه کودک به مهدکودک برود، با آن آشنا می‌شوند.",
      },
      uk: {
        title: "Griffbereit: група для батьків і дітей арабською мовою",
        summary: "Щотижнева група для дітей від 1 до 3 років та їхніх батьків — арабською та німецькою мовами.",
        description:
          "Раз на тиждень мами й тата разом із дітьми від 1 до 3 років зустрічаються в дитячому садку. Групу веде навчена наставниця для батьків арабською та німецькою мовами. Ми разом граємо, співаємо й розповідаємо історії, а батьки отримують ідеї, як підтримувати мовлення дитини в повсякденному житті. Так родини знайомляться з дитячим садком ще до того, як дитина почне його відвідувати.",
      },
      ru: {
        title: "Griffbereit: группа для родителей и детей на арабском языке",
        summary: "Еженедельная группа для детей от 1 до 3 лет и их родителей — на арабском и немецком языках.",
        description:
          "Раз в неделю мамы и папы с детьми от 1 до 3 лет встречаются в детском саду. Группу ведёт обученная наставница для родителей на арабском и немецком языках. Мы вместе играем, поём и рассказываем истории, а родители получают идеи, как поддерживать речь ребёнка в повседневной жизни. Так семьи знакомятся с детским садом ещё до того, как ребёнок начнёт его посещать.",
      },
      tr: {
        title: "Griffbereit: Arapça ebeveyn-çocuk grubu",
        summary: "1–3 yaş arası çocuklar ve ebeveynleri için haftalık grup – Arapça ve Almanca.",
        description:
          "Anneler ve babalar, 1 ile 3 yaş arasındaki çocuklarıyla haftada bir kez kreşte buluşur. Grubu eğitim almış bir ebeveyn rehberi Arapça ve Almanca yürütür. Birlikte oynuyor, şarkı söylüyor ve hikâye anlatıyoruz; ebeveynler çocuklarının dilini günlük hayatta nasıl destekleyebilecekleri konusunda fikir ediniyor. Böylece aileler kreşi, çocukları kreşe başlamadan önce tanımış olur.",
      },
    },
    easyRead:
      "Das ist eine Gruppe für Eltern und kleine Kinder. Die Kinder sind 1 bis 3 Jahre alt. Die Gruppe trifft sich 1 Mal in der Woche. Alle spielen und singen zusammen. In der Gruppe sprechen alle Arabisch und Deutsch. Die Gruppe kostet nichts. Bitte melden Sie sich vorher an.",
  },
  {
    key: "griffbereit-kita-regenbogen-arabisch-donnerstag",
    organisation: "kita-regenbogen-haaren",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "09:00", closes: "11:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Arabisch (Donnerstagsgruppe)",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Regenbogen Haaren – auf Arabisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Regenbogen Haaren. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Arabisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. So lernen Familien die Kita schon vor dem Kita-Start kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Arabisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Regenbogen Haaren anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Arabic (Thursday group)",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Regenbogen Haaren – in Arabic and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Regenbogen Haaren. A trained parent guide leads the group in the family language Arabic and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. This way families get to know the Kita even before their child starts there.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Arabic at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Regenbogen Haaren – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-purzelbaum-tuerkisch",
    organisation: "kita-purzelbaum-haaren",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Türkisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Purzelbaum – auf Türkisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Purzelbaum. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Türkisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Bei gutem Wetter trifft sich die Gruppe im Garten der Kita; bitte wetterfeste Kleidung mitbringen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Türkisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Purzelbaum anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Turkish",
        summary: "Weekly group for children aged 1 to 3 and their parents at Kita Purzelbaum – in Turkish and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Purzelbaum. A trained parent guide leads the group in the family language Turkish and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. In good weather the group meets in the Kita garden; please bring weatherproof clothing.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Turkish at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Purzelbaum – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-kastanienhof-ukrainisch",
    organisation: "kita-kastanienhof-kornelimuenster",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["uk", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "09:00", closes: "11:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Ukrainisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Kastanienhof – auf Ukrainisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Kastanienhof. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Ukrainisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Die Gruppe ist über das Landesprogramm „Integrationschancen für Kinder und Familien“ (IfKuF) neu entstanden.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Ukrainisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Kastanienhof anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Ukrainian",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Kastanienhof – in Ukrainian and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Kastanienhof. A trained parent guide leads the group in the family language Ukrainian and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. The group was set up through the state programme “Integrationschancen für Kinder und Familien” (IfKuF).",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Ukrainian at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Kastanienhof – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-familienzentrum-vaalserquartier-farsi-dari-montag",
    organisation: "familienzentrum-vaalserquartier",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["fa", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "15:00", closes: "17:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Farsi/Dari",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern im Familienzentrum Vaalserquartier – auf Farsi/Dari und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren im Familienzentrum Vaalserquartier. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Farsi/Dari und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Nebenbei lernen Familien die Angebote des Familienzentrums und den Weg zu einem Kita-Platz kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Farsi/Dari sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher im Familienzentrum Vaalserquartier anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Farsi/Dari",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Familienzentrum Vaalserquartier – in Farsi/Dari and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Familienzentrum Vaalserquartier. A trained parent guide leads the group in the family language Farsi/Dari and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. Along the way, families get to know what the family centre offers and how to find a Kita place.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Farsi/Dari at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Familienzentrum Vaalserquartier – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
      ar: {
        title: "Griffbereit: مجموعة للأهل والأطفال باللغة الفارسية/الدرية",
        summary: "لقاء أسبوعي للأطفال من عمر سنة إلى ثلاث سنوات مع أهلهم، بالفارسية/الدرية والألمانية.",
        description:
          "يلتقي الآباء والأمهات مع أطفالهم الذين تتراوح أعمارهم بين سنة وثلاث سنوات مرة واحدة في الأسبوع في مركز الأسرة. تقود المجموعة مرشدة أسرية مدرَّبة بالفارسية/الدرية والألمانية. نلعب ونغني ونحكي معًا، ويحصل الأهل على أفكار لدعم لغة طفلهم في الحياة اليومية. وفي الوقت نفسه تتعرف العائلات على خدمات مركز الأسرة وعلى طريقة الحصول على مكان في الروضة.",
      },
      fa: {
        title: "Griffbereit: گروه والدین و کودک به زبان فارسی/دری",
        summary: "دیدار هفتگی برای کودکان ۱ تا ۳ ساله و والدینشان، به زبان‌های فارسی/دری و آلمانی.",
        description:
          "پدران و مادران هفته‌ای یک بار با کودکان ۱ تا ۳ ساله‌شان در مرکز خانواده دور هم جمع می‌شوند. یک راهنمای آموزش‌دیدهٔ والدین گروه را به زبان‌های فارسی/دری و آلمانی اداره می‌کند. با هم بازی می‌کنیم، آواز می‌خوانیم و قصه می‌گوییم و والدین ایده‌هایی می‌گیرند که چطور زبان کودکشان را در زندگی روزمره تقویت کنند. در کنار آن، خانواده‌ها با خدمات مرکز خانواده و راه پیدا کردن جای مهدکودک آشنا می‌شوند.",
      },
      uk: {
        title: "Griffbereit: група для батьків і дітей мовою фарсі/дарі",
        summary: "Щотижнева група для дітей від 1 до 3 років та їхніх батьків — мовою фарсі/дарі та німецькою.",
        description:
          "Раз на тиждень мами й тата разом із дітьми від 1 до 3 років зустрічаються в сімейному центрі. Групу веде навчена наставниця для батьків мовою фарсі/дарі та німецькою. Ми разом граємо, співаємо й розповідаємо історії, а батьки отримують ідеї, як підтримувати мовлення дитини в повсякденному житті. Водночас родини знайомляться з пропозиціями сімейного центру й дізнаються, як отримати місце в дитячому садку.",
      },
      ru: {
        title: "Griffbereit: группа для родителей и детей на языке фарси/дари",
        summary: "Еженедельная группа для детей от 1 до 3 лет и их родителей — на фарси/дари и на немецком.",
        description:
          "Раз в неделю мамы и папы с детьми от 1 до 3 лет встречаются в семейном центре. Группу ведёт обученная наставница для родителей на фарси/дари и на немецком. Мы вместе играем, поём и рассказываем истории, а родители получают идеи, как поддерживать речь ребёнка в повседневной жизни. Заодно семьи знакомятся с предложениями семейного центра и узнают, как получить место в детском саду.",
      },
      tr: {
        title: "Griffbereit: Farsça/Darice ebeveyn-çocuk grubu",
        summary: "1–3 yaş arası çocuklar ve ebeveynleri için haftalık grup – Farsça/Darice ve Almanca.",
        description:
          "Anneler ve babalar, 1 ile 3 yaş arasındaki çocuklarıyla haftada bir kez aile merkezinde buluşur. Grubu eğitim almış bir ebeveyn rehberi Farsça/Darice ve Almanca yürütür. Birlikte oynuyor, şarkı söylüyor ve hikâye anlatıyoruz; ebeveynler çocuklarının dilini günlük hayatta nasıl destekleyebilecekleri konusunda fikir ediniyor. Bu arada aileler aile merkezinin sunduklarını ve kreşte nasıl yer bulabileceklerini de öğrenir.",
      },
    },
  },
  {
    key: "griffbereit-familienzentrum-vaalserquartier-farsi-dari-mittwoch",
    organisation: "familienzentrum-vaalserquartier",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["fa", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "09:30", closes: "11:30" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Farsi/Dari (Vormittagsgruppe)",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern im Familienzentrum Vaalserquartier – auf Farsi/Dari und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren im Familienzentrum Vaalserquartier. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Farsi/Dari und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. Nebenbei lernen Familien die Angebote des Familienzentrums und den Weg zu einem Kita-Platz kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Farsi/Dari sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher im Familienzentrum Vaalserquartier anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Farsi/Dari (morning group)",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Familienzentrum Vaalserquartier – in Farsi/Dari and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Familienzentrum Vaalserquartier. A trained parent guide leads the group in the family language Farsi/Dari and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. Along the way, families get to know what the family centre offers and how to find a Kita place.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Farsi/Dari at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Familienzentrum Vaalserquartier – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
    },
  },
  {
    key: "griffbereit-kita-pusteblume-russisch",
    organisation: "kita-pusteblume-richterich",
    programme: "griffbereit",
    categories: ["parents-children"],
    audiences: ["parents", "children", "families"],
    languages: ["ru", "de"],
    free: true,
    minAge: 1,
    maxAge: 3,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "09:00", closes: "11:00" }],
    text: {
      de: {
        title: "Griffbereit: Eltern-Kind-Gruppe auf Russisch",
        summary:
          "Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren und ihre Eltern in der Kita Pusteblume Richterich – auf Russisch und Deutsch.",
        description:
          "Einmal pro Woche treffen sich Mütter und Väter mit ihren Kindern von 1 bis 3 Jahren in der Kita Pusteblume Richterich. Eine geschulte Elternbegleiterin leitet die Gruppe in der Familiensprache Russisch und auf Deutsch. Gemeinsam wird gespielt, gesungen und erzählt; die Eltern bekommen Ideen, wie sie die Sprache ihres Kindes im Alltag fördern können. So lernen Familien die Kita schon vor dem Kita-Start kennen.",
        eligibility:
          "Mütter, Väter und andere Bezugspersonen mit Kindern von 1 bis 3 Jahren, die zu Hause Russisch sprechen. Ein Kita-Platz ist nicht nötig.",
        howToJoin:
          "Bitte vorher in der Kita Pusteblume Richterich anmelden – persönlich, telefonisch oder per E-Mail. Ein Einstieg ist jederzeit möglich, solange Plätze frei sind.",
      },
      en: {
        title: "Griffbereit: parent-child group in Russian",
        summary:
          "Weekly group for children aged 1 to 3 and their parents at Kita Pusteblume Richterich – in Russian and German.",
        description:
          "Once a week, mothers and fathers meet with their children aged 1 to 3 at Kita Pusteblume Richterich. A trained parent guide leads the group in the family language Russian and in German. Together we play, sing and tell stories, and parents get ideas for supporting their child’s language in everyday life. This way families get to know the Kita even before their child starts there.",
        eligibility:
          "Mothers, fathers and other carers with children aged 1 to 3 who speak Russian at home. Your child does not need a Kita place.",
        howToJoin:
          "Please register in advance at Kita Pusteblume Richterich – in person, by phone or by e-mail. You can join at any time while places are available.",
      },
      ar: {
        title: "Griffbereit: مجموعة للأهل والأطفال باللغة الروسية",
        summary: "لقاء أسبوعي للأطفال من عمر سنة إلى ثلاث سنوات مع أهلهم، باللغتين الروسية والألمانية.",
        description:
          "يلتقي الآباء والأمهات مع أطفالهم الذين تتراوح أعمارهم بين سنة وثلاث سنوات مرة واحدة في الأسبوع في روضة الأطفال. تقود المجموعة مرشدة أسرية مدرَّبة باللغتين الروسية والألمانية. نلعب ونغني ونحكي معًا، ويحصل الأهل على أفكار لدعم لغة طفلهم في الحياة اليومية. وهكذا تتعرف العائلات على الروضة قبل أن يلتحق بها الطفل.",
      },
      fa: {
        title: "Griffbereit: گروه والدین و کودک به زبان روسی",
        summary: "دیدار هفتگی برای کودکان ۱ تا ۳ ساله و والدینشان، به زبان‌های روسی و آلمانی.",
        description:
          "پدران و مادران هفته‌ای یک بار با کودکان ۱ تا ۳ ساله‌شان در مهدکودک دور هم جمع می‌شوند. یک راهنمای آموزش‌دیدهٔ والدین گروه را به زبان‌های روسی و آلمانی اداره می‌کند. با هم بازی می‌کنیم، آواز می‌خوانیم و قصه می‌گوییم و والدین ایده‌هایی می‌گیرند که چطور زبان کودکشان را در زندگی روزمره تقویت کنند. به این ترتیب خانواده‌ها پیش از آنکه کودک به مهدکودک برود، با آن آشنا می‌شوند.",
      },
      uk: {
        title: "Griffbereit: група для батьків і дітей російською мовою",
        summary: "Щотижнева група для дітей від 1 до 3 років та їхніх батьків — російською та німецькою мовами.",
        description:
          "Раз на тиждень мами й тата разом із дітьми від 1 до 3 років зустрічаються в дитячому садку. Групу веде навчена наставниця для батьків російською та німецькою мовами. Ми разом граємо, співаємо й розповідаємо історії, а батьки отримують ідеї, як підтримувати мовлення дитини в повсякденному житті. Так родини знайомляться з дитячим садком ще до того, як дитина почне його відвідувати.",
      },
      ru: {
        title: "Griffbereit: группа для родителей и детей на русском языке",
        summary: "Еженедельная группа для детей от 1 до 3 лет и их родителей — на русском и немецком языках.",
        description:
          "Раз в неделю мамы и папы с детьми от 1 до 3 лет встречаются в детском саду. Группу ведёт обученная наставница для родителей на русском и немецком языках. Мы вместе играем, поём и рассказываем истории, а родители получают идеи, как поддерживать речь ребёнка в повседневной жизни. Так семьи знакомятся с детским садом ещё до того, как ребёнок начнёт его посещать.",
      },
      tr: {
        title: "Griffbereit: Rusça ebeveyn-çocuk grubu",
        summary: "1–3 yaş arası çocuklar ve ebeveynleri için haftalık grup – Rusça ve Almanca.",
        description:
          "Anneler ve babalar, 1 ile 3 yaş arasındaki çocuklarıyla haftada bir kez kreşte buluşur. Grubu eğitim almış bir ebeveyn rehberi Rusça ve Almanca yürütür. Birlikte oynuyor, şarkı söylüyor ve hikâye anlatıyoruz; ebeveynler çocuklarının dilini günlük hayatta nasıl destekleyebilecekleri konusunda fikir ediniyor. Böylece aileler kreşi, çocukları kreşe başlamadan önce tanımış olur.",
      },
    },
  },
  // ───────────────────────────── Rucksack KiTa ─────────────────────────────
  {
    key: "rucksack-kita-loewenzahn-tuerkisch",
    organisation: "kita-loewenzahn-ostviertel",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Türkisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Türkisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility: "Eltern, deren Kinder die Kita Löwenzahn besuchen und die zu Hause Türkisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Turkish",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Turkish and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Löwenzahn and who speak Turkish at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-weltentdecker-arabisch",
    organisation: "kita-weltentdecker-rothe-erde",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "08:30", closes: "10:30" },
      { weekday: 3, opens: "08:30", closes: "10:30" },
    ],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Arabisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Arabisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes. In der Kita gibt es zwei Gruppen; Eltern besuchen einen der beiden Termine.",
        eligibility:
          "Eltern, deren Kinder die Kita Weltentdecker Rothe Erde besuchen und die zu Hause Arabisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Arabic",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Arabic and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German. The Kita runs two groups; parents attend one of the two dates.",
        eligibility: "Parents whose children attend Kita Weltentdecker Rothe Erde and who speak Arabic at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-familienzentrum-ostviertel-farsi-dari",
    organisation: "familienzentrum-ostviertel",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["fa", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "08:45", closes: "10:45" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Farsi/Dari",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Farsi/Dari und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility:
          "Eltern, deren Kinder die Kita des Familienzentrums Ostviertel besuchen und die zu Hause Farsi/Dari sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Farsi/Dari",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Farsi/Dari and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility:
          "Parents whose children attend the Kita at Familienzentrum Ostviertel and who speak Farsi/Dari at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
      ar: {
        title: "Rucksack KiTa: مجموعة للأهل باللغة الفارسية/الدرية",
        summary:
          "لقاء أسبوعي لأهالي أطفال الروضة من عمر 3 إلى 6 سنوات، بالفارسية/الدرية والألمانية، داخل الروضة نفسها.",
        description:
          "في مجموعة Rucksack يلتقي الأهل الذين يذهب أطفالهم إلى الروضة مرة في الأسبوع مع مرشدة أسرية مدرَّبة. تتناول المجموعة المواضيع نفسها التي يعمل عليها الأطفال حاليًا في الروضة، مثل الجسم والعائلة وفصول السنة، وتجرّب ألعابًا وأغاني للبيت. هكذا يقوّي الأهل لغة العائلة ويدعمون في الوقت نفسه تعلّم طفلهم للغة الألمانية.",
      },
      fa: {
        title: "Rucksack KiTa: گروه والدین به زبان فارسی/دری",
        summary: "دیدار هفتگی برای والدین کودکان ۳ تا ۶ سالهٔ مهدکودک، به زبان‌های فارسی/دری و آلمانی، در خود مهدکودک.",
        description:
          "در گروه Rucksack والدینی که کودکانشان به مهدکودک می‌روند، هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین دیدار می‌کنند. گروه به همان موضوعاتی می‌پردازد که این روزها در مهدکودک هم مطرح است، مثلاً بدن، خانواده یا فصل‌ها، و بازی‌ها و ترانه‌هایی را برای خانه امتحان می‌کند. به این ترتیب والدین زبان خانوادگی را تقویت می‌کنند و هم‌زمان از یادگیری زبان آلمانی کودکشان حمایت می‌کنند.",
      },
      uk: {
        title: "Rucksack KiTa: група для батьків мовою фарсі/дарі",
        summary:
          "Щотижнева група для батьків дітей від 3 до 6 років, які ходять у дитячий садок, — мовою фарсі/дарі та німецькою, безпосередньо в садку.",
        description:
          "У групі Rucksack батьки, чиї діти відвідують дитячий садок, раз на тиждень зустрічаються з навченою наставницею для батьків. Група обговорює ті самі теми, над якими саме працюють у садку, — наприклад, тіло, родину чи пори року — і пробує ігри та пісні для дому. Так батьки зміцнюють мову родини й водночас підтримують дитину у вивченні німецької.",
      },
      ru: {
        title: "Rucksack KiTa: группа для родителей на языке фарси/дари",
        summary:
          "Еженедельная группа для родителей детей от 3 до 6 лет, которые ходят в детский сад, — на фарси/дари и на немецком, прямо в саду.",
        description:
          "В группе Rucksack родители, чьи дети ходят в детский сад, раз в неделю встречаются с обученной наставницей для родителей. Группа обсуждает те же темы, над которыми сейчас работают в саду, — например, тело, семью или времена года — и пробует игры и песни для дома. Так родители укрепляют язык семьи и одновременно помогают ребёнку учить немецкий.",
      },
      tr: {
        title: "Rucksack KiTa: Farsça/Darice veli grubu",
        summary:
          "Kreşe giden 3–6 yaş arası çocukların ebeveynleri için haftalık grup – Farsça/Darice ve Almanca, doğrudan kreşte.",
        description:
          "Rucksack grubunda, çocukları kreşe giden ebeveynler haftada bir kez eğitim almış bir ebeveyn rehberiyle buluşur. Grup, kreşte o sırada işlenen konuları – örneğin vücut, aile ya da mevsimler – ele alır ve evde oynanabilecek oyunlar ve şarkılar dener. Böylece ebeveynler aile dilini güçlendirir ve aynı zamanda çocuklarının Almanca öğrenmesine destek olur.",
      },
    },
  },
  {
    key: "rucksack-kita-sausewind-arabisch",
    organisation: "kita-sausewind-forst",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Arabisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Arabisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes. Die Gruppe ist über das Landesprogramm „Integrationschancen für Kinder und Familien“ (IfKuF) neu entstanden.",
        eligibility: "Eltern, deren Kinder die Kita Sausewind Forst besuchen und die zu Hause Arabisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Arabic",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Arabic and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German. The group was set up through the state programme “Integrationschancen für Kinder und Familien” (IfKuF).",
        eligibility: "Parents whose children attend Kita Sausewind Forst and who speak Arabic at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-sonnenschein-brand-tuerkisch",
    organisation: "kita-sonnenschein-brand",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Türkisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Türkisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility: "Eltern, deren Kinder die Kita Sonnenschein Brand besuchen und die zu Hause Türkisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Turkish",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Turkish and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Sonnenschein Brand and who speak Turkish at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
      ar: {
        title: "Rucksack KiTa: مجموعة للأهل باللغة التركية",
        summary:
          "لقاء أسبوعي لأهالي أطفال الروضة من عمر 3 إلى 6 سنوات، باللغتين التركية والألمانية، داخل الروضة نفسها.",
        description:
          "في مجموعة Rucksack يلتقي الأهل الذين يذهب أطفالهم إلى الروضة مرة في الأسبوع مع مرشدة أسرية مدرَّبة. تتناول المجموعة المواضيع نفسها التي يعمل عليها الأطفال حاليًا في الروضة، مثل الجسم والعائلة وفصول السنة، وتجرّب ألعابًا وأغاني للبيت. هكذا يقوّي الأهل لغة العائلة ويدعمون في الوقت نفسه تعلّم طفلهم للغة الألمانية.",
      },
      fa: {
        title: "Rucksack KiTa: گروه والدین به زبان ترکی",
        summary: "دیدار هفتگی برای والدین کودکان ۳ تا ۶ سالهٔ مهدکودک، به زبان‌های ترکی و آلمانی، در خود مهدکودک.",
        description:
          "در گروه Rucksack والدینی که کودکانشان به مهدکودک می‌روند، هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین دیدار می‌کنند. گروه به همان موضوعاتی می‌پردازد که این روزها در مهدکودک هم مطرح است، مثلاً بدن، خانواده یا فصل‌ها، و بازی‌ها و ترانه‌هایی را برای خانه امتحان می‌کند. به این ترتیب والدین زبان خانوادگی را تقویت می‌کنند و هم‌زمان از یادگیری زبان آلمانی کودکشان حمایت می‌کنند.",
      },
      uk: {
        title: "Rucksack KiTa: група для батьків турецькою мовою",
        summary:
          "Щотижнева група для батьків дітей від 3 до 6 років, які ходять у дитячий садок, — турецькою та німецькою мовами, безпосередньо в садку.",
        description:
          "У групі Rucksack батьки, чиї діти відвідують дитячий садок, раз на тиждень зустрічаються з навченою наставницею для батьків. Група обговорює ті самі теми, над якими саме працюють у садку, — наприклад, тіло, родину чи пори року — і пробує ігри та пісні для дому. Так батьки зміцнюють мову родини й водночас підтримують дитину у вивченні німецької.",
      },
      ru: {
        title: "Rucksack KiTa: группа для родителей на турецком языке",
        summary:
          "Еженедельная группа для родителей детей от 3 до 6 лет, которые ходят в детский сад, — на турецком и немецком языках, прямо в саду.",
        description:
          "В группе Rucksack родители, чьи дети ходят в детский сад, раз в неделю встречаются с обученной наставницей для родителей. Группа обсуждает те же темы, над которыми сейчас работают в саду, — например, тело, семью или времена года — и пробует игры и песни для дома. Так родители укрепляют язык семьи и одновременно помогают ребёнку учить немецкий.",
      },
      tr: {
        title: "Rucksack KiTa: Türkçe veli grubu",
        summary:
          "Kreşe giden 3–6 yaş arası çocukların ebeveynleri için haftalık grup – Türkçe ve Almanca, doğrudan kreşte.",
        description:
          "Rucksack grubunda, çocukları kreşe giden ebeveynler haftada bir kez eğitim almış bir ebeveyn rehberiyle buluşur. Grup, kreşte o sırada işlenen konuları – örneğin vücut, aile ya da mevsimler – ele alır ve evde oynanabilecek oyunlar ve şarkılar dener. Böylece ebeveynler aile dilini güçlendirir ve aynı zamanda çocuklarının Almanca öğrenmesine destek olur.",
      },
    },
    easyRead:
      "Ihr Kind geht in die Kita? Dann gibt es hier eine Gruppe für Sie. Die Eltern treffen sich 1 Mal in der Woche in der Kita. Eine Frau leitet die Gruppe. Sie spricht Türkisch und Deutsch. Sie lernen Spiele und Lieder für zu Hause. So lernt Ihr Kind gut sprechen. Die Gruppe kostet nichts.",
  },
  {
    key: "rucksack-kita-familienzentrum-brand-arabisch",
    organisation: "familienzentrum-brand",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "08:30", closes: "10:30" },
      { weekday: 5, opens: "08:30", closes: "10:30" },
    ],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Arabisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Arabisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes. In der Kita gibt es zwei Gruppen; Eltern besuchen einen der beiden Termine.",
        eligibility:
          "Eltern, deren Kinder die Kita des Familienzentrums Brand besuchen und die zu Hause Arabisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Arabic",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Arabic and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German. The Kita runs two groups; parents attend one of the two dates.",
        eligibility: "Parents whose children attend the Kita at Familienzentrum Brand and who speak Arabic at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-wirbelwind-russisch",
    organisation: "kita-wirbelwind-brand",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ru", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Russisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Russisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility: "Eltern, deren Kinder die Kita Wirbelwind besuchen und die zu Hause Russisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Russian",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Russian and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Wirbelwind and who speak Russian at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-abenteuerland-russisch",
    organisation: "kita-abenteuerland-eilendorf",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ru", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Russisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Russisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility:
          "Eltern, deren Kinder die Kita Abenteuerland Eilendorf besuchen und die zu Hause Russisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Russian",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Russian and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Abenteuerland Eilendorf and who speak Russian at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
      ar: {
        title: "Rucksack KiTa: مجموعة للأهل باللغة الروسية",
        summary:
          "لقاء أسبوعي لأهالي أطفال الروضة من عمر 3 إلى 6 سنوات، باللغتين الروسية والألمانية، داخل الروضة نفسها.",
        description:
          "في مجموعة Rucksack يلتقي الأهل الذين يذهب أطفالهم إلى الروضة مرة في الأسبوع مع مرشدة أسرية مدرَّبة. تتناول المجموعة المواضيع نفسها التي يعمل عليها الأطفال حاليًا في الروضة، مثل الجسم والعائلة وفصول السنة، وتجرّب ألعابًا وأغاني للبيت. هكذا يقوّي الأهل لغة العائلة ويدعمون في الوقت نفسه تعلّم طفلهم للغة الألمانية.",
      },
      fa: {
        title: "Rucksack KiTa: گروه والدین به زبان روسی",
        summary: "دیدار هفتگی برای والدین کودکان ۳ تا ۶ سالهٔ مهدکودک، به زبان‌های روسی و آلمانی، در خود مهدکودک.",
        description:
          "در گروه Rucksack والدینی که کودکانشان به مهدکودک می‌روند، هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین دیدار می‌کنند. گروه به همان موضوعاتی می‌پردازد که این روزها در مهدکودک هم مطرح است، مثلاً بدن، خانواده یا فصل‌ها، و بازی‌ها و ترانه‌هایی را برای خانه امتحان می‌کند. به این ترتیب والدین زبان خانوادگی را تقویت می‌کنند و هم‌زمان از یادگیری زبان آلمانی کودکشان حمایت می‌کنند.",
      },
      uk: {
        title: "Rucksack KiTa: група для батьків російською мовою",
        summary:
          "Щотижнева група для батьків дітей від 3 до 6 років, які ходять у дитячий садок, — російською та німецькою мовами, безпосередньо в садку.",
        description:
          "У групі Rucksack батьки, чиї діти відвідують дитячий садок, раз на тиждень зустрічаються з навченою наставницею для батьків. Група обговорює ті самі теми, над якими саме працюють у садку, — наприклад, тіло, родину чи пори року — і пробує ігри та пісні для дому. Так батьки зміцнюють мову родини й водночас підтримують дитину у вивченні німецької.",
      },
      ru: {
        title: "Rucksack KiTa: группа для родителей на русском языке",
        summary:
          "Еженедельная группа для родителей детей от 3 до 6 лет, которые ходят в детский сад, — на русском и немецком языках, прямо в саду.",
        description:
          "В группе Rucksack родители, чьи дети ходят в детский сад, раз в неделю встречаются с обученной наставницей для родителей. Группа обсуждает те же темы, над которыми сейчас работают в саду, — например, тело, семью или времена года — и пробует игры и песни для дома. Так родители укрепляют язык семьи и одновременно помогают ребёнку учить немецкий.",
      },
      tr: {
        title: "Rucksack KiTa: Rusça veli grubu",
        summary:
          "Kreşe giden 3–6 yaş arası çocukların ebeveynleri için haftalık grup – Rusça ve Almanca, doğrudan kreşte.",
        description:
          "Rucksack grubunda, çocukları kreşe giden ebeveynler haftada bir kez eğitim almış bir ebeveyn rehberiyle buluşur. Grup, kreşte o sırada işlenen konuları – örneğin vücut, aile ya da mevsimler – ele alır ve evde oynanabilecek oyunlar ve şarkılar dener. Böylece ebeveynler aile dilini güçlendirir ve aynı zamanda çocuklarının Almanca öğrenmesine destek olur.",
      },
    },
  },
  {
    key: "rucksack-kita-familienzentrum-eilendorf-sued-tuerkisch",
    organisation: "familienzentrum-eilendorf-sued",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Türkisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Türkisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes. Die Gruppe ist über das Landesprogramm „Integrationschancen für Kinder und Familien“ (IfKuF) neu entstanden.",
        eligibility:
          "Eltern, deren Kinder die Kita des Familienzentrums Eilendorf-Süd besuchen und die zu Hause Türkisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Turkish",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Turkish and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German. The group was set up through the state programme “Integrationschancen für Kinder und Familien” (IfKuF).",
        eligibility:
          "Parents whose children attend the Kita at Familienzentrum Eilendorf-Süd and who speak Turkish at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-regenbogen-haaren-tuerkisch",
    organisation: "kita-regenbogen-haaren",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Türkisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Türkisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility: "Eltern, deren Kinder die Kita Regenbogen Haaren besuchen und die zu Hause Türkisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Turkish",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Turkish and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Regenbogen Haaren and who speak Turkish at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-purzelbaum-arabisch",
    organisation: "kita-purzelbaum-haaren",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 5, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Arabisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Arabisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility: "Eltern, deren Kinder die Kita Purzelbaum besuchen und die zu Hause Arabisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Arabic",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Arabic and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Purzelbaum and who speak Arabic at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  {
    key: "rucksack-kita-kleine-strolche-ukrainisch",
    organisation: "kita-kleine-strolche-walheim",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["uk", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Ukrainisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Ukrainisch und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility:
          "Eltern, deren Kinder die Kita Kleine Strolche Walheim besuchen und die zu Hause Ukrainisch sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Ukrainian",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Ukrainian and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Kleine Strolche Walheim and who speak Ukrainian at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
      ar: {
        title: "Rucksack KiTa: مجموعة للأهل باللغة الأوكرانية",
        summary:
          "لقاء أسبوعي لأهالي أطفال الروضة من عمر 3 إلى 6 سنوات، باللغتين الأوكرانية والألمانية، داخل الروضة نفسها.",
        description:
          "في مجموعة Rucksack يلتقي الأهل الذين يذهب أطفالهم إلى الروضة مرة في الأسبوع مع مرشدة أسرية مدرَّبة. تتناول المجموعة المواضيع نفسها التي يعمل عليها الأطفال حاليًا في الروضة، مثل الجسم والعائلة وفصول السنة، وتجرّب ألعابًا وأغاني للبيت. هكذا يقوّي الأهل لغة العائلة ويدعمون في الوقت نفسه تعلّم طفلهم للغة الألمانية.",
      },
      fa: {
        title: "Rucksack KiTa: گروه والدین به زبان اوکراینی",
        summary: "دیدار هفتگی برای والدین کودکان ۳ تا ۶ سالهٔ مهدکودک، به زبان‌های اوکراینی و آلمانی، در خود مهدکودک.",
        description:
          "در گروه Rucksack والدینی که کودکانشان به مهدکودک می‌روند، هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین دیدار می‌کنند. گروه به همان موضوعاتی می‌پردازد که این روزها در مهدکودک هم مطرح است، مثلاً بدن، خانواده یا فصل‌ها، و بازی‌ها و ترانه‌هایی را برای خانه امتحان می‌کند. به این ترتیب والدین زبان خانوادگی را تقویت می‌کنند و هم‌زمان از یادگیری زبان آلمانی کودکشان حمایت می‌کنند.",
      },
      uk: {
        title: "Rucksack KiTa: група для батьків українською мовою",
        summary:
          "Щотижнева група для батьків дітей від 3 до 6 років, які ходять у дитячий садок, — українською та німецькою мовами, безпосередньо в садку.",
        description:
          "У групі Rucksack батьки, чиї діти відвідують дитячий садок, раз на тиждень зустрічаються з навченою наставницею для батьків. Група обговорює ті самі теми, над якими саме працюють у садку, — наприклад, тіло, родину чи пори року — і пробує ігри та пісні для дому. Так батьки зміцнюють мову родини й водночас підтримують дитину у вивченні німецької.",
      },
      ru: {
        title: "Rucksack KiTa: группа для родителей на украинском языке",
        summary:
          "Еженедельная группа для родителей детей от 3 до 6 лет, которые ходят в детский сад, — на украинском и немецком языках, прямо в саду.",
        description:
          "В группе Rucksack родители, чьи дети ходят в детский сад, раз в неделю встречаются с обученной наставницей для родителей. Группа обсуждает те же темы, над которыми сейчас работают в саду, — например, тело, семью или времена года — и пробует игры и песни для дома. Так родители укрепляют язык семьи и одновременно помогают ребёнку учить немецкий.",
      },
      tr: {
        title: "Rucksack KiTa: Ukraynaca veli grubu",
        summary:
          "Kreşe giden 3–6 yaş arası çocukların ebeveynleri için haftalık grup – Ukraynaca ve Almanca, doğrudan kreşte.",
        description:
          "Rucksack grubunda, çocukları kreşe giden ebeveynler haftada bir kez eğitim almış bir ebeveyn rehberiyle buluşur. Grup, kreşte o sırada işlenen konuları – örneğin vücut, aile ya da mevsimler – ele alır ve evde oynanabilecek oyunlar ve şarkılar dener. Böylece ebeveynler aile dilini güçlendirir ve aynı zamanda çocuklarının Almanca öğrenmesine destek olur.",
      },
    },
  },
  {
    key: "rucksack-kita-sternschnuppe-farsi-dari",
    organisation: "kita-sternschnuppe-laurensberg",
    programme: "rucksack-kita",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["fa", "de"],
    free: true,
    minAge: 3,
    maxAge: 6,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "08:45", closes: "10:45" }],
    text: {
      de: {
        title: "Rucksack KiTa: Elterngruppe auf Farsi/Dari",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Kita-Kindern zwischen 3 und 6 Jahren – auf Farsi/Dari und Deutsch, direkt in der Kita.",
        description:
          "In der Rucksack-Gruppe treffen sich Eltern, deren Kinder die Kita besuchen, einmal pro Woche mit einer geschulten Elternbegleiterin. Die Gruppe greift dieselben Themen auf, die gerade auch in der Kita dran sind – etwa Körper, Familie oder Jahreszeiten – und probiert Spiele und Lieder für zu Hause aus. So stärken die Eltern die Familiensprache und begleiten gleichzeitig das Deutschlernen ihres Kindes.",
        eligibility: "Eltern, deren Kinder die Kita Sternschnuppe besuchen und die zu Hause Farsi/Dari sprechen.",
        howToJoin:
          "Sprechen Sie die Erzieherinnen und Erzieher Ihres Kindes an oder melden Sie sich im Kita-Büro. Die Gruppe läuft über das ganze Kita-Jahr; ein späterer Einstieg ist möglich.",
      },
      en: {
        title: "Rucksack KiTa: parents’ group in Farsi/Dari",
        summary: "Weekly group for parents of Kita children aged 3 to 6 – in Farsi/Dari and German, right at the Kita.",
        description:
          "In the Rucksack group, parents whose children attend the Kita meet once a week with a trained parent guide. The group takes up the same topics the Kita is currently working on – such as the body, family or the seasons – and tries out games and songs for home. This way parents strengthen the family language and at the same time support their child in learning German.",
        eligibility: "Parents whose children attend Kita Sternschnuppe and who speak Farsi/Dari at home.",
        howToJoin:
          "Talk to your child’s Kita educators or ask at the Kita office. The group runs for the whole Kita year; you can join later.",
      },
    },
  },
  // ───────────────────────────── Rucksack Schule ─────────────────────────────
  {
    key: "rucksack-schule-lindenplatz-arabisch",
    organisation: "grundschule-lindenplatz",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "08:15", closes: "10:15" },
      { weekday: 4, opens: "08:15", closes: "10:15" },
    ],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Arabisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Arabisch und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen. An der Schule gibt es zwei Gruppen; Eltern besuchen einen der beiden Termine.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Gemeinschaftsgrundschule Lindenplatz, die zu Hause Arabisch sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Arabic",
        summary: "Weekly group for parents of primary school children – in Arabic and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better. The school runs two groups; parents attend one of the two dates.",
        eligibility:
          "Parents of children in years 1 to 4 at Gemeinschaftsgrundschule Lindenplatz who speak Arabic at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
    },
  },
  {
    key: "rucksack-schule-forster-linde-tuerkisch",
    organisation: "grundschule-forster-linde",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "08:15", closes: "10:15" }],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Türkisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Türkisch und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Grundschule Forster Linde, die zu Hause Türkisch sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Turkish",
        summary: "Weekly group for parents of primary school children – in Turkish and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better.",
        eligibility: "Parents of children in years 1 to 4 at Grundschule Forster Linde who speak Turkish at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
      ar: {
        title: "Rucksack Schule: مجموعة للأهل باللغة التركية",
        summary: "لقاء أسبوعي لأهالي تلاميذ المدرسة الابتدائية، باللغتين التركية والألمانية، داخل المدرسة نفسها.",
        description:
          "يلتقي أهالي تلاميذ المدرسة الابتدائية مرة في الأسبوع مع مرشدة أسرية مدرَّبة في المدرسة. يتعرفون على ما يتعلمه أطفالهم حاليًا في الصف، ويحصلون على مواد وأفكار لمتابعة الموضوع في البيت بلغة العائلة. وخلال ذلك يتعرف الأهل أيضًا بشكل أفضل على المدرسة والمعلمين والنظام المدرسي.",
      },
      fa: {
        title: "Rucksack Schule: گروه والدین به زبان ترکی",
        summary: "دیدار هفتگی برای والدین دانش‌آموزان دبستان، به زبان‌های ترکی و آلمانی، در خود مدرسه.",
        description:
          "والدین دانش‌آموزان دبستان هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین در مدرسه دیدار می‌کنند. آن‌ها می‌فهمند فرزندانشان این روزها در کلاس چه یاد می‌گیرند و مطالب و ایده‌هایی دریافت می‌کنند تا همان موضوع را در خانه به زبان خانوادگی دنبال کنند. در این میان والدین با مدرسه، معلمان و نظام آموزشی هم بهتر آشنا می‌شوند.",
      },
      uk: {
        title: "Rucksack Schule: група для батьків турецькою мовою",
        summary:
          "Щотижнева група для батьків учнів початкової школи — турецькою та німецькою мовами, безпосередньо в школі.",
        description:
          "Батьки учнів початкової школи раз на тиждень зустрічаються в школі з навченою наставницею для батьків. Вони дізнаються, що діти зараз вивчають на уроках, і отримують матеріали та ідеї, щоб продовжити цю тему вдома мовою родини. Водночас батьки краще знайомляться зі школою, вчителями та шкільною системою.",
      },
      ru: {
        title: "Rucksack Schule: группа для родителей на турецком языке",
        summary:
          "Еженедельная группа для родителей учеников начальной школы — на турецком и немецком языках, прямо в школе.",
        description:
          "Родители учеников начальной школы раз в неделю встречаются в школе с обученной наставницей для родителей. Они узнают, что дети сейчас проходят на уроках, и получают материалы и идеи, чтобы продолжить эту тему дома на языке семьи. Заодно родители лучше знакомятся со школой, учителями и школьной системой.",
      },
      tr: {
        title: "Rucksack Schule: Türkçe veli grubu",
        summary: "İlkokul çocuklarının ebeveynleri için haftalık grup – Türkçe ve Almanca, doğrudan okulda.",
        description:
          "İlkokul çocuklarının ebeveynleri haftada bir kez okulda eğitim almış bir ebeveyn rehberiyle buluşur. Çocuklarının derste o sırada ne öğrendiğini öğrenir, konuyu evde aile dilinde sürdürmek için materyal ve fikir alırlar. Bu sırada ebeveynler okulu, öğretmenleri ve okul sistemini de daha yakından tanır.",
      },
    },
  },
  {
    key: "rucksack-schule-brand-mitte-arabisch",
    organisation: "grundschule-brand-mitte",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ar", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "08:15", closes: "10:15" }],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Arabisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Arabisch und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Grundschule Brand-Mitte, die zu Hause Arabisch sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Arabic",
        summary: "Weekly group for parents of primary school children – in Arabic and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better.",
        eligibility: "Parents of children in years 1 to 4 at Grundschule Brand-Mitte who speak Arabic at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
      ar: {
        title: "Rucksack Schule: مجموعة للأهل باللغة العربية",
        summary: "لقاء أسبوعي لأهالي تلاميذ المدرسة الابتدائية، باللغتين العربية والألمانية، داخل المدرسة نفسها.",
        description:
          "يلتقي أهالي تلاميذ المدرسة الابتدائية مرة في الأسبوع مع مرشدة أسرية مدرَّبة في المدرسة. يتعرفون على ما يتعلمه أطفالهم حاليًا في الصف، ويحصلون على مواد وأفكار لمتابعة الموضوع في البيت بلغة العائلة. وخلال ذلك يتعرف الأهل أيضًا بشكل أفضل على المدرسة والمعلمين والنظام المدرسي.",
      },
      fa: {
        title: "Rucksack Schule: گروه والدین به زبان عربی",
        summary: "دیدار هفتگی برای والدین دانش‌آموزان دبستان، به زبان‌های عربی و آلمانی، در خود مدرسه.",
        description:
          "والدین دانش‌آموزان دبستان هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین در مدرسه دیدار می‌کنند. آن‌ها می‌فهمند فرزندانشان این روزها در کلاس چه یاد می‌گیرند و مطالب و ایده‌هایی دریافت می‌کنند تا همان موضوع را در خانه به زبان خانوادگی دنبال کنند. در این میان والدین با مدرسه، معلمان و نظام آموزشی هم بهتر آشنا می‌شوند.",
      },
      uk: {
        title: "Rucksack Schule: група для батьків арабською мовою",
        summary:
          "Щотижнева група для батьків учнів початкової школи — арабською та німецькою мовами, безпосередньо в школі.",
        description:
          "Батьки учнів початкової школи раз на тиждень зустрічаються в школі з навченою наставницею для батьків. Вони дізнаються, що діти зараз вивчають на уроках, і отримують матеріали та ідеї, щоб продовжити цю тему вдома мовою родини. Водночас батьки краще знайомляться зі школою, вчителями та шкільною системою.",
      },
      ru: {
        title: "Rucksack Schule: группа для родителей на арабском языке",
        summary:
          "Еженедельная группа для родителей учеников начальной школы — на арабском и немецком языках, прямо в школе.",
        description:
          "Родители учеников начальной школы раз в неделю встречаются в школе с обученной наставницей для родителей. Они узнают, что дети сейчас проходят на уроках, и получают материалы и идеи, чтобы продолжить эту тему дома на языке семьи. Заодно родители лучше знакомятся со школой, учителями и школьной системой.",
      },
      tr: {
        title: "Rucksack Schule: Arapça veli grubu",
        summary: "İlkokul çocuklarının ebeveynleri için haftalık grup – Arapça ve Almanca, doğrudan okulda.",
        description:
          "İlkokul çocuklarının ebeveynleri haftada bir kez okulda eğitim almış bir ebeveyn rehberiyle buluşur. Çocuklarının derste o sırada ne öğrendiğini öğrenir, konuyu evde aile dilinde sürdürmek için materyal ve fikir alırlar. Bu sırada ebeveynler okulu, öğretmenleri ve okul sistemini de daha yakından tanır.",
      },
    },
    easyRead:
      "Ihr Kind geht in die Grundschule? Dann gibt es hier eine Gruppe für Sie. Die Eltern treffen sich 1 Mal in der Woche in der Schule. Sie erfahren: Das lernt mein Kind gerade. Sie bekommen Ideen für zu Hause. In der Gruppe sprechen alle Arabisch und Deutsch. Die Gruppe kostet nichts.",
  },
  {
    key: "rucksack-schule-eilendorf-kirchfeld-russisch",
    organisation: "grundschule-eilendorf-kirchfeld",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["ru", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "08:15", closes: "10:15" }],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Russisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Russisch und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Grundschule Eilendorf Kirchfeld, die zu Hause Russisch sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Russian",
        summary: "Weekly group for parents of primary school children – in Russian and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better.",
        eligibility:
          "Parents of children in years 1 to 4 at Grundschule Eilendorf Kirchfeld who speak Russian at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
      ar: {
        title: "Rucksack Schule: مجموعة للأهل باللغة الروسية",
        summary: "لقاء أسبوعي لأهالي تلاميذ المدرسة الابتدائية، باللغتين الروسية والألمانية، داخل المدرسة نفسها.",
        description:
          "يلتقي أهالي تلاميذ المدرسة الابتدائية مرة في الأسبوع مع مرشدة أسرية مدرَّبة في المدرسة. يتعرفون على ما يتعلمه أطفالهم حاليًا في الصف، ويحصلون على مواد وأفكار لمتابعة الموضوع في البيت بلغة العائلة. وخلال ذلك يتعرف الأهل أيضًا بشكل أفضل على المدرسة والمعلمين والنظام المدرسي.",
      },
      fa: {
        title: "Rucksack Schule: گروه والدین به زبان روسی",
        summary: "دیدار هفتگی برای والدین دانش‌آموزان دبستان، به زبان‌های روسی و آلمانی، در خود مدرسه.",
        description:
          "والدین دانش‌آموزان دبستان هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین در مدرسه دیدار می‌کنند. آن‌ها می‌فهمند فرزندانشان این روزها در کلاس چه یاد می‌گیرند و مطالب و ایده‌هایی دریافت می‌کنند تا همان موضوع را در خانه به زبان خانوادگی دنبال کنند. در این میان والدین با مدرسه، معلمان و نظام آموزشی هم بهتر آشنا می‌شوند.",
      },
      uk: {
        title: "Rucksack Schule: група для батьків російською мовою",
        summary:
          "Щотижнева група для батьків учнів початкової школи — російською та німецькою мовами, безпосередньо в школі.",
        description:
          "Батьки учнів початкової школи раз на тиждень зустрічаються в школі з навченою наставницею для батьків. Вони дізнаються, що діти зараз вивчають на уроках, і отримують матеріали та ідеї, щоб продовжити цю тему вдома мовою родини. Водночас батьки краще знайомляться зі школою, вчителями та шкільною системою.",
      },
      ru: {
        title: "Rucksack Schule: группа для родителей на русском языке",
        summary:
          "Еженедельная группа для родителей учеников начальной школы — на русском и немецком языках, прямо в школе.",
        description:
          "Родители учеников начальной школы раз в неделю встречаются в школе с обученной наставницей для родителей. Они узнают, что дети сейчас проходят на уроках, и получают материалы и идеи, чтобы продолжить эту тему дома на языке семьи. Заодно родители лучше знакомятся со школой, учителями и школьной системой.",
      },
      tr: {
        title: "Rucksack Schule: Rusça veli grubu",
        summary: "İlkokul çocuklarının ebeveynleri için haftalık grup – Rusça ve Almanca, doğrudan okulda.",
        description:
          "İlkokul çocuklarının ebeveynleri haftada bir kez okulda eğitim almış bir ebeveyn rehberiyle buluşur. Çocuklarının derste o sırada ne öğrendiğini öğrenir, konuyu evde aile dilinde sürdürmek için materyal ve fikir alırlar. Bu sırada ebeveynler okulu, öğretmenleri ve okul sistemini de daha yakından tanır.",
      },
    },
  },
  {
    key: "rucksack-schule-haaren-nord-tuerkisch",
    organisation: "grundschule-haaren-nord",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [
      { weekday: 3, opens: "08:15", closes: "10:15" },
      { weekday: 5, opens: "08:15", closes: "10:15" },
    ],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Türkisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Türkisch und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen. An der Schule gibt es zwei Gruppen; Eltern besuchen einen der beiden Termine.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Grundschule Haaren-Nord, die zu Hause Türkisch sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Turkish",
        summary: "Weekly group for parents of primary school children – in Turkish and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better. The school runs two groups; parents attend one of the two dates.",
        eligibility: "Parents of children in years 1 to 4 at Grundschule Haaren-Nord who speak Turkish at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
    },
  },
  {
    key: "rucksack-schule-rahe-farsi-dari",
    organisation: "grundschule-rahe-laurensberg",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["fa", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "08:30", closes: "10:30" }],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Farsi/Dari",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Farsi/Dari und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Grundschule Rahe, die zu Hause Farsi/Dari sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Farsi/Dari",
        summary: "Weekly group for parents of primary school children – in Farsi/Dari and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better.",
        eligibility: "Parents of children in years 1 to 4 at Grundschule Rahe who speak Farsi/Dari at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
      ar: {
        title: "Rucksack Schule: مجموعة للأهل باللغة الفارسية/الدرية",
        summary: "لقاء أسبوعي لأهالي تلاميذ المدرسة الابتدائية، بالفارسية/الدرية والألمانية، داخل المدرسة نفسها.",
        description:
          "يلتقي أهالي تلاميذ المدرسة الابتدائية مرة في الأسبوع مع مرشدة أسرية مدرَّبة في المدرسة. يتعرفون على ما يتعلمه أطفالهم حاليًا في الصف، ويحصلون على مواد وأفكار لمتابعة الموضوع في البيت بلغة العائلة. وخلال ذلك يتعرف الأهل أيضًا بشكل أفضل على المدرسة والمعلمين والنظام المدرسي.",
      },
      fa: {
        title: "Rucksack Schule: گروه والدین به زبان فارسی/دری",
        summary: "دیدار هفتگی برای والدین دانش‌آموزان دبستان، به زبان‌های فارسی/دری و آلمانی، در خود مدرسه.",
        description:
          "والدین دانش‌آموزان دبستان هفته‌ای یک بار با یک راهنمای آموزش‌دیدهٔ والدین در مدرسه دیدار می‌کنند. آن‌ها می‌فهمند فرزندانشان این روزها در کلاس چه یاد می‌گیرند و مطالب و ایده‌هایی دریافت می‌کنند تا همان موضوع را در خانه به زبان خانوادگی دنبال کنند. در این میان والدین با مدرسه، معلمان و نظام آموزشی هم بهتر آشنا می‌شوند.",
      },
      uk: {
        title: "Rucksack Schule: група для батьків мовою фарсі/дарі",
        summary:
          "Щотижнева група для батьків учнів початкової школи — мовою фарсі/дарі та німецькою, безпосередньо в школі.",
        description:
          "Батьки учнів початкової школи раз на тиждень зустрічаються в школі з навченою наставницею для батьків. Вони дізнаються, що діти зараз вивчають на уроках, і отримують матеріали та ідеї, щоб продовжити цю тему вдома мовою родини. Водночас батьки краще знайомляться зі школою, вчителями та шкільною системою.",
      },
      ru: {
        title: "Rucksack Schule: группа для родителей на языке фарси/дари",
        summary:
          "Еженедельная группа для родителей учеников начальной школы — на фарси/дари и на немецком, прямо в школе.",
        description:
          "Родители учеников начальной школы раз в неделю встречаются в школе с обученной наставницей для родителей. Они узнают, что дети сейчас проходят на уроках, и получают материалы и идеи, чтобы продолжить эту тему дома на языке семьи. Заодно родители лучше знакомятся со школой, учителями и школьной системой.",
      },
      tr: {
        title: "Rucksack Schule: Farsça/Darice veli grubu",
        summary: "İlkokul çocuklarının ebeveynleri için haftalık grup – Farsça/Darice ve Almanca, doğrudan okulda.",
        description:
          "İlkokul çocuklarının ebeveynleri haftada bir kez okulda eğitim almış bir ebeveyn rehberiyle buluşur. Çocuklarının derste o sırada ne öğrendiğini öğrenir, konuyu evde aile dilinde sürdürmek için materyal ve fikir alırlar. Bu sırada ebeveynler okulu, öğretmenleri ve okul sistemini de daha yakından tanır.",
      },
    },
  },
  {
    key: "rucksack-schule-richterich-ukrainisch",
    organisation: "grundschule-richterich-dorfmitte",
    programme: "rucksack-schule",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["uk", "de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "08:15", closes: "10:15" }],
    text: {
      de: {
        title: "Rucksack Schule: Elterngruppe auf Ukrainisch",
        summary:
          "Wöchentliche Elterngruppe für Mütter und Väter von Grundschulkindern – auf Ukrainisch und Deutsch, direkt in der Schule.",
        description:
          "Eltern von Grundschulkindern treffen sich einmal pro Woche mit einer geschulten Elternbegleiterin in der Schule. Sie erfahren, was ihre Kinder gerade im Unterricht lernen, und bekommen Material und Ideen, um das Thema zu Hause in der Familiensprache aufzugreifen. Dabei lernen die Eltern auch die Schule, die Lehrkräfte und das Schulsystem besser kennen.",
        eligibility:
          "Eltern von Kindern der Klassen 1 bis 4 an der Grundschule Richterich Dorfmitte, die zu Hause Ukrainisch sprechen.",
        howToJoin:
          "Die Klassenlehrerin oder der Klassenlehrer gibt Ihnen gern eine Einladung; Sie können auch einfach zum ersten Treffen kommen. Jüngere Geschwister dürfen mitkommen.",
      },
      en: {
        title: "Rucksack Schule: parents’ group in Ukrainian",
        summary: "Weekly group for parents of primary school children – in Ukrainian and German, right at the school.",
        description:
          "Parents of primary school children meet once a week with a trained parent guide at the school. They find out what their children are currently learning in class and receive materials and ideas to take up the topic at home in the family language. Along the way, parents get to know the school, the teachers and the school system better.",
        eligibility:
          "Parents of children in years 1 to 4 at Grundschule Richterich Dorfmitte who speak Ukrainian at home.",
        howToJoin:
          "Ask your child’s class teacher for an invitation, or simply come to the first meeting. Younger siblings are welcome.",
      },
    },
  },
  // ───────────────────────────── Eltern und Kinder ─────────────────────────────
  {
    key: "kita-anmeldung-sprechstunde-familienzentrum-ostviertel",
    organisation: "familienzentrum-ostviertel",
    categories: ["parents-children"],
    audiences: ["parents", "newcomers", "families"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    minAge: 0,
    maxAge: 6,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Hilfe bei der Kita-Anmeldung",
        summary:
          "Offene Sprechstunde: Wir erklären, wie Sie Ihr Kind für einen Kita-Platz anmelden, und füllen die Anmeldung gemeinsam aus.",
        description:
          "Viele Familien wissen nicht, wie man in Aachen einen Kita-Platz bekommt. In der Sprechstunde erklären wir die Online-Vormerkung, wichtige Fristen und den Rechtsanspruch auf einen Platz ab dem ersten Geburtstag. Wir füllen die Anmeldung gemeinsam mit Ihnen aus und beantworten Fragen zu Elternbeiträgen und zur Eingewöhnung.",
        eligibility:
          "Eltern und Bezugspersonen von Kindern bis 6 Jahre, die einen Kita-Platz suchen – egal, in welchem Stadtteil sie wohnen.",
        howToJoin:
          "Ohne Termin vorbeikommen. Bitte die Geburtsurkunde oder den Ausweis des Kindes und, wenn vorhanden, eine E-Mail-Adresse mitbringen.",
      },
      en: {
        title: "Help with Kita registration",
        summary:
          "Drop-in hours: we explain how to register your child for a Kita place and fill in the registration together with you.",
        description:
          "Many families do not know how to get a Kita place in Aachen. In the drop-in hours we explain the online pre-registration, important deadlines and the legal right to a place from the child’s first birthday. We fill in the registration together with you and answer questions about parental fees and the settling-in period.",
        eligibility:
          "Parents and carers of children up to 6 who are looking for a Kita place – whichever district they live in.",
        howToJoin:
          "Just drop in, no appointment needed. Please bring your child’s birth certificate or ID and an e-mail address if you have one.",
      },
      ar: {
        title: "مساعدة في تسجيل الطفل في الروضة (Kita)",
        summary: "ساعات استشارة مفتوحة: نشرح لكم كيف تسجّلون طفلكم للحصول على مكان في الروضة، ونملأ طلب التسجيل معًا.",
        description:
          "كثير من العائلات لا تعرف كيف تحصل على مكان في روضة أطفال في آخن. في ساعات الاستشارة نشرح التسجيل المسبق عبر الإنترنت والمواعيد المهمة والحق القانوني في مكان في الروضة بدءًا من عيد الميلاد الأول للطفل. نملأ طلب التسجيل معكم ونجيب عن أسئلتكم حول رسوم الأهل وفترة التأقلم.",
      },
      fa: {
        title: "کمک برای ثبت‌نام در مهدکودک (Kita)",
        summary:
          "مشاوره بدون وقت قبلی: توضیح می‌دهیم چطور فرزندتان را برای مهدکودک ثبت‌نام کنید و فرم ثبت‌نام را با هم پر می‌کنیم.",
        description:
          "بسیاری از خانواده‌ها نمی‌دانند در آخن چطور می‌توان جایی در مهدکودک گرفت. در این ساعت مشاوره، ثبت‌نام اینترنتی، مهلت‌های مهم و حق قانونی داشتن جای مهدکودک از یک‌سالگی کودک را توضیح می‌دهیم. فرم ثبت‌نام را همراه شما پر می‌کنیم و به پرسش‌هایتان دربارهٔ هزینهٔ والدین و دورهٔ عادت‌کردن کودک پاسخ می‌دهیم.",
      },
      uk: {
        title: "Допомога із записом до дитячого садка (Kita)",
        summary:
          "Відкриті консультації: пояснюємо, як записати дитину на місце в дитячому садку, і разом заповнюємо заявку.",
        description:
          "Багато родин не знають, як отримати місце в дитячому садку в Аахені. На консультації ми пояснюємо онлайн-реєстрацію, важливі терміни та право на місце в садку з першого дня народження дитини. Ми разом із вами заповнюємо заявку й відповідаємо на запитання про батьківські внески та період адаптації.",
      },
      ru: {
        title: "Помощь с записью в детский сад (Kita)",
        summary:
          "Открытые консультации: объясняем, как записать ребёнка на место в детском саду, и вместе заполняем заявку.",
        description:
          "Многие семьи не знают, как получить место в детском саду в Ахене. На консультации мы объясняем онлайн-регистрацию, важные сроки и право на место в детском саду с первого дня рождения ребёнка. Мы вместе с вами заполняем заявку и отвечаем на вопросы о родительских взносах и периоде адаптации.",
      },
      tr: {
        title: "Kreş (Kita) kaydında yardım",
        summary:
          "Randevusuz danışma saati: Çocuğunuzu kreş yeri için nasıl kaydedeceğinizi anlatıyor, başvuruyu birlikte dolduruyoruz.",
        description:
          "Birçok aile Aachen’de nasıl kreş yeri bulunacağını bilmiyor. Danışma saatinde çevrimiçi ön kaydı, önemli son tarihleri ve çocuğun bir yaşından itibaren kreş yeri hakkını anlatıyoruz. Başvuruyu sizinle birlikte dolduruyor, veli katkı payı ve alışma dönemiyle ilgili sorularınızı yanıtlıyoruz.",
      },
    },
    easyRead:
      "Sie suchen einen Platz in der Kita? Wir helfen Ihnen. Wir erklären die Anmeldung. Wir füllen das Formular zusammen aus. Sie brauchen keinen Termin. Die Hilfe kostet nichts.",
  },
  {
    key: "hausaufgabenhilfe-grundschule-brand-mitte",
    organisation: "grundschule-brand-mitte",
    categories: ["parents-children"],
    audiences: ["children", "families"],
    languages: ["de"],
    free: true,
    minAge: 6,
    maxAge: 10,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "13:00", closes: "14:30" },
      { weekday: 3, opens: "13:00", closes: "14:30" },
    ],
    text: {
      de: {
        title: "Hausaufgabenhilfe für Grundschulkinder",
        summary:
          "Ehrenamtliche helfen Kindern der Klassen 1 bis 4 nach dem Unterricht bei den Hausaufgaben – auch beim Lesen und Schreiben auf Deutsch.",
        description:
          "Zweimal pro Woche unterstützen Ehrenamtliche Kinder der Grundschule Brand-Mitte in kleinen Gruppen bei ihren Hausaufgaben. Kinder, die erst seit Kurzem Deutsch lernen, bekommen besondere Hilfe beim Lesen und Schreiben. Zum Schluss bleibt Zeit für Spiele.",
        eligibility: "Kinder der Klassen 1 bis 4 der Grundschule Brand-Mitte.",
        howToJoin:
          "Eltern melden ihr Kind bei der Klassenlehrerin oder dem Klassenlehrer an. Die Plätze werden zum Schuljahresbeginn und nach den Herbstferien vergeben.",
      },
      en: {
        title: "Homework help for primary school children",
        summary:
          "Volunteers help children in years 1 to 4 with their homework after lessons – including reading and writing in German.",
        description:
          "Twice a week, volunteers support children at Grundschule Brand-Mitte with their homework in small groups. Children who have only recently started learning German get extra help with reading and writing. At the end there is time for games.",
        eligibility: "Children in years 1 to 4 at Grundschule Brand-Mitte.",
        howToJoin:
          "Parents register their child with the class teacher. Places are allocated at the start of the school year and after the autumn holidays.",
      },
      ar: {
        title: "مساعدة في الواجبات المدرسية لتلاميذ المرحلة الابتدائية",
        summary:
          "متطوعون يساعدون أطفال الصفوف من الأول إلى الرابع في واجباتهم بعد الدروس، وفي القراءة والكتابة بالألمانية أيضًا.",
        description:
          "مرتين في الأسبوع يساعد متطوعون أطفال مدرسة Brand-Mitte الابتدائية في مجموعات صغيرة على إنجاز واجباتهم المدرسية. الأطفال الذين بدأوا تعلّم الألمانية منذ وقت قصير يحصلون على مساعدة خاصة في القراءة والكتابة. وفي النهاية يبقى وقت للعب.",
      },
      fa: {
        title: "کمک در انجام تکالیف برای دانش‌آموزان دبستان",
        summary:
          "داوطلبان بعد از کلاس به کودکان کلاس اول تا چهارم در انجام تکالیف کمک می‌کنند؛ همچنین در خواندن و نوشتن به آلمانی.",
        description:
          "داوطلبان هفته‌ای دو بار در گروه‌های کوچک به کودکان دبستان Brand-Mitte در انجام تکالیفشان کمک می‌کنند. کودکانی که تازه یادگیری آلمانی را شروع کرده‌اند، در خواندن و نوشتن کمک ویژه می‌گیرند. در پایان هم برای بازی وقت هست.",
      },
      uk: {
        title: "Допомога з домашніми завданнями для молодших школярів",
        summary:
          "Волонтери допомагають дітям 1–4 класів із домашніми завданнями після уроків — також із читанням і письмом німецькою.",
        description:
          "Двічі на тиждень волонтери в малих групах допомагають дітям початкової школи Brand-Mitte виконувати домашні завдання. Діти, які нещодавно почали вчити німецьку, отримують особливу підтримку з читання та письма. Наприкінці залишається час на ігри.",
      },
      ru: {
        title: "Помощь с домашними заданиями для младших школьников",
        summary:
          "Волонтёры помогают детям 1–4 классов с домашними заданиями после уроков — в том числе с чтением и письмом на немецком.",
        description:
          "Два раза в неделю волонтёры в небольших группах помогают детям начальной школы Brand-Mitte с домашними заданиями. Дети, которые недавно начали учить немецкий, получают особую поддержку в чтении и письме. В конце остаётся время для игр.",
      },
      tr: {
        title: "İlkokul çocukları için ödev yardımı",
        summary:
          "Gönüllüler 1–4. sınıf çocuklarına dersten sonra ödevlerinde, Almanca okuma ve yazmada da yardım ediyor.",
        description:
          "Gönüllüler haftada iki kez Brand-Mitte İlkokulu’nun çocuklarına küçük gruplar halinde ödevlerinde destek oluyor. Almancayı yeni öğrenmeye başlayan çocuklar okuma ve yazmada özel destek alıyor. Sonunda oyun için de zaman kalıyor.",
      },
    },
    easyRead:
      "Ihr Kind geht in die Grundschule Brand-Mitte? Ihr Kind braucht Hilfe bei den Hausaufgaben? Hier helfen Ehrenamtliche. Das ist 2 Mal in der Woche nach der Schule. Die Hilfe kostet nichts. Sprechen Sie mit der Lehrerin oder dem Lehrer.",
  },
  {
    key: "elterncafe-international-familienzentrum-brand",
    organisation: "familienzentrum-brand",
    categories: ["parents-children"],
    audiences: ["parents", "families", "newcomers"],
    languages: ["de", "ku", "ar", "tr"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "09:00", closes: "11:00" }],
    text: {
      de: {
        title: "Internationales Elterncafé",
        summary:
          "Freitagmorgens Kaffee, Tee und Austausch mit anderen Eltern – Kleinkinder spielen nebenan in der Spielecke.",
        description:
          "Im Elterncafé des Familienzentrums Brand treffen sich Mütter und Väter aus vielen Ländern. Bei Tee und Frühstück geht es um Alltagsfragen: Kita, Schule, Erziehung oder Freizeitangebote im Stadtteil. Einmal im Monat kommt eine Fachkraft dazu, etwa aus der Erziehungsberatung.",
        eligibility: "Alle Eltern und Großeltern aus Brand und Umgebung, mit oder ohne Kinder.",
        howToJoin: "Ohne Anmeldung, einfach vorbeikommen.",
      },
      en: {
        title: "International parents’ café",
        summary:
          "Coffee, tea and a chat with other parents on Friday mornings – toddlers play next door in the play corner.",
        description:
          "Mothers and fathers from many countries meet at the parents’ café of Familienzentrum Brand. Over tea and breakfast they talk about everyday questions: Kita, school, parenting or leisure activities in the district. Once a month a specialist joins, for example from the family counselling service.",
        eligibility: "All parents and grandparents from Brand and the surrounding area, with or without children.",
        howToJoin: "No registration, just drop in.",
      },
    },
  },
  {
    key: "krabbelgruppe-kurdisches-kulturzentrum",
    organisation: "kurdisches-kulturzentrum",
    categories: ["parents-children"],
    audiences: ["parents", "children"],
    languages: ["ku", "de", "tr"],
    free: true,
    minAge: 0,
    maxAge: 3,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "10:00", closes: "11:30" }],
    text: {
      de: {
        title: "Krabbelgruppe auf Kurdisch und Deutsch",
        summary:
          "Offene Krabbelgruppe für Babys und Kleinkinder mit ihren Müttern und Vätern – mit Liedern auf Kurdisch und Deutsch.",
        description:
          "Jeden Dienstag öffnet das Kulturzentrum seinen Gruppenraum für Familien mit kleinen Kindern. Die Kinder krabbeln, spielen und singen, die Eltern tauschen sich aus. Die Gruppe wird von Ehrenamtlichen aus dem Verein begleitet.",
        eligibility: "Eltern mit Kindern bis 3 Jahre.",
        howToJoin: "Einfach vorbeikommen; bitte Hausschuhe oder Stoppersocken für die Kinder mitbringen.",
      },
      en: {
        title: "Toddler group in Kurdish and German",
        summary:
          "Open toddler group for babies and young children with their mothers and fathers – with songs in Kurdish and German.",
        description:
          "Every Tuesday the cultural centre opens its group room to families with young children. The children crawl, play and sing while the parents exchange experiences. The group is run by volunteers from the association.",
        eligibility: "Parents with children up to 3.",
        howToJoin: "Just drop in; please bring slippers or non-slip socks for the children.",
      },
    },
  },
  {
    key: "babytreff-familienzentrum-eilendorf-sued",
    organisation: "familienzentrum-eilendorf-sued",
    categories: ["parents-children"],
    audiences: ["parents", "newcomers"],
    languages: ["de", "en", "ru"],
    free: true,
    minAge: 0,
    maxAge: 1,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "10:00", closes: "11:30" }],
    text: {
      de: {
        title: "Babytreff für Eltern mit Babys",
        summary:
          "Treffpunkt für Mütter und Väter mit Babys im ersten Lebensjahr – mit Fragen rund um Schlafen, Stillen und Entwicklung.",
        description:
          "Im Babytreff lernen sich Eltern aus Eilendorf kennen, die gerade ein Baby bekommen haben. Eine Familienhebamme kommt regelmäßig dazu und beantwortet Fragen zu Ernährung, Schlaf und Entwicklung. Für Familien, die neu in Deutschland sind, erklären wir auch Vorsorgeuntersuchungen und das gelbe Kinderuntersuchungsheft.",
        eligibility: "Eltern mit Babys bis 12 Monate.",
        howToJoin: "Ohne Anmeldung; ein Einstieg ist jederzeit möglich.",
      },
      en: {
        title: "Baby group for parents with babies",
        summary:
          "Meeting place for mothers and fathers with babies in their first year – with questions about sleep, breastfeeding and development.",
        description:
          "Parents from Eilendorf who have recently had a baby get to know each other at the baby group. A family midwife comes regularly and answers questions about feeding, sleep and development. For families who are new to Germany we also explain the check-ups and the yellow child health booklet.",
        eligibility: "Parents with babies up to 12 months.",
        howToJoin: "No registration; you can join at any time.",
      },
    },
  },
  {
    key: "kita-schule-sprechstunde-ukrainische-gemeinschaft",
    organisation: "ukrainische-gemeinschaft",
    categories: ["parents-children"],
    audiences: ["parents", "refugees"],
    languages: ["uk", "ru", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "11:00", closes: "13:00", interval: 2 }],
    text: {
      de: {
        title: "Sprechstunde Kita und Schule für ukrainische Familien",
        summary: "Hilfe auf Ukrainisch bei der Kita-Anmeldung, beim Schulwechsel und bei Briefen aus Kita oder Schule.",
        description:
          "Jeden zweiten Samstag beraten Ehrenamtliche der Ukrainischen Gemeinschaft Familien zu Kita und Schule in Aachen. Sie erklären, wie die Kita-Anmeldung funktioniert, was eine Schuleingangsuntersuchung ist und wie das Schulsystem in Nordrhein-Westfalen aufgebaut ist. Bei Bedarf helfen sie beim Ausfüllen von Formularen.",
        eligibility: "Familien aus der Ukraine mit Kindern bis 18 Jahre.",
        howToJoin: "Ohne Termin; bitte Unterlagen und Briefe mitbringen.",
      },
      en: {
        title: "Kita and school advice hours for Ukrainian families",
        summary: "Help in Ukrainian with Kita registration, changing schools and letters from the Kita or school.",
        description:
          "Every other Saturday, volunteers from the Ukrainian community advise families on Kita and school in Aachen. They explain how Kita registration works, what the school entry health check is and how the school system in North Rhine-Westphalia is structured. If needed, they help fill in forms.",
        eligibility: "Families from Ukraine with children up to 18.",
        howToJoin: "No appointment needed; please bring your documents and letters.",
      },
    },
  },
  {
    key: "hausaufgabenhilfe-lernpaten-richterich",
    organisation: "lernpaten-richterich",
    categories: ["parents-children"],
    audiences: ["children", "families"],
    languages: ["de"],
    free: true,
    minAge: 6,
    maxAge: 12,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "14:30", closes: "16:00" },
      { weekday: 4, opens: "14:30", closes: "16:00" },
    ],
    text: {
      de: {
        title: "Hausaufgabenhilfe mit Lernpaten",
        summary:
          "Ehrenamtliche Lernpatinnen und Lernpaten helfen Kindern aus Richterich bei Hausaufgaben und beim Lesenüben.",
        description:
          "Zweimal pro Woche treffen sich Kinder und ihre Lernpaten im Gemeinderaum. Jedes Kind hat eine feste Ansprechperson, die bei Hausaufgaben hilft, mit ihm liest und für Klassenarbeiten übt. Eltern können sich jederzeit mit den Lernpaten austauschen.",
        eligibility: "Kinder von 6 bis 12 Jahren aus Richterich, besonders Kinder, die noch Deutsch lernen.",
        howToJoin: "Eltern melden ihr Kind per Telefon oder E-Mail an; danach gibt es ein kurzes Kennenlerngespräch.",
      },
      en: {
        title: "Homework help with learning mentors",
        summary: "Volunteer learning mentors help children from Richterich with homework and reading practice.",
        description:
          "Twice a week, children and their learning mentors meet in the community room. Each child has a regular mentor who helps with homework, reads with them and practises for tests. Parents can talk to the mentors at any time.",
        eligibility: "Children aged 6 to 12 from Richterich, especially children who are still learning German.",
        howToJoin: "Parents register their child by phone or e-mail; a short introductory meeting follows.",
      },
    },
  },
  {
    key: "elterncafe-grundschule-inde",
    organisation: "grundschule-inde-kornelimuenster",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["de", "en"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "08:00", closes: "09:30", interval: 2 }],
    text: {
      de: {
        title: "Elterncafé an der Grundschule an der Inde",
        summary: "Nach dem Bringen der Kinder: Kaffee, Kennenlernen und Fragen zur Schule – jeden zweiten Mittwoch.",
        description:
          "Das Elterncafé ist ein lockerer Treffpunkt für alle Eltern der Schule. Hier erfahren Sie, was in der Schule gerade passiert, und können Fragen zu Elternbriefen, Offenem Ganztag oder Klassenfahrten stellen. Die Schulsozialarbeit ist regelmäßig dabei.",
        eligibility: "Eltern und Großeltern von Kindern der Grundschule an der Inde.",
        howToJoin: "Ohne Anmeldung.",
      },
      en: {
        title: "Parents’ café at Grundschule an der Inde",
        summary:
          "After dropping off the children: coffee, getting to know each other and questions about school – every other Wednesday.",
        description:
          "The parents’ café is a relaxed meeting point for all parents at the school. Here you hear what is going on at school and can ask questions about letters to parents, the all-day programme or class trips. The school social worker is there regularly.",
        eligibility: "Parents and grandparents of children at Grundschule an der Inde.",
        howToJoin: "No registration.",
      },
    },
  },
  {
    key: "vater-kind-samstag-familienzentrum-vaalserquartier",
    organisation: "familienzentrum-vaalserquartier",
    categories: ["parents-children"],
    audiences: ["parents", "children"],
    languages: ["de", "en", "ar"],
    free: true,
    minAge: 2,
    maxAge: 8,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "10:00", closes: "12:30", interval: 2 }],
    text: {
      de: {
        title: "Vater-Kind-Samstag",
        summary: "Jeden zweiten Samstag: Väter und ihre Kinder werken, kochen oder gehen gemeinsam in den Wald.",
        description:
          "Beim Vater-Kind-Samstag haben Väter Zeit nur für ihre Kinder. Auf dem Programm stehen Bauen mit Holz, Kochen über dem Feuer oder Ausflüge in den Aachener Wald. Nebenbei kommen Väter aus verschiedenen Ländern ins Gespräch.",
        eligibility: "Väter und andere männliche Bezugspersonen mit Kindern von 2 bis 8 Jahren.",
        howToJoin: "Bitte bis Donnerstag im Familienzentrum anmelden, damit wir planen können.",
      },
      en: {
        title: "Father-and-child Saturday",
        summary: "Every other Saturday: fathers and their children do crafts, cook or go into the woods together.",
        description:
          "At the father-and-child Saturday, fathers have time just for their children. The programme includes woodwork, cooking over a fire or trips into the Aachen forest. Along the way, fathers from different countries get talking.",
        eligibility: "Fathers and other male carers with children aged 2 to 8.",
        howToJoin: "Please register at the family centre by Thursday so that we can plan.",
      },
    },
  },
  {
    key: "eltern-kind-turnen-tsv-kornelimuenster",
    organisation: "tsv-kornelimuenster",
    categories: ["parents-children", "leisure-sport"],
    audiences: ["parents", "children"],
    languages: ["de"],
    free: false,
    minAge: 2,
    maxAge: 5,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "16:00", closes: "17:00" }],
    text: {
      de: {
        title: "Eltern-Kind-Turnen",
        summary:
          "Klettern, balancieren, rollen: Bewegungsstunde für Kinder von 2 bis 5 Jahren mit Mama, Papa oder Oma.",
        description:
          "Jeden Freitagnachmittag baut der TSV Kornelimünster eine Bewegungslandschaft in der Turnhalle auf. Kinder und Eltern turnen gemeinsam, singen Bewegungslieder und spielen. Die Übungsleiterin zeigt, wie Kinder sich sicher ausprobieren können.",
        eligibility: "Kinder von 2 bis 5 Jahren mit einer erwachsenen Begleitperson.",
        howToJoin:
          "Einfach zu einer Schnupperstunde kommen; bitte Sportkleidung und Turnschuhe oder Stoppersocken mitbringen.",
        costNote:
          "Drei Schnupperstunden sind kostenlos, danach Vereinsmitgliedschaft mit Familienbeitrag; Familien mit wenig Geld können eine Ermäßigung bekommen.",
      },
      en: {
        title: "Parent-and-child gym",
        summary: "Climbing, balancing, rolling: an exercise hour for children aged 2 to 5 with mum, dad or grandma.",
        description:
          "Every Friday afternoon TSV Kornelimünster sets up an obstacle course in the gym. Children and parents exercise together, sing action songs and play. The instructor shows how children can safely try things out.",
        eligibility: "Children aged 2 to 5 with an accompanying adult.",
        howToJoin: "Just come to a trial session; please bring sportswear and trainers or non-slip socks.",
        costNote:
          "Three trial sessions are free, after that club membership with a family rate; families on a low income can get a reduction.",
      },
    },
  },
  {
    key: "elternabend-schulsystem-tuerkisch-deutscher-elternverein",
    organisation: "tuerkisch-deutscher-elternverein",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["tr", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "18:00", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Elternabend: Wie funktioniert die Schule in NRW?",
        summary:
          "Informationsabende auf Türkisch und Deutsch zu Schulformen, Übergang nach Klasse 4 und Elternrechten.",
        description:
          "An jedem zweiten Donnerstag greift der Elternverein ein Schulthema auf: vom Übergang auf die weiterführende Schule über Zeugnisse bis zu Elternsprechtagen und Schulpflegschaft. Eltern, die das System schon kennen, berichten von ihren Erfahrungen. Fragen sind ausdrücklich erwünscht.",
        eligibility: "Eltern von Schulkindern und Kindern im letzten Kita-Jahr.",
        howToJoin: "Ohne Anmeldung; das aktuelle Thema steht im Aushang und im Newsletter des Vereins.",
      },
      en: {
        title: "Parents’ evening: how does school work in NRW?",
        summary:
          "Information evenings in Turkish and German on types of school, the transition after year 4 and parents’ rights.",
        description:
          "Every other Thursday the parents’ association takes up a school topic: from the move to secondary school and school reports to parent-teacher days and the school parents’ council. Parents who already know the system share their experiences. Questions are very welcome.",
        eligibility: "Parents of schoolchildren and of children in their last Kita year.",
        howToJoin:
          "No registration; the current topic is posted on the notice board and in the association’s newsletter.",
      },
    },
  },
  {
    key: "elterncafe-kita-pusteblume-richterich",
    organisation: "kita-pusteblume-richterich",
    categories: ["parents-children"],
    audiences: ["parents", "families"],
    languages: ["de", "en", "uk"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "14:30", closes: "16:00", interval: 2 }],
    text: {
      de: {
        title: "Elterncafé in der Kita Pusteblume",
        summary:
          "Alle zwei Wochen am Nachmittag: Eltern der Kita treffen sich bei Kaffee und Kuchen, die Kinder spielen im Garten.",
        description:
          "Im Elterncafé kommen Familien aus Richterich ins Gespräch, die sich sonst nur kurz beim Abholen sehen. Die Erzieherinnen nehmen sich Zeit für Fragen zu Eingewöhnung, Sprache und Übergang in die Schule. Neue Familien bekommen so schnell Kontakt.",
        eligibility: "Eltern von Kindern der Kita Pusteblume und Familien, die sich für einen Platz interessieren.",
        howToJoin: "Ohne Anmeldung.",
      },
      en: {
        title: "Parents’ café at Kita Pusteblume",
        summary:
          "Every two weeks in the afternoon: Kita parents meet over coffee and cake while the children play in the garden.",
        description:
          "At the parents’ café, families from Richterich get talking who otherwise only see each other briefly at pick-up. The educators take time for questions about settling in, language and starting school. New families make contacts quickly this way.",
        eligibility: "Parents of children at Kita Pusteblume and families interested in a place.",
        howToJoin: "No registration.",
      },
    },
  },
  {
    key: "elterntreff-schule-ausbildung-afghanischer-elternverein",
    organisation: "afghanischer-elternverein",
    categories: ["parents-children"],
    audiences: ["parents", "refugees"],
    languages: ["fa", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 7, opens: "15:00", closes: "17:00", interval: 2 }],
    text: {
      de: {
        title: "Elterntreff: Schule und Ausbildung in Deutschland",
        summary:
          "Gesprächsrunde auf Dari und Deutsch für Eltern, deren Kinder zur Schule gehen oder eine Ausbildung suchen.",
        description:
          "Jeden zweiten Sonntag sprechen Eltern im Verein über Schule, Noten, Ausbildung und Studium. Oft sind Gäste dabei, zum Beispiel Lehrkräfte oder junge Erwachsene, die selbst eine Ausbildung gemacht haben. Die Eltern erfahren, wie sie ihre Kinder unterstützen können, auch wenn sie das deutsche Schulsystem selbst nicht kennen.",
        eligibility: "Eltern mit Kindern im Schulalter, besonders Familien aus Afghanistan.",
        howToJoin: "Ohne Anmeldung; Tee und Gebäck stehen bereit.",
      },
      en: {
        title: "Parents’ meeting: school and vocational training in Germany",
        summary:
          "Discussion group in Dari and German for parents whose children go to school or are looking for an apprenticeship.",
        description:
          "Every other Sunday, parents at the association talk about school, grades, vocational training and university. Guests often join, for example teachers or young adults who have completed an apprenticeship themselves. Parents learn how to support their children even if they do not know the German school system themselves.",
        eligibility: "Parents with school-age children, especially families from Afghanistan.",
        howToJoin: "No registration; tea and biscuits are provided.",
      },
    },
  },
  {
    key: "vorlesenachmittag-mehrsprachig-kita-kleine-strolche",
    organisation: "kita-kleine-strolche-walheim",
    categories: ["parents-children"],
    audiences: ["children", "families"],
    languages: ["de", "uk", "ar", "tr"],
    free: true,
    minAge: 3,
    maxAge: 7,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "15:00", closes: "16:00", interval: 2 }],
    text: {
      de: {
        title: "Mehrsprachiger Vorlesenachmittag",
        summary:
          "Bilderbücher in mehreren Sprachen: Eltern lesen in ihrer Familiensprache vor, eine Erzieherin liest auf Deutsch.",
        description:
          "Alle zwei Wochen wird die Kita Kleine Strolche am Nachmittag zur Vorlesestube. Eltern lesen ein Bilderbuch in ihrer Sprache vor, danach hören alle dieselbe Geschichte auf Deutsch. So erleben Kinder, dass ihre Familiensprache in der Kita willkommen ist.",
        eligibility:
          "Kinder von 3 bis 7 Jahren mit ihren Eltern, auch Familien, deren Kinder eine andere Kita besuchen.",
        howToJoin: "Ohne Anmeldung. Wer selbst vorlesen möchte, meldet sich bitte vorher im Kita-Büro.",
      },
      en: {
        title: "Multilingual story afternoon",
        summary:
          "Picture books in several languages: parents read aloud in their family language, an educator reads in German.",
        description:
          "Every two weeks, Kita Kleine Strolche turns into a reading room in the afternoon. Parents read a picture book in their language, then everyone hears the same story in German. This way children experience that their family language is welcome at the Kita.",
        eligibility: "Children aged 3 to 7 with their parents, including families whose children attend another Kita.",
        howToJoin:
          "No registration. If you would like to read aloud yourself, please let the Kita office know in advance.",
      },
    },
  },
  {
    key: "elternkurs-aufwachsen-zwei-kulturen-awo",
    organisation: "awo-aachen",
    categories: ["parents-children"],
    audiences: ["parents", "families", "newcomers"],
    languages: ["de", "ar", "tr"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "17:00", closes: "19:00" }],
    text: {
      de: {
        title: "Elternkurs „Aufwachsen in zwei Kulturen“",
        summary:
          "Sechs Abende für Eltern zu Erziehung, Mehrsprachigkeit, Medien und Grenzen setzen – mit Dolmetschung ins Arabische und Türkische.",
        description:
          "Wie erziehe ich mein Kind zwischen zwei Kulturen? Wie gehe ich mit Handy und Internet um? Im Elternkurs tauschen sich Mütter und Väter mit einer Familienberaterin über solche Fragen aus. Der Kurs gibt praktische Tipps für den Alltag und stärkt Eltern in ihrer Rolle.",
        eligibility: "Eltern von Kindern zwischen 3 und 14 Jahren.",
        howToJoin:
          "Anmeldung per Telefon oder E-Mail; der Kurs beginnt jeweils im Februar und im September. Kinderbetreuung ist möglich, bitte bei der Anmeldung angeben.",
      },
      en: {
        title: "Parenting course “Growing up in two cultures”",
        summary:
          "Six evenings for parents on parenting, multilingualism, media and setting limits – with interpreting into Arabic and Turkish.",
        description:
          "How do I raise my child between two cultures? How do I deal with phones and the internet? In the parenting course, mothers and fathers discuss such questions with a family counsellor. The course offers practical tips for everyday life and strengthens parents in their role.",
        eligibility: "Parents of children aged 3 to 14.",
        howToJoin:
          "Register by phone or e-mail; courses start in February and September. Childcare is possible – please mention it when registering.",
      },
    },
  },
  {
    key: "schulgarten-familientreff-grundschule-richterich",
    organisation: "grundschule-richterich-dorfmitte",
    categories: ["parents-children", "leisure-sport"],
    audiences: ["families", "children"],
    languages: ["de", "uk"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "15:00", closes: "17:00", interval: 2 }],
    text: {
      de: {
        title: "Familientreff im Schulgarten",
        summary:
          "Gemeinsam gärtnern, ernten und picknicken: offener Nachmittag für Familien im Schulgarten in Richterich.",
        description:
          "Jeden zweiten Freitag im Frühling und Sommer ist der Schulgarten der Grundschule Richterich Dorfmitte für Familien geöffnet. Kinder und Eltern pflanzen Gemüse, gießen die Beete und kochen manchmal mit der Ernte. Neu zugezogene Familien lernen so Nachbarn aus dem Ort kennen.",
        eligibility: "Familien mit Kindern im Grundschulalter, auch von anderen Schulen.",
        howToJoin: "Ohne Anmeldung; bitte Kleidung mitbringen, die schmutzig werden darf.",
      },
      en: {
        title: "Family afternoon in the school garden",
        summary:
          "Gardening, harvesting and picnicking together: an open afternoon for families in the school garden in Richterich.",
        description:
          "Every other Friday in spring and summer, the school garden of Grundschule Richterich Dorfmitte is open to families. Children and parents plant vegetables, water the beds and sometimes cook with the harvest. Families who have recently moved here get to know their neighbours this way.",
        eligibility: "Families with primary-school-age children, also from other schools.",
        howToJoin: "No registration; please wear clothes that can get dirty.",
      },
    },
  },
  // ───────────────────────────── Jugend ─────────────────────────────
  {
    key: "jmd-beratung-junge-zugewanderte",
    organisation: "jugendmigrationsdienst",
    categories: ["youth"],
    audiences: ["young-people", "newcomers", "refugees"],
    languages: ["de", "en", "ar", "fa", "tr"],
    free: true,
    minAge: 12,
    maxAge: 27,
    registrationRequired: false,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 3, opens: "14:00", closes: "17:00" },
    ],
    text: {
      de: {
        title: "Beratung im Jugendmigrationsdienst",
        summary:
          "Beratung für junge Zugewanderte von 12 bis 27 Jahren zu Schule, Ausbildung, Sprache und Alltag in Aachen.",
        description:
          "Der Jugendmigrationsdienst begleitet junge Menschen, die neu in Deutschland sind, auf dem Weg in Schule, Ausbildung und Beruf. Wir helfen bei der Suche nach einem passenden Sprachkurs, bei der Anerkennung von Zeugnissen und bei Bewerbungen. Die Beratung ist vertraulich und kostenlos, auf Wunsch auch über längere Zeit.",
        eligibility:
          "Junge Menschen von 12 bis 27 Jahren mit Migrations- oder Fluchtgeschichte, unabhängig vom Aufenthaltsstatus.",
        howToJoin:
          "Offene Sprechstunde ohne Termin; für längere Gespräche bitte einen Termin per Telefon oder E-Mail vereinbaren.",
      },
      en: {
        title: "Youth Migration Service counselling",
        summary:
          "Counselling for young newcomers aged 12 to 27 on school, vocational training, language and everyday life in Aachen.",
        description:
          "The Youth Migration Service supports young people who are new to Germany on their way into school, vocational training and work. We help you find a suitable language course, get your certificates recognised and write applications. Counselling is confidential and free of charge, and can continue over a longer period if you wish.",
        eligibility:
          "Young people aged 12 to 27 with a migration or refugee background, regardless of residence status.",
        howToJoin:
          "Drop-in hours without appointment; for longer conversations please make an appointment by phone or e-mail.",
      },
      ar: {
        title: "استشارات خدمة الهجرة للشباب (Jugendmigrationsdienst)",
        summary:
          "استشارات للشباب القادمين الجدد من عمر 12 إلى 27 عامًا حول المدرسة والتدريب المهني واللغة والحياة اليومية في آخن.",
        description:
          "ترافق خدمة الهجرة للشباب الشبابَ القادمين حديثًا إلى ألمانيا في طريقهم إلى المدرسة والتدريب المهني والعمل. نساعدكم في إيجاد دورة لغة مناسبة، وفي معادلة الشهادات، وفي كتابة طلبات التقديم. الاستشارة سرية ومجانية، ويمكن أن تستمر لفترة أطول إذا رغبتم.",
      },
      fa: {
        title: "مشاوره در خدمات مهاجرت جوانان (Jugendmigrationsdienst)",
        summary: "مشاوره برای جوانان تازه‌وارد ۱۲ تا ۲۷ ساله دربارهٔ مدرسه، آموزش حرفه‌ای، زبان و زندگی روزمره در آخن.",
        description:
          "خدمات مهاجرت جوانان، جوانانی را که تازه به آلمان آمده‌اند در مسیر مدرسه، آموزش حرفه‌ای و کار همراهی می‌کند. در پیدا کردن کلاس زبان مناسب، ارزشیابی مدارک تحصیلی و نوشتن درخواست‌ها به شما کمک می‌کنیم. مشاوره محرمانه و رایگان است و در صورت تمایل می‌تواند مدت طولانی‌تری ادامه پیدا کند.",
      },
      uk: {
        title: "Консультації Молодіжної міграційної служби (Jugendmigrationsdienst)",
        summary:
          "Консультації для молодих мігрантів від 12 до 27 років щодо школи, професійного навчання, мови та повсякденного життя в Аахені.",
        description:
          "Молодіжна міграційна служба супроводжує молодих людей, які нещодавно приїхали до Німеччини, на шляху до школи, професійного навчання та роботи. Ми допомагаємо знайти відповідний мовний курс, визнати документи про освіту та підготувати заявки. Консультації конфіденційні й безкоштовні, за бажанням — і протягом тривалого часу.",
      },
      ru: {
        title: "Консультации Молодёжной миграционной службы (Jugendmigrationsdienst)",
        summary:
          "Консультации для молодых мигрантов от 12 до 27 лет по вопросам школы, профессионального обучения, языка и повседневной жизни в Ахене.",
        description:
          "Молодёжная миграционная служба сопровождает молодых людей, недавно приехавших в Германию, на пути в школу, профессиональное обучение и работу. Мы помогаем найти подходящий языковой курс, признать документы об образовании и подготовить заявления. Консультации конфиденциальны и бесплатны, по желанию — и в течение долгого времени.",
      },
      tr: {
        title: "Gençlik Göç Servisi’nde (Jugendmigrationsdienst) danışmanlık",
        summary:
          "12–27 yaş arası yeni gelen gençler için okul, meslek eğitimi, dil ve Aachen’de günlük yaşam konularında danışmanlık.",
        description:
          "Gençlik Göç Servisi, Almanya’ya yeni gelen gençlere okul, meslek eğitimi ve iş yolunda eşlik eder. Uygun bir dil kursu bulmanızda, diplomalarınızın tanınmasında ve başvurularınızda yardımcı oluyoruz. Danışmanlık gizli ve ücretsizdir; isterseniz uzun süreli de devam edebilir.",
      },
    },
  },
  {
    key: "maedchengruppe-ot-rothe-erde",
    organisation: "ot-rothe-erde",
    categories: ["youth"],
    audiences: ["young-people", "women"],
    languages: ["de", "ar", "tr"],
    free: true,
    minAge: 10,
    maxAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "15:00", closes: "18:00" }],
    text: {
      de: {
        title: "Mädchengruppe in der OT Rothe Erde",
        summary:
          "Ein geschützter Treff nur für Mädchen von 10 bis 16 Jahren: reden, tanzen, kochen und Ausflüge planen.",
        description:
          "Jeden Mittwochnachmittag gehört die Offene Tür Rothe Erde nur den Mädchen. Eine Pädagogin begleitet die Gruppe, und die Mädchen entscheiden mit, was sie machen – von Tanz und Kochen bis zu Ausflügen in die Stadt. Hier finden Mädchen neue Freundinnen und können über alles sprechen, was sie beschäftigt.",
        eligibility: "Mädchen von 10 bis 16 Jahren, auch ohne gute Deutschkenntnisse.",
        howToJoin: "Einfach vorbeikommen. Für Ausflüge brauchen wir eine Unterschrift der Eltern.",
      },
      en: {
        title: "Girls’ group at OT Rothe Erde",
        summary: "A safe space just for girls aged 10 to 16: talking, dancing, cooking and planning trips.",
        description:
          "Every Wednesday afternoon the youth centre OT Rothe Erde belongs to girls only. A female youth worker accompanies the group, and the girls help decide what they do – from dancing and cooking to trips into town. Girls make new friends here and can talk about anything that is on their minds.",
        eligibility: "Girls aged 10 to 16, even without good German.",
        howToJoin: "Just come along. For trips we need a parent’s signature.",
      },
      ar: {
        title: "مجموعة الفتيات في نادي الشباب OT Rothe Erde",
        summary: "لقاء آمن للفتيات فقط من عمر 10 إلى 16 عامًا: أحاديث ورقص وطبخ وتخطيط للرحلات.",
        description:
          "كل يوم أربعاء بعد الظهر يكون نادي الشباب OT Rothe Erde للفتيات فقط. ترافق المجموعةَ مربيةٌ مختصة، وتشارك الفتيات في اختيار الأنشطة، من الرقص والطبخ إلى الرحلات في المدينة. هنا تتعرف الفتيات على صديقات جديدات ويمكنهن التحدث عن كل ما يشغل بالهن.",
      },
      fa: {
        title: "گروه دختران در مرکز جوانان OT Rothe Erde",
        summary: "یک پاتوق امن فقط برای دختران ۱۰ تا ۱۶ ساله: گفت‌وگو، رقص، آشپزی و برنامه‌ریزی برای گردش.",
        description:
          "هر چهارشنبه بعدازظهر مرکز جوانان OT Rothe Erde فقط مال دختران است. یک مربی زن گروه را همراهی می‌کند و دختران خودشان هم در انتخاب برنامه‌ها نظر می‌دهند؛ از رقص و آشپزی تا گردش در شهر. دختران اینجا دوستان تازه پیدا می‌کنند و می‌توانند دربارهٔ هر چیزی که ذهنشان را مشغول کرده حرف بزنند.",
      },
      uk: {
        title: "Група для дівчат у молодіжному центрі OT Rothe Erde",
        summary:
          "Безпечне місце тільки для дівчат від 10 до 16 років: розмови, танці, готування та планування екскурсій.",
        description:
          "Щосереди після обіду молодіжний центр OT Rothe Erde належить тільки дівчатам. Групу супроводжує педагогиня, а дівчата самі вирішують, чим займатися, — від танців і готування до поїздок містом. Тут дівчата знаходять нових подруг і можуть поговорити про все, що їх хвилює.",
      },
      ru: {
        title: "Группа для девочек в молодёжном центре OT Rothe Erde",
        summary:
          "Безопасное место только для девочек от 10 до 16 лет: разговоры, танцы, готовка и планирование поездок.",
        description:
          "Каждую среду после обеда молодёжный центр OT Rothe Erde принадлежит только девочкам. Группу сопровождает педагог-женщина, а девочки сами решают, чем заниматься, — от танцев и готовки до поездок по городу. Здесь девочки находят новых подруг и могут поговорить обо всём, что их волнует.",
      },
      tr: {
        title: "OT Rothe Erde’de kız grubu",
        summary: "Sadece 10–16 yaş arası kızlar için güvenli bir buluşma: sohbet, dans, yemek yapma ve gezi planlama.",
        description:
          "Her çarşamba öğleden sonra OT Rothe Erde gençlik merkezi yalnızca kızlara ait. Gruba kadın bir pedagog eşlik ediyor; kızlar da dans ve yemekten şehir gezilerine kadar ne yapılacağına birlikte karar veriyor. Burada kızlar yeni arkadaşlar ediniyor ve kafalarını meşgul eden her şey hakkında konuşabiliyor.",
      },
    },
  },
  {
    key: "offener-jugendtreff-haaren",
    organisation: "jugendtreff-haaren",
    categories: ["youth", "leisure-sport"],
    audiences: ["young-people", "newcomers"],
    languages: ["de", "ar", "tr"],
    free: true,
    minAge: 10,
    maxAge: 18,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "15:00", closes: "20:00" },
      { weekday: 3, opens: "15:00", closes: "20:00" },
      { weekday: 5, opens: "15:00", closes: "21:00" },
    ],
    text: {
      de: {
        title: "Offener Jugendtreff Haaren",
        summary: "Kicker, Billard, Musik und Gespräche: Treffpunkt für Jugendliche aus Haaren, dreimal pro Woche.",
        description:
          "Im Jugendtreff Haaren können Jugendliche Freunde treffen, chillen, Musik machen oder an Projekten mitarbeiten. Das Team hat ein offenes Ohr für Fragen zu Schule, Familie oder Ausbildung. Neu zugezogene Jugendliche finden hier schnell Anschluss.",
        eligibility: "Jugendliche von 10 bis 18 Jahren.",
        howToJoin: "Einfach vorbeikommen, keine Anmeldung nötig.",
      },
      en: {
        title: "Open youth club Haaren",
        summary:
          "Table football, pool, music and conversations: a meeting place for young people from Haaren, three times a week.",
        description:
          "At Jugendtreff Haaren young people can meet friends, hang out, make music or take part in projects. The team is always happy to talk about school, family or training. Young people who have just moved here quickly find friends.",
        eligibility: "Young people aged 10 to 18.",
        howToJoin: "Just drop in, no registration needed.",
      },
    },
  },
  {
    key: "offene-tuer-jugendzentrum-brand",
    organisation: "jugendzentrum-brand",
    categories: ["youth"],
    audiences: ["young-people"],
    languages: ["de", "ku", "tr"],
    free: true,
    minAge: 10,
    maxAge: 21,
    registrationRequired: false,
    schedules: [
      { weekday: 1, opens: "14:30", closes: "20:00" },
      { weekday: 4, opens: "14:30", closes: "20:00" },
    ],
    text: {
      de: {
        title: "Offene Tür im Jugendzentrum Brand",
        summary: "Treffpunkt mit Sporthalle, Tonstudio und Küche für Jugendliche aus Brand – montags und donnerstags.",
        description:
          "Im Jugendzentrum Brand gibt es Platz für Sport, Musik und gemeinsames Kochen. Jugendliche gestalten das Programm mit, zum Beispiel Turniere oder Ausflüge. Die Fachkräfte helfen auch bei Bewerbungen und Problemen in der Schule.",
        eligibility: "Jugendliche und junge Erwachsene von 10 bis 21 Jahren.",
        howToJoin: "Ohne Anmeldung.",
      },
      en: {
        title: "Open youth centre Brand",
        summary:
          "A meeting place with sports hall, recording studio and kitchen for young people from Brand – Mondays and Thursdays.",
        description:
          "Jugendzentrum Brand has room for sports, music and cooking together. Young people help plan the programme, for example tournaments or trips. The staff also help with job applications and problems at school.",
        eligibility: "Young people and young adults aged 10 to 21.",
        howToJoin: "No registration.",
      },
    },
  },
  {
    key: "hausaufgabenhilfe-ot-rothe-erde",
    organisation: "ot-rothe-erde",
    categories: ["youth"],
    audiences: ["young-people", "newcomers"],
    languages: ["de", "ar", "en"],
    free: true,
    minAge: 10,
    maxAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "14:00", closes: "16:00" },
      { weekday: 2, opens: "14:00", closes: "16:00" },
      { weekday: 4, opens: "14:00", closes: "16:00" },
    ],
    text: {
      de: {
        title: "Hausaufgabenhilfe für die Klassen 5 bis 10",
        summary:
          "Lernzeit mit Unterstützung in Deutsch, Mathe und Englisch für Schülerinnen und Schüler weiterführender Schulen.",
        description:
          "An drei Nachmittagen pro Woche helfen Studierende und Ehrenamtliche bei Hausaufgaben und bei der Vorbereitung auf Klassenarbeiten. Jugendliche, die erst seit Kurzem in Deutschland zur Schule gehen, bekommen zusätzliche Sprachunterstützung. Danach ist der Jugendtreff geöffnet.",
        eligibility: "Schülerinnen und Schüler der Klassen 5 bis 10 aus dem Ostviertel und Rothe Erde.",
        howToJoin: "Kurz in der OT vorbeikommen und anmelden; die Gruppen sind klein.",
      },
      en: {
        title: "Homework help for years 5 to 10",
        summary: "Study time with support in German, maths and English for secondary school students.",
        description:
          "On three afternoons a week, university students and volunteers help with homework and preparing for tests. Young people who have only recently started school in Germany get extra language support. Afterwards the youth club is open.",
        eligibility: "Students in years 5 to 10 from Ostviertel and Rothe Erde.",
        howToJoin: "Drop by the OT and register; groups are small.",
      },
    },
  },
  {
    key: "maedchentreff-jugendzentrum-brand",
    organisation: "jugendzentrum-brand",
    categories: ["youth"],
    audiences: ["young-people", "women"],
    languages: ["de", "ku", "ar"],
    free: true,
    minAge: 12,
    maxAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "16:00", closes: "19:00" }],
    text: {
      de: {
        title: "Mädchentreff im Jugendzentrum Brand",
        summary: "Freitags gehört das Jugendzentrum den Mädchen: Sport, Beauty-Abende, Gespräche und Ausflüge.",
        description:
          "Im Mädchentreff bestimmen die Mädchen selbst, was passiert – vom Selbstbehauptungskurs bis zum Kochabend. Zwei Pädagoginnen begleiten die Gruppe und sind Ansprechpartnerinnen für persönliche Fragen. Der Raum ist in dieser Zeit nur für Mädchen geöffnet.",
        eligibility: "Mädchen von 12 bis 18 Jahren.",
        howToJoin: "Einfach vorbeikommen.",
      },
      en: {
        title: "Girls’ club at Jugendzentrum Brand",
        summary: "On Fridays the youth centre belongs to girls: sports, beauty evenings, conversations and trips.",
        description:
          "At the girls’ club the girls decide what happens – from self-assertion courses to cooking evenings. Two female youth workers accompany the group and are there for personal questions. During this time the space is open to girls only.",
        eligibility: "Girls aged 12 to 18.",
        howToJoin: "Just come along.",
      },
    },
  },
  {
    key: "sommerferienprogramm-jugendtreff-haaren",
    organisation: "jugendtreff-haaren",
    categories: ["youth", "leisure-sport"],
    audiences: ["young-people", "children"],
    languages: ["de"],
    free: false,
    minAge: 8,
    maxAge: 14,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "10:00", closes: "15:00" },
      { weekday: 3, opens: "10:00", closes: "15:00" },
      { weekday: 5, opens: "10:00", closes: "15:00" },
    ],
    text: {
      de: {
        title: "Sommerferienprogramm im Jugendtreff Haaren",
        summary:
          "Drei Tage pro Woche in den Sommerferien: Ausflüge, Sport, Kreativwerkstatt und gemeinsames Mittagessen.",
        description:
          "In den Sommerferien bietet der Jugendtreff Haaren ein buntes Programm für alle, die nicht verreisen. Geplant sind unter anderem Ausflüge ins Freibad und in den Tierpark, ein Fußballturnier und eine Graffiti-Werkstatt. Mittags wird zusammen gekocht.",
        eligibility: "Kinder und Jugendliche von 8 bis 14 Jahren.",
        howToJoin: "Anmeldung ab Mai im Jugendtreff; für Ausflüge ist eine Einverständniserklärung der Eltern nötig.",
        costNote: "Die meisten Tage sind kostenlos; für Ausflugstage 5 €, für Familien mit wenig Geld kostenlos.",
      },
      en: {
        title: "Summer holiday programme at Jugendtreff Haaren",
        summary: "Three days a week during the summer holidays: trips, sports, creative workshop and lunch together.",
        description:
          "During the summer holidays Jugendtreff Haaren offers a varied programme for everyone who is not going away. Plans include trips to the open-air pool and the zoo, a football tournament and a graffiti workshop. Lunch is cooked together.",
        eligibility: "Children and young people aged 8 to 14.",
        howToJoin: "Register from May at the youth club; a parental consent form is needed for trips.",
        costNote: "Most days are free; €5 for trip days, free for families on a low income.",
      },
    },
  },
  {
    key: "herbstferien-werkstatt-ot-rothe-erde",
    organisation: "ot-rothe-erde",
    categories: ["youth"],
    audiences: ["young-people", "children"],
    languages: ["de"],
    free: true,
    minAge: 9,
    maxAge: 14,
    registrationRequired: true,
    schedules: [
      { weekday: 2, opens: "10:00", closes: "14:00" },
      { weekday: 4, opens: "10:00", closes: "14:00" },
    ],
    text: {
      de: {
        title: "Ferienwerkstatt in den Herbstferien",
        summary:
          "In den Herbstferien bauen, basteln und filmen: Werkstattprojekt für Kinder und Jugendliche in der OT Rothe Erde.",
        description:
          "Zweimal pro Woche öffnet die OT in den Herbstferien ihre Werkstatt. Die Teilnehmenden bauen zum Beispiel Vogelhäuser, drehen kurze Handyfilme oder gestalten ein Wandbild. Ein kleiner Imbiss ist inklusive.",
        eligibility: "Kinder und Jugendliche von 9 bis 14 Jahren.",
        howToJoin: "Bitte in der Woche vor den Ferien in der OT anmelden; die Plätze sind begrenzt.",
      },
      en: {
        title: "Autumn holiday workshop",
        summary:
          "Build, craft and film during the autumn holidays: a workshop project for children and young people at OT Rothe Erde.",
        description:
          "Twice a week during the autumn holidays the OT opens its workshop. Participants build bird boxes, shoot short phone films or design a mural, for example. A small snack is included.",
        eligibility: "Children and young people aged 9 to 14.",
        howToJoin: "Please register at the OT in the week before the holidays; places are limited.",
      },
    },
  },
  {
    key: "berufe-ausprobieren-bbz-west",
    organisation: "berufsbildungszentrum-west",
    categories: ["youth", "work"],
    audiences: ["young-people", "newcomers"],
    languages: ["de"],
    free: true,
    minAge: 14,
    maxAge: 21,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "13:00", closes: "16:00" }],
    text: {
      de: {
        title: "Berufe ausprobieren: Werkstatt-Nachmittage",
        summary:
          "Holz, Metall, Elektro, Küche: Jugendliche testen an Mittwochnachmittagen verschiedene Ausbildungsberufe.",
        description:
          "In den Werkstätten des Berufsbildungszentrums arbeiten Jugendliche an kleinen Projekten und lernen dabei Berufe kennen, die sie vielleicht noch nicht kannten. Ausbilderinnen und Ausbilder erklären, wie eine Ausbildung in Deutschland abläuft und welche Voraussetzungen nötig sind. Am Ende gibt es eine Teilnahmebescheinigung für die Bewerbungsmappe.",
        eligibility:
          "Jugendliche und junge Erwachsene von 14 bis 21 Jahren, besonders Schülerinnen und Schüler aus internationalen Klassen.",
        howToJoin: "Anmeldung über die Schule oder direkt beim Berufsbildungszentrum; ein Block dauert vier Wochen.",
      },
      en: {
        title: "Try out trades: workshop afternoons",
        summary:
          "Wood, metal, electrics, kitchen: young people test different apprenticeship trades on Wednesday afternoons.",
        description:
          "In the workshops of the vocational training centre, young people work on small projects and get to know trades they may not have known before. Instructors explain how vocational training works in Germany and what the requirements are. At the end there is a certificate of attendance for the application folder.",
        eligibility: "Young people aged 14 to 21, especially students from international classes.",
        howToJoin:
          "Register through your school or directly with the vocational training centre; each block lasts four weeks.",
      },
    },
  },
  {
    key: "infotreff-ausbildung-berufskolleg-aachen-west",
    organisation: "berufskolleg-aachen-west",
    categories: ["youth", "work"],
    audiences: ["young-people", "newcomers", "refugees"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    minAge: 16,
    maxAge: 25,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "15:00", closes: "17:00", interval: 2 }],
    text: {
      de: {
        title: "Infotreff Ausbildung für junge Zugewanderte",
        summary:
          "Alle zwei Wochen: Was ist eine duale Ausbildung, welche Schulabschlüsse brauche ich, und wie finde ich einen Ausbildungsplatz?",
        description:
          "Beim Infotreff erklärt das Berufskolleg, wie Ausbildung und Berufsschule in Deutschland zusammenhängen und welche Bildungsgänge es für junge Zugewanderte gibt. Ehemalige Schülerinnen und Schüler erzählen von ihrem Weg in die Ausbildung. Danach ist Zeit für persönliche Fragen, etwa zu Zeugnissen aus dem Herkunftsland.",
        eligibility: "Junge Menschen von 16 bis 25 Jahren, die neu in Deutschland sind.",
        howToJoin: "Ohne Anmeldung; Zeugnisse gern mitbringen.",
      },
      en: {
        title: "Information meeting on vocational training for young newcomers",
        summary:
          "Every two weeks: what is dual vocational training, which school qualifications do I need, and how do I find an apprenticeship?",
        description:
          "At the information meeting, the vocational college explains how apprenticeships and vocational school fit together in Germany and which courses are available for young newcomers. Former students talk about their path into training. Afterwards there is time for personal questions, for example about certificates from your country of origin.",
        eligibility: "Young people aged 16 to 25 who are new to Germany.",
        howToJoin: "No registration; feel free to bring your certificates.",
      },
    },
  },
  {
    key: "lernzeit-realschule-brand",
    organisation: "realschule-brand",
    categories: ["youth"],
    audiences: ["young-people"],
    languages: ["de"],
    free: true,
    minAge: 10,
    maxAge: 16,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "13:30", closes: "15:00" },
      { weekday: 4, opens: "13:30", closes: "15:00" },
    ],
    text: {
      de: {
        title: "Lernzeit und Hausaufgabenhilfe an der Realschule Brand",
        summary: "Betreute Lernzeit nach dem Unterricht: Hausaufgaben erledigen, Vokabeln üben, Fragen stellen.",
        description:
          "Zweimal pro Woche können Schülerinnen und Schüler nach der sechsten Stunde in der Schulbibliothek lernen. Lehrkräfte und ältere Schülerinnen und Schüler helfen bei Fragen. Für Jugendliche aus der Deutschförderklasse gibt es einen eigenen Tisch mit Sprachunterstützung.",
        eligibility: "Schülerinnen und Schüler der Realschule Brand, Klassen 5 bis 10.",
        howToJoin: "Ohne Anmeldung, einfach in die Bibliothek kommen.",
      },
      en: {
        title: "Study time and homework help at Realschule Brand",
        summary: "Supervised study time after lessons: do homework, practise vocabulary, ask questions.",
        description:
          "Twice a week students can study in the school library after the sixth lesson. Teachers and older students help with questions. Young people from the German support class have their own table with language support.",
        eligibility: "Students of Realschule Brand, years 5 to 10.",
        howToJoin: "No registration, just come to the library.",
      },
    },
  },
  {
    key: "mobile-jugendarbeit-eilendorf-unterwegs",
    organisation: "mobile-jugendarbeit-eilendorf",
    categories: ["youth"],
    audiences: ["young-people"],
    languages: ["de", "ru", "tr"],
    free: true,
    minAge: 12,
    maxAge: 25,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "16:00", closes: "20:00" },
      { weekday: 5, opens: "16:00", closes: "20:00" },
    ],
    text: {
      de: {
        title: "Mobile Jugendarbeit unterwegs in Eilendorf",
        summary: "Die Streetworkerinnen und Streetworker sind dort, wo Jugendliche sich treffen – und hören zu.",
        description:
          "Zweimal pro Woche ist das Team der Mobilen Jugendarbeit auf Plätzen, an Bushaltestellen und auf dem Skateplatz in Eilendorf unterwegs. Jugendliche können ansprechen, was sie beschäftigt: Ärger mit der Schule, Streit zu Hause, Geld oder Ausbildung. Auf Wunsch vermittelt das Team weiter und begleitet zu Terminen.",
        eligibility: "Jugendliche und junge Erwachsene von 12 bis 25 Jahren.",
        howToJoin: "Einfach ansprechen; das Team ist auch per Messenger erreichbar.",
      },
      en: {
        title: "Mobile youth work on the move in Eilendorf",
        summary: "The street workers are where young people hang out – and they listen.",
        description:
          "Twice a week, the mobile youth work team is out on squares, at bus stops and at the skate park in Eilendorf. Young people can bring up whatever is on their minds: trouble at school, arguments at home, money or training. If wanted, the team refers them on and goes with them to appointments.",
        eligibility: "Young people and young adults aged 12 to 25.",
        howToJoin: "Just talk to us; the team can also be reached by messenger.",
      },
    },
  },
  {
    key: "lernpatenschaft-jugendliche-richterich",
    organisation: "lernpaten-richterich",
    categories: ["youth"],
    audiences: ["young-people", "newcomers"],
    languages: ["de", "uk", "ru"],
    free: true,
    minAge: 12,
    maxAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "16:00", closes: "17:30" }],
    text: {
      de: {
        title: "Lernpatenschaften für Jugendliche",
        summary: "Eins-zu-eins-Unterstützung für Jugendliche, die neu an einer weiterführenden Schule sind.",
        description:
          "Jugendliche, die neu in Deutschland sind, bekommen eine feste Lernpatin oder einen festen Lernpaten. Gemeinsam werden Hausaufgaben besprochen, Deutsch geübt und Prüfungen vorbereitet. Die Patenschaft läuft mindestens ein Schulhalbjahr.",
        eligibility: "Jugendliche von 12 bis 18 Jahren aus Richterich und Umgebung.",
        howToJoin: "Anmeldung per E-Mail oder Telefon durch die Jugendlichen selbst oder ihre Eltern.",
      },
      en: {
        title: "Learning mentorships for young people",
        summary: "One-to-one support for young people who are new at a secondary school.",
        description:
          "Young people who are new to Germany get a regular learning mentor. Together they go through homework, practise German and prepare for exams. A mentorship runs for at least one school term.",
        eligibility: "Young people aged 12 to 18 from Richterich and the surrounding area.",
        howToJoin: "Register by e-mail or phone – young people themselves or their parents.",
      },
    },
  },
  {
    key: "jugendfussball-schnuppertraining-tsv-kornelimuenster",
    organisation: "tsv-kornelimuenster",
    categories: ["youth", "leisure-sport"],
    audiences: ["young-people", "children"],
    languages: ["de"],
    free: true,
    minAge: 8,
    maxAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "17:00", closes: "18:30" }],
    text: {
      de: {
        title: "Jugendfußball: Schnuppertraining",
        summary:
          "Mitspielen ohne Vereinsmitgliedschaft: offenes Fußballtraining für Kinder und Jugendliche in Kornelimünster.",
        description:
          "Dienstags trainieren die Jugendmannschaften des TSV Kornelimünster gemeinsam, und neue Spielerinnen und Spieler sind jederzeit willkommen. Fußballschuhe können aus dem Vereinsfundus geliehen werden. Wer bleiben möchte, kann über den Verein eine Förderung des Mitgliedsbeitrags beantragen.",
        eligibility: "Kinder und Jugendliche von 8 bis 16 Jahren.",
        howToJoin: "Einfach in Sportkleidung auf den Sportplatz kommen.",
      },
      en: {
        title: "Youth football: trial training",
        summary:
          "Play without club membership: open football training for children and young people in Kornelimünster.",
        description:
          "On Tuesdays the youth teams of TSV Kornelimünster train together, and new players are welcome at any time. Football boots can be borrowed from the club’s stock. Anyone who wants to stay can apply through the club for help with the membership fee.",
        eligibility: "Children and young people aged 8 to 16.",
        howToJoin: "Just come to the sports ground in sportswear.",
      },
    },
  },
  {
    key: "lerncafe-seiteneinsteiger-gesamtschule-aachen-ost",
    organisation: "gesamtschule-aachen-ost",
    categories: ["youth"],
    audiences: ["young-people", "newcomers"],
    languages: ["de", "ar", "uk"],
    free: true,
    minAge: 11,
    maxAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "14:00", closes: "15:30" }],
    text: {
      de: {
        title: "Lerncafé für Seiteneinsteiger",
        summary:
          "Für Jugendliche, die neu an die Schule gekommen sind: Deutsch üben, Fragen stellen, Mitschülerinnen und Mitschüler kennenlernen.",
        description:
          "Im Lerncafé der Gesamtschule Aachen-Ost helfen ältere Schülerinnen und Schüler als Lernbuddys. Es gibt Unterstützung bei Hausaufgaben, Spiele zum Deutschlernen und Tipps für den Schulalltag. Viele Buddys sprechen selbst Arabisch, Ukrainisch oder Türkisch.",
        eligibility:
          "Schülerinnen und Schüler der Gesamtschule Aachen-Ost, die seit weniger als zwei Jahren in Deutschland sind.",
        howToJoin: "Ohne Anmeldung; Treffpunkt ist der Raum neben der Bibliothek.",
      },
      en: {
        title: "Study café for newly arrived students",
        summary:
          "For young people who have just joined the school: practise German, ask questions, get to know classmates.",
        description:
          "At the study café of Gesamtschule Aachen-Ost, older students help as learning buddies. There is support with homework, games for learning German and tips for everyday school life. Many buddies speak Arabic, Ukrainian or Turkish themselves.",
        eligibility: "Students of Gesamtschule Aachen-Ost who have been in Germany for less than two years.",
        howToJoin: "No registration; meet in the room next to the library.",
      },
    },
  },
  {
    key: "jugendgruppe-persisches-kulturhaus",
    organisation: "persisches-kulturhaus",
    categories: ["youth", "leisure-sport"],
    audiences: ["young-people"],
    languages: ["fa", "de"],
    free: true,
    minAge: 13,
    maxAge: 19,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "15:00", closes: "18:00", interval: 2 }],
    text: {
      de: {
        title: "Jugendgruppe im Persischen Kulturhaus",
        summary:
          "Jeden zweiten Samstag: Treffen für Jugendliche mit Filmabenden, Musik, Ausflügen und Gesprächen auf Farsi und Deutsch.",
        description:
          "In der Jugendgruppe treffen sich Jugendliche aus afghanischen und iranischen Familien und ihre Freundinnen und Freunde. Sie planen gemeinsam Ausflüge, kochen, machen Musik oder organisieren Feste wie Nouruz. Erfahrene junge Erwachsene aus dem Verein begleiten die Gruppe.",
        eligibility: "Jugendliche von 13 bis 19 Jahren, egal welche Sprache sie sprechen.",
        howToJoin: "Einfach vorbeikommen.",
      },
      en: {
        title: "Youth group at the Persian cultural centre",
        summary:
          "Every other Saturday: meet-ups for young people with film nights, music, trips and conversations in Farsi and German.",
        description:
          "Young people from Afghan and Iranian families and their friends meet in the youth group. They plan trips together, cook, make music or organise celebrations such as Nowruz. Experienced young adults from the association accompany the group.",
        eligibility: "Young people aged 13 to 19, whatever language they speak.",
        howToJoin: "Just come along.",
      },
    },
  },
  // ───────────────────────────── Gesundheit ─────────────────────────────
  {
    key: "gesundheitslotsen-arztsuche",
    organisation: "netzwerk-migrantenorganisationen",
    categories: ["health"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "ar", "fa", "ru", "uk", "tr", "ti"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "10:00", closes: "12:00" },
      { weekday: 4, opens: "15:00", closes: "17:00" },
    ],
    text: {
      de: {
        title: "Gesundheitslotsen: Hilfe bei der Arztsuche",
        summary:
          "Gesundheitslotsen aus vielen Communities helfen Ihnen, einen Arzt oder eine Ärztin zu finden, und begleiten Sie zum ersten Termin.",
        description:
          "Sie suchen eine Hausarztpraxis, eine Kinderärztin oder einen Zahnarzt? Die Gesundheitslotsen erklären, wie das Gesundheitssystem in Deutschland funktioniert, welche Praxis passt und was die Krankenkasse bezahlt. Auf Wunsch begleiten sie Sie zum ersten Termin und helfen bei der Verständigung.",
        eligibility: "Alle, die neu in Aachen sind und sich im Gesundheitssystem noch nicht auskennen.",
        howToJoin:
          "In die Sprechstunde kommen oder anrufen; eine Lotsin oder ein Lotse ruft Sie in Ihrer Sprache zurück.",
      },
      en: {
        title: "Health guides: help finding a doctor",
        summary:
          "Health guides from many communities help you find a doctor and can go with you to your first appointment.",
        description:
          "Are you looking for a GP, a paediatrician or a dentist? The health guides explain how the health system in Germany works, which practice suits you and what your health insurance pays for. If you wish, they go with you to your first appointment and help with communication.",
        eligibility: "Anyone who is new in Aachen and not yet familiar with the health system.",
        howToJoin: "Come to the drop-in hours or call; a guide will call you back in your language.",
      },
      ar: {
        title: "مرشدو الصحة: مساعدة في إيجاد طبيب",
        summary: "مرشدو صحة من جاليات مختلفة يساعدونكم في إيجاد طبيب أو طبيبة، ويرافقونكم إلى الموعد الأول.",
        description:
          "هل تبحثون عن طبيب عام أو طبيبة أطفال أو طبيب أسنان؟ يشرح مرشدو الصحة كيف يعمل النظام الصحي في ألمانيا، وأي عيادة تناسبكم، وما الذي يغطيه التأمين الصحي. وإذا رغبتم يرافقونكم إلى الموعد الأول ويساعدونكم في التواصل.",
      },
      fa: {
        title: "راهنمایان سلامت: کمک برای پیدا کردن پزشک",
        summary:
          "راهنمایان سلامت از جوامع مختلف کمک می‌کنند پزشک مناسب پیدا کنید و شما را تا اولین نوبت همراهی می‌کنند.",
        description:
          "دنبال پزشک عمومی، پزشک کودکان یا دندانپزشک هستید؟ راهنمایان سلامت توضیح می‌دهند که نظام سلامت در آلمان چطور کار می‌کند، کدام مطب مناسب شماست و بیمهٔ درمانی چه هزینه‌هایی را می‌پردازد. در صورت تمایل شما را تا اولین نوبت همراهی می‌کنند و در گفت‌وگو کمک می‌کنند.",
      },
      uk: {
        title: "Провідники у сфері здоров’я: допомога в пошуку лікаря",
        summary: "Провідники з різних громад допомагають знайти лікаря чи лікарку й супроводжують на перший прийом.",
        description:
          "Шукаєте сімейного лікаря, педіатра чи стоматолога? Провідники пояснюють, як працює система охорони здоров’я в Німеччині, яка практика вам підходить і що оплачує медична страховка. За бажанням вони супроводжують вас на перший прийом і допомагають порозумітися.",
      },
      ru: {
        title: "Навигаторы по здоровью: помощь в поиске врача",
        summary: "Навигаторы из разных общин помогают найти врача и сопровождают на первый приём.",
        description:
          "Ищете терапевта, педиатра или стоматолога? Навигаторы объясняют, как устроена система здравоохранения в Германии, какая практика вам подходит и что оплачивает медицинская страховка. По желанию они сопровождают вас на первый приём и помогают объясниться.",
      },
      tr: {
        title: "Sağlık rehberleri: Doktor bulmada yardım",
        summary:
          "Farklı topluluklardan sağlık rehberleri doktor bulmanıza yardım ediyor ve ilk randevunuza sizinle geliyor.",
        description:
          "Aile hekimi, çocuk doktoru ya da diş hekimi mi arıyorsunuz? Sağlık rehberleri Almanya’da sağlık sisteminin nasıl işlediğini, hangi muayenehanenin size uygun olduğunu ve sağlık sigortasının neleri ödediğini anlatıyor. İsterseniz ilk randevunuza sizinle birlikte gelip iletişimde yardımcı oluyorlar.",
      },
    },
    easyRead:
      "Sie suchen einen Arzt oder eine Ärztin? Wir helfen Ihnen. Wir sprechen viele Sprachen. Wir erklären: So finden Sie eine Praxis. Wir gehen auch mit zum Arzt. Die Hilfe kostet nichts.",
  },
  {
    key: "psychosoziale-beratung-gefluechtete",
    organisation: "beratungszentrum-seelische-gesundheit",
    categories: ["health"],
    audiences: ["refugees", "families"],
    languages: ["de", "en", "ar", "fa", "ti", "uk"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "13:00" },
      { weekday: 4, opens: "13:00", closes: "17:00" },
    ],
    text: {
      de: {
        title: "Psychosoziale Beratung für Geflüchtete",
        summary:
          "Vertrauliche Beratung bei Stress, Schlafproblemen, Trauer oder belastenden Erlebnissen – auf Wunsch mit Dolmetschung.",
        description:
          "Flucht und Neuanfang können sehr belasten. In einem ersten Gespräch klären wir gemeinsam, was Ihnen hilft – Beratung, eine Gruppe oder die Vermittlung in eine Therapie. Bei Bedarf ist eine Dolmetscherin oder ein Dolmetscher dabei, und alles, was Sie erzählen, bleibt vertraulich.",
        eligibility: "Geflüchtete Erwachsene und Familien in Aachen, unabhängig vom Aufenthaltsstatus.",
        howToJoin:
          "Termin telefonisch oder persönlich vereinbaren. Sagen Sie uns, welche Sprache Sie sprechen, damit wir eine Dolmetschung organisieren können.",
      },
      en: {
        title: "Psychosocial counselling for refugees",
        summary:
          "Confidential counselling for stress, sleeping problems, grief or distressing experiences – with an interpreter if you wish.",
        description:
          "Fleeing your home and starting anew can be very stressful. In a first conversation we work out together what will help you – counselling, a group or a referral to therapy. An interpreter can join if needed, and everything you tell us stays confidential.",
        eligibility: "Refugee adults and families in Aachen, regardless of residence status.",
        howToJoin:
          "Make an appointment by phone or in person. Tell us which language you speak so that we can arrange an interpreter.",
      },
      ar: {
        title: "استشارة نفسية اجتماعية للاجئين",
        summary: "استشارة سرية عند التوتر أو مشاكل النوم أو الحزن أو التجارب المؤلمة، مع مترجم إذا رغبتم.",
        description:
          "قد يكون اللجوء والبدء من جديد مرهقًا جدًا. في اللقاء الأول نحدد معًا ما يساعدكم: استشارة أو مجموعة دعم أو إحالة إلى علاج نفسي. عند الحاجة يحضر مترجم أو مترجمة، وكل ما تقولونه يبقى سريًا.",
      },
      fa: {
        title: "مشاورهٔ روانی-اجتماعی برای پناهجویان",
        summary: "مشاورهٔ محرمانه هنگام استرس، بی‌خوابی، سوگ یا تجربه‌های دردناک؛ در صورت تمایل با مترجم.",
        description:
          "ترک وطن و شروع دوباره می‌تواند بسیار سنگین باشد. در گفت‌وگوی اول با هم روشن می‌کنیم چه چیزی به شما کمک می‌کند: مشاوره، یک گروه یا معرفی به درمان. در صورت نیاز یک مترجم حضور دارد و هر چه بگویید محرمانه می‌ماند.",
      },
      uk: {
        title: "Психосоціальна консультація для біженців",
        summary:
          "Конфіденційна консультація при стресі, проблемах зі сном, горі чи важких переживаннях — за бажанням із перекладачем.",
        description:
          "Втеча з дому й новий початок можуть дуже виснажувати. Під час першої розмови ми разом з’ясовуємо, що вам допоможе: консультація, група чи направлення на терапію. За потреби присутній перекладач, а все, що ви розповідаєте, залишається конфіденційним.",
      },
      ru: {
        title: "Психосоциальная консультация для беженцев",
        summary:
          "Конфиденциальная консультация при стрессе, проблемах со сном, горе или тяжёлых переживаниях — по желанию с переводчиком.",
        description:
          "Бегство и новое начало могут сильно изматывать. На первой встрече мы вместе выясняем, что вам поможет: консультация, группа или направление на терапию. При необходимости присутствует переводчик, а всё, что вы рассказываете, остаётся конфиденциальным.",
      },
      tr: {
        title: "Mülteciler için psikososyal danışmanlık",
        summary:
          "Stres, uyku sorunları, yas ya da ağır deneyimler için gizli danışmanlık – isterseniz tercüman eşliğinde.",
        description:
          "Yurdunu terk etmek zorunda kalmak ve yeniden başlamak çok yıpratıcı olabilir. İlk görüşmede size neyin iyi geleceğini birlikte belirliyoruz: danışmanlık, bir grup ya da terapiye yönlendirme. Gerekirse bir tercüman bulunur; anlattığınız her şey gizli kalır.",
      },
    },
    easyRead:
      "Geht es Ihnen nicht gut? Haben Sie viele Sorgen? Können Sie schlecht schlafen? Dann können Sie mit uns sprechen. Wir hören Ihnen zu. Wir helfen Ihnen. Alles bleibt geheim. Es gibt Dolmetscher. Die Beratung kostet nichts.",
  },
  {
    key: "schwangerschaftsberatung-caritas",
    organisation: "caritas-aachen",
    categories: ["health", "parents-children"],
    audiences: ["women", "parents", "families"],
    languages: ["de", "en", "ar"],
    free: true,
    registrationRequired: true,
    schedules: [
      { weekday: 1, opens: "09:00", closes: "12:00" },
      { weekday: 3, opens: "14:00", closes: "17:00" },
    ],
    text: {
      de: {
        title: "Schwangerschaftsberatung",
        summary:
          "Beratung rund um Schwangerschaft, Geburt und die erste Zeit mit dem Baby – mit Hilfe bei Anträgen auf finanzielle Unterstützung.",
        description:
          "Schwangere und werdende Eltern bekommen hier Antworten auf alle Fragen rund um Schwangerschaft, Geburt und die erste Zeit mit dem Baby. Wir erklären, welche Leistungen Ihnen zustehen, und helfen bei Anträgen, zum Beispiel auf Elterngeld oder auf Mittel der Bundesstiftung Mutter und Kind. Die Beratung ist kostenlos und vertraulich, auf Wunsch mit Dolmetschung.",
        eligibility: "Schwangere Frauen, werdende Väter und Familien mit Babys bis zum ersten Geburtstag.",
        howToJoin:
          "Termin telefonisch vereinbaren. Anträge an die Bundesstiftung Mutter und Kind müssen vor der Geburt gestellt werden – bitte melden Sie sich früh.",
      },
      en: {
        title: "Pregnancy counselling",
        summary:
          "Advice on pregnancy, birth and the first months with your baby – including help with applications for financial support.",
        description:
          "Pregnant women and expectant parents get answers here to all questions about pregnancy, birth and the first months with the baby. We explain which benefits you are entitled to and help with applications, for example for parental allowance (Elterngeld) or for support from the federal foundation “Mutter und Kind”. Counselling is free and confidential, with an interpreter if you wish.",
        eligibility: "Pregnant women, expectant fathers and families with babies up to their first birthday.",
        howToJoin:
          "Make an appointment by phone. Applications to the federal foundation “Mutter und Kind” must be made before the birth – please get in touch early.",
      },
      ar: {
        title: "استشارات الحمل",
        summary: "استشارة حول الحمل والولادة والأشهر الأولى مع الطفل، مع مساعدة في تقديم طلبات الدعم المالي.",
        description:
          "تحصل الحوامل والآباء والأمهات المنتظرون هنا على إجابات لكل أسئلتهم حول الحمل والولادة والفترة الأولى مع الطفل. نشرح لكم المساعدات التي يحق لكم الحصول عليها، ونساعدكم في تقديم الطلبات، مثل طلب إعانة الوالدين (Elterngeld) أو الدعم من المؤسسة الاتحادية «الأم والطفل». الاستشارة مجانية وسرية، ومع مترجم إذا رغبتم.",
      },
      fa: {
        title: "مشاورهٔ بارداری",
        summary: "مشاوره دربارهٔ بارداری، زایمان و ماه‌های اول با نوزاد؛ همراه با کمک در پر کردن درخواست‌های کمک مالی.",
        description:
          "زنان باردار و پدر و مادرهای آینده اینجا برای همهٔ پرسش‌هایشان دربارهٔ بارداری، زایمان و روزهای اول با نوزاد پاسخ می‌گیرند. توضیح می‌دهیم چه کمک‌هایی به شما تعلق می‌گیرد و در درخواست‌ها، مثلاً برای کمک‌هزینهٔ والدین (Elterngeld) یا کمک بنیاد فدرال «مادر و کودک»، کمکتان می‌کنیم. مشاوره رایگان و محرمانه است و در صورت تمایل با مترجم.",
      },
      uk: {
        title: "Консультації з питань вагітності",
        summary:
          "Консультації щодо вагітності, пологів і перших місяців з малюком — з допомогою в оформленні заяв на фінансову підтримку.",
        description:
          "Вагітні жінки та майбутні батьки отримують тут відповіді на всі запитання про вагітність, пологи й перші місяці з малюком. Ми пояснюємо, на які виплати ви маєте право, і допомагаємо із заявами, наприклад на батьківську допомогу (Elterngeld) або на кошти федерального фонду «Мати й дитина». Консультація безкоштовна й конфіденційна, за бажанням — із перекладачем.",
      },
      ru: {
        title: "Консультации по вопросам беременности",
        summary:
          "Консультации о беременности, родах и первых месяцах с малышом — с помощью в оформлении заявлений на финансовую поддержку.",
        description:
          "Беременные женщины и будущие родители получают здесь ответы на все вопросы о беременности, родах и первых месяцах с малышом. Мы объясняем, на какие выплаты вы имеете право, и помогаем с заявлениями, например на родительское пособие (Elterngeld) или на средства федерального фонда «Мать и дитя». Консультация бесплатная и конфиденциальная, по желанию — с переводчиком.",
      },
      tr: {
        title: "Hamilelik danışmanlığı",
        summary:
          "Hamilelik, doğum ve bebekle ilk aylar hakkında danışmanlık – maddi destek başvurularında yardım dahil.",
        description:
          "Hamile kadınlar ve anne-baba adayları burada hamilelik, doğum ve bebekle ilk aylar hakkındaki tüm sorularına yanıt buluyor. Hangi yardımlara hakkınız olduğunu açıklıyor ve örneğin ebeveyn parası (Elterngeld) ya da federal „Anne ve Çocuk“ vakfının desteği için başvurularda yardım ediyoruz. Danışmanlık ücretsiz ve gizlidir; isterseniz tercümanla.",
      },
    },
  },
  {
    key: "impfberatung-gesundheitsamt",
    organisation: "gesundheitsamt",
    categories: ["health"],
    audiences: ["newcomers", "families", "children"],
    languages: ["de", "en"],
    free: true,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Impfberatung und Impfpass-Check",
        summary:
          "Welche Impfungen fehlen? Beratung für Kinder und Erwachsene, die neu in Deutschland sind – bitte Impfunterlagen mitbringen.",
        description:
          "Viele Familien haben Impfnachweise aus ihrem Herkunftsland oder gar keine Unterlagen. In der Impfberatung wird geprüft, welche Impfungen nach den Empfehlungen der Ständigen Impfkommission noch fehlen. Sie erfahren, wo Sie die Impfungen bekommen, und für Kita und Schule wichtige Nachweise werden erklärt, zum Beispiel zur Masernimpfung.",
        eligibility: "Kinder, Jugendliche und Erwachsene, die in Aachen leben.",
        howToJoin:
          "Termin telefonisch vereinbaren. Bitte alle vorhandenen Impfausweise und Unterlagen mitbringen, auch in anderen Sprachen.",
      },
      en: {
        title: "Vaccination advice and vaccination record check",
        summary:
          "Which vaccinations are missing? Advice for children and adults who are new to Germany – please bring your vaccination records.",
        description:
          "Many families have vaccination records from their country of origin or no documents at all. The vaccination advice service checks which vaccinations recommended by the Standing Committee on Vaccination are still missing. You learn where to get them, and the certificates that matter for Kita and school are explained, for example proof of measles vaccination.",
        eligibility: "Children, young people and adults living in Aachen.",
        howToJoin:
          "Make an appointment by phone. Please bring all vaccination cards and records you have, including those in other languages.",
      },
    },
  },
  {
    key: "gruppe-frauen-kraft-schoepfen",
    organisation: "beratungszentrum-seelische-gesundheit",
    categories: ["health"],
    audiences: ["women", "refugees"],
    languages: ["ar", "fa", "de"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "Frauengruppe: Kraft schöpfen nach der Flucht",
        summary:
          "Stabilisierungsgruppe für geflüchtete Frauen: Entspannungsübungen, Austausch und Wissen über Stress und Schlaf.",
        description:
          "In dieser kleinen Gruppe lernen Frauen Übungen, die bei Anspannung, Grübeln und Schlafproblemen helfen. Eine Psychologin und eine Sprachmittlerin leiten die Treffen auf Arabisch, Farsi und Deutsch. Es geht nicht darum, über schlimme Erlebnisse zu sprechen, sondern darum, im Alltag wieder mehr Kraft zu haben.",
        eligibility: "Geflüchtete Frauen ab 18 Jahren.",
        howToJoin:
          "Nach einem kurzen Vorgespräch in der Beratungsstelle; Termin telefonisch vereinbaren. Kinderbetreuung ist möglich.",
      },
      en: {
        title: "Women’s group: regaining strength after flight",
        summary:
          "Stabilisation group for refugee women: relaxation exercises, sharing and knowledge about stress and sleep.",
        description:
          "In this small group, women learn exercises that help with tension, brooding and sleeping problems. A psychologist and a language mediator lead the meetings in Arabic, Farsi and German. The aim is not to talk about terrible experiences but to regain strength in everyday life.",
        eligibility: "Refugee women aged 18 and over.",
        howToJoin:
          "After a short preliminary talk at the counselling centre; make an appointment by phone. Childcare is available.",
      },
    },
  },
  {
    key: "frauengesundheit-gespraechskreis-afrikanisches-frauennetzwerk",
    organisation: "afrikanisches-frauennetzwerk",
    categories: ["health"],
    audiences: ["women", "newcomers"],
    languages: ["en", "fr", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "14:00", closes: "16:00", interval: 2 }],
    text: {
      de: {
        title: "Gesprächskreis Frauengesundheit",
        summary:
          "Offene Runde für Frauen zu Vorsorge, Verhütung, Wechseljahren und dem Weg zur Frauenärztin – auf Englisch, Französisch und Deutsch.",
        description:
          "Jeden zweiten Samstag lädt das Frauennetzwerk zu einem Gesprächskreis rund um Frauengesundheit ein. Oft ist eine Ärztin oder Hebamme zu Gast und beantwortet Fragen, auch solche, die man beim Arzttermin nicht zu stellen wagt. Die Frauen erfahren auch, welche Vorsorgeuntersuchungen die Krankenkasse bezahlt.",
        eligibility: "Frauen jeden Alters.",
        howToJoin: "Ohne Anmeldung.",
      },
      en: {
        title: "Women’s health discussion group",
        summary:
          "Open group for women on check-ups, contraception, menopause and finding a gynaecologist – in English, French and German.",
        description:
          "Every other Saturday the women’s network holds a discussion group on women’s health. Often a doctor or midwife joins as a guest and answers questions, including those people are afraid to ask at an appointment. Women also learn which check-ups health insurance pays for.",
        eligibility: "Women of all ages.",
        howToJoin: "No registration.",
      },
    },
  },
  {
    key: "gesundheitsabende-persisches-kulturhaus",
    organisation: "persisches-kulturhaus",
    categories: ["health"],
    audiences: ["newcomers", "families", "seniors"],
    languages: ["fa", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "18:30", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Gesundheitsabende auf Farsi",
        summary:
          "Vorträge und Fragerunden auf Farsi zu Themen wie Diabetes, Zahngesundheit, Krankenversicherung und Arztbesuch.",
        description:
          "Ärztinnen, Apotheker und Pflegekräfte aus der persischsprachigen Community erklären jeden zweiten Donnerstag ein Gesundheitsthema. Danach ist viel Zeit für Fragen. Die Abende helfen besonders älteren Menschen, sich im deutschen Gesundheitssystem zurechtzufinden.",
        eligibility: "Alle, die Farsi oder Dari sprechen.",
        howToJoin: "Ohne Anmeldung; das Programm hängt im Kulturhaus aus.",
      },
      en: {
        title: "Health evenings in Farsi",
        summary:
          "Talks and Q&A sessions in Farsi on topics such as diabetes, dental health, health insurance and visiting the doctor.",
        description:
          "Every other Thursday, doctors, pharmacists and nurses from the Persian-speaking community explain a health topic. Afterwards there is plenty of time for questions. The evenings especially help older people find their way around the German health system.",
        eligibility: "Anyone who speaks Farsi or Dari.",
        howToJoin: "No registration; the programme is posted at the cultural centre.",
      },
    },
  },
  {
    key: "frauentreff-gesundheit-eritreischer-gemeinschaftsverein",
    organisation: "eritreischer-gemeinschaftsverein",
    categories: ["health"],
    audiences: ["women", "refugees"],
    languages: ["ti", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 7, opens: "15:00", closes: "17:00", interval: 2 }],
    text: {
      de: {
        title: "Frauentreff Gesundheit auf Tigrinya",
        summary:
          "Austausch unter Frauen auf Tigrinya über Schwangerschaft, Kindergesundheit und den Weg zum Arzt in Aachen.",
        description:
          "Jeden zweiten Sonntag treffen sich Frauen aus der eritreischen Community im Vereinsraum in Haaren. Erfahrene Frauen geben Tipps, wie man eine Kinderärztin findet, was bei Vorsorgeuntersuchungen passiert und wo es Hilfe gibt. Manchmal kommen Fachkräfte mit Dolmetschung dazu.",
        eligibility: "Frauen, die Tigrinya sprechen.",
        howToJoin: "Ohne Anmeldung; Kinder dürfen mitkommen.",
      },
      en: {
        title: "Women’s health meeting in Tigrinya",
        summary: "Women share experiences in Tigrinya on pregnancy, children’s health and seeing a doctor in Aachen.",
        description:
          "Every other Sunday, women from the Eritrean community meet in the association’s room in Haaren. Experienced women give tips on finding a paediatrician, what happens at check-ups and where to find help. Sometimes professionals join with an interpreter.",
        eligibility: "Women who speak Tigrinya.",
        howToJoin: "No registration; children are welcome.",
      },
    },
  },
  {
    key: "hebammensprechstunde-familienzentrum-brand",
    organisation: "familienzentrum-brand",
    categories: ["health", "parents-children"],
    audiences: ["women", "parents", "families"],
    languages: ["de", "en", "ar"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Hebammensprechstunde",
        summary:
          "Offene Sprechstunde einer Hebamme für Schwangere und Eltern mit Babys – auch für Frauen ohne eigene Hebamme.",
        description:
          "Nicht jede Frau findet eine eigene Hebamme für die Zeit nach der Geburt. In der offenen Sprechstunde im Familienzentrum Brand berät eine Hebamme zu Schwangerschaft, Stillen, Ernährung und Babypflege. Bei Bedarf hilft sie, weitere Unterstützung zu finden.",
        eligibility: "Schwangere und Eltern mit Babys im ersten Lebensjahr.",
        howToJoin: "Ohne Termin; bitte den Mutterpass oder das gelbe Untersuchungsheft mitbringen.",
      },
      en: {
        title: "Midwife drop-in hours",
        summary:
          "Open drop-in hours with a midwife for pregnant women and parents with babies – also for women without their own midwife.",
        description:
          "Not every woman finds her own midwife for the time after the birth. At the drop-in hours at Familienzentrum Brand, a midwife advises on pregnancy, breastfeeding, nutrition and baby care. If needed, she helps find further support.",
        eligibility: "Pregnant women and parents with babies in their first year.",
        howToJoin:
          "No appointment needed; please bring your maternity record (Mutterpass) or the yellow child health booklet.",
      },
    },
  },
  {
    key: "erste-hilfe-am-kind-drk",
    organisation: "drk-aachen",
    categories: ["health", "parents-children"],
    audiences: ["parents", "families"],
    languages: ["de"],
    free: false,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "09:00", closes: "16:00", interval: 2 }],
    text: {
      de: {
        title: "Erste Hilfe am Kind",
        summary:
          "Tageskurs für Eltern und Großeltern: Was tun bei Fieberkrampf, Verschlucken, Stürzen oder Verbrühungen?",
        description:
          "Im Kurs lernen Eltern, wie sie bei Notfällen mit Babys und Kleinkindern richtig reagieren. Geübt werden Wiederbelebung, Hilfe beim Verschlucken und die Versorgung kleiner Wunden. Außerdem geht es darum, wie man Unfälle im Haushalt vermeidet und wann man den Notruf 112 wählt.",
        eligibility: "Eltern, Großeltern und alle, die Kinder betreuen.",
        howToJoin: "Anmeldung online oder telefonisch; Kurse finden an einzelnen Samstagen statt.",
        costNote: "Kursgebühr 45 €; einige Krankenkassen erstatten die Kosten ganz oder teilweise.",
      },
      en: {
        title: "First aid for children",
        summary:
          "One-day course for parents and grandparents: what to do in case of febrile seizures, choking, falls or scalds?",
        description:
          "In the course, parents learn how to react correctly in emergencies with babies and toddlers. They practise resuscitation, helping a choking child and treating small wounds. The course also covers preventing accidents at home and when to call the emergency number 112.",
        eligibility: "Parents, grandparents and anyone who looks after children.",
        howToJoin: "Register online or by phone; courses take place on selected Saturdays.",
        costNote: "Course fee €45; some health insurers reimburse all or part of the cost.",
      },
    },
  },
  {
    key: "arztbegleitung-russischsprachige-familien",
    organisation: "russischsprachige-familien",
    categories: ["health"],
    audiences: ["newcomers", "seniors", "refugees"],
    languages: ["ru", "uk", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "16:00", closes: "18:00" }],
    text: {
      de: {
        title: "Hilfe rund um den Arztbesuch auf Russisch und Ukrainisch",
        summary:
          "Ehrenamtliche helfen bei der Suche nach einer Praxis, übersetzen Befunde grob und begleiten bei Bedarf zum Termin.",
        description:
          "In der Sprechstunde in Eilendorf bekommen Menschen, die Russisch oder Ukrainisch sprechen, Hilfe bei Fragen rund um den Arztbesuch. Ehrenamtliche erklären Überweisungen, Rezepte und Zuzahlungen und helfen, Termine zu vereinbaren. Für wichtige Gespräche vermitteln sie eine Begleitung zur Praxis.",
        eligibility: "Alle, die Russisch oder Ukrainisch sprechen, besonders ältere Menschen.",
        howToJoin: "Ohne Termin in die Sprechstunde kommen.",
      },
      en: {
        title: "Help with doctor’s visits in Russian and Ukrainian",
        summary:
          "Volunteers help find a practice, roughly translate medical findings and go with you to appointments if needed.",
        description:
          "At the drop-in hours in Eilendorf, people who speak Russian or Ukrainian get help with questions about seeing a doctor. Volunteers explain referrals, prescriptions and co-payments and help make appointments. For important consultations they arrange for someone to accompany you to the practice.",
        eligibility: "Anyone who speaks Russian or Ukrainian, especially older people.",
        howToJoin: "Come to the drop-in hours, no appointment needed.",
      },
    },
  },
  // ───────────────────────────── Freizeit und Sport ─────────────────────────────
  {
    key: "schwimmkurs-frauen-sv-gruen-weiss-haaren",
    organisation: "sv-gruen-weiss-haaren",
    categories: ["leisure-sport", "health"],
    audiences: ["women", "newcomers"],
    languages: ["de", "en", "ar"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "18:00", closes: "19:00" }],
    text: {
      de: {
        title: "Schwimmkurs für Frauen",
        summary:
          "Schwimmen lernen in ruhiger Atmosphäre: Anfängerkurs nur für Frauen, mit Trainerin und ohne Zuschauer.",
        description:
          "In diesem Anfängerkurs lernen Frauen Schritt für Schritt schwimmen – auch wenn sie noch nie im Wasser waren. Der Kurs findet in einer geschlossenen Gruppe mit einer Schwimmtrainerin statt; Männer haben in dieser Zeit keinen Zutritt zur Halle. Badekleidung wie ein Burkini ist willkommen.",
        eligibility: "Frauen ab 16 Jahren, die nicht oder nur wenig schwimmen können.",
        howToJoin:
          "Anmeldung beim Verein per Telefon oder E-Mail. Der nächste Kurs beginnt nach den Ferien; es gibt eine Warteliste.",
        costNote:
          "40 € für 10 Termine, für Menschen mit Bürgergeld oder Asylbewerberleistungen 10 €. Der Eintritt ins Bad ist inbegriffen.",
      },
      en: {
        title: "Swimming course for women",
        summary:
          "Learn to swim in a calm atmosphere: a beginners’ course for women only, with a female instructor and no spectators.",
        description:
          "In this beginners’ course women learn to swim step by step – even if they have never been in the water. The course takes place in a closed group with a female swimming instructor; men have no access to the pool during this time. Swimwear such as a burkini is welcome.",
        eligibility: "Women aged 16 and over who cannot swim or can only swim a little.",
        howToJoin:
          "Register with the club by phone or e-mail. The next course starts after the holidays; there is a waiting list.",
        costNote:
          "€40 for 10 sessions, €10 for people receiving Bürgergeld or asylum seekers’ benefits. Pool entry is included.",
      },
      ar: {
        title: "دورة سباحة للنساء",
        summary: "تعلّم السباحة في جو هادئ: دورة للمبتدئات للنساء فقط، مع مدرّبة ومن دون متفرجين.",
        description:
          "في هذه الدورة للمبتدئات تتعلم النساء السباحة خطوة بخطوة، حتى لو لم يدخلن الماء من قبل. تُقام الدورة في مجموعة مغلقة مع مدرّبة سباحة، ولا يُسمح للرجال بدخول المسبح خلال هذا الوقت. ملابس السباحة مثل البوركيني مرحَّب بها.",
      },
      fa: {
        title: "کلاس شنا برای زنان",
        summary: "شنا یاد بگیرید در فضایی آرام: دورهٔ مبتدی فقط برای زنان، با مربی زن و بدون تماشاچی.",
        description:
          "در این دورهٔ مبتدی، زنان قدم به قدم شنا یاد می‌گیرند، حتی اگر تا به حال وارد آب نشده باشند. کلاس در یک گروه بسته و با یک مربی شنای زن برگزار می‌شود و در این ساعت مردان اجازهٔ ورود به استخر را ندارند. پوشیدن لباس شنا مانند بورکینی آزاد است.",
      },
      uk: {
        title: "Курс плавання для жінок",
        summary:
          "Навчитися плавати в спокійній атмосфері: курс для початківців тільки для жінок, з тренеркою і без глядачів.",
        description:
          "На цьому курсі для початківців жінки крок за кроком навчаються плавати — навіть якщо ніколи раніше не заходили у воду. Заняття проходять у закритій групі з тренеркою з плавання; чоловіків у цей час до басейну не пускають. Можна плавати в будь-якому купальному одязі, наприклад у буркіні.",
      },
      ru: {
        title: "Курс плавания для женщин",
        summary:
          "Научиться плавать в спокойной обстановке: курс для начинающих только для женщин, с женщиной-тренером и без зрителей.",
        description:
          "На этом курсе для начинающих женщины шаг за шагом учатся плавать — даже если никогда раньше не заходили в воду. Занятия проходят в закрытой группе с женщиной-тренером по плаванию; мужчинам в это время вход в бассейн закрыт. Можно плавать в любой купальной одежде, например в буркини.",
      },
      tr: {
        title: "Kadınlar için yüzme kursu",
        summary:
          "Sakin bir ortamda yüzme öğrenin: Sadece kadınlar için, kadın eğitmenli ve seyircisiz başlangıç kursu.",
        description:
          "Bu başlangıç kursunda kadınlar, daha önce hiç suya girmemiş olsalar bile adım adım yüzmeyi öğreniyor. Kurs, kadın bir yüzme eğitmeniyle kapalı bir grupta yapılır; bu saatte erkekler havuza giremez. Haşema gibi mayolar memnuniyetle karşılanır.",
      },
    },
    easyRead:
      "Sie möchten schwimmen lernen? Dieser Kurs ist nur für Frauen. Eine Frau leitet den Kurs. Männer dürfen nicht in die Halle. Der Kurs hat 10 Termine. Er kostet 40 Euro. Haben Sie wenig Geld? Dann kostet er 10 Euro. Bitte melden Sie sich an.",
  },
  {
    key: "radfahrkurs-frauen-rueckenwind",
    organisation: "fahrradwerkstatt-rueckenwind",
    categories: ["leisure-sport"],
    audiences: ["women", "newcomers"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [
      { weekday: 3, opens: "17:00", closes: "19:00" },
      { weekday: 6, opens: "10:00", closes: "12:00" },
    ],
    text: {
      de: {
        title: "Radfahrkurs für Frauen",
        summary:
          "Fahrradfahren lernen von Anfang an – in kleinen Gruppen, mit geduldigen Trainerinnen, Leihrädern und Helmen.",
        description:
          "Viele Frauen hatten nie die Gelegenheit, Fahrrad fahren zu lernen. Im Kurs üben Sie auf einem ruhigen Platz zuerst das Gleichgewicht, dann Bremsen und Kurven und zum Schluss die ersten Fahrten im Straßenverkehr. Fahrräder und Helme werden gestellt; wer den Kurs schafft, kann günstig ein gebrauchtes Rad aus der Werkstatt bekommen.",
        eligibility: "Frauen ab 16 Jahren, die nicht oder nur unsicher Rad fahren.",
        howToJoin:
          "Anmeldung in der Werkstatt oder per E-Mail. Ein Kurs hat acht Termine und höchstens acht Teilnehmerinnen.",
      },
      en: {
        title: "Cycling course for women",
        summary:
          "Learn to ride a bike from scratch – in small groups, with patient female trainers, loan bikes and helmets.",
        description:
          "Many women never had the chance to learn to ride a bike. In the course you first practise balance on a quiet square, then braking and turning, and finally your first rides in traffic. Bikes and helmets are provided; those who complete the course can get a low-cost used bike from the workshop.",
        eligibility: "Women aged 16 and over who cannot ride a bike or feel unsafe doing so.",
        howToJoin: "Register at the workshop or by e-mail. A course has eight sessions and at most eight participants.",
      },
      ar: {
        title: "دورة ركوب الدراجة للنساء",
        summary: "تعلّم ركوب الدراجة من البداية، في مجموعات صغيرة مع مدرّبات صبورات ودراجات وخوذات للإعارة.",
        description:
          "كثير من النساء لم تتح لهن الفرصة لتعلّم ركوب الدراجة. في الدورة تتدربن أولًا على التوازن في ساحة هادئة، ثم على الفرملة والانعطاف، وأخيرًا على أول جولات في حركة المرور. الدراجات والخوذات متوفرة، ومن تُنهي الدورة يمكنها الحصول على دراجة مستعملة بسعر رخيص من الورشة.",
      },
      fa: {
        title: "کلاس دوچرخه‌سواری برای زنان",
        summary: "دوچرخه‌سواری را از صفر یاد بگیرید؛ در گروه‌های کوچک، با مربیان زن صبور و دوچرخه و کلاه ایمنی امانی.",
        description:
          "بسیاری از زنان هیچ‌وقت فرصت یادگیری دوچرخه‌سواری را نداشته‌اند. در این کلاس ابتدا در یک محوطهٔ آرام تعادل را تمرین می‌کنید، بعد ترمز گرفتن و پیچیدن و در پایان اولین رکاب‌زدن‌ها در خیابان. دوچرخه و کلاه ایمنی در اختیارتان قرار می‌گیرد و کسی که دوره را تمام کند، می‌تواند یک دوچرخهٔ دست‌دوم ارزان از کارگاه تهیه کند.",
      },
      uk: {
        title: "Курс їзди на велосипеді для жінок",
        summary:
          "Навчитися їздити на велосипеді з нуля — у малих групах, з терплячими тренерками, велосипедами та шоломами напрокат.",
        description:
          "Багато жінок ніколи не мали змоги навчитися їздити на велосипеді. На курсі ви спочатку тренуєте рівновагу на тихому майданчику, потім гальмування й повороти, а наприкінці — перші поїздки в міському русі. Велосипеди та шоломи надаються; ті, хто завершить курс, можуть недорого придбати вживаний велосипед у майстерні.",
      },
      ru: {
        title: "Курс езды на велосипеде для женщин",
        summary:
          "Научиться ездить на велосипеде с нуля — в небольших группах, с терпеливыми тренерами, велосипедами и шлемами напрокат.",
        description:
          "Многие женщины никогда не имели возможности научиться ездить на велосипеде. На курсе вы сначала тренируете равновесие на тихой площадке, затем торможение и повороты, а в конце — первые поездки в городском движении. Велосипеды и шлемы предоставляются; те, кто закончит курс, могут недорого получить подержанный велосипед в мастерской.",
      },
      tr: {
        title: "Kadınlar için bisiklet kursu",
        summary:
          "Sıfırdan bisiklet sürmeyi öğrenin – küçük gruplarda, sabırlı kadın eğitmenlerle, ödünç bisiklet ve kaskla.",
        description:
          "Birçok kadının bisiklet sürmeyi öğrenme fırsatı hiç olmadı. Kursta önce sakin bir alanda dengeyi, sonra fren yapmayı ve dönmeyi, en sonunda da trafikte ilk sürüşleri çalışıyorsunuz. Bisiklet ve kask sağlanıyor; kursu tamamlayanlar atölyeden uygun fiyata ikinci el bir bisiklet alabiliyor.",
      },
    },
  },
  {
    key: "frauenschwimmen-afrikanisches-frauennetzwerk",
    organisation: "afrikanisches-frauennetzwerk",
    categories: ["leisure-sport"],
    audiences: ["women"],
    languages: ["en", "fr", "de"],
    free: false,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 7, opens: "09:00", closes: "10:30", interval: 2 }],
    text: {
      de: {
        title: "Frauenschwimmen mit Wassergewöhnung",
        summary: "Begleitete Badezeit nur für Frauen: erst ans Wasser gewöhnen, dann erste Schwimmzüge üben.",
        description:
          "Jeden zweiten Sonntagmorgen nutzt das Frauennetzwerk eine reservierte Badezeit in einem Aachener Hallenbad. Ehrenamtliche Rettungsschwimmerinnen helfen Frauen, die Angst vor dem Wasser haben, Schritt für Schritt sicherer zu werden. Wer schon schwimmen kann, trainiert frei.",
        eligibility: "Frauen ab 16 Jahren, mit oder ohne Schwimmerfahrung.",
        howToJoin: "Bitte vorher per Nachricht anmelden; der Treffpunkt wird dann mitgeteilt.",
        costNote: "3 € pro Termin für den Eintritt; wer wenig Geld hat, zahlt nichts.",
      },
      en: {
        title: "Women’s swimming with water confidence",
        summary:
          "Accompanied swimming time for women only: first get used to the water, then practise your first strokes.",
        description:
          "Every other Sunday morning the women’s network uses a reserved slot at an indoor pool in Aachen. Volunteer lifeguards help women who are afraid of the water gain confidence step by step. Those who can already swim train on their own.",
        eligibility: "Women aged 16 and over, with or without swimming experience.",
        howToJoin: "Please register in advance by message; you will then be told the meeting point.",
        costNote: "€3 per session for pool entry; free for anyone on a low income.",
      },
    },
  },
  {
    key: "radfahren-lernen-frauen-brand",
    organisation: "runder-tisch-brand",
    categories: ["leisure-sport"],
    audiences: ["women", "refugees"],
    languages: ["de", "ku", "ar"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "10:00", closes: "12:00" }],
    text: {
      de: {
        title: "Radfahren lernen für Frauen in Brand",
        summary:
          "Donnerstagvormittags Radfahren üben auf dem Schulhof – mit Ehrenamtlichen, Leihrädern und Kinderbetreuung.",
        description:
          "Ehrenamtliche des Runden Tisches bringen Frauen aus Brand das Radfahren bei. Geübt wird auf einem ruhigen Schulhof, später auch auf Radwegen im Stadtteil. Während des Kurses werden kleine Kinder nebenan betreut.",
        eligibility: "Frauen ab 16 Jahren, die Radfahren lernen möchten.",
        howToJoin: "Anmeldung beim Runden Tisch per Telefon oder im Elterncafé des Familienzentrums Brand.",
      },
      en: {
        title: "Learning to cycle for women in Brand",
        summary: "Practise cycling in a schoolyard on Thursday mornings – with volunteers, loan bikes and childcare.",
        description:
          "Volunteers from the Runder Tisch teach women from Brand to ride a bike. Practice takes place in a quiet schoolyard and later on cycle paths in the district. Small children are looked after next door during the course.",
        eligibility: "Women aged 16 and over who would like to learn to cycle.",
        howToJoin: "Register with the Runder Tisch by phone or at the parents’ café of Familienzentrum Brand.",
      },
    },
  },
  {
    key: "offene-fahrradwerkstatt-rueckenwind",
    organisation: "fahrradwerkstatt-rueckenwind",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "refugees", "young-people"],
    languages: ["de", "en", "ar", "fa"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "16:00", closes: "19:00" },
      { weekday: 6, opens: "11:00", closes: "14:00" },
    ],
    text: {
      de: {
        title: "Offene Fahrradwerkstatt",
        summary: "Fahrrad selbst reparieren mit Werkzeug und Hilfe von Ehrenamtlichen – zweimal pro Woche.",
        description:
          "In der Fahrradwerkstatt Rückenwind reparieren Sie Ihr Rad selbst: Schlauch flicken, Bremsen einstellen, Licht reparieren. Ehrenamtliche zeigen, wie es geht, und Werkzeug ist vorhanden. Gespendete Räder werden hergerichtet und günstig an Menschen mit wenig Geld abgegeben.",
        eligibility: "Alle, die ihr Fahrrad reparieren möchten.",
        howToJoin: "Ohne Anmeldung; Ersatzteile gibt es zum Selbstkostenpreis.",
      },
      en: {
        title: "Open bike repair workshop",
        summary: "Repair your own bike with tools and help from volunteers – twice a week.",
        description:
          "At the Rückenwind bike workshop you repair your bike yourself: patch a tube, adjust the brakes, fix the lights. Volunteers show you how, and tools are available. Donated bikes are refurbished and passed on cheaply to people on low incomes.",
        eligibility: "Anyone who wants to repair their bike.",
        howToJoin: "No registration; spare parts are sold at cost.",
      },
    },
  },
  {
    key: "naehcafe-burtscheid-offen",
    organisation: "naehcafe-burtscheid",
    categories: ["leisure-sport"],
    audiences: ["women", "newcomers", "seniors"],
    languages: ["de", "ar", "tr", "uk"],
    free: true,
    registrationRequired: false,
    schedules: [
      { weekday: 1, opens: "15:00", closes: "18:00" },
      { weekday: 4, opens: "10:00", closes: "13:00" },
    ],
    text: {
      de: {
        title: "Nähcafé Burtscheid",
        summary: "Nähen, flicken und ins Gespräch kommen: offenes Nähcafé mit Nähmaschinen und erfahrenen Näherinnen.",
        description:
          "Im Nähcafé stehen Nähmaschinen, Stoffreste und Schnittmuster bereit. Erfahrene Ehrenamtliche helfen beim Kürzen von Hosen, bei Reparaturen oder beim ersten eigenen Nähprojekt. Nebenbei wird viel erzählt – und ganz nebenbei Deutsch geübt.",
        eligibility: "Alle, ob Anfängerin oder Profi; Männer sind ebenfalls willkommen.",
        howToJoin: "Ohne Anmeldung. Eigene Stoffe gern mitbringen.",
      },
      en: {
        title: "Sewing café Burtscheid",
        summary: "Sew, mend and chat: an open sewing café with sewing machines and experienced seamstresses.",
        description:
          "Sewing machines, fabric remnants and patterns are available at the sewing café. Experienced volunteers help with shortening trousers, repairs or your first sewing project. There is lots of chatting along the way – and some German practice too.",
        eligibility: "Everyone, whether beginner or expert; men are welcome as well.",
        howToJoin: "No registration. Feel free to bring your own fabric.",
      },
    },
  },
  {
    key: "kochtreff-international-persisches-kulturhaus",
    organisation: "persisches-kulturhaus",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "families"],
    languages: ["fa", "de", "en"],
    free: false,
    registrationRequired: true,
    schedules: [{ weekday: 5, opens: "17:00", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Internationaler Kochtreff",
        summary:
          "Jeden zweiten Freitag kochen Menschen aus verschiedenen Ländern gemeinsam – und essen danach an einem langen Tisch.",
        description:
          "Beim Kochtreff zeigt jedes Mal jemand anderes ein Gericht aus seiner Heimat, von persischem Reis mit Safran bis zu ukrainischem Borschtsch. Alle schneiden, rühren und probieren mit. Rezepte werden auf Deutsch aufgeschrieben und gesammelt.",
        eligibility: "Erwachsene und Familien mit Kindern.",
        howToJoin: "Bitte bis Mittwoch anmelden, damit wir einkaufen können.",
        costNote: "3 € pro Person für die Zutaten, Kinder kostenlos.",
      },
      en: {
        title: "International cooking meetup",
        summary: "Every other Friday, people from different countries cook together – and then eat at one long table.",
        description:
          "At each cooking meetup someone different presents a dish from home, from Persian saffron rice to Ukrainian borscht. Everyone helps chop, stir and taste. Recipes are written down in German and collected.",
        eligibility: "Adults and families with children.",
        howToJoin: "Please register by Wednesday so that we can shop.",
        costNote: "€3 per person for ingredients, children free.",
      },
    },
  },
  {
    key: "gemeinsam-kochen-eritreischer-gemeinschaftsverein",
    organisation: "eritreischer-gemeinschaftsverein",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "families"],
    languages: ["ti", "de"],
    free: false,
    registrationRequired: false,
    schedules: [{ weekday: 6, opens: "15:00", closes: "18:00", interval: 2 }],
    text: {
      de: {
        title: "Gemeinsam kochen: eritreische Küche",
        summary:
          "Injera backen, Zigni kochen, Kaffeezeremonie erleben – Kochnachmittag für alle Interessierten in Haaren.",
        description:
          "Jeden zweiten Samstag öffnet der Eritreische Gemeinschaftsverein seine Küche für Nachbarinnen und Nachbarn. Gemeinsam werden traditionelle Gerichte zubereitet, zum Abschluss gibt es eine Kaffeezeremonie. Der Nachmittag ist eine gute Gelegenheit, Menschen aus Haaren kennenzulernen.",
        eligibility: "Alle, die gern kochen und neue Leute kennenlernen.",
        howToJoin: "Ohne Anmeldung.",
        costNote: "2 € Beitrag für die Zutaten.",
      },
      en: {
        title: "Cooking together: Eritrean cuisine",
        summary: "Bake injera, cook zigni, experience a coffee ceremony – a cooking afternoon for everyone in Haaren.",
        description:
          "Every other Saturday the Eritrean community association opens its kitchen to neighbours. Traditional dishes are prepared together, followed by a coffee ceremony. The afternoon is a good opportunity to get to know people from Haaren.",
        eligibility: "Anyone who enjoys cooking and meeting new people.",
        howToJoin: "No registration.",
        costNote: "€2 contribution for ingredients.",
      },
    },
  },
  {
    key: "stadtspaziergang-aachen-entdecken-willkommenspaten",
    organisation: "willkommenspaten",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "refugees", "families"],
    languages: ["de", "en", "ar", "uk"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 7, opens: "14:00", closes: "16:00", interval: 2 }],
    text: {
      de: {
        title: "Aachen entdecken: Stadtspaziergang für Neue",
        summary:
          "Dom, Rathaus, Elisenbrunnen und wichtige Anlaufstellen: zweistündiger Spaziergang durch die Innenstadt.",
        description:
          "Ehrenamtliche zeigen Neuangekommenen die Aachener Innenstadt – mit Geschichten aus der Stadtgeschichte und praktischen Tipps. Unterwegs erfahren Sie, wo Bürgerservice, Bibliothek und Beratungsstellen sind und wie Bus-Tickets funktionieren. Zum Abschluss gibt es einen Kaffee.",
        eligibility: "Alle, die neu in Aachen sind, auch mit Kindern.",
        howToJoin: "Ohne Anmeldung; Treffpunkt ist der Elisenbrunnen.",
      },
      en: {
        title: "Discover Aachen: city walk for newcomers",
        summary: "Cathedral, town hall, Elisenbrunnen and important places: a two-hour walk through the city centre.",
        description:
          "Volunteers show newcomers around Aachen’s city centre – with stories from the city’s history and practical tips. Along the way you learn where the citizens’ service, the library and advice centres are and how bus tickets work. The walk ends with a coffee.",
        eligibility: "Everyone who is new in Aachen, children included.",
        howToJoin: "No registration; meet at the Elisenbrunnen.",
      },
    },
  },
  {
    key: "offener-chor-ukrainische-gemeinschaft",
    organisation: "ukrainische-gemeinschaft",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "refugees", "seniors"],
    languages: ["uk", "de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "18:30", closes: "20:00" }],
    text: {
      de: {
        title: "Offener Chor",
        summary: "Ukrainische Volkslieder und deutsche Lieder singen – ein Chor für alle, ohne Vorkenntnisse.",
        description:
          "Jeden Donnerstag probt der offene Chor der Ukrainischen Gemeinschaft. Gesungen werden ukrainische Volkslieder ebenso wie deutsche Lieder, die beim Deutschlernen helfen. Mehrmals im Jahr tritt der Chor bei Stadtteilfesten auf.",
        eligibility: "Alle, die gern singen – Notenkenntnisse sind nicht nötig.",
        howToJoin: "Einfach zur Probe kommen.",
      },
      en: {
        title: "Open choir",
        summary: "Singing Ukrainian folk songs and German songs – a choir for everyone, no experience needed.",
        description:
          "The open choir of the Ukrainian community rehearses every Thursday. It sings Ukrainian folk songs as well as German songs that help with learning German. Several times a year the choir performs at neighbourhood festivals.",
        eligibility: "Anyone who likes singing – no need to read music.",
        howToJoin: "Just come to a rehearsal.",
      },
    },
  },
  {
    key: "saz-unterricht-kurdisches-kulturzentrum",
    organisation: "kurdisches-kulturzentrum",
    categories: ["leisure-sport"],
    audiences: ["young-people", "newcomers"],
    languages: ["ku", "tr", "de"],
    free: false,
    minAge: 12,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "14:00", closes: "16:00" }],
    text: {
      de: {
        title: "Saz-Unterricht für Anfängerinnen und Anfänger",
        summary: "Die Langhalslaute Saz spielen lernen – in kleinen Gruppen, Instrumente können ausgeliehen werden.",
        description:
          "Im Kulturzentrum in Brand lernen Jugendliche und Erwachsene die Grundlagen der Saz. Geübt werden einfache Lieder aus der kurdischen und türkischen Musiktradition. Wer möchte, spielt später bei Festen des Vereins mit.",
        eligibility: "Jugendliche ab 12 Jahren und Erwachsene.",
        howToJoin: "Anmeldung im Kulturzentrum; ein Kurs dauert zehn Wochen.",
        costNote: "50 € für zehn Wochen, Leihinstrument inklusive; Ermäßigung für Schülerinnen und Schüler.",
      },
      en: {
        title: "Saz lessons for beginners",
        summary: "Learn to play the saz, a long-necked lute – in small groups, instruments available on loan.",
        description:
          "At the cultural centre in Brand, young people and adults learn the basics of the saz. They practise simple songs from the Kurdish and Turkish musical traditions. Those who wish can later play at the association’s celebrations.",
        eligibility: "Young people aged 12 and over and adults.",
        howToJoin: "Register at the cultural centre; a course lasts ten weeks.",
        costNote: "€50 for ten weeks, loan instrument included; reduced rate for students.",
      },
    },
  },
  {
    key: "offenes-fussballtraining-erwachsene-sv-gruen-weiss-haaren",
    organisation: "sv-gruen-weiss-haaren",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "refugees"],
    languages: ["de", "en"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "19:00", closes: "20:30" }],
    text: {
      de: {
        title: "Offenes Fußballtraining für Erwachsene",
        summary:
          "Montagabends kicken ohne Vereinsmitgliedschaft – für alle, die Spaß am Fußball haben und neue Leute treffen wollen.",
        description:
          "Der SV Grün-Weiß Haaren lädt jeden Montag zum offenen Training auf dem Kunstrasenplatz ein. Ein Trainer leitet das Aufwärmen, danach wird in gemischten Teams gespielt. Wer Lust auf mehr hat, kann in die Freizeitmannschaft einsteigen.",
        eligibility: "Erwachsene ab 18 Jahren, egal wie gut sie spielen.",
        howToJoin: "Einfach in Sportkleidung vorbeikommen.",
      },
      en: {
        title: "Open football training for adults",
        summary:
          "Play football on Monday evenings without club membership – for anyone who enjoys football and wants to meet new people.",
        description:
          "SV Grün-Weiß Haaren invites everyone to open training on the artificial pitch every Monday. A coach leads the warm-up, then mixed teams play. Anyone who wants more can join the recreational team.",
        eligibility: "Adults aged 18 and over, whatever their level.",
        howToJoin: "Just come along in sportswear.",
      },
    },
  },
  {
    key: "maedchenfussball-sv-gruen-weiss-haaren",
    organisation: "sv-gruen-weiss-haaren",
    categories: ["leisure-sport", "youth"],
    audiences: ["young-people", "children"],
    languages: ["de"],
    free: true,
    minAge: 8,
    maxAge: 14,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "17:00", closes: "18:30" }],
    text: {
      de: {
        title: "Mädchenfußball: Schnuppertraining",
        summary: "Fußball nur für Mädchen: Schnuppertraining mit Trainerin, Leihschuhen und viel Spaß am Ball.",
        description:
          "Mittwochs trainiert die Mädchenmannschaft des SV Grün-Weiß Haaren, und neue Spielerinnen können jederzeit mitmachen. Eine Trainerin leitet das Training; sportliche Vorerfahrung ist nicht nötig. Sportkleidung, die Kopf, Arme und Beine bedeckt, ist kein Problem.",
        eligibility: "Mädchen von 8 bis 14 Jahren.",
        howToJoin: "Einfach vorbeikommen; Schuhe können ausgeliehen werden.",
      },
      en: {
        title: "Girls’ football: trial training",
        summary:
          "Football just for girls: trial training with a female coach, loan boots and lots of fun with the ball.",
        description:
          "The girls’ team of SV Grün-Weiß Haaren trains on Wednesdays, and new players can join at any time. A female coach leads the training; no previous experience is needed. Sportswear that covers the head, arms and legs is no problem.",
        eligibility: "Girls aged 8 to 14.",
        howToJoin: "Just come along; boots can be borrowed.",
      },
    },
  },
  {
    key: "boxen-offenes-training-boxclub-rothe-erde",
    organisation: "boxclub-rothe-erde",
    categories: ["leisure-sport", "youth"],
    audiences: ["young-people", "newcomers"],
    languages: ["de", "en", "ar"],
    free: true,
    minAge: 14,
    registrationRequired: false,
    schedules: [
      { weekday: 2, opens: "18:00", closes: "19:30" },
      { weekday: 4, opens: "18:00", closes: "19:30" },
    ],
    text: {
      de: {
        title: "Offenes Boxtraining",
        summary:
          "Technik, Kondition und Respekt: zweimal pro Woche offenes Boxtraining für Jugendliche und junge Erwachsene.",
        description:
          "Im Boxclub Rothe Erde trainieren Jugendliche aus vielen Ländern zusammen. Am Anfang stehen Fitness und Technik, Sparring nur freiwillig und mit Schutzausrüstung. Die Trainer achten auf Fairness und helfen auch bei Fragen außerhalb des Rings.",
        eligibility: "Jugendliche und junge Erwachsene ab 14 Jahren.",
        howToJoin:
          "Einfach zum Probetraining kommen; Handschuhe werden gestellt. Unter 18 Jahren brauchen wir eine Unterschrift der Eltern.",
      },
      en: {
        title: "Open boxing training",
        summary: "Technique, fitness and respect: open boxing training twice a week for young people and young adults.",
        description:
          "At Boxclub Rothe Erde young people from many countries train together. Training starts with fitness and technique; sparring is voluntary and only with protective gear. The coaches value fairness and also help with questions outside the ring.",
        eligibility: "Young people and young adults aged 14 and over.",
        howToJoin: "Just come to a trial session; gloves are provided. Under-18s need a parent’s signature.",
      },
    },
  },
  {
    key: "bewegung-entspannung-frauen-familienzentrum-eilendorf-sued",
    organisation: "familienzentrum-eilendorf-sued",
    categories: ["leisure-sport", "health"],
    audiences: ["women", "newcomers"],
    languages: ["de", "ru", "ar"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 4, opens: "10:00", closes: "11:00" }],
    text: {
      de: {
        title: "Bewegung und Entspannung für Frauen",
        summary: "Sanfte Gymnastik, Rückenübungen und Entspannung – eine Stunde nur für Frauen, mit Kinderbetreuung.",
        description:
          "Donnerstags bewegen sich Frauen aus Eilendorf gemeinsam zu Musik, stärken den Rücken und lernen einfache Entspannungsübungen. Die Übungsleiterin erklärt alles langsam und zeigt die Übungen vor, sodass auch Frauen mit wenig Deutsch gut mitmachen können. Kleine Kinder werden nebenan betreut.",
        eligibility: "Frauen jeden Alters, auch ohne Sporterfahrung.",
        howToJoin: "Ohne Anmeldung; bitte bequeme Kleidung und ein Handtuch mitbringen.",
      },
      en: {
        title: "Exercise and relaxation for women",
        summary: "Gentle exercise, back training and relaxation – an hour just for women, with childcare.",
        description:
          "On Thursdays women from Eilendorf exercise together to music, strengthen their backs and learn simple relaxation techniques. The instructor explains everything slowly and demonstrates the exercises, so women with little German can join in easily. Small children are looked after next door.",
        eligibility: "Women of all ages, even without sports experience.",
        howToJoin: "No registration; please bring comfortable clothes and a towel.",
      },
    },
  },
  {
    key: "tischtennis-fuer-alle-tsv-kornelimuenster",
    organisation: "tsv-kornelimuenster",
    categories: ["leisure-sport"],
    audiences: ["newcomers", "seniors", "young-people"],
    languages: ["de"],
    free: true,
    minAge: 12,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "19:00", closes: "21:00" }],
    text: {
      de: {
        title: "Tischtennis für alle",
        summary:
          "Mittwochabends Tischtennis in der Halle – Freizeitgruppe für Anfängerinnen, Wiedereinsteiger und Neuzugezogene.",
        description:
          "Die Freizeitgruppe des TSV Kornelimünster spielt ohne Leistungsdruck. Schläger und Bälle sind vorhanden, und erfahrene Spielerinnen und Spieler erklären gern die Regeln. Die ersten drei Monate sind für Neue kostenlos.",
        eligibility: "Alle ab 12 Jahren.",
        howToJoin: "Einfach vorbeikommen; bitte Hallenschuhe mitbringen.",
      },
      en: {
        title: "Table tennis for everyone",
        summary:
          "Table tennis in the sports hall on Wednesday evenings – a recreational group for beginners, returners and newcomers.",
        description:
          "The recreational group of TSV Kornelimünster plays without pressure. Bats and balls are available, and experienced players are happy to explain the rules. The first three months are free for new players.",
        eligibility: "Everyone aged 12 and over.",
        howToJoin: "Just come along; please bring indoor shoes.",
      },
    },
  },
  // ───────────────────────────── Ehrenamt ─────────────────────────────
  {
    key: "ehrenamt-willkommenspaten-werden",
    organisation: "willkommenspaten",
    categories: ["volunteering"],
    audiences: ["volunteers", "newcomers"],
    languages: ["de", "en"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 3, opens: "18:00", closes: "19:30", interval: 2 }],
    text: {
      de: {
        title: "Ehrenamt: Willkommenspatin oder Willkommenspate werden",
        summary:
          "Begleiten Sie neu angekommene Menschen in Aachen im Alltag – schon wenige Stunden im Monat machen einen Unterschied.",
        description:
          "Willkommenspaten begleiten Geflüchtete und Neuzugewanderte bei Behördengängen, beim Deutschüben oder einfach beim Kennenlernen der Stadt. Beim Infotreffen erfahren Sie, wie eine Patenschaft abläuft und welche Schulungen und Begleitung wir anbieten. Vorkenntnisse brauchen Sie nicht – nur Zeit, Geduld und Offenheit. Auch Menschen, die selbst zugewandert sind, sind als Patinnen und Paten sehr willkommen.",
        eligibility: "Alle ab 18 Jahren, die etwa zwei bis vier Stunden im Monat Zeit haben.",
        howToJoin:
          "Zum Infotreffen kommen (jeden zweiten Mittwoch) oder eine E-Mail schreiben; danach folgt ein persönliches Kennenlerngespräch.",
      },
      en: {
        title: "Volunteering: become a welcome mentor",
        summary:
          "Support people who have just arrived in Aachen in everyday life – even a few hours a month make a difference.",
        description:
          "Welcome mentors accompany refugees and newcomers to appointments with authorities, practise German with them or simply help them get to know the city. At the information meeting you learn how a mentorship works and what training and support we offer. You need no previous experience – just time, patience and an open mind. People who have migrated themselves are very welcome as mentors too.",
        eligibility: "Anyone aged 18 or over with about two to four hours a month to spare.",
        howToJoin:
          "Come to the information meeting (every other Wednesday) or send us an e-mail; a personal get-to-know-you conversation follows.",
      },
      ar: {
        title: "العمل التطوعي: كونوا مرافقين للقادمين الجدد",
        summary: "رافقوا القادمين الجدد إلى آخن في حياتهم اليومية، فحتى ساعات قليلة في الشهر تُحدث فرقًا.",
        description:
          "يرافق المتطوعون اللاجئين والقادمين الجدد عند مراجعة الدوائر الرسمية، وفي التمرن على اللغة الألمانية، أو ببساطة في التعرف على المدينة. في اللقاء التعريفي تعرفون كيف تسير المرافقة وما هي الدورات التدريبية والمتابعة التي نقدمها. لا تحتاجون إلى خبرة سابقة، بل إلى الوقت والصبر والانفتاح. ونرحب كثيرًا أيضًا بمن هاجروا بأنفسهم ليصبحوا مرافقين.",
      },
      fa: {
        title: "کار داوطلبانه: همراه تازه‌واردان شوید",
        summary: "تازه‌واردان آخن را در زندگی روزمره همراهی کنید؛ حتی چند ساعت در ماه هم تفاوت ایجاد می‌کند.",
        description:
          "همراهان داوطلب، پناهجویان و تازه‌واردان را در مراجعه به اداره‌ها، تمرین زبان آلمانی یا فقط آشنایی با شهر همراهی می‌کنند. در جلسهٔ اطلاع‌رسانی می‌فهمید همراهی چطور پیش می‌رود و چه آموزش‌ها و پشتیبانی‌هایی ارائه می‌دهیم. به تجربهٔ قبلی نیاز ندارید؛ فقط وقت، حوصله و روی باز. کسانی که خودشان مهاجرند هم به‌عنوان همراه بسیار خوش‌آمدند.",
      },
      uk: {
        title: "Волонтерство: станьте наставником для новоприбулих",
        summary:
          "Підтримуйте людей, які нещодавно приїхали до Аахена, у повсякденному житті — навіть кілька годин на місяць мають значення.",
        description:
          "Волонтери-наставники супроводжують біженців і новоприбулих до установ, практикують із ними німецьку або просто допомагають познайомитися з містом. На інформаційній зустрічі ви дізнаєтеся, як відбувається наставництво і які навчання та підтримку ми пропонуємо. Досвід не потрібен — лише час, терпіння й відкритість. Люди, які самі колись переїхали, теж дуже бажані як наставники.",
      },
      ru: {
        title: "Волонтёрство: станьте наставником для новоприбывших",
        summary:
          "Поддерживайте людей, недавно приехавших в Ахен, в повседневной жизни — даже несколько часов в месяц имеют значение.",
        description:
          "Волонтёры-наставники сопровождают беженцев и новоприбывших в учреждения, практикуют с ними немецкий или просто помогают познакомиться с городом. На информационной встрече вы узнаете, как проходит наставничество и какое обучение и поддержку мы предлагаем. Опыт не нужен — только время, терпение и открытость. Люди, которые сами когда-то переехали, тоже очень желанны в роли наставников.",
      },
      tr: {
        title: "Gönüllülük: Hoş geldin rehberi olun",
        summary: "Aachen’e yeni gelen insanlara günlük hayatta eşlik edin – ayda birkaç saat bile fark yaratır.",
        description:
          "Hoş geldin rehberleri, mültecilere ve yeni gelenlere resmi dairelerde eşlik ediyor, onlarla Almanca pratik yapıyor ya da sadece şehri tanımalarına yardım ediyor. Bilgilendirme toplantısında rehberliğin nasıl işlediğini ve hangi eğitim ve desteği sunduğumuzu öğreniyorsunuz. Ön bilgiye gerek yok; sadece zaman, sabır ve açık fikirlilik yeterli. Kendisi de göç etmiş kişiler de rehber olarak çok hoş karşılanır.",
      },
    },
    easyRead:
      "Sie möchten anderen Menschen helfen? Dann werden Sie Patin oder Pate. Sie helfen Menschen, die neu in Aachen sind. Zum Beispiel bei Briefen oder beim Amt. Oder Sie zeigen die Stadt. Sie brauchen nur ein bisschen Zeit. Kommen Sie zum Info-Treffen.",
  },
  {
    key: "dolmetscherpool-ehrenamt",
    organisation: "netzwerk-migrantenorganisationen",
    categories: ["volunteering"],
    audiences: ["volunteers", "newcomers"],
    languages: ["de", "ar", "fa", "tr", "ru", "uk", "ti", "ku"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 1, opens: "17:00", closes: "18:30", interval: 2 }],
    text: {
      de: {
        title: "Ehrenamtlicher Dolmetscherpool",
        summary:
          "Sie sprechen zwei Sprachen gut? Helfen Sie ehrenamtlich beim Dolmetschen in Kitas, Schulen und Beratungsstellen.",
        description:
          "Der Dolmetscherpool vermittelt ehrenamtliche Sprachmittlerinnen und Sprachmittler an Kitas, Schulen und soziale Einrichtungen in Aachen, zum Beispiel für Elterngespräche oder Anmeldungen. Neue Mitglieder besuchen zuerst eine kurze Schulung zu Rolle, Schweigepflicht und Dolmetschtechniken. Fahrtkosten werden erstattet, und regelmäßige Austauschtreffen helfen bei schwierigen Einsätzen.",
        eligibility: "Menschen ab 18 Jahren, die Deutsch und mindestens eine weitere Sprache sicher sprechen.",
        howToJoin: "Zum Infoabend kommen oder eine E-Mail mit Ihren Sprachen schicken.",
      },
      en: {
        title: "Volunteer interpreter pool",
        summary: "Do you speak two languages well? Volunteer as an interpreter at Kitas, schools and advice centres.",
        description:
          "The interpreter pool connects volunteer language mediators with Kitas, schools and social services in Aachen, for example for parent–teacher meetings or registrations. New members first attend a short training on their role, confidentiality and interpreting techniques. Travel costs are reimbursed, and regular exchange meetings help with difficult assignments.",
        eligibility: "People aged 18 and over who speak German and at least one other language confidently.",
        howToJoin: "Come to the information evening or send an e-mail listing your languages.",
      },
      ar: {
        title: "مجموعة المترجمين المتطوعين",
        summary: "هل تتقنون لغتين؟ ساعدوا تطوعًا في الترجمة الشفهية في رياض الأطفال والمدارس ومراكز الاستشارة.",
        description:
          "تربط مجموعة المترجمين وسطاءَ لغويين متطوعين برياض الأطفال والمدارس والمؤسسات الاجتماعية في آخن، مثلًا لاجتماعات الأهل أو للتسجيل. يحضر الأعضاء الجدد أولًا دورة قصيرة عن دورهم وواجب الحفاظ على السرية وتقنيات الترجمة الشفهية. تُعوَّض تكاليف المواصلات، وتساعد لقاءات تبادل الخبرات المنتظمة في المهام الصعبة.",
      },
      fa: {
        title: "گروه مترجمان داوطلب",
        summary: "به دو زبان مسلط هستید؟ داوطلبانه در مهدکودک‌ها، مدرسه‌ها و مراکز مشاوره ترجمهٔ شفاهی کنید.",
        description:
          "گروه مترجمان، میانجی‌های زبانی داوطلب را به مهدکودک‌ها، مدرسه‌ها و مراکز اجتماعی آخن معرفی می‌کند؛ مثلاً برای گفت‌وگو با والدین یا ثبت‌نام. اعضای تازه ابتدا در یک آموزش کوتاه دربارهٔ نقش خود، رازداری و فنون ترجمهٔ شفاهی شرکت می‌کنند. هزینهٔ رفت‌وآمد پرداخت می‌شود و جلسه‌های منظم تبادل تجربه در مأموریت‌های دشوار کمک می‌کند.",
      },
      uk: {
        title: "Волонтерський пул перекладачів",
        summary:
          "Добре володієте двома мовами? Допомагайте як волонтер з усним перекладом у дитсадках, школах і консультаційних центрах.",
        description:
          "Пул перекладачів скеровує волонтерів — мовних посередників — до дитячих садків, шкіл і соціальних установ Аахена, наприклад на розмови з батьками чи реєстрацію. Нові учасники спочатку проходять коротке навчання про свою роль, конфіденційність і техніки усного перекладу. Витрати на проїзд відшкодовуються, а регулярні зустрічі для обміну досвідом допомагають у складних випадках.",
      },
      ru: {
        title: "Волонтёрский пул переводчиков",
        summary:
          "Хорошо владеете двумя языками? Помогайте как волонтёр с устным переводом в детских садах, школах и консультационных центрах.",
        description:
          "Пул переводчиков направляет волонтёров — языковых посредников — в детские сады, школы и социальные учреждения Ахена, например на беседы с родителями или на запись. Новые участники сначала проходят короткое обучение о своей роли, конфиденциальности и техниках устного перевода. Расходы на проезд возмещаются, а регулярные встречи для обмена опытом помогают в сложных случаях.",
      },
      tr: {
        title: "Gönüllü tercüman havuzu",
        summary:
          "İki dili iyi mi konuşuyorsunuz? Kreşlerde, okullarda ve danışma merkezlerinde gönüllü tercümanlık yapın.",
        description:
          "Tercüman havuzu, gönüllü dil aracılarını Aachen’deki kreşlere, okullara ve sosyal kurumlara yönlendiriyor; örneğin veli görüşmeleri ya da kayıtlar için. Yeni üyeler önce rolleri, gizlilik yükümlülüğü ve tercümanlık teknikleri hakkında kısa bir eğitime katılıyor. Yol masrafları karşılanıyor; düzenli deneyim paylaşımı toplantıları zor görevlerde destek oluyor.",
      },
    },
  },
  {
    key: "mentoring-tandems-willkommenspaten",
    organisation: "willkommenspaten",
    categories: ["volunteering"],
    audiences: ["volunteers", "newcomers", "professionals"],
    languages: ["de", "en"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 4, opens: "18:00", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Mentoring-Tandems für den Berufseinstieg",
        summary:
          "Berufserfahrene Ehrenamtliche begleiten zugewanderte Fachkräfte ein halbes Jahr lang auf dem Weg in den Beruf.",
        description:
          "Im Mentoring-Programm bilden eine Mentorin oder ein Mentor und eine zugewanderte Person ein Tandem. Sie treffen sich regelmäßig, sprechen über Bewerbungen, Netzwerke und Arbeitskultur in Deutschland und üben Vorstellungsgespräche. Alle zwei Wochen gibt es ein Treffen aller Tandems zum Austausch.",
        eligibility:
          "Als Mentorin oder Mentor: Berufstätige oder Menschen im Ruhestand mit Berufserfahrung. Als Mentee: Zugewanderte mit Berufsausbildung oder Studium und Deutsch ab Niveau B1.",
        howToJoin: "Bewerbung per E-Mail mit einer kurzen Vorstellung; danach folgt ein Kennenlerngespräch.",
      },
      en: {
        title: "Mentoring tandems for starting a career",
        summary: "Experienced volunteers accompany skilled migrants for six months on their way into work.",
        description:
          "In the mentoring programme, a mentor and a migrant form a tandem. They meet regularly, talk about applications, networks and work culture in Germany, and practise job interviews. Every two weeks all tandems meet to share experiences.",
        eligibility:
          "As a mentor: working or retired people with professional experience. As a mentee: migrants with vocational training or a degree and German at level B1 or above.",
        howToJoin: "Apply by e-mail with a short introduction; a get-to-know-you conversation follows.",
      },
    },
  },
  {
    key: "ehrenamt-qualifizierung-komm-an",
    organisation: "ki-team-querschnitt",
    programme: "komm-an",
    categories: ["volunteering"],
    audiences: ["volunteers"],
    languages: ["de"],
    free: true,
    minAge: 16,
    registrationRequired: true,
    schedules: [{ weekday: 6, opens: "10:00", closes: "14:00", interval: 2 }],
    text: {
      de: {
        title: "Qualifizierungsreihe für Ehrenamtliche in der Integrationsarbeit",
        summary:
          "Kostenlose Workshops für Ehrenamtliche: Asyl- und Aufenthaltsrecht in Grundzügen, interkulturelle Kommunikation, Grenzen im Ehrenamt.",
        description:
          "Das Kommunale Integrationszentrum unterstützt mit Mitteln des Landesprogramms KOMM-AN NRW das bürgerschaftliche Engagement für Geflüchtete und Neuzugewanderte. In der Workshopreihe bekommen Ehrenamtliche Grundwissen und Raum für Austausch mit anderen Initiativen. Die Termine können einzeln besucht werden.",
        eligibility:
          "Ehrenamtliche und Menschen, die sich in Aachen für Geflüchtete und Neuzugewanderte engagieren möchten.",
        howToJoin:
          "Anmeldung per E-Mail für jeden Termin einzeln; das Programm wird im Frühjahr und im Herbst veröffentlicht.",
      },
      en: {
        title: "Training series for volunteers in integration work",
        summary:
          "Free workshops for volunteers: basics of asylum and residence law, intercultural communication, boundaries in volunteering.",
        description:
          "With funding from the state programme KOMM-AN NRW, the Municipal Integration Centre supports civic engagement for refugees and newcomers. In the workshop series, volunteers gain basic knowledge and room to exchange with other initiatives. Sessions can be attended individually.",
        eligibility: "Volunteers and people who would like to get involved with refugees and newcomers in Aachen.",
        howToJoin: "Register by e-mail for each session; the programme is published in spring and autumn.",
      },
    },
  },
  {
    key: "qualifizierung-elternbegleitung-griffbereit-rucksack",
    organisation: "ki-team-bildung",
    programme: "ifkuf",
    categories: ["volunteering", "parents-children"],
    audiences: ["volunteers", "parents"],
    languages: ["de"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 2, opens: "09:00", closes: "12:30", interval: 2 }],
    text: {
      de: {
        title: "Qualifizierung zur Elternbegleitung für Griffbereit und Rucksack",
        summary:
          "Mehrsprachige Mütter und Väter werden geschult, um Griffbereit- und Rucksack-Gruppen in Kitas und Schulen zu leiten.",
        description:
          "Im Rahmen von „Integrationschancen für Kinder und Familien“ (IfKuF) qualifiziert das Kommunale Integrationszentrum Elternbegleiterinnen und Elternbegleiter. Die Schulung vermittelt die Konzepte Griffbereit und Rucksack, Grundlagen der Sprachentwicklung und Methoden der Gruppenleitung. Danach leiten die Teilnehmenden eigene Elterngruppen und erhalten dafür eine Aufwandsentschädigung.",
        eligibility: "Eltern, die ihre Familiensprache und Deutsch gut sprechen und gern mit Familien arbeiten.",
        howToJoin:
          "Interesse per E-Mail oder Telefon beim Kommunalen Integrationszentrum melden; vor Beginn gibt es ein Informationsgespräch.",
      },
      en: {
        title: "Training as a parent guide for Griffbereit and Rucksack",
        summary:
          "Multilingual mothers and fathers are trained to lead Griffbereit and Rucksack groups at Kitas and schools.",
        description:
          "As part of “Integrationschancen für Kinder und Familien” (IfKuF), the Municipal Integration Centre trains parent guides. The training covers the Griffbereit and Rucksack concepts, the basics of language development and methods for leading groups. Afterwards participants lead their own parent groups and receive an allowance for this.",
        eligibility: "Parents who speak their family language and German well and enjoy working with families.",
        howToJoin:
          "Register your interest with the Municipal Integration Centre by e-mail or phone; there is an information meeting before the start.",
      },
    },
  },
  {
    key: "lernpatin-lernpate-werden-richterich",
    organisation: "lernpaten-richterich",
    categories: ["volunteering"],
    audiences: ["volunteers", "seniors"],
    languages: ["de"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "19:00", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Lernpatin oder Lernpate werden",
        summary:
          "Eine Stunde pro Woche für ein Kind: Lernpaten in Richterich helfen Schulkindern beim Lesen, Rechnen und Deutschlernen.",
        description:
          "Die Lernpaten Richterich suchen Menschen, die Kinder und Jugendliche aus dem Ort beim Lernen begleiten. Sie brauchen keine pädagogische Ausbildung – Geduld und Verlässlichkeit sind wichtiger. Neue Lernpaten werden eingearbeitet und treffen sich regelmäßig zum Austausch.",
        eligibility: "Erwachsene jeden Alters, auch Studierende und Menschen im Ruhestand.",
        howToJoin:
          "Zum Infoabend kommen (jeden zweiten Dienstag) oder anrufen. Für die Patenschaft ist ein erweitertes Führungszeugnis nötig; für Ehrenamtliche ist es gebührenfrei.",
      },
      en: {
        title: "Become a learning mentor",
        summary:
          "One hour a week for one child: learning mentors in Richterich help schoolchildren with reading, maths and learning German.",
        description:
          "Lernpaten Richterich are looking for people to support local children and young people with their learning. You do not need any teaching qualification – patience and reliability matter more. New mentors are introduced to the work and meet regularly to share experiences.",
        eligibility: "Adults of all ages, including students and retired people.",
        howToJoin:
          "Come to the information evening (every other Tuesday) or call. An extended certificate of good conduct is required; it is free of charge for volunteers.",
      },
    },
  },
  {
    key: "mitmachen-runder-tisch-brand",
    organisation: "runder-tisch-brand",
    categories: ["volunteering"],
    audiences: ["volunteers", "newcomers"],
    languages: ["de"],
    free: true,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "19:00", closes: "21:00", interval: 2 }],
    text: {
      de: {
        title: "Mitmachen beim Runden Tisch Flüchtlingshilfe Brand",
        summary:
          "Offenes Treffen alle zwei Wochen: Hier planen Ehrenamtliche aus Brand Begleitungen, Sprachtreffs und Feste.",
        description:
          "Der Runde Tisch bringt Menschen zusammen, die sich in Brand für Geflüchtete engagieren – und Geflüchtete, die selbst mithelfen möchten. Bei den Treffen werden Aufgaben verteilt, zum Beispiel Begleitung zu Terminen, Hilfe beim Umzug oder die Organisation des Nachbarschaftsfests. Jede Hilfe zählt, auch einmalige.",
        eligibility: "Alle, die in Brand wohnen oder sich dort engagieren möchten.",
        howToJoin: "Einfach zum nächsten Treffen kommen.",
      },
      en: {
        title: "Get involved with the Runder Tisch Flüchtlingshilfe Brand",
        summary:
          "Open meeting every two weeks: volunteers from Brand plan accompaniment, language meetups and festivals here.",
        description:
          "The Runder Tisch brings together people who support refugees in Brand – and refugees who want to help out themselves. At the meetings tasks are shared out, for example accompanying people to appointments, helping with a move or organising the neighbourhood festival. Every contribution counts, even one-off help.",
        eligibility: "Anyone who lives in Brand or would like to get involved there.",
        howToJoin: "Just come to the next meeting.",
      },
    },
  },
  {
    key: "sprachcafe-gastgeber-werden",
    organisation: "sprachcafe-netzwerk",
    categories: ["volunteering"],
    audiences: ["volunteers"],
    languages: ["de"],
    free: true,
    minAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 2, opens: "18:00", closes: "19:00", interval: 2 }],
    text: {
      de: {
        title: "Ehrenamt im Sprachcafé: Gastgeberin oder Gastgeber werden",
        summary:
          "Gesprächsrunden leiten, Themen vorbereiten, Menschen willkommen heißen – das Sprachcafé-Netzwerk sucht Ehrenamtliche.",
        description:
          "In den Aachener Sprachcafés üben Menschen Deutsch im Gespräch. Als Gastgeberin oder Gastgeber begrüßen Sie die Gäste, moderieren Tischrunden und bringen Gesprächsanlässe mit. Das Netzwerk stellt Material zur Verfügung und bietet kurze Einführungen an.",
        eligibility: "Alle ab 16 Jahren mit guten Deutschkenntnissen und Freude am Gespräch.",
        howToJoin: "Zur Einführungsstunde kommen oder per E-Mail melden.",
      },
      en: {
        title: "Volunteering at a language café: become a host",
        summary:
          "Lead conversation groups, prepare topics, welcome people – the language café network is looking for volunteers.",
        description:
          "At Aachen’s language cafés people practise German through conversation. As a host you welcome guests, moderate table groups and bring conversation starters. The network provides materials and offers short introductions.",
        eligibility: "Anyone aged 16 and over with good German and a love of conversation.",
        howToJoin: "Come to the introductory session or get in touch by e-mail.",
      },
    },
  },
  {
    key: "ausbildungspaten-bbz-west",
    organisation: "berufsbildungszentrum-west",
    categories: ["volunteering", "youth"],
    audiences: ["volunteers", "young-people"],
    languages: ["de"],
    free: true,
    minAge: 18,
    registrationRequired: true,
    schedules: [{ weekday: 3, opens: "18:00", closes: "19:30", interval: 2 }],
    text: {
      de: {
        title: "Ausbildungspaten: Jugendliche auf dem Weg in die Ausbildung begleiten",
        summary:
          "Ehrenamtliche unterstützen junge Zugewanderte bei Bewerbungen, Berufsschule und Prüfungsvorbereitung.",
        description:
          "Ausbildungspatinnen und -paten treffen sich regelmäßig mit einer oder einem Auszubildenden und helfen bei Fachsprache, Berichtsheft und Prüfungsvorbereitung. Viele Jugendliche brechen eine Ausbildung ab, weil ihnen diese Unterstützung fehlt. Das Berufsbildungszentrum begleitet die Patenschaften und lädt regelmäßig zum Austausch ein.",
        eligibility: "Erwachsene mit Berufserfahrung, gern auch im Ruhestand.",
        howToJoin: "Zum Infotreffen kommen oder eine E-Mail an das Berufsbildungszentrum schreiben.",
      },
      en: {
        title: "Apprenticeship mentors: supporting young people into vocational training",
        summary: "Volunteers support young migrants with applications, vocational school and exam preparation.",
        description:
          "Apprenticeship mentors meet regularly with a trainee and help with technical language, the training logbook and exam preparation. Many young people drop out of training because they lack this support. The vocational training centre supports the mentorships and regularly invites mentors to exchange experiences.",
        eligibility: "Adults with work experience, retired people very welcome.",
        howToJoin: "Come to the information meeting or e-mail the vocational training centre.",
      },
    },
  },
  {
    key: "sprachbegleitung-ehrenamt-russischsprachige-familien",
    organisation: "russischsprachige-familien",
    categories: ["volunteering"],
    audiences: ["volunteers", "refugees"],
    languages: ["ru", "uk", "de"],
    free: true,
    minAge: 18,
    registrationRequired: false,
    schedules: [{ weekday: 5, opens: "17:00", closes: "18:30", interval: 2 }],
    text: {
      de: {
        title: "Ehrenamtliche Sprachbegleitung auf Russisch und Ukrainisch",
        summary:
          "Sie sprechen Russisch oder Ukrainisch und Deutsch? Begleiten Sie Neuangekommene zu Ärzten, Ämtern und Schulen.",
        description:
          "Der Verein russischsprachiger Familien sucht Menschen, die ehrenamtlich bei Terminen übersetzen. Viele der Ehrenamtlichen sind selbst vor Jahren nach Aachen gekommen und geben nun ihre Erfahrung weiter. Alle zwei Wochen treffen sich die Sprachbegleiterinnen und Sprachbegleiter in Eilendorf zur Absprache.",
        eligibility: "Menschen ab 18 Jahren mit guten Deutsch- und Russisch- oder Ukrainischkenntnissen.",
        howToJoin: "Zum Treffen am Freitag kommen oder im Verein anrufen.",
      },
      en: {
        title: "Volunteer language support in Russian and Ukrainian",
        summary:
          "Do you speak Russian or Ukrainian and German? Accompany newcomers to doctors, authorities and schools.",
        description:
          "The association of Russian-speaking families is looking for people to interpret at appointments on a voluntary basis. Many of the volunteers came to Aachen themselves years ago and now pass on their experience. The language helpers meet every two weeks in Eilendorf to coordinate.",
        eligibility: "People aged 18 and over with good German and good Russian or Ukrainian.",
        howToJoin: "Come to the Friday meeting or call the association.",
      },
    },
  },
  {
    key: "uebungsleitung-ehrenamt-tsv-kornelimuenster",
    organisation: "tsv-kornelimuenster",
    categories: ["volunteering", "leisure-sport"],
    audiences: ["volunteers", "young-people"],
    languages: ["de"],
    free: true,
    minAge: 16,
    registrationRequired: false,
    schedules: [{ weekday: 1, opens: "19:00", closes: "20:00", interval: 2 }],
    text: {
      de: {
        title: "Ehrenamt im Sportverein: Übungsleiterin oder Übungsleiter werden",
        summary:
          "Der TSV Kornelimünster sucht Helferinnen und Helfer für Kinder- und Jugendgruppen – die Ausbildung zahlt der Verein.",
        description:
          "Ob Eltern-Kind-Turnen, Jugendfußball oder Tischtennis: Der Verein braucht Menschen, die Gruppen mitbetreuen. Wer dabeibleiben möchte, kann die Übungsleiter-Lizenz machen; die Kosten trägt der Verein. Auch Neuzugezogene, die in ihrem Herkunftsland Sport unterrichtet haben, sind herzlich willkommen.",
        eligibility: "Alle ab 16 Jahren mit Freude an Sport und Bewegung.",
        howToJoin: "Jeden zweiten Montag zum Vereinsabend kommen oder den Vorstand ansprechen.",
      },
      en: {
        title: "Volunteering at a sports club: become an instructor",
        summary:
          "TSV Kornelimünster is looking for helpers for children’s and youth groups – the club pays for the training.",
        description:
          "Whether parent-and-child gym, youth football or table tennis: the club needs people to help run groups. Those who want to stay on can get the instructor licence; the club covers the cost. Newcomers who taught sport in their home country are very welcome too.",
        eligibility: "Anyone aged 16 and over who enjoys sport and exercise.",
        howToJoin: "Come to the club evening every other Monday or speak to the board.",
      },
    },
  },
];
