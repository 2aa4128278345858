// Publishes the report's JSON Schema (checker/report.schema.json) from the zod schema, so tools outside
// TypeScript can validate report.json. Run: npm run schema:report (a test keeps it in sync).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, ReportSchema } from '../core/report-schema';

export const REPORT_SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'report.schema.json');

/** The JSON Schema text, byte for byte what the file must hold. */
export function reportJsonSchemaText(): string {
  // 'input' leaves objects open (no additionalProperties: false), so readers of 1.x accept fields added later.
  const schema = z.toJSONSchema(ReportSchema, { io: 'input' }) as Record<string, unknown>;
  const out = {
    $schema: schema.$schema,
    $id: `https://oit-checker.local/report-${REPORT_SCHEMA_VERSION}.schema.json`,
    title: 'OIT checker report',
    description: `report.json written by \`oit check\` (schemaVersion ${REPORT_SCHEMA_VERSION}).`,
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(REPORT_SCHEMA_PATH, reportJsonSchemaText());
  console.log(`wrote ${REPORT_SCHEMA_PATH}`);
}
