import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// Loaded only through a dynamic import (attachment-preview.tsx): pdf.js stays out of the first page.
GlobalWorkerOptions.workerSrc = workerUrl;

/** Draws the first page of a PDF into `canvas`, `width` CSS pixels wide, sharp on dense screens. */
export async function renderFirstPage(data: ArrayBuffer, canvas: HTMLCanvasElement, width: number) {
  const task = getDocument({ data, isEvalSupported: false });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (width / base.width) * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    await page.render({ canvas, viewport }).promise;
    return { pages: pdf.numPages };
  } finally {
    await task.destroy();
  }
}
