// The current language and the message lookup. Reading `t` inside a component makes it re-render
// when the language changes.
import { commonMessages } from './common';
import { appMessages } from '../app/messages';
import { listMessages } from '../drafts/messages';
import { editorMessages } from '../editor/messages';
import { errorMessages } from '../errors/messages';
import { referenceMessages } from '../reference/messages';
import { traderMessages } from '../traders/messages';
import { crossingMessages } from '../crossings/messages';
import { watchlistMessages } from '../watchlists/messages';

export type Lang = 'en' | 'es';

/** Each feature area's messages. A new area brings its own catalog and adds it here. */
export const areaCatalogs = {
  common: commonMessages,
  app: appMessages,
  list: listMessages,
  editor: editorMessages,
  errors: errorMessages,
  reference: referenceMessages,
  traders: traderMessages,
  crossings: crossingMessages,
  watchlists: watchlistMessages,
} as const;

type Areas = (typeof areaCatalogs)[keyof typeof areaCatalogs];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type MessageKey = keyof UnionToIntersection<Areas['en']> & string;

const merged = (lang: Lang) =>
  Object.assign({}, ...Object.values(areaCatalogs).map((c) => c[lang])) as Record<MessageKey, string>;

/** Every message in each language (all areas together). */
export const catalogs: Record<Lang, Record<MessageKey, string>> = { en: merged('en'), es: merged('es') };

/** BCP 47 locale used for dates and numbers in each language. */
export const locales: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

let current = $state<Lang>('en');

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** The language to use before the user has chosen one: the system's, if it is Spanish. */
export function systemLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[current][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A message key that exists, or undefined: for keys built from data such as zone names. */
export function knownKey(key: string): MessageKey | undefined {
  return key in catalogs.en ? (key as MessageKey) : undefined;
}
