import type { Locale } from '../../i18n/locale';
import { formatNumber } from '../../i18n/format';
import { hospitalClassTable, type HospitalClassTableEdition } from '../../engine/hospital/classTable';
import { cleanUpTime, gradeParticleTable, microbialLimits, type GradeParticleTableName } from '../../engine/rules/referenceTables';
import type { CleanUpTime, MicrobialCell, MicrobialLimits, ParticleCell } from '../../engine/rules/referenceTableSchemas';
import { listRuleSets } from '../../engine/index';
import { formatCitationText } from './findingText';
import { FONT_SIZE, PAGE, contentWidth, ensureSpace, setFont, startSection, writeParagraph, type ReportContext } from './page';
import { drawTable } from './tables';
import type { CompliancePdfInput } from './types';

/** Rule sets whose grade tables (particles, microbial limits, clean-up time) the report reprints. */
const GRADE_TABLE_SETS = ['eu-gmp-annex1-2022', 'eu-gmp-annex1-2008', 'china-gmp-2010'] as const;
const HOSPITAL_TABLE_SETS: readonly HospitalClassTableEdition[] = ['gb-50333-2013', 'gb-50333-2002'];

type Text = Readonly<Record<Locale, string>>;

const TEXT = {
  heading: { en: 'Reference tables', 'zh-CN': '引用标准表' },
  particleTitle: { en: 'Particle limits for {purpose}, particles/m³ — {citation}', 'zh-CN': '{purpose}粒子限值（粒/m³）——{citation}' },
  classification: { en: 'classification', 'zh-CN': '分级' },
  monitoring: { en: 'monitoring', 'zh-CN': '监测' },
  grade: { en: 'Grade', 'zh-CN': '级别' },
  atRest: { en: 'At rest', 'zh-CN': '静态' },
  inOperation: { en: 'In operation', 'zh-CN': '动态' },
  microbialTitle: { en: 'Microbial limits in operation ({kind}) — {citation}', 'zh-CN': '动态微生物限度（{kind}）——{citation}' },
  action: { en: 'action limits', 'zh-CN': '行动限' },
  recommended: { en: 'recommended limits', 'zh-CN': '建议限' },
  air: { en: 'Air sample cfu/m³', 'zh-CN': '浮游菌 cfu/m³' },
  settlePlate: { en: 'Settle plate (90 mm) cfu/4 h', 'zh-CN': '沉降菌（φ90 mm）cfu/4 h' },
  contactPlate: { en: 'Contact plate (55 mm) cfu/plate', 'zh-CN': '表面接触碟（φ55 mm）cfu/碟' },
  glovePrint: { en: 'Glove print (5 fingers) cfu/glove', 'zh-CN': '手套（5 指）cfu/手套' },
  noGrowth: { en: 'no growth', 'zh-CN': '无菌落生长' },
  cleanUpTitle: { en: 'Clean-up time (guidance) — {citation}', 'zh-CN': '自净时间（指导值）——{citation}' },
  cleanUp: { en: 'Return to at-rest limits within {range}', 'zh-CN': '恢复到静态限值的时间：{range}' },
  hospitalTitle: { en: 'Clean operating room classes — {citation}', 'zh-CN': '洁净手术室用房分级——{citation}' },
  hospitalClass: { en: 'Class', 'zh-CN': '等级' },
  zoneIso: { en: 'Surgical zone ISO class', 'zh-CN': '手术区 ISO 级别' },
  peripheryIso: { en: 'Periphery ISO class', 'zh-CN': '周边区 ISO 级别' },
  settling: { en: 'Settling cfu/90 mm plate/30 min (zone / periphery)', 'zh-CN': '沉降菌 cfu/φ90 皿·30 min（手术区/周边区）' },
  airborne: { en: 'Airborne cfu/m³ (zone / periphery)', 'zh-CN': '浮游菌 cfu/m³（手术区/周边区）' },
  selfClean: { en: 'Self-clean time min', 'zh-CN': '自净时间 min' },
  notSpecified: { en: 'not specified', 'zh-CN': '不作规定' },
  notPredetermined: { en: 'not predetermined', 'zh-CN': '未预先规定' },
  notDefined: { en: 'not defined', 'zh-CN': '未规定' },
  notApplicable: { en: 'not applicable', 'zh-CN': '不适用' },
  unverified: { en: 'unverified', 'zh-CN': '未核实' },
} satisfies Record<string, Text>;

