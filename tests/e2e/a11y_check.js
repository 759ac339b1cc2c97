// Basic accessibility checks run in the page: lang, labels, heading order,
// link names, image alt text, WCAG AA text contrast. Returns a list of problems.
() => {
  const problems = [];
  if (document.documentElement.lang !== 'th') problems.push('html lang is ' + document.documentElement.lang);
  if (!document.title.trim()) problems.push('no title');
  // Every form control has a label.
  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
    const labelled = (el.id && document.querySelector(`label[for="${el.id}"]`))
      || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.closest('label');
    if (!labelled) problems.push('unlabelled ' + el.outerHTML.slice(0, 80));
  }
  // One h1, and no heading level skipped on the way down.
  const hs = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]);
  if (hs.filter(l => l === 1).length !== 1) problems.push('h1 count ' + hs.filter(l => l === 1).length);
  if (hs[0] !== 1) problems.push('first heading is h' + hs[0]);
  for (let i = 1; i < hs.length; i++) if (hs[i] > hs[i - 1] + 1) problems.push(`h${hs[i-1]} -> h${hs[i]}`);
  // Links have names; images have alt text.
  for (const a of document.querySelectorAll('a[href]'))
    if (!(a.textContent.trim() || a.getAttribute('aria-label'))) problems.push('empty link ' + a.outerHTML.slice(0, 80));
  for (const img of document.querySelectorAll('img:not([alt])')) problems.push('img without alt');
  // Text contrast (WCAG AA): 4.5:1, or 3:1 for large text.
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bg = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3); } return [255, 255, 255]; };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none' || +st.opacity === 0 || !el.getClientRects().length) continue;
    if (el.closest('.visually-hidden, .skip-link, .htmx-indicator')) continue;
    const [l1, l2] = [lum(rgb(st.color).slice(0, 3)), lum(bg(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const large = parseFloat(st.fontSize) >= 24 || (parseFloat(st.fontSize) >= 18.66 && +st.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)} on "${n.textContent.trim().slice(0, 30)}"`);
  }
  return problems;
}
