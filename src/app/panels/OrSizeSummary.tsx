import { useMemo } from 'react';
import type { Room } from '../../domain/project';
import { assessOrSize, type OrSizeAssessment } from '../../engine/hospital/orSize';
import { formatNumber, formatQuantity } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { useLocaleStore, useT } from '../i18n/index';
import { hospitalText, type HospitalKey } from '../i18n/hospital';

/** Room use whose rooms get the size summary. */
const OPERATING_ROOM_USE = 'operating-room';

type Translate = (key: HospitalKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Size of a drawn operating room against the FGI minimum clear floor areas and clear dimension, and
 * its GB 50333-2002 size category. Shown for rooms whose use is operating room; advisory only.
 */
export default function OrSizeSummary({ room }: { readonly room: Room }) {
  const t = useT(hospitalText);
  const locale = useLocaleStore((state) => state.locale);
  const assessment = useMemo(() => assessOrSize(room), [room]);
  if (room.use !== OPERATING_ROOM_USE) return null;

  return (
    <section data-testid="or-size-summary">
      <h3>{t('orSizeTitle')}</h3>
      {assessment.areaM2 === null || assessment.minWidthM === null ? (
        <p>{t('orSizeUnknown')}</p>
      ) : (
        <>
          <p data-testid="or-size-area">
            {t('orSizeArea', { area: formatQuantity(assessment.areaM2, 'm2', locale, 2), width: formatQuantity(assessment.minWidthM, 'm', locale, 2) })}
          </p>
          <ul>
            {assessment.fgi.map((entry) => (
              <li key={entry.type.id} data-testid={`or-size-fgi-${entry.type.id}`}>
                {t('orSizeFgi', {
                  type: entry.type.label[locale],
                  area: formatQuantity(entry.type.minAreaM2, 'm2', locale, 2),
                  width: formatQuantity(entry.type.minClearDimensionM, 'm', locale, 2),
                })}
                {': '}
                {entry.areaMeetsMinimum && entry.dimensionMeetsMinimum ? t('orSizeMeets') : t('orSizeShort')}
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('orSizeFgiSource')}</p>
          <p data-testid="or-size-gb2002">{gb2002Text(assessment, locale, t)}</p>
          <p className="field-hint">{t('orSizeWidthNote')}</p>
        </>
      )}
    </section>
  );
}

function gb2002Text(assessment: OrSizeAssessment, locale: Locale, t: Translate): string {
  const fit = assessment.gb50333v2002;
  if (fit === null) return '';
  switch (fit.fit) {
    case 'category':
      return t('orSize2002', { category: fit.category.label[locale] });
    case 'below-smallest':
      return t('orSize2002Below', { category: fit.smallest.label[locale], min: formatQuantity(fit.smallest.minAreaM2, 'm2', locale, 0) });
    case 'above-largest':
      return t('orSize2002Above', {
        category: fit.largest.label[locale],
        max: formatQuantity(fit.largest.maxAreaM2, 'm2', locale, 0),
        percent: `${formatNumber(fit.overrunFraction * 100, locale, 0)} %`,
      });
  }
}
