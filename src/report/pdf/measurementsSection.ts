import type { GmpGrade } from '../../domain/cleanliness';
import { classifyIso1999, classifyIso2015, evaluateMicrobial, type ClassificationResult, type MicrobialEvaluation } from '../../engine/index';
import type { MicrobialCell } from '../../engine/rules/referenceTableSchemas';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, startSection, writeParagraph, type ReportContext } from './page';
import { drawTable } from './tables';
import type { CompliancePdfInput } from './types';

const MICROBIAL_RULE_SET_IDS = ['china-gmp-2010', 'eu-gmp-annex1-2022', 'eu-gmp-annex1-2008'];

type Bilingual = Readonly<Record<Locale, string>>;

/** Section strings, kept beside the section because no other part of the report uses them. */
const TEXT = {
  heading: { en: 'Measured data', 'zh-CN': '实测数据' },
  particlesTitle: { en: 'ISO 14644-1:{edition} classification, target ISO Class {isoClass}, {occupancy}', 'zh-CN': 'ISO 14644-1:{edition} 洁净度级别评定，目标 ISO {isoClass} 级，{occupancy}' },
  plan: {
    en: 'Locations: {locations} (minimum {required}); single-sample volume at least {volume} L.',
    'zh-CN': '采样点：{locations} 个（至少 {required} 个）；单次采样量不少于 {volume} L。',
  },
  verdictPass: { en: 'Verdict: pass. Cleanest class the data support: {achieved}.', 'zh-CN': '结论：符合。数据支持的最洁净级别：{achieved}。' },
  verdictFail: { en: 'Verdict: fail. Cleanest class the data support: {achieved}.', 'zh-CN': '结论：不符合。数据支持的最洁净级别：{achieved}。' },
  cannotEvaluate: { en: 'Verdict: cannot be evaluated ({count} problems in the data; see the findings).', 'zh-CN': '结论：无法判定（数据有 {count} 处问题，见检查结果）。' },
  noClass: { en: 'none from ISO 1 to 9', 'zh-CN': 'ISO 1 至 9 级均不满足' },
  columns: {
    en: ['Location', 'Samples', 'Size (µm)', 'Mean (particles/m³)', 'Limit (particles/m³)', 'Verdict'],
    'zh-CN': ['采样点', '采样次数', '粒径 (µm)', '平均值 (粒/m³)', '限值 (粒/m³)', '结论'],
  },
  uclRow: { en: '95 % UCL (t = {t})', 'zh-CN': '95% 置信上限 (t = {t})' },
  pass: { en: 'pass', 'zh-CN': '符合' },
  fail: { en: 'fail', 'zh-CN': '不符合' },
  microbialTitle: { en: 'Microbial results, grade {grade}, {citation}', 'zh-CN': '微生物结果，{grade} 级，{citation}' },
  microbialColumns: {
    en: ['Method', 'Results (cfu)', 'Judged', 'Limit', 'Verdict'],
    'zh-CN': ['方法', '结果 (cfu)', '判定值', '限度', '结论'],
  },
  methods: {
    air: { en: 'Air sample (cfu/m³)', 'zh-CN': '浮游菌 (cfu/m³)' },
    settlePlate: { en: 'Settle plate, 90 mm (cfu/4 h)', 'zh-CN': '沉降菌 φ90 mm (cfu/4 h)' },
    contactPlate: { en: 'Contact plate, 55 mm (cfu/plate)', 'zh-CN': '表面接触碟 φ55 mm (cfu/碟)' },
    glovePrint: { en: 'Glove print (cfu/glove)', 'zh-CN': '手套印 (cfu/手套)' },
  },
  notApplicable: { en: 'not applicable', 'zh-CN': '不适用' },
  notJudged: { en: 'cannot be evaluated', 'zh-CN': '无法判定' },
  noGrowth: { en: 'no growth', 'zh-CN': '无菌生长' },
  occupancy: {
    'as-built': { en: 'as-built', 'zh-CN': '空态' },
    'at-rest': { en: 'at rest', 'zh-CN': '静态' },
    'in-operation': { en: 'in operation', 'zh-CN': '动态' },
  },
} as const;

