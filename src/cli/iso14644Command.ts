import { iso14644ClassLimits, minimumSamplingLocations, PARTICLE_SIZES_UM, type ClassLimits } from '../engine';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { OutputFormat } from './args';
import { CliError, EXIT_OK } from './cliError';
import type { CliIo } from './io';
import { cliText } from './messages';
import { renderTable } from './textTable';

export interface Iso14644Options {
  readonly classText: string | null;
  readonly areaText: string | null;
  readonly format: OutputFormat;
}

/** ISO 14644-1:2015 classes run from 1 to 9; intermediate classes go in steps of 0.1. */
const MIN_ISO_CLASS = 1;
const MAX_ISO_CLASS = 9;
const CLASS_STEPS_PER_UNIT = 10;
const DECIMAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Run `cleanplan iso14644`: print Table 1 limits for a class and, with an area, the sampling locations. */
export function runIso14644(options: Iso14644Options, locale: Locale, io: CliIo): number {
  const isoClass = parseIsoClass(options.classText, locale);
  const areaM2 = options.areaText === null ? null : parseArea(options.areaText, locale);
  const limits = iso14644ClassLimits(isoClass);
  const samplingLocations = areaM2 === null ? null : minimumSamplingLocations(areaM2);

  if (options.format === 'json') {
    io.stdout(`${limitsJson(isoClass, limits, samplingLocations)}\n`);
    return EXIT_OK;
  }

  const header = PARTICLE_SIZES_UM.map((size) => `${size} µm`);
  const row = PARTICLE_SIZES_UM.map((size) => {
    const limit = limits[size];
    return limit === null ? cliText(locale, 'notApplicable') : formatNumber(limit, locale, 0);
  });
  const lines = [cliText(locale, 'limitsTitle', { isoClass: formatNumber(isoClass, locale, 1) }), renderTable(header, [row], new Set(header.keys()))];
  if (areaM2 !== null && samplingLocations !== null) {
    lines.push('', cliText(locale, 'samplingLine', { area: formatNumber(areaM2, locale, 2), count: samplingLocations }));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

function parseIsoClass(text: string | null, locale: Locale): number {
  if (text === null) throw new CliError(cliText(locale, 'missingClass'), { showUsageHint: true });
  const value = Number(text.trim());
  const steps = value * CLASS_STEPS_PER_UNIT;
  const valid =
    DECIMAL_NUMBER.test(text.trim()) &&
    value >= MIN_ISO_CLASS &&
    value <= MAX_ISO_CLASS &&
    Math.abs(steps - Math.round(steps)) < 1e-9;
  if (!valid) throw new CliError(cliText(locale, 'invalidClass', { value: text }));
  // Snap to the 0.1 grid so that 8.50000000001 and 8.5 are the same class.
  return Math.round(steps) / CLASS_STEPS_PER_UNIT;
}

function parseArea(text: string, locale: Locale): number {
  const value = Number(text.trim());
  if (!DECIMAL_NUMBER.test(text.trim()) || !(value > 0)) throw new CliError(cliText(locale, 'invalidArea', { value: text }));
  return value;
}

/**
 * Write the JSON document by hand: JavaScript objects list integer-like keys ("1", "5") before
 * others, so JSON.stringify would print the sizes out of order.
 */
function limitsJson(isoClass: number, limits: ClassLimits, samplingLocations: number | null): string {
  const limitLines = PARTICLE_SIZES_UM.map((size) => `    ${JSON.stringify(size)}: ${JSON.stringify(limits[size])}`);
  return ['{', `  "class": ${isoClass},`, '  "limits": {', limitLines.join(',\n'), '  },', `  "sampling_locations": ${JSON.stringify(samplingLocations)}`, '}'].join('\n');
}
