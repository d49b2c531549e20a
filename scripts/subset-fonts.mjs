#!/usr/bin/env node
/**
 * Builds the font subsets the compliance PDF embeds (src/report/pdf/fonts/).
 *
 * Source: Noto Sans SC Regular and Bold, TrueType (glyf outlines), from the npm package
 * `@expo-google-fonts/noto-sans-sc` version 0.4.3 (SIL Open Font License 1.1). The package is
 * 92 MB, so it is installed outside the repository and only the subsets are committed:
 *
 *   npm i --prefix /tmp/fontsrc -E @expo-google-fonts/noto-sans-sc@0.4.3
 *   D=/tmp/fontsrc/node_modules/@expo-google-fonts/noto-sans-sc
 *   npm run fonts -- $D/400Regular/NotoSansSC_400Regular.ttf $D/700Bold/NotoSansSC_700Bold.ttf
 *
 * The subset holds GB 2312, a few Unicode blocks, field symbols and every non-ASCII character
 * found in rules/**.json and src/**.{ts,tsx,json} (string tables, and comments too). Re-run it
 * after adding such text. Characters still missing are reported by findMissingGlyphs at export
 * time and printed as placeholders.
 *
 * Writes NotoSansSC-Regular.subset.ttf, NotoSansSC-Bold.subset.ttf, coverage.json (the sorted
 * code points both subsets draw) and OFL.txt (the font licence, copied from the package).
 */
import { readFile, readdir, writeFile, access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { readCmapCodePoints } from './read-cmap.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = join(repoRoot, 'src/report/pdf/fonts');
const SCANNED_DIRS = [
  { dir: join(repoRoot, 'rules'), extensions: ['.json'] },
  { dir: join(repoRoot, 'src'), extensions: ['.ts', '.tsx', '.json'] },
];
const SKIPPED_FILES = new Set(['coverage.json']);

/** Field symbols the plan, schedule and findings print, beyond the Unicode blocks added whole. */
const FIELD_SYMBOLS = '²³¹⁴⁵⁶⁷⁸⁹°µ±−≤≥×·–—≈ΔΣ√∞℃㎡㎥←↑→↓↔≠∑…‰№';

const BLOCKS = [
  { name: 'ASCII', from: 0x20, to: 0x7e },
  { name: 'Latin-1 Supplement', from: 0xa0, to: 0xff },
  { name: 'General Punctuation', from: 0x2000, to: 0x206f },
  { name: 'Superscripts and Subscripts', from: 0x2070, to: 0x209f },
  { name: 'CJK Symbols and Punctuation', from: 0x3000, to: 0x303f },
  { name: 'Halfwidth and Fullwidth Forms', from: 0xff00, to: 0xffef },
];

async function main() {
  const [regularPath, boldPath] = process.argv.slice(2);
  if (!regularPath || !boldPath) {
    console.error('Usage: node scripts/subset-fonts.mjs REGULAR.ttf BOLD.ttf');
    console.error('Both files must be Noto Sans SC TrueType (glyf) fonts. The header of this script says where to get them.');
    process.exit(2);
  }

  const requested = new Set();
  addGb2312(requested);
  for (const block of BLOCKS) addRange(requested, block.from, block.to);
  addText(requested, FIELD_SYMBOLS);
  const scanned = await scanRepositoryText();
  addText(requested, scanned);
  const text = String.fromCodePoint(...[...requested].sort((a, b) => a - b));

  const regular = await subsetOne(regularPath, text, 'NotoSansSC-Regular.subset.ttf');
  const bold = await subsetOne(boldPath, text, 'NotoSansSC-Bold.subset.ttf');
  const coverage = intersect(readCmapCodePoints(regular), readCmapCodePoints(bold));
  await writeFile(join(outputDir, 'coverage.json'), JSON.stringify(coverage) + '\n');
  await copyLicence(regularPath);

  console.log(`Requested ${requested.size} characters; both faces draw ${coverage.length}.`);
  console.log(`Regular ${regular.length} bytes, bold ${bold.length} bytes, written to ${outputDir}.`);
}

/** Adds every character of GB 2312 (double-byte codes A1A1–F7FE, decoded as GBK). */
function addGb2312(requested) {
  const decoder = new TextDecoder('gbk');
  for (let lead = 0xa1; lead <= 0xf7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
      const character = decoder.decode(new Uint8Array([lead, trail]));
      const codePoint = character.codePointAt(0);
      // Unassigned codes decode to U+FFFD.
      if (character.length === 1 && codePoint !== 0xfffd) requested.add(codePoint);
    }
  }
}

function addRange(requested, from, to) {
  for (let codePoint = from; codePoint <= to; codePoint += 1) requested.add(codePoint);
}

function addText(requested, text) {
  for (const character of text) {
    const codePoint = character.codePointAt(0);
    if (codePoint >= 0x20) requested.add(codePoint);
  }
}

/** Returns every non-ASCII character in the scanned rule files and source string tables. */
async function scanRepositoryText() {
  const characters = new Set();
  for (const { dir, extensions } of SCANNED_DIRS) {
    for (const file of await listFiles(dir, extensions)) {
      const content = await readFile(file, 'utf8');
      for (const character of content) {
        if (character.codePointAt(0) > 0x7f) characters.add(character);
      }
    }
  }
  return [...characters].join('');
}

async function listFiles(dir, extensions) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && !SKIPPED_FILES.has(entry.name))
    .filter((entry) => extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

async function subsetOne(sourcePath, text, outputName) {
  const source = await readFile(sourcePath);
  const subset = await subsetFont(source, text, {
    targetFormat: 'sfnt',
    // jsPDF neither shapes text nor hints, so layout tables, vertical metrics and hinting only
    // add bytes to every exported PDF.
    noLayoutClosure: true,
    keepFeatures: [],
    noHinting: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'DSIG'],
  });
  await writeFile(join(outputDir, outputName), subset);
  return subset;
}

function intersect(first, second) {
  const secondSet = new Set(second);
  return first.filter((codePoint) => secondSet.has(codePoint));
}

/** Copies the font's OFL text, found beside the font or in a parent folder of the package. */
async function copyLicence(fontPath) {
  let dir = dirname(resolve(fontPath));
  for (let depth = 0; depth < 3; depth += 1) {
    for (const name of ['LICENSE_FONT', 'OFL.txt']) {
      const candidate = join(dir, name);
      if (await exists(candidate)) {
        await writeFile(join(outputDir, 'OFL.txt'), await readFile(candidate));
        return;
      }
    }
    dir = dirname(dir);
  }
  throw new Error(
    `No licence file (LICENSE_FONT or OFL.txt) found near ${fontPath}; ` +
      'pass the font files from the installed @expo-google-fonts/noto-sans-sc package.',
  );
}

async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

await main();
