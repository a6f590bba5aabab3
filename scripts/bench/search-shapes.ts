// Query shapes for `npm run bench:search`: what people type and click on the offers page, against
// the words of the synthetic catalogue (scripts/synthetic/words.ts) and the reference taxonomy.
const near = "near=50.7766,6.0834";

/** Each asked once on a cold server (no result cache): at least 20 different shapes. */
export const coldShapes: Record<string, string> = {
  word: "q=Deutschkurs",
  "word, English interface": "q=Integrationskurs&locale=en",
  typo: "q=Deutschkurz",
  "typo, long word": "q=Migrationsberatnug",
  "compound part": "q=beratung",
  "compound part + free": "q=kurs&free=1",
  "two words": "q=Hausaufgabenhilfe%20Haaren",
  "Arabic words": "q=%D8%AF%D9%88%D8%B1%D8%A9%20%D8%A7%D9%84%D9%84%D8%BA%D8%A9&locale=ar",
  "Cyrillic category name": "q=%D0%BA%D0%BE%D0%BD%D1%81%D1%83%D0%BB%D1%8C%D1%82%D0%B0%D1%86%D0%B8%D0%B8&locale=ru",
  "Cyrillic two words": "q=%D0%B8%D0%B7%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%B5%20%D1%8F%D0%B7%D1%8B%D0%BA%D0%B0&locale=uk",
  "unknown word": "q=Zyxwvut",
  "word + district": "q=Sprachcafe&district=haaren",
  "word + category + audience": "q=Beratung&category=counselling&audience=women",
  "word, page 3": "q=Deutschkurs&page=3",
  "word, near me": `q=Jugendtreff&${near}&sort=distance`,
  "no filter": "",
  "no filter, page 3": "page=3",
  "filters only: category + district": "category=language&district=brand",
  "filters only: category + language": "category=language&language=ar",
  "filters only: audience + programme": "audience=women&programme=ifkuf",
  "filters only: free + district, page 3": "free=1&district=eilendorf&page=3",
  "near me": `${near}&sort=distance`,
  "near me + category, page 3": `category=parents-children&${near}&sort=distance&page=3`,
  "district by distance": "district=richterich&sort=distance&category=work",
};

/**
 * Asked before measuring, so that the measured searches meet a server as it runs after its first
 * visitors: routes compiled, the vocabulary loaded and the search code past its first runs (a
 * JavaScript engine compiles code after a few calls; a server that answered three searches runs
 * every other kind of search for the first time, 2–3 times slower). One of each kind the shapes
 * measure, with other words and filter values, so that no measured search was asked before.
 */
export const warmUp = [
  "q=Sozialberatung",
  "category=health",
  "q=Frauentreff&locale=tr",
  "q=Bewerbungstrainnig",
  "q=Wohnungssuhe",
  "q=training&free=1",
  "q=hilfe",
  "q=Bewerbungstraining%20Brand",
  "q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A9%20%D9%81%D9%8A&locale=ar",
  "q=%D0%B4%D0%BE%D0%BF%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%20%D0%B4%D1%96%D1%82%D1%8F%D0%BC&locale=uk",
  // A phrase that names a category, read as the category and word by word (as "изучение языка").
  "q=%D8%B1%D9%8A%D8%A7%D8%B6%20%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84&locale=ar",
  "q=Qwertzuiop",
  "q=Wohnungssuche&district=forst",
  "q=Hilfe&category=work&audience=families",
  "q=Sozialberatung&page=2",
  `q=Sprachcafe&near=50.7600,6.1000&sort=distance`,
  "page=2",
  "category=housing&district=soers",
  "category=work&language=tr",
  "audience=families&programme=komm-an",
  "free=1&district=forst&page=2",
  `near=50.7600,6.1000&sort=distance`,
  `category=language&near=50.7600,6.1000&sort=distance&page=2`,
  "district=brand&sort=distance&category=health",
];

/** Asked once before the pages, so that the first page measured does not pay for loading the route. */
export const pageWarmUp = "/en/offers?q=Sozialberatung";

/** Results pages from the measurements, each asked once after the searches. */
export const coldPages = [
  "/ar/offers",
  "/uk/offers?q=deutsch",
  "/de/offers?category=language&district=brand",
  "/de/offers?q=Beratung&page=3",
];
