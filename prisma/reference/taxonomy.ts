// The base taxonomy every installation starts with: categories of offers and the audiences they
// serve. Coordinators can add terms later; codes are stable and appear in shared links.
import type { Localised } from "../demo/types";
import type { AudienceCode, CategoryCode } from "../demo/types";

export type ReferenceTerm<Code extends string> = { code: Code; icon: string; name: Required<Localised<string>> };

export const categories: ReferenceTerm<CategoryCode>[] = [
  {
    code: "language",
    icon: "speech",
    name: { de: "Sprache lernen", en: "Learning German", ar: "تعلم اللغة", fa: "یادگیری زبان", uk: "Вивчення мови", ru: "Изучение языка", tr: "Dil öğrenme" },
  },
  {
    code: "counselling",
    icon: "chat",
    name: { de: "Beratung", en: "Counselling", ar: "استشارة", fa: "مشاوره", uk: "Консультації", ru: "Консультации", tr: "Danışmanlık" },
  },
  {
    code: "parents-children",
    icon: "family",
    name: { de: "Eltern und Kinder", en: "Parents and children", ar: "الآباء والأطفال", fa: "والدین و کودکان", uk: "Батьки та діти", ru: "Родители и дети", tr: "Ebeveynler ve çocuklar" },
  },
  {
    code: "youth",
    icon: "youth",
    name: { de: "Jugend", en: "Young people", ar: "الشباب", fa: "جوانان", uk: "Молодь", ru: "Молодёжь", tr: "Gençler" },
  },
  {
    code: "work",
    icon: "work",
    name: { de: "Arbeit und Qualifizierung", en: "Work and qualifications", ar: "العمل والتأهيل", fa: "کار و مهارت‌آموزی", uk: "Робота та кваліфікація", ru: "Работа и квалификация", tr: "İş ve mesleki yeterlilik" },
  },
  {
    code: "health",
    icon: "health",
    name: { de: "Gesundheit", en: "Health", ar: "الصحة", fa: "سلامت", uk: "Здоров'я", ru: "Здоровье", tr: "Sağlık" },
  },
  {
    code: "housing",
    icon: "home",
    name: { de: "Wohnen", en: "Housing", ar: "السكن", fa: "مسکن", uk: "Житло", ru: "Жильё", tr: "Konut" },
  },
  {
    code: "legal",
    icon: "legal",
    name: { de: "Recht und Aufenthalt", en: "Legal matters and residence", ar: "القانون والإقامة", fa: "حقوق و اقامت", uk: "Право та перебування", ru: "Право и пребывание", tr: "Hukuk ve oturum" },
  },
  {
    code: "leisure-sport",
    icon: "sport",
    name: { de: "Freizeit und Sport", en: "Leisure and sport", ar: "الترفيه والرياضة", fa: "اوقات فراغت و ورزش", uk: "Дозвілля та спорт", ru: "Досуг и спорт", tr: "Boş zaman ve spor" },
  },
  {
    code: "volunteering",
    icon: "hands",
    name: { de: "Ehrenamt", en: "Volunteering", ar: "العمل التطوعي", fa: "کار داوطلبانه", uk: "Волонтерство", ru: "Волонтёрство", tr: "Gönüllülük" },
  },
];

export const audiences: ReferenceTerm<AudienceCode>[] = [
  { code: "newcomers", icon: "arrive", name: { de: "Neu in Aachen", en: "New in Aachen", ar: "جدد في آخن", fa: "تازه‌واردان در آخن", uk: "Нові в Аахені", ru: "Недавно в Ахене", tr: "Aachen'a yeni gelenler" } },
  { code: "refugees", icon: "shelter", name: { de: "Geflüchtete", en: "Refugees", ar: "اللاجئون", fa: "پناهندگان", uk: "Біженці", ru: "Беженцы", tr: "Mülteciler" } },
  { code: "eu-citizens", icon: "eu", name: { de: "Zugewanderte aus der EU", en: "EU citizens", ar: "مواطنو الاتحاد الأوروبي", fa: "شهروندان اتحادیه اروپا", uk: "Громадяни ЄС", ru: "Граждане ЕС", tr: "AB vatandaşları" } },
  { code: "women", icon: "women", name: { de: "Frauen", en: "Women", ar: "النساء", fa: "زنان", uk: "Жінки", ru: "Женщины", tr: "Kadınlar" } },
  { code: "families", icon: "family", name: { de: "Familien", en: "Families", ar: "العائلات", fa: "خانواده‌ها", uk: "Сім'ї", ru: "Семьи", tr: "Aileler" } },
  { code: "parents", icon: "parents", name: { de: "Eltern", en: "Parents", ar: "الآباء والأمهات", fa: "والدین", uk: "Батьки", ru: "Родители", tr: "Ebeveynler" } },
  { code: "children", icon: "child", name: { de: "Kinder", en: "Children", ar: "الأطفال", fa: "کودکان", uk: "Діти", ru: "Дети", tr: "Çocuklar" } },
  { code: "young-people", icon: "youth", name: { de: "Jugendliche", en: "Young people", ar: "الشباب", fa: "نوجوانان و جوانان", uk: "Молодь", ru: "Подростки и молодёжь", tr: "Gençler" } },
  { code: "seniors", icon: "senior", name: { de: "Ältere Menschen", en: "Older people", ar: "كبار السن", fa: "سالمندان", uk: "Люди похилого віку", ru: "Пожилые люди", tr: "Yaşlılar" } },
  { code: "volunteers", icon: "hands", name: { de: "Ehrenamtliche", en: "Volunteers", ar: "المتطوعون", fa: "داوطلبان", uk: "Волонтери", ru: "Волонтёры", tr: "Gönüllüler" } },
  { code: "professionals", icon: "briefcase", name: { de: "Fachkräfte und Einrichtungen", en: "Professionals and institutions", ar: "المهنيون والمؤسسات", fa: "متخصصان و نهادها", uk: "Фахівці та установи", ru: "Специалисты и учреждения", tr: "Uzmanlar ve kurumlar" } },
];
