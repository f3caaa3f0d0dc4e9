import { isLive, type AlertStore, type StoredAlert } from './alert-store';

/** The in-memory AlertStore, for use-case and handler tests. */
export class MemoryAlertStore implements AlertStore {
  private readonly alerts = new Map<string, StoredAlert>();

  async create(alert: StoredAlert): Promise<void> {
    if (this.alerts.has(alert.id)) throw new Error('an alert with this id exists');
    this.alerts.set(alert.id, structuredClone(alert));
  }

  async get(id: string, now: Date): Promise<StoredAlert | undefined> {
    const alert = this.alerts.get(id);
    return alert && isLive(alert, now) ? structuredClone(alert) : undefined;
  }

  async update(alert: StoredAlert): Promise<boolean> {
    if (!this.alerts.has(alert.id)) return false;
    this.alerts.set(alert.id, structuredClone(alert));
    return true;
  }

  async delete(id: string): Promise<void> {
    this.alerts.delete(id);
  }

  async listConfirmed(): Promise<StoredAlert[]> {
    return [...this.alerts.values()].filter((a) => a.status === 'confirmed').map((a) => structuredClone(a));
  }

  /** Test helper: every stored subscription, expired ones included. */
  all(): StoredAlert[] {
    return [...this.alerts.values()].map((a) => structuredClone(a));
  }
}
