/** The two pictures of the starter post, drawn in code: what Utterson reads and writes, and a page's layers. */
import { drawText, textWidth } from './font.js'
import { Raster, type Rgb } from './png.js'

const PAPER: Rgb = [250, 250, 247]
const INK: Rgb = [40, 44, 52]
const BLUE: Rgb = [66, 133, 244]
const GREEN: Rgb = [52, 168, 83]
const AMBER: Rgb = [251, 188, 5]
const PALE: Rgb = [232, 240, 254]

function box(r: Raster, x: number, y: number, w: number, h: number, label: string, fill: Rgb, edge: Rgb): void {
  r.fillRect(x, y, w, h, fill)
  r.strokeRect(x, y, w, h, edge, 3)
  drawText(r, label, x + Math.floor((w - textWidth(label, 2)) / 2), y + Math.floor((h - 14) / 2), INK, 2)
}

function arrow(r: Raster, x1: number, x2: number, y: number, color: Rgb): void {
  r.fillRect(x1, y - 1, x2 - x1 - 8, 3, color)
  for (let i = 0; i < 9; i++) r.fillRect(x2 - 9 + i, y - (8 - i), 1, 2 * (8 - i) + 1, color)
}

/** Sources → Utterson → `_site`: three boxes and two arrows. */
export function pipelineDiagram(): Buffer {
  const r = new Raster(640, 200, PAPER)
  box(r, 20, 30, 170, 140, 'POSTS', PALE, BLUE)
  drawText(r, 'LAYOUTS', 20 + Math.floor((170 - textWidth('LAYOUTS', 2)) / 2), 125, BLUE, 2)
  box(r, 235, 55, 170, 90, 'UTTERSON', [255, 244, 214], AMBER)
  box(r, 450, 30, 170, 140, '_SITE', [226, 245, 231], GREEN)
  arrow(r, 195, 230, 100, INK)
  arrow(r, 410, 445, 100, INK)
  return r.toPng()
}

/** A rendered page as nested layers: the post inside its layout inside the default layout. */
export function layersDiagram(): Buffer {
  const r = new Raster(480, 300, PAPER)
  r.fillRect(20, 20, 440, 260, [226, 245, 231])
  r.strokeRect(20, 20, 440, 260, GREEN, 3)
  drawText(r, 'DEFAULT.HTML', 36, 32, INK, 2)
  r.fillRect(60, 70, 360, 190, [255, 244, 214])
  r.strokeRect(60, 70, 360, 190, AMBER, 3)
  drawText(r, 'POST.HTML', 76, 82, INK, 2)
  box(r, 100, 120, 280, 110, 'YOUR MARKDOWN', PALE, BLUE)
  return r.toPng()
}
