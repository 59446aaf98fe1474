// What a revision changed, said in the user's language with the fields named as on screen.
import type { RevisionNote } from '../ipc';
import { t } from '../i18n/index.svelte';
import { describePath } from './fieldNames';

export function describeNote(note: RevisionNote): string {
  switch (note.kind) {
    case 'created':
      return t('history.note.created');
    case 'demoCreated':
      return t('history.note.demoCreated');
    case 'createdBeforeRevisions':
      return t('history.note.createdBeforeRevisions');
    case 'restored':
      return t('history.note.restored', { n: note.revision });
    case 'changed': {
      const fields = note.paths.map((p) => describePath(p)).join('; ');
      return note.more > 0 ? t('history.note.more', { fields, count: note.more }) : fields;
    }
    case 'other':
      return note.text;
  }
}
