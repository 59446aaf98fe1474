// A field path as the user knows the field: "Line 3 · U.S. qty", "Exporter / shipper · City",
// "Invoice 1 · USD per unit of currency". Findings and the revision compare show this; the
// raw path stays available as a tooltip for support.
import { t, type MessageKey } from '../i18n/index.svelte';
import { COLUMNS } from './lines';
import { GROUPS } from './sections';

const SHIPMENT_LABELS: Record<string, MessageKey> = {
  reference: 'field.reference',
  direction: 'field.direction',
  'transport.usPort': 'field.port',
  'transport.estimatedArrival': 'list.col.crossing',
};

const joined = (...parts: string[]) => parts.join(' · ');

/** The user's name for `path`, in the current language; the path itself when it names no field. */
export function describePath(path: string): string {
  const line = /^lines\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (line) {
    const where = t('where.line', { n: Number(line[1]) + 1 });
    if (!line[2]) return where;
    const column = COLUMNS.find((c) => c.key === line[2]);
    return joined(where, column ? t(column.label) : line[2]);
  }
  if (path === 'lines') return t('section.lines');
  const shipment = SHIPMENT_LABELS[path];
  if (shipment) return t(shipment);
  for (const g of GROUPS) {
    if (g.list) {
      if (path === g.list.path) return t(g.title);
      const item = new RegExp(`^${escape(g.list.path)}\\[(\\d+)\\](?:\\.(.+))?$`).exec(path);
      if (!item) continue;
      const where = t(g.list.item, { n: Number(item[1]) + 1 });
      const field = g.fields.find((f) => f.path === item[2]);
      return item[2] ? joined(where, field ? t(field.label) : item[2]) : where;
    }
    const field = g.fields.find((f) => f.path === path);
    if (field) return joined(t(g.title), t(field.label));
  }
  // A part holding several fields ("parties.exporter.address"): the group it belongs to.
  const group = GROUPS.find((g) => !g.list && g.fields.some((f) => f.path.startsWith(`${path}.`)));
  return group ? t(group.title) : path;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
