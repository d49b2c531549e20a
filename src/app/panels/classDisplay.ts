import type { Cleanliness } from '../../domain/cleanliness';
import { CLASS_CROSSWALK } from '../../engine/classes/crosswalk';
import type { ClassParseErrorCode } from '../../engine/classes/parseCleanliness';
import { formatCleanliness } from '../../i18n/classMessages';
import type { Locale } from '../../i18n/locale';
import type { PanelKey } from '../i18n/panels';

/**
 * Display name of a parsed class in the UI language, with the Chinese legacy name where the
 * crosswalk has one: `ISO 7 (万级)`, `B级 (ISO 5 静态)` / `Grade B (ISO 5 at rest)`.
 */
export function describeCleanliness(value: Cleanliness, locale: Locale): string {
  switch (value.kind) {
    case 'iso': {
      const legacyName = legacyChineseName(value.isoClass);
      return legacyName === null ? `ISO ${value.isoClass}` : `ISO ${value.isoClass} (${legacyName})`;
    }
    case 'gmp': {
      const equivalent = CLASS_CROSSWALK.gmpGrades.find((entry) => entry.grade === value.grade);
      const atRest = equivalent ? equivalent.atRestIsoClass : null;
      if (locale === 'zh-CN') return atRest === null ? `${value.grade}级` : `${value.grade}级（静态 ISO ${atRest}）`;
      return atRest === null ? `Grade ${value.grade}` : `Grade ${value.grade} (ISO ${atRest} at rest)`;
    }
    case 'hospital':
    case 'food':
      return formatCleanliness(value, locale);
    case 'unclassified':
      return locale === 'zh-CN' ? '非洁净区 (NC)' : 'Not classified (NC)';
  }
}

function legacyChineseName(isoClass: number): string | null {
  const fs209e = CLASS_CROSSWALK.fs209eClasses.find((entry) => entry.isoClass === isoClass);
  const fromFs209e = fs209e?.chineseNames[0];
  if (fromFs209e !== undefined) return fromFs209e;
  const legacy = CLASS_CROSSWALK.chineseLegacyClasses.find((entry) => entry.isoClass === isoClass);
  return legacy?.names[0] ?? null;
}

export const CLASS_ERROR_KEYS: Readonly<Record<ClassParseErrorCode, PanelKey>> = {
  empty: 'classErrorEmpty',
  'iso-class-out-of-range': 'classErrorIsoRange',
  'iso-class-step': 'classErrorIsoStep',
  'unknown-gmp-grade': 'classErrorGrade',
  'unknown-fs209e-class': 'classErrorFs209e',
  'unknown-class': 'classErrorUnknown',
};
