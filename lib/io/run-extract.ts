/**
 * The CLI `npm run --silent extract -- FILE [--format json|csv|md]`, as a function: file system, output,
 * the engine and the HTML parser come in as arguments, so tests call it without spawning a process and
 * scripts/extract.ts stays a few lines of wiring.
 *
 * Contract (docs/DESIGN): one document on stdout; bad input → one line on stderr and exit code 2, never a
 * stack trace; a bug of ours → one line and exit code 1.
 */
import type { Analysis } from '../analysis-types';
import { findArticle, indexArticle } from '../dom/find-article';
import { analysisToMarkdown } from '../export/markdown';
import { targetsToCsv } from '../export/targets-csv';
import { type AnalysisSource, analysisDocumentSchema, toAnalysisDocument } from '../schema/analysis';
import { DecodeError, type DecodedText, decodeHtml, decodeText } from './decode-text';

export const OUTPUT_FORMATS = ['json', 'csv', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = 'usage: npm run --silent extract -- FILE [--format json|csv|md]';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** A problem with what the user gave us; the message is one line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ExtractIo {
  /** Throws a Node-style error (code ENOENT, EISDIR, EACCES …) when the file cannot be read. */
  readFile(path: string): Uint8Array;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ExtractDeps {
  analyze(text: string): Analysis;
  /** HTML → Document (linkedom's parseHTML in the CLI). */
  parseHtml(html: string): Document;
}

export interface ExtractArgs {
  file: string;
  format: OutputFormat;
}

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  let file: string | null = null;
  let format: string = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (value === undefined) throw new InputError(`--format needs a value (json, csv or md)`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg === '--') {
      continue;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new InputError(`only one FILE, got also ${arg}`);
    }
  }
  if (file === null) throw new InputError(USAGE);
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`unknown --format ${JSON.stringify(format)} (json, csv or md)`);
  }
  return { file, format: format as OutputFormat };
}

function readInput(io: ExtractIo, file: string): Uint8Array {
  try {
    return io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${file}: is a directory, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot read (${code ?? 'error'})`);
  }
}

const HTML_EXTENSION = /\.(?:html?|xhtml|shtml|asp|aspx|jsp|php)$/i;
const TEXT_EXTENSION = /\.(?:txt|text|md)$/i;

/** By extension; a file with another or no extension is HTML when it starts like markup. */
function isHtml(file: string, text: string): boolean {
  if (HTML_EXTENSION.test(file)) return true;
  if (TEXT_EXTENSION.test(file)) return false;
  return /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text);
}

export interface ExtractedReport {
  /** The analysed text: the file's text, or the article text extracted from the HTML page. */
  text: string;
  analysis: Analysis;
  source: AnalysisSource;
}

export function extractReport(bytes: Uint8Array, file: string, deps: ExtractDeps): ExtractedReport {
  const sniffAsHtml = isHtml(file, new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
  let decoded: DecodedText;
  try {
    decoded = sniffAsHtml ? decodeHtml(bytes) : decodeText(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
  if (!sniffAsHtml) {
    const analysis = deps.analyze(decoded.text);
    return { text: decoded.text, analysis, source: { file, encoding: decoded.encoding, textLength: decoded.text.length } };
  }
  const doc = deps.parseHtml(decoded.text);
  const match = findArticle(doc);
  if (!match) throw new InputError(`${file}: no article found on the page`);
  const text = indexArticle(match).text;
  if (text.trim() === '') throw new InputError(`${file}: the article has no text`);
  const analysis = deps.analyze(text);
  // The page title usually sits outside the article element; it carries no offsets, so it may fill in.
  const withTitle = analysis.title === null && match.title ? { ...analysis, title: match.title } : analysis;
  return {
    text,
    analysis: withTitle,
    source: { file, encoding: decoded.encoding, method: match.method, textLength: text.length },
  };
}

export function formatReport(report: ExtractedReport, format: OutputFormat): string {
  switch (format) {
    case 'json': {
      const doc = toAnalysisDocument(report.analysis, report.source);
      const checked = analysisDocumentSchema.safeParse(doc);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new Error(`output does not match the analysis schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
      }
      return JSON.stringify(doc, null, 2) + '\n'; // doc, not checked.data: keeps format and version first
    }
    case 'csv':
      return targetsToCsv(report.analysis.targets);
    case 'md':
      return analysisToMarkdown(report.analysis, { text: report.text, source: { file: report.source.file } });
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** Run the CLI; returns the exit code. Never throws. */
export function runExtract(argv: readonly string[], io: ExtractIo, deps: ExtractDeps): number {
  try {
    const args = parseExtractArgs(argv);
    const report = extractReport(readInput(io, args.file), args.file, deps);
    io.stdout(formatReport(report, args.format));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`extract: ${oneLine(e.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`extract: internal error: ${oneLine(message)}\n`);
    return EXIT_INTERNAL;
  }
}
