import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseProjectFile } from '../../../src/domain/projectFile';
import type { Locale } from '../../../src/i18n/locale';
import { renderReport } from './renderFixture';

const SAMPLE_FILE = 'public/examples/sample-gmp-cascade.cleanplan.json';

function loadSample() {
  const parsed = parseProjectFile(readFileSync(SAMPLE_FILE, 'utf8'), SAMPLE_FILE);
  if (!parsed.ok) throw new Error(`${SAMPLE_FILE} did not load: ${JSON.stringify(parsed.errors)}`);
  return parsed.project;
}

describe('report of the shipped sample project', () => {
  test.each<[Locale, string]>([
    ['zh-CN', '房间明细表'],
    ['en', 'Room schedule'],
  ])('%s report keeps every room name', async (locale, scheduleHeading) => {
    const project = loadSample();
    const report = await renderReport(project, locale);

    expect(report.warnings).toEqual([]);
    expect(report.text).toContain(project.name);
    expect(report.text).toContain(scheduleHeading);
    const schedule = report.text.slice(report.text.indexOf(scheduleHeading));
    for (const room of project.rooms) {
      // Long bilingual names may wrap inside a table cell, so compare their first word.
      expect(schedule).toContain(room.name.split(' ')[0]!);
    }
    expect(report.text).not.toContain('[U+');
  });
});
