// Field paths in the syntax of validation findings and revision diffs: `lines[3].hts`,
// `parties.exporter.address.city`. The editor marks each field with its path, so a finding or a
// view value can take the user to it.

type Step = string | number;

export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad field path ${path}`);
    if (m[1]) steps.push(m[1]);
    for (const index of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const step of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Step, unknown>)[step];
  }
  return node;
}

/** Sets a value; the containers on the way must exist (the editor creates optional groups first). */
export function setPath(root: unknown, path: string, value: unknown): void {
  const steps = parsePath(path);
  const last = steps.pop();
  const parent = steps.length ? getPath(root, joinPath(steps)) : root;
  if (last === undefined || parent === null || typeof parent !== 'object') {
    throw new Error(`no field at ${path}`);
  }
  (parent as Record<Step, unknown>)[last] = value;
}

export function joinPath(steps: Step[]): string {
  return steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The DOM id of the input showing `path` (ids cannot hold brackets and dots comfortably). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]/g, '_')}`;
}
