// A CSV file of the import format with a given number of reproducible offers, for the import and
// load benchmarks.
import { toCsv } from "../../lib/csv/write";
import { csvColumns } from "../../lib/hsds/csv-format";
import { words } from "../synthetic/words";

const categories = [
  "language",
  "counselling",
  "parents-children",
  "youth",
  "work",
  "health",
  "housing",
  "legal",
  "leisure-sport",
  "volunteering",
];
const audiences = ["newcomers", "refugees", "women", "families", "parents", "children", "young-people", "seniors"];
const days = ["Mo", "Di", "Mi", "Do", "Fr", "Sa"];

/** Reproducible offers spread over Aachen, 25 per provider, as a partner's export might look. */
export function csv(count: number): string {
  const header = csvColumns.map((c) => c.name);
  const records: string[][] = [header];
  for (let i = 0; i < count; i++) {
    const topic = words.topics[i % words.topics.length]!;
    const place = words.places[(i * 7) % words.places.length]!;
    const org = Math.floor(i / 25);
    const hour = 8 + (i % 10);
    const values: Record<string, string> = {
      external_id: `bench-${i}`,
      organization_external_id: `bench-org-${org}`,
      organization_name: `${words.orgPrefixes[org % words.orgPrefixes.length]} ${words.orgNames[org % words.orgNames.length]} ${org}`,
      organization_type: words.orgTypes[org % words.orgTypes.length]!,
      title_de: `${topic.de} ${place}`,
      summary_de: `${words.summaries[i % words.summaries.length]} ${topic.de.toLowerCase()} in ${place}.`,
      description_de: `${topic.de} für ${words.groupsDe[i % words.groupsDe.length]}. ${words.details[i % words.details.length]}`,
      title_en: i % 2 ? `${topic.en} ${place}` : "",
      summary_en: i % 2 ? `${topic.en} in ${place}.` : "",
      categories: categories[i % categories.length]!,
      audiences: `${audiences[i % audiences.length]}|${audiences[(i + 3) % audiences.length]}`,
      languages: ["de", "de|ar", "de|en|tr", "de|uk|ru"][i % 4]!,
      free: i % 5 ? "ja" : "nein",
      min_age: i % 3 ? "" : "16",
      email: `angebot${i}@example.org`,
      phone: `0241 ${100000 + i}`,
      website: `https://example.org/angebote/${i}`,
      location_name: `Treffpunkt ${place}`,
      street: `${words.streets[i % words.streets.length]} ${1 + (i % 120)}`,
      postcode: words.postcodes[i % words.postcodes.length]!,
      city: "Aachen",
      // A grid over the city centre and the districts around it.
      latitude: (50.74 + ((i * 37) % 100) * 0.0009).toFixed(5),
      longitude: (6.03 + ((i * 53) % 100) * 0.0012).toFixed(5),
      schedule: `${days[i % 6]} ${String(hour).padStart(2, "0")}:00-${String(hour + 2).padStart(2, "0")}:00${i % 7 ? "" : "/2"}`,
      status: "published",
    };
    records.push(header.map((name) => values[name] ?? ""));
  }
  return toCsv(records);
}
