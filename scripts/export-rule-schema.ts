// Writes rules/rule-set.schema.json from the zod schema, so editors validate the YAML rule sets as people
// type (each YAML file starts with `$schema: ./rule-set.schema.json`). test/rules checks it is up to date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleSetJsonSchemaText } from '../rules/json-schema';

const out = fileURLToPath(new URL('../rules/rule-set.schema.json', import.meta.url));
writeFileSync(out, ruleSetJsonSchemaText());
console.log(`wrote ${out}`);
