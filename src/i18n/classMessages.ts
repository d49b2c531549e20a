import type { Cleanliness, HospitalClass } from '../domain/cleanliness';
import type { ClassParseError } from '../engine/classes/parseCleanliness';
import { formatNumber } from './format';
import type { Locale } from './locale';

/** Chinese operating department classes are written with the Roman numeral characters: Ⅰ级 … Ⅳ级. */
const ROMAN_NUMERAL_CHARACTERS: Readonly<Record<HospitalClass, string>> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };

/**
 * Formats a parsed class for display: `ISO 7` / `ISO 7级`, `Grade B` / `B级`,
 * `GB 50333 Class II` / `Ⅱ级（GB 50333）`, `Unclassified` / `非洁净区`.
 */
export function formatCleanliness(value: Cleanliness, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (value.kind) {
    case 'iso':
      return zh ? `ISO ${formatNumber(value.isoClass, locale)}级` : `ISO ${formatNumber(value.isoClass, locale)}`;
    case 'gmp':
      return zh ? `${value.grade}级` : `Grade ${value.grade}`;
    case 'hospital':
      return zh ? `${ROMAN_NUMERAL_CHARACTERS[value.hospitalClass]}级（GB 50333）` : `GB 50333 Class ${value.hospitalClass}`;
    case 'food':
      return zh ? `食品${ROMAN_NUMERAL_CHARACTERS[value.foodClass]}级（GB 50687）` : `GB 50687 food class ${value.foodClass}`;
    case 'unclassified':
      return zh ? '非洁净区' : 'Unclassified';
  }
}

const ACCEPTED_FORMS: Record<Locale, string> = {
  en: 'ISO 7, ISO Class 7, 7级, ISO 8.5, 万级, Class 10000, 10K, M5.5, Grade B, B级, II or Class II OR for a GB 50333 operating department class, Food class II or GB 50687 Class II for a food clean room, or NC for an unclassified room',
  'zh-CN': 'ISO 7、ISO Class 7、7级、ISO 8.5、万级、Class 10000、10K、M5.5、B级、Grade B，洁净手术部级别填 Ⅱ级 或 II，食品洁净用房填 食品Ⅱ级，非洁净房间填 NC 或 非洁净区',
};

/** Returns the accepted spellings of a cleanliness class, for the fix in error messages and for form help. */
export function acceptedClassForms(locale: Locale): string {
  return ACCEPTED_FORMS[locale];
}

/** Describes what is wrong with a class as typed, with the accepted forms as the fix. */
export function describeClassParseError(error: ClassParseError, locale: Locale): string {
  const { text, value } = error.params;
  const zh = locale === 'zh-CN';
  const fix = zh ? `可用写法：${ACCEPTED_FORMS[locale]}。` : `Use one of: ${ACCEPTED_FORMS[locale]}.`;
  switch (error.code) {
    case 'empty':
      return zh ? `洁净度级别为空。${fix}` : `The cleanliness class is empty. ${fix}`;
    case 'iso-class-out-of-range':
      return zh
        ? `“${text}”无效：ISO 级别 ${value} 不在 1 至 9 之间。${fix}`
        : `"${text}" is not valid: ISO class ${value} is outside 1 to 9. ${fix}`;
    case 'iso-class-step':
      return zh
        ? `“${text}”无效：ISO 中间级别按 0.1 递增，${value} 不是 0.1 的整数倍。${fix}`
        : `"${text}" is not valid: intermediate ISO classes go in steps of 0.1, and ${value} is not one. ${fix}`;
    case 'unknown-gmp-grade':
      return zh
        ? `“${text}”无效：GMP 级别只有 A、B、C、D，没有 ${value}。${fix}`
        : `"${text}" is not valid: GMP grades are A, B, C and D, not ${value}. ${fix}`;
    case 'unknown-fs209e-class':
      return zh
        ? `“${text}”无效：${value} 不是 FED-STD-209E 或国内旧标准中的级别（1、10、100、1000、10000、100000、300000 或 M1.5、M2.5 … M6.5）。${fix}`
        : `"${text}" is not valid: ${value} is not an FED-STD-209E or Chinese legacy class (1, 10, 100, 1000, 10000, 100000, 300000 or M1.5, M2.5 … M6.5). ${fix}`;
    case 'unknown-class':
      return zh ? `无法识别洁净度级别“${text}”。${fix}` : `"${text}" is not a recognised cleanliness class. ${fix}`;
  }
}