function fill(template: Bilingual, locale: Locale, values: Record<string, string | number>): string {
  return template[locale].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * Writes the "Measured data" section for every room with measured data. Particle counts are
 * classified by the ISO 14644-1 edition the project checks against (1999 when chosen, else 2015).
 * Microbial results are judged by the first of the project's GMP rule sets with a microbial table.
 * The section is left out when no room has measured data.
 */
export function writeMeasurements(ctx: ReportContext, input: CompliancePdfInput, roomNumbers: ReadonlyMap<string, number>): void {
  const measuredRooms = input.project.rooms.filter((room) => room.measurements?.particles || room.measurements?.microbial);
  if (measuredRooms.length === 0) return;

  let y = startSection(ctx, TEXT.heading[ctx.locale]);
  const areas = new Map(input.result.rooms.map((metrics) => [metrics.roomId, metrics]));
  for (const room of measuredRooms) {
    y = writeRoomHeading(ctx, `${roomNumbers.get(room.id) ?? 0}. ${room.name}`, y);
    const particles = room.measurements?.particles;
    if (particles) {
      const classify = input.project.ruleSetIds.includes('iso-14644-1-1999') ? classifyIso1999 : classifyIso2015;
      y = writeClassification(ctx, classify(areas.get(room.id)?.areaM2 ?? null, particles), y) + 4;
    }
    const microbial = room.measurements?.microbial;
    const grade = areas.get(room.id)?.grade ?? null;
    const ruleSetId = MICROBIAL_RULE_SET_IDS.find((id) => input.project.ruleSetIds.includes(id));
    if (microbial && grade && ruleSetId) {
      y = writeMicrobial(ctx, grade, evaluateMicrobial(ruleSetId, grade, microbial)!, y) + 4;
    }
  }
}

function writeRoomHeading(ctx: ReportContext, title: string, top: number): number {
  const y = ensureSpace(ctx, top, 30);
  setFont(ctx.doc, 'bold', FONT_SIZE.subheading);
  const below = writeParagraph(ctx, title, PAGE.marginMm, y, contentWidth(ctx.doc));
  setFont(ctx.doc, 'normal', FONT_SIZE.body);
  return below + 1;
}

function writeClassification(ctx: ReportContext, result: ClassificationResult, top: number): number {
  const { locale } = ctx;
  const width = contentWidth(ctx.doc);
  const edition = result.method === 'iso-14644-1-1999' ? '1999' : '2015';
  const title = fill(TEXT.particlesTitle, locale, {
    edition,
    isoClass: formatNumber(result.isoClass, locale, 1),
    occupancy: TEXT.occupancy[result.occupancy][locale],
  });
  let y = writeParagraph(ctx, title, PAGE.marginMm, top, width);
  const plan = fill(TEXT.plan, locale, {
    locations: result.locations.length || '–',
    required: result.requiredLocations ?? '–',
    volume: result.requiredVolume ? formatNumber(result.requiredVolume.requiredL, locale, 2) : '–',
  });
  y = writeParagraph(ctx, plan, PAGE.marginMm, y, width);

  if (result.outcome === 'cannot-evaluate') {
    return writeParagraph(ctx, fill(TEXT.cannotEvaluate, locale, { count: result.problems.length }), PAGE.marginMm, y, width);
  }
  const achieved = result.achievedClass === null ? TEXT.noClass[locale] : `ISO ${formatNumber(result.achievedClass, locale, 1)}`;
  const verdict = result.outcome === 'pass' ? TEXT.verdictPass : TEXT.verdictFail;
  y = writeParagraph(ctx, fill(verdict, locale, { achieved }), PAGE.marginMm, y, width) + 1;
  return drawTable(ctx, { startY: y, head: [[...TEXT.columns[locale]]], body: classificationRows(ctx, result), styles: { halign: 'left' } });
}

function classificationRows(ctx: ReportContext, result: ClassificationResult): string[][] {
  const { locale } = ctx;
  const verdictText = (pass: boolean) => (pass ? TEXT.pass : TEXT.fail)[locale];
  const number = (value: number) => formatNumber(value, locale, 0);
  const rows = result.locations.flatMap((location) =>
    location.sizes.map((size) => [location.label, String(location.sampleCount), size.sizeUm, number(size.meanPerM3), number(size.limitPerM3), verdictText(size.pass)]),
  );
  for (const ucl of result.ucl) {
    const label = fill(TEXT.uclRow, locale, { t: formatNumber(ucl.studentT, locale, 1) });
    rows.push([label, String(result.locations.length), ucl.sizeUm, number(ucl.uclPerM3), number(ucl.limitPerM3), verdictText(ucl.pass)]);
  }
  return rows;
}

function formatCell(cell: MicrobialCell, locale: Locale): string {
  if (cell === 'not-applicable') return TEXT.notApplicable[locale];
  if (cell === 'no-growth') return TEXT.noGrowth[locale];
  if ('max' in cell) return `≤ ${formatNumber(cell.max, locale, 1)}`;
  return `< ${formatNumber(cell.below, locale, 1)}`;
}

function writeMicrobial(ctx: ReportContext, grade: GmpGrade, evaluation: MicrobialEvaluation, top: number): number {
  const { locale } = ctx;
  const citation = `${evaluation.ruleSetId} ${evaluation.clause}`;
  const y = writeParagraph(ctx, fill(TEXT.microbialTitle, locale, { grade, citation }), PAGE.marginMm, top, contentWidth(ctx.doc)) + 1;
  const outcomeText = { pass: TEXT.pass, fail: TEXT.fail, 'cannot-evaluate': TEXT.notJudged, 'not-applicable': TEXT.notApplicable } as const;
  const body = evaluation.methods.map((verdict) => [
    TEXT.methods[verdict.method][locale],
    verdict.results.map((result) => formatNumber(result, locale, 1)).join(', ') || '–',
    verdict.judged === null ? '–' : formatNumber(verdict.judged, locale, 1),
    formatCell(verdict.limit, locale),
    outcomeText[verdict.outcome][locale],
  ]);
  return drawTable(ctx, { startY: y, head: [[...TEXT.microbialColumns[locale]]], body, styles: { halign: 'left' } });
}
