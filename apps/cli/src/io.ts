import type { Writable } from 'node:stream';

/** Where a command writes: the real process streams, or buffers in tests. */
export interface Io {
  stdout: Pick<Writable, 'write'>;
  stderr: Pick<Writable, 'write'> & { isTTY?: boolean };
}

export const procesIo: Io = { stdout: process.stdout, stderr: process.stderr };

/** A progress bar on stderr, drawn only on a terminal and at most every 100 ms. */
export function voortgangsbalk(io: Io, label: string): { show(deel: number, geheel: number): void; done(): void } {
  if (!io.stderr.isTTY) return { show() {}, done() {} };
  let laatst = 0;
  return {
    show(deel, geheel) {
      const nu = Date.now();
      if (nu - laatst < 100 && deel < geheel) return;
      laatst = nu;
      const fractie = geheel > 0 ? Math.min(1, deel / geheel) : 0;
      const breedte = 30;
      const vol = Math.round(fractie * breedte);
      io.stderr.write(`\r${label} [${'#'.repeat(vol)}${'.'.repeat(breedte - vol)}] ${Math.round(fractie * 100)}%`);
    },
    done() {
      io.stderr.write('\n');
    },
  };
}

/** Pads a table's columns for a terminal. */
export function tabel(rijen: string[][]): string {
  const breedtes = rijen[0]!.map((_, k) => Math.max(...rijen.map((r) => (r[k] ?? '').length)));
  return rijen
    .map((r) => r.map((c, k) => (k === 0 ? c.padEnd(breedtes[k]!) : c.padStart(breedtes[k]!))).join('  '))
    .join('\n');
}
