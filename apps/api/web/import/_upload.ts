/** Sends the file with XMLHttpRequest, which reports upload progress (fetch does not). */
import type { Api } from '../_api.js';
import { ApiFout } from '../_api.js';
import type { ImportVolledig } from './_soorten.js';

export function upload(
  api: Api,
  bestand: File,
  modus: string,
  voortgang: (deel: number) => void,
  kenmerk?: string,
): Promise<ImportVolledig> {
  const form = new FormData();
  form.append('bestand', bestand);
  form.append('modus', modus);
  // The server keeps how far its planning is under this token (see _voortgang.ts).
  if (kenmerk) form.append('voortgang', kenmerk);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${api.basis}/imports`);
    xhr.setRequestHeader('Authorization', `Bearer ${api.sleutel}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) voortgang(e.loaded / e.total);
    });
    xhr.upload.addEventListener('load', () => voortgang(1));
    xhr.addEventListener('load', () => {
      const body = xhr.response as
        | (ImportVolledig & { detail?: string; invalidParams?: Array<{ name: string; reason: string }> })
        | null;
      if (xhr.status >= 200 && xhr.status < 300 && body) return resolve(body);
      const detail = [body?.detail, ...(body?.invalidParams ?? []).map((p) => `${p.name}: ${p.reason}`)]
        .filter(Boolean)
        .join(' ');
      reject(new ApiFout(xhr.status, detail || `${xhr.status} ${xhr.statusText}`));
    });
    xhr.addEventListener('error', () => reject(new ApiFout(0, 'De verbinding met de server viel weg.')));
    xhr.send(form);
  });
}
