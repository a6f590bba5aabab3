// The synonyms every installation starts with: words newcomers type for a category or audience
// that its names do not hold (lib/search/concepts.ts). Coordinators keep the list in the back office
// (/admin/synonyms); seeding adds what is missing and never removes what they changed.
import type { Locale } from "../../lib/i18n/locales";
import type { AudienceCode, CategoryCode } from "../demo/types";

export type ReferenceSynonyms = {
  taxonomy: "category" | "audience";
  code: CategoryCode | AudienceCode;
  words: Partial<Record<Locale, string[]>>;
};

export const synonyms: ReferenceSynonyms[] = [
  {
    taxonomy: "category",
    code: "parents-children",
    words: {
      de: ["Kita", "Kindergarten", "Kindertagesstätte", "Krippe", "Familienzentrum"],
      en: ["kindergarten", "daycare", "nursery", "preschool"],
      ar: ["حضانة", "روضة", "رياض الأطفال", "روضة أطفال"],
      fa: ["مهد کودک", "مهدکودک", "کودکستان", "پیش‌دبستانی"],
      uk: ["садочок", "дитячий садок", "садок"],
      ru: ["детский сад", "садик"],
      tr: ["kreş", "anaokulu"],
    },
  },
  {
    taxonomy: "category",
    code: "language",
    words: {
      de: ["Deutschkurs", "Sprachkurs", "Deutsch lernen"],
      en: ["German course", "German lessons", "language course"],
      ar: ["دورة لغة", "اللغة الألمانية", "دورة اللغة الألمانية"],
      fa: ["کلاس زبان", "زبان آلمانی"],
      uk: ["курс німецької", "німецька мова", "мовний курс"],
      ru: ["курс немецкого", "немецкий язык", "языковой курс"],
      tr: ["Almanca kursu", "dil kursu", "Almanca"],
    },
  },
  {
    taxonomy: "category",
    code: "legal",
    words: {
      de: ["Ausländerbehörde", "Ausländeramt", "Aufenthaltserlaubnis", "Aufenthaltstitel", "Einbürgerung", "Asyl"],
      en: ["foreigners office", "immigration office", "residence permit", "asylum", "citizenship"],
      ar: ["دائرة الأجانب", "مكتب الأجانب", "تصريح الإقامة", "إقامة", "لجوء"],
      fa: ["اداره اتباع خارجی", "اداره خارجی‌ها", "اجازه اقامت", "پناهندگی"],
      uk: ["відомство у справах іноземців", "дозвіл на проживання", "посвідка на проживання", "притулок"],
      ru: ["ведомство по делам иностранцев", "вид на жительство", "разрешение на проживание", "убежище"],
      tr: ["yabancılar dairesi", "oturum izni", "iltica"],
    },
  },
  {
    taxonomy: "category",
    code: "housing",
    words: {
      de: ["Wohnung", "Wohnungssuche", "Miete"],
      en: ["flat", "apartment", "rent"],
      ar: ["سكن", "شقة", "إيجار"],
      fa: ["آپارتمان", "اجاره"],
      uk: ["квартира", "оренда"],
      ru: ["квартира", "аренда"],
      tr: ["kira", "kiralık"],
    },
  },
  {
    taxonomy: "category",
    code: "health",
    words: {
      de: ["Arzt", "Ärztin", "Krankenhaus"],
      en: ["doctor", "hospital"],
      ar: ["طبيب", "مستشفى"],
      fa: ["پزشک", "دکتر", "بیمارستان"],
      uk: ["лікар", "лікарня"],
      ru: ["врач", "больница"],
      tr: ["doktor", "hastane"],
    },
  },
  {
    taxonomy: "category",
    code: "counselling",
    words: {
      de: ["Sprechstunde", "Beratungsstelle"],
      en: ["advice", "advice centre"],
      ar: ["مشورة", "استشارات"],
      fa: ["مشاوره‌ای"],
      uk: ["консультація", "порада"],
      ru: ["консультация", "совет"],
      tr: ["danışma"],
    },
  },
  {
    taxonomy: "category",
    code: "work",
    words: {
      de: ["Job", "Arbeitssuche", "Bewerbung"],
      en: ["job", "work"],
      ar: ["عمل", "وظيفة"],
      fa: ["کار", "شغل"],
      uk: ["робота"],
      ru: ["работа"],
      tr: ["iş"],
    },
  },
  {
    taxonomy: "category",
    code: "leisure-sport",
    words: {
      de: ["Sport", "Fußball", "Schwimmen", "Radfahren"],
      en: ["sport", "football", "swimming", "cycling"],
      ar: ["رياضة", "كرة القدم", "سباحة"],
      fa: ["ورزش", "فوتبال", "شنا"],
      uk: ["спорт", "футбол", "плавання"],
      ru: ["спорт", "футбол", "плавание"],
      tr: ["spor", "futbol", "yüzme"],
    },
  },
];
