/**
 * A tiny pixel canvas: packed 0xRRGGBBAA colours, no blending except where a helper says so.
 * Drawing outside the canvas is ignored, so shapes can be clipped freely.
 */
import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { TRANSPARENT, alphaOf } from './palette';

export class Canvas {
  readonly pixels: Uint32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint32Array(width * height);
  }

  inside(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height;
  }

  get(x: number, y: number): number {
    if (!this.inside(x, y)) return TRANSPARENT;
    return this.pixels[y * this.width + x] ?? TRANSPARENT;
  }

  set(x: number, y: number, colour: number): void {
    if (!this.inside(x, y)) return;
    this.pixels[y * this.width + x] = colour >>> 0;
  }

  /** Paint only where the canvas is still transparent (for shadows and backdrops). */
  under(x: number, y: number, colour: number): void {
    if (this.get(x, y) === TRANSPARENT) this.set(x, y, colour);
  }

  /** Paint only where something opaque is already drawn (for shading inside a shape). */
  over(x: number, y: number, colour: number): void {
    if (alphaOf(this.get(x, y)) === 0xff) this.set(x, y, colour);
  }

  isOpaque(x: number, y: number): boolean {
    return alphaOf(this.get(x, y)) === 0xff;
  }

  rect(x: number, y: number, w: number, h: number, colour: number): void {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.set(xx, yy, colour);
  }

  hline(x0: number, x1: number, y: number, colour: number): void {
    for (let x = Math.min(x0, x1); x <= Math.max(x0, x1); x++) this.set(x, y, colour);
  }

  vline(x: number, y0: number, y1: number, colour: number): void {
    for (let y = Math.min(y0, y1); y <= Math.max(y0, y1); y++) this.set(x, y, colour);
  }

  /** Bresenham line. */
  line(x0: number, y0: number, x1: number, y1: number, colour: number): void {
    const dx = Math.abs(x1 - x0);
    const dy = -Math.abs(y1 - y0);
    const sx = x0 < x1 ? 1 : -1;
    const sy = y0 < y1 ? 1 : -1;
    let err = dx + dy;
    let x = x0;
    let y = y0;
    for (;;) {
      this.set(x, y, colour);
      if (x === x1 && y === y1) return;
      const e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        x += sx;
      }
      if (e2 <= dx) {
        err += dx;
        y += sy;
      }
    }
  }

  /** Filled ellipse centred on (cx, cy) with radii rx, ry (half-pixel centres allowed). */
  ellipse(cx: number, cy: number, rx: number, ry: number, colour: number, onlyUnder = false): void {
    for (let y = Math.floor(cy - ry); y <= Math.ceil(cy + ry); y++) {
      for (let x = Math.floor(cx - rx); x <= Math.ceil(cx + rx); x++) {
        const nx = (x - cx) / rx;
        const ny = (y - cy) / ry;
        if (nx * nx + ny * ny <= 1) {
          if (onlyUnder) this.under(x, y, colour);
          else this.set(x, y, colour);
        }
      }
    }
  }

  /** Replace every pixel through a function (colour in, colour out). */
  map(fn: (colour: number, x: number, y: number) => number): void {
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) this.set(x, y, fn(this.get(x, y), x, y));
    }
  }

  /**
   * Draw a 1px outline around every opaque shape: transparent pixels that touch an opaque pixel
   * (4-neighbourhood) become `colour`.
   */
  outline(colour: number): void {
    const marks: number[] = [];
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        if (this.get(x, y) !== TRANSPARENT) continue;
        if (this.isOpaque(x - 1, y) || this.isOpaque(x + 1, y) || this.isOpaque(x, y - 1) || this.isOpaque(x, y + 1)) {
          marks.push(x, y);
        }
      }
    }
    for (let i = 0; i < marks.length; i += 2) this.set(marks[i] ?? 0, marks[i + 1] ?? 0, colour);
  }

  clone(): Canvas {
    const c = new Canvas(this.width, this.height);
    c.pixels.set(this.pixels);
    return c;
  }

  flipH(): Canvas {
    const c = new Canvas(this.width, this.height);
    for (let y = 0; y < this.height; y++) for (let x = 0; x < this.width; x++) c.set(this.width - 1 - x, y, this.get(x, y));
    return c;
  }

  /** Rotate a quarter turn counter-clockwise (the top of the picture ends up on the left). */
  rotateCcw(): Canvas {
    const c = new Canvas(this.height, this.width);
    for (let y = 0; y < this.height; y++) for (let x = 0; x < this.width; x++) c.set(y, this.width - 1 - x, this.get(x, y));
    return c;
  }

  /** Copy `src` onto this canvas at (dx, dy); transparent source pixels are skipped. */
  draw(src: Canvas, dx: number, dy: number): void {
    for (let y = 0; y < src.height; y++) {
      for (let x = 0; x < src.width; x++) {
        const c = src.get(x, y);
        if (c !== TRANSPARENT) this.set(dx + x, dy + y, c);
      }
    }
  }

  /** Copy `src` exactly (transparent pixels included) into the cell at (dx, dy). */
  paste(src: Canvas, dx: number, dy: number): void {
    for (let y = 0; y < src.height; y++) for (let x = 0; x < src.width; x++) this.set(dx + x, dy + y, src.get(x, y));
  }

  /** Bounding box of non-transparent pixels, or null when empty. */
  bounds(): { x0: number; y0: number; x1: number; y1: number } | null {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        if (this.get(x, y) === TRANSPARENT) continue;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
    return x0 === Infinity ? null : { x0, y0, x1, y1 };
  }

  /**
   * Encode as a PNG, the same bytes for the same pixels: indexed colour (a palette of at most 256
   * colours with their alpha, a quarter of the data before compression) when the picture has that
   * few colours, as every generated one does; RGBA otherwise.
   */
  toPng(): Buffer {
    return encodeIndexed(this) ?? this.toRgbaPng();
  }

  private toRgbaPng(): Buffer {
    const png = new PNG({ width: this.width, height: this.height, colorType: 6, inputColorType: 6, bitDepth: 8 });
    for (let i = 0; i < this.pixels.length; i++) {
      const c = this.pixels[i] ?? 0;
      png.data[i * 4] = (c >>> 24) & 0xff;
      png.data[i * 4 + 1] = (c >>> 16) & 0xff;
      png.data[i * 4 + 2] = (c >>> 8) & 0xff;
      png.data[i * 4 + 3] = c & 0xff;
    }
    return PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8, deflateLevel: 9, deflateStrategy: 0, filterType: -1, inputHasAlpha: true });
  }

  /** Nearest-neighbour enlargement, for previews. */
  scaled(factor: number): Canvas {
    const c = new Canvas(this.width * factor, this.height * factor);
    for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) c.set(x, y, this.get(Math.floor(x / factor), Math.floor(y / factor)));
    return c;
  }
}