function say(ctx: ReportContext, key: keyof typeof TEXT, params: Readonly<Record<string, string>> = {}): string {
  return TEXT[key][ctx.locale].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function citation(ctx: ReportContext, ruleSetId: string, clause: string, verified: boolean): string {
  const info = listRuleSets().find((ruleSet) => ruleSet.id === ruleSetId);
  const cited = info ? formatCitationText({ ruleSetId, standard: info.standard, edition: info.edition, clause }) : clause;
  return verified ? cited : `${cited} (${say(ctx, 'unverified')})`;
}

/**
 * Writes the published tables behind the rule sets the project uses: the GMP grade particle tables,
 * microbial limits and clean-up time, and the GB 50333 class table. Cells the standard leaves
 * open print as "not specified" or "not predetermined", never as 0.
 */
export function writeReferenceTables(ctx: ReportContext, input: CompliancePdfInput): void {
  const ids = input.project.ruleSetIds;
  const gradeSets = GRADE_TABLE_SETS.filter((id) => ids.includes(id));
  const hospitalSets = HOSPITAL_TABLE_SETS.filter((id) => ids.includes(id));
  if (gradeSets.length === 0 && hospitalSets.length === 0) return;

  let y = startSection(ctx, say(ctx, 'heading'));
  for (const id of gradeSets) y = writeGradeTables(ctx, id, y);
  for (const id of hospitalSets) y = writeHospitalTable(ctx, id, y);
}

function writeTitle(ctx: ReportContext, title: string, top: number): number {
  const y = ensureSpace(ctx, top, 30);
  setFont(ctx.doc, 'bold', FONT_SIZE.subheading);
  const below = writeParagraph(ctx, title, PAGE.marginMm, y, contentWidth(ctx.doc)) + 1;
  setFont(ctx.doc, 'normal', FONT_SIZE.small);
  return below;
}

function writeGradeTables(ctx: ReportContext, ruleSetId: string, top: number): number {
  let y = top;
  for (const purpose of ['classification', 'monitoring'] as const satisfies readonly GradeParticleTableName[]) {
    y = writeParticleTable(ctx, ruleSetId, purpose, y);
  }
  const microbial = microbialLimits(ruleSetId);
  if (microbial !== null) y = writeMicrobialTable(ctx, ruleSetId, microbial, y);
  const cleanUp = cleanUpTime(ruleSetId);
  if (cleanUp !== null) y = writeCleanUpTime(ctx, ruleSetId, cleanUp, y);
  return y;
}

function particleText(ctx: ReportContext, cell: ParticleCell): string {
  if (typeof cell === 'number') return formatNumber(cell, ctx.locale, 0);
  if (cell === 'not-specified') return say(ctx, 'notSpecified');
  if (cell === 'not-predetermined') return say(ctx, 'notPredetermined');
  return say(ctx, 'notDefined');
}

function writeParticleTable(ctx: ReportContext, ruleSetId: string, purpose: GradeParticleTableName, top: number): number {
  const table = gradeParticleTable(ruleSetId, purpose);
  if (table === null) return top;
  const title = say(ctx, 'particleTitle', { purpose: say(ctx, purpose), citation: citation(ctx, ruleSetId, table.clause, table.verified) });
  const y = writeTitle(ctx, title, top);
  const size = (label: string, um: string) => `${label} ≥ ${um} µm`;
  const head = [say(ctx, 'grade'), size(say(ctx, 'atRest'), '0.5'), size(say(ctx, 'atRest'), '5'), size(say(ctx, 'inOperation'), '0.5'), size(say(ctx, 'inOperation'), '5')];
  const body = table.grades.map((row) => [
    row.grade,
    particleText(ctx, row.atRest['0.5']),
    particleText(ctx, row.atRest['5']),
    particleText(ctx, row.inOperation['0.5']),
    particleText(ctx, row.inOperation['5']),
  ]);
  return drawTable(ctx, { startY: y, head: [head], body, styles: { halign: 'right' }, columnStyles: { 0: { halign: 'left' } } }) + 5;
}

function microbialText(ctx: ReportContext, cell: MicrobialCell): string {
  if (cell === 'no-growth') return say(ctx, 'noGrowth');
  if (cell === 'not-applicable') return say(ctx, 'notApplicable');
  if ('max' in cell) return formatNumber(cell.max, ctx.locale, 1);
  return `< ${formatNumber(cell.below, ctx.locale, 1)}`;
}

function writeMicrobialTable(ctx: ReportContext, ruleSetId: string, limits: MicrobialLimits, top: number): number {
  const title = say(ctx, 'microbialTitle', { kind: say(ctx, limits.limitKind), citation: citation(ctx, ruleSetId, limits.clause, limits.verified) });
  const y = writeTitle(ctx, title, top);
  const head = [say(ctx, 'grade'), say(ctx, 'air'), say(ctx, 'settlePlate'), say(ctx, 'contactPlate'), say(ctx, 'glovePrint')];
  const body = limits.grades.map((row) => [
    row.grade,
    microbialText(ctx, row.air),
    microbialText(ctx, row.settlePlate),
    microbialText(ctx, row.contactPlate),
    microbialText(ctx, row.glovePrint),
  ]);
  return drawTable(ctx, { startY: y, head: [head], body, styles: { halign: 'right' }, columnStyles: { 0: { halign: 'left' } } }) + 5;
}

function writeCleanUpTime(ctx: ReportContext, ruleSetId: string, time: CleanUpTime, top: number): number {
  const y = writeTitle(ctx, say(ctx, 'cleanUpTitle', { citation: citation(ctx, ruleSetId, time.clause, time.verified) }), top);
  const max = `${formatNumber(time.maxMinutes, ctx.locale, 0)} min`;
  const range = time.minMinutes === null ? `${time.maxExclusive ? '<' : '≤'} ${max}` : `${formatNumber(time.minMinutes, ctx.locale, 0)}–${max}`;
  return writeParagraph(ctx, say(ctx, 'cleanUp', { range }), PAGE.marginMm, y, contentWidth(ctx.doc)) + 5;
}

function cfuText(ctx: ReportContext, value: number | null): string {
  return value === null ? say(ctx, 'notSpecified') : formatNumber(value, ctx.locale, 2);
}

function writeHospitalTable(ctx: ReportContext, edition: HospitalClassTableEdition, top: number): number {
  const table = hospitalClassTable(edition);
  const y = writeTitle(ctx, say(ctx, 'hospitalTitle', { citation: citation(ctx, edition, table.clause, table.verified) }), top);
  const head = [say(ctx, 'hospitalClass'), say(ctx, 'zoneIso'), say(ctx, 'peripheryIso'), say(ctx, 'settling'), say(ctx, 'airborne'), say(ctx, 'selfClean')];
  const body = table.classes.map((row) => [
    row.hospitalClass,
    `ISO ${formatNumber(row.zoneIsoClass, ctx.locale, 1)}`,
    `ISO ${formatNumber(row.peripheryIsoClass, ctx.locale, 1)}`,
    `${cfuText(ctx, row.zoneSettlingCfuPerPlate)} / ${cfuText(ctx, row.peripherySettlingCfuPerPlate)}`,
    `${cfuText(ctx, row.zoneAirborneCfuPerM3)} / ${cfuText(ctx, row.peripheryAirborneCfuPerM3)}`,
    formatNumber(row.selfCleanMinutes, ctx.locale, 0),
  ]);
  return drawTable(ctx, { startY: y, head: [head], body, styles: { halign: 'right' }, columnStyles: { 0: { halign: 'left' } } }) + 5;
}
