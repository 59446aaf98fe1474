// A feature area's messages in both languages. The Spanish side must have exactly the English
// keys: a missing or extra key is a type error here, and i18n.test.ts checks it again at run time.
export function catalog<const E extends Record<string, string>>(messages: { en: E; es: Record<keyof E, string> }) {
  return messages;
}
