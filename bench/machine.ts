/**
 * Describes the machine a benchmark ran on: core count, CPU model, RAM, Node version, OS and
 * the date, so every figure in RESULTS.md can be read against the hardware that produced it.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cores: number;
  cpu: string;
  ramGiB: number;
  node: string;
  os: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch { /* not Linux: keep os.cpus() */ }
  return {
    cores: os.availableParallelism(),
    cpu,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}
