import { describe, expect, test } from 'vitest';
import { buildFixtureProject } from './fixtureProject';
import { renderReport } from './renderFixture';

describe('report of an empty project', () => {
  test('renders and says there are no rooms', async () => {
    const project = { ...buildFixtureProject(), rooms: [], doors: [] };
    const report = await renderReport(project, 'en');

    expect(report.text).toContain('Compliance report');
    expect(report.text).toContain('The project has no rooms.');
    expect(report.text).toMatch(/Page 1 of \d+/);
    expect(report.warnings).toEqual([]);
  });
});
