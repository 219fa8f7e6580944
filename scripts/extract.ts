// npm run --silent extract -- FILE [--format json|csv|md]
// Thin wiring: Node's file system and streams, the engine, and linkedom as the HTML parser. The logic
// (and its tests) live in lib/io/run-extract.ts.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze } from '../lib/analyze';
import { runExtract } from '../lib/io/run-extract';

// `extract … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = runExtract(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { analyze, parseHtml: (html) => parseHTML(html).document as unknown as Document },
);
process.exitCode = code;
