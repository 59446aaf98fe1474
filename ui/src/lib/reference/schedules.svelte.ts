// The tariff schedules and SAT catalogs the database holds, loaded once and after each import,
// for the Reference data area and for the editor, which says when the checks need them.
import { commands, toAppError, type ScheduleKind, type ScheduleSummary } from '../ipc';

class Schedules {
  list = $state<ScheduleSummary[]>([]);
  /** False until the first answer: nothing is said about missing schedules before then. */
  loaded = $state(false);

  async load(): Promise<void> {
    try {
      this.list = await commands.listSchedules();
      this.loaded = true;
    } catch (raw) {
      console.warn('could not list the schedules', toAppError(raw));
    }
  }

  has(kind: ScheduleKind): boolean {
    return this.list.some((s) => s.info.kind === kind);
  }

  /** The HTS and the fracciones both present: the line checks against them run. */
  get complete(): boolean {
    return this.has('hts-usitc') && this.has('sat-fracciones');
  }
}

export const schedules = new Schedules();
