import { useCrmT } from '../text';
import type { FieldParse } from './fields';

/** Shows why a field's text is invalid and how to fix it, or nothing when it is valid. */
export function FieldError({ parse }: { readonly parse: FieldParse<unknown> }) {
  const t = useCrmT();
  if (parse.ok) return null;
  return (
    <span className="crm-error" role="alert" data-testid="field-error">
      {t(parse.error, parse.params)}
    </span>
  );
}
