/**
 * Export and import of saves as files: an exported file is exactly the stored text (see
 * envelope.ts), so it can be imported on another device or kept as a backup. Browsers clear site
 * storage now and then (Safari after 7 days without a visit); a file survives that.
 */

import { MAX_SAVE_BYTES, decodeSave, type DecodeResult } from './envelope';

/** Offers `text` as a download named `file`. */
export function downloadText(file: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportFileName(levelId: string, savedAt: string): string {
  const stamp = savedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, '');
  return `hyosan-${levelId.replace(/[^\w-]/g, '')}-${stamp}.json`;
}

/**
 * Asks the player for a save file (call from a key press, click or tap: browsers only open a
 * file picker from a gesture). Resolves with the decoded save, or `undefined` when cancelled.
 */
export function pickSaveFile(): Promise<(DecodeResult & { text: string }) | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (file === undefined) {
        resolve(undefined);
        return;
      }
      if (file.size > MAX_SAVE_BYTES) {
        resolve({ ok: false, problem: { kind: 'corrupt', detail: `too large (${file.size} bytes)` }, text: '' });
        return;
      }
      file.text().then(
        (text) => resolve({ ...decodeSave(text), text }),
        (error: Error) => resolve({ ok: false, problem: { kind: 'corrupt', detail: `unreadable file (${error.message})` }, text: '' }),
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(undefined);
    });
    document.body.append(input);
    input.click();
  });
}
