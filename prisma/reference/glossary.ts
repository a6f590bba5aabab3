// The glossary every installation starts with: names of the KI and its programmes stay as they are
// in every language (families meet them under these names on flyers, at the Kita and in letters),
// and a few offices are rendered one fixed way, with the German name in brackets so that a reader
// recognises the sign on the door. Coordinators change and extend it at /admin/translations/glossary.
type Seeded = { source: string; locale: string; target?: string; note?: string };

const kept = (source: string, note?: string): Seeded => ({ source, locale: "*", ...(note ? { note } : {}) });

const perLanguage = (source: string, targets: Record<"en" | "ar" | "fa" | "uk" | "ru" | "tr", string>): Seeded[] => [
  kept(source),
  ...Object.entries(targets).map(([locale, target]) => ({ source, locale, target })),
];

export const glossary: Seeded[] = [
  kept("Griffbereit", "Landesprogramm für Eltern mit Kindern von 1 bis 3 Jahren"),
  kept("Rucksack KiTa"),
  kept("Rucksack Schule"),
  kept("Rucksack"),
  kept("KOMM-AN", "Landesprogramm NRW"),
  kept("KIM", "Kommunales Integrationsmanagement"),
  kept("IfKuF"),
  kept("Kommunales Integrationszentrum"),
  kept("Jobcenter"),
  ...perLanguage("Ausländerbehörde", {
    en: "Immigration Office (Ausländerbehörde)",
    ar: "دائرة شؤون الأجانب (Ausländerbehörde)",
    fa: "اداره امور اتباع خارجی (Ausländerbehörde)",
    uk: "відомство у справах іноземців (Ausländerbehörde)",
    ru: "ведомство по делам иностранцев (Ausländerbehörde)",
    tr: "Yabancılar Dairesi (Ausländerbehörde)",
  }),
  ...perLanguage("Kita", {
    en: "day-care centre (Kita)",
    ar: "روضة الأطفال (Kita)",
    fa: "مهدکودک (Kita)",
    uk: "дитячий садок (Kita)",
    ru: "детский сад (Kita)",
    tr: "kreş (Kita)",
  }),
];
