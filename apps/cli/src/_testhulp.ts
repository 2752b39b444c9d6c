import { voerUit } from '@netwerkregie/cli';

/** Runs one command line in-process and collects what it wrote; for tests. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await voerUit(argv, {
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
