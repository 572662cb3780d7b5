import { TransNoContext } from '@lingui/react/server';
import { Fragment, useMemo, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import type { MessageId, MessageValues } from './catalogue';
import { i18n, t } from './i18n';

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const currentLocale = () => i18n.locale;

/** The active locale; a component that formats anything re-renders when it changes. */
export function useLocale(): string {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

/** `t` for components: a new function per locale, so memoised text that depends on it is redone on a switch. */
export function useT(): typeof t {
  const locale = useLocale();
  return useMemo(() => (id: MessageId, values?: MessageValues) => (locale ? t(id, values) : id), [locale]);
}

interface MsgProps {
  id: MessageId;
  /** Placeholder values; a React element here is rendered in place (a date in a <time>, a name in <strong>). */
  values?: Record<string, string | number | Date | ReactNode>;
  /** Elements for the message's numbered tags: `"Read <0>the sources</0>"` with `components={{ 0: <a … /> }}`. */
  components?: Record<string, ReactElement>;
}

// Lingui parses tags after interpolating, so a string value holding "<script>" would be read as markup; as an
// element it is kept out of the message and rendered as text.
function asText(values: MsgProps['values']): Record<string, unknown> | undefined {
  if (!values) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' && value.includes('<') ? <Fragment>{value}</Fragment> : value,
    ]),
  );
}

/** A whole message, rendered in place, with its markup and placeholders kept inside the sentence. */
export function Msg({ id, values, components }: MsgProps) {
  useLocale();
  return <TransNoContext id={id} values={asText(values)} components={components} lingui={{ i18n }} />;
}
