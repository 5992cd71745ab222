/**
 * The floor for our stack: a tiny LitElement that renders the hand-written
 * table's columns and text (bench/vanilla.js) with nested `html` templates,
 * in a shadow root, with a sort button in each column header. No search, no
 * filters, no tooltips: what Lit itself costs for these rows.
 */
import { LitElement, css, html } from 'lit';
import { COLUMNS, place } from './vanilla.js';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const row = (e) => html`<tr>
  <th scope="row">${e.name}<br />${e.service ?? ''}</th>
  <td>${e.purpose ?? ''}</td>
  <td>${e.entityLocation ? place(e.entityLocation) : ''}</td>
  <td>${(e.dataLocations ?? []).map((l) => html`<span>${place(l)}</span> `)}</td>
  <td>${(e.categories ?? []).map((c) => html`<span>${c}</span> `)}</td>
  <td>${e.retention ?? ''}</td>
  <td>${e.transfer ?? ''}</td>
  <td>${e.dpa ? html`<a href=${e.dpa}>DPA</a>` : ''}</td>
</tr>`;

export class BenchLitTable extends LitElement {
  static properties = { registry: { attribute: false }, sortKey: { state: true } };
  static styles = css`
    :host {
      display: block;
    }
    button {
      font: inherit;
      border: 0;
      background: none;
      padding: 0;
    }
  `;

  render() {
    let entries = this.registry?.subprocessors ?? [];
    const key = this.sortKey;
    if (key) entries = entries.slice().sort((a, b) => collator.compare(String(a[key] ?? ''), String(b[key] ?? '')));
    return html`<table>
      <thead>
        <tr>
          ${COLUMNS.map(([k, label]) => html`<th scope="col"><button type="button" data-column=${k} @click=${() => (this.sortKey = k)}>${label}</button></th>`)}
        </tr>
      </thead>
      <tbody>
        ${entries.map(row)}
      </tbody>
    </table>`;
  }
}
customElements.define('bench-lit-table', BenchLitTable);
