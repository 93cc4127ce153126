/**
 * The loading bar's figure: bytes received over bytes to receive, across every file the boot
 * loads. A file's size is known once its response starts (XHR progress); until then it counts as
 * the average of the sizes known so far, and a file that never reports bytes (the font goes
 * through the browser's FontFace API) counts as nothing or all of that average.
 */

export interface FileProgress {
  /** Bytes received so far; 0 before the response starts. */
  loaded: number;
  /** The file's size in bytes; 0 while unknown. */
  total: number;
  done: boolean;
}

/** Share loaded, 0..1. */
export function byteProgress(files: Iterable<FileProgress>): number {
  const list = [...files];
  if (list.length === 0) return 0;
  const known = list.filter((f) => f.total > 0);
  const average = known.length === 0 ? 1 : known.reduce((sum, f) => sum + f.total, 0) / known.length;
  let loaded = 0;
  let total = 0;
  for (const file of list) {
    const size = file.total > 0 ? file.total : average;
    total += size;
    loaded += file.done ? size : Math.min(file.loaded, size);
  }
  return Math.min(1, loaded / total);
}

/** Follows a Phaser loader's files, for `byteProgress`. */
export interface LoaderEvents {
  on(event: 'addfile', listener: (key: string, type: string, loader: unknown, file: LoaderFile) => void): unknown;
  on(event: 'fileprogress', listener: (file: LoaderFile) => void): unknown;
  on(event: 'filecomplete' | 'loaderror', listener: (...args: unknown[]) => void): unknown;
}

interface LoaderFile {
  key: string;
  type: string;
  bytesLoaded: number;
  bytesTotal: number;
}

export function trackBytes(loader: LoaderEvents, changed: (share: number) => void): void {
  const files = new Map<string, FileProgress>();
  const id = (file: { key: string; type: string }): string => `${file.type}:${file.key}`;
  const emit = (): void => changed(byteProgress(files.values()));
  loader.on('addfile', (_key, _type, _loader, file) => {
    files.set(id(file), { loaded: 0, total: 0, done: false });
    emit();
  });
  loader.on('fileprogress', (file) => {
    files.set(id(file), { loaded: Math.max(0, file.bytesLoaded), total: Math.max(0, file.bytesTotal), done: false });
    emit();
  });
  const finished = (...args: unknown[]): void => {
    // filecomplete passes (key, type, data); loaderror passes (file).
    const file = typeof args[0] === 'string' ? { key: args[0], type: String(args[1]) } : (args[0] as LoaderFile);
    const entry = files.get(id(file));
    // A multi-file (the atlas: image and JSON) completes once more as a whole: already counted.
    if (entry === undefined) return;
    files.set(id(file), { ...entry, done: true });
    emit();
  };
  loader.on('filecomplete', finished);
  loader.on('loaderror', finished);
}
