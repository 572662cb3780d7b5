import { TransNoContext } from '@lingui/react/server';
import { Fragment, useMemo, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import type { MessageId, MessageValues } from './catalogue';
import { i18n, t } from './i18n';

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const currentLocale = () => i18n.locale;

export function useLocale(): string {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

/** A new function per locale, so memoised text that depends on it is redone on a switch. */
export function useT(): typeof t {
  const locale = useLocale();
  return useMemo(() => (id: MessageId, values?: MessageValues) => (locale ? t(id, values) : id), [locale]);
}

interface MsgProps {
  id: MessageId;
  /** A React element is rendered in place (a date in a <time>, a name in <strong>). */
  values?: Record<string, string | number | Date | ReactNode>;
  /** `"Read <0>the sources</0>"` with `components={{ 0: <a … /> }}`. */
  components?: Record<string, ReactElement>;
}

// Lingui parses tags after interpolating, so a string holding "<script>" would be read as markup; as an
// element it stays text.
function asText(values: MsgProps['values']): Record<string, unknown> | undefined {
  if (!values) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' && value.includes('<') ? <Fragment>{value}</Fragment> : value,
    ]),
  );
}

export function Msg({ id, values, components }: MsgProps) {
  useLocale();
  return <TransNoContext id={id} values={asText(values)} components={components} lingui={{ i18n }} />;
}
