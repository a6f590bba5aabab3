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

/** Asked before measuring so that routes are compiled and the vocabulary is loaded. */
export const warmUp = ["q=Sozialberatung", "category=health", "q=Frauentreff&locale=tr"];

/** Asked once before the pages, so that the first page measured does not pay for loading the route. */
export const pageWarmUp = "/en/offers?q=Sozialberatung";

/** Results pages from the measurements, each asked once after the searches. */
export const coldPages = [
  "/ar/offers",
  "/uk/offers?q=deutsch",
  "/de/offers?category=language&district=brand",
  "/de/offers?q=Beratung&page=3",
];
