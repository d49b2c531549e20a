import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';

/**
 * The CRM as a sales team meets it, in Debian Chromium against the production build with real
 * IndexedDB. The sample records load on first start. A new customer and project are created with
 * the project's drawing, the project moves across the pipeline board by pointer drag and by
 * keyboard, an activity with a past due date shows as an overdue follow-up, and a manager
 * reassigns owners in bulk. Everything is still there after a reload. A contract ranks the
 * customer, a pinned RFM date survives a reload, name search finds a Chinese substring and the
 * labels switch to Chinese. A CSV import reports its bad row by number, and the CRM data exports
 * as one file that a broken copy cannot replace. The steps share one profile and run in order.
 */

const CUSTOMER = '无锡洁安生物科技有限公司';
const PROJECT = 'Cell therapy GMP suite';
const NEXT_STEP = 'Send the revised layout';
/** A due date that has passed whenever the test runs. */
const PAST_DUE = '2025-02-01';

let session: BrowserSession;
let page: Page;
let companyId = '';
let projectId = '';
let exportedText = '';

function hashId(prefix: string): string {
  const hash = new URL(page.url()).hash;
  expect(hash.startsWith(prefix), `URL hash ${hash} should start with ${prefix}`).toBe(true);
  return decodeURIComponent(hash.slice(prefix.length));
}

async function openView(view: string): Promise<void> {
  await page.getByTestId(`crm-nav-${view}`).click();
}

function card(): Locator {
  return page.getByTestId(`card-${projectId}`);
}

async function waitForCardStage(stage: string): Promise<void> {
  await page.locator(`[data-testid="card-${projectId}"][data-stage="${stage}"]`).waitFor({ timeout: 10_000 });
}

/** Drags the project's card with the mouse onto the middle of a stage column, in small steps so that dnd-kit registers a drag. */
async function dragCardTo(stage: string): Promise<void> {
  const from = await card().getByTestId('card-company').boundingBox();
  const to = await page.getByTestId(`stage-${stage}`).boundingBox();
  if (from === null || to === null) throw new Error(`card ${projectId} or column ${stage} is not visible`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
}

/**
 * Presses `key` until the drag announcement contains `text`, at most three times. dnd-kit starts
 * listening for arrow keys a task after the drag starts, so the first press can come too early.
 */
async function pressUntilAnnounced(key: string, text: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.keyboard.press(key);
    try {
      await page.waitForFunction((expected) => [...document.querySelectorAll('[aria-live]')].some((node) => node.textContent?.includes(expected)), text, { timeout: 1_000 });
      return;
    } catch {
      // The press came before dnd-kit listened; press again.
    }
  }
  throw new Error(`pressing ${key} never announced "${text}"`);
}

async function searchCompanies(text: string): Promise<string[]> {
  await openView('companies');
  await page.getByTestId('company-search').fill(text);
  // The table marks which search its rows belong to and whether that query has finished.
  await page.locator(`[data-testid="companies-table"][data-status="ready"][data-search="${text}"]`).waitFor();
  return page.getByTestId('company-open').allTextContents();
}

