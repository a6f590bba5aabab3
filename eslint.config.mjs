import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// app/ and components/ present; only lib/ talks to the database (see DESIGN.md).
const dataAccess = {
  patterns: [
    { group: ["@prisma/client", "@prisma/*", "**/generated/**", "@/generated/*"], message: "Only lib/ uses Prisma: call a lib/ function." },
    { group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"], message: "Only lib/ uses the database client: call a lib/ function." },
  ],
};

const config = [
  { ignores: [".next/**", "generated/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", dataAccess] },
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
        { patterns: [{ group: ["@/app/*", "@/components/*", "**/app/**", "**/components/**"], message: "lib/ never depends on app/ or components/." }] },
      ],
    },
  },
];

export default config;
