// npm run schema — regenerate public/schemas/*.json from the zod schemas in lib/schema/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { collectionSchemaFiles } from '../lib/schema/collection-export';
import { schemaFiles } from '../lib/schema/json-schema';

for (const file of [...schemaFiles(), ...collectionSchemaFiles()]) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.content);
  console.log(`wrote ${file.path}`);
}
