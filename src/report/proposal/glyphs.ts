import type { Locale } from '../../i18n/locale';
import { describeGlyphWarning, findMissingGlyphs, glyphPlaceholder, toDrawableText } from '../pdf/glyphs';
import type { ProposalPdfInput } from './types';

/** A character of the proposal's input that the embedded font cannot draw; the PDF prints `placeholder`. */
export interface ProposalGlyphWarning {
  readonly character: string;
  readonly codePoint: number;
  readonly placeholder: string;
  /** Field the text is in, named in the proposal's language, e.g. `company name` or `公司名称`. */
  readonly field: string;
  readonly text: string;
}

const FIELD_NAMES: Readonly<Record<Locale, Readonly<Record<'company' | 'address' | 'customer' | 'contact' | 'site' | 'project' | 'scope' | 'line' | 'section' | 'milestone' | 'term', string>>>> = {
  en: {
    company: 'company name',
    address: 'company address',
    customer: 'customer name',
    contact: 'contact name',
    site: 'site',
    project: 'project name',
    scope: 'scope of work',
    line: 'quote line',
    section: 'quote section',
    milestone: 'payment milestone',
    term: 'term',
  },
  'zh-CN': {
    company: '公司名称',
    address: '公司地址',
    customer: '客户名称',
    contact: '联系人',
    site: '项目地址',
    project: '项目名称',
    scope: '工程范围',
    line: '报价项目',
    section: '报价分部',
    milestone: '付款节点',
    term: '条款',
  },
};

/**
 * Lists each character of the proposal's text that the embedded font cannot draw, once per text,
 * including the plan's room names and the rule sets (through the compliance report's check). Run
 * it before export to warn the user; the PDF prints placeholders in place of these characters.
 */
export function findProposalGlyphWarnings(input: Omit<ProposalPdfInput, 'fonts'>, locale: Locale): ProposalGlyphWarning[] {
  const names = FIELD_NAMES[locale];
  const texts: [string, string | null][] = [
    [names.company, input.company.name],
    [names.address, input.company.address],
    [names.customer, input.customer.name],
    [names.contact, input.customer.contactName],
    [names.site, input.customer.site],
    [names.project, input.projectTitle],
    [names.scope, input.scope],
    ...input.priced.sections.map((section): [string, string] => [names.section, section.title[locale]]),
    ...input.priced.sections.flatMap((section) => [...section.lines, ...section.toBeQuotedLines].map((line): [string, string] => [names.line, line.description[locale]])),
    ...input.paymentMilestones.map((milestone): [string, string] => [names.milestone, milestone.label[locale]]),
    ...input.terms.map((term): [string, string] => [names.term, term[locale]]),
  ];

  const warnings: ProposalGlyphWarning[] = [];
  for (const [field, text] of texts) {
    if (!text) continue;
    const seen = new Set<number>();
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (codePoint < 0x20 || seen.has(codePoint) || toDrawableText(character) === character) continue;
      seen.add(codePoint);
      warnings.push({ character, codePoint, placeholder: glyphPlaceholder(codePoint), field, text });
    }
  }

  for (const warning of findMissingGlyphs({ project: input.plan, ruleSets: input.ruleSets })) {
    const sentence = describeGlyphWarning(warning, locale);
    warnings.push({ character: warning.character, codePoint: warning.codePoint, placeholder: warning.placeholder, field: sentence, text: warning.text });
  }
  return warnings;
}
