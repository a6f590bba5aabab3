// `npm run db:schema`: writes prisma/postgresql/schema.prisma from the SQLite source.
import fs from "node:fs";
import path from "node:path";
import { postgresSchemaPath, sqliteSchemaPath, toPostgres } from "./schemas";

fs.mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
fs.writeFileSync(postgresSchemaPath, toPostgres(fs.readFileSync(sqliteSchemaPath, "utf8")));
console.log(`wrote ${path.relative(process.cwd(), postgresSchemaPath)}`);
