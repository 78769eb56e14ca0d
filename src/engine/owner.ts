/**
 * Engine instance identity for run leases: `host:pid:random`. A run whose owner is a process
 * on this host that no longer exists (killed with -9) can be taken over at once instead of
 * waiting for the lease to expire.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';

/** A new owner id for this process. */
export function newOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** True when `owner` names a process on this host that is gone. */
export function ownerIsDeadHere(owner: string | null): boolean {
  if (!owner) return false;
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid)) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
