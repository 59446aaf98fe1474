// A field path as the user knows the field: "Line 3 · U.S. qty", "Exporter / shipper · City",
// "Invoice 1 · USD per unit of currency". Findings and the revision compare show this; the
// raw path stays available as a tooltip for support.
import type { Direction } from '../ipc';
import { t, type MessageKey } from '../i18n/index.svelte';
import { COLUMNS } from './lines';
import { GROUPS, SHIPMENT_FIELDS, lineColumnOf, type FieldSpec, type GroupSpec } from './sections';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each list group ("Invoice 2 · Currency") with the pattern of its items' paths, built once. */
const LISTS = GROUPS.flatMap((g) => (g.list ? [{ group: g, list: g.list, item: new RegExp(`^${escape(g.list.path)}\\[(\\d+)\\](?:\\.(.+))?$`) }] : []));

const joined = (...parts: string[]) => parts.join(' · ');

/** The user's name for `path`, in the current language; the path itself when it names no field.
 * Southbound, a party's group and fields take their southbound names (the USPPI). */
export function describePath(path: string, direction: Direction = 'northbound'): string {
  const south = direction === 'southbound';
  const title = (g: GroupSpec): string => t(south && g.southTitle ? g.southTitle : g.title);
  const label = (f: FieldSpec): string => t((south && f.south ? f.south.label : f.label) as MessageKey);
  const line = /^lines\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (line) {
    const where = t('where.line', { n: Number(line[1]) + 1 });
    if (!line[2]) return where;
    const column = COLUMNS.find((c) => c.key === lineColumnOf(line[2]!));
    return joined(where, column ? t(column.label) : line[2]);
  }
  if (path === 'lines') return t('section.lines');
  const shipment = SHIPMENT_FIELDS[path];
  if (shipment) return t(shipment);
  for (const { group, list, item: pattern } of LISTS) {
    if (path === list.path) return title(group);
    const item = pattern.exec(path);
    if (!item) continue;
    const where = t(list.item, { n: Number(item[1]) + 1 });
    const field = group.fields.find((f) => f.path === item[2]);
    return item[2] ? joined(where, field ? label(field) : item[2]) : where;
  }
  for (const g of GROUPS) {
    const field = g.list ? undefined : g.fields.find((f) => f.path === path);
    if (field) return joined(title(g), label(field));
  }
  // A part holding several fields ("parties.exporter.address"): the group it belongs to.
  const group = GROUPS.find((g) => !g.list && g.fields.some((f) => f.path.startsWith(`${path}.`)));
  return group ? title(group) : path;
}
