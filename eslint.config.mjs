import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// app/ and components/ present; only lib/ talks to the database (see DESIGN.md).
const dataAccess = {
  patterns: [
    { group: ["@prisma/client", "@prisma/*", "**/generated/**", "@/generated/*"], message: "Only lib/ uses Prisma: call a lib/ function." },
    { group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"], message: "Only lib/ uses the database client: call a lib/ function." },
  ],
};

// Every CSV file goes through lib/csv/write.ts, which guards cells against formula injection.
const csvWriter = {
  group: ["csv-stringify", "csv-stringify/*"],
  message: "Write CSV with toCsv from lib/csv/write.ts: it guards cells against spreadsheet formulas.",
};
const appOnly = { group: ["@/app/*", "@/components/*", "**/app/**", "**/components/**"], message: "lib/ never depends on app/ or components/." };

const config = [
  { ignores: [".next/**", "generated/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...dataAccess.patterns, csvWriter] }] },
  },
  // next.config.js stays CommonJS, as Next.js loads it.
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Components present what app/ hands them; the types they share with actions live in lib/.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...dataAccess.patterns, { group: ["@/app/*", "**/app/**"], message: "components/ never depends on app/: share types through lib/." }] },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [appOnly, csvWriter] },
      ],
    },
  },
  { files: ["scripts/**/*.ts", "tests/**/*.ts", "e2e/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [csvWriter] }] } },
  { files: ["lib/csv/write.ts"], rules: { "no-restricted-imports": ["error", { patterns: [appOnly] }] } },
];

export default config;
