import { run } from '@netwerkregie/cli';

/** Runs one command line in-process and collects what it wrote; for tests. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
  });
  return { status, stdout, stderr, json: () => JSON.parse(stdout) };
}

/** `netwerkregie keys create` for Almere in `db` (which it creates when missing), with any further options. */
export function createSleutel(db: string, rol: string, omschrijving: string, ...verder: string[]) {
  return cli(
    'keys',
    'create',
    '--gemeente',
    'almere',
    '--db',
    db,
    '--rol',
    rol,
    '--omschrijving',
    omschrijving,
    ...verder,
  );
}
