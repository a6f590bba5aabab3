// A Kita's inquiry about Griffbereit, as the public form sends it.
export const kitaInquiry = {
  institutionName: "Kita Regenbogen",
  institutionType: "kita",
  district: "haaren",
  contactName: "Leitung",
  email: "leitung@kita.example.org",
  programmes: ["griffbereit"],
  message: "Wir möchten eine Gruppe anbieten.",
  consent: "on",
  locale: "de",
};
