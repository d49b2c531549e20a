import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll } from 'vitest';

let tempDir: string | null = null;

/**
 * Writes PDF bytes to a temporary file and returns its path, for the poppler tools. The folder
 * is removed after the last test of the file that imported this module.
 */
export function writeTempPdf(bytes: Uint8Array, name: string): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'cleanplan-report-'));
  const path = join(mkdtempSync(join(tempDir, 'pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

// Registered at import time, so it runs in the root suite of each test file using these tools.
afterAll(() => {
  if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
  tempDir = null;
});

/** Extracts the text with poppler's pdftotext in layout mode (Debian package poppler-utils). */
export function pdfToText(path: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Lists the fonts with poppler's pdffonts. */
export function pdfFonts(path: string): string {
  return execFileSync('/usr/bin/pdffonts', [path], { encoding: 'utf8' });
}

export interface PdfObject {
  readonly id: number;
  readonly dictionary: string;
  /** Stream content, inflated when the stream is Flate-encoded; null for objects without a stream. */
  readonly stream: Buffer | null;
}

/**
 * Parses the objects of an uncompressed-xref PDF as jsPDF writes it (`N 0 obj << … >> stream …
 * endstream`), so tests can inspect embedded fonts and their character maps.
 */
export function readPdfObjects(bytes: Uint8Array): PdfObject[] {
  const buffer = Buffer.from(bytes);
  const source = buffer.toString('latin1');
  const objects: PdfObject[] = [];
  const header = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n)?/g;

  for (let match = header.exec(source); match; match = header.exec(source)) {
    const dictionary = match[2]!;
    let stream: Buffer | null = null;
    if (match[3]) {
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
      const start = match.index + match[0].length;
      const raw = buffer.subarray(start, start + length);
      stream = dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw;
      header.lastIndex = start + length;
    }
    objects.push({ id: Number(match[1]), dictionary, stream });
  }
  return objects;
}

/**
 * Returns the characters each embedded Type 0 font maps in its ToUnicode CMap, keyed by the
 * PostScript name stored in the embedded font file's name table (e.g. `NotoSansSC-Bold`).
 */
export function charactersByEmbeddedFont(bytes: Uint8Array): Map<string, Set<string>> {
  const objects = readPdfObjects(bytes);
  const byId = new Map(objects.map((object) => [object.id, object]));
  const result = new Map<string, Set<string>>();

  for (const font of objects.filter((object) => object.dictionary.includes('/Subtype /Type0'))) {
    const toUnicode = byId.get(referencedId(font.dictionary, 'ToUnicode'));
    const descendant = byId.get(Number(/\/DescendantFonts \[(\d+) 0 R\]/.exec(font.dictionary)?.[1]));
    const descriptor = descendant ? byId.get(referencedId(descendant.dictionary, 'FontDescriptor')) : undefined;
    const fontFile = descriptor ? byId.get(referencedId(descriptor.dictionary, 'FontFile2')) : undefined;
    if (!toUnicode?.stream || !fontFile?.stream) continue;
    result.set(postScriptName(fontFile.stream), unicodeTargets(toUnicode.stream.toString('latin1')));
  }
  return result;
}

function referencedId(dictionary: string, key: string): number {
  return Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1]);
}

/** Reads name id 6 (PostScript name) from a TrueType file, dropping a subset tag like `ABCDEF+`. */
function postScriptName(font: Buffer): string {
  const tableCount = font.readUInt16BE(4);
  for (let index = 0; index < tableCount; index += 1) {
    const record = 12 + index * 16;
    if (font.toString('latin1', record, record + 4) !== 'name') continue;
    const table = font.readUInt32BE(record + 8);
    const count = font.readUInt16BE(table + 2);
    const strings = table + font.readUInt16BE(table + 4);
    for (let entry = 0; entry < count; entry += 1) {
      const at = table + 6 + entry * 12;
      if (font.readUInt16BE(at + 6) !== 6) continue;
      const length = font.readUInt16BE(at + 8);
      const offset = strings + font.readUInt16BE(at + 10);
      const raw = font.subarray(offset, offset + length);
      const platform = font.readUInt16BE(at);
      const name = platform === 1 ? raw.toString('latin1') : raw.swap16().toString('utf16le');
      return name.replace(/^[A-Z]{6}\+/, '');
    }
  }
  return '';
}

/** Collects the Unicode targets of the `bfchar` and `bfrange` sections as characters. */
function unicodeTargets(cmap: string): Set<string> {
  const characters = new Set<string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of section[1]!.matchAll(/<([0-9a-fA-F]+)>[ \t]*<([0-9a-fA-F]+)>/g)) {
      characters.add(String.fromCodePoint(parseInt(entry[2]!, 16)));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of section[1]!.matchAll(/<([0-9a-fA-F]+)>[ \t]*<([0-9a-fA-F]+)>[ \t]*<([0-9a-fA-F]+)>/g)) {
      const first = parseInt(entry[1]!, 16);
      const last = parseInt(entry[2]!, 16);
      const target = parseInt(entry[3]!, 16);
      for (let code = first; code <= last; code += 1) characters.add(String.fromCodePoint(target + code - first));
    }
  }
  return characters;
}
