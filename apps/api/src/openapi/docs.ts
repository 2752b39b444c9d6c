/**
 * The documentation page at `/v1/docs`, made from the OpenAPI document itself: every operation with
 * its parameters and answers, and a form to try it with an API key. No external assets: the one
 * script is served from `/v1/docs/probeer.js`.
 */

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t] ?? t,
  );

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { enum?: string[]; example?: unknown };
}

interface Operatie {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
}

type Document = Record<string, unknown>;

function invoer(p: Parameter): string {
  const waarden = p.schema?.enum;
  const veld = waarden
    ? `<select name="${esc(p.name)}" data-in="${esc(p.in)}"><option value=""></option>${waarden.map((w) => `<option>${esc(w)}</option>`).join('')}</select>`
    : `<input name="${esc(p.name)}" data-in="${esc(p.in)}" placeholder="${esc(p.schema?.example ?? '')}"${p.required ? ' required' : ''}>`;
  return `<label><code>${esc(p.name)}</code> <small>(${esc(p.in)}${p.required ? ', verplicht' : ''})</small> ${veld}<br><small>${esc(p.description)}</small></label>`;
}

function bodyInvoer(doc: Document, op: Operatie): string {
  const content = op.requestBody?.content ?? {};
  if (content['application/json']) {
    return '<label>Body (JSON) <textarea name="_body" rows="4"></textarea></label>';
  }
  const multipart = content['multipart/form-data']?.schema?.$ref?.split('/').pop();
  if (!multipart) return '';
  const schemas = (doc.components as { schemas: Record<string, { properties?: Record<string, { format?: string }> }> })
    .schemas;
  return Object.entries(schemas[multipart]?.properties ?? {})
    .map(([naam, s]) =>
      s.format === 'binary'
        ? `<label><code>${esc(naam)}</code> <input type="file" name="${esc(naam)}" data-in="form"></label>`
        : `<label><code>${esc(naam)}</code> <input name="${esc(naam)}" data-in="form"></label>`,
    )
    .join('');
}

export function docsPagina(doc: Document): string {
  const info = doc.info as { title: string; version: string; description?: string };
  const paden = doc.paths as Record<string, Record<string, Operatie>>;
  const server = (doc.servers as Array<{ url: string }> | undefined)?.[0]?.url ?? '';
  const blokken: string[] = [];
  for (const [pad, item] of Object.entries(paden)) {
    for (const [methode, op] of Object.entries(item)) {
      const antwoorden = Object.entries(op.responses ?? {})
        .map(([s, r]) => `<li><code>${esc(s)}</code> ${esc(r.description)}</li>`)
        .join('');
      blokken.push(`<section><h2><span class="m ${esc(methode)}">${esc(methode.toUpperCase())}</span> <code>${esc(server + pad)}</code></h2>
<p><strong>${esc(op.summary)}</strong></p><p>${esc(op.description).replace(/\n\n/g, '<br>')}</p>
<form data-methode="${esc(methode.toUpperCase())}" data-pad="${esc(server + pad)}">${(op.parameters ?? []).map(invoer).join('')}${bodyInvoer(doc, op)}
<button>Probeer</button><pre class="uit"></pre></form><details><summary>Antwoorden</summary><ul>${antwoorden}</ul></details></section>`);
    }
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(info.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>*{box-sizing:border-box}body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
section{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1.1rem}code{overflow-wrap:anywhere}label{display:block;margin:.3rem 0}input,select,textarea{font:inherit;width:100%;max-width:30rem}
.m{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;background:#555;font-size:.85em;padding:.1rem .4rem}
.get{background:#1f6feb}.post{background:#1a7f37}.delete{background:#cf222e}code{background:#f3f3f3;padding:0 .2rem}
pre.uit{background:#f6f8fa;max-height:20rem;overflow:auto;white-space:pre-wrap}pre.uit:empty{display:none}
#sleutelbalk{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ccc}</style></head>
<body><main><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${esc(info.description).replace(/\n\n/g, '<br><br>')}</p>
<p>Het volledige document: <a href="${esc(server)}/openapi.json"><code>${esc(server)}/openapi.json</code></a> (OpenAPI 3).</p>
<div id="sleutelbalk"><label>API-sleutel (blijft in deze pagina) <input id="sleutel" type="password" autocomplete="off"></label></div>
${blokken.join('\n')}</main><script src="${esc(server)}/docs/probeer.js"></script></body></html>`;
}

/** The page's one script: sends a form as a request with the key, and shows the answer. */
export const PROBEER_JS = `'use strict';
document.querySelectorAll('form[data-pad]').forEach(function (form) {
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    var uit = form.querySelector('.uit');
    var pad = form.dataset.pad;
    var query = new URLSearchParams();
    var formulier = null;
    var body;
    form.querySelectorAll('[data-in]').forEach(function (veld) {
      var plek = veld.dataset.in;
      if (plek === 'form') {
        formulier = formulier || new FormData();
        if (veld.type === 'file') { if (veld.files[0]) formulier.append(veld.name, veld.files[0]); }
        else if (veld.value) formulier.append(veld.name, veld.value);
        return;
      }
      if (!veld.value) return;
      if (plek === 'path') pad = pad.replace('{' + veld.name + '}', encodeURIComponent(veld.value));
      else if (plek === 'query') query.append(veld.name, veld.value);
    });
    var headers = {};
    var sleutel = document.getElementById('sleutel').value.trim();
    if (sleutel) headers.Authorization = 'Bearer ' + sleutel;
    var tekst = form.querySelector('textarea[name=_body]');
    if (tekst && tekst.value.trim()) { headers['Content-Type'] = 'application/json'; body = tekst.value; }
    if (formulier) body = formulier;
    var url = pad + (query.toString() ? '?' + query.toString() : '');
    uit.textContent = form.dataset.methode + ' ' + url + ' ...';
    try {
      var res = await fetch(url, { method: form.dataset.methode, headers: headers, body: body });
      var type = res.headers.get('content-type') || '';
      var inhoud = /json/.test(type) ? JSON.stringify(await res.json(), null, 2)
        : /^text\\//.test(type) ? await res.text() : '(' + type + ', ' + (await res.blob()).size + ' bytes)';
      uit.textContent = res.status + ' ' + res.statusText + '\\n' + inhoud;
    } catch (fout) {
      uit.textContent = 'Mislukt: ' + fout;
    }
  });
});
`;
