/**
 * The print view: the composed sheet as the only thing on the printed page.
 * A print stylesheet hides the rest of the page while an `<img>` of the sheet
 * is attached to the document; both are removed after printing.
 */
const SHEET_ID = 'plan-print-sheet';
const STYLE_ID = 'plan-print-style';

const PRINT_CSS = `
@media screen { #${SHEET_ID} { display: none; } }
@media print {
  @page { size: landscape; margin: 8mm; }
  html, body { height: auto !important; overflow: visible !important; }
  body > :not(#${SHEET_ID}) { display: none !important; }
  #${SHEET_ID} { display: block !important; }
  #${SHEET_ID} img { display: block; width: 100%; height: auto; page-break-inside: avoid; }
}`;

/** Attaches the sheet and its print stylesheet to `doc`; returns the function that removes them. */
export function attachPrintSheet(src: string, alt: string, doc: Document = document): () => void {
  doc.getElementById(SHEET_ID)?.remove();
  doc.getElementById(STYLE_ID)?.remove();
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PRINT_CSS;
  const sheet = doc.createElement('div');
  sheet.id = SHEET_ID;
  const img = doc.createElement('img');
  img.src = src;
  img.alt = alt;
  sheet.append(img);
  doc.head.append(style);
  doc.body.append(sheet);
  return () => {
    sheet.remove();
    style.remove();
  };
}

/** Shows the browser's print dialog for the sheet and cleans up afterwards. */
export async function printSheet(src: string, alt: string, win: Window = window): Promise<void> {
  const detach = attachPrintSheet(src, alt, win.document);
  const img = win.document.querySelector<HTMLImageElement>(`#${SHEET_ID} img`);
  await img?.decode().catch(() => undefined);
  const done = () => {
    win.removeEventListener('afterprint', done);
    detach();
  };
  win.addEventListener('afterprint', done);
  win.print();
}
