/**
 * A chart as a file: the SVG node cloned from the DOM, its colours and fonts (which come from the
 * widget's stylesheet through classes) written onto the clone as presentation attributes, and
 * serialised with `XMLSerializer`, never built as a markup string. PNG draws that SVG, as a Blob
 * image, on a canvas. Nothing here touches the page's DOM but the hidden download link.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAINT = ['fill', 'stroke', 'stroke-width', 'font-family', 'font-size', 'font-weight', 'opacity'] as const;

/** The chart's size in CSS pixels, from its `viewBox`. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return { width: box?.width || svg.width.baseVal.value, height: box?.height || svg.height.baseVal.value };
}

/** A stand-alone copy of the chart: computed paint inlined, a background, no Lit markers. */
export function standaloneSvg(svg: SVGSVGElement, background: string): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i]!;
    const style = getComputedStyle(el);
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('part');
  });
  const walker = svg.ownerDocument.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  const { width, height } = svgSize(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [['x', '0'], ['y', '0'], ['width', '100%'], ['height', '100%'], ['fill', background]]) rect.setAttribute(k!, v!);
  clone.insertBefore(rect, clone.querySelector('title')?.nextSibling ?? clone.firstChild);
  return clone;
}

/** The chart as SVG file text. */
export function serializeSvg(svg: SVGSVGElement, background: string): string {
  return new XMLSerializer().serializeToString(standaloneSvg(svg, background));
}

/** The chart as a PNG, drawn at `scale` times its size. Rejects when the image cannot load (a page policy). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('image did not load'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads a Blob through a hidden link in `root` (the widget's shadow root). */
export function downloadBlob(root: ShadowRoot | null, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  (root ?? document.body).append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