beforeAll(async () => {
  session = await openBrowser(inject('baseUrl'));
  page = session.page;
  await page.goto('/#/crm/companies');
  await page.getByTestId('app').waitFor();
  await page.getByTestId('language-en').click();
  await page.getByTestId('companies-view').waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('CRM', () => {
  it('loads the sample customers on first start', async () => {
    await page.getByTestId('company-row').first().waitFor();
    expect(await page.getByTestId('company-row').count()).toBe(6);
    expect(await page.getByTestId('crm-current-user').inputValue()).toBe('user-wang');
  });

  it('creates a customer', async () => {
    await page.getByTestId('company-new').click();
    await page.getByTestId('company-form-save').click();
    expect(await page.getByTestId('company-form').getByTestId('field-error').textContent()).toContain('required');

    await page.getByTestId('company-name').fill(CUSTOMER);
    await page.getByTestId('company-region').fill('华东');
    await page.getByTestId('company-industry').selectOption('pharma');
    await page.getByTestId('company-form-save').click();
    await page.getByTestId('company-view').waitFor();
    companyId = hashId('#/crm/companies/');
    expect(await page.getByTestId('company-title').textContent()).toBe(CUSTOMER);
  });

  it('rejects an amount with three decimals', async () => {
    await page.getByTestId('project-new').click();
    await page.getByTestId('project-name').fill(PROJECT);
    await page.getByTestId('project-value').fill('2,500,000.125');
    await page.getByTestId('project-form-save').click();
    const error = await page.getByTestId('project-form').getByTestId('field-error').textContent();
    expect(error).toContain('2,500,000.125');
    expect(error).toContain('2 decimal places');
    expect(new URL(page.url()).hash).toBe(`#/crm/companies/${encodeURIComponent(companyId)}`);
  });

  it('creates a project', async () => {
    await page.getByTestId('project-value').fill('2,500,000.00');
    await page.getByTestId('project-probability').fill('60');
    await page.getByTestId('project-close-date').fill('2027-06-30');
    await page.getByTestId('project-rule-set-gb-50073-2013').check();
    await page.getByTestId('project-form-save').click();
    await page.getByTestId('project-view').waitFor();
    projectId = hashId('#/crm/projects/');
    expect(await page.getByTestId('crm-project-title').textContent()).toBe(PROJECT);
    expect(await page.getByTestId('project-stage-label').textContent()).toBe('Lead');
    // A new project starts with a new drawing's default rule sets, so its card names them.
    expect(await page.getByTestId('project-view').textContent()).toContain('ISO 14644-1:2015');
  });

  it('creates the drawing and returns with Back', async () => {
    await page.getByTestId('drawing-create').click();
    await page.getByTestId('plan-stage').waitFor();
    expect(new URL(page.url()).hash).toBe('#/design');
    expect(await page.getByTestId('project-title').textContent()).toBe(PROJECT);

    await page.goBack();
    await page.getByTestId('drawing-open').waitFor();
    expect(await page.getByTestId('crm-project-title').textContent()).toBe(PROJECT);
  });

  it('mounts the quote workspace in a project', async () => {
    await page.goto('/#/crm/projects/sample-pj-1');
    await page.getByTestId('project-tab-quotes').click();
    const quotes = page.getByTestId('project-quotes');
    // The workspace lists the sample's sent quote in its quote chooser.
    await quotes.getByText('Q-2026-0001 R1').first().waitFor({ state: 'attached' });
    expect(await quotes.getByTestId('quotes-unavailable').count()).toBe(0);
  });

  it('drags the project to site survey', async () => {
    await openView('pipeline');
    await waitForCardStage('lead');
    await dragCardTo('site-survey');
    await waitForCardStage('site-survey');
    expect(await page.getByTestId('stage-site-survey').getByTestId(`card-${projectId}`).count()).toBe(1);
  });

  it('moves the project to design by keyboard', async () => {
    await card().focus();
    await page.keyboard.press('Space');
    await page.locator(`[data-testid="card-${projectId}"][aria-pressed="true"]`).waitFor();
    await pressUntilAnnounced('ArrowRight', 'over the stage Design');
    await page.keyboard.press('Space');
    await waitForCardStage('design');
    expect(await page.getByTestId('stage-design').getByTestId(`card-${projectId}`).count()).toBe(1);
  });

  it('lists a past-due next step as overdue', async () => {
    await page.goto(`/#/crm/companies/${encodeURIComponent(companyId)}`);
    await page.getByTestId('company-view').waitFor();
    await page.getByTestId('activity-new').click();
    await page.getByTestId('activity-kind').selectOption('call');
    await page.getByTestId('activity-date').fill('2025-01-20');
    await page.getByTestId('activity-project').selectOption(projectId);
    await page.getByTestId('activity-notes').fill('Discussed the Grade C corridor');
    await page.getByTestId('activity-next-step').fill(NEXT_STEP);
    await page.getByTestId('activity-form-save').click();
    expect(await page.getByTestId('activity-form').getByTestId('field-error').textContent()).toContain('due date');

    await page.getByTestId('activity-due').fill(PAST_DUE);
    await page.getByTestId('activity-form-save').click();
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });

    await openView('follow-ups');
    await page.getByTestId('follow-ups-owner').selectOption('');
    const row = page.getByTestId('follow-up-row').filter({ hasText: NEXT_STEP });
    await row.waitFor();
    expect(await row.textContent()).toContain(PAST_DUE);
    expect(await row.textContent()).toContain(CUSTOMER);
  });

  it('reassigns two customers in bulk', async () => {
    await openView('companies');
    await page.getByTestId('company-row').first().waitFor();
    const rows = page.getByTestId('company-row');
    const targetRow = rows.filter({ hasText: CUSTOMER });
    const otherRow = rows.filter({ hasText: '成都锦华医院' });
    await targetRow.getByTestId('company-select').check();
    await otherRow.getByTestId('company-select').check();
    await page.getByTestId('reassign-owner').selectOption('user-li');
    await page.getByTestId('reassign-apply').click();
    const message = await page.getByTestId('reassign-message').textContent();
    expect(message).toContain('2 customers');
    await page.waitForFunction((name) => {
      const row = [...document.querySelectorAll('[data-testid="company-row"]')].find((candidate) => candidate.textContent?.includes(name));
      return row?.querySelector('[data-testid="company-owner-cell"]')?.textContent === '李强';
    }, CUSTOMER);
    expect(await otherRow.getByTestId('company-owner-cell').textContent()).toBe('李强');
  });

  it('hides bulk reassignment from sales users', async () => {
    await page.getByTestId('crm-current-user').selectOption('user-li');
    await page.getByTestId('bulk-reassign').waitFor({ state: 'detached' });
    expect(await page.getByTestId('company-select').count()).toBe(0);

    await page.getByTestId('crm-current-user').selectOption('user-wang');
    await page.getByTestId('bulk-reassign').waitFor();
  });

  it('keeps everything after a reload', async () => {
    await page.reload();
    await page.getByTestId('companies-view').waitFor();
    await page.getByTestId('company-row').first().waitFor();
    expect(await page.getByTestId('company-row').count()).toBe(7);
    expect(await page.getByTestId('company-row').filter({ hasText: CUSTOMER }).getByTestId('company-owner-cell').textContent()).toBe('李强');

    await openView('pipeline');
    await waitForCardStage('design');

    await openView('follow-ups');
    await page.getByTestId('follow-ups-owner').selectOption('');
    await page.getByTestId('follow-up-row').filter({ hasText: NEXT_STEP }).waitFor();
  });

  it('ranks the customer after a contract', async () => {
    await page.goto(`/#/crm/companies/${encodeURIComponent(companyId)}`);
    await page.getByTestId('contract-new').click();
    await page.getByTestId('contract-project').selectOption(projectId);
    await page.getByTestId('contract-revenue').fill('2,000,000.00');
    await page.getByTestId('contract-form-save').click();
    expect(await page.getByTestId('contract-form').getByTestId('field-error').textContent()).toContain('required');

    await page.getByTestId('contract-cost').fill('500,000.00');
    await page.getByTestId('contract-form-save').click();
    await page.getByTestId('contract-form').waitFor({ state: 'detached' });

    // Net revenue 1,500,000.00 beats every sample customer, so this customer is the VIP.
    await openView('tiers');
    const row = page.getByTestId('tier-row').filter({ hasText: CUSTOMER });
    await row.waitFor();
    expect(await row.getAttribute('data-tier')).toBe('vip');
    expect(await row.textContent()).toContain('CNY 1,500,000.00');
  });

  it('keeps a pinned RFM date after reload', async () => {
    await openView('rfm');
    await page.getByTestId('rfm-as-of').fill('2026-06-30');
    await page.getByTestId('rfm-pin').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="rfm-pinned"]')?.textContent?.includes('2026-06-30'));

    await page.reload();
    await page.getByTestId('rfm-view').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="rfm-as-of"]')?.value === '2026-06-30');
    // One contract of CNY 2,350,000.00 signed 161 days before: recent and high value, but one project only.
    const row = page.getByTestId('rfm-row').filter({ hasText: 'Nordlys Optics (Wuxi) Co., Ltd.' });
    expect(await row.getAttribute('data-segment')).toBe('important-development');
    expect(await row.textContent()).toContain('Important development customer');
  });

  it('finds a customer by a Chinese substring', async () => {
    expect(await searchCompanies('洁安')).toEqual([CUSTOMER]);
    expect(await searchCompanies('苏州')).toEqual(['苏州恒康生物医药有限公司']);
  });

  it('shows Chinese labels after switching language', async () => {
    await page.getByTestId('language-zh-CN').click();
    await openView('pipeline');
    expect(await page.getByTestId('stage-lead').locator('h3').textContent()).toBe('线索');
    expect(await page.getByTestId('stage-acceptance-testing').locator('h3').textContent()).toBe('验收检测');
    expect(await page.getByTestId('crm-nav-companies').textContent()).toBe('客户');
    expect(await page.getByTestId('workspace-crm').textContent()).toBe('客户');
  });

  it('reports the bad row of a CSV import', async () => {
    const csv = ['公司名称,行业,地区,联系人,邮箱', '南京澄明光电有限公司,电子与光电,华东,何伟,he.wei@example.com', '杭州某某食品有限公司,食品,华东,钱芳,not-an-address', ''].join('\r\n');
    await page.getByTestId('crm-import-companies-file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('crm-import-dialog').waitFor();
    const rowError = page.getByTestId('import-row-error');
    await rowError.first().waitFor();
    expect(await rowError.count()).toBe(1);
    expect(await rowError.getAttribute('data-row')).toBe('3');
    expect(await rowError.textContent()).toContain('not-an-address');

    await page.getByTestId('crm-import-apply').click();
    expect(await page.getByTestId('import-result').textContent()).toContain('1');
    await page.getByTestId('crm-import-close').click();
    expect(await searchCompanies('澄明')).toEqual(['南京澄明光电有限公司']);
    expect(await searchCompanies('某某')).toEqual([]);
  });

  it('exports all CRM data as one file', async () => {
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('crm-export').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^cleanplan-crm-\d{4}-\d{2}-\d{2}\.cleanplan-crm\.json$/);

    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    exportedText = Buffer.concat(chunks).toString('utf8');
    const exported = JSON.parse(exportedText) as { format: string; companies: { name: string }[]; projects: { id: string; stage: string }[] };
    expect(exported.format).toBe('cleanplan-crm');
    expect(exported.companies.map((company) => company.name)).toContain(CUSTOMER);
    expect(exported.projects.find((project) => project.id === projectId)?.stage).toBe('design');
  });

  it('rejects a broken CRM file and keeps the data', async () => {
    const broken = exportedText.replace('"industry": "pharma"', '"industry": "mining"');
    expect(broken).not.toBe(exportedText);
    await page.getByTestId('crm-import-all-file').setInputFiles({ name: 'broken.cleanplan-crm.json', mimeType: 'application/json', buffer: Buffer.from(broken, 'utf8') });
    await page.getByTestId('crm-import-all-apply').click();
    const result = page.getByTestId('crm-import-all-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('"mining"');
    await result.getByRole('button').click();

    expect(await searchCompanies('洁安')).toEqual([CUSTOMER]);
  });

  it('logs no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
