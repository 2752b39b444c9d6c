/**
 * The API as the pages use it: the key the user entered (kept in sessionStorage, gone when the tab
 * closes), the gemeente it names, and requests under /v1/gemeenten/<gemeente>/. Problems
 * (application/problem+json) become `ApiFout` with the server's Dutch `detail`.
 */

const OPSLAG = 'netwerkregie.sleutel';
const VORM = /^nr_([a-z0-9-]+)_[A-Za-z0-9_-]{20,}$/;

export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface Lijst<T> {
  resultaten: T[];
  totaal: number;
  aantalPaginas: number;
}

export const bewaardeSleutel = (): string | null => sessionStorage.getItem(OPSLAG);
export const saveSleutel = (sleutel: string) => sessionStorage.setItem(OPSLAG, sleutel);
export const forgetSleutel = () => sessionStorage.removeItem(OPSLAG);

/** The gemeente a key names, or null when it does not look like a key. */
export function gemeenteVanSleutel(sleutel: string): string | null {
  return VORM.exec(sleutel.trim())?.[1] ?? null;
}

export class Api {
  readonly basis: string;
  constructor(
    readonly sleutel: string,
    readonly gemeente: string,
  ) {
    this.basis = `/v1/gemeenten/${encodeURIComponent(gemeente)}`;
  }

  async antwoord(pad: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${this.sleutel}`);
    headers.set('Accept', headers.get('Accept') ?? 'application/json');
    const res = await fetch(`${this.basis}/${pad}`, { ...init, headers });
    if (!res.ok) throw await fout(res);
    return res;
  }

  async json<T>(pad: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.antwoord(pad, init)).json()) as T;
  }

  async post<T>(pad: string, body: unknown = {}): Promise<T> {
    return this.json<T>(pad, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** Every page of a list (200 at a time). */
  async alles<T>(pad: string): Promise<T[]> {
    const teken = pad.includes('?') ? '&' : '?';
    const eerste = await this.json<Lijst<T>>(`${pad}${teken}paginaGrootte=200&pagina=1`);
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, eerste.aantalPaginas - 1) }, (_, i) =>
        this.json<Lijst<T>>(`${pad}${teken}paginaGrootte=200&pagina=${i + 2}`),
      ),
    );
    return [eerste, ...rest].flatMap((l) => l.resultaten);
  }

  async totaal(pad: string): Promise<number> {
    return (await this.json<Lijst<unknown>>(`${pad}?paginaGrootte=1`)).totaal;
  }
}

export async function fout(res: Response): Promise<ApiFout> {
  let detail = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { detail?: string; invalidParams?: Array<{ name: string; reason: string }> };
    detail = [body.detail, ...(body.invalidParams ?? []).map((p) => `${p.name}: ${p.reason}`)]
      .filter(Boolean)
      .join(' ');
  } catch {
    // not a problem document: keep the status line
  }
  return new ApiFout(res.status, detail);
}