export function decodePng(bytes: Buffer): Canvas {
  const png = PNG.sync.read(bytes);
  const c = new Canvas(png.width, png.height);
  for (let i = 0; i < c.pixels.length; i++) {
    c.pixels[i] = (((png.data[i * 4] ?? 0) << 24) | ((png.data[i * 4 + 1] ?? 0) << 16) | ((png.data[i * 4 + 2] ?? 0) << 8) | (png.data[i * 4 + 3] ?? 0)) >>> 0;
  }
  return c;
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit indexed PNG (colours numbered in order of first appearance), or undefined past 256 colours. */
function encodeIndexed(c: Canvas): Buffer | undefined {
  const index = new Map<number, number>();
  // fully transparent pixels are all one colour, whatever their RGB
  const colourAt = (i: number): number => (((c.pixels[i] ?? 0) & 0xff) === 0 ? 0 : (c.pixels[i] ?? 0));
  for (let i = 0; i < c.pixels.length; i++) {
    const colour = colourAt(i);
    if (!index.has(colour)) index.set(colour, index.size);
    if (index.size > 256) return undefined;
  }
  const rows = Buffer.alloc((c.width + 1) * c.height);
  for (let y = 0; y < c.height; y++) {
    rows[y * (c.width + 1)] = 0; // filter: none (indices do not predict one another)
    for (let x = 0; x < c.width; x++) rows[y * (c.width + 1) + 1 + x] = index.get(colourAt(y * c.width + x))!;
  }
  const palette = Buffer.alloc(index.size * 3);
  const alpha = Buffer.alloc(index.size);
  for (const [colour, i] of index) {
    palette[i * 3] = (colour >>> 24) & 0xff;
    palette[i * 3 + 1] = (colour >>> 16) & 0xff;
    palette[i * 3 + 2] = (colour >>> 8) & 0xff;
    alpha[i] = colour & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
