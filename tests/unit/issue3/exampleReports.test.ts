import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../../src/domain/projectFile/restore';
import type { Project } from '../../../src/domain/project';
import { checkProject } from '../../../src/engine/check';
import { formatCitationText } from '../../../src/report/pdf/findingText';
import { renderReport } from '../report/renderFixture';

function loadExample(file: string): Project {
  const parsed = parseProjectFile(readFileSync(`public/examples/${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} did not load: ${JSON.stringify(parsed.errors)}`);
  return parsed.project;
}

/**
 * Extracts the text in content-stream order (pdftotext -raw), where the lines of one table cell
 * stay together, and removes white space so that a citation wrapped inside a cell matches whole.
 */
function compactRawText(pdfPath: string): string {
  const raw = execFileSync('/usr/bin/pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
  return compact(raw);
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const EXAMPLES = [
  { file: 'hospital-or-suite.cleanplan.json', designations: ['GB 50333-2013', 'GB 50073-2013'] },
  { file: 'sterile-pharma-suite.cleanplan.json', designations: ['GB 50457-2019'] },
  { file: 'bsl3-lab.cleanplan.json', designations: ['GB 50346-2011', 'GB 50073-2013'] },
] as const;

describe('example project PDF reports', () => {
  it.each(EXAMPLES)('$file prints every citation', async ({ file, designations }) => {
    const project = loadExample(file);
    const report = await renderReport(project, 'en');
    const text = compactRawText(report.path);
    for (const designation of designations) expect(text).toContain(compact(designation));

    const citations = new Set(checkProject(project).findings.map((finding) => formatCitationText(finding.citation)));
    expect(citations.size).toBeGreaterThan(0);
    for (const citation of citations) expect(text, citation).toContain(compact(citation));
  }, 60_000);
});
